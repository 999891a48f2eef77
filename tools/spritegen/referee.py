"""The referee: a slim man in a light shirt, dark trousers and a bow tie (sprites/referee.*).

Why the fighters' skeleton and renderer: the same 4x drawing, majority-vote shrink and
per-group outlines keep him in one style with the boxers; only his parts differ (sleeves,
trousers, bare hands, a collar and bow tie). art-direction.md wants him smaller and
desaturated so the fighters stay in front, so his palette is greyed and his height is 150 px.
The simulation never reads this atlas; game/render/referee.py picks his pose from the view.
"""

from __future__ import annotations

import math
from dataclasses import replace
from pathlib import Path

import pygame

from .draw import Part
from .figure import Figure, _hull
from .palettes import Look, Material
from .render import render_frame
from .shapes import capsule, ellipse
from .sheet import compose
from .skeleton import Pose, solve

HEIGHT = 150


def referee_look() -> Look:
    dark = (30, 30, 40)
    m = {
        "skin": Material((200, 168, 146), (160, 128, 112), (92, 72, 70), (222, 194, 174)),
        "shirt": Material((214, 216, 222), (168, 172, 186), (84, 86, 104), (236, 238, 242)),
        "trousers": Material((62, 64, 78), (44, 46, 58), dark),
        "trunks": Material((62, 64, 78), (44, 46, 58), dark),
        "hair": Material((128, 122, 122), (96, 92, 96), dark),
        "shoe": Material((40, 40, 50), (30, 30, 40), dark),
        "tie": Material((36, 36, 48), (30, 30, 40), dark),
        "white": Material((214, 216, 222), (168, 172, 186), (84, 86, 104)),
    }
    return Look("referee", HEIGHT, "orthodox", m, hair="rocky", style="referee",
                shoulder_scale=0.9, limb_scale=0.82)


class RefereeFigure(Figure):
    """The fighter figure with the referee's clothes."""

    def leg(self, side: str) -> list[Part]:
        parts = super().leg(side)
        # thigh and shin in trousers, the sock hidden: trouser legs reach the shoe
        for p in parts[:2]:
            mt = self.mat("trousers")
            for ly in p.layers:
                ly.lit, ly.shade = mt.base, mt.shadow
        return [p for p in parts if p.layers[0].lit != self.mat("white").base]

    def arm(self, side: str) -> list[Part]:
        parts = super().arm(side)
        sh = self.mat("shirt")
        for p in parts[:2]:  # upper arm and deltoid: short sleeve
            for ly in p.layers:
                ly.lit, ly.shade = sh.base, sh.shadow
            p.highlights = [(pts, sh.hl) for pts, _ in p.highlights]
        return parts

    def glove(self, side: str) -> list[Part]:
        j, k = self.j, self.k
        g, wr = getattr(j, side + "_glove"), getattr(j, side + "_wrist")
        wp, gp = self.P(wr), self.P(g)
        c = (wp[0] * 0.45 + gp[0] * 0.55, wp[1] * 0.45 + gp[1] * 0.55)
        a = math.atan2(gp[1] - wp[1], gp[0] - wp[0])
        hand = ellipse(c, 0.03 * k, 0.022 * k, a)
        wrist = capsule(wp, c, 0.016 * k, 0.018 * k)
        return [Part([self.lay(_hull(hand + wrist), "skin")], 0.012 * k)]

    def torso(self) -> list[Part]:
        j, k = self.j, self.k
        parts = super().torso()
        sh = self.mat("shirt")
        body = parts[1]
        for ly in body.layers:
            ly.lit, ly.shade = sh.base, sh.shadow
        body.highlights = [(pts, sh.hl) for pts, _ in body.highlights]
        body.marks = []
        # collar and bow tie at the throat
        tie = self.mat("tie")
        c = self.P(j.to_world(j.pelvis, j.lean, 0.045 * self.look.shoulder_scale, 0.318))
        bow = [(c[0] - 0.022 * k, c[1] - 0.012 * k), (c[0], c[1] - 0.003 * k),
               (c[0] + 0.022 * k, c[1] - 0.012 * k), (c[0] + 0.022 * k, c[1] + 0.012 * k),
               (c[0], c[1] + 0.003 * k), (c[0] - 0.022 * k, c[1] + 0.012 * k)]
        body.marks.append(type(body.layers[0])(bow, tie.base, tie.base))
        return parts

    def trunks(self) -> list[Part]:
        """A belt over the trouser tops instead of boxing trunks."""
        j, k = self.j, self.k
        tr = self.mat("trousers")
        belt = self.local(j.pelvis, j.pelvis_ang, [(-0.07, 0.07), (0.062, 0.07),
                                                    (0.06, 0.02), (-0.068, 0.02)],
                          self.look.shoulder_scale)
        return [Part([type(self.lay(belt, "trousers"))(belt, tr.base, tr.shadow)],
                     0.01 * k)]


