"""Between the rounds of a story fight each man goes back to his own corner and sits down.

Why presentation only: the simulation has no corners. Through the break its fighters stand
where the bell left them, and it puts them on their marks when the next round starts. Corner
talk drawn mid-ring reads wrong, so the story scene stages the break itself from the
MatchView: a short walk to the corner after the bell, the stool for the break (always, with a
cut if need be, while the corner talks), and a walk out to the marks the simulation will use,
so the next round starts exactly where the sim has them. Nothing here writes to the match.

The sheets have no sitting pose, so a seated man is put together from his own sprite: the
upper body of a standing pose, cut just under the waistband and lowered onto the stool, and
bent legs drawn in tones taken from the same sheet, outlined like the rest of the art.
"""

from __future__ import annotations

import dataclasses
import math
from collections import Counter
from functools import cache
from typing import TYPE_CHECKING

import pygame

from game.render.fighters import FighterRenderer, draw_order
from game.render.images import load_json
from game.render.layout import CENTER_X, FLOOR_Y, PX_PER_M
from game.sim.match import BREAK_TICKS, START_X
from game.sim.view import RING_HALF_WIDTH_M, FighterView, MatchView

if TYPE_CHECKING:
    from game.scenes.fight import FightScene

RGB = tuple[int, int, int]

CORNER_M = RING_HALF_WIDTH_M - 0.5   # the stool's centre, metres from the ring's centre
WALK_MPS = 1.8                       # an unhurried walk to the corner and back out
WALK_OUT_TICKS = 80                  # sim ticks before the bell at which they stand again
SEAT_PX = 42                         # the stool's seat above the canvas
TALK_KINDS = ("corner", "towel_choice")
UPRIGHT_OUT = ("down", "ko", "getup")  # a man in these is the sim's to show, never staged

# the stool: wood in the tones the story's log pile uses, a dark outline, never pure black
WOOD_LIGHT, WOOD, WOOD_SHADE, WOOD_DARK = (196, 150, 96), (150, 104, 62), (110, 74, 46), \
    (58, 38, 30)
SHADOW = (10, 8, 20, 80)


def corner_x_m(side: int) -> float:
    """Where a man's stool stands: p1 (side 0) by the left ropes, p2 by the right."""
    return -CORNER_M if side == 0 else CORNER_M


def mark_x_m(side: int) -> float:
    """The mark the simulation puts a man on when a round starts (match.START_X)."""
    return -START_X if side == 0 else START_X


def to_px(x_m: float) -> int:
    """Metres from the ring's centre to the screen column the fight draws them at."""
    return round(CENTER_X + x_m * PX_PER_M)


@dataclasses.dataclass
class Staged:
    """How one man is shown during the break: where, and whether walking or seated."""

    x_m: float
    facing: int = 1
    walked: int = 0
    moving: bool = False
    seated: bool = False


