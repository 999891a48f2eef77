"""Reads a staged scene (`kind = "scene"`) and checks it against the figures and backdrops
that exist, naming file and field for every problem (levels/README.md, "Staged scenes").

Why checked against the sprites: a pose or a figure that is not drawn would only show up as
a crash (or a missing man) in the middle of the story; `--check-levels` finds it first.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .loader import Reader
from .model import (
    BEAT_KINDS,
    CROWD_REACTIONS,
    ENDINGS,
    FACINGS,
    FADES,
    SCALE_RANGE,
    ZOOM_RANGE,
    Actor,
    Beat,
    Camera,
    Staging,
)
from .stage_assets import BackdropInfo, FigureInfo, backdrops, figures

MAX_LENGTH = 600.0             # seconds: a scene is a moment, not a film
OFFSTAGE_PX = 200              # how far past a side an entrance may start or an exit end
WALK_PX_PER_S = 80.0           # a walk with no `seconds` takes its distance at this pace
FLOOD_FANS = 10
FAN_FIGURES = ("fan_a", "fan_b", "fan_c", "fan_d", "fan")
# the fields each kind of beat reads (besides `at` and `do`)
BEAT_FIELDS = {
    "say": ("actor", "text", "seconds"),
    "walk": ("actor", "to", "seconds", "facing", "leave"),
    "pose": ("actor", "pose", "facing"),
    "animate": ("actor", "animation", "poses", "seconds", "fps"),
    "sound": ("cue",),
    "crowd": ("reaction", "count", "seconds"),
    "flash": ("seconds",),
    "camera": ("x", "y", "zoom", "seconds"),
    "wait": ("seconds",),
    "fade": ("to", "seconds"),
}


def say_seconds(text: str) -> float:
    """How long a line stays up when the file does not say: long enough to read twice."""
    return round(max(2.0, 1.0 + len(text) / 14.0), 2)


class _Cast:
    """The scene's actors by name, with their figures, for checking beats against."""

    def __init__(self, actors: list[Actor], figs: dict[str, FigureInfo]) -> None:
        self.actors = {a.name: a for a in actors}
        self.figs = figs

    def figure(self, name: str) -> FigureInfo | None:
        a = self.actors.get(name)
        return self.figs.get(a.figure) if a else None


def _point(r: Reader, key: str, bd: BackdropInfo, side_px: int = 0) -> tuple[float, float] | None:
    """[x, y] on the backdrop (x may reach `side_px` past a side: entrances and exits)."""
    w, h = bd.size
    value = r.get(key, lambda v: isinstance(v, list) and len(v) == 2 and all(
        isinstance(n, int | float) and not isinstance(n, bool) for n in v), "[x, y] in pixels")
    if value is None:
        return None
    x, y = float(value[0]), float(value[1])
    if not (-side_px <= x <= w + side_px and 0 <= y <= h):
        where = f"x {-side_px}..{w + side_px}" if side_px else f"x 0..{w}"
        r.error(key, f"a point on the backdrop {bd.id} ({where}, y 0..{h})", value)
        return None
    return x, y


def _camera(r: Reader, bd: BackdropInfo, base: Camera) -> Camera:
    w, h = bd.size
    return Camera(r.number("x", 0.0, float(w), base.x) or 0.0,
                  r.number("y", 0.0, float(h), base.y) or 0.0,
                  r.number("zoom", *ZOOM_RANGE, base.zoom) or 1.0)


def _pose(r: Reader, key: str, fig: FigureInfo | None, default: Any = None) -> str:
    pose = r.text(key, default, limit=40)
    if pose and fig is not None and not fig.has(pose):
        r.error(key, f"a pose of {fig.id} (like {', '.join(list(fig.frames)[:4])})", pose)
        return ""
    return pose or ""


