"""The game in a real X window (Xvfb), driven by key presses from xdotool only: from the title
screen through the menus into a two-player versus fight in which both players land punches;
and the window itself: F11, a resize by the window system, a window re-made under a resting
pointer. The deliberate tests that need a display server. Where Xvfb is missing they skip
with the reason; under CI=true they fail instead, so CI cannot pass without having run them.

Why the waits look at the window and not at a clock: on a loaded machine the game starts,
fades and counts slower than real time, and a key sent while a screen fades out is rightly
swallowed (`game.scenes.base`), so fixed sleeps lost keys and failed. Each wait polls what
the X server shows (the screen's hint line at the bottom, the fight clock, the window's
size, the picture itself) until it is what the next step needs, with a deadline generous
enough for a crowded machine: a game that never gets there still fails, naming the step."""

from __future__ import annotations

import json
import os
import select
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NEEDED = ("Xvfb", "xdotool", "import")  # import: ImageMagick, to read the window's pixels


def xdo(env, *args: str) -> str:
    return subprocess.run(["xdotool", *args], env=env, capture_output=True, text=True,
                          timeout=30).stdout


def game_command() -> tuple[list[str], dict[str, str]]:
    """The installed command when there is one (CI installs the wheel), else the checkout."""
    installed = Path(sys.executable).parent / "piece-of-iron"
    if installed.exists():
        return [str(installed)], {}
    return [sys.executable, "-m", "game"], {"PYTHONPATH": str(ROOT)}


DEADLINE = 90.0  # seconds any one wait may take (a game at a tenth of its speed gets there)


def keys(env, *names: str, gap: float = 0.1) -> None:
    """Presses for one screen: the X server queues them in order, so no wait between them
    matters; a key that changes the screen goes through `to_new_screen` instead."""
    for name in names:
        xdo(env, "key", name)
        time.sleep(gap)


def wait_until(what: str, ready, deadline: float = DEADLINE):
    """Poll `ready()` until it returns something true (returned), or fail naming `what`."""
    end = time.monotonic() + deadline
    while True:
        got = ready()
        if got:
            return got
        if time.monotonic() > end:
            pytest.fail(f"waited {deadline:.0f} s for {what}")
        time.sleep(0.05)


