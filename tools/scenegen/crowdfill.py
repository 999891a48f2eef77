"""A full house painted into a backdrop from the fight crowd's own sprite sheets.

Why the fight's sheets (sprites/crowd_warm.png, crowd_cold.png): the story says "the hall is
full", and the people in its seats must be the same people who watch the fights, drawn once by
tools/uigen/crowd.py. Rows run back to front, far figures smaller and darker, every seat taken.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from pathlib import Path

import pygame

POSES = ("sit", "stand", "up_a", "up_b", "boo_a", "boo_b")


@dataclass(frozen=True)
class Row:
    size: str          # "far" | "mid" | "near" (a block of the crowd sheet)
    base: int          # the feet line of the row, backdrop px
    step: int          # px between seats
    shift: int = 0     # offset of the first seat, so rows do not line up in columns


def _cells(sprites: Path, name: str) -> dict[str, list[list[pygame.Surface]]]:
    """Every (body, palette) row of poses for each size of the sheet `crowd_<name>`."""
    meta = json.loads((sprites / f"crowd_{name}.json").read_text())
    image = pygame.image.load(str(sprites / meta["image"]))
    n = len(meta["bodies"]) * meta["palettes"]
    out: dict[str, list[list[pygame.Surface]]] = {}
    for size, blk in meta["sizes"].items():
        out[size] = [[image.subsurface((blk["x"] + c * blk["w"], blk["y"] + r * blk["h"],
                                        blk["w"], blk["h"])) for c in range(len(meta["poses"]))]
                     for r in range(n)]
    return out


def fill(s: pygame.Surface, sprites: Path, name: str, rows: tuple[Row, ...],
         rng: random.Random, poses: dict[str, float], x0: int = 0, x1: int | None = None,
         skip: tuple[tuple[int, int], ...] = ()) -> int:
    """Seat a figure in every place of every row between x0 and x1 (columns in `skip` stay
    empty: an aisle, a ring post). `poses` weights the poses; returns how many were seated."""
    cells = _cells(sprites, name)
    x1 = s.get_width() if x1 is None else x1
    names, weights = list(poses), list(poses.values())
    seated = 0
    for row in rows:
        variants = cells[row.size]
        w, h = variants[0][0].get_size()
        for x in range(x0 - w // 2 + row.shift, x1 + w // 2, row.step):
            if any(a <= x <= b for a, b in skip):
                continue
            pose = POSES.index(rng.choices(names, weights)[0])
            fig = variants[rng.randrange(len(variants))][pose]
            s.blit(fig, (x + rng.randint(-1, 1) - w // 2, row.base - h + rng.randint(-1, 0)))
            seated += 1
    return seated


# the fight's crowd rows (game/render/crowd.py ROWS) plus the upper tiers, so no seat is bare
HALL_ROWS = (
    Row("far", 184, 7, 3), Row("far", 195, 7, 0), Row("far", 206, 8, 2), Row("far", 218, 8, 4),
    Row("mid", 232, 10, 5), Row("mid", 244, 11, 0), Row("mid", 260, 11, 5),
    Row("near", 281, 14, 2), Row("near", 298, 15, 9),
)
