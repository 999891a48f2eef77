"""Places under the open sky: the farm in the snow, the mountain, the plane, the cemetery.

Why these palettes: the art direction's snow camp is white and pale blue with pine green and
weathered wood; the funeral is by day under a grey sky (the words say "a grey morning"), so
it is painted light and nearly colourless, never over the night skyline.
"""

from __future__ import annotations

import math
import random
from pathlib import Path

import pygame

from .paint import (
    bare_tree,
    bayer,
    box,
    dither_pick,
    dither_rect,
    ellipse,
    grad,
    mix,
    pine,
    ridge,
    shade,
    shape,
    snow_flecks,
)

SNOW_SKY = [(138, 164, 198), (166, 190, 218), (196, 214, 234), (224, 234, 246)]
SNOW_GROUND = [(238, 244, 252), (222, 232, 246), (204, 218, 238)]
PINES = ((26, 64, 52), (40, 92, 70), (64, 122, 92))
FAR_PINES = ((70, 96, 110), (88, 116, 128), (110, 136, 150))
WOOD = ((84, 56, 38), (122, 84, 54), (160, 116, 76))
# the summit of the mountain: a figure's feet stand here; the path up the ridge from the left
SUMMIT = (404, 204)
PATH_START = (0, 334)
CREST = (SUMMIT[0] - 14, SUMMIT[1])   # where the straight path up meets the flat summit


