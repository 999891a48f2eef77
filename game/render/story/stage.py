"""Draws a staged scene's state: the backdrop through the camera, the actors back to front, a
front row of the crowd, the speech boxes beside their speakers, flashes and fades.

Why the world is drawn at 1x and then scaled: backdrop and figures share one pixel grid, and
a zoom scales the whole picture by nearest neighbour, so a close-up stays pixel art with
pixels of one size (like the fights) instead of figures and hall scaled apart.
Why the speech boxes come from `layout()`: the tests place every line of every scene with the
same function, so "the words never cover a face" is checked on the data, not hoped for.
"""

from __future__ import annotations

import random
from functools import cache
from pathlib import Path

import pygame

from game.render import ui
from game.render.font import get_font
from game.render.images import load_image, load_json
from game.story.speech_layout import Box, place_speech, tail
from game.story.stage_assets import FigureInfo
from game.story.timeline import ActorState, LineState, StageState, Timeline

from .art import backdrop as illustration
from .dialogue import NAMES, draw_caption, wrap
from .stage_zones import (
    CROWD_ROW_Y,
    caption_hides,
    caption_y,
    crowd_row,
    head_box,
    taken_boxes,
    title_shows,
)

SPEECH_TEXT_W = 196           # the widest a line of a speech box runs
PAD = 6
LINE_H = 11
CROWD_STEP = 30
SHADOW = (10, 8, 20)
PAPER, PAPER_SHADE, INK, TAG = (246, 238, 220), (214, 200, 178), (26, 18, 34), (168, 52, 30)
OUTLINE_SHADE = 40            # percent: a shrunk figure's edge, darkened like the outline
LOWER_THIRD_DARK = 236        # a title at the bottom hides the floor's lettering under it
TUBE_TINT = (206, 218, 240, 255)  # a figure on a television: the tube's cold light
SCAN_LINE = (204, 204, 204, 255)  # and its lines, as dark as the painted picture's (0.8)
FLASH_PEAK = 0.8              # a camera flash whitens, never blanks the picture


def tag_of(timeline: Timeline, actor: str) -> str:
    """The name on an actor's speech boxes: his `tag`, a known speaker's name, his own name."""
    a = timeline.scene.actor(actor)
    return (a.tag or NAMES.get(a.name) or a.name.replace("_", " ")).upper()


def speech_size(tag: str, text: str) -> tuple[int, int, tuple[str, ...]]:
    """(width, height, wrapped lines) of a speech box."""
    font = get_font("small")
    lines = wrap(text, SPEECH_TEXT_W)
    w = max([font.size(ln)[0] for ln in lines] + [font.size(tag)[0] if tag else 0])
    return w + 2 * PAD, PAD * 2 - 2 + LINE_H * (len(lines) + (1 if tag else 0)), lines


def body_box(fig: FigureInfo, a: ActorState) -> Box:
    """The drawn part of his frame (its opaque pixels) on the backdrop."""
    bx, by, bw, bh = _opaque(fig, a.pose, a.facing)
    s = a.scale
    return (a.x + bx * s, a.y + by * s, bw * s, bh * s)


@cache
def _opaque(fig: FigureInfo, pose: str, facing: str) -> Box:
    """A pose's opaque pixels relative to the feet (a sheet's frames have empty margins)."""
    x, y, w, h, ax, ay = fig.frames[pose][facing]
    r = _image(fig.image, True).subsurface((x, y, w, h)).get_bounding_rect()
    return (float(r.x - ax), float(r.y - ay), float(r.w), float(r.h))


