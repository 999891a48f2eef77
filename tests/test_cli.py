"""The command line as the contracts fix it: bad arguments exit 2 with one line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run_cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "game", *args], capture_output=True,
                          text=True, cwd=cwd, timeout=300,
                          env={**__import__("os").environ, "PYTHONPATH": str(ROOT)})


@pytest.mark.parametrize("args, word", [
    (["--fighters", "rocky,balboa"], "fighters"),
    (["--rounds", "0"], "rounds"),
    (["--mode", "arcade"], "mode"),
    (["--difficulty", "insane"], "difficulty"),
    (["--round-seconds", "abc"], "round-seconds"),
    (["--bogus"], "bogus"),
])
def test_bad_arguments_exit_2_with_one_line(args, word):
    out = run_cli(*args)
    assert out.returncode == 2
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and word in lines[0]
    assert out.stdout == ""


def test_headless_fight_writes_result_screenshot_and_replay(tmp_path):
    common = ["--headless", "--mode", "exhibition", "--p1", "cpu", "--p2", "cpu",
              "--rounds", "1", "--round-seconds", "6", "--seed", "3", "--until-result"]
    out = run_cli(*common, "--result-json", str(tmp_path / "a.json"), "--screenshot",
                  str(tmp_path / "a.png"), "--record", str(tmp_path / "a.replay"))
    assert out.returncode == 0, out.stderr
    assert out.stdout == ""
    import json

    import pygame

    doc = json.loads((tmp_path / "a.json").read_text())
    assert doc["format"] == 1 and doc["mode"] == "exhibition" and doc["seed"] == 3
    fight = doc["fight"]
    assert fight["over"] is True and fight["method"] in ("KO", "TKO", "decision", "draw")
    assert [f["id"] for f in fight["fighters"]] == ["rocky", "drago"]
    assert pygame.image.load(str(tmp_path / "a.png")).get_size() == (1280, 720)
    again = run_cli("--headless", "--replay", str(tmp_path / "a.replay"), "--until-result",
                    "--result-json", str(tmp_path / "b.json"))
    assert again.returncode == 0, again.stderr
    assert (tmp_path / "b.json").read_text() == (tmp_path / "a.json").read_text()


def test_frames_stops_in_the_menus_with_no_fight(tmp_path):
    out = run_cli("--headless", "--frames", "30", "--result-json", str(tmp_path / "r.json"))
    assert out.returncode == 0, out.stderr
    import json

    doc = json.loads((tmp_path / "r.json").read_text())
    assert doc["fight"] is None and doc["ticks"] == 30


def test_a_broken_replay_is_refused_with_a_message(tmp_path):
    bad = tmp_path / "bad.replay"
    bad.write_text('{"format": 1, "game_version": "0.0.0-other", "setup": {}, "commands": []}')
    out = run_cli("--headless", "--replay", str(bad), "--until-result")
    assert out.returncode == 1
    assert "game_version" in out.stderr and "bad.replay" in out.stderr


def test_check_levels_passes_on_the_shipped_story_and_names_a_broken_file(tmp_path):
    import shutil

    ok = run_cli("--check-levels")
    assert ok.returncode == 0, ok.stderr
    broken = tmp_path / "levels"
    shutil.copytree(ROOT / "levels", broken)
    victim = sorted(p for p in broken.glob("*.toml") if p.name != "story.toml")[0]
    victim.write_text("this is = = not toml\n")
    bad = run_cli("--check-levels", str(broken))
    assert bad.returncode == 1
    assert victim.name in bad.stderr and "Traceback" not in bad.stderr


def test_training_mode_starts_directly(tmp_path):
    out = run_cli("--headless", "--mode", "training", "--frames", "200", "--screenshot",
                  str(tmp_path / "t.png"))
    assert out.returncode == 0, out.stderr
    assert (tmp_path / "t.png").exists()


@pytest.mark.slow
@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5])
@pytest.mark.cost(5)
def test_the_cpu_plays_the_story_to_an_ending(tmp_path, seed):
    import json

    out = run_cli("--headless", "--mode", "story", "--p1", "cpu", "--seed", str(seed),
                  "--until-result", "--result-json", str(tmp_path / "s.json"))
    assert out.returncode == 0, out.stderr
    doc = json.loads((tmp_path / "s.json").read_text())
    story = doc["story"]
    assert doc["mode"] == "story" and story["ending"] in ("victory", "defeat")
    ids = [c["id"] for c in story["chapters"]]
    assert {"creed_drago", "training", "balboa_drago"} <= set(ids)
    assert doc["fight"] is not None and doc["fight"]["over"]