def _snow_ground(s: pygame.Surface, top: int, rng: random.Random, x1: int | None = None) -> None:
    w = x1 or s.get_width()
    grad(s, (0, top, w, s.get_height() - top), SNOW_GROUND)
    for k in range(w // 60 + 2):  # soft drifts: a lit crest and a blue shadow under it
        x, y = k * 60 + rng.randrange(-10, 10), top + 8 + rng.randrange(0, s.get_height()
                                                                        - top - 20)
        ellipse(s, (x, y, 70 + rng.randrange(40), 10), (214, 226, 244))
        s.fill((250, 252, 255), (x + 10, y, 40, 1))


def farm(sprites: Path, rng: random.Random) -> pygame.Surface:
    """The farm in the snow: the house with smoke from the chimney, the red barn, the wood
    pile, a fence and the pines, mountains behind. Rocky chops, carries and runs here."""
    s = pygame.Surface((640, 360))
    grad(s, (0, 0, 640, 230), SNOW_SKY)
    ridge(s, rng, 196, 110, 6, (128, 146, 176), (226, 234, 246), period=80, phase=1.0)
    ridge(s, rng, 236, 60, 4, (104, 122, 150), (236, 242, 250), period=60, phase=3.0)
    for x in range(-10, 650, 13):  # the far forest line
        pine(s, x + rng.randrange(6), 262, 26 + rng.randrange(12), FAR_PINES, outline=False)
    _snow_ground(s, 256, rng)
    _house(s, 40, 276)
    _barn_outside(s, 452, 282)
    _woodpile(s, 250, 286)
    _fence(s, 0, 640, 300, rng)
    for x, h in ((20, 120), (230, 90), (400, 70), (612, 130)):
        pine(s, x, 306, h, PINES)
    snow_flecks(s, rng, 140, (0, 0, 640, 300))
    return s


def _house(s: pygame.Surface, x: int, base: int) -> None:
    """A log farmhouse: lit window, a porch, snow thick on the roof, smoke from the chimney."""
    dark, mid, light = WOOD
    w, h = 170, 74
    box(s, (x, base - h, w, h), mid, shade(dark, 0.6))
    for y in range(base - h + 5, base, 6):  # the logs
        s.fill(dark, (x, y, w, 1))
        s.fill(light, (x, y - 4, w, 1))
    # chimney, roof and its snow
    box(s, (x + 124, base - h - 52, 16, 40), (120, 70, 60), (50, 30, 26), (160, 100, 84))
    roof = [(x - 14, base - h + 2), (x + w // 2, base - h - 46), (x + w + 14, base - h + 2)]
    shape(s, roof, (74, 58, 54), (40, 30, 28))
    shape(s, [(x - 16, base - h + 2), (x + w // 2, base - h - 48), (x + w + 16, base - h + 2),
              (x + w + 10, base - h - 4), (x + w // 2, base - h - 40),
              (x - 10, base - h - 4)], (240, 246, 252), (170, 186, 210))
    for k in range(7):  # smoke, drifting right
        r = 4 + k
        cx, cy = x + 132 + k * 5 + round(math.sin(k) * 3), base - h - 58 - k * 9
        ellipse(s, (cx - r, cy - r // 2, 2 * r, r), mix((150, 156, 170), (214, 222, 236), k / 7))
    # windows warm with lamplight, the door, the porch
    for wx in (x + 18, x + 110):
        box(s, (wx, base - 52, 26, 20), (255, 214, 120), (50, 34, 24), (255, 240, 180),
            (220, 160, 80))
        s.fill((84, 56, 38), (wx + 12, base - 52, 2, 20))
        s.fill((84, 56, 38), (wx, base - 43, 26, 2))
        s.fill((240, 246, 252), (wx - 2, base - 31, 30, 2))
    box(s, (x + 68, base - 50, 26, 50), (70, 42, 30), (36, 22, 16), (110, 74, 50))
    s.fill((220, 180, 80), (x + 88, base - 26, 2, 3))
    shape(s, [(x + 56, base - 56), (x + 106, base - 56), (x + 112, base - 48),
              (x + 50, base - 48)], (74, 58, 54), (40, 30, 28))
    s.fill((240, 246, 252), (x + 52, base - 58, 58, 3))


def _barn_outside(s: pygame.Surface, x: int, base: int) -> None:
    """The red barn with its big cross-braced door and a gambrel roof under snow."""
    red, dark, lit = (150, 50, 40), (92, 30, 26), (182, 74, 58)
    w, h = 150, 96
    box(s, (x, base - h, w, h), red, shade(dark, 0.6))
    for k in range(0, w, 8):
        s.fill(dark, (x + k, base - h, 1, h))
        s.fill(lit, (x + k + 1, base - h, 1, h))
    top = base - h
    roof = [(x - 10, top + 2), (x + 18, top - 26), (x + w // 2, top - 44), (x + w - 18, top - 26),
            (x + w + 10, top + 2)]
    shape(s, roof, (70, 56, 52), (40, 30, 28))
    shape(s, [(x - 12, top + 2), (x + 18, top - 28), (x + w // 2, top - 46),
              (x + w - 18, top - 28), (x + w + 12, top + 2), (x + w + 4, top - 4),
              (x + w - 20, top - 20), (x + w // 2, top - 38), (x + 20, top - 20),
              (x - 4, top - 4)], (240, 246, 252), (170, 186, 210))
    door = pygame.Rect(x + 50, base - 62, 50, 62)
    box(s, door, (110, 36, 30), (50, 16, 14))
    for a, b in ((door.topleft, door.bottomright), (door.topright, door.bottomleft)):
        pygame.draw.line(s, (236, 226, 210), a, b, 2)
    pygame.draw.rect(s, (236, 226, 210), door, 2)
    box(s, (x + 64, base - h + 10, 22, 16), (255, 214, 120), (50, 16, 14), (255, 240, 180))
    s.fill((236, 226, 210), (x + 74, base - h + 10, 2, 16))
    for dx in range(0, w, 9):  # snow heaped against the wall
        s.fill((240, 246, 252), (x + dx, base - 4 - (dx * 5) % 4, 9, 6))


def _woodpile(s: pygame.Surface, x: int, base: int) -> None:
    """Split logs stacked in a pyramid: outlined rounds with rings, snow on top."""
    for row in range(4):
        for k in range(6 - row):
            cx, cy = x + k * 14 + row * 7, base - row * 12
            pygame.draw.circle(s, (70, 46, 30), (cx, cy), 7)
            pygame.draw.circle(s, (196, 150, 96), (cx, cy), 6)
            pygame.draw.circle(s, (160, 116, 70), (cx, cy), 3)
            s.set_at((cx - 2, cy - 3), (226, 190, 130))
    s.fill((240, 246, 252), (x + 16, base - 43, 26, 3))


def _fence(s: pygame.Surface, x0: int, x1: int, base: int, rng: random.Random) -> None:
    dark, mid, light = WOOD
    for x in range(x0 + 4, x1, 34):
        box(s, (x, base - 26, 5, 26), mid, dark, light)
        s.fill((240, 246, 252), (x - 1, base - 28, 7, 2))
    for y in (base - 20, base - 10):
        s.fill(mid, (x0, y, x1 - x0, 3))
        s.fill(light, (x0, y, x1 - x0, 1))
        s.fill(dark, (x0, y + 3, x1 - x0, 1))
    for x in range(x0, x1, 3):
        if rng.random() < 0.7:
            s.set_at((x, base - 21), (240, 246, 252))


def snowfield(sprites: Path, rng: random.Random) -> pygame.Surface:
    """A stretch of deep snow between the pines, twice the screen wide and seamless when
    repeated, for the run through the drifts (the picture scrolls under the runner)."""
    w = 1280
    s = pygame.Surface((w, 360))
    grad(s, (0, 0, w, 240), SNOW_SKY)
    for y_base, amp, k, fill, cap in ((200, 90, 3, (128, 146, 176), (226, 234, 246)),
                                      (240, 50, 5, (104, 122, 150), (236, 242, 250))):
        for x in range(w):
            y = round(y_base - amp * (0.6 + 0.25 * math.sin(2 * math.pi * k * x / w)
                                      + 0.15 * math.sin(2 * math.pi * (2 * k + 1) * x / w)))
            pygame.draw.line(s, fill, (x, y), (x, 360))
            pygame.draw.line(s, cap, (x, y), (x, y + 5 + (2 if (x // 3) % 3 == 0 else 0)))
    trees = [(x, 24 + rng.randrange(14)) for x in range(0, w, 12)]
    for x, h in trees:  # the far forest, drawn again one width over so the seam matches
        for dx in (0, -w):
            pine(s, x + dx, 266, h, FAR_PINES, outline=False)
    _snow_ground(s, 262, rng, w)
    near = [(x + rng.randrange(30), 80 + rng.randrange(70)) for x in range(60, w, 210)]
    for x, h in near:
        for dx in (0, -w, w):
            pine(s, x + dx, 300, h, PINES)
    snow_flecks(s, rng, 240, (0, 0, w, 300))
    return s


def mountain(sprites: Path, rng: random.Random) -> pygame.Surface:
    """The peak above the clouds: a ridge climbing from the lower left to a summit wide enough
    to stand on with both arms up (feet at SUMMIT), the other ranges far below."""
    s = pygame.Surface((640, 360))
    grad(s, (0, 0, 640, 300), [(84, 120, 176), (110, 146, 196), (140, 172, 214),
                               (176, 200, 230), (214, 228, 244)])
    ridge(s, rng, 262, 70, 5, (150, 166, 196), (232, 238, 248), period=46, phase=0.5)
    ridge(s, rng, 292, 50, 4, (124, 140, 172), (226, 234, 246), period=30, phase=2.5)
    _cloud_sea(s, rng)
    _peak(s, rng)
    for x, base, h in ((40, 352, 70), (120, 346, 46), (590, 356, 60)):
        pine(s, x, base, h, PINES)
    snow_flecks(s, rng, 80, (0, 0, 640, 260))
    return s


ROCK = [(60, 66, 86), (80, 88, 110), (104, 114, 138), (130, 140, 162), (156, 166, 186)]


def _cloud_sea(s: pygame.Surface, rng: random.Random) -> None:
    """Cloud below the summit: puffs lit on top, a blue shadow along their undersides."""
    for k in range(18):
        x, y = k * 40 - 20 + rng.randrange(10), 270 + rng.randrange(16)
        ellipse(s, (x, y + 4, 84, 22), (200, 214, 234))
        ellipse(s, (x + 2, y, 80, 20), (236, 242, 250))
        s.fill((252, 253, 255), (x + 16, y + 2, 40, 1))
    grad(s, (0, 292, 640, 68), [(228, 236, 248), (210, 222, 240)])


def _peak(s: pygame.Surface, rng: random.Random) -> None:
    """The rock: the lit face left of the summit darkening downhill, the shaded face right of
    it, cracks lit on one lip, snowfields lying on the ledges, a cornice along the crest."""
    sx, sy = SUMMIT
    for x in range(640):
        top = round(_ridge_y(x, sx, sy))
        for y in range(top, 360):
            depth = (y - top) / 160
            lit = x < sx + 16 - (y - sy) * 0.3   # the ridge between the faces runs down-left
            t = (0.85 - depth * 0.7) if lit else (0.35 - depth * 0.3)
            s.set_at((x, y), dither_pick(ROCK, t, x, y))
    for _ in range(46):  # cracks: a dark line with a lit lip above it
        x = rng.randrange(10, 630)
        y = rng.randrange(int(_ridge_y(x, sx, sy)) + 10, 356)
        ln = rng.randrange(8, 22)
        pygame.draw.line(s, ROCK[0], (x, y), (x + ln, y + ln // 3))
        pygame.draw.line(s, ROCK[4], (x, y - 1), (x + ln, y + ln // 3 - 1))
    for _ in range(24):  # snowfields on the ledges
        x = rng.randrange(0, 620)
        y = rng.randrange(int(_ridge_y(x, sx, sy)) + 14, 350)
        w = rng.randrange(16, 44)
        pts = [(x, y), (x + w // 3, y - 4), (x + w, y - 2), (x + w - 6, y + 4), (x + 4, y + 5)]
        shape(s, pts, (236, 242, 250), (150, 166, 196))
        s.fill((252, 253, 255), (x + 2, y - 1, w // 2, 1))
    for x0 in (70, 150, 236, 318):  # boulders behind the path, their tops above the crest
        y0 = round(_ridge_y(x0, sx, sy))
        w = 22 + x0 % 9
        rock = [(x0, y0 + 6), (x0 + 4, y0 - 10), (x0 + w // 2, y0 - 16), (x0 + w, y0 - 6),
                (x0 + w + 2, y0 + 6)]
        shape(s, rock, ROCK[3], ROCK[0])
        shape(s, [(x0 + w // 2, y0 - 15), (x0 + w, y0 - 6), (x0 + w + 1, y0 + 5),
                  (x0 + w // 2 + 2, y0 + 5)], ROCK[2])
        s.fill((244, 248, 254), (x0 + 5, y0 - 12, w // 2 - 2, 2))
    for x in range(640):  # the cornice along the crest
        y = round(_ridge_y(x, sx, sy))
        d = 4 + (x // 5) % 3
        pygame.draw.line(s, (244, 248, 254), (x, y), (x, y + d))
        s.set_at((x, y + d + 1), (170, 186, 214))
        s.set_at((x, y - 1), (120, 136, 170))
    dither_rect(s, (sx - 14, sy + 5, 30, 3), (244, 248, 254), (200, 214, 236), 0.4)
    _summit_flag(s, sx + 22, sy + 5)


def _summit_flag(s: pygame.Surface, x: int, base: int) -> None:
    """A cairn of stones on the summit's right edge with a small red pennant on a pole."""
    for k, (dx, dy, r) in enumerate(((0, 0, 5), (-4, -5, 4), (3, -6, 3), (0, -10, 3))):
        ellipse(s, (x + dx - r, base + dy - r, 2 * r, 2 * r - 1), ROCK[3 - k % 2], ROCK[0])
    pygame.draw.line(s, (70, 50, 40), (x, base - 12), (x, base - 40), 2)
    shape(s, [(x + 1, base - 40), (x + 16, base - 36), (x + 1, base - 31)], (200, 40, 44),
          (110, 16, 24))
    s.fill((236, 90, 80), (x + 2, base - 38, 6, 1))


def _ridge_y(x: float, sx: int, sy: int) -> float:
    """The crest's height at x (the path up on the left, the summit, the fall on the right)."""
    x0, y0 = PATH_START
    if x <= sx - 14:
        return y0 + (sy - y0) * (x - x0) / (sx - 14 - x0)
    if x <= sx + 16:
        return sy
    rough = 3 * math.sin(x / 7) + 2 * math.sin(x / 17)  # the far side is not walked: crags
    if x <= sx + 60:
        return sy + 30 * (x - sx - 16) / 44 + rough * (x - sx - 16) / 44
    return sy + 30 + (300 - sy - 30) * (x - sx - 60) / (640 - sx - 60) + rough


# the road sign by the track: a board of words in the letters of the country (plane_snow's
# `signs`: a speech box keeps off it); 3x5 glyphs of Cyrillic capitals, shapes only
ROAD_SIGN = (470, 262, 50, 24)
_GLYPHS = {"ya": ("111", "101", "111", "011", "101"),
           "i": ("101", "101", "111", "111", "101"), "d": ("011", "011", "011", "111", "101"),
           "l": ("011", "011", "101", "101", "101"), "p": ("111", "101", "101", "101", "101"),
           "b": ("111", "100", "111", "101", "111"), "g": ("111", "100", "100", "100", "100")}


def plane_snow(sprites: Path, rng: random.Random) -> pygame.Surface:
    """An airliner over a white country, and the country close up: a track through the snow
    with the posts of a wire running off along it, footprints, drifts and a road sign nobody
    from home can read, pines at the side; the snowy ranges and forest far off, cloud around."""
    s = pygame.Surface((640, 360))
    grad(s, (0, 0, 640, 250), [(84, 116, 164), (120, 152, 196), (168, 194, 226),
                               (210, 224, 242)])
    ridge(s, rng, 236, 60, 6, (150, 166, 196), (232, 238, 248), period=38, phase=1.0)
    ridge(s, rng, 262, 70, 6, (120, 138, 170), (230, 238, 248), period=45, phase=2.0)
    grad(s, (0, 262, 640, 98), [(200, 214, 234), (222, 232, 246), (238, 244, 252),
                                 (226, 234, 246)])
    for _ in range(16):  # dark forests far off, in clumps of tiny firs along the horizon
        x, y = rng.randrange(640), rng.randrange(258, 286)
        for j in range(4 + rng.randrange(6)):
            pine(s, x + j * 5 + rng.randrange(3), y + rng.randrange(4), 8 + (y - 250) // 14,
                 FAR_PINES, outline=False)
    for _ in range(9):  # clouds drifting past the plane
        x, y = rng.randrange(-40, 640), rng.randrange(40, 220)
        for j in range(3):
            ellipse(s, (x + j * 26, y - (j % 2) * 8, 60, 20), (240, 244, 250))
        s.fill((255, 255, 255), (x + 10, y + 2, 50, 1))
    _contrails(s, 330, 140)
    _airliner(s, 330, 140)
    _near_country(s, rng)
    return s


def _near_country(s: pygame.Surface, rng: random.Random) -> None:
    """The ground the three walk on, near enough to read: drifts, the track, the wire's
    posts getting smaller towards the hills, footprints, the sign, pines at the side."""
    for x, y, w in ((-20, 296, 150), (150, 290, 120), (330, 300, 170), (520, 292, 140)):
        ellipse(s, (x, y, w, 14), (214, 226, 244))          # drifts with a lit crest
        s.fill((250, 252, 255), (x + w // 5, y, w // 2, 1))
    _track(s)
    _wire_posts(s)
    for k in range(26):  # footprints along the track, in from the left
        x = 6 + k * 9
        y = 330 + (3 if k % 2 else -3) + round(2 * math.sin(k * 0.7))
        s.fill((176, 192, 220), (x, y, 4, 2))
        s.set_at((x, y - 1), (150, 168, 200))
    _road_sign(s, *ROAD_SIGN)
    for x, base, h in ((604, 356, 150), (636, 342, 110), (22, 362, 118)):
        pine(s, x, base, h, PINES)
    snow_flecks(s, rng, 60, (0, 240, 640, 120), ((250, 252, 255), (214, 226, 244)))


def _track(s: pygame.Surface) -> None:
    """A track across the picture where the walkers go: two ruts of packed blue-grey snow."""
    for x in range(640):
        y0 = 318 + round(4 * math.sin(x / 140))
        for y, c in ((y0, (190, 204, 228)), (y0 + 1, (206, 218, 238)),
                     (y0 + 18, (186, 200, 226)), (y0 + 19, (204, 216, 236))):
            s.set_at((x, y), c)
        if (x // 3) % 4 == 0:
            s.set_at((x, y0 + 9), (214, 224, 242))


def _wire_posts(s: pygame.Surface) -> None:
    """Posts of a telegraph wire running off along the track to the hills, smaller each one,
    the wire sagging between: the depth the flat snow lacked."""
    posts = [(44, 314, 118), (178, 298, 70), (270, 287, 44), (336, 280, 28), (384, 275, 18),
             (420, 272, 12)]
    tops = []
    for x, base, h in posts:
        w = max(1, h // 24)
        s.fill(WOOD[0], (x - w, base - h, 2 * w + 1, h))
        s.fill(WOOD[2], (x - w, base - h, 1, h))
        arm = max(3, h // 6)
        s.fill(WOOD[0], (x - arm, base - h + h // 10, 2 * arm + 1, max(1, h // 40 + 1)))
        s.fill((250, 252, 255), (x - w, base - h - 1, 2 * w + 1, 1))   # snow on the cap
        tops.append((x + arm, base - h + h // 10))
    for (x0, y0), (x1, y1) in zip(tops, tops[1:], strict=False):
        sag = (x1 - x0) * 0.08
        pts = [(x0 + (x1 - x0) * t / 12, y0 + (y1 - y0) * t / 12
                + sag * math.sin(math.pi * t / 12)) for t in range(13)]
        pygame.draw.lines(s, (60, 56, 64), False, pts, 1)


def _road_sign(s: pygame.Surface, x: int, y: int, w: int, h: int) -> None:
    """A white board with a red edge on two legs, words in letters a visitor cannot read."""
    for lx in (x + 8, x + w - 10):
        s.fill(WOOD[0], (lx, y + h, 3, 330 - (y + h)))
        s.fill(WOOD[2], (lx, y + h, 1, 330 - (y + h)))
    box(s, (x, y, w, h), (240, 240, 236), (150, 30, 40))
    s.fill((180, 40, 50), (x + 2, y + 2, w - 4, 1))
    s.fill((250, 252, 255), (x, y - 2, w, 2))                       # snow on its top
    words = (("p", "l", "i", "d", "g"), ("b", "ya", "g", "i"))
    for row, word in enumerate(words):
        gx = x + (w - len(word) * 4) // 2
        for g in word:
            for r, bits in enumerate(_GLYPHS[g]):
                for c, bit in enumerate(bits):
                    if bit == "1":
                        s.set_at((gx + c, y + 5 + row * 8 + r), (34, 30, 48))
            gx += 4


def _contrails(s: pygame.Surface, cx: int, cy: int) -> None:
    """Two vapour trails behind the engines, thinning out to the left."""
    for engine in (cx - 4, cx - 30):   # the engines' exhausts, as _airliner hangs them
        ex, ey = engine - 14, cy + 18 + (cx - engine) * 3 // 4
        for x in range(ex - 248, ex):
            t = (x - (ex - 248)) / 248
            y = ey + round((ex - x) * 0.03)
            if bayer(x, y) < t:
                s.set_at((x, y), (252, 253, 255))
            if bayer(x, y + 1) < t * 0.8:
                s.set_at((x, y + 1), (236, 242, 250))


# the fuselage's tones from its lit top to its belly: a cylinder, not a flat cut-out
FUSELAGE = [(255, 255, 255), (240, 242, 248), (226, 230, 238), (204, 210, 222),
            (170, 178, 196), (138, 146, 166)]


def _round_body(s: pygame.Surface, outline: list[tuple[int, int]], tones: list) -> None:
    """Shade a shape's inside column by column from top to bottom through `tones` (dithered),
    leaving its edge: a body of revolution seen from the side."""
    mask = pygame.Surface(s.get_size(), pygame.SRCALPHA)
    pygame.draw.polygon(mask, (255, 255, 255, 255), outline)
    m = pygame.mask.from_surface(mask)
    xs = [p[0] for p in outline]
    ys = [p[1] for p in outline]
    for x in range(max(0, min(xs) + 1), min(s.get_width(), max(xs))):
        col = [y for y in range(max(0, min(ys)), min(s.get_height(), max(ys) + 1))
               if m.get_at((x, y))]
        if len(col) < 3:
            continue
        top, bot = col[0] + 1, col[-1] - 1
        for y in range(top, bot + 1):
            t = (y - top) / max(1, bot - top)
            s.set_at((x, y), dither_pick(tones, min(0.999, t ** 0.8), x, y))


def _airliner(s: pygame.Surface, cx: int, cy: int) -> None:
    """A jet in side view, climbing a little: white body, a red cheat line, its windows."""
    white, shadow, edge = (236, 238, 244), (178, 184, 198), (70, 76, 92)
    red = (180, 30, 40)
    body = [(cx - 150, cy + 6), (cx - 140, cy - 6), (cx + 120, cy - 14), (cx + 152, cy - 10),
            (cx + 160, cy - 4), (cx + 150, cy + 4), (cx + 120, cy + 10), (cx - 130, cy + 16)]
    tail = [(cx - 150, cy + 6), (cx - 176, cy - 46), (cx - 158, cy - 48), (cx - 118, cy - 6)]
    shape(s, tail, white, edge)
    shape(s, [(cx - 170, cy - 40), (cx - 160, cy - 46), (cx - 150, cy - 30),
              (cx - 160, cy - 28)], red)
    wing_far = [(cx - 10, cy - 6), (cx + 30, cy - 8), (cx - 40, cy - 40), (cx - 52, cy - 40)]
    shape(s, wing_far, shadow, edge)
    shape(s, body, white, edge)
    _round_body(s, body, FUSELAGE)
    pygame.draw.line(s, red, (cx - 140, cy), (cx + 140, cy - 8), 2)
    for k in range(22):
        x = cx - 120 + k * 11
        y = cy - 6 - round(k * 11 * 8 / 280)
        s.fill((60, 80, 110), (x, y - 1, 3, 3))
    s.fill((40, 56, 80), (cx + 140, cy - 11, 8, 4))  # the cockpit glass
    wing = [(cx - 20, cy + 8), (cx + 40, cy + 6), (cx - 30, cy + 58), (cx - 52, cy + 58)]
    shape(s, wing, (214, 218, 228), edge)
    for ex in (cx - 4, cx - 30):
        ey = cy + 14 + (cx - ex) * 3 // 4
        nacelle = [(ex - 14, ey), (ex + 12, ey), (ex + 12, ey + 9), (ex - 14, ey + 9)]
        shape(s, nacelle, white, edge)
        _round_body(s, nacelle, FUSELAGE)
        ellipse(s, (ex + 9, ey + 1, 4, 8), (40, 40, 50))     # the intake, dark inside
        s.fill((120, 126, 140), (ex - 14, ey + 3, 2, 3))     # the exhaust


def cemetery_day(sprites: Path, rng: random.Random) -> pygame.Surface:
    """A cemetery on an overcast morning: a grey sky, bare trees, rows of stones on wet grass
    and, in the middle, the flag-covered casket among flowers (mourners are placed in front)."""
    s = pygame.Surface((640, 360))
    grad(s, (0, 0, 640, 232), [(150, 154, 162), (172, 176, 182), (192, 194, 198),
                               (208, 208, 210)])
    for _ in range(9):  # low cloud banks: long soft shapes a shade darker, lit along the top
        x, y = rng.randrange(-60, 600), rng.randrange(10, 150)
        w, h = 120 + rng.randrange(90), 10 + rng.randrange(8)
        ellipse(s, (x, y, w, h), (160, 164, 172))
        ellipse(s, (x + w // 5, y - h // 2, w // 2, h), (166, 170, 178))
        s.fill((200, 202, 206), (x + w // 4, y - h // 2, w // 3, 1))
    ridge(s, rng, 226, 30, 3, (118, 126, 122), None, period=40, phase=1.0)
    for x in range(0, 640, 9):  # the far trees, grey with distance
        bare_tree(s, rng, x + rng.randrange(6), 224, 30 + rng.randrange(20), (112, 118, 118), 3)
    grad(s, (0, 222, 640, 138), [(112, 122, 104), (98, 110, 92), (84, 96, 80), (74, 86, 70)])
    for _ in range(900):  # tufts of wet grass
        x, y = rng.randrange(640), rng.randrange(232, 360)
        s.set_at((x, y), (120, 134, 110) if rng.random() < 0.5 else (70, 82, 66))
    # the iron fence along the back
    for x in range(0, 640, 6):
        s.fill((56, 58, 62), (x, 214, 1, 16))
        s.set_at((x, 213), (80, 82, 88))
    s.fill((56, 58, 62), (0, 218, 640, 1))
    s.fill((56, 58, 62), (0, 226, 640, 1))
    for x, h in ((60, 150), (580, 170), (250, 100)):
        bare_tree(s, rng, x, 250, h, (78, 74, 76), 5)
    for row, (y, size, step) in enumerate(((244, 8, 36), (262, 12, 52), (288, 18, 76))):
        for x in range(10 + row * 17, 640, step):
            if 236 < x < 404 and row == 2:
                continue  # room for the casket
            _stone(s, x + rng.randrange(-4, 5), y, size, rng)
    # a path of wet gravel towards the front
    shape(s, [(300, 252), (340, 252), (420, 360), (220, 360)], (128, 130, 128))
    for y in range(262, 360, 7):  # the gravel path's edges and wet patches, in perspective
        half = 20 + (y - 252) * 80 // 108
        s.fill((112, 114, 112), (320 - half, y, 2 * half, 1))
    _casket(s, 320, 300)
    return s


def _stone(s: pygame.Surface, x: int, base: int, size: int, rng: random.Random) -> None:
    """A headstone: grey, rounded top, lit on the left, a dark outline and a little moss."""
    w, h = size, round(size * 1.3)
    grey = (150 + rng.randrange(20),) * 3
    r = pygame.Rect(x - w // 2, base - h, w, h)
    pygame.draw.rect(s, grey, r, border_top_left_radius=w // 2, border_top_right_radius=w // 2)
    pygame.draw.rect(s, (64, 66, 70), r.inflate(2, 2), 1, border_top_left_radius=w // 2,
                     border_top_right_radius=w // 2)
    s.fill(shade(grey, 0.78), (r.right - max(1, w // 4), r.top + w // 3, max(1, w // 4),
                               h - w // 3))
    if size > 10:
        s.fill(shade(grey, 0.7), (r.centerx - 2, r.top + h // 3, 4, 1))
        s.fill(shade(grey, 0.7), (r.centerx - 3, r.top + h // 3 + 3, 6, 1))
    s.fill((84, 96, 78), (r.left - 1, base - 1, w + 2, 2))


def _casket(s: pygame.Surface, cx: int, base: int) -> None:
    """The casket on its stand under the flag, flowers heaped at both ends."""
    edge = (40, 30, 30)
    for lx in (cx - 56, cx + 50):
        box(s, (lx, base - 22, 6, 22), (90, 90, 96), edge)
    box(s, (cx - 66, base - 44, 132, 22), (110, 70, 48), edge, (150, 104, 70), (80, 50, 34))
    flag = pygame.Rect(cx - 60, base - 52, 120, 18)
    for y in range(flag.top, flag.bottom):
        for x in range(flag.left, flag.right):
            u, v = x - flag.left, y - flag.top
            if u < 48 and v < 10:
                c = (40, 50, 120) if (u % 4, v % 3) != (1, 1) else (236, 236, 244)
            else:
                c = (170, 34, 50) if v % 4 < 2 else (226, 222, 226)
            s.set_at((x, y), shade(c, 0.92 if x > cx + 30 else 1.0))
    pygame.draw.rect(s, (60, 30, 40), flag.inflate(2, 2), 1)
    for fx in (cx - 82, cx + 70):  # wreaths and bunches of flowers
        for k in range(14):
            px, py = fx + (k * 7) % 18, base - 4 - (k * 5) % 16
            pygame.draw.circle(s, ((220, 220, 224), (190, 40, 60), (236, 200, 90))[k % 3],
                               (px, py), 3)
        s.fill((60, 96, 60), (fx - 2, base - 2, 24, 3))
