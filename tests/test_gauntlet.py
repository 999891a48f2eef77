"""The gauntlet (scripted players against the CPU) and the parallel runner it shares.

Why: "button mashing does not beat the hard CPU, boxing well beats the normal one" is the
fight-depth issue's claim about what players meet; the full table is a tool run (docs/formats/
gauntlet.md), and a short version of it runs here with loose margins.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from game.ai.gauntlet import GauntletFight, main, plan, run_gauntlet_fight
from game.ai.strategies import STRATEGIES, Boxer, JabSpam
from game.parallel import run_all
from game.sim.match import Match, MatchSetup


def short(strategy: str, difficulty: str, seed: int, side: str = "p1") -> GauntletFight:
    return GauntletFight(strategy, difficulty, "rocky", "drago", side, seed, rounds=1,
                         round_seconds=6)


def test_parallel_runs_give_the_results_and_order_of_one_process():
    jobs = [short(s, "hard", seed, side) for s, seed, side in
            (("jab", 1, "p1"), ("boxer", 2, "p2"), ("mash", 3, "p1"), ("hook", 4, "p2"))]
    one = run_all(run_gauntlet_fight, jobs, 1)
    two = run_all(run_gauntlet_fight, jobs, 2)
    assert one == two
    assert len({(r.player_thrown, r.cpu_thrown) for r in one}) > 1   # really different fights


def test_a_cell_fights_both_sides_and_every_pairing_on_common_seeds():
    todo = plan(("jab", "boxer"), ("easy", "hard"), [("rocky", "drago"), ("apollo", "drago")],
                4, 10)
    assert len(todo) == 16
    cell = todo[:4]
    assert [j.player_side for j in cell] == ["p1", "p2", "p1", "p2"]
    assert [j.player for j in cell] == ["rocky", "rocky", "apollo", "apollo"]
    assert [j.seed for j in cell] == [10, 11, 12, 13]
    # the next cell (another difficulty) fights the same fights
    assert [(j.player, j.player_side, j.seed) for j in todo[4:8]] == \
        [(j.player, j.player_side, j.seed) for j in cell]


def test_json_document(capsys):
    assert main(["--strategies", "jab,guard", "--difficulties", "hard", "--players", "rocky",
                 "--cpus", "drago", "--fights", "2", "--rounds", "1", "--round-seconds", "4",
                 "--jobs", "1", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["format"] == 1 and doc["fights_per_cell"] == 2
    assert [(c["strategy"], c["difficulty"]) for c in doc["cells"]] == [("jab", "hard"),
                                                                     ("guard", "hard")]
    for c in doc["cells"]:
        assert c["player_wins"] + c["cpu_wins"] + c["draws"] == 2
    assert doc["cells"][1]["player_thrown_per_min"] == 0   # the turtle never punches


def test_table_without_json(capsys):
    main(["--strategies", "duck", "--difficulties", "easy,champion", "--players", "apollo",
          "--cpus", "rocky", "--fights", "1", "--rounds", "1", "--round-seconds", "3"])
    out = capsys.readouterr().out
    assert "duck" in out and "champion" in out and "/1 " in out


@pytest.mark.parametrize("args", [["--strategies", "kick"], ["--difficulties", "god"],
                                  ["--fights", "0"], ["--jobs", "0"], ["--players", "ivan"]])
def test_bad_arguments_exit_2_with_one_line(args):
    p = subprocess.run([sys.executable, "-m", "game.ai.gauntlet", *args], capture_output=True,
                       text=True)
    assert p.returncode == 2
    assert p.stdout == "" and len(p.stderr.strip().splitlines()) == 1


def test_every_strategy_boxes_on_either_side():
    """Each scripted player gives commands for the side it stands on, and presses are fresh
    (a held key would not press again)."""
    for name, cls in STRATEGIES.items():
        for side in ("p1", "p2"):
            m = Match(MatchSetup(fighters=("apollo", "rocky"), rounds=1, round_seconds=4,
                                 seed=2))
            player = cls(side, 2)
            while not m.over:
                v = m.view()
                c = player.command(v)
                m.step(*((c, 0) if side == "p1" else (0, c)))
            assert m.over, name


def test_the_jab_spammer_presses_again_and_again():
    m = Match(MatchSetup(fighters=("rocky", "drago"), rounds=1, round_seconds=10, seed=1))
    p = JabSpam("p1", 1)
    while not m.over:
        v = m.view()
        m.step(p.command(v), 0)
    assert m.fighters[0].thrown_by_move.get("jab", 0) >= 12   # tired by the end, still jabbing


def test_the_boxer_sees_late():
    assert all(15 <= Boxer("p1", s).delay <= 20 for s in range(30))


@pytest.mark.slow
@pytest.mark.cost(6)
def test_short_gauntlet_mashing_loses_and_boxing_wins():
    """Rocky and Apollo against Drago, both sides, 8 two-minute fights a cell, over the cores.
    Loose margins against the full table's targets: the jab spammer and the masher win at
    most 1 of 8 against `hard` (targets 10% and 5%: at a true 5%, 2 or more of 8 happens
    6% of the time), the human-like boxer at least 4 of 8 against `normal` (target 60%; the
    full table has him at about 75%: 3 or fewer of 8 then happens 3% of the time)."""
    pairs = [("rocky", "drago"), ("apollo", "drago")]
    cells = [("jab", "hard"), ("mash", "hard"), ("boxer", "normal")]
    jobs = [j for s, d in cells for j in plan((s,), (d,), pairs, 8, 500, rounds=2)]
    results = run_all(run_gauntlet_fight, jobs, None)
    wins = {cell: sum(r.winner == "player" for r in results[k * 8:(k + 1) * 8])
            for k, cell in enumerate(cells)}
    assert wins[("jab", "hard")] <= 1 and wins[("mash", "hard")] <= 1, wins
    assert wins[("boxer", "normal")] >= 4, wins
