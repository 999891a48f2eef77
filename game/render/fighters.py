"""Draws fighters from their generated atlases (sprites/<id>.json + .png).

Why the anchor: atlas frames carry the point between the feet, which is where the simulation
puts the fighter, so art and hitboxes line up exactly (docs/formats/atlas.md).
"""

from __future__ import annotations

import pygame

from game.sim.view import FighterView

from .images import load_image, load_json
from .layout import CENTER_X, FLOOR_Y, PX_PER_M

Frame = tuple[pygame.Rect, tuple[int, int]]


class FighterRenderer:
    """Holds every fighter's sheet and frame rectangles; draws one FighterView at a time."""

    def __init__(self, fighter_ids: list[str]) -> None:
        self._sheets: dict[str, pygame.Surface] = {}
        self._frames: dict[str, dict[str, dict[str, Frame]]] = {}
        self._shadows: dict[str, pygame.Surface] = {}
        for fid in fighter_ids:
            meta = load_json(f"{fid}.json")
            self._sheets[fid] = load_image(meta["image"])
            self._frames[fid] = {
                pose: {
                    facing: (pygame.Rect(r[0], r[1], r[2], r[3]), (r[4], r[5]))
                    for facing, r in faces.items()
                }
                for pose, faces in meta["frames"].items()
            }
            self._shadows[fid] = _shadow(int(meta.get("height_px", 170) * 0.42))

    def frame(self, fighter_id: str, pose: str, facing: str) -> Frame:
        """The sheet rectangle and anchor of a pose; a clear error if it is missing."""
        poses = self._frames.get(fighter_id)
        if poses is None:
            raise KeyError(f"fighter {fighter_id!r} was not loaded; loaded: {sorted(self._frames)}")
        faces = poses.get(pose)
        if faces is None or facing not in faces:
            raise KeyError(f"fighter {fighter_id!r} atlas has no pose {pose!r} ({facing})")
        return faces[facing]

    def draw_pose(self, surface: pygame.Surface, fighter_id: str, pose: str, facing: str,
                  x: int, y: int) -> None:
        """One pose with its anchor at (x, y): portraits on menus, outside any fight."""
        rect, (ax, ay) = self.frame(fighter_id, pose, facing)
        surface.blit(self._sheets[fighter_id], (x - ax, y - ay), rect)

    def draw(
        self, surface: pygame.Surface, fv: FighterView, shake: tuple[int, int] = (0, 0)
    ) -> None:
        """Blit the fighter's current pose with a soft shadow under the feet."""
        facing = "right" if fv.facing > 0 else "left"
        rect, (ax, ay) = self.frame(fv.id, fv.pose, facing)
        x = round(CENTER_X + fv.x_m * PX_PER_M) + shake[0]
        y = FLOOR_Y + shake[1]
        if fv.hitstop > 0 and fv.state in ("hitstun", "blockstun"):
            x += 1 if fv.hitstop % 2 else -1  # the struck man trembles during hit-stop
        sh = self._shadows[fv.id]
        surface.blit(sh, (x - sh.get_width() // 2, y - sh.get_height() // 2 + 1))
        surface.blit(self._sheets[fv.id], (x - ax, y - ay), rect)


def _shadow(width: int) -> pygame.Surface:
    """Two-step ellipse (darker core) so the shadow looks soft without smooth blending."""
    h = max(6, width // 5)
    s = pygame.Surface((width, h), pygame.SRCALPHA)
    pygame.draw.ellipse(s, (10, 8, 20, 70), s.get_rect())
    pygame.draw.ellipse(s, (10, 8, 20, 110), s.get_rect().inflate(-width // 3, -h // 3))
    return s
