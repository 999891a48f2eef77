"""`settings.toml`: the player's controls, read with tomllib, written with tomli-w, atomically.

Why so careful with bad files (contracts.md): a settings file the player edited by hand or
that a crash cut short must never stop the game from starting, and must never be thrown
away silently. A file that does not parse is renamed `NAME.corrupt-YYYYmmdd-HHMMSS` and the
game starts from defaults; a file with some bad values keeps its good ones, is first copied
aside the same way, and is rewritten with defaults for the bad ones. Either way `load`
returns a message for the player naming the file and what was wrong.
Sections this module does not know (other parts of the game may add them) are kept as read.

Besides the controls, the options screen's choices live here (`[audio]`, `[game]`,
`[display]`, `[accessibility]`) so they survive a restart; each value is checked on its own,
so one bad number never costs the player the rest of his choices.
"""

from __future__ import annotations

import copy
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

import tomli_w

from game.ai.skill import DIFFICULTIES
from game.files import (
    atomic_write_text,
    decode_text,
    read_user_file,
    remove_stale_temps,
    set_aside,
    why,
)
from game.input.bindings import (
    DEFAULT_KEYS,
    DEFAULT_PAD,
    KEY_ACTIONS,
    PAD_ACTIONS,
    PAD_BUTTONS,
    SCANCODE_BY_NAME,
    SCANCODE_NAME,
    key_conflicts,
    repair_keys,
    repair_pad,
)
from game.shown import clip, named, shown

FORMAT = 1
DEAD_ZONE_RANGE = (0.05, 0.9)
DEFAULT_DEAD_ZONE = 0.35
SIDES = ("p1", "p2")
ROUNDS_RANGE = (1, 15)
ROUND_SECONDS_RANGE = (10, 600)
SCALE_RANGE = (1, 4)
OPTION_SECTIONS = ("audio", "game", "display", "accessibility")
MAX_BYTES = 1 << 20  # a settings file is a few KB; a bigger one is not ours
MAX_PROBLEMS = 5  # a message lists this many problems, then counts the rest


@dataclass
class Settings:
    """Everything the player chose; defaults are what a fresh install plays with."""

    keys: tuple[dict[str, int], dict[str, int]] = field(
        default_factory=lambda: (dict(DEFAULT_KEYS[0]), dict(DEFAULT_KEYS[1])))
    pads: tuple[dict[str, str], dict[str, str]] = field(
        default_factory=lambda: (dict(DEFAULT_PAD), dict(DEFAULT_PAD)))
    dead_zone: float = DEFAULT_DEAD_ZONE
    master_volume: float = 1.0
    music_volume: float = 1.0
    effects_volume: float = 1.0
    cpu_difficulty: str = "normal"
    rounds: int = 3
    round_seconds: int = 60
    window_scale: int = 2
    fullscreen: bool = False
    fill: bool = False  # the picture smoothly fills the window instead of whole-number scaling
    reduced_shake: bool = False
    hold_to_rise: bool = False
    other: dict = field(default_factory=dict)  # sections owned by other parts, kept as read


def _read_keys(table: object, side: str, problems: list[str]) -> dict[str, int]:
    out = dict(DEFAULT_KEYS[SIDES.index(side)])
    if table is None:
        return out
    if not isinstance(table, dict):
        problems.append(f"controls.{side}.keyboard is not a table")
        return out
    for action, value in table.items():
        where = f"controls.{side}.keyboard.{action}"
        if action not in KEY_ACTIONS:
            problems.append(f"{where}: unknown action")
        elif not isinstance(value, str) or value.upper() not in SCANCODE_BY_NAME:
            problems.append(f"{where}: {shown(value)!r} is not a key name")
        else:
            out[action] = SCANCODE_BY_NAME[value.upper()]
    return out


