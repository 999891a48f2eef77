"""Files the command line asks the game to write: checked before the fight, named if they fail.

Why before: `--record`, `--result-json`, `--screenshot` and `--filmstrip` are written when
the run ends, so a path that cannot be written (a read-only folder, a folder in its place, a
name too long, a full disk) used to be found only after the whole fight — as a crash report
that did not even say which output failed. Each path is now tried before pygame starts
(exit 2 naming the option, like any other bad option), and a write that still fails at the
end (the disk filled during the fight) is one line naming the option and the path.

Pictures are PNG only: pygame picks the format from the name's extension, so
`--screenshot s.txt` silently wrote a TGA file; a name that does not end in `.png` is refused.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from game.crash import OutsideFault
from game.files import why
from game.shown import named

# Options attribute -> the option as typed, for the messages
OUTPUT_OPTIONS = {"record": "--record", "result_json": "--result-json",
                  "screenshot": "--screenshot", "filmstrip": "--filmstrip"}
PICTURES = ("screenshot", "filmstrip")


class OutputError(OutsideFault):
    """An output file that could not be written; the message names the option and path."""


def _existing_folder(path: Path) -> Path:
    """The nearest folder above `path` that exists (the write creates the rest)."""
    folder = path.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    return folder


def _try_write(folder: Path) -> None:
    """Write one byte to a temporary file in `folder` and remove it; OSError if it fails."""
    fd, tmp = tempfile.mkstemp(prefix=".piece-of-iron-probe.", dir=folder)
    try:
        os.write(fd, b"\0")
        os.fsync(fd)
    finally:
        os.close(fd)
        os.unlink(tmp)


def output_problem(attr: str, path: Path) -> str:
    """Why `path` cannot take this output ("" when a write there can work)."""
    if attr in PICTURES and path.suffix.lower() != ".png":
        return "expected a file name ending in .png (pictures are saved as PNG)"
    try:
        folder = _existing_folder(path)
        if not folder.is_dir():
            return f"{named(folder)} is not a folder"
        max_name = os.pathconf(folder, "PC_NAME_MAX") if hasattr(os, "pathconf") else 255
        if len(os.fsencode(path.name)) > max_name:
            return f"file name longer than {max_name} bytes"
        if path.is_dir():
            return "is a folder"
        _try_write(folder)
    except OSError as exc:
        return f"cannot be written ({why(exc)})"
    return ""


def output_problems(opts: object) -> list[str]:
    """One line per output option whose path cannot be written: `--option: PATH: why`."""
    out = []
    for attr, option in OUTPUT_OPTIONS.items():
        path = getattr(opts, attr, None)
        if path is None:
            continue
        problem = output_problem(attr, Path(path))
        if problem:
            out.append(f"{option}: {named(path)}: {problem}")
    return out


@contextlib.contextmanager
def writing(attr: str, path: Path) -> Iterator[None]:
    """Around the write of one output: any failure becomes one line naming option and path."""
    try:
        yield
    except (OSError, RuntimeError) as exc:  # pygame.error is a RuntimeError
        raise OutputError(f"{OUTPUT_OPTIONS[attr]}: {named(path)}: could not be written "
                          f"({why(exc)})") from exc
