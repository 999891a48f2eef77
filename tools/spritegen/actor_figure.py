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
        TOP_DETAILS.get(c.top, _no_details)(self, body, sc)
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
        self._stars(part, poly, top, band)

    def _stars(self, part: Part, poly: list[Pt], top: float, bottom: float) -> None:
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


def shape_top(shape: list[Vec]) -> float:
    return max(v for _, v in shape)


def _no_details(fig: ActorFigure, body: Part, sc: float) -> None:
    return None


def _v_neck(fig: ActorFigure, body: Part, sc: float, depth: float, under: str) -> list[Pt]:
    """The open front of a jacket: a wedge of what is worn under it, down to `depth`."""
    j = fig.j
    v = fig.local(j.pelvis, j.lean, [(0.012, 0.336), (0.07, 0.31), (0.082, depth)], sc)
    mt = fig.mat(under)
    body.marks.append(Layer(v, mt.base, mt.shadow))
    return v


def _lapels(fig: ActorFigure, body: Part, sc: float, depth: float) -> None:
    j = fig.j
    lap = fig.local(j.pelvis, j.lean, [(0.0, 0.336), (0.016, 0.336), (0.07, depth + 0.02),
                                       (0.08, depth)], sc)
    body.folds.append((lap, True))


def _tie(fig: ActorFigure, body: Part, sc: float) -> None:
    j, c = fig.j, fig.c
    if c.tie == "tie":
        t = fig.local(j.pelvis, j.lean, [(0.05, 0.322), (0.064, 0.322), (0.08, 0.2),
                                         (0.071, 0.19), (0.062, 0.2)], sc)
    elif c.tie == "bow":
        t = fig.local(j.pelvis, j.lean, [(0.038, 0.33), (0.058, 0.318), (0.078, 0.332),
                                         (0.078, 0.306), (0.058, 0.318), (0.038, 0.304)], sc)
    else:
        return
    mt = fig.mat("tie")
    body.marks.append(Layer(t, mt.base, mt.shadow))


def _buttons(fig: ActorFigure, body: Part, sc: float, vs: tuple[float, ...], u: float = 0.078,
             name: str = "trim") -> None:
    j = fig.j
    mt = fig.prop_mat(name, "under")
    for v in vs:
        c = fig.P(j.to_world(j.pelvis, j.lean, (u + fig.c.belly * 0.6) * sc, v))
        body.marks.append(Layer(ellipse(c, 0.006 * fig.k, 0.006 * fig.k, 0, 8), mt.base,
                                mt.base))


def _rib(fig: ActorFigure, body: Part, sc: float) -> None:
    """A knitted band at the foot of a cardigan, sweater or jacket (shadow tone, no line)."""
    j = fig.j
    rib = fig.local(j.pelvis, j.lean, [(-0.1, -0.032), (0.1, -0.032), (0.1, -0.05),
                                       (-0.1, -0.05)], sc)
    body.folds.append((rib, True))


def _suit(fig: ActorFigure, body: Part, sc: float) -> None:
    _v_neck(fig, body, sc, 0.2, "under")
    _lapels(fig, body, sc, 0.2)
    _tie(fig, body, sc)
    _buttons(fig, body, sc, (0.16, 0.1), 0.074, "top")
    if fig.has("trim"):  # a badge on the lapel
        j = fig.j
        c = fig.P(j.to_world(j.pelvis, j.lean, 0.03 * sc, 0.27))
        mt = fig.mat("trim")
        body.marks.append(Layer(ellipse(c, 0.009 * fig.k, 0.009 * fig.k, 0, 8), mt.base,
                                mt.base))


def _cardigan(fig: ActorFigure, body: Part, sc: float) -> None:
    _v_neck(fig, body, sc, 0.22, "under")
    _buttons(fig, body, sc, (0.19, 0.13, 0.07))
    _rib(fig, body, sc)


