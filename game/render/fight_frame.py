"""One fight frame, back to front, and the one place its presentation state moves on.

Why one class: the fight scene, the story's corner staging and the reference-image tool must
compose a frame in the same order (hall, referee, fighters, front rail, shake, effects, HUD),
or the reference images would test a picture the game never shows.

Why advance() apart from draw(): the crowd, the referee, the HUD's damage trail and the
effects follow the simulation's events, which come one tick at a time. If they moved on when
a frame is drawn, a slow frame or a replay at x2 (two ticks per drawn frame) would lose the
events of the tick in between: the crowd would miss knockdowns. So the scene calls advance()
once after every tick, and draw() changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import pygame

from game.sim.view import MatchView

from .effects import Effects
from .fighters import FighterRenderer, draw_order
from .hud import Hud
from .referee import Referee
from .venue import VenueRenderer


@dataclass
class FightFrame:
    """The renderers of one fight, advanced together once per tick and drawn in order."""

    venue: VenueRenderer
    referee: Referee
    fighters: FighterRenderer
    effects: Effects
    hud: Hud
    _last_tick: int | None = field(default=None, init=False)

    def advance(self, view: MatchView) -> None:
        """Move the crowd, referee, HUD trail and effects on to this view's tick (once per
        tick; a second view of the same tick is ignored)."""
        if view.tick == self._last_tick:
            return
        self._last_tick = view.tick
        self.venue.advance(view)
        self.referee.advance(view)
        self.hud.advance(view)
        self.effects.on_events(view.events)
        self.effects.update()

    def restage_referee(self, view: MatchView) -> None:
        """Walk the referee's last tick again beside the men as a staged scene draws them
        (`view` is the same tick with the men moved)."""
        self.referee.redo(view)

    def draw(self, surface: pygame.Surface, view: MatchView, frame: int, *,
             draw_men: Callable[[pygame.Surface], None] | None = None) -> None:
        """Draw `view` (changes no state); `draw_men` lets a staged scene place the men
        elsewhere while the hall, referee, effects and HUD stay the fight's own."""
        self.venue.draw_back(surface, view, frame)
        self.referee.draw(surface)
        if draw_men is None:
            for fv in draw_order(view.fighters):
                self.fighters.draw(surface, fv)
        else:
            draw_men(surface)
        self.venue.draw_front(surface, view, frame)
        shake = self.effects.shake_offset()
        if shake != (0, 0):  # the whole ring shakes once; effects offset themselves
            surface.scroll(shake[0], shake[1])
        self.effects.draw(surface)
        self.hud.draw(surface, view, frame)
