"""The hit shapes pymunk queries are where the drawn pose says, on every tick.

Why its own tests: the sim skips re-placing a man's hurtboxes and fist when nothing about them
changed (it is most of the cost of a tick otherwise), so a forgotten change (a turn after a
roll-out, a knockdown hiding the boxes, a punch aimed lower) would leave a punch landing on a
man who is not there. Both checks run fights where men roll, punch, block and go down.
"""

from __future__ import annotations

import dataclasses
import hashlib
import math

import pytest

from game.ai.brain import CpuBrain
from game.sim import combat, physics
from game.sim.actions import command
from game.sim.match import Match, MatchSetup
from game.sim.physics import RingWorld, _Placed
from tests.simhelpers import fight
from tests.test_roll_out import ROLL, pinned_match

HIDDEN_Y = -19.0   # hidden hurtboxes sit 20 m under the canvas, the fist 30 m


def expected_shapes(m: Match, i: int) -> tuple:
    """Fighter i's hit shapes as the rules say they should be now (world geometry)."""
    f = m.fighters[i]
    x = m.world.x(i)
    boxes = f.atlas.poses[m.view().fighters[i].pose]
    # the shapes were placed before this tick's punches landed: a man knocked down this tick
    # was still standing then
    floored = any(e.kind == "knockdown" and e.side == f.side for e in m.events)
    vulnerable = floored or f.state not in ("down", "ko", "getup") and not (
        f.state == "pivot" and f.state_tick > combat.PIVOT_DIP_TICKS)
    head = body = None
    if vulnerable:
        hx, hy, hr = boxes.head
        bx0, by0, bx1, by1 = boxes.body
        xa, xb = sorted((bx0 * f.facing, bx1 * f.facing))
        head = (x + hx * f.facing, hy, hr)
        body = (x + xa, by0, x + xb, by1)
    fist = m.placed_fists[i]
    if fist is not None:
        fx0, fy0, fx1, fy1, fr = fist
        fist = (x + fx0 * f.facing, fy0, x + fx1 * f.facing, fy1, fr)
    return head, body, fist


def actual_shapes(m: Match, i: int) -> tuple:
    """What pymunk holds for fighter i (None for a shape hidden under the canvas)."""
    w = m.world
    bx = w.hit_bodies[i].position.x
    head = w.heads[i]
    head_t = (bx + head.offset.x, head.offset.y, head.radius)
    vs = w.torsos[i].get_vertices()
    body_t = (bx + min(v.x for v in vs), min(v.y for v in vs),
              bx + max(v.x for v in vs), max(v.y for v in vs))
    seg = w.fists[i]
    fist_t = (bx + seg.a.x, seg.a.y, bx + seg.b.x, seg.b.y, seg.radius)
    return (None if head_t[1] < HIDDEN_Y else head_t,
            None if body_t[1] < HIDDEN_Y else body_t,
            None if fist_t[1] < HIDDEN_Y else fist_t)


def step(m: Match, c1: int = 0, c2: int = 0) -> None:
    """One tick, then check the shapes (unless it was a hit's freeze: nothing moves then)."""
    frozen = m.hitstop > 0
    m.step(c1, c2)
    if not frozen:
        assert_shapes_follow(m)


def geometry_bb(shape) -> tuple:
    """The bounding box a shape's current geometry has (what pymunk indexes it by)."""
    x = shape.body.position.x
    if hasattr(shape, "offset"):
        r = shape.radius
        return (x + shape.offset.x - r, shape.offset.y - r, x + shape.offset.x + r,
                shape.offset.y + r)
    if hasattr(shape, "a"):
        r = shape.radius
        xs, ys = (shape.a.x, shape.b.x), (shape.a.y, shape.b.y)
    else:
        r = 0.0
        xs = tuple(v.x for v in shape.get_vertices())
        ys = tuple(v.y for v in shape.get_vertices())
    return x + min(xs) - r, min(ys) - r, x + max(xs) + r, max(ys) + r


def assert_shapes_follow(m: Match) -> None:
    w = m.world
    for shape in (*w.heads, *w.torsos, *w.fists):   # re-indexed after every change
        bb = shape.bb
        assert (bb.left, bb.bottom, bb.right, bb.top) == pytest.approx(geometry_bb(shape),
                                                                        abs=1e-9), m.tick
    for i in range(2):
        for name, want, got in zip(("head", "body", "fist"), expected_shapes(m, i),
                                   actual_shapes(m, i), strict=True):
            where = (m.tick, i, m.fighters[i].state, name)
            assert (got is None) == (want is None), where
            assert want is None or got == pytest.approx(want, abs=1e-9), where


def cpu_fight(ticks: int, forget: bool = False):
    """A CPU fight in which Apollo rolls off the ropes four times in 2000 ticks (seed 8 under
    the fight-depth rules); yields the
    match and both commands for each tick, for the caller to step. `forget` re-places every
    shape every tick (as if nothing were remembered), the slow way that the skipping must match
    bit for bit."""
    m = Match(MatchSetup(seed=8, fighters=("apollo", "drago"), round_seconds=30.0))
    brains = CpuBrain("p1", "normal", 8), CpuBrain("p2", "normal", 8)
    for _ in range(ticks):
        if m.over:
            break
        if forget:
            m.world._placed = [_Placed(), _Placed()]
        v = m.view()
        yield m, brains[0].command(v), brains[1].command(v)


