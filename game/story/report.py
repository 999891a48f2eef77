"""What happened in one story fight, as the rest of the story needs to know it.

Why one record: the card chosen after a fight, the lines said in it, the end screen and the
result JSON (`story.chapters[]`) must all agree on the same facts — how and when it ended,
whether the cut opened, where the crowd stood in round 14, how each round's objective went.
The fight's director fills it in as the fight runs; nothing downstream re-derives a fact from
the match on its own.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

METHODS = ("ko", "tko", "decision", "draw")
OBJECTIVE_RESULTS = ("met", "missed")


@dataclass(slots=True)
class ObjectiveResult:
    """One round's objective: its id (from the chapter's TOML) and how the player did."""

    round: int
    id: str
    result: str                   # one of OBJECTIVE_RESULTS
    stars: int = 0                # 0..3, shown between rounds and at the end


@dataclass(slots=True)
class FightReport:
    """The facts of one story fight, from the player's side (p1).

    `outcome` is the chapter outcome (`win`, `loss`, `towel`); `method` is lower case
    (`ko`, `tko`, `decision`, `draw`); `round` the round it ended in. `cut_opened` is None in
    a fight whose script has no cut, `crowd_at_14` None in a fight without a round 14 (or one
    that ended before it): the meter's value (-1 all for the opponent … +1 all for the
    player) at the start of round 14; `crowd_at_end` the meter when the fight ended — what
    a card about the hall at the finish speaks of (None only in a record from before it).
    """

    outcome: str
    method: str
    round: int
    rounds_played: list[int] = field(default_factory=list)
    rounds_montage: list[int] = field(default_factory=list)
    cut_opened: bool | None = None
    crowd_at_14: float | None = None
    objectives: list[ObjectiveResult] = field(default_factory=list)
    card: str = ""                # the chapter shown after the fight (filled by the run)
    crowd_at_end: float | None = None   # the meter when the fight ended (None: not known)

    def record(self) -> dict[str, Any]:
        """The fields this fight adds to its `story.chapters[]` record (result JSON, save)."""
        doc = asdict(self)
        doc.pop("outcome")
        doc["objectives"] = [{"round": o.round, "id": o.id, "result": o.result,
                              "stars": o.stars} for o in self.objectives]
        return doc