def layout(timeline: Timeline, state: StageState) -> list[tuple[LineState, Box, bool, Box]]:
    """Every line up at this state: (line, its box, placed clear of heads?, speaker's head),
    all in screen px."""
    figs = timeline.figs
    heads = {a.name: state.view.to_screen(head_box(figs[a.figure], a)) for a in state.actors}
    feet = [state.view.to_screen((a.x, a.y, 0, 0))[1] for a in state.actors]
    taken = taken_boxes(timeline, state)
    out = []
    for line in state.lines:
        head = heads.get(line.actor)
        if head is None:       # he has walked out: the words stay where he was last
            continue
        w, h, _ = speech_size(tag_of(timeline, line.actor), line.text)
        facing = next(a.facing for a in state.actors if a.name == line.actor)
        box, ok = place_speech(head, (w, h), list(heads.values()), taken, facing,
                               floor=max(feet, default=0) + 4)
        taken.append(box)
        out.append((line, box, ok, head))
    return out


@cache
def _image(path: Path, alpha: bool) -> pygame.Surface:
    img = pygame.image.load(str(path))
    if pygame.display.get_init() and pygame.display.get_surface() is not None:
        return img.convert_alpha() if alpha else img.convert()
    return img


def reoutlined(img: pygame.Surface) -> pygame.Surface:
    """A shrunk figure with its edge pixels darkened again: nearest-neighbour shrinking drops
    some of the sheet's one-pixel outline, and a figure at the back should still read with the
    outline every figure and fighter has."""
    out = img.copy()
    mask = pygame.mask.from_surface(out)
    for component in mask.connected_components(minimum=4):
        for x, y in component.outline():
            r, g, b, a = out.get_at((x, y))
            out.set_at((x, y), (r * OUTLINE_SHADE // 100, g * OUTLINE_SHADE // 100,
                                b * OUTLINE_SHADE // 100, a))
    return out


@cache
def _shadow(width: int) -> pygame.Surface:
    h = max(5, width // 5)
    s = pygame.Surface((width, h), pygame.SRCALPHA)
    pygame.draw.ellipse(s, (*SHADOW, 70), s.get_rect())
    pygame.draw.ellipse(s, (*SHADOW, 110), s.get_rect().inflate(-width // 3, -h // 3))
    return s


def screen_under(screens: tuple[tuple[int, int, int, int], ...],
                 a: ActorState) -> tuple[int, int, int, int] | None:
    """The television picture his feet stand in, if any (he is shown on that set)."""
    for tv in screens:
        if tv[0] <= a.x < tv[0] + tv[2] and tv[1] <= a.y < tv[1] + tv[3]:
            return tv
    return None


class StageArt:
    """The pictures of one scene: backdrop, figure frames (scaled ones cached), crowd row."""

    def __init__(self, timeline: Timeline) -> None:
        self.timeline = timeline
        bd = timeline.backdrop
        if bd.image is None:
            self.back, self.front = illustration(bd.id)
        else:
            self.back, self.front = _image(bd.image, False), None
        self.world = pygame.Surface(bd.size)
        self._frames: dict[tuple[str, str, str, float], tuple[pygame.Surface, int, int]] = {}
        self._tv_layers: dict[tuple[int, int, int, int],
                              tuple[pygame.Surface, pygame.Surface]] = {}
        self._crowd = _CrowdRow("crowd_cold" if "moscow" in bd.id else "crowd_warm",
                                timeline.scene.id) if crowd_row(timeline) else None

    def frame(self, a: ActorState) -> tuple[pygame.Surface, int, int]:
        """(picture, anchor x, anchor y) of an actor's pose, scaled to his depth."""
        key = (a.figure, a.pose, a.facing, round(a.scale, 2))
        got = self._frames.get(key)
        if got is None:
            fig = self.timeline.figs[a.figure]
            x, y, w, h, ax, ay = fig.frames[a.pose][a.facing]
            img = _image(fig.image, True).subsurface((x, y, w, h))
            s = key[3]
            if s != 1.0:
                img = pygame.transform.scale(img, (max(1, round(w * s)), max(1, round(h * s))))
                if s < 1.0:
                    img = reoutlined(img)
            got = self._frames[key] = (img, round(ax * s), round(ay * s))
        return got

    def _put(self, dst: pygame.Surface, a: ActorState, dx: int = 0, dy: int = 0) -> None:
        """An actor and his shadow onto `dst`, whose top left is backdrop (dx, dy)."""
        img, ax, ay = self.frame(a)
        fig = self.timeline.figs[a.figure]
        sh = _shadow(max(8, round(fig.height_px * 0.42 * a.scale)))
        x, y = round(a.x) - dx, round(a.y) - dy
        dst.blit(sh, (x - sh.get_width() // 2, y - sh.get_height() // 2 + 1))
        dst.blit(img, (x - ax, y - ay))

    def draw_world(self, state: StageState) -> None:
        world = self.world
        world.blit(self.back, (0, 0))
        on_screen: dict[tuple[int, int, int, int], list[ActorState]] = {}
        for a in state.actors:
            tv = screen_under(self.timeline.backdrop.screens, a)
            if tv is None:
                self._put(world, a)
            else:
                on_screen.setdefault(tv, []).append(a)
        for tv, people in on_screen.items():
            world.blit(self._televised(tv, people), tv[:2])
        if self.front is not None:
            world.blit(self.front, (0, 0))

    def _televised(self, tv: tuple[int, int, int, int], people: list[ActorState]
                   ) -> pygame.Surface:
        """The people standing in a television's picture, as the set shows them: cut to the
        glass, tinted by the tube and lined like the picture painted under them (every other
        row darker, from the screen's top), so they read as on the air, not pasted over it."""
        got = self._tv_layers.get(tv)
        if got is None:   # made once a set: the layer (cleared each frame) and its lines
            lines = pygame.Surface(tv[2:], pygame.SRCALPHA)
            lines.fill((255, 255, 255, 255))
            for row in range(0, tv[3], 2):
                lines.fill(SCAN_LINE, (0, row, tv[2], 1))
            got = self._tv_layers[tv] = (pygame.Surface(tv[2:], pygame.SRCALPHA), lines)
        layer, lines = got
        layer.fill((0, 0, 0, 0))
        for a in people:
            self._put(layer, a, tv[0], tv[1])
        layer.fill(TUBE_TINT, special_flags=pygame.BLEND_RGBA_MULT)
        layer.blit(lines, (0, 0), special_flags=pygame.BLEND_RGBA_MULT)
        return layer

    def draw(self, surface: pygame.Surface, state: StageState, frame: int,
             typed: frozenset[int] = frozenset()) -> None:
        """The whole picture of `state` onto the 640x360 `surface`."""
        self.draw_world(state)
        v = state.view
        if (v.w, v.h) == surface.get_size():
            surface.blit(self.world, (0, 0), (v.x, v.y, v.w, v.h))
        else:
            pygame.transform.scale(self.world.subsurface((v.x, v.y, v.w, v.h)),
                                   surface.get_size(), surface)
        if self._crowd is not None:
            self._crowd.draw(surface, state.crowd, frame)
        for line, box, _, head in layout(self.timeline, state):
            shown = len(line.text) if line.index in typed else line.shown
            draw_speech(surface, box, head, tag_of(self.timeline, line.actor), line.text, shown)
        if title_shows(self.timeline, state):
            y = caption_y(self.timeline)
            draw_caption(surface, self.timeline.scene.title, round(y),
                         LOWER_THIRD_DARK if caption_hides(y) else 170)
        _overlay(surface, (255, 255, 255), state.flash * FLASH_PEAK)
        colour, level = state.fade
        _overlay(surface, (255, 255, 255) if colour == "white" else (0, 0, 0), level)


def draw_speech(surface: pygame.Surface, box: Box, head: Box, tag: str, text: str,
                shown: int) -> None:
    """A speech balloon: paper with an ink outline and a tail towards the speaker, his name,
    then the words typed so far (light on the dark halls, unlike the menus' dark panels)."""
    rect = pygame.Rect(round(box[0]), round(box[1]), round(box[2]), round(box[3]))
    surface.fill(INK, rect)
    surface.fill(PAPER, rect.inflate(-2, -2))
    surface.fill(PAPER_SHADE, (rect.left + 1, rect.bottom - 2, rect.w - 2, 1))
    points = tail((rect.x, rect.y, rect.w, rect.h), head)
    if points:
        (ax, ay), (bx, by), (tx, ty) = points
        pygame.draw.polygon(surface, PAPER, points)
        pygame.draw.line(surface, INK, (ax, ay), (tx, ty))
        pygame.draw.line(surface, INK, (bx, by), (tx, ty))
        # open the outline where the tail joins the box, so the two read as one balloon
        dx, dy = (ax + bx) / 2 - tx, (ay + by) / 2 - ty
        n = max(abs(dx), abs(dy)) or 1.0
        ox, oy = round(dx / n), round(dy / n)
        for k in (0, 1):
            pygame.draw.line(surface, PAPER, (ax + ox * k + (oy != 0), ay + oy * k + (ox != 0)),
                             (bx + ox * k - (oy != 0), by + oy * k - (ox != 0)))
    small = get_font("small")
    y = rect.top + PAD
    if tag:
        small.draw(surface, tag, (rect.left + PAD, y), TAG, shadow=False)
        y += LINE_H
    left = shown
    for ln in wrap(text, SPEECH_TEXT_W):
        if left <= 0:
            break
        small.draw(surface, ln[:left], (rect.left + PAD, y), INK, shadow=False)
        left -= len(ln) + 1
        y += LINE_H


HINT_PLATE = (10, 6, 16, 150)  # the dark under the skip hint, as the title's band


def draw_stage_hint(surface: pygame.Surface, box: Box, text: str) -> None:
    """The skip (or go-on) hint in its place (stage_zones.hint_box), on a dark plate so it
    reads over any art."""
    rect = pygame.Rect(round(box[0]), round(box[1]), round(box[2]), round(box[3]))
    ui.draw_plate(surface, rect, HINT_PLATE)
    get_font("small").draw(surface, text, (rect.right - 4, rect.top + 3), ui.DIM,
                           align="right")


_overlays: dict[tuple, pygame.Surface] = {}


def _overlay(surface: pygame.Surface, colour: tuple[int, int, int], level: float) -> None:
    a = round(255 * min(1.0, max(0.0, level)))
    if a <= 0:
        return
    key = (surface.get_size(), colour)
    o = _overlays.get(key)
    if o is None:
        o = _overlays[key] = pygame.Surface(surface.get_size())
        o.fill(colour)
    o.set_alpha(a)
    surface.blit(o, (0, 0))


class _CrowdRow:
    """The hall's front row, backs to us, at the bottom of the screen (2x the crowd sheet's
    near figures): seated, on their feet, cheering or booing with the scene's crowd beats."""

    POSES = {"": (0, 0), "stand": (1, 1), "cheer": (2, 3), "flood": (2, 3), "boo": (4, 5)}

    def __init__(self, sheet: str, seed: str) -> None:
        meta = load_json(f"{sheet}.json")
        image = load_image(meta["image"])
        blk = meta["sizes"]["near"]
        n_pose, rows = len(meta["poses"]), len(meta["bodies"]) * meta["palettes"]
        rng = random.Random(seed)
        self.fans = []
        for x in range(-12, 640, CROWD_STEP):
            r = rng.randrange(rows)
            cells = [pygame.transform.scale(image.subsurface(
                (blk["x"] + c * blk["w"], blk["y"] + r * blk["h"], blk["w"], blk["h"])),
                (blk["w"] * 2, blk["h"] * 2)) for c in range(n_pose)]
            self.fans.append((x + rng.randint(-4, 4), rng.randint(0, 6), cells,
                              rng.randrange(16)))

    def draw(self, surface: pygame.Surface, mood: str, frame: int) -> None:
        a, b = self.POSES.get(mood, (0, 0))
        for x, dy, cells, phase in self.fans:
            t = frame + phase
            pose = a if (t >> 3) & 1 else b
            surface.blit(cells[pose], (x, CROWD_ROW_Y + dy - (2 if pose in (2, 3) and
                                                                (t >> 2) & 1 else 0)))
