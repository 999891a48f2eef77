"""Writing the player's files safely, and setting aside the ones that are broken.

Why one module: settings, saves and replays all follow the same rules (contracts.md) — a
write never leaves half a file (temporary file, fsync, rename), and a file that cannot be
used is kept beside itself as `NAME.corrupt-YYYYmmdd-HHMMSS`, never silently overwritten.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from pathlib import Path


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write to a temporary file beside the target, then rename: never a half-written file."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o644)  # mkstemp makes it private; a saved file is an ordinary file
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def atomic_write_text(path: Path, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))


def aside_name(path: Path, now: float | None = None) -> Path:
    """`NAME.corrupt-YYYYmmdd-HHMMSS` beside the file (numbered if that exists already)."""
    stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(now))
    candidate = path.with_name(f"{path.name}.corrupt-{stamp}")
    k = 1
    while candidate.exists():  # two bad files in one second keep both
        candidate = path.with_name(f"{path.name}.corrupt-{stamp}-{k}")
        k += 1
    return candidate


def set_aside(path: Path, move: bool) -> Path:
    """Keep a bad file: moved aside when it is useless, copied when its good parts are kept."""
    target = aside_name(path)
    (shutil.move if move else shutil.copy2)(str(path), str(target))
    return target
