"""Cities at night and the dark of the credits: Philadelphia, Moscow, an empty ring.

Why two skylines that share nothing but the sky: the story goes from one city to the other,
and a player must tell at a glance where he is — Philadelphia by its city hall tower, brick
row houses and the museum steps; Moscow by the red wall with its swallow-tail battlements,
the tower with the star and the cluster of striped onion domes, all under snow.
"""

from __future__ import annotations

import math
import random
from pathlib import Path

import pygame

from .paint import (
    box,
    cone,
    dither_rect,
    ellipse,
    glow_dot,
    grad,
    light_pixels,
    mix,
    shade,
    shape,
    snow_flecks,
    stands,
    star,
)

NIGHT = [(6, 8, 24), (14, 16, 40), (30, 28, 62), (52, 42, 80)]
LIT = (250, 214, 120)


def _sky(s: pygame.Surface, rng: random.Random, moon: tuple[int, int]) -> None:
    grad(s, (0, 0, s.get_width(), 300), NIGHT)
    for _ in range(110):
        s.set_at((rng.randrange(s.get_width()), rng.randrange(200)), (200, 210, 240))
    mx, my = moon
    pygame.draw.circle(s, (236, 232, 210), (mx, my), 16)
    pygame.draw.circle(s, (200, 196, 178), (mx + 4, my + 3), 5)
    pygame.draw.circle(s, (214, 210, 190), (mx - 6, my - 5), 3)


def _windows(s: pygame.Surface, rng: random.Random, r: pygame.Rect, share: float,
             step: tuple[int, int] = (7, 9)) -> None:
    for wy in range(r.top + 6, r.bottom - 6, step[1]):
        for wx in range(r.left + 4, r.right - 4, step[0]):
            if rng.random() < share:
                s.fill(LIT, (wx, wy, 3, 4))
                s.set_at((wx, wy + 3), shade(LIT, 0.8))


def philly_night(sprites: Path, rng: random.Random) -> pygame.Surface:
    """Philadelphia by night: the city hall tower over the towers of the centre, brick row
    houses with lit windows, the museum's steps and a street lamp in front."""
    s = pygame.Surface((640, 360))
    _sky(s, rng, (540, 60))
    far, edge = (22, 24, 46), (12, 12, 28)
    x = 0
    while x < 640:  # the towers of the centre, far and cool
        w, h = rng.randrange(24, 50), rng.randrange(70, 160)
        r = pygame.Rect(x, 250 - h, w, h)
        box(s, r, far, edge, shade(far, 1.3))
        _windows(s, rng, r, 0.18)
        x += w + rng.randrange(0, 6)
    _city_hall(s, 210, 250)
    for k, x in enumerate(range(-10, 640, 46)):  # the row houses, brick, nearer
        h = 64 + (k * 17) % 20
        r = pygame.Rect(x, 300 - h, 46, h)
        brick = (70 + (k % 3) * 8, 34, 34)
        box(s, r, brick, (26, 12, 14), shade(brick, 1.3), shade(brick, 0.7))
        s.fill(shade(brick, 0.6), (x, 300 - h, 46, 4))
        for wx in (x + 8, x + 28):
            for wy in (300 - h + 14, 300 - h + 38):
                lit = (wx + wy + k) % 3 != 0
                box(s, (wx, wy, 9, 14), LIT if lit else (30, 30, 50), (20, 10, 12))
                if lit:
                    s.fill(shade(LIT, 0.8), (wx, wy + 6, 9, 1))
        s.fill((40, 40, 60), (x + 18, 284, 10, 16))
    grad(s, (0, 300, 640, 60), [(40, 38, 60), (28, 26, 44), (18, 16, 30)])
    s.fill((70, 66, 96), (0, 300, 640, 1))
    # the museum steps on the right: wide flights up to a row of columns
    for k in range(7):
        y = 292 - k * 9
        box(s, (380 + k * 8, y, 260 - k * 8, 9), (92 - k * 4, 88 - k * 4, 112 - k * 4),
            (30, 28, 44), (130, 126, 150))
    box(s, (446, 176, 194, 62), (54, 52, 72), (30, 28, 44), (70, 68, 90))  # the facade
    for k in range(4):
        box(s, (472 + k * 40, 196, 14, 26), (255, 214, 120) if k % 2 else (40, 40, 60),
            (30, 28, 44))
    for k in range(5):
        box(s, (456 + k * 40, 176, 10, 62), (140, 134, 150), (40, 38, 52), (190, 186, 200),
            (100, 96, 116))
    shape(s, [(440, 176), (640, 176), (640, 160), (540, 140), (440, 160)], (120, 116, 136),
          (40, 38, 52))
    # a street lamp, its glow on the snow-dusted pavement
    box(s, (90, 196, 4, 118), (30, 30, 44), (12, 12, 20), (60, 60, 80))
    box(s, (84, 186, 16, 10), (40, 40, 56), (12, 12, 20))
    glow_dot(s, 92, 198, (255, 220, 140), 5)
    cone(s, (92, 200), 330, 60, 0, (255, 220, 140), 0.35)
    dither_rect(s, (0, 316, 640, 4), (28, 26, 44), (120, 124, 150), 0.3)
    return s


