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


class SaneFight:
    """What must hold on every tick of any fight, whatever is pressed.

    Why a class: two men may pass each other only by rolling out off the ropes, and a man
    caught in the roll's dip may stand inside the other for a few ticks while the bodies push
    apart; so "never inside each other" is checked as "never for long", which needs a memory.
    """

    INSIDE_M = 0.45        # closer than this, centre to centre, the bodies overlap
    LONGEST_INSIDE = 20    # ticks they may take to push apart after an interrupted roll

    def __init__(self) -> None:
        self.inside = 0
        self.rolls = 0

    def check(self, v) -> None:
        import math

        from game.sim.physics import ROPE_MAX_GIVE
        from game.sim.view import RING_HALF_WIDTH_M

        for fv in v.fighters:
            assert math.isfinite(fv.x_m) and math.isfinite(fv.vx_mps)
            assert 0.0 <= fv.health <= fv.health_max
            assert 0.0 <= fv.stamina <= fv.stamina_max
            assert 0.0 <= fv.heart <= fv.heart_max
            assert abs(fv.x_m) < RING_HALF_WIDTH_M + ROPE_MAX_GIVE  # however far they bow
        a, b = v.fighters
        assert a.facing == -b.facing and a.facing * (b.x_m - a.x_m) >= 0  # face each other
        self.rolls += sum(e.kind == "pivot" for e in v.events)
        rolling = a.state == "pivot" or b.state == "pivot"
        apart = abs(a.x_m - b.x_m) >= self.INSIDE_M
        self.inside = 0 if rolling or apart else self.inside + 1
        assert self.inside < self.LONGEST_INSIDE, (v.tick, a.x_m, b.x_m)
