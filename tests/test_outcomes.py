"""CPU against CPU over many seeds: fights end both inside the distance and on the cards."""

from __future__ import annotations

import pytest

from game.ai.brain import CpuBrain
from game.sim.match import Match, MatchSetup


def cpu_fight(seed: int, fighters=("rocky", "drago")) -> Match:
    m = Match(MatchSetup(fighters=fighters, seed=seed))
    brains = CpuBrain("p1", "normal", seed), CpuBrain("p2", "normal", seed)
    while not m.over:
        v = m.view()
        m.step(brains[0].command(v), brains[1].command(v))
    return m


@pytest.mark.slow
def test_seeds_one_to_ten_give_stoppages_and_decisions():
    fights = [cpu_fight(seed) for seed in range(1, 11)]
    methods = [m.method for m in fights]
    assert any(x in ("KO", "TKO") for x in methods), methods
    assert any(m.reason == "judges" for m in fights), methods
    for m in fights:
        for f in m.fighters:
            assert f.punches_landed >= 10, (m.setup.seed, f.side, f.punches_landed)
