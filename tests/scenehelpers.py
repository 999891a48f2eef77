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


def tap(ctx, key: int, scancode: int = 0, mod: int = 0) -> None:
    """A key pressed and let go through the app's `route_event`, then the stack's switches.

    Why both halves: menus take only fresh presses (`game.input.fresh`), so a key sent down
    and never up stays held, and the next screen, or the controls screen's "press a key"
    step, would rightly ignore it; a test that forgets the key-up fails for the wrong reason."""
    from game.app import route_event

    for kind in (pygame.KEYDOWN, pygame.KEYUP):
        route_event(ctx, pygame.event.Event(kind, key=key, scancode=scancode, mod=mod,
                                            unicode=""))
    ctx.stack.apply()


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
