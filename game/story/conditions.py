"""Conditions on what happened in a story fight: the `when` and `claims` tables of levels/.

Why one small language for both: a route picks the card after a fight `when` the result
matches, a line or page is shown only `when` its facts hold, and a card `claims` the facts its
words assert. `--check-levels` compares the three, which only works if they are written and
evaluated the same way. Pure: no TOML reading, no pygame; the facts are a `FightReport`.

Syntax (every key optional; all keys given must hold; an empty table always holds):

    when = { outcome = ["loss"], method = ["ko", "tko"], round = "3..13",
             cut = true, crowd = ">= 0.3" }

- `outcome`: `win`, `loss` or `towel` (one, or a list of them).
- `method`: `ko`, `tko`, `decision` or `draw` (one, or a list).
- `round`: the round the fight ended in (in a fight's own lines: the round being fought) —
  a whole number, a list of them, a range `"3..13"` or a comparison `">= 14"`.
- `cut`: true / false — the report's `cut_opened` (whether the opponent's cut opened).
- `crowd`: the meter at the start of round 14 (`crowd_at_14`, -1 all for the opponent ... +1
  all for the player) — a number, a range `"0..1"` or a comparison `"> 0"`.
- `crowd_end`: the meter when the fight ended (`crowd_at_end`), written like `crowd`: what a
  card about the hall at the finish ("the hall cheers") speaks of.

A fact the report does not know (None: no cut in the fight's script, no round 14 reached)
satisfies no test of it: a line about the cut is never shown when there was no cut to see.
"""

from __future__ import annotations

import math
import operator
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .report import METHODS, FightReport

CONDITION_OUTCOMES = ("win", "loss", "towel")
KEYS = ("outcome", "method", "round", "cut", "crowd", "crowd_end")
OPS: dict[str, Callable[[float, float], bool]] = {
    ">=": operator.ge, "<=": operator.le, "!=": operator.ne, "==": operator.eq,
    ">": operator.gt, "<": operator.lt}
RANGE = ".."


class ConditionError(ValueError):
    """A condition table that does not follow the syntax above; the message says why."""


@dataclass(frozen=True, slots=True)
class NumberTest:
    """A test of one number: any of `values`, or every (op, bound) in `bounds`."""

    values: tuple[float, ...] = ()
    bounds: tuple[tuple[str, float], ...] = ()

    def holds(self, x: float | None) -> bool:
        if x is None:
            return False
        if self.values:
            return any(math.isclose(x, v) for v in self.values)
        return all(OPS[op](x, bound) for op, bound in self.bounds)

    def thresholds(self) -> tuple[float, ...]:
        """The numbers where the test can change its answer (for enumerating outcomes)."""
        return self.values + tuple(b for _, b in self.bounds)

    def __str__(self) -> str:
        if self.values:
            return "[" + ", ".join(f"{v:g}" for v in self.values) + "]"
        return " and ".join(f"{op} {b:g}" for op, b in self.bounds)


@dataclass(frozen=True, slots=True)
class Condition:
    """A parsed `when`/`claims` table; None fields are not tested."""

    outcome: frozenset[str] | None = None
    method: frozenset[str] | None = None
    round: NumberTest | None = None
    cut: bool | None = None
    crowd: NumberTest | None = None
    crowd_end: NumberTest | None = None

    def keys(self) -> tuple[str, ...]:
        return tuple(k for k in KEYS if getattr(self, k) is not None)

    def failing(self, facts: FightReport) -> tuple[str, ...]:
        """The keys whose test the facts fail (empty: the condition holds)."""
        checks = {
            "outcome": lambda: facts.outcome in self.outcome,   # type: ignore[operator]
            "method": lambda: facts.method in self.method,      # type: ignore[operator]
            "round": lambda: self.round.holds(facts.round),     # type: ignore[union-attr]
            "cut": lambda: facts.cut_opened is not None and facts.cut_opened == self.cut,
            "crowd": lambda: self.crowd.holds(facts.crowd_at_14),  # type: ignore[union-attr]
            "crowd_end": lambda: self.crowd_end.holds(  # type: ignore[union-attr]
                facts.crowd_at_end),
        }
        return tuple(k for k in self.keys() if not checks[k]())

    def holds(self, facts: FightReport) -> bool:
        return not self.failing(facts)

    def describe(self, key: str) -> str:
        """One key as written, for messages (`method = ko, tko`)."""
        value = getattr(self, key)
        if isinstance(value, frozenset):
            return f"{key} = " + ", ".join(sorted(value))
        if isinstance(value, bool):
            return f"{key} = {str(value).lower()}"
        return f"{key} {value}" if not getattr(value, "values", ()) else f"{key} = {value}"


