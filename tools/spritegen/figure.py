"""Turning solved joints into depth groups of shaded parts (the fighter's drawing).

Why groups: art-direction.md outlines per depth group (far leg, far arm, near leg, torso and
trunks, head, near arm, gloves). Which arm is near depends on the facing and the stance: a
fighter facing right shows his left side, so a southpaw's lead (right) arm is the far one.
Everything is laid out in the fighter's forward frame and mapped to screen here, so each
facing is drawn separately and the light stays upper left.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from .draw import Layer, Part
from .palettes import Look, Material
from .shapes import Pt, capsule, ellipse, quad_strip
from .skeleton import GLOVE_R, THIGH, Joints, Vec

GROUPS = ("far_leg", "far_arm", "near_leg", "torso", "head", "far_glove", "near_arm",
          "near_glove")
SHADE = 0.3  # shadow band: share of a part's thickness


def _hull(pts: list[Pt]) -> list[Pt]:
    """Convex hull (monotone chain), deterministic."""
    ps = sorted(set(pts))
    if len(ps) < 3:
        return ps

    def cross(o: Pt, a: Pt, b: Pt) -> float:
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower: list[Pt] = []
    for p in ps:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    upper: list[Pt] = []
    for p in reversed(ps):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return lower[:-1] + upper[:-1]


def _clip(poly: list[Pt], clip: list[Pt]) -> list[Pt]:
    """poly clipped to the convex hull of clip (Sutherland-Hodgman), deterministic."""
    hull = _hull(clip)
    out = list(poly)
    for i in range(len(hull)):
        a, b = hull[i], hull[(i + 1) % len(hull)]

        def inside(p: Pt, a: Pt = a, b: Pt = b) -> bool:
            return (b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0]) >= 0

        def cut(p: Pt, q: Pt, a: Pt = a, b: Pt = b) -> Pt:
            ex, ey = b[0] - a[0], b[1] - a[1]
            cp = ex * (p[1] - a[1]) - ey * (p[0] - a[0])
            cq = ex * (q[1] - a[1]) - ey * (q[0] - a[0])
            t = cp / (cp - cq)
            return (p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t)

        src, out = out, []
        for m, p in enumerate(src):
            q = src[m - 1]
            if inside(p):
                if not inside(q):
                    out.append(cut(q, p))
                out.append(p)
            elif inside(q):
                out.append(cut(q, p))
        if not out:
            return []
    return out


class Figure:
    """Builds the parts of one pose for one facing on a canvas with the anchor at (ax, ay)."""

    def __init__(self, j: Joints, look: Look, facing: int, ax: int, ay: int) -> None:
        self.j, self.look, self.s = j, look, facing
        self.ax, self.ay = ax, ay
        self.k = j.H * 4  # H units -> 4x px
        self.m = look.materials
        self.near_lead = (facing == 1) == (look.stance == "orthodox")

    # -- coordinates ------------------------------------------------------------------
    def P(self, v: Vec) -> Pt:
        """Forward-frame px -> 4x canvas px."""
        return ((self.ax + self.s * v[0]) * 4, (self.ay - v[1]) * 4)

    def local(self, origin: Vec, ang: float, pts: list[Vec], us: float = 1.0) -> list[Pt]:
        """Points (u forward, v up, H units) in a frame at origin/angle -> 4x canvas."""
        return [self.P(self.j.to_world(origin, ang, u * us, v)) for u, v in pts]

    def mat(self, name: str) -> Material:
        return self.m[name]

    def lay(self, pts: list[Pt], name: str) -> Layer:
        mt = self.m[name]
        return Layer(pts, mt.base, mt.shadow)

    def screen_ang(self, a: Vec, b: Vec) -> float:
        pa, pb = self.P(a), self.P(b)
        return math.atan2(pb[1] - pa[1], pb[0] - pa[0])

    # -- parts --------------------------------------------------------------------------
    def leg(self, side: str) -> list[Part]:
        j, k, ls = self.j, self.k, self.look.limb_scale
        hip, knee = getattr(j, side + "_hip"), getattr(j, side + "_knee")
        ankle, ball = getattr(j, side + "_ankle"), getattr(j, side + "_ball")
        heel = getattr(j, side + "_heel")
        parts = []
        thigh_r, knee_r, ankle_r = 0.05 * k * ls, 0.036 * k * ls, 0.024 * k * ls
        thigh = capsule(self.P(hip), self.P(knee), thigh_r, knee_r)
        parts.append(Part([self.lay(thigh, "skin")], SHADE * 2 * knee_r))
        # calf: the shin with a bulge at the back
        kp, ap = self.P(knee), self.P(ankle)
        shin = capsule(kp, ap, knee_r, ankle_r)
        back = (-self.s, 0.0)
        calf_c = (kp[0] * 0.62 + ap[0] * 0.38 + back[0] * knee_r * 0.35,
                  kp[1] * 0.62 + ap[1] * 0.38)
        calf = ellipse(calf_c, knee_r * 0.95, knee_r * 1.6, self.screen_ang(knee, ankle) + 1.57)
        parts.append(Part([self.lay(_hull(shin + calf), "skin")], SHADE * 2 * knee_r))
        # shoe (and sock), in a frame at the ball of the foot
        h = math.radians(heel)
        fdir, fup = (math.cos(h), -math.sin(h)), (math.sin(h), math.cos(h))

        def foot(u: float, v: float) -> Pt:
            return self.P((ball[0] + (fdir[0] * u + fup[0] * v) * j.H,
                           ball[1] + (fdir[1] * u + fup[1] * v) * j.H))

        boot = 0.085 if self.look.fighter == "apollo" else 0.07
        shoe = [foot(u, v) for u, v in ((0.045, 0.0), (0.048, 0.016), (0.03, 0.03),
                                        (-0.02, 0.052), (-0.035, boot), (-0.085, boot),
                                        (-0.09, 0.02), (-0.08, 0.0))]
        sock = [foot(u, v) for u, v in ((-0.035, boot - 0.006), (-0.03, boot + 0.018),
                                        (-0.088, boot + 0.018), (-0.085, boot - 0.006))]
        if self.look.fighter != "apollo":
            parts.append(Part([self.lay(sock, "white")], 6))
        parts.append(Part([self.lay(shoe, "shoe")], 0.025 * k * 0.6))
        return parts

    def arm(self, side: str) -> list[Part]:
        j, k, ls = self.j, self.k, self.look.limb_scale
        sh, el, wr = (getattr(j, side + n) for n in ("_shoulder", "_elbow", "_wrist"))
        ur, er, wr_r = 0.04 * k * ls, 0.032 * k * ls, 0.027 * k * ls
        parts = [Part([self.lay(capsule(self.P(sh), self.P(el), ur, er), "skin")],
                      SHADE * 2 * er),
                 Part([self.lay(capsule(self.P(el), self.P(wr), er, wr_r), "skin")],
                      SHADE * 2 * wr_r)]
        # deltoid: the round shoulder cap, with a highlight
        c = self.P(sh)
        a = self.screen_ang(sh, el)
        delt = ellipse((c[0] + math.cos(a) * ur * 0.5, c[1] + math.sin(a) * ur * 0.5),
                       ur * 1.25, ur * 1.0, a)
        hl = ellipse((c[0] - ur * 0.45, c[1] - ur * 0.3), ur * 0.55, ur * 0.35, -0.5)
        parts.insert(1, Part([self.lay(delt, "skin")], SHADE * 2 * ur,
                             [(hl, self.mat("skin").hl)]))
        return parts

    def glove(self, side: str) -> list[Part]:
        j, k = self.j, self.k
        g, wr, el = (getattr(j, side + n) for n in ("_glove", "_wrist", "_elbow"))
        a = self.screen_ang(el, wr)
        gc = self.P(g)
        rx, ry = GLOVE_R * k * 1.08, GLOVE_R * k * 0.94
        body = ellipse((gc[0] + math.cos(a) * rx * 0.05, gc[1] + math.sin(a) * rx * 0.05),
                       rx, ry, a)
        # thumb bulge on the upper side of the glove
        nx, ny = math.sin(a), -math.cos(a)
        if ny > 0:
            nx, ny = -nx, -ny
        thumb = ellipse((gc[0] + nx * ry * 0.55 - math.cos(a) * rx * 0.25,
                         gc[1] + ny * ry * 0.55 - math.sin(a) * rx * 0.25),
                        rx * 0.55, ry * 0.5, a)
        wp = self.P(wr)
        cuff_a = (wp[0] - math.cos(a) * rx * 0.15, wp[1] - math.sin(a) * rx * 0.15)
        cuff_b = (wp[0] - math.cos(a) * rx * 0.75, wp[1] - math.sin(a) * rx * 0.75)
        cuff = quad_strip(cuff_a, cuff_b, ry * 0.62, ry * 0.55)
        outline = _hull(body + thumb + cuff)
        gm = self.mat("glove")
        cuff_m = self.mat("white") if self.look.fighter == "apollo" else gm
        layers = [Layer(outline, gm.base, gm.shadow),
                  Layer(cuff, cuff_m.base if cuff_m is not gm else gm.shadow, cuff_m.shadow)]
        hl = ellipse((gc[0] - rx * 0.35, gc[1] - ry * 0.4), rx * 0.32, ry * 0.2, -0.4)
        return [Part(layers, SHADE * ry * 1.4, [(hl, gm.hl)])]

    def torso(self) -> list[Part]:
        j, k, lk = self.j, self.k, self.look
        sc = lk.shoulder_scale
        parts = []
        # neck
        neck_top = j.to_world(j.head, j.head_ang, -0.01, -0.04)
        parts.append(Part([self.lay(capsule(self.P(j.neck), self.P(neck_top),
                                            0.036 * k * sc, 0.032 * k), "skin")], 0.02 * k))
        outline = [(-0.07, 0.04), (-0.078, 0.14), (-0.085, 0.23), (-0.072, 0.295),
                   (-0.035, 0.33), (0.03, 0.33), (0.07, 0.305), (0.092, 0.262),
                   (0.092, 0.218), (0.074, 0.185), (0.066, 0.12), (0.062, 0.04)]
        pts = self.local(j.pelvis, j.lean, outline, sc)
        pec = self.local(j.pelvis, j.lean, [(0.015, 0.26), (0.05, 0.29), (0.075, 0.275),
                                             (0.06, 0.245), (0.03, 0.24)], sc)
        crease = self.local(j.pelvis, j.lean, [(0.02, 0.212), (0.06, 0.205), (0.09, 0.214),
                                                (0.09, 0.203), (0.06, 0.196), (0.02, 0.2)], sc)
        abs_ = self.local(j.pelvis, j.lean, [(0.045, 0.17), (0.05, 0.1), (0.043, 0.1),
                                              (0.038, 0.17)], sc)
        skin = self.mat("skin")
        parts.append(Part([self.lay(pts, "skin")], SHADE * 0.12 * k,
                          [(pec, skin.hl)],
                          [Layer(crease, skin.shadow, skin.shadow),
                           Layer(abs_, skin.shadow, skin.shadow)]))
        parts.extend(self.trunks())
        return parts

    def _trunk_legs(self) -> dict:
        """The trunks' two legs in the forward frame (px), each following its thigh.

        Why not one hull: a hull over both thighs reads as a box with the legs stuck under
        it. Each leg is a tube down its thigh to a slightly flared hem, cut a little higher on
        the inside; between them a crotch notch opens whenever the thighs part, so the legs
        come out of two openings. The leg swung further forward (counter-clockwise in the
        forward frame) is "front": its inside faces back, the other leg's inside forward.
        """
        j, ls, H = self.j, self.look.limb_scale, self.j.H
        L = 0.1  # hem distance down the thigh, H units
        r0, r_hem = 0.05 * ls, (0.05 - 0.014 * L / THIGH) * ls  # thigh radius: hip, hem
        axes = {}
        for side in ("lead", "rear"):
            hip, knee = getattr(j, side + "_hip"), getattr(j, side + "_knee")
            dx, dy = knee[0] - hip[0], knee[1] - hip[1]
            n = math.hypot(dx, dy) or 1.0
            axes[side] = (hip, (dx / n, dy / n), math.atan2(dx / n, -dy / n))
        front, back = (("lead", "rear") if axes["lead"][2] >= axes["rear"][2]
                       else ("rear", "lead"))
        spread = axes[front][2] - axes[back][2]

        def at(side: str, a: float, b: float) -> Vec:
            """a down the thigh from the hip, b across it towards the other leg (H) -> px."""
            (hx, hy), (ux, uy), _ = axes[side]
            nx, ny = (uy, -ux) if side == front else (-uy, ux)
            return (hx + (ux * a + nx * b) * H, hy + (uy * a + ny * b) * H)

        hf, hb = at(front, L, 0.0), at(back, L, 0.0)
        sep = math.hypot(hf[0] - hb[0], hf[1] - hb[1]) / H
        # the hems' inner edges stop short of each other: an opening of 0.06 H where the
        # thighs part enough, narrower (the trunks' inside hugging the thigh) where not
        w_in = max((sep - 0.06) / 2, 0.4 * r_hem)
        notch = spread > math.radians(9) and sep - 2 * w_in >= 0.022
        w_in = min(w_in, r_hem + 0.004) if notch else r_hem + 0.01
        out_top, out_hem = r0 + 0.007, r_hem + 0.016  # the hem flares past the thigh
        crotch = None
        if notch:
            bx = axes[front][1][0] + axes[back][1][0]
            by = axes[front][1][1] + axes[back][1][1]
            bn = math.hypot(bx, by) or 1.0
            ia, ib = at(front, L - 0.01, w_in), at(back, L - 0.01, w_in)
            rise = (0.052 + 0.02 * min(spread / math.radians(60), 1.0)) * H
            crotch = ((ia[0] + ib[0]) / 2 - bx / bn * rise,
                      (ia[1] + ib[1]) / 2 - by / bn * rise)
        pa = j.pelvis_ang
        waist = {back: [(-0.08, 0.045), (-0.088, 0.0)], front: [(0.07, 0.045), (0.072, 0.0)]}
        legs: dict = {"crotch": crotch, "front": front, "hem": L}
        for sd in (front, back):
            tube = [at(sd, -0.035, -out_top), at(sd, L + 0.004, -out_hem),
                    at(sd, L - 0.01, w_in)]
            if crotch is not None:
                (hx, hy), (ux, uy), _ = axes[sd]
                a_c = ((crotch[0] - hx) * ux + (crotch[1] - hy) * uy) / H
                below = [at(sd, a_c, -out_top - 0.01), *tube[1:], crotch]
                tube += [crotch, at(sd, -0.035, 0.6 * min(w_in, r0))]
            else:
                below = [at(sd, 0.35 * L, -out_top - 0.01), *tube[1:],
                         at(sd, 0.35 * L, w_in)]
                tube.append(at(sd, -0.035, w_in))
            side_w = [j.to_world(j.pelvis, pa, u, v) for u, v in waist[sd]]
            legs[sd] = {"tube": tube, "hull": _hull(tube + side_w), "below": below,
                        "at": (lambda a, b, sd=sd: at(sd, a, b))}
        return legs

    def trunks(self) -> list[Part]:
        j, k, lk = self.j, self.k, self.look
        pa = j.pelvis_ang
        P = self.P
        band = self.local(j.pelvis, pa, [(-0.082, 0.085), (0.07, 0.085), (0.07, 0.04),
                                         (-0.08, 0.04)])
        legs = self._trunk_legs()
        near, far = ("lead", "rear") if self.near_lead else ("rear", "lead")
        L = legs["hem"]
        # the seat: under the waistband, down to the crotch; then the far leg, the near leg
        seat_w = [j.to_world(j.pelvis, pa, u, v) for u, v in
                  ((-0.08, 0.045), (0.07, 0.045), (-0.088, 0.0), (0.072, 0.0))]
        seat_w += [j.lead_hip, j.rear_hip]
        if legs["crotch"] is not None:
            seat_w.append(legs["crotch"])
        seat = _hull([P(q) for q in seat_w])
        hulls = {sd: [P(q) for q in legs[sd]["hull"]] for sd in (far, near)}
        tm = self.mat("trunks")
        layers = [Layer(seat, tm.base, tm.shadow, [hulls[far], hulls[near]])]
        if lk.trunks == "stars":
            red, white = self.mat("red"), self.mat("white")
            layers = [Layer(seat, white.base, white.shadow, [hulls[far], hulls[near]])]
            for sd in (far, near):
                at = legs[sd]["at"]
                if sd == near:  # the near leg's own white covers the far leg's stripes
                    layers.append(Layer(hulls[sd], white.base, white.shadow))
                # stripes run down each leg, parallel to its thigh, so the two legs part
                for i in range(-4, 4):
                    b0, b1 = (i * 2 + 0.5) * 0.016, (i * 2 + 1.5) * 0.016
                    strip = [P(at(-0.15, b0)), P(at(-0.15, b1)), P(at(L + 0.03, b1 * 1.1)),
                             P(at(L + 0.03, b0 * 1.1))]
                    layers.append(Layer(_clip(strip, hulls[sd]), red.base, red.shadow))
            top = self.local(j.pelvis, pa, [(-0.2, 0.05), (0.2, 0.05), (0.2, -0.005),
                                            (-0.2, -0.005)])
            layers.append(Layer(top, tm.base, tm.shadow))
        layers = [ly for ly in layers if len(ly.pts) >= 3]
        # cloth: the near leg casts a shadow on the far one beside it, and a crease runs up
        # from the crotch across the near leg
        folds: list[tuple[list[Pt], bool]] = []
        at = legs[near]["at"]
        o, c = at(0.0, 0.0), at(0.0, 0.022)
        dx, dy = c[0] - o[0], c[1] - o[1]
        folds.append(([P((x + dx, y + dy)) for x, y in legs[near]["below"]], True))
        folds.append((hulls[near], False))
        if legs["crotch"] is not None:
            cx, cy = legs["crotch"]
            tip = P(at(0.012, -0.022))
            folds.append((quad_strip(P((cx, cy + 0.006 * j.H)), tip, 0.005 * k, 0.002 * k),
                          True))
        # the waistband's elastic gathers the cloth just under it
        folds.append((self.local(j.pelvis, pa, [(-0.1, 0.042), (0.1, 0.042), (0.1, 0.033),
                                                (-0.1, 0.033)]), True))
        parts = [Part(layers, SHADE * 0.075 * k, folds=folds)]
        # waistband
        if lk.fighter == "rocky":
            red, white = self.mat("red"), self.mat("white")
            stripe = self.local(j.pelvis, pa, [(-0.1, 0.071), (0.1, 0.071), (0.1, 0.056),
                                               (-0.1, 0.056)])
            parts.append(Part([Layer(band, red.base, red.shadow),
                               Layer(stripe, white.base, white.shadow)], 0.012 * k))
        else:
            wm = self.mat("white")
            marks = []
            if lk.trunks == "stars":
                for u in (-0.06, -0.02, 0.02, 0.055):
                    c = self.P(j.to_world(j.pelvis, pa, u, 0.02))
                    marks.append(Layer(ellipse(c, 0.006 * k, 0.006 * k, 0, 8), wm.base,
                                       wm.base))
            parts.append(Part([Layer(band, wm.base, wm.shadow)], 0.012 * k))
            if marks:
                parts[0].marks.extend(marks)
        return parts

    def head(self) -> list[Part]:
        j, lk = self.j, self.look
        hc, ha = j.head, j.head_ang
        cran = []
        for i in range(15):
            t = math.radians(62 + i * (150 / 14))
            cran.append((-0.004 + 0.056 * math.cos(t), 0.012 + 0.06 * math.sin(t)))
        if lk.hair == "drago":
            jaw = [(-0.042, -0.045), (-0.022, -0.07), (0.048, -0.074), (0.056, -0.058)]
        elif lk.hair == "apollo":
            jaw = [(-0.04, -0.035), (-0.012, -0.066), (0.034, -0.072), (0.052, -0.058)]
        else:
            jaw = [(-0.04, -0.04), (-0.014, -0.066), (0.034, -0.07), (0.052, -0.058)]
        face = [(0.056, -0.046), (0.058, -0.036), (0.056, -0.028), (0.072, -0.02),
                (0.058, -0.002), (0.057, 0.014), (0.05, 0.04)]
        pts = self.local(hc, ha, cran + jaw + face)
        skin = self.mat("skin")
        ear = self.local(hc, ha, [(-0.022, 0.006), (-0.01, 0.0), (-0.012, -0.022),
                                  (-0.026, -0.02)])
        hl = self.local(hc, ha, [(0.0, 0.05), (0.03, 0.045), (0.02, 0.035), (-0.01, 0.04)])
        head = Part([self.lay(pts, "skin")], SHADE * 0.07 * self.k, [(hl, skin.hl)],
                    [Layer(ear, skin.shadow, skin.shadow)])
        hair = self.hair()
        return [head, hair]

    def hair(self) -> Part:
        j, lk = self.j, self.look
        hc, ha = j.head, j.head_ang
        if lk.hair == "drago":
            pts = [(0.052, 0.04), (0.052, 0.075), (-0.03, 0.077), (-0.058, 0.062),
                   (-0.062, 0.02), (-0.05, -0.01), (-0.036, 0.016), (-0.01, 0.042),
                   (0.03, 0.045)]
            hl = [(-0.02, 0.075), (0.045, 0.074), (0.04, 0.066), (-0.02, 0.068)]
        elif lk.hair == "apollo":
            arc = [(-0.004 + 0.06 * math.cos(math.radians(a)),
                    0.012 + 0.064 * math.sin(math.radians(a))) for a in range(40, 215, 12)]
            pts = arc + [(-0.05, -0.015), (-0.032, 0.02), (0.005, 0.04), (0.04, 0.045)]
            hl = [(-0.01, 0.07), (0.02, 0.072), (0.02, 0.066), (-0.01, 0.064)]
        else:
            arc = [(-0.004 + 0.064 * math.cos(math.radians(a)),
                    0.012 + 0.066 * math.sin(math.radians(a))) for a in range(30, 222, 12)]
            pts = [(0.058, 0.042)] + arc + [(-0.052, -0.02), (-0.03, 0.018), (0.0, 0.036),
                                            (0.035, 0.038)]
            hl = [(-0.015, 0.072), (0.02, 0.074), (0.02, 0.067), (-0.015, 0.065)]
        hm = self.mat("hair")
        return Part([self.lay(self.local(hc, ha, pts), "hair")], SHADE * 0.05 * self.k,
                     [(self.local(hc, ha, hl), hm.hl)] if lk.hair == "drago" else [])

    # -- face details at 1x ---------------------------------------------------------------
    def face_pixels(self) -> list[tuple[int, int, tuple[int, int, int]]]:
        """Eye, brow and mouth as single pixels (1x canvas coords): too small to vote on."""
        j, lk = self.j, self.look
        hc, ha = j.head, j.head_ang
        skin, hair = self.mat("skin"), self.mat("hair")

        def px(u: float, v: float) -> tuple[int, int]:
            w = j.to_world(hc, ha, u, v)
            return (math.floor(self.ax + self.s * w[0]), math.floor(self.ay - w[1]))

        out = []
        eye_col = hair.dark if lk.hair != "drago" else skin.dark
        brow_col = hair.shadow if lk.hair == "drago" else hair.dark
        ex, ey = px(0.036, 0.004)
        if j.eyes < 0.5:
            out.append((ex, ey, eye_col))
            out.append((ex, ey - 1, eye_col))
            out.append((ex + self.s, ey, self.mat("white").base))
        else:
            out.append((ex, ey, skin.dark))
            out.append((ex + self.s, ey, skin.dark))
        bx, by = px(0.036, 0.022)
        for d in (-1, 0, 1, 2):
            out.append((bx + d * self.s, by - 1, brow_col))
        mx, my = px(0.046, -0.042)
        out.append((mx, my, skin.dark))
        out.append((mx - self.s, my, skin.dark))
        if j.mouth > 0.5:
            out.append((mx, my + 1, skin.dark))
        return out

    def groups(self) -> list[tuple[str, list[Part]]]:
        near, far = ("lead", "rear") if self.near_lead else ("rear", "lead")
        build: dict[str, Callable[[], list[Part]]] = {
            "far_leg": lambda: self.leg(far), "far_arm": lambda: self.arm(far),
            "near_leg": lambda: self.leg(near), "torso": self.torso, "head": self.head,
            "far_glove": lambda: self.glove(far), "near_arm": lambda: self.arm(near),
            "near_glove": lambda: self.glove(near)}
        return [(g, build[g]()) for g in GROUPS]
