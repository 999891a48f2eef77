"""Frame data as a fighting-game player reads it: startup, active, recovery and advantage.

Why computed, not written down: the move table is the one source of timing; the training
screen shows what it implies, so the numbers there can never disagree with the fight.
"""

from __future__ import annotations

from dataclasses import dataclass

from game.sim.data import MoveData


@dataclass(frozen=True, slots=True)
class FrameData:
    startup: int
    active: int
    recovery: int
    on_hit: int      # ticks the attacker is free before the defender, hitting on the first
    on_block: int    # active tick (negative: the defender acts first)


def frame_data(move: MoveData) -> FrameData:
    busy_after_contact = move.active - 1 + move.recovery
    return FrameData(move.startup, move.active, move.recovery,
                     on_hit=move.hitstun - busy_after_contact,
                     on_block=move.blockstun - busy_after_contact)