def _city_hall(s: pygame.Surface, cx: int, base: int) -> None:
    """The tower: a tall stone base, the clock stage, a dome and the statue on top."""
    stone, dark, lit = (60, 56, 74), (20, 18, 30), (92, 86, 110)
    box(s, (cx - 50, base - 70, 100, 70), stone, dark, lit)
    _windows(s, random.Random(7), pygame.Rect(cx - 50, base - 70, 100, 70), 0.4, (8, 10))
    box(s, (cx - 16, base - 170, 32, 100), stone, dark, lit, shade(stone, 0.7))
    box(s, (cx - 12, base - 196, 24, 26), shade(stone, 1.1), dark, lit)
    pygame.draw.circle(s, (236, 226, 170), (cx, base - 183), 8)
    pygame.draw.circle(s, dark, (cx, base - 183), 8, 1)
    pygame.draw.line(s, dark, (cx, base - 183), (cx, base - 188))
    pygame.draw.line(s, dark, (cx, base - 183), (cx + 4, base - 183))
    shape(s, [(cx - 12, base - 196), (cx + 12, base - 196), (cx + 6, base - 214),
              (cx - 6, base - 214)], (90, 84, 104), dark)
    ellipse(s, (cx - 7, base - 226, 14, 14), (100, 92, 110), dark)
    box(s, (cx - 1, base - 240, 3, 14), (150, 130, 90), dark)
    s.fill((150, 130, 90), (cx - 3, base - 236, 7, 2))


