"""Story illustrations: the generated backdrops (sprites/backdrops/) with figures on them.

Why pictures from files: every place of the story is painted ahead of time by
tools/make_backdrops.py in the fight venues' style (outlines, palettes, dithered light), so
cards, drills and staged scenes show the same places; this module only loads them, keeps the
old illustration names working and stands fighters from their real sheets on them.
"""

from __future__ import annotations

import math
import random
from functools import cache
from pathlib import Path

import pygame

from game.render.fighters import FighterRenderer
from game.render.images import load_image, load_json
from game.sim.data import FIGHTER_IDS as FIGHTERS
from game.story.model import Figure

from .portraits import portrait  # noqa: F401 - dialogue.py and older callers import it here

W, H = 640, 360


# the old illustration names, drawn now by the backdrops of the same place
OLD_NAMES = {"snow": "farm", "lab": "lab", "night": "philly_night", "credits": "credits",
             "vegas": "vegas_ring", "moscow": "moscow_ring", "hall": "moscow_ring"}
RING_FRONT = {"vegas_ring": "las_vegas", "moscow_ring": "moscow"}
SNOWY = frozenset({"snow", "night", "credits", "farm", "philly_night", "moscow_night",
                   "mountain", "snowfield"})
BACKDROPS_JSON = "backdrops/backdrops.json"


def backdrops() -> dict[str, dict]:
    """The generated backdrops by id (sprites/backdrops/backdrops.json): image, size, floor_y
    and named spots (where the heavy bag hangs, the summit, the treadmill's belt)."""
    return load_json(BACKDROPS_JSON)["backdrops"]


def spot(backdrop_id: str, name: str) -> tuple[int, int]:
    """A named point of a backdrop, in its own pixels."""
    x, y = backdrops()[backdrop_id]["spots"][name]
    return int(x), int(y)


def floor_y(backdrop_id: str) -> int:
    """The line a standing figure's feet are on in a backdrop."""
    return int(backdrops()[backdrop_id]["floor_y"])


@cache
def backdrop_image(backdrop_id: str) -> pygame.Surface:
    """A generated backdrop at its full size (wider ones for a pan or a scroll)."""
    return load_image("backdrops/" + backdrops()[backdrop_id]["image"], alpha=False)


@cache
def backdrop(art: str) -> tuple[pygame.Surface, pygame.Surface | None]:
    """(behind the figures, in front of them) for an illustration or backdrop id.

    Why the old names still work: chapters written before the backdrops existed say `snow`,
    `night`, `hall`...; each now shows the generated place it meant (`night` is
    Philadelphia's skyline; Moscow at night is `moscow_night`). A wide backdrop shows its
    middle 640 px; an unknown name shows the night skyline, as it always did."""
    bid = OLD_NAMES.get(art, art)
    if bid not in backdrops():
        bid = "philly_night"
    full = backdrop_image(bid)
    back = full.subsurface(((full.get_width() - W) // 2, 0, W, H)).copy()
    venue = RING_FRONT.get(bid)
    front = load_image(f"ring_front_{venue}.png") if venue else None
    if art == "hall":  # the hall lit low, one cone on the ring
        shade = pygame.Surface((W, H), pygame.SRCALPHA)
        shade.fill((4, 6, 16, 96))
        pygame.draw.polygon(shade, (0, 0, 0, 0), [(290, 0), (350, 0), (470, H), (170, H)])
        back.blit(shade, (0, 0))
    return back, front


class Falling:
    """Snow (or confetti) drifting over a scene; positions come from the frame number."""

    def __init__(self, n: int, seed: int, colours: tuple = ((240, 246, 255),),
                 size: int = 1) -> None:
        rng = random.Random(seed)
        self.flakes = [(rng.randrange(W), rng.randrange(H), 0.3 + rng.random() * 0.8,
                        rng.random() * 6.28, rng.choice(colours)) for _ in range(n)]
        self.size = size

    def draw(self, surface: pygame.Surface, frame: int, area: pygame.Rect | None = None) -> None:
        area = area or surface.get_rect()
        for x, y, speed, ph, col in self.flakes:
            yy = (y + frame * speed) % area.height + area.top
            xx = (x + 6 * math.sin(frame / 40 + ph)) % area.width + area.left
            surface.fill(col, (int(xx), int(yy), self.size, self.size + (1 if speed > 0.8
                                                                          else 0)))


_SNOW = Falling(120, 1)
_renderer: FighterRenderer | None = None


def fighters() -> FighterRenderer:
    global _renderer
    if _renderer is None:
        _renderer = FighterRenderer(list(FIGHTERS))
    return _renderer


def draw_illustration(surface: pygame.Surface, art: str, figures: tuple[Figure, ...],
                      frame: int, image: str = "", levels: Path | None = None) -> None:
    """The backdrop, the figures standing on the canvas line, then the ring's near side.

    `image` is found by `image_file`, as the level check found it (`levels`: the folder
    being played)."""
    if image:
        from game.assets import asset_dir
        from game.story.loader import image_file

        surface.blit(_level_image(str(image_file(image, levels or asset_dir("levels")))),
                     (0, 0))
        back, front = None, None
    else:
        back, front = backdrop(art)
        surface.blit(back, (0, 0))
    for f in figures:
        fighters().draw_pose(surface, f.fighter, f.pose, f.facing, f.x, 318)
    if front is not None:
        surface.blit(front, (0, 0))
    if art in SNOWY and not image:
        _SNOW.draw(surface, frame)


@cache
def _level_image(path: str) -> pygame.Surface:
    return pygame.image.load(path).convert()
