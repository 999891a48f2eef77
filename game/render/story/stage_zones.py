"""Where a staged scene's own words sit on the screen: its title band and the skip hint.

Why a rule and not a place chosen per scene: a title or a hint laid over a board's painted
words, a television's picture or the hall's front row makes both unreadable, and a scene
writer moving the camera cannot look at every frame. So each goes to the first of a few places
that stays clear of the backdrop's `signs` (backdrops.json), the crowd's front row and every
head for as long as it shows, and the speech boxes then keep off what these took
(`taken_boxes`, read by render/story/stage.py's `layout`). Pure boxes, no drawing: the tests
check every shipped scene with the same functions.
"""

from __future__ import annotations

from functools import lru_cache

from game.render.font import get_font
from game.story.speech_layout import Box, overlaps
from game.story.stage_assets import FigureInfo
from game.story.timeline import ActorState, StageState, Timeline, View

TITLE_TICKS = 240             # the scene's title shows over its first four seconds
CAPTION_H = 30                # the title's dark band; its words start 6 px under its top
CAPTION_TOP, CAPTION_BOTTOM = 10, 330  # the title's words at the top, or as a lower third
CAPTION_BELOW = tuple(range(16, 220, 6))  # last resorts: lower down from the top
CROWD_ROW_Y = 318             # the top of the crowd's front row (2x cells), screen px
HINT_W, HINT_H = 84, 15       # the skip hint's plate
HINT_PLACES: tuple[tuple[float, float], ...] = (
    (640 - 4 - HINT_W, 360 - 3 - HINT_H), (640 - 4 - HINT_W, 4.0),  # right: bottom, top
    (4.0, 360 - 3 - HINT_H), (4.0, 4.0),                            # left: bottom, top
    *((float(x), 4.0) for x in range(640 - 24 - HINT_W, 20, -20)),    # along the top
    *((x, float(y)) for x in (640 - 4 - HINT_W, 4.0) for y in range(24, 320, 20)))  # sides
LOOK_EVERY = 10               # ticks between the looks that decide a place


def head_box(fig: FigureInfo, a: ActorState) -> Box:
    """His head box on the backdrop."""
    hx, hy, hw, hh = fig.head(a.pose, a.facing)
    s = a.scale
    return (a.x + hx * s, a.y + hy * s, hw * s, hh * s)


def crowd_row(timeline: Timeline) -> bool:
    """A scene with crowd beats shows the front row of the hall."""
    return any(b.do == "crowd" for b in timeline.scene.beats)


def crowd_box() -> Box:
    """The heads of the front row (the cells' empty tops excepted)."""
    return (0.0, CROWD_ROW_Y + 8.0, 640.0, 360.0 - CROWD_ROW_Y - 8)


def signs_on_screen(timeline: Timeline, view: View) -> list[Box]:
    """The backdrop's painted words and screens in view, in screen px."""
    return [view.to_screen(s) for s in timeline.backdrop.signs]


def heads_on_screen(timeline: Timeline, state: StageState) -> list[Box]:
    """Every head in view at this moment, in screen px."""
    return [state.view.to_screen(head_box(timeline.figs[a.figure], a)) for a in state.actors]


def busy_art(timeline: Timeline, state: StageState) -> list[Box]:
    """The art a title or a hint must not cover: the signs in view, the crowd's front row."""
    out = signs_on_screen(timeline, state.view)
    if crowd_row(timeline):
        out.append(crowd_box())
    return out


def caption_band(y: float) -> Box:
    """The title's band when its words are drawn at `y` (dialogue.draw_caption)."""
    return (0.0, y - 6, 640.0, float(CAPTION_H))


def caption_words(y: float, title: str) -> Box:
    """The title's words (centred, in the big font) inside its band, with a little room."""
    width = get_font("big").size(title)[0]
    return (320 - width / 2 - 8, y - 6, width + 16, float(CAPTION_H))


@lru_cache(maxsize=64)
def caption_y(timeline: Timeline) -> float:
    """Where the scene's title is drawn: the top, unless a sign or a head is there while it
    shows; else a lower third clear of heads (its band is drawn dark enough to hide the
    floor's lettering or the front row under it); else lower down from the top, clear of
    signs and heads; the top when nothing is clear."""
    states = [timeline.state(t) for t in range(0, min(TITLE_TICKS, timeline.length + 1),
                                                   LOOK_EVERY)]
    heads = [b for st in states for b in heads_on_screen(timeline, st)]
    busy = heads + [b for st in states for b in busy_art(timeline, st)]
    for y, avoid in ((CAPTION_TOP, busy), (CAPTION_BOTTOM, heads),
                     *((y, busy) for y in CAPTION_BELOW)):
        if not any(overlaps(caption_band(y), b) for b in avoid):
            return float(y)
    return float(CAPTION_TOP)


def caption_hides(y: float) -> bool:
    """The lower third's band is drawn near opaque: what is under it must not show through."""
    return y == CAPTION_BOTTOM


@lru_cache(maxsize=64)
def hint_box(timeline: Timeline) -> Box:
    """Where the skip hint sits for the whole scene: the first corner (then along the top,
    then down either side) clear of the signs, the crowd row and every head at every moment,
    and of the title's words while they show (on the title's dark band beside them it reads
    well); bottom right when none is."""
    looks = [timeline.state(t) for t in range(0, timeline.length + 1, LOOK_EVERY)]
    busy = [b for st in looks for b in busy_art(timeline, st) + heads_on_screen(timeline, st)]
    if timeline.scene.title:
        busy.append(caption_words(caption_y(timeline), timeline.scene.title))
    for x, y in HINT_PLACES:
        box = (x, y, float(HINT_W), float(HINT_H))
        if not any(overlaps(box, b) for b in busy):
            return box
    return (*HINT_PLACES[0], float(HINT_W), float(HINT_H))


def title_shows(timeline: Timeline, state: StageState) -> bool:
    return bool(timeline.scene.title) and state.tick < TITLE_TICKS


def taken_boxes(timeline: Timeline, state: StageState) -> list[Box]:
    """Screen areas speech boxes keep off: the hint, the title while it shows, the crowd's
    front row, the signs in view."""
    out = [hint_box(timeline)]
    if title_shows(timeline, state):
        out.append(caption_band(caption_y(timeline)))
    if crowd_row(timeline):
        out.append(crowd_box())
    return out + signs_on_screen(timeline, state.view)