class CornerStaging:
    """The presentation state of the break for one story fight (the sim never sees it)."""

    def __init__(self) -> None:
        self.men: list[Staged] | None = None

    @property
    def active(self) -> bool:
        """True while the scene should draw the men from here rather than from the sim."""
        return self.men is not None

    @staticmethod
    def wanted(view: MatchView, talking: bool) -> bool:
        """The break before another round (or corner talk before the first bell), with both
        men on their feet."""
        between = view.phase in ("round_over", "break") and view.round < view.rounds
        before = talking and view.phase == "intro"
        return (between or before) and all(f.state not in UPRIGHT_OUT for f in view.fighters)

    def reset(self) -> None:
        """Back to drawing the sim as it is (the staging starts again from there)."""
        self.men = None

    def update(self, view: MatchView, talking: bool) -> None:
        """Advance once per scene update, also while a beat holds the sim: the walk goes on
        while the lines are read. During corner talk both men are on their stools (a cut if
        they had not got there yet)."""
        if not self.wanted(view, talking):
            self.men = None
            return
        if self.men is None:
            self.men = [Staged(f.x_m, f.facing) for f in view.fighters]
        going_out = (view.phase == "break" and not talking
                     and view.phase_tick >= BREAK_TICKS - WALK_OUT_TICKS)
        step = WALK_MPS / 60
        for k, man in enumerate(self.men):
            into_ring = 1 if k == 0 else -1
            target = mark_x_m(k) if going_out else corner_x_m(k)
            if talking and not going_out:
                man.x_m = target
            dx = target - man.x_m
            if abs(dx) > 1e-6:
                man.x_m += max(-step, min(step, dx))
                man.facing = 1 if dx > 0 else -1
                man.walked += 1
                man.moving, man.seated = True, False
            else:
                man.facing = into_ring
                man.moving, man.seated = False, not going_out

    def spots(self) -> list[tuple[int, bool]]:
        """(screen x, seated) of each man as drawn, p1 first; for the scene and its tests."""
        return [(to_px(m.x_m), m.seated) for m in self.men or ()]

    def staged_view(self, view: MatchView) -> MatchView:
        """The view with the men where they are drawn, for the referee: with both on their
        stools he waits in the middle of the ring instead of beside an empty spot."""
        if self.men is None:
            return view
        fighters = tuple(dataclasses.replace(f, x_m=m.x_m, facing=m.facing)
                         for f, m in zip(view.fighters, self.men, strict=True))
        return dataclasses.replace(view, fighters=fighters)

    def draw(self, surface: pygame.Surface, inner: FightScene, frame: int) -> None:
        """The fight scene's picture (FightScene.draw) with the men where the break puts
        them: the venue, referee, effects and HUD are the fight's own."""
        staged = self.staged_view(inner.view)
        art: FighterRenderer = inner.fighter_art
        men = self.men or []

        def draw_men(surface: pygame.Surface) -> None:
            for fv in draw_order(staged.fighters):
                man = men[0 if fv.side == "p1" else 1]
                if man.seated:
                    draw_stool(surface, to_px(man.x_m) - 5 * man.facing)
                    draw_seated(surface, art, fv, to_px(man.x_m), man.facing, frame)
                else:   # walking, or on his mark waiting for the bell
                    pose = f"walk_{(man.walked // 7) % 4}" if man.moving else \
                        f"idle_{(frame // 8) % 4}"
                    art.draw(surface, dataclasses.replace(fv, pose=pose, state="walk",
                                                          hitstop=0))

        inner.draw_ring(surface, draw_men=draw_men)


# --- the stool and the seated man ----------------------------------------------------------
def _outline_layer(parts: list[tuple[pygame.Surface, RGB]], size: tuple[int, int]
                   ) -> pygame.Surface:
    """Stack drawn parts and ring each with one pixel of its own darkest tone where it meets
    nothing (the art direction's outline per material, never pure black)."""
    out = pygame.Surface(size, pygame.SRCALPHA)
    whole = pygame.mask.Mask(size)
    for layer, _ in parts:
        whole.draw(pygame.mask.from_surface(layer), (0, 0))
    for layer, dark in parts:
        ring = pygame.mask.Mask(size)
        m = pygame.mask.from_surface(layer)
        for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            ring.draw(m, (dx, dy))
        ring.erase(whole, (0, 0))
        out.blit(ring.to_surface(setcolor=dark, unsetcolor=(0, 0, 0, 0)), (0, 0))
    for layer, _ in parts:
        out.blit(layer, (0, 0))
    return out


