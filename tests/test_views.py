"""The views the brains, the renderer and the sound read: each field is the match's own number,
and a view stays a frozen snapshot however quickly the simulation built it."""

from __future__ import annotations

import dataclasses

import pytest

from game.sim.actions import command
from game.sim.animation import pose_for
from game.sim.match import Match
from game.sim.view import RING_HALF_WIDTH_M, FighterView, MatchView
from tests.simhelpers import fight, press, run

# FighterView fields that are the Fighter's own attribute of the same name
OWN = ("side", "facing", "state", "state_tick", "move", "health", "stamina", "heart",
       "knockdowns_round", "knockdowns_total", "damage_taken", "punches_thrown",
       "punches_landed", "cut", "tired")


def distinct_numbers(m: Match) -> None:
    """Give every number a fighter shows its own value, so two fields swapped cannot pass."""
    for i, f in enumerate(m.fighters):
        base = 10 * (i + 1)
        f.health = base + 1.5
        f.stamina = base + 2.5
        f.heart = base / 100 + 0.3
        f.knockdowns_round, f.knockdowns_total, f.cut = base + 3, base + 4, base + 5
        f.damage_taken = base + 6.5
        f.punches_thrown, f.punches_landed = base + 7, base + 8


def test_every_field_of_the_view_is_the_matchs_own_number():
    m = fight(("apollo", "drago"), gap=0.8)
    press(m, "jab", "hook")
    run(m, 40, command("back"))   # the punches are over; p1 walks away
    distinct_numbers(m)
    v = m.view()
    for i, fv in enumerate(v.fighters):
        f = m.fighters[i]
        for name in OWN:
            assert getattr(fv, name) == getattr(f, name), name
        assert (fv.id, fv.name, fv.short_name) == (f.data.id, f.data.name, f.data.short_name)
        assert (fv.health_max, fv.stamina_max) == (f.data.health_max, f.data.stamina_max)
        assert fv.heart_max == m.game.rules.heart_max
        assert (fv.x_m, fv.vx_mps) == (m.world.x(i), m.world.vx(i))
        assert fv.move_phase == f.phase() and fv.hitstop == m.hitstop
        assert (fv.anim, fv.pose) == pose_for(f, m.game)
    assert v.fighters[0].x_m < v.fighters[1].x_m and v.fighters[0].vx_mps != v.fighters[1].vx_mps
    assert (v.tick, v.phase, v.phase_tick, v.round) == (m.tick, m.phase, m.phase_tick, m.round)
    assert (v.rounds, v.venue) == (m.setup.rounds, m.setup.venue)
    assert (v.clock_ticks_left, v.round_ticks) == (m.clock, m.round_ticks)
    assert (v.rope_left_m, v.rope_right_m) == (m.world.rope_give(0), m.world.rope_give(1))
    assert (v.count, v.downed, v.winner, v.method, v.reason) == (m.count, "", None, None, None)
    assert (v.events, v.crowd) == (m.events, m.crowd)


def test_a_view_is_a_frozen_snapshot_that_later_ticks_do_not_touch():
    m = fight(("rocky", "drago"), gap=1.5)
    v = m.view()
    kept = dataclasses.astuple(v)
    with pytest.raises(dataclasses.FrozenInstanceError):
        v.fighters[0].x_m = 0.0   # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        v.tick = 0   # type: ignore[misc]
    run(m, 30, 0, 0)
    press(m, "jab")
    assert dataclasses.astuple(v) == kept
    assert type(v) is MatchView and type(v.fighters[0]) is FighterView
    again = MatchView(**{f.name: getattr(v, f.name) for f in dataclasses.fields(MatchView)})
    assert again == v and hash(again) == hash(v)
    moved = dataclasses.replace(v.fighters[0], x_m=1.0)   # the story's corner staging does this
    assert moved.x_m == 1.0 and moved.state == v.fighters[0].state


def test_a_man_moved_between_ticks_is_where_the_next_tick_sees_him():
    """The tick keeps its own copy of where the men are; moving a body from outside (as the
    tests and the training room do) must not leave the next tick working from the old copy."""
    m = fight(("apollo", "drago"), gap=2.5)   # mid-ring, far apart: nobody is pinned
    left = -RING_HALF_WIDTH_M + 0.35
    for body, x in zip(m.world.bodies, (left, left + 0.9), strict=True):
        body.position = (x, body.position.y)
    m.step(command("duck", "back"), 0)
    assert m.fighters[0].state == "pivot", "on the ropes with the other man on top: he rolls"
