"""The window: its size at start, making it, and re-making it from the options screen.

Why below the app: the app opens the window once and the options screen re-makes it while the
game runs; both must make the same window (size, flags, whole-number scaling, letterbox), and
a scene must not import the app to do it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.present import LOGICAL, Presenter

if TYPE_CHECKING:
    from game.cli import Options
    from game.context import Context
    from game.settings import Settings

DEFAULT_SCALE = 2  # window = 640x360 x 2 when neither --scale nor settings.toml says


def window_mode(opts: Options, s: Settings) -> tuple[int, bool]:
    """(scale, fullscreen) at start: the command line's when it says, else the options screen's.

    Why `--scale` is None when not given (not 2): an explicit `--scale 2` must beat a saved
    scale, and a saved scale must beat the built-in 2. Headless runs ignore the saved display
    settings, so a run behaves alike on every machine: `--scale` or 2, never fullscreen
    (`--screenshot` is 1280x720 whatever the scale, see `Presenter.snapshot`)."""
    if opts.headless:
        return (DEFAULT_SCALE if opts.scale is None else opts.scale), False
    scale = s.window_scale if opts.scale is None else opts.scale
    return scale, bool(opts.fullscreen or s.fullscreen)


def open_window(ctx: Context, scale: int, fullscreen: bool) -> Presenter:
    """Make the display mode and the Presenter that scales frames into it; kept on `ctx`.

    Why one function for the start and the options screen: both must make the same window
    (size, flags, whole-number scaling, letterbox). `set_mode` replaces the window surface, so
    the Presenter (which holds a subsurface of it) is always made anew. Fullscreen asks SDL to
    scale (`SCALED`), which keeps the 16:9 picture letterboxed on any desktop."""
    size = (LOGICAL[0] * scale, LOGICAL[1] * scale)
    flags = pygame.FULLSCREEN | pygame.SCALED if fullscreen else 0
    window = pygame.display.set_mode(size, flags)
    window.fill((0, 0, 0))  # the bars of a letterbox start black
    ctx.presenter = Presenter(window)
    ctx.window = (scale, fullscreen)
    return ctx.presenter


def change_window(ctx: Context, *, scale: int | None = None,
                  fullscreen: bool | None = None) -> bool:
    """The options screen's display choice, applied now; True when the window changed.

    Why the player's choice beats `--scale`/`--fullscreen` here: those decide the window at
    start, but a player who changes it on the options screen means it now. Only the item
    changed moves (a new scale keeps the fullscreen the window has). Headless runs, and a
    Context without the app's window (tests), keep theirs. A mode the system refuses leaves the
    old window and tells the player."""
    if ctx.opts.headless or ctx.presenter is None or ctx.window is None:
        return False
    old = ctx.window
    new = (old[0] if scale is None else scale, old[1] if fullscreen is None else fullscreen)
    if new == old:
        return False
    try:
        open_window(ctx, *new)
    except pygame.error as exc:
        ctx.notify(f"Window not changed: {exc}")
        open_window(ctx, *old)
        return False
    return True
