"""Each story mechanic alone: drills, taunt, restraint, nerve, the cut, the crowd, the towel,
the round-14 scene, the simulated rounds, bonuses reaching the fight, retry and defeat, saves."""

from __future__ import annotations

import dataclasses

import pygame
import pytest

from game.assets import asset_dir
from game.bout import Bout, HeldSource
from game.scenes.story.flow import make_story_scene
from game.sim.actions import PUNCH_MASK, command
from game.sim.match import Match, MatchSetup
from game.sim.view import Event
from game.story import load_story
from game.story.drills import CpuTrainee, Input, make_drill
from game.story.script import StoryRules
from tests.scenehelpers import headless_context

LEVELS = asset_dir("levels")


@pytest.fixture()
def ctx():
    with headless_context() as c:
        yield c


def at_chapter(ctx, chapter: str, control: str = "cpu", seconds: float = 3.0, seed: int = 1):
    from game.scenes.story.flow import make_flow

    flow = make_flow(ctx, LEVELS, control, seed, "normal", seconds, save=False)
    flow.run.index = flow.run.story.order.index(chapter)
    ctx.stack.push(flow.scene())
    ctx.stack.apply()
    return flow


def tick(ctx, n: int = 1) -> None:
    for _ in range(n):
        ctx.stack.top.update()
        ctx.stack.apply()


def key(ctx, k: int) -> None:
    ctx.stack.top.handle(pygame.event.Event(pygame.KEYDOWN, key=k, scancode=0, mod=0,
                                            unicode=""))
    ctx.stack.apply()


def render(ctx) -> pygame.Surface:
    frame = pygame.Surface((640, 360))
    ctx.stack.draw(frame)
    return frame


# --- drills ---------------------------------------------------------------------------------
@pytest.mark.parametrize("kind", ["logs", "snow", "mountain", "machine"])
def test_drills_reward_skill_and_end(kind):
    def play(trainee) -> float:
        d = make_drill(kind)
        while not d.done:
            d.step(trainee(d))
        return d.score

    good = play(CpuTrainee(1, 0.95).input)
    idle = play(lambda d: Input())
    assert 0.0 <= idle < 0.05 and good > 0.75


def test_every_mash_has_a_hold_option():
    for kind in ("snow", "machine"):
        d = make_drill(kind)
        while not d.done:
            d.step(Input(hold=True))
        assert 0.4 < d.score < 0.75, kind   # a fair, middling result


def test_adrian_lifts_the_last_drill():
    plain, lifted = make_drill("mountain"), make_drill("mountain", boost=0.15)
    for d in (plain, lifted):
        t = CpuTrainee(3, 0.6)
        while not d.done:
            d.step(t.input(d))
    assert lifted.score > plain.score or lifted.score == 1.0


# --- rules on a plain match ---------------------------------------------------------------
def fight_rules(chapter: str) -> tuple[StoryRules, Bout]:
    """The chapter's script as the rule of a bout that has not ticked (round 1 started)."""
    fight = load_story(LEVELS).chapter(chapter)
    setup = MatchSetup(fighters=fight.fighters, venue=fight.venue, rounds=fight.rounds,
                       round_seconds=10, crowd_start=fight.crowd_start)
    rules = StoryRules(fight, 1)
    return rules, Bout(setup, (HeldSource(), HeldSource()), [rules])


def with_events(match: Match, *events: Event, **changes):
    return dataclasses.replace(match.view(), events=events, **changes)


def test_taunt_wins_the_crowd_and_some_stamina():
    rules, bout = fight_rules("creed_drago")
    match = bout.match
    apollo = match.fighters[0]
    apollo.stamina = 40.0
    crowd = match.crowd
    rules.after_tick(bout, with_events(match, Event("taunt", "p1")))
    assert apollo.stamina > 40.0 and match.crowd > crowd
    assert any("CROWD" in n.text for n in rules.notices)


def test_drago_holds_back_then_presses():
    rules, bout = fight_rules("creed_drago")
    punches = command("hook", "forward")
    view = bout.view
    early = [rules.filter_command(1, punches, view) & PUNCH_MASK for _ in range(200)]
    assert all(rules.filter_command(0, punches, view) for _ in range(50)), "Drago's only"
    rules.round_start(bout, 3)
    late = [rules.filter_command(1, punches, view) & PUNCH_MASK for _ in range(200)]
    assert sum(map(bool, early)) < 100 and all(late)


