"""The timeline's promises (levels/README.md, "Staged scenes"), from the data alone: walks turn a
man the way he goes and leave him at rest on his mark, animations and lines come and go on
time, the camera glides and never shows past the backdrop, fades reach black and come back.
"""

from __future__ import annotations

import pytest
from stagehelpers import BACKDROP, SCENE, use_sprites, write_scene

from game.story import load_story
from game.story.model import Camera
from game.story.timeline import Timeline, ticks, view_of

EXTRA = '''
[[beats]]
at = 2.5
do = "walk"
actor = "clerk"
to = [120, 300]
seconds = 0.5

[[beats]]
at = 3.2
do = "pose"
actor = "clerk"
pose = "point"
facing = "right"

[[beats]]
at = 4.0
do = "camera"
x = 800.0
y = 180.0
zoom = 2.0
seconds = 1.0

[[beats]]
at = 7.0
do = "fade"
to = "black"
seconds = 0.5

[[beats]]
at = 7.5
do = "fade"
to = "in"
seconds = 0.5
'''


@pytest.fixture()
def timeline(levels_copy, tmp_path, monkeypatch) -> Timeline:
    from game.story.stage_assets import backdrops, figures

    use_sprites(monkeypatch, tmp_path / "sprites")
    write_scene(levels_copy, SCENE + EXTRA)
    scene = load_story(levels_copy).chapters["test_scene"]
    return Timeline(scene, figures(), backdrops()["test_hall"])


def _clerk(tl: Timeline, seconds: float):
    return next(a for a in tl.state(ticks(seconds)).actors if a.name == "clerk")


def test_a_walk_moves_him_with_the_walk_cycle_and_turns_him_the_way_he_goes(timeline):
    start, mid, end = _clerk(timeline, 0.9), _clerk(timeline, 1.5), _clerk(timeline, 2.2)
    assert (start.x, start.facing) == (200, "right")
    assert mid.walking and 200 < mid.x < 300 and mid.pose.startswith("walk_")
    assert mid.facing == "right"
    poses = {_clerk(timeline, 1.0 + k / 60).pose for k in range(60)}
    assert len(poses) == 4                                    # the whole cycle in a second
    assert (end.x, end.walking, end.pose) == (300, False, "talk")   # his line is still up
    back = _clerk(timeline, 2.7)
    assert back.facing == "left" and 120 < back.x < 300       # walking back turns him round


def test_a_pose_beat_sets_his_rest_and_an_animation_returns_to_it(timeline):
    assert _clerk(timeline, 3.0).pose == "stand"
    pointing = _clerk(timeline, 3.5)
    assert (pointing.pose, pointing.facing) == ("point", "right")
    waving = {_clerk(timeline, 6.0 + k / 60).pose for k in range(60)}
    assert waving == {"point", "cheer"}                      # the `wave` animation
    assert _clerk(timeline, 7.2).pose == "point"              # then back to his rest pose


def test_a_speaker_resting_in_stand_talks_while_his_line_is_up(timeline):
    assert _clerk(timeline, 0.7).pose == "talk"
    assert _clerk(timeline, 0.4).pose == "stand"
    rocky_talking = next(a for a in timeline.state(ticks(3.5)).actors if a.name == "rocky")
    assert rocky_talking.pose == "idle_0"                    # a fighter has no talk pose


def test_lines_come_and_go_on_time_and_type_out(timeline):
    assert timeline.lines(ticks(0.5) - 1) == ()
    [first] = timeline.lines(ticks(0.5))
    assert first.actor == "clerk" and 0 < first.shown < len(first.text)
    assert timeline.lines(ticks(2.5)) == ()
    assert [ln.actor for ln in timeline.lines(ticks(3.0))] == ["rocky"]


def test_the_camera_glides_and_never_shows_past_the_backdrop(timeline):
    before, during, after = (timeline.state(ticks(s)).view for s in (3.9, 4.5, 5.5))
    assert (before.x, before.w, before.zoom) == (0, 640, 1.0)
    assert 1.0 < during.zoom < 2.0
    assert (after.w, after.h) == (320, 180) and after.x + after.w <= BACKDROP[0]
    assert after.x == 800 - 160
    edge = view_of(Camera(950.0, 10.0, 1.0), BACKDROP)       # asked to look past the corner
    assert (edge.x, edge.y) == (BACKDROP[0] - 640, 0)


def test_a_fade_goes_to_black_and_comes_back(timeline):
    assert timeline.state(ticks(6.9)).fade[1] == 0.0
    colour, level = timeline.state(ticks(7.5)).fade
    assert colour == "black" and level == 1.0
    assert timeline.state(ticks(8.0)).fade[1] == 0.0


def test_sounds_play_once_when_their_beat_starts(timeline):
    at = ticks(5.5)
    assert timeline.cues(at - 1, at) == ["camera_flash"]
    assert timeline.cues(at, at + 60) == []
