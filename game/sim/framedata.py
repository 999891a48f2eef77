"""Frame data as a fighting-game player reads it: startup, active, recovery and advantage.

Why computed, not written down: the move table is the one source of timing; the training
screen shows what it implies, so the numbers there can never disagree with the fight.
"""

from __future__ import annotations

from dataclasses import dataclass

from game.sim.data import MoveData, RulesData, default_game_data


@dataclass(frozen=True, slots=True)
class FrameData:
    startup: int
    active: int
    recovery: int
    on_hit: int      # ticks the attacker is free before the defender, hitting on the first
    on_block: int    # active tick (negative: the defender acts first)


def frame_data(move: MoveData, rules: RulesData | None = None) -> FrameData:
    """From a standing start, contact on the first active tick. The stun starts on the tick
    of contact and the defender acts on the tick it runs out, while the attacker still has
    all of his active ticks and his recovery to go (and more when it was blocked: his arm is
    tied up on the guard)."""
    r = rules or default_game_data().rules
    busy_after_contact = move.active + move.recovery
    return FrameData(move.startup, move.active, move.recovery,
                     on_hit=move.hitstun - busy_after_contact,
                     on_block=move.blockstun - busy_after_contact - r.block_recovery_extra)