def _actors(r: Reader, bd: BackdropInfo | None, figs: dict[str, FigureInfo]) -> list[Actor]:
    out: list[Actor] = []
    for a in r.tables("actors"):
        a.unknown(("name", "figure", "mark", "pose", "facing", "scale", "tag", "offstage"))
        name = a.get("name", lambda v: isinstance(v, str) and v.isidentifier(),
                     "a name of letters, digits and _")
        if name and any(o.name == name for o in out):
            a.error("name", "a name no other actor of this scene has", name)
        fid = a.get("figure", lambda v: isinstance(v, str) and v in figs,
                    "a figure: an actor sheet in sprites/actors/ or a fighter ("
                    + ", ".join(sorted(figs)) + ")")
        fig = figs.get(fid or "")
        offstage = bool(a.flag("offstage", False))
        mark = _point(a, "mark", bd, OFFSTAGE_PX if offstage else 0) if bd else None
        pose = _pose(a, "pose", fig, fig.rest if fig else "stand")
        out.append(Actor(name or f"actor{len(out)}", fid or "", mark or (0.0, 0.0),
                         pose or (fig.rest if fig else "stand"),
                         a.choice("facing", FACINGS, "right") or "right",
                         a.number("scale", *SCALE_RANGE, 1.0) or 1.0,
                         a.text("tag", "", limit=30) or "", offstage))
    return out


def _who(b: Reader, cast: _Cast) -> str:
    """The beat's actor: required, and one the scene declares."""
    names = tuple(cast.actors)
    return b.choice("actor", names) if names else b.text("actor", limit=40) or ""


def _animation(b: Reader, fig: FigureInfo | None) -> tuple[tuple[str, ...], float]:
    """(the frames, frames a second) of an animate beat: a named animation or `poses`."""
    if "animation" in b.table:
        name = b.text("animation", limit=40)
        if fig is not None and name and name not in fig.animations:
            b.error("animation", f"an animation of {fig.id} ("
                    + (", ".join(fig.animations) or "it has none") + ")", name)
            return (), 8.0
        if fig is None or not name:
            return (), 8.0
        return fig.animations[name], b.number("fps", 1.0, 60.0, fig.fps.get(name, 8.0)) or 8.0
    poses = b.get("poses", lambda v: isinstance(v, list) and v and all(
        isinstance(p, str) for p in v), "an `animation` name or a list of `poses`")
    for k, p in enumerate(poses or []):
        if fig is not None and not fig.has(p):
            b.error(f"poses[{k}]", f"a pose of {fig.id}", p)
            return (), 8.0
    return tuple(poses or ()), b.number("fps", 1.0, 60.0, 8.0) or 8.0


def _actor_beat(do: str, b: Reader, at: float, cast: _Cast, bd: BackdropInfo | None) -> Beat:
    who = _who(b, cast)
    fig = cast.figure(who)
    if do == "say":
        text = b.text("text") or ""
        return Beat(at, do, who, text, b.number("seconds", 0.5, 60.0, say_seconds(text)) or 1.0)
    if do == "walk":
        leave = bool(b.flag("leave", False))
        to = _point(b, "to", bd, OFFSTAGE_PX if leave else 0) if bd else None
        facing = b.choice("facing", FACINGS, "") or ""
        a = cast.actors.get(who)
        dist = abs(to[0] - a.mark[0]) + abs(to[1] - a.mark[1]) if to and a else 80.0
        seconds = b.number("seconds", 0.0, 60.0, round(max(0.5, dist / WALK_PX_PER_S), 2))
        return Beat(at, do, who, seconds=seconds or 0.0, to=to, leave=leave, facing=facing)
    if do == "pose":
        return Beat(at, do, who, pose=_pose(b, "pose", fig) or "",
                    facing=b.choice("facing", FACINGS, "") or "")
    poses, fps = _animation(b, fig)
    once = len(poses) / fps if poses else 1.0
    return Beat(at, do, who, seconds=b.number("seconds", 0.0, 60.0, once) or 0.0,
                poses=poses, fps=fps)


