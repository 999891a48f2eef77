"""One fight frame, back to front.

Why one function: the fight scene, the story's corner staging and the reference-image tool
must compose a frame in the same order (hall, referee, fighters, front rail, shake, effects,
HUD), or the reference images would test a picture the game never shows.
"""

from __future__ import annotations

from collections.abc import Callable

import pygame

from game.sim.view import MatchView

from .effects import Effects
from .fighters import FighterRenderer, draw_order
from .hud import Hud
from .referee import Referee
from .venue import VenueRenderer


def draw_fight_frame(surface: pygame.Surface, view: MatchView, frame: int, *,
                     venue: VenueRenderer, referee: Referee, fighters: FighterRenderer,
                     effects: Effects, hud: Hud, referee_view: MatchView | None = None,
                     draw_men: Callable[[pygame.Surface], None] | None = None) -> None:
    """Draw `view`; `referee_view` and `draw_men` let a staged scene place the men and the
    referee elsewhere while the hall, effects and HUD stay the fight's own."""
    venue.draw_back(surface, view, frame)
    referee.draw(surface, referee_view or view)
    if draw_men is None:
        for fv in draw_order(view.fighters):
            fighters.draw(surface, fv)
    else:
        draw_men(surface)
    venue.draw_front(surface, view, frame)
    shake = effects.shake_offset()
    if shake != (0, 0):  # the whole ring shakes once; effects offset themselves
        surface.scroll(shake[0], shake[1])
    effects.draw(surface)
    hud.draw(surface, view, frame)
