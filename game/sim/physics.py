"""The ring as a pymunk world: canvas, fighters' bodies, ropes that give, and hit shapes.

Why pymunk: knockback is real momentum (a heavy man moves a light one further than the other
way round), ropes compress and throw a fighter back, bodies cannot pass through each other,
and punches are found by pymunk shape queries against sensor shapes placed from the pose.
"""

from __future__ import annotations

import math
import struct
from collections.abc import Callable
from dataclasses import dataclass
from operator import itemgetter
from typing import Any

import pymunk
from pymunk import cp, ffi

from game.sim.atlas import PoseBoxes
from game.sim.view import RING_HALF_WIDTH_M

DT = 1.0 / 60.0
SUBSTEPS = 2
GRAVITY = 9.81
CANVAS_FRICTION = 0.6          # combined with the fighters' 1.0: 0.6 * g of braking
ROPE_MASS = 15.0
ROPE_STIFFNESS = 20_000.0      # N/m
ROPE_DAMPING = 500.0           # N s/m
ROPE_MAX_GIVE = 0.42           # a hard stop behind the ropes, metres
BOX_HEIGHT = 1.0               # the torso-high collision box that keeps men apart
_SUBSTEPS = (DT / SUBSTEPS,) * SUBSTEPS   # each substep's length, one entry a substep
_LIFTED = BOX_HEIGHT / 2 + 0.05   # a man's centre above this is off the canvas (no hops)

CAT_PHYS = 0x1
CAT_ROPE = 0x2
CAT_HURT = (0x10, 0x20)        # p1, p2
CAT_FIST = (0x40, 0x80)


@dataclass(slots=True)
class Hit:
    """A fist that touched a hurtbox this tick (found, not yet resolved)."""

    attacker: int
    defender: int
    zone: str          # "head" or "body"
    x: float
    y: float


