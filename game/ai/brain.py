"""A CPU boxer: reads only the match view (never the other side's input) and holds keys.

Why a delayed view: a human sees a punch coming a fraction of a second late; the brain looks
at the opponent as he was `reaction` ticks ago, so its blocks and punishes are human-like and
the difficulty is mostly how late it sees and how often it chooses well.
"""

from __future__ import annotations

import random
from collections import deque
from dataclasses import dataclass

from game.sim.actions import command
from game.sim.match import fighter_atlas
from game.sim.view import FighterView, MatchView

DIFFICULTIES = ("easy", "normal", "hard", "champion")


@dataclass(frozen=True, slots=True)
class Skill:
    reaction: int        # ticks late it sees the opponent
    block: float         # chance to guard a punch it sees coming
    punish: float        # chance to punish a whiff it sees
    aggression: float    # how often it throws when in range
    mash_every: int      # ticks between presses when down
    combo: float         # chance to follow a landed punch with another


SKILLS = {
    "easy": Skill(reaction=30, block=0.22, punish=0.10, aggression=0.028, mash_every=10,
                  combo=0.05),
    "normal": Skill(reaction=22, block=0.40, punish=0.30, aggression=0.042, mash_every=7,
                    combo=0.2),
    "hard": Skill(reaction=16, block=0.60, punish=0.55, aggression=0.055, mash_every=5,
                  combo=0.4),
    "champion": Skill(reaction=12, block=0.75, punish=0.75, aggression=0.065, mash_every=4,
                      combo=0.55),
}


def punch_reach(fighter_id: str, move: str) -> float:
    """How far in front of his anchor a fighter's punch reaches, metres (from the atlas)."""
    atlas = fighter_atlas(fighter_id)
    reach = 0.0
    for pose in atlas.punches[move].active:
        fist = atlas.poses[pose].fist
        if fist is not None:
            reach = max(reach, fist[0] + fist[4], fist[2] + fist[4])
    return reach


