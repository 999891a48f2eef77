"""The CPU brains' numbers, read from `game/data/brains.toml` and checked at load.

Why a data file: balancing the CPU is editing numbers (how late he sees, how often he covers,
how long a retreat lasts) and reading the gauntlet's table, so the numbers live in one table a
designer can edit without reading the brain's code; a typo must stop the game with a message
naming the file and the field, like the fighters' and moves' tables. The brain's code keeps the
decisions; this file keeps the amounts.
"""

from __future__ import annotations

import math
from dataclasses import MISSING, dataclass, fields
from functools import cache
from pathlib import Path
from typing import Any

from game.sim.data import DataError, read_toml

BRAINS_TOML = Path(__file__).resolve().parent.parent / "data" / "brains.toml"


@dataclass(frozen=True, slots=True)
class Tuning:
    """The brain's own habits, the same for every man and every difficulty (metres, ticks,
    per-tick chances). `*_ticks` with `*_spread`: a plan lasts ticks + randrange(spread)."""

    min_reaction: int             # no brain sees sooner than this (a human's delay)
    retreat_to_m: float           # a puncher's retreat stops this far beyond his jab
    closest_m: float              # centre to centre when chests touch (about)
    boxer_room_m: float           # a boxer stops backing up with this little ring behind him
    roll_read: float              # per tick, times read and rolls seen: body blows on ropes
    reach_pad_m: float            # he throws when the man is this far beyond his fist's reach
    legs_base: float              # how well his feet follow his style: base + per_block * block
    legs_per_block: float
    read_decay: float             # per punch seen, how much older punches still count
    head_seen_start: float        # what he expects before the first punch: mostly head
    body_seen_start: float
    mash_jitter: int              # extra ticks (random) between presses when down
    retreat_after_ticks: int      # after his punch: footwork takes him out this long
    retreat_after_spread: int
    wait_after_ticks: int         # ...or he stands planted this long
    wait_after_spread: int
    roll_min_stamina: float       # share of stamina he needs to roll off the ropes
    roll_skill_base: float        # roll chance times (base + skill.block)
    roll_close_mult: float        # ...times this when the man is inside his jab
    dart_ticks: int               # longest dart in behind the jab
    follow_mps: float             # a man walking in faster than this is following him
    stop_guard_ticks: int         # a boxer who cannot stop the follower covers this long
    stop_guard_spread: int
    shell_punch_out: float        # times work rate: per-tick chance to punch out of a shell
    taunt_min_m: float            # he showboats only this far away
    tired_share: float            # under this share of stamina, in range, he may back off
    tired_retreat: float          # per-tick chance to back off when tired
    tired_retreat_ticks: int
    tired_retreat_spread: int
    cornered_cover_mult: float    # a cornered boxer covers this many times as often
    cover_max_m: float            # he covers up only this close
    cover_ticks: int              # a cover-up lasts this plus randrange(skill.hold)
    want_pad_m: float             # where he likes to stand: short of his jab's end by this
    want_slack_m: float           # he walks in when farther than where he likes plus this
    step_in_jab_m: float          # within this beyond his jab, he may step in with the jab
    step_in_jab: float            # times work rate: chance of the step-in jab
    back_off_slack_m: float       # closer than where he likes by this, a long man backs off
    back_off_distance: float      # ...if his style's distance is over this
    back_off: float               # ...with this chance per tick
    inside_m: float               # a boxer this far inside his jab's end is too close
    inside_out: float             # times footwork x legs: chance to step back out from inside
    inside_out_ticks: int
    inside_out_spread: int
    edge_away: float              # times footwork x legs: at his jab's end, a step away
    outside_slack_m: float        # a boxer farther than his spot plus this comes back in
    dart_jab_share: float         # share of darts that stop at jab range (the rest at hook)
    dart_short_m: float           # a dart stops this far inside the punch's reach
    bounce_ticks: int             # a little step in or out lasts this long
    bounce_spread: int
    retreat_guard: float          # a puncher backing off keeps his guard up this often
    threat_m: float               # he answers punches thrown from within this distance
    special_block_base: float     # the special's wind-up: block chance base + per_block*block
    special_block_per_block: float
    pull_back_ticks: int          # a step back out of a punch lasts this long
    pull_back_spread: int
    defence_ticks: int            # a cover-up or duck answering a punch lasts this long
    defence_spread: int
    tired_tell: int               # a tired man's punch is seen this many ticks sooner
    punish_slack: int             # his punch fits a punish when startup < ticks left + this
    shell_read_ticks: int         # a man sitting this long in a duck or a guard is a target
    long_duck_ticks: int          # a man seen ducking this long is staying down there
    duck_cover: float             # times skill.read: covers up high against a crouch
    duck_cover_ticks: int
    duck_uppercut: float          # times skill.read: per-tick uppercut on a ducking man
    rolls_counted: int            # the most roll-outs the ropes read counts
    body_taste: float             # times his body share: his taste for the body
    guard_body: float             # times read x taste: per-tick body blow under a high guard
    body_then_uppercut: float     # share of head follow-ups to a body blow that are uppercuts
    # answering a read habit (answers.py)
    answer_lookahead: int         # he decides about a due punch this many ticks before it
    defence_lead: int             # a slip or block is in place this long before it is due
    step_lead: int                # a step out starts this long before it is due
    beat_early: int               # beating him to it: land this many ticks before his goes
    beat_spread: int              # beating him to it or slipping needs a rest this steady
    beat_step_m: float            # ...stepping in up to this far to reach him
    respect_ticks: int            # a read punch due this soon: he does not start his own
    answer_punish_slack: int      # ticks beyond his punch's end a counter may still start