class RingWorld:
    """Owns the pymunk space. Bodies are added in a fixed order so runs are bit-identical."""

    def __init__(self, masses: tuple[float, float], half_widths: tuple[float, float],
                 starts: tuple[float, float], ring_half_width: float = RING_HALF_WIDTH_M) -> None:
        self.ring_half_width = ring_half_width
        space = pymunk.Space()
        space.gravity = (0.0, -GRAVITY)
        space.iterations = 12
        space.collision_slop = 0.005
        space.collision_bias = pow(1.0 - 0.4, 60.0)
        self.space = space
        canvas = pymunk.Segment(space.static_body, (-50.0, 0.0), (50.0, 0.0), 0.02)
        canvas.friction = CANVAS_FRICTION
        canvas.filter = pymunk.ShapeFilter(categories=CAT_PHYS, mask=CAT_PHYS)
        space.add(canvas)
        # hard stops behind each rope line so nothing ever leaves the ring
        for sign in (-1.0, 1.0):
            x = sign * (ring_half_width + ROPE_MAX_GIVE + 0.06)
            wall = pymunk.Segment(space.static_body, (x, 0.0), (x, 3.0), 0.05)
            wall.filter = pymunk.ShapeFilter(categories=CAT_ROPE, mask=CAT_ROPE | CAT_PHYS)
            space.add(wall)
        self.bodies: list[_FighterBody] = []
        self.boxes: list[pymunk.Poly] = []
        self._box_filters: list[tuple[pymunk.ShapeFilter, pymunk.ShapeFilter]] = []
        self.half_widths = half_widths
        self.touched = [False]    # a man's body was set from outside the tick (see `sync`)
        for mass, hw, x in zip(masses, half_widths, starts, strict=True):
            body = _FighterBody(mass, math.inf)
            body.touched = self.touched
            body.position = (x, BOX_HEIGHT / 2 + 0.001)
            box = pymunk.Poly.create_box(body, (2 * hw, BOX_HEIGHT), radius=0.0)
            box.friction = 1.0
            box.elasticity = 0.0
            box.filter = pymunk.ShapeFilter(categories=CAT_PHYS, mask=CAT_PHYS | CAT_ROPE)
            space.add(body, box)
            self.bodies.append(body)
            self.boxes.append(box)
            # (not passing, passing): while a man rolls round the other they share a group
            self._box_filters.append(tuple(pymunk.ShapeFilter(group, CAT_PHYS, CAT_PHYS | CAT_ROPE)
                                           for group in (0, 1)))
        self.ropes: list[pymunk.Body] = []
        self.rope_rest: list[float] = []
        for sign in (-1.0, 1.0):
            x = sign * ring_half_width
            rope = pymunk.Body(ROPE_MASS, math.inf)
            rope.position = (x, 1.0)
            seg = pymunk.Segment(rope, (0.0, -0.6), (0.0, 0.6), 0.04)
            seg.elasticity = 0.3
            seg.friction = 0.2
            seg.filter = pymunk.ShapeFilter(categories=CAT_ROPE, mask=CAT_PHYS | CAT_ROPE)
            groove = pymunk.GrooveJoint(space.static_body, rope, (-10.0, 1.0), (10.0, 1.0), (0, 0))
            spring = pymunk.DampedSpring(space.static_body, rope, (x + sign * 1.0, 1.0), (0, 0),
                                         1.0, ROPE_STIFFNESS, ROPE_DAMPING)
            space.add(rope, seg, groove, spring)
            self.ropes.append(rope)
            self.rope_rest.append(x)
        # hit shapes: sensors on kinematic bodies that follow the fighters
        self.hit_bodies: list[pymunk.Body] = []
        self.heads: list[pymunk.Circle] = []
        self.torsos: list[pymunk.Poly] = []
        self.fists: list[pymunk.Segment] = []
        for i in range(2):
            hb = pymunk.Body(body_type=pymunk.Body.KINEMATIC)
            hb.position = (starts[i], 0.0)
            head = pymunk.Circle(hb, 0.1, (0.0, 1.5))
            torso = pymunk.Poly(hb, [(-0.1, 0.8), (0.1, 0.8), (0.1, 1.3), (-0.1, 1.3)])
            fist = pymunk.Segment(hb, (0.0, -5.0), (0.0, -5.0), 0.01)
            hurt_filter = pymunk.ShapeFilter(categories=CAT_HURT[i], mask=CAT_FIST[1 - i])
            for shape in (head, torso):
                shape.sensor = True
                shape.filter = hurt_filter
            fist.sensor = True
            fist.filter = pymunk.ShapeFilter(categories=CAT_FIST[i], mask=CAT_HURT[1 - i])
            space.add(hb, head, torso, fist)
            self.hit_bodies.append(hb)
            self.heads.append(head)
            self.torsos.append(torso)
            self.fists.append(fist)
        self._zone = {}
        for i in range(2):
            self._zone[self.heads[i]] = (i, "head")
            self._zone[self.torsos[i]] = (i, "body")
        # raw chipmunk handles for the per-tick path (see the note at the end of the module)
        self._space_ptr = space._space
        self._body_ptrs = [b._body for b in self.bodies]
        self._rope_ptrs = [r._body for r in self.ropes]
        self._hit_ptrs = [b._body for b in self.hit_bodies]
        self._head_ptrs = [s._shape for s in self.heads]
        self._torso_ptrs = [s._shape for s in self.torsos]
        self._fist_ptrs = [s._shape for s in self.fists]
        self._placed = [_Placed(), _Placed()]
        self._reader = _BodyReader(space, self.bodies + self.ropes)
        self.passing = False      # the men's bodies pass through each other (a roll)
        self.xs = [0.0, 0.0]      # the men's centres, metres (see `sync`)
        self.vxs = [0.0, 0.0]
        self.vys = [0.0, 0.0]
        self.rope_gives = [0.0, 0.0]   # the ropes are where they rest: no give
        self._read_men()

    # --- the tick's numbers ----------------------------------------------------------------
    def sync(self) -> None:
        """Make sure `xs`, `vxs` and `vys` hold both men's position and velocity.

        Why a copy: reading through pymunk's properties cost a fifth of a tick when each stage
        asked again; `step` reads the men once after physics, and the next tick starts from
        that copy unless someone moved a body from outside in between (tests, drills): then
        it is read again here.
        """
        if self.touched[0]:
            self._read_men()
            self.touched[0] = False

    def _read_men(self) -> None:
        b0, b1 = self._body_ptrs
        v0, v1 = _get_velocity(b0), _get_velocity(b1)
        self.xs = [_get_position(b0).x, _get_position(b1).x]
        self.vxs = [v0.x, v1.x]
        self.vys = [v0.y, v1.y]

    def x(self, i: int) -> float:
        """Fighter i's centre now, metres (read live: for tests and results, not the tick)."""
        return _get_position(self._body_ptrs[i]).x

    def vx(self, i: int) -> float:
        return _get_velocity(self._body_ptrs[i]).x

    # --- movement -----------------------------------------------------------------------
    def set_vx(self, i: int, vx: float) -> None:
        """Set fighter i's walking speed, keeping his vertical speed (from the last `sync`).

        Why it may do nothing: most ticks a man standing still is "set" to the 0.0 he already
        has. The copy is his body's own velocity, so the same number to the bit (0.0 and -0.0
        differ here) leaves chipmunk as it was: the call would only reset his sleep timer, and
        the space never sleeps."""
        old = self.vxs[i]
        if vx == old and _copysign(1.0, vx * old) > 0.0:   # equal, and signs alike (0.0 too)
            return
        _set_velocity(self._body_ptrs[i], (vx, self.vys[i]))
        self.vxs[i] = vx

    def set_passing(self, passing: bool) -> None:
        """While a man rolls round the other their bodies must not collide (one shape group);
        the canvas and the ropes still hold both."""
        if passing == self.passing:
            return
        self.passing = passing
        for box, filters in zip(self.boxes, self._box_filters, strict=True):
            box.filter = filters[1 if passing else 0]

    def push(self, i: int, impulse_x: float) -> None:
        """A landed punch's knockback: momentum, so the defender's mass decides the distance."""
        ptr = self._body_ptrs[i]
        _apply_impulse(ptr, (impulse_x, 0.0), (0, 0))
        v = _get_velocity(ptr)
        self.vxs[i] = v.x
        self.vys[i] = v.y

    def rope_give(self, side: int) -> float:
        """How far the left (0) or right (1) ropes are pushed outwards, metres (>= 0), as the
        last physics step left them."""
        return self.rope_gives[side]

    def step(self) -> None:
        """Two physics substeps, then the men's and the ropes' numbers are read once (in one
        call) for the rest of the tick, and how far each rope is pushed outwards from where it
        rests (never negative).

        Why the gives are worked out here: this is the only place they change on a tick (a
        rope set back to where it rests, as `__init__` and `reset` do, gives exactly 0.0), and
        a call for them was work of its own on every tick."""
        space = self._space_ptr
        for dt in _SUBSTEPS:   # (a tuple made once, not a range made every tick)
            _space_step(space, dt)
        x0, y0, vx0, vy0, x1, y1, vx1, vy1, left, right = self._reader.read()
        if y0 > _LIFTED:
            vy0 = _put_down(self._body_ptrs[0], x0, vx0)
        if y1 > _LIFTED:
            vy1 = _put_down(self._body_ptrs[1], x1, vx1)
        self.xs = [x0, x1]
        self.vxs = [vx0, vx1]
        self.vys = [vy0, vy1]
        rest = self.rope_rest
        give_left = rest[0] - left
        give_right = right - rest[1]
        self.rope_gives = [give_left if give_left > 0.0 else 0.0,
                           give_right if give_right > 0.0 else 0.0]

    def reset(self, starts: tuple[float, float]) -> None:
        """Between rounds: both men back to their marks, standing still; the ropes at rest."""
        for i, body in enumerate(self.bodies):
            body.position = (starts[i], body.position.y)
            body.velocity = (0.0, 0.0)
        for side, rope in enumerate(self.ropes):
            rope.position = (self.rope_rest[side], rope.position.y)
            rope.velocity = (0.0, 0.0)
        self.sync()
        self.rope_gives = [0.0, 0.0]   # (rest - rest: exactly no give)

    # --- hit shapes ---------------------------------------------------------------------
    def place(self, i: int, facing: int, pose: PoseBoxes, fist: tuple | None,
              vulnerable: bool) -> None:
        """Move fighter i's hurtboxes and fist to the current pose (mirrored for facing), at
        his centre as the last `step` left it.

        Why it may do nothing: re-setting a shape to the geometry it already has, and
        re-indexing shapes whose bounds did not change, leaves pymunk exactly as it was (the
        spatial index only moves a leaf whose bounds grew out of its box), so a man standing
        still in one pose costs no pymunk calls at all, and fights stay bit-identical.
        """
        last = self._placed[i]
        x0 = self.xs[i]
        moved = x0 != last.x or x0 == 0.0   # 0.0: never trust -0.0 == 0.0 with pymunk's state
        hurt = pose if vulnerable else None
        turned = facing != last.facing
        # (the pose by identity: one atlas object a pose name, and re-placing the same
        # geometry would leave pymunk as it was anyway)
        hurt_changed = hurt is not last.hurt or turned
        fist_key = None if fist is None else (fist, facing)
        fist_changed = fist_key != last.fist
        if not (moved or hurt_changed or fist_changed):
            return
        if moved:
            _set_position(self._hit_ptrs[i], (x0, 0.0))
            last.x = x0
        if hurt_changed:
            self._place_hurtboxes(i, facing, hurt, last.hurt)
            last.hurt = hurt
            last.facing = facing
        if fist_changed:
            self._place_fist(i, facing, fist)
            last.fist = fist_key
        _reindex_body(self._space_ptr, self._hit_ptrs[i])

    def _place_hurtboxes(self, i: int, facing: int, pose: PoseBoxes | None,
                         shown: PoseBoxes | None) -> None:
        """Set his head and torso to `pose` (None: hidden), from `shown`, the pose they show.

        Why the head's radius may be left: a man's poses share one head size, and chipmunk's
        setter only stores the radius and works the shape's mass numbers out again from the
        radius and the offset, so the same radius again leaves it as it was (a shape showing
        nothing, or never placed, is always set)."""
        head, torso = self._head_ptrs[i], self._torso_ptrs[i]
        if pose is not None:
            hx, hy, hr = pose.head
            _circle_offset(head, (hx * facing, hy))
            if shown is None or hr != shown.head[2]:
                _circle_radius(head, hr)
            bx0, by0, bx1, by1 = pose.body
            xa, xb = bx0 * facing, bx1 * facing
            if xb < xa:   # (what sorted() gives, without the call and the list)
                xa, xb = xb, xa
            _poly_verts(torso, 4, [(xa, by0), (xb, by0), (xb, by1), (xa, by1)])
        else:  # on the canvas or getting up: nothing to hit
            _circle_offset(head, (0.0, -20.0))
            _circle_radius(head, 0.01)
            _poly_verts(torso, 4, [(-0.01, -20.0), (0.01, -20.0), (0.01, -19.99), (-0.01, -19.99)])

    def _place_fist(self, i: int, facing: int, fist: tuple | None) -> None:
        seg = self._fist_ptrs[i]
        if fist is None:
            _segment_ends(seg, (0.0, -30.0), (0.0, -30.0))
            _segment_radius(seg, 0.01)
        else:
            fx0, fy0, fx1, fy1, fr = fist
            _segment_ends(seg, (fx0 * facing, fy0), (fx1 * facing, fy1))
            _segment_radius(seg, fr)

    def find_hits(self) -> list[Hit]:
        """Every fist touching the other man's hurtboxes, both fighters against one snapshot.

        Sorted by a stable key (attacker, then head before body), so resolution never depends
        on pymunk's callback or query order.
        """
        hits: list[Hit] = []
        for i in range(2):
            infos = self.space.shape_query(self.fists[i])
            touched: dict[str, tuple[float, float]] = {}
            for info in infos:
                owner = self._zone.get(info.shape)
                if owner is None or owner[0] == i:
                    continue
                pts = info.contact_point_set.points
                if pts:
                    px = (pts[0].point_a.x + pts[0].point_b.x) / 2
                    py = (pts[0].point_a.y + pts[0].point_b.y) / 2
                else:
                    px, py = self.xs[1 - i], 1.4
                touched[owner[1]] = (px, py)
            for zone in ("head", "body"):
                if zone in touched:
                    x, y = touched[zone]
                    hits.append(Hit(i, 1 - i, zone, x, y))
        return hits


