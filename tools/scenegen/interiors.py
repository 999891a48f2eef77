"""Rooms: the press room, inside the barn, Drago's lab, the living room with the television.

Why the props sit where they do: the engine stands figures on the floor line (FLOOR_Y) in
front of everything painted here, so the things people use (the heavy bag, the treadmill, the
punch machine, the bench) are placed where a figure can stand beside or on them, and their
spots go into backdrops.json for the drills and the scenes to aim at.
"""

from __future__ import annotations

import random
from pathlib import Path

import pygame

from .paint import (
    FLOOR_Y,
    box,
    cone,
    curtain,
    dither_rect,
    ellipse,
    glow_dot,
    grad,
    hgrad,
    mix,
    paint_text,
    pine,
    shade,
    shape,
    snow_flecks,
    star,
    truss,
)

BAG = (470, 150, 40, 118)            # the heavy bag in the barn: x, top, width, height
LAB_MACHINE = (96, FLOOR_Y)              # where the punch machine's pad faces (its column's foot)
LAB_TREADMILL = (350, 304)           # the feet of a runner on the treadmill's belt
LAB_BENCH = (566, FLOOR_Y)
TV_SCREEN = (398, 166, 110, 66)


# ---------------------------------------------------------------- the barn
def barn(sprites: Path, rng: random.Random) -> pygame.Surface:
    """Inside the barn: plank walls lit by a lantern and a snowy window, the heavy bag on its
    chain from the beam, hay bales, tools on the wall, a floor of boards and straw."""
    s = pygame.Surface((640, 360))
    planks = [(46, 28, 20), (70, 44, 30), (96, 62, 40), (120, 80, 52)]
    for x in range(0, 640, 16):  # wall planks, darker towards the roof
        shade_k = 0.85 + 0.15 * ((x * 7919) % 5) / 5
        pal = [shade(c, shade_k) for c in planks]
        grad(s, (x, 0, 16, 300), pal, 0.05, 0.8)
        s.fill(shade(planks[0], 0.7), (x, 0, 1, 300))
        s.fill(mix(planks[2], planks[3], 0.5), (x + 1, 0, 1, 300))
        for k in range(2):  # knots
            kx, ky = x + 4 + (x * 13 + k * 7) % 9, (x * 31 + k * 97) % 280 + 10
            s.fill(shade(planks[0], 0.8), (kx, ky, 3, 2))
    # rafters and the beam the bag hangs from
    for x0 in range(-80, 700, 160):
        shape(s, [(x0, 60), (x0 + 10, 60), (x0 + 90, 0), (x0 + 80, 0)], (80, 52, 34), (36, 22, 14))
    box(s, (0, 52, 640, 14), (110, 74, 46), (36, 22, 14), (150, 104, 66), (80, 52, 34))
    for px in (70, 580):
        box(s, (px, 66, 18, 252), (100, 66, 42), (36, 22, 14), (140, 96, 60), (74, 48, 30))
    # the window with the snow outside and its cold light on the floor
    win = pygame.Rect(150, 104, 70, 60)
    box(s, win.inflate(8, 8), (110, 74, 46), (36, 22, 14), (150, 104, 66))
    grad(s, win, [(170, 196, 226), (214, 228, 244), (240, 246, 252)])
    pine(s, 168, 164, 40, ((70, 96, 110), (88, 116, 128), (110, 136, 150)), outline=False)
    snow_flecks(s, rng, 20, win)
    s.fill((110, 74, 46), (win.centerx - 1, win.top, 3, win.height))
    s.fill((110, 74, 46), (win.left, win.centery - 1, win.width, 3))
    s.fill((240, 246, 252), (win.left - 4, win.bottom + 4, win.width + 8, 3))
    # tools: a pitchfork, a coil of rope, a horse collar
    pygame.draw.line(s, (150, 110, 70), (268, 90), (282, 240), 3)
    for k in range(3):
        pygame.draw.line(s, (150, 156, 166), (262 + k * 6, 76), (266 + k * 6, 96), 1)
    s.fill((150, 156, 166), (262, 94, 16, 2))
    pygame.draw.circle(s, (170, 140, 90), (330, 120), 14, 4)
    pygame.draw.circle(s, (110, 86, 50), (330, 120), 14, 1)
    ellipse(s, (360, 100, 30, 38), (60, 40, 28), (30, 20, 14))
    ellipse(s, (366, 108, 18, 24), (96, 62, 40))
    # hay bales stacked at the back right, a loose heap at the left
    for row, count in enumerate((3, 2, 1)):
        for k in range(count):
            _bale(s, 518 + k * 40 + row * 20, 300 - row * 26)
    for _ in range(30):
        x, y = rng.randrange(0, 140), rng.randrange(270, 300)
        pygame.draw.line(s, (214, 184, 100), (x, y), (x + rng.randrange(-6, 7), y - 6))
    # the floor: boards, straw scattered over them
    grad(s, (0, 300, 640, 60), [(120, 86, 56), (96, 66, 42), (70, 48, 30)])
    for y in range(306, 360, 9):
        s.fill((60, 40, 26), (0, y, 640, 1))
    for _ in range(260):
        x, y = rng.randrange(640), rng.randrange(302, 358)
        s.set_at((x, y), (214, 184, 100))
        s.set_at((x + 1, y), (190, 160, 84))
    # the lantern on the beam: warm light over the middle of the barn
    pygame.draw.line(s, (40, 30, 24), (380, 66), (380, 80))
    box(s, (375, 80, 11, 14), (255, 214, 120), (60, 40, 26), (255, 244, 200))
    glow_dot(s, 380, 87, (255, 210, 130), 4)
    cone(s, (380, 90), 330, 200, 0, (255, 210, 130), 0.35)
    cone(s, (win.centerx, win.bottom), 330, 50, -40, (200, 220, 250), 0.3)
    _heavy_bag(s)
    return s


