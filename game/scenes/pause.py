"""Esc in a fight: the fight stays on screen, frozen, under a small menu."""

from __future__ import annotations

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
