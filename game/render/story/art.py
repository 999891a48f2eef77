"""Story illustrations drawn by code from our own assets: venues, snow camp, lab, night city.

Why procedural and cached: the story needs a handful of backdrops the sprite generator does
not make; each is painted once per run (a few milliseconds) from flat shapes in the art
direction's palettes, then blitted like any image. Fighters come from their real sheets.
"""

from __future__ import annotations

import math
import random
from functools import cache
from pathlib import Path

import pygame

from game.render.fighters import FighterRenderer
from game.render.images import load_image
from game.sim.data import FIGHTER_IDS as FIGHTERS
from game.story.model import Figure

from .portraits import portrait  # noqa: F401 - dialogue.py and older callers import it here

W, H = 640, 360


def _vgrad(surface: pygame.Surface, top: tuple, bottom: tuple, y0: int, y1: int,
           steps: int = 12) -> None:
    """A banded vertical gradient (flat bands read as pixel art, not a smooth blur)."""
    h = max(1, y1 - y0)
    for k in range(steps):
        t = k / max(1, steps - 1)
        c = tuple(round(a + (b - a) * t) for a, b in zip(top, bottom, strict=True))
        surface.fill(c, (0, y0 + h * k // steps, W, h // steps + 1))


def _pine(s: pygame.Surface, x: int, base: int, h: int, dark: tuple, light: tuple) -> None:
    s.fill((70, 48, 36), (x - 1, base - h // 6, 3, h // 6))
    for k in range(4):
        w = h // 3 - k * h // 16
        top = base - h // 6 - k * h // 5
        pygame.draw.polygon(s, dark, [(x - w, top), (x + w, top), (x, top - h // 3)])
        pygame.draw.polygon(s, light, [(x - w + 2, top - 1), (x - 1, top - 1),
                                       (x - 1, top - h // 3 + 3)])
        s.fill((238, 244, 252), (x - w, top - 1, w, 1))


def _snow_scene() -> pygame.Surface:
    s = pygame.Surface((W, H))
    _vgrad(s, (150, 176, 206), (226, 236, 246), 0, 200)
    rng = random.Random(4)
    for layer, (col, snow, base, amp) in enumerate((
            ((120, 140, 170), (222, 232, 246), 190, 90),
            ((92, 110, 140), (236, 242, 250), 220, 60))):
        pts = [(0, H)]
        for x in range(0, W + 40, 40):
            pts.append((x, base - amp * (0.5 + 0.5 * math.sin(x / (70 + 30 * layer) + layer))
                        - rng.randrange(18)))
        pts.append((W, H))
        pygame.draw.polygon(s, col, pts)
        for (x0, y0), (x1, y1) in zip(pts[1:-2], pts[2:-1], strict=True):
            pygame.draw.polygon(s, snow, [(x0, y0), (x1, y1), (x1, y1 + 8), (x0, y0 + 8)])
    s.fill((236, 242, 250), (0, 262, W, H - 262))
    for k in range(14):  # drifts
        pygame.draw.ellipse(s, (214, 226, 242), (k * 52 - 20, 262 + (k % 3) * 16, 90, 14))
    # the barn
    bx, by = 430, 170
    s.fill((120, 44, 36), (bx, by, 150, 96))
    for k in range(0, 150, 10):
        s.fill((98, 34, 28), (bx + k, by, 1, 96))
    pygame.draw.polygon(s, (70, 56, 52), [(bx - 12, by + 2), (bx + 75, by - 46),
                                          (bx + 162, by + 2)])
    pygame.draw.polygon(s, (240, 246, 252), [(bx - 12, by + 2), (bx + 75, by - 46),
                                             (bx + 162, by + 2), (bx + 75, by - 38)])
    s.fill((60, 30, 26), (bx + 56, by + 40, 38, 56))
    pygame.draw.line(s, (150, 70, 56), (bx + 56, by + 40), (bx + 93, by + 95))
    pygame.draw.line(s, (150, 70, 56), (bx + 93, by + 40), (bx + 56, by + 95))
    s.fill((255, 214, 120), (bx + 16, by + 22, 20, 14))
    s.fill((160, 80, 50), (bx + 25, by + 22, 2, 14))
    # log pile and a sled
    for row in range(3):
        for k in range(5 - row):
            cx, cy = 330 + k * 16 + row * 8, 262 - row * 13
            pygame.draw.circle(s, (110, 74, 46), (cx, cy), 8)
            pygame.draw.circle(s, (196, 150, 96), (cx, cy), 6)
            pygame.draw.circle(s, (150, 104, 62), (cx, cy), 3)
    s.fill((120, 84, 52), (60, 268, 70, 6))
    pygame.draw.line(s, (70, 50, 40), (56, 278), (136, 278), 2)
    pygame.draw.line(s, (70, 50, 40), (136, 278), (144, 268), 2)
    for x, h in ((30, 110), (150, 80), (250, 96), (600, 120), (214, 70)):
        _pine(s, x, 270, h, (34, 78, 60), (52, 108, 80))
    return s


def _lab_scene() -> pygame.Surface:
    s = pygame.Surface((W, H))
    _vgrad(s, (10, 34, 44), (20, 60, 70), 0, 250)
    for x in range(0, W, 64):  # wall panels
        s.fill((14, 46, 56), (x, 0, 2, 250))
    s.fill((40, 54, 60), (0, 250, W, H - 250))
    for x in range(0, W, 32):
        s.fill((52, 70, 78), (x, 250, 1, H - 250))
    s.fill((90, 120, 130), (0, 250, W, 2))
    rng = random.Random(9)
    for k, (x, y, w, h) in enumerate(((30, 40, 130, 84), (180, 28, 110, 70),
                                      (480, 40, 130, 84), (330, 150, 90, 60))):
        s.fill((120, 140, 146), (x - 4, y - 4, w + 8, h + 8))
        s.fill((6, 24, 28), (x, y, w, h))
        for gx in range(x, x + w, 12):
            s.fill((10, 52, 58), (gx, y, 1, h))
        pts = [(x + i * 6, y + h // 2 - round(math.sin(i * 0.7 + k) * h * 0.3)
                - rng.randrange(6)) for i in range(w // 6 + 1)]
        pygame.draw.lines(s, (80, 240, 230) if k % 2 == 0 else (250, 210, 90), False, pts)
        s.fill((80, 240, 230), (x + 4, y + 4, 18, 3))
    # the punch-strength machine: a padded target on a column with a big readout
    mx = 120
    s.fill((150, 160, 168), (mx, 140, 40, 130))
    s.fill((200, 206, 212), (mx, 140, 6, 130))
    pygame.draw.circle(s, (180, 40, 40), (mx + 20, 170), 22)
    pygame.draw.circle(s, (220, 70, 60), (mx + 16, 166), 14)
    s.fill((4, 16, 18), (mx - 20, 92, 80, 34))
    s.fill((120, 140, 146), (mx - 20, 90, 80, 2))
    for k in range(5):
        s.fill((80, 240, 230), (mx - 14 + k * 14, 100, 10, 18))
        s.fill((6, 60, 60), (mx - 12 + k * 14, 108, 6, 2))
    # ceiling lights
    for x in range(40, W, 140):
        s.fill((230, 250, 255), (x, 6, 60, 4))
        cone = pygame.Surface((120, 240), pygame.SRCALPHA)
        pygame.draw.polygon(cone, (200, 255, 255, 18), [(30, 0), (90, 0), (120, 240), (0, 240)])
        s.blit(cone, (x - 30, 10))
    return s


def _night_scene() -> pygame.Surface:
    s = pygame.Surface((W, H))
    _vgrad(s, (8, 10, 30), (40, 36, 70), 0, 280)
    rng = random.Random(2)
    for _ in range(90):
        s.fill((200, 210, 240), (rng.randrange(W), rng.randrange(200), 1, 1))
    pygame.draw.circle(s, (236, 232, 210), (520, 70), 22)
    pygame.draw.circle(s, (8, 10, 30), (530, 64), 20)
    x = 0
    while x < W:  # the city
        w, h = rng.randrange(26, 60), rng.randrange(60, 170)
        s.fill((18, 18, 36), (x, 300 - h, w, h))
        s.fill((28, 28, 50), (x, 300 - h, 2, h))
        for wy in range(300 - h + 8, 296, 10):
            for wx in range(x + 5, x + w - 5, 9):
                if rng.random() < 0.28:
                    s.fill((250, 214, 120), (wx, wy, 4, 5))
        x += w + rng.randrange(2, 8)
    s.fill((24, 22, 40), (0, 300, W, H - 300))
    s.fill((60, 56, 84), (0, 300, W, 2))
    # the steps of the museum, and a street lamp
    for k in range(6):
        s.fill((70 - k * 6, 66 - k * 6, 96 - k * 6), (150 + k * 14, 300 + k * 10,
                                                      340 - k * 28, 10))
    s.fill((40, 40, 60), (90, 200, 4, 100))
    pygame.draw.circle(s, (255, 230, 160), (92, 198), 6)
    glow = pygame.Surface((80, 80), pygame.SRCALPHA)
    pygame.draw.circle(glow, (255, 220, 140, 36), (40, 40), 40)
    s.blit(glow, (52, 158))
    return s


def _credits_scene() -> pygame.Surface:
    s = pygame.Surface((W, H))
    _vgrad(s, (20, 10, 26), (60, 20, 30), 0, H)
    img = load_image("title.png", alpha=False).copy()
    img.set_alpha(70)
    s.blit(img, (0, 0))
    return s


@cache
def backdrop(art: str) -> tuple[pygame.Surface, pygame.Surface | None]:
    """(behind the figures, in front of them) for an illustration id."""
    if art in ("vegas", "moscow", "hall"):
        venue = "las_vegas" if art == "vegas" else "moscow"
        back = load_image(f"venue_{venue}.png", alpha=False).copy()
        back.blit(load_image(f"ring_{venue}.png"), (0, 0))
        front = load_image(f"ring_front_{venue}.png")
        if art == "hall":  # the hall lit low, one cone on the ring
            shade = pygame.Surface((W, H), pygame.SRCALPHA)
            shade.fill((4, 6, 16, 120))
            pygame.draw.polygon(shade, (0, 0, 0, 0), [(290, 0), (350, 0), (470, H), (170, H)])
            back.blit(shade, (0, 0))
        return back, front
    painter = {"snow": _snow_scene, "lab": _lab_scene, "night": _night_scene,
               "credits": _credits_scene}.get(art, _night_scene)
    return painter(), None


class Falling:
    """Snow (or confetti) drifting over a scene; positions come from the frame number."""

    def __init__(self, n: int, seed: int, colours: tuple = ((240, 246, 255),),
                 size: int = 1) -> None:
        rng = random.Random(seed)
        self.flakes = [(rng.randrange(W), rng.randrange(H), 0.3 + rng.random() * 0.8,
                        rng.random() * 6.28, rng.choice(colours)) for _ in range(n)]
        self.size = size

    def draw(self, surface: pygame.Surface, frame: int, area: pygame.Rect | None = None) -> None:
        area = area or surface.get_rect()
        for x, y, speed, ph, col in self.flakes:
            yy = (y + frame * speed) % area.height + area.top
            xx = (x + 6 * math.sin(frame / 40 + ph)) % area.width + area.left
            surface.fill(col, (int(xx), int(yy), self.size, self.size + (1 if speed > 0.8
                                                                          else 0)))


_SNOW = Falling(120, 1)
_renderer: FighterRenderer | None = None


def fighters() -> FighterRenderer:
    global _renderer
    if _renderer is None:
        _renderer = FighterRenderer(list(FIGHTERS))
    return _renderer


def draw_illustration(surface: pygame.Surface, art: str, figures: tuple[Figure, ...],
                      frame: int, image: str = "", levels: Path | None = None) -> None:
    """The backdrop, the figures standing on the canvas line, then the ring's near side.

    `image` is found by `image_file`, as the level check found it (`levels`: the folder
    being played)."""
    if image:
        from game.assets import asset_dir
        from game.story.loader import image_file

        surface.blit(_level_image(str(image_file(image, levels or asset_dir("levels")))),
                     (0, 0))
        back, front = None, None
    else:
        back, front = backdrop(art)
        surface.blit(back, (0, 0))
    for f in figures:
        fighters().draw_pose(surface, f.fighter, f.pose, f.facing, f.x, 318)
    if front is not None:
        surface.blit(front, (0, 0))
    if art in ("snow", "night", "credits") and not image:
        _SNOW.draw(surface, frame)


def draw_pose_scaled(surface: pygame.Surface, fighter: str, pose: str, facing: str, x: int,
                     y: int, scale: float) -> None:
    """A fighter smaller than life (far away on a mountain), anchored at his feet."""
    r = fighters()
    rect, (ax, ay) = r.frame(fighter, pose, facing)
    img = r._sheets[fighter].subsurface(rect)  # noqa: SLF001 - the renderer's loaded sheet
    w, h = max(1, round(rect.w * scale)), max(1, round(rect.h * scale))
    surface.blit(pygame.transform.scale(img, (w, h)), (x - round(ax * scale),
                                                       y - round(ay * scale)))


@cache
def _level_image(path: str) -> pygame.Surface:
    return pygame.image.load(path).convert()
