"""What a staged scene shows at a given tick: a pure function of the scene's data and time.

Why a function of time and not a running state: the picture at tick t is the same however it
was reached (played through, or jumped to by a confirm press that moves to the next line), so
jumps, replays, headless shots and the tests that step a scene beat by beat all agree, and
nothing here reads a clock (60 ticks a second, like the fights).

Rules (levels/README.md, "Staged scenes"): beats apply in the order of `at` (file order within
the same time). A walk moves the feet in a straight line with the figure's walk cycle and turns
him the way he goes; an animation loops its frames for `seconds` and then he is back in his
resting pose (the last `pose` beat's, else his start pose); a speaker resting in `stand` shows
`talk` while his line is up.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from .model import STAGE_H, STAGE_W, Actor, Beat, Camera, Staging
from .stage_assets import BackdropInfo, Box, FigureInfo
from .staging_loader import FAN_FIGURES, OFFSTAGE_PX

TICKS = 60                      # a second
TYPE_SPEED = 2                  # characters typed a tick (as the dialogue panels)
FAN_LATEST = 0.5                # the last fan sets off halfway through a flood's seconds
CHEER_FPS = 4.0


def ticks(seconds: float) -> int:
    return round(seconds * TICKS)


@dataclass(frozen=True, slots=True)
class ActorState:
    name: str
    figure: str
    x: float                    # the feet, backdrop px
    y: float
    pose: str
    facing: str
    scale: float
    walking: bool = False
    visible: bool = True
    fan: bool = False           # one of a flood's fans, not a declared actor
    passing: bool = False       # off the backdrop, or walking in from / out past its side


@dataclass(frozen=True, slots=True)
class LineState:
    index: int                  # the say beat's index in scene.beats
    actor: str
    text: str
    shown: int                  # characters typed so far
    ends: int                   # the tick it leaves the screen


@dataclass(frozen=True, slots=True)
class View:
    """The part of the backdrop on screen (whole pixels), scaled to 640x360."""

    x: int
    y: int
    w: int
    h: int

    @property
    def zoom(self) -> float:
        return STAGE_W / self.w

    def to_screen(self, box: Box) -> Box:
        z = self.zoom
        return ((box[0] - self.x) * z, (box[1] - self.y) * z, box[2] * z, box[3] * z)


@dataclass(frozen=True, slots=True)
class StageState:
    tick: int
    actors: tuple[ActorState, ...]      # back to front (feet y)
    lines: tuple[LineState, ...]
    view: View
    crowd: str                          # "" | cheer | boo | stand | flood
    flash: float                        # 0..1 white over everything
    fade: tuple[str, float]             # (black | white, 0..1)


def _ease(f: float) -> float:
    return f * f * (3 - 2 * f)


def view_of(cam: Camera, size: tuple[int, int]) -> View:
    """The camera as a rectangle of the backdrop, kept inside it."""
    w = max(1, round(STAGE_W / cam.zoom))
    h = max(1, round(STAGE_H / cam.zoom))
    x = min(max(round(cam.x - w / 2), 0), max(0, size[0] - w))
    y = min(max(round(cam.y - h / 2), 0), max(0, size[1] - h))
    return View(x, y, w, h)


@dataclass(frozen=True, slots=True)
class _Fan:
    figure: str
    start: int
    dur: int
    src: tuple[float, float]
    dst: tuple[float, float]
    scale: float
    phase: int


class Timeline:
    """One scene with its figures and backdrop: `state(tick)` and the confirm stops."""

    def __init__(self, scene: Staging, figs: dict[str, FigureInfo], backdrop: BackdropInfo):
        self.scene = scene
        self.figs = figs
        self.backdrop = backdrop
        self.length = ticks(scene.length)
        self.starts = [ticks(b.at) for b in scene.beats]
        self.fans = self._flood_fans()

    # ------------------------------------------------------------------ actors
    def _actor(self, a: Actor, tick: int, talking: bool) -> ActorState:
        fig = self.figs[a.figure]
        x0, y0 = a.mark
        seg = (x0, y0, x0, y0, 0, 0)            # the last walk: from, to, start, ticks
        rest, facing, visible, leave = a.pose, a.facing, True, False
        anim: tuple[Beat, int] | None = None
        for beat, start in zip(self.scene.beats, self.starts, strict=True):
            if start > tick:
                break
            if beat.actor != a.name:
                continue
            if beat.do == "walk" and beat.to is not None:
                fx, fy = _along(seg, start)
                seg = (fx, fy, beat.to[0], beat.to[1], start, ticks(beat.seconds))
                facing = beat.facing or ("right" if beat.to[0] > fx else
                                         "left" if beat.to[0] < fx else facing)
                leave, anim = beat.leave, None
            elif beat.do == "pose":
                rest, facing, anim = beat.pose or rest, beat.facing or facing, None
            elif beat.do == "animate" and beat.poses:
                anim = (beat, start)
        x, y = _along(seg, tick)
        walking = tick < seg[4] + seg[5]
        if not walking and leave:
            visible = False
        width = self.backdrop.size[0]
        passing = not 0 <= x <= width or walking and (leave or not 0 <= seg[0] <= width)
        pose = rest
        if walking and fig.walk_poses():
            cycle = fig.walk_poses()
            fps = fig.fps.get("walk", 8.0)
            pose = cycle[int((tick - seg[4]) * fps / TICKS) % len(cycle)]
        elif anim is not None and tick < anim[1] + ticks(anim[0].seconds):
            beat = anim[0]
            pose = beat.poses[int((tick - anim[1]) * beat.fps / TICKS) % len(beat.poses)]
        elif talking and rest == "stand" and fig.has("talk"):
            pose = "talk"
        if not fig.has(pose) or facing not in fig.frames[pose]:
            pose = fig.rest
        return ActorState(a.name, a.figure, x, y, pose, facing, a.scale, walking, visible,
                          passing=passing)

    # ------------------------------------------------------------------ crowd flood
    def _flood_fans(self) -> list[_Fan]:
        """The fans of every flood beat: where each comes from and runs to (seeded by the
        scene's id, so the same scene floods the same way every time)."""
        kinds = [f for f in FAN_FIGURES if f in self.figs]
        out: list[_Fan] = []
        for k, (beat, start) in enumerate(zip(self.scene.beats, self.starts, strict=True)):
            if beat.do != "crowd" or beat.reaction != "flood" or not kinds:
                continue
            rng = random.Random(f"{self.scene.id}:{k}")
            view = view_of(self._camera(start), self.backdrop.size)
            floor = self.backdrop.floor_y
            for n in range(beat.count):
                side = n % 2
                sx = view.x - 60 if side == 0 else view.x + view.w + 60
                sx = min(max(sx, -OFFSTAGE_PX), self.backdrop.size[0] + OFFSTAGE_PX)
                dx = view.x + view.w * (0.12 + 0.76 * rng.random())
                dy = min(self.backdrop.size[1] - 2, floor + rng.uniform(-24, 30))
                total = max(1, ticks(beat.seconds))
                delay = round(total * FAN_LATEST * rng.random())   # all are in by the end
                out.append(_Fan(kinds[rng.randrange(len(kinds))], start + delay,
                                max(1, total - delay), (sx, floor), (dx, dy),
                                0.8 + 0.25 * (dy - floor + 24) / 54, rng.randrange(30)))
        return out

    def _fan(self, k: int, fan: _Fan, tick: int) -> ActorState:
        fig = self.figs[fan.figure]
        seg = (*fan.src, *fan.dst, fan.start, fan.dur)
        x, y = _along(seg, tick)
        walking = tick < fan.start + fan.dur
        facing = "right" if fan.dst[0] > fan.src[0] else "left"
        if walking and fig.walk_poses():
            cycle = fig.walk_poses()
            pose = cycle[((tick - fan.start) * 8 // TICKS) % len(cycle)]
        else:
            up = int((tick + fan.phase) * CHEER_FPS / TICKS) % 2 == 0
            pose = "cheer" if up and fig.has("cheer") else fig.rest
            facing = "left" if k % 2 else "right"
        return ActorState(f"fan{k}", fan.figure, x, y, pose, facing, fan.scale, walking,
                          True, fan=True, passing=walking)

    # ------------------------------------------------------------------ camera, effects
    def _camera(self, tick: int) -> Camera:
        cam, start_cam, start, dur = self.scene.camera, self.scene.camera, 0, 0
        target = cam
        for beat, s in zip(self.scene.beats, self.starts, strict=True):
            if s > tick:
                break
            if beat.do == "camera" and beat.camera is not None:
                start_cam = _cam_lerp(start_cam, target, _progress(s, start, dur))
                target, start, dur = beat.camera, s, ticks(beat.seconds)
        return _cam_lerp(start_cam, target, _progress(tick, start, dur))

    def _effects(self, tick: int) -> tuple[str, float, tuple[str, float]]:
        crowd, flash = "", 0.0
        colour, level, frm, to, start, dur = "black", 0.0, 0.0, 0.0, 0, 0
        for beat, s in zip(self.scene.beats, self.starts, strict=True):
            if s > tick:
                break
            if beat.do == "crowd":
                crowd = beat.reaction
            elif beat.do == "flash":
                d = max(1, ticks(beat.seconds))
                flash = max(0.0, 1.0 - (tick - s) / d)
            elif beat.do == "fade":
                frm = frm + (to - frm) * _progress(s, start, dur)
                to = 0.0 if beat.fade == "in" else 1.0
                colour = colour if beat.fade == "in" else beat.fade
                start, dur = s, ticks(beat.seconds)
        level = frm + (to - frm) * _progress(tick, start, dur)
        return crowd, flash, (colour, level)

    # ------------------------------------------------------------------ lines
    def lines(self, tick: int) -> tuple[LineState, ...]:
        out = []
        for k, (beat, s) in enumerate(zip(self.scene.beats, self.starts, strict=True)):
            if beat.do == "say" and s <= tick < s + ticks(beat.seconds):
                out.append(LineState(k, beat.actor, beat.text, (tick - s + 1) * TYPE_SPEED,
                                     s + ticks(beat.seconds)))
        return tuple(out)

    def state(self, tick: int) -> StageState:
        lines = self.lines(tick)
        speakers = {ln.actor for ln in lines}
        people = [self._actor(a, tick, a.name in speakers) for a in self.scene.actors]
        people += [self._fan(k, f, tick) for k, f in enumerate(self.fans) if f.start <= tick]
        people = [p for p in people if p.visible]
        people.sort(key=lambda p: p.y)
        crowd, flash, fade = self._effects(tick)
        return StageState(tick, tuple(people), lines,
                          view_of(self._camera(tick), self.backdrop.size), crowd, flash, fade)

    def camera_moving(self, tick: int) -> bool:
        """A camera beat is panning or zooming at this tick."""
        return any(b.do == "camera" and s <= tick < s + ticks(b.seconds)
                   for b, s in zip(self.scene.beats, self.starts, strict=True))

    # ------------------------------------------------------------------ confirm presses
    def in_wait(self, tick: int) -> bool:
        """A `wait` beat is on: a moment to watch, which confirm presses do not cut."""
        return any(b.do == "wait" and s <= tick < s + ticks(b.seconds)
                   for b, s in zip(self.scene.beats, self.starts, strict=True))

    def next_stop(self, tick: int) -> int | None:
        """Where a confirm press jumps (the line shown is read): the next `say` or `wait`
        beat; after the last line, the end of the lines up now (the action after them still
        plays); None when there is nowhere to go."""
        later = [s for b, s in zip(self.scene.beats, self.starts, strict=True)
                 if s > tick and b.do in ("say", "wait")]
        if later:
            return min(later)
        ends = [ln.ends for ln in self.lines(tick)]
        return max(ends) if ends else None

    def cues(self, after: int, upto: int) -> list[str]:
        """Sound cues of the beats that start in (after, upto]: sounds and crowd reactions."""
        out = []
        for b, s in zip(self.scene.beats, self.starts, strict=True):
            if after < s <= upto:
                if b.do == "sound" and b.cue:
                    out.append(b.cue)
                elif b.do == "crowd":
                    out.append(crowd_cue(b.reaction, self.backdrop.id))
        return out


def crowd_cue(reaction: str, backdrop: str) -> str:
    """The hall's sound for a reaction: Moscow's own cheer and boo in Moscow, Vegas's in Vegas."""
    hall = "moscow" if "moscow" in backdrop else "vegas" if "vegas" in backdrop else ""
    if reaction == "boo":
        return "crowd_boo_moscow" if hall == "moscow" else "crowd_boo"
    return f"crowd_cheer_{hall}" if hall else "crowd_cheer"


def _progress(tick: int, start: int, dur: int) -> float:
    if dur <= 0:
        return 1.0 if tick >= start else 0.0
    return _ease(min(1.0, max(0.0, (tick - start) / dur)))


def _along(seg: tuple[float, float, float, float, int, int], tick: int) -> tuple[float, float]:
    x0, y0, x1, y1, start, dur = seg
    f = 1.0 if dur <= 0 else min(1.0, max(0.0, (tick - start) / dur))
    return x0 + (x1 - x0) * f, y0 + (y1 - y0) * f


def _cam_lerp(a: Camera, b: Camera, f: float) -> Camera:
    return Camera(a.x + (b.x - a.x) * f, a.y + (b.y - a.y) * f, a.zoom + (b.zoom - a.zoom) * f)
