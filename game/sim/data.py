"""Fighter stats and move frame data, loaded from TOML into frozen dataclasses.

Why validated here: balancing is editing a table, and a typo in a table must stop the game
with a message naming the file and the field, not with a KeyError deep inside a fight.
"""

from __future__ import annotations

import math
import tomllib
from dataclasses import MISSING, dataclass, fields
from functools import cache
from pathlib import Path
from typing import Any

LB_TO_KG = 0.45359237
FIGHTER_IDS = ("rocky", "apollo", "drago")
MOVE_IDS = ("jab", "hook", "uppercut", "body", "special")


class DataError(ValueError):
    """A game data file is wrong: the message names the file, the field and what was expected."""

    def __init__(self, path: Path | str, field: str, expected: str, got: object = None) -> None:
        detail = "" if got is None else f", got {got!r}"
        super().__init__(f"{path}: {field}: expected {expected}{detail}")
        self.path = str(path)
        self.field = field


@dataclass(frozen=True, slots=True)
class FighterData:
    id: str
    name: str
    short_name: str
    height_m: float
    weight_lb: float
    stance: str
    half_width_m: float
    walk_speed_mps: float
    damage_mult: float
    chin: float
    health_max: float
    stamina_max: float
    stamina_regen_per_s: float
    recovery: float

    @property
    def mass_kg(self) -> float:
        return self.weight_lb * LB_TO_KG


@dataclass(frozen=True, slots=True)
class MoveData:
    id: str
    startup: int
    active: int
    recovery: int
    hitstun: int
    blockstun: int
    hitstop: int
    damage: float
    chip: float
    stamina: float
    power: float
    target: str
    hand: str
    stamina_damage: float = 0.0

    @property
    def total(self) -> int:
        return self.startup + self.active + self.recovery


@dataclass(frozen=True, slots=True)
class RulesData:
    whiff_mult: float
    counter_damage_mult: float
    counter_hitstun_bonus: int
    counter_heart: float
    getup_heart: float
    heart_max: float
    tired_fraction: float
    tired_startup_extra: int
    tired_recovery_extra: int
    tired_damage_mult: float
    block_push: float
    block_stamina: float
    duck_uppercut_mult: float
    buffer_ticks: int
    taunt_ticks: int
    taunt_heart: float
    taunt_stamina: float


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as f:
            return tomllib.load(f)
    except FileNotFoundError as exc:
        raise DataError(path, "(file)", "an existing file") from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise DataError(path, "(file)", f"valid TOML ({exc})") from exc


