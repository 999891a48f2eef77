"""Each staged scene of the story against its reviewed reference image (tests/reference/
scene_<chapter>.png), with the fights' tolerance: a change to a scene's data, an actor sheet,
a backdrop or the stage renderer that alters the picture must be looked at and accepted
(`python tools/refresh_reference_images.py --scenes-only`, then review the diff).
"""

from __future__ import annotations

import pytest
from test_reference_images import _compare, rri

pytestmark = pytest.mark.usefixtures("stage_display")   # a 640x360 window (conftest)


@pytest.mark.parametrize("shot", rri.scene_shots(), ids=[s.name for s in rri.scene_shots()])
def test_staged_scene_looks_as_reviewed(shot, tmp_path):
    _compare(shot.name, rri.render_scene(shot), tmp_path)
