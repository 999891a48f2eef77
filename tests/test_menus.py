"""The player's journey through the menus: every item reached and activated by posted key and
pad events, Esc/B backing out, the mouse, options that survive a restart, the pause menu,
simultaneous fighter choice in versus, results that match the fight's events, F12
screenshots and the fades between screens."""

from __future__ import annotations

from collections import Counter

import pygame
import pytest

from game.audio import NullAudio
from game.cli import parse
from game.input.gamepad import PadEvent, as_event
from game.input.keyboard import KeyboardInput
from game.scenes.base import FADE_TICKS, SceneStack
from tests.scenehelpers import headless_context
from tests.scenehelpers import tap as key  # a tap: down and up, as a keyboard sends it

PAD_ID = 7


@pytest.fixture()
def ctx():
    with headless_context("--round-seconds", "20", "--rounds", "1") as c:
        yield c


def tick(c, n: int = 1) -> None:
    for _ in range(n):
        c.stack.top.update()
        c.stack.apply()


def draw(c) -> pygame.Surface:
    frame = pygame.Surface((640, 360))
    c.stack.draw(frame)
    return frame


def pad(c, button: str) -> None:
    """What a pad press reaches a scene as (game.input.gamepad.as_event)."""
    c.stack.top.handle(as_event(PadEvent("press", PAD_ID, button), "Test Pad"))
    c.stack.apply()


KEYS = {"up": pygame.K_UP, "down": pygame.K_DOWN, "left": pygame.K_LEFT,
        "right": pygame.K_RIGHT, "confirm": pygame.K_RETURN, "back": pygame.K_ESCAPE}
BUTTONS = {"up": "dpup", "down": "dpdown", "left": "dpleft", "right": "dpright",
           "confirm": "a", "back": "b"}


def press(c, device: str, what: str) -> None:
    if device == "keys":
        key(c, KEYS[what])
    else:
        pad(c, BUTTONS[what])


def open_title(c):
    from game.scenes.title import TitleScene

    title = TitleScene(c)
    c.stack.push(title)
    c.stack.apply()
    tick(c, 2)
    return title


TITLE_TARGETS = (
    ("STORY", "game.scenes.story.flow", "StoryMenuScene"),
    ("EXHIBITION", "game.scenes.select", "SelectScene"),
    ("VERSUS", "game.scenes.select", "SelectScene"),
    ("TRAINING", "game.scenes.training", "TrainingScene"),
    ("REPLAYS", "game.scenes.replays", "ReplayListScene"),
    ("OPTIONS", "game.scenes.options", "OptionsScene"),
    ("HOW TO PLAY", "game.scenes.howto", "HowToPlayScene"),
)


@pytest.mark.parametrize("device", ["keys", "pad"])
def test_every_title_item_is_reached_activated_and_backed_out_of(ctx, device):

    from game.scenes.pause import PauseScene

    title = open_title(ctx)
    press(ctx, device, "confirm")  # the menu opens over the illustration
    assert title.menu_open
    assert [label for label, _ in title.items] == [t[0] for t in TITLE_TARGETS] + ["QUIT"]
    for k, (label, module, name) in enumerate(TITLE_TARGETS):
        assert ctx.stack.top is title
        title.selected = 0
        for _ in range(k):
            press(ctx, device, "down")
        assert title.labels()[title.selected] == label
        press(ctx, device, "confirm")
        scene = ctx.stack.top
        assert type(scene).__name__ == name and type(scene).__module__ == module, label
        tick(ctx, 2)
        draw(ctx)
        if name == "TrainingScene":  # in a fight Esc/START pauses; QUIT TO TITLE leaves
            if device == "keys":
                key(ctx, pygame.K_ESCAPE)
            else:
                pad(ctx, "start")  # a spare pad's START takes the player's side...
                pad(ctx, "start")  # ...and then pauses
            pause = ctx.stack.top
            assert isinstance(pause, PauseScene)
            for _ in range(len(pause.items) - 1):
                press(ctx, device, "down")
            assert pause.labels()[pause.selected] == "QUIT TO TITLE"
            press(ctx, device, "confirm")
            title = ctx.stack.top
            press(ctx, device, "confirm")
        else:
            press(ctx, device, "back")
        assert ctx.stack.top is title, f"{label}: back did not return to the title"
    title.selected = 0
    press(ctx, device, "up")           # wraps to QUIT
    assert title.labels()[title.selected] == "QUIT"
    press(ctx, device, "confirm")
    assert ctx.quit


