"""A story card: an illustrated page of text at a time, typed out, skippable.

Why pages: a card is a few short beats (a picture and a line each), which keeps text small
on a 640x360 screen; Enter shows the rest of a line or turns the page, Esc skips the card.
With the CPU at the controls pages turn by themselves, so headless runs never wait.
"""

from __future__ import annotations

from collections.abc import Callable

import pygame

from game.audio import STING_CUES
from game.render import ui
from game.render.font import get_font
from game.render.story.art import draw_illustration
from game.render.story.dialogue import TYPE_SPEED, draw_caption, draw_dialogue, draw_hint
from game.scenes.base import Scene
from game.scenes.menu import BACK, CONFIRM
from game.story.model import Card

CPU_PAGE_TICKS = 150
FADE_TICKS = 16


class CardScene(Scene):
    def __init__(self, ctx, card: Card, on_done: Callable[[], None], auto: bool = False,
                 message: str = "") -> None:
        super().__init__(ctx)
        self.card = card
        self.on_done = on_done
        self.auto = auto
        self.message = message
        self.page = 0
        self.tick = 0          # on this page
        self.frame = 0
        self.finished = False

    def enter(self) -> None:
        """A card names its music: a sting plays once, anything else loops (story theme by
        default)."""
        cue = self.card.music or "music_story"
        self.ctx.audio.play_music(cue, loop=cue not in STING_CUES)

    def _play(self, cue: str) -> None:
        self.ctx.audio.play(cue)

    @property
    def shown(self) -> int:
        return self.tick * TYPE_SPEED

    def advance(self) -> None:
        """Show the whole line, else the next page, else leave the card."""
        text = self.card.pages[self.page].text
        if self.shown < len(text):
            self.tick = (len(text) + TYPE_SPEED - 1) // TYPE_SPEED
            return
        self._play("menu_move")
        if self.page + 1 < len(self.card.pages):
            self.page += 1
            self.tick = 0
        else:
            self.skip()

    def skip(self) -> None:
        if not self.finished:
            self.finished = True
            self.on_done()

    def handle(self, event: pygame.event.Event) -> None:
        if event.type == pygame.KEYDOWN:
            if event.key in CONFIRM:
                self.advance()
            elif event.key in BACK:
                self.skip()
        elif event.type == pygame.MOUSEBUTTONDOWN and event.button == 1:
            self.advance()

    def update(self) -> None:
        self.tick += 1
        self.frame += 1
        if self.auto and self.tick >= CPU_PAGE_TICKS:
            self.advance()
            if not self.finished and self.shown < len(self.card.pages[self.page].text):
                self.advance()

    def draw(self, surface: pygame.Surface) -> None:
        page = self.card.pages[self.page]
        draw_illustration(surface, page.art or self.card.art, page.figures, self.frame,
                          page.image or self.card.image, self.card.file.parent)
        art = page.art or self.card.art
        if art == "credits":
            self._credits(surface)
        draw_caption(surface, self.card.title)
        dots = " ".join("o" if k == self.page else "." for k in range(len(self.card.pages)))
        get_font("small").draw(surface, dots, (320, 38), ui.DIM, align="center")
        # with people in the picture the words go up top, so nobody stands behind them
        draw_dialogue(surface, page.speaker, page.text, self.shown, self.frame,
                      "ENTER" if self.page + 1 < len(self.card.pages) else "CONTINUE",
                      top=50 if page.figures else 262)
        draw_hint(surface, "ESC SKIPS")
        if self.message:
            ui.draw_panel(surface, pygame.Rect(16, 48, 608, 30))
            for k, line in enumerate(_split(self.message, 100)[:2]):
                get_font("small").draw(surface, line, (24, 54 + 11 * k), ui.ACCENT)
        if self.tick < FADE_TICKS and self.page == 0:
            ui.fade(surface, 1.0 - self.tick / FADE_TICKS)

    def _credits(self, surface: pygame.Surface) -> None:
        big, small = get_font("big"), get_font("small")
        lines = [("PIECE OF IRON", big, ui.ACCENT), ("", small, ui.WHITE),
                 ("STORY, CODE, PIXELS AND SOUND", small, ui.DIM),
                 ("MADE BY OUR OWN GENERATORS", small, ui.WHITE), ("", small, ui.WHITE),
                 ("AN UNOFFICIAL FAN WORK", small, ui.DIM),
                 ("NOT AFFILIATED WITH THE FILM'S MAKERS", small, ui.WHITE)]
        y = 112
        for text, font, colour in lines:
            if text:
                font.draw(surface, text, (320, y), colour, align="center")
            y += 22 if font is big else 14


def _split(text: str, n: int) -> list[str]:
    words, lines, line = text.split(), [], ""
    for w in words:
        if len(line) + len(w) + 1 > n and line:
            lines.append(line)
            line = w
        else:
            line = f"{line} {w}".strip()
    return lines + ([line] if line else [])
