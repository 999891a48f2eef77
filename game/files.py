"""Reading and writing the player's files safely, and setting aside the ones that are broken.

Why one module: settings, saves and replays all follow the same rules (contracts.md) — a
write never leaves half a file (temporary file, fsync, rename), a file that cannot be used is
kept beside itself as `NAME.corrupt-YYYYmmdd-HHMMSS`, never silently overwritten, and a
read never waits on something that is not a file (a FIFO or a device in place of
`settings.toml` would otherwise hang the start) nor swallows a file of any size.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
import time
from pathlib import Path

STALE_TEMP_SECONDS = 60  # an atomic write takes milliseconds; older temporaries were cut off


class UserFileError(OSError):
    """A user file that is there but cannot be used as one (not a regular file, too big)."""


def read_user_file(path: Path, limit: int) -> bytes:
    """The bytes of a regular file of at most `limit` bytes; OSError otherwise.

    Why non-blocking and fstat: opening a FIFO for reading waits for a writer; with
    O_NONBLOCK the open returns at once and fstat says what the path really is."""
    fd = _open_regular(path, limit)
    try:
        with os.fdopen(fd, "rb", closefd=False) as f:
            data = f.read(limit + 1)
    finally:
        os.close(fd)
    if len(data) > limit:  # it grew while we looked
        raise UserFileError(errno.EFBIG, f"larger than {limit:,} bytes", str(path))
    return data


def read_head(path: Path, count: int) -> bytes:
    """The first `count` bytes of a regular file (to tell what kind of file it is)."""
    fd = _open_regular(path, None)
    try:
        return os.read(fd, count)
    finally:
        os.close(fd)


def read_ends(path: Path, count: int) -> tuple[bytes, bytes]:
    """The first and the last `count` bytes of a regular file (the same bytes when small).

    Why: a list of files shows a few fields from each; reading the two ends costs the same
    for a 20 KB file and for an 8 MB one."""
    fd = _open_regular(path, None)
    try:
        head = os.read(fd, count)
        size = os.fstat(fd).st_size
        if size <= count:
            return head, head
        os.lseek(fd, max(0, size - count), os.SEEK_SET)
        return head, os.read(fd, count)
    finally:
        os.close(fd)


def _open_regular(path: Path, limit: int | None) -> int:
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except FileNotFoundError:
        if os.path.islink(path):  # there, but pointing nowhere: say so, not "no file"
            raise UserFileError(errno.ENOENT, "a link to a missing file", str(path)) from None
        raise
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise UserFileError(errno.EINVAL, "not a regular file", str(path))
        if limit is not None and info.st_size > limit:
            raise UserFileError(errno.EFBIG, f"larger than {limit:,} bytes", str(path))
    except BaseException:
        os.close(fd)
        raise
    return fd


def decode_text(raw: bytes) -> str:
    """UTF-8 text; a byte-order mark (some editors add one) is accepted and dropped."""
    return raw.decode("utf-8-sig")


def why(exc: BaseException) -> str:
    """The cause of an OS error in a few words (`Read-only file system`), for a message."""
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc) or type(exc).__name__


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


def remove_stale_temps(path: Path, now: float | None = None) -> list[Path]:
    """Delete `.NAME.*.tmp` beside `path` left by writes that were cut off; returns them.

    Why an age: another copy of the game may be writing this very moment; a temporary file
    older than a minute belongs to a write that will never finish. Errors are ignored (a
    read-only folder keeps its leftovers; they are never mistaken for the file itself)."""
    path = Path(path)
    now = time.time() if now is None else now
    removed = []
    try:
        leftovers = list(path.parent.glob(f".{path.name}.*.tmp"))
    except OSError:
        return []
    for tmp in leftovers:
        try:
            if tmp.is_file() and now - tmp.stat().st_mtime > STALE_TEMP_SECONDS:
                tmp.unlink()
                removed.append(tmp)
        except OSError:
            continue
    return removed


def aside_name(path: Path, now: float | None = None) -> Path:
    """`NAME.corrupt-YYYYmmdd-HHMMSS` beside the file (numbered if that exists already)."""
    stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(now))
    candidate = path.with_name(f"{path.name}.corrupt-{stamp}")
    k = 1
    while candidate.exists() or candidate.is_symlink():  # two bad files in one second
        candidate = path.with_name(f"{path.name}.corrupt-{stamp}-{k}")
        k += 1
    return candidate


def set_aside(path: Path, move: bool, data: bytes | None = None) -> tuple[Path | None, str]:
    """Keep a bad file: moved aside when it is useless, copied when its good parts are kept.

    Returns (where it went, "") or (None, why it could not be kept). Why not raise: a
    read-only folder or a full disk must not stop the game; the caller tells the player and
    leaves the file where it is. A copy is written atomically (`data` when the caller has
    read it already), so a full disk never leaves an empty `.corrupt-*` behind."""
    path = Path(path)
    try:
        target = aside_name(path)
        if move:
            os.rename(path, target)
        else:
            atomic_write_bytes(target, path.read_bytes() if data is None else data)
    except OSError as exc:
        return None, why(exc)
    return target, ""
