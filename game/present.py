"""From the 640x360 logical frame to the window: whole-number scaling, letterboxed (or a smooth
"fill"), and the way back from window pixels to the logical frame for the mouse.

Why its own piece: the app, screenshots and the benchmark must all present frames the same
way (the benchmark measures exactly what a player's frame costs), and scaling straight into
the window surface saves a full-screen copy every frame. A Presenter lives exactly as long as
one window surface (it is made anew when the window is re-made or resized), which is also the
lifetime of what it remembers: the last frame shown and where the pointer was.
"""

from __future__ import annotations

import pygame

LOGICAL = (640, 360)


def fit(window_size: tuple[int, int], fill: bool = False) -> tuple[int, pygame.Rect]:
    """The largest whole-number scale that fits, and where the scaled frame goes (centred).

    With `fill` the frame takes the largest 16:9 rectangle instead (any size, smoothed); the
    scale returned is still the whole-number one, for anything that wants it."""
    scale = max(1, min(window_size[0] // LOGICAL[0], window_size[1] // LOGICAL[1]))
    w, h = LOGICAL[0] * scale, LOGICAL[1] * scale
    if fill:
        ratio = min(window_size[0] / LOGICAL[0], window_size[1] / LOGICAL[1])
        w, h = max(1, round(LOGICAL[0] * ratio)), max(1, round(LOGICAL[1] * ratio))
    rect = pygame.Rect((window_size[0] - w) // 2, (window_size[1] - h) // 2, w, h)
    return scale, rect


class Presenter:
    """Owns the logical frame; scales it (nearest neighbour, or smoothly to fill) into the
    window."""

    def __init__(self, window: pygame.Surface, fill: bool = False) -> None:
        self.window = window
        self.frame = pygame.Surface(LOGICAL).convert()
        self.fill = fill
        self.size = window.get_size()  # the window's size it was fitted to
        self.scale, self.rect = fit(self.size, fill)
        self._letterbox = self.rect.size != window.get_size()
        whole = self.rect.size == (LOGICAL[0] * self.scale, LOGICAL[1] * self.scale)
        self._smooth = fill and not whole
        self._scaled = window.subsurface(self.rect) if self.rect.size != LOGICAL else None
        self._shown: bytes | None = None        # the frame last put on the window
        self._pointer: tuple[int, int] | None = None  # where the pointer was last reported

    def show(self) -> None:
        """Put the current logical frame on the window (no flip)."""
        if self._letterbox:
            self.window.fill((0, 0, 0))
        if self._scaled is None:
            self.window.blit(self.frame, self.rect)
        elif self._smooth:
            pygame.transform.smoothscale(self.frame, self.rect.size, self._scaled)
        else:
            pygame.transform.scale(self.frame, self.rect.size, self._scaled)

    def changed(self) -> bool:
        """Whether the logical frame differs from the one last shown (and remember it).

        Why: a screen where nothing moves (a pause menu over a frozen fight) is still drawn
        each tick, but comparing 900 KB is far cheaper than scaling and flipping it again,
        which under a software display costs a few milliseconds a frame."""
        raw = self.frame.get_buffer().raw
        if raw == self._shown:
            return False
        self._shown = raw
        return True

    def invalidate(self) -> None:
        """The window's pixels were lost (exposed, restored): show the next frame whatever."""
        self._shown = None

    def to_logical(self, pos: tuple[int, int]) -> tuple[int, int]:
        """A window pixel as a point of the logical frame (outside it in the letterbox bars)."""
        x = (pos[0] - self.rect.left) * LOGICAL[0] // max(1, self.rect.width)
        y = (pos[1] - self.rect.top) * LOGICAL[1] // max(1, self.rect.height)
        return x, y

    def pointer_moved(self, pos: tuple[int, int]) -> bool:
        """Whether a mouse-motion event to `pos` is the player moving the pointer.

        Why: when a window is made (or re-made from Options), SDL reports where the pointer
        already is as a motion; a menu taking that as a choice would jump to whatever row lies
        under the resting pointer. The first report after the window is made only says where
        the pointer is; after that a motion counts when the position really changes."""
        known, self._pointer = self._pointer, (int(pos[0]), int(pos[1]))
        return known is not None and known != self._pointer

    def snapshot(self, scale: int = 2) -> pygame.Surface:
        """The frame at a given scale, for screenshots (1280x720 at the default x2)."""
        if scale == 1:
            return self.frame.copy()
        return pygame.transform.scale(self.frame, (LOGICAL[0] * scale, LOGICAL[1] * scale))
