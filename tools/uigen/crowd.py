"""Crowd figure sheets: a few bodies x poses x palettes x three depth sizes.

Why pre-built: ~170 small figures are blitted each frame; building them as sprites once keeps
the fight frame cheap. Bodies are drawn at 4x with index colours, shrunk by majority vote,
outlined, then palette-swapped, so every palette shares one drawing.

Layout (crowd_<set>.json): for each size a block at (x, y) of cells (w, h); the cell for
(body, palette, pose) is at column = pose index, row = body * palettes + palette. The anchor is
the bottom centre of the cell.
"""

from __future__ import annotations

import json
from pathlib import Path

import pygame

from .common import Colour, mix, outline, save_png, shade, shrink_majority

POSES = ("sit", "stand", "up_a", "up_b", "boo_a", "boo_b")
BODIES = ("slim", "broad", "long_hair", "hat")
SIZES = {"near": 1.0, "mid": 0.74, "far": 0.54}
DEPTH_LIGHT = {"near": 0.8, "mid": 0.62, "far": 0.46}
BASE_W, BASE_H = 16, 28

SKIN, SKIN_D, SHIRT, SHIRT_D, HAIR, PANTS, HAT = (
    (255, 0, 0), (128, 0, 0), (0, 255, 0), (0, 128, 0), (0, 0, 255), (255, 255, 0),
    (0, 255, 255),
)

SKINS: list[Colour] = [(236, 190, 150), (198, 140, 100), (140, 90, 60), (96, 62, 44)]
PALETTES: dict[str, list[tuple[Colour, Colour, Colour, Colour]]] = {
    # shirt, hair, pants, hat
    "warm": [
        ((220, 60, 80), (40, 26, 20), (40, 40, 70), (240, 230, 210)),
        ((250, 200, 70), (90, 56, 30), (50, 40, 60), (220, 60, 80)),
        ((80, 150, 230), (20, 16, 14), (30, 30, 44), (250, 200, 70)),
        ((240, 240, 240), (160, 110, 50), (60, 50, 80), (60, 60, 70)),
        ((200, 80, 200), (30, 20, 18), (40, 30, 50), (255, 255, 255)),
        ((70, 190, 140), (120, 80, 40), (50, 44, 40), (200, 60, 60)),
        ((250, 130, 60), (220, 190, 110), (44, 44, 60), (40, 60, 140)),
        ((120, 90, 210), (50, 30, 20), (36, 34, 40), (250, 200, 70)),
    ],
    "cold": [
        ((70, 74, 84), (40, 30, 24), (30, 32, 38), (90, 70, 50)),
        ((90, 60, 50), (200, 180, 120), (36, 36, 40), (60, 50, 40)),
        ((60, 80, 60), (30, 24, 20), (40, 44, 36), (70, 90, 60)),
        ((150, 30, 36), (40, 30, 24), (30, 30, 34), (120, 110, 100)),
        ((44, 50, 70), (110, 80, 50), (28, 30, 40), (50, 50, 56)),
        ((120, 120, 126), (20, 18, 16), (40, 40, 44), (140, 30, 30)),
        ((80, 60, 90), (190, 170, 130), (34, 30, 40), (84, 64, 44)),
        ((160, 150, 130), (60, 40, 30), (44, 40, 36), (40, 44, 60)),
    ],
}


def _limb(s: pygame.Surface, a: tuple[float, float], b: tuple[float, float], w: float,
          col: Colour) -> None:
    pygame.draw.line(s, col, a, b, max(1, int(w)))
    pygame.draw.circle(s, col, a, w / 2)
    pygame.draw.circle(s, col, b, w / 2)


