"""The fighter atlases against docs/formats/atlas.md: format, geometry, determinism.

Why: the simulation reads hurtboxes and fist capsules from these files, so the rules its
tests rely on (head heights, ducking under head punches, punch reach) are checked here, on
the committed files, and the generator is checked to reproduce them exactly.
"""

from __future__ import annotations

import json
import os
import sys
import tomllib
from pathlib import Path

import pytest

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

import pygame  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
SPRITES = REPO / "sprites"
FIGHTERS = ("rocky", "apollo", "drago")
REQUIRED = ("idle", "walk", "guard", "duck", "low_guard", "jab", "hook", "uppercut", "body",
            "special", "taunt", "hit_head", "hit_body", "block", "fall", "down", "getup",
            "victory")
PUNCHES = ("jab", "hook", "uppercut", "body", "special")
LOOPS = ("idle", "walk", "down", "victory")
REACH = {"jab": 80.0, "hook": 68.0, "body": 68.0, "uppercut": 48.0, "special": 72.0}
HEIGHTS = {"rocky": 163, "apollo": 173, "drago": 180}


def _moves() -> dict:
    with open(REPO / "game" / "data" / "moves.toml", "rb") as f:
        return tomllib.load(f)


@pytest.fixture(scope="module", params=FIGHTERS)
def atlas(request: pytest.FixtureRequest) -> dict:
    return json.loads((SPRITES / f"{request.param}.json").read_text(encoding="utf-8"))


def test_header(atlas: dict) -> None:
    assert atlas["format"] == 1
    assert atlas["image"] == f"{atlas['fighter']}.png"
    assert atlas["px_per_m"] == 80
    assert atlas["height_px"] == HEIGHTS[atlas["fighter"]]


def test_animations_exist_and_reference_poses(atlas: dict) -> None:
    anims, poses, frames = atlas["animations"], atlas["poses"], atlas["frames"]
    for name in REQUIRED:
        assert name in anims, name
        a = anims[name]
        if name in PUNCHES:
            for phase in ("startup", "active", "recovery"):
                assert a[phase], (name, phase)
            names = a["startup"] + a["active"] + a["recovery"]
        else:
            assert len(a["poses"]) == len(a["ticks"]) >= 1
            assert all(isinstance(t, int) and t >= 1 for t in a["ticks"])
            assert a["loop"] is (name in LOOPS) or name in ("guard", "duck", "low_guard",
                                                             "block")
            names = a["poses"]
        for n in names:
            assert n in poses and n in frames, (name, n)
    assert set(poses) == set(frames)