def _coat(fig: ActorFigure, body: Part, sc: float) -> None:
    j = fig.j
    if fig.has("under") and fig.c.top != "robe":  # a scarf or the shirt at the throat
        _v_neck(fig, body, sc, 0.25, "under")
        _tie(fig, body, sc)
    if fig.has("trim"):  # a fur or wool collar
        mt = fig.mat("trim")
        col = fig.local(j.pelvis, j.lean, [(-0.06, 0.33), (-0.03, 0.35), (0.03, 0.35),
                                           (0.07, 0.31), (0.04, 0.29), (-0.05, 0.3)], sc)
        body.marks.append(Layer(col, mt.base, mt.shadow))
    _lapels(fig, body, sc, 0.22)
    if fig.c.top == "coat":
        _buttons(fig, body, sc, (0.18, 0.1), 0.074, "top")
    if fig.c.top == "labcoat":
        pocket = fig.local(j.pelvis, j.lean, [(0.02, 0.26), (0.05, 0.26), (0.05, 0.24),
                                              (0.02, 0.24)], sc)
        body.folds.append((pocket, True))


def _robe(fig: ActorFigure, body: Part, sc: float) -> None:
    j = fig.j
    white, red = fig.mat("trim"), fig.mat("under")
    lap = fig.local(j.pelvis, j.lean, [(0.0, 0.338), (0.03, 0.338), (0.084, 0.16),
                                       (0.07, 0.1), (0.06, 0.16)], sc)
    body.marks.append(Layer(lap, white.base, white.shadow))
    belt = fig.local(j.pelvis, j.lean, [(-0.1, 0.09), (0.1, 0.09), (0.1, 0.06), (-0.1, 0.06)],
                     sc)
    body.marks.append(Layer(belt, red.base, red.shadow))
    ys = [p[1] for p in body.layers[0].pts]
    fig._stars(body, body.layers[0].pts, min(ys), max(ys))


def _jacket(fig: ActorFigure, body: Part, sc: float) -> None:
    j = fig.j
    if fig.has("trim"):  # a team stripe across the chest
        mt = fig.mat("trim")
        s = fig.local(j.pelvis, j.lean, [(-0.1, 0.26), (0.1, 0.26), (0.1, 0.23),
                                         (-0.1, 0.23)], sc)
        body.marks.append(Layer(_clip(s, body.layers[0].pts), mt.base, mt.shadow))
    if fig.has("under"):
        _v_neck(fig, body, sc, 0.27, "under")
    zip_ = fig.local(j.pelvis, j.lean, [(0.072, 0.3), (0.078, 0.3), (0.072, 0.0),
                                        (0.066, 0.0)], sc)
    body.folds.append((zip_, True))
    _rib(fig, body, sc)


def _sweater(fig: ActorFigure, body: Part, sc: float) -> None:
    j = fig.j
    _rib(fig, body, sc)
    neck = fig.local(j.pelvis, j.lean, [(-0.03, 0.335), (0.05, 0.335), (0.05, 0.32),
                                        (-0.03, 0.32)], sc)
    body.folds.append((neck, True))


def _dress(fig: ActorFigure, body: Part, sc: float) -> None:
    j = fig.j
    skin = fig.mat("skin")
    neck = fig.local(j.pelvis, j.lean, [(0.01, 0.336), (0.06, 0.325), (0.074, 0.27)], sc)
    body.marks.append(Layer(neck, skin.base, skin.shadow))
    belt = fig.local(j.pelvis, j.lean, [(-0.1, 0.11), (0.1, 0.11), (0.1, 0.085),
                                        (-0.1, 0.085)], sc)
    mt = fig.mat("under")
    body.marks.append(Layer(belt, mt.base, mt.shadow))
    if fig.has("trim"):  # a gold necklace
        t = fig.mat("trim")
        for u, v in ((0.03, 0.323), (0.05, 0.31), (0.064, 0.292)):
            c = fig.P(j.to_world(j.pelvis, j.lean, u * sc, v))
            body.marks.append(Layer(ellipse(c, 0.006 * fig.k, 0.006 * fig.k, 0, 8), t.base,
                                    t.base))


