"""The one menu style: dark panels, a warm accent cursor, white text in our font.

Why shared functions: every menu (title, fighter select, options, pause) uses these, so the
game has one look; panels and faders are cached per size and never rebuilt each frame.
"""

from __future__ import annotations

import pygame

from .font import get_font
from .images import load_image, load_json

ACCENT = (255, 184, 60)
WHITE = (255, 255, 255)
DIM = (170, 160, 190)
PANEL = (18, 12, 28, 228)
EDGE = (100, 78, 124)

_panels: dict[tuple[int, int], pygame.Surface] = {}
_faders: dict[tuple[int, int], pygame.Surface] = {}
_icons: dict[str, pygame.Surface] = {}
_plates: dict[tuple[tuple[int, int], tuple[int, int, int, int]], pygame.Surface] = {}


def _panel_surface(size: tuple[int, int]) -> pygame.Surface:
    s = _panels.get(size)
    if s is None:
        w, h = size
        s = pygame.Surface(size, pygame.SRCALPHA)
        s.fill(PANEL)
        pygame.draw.rect(s, (6, 4, 10), s.get_rect(), 1)
        pygame.draw.rect(s, EDGE, s.get_rect().inflate(-2, -2), 1)
        s.fill(ACCENT, (2, 2, w - 4, 1))
        s.fill((150, 96, 30), (2, 3, w - 4, 1))
        for cx, cy in ((2, 2), (w - 3, 2), (2, h - 3), (w - 3, h - 3)):
            s.fill(ACCENT, (cx, cy, 1, 1))
        _panels[size] = s
    return s


def draw_plate(surface: pygame.Surface, rect: pygame.Rect,
               rgba: tuple[int, int, int, int]) -> None:
    """A plain translucent plate (a caption's band, a hint's dark) under words over art."""
    key = ((rect.width, rect.height), rgba)
    s = _plates.get(key)
    if s is None:
        s = _plates[key] = pygame.Surface(key[0], pygame.SRCALPHA)
        s.fill(rgba)
    surface.blit(s, rect.topleft)


def draw_panel(surface: pygame.Surface, rect: pygame.Rect) -> None:
    """A dark translucent panel with a warm top trim."""
    surface.blit(_panel_surface((rect.width, rect.height)), rect.topleft)


def _icon(name: str) -> pygame.Surface:
    img = _icons.get(name)
    if img is None:
        frames = load_json("sparks.json")["frames"]
        img = _icons[name] = load_image("sparks.png").subsurface(pygame.Rect(*frames[name]))
    return img


