"""The story's director on a plain Bout (no scenes, no pygame): round beats applied at the
bell, the sim's knobs it turns (damage scale, the guard, the health floor, `Match.stop`),
objectives scored by what happened, the scripted finish, and the round beats' loader."""

from __future__ import annotations

import dataclasses

import pytest

from game.assets import asset_dir
from game.bout import Bout, HeldSource
from game.sim.actions import command
from game.sim.match import Match, MatchSetup
from game.story import check_levels, load_story
from game.story.director import Director, story_rules
from game.story.model import Fight, RoundBeat

LEVELS = asset_dir("levels")


class Puncher:
    """Walks in and presses a punch every `every` ticks (a held button presses only once)."""

    kind, live = "puncher", True

    def __init__(self, punch: str, every: int = 14) -> None:
        self.punch, self.every = punch, every

    def command(self, view) -> int:
        return command(self.punch) if view.tick % self.every < 2 else command("forward")


def chapter(cid: str) -> Fight:
    fight = load_story(LEVELS).chapter(cid)
    assert isinstance(fight, Fight)
    return fight


def bout_for(fight: Fight, seconds: float = 20.0, p1=None, p2=None,
             seed: int = 1) -> tuple[Bout, Director]:
    setup = MatchSetup(fighters=fight.fighters, venue=fight.venue, rounds=fight.rounds,
                       round_seconds=seconds, seed=seed, crowd_start=fight.crowd_start,
                       three_knockdown_tko=fight.three_knockdown_tko)
    rules = story_rules(fight, seed)
    bout = Bout(setup, (p1 or HeldSource(), p2 or HeldSource()), rules)
    director = rules[1]
    assert isinstance(director, Director)
    return bout, director


def to_round(bout: Bout, n: int, limit: int = 200_000) -> None:
    for _ in range(limit):
        if bout.match.over or (bout.match.round == n and bout.match.phase == "fight"):
            return
        bout.advance()
    raise AssertionError(f"round {n} never came")


# --- the sim's knobs ----------------------------------------------------------------------
def floored_bout(guarded: bool) -> Match:
    """Drago jabs a man who never mashes to rise, from one punch away from the canvas."""
    setup = MatchSetup(fighters=("rocky", "drago"), rounds=3, round_seconds=60, seed=2)
    bout = Bout(setup, (HeldSource(0), Puncher("jab")))
    match = bout.match
    match.guarded[0] = guarded
    match.fighters[0].health = 1.0
    for _ in range(60 * 40):
        bout.advance()
        if match.over or match.round > 1:
            break
    return match


def test_a_guarded_man_always_beats_the_count_and_an_unguarded_one_does_not():
    plain = floored_bout(guarded=False)
    assert plain.over and plain.method == "KO" and plain.winner == "p2"
    guarded = floored_bout(guarded=True)
    assert not (guarded.over and guarded.winner == "p2")
    assert guarded.fighters[0].knockdowns_total >= 1, "he went down, and got up"


def test_damage_scale_and_health_floor():
    def damage_taken(scale: float, floor: float = 0.0, health: float = 0.0
                     ) -> tuple[float, int]:
        setup = MatchSetup(fighters=("rocky", "drago"), rounds=1, round_seconds=20, seed=3)
        bout = Bout(setup, (HeldSource(0), Puncher("hook", 20)))
        bout.match.damage_scale[1] = scale
        bout.match.health_floor[0] = floor
        bout.match.fighters[0].health = health or bout.match.fighters[0].health
        while not bout.match.over and bout.match.tick < 60 * 12:
            bout.advance()
        rocky = bout.match.fighters[0]
        return rocky.damage_taken, rocky.knockdowns_total
    base, _ = damage_taken(1.0)
    half, _ = damage_taken(0.5)
    assert base > 0 and half == pytest.approx(base / 2, rel=0.35)
    _, downs = damage_taken(3.0, health=20.0)
    _, floored_downs = damage_taken(3.0, floor=15.0, health=20.0)
    assert downs >= 1 and floored_downs == 0


def test_stop_ends_the_fight_as_told_with_no_count():
    match = Match(MatchSetup(seed=1))
    match.stop("p2", "KO", "finish")
    assert match.over and (match.winner, match.method, match.reason) == ("p2", "KO", "finish")
    assert match.count == 0 and any(e.kind == "fight_over" for e in match.events)


# --- the beats --------------------------------------------------------------------------------
def test_each_round_gets_its_beat_at_the_bell():
    bout, director = bout_for(chapter("balboa_drago"))
    match = bout.match
    r1 = chapter("balboa_drago").beat(1)
    assert match.damage_scale == list(r1.damage) and match.guarded == [False, True]
    to_round(bout, 3)
    assert match.guarded == [True, True] and match.health_floor[0] > 0
    assert match.clock <= 15 * 60, "a montage round is a short one"
    assert director.rounds_played == [1, 2, 3] and director.rounds_montage == [3]


def test_all_rounds_keeps_the_montage_rounds_full_length():
    bout, director = bout_for(chapter("balboa_drago").full_length())
    to_round(bout, 3)
    assert bout.match.clock > 19 * 60


def test_a_beat_sets_the_opponents_restraint_and_nerve():
    fight = chapter("balboa_drago")
    beats = tuple(dataclasses.replace(b, restraint=0.9, confidence=0.3) if b.round == 1 else b
                  for b in fight.beats)
    bout, director = bout_for(dataclasses.replace(fight, beats=beats))
    assert director.script.restraint == 0.9 and director.script.confidence == 0.3


