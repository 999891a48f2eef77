"""The levels folder: the shipped story is valid, broken copies name file and field, and the
order of the story lives in the data (reordered or trimmed copies change the story)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from game.assets import asset_dir
from game.story import LevelError, check_levels, load_story
from game.story.model import Card, Fight, Training
from game.story.run import StoryRun

LEVELS = asset_dir("levels")


@pytest.fixture()
def copy(levels_copy: Path) -> Path:
    return levels_copy


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text, old
    path.write_text(text.replace(old, new, 1))


def test_shipped_levels_are_valid_and_tell_the_story():
    assert check_levels(LEVELS) == []
    story = load_story(LEVELS)
    kinds = [story.chapter(c).kind for c in story.order]
    assert kinds[:2] == ["card", "fight"] and "training" in kinds and kinds[-1] == "fight"
    creed, balboa = story.chapter("creed_drago"), story.chapter("balboa_drago")
    assert isinstance(creed, Fight) and creed.fighters == ("apollo", "drago")
    assert creed.rounds == 3 and creed.three_knockdown_tko
    assert set(creed.outcomes) == {"win", "loss", "towel"}
    assert isinstance(balboa, Fight) and balboa.rounds == 15 and not balboa.three_knockdown_tko
    assert [b.round for b in balboa.beats if b.montage] == list(range(3, 14))
    assert balboa.retry and balboa.training_bonuses
    assert isinstance(story.chapter("training"), Training)
    assert len(story.chapter("training").drills) >= 3  # type: ignore[union-attr]
    endings = {c.ending for c in story.chapters.values() if isinstance(c, Card)}
    assert {"victory", "defeat"} <= endings


@pytest.mark.parametrize("file, old, new, expect", [
    ("balboa_drago.toml", "kind = \"crowd\"\nround = 14", "kind = \"crowd\"\nround = 20",
     "balboa_drago.toml: events[6].round: expected a round from 1 to 15"),
    ("creed_drago.toml", 'fighters = ["apollo", "drago"]', 'fighters = ["apollo", "ivan"]',
     "creed_drago.toml: fighters: expected two fighters"),
    ("creed_drago.toml", 'venue = "las_vegas"', 'venue = "tokyo"',
     "creed_drago.toml: venue: expected one of las_vegas, moscow"),
    ("creed_drago.toml", "rounds = 3", 'rounds = "three"',
     "creed_drago.toml: rounds: expected a whole number from 1 to 15, got 'three'"),
    ("creed_drago.toml", 'venue = "las_vegas"\n', "",
     "creed_drago.toml: venue: expected one of las_vegas, moscow (missing)"),
    ("prologue.toml", 'art = "night"', 'art = "night"\nimage = "../../etc/passwd"',
     "prologue.toml: image: expected a path inside the game's folders"),
    ("prologue.toml", 'art = "night"', 'art = "night"\nimage = "/tmp/x.png"',
     "prologue.toml: image: expected a path inside the game's folders"),
    ("training.toml", 'stats = ["damage_mult", "chin"]', 'stats = ["luck"]',
     "training.toml: drills[0].stats: expected a list of stats"),
    ("creed_drago.toml", "kind = \"towel_choice\"\nround = 1", "kind = \"towel_choice\"\nround = 3",
     "creed_drago.toml: events[6].round: expected a round before the last (3)"),
    ("prologue.toml", 'pose = "guard_0"', 'pose = "moonwalk"',
     "prologue.toml: pages[1].figures[0].pose: expected a pose of drago's sprite sheet"),
    ("creed_drago.toml", 'loss = "creed_falls"', 'loss = "nowhere"',
     "creed_drago.toml: outcomes.loss: expected a chapter file nowhere.toml (missing)"),
    ("story.toml", '"to_russia"', '"to_siberia"',
     "story.toml: order[2]: expected a chapter file to_siberia.toml (missing)"),
])
def test_broken_copies_name_file_field_and_expectation(copy, file, old, new, expect):
    edit(copy / file, old, new)
    messages = check_levels(copy)
    assert any(m.startswith(expect) for m in messages), messages
    with pytest.raises(LevelError):
        load_story(copy)


def test_unparsable_and_missing_files(copy):
    (copy / "to_russia.toml").write_text("kind = [unclosed")
    (copy / "story.toml").unlink()
    assert any(m.startswith("story.toml: (file)") for m in check_levels(copy))
    shutil.copy(LEVELS / "story.toml", copy / "story.toml")
    assert any(m.startswith("to_russia.toml: (file): expected valid TOML")
               for m in check_levels(copy))


def walk(story_dir: Path, outcomes: dict[str, str]) -> list[str]:
    """Play a story's chapters through StoryRun with given fight outcomes; the ids seen."""
    run = StoryRun(load_story(story_dir), save=False)
    seen = []
    while (ch := run.current()) is not None:
        seen.append(ch.id)
        run.finish(outcomes.get(ch.id, "done"))
    assert run.over
    return seen


def test_order_and_branches_live_in_the_data(copy):
    base = walk(copy, {"creed_drago": "towel", "balboa_drago": "win"})
    assert base == ["prologue", "creed_drago", "creed_towel", "to_russia", "training",
                    "christmas_day", "balboa_drago", "ending_victory"]
    assert walk(copy, {"creed_drago": "loss", "balboa_drago": "loss"})[2] == "creed_falls"
    # a card removed, two chapters swapped: the story changes the same way
    edit(copy / "story.toml", '"to_russia", "training"', '"training"')
    edit(copy / "story.toml", '"prologue", "creed_drago"', '"creed_drago", "prologue"')
    assert check_levels(copy) == []
    changed = walk(copy, {"creed_drago": "win", "balboa_drago": "loss"})
    assert changed == ["creed_drago", "creed_wins", "prologue", "training", "christmas_day",
                       "balboa_drago", "ending_defeat"]
