"""Pick the fighters, the venue and (against the CPU) the difficulty, then box."""

from __future__ import annotations

import pygame

from game.cli import DIFFICULTIES, FIGHTERS, VENUES
from game.render import ui
from game.render.fighters import FighterRenderer
from game.render.font import get_font
from game.render.images import load_image
from game.scenes.menu import MenuScene
from game.sim.data import default_game_data
from game.sim.match import MatchSetup, fighter_atlas

VENUE_NAMES = {"las_vegas": "LAS VEGAS", "moscow": "MOSCOW"}


class SelectScene(MenuScene):
    def __init__(self, ctx, mode: str) -> None:
        self.mode = mode
        self.choice = {"p1": "rocky", "p2": "drago", "venue": "las_vegas",
                       "difficulty": "normal"}
        items = [("P1", self._start), ("P2", self._start), ("VENUE", self._start)]
        if mode == "exhibition":
            items.append(("DIFFICULTY", self._start))
        items.append(("FIGHT!", self._start))
        super().__init__(ctx, items)
        self.title = "EXHIBITION" if mode == "exhibition" else "VERSUS"
        self.subtitle = "LEFT/RIGHT TO CHANGE, ENTER TO FIGHT"
        self.art = FighterRenderer(list(FIGHTERS))
        self.backdrops = {v: load_image(f"venue_{v}.png", alpha=False) for v in VENUES}

    def draw(self, surface: pygame.Surface) -> None:
        """The chosen venue behind, the two chosen men squaring up either side of the menu."""
        surface.blit(self.backdrops[self.choice["venue"]], (0, 0))
        ui.fade(surface, 0.55)
        small = get_font("small")
        data = default_game_data().fighters
        for side, x, facing in (("p1", 92, "right"), ("p2", 548, "left")):
            fid = self.choice[side]
            pose = fighter_atlas(fid).cycles["guard"].poses[0]
            self.art.draw_pose(surface, fid, pose, facing, x, 300)
            f = data[fid]
            feet = round(f.height_m / 0.3048 * 12)
            small.draw(surface, f.name.upper(), (x, 306), (255, 214, 90), align="center")
            small.draw(surface, f"{feet // 12}'{feet % 12}\"  {round(f.weight_lb)} LB",
                       (x, 318), align="center")
            small.draw(surface, "CPU" if side == "p2" and self.mode == "exhibition"
                       else side.upper(), (x, 330), (170, 170, 190), align="center")
        super().draw(surface)

    def labels(self) -> list[str]:
        out = []
        for label, _ in self.items:
            if label in ("P1", "P2"):
                name = self.ctx_name(self.choice[label.lower()])
                who = "CPU" if (label == "P2" and self.mode == "exhibition") else "PLAYER"
                out.append(f"{label} ({who}): < {name} >")
            elif label == "VENUE":
                out.append(f"VENUE: < {VENUE_NAMES[self.choice['venue']]} >")
            elif label == "DIFFICULTY":
                out.append(f"CPU: < {self.choice['difficulty'].upper()} >")
            else:
                out.append(label)
        return out

    @staticmethod
    def ctx_name(fid: str) -> str:
        return {"rocky": "ROCKY BALBOA", "apollo": "APOLLO CREED", "drago": "IVAN DRAGO"}[fid]

    def adjust(self, step: int) -> None:
        label = self.items[self.selected][0]
        key, options = {"P1": ("p1", FIGHTERS), "P2": ("p2", FIGHTERS),
                        "VENUE": ("venue", VENUES),
                        "DIFFICULTY": ("difficulty", DIFFICULTIES)}.get(label, (None, None))
        if key is None:
            return
        k = options.index(self.choice[key])
        self.choice[key] = options[(k + step) % len(options)]

    def _start(self) -> None:
        from game.scenes.fight import FightScene

        opts = self.ctx.opts
        setup = MatchSetup(fighters=(self.choice["p1"], self.choice["p2"]),
                           venue=self.choice["venue"], rounds=opts.rounds,
                           round_seconds=opts.round_seconds, seed=opts.seed)
        controls = ("keyboard", "keyboard") if self.mode == "versus" else ("keyboard", "cpu")
        diff = (self.choice["difficulty"],) * 2
        self.ctx.stack.replace(FightScene(self.ctx, setup, controls, self.mode, diff))
