"""Rules a bout adds around the plain match: hooks the bout calls at fixed points of a tick.

Why hooks and not subclasses of the scene: the same rules must run wherever the bout runs
(the fight screen, the highlight reel, a replay), in the same order, so the story's script,
a CPU holding a punch to rise, the gym's endless clock and a replay's recorded towel are
objects handed to the bout, never code a scene has to call at the right moment.

The order of one `Bout.advance` (see game/bout/core.py):
  1. `before_tick(bout)`: decisions due now (a replay's recorded towel)
  2. each side's command; a live one through every rule's `filter_command`
  3. the match steps; the view after the tick is made
  4. `after_tick(bout, view)`, then for the view's bells `round_start(bout, n)` (rounds after
     the first) and `round_end(bout, n)`
Round 1's `round_start` runs when the bout is made, before the first tick.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from game.sim.actions import command

if TYPE_CHECKING:
    from game.sim.view import MatchView

    from .core import Bout

TOWEL = "towel"


class Rule:
    """A rule with every hook doing nothing; a rule overrides the hooks it needs (the bout
    calls only those, so an unused hook costs nothing per tick)."""

    def before_tick(self, bout: Bout) -> None:
        """Between ticks, before the commands: decisions due now."""

    def filter_command(self, side: int, cmd: int, view: MatchView) -> int:
        """A live source's command for `side` (0 or 1), as the rule lets it through."""
        return cmd

    def after_tick(self, bout: Bout, view: MatchView) -> None:
        """After each tick, with the view it made (which this rule may not rebuild)."""

    def round_start(self, bout: Bout, round_no: int) -> None:
        """A round's first bell (round 1: when the bout is made)."""

    def round_end(self, bout: Bout, round_no: int) -> None:
        """The bell that ends a round (`bell_end`, or `bell_final` after the last)."""


class RecordedDecisions(Rule):
    """A replay's decisions (the towel), taken again after the same match ticks.

    Why a rule: in the live fight the player decides between ticks and the scene calls
    `Bout.decide`; playing back, this rule calls it at the recorded tick, so both go through
    the same code and the playback's recorder writes the same decisions again."""

    def __init__(self, decisions: tuple[tuple[int, str, str], ...]) -> None:
        self.decisions = tuple(decisions)
        self._next = 0

    def before_tick(self, bout: Bout) -> None:
        tick = bout.match.tick
        while self._next < len(self.decisions) and self.decisions[self._next][0] <= tick:
            _, kind, side = self.decisions[self._next]
            self._next += 1
            bout.decide(kind, side)


class HoldToRise(Rule):
    """A CPU boxer in a hold-to-rise fight: on the canvas he holds a punch instead of mashing.

    Why: the simulation's hold-to-rise is one rule for the match, and under it a mashed press
    counts as a short hold; without this the CPU side could hardly get up (about the same
    rise speed as its normal mash, see game/ai/skill.py). The brain still chooses every tick
    (its memory runs on), only what it holds while down is replaced."""

    HOLD = command("jab")

    def __init__(self, sides: tuple[int, ...]) -> None:
        self.sides = tuple(sides)

    def filter_command(self, side: int, cmd: int, view: MatchView) -> int:
        if side in self.sides and view.fighters[side].state == "down":
            return self.HOLD
        return cmd
