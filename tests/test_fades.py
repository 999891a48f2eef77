"""The fades between screens, driven the way the app drives them (`route_event`, `step`): a
change to another full-screen scene darkens the old screen over a few ticks (frozen, deaf)
before the new one appears and fades in; overlays (the pause menu) come and go at once;
emptying the stack or quitting never waits; `--headless` runs switch on the tick asked."""

from __future__ import annotations

from itertools import pairwise

import pygame
import pytest

from game.audio import NullAudio
from game.cli import parse
from game.input.gamepad import PadEvent, as_event
from game.input.keyboard import KeyboardInput
from game.scenes.base import FADE_OUT_TICKS, FADE_TICKS, SceneStack


def make_ctx(*argv: str):
    from game.app import Context

    return Context(parse(["--round-seconds", "20", "--rounds", "1", *argv]), NullAudio(),
                   KeyboardInput(), SceneStack())


@pytest.fixture()
def ctx():
    """A windowed game's context (not `--headless`): its changes of screen fade out."""
    pygame.display.init()
    pygame.display.set_mode((1280, 720))
    yield make_ctx()
    pygame.display.quit()


def key(c, k: int) -> None:
    """A tap: down and up, as a keyboard sends it (a key never let go stays held)."""
    from game.app import route_event

    for kind in (pygame.KEYDOWN, pygame.KEYUP):
        route_event(c, pygame.event.Event(kind, key=k, scancode=0, mod=0, unicode=""))


def pad(c, button: str) -> None:
    from game.app import route_event

    route_event(c, as_event(PadEvent("press", 7, button), "Test Pad"))


def step(c, n: int = 1) -> None:
    from game.app import step as app_step

    for _ in range(n):
        app_step(c)


def draw(c) -> pygame.Surface:
    frame = pygame.Surface((640, 360))
    c.stack.draw(frame)
    return frame


def light(frame: pygame.Surface) -> int:
    return sum(sum(frame.get_at((x, y))[:3]) for x in range(4, 640, 16)
               for y in range(4, 360, 16))


def title_menu_on_exhibition(c):
    """The title with its menu open and EXHIBITION chosen (Enter not yet pressed)."""
    from game.scenes.title import TitleScene

    title = TitleScene(c)
    c.stack.push(title)
    c.stack.apply()
    step(c, 3)
    key(c, pygame.K_RETURN)  # opens the menu: no change of screen
    step(c)
    key(c, pygame.K_DOWN)    # past STORY
    step(c)
    assert title.labels()[title.selected] == "EXHIBITION"
    assert not c.stack.leaving and c.stack.fade == 0
    return title


def test_a_change_of_screen_darkens_the_old_one_then_fades_the_new_one_in(ctx):
    from game.scenes.select import SelectScene

    title = title_menu_on_exhibition(ctx)
    lit = light(draw(ctx))
    key(ctx, pygame.K_RETURN)
    step(ctx)                                   # the tick the switch was asked on
    assert ctx.stack.leaving and ctx.stack.scenes == [title]
    assert ctx.stack.top is not title, "the old screen gets no more input"
    dark = [light(draw(ctx))]
    for _ in range(FADE_OUT_TICKS - 1):
        step(ctx)
        assert ctx.stack.scenes == [title], "the new screen waits for the fade-out"
        dark.append(light(draw(ctx)))
    assert lit > dark[0] and all(a > b for a, b in pairwise(dark)), dark
    assert dark[0] > lit * 0.8, "the first frame after the press already darkens, a little"
    assert dark[-1] < lit * 0.2, "and the last one is nearly black"
    step(ctx)                                   # FADE_OUT_TICKS after the press: the switch
    select = ctx.stack.top
    assert isinstance(select, SelectScene) and ctx.stack.scenes == [title, select]
    assert not ctx.stack.leaving and ctx.stack.fade == FADE_TICKS
    back = [light(draw(ctx))]
    assert back[0] == 0, "the new screen starts from black"
    for _ in range(FADE_TICKS):
        step(ctx)
        back.append(light(draw(ctx)))
    assert all(a < b for a, b in pairwise(back)), back
    assert ctx.stack.fade == 0 and ctx.stack.darkness() == 0  # fully lit: the fade is over


def test_no_input_reaches_either_scene_during_the_fade_out(ctx):
    title = title_menu_on_exhibition(ctx)
    key(ctx, pygame.K_RETURN)
    step(ctx)                                   # the title's own last tick, with the press
    assert ctx.stack.leaving
    selected, idle, frame = title.selected, title.idle, title.frame
    for k in range(FADE_OUT_TICKS - 1):
        # down, confirm and back would move, choose and close on the title, and back would
        # leave the select screen again if it came through late
        key(ctx, (pygame.K_DOWN, pygame.K_RETURN, pygame.K_ESCAPE)[k % 3])
        pad(ctx, ("dpdown", "a", "b")[k % 3])
        step(ctx)
        assert (title.selected, title.idle, title.frame) == (selected, idle, frame), \
            "the old screen neither hears nor updates"
        assert title.menu_open and not ctx.quit
    step(ctx)
    select = ctx.stack.top
    assert type(select).__name__ == "SelectScene" and ctx.stack.scenes == [title, select]
    assert select.selected == 0 and select.choice["p1"] == "rocky"
    step(ctx, 2)
    assert ctx.stack.top is select, "no late Esc took the new screen away"
    key(ctx, pygame.K_DOWN)                      # after the switch the new screen hears
    step(ctx)
    assert select.selected == 1


