"""`python -m game.bench [--json] [--quick] [--window SECONDS]`: how fast the game runs on this
machine, and (`--window`) what the real app loop costs in a real window.

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


SIM_REPEATS = 5   # the same fights timed this many times; the median is reported


def sim_ticks_per_s(ticks: int, repeats: int = SIM_REPEATS) -> float:
    """A CPU-against-CPU fight, brains included, nothing drawn (the game's own tick loop): the
    median of `repeats` timings of the very same `ticks` ticks.

    Why a median: one timing of under a second moves by a tenth either way with whatever else
    the machine is doing at that moment (another process, the host's steal time); the median of
    identical runs is the figure the code itself earns, and one slow or lucky run cannot move
    it."""
    return statistics.median(_sim_run(ticks) for _ in range(repeats))


def _sim_run(ticks: int) -> float:
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

    from game.audio import NullAudio
    from game.bout import FightSpec
    from game.cli import parse
    from game.context import Context
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


def window_figures(seconds: float, scene: str = "fight") -> dict[str, float]:
    """The real app loop in whatever display there is (Xvfb in CI), for `seconds`.

    A CPU-against-CPU exhibition at x2 (`scene="fight"`), or the pause menu over it, frozen
    (`scene="pause"`). Measured: the process's CPU time over wall time, presents a second,
    and the intervals between presents. `pygame.display.flip` is wrapped to timestamp each
    present; nothing else in the loop is touched, so this is the player's loop."""
    os.environ["SDL_AUDIODRIVER"] = "dummy"
    import pygame

    from game import app
    from game.cli import parse

    stamps: list[float] = []
    real_flip = pygame.display.flip

    def flip() -> None:
        real_flip()
        stamps.append(time.perf_counter())

    opts = parse(["--mode", "exhibition", "--p1", "cpu", "--p2", "cpu", "--fighters",
                  "apollo,drago", "--scale", "2", "--mute", "--seed", "3",
                  "--round-seconds", "600"])
    real_loop = app._loop
    figures: dict[str, float] = {}

    def loop(ctx) -> None:
        # the fight starts (intro done) before the clock does; a pause menu freezes it
        ctx.opts.frames = ctx.ticks + 240
        real_loop(ctx)
        if scene == "pause":
            from game.scenes.pause import PauseScene

            ctx.stack.push(PauseScene(ctx, ctx.fight))
            ctx.stack.apply()
        ctx.opts.frames = ctx.ticks + int(seconds * 60) + 10**6
        stamps.clear()
        wall, cpu = time.perf_counter(), time.process_time()
        deadline = wall + seconds
        _run_until(ctx, real_loop, deadline)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        gaps = sorted((b - a) * 1000.0 for a, b in zip(stamps, stamps[1:], strict=False))
        figures.update(cpu_share=round(cpu / wall, 3), presents_per_s=round(len(stamps) / wall, 1),
                       frame_interval_ms_p50=round(_pct(gaps, 0.5), 2),
                       frame_interval_ms_p99=round(_pct(gaps, 0.99), 2))

    pygame.display.flip = flip
    app._loop = loop
    try:
        app.run(opts)
    finally:
        pygame.display.flip = real_flip
        app._loop = real_loop
    return figures


def _run_until(ctx, loop, deadline: float) -> None:
    """Run the app loop until a wall-clock deadline (a scene check, not a tick count)."""
    import pygame

    real_get = pygame.event.get

    def get(*args, **kwargs):
        if time.perf_counter() >= deadline:
            ctx.quit = True
        return real_get(*args, **kwargs)

    pygame.event.get = get
    try:
        loop(ctx)
    finally:
        pygame.event.get = real_get
        ctx.quit = False


def _pct(values: list[float], q: float) -> float:
    return values[min(len(values) - 1, int(len(values) * q))] if values else 0.0


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m game.bench")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--quick", action="store_true", help="tiny sizes (to check it works)")
    p.add_argument("--window", type=float, metavar="SECONDS",
                   help="also the real app loop in the display there is: a CPU fight at x2")
    p.add_argument("--scene", choices=("fight", "pause"), default="fight",
                   help="with --window: the fight, or the pause menu over it (frozen)")
    args = p.parse_args(argv)
    # the real window first: the figures below switch SDL to its dummy driver for good
    shown = window_figures(args.window, args.scene) if args.window is not None else {}
    ticks, frames, warmup = (600, 30, 150) if args.quick else (30_000, 1200, 600)
    repeats = 1 if args.quick else SIM_REPEATS
    figures = {"sim_ticks_per_s": round(sim_ticks_per_s(ticks, repeats), 1)}
    p50, p99 = render_ms(frames, warmup)
    figures["render_ms_p50"] = round(p50, 3)
    figures["render_ms_p99"] = round(p99, 3)
    figures["startup_s"] = round(startup_s(), 3)
    figures["peak_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    figures["cpus"] = os.cpu_count() or 1
    figures.update(shown)
    _print(figures, args.json)
    return 0


UNITS = {"sim_ticks_per_s": "ticks/s", "render_ms_p50": "ms", "render_ms_p99": "ms",
         "startup_s": "s", "peak_mb": "MiB", "cpus": "", "cpu_share": "of one core",
         "presents_per_s": "/s", "frame_interval_ms_p50": "ms", "frame_interval_ms_p99": "ms"}


def _print(figures: dict, as_json: bool) -> None:
    if as_json:
        print(json.dumps(figures))
        return
    for key, value in figures.items():
        print(f"{key:>22}: {value} {UNITS[key]}")


if __name__ == "__main__":
    raise SystemExit(main())
