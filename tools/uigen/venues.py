"""Venue backdrops (hall, lights, set pieces; no crowd, no ring) and the ring layers.

Why pre-rendered: the hall and the static parts of the ring never change during a fight, so
they are painted once here with dithered gradients and light cones (too slow to do per frame
in Python) and the runtime only blits them. Ropes that bow and the crowd are drawn live.

Each venue also gets `venue_<id>.json` with the colours the runtime needs (ropes, corner pads,
flash tint), so those live in one place.
"""

from __future__ import annotations

import json
import math
import random
from collections.abc import Callable
from pathlib import Path

import pygame

from . import layout as L
from .common import Colour, bayer, dither_pick, light_pixels, mix, ramp, save_png, shade
from .font import text_bits


def _blit_bits(
    surf: pygame.Surface, bits: list[list[bool]], x: int, y: int, colour: Colour,
    scale: int = 1,
) -> None:
    for yy, row in enumerate(bits):
        for xx, on in enumerate(row):
            if on:
                surf.fill(colour, (x + xx * scale, y + yy * scale, scale, scale))


def text_width(text: str, big: bool = False) -> int:
    bits = text_bits(text, big)
    return len(bits[0]) if bits else 0


def paint_text(
    surf: pygame.Surface, text: str, cx: int, y: int, colour: Colour,
    big: bool = False, shadow: Colour | None = None, scale: int = 1,
) -> None:
    """Paint centred text from our font into art (with an optional hard shadow)."""
    bits = text_bits(text, big)
    w = len(bits[0]) * scale if bits else 0
    x = cx - w // 2
    if shadow is not None:
        _blit_bits(surf, bits, x + scale, y + scale, shadow, scale)
    _blit_bits(surf, bits, x, y, colour, scale)


def cone(
    surf: pygame.Surface, apex: tuple[float, float], bottom_y: int, half_w: float,
    lean: float, tint: Colour, strength: float, clip_top: int = 0,
) -> None:
    """A dithered light cone from apex down to bottom_y, lightening what is already there."""
    ax, ay = apex
    for y in range(max(int(ay), clip_top), min(bottom_y, surf.get_height())):
        t = (y - ay) / max(1.0, bottom_y - ay)
        cx = ax + lean * t
        hw = 2 + half_w * t
        x0, x1 = int(cx - hw), int(cx + hw) + 1
        fall = strength * (1.0 - 0.55 * t)
        for x in range(max(0, x0), min(surf.get_width(), x1)):
            edge = 1.0 - abs(x - cx) / hw
            if edge <= 0:
                continue
            light_pixels(surf, x, y, fall * min(1.0, edge * 2.2), tint)


def glow_dot(surf: pygame.Surface, x: int, y: int, colour: Colour, r: int = 2) -> None:
    """A lamp: bright core with a dithered halo."""
    for yy in range(-r * 2, r * 2 + 1):
        for xx in range(-r * 2, r * 2 + 1):
            d = math.hypot(xx, yy)
            px, py = x + xx, y + yy
            if not (0 <= px < surf.get_width() and 0 <= py < surf.get_height()):
                continue
            if d <= r * 0.6:
                surf.set_at((px, py), (255, 255, 240))
            elif d <= r * 2:
                light_pixels(surf, px, py, 1.0 - d / (r * 2), colour)


def stands(
    surf: pygame.Surface, top: int, bottom: int, dark: Colour, mid: Colour, rail: Colour,
    aisles: list[int],
) -> None:
    """Tiered seating behind the ring: stepped bands, seat-back rails, stair aisles."""
    pal = ramp([dark, mid], 5)
    step = 11
    for y in range(top, bottom):
        k = (y - top) % step
        t = 0.25 + 0.55 * (y - top) / max(1, bottom - top)
        tt = t * (0.55 if k < 3 else 1.0)
        for x in range(surf.get_width()):
            surf.set_at((x, y), dither_pick(pal, tt, x, y))
        if k == 3:
            pygame.draw.line(surf, rail, (0, y), (surf.get_width(), y))
    for ax in aisles:
        for y in range(top, bottom, 3):
            pygame.draw.line(surf, shade(rail, 0.8), (ax - 3, y), (ax + 3, y))
        pygame.draw.line(surf, shade(dark, 0.7), (ax - 4, top), (ax - 4, bottom))
        pygame.draw.line(surf, shade(dark, 0.7), (ax + 4, top), (ax + 4, bottom))


