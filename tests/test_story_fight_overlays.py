"""What the story lays over its fights (the crowd meter, the round's objective) sits in the band
right under the HUD, stacked, and never down on the venue's board, whose painted words ("LAS
VEGAS", the Moscow banner) it used to cut in half."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from game.render.layout import HUD_H
from game.scenes.story.beats_hud import (
    AFTER_FIGHT_CALL,
    BELL_TICKS,
    LINE_PANEL_H,
    LINE_TEXT_DY,
)
from game.scenes.story.fight import CROWD_METER_H

LEVELS = Path(__file__).resolve().parent.parent / "levels"
BOARD_WORDS_TOP = 72   # "LAS VEGAS" is painted from this row down (tools/uigen/venues.py)


def overlay_rows(monkeypatch, chapter: str) -> dict[str, int]:
    """Play `chapter`'s first round until its objective is the small line; the top row of each
    overlay text drawn in that frame."""
    from game.render.font import PixelFont
    from game.scenes.story.flow import make_flow
    from tests.scenehelpers import headless_context

    rows: dict[str, int] = {}
    draw = PixelFont.draw

    def record(self, surface, text, pos, *args, **kwargs):
        rows.setdefault(text, pos[1])
        return draw(self, surface, text, pos, *args, **kwargs)

    with headless_context() as ctx:
        flow = make_flow(ctx, LEVELS, "keyboard", 1, "normal", 60.0, save=False)
        flow.run.index = flow.run.story.order.index(chapter)
        ctx.stack.push(flow.scene())
        ctx.stack.apply()
        scene = ctx.stack.top
        frame = pygame.Surface((640, 360))
        enter = pygame.event.Event(pygame.KEYDOWN, key=pygame.K_RETURN, scancode=0, mod=0,
                                   unicode="")
        for _ in range(20000):
            view = scene.inner.view
            since = view.tick - scene.director.bells.get(view.round, view.tick)
            if view.phase == "fight" and since > AFTER_FIGHT_CALL + BELL_TICKS + 5 \
                    and not scene.beats:
                break
            if scene.beats:
                scene.handle(enter)    # a person reads the lines (the walk to the ring)
            scene.update()
            ctx.stack.apply()
        else:
            pytest.fail(f"{chapter}: the first round's objective never settled")
        monkeypatch.setattr(PixelFont, "draw", record)
        ctx.stack.draw(frame)
        objective = scene.fight.beat(view.round).objective_text
        assert objective in rows, f"{chapter}: the objective is not drawn ({sorted(rows)})"
        return {"objective": rows[objective], "crowd": rows.get("CROWD", -1)}


def test_the_objective_sits_under_the_hud_above_the_vegas_board(monkeypatch):
    rows = overlay_rows(monkeypatch, "creed_drago")
    assert rows["crowd"] < 0, "Vegas has no crowd meter"
    top = rows["objective"] - LINE_TEXT_DY
    assert top >= HUD_H, rows
    assert top + LINE_PANEL_H <= BOARD_WORDS_TOP, f"the objective covers the board's words: {rows}"


def test_in_moscow_the_objective_stacks_under_the_crowd_meter(monkeypatch):
    rows = overlay_rows(monkeypatch, "balboa_drago")
    assert HUD_H < rows["crowd"] < rows["objective"], rows
    assert rows["objective"] >= HUD_H + CROWD_METER_H, "over the crowd meter's label"
