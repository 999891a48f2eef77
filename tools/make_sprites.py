"""Rebuild the fighter sprite atlases (sprites/<fighter>.png + .json) and the UI art.

Usage (from the repository root):
    python tools/make_sprites.py [--contact-sheet PATH]

Why a script beside its packages: tools/ is not an installed package, so this file puts its
own folder (for `spritegen`, `uigen`) and the repository root on sys.path itself.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
for p in (str(HERE), str(REPO)):
    if p not in sys.path:
        sys.path.insert(0, p)

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")


from spritegen.atlas import load_data, write_fighter  # noqa: E402
from spritegen.contact import contact_sheet  # noqa: E402
from spritegen.palettes import FIGHTERS  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--contact-sheet", type=Path, default=None,
                    help="also write a PNG of every pose, both facings, x2")
    ap.add_argument("--out", type=Path, default=REPO / "sprites", help="output folder")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    moves, fighters = load_data(REPO)
    rows = []
    for fid in FIGHTERS:
        frames = write_fighter(fid, args.out, moves, fighters)
        rows.append(frames)
    print(f"sprites: {len(FIGHTERS)} fighters in {time.perf_counter() - t0:.1f} s")
    if args.contact_sheet:
        import json

        sheet_rows = []
        for fid, frames in zip(FIGHTERS, rows, strict=True):
            atlas = json.loads((args.out / f"{fid}.json").read_text(encoding="utf-8"))
            for facing in ("right", "left"):
                fs, an = [], []
                k = 0 if facing == "right" else 1
                for i, (_pose, fr) in enumerate(atlas["frames"].items()):
                    fs.append(frames[2 * i + k])
                    an.append((fr[facing][4], fr[facing][5]))
                sheet_rows.append((fs, an))
        contact_sheet(sheet_rows, args.contact_sheet)
        print(f"contact sheet: {args.contact_sheet}")
    try:
        import uigen
    except ImportError as e:
        if e.name != "uigen":
            raise
        uigen = None
    if uigen is not None:
        uigen.build(args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
