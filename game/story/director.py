"""The director of a story fight: each round's beat applied at its bell, each objective
scored, the scripted finish staged, and the facts of the fight kept for its `FightReport`.

Why a bout rule (like StoryRules, game/story/script.py): the film's shape — Drago holding
back then turning, a montage nobody can be stopped in, a knockout possible only in the 15th —
comes from the same hooks wherever the bout runs (the story scene, a replay, the sweep, a
test's plain Bout), so it is real behaviour of the fight and never a result written down.
The beats only turn the sim's knobs (`Match.damage_scale`, `Match.guarded`, the round's
clock, `Match.stop` for a scripted finish) and the script's (restraint, nerve); the boxing
decides how well each round goes. Pure: no pygame, no clock, no randomness.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from game.bout.rules import Rule
from game.sim.actions import command
from game.sim.states import State
from game.sim.view import TICKS_PER_SECOND, MatchView

from .model import Fight, RoundBeat
from .report import FightReport, ObjectiveResult
from .script import OPPONENT, PLAYER, StoryRules

if TYPE_CHECKING:
    from game.bout import Bout
    from game.sim.match import Match

SIDES = ("p1", "p2")
DOWN_STATES = ("down", "ko")
# the scripted finish ("combination"): the opponent walks in and throws this, one punch every
# COMBO_EVERY ticks, with FINISH_DAMAGE times his power, while the player's hands hang; the
# first knockdown ends the fight at once (no count); FINISH_MAX ticks end it whatever lands
COMBO = ("hook", "hook", "uppercut", "hook", "uppercut")
COMBO_EVERY = 14
COMBO_PRESS = 3
COMBO_REACH_M = 1.0
FINISH_DAMAGE = 4.0
FINISH_MAX = 200
# what a counting objective counts to when its beat gives no `target`
TARGETS = {"body_work": 4, "land_clean": 8, "survive_flurry": 4, "back_him_up": 30}
ROPES_M = 1.2               # back_him_up: the opponent this close to the ropes behind him


@dataclass
class RoundTally:
    """What happened in one round, as the objectives measure it (from the views)."""

    beat: RoundBeat
    knockdowns: int = 0          # the player's, this round
    opp_knockdowns: int = 0
    body_landed: int = 0         # the player's clean body punches
    landed: int = 0              # the player's clean punches
    blocked: int = 0             # punches the player blocked
    fight_ticks: int = 0
    on_ropes: int = 0            # ticks the opponent spent near the ropes behind him
    health_start: float = 0.0
    health_min: float = 0.0
    cut_start: int = 0
    crowd_start: float = 0.0

    def see(self, view: MatchView, half_width: float) -> None:
        for ev in view.events:
            kind, side = ev.kind, ev.side
            if kind == "hit" and side == "p2":
                self.landed += 1
                self.body_landed += ev.target == "body"
            elif kind == "block" and side == "p1":
                self.blocked += 1
            elif kind == "knockdown":
                if side == "p1":
                    self.knockdowns += 1
                else:
                    self.opp_knockdowns += 1
        if view.phase == "fight":
            self.fight_ticks += 1
            opp = view.fighters[OPPONENT]
            if half_width + opp.x_m * opp.facing < ROPES_M:
                self.on_ropes += 1
        self.health_min = min(self.health_min, view.fighters[PLAYER].health)


def _count_stars(count: int, target: int) -> int:
    """Met at the target; a second star at half again, a third at double."""
    if count < target:
        return 0
    return 1 + (count * 2 >= target * 3) + (count >= target * 2)


def score(tally: RoundTally, match: Match, ended_standing: bool) -> int:
    """0..3 stars for the round's objective (0 = missed), from what the round did."""
    kind, beat = tally.beat.objective, tally.beat
    target = beat.target or TARGETS.get(kind, 1)
    you = match.fighters[PLAYER]
    if kind == "stay_standing":
        return max(1, 3 - tally.knockdowns) if ended_standing else 0
    if kind == "win_round":
        return _round_stars(match, tally)
    if kind == "make_him_bleed":
        cut = match.fighters[OPPONENT].cut - tally.cut_start
        return 0 if cut <= 0 else 1 + (cut >= 2) + (tally.knockdowns == 0)
    if kind in ("body_work", "land_clean"):
        return _count_stars(tally.body_landed if kind == "body_work" else tally.landed, target)
    if kind == "survive_flurry":
        if tally.knockdowns or not ended_standing:
            return 0
        lost = tally.health_start - tally.health_min
        return 1 + (tally.blocked >= target) + (lost < 0.25 * you.data.health_max)
    if kind == "back_him_up":
        share = 100 * tally.on_ropes // max(1, tally.fight_ticks)
        return _count_stars(share, target)
    if kind == "finish_it":
        won = match.over and match.winner == "p1" and match.method in ("KO", "TKO")
        return 3 if won and tally.knockdowns == 0 else (2 if won else 0)
    return 0


