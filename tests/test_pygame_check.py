"""The start-up check on the `pygame` module: upstream pygame, or a pygame-ce half removed by
uninstalling the other package, gets one line naming the problem and the command that fixes
it, and exit status 1; never a traceback. And `--version` prints the one version."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run_game_over(fake_pygame: str, tmp_path: Path,
                  upstream: bool = False) -> subprocess.CompletedProcess:
    """The game started with a stand-in `pygame` package first on the import path (and, for
    `upstream`, the metadata pip leaves for upstream pygame 2.6.1)."""
    package = tmp_path / "shadow" / "pygame"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text(fake_pygame)
    if upstream:
        info = tmp_path / "shadow" / "pygame-2.6.1.dist-info"
        info.mkdir()
        (info / "METADATA").write_text("Metadata-Version: 2.1\nName: pygame\nVersion: 2.6.1\n")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path / "shadow"), str(ROOT)])}
    return subprocess.run([sys.executable, "-m", "game", "--headless", "--frames", "2"],
                          env=env, capture_output=True, text=True, timeout=60, cwd=tmp_path)


@pytest.mark.parametrize("fake, upstream, says", [
    ("IS_CE = False\n", True, "upstream pygame 2.6.1, not pygame-ce"),
    ("", False, "broken"),                      # what uninstalling one of the two leaves
    ("raise ImportError('libSDL2-2.0.so.0: cannot open shared object file')\n", False,
     "cannot be imported"),
    ("IS_CE = True\n", False, "incomplete (no KSCAN_A"),  # a pygame-ce with files missing
])
def test_a_wrong_or_broken_pygame_gets_one_line_with_the_fix_and_status_1(tmp_path, fake,
                                                                           upstream, says):
    out = run_game_over(fake, tmp_path, upstream)
    assert out.returncode == 1
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in out.stderr, out.stderr
    assert says in lines[0]
    assert f"{sys.executable} -m pip install 'pygame-ce>=2.5,<3'" in lines[0]
    assert "pip uninstall -y pygame pygame-ce" in lines[0]


def test_the_real_pygame_ce_passes():
    from game.pygame_check import pygame_problem

    assert pygame_problem() is None


def test_version_is_the_one_version():
    import tomllib

    from game import __version__

    out = subprocess.run([sys.executable, "-m", "game", "--version"], capture_output=True,
                         text=True, timeout=60, cwd=ROOT)
    assert out.returncode == 0 and out.stdout.strip() == f"piece-of-iron {__version__}"
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert "version" not in project and "version" in project["dynamic"]
