"""Hit geometry per pose, read from the fighter atlases the sprite generator writes.

Why the simulation reads the art's file: the fists and hurtboxes come from the same pose data
that drew the frame, so a punch connects exactly when it looks as if it does. Only geometry
and animation timing are read here (plain JSON); images are the renderer's business.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path

from game.files import decode_text, read_user_file, why
from game.shown import clip, shown
from game.sim.data import DataError
from game.sim.view import PX_PER_M

PUNCH_ANIMS = ("jab", "hook", "uppercut", "body", "special")
CYCLE_ANIMS = (
    "idle", "walk", "guard", "duck", "low_guard", "taunt", "hit_head", "hit_body", "block",
    "fall", "down", "getup", "victory",
)


@dataclass(frozen=True, slots=True)
class PoseBoxes:
    """Boxes of one pose in metres, anchor-relative, x towards the opponent, y up."""

    head: tuple[float, float, float]
    body: tuple[float, float, float, float]
    fist: tuple[float, float, float, float, float] | None


@dataclass(frozen=True, slots=True)
class CycleAnim:
    poses: tuple[str, ...]
    ticks: tuple[int, ...]
    loop: bool
    # the pose shown on each tick of one pass, spelled out once (asked for every tick)
    frames: tuple[str, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        frames = tuple(pose for pose, n in zip(self.poses, self.ticks, strict=True)
                       for _ in range(n))
        object.__setattr__(self, "frames", frames)

    @property
    def length(self) -> int:
        return len(self.frames)

    def pose_at(self, tick: int) -> str:
        frames = self.frames
        if self.loop:
            return frames[tick % len(frames)]
        return frames[max(0, min(tick, len(frames) - 1))]


@dataclass(frozen=True, slots=True)
class PunchAnim:
    startup: tuple[str, ...]
    active: tuple[str, ...]
    recovery: tuple[str, ...]
    # the (move, pose) pairs worked out so far (game/sim/animation.py `pose_for`): by the
    # punch's tick and timing, and one pair object for each phase and pose
    shown: dict[tuple[int, int, int, int], tuple[str, str]] = field(
        default_factory=dict, init=False, repr=False, compare=False)
    pairs: dict[tuple[str, str], tuple[str, str]] = field(
        default_factory=dict, init=False, repr=False, compare=False)

    def pose_at(self, phase: str, tick_in_phase: int, phase_length: int) -> str:
        poses = getattr(self, phase)
        index = min(len(poses) - 1, tick_in_phase * len(poses) // max(1, phase_length))
        return poses[index]


@dataclass(frozen=True, slots=True)
class FighterAtlas:
    fighter: str
    height_m: float
    poses: dict[str, PoseBoxes]
    cycles: dict[str, CycleAnim]
    punches: dict[str, PunchAnim]
    # each looping cycle's (cycle name, pose) for every tick of one pass, made once with one
    # pair object a pose: the stances read their pose from here every tick, and the very pair
    # shown last tick tells the match his hit shapes need not move (match.py `_place_and_hit`)
    looped: dict[str, tuple[tuple[str, str], ...]] = field(init=False, repr=False,
                                                          compare=False)

    def __post_init__(self) -> None:
        looped = {}
        for name, cycle in self.cycles.items():
            if cycle.loop:
                pairs = {pose: (name, pose) for pose in cycle.poses}   # one object a pose
                looped[name] = tuple(pairs[pose] for pose in cycle.frames)
        object.__setattr__(self, "looped", looped)

    @property
    def stand(self) -> PoseBoxes:
        """The guard pose's boxes: the reference heights that punches aim at."""
        return self.poses[self.cycles["guard"].poses[0]]


MAX_BYTES = 16 << 20      # an atlas is about 200 KB; a bigger file is not one of ours
SHEET_PX = 16384          # frame rectangles lie inside a sheet at most this wide and tall


def _nums(path: Path, where: str, value: object, count: int) -> tuple[float, ...]:
    if not isinstance(value, list) or len(value) != count:
        raise DataError(path, where, f"a list of {count} numbers", shown(value))
    out = []
    for v in value:
        if isinstance(v, bool) or not isinstance(v, int | float) or not math.isfinite(v):
            raise DataError(path, where, f"a list of {count} finite numbers", shown(value))
        if abs(v) > 2000:
            raise DataError(path, where, "numbers within ±2000 px", shown(value))
        out.append(float(v) / PX_PER_M)
    return tuple(out)


def _pose_list(path: Path, where: str, value: object, poses: dict[str, PoseBoxes]) -> tuple:
    if not isinstance(value, list) or not value:
        raise DataError(path, where, "a non-empty list of pose names", shown(value))
    for name in value:
        if not isinstance(name, str) or name not in poses:
            raise DataError(path, where, "names of poses listed under 'poses'", shown(name))
    return tuple(value)


def _read_json(path: Path) -> object:
    """The parsed file; every way it can fail is a DataError naming it.

    Why a size limit and RecursionError: a huge or 100,000-deep file must end in one line,
    not a memory blow-up or 'maximum recursion depth exceeded'."""
    try:
        return json.loads(decode_text(read_user_file(path, MAX_BYTES)))
    except FileNotFoundError as exc:
        raise DataError(path, "(file)",
                        "an existing atlas (run python tools/make_sprites.py)") from exc
    except OSError as exc:
        raise DataError(path, "(file)", f"a readable atlas file ({why(exc)})") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DataError(path, "(file)", f"valid UTF-8 JSON ({clip(exc)})") from exc
    except RecursionError as exc:
        raise DataError(path, "(file)", "JSON nested a few levels deep, not thousands") from exc


