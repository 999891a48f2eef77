"""Story progress on disk: one TOML file in the `saves` folder, written atomically.

Why atomic and forgiving: a crash mid-write must never leave half a save, and a save that
cannot be read is moved aside (`NAME.corrupt-YYYYmmdd-HHMMSS`) with a message, never a crash.
Every field the game reads from a save is checked here (`validate`), so a save that passes
can be resumed and shown (THE END lists each chapter record's `id` and `outcome`). Each
message names the save's path and is written to stderr as well as shown on screen.
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path
from typing import Any

import tomli_w

from game.files import (
    atomic_write_bytes,
    decode_text,
    read_user_file,
    remove_stale_temps,
    set_aside,
    why,
)
from game.shown import clip, named, shown
from game.sim.bonuses import STATS

from .records import record_problem

SAVE_NAME = "story.toml"
FORMAT = 1
MAX_BYTES = 1 << 20  # a save is a few KB; a bigger file is not one of ours


def saves_dir() -> Path:
    from game.paths import user_paths

    return user_paths()["saves"]


def save_path() -> Path:
    return saves_dir() / SAVE_NAME


def tell(message: str) -> str:
    """A save message on stderr too (the screen shows it for a moment only)."""
    sys.stderr.write(f"piece-of-iron: {message}\n")
    return message


def write_save(doc: dict[str, Any], path: Path | None = None) -> Path:
    """Write to a temporary file beside the save, then rename it over the old one."""
    path = path or save_path()
    atomic_write_bytes(path, tomli_w.dumps(doc).encode("utf-8"))
    return path


def save_failed(exc: OSError, path: Path | None = None) -> str:
    """The player's message when progress could not be written (told on stderr too)."""
    return tell(f"progress could not be saved to {named(path or save_path())} ({why(exc)})")


def read_save(path: Path | None = None) -> tuple[dict[str, Any] | None, str]:
    """(the save or None, a message for the player: "" when all was well)."""
    path = path or save_path()
    remove_stale_temps(path)
    try:
        raw = read_user_file(path, MAX_BYTES)
        doc = tomllib.loads(decode_text(raw))
    except FileNotFoundError:
        return None, ""
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, RecursionError) as exc:
        return None, _set_aside(path, f"could not be read ({clip(why(exc))})")
    problems = validate(doc)
    if problems:
        return None, _set_aside(path, problems[0])
    return doc, ""


def _set_aside(path: Path, problem: str) -> str:
    """Move a bad save out of the way (once: it is not there at the next start) and say so."""
    if not path.is_file():  # a folder or a FIFO in its place: leave it, start afresh
        return tell(f"{named(path)}: {problem}. Starting a new story.")
    aside, failure = set_aside(path, move=True)
    if aside is None:
        return tell(f"{named(path)}: {problem}; it could not be set aside ({failure}). "
                    "Starting a new story.")
    return tell(f"{named(path)}: {problem}; set aside as {aside.name}. Starting a new story.")


def _is_int(v: object, lo: int) -> bool:
    return isinstance(v, int) and not isinstance(v, bool) and v >= lo


def _text(v: object, limit: int = 200) -> bool:
    return isinstance(v, str) and 0 < len(v) <= limit


def _record_problem(k: int, rec: object) -> str:
    """What is wrong with one chapter record ("" when it is good)."""
    where = f"chapters[{k}]"
    if not isinstance(rec, dict):
        return f"{where}: expected a table, got {shown(rec)!r}"
    for key in ("id", "outcome"):
        if not _text(rec.get(key)):
            return f"{where}.{key}: expected text, got {shown(rec.get(key))!r}"
    for key in ("kind", "method"):
        if key in rec and not _text(rec[key]):
            return f"{where}.{key}: expected text, got {shown(rec[key])!r}"
    if "bonuses" in rec and not _bonuses_ok(rec["bonuses"]):
        return f"{where}.bonuses: expected multipliers from 0.5 to 2.0 by stat"
    return record_problem(where, rec)     # a fight's facts (issue 16), checked there


def _bonuses_ok(bonuses: object) -> bool:
    return isinstance(bonuses, dict) and all(
        k in STATS and isinstance(v, int | float) and not isinstance(v, bool) and 0.5 <= v <= 2.0
        for k, v in bonuses.items())


def validate(doc: dict[str, Any]) -> list[str]:
    """What a save must hold to be resumed (the rest of the game reads nothing else)."""
    out = []
    if doc.get("format") != FORMAT:
        out.append(f"format: expected {FORMAT}")
    if not _is_int(doc.get("index"), 0):
        out.append("index: expected a whole number from 0")
    if not isinstance(doc.get("branch", ""), str):
        out.append("branch: expected a chapter id")
    chapters = doc.get("chapters", [])
    if not isinstance(chapters, list):
        out.append("chapters: expected a list of tables")
    else:
        out += [p for p in (_record_problem(k, r) for k, r in enumerate(chapters)) if p][:1]
    if not _bonuses_ok(doc.get("bonuses", {})):
        out.append("bonuses: expected multipliers from 0.5 to 2.0 by stat")
    if doc.get("difficulty", "normal") not in ("easy", "normal", "hard", "champion"):
        out.append("difficulty: expected easy, normal, hard or champion")
    for key in ("play_all", "hold_to_act", "over"):
        if not isinstance(doc.get(key, False), bool):
            out.append(f"{key}: expected true or false")
    return out
