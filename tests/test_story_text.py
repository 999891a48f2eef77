"""The story's words live in `levels/`: the fight scene's captions, the towel menu and the
opponent's nerve lines are read from the chapter files and checked like the rest."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.assets import asset_dir
from game.story import check_levels, load_story
from game.story.model import Fight
from tests.scenehelpers import drawn_text

LEVELS = asset_dir("levels")


@pytest.fixture()
def copy(levels_copy: Path) -> Path:
    return levels_copy


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


# --- the scene shows what the file says ------------------------------------------------------

def test_the_fight_scene_shows_a_modders_words(copy, monkeypatch):
    """Rewrite the corner caption, the towel menu and a nerve line in creed_drago.toml (and
    the title of the staged towel scene it plays): the story fight shows the new words, and
    none of the shipped ones."""
    import pygame

    from game.scenes.story.flow import make_flow
    from tests.scenehelpers import headless_context

    path = copy / "creed_drago.toml"
    text = path.read_text()
    for old, new in (('"LET HIM FIGHT", "THROW IN THE TOWEL"', '"STAY IN", "STOP IT"'),
                     ('choice_title = "THE TOWEL"', 'choice_title = "WHITE CLOTH"'),
                     ('choice_hint = "APOLLO ASKED YOU NOT TO"', 'choice_hint = "HE SAID NO"'),
                     ('label = "IN THE CORNER"', 'label = "ON THE STOOL"'),
                     ('text = "DRAGO LOOKS UNSURE"', 'text = "HE BLINKED"')):
        assert old in text
        text = text.replace(old, new)
    path.write_text(text)
    towel = copy / "towel_held.toml"     # the staged scene the towel beat plays first
    towel.write_text(towel.read_text().replace('title = "THE TOWEL"', 'title = "THE CLOTH"'))
    seen = drawn_text(monkeypatch)
    with headless_context() as ctx:
        flow = make_flow(ctx, copy, "keyboard", 1, "normal", 3.0, save=False)
        flow.run.index = flow.run.story.order.index("creed_drago")
        ctx.stack.push(flow.scene())
        ctx.stack.apply()
        scene = ctx.stack.top
        scene.rules.confidence = 0.7      # Drago is shaken: the first nerve line is due
        frame = pygame.Surface((640, 360))
        enter = pygame.event.Event(pygame.KEYDOWN, key=pygame.K_RETURN, scancode=0, mod=0,
                                   unicode="")
        for _ in range(20000):
            beat = scene.beats[0] if scene.beats else None
            if beat is not None and beat.choosing:
                break
            if beat is not None:
                scene.handle(enter)    # a person reads the lines before the towel menu
            scene.update()
            ctx.stack.apply()
            ctx.stack.draw(frame)
        ctx.stack.draw(frame)
    assert {"STAY IN", "STOP IT", "WHITE CLOTH", "HE SAID NO", "ON THE STOOL",
            "HE BLINKED"} <= set(seen)
    assert not {"LET HIM FIGHT", "THE TOWEL", "IN THE CORNER", "DRAGO LOOKS UNSURE"} & set(seen)


def test_the_training_and_the_ending_show_a_modders_words(copy, monkeypatch):
    """The lab caption, Adrian's caption on the mountain and the closing headline come from
    training.toml and the ending card: rewrite them and the screens follow."""
    import pygame

    from game.scenes.story.flow import StoryEndScene, make_flow
    from game.scenes.story.training import DrillsScene
    from tests.scenehelpers import headless_context

    for name, old, new in (("training.toml", '"MEANWHILE, IN THE LAB"', '"OVER AT THE LAB"'),
                           ("training.toml", '"ADRIAN IS WATCHING"', '"SHE CAME"'),
                           ("ending_victory.toml", '"VICTORY IN MOSCOW"', '"SNOW AND GLORY"')):
        path = copy / name
        assert old in path.read_text()
        path.write_text(path.read_text().replace(old, new))
    seen = drawn_text(monkeypatch)
    frame = pygame.Surface((640, 360))
    with headless_context() as ctx:
        flow = make_flow(ctx, copy, "keyboard", 1, "normal", save=False)
        training = flow.run.story.chapter("training")
        scene = DrillsScene(ctx, flow, training)
        scene._intro(0)                                  # the logs, with the lab beside them
        scene.draw(frame)
        mountain = next(k for k, d in enumerate(training.drills) if d.boost)
        scene._intro(mountain)
        scene.phase = "play"
        for scene.frame in range(60):                    # the caption blinks
            scene.draw(frame)
        run = flow.run
        run.branch = "ending_victory"                    # the fight was won
        run.finish("done")
        assert run.ending == "victory"
        StoryEndScene(ctx, run).draw(frame)
    assert {"OVER AT THE LAB", "SHE CAME", "SNOW AND GLORY"} <= set(seen)
    assert not {"MEANWHILE, IN THE LAB", "ADRIAN IS WATCHING", "VICTORY IN MOSCOW"} & set(seen)