def read_brains(path: Path = BRAINS_TOML) -> dict[str, Any]:
    """The raw tables of a brains file (file errors name the file)."""
    return read_toml(path)


def build(cls: type, path: Path, section: str, table: object) -> Any:
    """One table into a frozen dataclass: every field present, no unknown field, whole numbers
    where the field is `int`, finite non-negative numbers elsewhere."""
    if not isinstance(table, dict):
        raise DataError(path, section, "a table", table)
    known = {f.name: f for f in fields(cls)}
    for key in table:
        if key not in known:
            raise DataError(path, f"{section}.{key}", "a known field")
    values: dict[str, Any] = {}
    for name, f in known.items():
        where = f"{section}.{name}"
        if name not in table:
            if f.default is not MISSING:
                values[name] = f.default
                continue
            raise DataError(path, where, "a value (missing)")
        values[name] = _value(path, where, table[name], f.type == "int")
    return cls(**values)


def _value(path: Path, where: str, raw: object, whole: bool) -> int | float:
    if isinstance(raw, bool) or not isinstance(raw, int | float):
        raise DataError(path, where, "a number", raw)
    if whole:
        if not isinstance(raw, int) or raw < 0:
            raise DataError(path, where, "a whole number, 0 or more", raw)
        return raw
    if not math.isfinite(raw) or raw < 0:
        raise DataError(path, where, "a finite number, 0 or more", raw)
    return float(raw)


def section(raw: dict[str, Any], path: Path, name: str, keys: tuple[str, ...]) -> dict:
    """A table of named tables ([skill.easy], [style.drago]...), exactly the expected names."""
    table = raw.get(name)
    if not isinstance(table, dict):
        raise DataError(path, name, "a table of " + ", ".join(keys) + " (missing)")
    for key in keys:
        if key not in table:
            raise DataError(path, f"{name}.{key}", "a table (missing)")
    for key in table:
        if key not in keys:
            raise DataError(path, f"{name}.{key}", "one of " + ", ".join(keys))
    return table


@cache
def brains_file() -> dict[str, Any]:
    """The shipped brains file, read once per process."""
    return read_brains(BRAINS_TOML)


@cache
def tuning() -> Tuning:
    raw = brains_file()
    return build(Tuning, BRAINS_TOML, "brain", raw.get("brain"))
