"""CPU against CPU, many fights, nothing drawn: `python -m game.tournament` (contracts.md).

Why a tool and not only tests: balancing the brains is reading figures over many seeds (who
wins, how, how busy each man is), and a designer must be able to get them in one command.
The fights run on the pure simulation, over the machine's cores (`--jobs`, game/parallel.py),
so a 20-fight run takes seconds.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from dataclasses import dataclass, field

from game.ai.brain import DIFFICULTIES, CpuBrain
from game.argtypes import OneLineParser, int_between, seconds
from game.bout import Bout, BrainSource
from game.parallel import add_jobs_option, run_all
from game.sim.bonuses import Bonus, full_bonuses
from game.sim.data import FIGHTER_IDS
from game.sim.match import SIDES, MatchSetup
from game.sim.view import TICKS_PER_SECOND

METHODS = ("KO", "TKO", "decision", "draw")


@dataclass(frozen=True, slots=True)
class FightResult:
    """One fight seen from fighter A's point of view (whichever side he stood on)."""

    winner: str | None        # "a", "b" or None for a draw
    method: str
    rounds: int               # the round it ended in
    fight_ticks: int          # ticks the round clock ran (minutes of boxing)
    a_thrown: int
    a_landed: int
    b_thrown: int
    b_landed: int
    round_landed: tuple[tuple[int, int], ...] = ()   # (a, b) landed in each round


def run_fight(fighters: tuple[str, str], difficulties: tuple[str, str], seed: int, *,
              bonuses: tuple[Bonus, Bonus] = ((), ()), rounds: int = 3,
              round_seconds: float = 60.0, a_side: str = "p1",
              confidence: tuple[float, float] = (1.0, 1.0)) -> FightResult:
    """Fight A against B with A on `a_side`; everything is reported as A and B."""
    swap = a_side == "p2"
    order = (1, 0) if swap else (0, 1)
    setup = MatchSetup(fighters=(fighters[order[0]], fighters[order[1]]), rounds=rounds,
                       round_seconds=round_seconds, seed=seed,
                       bonuses=(bonuses[order[0]], bonuses[order[1]]))
    bout = Bout(setup, [BrainSource(CpuBrain(SIDES[i], difficulties[order[i]], seed,
                                             confidence=confidence[order[i]]))
                        for i in range(2)])
    m = bout.match
    fight_ticks = 0
    per_round: list[tuple[int, int]] = []
    landed_at_round_start = [0, 0]
    current_round = 1
    while not m.over:
        bout.advance()
        if m.phase == "fight":
            fight_ticks += 1
        if m.round != current_round or m.over:
            now = [f.punches_landed for f in m.fighters]
            per_round.append((now[0] - landed_at_round_start[0],
                              now[1] - landed_at_round_start[1]))
            landed_at_round_start = now
            current_round = m.round
    a, b = m.fighters[order[0]], m.fighters[order[1]]
    if swap:
        per_round = [(y, x) for x, y in per_round]
    winner = None
    if m.winner is not None:
        winner = "a" if m.winner == a.side else "b"
    return FightResult(winner, m.method or "draw", m.round, fight_ticks, a.punches_thrown,
                       a.punches_landed, b.punches_thrown, b.punches_landed, tuple(per_round))


@dataclass
class Matchup:
    """The totals the JSON reports for one pairing."""

    a: str
    b: str
    a_difficulty: str
    b_difficulty: str
    results: list[FightResult] = field(default_factory=list)

    def summary(self) -> dict:
        res = self.results
        minutes = max(1e-9, sum(r.fight_ticks for r in res) / (TICKS_PER_SECOND * 60))
        methods = dict.fromkeys(METHODS, 0)
        for r in res:
            methods[r.method] = methods.get(r.method, 0) + 1
        n = len(res)
        return {
            "a": self.a, "b": self.b,
            "a_difficulty": self.a_difficulty, "b_difficulty": self.b_difficulty,
            "fights": n,
            "a_wins": sum(r.winner == "a" for r in res),
            "b_wins": sum(r.winner == "b" for r in res),
            "draws": sum(r.winner is None for r in res),
            "methods": methods,
            "avg_rounds": round(sum(r.rounds for r in res) / n, 2) if n else 0.0,
            "a_thrown_per_min": round(sum(r.a_thrown for r in res) / minutes, 1),
            "a_landed_per_min": round(sum(r.a_landed for r in res) / minutes, 1),
            "b_thrown_per_min": round(sum(r.b_thrown for r in res) / minutes, 1),
            "b_landed_per_min": round(sum(r.b_landed for r in res) / minutes, 1),
        }