def _sequins(fig: ActorFigure, body: Part, sc: float) -> None:
    """A showgirl's leotard: bare shoulders, a gold belt, sparkles scattered over it."""
    j = fig.j
    skin = fig.mat("skin")
    top = fig.local(j.pelvis, j.lean, [(-0.09, 0.34), (0.09, 0.34), (0.09, 0.275),
                                       (0.0, 0.29), (-0.09, 0.27)], sc)
    body.marks.append(Layer(_clip(top, body.layers[0].pts), skin.base, skin.shadow))
    t = fig.mat("trim")
    belt = fig.local(j.pelvis, j.lean, [(-0.1, 0.13), (0.1, 0.13), (0.1, 0.11),
                                        (-0.1, 0.11)], sc)
    body.marks.append(Layer(_clip(belt, body.layers[0].pts), t.base, t.shadow))
    for u, v in ((-0.04, 0.24), (0.03, 0.22), (0.06, 0.17), (-0.02, 0.17), (0.02, 0.08),
                 (-0.05, 0.06), (0.05, 0.04)):
        c = fig.P(j.to_world(j.pelvis, j.lean, u * sc, v))
        body.marks.append(Layer(ellipse(c, 0.007 * fig.k, 0.007 * fig.k, 0, 8), t.hl, t.hl))


TOP_DETAILS: dict[str, Callable[[ActorFigure, Part, float], None]] = {
    "suit": _suit, "tux": _suit, "cardigan": _cardigan, "coat": _coat, "labcoat": _coat,
    "robe": _robe, "jacket": _jacket, "sweater": _sweater, "dress": _dress,
    "sequins": _sequins}


# -- hair styles: (outline, highlight) in the head's frame (u forward, v up, H units) -------
def _arc(r: float, a0: int, a1: int, step: int = 12, cx: float = -0.004,
         cy: float = 0.012) -> list[Vec]:
    return [(cx + r * math.cos(math.radians(a)), cy + r * math.sin(math.radians(a)))
            for a in range(a0, a1 + 1, step)]


def _hair_bald() -> tuple[list[Vec], list[Vec]]:
    """A fringe round the back of the head, above the ear; the crown bare."""
    return _arc(0.064, 120, 215, 10) + _arc(0.048, 215, 130, -10), []


def _hair_short() -> tuple[list[Vec], list[Vec]]:
    return ([(0.05, 0.045)] + _arc(0.064, 36, 216) + [(-0.05, -0.02), (-0.03, 0.016),
                                                      (0.0, 0.034), (0.035, 0.036)],
            [(-0.015, 0.07), (0.02, 0.072), (0.02, 0.066), (-0.015, 0.064)])


def _hair_swept() -> tuple[list[Vec], list[Vec]]:
    """Combed straight back with some height over the brow."""
    return ([(0.056, 0.04), (0.06, 0.066), (0.03, 0.082), (-0.02, 0.082)]
            + _arc(0.066, 130, 220) + [(-0.052, -0.02), (-0.03, 0.02), (0.01, 0.042)],
            [(0.0, 0.076), (0.04, 0.07), (0.04, 0.064), (0.0, 0.07)])


def _hair_curly() -> tuple[list[Vec], list[Vec]]:
    pts = [(-0.004 + (0.072 + 0.006 * (i % 2)) * math.cos(math.radians(a)),
            0.016 + (0.072 + 0.006 * (i % 2)) * math.sin(math.radians(a)))
           for i, a in enumerate(range(20, 221, 14))]
    return pts + [(-0.05, -0.02), (-0.03, 0.016), (0.02, 0.04)], []


def _hair_long() -> tuple[list[Vec], list[Vec]]:
    """Over the crown and down the back to the shoulders."""
    return ([(0.058, 0.03)] + _arc(0.068, 20, 190) + [(-0.078, -0.06), (-0.07, -0.13),
                                                     (-0.03, -0.12), (-0.028, -0.04),
                                                     (0.0, 0.02), (0.04, 0.03)],
            [(-0.02, 0.074), (0.02, 0.076), (0.02, 0.07), (-0.02, 0.068)])


