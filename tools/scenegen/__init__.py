"""Story backdrops: the places between the fights, painted by code into sprites/backdrops/.

Called by tools/make_backdrops.py as `scenegen.build(sprites_dir)`. Each place is one painter
function `(sprites, rng) -> Surface` with its own seeded generator, so a rerun writes the same
bytes. The painters read the fight art they build on (venues, rings, crowd sheets) from the
sprites folder, so that art is made first by tools/make_sprites.py and never changed here.

backdrops.json (format 1) lists, per id: `image`, `size` [w, h], `floor_y` (the line a
standing figure's feet are on) and optional `spots` (named [x, y] points where a prop is: the
heavy bag, the treadmill's belt, the summit), which the drills and scenes aim at, and
optional `signs` ([x, y, w, h] boxes of painted words and screens: boards, a television's
picture) that a scene's speech boxes, title and hints keep clear of, and optional `screens`
([x, y, w, h]: a television's picture; a figure standing in it is drawn as shown on it).
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path

import pygame

from . import arenas, interiors, outdoors, skylines
from .paint import FLOOR_Y, save_png

Painter = Callable[[Path, random.Random], pygame.Surface]


def _spots_lab() -> dict:
    return {"machine": list(interiors.LAB_MACHINE), "treadmill": list(interiors.LAB_TREADMILL),
            "bench": list(interiors.LAB_BENCH)}


# the places whose art carries words or a screen a player should be able to read
SIGNS: dict[str, list[list[int]]] = {
    "vegas_ring": arenas.shifted(arenas.VEGAS_SIGNS, 0),
    "vegas_stage": arenas.shifted(arenas.STAGE_SIGNS, 0) + arenas.shifted(arenas.VEGAS_SIGNS,
                                                                         640),
    "moscow_ring": arenas.shifted(arenas.MOSCOW_SIGNS, 0),
    "moscow_hall": arenas.shifted(arenas.MOSCOW_SIGNS, 320),
    "home_tv": [list(interiors.TV_SCREEN)],
    "plane_snow": [list(outdoors.ROAD_SIGN)],
}

# the places with a picture tube: the figures in it are drawn on the screen, lined and tinted
SCREENS: dict[str, list[list[int]]] = {"home_tv": [list(interiors.TV_SCREEN)]}

# id -> (painter, spots); every place stands its figures on the fights' canvas line
BACKDROPS: dict[str, tuple[Painter, dict]] = {
    "press_room": (interiors.press_room, {}),
    "vegas_stage": (arenas.vegas_stage, {"stage": [320, FLOOR_Y], "ring": [960, FLOOR_Y]}),
    "vegas_ring": (arenas.vegas_ring, {}),
    "cemetery_day": (outdoors.cemetery_day, {"casket": [320, 300]}),
    "plane_snow": (outdoors.plane_snow, {}),
    "farm": (outdoors.farm, {}),
    "barn": (interiors.barn, {"bag": [interiors.BAG[0] + interiors.BAG[2] // 2,
                                           interiors.BAG[1] + interiors.BAG[3]]}),
    "mountain": (outdoors.mountain, {"summit": list(outdoors.SUMMIT),
                                          "path_start": list(outdoors.PATH_START),
                                          "crest": list(outdoors.CREST)}),
    "lab": (interiors.lab, _spots_lab()),
    "moscow_hall": (arenas.moscow_hall, {"ring": [640, FLOOR_Y]}),
    "moscow_ring": (arenas.moscow_ring, {}),
    "moscow_corner": (arenas.moscow_corner, {"post": [520, FLOOR_Y], "stool": [560, 326]}),
    "philly_night": (skylines.philly_night, {}),
    "moscow_night": (skylines.moscow_night, {}),
    "home_tv": (interiors.home_tv, {"tv": list(interiors.TV_SCREEN[:2])}),
    "credits": (skylines.credits, {}),
    # not a place of the contract: a seamless strip of snow for the run through the drifts
    "snowfield": (outdoors.snowfield, {}),
}


def build(sprites: Path, only: tuple[str, ...] = (), out_dir: Path | None = None) -> list[Path]:
    """Paint every backdrop (or the `only` ones) into sprites/backdrops/ (or `out_dir`), from
    the fight art in `sprites`; write the JSON index."""
    out_dir = Path(out_dir) if out_dir is not None else Path(sprites) / "backdrops"
    out_dir.mkdir(parents=True, exist_ok=True)
    index_path = out_dir / "backdrops.json"
    index = json.loads(index_path.read_text()) if only and index_path.exists() else \
        {"format": 1, "backdrops": {}}
    paths = []
    for bid, (paint, spots) in BACKDROPS.items():
        if only and bid not in only:
            continue
        surface = paint(Path(sprites), random.Random(f"backdrop-{bid}"))
        paths.append(save_png(surface, out_dir / f"{bid}.png"))
        entry = {"image": f"{bid}.png", "floor_y": FLOOR_Y, "size": list(surface.get_size())}
        if spots:
            entry["spots"] = spots
        if bid in SIGNS:
            entry["signs"] = SIGNS[bid]
        if bid in SCREENS:
            entry["screens"] = SCREENS[bid]
        index["backdrops"][bid] = entry
    index_path.write_text(json.dumps(index, indent=1, sort_keys=True) + "\n")
    return [*paths, index_path]
