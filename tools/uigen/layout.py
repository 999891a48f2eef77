"""Screen geometry of the ring, shared by the backdrop/ring generator.

Why a copy of game/render/layout.py: the generator must not import the game's runtime
package; tests/test_render.py checks the two stay equal.
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