@pytest.mark.parametrize("device", ["keys", "pad"])
def test_every_options_row_changes_and_persists_across_a_restart(ctx, device, tmp_path):
    from game import paths
    from game.app import Context, apply_settings, load_user_settings
    from game.scenes.controls import ControlsScene
    from game.scenes.options import OPTIONS, OptionsScene

    load_user_settings(ctx)            # the user's (temporary) settings.toml, like a start
    assert ctx.settings_path == paths.settings_file()
    scene = OptionsScene(ctx)
    ctx.stack.push(scene)
    ctx.stack.apply()
    before = [getattr(ctx.settings, o.attr) for o in OPTIONS]
    for k, opt in enumerate(OPTIONS):
        assert scene.selected == k
        press(ctx, device, "left" if opt.kind == "volume" else "right")
        assert getattr(ctx.settings, opt.attr) != before[k], opt.label
        draw(ctx)
        press(ctx, device, "down")
    assert scene.labels()[scene.selected] == "CONTROLS"
    press(ctx, device, "confirm")
    assert isinstance(ctx.stack.top, ControlsScene)
    draw(ctx)
    press(ctx, device, "back")
    assert ctx.stack.top is scene
    press(ctx, device, "down")
    assert scene.labels()[scene.selected] == "BACK"
    chosen = [getattr(ctx.settings, o.attr) for o in OPTIONS]
    assert ctx.audio.master_volume == pytest.approx(ctx.settings.master_volume)  # live
    assert ctx.reduced_shake is True
    # a fresh start reads them back from settings.toml
    fresh = Context(parse(["--headless"]), NullAudio(), KeyboardInput(), SceneStack())
    load_user_settings(fresh)
    apply_settings(fresh)
    assert [getattr(fresh.settings, o.attr) for o in OPTIONS] == chosen
    assert fresh.audio.music_volume == pytest.approx(chosen[1])
    assert fresh.reduced_shake and fresh.settings.hold_to_rise


def test_options_reach_the_fights_and_the_command_line_wins(ctx):
    from game.app import window_mode
    from game.bout import HoldToRise
    from game.scenes.options import cpu_difficulty, match_length
    from game.scenes.select import SelectScene

    s = ctx.settings
    s.rounds, s.round_seconds, s.cpu_difficulty, s.hold_to_rise = 5, 90, "hard", True
    s.reduced_shake = True
    assert match_length(ctx) == (1, 20.0)  # said on the command line
    ctx.opts = parse(["--headless"])
    assert match_length(ctx) == (5, 90.0) and cpu_difficulty(ctx) == "hard"
    from game.app import apply_settings

    apply_settings(ctx)
    select = SelectScene(ctx, "exhibition")
    ctx.stack.push(select)
    ctx.stack.apply()
    assert select.choice["difficulty"] == "hard"
    select._start()
    ctx.stack.apply()
    fight = ctx.stack.top
    setup = fight.match.setup
    assert (setup.rounds, setup.round_seconds, setup.hold_to_rise) == (5, 90.0, True)
    assert fight.difficulty == ("hard", "hard") and fight.effects.reduced_shake
    assert [r.sides for r in fight.bout.rules if isinstance(r, HoldToRise)] == [(1,)]
    s.window_scale, s.fullscreen = 3, True
    assert window_mode(parse([]), s) == (3, True)
    assert window_mode(parse(["--scale", "1"]), s) == (1, True)
    assert window_mode(parse(["--headless"]), s) == (2, False)


def test_a_value_given_on_the_command_line_beats_a_saved_one_even_when_it_is_the_default(ctx):
    """`--rounds 3` over a saved 5 (3 is also the built-in default, which once read as "not
    given"); left out, the saved value is used in the menus, and a command-line fight takes
    the built-in default, never the saved one."""
    from game.scenes.build import spec_from_options
    from game.scenes.options import cpu_difficulty, match_length

    s = ctx.settings
    s.rounds, s.round_seconds, s.cpu_difficulty = 5, 90, "hard"
    ctx.opts = parse(["--headless", "--rounds", "3", "--round-seconds", "60",
                      "--difficulty", "normal"])
    assert match_length(ctx) == (3, 60.0) and cpu_difficulty(ctx) == "normal"
    ctx.opts = parse(["--headless"])
    assert (ctx.opts.rounds, ctx.opts.round_seconds, ctx.opts.difficulty) == (None, None, None)
    assert match_length(ctx) == (5, 90.0) and cpu_difficulty(ctx) == "hard"
    spec = spec_from_options(parse(["--headless", "--mode", "exhibition"]))
    assert spec is not None and (spec.setup.rounds, spec.setup.round_seconds) == (3, 60.0)
    assert spec.difficulty == ("normal", "normal")


