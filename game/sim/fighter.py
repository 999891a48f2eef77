"""A fighter's mutable state: plain numbers, advanced by the functions in combat.py.

Why a bare dataclass: the state is the part of a fighter that changes tick to tick; the
behaviour lives in tables (moves.toml) and functions, so a snapshot is just a copy.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from game.sim.atlas import FighterAtlas
from game.sim.data import FighterData
from game.sim.states import State

_ATTACK = State.ATTACK   # bound once: a global, not a class look-up, every tick


@dataclass(slots=True)
class Fighter:
    side: str
    data: FighterData
    atlas: FighterAtlas
    health: float
    stamina: float
    tired_fraction: float          # under this share of his stamina he is tired (rules)
    heart: float = 0.0
    state: str = State.IDLE
    state_tick: int = 0
    walk_dir: int = 0              # +1 towards the opponent, -1 away (for the walk animation)
    pivot_dir: int = 0             # world direction of a roll-out off the ropes
    facing: int = 1
    # the punch in progress
    move: str = ""
    move_tick: int = 0
    startup: int = 0
    active: int = 0
    recovery: int = 0
    move_connected: bool = False
    move_power_mult: float = 1.0   # tired punches are weaker
    chain: int = 0                 # punches in his current string (0: a fresh one)
    since_punch: int = 10_000      # free ticks since his last punch (his guard, his breath)
    # stun and the like
    stun: int = 0                  # ticks left in hitstun/blockstun/taunt/getup
    stun_anim: str = ""
    # input
    prev_cmd: int = 0
    buffered: str = ""
    buffer_ticks: int = 0
    # the count
    getup_progress: float = 0.0
    knockdowns_round: int = 0
    knockdowns_total: int = 0
    cut: int = 0                   # 0 none, 1..3 a cut under the eye
    # statistics
    damage_taken: float = 0.0
    damage_dealt: float = 0.0
    punches_thrown: int = 0
    punches_landed: int = 0
    thrown_by_move: dict[str, int] = field(default_factory=dict)
    landed_by_move: dict[str, int] = field(default_factory=dict)
    round_damage: float = 0.0      # dealt this round (judges)
    round_landed: int = 0

    @property
    def tired(self) -> bool:
        return self.stamina < self.data.stamina_max * self.tired_fraction

    def phase(self) -> str:
        """startup, active or recovery while punching; "" otherwise."""
        if self.state != _ATTACK:
            return ""
        if self.move_tick < self.startup:
            return "startup"
        if self.move_tick < self.startup + self.active:
            return "active"
        return "recovery"

    def set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.state_tick = 0
