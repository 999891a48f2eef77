"""The ring as a pymunk world: canvas, fighters' bodies, ropes that give, and hit shapes.

Why pymunk: knockback is real momentum (a heavy man moves a light one further than the other
way round), ropes compress and throw a fighter back, bodies cannot pass through each other,
and punches are found by pymunk shape queries against sensor shapes placed from the pose.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pymunk

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
        self.bodies: list[pymunk.Body] = []
        self.half_widths = half_widths
        for mass, hw, x in zip(masses, half_widths, starts, strict=True):
            body = pymunk.Body(mass, math.inf)
            body.position = (x, BOX_HEIGHT / 2 + 0.001)
            box = pymunk.Poly.create_box(body, (2 * hw, BOX_HEIGHT), radius=0.0)
            box.friction = 1.0
            box.elasticity = 0.0
            box.filter = pymunk.ShapeFilter(categories=CAT_PHYS, mask=CAT_PHYS | CAT_ROPE)
            space.add(body, box)
            self.bodies.append(body)
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

    # --- movement -----------------------------------------------------------------------
    def x(self, i: int) -> float:
        return self.bodies[i].position.x

    def vx(self, i: int) -> float:
        return self.bodies[i].velocity.x

    def set_vx(self, i: int, vx: float) -> None:
        body = self.bodies[i]
        body.velocity = (vx, body.velocity.y)

    def set_passing(self, passing: bool) -> None:
        """While a man rolls round the other their bodies must not collide (one shape group);
        the canvas and the ropes still hold both."""
        group = 1 if passing else 0
        for body in self.bodies:
            for shape in body.shapes:
                if shape.filter.group != group:
                    shape.filter = pymunk.ShapeFilter(group, shape.filter.categories,
                                                      shape.filter.mask)

    def push(self, i: int, impulse_x: float) -> None:
        """A landed punch's knockback: momentum, so the defender's mass decides the distance."""
        body = self.bodies[i]
        body.apply_impulse_at_local_point((impulse_x, 0.0))

    def rope_give(self, side: int) -> float:
        """How far the left (0) or right (1) ropes are pushed outwards, metres (>= 0)."""
        rope = self.ropes[side]
        out = (rope.position.x - self.rope_rest[side]) * (-1.0 if side == 0 else 1.0)
        return max(0.0, out)

    def step(self) -> None:
        h = DT / SUBSTEPS
        for _ in range(SUBSTEPS):
            self.space.step(h)
        for body in self.bodies:  # no hops: fighters stay on the canvas
            if body.position.y > BOX_HEIGHT / 2 + 0.05:
                body.position = (body.position.x, BOX_HEIGHT / 2)
                body.velocity = (body.velocity.x, 0.0)

    # --- hit shapes ---------------------------------------------------------------------
    def place(self, i: int, facing: int, pose: PoseBoxes, fist: tuple | None,
              vulnerable: bool) -> None:
        """Move fighter i's hurtboxes and fist to the current pose (mirrored for facing)."""
        hb = self.hit_bodies[i]
        x0 = self.bodies[i].position.x
        hb.position = (x0, 0.0)
        hx, hy, hr = pose.head
        head = self.heads[i]
        if vulnerable:
            head.unsafe_set_offset((hx * facing, hy))
            head.unsafe_set_radius(hr)
            bx0, by0, bx1, by1 = pose.body
            xa, xb = sorted((bx0 * facing, bx1 * facing))
            self.torsos[i].unsafe_set_vertices([(xa, by0), (xb, by0), (xb, by1), (xa, by1)])
        else:  # on the canvas or getting up: nothing to hit
            head.unsafe_set_offset((0.0, -20.0))
            head.unsafe_set_radius(0.01)
            self.torsos[i].unsafe_set_vertices(
                [(-0.01, -20.0), (0.01, -20.0), (0.01, -19.99), (-0.01, -19.99)])
        seg = self.fists[i]
        if fist is None:
            seg.unsafe_set_endpoints((0.0, -30.0), (0.0, -30.0))
            seg.unsafe_set_radius(0.01)
        else:
            fx0, fy0, fx1, fy1, fr = fist
            seg.unsafe_set_endpoints((fx0 * facing, fy0), (fx1 * facing, fy1))
            seg.unsafe_set_radius(fr)
        self.space.reindex_shapes_for_body(hb)

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
                    px, py = self.bodies[1 - i].position.x, 1.4
                touched[owner[1]] = (px, py)
            for zone in ("head", "body"):
                if zone in touched:
                    x, y = touched[zone]
                    hits.append(Hit(i, 1 - i, zone, x, y))
        return hits
