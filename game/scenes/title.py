"""The title screen with the main menu."""

from __future__ import annotations

import pygame

from game.render import ui
from game.scenes.menu import CONFIRM, MenuScene


class TitleScene(MenuScene):
    title = ""

    def __init__(self, ctx) -> None:
        super().__init__(ctx, [
            ("EXHIBITION", lambda: self._select("exhibition")),
            ("VERSUS", lambda: self._select("versus")),
            ("QUIT", self._quit),
        ])
        self.menu_open = False

    def _select(self, mode: str) -> None:
        from game.scenes.select import SelectScene

        self.ctx.stack.push(SelectScene(self.ctx, mode))

    def _quit(self) -> None:
        self.ctx.quit = True

    def back(self) -> None:
        if self.menu_open:
            self.menu_open = False
        else:
            self.ctx.quit = True

    def handle(self, event: pygame.event.Event) -> None:
        if not self.menu_open:
            if (event.type == pygame.KEYDOWN and event.key in CONFIRM) or (
                    event.type == pygame.MOUSEBUTTONDOWN):
                self.menu_open = True
            elif event.type == pygame.KEYDOWN and event.key == pygame.K_ESCAPE:
                self.ctx.quit = True
            return
        super().handle(event)

    def draw(self, surface: pygame.Surface) -> None:
        if not self.menu_open:
            ui.draw_title(surface, self.frame, "PRESS ENTER")
            self.item_rects = []
            return
        ui.draw_title(surface, self.frame, "")
        self.item_rects = ui.draw_menu(surface, "", self.labels(), self.selected, self.frame,
                                       "") or []