def _read_pad(table: object, side: str, problems: list[str]) -> dict[str, str]:
    """One player's pad buttons: each bad or clashing binding falls back alone (see
    `repair_pad`), so a typo in one line never costs the player his other remaps."""
    chosen: dict[str, str] = {}
    if table is None:
        return dict(DEFAULT_PAD)
    if not isinstance(table, dict):
        problems.append(f"controls.{side}.gamepad is not a table")
        return dict(DEFAULT_PAD)
    for action, value in table.items():
        where = f"controls.{side}.gamepad.{action}"
        if action not in PAD_ACTIONS:
            problems.append(f"{where}: unknown action")
        elif not isinstance(value, str) or value not in PAD_BUTTONS:
            problems.append(f"{where}: {shown(value)!r} is not one of {', '.join(PAD_BUTTONS)}")
        else:
            chosen[action] = value
    out, moved = repair_pad(chosen)
    for action in moved:
        problems.append(f"controls.{side}.gamepad.{action}: {chosen[action]!r} is already "
                        f"used; {out[action]!r} used instead")
    return out


def _volume(v: object) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool) and 0.0 <= v <= 1.0


def _int_in(lo: int, hi: int):
    return lambda v: isinstance(v, int) and not isinstance(v, bool) and lo <= v <= hi


# (section, key, Settings attribute, is the value good, what a good value is)
OPTIONS: tuple[tuple[str, str, str, object, str], ...] = (
    ("audio", "master", "master_volume", _volume, "a number in 0..1"),
    ("audio", "music", "music_volume", _volume, "a number in 0..1"),
    ("audio", "effects", "effects_volume", _volume, "a number in 0..1"),
    ("game", "cpu_difficulty", "cpu_difficulty", lambda v: v in DIFFICULTIES,
     "one of " + ", ".join(DIFFICULTIES)),
    ("game", "rounds", "rounds", _int_in(*ROUNDS_RANGE), "a whole number in 1..15"),
    ("game", "round_seconds", "round_seconds", _int_in(*ROUND_SECONDS_RANGE),
     "whole seconds in 10..600"),
    ("display", "scale", "window_scale", _int_in(*SCALE_RANGE), "a whole number in 1..4"),
    ("display", "fullscreen", "fullscreen", lambda v: isinstance(v, bool), "true or false"),
    ("display", "fill", "fill", lambda v: isinstance(v, bool), "true or false"),
    ("display", "reduced_shake", "reduced_shake", lambda v: isinstance(v, bool),
     "true or false"),
    ("accessibility", "hold_to_rise", "hold_to_rise", lambda v: isinstance(v, bool),
     "true or false"),
)


def _read_options(doc: dict, s: Settings, problems: list[str]) -> None:
    """The options sections: each good value taken, each bad or unknown one reported."""
    known: dict[str, set[str]] = {}
    for section, key, attr, good, what in OPTIONS:
        known.setdefault(section, set()).add(key)
        table = doc.get(section, {})
        if not isinstance(table, dict) or key not in table:
            continue
        value = table[key]
        if good(value):  # type: ignore[operator]
            setattr(s, attr, float(value) if attr.endswith("volume") else value)
        else:
            problems.append(f"{section}.{key}: {shown(value)!r} is not {what}")
    for section in OPTION_SECTIONS:
        table = doc.get(section, {})
        if not isinstance(table, dict):
            problems.append(f"{section} is not a table")
            continue
        for key in table:
            if key not in known[section]:
                problems.append(f"{section}.{key}: unknown setting")