def test_rematch_and_restart_build_the_same_spec_again(ctx):
    """A rematch from the results and a restart from the pause menu are `build(ctx, spec)`
    of the fight they leave: same men, rules, seed, sides, and a hold-to-rise CPU still holds."""
    from game.bout import FightSpec, HoldToRise
    from game.scenes.build import build
    from game.scenes.pause import PauseScene
    from game.scenes.results import ResultsScene
    from game.sim.match import MatchSetup

    setup = MatchSetup(fighters=("apollo", "drago"), rounds=1, round_seconds=3.0, seed=5,
                       hold_to_rise=True)
    fight = build(ctx, FightSpec(setup, "exhibition", ("easy", "hard"), ("keyboard", "cpu")))
    ctx.stack.push(fight)
    ctx.stack.apply()
    tick(ctx, 20)
    menu = PauseScene(ctx, fight)
    ctx.stack.push(menu)
    ctx.stack.apply()
    menu._restart()
    ctx.stack.apply()
    again = ctx.stack.top
    assert again is not fight and again.match.tick == 0 and again.spec == fight.spec
    assert [r.sides for r in again.bout.rules if isinstance(r, HoldToRise)] == [(1,)]
    ResultsScene(ctx, again)._rematch()
    ctx.stack.apply()
    rematch = ctx.stack.top
    assert rematch is not again and rematch.spec == fight.spec and len(ctx.stack.scenes) == 1
    assert rematch.controls == ("keyboard", "cpu") and rematch.difficulty == ("easy", "hard")


@pytest.mark.parametrize("device", ["keys", "pad"])
def test_pause_menu_resume_restart_controls_quit(ctx, device):
    from game.bout import FightSpec
    from game.scenes.controls import ControlsScene
    from game.scenes.fight import FightScene
    from game.scenes.pause import PauseScene
    from game.scenes.title import TitleScene
    from game.sim.match import MatchSetup

    open_title(ctx)
    controls = ("gamepad", "cpu") if device == "pad" else ("keyboard", "cpu")
    spec = FightSpec(MatchSetup(rounds=1, round_seconds=20.0, seed=4),
                     "exhibition", ("easy", "easy"), controls)
    fight = FightScene(ctx, spec)
    if device == "pad":
        from game.input.controller import OpenDevice
        from game.input.gamepad import Pad

        ctx.pads.pads[PAD_ID] = Pad(OpenDevice(PAD_ID, "Test Pad", "controller", None))
        ctx.seats.join(PAD_ID, "Test Pad", (0,))
    ctx.stack.push(fight)
    ctx.stack.apply()
    tick(ctx, 30)

    def pause() -> PauseScene:
        if device == "keys":
            key(ctx, pygame.K_ESCAPE)
        else:
            pad(ctx, "start")
        assert isinstance(ctx.stack.top, PauseScene)
        return ctx.stack.top

    menu = pause()
    assert menu.labels() == ["RESUME", "RESTART", "CONTROLS", "QUIT TO TITLE"]
    draw(ctx)
    press(ctx, device, "confirm")            # RESUME
    assert ctx.stack.top is fight
    pause()
    press(ctx, device, "back")               # Esc/B resumes too
    assert ctx.stack.top is fight
    tick_before = fight.match.tick
    assert tick_before > 0
    menu = pause()
    press(ctx, device, "down")
    press(ctx, device, "confirm")            # RESTART: the same bout from the first bell
    fresh = ctx.stack.top
    assert isinstance(fresh, FightScene) and fresh is not fight
    assert fresh.match.tick == 0 and fresh.match.setup == fight.match.setup
    assert fresh.controls == fight.controls and len(ctx.stack.scenes) == 2
    menu = pause()
    for _ in range(2):
        press(ctx, device, "down")
    press(ctx, device, "confirm")            # CONTROLS
    assert isinstance(ctx.stack.top, ControlsScene)
    press(ctx, device, "back")
    assert ctx.stack.top is menu
    press(ctx, device, "down")
    press(ctx, device, "confirm")            # QUIT TO TITLE
    assert isinstance(ctx.stack.top, TitleScene) and len(ctx.stack.scenes) == 1


