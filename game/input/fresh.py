"""Fresh presses only: a screen (or a menu inside one) that comes up does not take the keys,
buttons and stick directions that were already held when it appeared.

Why: the boxing keys double as menu keys (W/S guard and duck are up and down, a pad's d-pad
and stick too), so a player still holding guard as the fight ends must not find the cursor
of the retry menu moved by the same finger. Whatever was held when a screen came up is
"stale": its presses are dropped (a key's repeats, a pad's stick reporting again after the
pause let go of it) until the device reports it released; from then on it works at once.
No delay is involved, so a real new press is never eaten, and the mouse is never touched.

Why the window's focus matters: SDL lets go of every held key as the window loses focus
(KEYUPs just before WINDOWFOCUSLOST; the fight pauses on it) and, when the focus comes back
with the key still down, presses it again (a KEYDOWN). The keys let go in the tick the focus
went therefore count as still held, so guard held while clicking back into the window does
not move the pause menu; the key's own release frees it, as always. A key let go while the
window is away gets no key-up at all (SDL sends none to a window without focus), so the
ones SDL does not press again within `RETURN_TICKS` of the focus coming back were let go
while away: they are forgotten, and their next press counts at once. Why not read
`pygame.key.get_pressed()` as the focus comes back: under X11 SDL learns which keys are down
(and presses them again) from an X event that comes a pump after the focus one, so at that
moment a key held all along still reads as up (measured in Xvfb with xdotool).

Why the state is ours and not `KeyboardInput`'s or `GamepadInput`'s: those forget what is
held when a fight pauses (`release_all`), which is exactly when we must still remember it: a
stick held through the pause reports its next small move as a new press. What is held is
learnt from the events alone (KEYDOWN/KEYUP; a pad's presses, releases and the directions a
stick or hat move says are let go), so tests that post events see what a player does.
"""

from __future__ import annotations

import pygame

from game.input.gamepad import PAD_EVENT

# a key by scancode (where the finger is), or by key code when an event has no scancode
KeyId = tuple[str, int]
# a pad's button or direction: (instance_id, button name such as "a" or "dpup")
PadInput = tuple[int, str]
# ticks after the focus comes back in which SDL presses the keys still held again: two event
# pumps even when the loop catches up 5 ticks a frame (`game.loop.FixedStepper`), and
# shorter than letting go and pressing a key again after a click back into the window
RETURN_TICKS = 12


def _key_id(event: pygame.event.Event) -> KeyId:
    scancode = getattr(event, "scancode", 0)
    return ("scan", scancode) if scancode else ("key", getattr(event, "key", 0))


class FreshPresses:
    """What is held now, what was held when the top screen came up, and which presses pass."""

    def __init__(self) -> None:
        self.keys_down: set[KeyId] = set()
        self.pads_down: set[PadInput] = set()
        self.stale_keys: set[KeyId] = set()
        self.stale_pads: set[PadInput] = set()
        self.let_go: set[KeyId] = set()  # keys released since the last tick
        self.away: set[KeyId] = set()  # held as the focus went, not yet pressed again
        self.returning = 0  # ticks left for SDL to press the `away` keys again

    def tick(self) -> None:
        """A tick is over: what was let go in it is no longer news (see `_focus_lost`), and
        the keys SDL did not press again since the focus came back were let go while away."""
        self.let_go.clear()
        if self.returning > 0:
            self.returning -= 1
            if self.returning == 0:
                self.keys_down -= self.away
                self.stale_keys -= self.away
                self.away.clear()

    def hold_back(self) -> None:
        """A screen or a menu came up: what is held now waits for its release."""
        self.stale_keys = set(self.keys_down)
        self.stale_pads = set(self.pads_down)

    def observe(self, event: pygame.event.Event) -> None:
        """Learn what is held, and what was let go, from one event."""
        if event.type == pygame.KEYDOWN:
            key = _key_id(event)
            self.keys_down.add(key)
            self.away.discard(key)  # pressed again by SDL: held all along, still stale
        elif event.type == pygame.KEYUP:
            key = _key_id(event)
            self.keys_down.discard(key)
            self.stale_keys.discard(key)
            self.away.discard(key)
            self.let_go.add(key)
        elif event.type == pygame.WINDOWFOCUSLOST:
            self._focus_lost()
        elif event.type == pygame.WINDOWFOCUSGAINED:
            self.returning = RETURN_TICKS
        elif event.type == PAD_EVENT:
            self._pad_event(event)

    def _focus_lost(self) -> None:
        """The keys SDL let go as the focus went are still held, as far as we know: when the
        focus is back, SDL presses the ones still down again, and that is no fresh press."""
        self.keys_down |= self.let_go
        self.stale_keys |= self.let_go
        self.away |= self.let_go
        self.returning = 0  # gone again before SDL had its say: wait for the next return

    def _pad_event(self, event: pygame.event.Event) -> None:
        """A pad's press, release, stick or hat move (game.input.gamepad.as_event)."""
        pad = event.instance_id
        if event.kind == "press":
            self.pads_down.add((pad, event.button))
        gone = {(pad, name) for name in getattr(event, "let_go", ())}
        if event.kind == "release":
            gone.add((pad, event.button))
        elif event.kind == "removed":
            gone |= {held for held in self.pads_down if held[0] == pad}
        self.pads_down -= gone
        self.stale_pads -= gone

    def is_stale(self, event: pygame.event.Event) -> bool:
        """True for a press (or a key's repeat) of something held since before the screen."""
        if event.type == pygame.KEYDOWN:
            return _key_id(event) in self.stale_keys
        if event.type == PAD_EVENT and event.kind == "press":
            return (event.instance_id, event.button) in self.stale_pads
        return False
