"""Broken game data stops every mode with the same one line, before the first scene.

Why every mode: the tables and atlases used to be read where each mode first needed them, so
the title screen and the story's prologue crashed (a crash report) where an exhibition fight
gave the documented `file: field: expected ...` line. The replays menu is reached from the
title screen, so the title run covers it; `--replay` starts a replay directly.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MODES = {
    "title": ["--frames", "30"],
    "exhibition": ["--mode", "exhibition", "--p1", "cpu", "--p2", "cpu", "--frames", "30"],
    "story": ["--mode", "story", "--p1", "cpu", "--frames", "30"],
    "training": ["--mode", "training", "--frames", "30"],
    "replay": ["--replay", str(ROOT / "tests" / "reference" / "las_vegas.replay"),
               "--frames", "30"],
}


def _atlas_height(doc: dict) -> None:
    doc["height_px"] = 1e18  # once: `pygame.error: Out of memory` in the story's prologue


def _atlas_eye(doc: dict) -> None:
    doc["poses"]["idle_0"]["eye"] = "banana"  # once: a crash at the first damage drawing


BROKEN = {  # kind: (file in the copy, how it is broken, what the line must name)
    "fighters": ("game/data/fighters.toml", "corpus:fighters/missing_field.toml",
                 "fighters.toml: "),
    "moves": ("game/data/moves.toml", "corpus:moves/nan.toml", "moves.toml: "),
    "atlas_height": ("sprites/drago.json", _atlas_height, "drago.json: height_px: "),
    "atlas_eye": ("sprites/drago.json", _atlas_eye, "drago.json: poses.idle_0.eye: "),
    "atlas_fifo": ("sprites/apollo.json", "fifo", "apollo.json"),  # not a file: not waited on
}


def _copy_of_the_game(where: Path, kind: str) -> Path:
    """A runnable copy of the game with one data file broken (the rest linked, not copied)."""
    target, how, _ = BROKEN[kind]
    shutil.copytree(ROOT / "game", where / "game", ignore=shutil.ignore_patterns("__pycache__"))
    for folder in ("sounds", "levels"):
        (where / folder).symlink_to(ROOT / folder)
    (where / "sprites").mkdir()
    for f in (ROOT / "sprites").iterdir():
        (where / "sprites" / f.name).symlink_to(f)
    path = where / target
    original = (ROOT / target).read_bytes()
    path.unlink()
    if how == "fifo":
        os.mkfifo(path)
    elif isinstance(how, str):
        path.write_bytes((ROOT / "tests" / "corpus" / how.split(":", 1)[1]).read_bytes())
    else:
        doc = json.loads(original)
        how(doc)
        path.write_text(json.dumps(doc))
    return where


@pytest.fixture(scope="module")
def copies(tmp_path_factory):
    return {kind: _copy_of_the_game(tmp_path_factory.mktemp(kind), kind) for kind in BROKEN}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("kind", BROKEN)
def test_broken_game_data_gives_the_same_line_in_every_mode(copies, tmp_path, kind, mode):
    copy = copies[kind]
    env = {**os.environ, "PYTHONPATH": str(copy), "SDL_VIDEODRIVER": "dummy",
           "SDL_AUDIODRIVER": "dummy"}
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[var] = str(tmp_path / var.lower())
    out = subprocess.run([sys.executable, "-m", "game", "--headless", *MODES[mode]],
                         capture_output=True, text=True, env=env, timeout=120, cwd=tmp_path)
    assert out.returncode == 1, out.stderr
    assert "Traceback" not in out.stderr and "crash report" not in out.stderr
    lines = out.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("piece-of-iron: ")
    assert BROKEN[kind][2] in lines[0] and str(copy) in lines[0]
    assert not (tmp_path / "xdg_data_home").exists()  # no crash report, no save written
