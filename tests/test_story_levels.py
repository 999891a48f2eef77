"""The levels folder: the shipped story is valid, broken copies name file and field, and the
order of the story lives in the data (reordered or trimmed copies change the story)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from game.assets import asset_dir
from game.story import LevelError, check_levels, load_story
from game.story.model import Fight, Training
from game.story.report import FightReport
from game.story.run import StoryRun
from tests.cardprobe import write_card

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
    assert kinds[0] == "scene" and "training" in kinds and kinds[-1] == "fight"
    assert kinds.index("fight") < kinds.index("training")
    creed, balboa = story.chapter("creed_drago"), story.chapter("balboa_drago")
    assert isinstance(creed, Fight) and creed.fighters == ("apollo", "drago")
    assert creed.rounds == 3 and creed.three_knockdown_tko
    assert {rt.chapter for rt in creed.routes} >= {"creed_wins", "creed_falls", "creed_towel"}
    assert isinstance(balboa, Fight) and balboa.rounds == 15 and not balboa.three_knockdown_tko
    assert [b.round for b in balboa.beats if b.montage] == list(range(3, 14))
    assert balboa.retry and balboa.training_bonuses
    assert isinstance(story.chapter("training"), Training)
    assert len(story.chapter("training").drills) >= 3  # type: ignore[union-attr]
    endings = {getattr(c, "ending", None) for c in story.chapters.values()}
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
    ("card.toml", 'art = "night"', 'art = "night"\nimage = "../../etc/passwd"',
     "card.toml: image: expected a path inside the game's folders"),
    ("card.toml", 'art = "night"', 'art = "night"\nimage = "/tmp/x.png"',
     "card.toml: image: expected a path inside the game's folders"),
    ("training.toml", 'stats = ["damage_mult", "chin"]', 'stats = ["luck"]',
     "training.toml: drills[0].stats: expected a list of stats"),
    ("creed_drago.toml", "kind = \"towel_choice\"\nround = 1", "kind = \"towel_choice\"\nround = 3",
     "creed_drago.toml: events[6].round: expected a round before the last (3)"),
    ("card.toml", 'pose = "guard_0"', 'pose = "moonwalk"',
     "card.toml: pages[1].figures[0].pose: expected a pose of drago's sprite sheet"),
    ("creed_drago.toml", 'chapter = "creed_falls"', 'chapter = "nowhere"',
     "creed_drago.toml: outcomes[2].chapter: expected a chapter file nowhere.toml (missing)"),
    ("creed_falls.toml", 'then = "funeral_day"', 'then = "nowhere"',
     "creed_falls.toml: then: expected a chapter file nowhere.toml (missing)"),
    ("credits_camp.toml", 'then = "credits_call"', 'then = "credits"',
     "credits.toml: then: expected a chain of scenes that ends"),
    ("story.toml", '"to_russia"', '"to_siberia"',
     "story.toml: order[4]: expected a chapter file to_siberia.toml (missing)"),
])
def test_broken_copies_name_file_field_and_expectation(copy, file, old, new, expect):
    write_card(copy)
    assert check_levels(copy) == []
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


def walk(story_dir: Path, outcomes: dict[str, FightReport]) -> list[str]:
    """Play a story's chapters through StoryRun with given fight results; the ids seen."""
    run = StoryRun(load_story(story_dir), save=False)
    seen = []
    while (ch := run.current()) is not None:
        seen.append(ch.id)
        rep = outcomes.get(ch.id)
        run.finish(rep.outcome if rep else "done", rep.method if rep else None, report=rep)
    assert run.over
    return seen


def ko(outcome: str, rnd: int, crowd: float | None = None) -> FightReport:
    return FightReport(outcome, "ko", rnd, crowd_at_14=crowd, crowd_at_end=crowd)


def test_order_and_branches_live_in_the_data(copy):
    towel = FightReport("towel", "tko", 1)
    base = walk(copy, {"creed_drago": towel, "balboa_drago": ko("win", 15, 0.6)})
    assert base == ["prologue", "press_conference", "vegas_entrance", "creed_drago",
                    "creed_towel", "to_russia", "farm_camp", "drago_lab", "adrian_arrives",
                    "training", "summit", "christmas_day", "moscow_entrance",
                    "balboa_drago", "ending_victory", "home_greeting", "credits",
                    "credits_camp", "credits_call"]
    fell = walk(copy, {"creed_drago": ko("loss", 2), "balboa_drago": ko("loss", 1)})
    assert fell[4:7] == ["creed_falls", "funeral_day", "to_russia"]
    assert fell[-4:] == ["ending_defeat", "credits", "credits_camp", "credits_call"]
    # a scene removed, two chapters swapped: the story changes the same way
    edit(copy / "story.toml", '"to_russia",\n         "farm_camp"', '"farm_camp"')
    edit(copy / "story.toml", '"prologue", "press_conference"', '"press_conference", "prologue"')
    assert check_levels(copy) == []
    changed = walk(copy, {"creed_drago": ko("win", 3), "balboa_drago": ko("loss", 15, 0.5)})
    assert changed == ["press_conference", "prologue", "vegas_entrance", "creed_drago",
                       "creed_wins", "farm_camp", "drago_lab", "adrian_arrives", "training",
                       "summit", "christmas_day", "moscow_entrance", "balboa_drago",
                       "ending_defeat", "credits", "credits_camp", "credits_call"]


def test_a_chain_after_an_ending_plays_out_and_a_save_in_it_keeps_the_ending(copy):
    """A scene's `then`: the victory scene is followed by the greeting home and the credits,
    and the story ends (with the victory) only after the last of them, even across a save."""
    story = load_story(copy)
    run = StoryRun(story, save=False)
    run.index, run.branch = story.order.index("balboa_drago"), "ending_victory"
    run.finish("done")
    assert run.ending == "victory" and not run.over and run.current().id == "home_greeting"
    again = StoryRun(story, save=False)
    assert again.restore(run.to_doc())
    while again.current() is not None:
        again.finish("done")
    assert again.over and again.ending == "victory"
    assert [r["id"] for r in again.records][-3:] == ["credits", "credits_camp", "credits_call"]
    assert again.ending_title() == "VICTORY IN MOSCOW"
