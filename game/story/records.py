"""A fight chapter's record (result JSON `story.chapters[]`, the save) and back to facts.

Why here: the record is written by the run, saved as TOML, read back from an older save that
lacks the new fields, checked before a save is resumed, and turned back into the facts a card
after the fight is chosen and filtered by. One module keeps those five views of it in step.
"""

from __future__ import annotations

import math
from typing import Any

from .report import METHODS, OBJECTIVE_RESULTS, FightReport

# the fields a fight chapter's record carries beyond id/kind/outcome/bonuses
FIGHT_FIELDS = ("method", "round", "rounds_played", "rounds_montage", "cut_opened",
                "crowd_at_14", "objectives", "card", "crowd_at_end")


def fight_record(report: FightReport) -> dict[str, Any]:
    """The report's fields for the chapter record; an unknown round (0) is written null."""
    doc = report.record()
    doc["round"] = report.round or None
    return doc


def upgraded(rec: dict[str, Any]) -> dict[str, Any]:
    """A fight record from an older save (or with None values a TOML save dropped) with every
    field present: unknown facts null, no rounds listed, no card; the method lower case."""
    out = dict(rec)
    out["method"] = str(rec["method"]).lower() if rec.get("method") else None
    if rec.get("kind") != "fight":
        return out
    for key, empty in (("round", None), ("rounds_played", []), ("rounds_montage", []),
                       ("cut_opened", None), ("crowd_at_14", None), ("objectives", []),
                       ("card", ""), ("crowd_at_end", None)):
        out.setdefault(key, empty)
    return out


def facts_of(rec: dict[str, Any]) -> FightReport:
    """The facts a record states, for conditions (an unknown round is 0, matching none)."""
    return FightReport(str(rec.get("outcome", "")), str(rec.get("method") or "").lower(),
                       int(rec.get("round") or 0), cut_opened=rec.get("cut_opened"),
                       crowd_at_14=rec.get("crowd_at_14"), crowd_at_end=rec.get("crowd_at_end"))


def _rounds_ok(v: object) -> bool:
    return isinstance(v, list) and all(isinstance(n, int) and not isinstance(n, bool)
                                       and 1 <= n <= 15 for n in v)


def _meter_ok(v: object) -> bool:
    return (isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v)
            and -1.0 <= v <= 1.0)


def _objective_ok(o: object) -> bool:
    return (isinstance(o, dict) and isinstance(o.get("id"), str)
            and o.get("result") in OBJECTIVE_RESULTS and isinstance(o.get("round"), int))


CHECKS = {
    "round": (lambda v: isinstance(v, int) and not isinstance(v, bool) and 1 <= v <= 15,
              "a round from 1 to 15"),
    "rounds_played": (_rounds_ok, "a list of rounds"),
    "rounds_montage": (_rounds_ok, "a list of rounds"),
    "cut_opened": (lambda v: isinstance(v, bool), "true or false"),
    "crowd_at_14": (_meter_ok, "a number from -1 to 1"),
    "crowd_at_end": (_meter_ok, "a number from -1 to 1"),
    "objectives": (lambda v: isinstance(v, list) and all(map(_objective_ok, v)),
                   "a list of {round, id, result = met|missed}"),
    "card": (lambda v: isinstance(v, str) and len(v) <= 80, "a chapter id"),
}


def record_problem(where: str, rec: dict[str, Any]) -> str:
    """What is wrong with a saved record's fight fields ("" when nothing is); absent fields
    are fine (older saves)."""
    for key, (ok, expected) in CHECKS.items():
        if key in rec and not ok(rec[key]):
            return f"{where}.{key}: expected {expected}"
    method = rec.get("method")
    if rec.get("kind") == "fight" and method and str(method).lower() not in METHODS:
        return f"{where}.method: expected one of " + ", ".join(METHODS)
    return ""
