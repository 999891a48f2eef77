"""Drawing helpers shared by the story backdrops: dithered fills, outlined shapes, snow, trees.

Why these and not pygame's smooth tools: the fight venues (tools/uigen) are flat tones with
ordered dithering between them, one-pixel outlines in a material's darkest tone and light from
the upper left; every place of the story must read as the same game, so its pieces are built
from the same few moves. The dithering and light-cone code itself is uigen's (imported), not
a copy.
"""

from __future__ import annotations

import math
import random
import sys
from pathlib import Path

import pygame

_TOOLS = str(Path(__file__).resolve().parents[1])
if _TOOLS not in sys.path:  # uigen lives beside this package in tools/
    sys.path.insert(0, _TOOLS)

from uigen.common import Colour, bayer, dither_pick, light_pixels, mix, ramp, save_png, shade  # noqa: E402
from uigen.layout import FLOOR_Y  # noqa: E402 - the fights' canvas line, the story's floor
from uigen.venues import cone, glow_dot, marquee, paint_text, stands, star, truss  # noqa: E402

__all__ = ["FLOOR_Y", "Colour", "bayer", "dither_pick", "light_pixels", "mix", "ramp", "shade",
           "cone",
           "glow_dot", "marquee", "paint_text", "stands", "star", "truss", "save_png", "grad",
           "hgrad", "box", "shape", "snow_flecks",
           "pine", "bare_tree", "ridge", "dither_rect", "ellipse", "curtain"]


def grad(s: pygame.Surface, rect: pygame.Rect | tuple, palette: list[Colour],
         t0: float = 0.0, t1: float = 1.0) -> None:
    """Fill `rect` with a dithered top-to-bottom ramp through `palette` (t0..t1 of it).

    Why row strips: along a row only x & 3 changes the Bayer threshold, so each row is a
    four-pixel pattern repeated; painting it as one strip is the same pixels as picking each
    one (uigen's `vgradient`), many times faster."""
    r = pygame.Rect(rect).clip(s.get_rect())
    h = max(1, r.height - 1)
    strips: dict[tuple, pygame.Surface] = {}
    for y in range(r.top, r.bottom):
        t = t0 + (t1 - t0) * (y - r.top) / h
        cols = tuple(dither_pick(palette, t, x, y) for x in range(r.left, r.left + 4))
        strip = strips.get(cols)
        if strip is None:
            strip = strips[cols] = _strip(cols, r.width)
        s.blit(strip, (r.left, y), (0, 0, r.width, 1))


def _strip(cols: tuple, width: int) -> pygame.Surface:
    """A one-pixel-high row repeating `cols` (four colours) across `width`."""
    strip = pygame.Surface((max(4, width), 1))
    for k, c in enumerate(cols):
        strip.set_at((k, 0), c)
    n = 4
    while n < width:
        strip.blit(strip, (n, 0), (0, 0, n, 1))
        n *= 2
    return strip


def hgrad(s: pygame.Surface, rect: pygame.Rect | tuple, palette: list[Colour]) -> None:
    """Fill `rect` with a dithered left-to-right ramp (a lit face turning into shadow)."""
    r = pygame.Rect(rect).clip(s.get_rect())
    w = max(1, r.width - 1)
    for x in range(r.left, r.right):
        t = (x - r.left) / w
        for y in range(r.top, r.bottom):
            s.set_at((x, y), dither_pick(palette, t, x, y))


def dither_rect(s: pygame.Surface, rect: pygame.Rect | tuple, a: Colour, b: Colour,
                share: float) -> None:
    """Mix two tones in `rect` by ordered dithering: `share` of the pixels are `b`."""
    r = pygame.Rect(rect).clip(s.get_rect())
    for y in range(r.top, r.bottom):
        for x in range(r.left, r.right):
            s.set_at((x, y), b if share > bayer(x, y) else a)


def box(s: pygame.Surface, rect: pygame.Rect | tuple, fill: Colour, edge: Colour | None = None,
        hi: Colour | None = None, lo: Colour | None = None) -> pygame.Rect:
    """A flat box with a one-pixel outline, lit on its top-left, shaded on its bottom-right."""
    r = pygame.Rect(rect)
    s.fill(fill, r)
    if hi is not None:
        s.fill(hi, (r.left, r.top, r.width, 1))
        s.fill(hi, (r.left, r.top, 1, r.height))
    if lo is not None:
        s.fill(lo, (r.left, r.bottom - 1, r.width, 1))
        s.fill(lo, (r.right - 1, r.top, 1, r.height))
    if edge is not None:
        pygame.draw.rect(s, edge, r.inflate(2, 2), 1)
    return r


def curtain(s: pygame.Surface, rect: pygame.Rect | tuple, tones: list[Colour]) -> None:
    """A heavy drape: vertical folds, each lit on its left and shaded on its right."""
    r = pygame.Rect(rect)
    fold = 12
    for x in range(r.left, r.right):
        u = ((x - r.left) % fold) / fold
        t = 0.2 + 0.7 * (1 - abs(u - 0.35) / 0.65)
        for y in range(r.top, r.bottom):
            s.set_at((x, y), dither_pick(tones, t - 0.25 * (y - r.top) / max(1, r.height),
                                         x, y))
    s.fill(shade(tones[0], 0.6), (r.left, r.top, r.width, 2))


