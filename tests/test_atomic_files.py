"""Killed while saving, the previous save survives: atomic writes under SIGKILL."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from game.files import aside_name, atomic_write_text, set_aside

ROOT = Path(__file__).resolve().parent.parent
WRITER = """
import sys
from game.files import atomic_write_text
path = sys.argv[1]
k = 0
while True:
    k += 1
    body = ("line %d\\n" % k) * 20000           # ~200 KB: a write takes a while
    atomic_write_text(path, "BEGIN %d\\n" % k + body + "END %d\\n" % k)
"""


def complete(text: str) -> bool:
    lines = text.splitlines()
    return (len(lines) == 20002 and lines[0].startswith("BEGIN ")
            and lines[-1] == "END " + lines[0].split()[1])


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
@pytest.mark.cost(5)
@pytest.mark.waits
def test_a_writer_killed_mid_write_never_leaves_half_a_file(tmp_path):
    target = tmp_path / "save.toml"
    atomic_write_text(target, "BEGIN 0\n" + "line 0\n" * 20000 + "END 0\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for k in range(25):
        proc = subprocess.Popen([sys.executable, "-c", WRITER, str(target)], env=env)
        time.sleep(0.15 + (k % 5) * 0.03)   # kill it at different points of a write
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        assert complete(target.read_text()), f"kill {k} left a broken file"
    leftovers = [p for p in tmp_path.iterdir() if p.name != "save.toml"]
    assert all(p.name.endswith(".tmp") for p in leftovers)  # never mistaken for the save


def test_a_bad_file_is_set_aside_not_overwritten(tmp_path):
    bad = tmp_path / "settings.toml"
    bad.write_bytes(b"\xff\xfe garbage")
    kept, failure = set_aside(bad, move=True)
    assert kept is not None and failure == ""
    assert not bad.exists() and kept.read_bytes() == b"\xff\xfe garbage"
    assert kept.name.startswith("settings.toml.corrupt-")
    bad.write_bytes(b"again")
    second, _ = set_aside(bad, move=False)   # same second: both are kept
    assert second is not None and second != kept
    assert bad.exists() and second.read_bytes() == b"again"
    assert aside_name(bad) not in (kept, second)