def test_objectives_are_scored_from_what_happened():
    """Round 1 of Moscow: STAY ON YOUR FEET. Standing still through it and taking nothing,
    Rocky meets it with three stars; then a round with a body-work objective he never throws
    in is missed."""
    fight = chapter("balboa_drago")
    bout, director = bout_for(fight, seconds=3.0)
    to_round(bout, 2)
    first = director.objectives[0]
    assert (first.round, first.id, first.result, first.stars) == (1, "stay_standing", "met", 3)
    to_round(bout, 4)
    third = director.objectives[2]
    assert (third.id, third.result, third.stars) == ("body_work", "missed", 0)


def test_body_work_counts_clean_body_punches():
    fight = chapter("balboa_drago")
    beats = (RoundBeat(1, "body_work", "TO THE BODY", target=2),)
    bout, director = bout_for(dataclasses.replace(fight, beats=beats), seconds=8.0,
                              p1=Puncher("body"))
    to_round(bout, 2)
    res = director.objectives[0]
    assert res.result == "met" and res.stars >= 1


def test_creed_round_two_ends_in_the_scripted_finish_whatever_the_bars_say():
    """Nobody throws a punch: Apollo is unhurt, Drago too. Round 2 still ends the fight, by
    Drago's combination, a knockout with no count."""
    bout, director = bout_for(chapter("creed_drago"), seconds=20.0)
    for _ in range(60 * 200):
        if bout.match.over:
            break
        bout.advance()
    match = bout.match
    assert match.over and match.round == 2 and match.winner == "p2"
    assert (match.method, match.reason, match.count) == ("KO", "finish", 0)
    report = director.report(match, "loss")
    assert (report.method, report.round, report.rounds_played) == ("ko", 2, [1, 2])
    assert [o.round for o in report.objectives] == [1, 2] and report.cut_opened is None


def test_the_report_knows_the_cut_and_the_crowd_at_14():
    bout, director = bout_for(chapter("balboa_drago"), seconds=2.0)
    to_round(bout, 14)
    report = director.report(bout.match, "loss")
    assert report.crowd_at_14 is not None and report.cut_opened is False
    assert report.rounds_montage == list(range(3, 14))


# --- the loader ---------------------------------------------------------------------------------
@pytest.mark.parametrize(("old", "new", "expect"), [
    ('objective = "finish_it"', 'objective = "dance"',
     "balboa_drago.toml: round[14].objective: expected one of"),
    ("seconds = 15\n", "", "balboa_drago.toml: round[2].seconds: expected a montage round's"),
    ('no_stoppage = ["opponent"]', 'no_stoppage = ["referee"]',
     "balboa_drago.toml: round[0].no_stoppage: expected a list of player / opponent"),
    ("round = 15\nobjective", "round = 16\nobjective",
     "balboa_drago.toml: round[14].round: expected a whole number from 1 to 15"),
    ("damage = [1.4, 0.9]", "damage = [1.4]", "balboa_drago.toml: round[14].damage: expected two"),
])
def test_broken_beats_name_file_and_field(levels_copy, old, new, expect):
    path = levels_copy / "balboa_drago.toml"
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))
    messages = check_levels(levels_copy)
    assert any(m.startswith(expect) for m in messages), messages


# --- each objective's stars -----------------------------------------------------------------
def tally_for(objective: str, target: int = 0, **seen) -> tuple:
    from game.story.director import RoundTally

    match = Match(MatchSetup(fighters=("rocky", "drago"), seed=1))
    hp = match.fighters[0].data.health_max
    tally = RoundTally(RoundBeat(1, objective, "X", target=target), health_start=hp,
                       health_min=hp, **seen)
    return tally, match


@pytest.mark.parametrize(("objective", "seen", "stars"), [
    ("back_him_up", {"fight_ticks": 100, "on_ropes": 29}, 0),
    ("back_him_up", {"fight_ticks": 100, "on_ropes": 30}, 1),
    ("back_him_up", {"fight_ticks": 100, "on_ropes": 60}, 3),
    ("land_clean", {"landed": 12}, 2),
    ("survive_flurry", {"knockdowns": 1}, 0),
    ("survive_flurry", {"blocked": 4}, 3),
    ("survive_flurry", {"blocked": 1}, 2),
])
def test_counting_objectives_give_their_stars(objective, seen, stars):
    from game.story.director import score

    tally, match = tally_for(objective, **seen)
    assert score(tally, match, ended_standing=True) == stars


def test_the_cut_the_knockout_and_the_cards_objectives():
    from game.story.director import score

    tally, match = tally_for("make_him_bleed")
    assert score(tally, match, True) == 0
    match.fighters[1].cut = 1
    assert score(tally, match, True) == 2          # opened, and he stayed up
    tally, match = tally_for("finish_it")
    assert score(tally, match, True) == 0
    match.stop("p1", "KO", "count")
    assert score(tally, match, True) == 3
    tally, match = tally_for("win_round")
    match.cards.rounds.append([(10, 9), (10, 9), (9, 10)])
    assert score(tally, match, True) == 1          # two cards of three, the crowd unmoved
    match.cards.rounds[-1] = [(10, 9)] * 3
    match.crowd += 0.2
    assert score(tally, match, True) == 3
    match.cards.rounds[-1] = [(9, 10)] * 3
    assert score(tally, match, True) == 0
