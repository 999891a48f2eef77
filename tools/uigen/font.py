"""Our own pixel font: glyph bitmaps as data, rendered to two atlases (small HUD, big titles).

Why data and not a system font: the art direction wants one hand-made type that reads at
640x360 and never depends on what fonts a machine has. The small face is 5x7; the big face is
the same drawing doubled and corner-smoothed (EPX), which gives bold, rounded title letters
that still match the HUD.

Atlas pixels are white with a light top-to-bottom shade; the runtime tints them with a
multiply, so one atlas serves every colour.
"""

from __future__ import annotations

import json
from pathlib import Path

import pygame

from .common import save_png

# Each glyph: rows of equal length, "#" = ink. 7 rows (descending comma uses the last row).
GLYPHS: dict[str, tuple[str, ...]] = {
    "A": (".###.", "#...#", "#...#", "#####", "#...#", "#...#", "#...#"),
    "B": ("####.", "#...#", "#...#", "####.", "#...#", "#...#", "####."),
    "C": (".###.", "#...#", "#....", "#....", "#....", "#...#", ".###."),
    "D": ("####.", "#...#", "#...#", "#...#", "#...#", "#...#", "####."),
    "E": ("#####", "#....", "#....", "####.", "#....", "#....", "#####"),
    "F": ("#####", "#....", "#....", "####.", "#....", "#....", "#...."),
    "G": (".###.", "#...#", "#....", "#.###", "#...#", "#...#", ".####"),
    "H": ("#...#", "#...#", "#...#", "#####", "#...#", "#...#", "#...#"),
    "I": ("###", ".#.", ".#.", ".#.", ".#.", ".#.", "###"),
    "J": ("....#", "....#", "....#", "....#", "#...#", "#...#", ".###."),
    "K": ("#...#", "#..#.", "#.#..", "##...", "#.#..", "#..#.", "#...#"),
    "L": ("#....", "#....", "#....", "#....", "#....", "#....", "#####"),
    "M": ("#...#", "##.##", "#.#.#", "#.#.#", "#...#", "#...#", "#...#"),
    "N": ("#...#", "##..#", "#.#.#", "#..##", "#...#", "#...#", "#...#"),
    "O": (".###.", "#...#", "#...#", "#...#", "#...#", "#...#", ".###."),
    "P": ("####.", "#...#", "#...#", "####.", "#....", "#....", "#...."),
    "Q": (".###.", "#...#", "#...#", "#...#", "#.#.#", "#..#.", ".##.#"),
    "R": ("####.", "#...#", "#...#", "####.", "#.#..", "#..#.", "#...#"),
    "S": (".####", "#....", "#....", ".###.", "....#", "....#", "####."),
    "T": ("#####", "..#..", "..#..", "..#..", "..#..", "..#..", "..#.."),
    "U": ("#...#", "#...#", "#...#", "#...#", "#...#", "#...#", ".###."),
    "V": ("#...#", "#...#", "#...#", "#...#", "#...#", ".#.#.", "..#.."),
    "W": ("#...#", "#...#", "#...#", "#.#.#", "#.#.#", "##.##", "#...#"),
    "X": ("#...#", "#...#", ".#.#.", "..#..", ".#.#.", "#...#", "#...#"),
    "Y": ("#...#", "#...#", ".#.#.", "..#..", "..#..", "..#..", "..#.."),
    "Z": ("#####", "....#", "...#.", "..#..", ".#...", "#....", "#####"),
    "0": (".###.", "#...#", "#..##", "#.#.#", "##..#", "#...#", ".###."),
    "1": (".#.", "##.", ".#.", ".#.", ".#.", ".#.", "###"),
    "2": (".###.", "#...#", "....#", "...#.", "..#..", ".#...", "#####"),
    "3": ("####.", "....#", "....#", ".###.", "....#", "....#", "####."),
    "4": ("...#.", "..##.", ".#.#.", "#..#.", "#####", "...#.", "...#."),
    "5": ("#####", "#....", "####.", "....#", "....#", "#...#", ".###."),
    "6": (".###.", "#....", "#....", "####.", "#...#", "#...#", ".###."),
    "7": ("#####", "....#", "...#.", "..#..", "..#..", "..#..", "..#.."),
    "8": (".###.", "#...#", "#...#", ".###.", "#...#", "#...#", ".###."),
    "9": (".###.", "#...#", "#...#", ".####", "....#", "....#", ".###."),
    ".": (".", ".", ".", ".", ".", ".", "#"),
    ",": ("..", "..", "..", "..", "..", ".#", "#."),
    ":": (".", ".", "#", ".", ".", "#", "."),
    ";": ("..", "..", ".#", "..", "..", ".#", "#."),
    "!": ("#", "#", "#", "#", "#", ".", "#"),
    "?": (".###.", "#...#", "....#", "...#.", "..#..", ".....", "..#.."),
    "'": ("#", "#", ".", ".", ".", ".", "."),
    '"': ("#.#", "#.#", "...", "...", "...", "...", "..."),
    "-": ("....", "....", "....", "####", "....", "....", "...."),
    "/": ("....#", "...#.", "...#.", "..#..", ".#...", ".#...", "#...."),
    "%": ("##..#", "##..#", "...#.", "..#..", ".#...", "#..##", "#..##"),
    "+": (".....", "..#..", "..#..", "#####", "..#..", "..#..", "....."),
    "(": (".#", "#.", "#.", "#.", "#.", "#.", ".#"),
    ")": ("#.", ".#", ".#", ".#", ".#", ".#", "#."),
    "&": (".##..", "#..#.", "#.#..", ".#...", "#.#.#", "#..#.", ".##.#"),
    "<": ("...#", "..#.", ".#..", "#...", ".#..", "..#.", "...#"),
    ">": ("#...", ".#..", "..#.", "...#", "..#.", ".#..", "#..."),
    "*": (".....", "#.#.#", ".###.", "#####", ".###.", "#.#.#", "....."),
    "=": ("....", "....", "####", "....", "####", "....", "...."),
    "#": (".#.#.", "#####", ".#.#.", ".#.#.", ".#.#.", "#####", ".#.#."),
    " ": ("...", "...", "...", "...", "...", "...", "..."),
    # Shown for any character the font does not have: a hollow box, easy to spot.
    "\ufffd": ("#####", "#...#", "#...#", "#...#", "#...#", "#...#", "#####"),
}

