"""Every screen renders headless, and the fight screen shows the men where the sim has them."""

from __future__ import annotations

import pygame
import pytest

from game.scenes.base import SceneStack
from tests.pixels import count_colour, shows, skin_tone
from tests.scenehelpers import headless_context


@pytest.fixture()
def ctx():
    with headless_context("--round-seconds", "5", "--rounds", "1") as c:
        yield c


def render(scene_stack: SceneStack) -> pygame.Surface:
    frame = pygame.Surface((640, 360))
    scene_stack.draw(frame)
    return frame


def shows_title(frame: pygame.Surface) -> None:
    """The title illustration fills the screen and the prompt asks for a key."""
    from game.render.font import get_font
    from game.render.images import load_image
    from game.render.ui import WHITE

    art = load_image("title.png", alpha=False)
    same = pygame.mask.from_threshold(frame, (0, 0, 0), (1, 1, 1, 255), art, 1).count()
    assert same > 0.97 * 640 * 360, "the title illustration is what is on screen"
    prompt = get_font("small").render("PRESS ENTER OR START", WHITE)
    assert shows(frame, prompt, WHITE, pygame.Rect(0, 300, 640, 60))


def shows_the_fight(frame: pygame.Surface, view) -> None:
    """Both names in the HUD, ROUND 1 over the clock, each man's skin where he stands."""
    from game.render.font import get_font
    from game.render.hud import GOLD, HEALTH, WHITE

    small = get_font("small")
    hud = pygame.Rect(0, 0, 640, 42)
    for fv, half in zip(view.fighters, (pygame.Rect(0, 0, 320, 42), pygame.Rect(320, 0, 320, 42)),
                        strict=True):
        assert shows(frame, small.render(fv.short_name, WHITE), WHITE, half), fv.short_name
        assert count_colour(frame, HEALTH, half) > 500, f"{fv.short_name}'s health bar"
    assert shows(frame, small.render("ROUND 1", GOLD), GOLD, hud)
    for fv in view.fighters:
        x = round(320 + fv.x_m * 80)
        body = pygame.Rect(x - 45, 318 - 180, 90, 160).clip(frame.get_rect())
        assert count_colour(frame, skin_tone(fv.id), body) > 100, f"{fv.id} where he stands"


def tick(c, n: int = 1) -> None:
    for _ in range(n):
        c.stack.top.update()
        c.stack.apply()


def key(c, k: int) -> None:
    c.stack.top.handle(pygame.event.Event(pygame.KEYDOWN, key=k, scancode=0, mod=0, unicode=""))
    c.stack.apply()


def test_title_menu_select_fight_pause_results(ctx):
    from game.scenes.fight import FightScene
    from game.scenes.pause import PauseScene
    from game.scenes.results import ResultsScene
    from game.scenes.select import SelectScene
    from game.scenes.title import TitleScene

    ctx.stack.push(TitleScene(ctx))
    ctx.stack.apply()
    tick(ctx, 3)
    shows_title(render(ctx.stack))
    key(ctx, pygame.K_RETURN)           # open the menu
    render(ctx.stack)
    key(ctx, pygame.K_DOWN)             # past STORY
    key(ctx, pygame.K_RETURN)           # EXHIBITION
    assert isinstance(ctx.stack.top, SelectScene)
    render(ctx.stack)
    key(ctx, pygame.K_RIGHT)            # P1: the next fighter
    assert ctx.stack.top.choice["p1"] == "apollo"
    for _ in range(4):
        key(ctx, pygame.K_DOWN)         # to FIGHT!
    key(ctx, pygame.K_RETURN)
    fight = ctx.stack.top
    assert isinstance(fight, FightScene)
    assert [f.data.id for f in fight.match.fighters] == ["apollo", "drago"]
    tick(ctx, 130)
    assert fight.match.phase == "fight"
    shows_the_fight(render(ctx.stack), fight.view)
    key(ctx, pygame.K_ESCAPE)
    assert isinstance(ctx.stack.top, PauseScene)
    before = fight.match.tick
    render(ctx.stack)
    tick(ctx, 5)
    assert fight.match.tick == before, "the fight is frozen under the pause menu"
    key(ctx, pygame.K_ESCAPE)
    assert ctx.stack.top is fight
    fight.match.fighters[1].health = 0.0
    fight.match._finish("p1", "KO", "count", [])
    tick(ctx, 260)
    assert isinstance(ctx.stack.top, ResultsScene)
    render(ctx.stack)
    key(ctx, pygame.K_DOWN)         # SAVE REPLAY
    key(ctx, pygame.K_DOWN)         # BACK TO TITLE
    key(ctx, pygame.K_RETURN)
    assert isinstance(ctx.stack.top, TitleScene)


def fighter_pixels(frame: pygame.Surface, bare: pygame.Surface, x: int, y0: int, y1: int):
    """Colours drawn by a fighter near column x: where the frame differs from the empty ring."""
    out = []
    for y in range(y0, y1):
        for px in range(max(0, x - 45), min(640, x + 46)):
            c = frame.get_at((px, y))
            if c != bare.get_at((px, y)):
                out.append(c)
    return out


