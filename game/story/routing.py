"""Reading `when`, `claims` and `[[outcomes]]` from a chapter file, and routing a result.

Why apart from loader.py: the loader reads the shapes of chapters; this module owns the few
fields that speak about what happened in a fight (the condition syntax is in conditions.py),
so the route taken at run time and the one `--check-levels` follows are the same function.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .conditions import Condition, ConditionError, parse_condition
from .model import OUTCOMES, Line, Route
from .report import FightReport

if TYPE_CHECKING:
    from .loader import Reader

CROWD_ROUND = 14     # `crowd` in a condition is the meter at this round's bell (crowd_at_14)


def read_condition(r: Reader, key: str) -> Condition | None:
    """The `when`/`claims` table at `key` (None when absent); a bad one is reported as
    `file: prefix.key.fact: expected ...`."""
    if key not in r.table:
        return None
    try:
        return parse_condition(r.table[key])
    except ConditionError as exc:
        fact, sep, why = str(exc).partition(": ")
        if sep and fact.isidentifier():
            r.error(f"{key}.{fact}", why)
        else:
            r.error(key, str(exc))
        return None


def _old_routes(table: dict[str, Any], r: Reader) -> tuple[Route, ...]:
    """The first form, `[outcomes]` win/loss/towel = chapter: a towel with no branch of its
    own is a loss like any other."""
    out = []
    for outcome in ("towel", "win", "loss"):
        target = table.get(outcome)
        if target is None:
            continue
        if not isinstance(target, str):
            r.error(f"outcomes.{outcome}", "a chapter id", target)
            continue
        also = ("towel",) if outcome == "loss" and "towel" not in table else ()
        out.append(Route(Condition(outcome=frozenset((outcome,) + also)), target,
                         f"outcomes.{outcome}"))
    for key in table:
        if key not in OUTCOMES:
            r.error(f"outcomes.{key}", "no such outcome; allowed: " + ", ".join(OUTCOMES))
    return tuple(out)


def read_routes(r: Reader) -> tuple[Route, ...]:
    """`[[outcomes]]` (each `when` + `chapter`, first match wins) or the older table."""
    value = r.table.get("outcomes")
    if value is None:
        return ()
    if isinstance(value, dict):
        return _old_routes(value, r)
    out = []
    for t in r.tables("outcomes"):
        t.unknown(("when", "chapter"))
        when = read_condition(t, "when")
        chapter = t.text("chapter", limit=80)
        if chapter:
            out.append(Route(when or Condition(), chapter, f"{t.prefix}chapter"))
    return tuple(out)


def route(routes: tuple[Route, ...], facts: FightReport) -> Route | None:
    """The first route whose `when` holds for the facts (None: the story goes on in order)."""
    return next((rt for rt in routes if rt.when.holds(facts)), None)


def visible(items: tuple, facts: FightReport | None) -> tuple:
    """The lines or pages whose `when` holds (those without one always show); with no facts
    (no fight played yet) only the unconditional ones."""
    return tuple(x for x in items if x.when is None
                 or (facts is not None and x.when.holds(facts)))


def lines_now(lines: tuple[Line, ...], round_no: int, cut_opened: bool | None,
              crowd: float) -> tuple[Line, ...]:
    """A fight event's lines as the fight stands: its round, the cut so far (None: no cut in
    the script), the crowd once round 14 has come (`crowd_at_14`'s round)."""
    so_far = FightReport("", "", round_no, cut_opened=cut_opened,
                         crowd_at_14=crowd if round_no >= CROWD_ROUND else None)
    return visible(lines, so_far)