def test_a_finished_fight_freezes_while_it_darkens_into_the_results(ctx):
    from game.bout import FightSpec
    from game.scenes.fight import FightScene
    from game.scenes.results import ResultsScene
    from game.sim.match import MatchSetup

    spec = FightSpec(MatchSetup(rounds=1, round_seconds=20.0, seed=4),
                     "exhibition", ("easy", "easy"), ("cpu", "cpu"))
    fight = FightScene(ctx, spec)
    ctx.stack.push(fight)
    ctx.stack.apply()
    step(ctx, 130)
    fight.match.fighters[1].health = 0.0
    fight.match._finish("p1", "KO", "count", [])
    for _ in range(400):
        step(ctx)
        if ctx.stack.leaving:
            break
    assert ctx.stack.leaving and ctx.stack.scenes == [fight]
    frozen = (fight.frame, fight.match.tick, fight.over_ticks)
    step(ctx, FADE_OUT_TICKS - 1)
    assert (fight.frame, fight.match.tick, fight.over_ticks) == frozen, \
        "the fight does not go on behind the fade-out"
    step(ctx)
    assert isinstance(ctx.stack.top, ResultsScene) and ctx.stack.fade == FADE_TICKS


def test_the_pause_menu_comes_and_goes_at_once_and_quitting_to_the_title_fades(ctx):
    from game.bout import FightSpec
    from game.scenes.fight import FightScene
    from game.scenes.pause import PauseScene
    from game.scenes.title import TitleScene
    from game.sim.match import MatchSetup

    spec = FightSpec(MatchSetup(rounds=1, round_seconds=20.0, seed=4),
                     "exhibition", ("easy", "easy"), ("keyboard", "cpu"))
    fight = FightScene(ctx, spec)
    ctx.stack.push(fight)
    ctx.stack.apply()
    step(ctx, 30)
    key(ctx, pygame.K_ESCAPE)
    step(ctx)
    menu = ctx.stack.top
    assert isinstance(menu, PauseScene), "the pause menu is up on the very tick"
    assert not ctx.stack.leaving and ctx.stack.fade == 0
    tick = fight.match.tick
    key(ctx, pygame.K_ESCAPE)                    # resume: at once as well
    step(ctx)
    assert ctx.stack.top is fight and not ctx.stack.leaving and ctx.stack.fade == 0
    step(ctx)
    assert fight.match.tick > tick
    key(ctx, pygame.K_ESCAPE)
    step(ctx)
    menu = ctx.stack.top
    for _ in range(len(menu.items) - 1):
        key(ctx, pygame.K_DOWN)
    key(ctx, pygame.K_RETURN)                    # QUIT TO TITLE: a change of screen
    step(ctx)
    assert ctx.stack.leaving and ctx.stack.scenes == [fight, menu]
    step(ctx, FADE_OUT_TICKS)
    assert isinstance(ctx.stack.top, TitleScene) and len(ctx.stack.scenes) == 1


def test_leaving_the_last_screen_and_quitting_never_wait(ctx):
    from game.app import route_event
    from game.scenes.controls import ControlsScene

    ctx.stack.push(ControlsScene(ctx))
    ctx.stack.apply()
    step(ctx, 2)
    key(ctx, pygame.K_ESCAPE)
    step(ctx)
    assert ctx.stack.top is None and not ctx.stack.leaving  # the app's loop ends here

    title = title_menu_on_exhibition(ctx)
    key(ctx, pygame.K_RETURN)
    step(ctx)
    assert ctx.stack.leaving
    route_event(ctx, pygame.event.Event(pygame.QUIT))  # the window closed mid-fade
    assert ctx.quit and ctx.stack.scenes == [title]


def test_flush_cuts_a_fade_out_short():
    pygame.display.init()
    pygame.display.set_mode((640, 360))
    try:
        c = make_ctx()
        title_menu_on_exhibition(c)
        key(c, pygame.K_RETURN)
        step(c)
        assert c.stack.leaving
        c.stack.flush()
        assert type(c.stack.top).__name__ == "SelectScene" and c.stack.fade == FADE_TICKS
    finally:
        pygame.display.quit()


def test_headless_runs_switch_on_the_tick_asked_and_still_fade_in():
    """`--frames`/`--until-result` runs and the tests that drive a stack by hand count on it."""
    pygame.display.init()
    pygame.display.set_mode((640, 360))
    try:
        c = make_ctx("--headless")
        title_menu_on_exhibition(c)
        key(c, pygame.K_RETURN)
        step(c)
        assert type(c.stack.top).__name__ == "SelectScene" and not c.stack.leaving
        assert c.stack.fade == FADE_TICKS
        forced = make_ctx("--headless")
        forced.stack = SceneStack(fade_out_ticks=3)  # a test may ask for the fade-out
        title_menu_on_exhibition(forced)
        key(forced, pygame.K_RETURN)
        step(forced, 3)
        assert forced.stack.leaving
        step(forced)
        assert type(forced.stack.top).__name__ == "SelectScene"
    finally:
        pygame.display.quit()
