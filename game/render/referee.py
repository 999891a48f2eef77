"""The referee: walks with the fight, steps in to separate, counts over a downed man with his
fingers and waves a knockout off. Drawn behind the fighters, a little further back.

Why in the renderer: the simulation has no referee body; where he stands and what he does is
derived from the MatchView alone (fighter positions, phase, the count, who is down), so he
never changes the fight. He keeps only presentation state (his position, when the count last
changed), advanced once per simulation tick by advance(), never by draw(): how often a frame
is drawn (a slow frame, a replay at x2) must not change where he walks.
"""

from __future__ import annotations

import pygame

from game.sim.view import RING_HALF_WIDTH_M, MatchView

from .images import load_image, load_json
from .layout import CENTER_X, FLOOR_Y, PX_PER_M

DEPTH_PX = 12            # he stands this much further back than the fighters' line
WALK_MPS = 1.9
SKIN = (200, 168, 146)
SKIN_DARK = (92, 72, 70)
CLINCH_M = 0.7           # closer than this (centres) and he steps in to separate them
STAND_OFF_M = 0.4        # he stands over the downed man, on the side of the other
BESIDE_M = 0.85          # while they box he stands this far beyond the nearer man
SWITCH_M = 1.0           # ...and crosses to the other side only for this much more room
RING_M = RING_HALF_WIDTH_M


