"""The pose library: every animation of every fighter, as poses plus timing.

Why built from one guard: each fighter's stance style (Rocky's crouch, Apollo's low lead
hand, Drago's upright block) is a guard pose; every other pose is that guard changed, so
the three men move alike but stand like themselves. Punches are keyframed on a 0..3 time
line (0-1 startup, 1-2 active, 2-3 recovery) and sampled with as many poses per phase as
the move's ticks allow (about one per 4.5 ticks), so the art fits moves.toml timing.
Reach targets come from docs/formats/atlas.md in pixels.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from .skeleton import GLOVE_R, Pose, geometry, lerp_pose, shift, solve

PUNCHES = ("jab", "hook", "uppercut", "body", "special")
# front of the active fist (x + r) in px: atlas.md "Punch reach"
REACH_PX = {"jab": 80.0, "hook": 68.0, "body": 68.0, "uppercut": 48.0, "special": 72.0}
TICKS_PER_POSE = 4.5


@dataclass(frozen=True)
class Anim:
    """A looping or one-shot animation (poses + ticks) or a punch (three phase lists)."""

    poses: list[tuple[str, Pose]]
    ticks: list[int] | None = None
    loop: bool = False
    phases: tuple[int, int, int] | None = None  # punch: poses in startup/active/recovery


def guard(style: str) -> Pose:
    """Each fighter's own guard."""
    if style == "apollo":
        return Pose(hip=(0.0, 0.485), lean=3.0, pelvis=1.0, tilt=-2.0,
                    lead_foot=(0.17, 0.0), rear_foot=(-0.17, 0.0), rear_heel=24.0,
                    lead_glove=(0.22, 0.66), rear_glove=(0.15, 0.79))
    if style == "drago":
        return Pose(hip=(-0.005, 0.492), lean=1.0, pelvis=0.0, tilt=4.0,
                    lead_foot=(0.15, 0.0), rear_foot=(-0.15, 0.0), rear_heel=12.0,
                    lead_glove=(0.25, 0.8), rear_glove=(0.155, 0.8))
    return Pose(hip=(-0.01, 0.483), lean=8.0, pelvis=4.0, tilt=10.0,
                lead_foot=(0.17, 0.0), rear_foot=(-0.16, 0.0), rear_heel=22.0,
                lead_glove=(0.26, 0.78), rear_glove=(0.155, 0.785))


def _hand_field(hand: str) -> str:
    return "lead_glove" if hand == "lead" else "rear_glove"


def reach(p: Pose, hand: str, target_px: tuple[float, float], H: float,
          ss: float = 1.0) -> Pose:
    """Put the punching glove at target; if the arm is too short, move the body forward."""
    f = _hand_field(hand)
    tgt = (target_px[0] / H, target_px[1] / H)
    p = replace(p, **{f: tgt})
    for _ in range(8):
        j = solve(p, H, ss)
        g = getattr(j, f)
        dx, dy = target_px[0] - g[0], target_px[1] - g[1]
        if abs(dx) < 0.2 and abs(dy) < 0.2:
            break
        other = "rear_glove" if hand == "lead" else "lead_glove"
        o = getattr(p, other)
        p = replace(p, hip=(p.hip[0] + dx / H, p.hip[1] + dy / H * 0.8),
                    **{other: (o[0] + dx / H, o[1])})
        p = replace(p, **{f: tgt})
    return p


def bent_reach(p: Pose, hand: str, target_px: tuple[float, float], H: float, ss: float,
               dist: float) -> Pose:
    """Like reach, but first bring the body in so the punching arm stays bent: the shoulder
    ends `dist` (H units) from the target, for hooks and haymakers that swing, not extend."""
    sh_f = "lead_shoulder" if hand == "lead" else "rear_shoulder"
    for _ in range(6):
        j = solve(replace(p, **{_hand_field(hand): (target_px[0] / H, target_px[1] / H)}),
                  H, ss)
        sh = getattr(j, sh_f)
        d = math.hypot(target_px[0] - sh[0], target_px[1] - sh[1]) / H
        if abs(d - dist) < 0.003:
            break
        dy = (target_px[1] - sh[1]) / H
        dx_need = math.sqrt(max(dist * dist - dy * dy, 0.0))
        move = (target_px[0] - sh[0]) / H - dx_need
        p = shift(p, move, 0.0)
    return reach(p, hand, target_px, H, ss)


