"""Dressing the fighters' figure: clothes, hands, hair, hats and hand-held props.

Why a subclass of the fighter Figure: the same skeleton, 4x drawing, majority-vote shrink,
per-group outlines and screen-space shading keep the story's people in one style with the
boxers (art-direction.md); only the parts differ. Clothes follow the solved joints, so a
coat's hem swings with the legs and a sleeve bends at the elbow. The referee
(referee.py) was the first figure made this way; this one is driven by a Costume (data).

Two things differ from a fighter on purpose: the lead side is always the near side (a man
who points or holds a microphone shows it whichever way he faces), and the far hand hangs
behind the body unless the pose brings it in front (clapping, holding a clipboard).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from .actor_clothes import TOP_DETAILS, no_details
from .actor_heads import HAIR, HATS, shape_top
from .actor_props import BEHIND_HEAD, PROPS
from .costumes import WHITE, Costume
from .draw import Layer, Part
from .figure import SHADE, Figure, _clip, _hull
from .palettes import Look, Material
from .shapes import Pt, capsule, ellipse, quad_strip
from .skeleton import SHIN, THIGH, Joints, Vec

LIPS = (186, 62, 74)
GLASSES = (40, 36, 48)


@dataclass(frozen=True)
class Extra:
    """What a pose adds to the skeleton: props in hand, hand shapes, a lift off the floor.

    props: names in PROPS. near_hand/far_hand: "" (open), "point", "fist". far_front: the
    far hand is drawn in front of the body. raise_h: the figure is drawn this much (H units)
    above its anchor, which stays on the floor below (lifted up, carried on shoulders).
    bare_hands: a boxer's hands without gloves (running in the lab).
    """

    props: tuple[str, ...] = ()
    near_hand: str = ""
    far_hand: str = ""
    far_front: bool = False
    raise_h: float = 0.0
    bare_hands: bool = False


def actor_look(c: Costume) -> Look:
    """The fighters' Look built from a costume (jaw shape rides in `hair`, as for fighters)."""
    return Look(c.fighter or c.figure, c.height, "orthodox", {"white": WHITE, **c.materials},
                hair=c.jaw,
                shoulder_scale=c.shoulder_scale, limb_scale=c.limb_scale,
                trunks="stars" if c.fighter == "apollo" else "plain",
                style=c.fighter or "rocky")


def _leg_point(j: Joints, side: str, d: float, hang: bool = False) -> tuple[Vec, Vec]:
    """The point d (H units) down a leg from the hip, and the leg's direction there.

    hang: past the knee, cloth falls straight down instead of following the shin (a coat's
    hem over a walking or seated leg)."""
    hip, knee, ankle = (getattr(j, side + n) for n in ("_hip", "_knee", "_ankle"))
    if hang and d > THIGH:
        return (knee[0], knee[1] - (d - THIGH) * j.H), (0.0, -1.0)
    a, b, t = (hip, knee, d / THIGH) if d <= THIGH else (knee, ankle, (d - THIGH) / SHIN)
    t = min(t, 1.0)
    dx, dy = b[0] - a[0], b[1] - a[1]
    n = math.hypot(dx, dy) or 1.0
    return (a[0] + dx * t, a[1] + dy * t), (dx / n, dy / n)


