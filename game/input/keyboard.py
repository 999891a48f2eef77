"""Two players on one keyboard, bound by scancode, turned into per-tick commands.

Why held state from KEYDOWN/KEYUP (not key.get_pressed): events posted by tests and events
that arrive between two ticks are both seen; a key pressed and released between ticks is
latched so it reaches exactly one tick. Why scancodes: the keys are where a QWERTY player's
fingers are on any layout (AZERTY, QWERTZ).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pygame

from game.input.bindings import DEFAULT_KEYS, P1_KEYS, P2_KEYS, to_command

__all__ = ["DEFAULT_BINDINGS", "KeyboardInput", "P1_KEYS", "P2_KEYS"]
DEFAULT_BINDINGS = DEFAULT_KEYS


@dataclass
class PlayerKeys:
    bindings: dict[str, int]
    held: set[str] = field(default_factory=set)
    latched: set[str] = field(default_factory=set)


class KeyboardInput:
    """Feeds pygame key events in; gives one command per player per tick out."""

    def __init__(self, bindings: tuple[dict[str, int], dict[str, int]] = DEFAULT_BINDINGS):
        self.players = [PlayerKeys({}), PlayerKeys({})]
        self._lookup: dict[int, tuple[int, str]] = {}
        self.labels: dict[int, str] = {}  # scancode -> the label this layout printed on it
        self.set_bindings(bindings)

    def set_bindings(self, bindings: tuple[dict[str, int], dict[str, int]]) -> None:
        """New tables (from settings or the controls screen); nothing stays held."""
        self._lookup.clear()
        for i, p in enumerate(self.players):
            p.bindings = dict(bindings[i])
            p.held.clear()
            p.latched.clear()
            for action, code in p.bindings.items():
                self._lookup[code] = (i, action)

    @property
    def bindings(self) -> tuple[dict[str, int], dict[str, int]]:
        return self.players[0].bindings, self.players[1].bindings

    def handle(self, event: pygame.event.Event) -> bool:
        """Returns True when the event was a fight key (so menus can ignore it)."""
        if event.type not in (pygame.KEYDOWN, pygame.KEYUP):
            return False
        code = getattr(event, "scancode", -1)
        if event.type == pygame.KEYDOWN and getattr(event, "key", 0):
            label = pygame.key.name(event.key).upper()
            if label:
                self.labels[code] = label
        hit = self._lookup.get(code)
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

    def actions(self, player: int) -> set[str]:
        """Held or latched action names of one half of the keyboard (screen directions)."""
        p = self.players[player]
        return p.held | p.latched

    def command(self, player: int, facing: int) -> int:
        """The held-and-latched actions of one player as a command, for this tick."""
        return to_command(self.actions(player), facing)

    def consume(self) -> None:
        """A tick has read the presses: each reaches exactly one tick."""
        for p in self.players:
            p.latched.clear()
