"""`--check-levels`: no card, page or line can contradict how a story fight really ended.

Why enumerate: a fight's result is a small space (outcome × method × round × cut × crowd),
and what can happen follows from the fight's own data (its rounds, the three-knockdown rule,
the towel choices, the cut's round, the crowd floor). Walking every reachable result through
the same `route()` the game uses, and testing the chosen chapter's `claims`, catches the card
about the fall being shown after a decision before anybody plays it.

`reachable()` is the one place that knows what a fight's data allows; a new rule that
forbids an ending (a round where nobody can be stopped) belongs in `_may_end()`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from .conditions import Condition, ConditionError, describe_facts, parse_condition
from .model import Chapter, Fight, FightEvent, Story
from .report import FightReport
from .routing import CROWD_ROUND, route, visible

CROWD_GRID = tuple(k / 10 for k in range(-10, 11))   # the meter sampled every 0.1
END_GRID = (-1.0, -0.5, 0.0, 0.5, 1.0)                 # ...coarser at the end (and bounds)
EPS = 1e-6                                             # either side of a condition's bound
MID_FIGHT_KEYS = ("round", "cut", "crowd")             # facts a line in the fight can know
Ending = tuple[str, str, int]                          # (outcome, method, round)


# --- what a fight's data allows ------------------------------------------------------------
STOPPED = {"win": "opponent", "loss": "player"}     # whose stoppage an outcome is


def _beat(fight: Fight, round_no: int) -> object | None:
    """The round's beat (`[[round]]`, the director's data) when the fight has them."""
    beat = getattr(fight, "beat", None)
    return beat(round_no) if callable(beat) else None


def finish_round(fight: Fight) -> int | None:
    """The first round with a scripted finish: the fight ends in it, by the opponent's
    knockout, unless it ended before."""
    return next((r for r in range(1, fight.rounds + 1)
                 if getattr(_beat(fight, r), "finish", "")), None)


def _may_end(fight: Fight, round_no: int, method: str, outcome: str) -> bool:
    """Whether the fight may end this way in this round: not after a scripted finish, by
    the judges only after a last round no finish comes before, by a stoppage only of a man
    the round's beat does not guard (`no_stoppage`) — except the finish itself."""
    finish = finish_round(fight)
    last = finish or fight.rounds
    if not 1 <= round_no <= last:
        return False
    if method in ("decision", "draw"):
        return finish is None and round_no == fight.rounds
    if outcome == "loss" and method == "ko" and round_no == finish:
        return True
    guarded = getattr(_beat(fight, round_no), "no_stoppage", ())
    return STOPPED.get(outcome, "") not in guarded


def _endings(fight: Fight) -> Iterator[Ending]:
    """How and when the fight can end: stoppages in any round, the towel where the corner is
    asked (a break, or a knockdown in the round), the judges after the last round (a draw
    counts as a loss)."""
    stoppages = ("ko", "tko") if fight.three_knockdown_tko else ("ko",)
    for rnd in range(1, fight.rounds + 1):
        for outcome in ("win", "loss"):
            for method in stoppages:
                if _may_end(fight, rnd, method, outcome):
                    yield outcome, method, rnd
    for e in fight.events:
        if e.kind == "towel_choice" and _may_end(fight, e.round, "tko", "towel"):
            yield "towel", "tko", e.round
    last = fight.rounds
    for outcome, method in (("win", "decision"), ("loss", "decision"), ("loss", "draw")):
        if _may_end(fight, last, method, outcome):
            yield outcome, method, last


def _cut_event(fight: Fight) -> FightEvent | None:
    return next((e for e in fight.events if e.kind == "cut"), None)


def cuts(fight: Fight, round_no: int) -> tuple[bool | None, ...]:
    """Whether the cut can have opened by the end of `round_no` (None: no cut in the script)."""
    cut = _cut_event(fight)
    if cut is None:
        return (None,)
    return (False,) if round_no < cut.round else (False, True)


def crowd_floor(fight: Fight) -> float:
    """The lowest the meter can read at round 14's bell: a `crowd` event up to then lifts it
    (the player is standing, or the fight would be over) — unless it asks for objective
    stars first (`stars`), which a player may not have earned."""
    floors = [e.value for e in fight.events if e.kind == "crowd" and e.round <= CROWD_ROUND
              and not getattr(e, "stars", 0)]
    return max(floors, default=-1.0)


