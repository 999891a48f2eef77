"""The director's side of the story fight screen: a towel or manager beat that names a staged
scene plays it (through the stage engineer's `StagePlayer`, stood in for here) before the
towel menu, and `--check-levels` checks what such a `scene` names."""

from __future__ import annotations

import dataclasses
import sys
import types

import pygame
import pytest

from game.story import check_levels
from tests import test_story_mechanics as mechanics
from tests.test_story_mechanics import LEVELS, key, tick, until

ctx = mechanics.ctx   # the same headless Context fixture


class FakeStagePlayer:
    """The StagePlayer API of staging-contract.md, counting what the fight asks of it."""

    made: list[FakeStagePlayer] = []

    def __init__(self, scene, ctx, auto: bool) -> None:
        self.scene, self.auto, self.ticks, self.confirms, self.drawn = scene, auto, 0, 0, 0
        FakeStagePlayer.made.append(self)

    def update(self) -> bool:
        self.ticks += 1
        return self.confirms > 0 or (self.auto and self.ticks > 30)

    def confirm(self) -> None:
        self.confirms += 1

    def skip(self) -> None:
        self.confirms += 1

    def draw(self, surface: pygame.Surface) -> None:
        self.drawn += 1
        surface.fill((1, 2, 3))


@pytest.fixture()
def staged(monkeypatch):
    module = types.ModuleType("game.scenes.story.staged")
    module.StagePlayer = FakeStagePlayer   # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "game.scenes.story.staged", module)
    FakeStagePlayer.made.clear()
    return FakeStagePlayer


def test_a_towel_beat_plays_its_staged_scene_then_asks(ctx, staged):
    from game.scenes.story.flow import make_flow

    flow = make_flow(ctx, LEVELS, "keyboard", 1, "normal", 3.0, save=False)
    story = flow.run.story
    fight = story.chapters["creed_drago"]
    events = tuple(dataclasses.replace(e, scene="towel_scene")
                   if e.kind == "towel_choice" and e.round == 1 else e for e in fight.events)
    story.chapters["creed_drago"] = dataclasses.replace(fight, events=events)
    story.chapters["towel_scene"] = types.SimpleNamespace(id="towel_scene", kind="scene")
    flow.run.index = story.order.index("creed_drago")
    ctx.stack.push(flow.scene())
    ctx.stack.apply()
    scene = ctx.stack.top

    def at_towel() -> bool:
        if scene.beats and scene.beats[0].event.kind != "towel_choice":
            key(ctx, pygame.K_RETURN)
        return bool(scene.beats) and scene.beats[0].event.kind == "towel_choice"
    until(ctx, at_towel)
    tick(ctx, 2)
    beat = scene.beats[0]
    assert beat.stage is not None and not beat.choosing
    frame = pygame.Surface((640, 360))
    ctx.stack.draw(frame)
    assert frame.get_at((10, 300))[:3] == (1, 2, 3), "the staged scene is what is drawn"
    key(ctx, pygame.K_RETURN)           # the player moves the scene on
    tick(ctx, 2)
    assert beat.stage is None and beat.choosing, "then the towel menu"
    assert staged.made[0].scene.id == "towel_scene" and staged.made[0].auto is False


@pytest.mark.parametrize(("old", "new", "expect"), [
    ('scene = "towel_held"', 'scene = "nowhere"',
     "creed_drago.toml: events[6].scene: expected a chapter file nowhere.toml"),
    ('scene = "towel_held"', 'scene = "ending_upset"',
     "creed_drago.toml: events[6].scene: expected a staged scene chapter"),
    ('kind = "corner"\nround = 1', 'kind = "corner"\nround = 1\nscene = "towel_held"',
     "creed_drago.toml: events[5].scene: expected no such field for a corner event"),
])
def test_a_scene_field_is_checked(levels_copy, old, new, expect):
    path = levels_copy / "creed_drago.toml"
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))
    messages = check_levels(levels_copy)
    assert any(m.startswith(expect) for m in messages), messages


