"""`python -m game` (and the `piece-of-iron` command): parse the command line, then run.

Why the wiring lives here and not in `game/cli.py`: the parser sits below everything that
reads `Options`, the app on top; only this entry point knows both, so neither imports the
other back. The one-shot commands (`--paths`, `--check-levels`) answer without opening the
game at all.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from game.cli import build_parser, parse


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
    from game.pygame_check import check_pygame

    if check_pygame():  # upstream pygame or a half-removed pygame-ce: the fix, no traceback
        return 1
    from game.app import run  # imported late: pygame must see the environment first

    return run(opts)


if __name__ == "__main__":
    raise SystemExit(main())
