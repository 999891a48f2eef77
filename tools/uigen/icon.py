"""The window icon: a red boxing glove on a round gold badge, 64x64 with transparency.

Why drawn here with the rest of the art: the window, the task bar and the Alt+Tab list show
the game's own mark instead of pygame's snake, and a rerun writes identical bytes like every
other generated asset. Drawn at 4x and shrunk by majority vote, so curves stay round while
the palette stays flat (art-direction.md: few colours, dark outline).
"""

from __future__ import annotations

from pathlib import Path

import pygame

from .common import save_png, shrink_majority

SIZE = 64
K = 4                      # drawn at 4x
OUTLINE = (10, 6, 14)
BADGE = (255, 196, 72)
BADGE_DARK = (196, 132, 40)
GLOVE = (226, 48, 52)
GLOVE_DARK = (150, 26, 36)
SHINE = (255, 150, 140)
CUFF = (240, 236, 228)


def draw_icon() -> pygame.Surface:
    big = pygame.Surface((SIZE * K, SIZE * K), pygame.SRCALPHA)
    c = SIZE * K // 2

    def at(x: float, y: float) -> tuple[int, int]:
        return int(c + x * K), int(c + y * K)

    # the badge, outlined, with a darker rim at the bottom
    pygame.draw.circle(big, OUTLINE, at(0, 0), 31 * K)
    pygame.draw.circle(big, BADGE_DARK, at(0, 0), 29 * K)
    pygame.draw.circle(big, BADGE, at(-1, -2), 27 * K)
    # the glove: a fist (big oval), a thumb (small oval), a cuff below; outline first
    fist = pygame.Rect(0, 0, 38 * K, 32 * K)
    fist.center = at(1, -5)
    thumb = pygame.Rect(0, 0, 16 * K, 20 * K)
    thumb.center = at(-14, 2)
    cuff = pygame.Rect(0, 0, 26 * K, 13 * K)
    cuff.midtop = at(3, 8)
    for rect, colour in ((fist, OUTLINE), (thumb, OUTLINE)):
        pygame.draw.ellipse(big, colour, rect.inflate(4 * K, 4 * K))
    pygame.draw.rect(big, OUTLINE, cuff.inflate(4 * K, 4 * K), border_radius=3 * K)
    pygame.draw.rect(big, CUFF, cuff, border_radius=2 * K)
    pygame.draw.rect(big, OUTLINE, (cuff.left, cuff.top + 5 * K, cuff.width, 2 * K))
    pygame.draw.ellipse(big, GLOVE_DARK, fist)
    pygame.draw.ellipse(big, GLOVE, fist.inflate(-4 * K, -5 * K).move(-1 * K, -2 * K))
    pygame.draw.ellipse(big, GLOVE_DARK, thumb)
    pygame.draw.ellipse(big, GLOVE, thumb.inflate(-3 * K, -4 * K).move(0, -1 * K))
    # the seam between the thumb and the fist, and a shine on the knuckles
    pygame.draw.arc(big, OUTLINE, thumb.inflate(2 * K, 0), -0.6, 1.4, 2 * K)
    shine = pygame.Rect(0, 0, 12 * K, 6 * K)
    shine.center = at(6, -14)
    pygame.draw.ellipse(big, SHINE, shine)
    return shrink_majority(big, K)


def build(out_dir: Path) -> list[Path]:
    return [save_png(draw_icon(), Path(out_dir) / "icon.png")]
