"""Pictures of the four drills: what each model's numbers look like on screen.

Why apart from the training scene: each drill is a small picture of its own state (a swing
meter, a stride count, the beat track, the two punch meters) and nothing else; the scene
decides when it shows.
"""

from __future__ import annotations

from functools import cache

import pygame

from game.render import ui
from game.render.font import get_font
from game.story.drills import Drill, LogChop, MountainClimb, PunchMachine, SnowRun
from game.story.model import Figure

from .art import Falling, backdrop, draw_illustration, draw_pose_scaled, fighters

_BLIZZARD = Falling(260, 3)
GOLD, RED, CYAN = (255, 196, 70), (220, 50, 50), (80, 240, 230)


def draw_drill(surface: pygame.Surface, drill: Drill, frame: int, playing: bool) -> None:
    if isinstance(drill, LogChop):
        _logs(surface, drill, frame)
    elif isinstance(drill, SnowRun):
        _snow(surface, drill, frame)
    elif isinstance(drill, MountainClimb):
        _mountain(surface, drill, frame)
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


def _logs(surface: pygame.Surface, d: LogChop, frame: int) -> None:
    swinging = d.wait > d.cooldown - 10
    pose = "hook_3" if swinging else ("hook_1" if d.wait > 0 else "idle_0")
    draw_illustration(surface, "snow", (Figure("rocky", pose, 250, "right"),), frame)
    # the chopping block and the log on it (split when a chop lands)
    surface.fill((92, 62, 40), (298, 292, 44, 26))
    surface.fill((150, 110, 70), (298, 290, 44, 4))
    split = 6 if d.wait > 0 else 0
    for k, dx in enumerate((-split, split)):
        surface.fill((176, 128, 80), (304 + dx + 16 * k, 262, 16, 28))
        surface.fill((120, 82, 50), (304 + dx + 16 * k, 262, 16, 3))
    for k in range(len(d.chops)):  # the pile of split wood
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
        get_font("big").draw(surface, text, (320, 200), GOLD if q >= 1 else ui.WHITE,
                             align="center")


def _meter_needle(surface: pygame.Surface, rect: pygame.Rect, value: float) -> None:
    y = rect.bottom - round(rect.height * value)
    surface.fill(ui.WHITE, (rect.left - 8, y - 1, rect.width + 16, 3))
    surface.fill((20, 14, 24), (rect.left - 8, y + 2, rect.width + 16, 1))


def _snow(surface: pygame.Surface, d: SnowRun, frame: int) -> None:
    back, _ = backdrop("snow")
    scroll = round(d.strides * 9) % 640
    surface.blit(back, (-scroll, 0))
    surface.blit(back, (640 - scroll, 0))
    walk = f"walk_{int(d.strides) % 4}"
    fighters().draw_pose(surface, "rocky", walk, "right", 280, 318)
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


@cache
def _mountain_back() -> pygame.Surface:
    s = backdrop("snow")[0].copy()
    pygame.draw.polygon(s, (104, 120, 150), [(40, 320), (470, 40), (640, 180), (640, 320)])
    pygame.draw.polygon(s, (240, 246, 252), [(400, 86), (470, 40), (540, 86), (500, 80),
                                             (470, 96), (440, 78)])
    pygame.draw.polygon(s, (84, 98, 126), [(470, 40), (640, 180), (640, 320), (520, 320)])
    s.fill((226, 234, 246), (0, 318, 640, 42))
    return s


def _mountain(surface: pygame.Surface, d: MountainClimb, frame: int) -> None:
    surface.blit(_mountain_back(), (0, 0))
    h = d.height
    x = round(60 + 400 * h)
    y = round(min(318, 320 - (x - 40) * 280 / 430 + 2))
    top = d.done and h > 0.7
    pose = "victory_0" if top else f"walk_{(frame // 8) % 4}"
    draw_pose_scaled(surface, "rocky", pose, "right", x, y, 0.55)
    if d.boost and (frame // 30) % 2 == 0:
        get_font("small").draw(surface, "ADRIAN IS WATCHING", (120, 60), GOLD)
    # the beat track: marks slide to the line; press as one crosses it
    track = pygame.Rect(40, 300, 560, 18)
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
        get_font("big").draw(surface, text, (320, 250), GOLD, align="center")


def _machine(surface: pygame.Surface, d: PunchMachine, frame: int) -> None:
    lab, _ = backdrop("lab")
    barn = backdrop("snow")[0]
    surface.blit(lab, (0, 0), (0, 0, 320, 360))
    surface.blit(barn, (320, 0), (380, 0, 320, 360))
    surface.fill((8, 6, 14), (318, 0, 4, 360))
    # Drago on the lab's machine: his number climbs as the drill goes on
    rival = min(1.0, d.ticks / 120) * d.rival / d.scale
    pose = "hook_3" if (frame // 20) % 3 == 0 else "guard_0"
    fighters().draw_pose(surface, "drago", pose, "left", 220, 318)
    # Rocky on a heavy sack in the barn
    punching = d.power > 0.05 and (frame // 5) % 2 == 0
    surface.fill((90, 70, 50), (520, 60, 3, 120))
    pygame.draw.ellipse(surface, (150, 120, 80), (500, 170, 44, 96))
    pygame.draw.ellipse(surface, (120, 94, 60), (524, 180, 16, 80))
    fighters().draw_pose(surface, "rocky", "body_3" if punching else "guard_0", "right",
                         440, 318)
    small, big = get_font("small"), get_font("big")
    for k, (name, value, colour) in enumerate((("DRAGO", rival, CYAN),
                                               ("ROCKY", d.peak, GOLD))):
        cx = 60 if k == 0 else 600
        rect = pygame.Rect(cx - 9, 100, 18, 170)
        _meter(surface, rect, value, colour, mark=d.rival / d.scale, mark_colour=CYAN)
        small.draw(surface, name, (cx, 276), ui.WHITE, align="center")
        reading = round(value * d.scale)
        big.draw(surface, str(reading), (cx + (40 if k == 0 else -40), 60), colour,
                 align="center")
    if k and d.power > 0:
        _meter_needle(surface, pygame.Rect(591, 100, 18, 170), d.power)
