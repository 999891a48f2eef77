"""The actor sheets (sprites/actors/*): every figure and pose the staged scenes rely on.

Why check the files, not the generator's tables: the scenes, the staging engine and the
portraits read these sheets (docs/formats/atlas.md "Actor sheets", the staging contract of
issue 17), so a missing pose or facing, a head box off the face, a stray pixel that shows
as a speck beside an actor, or a figure drawn without the fighters' outline is a bug a
player sees. The list of figures and poses below is the contract, written out here on
purpose so that dropping one from the generator fails.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pygame
import pytest

REPO = Path(__file__).resolve().parents[1]
ACTORS = REPO / "sprites" / "actors"
COMMON = ("stand", "talk", "walk_0", "walk_1", "walk_2", "walk_3", "point", "cheer")
REQUIRED = {
    "duke": (), "paulie": (), "adrian": (), "manager": ("shout", "lifted", "fallen", "shove"),
    "ludmilla": (), "announcer": ("mic",), "premier": ("sit", "clap"),
    "lab_doctor": ("inject",), "lab_tech": ("clipboard",), "corner_man": ("run",),
    "reporter": ("photo",), "dancer": ("dance_0", "dance_1"),
    "fan_a": ("boo", "sit"), "fan_b": ("boo", "sit"), "fan_c": ("boo", "sit"),
    "fan_d": ("boo", "sit"), "fan_e": ("boo", "sit"), "fan_f": ("boo", "sit"),
    "rocky_coat": ("chop", "carry", "sit"),
    "apollo_robe": ("dance_0", "dance_1"), "drago_suit": ("sit",),
    "drago_ring": ("lift", "throw", "run_0", "run_1"),
    "rocky_ring": ("mic", "lifted", "towel", "throw_towel"), "apollo_ring": ("down",),
    # beyond the contract, used by the scenes: Rocky in Apollo's corner, the shove
    "rocky_corner": ("towel", "throw_towel"),
}
LYING = {"down", "fallen"}  # flat on the floor: the head is at one end, not on top


def _doc(fid: str) -> dict:
    return json.loads((ACTORS / f"{fid}.json").read_text(encoding="utf-8"))


def _sheet(fid: str) -> pygame.Surface:
    return pygame.image.load(str(ACTORS / f"{fid}.png"))


@pytest.mark.parametrize("fid", sorted(REQUIRED))
def test_every_figure_has_its_poses_in_both_facings(fid: str) -> None:
    doc = _doc(fid)
    assert doc["format"] == 1 and doc["figure"] == fid and doc["image"] == f"{fid}.png"
    assert 140 <= doc["height_px"] <= 185
    for pose in COMMON + REQUIRED[fid]:
        assert set(doc["frames"].get(pose, {})) == {"right", "left"}, f"{fid}: {pose}"
        assert set(doc["heads"].get(pose, {})) == {"right", "left"}, f"{fid}: head {pose}"
    assert set(doc["frames"]) == set(doc["heads"]), "a head box for every pose and no more"
    assert doc["animations"]["walk"] == ["walk_0", "walk_1", "walk_2", "walk_3"]
    for name, poses in doc["animations"].items():
        assert poses and all(p in doc["frames"] for p in poses), f"{fid}: animation {name}"


@pytest.mark.parametrize("fid", sorted(REQUIRED))
def test_head_boxes_lie_on_the_face(fid: str) -> None:
    """Inside the frame; on top for a man on his feet, at one end for a man lying down."""
    doc = _doc(fid)
    for pose, facings in doc["frames"].items():
        for facing, (_, _, w, h, ax, ay) in facings.items():
            hx, hy, hw, hh = doc["heads"][pose][facing]
            left, top = ax + hx, ay + hy  # the box in frame pixels
            where = f"{fid} {pose} {facing}"
            assert hw >= 8 and hh >= 8, where
            assert 0 <= left and left + hw <= w and 0 <= top and top + hh <= h, where
            if pose in LYING:
                assert left + hw <= w / 3 + 4 or left >= 2 * w / 3 - 4, where
                continue
            assert top <= h / 3, where
            assert hh <= 0.35 * doc["height_px"], where  # a hat or plumes count


@pytest.mark.parametrize("fid", sorted(REQUIRED))
def test_no_stray_pixels_outside_the_frames(fid: str) -> None:
    sheet = _sheet(fid)
    mask = pygame.mask.from_surface(sheet, 0)
    for facings in _doc(fid)["frames"].values():
        for x, y, w, h, _, _ in facings.values():
            mask.erase(pygame.mask.Mask((w, h), fill=True), (x, y))
    assert mask.count() == 0


def _edge_darker_share(img: pygame.Surface) -> tuple[float, set]:
    """Of the silhouette's edge pixels, the share darker than the pixel inside them."""
    w, h = img.get_size()
    solid = pygame.mask.from_surface(img, 0)
    darker = total = 0
    edge_colours = set()
    for y in range(h):
        for x in range(w):
            if not solid.get_at((x, y)):
                continue
            for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                ox, oy, ix, iy = x + dx, y + dy, x - dx, y - dy
                out = not (0 <= ox < w and 0 <= oy < h) or not solid.get_at((ox, oy))
                if out and 0 <= ix < w and 0 <= iy < h and solid.get_at((ix, iy)):
                    c, inner = img.get_at((x, y)), img.get_at((ix, iy))
                    total += 1
                    darker += sum(c[:3]) < sum(inner[:3])
                    edge_colours.add(tuple(c[:3]))
                    break
    return darker / max(total, 1), edge_colours


