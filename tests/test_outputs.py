"""Output paths on the command line: checked before the fight, named if a write fails after.

Each case used to run the whole fight and then stop with a crash report that did not say
which output failed. Read-only folders use the same root-proof `read_only` as
tests/test_user_faults.py; a full disk is a file-size limit of 0.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.test_user_faults import ROOT, no_file_limit, read_only, user_env

FIGHT = ["--headless", "--mode", "exhibition", "--p1", "cpu", "--p2", "cpu"]


def run(tmp_path: Path, *args: str, full_disk: bool = False, driver: str | None = None,
        timeout: int = 60) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-c", driver] if driver else [sys.executable, "-m", "game"]
    return subprocess.run([*cmd, *args], capture_output=True, text=True, env=user_env(tmp_path),
                          cwd=tmp_path, timeout=timeout,
                          preexec_fn=no_file_limit if full_disk else None)


def one_line(out: subprocess.CompletedProcess, status: int) -> str:
    assert out.returncode == status, out.stderr
    assert "Traceback" not in out.stderr and "crash report" not in out.stderr
    lines = out.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("piece-of-iron: "), out.stderr
    return lines[0]


@pytest.mark.parametrize("option", ["--record", "--result-json", "--screenshot",
                                    "--filmstrip"])
def test_an_output_into_a_read_only_folder_is_refused_before_the_fight(tmp_path, option):
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "x.png"
    with read_only(folder):
        # --until-result with no frame limit: only the early check keeps this short
        line = one_line(run(tmp_path, *FIGHT, "--until-result", option, str(target)), 2)
    assert line.startswith(f"piece-of-iron: {option}: {target}: cannot be written")


@pytest.mark.parametrize(("option", "name", "why"), [
    ("--result-json", "a_folder", "is a folder"),
    ("--record", "x" * 300 + ".json", "longer than"),
    ("--screenshot", "s.txt", "ending in .png"),
    ("--filmstrip", "film.tga", "ending in .png"),
    ("--record", "a_file/inside.json", "is not a folder"),
])
def test_an_output_path_that_cannot_work_is_refused_by_option(tmp_path, option, name, why):
    (tmp_path / "a_folder").mkdir()
    (tmp_path / "a_file").write_text("a file, not a folder")
    line = one_line(run(tmp_path, *FIGHT, "--until-result", option, str(tmp_path / name)), 2)
    assert line.startswith(f"piece-of-iron: {option}: ") and why in line


def test_an_output_on_a_full_disk_is_refused_before_the_fight(tmp_path):
    out = run(tmp_path, *FIGHT, "--until-result", "--record", str(tmp_path / "r.json"),
              full_disk=True)
    line = one_line(out, 2)
    assert line.startswith(f"piece-of-iron: --record: {tmp_path / 'r.json'}: cannot be "
                           "written (File too large)")


SKIP_THE_EARLY_CHECK = """
import sys
import game.outputs
game.outputs.output_problems = lambda opts: []   # as if the disk filled during the fight
from game.__main__ import main
raise SystemExit(main(sys.argv[1:]))
"""


@pytest.mark.parametrize("option", ["--record", "--result-json", "--screenshot"])
def test_a_write_that_fails_at_the_end_names_the_option_and_path(tmp_path, option):
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "x.png"
    with read_only(folder):
        out = run(tmp_path, *FIGHT, "--frames", "30", option, str(target),
                  driver=SKIP_THE_EARLY_CHECK)
    line = one_line(out, 1)
    assert line.startswith(f"piece-of-iron: {option}: {target}: could not be written")
    assert not (tmp_path / "xdg_data_home").exists()  # no crash report


@pytest.mark.parametrize(("option", "value"), [
    ("--seed", "١٢"), ("--rounds", "３"), ("--frames", "1_000"), ("--round-seconds", "６０"),
    ("--every", "٤"), ("--scale", "２"),
])
def test_integer_options_take_ascii_digits_only(tmp_path, option, value):
    line = one_line(run(tmp_path, *FIGHT, option, value), 2)
    assert option in line


def test_ascii_digits_still_work(tmp_path):
    out = run(tmp_path, *FIGHT, "--seed", "12", "--rounds", "+1", "--round-seconds", "10",
              "--frames", "5", "--result-json", str(tmp_path / "r.json"))
    assert out.returncode == 0, out.stderr
    assert (tmp_path / "r.json").is_file()
    assert ROOT.is_dir()