def _round_stars(match: Match, tally: RoundTally) -> int:
    """win_round: won on most cards; a star more for every card, and for the crowd."""
    if not match.cards.rounds:
        return 0
    cards = match.cards.rounds[-1]
    won = sum(1 for p1, p2 in cards if p1 > p2)
    if won < 2:
        return 0
    return 1 + (won == len(cards)) + (match.crowd > tally.crowd_start + 0.05)


@dataclass(eq=False)
class Director(Rule):
    """Applies the chapter's round beats over a bout and keeps the fight's facts."""

    fight: Fight
    script: StoryRules | None = None
    rounds_played: list[int] = field(default_factory=list)
    rounds_montage: list[int] = field(default_factory=list)
    bells: dict[int, int] = field(default_factory=dict)    # round -> the tick of its bell
    crowd_at_14: float | None = None
    objectives: list[ObjectiveResult] = field(default_factory=list)
    stars: int = 0
    tally: RoundTally | None = None
    finishing: int = 0                # ticks into the scripted finish (0: not on)
    finished: bool = False            # the scripted finish has ended the fight
    beat: RoundBeat | None = None     # the round now on (None: a plain round)

    # --- the bell ---------------------------------------------------------------------------
    def round_start(self, bout: Bout, round_no: int) -> None:
        match = bout.match
        self.bells[round_no] = match.tick
        self.rounds_played.append(round_no)
        self.beat = self.fight.beat(round_no)
        beat = self.beat or RoundBeat(round_no)
        match.damage_scale = [beat.damage[PLAYER], beat.damage[OPPONENT]]
        match.guarded = ["player" in beat.no_stoppage, "opponent" in beat.no_stoppage]
        match.health_floor = [beat.health_floor * f.data.health_max if guarded else 0.0
                              for f, guarded in zip(match.fighters, match.guarded, strict=True)]
        script = self.script
        if script is not None:
            if beat.restraint is not None:
                script.restraint = beat.restraint
            if beat.confidence is not None:
                script.confidence = beat.confidence
            script.steady(bout)
        if beat.montage:   # short, unless ALL ROUNDS made it full length (Fight.full_length)
            self.rounds_montage.append(round_no)
            if beat.seconds:
                match.clock = min(match.clock, round(beat.seconds * TICKS_PER_SECOND))
        if round_no == 14:
            self.crowd_at_14 = match.crowd
        you = match.fighters[PLAYER]
        self.tally = RoundTally(beat, health_start=you.health, health_min=you.health,
                                cut_start=match.fighters[OPPONENT].cut,
                                crowd_start=match.crowd)

    def round_end(self, bout: Bout, round_no: int) -> None:
        """Score the objective; each star earned sways the crowd and costs the opponent
        nerve as the beat says."""
        match = bout.match
        stars = self._close(match)
        beat = self.fight.beat(round_no)
        if beat is None or not stars:
            return
        match.crowd = min(1.0, match.crowd + beat.crowd * stars)
        if self.script is not None:
            self.script.confidence = max(0.0, self.script.confidence - beat.nerve * stars)
            self.script.steady(bout)

    def _close(self, match: Match) -> int:
        """The current round's objective result, kept once; its stars (0 when none)."""
        tally, self.tally = self.tally, None
        if tally is None or not tally.beat.objective:
            return 0
        standing = match.fighters[PLAYER].state not in DOWN_STATES and match.winner != "p2"
        stars = score(tally, match, standing)
        self.objectives.append(ObjectiveResult(tally.beat.round, tally.beat.objective,
                                               "met" if stars else "missed", stars))
        self.stars += stars
        if self.script is not None:
            self.script.stars = self.stars
        return stars

    # --- every tick -------------------------------------------------------------------------
    def after_tick(self, bout: Bout, view: MatchView) -> None:
        match = bout.match
        if self.tally is not None:
            self.tally.see(view, match.setup.ring_half_width)
            if match.over:      # stopped inside the round: its objective is scored now
                self._close(match)
        if self.finishing:
            self._finish_tick(match, view)
        elif not match.over and self._finish_due(view):
            self.finishing = 1
            match.damage_scale[OPPONENT] = FINISH_DAMAGE
            match.guarded[PLAYER] = False
            match.health_floor[PLAYER] = 0.0

    def _finish_due(self, view: MatchView) -> bool:
        """A round with a scripted finish ends in it: once the player is back up from a
        knockdown in it, or at the beat's `finish_at` share of the round at the latest."""
        beat = self.beat
        if beat is None or not beat.finish or view.phase != "fight":
            return False
        you = view.fighters[PLAYER]
        if you.knockdowns_round and you.state not in ("down", "ko", "getup"):
            return True
        done = 1.0 - view.clock_ticks_left / max(1, view.round_ticks)
        return done >= beat.finish_at

    def _finish_tick(self, match: Match, view: MatchView) -> None:
        self.finishing += 1
        floored = any(ev.kind == "knockdown" and ev.side == "p1" for ev in view.events)
        if floored or self.finishing >= FINISH_MAX or match.phase != "fight":
            you = match.fighters[PLAYER]
            if you.state not in ("down", "ko"):
                you.set_state(State.DOWN)   # he falls where he stands
            match.stop("p2", "KO", "finish")
            self.finishing = 0
            self.finished = True

    def filter_command(self, side: int, cmd: int, view: MatchView) -> int:
        """During the scripted finish the player's hands hang and the opponent throws the
        combination (a replay's commands were filtered when recorded)."""
        if not self.finishing:
            return cmd
        if side == PLAYER:
            return 0
        gap = abs(view.fighters[0].x_m - view.fighters[1].x_m)
        slot, within = divmod(self.finishing, COMBO_EVERY)
        if within < COMBO_PRESS and gap <= COMBO_REACH_M + 0.6:
            return command(COMBO[slot % len(COMBO)])
        return command("forward") if gap > COMBO_REACH_M else 0

    # --- the record -------------------------------------------------------------------------
    def report(self, match: Match, outcome: str) -> FightReport:
        """The facts of the fight, from the player's side, once it is over."""
        if self.tally is not None:
            self._close(match)
        script = self.script
        cut = None
        if script is not None and script.cut_event() is not None:
            cut = script.cut_opened
        method = (match.method or "").lower()
        return FightReport(outcome, method, match.round, list(self.rounds_played),
                           list(self.rounds_montage), cut, self.crowd_at_14,
                           list(self.objectives), crowd_at_end=match.crowd)


def story_rules(fight: Fight, seed: int) -> list[Rule]:
    """The rules a story chapter adds to its bout: the script, then its director (whose bell
    hook runs after the script's, so a beat's restraint or nerve overrides the events')."""
    script = StoryRules(fight, seed)
    return [script, Director(fight, script)]
