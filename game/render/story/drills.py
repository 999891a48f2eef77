"""Pictures of the four drills: what each model's numbers look like on screen, and where.

Why apart from the training scene: each drill is a small picture of its own state (a swing
meter, a stride count, the beat track, the two punch meters) and nothing else; the scene
decides when it shows. Each takes place in its backdrop (sprites/backdrops/): the logs at
the farm, the run through the snowfield, the climb on the mountain, the bag in the barn beside
Drago's lab; the props' places come from the backdrops' spots, not from numbers here.
"""

from __future__ import annotations

from functools import cache

import pygame

from game.assets import AssetError
from game.render import ui
from game.render.font import get_font
from game.render.images import load_image, load_json
from game.story.drills import Drill, LogChop, MountainClimb, PunchMachine, SnowRun

from .art import Falling, backdrop, backdrop_image, draw_illustration, fighters, floor_y, spot

_BLIZZARD = Falling(260, 3)
GOLD, RED, CYAN = (255, 196, 70), (220, 50, 50), (80, 240, 230)
CLIMB_X = 40                # the climb's first step, low on the mountain's path
CLIMBER_SCALE = 0.6         # Rocky far up the mountain: small, still whole in frame
HALF = 320                  # the machine drill's split between the lab and the barn
DRAGO_REACH = 78            # from the machine's pad to where Drago stands to hit it
ROCKY_REACH = 64            # from the bag's middle to where Rocky stands to hit it
METER_X = (290, 600)        # the two punch meters, each on its man's side of the split
COAT_SHEET = "actors/rocky_coat.json"  # Rocky's winter clothes, when the build has them


