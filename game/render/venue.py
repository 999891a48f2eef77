"""Draws a venue: backdrop, living crowd, ring, ropes that bow, and the near posts.

Why two calls: everything behind the fighters goes in draw_back; draw_front only adds the
near posts and the short rope ends at them, so no rope ever crosses a fighter mid-ring.
"""

from __future__ import annotations

import math
import random

import pygame

from game.sim.view import MatchView

from . import layout as L
from .crowd import Crowd
from .images import crop, load_image, load_json

SNOW_LOOP = 720          # frames before the snow repeats exactly (12 s)
SNOW_PER_WINDOW = 26
SNOW_COLOURS = ((236, 240, 252), (190, 204, 230), (140, 158, 196))  # near .. far
BIG_EVENTS = {"knockdown": 1.0, "ko": 1.6, "tko": 1.2, "counter": 0.55}
ROPE_GIVE = (0.75, 1.0, 0.85)  # how much each rope (low, mid, top) bows for a push


def _hurt_side(kind: str, side: str) -> str:
    """Whose fans groan at a big moment: the man hit or put down (a counter's side is the
    man who landed it)."""
    if kind == "counter":
        return {"p1": "p2", "p2": "p1"}.get(side, "")
    return side


class Snow:
    """Snow falling past the hall's windows, as a function of the frame counter alone.

    Why precomputed: every flake's path over one loop (SNOW_LOOP frames) is worked out once,
    already clipped to the glass (arch, bars and sill from the venue JSON), so a frame is one
    list lookup and a few dozen one-pixel fills; the same frame always shows the same snow.
    """

    def __init__(self, windows: list[dict], seed: str) -> None:
        rng = random.Random(seed)
        per_frame: list[list[tuple[tuple[int, int, int], tuple[int, int, int, int]]]] = [
            [] for _ in range(SNOW_LOOP)]
        for win in windows:
            wx, w, top, bot = win["x"], win["w"], win["top"], win["glass_bot"]
            col_top = win["col_top"]
            bars_x = set(win["bars_x"])
            bars_y = set(win["bars_y"])
            span = bot - top + 8

            def glass(x: int, y: int, wx: int = wx, w: int = w, bot: int = bot,
                      col_top: list[int] = col_top, bars_x: set = bars_x,
                      bars_y: set = bars_y) -> bool:
                return (wx <= x < wx + w and col_top[x - wx] <= y < bot
                        and x not in bars_x and y not in bars_y)

            for _ in range(SNOW_PER_WINDOW):
                depth = rng.choice((0, 1, 1, 2, 2, 2))
                # falls a whole number of window heights per loop, so the loop is seamless
                laps = (3, 2, 1)[depth] + rng.randint(0, 1)
                sway = rng.uniform(0.6, 2.2) * (1.4 - depth * 0.4)
                turns = rng.randint(2, 5)
                x0 = rng.uniform(wx, wx + w)
                y0 = rng.uniform(0, span)
                ph = rng.uniform(0, 6.283)
                big = depth == 0 and rng.random() < 0.4
                col = SNOW_COLOURS[depth]
                for f in range(SNOW_LOOP):
                    u = f / SNOW_LOOP
                    y = top - 4 + int((y0 + u * laps * span) % span)
                    x = int(x0 + sway * math.sin(ph + 6.283 * turns * u))
                    if glass(x, y):
                        per_frame[f].append((col, (x, y, 2 if big and glass(x + 1, y)
                                                   else 1, 1)))
        self._frames = per_frame

    def draw(self, surface: pygame.Surface, frame: int) -> None:
        fill = surface.fill
        for col, rect in self._frames[frame % SNOW_LOOP]:
            fill(col, rect)


