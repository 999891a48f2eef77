"""The fight halls as story places: the Vegas stage and ring, the Moscow hall, ring and corner.

Why built on the fight venues' own PNGs (sprites/venue_*.png, ring_*.png): a scene before a
bout and the bout itself must be one hall. The venues are read back, not repainted, then the
story adds what a fight screen has live (a full house, from the crowd sheets) or does not
show at all (the stage, a wider hall to pan over, a corner seen up close).
"""

from __future__ import annotations

import random
from pathlib import Path

import pygame

from . import crowdfill
from .crowdfill import HALL_ROWS, Row
from .paint import (
    FLOOR_Y,
    box,
    cone,
    glow_dot,
    grad,
    marquee,
    mix,
    paint_text,
    ramp,
    shade,
    shape,
    stands,
    star,
)

RING_POST_X = (64, 88, 552, 576)  # front-left, back-left, back-right, front-right (uigen)
# The words painted on the fight venues' boards (uigen/venues.py paints them: the city and the
# bout on the Vegas jumbotron, LIVE on its two side screens; the city on the Moscow banner and
# the bill on the scoreboard under it), as [x, y, w, h] on the 640-wide venue. backdrops.json
# lists them as each place's `signs`: speech boxes and the scene's title keep off them, so a
# player reads both. Only the words: a line may sit over a board's empty lower half.
VEGAS_SIGNS = ((240, 66, 160, 40), (56, 74, 96, 40), (488, 74, 96, 40))
MOSCOW_SIGNS = ((262, 88, 116, 66),)
STAGE_SIGNS = ((250, 192, 140, 26),)   # the city's name in lights under the giant flag


def shifted(signs: tuple, dx: int) -> list[list[int]]:
    """Sign boxes moved `dx` to the right (a venue painted into a wider place)."""
    return [[x + dx, y, w, h] for x, y, w, h in signs]


def _img(sprites: Path, name: str) -> pygame.Surface:
    return pygame.image.load(str(sprites / name))


def _arena(sprites: Path, venue: str, crowd: str, rng: random.Random,
           poses: dict[str, float]) -> pygame.Surface:
    """The fight view of a venue with every seat taken and the ring in place."""
    s = _img(sprites, f"venue_{venue}.png").copy()
    crowdfill.fill(s, sprites, crowd, HALL_ROWS, rng, poses)
    s.blit(_img(sprites, f"ring_{venue}.png"), (0, 0))
    s.blit(_img(sprites, f"ring_front_{venue}.png"), (0, 0))
    return s


CHEER = {"stand": 4, "up_a": 3, "up_b": 3, "sit": 1}
BOO = {"stand": 4, "boo_a": 2, "boo_b": 2, "sit": 1, "up_a": 1}


def vegas_ring(sprites: Path, rng: random.Random) -> pygame.Surface:
    """The exhibition's arena on its feet: the fight view with a full, cheering house."""
    return _arena(sprites, "las_vegas", "warm", rng, CHEER)


def moscow_ring(sprites: Path, rng: random.Random) -> pygame.Surface:
    """The Moscow ring from ringside, the hall full (standing, some booing the visitor)."""
    return _arena(sprites, "moscow", "cold", rng, BOO)


def _tile_strip(dst: pygame.Surface, src: pygame.Surface, src_x: int, src_w: int, x0: int,
                x1: int, start: int) -> None:
    """Repeat columns [src_x, src_x+src_w) of `src` over dst columns [x0, x1), one copy
    starting at `start` (the Bayer dither repeats every 4 px, so a width of 4k is seamless)."""
    x = start
    while x > x0:
        x -= src_w
    while x < x1:
        a, b = max(x, x0), min(x + src_w, x1)
        if b > a:
            dst.blit(src, (a, 0), (src_x + a - x, 0, b - a, src.get_height()))
        x += src_w