def n_poses(ticks: int) -> int:
    return max(1, round(ticks / TICKS_PER_POSE))


def sample(keys: list[tuple[float, Pose]], t: float) -> Pose:
    """Pose at time t on a keyframed line (linear between keys, eased in and out)."""
    for (t0, a), (t1, b) in zip(keys, keys[1:], strict=False):
        if t0 <= t <= t1:
            u = (t - t0) / (t1 - t0) if t1 > t0 else 1.0
            u = u * u * (3 - 2 * u)
            return lerp_pose(a, b, u)
    return keys[-1][1]


def punch_keys(move: str, g: Pose, H: float, head_y: float, body_y: float,
               ss: float) -> list[tuple[float, Pose]]:
    """Keyframes for a punch: guard, wind-up, extension (at the reach target), follow."""
    r = GLOVE_R * H
    x = REACH_PX[move] - r
    if move == "jab":
        load = replace(shift(g, 0.0, -0.008), lean=g.lean + 4, turn=-0.15,
                       lead_glove=(g.lead_glove[0] - 0.02, g.lead_glove[1] + 0.01))
        ext = replace(shift(g, 0.03, -0.01), lean=g.lean + 10, turn=-0.45, tilt=g.tilt + 4,
                      lead_foot=(g.lead_foot[0] + 0.04, 0.0), rear_heel=30.0,
                      rear_glove=(g.rear_glove[0], 0.86))
        ext = reach(ext, "lead", (x, head_y), H, ss)
        fol = lerp_pose(ext, g, 0.3)
        return [(0, g), (1, load), (2, ext), (2.25, fol), (3, g)]
    if move == "hook":
        # wind-up: the rear hand drops back beside the ear, elbow flared up and out, the
        # shoulders turned away; strike: the elbow up at head height, the forearm swinging
        # across (foreshortened), the whole trunk turned through; follow: the fist carries on
        # across the face line.
        load = replace(shift(g, -0.02, -0.03), lean=g.lean + 4, turn=-0.9, tilt=g.tilt + 4,
                       pelvis=g.pelvis - 8, rear_glove=(g.rear_glove[0] - 0.2, 0.74),
                       rear_elbow=-0.5, rear_heel=6.0, lead_heel=10.0,
                       lead_glove=(g.lead_glove[0] - 0.02, g.lead_glove[1] + 0.02))
        ext = replace(shift(g, 0.05, 0.0), lean=g.lean + 14, turn=1.0, tilt=g.tilt,
                      rear_elbow=-0.45, rear_fore=0.5, rear_heel=50.0,
                      lead_glove=(0.1, 0.74), mouth=1.0)
        hy = head_y - 0.035 * H
        ext = bent_reach(ext, "rear", (x, hy), H, ss, 0.24)
        ext = replace(ext, lead_glove=(ext.hip[0] + 0.17, 0.67), lead_elbow=1.0)
        fol = replace(ext, turn=1.2, lean=ext.lean + 4, rear_fore=0.5, rear_elbow=0.2,
                      rear_glove=(ext.rear_glove[0] - 0.05, ext.rear_glove[1] - 0.03),
                      mouth=0.0)
        return [(0, g), (0.45, lerp_pose(g, load, 0.75)), (1, load), (1.6, ext), (2, ext),
                (2.35, fol), (3, g)]
    if move == "uppercut":
        low = 0.45
        load = replace(shift(g, -0.02, -0.07), lean=g.lean + 16, turn=-0.35, tilt=g.tilt + 6,
                       pelvis=g.pelvis + 8, rear_glove=(0.1, low), rear_elbow=1.0,
                       lead_glove=(0.16, 0.7), rear_heel=8.0)
        load = reach(load, "rear", (0.1 * H, low * H), H, ss)
        ext = replace(shift(g, 0.02, 0.015), lean=-3.0, turn=0.8, tilt=g.tilt - 10,
                      rear_elbow=1.0, rear_heel=40.0, lead_glove=(0.14, 0.84), mouth=1.0)
        ext = reach(ext, "rear", (x, 0.93 * H), H, ss)
        fol = replace(ext, lean=-6.0, turn=0.9,
                      rear_glove=(ext.rear_glove[0] - 0.03, ext.rear_glove[1] + 0.02))
        return [(0, g), (0.5, lerp_pose(g, load, 0.7)), (1, load), (2, ext), (2.25, fol),
                (3, g)]
    if move == "body":
        load = replace(shift(g, -0.01, -0.07), lean=g.lean + 18, tilt=g.tilt + 4,
                       pelvis=g.pelvis + 8, turn=-0.2,
                       lead_glove=(0.16, 0.62), lead_foot=(g.lead_foot[0] + 0.02, 0.0))
        ext = replace(shift(g, 0.03, -0.1), lean=g.lean + 24, tilt=g.tilt + 2,
                      pelvis=g.pelvis + 10, turn=-0.45,
                      lead_foot=(g.lead_foot[0] + 0.06, 0.0), rear_heel=35.0,
                      rear_glove=(0.14, 0.72), mouth=1.0)
        ext = reach(ext, "lead", (x, body_y), H, ss)
        fol = lerp_pose(ext, load, 0.4)
        return [(0, g), (1, load), (2, ext), (2.3, fol), (3, g)]
    # special: a huge telegraphed haymaker. The rear arm winds far back and low with the
    # trunk twisted away and the weight on the back foot, the lead glove points at the
    # target; then a lunge and a wide, bent-arm sweep at head height that carries across.
    coil = replace(shift(g, -0.07, -0.035), lean=-10.0, turn=-1.0, tilt=g.tilt - 2,
                   pelvis=-8.0, rear_glove=(-0.36, 0.7), rear_elbow=0.3,
                   lead_glove=(0.3, 0.84), lead_elbow=1.0,
                   lead_foot=(g.lead_foot[0] + 0.02, 0.0), lead_heel=25.0, rear_heel=0.0,
                   mouth=1.0)
    set_ = replace(coil, lean=-13.0, hip=(coil.hip[0] - 0.015, coil.hip[1] - 0.02),
                   rear_glove=(-0.4, 0.66), lead_glove=(0.32, 0.86),
                   lead_foot=(g.lead_foot[0] + 0.05, 0.0), lead_heel=0.0)
    ext = replace(shift(g, 0.1, -0.03), lean=g.lean + 26, turn=1.25, tilt=g.tilt,
                  lead_foot=(g.lead_foot[0] + 0.1, 0.0), rear_heel=55.0,
                  rear_elbow=-1.0, rear_fore=0.7, mouth=1.0)
    ext = bent_reach(ext, "rear", (x, head_y - 0.03 * H), H, ss, 0.25)
    ext = replace(ext, lead_glove=(ext.hip[0] + 0.17, 0.64), lead_elbow=1.0)
    fol = replace(ext, lean=ext.lean + 8, turn=1.4, rear_fore=0.5,
                  rear_glove=(ext.rear_glove[0] - 0.1, ext.rear_glove[1] - 0.05), mouth=0.0)
    return [(0, g), (0.3, lerp_pose(g, coil, 0.6)), (0.65, coil), (1.0, set_),
            (1.5, lerp_pose(set_, ext, 0.6)), (2, ext), (2.4, fol), (3, g)]


