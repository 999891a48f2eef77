"""Pads reach the right player's command: posted events for the mapping layer, and SDL's
virtual joystick (a device SDL believes in) for hot-plug, pause on unplug and resume."""

from __future__ import annotations

import pygame
import pytest

from game.audio import NullAudio
from game.cli import parse
from game.input.controller import OpenDevice
from game.input.gamepad import GamepadInput, Pad
from game.input.keyboard import KeyboardInput
from game.scenes.base import SceneStack
from game.sim.actions import BIT, to_names
from tests.vpad import NO_SDL_REASON, SDL, TYPE_UNKNOWN, VirtualPad

needs_sdl = pytest.mark.skipif(SDL is None, reason=NO_SDL_REASON)


def fake_pads(family: str = "controller") -> GamepadInput:
    pads = GamepadInput()
    pads._started = True
    pads.pads[7] = Pad(OpenDevice(7, "TEST PAD", family, None))
    return pads


def ev(kind: int, **kw) -> pygame.event.Event:
    return pygame.event.Event(kind, instance_id=7, **kw)


def test_controller_buttons_map_to_actions_and_joy_duplicates_are_ignored():
    pads = fake_pads("controller")
    pads.handle(ev(pygame.CONTROLLERBUTTONDOWN, button=pygame.CONTROLLER_BUTTON_A))
    pads.handle(ev(pygame.JOYBUTTONDOWN, button=3, joy=0))  # the same press, JOY* family
    assert to_names(pads.command(7, 1)) == ["jab"]
    pads.handle(ev(pygame.CONTROLLERBUTTONUP, button=pygame.CONTROLLER_BUTTON_A))
    pads.consume()
    assert pads.command(7, 1) == 0


def test_a_tap_between_ticks_reaches_exactly_one_tick():
    pads = fake_pads()
    pads.handle(ev(pygame.CONTROLLERBUTTONDOWN, button=pygame.CONTROLLER_BUTTON_Y))
    pads.handle(ev(pygame.CONTROLLERBUTTONUP, button=pygame.CONTROLLER_BUTTON_Y))
    assert pads.command(7, 1) == BIT["uppercut"]
    pads.consume()
    assert pads.command(7, 1) == 0


def test_dpad_and_stick_both_move_with_a_dead_zone():
    pads = fake_pads()
    pads.handle(ev(pygame.CONTROLLERAXISMOTION, axis=pygame.CONTROLLER_AXIS_LEFTX, value=-6000))
    pads.consume()
    assert pads.command(7, 1) == 0, "a resting stick's drift is inside the dead-zone"
    pads.handle(ev(pygame.CONTROLLERAXISMOTION, axis=pygame.CONTROLLER_AXIS_LEFTX, value=30000))
    assert pads.command(7, 1) == BIT["forward"]
    assert pads.command(7, -1) == BIT["back"]
    pads.handle(ev(pygame.CONTROLLERAXISMOTION, axis=pygame.CONTROLLER_AXIS_LEFTX, value=0))
    pads.handle(ev(pygame.CONTROLLERBUTTONDOWN, button=pygame.CONTROLLER_BUTTON_DPAD_LEFT))
    pads.handle(ev(pygame.CONTROLLERBUTTONDOWN, button=pygame.CONTROLLER_BUTTON_DPAD_UP))
    pads.consume()
    assert set(to_names(pads.command(7, 1))) == {"back", "guard"}


def test_triggers_are_buttons_past_half_way_and_bindings_are_per_player():
    pads = fake_pads()
    pads.handle(ev(pygame.CONTROLLERAXISMOTION, axis=pygame.CONTROLLER_AXIS_TRIGGERLEFT,
                   value=10000))
    assert pads.command(7, 1) == 0
    pads.handle(ev(pygame.CONTROLLERAXISMOTION, axis=pygame.CONTROLLER_AXIS_TRIGGERLEFT,
                   value=30000))
    assert pads.command(7, 1) == BIT["duck"]
    mine = {"duck": "a", "jab": "lefttrigger"}
    assert pads.command(7, 1, mine) == BIT["jab"]


