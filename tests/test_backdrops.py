"""The story's places (sprites/backdrops/, painted by tools/make_backdrops.py) as a player
sees them: every place the staging contract names exists at its size, is a real picture, and
says what the words say — a grey daytime cemetery, two different night cities, a full hall.
"""

from __future__ import annotations

import colorsys
import json
import sys
from pathlib import Path

import pygame
import pytest

REPO = Path(__file__).resolve().parents[1]
SPRITES = REPO / "sprites"
BACKDROPS = SPRITES / "backdrops"
# the ids of /work/shared staging contract (issue 17): scenes are written against these
CONTRACT = ("press_room", "vegas_stage", "vegas_ring", "cemetery_day", "plane_snow", "farm",
            "barn", "mountain", "lab", "moscow_hall", "moscow_ring", "moscow_corner",
            "philly_night", "moscow_night", "home_tv", "credits")


def _index() -> dict:
    return json.loads((BACKDROPS / "backdrops.json").read_text())


def _rgb(path: Path) -> tuple[bytes, int, int]:
    s = pygame.image.load(str(path))
    return pygame.image.tobytes(s, "RGB"), *s.get_size()


def _pixels(path: Path, box: tuple[int, int, int, int], step: int = 2) -> list[tuple]:
    data, w, _ = _rgb(path)
    x0, y0, x1, y1 = box
    return [tuple(data[(y * w + x) * 3:(y * w + x) * 3 + 3])
            for y in range(y0, y1, step) for x in range(x0, x1, step)]


def _load(bid: str) -> Path:
    return BACKDROPS / _index()["backdrops"][bid]["image"]


@pytest.mark.parametrize("bid", CONTRACT)
def test_every_place_of_the_contract_exists_at_its_size_with_a_floor(bid):
    entry = _index()["backdrops"][bid]
    surf = pygame.image.load(str(BACKDROPS / entry["image"]))
    w, h = entry["size"]
    assert surf.get_size() == (w, h)
    assert h == 360 and 640 <= w <= 1280
    assert 200 <= entry["floor_y"] < h            # a standing figure's feet are on screen
    for name, (x, y) in entry.get("spots", {}).items():
        assert 0 <= x < w and 0 <= y <= h, (bid, name)


def test_the_pan_places_are_wider_than_the_screen():
    sizes = {bid: e["size"][0] for bid, e in _index()["backdrops"].items()}
    assert sizes["vegas_stage"] > 640 and sizes["moscow_hall"] > 640


@pytest.mark.parametrize("bid", CONTRACT)
def test_each_place_is_an_opaque_detailed_picture(bid):
    """Opaque (nothing of the previous frame shows through), painted edge to edge, many
    colours and many edges: a painted place, not a flat fill or a gradient."""
    surf = pygame.image.load(str(_load(bid)))
    w, h = surf.get_size()
    if surf.get_flags() & pygame.SRCALPHA:
        assert pygame.mask.from_surface(surf, 254).count() == w * h
    data, w, h = _rgb(_load(bid))
    # every pixel painted: a place starts as a black surface, so a forgotten gap is pure black
    assert b"\0\0\0" not in {data[i:i + 3] for i in range(0, len(data), 3)}
    colours = {data[i:i + 3] for i in range(0, len(data), 3 * 3)}
    assert len(colours) >= 32, len(colours)
    edges = total = 0
    for y in range(0, h, 3):
        row = y * w * 3
        for x in range(0, w - 1, 2):
            a, b = row + x * 3, row + x * 3 + 3
            total += 1
            edges += sum(abs(data[a + k] - data[b + k]) for k in range(3)) > 60
    assert edges / total > 0.01, edges / total


def _sky(bid: str) -> tuple[float, float]:
    """(mean brightness 0..255, mean saturation 0..1) of the top 100 rows."""
    pix = _pixels(_load(bid), (0, 0, 640, 100))
    bright = sum(sum(p) / 3 for p in pix) / len(pix)
    sat = sum(colorsys.rgb_to_hsv(*(c / 255 for c in p))[1] for p in pix) / len(pix)
    return bright, sat


def test_the_funeral_is_by_day_under_a_grey_sky():
    """'Buried on a grey morning': a light, nearly colourless sky, not the night skyline."""
    bright, sat = _sky("cemetery_day")
    assert bright > 130 and sat < 0.15, (bright, sat)
    night, _ = _sky("philly_night")
    assert night < 60                       # the measure tells day from night


def test_philadelphia_and_moscow_at_night_are_two_different_skylines():
    a = _pixels(_load("philly_night"), (0, 0, 640, 360), 3)
    b = _pixels(_load("moscow_night"), (0, 0, 640, 360), 3)
    differ = sum(sum(abs(x - y) for x, y in zip(p, q, strict=True)) > 48
                 for p, q in zip(a, b, strict=True))
    assert differ / len(a) > 0.3
    assert _sky("philly_night")[0] < 60 and _sky("moscow_night")[0] < 60  # both by night


def _crowd_colours(sheet: str) -> set[tuple]:
    s = pygame.image.load(str(SPRITES / f"crowd_{sheet}.png"))
    data = pygame.image.tobytes(s, "RGBA")
    return {tuple(data[i:i + 3]) for i in range(0, len(data), 4) if data[i + 3] == 255}


def _crowd_share(path: Path, sheet: str, x0: int = 0) -> float:
    """How much of the seat band (y 180..292, from x0 on) shows the fight crowd's people."""
    colours = _crowd_colours(sheet)
    w = pygame.image.load(str(path)).get_width()
    pix = _pixels(path, (x0, 180, w, 292))
    return sum(p in colours for p in pix) / len(pix)


@pytest.mark.parametrize(("bid", "sheet"), [("moscow_hall", "cold"), ("moscow_ring", "cold"),
                                            ("vegas_ring", "warm"), ("vegas_stage", "warm")])
def test_the_halls_are_full(bid, sheet):
    """'The hall is full': the fight crowd's people cover most of the seats."""
    arena_x = 640 if bid == "vegas_stage" else 0  # the stage's left half is the show stage
    assert _crowd_share(_load(bid), sheet, arena_x) > 0.6
    assert _crowd_share(SPRITES / "venue_moscow.png", "cold") < 0.1  # the empty hall is not


def test_the_generator_repaints_the_committed_files_byte_for_byte(tmp_path):
    """Seeded and built only from the committed fight art: a rerun writes the same bytes (and
    the committed backdrops are the generator's, not hand edits)."""
    sys.path.insert(0, str(REPO / "tools"))
    try:
        import scenegen
    finally:
        sys.path.remove(str(REPO / "tools"))
    written = scenegen.build(SPRITES, out_dir=tmp_path)
    assert {p.name for p in written} == {p.name for p in BACKDROPS.iterdir()}
    for p in written:
        assert p.read_bytes() == (BACKDROPS / p.name).read_bytes(), p.name
