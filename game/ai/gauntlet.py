"""The gauntlet: scripted players against the CPU, every difficulty, many seeds.

`python -m game.ai.gauntlet` prints how often each scripted player (game/ai/strategies.py)
beats the CPU at each difficulty. Why: whether the game rewards boxing and refuses button
mashing is a claim about many fights, and balancing the rules and the brains means reading
this table after every change (docs/formats/gauntlet.md says what the figures are).

A cell is one strategy against one difficulty, `--fights` fights. Fight i of a cell uses seed
`--seed + i`, stands the player on p1 when i is even and p2 when it is odd, and takes the
pairing (player's fighter, CPU's fighter) number (i // 2) round the list of pairings, so every
cell sees the same fights but for the strategy and the difficulty (common seeds make the
columns comparable). Fights run over the cores (`--jobs`); the results are those of one
process, in the same order.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from dataclasses import dataclass

from game.ai.brain import CpuBrain
from game.ai.skill import DIFFICULTIES
from game.ai.strategies import DEFAULT_STRATEGIES, STRATEGIES
from game.argtypes import OneLineParser, int_between, seconds
from game.parallel import add_jobs_option, run_all
from game.sim.data import FIGHTER_IDS
from game.sim.match import Match, MatchSetup
from game.sim.view import TICKS_PER_SECOND

FORMAT = 1


@dataclass(frozen=True, slots=True)
class GauntletFight:
    """One fight: a scripted player against a CPU brain."""

    strategy: str
    difficulty: str
    player: str          # the scripted player's fighter
    cpu: str             # the CPU's fighter
    player_side: str     # "p1" or "p2"
    seed: int
    rounds: int = 3
    round_seconds: float = 60.0


@dataclass(frozen=True, slots=True)
class GauntletResult:
    winner: str          # "player", "cpu" or "draw"
    method: str
    fight_ticks: int
    player_thrown: int
    player_landed: int
    cpu_thrown: int
    cpu_landed: int


def run_gauntlet_fight(job: GauntletFight) -> GauntletResult:
    p = 0 if job.player_side == "p1" else 1
    fighters = (job.player, job.cpu) if p == 0 else (job.cpu, job.player)
    m = Match(MatchSetup(fighters=fighters, rounds=job.rounds, round_seconds=job.round_seconds,
                         seed=job.seed))
    player = STRATEGIES[job.strategy](job.player_side, job.seed)
    cpu = CpuBrain("p2" if p == 0 else "p1", job.difficulty, job.seed)
    fight_ticks = 0
    while not m.over:
        v = m.view()
        a, b = player.command(v), cpu.command(v)
        m.step(*((a, b) if p == 0 else (b, a)))
        fight_ticks += m.phase == "fight"
    me, him = m.fighters[p], m.fighters[1 - p]
    winner = "draw" if m.winner is None else ("player" if m.winner == me.side else "cpu")
    return GauntletResult(winner, m.method or "draw", fight_ticks, me.punches_thrown,
                          me.punches_landed, him.punches_thrown, him.punches_landed)


def plan(strategies: Sequence[str], difficulties: Sequence[str],
         pairs: Sequence[tuple[str, str]], fights: int, seed: int, *, rounds: int = 3,
         round_seconds: float = 60.0) -> list[GauntletFight]:
    """Every fight of the table, cell by cell (strategy, then difficulty)."""
    jobs = []
    for strategy in strategies:
        for difficulty in difficulties:
            for i in range(fights):
                player, cpu = pairs[(i // 2) % len(pairs)]
                jobs.append(GauntletFight(strategy, difficulty, player, cpu,
                                          "p1" if i % 2 == 0 else "p2", seed + i, rounds,
                                          round_seconds))
    return jobs


def cell_summary(results: Sequence[GauntletResult]) -> dict:
    minutes = max(1e-9, sum(r.fight_ticks for r in results) / (TICKS_PER_SECOND * 60))
    n = len(results)
    methods: dict[str, int] = {}
    for r in results:
        if r.winner == "player":
            methods[r.method] = methods.get(r.method, 0) + 1
    return {
        "fights": n,
        "player_wins": sum(r.winner == "player" for r in results),
        "cpu_wins": sum(r.winner == "cpu" for r in results),
        "draws": sum(r.winner == "draw" for r in results),
        "player_win_methods": methods,
        "player_thrown_per_min": round(sum(r.player_thrown for r in results) / minutes, 1),
        "player_landed_per_min": round(sum(r.player_landed for r in results) / minutes, 1),
        "cpu_thrown_per_min": round(sum(r.cpu_thrown for r in results) / minutes, 1),
        "cpu_landed_per_min": round(sum(r.cpu_landed for r in results) / minutes, 1),
    }


def run_gauntlet(strategies: Sequence[str], difficulties: Sequence[str] = DIFFICULTIES,
                 pairs: Sequence[tuple[str, str]] | None = None, fights: int = 40,
                 seed: int = 1, *, rounds: int = 3, round_seconds: float = 60.0,
                 jobs: int | None = None) -> dict:
    """The whole table as the JSON document of docs/formats/gauntlet.md."""
    pairs = list(pairs or all_pairs(FIGHTER_IDS, FIGHTER_IDS))
    todo = plan(strategies, difficulties, pairs, fights, seed, rounds=rounds,
                round_seconds=round_seconds)
    results = run_all(run_gauntlet_fight, todo, jobs)
    cells = []
    for k in range(0, len(results), fights):
        job = todo[k]
        cells.append({"strategy": job.strategy, "difficulty": job.difficulty,
                      **cell_summary(results[k:k + fights])})
    return {"format": FORMAT, "fights_per_cell": fights, "seed": seed, "rounds": rounds,
            "round_seconds": round_seconds, "pairs": [list(p) for p in pairs],
            "strategies": {s: STRATEGIES[s].label for s in strategies},
            "difficulties": list(difficulties), "cells": cells}


def all_pairs(players: Sequence[str], cpus: Sequence[str]) -> list[tuple[str, str]]:
    return [(p, c) for p in players for c in cpus]


def table(doc: dict) -> str:
    """Player wins out of fights, a row per strategy and a column per difficulty."""
    diffs = doc["difficulties"]
    cells = {(c["strategy"], c["difficulty"]): c for c in doc["cells"]}
    width = max(len(s) for s in doc["strategies"]) + 2
    head = f"{'strategy':<{width}}" + "".join(f"{d:>10}" for d in diffs) + "   punches/min"
    lines = [head, "-" * len(head)]
    for s in doc["strategies"]:
        row = f"{s:<{width}}"
        for d in diffs:
            c = cells[(s, d)]
            row += f"{c['player_wins']:>6}/{c['fights']:<3}"
        last = cells[(s, diffs[-1])]
        row += (f"   {last['player_thrown_per_min']:.0f} thrown, "
                f"{last['player_landed_per_min']:.0f} landed v "
                f"{last['cpu_landed_per_min']:.0f} ({diffs[-1]})")
        lines.append(row)
    lines.append(f"{doc['fights_per_cell']} fights a cell; pairs (player, cpu): "
                 + ", ".join(f"{p}-{c}" for p, c in doc["pairs"])
                 + f"; both sides; seeds {doc['seed']}..{doc['seed'] + doc['fights_per_cell'] - 1}")
    return "\n".join(lines)


def _names(allowed: Sequence[str], what: str):
    def parse(text: str) -> tuple[str, ...]:
        parts = tuple(p.strip() for p in text.split(",") if p.strip())
        bad = [p for p in parts if p not in allowed]
        if not parts or bad:
            raise argparse.ArgumentTypeError(
                f"invalid {what} {text!r}: expected a comma list of {', '.join(allowed)}")
        return parts
    return parse


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    p = OneLineParser(prog="python -m game.ai.gauntlet", who="game.ai.gauntlet",
                      description="Scripted players against the CPU at every difficulty.")
    p.add_argument("--strategies", type=_names(tuple(STRATEGIES), "strategies"),
                   default=DEFAULT_STRATEGIES)
    p.add_argument("--difficulties", type=_names(DIFFICULTIES, "difficulties"),
                   default=DIFFICULTIES)
    p.add_argument("--players", type=_names(FIGHTER_IDS, "fighters"), default=FIGHTER_IDS,
                   help="the scripted player's fighters")
    p.add_argument("--cpus", type=_names(FIGHTER_IDS, "fighters"), default=FIGHTER_IDS,
                   help="the CPU's fighters")
    p.add_argument("--fights", type=int_between(1, 10_000), default=40,
                   help="fights per cell (strategy x difficulty)")
    p.add_argument("--seed", type=int_between(0, 2**62), default=1)
    p.add_argument("--rounds", type=int_between(1, 15), default=3)
    p.add_argument("--round-seconds", type=seconds, default=60.0)
    p.add_argument("--json", action="store_true", help="print the JSON document instead")
    add_jobs_option(p)
    return p.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    a = parse_args(argv)
    doc = run_gauntlet(a.strategies, a.difficulties, all_pairs(a.players, a.cpus), a.fights,
                       a.seed, rounds=a.rounds, round_seconds=a.round_seconds, jobs=a.jobs)
    print(json.dumps(doc) if a.json else table(doc))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
