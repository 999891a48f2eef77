"""Knockback across the ring, the ropes, and men who cannot walk through each other."""

from __future__ import annotations

from game.sim.actions import command
from game.sim.view import RING_HALF_WIDTH_M
from tests.simhelpers import fight, kinds, press, run


def hook_distance(attacker: str, defender: str) -> float:
    """Attacker on the left hooks an open, standing defender; how far does he travel?"""
    m = fight((attacker, defender), gap=0.75, ring_half_width=30.0)
    start = m.world.x(1)
    events = press(m, "hook") + run(m, 240)
    assert kinds(events, "hit", "p2"), "the hook should land from punching range"
    return m.world.x(1) - start


def test_drago_hook_carries_rocky_across_the_ring():
    assert hook_distance("drago", "rocky") >= 3.5


def test_rockys_hook_moves_drago_less_than_half_as_far():
    drago_on_rocky = hook_distance("drago", "rocky")
    rocky_on_drago = hook_distance("rocky", "drago")
    assert 0.0 < rocky_on_drago < drago_on_rocky / 2


def test_guard_takes_most_of_the_push():
    m = fight(("drago", "rocky"), gap=0.75, ring_half_width=30.0)
    start = m.world.x(1)
    events = press(m, "hook", "guard") + run(m, 200, 0, command("guard"))
    assert kinds(events, "block", "p2")
    assert m.world.x(1) - start < hook_distance("drago", "rocky") / 4


def test_ropes_give_and_throw_a_man_back_inside():
    m = fight(("drago", "rocky"), gap=0.75, centre=1.2)
    events = press(m, "hook") + run(m, 30)
    assert kinds(events, "rope"), "a man driven into the ropes should hit them"
    assert m.view().rope_right_m > 0.05, "the ropes bow where he hits them"
    run(m, 240)
    assert abs(m.world.x(1)) + m.fighters[1].data.half_width_m < RING_HALF_WIDTH_M + 0.05
    assert m.view().rope_right_m < 0.02, "the ropes spring back"


def test_fighters_cannot_walk_through_each_other():
    m = fight(("rocky", "drago"), gap=1.2)
    run(m, 300, command("forward"), command("forward"))
    gap = m.world.x(1) - m.world.x(0)
    min_gap = m.fighters[0].data.half_width_m + m.fighters[1].data.half_width_m
    assert gap >= min_gap - 0.02
    assert m.fighters[0].facing == 1 and m.fighters[1].facing == -1


def test_heavier_man_wins_the_shoving():
    m = fight(("rocky", "drago"), gap=0.6)
    before = (m.world.x(0) + m.world.x(1)) / 2
    run(m, 120, command("forward"), command("forward"))
    after = (m.world.x(0) + m.world.x(1)) / 2
    assert after < before, "Drago, heavier, pushes Rocky back when both walk in"


def test_the_ring_reads_each_number_from_its_own_place_in_chipmunks_array():
    """The tick reads both men and both ropes out of one array in one call; the places are
    picked by the order chipmunk keeps its bodies in, which need not rise."""
    from array import array

    from game.sim.physics import _picker

    floats = memoryview(array("d", [i * 1.5 for i in range(16)]))
    assert _picker([0, 1, 2, 8, 12])(floats) == (0.0, 1.5, 3.0, 12.0, 18.0)
    assert _picker([12, 3, 4, 0])(floats) == (18.0, 4.5, 6.0, 0.0)
