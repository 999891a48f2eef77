"""Two players on one keyboard, bound by scancode, turned into per-tick commands.

Why held state from KEYDOWN/KEYUP (not key.get_pressed): events posted by tests and events
that arrive between two ticks are both seen; a key pressed and released between ticks is
latched so it reaches exactly one tick. Why scancodes: the keys are where a QWERTY player's
fingers are on any layout (AZERTY, QWERTZ).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pygame

from game.sim.actions import BIT

# physical position -> action; "left"/"right" become back/forward from the fighter's facing
P1_KEYS: dict[str, int] = {
    "left": pygame.KSCAN_A, "right": pygame.KSCAN_D, "guard": pygame.KSCAN_W,
    "duck": pygame.KSCAN_S, "jab": pygame.KSCAN_F, "hook": pygame.KSCAN_G,
    "uppercut": pygame.KSCAN_H, "body": pygame.KSCAN_V, "special": pygame.KSCAN_B,
    "taunt": pygame.KSCAN_Q,
}
P2_KEYS: dict[str, int] = {
    "left": pygame.KSCAN_LEFT, "right": pygame.KSCAN_RIGHT, "guard": pygame.KSCAN_UP,
    "duck": pygame.KSCAN_DOWN, "jab": pygame.KSCAN_K, "hook": pygame.KSCAN_L,
    "uppercut": pygame.KSCAN_O, "body": pygame.KSCAN_COMMA, "special": pygame.KSCAN_P,
    "taunt": pygame.KSCAN_I,
}
DEFAULT_BINDINGS = (P1_KEYS, P2_KEYS)
@dataclass
class PlayerKeys:
    bindings: dict[str, int]
    held: set[str] = field(default_factory=set)
    latched: set[str] = field(default_factory=set)


class KeyboardInput:
    """Feeds pygame key events in; gives one command per player per tick out."""

    def __init__(self, bindings: tuple[dict[str, int], dict[str, int]] = DEFAULT_BINDINGS):
        self.players = [PlayerKeys(dict(b)) for b in bindings]
        self._lookup: dict[int, tuple[int, str]] = {}
        for i, p in enumerate(self.players):
            for action, code in p.bindings.items():
                self._lookup[code] = (i, action)

    def handle(self, event: pygame.event.Event) -> bool:
        """Returns True when the event was a fight key (so menus can ignore it)."""
        if event.type not in (pygame.KEYDOWN, pygame.KEYUP):
            return False
        hit = self._lookup.get(getattr(event, "scancode", -1))
        if hit is None:
            return False
        i, action = hit
        p = self.players[i]
        if event.type == pygame.KEYDOWN:
            p.held.add(action)
            p.latched.add(action)
        else:
            p.held.discard(action)
        return True

    def release_all(self) -> None:
        """Focus lost: nothing stays held."""
        for p in self.players:
            p.held.clear()
            p.latched.clear()

    def command(self, player: int, facing: int) -> int:
        """The held-and-latched actions of one player as a command, for this tick."""
        p = self.players[player]
        active = p.held | p.latched
        cmd = 0
        for action in active:
            if action == "left":
                cmd |= BIT["back"] if facing > 0 else BIT["forward"]
            elif action == "right":
                cmd |= BIT["forward"] if facing > 0 else BIT["back"]
            else:
                cmd |= BIT[action]
        if cmd & BIT["forward"] and cmd & BIT["back"]:
            cmd &= ~(BIT["forward"] | BIT["back"])  # both held = neither
        return cmd

    def consume(self) -> None:
        """A tick has read the presses: each reaches exactly one tick."""
        for p in self.players:
            p.latched.clear()
