"""Pausing a fight: the fight stays on screen, frozen, under a small menu.

Why a separate reconnect screen: when a player's pad is unplugged the fight must not go on
without him, and it should resume by itself the moment a pad is back (the re-plugged pad
takes the waiting side, see game.input.seats), without anyone reaching for the keyboard.
"""

from __future__ import annotations

from game.input.seats import KEYBOARD
from game.scenes.menu import MenuScene


class PauseScene(MenuScene):
    transparent = True
    title = "PAUSED"

    def __init__(self, ctx, fight) -> None:
        self.fight = fight
        super().__init__(ctx, [("RESUME", self.back), ("QUIT TO TITLE", self._quit)])

    def _quit(self) -> None:
        from game.scenes.title import TitleScene

        self.ctx.stack.clear_to(TitleScene(self.ctx))


class ReconnectScene(PauseScene):
    """A pad of this fight went away: wait for one, or box on with the keyboard."""

    title = "PAD UNPLUGGED"

    def __init__(self, ctx, fight) -> None:
        super().__init__(ctx, fight)
        self.items = [("USE THE KEYBOARD", self._keyboard), ("QUIT TO TITLE", self._quit)]
        self.closing = False

    @property
    def subtitle(self) -> str:  # type: ignore[override]
        sides = " AND ".join(f"P{i + 1}" for i in self.fight.lost_pads())
        return f"{sides}: RECONNECT YOUR PAD" if sides else ""

    def back(self) -> None:
        """Esc or B does not resume without the pad: it chooses the keyboard."""
        self._keyboard()

    def _keyboard(self) -> None:
        controls = list(self.fight.controls)
        for i in self.fight.lost_pads():
            self.ctx.seats.use_keyboard(i)
            controls[i] = KEYBOARD
        self.fight.controls = (controls[0], controls[1])
        self._close()

    def _close(self) -> None:
        if not self.closing:  # a choice and the pad's return in one frame pop once
            self.closing = True
            self.ctx.stack.pop()

    def update(self) -> None:
        super().update()
        if not self.fight.lost_pads():
            self._close()  # the pad is back: box on
