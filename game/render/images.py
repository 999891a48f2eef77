"""Loading sprites and their JSON once, converted for fast blits.

Why: unconverted surfaces blit about 3x slower; converting needs a display, so images are
converted when one exists (tests without a window still get usable surfaces).
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

import pygame

from game.assets import asset_path


def _has_display() -> bool:
    return pygame.display.get_init() and pygame.display.get_surface() is not None


@lru_cache(maxsize=64)
def _load(name: str, alpha: bool, converted: bool) -> pygame.Surface:
    img = pygame.image.load(str(asset_path("sprites", name)))
    if converted:
        return img.convert_alpha() if alpha else img.convert()
    return img


def load_image(name: str, alpha: bool = True) -> pygame.Surface:
    """A sprites/ image; alpha=False for opaque backdrops (convert() rather than convert_alpha)."""
    return _load(name, alpha, _has_display())


@lru_cache(maxsize=64)
def load_json(name: str) -> Any:
    """A sprites/ JSON file (parsed once)."""
    return json.loads(asset_path("sprites", name).read_text())


def crop(surf: pygame.Surface, area: pygame.Rect | None = None) -> tuple[pygame.Surface, tuple]:
    """The opaque part of (an area of) a surface and where it sits, so blits skip empty pixels."""
    area = area or surf.get_rect()
    sub = surf.subsurface(area)
    r = sub.get_bounding_rect()
    return sub.subsurface(r).copy(), (area.x + r.x, area.y + r.y)
