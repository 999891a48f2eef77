"""A figure standing in a television's picture (a backdrop's `screens`) is shown on the air:
cut to the glass and lined like the picture under him, not pasted over the set.

Why: Rocky's speech from Moscow reaches the living room through the set; drawn like the people
in the room he looked stuck on the television's front.
"""

from __future__ import annotations

import os
from dataclasses import replace

import pytest

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

import pygame  # noqa: E402

from game.assets import asset_dir  # noqa: E402
from game.story import load_story  # noqa: E402

pytestmark = pytest.mark.usefixtures("stage_display")   # a 640x360 window (conftest)


def _world(screens: bool, scale: float) -> tuple[pygame.Surface, pygame.Surface, tuple]:
    """(the living room drawn with Rocky on the set at `scale`, the bare room, the screen),
    with the set's picture honoured or (screens=False) ignored."""
    from game.render.story.stage import StageArt
    from game.scenes.story.staged import timeline_of

    scene = load_story(asset_dir("levels")).chapters["home_greeting"]
    timeline = timeline_of(scene)
    tv = timeline.backdrop.screens[0]
    if not screens:
        timeline.backdrop = replace(timeline.backdrop, screens=())
    state = timeline.state(0)
    rocky = next(a for a in state.actors if a.name == "rocky")
    state = replace(state, actors=(replace(rocky, scale=scale),))
    art = StageArt(timeline)
    art.draw_world(state)
    return art.world.copy(), art.back, tv


def _changed(world: pygame.Surface, back: pygame.Surface, rows: range, cols: range) -> list:
    return [(x, y) for y in rows for x in cols if world.get_at((x, y)) != back.get_at((x, y))]


def test_the_shipped_living_room_has_a_television_picture():
    from game.story.stage_assets import backdrops

    assert backdrops()["home_tv"].screens


def test_a_man_on_the_television_is_cut_to_its_glass():
    """Full size he would stand far out of the set: nothing of him shows outside it."""
    world, back, (x, y, w, h) = _world(True, 1.0)
    assert _changed(world, back, range(0, y), range(0, 640)) == []
    assert _changed(world, back, range(y, y + h), range(x, x + w))   # but he is on it
    pasted, _, _ = _world(False, 1.0)
    assert _changed(pasted, back, range(0, y), range(0, 640))        # pasted: over the wall


def test_a_man_on_the_television_is_lined_like_its_picture():
    """Every other row of him (from the screen's top, as the painted picture) is darker than
    the same figure pasted on; the rows between are only tinted."""
    world, back, (x, y, w, h) = _world(True, 0.4)
    pasted, _, _ = _world(False, 0.4)
    him = _changed(pasted, back, range(y, y + h), range(x, x + w))
    assert len(him) > 200

    def light(s: pygame.Surface, p: tuple[int, int]) -> int:
        c = s.get_at(p)
        return c.r + c.g + c.b

    lined = [light(world, p) / max(1, light(pasted, p)) for p in him if (p[1] - y) % 2 == 0]
    between = [light(world, p) / max(1, light(pasted, p)) for p in him if (p[1] - y) % 2 == 1]
    assert sum(lined) / len(lined) < 0.8 * sum(between) / len(between) + 0.05
    assert 0.75 < sum(between) / len(between) < 1.0