def test_plain_joystick_uses_joy_events_buttons_axes_and_hat():
    pads = fake_pads("joystick")
    pads.handle(ev(pygame.CONTROLLERBUTTONDOWN, button=pygame.CONTROLLER_BUTTON_A))
    assert pads.command(7, 1) == 0, "a plain joystick has no CONTROLLER* family"
    pads.handle(ev(pygame.JOYBUTTONDOWN, button=2, joy=0))       # x: hook
    pads.handle(ev(pygame.JOYHATMOTION, hat=0, value=(1, 0), joy=0))
    assert set(to_names(pads.command(7, 1))) == {"hook", "forward"}
    pads.handle(ev(pygame.JOYHATMOTION, hat=0, value=(0, 0), joy=0))
    pads.handle(ev(pygame.JOYAXISMOTION, axis=1, value=0.9, joy=0))  # stick down
    pads.consume()
    assert set(to_names(pads.command(7, 1))) == {"hook", "duck"}


# --- the real device path ------------------------------------------------------------------

@pytest.fixture()
def ctx():
    from game.app import Context

    pygame.display.init()
    pygame.display.set_mode((640, 360))
    c = Context(parse(["--headless", "--round-seconds", "30", "--rounds", "1"]), NullAudio(),
                KeyboardInput(), SceneStack())
    c.pads.start()
    made: list[VirtualPad] = []
    c.made = made  # type: ignore[attr-defined]
    yield c
    for pad in made:
        pad.unplug()
    pygame.event.get()
    pygame.display.quit()


def plug(c, kind: int = 1) -> VirtualPad:
    pad = VirtualPad(kind)
    c.made.append(pad)
    pump(c)
    return pad


def pump(c) -> None:
    from game.app import route_event

    for event in pygame.event.get():
        route_event(c, event)
    c.stack.apply()


def tick(c, n: int = 1) -> None:
    from game.app import step

    for _ in range(n):
        pump(c)
        step(c)


def press(c, pad: VirtualPad, button: str) -> None:
    pad.button(button, True)
    pump(c)
    pad.button(button, False)
    pump(c)


@needs_sdl
def test_a_virtual_controller_is_one_device_and_its_press_reaches_its_player(ctx):
    from game.bout import FightSpec
    from game.scenes.fight import FightScene
    from game.scenes.pause import ReconnectScene
    from game.sim.match import MatchSetup

    pad = plug(ctx)
    assert list(ctx.pads.pads) == [pad.instance_id], "JOY* and CONTROLLER* ADDED: one pad"
    assert ctx.pads.pads[pad.instance_id].device.family == "controller"
    spec = FightSpec(MatchSetup(round_seconds=30, rounds=1), "versus", ("easy", "easy"),
                     ("cpu", "gamepad"))
    fight = FightScene(ctx, spec)
    ctx.stack.push(fight)
    ctx.stack.apply()
    assert ctx.seats.pad(1) == pad.instance_id
    tick(ctx, 130)
    assert fight.match.phase == "fight"
    pad.button("x", True)  # hook, through SDL: CONTROLLER* and JOY* both arrive
    pump(ctx)
    assert to_names(fight.bout.sources[1].command(fight.view)) == ["hook"]
    pad.button("x", False)
    tick(ctx, 1)

    pad.unplug()  # hot-unplug mid-fight: paused, asking for the pad
    ctx.made.remove(pad)
    tick(ctx, 2)
    assert isinstance(ctx.stack.top, ReconnectScene)
    frozen = fight.match.tick
    tick(ctx, 10)
    assert fight.match.tick == frozen

    again = plug(ctx)  # plugged back in (a new instance id): resumes by itself
    tick(ctx, 2)
    assert ctx.stack.top is fight
    assert ctx.seats.pad(1) == again.instance_id
    tick(ctx, 3)
    assert fight.match.tick > frozen


@needs_sdl
def test_a_plain_virtual_joystick_falls_back_to_joy_events(ctx):
    pad = plug(ctx, TYPE_UNKNOWN)
    iid = pad.instance_id
    assert ctx.pads.pads[iid].device.family == "joystick"
    pad.button(0, True)
    pad.hat(8)  # SDL_HAT_LEFT
    pump(ctx)
    assert set(ctx.pads.actions(iid)) == {"jab", "left"}


