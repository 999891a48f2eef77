"""Dialogue portraits are crops of the speakers' actor sheets: one style for every face.

Why colours: a portrait drawn by other code (the old crude front faces) has colours no
sheet has; a crop of the wrong figure, or of an empty part of the sheet, has few of the
figure's colours or none. The dialogue box is checked to show the portrait a player reads.
"""

from __future__ import annotations

import json
from pathlib import Path

import pygame
import pytest

from game.render.story.dialogue import draw_dialogue
from game.render.story.portraits import SIZE, figure_of, portrait
from game.story.model import SPEAKERS

REPO = Path(__file__).resolve().parents[1]
TALKERS = [s for s in SPEAKERS if s != "narrator"]


def _colours(surf: pygame.Surface) -> dict[tuple, int]:
    out: dict[tuple, int] = {}
    for y in range(surf.get_height()):
        for x in range(surf.get_width()):
            c = surf.get_at((x, y))
            if c.a:
                out[tuple(c)[:3]] = out.get(tuple(c)[:3], 0) + 1
    return out


def _talk_frame(fid: str) -> pygame.Surface:
    doc = json.loads((REPO / "sprites" / "actors" / f"{fid}.json").read_text(encoding="utf-8"))
    sheet = pygame.image.load(str(REPO / "sprites" / "actors" / doc["image"]))
    x, y, w, h, _, _ = doc["frames"]["talk"]["right"]
    return sheet.subsurface((x, y, w, h))


@pytest.mark.parametrize("speaker", TALKERS)
def test_every_speaker_has_a_portrait_cut_from_his_sheet(speaker: str) -> None:
    face = portrait(speaker)
    assert face is not None and face.get_size() == (SIZE, SIZE)
    got = _colours(face)
    assert sum(got.values()) >= SIZE * SIZE // 3, "a head and shoulders, not a sliver"
    sheet = _colours(_talk_frame(figure_of(speaker)))
    assert set(got) <= set(sheet), f"colours not in {figure_of(speaker)}'s sheet"
    # the face is in it: the figure's own commonest colours of the head area show
    assert len(got) >= 8


def test_portraits_differ_and_the_narrator_has_none() -> None:
    assert portrait("narrator") is None and portrait("nobody") is None
    seen = {}
    for s in TALKERS:
        key = pygame.image.tobytes(portrait(s), "RGBA")
        assert key not in seen, f"{s} has {seen.get(key)}'s face"
        seen[key] = s


def test_the_dialogue_box_shows_the_portrait() -> None:
    screen = pygame.Surface((640, 360))
    screen.fill((0, 0, 0))
    draw_dialogue(screen, "duke", "Our own words.", 99, 0)
    face = portrait("duke")
    # the box at (16, 262): its 44 px portrait frame at (26, 274), the face 2 px inside
    shown = screen.subsurface((28, 276, SIZE, SIZE))
    same = sum(1 for y in range(SIZE) for x in range(SIZE)
               if face.get_at((x, y)).a and shown.get_at((x, y))[:3] == face.get_at((x, y))[:3])
    assert same == sum(_colours(face).values())
