"""Hit geometry per pose, read from the fighter atlases the sprite generator writes.

Why the simulation reads the art's file: the fists and hurtboxes come from the same pose data
that drew the frame, so a punch connects exactly when it looks as if it does. Only geometry
and animation timing are read here (plain JSON); images are the renderer's business.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path

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

    @property
    def length(self) -> int:
        return sum(self.ticks)

    def pose_at(self, tick: int) -> str:
        total = self.length
        t = tick % total if self.loop else min(tick, total - 1)
        for pose, n in zip(self.poses, self.ticks, strict=True):
            if t < n:
                return pose
            t -= n
        return self.poses[-1]


@dataclass(frozen=True, slots=True)
class PunchAnim:
    startup: tuple[str, ...]
    active: tuple[str, ...]
    recovery: tuple[str, ...]

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

    @property
    def stand(self) -> PoseBoxes:
        """The guard pose's boxes: the reference heights that punches aim at."""
        return self.poses[self.cycles["guard"].poses[0]]


def _nums(path: Path, where: str, value: object, count: int) -> tuple[float, ...]:
    if not isinstance(value, list) or len(value) != count:
        raise DataError(path, where, f"a list of {count} numbers", value)
    out = []
    for v in value:
        if isinstance(v, bool) or not isinstance(v, int | float) or not math.isfinite(v):
            raise DataError(path, where, f"a list of {count} finite numbers", value)
        if abs(v) > 2000:
            raise DataError(path, where, "numbers within ±2000 px", value)
        out.append(float(v) / PX_PER_M)
    return tuple(out)


def _pose_list(path: Path, where: str, value: object, poses: dict[str, PoseBoxes]) -> tuple:
    if not isinstance(value, list) or not value:
        raise DataError(path, where, "a non-empty list of pose names", value)
    for name in value:
        if name not in poses:
            raise DataError(path, where, "names of poses listed under 'poses'", name)
    return tuple(value)


def _read_header(path: Path, fighter: str) -> dict:
    """The parsed file, once its format, fighter, scale and height are right."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise DataError(path, "(file)",
                        "an existing atlas (run python tools/make_sprites.py)") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DataError(path, "(file)", f"valid UTF-8 JSON ({exc})") from exc
    if not isinstance(raw, dict):
        raise DataError(path, "(top level)", "a JSON object")
    if raw.get("format") != 1:
        raise DataError(path, "format", "1", raw.get("format"))
    if raw.get("fighter") != fighter:
        raise DataError(path, "fighter", repr(fighter), raw.get("fighter"))
    if raw.get("px_per_m") != PX_PER_M and raw.get("px_per_m") != int(PX_PER_M):
        raise DataError(path, "px_per_m", str(int(PX_PER_M)), raw.get("px_per_m"))
    height = raw.get("height_px")
    if isinstance(height, bool) or not isinstance(height, int | float) or not 50 <= height <= 400:
        raise DataError(path, "height_px", "a number from 50 to 400", height)
    return raw


def _load_poses(path: Path, raw_poses: object) -> dict[str, PoseBoxes]:
    if not isinstance(raw_poses, dict) or not raw_poses:
        raise DataError(path, "poses", "an object of poses")
    poses: dict[str, PoseBoxes] = {}
    for name, p in raw_poses.items():
        where = f"poses.{name}"
        if not isinstance(p, dict):
            raise DataError(path, where, "an object")
        head = _nums(path, where + ".head", p.get("head"), 3)
        body = _nums(path, where + ".body", p.get("body"), 4)
        if body[0] >= body[2] or body[1] >= body[3] or head[2] <= 0:
            raise DataError(path, where, "a body box with x0 < x1, y0 < y1 and a head radius > 0")
        fist = p.get("fist")
        poses[name] = PoseBoxes(
            head=head, body=body,
            fist=None if fist is None else _nums(path, where + ".fist", fist, 5),  # type: ignore[arg-type]
        )
    return poses


def _load_cycles(path: Path, anims: dict, poses: dict[str, PoseBoxes]) -> dict[str, CycleAnim]:
    cycles: dict[str, CycleAnim] = {}
    for name in CYCLE_ANIMS:
        a = anims.get(name)
        where = f"animations.{name}"
        if not isinstance(a, dict):
            raise DataError(path, where, "an animation (missing)")
        plist = _pose_list(path, where + ".poses", a.get("poses"), poses)
        ticks = a.get("ticks")
        if (not isinstance(ticks, list) or len(ticks) != len(plist)
                or not all(isinstance(t, int) and not isinstance(t, bool) and 1 <= t <= 600
                           for t in ticks)):
            raise DataError(path, where + ".ticks", "one whole number 1..600 per pose", ticks)
        cycles[name] = CycleAnim(plist, tuple(ticks), bool(a.get("loop", False)))
    return cycles


def _load_punches(path: Path, anims: dict, poses: dict[str, PoseBoxes]) -> dict[str, PunchAnim]:
    punches: dict[str, PunchAnim] = {}
    for name in PUNCH_ANIMS:
        a = anims.get(name)
        where = f"animations.{name}"
        if not isinstance(a, dict):
            raise DataError(path, where, "a punch animation (missing)")
        phases = {ph: _pose_list(path, f"{where}.{ph}", a.get(ph), poses)
                  for ph in ("startup", "active", "recovery")}
        for pose in phases["active"]:
            if poses[pose].fist is None:
                raise DataError(path, f"poses.{pose}.fist", f"a fist capsule (active in {name})")
        punches[name] = PunchAnim(**phases)
    return punches


def load_atlas(path: Path, fighter: str) -> FighterAtlas:
    """Read and check one atlas; every problem names the file and the field."""
    raw = _read_header(path, fighter)
    height = raw["height_px"]
    poses = _load_poses(path, raw.get("poses"))
    anims = raw.get("animations")
    if not isinstance(anims, dict):
        raise DataError(path, "animations", "an object of animations")
    cycles = _load_cycles(path, anims, poses)
    punches = _load_punches(path, anims, poses)
    return FighterAtlas(fighter, float(height) / PX_PER_M, poses, cycles, punches)
