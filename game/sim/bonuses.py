"""Training bonuses: small multipliers on a fighter's stats for the final fight.

Why multipliers on the data (not special cases in the rules): a bonus then changes nothing
but numbers the rules already use, and the story can grant any share of the full set.
"""

from __future__ import annotations

import dataclasses
import math
import tomllib
from functools import cache
from pathlib import Path

from game.sim.data import FIGHTER_IDS, DataError, FighterData

STATS = ("damage_mult", "chin", "stamina_regen_per_s", "stamina_max", "recovery",
         "walk_speed_mps")
Bonus = tuple[tuple[str, float], ...]


@cache
def full_bonuses(fighter_id: str) -> Bonus:
    """The whole training bonus for a fighter (empty for those who do not train)."""
    path = Path(__file__).resolve().parent.parent / "data" / "bonuses.toml"
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise DataError(path, "(file)", f"readable TOML ({exc})") from exc
    for fid, table in raw.items():
        if fid not in FIGHTER_IDS or not isinstance(table, dict):
            raise DataError(path, fid, "a table named after a fighter")
        for stat, value in table.items():
            if stat not in STATS:
                raise DataError(path, f"{fid}.{stat}", "one of " + ", ".join(STATS))
            if (isinstance(value, bool) or not isinstance(value, int | float)
                    or not math.isfinite(value) or not 0.5 <= value <= 2.0):
                raise DataError(path, f"{fid}.{stat}", "a multiplier from 0.5 to 2.0", value)
    return tuple(sorted((k, float(v)) for k, v in raw.get(fighter_id, {}).items()))


def share(bonus: Bonus, amount: float) -> Bonus:
    """A part of a bonus (0 = nothing, 1 = all of it): what a middling training earns."""
    amount = min(1.0, max(0.0, amount))
    return tuple((k, 1.0 + (v - 1.0) * amount) for k, v in bonus)


def apply(data: FighterData, bonus: Bonus) -> FighterData:
    if not bonus:
        return data
    changes = {}
    for stat, mult in bonus:
        if stat not in STATS:
            raise ValueError(f"unknown bonus stat {stat!r}; expected one of {STATS}")
        changes[stat] = getattr(data, stat) * mult
    return dataclasses.replace(data, **changes)
