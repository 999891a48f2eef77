"""The player's folder, disk or file at fault: one line naming the path, and the game goes on.

Read-only folders must really refuse writes when the tests run as root (root ignores
permission bits): `read_only` first tries chmod, then `chattr +i` (the immutable flag, which
binds root too), proves that a write really fails, and skips only if neither works. A full
disk is a file-size limit of 0 (RLIMIT_FSIZE) in the game's process: every write then fails
with EFBIG, as `ulimit -f 0` does (Python ignores SIGXFSZ).
"""

from __future__ import annotations

import os
import resource
import shutil
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

from game import settings
from game.files import STALE_TEMP_SECONDS, remove_stale_temps

ROOT = Path(__file__).resolve().parent.parent
GARBAGE = b"controls = [[[ not toml\n"
BAD_VALUES = b"format = 1\n[audio]\nmaster = 7\n[game]\nrounds = 3\n"


def _writable(folder: Path) -> bool:
    probe = folder / ".probe"
    try:
        probe.write_bytes(b"x")
    except OSError:
        return False
    probe.unlink()
    return True


@contextmanager
def read_only(folder: Path):
    """`folder` made truly read-only for the body (even for root), then writable again."""
    folder.chmod(0o555)
    flagged = False
    if _writable(folder) and shutil.which("chattr"):
        flagged = subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode == 0
    try:
        if _writable(folder):
            pytest.skip("cannot make a folder read-only here (root without chattr)")
        yield folder
    finally:
        if flagged:
            subprocess.run(["chattr", "-i", str(folder)], check=True)
        folder.chmod(0o755)


def user_env(tmp_path: Path) -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "SDL_VIDEODRIVER": "dummy",
           "SDL_AUDIODRIVER": "dummy"}
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[var] = str(tmp_path / var.lower())
    return env


def settings_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "xdg_config_home" / "piece-of-iron"
    folder.mkdir(parents=True)
    return folder


def saves_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "xdg_data_home" / "piece-of-iron" / "saves"
    folder.mkdir(parents=True)
    return folder


def no_file_limit() -> None:
    resource.setrlimit(resource.RLIMIT_FSIZE, (0, resource.RLIM_INFINITY))


def start(tmp_path: Path, *args: str, full_disk: bool = False, timeout: int = 120):
    """The game started headless for a few frames, as a player would start it."""
    return subprocess.run([sys.executable, "-m", "game", "--headless", "--frames", "30", *args],
                          capture_output=True, text=True, env=user_env(tmp_path), cwd=tmp_path,
                          timeout=timeout, preexec_fn=no_file_limit if full_disk else None)


def clean_start(out: subprocess.CompletedProcess, names: str) -> str:
    assert out.returncode == 0, out.stderr
    assert "Traceback" not in out.stderr and "crash report" not in out.stderr
    lines = [x for x in out.stderr.splitlines() if names in x]
    assert len(lines) == 1 and lines[0].startswith("piece-of-iron: ")
    return lines[0]


# --- settings.toml --------------------------------------------------------------------------
@pytest.mark.parametrize("content", [GARBAGE, BAD_VALUES], ids=["garbage", "bad_values"])
def test_a_bad_settings_file_in_a_read_only_folder_starts_the_game(tmp_path, content):
    folder = settings_folder(tmp_path)
    path = folder / "settings.toml"
    path.write_bytes(content)
    with read_only(folder):
        line = clean_start(start(tmp_path), str(path))
        assert "could not be" in line and ("set aside" in line or "copied aside" in line)
        assert path.read_bytes() == content  # not thrown away: nowhere to keep a copy
        assert sorted(p.name for p in folder.iterdir()) == ["settings.toml"]


@pytest.mark.parametrize("content", [GARBAGE, BAD_VALUES], ids=["garbage", "bad_values"])
def test_a_bad_settings_file_on_a_full_disk_leaves_no_empty_copy(tmp_path, content):
    folder = settings_folder(tmp_path)
    path = folder / "settings.toml"
    path.write_bytes(content)
    out = start(tmp_path, full_disk=True)
    clean_start(out, str(path))
    for kept in folder.glob("settings.toml.corrupt-*"):  # a rename needs no space
        assert kept.read_bytes() == content
    assert not list(folder.glob(".*.tmp"))
    assert (folder / "settings.toml").exists() or list(folder.glob("*.corrupt-*"))


