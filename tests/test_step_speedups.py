"""The tick's shortcuts change nothing a player could see.

Why its own tests: `Match.step` skips work it can prove would change nothing (re-placing the
hit shapes of a man still in the same stance, pose and place; a stance's pose read from a
table made once; the breath's rates looked up, not worked out), and a shortcut that is wrong
only now and then would quietly change fights. Each test compares a shortcut with the long
way, or pins the rule the shortcut now carries to the numbers in the game's data.
"""

from __future__ import annotations

import dataclasses
import hashlib
import math

import pytest

from game.sim.actions import command
from game.sim.animation import LOOPING_STATES, pose_for
from game.sim.match import Match, _Placed
from game.sim.physics import RingWorld
from game.sim.physics import _Placed as _PhysicsPlaced
from tests.simhelpers import fight, run
from tests.test_hit_shapes import cpu_fight


def _fight_digest(forget: bool) -> str:
    """Every body's position and speed, where the hit shapes are, both men's state, health and
    stamina and the events, tick by tick, in
    a CPU fight with roll-outs; `forget`: nothing remembers what was placed, so every tick
    places both men's shapes afresh (the long way)."""
    h = hashlib.sha256()
    for m, c1, c2 in cpu_fight(2000):
        if forget:
            m._placed_from = [_Placed(), _Placed()]
            m.world._placed = [_PhysicsPlaced(), _PhysicsPlaced()]
        m.step(c1, c2)
        w = m.world
        for body in (*w.bodies, *w.ropes):
            h.update(repr((body.position, body.velocity)).encode())
        for shape in (*w.heads, *w.torsos, *w.fists):   # where the hit shapes are, as indexed
            h.update(repr((shape.body.position, shape.bb)).encode())
        h.update(repr([(f.state, f.health, f.stamina) for f in m.fighters]).encode())
        h.update(repr(m.events).encode())
    return h.hexdigest()


def test_a_man_left_where_he_stands_fights_exactly_as_one_placed_every_tick():
    assert _fight_digest(forget=False) == _fight_digest(forget=True)


def test_a_man_still_in_his_stance_is_not_placed_again(monkeypatch):
    """The shortcut is taken (most ticks of a man standing or covering still), and only then."""
    m = fight(("rocky", "drago"), gap=2.0)
    placed = []
    place = Match._place
    monkeypatch.setattr(Match, "_place", lambda self, i, x: placed.append(i) or place(self, i, x))
    run(m, 30, command("guard"), 0)
    assert placed.count(0) <= 2, "a man covering still in one pose was placed again"
    placed.clear()
    run(m, 20, command("forward"), 0)
    assert placed.count(0) >= 19, "a walking man's shapes must follow him every tick"


@pytest.mark.parametrize("fighter", ["rocky", "apollo", "drago"])
def test_a_stance_shows_the_pose_its_cycle_gives_on_every_tick(fighter):
    """The stance table against the cycle itself, for two passes and more; a stance whose cycle
    does not loop (an atlas may say so) holds its last pose, as the cycle does."""
    m = fight((fighter, "rocky"))
    f = m.fighters[0]
    atlas = f.atlas
    for state in LOOPING_STATES:
        cycle = atlas.cycles[state]
        f.state = state
        for tick in range(2 * cycle.length + 7):
            f.state_tick = tick
            assert pose_for(f, m.game) == (state, cycle.pose_at(tick)), (state, tick)
    f.atlas = dataclasses.replace(atlas, cycles={
        **atlas.cycles, "guard": dataclasses.replace(atlas.cycles["idle"], loop=False)})
    f.state = "guard"
    for tick in (0, 5, 200):
        f.state_tick = tick
        assert pose_for(f, m.game) == ("guard", f.atlas.cycles["guard"].pose_at(tick))
    assert pose_for(f, m.game)[1] == atlas.cycles["idle"].poses[-1]


