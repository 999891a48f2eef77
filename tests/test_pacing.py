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
    pacer.presented()
    clock.t += interval * 0.5
    assert not pacer.may_present()
    clock.t += interval * 0.5
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
