"""Each training drill, played through headless by the CPU, keeps Rocky whole on screen: his
figure inside the frame from the first step to the summit, no panel over his head when the
result shows, and no black strip down the picture's right edge (issue 17's complaints).
"""

from __future__ import annotations

import pygame
import pytest

from game.assets import asset_dir
from game.render import ui
from game.render.story import drills as drill_art
from tests.scenehelpers import headless_context

FRAME = pygame.Rect(0, 0, 640, 360)


def _right_edge_dark(frame: pygame.Surface) -> bool:
    """True when the last column of the picture is all (near) black."""
    return all(sum(frame.get_at((639, y))[:3]) < 24 for y in range(0, 360, 2))


@pytest.mark.parametrize("kind", ["logs", "snow", "machine", "mountain"])
def test_rocky_stays_whole_in_frame_through_the_drill(kind, monkeypatch):
    from game.scenes.story.flow import make_flow
    from game.scenes.story.training import DrillsScene

    drawn: list[pygame.Rect] = []
    real = drill_art._rocky

    def rocky(*args, **kwargs) -> pygame.Rect:
        rect = real(*args, **kwargs)
        drawn.append(rect)
        return rect

    panels: list[pygame.Rect] = []
    real_panel = ui.draw_panel

    def panel(surface, rect, *args, **kwargs):
        panels.append(pygame.Rect(rect))
        return real_panel(surface, rect, *args, **kwargs)

    monkeypatch.setattr(drill_art, "_rocky", rocky)
    monkeypatch.setattr(ui, "draw_panel", panel)
    frame = pygame.Surface((640, 360))
    with headless_context() as ctx:
        flow = make_flow(ctx, asset_dir("levels"), "cpu", 1, "normal", save=False)
        training = flow.run.story.chapter("training")
        scene = DrillsScene(ctx, flow, training)
        index = [d.kind for d in training.drills].index(kind)
        scene._intro(index)
        scene.phase = "play"
        for tick in range(3000):
            scene.update()
            if tick % 15 == 0 or scene.phase != "play":
                drawn.clear()
                scene.draw(frame)
                assert drawn, "Rocky is drawn in every frame of his drill"
                for rect in drawn:
                    assert FRAME.contains(rect), (kind, tick, rect)
                assert not _right_edge_dark(frame), (kind, tick)
            if scene.phase != "play":
                break
        assert scene.phase == "result"
        # the result panel leaves his head and shoulders clear (the top third of him)
        panels.clear()
        drawn.clear()
        scene.draw(frame)
        head = pygame.Rect(drawn[0].x, drawn[0].y, drawn[0].w, drawn[0].h // 3)
        assert not any(p.colliderect(head) for p in panels), (kind, head, panels)


def test_the_climb_ends_on_the_summit_spot():
    """At full height Rocky's feet stand on the mountain backdrop's summit."""
    from game.render.story.art import spot

    with headless_context():
        assert drill_art.climber_at(1.0) == spot("mountain", "summit")
        x0, y0 = drill_art.climber_at(0.0)
        assert y0 < 360 and x0 >= 0


@pytest.mark.parametrize(("kind", "patches"), [
    # the bag's top and its chain in the barn; the punch machine's column in the lab
    ("machine", (("barn", (475, 140, 30, 20)), ("lab", (86, 150, 20, 20)))),
    # the farmhouse's lit window at the farm
    ("logs", (("farm", (58, 226, 26, 20)),)),
])
def test_the_drills_take_place_in_their_backdrops(kind, patches):
    """'The heavy bag in the barn' hangs in the barn, Drago's machine stands in his lab, the
    logs are split at the farm: those parts of the drill's picture are the backdrops' own."""
    from game.render.story.art import backdrop
    from game.scenes.story.flow import make_flow
    from game.scenes.story.training import DrillsScene

    frame = pygame.Surface((640, 360))
    with headless_context() as ctx:
        flow = make_flow(ctx, asset_dir("levels"), "cpu", 1, "normal", save=False)
        training = flow.run.story.chapter("training")
        scene = DrillsScene(ctx, flow, training)
        scene._intro([d.kind for d in training.drills].index(kind))
        scene.phase = "play"
        scene.update()
        scene.draw(frame)
        for place, rect in patches:
            back = backdrop(place)[0]
            same = all(frame.get_at((x, y)) == back.get_at((x, y))
                       for x in range(rect[0], rect[0] + rect[2])
                       for y in range(rect[1], rect[1] + rect[3]))
            assert same, (kind, place, rect)
