"""Pick the fighters, the venue and (against the CPU) the difficulty, then box.

Also where players pick up their devices: a pad pressing START takes a free side ("press
START to join"), each side shows its device, and Tab / a pad's BACK swaps the sides.

Why versus reads who pressed: two players choose at once, so on the fighter rows P1's own
left/right keys (A/D unless remapped) and his pad change P1's man, P2's keys (the arrows)
and pad change P2's, whichever of the two rows the shared cursor is on.
The stat bars are derived from game/data/fighters.toml, scaled across the roster so the
differences between the three men show, and never typed in by hand.
"""

from __future__ import annotations

import pygame

from game.ai.skill import DIFFICULTIES
from game.bout import FightSpec
from game.input.gamepad import PAD_EVENT
from game.render import ui
from game.render.fighters import FighterRenderer
from game.render.font import get_font
from game.render.images import load_image
from game.scenes.build import build
from game.scenes.menu import MenuScene
from game.scenes.options import cpu_difficulty, match_length, with_player_options
from game.sim.data import FIGHTER_IDS as FIGHTERS
from game.sim.data import FighterData, default_game_data
from game.sim.match import VENUES, MatchSetup, fighter_atlas

VENUE_NAMES = {"las_vegas": "LAS VEGAS", "moscow": "MOSCOW"}
STAT_NAMES = ("POWER", "SPEED", "CHIN", "STAMINA")
STAT_COLOURS = ((236, 88, 64), (90, 200, 255), (255, 184, 60), (120, 220, 110))


def raw_stats(f: FighterData) -> tuple[float, float, float, float]:
    """What each bar measures: punch multiplier, walking speed, how little a punch takes
    out of him times how well he gets up, and breath (stamina and its recovery)."""
    return (f.damage_mult, f.walk_speed_mps, f.recovery / f.chin,
            f.stamina_max * f.stamina_regen_per_s)


def fighter_stats() -> dict[str, tuple[float, ...]]:
    """Each fighter's four bars, 0.35..1: the weakest in the roster a third, the best full."""
    data = default_game_data().fighters
    raw = {fid: raw_stats(f) for fid, f in data.items()}
    out: dict[str, list[float]] = {fid: [] for fid in raw}
    for k in range(len(STAT_NAMES)):
        values = [r[k] for r in raw.values()]
        lo, hi = min(values), max(values)
        for fid, r in raw.items():
            out[fid].append(1.0 if hi == lo else 0.35 + 0.65 * (r[k] - lo) / (hi - lo))
    return {fid: tuple(v) for fid, v in out.items()}