def punch(move: str, data: dict, g: Pose, H: float, head_y: float, body_y: float,
          ss: float) -> Anim:
    """Sample a punch's keyframes into startup/active/recovery poses sized by its ticks."""
    keys = punch_keys(move, g, H, head_y, body_y, ss)
    ns = n_poses(data["startup"])
    na = n_poses(data["active"])
    nr = n_poses(data["recovery"])
    ts = [(i + 1) / ns for i in range(ns)]
    ta = [2.0 for _ in range(na)] if na == 1 else [1.0 + (i + 1) / na for i in range(na)]
    if na > 1:
        ta = [2.0] * na  # hold the extension through the active phase
    tr = [2.0 + (i + 1) / (nr + 1) for i in range(nr)]
    poses = [(f"{move}_{i}", sample(keys, t)) for i, t in enumerate(ts + ta + tr)]
    return Anim(poses, phases=(ns, na, nr))


def bob(g: Pose, dy: float, heel: float = 0.0) -> Pose:
    return replace(shift(g, 0.0, dy), lead_heel=g.lead_heel + heel,
                   rear_heel=g.rear_heel + heel)


def lying(hip_x: float = -0.08, lift: float = 0.0, chest: float = 0.0,
           knee: float = 0.0) -> Pose:
    """Flat on the back, head away from the opponent, feet forward. The arms lie along the
    body (one glove on the belly, one at the hip) so the face stays in view, chin up; one
    knee is drawn up (knee > 0 draws it higher)."""
    return Pose(hip=(hip_x, 0.075 + lift), lean=-88.0 + chest, pelvis=-84.0, tilt=-18.0,
                lead_foot=(hip_x + 0.34 - knee * 0.1, 0.02 + lift * 0.5 + knee * 0.05),
                rear_foot=(hip_x + 0.44, 0.015),
                lead_heel=-40.0 - knee * 20, rear_heel=-75.0,
                lead_glove=(hip_x + 0.02, 0.07 + lift), rear_glove=(hip_x - 0.16, 0.15 + lift),
                lead_elbow=1.0, rear_elbow=1.0, eyes=1.0, mouth=1.0)


