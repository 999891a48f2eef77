"""When the unexpected happens: a crash report the player can send, and a clean exit.

Why a report with the replay: the fight simulation is deterministic, so the replay of the
fight that was running reproduces the crash exactly; with the traceback and the settings that
is everything a developer needs, and the player loses nothing but the moment.
"""

from __future__ import annotations

import json
import platform
import sys
import time
import traceback
from pathlib import Path
from typing import Any

from game import __version__
from game.files import atomic_write_text, why
from game.paths import user_paths
from game.shown import named


class OutsideFault(Exception):
    """An error whose cause is outside the program; its message is the player's one line."""


def outside_cause(exc: BaseException) -> str:
    """One line for an error whose cause is the player's file, folder or disk ("" if none).

    Why: a crash report is for our own bugs. An OSError that names a path (a full disk, a
    read-only folder, a name too long) is the player's to fix, so he is told the path and
    the cause instead; anything else is ours and gets the report."""
    if isinstance(exc, OutsideFault):
        return str(exc)
    if isinstance(exc, OSError) and exc.filename:
        return f"{named(exc.filename)}: could not be used ({why(exc)})"
    return ""


def crash_report(ctx: Any, exc: BaseException) -> dict:
    doc: dict[str, Any] = {
        "format": 1, "game_version": __version__,
        "python": sys.version.split()[0], "platform": platform.platform(),
        "ticks": getattr(ctx, "ticks", None),
        "traceback": "".join(traceback.format_exception(type(exc), exc, exc.__traceback__)),
        "settings": None, "replay": None,
    }
    try:
        from game.settings import to_doc

        doc["settings"] = to_doc(ctx.settings)
    except Exception as err:  # noqa: BLE001 - a report must not fail for want of a part
        doc["settings"] = f"unavailable: {err}"
    fight = getattr(ctx, "fight", None)
    recorder = getattr(fight, "recorder", None)
    if recorder is not None:
        doc["replay"] = recorder.to_json()
    return doc


def write_crash_report(ctx: Any, exc: BaseException, folder: Path | None = None) -> Path:
    """Write the report into the crash_reports folder and return where it went."""
    folder = folder or user_paths()["crash_reports"]
    path = folder / time.strftime("crash-%Y%m%d-%H%M%S.json")
    k = 1
    while path.exists():
        path = folder / time.strftime(f"crash-%Y%m%d-%H%M%S-{k}.json")
        k += 1
    atomic_write_text(path, json.dumps(crash_report(ctx, exc), indent=1, default=str))
    return path
