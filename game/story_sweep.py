"""The story's two fights over many seeds, CPU for the player: do they play the film's arc?

    python -m game.story_sweep --seeds 1-24 [--jobs N] [--round-seconds S] [--json out.json]

Why here, beside `game.tournament` and not in `game/story/`: it plays the story's screens
with the app's own step, and the story's model must not import the screens above it.
Why in-process and not the CLI: each seed plays the whole story exactly as
`python -m game --headless --mode story --p1 cpu --seed N --until-result` does (the same
scenes, stepped the same way, so the same results), and the sweep also reads what the result
JSON does not say (Apollo's cards after round 1). The table has a row per seed; the figures
at the end are issue 16's done-when, each with its bar.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from game.parallel import add_jobs_option, run_all

MAX_UPDATES = 400_000     # far more than the whole story takes; a hang fails loudly


@dataclass
class SeedResult:
    """One seed's story, as the done-when needs it."""

    seed: int
    creed: dict[str, Any] = field(default_factory=dict)       # creed_drago's record
    balboa: dict[str, Any] = field(default_factory=dict)      # balboa_drago's record
    apollo_ahead_after_1: bool = False                        # on every judge's card
    ending: str | None = None


def _cards_ahead(scene: Any) -> bool:
    """After round 1, is the player ahead on every judge's card?"""
    rounds = scene.match.cards.rounds
    return bool(rounds) and all(p1 > p2 for p1, p2 in rounds[0])


def play_seed(args: tuple[int, float | None, str]) -> SeedResult:
    """The whole story for one seed, CPU at the controls; a worker's job."""
    seed, round_seconds, levels = args
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    import pygame

    from game.app import step
    from game.audio import NullAudio
    from game.cli import parse
    from game.context import Context
    from game.input.keyboard import KeyboardInput
    from game.scenes.base import SceneStack
    from game.scenes.story.fight import StoryFightScene
    from game.scenes.story.flow import make_story_scene
    from game.story import story_over

    pygame.display.init()
    pygame.display.set_mode((640, 360))
    ctx = Context(parse(["--headless", "--mode", "story"]), NullAudio(), KeyboardInput(),
                  SceneStack())
    ctx.stack.push(make_story_scene(ctx, Path(levels), "cpu", seed, "normal",
                                    round_seconds=round_seconds, save=False))
    ctx.stack.apply()
    out = SeedResult(seed)
    for _ in range(MAX_UPDATES):
        if story_over(ctx) or ctx.stack.top is None:
            break
        top = ctx.stack.top
        if isinstance(top, StoryFightScene) and top.fight.id == "creed_drago" and \
                top.match.cards.rounds:
            out.apollo_ahead_after_1 = _cards_ahead(top)
        step(ctx)
    pygame.display.quit()
    for rec in ctx.story.records:
        if rec["id"] == "creed_drago":
            out.creed = rec
        elif rec["id"] == "balboa_drago":
            out.balboa = rec
    out.ending = ctx.story.ending
    return out


def _stars(rec: dict[str, Any]) -> int:
    return sum(o["stars"] for o in rec.get("objectives", []))


def row(r: SeedResult) -> str:
    c, b = r.creed, r.balboa
    return (f"{r.seed:>4}  {c.get('outcome', '-'):>5} {c.get('method', '-'):>8} "
            f"{c.get('round', '-'):>2}  {'yes' if r.apollo_ahead_after_1 else 'no':>5}  "
            f"{b.get('outcome', '-'):>5} {b.get('method', '-'):>8} {b.get('round', '-'):>2}  "
            f"{_fmt(b.get('crowd_at_14')):>6}  {str(b.get('cut_opened')):>5}  "
            f"{_stars(b):>3}/{3 * len(b.get('objectives', [])):<3} {r.ending or '-'}")


def _fmt(x: float | None) -> str:
    return "-" if x is None else f"{x:+.2f}"


def figures(results: list[SeedResult]) -> list[tuple[str, int, int, bool]]:
    """(what, count, out of, meets its bar) for each done-when figure of issue 16."""
    n = len(results)
    creed_r2 = sum(1 for r in results if r.creed.get("outcome") == "loss"
                   and r.creed.get("method") in ("ko", "tko") and r.creed.get("round") == 2)
    ahead = sum(1 for r in results if r.apollo_ahead_after_1)
    reach14 = sum(1 for r in results if 14 in r.balboa.get("rounds_played", []))
    montage_stop = sum(1 for r in results if r.balboa.get("round") in range(3, 14)
                       and r.balboa.get("method") in ("ko", "tko"))
    drago_early = sum(1 for r in results if r.balboa.get("outcome") == "win"
                      and r.balboa.get("method") in ("ko", "tko")
                      and r.balboa.get("round", 15) < 15)
    rocky_ko15 = sum(1 for r in results if r.balboa.get("outcome") == "win"
                     and r.balboa.get("method") in ("ko", "tko") and r.balboa.get("round") == 15)
    bar = {18: round(n * 18 / 24), 20: round(n * 20 / 24), 12: round(n * 12 / 24)}
    return [
        ("Creed vs Drago: Drago's stoppage in round 2", creed_r2, n, creed_r2 == n),
        ("Apollo ahead on every card after round 1", ahead, n, ahead >= bar[18]),
        ("Balboa vs Drago reaches round 14", reach14, n, reach14 >= bar[20]),
        ("stopped in a montage round (3-13)", montage_stop, n, montage_stop == 0),
        ("Drago knocked out before round 15", drago_early, n, drago_early == 0),
        ("Rocky wins by KO in round 15", rocky_ko15, n, rocky_ko15 >= bar[12]),
    ]


def _seeds(text: str) -> list[int]:
    lo, _, hi = text.partition("-")
    return list(range(int(lo), int(hi or lo) + 1))


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m game.story_sweep",
                                description=__doc__.splitlines()[0])
    p.add_argument("--seeds", default="1-24", help="a seed or a range, e.g. 1-24")
    p.add_argument("--round-seconds", type=float, default=None,
                   help="shorten every fight (default: each chapter's own length)")
    p.add_argument("--levels", type=Path, default=None)
    p.add_argument("--json", type=Path, default=None, help="write every seed's records here")
    add_jobs_option(p)
    args = p.parse_args(argv)
    from game.assets import asset_dir

    levels = str(args.levels or asset_dir("levels"))
    jobs = [(s, args.round_seconds, levels) for s in _seeds(args.seeds)]
    results = run_all(play_seed, jobs, args.jobs)
    print("seed  creed:  how     rd  ahead  balboa: how    rd  crowd14  cut  stars  ending")
    for r in results:
        print(row(r))
    print()
    ok = True
    for what, count, n, good in figures(results):
        ok = ok and good
        print(f"{'ok  ' if good else 'MISS'}  {what}: {count}/{n}")
    if args.json is not None:
        args.json.write_text(json.dumps([r.__dict__ for r in results], indent=1))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
