"""Story progress on disk: one TOML file in the `saves` folder, written atomically.

Why atomic and forgiving: a crash mid-write must never leave half a save, and a save that
cannot be read is set aside (`NAME.corrupt-YYYYmmdd-HHMMSS`) with a message, never a crash.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import tomli_w

from game.files import atomic_write_bytes, set_aside

SAVE_NAME = "story.toml"
FORMAT = 1


def saves_dir() -> Path:
    try:
        from game.paths import user_paths
    except ImportError:  # an older tree without game/paths.py
        import platformdirs

        return Path(platformdirs.user_data_dir("piece-of-iron", appauthor=False)) / "saves"
    return user_paths()["saves"]


def save_path() -> Path:
    return saves_dir() / SAVE_NAME


def write_save(doc: dict[str, Any], path: Path | None = None) -> Path:
    """Write to a temporary file beside the save, then rename it over the old one."""
    path = path or save_path()
    atomic_write_bytes(path, tomli_w.dumps(doc).encode("utf-8"))
    return path


def read_save(path: Path | None = None) -> tuple[dict[str, Any] | None, str]:
    """(the save or None, a message for the player: "" when all was well)."""
    path = path or save_path()
    if not path.is_file():
        return None, ""
    try:
        doc = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        aside = set_aside(path, move=True)
        return None, f"{path.name} could not be read ({type(exc).__name__}); set aside as " \
                     f"{aside.name}. Starting a new story."
    problems = validate(doc)
    if problems:
        aside = set_aside(path, move=False)
        return None, f"{path.name}: {problems[0]}; copied aside as {aside.name}. " \
                     "Starting a new story."
    return doc, ""


def validate(doc: dict[str, Any]) -> list[str]:
    """What a save must hold to be resumed (the rest of the game reads nothing else)."""
    out = []
    if doc.get("format") != FORMAT:
        out.append(f"format: expected {FORMAT}")
    if not isinstance(doc.get("index"), int) or doc["index"] < 0:
        out.append("index: expected a whole number from 0")
    if not isinstance(doc.get("branch", ""), str):
        out.append("branch: expected a chapter id")
    if not isinstance(doc.get("chapters", []), list):
        out.append("chapters: expected a list of tables")
    bonuses = doc.get("bonuses", {})
    if not isinstance(bonuses, dict) or not all(
            isinstance(v, int | float) and 0.5 <= v <= 2.0 for v in bonuses.values()):
        out.append("bonuses: expected multipliers from 0.5 to 2.0")
    if doc.get("difficulty", "normal") not in ("easy", "normal", "hard", "champion"):
        out.append("difficulty: expected easy, normal, hard or champion")
    return out
