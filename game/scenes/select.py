"""Pick the fighters, the venue and (against the CPU) the difficulty, then box.

Also where players pick up their devices: a pad pressing START takes a free side ("press
START to join"), each side shows its device, and Tab / a pad's BACK swaps the sides.
"""

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
        self.subtitle = "LEFT/RIGHT TO CHANGE, ENTER TO FIGHT" + (
            ", TAB: SWAP SIDES" if mode == "versus" else "")
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
            small.draw(surface, self.device_label(side), (x, 330), (170, 170, 190),
                       align="center")
            if self.can_join(side) and (self.frame // 30) % 2 == 0:
                small.draw(surface, "PRESS START TO JOIN", (x, 342), ui.ACCENT, align="center")
        super().draw(surface)

    def human_sides(self) -> tuple[int, ...]:
        return (0,) if self.mode == "exhibition" else (0, 1)

    def device_label(self, side: str) -> str:
        i = ("p1", "p2").index(side)
        if i not in self.human_sides():
            return "CPU"
        return f"{side.upper()}: {self.ctx.seats.label(i)}"

    def can_join(self, side: str) -> bool:
        """A pad nobody holds is plugged in and this side is not on a pad yet."""
        i = ("p1", "p2").index(side)
        seats = self.ctx.seats
        free_pad = any(seats.side_of(p) is None for p in self.ctx.pads.pads)
        return free_pad and i in self.human_sides() and seats.pad(i) is None

    def on_action(self, action: str, event: pygame.event.Event) -> None:
        if action == "start" and self.ctx.seats.side_of(event.instance_id) not in \
                self.human_sides():
            self.ctx.seats.join(event.instance_id, event.name, self.human_sides())
            return
        if action == "swap" and self.mode == "versus":
            self.ctx.seats.swap()
            return
        super().on_action(action, event)

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
        seats = self.ctx.seats
        controls = tuple(seats.kind(i) if i in self.human_sides() else "cpu" for i in (0, 1))
        diff = (self.choice["difficulty"],) * 2
        self.ctx.stack.replace(FightScene(self.ctx, setup, controls, self.mode, diff))