def test_punch_phases_fit_move_timing(atlas: dict) -> None:
    moves = _moves()
    for name in PUNCHES:
        a = anims = atlas["animations"][name]
        for phase in ("startup", "active", "recovery"):
            ticks = moves[name][phase]
            n = len(anims[phase])
            assert 1 <= n <= max(1, ticks // 3), (name, phase, n, ticks)
        assert len(a["startup"]) >= 1 and len(a["recovery"]) >= 1
    # heavier punches load longer than the jab
    an = atlas["animations"]
    assert len(an["hook"]["startup"]) > len(an["jab"]["startup"])
    assert len(an["uppercut"]["startup"]) > len(an["jab"]["startup"])
    assert len(an["special"]["startup"]) >= 5


def test_fists_only_on_active_poses(atlas: dict) -> None:
    active = {p for m in PUNCHES for p in atlas["animations"][m]["active"]}
    for name, pose in atlas["poses"].items():
        if name in active:
            x0, y0, x1, y1, r = pose["fist"]
            assert r > 0
        else:
            assert pose["fist"] is None, name
        assert len(pose["gloves"]) == 2 and all(len(g) == 2 for g in pose["gloves"])
        bx0, by0, bx1, by1 = pose["body"]
        assert bx0 < bx1 and by0 < by1


def test_standing_geometry(atlas: dict) -> None:
    H = atlas["height_px"]
    anims = atlas["animations"]
    for name in ("idle", "walk", "guard"):
        for p in anims[name]["poses"]:
            x, y, r = atlas["poses"][p]["head"]
            assert abs(y - 0.925 * H) <= 0.045 * H, (p, y / H)
            assert abs(r - 0.07 * H) <= 0.01 * H
            bx0, by0, bx1, by1 = atlas["poses"][p]["body"]
            assert abs(by0 - 0.45 * H) <= 0.04 * H, (p, by0 / H)
            assert abs(by1 - 0.82 * H) <= 0.04 * H, (p, by1 / H)


def test_duck_clears_head_punches(atlas: dict) -> None:
    H = atlas["height_px"]
    for name in ("duck", "low_guard"):
        for p in atlas["animations"][name]["poses"]:
            x, y, r = atlas["poses"][p]["head"]
            assert y + r <= 0.70 * H, (p, (y + r) / H)
            assert atlas["poses"][p]["body"][3] <= 0.62 * H


def test_punch_reach_and_height(atlas: dict) -> None:
    H = atlas["height_px"]
    guard = atlas["poses"][atlas["animations"]["guard"]["poses"][0]]
    head_y = guard["head"][1]
    body_c = (guard["body"][1] + guard["body"][3]) / 2
    for name in PUNCHES:
        for p in atlas["animations"][name]["active"]:
            x0, y0, x1, y1, r = atlas["poses"][p]["fist"]
            assert abs(x1 + r - REACH[name]) <= 4.0, (p, x1 + r)
            assert abs(r - 0.056 * H) <= 0.015 * H
            if name == "uppercut":
                assert y0 <= 0.5 * H and y1 >= 0.9 * H, (p, y0 / H, y1 / H)
            elif name == "body":
                assert abs(y1 - body_c) <= 0.05 * H, (p, y1 / H)
            else:
                assert abs(y1 - head_y) <= 0.05 * H, (p, y1 / H)


def test_lying_poses_are_low(atlas: dict) -> None:
    H = atlas["height_px"]
    an = atlas["animations"]
    lying = an["down"]["poses"] + an["fall"]["poses"][-1:]
    for p in lying:
        x, y, r = atlas["poses"][p]["head"]
        bx0, by0, bx1, by1 = atlas["poses"][p]["body"]
        assert y < 0.25 * H and by1 < 0.3 * H, p
        assert bx1 - bx0 > by1 - by0, p  # feet-to-head horizontal


def test_frames_inside_image(atlas: dict) -> None:
    img = pygame.image.load(str(SPRITES / atlas["image"]))
    w, h = img.get_size()
    for name, fr in atlas["frames"].items():
        assert set(fr) == {"right", "left"}, name
        for sx, sy, fw, fh, ax, ay in fr.values():
            assert 0 <= sx and 0 <= sy and sx + fw <= w and sy + fh <= h, name
            assert 0 <= ax <= fw and 0 <= ay <= fh + 2, name


def test_palette_size(atlas: dict) -> None:
    img = pygame.image.load(str(SPRITES / atlas["image"]))
    data = pygame.image.tobytes(img, "RGBA")
    colours = {data[i:i + 3] for i in range(0, len(data), 4) if data[i + 3]}
    assert 12 <= len(colours) <= 20, len(colours)


@pytest.mark.cost(8)
def test_generator_is_deterministic_and_committed(tmp_path: Path) -> None:
    sys.path.insert(0, str(REPO / "tools"))
    try:
        from spritegen.atlas import load_data, write_fighter
    finally:
        sys.path.remove(str(REPO / "tools"))
    moves, fighters = load_data(REPO)
    a, b = tmp_path / "a", tmp_path / "b"
    write_fighter("rocky", a, moves, fighters)
    write_fighter("rocky", b, moves, fighters)
    ja = (a / "rocky.json").read_bytes()
    assert ja == (b / "rocky.json").read_bytes()
    assert ja == (SPRITES / "rocky.json").read_bytes(), "sprites/ is stale: run make_sprites"

    def pixels(p: Path) -> bytes:
        return pygame.image.tobytes(pygame.image.load(str(p)), "RGBA")

    pa = pixels(a / "rocky.png")
    assert pa == pixels(b / "rocky.png")
    assert pa == pixels(SPRITES / "rocky.png")
