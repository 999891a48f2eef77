"""Long runs: hundreds of fights in one process and a million ticks of random commands.

Marked slow: CI runs them (a minute or two on two workers), a quick local run can skip them
with `-m "not slow"`.
"""

from __future__ import annotations

import gc
import random
from pathlib import Path

import pytest

from game.ai.brain import CpuBrain
from game.sim.actions import ALL_MASK, command
from game.sim.match import Match, MatchSetup
from tests.simhelpers import SaneFight

FIGHTERS = ("rocky", "apollo", "drago")


def rss_mib() -> float:
    """Resident memory now (not the peak), from /proc."""
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * 4096 / (1024 * 1024)


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/statm").exists(), reason="needs /proc (Linux)")
@pytest.mark.cost(7)
def test_soak_300_short_fights_memory_stays_flat():
    baseline = None
    for k in range(300):
        seed = 1000 + k
        setup = MatchSetup(fighters=(FIGHTERS[k % 3], FIGHTERS[(k // 3) % 3]), seed=seed,
                           rounds=1, round_seconds=6.0, venue=("las_vegas", "moscow")[k % 2])
        m = Match(setup)
        brains = CpuBrain("p1", "hard", seed), CpuBrain("p2", "easy", seed)
        while not m.over:
            v = m.view()
            m.step(brains[0].command(v), brains[1].command(v))
        assert m.method in ("KO", "TKO", "decision", "draw")
        if k == 9:
            gc.collect()
            baseline = rss_mib()
    gc.collect()
    assert baseline is not None
    assert rss_mib() - baseline < 20.0


PRESS = command("forward")
ROLL = command("duck", "back")


def fuzz(seed: int, ticks: int) -> int:
    """Random held keys for `ticks` ticks over many fights; returns the roll-outs seen."""
    rng = random.Random(seed)
    done = 0
    rolls = 0
    while done < ticks:
        a, b = rng.choice(FIGHTERS), rng.choice(FIGHTERS)
        m = Match(MatchSetup(fighters=(a, b), seed=rng.randrange(2**31), rounds=2,
                             round_seconds=rng.choice((3.0, 8.0, 20.0)),
                             three_knockdown_tko=rng.random() < 0.5))
        hold = [0, 0]
        cmds = [0, 0]
        last_clock = m.clock
        last_round = m.round
        last_count = 0
        sane = SaneFight()
        while not m.over and done < ticks:
            for i in range(2):  # held for a while, like fingers on keys
                if hold[i] <= 0:  # any keys, or a man pressing, or one rolling off the ropes
                    roll = rng.random()
                    cmds[i] = (PRESS if roll < 0.15 else ROLL if roll < 0.3
                               else rng.randrange(ALL_MASK + 1) if roll < 0.8 else 0)
                    hold[i] = rng.randrange(1, 30)
                hold[i] -= 1
            m.step(cmds[0], cmds[1])
            done += 1
            v = m.view()
            sane.check(v)
            if v.round == last_round:
                assert v.clock_ticks_left <= last_clock, "the clock only runs down"
            else:
                assert v.round == last_round + 1
            last_clock, last_round = v.clock_ticks_left, v.round
            assert v.count in (last_count, last_count + 1, 0), "the count goes up by one"
            assert 0 <= v.count <= 10
            last_count = v.count
            if v.count:
                assert v.downed in ("p1", "p2")
        rolls += sane.rolls
    return rolls


@pytest.mark.slow
@pytest.mark.parametrize("part", range(4))
@pytest.mark.cost(8)
def test_fuzz_a_million_ticks_of_random_commands(part):
    assert fuzz(seed=part, ticks=250_000) > 0   # the men passed each other, and it held
