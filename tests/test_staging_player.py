"""Playing a staged scene: what the player's buttons do, that the CPU is never stuck, that the
same scene draws the same frames, and that the story shows it for a `kind = "scene"` chapter.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

import pygame  # noqa: E402
from scenehelpers import headless_context  # noqa: E402
from stagehelpers import SCENE, use_sprites, write_scene  # noqa: E402

from game.audio import RecordingAudio  # noqa: E402
from game.input.gamepad import PAD_EVENT  # noqa: E402
from game.story import load_story  # noqa: E402
from game.story.model import Staging  # noqa: E402
from game.story.timeline import ticks  # noqa: E402


@pytest.fixture()
def ctx():
    with headless_context(size=(640, 360)) as c:
        c.audio = RecordingAudio()
        yield c


@pytest.fixture()
def levels(levels_copy, tmp_path, monkeypatch) -> Path:
    use_sprites(monkeypatch, tmp_path / "sprites")
    return levels_copy


def _scene(levels: Path, text: str = SCENE) -> Staging:
    write_scene(levels, text)
    ch = load_story(levels).chapters["test_scene"]
    assert isinstance(ch, Staging)
    return ch


def _key(key: int) -> pygame.event.Event:
    return pygame.event.Event(pygame.KEYDOWN, key=key, mod=0, unicode="", scancode=0)


def _frame(player) -> bytes:
    surf = pygame.Surface((640, 360))
    player.draw(surf)
    return pygame.image.tobytes(surf, "RGB")


def _run_to(player, tick: int) -> None:
    while player.tick < tick:
        assert not player.update()


def test_confirm_types_the_line_out_then_moves_to_the_next_line(levels, ctx):
    from game.scenes.story.staged import StagePlayer

    p = StagePlayer(_scene(levels), ctx)
    _run_to(p, ticks(0.5) + 2)                   # the clerk's line has begun typing
    [line] = p.timeline.lines(p.tick)
    assert line.actor == "clerk" and line.shown < len(line.text)
    p.confirm()                                  # the whole line at once, still his
    assert p.tick == ticks(0.5) + 2 and line.index in p.typed
    p.confirm()                                  # the next line: Rocky's
    assert p.tick == ticks(3.0)
    assert [ln.actor for ln in p.timeline.lines(p.tick)] == ["rocky"]
    # what happened in between is where it would have been: the clerk walked to his mark
    clerk = next(a for a in p.state().actors if a.name == "clerk")
    assert (clerk.x, clerk.y) == (300, 300)


def test_after_the_last_line_confirm_only_closes_it(levels, ctx):
    from game.scenes.story.staged import StagePlayer

    p = StagePlayer(_scene(levels), ctx)
    _run_to(p, ticks(3.0) + 40)
    p.confirm()
    assert p.tick == ticks(5.0) and not p.timeline.lines(p.tick)
    p.confirm()                                  # nothing left to read: the scene plays on
    assert p.tick == ticks(5.0) and not p.finished


def test_a_wait_is_not_cut_by_confirm(levels, ctx):
    from game.scenes.story.staged import StagePlayer

    text = SCENE + '\n[[beats]]\nat = 1.5\ndo = "wait"\nseconds = 1.0\n'
    p = StagePlayer(_scene(levels, text), ctx)
    _run_to(p, ticks(0.5) + 60)
    p.confirm()                                  # the jump stops where the wait begins
    assert p.tick == ticks(1.5)
    p.update()
    p.confirm()
    assert p.tick == ticks(1.5) + 1             # during the wait: nothing


def test_esc_skips_the_scene_and_the_pad_confirms(levels, ctx):
    from game.scenes.story.staged import StagedScene

    done = []
    s = StagedScene(ctx, _scene(levels), lambda: done.append(1))
    for _ in range(ticks(0.5) + 2):
        s.update()
    s.handle(pygame.event.Event(PAD_EVENT, kind="press", button="a", instance_id=0))
    assert s.player.typed                        # the pad's A finished the clerk's line
    s.handle(_key(pygame.K_ESCAPE))
    s.update()
    assert done == [1]


def test_the_cpu_lets_the_scene_play_to_its_end_with_its_sounds(levels, ctx):
    from game.scenes.story.staged import StagedScene

    scene = _scene(levels)
    done = []
    s = StagedScene(ctx, scene, lambda: done.append(s.player.tick), auto=True)
    s.enter()
    for _ in range(ticks(scene.length) + 5):
        s.update()
    assert done == [ticks(scene.length)]
    assert ctx.audio.music_log[0][0] == "music_story"
    assert [c for c, _ in ctx.audio.played] == ["camera_flash"]


def test_frames_depend_on_the_tick_alone(levels, ctx):
    """Played through or jumped to by confirm, the same tick is the same picture; a flash
    whitens the frame and passes."""
    from game.scenes.story.staged import StagePlayer

    scene = _scene(levels)
    a, b = StagePlayer(scene, ctx), StagePlayer(scene, ctx)
    _run_to(a, ticks(3.0))
    _run_to(b, ticks(0.5) + 60)
    b.confirm()
    assert b.tick == a.tick
    b.frame = a.frame
    assert _frame(a) == _frame(b)
    _run_to(a, ticks(5.5))
    assert _frame(a) != _frame(b)
    flash = pygame.Surface((640, 360))
    a.draw(flash)
    assert flash.get_at((20, 20))[0] > 200     # the camera flash
    _run_to(a, ticks(6.5))
    a.draw(flash)
    assert flash.get_at((20, 20))[0] < 120


def test_the_story_shows_a_scene_chapter_and_its_ending(levels, ctx):
    from game.scenes.story.flow import StoryEndScene, make_flow
    from game.scenes.story.staged import StagedScene

    write_scene(levels, SCENE.replace('length = 8.0', 'length = 8.0\nending = "victory"\n'
                                      'ending_title = "SIGNED"'))
    story = levels / "story.toml"
    story.write_text(story.read_text().replace('order = [', 'order = ["test_scene", ', 1))
    flow = make_flow(ctx, levels, "cpu", 1, "normal", save=False)
    first = flow.scene()
    assert isinstance(first, StagedScene)
    ctx.stack.push(first)
    ctx.stack.apply()
    for _ in range(ticks(8.0) + 3):
        ctx.stack.top.update()
        ctx.stack.apply()
    assert flow.run.over and flow.run.ending == "victory"
    assert flow.run.ending_title() == "SIGNED"
    assert isinstance(ctx.stack.top, StoryEndScene)


def test_a_flood_pours_fans_into_the_picture_who_then_cheer(levels, ctx):
    from game.scenes.story.staged import StagePlayer

    text = SCENE + '\n[[beats]]\nat = 2.0\ndo = "crowd"\nreaction = "flood"\ncount = 8\n' \
        'seconds = 2.0\n'
    p = StagePlayer(_scene(levels, text), ctx)
    assert not [a for a in p.state().actors if a.fan]
    _run_to(p, ticks(2.0) + 42)
    assert 0 < len([a for a in p.state().actors if a.fan]) < 8   # still coming in
    _run_to(p, ticks(7.5))
    state = p.state()
    fans = [a for a in state.actors if a.fan]
    assert len(fans) == 8 and not any(f.walking for f in fans)
    v = state.view
    assert all(v.x < f.x < v.x + v.w for f in fans)               # all in the picture now
    assert {f.pose for f in fans} <= {"cheer", "stand"} and "cheer" in {f.pose for f in fans}
    assert [a.y for a in state.actors] == sorted(a.y for a in state.actors)  # back to front


def test_a_person_leaves_the_last_picture_with_a_press_unless_it_faded_out(levels, ctx):
    from game.scenes.story.staged import StagedScene

    done = []
    s = StagedScene(ctx, _scene(levels), lambda: done.append(1))
    for _ in range(ticks(8.0) + 30):
        s.update()
    assert not done and s.player.holding        # the end waits for him
    s.handle(_key(pygame.K_RETURN))
    assert done == [1]
    faded = SCENE + '\n[[beats]]\nat = 7.0\ndo = "fade"\nto = "black"\nseconds = 1.0\n'
    s = StagedScene(ctx, _scene(levels, faded), lambda: done.append(2))
    for _ in range(ticks(8.0) + 2):
        s.update()
    assert done == [1, 2]                       # nothing left to look at: it goes on
