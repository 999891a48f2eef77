"""Where the game keeps the player's files: platformdirs folders for the app `piece-of-iron`.

Why one module: settings, saves, replays, crash reports and screenshots must land in the
folders the platform expects (and that `--paths` prints), and tests redirect them all by
pointing `XDG_*` at temporary folders, so nothing else may build these paths by hand.
"""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP = "piece-of-iron"
NAMES = ("settings", "saves", "replays", "crash_reports", "screenshots")


def user_paths() -> dict[str, Path]:
    """Each user folder by name (not created: only a write creates its folder)."""
    data = Path(platformdirs.user_data_dir(APP, appauthor=False))
    return {
        "settings": Path(platformdirs.user_config_dir(APP, appauthor=False)),
        "saves": data / "saves",
        "replays": data / "replays",
        "crash_reports": data / "crash_reports",
        "screenshots": data / "screenshots",
    }


def settings_file() -> Path:
    return user_paths()["settings"] / "settings.toml"


def describe() -> str:
    """`--paths` output: `name: path`, one a line, in the contract's order."""
    paths = user_paths()
    return "".join(f"{name}: {paths[name]}\n" for name in NAMES)
