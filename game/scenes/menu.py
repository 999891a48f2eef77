"""A list menu driven by keys (arrows/WASD, Enter/Space, Esc), pads (D-pad/stick, A/START,
B) and the mouse.

Why one class: every menu in the game moves, confirms and backs out the same way, so it
behaves the same everywhere and is tested once.
"""

from __future__ import annotations

from collections.abc import Callable

import pygame

from game.input.menu import menu_action
from game.render import ui
from game.scenes.base import Scene

UP = {pygame.K_UP, pygame.K_w}
DOWN = {pygame.K_DOWN, pygame.K_s}
LEFT = {pygame.K_LEFT, pygame.K_a}
RIGHT = {pygame.K_RIGHT, pygame.K_d}
CONFIRM = {pygame.K_RETURN, pygame.K_KP_ENTER, pygame.K_SPACE}
BACK = {pygame.K_ESCAPE, pygame.K_BACKSPACE}


class MenuScene(Scene):
    title = ""
    subtitle = ""
    uses_mouse = True

    def __init__(self, ctx, items: list[tuple[str, Callable[[], None]]]) -> None:
        super().__init__(ctx)
        self.items = items
        self.selected = 0
        self.frame = 0
        self.item_rects: list[pygame.Rect] = []

    def labels(self) -> list[str]:
        return [label for label, _ in self.items]

    def back(self) -> None:
        self.ctx.stack.pop()

    def adjust(self, step: int) -> None:
        """Left/right on the selected item (select screens override)."""

    def _sound(self, cue: str) -> None:
        self.ctx.audio.play(cue)

    def on_action(self, action: str, event: pygame.event.Event) -> None:
        """A menu press from any device (see game.input.menu); screens add their own."""
        if action == "up":
            self.selected = (self.selected - 1) % len(self.items)
            self._sound("menu_move")
        elif action == "down":
            self.selected = (self.selected + 1) % len(self.items)
            self._sound("menu_move")
        elif action == "left":
            self.adjust(-1)
        elif action == "right":
            self.adjust(1)
        elif action in ("confirm", "start"):
            self._sound("menu_select")
            self.items[self.selected][1]()
        elif action == "back":
            self.back()

    def handle(self, event: pygame.event.Event) -> None:
        action = menu_action(event)
        if action is not None:
            self.on_action(action, event)
        elif event.type == pygame.MOUSEMOTION:
            k = self._item_at(event.pos)
            if k is not None:
                self.selected = k
        elif event.type == pygame.MOUSEBUTTONDOWN and event.button == 1:
            k = self._item_at(event.pos)
            if k is not None:
                self.selected = k
                self.click(k)
        elif event.type == pygame.MOUSEBUTTONDOWN and event.button == 3:
            self.back()  # the right button backs out, as Esc and B do

    def click(self, k: int) -> None:
        """A left click on item k (already selected): activate it; value rows step it."""
        self._sound("menu_select")
        self.items[k][1]()

    def _item_at(self, pos: tuple[int, int]) -> int | None:
        p = self.logical_pos(pos)
        for k, rect in enumerate(self.item_rects):
            if rect.collidepoint(p):
                return k
        return None

    def update(self) -> None:
        self.frame += 1

    def draw(self, surface: pygame.Surface) -> None:
        self.item_rects = ui.draw_menu(surface, self.title, self.labels(), self.selected,
                                       self.frame, self.subtitle) or []