def _figure(body: str, pose: str, scale: float) -> pygame.Surface:
    """Draw one figure at 4x in index colours; origin bottom centre."""
    k = 4 * scale
    w, h = int(BASE_W * 4), int(BASE_H * 4)
    s = pygame.Surface((w, h), pygame.SRCALPHA)
    cx, by = w / 2, h

    def p(x: float, y: float) -> tuple[float, float]:
        return (cx + x * k, by - y * k)

    up = 0.0 if pose == "sit" else 5.0
    broad = body == "broad"
    tw = 9.5 if broad else 8.0 if body != "long_hair" else 7.0
    hr = 3.0 if broad else 2.7
    seat = 3.0 + up
    sh_y = seat + 9.5
    head_y = sh_y + hr + 1.2
    if pose != "sit":
        _limb(s, p(-1.8, 0), p(-1.8, seat), 2.6 * k, PANTS)
        _limb(s, p(1.8, 0), p(1.8, seat), 2.6 * k, PANTS)
    else:
        pygame.draw.rect(s, PANTS, (*p(-tw / 2, seat + 0.5), tw * k, (seat + 0.5) * k))
    # torso: shoulders wider than waist, shadow on the lower right
    torso = [p(-tw / 2, sh_y), p(tw / 2, sh_y), p(tw / 2 - 1, seat), p(-tw / 2 + 1, seat)]
    pygame.draw.polygon(s, SHIRT, torso)
    shadow = [p(tw / 2 - 2.4, sh_y), p(tw / 2, sh_y), p(tw / 2 - 1, seat),
              p(tw / 2 - 3.2, seat)]
    pygame.draw.polygon(s, SHIRT_D, shadow)
    for r in (1.5 * k,):
        pygame.draw.circle(s, SHIRT, p(-tw / 2 + 0.8, sh_y - 0.8), r)
        pygame.draw.circle(s, SHIRT_D, p(tw / 2 - 0.8, sh_y - 0.8), r)
    # arms
    ls, rs = p(-tw / 2 + 0.6, sh_y - 1), p(tw / 2 - 0.6, sh_y - 1)
    aw = 2.2 * k
    if pose in ("sit", "stand"):
        hands = (p(-tw / 2 + 0.4, seat + 1.5), p(tw / 2 - 0.4, seat + 1.5))
        _limb(s, ls, hands[0], aw, SHIRT)
        _limb(s, rs, hands[1], aw, SHIRT_D)
    elif pose.startswith("up"):
        lift = 0 if pose == "up_a" else 1.6
        hands = (p(-6.2, sh_y + 6 + lift), p(6.2, sh_y + 6 + lift))
        _limb(s, ls, hands[0], aw, SHIRT)
        _limb(s, rs, hands[1], aw, SHIRT_D)
    else:
        lift = 0 if pose == "boo_a" else 1.4
        elbows = (p(-6.0, sh_y - 1.5), p(6.0, sh_y - 1.5))
        hands = (p(-4.6, sh_y + 3.2 + lift), p(4.6, sh_y + 3.2 - lift))
        _limb(s, ls, elbows[0], aw, SHIRT)
        _limb(s, elbows[0], hands[0], aw, SHIRT)
        _limb(s, rs, elbows[1], aw, SHIRT_D)
        _limb(s, elbows[1], hands[1], aw, SHIRT_D)
    for hnd in hands:
        pygame.draw.circle(s, SKIN, hnd, 1.3 * k)
    # head, with a shadow on the lower right
    pygame.draw.circle(s, SKIN, p(0, head_y), hr * k)
    pygame.draw.circle(s, SKIN_D, p(0.9, head_y - 0.8), hr * 0.55 * k)
    pygame.draw.circle(s, SKIN, p(-0.4, head_y + 0.3), hr * 0.75 * k)
    if body == "long_hair":
        pygame.draw.circle(s, HAIR, p(0, head_y + 0.7), hr * 1.05 * k)
        pygame.draw.rect(s, HAIR, (*p(-hr - 0.4, head_y + 0.5), (2 * hr + 0.8) * k, 5.0 * k))
        pygame.draw.circle(s, SKIN, p(-0.3, head_y - 0.4), hr * 0.72 * k)
    elif body == "hat":
        pygame.draw.rect(s, HAT, (*p(-hr - 0.6, head_y + hr + 1.2), (2 * hr + 1.2) * k,
                                  2.6 * k))
        pygame.draw.rect(s, HAT, (*p(-hr - 1.2, head_y + 0.6), (2 * hr + 2.4) * k, 1.0 * k))
    elif body == "slim":
        pygame.draw.ellipse(s, HAIR, (*p(-hr, head_y + hr + 0.3), 2 * hr * k, 2.2 * k))
    return s