MISSING = "\ufffd"
SMALL_H = 7


def glyph_bits(ch: str) -> list[list[bool]]:
    """The small glyph as a grid of booleans."""
    return [[c == "#" for c in row] for row in GLYPHS[ch]]


def _epx(bits: list[list[bool]]) -> list[list[bool]]:
    """Double a 1-bit bitmap with EPX/Scale2x corner rounding."""
    h, w = len(bits), len(bits[0])

    def at(x: int, y: int) -> bool:
        return bits[y][x] if 0 <= x < w and 0 <= y < h else False

    out = [[False] * (w * 2) for _ in range(h * 2)]
    for y in range(h):
        for x in range(w):
            p = at(x, y)
            a, b, c, d = at(x, y - 1), at(x + 1, y), at(x - 1, y), at(x, y + 1)
            e1 = e2 = e3 = e4 = p
            if c == a and c != d and a != b:
                e1 = a
            if a == b and a != c and b != d:
                e2 = b
            if d == c and d != b and c != a:
                e3 = c
            if b == d and b != a and d != c:
                e4 = d
            out[2 * y][2 * x], out[2 * y][2 * x + 1] = e1, e2
            out[2 * y + 1][2 * x], out[2 * y + 1][2 * x + 1] = e3, e4
    return out


def big_bits(ch: str) -> list[list[bool]]:
    """The big glyph: the small one doubled with rounded corners (14 px tall)."""
    return _epx(glyph_bits(ch))


def _shade_for(y: int, h: int) -> tuple[int, int, int, int]:
    """Glyph ink: white on top, a slightly darker lower third, so tinted text has body."""
    return (255, 255, 255, 255) if y < h * 0.62 else (208, 208, 216, 255)


def _build_atlas(size: str, out_dir: Path) -> list[Path]:
    chars = list(GLYPHS)
    bitmaps = {ch: (glyph_bits(ch) if size == "small" else big_bits(ch)) for ch in chars}
    h = SMALL_H if size == "small" else SMALL_H * 2
    spacing = 1 if size == "small" else 2
    pad = 1
    total_w = sum(len(b[0]) + pad for b in bitmaps.values()) + pad
    sheet = pygame.Surface((total_w, h + 2 * pad), pygame.SRCALPHA)
    glyphs: dict[str, list[int]] = {}
    x = pad
    for ch in chars:
        bits = bitmaps[ch]
        w = len(bits[0])
        for yy, row in enumerate(bits):
            for xx, on in enumerate(row):
                if on:
                    sheet.set_at((x + xx, pad + yy), _shade_for(yy, h))
        glyphs[ch] = [x, pad, w, h, w + spacing]
        x += w + pad
    png = out_dir / f"font_{size}.png"
    meta = {
        "format": 1,
        "image": png.name,
        "height": h,
        "spacing": spacing,
        "line_height": h + (3 if size == "small" else 5),
        "missing": MISSING,
        "glyphs": glyphs,
    }
    js = out_dir / f"font_{size}.json"
    save_png(sheet, png)
    js.write_text(json.dumps(meta, indent=1, sort_keys=True, ensure_ascii=True) + "\n")
    return [png, js]


def build(out_dir: Path) -> list[Path]:
    """Write font_small.{png,json} and font_big.{png,json}."""
    return _build_atlas("small", out_dir) + _build_atlas("big", out_dir)


def text_bits(text: str, big: bool = False) -> list[list[bool]]:
    """Lay out a line of text as a bitmap (for generators that paint text into art)."""
    spacing = 2 if big else 1
    cols: list[list[list[bool]]] = []
    for ch in text.upper():
        ch = ch if ch in GLYPHS else MISSING
        cols.append(big_bits(ch) if big else glyph_bits(ch))
    h = SMALL_H * (2 if big else 1)
    w = sum(len(g[0]) + spacing for g in cols) - spacing if cols else 0
    out = [[False] * max(w, 0) for _ in range(h)]
    x = 0
    for g in cols:
        for y, row in enumerate(g):
            for xx, on in enumerate(row):
                if on:
                    out[y][x + xx] = True
        x += len(g[0]) + spacing
    return out