class SelectScene(MenuScene):
    def __init__(self, ctx, mode: str) -> None:
        self.mode = mode
        opts = ctx.opts
        self.choice = {"p1": opts.fighters[0], "p2": opts.fighters[1],
                       "venue": opts.venue or "las_vegas", "difficulty": cpu_difficulty(ctx)}
        items = [("P1", self._start), ("P2", self._start), ("VENUE", self._start)]
        if mode == "exhibition":
            items.append(("DIFFICULTY", self._start))
        items.append(("FIGHT!", self._start))
        super().__init__(ctx, items)
        self.title = "EXHIBITION" if mode == "exhibition" else "VERSUS"
        self.subtitle = "LEFT/RIGHT TO CHANGE, ENTER TO FIGHT"
        self.hint = ("P1: A/D   P2: LEFT/RIGHT   BOTH PICK AT ONCE   TAB/SELECT: SWAP SIDES"
                     if mode == "versus" else "LEFT/RIGHT: CHANGE   ENTER/A: FIGHT   ESC/B: BACK")
        self.art = FighterRenderer(list(FIGHTERS))
        self.backdrops = {v: load_image(f"venue_{v}.png", alpha=False) for v in VENUES}
        self.stats = fighter_stats()

    def draw(self, surface: pygame.Surface) -> None:
        """The chosen venue behind, the two chosen men squaring up either side of the menu."""
        surface.blit(self.backdrops[self.choice["venue"]], (0, 0))
        ui.fade(surface, 0.55)
        small = get_font("small")
        data = default_game_data().fighters
        for side, x, facing in (("p1", 92, "right"), ("p2", 548, "left")):
            fid = self.choice[side]
            pose = fighter_atlas(fid).cycles["guard"].poses[0]
            self.art.draw_pose(surface, fid, pose, facing, x, 292)
            f = data[fid]
            feet = round(f.height_m / 0.3048 * 12)
            small.draw(surface, f.name.upper(), (x, 296), (255, 214, 90), align="center")
            small.draw(surface, f"{feet // 12}'{feet % 12}\"  {round(f.weight_lb)} LB",
                       (x, 307), align="center")
            small.draw(surface, self.device_label(side), (x, 318), (170, 170, 190),
                       align="center")
            if self.can_join(side) and (self.frame // 30) % 2 == 0:
                small.draw(surface, "PRESS START TO JOIN", (x, 329), ui.ACCENT, align="center")
        for side, x in (("p1", 8), ("p2", 632 - 164)):
            self._draw_stats(surface, side, pygame.Rect(x, 8, 164, 66))
        super().draw(surface)
        ui.draw_hint(surface, self.hint)

    def _draw_stats(self, surface: pygame.Surface, side: str, rect: pygame.Rect) -> None:
        small = get_font("small")
        ui.draw_panel(surface, rect)
        fid = self.choice[side]
        small.draw(surface, f"{side.upper()}  {self.ctx_name(fid)}", (rect.left + 8,
                                                                      rect.top + 6), ui.ACCENT)
        for k, (name, value) in enumerate(zip(STAT_NAMES, self.stats[fid], strict=True)):
            y = rect.top + 19 + k * 11
            small.draw(surface, name, (rect.left + 8, y), ui.WHITE)
            ui.stat_bar(surface, pygame.Rect(rect.left + 66, y - 1, 90, 8), value,
                        STAT_COLOURS[k])

    def human_sides(self) -> tuple[int, ...]:
        return (0,) if self.mode == "exhibition" else (0, 1)

    def device_label(self, side: str) -> str:
        i = ("p1", "p2").index(side)
        if i not in self.human_sides():
            return f"CPU: {self.choice['difficulty'].upper()}"
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
        if action in ("left", "right") and self.mode == "versus" and \
                self.items[self.selected][0] in ("P1", "P2"):
            side = self.side_of(event)
            if side is not None:
                self._step("p1" if side == 0 else "p2", FIGHTERS,
                           1 if action == "right" else -1)
                self._sound("menu_move")
                return
        super().on_action(action, event)

    def side_of(self, event: pygame.event.Event) -> int | None:
        """Which player sent this left/right: by his own keys, or by the pad in his seat."""
        if event.type == PAD_EVENT:
            return self.ctx.seats.side_of(event.instance_id)
        if event.type != pygame.KEYDOWN:
            return None
        keys = self.ctx.settings.keys
        code = getattr(event, "scancode", -1)
        for i in (0, 1):
            if code in (keys[i]["left"], keys[i]["right"]):
                return i
        if event.key in (pygame.K_a, pygame.K_d):
            return 0
        if event.key in (pygame.K_LEFT, pygame.K_RIGHT):
            return 1
        return None

    def _step(self, key: str, options: tuple[str, ...], step: int) -> None:
        k = options.index(self.choice[key])
        self.choice[key] = options[(k + step) % len(options)]

    def click(self, k: int) -> None:
        """A click on a value row steps it; on FIGHT! it starts the bout."""
        if self.items[k][0] == "FIGHT!":
            super().click(k)
        else:
            self.adjust(1)

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
        self._step(key, options, step)
        self._sound("menu_move")

    def _start(self) -> None:
        rounds, seconds = match_length(self.ctx)
        setup = MatchSetup(fighters=(self.choice["p1"], self.choice["p2"]),
                           venue=self.choice["venue"], rounds=rounds,
                           round_seconds=seconds, seed=self.ctx.opts.seed)
        seats = self.ctx.seats
        p1, p2 = (seats.kind(i) if i in self.human_sides() else "cpu" for i in (0, 1))
        diff = self.choice["difficulty"]
        spec = FightSpec(setup, self.mode, (diff, diff), (p1, p2))
        self.ctx.stack.replace(build(self.ctx, with_player_options(self.ctx, spec)))
