"""Key screens against reviewed reference images (tests/reference/*.png), with a tolerance.

Why: the look of the game is a feature; a change to the generator, a renderer or the draw
order that alters a key screen must be seen and accepted. On a mismatch the actual frame and
a diff (changed pixels in magenta over a dimmed copy) are written to the test's temporary
folder (named in the failure message), never into the repository. After looking at them,
refresh with `python tools/refresh_reference_images.py` and review the diff before committing.

Each fight shot first checks that the match really is in the state the shot names (mid-fight,
or a man down with the referee counting): a refreshed reference of the wrong moment would
otherwise be reviewed as the right one.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

import pygame  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
REF = REPO / "tests" / "reference"
CHANNEL_TOL = 24        # per-channel difference that still counts as the same pixel
MAX_CHANGED = 0.004     # share of pixels allowed to differ beyond that

sys.path.insert(0, str(REPO / "tools"))
try:
    import refresh_reference_images as rri  # noqa: E402
finally:
    sys.path.remove(str(REPO / "tools"))


def _compare(name: str, actual: pygame.Surface, failed: Path) -> None:
    ref_path = REF / f"{name}.png"
    assert ref_path.exists(), f"no reference {ref_path}: run tools/refresh_reference_images.py"
    ref = pygame.image.load(str(ref_path))
    assert ref.get_size() == actual.get_size(), (name, ref.get_size(), actual.get_size())
    a = pygame.image.tobytes(actual, "RGB")
    b = pygame.image.tobytes(ref, "RGB")
    w, h = actual.get_size()
    changed = []
    for i in range(0, len(a), 3):
        if (abs(a[i] - b[i]) > CHANNEL_TOL or abs(a[i + 1] - b[i + 1]) > CHANNEL_TOL
                or abs(a[i + 2] - b[i + 2]) > CHANNEL_TOL):
            changed.append(i // 3)
    share = len(changed) / (w * h)
    if share > MAX_CHANGED:
        failed.mkdir(parents=True, exist_ok=True)
        pygame.image.save(actual, str(failed / f"{name}-actual.png"))
        diff = ref.copy()
        diff.fill((110, 110, 110), special_flags=pygame.BLEND_RGB_MULT)
        for k in changed:
            diff.set_at((k % w, k // w), (255, 0, 255))
        pygame.image.save(diff, str(failed / f"{name}-diff.png"))
        pytest.fail(f"{name}: {share:.2%} of pixels differ (allowed {MAX_CHANGED:.2%}); "
                    f"see {failed}")


pytestmark = pytest.mark.usefixtures("stage_display")   # a 640x360 window (conftest)


def test_title(tmp_path):
    """The title screen as a fresh TitleScene draws it, against the reviewed picture."""
    _compare("title", rri.render_title(), tmp_path)


@pytest.mark.slow
@pytest.mark.parametrize("shot", rri.shots(), ids=[s.name for s in rri.shots()])
def test_fight_screens(shot, tmp_path):
    surface, picture = rri.take_shot(shot)
    assert not rri.shot_state_problems(shot, picture)
    _compare(shot.name, surface, tmp_path)


def test_a_shot_of_a_moment_that_did_not_happen_is_refused():
    """The tool will not write (nor the test pass) a knockdown shot with nobody down."""
    down = next(s for s in rri.shots() if s.phase == "knockdown")
    early = rri.Shot(down.name, down.replay, 300, down.phase)
    _, picture = rri.take_shot(early)
    problems = rri.shot_state_problems(early, picture)
    assert problems and "phase" in problems[0]
    with pytest.raises(ValueError, match="nobody is being counted"):
        rri.render_shot(early)
