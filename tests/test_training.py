"""Training mode: the dummy's modes, boxes on screen, frame data, pause and frame-step."""

from __future__ import annotations

import pygame
import pytest

from game.audio import NullAudio
from game.cli import parse
from game.input.keyboard import P1_KEYS, KeyboardInput
from game.scenes.base import SceneStack
from game.sim.data import default_game_data
from game.sim.framedata import frame_data


@pytest.fixture()
def gym():
    from game.app import Context
    from game.scenes.build import build, training_spec

    pygame.display.init()
    pygame.display.set_mode((1280, 720))
    ctx = Context(parse(["--headless"]), NullAudio(), KeyboardInput(), SceneStack())
    scene = build(ctx, training_spec(("rocky", "drago"), "las_vegas", 0))
    ctx.stack.push(scene)
    ctx.stack.apply()
    for _ in range(125):
        scene.update()
    yield ctx, scene
    pygame.display.quit()


def key(scene, k: int) -> None:
    scene.handle(pygame.event.Event(pygame.KEYDOWN, key=k, scancode=0, mod=0, unicode=""))


def press_jab(ctx, scene) -> None:
    for kind in (pygame.KEYDOWN, pygame.KEYUP):
        ctx.keyboard.handle(pygame.event.Event(kind, key=0, scancode=P1_KEYS["jab"], mod=0,
                                               unicode=""))


def close_in(scene) -> None:
    for body, x in zip(scene.match.world.bodies, (-0.4, 0.4), strict=True):
        body.position = (x, body.position.y)


def _advantage(move: str, defence: tuple[str, ...]) -> int:
    """Throw `move` from a standing start at a man standing (or holding `defence`) in range;
    ticks between the attacker being free and the defender being free (+: attacker first)."""
    from game.sim.actions import command
    from tests.simhelpers import fight

    m = fight(("rocky", "rocky"), gap=0.75, ring_half_width=30.0)
    hold = command(*defence)
    for _ in range(10):
        m.step(0, hold)
    m.step(command(move), hold)
    free = [None, None]
    busy = ("attack", "hitstun", "blockstun")
    contact = False
    for tick in range(200):
        m.step(0, 0 if contact else hold)
        contact = contact or any(e.kind in ("hit", "block") for e in m.events)
        for i, f in enumerate(m.fighters):
            if contact and free[i] is None and f.state not in busy:
                free[i] = tick
        if None not in free:
            break
    return free[1] - free[0]


@pytest.mark.parametrize("move", ["jab", "hook", "uppercut", "body"])
def test_frame_data_is_what_the_fight_does(move):
    """The training screen's on-hit and on-block figures, measured in a real fight: a punch
    landing on its first active tick from a standing start."""
    fd = frame_data(default_game_data().moves[move])
    guard = ("duck", "guard") if move == "body" else ("guard",)
    assert _advantage(move, ()) == fd.on_hit
    assert _advantage(move, guard) == fd.on_block
    assert fd.on_block < fd.on_hit


def test_dummy_guards_when_told_and_the_panel_shows_the_damage(gym):
    ctx, scene = gym
    key(scene, pygame.K_F2)
    assert scene.dummy_mode == "GUARD"
    scene.update()
    close_in(scene)
    press_jab(ctx, scene)
    events = []
    for _ in range(30):
        scene.update()
        ctx.keyboard.consume()
        events += scene.view.events
    assert any(e.kind == "block" for e in events)
    assert scene.last_move == "jab" and 0 < scene.last_damage < 1.0


def test_pause_and_frame_step(gym):
    ctx, scene = gym
    key(scene, pygame.K_F3)
    t = scene.match.tick
    for _ in range(5):
        scene.update()
    assert scene.match.tick == t
    key(scene, pygame.K_F4)
    scene.update()
    scene.update()
    assert scene.match.tick == t + 1


def test_boxes_are_drawn_over_the_fighters(gym):
    ctx, scene = gym
    on = pygame.Surface((640, 360))
    scene.draw(on)
    scene.overlay = False
    off = pygame.Surface((640, 360))
    scene.draw(off)
    x = round(320 + scene.view.fighters[1].x_m * 80)
    blue = sum(on.get_at((px, py))[:3] == (80, 200, 255)
               for px in range(x - 40, x + 40) for py in range(100, 318))
    assert blue > 40
    assert all(off.get_at((px, py))[:3] != (80, 200, 255)
               for px in range(x - 40, x + 40, 3) for py in range(100, 318, 3))


def test_the_gym_never_ends(gym):
    ctx, scene = gym
    key(scene, pygame.K_F2)
    key(scene, pygame.K_F2)
    key(scene, pygame.K_F2)
    key(scene, pygame.K_F2)
    assert scene.dummy_mode == "PUNCH BACK"
    for _ in range(1500):
        close_in(scene) if scene.match.tick % 200 == 0 else None
        scene.update()
    assert not scene.match.over and scene.match.phase == "fight"


def test_the_ropes_dummy_pins_you_and_the_roll_out_gets_you_off(gym):
    from game.sim.actions import command
    from game.sim.combat import pinned

    ctx, scene = gym
    while scene.dummy_mode != "ROPES":
        key(scene, pygame.K_F2)
    for _ in range(600):
        scene.update()
    you, dummy = scene.view.fighters
    assert pinned(you.x_m, you.facing, dummy.x_m)          # walked onto the ropes
    from game.bout import HeldSource

    scene.bout.sources[0] = HeldSource(command("duck", "back"))   # the player rolls out
    rolled = []
    for _ in range(40):
        scene.update()
        rolled += [e for e in scene.view.events if e.kind == "pivot"]
    assert rolled
    you, dummy = scene.view.fighters
    assert abs(you.x_m) < abs(dummy.x_m)                    # out in the open ring
