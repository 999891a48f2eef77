"""The CPU boxers: deterministic, human-slow, and three different men.

Why unit tests on the styles as well as fights: a fight's figures are noisy, but "Drago gets
wilder as his confidence drains" or "Rocky throws more when hurt" is a rule of the style
table and can be checked exactly.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from game.ai.brain import CpuBrain
from game.ai.skill import DIFFICULTIES, SKILLS
from game.ai.styles import Moment, mood
from game.parallel import run_all
from game.sim.match import Match, MatchSetup


def fresh(**kw) -> Moment:
    base = dict(round=2, rounds=3, round_share=0.5, health=1.0, lead=0.0, knockdowns=0,
                down_this_round=0, confidence=1.0)
    base.update(kw)
    return Moment(**base)


def commands(fighters=("rocky", "drago"), seed=3, ticks=1500, diffs=("hard", "normal")):
    m = Match(MatchSetup(fighters=fighters, seed=seed, round_seconds=20))
    brains = CpuBrain("p1", diffs[0], seed), CpuBrain("p2", diffs[1], seed)
    out = []
    for _ in range(ticks):
        v = m.view()
        c = (brains[0].command(v), brains[1].command(v))
        out.append(c)
        m.step(*c)
    return out, m


def test_brains_import_no_pygame():
    code = ("import sys, game.ai.brain, game.ai.styles, game.tournament; "
            "assert 'pygame' not in sys.modules")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_same_seed_same_commands_and_seed_matters():
    a, _ = commands(seed=3)
    b, _ = commands(seed=3)
    c, _ = commands(seed=4)
    assert a == b
    assert a != c


def test_reaction_never_below_twelve_and_difficulty_ordered():
    assert all(SKILLS[d].reaction >= 12 for d in DIFFICULTIES)
    for worse, better in zip(DIFFICULTIES, DIFFICULTIES[1:], strict=False):
        w, b = SKILLS[worse], SKILLS[better]
        assert b.reaction <= w.reaction
        assert b.block >= w.block and b.punish >= w.punish and b.combo >= w.combo


def test_unknown_difficulty_is_refused():
    with pytest.raises(ValueError, match="difficulty"):
        CpuBrain("p1", "impossible", 0)


def test_drago_gets_wilder_and_more_open_as_confidence_drains():
    calm, shaken = mood("drago", fresh(confidence=1.0)), mood("drago", fresh(confidence=0.1))
    assert shaken.hook + shaken.uppercut > calm.hook + calm.uppercut
    assert shaken.work_rate > calm.work_rate
    assert shaken.guard < calm.guard and shaken.defend < calm.defend


def test_drago_starts_passive_then_presses():
    early = mood("drago", fresh(round=1, round_share=0.1))
    later = mood("drago", fresh(round=2))
    assert early.work_rate < later.work_rate and early.defend < later.defend


def test_rocky_is_more_dangerous_when_hurt():
    fine, hurt = mood("rocky", fresh(health=0.9)), mood("rocky", fresh(health=0.3))
    assert hurt.work_rate > fine.work_rate and hurt.special > fine.special


def test_apollo_showboats_when_ahead_and_runs_when_hurt():
    even, ahead = mood("apollo", fresh()), mood("apollo", fresh(lead=0.4))
    hurt = mood("apollo", fresh(health=0.3, lead=-0.3))
    assert ahead.taunt > even.taunt
    assert hurt.footwork > even.footwork and hurt.taunt == 0.0


def test_a_man_who_has_been_down_covers_up_except_rocky():
    assert mood("drago", fresh(down_this_round=1)).guard > mood("drago", fresh()).guard
    assert mood("rocky", fresh(down_this_round=1)).guard == mood("rocky", fresh()).guard


def mix(fighter: str, seeds=(1, 2)) -> dict[str, float]:
    """The share of each punch a fighter throws against a normal Rocky/Drago."""
    thrown: dict[str, int] = {}
    for seed in seeds:
        opp = "drago" if fighter != "drago" else "rocky"
        m = Match(MatchSetup(fighters=(fighter, opp), seed=seed, rounds=1, round_seconds=40))
        brains = CpuBrain("p1", "normal", seed), CpuBrain("p2", "normal", seed)
        while not m.over:
            v = m.view()
            m.step(brains[0].command(v), brains[1].command(v))
        for k, n in m.fighters[0].thrown_by_move.items():
            thrown[k] = thrown.get(k, 0) + n
    total = sum(thrown.values())
    return {k: thrown.get(k, 0) / total for k in ("jab", "hook", "uppercut", "body")}


def test_three_styles_throw_different_punches():
    drago, apollo, rocky = mix("drago"), mix("apollo"), mix("rocky")
    assert apollo["jab"] > max(drago["jab"], rocky["jab"])          # the jab
    assert drago["hook"] + drago["uppercut"] > apollo["hook"] + apollo["uppercut"]
    assert drago["uppercut"] > rocky["uppercut"]                     # heavy up top
    assert rocky["body"] > max(drago["body"], apollo["body"])        # digs to the body


def _scout_row(fighter: str) -> dict[str, float]:
    """One man's scouting row, four two-round fights (seeds 1-4), for a worker process."""
    from game.ai.scout import scout

    return scout(fighter, "drago" if fighter == "rocky" else "rocky", range(1, 5)).row()


