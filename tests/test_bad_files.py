"""Broken game files (the corpus in tests/corpus/) give clear messages, never tracebacks."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from game.sim.atlas import load_atlas
from game.sim.data import DataError, load_fighters, load_moves

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"


def corpus(kind: str) -> list[Path]:
    files = sorted((CORPUS / kind).iterdir())
    assert files, f"no corpus for {kind}"
    return files


@pytest.mark.parametrize("path", corpus("fighters"), ids=lambda p: p.name)
def test_broken_fighter_tables_are_refused_by_name(path):
    with pytest.raises(DataError) as err:
        load_fighters(path)
    assert path.name in str(err.value)


@pytest.mark.parametrize("path", corpus("moves"), ids=lambda p: p.name)
def test_broken_move_tables_are_refused_by_name(path):
    with pytest.raises(DataError) as err:
        load_moves(path)
    assert path.name in str(err.value)


@pytest.mark.parametrize("path", corpus("atlas"), ids=lambda p: p.name)
def test_broken_atlases_are_refused_by_name(path):
    with pytest.raises(DataError) as err:
        load_atlas(path, "rocky")
    assert path.name in str(err.value)


@pytest.mark.parametrize("path", corpus("replay"), ids=lambda p: p.name)
def test_broken_replays_exit_1_with_one_line_naming_the_file(path):
    out = subprocess.run([sys.executable, "-m", "game", "--headless", "--replay", str(path),
                          "--until-result"], capture_output=True, text=True, cwd=ROOT,
                         timeout=120, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert out.returncode == 1
    assert "Traceback" not in out.stderr
    lines = [x for x in out.stderr.splitlines() if x.startswith("piece-of-iron:")]
    assert len(lines) == 1 and path.name in lines[0]


GOOD_MOVES = (ROOT / "game" / "data" / "moves.toml").read_bytes()


@settings(max_examples=150, deadline=None)
@given(cut=st.integers(0, len(GOOD_MOVES)), noise=st.binary(max_size=40),
       where=st.integers(0, len(GOOD_MOVES)))
def test_mangled_move_tables_never_crash_the_loader(tmp_path_factory, cut, noise, where):
    data = GOOD_MOVES[:where] + noise + GOOD_MOVES[where:cut] if where < cut else GOOD_MOVES[:cut]
    path = tmp_path_factory.mktemp("m") / "moves.toml"
    path.write_bytes(data)
    try:
        load_moves(path)
    except DataError as exc:
        assert "moves.toml" in str(exc)