def _bale(s: pygame.Surface, x: int, base: int) -> None:
    r = pygame.Rect(x, base - 24, 40, 24)
    box(s, r, (200, 170, 90), (110, 84, 40), (236, 210, 130), (160, 130, 60))
    for k in range(5, 40, 5):
        s.fill((176, 146, 70), (x + k, base - 22, 1, 20))
    s.fill((120, 90, 50), (x + 10, base - 24, 2, 24))
    s.fill((120, 90, 50), (x + 28, base - 24, 2, 24))


def _heavy_bag(s: pygame.Surface) -> None:
    """The heavy bag: chain from the beam, a leather cylinder lit left, taped bands."""
    x, top, w, h = BAG
    cx = x + w // 2
    for y in range(66, top - 6, 4):  # the chain links
        pygame.draw.ellipse(s, (150, 156, 166), (cx - 2, y, 5, 5), 1)
    pygame.draw.line(s, (120, 126, 136), (cx, top - 6), (x + 4, top))
    pygame.draw.line(s, (120, 126, 136), (cx, top - 6), (x + w - 4, top))
    r = pygame.Rect(x, top, w, h)
    hgrad(s, r, [(190, 70, 56), (150, 44, 38), (110, 30, 28), (80, 22, 22)])
    pygame.draw.rect(s, (44, 14, 14), r.inflate(2, 2), 1, border_radius=6)
    for y in (top + 8, top + h - 12):
        hgrad(s, (x, y, w, 5), [(230, 226, 210), (180, 176, 160)])
    s.fill((236, 120, 100), (x + 5, top + 18, 3, h - 36))
    ellipse(s, (x, top - 4, w, 9), (120, 34, 30), (44, 14, 14))


