"""The command line, parsed before pygame starts (contracts.md lists every option).

Why before pygame: a bad argument must exit 2 with one line naming it, and `--headless` must
set SDL's dummy drivers before pygame initialises.
"""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from game.shown import clip

FIGHTERS = ("rocky", "apollo", "drago")
VENUES = ("las_vegas", "moscow")
DIFFICULTIES = ("easy", "normal", "hard", "champion")
MODES = ("story", "versus", "exhibition", "training")
CONTROLS = ("keyboard", "gamepad", "cpu")


class OneLineParser(argparse.ArgumentParser):
    """argparse prints usage and a message; we print one line naming the problem."""

    def error(self, message: str) -> None:  # type: ignore[override]
        sys.stderr.write(f"piece-of-iron: {message}\n")
        raise SystemExit(2)


@dataclass
class Options:
    headless: bool
    mode: str | None
    p1: str | None
    p2: str | None
    fighters: tuple[str, str]
    venue: str | None
    difficulty: tuple[str, str] | None   # None: not given (a saved or built-in default)
    bonuses: str
    rounds: int | None                   # None: not given, so settings or the default apply
    round_seconds: float | None
    seed: int
    frames: int | None
    until_result: bool
    screenshot: Path | None
    filmstrip: Path | None
    every: int
    record: Path | None
    replay: Path | None
    result_json: Path | None
    levels: Path | None
    mute: bool
    fullscreen: bool
    scale: int | None  # None: not given, so the saved window scale (or 2) is used


def _pair(text: str, allowed: tuple[str, ...], what: str) -> tuple[str, str]:
    parts = [p.strip() for p in text.split(",")]
    if len(parts) == 1:
        parts = parts * 2
    if len(parts) != 2 or any(p not in allowed for p in parts):
        raise argparse.ArgumentTypeError(
            f"invalid {what} {text!r}: expected one or two of {', '.join(allowed)} (A,B)")
    return parts[0], parts[1]


def _fighters(text: str) -> tuple[str, str]:
    parts = [p.strip() for p in text.split(",")]
    if len(parts) != 2 or any(p not in FIGHTERS for p in parts):
        raise argparse.ArgumentTypeError(
            f"invalid fighters {text!r}: expected A,B with each one of {', '.join(FIGHTERS)}")
    return parts[0], parts[1]


def _positive_int(lo: int, hi: int):
    def parse(text: str) -> int:
        # ASCII digits only: int() also takes fullwidth and Arabic-Indic digits
        if not (text.strip().isascii() and text.strip().lstrip("+-").isdigit()):
            raise argparse.ArgumentTypeError(f"{clip(text)!r} is not a whole number "
                                             "(digits 0-9)")
        value = int(text)
        if not lo <= value <= hi:
            raise argparse.ArgumentTypeError(f"{value} is outside {lo}..{hi}")
        return value
    return parse


def _seconds(text: str) -> float:
    try:
        if not text.isascii():  # float() also takes fullwidth and Arabic-Indic digits
            raise ValueError(text)
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{clip(text)!r} is not a number of seconds") \
            from None
    if not 1.0 <= value <= 600.0:
        raise argparse.ArgumentTypeError(f"{text} is outside 1..600 seconds")
    return value


