"""Broken game files (the corpus in tests/corpus/) give clear messages, never tracebacks.

Besides the files in the corpus, some kinds are made when a test runs because git cannot
hold them or should not: a FIFO in place of the file, and a file bigger than the game reads.
Links and folders in the corpus are placed as links and folders (`place`).
"""

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
from game.startup_check import parse_safely

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"
GENERATED = ("fifo", "huge")  # made at run time: see place()
HUGE = 64 << 20  # bigger than any limit the game reads up to (sparse: no disk is used)


def corpus(kind: str, generated: bool = True) -> list[Path | str]:
    files = sorted((CORPUS / kind).iterdir())
    assert files, f"no corpus for {kind}"
    return [*files, *GENERATED] if generated else list(files)


def name_of(entry: Path | str) -> str:
    return entry.name if isinstance(entry, Path) else entry


def special(entry: Path | str) -> bool:
    """Not a file with bytes in it: a link, a folder, a FIFO or a huge file."""
    return isinstance(entry, str) or entry.is_symlink() or entry.is_dir()


def place(entry: Path | str, target: Path) -> Path:
    """Put a corpus entry at `target` as what it is (a link stays a link, loops included)."""
    target.unlink(missing_ok=True)
    if entry == "fifo":
        os.mkfifo(target)
    elif entry == "huge":
        with target.open("wb") as f:
            f.truncate(HUGE)
    elif entry.is_symlink():
        link = os.readlink(entry)
        target.symlink_to(target.name if link == entry.name else link)
    elif entry.is_dir():
        target.mkdir()
    else:
        target.write_bytes(entry.read_bytes())
    return target


@pytest.mark.parametrize("entry", corpus("fighters"), ids=name_of)
def test_broken_fighter_tables_are_refused_by_name(tmp_path, entry):
    path = place(entry, tmp_path / f"fighters_{name_of(entry)}")
    with pytest.raises(DataError) as err:
        parse_safely(path)  # what the game does at start before the loader
        load_fighters(path)
    assert path.name in str(err.value) and len(str(err.value)) < 400


@pytest.mark.parametrize("entry", corpus("moves"), ids=name_of)
def test_broken_move_tables_are_refused_by_name(tmp_path, entry):
    path = place(entry, tmp_path / f"moves_{name_of(entry)}")
    with pytest.raises(DataError) as err:
        parse_safely(path)
        load_moves(path)
    assert path.name in str(err.value) and len(str(err.value)) < 400


@pytest.mark.parametrize("entry", corpus("atlas"), ids=name_of)
def test_broken_atlases_are_refused_by_name(tmp_path, entry):
    path = place(entry, tmp_path / f"atlas_{name_of(entry)}")
    with pytest.raises(DataError) as err:
        load_atlas(path, "rocky")
    assert path.name in str(err.value) and len(str(err.value)) < 400


@pytest.mark.parametrize("entry", corpus("replay"), ids=name_of)
def test_broken_replays_exit_1_with_one_line_naming_the_file(tmp_path, entry):
    path = place(entry, tmp_path / f"replay_{name_of(entry)}")
    out = subprocess.run([sys.executable, "-m", "game", "--headless", "--replay", str(path),
                          "--until-result"], capture_output=True, text=True, cwd=ROOT,
                         timeout=120, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert out.returncode == 1
    assert "Traceback" not in out.stderr
    lines = [x for x in out.stderr.splitlines() if x.startswith("piece-of-iron:")]
    assert len(lines) == 1 and path.name in lines[0] and len(lines[0]) < 600, out.stderr


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


@pytest.mark.parametrize("entry", corpus("settings"), ids=name_of)
def test_broken_settings_give_defaults_a_message_and_are_kept_aside(tmp_path, entry):
    from game import settings

    path = place(entry, tmp_path / "settings.toml")
    loaded, messages = settings.load(path)
    assert isinstance(loaded, settings.Settings)
    if name_of(entry) == "empty.toml":  # valid TOML that sets nothing: plain defaults
        assert messages == [] and not list(tmp_path.glob("*.corrupt-*"))
        return
    assert len(messages) == 1 and str(path) in messages[0] and len(messages[0]) < 2000
    kept = list(tmp_path.glob("settings.toml.corrupt-*"))
    if special(entry):  # unreadable: left where it is, nothing copied
        assert not kept and (path.is_symlink() or path.exists())
        assert "could not be read" in messages[0]
    else:
        assert len(kept) == 1 and kept[0].read_bytes() == entry.read_bytes()


@pytest.mark.parametrize("entry", corpus("saves"), ids=name_of)
def test_broken_saves_start_a_new_story_and_are_kept_aside_once(tmp_path, entry, capsys):
    from game.story.save import read_save

    path = place(entry, tmp_path / "story.toml")
    a_file = path.is_file()  # links, folders and FIFOs are left alone, never moved
    doc, message = read_save(path)
    assert doc is None and str(path) in message
    assert message in capsys.readouterr().err  # told on stderr, not only on screen
    kept = list(tmp_path.glob("story.toml.corrupt-*"))
    if not a_file:
        assert not kept and path.is_symlink() or path.exists()
        return
    assert len(kept) == 1 and not path.exists()  # moved: the next start finds no bad save
    if not special(entry):
        assert kept[0].read_bytes() == entry.read_bytes()
    assert read_save(path) == (None, "")
    assert len(list(tmp_path.glob("story.toml.corrupt-*"))) == 1


@pytest.mark.parametrize("entry", corpus("levels"), ids=name_of)
def test_broken_level_files_are_named_by_check_levels(tmp_path, entry):
    import shutil

    from game.story import check_levels

    levels = tmp_path / "levels"
    shutil.copytree(ROOT / "levels", levels)
    place(entry, levels / "creed_drago.toml")
    problems = check_levels(levels)
    assert problems and any("creed_drago.toml" in p for p in problems)
    assert all(len(p) < 600 for p in problems)


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
