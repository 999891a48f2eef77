"""`python -m game.bench [--json] [--quick]`: how fast the game runs on this machine.

Why a benchmark and not timed tests: timings depend on the machine and its load; the figures
are printed for people to read and compare (contracts.md fixes the keys), and a test only
checks that the benchmark runs.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")


def sim_ticks_per_s(ticks: int) -> float:
    """A CPU-against-CPU fight, brains included, nothing drawn (the game's own tick loop)."""
    from game.ai.brain import CpuBrain
    from game.bout import Bout, BrainSource
    from game.sim.match import MatchSetup

    done = 0
    elapsed = 0.0
    seed = 1
    while done < ticks:
        brains = CpuBrain("p1", "normal", seed), CpuBrain("p2", "normal", seed)
        bout = Bout(MatchSetup(seed=seed), map(BrainSource, brains))
        m = bout.match
        start = time.perf_counter()
        while not m.over and done < ticks:
            bout.advance()
            done += 1
        elapsed += time.perf_counter() - start
        seed += 1
    return done / elapsed


def render_ms(frames: int, warmup: int) -> tuple[float, float]:
    """A busy fight scene drawn and presented at 1280x720 (scaling and flip included)."""
    os.environ["SDL_VIDEODRIVER"] = "dummy"
    os.environ["SDL_AUDIODRIVER"] = "dummy"
    import pygame

    from game.app import Context
    from game.audio import NullAudio
    from game.bout import FightSpec
    from game.cli import parse
    from game.input.keyboard import KeyboardInput
    from game.present import Presenter
    from game.scenes.base import SceneStack
    from game.scenes.build import build
    from game.sim.match import MatchSetup

    pygame.display.init()
    window = pygame.display.set_mode((1280, 720))
    presenter = Presenter(window)
    ctx = Context(parse(["--headless"]), NullAudio(), KeyboardInput(), SceneStack())
    scene = build(ctx, FightSpec(MatchSetup(seed=3, fighters=("apollo", "drago")),
                                 "exhibition", ("hard", "hard"), ("cpu", "cpu")))
    ctx.stack.push(scene)
    ctx.stack.apply()
    for _ in range(warmup):
        scene.update()
    times = []
    for _ in range(frames):
        scene.update()
        if scene.match.over:
            break
        start = time.perf_counter()
        ctx.stack.draw(presenter.frame)
        presenter.show()
        pygame.display.flip()
        times.append((time.perf_counter() - start) * 1000.0)
    pygame.display.quit()
    times.sort()
    p99 = times[min(len(times) - 1, int(len(times) * 0.99))]
    return statistics.median(times), p99


def startup_s() -> float:
    """Process start to the first title frame on disk (a headless run of one tick)."""
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "game", "--headless", "--frames", "1",
                        "--screenshot", str(Path(tmp) / "t.png")], check=True, env=env,
                       capture_output=True)
        return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m game.bench")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--quick", action="store_true", help="tiny sizes (to check it works)")
    args = p.parse_args(argv)
    ticks, frames, warmup = (600, 30, 150) if args.quick else (30_000, 1200, 600)
    figures = {"sim_ticks_per_s": round(sim_ticks_per_s(ticks), 1)}
    p50, p99 = render_ms(frames, warmup)
    figures["render_ms_p50"] = round(p50, 3)
    figures["render_ms_p99"] = round(p99, 3)
    figures["startup_s"] = round(startup_s(), 3)
    figures["peak_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    figures["cpus"] = os.cpu_count() or 1
    if args.json:
        print(json.dumps(figures))
    else:
        units = {"sim_ticks_per_s": "ticks/s", "render_ms_p50": "ms", "render_ms_p99": "ms",
                 "startup_s": "s", "peak_mb": "MiB", "cpus": ""}
        for key, value in figures.items():
            print(f"{key:>16}: {value} {units[key]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
