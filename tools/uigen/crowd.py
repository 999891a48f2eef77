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
from collections.abc import Callable
from pathlib import Path

import pygame

from .common import Colour, mix, outline, save_png, shade, shrink_majority

POSES = ("sit", "stand", "up_a", "up_b", "boo_a", "boo_b")
# each venue's own crowd: Moscow in winter coats, fur hats and scarves; Las Vegas dressed up
BODIES: dict[str, tuple[str, ...]] = {
    "cold": ("ushanka", "coat", "kerchief", "broad_ushanka"),
    "warm": ("stetson", "sequins", "tux", "topper"),
}
SIZES = {"near": 1.0, "mid": 0.74, "far": 0.54}
# (light, tint share) per depth: the warm hall is brighter, the cold one darker and sterner
DEPTH_LIGHT = {
    "warm": {"near": (0.95, 0.1), "mid": (0.78, 0.22), "far": (0.6, 0.34)},
    "cold": {"near": (0.78, 0.2), "mid": (0.6, 0.34), "far": (0.45, 0.46)},
}
BASE_W, BASE_H = 16, 28

SKIN, SKIN_D, SHIRT, SHIRT_D, HAIR, PANTS, HAT, HAT_D, ACC, ACC_D, WHITE = (
    (255, 0, 0), (128, 0, 0), (0, 255, 0), (0, 128, 0), (0, 0, 255), (255, 255, 0),
    (0, 255, 255), (0, 128, 128), (255, 0, 255), (128, 0, 128), (255, 255, 255),
)

