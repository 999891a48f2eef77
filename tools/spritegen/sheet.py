"""Packing frames into one sheet image, row by row.

Why simple shelf packing in pose order: it is deterministic, compact enough (frames of one
fighter are similar in size), and a human looking at the sheet finds poses in order.
"""

from __future__ import annotations

import pygame

GAP = 1


def pack(frames: list[pygame.Surface], width: int = 1024) -> tuple[list[tuple[int, int]], int]:
    """Positions for frames in rows of at most `width` px; returns (positions, height)."""
    pos = []
    x = y = row_h = 0
    for f in frames:
        w, h = f.get_size()
        if x and x + w > width:
            x, y, row_h = 0, y + row_h + GAP, 0
        pos.append((x, y))
        x += w + GAP
        row_h = max(row_h, h)
    return pos, y + row_h


def compose(frames: list[pygame.Surface], width: int = 1024) -> tuple[pygame.Surface,
                                                                       list[tuple[int, int]]]:
    """The sheet surface (transparent background) and each frame's top-left."""
    pos, h = pack(frames, width)
    used_w = max(p[0] + f.get_width() for p, f in zip(pos, frames, strict=True))
    sheet = pygame.Surface((used_w, h), pygame.SRCALPHA)
    sheet.fill((0, 0, 0, 0))
    for p, f in zip(pos, frames, strict=True):
        sheet.blit(f, p)
    return sheet, pos