# ---------------------------------------------------------------- the lab
def lab(sprites: Path, rng: random.Random) -> pygame.Surface:
    """Drago's lab: steel walls, monitors with graphs and a heartbeat, the punch-strength
    machine with its readout, the treadmill under a breathing rig, a bench and a drip stand.
    Empty of people: the engine puts Drago, the doctor and the technicians in."""
    s = pygame.Surface((640, 360))
    grad(s, (0, 0, 640, 300), [(8, 26, 34), (14, 44, 54), (20, 60, 70), (26, 72, 80)])
    for x in range(0, 640, 80):  # wall panels
        s.fill((10, 34, 42), (x, 20, 2, 280))
        s.fill((40, 96, 104), (x + 2, 20, 1, 280))
    s.fill((30, 80, 90), (0, 236, 640, 2))
    # the floor: pale tiles, a seam grid in perspective, lit from above
    grad(s, (0, 300, 640, 60), [(150, 176, 180), (118, 146, 152), (90, 116, 124)])
    s.fill((200, 230, 232), (0, 300, 640, 1))
    for y in (310, 324, 342):
        s.fill((96, 124, 130), (0, y, 640, 1))
    for k in range(-8, 9):
        pygame.draw.line(s, (96, 124, 130), (320 + k * 44, 301), (320 + k * 80, 360))
    for x in range(30, 640, 150):  # ceiling lights
        box(s, (x, 6, 70, 6), (230, 250, 255), (60, 90, 96))
    _monitor(s, pygame.Rect(160, 40, 120, 74), rng, "wave", (80, 240, 230))
    _monitor(s, pygame.Rect(300, 30, 150, 90), rng, "bars", (250, 210, 90))
    _monitor(s, pygame.Rect(470, 44, 110, 70), rng, "heart", (120, 250, 140))
    # a rack of equipment with blinking lights between the monitors and the bench
    rack = pygame.Rect(470, 150, 60, 150)
    box(s, rack, (60, 72, 80), (20, 28, 32), (110, 126, 134), (40, 50, 56))
    for k in range(8):
        y = rack.top + 8 + k * 17
        s.fill((24, 32, 36), (rack.left + 6, y, 48, 11))
        for j in range(4):
            c = ((80, 240, 230), (250, 210, 90), (240, 80, 70), (120, 250, 140))[(k + j) % 4]
            if (k * 3 + j) % 5:
                s.set_at((rack.left + 10 + j * 6, y + 5), c)
    for k in range(3):  # cables across the floor
        pygame.draw.arc(s, (20, 28, 32), (rack.left - 120 + k * 30, 296, 140, 24), 3.3, 6.1, 2)
    _punch_machine(s, LAB_MACHINE[0])
    _treadmill(s, *LAB_TREADMILL)
    _bench(s, *LAB_BENCH)
    for x in range(65, 640, 150):
        cone(s, (x, 12), 310, 60, 0, (200, 255, 255), 0.28)
    return s


