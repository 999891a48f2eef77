"""The window's scale and fullscreen: who decides at start (an explicit `--scale N` beats the
saved scale, which beats the built-in 2; headless runs ignore the saved display settings), and
the options screen re-making the window at once through the app's own `open_window`.

All of it under SDL's dummy video driver, which makes windows of any asked size."""

from __future__ import annotations

import pygame
import pytest

from game.audio import NullAudio
from game.cli import parse
from game.input.keyboard import KeyboardInput
from game.scenes.base import SceneStack
from game.settings import Settings
from tests.scenehelpers import tap


@pytest.fixture(autouse=True)
def dummy_display(monkeypatch):
    monkeypatch.setenv("SDL_VIDEODRIVER", "dummy")
    monkeypatch.setenv("SDL_AUDIODRIVER", "dummy")
    yield
    pygame.display.quit()


def save_display(scale: int, fullscreen: bool = False) -> None:
    """A settings.toml in the (temporary) user folder, as the options screen leaves it."""
    from game import paths, settings

    s = Settings()
    s.window_scale, s.fullscreen = scale, fullscreen
    settings.save(s, paths.settings_file())


def started(*argv: str):
    """A Context whose window was opened the way `run` opens it (settings read first)."""
    from game.app import Context, load_user_settings, open_window, window_mode

    pygame.display.init()
    ctx = Context(parse(list(argv)), NullAudio(), KeyboardInput(), SceneStack())
    load_user_settings(ctx)
    open_window(ctx, *window_mode(ctx.opts, ctx.settings))
    return ctx


def options_screen(ctx, label: str):
    """The options screen pushed, with the row `label` chosen."""
    from game.scenes.options import OptionsScene

    scene = OptionsScene(ctx)
    ctx.stack.push(scene)
    ctx.stack.apply()
    scene.selected = scene.labels().index(label)
    return scene


def scene_option(label: str):
    """The options screen's row called `label`."""
    from game.scenes.options import OPTIONS

    return next(o for o in OPTIONS if o.label == label)


def shown(ctx) -> pygame.Surface:
    """One frame drawn and put on the window, as the loop does it."""
    ctx.stack.draw(ctx.presenter.frame)
    ctx.presenter.show()
    pygame.display.flip()
    return pygame.display.get_surface()


# -- at start ------------------------------------------------------------------------------
def test_scale_not_given_is_none_and_an_explicit_2_is_kept():
    assert parse([]).scale is None
    assert parse(["--scale", "2"]).scale == 2
    assert parse(["--scale", "4"]).scale == 4


@pytest.mark.parametrize("argv, saved, expected", [
    ([], (3, False), (3, False)),                        # none given: the saved scale
    (["--scale", "2"], (3, False), (2, False)),          # an explicit 2 beats a saved 3
    (["--scale", "1"], (4, True), (1, True)),            # explicit scale, saved fullscreen
    (["--fullscreen"], (1, False), (1, True)),
    ([], None, (2, False)),                              # nothing saved: the built-in 2
    (["--headless"], (4, True), (2, False)),             # headless ignores what is saved
    (["--headless", "--scale", "3"], (1, True), (3, False)),
])
def test_window_mode_at_start(argv, saved, expected):
    from game.app import window_mode

    s = Settings()
    if saved is not None:
        s.window_scale, s.fullscreen = saved
    assert window_mode(parse(argv), s) == expected


@pytest.mark.parametrize("argv, size", [
    ([], (1920, 1080)),                                  # the saved x3
    (["--scale", "2"], (1280, 720)),                     # explicit 2 beats the saved 3
    (["--scale", "1"], (640, 360)),
    (["--headless"], (1280, 720)),                       # headless: 2 whatever is saved
])
def test_run_opens_the_window_the_rules_say(monkeypatch, argv, size):
    """Through `game.app.run` itself: settings.toml read, window opened, then the loop.

    Its closing `pygame.quit()` is left out: in this process it would leave SDL's controller
    layer half shut for the virtual-pad tests that may run next (tests/test_gamepad.py)."""
    from game import app

    save_display(3)
    seen = []

    def loop(ctx) -> None:
        seen.append((pygame.display.get_surface().get_size(), ctx.presenter.rect.size))

    monkeypatch.setattr(app, "_loop", loop)
    monkeypatch.setattr(pygame, "quit", pygame.display.quit)
    assert app.run(parse([*argv, "--mute"])) == 0
    assert seen == [(size, size)]


