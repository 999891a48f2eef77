"""A scouting report on a CPU boxer: how he moves and what he throws, over many seeds.

Why this exists: a style is something a player sees (a man who keeps his distance and steps out
after the jab, one who walks straight in and never takes a backward step, one who crouches and
digs to the body), so the brains are judged on those habits, measured from the same views a
player watches, not on their internal numbers. `python -m game.ai.scout` prints the table; the
style tests assert on it.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from dataclasses import dataclass, field

from game.ai.brain import DIFFICULTIES, CpuBrain
from game.bout import Bout, BrainSource
from game.sim.data import FIGHTER_IDS
from game.sim.match import SIDES, MatchSetup
from game.sim.view import RING_HALF_WIDTH_M, TICKS_PER_SECOND, FighterView

PUNCHES = ("jab", "hook", "uppercut", "body", "special")
COVER = ("guard", "low_guard", "duck", "blockstun")
STEP_MPS = 0.3          # slower than this is standing, not stepping
OUT_WINDOW = 30         # ticks after a punch in which a step back counts as stepping out
ROPES_M = 0.7           # a back this close to the ropes is on them


@dataclass
class Report:
    """Shares are of fight-phase ticks (the clock running), from the scouted man's side."""

    fighter: str
    opponent: str
    ticks: int = 0
    distance_sum: float = 0.0
    advancing: int = 0
    retreating: int = 0
    still: int = 0              # free, feet planted (idle or guarding, not moving)
    covering: int = 0
    on_ropes: int = 0
    pins: int = 0               # ticks he has the other man's back on the ropes
    punches: dict[str, int] = field(default_factory=lambda: dict.fromkeys(PUNCHES, 0))
    landed: int = 0
    stepped_out: int = 0        # punches followed within OUT_WINDOW ticks by a step back
    taunts: int = 0
    rolls: int = 0              # roll-outs off the ropes
    fights: int = 0

    def row(self) -> dict[str, float]:
        t = max(1, self.ticks)
        thrown = max(1, sum(self.punches.values()))
        minutes = t / (TICKS_PER_SECOND * 60)
        return {
            "range_m": self.distance_sum / t,
            "advancing": self.advancing / t,
            "retreating": self.retreating / t,
            "still": self.still / t,
            "covering": self.covering / t,
            "on_ropes": self.on_ropes / t,
            "pinning": self.pins / t,
            "thrown_per_min": sum(self.punches.values()) / max(1e-9, minutes),
            "landed_share": self.landed / thrown,
            "stepped_out": self.stepped_out / thrown,
            "taunts_per_fight": self.taunts / max(1, self.fights),
            "rolls_per_fight": self.rolls / max(1, self.fights),
            **{f"{k}_share": n / thrown for k, n in self.punches.items()},
        }


def _moving(f: FighterView) -> int:
    """+1 stepping at the other man, -1 stepping away, 0 planted (from his own velocity)."""
    if f.state != "walk" or abs(f.vx_mps) < STEP_MPS:
        return 0
    return 1 if f.vx_mps * f.facing > 0 else -1


def _on_ropes(f: FighterView) -> bool:
    """His back is near his own ropes (he faces the other man, so behind is -facing)."""
    return -f.facing * f.x_m > RING_HALF_WIDTH_M - ROPES_M


def scout(fighter: str, opponent: str, seeds: Sequence[int], *, difficulty: str = "normal",
          opponent_difficulty: str = "normal", rounds: int = 2,
          round_seconds: float = 60.0) -> Report:
    """Fight `fighter` against `opponent` once per seed (sides alternating) and watch him."""
    rep = Report(fighter, opponent)
    for i, seed in enumerate(seeds):
        me = i % 2
        fighters = (fighter, opponent) if me == 0 else (opponent, fighter)
        diffs = (difficulty, opponent_difficulty) if me == 0 else \
            (opponent_difficulty, difficulty)
        brains = [BrainSource(CpuBrain(SIDES[k], diffs[k], seed)) for k in range(2)]
        _watch(Bout(MatchSetup(fighters=fighters, rounds=rounds, round_seconds=round_seconds,
                               seed=seed), brains), me, rep)
        rep.fights += 1
    return rep


def _watch(bout: Bout, me: int, rep: Report) -> None:
    m = bout.match
    out_until = -1          # a step back before this tick counts for the last punch
    out_counted = True
    while not m.over:
        v = bout.view
        for e in bout.advance().events:
            if e.side != SIDES[me]:
                continue
            if e.kind == "punch" and e.move in rep.punches:
                rep.punches[e.move] += 1
                out_until, out_counted = v.tick + OUT_WINDOW + 20, False
            elif e.kind == "taunt":
                rep.taunts += 1
            elif e.kind == "pivot":
                rep.rolls += 1
        if v.phase != "fight":
            continue
        f, o = v.fighters[me], v.fighters[1 - me]
        rep.ticks += 1
        rep.distance_sum += abs(f.x_m - o.x_m)
        step = _moving(f)
        rep.advancing += step > 0
        rep.retreating += step < 0
        rep.still += step == 0 and f.state in ("idle", "guard", "low_guard", "duck")
        rep.covering += f.state in COVER
        rep.on_ropes += _on_ropes(f)
        rep.pins += _on_ropes(o) and abs(f.x_m - o.x_m) < 1.6
        if step < 0 and not out_counted and v.tick <= out_until:
            rep.stepped_out += 1
            out_counted = True
    rep.landed += m.fighters[me].punches_landed


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m game.ai.scout",
                                description="How each CPU boxer moves and punches.")
    p.add_argument("--fighters", default=",".join(FIGHTER_IDS),
                   help="comma-separated fighters to scout")
    p.add_argument("--opponent", default="rocky", choices=FIGHTER_IDS,
                   help="who they fight (Rocky fights Drago instead of himself)")
    p.add_argument("--difficulty", default="normal", choices=DIFFICULTIES)
    p.add_argument("--seeds", type=int, default=6)
    args = p.parse_args(argv)
    reports = []
    for fid in args.fighters.split(","):
        opp = args.opponent if args.opponent != fid else "drago"
        reports.append(scout(fid, opp, range(1, args.seeds + 1), difficulty=args.difficulty))
    keys = list(reports[0].row())
    print(f"{'':<18}" + "".join(f"{r.fighter + ' v ' + r.opponent:>18}" for r in reports))
    for k in keys:
        print(f"{k:<18}" + "".join(f"{r.row()[k]:>18.2f}" for r in reports))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
