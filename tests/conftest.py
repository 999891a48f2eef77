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


WAITING_LANE = "waits"   # the xdist_group of tests that mostly wait on a clock or a process


def _cost(item: pytest.Item) -> float:
    marker = item.get_closest_marker("cost")
    return float(marker.args[0]) if marker else 0.0


def _waits(item: pytest.Item) -> bool:
    return any(WAITING_LANE in (*m.args, m.kwargs.get("name"))
               for m in item.iter_markers("xdist_group"))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Start the costliest tests first (`@pytest.mark.cost(seconds)`), the rest in file order.

    Why: with two workers, a long test handed out last keeps one worker busy while the other
    sits idle (the tail). pyproject.toml runs `--dist loadgroup --no-loadscope-reorder`, which
    keeps each worker only a few tests (or `xdist_group`s) ahead, in this order, so with the
    long ones first the short tests fill the gaps at the end: the longest-first rule of list
    scheduling. The seconds are measured on the 2-core CI machine; only their order matters,
    and a stale figure costs a little wall time, never a result. The sort is stable, so the
    uncosted tests keep their modules' order (a module fixture is set up at most once per
    worker; one too dear for that goes with its tests into an `xdist_group`).

    The tests that mostly wait (a real X server and key presses, a loop paced by the clock, a
    writer killed mid-write) share the `waits` group and go right after the costliest test:
    one worker runs them one after another while that test's fights (game/parallel.py) take
    both cores, so the waiting costs no core time.
    """
    items.sort(key=_cost, reverse=True)
    waiting = [item for item in items[1:] if _waits(item)]
    items[1:] = waiting + [item for item in items[1:] if not _waits(item)]