@cache
def _stool_image() -> pygame.Surface:
    """A corner stool, 40 px wide with its seat SEAT_PX above the canvas; light upper left."""
    w, h = 40, SEAT_PX + 2
    seat = pygame.Surface((w, h), pygame.SRCALPHA)
    seat.fill(WOOD, (2, 1, w - 4, 5))
    seat.fill(WOOD_LIGHT, (2, 1, w - 4, 1))
    seat.fill(WOOD_SHADE, (2, 5, w - 4, 1))
    legs = pygame.Surface((w, h), pygame.SRCALPHA)
    for top, bottom in ((6, 2), (w - 9, w - 5)):   # splayed legs, shade on the right
        pygame.draw.polygon(legs, WOOD, [(top, 6), (top + 3, 6), (bottom + 3, h - 1),
                                         (bottom, h - 1)])
        pygame.draw.line(legs, WOOD_SHADE, (top + 2, 6), (bottom + 2, h - 1))
    legs.fill(WOOD, (6, h // 2 + 2, w - 12, 3))    # the rung
    legs.fill(WOOD_SHADE, (6, h // 2 + 4, w - 12, 1))
    return _outline_layer([(legs, WOOD_DARK), (seat, WOOD_DARK)], (w, h))


def draw_stool(surface: pygame.Surface, x: int) -> None:
    """The stool centred on x, standing on the canvas line."""
    shadow, stool = _stool_shadow(), _stool_image()
    surface.blit(shadow, (x - shadow.get_width() // 2, FLOOR_Y - 3))
    surface.blit(stool, (x - stool.get_width() // 2, FLOOR_Y - stool.get_height() + 1))


@cache
def _stool_shadow() -> pygame.Surface:
    """A flat soft ellipse under the stool and the feet, like the fighters' own shadows."""
    shadow = pygame.Surface((56, 8), pygame.SRCALPHA)
    pygame.draw.ellipse(shadow, SHADOW, shadow.get_rect())
    return shadow


@dataclasses.dataclass(frozen=True)
class Tones:
    """A fighter's leg materials, read from his own sheet so the drawn legs match it."""

    skin: RGB
    skin_shade: RGB
    skin_dark: RGB
    trunks: RGB
    trunks_shade: RGB
    trunks_dark: RGB
    shoe: RGB
    shoe_dark: RGB


_tones: dict[str, Tones] = {}


def _colours(img: pygame.Surface, ay: int, lo: int, hi: int) -> list[RGB]:
    """The opaque colours of rows lo..hi pixels above the anchor, most common first."""
    count: Counter[RGB] = Counter()
    for y in range(max(0, ay - hi), min(img.get_height(), ay - lo + 1)):
        for x in range(img.get_width()):
            c = img.get_at((x, y))
            if c.a > 0:
                count[(c.r, c.g, c.b)] += 1
    return [c for c, _ in count.most_common()]


def _lum(c: RGB) -> int:
    """Rough brightness, to tell a material's shade and dark tones from its main one."""
    return c[0] * 3 + c[1] * 6 + c[2]


def tones(art: FighterRenderer, fighter: str) -> Tones:
    """Skin from the shins, trunks from just under the waist, shoes from the canvas line."""
    if fighter in _tones:
        return _tones[fighter]
    rect, (_, ay) = art.frame(fighter, "idle_0", "right")
    img = art._sheets[fighter].subsurface(rect)  # noqa: SLF001 - the renderer's loaded sheet
    height = ay - img.get_bounding_rect().top
    skin = _colours(img, ay, round(0.2 * height), round(0.32 * height))
    trunks = _colours(img, ay, round(0.42 * height), round(0.45 * height))
    shoes = _colours(img, ay, 1, 5)
    t = Tones(skin[0], min(skin[:2], key=_lum), min(skin[:4], key=_lum),
              trunks[0], min(trunks[:3], key=_lum), min(trunks, key=_lum),
              shoes[0], min(shoes[:4], key=_lum))
    _tones[fighter] = t
    return t


def _capsule(s: pygame.Surface, colour: RGB, a: tuple[float, float], b: tuple[float, float],
             w: float) -> None:
    """A limb: a band of width w from a to b with round ends."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    n = math.hypot(dx, dy) or 1.0
    px, py = -dy / n * w / 2, dx / n * w / 2
    pygame.draw.polygon(s, colour, [(a[0] + px, a[1] + py), (b[0] + px, b[1] + py),
                                    (b[0] - px, b[1] - py), (a[0] - px, a[1] - py)])
    for c in (a, b):
        pygame.draw.circle(s, colour, (round(c[0]), round(c[1])), max(1, round(w / 2)))


def _legs(art: FighterRenderer, fighter: str, facing: int, height: int) -> pygame.Surface:
    """Both legs bent over the stool, drawn in a box whose origin is 60 px behind the hip and
    whose bottom row is the canvas line; light from the upper left in either facing."""
    t = tones(art, fighter)
    w, h = 160, SEAT_PX + 40
    s = facing
    hx = 60 if s > 0 else w - 60                       # the hip, above the stool's middle
    floor = h - 1
    th, sh = max(9, round(0.075 * height)), max(7, round(0.055 * height))
    hip = (hx, floor - SEAT_PX - th / 2 + 1)
    knee = (hx + s * round(0.25 * height), floor - round(0.28 * height))
    ankle = (knee[0] - s * 2, floor - 7)
    parts: list[tuple[pygame.Surface, RGB]] = []
    for far in (True, False):
        off = -s * 4 if far else 0
        lift = -2 if far else 0

        def at(p: tuple[float, float], off: int = off, lift: int = lift) -> tuple[float, float]:
            return p[0] + off, p[1] + lift
        skin = pygame.Surface((w, h), pygame.SRCALPHA)
        main = t.skin_shade if far else t.skin
        _capsule(skin, t.skin_shade if not far else t.skin_dark, at(hip), at(knee), th)
        _capsule(skin, main, at((hip[0], hip[1] - th * 0.15)), at((knee[0], knee[1]
                                                                    - th * 0.15)), th * 0.7)
        _capsule(skin, t.skin_shade if not far else t.skin_dark, at(knee), at(ankle), sh)
        _capsule(skin, main, at((knee[0] - 1, knee[1])), at((ankle[0] - 1, ankle[1])),
                 sh * 0.65)
        cloth = pygame.Surface((w, h), pygame.SRCALPHA)  # the trunk leg over the thigh
        mid = (hip[0] + (knee[0] - hip[0]) * 0.42, hip[1] + (knee[1] - hip[1]) * 0.42)
        back = (hip[0] - s * 0.02 * height, hip[1])
        _capsule(cloth, t.trunks_shade, at(back), at(mid), th + 3)
        _capsule(cloth, t.trunks_shade if far else t.trunks, at((back[0], back[1] - 1)),
                 at((mid[0], mid[1] - 1)), th * 0.8)
        shoe = pygame.Surface((w, h), pygame.SRCALPHA)
        toe = ankle[0] + s * round(0.085 * height)
        heel = ankle[0] - s * 5
        rect = pygame.Rect(min(toe, heel), floor - 8, abs(toe - heel), 8)
        rect.move_ip(off, lift)
        pygame.draw.ellipse(shoe, t.shoe, rect)
        shoe.fill(t.shoe, (rect.left + (0 if s > 0 else rect.width // 2), rect.top + 3,
                           rect.width // 2, 5))
        parts += [(skin, t.skin_dark), (cloth, t.trunks_dark), (shoe, t.shoe_dark)]
    return _outline_layer(parts, (w, h))


_seat_cache: dict[tuple[str, int], tuple[pygame.Surface, int]] = {}


def _seat(art: FighterRenderer, fighter: str, facing: int) -> tuple[pygame.Surface, int]:
    """(the legs picture, where to cut the standing sprite) for one man and facing, made once:
    the legs take a few milliseconds, too slow to draw every frame."""
    key = (fighter, facing)
    if key not in _seat_cache:
        rect, (_, ay) = art.frame(fighter, "idle_0", "right" if facing > 0 else "left")
        sheet = art._sheets[fighter]  # noqa: SLF001 - the renderer's own loaded sheet
        height = ay - sheet.subsurface(rect).get_bounding_rect().top
        _seat_cache[key] = (_legs(art, fighter, facing, height), _waist(fighter, "idle_0"))
    return _seat_cache[key]


def draw_seated(surface: pygame.Surface, art: FighterRenderer, fv: FighterView, x: int,
                facing: int, frame: int) -> None:
    """fv's man sitting on a stool at x, facing into the ring, breathing; his cuts and
    swelling drawn over his face as in the fight."""
    pose = "idle_0"
    rect, (ax, ay) = art.frame(fv.id, pose, "right" if facing > 0 else "left")
    sheet = art._sheets[fv.id]  # noqa: SLF001 - the renderer's own loaded sheet
    legs, waist = _seat(art, fv.id, facing)
    lx = x - (61 if facing > 0 else legs.get_width() - 59)
    surface.blit(legs, (lx, FLOOR_Y - legs.get_height() + 2))
    breath = 1 if (frame // 40) % 2 else 0
    anchor_y = FLOOR_Y - SEAT_PX + 2 + waist - breath
    keep = pygame.Rect(rect.x, rect.y, rect.w, max(1, ay - waist))
    surface.blit(sheet, (x - ax, anchor_y - ay), keep)
    seated = dataclasses.replace(fv, pose=pose, facing=facing)
    if fv.damage_taken > 0:
        art.draw_damage(surface, seated, x, anchor_y)


def _waist(fighter: str, pose: str) -> int:
    """Pixels above the anchor to cut the standing sprite at: a little under the hip line
    the atlas gives the body hurtbox, so the waistband and a strip of trunks stay on."""
    body = load_json(f"{fighter}.json")["poses"][pose]["body"]
    return round(body[1]) - 4
