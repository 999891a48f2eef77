"""Answering a habit the brain has read: slip it, block it, step outside it, or beat him to it.

Why its own module: the reader (reading.py) says when the other man's next punch is due; what
a man does about it is his style (Apollo steps outside the jab or beats him to it with his own,
Drago walks through it behind a high guard and hooks, Rocky weaves under it and digs to the
body) and how reliably he does it is his skill. An answer is a small plan over a few ticks: be
in the right place at the due tick, then punish the punch while the man recovers from it. It is
only as good as the read: a player who breaks his rhythm makes the CPU guess wrong.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

from game.ai.chance import pick
from game.ai.reading import Read
from game.ai.skill import Skill
from game.ai.styles import Style
from game.ai.tuning import Tuning
from game.sim.actions import command
from game.sim.data import MoveData, RulesData
from game.sim.view import FighterView

COUNTERS = ("jab", "hook", "body", "uppercut")
DEFENCE = {"slip": command("duck"), "block": command("guard"),
           "block_low": command("duck", "guard"), "step": command("back")}


@dataclass(slots=True)
class Answer:
    kind: str            # beat, slip, block, block_low or step
    due: int             # when his punch should start
    punch: str = ""      # beat: the punch thrown to land first
    start_at: int = 0    # beat: when to throw it; the others: when to start the defence
    until: int = 0       # the defence is held until this tick
    punish_by: int = 0   # his punch is over by this tick: a counter must land before


class Answerer:
    """One brain's answers to the reads, deterministic from the brain's generator."""

    def __init__(self, rng: random.Random, skill: Skill, tuning: Tuning,
                 moves: dict[str, MoveData], rules: RulesData,
                 reach: Callable[[str, str], float]) -> None:
        self.rng = rng
        self.rules = rules
        self.skill = skill
        self.t = tuning
        self.moves = moves
        self.reach = reach
        self.current: Answer | None = None
        self.rolled_for = -1          # the due tick he last decided about

    def defence(self) -> int:
        """The guard an answer holds (kept through blockstun), or 0."""
        cur = self.current
        if cur is None or cur.kind not in ("block", "block_low"):
            return 0
        return DEFENCE[cur.kind]

    def command(self, now: int, read: Read | None, me: FighterView, opp: FighterView,
                dist: float, st: Style) -> int:
        """The answer's command this tick, or -1 when there is no answer to give."""
        cur = self.current
        if cur is not None and now > cur.punish_by:
            self.current = cur = None
        if cur is None:
            if read is None or read.due - now > self.t.answer_lookahead \
                    or read.due == self.rolled_for:
                return -1
            self.rolled_for = read.due
            if self.rng.random() >= self.skill.answer:
                return -1
            cur = self.current = self._choose(now, read, me, opp, dist, st)
            if cur is None:
                return -1
        return self._carry_out(now, cur, me, dist, st)

    def _choose(self, now: int, read: Read, me: FighterView, opp: FighterView, dist: float,
                st: Style) -> Answer | None:
        his = self.moves[read.move]
        head = his.target == "head"
        weights = {"beat": st.beat, "block": st.block_read, "step": st.step_out}
        if head and read.move in ("jab", "hook"):
            weights["slip"] = st.slip
        kind = _pick(self.rng, {k: w for k, w in weights.items() if w > 0})
        if kind is None:
            return None
        over = read.due + his.total + self.t.answer_punish_slack
        # his fist must land while he rests or winds up: from free to just before his goes
        first, last = read.due - read.rest, read.due + his.startup - self.t.beat_early
        sure = 2 * read.spread <= last - first
        if kind == "beat" and sure:
            low = read.move == "uppercut" or opp.state in ("duck", "low_guard")
            punch = self._beater(now, (first + last) // 2, me, dist, st, low)
            if punch:
                start = (first + last) // 2 - self.moves[punch].startup
                return Answer("beat", read.due, punch, start, start, start + 1)
        if kind == "slip" and read.spread > self.t.beat_spread:
            kind = "block"    # not sure enough of the moment: the guard covers a longer time
        if kind == "beat":
            kind = "block"
        if kind == "block" and not head:
            kind = "block_low"
        # a blocked punch ties his arm up, a missed one overextends him: longer to punish
        over += self.rules.block_recovery_extra if kind.startswith("block") \
            else self.rules.whiff_recovery_extra
        lead = (self.t.step_lead if kind == "step" else self.t.defence_lead) + read.spread
        return Answer(kind, read.due, "", read.due - lead,
                      read.due + his.startup + his.active + 1 + read.spread, over + read.spread)

    def _beater(self, now: int, land: int, me: FighterView, dist: float, st: Style,
                low: bool) -> str:
        """A punch of his that can land before the other man's does (his taste decides);
        none over the top of a man who is low (an uppercut comes up from a crouch)."""
        fits = {}
        for c in COUNTERS[2:] if low else COUNTERS:
            start = land - self.moves[c].startup
            if start >= now and dist <= self.reach(me.id, c) + self.t.beat_step_m:
                fits[c] = getattr(st, c)
        return _pick(self.rng, fits) or ""

    def _carry_out(self, now: int, cur: Answer, me: FighterView, dist: float,
                   st: Style) -> int:
        if cur.kind == "beat":
            if now >= cur.start_at:
                self.current = None
                return command(cur.punch)
            if dist > self.reach(me.id, cur.punch):
                return command("forward")
            return command("guard")
        if now < cur.start_at:
            return 0   # waiting for it: no punch of his own to be caught in
        if now <= cur.until:
            return DEFENCE[cur.kind]
        fits = {c: getattr(st, c) for c in COUNTERS
                if now + self.moves[c].startup < cur.punish_by
                and dist <= self.reach(me.id, c)}
        self.current = None
        punch = _pick(self.rng, fits)
        if punch is None:
            return -1
        return command(punch)


def _pick(rng: random.Random, weights: dict[str, float]) -> str | None:
    """A weighted draw, or None (and no random number used) when nothing has weight."""
    if sum(weights.values()) <= 0:
        return None
    return pick(rng, weights)
