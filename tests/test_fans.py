"""The fans in the stands take sides as the crowd meter says, in every fight.

Why: the story's Moscow hall starts against Rocky and turns; the meter showed it, the stands
did not (each figure picked a side at random). Now the share of the hall cheering for p1 is
the meter's share, so a big moment shows who the hall is with: the hurt man's fans groan
(the boo poses), the others cheer.
"""

from __future__ import annotations

import dataclasses

import pygame
import pytest

from game.render.crowd import Crowd
from game.render.venue import VenueRenderer
from game.sim.match import Match, MatchSetup
from game.sim.view import Event, MatchView
from tests.scenehelpers import headless_context

CHEER, BOO = (2, 3), (4, 5)         # the crowd sheet's poses (crowd.py: Figure.cells)


class Recorder:
    """Stands in for the screen: remembers every figure cell drawn."""

    def __init__(self) -> None:
        self.cells: list[pygame.Surface] = []

    def blit(self, cell: pygame.Surface, pos: tuple[int, int]) -> None:
        self.cells.append(cell)


def kinds(crowd: Crowd, frame: int = 7) -> tuple[int, int]:
    """(cheering, booing) figures as drawn on this frame."""
    pose_of = {id(c): k for f in crowd.figures for k, c in enumerate(f.cells)}
    screen = Recorder()
    crowd.draw(screen, frame)   # type: ignore[arg-type]
    poses = [pose_of[id(c)] for c in screen.cells]
    return sum(p in CHEER for p in poses), sum(p in BOO for p in poses)


@pytest.fixture(scope="module")
def venue():
    with headless_context():
        yield VenueRenderer("moscow")


@pytest.fixture(scope="module")
def base_view() -> MatchView:
    return Match(MatchSetup(venue="moscow")).view()


def moment(base: MatchView, tick: int, crowd: float, down: str) -> MatchView:
    """A view of the tick a man is knocked out (the whole hall jumps up), meter at `crowd`."""
    return dataclasses.replace(base, tick=tick, crowd=crowd, events=(Event("ko", down),))


@pytest.mark.parametrize("down, start", [("p2", 100), ("p1", 150)])
def test_a_knockout_splits_the_hall_as_the_meter_says(venue, base_view, down, start):
    n = len(venue._crowd.figures)
    seen = {}
    for tick, meter in enumerate((-1.0, 0.0, 1.0), start):
        venue._crowd.excitement = 0.0
        venue.advance(moment(base_view, tick, meter, down))
        venue.advance(moment(base_view, tick, meter, down))   # the same tick: once
        seen[meter] = kinds(venue._crowd)
        assert sum(seen[meter]) == n                  # the whole hall is up for it
    groan_all, groan_none = (-1.0, 1.0) if down == "p2" else (1.0, -1.0)
    assert seen[groan_all] == (0, n)                  # the fallen man's hall: all groan
    assert seen[groan_none] == (n, 0)                 # his rival's hall: all cheer
    cheer, boo = seen[0.0]
    assert abs(cheer - boo) <= 1                      # an even meter: an even split


def test_the_share_of_fans_is_the_meters_share_and_drawing_changes_nothing(venue, base_view):
    crowd = venue._crowd
    n = len(crowd.figures)
    for tick, meter in enumerate((-0.8, -0.2, 0.4, 0.9)):
        venue.advance(dataclasses.replace(base_view, tick=200 + tick, crowd=meter, events=()))
        p1 = sum(f.fan == "p1" for f in crowd.figures)
        assert abs(p1 - (meter + 1) / 2 * n) <= 1
    before = [f.fan for f in crowd.figures], crowd.excitement, crowd.hurt
    surface = pygame.Surface((640, 360))
    venue.draw_back(surface, base_view, 3)
    venue.draw_back(surface, dataclasses.replace(base_view, crowd=-1.0), 4)   # draw() reads
    assert ([f.fan for f in crowd.figures], crowd.excitement, crowd.hurt) == before


def test_the_hall_turns_a_fan_at_a_time(venue, base_view):
    """As the meter climbs, fans only ever go over to p1: a turning hall, not a reshuffle."""
    crowd = venue._crowd
    sides = []
    for k in range(21):
        venue.advance(dataclasses.replace(base_view, tick=300 + k, crowd=-1 + k / 10,
                                          events=()))
        sides.append({id(f) for f in crowd.figures if f.fan == "p1"})
    assert all(a <= b for a, b in zip(sides, sides[1:], strict=False))
    assert not sides[0] and len(sides[-1]) == len(crowd.figures)


def test_a_big_punch_makes_the_hit_mans_fans_groan(venue, base_view):
    crowd = venue._crowd
    hit = Event("hit", "p1", weight=1.0)
    venue.advance(dataclasses.replace(base_view, tick=400, crowd=-1.0, events=(hit,)))
    assert crowd.hurt == "p1"
    venue.advance(dataclasses.replace(base_view, tick=401, crowd=-1.0,
                                      events=(Event("counter", "p1"),)))
    assert crowd.hurt == "p2"                       # a counter's side is the man landing it
