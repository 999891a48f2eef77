"""The rules a story fight adds to a plain match, applied between ticks.

Why here and not in the simulation: these are the story's (the showboat's reward, Drago
holding back and then pressing, his nerve draining, when a cut may open, the Moscow crowd
turning); they read the match's view and nudge the same numbers the sim already uses, so the
fight itself stays the ordinary, tested match. They work on a Match without any pygame.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from game.sim.actions import PUNCH_MASK
from game.sim.match import Match
from game.sim.view import MatchView

from .model import SCENE_EVENTS, Fight, FightEvent

PLAYER, OPPONENT = 0, 1
CUT_SHAKE = 0.12          # the opponent's nerve lost when his cut opens


@dataclass
class Notice:
    """Something the scene should show or play because of a rule."""

    text: str = ""
    cue: str = ""


@dataclass
class FightRules:
    fight: Fight
    seed: int = 0
    confidence: float = 1.0
    drain: float = 0.0
    restraint: float = 0.0
    cut_opened: bool = False
    cut_reacted: bool = False
    crowd_mark: int = 0               # which third the crowd was in (-1, 0, 1), for sounds
    notices: list[Notice] = field(default_factory=list)
    rng: random.Random = field(default_factory=random.Random)
    _round_seen: int = 0
    _last_view: MatchView | None = None

    def __post_init__(self) -> None:
        self.rng = random.Random(self.seed * 31 + 5)
        self.crowd_mark = _third(self.fight.crowd_start)

    def events(self, kind: str, upto: int) -> list[FightEvent]:
        return [e for e in self.fight.events if e.kind == kind and e.round <= upto]

    def latest(self, kind: str, round_no: int) -> FightEvent | None:
        found = self.events(kind, round_no)
        return found[-1] if found else None

    def scenes_at(self, round_no: int, at: str) -> list[FightEvent]:
        return [e for e in self.fight.events
                if e.kind in SCENE_EVENTS and e.round == round_no and e.at == at]

    # --- at the start of each round ------------------------------------------------------
    def start_round(self, match: Match, round_no: int) -> None:
        """Settings that hold from this round on (restraint, nerve, crowd floor)."""
        self._round_seen = round_no
        cpu = self.latest("cpu", round_no)
        if cpu is not None:
            self.restraint = cpu.value
            if cpu.round == round_no and cpu.confidence is not None:
                self.confidence = cpu.confidence
        conf = self.latest("confidence", round_no)
        self.drain = conf.value if conf is not None else 0.0
        for e in self.fight.events:
            if e.kind == "crowd" and e.round == round_no and not match.over:
                match.crowd = max(match.crowd, e.value)
                if e.lines:
                    self.notices.append(Notice(e.lines[0].text, "crowd_cheer"))
            if e.kind == "manager" and e.round == round_no and e.confidence is not None:
                self.confidence = e.confidence

    # --- every tick ------------------------------------------------------------------------
    def filter_opponent(self, cmd: int) -> int:
        """Restraint: the opponent lets some punches go unthrown (Drago studying his man)."""
        if self.restraint > 0 and cmd & PUNCH_MASK and self.rng.random() < self.restraint:
            return cmd & ~PUNCH_MASK
        return cmd

    def after_tick(self, match: Match, view: MatchView) -> None:
        """Taunt rewards, the cut window and its reaction, nerve at the bell, crowd sounds.

        Once per view: a scene that holds the picture (KO freeze, slow motion, a pad
        reconnecting) passes the same view again, and its events must not count twice; this
        also keeps a replay's re-run of the script exact whatever the scene paced."""
        if view is self._last_view:
            return
        self._last_view = view
        taunt = self.latest("taunt_bonus", view.round)
        you = match.fighters[PLAYER]
        for ev in view.events:
            if ev.kind == "taunt" and ev.side == "p1" and taunt is not None:
                you.stamina = min(you.data.stamina_max,
                                  you.stamina + taunt.value * you.data.stamina_max)
                match.crowd = min(1.0, match.crowd + taunt.crowd)
                self.notices.append(Notice("THE CROWD LOVES IT!", "crowd_cheer"))
            elif ev.kind in ("bell_end", "bell_final"):
                if you.state not in ("down", "ko") and not match.over:
                    self.confidence = max(0.0, self.confidence - self.drain)
            elif ev.kind == "cut" and ev.side == "p2" and self.cut_window(view):
                if not self.cut_opened:
                    self.cut_opened = True
                    self.confidence = max(0.0, self.confidence - CUT_SHAKE)
                    cut = self.cut_event()
                    if cut is not None and cut.lines:
                        self.notices.append(Notice(cut.lines[0].text, "crowd_cheer"))
        if self.cut_event() is not None and not self.cut_window(view):
            match.fighters[OPPONENT].cut = 0   # not yet: the first real cut comes later
        mark = _third(match.crowd)
        if mark != self.crowd_mark:
            self.notices.append(Notice("", "crowd_cheer" if mark > self.crowd_mark
                                       else "crowd_boo"))
            self.crowd_mark = mark

    def cut_event(self) -> FightEvent | None:
        return next((e for e in self.fight.events if e.kind == "cut"), None)

    def cut_window(self, view: MatchView) -> bool:
        """Whether the opponent's first cut may open now (from `after` of its round on)."""
        cut = self.cut_event()
        if cut is None:
            return False
        if view.round > cut.round:
            return True
        done = 1.0 - view.clock_ticks_left / max(1, view.round_ticks)
        return view.round == cut.round and done >= cut.after

    def apply_confidence(self, brain: object) -> None:
        if brain is not None and hasattr(brain, "confidence"):
            brain.confidence = self.confidence  # type: ignore[attr-defined]


def _third(crowd: float) -> int:
    return -1 if crowd < -0.33 else (1 if crowd > 0.33 else 0)


class ScriptPlayback:
    """A story fight's script re-run over a replay, and the player's recorded decisions.

    Why re-run rather than record the nudges: the rules are deterministic given the match
    (their only randomness, the restraint, is already in the recorded commands), so the same
    hooks at the same ticks give the same fight; only decisions (the towel) are data. The
    order mirrors StoryFightScene: `begin` before tick 0, then each update `before_update`
    (decisions taken after the last tick), the fight's update, `after_update`."""

    def __init__(self, fight: Fight | None, seed: int,
                 decisions: tuple[tuple[int, str, str], ...] = ()) -> None:
        self.rules = FightRules(fight, seed) if fight is not None else None
        self.decisions = list(decisions)
        self._next = 0

    def begin(self, match: Match) -> None:
        if self.rules is not None:
            self.rules.start_round(match, 1)

    def before_update(self, match: Match) -> bool:
        """Apply the decisions taken after the match's current tick; True if any was."""
        applied = False
        while self._next < len(self.decisions) and self.decisions[self._next][0] <= match.tick:
            _, kind, side = self.decisions[self._next]
            self._next += 1
            if kind == "towel":
                match.throw_towel(side)
                applied = True
        return applied

    def after_update(self, match: Match, view: MatchView) -> None:
        rules = self.rules
        if rules is None:
            return
        rules.after_tick(match, view)
        for ev in view.events:
            if ev.kind == "bell_start" and ev.value > 1:
                rules.start_round(match, ev.value)
        rules.notices.clear()
