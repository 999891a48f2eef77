"""Helpers that put two fighters where a rule can be tested, without going through a menu."""

from __future__ import annotations

from game.sim.actions import command
from game.sim.match import INTRO_TICKS, Match, MatchSetup


def fight(fighters=("rocky", "drago"), gap: float = 0.8, centre: float = 0.0, **kw) -> Match:
    """A match past its intro with the two men `gap` metres apart (centre to centre)."""
    m = Match(MatchSetup(fighters=fighters, **kw))
    for _ in range(INTRO_TICKS + 1):
        m.step(0, 0)
    assert m.phase == "fight"
    place(m, centre - gap / 2, centre + gap / 2)
    return m


def place(m: Match, x1: float, x2: float) -> None:
    for body, x in zip(m.world.bodies, (x1, x2), strict=True):
        body.position = (x, body.position.y)
        body.velocity = (0.0, 0.0)
    m.step(0, 0)


def press(m: Match, c1: str | tuple = (), c2: str | tuple = (), hold: int = 1) -> list:
    """Press (hold for `hold` ticks) then release; returns the events seen."""
    a = command(*(c1 if isinstance(c1, tuple) else (c1,)))
    b = command(*(c2 if isinstance(c2, tuple) else (c2,)))
    events = []
    for _ in range(hold):
        m.step(a, b)
        events.extend(m.events)
    return events


def run(m: Match, ticks: int, c1: int = 0, c2: int = 0) -> list:
    events = []
    for _ in range(ticks):
        m.step(c1, c2)
        events.extend(m.events)
    return events


def kinds(events, kind: str, side: str | None = None) -> list:
    return [e for e in events if e.kind == kind and (side is None or e.side == side)]
