"""The rules a story fight adds to a plain match: one Bout rule (game/bout/rules.py).

Why here and not in the simulation: these are the story's (the showboat's reward, Drago
holding back and then pressing, his nerve draining, when a cut may open, the Moscow crowd
turning); they read the match's view and nudge the same numbers the sim already uses, so the
fight itself stays the ordinary, tested match. They work on a Bout without any pygame.

Why a rule of the bout: the bout calls its hooks at the same points of every tick wherever it
runs (the story scene, the highlight reel, a replay of the fight), so a story replay re-runs
the script exactly; the rules' only randomness (the restraint) is in the recorded commands,
and the bout does not filter recorded commands again.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from game.bout.rules import Rule
from game.sim.actions import PUNCH_MASK
from game.sim.view import MatchView

from .model import SCENE_EVENTS, Fight, FightEvent

if TYPE_CHECKING:
    from game.bout import Bout

PLAYER, OPPONENT = 0, 1
CUT_SHAKE = 0.12          # the opponent's nerve lost when his cut opens
MAX_NOTICES = 8           # kept for a scene to show; a replay, which shows none, drops older


@dataclass
class Notice:
    """Something the scene should show or play because of a rule."""

    text: str = ""
    cue: str = ""


@dataclass(eq=False)
class StoryRules(Rule):
    """The chapter's script over a bout: restraint, nerve, taunt reward, cut, crowd."""

    fight: Fight
    seed: int = 0
    confidence: float = 1.0
    drain: float = 0.0
    restraint: float = 0.0
    cut_opened: bool = False
    cut_reacted: bool = False
    crowd_mark: int = 0               # which third the crowd was in (-1, 0, 1), for sounds
    stars: int = 0                    # objective stars earned so far (the director's count)
    notices: list[Notice] = field(default_factory=list)
    rng: random.Random = field(default_factory=random.Random)
    _round_seen: int = 0

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

    def notify(self, notice: Notice) -> None:
        self.notices.append(notice)
        del self.notices[:-MAX_NOTICES]

    # --- at the start and the end of each round --------------------------------------------
    def round_start(self, bout: Bout, round_no: int) -> None:
        """Settings that hold from this round on (restraint, nerve, crowd floor); the
        opponent's brain hears his nerve at once."""
        self._round_seen = round_no
        match = bout.match
        cpu = self.latest("cpu", round_no)
        if cpu is not None:
            self.restraint = cpu.value
            if cpu.round == round_no and cpu.confidence is not None:
                self.confidence = cpu.confidence
        conf = self.latest("confidence", round_no)
        self.drain = conf.value if conf is not None else 0.0
        for e in self.fight.events:
            if e.kind == "crowd" and e.round == round_no and not match.over \
                    and self.stars >= e.stars:   # the hall turns only if he has earned it
                match.crowd = max(match.crowd, e.value)
                if e.lines:
                    self.notify(Notice(e.lines[0].text, "crowd_cheer"))
            if e.kind == "manager" and e.round == round_no and e.confidence is not None:
                self.confidence = e.confidence
        self.steady(bout)

    def round_end(self, bout: Bout, round_no: int) -> None:
        """Nerve drains each round the player ends on his feet."""
        if bout.match.fighters[PLAYER].state not in ("down", "ko") and not bout.match.over:
            self.confidence = max(0.0, self.confidence - self.drain)
        self.steady(bout)

    # --- every tick ------------------------------------------------------------------------
    def filter_command(self, side: int, cmd: int, view: MatchView) -> int:
        return self.filter_opponent(cmd) if side == OPPONENT else cmd

    def filter_opponent(self, cmd: int) -> int:
        """Restraint: the opponent lets some punches go unthrown (Drago studying his man)."""
        if self.restraint > 0 and cmd & PUNCH_MASK and self.rng.random() < self.restraint:
            return cmd & ~PUNCH_MASK
        return cmd

    def after_tick(self, bout: Bout, view: MatchView) -> None:
        """Taunt rewards, the cut window and its reaction, crowd sounds."""
        match = bout.match
        taunt = self.latest("taunt_bonus", view.round)
        you = match.fighters[PLAYER]
        for ev in view.events:
            if ev.kind == "taunt" and ev.side == "p1" and taunt is not None:
                you.stamina = min(you.data.stamina_max,
                                  you.stamina + taunt.value * you.data.stamina_max)
                match.crowd = min(1.0, match.crowd + taunt.crowd)
                self.notify(Notice("THE CROWD LOVES IT!", "crowd_cheer"))
            elif ev.kind == "cut" and ev.side == "p2" and self.cut_window(view):
                if not self.cut_opened:
                    self.cut_opened = True
                    self.confidence = max(0.0, self.confidence - CUT_SHAKE)
                    cut = self.cut_event()
                    if cut is not None and cut.lines:
                        self.notify(Notice(cut.lines[0].text, "crowd_cheer"))
        if self.cut_event() is not None and not self.cut_window(view):
            match.fighters[OPPONENT].cut = 0   # not yet: the first real cut comes later
        mark = _third(match.crowd)
        if mark != self.crowd_mark:
            self.notify(Notice("", "crowd_cheer" if mark > self.crowd_mark else "crowd_boo"))
            self.crowd_mark = mark
        self.steady(bout)

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

    def steady(self, bout: Bout) -> None:
        """The opponent's brain (when a brain boxes him) gets the nerve the script says."""
        self.apply_confidence(getattr(bout.sources[OPPONENT], "brain", None))

    def apply_confidence(self, brain: object) -> None:
        if brain is not None and hasattr(brain, "confidence"):
            brain.confidence = self.confidence  # type: ignore[attr-defined]


def _third(crowd: float) -> int:
    return -1 if crowd < -0.33 else (1 if crowd > 0.33 else 0)