@pytest.mark.parametrize("fid", ["duke", "adrian", "announcer", "dancer", "apollo_robe",
                                 "drago_ring", "fan_c"])
def test_frames_are_outlined_like_the_fighters(fid: str) -> None:
    """The silhouette's edge is the dark outline tone, never pure black, in every facing."""
    sheet, doc = _sheet(fid), _doc(fid)
    for pose in ("stand", "talk", "cheer"):
        for facing in ("right", "left"):
            x, y, w, h, _, _ = doc["frames"][pose][facing]
            share, colours = _edge_darker_share(sheet.subsurface((x, y, w, h)))
            assert share >= 0.85, f"{fid} {pose} {facing}: {share:.2f}"
            assert (0, 0, 0) not in colours


def test_each_figure_reads_as_its_own() -> None:
    """No two figures share a standing frame's commonest colours (their clothes)."""
    seen = {}
    for fid in REQUIRED:
        doc, sheet = _doc(fid), _sheet(fid)
        x, y, w, h, _, _ = doc["frames"]["stand"]["right"]
        img = sheet.subsurface((x, y, w, h))
        counts: dict = {}
        for yy in range(h):
            for xx in range(w):
                c = img.get_at((xx, yy))
                if c.a:
                    counts[tuple(c)[:3]] = counts.get(tuple(c)[:3], 0) + 1
        top = tuple(sorted(counts, key=lambda c: (-counts[c], c))[:3])
        assert top not in seen, f"{fid} looks like {seen.get(top)}"
        seen[top] = fid


def test_drago_holds_the_lifted_manager_by_the_throat() -> None:
    """Placed as atlas.md says (the manager GRIP_OFFSET_PX in front of Drago, facing him),
    Drago's lifting glove is at the manager's neck, just under his head box."""
    text = (REPO / "docs" / "formats" / "atlas.md").read_text(encoding="utf-8")
    offset = int(text.split("GRIP_OFFSET_PX = ")[1].split()[0].strip("`"))
    drago, man = _doc("drago_ring"), _doc("manager")
    gx, gy = drago["hands"]["lift"][0]
    hx, hy, hw, hh = man["heads"]["lifted"]["left"]
    neck_x, neck_y = offset + hx + hw / 2, -(hy + hh)  # forward of Drago, up
    assert abs(gx - neck_x) <= 10 and abs(gy - neck_y) <= 12, (gx, gy, neck_x, neck_y)
    assert man["frames"]["lifted"]["left"][5] > man["frames"]["lifted"]["left"][3] + 20, \
        "the lifted man's feet hang well above the floor mark"


def _generate(out: Path, *figures: str) -> None:
    subprocess.run([sys.executable, str(REPO / "tools" / "make_sprites.py"), "--out", str(out),
                    "--actors-only", *figures], check=True, capture_output=True,
                   env={**os.environ, "SDL_VIDEODRIVER": "dummy"})


@pytest.mark.cost(4)
def test_generator_is_deterministic_and_the_sheets_are_current(tmp_path: Path) -> None:
    figures = ("duke", "manager", "rocky_ring")
    for run in ("a", "b"):
        _generate(tmp_path / run, *figures)
    for fid in figures:
        for ext in ("png", "json"):
            a = (tmp_path / "a" / "actors" / f"{fid}.{ext}").read_bytes()
            assert a == (tmp_path / "b" / "actors" / f"{fid}.{ext}").read_bytes(), fid
            assert a == (ACTORS / f"{fid}.{ext}").read_bytes(), \
                f"sprites/actors/{fid}.{ext} is stale: run tools/make_sprites.py"


@pytest.mark.slow
@pytest.mark.cost(28)
def test_make_sprites_rebuilds_every_sheet_byte_for_byte(tmp_path: Path) -> None:
    """The whole tool (fighters, UI, actors) writes exactly the committed files."""
    subprocess.run([sys.executable, str(REPO / "tools" / "make_sprites.py"), "--out",
                    str(tmp_path)], check=True, capture_output=True,
                   env={**os.environ, "SDL_VIDEODRIVER": "dummy"})
    made = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*") if p.is_file())
    assert made
    for rel in made:
        assert (tmp_path / rel).read_bytes() == (REPO / "sprites" / rel).read_bytes(), rel
