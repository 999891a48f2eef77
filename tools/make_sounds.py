"""Rebuild ``sounds/`` from the synthesis recipes in ``tools/soundgen``.

Usage: ``python tools/make_sounds.py [--out DIR] [--only NAME ...] [--report]``

Why a script: every sound in the game is made by our own code (no samples from elsewhere),
and rebuilding is deterministic, so the WAVs in the repository can always be checked against
their source. Standard library only, so it runs on a machine with just the game installed.
"""

from __future__ import annotations

import argparse
import math
import sys
import time
import wave
from array import array
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from soundgen import RECIPES, build_cue  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "sounds"


def measure(data: bytes) -> tuple[float, float, float]:
    """(seconds, peak dBFS, RMS dBFS) of a mono 16-bit WAV, for the build report."""
    import io

    with wave.open(io.BytesIO(data)) as w:
        rate = w.getframerate()
        pcm = array("h", w.readframes(w.getnframes()))
    if sys.byteorder == "big":
        pcm.byteswap()
    peak = max((abs(s) for s in pcm), default=0) / 32768.0
    rms = math.sqrt(sum(s * s for s in pcm) / max(1, len(pcm))) / 32768.0
    to_db = lambda v: 20.0 * math.log10(v) if v > 0 else -math.inf  # noqa: E731
    return len(pcm) / rate, to_db(peak), to_db(rms)


def build(out_dir: Path, names: list[str] | None = None, report: bool = False) -> list[Path]:
    """Write each cue's WAV into ``out_dir``; returns the files written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name in names or list(RECIPES):
        if name not in RECIPES:
            raise SystemExit(f"make_sounds: unknown cue {name!r}; known: {', '.join(RECIPES)}")
        data = build_cue(name)
        path = out_dir / f"{name}.wav"
        path.write_bytes(data)
        written.append(path)
        if report:
            secs, peak, rms = measure(data)
            print(f"{name:16s} {secs:5.2f} s  peak {peak:6.1f} dBFS  rms {rms:6.1f} dBFS  "
                  f"{len(data) / 1024:6.1f} KiB")
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Synthesise the game's sounds into sounds/.")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder")
    parser.add_argument("--only", nargs="+", metavar="NAME", help="build just these cues")
    parser.add_argument("--report", action="store_true", help="print length, peak and RMS")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    files = build(args.out, args.only, args.report)
    total = sum(p.stat().st_size for p in files)
    print(f"make_sounds: wrote {len(files)} files, {total / 1024:.0f} KiB, to {args.out} "
          f"in {time.perf_counter() - start:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
