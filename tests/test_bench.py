"""The benchmark runs and prints its figures (no test asserts a time)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pygame
import pytest

from game.present import LOGICAL, Presenter, fit

ROOT = Path(__file__).resolve().parent.parent


def test_bench_prints_every_figure_as_json():
    out = subprocess.run([sys.executable, "-m", "game.bench", "--json", "--quick"],
                         capture_output=True, text=True, cwd=ROOT, timeout=300,
                         env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert out.returncode == 0, out.stderr
    figures = json.loads(out.stdout)
    assert set(figures) == {"sim_ticks_per_s", "render_ms_p50", "render_ms_p99", "startup_s",
                            "peak_mb", "cpus"}
    assert all(isinstance(v, int | float) and v > 0 for v in figures.values())
    assert figures["render_ms_p99"] >= figures["render_ms_p50"]


def test_window_scales_by_whole_numbers_and_letterboxes():
    assert fit((1280, 720)) == (2, pygame.Rect(0, 0, 1280, 720))
    scale, rect = fit((1920, 1200))      # 16:10 fullscreen: x3, bars top and bottom
    assert scale == 3 and rect == pygame.Rect(0, 60, 1920, 1080)
    assert fit((800, 600))[0] == 1


def test_presenter_scales_with_hard_pixels():
    pygame.display.init()
    try:
        window = pygame.display.set_mode((1280, 720))
        p = Presenter(window)
        p.frame.fill((10, 20, 30))
        p.frame.set_at((5, 7), (250, 0, 0))
        p.show()
        assert window.get_at((10, 14))[:3] == (250, 0, 0)
        assert window.get_at((11, 15))[:3] == (250, 0, 0)
        assert window.get_at((12, 14))[:3] == (10, 20, 30)   # no blur into neighbours
        assert p.snapshot().get_size() == (LOGICAL[0] * 2, LOGICAL[1] * 2)
    finally:
        pygame.display.quit()


@pytest.mark.cost(8)
@pytest.mark.waits
def test_bench_window_measures_the_real_loop_which_never_outruns_the_ticks(tmp_path):
    """The app loop in a (dummy) window for 2 s: presents are paced at the 60 Hz ticks, not
    spun as fast as the machine allows (hundreds a second under the dummy driver)."""
    home = str(tmp_path)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "SDL_VIDEODRIVER": "dummy", "HOME": home,
           "XDG_CONFIG_HOME": home, "XDG_DATA_HOME": home, "XDG_STATE_HOME": home,
           "XDG_CACHE_HOME": home}
    out = subprocess.run([sys.executable, "-m", "game.bench", "--window", "2", "--json",
                          "--quick"], capture_output=True, text=True, cwd=ROOT, timeout=300,
                         env=env)
    assert out.returncode == 0, out.stderr
    figures = json.loads(out.stdout)
    assert {"sim_ticks_per_s", "render_ms_p50", "cpu_share", "presents_per_s",
            "frame_interval_ms_p50", "frame_interval_ms_p99"} <= set(figures)
    assert 0 < figures["presents_per_s"] <= 61
    assert figures["frame_interval_ms_p50"] >= 15.0
    assert 0 < figures["cpu_share"]