class ActorFigure(Figure):
    """The fighter figure dressed by a Costume, with the props of one pose."""

    def __init__(self, j: Joints, look: Look, facing: int, ax: int, ay: int,
                 costume: Costume, extra: Extra) -> None:
        super().__init__(j, look, facing, ax, ay)
        self.c, self.x = costume, extra
        self.near_lead = True
        self.head_box: tuple[int, int, int, int] | None = None

    # -- helpers --------------------------------------------------------------------------
    def has(self, name: str) -> bool:
        return name in self.m

    def solid(self, pts: list[Pt], name: str, shadow: float, hl: list[Pt] | None = None,
              marks: list[Layer] | None = None) -> Part:
        """One shaded part in a material, with an optional highlight and marks."""
        mt = self.mat(name)
        return Part([Layer(pts, mt.base, mt.shadow)], shadow,
                    [(hl, mt.hl)] if hl else [], marks or [])

    def flat(self, pts: list[Pt], colour: tuple) -> Layer:
        return Layer(pts, colour, colour)

    @property
    def clothed(self) -> bool:
        return self.c.top != "bare"

    @property
    def gloved(self) -> bool:
        return self.c.top == "bare" and not self.x.bare_hands

    # -- legs -----------------------------------------------------------------------------
    def leg(self, side: str) -> list[Part]:
        parts = super().leg(side)
        shoe = parts[-1]
        if self.c.legs == "bare":
            if self.c.fighter:
                return parts
            return parts[:2] + [shoe]  # no sock: a dancer's or a lady's bare leg
        j, k, ls = self.j, self.k, self.look.limb_scale * 1.18
        hip, knee, ankle = (getattr(j, side + n) for n in ("_hip", "_knee", "_ankle"))
        thigh = capsule(self.P(hip), self.P(knee), 0.056 * k * ls, 0.042 * k * ls)
        shin = capsule(self.P(knee), self.P(ankle), 0.042 * k * ls, 0.036 * k * ls)
        mt = self.mat("legs")
        return [Part([Layer(_hull(thigh), mt.base, mt.shadow)], SHADE * 0.08 * k),
                Part([Layer(_hull(shin), mt.base, mt.shadow)], SHADE * 0.07 * k), shoe]

    # -- arms and hands -------------------------------------------------------------------
    def arm(self, side: str) -> list[Part]:
        if self.c.sleeves == "none" or not self.clothed:
            return super().arm(side)
        j, k, ls = self.j, self.k, self.look.limb_scale
        sh, el, wr = (getattr(j, side + n) for n in ("_shoulder", "_elbow", "_wrist"))
        ur, er, wr_r = 0.05 * k * ls, 0.042 * k * ls, 0.036 * k * ls
        c = self.P(sh)
        a = self.screen_ang(sh, el)
        delt = ellipse((c[0] + math.cos(a) * ur * 0.4, c[1] + math.sin(a) * ur * 0.4),
                       ur * 1.2, ur * 1.0, a)
        upper = _hull(capsule(self.P(sh), self.P(el), ur, er) + delt)
        hl = ellipse((c[0] - ur * 0.45, c[1] - ur * 0.35), ur * 0.5, ur * 0.3, -0.5)
        parts = [self.solid(upper, "top", SHADE * 2 * er, hl)]
        if self.c.sleeves == "short":
            skin = capsule(self.P(el), self.P(wr), er * 0.7, wr_r * 0.7)
            return parts + [self.solid(skin, "skin", SHADE * 1.4 * wr_r)]
        fore = capsule(self.P(el), self.P(wr), er, wr_r)
        cuff_name = "trim" if self.c.top in ("jacket", "robe") and self.has("trim") else (
            "under" if self.c.top in ("suit", "tux") else "")
        marks = []
        if cuff_name:
            cm = self.mat(cuff_name)
            wp, ep = self.P(wr), self.P(el)
            cuff = quad_strip(wp, (wp[0] + (ep[0] - wp[0]) * 0.16, wp[1] + (ep[1] - wp[1]) * 0.16),
                              wr_r * 1.1, wr_r * 1.1)
            marks.append(Layer(cuff, cm.base, cm.shadow))
        return parts + [self.solid(fore, "top", SHADE * 2 * wr_r, marks=marks)]

    def glove(self, side: str) -> list[Part]:
        if self.gloved:
            return super().glove(side)
        j, k = self.j, self.k
        g, wr = getattr(j, side + "_glove"), getattr(j, side + "_wrist")
        wp, gp = self.P(wr), self.P(g)
        a = math.atan2(gp[1] - wp[1], gp[0] - wp[0])
        c = (wp[0] * 0.45 + gp[0] * 0.55, wp[1] * 0.45 + gp[1] * 0.55)
        shape = self.x.near_hand if side == "lead" else self.x.far_hand
        s = self.look.limb_scale
        if shape in ("point", "fist"):
            hand = ellipse(c, 0.027 * k * s, 0.024 * k * s, a)
        else:
            hand = ellipse(c, 0.033 * k * s, 0.022 * k * s, a)
        wrist = capsule(wp, c, 0.017 * k * s, 0.019 * k * s)
        pts = _hull(hand + wrist)
        if shape == "point":
            tip = (c[0] + math.cos(a) * 0.075 * k, c[1] + math.sin(a) * 0.075 * k)
            pts = _hull(pts + capsule(c, tip, 0.01 * k, 0.008 * k))
        return [Part([self.lay(pts, "skin")], 0.012 * k)]

    # -- torso and what is worn on it -------------------------------------------------------
    def torso(self) -> list[Part]:
        if not self.clothed:
            return super().torso()
        j, k, c = self.j, self.k, self.c
        sc = self.look.shoulder_scale
        neck_top = j.to_world(j.head, j.head_ang, -0.01, -0.04)
        parts = [Part([self.lay(capsule(self.P(j.neck), self.P(neck_top), 0.034 * k * sc,
                                        0.03 * k), "skin")], 0.02 * k)]
        b = c.belly
        outline = [(-0.072, -0.045), (-0.078, 0.14), (-0.086, 0.23), (-0.076, 0.3),
                   (-0.045, 0.333), (0.035, 0.333), (0.072, 0.308), (0.088, 0.262),
                   (0.084 + b * 0.5, 0.2), (0.074 + b, 0.13), (0.068 + b * 0.8, 0.06),
                   (0.066 + b * 0.5, -0.045)]
        if c.top in ("dress", "sequins"):  # a waist
            outline = [(-0.066, 0.0), (-0.064, 0.12), (-0.08, 0.23), (-0.074, 0.3),
                       (-0.045, 0.333), (0.035, 0.333), (0.07, 0.308), (0.084, 0.262),
                       (0.078, 0.21), (0.058, 0.13), (0.062, 0.06), (0.064, 0.0)]
        pts = self.local(j.pelvis, j.lean, outline, sc)
        hl = self.local(j.pelvis, j.lean, [(-0.04, 0.3), (0.03, 0.318), (0.06, 0.3),
                                           (0.0, 0.28)], sc)
        mt = self.mat("top")
        body = Part([Layer(pts, mt.base, mt.shadow)], SHADE * 0.12 * k, [(hl, mt.hl)])
        TOP_DETAILS.get(c.top, no_details)(self, body, sc)
        # what is worn below goes under the top's hem: the shirt or jacket hangs over it
        return parts + self.lower() + [body]

    def lower(self) -> list[Part]:
        """Below the waist: trousers' seat, or a skirt / coat / robe tail over the thighs."""
        if self.c.hem > 0:
            return [self.skirt()]
        if self.c.legs == "bare" and self.c.fighter:
            return super().trunks()
        j, k = self.j, self.k
        pa = j.pelvis_ang
        name = "legs" if self.c.legs != "bare" else "top"
        seat = [j.to_world(j.pelvis, pa, u, v) for u, v in
                ((-0.07, 0.04), (0.062, 0.04), (-0.07, -0.02), (0.062, -0.02))]
        seat += [_leg_point(j, sd, 0.05)[0] for sd in ("lead", "rear")]
        pts = _hull([self.P(q) for q in seat])
        mt = self.mat(name)
        return [Part([Layer(pts, mt.base, mt.shadow)], SHADE * 0.075 * k)]

    def skirt(self) -> Part:
        """A hem at `hem` H above the floor when standing: that far down each leg always."""
        j, k, c = self.j, self.k, self.c
        d = max(0.5 - c.hem, 0.05)
        pa = j.pelvis_ang
        pts = [j.to_world(j.pelvis, pa, u, v) for u, v in
               ((-0.084, 0.06), (0.074 + c.belly * 0.6, 0.06), (-0.092, 0.0),
                (0.08 + c.belly * 0.6, 0.0))]
        flare = 0.05 + 0.05 * d
        for sd in ("lead", "rear"):
            p, (ux, uy) = _leg_point(j, sd, d, hang=True)
            seated = abs(_leg_point(j, sd, 0.0)[1][1]) < 0.7  # the thigh well off vertical
            fl = min(flare, 0.03) if seated else flare
            nx, ny = uy, -ux
            for s in (-1, 1):
                pts.append((p[0] + nx * s * fl * j.H, p[1] + ny * s * fl * j.H))
        poly = _hull([self.P(q) for q in pts])
        name = "top"
        mt = self.mat(name)
        part = Part([Layer(poly, mt.base, mt.shadow)], SHADE * 0.09 * k)
        if c.top == "robe":
            self._robe_hem(part, poly)
        else:
            # the front edge of an open coat: a fold line down from the waist
            front = [j.to_world(j.pelvis, pa, u, v) for u, v in ((0.05, 0.06), (0.062, 0.06))]
            p, _ = _leg_point(j, "lead", d, hang=True)
            f = [self.P(front[0]), self.P(front[1]), self.P((p[0] + 0.05 * j.H, p[1])),
                 self.P((p[0] + 0.035 * j.H, p[1]))]
            if c.top in ("coat", "labcoat"):
                part.folds.append((f, True))
        return part

    def _robe_hem(self, part: Part, poly: list[Pt]) -> None:
        """Red and white bands at the foot of the robe, and white stars above them."""
        red, white = self.mat("under"), self.mat("trim")
        ys = [p[1] for p in poly]
        xs = [p[0] for p in poly]
        top, bot = min(ys), max(ys)
        band = bot - (bot - top) * 0.28
        x0, x1 = min(xs) - 8, max(xs) + 8
        n = 6
        for i in range(n):
            y0 = band + (bot - band) * i / n
            y1 = band + (bot - band) * (i + 1) / n
            mt = red if i % 2 == 0 else white
            strip = _clip([(x0, y0), (x1, y0), (x1, y1), (x0, y1)], poly)
            if len(strip) >= 3:
                part.layers.append(Layer(strip, mt.base, mt.shadow))
        self.stars(part, poly, top, band)

    def stars(self, part: Part, poly: list[Pt], top: float, bottom: float) -> None:
        white = self.mat("trim")
        xs = [p[0] for p in poly]
        step = 0.05 * self.k
        r = 0.008 * self.k
        y, row = top + step * 0.6, 0
        while y < bottom - r:
            x = min(xs) + step * (0.3 + 0.5 * (row % 2))
            while x < max(xs):
                dot = ellipse((x, y), r, r, 0, 8)
                if len(_clip(dot, poly)) >= 8:
                    part.marks.append(Layer(dot, white.base, white.base))
                x += step
            y += step * 0.8
            row += 1

    # -- head: hair, hat and face --------------------------------------------------------------
    def hair(self) -> Part:
        style = self.c.hair
        if style in ("rocky", "apollo", "drago"):
            return super().hair()
        pts, hl = HAIR[style]()
        hm = self.mat("hair")
        hc, ha = self.j.head, self.j.head_ang
        return Part([self.lay(self.local(hc, ha, pts), "hair")], SHADE * 0.05 * self.k,
                    [(self.local(hc, ha, hl), hm.hl)] if hl else [])

    def head(self) -> list[Part]:
        parts = super().head()
        if self.c.hair == "bald":  # the crown is skin: no hair part covers it
            parts = [parts[0], self.hair()]
        if self.c.hat:
            parts.extend(self.hat())
        return parts

    def hat(self) -> list[Part]:
        hc, ha = self.j.head, self.j.head_ang
        out = []
        for shape, name, marks in HATS[self.c.hat]():
            pts = self.local(hc, ha, shape)
            mk = []
            for m, mn in marks:  # "name:hl": the material's highlight tone
                mm = self.mat(mn.split(":")[0])
                col = mm.hl if mn.endswith(":hl") else mm.base
                mk.append(Layer(self.local(hc, ha, m), col, col))
            mt = self.mat(name)
            hl = self.local(hc, ha, [(-0.02, shape_top(shape) - 0.012),
                                     (0.02, shape_top(shape) - 0.01),
                                     (0.015, shape_top(shape) - 0.02),
                                     (-0.02, shape_top(shape) - 0.022)])
            out.append(Part([Layer(pts, mt.base, mt.shadow)], SHADE * 0.05 * self.k,
                            [(hl, mt.hl)], mk))
        return out

    def face_pixels(self) -> list[tuple[int, int, tuple[int, int, int]]]:
        out = super().face_pixels()
        j, s = self.j, self.s
        hc, ha = j.head, j.head_ang

        def px(u: float, v: float) -> tuple[int, int]:
            w = j.to_world(hc, ha, u, v)
            return (math.floor(self.ax + s * w[0]), math.floor(self.ay - w[1]))

        if self.c.lips:
            mx, my = px(0.046, -0.042)
            out += [(mx, my, LIPS), (mx - s, my, LIPS)]
        if self.c.moustache:
            mx, my = px(0.046, -0.042)
            col = self.mat("hair").base
            out += [(mx + d * s, my - 1, col) for d in (-2, -1, 0, 1)]
        if self.c.glasses:
            ex, ey = px(0.036, 0.004)
            ring = [(ex - s, ey - 1), (ex, ey - 2), (ex + s, ey - 2), (ex + 2 * s, ey - 1),
                    (ex + 2 * s, ey), (ex + s, ey + 1), (ex, ey + 1), (ex - s, ey)]
            ring += [(ex - d * s, ey - 1) for d in range(2, 6)]
            out += [(x, y, GLASSES) for x, y in ring]
        return out

    # -- props -----------------------------------------------------------------------------
    def props(self, behind: bool = False) -> list[Part]:
        """The pose's props in front of the figure (or, behind=True, those worn behind the
        head and the near arm: a log on the shoulder)."""
        out: list[Part] = []
        for name in self.x.props:
            if (name in BEHIND_HEAD) == behind:
                out.extend(PROPS[name](self))
        return out

    def hand_at(self, side: str) -> Pt:
        j = self.j
        g, wr = getattr(j, side + "_glove"), getattr(j, side + "_wrist")
        wp, gp = self.P(wr), self.P(g)
        return (wp[0] * 0.45 + gp[0] * 0.55, wp[1] * 0.45 + gp[1] * 0.55)

    def prop_mat(self, *names: str) -> Material:
        for n in names:
            if n in self.m:
                return self.m[n]
        return self.m["top"]

    # -- depth order -----------------------------------------------------------------------
    def groups(self) -> list[tuple[str, list[Part]]]:
        build: dict[str, Callable[[], list[Part]]] = {
            "far_leg": lambda: self.leg("rear"), "far_arm": lambda: self.arm("rear"),
            "far_hand": lambda: self.glove("rear"), "near_leg": lambda: self.leg("lead"),
            "torso": self.torso, "head": self.head, "near_arm": lambda: self.arm("lead"),
            "near_hand": lambda: self.glove("lead"), "props": self.props,
            "shoulder_props": lambda: self.props(True)}
        order = ["far_leg", "far_arm", "far_hand", "near_leg", "torso", "shoulder_props",
                 "head", "near_arm", "near_hand", "props"]
        if self.x.far_front:
            order.remove("far_hand")
            order.insert(order.index("head") + 1, "far_hand")
        out = []
        for g in order:
            parts = build[g]()
            if not parts:
                continue
            if g == "head":
                self.head_box = self._box(parts)
            out.append((g, parts))
        return out

    def _box(self, parts: list[Part]) -> tuple[int, int, int, int]:
        """The parts' box in 1x px relative to the anchor, grown by the outline pixel."""
        bs = [p.box() for p in parts]
        x0 = math.floor(min(b[0] for b in bs) / 4) - 1
        y0 = math.floor(min(b[1] for b in bs) / 4) - 1
        x1 = math.ceil(max(b[2] for b in bs) / 4) + 1
        y1 = math.ceil(max(b[3] for b in bs) / 4) + 1
        return (x0 - self.ax, y0 - self.ay, x1 - x0, y1 - y0)
