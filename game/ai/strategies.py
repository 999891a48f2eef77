"""Scripted players for the gauntlet: the things a player will try against the CPU.

Why scripts: "no button-mashing beats the champion" is a claim about what players do, so the
gauntlet fights the CPU with small, readable players: single-button spammers (the floor of
what players find), a masher, a runner, a turtle, and a human-like boxer who sees the other
man 15-20 ticks late and boxes well (the game must reward him). Each is a class over the
`MatchView` with `command(view) -> int`, like a CPU brain; add one by subclassing `Scripted`
and listing it in `STRATEGIES`.

The spammers react on the very tick (no human delay): they are the floor, not the ceiling.
"""

from __future__ import annotations

import random
from collections import deque
from dataclasses import dataclass

from game.ai.brain import punch_reach
from game.ai.chance import pick
from game.sim.actions import ACTIONS, BIT, command
from game.sim.view import Event, FighterView, MatchView

BUSY = ("attack", "hitstun", "blockstun")
REACH_PAD_M = 0.2      # a punch is worth throwing this far beyond the fist's reach


class Scripted:
    """A scripted player on one side. Subclasses decide `fight(view, me, opp)`; this base
    handles the count (mash to get up), the pauses between rounds and the key presses."""

    label = ""

    def __init__(self, side: str, seed: int) -> None:
        self.side = side
        self.me = 0 if side == "p1" else 1
        self.rng = random.Random(seed * 7_919 + (3 if side == "p1" else 5))
        self.last = 0
        self._reach: dict[tuple[str, str], float] = {}

    def command(self, view: MatchView) -> int:
        me = view.fighters[self.me]
        if view.phase == "knockdown" and me.state == "down":
            cmd = command("jab") & ~self.last   # mash to get up
        elif view.phase != "fight":
            cmd = 0
        else:
            cmd = self.fight(view, me, view.fighters[1 - self.me])
        self.last = cmd
        return cmd

    def fight(self, view: MatchView, me: FighterView, opp: FighterView) -> int:
        raise NotImplementedError

    # --- helpers -------------------------------------------------------------------------
    def reach(self, fighter_id: str, move: str) -> float:
        key = (fighter_id, move)
        if key not in self._reach:
            self._reach[key] = punch_reach(fighter_id, move) + REACH_PAD_M
        return self._reach[key]

    def press(self, name: str) -> int:
        """Press `name` now if it was not held last tick (a held key is not a new press)."""
        bit = BIT[name]
        return 0 if self.last & bit else bit


class Spam(Scripted):
    """Presses one punch whenever it would be accepted, walking in when out of range and,
    with `guard`, holding the guard between punches."""

    move = "jab"
    guard = False
    walk = True

    def fight(self, view: MatchView, me: FighterView, opp: FighterView) -> int:
        dist = abs(opp.x_m - me.x_m)
        if dist > self.reach(me.id, self.move):
            return command("forward") if self.walk else (command("guard") if self.guard else 0)
        cmd = self.press(self.move)
        if self.guard and me.state not in BUSY:
            cmd |= BIT["guard"]
        return cmd


class JabSpam(Spam):
    label = "walk in and press jab whenever it is accepted"


class BodySpam(Spam):
    label = "the same with body blows"
    move = "body"


class HookSpam(Spam):
    label = "the same with hooks"
    move = "hook"


class UppercutSpam(Spam):
    label = "the same with uppercuts"
    move = "uppercut"


class JabGuard(Spam):
    label = "jab whenever accepted, guard up in between"
    guard = True


class BodyGuard(Spam):
    label = "body blows whenever accepted, guard up in between"
    move = "body"
    guard = True


class Mash(Scripted):
    label = "random mashing of every button"

    def fight(self, view: MatchView, me: FighterView, opp: FighterView) -> int:
        cmd = 0
        for name in ACTIONS:
            if self.rng.random() < 0.3:
                cmd |= BIT[name]
        return cmd


class DuckUppercut(Scripted):
    label = "duck, then uppercut, over and over"
    duck_ticks = 20

    def __init__(self, side: str, seed: int) -> None:
        super().__init__(side, seed)
        self.ducked = 0

    def fight(self, view: MatchView, me: FighterView, opp: FighterView) -> int:
        dist = abs(opp.x_m - me.x_m)
        if dist > self.reach(me.id, "uppercut"):
            self.ducked = 0
            return command("forward")
        if me.state in BUSY:
            return 0
        self.ducked += 1
        if self.ducked < self.duck_ticks:
            return command("duck")
        self.ducked = 0
        return self.press("uppercut")


class Turtle(Scripted):
    label = "hold guard and do nothing"

    def fight(self, view: MatchView, me: FighterView, opp: FighterView) -> int:
        return command("guard")


class Runner(Scripted):
    label = "run away (hold back)"

    def fight(self, view: MatchView, me: FighterView, opp: FighterView) -> int:
        return command("back")


class Ducker(Scripted):
    label = "duck forever"

    def fight(self, view: MatchView, me: FighterView, opp: FighterView) -> int:
        return command("duck")


class BlockCounter(Scripted):
    """Guard up and wait; the instant a punch is blocked, hit back (hook in range, else jab)."""

    label = "guard, and counter only after blocking"

    def __init__(self, side: str, seed: int) -> None:
        super().__init__(side, seed)
        self.counter = ""

    def fight(self, view: MatchView, me: FighterView, opp: FighterView) -> int:
        if any(e.kind == "block" and e.side == self.side for e in view.events):
            dist = abs(opp.x_m - me.x_m)
            self.counter = "hook" if dist <= self.reach(me.id, "hook") else "jab"
        if self.counter:
            cmd = self.press(self.counter)   # buffered through the blockstun
            if me.state == "attack":
                self.counter = ""
            return cmd
        return command("guard") if me.state != "attack" else 0