class CpuBrain:
    """Deterministic given its seed: the same fight views give the same commands."""

    def __init__(self, side: str, difficulty: str, seed: int) -> None:
        if difficulty not in SKILLS:
            raise ValueError(f"unknown difficulty {difficulty!r}; expected one of {DIFFICULTIES}")
        self.side = side
        self.me = 0 if side == "p1" else 1
        self.skill = SKILLS[difficulty]
        self.rng = random.Random(seed * 1_000_003 + (17 if side == "p1" else 29))
        self.history: deque[FighterView] = deque(maxlen=self.skill.reaction + 1)
        self.last = 0
        self.plan = ""          # "guard", "duck", "retreat", "advance", "wait"
        self.plan_ticks = 0
        self.reach: dict[str, float] = {}
        self.mash_tick = 0
        self.combo_rolled = False
        self.combo_now = False

    def _reach(self, fid: str, move: str) -> float:
        key = fid + move
        if key not in self.reach:
            self.reach[key] = punch_reach(fid, move)
        return self.reach[key]

    def command(self, view: MatchView) -> int:
        me = view.fighters[self.me]
        opp_now = view.fighters[1 - self.me]
        self.history.append(opp_now)
        opp = self.history[0]  # as seen `reaction` ticks ago
        cmd = self._decide(view, me, opp)
        # a punch key must be let go before it can be pressed again
        punch_bits = command("jab", "hook", "uppercut", "body", "special", "taunt")
        repeat = cmd & self.last & punch_bits
        cmd &= ~repeat
        self.last = cmd
        return cmd

    def _decide(self, view: MatchView, me: FighterView, opp: FighterView) -> int:
        rng = self.rng
        sk = self.skill
        if view.phase == "knockdown" and me.state == "down":
            self.mash_tick += 1
            jitter = rng.randrange(3)
            return command("jab") if self.mash_tick % (sk.mash_every + jitter) == 0 else 0
        if view.phase != "fight" or me.state not in ("idle", "walk", "guard", "duck",
                                                     "low_guard"):
            self.plan_ticks = max(0, self.plan_ticks - 1)
            if me.state == "attack" and me.move_phase == "recovery":
                if not self.combo_rolled:  # one roll per punch: follow it up or not
                    self.combo_rolled = True
                    self.combo_now = rng.random() < sk.combo * 0.6
                if self.combo_now:
                    self.combo_now = False
                    return command(rng.choice(("jab", "jab", "hook", "body")))
            elif me.state != "attack":
                self.combo_rolled = False
            return command("guard") if self.plan == "guard" and me.state == "blockstun" else 0
        dist = abs(opp.x_m - me.x_m)
        threat = opp.state == "attack" and opp.move_phase in ("startup", "active")
        # keep a defensive plan going for a while
        if self.plan_ticks > 0:
            self.plan_ticks -= 1
            if self.plan == "guard":
                return command("guard")
            if self.plan == "low_guard":
                return command("duck", "guard")
            if self.plan == "duck":
                return command("duck")
            if self.plan == "retreat":
                return command("back", "guard") if rng.random() < 0.3 else command("back")
            if self.plan == "wait":
                return 0
        # see a punch coming: defend
        if threat and dist < 1.6 and rng.random() < sk.block * 0.35:
            if opp.move == "body":
                self._set_plan("low_guard", 16)
            elif opp.move in ("jab", "hook") and rng.random() < 0.3:
                self._set_plan("duck", 14)
            else:
                self._set_plan("guard", 18)
            return self._decide(view, me, opp)
        tired = me.stamina < me.stamina_max * 0.3
        if tired and dist < 1.5 and rng.random() < 0.08:
            self._set_plan("retreat", 30 + rng.randrange(30))
            return command("back")
        jab_r = self._reach(me.id, "jab") + 0.2
        hook_r = self._reach(me.id, "hook") + 0.2
        up_r = self._reach(me.id, "uppercut") + 0.2
        # punish a whiff or a man stuck in recovery
        opp_open = opp.state in ("hitstun",) or (opp.state == "attack"
                                                 and opp.move_phase == "recovery")
        if opp_open and dist <= hook_r and rng.random() < sk.punish * 0.1:
            if me.heart >= me.heart_max and rng.random() < 0.5:
                return command("special")
            if opp.state in ("duck", "low_guard") and dist <= up_r:
                return command("uppercut")
            return command(rng.choice(("hook", "hook", "uppercut", "body")))
        if opp.state in ("duck", "low_guard") and dist <= up_r and rng.random() < sk.punish * 0.2:
            return command("uppercut")
        if dist > jab_r:
            if dist < jab_r + 0.5 and rng.random() < sk.aggression * 0.4:
                return command("forward", "jab")
            return command("forward") if rng.random() < 0.93 else 0
        # in range
        if rng.random() < sk.aggression:
            if me.heart >= me.heart_max and rng.random() < 0.25:
                return command("special")
            choices = ["jab", "jab", "jab"]
            if dist <= hook_r:
                choices += ["hook", "body", "body"]
            if dist <= up_r:
                choices += ["uppercut"]
            if opp.state == "guard":
                choices += ["body", "body"]
            return command(rng.choice(choices))
        roll = rng.random()
        if roll < 0.05 * sk.block:  # expecting something: cover up for a moment
            low = rng.random() < 0.3
            self._set_plan("low_guard" if low else "guard", 12 + rng.randrange(24))
        elif roll < 0.02 + 0.05 * sk.block:
            self._set_plan("guard", 10 + rng.randrange(20))
        elif roll < 0.035 + 0.05 * sk.block:
            self._set_plan("retreat", 12 + rng.randrange(20))
        elif roll < 0.04 + 0.05 * sk.block:
            self._set_plan("wait", 8 + rng.randrange(12))
        elif dist > hook_r * 0.8 and roll < 0.3:
            return command("forward")
        return 0

    def _set_plan(self, plan: str, ticks: int) -> None:
        self.plan = plan
        self.plan_ticks = ticks
