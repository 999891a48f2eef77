"""One frame: groups drawn at 4x and shrunk, face pixels, outlines, composited, cropped.

Why composite at 1x: outlines are exactly one logical pixel, drawn per depth group from
back to front, so each group's ring overlaps what lies behind it.
"""

from __future__ import annotations

import pygame

from .draw import render_group
from .figure import Figure
from .outline import outline_ring
from .palettes import Look
from .skeleton import Joints

RGB = tuple[int, int, int]


def dark_map(look: Look) -> dict[RGB, RGB]:
    """Every colour of the look -> the dark tone of its material (first material wins)."""
    out: dict[RGB, RGB] = {}
    for mt in look.materials.values():
        for c in (mt.hl, mt.base, mt.shadow, mt.dark):
            out.setdefault(c, mt.dark)
    return out


def render_frame(j: Joints, look: Look, facing: int,
                 figure: type[Figure] = Figure) -> tuple[pygame.Surface, int, int]:
    """Draw one pose for one facing: (cropped image, anchor x, anchor y inside it)."""
    H = j.H
    cw, ch = int(3.0 * H), int(1.45 * H)
    ax, ay = cw // 2, int(1.3 * H)
    fig = figure(j, look, facing, ax, ay)
    canvas = pygame.Surface((cw, ch), pygame.SRCALPHA)
    canvas.fill((0, 0, 0, 0))
    darks = dark_map(look)
    for name, parts in fig.groups():
        img, (ox, oy) = render_group(parts)
        if name == "head":
            for x, y, col in fig.face_pixels():
                lx, ly = x - ox, y - oy
                if 0 <= lx < img.get_width() and 0 <= ly < img.get_height():
                    if img.get_at((lx, ly)).a:
                        img.set_at((lx, ly), (*col, 255))
        order = [c for c in darks if c not in set(darks.values())]
        order += [c for c in dict.fromkeys(darks.values())]
        for dark, ring in outline_ring(img, darks, order):
            ring.to_surface(canvas, setcolor=(*dark, 255), unsetcolor=None, dest=(ox, oy))
        canvas.blit(img, (ox, oy))
    rect = canvas.get_bounding_rect()
    out = canvas.subsurface(rect).copy()
    return out, ax - rect.x, ay - rect.y