SKINS: list[Colour] = [(236, 190, 150), (198, 140, 100), (140, 90, 60), (96, 62, 44)]
COLD_SKINS: list[Colour] = [(232, 196, 170), (214, 176, 150), (240, 206, 184), (200, 160, 132)]
PALETTES: dict[str, list[tuple[Colour, Colour, Colour, Colour, Colour]]] = {
    # shirt (or coat), hair, pants, hat, accent (scarf, bow tie, sequins, hat band)
    "warm": [
        ((236, 70, 96), (40, 26, 20), (40, 40, 70), (244, 236, 216), (255, 214, 90)),
        ((255, 212, 84), (90, 56, 30), (50, 40, 60), (240, 240, 246), (236, 70, 140)),
        ((96, 170, 246), (20, 16, 14), (30, 30, 44), (250, 206, 84), (255, 255, 255)),
        ((246, 246, 246), (170, 120, 60), (60, 50, 80), (40, 40, 52), (236, 60, 80)),
        ((220, 96, 220), (30, 20, 18), (40, 30, 50), (255, 255, 255), (255, 220, 120)),
        ((84, 206, 156), (236, 206, 120), (50, 44, 40), (214, 186, 130), (255, 255, 255)),
        ((255, 146, 70), (220, 190, 110), (44, 44, 60), (50, 70, 150), (255, 240, 160)),
        ((150, 110, 236), (50, 30, 20), (36, 34, 40), (250, 206, 84), (255, 150, 210)),
    ],
    "cold": [
        ((70, 74, 84), (40, 30, 24), (30, 32, 38), (96, 72, 50), (170, 34, 40)),
        ((92, 64, 52), (200, 180, 120), (36, 36, 40), (52, 44, 38), (214, 206, 186)),
        ((58, 74, 58), (30, 24, 20), (40, 44, 36), (120, 110, 96), (150, 30, 36)),
        ((40, 42, 50), (40, 30, 24), (30, 30, 34), (140, 120, 96), (190, 150, 60)),
        ((48, 54, 74), (110, 80, 50), (28, 30, 40), (70, 60, 52), (200, 196, 186)),
        ((110, 110, 116), (20, 18, 16), (40, 40, 44), (36, 32, 30), (130, 24, 30)),
        ((84, 62, 70), (190, 170, 130), (34, 30, 40), (112, 84, 56), (70, 96, 70)),
        ((128, 116, 98), (60, 40, 30), (44, 40, 36), (60, 54, 50), (176, 40, 44)),
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

    def rect(x: float, y: float, rw: float, rh: float, col: Colour) -> None:
        """A rectangle given by its top-left (figure units, y up) and size."""
        pygame.draw.rect(s, col, (*p(x, y), rw * k, rh * k))

    def oval(x: float, y: float, rw: float, rh: float, col: Colour) -> None:
        """An ellipse centred at (x, y), radii rw, rh."""
        pygame.draw.ellipse(s, col, (*p(x - rw, y + rh), 2 * rw * k, 2 * rh * k))

    up = 0.0 if pose == "sit" else 5.0
    broad = body in ("broad_ushanka", "tux")
    coat = body in ("ushanka", "coat", "kerchief", "broad_ushanka")
    tw = 9.5 if broad else 7.4 if body in ("kerchief", "sequins") else 8.2
    if coat:
        tw += 0.6   # winter coats are bulky
    hr = 3.0 if broad else 2.7
    seat = 3.0 + up
    sh_y = seat + 9.5
    head_y = sh_y + hr + 1.2
    top_col = PANTS if body == "tux" else SHIRT   # a tuxedo jacket in the dark colour
    top_d = shade_index(top_col)
    if pose != "sit":
        legs = SHIRT_D if coat else PANTS
        _limb(s, p(-1.8, 0), p(-1.8, seat), 2.6 * k, PANTS)
        _limb(s, p(1.8, 0), p(1.8, seat), 2.6 * k, PANTS)
        if coat:   # the coat's skirt down over the thighs
            pygame.draw.polygon(s, legs, [p(-tw / 2 + 0.6, seat + 1), p(tw / 2 - 0.6, seat + 1),
                                          p(tw / 2 - 0.2, seat - 3.2),
                                          p(-tw / 2 + 0.2, seat - 3.2)])
    else:
        rect(-tw / 2, seat + 0.5, tw, seat + 0.5, SHIRT_D if coat else PANTS)
    # torso: shoulders wider than waist, shadow on the lower right
    torso = [p(-tw / 2, sh_y), p(tw / 2, sh_y), p(tw / 2 - 1, seat), p(-tw / 2 + 1, seat)]
    pygame.draw.polygon(s, top_col, torso)
    shadow = [p(tw / 2 - 2.4, sh_y), p(tw / 2, sh_y), p(tw / 2 - 1, seat),
              p(tw / 2 - 3.2, seat)]
    pygame.draw.polygon(s, top_d, shadow)
    pygame.draw.circle(s, top_col, p(-tw / 2 + 0.8, sh_y - 0.8), 1.5 * k)
    pygame.draw.circle(s, top_d, p(tw / 2 - 0.8, sh_y - 0.8), 1.5 * k)
    if body == "tux":   # shirt front in a V, bow tie
        pygame.draw.polygon(s, SHIRT, [p(-1.4, sh_y), p(1.4, sh_y), p(0, sh_y - 5.5)])
        pygame.draw.polygon(s, ACC, [p(-1.6, sh_y + 0.2), p(0, sh_y - 0.6),
                                     p(1.6, sh_y + 0.2), p(1.6, sh_y - 1.4),
                                     p(0, sh_y - 0.6), p(-1.6, sh_y - 1.4)])
    if body == "coat":   # a scarf round the neck with a tail down the chest
        rect(-2.6, sh_y + 0.8, 5.2, 1.8, ACC)
        rect(0.6, sh_y - 0.6, 1.4, 4.2, ACC_D)
    if body in ("ushanka", "broad_ushanka"):   # fur collar
        oval(0, sh_y - 0.2, tw / 2 - 0.8, 1.1, HAT_D)
    # arms
    ls, rs = p(-tw / 2 + 0.6, sh_y - 1), p(tw / 2 - 0.6, sh_y - 1)
    aw = 2.2 * k
    if pose in ("sit", "stand"):
        hands = (p(-tw / 2 + 0.4, seat + 1.5), p(tw / 2 - 0.4, seat + 1.5))
        _limb(s, ls, hands[0], aw, top_col)
        _limb(s, rs, hands[1], aw, top_d)
    elif pose.startswith("up"):
        lift = 0 if pose == "up_a" else 1.6
        hands = (p(-6.2, sh_y + 6 + lift), p(6.2, sh_y + 6 + lift))
        _limb(s, ls, hands[0], aw, top_col)
        _limb(s, rs, hands[1], aw, top_d)
    else:
        lift = 0 if pose == "boo_a" else 1.4
        elbows = (p(-6.0, sh_y - 1.5), p(6.0, sh_y - 1.5))
        hands = (p(-4.6, sh_y + 3.2 + lift), p(4.6, sh_y + 3.2 - lift))
        _limb(s, ls, elbows[0], aw, top_col)
        _limb(s, elbows[0], hands[0], aw, top_col)
        _limb(s, rs, elbows[1], aw, top_d)
        _limb(s, elbows[1], hands[1], aw, top_d)
    for hnd in hands:   # mittens in Moscow
        pygame.draw.circle(s, ACC_D if coat else SKIN, hnd, 1.3 * k)
    # head, with a shadow on the lower right
    pygame.draw.circle(s, SKIN, p(0, head_y), hr * k)
    pygame.draw.circle(s, SKIN_D, p(0.9, head_y - 0.8), hr * 0.55 * k)
    pygame.draw.circle(s, SKIN, p(-0.4, head_y + 0.3), hr * 0.75 * k)
    _headwear(body, hr, head_y, rect, oval)
    return s


def shade_index(col: Colour) -> Colour:
    """The index colour of a material's shadow tone."""
    return {SHIRT: SHIRT_D, PANTS: PANTS, HAT: HAT_D, ACC: ACC_D}.get(col, col)


def _headwear(body: str, hr: float, head_y: float, rect: Callable[..., None],
              oval: Callable[..., None]) -> None:
    """Hats and hair, the part of each body that reads first from the back of the hall."""
    if body in ("ushanka", "broad_ushanka"):
        # fur hat: a tall flat-topped crown, a turned-up fur front, ear flaps at the cheeks
        rect(-hr - 0.7, head_y + hr + 2.0, 2 * hr + 1.4, 2.2, HAT_D)
        rect(-hr - 1.1, head_y + hr * 0.75 + 0.2, 2 * hr + 2.2, 1.5, HAT)
        rect(-hr - 1.0, head_y + 0.6, 1.0, 2.4, HAT_D)
        rect(hr, head_y + 0.6, 1.0, 2.4, HAT_D)
    elif body == "coat":
        # a flat cap with a short peak
        oval(0, head_y + hr * 0.7, hr + 0.5, hr * 0.55, HAT)
        rect(-hr - 1.6, head_y + hr * 0.45, 2.4, 0.8, HAT_D)
    elif body == "kerchief":
        # a babushka's headscarf over the hair, the knot under the chin
        oval(0, head_y + 0.6, hr + 0.7, hr + 0.7, ACC)
        rect(-hr - 0.7, head_y + 0.6, 2 * hr + 1.4, hr + 0.8, ACC)
        oval(-0.3, head_y - 0.5, hr * 0.7, hr * 0.72, SKIN)
        rect(-0.8, head_y - hr + 0.4, 1.6, 1.2, ACC_D)
    elif body == "stetson":
        # a wide-brimmed cowboy hat, dented crown and a band
        rect(-hr - 2.2, head_y + hr * 0.55, 2 * hr + 4.4, 1.0, HAT)
        rect(-hr + 0.4, head_y + hr + 2.0, 2 * hr - 0.8, 2.6, HAT)
        rect(-hr + 0.4, head_y + hr * 0.55 + 0.9, 2 * hr - 0.8, 0.7, ACC)
        rect(-0.6, head_y + hr + 2.1, 1.2, 0.6, HAT_D)
    elif body == "topper":
        # a showman's top hat with a band
        rect(-hr - 1.4, head_y + hr * 0.6, 2 * hr + 2.8, 0.9, HAT)
        rect(-hr + 0.2, head_y + hr + 3.4, 2 * hr - 0.4, 4.0, HAT)
        rect(-hr + 0.2, head_y + hr * 0.6 + 1.5, 2 * hr - 0.4, 0.9, ACC)
    elif body == "sequins":
        # a big showy bouffant
        oval(0, head_y + 1.2, hr + 1.6, hr + 0.9, HAIR)
        rect(-hr - 1.6, head_y + 1.2, 1.6, 3.6, HAIR)
        rect(hr, head_y + 1.2, 1.6, 3.6, HAIR)
        oval(-0.3, head_y - 0.4, hr * 0.72, hr * 0.75, SKIN)
    else:  # tux: slicked-back hair
        oval(0, head_y + hr * 0.55, hr + 0.1, hr * 0.55, HAIR)


def _swap(src: pygame.Surface, mapping: dict[tuple[int, int, int], Colour],
          sparkle: Colour | None = None) -> pygame.Surface:
    """Palette-swap index colours; with `sparkle`, every few shirt pixels catch the light."""
    out = src.copy()
    w, h = src.get_size()
    for y in range(h):
        for x in range(w):
            c = src.get_at((x, y))
            if c[3]:
                key = (c[0], c[1], c[2])
                rgb = mapping.get(key, key)
                if sparkle is not None and key in (SHIRT, SHIRT_D) and (x * 3 + y * 2) % 5 == 0:
                    rgb = sparkle if key == SHIRT else mix(sparkle, rgb, 0.5)
                out.set_at((x, y), (*rgb, 255))
    return out


def build_set(name: str, out_dir: Path) -> list[Path]:
    pals = PALETTES[name]
    bodies = BODIES[name]
    skins = COLD_SKINS + SKINS[:2] if name == "cold" else SKINS
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
                  for b in bodies for p in POSES}
        light, tint_share = DEPTH_LIGHT[name][size]
        for bi, b in enumerate(bodies):
            for i, (shirt, hair, pants, hat, acc) in enumerate(pals):
                skin = skins[(i * 3 + bi) % len(skins)]

                def lit(c: Colour, light: float = light, ts: float = tint_share) -> Colour:
                    return mix(shade(c, light), tint, ts)

                mapping = {
                    SKIN: lit(skin), SKIN_D: lit(shade(skin, 0.78)), SHIRT: lit(shirt),
                    SHIRT_D: lit(shade(shirt, 0.72)), HAIR: lit(hair), PANTS: lit(pants),
                    HAT: lit(hat), HAT_D: lit(shade(hat, 0.72)), ACC: lit(acc),
                    ACC_D: lit(shade(acc, 0.75)), WHITE: lit((240, 240, 240)),
                    ink_marker: shade(tint, 0.35),
                }
                sparkle = lit(mix(acc, (255, 255, 255), 0.4)) if b == "sequins" else None
                rows.append([_swap(shapes[(b, p)], mapping, sparkle) for p in POSES])
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
        "bodies": list(bodies),
        "palettes": len(pals),
        "sizes": blocks,
    }
    js = out_dir / f"crowd_{name}.json"
    js.write_text(json.dumps(meta, indent=1, sort_keys=True) + "\n")
    return [png, js]


def build(out_dir: Path) -> list[Path]:
    return build_set("warm", out_dir) + build_set("cold", out_dir)
