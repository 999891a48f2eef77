"""settings.toml: remaps round-trip, conflicts are refused, bad files are set aside."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pygame
import pytest

from game import paths, settings
from game.input.bindings import (
    DEFAULT_KEYS,
    BindingError,
    key_conflicts,
    rebind_key,
    rebind_pad,
)

ROOT = Path(__file__).resolve().parent.parent


def test_user_folders_follow_xdg_and_paths_prints_them(tmp_path):
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "c"),
           "XDG_DATA_HOME": str(tmp_path / "d"), "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-m", "game", "--paths"], env=env,
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    lines = dict(line.split(": ", 1) for line in out.stdout.splitlines())
    assert list(lines) == ["settings", "saves", "replays", "crash_reports", "screenshots"]
    assert lines["settings"] == str(tmp_path / "c" / "piece-of-iron")
    assert all(v.startswith(str(tmp_path / "d" / "piece-of-iron")) for k, v in lines.items()
               if k != "settings")
    assert not (tmp_path / "c").exists(), "--paths creates nothing"


def test_settings_file_lives_in_the_redirected_user_folder():
    assert paths.settings_file().name == "settings.toml"
    assert os.environ["XDG_CONFIG_HOME"] in str(paths.settings_file())


def test_remap_round_trips_through_the_file(tmp_path):
    s = settings.Settings()
    keys = (dict(s.keys[0]), dict(s.keys[1]))
    rebind_key(keys, 0, "jab", pygame.KSCAN_J)
    s.keys = keys
    rebind_pad(s.pads[1], "hook", "rightshoulder")  # swaps with special
    s.dead_zone = 0.5
    path = tmp_path / "settings.toml"
    settings.save(s, path)
    doc = tomllib.loads(path.read_text())
    assert doc["controls"]["p1"]["keyboard"]["jab"] == "J"
    back, messages = settings.load(path)
    assert messages == []
    assert back.keys[0]["jab"] == pygame.KSCAN_J
    assert back.pads[1]["hook"] == "rightshoulder" and back.pads[1]["special"] == "x"
    assert back.dead_zone == 0.5


def test_a_key_of_the_other_player_is_refused_and_an_own_key_swaps():
    keys = (dict(DEFAULT_KEYS[0]), dict(DEFAULT_KEYS[1]))
    with pytest.raises(BindingError, match="P2'S JAB"):
        rebind_key(keys, 0, "hook", DEFAULT_KEYS[1]["jab"])
    with pytest.raises(BindingError, match="PAUSE"):
        rebind_key(keys, 1, "jab", pygame.KSCAN_ESCAPE)
    rebind_key(keys, 0, "jab", DEFAULT_KEYS[0]["hook"])
    assert keys[0]["jab"] == DEFAULT_KEYS[0]["hook"]
    assert keys[0]["hook"] == DEFAULT_KEYS[0]["jab"]
    assert key_conflicts(keys) == []


def test_defaults_have_no_conflicts():
    assert key_conflicts(DEFAULT_KEYS) == []


def test_a_file_that_does_not_parse_is_renamed_and_defaults_used(tmp_path):
    path = tmp_path / "settings.toml"
    path.write_text("[controls\nthis is not toml")
    s, messages = settings.load(path)
    assert s.keys == settings.Settings().keys
    aside = list(tmp_path.glob("settings.toml.corrupt-*"))
    assert len(aside) == 1 and not path.exists()
    assert aside[0].read_text().startswith("[controls")
    assert len(messages) == 1 and "settings.toml" in messages[0]
    assert aside[0].name in messages[0]


def test_bad_values_keep_the_good_ones_and_the_original_is_copied_aside(tmp_path):
    path = tmp_path / "settings.toml"
    original = ('format = 1\n[controls]\ndead_zone = 7\n[controls.p1.keyboard]\n'
                'jab = "J"\nhook = "NOT_A_KEY"\n[controls.p2.gamepad]\njab = "guide"\n'
                'hook = "y"\nuppercut = "x"\n[video]\nscale = 3\n')
    path.write_text(original)
    s, messages = settings.load(path)
    assert s.keys[0]["jab"] == pygame.KSCAN_J               # good value kept
    assert s.keys[0]["hook"] == DEFAULT_KEYS[0]["hook"]     # bad one: default
    assert s.dead_zone == settings.DEFAULT_DEAD_ZONE
    assert s.pads[1]["jab"] == "a" and s.pads[1]["hook"] == "y"
    assert s.other == {"video": {"scale": 3}}, "other parts' sections are kept"
    aside = list(tmp_path.glob("settings.toml.corrupt-*"))
    assert len(aside) == 1 and aside[0].read_text() == original
    text = messages[0]
    for what in ("dead_zone", "p1.keyboard.hook", "p2.gamepad.jab", aside[0].name):
        assert what in text
    again, messages = settings.load(path)  # rewritten repaired: no message next time
    assert messages == [] and again.keys == s.keys


def test_a_key_shared_between_players_in_the_file_moves_only_the_later_binding(tmp_path):
    """p1 took K (p2's default jab): p1 keeps it, p2's jab alone moves to a free key."""
    path = tmp_path / "settings.toml"
    path.write_text('[controls.p1.keyboard]\njab = "K"\n')
    s, messages = settings.load(path)
    assert s.keys[0]["jab"] == pygame.KSCAN_K
    assert {a: c for a, c in s.keys[1].items() if a != "jab"} == \
        {a: c for a, c in DEFAULT_KEYS[1].items() if a != "jab"}
    assert key_conflicts(s.keys) == []
    assert "both use K" in messages[0]


def test_the_game_starts_with_a_corrupt_settings_file_and_says_so(tmp_path):
    cfg = tmp_path / "c" / "piece-of-iron"
    cfg.mkdir(parents=True)
    (cfg / "settings.toml").write_bytes(b"\xff\xfe not utf-8")
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "c"), "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-m", "game", "--headless", "--frames", "5"],
                         env=env, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert "settings.toml" in out.stderr and "corrupt-" in out.stderr
    assert list(cfg.glob("settings.toml.corrupt-*"))


def test_a_clashing_key_moves_alone_and_every_other_remap_is_kept():
    """A file that gives p2's jab to p1's jab key: only that binding moves (to p2's own
    default), p1 keeps his remapped hook and p2 his remapped taunt."""
    doc = {"controls": {"p1": {"keyboard": {"hook": "T", "jab": "F"}},
                        "p2": {"keyboard": {"jab": "F", "taunt": "Y"}}}}
    s, problems = settings.from_doc(doc)
    assert s.keys[0]["hook"] == pygame.KSCAN_T and s.keys[0]["jab"] == pygame.KSCAN_F
    assert s.keys[1]["taunt"] == pygame.KSCAN_Y
    assert s.keys[1]["jab"] == DEFAULT_KEYS[1]["jab"]
    assert key_conflicts(s.keys) == []
    assert len(problems) == 1 and "p2 jab -> K" in problems[0]


def test_a_clash_with_the_default_taken_finds_a_free_key():
    """p1 takes K (p2's default jab) for his jab and p2 asks for F too: p2's jab cannot go
    home, so it gets a free key and nobody shares one."""
    doc = {"controls": {"p1": {"keyboard": {"jab": "K"}},
                        "p2": {"keyboard": {"jab": "F", "hook": "ESCAPE"}}}}
    s, problems = settings.from_doc(doc)
    assert s.keys[0]["jab"] == pygame.KSCAN_K
    assert key_conflicts(s.keys) == []
    assert s.keys[1]["hook"] == DEFAULT_KEYS[1]["hook"]
