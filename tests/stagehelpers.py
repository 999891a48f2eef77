"""A sprites folder of our own for the staging tests: the game's figures and backdrops, plus a
tiny actor sheet, fan sheets and a wide backdrop drawn here, so the tests know their figures'
poses and sizes exactly (and never write fake art under sprites/).

`SCENE` is a small valid scene using them; tests edit a copy of its text to break one thing.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pygame

from game.assets import asset_dir
from game.story import stage_assets

POSES = ("stand", "talk", "walk_0", "walk_1", "walk_2", "walk_3", "point", "cheer")
FIG_W, FIG_H = 24, 70               # a small man: the head is the top 14 px
BACKDROP = (960, 360)
FLOOR_Y = 300


def _sheet(path: Path, figure: str, colour: tuple[int, int, int],
           poses: tuple[str, ...] = POSES) -> None:
    """One actor sheet (staging contract, format 1): a coloured body under a skin head."""
    img = pygame.Surface((FIG_W * len(poses) * 2, FIG_H), pygame.SRCALPHA)
    frames, heads = {}, {}
    for k, pose in enumerate(poses):
        frames[pose], heads[pose] = {}, {}
        for j, facing in enumerate(("right", "left")):
            x = (2 * k + j) * FIG_W
            img.fill((20, 14, 30), (x + 4, 12, FIG_W - 8, FIG_H - 12))
            img.fill(colour, (x + 5, 13, FIG_W - 10, FIG_H - 14))
            img.fill((230, 190, 160), (x + 7, 0, 10, 13))
            frames[pose][facing] = [x, 0, FIG_W, FIG_H, FIG_W // 2, FIG_H - 1]
            heads[pose][facing] = [-5, -(FIG_H - 1), 10, 13]
    for old in (path.with_suffix(".png"), path.with_suffix(".json")):
        old.unlink(missing_ok=True)  # a link to the game's own sheet: never write through it
    pygame.image.save(img, str(path.with_suffix(".png")))
    path.with_suffix(".json").write_text(json.dumps({
        "format": 1, "figure": figure, "image": path.with_suffix(".png").name,
        "height_px": FIG_H, "frames": frames, "heads": heads,
        "animations": {"walk": ["walk_0", "walk_1", "walk_2", "walk_3"],
                       "wave": ["point", "cheer"]}}))


def _link_all(src: Path, dst: Path) -> None:
    """The game's own files of a sprites subfolder, linked (the shipped scenes stay valid)."""
    dst.mkdir(parents=True, exist_ok=True)
    for f in src.glob("*") if src.is_dir() else ():
        (dst / f.name).symlink_to(f)


def make_sprites(root: Path) -> Path:
    """Fill `root` with the test sprites (added to the game's own) and return it."""
    sprites = asset_dir("sprites")
    root.mkdir(parents=True, exist_ok=True)
    for fid in stage_assets.ATLAS_FIGURES:
        for ext in ("json", "png"):
            shutil.copy(sprites / f"{fid}.{ext}", root / f"{fid}.{ext}")
    _link_all(sprites / "actors", root / "actors")
    _link_all(sprites / "backdrops", root / "backdrops")
    shipped = root / "backdrops" / "backdrops.json"
    doc = json.loads(shipped.read_text()) if shipped.exists() else {"format": 1,
                                                                    "backdrops": {}}
    shipped.unlink(missing_ok=True)
    _sheet(root / "actors" / "clerk.png", "clerk", (60, 90, 160))
    for k, fan in enumerate(("fan_a", "fan_b")):
        real = sprites / "actors" / f"{fan}.json"  # every pose the shipped scenes may use
        more = tuple(json.loads(real.read_text())["frames"]) if real.exists() else ()
        _sheet(root / "actors" / f"{fan}.png", fan, (150, 40 + 60 * k, 40),
               tuple(dict.fromkeys(POSES + more)))
    back = pygame.Surface(BACKDROP)
    for y in range(0, BACKDROP[1], 20):
        back.fill((30 + y // 8, 24 + y // 10, 50), (0, y, BACKDROP[0], 20))
    back.fill((90, 80, 70), (0, FLOOR_Y, BACKDROP[0], BACKDROP[1] - FLOOR_Y))
    pygame.image.save(back, str(root / "backdrops" / "test_hall.png"))
    doc["backdrops"]["test_hall"] = {"image": "test_hall.png", "floor_y": FLOOR_Y,
                                     "size": list(BACKDROP)}
    shipped.write_text(json.dumps(doc))
    return root


def use_sprites(monkeypatch, root: Path) -> Path:
    """Point the staging's figure and backdrop lookup at a test sprites folder."""
    make_sprites(root)
    monkeypatch.setattr(stage_assets, "sprite_root", lambda: root)
    return root


SCENE = '''kind = "scene"
title = "A TEST SCENE"
backdrop = "test_hall"
length = 8.0

[camera]
x = 320.0
y = 180.0
zoom = 1.0

[[actors]]
name = "clerk"
figure = "clerk"
mark = [200, 300]
pose = "stand"
facing = "right"

[[actors]]
name = "rocky"
figure = "rocky"
mark = [420, 300]
pose = "idle_0"
facing = "left"

[[beats]]
at = 0.5
do = "say"
actor = "clerk"
text = "Sign here, please."
seconds = 2.0

[[beats]]
at = 1.0
do = "walk"
actor = "clerk"
to = [300, 300]
seconds = 1.0

[[beats]]
at = 3.0
do = "say"
actor = "rocky"
text = "Where do I sign?"
seconds = 2.0

[[beats]]
at = 5.5
do = "sound"
cue = "camera_flash"

[[beats]]
at = 5.5
do = "flash"
seconds = 0.3

[[beats]]
at = 6.0
do = "animate"
actor = "clerk"
animation = "wave"
seconds = 1.0
'''


def write_scene(levels: Path, text: str = SCENE, name: str = "test_scene") -> Path:
    """A scene chapter file in a levels folder (not in the story's order)."""
    path = levels / f"{name}.toml"
    path.write_text(text, encoding="utf-8")
    return path