def shape(s: pygame.Surface, pts: list, fill: Colour, edge: Colour | None = None) -> None:
    """A filled polygon with a one-pixel outline in the material's darkest tone."""
    pygame.draw.polygon(s, fill, pts)
    if edge is not None:
        pygame.draw.polygon(s, edge, pts, 1)


def ellipse(s: pygame.Surface, rect: pygame.Rect | tuple, fill: Colour,
            edge: Colour | None = None) -> None:
    pygame.draw.ellipse(s, fill, rect)
    if edge is not None:
        pygame.draw.ellipse(s, edge, rect, 1)


def snow_flecks(s: pygame.Surface, rng: random.Random, n: int, area: pygame.Rect | tuple,
                colours: tuple[Colour, ...] = ((236, 242, 252),)) -> None:
    """Flakes frozen in the air (the live snow of the drills falls over them)."""
    r = pygame.Rect(area)
    for _ in range(n):
        x, y = rng.randrange(r.left, r.right), rng.randrange(r.top, r.bottom)
        c = rng.choice(colours)
        s.set_at((x, y), c)
        if rng.random() < 0.25:
            s.set_at((x + 1, y), c)


def pine(s: pygame.Surface, x: int, base: int, h: int, tones: tuple[Colour, Colour, Colour],
         snow: Colour = (236, 242, 252), outline: bool = True) -> None:
    """A fir with snow on its boughs: stacked tiers, lit left, shaded right, dark outline."""
    dark, mid, light = tones
    trunk_h = max(2, h // 8)
    s.fill((64, 44, 34), (x - 1, base - trunk_h, 3, trunk_h))
    tiers = 4 if h > 40 else 3
    for k in range(tiers):
        w = round(h * (0.34 - 0.06 * k))
        bottom = base - trunk_h - round(k * h * 0.2)
        top = bottom - round(h * 0.36)
        pts = [(x - w, bottom), (x + w, bottom), (x, top)]
        pygame.draw.polygon(s, mid, pts)
        pygame.draw.polygon(s, dark, [(x + 1, top + 2), (x + w, bottom), (x + 1, bottom)])
        pygame.draw.polygon(s, light, [(x - w + 3, bottom - 1), (x - 2, bottom - 1),
                                       (x - 1, top + 4)])
        if outline:
            pygame.draw.polygon(s, shade(dark, 0.55), pts, 1)
        # snow lying on the bough's top edge
        for xx in range(x - w + 1, x + w - 1):
            if (xx * 7 + k) % 5 != 0:
                s.set_at((xx, bottom - 1 - (1 if abs(xx - x) < w // 3 else 0)), snow)
    s.set_at((x, base - trunk_h - round((tiers - 1) * h * 0.2) - round(h * 0.36)), snow)


def bare_tree(s: pygame.Surface, rng: random.Random, x: int, base: int, h: int,
              colour: Colour, depth: int = 5) -> None:
    """A leafless tree: a trunk forking into thinner branches (winter, a cemetery)."""
    def branch(x0: float, y0: float, ang: float, length: float, width: int, d: int) -> None:
        x1 = x0 + math.cos(ang) * length
        y1 = y0 - math.sin(ang) * length
        pygame.draw.line(s, colour, (x0, y0), (x1, y1), max(1, width))
        if d <= 0 or length < 4:
            return
        for spread in (-0.45, 0.4):
            branch(x1, y1, ang + spread + rng.uniform(-0.2, 0.2), length * rng.uniform(0.6, 0.78),
                   width - 1, d - 1)
    branch(x, base, math.pi / 2 + rng.uniform(-0.1, 0.1), h * 0.38, max(2, h // 18), depth)


def ridge(s: pygame.Surface, rng: random.Random, base: int, amp: float, rough: int,
          fill: Colour, cap: Colour | None, width: int | None = None, period: float = 90.0,
          phase: float = 0.0, cap_depth: int = 6) -> list[tuple[int, int]]:
    """A far range of hills or mountains filled down to the bottom, snow along its crest."""
    w = width or s.get_width()
    h = s.get_height()
    tops = []
    for x in range(w):
        y = base - amp * (0.55 + 0.3 * math.sin(x / period + phase)
                          + 0.15 * math.sin(x / (period * 0.37) + phase * 2))
        tops.append(y)
    # a little roughness, smoothed so it reads as rock, not noise
    jitter = [rng.randint(-rough, rough) for _ in range(w // 8 + 2)]
    pts = []
    for x in range(w):
        y = round(tops[x] + jitter[x // 8] * (1 - (x % 8) / 8) + jitter[x // 8 + 1] * (x % 8) / 8)
        pts.append((x, y))
        pygame.draw.line(s, fill, (x, y), (x, h))
        if cap is not None:
            d = cap_depth + (2 if (x // 3) % 3 == 0 else 0)
            pygame.draw.line(s, cap, (x, y), (x, y + d))
    return pts