def frame_box(env, wid: str, top: int, height: int, left: int = 0,
              width: int = 640) -> str:
    """Where a box of the 640x360 frame is on the window now (whole-number scale, centred),
    as ImageMagick's crop geometry."""
    w, h = geometry(env, wid)[2:]
    scale = max(1, min(w // 640, h // 360))
    x0, y0 = (w - 640 * scale) // 2, (h - 360 * scale) // 2
    return f"{width * scale}x{height * scale}+{x0 + left * scale}+{y0 + top * scale}"


def grab(env, wid: str, box: str) -> bytes:
    """The pixels of `box` (crop geometry) as the X server shows them now, raw RGB."""
    return subprocess.run(["import", "-window", wid, "-crop", box, "-depth", "8", "rgb:-"],
                          env=env, capture_output=True, check=True, timeout=30).stdout


def hint_line(env, wid: str) -> bytes:
    """The bottom 20 rows of the frame: each screen's own, still line (the keys it answers
    to, the title's PRESS ENTER, the ring's apron), darker while a menu is over a fight."""
    return grab(env, wid, frame_box(env, wid, 340, 20))


def settled(env, wid: str, unlike: bytes = b"", what: str = "the screen") -> bytes:
    """Wait until the hint line is lit, differs from `unlike`, and holds still over three
    looks: the screen is up and no fade is going on, so the next key reaches it."""
    looks: list[bytes] = []

    def still() -> bytes | None:
        looks[:] = [*looks[-2:], hint_line(env, wid)]
        now = looks[-1]
        lit = any(now)
        return now if len(looks) == 3 and len(set(looks)) == 1 and lit and now != unlike \
            else None
    return wait_until(f"{what} to settle", still)


def to_new_screen(env, wid: str, key: str) -> bytes:
    """Press `key` and wait until the screen it brings up has settled."""
    before = settled(env, wid)
    xdo(env, "key", key)
    return settled(env, wid, unlike=before, what=f"the screen {key} brings up")


def clock_moves(env, wid: str, times: int) -> None:
    """Wait until the fight clock has changed `times` times: the fight's own time (a shown
    second is a third of a real one at --round-seconds 60), whatever the machine's speed."""
    box = frame_box(env, wid, 14, 24, left=280, width=80)
    last = grab(env, wid, box)
    for k in range(times):
        def moved(before: bytes = last) -> bytes | None:
            now = grab(env, wid, box)
            return now if now != before else None
        last = wait_until(f"the fight clock to move ({k + 1} of {times})", moved)


def start_xvfb() -> tuple[subprocess.Popen, str]:
    """An Xvfb on a display number it chose free itself, once it takes connections.

    Why `-displayfd`: a number picked here may be taken by another test run's server on a
    shared machine, and the game would then open its window there, to lose it when that
    run ends. Xvfb writes the number once it is ready, so there is no sleep either."""
    read, write = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1920x1080x24",
                             "-nolisten", "tcp"], pass_fds=(write,),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as said:
        ready, _, _ = select.select([said], [], [], DEADLINE)
        number = said.readline().strip() if ready else ""
    if not number.isdigit():
        xvfb.kill()
        pytest.fail(f"Xvfb gave no display number in {DEADLINE:.0f} s")
    return xvfb, f":{number}"


@pytest.fixture
def xserver(tmp_path):
    """A fresh Xvfb with a 1920x1080 desktop; the environment to run the game in it, with its
    own user folders (settings.toml) under tmp_path."""
    missing = [t for t in NEEDED if shutil.which(t) is None]
    if missing:
        reason = (f"needs {' and '.join(missing)} (packages xvfb, xdotool and imagemagick; "
                  ".ci/run installs the first two)")
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true: {reason}")
        pytest.skip(reason)
    xvfb, display = start_xvfb()
    _, extra = game_command()
    env = {k: v for k, v in os.environ.items() if k not in ("SDL_VIDEODRIVER",)}
    home = tmp_path / "home"
    env.update(DISPLAY=display, SDL_VIDEO_X11_WMCLASS="pieceofirontest",
               SDL_AUDIODRIVER="dummy", XDG_CONFIG_HOME=str(home / "config"),
               XDG_DATA_HOME=str(home / "data"), XDG_STATE_HOME=str(home / "state"),
               XDG_CACHE_HOME=str(home / "cache"), HOME=str(home), **extra)
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
        to_new_screen(env, wid, "Return")           # the title's menu
        keys(env, "Down", "Down")                   # past STORY and EXHIBITION to VERSUS
        to_new_screen(env, wid, "Return")           # the versus screen
        keys(env, "Down", "Down", "Down")           # past P1, P2 and VENUE to FIGHT!
        to_new_screen(env, wid, "Return")           # the ring: ROUND 1, FIGHT!
        clock_moves(env, wid, 1)                    # the bell: the clock runs
        xdo(env, "keydown", "d", "keydown", "Left")  # both walk in
        clock_moves(env, wid, 4)                    # a second or so of the fight's time
        xdo(env, "keyup", "d", "keyup", "Left")
        for _ in range(6):
            for jab in ("f", "k"):                  # p1 jabs, then p2 (a tap reaches one
                keys(env, jab)                      # tick: the man hit must be free again)
                clock_moves(env, wid, 2)
        # pause, up (wrapping) to QUIT TO TITLE, quit from the title: the result is written
        # at exit
        to_new_screen(env, wid, "Escape")
        keys(env, "Up")
        to_new_screen(env, wid, "Return")
        keys(env, "Escape")
        _, err = game.communicate(timeout=DEADLINE)
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
    assert out, f"the game's window {wid} is gone"
    return int(out["X"]), int(out["Y"]), int(out["WIDTH"]), int(out["HEIGHT"])


def settle(env, wid: str, size: tuple[int, int], timeout: float = DEADLINE):
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

    subprocess.run(["import", "-window", wid, str(path)], env=env, check=True, timeout=30)
    return pygame.image.load(str(path))


def shows_whole_scaled_and_centred(env, wid: str, path: Path, scale: int) -> None:
    """Wait until the window shows the picture x `scale` in the middle (the game draws into
    a re-made window a frame or more later); past the deadline, the last look's failure."""
    end = time.monotonic() + DEADLINE
    while True:
        try:
            assert_whole_scaled_and_centred(picture(env, wid, path), scale)
            return
        except AssertionError:
            if time.monotonic() > end:
                raise
            time.sleep(0.2)


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
        shows_whole_scaled_and_centred(env, wid, tmp_path / "full.png", 3)
        keys(env, "F11")
        assert settle(env, wid, (1280, 720))[2:] == (1280, 720)
        xdo(env, "windowsize", wid, "1500", "860")
        assert settle(env, wid, (1500, 860))[2:] == (1500, 860)
        shows_whole_scaled_and_centred(env, wid, tmp_path / "resized.png", 2)
        # the menu, up (wrapping) past QUIT and HOW TO PLAY to OPTIONS; down to WINDOW SCALE
        to_new_screen(env, wid, "Return")
        keys(env, "Up", "Up", "Up")
        to_new_screen(env, wid, "Return")
        keys(env, *["Down"] * 6)
        keys(env, "Left", gap=0.6)          # x1: a 640x360 window, the pointer outside it
        assert settle(env, wid, (640, 360))[2:] == (640, 360)
        # FULLSCREEN on: the new window comes under the resting pointer, and X reports it
        keys(env, "Down", "Right", gap=0.6)
        assert settle(env, wid, (1920, 1080))[2:] == (1920, 1080)
        keys(env, "Right", gap=0.6)         # the row is still FULLSCREEN: off again
        assert settle(env, wid, (640, 360))[2:] == (640, 360)
        keys(env, "Up", "Right", gap=0.6)   # WINDOW SCALE: back to x2
        assert settle(env, wid, (1280, 720))[2:] == (1280, 720)
        to_new_screen(env, wid, "Escape")   # the title, its menu open
        keys(env, "Escape", "Escape")       # the menu closed, the game quit
        _, err = game.communicate(timeout=DEADLINE)
        assert game.returncode == 0, err
    finally:
        if game.poll() is None:
            game.kill()
    saved = (tmp_path / "home" / "config" / "piece-of-iron" / "settings.toml").read_text()
    assert "scale = 2" in saved and "fullscreen = false" in saved
    assert "rounds = 3" in saved and "round_seconds = 60" in saved, saved
