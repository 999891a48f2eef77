"""A menu that comes up over or after a fight takes only fresh presses.

The boxing keys double as menu keys (W guard is up, S duck is down), so a player still
holding guard as a fight ends must not find the menu's cursor moved, or an item chosen, by
that same finger: the key's repeats (and a pad's stick reporting again) are ignored until it
is let go; the next real press works at once. Everything goes through the app's own
`route_event` and `step`, as in a window, with the window's fade-out between screens.
"""

from __future__ import annotations

import dataclasses

import pygame
import pytest

from game.scenes.base import FADE_OUT_TICKS
from tests.scenehelpers import headless_context
from tests.vpad import NO_SDL_REASON, SDL, VirtualPad

W = (pygame.K_w, pygame.KSCAN_W)          # player 1's guard, and "up" in every menu
ENTER = (pygame.K_RETURN, pygame.KSCAN_RETURN)


@pytest.fixture()
def ctx():
    with headless_context("--rounds", "1") as c:
        c.stack.fade_out_ticks = FADE_OUT_TICKS   # screens change as in a window
        yield c


def route(ctx, event: pygame.event.Event) -> None:
    from game.app import route_event

    route_event(ctx, event)
    ctx.stack.apply()


def down(ctx, key: tuple[int, int]) -> None:
    """The key goes down, or (already down) the keyboard repeats it: the same event."""
    route(ctx, pygame.event.Event(pygame.KEYDOWN, key=key[0], scancode=key[1], mod=0,
                                  unicode=""))


def up(ctx, key: tuple[int, int]) -> None:
    route(ctx, pygame.event.Event(pygame.KEYUP, key=key[0], scancode=key[1], mod=0,
                                  unicode=""))


def step(ctx, n: int = 1, repeating: tuple[int, int] | None = None) -> None:
    """App ticks; a held key repeating every fourth one (as a keyboard's repeat does)."""
    from game.app import step as app_step

    for k in range(n):
        if repeating is not None and k % 4 == 0:
            down(ctx, repeating)
        app_step(ctx)


def until(ctx, cond, limit: int = 3000, repeating: tuple[int, int] | None = None) -> None:
    for _ in range(limit):
        if cond():
            return
        step(ctx, 1, repeating)
    raise AssertionError("condition never came")


def exhibition(ctx, controls: tuple[str, str] = ("keyboard", "cpu")):
    from game.bout import FightSpec
    from game.scenes.fight import FightScene
    from game.sim.match import MatchSetup

    spec = FightSpec(MatchSetup(rounds=1, round_seconds=20.0, seed=4), "exhibition",
                     ("easy", "easy"), controls)
    fight = FightScene(ctx, spec)
    ctx.stack.push(fight)
    ctx.stack.apply()
    step(ctx, 60)
    return fight


def repeats_over(ctx, menu, held: tuple[int, int]) -> list[tuple[bool, int]]:
    """The held key repeats three times over an open menu: (still on top, cursor) after
    each (one by one: three moves round a menu of three rows would look like none)."""
    seen = []
    for _ in range(3):
        down(ctx, held)
        step(ctx, 4)
        seen.append((ctx.stack.top is menu, menu.selected))
    return seen


def results_after_a_knockout(ctx, fight, held: tuple[int, int]):
    """The CPU knocks player 1 out while `held` is down (and repeating) to the results."""
    from game.scenes.results import ResultsScene

    fight.match.stop("p2", "KO", "count")
    until(ctx, lambda: isinstance(ctx.stack.top, ResultsScene), repeating=held)
    results = ctx.stack.top
    return results, repeats_over(ctx, results, held)


def test_guard_held_through_the_end_of_a_fight_does_not_move_the_results_menu(ctx):
    fight = exhibition(ctx)
    down(ctx, W)
    step(ctx)
    assert "guard" in ctx.keyboard.actions(0), "W is player 1's guard in the fight"
    results, seen = results_after_a_knockout(ctx, fight, W)
    assert seen == [(True, 0)] * 3 and results.selected == 0, \
        "the guard held from the fight moved the cursor (REMATCH wraps up to BACK TO TITLE)"
    up(ctx, W)
    down(ctx, W)                                 # let go and pressed again: at once
    assert results.selected == 2


def test_enter_held_through_the_end_of_a_fight_chooses_nothing(ctx):
    from game.scenes.fight import FightScene

    fight = exhibition(ctx)
    down(ctx, ENTER)
    results, seen = results_after_a_knockout(ctx, fight, ENTER)
    assert seen == [(True, 0)] * 3, "the held Enter chose REMATCH"
    up(ctx, ENTER)
    down(ctx, ENTER)
    step(ctx, FADE_OUT_TICKS + 1)
    assert isinstance(ctx.stack.top, FightScene) and ctx.stack.top is not fight, \
        "a fresh Enter chooses REMATCH"