def _hair_bob() -> tuple[list[Vec], list[Vec]]:
    """Short, full, swept over the brow to one side, ends at the jaw."""
    return ([(0.07, 0.03), (0.066, 0.06)] + _arc(0.07, 60, 200) + [
        (-0.072, -0.05), (-0.05, -0.062), (-0.03, -0.03), (-0.01, 0.02), (0.03, 0.026)],
        [(-0.02, 0.076), (0.03, 0.074), (0.03, 0.066), (-0.02, 0.07)])


def _hair_bun() -> tuple[list[Vec], list[Vec]]:
    bun = [(-0.07 + 0.034 * math.cos(t / 4), 0.05 + 0.032 * math.sin(t / 4)) for t in range(26)]
    return _hull([(0.05, 0.04)] + _arc(0.064, 36, 214) + [(-0.04, 0.0), (0.0, 0.034)] + bun), [
        (-0.015, 0.07), (0.02, 0.072), (0.02, 0.066), (-0.015, 0.064)]


HAIR: dict[str, Callable[[], tuple[list[Vec], list[Vec]]]] = {
    "bald": _hair_bald, "short": _hair_short, "swept": _hair_swept, "curly": _hair_curly,
    "long": _hair_long, "bob": _hair_bob, "bun": _hair_bun}


# -- hats: [(outline, material, [(mark outline, material)])] in the head's frame ---------------
HatParts = list[tuple[list[Vec], str, list[tuple[list[Vec], str]]]]


def _hat_flatcap() -> HatParts:
    return [([(-0.07, 0.02), (-0.07, 0.06), (-0.03, 0.086), (0.03, 0.086), (0.07, 0.062),
              (0.104, 0.036), (0.1, 0.026), (0.05, 0.032), (-0.02, 0.03)], "hat", [])]


def _hat_cap() -> HatParts:
    return [(_arc(0.068, 0, 180, 12, -0.004, 0.02) + [(-0.072, 0.02)], "hat", []),
            ([(0.04, 0.03), (0.112, 0.022), (0.11, 0.014), (0.04, 0.018)], "hat", [])]


def _hat_cloche() -> HatParts:
    dome = _arc(0.074, -5, 195, 10, -0.006, 0.016)
    brim = [(-0.086, 0.0), (0.082, 0.012), (0.086, 0.0), (-0.086, -0.01)]
    band = [(-0.08, 0.02), (0.074, 0.03), (0.074, 0.018), (-0.08, 0.01)]
    return [(_hull(dome + brim), "hat", [(band, "under")])]


def _hat_beanie() -> HatParts:
    dome = _arc(0.07, -5, 190, 10, -0.004, 0.02)
    fold = [(-0.078, 0.03), (0.07, 0.03), (0.07, 0.006), (-0.078, 0.006)]
    return [(_hull(dome + fold), "hat", [])]


def _hat_fedora() -> HatParts:
    crown = [(-0.056, 0.05), (-0.052, 0.11), (-0.01, 0.118), (0.0, 0.108), (0.012, 0.118),
             (0.05, 0.11), (0.056, 0.05)]
    brim = [(-0.1, 0.046), (-0.08, 0.062), (0.08, 0.062), (0.11, 0.05), (0.1, 0.038),
            (-0.09, 0.036)]
    band = [(-0.056, 0.07), (0.056, 0.07), (0.056, 0.058), (-0.056, 0.058)]
    return [(_hull(brim), "hat", []), (_hull(crown + [(-0.056, 0.06), (0.056, 0.06)]), "hat",
                                       [(band, "hair")])]


def _hat_tophat() -> HatParts:
    crown = [(-0.052, 0.05), (-0.056, 0.19), (0.056, 0.19), (0.052, 0.05)]
    brim = [(-0.088, 0.04), (-0.07, 0.062), (0.07, 0.062), (0.094, 0.046), (0.09, 0.036),
            (-0.08, 0.032)]
    band = [(-0.06, 0.09), (0.06, 0.09), (0.06, 0.064), (-0.06, 0.064)]
    stars = [[(u - 0.007, v), (u, v + 0.008), (u + 0.007, v), (u, v - 0.008)]
             for u, v in ((-0.03, 0.16), (0.02, 0.15), (-0.01, 0.12), (0.035, 0.115))]
    return [(_hull(brim), "hat", []),
            (crown, "hat", [(band, "under")] + [(s, "trim") for s in stars])]