def crowds(fight: Fight, round_no: int, bounds: tuple[float, ...] = ()) -> tuple[float | None,
                                                                             ...]:
    """The crowd at 14 a fight that reached `round_no` can report: None before round 14,
    else the meter sampled from its floor to +1, with each condition's bound either side."""
    if fight.rounds < CROWD_ROUND or round_no < CROWD_ROUND:
        return (None,)
    return _sampled(CROWD_GRID, bounds, crowd_floor(fight))


def crowds_at_end(bounds: tuple[float, ...] = ()) -> tuple[float, ...]:
    """The meter when the fight ends: anywhere (nothing in a fight's data holds it), sampled
    coarsely and at each condition's bound."""
    return _sampled(END_GRID, bounds, -1.0)


def _sampled(grid: tuple[float, ...], bounds: tuple[float, ...], lo: float) -> tuple[float,
                                                                                      ...]:
    points = set(grid) | {b + d for b in bounds for d in (-EPS, 0.0, EPS)}
    return tuple(sorted(p for p in points if lo <= p <= 1.0))


def reachable(fight: Fight, bounds: tuple[float, ...] = ()) -> list[FightReport]:
    """Every result the fight's data allows, as reports (`bounds`: crowd values that a
    condition tests, sampled exactly and either side)."""
    out = []
    ends = crowds_at_end(bounds)
    for outcome, method, rnd in dict.fromkeys(_endings(fight)):
        for cut in cuts(fight, rnd):
            for crowd in crowds(fight, rnd, bounds):
                out += [FightReport(outcome, method, rnd, cut_opened=cut, crowd_at_14=crowd,
                                    crowd_at_end=end) for end in ends]
    return out


# --- which chapters a result shows ---------------------------------------------------------
def after_fight(story: Story, fight: Fight, facts: FightReport) -> list[tuple[Chapter, str]]:
    """The chapters shown with these facts (each with the field that led there): the routed
    chapter, then the order up to the next fight unless the routed chapter ended the story."""
    out: list[tuple[Chapter, str]] = []
    rt = route(fight.routes, facts)
    if rt is not None:
        out += _chain(story, rt.chapter, f"{fight.file.name}: {rt.where}")
        if any(getattr(ch, "ending", None) for ch, _ in out):
            return out
    if fight.id in story.order:
        for cid in story.order[story.order.index(fight.id) + 1:]:
            ch = story.chapters[cid]
            if isinstance(ch, Fight):
                break
            out.append((ch, f"story.toml: order (after {fight.id})"))
    return out


def _chain(story: Story, cid: str, via: str) -> list[tuple[Chapter, str]]:
    """A chapter and the ones its `then` plays right after it (a staged scene's chain)."""
    out: list[tuple[Chapter, str]] = []
    seen: set[str] = set()
    while cid and cid in story.chapters and cid not in seen:
        seen.add(cid)
        ch = story.chapters[cid]
        out.append((ch, via))
        via = f"{ch.file.name}: then"
        cid = getattr(ch, "then", "")
    return out


def claims_of(ch: Chapter) -> Condition | None:
    """A chapter's claims as a condition: a card's are parsed by the loader, a staged
    scene's come as the table written (checked in `_claims_syntax`)."""
    claims = getattr(ch, "claims", None)
    if isinstance(claims, dict):
        try:
            return parse_condition(claims)
        except ConditionError:
            return None
    return claims


def _claims_syntax(story: Story, found: _Findings) -> None:
    for ch in story.chapters.values():
        claims = getattr(ch, "claims", None)
        if not isinstance(claims, dict):
            continue
        try:
            parse_condition(claims)
        except ConditionError as exc:
            fact, sep, why = str(exc).partition(": ")
            field_ = f"claims.{fact}" if sep and fact.isidentifier() else "claims"
            found.add((ch.file.name, "claims"),
                      f"{ch.file.name}: {field_}: expected {why if sep else exc}")


def _bounds(story: Story) -> tuple[float, ...]:
    conds: list[Condition | None] = [claims_of(c) for c in story.chapters.values()]
    for ch in story.chapters.values():
        conds += [rt.when for rt in getattr(ch, "routes", ())]
        conds += [p.when for p in getattr(ch, "pages", ())]
    tests = [t for c in conds if c is not None for t in (c.crowd, c.crowd_end) if t]
    return tuple(sorted({b for t in tests for b in t.thresholds()}))


