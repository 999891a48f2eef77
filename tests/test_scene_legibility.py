"""Every staged scene, stepped through from its data: the scene's title, its skip hint and its
speech boxes never sit over the backdrop's painted words (a board, the television's picture)
or the hall's front row, where neither would read.

Why from the data at every moment: the title and hint move with the rule in
game/render/story/stage_zones.py, and a camera move or a new backdrop can put a board where the
title used to be clear; a player notices words over words at once, a scene writer may not.
"""

from __future__ import annotations

import os
from dataclasses import replace

import pytest

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

from game.assets import asset_dir  # noqa: E402
from game.story import load_story  # noqa: E402
from game.story.model import Staging  # noqa: E402
from game.story.speech_layout import overlaps  # noqa: E402
from game.story.timeline import Timeline  # noqa: E402

pytestmark = pytest.mark.usefixtures("stage_display")   # a 640x360 window (conftest)

SAMPLE = 5       # ticks between looks, besides every beat's start


def _timeline(scene: Staging) -> Timeline:
    from game.scenes.story.staged import timeline_of

    return timeline_of(scene)


def _scene(cid: str) -> Staging:
    ch = load_story(asset_dir("levels")).chapters[cid]
    assert isinstance(ch, Staging)
    return ch


def _moments(timeline: Timeline) -> list[int]:
    out = set(range(0, timeline.length + 1, SAMPLE)) | set(timeline.starts)
    return sorted(t for t in out if 0 <= t <= timeline.length)


def _title_problems(timeline: Timeline, state) -> list[str]:  # noqa: ANN001 - a StageState
    from game.render.story import stage_zones as z

    if not z.title_shows(timeline, state):
        return []
    y = z.caption_y(timeline)
    band = z.caption_band(y)
    out = [f"the title covers a head at {tuple(round(v) for v in h)}"
           for h in z.heads_on_screen(timeline, state) if overlaps(band, h)]
    if not z.caption_hides(y):
        out += [f"the title at y {y:g} is over a sign at {tuple(round(v) for v in s)}"
                for s in z.signs_on_screen(timeline, state.view) if overlaps(band, s)]
    return out


def legibility_problems(timeline: Timeline) -> list[str]:
    """Words over words, moment by moment: the title on a board or a face, the hint on a
    board, the front row or the title's words, a speech box on a board or the hint."""
    from game.render.story import stage_zones as z
    from game.render.story.stage import layout

    sid = timeline.scene.id
    hint = z.hint_box(timeline)
    problems: list[str] = []
    for t in _moments(timeline):
        state = timeline.state(t)
        art = z.busy_art(timeline, state)
        found = _title_problems(timeline, state)
        found += [f"the hint is over {tuple(round(v) for v in b)}" for b in art
                  if overlaps(hint, b)]
        if z.title_shows(timeline, state) and overlaps(
                hint, z.caption_words(z.caption_y(timeline), timeline.scene.title)):
            found.append("the hint is over the title's words")
        for line, box, _, _ in layout(timeline, state):
            found += [f"{line.actor}'s line {line.text[:20]!r} is over a sign"
                      for s in z.signs_on_screen(timeline, state.view) if overlaps(box, s)]
            if overlaps(box, hint):
                found.append(f"{line.actor}'s line {line.text[:20]!r} is over the hint")
        problems += [f"{sid} tick {t}: {p}" for p in found]
    return problems


SHIPPED = [ch for ch in load_story(asset_dir("levels")).chapters.values()
           if isinstance(ch, Staging)]


@pytest.mark.parametrize("scene", SHIPPED, ids=[s.id for s in SHIPPED])
def test_shipped_scenes_keep_their_words_off_boards_screens_and_the_crowd(scene):
    assert legibility_problems(_timeline(scene)) == []


def test_the_shipped_backdrops_name_their_boards():
    """The check above sees only declared signs: the Vegas and Moscow halls' boards and the
    living room's television must be among them."""
    from game.story.stage_assets import backdrops

    bd = backdrops()
    for bid in ("vegas_ring", "vegas_stage", "moscow_ring", "moscow_hall", "home_tv"):
        assert bd[bid].signs, bid


def test_a_title_over_the_vegas_board_goes_to_the_bottom():
    """The last bell's close-up has the hall's board where a title would go: the title is a
    lower third instead; the same scene seen whole keeps its title at the top."""
    from game.render.story.stage_zones import CAPTION_BOTTOM, CAPTION_TOP, caption_y

    close = _scene("creed_falls")
    assert close.camera.zoom > 1.0
    assert caption_y(_timeline(close)) == CAPTION_BOTTOM
    whole = replace(close, camera=replace(close.camera, x=320.0, y=180.0, zoom=1.0), beats=())
    assert caption_y(_timeline(whole)) == CAPTION_TOP


def test_the_skip_hint_leaves_the_front_row_and_stays_put_elsewhere():
    """A scene with the hall's front row puts the hint at a top corner; one without keeps it
    at the bottom right, where every story screen has it."""
    from game.render.story.stage_zones import HINT_PLACES, crowd_box, crowd_row, hint_box

    crowd = _timeline(_scene("vegas_entrance"))
    assert crowd_row(crowd)
    box = hint_box(crowd)
    assert not overlaps(box, crowd_box()) and box[1] < 40
    quiet = _timeline(_scene("farm_camp"))
    assert not crowd_row(quiet) and hint_box(quiet)[:2] == HINT_PLACES[0]


def test_the_check_sees_a_title_on_a_board_and_a_hint_on_the_crowd(monkeypatch):
    """The checks above can fail: with the old fixed places (title at the top, hint at the
    bottom right) the close-up at the last bell and the Vegas entrance are caught."""
    from game.render.story import stage_zones as z

    monkeypatch.setattr(z, "caption_y", lambda _t: float(z.CAPTION_TOP))
    monkeypatch.setattr(z, "hint_box", lambda _t: (*z.HINT_PLACES[0], z.HINT_W, z.HINT_H))
    assert any("over a sign" in p for p in legibility_problems(_timeline(_scene("creed_falls"))))
    entrance = legibility_problems(_timeline(_scene("vegas_entrance")))
    assert any("the hint is over" in p for p in entrance)