def draw_drill(surface: pygame.Surface, drill: Drill, frame: int, playing: bool,
               boost_caption: str = "") -> None:
    """One frame of a drill; `boost_caption` (the chapter's words) blinks while a boost is on."""
    if isinstance(drill, LogChop):
        _logs(surface, drill, frame)
    elif isinstance(drill, SnowRun):
        _snow(surface, drill, frame)
    elif isinstance(drill, MountainClimb):
        _mountain(surface, drill, frame, boost_caption)
    elif isinstance(drill, PunchMachine):
        _machine(surface, drill, frame)
    if playing:
        secs = max(0, (drill.limit - drill.ticks) // 60)
        get_font("small").draw(surface, f"TIME {secs}", (624, 40), ui.WHITE, align="right")


def _meter(surface: pygame.Surface, rect: pygame.Rect, fill: float, colour: tuple,
           mark: float | None = None, mark_colour: tuple = GOLD) -> None:
    surface.fill((8, 6, 14), rect.inflate(4, 4))
    surface.fill((40, 32, 52), rect)
    n = round(rect.height * max(0.0, min(1.0, fill)))
    surface.fill(colour, (rect.left, rect.bottom - n, rect.width, n))
    surface.fill(tuple(min(255, c + 50) for c in colour), (rect.left, rect.bottom - n,
                                                           rect.width, 1))
    if mark is not None:
        y = rect.bottom - round(rect.height * mark)
        surface.fill(mark_colour, (rect.left - 6, y - 1, rect.width + 12, 3))


@cache
def _coat() -> tuple[dict, pygame.Surface] | None:
    """Rocky's winter clothes (the `rocky_coat` actor sheet, made by tools/make_sprites.py)
    for the drills out in the snow, or None in a build without actor sheets."""
    try:
        meta = load_json(COAT_SHEET)
        return meta, load_image("actors/" + meta["image"])
    except AssetError:
        return None


def _rocky(surface: pygame.Surface, pose: str, facing: str, x: int, y: int,
           scale: float = 1.0, coat: str = "") -> pygame.Rect:
    """Rocky with his feet at (x, y), smaller than life when `scale` < 1: in his winter coat
    in the pose `coat` when that sheet has it, else in his fighter's `pose`. Returns the
    rectangle his opaque pixels cover (what a framing check looks at)."""
    sheet = _coat()
    if coat and sheet is not None and coat in sheet[0]["frames"]:
        fx, fy, fw, fh, ax, ay = sheet[0]["frames"][coat][facing]
        img = sheet[1].subsurface((fx, fy, fw, fh))
    else:
        r = fighters()
        rect, (ax, ay) = r.frame("rocky", pose, facing)
        img = r._sheets["rocky"].subsurface(rect)  # noqa: SLF001 - the renderer's loaded sheet
    if scale != 1.0:
        img = pygame.transform.scale(img, (max(1, round(img.get_width() * scale)),
                                           max(1, round(img.get_height() * scale))))
    at = (x - round(ax * scale), y - round(ay * scale))
    surface.blit(img, at)
    return img.get_bounding_rect().move(at)


def _logs(surface: pygame.Surface, d: LogChop, frame: int) -> None:
    """At the farm: Rocky splits logs on the block beside the wood pile."""
    swinging = d.wait > d.cooldown - 10
    pose = "hook_3" if swinging else ("hook_1" if d.wait > 0 else "idle_0")
    draw_illustration(surface, "farm", (), frame)
    _rocky(surface, pose, "right", 250, floor_y("farm"), coat="chop_1" if swinging else "chop")
    # the chopping block and the log on it (split when a chop lands)
    surface.fill((60, 40, 26), (297, 289, 46, 30))
    surface.fill((92, 62, 40), (298, 292, 44, 26))
    surface.fill((150, 110, 70), (298, 290, 44, 4))
    split = 6 if d.wait > 0 else 0
    for k, dx in enumerate((-split, split)):
        surface.fill((70, 46, 30), (303 + dx + 16 * k, 261, 18, 30))
        surface.fill((176, 128, 80), (304 + dx + 16 * k, 262, 16, 28))
        surface.fill((214, 170, 110), (304 + dx + 16 * k, 262, 16, 3))
    for k in range(len(d.chops)):  # the pile of split wood
        surface.fill((70, 46, 30), (371 + (k % 4) * 12, 305 - (k // 4) * 8, 12, 9))
        surface.fill((196, 150, 96), (372 + (k % 4) * 12, 306 - (k // 4) * 8, 10, 7))
        surface.fill((120, 82, 50), (372 + (k % 4) * 12, 306 - (k // 4) * 8, 10, 1))
    rect = pygame.Rect(560, 90, 18, 160)
    ui.draw_panel(surface, pygame.Rect(536, 70, 72, 206))
    window = pygame.Rect(rect.left, rect.bottom - round(rect.height * (d.target + d.window)),
                         rect.width, round(rect.height * 2 * d.window))
    _meter(surface, rect, 0.0, GOLD)
    surface.fill((110, 80, 30), window)
    _meter_needle(surface, rect, d.needle)
    small = get_font("small")
    small.draw(surface, "SWING", (572, 76), ui.ACCENT, align="center")
    small.draw(surface, f"{len(d.chops)}/{d.chops_needed}", (572, 258), ui.WHITE,
               align="center")
    if d.chops and d.wait > 0:
        q = d.chops[-1]
        text = "CLEAN!" if q >= 1.0 else "GOOD" if q > 0.5 else "GLANCING"
        get_font("big").draw(surface, text, (450, 200), GOLD if q >= 1 else ui.WHITE,
                             align="center")


def _meter_needle(surface: pygame.Surface, rect: pygame.Rect, value: float) -> None:
    y = rect.bottom - round(rect.height * value)
    surface.fill(ui.WHITE, (rect.left - 8, y - 1, rect.width + 16, 3))
    surface.fill((20, 14, 24), (rect.left - 8, y + 2, rect.width + 16, 1))


def _snow(surface: pygame.Surface, d: SnowRun, frame: int) -> None:
    """Out in the open: the snowfield scrolls under Rocky as he ploughs through the drifts."""
    back = backdrop_image("snowfield")
    width = back.get_width()
    scroll = round(d.strides * 9) % width
    surface.blit(back, (-scroll, 0))
    surface.blit(back, (width - scroll, 0))
    walk = f"walk_{int(d.strides) % 4}"
    _rocky(surface, walk, "right", 280, floor_y("snowfield"), coat=walk)
    for k in range(9):  # deep snow up to the knees, in front of him
        x = (k * 80 - scroll * 2) % 720 - 40
        pygame.draw.ellipse(surface, (236, 242, 250), (x, 292, 110, 30))
        pygame.draw.ellipse(surface, (214, 226, 242), (x + 10, 300, 90, 10))
    _BLIZZARD.draw(surface, frame * 2)
    rect = pygame.Rect(120, 56, 400, 10)
    surface.fill((8, 6, 14), rect.inflate(4, 4))
    surface.fill((40, 32, 52), rect)
    surface.fill(GOLD, (rect.left, rect.top, round(rect.width * d.score), rect.height))
    small = get_font("small")
    small.draw(surface, "DISTANCE", (rect.left - 8, rect.top + 1), ui.WHITE, align="right")
    small.draw(surface, f"{int(d.strides)}", (rect.right + 8, rect.top + 1), ui.ACCENT)
    want = "RIGHT" if d.last_foot == "left" else "LEFT"
    for k, foot in enumerate(("LEFT", "RIGHT")):
        r = pygame.Rect(250 + k * 80, 90, 60, 20)
        ui.draw_panel(surface, r)
        small.draw(surface, foot, r.center[0:1] + (r.top + 7,), GOLD if foot == want
                   else ui.DIM, align="center")


def climber_at(height: float) -> tuple[int, int]:
    """Where Rocky's feet are at `height` (0 the foot, 1 the summit): on the backdrop's path
    (its spots: the path's start, the crest, the summit), from CLIMB_X to the summit."""
    (px, py), (cx, cy) = spot("mountain", "path_start"), spot("mountain", "crest")
    sx, sy = spot("mountain", "summit")
    x = CLIMB_X + (sx - CLIMB_X) * max(0.0, min(1.0, height))
    y = sy if x >= cx else py + (cy - py) * (x - px) / (cx - px)
    return round(x), round(y)


def _mountain(surface: pygame.Surface, d: MountainClimb, frame: int, caption: str) -> None:
    """The mountain: Rocky climbs the ridge to the summit, in frame head to boots all the way;
    the beat track runs along the sky, out of his way."""
    surface.blit(backdrop("mountain")[0], (0, 0))
    x, y = climber_at(d.height)
    top = d.done and d.height > 0.7
    walk = f"walk_{(frame // 8) % 4}"
    _rocky(surface, "victory_0" if top else walk, "right", x, y, CLIMBER_SCALE,
           coat="cheer" if top else walk)
    if d.boost and caption and (frame // 30) % 2 == 0:
        get_font("small").draw(surface, caption, (40, 82), GOLD)
    # the beat track: marks slide to the line; press as one crosses it
    track = pygame.Rect(40, 56, 560, 18)
    ui.draw_panel(surface, track.inflate(8, 8))
    line_x = track.left + 60
    surface.fill(ui.WHITE, (line_x - 1, track.top - 3, 3, track.height + 6))
    for n in range(d.beats):
        bx = line_x + (d.beat_tick(n) - d.ticks) * 3
        if track.left <= bx <= track.right - 6:
            got = d.marks.get(n)
            col = GOLD if got == 1.0 else (200, 200, 220) if got else (
                RED if d.ticks > d.beat_tick(n) + d.good else CYAN)
            surface.fill(col, (bx - 3, track.top + 4, 6, track.height - 8))
    n, off = d.nearest()
    if n in d.marks and abs(off) < 14:
        text = "PERFECT!" if d.marks[n] == 1.0 else "GOOD"
        get_font("big").draw(surface, text, (140, 120), GOLD, align="center")


def _machine(surface: pygame.Surface, d: PunchMachine, frame: int) -> None:
    """Side by side: Drago at the lab's punch machine on the left, Rocky at the heavy bag in
    the barn on the right, each half cut from its own backdrop (no gap at either edge)."""
    surface.blit(backdrop("lab")[0], (0, 0), (0, 0, HALF, 360))
    surface.blit(backdrop("barn")[0], (HALF, 0), (HALF, 0, 640 - HALF, 360))
    surface.fill((8, 6, 14), (HALF - 2, 0, 4, 360))
    # Drago at the machine: his number climbs as the drill goes on
    rival = min(1.0, d.ticks / 120) * d.rival / d.scale
    pose = "hook_3" if (frame // 20) % 3 == 0 else "guard_0"
    mx, _ = spot("lab", "machine")
    fighters().draw_pose(surface, "drago", pose, "left", mx + DRAGO_REACH, floor_y("lab"))
    # Rocky at the heavy bag in the barn
    punching = d.power > 0.05 and (frame // 5) % 2 == 0
    bx, _ = spot("barn", "bag")
    _rocky(surface, "body_3" if punching else "guard_0", "right", bx - ROCKY_REACH,
           floor_y("barn"))
    small, big = get_font("small"), get_font("big")
    for k, (name, value, colour) in enumerate((("DRAGO", rival, CYAN),
                                               ("ROCKY", d.peak, GOLD))):
        cx = METER_X[k]
        rect = pygame.Rect(cx - 9, 100, 18, 170)
        _meter(surface, rect, value, colour, mark=d.rival / d.scale, mark_colour=CYAN)
        small.draw(surface, name, (cx, 276), ui.WHITE, align="center")
        reading = round(value * d.scale)
        big.draw(surface, str(reading), (cx - 40, 60), colour, align="center")
    if d.power > 0:
        _meter_needle(surface, pygame.Rect(METER_X[1] - 9, 100, 18, 170), d.power)


@cache
def lab_glimpse(kind: str, size: tuple[int, int] = (200, 112)) -> pygame.Surface:
    """The small picture of Drago's lab beside a drill's card: Drago on the treadmill for the
    run, at the punch machine otherwise (the lab backdrop is painted empty)."""
    s = backdrop("lab")[0].copy()
    if kind == "snow":
        tx, ty = spot("lab", "treadmill")
        fighters().draw_pose(s, "drago", "walk_1", "right", tx, ty)
    else:
        mx, _ = spot("lab", "machine")
        fighters().draw_pose(s, "drago", "hook_3", "left", mx + DRAGO_REACH, floor_y("lab"))
    return pygame.transform.scale(s, size)
