"""Value checks for command lines: whole numbers in a range, seconds of a round.

Why shared: the game's command line and the tournament tool take the same kinds of numbers
and must reject a bad one with the same one-line message naming it.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any, NoReturn

from game.shown import clip


class OneLineParser(argparse.ArgumentParser):
    """argparse prints usage and a message; we print one line naming the problem, exit 2.

    `who` starts the line (`piece-of-iron: ...`, `game.tournament: ...`)."""

    def __init__(self, *args: Any, who: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.who = who

    def error(self, message: str) -> NoReturn:
        sys.stderr.write(f"{self.who}: {message}\n")
        raise SystemExit(2)


def int_between(lo: int, hi: int) -> Callable[[str], int]:
    """An argparse `type` for a whole number in lo..hi."""
    def parse(text: str) -> int:
        # ASCII digits only: int() also takes fullwidth and Arabic-Indic digits
        digits = text.strip()
        if not (digits.isascii() and digits.lstrip("+-").isdigit()):
            raise argparse.ArgumentTypeError(f"{clip(text)!r} is not a whole number "
                                             "(digits 0-9)")
        value = int(digits)
        if not lo <= value <= hi:
            raise argparse.ArgumentTypeError(f"{value} is outside {lo}..{hi}")
        return value
    return parse


def seconds(text: str) -> float:
    """An argparse `type` for the length of a round: 1..600 seconds."""
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