def test_all_rounds_goes_into_the_replay_and_comes_back_out():
    """A story fight boxed with ALL ROUNDS records it (`setup.montage`), and its playback
    rebuilds the chapter with the montage rounds at full length, so the replay plays the same."""
    from game.bout import FightSpec
    from game.scenes.replays import story_fight
    from game.sim.match import MatchSetup
    from game.story import load_story

    fight = load_story(LEVELS).chapter("balboa_drago")
    setup = MatchSetup(fighters=fight.fighters, venue=fight.venue, rounds=fight.rounds)
    short = FightSpec(setup, "story", story=fight).setup_doc()
    full = FightSpec(setup, "story", story=fight.full_length()).setup_doc()
    assert "montage" not in short and full["montage"] == "full"
    assert not story_fight(short).montage_full and story_fight(full).montage_full


def test_the_towel_comes_when_apollo_goes_down_in_round_two(ctx):
    """Not at every break: in round 2 the towel is offered the moment Apollo goes down, and
    thrown then it ends the fight by TKO in round 2."""
    from game.bout import HeldSource
    from tests.test_story_mechanics import at_chapter

    flow = at_chapter(ctx, "creed_drago", control="keyboard", seconds=20.0, seed=4)
    scene = ctx.stack.top
    scene.inner.bout.sources[0] = HeldSource()       # Apollo stands there
    offered: list[tuple[int, str]] = []

    def down_in_two() -> bool:
        m = scene.match
        if scene.beats:
            beat = scene.beats[0]
            if beat.event.kind == "towel_choice" and (m.round, beat.event.at) not in offered:
                offered.append((m.round, beat.event.at))
            if beat.event.kind != "towel_choice" or beat.event.at == "break":
                key(ctx, pygame.K_RETURN)
                if beat.choosing:
                    key(ctx, pygame.K_RETURN)      # keep fighting at the end of round 1
        if m.round == 2 and m.phase == "fight" and m.fighters[0].health > 1:
            m.fighters[0].health = 1.0             # the next clean punch floors him
        return bool(scene.beats) and scene.beats[0].event.at == "knockdown"
    until(ctx, down_in_two)
    assert offered == [(1, "break"), (2, "knockdown")]
    beat = scene.beats[0]
    while not beat.choosing:
        key(ctx, pygame.K_RETURN)
    key(ctx, pygame.K_DOWN)
    key(ctx, pygame.K_RETURN)
    m = scene.match
    assert m.over and (m.method, m.reason, m.round) == ("TKO", "towel", 2)
    until(ctx, lambda: ctx.stack.top is not scene)
    rec = flow.run.records[-1]
    assert (rec["outcome"], rec["method"], rec["round"]) == ("towel", "tko", 2)


def test_a_montage_round_shows_its_objective_and_its_stars_after(ctx, monkeypatch):
    """Round 3 of Moscow is boxing, not text: the fight is drawn with the round's objective
    over it (big after the bell, then a line), and the break after it shows how it went."""
    from tests.scenehelpers import drawn_text
    from tests.test_story_mechanics import at_chapter

    at_chapter(ctx, "balboa_drago", seconds=20.0, seed=2)
    scene = ctx.stack.top
    text = scene.fight.beat(3).objective_text
    seen = drawn_text(monkeypatch)
    frame = pygame.Surface((640, 360))

    def since_bell(n: int):
        m = scene.match
        return lambda: m.round == 3 and m.phase == "fight" and \
            m.tick - scene.director.bells.get(3, m.tick + 1) >= n
    until(ctx, since_bell(100))
    seen.clear()
    ctx.stack.draw(frame)
    assert text in seen and "ROUND 3  -  MONTAGE" in seen
    drawn = {fv.id for fv in scene.inner.view.fighters}
    assert drawn == {"rocky", "drago"}
    until(ctx, since_bell(400))
    seen.clear()
    ctx.stack.draw(frame)
    assert text in seen and "ROUND 3  -  MONTAGE" not in seen, "now a line over the fight"
    until(ctx, lambda: scene.match.phase == "break" and scene.match.phase_tick > 20
          and not scene.beats)
    seen.clear()
    ctx.stack.draw(frame)
    assert f"ROUND 3: {text}" in seen and ({"DONE!", "MISSED"} & set(seen))
