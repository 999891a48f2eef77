"""Keyboard events posted into pygame's queue reach the right player's command."""

from __future__ import annotations

import pygame
import pytest

from game.input.keyboard import P1_KEYS, P2_KEYS, KeyboardInput
from game.loop import FixedStepper
from game.sim.actions import BIT, to_names
from tests.scenehelpers import tap


@pytest.fixture()
def display():
    pygame.display.init()
    pygame.display.set_mode((64, 36))
    yield
    pygame.display.quit()


def post(kind: int, scancode: int) -> None:
    pygame.event.post(pygame.event.Event(kind, key=0, scancode=scancode, mod=0, unicode=""))


def pump(kb: KeyboardInput) -> None:
    for event in pygame.event.get():
        kb.handle(event)


def test_posted_keys_drive_the_right_player(display):
    kb = KeyboardInput()
    post(pygame.KEYDOWN, P1_KEYS["jab"])
    post(pygame.KEYDOWN, P2_KEYS["guard"])
    pump(kb)
    assert to_names(kb.command(0, 1)) == ["jab"]
    assert to_names(kb.command(1, -1)) == ["guard"]


def test_left_and_right_follow_the_facing(display):
    kb = KeyboardInput()
    post(pygame.KEYDOWN, P1_KEYS["right"])
    post(pygame.KEYDOWN, P2_KEYS["left"])
    pump(kb)
    assert kb.command(0, 1) == BIT["forward"]   # p1 faces right: right is forward
    assert kb.command(1, -1) == BIT["forward"]  # p2 faces left: left is forward
    assert kb.command(1, 1) == BIT["back"]


def test_both_directions_held_is_neither(display):
    kb = KeyboardInput()
    post(pygame.KEYDOWN, P1_KEYS["left"])
    post(pygame.KEYDOWN, P1_KEYS["right"])
    pump(kb)
    assert kb.command(0, 1) == 0


def test_a_tap_between_ticks_reaches_exactly_one_tick(display):
    kb = KeyboardInput()
    post(pygame.KEYDOWN, P1_KEYS["hook"])
    post(pygame.KEYUP, P1_KEYS["hook"])
    pump(kb)
    assert kb.command(0, 1) == BIT["hook"]
    kb.consume()
    assert kb.command(0, 1) == 0


def test_held_key_stays_until_released(display):
    kb = KeyboardInput()
    post(pygame.KEYDOWN, P2_KEYS["duck"])
    pump(kb)
    for _ in range(3):
        assert kb.command(1, -1) == BIT["duck"]
        kb.consume()
    post(pygame.KEYUP, P2_KEYS["duck"])
    pump(kb)
    assert kb.command(1, -1) == 0


def test_focus_loss_releases_everything(display):
    kb = KeyboardInput()
    post(pygame.KEYDOWN, P1_KEYS["guard"])
    pump(kb)
    kb.release_all()
    assert kb.command(0, 1) == 0


def test_stepper_makes_whole_ticks_and_caps_catch_up():
    now = [0.0]
    s = FixedStepper(now=lambda: now[0], max_steps=5)
    now[0] = 1 / 60 * 2.5
    assert s.due() == 2
    assert 0.4 < s.fraction < 0.6
    now[0] += 1 / 60 * 0.6
    assert s.due() == 1
    now[0] += 10.0  # a long stall: no spiral of death
    assert s.due() == 5
    now[0] += 1 / 60
    assert s.due() == 1


def test_rebinding_moves_the_key_and_drops_held_state(display):
    kb = KeyboardInput()
    post(pygame.KEYDOWN, P1_KEYS["guard"])
    pump(kb)
    keys = (dict(P1_KEYS), dict(P2_KEYS))
    keys[0]["jab"] = pygame.KSCAN_J
    kb.set_bindings(keys)
    assert kb.command(0, 1) == 0
    post(pygame.KEYDOWN, pygame.KSCAN_J)
    post(pygame.KEYDOWN, P1_KEYS["jab"])  # the old key does nothing now
    pump(kb)
    assert to_names(kb.command(0, 1)) == ["jab"]


def test_a_key_is_shown_by_the_label_its_layout_gave_it(display):
    from game.input.bindings import scancode_label

    kb = KeyboardInput()
    assert scancode_label(P1_KEYS["left"], kb.labels) == "A"
    # on AZERTY the key in QWERTY's A place prints Q
    kb.handle(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_q, scancode=P1_KEYS["left"],
                                 mod=0, unicode="q"))
    assert scancode_label(P1_KEYS["left"], kb.labels) == "Q"
    assert scancode_label(P2_KEYS["body"]) == ","


