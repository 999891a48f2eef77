"""Frame pacing and the Presenter's memory, on a fake clock: a window run sleeps until the
next tick instead of spinning, presents at most once a refresh, skips frames that did not
change, and does not take a new window's pointer report for a move."""

from __future__ import annotations

import pygame
import pytest

from game.loop import TICK_S, FixedStepper, FramePacer
from game.present import Presenter


class Clock:
    def __init__(self) -> None:
        self.t = 100.0
        self.slept: list[float] = []

    def now(self) -> float:
        return self.t

    def sleep(self, s: float) -> None:
        self.slept.append(s)
        self.t += s


def test_the_loop_sleeps_until_the_next_tick_is_due():
    clock = Clock()
    stepper = FixedStepper(clock.now)
    pacer = FramePacer(60, clock.now, clock.sleep)
    clock.t += TICK_S * 0.25
    assert stepper.due() == 0
    assert stepper.until_next() == pytest.approx(TICK_S * 0.75)
    pacer.wait(stepper.until_next())
    assert stepper.due() == 1 and clock.slept == [pytest.approx(TICK_S * 0.75)]
    pacer.wait(0.0)                       # a tick already due: no sleep at all
    assert len(clock.slept) == 1


@pytest.mark.parametrize("hz, interval", [(60, 1 / 60), (144, 1 / 144), (0, 1 / 60),
                                           (None, 1 / 60)])
def test_never_more_than_one_present_a_refresh(hz, interval):
    clock = Clock()
    pacer = FramePacer(hz, clock.now, clock.sleep)
    assert pacer.may_present()
    pacer.presenting()
    clock.t += interval * 0.5
    assert not pacer.may_present()
    pacer.wait(1.0, pending=True)         # a frame held back: sleep only until it may go
    assert clock.slept == [pytest.approx(interval * 0.4)]
    assert pacer.may_present()


def test_a_frame_that_took_time_to_draw_does_not_cost_the_next_tick_its_present():
    clock = Clock()
    pacer = FramePacer(60, clock.now, clock.sleep)
    pacer.presenting()
    clock.t += 0.003                      # drawing and flipping took 3 ms
    clock.t += TICK_S - 0.003 - 0.0005    # the next tick, woken half a millisecond early
    assert pacer.may_present()


@pytest.fixture
def presenter():
    pygame.display.init()
    try:
        yield Presenter(pygame.display.set_mode((1280, 720)))
    finally:
        pygame.display.quit()


def test_an_unchanged_frame_is_not_presented_again(presenter):
    presenter.frame.fill((1, 2, 3))
    assert presenter.changed()
    assert not presenter.changed()        # the same picture: nothing to present
    presenter.frame.set_at((639, 359), (9, 9, 9))
    assert presenter.changed()
    presenter.invalidate()                # the window was exposed: put it back
    assert presenter.changed()


def test_a_new_windows_pointer_report_is_not_a_move(presenter):
    assert not presenter.pointer_moved((300, 200))   # where the pointer already was
    assert not presenter.pointer_moved((300, 200))   # reported again, still unmoved
    assert presenter.pointer_moved((301, 200))


def test_mouse_positions_map_through_the_letterbox():
    pygame.display.init()
    try:
        p = Presenter(pygame.display.set_mode((1500, 860)))
        assert p.rect == pygame.Rect(110, 70, 1280, 720)
        assert p.to_logical((110, 70)) == (0, 0)
        assert p.to_logical((111, 71)) == (0, 0)
        assert p.to_logical((112, 72)) == (1, 1)
        assert p.to_logical((110 + 1279, 70 + 719)) == (639, 359)
    finally:
        pygame.display.quit()


def test_a_scene_frozen_under_a_menu_is_drawn_once_and_copied():
    """A paused fight cannot change (only the top scene is ticked): its picture is drawn once
    and copied under the menu; a new scene below is drawn afresh."""
    from game.scenes.base import Scene, SceneStack

    class Painted(Scene):
        def __init__(self, colour) -> None:
            super().__init__(None)
            self.colour, self.draws = colour, 0

        def draw(self, surface) -> None:
            self.draws += 1
            surface.fill(self.colour)

    class Menu(Scene):
        transparent = True

        def draw(self, surface) -> None:
            surface.fill((255, 255, 255), (0, 0, 10, 10))

    stack = SceneStack(fade_out_ticks=0)
    frame = pygame.Surface((640, 360))
    fight = Painted((10, 20, 30))
    stack.push(fight)
    stack.apply()
    stack.push(Menu(None))
    stack.apply()
    stack.fade = 0
    for _ in range(5):
        frame.fill((0, 0, 0))
        stack.draw(frame)
    assert fight.draws == 1
    assert frame.get_at((320, 180))[:3] == (10, 20, 30) and frame.get_at((5, 5))[:3] == (
        255, 255, 255)
    other = Painted((90, 0, 0))
    stack.scenes[0] = other                 # a restart put another fight below
    stack.draw(frame)
    assert other.draws == 1 and frame.get_at((320, 180))[:3] == (90, 0, 0)
