"""Rebuild the fighter sprite atlases (sprites/<fighter>.png + .json), the UI art and the
story's actor sheets (sprites/actors/<figure>.png + .json).

Usage (from the repository root):
    python tools/make_sprites.py [--contact-sheet PATH] [--actors-only [FIGURE ...]]

--contact-sheet PATH also writes PATH-actors.png (every actor pose, both facings, x2, with
the fighters' standing frames for scale). --actors-only rebuilds just the actor sheets.

Why a script beside its packages: tools/ is not an installed package, so this file puts its
own folder (for `spritegen`, `uigen`) and the repository root on sys.path itself.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

import pygame

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
for p in (str(HERE), str(REPO)):
    if p not in sys.path:
        sys.path.insert(0, p)

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")


from spritegen.actors import contact_rows, write_actors  # noqa: E402
from spritegen.atlas import load_data, write_fighter  # noqa: E402
from spritegen.contact import contact_sheet  # noqa: E402
from spritegen.palettes import FIGHTERS  # noqa: E402
from spritegen.referee import write_referee  # noqa: E402


def write_contact_sheets(path: Path, out: Path, rows: list, ref_frames: list) -> None:
    """PATH: every frame labelled; PATH-hitboxes.png beside it: the same with hit geometry."""
    import json

    from game.render.font import get_font

    font = get_font("small")

    def text(s: str) -> pygame.Surface:
        return font.render(s.upper().replace("_", " "), (255, 255, 255))

    sheet_rows = []
    for fid, frames in zip(FIGHTERS, rows, strict=True):
        atlas = json.loads((out / f"{fid}.json").read_text(encoding="utf-8"))
        for facing in ("right", "left"):
            k = 0 if facing == "right" else 1
            s = 1 if facing == "right" else -1
            row = []
            for i, (pose, fr) in enumerate(atlas["frames"].items()):
                row.append((frames[2 * i + k], fr[facing][4], fr[facing][5],
                            (f"{fid} " if i == 0 else "") + f"{pose} {facing[0]}", s,
                            atlas["poses"][pose]))
            sheet_rows.append(row)
    sheet_rows.append([(img, ax, ay, f"ref {name}", 1, None)
                       for name, img, ax, ay in ref_frames])
    contact_sheet(sheet_rows, path, render_text=text)
    hit = path.with_name(path.stem + "-hitboxes" + path.suffix)
    contact_sheet(sheet_rows[:-1], hit, render_text=text, overlay=True)
    print(f"contact sheets: {path}, {hit}")


def _text_renderer():  # noqa: ANN202 - a closure over the game's font
    from game.render.font import get_font

    font = get_font("small")
    return lambda s: font.render(s.upper().replace("_", " "), (255, 255, 255))


def build_actors(out: Path, contact: Path | None, only: tuple[str, ...] = (),
                 jobs: int = 0) -> None:
    """The actor step: sheets for the story's people, after the fighters (same generator)."""
    t0 = time.perf_counter()
    fids = write_actors(out, only, jobs)
    print(f"actors: {len(fids)} figures in {time.perf_counter() - t0:.1f} s")
    if contact:
        path = contact.with_name(contact.stem + "-actors" + contact.suffix)
        contact_sheet(contact_rows(out, fids), path, render_text=_text_renderer())
        print(f"actor contact sheet: {path}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--contact-sheet", type=Path, default=None,
                    help="also write a PNG of every pose, both facings, x2")
    ap.add_argument("--out", type=Path, default=REPO / "sprites", help="output folder")
    ap.add_argument("--actors-only", nargs="*", default=None, metavar="FIGURE",
                    help="rebuild only the actor sheets (all, or the figures named)")
    ap.add_argument("--jobs", type=int, default=0,
                    help="worker processes for the actor sheets (default: one per core)")
    args = ap.parse_args(argv)
    if args.actors_only is not None:
        build_actors(args.out, args.contact_sheet, tuple(args.actors_only), args.jobs)
        return 0
    t0 = time.perf_counter()
    moves, fighters = load_data(REPO)
    rows = []
    for fid in FIGHTERS:
        frames = write_fighter(fid, args.out, moves, fighters)
        rows.append(frames)
    ref_frames = write_referee(args.out)
    print(f"sprites: {len(FIGHTERS)} fighters and the referee in "
          f"{time.perf_counter() - t0:.1f} s")
    try:
        import uigen
    except ImportError as e:
        if e.name != "uigen":
            raise
        uigen = None
    if uigen is not None:
        uigen.build(args.out)
    if args.contact_sheet:
        write_contact_sheets(args.contact_sheet, args.out, rows, ref_frames)
    build_actors(args.out, args.contact_sheet, jobs=args.jobs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
