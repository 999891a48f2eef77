"""Draws fighters from their generated atlases (sprites/<id>.json + .png).

Why the anchor: atlas frames carry the point between the feet, which is where the simulation
puts the fighter, so art and hitboxes line up exactly (docs/formats/atlas.md).
"""

from __future__ import annotations

import math

import pygame

from game.sim.combat import PIVOT_TICKS
from game.sim.view import FighterView

from .images import load_image, load_json
from .layout import CENTER_X, FLOOR_Y, PX_PER_M

Frame = tuple[pygame.Rect, tuple[int, int]]
RGB = tuple[int, int, int]

# Damage layers (art-direction.md: swelling and a cut under the eye in growing stages), by
# total damage taken. Pixels are (u forward, v up) from the near eye in the head's frame.
PIVOT_DEPTH_PX = 12      # how far upstage the roll-out arcs at its widest
SWELL_AT = (22.0, 45.0, 75.0)
CUT_AT = (35.0, 60.0, 90.0)
# per fighter: (bruise, bruise shadow, puffy highlight) built on his skin tones
BRUISE: dict[str, tuple[RGB, RGB, RGB]] = {
    "rocky": ((176, 104, 104), (128, 66, 80), (226, 164, 130)),
    "apollo": ((96, 52, 56), (64, 32, 42), (136, 88, 70)),
    "drago": ((222, 150, 160), (176, 100, 124), (255, 222, 214)),
}
CUT, CUT_DARK = (206, 24, 32), (120, 12, 24)
# Motion smears: a hard-edged arc from where the glove was loaded to where it lands, on the
# active frames of the swinging punches. Per move: how far the arc bows up (share of its
# length; negative sags), the stretch of the curve drawn (0 loaded .. 1 landed), and whether
# it goes in front of the fighter (the hook's arc runs past his face, so only its front part
# is drawn, in front) or behind him (the special's huge overhead loop).
SMEAR_MOVES = {"hook": (-0.22, 0.42, 0.86, True), "special": (0.42, 0.12, 1.0, False)}
SMEAR_CORE, SMEAR_EDGE = (255, 255, 255), (255, 226, 170)
SWELL_PX = (
    # stage 1: a lump over the brow
    [((0, 2), 1), ((1, 2), 1), ((2, 2), 0), ((0, 1), 0), ((1, 3), 2)],
    # stage 2: the brow puffed past the face, the eye half shut
    [((-1, 2), 1), ((0, 2), 1), ((1, 2), 1), ((2, 2), 0), ((3, 2), 0), ((0, 3), 2),
     ((1, 3), 2), ((2, 3), 0), ((0, 1), 0), ((1, 1), 0), ((3, 1), 1), ((1, -1), 1),
     ((2, -1), 1)],
    # stage 3: the eye closed under a purple swelling, the cheek up too
    [((-1, 2), 1), ((0, 2), 1), ((1, 2), 1), ((2, 2), 0), ((3, 2), 0), ((0, 3), 2),
     ((1, 3), 2), ((2, 3), 0), ((0, 1), 0), ((1, 1), 0), ((2, 1), 0), ((3, 1), 1),
     ((1, 0), 1), ((2, 0), 1), ((0, 0), 1), ((1, -1), 1), ((2, -1), 0), ((3, -1), 1),
     ((0, -1), 1), ((4, 1), 1)],
)
CUT_PX = (
    [((0, -2), 0), ((1, -2), 0)],
    [((-1, -2), 0), ((0, -2), 0), ((1, -2), 0), ((0, -3), 1)],
    [((-1, -2), 0), ((0, -2), 0), ((1, -2), 0), ((0, -3), 1), ((0, -4), 0), ((0, -5), 1),
     ((-1, -5), 1), ((0, -7), 0)],
)


