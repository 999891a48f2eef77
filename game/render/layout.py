"""Screen geometry of the fight scene in logical pixels (no pygame here).

Why one module: the venue, fighters, effects and HUD must agree on where the canvas and the
ropes are; tools/uigen/layout.py holds the same numbers for the generator (a test checks).
"""

from __future__ import annotations

SCREEN_W, SCREEN_H = 640, 360
HUD_H = 40
FLOOR_Y = 318            # canvas line under the fighters' feet
PX_PER_M = 80
CENTER_X = 320
ROPE_X_L, ROPE_X_R = 76, 564  # side ropes where they pass the fighters' depth
CANVAS_BACK_Y = 296      # back edge of the canvas
CANVAS_FRONT_Y = 338     # front edge of the canvas (apron lip below it)
POST_BACK_X_L, POST_BACK_X_R = 88, 552
POST_FRONT_X_L, POST_FRONT_X_R = 64, 576
SCALE_BACK, SCALE_FRONT = 0.90, 1.08  # perspective size of heights at the back/front posts
ROPE_HEIGHTS_M = (0.5, 0.9, 1.3)
POST_HEIGHT_M = 1.45

# depth (0 = back posts, 1 = front posts) of the line the fighters stand on
FIGHTER_DEPTH = (FLOOR_Y - CANVAS_BACK_Y) / (CANVAS_FRONT_Y - CANVAS_BACK_Y)


def to_screen(x_m: float, y_m: float = 0.0) -> tuple[int, int]:
    """World metres (x from ring centre, y up from the canvas) to logical pixels."""
    return round(CENTER_X + x_m * PX_PER_M), round(FLOOR_Y - y_m * PX_PER_M)
