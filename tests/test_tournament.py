"""`python -m game.tournament` and the balance figures issue 5 asks of the CPU boxers.

Why the long runs are here: whether hard beats easy, Drago beats Apollo and trained Rocky has a
fair chance against Drago are claims about many fights; they run the tournament's own code
(marked slow: CI runs them). Their fights run over the cores with the parallel runner
(`jobs=None`), which gives the results of one process in the same order.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from game.sim.bonuses import full_bonuses
from game.tournament import main, run_fight, run_matchup

KEYS = {"a", "b", "a_difficulty", "b_difficulty", "fights", "a_wins", "b_wins", "draws",
        "methods", "avg_rounds", "a_thrown_per_min", "a_landed_per_min", "b_thrown_per_min",
        "b_landed_per_min"}


def test_json_has_the_contract_fields(capsys):
    assert main(["--fighters", "rocky,drago", "--difficulties", "hard,easy", "--fights", "2",
                 "--seed", "5", "--rounds", "1", "--round-seconds", "8", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["format"] == 1 and len(doc["matchups"]) == 1
    mu = doc["matchups"][0]
    assert set(mu) == KEYS
    assert (mu["a"], mu["b"], mu["a_difficulty"], mu["b_difficulty"]) == (
        "rocky", "drago", "hard", "easy")
    assert mu["a_wins"] + mu["b_wins"] + mu["draws"] == mu["fights"] == 2
    assert set(mu["methods"]) == {"KO", "TKO", "decision", "draw"}
    assert sum(mu["methods"].values()) == 2


def test_table_without_json(capsys):
    main(["--fighters", "apollo,drago", "--fights", "1", "--rounds", "1",
          "--round-seconds", "5"])
    out = capsys.readouterr().out
    assert "apollo" in out and "drago" in out and "thrown/min" in out


@pytest.mark.parametrize("args", [
    ["--fighters", "rocky"], ["--fighters", "rocky,ivan"], ["--fighters", "rocky,drago",
                                                            "--difficulties", "hard,silly"],
    ["--fighters", "rocky,drago", "--fights", "0"], ["--fighters", "rocky,drago",
                                                     "--bonuses", "some"], [],
])
def test_bad_arguments_exit_2_with_one_line(args):
    p = subprocess.run([sys.executable, "-m", "game.tournament", *args], capture_output=True,
                       text=True)
    assert p.returncode == 2
    assert p.stdout == "" and len(p.stderr.strip().splitlines()) == 1


def test_sides_swap_and_results_are_reported_per_fighter():
    a = run_fight(("apollo", "drago"), ("hard", "easy"), 3, rounds=1, round_seconds=6)
    b = run_fight(("apollo", "drago"), ("hard", "easy"), 3, rounds=1, round_seconds=6,
                  a_side="p2")
    assert a != b   # another corner, another fight; both seen from Apollo's side
    for r in (a, b):
        assert r.a_thrown >= r.a_landed and r.b_thrown >= r.b_landed


def test_jobs_give_the_same_json_as_one_process(capsys):
    args = ["--fighters", "apollo,rocky", "--fights", "3", "--seed", "9", "--rounds", "1",
            "--round-seconds", "5", "--json"]
    main([*args, "--jobs", "1"])
    one = capsys.readouterr().out
    main([*args, "--jobs", "2"])
    assert capsys.readouterr().out == one


def wins(mu, side="a") -> float:
    s = mu.summary()
    return s[f"{side}_wins"] / s["fights"]


@pytest.mark.slow
@pytest.mark.parametrize("seed", [7, 1234])
@pytest.mark.cost(4)
def test_hard_beats_easy_rocky_drago(seed):
    """Measured (200 fights from seed 5000): hard Rocky beats easy Drago 200 times in 200, 183
    of them by KO. 0 losses in 200 allow a loss rate of at most 1.5% (95% confidence); even at
    that rate, 3 losses in 10 (under the bound of 8 wins) happen about once in 2,700 seeds, at
    0.5% once in 68,000. Each seed used to run 20 fights (bound 16, about once in 100,000):
    10 still make the claim with that margin, at half the cost. What it gives up: a hard
    Rocky fallen to 70% fails a seed 62% of the time (76% with 20), one of the two 85%."""
    mu = run_matchup(("rocky", "drago"), ("hard", "easy"), 10, seed, jobs=None)
    assert wins(mu) >= 0.8, mu.summary()


@pytest.mark.slow
@pytest.mark.parametrize("fighters", [("drago", "rocky"), ("apollo", "drago")])
@pytest.mark.cost(4)
def test_hard_beats_easy_other_pairs(fighters):
    """Measured (100 fights from seed 5000): hard Drago beats easy Rocky 99 times, hard Apollo
    beats easy Drago 96 times (57 of them on the cards). Three losses in 10 at a 4% loss rate
    happen about once in 160 seeds; at 1%, once in 9,000."""
    mu = run_matchup(fighters, ("hard", "easy"), 10, 40, jobs=None)
    assert wins(mu) >= 0.8, mu.summary()


@pytest.mark.slow
@pytest.mark.cost(18)
def test_drago_beats_apollo_at_equal_difficulty():
    """Measured (100 fights from seed 5000): normal Drago beats normal Apollo 76 times, loses
    14, draws 10. Over 40 fights that share gives 30 wins give or take 2.7, so the bound of 24
    sits 2.4 of them below: under 24 wins happens for one seed in 130 (with the 16 fights
    this test used to run, for one seed in 15)."""
    mu = run_matchup(("drago", "apollo"), ("normal", "normal"), 40, 21, jobs=None)
    assert wins(mu) >= 0.6, mu.summary()


@pytest.mark.slow
@pytest.mark.cost(75)
def test_the_winter_of_training_makes_rocky_stronger_but_not_certain():
    """The training bonus must matter, and the last fight must stay a fight.

    Measured over 200 fights each (seed 1000) under the commitment rules of issue 15: plain
    Rocky beats normal Drago 55% of the time, trained Rocky 84%. (Before those rules trained
    Rocky won about half; Drago now loses too much to Rocky's shell: see docs/status.md.) Over
    80 fights a share near 84% has a standard error of about 4 points, so the upper bound sits
    2.7 of them above it; the difference (standard error about 7 points) sits 2.7 above its
    bound of 10."""
    plain = wins(run_matchup(("rocky", "drago"), ("normal", "normal"), 80, 100, jobs=None))
    mu = run_matchup(("rocky", "drago"), ("normal", "normal"), 80, 100, bonuses="full",
                     jobs=None)
    trained = wins(mu)
    assert full_bonuses("rocky")   # the bonus is really there
    assert trained - plain >= 0.1, f"training moves Rocky only from {plain:.0%} to {trained:.0%}"
    assert trained <= 0.95, mu.summary()