@dataclass
class Seen:
    """What the boxer saw `delay` ticks ago: the other man and that tick's events."""

    opp: FighterView
    events: tuple[Event, ...]


class Boxer(Scripted):
    """A human-like good boxer: he sees the other man 15-20 ticks late (a human's reaction),
    works behind the jab at the end of his range, goes to the body when the guard is high and
    upstairs when it drops, covers when he sees a punch coming, counters after a blocked or
    missed punch, and steps out to get his breath back rather than punching tired."""

    label = "human-like good boxer (sees 15-20 ticks late)"

    def __init__(self, side: str, seed: int) -> None:
        super().__init__(side, seed)
        self.delay = 15 + self.rng.randrange(6)
        self.seen: deque[Seen] = deque(maxlen=self.delay + 1)
        self.plan = ""
        self.plan_ticks = 0
        self.queue: list[str] = []
        self.counter_for = -1
        self.paced_until = 0     # he throws again from this tick (a good boxer paces himself)

    def command(self, view: MatchView) -> int:
        self.seen.append(Seen(view.fighters[1 - self.me], view.events))
        return super().command(view)

    def _set(self, plan: str, ticks: int) -> None:
        self.plan, self.plan_ticks = plan, ticks

    def fight(self, view: MatchView, me: FighterView, opp_now: FighterView) -> int:
        old = self.seen[0]
        opp = old.opp
        dist = abs(opp_now.x_m - me.x_m)   # where a man stands is easy to see
        if me.state == "attack":
            if self.queue and me.move_phase == "recovery":
                return self.press(self.queue.pop(0))
            return 0
        if me.state in ("hitstun", "blockstun"):
            self.queue.clear()
            if me.state == "blockstun":
                return command("guard")
            return 0
        counter = self._counter(old, opp, me, dist)
        if counter:
            return counter
        defend = self._defend(opp, dist)
        if defend:
            return defend
        if self.plan_ticks > 0:
            self.plan_ticks -= 1
            return {"out": command("back"), "cover": command("guard"),
                    "in": command("forward")}.get(self.plan, 0)
        return self._offence(me, opp, dist, view.tick)

    def _counter(self, old: Seen, opp: FighterView, me: FighterView, dist: float) -> int:
        """Saw a punch of his blocked or missed: hit him while he recovers."""
        blocked = any(e.kind in ("block", "whiff") and (e.side == self.side) == (e.kind == "block")
                      for e in old.events)
        if not blocked or opp.punches_thrown == self.counter_for:
            return 0
        self.counter_for = opp.punches_thrown
        if dist <= self.reach(me.id, "hook"):
            self.queue = ["body" if opp.state == "guard" else "jab"]
            return self.press("hook")
        if dist <= self.reach(me.id, "jab"):
            return self.press("jab")
        return 0

    def _defend(self, opp: FighterView, dist: float) -> int:
        """A punch coming (as he saw it): cover the right height or step out of range."""
        if opp.state != "attack" or opp.move_phase not in ("startup", "active") or dist > 1.7:
            return 0
        if opp.move == "body":
            return command("duck", "guard")
        return command("guard")

    def _offence(self, me: FighterView, opp: FighterView, dist: float, view_tick: int) -> int:
        rng = self.rng
        jab_r = self.reach(me.id, "jab")
        if me.stamina < 0.35 * me.stamina_max:
            self._set("out" if dist < jab_r + 0.3 else "cover", 20)
            return command("back")
        if dist > jab_r:
            return command("forward")
        if view_tick < self.paced_until:
            return command("guard")   # between his punches: hands up, looks, lets him lead
        self.paced_until = view_tick + 8 + rng.randrange(32)   # no beat for him to read
        weights = {"jab": 3.0}
        if dist <= self.reach(me.id, "hook"):
            weights["hook"] = 1.5
        if dist <= self.reach(me.id, "body"):
            weights["body"] = 1.5
        if opp.state in ("guard", "blockstun") and "body" in weights:
            weights["body"] = 6.0   # the body brings the guard down
        if opp.state in ("low_guard", "duck"):
            weights.pop("body", None)
            weights["hook"] = weights.get("hook", 0.0) + 4.0   # and over a low one, the head
        first = pick(rng, weights)
        follow = {"jab": "hook", "body": "hook", "hook": "body"}[first]
        self.queue = [follow] if dist <= self.reach(me.id, follow) and rng.random() < 0.35 \
            else []
        if rng.random() < 0.4:
            self._set("out", 8 + rng.randrange(10))   # hit and move
        return self.press(first)


STRATEGIES: dict[str, type[Scripted]] = {
    "jab": JabSpam, "body": BodySpam, "hook": HookSpam, "uppercut": UppercutSpam,
    "jab_guard": JabGuard, "body_guard": BodyGuard, "mash": Mash,
    "duck_uppercut": DuckUppercut, "guard": Turtle, "run": Runner, "duck": Ducker,
    "counter": BlockCounter, "boxer": Boxer,
}
# the rows of the fight-depth issue's table, then the four it asks for beside them
DEFAULT_STRATEGIES = ("jab", "body", "hook", "mash", "duck_uppercut", "guard", "run", "duck",
                      "counter", "boxer")
# strategies that press one punch button (the done-when's "single-button" family)
SINGLE_BUTTON = ("jab", "body", "hook", "uppercut", "jab_guard", "body_guard", "duck_uppercut")
