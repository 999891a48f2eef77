"""Drawing one depth group at 4x: shaded parts, then the majority-vote shrink.

Why screen-space shading: light always comes from the upper left, whichever way the fighter
faces, so the shadow band is where a part's shape, nudged towards the light, no longer
covers it (the lower-right rim, about 30% of the part's thickness).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pygame

from .shapes import Pt, bbox
from .shrink import F, majority_shrink

RGB = tuple[int, int, int]


@dataclass
class Layer:
    """A polygon filled with a lit colour and a shadow colour.

    more: further polygons in the same colours, unioned with pts (a garment that is not
    convex, such as trunks with two leg openings and a notch between them).
    """

    pts: list[Pt]
    lit: RGB
    shade: RGB
    more: list[list[Pt]] = field(default_factory=list)

    def polys(self) -> list[list[Pt]]:
        return [self.pts, *self.more]


@dataclass
class Part:
    """One solid piece: the first layer's outline is the piece; later layers are clipped to it.

    shadow: thickness of the shadow band in 4x px (0: flat). highlights: polygons painted in
    hl colour where the part is lit.
    """

    layers: list[Layer]
    shadow: float = 0.0
    highlights: list[tuple[list[Pt], RGB]] = field(default_factory=list)
    marks: list[Layer] = field(default_factory=list)  # painted unclipped by light (seams)
    # folds: (polygon, True) forces the shadow tone there (a crease, a garment's far side);
    # (polygon, False) gives the light back (what lies in front of it); applied in order.
    folds: list[tuple[list[Pt], bool]] = field(default_factory=list)

    def box(self) -> tuple[int, int, int, int]:
        """Bounding box of the piece (the first layer, every polygon of it)."""
        bs = [bbox(p) for p in self.layers[0].polys()]
        return (min(b[0] for b in bs), min(b[1] for b in bs), max(b[2] for b in bs),
                max(b[3] for b in bs))


def _poly(surf: pygame.Surface, col: RGB, pts: list[Pt], ox: int, oy: int) -> None:
    pygame.draw.polygon(surf, (*col, 255), [(x - ox, y - oy) for x, y in pts])


def _layer(surf: pygame.Surface, col: RGB, ly: Layer, ox: int, oy: int) -> None:
    for pts in ly.polys():
        _poly(surf, col, pts, ox, oy)


def _poly_mask(size: tuple[int, int], pts: list[Pt], ox: int, oy: int) -> pygame.mask.Mask:
    s = pygame.Surface(size, pygame.SRCALPHA)
    s.fill((0, 0, 0, 0))
    _poly(s, (255, 255, 255), pts, ox, oy)
    return pygame.mask.from_surface(s, 127)


def paint_part(dst: pygame.Surface, origin: tuple[int, int], part: Part) -> None:
    """Paint a part onto a 4x group surface whose top-left is `origin` in canvas px."""
    x0, y0, x1, y1 = part.box()
    x0, y0 = x0 - 2, y0 - 2
    size = (x1 - x0 + 4, y1 - y0 + 4)
    lit = pygame.Surface(size, pygame.SRCALPHA)
    lit.fill((0, 0, 0, 0))
    sh = lit.copy()
    for ly in part.layers:
        _layer(lit, ly.lit, ly, x0, y0)
        _layer(sh, ly.shade, ly, x0, y0)
    base = pygame.Surface(size, pygame.SRCALPHA)
    base.fill((0, 0, 0, 0))
    _layer(base, (255, 255, 255), part.layers[0], x0, y0)
    m = pygame.mask.from_surface(base, 127)
    dest = (x0 - origin[0], y0 - origin[1])
    if part.shadow > 0:
        d = round(part.shadow)
        lit_m = m.overlap_mask(m, (-d, -round(d * 0.8)))
        m.to_surface(dst, setsurface=sh, unsetcolor=None, dest=dest)
    else:
        lit_m = m
    if part.folds:
        fold = pygame.mask.Mask(size)
        for pts, on in part.folds:
            fm = _poly_mask(size, pts, x0, y0)
            if on:
                fold.draw(fm, (0, 0))
            else:
                fold.erase(fm, (0, 0))
        lit_m = lit_m.copy() if lit_m is m else lit_m
        lit_m.erase(fold, (0, 0))
        if part.shadow <= 0:
            m.to_surface(dst, setsurface=sh, unsetcolor=None, dest=dest)
    lit_m.to_surface(dst, setsurface=lit, unsetcolor=None, dest=dest)
    for pts, col in part.highlights:
        hs = pygame.Surface(size, pygame.SRCALPHA)
        hs.fill((0, 0, 0, 0))
        _poly(hs, col, pts, x0, y0)
        hm = pygame.mask.from_surface(hs, 127).overlap_mask(lit_m, (0, 0))
        hm.to_surface(dst, setcolor=(*col, 255), unsetcolor=None, dest=dest)
    for mk in part.marks:
        ms = pygame.Surface(size, pygame.SRCALPHA)
        ms.fill((0, 0, 0, 0))
        _poly(ms, mk.lit, mk.pts, x0, y0)
        mm = pygame.mask.from_surface(ms, 127).overlap_mask(m, (0, 0))
        mm.to_surface(dst, setcolor=(*mk.lit, 255), unsetcolor=None, dest=dest)


def render_group(parts: list[Part]) -> tuple[pygame.Surface, tuple[int, int]]:
    """Draw parts at 4x and shrink: returns (1x image with a 1 px empty margin, 1x origin)."""
    boxes = [p.box() for p in parts]
    x0 = min(b[0] for b in boxes) // F * F - 2 * F
    y0 = min(b[1] for b in boxes) // F * F - 2 * F
    x1 = -(-max(b[2] for b in boxes) // F) * F + 2 * F
    y1 = -(-max(b[3] for b in boxes) // F) * F + 2 * F
    big = pygame.Surface((x1 - x0, y1 - y0), pygame.SRCALPHA)
    big.fill((0, 0, 0, 0))
    colours: list[RGB] = []
    for p in parts:
        paint_part(big, (x0, y0), p)
        for ly in p.layers + p.marks:
            for c in (ly.lit, ly.shade):
                if c not in colours:
                    colours.append(c)
        for _, c in p.highlights:
            if c not in colours:
                colours.append(c)
    return majority_shrink(big, colours), (x0 // F, y0 // F)