ALWAYS = Condition()


def describe_facts(facts: FightReport) -> str:
    """An outcome in words, for messages: `loss by decision in round 3, cut, crowd 0.4`."""
    parts = [f"{facts.outcome} by {facts.method} in round {facts.round}"]
    if facts.cut_opened is not None:
        parts.append("cut opened" if facts.cut_opened else "no cut")
    if facts.crowd_at_14 is not None:
        parts.append(f"crowd at 14 {facts.crowd_at_14:+.2f}")
    if facts.crowd_at_end is not None:
        parts.append(f"crowd at the end {facts.crowd_at_end:+.2f}")
    return ", ".join(parts)


def _words(key: str, value: Any, options: tuple[str, ...]) -> frozenset[str]:
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not items or not all(
            isinstance(v, str) and v in options for v in items):
        raise ConditionError(f"{key}: one or a list of " + ", ".join(options))
    return frozenset(items)


def _is_number(v: Any) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v)


def _comparison(text: str) -> tuple[tuple[str, float], ...]:
    """`">= 0.3"` → ((">=", 0.3),); `"3..13"` → ((">=", 3), ("<=", 13))."""
    text = text.strip()
    if RANGE in text:
        lo, _, hi = text.partition(RANGE)
        return ((">=", float(lo)), ("<=", float(hi)))
    for op in OPS:   # two-character operators first (dict order)
        if text.startswith(op):
            return ((op, float(text[len(op):])),)
    raise ValueError(text)


def number_test(key: str, value: Any) -> NumberTest:
    """A number, a list of numbers, a range "a..b" or a comparison like ">= 0.3"."""
    if _is_number(value):
        return NumberTest(values=(float(value),))
    if isinstance(value, list) and value and all(_is_number(v) for v in value):
        return NumberTest(values=tuple(float(v) for v in value))
    if isinstance(value, str):
        try:
            bounds = _comparison(value)
        except ValueError:
            bounds = ()
        if bounds and all(math.isfinite(b) for _, b in bounds):
            return NumberTest(bounds=bounds)
    raise ConditionError(f"{key}: a number, a list of numbers, a range like "
                         "\"3..13\" or a comparison like \">= 0.3\"")


def parse_condition(table: Any) -> Condition:
    """A `when`/`claims` table as written in TOML; raises ConditionError naming the key."""
    if not isinstance(table, dict):
        raise ConditionError("a table like { method = [\"ko\"], round = [2] }")
    unknown = [k for k in table if k not in KEYS]
    if unknown:
        raise ConditionError(f"{unknown[0]}: no such fact; allowed: " + ", ".join(KEYS))
    cut = table.get("cut")
    if cut is not None and not isinstance(cut, bool):
        raise ConditionError("cut: true or false")
    return Condition(
        outcome=_words("outcome", table["outcome"], CONDITION_OUTCOMES)
        if "outcome" in table else None,
        method=_words("method", table["method"], METHODS) if "method" in table else None,
        round=number_test("round", table["round"]) if "round" in table else None,
        cut=cut,
        crowd=number_test("crowd", table["crowd"]) if "crowd" in table else None,
        crowd_end=number_test("crowd_end", table["crowd_end"]) if "crowd_end" in table
        else None)
