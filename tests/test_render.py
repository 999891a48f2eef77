"""Headless checks of the render layer: font, HUD, venues, effects, ropes.

Why pixels: the HUD and the ropes are only right if what lands on the surface changes with
the view, so a few tests compare regions of a drawn frame rather than internal state.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

import pygame  # noqa: E402
import pytest  # noqa: E402

from game.sim.view import Event, FighterView, MatchView  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


pytestmark = pytest.mark.usefixtures("stage_display")   # a 640x360 window (conftest)


def fighter(side: str, health: float = 100.0, **kw) -> FighterView:
    d = dict(side=side, id="rocky", name="Rocky Balboa", short_name="ROCKY",
             x_m=-1.0 if side == "p1" else 1.0, vx_mps=0.0, facing=1 if side == "p1" else -1,
             state="idle", state_tick=0, move="", move_phase="", anim="idle", pose="idle_0",
             health=health, health_max=100.0, stamina=80.0, stamina_max=100.0, heart=30.0,
             heart_max=100.0, knockdowns_round=0, knockdowns_total=0, hitstop=0, tired=False,
             damage_taken=0.0, punches_thrown=0, punches_landed=0)
    d.update(kw)
    return FighterView(**d)


def match(p1: FighterView | None = None, p2: FighterView | None = None, **kw) -> MatchView:
    d = dict(tick=100, phase="fight", phase_tick=500, round=2, rounds=12,
             clock_ticks_left=5400, round_ticks=10800,
             fighters=(p1 or fighter("p1"), p2 or fighter("p2")), rope_left_m=0.0,
             rope_right_m=0.0, count=0, downed="", winner=None, method=None, reason=None,
             venue="las_vegas", events=())
    d.update(kw)
    return MatchView(**d)


def test_layout_copies_agree():
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        from uigen import layout as gen
    finally:
        sys.path.remove(str(ROOT / "tools"))
    from game.render import layout as run

    names = [n for n in dir(gen) if n.isupper()]
    assert names
    for n in names:
        assert getattr(gen, n) == getattr(run, n), n


def test_font_renders_every_glyph():
    from game.render.font import get_font

    charset = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,:!?'-/%+()& "
    for size in ("small", "big"):
        font = get_font(size)
        assert get_font(size) is font
        for ch in charset.strip():
            img = font.render(ch, (255, 255, 255), shadow=False)
            assert img.get_bounding_rect().width > 0, (size, ch)
        w, h = font.size(charset)
        assert w > 0 and h == font.height
        surf = pygame.Surface((640, 60))
        r = font.draw(surf, "ROUND 1", (320, 10), align="center")
        assert r.width > 0 and r.centerx in range(315, 326)


def test_font_replaces_unknown_and_lowercase():
    from game.render.font import get_font

    font = get_font("small")
    assert font.normalise("ko") == "KO"
    box = font.normalise("\u00e9")
    assert box != "\u00e9" and len(box) == 1
    img = font.render("A\u00e9~B", (255, 0, 0))
    assert img.get_width() > font.render("AB", (255, 0, 0)).get_width()
    a = font.render("X", (255, 0, 0), shadow=False)
    b = font.render("X", (0, 0, 255), shadow=False)
    assert a is font.render("X", (255, 0, 0), shadow=False)  # cached
    ra = a.get_at(a.get_bounding_rect().topleft)
    rb = b.get_at(b.get_bounding_rect().topleft)
    assert ra.r > ra.b and rb.b > rb.r


def test_hud_health_bar_pixels_follow_health():
    from game.render.hud import BAR_W, BAR_X, HEALTH_H, HEALTH_Y, Hud

    region = pygame.Rect(BAR_X, HEALTH_Y, BAR_W, HEALTH_H)

    def grab(health: float, phase: str = "fight") -> list:
        hud = Hud()
        surf = pygame.Surface((640, 360))
        hud.draw(surf, match(p1=fighter("p1", health), phase=phase), 0)
        return [tuple(surf.get_at((x, region.centery))) for x in range(region.left,
                                                                        region.right)]

    full, half = grab(100.0), grab(50.0)
    assert full != half
    assert full[-2] != half[-2] and full[2] == half[2]
    for phase in ("intro", "knockdown", "round_over", "over"):
        grab(70.0, phase)


def test_hud_trail_catches_up():
    from game.render.hud import Hud

    hud = Hud()
    hud.advance(match(p1=fighter("p1", 100.0), tick=1))
    hud.advance(match(p1=fighter("p1", 60.0), tick=2))
    assert hud._trail["p1"] == 100.0
    for t in range(3, 200):
        hud.advance(match(p1=fighter("p1", 60.0), tick=t))
    assert hud._trail["p1"] == 60.0


def test_hud_banners_for_over_and_knockdown():
    from game.render.hud import GOLD, HEALTH_LOW, WHITE, Hud
    from tests.pixels import shows

    hud = Hud()
    band = pygame.Rect(0, 60, 640, 80)   # under the top bars, over the fighters' heads

    def frame(**kw) -> pygame.Surface:
        surf = pygame.Surface((640, 360))
        hud.draw(surf, match(**({"phase_tick": 30} | kw)), 0)
        return surf

    down = frame(phase="knockdown", count=5, downed="p2")
    assert shows(down, hud.banner_text("DOWN!", HEALTH_LOW), HEALTH_LOW, band)
    assert shows(down, hud.banner_text("5", WHITE), WHITE, band), "the count beside DOWN!"
    assert not shows(down, hud.banner_text("6", WHITE), WHITE, band)
    winner = hud.big.render("ROCKY WINS", WHITE)
    for method, title in (("KO", "K.O.!"), ("TKO", "T.K.O.!"), ("decision", "DECISION")):
        over = frame(phase="over", winner="p1", method=method)
        assert shows(over, hud.banner_text(title, GOLD), GOLD, band), method
        assert shows(over, winner, WHITE, band), f"{method}: the winner is named"
    ko = frame(phase="over", winner="p1", method="KO")
    assert not shows(ko, hud.banner_text("DRAW", GOLD), GOLD, band)
    draw = frame(phase="over", winner=None, method="draw")
    assert shows(draw, hud.banner_text("DRAW", GOLD), GOLD, band)
    assert not shows(draw, winner, WHITE, band), "nobody wins a draw"
    calm = frame(phase="fight", phase_tick=500)
    assert not shows(calm, hud.banner_text("DOWN!", HEALTH_LOW), HEALTH_LOW, band)


@pytest.mark.parametrize("venue", ["las_vegas", "moscow"])
def test_venue_draws(venue):
    from game.render.venue import VenueRenderer

    vr = VenueRenderer(venue)
    surf = pygame.Surface((640, 360))
    ev = (Event("knockdown", "p2", x_m=1.0), Event("hit", "p1", weight=0.9))
    for t in range(5):
        v = match(venue=venue, tick=t, events=ev if t == 1 else ())
        vr.advance(v)
        vr.draw_back(surf, v, t)
        vr.draw_front(surf, v, t)
    assert vr.excitement > 0.5


def test_ropes_bow_when_pushed():
    from game.render.venue import VenueRenderer

    vr = VenueRenderer("las_vegas")
    a, b = pygame.Surface((640, 360)), pygame.Surface((640, 360))
    vr.draw_back(a, match(tick=7), 0)
    vr.draw_back(b, match(tick=7, rope_right_m=0.3), 0)
    right = pygame.Rect(520, 180, 120, 140)
    diff = sum(a.get_at((x, y)) != b.get_at((x, y))
               for x in range(right.left, right.right) for y in range(right.top, right.bottom))
    assert diff > 20
    left = pygame.Rect(0, 180, 120, 140)
    assert all(a.get_at((x, y)) == b.get_at((x, y))
               for x in range(left.left, left.right, 3) for y in range(left.top, left.bottom, 3))


def test_effects_spark_and_shake_decay():
    from game.render.effects import Effects

    fx = Effects()
    fx.on_events((Event("hit", "p1", "hook", "head", x_m=0.3, y_m=1.8, weight=0.9),))
    assert any(p.kind.startswith("spark") for p in fx.particles)
    assert any(p.kind == "sweat" for p in fx.particles)
    fx.update()
    assert fx.shake_offset() != (0, 0) or fx._shake > 0
    surf = pygame.Surface((640, 360))
    fx.draw(surf)
    for _ in range(90):
        fx.update()
    assert fx.shake_offset() == (0, 0)
    assert not fx.particles
    reduced = Effects(reduced_shake=True)
    reduced.add_shake(9)
    assert reduced._shake == pytest.approx(3)
    fx.on_events((Event("ko", "p2"), Event("knockdown", "p2")))
    fx.update()
    fx.draw(surf)
    assert surf.get_at((320, 180))[:3] == (255, 255, 255)


def test_fighter_missing_pose_is_clear():
    if not (ROOT / "sprites" / "rocky.json").exists():
        pytest.skip("fighter atlas not generated")
    from game.render.fighters import FighterRenderer

    fr = FighterRenderer(["rocky"])
    surf = pygame.Surface((640, 360))
    fr.draw(surf, fighter("p1"))
    with pytest.raises(KeyError, match="rocky.*no_such_pose"):
        fr.draw(surf, fighter("p1", pose="no_such_pose"))


def test_menu_title_fade():
    from game.render import ui

    surf = pygame.Surface((640, 360))
    ui.draw_title(surf, 0, "PRESS ENTER")
    ui.draw_menu(surf, "MAIN MENU", ["STORY", "EXHIBITION"], 1, 5, subtitle="PICK")
    ui.draw_panel(surf, pygame.Rect(10, 10, 100, 50))
    surf.fill((200, 200, 200))
    ui.fade(surf, 1.0)
    assert surf.get_at((5, 5))[:3] == (0, 0, 0)
