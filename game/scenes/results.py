"""After the fight: who won and how, the numbers by punch, the judges' cards; save the replay,
rematch, or go back to the title."""

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
        from game.scenes.fight import FightScene

        f = self.fight
        controls = tuple("keyboard" if c == "replay" else c for c in f.controls)
        self.ctx.stack.replace(FightScene(self.ctx, f.match.setup, controls, f.mode,
                                          f.difficulty))

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

    def draw(self, surface: pygame.Surface) -> None:
        m = self.fight.match
        surface.fill((14, 12, 20))
        big, small = get_font("big"), get_font("small")
        if m.winner:
            name = m.fighters[0 if m.winner == "p1" else 1].data.name.upper()
            big.draw(surface, f"{name} WINS", (320, 20), GOLD, align="center")
        else:
            big.draw(surface, "A DRAW", (320, 20), GOLD, align="center")
        detail = METHOD_TEXT.get(m.method or "", "")
        why = REASON_TEXT.get(m.reason or "", "")
        small.draw(surface, f"{detail} - ROUND {m.round}", (320, 46), align="center")
        if why:
            small.draw(surface, why, (320, 58), DIM, align="center")
        ui.draw_panel(surface, pygame.Rect(60, 72, 520, 182))
        a, b = m.fighters
        rows = [("", a.data.short_name, b.data.short_name, GOLD),
                ("PUNCHES LANDED", ratio(a.punches_landed, a.punches_thrown),
                 ratio(b.punches_landed, b.punches_thrown), (255, 255, 255))]
        for move in PUNCHES:
            rows.append((f"  {move.upper()}",
                         ratio(a.landed_by_move.get(move, 0), a.thrown_by_move.get(move, 0)),
                         ratio(b.landed_by_move.get(move, 0), b.thrown_by_move.get(move, 0)),
                         DIM))
        rows.append(("KNOCKDOWNS", str(a.knockdowns_total), str(b.knockdowns_total),
                     (255, 255, 255)))
        rows.append(("DAMAGE DEALT", str(int(a.damage_dealt)), str(int(b.damage_dealt)),
                     (255, 255, 255)))
        if m.reason == "judges":
            for j, (x, y) in enumerate(m.cards.totals):
                rows.append((f"JUDGE {j + 1}", str(x), str(y), GOLD))
        for k, (label, left, right, colour) in enumerate(rows):
            y = 80 + k * 13
            small.draw(surface, label, (76, y), colour)
            small.draw(surface, left, (400, y), colour, align="center")
            small.draw(surface, right, (510, y), colour, align="center")
        self.item_rects = ui.draw_menu(surface, "", self.labels(), self.selected, self.frame,
                                       "", top=262) or []
        if self.message:
            small.draw(surface, self.message, (320, 348), GOLD, align="center")
