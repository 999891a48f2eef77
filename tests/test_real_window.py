"""The game in a real X window (Xvfb), driven by key presses from xdotool, reaches a fight
and throws punches. The one deliberate test that needs a display server."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NEEDED = ("Xvfb", "xdotool")
pytestmark = pytest.mark.skipif(any(shutil.which(t) is None for t in NEEDED),
                                reason="needs Xvfb and xdotool (.ci/run installs them)")


def xdo(env, *args: str) -> str:
    return subprocess.run(["xdotool", *args], env=env, capture_output=True, text=True,
                          timeout=30).stdout


def test_real_window_menus_to_a_fight_with_key_presses(tmp_path):
    display = f":{90 + os.getpid() % 9}"
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1280x720x24", "-nolisten",
                             "tcp"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    env = {k: v for k, v in os.environ.items() if k not in ("SDL_VIDEODRIVER",)}
    env.update(DISPLAY=display, SDL_VIDEO_X11_WMCLASS="pieceofirontest",
               PYTHONPATH=str(ROOT), SDL_AUDIODRIVER="dummy")
    game = None
    try:
        time.sleep(0.5)
        game = subprocess.Popen([sys.executable, "-m", "game", "--frames", "900", "--mute",
                                 "--result-json", str(tmp_path / "r.json")], env=env,
                                cwd=tmp_path, stderr=subprocess.PIPE, text=True)
        wid = xdo(env, "search", "--sync", "--class", "pieceofirontest").split()[0]
        xdo(env, "windowfocus", "--sync", wid)
        for key in ("Return", "Return", "Down", "Down", "Down", "Down", "Return"):
            xdo(env, "key", key)  # open the menu, EXHIBITION, down to FIGHT!, start
            time.sleep(0.25)
        time.sleep(2.4)  # the intro: ROUND 1, FIGHT!
        xdo(env, "keydown", "d")
        time.sleep(1.0)
        xdo(env, "keyup", "d")
        for _ in range(5):
            xdo(env, "key", "f")
            time.sleep(0.4)
        _, err = game.communicate(timeout=60)
        assert game.returncode == 0, err
    finally:
        if game is not None and game.poll() is None:
            game.kill()
        xvfb.terminate()
        xvfb.wait(timeout=10)
    doc = json.loads((tmp_path / "r.json").read_text())
    assert doc["mode"] == "exhibition" and doc["fight"] is not None
    assert doc["fight"]["fighters"][0]["punches_thrown"] >= 2