def test_training_pause_menu_reaches_the_dummy_and_boxes_and_restarts(ctx):
    from game.scenes.build import build, training_spec
    from game.scenes.pause import PauseScene
    from game.scenes.training import TrainingScene

    gym = build(ctx, training_spec(("rocky", "drago"), "las_vegas", 0))
    ctx.stack.push(gym)
    ctx.stack.apply()
    pad(ctx, "start")
    pad(ctx, "start")
    menu = ctx.stack.top
    assert isinstance(menu, PauseScene)
    labels = menu.labels()
    assert labels[:3] == ["RESUME", "RESTART", "CONTROLS"] and labels[-1] == "QUIT TO TITLE"
    menu.selected = 3
    pad(ctx, "a")
    assert gym.dummy_mode == "GUARD" and menu.labels()[3] == "DUMMY: < GUARD >"
    menu.selected = 4
    pad(ctx, "a")
    assert not gym.overlay
    menu.selected = 1
    pad(ctx, "a")
    fresh = ctx.stack.top
    assert isinstance(fresh, TrainingScene) and fresh is not gym
    assert fresh.dummy_mode == "GUARD" and not fresh.overlay


def test_versus_players_choose_at_once_with_their_own_keys_and_pads(ctx):
    from game.input.controller import OpenDevice
    from game.input.gamepad import Pad
    from game.scenes.select import STAT_NAMES, SelectScene, fighter_stats

    scene = SelectScene(ctx, "versus")
    ctx.stack.push(scene)
    ctx.stack.apply()
    assert (scene.choice["p1"], scene.choice["p2"]) == ("rocky", "drago")
    keys = ctx.settings.keys
    key(ctx, pygame.K_d, keys[0]["right"])       # P1's right: P1's man
    key(ctx, pygame.K_LEFT, keys[1]["left"])     # P2's left: P2's man, same moment
    assert (scene.choice["p1"], scene.choice["p2"]) == ("apollo", "apollo")
    scene.selected = 1                           # the cursor's row does not matter
    key(ctx, pygame.K_a, keys[0]["left"])
    assert scene.choice["p1"] == "rocky"
    ctx.pads.pads[PAD_ID] = Pad(OpenDevice(PAD_ID, "Test Pad", "controller", None))
    pad(ctx, "start")                            # the pad takes P1
    assert ctx.seats.side_of(PAD_ID) == 0
    pad(ctx, "dpright")
    assert (scene.choice["p1"], scene.choice["p2"]) == ("apollo", "apollo")
    scene.selected = 2                           # on VENUE, left/right change the venue
    key(ctx, pygame.K_RIGHT)
    assert scene.choice["venue"] == "moscow"
    draw(ctx)
    stats = fighter_stats()
    assert set(stats) == {"rocky", "apollo", "drago"}
    assert all(len(v) == len(STAT_NAMES) and all(0.3 <= x <= 1.0 for x in v)
               for v in stats.values())
    power, speed = 0, 1
    assert stats["drago"][power] == 1.0 and stats["apollo"][speed] == 1.0


def test_the_mouse_picks_and_activates_menu_items(ctx):
    from game.scenes.options import OptionsScene

    title = open_title(ctx)
    click = pygame.event.Event(pygame.MOUSEBUTTONDOWN, button=1, pos=(640, 360))
    ctx.stack.top.handle(click)                  # opens the menu
    assert title.menu_open
    draw(ctx)
    k = title.labels().index("OPTIONS")
    rect = title.item_rects[k]
    pos = (rect.centerx * 2, rect.centery * 2)   # window pixels at x2
    ctx.stack.top.handle(pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(0, 0),
                                            buttons=(0, 0, 0)))
    assert title.selected == k
    ctx.stack.top.handle(pygame.event.Event(pygame.MOUSEBUTTONDOWN, button=1, pos=pos))
    ctx.stack.apply()
    options = ctx.stack.top
    assert isinstance(options, OptionsScene)
    draw(ctx)
    rounds = options.labels().index("ROUNDS")
    before = ctx.settings.rounds
    r = options.item_rects[rounds]
    options.handle(pygame.event.Event(pygame.MOUSEBUTTONDOWN, button=1,
                                      pos=(r.centerx * 2, r.centery * 2)))
    assert ctx.settings.rounds == before + 1
    options.handle(pygame.event.Event(pygame.MOUSEBUTTONDOWN, button=3, pos=(0, 0)))
    ctx.stack.apply()
    assert ctx.stack.top is title


def test_how_to_play_and_replays_answer_pads(ctx):
    from game.scenes.howto import HowToPlayScene
    from game.scenes.replays import ReplayListScene

    open_title(ctx)
    howto = HowToPlayScene(ctx)
    ctx.stack.push(howto)
    ctx.stack.apply()
    pad(ctx, "dpright")
    assert howto.page == 1
    pad(ctx, "dpleft")
    assert howto.page == 0
    draw(ctx)
    pad(ctx, "b")
    listing = ReplayListScene(ctx)
    ctx.stack.push(listing)
    ctx.stack.apply()
    assert listing.labels() == ["BACK"]
    draw(ctx)
    pad(ctx, "a")
    assert len(ctx.stack.scenes) == 1