def _swap(src: pygame.Surface, mapping: dict[tuple[int, int, int], Colour]) -> pygame.Surface:
    out = src.copy()
    w, h = src.get_size()
    for y in range(h):
        for x in range(w):
            c = src.get_at((x, y))
            if c[3]:
                rgb = mapping.get((c[0], c[1], c[2]), (c[0], c[1], c[2]))
                out.set_at((x, y), (*rgb, 255))
    return out


def build_set(name: str, out_dir: Path) -> list[Path]:
    pals = PALETTES[name]
    ink_marker = (1, 2, 3)
    tint = (60, 20, 70) if name == "warm" else (30, 36, 50)
    blocks: dict[str, dict[str, int]] = {}
    cells: dict[str, list[list[pygame.Surface]]] = {}
    y_cursor = 0
    sheet_w = 0
    for size, sc in SIZES.items():
        cw = int(BASE_W * sc) + 2
        ch = int(BASE_H * sc) + 2
        rows: list[list[pygame.Surface]] = []
        shapes = {(b, p): outline(shrink_majority(_figure(b, p, sc)), (*ink_marker, 255))
                  for b in BODIES for p in POSES}
        light = DEPTH_LIGHT[size]
        for b in BODIES:
            for i, (shirt, hair, pants, hat) in enumerate(pals):
                skin = SKINS[(i + BODIES.index(b)) % len(SKINS)]

                def lit(c: Colour, light: float = light) -> Colour:
                    return mix(shade(c, light), tint, 0.18 + (1 - light) * 0.5)

                mapping = {
                    SKIN: lit(skin), SKIN_D: lit(shade(skin, 0.78)), SHIRT: lit(shirt),
                    SHIRT_D: lit(shade(shirt, 0.72)), HAIR: lit(hair), PANTS: lit(pants),
                    HAT: lit(hat), ink_marker: shade(tint, 0.35),
                }
                rows.append([_swap(shapes[(b, p)], mapping) for p in POSES])
        blocks[size] = {"x": 0, "y": y_cursor, "w": cw, "h": ch}
        cells[size] = rows
        y_cursor += ch * len(rows)
        sheet_w = max(sheet_w, cw * len(POSES))
    sheet = pygame.Surface((sheet_w, y_cursor), pygame.SRCALPHA)
    for size, rows in cells.items():
        blk = blocks[size]
        for r, row in enumerate(rows):
            for c, fig in enumerate(row):
                fw, fh = fig.get_size()
                # cell is (cw, ch); shrunk figure is (BASE*sc) wide incl. outline growth
                dx = blk["x"] + c * blk["w"] + (blk["w"] - fw) // 2
                dy = blk["y"] + r * blk["h"] + blk["h"] - fh
                sheet.blit(fig, (dx, dy))
    png = save_png(sheet, out_dir / f"crowd_{name}.png")
    meta = {
        "format": 1,
        "image": png.name,
        "poses": list(POSES),
        "bodies": list(BODIES),
        "palettes": len(pals),
        "sizes": blocks,
    }
    js = out_dir / f"crowd_{name}.json"
    js.write_text(json.dumps(meta, indent=1, sort_keys=True) + "\n")
    return [png, js]


def build(out_dir: Path) -> list[Path]:
    return build_set("warm", out_dir) + build_set("cold", out_dir)