class FighterRenderer:
    """Holds every fighter's sheet and frame rectangles; draws one FighterView at a time."""

    def __init__(self, fighter_ids: list[str]) -> None:
        self._sheets: dict[str, pygame.Surface] = {}
        self._frames: dict[str, dict[str, dict[str, Frame]]] = {}
        self._shadows: dict[str, pygame.Surface] = {}
        self._eyes: dict[str, dict[str, tuple[float, float, float]]] = {}
        self._smears: dict[tuple[str, str, str], tuple[pygame.Surface, int, int, bool]] = {}
        for fid in fighter_ids:
            meta = load_json(f"{fid}.json")
            self._sheets[fid] = load_image(meta["image"])
            self._frames[fid] = {
                pose: {
                    facing: (pygame.Rect(r[0], r[1], r[2], r[3]), (r[4], r[5]))
                    for facing, r in faces.items()
                }
                for pose, faces in meta["frames"].items()
            }
            self._shadows[fid] = _shadow(int(meta.get("height_px", 170) * 0.42))
            self._eyes[fid] = {pose: tuple(p["eye"]) for pose, p in meta["poses"].items()
                               if p.get("eye")}
            for move, (bow, t0, t1, front) in SMEAR_MOVES.items():
                for pose in meta["animations"].get(move, {}).get("active", []):
                    fist = meta["poses"][pose].get("fist")
                    if fist:
                        for facing, sgn in (("right", 1), ("left", -1)):
                            img, dx, dy = _smear(fist, bow, sgn, t0, t1)
                            self._smears[(fid, pose, facing)] = (img, dx, dy, front)

    def frame(self, fighter_id: str, pose: str, facing: str) -> Frame:
        """The sheet rectangle and anchor of a pose; a clear error if it is missing."""
        poses = self._frames.get(fighter_id)
        if poses is None:
            raise KeyError(f"fighter {fighter_id!r} was not loaded; loaded: {sorted(self._frames)}")
        faces = poses.get(pose)
        if faces is None or facing not in faces:
            raise KeyError(f"fighter {fighter_id!r} atlas has no pose {pose!r} ({facing})")
        return faces[facing]

    def draw_pose(self, surface: pygame.Surface, fighter_id: str, pose: str, facing: str,
                  x: int, y: int) -> None:
        """One pose with its anchor at (x, y): portraits on menus, outside any fight."""
        rect, (ax, ay) = self.frame(fighter_id, pose, facing)
        surface.blit(self._sheets[fighter_id], (x - ax, y - ay), rect)

    def draw(
        self, surface: pygame.Surface, fv: FighterView, shake: tuple[int, int] = (0, 0)
    ) -> None:
        """Blit the fighter's current pose with a soft shadow under the feet."""
        facing = "right" if fv.facing > 0 else "left"
        rect, (ax, ay) = self.frame(fv.id, fv.pose, facing)
        x = round(CENTER_X + fv.x_m * PX_PER_M) + shake[0]
        y = FLOOR_Y + shake[1] - upstage_px(fv)
        if fv.hitstop > 0 and fv.state in ("hitstun", "blockstun"):
            x += 1 if fv.hitstop % 2 else -1  # the struck man trembles during hit-stop
        sh = self._shadows[fv.id]
        surface.blit(sh, (x - sh.get_width() // 2, y - sh.get_height() // 2 + 1))
        smear = self._smears.get((fv.id, fv.pose, facing))
        if smear is not None and not smear[3]:
            surface.blit(smear[0], (x + smear[1], y + smear[2]))
        surface.blit(self._sheets[fv.id], (x - ax, y - ay), rect)
        if smear is not None and smear[3]:
            surface.blit(smear[0], (x + smear[1], y + smear[2]))
        if fv.damage_taken >= min(SWELL_AT[0], CUT_AT[0]):
            self.draw_damage(surface, fv, x, y)

    def draw_damage(self, surface: pygame.Surface, fv: FighterView, x: int, y: int) -> None:
        """Swelling over the brow and a cut under the near eye, in stages by damage taken."""
        eye = self._eyes.get(fv.id, {}).get(fv.pose)
        if eye is None:
            return
        s = 1 if fv.facing > 0 else -1
        ex, ey, ang = eye
        a = math.radians(ang)
        fw = (math.cos(a), -math.sin(a))
        up = (math.sin(a), math.cos(a))
        bx, by = math.floor(x + s * ex), math.floor(y - ey)
        tones = BRUISE.get(fv.id, BRUISE["rocky"])
        d = fv.damage_taken
        layers: list[tuple[list, tuple[RGB, ...]]] = []
        sw = sum(1 for t in SWELL_AT if d >= t)
        if sw:
            layers.append((SWELL_PX[sw - 1], tones))
        ct = sum(1 for t in CUT_AT if d >= t)
        if ct:
            layers.append((CUT_PX[ct - 1], (CUT, CUT_DARK)))
        fill = surface.fill
        for pixels, cols in layers:
            for (u, v), c in pixels:
                px = bx + s * round(fw[0] * u + up[0] * v)
                py = by - round(fw[1] * u + up[1] * v)
                fill(cols[c], (px, py, 1, 1))


def upstage_px(fv: FighterView) -> int:
    """How far into the ring's depth a man stands: a roll off the ropes goes round the other
    man, not through him, so it arcs away from the camera and back."""
    if fv.state != "pivot":
        return 0
    return round(PIVOT_DEPTH_PX * math.sin(math.pi * min(1.0, fv.state_tick / PIVOT_TICKS)))


def draw_order(fighters: tuple[FighterView, ...]) -> list[FighterView]:
    """Back to front: a man rolling round the other is behind him; a man punching in front."""
    return sorted(fighters, key=lambda fv: (fv.state != "pivot", fv.state == "attack"))


def _shadow(width: int) -> pygame.Surface:
    """Two-step ellipse (darker core) so the shadow looks soft without smooth blending."""
    h = max(6, width // 5)
    s = pygame.Surface((width, h), pygame.SRCALPHA)
    pygame.draw.ellipse(s, (10, 8, 20, 70), s.get_rect())
    pygame.draw.ellipse(s, (10, 8, 20, 110), s.get_rect().inflate(-width // 3, -h // 3))
    return s


def _smear(fist: list[float], bow: float, sgn: int, t0: float = 0.12,
           t1: float = 1.0) -> tuple[pygame.Surface, int, int]:
    """A motion arc for one active punch pose: (surface, dx, dy) from the anchor.

    The arc runs along a curve from the loaded glove (the capsule's start) to the landing
    glove (its end), bowed upwards, thin and broken (dithered) at the tail, a solid white
    core near the glove; pure colours, no blending, like the sparks."""
    x0, y0, x1, y1, r = fist
    # screen space relative to the anchor: x by facing, y down
    a = (sgn * x0, -y0)
    b = (sgn * x1, -y1)
    mx, my = (a[0] + b[0]) / 2, (a[1] + b[1]) / 2
    dx, dy = b[0] - a[0], b[1] - a[1]
    length = math.hypot(dx, dy) or 1.0
    nx, ny = dy / length, -dx / length         # a normal; pick the one pointing up
    if ny > 0:
        nx, ny = -nx, -ny
    c = (mx + nx * bow * length, my + ny * bow * length)
    n = 14
    pts = []
    for i in range(n + 1):
        t = t0 + (t1 - t0) * i / n
        u = 1 - t
        px = u * u * a[0] + 2 * u * t * c[0] + t * t * b[0]
        py = u * u * a[1] + 2 * u * t * c[1] + t * t * b[1]
        pts.append((px, py, t))
    pad = int(r) + 3
    left = int(min(p[0] for p in pts)) - pad
    top = int(min(p[1] for p in pts)) - pad
    w = int(max(p[0] for p in pts)) + pad - left
    h = int(max(p[1] for p in pts)) + pad - top
    surf = pygame.Surface((w, h), pygame.SRCALPHA)

    def band(width: float, colour: RGB) -> None:
        outer, inner = [], []
        for k, (px, py, t) in enumerate(pts):
            qx, qy = pts[min(k + 1, n)][:2] if k < n else pts[k][:2]
            ox, oy = pts[max(k - 1, 0)][:2] if k > 0 else pts[k][:2]
            tx, ty = qx - ox, qy - oy
            tl = math.hypot(tx, ty) or 1.0
            ux, uy = -ty / tl, tx / tl
            half = width * (0.15 + 0.85 * t) / 2
            outer.append((px - left + ux * half, py - top + uy * half))
            inner.append((px - left - ux * half, py - top - uy * half))
        pygame.draw.polygon(surf, colour, outer + inner[::-1])

    band(r * 1.9, SMEAR_EDGE)
    band(r * 0.8, SMEAR_CORE)
    # break up the tail: a checker of holes that thins towards the start of the swing
    tail_x = (pts[0][0] - left, pts[0][1] - top)
    for yy in range(h):
        for xx in range(w):
            if surf.get_at((xx, yy))[3] == 0:
                continue
            d = math.hypot(xx - tail_x[0], yy - tail_x[1]) / length / (t1 - t0)
            if (d < 0.55 and (xx + yy) % 2) or (d < 0.25 and (xx * 3 + yy) % 4):
                surf.set_at((xx, yy), (0, 0, 0, 0))
    return surf, left, top