def test_shapes_follow_the_pose_through_a_roll_out_and_punches():
    m = pinned_match()
    assert_shapes_follow(m)
    for c1, c2, ticks in ((ROLL, 0, 1), (0, 0, 40), (command("hook"), 0, 1), (0, 0, 30),
                          (0, command("jab"), 1), (0, 0, 30)):
        for _ in range(ticks):
            step(m, c1, c2)
    assert m.fighters[0].facing == -1, "the roll-out turned him round"


def test_shapes_hide_while_a_man_is_down_and_come_back_when_he_rises():
    m = fight(("drago", "rocky"), gap=0.75)
    m.fighters[1].health = 1.0
    seen = set()
    for t in range(900):
        step(m, command("hook") if t % 40 == 0 else 0,
             command("jab") if t > 400 and t % 30 == 0 else 0)
        seen.add(m.fighters[1].state)
    assert "down" in seen


def test_shapes_follow_in_a_cpu_fight():
    rolls = 0
    for m, c1, c2 in cpu_fight(2000):
        step(m, c1, c2)
        rolls += sum(e.kind == "pivot" for e in m.events)
    assert rolls >= 2, "the fight should include roll-outs (facings swap)"


def test_skipping_unchanged_shapes_changes_nothing():
    """Bit for bit: every body's position and speed, tick by tick, as with re-placing always."""
    def digest(forget: bool) -> str:
        h = hashlib.sha256()
        for m, c1, c2 in cpu_fight(2000, forget):
            m.step(c1, c2)
            for body in (*m.world.bodies, *m.world.ropes):
                h.update(repr((body.position, body.velocity)).encode())
            h.update(repr([(f.state, f.health) for f in m.fighters]).encode())
        return h.hexdigest()
    assert digest(False) == digest(True)


def _standing_still(m: Match, signed: bool = True) -> list[int]:
    """The men the legs pass over without a call: stopping (not walking, rolling or sliding
    from a blow) while already at +0.0 (`signed`; else at either zero)."""
    moving = {"walk", "pivot"} | combat.SLIDING_STATES
    vxs = m.world.vxs
    return [i for i, f in enumerate(m.fighters)
            if f.state not in moving and vxs[i] == 0.0
            and (not signed or math.copysign(1.0, vxs[i]) > 0.0)]


def test_skipping_an_unchanged_speed_changes_nothing(monkeypatch):
    """Bit for bit, as with setting every man's speed every tick: most ticks a man standing
    still is "set" to the +0.0 he has, which `Match._drive_legs` passes over, and `set_vx`
    skips any other speed a man already has. It relies on the space never sleeping
    (chipmunk's set would only reset a sleep timer)."""
    skipped = []

    def digest() -> str:
        h = hashlib.sha256()
        for m, c1, c2 in cpu_fight(2000):
            assert m.world.space.sleep_time_threshold == math.inf
            m.step(c1, c2)
            for body in (*m.world.bodies, *m.world.ropes):
                h.update(repr((body.position, body.velocity)).encode())
            h.update(repr([(f.state, f.health) for f in m.fighters]).encode())
        return h.hexdigest()

    def counting_set_vx(world, i: int, vx: float) -> None:
        skipped.append(vx == world.vxs[i])
        set_vx(world, i, vx)

    def counting_legs(m: Match) -> None:
        skipped.extend(True for _ in _standing_still(m))
        drive_legs(m)

    def always_set_vx(world, i: int, vx: float) -> None:   # the call as it was before
        physics._set_velocity(world._body_ptrs[i], (vx, world.vys[i]))
        world.vxs[i] = vx

    def legs_setting_everyone(m: Match) -> None:   # ...and made for every man stopping at 0
        still = [(i, m.world.vxs[i]) for i in _standing_still(m, signed=False)]
        drive_legs(m)
        for i, vx in still:   # the long way's sum: his speed plus the step to 0.0
            always_set_vx(m.world, i, vx + (0.0 - vx))

    set_vx, drive_legs = RingWorld.set_vx, Match._drive_legs
    monkeypatch.setattr(RingWorld, "set_vx", counting_set_vx)
    monkeypatch.setattr(Match, "_drive_legs", counting_legs)
    skipping = digest()
    assert sum(skipped) > 1000, "a fight has many ticks of standing still"
    monkeypatch.setattr(RingWorld, "set_vx", always_set_vx)
    monkeypatch.setattr(Match, "_drive_legs", legs_setting_everyone)
    assert digest() == skipping


def test_a_head_of_another_size_is_sized_again():
    """The ring leaves a head's radius alone while the pose's is the one it shows (one head
    size a man in every atlas today); an atlas whose guard heads are bigger must still get
    them, and the smaller head back when he drops his guard."""
    m = fight(("rocky", "drago"), gap=2.0)
    f = m.fighters[0]
    guard_poses = set(f.atlas.cycles["guard"].poses)
    bigger = {name: dataclasses.replace(box, head=(*box.head[:2], box.head[2] * 1.5))
              if name in guard_poses else box for name, box in f.atlas.poses.items()}
    f.atlas = dataclasses.replace(f.atlas, poses=bigger)
    radii = set()
    for keys in (0, command("guard"), 0):
        for _ in range(20):
            step(m, keys, 0)   # (which checks the shapes against the pose every tick)
        radii.add(m.world.heads[0].radius)
    assert len(radii) == 2
