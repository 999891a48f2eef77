"""The roll-out: DUCK + BACK with your back on the ropes and the other man on top of you.

Why its own rules: it is the one move that changes sides, so it must only work where a boxer
would use it (pinned), must really take him round the other man (not through him, not into
the ropes), must leave both men facing each other again, and must have a price and an answer
(stamina, and a body blow that catches the dip).
"""

from __future__ import annotations

from game.sim.actions import command
from game.sim.combat import PIVOT_DIP_TICKS, PIVOT_STAMINA, PIVOT_TICKS
from game.sim.view import RING_HALF_WIDTH_M
from tests.simhelpers import fight, kinds, run

ROLL = command("duck", "back")


def pinned_match(gap: float = 0.9):
    """p1's back on the left ropes, p2 right on top of him."""
    left = -RING_HALF_WIDTH_M + 0.35
    return fight(("apollo", "drago"), gap=gap, centre=left + gap / 2)


def test_rolling_out_takes_him_round_the_other_man_and_they_face_again():
    m = pinned_match()
    x2 = m.world.x(1)
    stamina = m.fighters[0].stamina
    events = run(m, 1, ROLL)
    assert m.fighters[0].stamina <= stamina - PIVOT_STAMINA + 0.5   # it costs his legs
    events += run(m, PIVOT_TICKS + 10)
    assert kinds(events, "pivot", "p1")
    p1, p2 = m.world.x(0), m.world.x(1)
    assert p1 > p2 + 0.5                      # he came up on the open side of the ring
    assert abs(p2 - x2) < 0.3                 # without carrying the other man along
    assert m.fighters[0].facing == -1 and m.fighters[1].facing == 1
    assert m.fighters[0].state not in ("pivot",)


def test_no_roll_in_the_open_ring_or_with_the_other_man_far_away():
    m = fight(("apollo", "drago"), gap=0.9)          # centre of the ring
    events = run(m, 1, ROLL) + run(m, 5, ROLL)
    assert not kinds(events, "pivot")
    assert m.fighters[0].state == "duck"             # just a duck
    m = pinned_match(gap=2.5)                        # on the ropes, but nobody near
    events = run(m, 1, ROLL)
    assert not kinds(events, "pivot") and m.fighters[0].state == "duck"


def test_holding_the_keys_rolls_once():
    m = pinned_match()
    events = run(m, 80, ROLL)
    assert len(kinds(events, "pivot", "p1")) == 1


def test_a_body_blow_catches_the_dip_but_a_head_punch_misses():
    m = pinned_match(gap=0.8)
    run(m, 1, ROLL)
    assert m.fighters[0].state == "pivot"
    events = run(m, 1, ROLL, command("body")) + run(m, PIVOT_DIP_TICKS - 2, ROLL)
    assert kinds(events, "hit", "p1")          # caught in the dip
    assert m.fighters[0].state == "hitstun"
    m = pinned_match(gap=0.8)
    run(m, 1, ROLL)
    events = run(m, 1, ROLL, command("jab")) + run(m, 20, ROLL)
    assert not kinds(events, "hit", "p1")      # the jab goes over him


def test_rolling_out_is_deterministic():
    def once():
        m = pinned_match()
        run(m, 1, ROLL)
        run(m, 40, 0, command("forward"))
        return [(f.state, round(m.world.x(i), 9)) for i, f in enumerate(m.fighters)]
    assert once() == once()