def test_fight_frame_shows_each_man_where_the_simulation_has_him(ctx):
    from game.bout import FightSpec
    from game.scenes.fight import FightScene
    from game.sim.match import MatchSetup

    spec = FightSpec(MatchSetup(fighters=("apollo", "drago")),
                     "exhibition", ("normal", "normal"), ("cpu", "cpu"))
    scene = FightScene(ctx, spec)
    ctx.stack.push(scene)
    ctx.stack.apply()
    tick(ctx, 200)
    scene.ring.effects = type(scene.effects)()  # no sparks in the way of the comparison
    frame = render(ctx.stack)
    bare = pygame.Surface((640, 360))
    scene.venue.draw_back(bare, scene.view, scene.frame)
    scene.venue.draw_front(bare, scene.view, scene.frame)
    scene.hud.draw(bare, scene.view, scene.frame)
    xs = [round(320 + f.x_m * 80) for f in scene.view.fighters]
    blond = lambda c: c.r > 200 and c.g > 170 and c.b < 150  # noqa: E731
    dark_skin = lambda c: 50 < c.r < 150 and c.g < c.r and c.b <= c.g + 10  # noqa: E731
    apollo = fighter_pixels(frame, bare, xs[0], 318 - 175, 318 - 20)
    drago = fighter_pixels(frame, bare, xs[1], 318 - 185, 318 - 20)
    assert len(apollo) > 1500 and len(drago) > 1500, "both men are drawn where they stand"
    assert sum(map(dark_skin, apollo)) > 200, "Apollo's dark skin is at Apollo's place"
    assert sum(map(blond, drago)) > 30, "Drago's blond flat-top is at Drago's place"
    assert sum(map(blond, apollo)) < sum(map(blond, drago)) / 4


def test_two_players_on_one_keyboard_box_in_the_fight_scene(ctx):
    from game.bout import FightSpec
    from game.input.keyboard import P1_KEYS, P2_KEYS
    from game.scenes.fight import FightScene
    from game.sim.match import MatchSetup

    spec = FightSpec(MatchSetup(),
                     "versus", ("normal", "normal"), ("keyboard", "keyboard"))
    scene = FightScene(ctx, spec)
    ctx.stack.push(scene)
    ctx.stack.apply()
    tick(ctx, 125)
    assert scene.match.phase == "fight"

    def send(kind, code):
        scene.handle(pygame.event.Event(kind, key=0, scancode=code, mod=0, unicode=""))

    send(pygame.KEYDOWN, P1_KEYS["right"])   # p1 walks in
    x0 = scene.match.world.x(0)
    tick(ctx, 30)
    ctx.keyboard.consume()
    assert scene.match.world.x(0) > x0 + 0.3
    send(pygame.KEYUP, P1_KEYS["right"])
    send(pygame.KEYDOWN, P2_KEYS["guard"])   # p2 covers up
    send(pygame.KEYDOWN, P1_KEYS["jab"])     # p1 jabs: acts on the tick it is read
    tick(ctx, 1)
    ctx.keyboard.consume()
    v = scene.view
    assert v.fighters[0].state == "attack" and v.fighters[0].move == "jab"
    assert v.fighters[1].state == "guard"
    frame = render(ctx.stack)
    for i, fv in enumerate(v.fighters):   # each key shows: that man out of his idle pose
        x = round(320 + fv.x_m * 80)
        idle = standing_idle(scene, i)
        changed = sum(frame.get_at((px, py)) != idle.get_at((px, py))
                      for px in range(x - 50, x + 50) for py in range(150, 318, 2))
        assert changed > 100, f"{fv.side}'s {fv.state} is on screen"


def standing_idle(scene, side: int) -> pygame.Surface:
    """The scene's frame with one man drawn in his idle pose instead (the other as he is)."""
    import dataclasses

    from game.render.fighters import draw_order

    def men(surface: pygame.Surface) -> None:
        for fv in draw_order(scene.view.fighters):
            idle = dataclasses.replace(fv, pose="idle_0")
            scene.fighter_art.draw(surface, idle if fv is scene.view.fighters[side] else fv)

    frame = pygame.Surface((640, 360))
    scene.draw_ring(frame, draw_men=men)
    return frame


def test_a_press_changes_the_fighter_on_its_tick_and_in_the_next_frame(ctx):
    from game.bout import FightSpec
    from game.input.keyboard import P1_KEYS
    from game.scenes.fight import FightScene
    from game.sim.match import MatchSetup

    def scene_at(ticks: int) -> FightScene:
        spec = FightSpec(MatchSetup(), "versus", ("normal", "normal"),
                         ("keyboard", "keyboard"))
        scene = FightScene(ctx, spec)
        for _ in range(ticks):
            scene.update()
        return scene

    pressed, control = scene_at(140), scene_at(140)
    tick_before = pressed.match.tick
    pressed.handle(pygame.event.Event(pygame.KEYDOWN, key=0, scancode=P1_KEYS["uppercut"],
                                      mod=0, unicode=""))
    pressed.update()
    ctx.keyboard.release_all()  # the two scenes share one keyboard
    control.update()
    assert pressed.match.tick == tick_before + 1
    assert pressed.view.fighters[0].state == "attack"
    assert control.view.fighters[0].state != "attack"
    frames = []
    for scene in (pressed, control):
        f = pygame.Surface((640, 360))
        scene.draw(f)
        frames.append(f)
    x = round(320 + pressed.view.fighters[0].x_m * 80)
    changed = sum(frames[0].get_at((px, py)) != frames[1].get_at((px, py))
                  for px in range(x - 40, x + 60) for py in range(150, 318, 2))
    assert changed > 100, "the wind-up shows in the very next frame"
