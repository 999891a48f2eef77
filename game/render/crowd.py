"""The living crowd: three depth rows of small figures that bob, stand, cheer and boo.

Why its own state: reactions build up on big events and fade over ticks, and each figure
keeps its own phase and temper, so the crowd never moves as one block. Everything random is
drawn from a seeded generator at construction, so the same match looks the same every time.

Why sides follow the meter: the match's crowd meter says how much of the hall is with each
man, and the stands must show the same thing (a hostile Moscow hall boos Rocky's good work,
and cheers it once it has turned). Each figure has a fixed place in the hall's loyalty order;
the first `share` of that order are p1's fans, so as the meter moves fans change sides one by
one, and the same meter always gives the same picture.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import pygame

from .images import load_image, load_json

# (size, baseline y, x step, count of sub-rows) from back to front
ROWS = (
    ("far", 206, 8, 0), ("far", 218, 8, 4),
    ("mid", 244, 11, 0), ("mid", 260, 11, 5),
    ("near", 281, 14, 2), ("near", 298, 15, 9),
)


@dataclass(slots=True)
class Figure:
    x: int
    y: int
    cells: list[pygame.Surface]   # one surface per pose (sit, stand, up_a, up_b, boo_a, boo_b)
    phase: int
    period: int
    eager: float                  # lower = jumps up sooner
    fan: str                      # "p1" or "p2": boos when his man is hurt
    loyalty: float = 0.5          # place in the hall's order: a p1 fan while below the share


class Crowd:
    """All figures of one venue, reacting to an excitement level fed by match events."""

    def __init__(self, sheet: str, seed: str) -> None:
        meta = load_json(sheet.replace(".png", ".json"))
        image = load_image(meta["image"])
        rng = random.Random(seed)
        n_pal, n_body = meta["palettes"], len(meta["bodies"])
        n_pose = len(meta["poses"])
        cells: dict[str, list[list[pygame.Surface]]] = {}
        for size, blk in meta["sizes"].items():
            cells[size] = [
                [image.subsurface((blk["x"] + c * blk["w"], blk["y"] + r * blk["h"],
                                   blk["w"], blk["h"])) for c in range(n_pose)]
                for r in range(n_body * n_pal)
            ]
        self.figures: list[Figure] = []
        for size, base, step, shift in ROWS:
            variants = cells[size]
            w = variants[0][0].get_width()
            h = variants[0][0].get_height()
            for x in range(-w // 2 + shift, 640 + w // 2, step):
                if rng.random() < 0.06:
                    continue  # an empty seat now and then
                self.figures.append(Figure(
                    x=x + rng.randint(-1, 1) - w // 2, y=base - h + rng.randint(-1, 0),
                    cells=variants[rng.randrange(len(variants))],
                    phase=rng.randrange(64), period=rng.choice((40, 48, 56, 64)),
                    eager=rng.random(), fan=rng.choice(("p1", "p2")),   # its home side
                ))
        _order_loyalty(self.figures, random.Random(f"{seed}-fans"))
        self.share = -1.0         # the share of p1 fans drawn (set by lean)
        self.lean(0.0)
        self.excitement = 0.0
        self.hurt = ""            # side that was hurt last, for the boos

    def lean(self, crowd: float) -> None:
        """Sides from the crowd meter (-1 all for p2 ... +1 all for p1): the first
        (crowd + 1) / 2 of the loyalty order cheer for p1, the rest for p2."""
        share = (max(-1.0, min(1.0, crowd)) + 1.0) / 2.0
        if share == self.share:
            return
        self.share = share
        for f in self.figures:
            f.fan = "p1" if f.loyalty < share else "p2"

    def react(self, amount: float, hurt_side: str = "") -> None:
        """Raise the excitement (big hits, knockdowns); who got hurt decides who boos."""
        self.excitement = min(1.6, self.excitement + amount)
        if hurt_side:
            self.hurt = hurt_side

    def tick(self, n: int = 1) -> None:
        """Let the excitement fade over n ticks."""
        self.excitement *= 0.988 ** n
        if self.excitement < 0.02:
            self.excitement = 0.0

    def draw(self, surface: pygame.Surface, frame: int) -> None:
        ex = self.excitement
        blit = surface.blit
        for f in self.figures:
            t = frame + f.phase
            if ex > f.eager * 0.9 + 0.25:
                boo = f.fan == self.hurt
                pose = (4 if boo else 2) + ((t >> 3) & 1)
                dy = -((t >> 2) & 1) if not boo else 0
            elif ex > f.eager * 0.6 + 0.1:
                pose, dy = 1, -((t >> 3) & 1)
            else:
                pose = 0
                dy = -1 if (t % f.period) < (f.period >> 2) else 0
            blit(f.cells[pose], (f.x, f.y + dy))


def _order_loyalty(figures: list[Figure], rng: random.Random) -> None:
    """Spread loyalty evenly over [0, 1) so that a share s of the figures is exactly below s:
    the seats drawn for p1 at construction come first (so an even meter shows that even
    split), each group shuffled so a turning hall changes sides all over the stands."""
    home = [f for f in figures if f.fan == "p1"]
    away = [f for f in figures if f.fan != "p1"]
    rng.shuffle(home)
    rng.shuffle(away)
    n = max(1, len(figures))
    for k, f in enumerate(home + away):
        f.loyalty = (k + 0.5) / n
