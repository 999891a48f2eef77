"""Per-group outlines at 1x.

Why per group: a line only where one depth group meets another (or the background) lets the
far arm read behind the torso and the near arm in front, while stripes and seams inside one
garment stay clean. The ring is the group's silhouette grown by one pixel to its four side
neighbours, coloured with the darkest tone of the material it borders (never pure black).
"""

from __future__ import annotations

import pygame

RGB = tuple[int, int, int]


def grow4(m: pygame.mask.Mask) -> pygame.mask.Mask:
    """The mask plus its four side neighbours."""
    g = m.copy()
    for off in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        g.draw(m, off)
    return g


def outline_ring(img: pygame.Surface, dark_of: dict[RGB, RGB],
                 order: list[RGB]) -> list[tuple[RGB, pygame.mask.Mask]]:
    """For a group image (transparent margin >= 1 px), the ring pixels per outline colour.

    dark_of maps every colour in the group to its material's dark tone; `order` lists the
    colours so that later ones win where a ring pixel touches several materials.
    """
    solid = pygame.mask.from_surface(img, 127)
    ring = grow4(solid)
    ring.erase(solid, (0, 0))
    by_dark: dict[RGB, pygame.mask.Mask] = {}
    for col in order:
        m = pygame.mask.from_threshold(img, (*col, 255), (1, 1, 1, 255))
        if not m.count():
            continue
        d = dark_of[col]
        if d in by_dark:
            by_dark[d].draw(m, (0, 0))
        else:
            by_dark[d] = m
    out = []
    claimed = pygame.mask.Mask(solid.get_size())
    for d in reversed(list(by_dark)):
        r = grow4(by_dark[d])
        r.erase(claimed, (0, 0))
        r = r.overlap_mask(ring, (0, 0))
        claimed.draw(r, (0, 0))
        out.append((d, r))
    return out