def _noting_move(setter: Callable[[pymunk.Body, Any], None]) -> Callable[[Any, Any], None]:
    def set_and_note(body: Any, value: Any) -> None:
        setter(body, value)
        body.touched[0] = True
    return set_and_note


class _FighterBody(pymunk.Body):
    """A fighter's body. Setting its position or velocity through pymunk (as tests and drills
    do between ticks) sets its ring's `touched`, so the next tick reads it again; the tick itself
    writes through chipmunk's calls and keeps its own copy up to date."""

    touched: list[bool]   # its ring's flag, shared by both men's bodies (set by RingWorld)
    position = property(pymunk.Body.position.fget, _noting_move(pymunk.Body.position.fset),
                        doc=pymunk.Body.position.__doc__)
    velocity = property(pymunk.Body.velocity.fget, _noting_move(pymunk.Body.velocity.fset),
                        doc=pymunk.Body.velocity.__doc__)


def _put_down(ptr: object, x: float, vx: float) -> float:
    """No hops: a fighter lifted off the canvas is put back on it, with no speed upwards;
    returns his vertical speed now."""
    _set_position(ptr, (x, BOX_HEIGHT / 2))
    _set_velocity(ptr, (vx, 0.0))
    return 0.0


class _BodyReader:
    """Both men's position and velocity and both ropes' x, read in one chipmunk call.

    Why: six calls through cffi, each returning a struct to pick apart, were a tenth of a
    tick. pymunk's batch iterator writes every body's numbers into one C array; a memoryview
    over that array reads them as plain floats. The array is made big enough once, so chipmunk
    never moves it, and the order of the bodies in it is checked against the bodies' own
    numbers here, so a pymunk that iterated differently fails loudly at once, not silently.
    """

    def __init__(self, space: pymunk.Space, bodies: list[pymunk.Body]) -> None:
        count = len(space.bodies) + 1   # (chipmunk's own static body is iterated too)
        self._array = ffi.gc(cp.pmFloatArrayNew(4 * count), cp.pmFloatArrayFree)
        data = ffi.new("pmBatchedData *")
        data.fields = cp.POSITION | cp.VELOCITY
        data.floatArray = self._array
        data.intArray = self._ints = ffi.gc(cp.pmIntArrayNew(0), cp.pmIntArrayFree)
        self._data = data
        self._space = space._space
        self._each = ffi.addressof(cp, "pmSpaceBodyGetIteratorFuncBatched")
        self._fill()
        self._count = self._array.num
        self._floats = memoryview(ffi.buffer(self._array.arr, 8 * self._array.max)).cast("d")
        # the array's `num` through a memoryview too: cffi's struct field access cost a tenth
        # of the read each time it was set or read
        num_at = ffi.offsetof("pmFloatArray", "num") // ffi.sizeof("int")
        self._num = memoryview(ffi.buffer(self._array)).cast("i")
        self._num_at = num_at
        order = [b._body for b in space.bodies]   # the space's own order, which chipmunk keeps
        a, b, left, right = (4 * order.index(body._body) for body in bodies)
        # the ten numbers picked out of the array in one call
        self._pick = _picker([a, a + 1, a + 2, a + 3, b, b + 1, b + 2, b + 3, left, right])
        self._check(bodies)

    def _fill(self) -> None:
        self._array.num = 0
        _each_body(self._space, self._each, self._data)

    def _check(self, bodies: list[pymunk.Body]) -> None:
        got = self.read()
        men, ropes = bodies[:2], bodies[2:]
        want = [n for b in men for n in (*b.position, *b.velocity)] + [r.position.x for r in ropes]
        if list(got) != want:
            raise RuntimeError(f"pymunk's batch read disagrees with its bodies: {got} != {want}")

    def read(self) -> tuple[float, ...]:
        """x0, y0, vx0, vy0, x1, y1, vx1, vy1, left rope x, right rope x."""
        num, at = self._num, self._num_at
        num[at] = 0
        _each_body(self._space, self._each, self._data)
        if num[at] != self._count:   # a body added since: the array may have moved
            raise RuntimeError("the ring's bodies changed after it was built")
        return self._pick(self._floats)