def draw_menu(
    surface: pygame.Surface,
    title: str,
    items: list[str],
    selected: int,
    frame: int,
    subtitle: str = "",
    top: int | None = None,
) -> list[pygame.Rect]:
    """A centred menu: big title, optional subtitle, items with a bobbing accent cursor.

    Returns each item's rectangle so the mouse can pick items."""
    small, big = get_font("small"), get_font("big")
    row = 14
    width = max([big.size(title)[0] + 24, small.size(subtitle)[0] + 24]
                + [small.size(i)[0] + 56 for i in items] + [160])
    height = 34 + (12 if subtitle else 0) + row * len(items) + 10
    rect = pygame.Rect(0, 0, width, height)
    rect.center = (surface.get_width() // 2, surface.get_height() // 2 + 20)
    if not title:
        height -= 24
        rect.height = height
        rect.center = (surface.get_width() // 2, surface.get_height() // 2 + 40)
    if top is not None:
        rect.top = top
    draw_panel(surface, rect)
    y = rect.top + 10
    if title:
        big.draw(surface, title, (rect.centerx, rect.top + 10), ACCENT, align="center")
        y = rect.top + 32
    rects: list[pygame.Rect] = []
    if subtitle:
        small.draw(surface, subtitle, (rect.centerx, y), DIM, align="center")
        y += 12
    for i, item in enumerate(items):
        if i == selected:
            surface.fill((70, 44, 30), (rect.left + 6, y - 3, rect.width - 12, row - 1))
            surface.fill(ACCENT, (rect.left + 6, y - 3, 2, row - 1))
            bob = (frame >> 3) & 1
            surface.blit(_icon("cursor"), (rect.left + 12 + bob, y - 1))
        colour = ACCENT if i == selected else WHITE
        small.draw(surface, item, (rect.left + 28, y), colour)
        rects.append(pygame.Rect(rect.left + 6, y - 3, rect.width - 12, row - 1))
        y += row
    return rects


def draw_title(surface: pygame.Surface, frame: int, prompt: str) -> None:
    """The title illustration with a blinking prompt near the bottom."""
    surface.blit(load_image("title.png", alpha=False), (0, 0))
    if (frame // 30) % 2 == 0:
        get_font("small").draw(surface, prompt, (surface.get_width() // 2, 330), WHITE,
                               align="center")


def fade(surface: pygame.Surface, amount: float) -> None:
    """Darken the whole surface towards black (0 = untouched, 1 = black)."""
    a = round(255 * min(1.0, max(0.0, amount)))
    if a <= 0:
        return
    size = surface.get_size()
    f = _faders.get(size)
    if f is None:
        f = _faders[size] = pygame.Surface(size)
        f.fill((0, 0, 0))
    f.set_alpha(a)
    surface.blit(f, (0, 0))


_backdrop: dict[str, pygame.Surface] = {}
BACKDROP_LIFT = 56  # px the title art is raised behind the menu screens' header band


def draw_backdrop(surface: pygame.Surface, title: str = "") -> None:
    """The menu screens' common ground: the title arena, dimmed, under a header band.

    Why one backdrop: results, replays, options, controls and how-to-play then read as parts
    of the same game as the title, not as debug pages on a flat fill."""
    base = _backdrop.get("base")
    if base is None:
        art = load_image("title.png", alpha=False)
        base = pygame.Surface(art.get_size()).convert()
        base.fill(art.get_at((art.get_width() // 2, art.get_height() - 1)))
        base.blit(art, (0, -BACKDROP_LIFT))  # the logo goes under the header band
        fade(base, 0.72)
        _backdrop["base"] = base
    surface.blit(base, (0, 0))
    w = surface.get_width()
    surface.fill((10, 7, 16), (0, 0, w, 36))
    surface.fill(ACCENT, (0, 36, w, 1))
    surface.fill((150, 96, 30), (0, 37, w, 1))
    if title:
        get_font("big").draw(surface, title, (w // 2, 9), ACCENT, align="center")


def draw_hint(surface: pygame.Surface, text: str) -> None:
    """The keys a screen answers to, on a dark strip along the bottom edge."""
    w, h = surface.get_size()
    surface.fill((10, 7, 16), (0, h - 16, w, 16))
    surface.fill(EDGE, (0, h - 17, w, 1))
    get_font("small").draw(surface, text, (w // 2, h - 12), DIM, align="center")


def stat_bar(surface: pygame.Surface, rect: pygame.Rect, value: float,
             colour: tuple[int, int, int] = ACCENT, segments: int = 10) -> None:
    """A bar in segments (0..1), readable without colour: count the lit blocks."""
    value = min(1.0, max(0.0, value))
    surface.fill((6, 4, 10), rect)
    lit = round(value * segments)
    seg_w = (rect.width - 1) / segments
    for k in range(segments):
        x0 = rect.left + 1 + round(k * seg_w)
        x1 = rect.left + round((k + 1) * seg_w)
        cell = pygame.Rect(x0, rect.top + 1, max(1, x1 - x0 - 1), rect.height - 2)
        if k < lit:
            surface.fill(colour, cell)
            surface.fill(tuple(min(255, c + 50) for c in colour), (cell.left, cell.top,
                                                                    cell.width, 1))
        else:
            surface.fill((44, 34, 56), cell)


def draw_cursor(surface: pygame.Surface, pos: tuple[int, int], frame: int) -> None:
    """The menus' bobbing glove cursor, for screens that lay out their own rows."""
    surface.blit(_icon("cursor"), (pos[0] + ((frame >> 3) & 1), pos[1]))
