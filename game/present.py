"""From the 640x360 logical frame to the window: whole-number scaling, letterboxed.

Why its own piece: the app, screenshots and the benchmark must all present frames the same
way (the benchmark measures exactly what a player's frame costs), and scaling straight into
the window surface saves a full-screen copy every frame.
"""

from __future__ import annotations

import pygame

LOGICAL = (640, 360)


def fit(window_size: tuple[int, int]) -> tuple[int, pygame.Rect]:
    """The largest whole-number scale that fits, and where the scaled frame goes (centred)."""
    scale = max(1, min(window_size[0] // LOGICAL[0], window_size[1] // LOGICAL[1]))
    w, h = LOGICAL[0] * scale, LOGICAL[1] * scale
    rect = pygame.Rect((window_size[0] - w) // 2, (window_size[1] - h) // 2, w, h)
    return scale, rect


class Presenter:
    """Owns the logical frame; scales it (nearest neighbour) into the window."""

    def __init__(self, window: pygame.Surface) -> None:
        self.window = window
        self.frame = pygame.Surface(LOGICAL).convert()
        self.scale, self.rect = fit(window.get_size())
        self._letterbox = self.rect.size != window.get_size()
        self._scaled = window.subsurface(self.rect) if self.scale > 1 else None

    def show(self) -> None:
        """Put the current logical frame on the window (no flip)."""
        if self._letterbox:
            self.window.fill((0, 0, 0))
        if self._scaled is not None:
            pygame.transform.scale(self.frame, self.rect.size, self._scaled)
        else:
            self.window.blit(self.frame, self.rect)

    def snapshot(self, scale: int = 2) -> pygame.Surface:
        """The frame at a given scale, for screenshots (1280x720 at the default x2)."""
        if scale == 1:
            return self.frame.copy()
        return pygame.transform.scale(self.frame, (LOGICAL[0] * scale, LOGICAL[1] * scale))