def test_a_byte_order_mark_does_not_make_settings_corrupt(tmp_path):
    path = tmp_path / "settings.toml"
    s = settings.Settings(rounds=7, master_volume=0.25)
    settings.save(s, path)
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    loaded, messages = settings.load(path)
    assert messages == [] and loaded.rounds == 7 and loaded.master_volume == 0.25
    assert not list(tmp_path.glob("*.corrupt-*"))


def test_a_fifo_in_place_of_settings_is_not_waited_on(tmp_path):
    folder = settings_folder(tmp_path)
    os.mkfifo(folder / "settings.toml")
    line = clean_start(start(tmp_path, timeout=60), "settings.toml")
    assert "not a regular file" in line and "defaults used" in line


def test_one_bad_pad_binding_resets_only_itself(tmp_path):
    path = tmp_path / "settings.toml"
    path.write_text('format = 1\n[controls.p1.gamepad]\njab = "x"\nhook = "banana"\n'
                    'uppercut = "b"\nbody = "y"\n')
    loaded, messages = settings.load(path)
    pad = loaded.pads[0]
    assert (pad["jab"], pad["uppercut"], pad["body"]) == ("x", "b", "y")  # remaps kept
    assert pad["hook"] not in ("x", "b", "y") and len(set(pad.values())) == len(pad)
    assert len(messages) == 1 and "gamepad.hook" in messages[0]


def test_two_actions_on_one_button_move_only_the_later(tmp_path):
    path = tmp_path / "settings.toml"
    path.write_text('format = 1\n[controls.p2.gamepad]\njab = "y"\nuppercut = "y"\n'
                    'body = "x"\n')
    loaded, messages = settings.load(path)
    pad = loaded.pads[1]
    assert pad["jab"] == "y" and pad["body"] == "x" and pad["uppercut"] != "y"
    assert len(set(pad.values())) == len(pad) and "gamepad.uppercut" in messages[0]


def test_a_huge_value_is_echoed_cut_to_a_readable_length(tmp_path):
    path = tmp_path / "settings.toml"
    path.write_text('format = 1\n[game]\ncpu_difficulty = "' + "x" * 500_000 + '"\n')
    _, messages = settings.load(path)
    assert len(messages) == 1 and "game.cpu_difficulty" in messages[0]
    assert len(messages[0]) < 600 and "…" in messages[0] or "..." in messages[0]


def test_stale_temporaries_of_cut_off_writes_are_removed_at_start(tmp_path):
    path = tmp_path / "settings.toml"
    old, fresh = tmp_path / ".settings.toml.abc123.tmp", tmp_path / ".settings.toml.new1.tmp"
    other = tmp_path / ".story.toml.zzz.tmp"
    for f in (old, fresh, other):
        f.write_text("half a file")
    stale = time.time() - STALE_TEMP_SECONDS - 5
    os.utime(old, (stale, stale))
    os.utime(other, (stale, stale))
    settings.load(path)
    assert not old.exists() and fresh.exists() and other.exists()  # only its own, only old
    assert remove_stale_temps(tmp_path / "story.toml") == [other]


# --- story saves ---------------------------------------------------------------------------
def test_a_bad_save_in_a_read_only_saves_folder_still_starts_story_mode(tmp_path):
    folder = saves_folder(tmp_path)
    save = folder / "story.toml"
    save.write_text("format = 1\nindex = [\n")
    with read_only(folder):
        line = clean_start(start(tmp_path, "--mode", "story", "--p1", "keyboard"), str(save))
        assert "could not be set aside" in line
    assert save.exists()


def test_a_save_that_cannot_be_written_names_its_path_on_stderr(tmp_path, monkeypatch, capsys):
    from game.story.run import StoryRun
    from game.story.save import save_path

    blocker = tmp_path / "xdg_data_home" / "piece-of-iron"
    blocker.parent.mkdir(parents=True)
    blocker.write_text("a file where the data folder should be")  # ENOTDIR, even for root
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg_data_home"))
    run = StoryRun.__new__(StoryRun)
    run.save = True
    run.to_doc = lambda: {"format": 1}  # type: ignore[method-assign]
    run.write()
    assert str(save_path()) in run.message and "could not be saved" in run.message
    assert run.message in capsys.readouterr().err