# -- the options screen ----------------------------------------------------------------------
def test_changing_the_scale_on_the_options_screen_resizes_the_window_at_once():
    from game import paths, settings

    ctx = started()
    assert pygame.display.get_surface().get_size() == (1280, 720)
    options_screen(ctx, "WINDOW SCALE")
    old_presenter = ctx.presenter
    tap(ctx, pygame.K_RIGHT)
    window = shown(ctx)
    assert window.get_size() == (1920, 1080)
    assert ctx.presenter is not old_presenter and ctx.presenter.window is window
    assert (ctx.presenter.scale, ctx.presenter.rect) == (3, pygame.Rect(0, 0, 1920, 1080))
    assert ctx.window == (3, False) and ctx.settings.window_scale == 3
    assert settings.load(paths.settings_file())[0].window_scale == 3  # and saved
    tap(ctx, pygame.K_LEFT)
    tap(ctx, pygame.K_LEFT)
    window = shown(ctx)
    assert window.get_size() == (640, 360) and ctx.presenter.scale == 1
    # what the presenter puts on the window is the frame, pixel for pixel
    assert window.get_at((320, 180)) == ctx.presenter.frame.get_at((320, 180))


def test_a_frame_is_scaled_whole_into_the_new_window():
    ctx = started()
    options_screen(ctx, "WINDOW SCALE")
    tap(ctx, pygame.K_RIGHT)                           # x2 -> x3
    frame = ctx.presenter.frame
    frame.fill((10, 20, 30))
    frame.set_at((0, 0), (200, 100, 50))
    ctx.presenter.show()
    window = pygame.display.get_surface()
    for xy in ((0, 0), (2, 2)):                          # one logical pixel is 3x3 now
        assert window.get_at(xy)[:3] == (200, 100, 50)
    assert window.get_at((3, 3))[:3] == (10, 20, 30)
    assert window.get_at((1919, 1079))[:3] == (10, 20, 30)


def desktop() -> tuple[int, int]:
    """The dummy driver's desktop (its fullscreen size)."""
    return tuple(pygame.display.get_desktop_sizes()[0])