def from_doc(doc: dict) -> tuple[Settings, list[str]]:
    """Settings from a parsed file, and what was wrong in it (empty when all was good)."""
    problems: list[str] = []
    if doc.get("format", FORMAT) != FORMAT:
        problems.append(f"format: {shown(doc.get('format'))!r} is not {FORMAT}")
    controls = doc.get("controls", {})
    if not isinstance(controls, dict):
        problems.append("controls is not a table")
        controls = {}
    s = Settings(other={k: v for k, v in doc.items()
                        if k not in ("format", "controls", *OPTION_SECTIONS)})
    _read_options(doc, s, problems)
    dz = controls.get("dead_zone", DEFAULT_DEAD_ZONE)
    if isinstance(dz, int | float) and not isinstance(dz, bool) and \
            DEAD_ZONE_RANGE[0] <= dz <= DEAD_ZONE_RANGE[1]:
        s.dead_zone = float(dz)
    else:
        problems.append(f"controls.dead_zone: {shown(dz)!r} is not a number in "
                        f"{DEAD_ZONE_RANGE[0]}..{DEAD_ZONE_RANGE[1]}")
    for key in controls:
        if key not in ("dead_zone", *SIDES):
            problems.append(f"controls.{key}: unknown setting")
    keys = []
    for side in SIDES:
        table = controls.get(side) or {}
        if not isinstance(table, dict):
            problems.append(f"controls.{side} is not a table")
            table = {}
        keys.append(_read_keys(table.get("keyboard"), side, problems))
        s.pads[SIDES.index(side)].update(_read_pad(table.get("gamepad"), side, problems))
    clash = key_conflicts((keys[0], keys[1]))
    if clash:
        s.keys, moved = repair_keys((keys[0], keys[1]))
        problems.append("keyboard: " + "; ".join(clash) + "; moved: " + ", ".join(moved))
    else:
        s.keys = (keys[0], keys[1])
    return s, problems


def to_doc(s: Settings) -> dict:
    doc = copy.deepcopy(s.other)
    doc["format"] = FORMAT
    doc["controls"] = {"dead_zone": s.dead_zone}
    for i, side in enumerate(SIDES):
        doc["controls"][side] = {
            "keyboard": {a: SCANCODE_NAME[s.keys[i][a]] for a in KEY_ACTIONS},
            "gamepad": {a: s.pads[i][a] for a in PAD_ACTIONS},
        }
    for section, key, attr, _good, _what in OPTIONS:
        doc.setdefault(section, {})[key] = getattr(s, attr)
    return doc


def save(s: Settings, path: Path) -> None:
    atomic_write_text(path, tomli_w.dumps(to_doc(s)))


def load(path: Path) -> tuple[Settings, list[str]]:
    """The settings at `path` (defaults when there is none) and messages for the player.

    Why nothing here raises: every cause is the player's file, folder or disk, so each ends
    in one message naming the path and the game starts (with defaults where it must)."""
    path = Path(path)
    remove_stale_temps(path)
    try:
        raw = read_user_file(path, MAX_BYTES)
    except FileNotFoundError:
        return Settings(), []
    except OSError as exc:
        return Settings(), [f"{named(path)}: could not be read ({why(exc)}); defaults used"]
    try:
        doc = tomllib.loads(decode_text(raw))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError, RecursionError) as exc:
        aside, failure = set_aside(path, move=True)
        if aside is None:
            return Settings(), [f"{named(path)} could not be read ({clip(exc)}) nor set aside "
                                f"({failure}); defaults used, the file is left as it is"]
        return Settings(), [f"{named(path)} could not be read ({clip(exc)}); it was renamed "
                            f"{aside.name} and the defaults are used"]
    s, problems = from_doc(doc)
    if not problems:
        return s, []
    what = "; ".join(clip(p, 240) for p in problems[:MAX_PROBLEMS])
    if len(problems) > MAX_PROBLEMS:
        what += f"; and {len(problems) - MAX_PROBLEMS} more"
    aside, failure = set_aside(path, move=False, data=raw)
    if aside is None:  # never overwrite what we could not keep: the repair lives in memory
        return s, [f"{named(path)}: {what}. The file could not be copied aside ({failure}), "
                   "so it is left as it is; defaults replace the bad values for now"]
    try:
        save(s, path)
    except OSError:
        pass  # the game still runs with the repaired settings in memory
    return s, [f"{named(path)}: {what}. The original was copied to {aside.name}; "
               "defaults replace the bad values"]