def test_a_save_with_a_chapter_record_without_id_is_refused_once(tmp_path):
    from game.story.save import read_save

    path = tmp_path / "story.toml"
    path.write_text('format = 1\nindex = 2\n[[chapters]]\nkind = "card"\noutcome = "win"\n')
    doc, message = read_save(path)
    assert doc is None and "chapters[0].id" in message
    assert read_save(path) == (None, "")  # moved aside: nothing to copy again next start
    assert len(list(tmp_path.glob("story.toml.corrupt-*"))) == 1


# --- the loop -----------------------------------------------------------------------------
DISK_FULL_IN_THE_LOOP = """
import errno, sys
import game.scenes.fight as fight
real = fight.FightScene.update
def full(self):
    real(self)
    if self.match.tick == 30:
        raise OSError(errno.ENOSPC, "No space left on device", "/media/usb/fight.json")
fight.FightScene.update = full
from game.__main__ import main
raise SystemExit(main(sys.argv[1:]))
"""


def test_a_full_disk_in_the_loop_is_one_line_not_a_crash_report(tmp_path):
    out = subprocess.run([sys.executable, "-c", DISK_FULL_IN_THE_LOOP, "--headless", "--mode",
                          "exhibition", "--p1", "cpu", "--p2", "cpu", "--frames", "100"],
                         capture_output=True, text=True, env=user_env(tmp_path), cwd=tmp_path,
                         timeout=120)
    assert out.returncode == 1
    assert out.stderr.strip() == ("piece-of-iron: /media/usb/fight.json: could not be used "
                                  "(No space left on device)")
    assert not (tmp_path / "xdg_data_home").exists()  # no crash report written


# --- levels -------------------------------------------------------------------------------
def test_a_5000_character_levels_path_is_one_line(tmp_path):
    out = subprocess.run([sys.executable, "-m", "game", "--check-levels", "x" * 5000],
                         capture_output=True, text=True, env=user_env(tmp_path), cwd=tmp_path,
                         timeout=60)
    assert out.returncode == 1 and "Traceback" not in out.stderr
    lines = out.stderr.splitlines()
    assert len(lines) == 1 and "(folder)" in lines[0] and len(lines[0]) < 500


def _card_image(levels: Path, image: str) -> None:
    from tests.cardprobe import write_card

    card = write_card(levels)
    text = card.read_text()
    card.write_text(text.replace('art = "night"', f'art = "night"\nimage = "{image}"', 1))


def test_a_card_image_in_the_levels_folder_passes_the_check_and_draws(tmp_path, levels_copy):
    from game.render.story.art import draw_illustration
    from game.story import check_levels, load_story

    shutil.copy(ROOT / "sprites" / "title.png", levels_copy / "backdrop.png")
    _card_image(levels_copy, "levels/backdrop.png")
    assert check_levels(levels_copy) == []
    card = load_story(levels_copy).chapters["card"]
    import pygame

    from tests.scenehelpers import headless_context

    surface = pygame.Surface((640, 360))
    with headless_context():  # the drawing converts images for a window
        draw_illustration(surface, card.art, (), 0, card.image, card.file.parent)
    title = pygame.image.load(str(ROOT / "sprites" / "title.png"))
    assert surface.get_at((320, 100))[:3] == title.get_at((320, 100))[:3]


@pytest.mark.parametrize("image", ["sprites/rocky.json", "levels/fake.png"])
def test_a_card_image_that_is_not_an_image_is_refused(levels_copy, image):
    from game.story import check_levels

    (levels_copy / "fake.png").write_text("not a picture")
    _card_image(levels_copy, image)
    problems = check_levels(levels_copy)
    assert len(problems) == 1 and "card.toml: image:" in problems[0]
    assert "not a PNG image" in problems[0]


def test_an_asset_that_is_not_a_regular_file_is_named_as_such(monkeypatch, tmp_path):
    """A FIFO where an atlas should be is not "missing": the message says what it is, so the
    player looks at the right thing (and nothing blocks reading a pipe)."""
    import os

    from game import assets

    sprites = tmp_path / "sprites"
    sprites.mkdir()
    os.mkfifo(sprites / "rocky.json")
    monkeypatch.setattr(assets, "_candidates", lambda kind: [tmp_path / kind])
    with pytest.raises(assets.AssetError, match=r"rocky.json.*is not a regular file"):
        assets.asset_path("sprites", "rocky.json")
    with pytest.raises(assets.AssetError, match="missing sprites file 'drago.json'"):
        assets.asset_path("sprites", "drago.json")
