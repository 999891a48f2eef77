"""The game in a real X window (Xvfb), driven by key presses from xdotool only: from the title
screen through the menus into a two-player versus fight in which both players land punches;
and the window itself: F11, a resize by the window system, a window re-made under a resting
pointer. The deliberate tests that need a display server. Where Xvfb is missing they skip
with the reason; under CI=true they fail instead, so CI cannot pass without having run them."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NEEDED = ("Xvfb", "xdotool")


def xdo(env, *args: str) -> str:
    return subprocess.run(["xdotool", *args], env=env, capture_output=True, text=True,
                          timeout=30).stdout


def game_command() -> tuple[list[str], dict[str, str]]:
    """The installed command when there is one (CI installs the wheel), else the checkout."""
    installed = Path(sys.executable).parent / "piece-of-iron"
    if installed.exists():
        return [str(installed)], {}
    return [sys.executable, "-m", "game"], {"PYTHONPATH": str(ROOT)}


def keys(env, *names: str, gap: float = 0.2) -> None:
    for name in names:
        xdo(env, "key", name)
        time.sleep(gap)


@pytest.fixture
def xserver(tmp_path):
    """A fresh Xvfb with a 1920x1080 desktop; the environment to run the game in it, with its
    own user folders (settings.toml) under tmp_path."""
    missing = [t for t in NEEDED if shutil.which(t) is None]
    if missing:
        reason = f"needs {' and '.join(missing)} (.ci/run installs xvfb and xdotool)"
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true: {reason}")
        pytest.skip(reason)
    display = f":{90 + (os.getpid() + 4 * len(str(tmp_path))) % 60}"
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1920x1080x24", "-nolisten",
                             "tcp"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, extra = game_command()
    env = {k: v for k, v in os.environ.items() if k not in ("SDL_VIDEODRIVER",)}
    home = tmp_path / "home"
    env.update(DISPLAY=display, SDL_VIDEO_X11_WMCLASS="pieceofirontest",
               SDL_AUDIODRIVER="dummy", XDG_CONFIG_HOME=str(home / "config"),
               XDG_DATA_HOME=str(home / "data"), XDG_STATE_HOME=str(home / "state"),
               XDG_CACHE_HOME=str(home / "cache"), HOME=str(home), **extra)
    time.sleep(0.5)
    try:
        yield env
    finally:
        xvfb.terminate()
        xvfb.wait(timeout=10)


@pytest.mark.cost(12)
@pytest.mark.waits
def test_real_window_title_to_a_two_player_fight_where_both_land_punches(tmp_path, xserver):
    env = xserver
    cmd, _ = game_command()
    game = None
    try:
        game = subprocess.Popen([*cmd, "--frames", "3600", "--mute", "--round-seconds", "60",
                                 "--result-json", str(tmp_path / "r.json")], env=env,
                                cwd=tmp_path, stderr=subprocess.PIPE, text=True)
        wid = xdo(env, "search", "--sync", "--class", "pieceofirontest").split()[0]
        xdo(env, "windowfocus", "--sync", wid)
        time.sleep(0.3)
        # open the menu, down past STORY and EXHIBITION to VERSUS, choose; P1, P2, VENUE,
        # then FIGHT!
        keys(env, "Return", "Down", "Down", "Return", "Down", "Down", "Down", "Return",
             gap=0.25)
        time.sleep(2.6)  # the intro: ROUND 1, FIGHT!
        xdo(env, "keydown", "d", "keydown", "Left")  # both walk in
        time.sleep(1.1)
        xdo(env, "keyup", "d", "keyup", "Left")
        for _ in range(6):
            keys(env, "f", gap=0.3)   # p1 jabs
            keys(env, "k", gap=0.3)   # p2 jabs
        # pause, up (wrapping) to QUIT TO TITLE, close the menu, quit: the result is written
        # at exit
        keys(env, "Escape", "Up", "Return", "Escape", "Escape", gap=0.25)
        _, err = game.communicate(timeout=60)
        assert game.returncode == 0, err
    finally:
        if game is not None and game.poll() is None:
            game.kill()
    doc = json.loads((tmp_path / "r.json").read_text())
    assert doc["mode"] == "versus" and doc["fight"] is not None
    assert doc["ticks"] < 3600, "the game quit through its menus, not at the frame limit"
    p1, p2 = doc["fight"]["fighters"]
    assert p1["punches_thrown"] >= 2 and p2["punches_thrown"] >= 2
    assert p1["punches_landed"] >= 1 and p2["punches_landed"] >= 1, (p1, p2)


def geometry(env, wid: str) -> tuple[int, int, int, int]:
    """(x, y, width, height) of the window as the X server has it."""
    out = dict(line.split("=", 1) for line in
               xdo(env, "getwindowgeometry", "--shell", wid).split())
    return int(out["X"]), int(out["Y"]), int(out["WIDTH"]), int(out["HEIGHT"])


def settle(env, wid: str, size: tuple[int, int], timeout: float = 5.0):
    """Wait until the window has `size` (the game re-makes it between frames)."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        got = geometry(env, wid)
        if got[2:] == size:
            return got
        time.sleep(0.1)
    return geometry(env, wid)


