"""Portraits for the dialogue box: the head and shoulders of each speaker's actor sheet.

Why crops of the sheets: the people in the story are drawn by the fighters' generator
(sprites/actors/, docs/formats/atlas.md "Actor sheets"), so a face in a dialogue box is the
same face the player sees on the stage, in the same style as the fighters', and nobody's
portrait is drawn by separate code. The crop is centred on the `talk` pose's head box (the
sheet records it for every frame), facing right, towards the text.
"""

from __future__ import annotations

from functools import cache

import pygame

from game.assets import AssetError
from game.render.images import load_image, load_json

SIZE = 40  # the dialogue box's portrait frame is 44 px with a 2 px border
CHIN_Y = 29  # the foot of the head box this far down: the face, then the shoulders below
# (lined up by the chin, not the crown, so a top hat or plumes are cut, never the face)
POSE = "talk"
# the fighters talk in their ring clothes, as the player knows them; everyone else is
# their own figure
FIGURE_OF = {"rocky": "rocky_ring", "apollo": "apollo_ring", "drago": "drago_ring"}


def figure_of(speaker: str) -> str:
    """The actor sheet a speaker's portrait is cut from."""
    return FIGURE_OF.get(speaker, speaker)


@cache
def portrait(speaker: str) -> pygame.Surface | None:
    """A SIZE x SIZE head-and-shoulders picture, or None (the narrator, an unknown name)."""
    fid = figure_of(speaker)
    try:
        doc = load_json(f"actors/{fid}.json")
        sheet = load_image(f"actors/{doc['image']}")
    except (AssetError, OSError, ValueError, KeyError):
        return None
    frame = doc.get("frames", {}).get(POSE, {}).get("right")
    head = doc.get("heads", {}).get(POSE, {}).get("right")
    if frame is None or head is None:
        return None
    x, y, w, h, ax, ay = frame
    hx, hy, hw, hh = head
    left = x + ax + hx + hw // 2 - SIZE // 2
    top = y + ay + hy + hh - CHIN_Y
    area = pygame.Rect(left, top, SIZE, SIZE).clip(pygame.Rect(x, y, w, h))
    out = pygame.Surface((SIZE, SIZE), pygame.SRCALPHA)
    out.fill((0, 0, 0, 0))
    out.blit(sheet, (area.x - left, area.y - top), area)
    return out