def _hat_feathers() -> HatParts:
    out: HatParts = []
    for ang in (-35, -15, 5, 25, 45):
        a = math.radians(90 - ang)
        c = (-0.01 + math.cos(a) * 0.1, 0.06 + math.sin(a) * 0.1)
        # long along the radius (a plume standing out of the band), narrow across it
        pts = [(c[0] + math.cos(t / 3) * 0.09 * math.cos(a) - math.sin(t / 3) * 0.026
                * math.sin(a),
                c[1] + math.cos(t / 3) * 0.09 * math.sin(a) + math.sin(t / 3) * 0.026
                * math.cos(a)) for t in range(19)]
        out.append((_hull(pts), "hat", []))
    band = [(-0.07, 0.03), (-0.06, 0.07), (0.06, 0.074), (0.07, 0.036)]
    out.append((band, "trim", []))
    return out


def _hat_ushanka() -> HatParts:
    """A fur hat: a full crown, the front turned up, an ear flap down over the ear."""
    crown = [(x, 0.03 + (y - 0.03) * 0.8) for x, y in _arc(0.072, -5, 195, 10, -0.004, 0.03)]
    brim = [(-0.084, 0.036), (0.074, 0.05), (0.078, 0.016), (-0.084, 0.004)]
    flap = [(-0.05, 0.02), (0.012, 0.02), (0.008, -0.05), (-0.036, -0.056), (-0.056, -0.02)]
    return [(flap, "hat", []), (_hull(crown + brim), "hat", [(brim, "hat:hl")])]


def _hat_scarf() -> HatParts:
    """A headscarf over the hair, round the face, knotted under the chin."""
    return [(_arc(0.074, 50, 235, 10, -0.004, 0.014) + [(-0.05, -0.07), (-0.01, -0.082),
                                                         (0.03, -0.07), (0.012, -0.05),
                                                         (0.006, 0.0), (0.03, 0.05)],
             "hat", [])]


HATS: dict[str, Callable[[], HatParts]] = {
    "ushanka": _hat_ushanka, "scarf": _hat_scarf,
    "flatcap": _hat_flatcap, "cap": _hat_cap, "cloche": _hat_cloche, "beanie": _hat_beanie,
    "fedora": _hat_fedora, "tophat": _hat_tophat, "feathers": _hat_feathers}


# -- props: parts in front of the figure, placed from the hands ---------------------------------
def _toward(a: Pt, b: Pt, d: float) -> Pt:
    dx, dy = b[0] - a[0], b[1] - a[1]
    n = math.hypot(dx, dy) or 1.0
    return (a[0] + dx / n * d, a[1] + dy / n * d)


def _mic(fig: ActorFigure) -> list[Part]:
    """A hand microphone from the near hand towards the mouth."""
    k, j = fig.k, fig.j
    h = fig.hand_at("lead")
    mouth = fig.P(j.to_world(j.head, j.head_ang, 0.06, -0.04))
    top = _toward(h, mouth, min(0.07 * k, math.dist(h, mouth) - 0.015 * k))
    mt = fig.prop_mat("metal", "prop")
    handle = capsule(_toward(h, mouth, -0.02 * k), top, 0.011 * k, 0.013 * k)
    head = ellipse(top, 0.02 * k, 0.02 * k)
    return [Part([Layer(_hull(handle), mt.shadow, mt.dark)], 0.0),
            Part([Layer(head, mt.hl, mt.base)], 0.01 * k)]