def away_with_guard_up(ctx):
    """A fight with W (guard) held as the window loses focus: SDL lets go of held keys just
    before it says the focus went (no key-up is sent while away); the fight pauses."""
    from game.app import route_event
    from game.scenes.pause import PauseScene

    exhibition(ctx)
    down(ctx, W)
    route_event(ctx, pygame.event.Event(pygame.KEYUP, key=W[0], scancode=W[1], mod=0,
                                        unicode=""))       # SDL's, as the focus goes
    route_event(ctx, pygame.event.Event(pygame.WINDOWFOCUSLOST))
    step(ctx)
    pause = ctx.stack.top
    assert isinstance(pause, PauseScene), "the fight pauses when the window loses focus"
    return pause


def test_guard_held_while_the_window_is_away_does_not_move_the_pause_menu(ctx):
    """SDL presses the keys still down again as the focus comes back."""
    pause = away_with_guard_up(ctx)
    route(ctx, pygame.event.Event(pygame.WINDOWFOCUSGAINED))
    down(ctx, W)                                 # SDL's again: W was down all along
    step(ctx, 30, repeating=W)                   # and still is, repeating
    assert ctx.stack.top is pause and pause.selected == 0, \
        "the guard held while away moved RESUME up to QUIT TO TITLE"
    up(ctx, W)
    down(ctx, W)
    assert pause.selected == len(pause.items) - 1


def test_a_key_let_go_while_the_window_is_away_works_at_once_on_return(ctx):
    """A key let go while away gets no key-up, and SDL presses nothing again on return."""
    pause = away_with_guard_up(ctx)
    route(ctx, pygame.event.Event(pygame.WINDOWFOCUSGAINED))   # W was let go while away
    step(ctx, 30)                                # half a second back in the window
    down(ctx, W)
    assert pause.selected == len(pause.items) - 1, \
        "the first press after coming back was taken for a key held all along"


def controls_listening(ctx, held: tuple[int, int], click: bool):
    """The controls screen up, `held` pressed on it and kept down, and P1's jab cell chosen
    (by that key when it is Enter, else by a click) so the screen listens for a key."""
    from game.input.bindings import KEY_ACTIONS
    from game.scenes.controls import ControlsScene

    scene = ControlsScene(ctx)
    ctx.stack.push(scene)
    ctx.stack.apply()
    step(ctx)
    scene.row, scene.col = KEY_ACTIONS.index("jab"), 0
    down(ctx, held)
    if click:
        ctx.stack.draw(pygame.Surface((640, 360)))
        cell = next(rect for rect, row, col in scene.cells
                    if (row, col) == (scene.row, scene.col))
        route(ctx, pygame.event.Event(pygame.MOUSEBUTTONDOWN, button=1,
                                      pos=(cell.centerx * 2, cell.centery * 2)))
    assert scene.listening
    return scene


@pytest.mark.parametrize("held, click", [(ENTER, False), ((pygame.K_y, pygame.KSCAN_Y), True)],
                         ids=["the-enter-that-chose", "a-key-held-as-the-cell-is-clicked"])
def test_a_held_key_is_not_taken_as_the_new_binding(ctx, held, click):
    from game.input.bindings import P1_KEYS

    scene = controls_listening(ctx, held, click)
    for _ in range(3):
        down(ctx, held)                          # the keyboard repeats it
        step(ctx, 4)
    assert scene.listening and ctx.settings.keys[0]["jab"] == P1_KEYS["jab"], \
        "a key held as the step opened was bound"
    up(ctx, held)
    down(ctx, (pygame.K_j, pygame.KSCAN_J))      # a fresh press binds at once
    assert not scene.listening and ctx.settings.keys[0]["jab"] == pygame.KSCAN_J


def story_fight(ctx, chapter: str, seconds: float = 3.0, towel_scenes: bool = True):
    """A story fight at the keyboard; `towel_scenes=False`: its towel is only lines (as a
    levels folder may have it), so the choice opens on the Enter that reads the last one."""
    from game.assets import asset_dir
    from game.scenes.story.flow import make_flow

    flow = make_flow(ctx, asset_dir("levels"), "keyboard", 1, "normal", seconds, save=False)
    story = flow.run.story
    if not towel_scenes:
        fight = story.chapters[chapter]
        events = tuple(dataclasses.replace(e, scene="") if e.kind == "towel_choice" else e
                       for e in fight.events)
        story.chapters[chapter] = dataclasses.replace(fight, events=events)
    flow.run.index = story.order.index(chapter)
    flow.run.play_all = False
    ctx.stack.push(flow.scene())
    ctx.stack.apply()
    return flow, ctx.stack.top


def past_the_beats(ctx, scene) -> None:
    """Read the story's lines up now (entrance, corner), an Enter press each, to the boxing."""
    def boxing() -> bool:
        if scene.beats:
            down(ctx, ENTER)
            up(ctx, ENTER)
        return not scene.beats
    until(ctx, boxing, limit=40000)


def item_center(ctx, menu, k: int) -> tuple[int, int]:
    """Where item k of a drawn menu is on the window (the frame is 640x360 in 1280x720)."""
    ctx.stack.draw(pygame.Surface((640, 360)))
    x, y = menu.item_rects[k].center
    return x * 2, y * 2


