"""Checking a replay file before anything of it is used: size, nesting and every setup field.

Why a size limit before parsing: a replay is the seed and the run-length encoded inputs, about
3 bytes per tick in real fights (26 KB for a three-round CPU fight). Python's JSON parser
needs about thirty times a file's size in memory, so a 100 MB file took 2.9 GB and two
minutes before any check could say it was wrong. `MAX_BYTES` (8 MB) still holds the longest
fight the rules allow (15 rounds of 10 minutes) with the inputs changing five times as often
as a CPU's do, so no real replay is refused; anything bigger is refused by its size alone.

Why every setup field: they become the fight (`int()`, `float()`, `bool()` of them), and
`setup.mode` is written into `--result-json`; a value that only converts (the string
"banana" is a true boolean, Infinity is a float, NaN a mode) must be refused by name here,
not fail later as "cannot convert float infinity to integer" naming neither file nor field.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

from game.files import decode_text, read_user_file, why
from game.shown import named, shown

MAX_BYTES = 8 << 20
MAX_SEED = 2**31 - 1
RULES = ("three_knockdown_tko", "hold_to_rise")


class ReplayError(ValueError):
    """A replay that cannot be played; the message names the file and what is wrong.

    (Defined here, below game/replay.py which re-exports it, so the checks can raise it.)"""


def read_replay_json(path: Path) -> object:
    """The parsed replay file; ReplayError naming it for every way reading can fail."""
    try:
        text = decode_text(read_user_file(path, MAX_BYTES))
    except FileNotFoundError as exc:
        raise ReplayError(f"{named(path)}: no such replay file") from exc
    except OSError as exc:
        raise ReplayError(f"{named(path)}: not a readable replay ({why(exc)})") from exc
    except UnicodeDecodeError as exc:
        raise ReplayError(f"{named(path)}: not a replay (not UTF-8 text)") from exc
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ReplayError(f"{named(path)}: not a replay (invalid JSON: {exc})") from exc
    except RecursionError as exc:
        raise ReplayError(f"{named(path)}: not a replay (JSON nested thousands deep)") \
            from exc


def _whole(v: object, lo: int, hi: int) -> bool:
    return isinstance(v, int) and not isinstance(v, bool) and lo <= v <= hi


def _number(v: object, lo: float, hi: float) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v) \
        and lo <= v <= hi


def _pair_of(v: object, allowed: tuple[str, ...]) -> bool:
    return isinstance(v, list) and len(v) == 2 and all(
        isinstance(x, str) and x in allowed for x in v)


def _setup_rules() -> list[tuple[str, object, str]]:
    """(field, is the value good, what a good value is) for each field of `setup`."""
    from game.cli import DIFFICULTIES, MODES
    from game.sim.data import FIGHTER_IDS
    from game.sim.match import VENUES

    return [
        ("mode", lambda v: isinstance(v, str) and v in MODES, "one of " + ", ".join(MODES)),
        ("fighters", lambda v: _pair_of(v, FIGHTER_IDS),
         "two of " + ", ".join(FIGHTER_IDS)),
        ("venue", lambda v: isinstance(v, str) and v in VENUES, "one of " + ", ".join(VENUES)),
        ("rounds", lambda v: _whole(v, 1, 15), "a whole number from 1 to 15"),
        ("round_seconds", lambda v: _number(v, 1.0, 600.0), "a number from 1 to 600"),
        ("difficulty", lambda v: _pair_of(v, DIFFICULTIES),
         "two of " + ", ".join(DIFFICULTIES)),
        ("seed", lambda v: _whole(v, 0, MAX_SEED), f"a whole number from 0 to {MAX_SEED}"),
        ("level", lambda v: v is None or (isinstance(v, str) and 0 < len(v) <= 100),
         "null or a story chapter id"),
    ]


def check_setup_fields(path: Path, setup: dict) -> None:
    """Every field of a replay's `setup` the game reads; ReplayError on the first bad one.

    (`bonuses` is checked by game/replay.py, which knows its forms.)"""
    for key, good, what in _setup_rules():
        if key not in setup:
            raise ReplayError(f"{named(path)}: setup.{key}: missing")
        if not good(setup[key]):  # type: ignore[operator]
            raise ReplayError(f"{named(path)}: setup.{key}: expected {what}, "
                                  f"got {shown(setup[key])!r}")
    rules = setup.get("rules")
    if not isinstance(rules, dict):
        raise ReplayError(f"{named(path)}: setup.rules: expected an object of "
                              f"true/false rules ({', '.join(RULES)})")
    for key, value in rules.items():
        if key not in RULES:
            raise ReplayError(f"{named(path)}: setup.rules.{shown(key)}: expected one of "
                                  + ", ".join(RULES))
        if not isinstance(value, bool):
            raise ReplayError(f"{named(path)}: setup.rules.{key}: expected true or false, "
                                  f"got {shown(value)!r}")
