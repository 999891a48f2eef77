"""Title illustration: PIECE OF IRON over two boxers' silhouettes facing off in a spotlight.

Why silhouettes with rim light: they read at any size and carry the two colours of the
story, Moscow red on the left and Vegas gold on the right, without a full sprite sheet.
"""

from __future__ import annotations

import random
from pathlib import Path

import pygame

from . import layout as L
from .common import Colour, bayer, dither_pick, mix, save_png, shrink_majority
from .font import text_bits
from .venues import cone, star

INK = (10, 6, 14)
RED = (226, 48, 52)
GOLD = (255, 196, 72)


def _boxer(facing: int, big: bool) -> pygame.Surface:
    """A boxer in guard at 4x, facing +1 right or -1 left, as a solid silhouette."""
    k = 4
    w, h = 150 * k, 205 * k
    s = pygame.Surface((w, h), pygame.SRCALPHA)
    sc = 1.08 if big else 1.0
    bw = 1.12 if big else 1.0   # the big man is broader too

    def p(x: float, y: float) -> tuple[float, float]:
        return (w / 2 + x * facing * sc * k, h - y * sc * k)

    def r(v: float) -> float:
        return v * sc * k

    def limb(pts: list[tuple[float, float]], rad: list[float]) -> None:
        for i in range(len(pts) - 1):
            a, ra, b, rb = pts[i], rad[i], pts[i + 1], rad[i + 1]
            steps = 8
            for j in range(steps + 1):
                t = j / steps
                c = (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)
                pygame.draw.circle(s, INK, p(*c), r(ra + (rb - ra) * t))

    # legs: bent knees, rear foot back, lead foot forward
    limb([(-7, 90), (-16, 48), (-22, 8)], [10, 7, 5])
    limb([(9, 90), (19, 48), (22, 8)], [10, 7, 5])
    for fx in (-22, 22):
        pygame.draw.ellipse(s, INK, (*p(fx - 7 * facing if facing > 0 else fx + 11, 9),
                                     r(18), r(7)))
    # trunks, waist and chest (a tapered torso leaning a little forward)
    pygame.draw.ellipse(s, INK, (*p(-16 if facing > 0 else 20, 106), r(36), r(30)))
    limb([(1, 104), (6, 140)], [13 * bw, 17 * bw])
    limb([(-12 * bw, 142), (18 * bw, 144)], [9 * bw, 9 * bw])   # shoulders
    # neck and head, chin tucked
    limb([(6, 148), (9, 158)], [6.5 * bw, 6])
    pygame.draw.circle(s, INK, p(10, 169), r(11.5))
    pygame.draw.circle(s, INK, p(15, 162), r(7))   # jaw
    if big:
        pygame.draw.rect(s, INK, (*p(-1 if facing > 0 else 21, 184), r(22), r(6)))
    # arms: lead glove in front of the chin, rear glove at the cheek
    limb([(18 * bw, 142), (32, 120), (40, 150)], [7 * bw, 6, 6])
    limb([(-10 * bw, 142), (2, 116), (22, 150)], [7 * bw, 6, 6])
    pygame.draw.circle(s, INK, p(42, 156), r(10.5))
    pygame.draw.circle(s, INK, p(25, 153), r(10.5))
    return s


def _rim(s: pygame.Surface, light_dir: int, colour: Colour) -> None:
    """Colour silhouette pixels that face the light (side and top) with a rim."""
    w, h = s.get_size()
    src = s.copy()
    for y in range(h):
        for x in range(w):
            if not src.get_at((x, y))[3]:
                continue
            side = 0 <= x - light_dir < w and not src.get_at((x - light_dir, y))[3]
            side2 = 0 <= x - 2 * light_dir < w and not src.get_at((x - 2 * light_dir, y))[3]
            top = y > 0 and not src.get_at((x, y - 1))[3]
            if side:
                s.set_at((x, y), (*colour, 255))
            elif side2 or top:
                s.set_at((x, y), (*mix(colour, INK, 0.45), 255))


