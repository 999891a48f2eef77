"""A headless game context for scene tests, the way the app builds one.

Why one helper: every scene test needs the same thing (a display to convert images against,
a `--headless` context with no sound and the keyboard) and each copy of it drifted a little.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pygame

from game.audio import NullAudio
from game.cli import parse
from game.input.keyboard import KeyboardInput
from game.scenes.base import SceneStack


@contextmanager
def headless_context(*argv: str, size: tuple[int, int] = (1280, 720)) -> Iterator:
    """`game.context.Context` for `--headless` plus `argv`, with a window of `size` open."""
    from game.context import Context

    pygame.display.init()
    pygame.display.set_mode(size)
    try:
        yield Context(parse(["--headless", *argv]), NullAudio(), KeyboardInput(), SceneStack())
    finally:
        pygame.display.quit()


def drawn_text(monkeypatch) -> list[str]:
    """Every string the pixel font puts on screen from now on, in order (the list fills as
    frames are drawn; clear it between frames)."""
    from game.render.font import PixelFont

    seen: list[str] = []
    draw = PixelFont.draw

    def record(self, surface, text, *args, **kwargs):
        seen.append(text)
        return draw(self, surface, text, *args, **kwargs)
    monkeypatch.setattr(PixelFont, "draw", record)
    return seen
