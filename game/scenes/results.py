"""After the fight: who won and how, the numbers by punch, the judges' cards; save the replay,
rematch, or go back to the title.

Why the table is built apart from the drawing (`stat_rows`): the numbers are the fight's
own counters, and a test checks them against the hit and punch events the match recorded.
"""

from __future__ import annotations

from datetime import datetime

import pygame

from game.paths import user_paths
from game.render import ui
from game.render.font import get_font
from game.scenes.menu import MenuScene
from game.sim.actions import PUNCHES

METHOD_TEXT = {"KO": "BY KNOCKOUT", "TKO": "BY TECHNICAL KNOCKOUT",
               "decision": "BY DECISION", "draw": "A DRAW"}
REASON_TEXT = {"count": "COUNTED OUT", "three_knockdowns": "THREE KNOCKDOWNS IN A ROUND",
               "towel": "THE TOWEL CAME IN", "judges": "ON THE JUDGES' CARDS", "referee": ""}
GOLD = (255, 214, 90)
DIM = (170, 170, 190)


def ratio(landed: int, thrown: int) -> str:
    """'27/61 44%': what a boxing stat sheet shows for punches."""
    pct = f"{100 * landed // thrown}%" if thrown else "-"
    return f"{landed}/{thrown} {pct}"


def summary_text(match) -> str:
    if match.winner is None:
        return "DRAW"
    name = match.fighters[0 if match.winner == "p1" else 1].data.short_name
    return f"{name} {match.method} R{match.round}"


class ResultsScene(MenuScene):
    title = "RESULT"

    def __init__(self, ctx, fight) -> None:
        self.fight = fight
        self.message = ""
        super().__init__(ctx, [("REMATCH", self._rematch), ("SAVE REPLAY", self._save),
                               ("BACK TO TITLE", self._title)])

    def _title(self) -> None:
        from game.scenes.title import TitleScene

        self.ctx.stack.clear_to(TitleScene(self.ctx))

    def back(self) -> None:
        self._title()

    def _rematch(self) -> None:
        """The same fight from the first bell (a replay's: boxed at the keyboard)."""
        from game.scenes.build import build

        self.ctx.stack.replace(build(self.ctx, self.fight.spec.rematch()))

    def _save(self) -> None:
        m = self.fight.match
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        name = f"{stamp}-{m.setup.fighters[0]}-vs-{m.setup.fighters[1]}.json"
        path = user_paths()["replays"] / name
        self.fight.recorder.summary = {"text": summary_text(m), "winner": m.winner,
                                       "method": m.method, "round": m.round}
        try:
            self.fight.recorder.save(path)
        except OSError as exc:
            self.message = f"COULD NOT SAVE: {exc.strerror or exc}".upper()
            return
        self.message = f"SAVED {path.name}".upper()
        self.saved_path = path

    def stat_rows(self) -> list[tuple[str, str, str, tuple[int, int, int]]]:
        """(label, p1, p2, colour) for each line of the table, from the match's counters."""
        m = self.fight.match
        a, b = m.fighters
        rows = [("", a.data.short_name, b.data.short_name, GOLD),
                ("PUNCHES LANDED", ratio(a.punches_landed, a.punches_thrown),
                 ratio(b.punches_landed, b.punches_thrown), ui.WHITE)]
        for move in PUNCHES:
            rows.append((f"  {move.upper()}",
                         ratio(a.landed_by_move.get(move, 0), a.thrown_by_move.get(move, 0)),
                         ratio(b.landed_by_move.get(move, 0), b.thrown_by_move.get(move, 0)),
                         DIM))
        rows.append(("KNOCKDOWNS", str(a.knockdowns_total), str(b.knockdowns_total), ui.WHITE))
        rows.append(("DAMAGE DEALT", str(int(a.damage_dealt)), str(int(b.damage_dealt)),
                     ui.WHITE))
        if m.reason == "judges":
            for j, (x, y) in enumerate(m.cards.totals):
                rows.append((f"JUDGE {j + 1}", str(x), str(y), GOLD))
        return rows

    def draw(self, surface: pygame.Surface) -> None:
        m = self.fight.match
        if m.winner:
            name = m.fighters[0 if m.winner == "p1" else 1].data.name.upper()
            ui.draw_backdrop(surface, f"{name} WINS")
        else:
            ui.draw_backdrop(surface, "A DRAW")
        small = get_font("small")
        detail = METHOD_TEXT.get(m.method or "", "")
        why = REASON_TEXT.get(m.reason or "", "")
        line = f"{detail} - ROUND {m.round}" + (f" - {why}" if why else "")
        small.draw(surface, line, (320, 44), GOLD, align="center")
        rows = self.stat_rows()
        panel = pygame.Rect(100, 58, 440, 12 + 13 * len(rows))
        ui.draw_panel(surface, panel)
        for k, (label, left, right, colour) in enumerate(rows):
            y = panel.top + 8 + k * 13
            if k == 0:
                surface.fill((40, 28, 40), (panel.left + 6, y - 3, panel.width - 12, 12))
            small.draw(surface, label, (panel.left + 16, y), colour)
            small.draw(surface, left, (panel.left + 300, y), colour, align="center")
            small.draw(surface, right, (panel.left + 390, y), colour, align="center")
        self.item_rects = ui.draw_menu(surface, "", self.labels(), self.selected, self.frame,
                                       "", top=panel.bottom + 6) or []
        if self.message:
            small.draw(surface, self.message, (320, 330), GOLD, align="center")
        ui.draw_hint(surface, "ENTER/A: CHOOSE   ESC/B: TITLE   F12: SCREENSHOT")