def moscow_hall(sprites: Path, rng: random.Random) -> pygame.Surface:
    """The whole hall, twice the screen wide for a pan: windows, banners, every seat taken,
    the ring in the middle and a floor in front where the entrance walks."""
    venue = _img(sprites, "venue_moscow.png")
    s = pygame.Surface((1280, 360))
    _tile_strip(s, venue, 0, 240, 0, 320, 80)
    _tile_strip(s, venue, 400, 240, 960, 1280, 960)
    s.blit(venue, (320, 0))
    crowdfill.fill(s, sprites, "cold", HALL_ROWS, rng, BOO)
    s.blit(_img(sprites, "ring_moscow.png"), (320, 0))
    s.blit(_img(sprites, "ring_front_moscow.png"), (320, 0))
    skirt = (320 + RING_POST_X[0] - 20, 320 + RING_POST_X[3] + 21)  # the ring's apron skirt
    _floor_runner(s, (112, 16, 24), (70, 10, 16), 0, skirt[0])
    _floor_runner(s, (112, 16, 24), (70, 10, 16), skirt[1], 1280)
    return s


def _long_banner(s: pygame.Surface, x: int, y: int, w: int, h: int) -> None:
    red, dark, gold = (150, 20, 28), (96, 10, 18), (214, 170, 60)
    pts = [(x, y), (x + w, y), (x + w, y + h), (x + w // 2, y + h - 8), (x, y + h)]
    shape(s, pts, red, shade(dark, 0.6))
    pygame.draw.polygon(s, dark, [(x + w * 2 // 3, y + 1), (x + w - 1, y + 1),
                                  (x + w - 1, y + h - 1), (x + w * 2 // 3, y + h - 5)])
    s.fill(gold, (x - 2, y - 1, w + 5, 2))
    star(s, x + w / 2, y + 20, 8, gold)
    s.fill(gold, (x + 3, y + 36, w - 6, 1))
    s.fill(gold, (x + 3, y + 39, w - 6, 1))


def _floor_runner(s: pygame.Surface, red: tuple, dark: tuple, x0: int, x1: int) -> None:
    """A carpet along the arena floor in front of the barrier, where entrances walk."""
    for y in range(322, 356):
        for x in range(x0, x1):
            s.set_at((x, y), red if (y - 322) % 14 else dark)
    s.fill(shade(red, 1.4), (x0, 322, x1 - x0, 1))
    s.fill(dark, (x0, 356, x1 - x0, 2))


def moscow_corner(sprites: Path, rng: random.Random) -> pygame.Surface:
    """Drago's red corner up close: the post and its pads, the stool, the bucket, a towel on
    the rope, the hall's front rows filling the dark behind."""
    s = pygame.Surface((640, 360))
    grad(s, (0, 0, 640, 150), [(10, 12, 18), (22, 26, 36), (34, 40, 52)])
    stands(s, 150, 244, (12, 14, 20), (40, 46, 58), (70, 78, 92), [90, 330])  # behind the crowd
    for bx in (60, 250, 440):
        _long_banner(s, bx, 0, 40, 120)
    crowdfill.fill(s, sprites, "cold", (Row("mid", 176, 10, 3), Row("mid", 190, 11, 0),
                                        Row("near", 208, 13, 4), Row("near", 226, 14, 0),
                                        Row("near", 244, 14, 7)), rng, BOO)
    grad(s, (0, 244, 640, 24), [(40, 44, 54), (24, 26, 32)])
    s.fill((140, 30, 34), (0, 244, 640, 1))
    # the canvas seen close, lit from above
    grad(s, (0, 268, 640, 92), [(150, 158, 172), (196, 204, 216), (214, 220, 230),
                                (170, 176, 190)])
    cone(s, (300, 0), 360, 240, 20, (220, 232, 255), 0.35, clip_top=200)
    _corner_post(s, 520, 96, 326)
    # ropes from the post across the picture, lower at the left (perspective)
    ropes = [((200, 36, 40), (110, 12, 20)), ((230, 232, 238), (130, 136, 150)),
             ((200, 36, 40), (110, 12, 20))]
    for k, (lit, dk) in enumerate(ropes):
        y = 150 + k * 48
        pygame.draw.line(s, dk, (0, y + 12 + 3), (514, y + 3), 3)
        pygame.draw.line(s, lit, (0, y + 12), (514, y), 3)
        pygame.draw.line(s, dk, (528, y + 2), (640, y + 40), 3)
        pygame.draw.line(s, lit, (528, y), (640, y + 38), 2)
    # a white towel over the middle rope, the stool and the bucket
    shape(s, [(440, 212), (470, 208), (474, 250), (462, 246), (446, 252)], (236, 236, 240),
          (120, 124, 136))
    s.fill((200, 202, 210), (466, 212, 6, 36))
    _stool(s, 560, FLOOR_Y + 8)
    _bucket(s, 600, FLOOR_Y + 22)
    return s


def _corner_post(s: pygame.Surface, x: int, top: int, base: int) -> None:
    steel, dark, hi = (120, 128, 140), (60, 64, 76), (190, 198, 210)
    box(s, (x - 6, top, 13, base - top), steel, shade(dark, 0.6), hi, dark)
    pad_col = (180, 30, 36)
    for k in range(3):
        y = 132 + k * 48
        r = pygame.Rect(x - 13, y, 27, 40)
        pygame.draw.rect(s, shade(pad_col, 0.4), r.inflate(2, 2), border_radius=6)
        pygame.draw.rect(s, pad_col, r, border_radius=6)
        s.fill(mix(pad_col, (255, 255, 255), 0.4), (r.left + 3, r.top + 5, 3, r.height - 12))
        s.fill(shade(pad_col, 0.7), (r.left + 4, r.bottom - 5, r.width - 8, 2))


def _stool(s: pygame.Surface, x: int, base: int) -> None:
    wood, dark = (150, 104, 62), (70, 46, 30)
    box(s, (x - 22, base - 52, 44, 8), wood, dark, (196, 150, 96), (110, 74, 46))
    for lx in (x - 18, x + 14):
        box(s, (lx, base - 44, 4, 44), (110, 74, 46), dark)


def _bucket(s: pygame.Surface, x: int, base: int) -> None:
    shape(s, [(x - 14, base - 30), (x + 14, base - 30), (x + 11, base), (x - 11, base)],
          (170, 178, 190), (70, 76, 88))
    s.fill((220, 228, 236), (x - 12, base - 29, 4, 26))
    s.fill((60, 80, 110), (x - 13, base - 30, 27, 3))
    pygame.draw.arc(s, (70, 76, 88), (x - 14, base - 44, 28, 30), 0.2, 2.9, 1)


def vegas_stage(sprites: Path, rng: random.Random) -> pygame.Surface:
    """Twice the screen wide: on the left the show stage (stairs of light, a giant flag and
    star, neon, the spots), on the right the arena and its ring, the house full and cheering.
    The camera pans from the showman on the stage to the ring."""
    s = pygame.Surface((1280, 360))
    right = vegas_ring(sprites, rng)
    s.blit(right, (640, 0))
    _stage(s, sprites, rng)
    _speaker_stack(s, 636, 132, 306)
    return s


def _speaker_stack(s: pygame.Surface, x: int, top: int, base: int) -> None:
    """A tower of speaker cabinets between the stage and the arena."""
    for y in range(top, base, 29):
        box(s, (x, y, 52, 28), (28, 24, 34), (8, 6, 12), (60, 52, 70), (18, 14, 22))
        for cx in (x + 14, x + 38):
            pygame.draw.circle(s, (12, 10, 16), (cx, y + 14), 10)
            pygame.draw.circle(s, (50, 44, 60), (cx, y + 14), 10, 1)
            pygame.draw.circle(s, (70, 60, 80), (cx - 1, y + 13), 3)


def _stage(s: pygame.Surface, sprites: Path, rng: random.Random) -> None:
    grad(s, (0, 0, 660, 306), [(10, 6, 22), (22, 10, 40), (44, 16, 62), (66, 22, 78)], 0, 1)
    # a wall of lights: columns of bulbs in the dark
    for x in range(12, 660, 24):
        for y in range(60, 280, 12):
            if (x // 24 + y // 12) % 3 == 0:
                s.set_at((x, y), (255, 214, 120))
    _giant_flag(s, pygame.Rect(150, 40, 340, 150))
    # the house on both sides of the stage, on its feet for the showman, behind the stairs
    for x0, x1 in ((44, 210), (430, 622)):
        crowdfill.fill(s, sprites, "warm", (Row("far", 226, 8, 2), Row("far", 240, 8, 5),
                                            Row("mid", 258, 10, 1), Row("mid", 274, 11, 6),
                                            Row("near", 296, 14, 3)), rng, CHEER, x0, x1)
    _stairs_and_floor(s)
    _stage_lights(s, rng)


def _giant_flag(s: pygame.Surface, fl: pygame.Rect) -> None:
    """The flag behind the stairs, hanging in folds, a gold star and the city's name."""
    for x in range(fl.left, fl.right):
        fold = 0.8 + 0.2 * abs(((x - fl.left) % 34) - 17) / 17
        for y in range(fl.top, fl.bottom):
            u, v = x - fl.left, y - fl.top
            if u < fl.width * 0.42 and v < fl.height * 0.54:
                star_px = (u % 12, v % 9) in ((5, 3), (4, 4), (5, 4), (6, 4), (5, 5))
                c = (240, 240, 250) if star_px else (40, 50, 130)
            else:
                c = (190, 36, 56) if (v * 13 // fl.height) % 2 == 0 else (236, 232, 236)
            s.set_at((x, y), shade(c, fold))
    pygame.draw.rect(s, (90, 70, 30), fl.inflate(4, 4), 2)
    marquee(s, fl.inflate(12, 12), (255, 220, 120))
    for sx in (130, 510):
        star(s, sx, 116, 12, (255, 214, 90))
        star(s, sx, 116, 6, (255, 244, 190))
    paint_text(s, "LAS VEGAS", 320, 196, (255, 214, 90), big=True, shadow=(90, 20, 60))


def _stairs_and_floor(s: pygame.Surface) -> None:
    # the staircase of lit steps down to the stage floor
    for k in range(8):
        y = 214 + k * 12
        half = 70 + k * 22
        box(s, (320 - half, y, 2 * half, 12), (60, 24, 80), (24, 8, 34), (140, 70, 170))
        for bx in range(320 - half + 4, 320 + half - 4, 8):
            s.set_at((bx, y + 2), (255, 226, 140))
    # stage floor, glossy, the lights reflected in streaks
    grad(s, (0, 306, 660, 54), [(56, 20, 72), (30, 10, 40), (16, 6, 22)])
    s.fill((255, 120, 200), (0, 306, 660, 1))
    for x in range(40, 660, 64):
        for y in range(310, 356, 3):
            s.set_at((x + (y % 2), y), (150, 70, 150))


def _stage_lights(s: pygame.Surface, rng: random.Random) -> None:
    # neon columns framing the stage and hiding the seam to the arena
    for px in (16, 628):
        box(s, (px, 30, 24, 276), (30, 12, 48), (10, 4, 16), (80, 30, 110), (20, 8, 30))
        for y in range(40, 300, 6):
            s.set_at((px + 11, y), (255, 90, 170) if y % 12 else (150, 110, 255))
    # spotlights sweeping down onto the stairs
    for ax, lean, tint in ((120, 150, (255, 220, 140)), (520, -150, (255, 220, 140)),
                           (320, 0, (255, 140, 210))):
        glow_dot(s, ax, 18, tint, 3)
        cone(s, (ax, 20), 306, 60, lean, tint, 0.45)
    for _ in range(90):  # confetti frozen in the light
        x, y = rng.randrange(40, 620), rng.randrange(30, 300)
        s.set_at((x, y), rng.choice([(255, 214, 90), (255, 90, 170), (140, 220, 255),
                                     (255, 255, 255)]))
    s.fill((70, 60, 80), (0, 8, 660, 2))
    s.fill(ramp([(70, 60, 80), (130, 120, 140)], 2)[1], (0, 8, 660, 1))
