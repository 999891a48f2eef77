"""Majority-vote shrink from 4x to 1x with no in-between colours.

Why: smooth scaling invents blended colours and soft edges; a per-pixel vote keeps the
palette exact and makes curves round. Coverage is decided first (a pixel is filled when at
least half of its 16 sub-pixels are), then the most common colour among the filled ones
wins, ties going to the earlier colour in `colours`.

Done with pygame C routines (exact-colour masks, box-filter shrink, byte translation and
max-blits) because pure-Python loops over every pixel would take minutes.
"""

from __future__ import annotations

from functools import cache

import pygame

F = 4  # supersampling factor


@cache
def _count_table(code: int) -> bytes:
    """Map an averaged mask value (0..255) to count*15 + code, the vote key."""
    out = bytearray(256)
    for v in range(256):
        n = round(v * 16 / 255)
        out[v] = n * 15 + code if n else 0
    return bytes(out)


def majority_shrink(src: pygame.Surface, colours: list[tuple[int, int, int]]) -> pygame.Surface:
    """Shrink an RGBA surface (size a multiple of F) by F using a per-pixel vote."""
    w, h = src.get_width() // F, src.get_height() // F
    if len(colours) > 15:
        raise ValueError("at most 15 colours per shrink")
    acc = pygame.Surface((w, h), pygame.SRCALPHA)
    acc.fill((0, 0, 0, 0))
    for i, col in enumerate(colours):
        m = pygame.mask.from_threshold(src, (*col, 255), (1, 1, 1, 255))
        if not m.count():
            continue
        big = m.to_surface(setcolor=(255, 255, 255, 255), unsetcolor=(0, 0, 0, 255))
        small = pygame.transform.smoothscale(big, (w, h))
        data = pygame.image.tobytes(small, "RGBA").translate(_count_table(14 - i))
        acc.blit(pygame.image.frombytes(data, (w, h), "RGBA"), (0, 0),
                 special_flags=pygame.BLEND_RGBA_MAX)
    # coverage: fewer than 8 of 16 sub-pixels filled -> empty (key 255 beats every colour)
    cover = pygame.mask.from_surface(src, 127)
    cover.invert()
    big = cover.to_surface(setcolor=(255, 255, 255, 255), unsetcolor=(0, 0, 0, 255))
    small = pygame.transform.smoothscale(big, (w, h))
    empty = bytearray(256)
    for v in range(256):
        empty[v] = 255 if round(v * 16 / 255) > 8 else 0
    data = pygame.image.tobytes(small, "RGBA").translate(bytes(empty))
    acc.blit(pygame.image.frombytes(data, (w, h), "RGBA"), (0, 0),
             special_flags=pygame.BLEND_RGBA_MAX)
    # decode key -> palette index (255 and 0 -> transparent index 15)
    decode = bytearray([15] * 256)
    for i in range(len(colours)):
        for n in range(1, 17):
            decode[n * 15 + 14 - i] = i
    idx = pygame.image.tobytes(acc, "RGBA")[0::4].translate(bytes(decode))
    pal = pygame.image.frombytes(idx, (w, h), "P")
    palette = [(*c, 255) for c in colours] + [(0, 0, 0, 255)] * (16 - len(colours))
    palette += [(0, 0, 0, 255)] * (256 - len(palette))
    pal.set_palette(palette)
    pal.set_colorkey(15)
    out = pygame.Surface((w, h), pygame.SRCALPHA)
    out.fill((0, 0, 0, 0))
    out.blit(pal, (0, 0))
    return out