def poses() -> list[tuple[str, Pose]]:
    """Standing, walking, separating, counting and waving it off."""
    stand = Pose(hip=(0.0, 0.495), lean=2.0, pelvis=0.0, tilt=4.0, lead_foot=(0.09, 0.0),
                 rear_foot=(-0.09, 0.0), rear_heel=0.0, lead_glove=(0.07, 0.45),
                 rear_glove=(-0.04, 0.46), lead_elbow=1.0, rear_elbow=-1.0)
    out = [("stand_0", stand),
           ("stand_1", replace(stand, hip=(0.0, 0.49), lead_glove=(0.07, 0.445),
                               rear_glove=(-0.04, 0.455)))]
    for i, (lf, rf, ly, ry) in enumerate([(0.15, -0.12, 0.0, 0.02), (0.05, -0.02, 0.03, 0.0),
                                          (-0.1, 0.14, 0.02, 0.0), (0.0, 0.04, 0.0, 0.03)]):
        out.append((f"walk_{i}", replace(stand, hip=(0.0, 0.49 - 0.01 * (i % 2)),
                                         lead_foot=(lf, ly), rear_foot=(rf, ry), lean=5.0,
                                         lead_glove=(0.02 + rf * 0.4, 0.46),
                                         rear_glove=(0.0 + lf * 0.4, 0.46))))
    out.append(("break", replace(stand, lean=8.0, hip=(0.02, 0.485), lead_foot=(0.16, 0.0),
                                 rear_foot=(-0.12, 0.0), rear_heel=20.0,
                                 lead_glove=(0.32, 0.7), rear_glove=(0.26, 0.66),
                                 rear_elbow=1.0)))
    out.append(("count_up", replace(stand, lean=-2.0, tilt=-6.0, lead_foot=(0.14, 0.0),
                                    rear_foot=(-0.12, 0.0), lead_glove=(0.2, 1.02),
                                    rear_glove=(0.02, 0.5), lead_elbow=1.0)))
    out.append(("count_down", replace(stand, lean=10.0, tilt=6.0, lead_foot=(0.14, 0.0),
                                      rear_foot=(-0.12, 0.0), lead_glove=(0.34, 0.68),
                                      rear_glove=(0.02, 0.48), lead_elbow=1.0)))
    out.append(("count_two", replace(stand, lean=-2.0, tilt=-6.0, lead_foot=(0.14, 0.0),
                                     rear_foot=(-0.12, 0.0), lead_glove=(0.22, 1.0),
                                     rear_glove=(0.08, 1.03), lead_elbow=1.0,
                                     rear_elbow=1.0)))
    out.append(("wave_0", replace(stand, lean=0.0, lead_foot=(0.14, 0.0),
                                  rear_foot=(-0.14, 0.0), lead_glove=(0.36, 0.82),
                                  rear_glove=(-0.3, 0.82), lead_elbow=1.0, rear_elbow=1.0,
                                  mouth=1.0)))
    out.append(("wave_1", replace(stand, lean=0.0, lead_foot=(0.14, 0.0),
                                  rear_foot=(-0.14, 0.0), lead_glove=(0.12, 0.72),
                                  rear_glove=(0.06, 0.74), lead_elbow=1.0, rear_elbow=1.0,
                                  mouth=1.0)))
    return out


def write_referee(out_dir: Path) -> list[tuple[str, pygame.Surface, int, int]]:
    """Build sprites/referee.png + .json (frames and hand positions, both facings)."""
    import json

    lk = referee_look()
    frames: list[pygame.Surface] = []
    names: list[tuple[str, str, int, int]] = []
    hands: dict[str, list[list[float]]] = {}
    for name, pose in poses():
        j = solve(pose, HEIGHT, lk.shoulder_scale)
        hands[name] = [[round(j.lead_glove[0], 1), round(j.lead_glove[1], 1)],
                       [round(j.rear_glove[0], 1), round(j.rear_glove[1], 1)]]
        for facing, fname in ((1, "right"), (-1, "left")):
            img, ax, ay = render_frame(j, lk, facing, RefereeFigure)
            frames.append(img)
            names.append((name, fname, ax, ay))
    sheet, pos = compose(frames, 512)
    fr: dict[str, dict] = {}
    for (pname, fname, ax, ay), (x, y), img in zip(names, pos, frames, strict=True):
        fr.setdefault(pname, {})[fname] = [x, y, img.get_width(), img.get_height(), ax, ay]
    doc = {"format": 1, "image": "referee.png", "height_px": HEIGHT, "hands": hands,
           "frames": fr}
    out_dir.mkdir(parents=True, exist_ok=True)
    pygame.image.save(sheet, str(out_dir / "referee.png"))
    lines = ["{"] + [f'  "{k}": {json.dumps(v)},' for k, v in doc.items()]
    lines[-1] = lines[-1].rstrip(",")
    (out_dir / "referee.json").write_text("\n".join(lines + ["}"]) + "\n", encoding="utf-8")
    return [(f"{n}/{f}", img, ax, ay) for (n, f, ax, ay), img in zip(names, frames,
                                                                     strict=True)]
