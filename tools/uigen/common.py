"""Small pixel-art helpers shared by the UI generators.

Why here: every generator needs the same few tricks (ordered dithering instead of smooth
gradients, majority-vote shrinking of 4x drawings, one-pixel outlines, deterministic PNG
writes), and keeping them in one place keeps the look consistent between venues, crowd and
title.
"""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

import pygame  # noqa: E402

Colour = tuple[int, int, int]
RGBA = tuple[int, int, int, int]

BAYER4 = (
    (0, 8, 2, 10),
    (12, 4, 14, 6),
    (3, 11, 1, 9),
    (15, 7, 13, 5),
)


def bayer(x: int, y: int) -> float:
    """Threshold in [0, 1) for ordered dithering at pixel (x, y)."""
    return (BAYER4[y & 3][x & 3] + 0.5) / 16.0


def mix(a: Colour, b: Colour, t: float) -> Colour:
    """Linear mix of two colours (used to build palettes, never per pixel smoothing)."""
    return (
        round(a[0] + (b[0] - a[0]) * t),
        round(a[1] + (b[1] - a[1]) * t),
        round(a[2] + (b[2] - a[2]) * t),
    )


def shade(c: Colour, f: float) -> Colour:
    """Scale a colour's brightness by f (clamped)."""
    return (min(255, round(c[0] * f)), min(255, round(c[1] * f)), min(255, round(c[2] * f)))


def ramp(stops: list[Colour], steps: int) -> list[Colour]:
    """A palette of `steps` colours through the given stops."""
    out: list[Colour] = []
    for i in range(steps):
        t = i / max(1, steps - 1) * (len(stops) - 1)
        k = min(int(t), len(stops) - 2)
        out.append(mix(stops[k], stops[k + 1], t - k))
    return out


def dither_pick(palette: list[Colour], t: float, x: int, y: int) -> Colour:
    """Pick a palette colour for position t in [0,1] with Bayer dithering between neighbours."""
    t = min(max(t, 0.0), 1.0) * (len(palette) - 1)
    k = int(t)
    if k >= len(palette) - 1:
        return palette[-1]
    return palette[k + 1] if (t - k) > bayer(x, y) else palette[k]


def vgradient(surf: pygame.Surface, rect: pygame.Rect, palette: list[Colour]) -> None:
    """Fill rect with a dithered top-to-bottom ramp through palette."""
    h = max(1, rect.height - 1)
    for yy in range(rect.height):
        y = rect.y + yy
        t = yy / h
        for x in range(rect.x, rect.right):
            surf.set_at((x, y), dither_pick(palette, t, x, y))


def light_pixels(
    surf: pygame.Surface, x: int, y: int, amount: float, tint: Colour, levels: int = 3
) -> None:
    """Lighten one pixel towards tint by a dithered, quantised amount (for light cones)."""
    if amount <= 0:
        return
    q = amount * levels
    k = int(q)
    if q - k > bayer(x, y):
        k += 1
    if k <= 0:
        return
    c = surf.get_at((x, y))
    surf.set_at((x, y), mix((c[0], c[1], c[2]), tint, min(1.0, k / levels * 0.55)))


def shrink_majority(big: pygame.Surface, factor: int = 4) -> pygame.Surface:
    """Shrink by `factor` picking each pixel's most common colour (transparent counts too).

    Why: smooth scaling invents in-between colours; a majority vote keeps the palette and
    still rounds curves drawn at high resolution.
    """
    w, h = big.get_width() // factor, big.get_height() // factor
    out = pygame.Surface((w, h), pygame.SRCALPHA)
    for y in range(h):
        for x in range(w):
            votes: Counter[RGBA] = Counter()
            for dy in range(factor):
                for dx in range(factor):
                    c = big.get_at((x * factor + dx, y * factor + dy))
                    votes[(c[0], c[1], c[2], c[3]) if c[3] >= 128 else (0, 0, 0, 0)] += 1
            best = max(votes.items(), key=lambda kv: (kv[1], kv[0] != (0, 0, 0, 0), kv[0]))[0]
            if best[3]:
                out.set_at((x, y), best)
    return out


def outline(surf: pygame.Surface, colour: RGBA) -> pygame.Surface:
    """Return a copy grown by one pixel on its four sides, the new pixels in `colour`."""
    w, h = surf.get_size()
    out = surf.copy()
    for y in range(h):
        for x in range(w):
            if surf.get_at((x, y))[3]:
                continue
            for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                nx, ny = x + dx, y + dy
                if 0 <= nx < w and 0 <= ny < h and surf.get_at((nx, ny))[3]:
                    out.set_at((x, y), colour)
                    break
    return out


def save_png(surf: pygame.Surface, path: Path) -> Path:
    """Write a PNG; pygame's PNG writer stores no timestamps, so reruns give identical bytes."""
    path.parent.mkdir(parents=True, exist_ok=True)
    pygame.image.save(surf, str(path))
    return path