def _number(path: Path, where: str, value: object, lo: float, hi: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise DataError(path, where, "a number", value)
    if not math.isfinite(value) or not lo <= value <= hi:
        raise DataError(path, where, f"a number from {lo} to {hi}", value)
    return float(value)


def _build(cls: type, path: Path, section: str, table: object, ranges: dict[str, tuple]) -> Any:
    """Check one TOML table against a dataclass: every field present, right type, in range."""
    if not isinstance(table, dict):
        raise DataError(path, section, "a table", table)
    values: dict[str, Any] = {"id": section} if "id" in {f.name for f in fields(cls)} else {}
    known = {f.name for f in fields(cls)} - {"id"}
    for key in table:
        if key not in known:
            raise DataError(path, f"{section}.{key}",
                            "a known field (" + ", ".join(sorted(known)) + ")")
    for f in fields(cls):
        if f.name == "id":
            continue
        where = f"{section}.{f.name}"
        if f.name not in table:
            if f.default is not MISSING:
                values[f.name] = f.default
                continue
            raise DataError(path, where, "a value (missing)")
        raw = table[f.name]
        rule = ranges.get(f.name)
        if isinstance(rule, tuple) and rule and isinstance(rule[0], str):
            if raw not in rule:
                raise DataError(path, where, "one of " + ", ".join(rule), raw)
            values[f.name] = raw
        elif f.type in ("str",):
            if not isinstance(raw, str) or not raw.strip():
                raise DataError(path, where, "a non-empty string", raw)
            values[f.name] = raw
        elif f.type == "int":
            if isinstance(raw, bool) or not isinstance(raw, int):
                raise DataError(path, where, "a whole number", raw)
            lo, hi = rule or (0, 10_000)
            if not lo <= raw <= hi:
                raise DataError(path, where, f"a whole number from {lo} to {hi}", raw)
            values[f.name] = raw
        else:
            lo, hi = rule or (0.0, 10_000.0)
            values[f.name] = _number(path, where, raw, lo, hi)
    return cls(**values)


_FIGHTER_RANGES: dict[str, tuple] = {
    "stance": ("orthodox", "southpaw"),
    "height_m": (1.4, 2.3),
    "weight_lb": (100.0, 400.0),
    "half_width_m": (0.15, 0.5),
    "walk_speed_mps": (0.3, 5.0),
    "damage_mult": (0.1, 5.0),
    "chin": (0.1, 5.0),
    "health_max": (1.0, 1000.0),
    "stamina_max": (1.0, 1000.0),
    "stamina_regen_per_s": (0.0, 200.0),
    "recovery": (0.1, 5.0),
}
_MOVE_RANGES: dict[str, tuple] = {
    "target": ("head", "body"),
    "hand": ("lead", "rear"),
    "startup": (1, 120), "active": (1, 60), "recovery": (1, 120),
    "hitstun": (0, 240), "blockstun": (0, 240), "hitstop": (0, 60),
    "damage": (0.0, 100.0), "chip": (0.0, 100.0), "stamina": (0.0, 100.0),
    "power": (0.0, 50.0), "stamina_damage": (0.0, 100.0),
}


def load_fighters(path: Path) -> dict[str, FighterData]:
    raw = _read_toml(path)
    out: dict[str, FighterData] = {}
    for fid in FIGHTER_IDS:
        if fid not in raw:
            raise DataError(path, fid, "a table for this fighter (missing)")
        out[fid] = _build(FighterData, path, fid, raw[fid], _FIGHTER_RANGES)
    for extra in raw:
        if extra not in FIGHTER_IDS:
            raise DataError(path, extra, "one of the fighters " + ", ".join(FIGHTER_IDS))
    return out


def load_moves(path: Path) -> tuple[dict[str, MoveData], RulesData]:
    raw = _read_toml(path)
    moves: dict[str, MoveData] = {}
    for mid in MOVE_IDS:
        if mid not in raw:
            raise DataError(path, mid, "a table for this move (missing)")
        moves[mid] = _build(MoveData, path, mid, raw[mid], _MOVE_RANGES)
    if "rules" not in raw:
        raise DataError(path, "rules", "a [rules] table (missing)")
    rules = _build(RulesData, path, "rules", raw["rules"], {
        "whiff_mult": (1.0, 5.0), "tired_fraction": (0.0, 0.9), "block_push": (0.0, 1.0),
        "buffer_ticks": (0, 30), "counter_hitstun_bonus": (0, 60), "tired_startup_extra": (0, 30),
        "tired_recovery_extra": (0, 30), "taunt_ticks": (1, 600),
    })
    for extra in raw:
        if extra not in MOVE_IDS and extra != "rules":
            raise DataError(path, extra, "one of the moves " + ", ".join(MOVE_IDS) + " or rules")
    return moves, rules


@dataclass(frozen=True, slots=True)
class GameData:
    fighters: dict[str, FighterData]
    moves: dict[str, MoveData]
    rules: RulesData


def load_game_data(data_dir: Path | None = None) -> GameData:
    base = data_dir or Path(__file__).resolve().parent.parent / "data"
    fighters = load_fighters(base / "fighters.toml")
    moves, rules = load_moves(base / "moves.toml")
    return GameData(fighters, moves, rules)


@cache
def default_game_data() -> GameData:
    """The shipped tables, loaded once per process (they are immutable)."""
    return load_game_data()
