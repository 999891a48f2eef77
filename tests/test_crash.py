"""An unexpected error in the loop: a crash report with the replay, a message, exit 1."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DRIVER = """
import sys
import game.scenes.fight as fight
real = fight.FightScene.update
def broken(self):
    real(self)
    if self.match.tick == 300:
        raise ZeroDivisionError("a bug that only shows in round one")
fight.FightScene.update = broken
from game.__main__ import main
raise SystemExit(main(sys.argv[1:]))
"""


def test_a_crash_writes_a_report_and_exits_cleanly(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[var] = str(tmp_path / var.lower())
    out = subprocess.run([sys.executable, "-c", DRIVER, "--headless", "--mode", "exhibition",
                          "--p1", "cpu", "--p2", "cpu", "--seed", "3"],
                         capture_output=True, text=True, env=env, timeout=300, cwd=tmp_path)
    assert out.returncode == 1
    assert "Traceback" not in out.stderr
    line = [x for x in out.stderr.splitlines() if "crash report" in x][0]
    path = Path(line.rsplit(" to ", 1)[1])
    assert path.is_file() and "crash_reports" in str(path)
    report = json.loads(path.read_text())
    assert "ZeroDivisionError" in report["traceback"]
    assert report["replay"]["setup"]["seed"] == 3
    assert sum(run[0] for run in report["replay"]["commands"]) == 300
    assert report["settings"] is not None


def test_a_missing_sprite_at_start_is_a_clear_message(tmp_path):
    import shutil

    copy = tmp_path / "copy"
    shutil.copytree(ROOT / "game", copy / "game", ignore=shutil.ignore_patterns("__pycache__"))
    for folder in ("sprites", "sounds", "levels"):
        shutil.copytree(ROOT / folder, copy / folder)
    (copy / "sprites" / "drago.png").unlink()
    env = {**os.environ, "PYTHONPATH": str(copy)}
    out = subprocess.run([sys.executable, "-m", "game", "--headless", "--mode", "exhibition",
                          "--p1", "cpu", "--p2", "cpu", "--frames", "60"],
                         capture_output=True, text=True, env=env, timeout=300, cwd=tmp_path)
    assert out.returncode == 1
    assert "Traceback" not in out.stderr
    assert "drago.png" in out.stderr
