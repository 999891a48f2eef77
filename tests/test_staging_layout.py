"""Every staged scene, stepped through from its data: no speech box ever covers a head, and no
actor is cut by the edge of the picture.

Why from the data, at every beat: a scene writer moves a mark or adds a line and cannot look
at every frame; these checks run the same timeline and the same box placement the screen uses
(game/story/timeline.py, game/render/story/stage.py `layout`) over the whole scene.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

from stagehelpers import SCENE, use_sprites, write_scene  # noqa: E402

from game.assets import asset_dir  # noqa: E402
from game.story import load_story  # noqa: E402
from game.story.model import STAGE_H, STAGE_W, Staging  # noqa: E402
from game.story.speech_layout import inside, overlaps, place_speech, tail  # noqa: E402
from game.story.timeline import Timeline, ticks  # noqa: E402

SAMPLE = 5       # ticks between looks, besides every beat's start and end
EDGE_PX = 3      # a glove's tip this close past the edge is not a man cut off


pytestmark = pytest.mark.usefixtures("stage_display")   # a 640x360 window (conftest)


def scene_chapters(levels: Path) -> list[Staging]:
    return [ch for ch in load_story(levels).chapters.values() if isinstance(ch, Staging)]


def moments(timeline: Timeline) -> list[int]:
    """Every beat's first and last tick, and every SAMPLE ticks between."""
    out = set(range(0, timeline.length + 1, SAMPLE))
    for beat, start in zip(timeline.scene.beats, timeline.starts, strict=True):
        out |= {start, start + ticks(beat.seconds) - 1, start + ticks(beat.seconds)}
    return sorted(t for t in out if 0 <= t <= timeline.length)


def staging_problems(timeline: Timeline) -> list[str]:
    """What a player would see wrong, tick by tick: words over a face, a man cut in half."""
    from game.render.story.stage import body_box, head_box, layout

    sid, figs = timeline.scene.id, timeline.figs
    problems: list[str] = []
    for t in moments(timeline):
        state = timeline.state(t)
        heads = {a.name: state.view.to_screen(head_box(figs[a.figure], a))
                 for a in state.actors}
        placed = layout(timeline, state)
        if len(placed) != len(state.lines):
            problems.append(f"{sid} tick {t}: a line of someone not on the stage")
        for line, box, ok, _ in placed:
            covered = [n for n, h in heads.items() if overlaps(box, h)]
            if not ok or covered or not inside(box, margin=0):
                problems.append(f"{sid} tick {t}: {line.actor}'s line {line.text[:24]!r} at "
                                f"{tuple(round(v) for v in box)} covers {covered or 'the edge'}")
        if timeline.camera_moving(t):
            continue
        for a in state.actors:
            if a.fan or a.passing:
                continue
            x, y, w, h = state.view.to_screen(body_box(figs[a.figure], a))
            out_of_view = x >= STAGE_W or x + w <= 0
            bottom_ok = y + h <= STAGE_H + EDGE_PX or state.view.zoom > 1.0  # a close-up crops
            if not out_of_view and (x < -EDGE_PX or x + w > STAGE_W + EDGE_PX or y < -EDGE_PX
                                    or not bottom_ok):
                problems.append(f"{sid} tick {t}: {a.name} is cut by the frame at "
                                f"{(round(x), round(y), round(w), round(h))}")
    return problems


def _timeline(scene: Staging) -> Timeline:
    from game.scenes.story.staged import timeline_of

    return timeline_of(scene)


SHIPPED = scene_chapters(asset_dir("levels"))


@pytest.mark.parametrize("scene", SHIPPED, ids=[s.id for s in SHIPPED])
def test_shipped_scenes_keep_words_off_faces_and_people_in_the_picture(scene):
    assert staging_problems(_timeline(scene)) == []


def test_the_story_has_staged_scenes():
    assert SHIPPED, "no kind = \"scene\" chapter in levels/"


def test_the_check_sees_a_line_over_a_face_and_a_man_cut_off(levels_copy, tmp_path,
                                                             monkeypatch):
    """The checks above can fail: a crowded stage with nowhere left to put the words, and a
    man standing half out of the picture."""
    use_sprites(monkeypatch, tmp_path / "sprites")
    write_scene(levels_copy)
    good = [s for s in scene_chapters(levels_copy) if s.id == "test_scene"][0]
    assert staging_problems(_timeline(good)) == []
    crowd = "".join(f'\n[[actors]]\nname = "c{k}"\nfigure = "clerk"\nmark = [{x}, {y}]\n'
                    f"scale = 1.5\n" for k, (x, y) in enumerate(
                        (x, y) for y in range(110, 360, 36) for x in range(20, 950, 18)))
    write_scene(levels_copy, SCENE + crowd)
    crowded = [s for s in scene_chapters(levels_copy) if s.id == "test_scene"][0]
    assert any("covers" in p for p in staging_problems(_timeline(crowded)))
    write_scene(levels_copy, SCENE.replace("mark = [420, 300]", "mark = [630, 300]"))
    edge = [s for s in scene_chapters(levels_copy) if s.id == "test_scene"][0]
    assert any("rocky is cut by the frame" in p for p in staging_problems(_timeline(edge)))


# --- the placement rule on its own (no pygame needed) ----------------------------------------
def test_a_box_goes_above_the_speaker_when_there_is_room():
    head = (300.0, 150.0, 20.0, 20.0)
    box, ok = place_speech(head, (120, 40), [head])
    assert ok and box[1] + box[3] <= head[1] and box[0] < 310 < box[0] + box[2]


def test_a_box_never_lands_on_another_head_above_the_speaker():
    head = (300.0, 150.0, 20.0, 20.0)
    other = (290.0, 90.0, 40.0, 40.0)            # someone taller, right behind him
    box, ok = place_speech(head, (120, 40), [head, other])
    assert ok and not overlaps(box, other) and not overlaps(box, head)


def test_a_speaker_at_the_top_edge_is_answered_beside_him():
    head = (300.0, 8.0, 20.0, 20.0)
    box, ok = place_speech(head, (120, 40), [head])
    assert ok and inside(box) and not overlaps(box, head)


def test_boxes_already_placed_are_avoided():
    head = (300.0, 150.0, 20.0, 20.0)
    first, _ = place_speech(head, (120, 40), [head])
    second, ok = place_speech(head, (120, 40), [head], [first])
    assert ok and not overlaps(first, second)


def test_nowhere_to_go_is_reported_not_hidden():
    heads = [(x, y, 30.0, 30.0) for x in range(0, 640, 30) for y in range(0, 360, 30)]
    _, ok = place_speech(heads[40], (120, 40), heads)
    assert not ok


def test_the_tail_points_at_the_head_and_stops_short_of_it():
    head = (300.0, 150.0, 20.0, 20.0)
    box, _ = place_speech(head, (120, 40), [head])
    (ax, ay), (bx, by), (tx, ty) = tail(box, head)
    assert ay == by == box[1] + box[3]          # it leaves the box's bottom edge
    assert box[1] + box[3] < ty < head[1]       # and ends between the box and the head
    assert head[0] <= tx <= head[0] + head[2]
