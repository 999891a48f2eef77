"""The game's window on the desktop: its size and mode, fullscreen on F11 or Alt+Enter,
resizing, the icon, the pointer, and how frames reach it (vsync or paced by the game).

Why one module: the start, the options screen, the hot keys and the loop must all make the
same window (whole-number scale or "fill", letterbox, centred, never bigger than the
desktop), and all of it is plumbing that scenes and the simulation never see.
"""

from __future__ import annotations

import os
import warnings
from typing import TYPE_CHECKING

import pygame

from game.present import LOGICAL, Presenter

if TYPE_CHECKING:
    from game.cli import Options
    from game.context import Context
    from game.settings import Settings

DEFAULT_SCALE = 2      # window = 640x360 x 2 when neither --scale nor settings.toml says
MAX_SCALE = 4
DECORATION_PX = 64     # a title bar and a panel: room a window needs above its own height
CAPTION = "Piece of Iron"
FULLSCREEN_KEYS = (pygame.K_F11,)


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


def scales_that_fit(desktop: tuple[int, int] | None) -> tuple[int, ...]:
    """The window scales whose window (with its title bar) fits on the desktop; at least x1.

    None (no real desktop: SDL's dummy driver makes windows of any size) allows them all."""
    if desktop is None:
        return tuple(range(1, MAX_SCALE + 1))
    fitting = tuple(s for s in range(1, MAX_SCALE + 1)
                    if LOGICAL[0] * s <= desktop[0]
                    and LOGICAL[1] * s + DECORATION_PX <= desktop[1])
    return fitting or (1,)


def _no_desktop() -> bool:
    """SDL's dummy/offscreen drivers: windows of any size, no screen, nothing to sync to."""
    return pygame.display.get_driver() in ("dummy", "offscreen")


def desktop_size() -> tuple[int, int] | None:
    """The desktop the window opens on, or None under the dummy driver (no desktop at all)."""
    if _no_desktop():
        return None
    sizes = pygame.display.get_desktop_sizes()
    return tuple(sizes[0]) if sizes else None  # type: ignore[return-value]


def refresh_hz() -> int:
    """The desktop's refresh rate, 0 when the display does not say (Xvfb, VNC, dummy)."""
    if _no_desktop():
        return 0
    try:
        rates = pygame.display.get_desktop_refresh_rates()
    except pygame.error:
        return 0
    return int(rates[0]) if rates else 0


def prepare_display() -> None:
    """Before the first window: centred, and on a display with no known refresh rate (a
    virtual X server, no GPU) SDL's plain framebuffer instead of a software-OpenGL texture.

    Why: there, every frame through Mesa's software renderer costs several milliseconds of
    CPU, and there is no real vsync to gain; XShm's copy costs a tenth of it. The player's
    own SDL_* environment variables still win."""
    os.environ.setdefault("SDL_VIDEO_CENTERED", "1")
    if refresh_hz() == 0:
        os.environ.setdefault("SDL_FRAMEBUFFER_ACCELERATION", "0")
    set_icon()


def set_icon() -> None:
    """The boxing-glove icon drawn by tools/make_sprites.py, before the window is made."""
    from game.assets import asset_dir

    path = asset_dir("sprites") / "icon.png"
    if path.exists():
        pygame.display.set_icon(pygame.image.load(str(path)))


def _set_mode(size: tuple[int, int], flags: int) -> pygame.Surface:
    """The window, with vsync where the display has a real refresh rate to sync to.

    Why not always vsync: on a display with no refresh rate (Xvfb) pygame-ce's vsync goes
    through a software OpenGL renderer that costs more than the frames; the loop's own pacing
    (game/loop.py `FramePacer`) keeps frames at the tick rate there. A driver that refuses
    vsync gets the window without it."""
    if refresh_hz() > 0:
        try:
            return pygame.display.set_mode(size, flags, vsync=1)
        except pygame.error:
            pass
    return pygame.display.set_mode(size, flags)


