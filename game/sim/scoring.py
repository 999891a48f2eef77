"""Three judges and the 10-point must system.

Why a judge has his own noise: real cards disagree on close rounds, and a split decision
or a draw should be possible; the noise comes from the match's seeded generator, so the
cards are the same every time the same fight is replayed.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from game.sim.data import RulesData

JUDGES = 3


@dataclass(slots=True)
class RoundStats:
    damage: tuple[float, float]
    landed: tuple[int, int]
    knockdowns: tuple[int, int]   # knockdowns suffered by p1, p2 this round


@dataclass(slots=True)
class Scorecards:
    totals: list[list[int]] = field(default_factory=lambda: [[0, 0] for _ in range(JUDGES)])
    rounds: list[list[tuple[int, int]]] = field(default_factory=list)

    def score_round(self, stats: RoundStats, rng: random.Random, rules: RulesData) -> None:
        """Each judge gives 10 to the man who did more (or both 10 if even), 9 or less to the
        other, and takes a point off for every knockdown suffered."""
        this_round = []
        for j in range(JUDGES):
            work = [stats.damage[k] + rules.judge_landed_points * stats.landed[k]
                    for k in range(2)]
            noise = rng.gauss(0.0, rules.judge_noise + rules.judge_noise_step * j)
            margin = work[0] - work[1] + noise
            if abs(margin) < rules.judge_even_margin:
                p1, p2 = 10, 10
            elif margin > 0:
                p1, p2 = 10, 9
            else:
                p1, p2 = 9, 10
            if stats.knockdowns[0] or stats.knockdowns[1]:
                # the man knocked down more loses the round outright
                if stats.knockdowns[0] != stats.knockdowns[1]:
                    p1, p2 = (9, 10) if stats.knockdowns[0] > stats.knockdowns[1] else (10, 9)
                p1 -= stats.knockdowns[0]
                p2 -= stats.knockdowns[1]
                p1, p2 = max(rules.judge_lowest, p1), max(rules.judge_lowest, p2)
                if p1 < 10 and p2 < 10:  # must system: the round's winner keeps 10
                    lift = 10 - max(p1, p2)
                    p1, p2 = p1 + lift, p2 + lift
            self.totals[j][0] += p1
            self.totals[j][1] += p2
            this_round.append((p1, p2))
        self.rounds.append(this_round)

    def decision(self) -> str | None:
        """"p1", "p2" or None for a draw: the man with a majority of the judges' cards."""
        votes = [0, 0]
        for a, b in self.totals:
            if a > b:
                votes[0] += 1
            elif b > a:
                votes[1] += 1
        if votes[0] >= 2:
            return "p1"
        if votes[1] >= 2:
            return "p2"
        return None
