"""Hit sparks, sweat, canvas dust, screen shake and the knockdown flash.

Why event-driven and tick-stepped: effects come from simulation events (never from input),
and advance one step per update() with their own seeded generator, so a replay shows the
same sparks and shakes. The reduced-shake setting keeps about a third of the motion.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import pygame

from game.sim.view import Event

from .images import load_image, load_json
from .layout import to_screen

SPARK_TICKS = 2          # ticks per spark frame
DUST_TICKS = 5


@dataclass(slots=True)
class Particle:
    kind: str            # "spark_<size>", "sweat", "dust"
    x: float
    y: float
    vx: float = 0.0
    vy: float = 0.0
    age: int = 0
    life: int = 10


class Effects:
    """Particles and camera shake for the fight scene."""

    def __init__(self, reduced_shake: bool = False) -> None:
        meta = load_json("sparks.json")
        sheet = load_image(meta["image"])
        self._img = {k: sheet.subsurface(pygame.Rect(*r)) for k, r in meta["frames"].items()}
        self._spark_frames: int = meta["spark_frames"]
        self.reduced_shake = reduced_shake
        self.particles: list[Particle] = []
        self._rng = random.Random("effects")
        self._shake = 0.0
        self._offset = (0, 0)
        self._flash = 0
        self._flash_surf: pygame.Surface | None = None

    def on_events(self, events: tuple[Event, ...]) -> None:
        """Spawn effects for one tick's events."""
        for ev in events:
            x, y = to_screen(ev.x_m, ev.y_m)
            if ev.kind in ("hit", "counter", "block"):
                w = ev.weight * (0.5 if ev.kind == "block" else 1.0)
                size = "small" if w < 0.35 else "medium" if w < 0.7 else "large"
                self.particles.append(Particle(f"spark_{size}", x, y,
                                               life=self._spark_frames * SPARK_TICKS))
                if ev.kind != "block":
                    self.add_shake(2 + ev.weight * 7)
                if ev.target == "head" and ev.kind != "block":
                    self._sweat(x, y, 3 + int(ev.weight * 7))
            elif ev.kind == "knockdown":
                for dx in (-26, 0, 26):
                    self.particles.append(Particle("dust", x + dx, to_screen(0, 0)[1],
                                                   vx=dx * 0.02, life=4 * DUST_TICKS))
                self.add_shake(7)
            elif ev.kind in ("ko", "tko"):
                self._flash = 3
                self.add_shake(10)

    def _sweat(self, x: int, y: int, n: int) -> None:
        r = self._rng
        for _ in range(n):
            self.particles.append(Particle("sweat", x + r.uniform(-6, 6), y + r.uniform(-6, 4),
                                           vx=r.uniform(-2.2, 2.2), vy=r.uniform(-3.0, -0.8),
                                           life=r.randint(14, 24)))

    def add_shake(self, amount_px: float) -> None:
        """Kick the camera (pixels); the reduced setting keeps about a third."""
        if self.reduced_shake:
            amount_px /= 3
        self._shake = max(self._shake, amount_px)

    def update(self) -> None:
        """Advance one tick."""
        alive = []
        for p in self.particles:
            p.age += 1
            if p.age >= p.life:
                continue
            if p.kind == "sweat":
                p.x += p.vx
                p.y += p.vy
                p.vy += 0.25
            elif p.kind == "dust":
                p.x += p.vx
            alive.append(p)
        self.particles = alive
        if self._flash > 0:
            self._flash -= 1
        if self._shake >= 0.5:
            a = self._shake
            self._offset = (round(self._rng.uniform(-a, a)), round(self._rng.uniform(-a, a) * 0.6))
            self._shake *= 0.78
        else:
            self._shake = 0.0
            self._offset = (0, 0)

    def shake_offset(self) -> tuple[int, int]:
        """Pixels to offset the whole scene this frame ((0, 0) when calm)."""
        return self._offset

    def draw(self, surface: pygame.Surface) -> None:
        ox, oy = self._offset
        for p in self.particles:
            if p.kind == "sweat":
                img = self._img["sweat"]
            elif p.kind == "dust":
                img = self._img[f"dust_{min(3, p.age // DUST_TICKS)}"]
            else:
                img = self._img[f"{p.kind}_{min(self._spark_frames - 1, p.age // SPARK_TICKS)}"]
            surface.blit(img, (round(p.x) - img.get_width() // 2 + ox,
                               round(p.y) - img.get_height() // 2 + oy))
        if self._flash > 0:
            if self._flash_surf is None or self._flash_surf.get_size() != surface.get_size():
                self._flash_surf = pygame.Surface(surface.get_size())
                self._flash_surf.fill((255, 255, 255))
            self._flash_surf.set_alpha(255 if self._flash >= 2 else 140)
            surface.blit(self._flash_surf, (0, 0))
