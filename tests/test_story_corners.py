"""Corner talk is drawn with each man in his own corner, and the next round starts where the
simulation has them.

Why pixels as well as positions: the staging's own numbers could agree with themselves while
the picture shows something else, so the test also looks at where each fighter's skin tone
lands on the rendered frame (above the dialogue panel, under the corner's fade).
"""

from __future__ import annotations

import pygame
import pytest

from game.render import ui
from game.render.layout import CENTER_X, PX_PER_M, ROPE_X_L, ROPE_X_R
from game.scenes.story_corner import mark_x_m, to_px
from game.sim.view import RING_HALF_WIDTH_M
from tests.pixels import skin_tone
from tests.test_story_mechanics import at_chapter, ctx, render, tick, until  # noqa: F401 - fixture

PANEL_TOP = 262           # the dialogue panel covers the frame below this row
NEAR_ROPES_PX = round(1.2 * PX_PER_M)  # a man in his corner is this close to his ropes


def faded(colour: tuple[int, int, int]) -> tuple[int, int, int]:
    """The colour as it shows under the corner talk's fade."""
    s = pygame.Surface((1, 1))
    s.fill(colour)
    ui.fade(s, 0.35)
    return tuple(s.get_at((0, 0)))[:3]


def columns(frame: pygame.Surface, colour: tuple[int, int, int]) -> list[int]:
    """Every x (once per pixel) where the colour appears above the dialogue panel."""
    return [x for x in range(frame.get_width()) for y in range(40, PANEL_TOP)
            if tuple(frame.get_at((x, y)))[:3] == colour]


def to_corner_talk(ctx, chapter: str, seed: int):  # noqa: F811 - the fixture's value
    at_chapter(ctx, chapter, seconds=3.0, seed=seed)
    scene = ctx.stack.top
    until(ctx, lambda: bool(scene.beats) and scene.beats[0].event.kind == "corner")
    tick(ctx, 30)   # a few lines typed; the sim is held by the beat
    return scene


@pytest.mark.parametrize(("chapter", "seed"), [("creed_drago", 2), ("balboa_drago", 1)])
def test_corner_talk_shows_each_man_in_his_own_corner(ctx, chapter, seed):  # noqa: F811
    scene = to_corner_talk(ctx, chapter, seed)
    view = scene.match.view()
    (x1, seated1), (x2, seated2) = scene.corners.spots()
    assert seated1 and seated2
    assert ROPE_X_L < x1 <= ROPE_X_L + NEAR_ROPES_PX
    assert ROPE_X_R - NEAR_ROPES_PX <= x2 < ROPE_X_R
    ring = RING_HALF_WIDTH_M * PX_PER_M
    assert CENTER_X - ring < x1 < CENTER_X - ring / 2 < CENTER_X + ring / 2 < x2

    frame = render(ctx)
    p1, p2 = (f.id for f in view.fighters)
    left = columns(frame, faded(skin_tone(p1)))
    right = columns(frame, faded(skin_tone(p2)))
    assert len(left) > 300 and len(right) > 300      # both men are really on screen
    assert max(left) < CENTER_X - ring / 2, (min(left), max(left))
    assert min(right) > CENTER_X + ring / 2, (min(right), max(right))
    assert scene.match.view() == view                # drawing never touched the match


def test_the_towel_choice_is_made_in_the_corner_too(ctx):  # noqa: F811
    at_chapter(ctx, "creed_drago", seconds=3.0, seed=3)
    scene = ctx.stack.top
    until(ctx, lambda: bool(scene.beats) and scene.beats[0].event.kind == "towel_choice")
    (x1, seated1), (x2, seated2) = scene.corners.spots()
    assert seated1 and seated2 and x1 < CENTER_X - 150 and x2 > CENTER_X + 150


def test_the_next_round_starts_where_the_simulation_has_them(ctx):  # noqa: F811
    scene = to_corner_talk(ctx, "creed_drago", 2)
    round_no = scene.match.round
    last: list[tuple[int, bool]] = []

    def next_round() -> bool:
        nonlocal last
        if scene.corners.active:
            last = scene.corners.spots()
        return scene.match.round > round_no
    until(ctx, next_round)
    # walked out of the corners onto the marks the sim uses, standing, by the last break tick
    assert last == [(to_px(mark_x_m(0)), False), (to_px(mark_x_m(1)), False)]
    view = scene.inner.view
    assert view.phase == "intro" and not scene.corners.active
    assert [to_px(f.x_m) for f in view.fighters] == [x for x, _ in last]
    frame = render(ctx)
    for fv in view.fighters:   # drawn by the fight itself, at the sim's own positions
        xs = columns(frame, skin_tone(fv.id))
        assert xs and abs((min(xs) + max(xs)) / 2 - to_px(fv.x_m)) < 40