def _picker(indices: list[int]) -> Callable[[memoryview], tuple[float, ...]]:
    """The doubles at these places of an array of doubles, in this order, in one call.

    Why `struct`: one `unpack_from` reads them all straight from the buffer, a third of what
    ten indexings of a memoryview (an `itemgetter`) cost. `struct` reads in rising order; when
    the places do not rise, its tuple is put back in the asked order."""
    rising = sorted(indices)
    fmt, at = "@", 0
    for i in rising:
        fmt += f"{8 * (i - at)}xd" if i > at else "d"
        at = i + 1
    unpack = struct.Struct(fmt).unpack_from
    if rising == indices:
        return unpack
    reorder = itemgetter(*(rising.index(i) for i in indices))
    return lambda floats: reorder(unpack(floats))


@dataclass(slots=True)
class _Placed:
    """What one man's hit shapes were last set to (so an unchanged tick skips pymunk)."""

    x: float = math.nan
    hurt: PoseBoxes | None = None   # the pose the hurtboxes show, None when hidden
    facing: int = 0                 # the facing they were placed for (0 before the first place)
    fist: tuple | None = ()         # (capsule, facing), None when hidden; () before the first


# chipmunk's C functions straight from pymunk's cffi library: the hot path makes the same
# calls pymunk's property wrappers make, without building a Vec2d or checking lengths each time
_copysign = math.copysign
_get_position = cp.cpBodyGetPosition
_get_velocity = cp.cpBodyGetVelocity
_set_position = cp.cpBodySetPosition
_set_velocity = cp.cpBodySetVelocity
_apply_impulse = cp.cpBodyApplyImpulseAtLocalPoint
_space_step = cp.cpSpaceStep
_each_body = cp.cpSpaceEachBody
_reindex_body = cp.cpSpaceReindexShapesForBody
_circle_offset = cp.cpCircleShapeSetOffset
_circle_radius = cp.cpCircleShapeSetRadius
_poly_verts = cp.cpPolyShapeSetVertsRaw
_segment_ends = cp.cpSegmentShapeSetEndpoints
_segment_radius = cp.cpSegmentShapeSetRadius
