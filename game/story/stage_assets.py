"""What a staged scene may put on the stage: the figures (actor sheets and fighter atlases) and
the backdrops, read from their JSON only.

Why JSON only, no pygame: `--check-levels`, the timeline and the speech-box layout all need the
poses, anchors and head boxes, and none of them may need a display. The pictures are loaded
by the renderer (game/render/story/stage.py) from the paths kept here.

Figures come from `sprites/actors/*.json` (docs/formats: the staging contract) and from the
fighter atlases (`rocky`, `apollo`, `drago`, `referee`); backdrops from
`sprites/backdrops/backdrops.json`, plus the story's painted illustrations (`vegas`, `moscow`,
`hall`, `snow`, `lab`, `night`, `credits`), which are 640x360 with the canvas line at y 318.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from game.assets import AssetError, asset_dir
from game.sim.data import FIGHTER_IDS

from .model import ARTS, STAGE_H, STAGE_W

Rect = tuple[int, int, int, int]              # x, y, w, h
Box = tuple[float, float, float, float]       # x, y, w, h

ATLAS_FIGURES = (*FIGHTER_IDS, "referee")
ACTORS_DIR = "actors"
BACKDROPS_FILE = "backdrops/backdrops.json"
ART_FLOOR_Y = 318                             # where draw_illustration stands its figures
ANIMATION_FPS = 8.0                           # an actor sheet's animations carry no timing
PUNCH_TICKS = 5                               # a punch's phases, shown frame by frame
HEAD_PAD = 1.15                               # a fighter's head circle, widened for the hair


@dataclass(frozen=True, slots=True, eq=False)   # one per figure: compared by identity
class FigureInfo:
    """One figure's frames, head boxes and animations (the picture itself stays on disk)."""

    id: str
    image: Path
    height_px: int
    frames: dict[str, dict[str, tuple[int, int, int, int, int, int]]]
    heads: dict[str, dict[str, Box]] = field(default_factory=dict)
    animations: dict[str, tuple[str, ...]] = field(default_factory=dict)
    fps: dict[str, float] = field(default_factory=dict)
    rest: str = "stand"                       # the pose an actor takes when none is named

    def has(self, pose: str) -> bool:
        return pose in self.frames

    def walk_poses(self) -> tuple[str, ...]:
        """The walk cycle: its `walk` animation, else walk_0.. poses; () glides at rest."""
        if "walk" in self.animations:
            return self.animations["walk"]
        return tuple(p for p in (f"walk_{k}" for k in range(8)) if p in self.frames)

    def head(self, pose: str, facing: str) -> Box:
        """The head box relative to the feet (y negative = up), for any pose."""
        for p in (pose, self.rest):
            box = self.heads.get(p, {}).get(facing)
            if box is not None:
                return box
        faces = self.frames.get(pose) or self.frames[self.rest]
        _, _, w, _, ax, ay = faces.get(facing) or next(iter(faces.values()))
        size = max(12.0, self.height_px * 0.16)  # no head data (the referee): the frame's top
        return (w / 2 - ax - size / 2, -float(ay), size, size * 1.15)

    def box(self, pose: str, facing: str) -> Box:
        """The whole frame relative to the feet."""
        _, _, w, h, ax, ay = self.frames[pose][facing]
        return (-float(ax), -float(ay), float(w), float(h))


@dataclass(frozen=True, slots=True)
class BackdropInfo:
    id: str
    image: Path | None            # None: one of the story's painted illustrations
    floor_y: int
    size: tuple[int, int]
    signs: tuple[Box, ...] = ()   # painted words and screens the scene's words keep off
    screens: tuple[Rect, ...] = ()  # a television's picture: who stands in it is shown on it


def sprite_root() -> Path:
    """The sprites folder (tests point this at a folder of their own)."""
    return asset_dir("sprites")


