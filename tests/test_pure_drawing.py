"""How often the fight is drawn must not change what the hall, the referee and the HUD do.

Why: a slow frame, or a replay watched at x2, runs two ticks for one drawn frame. When the
crowd, the referee and the damage trail moved on inside draw(), the crowd missed the big
moments of the tick in between (it reacted to 12 of 22 in seed 4's fight). Now the scene
advances them once per tick and draw() only reads them.
"""

from __future__ import annotations

import pygame
import pytest

from game.render.venue import BIG_EVENTS
from tests.scenehelpers import headless_context

TICKS = 3600          # the first rounds of a CPU fight, knockdowns included


def big_moment(ev) -> bool:
    """What the hall cheers at: venue.BIG_EVENTS and any heavy hit."""
    return BIG_EVENTS.get(ev.kind, 0.0) > 0 or (ev.kind == "hit" and ev.weight > 0.6)


def presentation(scene) -> dict:
    """Everything the renderers keep between frames, as a player would see it drawn."""
    crowd = scene.venue._crowd
    ref, hud, fx = scene.referee, scene.hud, scene.effects
    return {
        "crowd": (round(crowd.excitement, 9), crowd.hurt),
        "flashes": [tuple(f) for f in scene.venue._flashes],
        "referee": (ref.x_m, ref.facing, ref.pose, ref._fingers),
        "hud": (dict(hud._trail), dict(hud._hold)),
        "effects": ([(p.kind, p.x, p.y, p.age) for p in fx.particles], fx.shake_offset()),
    }


def run(seed: int, draw_every: int) -> tuple[dict, int, int]:
    """A CPU fight drawn on every `draw_every`-th tick: (end state, reactions, big moments)."""
    from game.bout import FightSpec
    from game.scenes.fight import FightScene
    from game.sim.match import MatchSetup

    with headless_context() as ctx:
        setup = MatchSetup(fighters=("rocky", "drago"), venue="moscow", seed=seed)
        scene = FightScene(ctx, FightSpec(setup, "exhibition", ("normal", "normal"),
                                          ("cpu", "cpu")))
        crowd = scene.venue._crowd
        reactions = []
        react = crowd.react
        crowd.react = lambda amount, hurt="": (reactions.append(amount), react(amount, hurt))
        surf = pygame.Surface((640, 360))
        scene.draw(surf)
        moments = 0
        for t in range(TICKS):
            scene.update()
            moments += sum(map(big_moment, scene.view.events))
            if t % draw_every == 0:
                scene.draw(surf)
        return presentation(scene), len(reactions), moments


@pytest.mark.parametrize("seed", [4, 9])
@pytest.mark.cost(9)
def test_drawing_every_other_tick_shows_the_same_hall_referee_and_hud(seed):
    every, every_reactions, moments = run(seed, 1)
    other, other_reactions, _ = run(seed, 2)
    assert moments >= 5, "the fight has big moments to react to"
    assert every_reactions == moments, "the crowd reacts to every big moment"
    assert other_reactions == moments, "...also when only every other tick is drawn"
    for part in every:
        assert other[part] == every[part], part


def test_drawing_changes_nothing():
    from game.bout import FightSpec
    from game.scenes.fight import FightScene
    from game.sim.match import MatchSetup

    with headless_context() as ctx:
        scene = FightScene(ctx, FightSpec(MatchSetup(seed=4), "exhibition", ("normal", "normal"),
                                          ("cpu", "cpu")))
        surf = pygame.Surface((640, 360))
        for _ in range(3000):   # on to a moment with sparks flying and the hall stirred
            scene.update()
            if scene.effects.particles and scene.venue.excitement > 0.3:
                break
        assert scene.effects.particles and scene.venue.excitement > 0.3
        before = presentation(scene)
        first = surf.copy()
        scene.draw(first)
        for _ in range(3):
            scene.draw(surf)
        assert presentation(scene) == before
        assert pygame.image.tobytes(surf, "RGB") == pygame.image.tobytes(first, "RGB")