@pytest.mark.parametrize("fighter", ["rocky", "apollo", "drago"])
def test_a_punch_shows_the_pose_its_phase_and_timing_give_on_every_tick(fighter):
    """The remembered punch poses against the phases worked out afresh, for every punch at its
    own timing and stretched (tired, a miss, a block), asked in an order that fills the
    memory out of turn; and one pair object a phase and pose (what the placing relies on)."""
    m = fight((fighter, "rocky"))
    f = m.fighters[0]
    f.state = "attack"
    for move_id, anim in f.atlas.punches.items():
        move = m.game.moves[move_id]
        f.move = move_id
        for extra_startup, extra_recovery in ((0, 0), (3, 0), (0, 7), (2, 11)):
            f.startup = move.startup + extra_startup
            f.active = move.active
            f.recovery = move.recovery + extra_recovery
            total = f.startup + f.active + f.recovery
            for tick in [*range(total - 1, -1, -2), *range(0, total, 2)]:
                f.move_tick = tick
                phase = f.phase()
                start = {"startup": 0, "active": f.startup,
                         "recovery": f.startup + f.active}[phase]
                length = {"startup": f.startup, "active": f.active,
                          "recovery": f.recovery}[phase]
                want = (move_id, anim.pose_at(phase, tick - start, length))
                got = pose_for(f, m.game)
                assert got == want, (move_id, tick)
                assert got is anim.pairs[(phase, want[1])]


def _breath_after(state_keys: int, ticks: int, rested: int = 1000) -> tuple[float, Match]:
    m = fight(("rocky", "rocky"), gap=2.5)
    f = m.fighters[0]
    f.stamina = 30.0
    f.since_punch = rested
    run(m, ticks, state_keys, 0)
    return m.fighters[0].stamina - 30.0, m


def test_breath_comes_back_at_the_rules_rate_slower_behind_the_guard():
    standing, m = _breath_after(0, 60)
    rate = m.fighters[0].data.stamina_regen_per_s / 60.0
    assert standing == pytest.approx(60 * rate)
    guarding, _ = _breath_after(command("guard"), 60)
    assert guarding == pytest.approx(60 * rate * m.game.rules.guard_regen_mult, rel=0.05)
    delay = m.game.rules.regen_delay_ticks
    fresh, _ = _breath_after(0, delay - 5, rested=0)
    assert fresh == 0.0, "no breath back until the delay after a punch has passed"


def test_a_full_man_stays_full():
    m = fight(("rocky", "rocky"), gap=2.5)
    f = m.fighters[0]
    run(m, 30)
    assert f.stamina == f.data.stamina_max


def _walked(monkeypatch, keys: int, tired: bool) -> float:
    """The speed his legs drive him at after a second of walking in a wide-open ring (what
    the legs set before each physics step; the canvas's friction takes a little off after)."""
    m = fight(("rocky", "drago"), gap=3.0)
    if tired:
        m.fighters[0].stamina = 1.0
    driven = []
    set_vx = RingWorld.set_vx
    monkeypatch.setattr(RingWorld, "set_vx",
                        lambda w, i, vx: (i == 0 and driven.append(vx), set_vx(w, i, vx)))
    run(m, 60, keys, 0)
    monkeypatch.undo()
    return driven[-1]


def test_a_man_walks_at_his_speed_slower_tired_and_backing_off(monkeypatch):
    m = fight(("rocky", "drago"))
    r, speed = m.game.rules, m.fighters[0].data.walk_speed_mps
    assert _walked(monkeypatch, command("forward"), False) == pytest.approx(speed)
    assert _walked(monkeypatch, command("forward"), True) == pytest.approx(
        speed * r.tired_walk_mult)
    assert _walked(monkeypatch, command("back"), False) == pytest.approx(
        -speed * r.back_walk_mult)


@pytest.mark.parametrize("zero", [0.0, -0.0])
def test_a_man_stopping_at_either_zero_is_left_at_plus_zero(zero):
    """The legs pass over a man standing at +0.0 without setting him (`_drive_legs`); at -0.0
    the long way's sum (-0.0 + the step to 0.0) is +0.0, a different number to chipmunk, so he
    must be set: his body, not only the tick's copy, ends at +0.0."""
    m = fight(("rocky", "drago"), gap=2.5)
    body = m.world.bodies[0]
    body.velocity = (zero, 0.0)
    m.world.sync()
    m._drive_legs()
    for vx in (m.world.vxs[0], body.velocity.x):
        assert vx == 0.0 and math.copysign(1.0, vx) == 1.0, vx