def run_matchup(fighters: tuple[str, str], difficulties: tuple[str, str], fights: int,
                seed: int, *, bonuses: str = "none", rounds: int = 3,
                round_seconds: float = 60.0, jobs: int | None = 1) -> Matchup:
    """Fight i uses seed + i; A stands on p1 in even fights and on p2 in odd ones.

    `jobs` worker processes (None: every core) run the fights; the results are the same, in
    the same order, whatever the number.
    """
    bonus_pair: tuple[Bonus, Bonus] = ((), ())
    if bonuses == "full":
        bonus_pair = (full_bonuses(fighters[0]), full_bonuses(fighters[1]))
    mu = Matchup(fighters[0], fighters[1], difficulties[0], difficulties[1])
    plan = [FightJob(fighters, difficulties, seed + i, bonus_pair, rounds, round_seconds,
                     "p1" if i % 2 == 0 else "p2") for i in range(fights)]
    mu.results.extend(run_all(run_job, plan, jobs))
    return mu


@dataclass(frozen=True, slots=True)
class FightJob:
    """One fight of a matchup, as plain data a worker process can be handed."""

    fighters: tuple[str, str]
    difficulties: tuple[str, str]
    seed: int
    bonuses: tuple[Bonus, Bonus] = ((), ())
    rounds: int = 3
    round_seconds: float = 60.0
    a_side: str = "p1"


def run_job(job: FightJob) -> FightResult:
    return run_fight(job.fighters, job.difficulties, job.seed, bonuses=job.bonuses,
                     rounds=job.rounds, round_seconds=job.round_seconds, a_side=job.a_side)


def table(summary: dict) -> str:
    """A readable table: one line per fighter, then how the fights ended."""
    s = summary
    head = f"{'fighter':<16}{'level':<10}{'wins':>5}{'thrown/min':>12}{'landed/min':>12}"
    lines = [head, "-" * len(head)]
    for k in ("a", "b"):
        lines.append(f"{s[k]:<16}{s[k + '_difficulty']:<10}{s[k + '_wins']:>5}"
                     f"{s[k + '_thrown_per_min']:>12.1f}{s[k + '_landed_per_min']:>12.1f}")
    methods = ", ".join(f"{m} {s['methods'][m]}" for m in METHODS)
    lines.append(f"fights {s['fights']}, draws {s['draws']}; {methods}; "
                 f"average rounds {s['avg_rounds']:.2f}")
    return "\n".join(lines)


def _pair(allowed: Sequence[str], what: str):
    def parse(text: str) -> tuple[str, str]:
        parts = [p.strip() for p in text.split(",")]
        if len(parts) == 1 and what == "difficulties":
            parts = parts * 2
        if len(parts) != 2 or any(p not in allowed for p in parts):
            raise argparse.ArgumentTypeError(
                f"invalid {what} {text!r}: expected A,B with each one of {', '.join(allowed)}")
        return parts[0], parts[1]
    return parse


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    p = OneLineParser(prog="python -m game.tournament", who="game.tournament",
                      description="CPU against CPU over many fights, nothing drawn.")
    p.add_argument("--fighters", type=_pair(FIGHTER_IDS, "fighters"), required=True)
    p.add_argument("--difficulties", type=_pair(DIFFICULTIES, "difficulties"),
                   default=("normal", "normal"))
    p.add_argument("--fights", type=int_between(1, 10_000), default=20)
    p.add_argument("--seed", type=int_between(-(2**62), 2**62), default=0)
    p.add_argument("--bonuses", choices=("none", "full"), default="none")
    p.add_argument("--rounds", type=int_between(1, 15), default=3)
    p.add_argument("--round-seconds", type=seconds, default=60.0)
    p.add_argument("--json", action="store_true", help="print the JSON of contracts.md")
    add_jobs_option(p)
    return p.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    mu = run_matchup(args.fighters, args.difficulties, args.fights, args.seed,
                     bonuses=args.bonuses, rounds=args.rounds, round_seconds=args.round_seconds,
                     jobs=args.jobs)
    summary = mu.summary()
    if args.json:
        print(json.dumps({"format": 1, "matchups": [summary]}))
    else:
        print(table(summary))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