def _camera(fig: ActorFigure, at_face: bool = False) -> list[Part]:
    k, j = fig.k, fig.j
    if at_face:
        c = fig.P(j.to_world(j.head, j.head_ang, 0.085, 0.0))
    else:
        h = fig.hand_at("lead")
        c = (h[0] + fig.s * 0.015 * k, h[1] - 0.01 * k)
    mt = fig.prop_mat("prop")
    s = fig.s
    body = [(c[0] - 0.04 * k, c[1] - 0.028 * k), (c[0] + 0.04 * k, c[1] - 0.028 * k),
            (c[0] + 0.04 * k, c[1] + 0.028 * k), (c[0] - 0.04 * k, c[1] + 0.028 * k)]
    lens = ellipse((c[0] + s * 0.044 * k, c[1] + 0.004 * k), 0.014 * k, 0.02 * k)
    flash = [(c[0] - s * 0.035 * k, c[1] - 0.028 * k), (c[0] - s * 0.005 * k, c[1] - 0.028 * k),
             (c[0] - s * 0.005 * k, c[1] - 0.056 * k), (c[0] - s * 0.035 * k, c[1] - 0.056 * k)]
    glass = ellipse((c[0] + s * 0.05 * k, c[1]), 0.006 * k, 0.01 * k)
    return [Part([Layer(_hull(body + lens), mt.base, mt.shadow)], 0.012 * k, [],
                 [Layer(glass, mt.hl, mt.hl)]),
            Part([Layer(flash, mt.hl, mt.base)], 0.006 * k)]


def _clipboard(fig: ActorFigure) -> list[Part]:
    k = fig.k
    h = fig.hand_at("rear")
    c = (h[0] + fig.s * 0.02 * k, h[1] - 0.04 * k)
    mt = fig.prop_mat("prop")
    a = -0.25 * fig.s
    board = [(c[0] + x * math.cos(a) - y * math.sin(a), c[1] + x * math.sin(a) + y * math.cos(a))
             for x, y in ((-0.045 * k, -0.065 * k), (0.045 * k, -0.065 * k),
                          (0.045 * k, 0.065 * k), (-0.045 * k, 0.065 * k))]
    paper = [(c[0] + (x - c[0]) * 0.8, c[1] + (y - c[1]) * 0.8 + 0.01 * k) for x, y in board]
    return [Part([Layer(board, mt.base, mt.shadow)], 0.01 * k, [],
                 [Layer(paper, mt.hl, mt.hl)])]


def _syringe(fig: ActorFigure) -> list[Part]:
    k = fig.k
    h = fig.hand_at("lead")
    fw = (fig.s, 0.0)
    a = (h[0] - fw[0] * 0.01 * k, h[1] - 0.01 * k)
    b = (h[0] + fw[0] * 0.06 * k, h[1] - 0.012 * k)
    tip = (h[0] + fw[0] * 0.095 * k, h[1] - 0.013 * k)
    mt = fig.prop_mat("prop")
    return [Part([Layer(quad_strip(b, tip, 0.004 * k, 0.003 * k), mt.dark, mt.dark)], 0.0),
            Part([Layer(quad_strip(a, b, 0.012 * k, 0.012 * k), mt.base, mt.shadow)],
                 0.006 * k, [], [])]


def _axe(fig: ActorFigure, up: bool) -> list[Part]:
    k = fig.k
    hn, hf = fig.hand_at("lead"), fig.hand_at("rear")
    grip_end = _toward(hn, hf, -0.02 * k)
    length = 0.32 * k
    end = _toward(hf, hn, length)
    wood = fig.prop_mat("prop")
    metal = fig.prop_mat("metal")
    handle = capsule(grip_end if math.dist(grip_end, hf) > math.dist(hn, hf) else hf, end,
                     0.012 * k, 0.012 * k)
    dx, dy = end[0] - hf[0], end[1] - hf[1]
    n = math.hypot(dx, dy) or 1.0
    ux, uy = dx / n, dy / n
    nx, ny = -uy, ux
    side = 1.0 if (nx * fig.s) > 0 else -1.0  # the blade faces forward
    if not up:
        side = -side
    bx, by = end[0] - ux * 0.02 * k, end[1] - uy * 0.02 * k
    blade = [(bx - ux * 0.03 * k, by - uy * 0.03 * k),
             (bx + ux * 0.03 * k, by + uy * 0.03 * k),
             (bx + ux * 0.05 * k + nx * side * 0.07 * k, by + uy * 0.05 * k + ny * side * 0.07 * k),
             (bx - ux * 0.05 * k + nx * side * 0.07 * k, by - uy * 0.05 * k + ny * side * 0.07 * k)]
    return [Part([Layer(handle, wood.base, wood.shadow)], 0.008 * k),
            Part([Layer(blade, metal.base, metal.shadow)], 0.01 * k,
                 [(blade[2:] + [blade[1]], metal.hl)])]


