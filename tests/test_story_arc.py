"""The story's two fights play the film's arc with the CPU boxing for the player: a sample of
the seeds `python -m game.story_sweep --seeds 1-24` plays (issue 16's done-when), and a lost
round fought again from its start.

Why a sample: the whole sweep takes a minute or two; four seeds show the shape (and catch a
beat, a guard or a damage scale that breaks it) in a few seconds per seed.
"""

from __future__ import annotations

import pygame
import pytest

from game.story_sweep import figures, play_seed
from tests import test_story_mechanics as mechanics
from tests.test_story_mechanics import at_chapter, key, tick, until

ctx = mechanics.ctx   # the same headless Context fixture

SAMPLE = (1, 2, 3, 4)


@pytest.fixture(scope="module")
def sample():
    from game.assets import asset_dir

    return [play_seed((seed, None, str(asset_dir("levels")))) for seed in SAMPLE]


@pytest.mark.cost(15)
def test_creed_ends_by_dragos_stoppage_in_round_two(sample):
    for r in sample:
        c = r.creed
        assert (c["outcome"], c["method"], c["round"]) == ("loss", "ko", 2), r.seed
        assert c["rounds_played"] == [1, 2] and c["objectives"][0]["round"] == 1
    assert sum(r.apollo_ahead_after_1 for r in sample) >= 3, "round 1 is Apollo's to win"


@pytest.mark.cost(15)
def test_balboa_reaches_the_late_rounds_and_only_round_15_can_finish_drago(sample):
    for r in sample:
        b = r.balboa
        assert b["rounds_montage"] == list(range(3, 14)), r.seed
        assert not (3 <= b["round"] <= 13), f"seed {r.seed}: stopped in a montage round"
        if b["outcome"] == "win" and b["method"] in ("ko", "tko"):
            assert b["round"] == 15, f"seed {r.seed}: Drago knocked out before the 15th"
        assert len(b["objectives"]) == len(b["rounds_played"])
    assert sum(14 in r.balboa["rounds_played"] for r in sample) >= 3
    ko15 = sum(r.balboa["outcome"] == "win" and r.balboa["round"] == 15 for r in sample)
    assert ko15 >= 2, "the finish in the 15th is Rocky's more often than not"
    names = [f[0] for f in figures(sample)]
    assert len(names) == 6 and "Rocky wins by KO in round 15" in names


def test_a_lost_round_is_fought_again_from_its_start(ctx):
    """Lose round 2 (the towel: the quickest honest loss), take FIGHT ROUND 2 AGAIN: the new
    fight stands where the first one stood as round 2 began, everything before it the same."""
    from game.scenes.story.fight import StoryFightScene
    from game.scenes.story.flow import RetryScene
    from game.sim.match import INTRO_TICKS

    at_chapter(ctx, "balboa_drago", control="keyboard", seconds=6.0, seed=5)
    scene = ctx.stack.top
    seen: dict[int, tuple] = {}

    def in_round_two() -> bool:
        m = scene.match
        seen[m.tick] = (m.round, m.phase, [round(f.health, 6) for f in m.fighters],
                        m.fighters[1].cut)
        if scene.beats:
            key(ctx, pygame.K_RETURN)
        return m.round == 2 and m.phase == "fight" and m.phase_tick > 30
    until(ctx, in_round_two)
    bell = scene.director.bells[2]
    scene.match.throw_towel("p1")
    until(ctx, lambda: isinstance(ctx.stack.top, RetryScene), 2000)
    retry = ctx.stack.top
    assert retry.labels()[0] == "FIGHT ROUND 2 AGAIN"
    key(ctx, pygame.K_RETURN)
    again = ctx.stack.top
    assert isinstance(again, StoryFightScene) and again is not scene
    m = again.match
    assert m.tick == bell - INTRO_TICKS and m.round == 2 and m.phase == "intro"
    assert seen[m.tick] == (m.round, m.phase, [round(f.health, 6) for f in m.fighters],
                            m.fighters[1].cut)
    assert again.director.rounds_played == [1] and len(again.director.objectives) == 1
    tick(ctx, INTRO_TICKS + 5)
    assert again.match.round == 2 and not again.match.over, "and it goes on, live"