# --- the check -----------------------------------------------------------------------------
@dataclass
class _Findings:
    errors: dict[tuple[str, str], str] = field(default_factory=dict)   # first per file+field
    shown: set[tuple[str, int]] = field(default_factory=set)           # pages seen shown
    reached: set[str] = field(default_factory=set)

    def add(self, where: tuple[str, str], message: str) -> None:
        self.errors.setdefault(where, message)


def _check_chapter(ch: Chapter, facts: FightReport, via: str, found: _Findings) -> None:
    name = ch.file.name
    found.reached.add(ch.id)
    claims = claims_of(ch)
    for key in claims.failing(facts) if claims is not None else ():
        found.add((name, f"claims.{key}"),
                  f"{name}: claims.{key}: the words say {claims.describe(key)}, but the "
                  f"chapter is reached after {describe_facts(facts)} ({via})")
    pages = getattr(ch, "pages", ())
    shown = visible(pages, facts)
    found.shown.update((ch.id, pages.index(p)) for p in shown)
    if pages and not shown:
        found.add((name, "pages"), f"{name}: pages: expected at least one page shown after "
                                   f"{describe_facts(facts)} ({via}); every page's when fails")


def _check_unreached(story: Story, found: _Findings) -> None:
    """A chapter of the order that no fight's result reaches comes before any fight: there
    are no facts for its claims or its pages' `when`. A page whose `when` never holds after
    a result that does reach its chapter is a mistake. (A chapter nothing leads to is never
    shown, and not checked.)"""
    for ch in story.chapters.values():
        if ch.id not in found.reached:
            if ch.id in story.order:
                _before_any_fight(ch, found)
            continue
        for i, p in enumerate(getattr(ch, "pages", ())):
            if p.when is not None and (ch.id, i) not in found.shown:
                found.add((ch.file.name, f"pages[{i}].when"),
                          f"{ch.file.name}: pages[{i}].when: never holds (no result that "
                          "reaches this chapter meets it)")


def _before_any_fight(ch: Chapter, found: _Findings) -> None:
    name = ch.file.name
    claims = claims_of(ch)
    if claims is not None and claims.keys():
        found.add((name, "claims"), f"{name}: claims: expected no claims on a chapter shown "
                                    "before any fight (there is no result yet)")
    for i, p in enumerate(getattr(ch, "pages", ())):
        if p.when is not None:
            found.add((name, f"pages[{i}].when"), f"{name}: pages[{i}].when: expected no "
                      "condition on a page shown before any fight (there is no result yet)")


def _line_facts(fight: Fight, e: FightEvent, bounds: tuple[float, ...]) -> list[FightReport]:
    """What a line of this event can know while the fight goes on: the round, the cut so far
    (a `start` event comes before its round's punches), the crowd from round 14."""
    cut_so_far = cuts(fight, e.round if e.at != "start" else e.round - 1)
    return [FightReport("", "", e.round, cut_opened=c, crowd_at_14=w)
            for c in cut_so_far for w in crowds(fight, e.round, bounds)]


def _check_lines(fight: Fight, bounds: tuple[float, ...], found: _Findings) -> None:
    name = fight.file.name
    for i, e in enumerate(fight.events):
        for j, ln in enumerate(e.lines):
            if ln.when is None:
                continue
            where = f"events[{i}].lines[{j}].when"
            late = [k for k in ln.when.keys() if k not in MID_FIGHT_KEYS]
            if late:
                found.add((name, f"{where}.{late[0]}"),
                          f"{name}: {where}.{late[0]}: expected a fact known during the fight "
                          f"({', '.join(MID_FIGHT_KEYS)}); the {late[0]} comes at its end")
            elif not any(ln.when.holds(f) for f in _line_facts(fight, e, bounds)):
                found.add((name, where), f"{name}: {where}: never holds in round {e.round} "
                                         f"({e.at}) of this fight")


def check_claims(story: Story) -> list[str]:
    """Every contradiction between the words and a result a fight can reach."""
    found = _Findings()
    _claims_syntax(story, found)
    bounds = _bounds(story)
    for fight in story.chapters.values():
        if not isinstance(fight, Fight):
            continue
        _check_lines(fight, bounds, found)
        for facts in reachable(fight, bounds):
            if fight.routes and route(fight.routes, facts) is None:
                found.add((fight.file.name, "outcomes"),
                          f"{fight.file.name}: outcomes: expected a route for every result the "
                          f"fight can reach; none for {describe_facts(facts)}")
            for ch, via in after_fight(story, fight, facts):
                _check_chapter(ch, facts, via, found)
    _check_unreached(story, found)
    return list(found.errors.values())
