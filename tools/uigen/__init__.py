"""UI and venue art generator: fonts, backdrops, ring, crowd, sparks, title, window icon.

Called by tools/make_sprites.py as `uigen.build(out_dir)`. Everything is drawn by code with
seeded random generators, so a rerun writes identical bytes.
"""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

from . import crowd, font, icon, sparks, title, venues  # noqa: E402


def build(out_dir: Path) -> list[Path]:
    """Generate every UI/venue asset into out_dir (the sprites/ folder); return the paths."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    paths += font.build(out_dir)
    paths += venues.build(out_dir)
    paths += crowd.build(out_dir)
    paths += sparks.build(out_dir)
    paths += title.build(out_dir)
    paths += icon.build(out_dir)
    return paths