def test_guard_held_as_the_story_retry_menu_opens_does_not_land_on_accept_defeat(ctx):
    from game.scenes.story.flow import RetryScene

    flow, scene = story_fight(ctx, "balboa_drago", seconds=1.0)
    past_the_beats(ctx, scene)                   # the entrance
    down(ctx, W)
    assert "guard" in ctx.keyboard.actions(0), "W reached the fight: guard up"
    scene.match.stop("p2", "KO", "count")        # counted out, guard up to the end
    until(ctx, lambda: isinstance(ctx.stack.top, RetryScene), repeating=W)
    retry = ctx.stack.top
    assert repeats_over(ctx, retry, W) == [(True, 0)] * 3 and retry.selected == 0, \
        "the held guard moved FIGHT AGAIN up to ACCEPT DEFEAT"
    up(ctx, W)
    down(ctx, W)
    assert retry.selected == 1 and flow.run.current().id == "balboa_drago", \
        "a fresh W moves the cursor and chooses nothing"
    up(ctx, W)
    down(ctx, ENTER)                             # held: the click below is the mouse's own
    route(ctx, pygame.event.Event(pygame.MOUSEBUTTONDOWN, button=1,
                                  pos=item_center(ctx, retry, 1)))
    assert flow.run.current().id == "ending_defeat", "the mouse is never held back"


def test_guard_let_go_during_the_corner_talk_is_not_held_when_the_fight_goes_on(ctx):
    flow, scene = story_fight(ctx, "creed_drago")
    past_the_beats(ctx, scene)
    down(ctx, W)
    assert "guard" in ctx.keyboard.actions(0)
    until(ctx, lambda: bool(scene.beats), limit=40000)   # the bell: the corner talks
    up(ctx, W)
    past_the_beats(ctx, scene)
    step(ctx)
    assert "guard" not in ctx.keyboard.actions(0), "guard stuck on after the corner talk"


@pytest.mark.parametrize("towel_scenes", [True, False], ids=["staged", "lines"])
def test_guard_and_the_enter_that_read_the_last_line_wait_at_the_towel_choice(ctx,
                                                                              towel_scenes):
    flow, scene = story_fight(ctx, "creed_drago", towel_scenes=towel_scenes)
    down(ctx, W)                                 # guard up from the first bell

    def towel_choice() -> bool:
        return bool(scene.beats) and scene.beats[0].event.kind == "towel_choice" \
            and scene.beats[0].choosing

    def at_choice() -> bool:
        if scene.beats and not scene.beats[0].choosing:
            up(ctx, ENTER)                       # read the lines, a press each: the last
            down(ctx, ENTER)                     # Enter is still down as the choice opens
        return towel_choice()
    until(ctx, at_choice, limit=40000, repeating=W)
    beat = scene.beats[0]
    for _ in range(3):
        down(ctx, W)                             # both keys repeat over the menu
        down(ctx, ENTER)
        step(ctx, 4)
    assert scene.beats and scene.beats[0] is beat and beat.choice == 0, \
        "a held key toggled or made the towel choice"
    up(ctx, W)
    up(ctx, ENTER)
    down(ctx, W)
    assert beat.choice == 1, "a fresh W moves to the towel at once"
    down(ctx, ENTER)
    assert scene.match.over and scene.match.reason == "towel"


@pytest.fixture()
def pad_ctx(ctx):
    ctx.pads.start()
    pad = VirtualPad()
    pump(ctx)
    yield ctx, pad
    pad.unplug()
    pygame.event.get()


def pump(ctx) -> None:
    from game.app import route_event

    for event in pygame.event.get():
        route_event(ctx, event)
    ctx.stack.apply()


@pytest.mark.skipif(SDL is None, reason=NO_SDL_REASON)
def test_a_pads_stick_held_up_through_the_pause_does_not_move_its_menu(pad_ctx):
    from game.scenes.pause import PauseScene

    ctx, pad = pad_ctx
    exhibition(ctx, ("gamepad", "cpu"))
    assert ctx.seats.pad(0) == pad.instance_id
    pad.axis(1, -30000)                          # the left stick up: guard
    pump(ctx)
    assert "guard" in ctx.pads.actions(pad.instance_id)
    pad.button("start", True)
    pump(ctx)
    pad.button("start", False)
    pump(ctx)
    pause = ctx.stack.top
    assert isinstance(pause, PauseScene)
    for wobble in (-31000, -29500, -32000):      # a held stick keeps reporting small moves
        pad.axis(1, wobble)
        pump(ctx)
        step(ctx)
    assert ctx.stack.top is pause and pause.selected == 0, \
        "the stick held from the fight moved RESUME up to QUIT TO TITLE"
    pad.axis(1, 0)
    pump(ctx)
    pad.axis(1, -30000)                          # let go and pushed up again: at once
    pump(ctx)
    assert pause.selected == len(pause.items) - 1
