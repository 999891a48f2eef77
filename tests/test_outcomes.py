"""CPU against CPU over many seeds: fights end both inside the distance and on the cards."""

from __future__ import annotations

import pytest

from game.ai.brain import CpuBrain
from game.parallel import run_all
from game.sim.match import Match, MatchSetup


def cpu_fight(seed: int, fighters=("rocky", "drago")) -> Match:
    m = Match(MatchSetup(fighters=fighters, seed=seed))
    brains = CpuBrain("p1", "normal", seed), CpuBrain("p2", "normal", seed)
    while not m.over:
        v = m.view()
        m.step(brains[0].command(v), brains[1].command(v))
    return m


def ending(seed: int) -> tuple[str | None, str | None, tuple[int, ...]]:
    """How fight `seed` ended and what each man landed (plain data, for a worker process)."""
    m = cpu_fight(seed)
    return m.method, m.reason, tuple(f.punches_landed for f in m.fighters)


@pytest.mark.slow
@pytest.mark.cost(5)
def test_seeds_one_to_ten_give_stoppages_and_decisions():
    """Ten normal Rocky-Drago fights, seeds 1-10, over the cores (`run_all`: the results of one
    process, in order). Measured: 3 end by KO and 7 on the cards (one of them a draw), and the
    quietest man lands 34 punches, so each claim stands with room: a fight without a stoppage
    or without a decision in ten, or a man landing under 10, means the brains stopped boxing."""
    fights = run_all(ending, range(1, 11))
    methods = [method for method, _, _ in fights]
    assert any(x in ("KO", "TKO") for x in methods), methods
    assert any(reason == "judges" for _, reason, _ in fights), methods
    for seed, (_, _, landed) in enumerate(fights, start=1):
        for side, n in zip(("p1", "p2"), landed, strict=True):
            assert n >= 10, (seed, side, n)