def test_confidence_drains_only_when_rocky_ends_a_round_standing():
    rules, bout = fight_rules("balboa_drago")
    start = rules.confidence
    rules.round_end(bout, 1)
    assert rules.confidence == pytest.approx(start - 0.06)
    bout.match.fighters[0].set_state("down")
    rules.round_end(bout, 2)
    assert rules.confidence == pytest.approx(start - 0.06)

    class Brain:
        confidence = 1.0
    brain = Brain()
    rules.apply_confidence(brain)
    assert brain.confidence == rules.confidence
    rules.apply_confidence(object())   # a brain without confidence is left alone


def test_the_bout_rings_the_bell_for_the_script_and_drago_hears_it():
    """Through the bout's own ticks: the bell that ends round 1 drains Drago's nerve, and his
    brain (the opponent's source) is told at once."""
    from game.ai.brain import CpuBrain
    from game.bout import BrainSource

    fight = load_story(LEVELS).chapter("balboa_drago")
    setup = MatchSetup(fighters=fight.fighters, venue=fight.venue, rounds=fight.rounds,
                       round_seconds=2, crowd_start=fight.crowd_start)
    rules = StoryRules(fight, 1)
    brain = CpuBrain("p2", "normal", 1)
    bout = Bout(setup, (HeldSource(), BrainSource(brain)), [rules])
    start = rules.confidence
    while bout.match.round == 1 and bout.match.phase != "break":
        bout.advance()
    assert rules.confidence == pytest.approx(start - 0.06)
    assert brain.confidence == rules.confidence


