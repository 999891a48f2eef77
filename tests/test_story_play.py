"""The CPU plays the whole story to an ending, every screen on the way renders, and a modified
levels folder changes the story the same way when it is played."""

from __future__ import annotations

import shutil

import pygame
import pytest

from game.assets import asset_dir
from game.scenes.story.flow import make_story_scene
from game.story import load_story, story_over, story_result
from tests.scenehelpers import headless_context

LEVELS = asset_dir("levels")


@pytest.fixture()
def ctx():
    with headless_context() as c:
        yield c


def play(ctx, levels, seed: int, draw_every: int = 0) -> dict:
    ctx.stack.push(make_story_scene(ctx, levels, "cpu", seed, "normal", round_seconds=3.0,
                                    save=False))
    ctx.stack.apply()
    frame = pygame.Surface((640, 360))
    kinds = set()
    for n in range(200000):
        if story_over(ctx):
            break
        ctx.stack.top.update()
        ctx.stack.apply()
        if draw_every and n % draw_every == 0:
            ctx.stack.draw(frame)
            kinds.add(type(ctx.stack.top).__name__)
    result = story_result(ctx)
    assert result is not None
    result["scenes"] = kinds
    return result


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5])
def test_cpu_plays_the_story_to_an_ending(ctx, seed):
    result = play(ctx, LEVELS, seed, draw_every=97 if seed == 1 else 0)
    assert result["ending"] in ("victory", "defeat")
    ids = [c["id"] for c in result["chapters"]]
    assert {"creed_drago", "training", "balboa_drago"} <= set(ids)
    fights = [c for c in result["chapters"] if c["kind"] == "fight"]
    assert all(c["outcome"] in ("win", "loss") and c["method"] for c in fights)
    # the chapter the last fight's result routed to is the ending played, then the credits
    card = fights[-1]["card"]
    assert card in ids and ids[-1] in ("credits_call", card)
    assert getattr(load_story(LEVELS).chapter(card), "ending", None) == result["ending"]
    assert ctx.fight is not None and ctx.fight.match.setup.venue == "moscow"
    if seed == 1:
        assert {"StagedScene", "StoryFightScene", "DrillsScene"} <= result["scenes"]


def test_a_modified_copy_changes_the_story_the_same_way(ctx, tmp_path):
    levels = tmp_path / "levels"
    shutil.copytree(LEVELS, levels)
    story = levels / "story.toml"
    old = '"prologue", "press_conference", "vegas_entrance", "creed_drago", "to_russia",'
    assert old in story.read_text()
    story.write_text(story.read_text().replace(old, '"to_russia", "prologue",'))
    result = play(ctx, levels, 1)
    ids = [c["id"] for c in result["chapters"]]
    assert ids[:2] == ["to_russia", "prologue"] and "creed_drago" not in ids
    assert ids[2] == "farm_camp" and result["ending"] in ("victory", "defeat")