def _title_text(s: pygame.Surface, text: str, cy: int, scale: int) -> None:
    bits = text_bits(text, big=True)
    tw, th = len(bits[0]) * scale, len(bits) * scale
    x0, y0 = L.SCREEN_W // 2 - tw // 2, cy
    steel = [(255, 255, 255), (214, 220, 232), (150, 158, 176), (96, 102, 120)]

    def on(x: int, y: int) -> bool:
        bx, by = (x - x0) // scale, (y - y0) // scale
        return 0 <= by < len(bits) and 0 <= bx < len(bits[0]) and bits[by][bx]

    for y in range(y0 - 4, y0 + th + 6):
        for x in range(x0 - 4, x0 + tw + 6):
            if on(x, y):
                t = (y - y0) / th
                c = dither_pick(steel, t, x, y)
                if (y - y0) % scale == 0 and not on(x, y - 1):
                    c = (255, 255, 255)
                if x - x0 < tw / 2:
                    c = mix(c, RED, 0.18 * t)
                else:
                    c = mix(c, GOLD, 0.22 * t)
                s.set_at((x, y), c)
            elif any(on(x - dx, y - dy) for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1),
                                                         (2, 2), (3, 3), (1, 1))):
                s.set_at((x, y), INK if not on(x - 3, y - 3) else (60, 14, 20))


def build(out_dir: Path) -> list[Path]:
    rng = random.Random("title")
    s = pygame.Surface((L.SCREEN_W, L.SCREEN_H))
    for y in range(L.SCREEN_H):
        for x in range(L.SCREEN_W):
            t = x / (L.SCREEN_W - 1)
            left = dither_pick([(40, 6, 12), (22, 6, 14), (12, 8, 18)], t * 2, x, y)
            right = dither_pick([(12, 8, 18), (30, 20, 12), (52, 34, 10)], t * 2 - 1, x, y)
            c = left if t < 0.5 else right
            v = 1 - 0.5 * abs(y - 200) / 200
            s.set_at((x, y), (int(c[0] * v + 4), int(c[1] * v + 3), int(c[2] * v + 6)))
    # haze specks in the light
    for _ in range(260):
        x, y = rng.randrange(640), rng.randrange(360)
        s.set_at((x, y), (60, 50, 70))
    cone(s, (320, 0), 330, 170, 0, (255, 240, 210), 0.7)
    # ring floor and ropes in silhouette
    for y in range(300, 360):
        for x in range(640):
            d = abs(x - 320) / 320
            t = (1 - d) * (1 - (y - 300) / 80)
            s.set_at((x, y), dither_pick([(14, 10, 20), (60, 52, 70), (140, 130, 150)], t, x, y))
    pygame.draw.ellipse(s, (190, 180, 196), (190, 302, 260, 18))
    for hy, col in ((222, RED), (254, (230, 230, 236)), (284, (60, 90, 200))):
        pygame.draw.line(s, (20, 14, 24), (0, hy + 1), (640, hy + 1), 2)
        pygame.draw.line(s, mix(col, (10, 6, 14), 0.55), (0, hy), (640, hy))
    for px in (30, 610):
        pygame.draw.rect(s, (16, 12, 20), (px - 4, 196, 9, 120))
    # the two men: the Russian (left, red rim) and the champion (right, gold rim)
    for facing, big, rim, x in ((1, True, RED, 238), (-1, False, GOLD, 402)):
        fig = shrink_majority(_boxer(facing, big))
        _rim(fig, -facing, rim)
        s.blit(fig, (x - fig.get_width() // 2, 314 - fig.get_height()))
    # title
    _title_text(s, "PIECE OF IRON", 34, 3)
    for sx, col in ((74, RED), (566, GOLD)):
        star(s, sx, 55, 10, col)
    for i in range(220):
        x = 90 + i * 2
        y = 86
        if bayer(x, y) < 0.9:
            s.set_at((x, y), mix(RED, GOLD, i / 219))
    return [save_png(s, out_dir / "title.png")]
