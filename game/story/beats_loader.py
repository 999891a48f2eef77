"""Reads a fight chapter's `[[round]]` tables: each round's beat (objective, damage, guards,
montage, a scripted finish), checked field by field like the rest of the chapter.

Why a module of its own: the beats are the director's data (game/story/director.py), with a
schema of their own; the chapter loader (loader.py) only hands over the chapter's table and
gets frozen `RoundBeat`s back, every problem named `file: round[i].field: expected ...`.
(`[[round]]`, not `[[rounds]]`: `rounds` is already the chapter's number of rounds.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .model import FINISHES, OBJECTIVES, STOPPABLE, RoundBeat

if TYPE_CHECKING:
    from .loader import Reader

FIELDS = ("round", "objective", "objective_text", "target", "damage", "restraint",
          "confidence", "no_stoppage", "health_floor", "montage", "seconds", "finish",
          "finish_at", "crowd", "nerve")
DAMAGE_RANGE = (0.1, 5.0)


def _damage(b: Reader) -> tuple[float, float]:
    lo, hi = DAMAGE_RANGE

    def ok(v: Any) -> bool:
        return isinstance(v, list) and len(v) == 2 and all(
            isinstance(x, int | float) and not isinstance(x, bool) and lo <= x <= hi for x in v)
    value = b.get("damage", ok, f"two numbers from {lo:g} to {hi:g} (the player's punches, "
                  "the opponent's)", [1.0, 1.0])
    return float(value[0]), float(value[1])


def _no_stoppage(b: Reader) -> tuple[str, ...]:
    value = b.get("no_stoppage", lambda v: isinstance(v, list) and all(
        x in STOPPABLE for x in v), "a list of " + " / ".join(STOPPABLE), [])
    return tuple(value or ())


def _objective(b: Reader) -> tuple[str, str]:
    objective = b.choice("objective", OBJECTIVES, "") or ""
    text = b.text("objective_text", "", limit=40) or ""
    if objective and not text:
        b.error("objective_text", "the words shown at the bell for this objective (missing)")
    if text and not objective:
        b.error("objective", "an objective for the objective_text (missing)")
    return objective, text


def _montage(b: Reader) -> tuple[bool, float]:
    montage = bool(b.flag("montage", False))
    seconds = b.number("seconds", 3.0, 600.0, 0.0) or 0.0
    if montage and not seconds:
        b.error("seconds", "a montage round's length in seconds, 3 to 600 (missing)")
    if seconds and not montage:
        b.error("seconds", "no such field for a round that is not a montage round")
    return montage, seconds


def _beat(b: Reader, rounds: int, seen: set[int]) -> RoundBeat | None:
    b.unknown(FIELDS)
    rnd = b.integer("round", 1, rounds)
    if rnd in seen:
        b.error("round", "each round at most once in [[round]]", rnd)
    objective, text = _objective(b)
    montage, seconds = _montage(b)
    beat = RoundBeat(
        rnd or 1, objective, text, b.integer("target", 0, 999, 0) or 0, _damage(b),
        b.number("restraint", 0.0, 1.0, None), b.number("confidence", 0.0, 1.0, None),
        _no_stoppage(b), b.number("health_floor", 0.0, 0.9, 0.0) or 0.0, montage, seconds,
        b.choice("finish", FINISHES, "") or "",
        b.number("finish_at", 0.05, 1.0, 0.75) or 0.75, b.number("crowd", 0.0, 0.5, 0.0) or 0.0,
        b.number("nerve", 0.0, 0.5, 0.0) or 0.0)
    if rnd is None:
        return None
    seen.add(rnd)
    return beat


def read_beats(r: Reader, rounds: int) -> tuple[RoundBeat, ...]:
    """The chapter's `[[round]]` beats in round order (problems go to the reader's errors)."""
    seen: set[int] = set()
    out = [beat for b in r.tables("round", []) if (beat := _beat(b, rounds, seen))]
    return tuple(sorted(out, key=lambda b: b.round))
