"""Shared fixtures: user folders point at temporary places, never the real ones."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def private_user_dirs(tmp_path_factory, monkeypatch):
    base = tmp_path_factory.mktemp("home")
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(var, str(base / var.lower()))
    monkeypatch.setenv("HOME", str(base))


@pytest.fixture()
def levels_copy(tmp_path: Path) -> Path:
    """A copy of the shipped levels folder that a test may edit (a modder's folder)."""
    from game.assets import asset_dir

    out = tmp_path / "levels"
    shutil.copytree(asset_dir("levels"), out)
    return out


@pytest.fixture(scope="module")
def stage_display():
    """A 640x360 window open for a whole module: drawing tests `convert()` their images,
    which needs a display, and opening one per test would cost seconds."""
    import pygame

    pygame.display.init()
    pygame.display.set_mode((640, 360))
    yield
    pygame.display.quit()


def _cost(item: pytest.Item) -> float:
    marker = item.get_closest_marker("cost")
    return float(marker.args[0]) if marker else 0.0


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Start the costliest tests first (`@pytest.mark.cost(seconds)`), the rest in file order.

    Why: with two workers, a long test handed out last keeps one worker busy while the other
    sits idle (the tail). pyproject.toml runs `--dist loadfile --no-loadscope-reorder`: a
    module at a time goes to whichever worker is free, modules in the order their first test
    has here, so the modules with the long tests go out first and the short ones fill the
    gaps at the end (list scheduling's longest-first rule). A module stays on one worker, so
    its module fixtures are built once (the story sample, the scouted styles) and the two
    Xvfb tests never run side by side. The seconds are measured on the 2-core CI machine;
    only their order matters, and a stale figure costs a little wall time, never a result.
    The sort is stable: the uncosted tests keep their order.

    The tests that mostly wait (`@pytest.mark.waits`: a real X server and key presses, a loop
    paced by the clock, a writer killed mid-write) go right after the costliest test, so
    their modules go to the other worker while that test's fights (game/parallel.py) take
    both cores: the waiting costs no core time.
    """
    items.sort(key=_cost, reverse=True)
    rest = items[1:]
    items[1:] = ([item for item in rest if item.get_closest_marker("waits")]
                 + [item for item in rest if not item.get_closest_marker("waits")])