def _monitor(s: pygame.Surface, r: pygame.Rect, rng: random.Random, kind: str,
             colour: tuple) -> None:
    box(s, r.inflate(8, 8), (120, 140, 146), (30, 40, 44), (170, 190, 196), (80, 96, 102))
    grad(s, r, [(4, 18, 22), (6, 28, 32)])
    for gx in range(r.left, r.right, 10):
        s.fill((10, 46, 50), (gx, r.top, 1, r.height))
    for gy in range(r.top, r.bottom, 10):
        s.fill((10, 46, 50), (r.left, gy, r.width, 1))
    dim = shade(colour, 0.5)
    if kind == "bars":
        for k in range(12):
            h = 10 + (k * 37 + rng.randrange(20)) % (r.height - 24)
            s.fill(dim, (r.left + 6 + k * 12, r.bottom - 6 - h, 8, h))
            s.fill(colour, (r.left + 6 + k * 12, r.bottom - 6 - h, 8, 2))
        paint_text(s, "2240", r.centerx, r.top + 4, colour)
    else:
        pts = []
        for i in range(r.width // 3):
            x = r.left + i * 3
            if kind == "heart":
                beat = (i % 14) in (6, 7)
                y = r.centery - (18 if (i % 14) == 6 else -8 if beat else 0)
            else:
                import math
                y = r.centery - round(math.sin(i * 0.35) * r.height * 0.3)
            pts.append((x, y))
        pygame.draw.lines(s, colour, False, pts)
    s.fill(colour, (r.left + 4, r.top + 4, 16, 2))


def _punch_machine(s: pygame.Surface, x: int) -> None:
    """A steel column with a padded target at chest height and a big readout on top."""
    steel, dark, hi = (150, 160, 168), (60, 66, 72), (210, 216, 222)
    box(s, (x - 14, 150, 28, 168), steel, dark, hi, (110, 118, 126))
    box(s, (x - 30, 306, 60, 12), (110, 118, 126), dark, hi)
    pygame.draw.circle(s, (60, 14, 14), (x + 14, 196), 25)
    pygame.draw.circle(s, (180, 40, 40), (x + 14, 196), 24)
    pygame.draw.circle(s, (220, 70, 60), (x + 9, 191), 14)
    s.fill((250, 150, 130), (x + 4, 184, 4, 3))
    box(s, (x - 40, 96, 84, 40), (4, 16, 18), dark, (120, 140, 146))
    for k in range(4):  # seven-segment style digits, unlit
        s.fill((12, 60, 60), (x - 32 + k * 19, 104, 14, 24))
        s.fill((80, 240, 230), (x - 30 + k * 19, 114, 10, 3))
    pygame.draw.line(s, (20, 28, 32), (x, 136), (x, 150), 3)


def _treadmill(s: pygame.Surface, x: int, y: int) -> None:
    """The treadmill with its rails and console, a breathing mask's hose hanging from above."""
    dark, steel, hi = (30, 36, 40), (120, 132, 140), (190, 200, 206)
    shape(s, [(x - 90, y), (x + 80, y), (x + 86, y + 10), (x - 96, y + 10)], (40, 44, 48), dark)
    s.fill((70, 76, 82), (x - 88, y + 1, 166, 2))
    for k in range(0, 160, 12):
        s.fill((56, 60, 66), (x - 84 + k, y + 4, 6, 1))
    box(s, (x - 98, y + 10, 190, 6), steel, dark, hi)
    for px in (x + 60, x + 74):  # the uprights and the console
        box(s, (px, y - 96, 5, 96), steel, dark, hi)
    box(s, (x + 50, y - 112, 44, 20), (20, 30, 34), dark, (120, 140, 146))
    s.fill((80, 240, 230), (x + 56, y - 106, 14, 3))
    s.fill((250, 210, 90), (x + 74, y - 106, 12, 3))
    pygame.draw.line(s, hi, (x - 10, y - 70), (x + 64, y - 70), 3)
    pygame.draw.line(s, dark, (x - 10, y - 68), (x + 64, y - 68), 1)
    # the breathing rig: a hose from the ceiling ending in a mask at head height
    pygame.draw.lines(s, (50, 60, 64), False, [(x - 40, 0), (x - 36, 40), (x - 20, 90),
                                               (x - 6, 120)], 3)
    ellipse(s, (x - 12, 118, 14, 12), (80, 90, 96), (20, 28, 32))


def _bench(s: pygame.Surface, x: int, base: int) -> None:
    """An examination bench and a drip stand (the lab doctor's corner)."""
    dark, steel, hi = (30, 36, 40), (150, 160, 168), (210, 216, 222)
    box(s, (x - 40, base - 40, 80, 10), (210, 226, 230), dark, (240, 250, 252), (170, 186, 190))
    for lx in (x - 34, x + 30):
        box(s, (lx, base - 30, 4, 30), steel, dark)
    sx = x + 52
    box(s, (sx, base - 130, 3, 130), steel, dark, hi)
    s.fill(steel, (sx - 10, base - 2, 23, 2))
    box(s, (sx - 8, base - 128, 12, 20), (200, 236, 240), dark, (240, 252, 252))
    pygame.draw.line(s, (200, 236, 240), (sx - 2, base - 108), (sx - 20, base - 44))


# ---------------------------------------------------------------- the press room
def press_room(sprites: Path, rng: random.Random) -> pygame.Surface:
    """A hotel ballroom set for the press: a wall of sponsor panels between drapes, two
    flags, a long table with chairs, microphones and name cards, lights on stands, the carpet
    where the reporters crowd in."""
    s = pygame.Surface((640, 360))
    grad(s, (0, 0, 640, 40), [(20, 18, 30), (34, 30, 48)])
    truss(s, 14, (70, 66, 84), (120, 116, 136))
    for lx in range(80, 640, 120):
        box(s, (lx - 4, 22, 9, 6), (30, 28, 36), (12, 12, 16))
        glow_dot(s, lx, 30, (255, 240, 200), 2)
    _sponsor_wall(s, pygame.Rect(40, 40, 560, 200))
    drape = [(40, 10, 18), (86, 18, 30), (130, 30, 42), (170, 52, 60)]
    curtain(s, (0, 34, 40, 206), drape)
    curtain(s, (600, 34, 40, 206), drape)
    _flag(s, 20, 60, stars=True)
    _flag(s, 580, 60, stars=False)
    _carpet(s, 240)
    _press_table(s, 236)
    for lx in (70, 570):  # TV lights on stands at both ends, glowing
        pygame.draw.line(s, (40, 40, 46), (lx, 310), (lx, 150), 2)
        pygame.draw.line(s, (40, 40, 46), (lx, 310), (lx - 16, 330), 2)
        pygame.draw.line(s, (40, 40, 46), (lx, 310), (lx + 16, 330), 2)
        box(s, (lx - 12, 134, 24, 18), (50, 50, 56), (16, 16, 20), (90, 90, 96))
        glow_dot(s, lx, 143, (255, 244, 210), 4)
        cone(s, (lx, 150), 320, 90, 250 if lx < 320 else -250, (255, 244, 210), 0.25)
    return s


def _sponsor_wall(s: pygame.Surface, wall: pygame.Rect) -> None:
    """The step-and-repeat wall: the game's name and a star, row after row, a gold edge."""
    grad(s, wall, [(24, 32, 70), (34, 46, 96), (30, 40, 84)])
    for row, y in enumerate(range(wall.top + 8, wall.bottom - 10, 34)):
        for k, x in enumerate(range(wall.left + 30 + (row % 2) * 40, wall.right - 20, 80)):
            if (row + k) % 2:
                star(s, x, y + 10, 8, (200, 170, 80))
            else:
                paint_text(s, "IRON", x, y + 6, (190, 196, 220))
    pygame.draw.rect(s, (200, 170, 80), wall, 2)


def _carpet(s: pygame.Surface, top: int) -> None:
    """A hotel carpet: a dark red field crossed by a dotted diamond lattice."""
    grad(s, (0, top, 640, 360 - top), [(70, 40, 48), (56, 30, 38), (40, 22, 28)])
    for y in range(top + 6, 360):
        for x in range(640):
            on = (x + y) % 24 == 0 or (x - y) % 24 == 0
            if on and (x + y) % 2:
                s.set_at((x, y), (84, 50, 58))


def _press_table(s: pygame.Surface, top: int) -> None:
    """Chairs behind, a white cloth, a folded red skirt with the event's name, and on top the
    microphones (a cluster of news mics in the middle), name cards and water glasses."""
    for x in range(132, 520, 76):
        box(s, (x, top - 40, 30, 42), (36, 30, 34), (12, 10, 12), (70, 60, 66), (24, 20, 22))
        s.fill((56, 48, 52), (x + 4, top - 36, 22, 2))
    box(s, (110, top, 420, 8), (236, 236, 240), (60, 40, 48), (255, 255, 255), (200, 200, 210))
    for x in range(110, 530):
        c = (150, 24, 36) if ((x - 110) % 20) < 14 else (110, 16, 28)
        s.fill(c, (x, top + 8, 1, 44))
    s.fill((90, 14, 24), (110, top + 52, 420, 2))
    paint_text(s, "PRESS CONFERENCE", 320, top + 22, (236, 210, 140), shadow=(70, 10, 20))
    for x in range(150, 520, 76):
        pygame.draw.line(s, (30, 30, 34), (x, top), (x + 6, top - 16), 2)
        ellipse(s, (x + 3, top - 22, 8, 8), (40, 40, 46), (10, 10, 12))
        box(s, (x + 18, top - 9, 20, 9), (244, 244, 244), (90, 90, 96))
        box(s, (x - 16, top - 12, 6, 12), (190, 220, 236), (90, 110, 130), (236, 248, 255))
    for j in range(4):  # the cluster of news microphones in the middle
        x = 342 + j * 5
        pygame.draw.line(s, (30, 30, 34), (x, top), (x + 4 - j, top - 20 + j), 2)
        ellipse(s, (x - j, top - 26 + j, 8, 8),
                ((180, 30, 40), (40, 60, 140), (220, 220, 220), (30, 30, 34))[j], (10, 10, 12))


def _flag(s: pygame.Surface, x: int, y: int, stars: bool) -> None:
    pygame.draw.line(s, (200, 170, 80), (x, y - 10), (x, 300), 2)
    r = pygame.Rect(x + 2, y, 16, 90)
    for yy in range(r.top, r.bottom):
        for xx in range(r.left, r.right):
            if stars:
                c = (40, 50, 120) if yy < r.top + 40 else \
                    ((178, 34, 52) if ((yy - r.top) // 6) % 2 == 0 else (236, 232, 236))
            else:
                c = (170, 24, 34)
            s.set_at((xx, yy), shade(c, 0.8 + 0.2 * ((xx + yy // 8) % 4 < 2)))
    if not stars:
        star(s, r.centerx, r.top + 12, 5, (226, 182, 66))
    pygame.draw.rect(s, (20, 14, 20), r.inflate(2, 2), 1)


# ---------------------------------------------------------------- home, by the television
def home_tv(sprites: Path, rng: random.Random) -> pygame.Surface:
    """A living room at night at Christmas: the television showing the ring in Moscow, a tree
    with lights, the sofa, a lamp, snow at the window."""
    s = pygame.Surface((640, 360))
    # striped wallpaper, lamp-lit
    for x in range(640):
        c = (120, 92, 70) if (x // 6) % 3 else (104, 78, 60)
        for y in range(0, 290):
            s.set_at((x, y), shade(c, 0.7 + 0.3 * (1 - abs(x - 300) / 420)))
    s.fill((70, 50, 38), (0, 282, 640, 10))
    s.fill((150, 116, 84), (0, 282, 640, 1))
    # the window at the left: the night and the snow
    win = pygame.Rect(40, 70, 96, 120)
    box(s, win.inflate(10, 10), (220, 210, 190), (70, 50, 38), (250, 244, 230))
    grad(s, win, [(8, 12, 34), (22, 30, 62), (40, 50, 86)])
    snow_flecks(s, rng, 60, win, ((220, 230, 250), (160, 176, 210)))
    s.fill((220, 210, 190), (win.centerx - 2, win.top, 4, win.height))
    s.fill((220, 210, 190), (win.left, win.centery - 2, win.width, 4))
    for cx in (win.left - 14, win.right + 2):  # curtains
        shape(s, [(cx, win.top - 14), (cx + 12, win.top - 14), (cx + 14, win.bottom + 30),
                  (cx - 2, win.bottom + 30)], (140, 40, 46), (70, 18, 24))
    # the floor and the rug
    grad(s, (0, 292, 640, 68), [(110, 74, 46), (84, 56, 36), (64, 42, 28)])
    for y in range(298, 360, 8):
        s.fill((60, 40, 26), (0, y, 640, 1))
    ellipse(s, (150, 318, 340, 34), (120, 40, 46), (70, 18, 24))
    ellipse(s, (180, 324, 280, 22), (150, 60, 60))
    _tv(s, sprites)
    _sofa(s, 130, 310)
    _tree(s, 566, 300, rng)
    # the lamp and its warm light
    pygame.draw.line(s, (60, 44, 30), (300, 292), (300, 170), 2)
    shape(s, [(286, 150), (314, 150), (322, 172), (278, 172)], (240, 210, 150), (120, 90, 50))
    cone(s, (300, 172), 300, 70, 0, (255, 220, 150), 0.3)
    return s


def _tv(s: pygame.Surface, sprites: Path) -> None:
    """A wooden console set on a cabinet; on its screen the Moscow ring, small and lined."""
    x, y, w, h = TV_SCREEN
    box(s, (x - 16, y - 12, w + 60, h + 26), (120, 80, 50), (50, 30, 20), (160, 112, 72),
        (90, 60, 36))
    ring = pygame.image.load(str(sprites / "venue_moscow.png"))
    ring.blit(pygame.image.load(str(sprites / "ring_moscow.png")), (0, 0))
    small = pygame.transform.scale(ring, (w, h))
    s.blit(small, (x, y))
    for yy in range(y, y + h, 2):  # scan lines, and the glass's glare
        for xx in range(x, x + w):
            c = s.get_at((xx, yy))
            s.set_at((xx, yy), shade((c[0], c[1], c[2]), 0.8))
    s.fill((230, 240, 250), (x + 4, y + 4, 14, 2))
    pygame.draw.rect(s, (20, 20, 24), (x - 1, y - 1, w + 2, h + 2), 1)
    for k in range(2):  # the knobs
        pygame.draw.circle(s, (40, 30, 24), (x + w + 22, y + 14 + k * 20), 6)
        pygame.draw.circle(s, (190, 170, 120), (x + w + 21, y + 13 + k * 20), 4)
    box(s, (x - 24, y + h + 14, w + 76, 12), (90, 60, 36), (40, 24, 16), (130, 90, 56))
    for lx in (x - 18, x + w + 40):
        box(s, (lx, y + h + 26, 6, 292 - (y + h + 26)), (90, 60, 36), (40, 24, 16))
    cone(s, (x + w // 2, y + h // 2), 300, 120, 0, (170, 200, 255), 0.16)


def _sofa(s: pygame.Surface, x: int, base: int) -> None:
    fab, dark, lit = (70, 96, 80), (36, 52, 42), (100, 130, 108)
    box(s, (x, base - 60, 200, 34), fab, dark, lit)
    box(s, (x - 10, base - 44, 22, 40), fab, dark, lit)
    box(s, (x + 188, base - 44, 22, 40), fab, dark, lit)
    box(s, (x + 10, base - 30, 180, 22), shade(fab, 0.9), dark, lit)
    s.fill((30, 22, 16), (x, base - 8, 6, 8))
    s.fill((30, 22, 16), (x + 194, base - 8, 6, 8))
    dither_rect(s, (x + 98, base - 58, 4, 28), fab, dark, 0.5)


def _tree(s: pygame.Surface, x: int, base: int, rng: random.Random) -> None:
    pine(s, x, base, 130, ((30, 70, 46), (44, 100, 60), (70, 130, 80)), snow=(44, 100, 60))
    for _ in range(60):  # the lights on the tree, each with a one-pixel halo
        lx, ly = x + rng.randrange(-36, 37), base - rng.randrange(20, 110)
        if abs(lx - x) < (110 - (base - ly)) * 0.34:
            c = rng.choice([(255, 220, 110), (255, 90, 90), (120, 200, 255)])
            for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                o = s.get_at((lx + dx, ly + dy))
                s.set_at((lx + dx, ly + dy), mix((o[0], o[1], o[2]), c, 0.4))
            s.set_at((lx, ly), c)
    star(s, x, base - 128, 6, (255, 220, 110))
    box(s, (x - 30, base - 8, 18, 12), (180, 40, 50), (80, 16, 20), (230, 80, 80))
    box(s, (x + 8, base - 6, 20, 10), (60, 90, 170), (20, 30, 70), (110, 140, 220))