class VenueRenderer:
    """One venue's static layers plus the crowd, ropes and camera flashes."""

    def __init__(self, venue_id: str) -> None:
        meta = load_json(f"venue_{venue_id}.json")
        self.venue_id = venue_id
        self._backdrop = load_image(meta["backdrop"], alpha=False)
        self._ring, self._ring_pos = crop(load_image(meta["ring"]))
        front = load_image(meta["ring_front"])
        half = L.SCREEN_W // 2
        self._front = [
            crop(front, pygame.Rect(0, 0, half, L.SCREEN_H)),
            crop(front, pygame.Rect(half, 0, half, L.SCREEN_H)),
        ]
        self._ropes = [tuple(tuple(c) for c in pair) for pair in meta["ropes"]]
        self._crowd = Crowd(meta["crowd"], f"crowd-{venue_id}")
        windows = meta.get("windows") or []
        self._snow = Snow(windows, f"snow-{venue_id}") if windows else None
        self._rng = random.Random(f"flash-{venue_id}")
        self._flashes: list[list[int]] = []   # [x, y, delay, life]
        self._last_tick: int | None = None

    # ------------------------------------------------------------------ events

    def advance(self, view: MatchView) -> None:
        """Once per simulation tick: feed events to the crowd, spawn flashes, age them.
        A view of a tick already seen is ignored; a gap of ticks is caught up (capped)."""
        if self._last_tick == view.tick:
            return
        steps = 1 if self._last_tick is None else max(1, min(30, view.tick - self._last_tick))
        self._last_tick = view.tick
        self._crowd.tick(steps)
        self._crowd.lean(view.crowd)
        for ev in view.events:
            amount = BIG_EVENTS.get(ev.kind, 0.0)
            if ev.kind == "hit" and ev.weight > 0.6:
                amount = 0.35 * ev.weight
            if amount <= 0:
                continue
            self._crowd.react(amount, _hurt_side(ev.kind, ev.side))
            self._spawn_flashes(int(4 + amount * 14))
        if self._crowd.excitement > 0.3 or self._rng.random() < 0.02:
            if self._rng.random() < 0.25 + self._crowd.excitement * 0.3:
                self._spawn_flashes(1)
        for fl in self._flashes:
            if fl[2] > 0:
                fl[2] -= steps
            else:
                fl[3] -= steps
        self._flashes = [fl for fl in self._flashes if fl[3] > 0]

    def _spawn_flashes(self, n: int) -> None:
        r = self._rng
        for _ in range(n):
            self._flashes.append([r.randrange(4, 636), r.randrange(188, 292),
                                  r.randrange(0, 24), 3])

    # ------------------------------------------------------------------ ropes

    def _rope_points(self, side: int, i: int, bow_px: float) -> list[tuple[int, int]]:
        """Points of one side rope from the back post to the front post, bowed at the fighter."""
        hm = L.ROPE_HEIGHTS_M[i]
        if side < 0:
            bx, fx = L.POST_BACK_X_L, L.POST_FRONT_X_L
        else:
            bx, fx = L.POST_BACK_X_R, L.POST_FRONT_X_R
        by = L.CANVAS_BACK_Y - hm * L.PX_PER_M * L.SCALE_BACK
        fy = L.CANVAS_FRONT_Y - hm * L.PX_PER_M * L.SCALE_FRONT
        td = L.FIGHTER_DEPTH
        push = bow_px * ROPE_GIVE[i] * side
        pts = []
        for k in range(9):
            t = k / 8
            shape = t / td if t <= td else (1 - t) / (1 - td)
            shape = shape * (1.2 - 0.2 * shape)  # a little rounding at the fighter
            pts.append((round(bx + (fx - bx) * t + push * shape), round(by + (fy - by) * t)))
        return pts

    def _draw_side_ropes(self, surface: pygame.Surface, view: MatchView) -> None:
        for side, bow_m in ((-1, view.rope_left_m), (1, view.rope_right_m)):
            bow = max(0.0, bow_m) * L.PX_PER_M
            for i, (light, dark) in enumerate(self._ropes):
                pts = self._rope_points(side, i, bow)
                pygame.draw.lines(surface, dark, False, [(x, y + 1) for x, y in pts])
                pygame.draw.lines(surface, light, False, pts)

    # ------------------------------------------------------------------ drawing

    def draw_back(self, surface: pygame.Surface, view: MatchView, frame: int) -> None:
        """Backdrop, crowd, camera flashes, ring, back and side ropes (behind the fighters).
        Changes nothing: the crowd and flashes are as the last advance() left them."""
        surface.blit(self._backdrop, (0, 0))
        if self._snow is not None:
            self._snow.draw(surface, frame)
        self._crowd.draw(surface, frame)
        for x, y, delay, life in self._flashes:
            if delay <= 0:
                surface.fill((255, 255, 255), (x - 1, y, 3, 1))
                surface.fill((255, 255, 255), (x, y - 1, 1, 3))
                if life >= 3:
                    surface.fill((255, 255, 220), (x - 2, y - 2, 5, 5))
        surface.blit(self._ring, self._ring_pos)
        self._draw_side_ropes(surface, view)

    def draw_front(self, surface: pygame.Surface, view: MatchView, frame: int) -> None:
        """Near posts and the rope ends at them: never across the middle of the ring."""
        for side, bow_m in ((-1, view.rope_left_m), (1, view.rope_right_m)):
            bow = max(0.0, bow_m) * L.PX_PER_M
            for i, (light, dark) in enumerate(self._ropes):
                pts = self._rope_points(side, i, bow)[-2:]
                pygame.draw.line(surface, dark, (pts[0][0], pts[0][1] + 1),
                                 (pts[1][0], pts[1][1] + 1))
                pygame.draw.line(surface, light, pts[0], pts[1])
        for img, pos in self._front:
            surface.blit(img, pos)

    @property
    def excitement(self) -> float:
        """How worked up the crowd is (0 calm .. 1.6 on its feet); sound may follow it."""
        return self._crowd.excitement