def truss(surf: pygame.Surface, y: int, steel: Colour, hi: Colour) -> None:
    """The lighting rig: a box truss across the hall."""
    w = surf.get_width()
    pygame.draw.line(surf, hi, (0, y), (w, y))
    pygame.draw.line(surf, steel, (0, y + 7), (w, y + 7))
    for x in range(0, w, 8):
        pygame.draw.line(surf, steel, (x, y), (x + 8, y + 7))
        pygame.draw.line(surf, shade(steel, 0.7), (x, y + 7), (x + 8, y))


def us_flag(surf: pygame.Surface, x: int, y: int, w: int, h: int, wave: float) -> None:
    """A hanging stars-and-stripes banner (vertical stripes as it hangs)."""
    for xx in range(w):
        off = int(round(math.sin(xx * 0.5 + wave) * 1.2))
        for yy in range(h):
            stripe = (yy * 13 // h) % 2 == 0
            col = (178, 34, 52) if stripe else (236, 232, 236)
            if xx < w * 0.45 and yy < h * 0.54:
                col = (40, 50, 120)
                if (xx % 3 == 1) and (yy % 3 == 1):
                    col = (240, 240, 250)
            lit = 1.0 - 0.35 * xx / w
            surf.set_at((x + xx, y + yy + off), shade(col, lit))
    pygame.draw.line(surf, (200, 170, 90), (x - 2, y - 1), (x + w + 1, y - 1))


def star(surf: pygame.Surface, cx: float, cy: float, r: float, colour: Colour) -> None:
    pts = []
    for i in range(10):
        a = -math.pi / 2 + i * math.pi / 5
        rr = r if i % 2 == 0 else r * 0.45
        pts.append((cx + math.cos(a) * rr, cy + math.sin(a) * rr))
    pygame.draw.polygon(surf, colour, pts)


def marquee(surf: pygame.Surface, rect: pygame.Rect, bulb: Colour, gap: int = 4) -> None:
    """Vegas bulbs around a sign."""
    for x in range(rect.left, rect.right + 1, gap):
        for y in (rect.top, rect.bottom):
            surf.set_at((x, y), bulb)
    for y in range(rect.top, rect.bottom + 1, gap):
        for x in (rect.left, rect.right):
            surf.set_at((x, y), bulb)


# ---------------------------------------------------------------- Las Vegas


def _vegas(rng: random.Random) -> pygame.Surface:
    s = pygame.Surface((L.SCREEN_W, L.SCREEN_H))
    sky = [(10, 6, 22), (22, 10, 40), (44, 16, 62), (66, 22, 78)]
    for y in range(L.SCREEN_H):
        t = min(1.0, y / 190)
        for x in range(L.SCREEN_W):
            s.set_at((x, y), dither_pick(sky, t, x, y))
    # back wall panels (vertical neon-edged pillars)
    for px in range(0, L.SCREEN_W, 80):
        pygame.draw.rect(s, (30, 12, 48), (px + 36, 60, 8, 110))
        pygame.draw.line(s, (120, 40, 150), (px + 36, 60), (px + 36, 170))
    # centre jumbotron with marquee bulbs
    scr = pygame.Rect(236, 62, 168, 78)
    pygame.draw.rect(s, (14, 10, 20), scr.inflate(8, 8))
    pygame.draw.rect(s, (60, 50, 70), scr.inflate(8, 8), 1)
    scr_pal = [(20, 30, 70), (40, 60, 130), (70, 110, 190)]
    for y in range(scr.top, scr.bottom):
        for x in range(scr.left, scr.right):
            t = 1.0 - (y - scr.top) / scr.height
            c = dither_pick(scr_pal, t * 0.9, x, y)
            if y % 2 == 0:
                c = shade(c, 0.86)
            s.set_at((x, y), c)
    paint_text(s, "LAS VEGAS", 320, 72, (255, 214, 90), big=True, shadow=(80, 30, 20))
    paint_text(s, "EXHIBITION BOUT", 320, 92, (255, 255, 255), shadow=(20, 20, 60))
    for i, sx in enumerate((266, 320, 374)):
        star(s, sx, 116, 7, (255, 214, 90) if i != 1 else (255, 90, 160))
    marquee(s, scr.inflate(14, 14), (255, 220, 120))
    # side screens
    for sx in (54, 486):
        r = pygame.Rect(sx, 70, 100, 56)
        pygame.draw.rect(s, (12, 8, 18), r.inflate(6, 6))
        for y in range(r.top, r.bottom):
            for x in range(r.left, r.right):
                t = (y - r.top) / r.height
                c = dither_pick([(120, 30, 110), (200, 60, 140), (250, 150, 90)], t, x, y)
                if y % 2 == 0:
                    c = shade(c, 0.85)
                s.set_at((x, y), c)
        paint_text(s, "LIVE", r.centerx, r.top + 8, (255, 255, 255), big=True,
                   shadow=(70, 10, 60))
        paint_text(s, "PAY PER VIEW", r.centerx, r.top + 32, (255, 240, 200),
                   shadow=(70, 10, 60))
        pygame.draw.rect(s, (255, 120, 200), r.inflate(6, 6), 1)
    # hanging flags between screens
    for fx, wave in ((172, 0.0), (190, 1.0), (432, 2.0), (450, 3.0)):
        us_flag(s, fx, 64, 14, 58, wave)
    # neon script signs on the wall edges
    paint_text(s, "GOLDEN", 28, 140, (255, 90, 170), shadow=(90, 20, 70))
    paint_text(s, "PALACE", 612, 140, (180, 110, 255), shadow=(60, 20, 90))
    # ceiling truss and lamps
    truss(s, 44, (70, 60, 80), (130, 120, 140))
    lamps = [40, 120, 200, 280, 360, 440, 520, 600]
    for lx in lamps:
        pygame.draw.rect(s, (30, 26, 34), (lx - 3, 52, 7, 5))
        glow_dot(s, lx, 58, (255, 220, 140), 2)
    # entrance tunnel (left) with confetti and sparks
    tun = pygame.Rect(10, 152, 46, 40)
    pygame.draw.ellipse(s, (255, 226, 160), tun)
    pygame.draw.ellipse(s, (255, 250, 230), tun.inflate(-22, -16))
    pygame.draw.arc(s, (255, 120, 200), tun.inflate(6, 6), 0, math.pi, 2)
    for _ in range(70):
        x = rng.randint(0, 110)
        y = rng.randint(120, 200)
        s.set_at((x, y), rng.choice([(255, 214, 90), (255, 90, 170), (140, 220, 255),
                                     (255, 255, 255)]))
    # tiers
    stands(s, 170, 300, (20, 8, 30), (58, 22, 70), (96, 44, 110), [120, 320, 520])
    # arena floor below the stands
    for y in range(296, L.SCREEN_H):
        for x in range(L.SCREEN_W):
            s.set_at((x, y), dither_pick([(24, 10, 30), (12, 6, 16)], (y - 296) / 64, x, y))
    # press barrier at ringside
    pygame.draw.rect(s, (40, 16, 50), (0, 290, L.SCREEN_W, 10))
    pygame.draw.line(s, (255, 120, 200), (0, 290), (L.SCREEN_W, 290))
    # spotlight cones (gold and pink) from the truss
    for lx, lean, tint in ((120, 130, (255, 220, 140)), (520, -130, (255, 220, 140)),
                           (200, 60, (255, 110, 190)), (440, -60, (190, 120, 255))):
        cone(s, (lx, 58), 300, 42, lean, tint, 0.55)
    return s


# ---------------------------------------------------------------- Moscow


def _window(wx: int, w: int = 50, top: int = 46, bot: int = 150, arch: int = 25) -> dict:
    """One tall arched window: the glass top of each column (the arch), bars and sill.

    Why as data: the renderer draws the falling snow only into the glass, so it needs the
    same outline the backdrop was painted with (written to venue_moscow.json)."""
    col_top = []
    for x in range(wx, wx + w):
        dx = (x - (wx + w / 2)) / (w / 2)
        col_top.append(math.ceil(top + arch - math.sqrt(max(0.0, 1 - dx * dx)) * arch))
    return {"x": wx, "w": w, "top": top, "bot": bot, "glass_bot": bot - 4,
            "col_top": col_top, "bars_x": [wx + w // 3, wx + 2 * w // 3],
            "bars_y": [top + 40, top + 72], "bars_top": top + 8}


MOSCOW_WINDOWS = [_window(wx) for wx in (40, 150, 430, 540)]


# Onion domes, row by row from the tip down: half-widths of the bulb (a pointed tip that
# flares into a bulb clearly wider than its drum, pulled in again at the neck), then the
# drum's half-width and height, and the tones (lit side, shade side, cross).
_ONION_BIG = ((0, 0, 1, 1, 2, 3, 4, 4, 4, 3, 2), 2, 3,
              ((118, 98, 62), (74, 62, 46), (118, 98, 62)))
_ONION_SMALL = ((0, 1, 1, 2, 3, 3, 3, 2, 1), 1, 3,
                ((66, 90, 94), (40, 56, 64), (118, 98, 62)))
_DOME_SNOW = (144, 158, 188)
_DOME_TONES = {c for sh in (_ONION_BIG, _ONION_SMALL) for c in sh[3]}  # no flakes on domes


def _onion(s: pygame.Surface, cx: int, base: int, shape: tuple, cross: bool) -> None:
    """One onion dome standing on `base` (the roof it rises from), far away at night.

    Why drawn per pixel: it is 7-9 px wide, so its outline is chosen, not rasterised: a
    pointed tip over a bulb wider than its drum, muted gilt (or green) lit on the left, snow
    lying two pixels deep on the shoulders, lit slits in the drum, a small cross on top."""
    bulb, drum_hw, drum_h, (lit, shd, gilt) = shape
    dark, glow = (16, 22, 40), (150, 120, 60)
    top = base - drum_h - len(bulb)
    # drum with small windows (every other pixel across its middle row)
    for dy in range(drum_h):
        y = base - drum_h + dy
        for dx in range(-drum_hw, drum_hw + 1):
            win = dy == drum_h // 2 and (dx + drum_hw) % 2 == 1
            s.set_at((cx + dx, y), glow if win else dark)
    if drum_hw == 1:
        s.set_at((cx, base - drum_h + drum_h // 2), glow)
    # the bulb: snow on the top two pixels of each column above the widest row, except
    # the tip's own column
    widest = bulb.index(max(bulb))
    depth: dict[int, int] = {}
    for row, hw in enumerate(bulb):
        for dx in range(-hw, hw + 1):
            d = depth[dx] = depth.get(dx, -1) + 1
            c = lit if dx < 1 else shd
            if row < widest and d < 2 and dx != 0:
                c = _DOME_SNOW
            s.set_at((cx + dx, top + row), c)
    # the tip: a spire and, on a big dome, a small cross
    s.set_at((cx, top - 1), gilt)
    if cross:
        for dx, dy in ((0, -2), (0, -3), (-1, -2), (1, -2)):
            s.set_at((cx + dx, top + dy), gilt)


def _roofline(s: pygame.Surface, win: dict, rng: random.Random) -> None:
    """Snowy roofs and, in most windows, a church with onion domes far outside.

    The church stands no taller than the roofs around it, in the middle of one pane (never
    behind a mullion), and the roofs beside it stay low so its domes have sky behind them."""
    wx, w, base = win["x"], win["w"], win["bot"] - 4
    dark, snow = (16, 22, 40), (120, 136, 168)
    church = None
    if rng.random() < 0.75:
        edges = [wx, *win["bars_x"], wx + w]
        mids = [(a + b) // 2 for a, b in zip(edges, edges[1:], strict=False)]
        pane = rng.randrange(len(mids))
        other = None
        if rng.random() < 0.5:
            other = mids[(pane + rng.choice((1, 2))) % len(mids)] + rng.randint(-1, 1)
        church = (mids[pane] + rng.randint(-1, 1), rng.randint(5, 8), other)
    x = wx
    while x < wx + w:
        bw = rng.randint(7, 14)
        bh = rng.randint(6, 16)
        if church is not None:
            for cx, low in ((church[0], church[1] - 2), (church[2], 3)):
                if cx is not None and x < cx + 7 and x + bw > cx - 7:
                    bh = min(bh, low)
        pygame.draw.rect(s, dark, (x, base - bh, bw, bh))
        pygame.draw.line(s, snow, (x, base - bh), (x + bw - 1, base - bh))
        for wy in range(base - bh + 3, base - 1, 4):
            for lx in range(x + 2, x + bw - 2, 3):
                if rng.random() < 0.25:
                    s.set_at((lx, wy), (150, 120, 60))
        x += bw
    if church is None:
        return
    cx, ch, _ = church
    # the church: a block with a snowy roof and lit windows, the dome in the middle
    body = pygame.Rect(cx - 5, base - ch, 11, ch)
    pygame.draw.rect(s, dark, body)
    pygame.draw.line(s, snow, (body.left, body.top), (body.right - 1, body.top))
    for lx in (cx - 3, cx + 3):
        s.set_at((lx, base - ch + 3), (150, 120, 60))
    _onion(s, cx, body.top, _ONION_BIG, True)
    # sometimes a smaller chapel further off in another pane
    if church[2] is not None:
        sx = church[2]
        sh = 4
        pygame.draw.rect(s, dark, (sx - 3, base - sh, 7, sh))
        pygame.draw.line(s, snow, (sx - 3, base - sh), (sx + 3, base - sh))
        _onion(s, sx, base - sh, _ONION_SMALL, False)


def _moscow(rng: random.Random) -> pygame.Surface:
    s = pygame.Surface((L.SCREEN_W, L.SCREEN_H))
    wall = [(12, 14, 20), (26, 32, 44), (40, 48, 62), (34, 40, 52)]
    for y in range(L.SCREEN_H):
        t = min(1.0, y / 200)
        for x in range(L.SCREEN_W):
            s.set_at((x, y), dither_pick(wall, t, x, y))
    # tall arched windows: night outside, a snowy roofline, a few far flakes painted in
    # (the falling snow is drawn live by game/render/venue.py in the glass listed in the JSON)
    night = [(8, 12, 28), (22, 34, 60), (46, 62, 92)]
    for win in MOSCOW_WINDOWS:
        wx, top, w, bot = win["x"], win["top"], win["w"], win["bot"]
        for y in range(top, bot):
            for x in range(wx, wx + w):
                if y < win["col_top"][x - wx]:
                    continue
                c = dither_pick(night, (y - top) / (bot - top), x, y)
                s.set_at((x, y), c)
        _roofline(s, win, rng)
        for _ in range(24):
            x = rng.randint(wx + 1, wx + w - 2)
            y = rng.randint(top + 10, bot - 16)
            c = s.get_at((x, y))
            if c[2] < 100 and tuple(c[:3]) not in _DOME_TONES:
                s.set_at((x, y), (110, 128, 160))
        # snow on the sill, mullions and frame
        pygame.draw.rect(s, (214, 222, 236), (wx, bot - 4, w, 4))
        for mx in win["bars_x"]:
            pygame.draw.line(s, (54, 62, 76), (mx, top + 8), (mx, bot))
        for my in win["bars_y"]:
            pygame.draw.line(s, (54, 62, 76), (wx, my), (wx + w, my))
        pygame.draw.rect(s, (70, 80, 96), (wx - 2, bot, w + 4, 3))
        # cold light spilling in
        cone(s, (wx + w / 2, bot), 300, 26, 12, (150, 180, 230), 0.25)
    # stone pilasters between windows
    for px in (20, 120, 230, 410, 520, 620):
        pygame.draw.rect(s, (30, 36, 48), (px - 5, 40, 10, 140))
        pygame.draw.line(s, (58, 66, 82), (px - 5, 40), (px - 5, 180))
    # deep red banners hanging
    for bx, tall in ((106, 96), (210, 110), (408, 110), (512, 96)):
        _banner(s, bx, 48, 22, tall)
    # central banner: huge red field, gold star, and the stern hall scoreboard below
    big = pygame.Rect(252, 46, 136, 74)
    for y in range(big.top, big.bottom):
        for x in range(big.left, big.right):
            c = dither_pick([(150, 20, 24), (110, 12, 18), (72, 8, 14)],
                            (y - big.top) / big.height + (x - big.left) / big.width * 0.3, x, y)
            s.set_at((x, y), c)
    pygame.draw.rect(s, (214, 170, 60), big, 1)
    star(s, 320, 72, 15, (226, 182, 66))
    star(s, 320, 72, 9, (250, 214, 110))
    paint_text(s, "MOSKVA", 320, 96, (236, 210, 140), big=True, shadow=(60, 6, 10))
    sb = pygame.Rect(270, 126, 100, 30)
    pygame.draw.rect(s, (10, 10, 12), sb)
    pygame.draw.rect(s, (80, 88, 100), sb, 1)
    paint_text(s, "USSR  USA", 320, 131, (255, 70, 50))
    paint_text(s, "15 ROUNDS", 320, 143, (255, 150, 60))
    # girders across the roof
    truss(s, 38, (56, 64, 78), (96, 104, 120))
    for lx in (90, 250, 390, 550):
        pygame.draw.rect(s, (24, 26, 30), (lx - 4, 46, 9, 6))
        glow_dot(s, lx, 53, (210, 226, 255), 2)
    # tiers: colder, with a stern front row rail
    stands(s, 172, 300, (12, 14, 20), (40, 46, 58), (70, 78, 92), [90, 320, 550])
    for y in range(296, L.SCREEN_H):
        for x in range(L.SCREEN_W):
            s.set_at((x, y), dither_pick([(22, 24, 30), (10, 11, 14)], (y - 296) / 64, x, y))
    pygame.draw.rect(s, (36, 40, 50), (0, 290, L.SCREEN_W, 10))
    pygame.draw.line(s, (140, 30, 34), (0, 290), (L.SCREEN_W, 290))
    # low cold spotlights on the ring only
    for lx, lean in ((250, 40), (390, -40)):
        cone(s, (lx, 53), 300, 52, lean, (200, 220, 255), 0.5)
    return s


def _banner(s: pygame.Surface, x: int, y: int, w: int, h: int) -> None:
    """A hanging red banner with a swallow-tail and a gold star."""
    for yy in range(h):
        for xx in range(w):
            tail = yy > h - 8 and abs(xx - w / 2) < (yy - (h - 8)) * (w / 16)
            if tail:
                continue
            base = (142, 18, 26) if xx < w * 0.7 else (100, 12, 20)
            s.set_at((x + xx, y + yy), base if (xx + yy) % 7 else shade(base, 0.9))
    pygame.draw.line(s, (200, 160, 70), (x - 2, y), (x + w + 1, y))
    star(s, x + w / 2, y + 16, 6, (226, 182, 66))
    pygame.draw.line(s, (214, 170, 60), (x + 3, y + 28), (x + w - 4, y + 28))
    pygame.draw.line(s, (214, 170, 60), (x + 3, y + 31), (x + w - 4, y + 31))


# ---------------------------------------------------------------- ring


VENUES: dict[str, dict] = {
    "las_vegas": {
        "paint": _vegas,
        "canvas": [(120, 112, 150), (186, 180, 206), (226, 222, 238)],
        "apron": (46, 20, 60),
        "skirt": [(60, 20, 90), (96, 34, 130)],
        "skirt_trim": (255, 204, 80),
        "skirt_text": "LAS VEGAS  *  PIECE OF IRON  *  LAS VEGAS",
        "ropes": [[(236, 60, 70), (140, 20, 40)], [(245, 245, 250), (150, 150, 170)],
                  [(70, 110, 230), (30, 40, 120)]],
        "post": [(190, 170, 100), (120, 100, 50), (240, 220, 150)],
        "corners": [(210, 40, 50), (50, 80, 210)],
        "pool": (255, 236, 190),
        "crowd_tint": (60, 20, 70),
        "flash": (255, 250, 230),
        "palettes": "warm",
    },
    "moscow": {
        "paint": _moscow,
        "canvas": [(96, 104, 120), (160, 168, 182), (204, 210, 220)],
        "apron": (30, 34, 44),
        "skirt": [(110, 12, 18), (150, 22, 28)],
        "skirt_trim": (220, 180, 80),
        "skirt_text": "MOSKVA  *  PIECE OF IRON  *  MOSKVA",
        "ropes": [[(200, 36, 40), (110, 12, 20)], [(230, 232, 238), (130, 136, 150)],
                  [(200, 36, 40), (110, 12, 20)]],
        "post": [(120, 128, 140), (70, 76, 88), (180, 188, 200)],
        "corners": [(180, 30, 36), (60, 70, 150)],
        "pool": (220, 232, 255),
        "crowd_tint": (30, 36, 50),
        "flash": (230, 240, 255),
        "palettes": "cold",
        "windows": MOSCOW_WINDOWS,
    },
}


def side_x(side: int, t: float) -> float:
    """x of the left (-1) or right (+1) side line at depth t (0 back .. 1 front)."""
    if side < 0:
        return L.POST_BACK_X_L + (L.POST_FRONT_X_L - L.POST_BACK_X_L) * t
    return L.POST_BACK_X_R + (L.POST_FRONT_X_R - L.POST_BACK_X_R) * t


def depth_y(t: float) -> float:
    return L.CANVAS_BACK_Y + (L.CANVAS_FRONT_Y - L.CANVAS_BACK_Y) * t


def depth_scale(t: float) -> float:
    return L.SCALE_BACK + (L.SCALE_FRONT - L.SCALE_BACK) * t


def _post(s: pygame.Surface, x: int, base_y: int, scale: float, v: dict, corner: Colour) -> None:
    """A ring post with three padded turnbuckles at the rope heights."""
    top = base_y - int(L.POST_HEIGHT_M * L.PX_PER_M * scale)
    c, dark, hi = v["post"]
    w = 4 if scale < 1 else 5
    pygame.draw.rect(s, dark, (x - w // 2 - 1, top - 1, w + 2, base_y - top + 2))
    pygame.draw.rect(s, c, (x - w // 2, top, w, base_y - top))
    pygame.draw.line(s, hi, (x - w // 2, top), (x - w // 2, base_y - 1))
    pygame.draw.rect(s, hi, (x - w // 2 - 1, top - 2, w + 2, 2))
    for hm in L.ROPE_HEIGHTS_M:
        y = base_y - int(hm * L.PX_PER_M * scale)
        pad = pygame.Rect(x - w // 2 - 2, y - 4, w + 4, 8)
        pygame.draw.rect(s, shade(corner, 0.45), pad.inflate(2, 2), border_radius=2)
        pygame.draw.rect(s, corner, pad, border_radius=2)
        pygame.draw.line(s, mix(corner, (255, 255, 255), 0.45), (pad.left + 1, pad.top + 1),
                         (pad.left + 1, pad.bottom - 3))
        pygame.draw.line(s, shade(corner, 0.7), (pad.left + 1, pad.bottom - 2),
                         (pad.right - 2, pad.bottom - 2))


def _rope_line(s: pygame.Surface, a: tuple[float, float], b: tuple[float, float],
               cols: list[Colour]) -> None:
    pygame.draw.line(s, cols[1], (a[0], a[1] + 1), (b[0], b[1] + 1))
    pygame.draw.line(s, cols[0], a, b)


def _ring_back(v: dict) -> pygame.Surface:
    s = pygame.Surface((L.SCREEN_W, L.SCREEN_H), pygame.SRCALPHA)
    canvas_pal = v["canvas"]
    # canvas top: trapezoid a little wider than the posts (the apron strip)
    for y in range(L.CANVAS_BACK_Y, L.CANVAS_FRONT_Y):
        t = (y - L.CANVAS_BACK_Y) / (L.CANVAS_FRONT_Y - L.CANVAS_BACK_Y)
        x0 = int(side_x(-1, t)) - 14 - int(6 * t)
        x1 = int(side_x(1, t)) + 14 + int(6 * t)
        for x in range(x0, x1 + 1):
            dx = (x - L.CENTER_X) / 250.0
            dy = (y - L.FLOOR_Y) / 26.0
            pool = max(0.0, 1.0 - (dx * dx + dy * dy))
            inside = side_x(-1, t) <= x <= side_x(1, t)
            base = 0.45 + 0.25 * t + 0.45 * pool
            if not inside:
                base *= 0.55
            s.set_at((x, y), dither_pick(canvas_pal, base, x, y))
    # apron lip and skirt
    lip_y = L.CANVAS_FRONT_Y
    x0 = int(side_x(-1, 1.0)) - 20
    x1 = int(side_x(1, 1.0)) + 20
    pygame.draw.rect(s, v["apron"], (x0, lip_y, x1 - x0 + 1, 4))
    pygame.draw.line(s, shade(canvas_pal[1], 0.8), (x0, lip_y), (x1, lip_y))
    sk = pygame.Rect(x0, lip_y + 4, x1 - x0 + 1, L.SCREEN_H - lip_y - 4)
    for y in range(sk.top, sk.bottom):
        for x in range(sk.left, sk.right):
            s.set_at((x, y), dither_pick(v["skirt"], 1 - (y - sk.top) / sk.height, x, y))
    pygame.draw.line(s, v["skirt_trim"], (sk.left, sk.top + 1), (sk.right, sk.top + 1))
    pygame.draw.line(s, shade(v["skirt_trim"], 0.6), (sk.left, sk.bottom - 2),
                     (sk.right, sk.bottom - 2))
    paint_text(s, v["skirt_text"], L.CENTER_X, sk.top + 5, v["skirt_trim"],
               shadow=shade(v["skirt"][0], 0.5))
    # canvas edge shadow at the back so the crowd sits behind it
    pygame.draw.line(s, shade(canvas_pal[0], 0.6), (int(side_x(-1, 0)) - 14, L.CANVAS_BACK_Y),
                     (int(side_x(1, 0)) + 14, L.CANVAS_BACK_Y))
    # back posts and back ropes
    for side, x in ((-1, L.POST_BACK_X_L), (1, L.POST_BACK_X_R)):
        _post(s, x, L.CANVAS_BACK_Y, L.SCALE_BACK, v, v["corners"][0 if side < 0 else 1])
    for hm, cols in zip(L.ROPE_HEIGHTS_M, v["ropes"], strict=True):
        y = L.CANVAS_BACK_Y - hm * L.PX_PER_M * L.SCALE_BACK
        _rope_line(s, (L.POST_BACK_X_L + 3, y), (L.POST_BACK_X_R - 3, y),
                   [shade(c, 0.85) for c in cols])
        # rope shadows on the canvas
    for hm in L.ROPE_HEIGHTS_M[:1]:
        y = L.CANVAS_BACK_Y + 2 + int(hm * 4)
        pygame.draw.line(s, shade(canvas_pal[0], 0.85), (L.POST_BACK_X_L + 6, y),
                         (L.POST_BACK_X_R - 6, y))
    return s


def _ring_front(v: dict) -> pygame.Surface:
    s = pygame.Surface((L.SCREEN_W, L.SCREEN_H), pygame.SRCALPHA)
    for side, x in ((-1, L.POST_FRONT_X_L), (1, L.POST_FRONT_X_R)):
        # short stubs of the front ropes (the ones running across the screen)
        for hm, cols in zip(L.ROPE_HEIGHTS_M, v["ropes"], strict=True):
            y = L.CANVAS_FRONT_Y - hm * L.PX_PER_M * L.SCALE_FRONT
            _rope_line(s, (x, y), (x - side * 12, y + 1), cols)
        _post(s, x, L.CANVAS_FRONT_Y, L.SCALE_FRONT, v, v["corners"][0 if side < 0 else 1])
    return s


def build(out_dir: Path) -> list[Path]:
    """Write venue_<id>.png (backdrop), ring_<id>.png, ring_front_<id>.png, venue_<id>.json."""
    out: list[Path] = []
    for vid, v in VENUES.items():
        rng = random.Random(f"venue-{vid}")
        paint: Callable[[random.Random], pygame.Surface] = v["paint"]
        out.append(save_png(paint(rng), out_dir / f"venue_{vid}.png"))
        out.append(save_png(_ring_back(v), out_dir / f"ring_{vid}.png"))
        out.append(save_png(_ring_front(v), out_dir / f"ring_front_{vid}.png"))
        meta = {
            "format": 1,
            "backdrop": f"venue_{vid}.png",
            "ring": f"ring_{vid}.png",
            "ring_front": f"ring_front_{vid}.png",
            "crowd": f"crowd_{v['palettes']}.png",
            "ropes": v["ropes"],
            "corners": v["corners"],
            "pool": v["pool"],
            "flash": v["flash"],
            "crowd_tint": v["crowd_tint"],
        }
        if v.get("windows"):
            meta["windows"] = v["windows"]
        js = out_dir / f"venue_{vid}.json"
        js.write_text(json.dumps(meta, indent=1, sort_keys=True) + "\n")
        out.append(js)
    return out


__all__ = ["build", "paint_text", "cone", "star", "bayer", "depth_y", "depth_scale", "side_x"]
