"""Saving a fight from the results screen, finding it in the list, and watching it again."""

from __future__ import annotations

import pygame
import pytest

from tests.scenehelpers import headless_context


@pytest.fixture()
def ctx():
    with headless_context() as c:
        yield c


def run_fight(ctx):
    from game.bout import FightSpec
    from game.scenes.fight import FightScene
    from game.sim.match import MatchSetup

    spec = FightSpec(MatchSetup(rounds=1, round_seconds=4.0, seed=9),
                     "exhibition", ("hard", "normal"), ("cpu", "cpu"))
    scene = FightScene(ctx, spec)
    while not scene.match.over:
        scene.update()
    return scene


def test_save_list_and_watch_a_replay(ctx):
    from game.scenes.replays import ReplayListScene, ReplayPlaybackScene, list_replays
    from game.scenes.results import ResultsScene

    fight = run_fight(ctx)
    results = ResultsScene(ctx, fight)
    results._save()
    assert results.message.startswith("SAVED")
    frame = pygame.Surface((640, 360))
    results.draw(frame)
    entries = list_replays()
    assert len(entries) == 1 and "ROCKY V DRAGO" in entries[0].label
    listing = ReplayListScene(ctx)
    ctx.stack.push(listing)
    ctx.stack.apply()
    listing.items[0][1]()          # watch it
    ctx.stack.apply()
    playback = ctx.stack.top
    assert isinstance(playback, ReplayPlaybackScene)
    playback.handle(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_UP))   # x2
    while not playback.match.over:
        playback.update()
    assert playback.match.winner == fight.match.winner
    assert [f.health for f in playback.match.fighters] == [f.health for f in fight.match.fighters]


def test_pause_and_step_in_playback(ctx, tmp_path):
    from game.scenes.replays import ReplayPlaybackScene, open_replay

    fight = run_fight(ctx)
    fight.recorder.save(tmp_path / "fight.json")
    scene = ReplayPlaybackScene(ctx, open_replay(tmp_path / "fight.json"))
    scene.update()
    scene.handle(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_SPACE))
    t = scene.match.tick
    scene.update()
    assert scene.match.tick == t
    scene.handle(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_RIGHT))
    scene.update()
    assert scene.match.tick == t + 1


def test_an_unreadable_replay_is_listed_as_such(ctx, tmp_path):
    from game.scenes.replays import list_replays

    (tmp_path / "broken.json").write_bytes(b"\x00\xff garbage")
    entries = list_replays(tmp_path)
    assert entries[0].label.endswith("(UNREADABLE)")
