"""Shared story drawing: wrapped dialogue in a panel with a portrait, and small hints.

Why one place: cards, corner talk, the manager's scene and the training all speak the same
way, so the story reads as one book in one typeface and one kind of panel.
"""

from __future__ import annotations

from functools import lru_cache

import pygame

from game.render import ui
from game.render.font import get_font

from .art import portrait

NAMES = {"rocky": "ROCKY", "apollo": "APOLLO", "drago": "DRAGO", "adrian": "ADRIAN",
         "duke": "DUKE", "paulie": "PAULIE", "manager": "DRAGO'S MANAGER",
         "ludmilla": "LUDMILLA", "announcer": "ANNOUNCER", "narrator": ""}
TYPE_SPEED = 2           # characters a tick


@lru_cache(maxsize=256)
def wrap(text: str, width: int, size: str = "small") -> tuple[str, ...]:
    """Words to lines no wider than `width` pixels in our font."""
    font = get_font(size)
    lines: list[str] = []
    line = ""
    for word in text.split():
        test = f"{line} {word}".strip()
        if font.size(test)[0] <= width or not line:
            line = test
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return tuple(lines)


def draw_dialogue(surface: pygame.Surface, speaker: str, text: str, shown: int, frame: int,
                  prompt: str = "ENTER", top: int = 262, height: int = 88) -> bool:
    """A dialogue panel; `shown` characters typed so far. True when all of it is shown."""
    rect = pygame.Rect(16, top, 608, height)
    ui.draw_panel(surface, rect)
    small = get_font("small")
    face = portrait(speaker) if speaker else None
    x = rect.left + 12
    if face is not None:
        frame_rect = pygame.Rect(rect.left + 10, rect.top + 12, 44, 44)
        surface.fill((40, 28, 52), frame_rect)
        pygame.draw.rect(surface, ui.EDGE, frame_rect, 1)
        surface.blit(face, (frame_rect.left + 2, frame_rect.top + 2))
        x = frame_rect.right + 10
    y = rect.top + 10
    name = NAMES.get(speaker, speaker.upper())
    if name:
        small.draw(surface, name, (x, y), ui.ACCENT)
        y += 13
    lines = wrap(text, rect.right - x - 14)
    left = shown
    for line in lines:
        if left <= 0:
            break
        small.draw(surface, line[:left], (x, y), ui.WHITE)
        left -= len(line) + 1
        y += 11
    done = shown >= len(text)
    if done and prompt and (frame // 20) % 2 == 0:
        small.draw(surface, prompt + " >", (rect.right - 10, rect.bottom - 13), ui.ACCENT,
                   align="right")
    return done


def draw_hint(surface: pygame.Surface, text: str, y: int = 348) -> None:
    get_font("small").draw(surface, text, (632, y), ui.DIM, align="right")


def draw_caption(surface: pygame.Surface, title: str, y: int = 10, dark: int = 170) -> None:
    """A chapter title in the big font on a dark band at the top (or at `y`); `dark`: the
    band's opacity (0-255)."""
    ui.draw_plate(surface, pygame.Rect(0, y - 6, 640, 30), (10, 6, 16, dark))
    surface.fill(ui.ACCENT, (0, y + 23, 640, 1))
    get_font("big").draw(surface, title, (320, y), ui.ACCENT, align="center")
