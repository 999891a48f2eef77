"""The story's words live in `levels/`: the fight scene's captions, the towel menu and the
opponent's nerve lines are read from the chapter files and checked like the rest."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from game.assets import asset_dir
from game.story import check_levels, load_story
from game.story.model import Fight

LEVELS = asset_dir("levels")


@pytest.fixture()
def copy(tmp_path: Path) -> Path:
    out = tmp_path / "levels"
    shutil.copytree(LEVELS, out)
    return out


def _fight(levels: Path, cid: str) -> Fight:
    fight = load_story(levels).chapter(cid)
    assert isinstance(fight, Fight)
    return fight


def test_the_shipped_fights_carry_their_words():
    creed, balboa = _fight(LEVELS, "creed_drago"), _fight(LEVELS, "balboa_drago")
    towels = [e for e in creed.events if e.kind == "towel_choice"]
    assert towels and all(e.choices == ("LET HIM FIGHT", "THROW IN THE TOWEL") for e in towels)
    assert all(e.choice_title and e.choice_hint and e.label for e in towels)
    manager = next(e for e in balboa.events if e.kind == "manager")
    assert manager.label == "DRAGO'S CORNER" and "DIFFERENT MAN" in manager.notice
    assert all(e.label for e in balboa.events if e.kind in ("corner", "brawl"))
    for fight in (creed, balboa):
        assert [n.below for n in fight.nerve] == [0.75, 0.5]


def test_a_modder_rewrites_the_towel_menu_and_the_nerve_lines(copy):
    path = copy / "creed_drago.toml"
    text = path.read_text().replace('"LET HIM FIGHT", "THROW IN THE TOWEL"',
                                    '"STAY IN", "STOP IT"', 1)
    path.write_text(text.replace('text = "DRAGO IS RATTLED"', 'text = "HE BLINKED"'))
    creed = _fight(copy, "creed_drago")
    assert next(e for e in creed.events if e.kind == "towel_choice").choices == ("STAY IN",
                                                                                "STOP IT")
    assert [n.text for n in creed.nerve] == ["DRAGO LOOKS UNSURE", "HE BLINKED"]


@pytest.mark.parametrize("old, new, expect", [
    ('choices = ["LET HIM FIGHT", "THROW IN THE TOWEL"]\n', "",
     "creed_drago.toml: events[6].choices: expected two menu items"),
    ('choices = ["LET HIM FIGHT", "THROW IN THE TOWEL"]', 'choices = ["ONLY ONE"]',
     "creed_drago.toml: events[6].choices: expected two menu items"),
    ('kind = "corner"\nround = 1\nat = "break"\n',
     'kind = "corner"\nround = 1\nat = "break"\nchoices = ["A", "B"]\n',
     "creed_drago.toml: events[5].choices: expected no such field for a corner event"),
    ("below = 0.5", "below = 1.5", "creed_drago.toml: nerve[1].below: expected a number"),
    ('label = "IN THE CORNER"', 'label = ""', "creed_drago.toml: events[5].label: expected text"),
])
def test_broken_words_name_file_and_field(copy, old, new, expect):
    path = copy / "creed_drago.toml"
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))
    messages = check_levels(copy)
    assert any(m.startswith(expect) for m in messages), messages
