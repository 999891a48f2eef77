"""A bout: one match, the two sides that box it, the rules around it, and its recording.

Why a package of its own, with no pygame: every place that runs a fight (the fight screen, a
story fight and its highlight reel, replays, the tournament, the scout, the benchmark and the
reference-image tool) steps it the same way, through `Bout.advance`, so a tick means the same
thing everywhere and a story replay is exact by construction (see docs/architecture.md).

- `Bout`: owns the `Match`; `advance() -> MatchView` is the one tick loop body.
- `CommandSource` and its kinds (`sources.py`): a person at the keyboard or on a pad, a CPU
  brain, a recorded replay; the bout never asks which.
- `Rule` (`rules.py`): hooks around the tick (filter a command, after a tick, a round's start
  and end, decisions such as the towel); the story's script is a rule.
- `FightSpec` (`spec.py`): a frozen description of a fight; `game.scenes.build.build` turns it
  into the fight screen, and a rematch or a restart is the same spec built again.
"""

from .core import Bout
from .rules import HoldToRise, RecordedDecisions, Rule
from .sources import BrainSource, CommandSource, HeldSource, ReplaySource
from .spec import FightSpec

__all__ = ["Bout", "BrainSource", "CommandSource", "FightSpec", "HeldSource", "HoldToRise",
           "RecordedDecisions", "ReplaySource", "Rule"]
