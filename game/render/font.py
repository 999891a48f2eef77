"""Our pixel font at run time: text from the generated atlas, tinted, with a dark shadow.

Why cached renders: HUD labels, names and clock digits repeat every frame; each distinct
(text, colour, shadow) is built once. Lower-case is shown as capitals; any other character
the font lacks shows as a hollow box, so a missing glyph is visible but never crashes.
"""

from __future__ import annotations

import pygame

from .images import load_image, load_json

SHADOW = (14, 10, 22)
_CACHE_LIMIT = 600


class PixelFont:
    """One size of the font ("small" 5x7 HUD, "big" 10x14 titles)."""

    def __init__(self, size: str) -> None:
        meta = load_json(f"font_{size}.json")
        self.name = size
        self.height: int = meta["height"]
        self.line_height: int = meta["line_height"]
        self._missing: str = meta["missing"]
        self._sheet = load_image(meta["image"])
        self._glyphs: dict[str, tuple[pygame.Rect, int]] = {
            ch: (pygame.Rect(g[0], g[1], g[2], g[3]), g[4]) for ch, g in meta["glyphs"].items()
        }
        # small text gets a drop shadow; big text an outline plus a drop shadow
        self._pad = 0 if size == "small" else 1
        self._extra = 1 if size == "small" else 3
        self._cache: dict[tuple[str, tuple[int, ...], bool], pygame.Surface] = {}
        self._masks: dict[str, pygame.Surface] = {}

    def normalise(self, text: str) -> str:
        """Upper-case, and replace characters the font lacks with the missing-glyph box."""
        return "".join(
            ch if ch in self._glyphs or ch == "\n" else self._missing for ch in text.upper()
        )

    def _line_width(self, line: str) -> int:
        w = sum(self._glyphs[ch][1] for ch in line)
        return max(0, w - (self._glyphs[line[-1]][1] - self._glyphs[line[-1]][0].w)) if line else 0

    def size(self, text: str) -> tuple[int, int]:
        """Size of the text box (without the shadow, which hangs off to the lower right)."""
        lines = self.normalise(text).split("\n")
        w = max(self._line_width(line) for line in lines)
        return w, self.height + (len(lines) - 1) * self.line_height

    def _mask(self, text: str) -> pygame.Surface:
        """White (shaded) glyphs for normalised text, cached."""
        m = self._masks.get(text)
        if m is None:
            lines = text.split("\n")
            w = max(1, max(self._line_width(line) for line in lines))
            h = self.height + (len(lines) - 1) * self.line_height
            m = pygame.Surface((w, h), pygame.SRCALPHA)
            for i, line in enumerate(lines):
                x = 0
                for ch in line:
                    rect, adv = self._glyphs[ch]
                    m.blit(self._sheet, (x, i * self.line_height), rect)
                    x += adv
            self._masks[text] = m
        return m

    def render(self, text: str, colour: tuple[int, ...], shadow: bool = True) -> pygame.Surface:
        """The text as a surface (cached per text, colour and shadow)."""
        key = (text, tuple(colour), shadow)
        surf = self._cache.get(key)
        if surf is not None:
            return surf
        if len(self._cache) > _CACHE_LIMIT:
            self._cache.clear()
        mask = self._mask(self.normalise(text))
        ink = mask.copy()
        ink.fill((*colour[:3], 255), special_flags=pygame.BLEND_RGBA_MULT)
        if not shadow:
            self._cache[key] = ink
            return ink
        dark = mask.copy()
        dark.fill((*SHADOW, 255), special_flags=pygame.BLEND_RGBA_MULT)
        p = self._pad
        w, h = mask.get_size()
        surf = pygame.Surface((w + p + self._extra, h + p + self._extra), pygame.SRCALPHA)
        if self.name == "small":
            surf.blit(dark, (1, 1))
        else:
            for off in ((2, 2), (3, 3), (3, 2), (2, 3), (0, 1), (2, 1), (1, 0), (1, 2)):
                surf.blit(dark, off)
        surf.blit(ink, (p, p))
        self._cache[key] = surf
        return surf

    def draw(
        self,
        surface: pygame.Surface,
        text: str,
        pos: tuple[int, int],
        colour: tuple[int, ...] = (255, 255, 255),
        align: str = "left",
        shadow: bool = True,
    ) -> pygame.Rect:
        """Draw text, box top at pos[1], aligned on pos[0]; returns the rect drawn (with shadow)."""
        img = self.render(text, colour, shadow)
        w, _ = self.size(text)
        x, y = pos
        if align == "center":
            x -= w // 2
        elif align == "right":
            x -= w
        elif align != "left":
            raise ValueError(f"align must be left, center or right, not {align!r}")
        pad = self._pad if shadow else 0
        return surface.blit(img, (x - pad, y - pad))


_FONTS: dict[str, PixelFont] = {}


def get_font(size: str) -> PixelFont:
    """The shared font of a size ("small" or "big"), loaded once."""
    if size not in ("small", "big"):
        raise ValueError(f"font size must be 'small' or 'big', not {size!r}")
    font = _FONTS.get(size)
    if font is None:
        font = _FONTS[size] = PixelFont(size)
    return font
