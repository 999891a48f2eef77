"""The bout: the one place a match is stepped.

Why one owner: a tick is "both sides' commands, filtered by the rules, recorded, stepped, then
the rules' after-tick and round hooks" — in that order, every time. The fight screen, the
story's highlight reel, replays, the tournament, the scout, the benchmark and the
reference-image tool all call `advance`, so none of them can drift from the others, and a
replay (replay sources and the same rules) gives the same fight by construction.

Pure: no pygame, no clock. Pacing (a KO's slow motion, a paused replay, a story's dialogue
holding the fight) belongs to whoever calls `advance`; the bout only knows ticks.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from game.sim.match import Match, MatchSetup

from .rules import TOWEL, Rule

if TYPE_CHECKING:
    from game.replay import ReplayRecorder
    from game.sim.view import MatchView

    from .sources import CommandSource

ROUND_ENDS = ("bell_end", "bell_final")


def _overriding(rules: list, hook: str) -> list:
    """The rules whose `hook` does something (not the base class's no-op)."""
    base = getattr(Rule, hook)
    return [r for r in rules if getattr(type(r), hook, base) is not base]


class Bout:
    """A match, its two command sources, its rules and (optionally) its recorder."""

    def __init__(self, setup: MatchSetup, sources: Iterable[CommandSource],
                 rules: Iterable[Rule] = (), recorder: ReplayRecorder | None = None) -> None:
        self.match = Match(setup)
        self.sources: list[CommandSource] = list(sources)
        if len(self.sources) != 2:
            raise ValueError(f"a bout has two sides, got {len(self.sources)} sources")
        self.rules = list(rules)
        self.recorder = recorder
        self.view: MatchView = self.match.view()
        self._before = _overriding(self.rules, "before_tick")
        self._filters = _overriding(self.rules, "filter_command")
        self._after = _overriding(self.rules, "after_tick")
        self._starts = _overriding(self.rules, "round_start")
        self._ends = _overriding(self.rules, "round_end")
        self._hooked = bool(self._after or self._starts or self._ends)
        for rule in self._starts:
            rule.round_start(self, 1)

    def advance(self) -> MatchView:
        """One tick; returns the view after it (also `self.view`)."""
        if self._before:
            for rule in self._before:
                rule.before_tick(self)
        view = self.view
        first, second = self.sources
        # (each source's `command` read as an attribute, then called: a brain's is its own
        # bound method, held on the source, which a method call's look-up cannot specialise)
        command = first.command
        c1 = command(view)
        command = second.command
        c2 = command(view)
        if self._filters:
            c1, c2 = self._filtered(c1, c2, view)
        if self.recorder is not None:
            self.recorder.add(c1, c2)
        match = self.match
        match.step(c1, c2)
        self.view = view = match.view()
        if self._hooked:
            self._after_tick(view)
        return view

    def _filtered(self, c1: int, c2: int, view: MatchView) -> tuple[int, int]:
        cmds = [c1, c2]
        for side, source in enumerate(self.sources):
            if source.live:
                for rule in self._filters:
                    cmds[side] = rule.filter_command(side, cmds[side], view)
        return cmds[0], cmds[1]

    def _after_tick(self, view: MatchView) -> None:
        for rule in self._after:
            rule.after_tick(self, view)
        for ev in view.events:
            if ev.kind == "bell_start" and ev.value > 1:
                for rule in self._starts:
                    rule.round_start(self, ev.value)
            elif ev.kind in ROUND_ENDS:
                for rule in self._ends:
                    rule.round_end(self, ev.value)

    def decide(self, kind: str, side: str) -> None:
        """A decision taken between ticks (the towel): recorded after this tick, applied now.

        Why through the bout: a replay's `RecordedDecisions` calls this too, at the same tick,
        so the live fight and its playback take the same path."""
        if kind != TOWEL:
            raise ValueError(f"unknown decision {kind!r}")
        if self.recorder is not None:
            self.recorder.decide(self.match.tick, kind, side)
        self.match.throw_towel(side)
        self.view = self.match.view()
