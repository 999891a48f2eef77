"""The per-player command: which actions are held on a tick.

Why one small bitmask: keyboard, gamepad, CPU brain and replay all produce the same thing,
so the simulation cannot tell (and does not care) who is boxing. Presses are not sent; the
simulation sees a press as "held now, not held last tick", so a replay of held sets
reproduces every press exactly.
"""

from __future__ import annotations

from collections.abc import Iterable

ACTIONS: tuple[str, ...] = (
    "forward", "back", "guard", "duck", "jab", "hook", "uppercut", "body", "special", "taunt",
)
BIT: dict[str, int] = {name: 1 << i for i, name in enumerate(ACTIONS)}
PUNCHES: tuple[str, ...] = ("jab", "hook", "uppercut", "body", "special")
PUNCH_MASK = sum(BIT[p] for p in PUNCHES)
ALL_MASK = (1 << len(ACTIONS)) - 1

Command = int  # a bitmask of BIT values


def command(*names: str) -> Command:
    """Build a command from action names; an unknown name is a programming error."""
    mask = 0
    for name in names:
        mask |= BIT[name]
    return mask


def from_names(names: Iterable[str]) -> Command:
    return command(*names)


def to_names(cmd: Command) -> list[str]:
    """Action names in the fixed ACTIONS order (stable for replays)."""
    return [name for name in ACTIONS if cmd & BIT[name]]


def held(cmd: Command, name: str) -> bool:
    return bool(cmd & BIT[name])