def _header(path: Path, raw: object, fighter: str) -> float:
    """The top-level fields; returns the height in pixels."""
    if not isinstance(raw, dict):
        raise DataError(path, "(top level)", "a JSON object")
    if raw.get("format") != 1:
        raise DataError(path, "format", "1", shown(raw.get("format")))
    if raw.get("fighter") != fighter:
        raise DataError(path, "fighter", repr(fighter), shown(raw.get("fighter")))
    if raw.get("px_per_m") != PX_PER_M and raw.get("px_per_m") != int(PX_PER_M):
        raise DataError(path, "px_per_m", str(int(PX_PER_M)), shown(raw.get("px_per_m")))
    image = raw.get("image")
    if (not isinstance(image, str) or not image.endswith(".png") or "/" in image
            or "\\" in image or len(image) > 100):
        raise DataError(path, "image", "the name of a .png file beside the atlas", shown(image))
    height = raw.get("height_px")
    if isinstance(height, bool) or not isinstance(height, int | float) or not 50 <= height <= 400:
        raise DataError(path, "height_px", "a number from 50 to 400", shown(height))
    return float(height)


def _pose(path: Path, name: str, p: object) -> PoseBoxes:
    where = f"poses.{name}"
    if not isinstance(p, dict):
        raise DataError(path, where, "an object")
    head = _nums(path, where + ".head", p.get("head"), 3)
    body = _nums(path, where + ".body", p.get("body"), 4)
    if body[0] >= body[2] or body[1] >= body[3] or head[2] <= 0:
        raise DataError(path, where, "a body box with x0 < x1, y0 < y1 and a head radius > 0")
    if p.get("eye") is not None:  # the renderer draws swelling there (none: no swelling)
        _nums(path, where + ".eye", p["eye"], 3)
    fist = p.get("fist")
    return PoseBoxes(head=head, body=body,
                     fist=None if fist is None else _nums(path, where + ".fist", fist, 5))  # type: ignore[arg-type]


def _frame_ok(r: object) -> bool:
    """x, y, w, h on the sheet, then the anchor inside the frame (all whole pixels)."""
    if not isinstance(r, list) or len(r) != 6 or not all(
            isinstance(v, int) and not isinstance(v, bool) for v in r):
        return False
    x, y, w, h, ax, ay = r
    return 0 <= x < SHEET_PX and 0 <= y < SHEET_PX and 0 < w <= 1024 and 0 < h <= 1024 \
        and abs(ax) <= 1024 and abs(ay) <= 1024


def _check_frames(path: Path, frames: object, poses: dict[str, PoseBoxes]) -> None:
    """Every pose has a rectangle on the sheet for each facing (the renderer draws them)."""
    if not isinstance(frames, dict):
        raise DataError(path, "frames", "an object of frame rectangles by pose")
    for name in poses:
        faces = frames.get(name)
        if not isinstance(faces, dict):
            raise DataError(path, f"frames.{name}", "the pose's rectangles (missing)")
        for facing in ("right", "left"):
            if not _frame_ok(faces.get(facing)):
                raise DataError(path, f"frames.{name}.{facing}",
                                "[x, y, w, h, anchor x, anchor y] in whole pixels",
                                shown(faces.get(facing)))


def _cycle(path: Path, name: str, a: object, poses: dict[str, PoseBoxes]) -> CycleAnim:
    where = f"animations.{name}"
    if not isinstance(a, dict):
        raise DataError(path, where, "an animation (missing)")
    plist = _pose_list(path, where + ".poses", a.get("poses"), poses)
    ticks = a.get("ticks")
    if (not isinstance(ticks, list) or len(ticks) != len(plist)
            or not all(isinstance(t, int) and not isinstance(t, bool) and 1 <= t <= 600
                       for t in ticks)):
        raise DataError(path, where + ".ticks", "one whole number 1..600 per pose", shown(ticks))
    loop = a.get("loop", False)
    if not isinstance(loop, bool):
        raise DataError(path, where + ".loop", "true or false", shown(loop))
    return CycleAnim(plist, tuple(ticks), loop)


def _punch(path: Path, name: str, a: object, poses: dict[str, PoseBoxes]) -> PunchAnim:
    where = f"animations.{name}"
    if not isinstance(a, dict):
        raise DataError(path, where, "a punch animation (missing)")
    phases = {ph: _pose_list(path, f"{where}.{ph}", a.get(ph), poses)
              for ph in ("startup", "active", "recovery")}
    for pose in phases["active"]:
        if poses[pose].fist is None:
            raise DataError(path, f"poses.{pose}.fist", f"a fist capsule (active in {name})")
    return PunchAnim(**phases)


def load_atlas(path: Path, fighter: str) -> FighterAtlas:
    """Read and check one atlas; every problem names the file and the field.

    Why the renderer's fields too (`image`, `frames`, `eye`): the atlas is one file kind and
    is checked in one place, at start (game/startup_check.py), so a bad value stops the game
    with one line before any screen draws it, whatever the mode."""
    raw = _read_json(path)
    height = _header(path, raw, fighter)
    assert isinstance(raw, dict)  # _header refused anything else
    raw_poses = raw.get("poses")
    if not isinstance(raw_poses, dict) or not raw_poses:
        raise DataError(path, "poses", "an object of poses")
    poses = {name: _pose(path, name, p) for name, p in raw_poses.items()}
    _check_frames(path, raw.get("frames"), poses)
    anims = raw.get("animations")
    if not isinstance(anims, dict):
        raise DataError(path, "animations", "an object of animations")
    cycles = {name: _cycle(path, name, anims.get(name), poses) for name in CYCLE_ANIMS}
    punches = {name: _punch(path, name, anims.get(name), poses) for name in PUNCH_ANIMS}
    return FighterAtlas(fighter, height / PX_PER_M, poses, cycles, punches)