@pytest.fixture(scope="module")
def scouted():
    """How each man boxes against a `normal` Rocky (Rocky against Drago), watched the way a
    player watches: where he stands and walks, when he covers, what he throws. The three men
    are scouted over the cores (`run_all`: the rows of one process).

    Measured on these seeds: Apollo backs off 15% of the fight and steps out after 48% of his
    punches (Drago 0.1% and 1%, Rocky 0.3% and 5%); Drago has his man on the ropes 15.5% of
    the time (Apollo 0.3%, Rocky 1.7%); Rocky covers 45% (Drago 34%, Apollo 27%) and throws
    55% of his punches to the body (Drago 35%, Apollo 10%). Each test's bound sits inside
    those gaps with room, so a style that stops showing fails, not a seed's luck."""
    fighters = ("apollo", "drago", "rocky")
    return dict(zip(fighters, run_all(_scout_row, fighters), strict=True))


@pytest.mark.slow
@pytest.mark.cost(4)
def test_apollo_boxes_on_his_feet(scouted):
    a, d, r = scouted["apollo"], scouted["drago"], scouted["rocky"]
    assert a["retreating"] >= 0.08 and a["retreating"] > 5 * max(d["retreating"], r["retreating"])
    assert a["stepped_out"] >= 0.3 > max(d["stepped_out"], r["stepped_out"]) * 3
    assert a["rolls_per_fight"] >= 2 and d["rolls_per_fight"] == r["rolls_per_fight"] == 0
    assert a["jab_share"] >= 0.5


@pytest.mark.slow
@pytest.mark.cost(4)
def test_drago_walks_his_man_down_and_never_steps_back(scouted):
    a, d, r = scouted["apollo"], scouted["drago"], scouted["rocky"]
    assert d["pinning"] >= 0.1 and d["pinning"] > max(a["pinning"], r["pinning"])
    assert d["retreating"] <= 0.02
    assert d["hook_share"] + d["uppercut_share"] > a["hook_share"] + a["uppercut_share"]


@pytest.mark.slow
@pytest.mark.cost(4)
def test_rocky_crowds_covers_and_digs_to_the_body(scouted):
    a, d, r = scouted["apollo"], scouted["drago"], scouted["rocky"]
    assert r["covering"] > max(a["covering"], d["covering"]) + 0.05
    assert r["body_share"] > max(a["body_share"], d["body_share"])
    assert r["retreating"] <= 0.03


def _body_blows_on_the_ropes(rolls_seen: int) -> int:
    """A hard Drago against a man standing on the ropes: how many body blows in 10 seconds."""
    from game.sim.view import RING_HALF_WIDTH_M
    from tests.simhelpers import fight

    m = fight(("rocky", "drago"), gap=0.85, centre=-RING_HALF_WIDTH_M + 0.75, seed=5)
    brain = CpuBrain("p2", "hard", 5)
    brain.rolls_seen = rolls_seen
    for _ in range(600):
        m.step(0, brain.command(m.view()))
    return m.fighters[1].thrown_by_move.get("body", 0)


def test_a_man_who_rolls_off_the_ropes_gets_body_blows_there():
    """Readable both ways: once the CPU has seen you roll out, it digs to the body on the ropes,
    where a body blow catches the dip."""
    assert _body_blows_on_the_ropes(3) >= _body_blows_on_the_ropes(0) + 3


def test_brains_file_errors_name_the_file_and_the_field(tmp_path):
    """A typo in brains.toml stops with the file and the field, not a KeyError in a fight."""
    from game.ai.skill import Skill
    from game.ai.tuning import BRAINS_TOML, build, read_brains, section
    from game.sim.data import DataError

    raw = read_brains(BRAINS_TOML)
    bad = dict(raw["skill"]["hard"], reaction=1.5)
    with pytest.raises(DataError, match=r"brains\.toml: skill\.hard\.reaction: .*whole"):
        build(Skill, BRAINS_TOML, "skill.hard", bad)
    with pytest.raises(DataError, match=r"skill\.hard\.blok: expected a known field"):
        build(Skill, BRAINS_TOML, "skill.hard", dict(raw["skill"]["hard"], blok=0.5))
    missing = {k: v for k, v in raw["skill"]["hard"].items() if k != "punish"}
    with pytest.raises(DataError, match=r"skill\.hard\.punish: expected a value"):
        build(Skill, BRAINS_TOML, "skill.hard", missing)
    with pytest.raises(DataError, match=r"skill\.expert: expected one of"):
        section({"skill": dict(raw["skill"], expert={})}, BRAINS_TOML, "skill", DIFFICULTIES)
    broken = tmp_path / "brains.toml"
    broken.write_text("[brain\n")
    with pytest.raises(DataError, match=r"brains\.toml: \(file\): expected valid TOML"):
        read_brains(broken)
