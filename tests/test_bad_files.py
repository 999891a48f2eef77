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


@pytest.mark.parametrize("source", corpus("settings"), ids=lambda p: p.name)
def test_broken_settings_give_defaults_a_message_and_are_kept_aside(tmp_path, source):
    from game import settings

    path = tmp_path / "settings.toml"
    path.write_bytes(source.read_bytes())
    loaded, messages = settings.load(path)
    assert isinstance(loaded, settings.Settings)
    if source.name == "empty.toml":  # valid TOML that sets nothing: plain defaults
        assert messages == [] and not list(tmp_path.glob("*.corrupt-*"))
        return
    assert messages and "settings.toml" in messages[0]
    kept = list(tmp_path.glob("settings.toml.corrupt-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == source.read_bytes()


@pytest.mark.parametrize("source", corpus("saves"), ids=lambda p: p.name)
def test_broken_saves_start_a_new_story_and_are_kept_aside(tmp_path, source):
    from game.story.save import read_save

    path = tmp_path / "story.toml"
    path.write_bytes(source.read_bytes())
    doc, message = read_save(path)
    assert doc is None and "story.toml" in message
    kept = list(tmp_path.glob("story.toml.corrupt-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == source.read_bytes()


@pytest.mark.parametrize("source", corpus("levels"), ids=lambda p: p.name)
def test_broken_level_files_are_named_by_check_levels(tmp_path, source):
    import shutil

    from game.story import check_levels

    levels = tmp_path / "levels"
    shutil.copytree(ROOT / "levels", levels)
    (levels / "creed_drago.toml").write_bytes(source.read_bytes())
    problems = check_levels(levels)
    assert problems and any("creed_drago.toml" in p for p in problems)


def test_every_user_file_replaced_by_random_bytes_and_the_game_still_fights(tmp_path):
    import random

    rng = random.Random(5)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[var] = str(tmp_path / var.lower())
    out = subprocess.run([sys.executable, "-m", "game", "--paths"], capture_output=True,
                         text=True, env=env, check=True)
    folders = dict(line.split(": ", 1) for line in out.stdout.splitlines())
    files = [Path(folders["settings"]) / "settings.toml",
             Path(folders["saves"]) / "story.toml",
             Path(folders["replays"]) / "old-fight.json"]
    for f in files:
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_bytes(bytes(rng.randrange(256) for _ in range(4096)))
    run = subprocess.run([sys.executable, "-m", "game", "--headless", "--mode", "exhibition",
                          "--p1", "cpu", "--p2", "cpu", "--frames", "400"],
                         capture_output=True, text=True, env=env, timeout=300)
    assert run.returncode == 0, run.stderr
    assert "Traceback" not in run.stderr
    assert "settings.toml" in run.stderr  # the player is told
    assert list(files[0].parent.glob("settings.toml.corrupt-*"))