def test_menus_move_with_keys_and_pad_presses():
    from game.input.gamepad import PadEvent, as_event
    from game.input.menu import menu_action

    down = pygame.event.Event(pygame.KEYDOWN, key=0, scancode=pygame.KSCAN_S, mod=0)
    assert menu_action(down) == "down"  # S by place, whatever the layout prints on it
    assert menu_action(as_event(PadEvent("press", 3, "a"))) == "confirm"
    assert menu_action(as_event(PadEvent("press", 3, "b"))) == "back"
    assert menu_action(as_event(PadEvent("press", 3, "start"))) == "start"
    assert menu_action(as_event(PadEvent("release", 3, "a"))) is None


@pytest.fixture()
def ctx(tmp_path):
    from game.app import Context
    from game.audio import NullAudio
    from game.cli import parse
    from game.scenes.base import SceneStack

    pygame.display.init()
    pygame.display.set_mode((640, 360))
    c = Context(parse(["--headless", "--round-seconds", "20", "--rounds", "1"]), NullAudio(),
                KeyboardInput(), SceneStack())
    c.settings_path = tmp_path / "settings.toml"
    yield c
    pygame.display.quit()


def test_controls_screen_remaps_refuses_conflicts_and_saves(ctx):
    from game import settings
    from game.scenes.controls import ControlsScene

    scene = ControlsScene(ctx)
    ctx.stack.push(scene)
    ctx.stack.apply()
    for _ in range(4):
        tap(ctx, pygame.K_DOWN)               # to JAB, column P1 KEY
    tap(ctx, pygame.K_RETURN)
    assert scene.listening
    tap(ctx, pygame.K_k, P2_KEYS["jab"])      # p2's jab: refused
    assert scene.message.startswith("REFUSED") and "P2'S JAB" in scene.message
    assert ctx.settings.keys[0]["jab"] == P1_KEYS["jab"]
    tap(ctx, pygame.K_RETURN)
    tap(ctx, pygame.K_j, pygame.KSCAN_J)
    assert ctx.keyboard.bindings[0]["jab"] == pygame.KSCAN_J
    saved, messages = settings.load(ctx.settings_path)
    assert messages == [] and saved.keys[0]["jab"] == pygame.KSCAN_J
    frame = pygame.Surface((640, 360))
    ctx.stack.draw(frame)                     # draws headless without error
    tap(ctx, pygame.K_ESCAPE)
    assert ctx.stack.top is None


def test_focus_loss_pauses_the_fight_and_releases_held_keys(ctx):
    from game.app import route_event
    from game.bout import FightSpec
    from game.scenes.fight import FightScene
    from game.scenes.pause import PauseScene
    from game.sim.match import MatchSetup

    spec = FightSpec(MatchSetup(),
                     "versus", ("normal", "normal"), ("keyboard", "keyboard"))
    fight = FightScene(ctx, spec)
    ctx.stack.push(fight)
    ctx.stack.apply()
    route_event(ctx, pygame.event.Event(pygame.KEYDOWN, key=0, scancode=P1_KEYS["guard"],
                                        mod=0, unicode=""))   # held, not tapped
    assert ctx.keyboard.command(0, 1) == BIT["guard"]
    ctx.keyboard.consume()
    assert ctx.keyboard.command(0, 1) == BIT["guard"], "held: on the next tick too"
    route_event(ctx, pygame.event.Event(pygame.WINDOWFOCUSLOST))
    ctx.stack.apply()
    assert isinstance(ctx.stack.top, PauseScene)
    assert ctx.keyboard.command(0, 1) == 0


def test_select_screen_swaps_sides_and_a_pad_start_joins(ctx):
    from game.input.controller import OpenDevice
    from game.input.gamepad import Pad, PadEvent, as_event
    from game.scenes.select import SelectScene

    scene = SelectScene(ctx, "versus")
    ctx.stack.push(scene)
    ctx.stack.apply()
    ctx.pads.pads[5] = Pad(OpenDevice(5, "Test Pad", "controller", None))
    assert scene.can_join("p1") and scene.can_join("p2")
    scene.handle(as_event(PadEvent("press", 5, "start"), "Test Pad"))
    assert ctx.seats.pad(0) == 5 and scene.device_label("p1") == "P1: PAD: TEST PAD"
    tap(ctx, pygame.K_TAB)
    assert ctx.seats.pad(1) == 5 and ctx.seats.kind(0) == "keyboard"
    frame = pygame.Surface((640, 360))
    ctx.stack.draw(frame)