def _log(fig: ActorFigure) -> list[Part]:
    """A log across the near shoulder, both hands on it."""
    k, j = fig.k, fig.j
    sh = fig.P(j.lead_shoulder)
    c = (sh[0], sh[1] - 0.02 * k)
    a, b = (c[0] - fig.s * 0.26 * k, c[1] + 0.02 * k), (c[0] + fig.s * 0.13 * k, c[1] - 0.01 * k)
    wood = fig.prop_mat("prop")
    end = ellipse(b, 0.03 * k, 0.042 * k, math.atan2(b[1] - a[1], b[0] - a[0]))
    ring = ellipse(b, 0.016 * k, 0.024 * k, math.atan2(b[1] - a[1], b[0] - a[0]))
    return [Part([Layer(capsule(a, b, 0.04 * k, 0.042 * k), wood.shadow, wood.dark)],
                 0.012 * k),
            Part([Layer(end, wood.hl, wood.base)], 0.0, [], [Layer(ring, wood.base, wood.base)])]


def _towel(fig: ActorFigure, flying: bool) -> list[Part]:
    k = fig.k
    mt = fig.prop_mat("prop")
    if flying:
        h = fig.hand_at("lead")
        s = fig.s
        c = (h[0] + s * 0.13 * k, h[1] - 0.06 * k)
        pts = [(c[0] - s * 0.07 * k, c[1] + 0.02 * k), (c[0] - s * 0.02 * k, c[1] - 0.05 * k),
               (c[0] + s * 0.07 * k, c[1] - 0.07 * k), (c[0] + s * 0.1 * k, c[1] + 0.0 * k),
               (c[0] + s * 0.05 * k, c[1] + 0.06 * k), (c[0] - s * 0.03 * k, c[1] + 0.05 * k)]
    else:
        hn, hf = fig.hand_at("lead"), fig.hand_at("rear")
        top = [(hn[0], hn[1] - 0.01 * k), (hf[0], hf[1] - 0.01 * k)]
        pts = top + [(hf[0] - fig.s * 0.01 * k, hf[1] + 0.2 * k),
                     (hn[0] + fig.s * 0.012 * k, hn[1] + 0.22 * k)]
        pts = _hull(pts + [(hn[0] + fig.s * 0.02 * k, hn[1])])
    return [Part([Layer(pts, mt.base, mt.shadow)], 0.016 * k)]


def _pen(fig: ActorFigure) -> list[Part]:
    k = fig.k
    h = fig.hand_at("lead")
    a, b = (h[0], h[1] + 0.01 * k), (h[0] + fig.s * 0.01 * k, h[1] - 0.045 * k)
    ink = fig.mat("hair")
    return [Part([Layer(quad_strip(a, b, 0.006 * k, 0.005 * k), ink.shadow, ink.shadow)], 0.0)]


BEHIND_HEAD = ("log",)
PROPS: dict[str, Callable[[ActorFigure], list[Part]]] = {
    "mic": _mic, "camera": _camera, "camera_up": lambda f: _camera(f, True),
    "clipboard": _clipboard, "syringe": _syringe, "axe_up": lambda f: _axe(f, True),
    "axe_down": lambda f: _axe(f, False), "log": _log, "towel": lambda f: _towel(f, False),
    "towel_fly": lambda f: _towel(f, True), "pen": _pen}