def library(style: str, H: float, moves: dict, taunt_ticks: int,
            ss: float = 1.0) -> dict[str, Anim]:
    """Every required animation for one fighter."""
    g = guard(style)
    jg = solve(g, H, ss)
    head_y = jg.head[1]
    box = geometry(jg)["body"]
    body_y = (box[1] + box[3]) / 2
    still = style == "drago"
    a: dict[str, Anim] = {}
    amp = 0.004 if still else 0.008
    a["idle"] = Anim([(f"idle_{i}", bob(g, dy, hl)) for i, (dy, hl) in enumerate(
        [(0.0, 0.0), (-amp, 6.0), (-amp * 1.6, 10.0), (-amp * 0.7, 4.0)])],
        [8, 8, 8, 8], loop=True)
    w = []
    for i, (lf, rf, ly, ry, dx) in enumerate([(0.04, 0.0, 0.025, 0.0, 0.01),
                                               (0.04, 0.0, 0.0, 0.0, 0.02),
                                               (0.02, 0.05, 0.0, 0.02, 0.02),
                                               (0.0, 0.01, 0.0, 0.0, 0.0)]):
        p = shift(g, dx - 0.01, -0.006 if i % 2 else 0.0)
        w.append((f"walk_{i}", replace(p, lead_foot=(g.lead_foot[0] + lf - 0.015, ly),
                                       rear_foot=(g.rear_foot[0] + rf - 0.015, ry))))
    a["walk"] = Anim(w, [7, 7, 7, 7], loop=True)
    gu = replace(g, lead_glove=(g.lead_glove[0] - 0.02, max(g.lead_glove[1], 0.8)),
                 rear_glove=(g.rear_glove[0], g.rear_glove[1] + 0.01), tilt=g.tilt + 4)
    a["guard"] = Anim([("guard_0", gu)], [60], loop=True)
    duck = Pose(hip=(-0.06, 0.34), lean=56.0, pelvis=26.0, tilt=10.0,
                lead_foot=(0.23, 0.0), rear_foot=(-0.22, 0.0), rear_heel=25.0,
                lead_glove=(0.3, 0.5), rear_glove=(0.24, 0.46))
    a["duck"] = Anim([("duck_0", duck)], [60], loop=True)
    low = replace(duck, hip=(-0.05, 0.335), lean=54.0, tilt=6.0,
                  lead_glove=(0.22, 0.42), rear_glove=(0.16, 0.47))
    a["low_guard"] = Anim([("low_guard_0", low)], [60], loop=True)
    for mv in PUNCHES:
        a[mv] = punch(mv, moves[mv], g, H, head_y, body_y, ss)
    a["taunt"] = taunt(style, g, taunt_ticks)
    hh0 = replace(shift(g, -0.035, 0.0), lean=-14.0, tilt=-30.0, turn=-0.3,
                  lead_glove=(0.2, 0.95), rear_glove=(0.02, 0.88), eyes=1.0, mouth=1.0,
                  lead_heel=0.0, rear_heel=0.0)
    hh1 = lerp_pose(hh0, g, 0.5)
    a["hit_head"] = Anim([("hit_head_0", hh0), ("hit_head_1", hh1)], [5, 10])
    hb0 = replace(shift(g, -0.05, -0.05), lean=34.0, pelvis=12.0, tilt=22.0,
                  lead_glove=(0.12, 0.58), rear_glove=(0.06, 0.55), eyes=1.0, mouth=1.0,
                  rear_heel=0.0)
    a["hit_body"] = Anim([("hit_body_0", hb0), ("hit_body_1", lerp_pose(hb0, g, 0.45))],
                         [6, 10])
    blk = replace(g, lean=g.lean + 6, tilt=g.tilt + 14, turn=0.1,
                  lead_glove=(0.16, 0.9), rear_glove=(0.12, 0.84), lead_elbow=1.0)
    a["block"] = Anim([("block_0", blk)], [60], loop=True)
    # the knockdown: snapped back, knees buckle, sat down hard, flat, one bounce, settle
    f0 = replace(shift(g, -0.05, -0.04), lean=-22.0, tilt=-24.0, eyes=1.0, mouth=1.0,
                 lead_glove=(0.18, 0.9), rear_glove=(-0.05, 0.85), lead_heel=0.0)
    f1 = Pose(hip=(-0.1, 0.38), lean=-26.0, pelvis=-12.0, tilt=-22.0,
              lead_foot=(0.2, 0.0), rear_foot=(-0.02, 0.0), lead_heel=-5.0, rear_heel=10.0,
              lead_glove=(0.12, 0.78), rear_glove=(-0.2, 0.72), eyes=1.0, mouth=1.0)
    f2 = Pose(hip=(-0.12, 0.16), lean=-48.0, pelvis=-50.0, tilt=-20.0,
              lead_foot=(0.22, 0.0), rear_foot=(0.1, 0.0), lead_heel=-20.0, rear_heel=-5.0,
              lead_glove=(0.0, 0.5), rear_glove=(-0.3, 0.42), eyes=1.0, mouth=1.0)
    f3 = replace(lying(-0.1, 0.0, -2.0, 0.3), lead_glove=(-0.02, 0.14),
                 rear_glove=(-0.2, 0.22))
    f4 = replace(lying(-0.1, 0.045, 10.0, 1.0), lead_glove=(0.0, 0.2),
                 rear_glove=(-0.22, 0.3), rear_foot=(0.42, 0.0), rear_heel=-75.0)
    f5 = lying(-0.1, 0.01, 3.0, 0.4)
    f6 = lying(-0.1)
    fall = [f0, f1, f2, f3, f4, f5, f6]
    a["fall"] = Anim([(f"fall_{i}", p) for i, p in enumerate(fall)], [6, 6, 6, 5, 5, 5, 30])
    a["down"] = Anim([("down_0", lying(-0.1)), ("down_1", lying(-0.1, 0.0, 3.0))],
                     [20, 20], loop=True)
    # getting up is a struggle: up on the elbows, sitting, one knee with a glove on it,
    # pushing off the knee, up but wobbly with the hands low
    g0 = Pose(hip=(-0.1, 0.085), lean=-62.0, pelvis=-80.0, tilt=26.0,
              lead_foot=(0.3, 0.02), rear_foot=(0.36, 0.015), lead_heel=-50.0,
              rear_heel=-70.0, lead_glove=(-0.16, 0.04), rear_glove=(-0.36, 0.05),
              lead_elbow=-1.0, rear_elbow=-1.0, eyes=1.0, mouth=1.0)
    g1 = Pose(hip=(-0.08, 0.085), lean=-12.0, pelvis=-70.0, tilt=30.0,
              lead_foot=(0.2, 0.0), rear_foot=(0.28, 0.0), lead_heel=-10.0,
              rear_heel=-40.0, lead_glove=(0.06, 0.05), rear_glove=(-0.2, 0.05),
              lead_elbow=-1.0, rear_elbow=-1.0, mouth=1.0)
    g2 = Pose(hip=(-0.05, 0.26), lean=34.0, pelvis=14.0, tilt=20.0,
              lead_foot=(0.16, 0.0), rear_foot=(-0.3, 0.0), rear_heel=70.0,
              lead_glove=(0.13, 0.33), rear_glove=(0.04, 0.06), mouth=1.0)
    g3 = replace(g2, hip=(-0.03, 0.38), lean=32.0, tilt=22.0, rear_foot=(-0.2, 0.0),
                 rear_heel=45.0, lead_glove=(0.14, 0.4), rear_glove=(0.1, 0.4))
    g4 = replace(lerp_pose(g3, g, 0.7), lean=-2.0, tilt=4.0,
                 lead_glove=(0.2, 0.62), rear_glove=(0.1, 0.6), mouth=1.0)
    a["getup"] = Anim([(f"getup_{i}", p) for i, p in enumerate([g0, g1, g2, g3, g4])],
                      [10, 10, 10, 10, 8])
    v0 = replace(g, lean=-3.0, tilt=-14.0, turn=0.2, lead_glove=(0.1, 1.17),
                 rear_glove=(-0.06, 1.15), lead_heel=0.0, rear_heel=10.0, mouth=1.0)
    v1 = replace(shift(v0, 0.0, 0.015), lead_glove=(0.12, 1.2), rear_glove=(-0.08, 1.19),
                 lead_heel=15.0, rear_heel=25.0)
    a["victory"] = Anim([("victory_0", v0), ("victory_1", v1)], [12, 12], loop=True)
    return a