def test_the_cut_waits_for_late_round_two_and_shakes_drago():
    rules, bout = fight_rules("balboa_drago")
    match = bout.match
    drago = match.fighters[1]
    drago.cut = 1
    view = with_events(match, Event("cut", "p2", value=1))
    rules.after_tick(bout, view)
    assert drago.cut == 0 and not rules.cut_opened      # round 1: not yet
    late = with_events(match, Event("cut", "p2", value=1), round=2,
                       clock_ticks_left=match.round_ticks // 4)
    drago.cut = 1
    before = rules.confidence
    rules.after_tick(bout, late)
    assert drago.cut == 1 and rules.cut_opened and rules.confidence < before
    assert any("glove" in n.text for n in rules.notices)


def test_moscow_crowd_starts_hostile_and_turns_in_round_14_only_if_earned():
    rules, bout = fight_rules("balboa_drago")
    assert bout.match.crowd < -0.5
    rules.round_start(bout, 14)
    assert bout.match.crowd < -0.5, "no objectives met: the hall stays against him"
    rules.stars = 12
    rules.round_start(bout, 14)
    assert bout.match.crowd >= 0.4


def test_three_knockdown_rule_follows_the_level(ctx):
    flow = at_chapter(ctx, "creed_drago")
    assert ctx.stack.top.match.setup.three_knockdown_tko
    flow.run.index = flow.run.story.order.index("balboa_drago")
    ctx.stack.replace(flow.scene())
    ctx.stack.apply()
    assert not ctx.stack.top.match.setup.three_knockdown_tko


# --- scenes --------------------------------------------------------------------------------
def until(ctx, cond, limit: int = 40000) -> None:
    for _ in range(limit):
        if cond():
            return
        tick(ctx)
    raise AssertionError("condition never came")


def test_towel_choice_and_its_branch(ctx):
    flow = at_chapter(ctx, "creed_drago", control="keyboard")
    scene = ctx.stack.top

    def at_towel() -> bool:
        if scene.beats and scene.beats[0].event.kind != "towel_choice":
            key(ctx, pygame.K_RETURN)   # a person reads the entrance and corner lines
        return bool(scene.beats) and scene.beats[0].event.kind == "towel_choice"
    until(ctx, at_towel)
    beat = scene.beats[0]
    while not beat.choosing:
        key(ctx, pygame.K_RETURN)
    assert render(ctx).get_at((320, 150))[:3] != (0, 0, 0)
    key(ctx, pygame.K_DOWN)
    key(ctx, pygame.K_RETURN)
    assert scene.match.over and scene.match.reason == "towel"
    until(ctx, lambda: ctx.stack.top is not scene)
    assert flow.run.records[-1]["outcome"] == "towel"
    assert flow.run.current().id == "creed_towel"


def test_the_cpu_never_throws_the_towel(ctx):
    flow = at_chapter(ctx, "creed_drago", seed=2)
    scene = ctx.stack.top
    until(ctx, lambda: ctx.stack.top is not scene)
    assert flow.run.records[-1]["outcome"] in ("win", "loss")
    assert scene.match.reason != "towel"


def test_balboa_fight_boxes_the_montage_and_plays_the_manager_scene(ctx):
    # short rounds: the fight reaches round 14 (nobody can be stopped in 3-13 anyway)
    flow = at_chapter(ctx, "balboa_drago", seed=3, seconds=20.0)
    scene = ctx.stack.top
    fight_ticks: dict[int, int] = {}     # round -> its clock at the bell
    seen = {"manager": False, "brawl": False}
    while ctx.stack.top is scene:
        if scene.beats:
            kind = scene.beats[0].event.kind
            seen[kind] = True
            if kind == "manager":
                assert scene.match.round == 13
        elif scene.match.phase == "fight":
            rnd = scene.match.round      # the round's clock as its bell rang
            fight_ticks.setdefault(rnd, scene.match.clock)
        tick(ctx)
    rec = flow.run.records[-1]
    assert rec["id"] == "balboa_drago" and rec["rounds_montage"] == list(range(3, 14))
    assert set(range(1, 15)) <= set(fight_ticks), "the player boxes every round"
    assert all(fight_ticks[r] <= 15 * 60 for r in range(3, 14)), "montage rounds are short"
    assert fight_ticks[2] > 19 * 60 and fight_ticks[14] > 19 * 60
    assert seen["manager"], "Drago's corner is shown before round 14"
    assert scene.rules.confidence <= 0.45, "and he comes out a different man"


def test_all_rounds_makes_the_montage_rounds_full_length(ctx):
    flow = at_chapter(ctx, "balboa_drago", seconds=20.0)
    flow.run.play_all = True
    scene = flow.scene()
    ctx.stack.replace(scene)
    ctx.stack.apply()
    until(ctx, lambda: scene.match.round == 3 and scene.match.phase == "fight", 20000)
    assert scene.match.clock > 18 * 60, "round 3 at the chapter's full length"


def test_training_bonuses_reach_the_final_fight(ctx):
    flow = at_chapter(ctx, "training")
    until(ctx, lambda: flow.run.current().id != "training", 20000)
    rec = flow.run.records[-1]
    assert rec["kind"] == "training" and rec["bonuses"]["damage_mult"] > 1.0
    flow.run.index = flow.run.story.order.index("balboa_drago")
    ctx.stack.replace(flow.scene())
    ctx.stack.apply()
    rocky = ctx.stack.top.match.fighters[0]
    base = ctx.stack.top.match.game.fighters["rocky"]
    assert rocky.data.damage_mult > base.damage_mult
    assert rocky.data.stamina_max > base.stamina_max


def test_training_can_be_auto_completed_with_an_average_result(ctx):
    flow = at_chapter(ctx, "training", control="keyboard")
    key(ctx, pygame.K_DOWN)
    key(ctx, pygame.K_RETURN)
    key(ctx, pygame.K_RETURN)
    rec = flow.run.records[-1]
    assert rec["outcome"] == "done" and 1.0 < rec["bonuses"]["damage_mult"] < 1.15


def test_a_loss_offers_a_retry_or_the_defeat_ending(ctx):
    from game.scenes.story.fight import StoryFightScene
    from game.scenes.story.flow import RetryScene

    flow = at_chapter(ctx, "balboa_drago", control="keyboard", seconds=1.0)
    flow.run.play_all = False
    scene = ctx.stack.top
    scene.match.stop("p2", "KO", "count")   # the quickest honest loss: counted out
    until(ctx, lambda: isinstance(ctx.stack.top, RetryScene), 2000)
    key(ctx, pygame.K_RETURN)               # FIGHT AGAIN (round 1: from the first bell)
    again = ctx.stack.top
    assert isinstance(again, StoryFightScene) and again is not scene
    assert again.match.tick == 0 and again.match.setup.seed == scene.match.setup.seed
    again.match.stop("p2", "KO", "count")   # Moscow has no towel: a knockout again
    until(ctx, lambda: isinstance(ctx.stack.top, RetryScene), 2000)
    key(ctx, pygame.K_DOWN)
    key(ctx, pygame.K_RETURN)               # ACCEPT DEFEAT
    assert flow.run.current().id == "ending_defeat"


def test_saves_are_atomic_resumable_and_a_corrupt_one_is_set_aside(ctx):
    from game.story.save import read_save, save_path

    flow = at_chapter(ctx, "to_russia", control="keyboard")
    flow.run.save = True
    key(ctx, pygame.K_ESCAPE)               # skip the scene
    doc, msg = read_save()
    assert doc is not None and msg == "" and doc["index"] == 5
    assert not list(save_path().parent.glob("*.tmp"))
    ctx.stack.clear_to(make_story_scene(ctx, LEVELS, "keyboard", 1, resume=True))
    ctx.stack.apply()
    assert ctx.story.current().id == "farm_camp"
    save_path().write_text("index = [")
    doc, msg = read_save()
    assert doc is None and "set aside" in msg
    assert list(save_path().parent.glob("story.toml.corrupt-*"))