def walk_in_and_trade(c, fight, hold, punch) -> None:
    """Both men walk in, then throw jabs until each has landed one."""
    tick(c, 130)
    assert fight.match.phase == "fight"
    hold(True)
    for _ in range(200):
        tick(c, 1)
        if abs(fight.match.world.x(0) - fight.match.world.x(1)) < 1.1:
            break
    hold(False)
    for k in range(60):
        punch(k % 2)
        tick(c, 14)
        f = fight.match.fighters
        if f[0].punches_landed >= 1 and f[1].punches_landed >= 1:
            break
    landed = [f.punches_landed for f in fight.match.fighters]
    assert min(landed) >= 1, landed


def title_to_versus_fight(c, press_confirm, press_down, join) -> object:
    from game.scenes.fight import FightScene
    from game.scenes.select import SelectScene
    from game.scenes.title import TitleScene

    c.stack.push(TitleScene(c))
    c.stack.apply()
    tick(c, 2)
    press_confirm()   # open the menu
    tick(c, 1)
    for _ in range(2):
        press_down()  # past STORY and EXHIBITION to VERSUS
        tick(c, 1)
    press_confirm()
    tick(c, 1)
    assert isinstance(c.stack.top, SelectScene)
    join()
    tick(c, 1)
    for _ in range(3):
        press_down()  # to FIGHT!
        tick(c, 1)
    press_confirm()
    tick(c, 1)
    assert isinstance(c.stack.top, FightScene)
    return c.stack.top


@needs_sdl
def test_two_virtual_pads_from_the_title_to_a_fight_where_both_land_punches(ctx):
    a, b = plug(ctx), plug(ctx)

    def join():
        press(ctx, a, "start")
        press(ctx, b, "start")
        assert (ctx.seats.pad(0), ctx.seats.pad(1)) == (a.instance_id, b.instance_id)

    fight = title_to_versus_fight(ctx, lambda: press(ctx, a, "a"),
                                  lambda: press(ctx, b, "dpdown"), join)
    assert fight.controls == ("gamepad", "gamepad")

    def hold(down):
        a.axis(0, 32000 if down else 0)       # p1: left stick right
        b.button("dpleft", down)              # p2: D-pad left
        pump(ctx)

    walk_in_and_trade(ctx, fight, hold, lambda k: press(ctx, (a, b)[k], "a"))


@needs_sdl
def test_one_pad_and_the_keyboard_from_the_title_to_a_fight_where_both_land_punches(ctx):
    from game.input.keyboard import P2_KEYS

    pad = plug(ctx)

    def key(code, down=True, k=0):
        kind = pygame.KEYDOWN if down else pygame.KEYUP
        from game.app import route_event

        route_event(ctx, pygame.event.Event(kind, key=k, scancode=code, mod=0, unicode=""))
        ctx.stack.apply()

    def join():
        press(ctx, pad, "start")
        assert ctx.seats.pad(0) == pad.instance_id and ctx.seats.kind(1) == "keyboard"

    def tap(k):  # down and up, as a keyboard sends it
        key(0, k=k)
        key(0, False, k=k)

    fight = title_to_versus_fight(ctx, lambda: tap(pygame.K_RETURN),
                                  lambda: tap(pygame.K_DOWN), join)
    assert fight.controls == ("gamepad", "keyboard")

    def hold(down):
        pad.button("dpright", down)
        key(P2_KEYS["left"], down)
        pump(ctx)

    def punch(k):
        if k == 0:
            press(ctx, pad, "a")
        else:
            key(P2_KEYS["jab"])
            key(P2_KEYS["jab"], False)

    walk_in_and_trade(ctx, fight, hold, punch)


def test_p1_gamepad_without_a_pad_waits_for_one_and_exits_cleanly(tmp_path):
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    out = subprocess.run([sys.executable, "-m", "game", "--headless", "--mode", "versus",
                          "--p1", "gamepad", "--frames", "30", "--result-json",
                          str(tmp_path / "r.json")], env={**os.environ, "PYTHONPATH": str(root)},
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    doc = json.loads((tmp_path / "r.json").read_text())
    assert doc["fight"] is not None and doc["ticks"] == 30