def taunt(style: str, g: Pose, total: int) -> Anim:
    """Each man taunts his own way: Apollo showboats, Rocky beckons, Drago taps his gloves
    and stares down his nose."""
    if style == "apollo":
        p0 = replace(g, lean=-6.0, tilt=-12.0, turn=0.3, lead_glove=(0.34, 0.86),
                     rear_glove=(-0.26, 0.86), mouth=1.0, rear_heel=0.0)
        p1 = replace(shift(p0, 0.0, 0.01), lead_glove=(0.3, 0.98), rear_glove=(-0.22, 0.98))
        p2 = replace(g, lean=-4.0, tilt=-16.0, lead_glove=(0.12, 1.16),
                     rear_glove=(-0.04, 1.14), mouth=1.0, lead_heel=20.0, rear_heel=30.0)
        poses = [p0, p1, p2, p1]
    elif style == "drago":
        # cold and slow: he brings the gloves together and taps them twice, deliberately,
        # then lowers them to his sides, straightens and lifts his chin to stare down
        tap_open = replace(g, lean=0.0, tilt=2.0, lead_glove=(0.25, 0.75),
                           rear_glove=(0.19, 0.95), lead_elbow=1.0, rear_heel=0.0)
        tap = replace(tap_open, tilt=4.0, lead_glove=(0.23, 0.77), rear_glove=(0.21, 0.83))
        drop = replace(g, lean=-1.0, tilt=-4.0, lead_glove=(0.16, 0.6),
                       rear_glove=(0.05, 0.58), rear_heel=0.0, hip=(0.0, 0.497))
        stare = replace(g, lean=-3.0, tilt=-9.0, lead_glove=(0.05, 0.46),
                        rear_glove=(-0.02, 0.47), rear_heel=0.0, hip=(0.0, 0.5))
        stare2 = replace(stare, lean=-4.0, tilt=-12.0, hip=(0.0, 0.502))
        # (the sim shows taunt poses for equal shares of the taunt, so seven slow beats)
        poses = [tap_open, tap, tap_open, tap, drop, stare, stare2]
    else:
        p0 = replace(g, lean=2.0, tilt=-6.0, lead_glove=(0.32, 0.72), lead_elbow=1.0,
                     rear_glove=(0.12, 0.8))
        p1 = replace(p0, lead_glove=(0.24, 0.8), tilt=-10.0)
        poses = [p0, p1, p0, p1]
    n = len(poses)
    ticks = [total // n + (1 if i < total % n else 0) for i in range(n)]
    return Anim([(f"taunt_{i}", p) for i, p in enumerate(poses)], ticks)