def moscow_night(sprites: Path, rng: random.Random) -> pygame.Surface:
    """Moscow by night in the snow: the red wall with its battlements, the clock tower with
    the star, a cathedral of striped onion domes, lamps over the white square."""
    s = pygame.Surface((640, 360))
    grad(s, (0, 0, 640, 300), [(6, 10, 26), (12, 22, 46), (26, 38, 70), (44, 56, 90)])
    for _ in range(40):
        s.set_at((rng.randrange(640), rng.randrange(160)), (180, 196, 230))
    for k, x in enumerate(range(-8, 640, 38)):  # the city beyond the wall, dark, a few lights
        h = 30 + (k * 29) % 40
        box(s, (x, 236 - h, 36, h), (20, 26, 48), (8, 10, 22), (34, 42, 70))
        _windows(s, rng, pygame.Rect(x, 236 - h, 36, h), 0.15, (6, 8))
        s.fill((200, 212, 236), (x, 236 - h, 36, 2))
    _cathedral(s, 470, 262)
    # the wall with swallow-tail merlons along its top
    wall_top = 236
    grad(s, (0, wall_top, 640, 64), [(112, 36, 34), (90, 28, 28), (70, 22, 24)])
    for x in range(0, 640, 14):
        shape(s, [(x + 2, wall_top), (x + 2, wall_top - 12), (x + 6, wall_top - 8),
                  (x + 10, wall_top - 12), (x + 10, wall_top)], (112, 36, 34), (44, 14, 16))
        s.fill((220, 230, 246), (x + 2, wall_top - 13, 2, 1))
        s.fill((220, 230, 246), (x + 9, wall_top - 13, 2, 1))
    for y in range(wall_top + 6, 300, 6):
        for x in range((y // 6) % 2 * 8, 640, 16):
            s.fill((70, 22, 24), (x, y, 1, 6))
        s.fill((70, 22, 24), (0, y, 640, 1))
    _clock_tower(s, 150, 300)
    # the square: snow, lamp posts, the light pooling on it
    grad(s, (0, 300, 640, 60), [(190, 202, 226), (160, 174, 204), (120, 134, 170)])
    s.fill((230, 238, 250), (0, 300, 640, 1))
    for lx in (60, 330, 600):
        box(s, (lx - 1, 240, 3, 78), (30, 30, 40), (10, 10, 16))
        for dx in (-8, 8):
            s.fill((30, 30, 40), (lx + min(0, dx), 244, abs(dx), 2))
            glow_dot(s, lx + dx, 248, (255, 226, 160), 3)
        cone(s, (lx, 250), 330, 40, 0, (255, 226, 160), 0.25)
    snow_flecks(s, rng, 200, (0, 0, 640, 300), ((220, 230, 250), (170, 186, 220)))
    return s


def _clock_tower(s: pygame.Surface, cx: int, base: int) -> None:
    brick, dark, lit = (122, 40, 36), (44, 14, 16), (160, 62, 52)
    box(s, (cx - 26, base - 130, 52, 130), brick, dark, lit, shade(brick, 0.75))
    box(s, (cx - 30, base - 134, 60, 6), lit, dark)
    pygame.draw.circle(s, (236, 220, 150), (cx, base - 108), 14)
    pygame.draw.circle(s, (30, 30, 40), (cx, base - 108), 14, 2)
    pygame.draw.line(s, (30, 30, 40), (cx, base - 108), (cx, base - 118), 2)
    pygame.draw.line(s, (30, 30, 40), (cx, base - 108), (cx + 7, base - 104), 2)
    s.fill((255, 200, 110), (cx - 8, base - 60, 16, 40))  # the gate, lit within
    pygame.draw.rect(s, dark, (cx - 9, base - 61, 18, 42), 1)
    box(s, (cx - 18, base - 170, 36, 36), brick, dark, lit, shade(brick, 0.75))
    for k in range(3):
        s.fill((255, 200, 110), (cx - 12 + k * 10, base - 160, 4, 10))
    shape(s, [(cx - 18, base - 170), (cx + 18, base - 170), (cx, base - 226)], (60, 96, 84),
          (20, 36, 30))
    shape(s, [(cx, base - 226), (cx + 18, base - 170), (cx + 6, base - 170)], (40, 70, 60))
    s.fill((220, 230, 246), (cx - 16, base - 171, 32, 2))
    star(s, cx, base - 234, 8, (120, 20, 24))
    star(s, cx, base - 234, 6, (240, 50, 50))


# (x offset, drum height, half width, dome colours lit/dark)
_DOMES = ((0, 90, 22, ((210, 60, 50), (236, 200, 120))),
          (-56, 50, 16, ((50, 140, 90), (236, 226, 160))),
          (56, 56, 16, ((60, 90, 190), (240, 240, 240))),
          (-30, 66, 13, ((236, 190, 70), (200, 60, 50))),
          (32, 70, 13, ((60, 160, 150), (236, 200, 120))))


def _onion_width(v: float) -> float:
    """The half-width of an onion dome at v (0 the tip, 1 the neck), as a share of its
    widest: a pointed tip flaring into a round bulb that pinches in at the bottom."""
    if v < 0.18:
        return (v / 0.18) ** 2 * math.sin(math.pi * 0.18) ** 0.6
    return math.sin(math.pi * min(v, 0.97)) ** 0.6


def _cathedral(s: pygame.Surface, cx: int, base: int) -> None:
    """Onion domes, each striped in two colours, on drums of red brick, crosses on top."""
    box(s, (cx - 90, base - 40, 180, 40), (130, 50, 42), (44, 14, 16), (170, 80, 64))
    for dx, dh, hw, (c1, c2) in sorted(_DOMES, key=lambda d: d[1]):
        x = cx + dx
        top = base - 40 - dh
        box(s, (x - hw + 5, top, 2 * hw - 10, dh), (150, 60, 48), (44, 14, 16), (190, 90, 70),
            (110, 40, 34))
        for wy in range(top + 8, top + dh - 6, 14):
            s.fill((255, 200, 110), (x - 2, wy, 4, 7))
        bulb = pygame.Rect(x - hw, top - hw * 2, 2 * hw, hw * 2 + 4)
        for yy in range(bulb.top, bulb.bottom):
            half = hw * _onion_width((yy - bulb.top) / bulb.height)
            for xx in range(int(x - half), int(x + half) + 1):
                stripe = ((xx - x) + (yy - bulb.top)) // 4 % 2
                c = c1 if stripe else c2
                if xx > x + half * 0.3:
                    c = shade(c, 0.72)
                s.set_at((xx, yy), c)
        pygame.draw.line(s, (214, 180, 90), (x, bulb.top - 12), (x, bulb.top), 1)
        s.fill((214, 180, 90), (x - 3, bulb.top - 9, 7, 1))
        # snow resting on the shoulders of the bulb
        s.fill((226, 234, 248), (x - hw // 2, bulb.top + 6, hw, 2))


def credits(sprites: Path, rng: random.Random) -> pygame.Surface:
    """For the closing credits: an empty ring in a dark hall under one light, a pair of gloves
    hung on the corner post, dust in the beam. Dark enough for white type on top."""
    s = pygame.Surface((640, 360))
    grad(s, (0, 0, 640, 360), [(10, 6, 16), (20, 10, 26), (30, 14, 30), (16, 8, 18)])
    stands(s, 176, 300, (8, 6, 12), (26, 16, 30), (40, 28, 44), [120, 320, 520])  # empty seats
    ring = pygame.image.load(str(sprites / "ring_moscow.png"))
    dim = pygame.Surface(ring.get_size(), pygame.SRCALPHA)
    dim.blit(ring, (0, 0))
    s.blit(dim, (0, 0))
    shade_layer = pygame.Surface((640, 360), pygame.SRCALPHA)
    shade_layer.fill((8, 4, 14, 170))
    s.blit(shade_layer, (0, 0))
    cone(s, (320, 0), 338, 180, 0, (230, 220, 200), 0.4)
    for y in range(300, 338):  # the pool of light on the canvas
        for x in range(140, 500):
            d = ((x - 320) / 180) ** 2 + ((y - 319) / 19) ** 2
            if d < 1:
                light_pixels(s, x, y, 0.5 * (1 - d), (240, 230, 210))
    # the gloves hanging by their laces from the back-left post
    for k, dx in enumerate((0, 12)):
        x = 92 + dx
        pygame.draw.line(s, (200, 190, 170), (90, 230), (x + 4, 246 + k * 4))
        ellipse(s, (x - 2, 246 + k * 4, 14, 18), (150, 40, 36), (60, 14, 14))
        s.fill((200, 80, 70), (x + 1, 250 + k * 4, 3, 6))
    for _ in range(60):
        x, y = rng.randrange(200, 440), rng.randrange(20, 320)
        s.set_at((x, y), mix((120, 110, 100), (230, 220, 200), rng.random()))
    return s