def test_results_statistics_match_the_fights_recorded_events(ctx):
    from game.bout import FightSpec
    from game.scenes.fight import FightScene
    from game.scenes.results import ResultsScene, ratio
    from game.sim.actions import PUNCHES
    from game.sim.match import MatchSetup

    spec = FightSpec(MatchSetup(rounds=1, round_seconds=25.0, seed=2),
                     "exhibition", ("hard", "champion"), ("cpu", "cpu"))
    fight = FightScene(ctx, spec)
    thrown: Counter = Counter()
    landed: Counter = Counter()
    downs: Counter = Counter()
    other = {"p1": "p2", "p2": "p1"}
    while not fight.match.over:
        tick_before = fight.match.tick
        fight.update()
        if fight.match.tick == tick_before:
            continue
        for ev in fight.view.events:
            if ev.kind == "punch":
                thrown[(ev.side, ev.move)] += 1
            elif ev.kind == "hit":       # the side is the man hit; the attacker is the other
                landed[(other[ev.side], ev.move)] += 1
            elif ev.kind == "knockdown":
                downs[ev.side] += 1
    assert sum(landed.values()) > 5, "a fight with hardly a punch landed proves little"
    rows = {label.strip(): (a, b) for label, a, b, _ in ResultsScene(ctx, fight).stat_rows()}

    def cell(side: str, move: str | None) -> str:
        moves = PUNCHES if move is None else (move,)
        return ratio(sum(landed[(side, m)] for m in moves),
                     sum(thrown[(side, m)] for m in moves))

    assert rows["PUNCHES LANDED"] == (cell("p1", None), cell("p2", None))
    for move in PUNCHES:
        assert rows[move.upper()] == (cell("p1", move), cell("p2", move)), move
    assert rows["KNOCKDOWNS"] == (str(downs["p1"]), str(downs["p2"]))


def test_f12_saves_a_screenshot_in_the_screenshots_folder_and_says_where(ctx):
    from game.app import route_event, save_screenshot
    from game.paths import user_paths

    open_title(ctx)
    route_event(ctx, pygame.event.Event(pygame.KEYDOWN, key=pygame.K_F12, scancode=0, mod=0,
                                        unicode=""))
    assert ctx.screenshot_wanted
    path = save_screenshot(ctx, draw(ctx))
    assert path is not None and path.parent == user_paths()["screenshots"]
    assert pygame.image.load(str(path)).get_size() == (640, 360)
    assert str(path) in ctx.notices[-1][0]
    second = save_screenshot(ctx, draw(ctx))
    assert second != path and second.exists()


def test_a_change_of_screen_fades_in_briefly_and_a_pause_does_not(ctx):
    from game.scenes.howto import HowToPlayScene

    title = open_title(ctx)
    assert ctx.stack.fade == 0                    # the first screen is not faded
    ctx.stack.push(HowToPlayScene(ctx))
    ctx.stack.apply()
    assert ctx.stack.fade == FADE_TICKS
    dark = draw(ctx)
    tick(ctx, FADE_TICKS)
    assert ctx.stack.fade == 0
    lit = draw(ctx)
    assert sum(lit.get_at((x, 200))[0] for x in range(0, 640, 8)) > \
        sum(dark.get_at((x, 200))[0] for x in range(0, 640, 8))
    key(ctx, pygame.K_ESCAPE)
    assert ctx.stack.top is title and ctx.stack.fade == FADE_TICKS


def test_options_sections_with_bad_values_keep_the_good_ones(tmp_path):
    from game import settings

    path = tmp_path / "settings.toml"
    path.write_text('format = 1\n[audio]\nmaster = 0.4\nmusic = 7\n[display]\nscale = 3\n'
                    'fullscreen = "yes"\n[accessibility]\nhold_to_rise = true\n'
                    '[mods]\nkept = 1\n', encoding="utf-8")
    s, messages = settings.load(path)
    assert (s.master_volume, s.music_volume, s.window_scale, s.fullscreen, s.hold_to_rise) \
        == (0.4, 1.0, 3, False, True)
    assert len(messages) == 1 and "audio.music" in messages[0] \
        and "display.fullscreen" in messages[0]
    again, messages = settings.load(path)       # repaired and written back, mods kept
    assert messages == [] and again == s and again.other == {"mods": {"kept": 1}}
