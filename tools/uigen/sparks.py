"""Hit sparks (three sizes), canvas dust puffs, sweat drops and small HUD icons.

Why one sheet: effects and HUD icons are tiny and drawn often; one atlas with a JSON of
rectangles keeps loading simple and every effect shares the same hard-edged palette.
"""

from __future__ import annotations

import json
import math
import random
from pathlib import Path

import pygame

from .common import Colour, outline, save_png

SPARK_SIZES = {"small": 20, "medium": 34, "large": 52}
SPARK_FRAMES = 5
HOT: list[Colour] = [(255, 255, 255), (255, 246, 170), (255, 206, 70), (250, 130, 40),
                     (200, 60, 30)]

HEART = (
    ".##.##.",
    "#######",
    "#######",
    "#######",
    ".#####.",
    "..###..",
    "...#...",
)
ICONS: dict[str, tuple[tuple[str, ...], dict[str, Colour]]] = {
    "heart": (HEART, {"#": (236, 50, 80)}),
    "heart_empty": (HEART, {"#": (70, 40, 60)}),
    "pip_on": (("o###o", "#####", "#####", "#####", "o###o"), {"#": (255, 210, 80),
                                                              "o": (150, 100, 30)}),
    "pip_off": (("o###o", "#...#", "#...#", "#...#", "o###o"), {"#": (110, 110, 130),
                                                               "o": (60, 60, 70)}),
    "cursor": ((
        "##....",
        "###...",
        "####..",
        "#####.",
        "######",
        "#####.",
        "####..",
        "###...",
        "##....",
    ), {"#": (255, 190, 60)}),
    "sweat": ((".#.", "###", "###", ".#."), {"#": (200, 230, 255)}),
}


def _spark(size: int, frame: int, rng: random.Random) -> pygame.Surface:
    """One frame of a starburst: grows, hollows out, breaks into flecks."""
    s = pygame.Surface((size, size), pygame.SRCALPHA)
    c = size / 2
    rays = 9
    grow = (0.45, 1.0, 1.0, 0.9, 0.8)[frame]
    inner = (0.0, 0.15, 0.42, 0.62, 0.78)[frame]
    for i in range(rays):
        a = i * 2 * math.pi / rays + rng.uniform(-0.18, 0.18)
        length = c * grow * rng.uniform(0.62, 1.0) - 1
        wid = (0.36, 0.3, 0.22, 0.16, 0.1)[frame]
        r0 = c * inner
        tip = (c + math.cos(a) * length, c + math.sin(a) * length)
        left = (c + math.cos(a - wid) * max(r0, c * 0.22), c + math.sin(a - wid) *
                max(r0, c * 0.22))
        right = (c + math.cos(a + wid) * max(r0, c * 0.22), c + math.sin(a + wid) *
                 max(r0, c * 0.22))
        col = HOT[min(4, 1 + frame // 2 + (i % 2))]
        pygame.draw.polygon(s, col, [left, tip, right])
    if frame <= 1:
        pygame.draw.circle(s, HOT[1], (c, c), c * (0.42 if frame == 0 else 0.34))
        pygame.draw.circle(s, HOT[0], (c, c), c * (0.28 if frame == 0 else 0.22))
    elif frame == 2:
        pygame.draw.circle(s, HOT[0], (c, c), c * 0.3, max(1, size // 16))
    if frame >= 3:
        for _ in range(6):
            a = rng.uniform(0, 2 * math.pi)
            r = c * rng.uniform(0.5, 0.9)
            s.set_at((int(c + math.cos(a) * r), int(c + math.sin(a) * r)), HOT[1])
    return outline(s, (120, 30, 20, 255)) if frame < 3 else s


def _dust(frame: int, rng: random.Random) -> pygame.Surface:
    s = pygame.Surface((32, 16), pygame.SRCALPHA)
    spread = 4 + frame * 3
    col = [(230, 226, 220), (200, 196, 190), (170, 166, 160), (140, 136, 132)][frame]
    for _ in range(7 - frame):
        x = 16 + rng.uniform(-spread, spread)
        y = 12 - rng.uniform(0, 3 + frame)
        pygame.draw.circle(s, col, (x, y), 3 + frame * 0.6)
    return s


def _icon(rows: tuple[str, ...], cols: dict[str, Colour]) -> pygame.Surface:
    s = pygame.Surface((len(rows[0]), len(rows)), pygame.SRCALPHA)
    for y, row in enumerate(rows):
        for x, ch in enumerate(row):
            if ch in cols:
                s.set_at((x, y), cols[ch])
    return s


def build(out_dir: Path) -> list[Path]:
    """Write sparks.png/json: frames "spark_<size>_<n>", "dust_<n>", icon names."""
    rng = random.Random("sparks")
    pieces: list[tuple[str, pygame.Surface]] = []
    for name, size in SPARK_SIZES.items():
        for f in range(SPARK_FRAMES):
            pieces.append((f"spark_{name}_{f}", _spark(size, f, rng)))
    for f in range(4):
        pieces.append((f"dust_{f}", _dust(f, rng)))
    for name, (rows, cols) in ICONS.items():
        pieces.append((name, _icon(rows, cols)))
    w = sum(p.get_width() + 1 for _, p in pieces)
    h = max(p.get_height() for _, p in pieces)
    sheet = pygame.Surface((w, h), pygame.SRCALPHA)
    frames: dict[str, list[int]] = {}
    x = 0
    for name, p in pieces:
        sheet.blit(p, (x, 0))
        frames[name] = [x, 0, p.get_width(), p.get_height()]
        x += p.get_width() + 1
    png = save_png(sheet, out_dir / "sparks.png")
    js = out_dir / "sparks.json"
    meta = {"format": 1, "image": png.name, "frames": frames, "spark_frames": SPARK_FRAMES,
            "spark_sizes": list(SPARK_SIZES)}
    js.write_text(json.dumps(meta, indent=1, sort_keys=True) + "\n")
    return [png, js]