def _crowd(b: Reader, at: float, figs: dict[str, FigureInfo]) -> Beat:
    reaction = b.choice("reaction", CROWD_REACTIONS) or ""
    count = b.integer("count", 1, 40, FLOOD_FANS) or FLOOD_FANS
    if reaction == "flood" and not any(f in figs for f in FAN_FIGURES):
        b.error("reaction", "the fan figures for a flood (sprites/actors/fan_a.json ...)",
                reaction)
    if reaction != "flood" and "count" in b.table:
        b.error("count", "no such field for a " + reaction + " crowd (flood only)")
    return Beat(at, "crowd", reaction=reaction, count=count,
                seconds=b.number("seconds", 0.0, 30.0, 3.0) or 0.0)


def _plain_beat(do: str, b: Reader, at: float, bd: BackdropInfo | None,
                cam: Camera) -> Beat:
    """The beats that move no actor: sound, flash, camera, wait, fade."""
    from game.audio import CUES

    if do == "sound":
        return Beat(at, do, cue=b.choice("cue", CUES) or "")
    if do == "camera":
        camera = _camera(b, bd, cam) if bd else cam
        return Beat(at, do, seconds=b.number("seconds", 0.0, 60.0, 0.0) or 0.0, camera=camera)
    if do == "fade":
        return Beat(at, do, fade=b.choice("to", FADES) or "black",
                    seconds=b.number("seconds", 0.0, 30.0, 1.0) or 0.0)
    default = 0.3 if do == "flash" else 1.0
    return Beat(at, do, seconds=b.number("seconds", 0.0, 60.0, default) or 0.0)


def _beats(r: Reader, length: float, cast: _Cast, bd: BackdropInfo | None,
           cam: Camera) -> list[Beat]:
    out: list[Beat] = []
    for b in r.tables("beats"):
        do = b.choice("do", BEAT_KINDS)
        b.unknown(("at", "do", *BEAT_FIELDS.get(do or "", ())))
        at = b.get("at", lambda v: isinstance(v, int | float) and not isinstance(v, bool)
                   and 0 <= v <= length,
                   f"a time in seconds from 0 to the scene's length ({length:g})")
        at = float(at or 0.0)
        if do in ("say", "walk", "pose", "animate"):
            out.append(_actor_beat(do, b, at, cast, bd))
        elif do == "crowd":
            out.append(_crowd(b, at, cast.figs))
        elif do:
            out.append(_plain_beat(do, b, at, bd, cam))
    return sorted(out, key=lambda beat: beat.at)


def _backdrop(r: Reader) -> BackdropInfo | None:
    known = backdrops()
    bid = r.get("backdrop", lambda v: isinstance(v, str) and v in known,
                "a backdrop: one of " + ", ".join(sorted(known)))
    return known.get(bid or "")


def read_staging(cid: str, path: Path, r: Reader) -> Staging:
    """The scene in `r` (the chapter's top table), every problem recorded in `r.errors`."""
    from game.audio import MUSIC_CUES

    r.unknown(("kind", "title", "backdrop", "music", "length", "ending", "ending_title",
               "claims", "then", "camera", "actors", "beats"))
    figs = figures()
    bd = _backdrop(r)
    length = r.number("length", 0.5, MAX_LENGTH) or 1.0
    cam = Camera(*(s / 2 for s in bd.size)) if bd else Camera()
    if "camera" in r.table:
        c = r.get("camera", lambda v: isinstance(v, dict), "a table ([camera])", {})
        cr = Reader(r.name, c, r.errors, "camera.")
        cr.unknown(("x", "y", "zoom"))
        cam = _camera(cr, bd, cam) if bd else cam
    cast = _Cast(_actors(r, bd, figs), figs)
    beats = _beats(r, length, cast, bd, cam)
    claims = r.get("claims", lambda v: isinstance(v, dict), "a table of claims", {})
    return Staging(cid, path, r.text("title", "", limit=60) or "", bd.id if bd else "",
                   length, tuple(cast.actors.values()), tuple(beats), cam,
                   r.choice("music", MUSIC_CUES, None), r.choice("ending", ENDINGS, None),
                   r.text("ending_title", "", limit=40) or "", dict(claims or {}),
                   r.get("then", lambda v: isinstance(v, str) and v.strip() != "",
                         "a chapter id", "") or "")