def open_window(ctx: Context, scale: int, fullscreen: bool) -> Presenter:
    """Make the display mode and the Presenter that scales frames into it; kept on `ctx`.

    Why one function for the start, the options screen and F11: all must make the same window.
    `set_mode` replaces the window surface, so the Presenter (which holds a subsurface of it)
    is always made anew. Fullscreen takes the desktop's own resolution and the Presenter
    letterboxes the largest whole-number scale into it (or fills it, by the player's choice);
    a window is resizable, never bigger than the desktop, and centred on it."""
    scale = min(scale, max(scales_that_fit(desktop_size())))
    on_desktop = desktop_size() is not None
    leaving_fullscreen = (not fullscreen and pygame.display.get_surface() is not None
                          and pygame.display.is_fullscreen())
    if fullscreen:
        if on_desktop:  # an X server with no window manager leaves a fullscreen window
            pygame.display.set_window_position((0, 0))  # where it was: put it at the origin
        window = _set_mode((0, 0), pygame.FULLSCREEN)
    else:
        size = (LOGICAL[0] * scale, LOGICAL[1] * scale)
        if not leaving_fullscreen:
            window = _set_mode(size, pygame.RESIZABLE)
        else:  # ...and applies leaving fullscreen one set_mode late
            with warnings.catch_warnings():  # "forcibly resized": the very lateness meant
                warnings.simplefilter("ignore", RuntimeWarning)
                window = _set_mode(size, pygame.RESIZABLE)
            window = _set_mode(size, pygame.RESIZABLE)
        if on_desktop:
            pygame.display.set_window_position((pygame.WINDOWPOS_CENTERED,
                                                pygame.WINDOWPOS_CENTERED))
    window.fill((0, 0, 0))  # the bars of a letterbox start black
    ctx.presenter = Presenter(window, fill=ctx.settings.fill)
    ctx.window = (scale, fullscreen)
    return ctx.presenter


def change_window(ctx: Context, *, scale: int | None = None,
                  fullscreen: bool | None = None, fill: bool | None = None) -> bool:
    """The options screen's (or F11's) display choice, applied now; True when it changed.

    Why the player's choice beats `--scale`/`--fullscreen` here: those decide the window at
    start, but a player who changes it on the options screen means it now. Only the item
    changed moves (a new scale keeps the fullscreen the window has). Headless runs, and a
    Context without the app's window (tests), keep theirs. A mode the system refuses leaves the
    old window and tells the player."""
    if ctx.opts.headless or ctx.presenter is None or ctx.window is None:
        return False
    if fill is not None and fill != ctx.presenter.fill:
        ctx.presenter = Presenter(ctx.presenter.window, fill=fill)
        return True
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


def toggle_fullscreen(ctx: Context) -> None:
    """F11 or Alt+Enter: into or out of fullscreen now, kept for the next start."""
    if ctx.window is None or not change_window(ctx, fullscreen=not ctx.window[1]):
        return
    ctx.settings.fullscreen = ctx.window[1]
    if ctx.settings_path is not None:
        from game import settings as settings_file

        try:
            settings_file.save(ctx.settings, ctx.settings_path)
        except OSError as exc:
            ctx.notify(f"Fullscreen not saved: {exc.strerror or exc}")


def is_fullscreen_key(event: pygame.event.Event) -> bool:
    """F11, or Alt+Enter (either Enter), pressed."""
    if event.type != pygame.KEYDOWN:
        return False
    if event.key in FULLSCREEN_KEYS:
        return True
    alt = getattr(event, "mod", 0) & pygame.KMOD_ALT
    return bool(alt) and event.key in (pygame.K_RETURN, pygame.K_KP_ENTER)


def window_event(ctx: Context, event: pygame.event.Event) -> bool:
    """The window was resized, exposed or restored; True when the event was about that.

    Why: after a resize the frame is fitted anew (whole-number scale, centred); after an
    expose its pixels must be put back even if no tick changed them."""
    if ctx.presenter is None:
        return False
    if event.type == pygame.VIDEORESIZE and ctx.window is not None and not ctx.window[1]:
        surface = pygame.display.get_surface()
        if surface is not None and surface.get_size() != ctx.presenter.size:
            ctx.presenter = Presenter(surface, fill=ctx.presenter.fill)
            ctx.window = (ctx.presenter.scale, False)
        return True
    if event.type in (pygame.VIDEOEXPOSE, pygame.WINDOWEXPOSED, pygame.WINDOWRESTORED):
        ctx.presenter.invalidate()
        return True
    return False


def real_motion(ctx: Context, event: pygame.event.Event) -> bool:
    """False for a mouse motion the player did not make (the report of a new window)."""
    if event.type != pygame.MOUSEMOTION or ctx.presenter is None:
        return True
    return ctx.presenter.pointer_moved(event.pos)


def update_cursor(ctx: Context, moved: bool) -> None:
    """The pointer hides over screens without a use for it (a fight), shows when it moves."""
    top = ctx.stack.top
    wanted = top is not None and top.uses_mouse
    if not wanted:
        if pygame.mouse.get_visible():
            pygame.mouse.set_visible(False)
    elif moved and not pygame.mouse.get_visible():
        pygame.mouse.set_visible(True)
