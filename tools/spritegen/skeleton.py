"""Skeleton: a pose (joint targets and angles) solved into joint positions.

Why one solver: the drawing code and the atlas geometry (head circle, body box, gloves, fist
capsules) both read the joints computed here, so art and hit geometry cannot disagree.

Units: pose fields are in fractions of the fighter's height H (forward x towards the
opponent, y up, origin = the anchor on the canvas midway between the feet). Solved joints
are in logical pixels in the same frame.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, fields, replace

Vec = tuple[float, float]

# Body proportions, fractions of H. A straight standing pose reaches exactly H at the top of
# the hair: ankle 0.045 + shin 0.225 + thigh 0.23 = hip 0.50; hip to neck base 0.32; neck
# base to head centre 0.105; head centre to hair top 0.075.
SHIN = 0.225
THIGH = 0.23
SPINE = 0.32
NECK = 0.105
UPPER_ARM = 0.16
FOREARM = 0.145
GLOVE_OFF = 0.045  # wrist to glove centre
GLOVE_R = 0.056  # glove radius (fist capsule radius)
HEAD_R = 0.07  # head hurtbox radius
SHOULDER_V = 0.295  # shoulder height above the pelvis along the spine
ANKLE_UP = 0.045  # ankle above the sole
BALL_BACK = 0.05  # ankle behind the ball of the foot


@dataclass(frozen=True)
class Pose:
    """A pose: where the body is and where the hands and feet go.

    Fields are in H units and degrees. lean: torso from vertical, + forward. tilt: head
    relative to the torso, + chin down. turn: 0 bladed guard, 1 rear shoulder thrown forward
    (cross, hook), negative cocked back. feet: ball-of-foot position and heel raise (deg).
    elbows: +1 elbow below the shoulder-glove line, -1 above (hooks).
    """

    hip: Vec = (0.0, 0.48)
    lean: float = 6.0
    pelvis: float = 3.0
    tilt: float = 8.0
    turn: float = 0.0
    lead_foot: Vec = (0.17, 0.0)
    rear_foot: Vec = (-0.15, 0.0)
    lead_heel: float = 0.0
    rear_heel: float = 20.0
    lead_glove: Vec = (0.19, 0.85)
    rear_glove: Vec = (0.10, 0.83)
    lead_elbow: float = 1.0
    rear_elbow: float = 1.0
    mouth: float = 0.0  # 0 shut, 1 open (effort, pain)
    eyes: float = 0.0  # 0 open, 1 shut
    lead_fore: float = 1.0  # forearm foreshortening (hooks swing across, towards the viewer)
    rear_fore: float = 1.0


def lerp_pose(a: Pose, b: Pose, t: float) -> Pose:
    """Blend two poses field by field (tuples component-wise)."""
    out = {}
    for f in fields(Pose):
        va, vb = getattr(a, f.name), getattr(b, f.name)
        if isinstance(va, tuple):
            out[f.name] = (va[0] + (vb[0] - va[0]) * t, va[1] + (vb[1] - va[1]) * t)
        else:
            out[f.name] = va + (vb - va) * t
    return Pose(**out)


def shift(p: Pose, dx: float = 0.0, dy: float = 0.0, gloves: bool = True) -> Pose:
    """Move the upper body (hip, and the gloves with it) by (dx, dy)."""
    hip = (p.hip[0] + dx, p.hip[1] + dy)
    if not gloves:
        return replace(p, hip=hip)
    lg = (p.lead_glove[0] + dx, p.lead_glove[1] + dy)
    rg = (p.rear_glove[0] + dx, p.rear_glove[1] + dy)
    return replace(p, hip=hip, lead_glove=lg, rear_glove=rg)


def _add(a: Vec, b: Vec, k: float = 1.0) -> Vec:
    return (a[0] + b[0] * k, a[1] + b[1] * k)


def _unit(v: Vec) -> Vec:
    n = math.hypot(v[0], v[1]) or 1.0
    return (v[0] / n, v[1] / n)


def _ik(root: Vec, target: Vec, l1: float, l2: float, bend: float) -> tuple[Vec, Vec]:
    """Two-bone IK: returns (middle joint, end) with the end clamped to reach.

    bend picks the side of the root-target line the middle joint goes to (+1: clockwise of
    the line, i.e. below a forward-pointing limb / in front of a downward one).
    """
    dx, dy = target[0] - root[0], target[1] - root[1]
    d = math.hypot(dx, dy)
    d = max(min(d, (l1 + l2) * 0.999), abs(l1 - l2) + 1e-6)
    ux, uy = _unit((dx, dy))
    end = (root[0] + ux * d, root[1] + uy * d)
    a = (l1 * l1 - l2 * l2 + d * d) / (2 * d)
    h = math.sqrt(max(l1 * l1 - a * a, 0.0))
    # clockwise normal of (ux, uy) is (uy, -ux)
    mid = (root[0] + ux * a + uy * h * bend, root[1] + uy * a - ux * h * bend)
    return mid, end


@dataclass(frozen=True)
class Joints:
    """Solved joint positions in px (forward x, y up) plus the angles drawing needs."""

    H: float
    lean: float
    pelvis_ang: float
    head_ang: float
    pelvis: Vec
    neck: Vec
    head: Vec
    lead_shoulder: Vec
    rear_shoulder: Vec
    lead_elbow: Vec
    rear_elbow: Vec
    lead_wrist: Vec
    rear_wrist: Vec
    lead_glove: Vec
    rear_glove: Vec
    lead_hip: Vec
    rear_hip: Vec
    lead_knee: Vec
    rear_knee: Vec
    lead_ankle: Vec
    rear_ankle: Vec
    lead_ball: Vec
    rear_ball: Vec
    lead_heel: float
    rear_heel: float
    mouth: float
    eyes: float

    def axis(self, ang: float | None = None) -> tuple[Vec, Vec]:
        """(up, forward) unit vectors of the torso (or of a given angle in degrees)."""
        a = math.radians(self.lean if ang is None else ang)
        return (math.sin(a), math.cos(a)), (math.cos(a), -math.sin(a))

    def to_world(self, origin: Vec, ang: float, u: float, v: float) -> Vec:
        """A point given in H units along (forward u, up v) of a frame at origin, angle ang."""
        up, fw = self.axis(ang)
        return (origin[0] + (fw[0] * u + up[0] * v) * self.H,
                origin[1] + (fw[1] * u + up[1] * v) * self.H)


def solve(p: Pose, H: float, shoulder_scale: float = 1.0) -> Joints:
    """Solve a pose for a fighter of height H px."""

    def s(v: Vec) -> Vec:
        return (v[0] * H, v[1] * H)

    pelvis = s(p.hip)
    a = math.radians(p.lean)
    up, fw = (math.sin(a), math.cos(a)), (math.cos(a), -math.sin(a))
    neck = _add(pelvis, up, SPINE * H)
    ha = math.radians(p.lean + p.tilt * 0.6)
    head = _add(neck, (math.sin(ha), math.cos(ha)), NECK * H)
    # Shoulders: a 3/4 view, the lead shoulder forward, the rear one back; turn swaps them.
    sw = 0.045 * shoulder_scale
    sh_base = _add(pelvis, up, SHOULDER_V * H)
    lead_u = sw * (1.0 - 1.6 * max(p.turn, 0.0) - 0.5 * min(p.turn, 0.0))
    rear_u = -sw * (1.0 - 2.2 * p.turn)
    lead_sh = _add(sh_base, fw, lead_u * H)
    rear_sh = _add(sh_base, fw, rear_u * H)

    def arm(sh: Vec, glove_t: Vec, bend: float, fore: float) -> tuple[Vec, Vec, Vec]:
        target = s(glove_t)
        d = _unit((target[0] - sh[0], target[1] - sh[1]))
        elbow = wrist = sh
        for _ in range(4):
            wt = (target[0] - d[0] * GLOVE_OFF * H, target[1] - d[1] * GLOVE_OFF * H)
            elbow, wrist = _ik(sh, wt, UPPER_ARM * H, FOREARM * H * fore, bend)
            d = _unit((wrist[0] - elbow[0], wrist[1] - elbow[1]))
        glove = _add(wrist, d, GLOVE_OFF * H)
        return elbow, wrist, glove

    le, lw, lg = arm(lead_sh, p.lead_glove, p.lead_elbow, p.lead_fore)
    re, rw, rg = arm(rear_sh, p.rear_glove, p.rear_elbow, p.rear_fore)

    pa = math.radians(p.pelvis)
    pfw = (math.cos(pa), -math.sin(pa))
    lead_hip = _add(pelvis, pfw, 0.02 * H)
    rear_hip = _add(pelvis, pfw, -0.02 * H)

    def leg(hip: Vec, ball_t: Vec, heel: float) -> tuple[Vec, Vec, Vec]:
        ball = s(ball_t)
        h = math.radians(heel)
        fdir, fup = (math.cos(h), -math.sin(h)), (math.sin(h), math.cos(h))
        ankle_t = (ball[0] - fdir[0] * BALL_BACK * H + fup[0] * ANKLE_UP * H,
                   ball[1] - fdir[1] * BALL_BACK * H + fup[1] * ANKLE_UP * H)
        # knees point forward: for a leg hanging down, forward is counter-clockwise
        knee, ankle = _ik(hip, ankle_t, THIGH * H, SHIN * H, -1.0)
        return knee, ankle, ball

    lk, la, lb = leg(lead_hip, p.lead_foot, p.lead_heel)
    rk, ra, rb = leg(rear_hip, p.rear_foot, p.rear_heel)
    return Joints(H, p.lean, p.pelvis, p.lean + p.tilt, pelvis, neck, head, lead_sh, rear_sh,
                  le, re, lw, rw, lg, rg, lead_hip, rear_hip, lk, rk, la, ra, lb, rb,
                  p.lead_heel, p.rear_heel, p.mouth, p.eyes)


def geometry(j: Joints) -> dict:
    """Hurtboxes and glove centres (atlas units: px, forward x, y up), rounded."""
    H = j.H
    r = round(HEAD_R * H, 1)
    head = [round(j.head[0], 1), round(j.head[1], 1), r]
    # Body box: the torso core from just below the pelvis joint to the neck base.
    pts = [j.to_world(j.pelvis, j.lean, u, v) for u in (-0.085, 0.085) for v in (-0.025, 0.345)]
    xs, ys = [q[0] for q in pts], [q[1] for q in pts]
    body = [round(min(xs), 1), round(min(ys), 1), round(max(xs), 1), round(max(ys), 1)]
    gloves = [[round(j.lead_glove[0], 1), round(j.lead_glove[1], 1)],
              [round(j.rear_glove[0], 1), round(j.rear_glove[1], 1)]]
    return {"head": head, "body": body, "gloves": gloves}
