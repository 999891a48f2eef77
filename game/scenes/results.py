"""After the fight: who won and how, the numbers, the judges' cards; then back to the title."""

from __future__ import annotations

import pygame

from game.render import ui
from game.render.font import get_font
from game.scenes.menu import MenuScene

METHOD_TEXT = {"KO": "BY KNOCKOUT", "TKO": "BY TECHNICAL KNOCKOUT",
               "decision": "BY DECISION", "draw": "A DRAW"}


def _accuracy(f) -> str:
    return f"{100 * f.punches_landed // max(1, f.punches_thrown)}%"


class ResultsScene(MenuScene):
    title = "RESULT"

    def __init__(self, ctx, fight) -> None:
        self.fight = fight
        super().__init__(ctx, [("REMATCH", self._rematch), ("BACK TO TITLE", self._title)])

    def _title(self) -> None:
        from game.scenes.title import TitleScene

        self.ctx.stack.clear_to(TitleScene(self.ctx))

    def back(self) -> None:
        self._title()

    def _rematch(self) -> None:
        from game.scenes.fight import FightScene

        f = self.fight
        controls = tuple("keyboard" if c == "replay" else c for c in f.controls)
        self.ctx.stack.replace(FightScene(self.ctx, f.match.setup, controls, f.mode,
                                          f.difficulty))

    def draw(self, surface: pygame.Surface) -> None:
        m = self.fight.match
        surface.fill((14, 12, 20))
        big, small = get_font("big"), get_font("small")
        if m.winner:
            name = m.fighters[0 if m.winner == "p1" else 1].data.name.upper()
            big.draw(surface, f"{name} WINS", (320, 34), (255, 214, 90), align="center")
        else:
            big.draw(surface, "A DRAW", (320, 34), (255, 214, 90), align="center")
        detail = METHOD_TEXT.get(m.method or "", "")
        small.draw(surface, f"{detail} - ROUND {m.round}", (320, 62), align="center")
        ui.draw_panel(surface, pygame.Rect(60, 80, 520, 160))
        rows = [("", m.fighters[0].data.short_name, m.fighters[1].data.short_name)]
        for label, get in (("PUNCHES THROWN", lambda f: f.punches_thrown),
                           ("PUNCHES LANDED", lambda f: f.punches_landed),
                           ("ACCURACY", _accuracy),
                           ("KNOCKDOWNS", lambda f: f.knockdowns_total),
                           ("DAMAGE DEALT", lambda f: int(f.damage_dealt))):
            rows.append((label, str(get(m.fighters[0])), str(get(m.fighters[1]))))
        if m.reason == "judges":
            for j, (a, b) in enumerate(m.cards.totals):
                rows.append((f"JUDGE {j + 1}", str(a), str(b)))
        for k, (label, a, b) in enumerate(rows):
            y = 90 + k * 14
            small.draw(surface, label, (80, y))
            small.draw(surface, a, (400, y), align="center")
            small.draw(surface, b, (500, y), align="center")
        self.item_rects = ui.draw_menu(surface, "", self.labels(), self.selected, self.frame,
                                       "", top=258) or []
