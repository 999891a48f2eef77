"""Pixel checks shared by the drawing tests: is this text, or this man's colour, on screen?

Why masks of one exact colour: "the frame has many colours" passes for any picture at all;
"these words, in their colour, are somewhere in this area" fails when the words are missing,
misspelt, recoloured or moved off the area a player looks at.
"""

from __future__ import annotations

from collections import Counter

import pygame

EXACT = (1, 1, 1, 255)   # from_threshold's tolerance: this colour and no other


def shows(surf: pygame.Surface, text: pygame.Surface, colour, area: pygame.Rect) -> bool:
    """True if every pixel of `text` in `colour` lands, in that colour, somewhere in `area`
    of `surf`: the words are on screen, legible, wherever the layout centres them."""
    want = pygame.mask.from_threshold(text, colour, EXACT)
    got = pygame.mask.from_threshold(surf.subsurface(area), colour, EXACT)
    n = want.count()
    w, h = text.get_size()
    return n > 0 and any(got.overlap_area(want, (x, y)) == n
                         for y in range(area.h - h + 1) for x in range(area.w - w + 1))


def count_colour(surf: pygame.Surface, colour, area: pygame.Rect) -> int:
    """How many pixels of `area` are exactly `colour`."""
    return pygame.mask.from_threshold(surf.subsurface(area), colour, EXACT).count()


def skin_tone(fighter: str) -> tuple[int, int, int]:
    """The commonest colour of his standing frame (his skin), from the sheet itself."""
    from game.render.fighters import FighterRenderer
    from game.render.images import load_image, load_json

    rect, _ = FighterRenderer([fighter]).frame(fighter, "idle_0", "right")
    img = load_image(load_json(f"{fighter}.json")["image"]).subsurface(rect)
    count = Counter(tuple(img.get_at((x, y)))[:3] for x in range(rect.w) for y in range(rect.h)
                    if img.get_at((x, y)).a)
    return count.most_common(1)[0][0]