def test_fullscreen_on_the_options_screen_applies_at_once_and_back():
    ctx = started("--scale", "2")
    scene = options_screen(ctx, "FULLSCREEN")
    tap(ctx, pygame.K_RIGHT)
    assert pygame.display.is_fullscreen() and ctx.window == (2, True)
    # the desktop's own resolution, the frame letterboxed into it at a whole-number scale
    assert shown(ctx).get_size() == desktop()
    w, h = desktop()
    scale = min(w // 640, h // 360)
    assert ctx.presenter.rect == pygame.Rect((w - 640 * scale) // 2, (h - 360 * scale) // 2,
                                             640 * scale, 360 * scale)
    assert scene.current(scene_option("FULLSCREEN")) is True
    tap(ctx, pygame.K_RIGHT)
    assert not pygame.display.is_fullscreen()
    assert shown(ctx).get_size() == (1280, 720) and ctx.window == (2, False)


def test_f11_and_alt_enter_toggle_fullscreen_on_any_screen_and_keep_the_choice():
    from game import paths, settings

    ctx = started("--scale", "2")
    scene = options_screen(ctx, "ROUNDS")
    rounds = ctx.settings.rounds
    tap(ctx, pygame.K_F11)
    assert pygame.display.is_fullscreen() and ctx.window == (2, True)
    assert settings.load(paths.settings_file())[0].fullscreen is True
    tap(ctx, pygame.K_RETURN, mod=pygame.KMOD_LALT)
    assert not pygame.display.is_fullscreen() and ctx.window == (2, False)
    assert ctx.settings.rounds == rounds and ctx.stack.top is scene, "no menu saw the Enter"
    assert settings.load(paths.settings_file())[0].fullscreen is False


def test_the_picture_row_fills_the_window_smoothly_or_in_whole_steps():
    ctx = started("--scale", "2")
    options_screen(ctx, "PICTURE")
    resize(ctx, (1500, 800))
    assert ctx.presenter.rect == pygame.Rect(110, 40, 1280, 720)   # x2, centred
    tap(ctx, pygame.K_RIGHT)
    assert ctx.settings.fill and ctx.presenter.fill
    assert ctx.presenter.rect == pygame.Rect(39, 0, 1422, 800)     # 16:9, as big as fits
    frame = ctx.presenter.frame
    frame.fill((10, 20, 30))
    ctx.presenter.show()
    window = pygame.display.get_surface()
    assert window.get_at((38, 400))[:3] == (0, 0, 0)               # the bar
    assert window.get_at((40, 400))[:3] == (10, 20, 30)


def resize(ctx, size: tuple[int, int]) -> None:
    """The player drags the window's edge: SDL resizes the surface and says so."""
    from game.app import route_event

    pygame.display.set_mode(size, pygame.RESIZABLE)
    route_event(ctx, pygame.event.Event(pygame.VIDEORESIZE, size=size, w=size[0], h=size[1]))


def test_a_resized_window_keeps_a_whole_number_scale_centred_and_clicks_land_right():
    ctx = started("--scale", "1")
    resize(ctx, (1500, 1000))
    assert ctx.presenter.scale == 2 and ctx.window == (2, False)
    assert ctx.presenter.rect == pygame.Rect(110, 140, 1280, 720)
    assert ctx.presenter.to_logical((110, 140)) == (0, 0)
    assert ctx.presenter.to_logical((110 + 1279, 140 + 719)) == (639, 359)


def test_the_motion_a_new_window_reports_does_not_move_a_menu():
    from game.app import route_event

    ctx = started("--scale", "2")
    scene = options_screen(ctx, "WINDOW SCALE")
    shown(ctx)
    other = scene.item_rects[scene.labels().index("ROUNDS")]
    at = (other.centerx * 2, other.centery * 2)
    tap(ctx, pygame.K_LEFT)                            # x2 -> x1: a new window
    # SDL reports where the resting pointer now is: not the player's move
    route_event(ctx, pygame.event.Event(pygame.MOUSEMOTION, pos=(at[0] // 2, at[1] // 2),
                                        rel=(5, 5), buttons=(0, 0, 0)))
    assert scene.labels()[scene.selected] == "WINDOW SCALE"
    route_event(ctx, pygame.event.Event(pygame.MOUSEMOTION, pos=(other.centerx, other.centery
                                                                 + 1), rel=(0, 1),
                                        buttons=(0, 0, 0)))
    assert scene.labels()[scene.selected] == "ROUNDS", "a real move still picks the row"


@pytest.mark.parametrize("desktop_px, fits", [
    ((1920, 1080), (1, 2)),              # x3 would be 1920x1080 under a title bar
    ((2560, 1440), (1, 2, 3)),
    ((3840, 2160), (1, 2, 3, 4)),
    ((1024, 600), (1,)),
    ((600, 300), (1,)),                  # nothing fits: still x1
    (None, (1, 2, 3, 4)),                # no desktop (dummy driver)
])
def test_offered_scales_never_exceed_the_desktop(desktop_px, fits):
    from game.window import scales_that_fit

    assert scales_that_fit(desktop_px) == fits


def test_a_scale_too_big_for_the_desktop_opens_the_biggest_that_fits(monkeypatch):
    from game import window

    monkeypatch.setattr(window, "desktop_size", lambda: (1920, 1080))
    monkeypatch.setattr(pygame.display, "set_window_position", lambda pos: None)
    ctx = started("--scale", "4")
    assert ctx.window == (2, False) and pygame.display.get_surface().get_size() == (1280, 720)
    scene = options_screen(ctx, "WINDOW SCALE")
    tap(ctx, pygame.K_RIGHT)                           # x2 is the top: wraps to x1
    assert ctx.window == (1, False) and scene.current(scene_option("WINDOW SCALE")) == 1


def test_the_display_rows_show_the_window_the_command_line_made():
    """`--scale 3 --fullscreen` beat a saved x1 windowed: the rows say so and step from there,
    and a new scale keeps the fullscreen the command line asked for."""
    save_display(1)
    ctx = started("--scale", "3", "--fullscreen")
    scene = options_screen(ctx, "WINDOW SCALE")
    assert scene.current(scene_option("WINDOW SCALE")) == 3
    assert scene.current(scene_option("FULLSCREEN")) is True
    tap(ctx, pygame.K_RIGHT)
    assert ctx.window == (4, True) and ctx.settings.window_scale == 4
    assert pygame.display.get_surface().get_size() == desktop()
    assert not ctx.settings.fullscreen, "the row not touched keeps its saved value"
    shown(ctx)


def test_other_options_leave_the_window_alone():
    ctx = started()
    options_screen(ctx, "MASTER VOLUME")
    presenter = ctx.presenter
    tap(ctx, pygame.K_LEFT)
    assert ctx.presenter is presenter


def test_headless_runs_keep_their_window_while_the_choice_is_saved():
    ctx = started("--headless")
    presenter = ctx.presenter
    scene = options_screen(ctx, "WINDOW SCALE")
    tap(ctx, pygame.K_RIGHT)
    assert ctx.settings.window_scale == 3 and scene.message == "SAVED"
    assert ctx.presenter is presenter
    assert pygame.display.get_surface().get_size() == (1280, 720)


def test_a_context_without_the_apps_window_does_not_crash():
    """Tests build Contexts by hand over a window of their own: the option is only saved."""
    from game.app import Context

    pygame.display.init()
    pygame.display.set_mode((1280, 720))
    ctx = Context(parse([]), NullAudio(), KeyboardInput(), SceneStack())
    options_screen(ctx, "WINDOW SCALE")
    tap(ctx, pygame.K_RIGHT)
    assert ctx.settings.window_scale == 3 and ctx.presenter is None
    assert pygame.display.get_surface().get_size() == (1280, 720)


def test_a_refused_mode_keeps_the_old_window_and_tells_the_player(monkeypatch):
    ctx = started()
    real = pygame.display.set_mode

    def set_mode(size, flags=0):
        if size == (1920, 1080):
            raise pygame.error("no such mode")
        return real(size, flags)

    monkeypatch.setattr(pygame.display, "set_mode", set_mode)
    options_screen(ctx, "WINDOW SCALE")
    tap(ctx, pygame.K_RIGHT)
    assert ctx.window == (2, False) and shown(ctx).get_size() == (1280, 720)
    assert any("Window not changed" in text for text, _ in ctx.notices)


def test_the_pointer_hides_in_a_fight_and_shows_when_moved_over_a_menu():
    from game.scenes.base import Scene
    from game.window import update_cursor

    class Fight(Scene):
        pass

    ctx = started("--scale", "2")
    ctx.stack.push(Fight(ctx))
    ctx.stack.apply()
    update_cursor(ctx, moved=True)
    assert not pygame.mouse.get_visible(), "a fight has no use for the pointer"
    options_screen(ctx, "ROUNDS")
    ctx.stack.flush()                       # past the fade between the two screens
    update_cursor(ctx, moved=False)
    assert not pygame.mouse.get_visible(), "not until the mouse moves"
    update_cursor(ctx, moved=True)
    assert pygame.mouse.get_visible()
