"""Attract mode: left alone on the title, the game shows a CPU-against-CPU bout.

Why a fight scene: the demo is a real fight between two CPU brains, different each time it
starts (the seed moves on), and any key or button goes straight back to the title.
"""

from __future__ import annotations

import pygame

from game.bout import FightSpec
from game.render.font import get_font
from game.scenes.fight import FightScene
from game.sim.match import MatchSetup

PAIRS = (("rocky", "drago", "moscow"), ("apollo", "drago", "las_vegas"),
         ("rocky", "apollo", "las_vegas"))
DEMO_TICKS = 60 * 40


def attract_spec(demo: int) -> FightSpec:
    """The `demo`-th demo bout: the pairs in turn, a new seed each time."""
    a, b, venue = PAIRS[demo % len(PAIRS)]
    setup = MatchSetup(fighters=(a, b), venue=venue, rounds=1, round_seconds=40.0,
                       seed=1000 + demo)
    return FightSpec(setup, "attract", ("hard", "hard"), ("cpu", "cpu"))


class AttractScene(FightScene):
    """Made by `game.scenes.build.build` for an `attract_spec`; its end goes back to the
    title whatever `on_over` says."""

    def __init__(self, ctx, spec: FightSpec, on_over=None) -> None:
        super().__init__(ctx, spec, on_over=lambda scene: ctx.stack.pop())
        self.ticks = 0

    def enter(self) -> None:
        super().enter()
        self.ctx.fight = None  # a demo is nobody's fight: results and replays ignore it

    def handle(self, event: pygame.event.Event) -> None:
        if event.type in (pygame.KEYDOWN, pygame.MOUSEBUTTONDOWN, pygame.JOYBUTTONDOWN,
                          pygame.CONTROLLERBUTTONDOWN):
            self.ctx.stack.pop()

    def update(self) -> None:
        super().update()
        self.ctx.fight = None
        self.ticks += 1
        if self.ticks == DEMO_TICKS:
            self.ctx.stack.pop()

    def draw(self, surface: pygame.Surface) -> None:
        super().draw(surface)
        if (self.ticks // 30) % 2 == 0:
            get_font("small").draw(surface, "DEMO - PRESS ANY KEY", (320, 48), (255, 214, 90),
                                   align="center")
