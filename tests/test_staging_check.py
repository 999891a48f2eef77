"""`--check-levels` on staged scenes: each mistake a scene writer can make is named with its
file and field, before the story ever plays it.

The scenes use a sprites folder of the test's own (tests/stagehelpers.py), so the checks are
tested against known figures, poses, animations and a known backdrop size.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from stagehelpers import SCENE, use_sprites, write_scene

from game.story import check_levels, load_story
from game.story.model import Staging

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture()
def levels(levels_copy, tmp_path, monkeypatch) -> Path:
    use_sprites(monkeypatch, tmp_path / "sprites")
    return levels_copy


def _problems(levels: Path, old: str, new: str) -> list[str]:
    assert old in SCENE, old
    write_scene(levels, SCENE.replace(old, new, 1))
    return [m for m in check_levels(levels) if m.startswith("test_scene.toml")]


def test_the_test_scene_is_valid_and_loads_as_a_staging(levels):
    write_scene(levels)
    assert check_levels(levels) == []
    scene = load_story(levels).chapters["test_scene"]
    assert isinstance(scene, Staging)
    assert [a.name for a in scene.actors] == ["clerk", "rocky"]
    assert [b.do for b in scene.beats] == ["say", "walk", "say", "sound", "flash", "animate"]
    assert scene.beats[5].poses == ("point", "cheer")


CASES = [
    # (what goes wrong, old, new, field named, words of the expectation)
    ("unknown figure", 'figure = "clerk"', 'figure = "ghost"', "actors[0].figure",
     "a figure"),
    ("unknown pose", 'pose = "stand"', 'pose = "moonwalk"', "actors[0].pose",
     "a pose of clerk"),
    ("unknown pose of a fighter", 'pose = "idle_0"', 'pose = "stand"', "actors[1].pose",
     "a pose of rocky"),
    ("unknown animation", 'animation = "wave"', 'animation = "juggle"', "beats[5].animation",
     "an animation of clerk"),
    ("unknown backdrop", 'backdrop = "test_hall"', 'backdrop = "moon_base"', "backdrop",
     "a backdrop"),
    ("unknown sound cue", 'cue = "camera_flash"', 'cue = "kazoo"', "beats[3].cue",
     "one of"),
    ("unknown music", 'length = 8.0', 'length = 8.0\nmusic = "disco"', "music", "one of"),
    ("undeclared actor", 'actor = "rocky"', 'actor = "adrian"', "beats[2].actor",
     "one of clerk, rocky"),
    ("mark off the backdrop", "mark = [200, 300]", "mark = [1200, 300]", "actors[0].mark",
     "a point on the backdrop test_hall (x 0..960, y 0..360)"),
    ("walk off the backdrop", "to = [300, 300]", "to = [300, 420]", "beats[1].to",
     "a point on the backdrop"),
    ("beat after the end", "at = 6.0", "at = 9.5", "beats[5].at",
     "from 0 to the scene's length (8)"),
    ("say with no actor", 'actor = "clerk"\ntext = "Sign', 'text = "Sign', "beats[0].actor",
     "(missing)"),
    ("a number as text", "seconds = 2.0", 'seconds = "a while"', "beats[0].seconds",
     "a number"),
    ("zoom out of range", "zoom = 1.0", "zoom = 3.0", "camera.zoom", "from 1 to 2"),
    ("unknown beat kind", 'do = "flash"', 'do = "explode"', "beats[4].do", "one of say"),
    ("a field of another beat kind", 'do = "walk"', 'do = "walk"\ntext = "hi"',
     "beats[1].text", "no such field"),
    ("a chain to a missing chapter", 'length = 8.0', 'length = 8.0\nthen = "nowhere"', "then",
     "a chapter file nowhere.toml (missing)"),
    ("two actors of one name", 'name = "rocky"', 'name = "clerk"', "actors[1].name",
     "a name no other actor"),
]


@pytest.mark.parametrize("what, old, new, field, expect", CASES, ids=[c[0] for c in CASES])
def test_each_mistake_is_named_with_file_and_field(levels, what, old, new, field, expect):
    problems = _problems(levels, old, new)
    named = [m for m in problems if m.startswith(f"test_scene.toml: {field}: ")]
    assert named and expect in named[0], (what, problems)


def test_a_flood_needs_the_fan_figures(levels, tmp_path):
    flood = SCENE + '\n[[beats]]\nat = 7.0\ndo = "crowd"\nreaction = "flood"\n'
    write_scene(levels, flood)
    assert check_levels(levels) == []
    for fan in (tmp_path / "sprites" / "actors").glob("fan_*.json"):
        fan.unlink()
    from game.story import stage_assets

    stage_assets._figures.cache_clear()
    problems = check_levels(levels)
    assert any(m.startswith("test_scene.toml: beats[6].reaction: expected the fan figures")
               for m in problems), problems


def test_an_entrance_and_an_exit_may_start_and_end_past_the_side(levels):
    text = SCENE.replace('mark = [200, 300]', 'mark = [-120, 300]\noffstage = true').replace(
        'to = [300, 300]', 'to = [1100, 300]\nleave = true')
    write_scene(levels, text)
    assert check_levels(levels) == []
    write_scene(levels, text.replace("mark = [-120, 300]", "mark = [-400, 300]"))
    assert any("actors[0].mark" in m for m in check_levels(levels))


def test_the_command_line_names_the_scene_file_and_field(levels_copy):
    """The real `--check-levels` (the game's sprites: a fighter on a painted hall)."""
    write_scene(levels_copy, SCENE.replace('backdrop = "test_hall"', 'backdrop = "hall"')
                .replace('figure = "clerk"', 'figure = "apollo"')
                .replace('pose = "stand"', 'pose = "idle_0"')
                .replace('animation = "wave"', 'animation = "taunt"')
                .replace("mark = [200, 300]", "mark = [700, 300]"))
    env = dict(os.environ, SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy")
    out = subprocess.run([sys.executable, "-m", "game", "--check-levels", str(levels_copy)],
                         cwd=REPO, env=env, capture_output=True, text=True, timeout=60)
    assert out.returncode != 0
    assert "test_scene.toml: actors[0].mark: expected a point on the backdrop hall" in \
        out.stdout + out.stderr
