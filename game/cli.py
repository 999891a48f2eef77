"""The command line, parsed before pygame starts (contracts.md lists every option).

Why before pygame: a bad argument must exit 2 with one line naming it, and `--headless` must
set SDL's dummy drivers before pygame initialises.
Why it only parses: the app, the scenes and the tools read `Options`; if this module also
started the game it would import the app, which imports it back. `game/__main__.py` wires the
parsed options to the app. The names it accepts come from their owners: fighters from the
fighter data, venues from the match set-up, difficulties from the AI.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path

from game import __version__
from game.ai.skill import DIFFICULTIES
from game.argtypes import OneLineParser, int_between, seconds
from game.sim.data import FIGHTER_IDS
from game.sim.match import VENUES

MODES = ("story", "versus", "exhibition", "training")
CONTROLS = ("keyboard", "gamepad", "cpu")


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
    if len(parts) != 2 or any(p not in FIGHTER_IDS for p in parts):
        raise argparse.ArgumentTypeError(
            f"invalid fighters {text!r}: expected A,B with each one of {', '.join(FIGHTER_IDS)}")
    return parts[0], parts[1]


def build_parser() -> argparse.ArgumentParser:
    p = OneLineParser(prog="piece-of-iron", who="piece-of-iron",
                      description="Piece of Iron: arcade boxing (unofficial fan work).")
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
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
    p.add_argument("--rounds", type=int_between(1, 15), default=None,
                   help="default: the saved choice in menus, else 3")
    p.add_argument("--round-seconds", type=seconds, default=None,
                   help="default: the saved choice in menus, else 60")
    p.add_argument("--seed", type=int_between(0, 2**31 - 1), default=0)
    p.add_argument("--frames", type=int_between(1, 10**9), help="stop after N app ticks")
    p.add_argument("--until-result", action="store_true", help="stop when the fight is over")
    p.add_argument("--screenshot", type=Path, help="save the last frame as PNG (1280x720)")
    p.add_argument("--filmstrip", type=Path, help="save every Nth frame tiled in one PNG")
    p.add_argument("--every", type=int_between(1, 100000), default=6)
    p.add_argument("--record", type=Path, help="write a replay")
    p.add_argument("--replay", type=Path, help="play a replay")
    p.add_argument("--result-json", type=Path, help="write the outcome at exit")
    p.add_argument("--levels", type=Path, help="another levels folder")
    p.add_argument("--mute", action="store_true")
    p.add_argument("--fullscreen", action="store_true")
    # default None, not 2: an explicit `--scale 2` must beat a saved scale, so "not given" has
    # to be told apart from 2 (game/app.py `window_mode` applies the default of 2)
    p.add_argument("--scale", type=int_between(1, 4), default=None,
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
