"""What a story fight shows of its round beats: the objective at the bell and above the
fight, the stars a round earned between rounds, and every round's stars at the end.

Why apart from the fight scene: these are pictures of the director's facts (the beat of the
round, the `ObjectiveResult`s), drawn over whatever the scene draws; the scene decides when.
"""

from __future__ import annotations

import math

import pygame

from game.render import ui
from game.render.font import get_font
from game.story.report import ObjectiveResult

STAR_ON, STAR_OFF, STAR_EDGE = (255, 204, 70), (70, 60, 90), (40, 26, 18)
BELL_TICKS = 150          # how long the objective stands big after the bell...
AFTER_FIGHT_CALL = 40     # ...once the HUD's FIGHT! (its first 40 ticks) is gone
LINE_PANEL_H = 15         # then a small line: a panel this tall,
LINE_TEXT_DY = 5          # its words this far down inside it


def draw_star(surface: pygame.Surface, cx: int, cy: int, r: int, lit: bool) -> None:
    """A five-pointed star, outlined (the font has no star glyph)."""
    pts = []
    for k in range(10):
        radius = r if k % 2 == 0 else r * 0.45
        a = -math.pi / 2 + k * math.pi / 5
        pts.append((cx + radius * math.cos(a), cy + radius * math.sin(a)))
    pygame.draw.polygon(surface, STAR_ON if lit else STAR_OFF, pts)
    pygame.draw.polygon(surface, STAR_EDGE, pts, 1)


def draw_stars(surface: pygame.Surface, x: int, y: int, stars: int, r: int = 5) -> None:
    """Three stars from x (their left edge), `stars` of them lit."""
    for k in range(3):
        draw_star(surface, x + r + k * (2 * r + 3), y, r, k < stars)


def draw_objective(surface: pygame.Surface, round_no: int, text: str, since_bell: int,
                   montage: bool, top: int) -> None:
    """The round's objective: big in the middle for a moment after the bell (once FIGHT! has
    gone), then a small line at `top`, under the health bars, for the rest of the round."""
    small = get_font("small")
    if since_bell < AFTER_FIGHT_CALL:
        return
    if since_bell < AFTER_FIGHT_CALL + BELL_TICKS:
        big = get_font("big")
        head = f"ROUND {round_no}" + ("  -  MONTAGE" if montage else "")
        w = max(big.size(text)[0], small.size(head)[0]) + 40
        rect = pygame.Rect(320 - w // 2, 96, w, 46)
        ui.draw_panel(surface, rect)
        small.draw(surface, head, (320, rect.top + 7), ui.DIM, align="center")
        big.draw(surface, text, (320, rect.top + 21), ui.ACCENT, align="center")
        return
    w = small.size(text)[0] + 20
    rect = pygame.Rect(320 - w // 2, top, w, LINE_PANEL_H)
    ui.draw_panel(surface, rect)
    small.draw(surface, text, (320, rect.top + LINE_TEXT_DY), ui.ACCENT, align="center")


def draw_result(surface: pygame.Surface, result: ObjectiveResult, text: str) -> None:
    """Between rounds: how the round's objective went."""
    small, big = get_font("small"), get_font("big")
    rect = pygame.Rect(200, 92, 240, 58)
    ui.draw_panel(surface, rect)
    small.draw(surface, f"ROUND {result.round}: {text}", (320, rect.top + 7), ui.DIM,
               align="center")
    word = "DONE!" if result.result == "met" else "MISSED"
    big.draw(surface, word, (320, rect.top + 20), ui.ACCENT if result.stars else ui.WHITE,
             align="center")
    draw_stars(surface, 320 - 24, rect.top + 45, result.stars, 7)


def draw_summary(surface: pygame.Surface, results: list[ObjectiveResult],
                 texts: dict[int, str]) -> None:
    """At the end of the fight: every round's objective and its stars, two columns when long."""
    if not results:
        return
    small = get_font("small")
    per_col = 8
    cols = 1 + (len(results) - 1) // per_col
    width = 250 * cols
    rows = min(per_col, len(results))
    rect = pygame.Rect(320 - width // 2, 124, width, 24 + 13 * rows)
    ui.draw_panel(surface, rect)
    total = sum(r.stars for r in results)
    small.draw(surface, f"THE ROUNDS  -  {total} OF {3 * len(results)} STARS",
               (320, rect.top + 6), ui.ACCENT, align="center")
    for k, res in enumerate(results):
        col, row = divmod(k, per_col)
        x = rect.left + 10 + 250 * col
        y = rect.top + 20 + 13 * row
        label = f"{res.round:>2}  {texts.get(res.round, res.id.upper())}"
        small.draw(surface, label[:34], (x, y), ui.WHITE if res.stars else ui.DIM)
        draw_stars(surface, x + 196, y + 3, res.stars, 5)
