"""The installed game (a non-editable `pip install .`) runs from any folder."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
COMMAND = shutil.which("piece-of-iron")


@pytest.mark.skipif(COMMAND is None and not os.environ.get("CI"),
                    reason="piece-of-iron is not installed in this environment")
def test_installed_command_fights_from_a_temporary_folder(tmp_path):
    assert COMMAND is not None, "CI installs the game: piece-of-iron must be on PATH"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    args = [COMMAND, "--headless", "--mode", "exhibition", "--p1", "cpu", "--p2", "cpu",
            "--rounds", "1", "--round-seconds", "8", "--seed", "11", "--until-result"]
    for name in ("a.json", "b.json"):
        out = subprocess.run(args + ["--result-json", name], cwd=tmp_path, env=env,
                             capture_output=True, text=True, timeout=300)
        assert out.returncode == 0, out.stderr
    a = (tmp_path / "a.json").read_text()
    assert a == (tmp_path / "b.json").read_text(), "same command, same fight"
    assert json.loads(a)["fight"]["over"] is True
    where = subprocess.run([str(Path(COMMAND).parent / "python"), "-c",
                            "import game; print(game.__file__)"], cwd=tmp_path, env=env,
                           capture_output=True, text=True)
    if where.returncode == 0:  # the command's own interpreter: the wheel, not this checkout
        # (the README's virtual environment may sit inside the checkout, in .venv: what matters
        # is that the module comes from the installed wheel, not from the checkout's game/)
        found = Path(where.stdout.strip()).resolve()
        assert found != (ROOT / "game" / "__init__.py").resolve(), found
        assert "site-packages" in found.parts, found