class Referee:
    """Presentation state and drawing of the referee for one fight."""

    def __init__(self) -> None:
        meta = load_json("referee.json")
        self._sheet = load_image(meta["image"])
        self._frames = {
            pose: {f: (pygame.Rect(r[0], r[1], r[2], r[3]), (r[4], r[5]))
                   for f, r in faces.items()}
            for pose, faces in meta["frames"].items()
        }
        self._hands = {p: [tuple(h) for h in hs] for p, hs in meta["hands"].items()}
        self.x_m: float | None = None
        self._side = 1           # which side of the fight he stands on while they box
        self.facing = 1
        self.pose = "stand_0"
        self._walk = 0
        self._count = 0
        self._count_tick = 0
        self._last_tick: int | None = None
        self._fingers = 0
        self._before: tuple | None = None   # his state before the last advance, for redo()

    # ------------------------------------------------------------------ state

    def _state(self) -> tuple:
        return (self.x_m, self._side, self.facing, self.pose, self._walk, self._count,
                self._count_tick, self._last_tick, self._fingers)

    def advance(self, view: MatchView) -> None:
        """Advance to the view's tick (once per simulation tick; repeated calls are free)."""
        if self._last_tick == view.tick:
            return
        self._before = self._state()
        self._step(view)

    def redo(self, view: MatchView) -> None:
        """Take the last tick again from `view` of the same tick: the story's corner staging
        shows the men elsewhere than the sim, and he must walk beside the men as drawn."""
        if self._before is None or self._last_tick != view.tick:
            self.advance(view)
            return
        (self.x_m, self._side, self.facing, self.pose, self._walk, self._count,
         self._count_tick, self._last_tick, self._fingers) = self._before
        self._step(view)

    def _step(self, view: MatchView) -> None:
        steps = 1 if self._last_tick is None else max(1, min(30, view.tick - self._last_tick))
        self._last_tick = view.tick
        f1, f2 = view.fighters
        mid = (f1.x_m + f2.x_m) / 2
        if self.x_m is None:
            self.x_m = mid
        mode = "follow"
        target, face_to = self._follow_spot(f1.x_m, f2.x_m), mid
        downed = next((f for f in view.fighters if f.side == view.downed), None)
        if downed is None and view.phase == "over" and view.method in ("KO", "TKO"):
            downed = next((f for f in view.fighters if f.side != view.winner), None)
            mode = "wave"
        elif downed is not None:
            mode = "count"
        elif view.phase == "fight" and abs(f1.x_m - f2.x_m) < CLINCH_M \
                and "pivot" not in (f1.state, f2.state):   # a roll passes; it is no clinch
            mode = "break"
            target = mid
        if downed is not None:
            other = f2 if downed is f1 else f1
            d = 1.0 if other.x_m >= downed.x_m else -1.0
            target = downed.x_m + d * STAND_OFF_M
            face_to = downed.x_m
        dx = target - self.x_m
        step = WALK_MPS / 60 * steps
        moving = abs(dx) > 0.04
        if moving:
            self.x_m += max(-step, min(step, dx))
            self._walk += steps
        if mode in ("count", "wave") or not moving:
            self.facing = 1 if face_to >= self.x_m else -1
        else:
            self.facing = 1 if dx > 0 else -1
        if view.count != self._count:
            self._count = view.count
            self._count_tick = view.tick
        self._pose(view, mode, moving)

    def _pose(self, view: MatchView, mode: str, moving: bool) -> None:
        """His pose (and fingers held up) for this tick once he has walked."""
        self._fingers = 0
        if mode == "count" and view.count > 0 and not moving:
            since = view.tick - self._count_tick
            if since < 10:
                self.pose = "count_down"
            else:
                self.pose = "count_two" if view.count > 5 else "count_up"
            self._fingers = min(10, view.count)
        elif mode == "wave" and not moving:
            self.pose = "wave_0" if (view.tick // 10) % 2 else "wave_1"
        elif moving:
            self.pose = f"walk_{(self._walk // 7) % 4}"
        elif mode == "break":
            self.pose = "break"
        else:
            self.pose = "stand_0" if (view.tick // 30) % 2 else "stand_1"

    def _follow_spot(self, x1: float, x2: float) -> float:
        """Beside the fight on its open side, a step off the nearer man: in between them he
        would hide the punches. He changes sides only when the other has clearly more room."""
        lo, hi = min(x1, x2), max(x1, x2)
        room = {-1: lo + RING_M, 1: RING_M - hi}
        cramped = room[self._side] < BESIDE_M + 0.3
        if room[-self._side] > room[self._side] + SWITCH_M or \
                (cramped and room[-self._side] >= BESIDE_M + 0.3):
            self._side = -self._side
        if room[self._side] < BESIDE_M + 0.3:
            return (lo + hi) / 2     # nowhere to stand beside them: behind, between
        spot = hi + BESIDE_M if self._side > 0 else lo - BESIDE_M
        return max(-RING_M + 0.3, min(RING_M - 0.3, spot))

    # ------------------------------------------------------------------ drawing

    def draw(self, surface: pygame.Surface) -> None:
        """Draw him as the last advance left him (call before the fighters; changes nothing)."""
        if self.x_m is None:
            return
        face = "right" if self.facing > 0 else "left"
        rect, (ax, ay) = self._frames[self.pose][face]
        x = round(CENTER_X + self.x_m * PX_PER_M)
        y = FLOOR_Y - DEPTH_PX
        surface.blit(self._sheet, (x - ax, y - ay), rect)
        if self._fingers:
            self._draw_fingers(surface, x, y)

    def _draw_fingers(self, surface: pygame.Surface, x: int, y: int) -> None:
        """The count held up: up to five fingers on the raised lead hand, the rest on the
        other hand (count_two raises both)."""
        if self.pose == "count_down":
            return
        hands = self._hands[self.pose]
        n = self._fingers
        groups = [(hands[0], min(n, 5))]
        if n > 5:
            groups.append((hands[1], n - 5))
        for (hx, hy), k in groups:
            cx = round(x + self.facing * hx)
            top = round(y - hy) - 3
            left = cx - (2 * k - 1) // 2
            for i in range(k):
                fx = left + 2 * i
                h = 4 if i not in (0, 4) else 3
                surface.fill(SKIN_DARK, (fx - 1, top - h - 1, 3, h + 2))
            for i in range(k):
                fx = left + 2 * i
                h = 4 if i not in (0, 4) else 3
                surface.fill(SKIN, (fx, top - h, 1, h + 1))
