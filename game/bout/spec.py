"""What a fight is, before it starts: a frozen `FightSpec`.

Why frozen and complete: everything that decides how a fight goes (the men, the venue, the
rounds and their length, the seed, the bonuses and the match rules in `setup`; the CPU
difficulties; the mode; the story chapter whose script runs; who boxes each side; a replay's
commands) is here and nowhere else, so `game.scenes.build.build(ctx, spec)` makes the same
fight every time: a rematch and a restart are the spec built again, and a replay's setup doc
is written from it.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import TYPE_CHECKING

from game.input.seats import KEYBOARD
from game.sim.bonuses import Bonus, full_bonuses
from game.sim.match import MatchSetup

from .sources import REPLAY

if TYPE_CHECKING:
    from game.replay import Replay
    from game.story.model import Fight

DEFAULT_VENUE = "las_vegas"


def bonuses_for(fighters: tuple[str, str], mode: str) -> tuple[Bonus, Bonus]:
    """`--bonuses full` gives each training fighter his whole bonus; `none` nothing."""
    if mode == "full":
        return (full_bonuses(fighters[0]), full_bonuses(fighters[1]))
    return ((), ())


@dataclass(frozen=True)
class FightSpec:
    """A fight to build. `sources` are the two sides' kinds: keyboard, gamepad, cpu, replay,
    or a mode's own (training's `dummy`)."""

    setup: MatchSetup
    mode: str = "exhibition"             # exhibition | versus | story | training | attract
    difficulty: tuple[str, str] = ("normal", "normal")   # each CPU side's brain
    sources: tuple[str, str] = (KEYBOARD, "cpu")
    story: Fight | None = None           # the chapter whose script runs as a rule
    replay: Replay | None = None         # the commands and decisions of replay sources

    @property
    def level(self) -> str | None:
        """The story chapter's id (a replay's `setup.level`), or None."""
        return self.story.id if self.story is not None else None

    def setup_doc(self) -> dict:
        """The `setup` object of this fight's replay (docs/formats/replay.md).

        A replay keeps its own doc, so saving a replayed fight writes what was read. Bonuses
        are "full" or "none" when they are, else the exact multipliers per side (a story's
        training result)."""
        if self.replay is not None:
            return dict(self.replay.setup)
        s = self.setup
        return {
            "mode": self.mode, "fighters": list(s.fighters), "venue": s.venue,
            "rounds": s.rounds, "round_seconds": s.round_seconds,
            "rules": {"three_knockdown_tko": s.three_knockdown_tko,
                      "hold_to_rise": s.hold_to_rise},
            "difficulty": list(self.difficulty), "bonuses": _bonus_doc(s),
            "seed": s.seed, "level": self.level,
        } | ({"montage": "full"} if self.story is not None and self.story.montage_full else {})

    def rematch(self) -> FightSpec:
        """The same fight from the first bell; a replay's rematch is a plain fight to box, a
        person at the keyboard on each replayed side (the story's script went with the replay)."""
        if self.replay is None:
            return self
        sources = tuple(KEYBOARD if k == REPLAY else k for k in self.sources)
        return dataclasses.replace(self, sources=(sources[0], sources[1]), replay=None,
                                   story=None)


def _bonus_doc(setup: MatchSetup) -> str | list[dict[str, float]]:
    if not any(setup.bonuses):
        return "none"
    if setup.bonuses == bonuses_for(setup.fighters, "full"):
        return "full"
    return [dict(b) for b in setup.bonuses]
