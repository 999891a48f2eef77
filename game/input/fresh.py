"""Fresh presses only: a screen (or a menu inside one) that comes up does not take the keys,
buttons and stick directions that were already held when it appeared.

Why: the boxing keys double as menu keys (W/S guard and duck are up and down, a pad's d-pad
and stick too), so a player still holding guard as the fight ends must not find the cursor
of the retry menu moved by the same finger. Whatever was held when a screen came up is
"stale": its presses are dropped (a key's repeats, a pad's stick reporting again after the
pause let go of it) until the device reports it released; from then on it works at once.
No delay is involved, so a real new press is never eaten, and the mouse is never touched.

Why the state is ours and not `KeyboardInput`'s or `GamepadInput`'s: those forget what is
held when a fight pauses (`release_all`), which is exactly when we must still remember it.
What is held is learnt from the events themselves (KEYDOWN/KEYUP, and each pad's state
after every pad event), so tests that post events see the same thing a player does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.input.gamepad import PAD_EVENT

if TYPE_CHECKING:
    from game.input.gamepad import GamepadInput

# a key by scancode (where the finger is), or by key code when an event has no scancode
KeyId = tuple[str, int]
# a pad's button or direction: (instance_id, button name such as "a" or "dpup")
PadInput = tuple[int, str]


def _key_id(event: pygame.event.Event) -> KeyId:
    scancode = getattr(event, "scancode", 0)
    return ("scan", scancode) if scancode else ("key", getattr(event, "key", 0))


class FreshPresses:
    """What is held now, what was held when the top screen came up, and which presses pass."""

    def __init__(self) -> None:
        self.keys_down: set[KeyId] = set()
        self.pads_down: dict[int, set[str]] = {}
        self.stale_keys: set[KeyId] = set()
        self.stale_pads: set[PadInput] = set()

    def hold_back(self) -> None:
        """A screen or a menu came up: what is held now waits for its release."""
        self.stale_keys = set(self.keys_down)
        self.stale_pads = {(pad, name) for pad, names in self.pads_down.items()
                           for name in names}

    def observe(self, event: pygame.event.Event, pads: GamepadInput | None) -> None:
        """Learn what is held from one event (pads: after `GamepadInput.handle` saw it)."""
        if event.type == pygame.KEYDOWN:
            self.keys_down.add(_key_id(event))
        elif event.type == pygame.KEYUP:
            key = _key_id(event)
            self.keys_down.discard(key)
            self.stale_keys.discard(key)
        elif event.type == PAD_EVENT:
            self._pad_now(event.instance_id, pads)

    def _pad_now(self, instance_id: int, pads: GamepadInput | None) -> None:
        """A pad reported something: what it holds now; stale inputs it let go are free."""
        now = pads.down(instance_id) if pads is not None else set()
        if now:
            self.pads_down[instance_id] = now
        else:
            self.pads_down.pop(instance_id, None)
        self.stale_pads = {(pad, name) for pad, name in self.stale_pads
                           if pad != instance_id or name in now}

    def is_stale(self, event: pygame.event.Event) -> bool:
        """True for a press (or a key's repeat) of something held since before the screen."""
        if event.type == pygame.KEYDOWN:
            return _key_id(event) in self.stale_keys
        if event.type == PAD_EVENT and event.kind == "press":
            return (event.instance_id, event.button) in self.stale_pads
        return False
