"""Paint the story's backdrops (sprites/backdrops/<id>.png + backdrops.json).

Usage (from the repository root):
    python tools/make_backdrops.py [--only ID[,ID...]] [--out SPRITES_DIR]

Why apart from make_sprites.py: the backdrops are built on the fight art that script makes
(venues, rings, crowd sheets) and read it back from the sprites folder; keeping the two runs
apart means painting a place never rewrites a fighter or a venue byte.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

import scenegen  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=REPO / "sprites",
                    help="the sprites folder (backdrops go into its backdrops/)")
    ap.add_argument("--only", default="", help="comma-separated ids to repaint")
    args = ap.parse_args(argv)
    only = tuple(x for x in args.only.split(",") if x)
    unknown = [x for x in only if x not in scenegen.BACKDROPS]
    if unknown:
        ap.error(f"unknown backdrop id(s): {', '.join(unknown)}; "
                 f"known: {', '.join(scenegen.BACKDROPS)}")
    t0 = time.perf_counter()
    paths = scenegen.build(args.out, only)
    print(f"backdrops: {len(paths) - 1} images in {time.perf_counter() - t0:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
