"""Random command streams: no crash, no NaN, bars in bounds, nobody leaves the ring."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.sim.actions import ALL_MASK
from game.sim.match import Match, MatchSetup
from tests.simhelpers import SaneFight

FIGHTERS = st.sampled_from(["rocky", "apollo", "drago"])
# (ticks to hold, p1 command, p2 command)
RUNS = st.lists(st.tuples(st.integers(1, 40), st.integers(0, ALL_MASK),
                          st.integers(0, ALL_MASK)), min_size=20, max_size=120)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(a=FIGHTERS, b=FIGHTERS, seed=st.integers(0, 2**31 - 1), runs=RUNS)
def test_random_commands_keep_the_fight_sane(a, b, seed, runs):
    m = Match(MatchSetup(fighters=(a, b), seed=seed, round_seconds=8.0, rounds=2))
    sane = SaneFight()
    for n, c1, c2 in runs:
        for _ in range(n):
            m.step(c1, c2)
            sane.check(m.view())
            if m.over:
                return