def _atlas(fid: str, meta: dict, folder: Path) -> FigureInfo:
    """A fighter's (or the referee's) atlas: heads from the poses' head circles."""
    heads: dict[str, dict[str, Box]] = {}
    for pose, info in meta.get("poses", {}).items():
        head = info.get("head") if isinstance(info, dict) else None
        if head:
            hx, hy, r = head[0], head[1], head[2] * HEAD_PAD
            heads[pose] = {"right": (hx - r, -hy - r, 2 * r, 2 * r),
                           "left": (-hx - r, -hy - r, 2 * r, 2 * r)}
    anims, fps = {}, {}
    for name, a in meta.get("animations", {}).items():
        # a punch lists its phases (startup, active, recovery) instead of poses and ticks
        anims[name] = tuple(a.get("poses") or [*a.get("startup", ()), *a.get("active", ()),
                                               *a.get("recovery", ())])
        ticks = a.get("ticks") or [PUNCH_TICKS]
        fps[name] = 60.0 / (sum(ticks) / len(ticks))
    frames = {p: {f: tuple(r) for f, r in faces.items()} for p, faces in meta["frames"].items()}
    rest = "idle_0" if "idle_0" in frames else "stand_0" if "stand_0" in frames else \
        next(iter(frames))
    return FigureInfo(fid, folder / meta["image"], int(meta.get("height_px", 165)), frames,
                      heads, anims, fps, rest)


def _sheet(meta: dict, folder: Path) -> FigureInfo:
    """An actor sheet (format 1 of the staging contract)."""
    frames = {p: {f: tuple(r) for f, r in faces.items()} for p, faces in meta["frames"].items()}
    heads = {p: {f: tuple(map(float, b)) for f, b in faces.items()}
             for p, faces in meta.get("heads", {}).items()}
    anims = {n: tuple(ps) for n, ps in meta.get("animations", {}).items()}
    return FigureInfo(str(meta["figure"]), folder / meta["image"], int(meta["height_px"]),
                      frames, heads, anims, {n: ANIMATION_FPS for n in anims},
                      "stand" if "stand" in frames else next(iter(frames)))


@cache
def _figures(root: Path) -> dict[str, FigureInfo]:
    out: dict[str, FigureInfo] = {}
    for fid in ATLAS_FIGURES:
        path = root / f"{fid}.json"
        if path.is_file():
            out[fid] = _atlas(fid, json.loads(path.read_text(encoding="utf-8")), root)
    for path in sorted((root / ACTORS_DIR).glob("*.json")):
        try:
            info = _sheet(json.loads(path.read_text(encoding="utf-8")), path.parent)
        except (OSError, ValueError, KeyError, TypeError, StopIteration):
            continue  # a broken sheet is the sprite generator's bug; its figure is unknown
        out[info.id] = info
    return out


def figures() -> dict[str, FigureInfo]:
    """Every figure a scene may cast, by id."""
    try:
        return _figures(sprite_root())
    except AssetError:
        return {}


@cache
def _backdrops(root: Path) -> dict[str, BackdropInfo]:
    out = {art: BackdropInfo(art, None, ART_FLOOR_Y, (STAGE_W, STAGE_H)) for art in ARTS}
    path = root / BACKDROPS_FILE
    if path.is_file():
        doc = json.loads(path.read_text(encoding="utf-8"))
        for bid, b in doc.get("backdrops", {}).items():
            w, h = b["size"]
            signs = tuple(tuple(map(float, r)) for r in b.get("signs", ()))
            screens = tuple(tuple(map(int, r)) for r in b.get("screens", ()))
            out[bid] = BackdropInfo(bid, path.parent / b["image"], int(b["floor_y"]),
                                    (int(w), int(h)), signs, screens)  # type: ignore[arg-type]
    return out


def backdrops() -> dict[str, BackdropInfo]:
    """Every backdrop a scene may stand on, by id."""
    try:
        return _backdrops(sprite_root())
    except AssetError:
        return {}
