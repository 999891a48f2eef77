"""Every way the story can end closes with the credits: the staged endings and the ending cards
(the upset, the judges' decision) alike, and the ending is the one the last fight earned."""

from __future__ import annotations

import shutil

import pytest

from game.assets import asset_dir
from game.story import check_levels, load_story
from game.story.model import Card
from game.story.report import FightReport
from game.story.run import StoryRun
from tests.test_story_levels import edit

CREDITS = ["credits", "credits_camp", "credits_call"]
VEGAS_LOSS = FightReport("loss", "ko", 2)


@pytest.mark.parametrize(("moscow", "ending", "card", "title"), [
    (FightReport("win", "ko", 15, crowd_at_14=0.6, crowd_at_end=0.6), "victory",
     "ending_victory", "VICTORY IN MOSCOW"),
    (FightReport("win", "ko", 15, crowd_at_14=-0.6, crowd_at_end=-0.6), "victory",
     "ending_upset", "VICTORY IN MOSCOW"),
    (FightReport("win", "decision", 15, crowd_at_14=0.2, crowd_at_end=0.2), "victory",
     "ending_upset", "VICTORY IN MOSCOW"),
    (FightReport("loss", "decision", 15, crowd_at_14=0.2, crowd_at_end=0.2), "defeat",
     "ending_judges", "A LONG WINTER"),
    (FightReport("loss", "ko", 2), "defeat", "ending_defeat", "A LONG WINTER"),
])
def test_every_ending_plays_the_credits_and_keeps_its_result(moscow, ending, card, title):
    story = load_story(asset_dir("levels"))
    run = StoryRun(story, save=False)
    seen = []
    while (ch := run.current()) is not None:
        seen.append(ch.id)
        rep = {"creed_drago": VEGAS_LOSS, "balboa_drago": moscow}.get(ch.id)
        run.finish(rep.outcome if rep else "done", rep.method if rep else None, report=rep)
    assert card in seen, f"the result {moscow} should end on {card}, got {seen[-5:]}"
    assert seen[-3:] == CREDITS and seen.index(card) < len(seen) - 3
    assert run.over and run.ending == ending and run.ending_title() == title


def test_an_ending_card_may_chain_a_chapter_and_a_missing_one_is_named(tmp_path):
    """`then` on a card: checked like a scene's (a chapter file that is not there is an
    error naming the card's file and the field)."""
    copy = tmp_path / "levels"
    shutil.copytree(asset_dir("levels"), copy)
    story = load_story(copy)
    cards = [ch for ch in story.chapters.values() if isinstance(ch, Card) and ch.ending]
    assert cards and all(ch.then == "credits" for ch in cards)
    edit(copy / "ending_judges.toml", 'then = "credits"', 'then = "curtain_call"')
    errors = check_levels(copy)
    assert any("ending_judges.toml: then: expected a chapter file curtain_call.toml" in e
               for e in errors), errors
