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
    stamina_damage: float = 0.0      # stamina a clean hit takes from the defender
    costs_heart: bool = False        # needs a full heart meter to throw, and empties it
    also_hits: tuple[str, ...] = ()  # other hurt zones it lands on (scored as its target)
    duck_damage_mult: float = 1.0    # clean on a ducking man (duck or low guard)...
    duck_hitstun_bonus: int = 0      # ...and this much longer stun
    reach_extra_m: float = 0.0       # the fist reaches this much farther than the atlas draws

    @property
    def total(self) -> int:
        return self.startup + self.active + self.recovery


@dataclass(frozen=True, slots=True)
class RulesData:
    """The [rules] table: numbers the fight's rules use for every move and man alike (each
    key is explained in moves.toml and docs/formats/moves.md)."""

    whiff_mult: float
    throw_stamina_share: float
    counter_damage_mult: float
    counter_hitstun_bonus: int
    counter_impulse_mult: float
    counter_hitstop_bonus: int
    land_heart: float
    counter_heart: float
    getup_heart: float
    heart_max: float
    tired_fraction: float
    tired_startup_extra: int
    tired_recovery_extra: int
    tired_damage_mult: float
    tired_walk_mult: float
    back_walk_mult: float
    guard_regen_mult: float
    block_push: float
    block_stamina: float
    buffer_ticks: int
    taunt_ticks: int
    taunt_heart: float
    taunt_stamina: float
    chain_window: int
    chain_stamina_step: float
    chain_max: int
    block_recovery_extra: int
    block_cost_mult: float
    whiff_recovery_extra: int
    guard_rise_ticks: int
    regen_delay_ticks: int
    lean_reach_share: float
    getup_health_share: float
    getup_health_drop: float
    getup_mash_need: float
    getup_mash_need_step: float
    getup_hold_mult: float
    getup_decay: float
    getup_decay_ticks: int
    getup_min_count: int
    judge_landed_points: float
    judge_noise: float
    judge_noise_step: float
    judge_even_margin: float
    judge_lowest: int


def read_toml(path: Path) -> dict[str, Any]:
    """A game-data TOML file's tables; a missing or broken file is a `DataError` naming it."""
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


def _check_keys(cls: type, path: Path, section: str, table: object) -> dict[str, Any]:
    """The table itself: a TOML table holding no key the dataclass does not know."""
    if not isinstance(table, dict):
        raise DataError(path, section, "a table", table)
    known = {f.name for f in fields(cls)} - {"id"}
    for key in table:
        if key not in known:
            raise DataError(path, f"{section}.{key}",
                            "a known field (" + ", ".join(sorted(known)) + ")")
    return table


def _value(path: Path, where: str, kind: str, raw: object, rule: tuple | None) -> Any:
    """One field's value, checked against its declared type and its range or choices."""
    if kind == "tuple[str, ...]":
        if not isinstance(raw, list):
            raise DataError(path, where, "a list", raw)
        return tuple(_value(path, f"{where}[{i}]", "str", item, rule)
                     for i, item in enumerate(raw))
    if isinstance(rule, tuple) and rule and isinstance(rule[0], str):
        if raw not in rule:
            raise DataError(path, where, "one of " + ", ".join(rule), raw)
        return raw
    if kind == "str":
        if not isinstance(raw, str) or not raw.strip():
            raise DataError(path, where, "a non-empty string", raw)
        return raw
    if kind == "bool":
        if not isinstance(raw, bool):
            raise DataError(path, where, "true or false", raw)
        return raw
    if kind == "int":
        if isinstance(raw, bool) or not isinstance(raw, int):
            raise DataError(path, where, "a whole number", raw)
        lo, hi = rule or (0, 10_000)
        if not lo <= raw <= hi:
            raise DataError(path, where, f"a whole number from {lo} to {hi}", raw)
        return raw
    lo, hi = rule or (0.0, 10_000.0)
    return _number(path, where, raw, lo, hi)


def _build(cls: type, path: Path, section: str, table: object, ranges: dict[str, tuple]) -> Any:
    """Check one TOML table against a dataclass: every field present, right type, in range."""
    table = _check_keys(cls, path, section, table)
    values: dict[str, Any] = {}
    for f in fields(cls):
        if f.name == "id":
            values["id"] = section
        elif f.name in table:
            values[f.name] = _value(path, f"{section}.{f.name}", str(f.type), table[f.name],
                                    ranges.get(f.name))
        elif f.default is not MISSING:
            values[f.name] = f.default
        else:
            raise DataError(path, f"{section}.{f.name}", "a value (missing)")
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
    "also_hits": ("head", "body"), "duck_damage_mult": (0.0, 5.0), "duck_hitstun_bonus": (0, 60),
    "reach_extra_m": (0.0, 1.0),
}
_RULES_RANGES: dict[str, tuple] = {
    "whiff_mult": (1.0, 5.0), "throw_stamina_share": (0.0, 1.0), "tired_fraction": (0.0, 0.9),
    "block_push": (0.0, 1.0), "buffer_ticks": (0, 30), "counter_hitstun_bonus": (0, 60),
    "counter_impulse_mult": (0.0, 5.0), "counter_hitstop_bonus": (0, 30),
    "tired_startup_extra": (0, 30), "tired_recovery_extra": (0, 30),
    "tired_walk_mult": (0.1, 1.0), "back_walk_mult": (0.1, 2.0), "guard_regen_mult": (0.0, 2.0),
    "taunt_ticks": (1, 600), "getup_health_share": (0.0, 1.0), "getup_health_drop": (0.0, 1.0),
    "getup_mash_need": (0.0, 1000.0), "getup_mash_need_step": (0.0, 1000.0),
    "getup_hold_mult": (0.0, 1.0), "getup_decay_ticks": (1, 600), "getup_min_count": (0, 9),
    "judge_noise": (0.0, 100.0), "judge_noise_step": (0.0, 100.0), "judge_lowest": (0, 9),
    "chain_window": (0, 600), "chain_max": (0, 100), "block_recovery_extra": (0, 60),
    "block_cost_mult": (1.0, 5.0), "whiff_recovery_extra": (0, 60), "guard_rise_ticks": (0, 60),
    "regen_delay_ticks": (0, 600), "lean_reach_share": (0.0, 1.0),
}


def load_fighters(path: Path) -> dict[str, FighterData]:
    raw = read_toml(path)
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
    raw = read_toml(path)
    moves: dict[str, MoveData] = {}
    for mid in MOVE_IDS:
        if mid not in raw:
            raise DataError(path, mid, "a table for this move (missing)")
        moves[mid] = _build(MoveData, path, mid, raw[mid], _MOVE_RANGES)
    if "rules" not in raw:
        raise DataError(path, "rules", "a [rules] table (missing)")
    rules = _build(RulesData, path, "rules", raw["rules"], _RULES_RANGES)
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
