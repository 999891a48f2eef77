"""Keyboard events posted into pygame's queue reach the right player's command."""

from __future__ import annotations

import pygame
import pytest

from game.input.keyboard import P1_KEYS, P2_KEYS, KeyboardInput
from game.loop import FixedStepper
from game.sim.actions import BIT, to_names


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