def picture(env, wid: str, path: Path):
    """The window's pixels as the X server shows them (ImageMagick's `import`)."""
    import pygame

    time.sleep(0.4)  # a frame or two after the last change
    subprocess.run(["import", "-window", wid, str(path)], env=env, check=True, timeout=30)
    return pygame.image.load(str(path))


def assert_whole_scaled_and_centred(image, scale: int) -> None:
    """Black bars round a 640x360 x `scale` picture in the middle, every logical pixel a
    `scale` x `scale` block of one colour."""
    w, h = image.get_size()
    left, top = (w - 640 * scale) // 2, (h - 360 * scale) // 2
    bars = [(left - 1, h // 2), (left + 640 * scale, h // 2)] if left else []
    bars += [(w // 2, top - 1), (w // 2, top + 360 * scale)] if top else []
    for xy in bars:
        assert image.get_at(xy)[:3] == (0, 0, 0), f"no letterbox bar at {xy}"
    inside = [image.get_at((left + x, top + y))[:3] for x in range(0, 640 * scale, 7 * scale)
              for y in (0, 180 * scale, 360 * scale - 1)]
    assert any(c != (0, 0, 0) for c in inside), "the picture fills its place"
    for lx, ly in ((100, 100), (320, 180), (500, 300), (37, 211)):
        block = {image.get_at((left + lx * scale + dx, top + ly * scale + dy))[:3]
                 for dx in range(scale) for dy in range(scale)}
        assert len(block) == 1, f"logical pixel {(lx, ly)} is not one {scale}x{scale} block"


@pytest.mark.cost(12)
@pytest.mark.waits
def test_real_window_fullscreen_resize_and_a_remade_window_keep_the_menu(tmp_path, xserver):
    """F11 fills the 1920x1080 screen and back; a window the window system resizes keeps a
    whole-number scale, centred; re-making the window (Options: fullscreen) under a resting
    pointer leaves the menu on the row the keys chose, so Left/Right still change that row."""
    env = xserver
    cmd, _ = game_command()
    game = subprocess.Popen([*cmd, "--frames", "7200", "--mute"], env=env, cwd=tmp_path,
                            stderr=subprocess.PIPE, text=True)
    try:
        wid = xdo(env, "search", "--sync", "--class", "pieceofirontest").split()[0]
        xdo(env, "windowfocus", "--sync", wid)
        # x2 fits 1920x1080 with room for a title bar; x3 would not
        assert settle(env, wid, (1280, 720)) == (320, 180, 1280, 720), "x2, centred"
        # the pointer rests where the options' ROUNDS row will be in a fullscreen x3 window,
        # outside the x1 window the test makes before going fullscreen (the title ignores it)
        xdo(env, "mousemove", "1500", "420")
        keys(env, "F11")
        assert settle(env, wid, (1920, 1080))[2:] == (1920, 1080)
        assert_whole_scaled_and_centred(picture(env, wid, tmp_path / "full.png"), 3)
        keys(env, "F11")
        assert settle(env, wid, (1280, 720))[2:] == (1280, 720)
        xdo(env, "windowsize", wid, "1500", "860")
        assert settle(env, wid, (1500, 860))[2:] == (1500, 860)
        assert_whole_scaled_and_centred(picture(env, wid, tmp_path / "resized.png"), 2)
        # the menu, up (wrapping) past QUIT and HOW TO PLAY to OPTIONS; down to WINDOW SCALE
        keys(env, "Return", "Up", "Up", "Up", "Return", gap=0.25)
        keys(env, *["Down"] * 6, gap=0.15)
        keys(env, "Left", gap=0.6)          # x1: a 640x360 window, the pointer outside it
        assert settle(env, wid, (640, 360))[2:] == (640, 360)
        # FULLSCREEN on: the new window comes under the resting pointer, and X reports it
        keys(env, "Down", "Right", gap=0.6)
        assert settle(env, wid, (1920, 1080))[2:] == (1920, 1080)
        keys(env, "Right", gap=0.6)         # the row is still FULLSCREEN: off again
        assert settle(env, wid, (640, 360))[2:] == (640, 360)
        keys(env, "Up", "Right", gap=0.6)   # WINDOW SCALE: back to x2
        assert settle(env, wid, (1280, 720))[2:] == (1280, 720)
        keys(env, "Escape", "Escape", "Escape", gap=0.3)
        _, err = game.communicate(timeout=30)
        assert game.returncode == 0, err
    finally:
        if game.poll() is None:
            game.kill()
    saved = (tmp_path / "home" / "config" / "piece-of-iron" / "settings.toml").read_text()
    assert "scale = 2" in saved and "fullscreen = false" in saved
    assert "rounds = 3" in saved and "round_seconds = 60" in saved, saved