def build_parser() -> argparse.ArgumentParser:
    p = OneLineParser(prog="piece-of-iron",
                      description="Piece of Iron: arcade boxing (unofficial fan work).")
    p.add_argument("--headless", action="store_true",
                   help="dummy video and audio, no frame pacing")
    p.add_argument("--mode", choices=MODES, help="skip the menus and start there")
    p.add_argument("--p1", choices=CONTROLS, help="who controls p1")
    p.add_argument("--p2", choices=CONTROLS, help="who controls p2")
    p.add_argument("--fighters", type=_fighters, default=("rocky", "drago"), help="A,B")
    p.add_argument("--venue", choices=VENUES)
    # default None for these three: a value given must beat a saved one even when it equals
    # the built-in default (`--rounds 3` over a saved 5; see game/scenes/options.py)
    p.add_argument("--difficulty", type=lambda t: _pair(t, DIFFICULTIES, "difficulty"),
                   default=None, help="D or D1,D2 (default normal)")
    p.add_argument("--bonuses", choices=("none", "full"), default="none")
    p.add_argument("--rounds", type=_positive_int(1, 15), default=None,
                   help="default: the saved choice in menus, else 3")
    p.add_argument("--round-seconds", type=_seconds, default=None,
                   help="default: the saved choice in menus, else 60")
    p.add_argument("--seed", type=_positive_int(0, 2**31 - 1), default=0)
    p.add_argument("--frames", type=_positive_int(1, 10**9), help="stop after N app ticks")
    p.add_argument("--until-result", action="store_true", help="stop when the fight is over")
    p.add_argument("--screenshot", type=Path, help="save the last frame as PNG (1280x720)")
    p.add_argument("--filmstrip", type=Path, help="save every Nth frame tiled in one PNG")
    p.add_argument("--every", type=_positive_int(1, 100000), default=6)
    p.add_argument("--record", type=Path, help="write a replay")
    p.add_argument("--replay", type=Path, help="play a replay")
    p.add_argument("--result-json", type=Path, help="write the outcome at exit")
    p.add_argument("--levels", type=Path, help="another levels folder")
    p.add_argument("--mute", action="store_true")
    p.add_argument("--fullscreen", action="store_true")
    # default None, not 2: an explicit `--scale 2` must beat a saved scale, so "not given" has
    # to be told apart from 2 (game/app.py `window_mode` applies the default of 2)
    p.add_argument("--scale", type=_positive_int(1, 4), default=None,
                   help="window = 640x360 x N (default: the saved scale, else 2)")
    p.add_argument("--check-levels", nargs="?", const="", default=None, metavar="DIR",
                   help="validate the levels (shipped, or DIR) and exit 0 or 1")
    p.add_argument("--paths", action="store_true",
                   help="print the user folders (settings, saves, ...) and exit")
    return p


def parse(argv: list[str] | None = None) -> Options:
    ns = build_parser().parse_args(argv)
    return Options(
        headless=ns.headless, mode=ns.mode, p1=ns.p1, p2=ns.p2, fighters=ns.fighters,
        venue=ns.venue, difficulty=ns.difficulty, bonuses=ns.bonuses, rounds=ns.rounds,
        round_seconds=ns.round_seconds, seed=ns.seed, frames=ns.frames,
        until_result=ns.until_result, screenshot=ns.screenshot, filmstrip=ns.filmstrip,
        every=ns.every, record=ns.record, replay=ns.replay, result_json=ns.result_json,
        levels=ns.levels, mute=ns.mute, fullscreen=ns.fullscreen, scale=ns.scale)


def check_levels_command(folder: str) -> int:
    """`--check-levels [DIR]`: every problem on its own line naming file and field."""
    from game.assets import asset_dir
    from game.story import check_levels

    path = Path(folder) if folder else asset_dir("levels")
    problems = check_levels(path)
    for line in problems:
        sys.stderr.write(f"{line}\n")
    if problems:
        return 1
    sys.stdout.write(f"levels ok: {path}\n")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if "--paths" in args:
        build_parser().parse_args(args)  # a bad option beside it still exits 2
        from game.paths import describe

        sys.stdout.write(describe())
        return 0
    if "--check-levels" in args or any(a.startswith("--check-levels=") for a in args):
        return check_levels_command(build_parser().parse_args(args).check_levels)
    opts = parse(argv)
    from game.outputs import output_problems

    for problem in output_problems(opts)[:1]:  # before the fight: exit 2 like a bad option
        sys.stderr.write(f"piece-of-iron: {problem}\n")
        return 2
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    if opts.headless:
        os.environ["SDL_VIDEODRIVER"] = "dummy"
        os.environ["SDL_AUDIODRIVER"] = "dummy"
    from game.app import run  # imported late: pygame must see the environment first

    return run(opts)
