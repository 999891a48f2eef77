"""Reads `levels/` and checks every file against the schema, naming file, field and need.

Why collect instead of stopping at the first problem: a modder fixing a folder wants every
mistake listed at once (`--check-levels`), each as `file: field: expected ..., got ...`.
"""

from __future__ import annotations

import json
import math
import struct
import tomllib
from pathlib import Path
from typing import Any

from game.ai.skill import DIFFICULTIES
from game.assets import AssetError, asset_path
from game.files import decode_text, read_head, read_user_file, why
from game.shown import clip, named, shown
from game.sim.bonuses import STATS
from game.sim.data import FIGHTER_IDS
from game.sim.match import VENUES

from .beats_loader import read_beats
from .claims import check_claims
from .model import (
    ARTS,
    DRILLS,
    ENDINGS,
    EVENT_AT,
    EVENT_KINDS,
    KINDS,
    SPEAKERS,
    STAGED_EVENTS,
    Card,
    Chapter,
    Drill,
    Fight,
    FightEvent,
    Figure,
    Line,
    Nerve,
    Page,
    Staging,
    Story,
    Training,
)
from .routing import read_condition, read_routes

STORY_FILE = "story.toml"
ASSET_KINDS = ("sprites", "levels")
MAX_BYTES = 1 << 20  # a chapter file is a few KB; a bigger one is not a level
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
MAX_IMAGE_PX = 4096  # a backdrop is 640x360; a giant PNG would exhaust memory when drawn
_MISSING = object()


class LevelError(ValueError):
    """The levels folder has problems; `messages` lists each one."""

    def __init__(self, messages: list[str]) -> None:
        super().__init__("; ".join(messages))
        self.messages = messages


def _kind_name(v: Any) -> str:
    return "a table" if isinstance(v, dict) else "a list" if isinstance(v, list) else \
        repr(shown(v))


class Reader:
    """Field access for one table that records a message instead of raising."""

    def __init__(self, name: str, table: dict, errors: list[str], prefix: str = "") -> None:
        self.name, self.table, self.errors, self.prefix = name, table, errors, prefix

    def error(self, key: str, expected: str, got: Any = _MISSING) -> None:
        tail = "" if got is _MISSING else f", got {_kind_name(got)}"
        self.errors.append(f"{self.name}: {self.prefix}{key}: expected {expected}{tail}")

    def get(self, key: str, check, expected: str, default: Any = _MISSING) -> Any:
        if key not in self.table:
            if default is _MISSING:
                self.error(key, f"{expected} (missing)")
                return None
            return default
        value = self.table[key]
        if not check(value):
            self.error(key, expected, value)
            return default if default is not _MISSING else None
        return value

    def text(self, key: str, default: Any = _MISSING, limit: int = 400) -> Any:
        return self.get(key, lambda v: isinstance(v, str) and 0 < len(v.strip()) <= limit,
                        f"text of 1..{limit} characters", default)

    def choice(self, key: str, options: tuple, default: Any = _MISSING) -> Any:
        return self.get(key, lambda v: isinstance(v, str) and v in options,
                        "one of " + ", ".join(options), default)

    def integer(self, key: str, lo: int, hi: int, default: Any = _MISSING) -> Any:
        return self.get(key, lambda v: isinstance(v, int) and not isinstance(v, bool)
                        and lo <= v <= hi, f"a whole number from {lo} to {hi}", default)

    def number(self, key: str, lo: float, hi: float, default: Any = _MISSING) -> Any:
        def ok(v: Any) -> bool:
            return (isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v)
                    and lo <= v <= hi)
        value = self.get(key, ok, f"a number from {lo:g} to {hi:g}", default)
        return float(value) if value is not None else None

    def flag(self, key: str, default: Any = _MISSING) -> Any:
        return self.get(key, lambda v: isinstance(v, bool), "true or false", default)

    def tables(self, key: str, default: Any = _MISSING) -> list[Reader]:
        value = self.get(key, lambda v: isinstance(v, list) and all(isinstance(t, dict)
                                                                    for t in v),
                         "a list of tables ([[" + key + "]])", default)
        return [Reader(self.name, t, self.errors, f"{self.prefix}{key}[{i}].")
                for i, t in enumerate(value or [])]

    def unknown(self, allowed: tuple[str, ...]) -> None:
        for key in self.table:
            if key not in allowed:
                self.error(key, "no such field; allowed: " + ", ".join(allowed))


def _poses(fighter: str) -> set[str]:
    try:
        meta = json.loads(asset_path("sprites", f"{fighter}.json").read_text())
    except (AssetError, OSError, ValueError):
        return set()
    return set(meta.get("frames", {}))


def image_file(value: str, levels_dir: Path) -> Path | None:
    """Where a chapter's `image` ("sprites/NAME" or "levels/NAME") is, or None if nowhere.

    Why one function: the check and the drawing (story_art) must look in the same place —
    `levels/NAME` means the levels folder being played (`--levels DIR`), not the shipped one."""
    kind, _, name = value.partition("/")
    if kind == "levels":
        return levels_dir / name
    try:
        return asset_path("sprites", name)
    except AssetError:
        return None


def _png_problem(path: Path | None) -> str:
    """Why `path` is not a PNG the game can show ("" when it is one)."""
    if path is None:
        return "missing"
    try:
        head = read_head(path, 24)
    except OSError as exc:
        return "missing" if isinstance(exc, FileNotFoundError) else clip(why(exc))
    if head[:8] != PNG_MAGIC:
        return "not a PNG image"
    width, height = struct.unpack(">II", head[16:24]) if len(head) == 24 else (0, 0)
    if not (0 < width <= MAX_IMAGE_PX and 0 < height <= MAX_IMAGE_PX):
        return f"a PNG of at most {MAX_IMAGE_PX}x{MAX_IMAGE_PX} pixels"
    return ""


def check_asset(r: Reader, key: str, levels_dir: Path) -> str:
    """An image path must stay inside the game's own folders (sprites/ or levels/) and name
    a PNG image there."""
    value = r.text(key, "")
    if not value:
        return ""
    p = Path(value)
    if p.is_absolute() or ".." in p.parts or len(p.parts) < 2 or p.parts[0] not in ASSET_KINDS:
        r.error(key, "a path inside the game's folders (sprites/NAME or levels/NAME, no ..)",
                value)
        return ""
    name = "/".join(p.parts[1:])
    problem = _png_problem(image_file(f"{p.parts[0]}/{name}", levels_dir))
    if problem:
        where = "the levels folder" if p.parts[0] == "levels" else "sprites/"
        r.error(key, f"a PNG image in {where} ({clip(name)}: {problem})")
        return ""
    return value


def _figures(r: Reader) -> tuple[Figure, ...]:
    out = []
    for f in r.tables("figures", []):
        f.unknown(("fighter", "pose", "x", "facing"))
        fid = f.choice("fighter", FIGHTER_IDS)
        pose = f.text("pose", "idle_0", limit=40)
        if fid and pose and _poses(fid) and pose not in _poses(fid):
            f.error("pose", f"a pose of {fid}'s sprite sheet (like idle_0, taunt_1)", pose)
        x = f.integer("x", -100, 740, 320)
        facing = f.choice("facing", ("left", "right"), "right")
        if fid:
            out.append(Figure(fid, pose or "idle_0", x or 0, facing or "right"))
    return tuple(out)


def _card(cid: str, path: Path, r: Reader, levels_dir: Path) -> Card:
    r.unknown(("kind", "title", "art", "pages", "ending", "ending_title", "music", "image",
               "claims", "then"))
    art = r.choice("art", ARTS, "night")
    pages = []
    for p in r.tables("pages"):
        p.unknown(("text", "speaker", "art", "figures", "image", "when"))
        pages.append(Page(p.text("text") or "", p.choice("speaker", SPEAKERS, "") or "",
                          p.choice("art", ARTS, "") or "", _figures(p),
                          check_asset(p, "image", levels_dir), read_condition(p, "when")))
    if "pages" in r.table and not pages:
        r.error("pages", "at least one [[pages]] table")
    from game.audio import MUSIC_CUES
    return Card(cid, path, r.text("title", limit=60) or cid, art or "night", tuple(pages),
                r.choice("ending", ENDINGS, None), r.choice("music", MUSIC_CUES, None),
                check_asset(r, "image", levels_dir), r.text("ending_title", "", limit=40) or "",
                read_condition(r, "claims"), r.text("then", "", limit=60) or "")


def _lines(r: Reader) -> tuple[Line, ...]:
    out = []
    for ln in r.tables("lines", []):
        ln.unknown(("speaker", "text", "when"))
        out.append(Line(ln.choice("speaker", SPEAKERS) or "narrator", ln.text("text") or "",
                        read_condition(ln, "when")))
    return tuple(out)


def _choices(e: Reader, kind: str | None) -> tuple[str, ...]:
    """A towel choice's two menu items: keep fighting first, throw the towel second."""
    if kind != "towel_choice":
        if "choices" in e.table:
            e.error("choices", "no such field for a " + str(kind) + " event (towel_choice only)")
        return ()
    value = e.get("choices", lambda v: isinstance(v, list) and len(v) == 2 and all(
        isinstance(t, str) and 0 < len(t.strip()) <= 30 for t in v),
        "two menu items of 1..30 characters (keep fighting, throw the towel)")
    return tuple(value or ("", ""))


def _staged(e: Reader, kind: str | None) -> str:
    """A towel choice or the manager's scene may be played as a staged scene chapter."""
    if "scene" in e.table and kind not in STAGED_EVENTS:
        e.error("scene", f"no such field for a {kind} event ({', '.join(STAGED_EVENTS)} only)")
        return ""
    return e.text("scene", "", limit=60) or ""


def _events(r: Reader, rounds: int) -> tuple[FightEvent, ...]:
    out = []
    for e in r.tables("events", []):
        e.unknown(("kind", "round", "at", "lines", "value", "crowd", "after", "confidence",
                   "label", "notice", "choices", "choice_title", "choice_hint", "stars",
                   "scene"))
        kind = e.choice("kind", EVENT_KINDS)
        rnd = e.get("round", lambda v: isinstance(v, int) and not isinstance(v, bool)
                    and 1 <= v <= rounds,
                    f"a round from 1 to {rounds} (this fight has {rounds} rounds)")
        places = EVENT_AT.get(kind or "", ("start",))
        at = e.choice("at", places, places[0])
        if at == "break" and rnd == rounds:
            e.error("round", f"a round before the last ({rounds}): there is no break after it",
                    rnd)
        lines = _lines(e)
        if kind in ("corner", "manager", "brawl") and not lines:
            e.error("lines", f"at least one [[...lines]] for a {kind} scene")
        out.append(FightEvent(kind or "corner", rnd or 1, at or "start", lines,
                              e.number("value", 0.0, 1.0, 0.0) or 0.0,
                              e.number("crowd", 0.0, 1.0, 0.0) or 0.0,
                              e.number("after", 0.0, 1.0, 0.0) or 0.0,
                              e.number("confidence", 0.0, 1.0, None),
                              e.text("label", "", limit=40) or "",
                              e.text("notice", "", limit=60) or "",
                              _choices(e, kind), e.text("choice_title", "", limit=30) or "",
                              e.text("choice_hint", "", limit=60) or "",
                              e.integer("stars", 0, 99, 0) or 0, _staged(e, kind)))
    return tuple(out)


def _nerve(r: Reader) -> tuple[Nerve, ...]:
    out = []
    for n in r.tables("nerve", []):
        n.unknown(("below", "text"))
        out.append(Nerve(n.number("below", 0.0, 1.0) or 0.0, n.text("text", limit=60) or ""))
    return tuple(sorted(out, key=lambda n: -n.below))


def _fight(cid: str, path: Path, r: Reader) -> Fight:
    r.unknown(("kind", "title", "fighters", "venue", "rounds", "round_seconds",
               "three_knockdown_tko", "difficulty", "crowd_start", "crowd_gain", "crowd_meter",
               "training_bonuses", "retry", "outcomes", "events", "nerve", "round"))
    fighters = r.get("fighters", lambda v: isinstance(v, list) and len(v) == 2
                     and all(f in FIGHTER_IDS for f in v),
                     "two fighters, each one of " + ", ".join(FIGHTER_IDS))
    rounds = r.integer("rounds", 1, 15)
    return Fight(cid, path, r.text("title", limit=60) or cid,
                 tuple(fighters) if fighters else ("rocky", "drago"),  # type: ignore[arg-type]
                 r.choice("venue", VENUES) or "las_vegas", rounds or 1,
                 r.number("round_seconds", 1.0, 600.0) or 60.0,
                 bool(r.flag("three_knockdown_tko", True)),
                 r.choice("difficulty", DIFFICULTIES, "normal") or "normal",
                 r.number("crowd_start", -1.0, 1.0, 0.0) or 0.0,
                 r.number("crowd_gain", 0.0, 5.0, 1.0) or 0.0,
                 bool(r.flag("crowd_meter", False)),
                 bool(r.flag("training_bonuses", False)), bool(r.flag("retry", False)),
                 read_routes(r), _events(r, rounds or 15), _nerve(r),
                 read_beats(r, rounds or 15))


def _training(cid: str, path: Path, r: Reader) -> Training:
    r.unknown(("kind", "title", "fighter", "drills"))
    drills = []
    for d in r.tables("drills"):
        d.unknown(("kind", "title", "text", "stats", "rival", "rival_text", "boost",
                   "boost_text", "rival_caption", "boost_caption"))
        stats = d.get("stats", lambda v: isinstance(v, list) and all(s in STATS for s in v),
                      "a list of stats, each one of " + ", ".join(STATS), [])
        drills.append(Drill(d.choice("kind", DRILLS) or "logs", d.text("title", limit=40) or "",
                            d.text("text") or "", tuple(stats or ()),
                            d.integer("rival", 0, 99999, 0) or 0, d.text("rival_text", "") or "",
                            d.number("boost", 0.0, 0.5, 0.0) or 0.0,
                            d.text("boost_text", "") or "",
                            d.text("rival_caption", "", limit=40) or "",
                            d.text("boost_caption", "", limit=40) or ""))
    if "drills" in r.table and not drills:
        r.error("drills", "at least one [[drills]] table")
    return Training(cid, path, r.text("title", limit=60) or cid,
                    r.choice("fighter", FIGHTER_IDS, "rocky") or "rocky", tuple(drills))


def _read_toml(path: Path, errors: list[str]) -> dict | None:
    try:
        return tomllib.loads(decode_text(read_user_file(path, MAX_BYTES)))
    except (OSError, UnicodeDecodeError) as exc:
        errors.append(f"{path.name}: (file): expected a readable UTF-8 file ({clip(why(exc))})")
    except tomllib.TOMLDecodeError as exc:
        errors.append(f"{path.name}: (file): expected valid TOML ({clip(exc)})")
    except RecursionError:
        errors.append(f"{path.name}: (file): expected TOML nested a few levels deep")
    return None


def load_chapter(path: Path, levels_dir: Path, errors: list[str]) -> Chapter | None:
    raw = _read_toml(path, errors)
    if raw is None:
        return None
    r = Reader(path.name, raw, errors)
    kind = r.choice("kind", KINDS)
    cid = path.stem
    if kind == "card":
        return _card(cid, path, r, levels_dir)
    if kind == "fight":
        return _fight(cid, path, r)
    if kind == "training":
        return _training(cid, path, r)
    if kind == "scene":
        from .staging_loader import read_staging

        return read_staging(cid, path, r)
    return None


def _folder_problem(levels_dir: Path) -> str:
    """Why `levels_dir` cannot be a levels folder ("" when it can), as one line."""
    try:
        is_dir = levels_dir.is_dir()
        has_index = (levels_dir / STORY_FILE).exists()
    except OSError as exc:  # a name too long, a folder we may not look into
        return f"{named(levels_dir)}: (folder): expected a folder of level files ({why(exc)})"
    if not is_dir:
        return f"{named(levels_dir)}: (folder): expected a folder of level files"
    if not has_index:
        return f"{STORY_FILE}: (file): expected the story's order (missing)"
    return ""


def _check_links(order: list[str], chapters: dict[str, Chapter], known: set[str],
                 errors: list[str]) -> None:
    """Every chapter the order or an outcome names has its file."""
    for i, cid in enumerate(order):
        if cid not in known:
            errors.append(f"{STORY_FILE}: order[{i}]: expected a chapter file {cid}.toml "
                          "(missing)")
    then = {cid: ch.then for cid, ch in chapters.items() if getattr(ch, "then", "")}
    loop = _then_loop(then)
    if loop:
        errors.append(f"{chapters[loop].file.name}: then: expected a chain of scenes that ends "
                      f"(it comes back to {loop})")
    for ch in chapters.values():
        if isinstance(ch, (Staging, Card)) and ch.then and ch.then not in known:
            errors.append(f"{ch.file.name}: then: expected a chapter file {ch.then}.toml "
                          "(missing)")
        if isinstance(ch, Fight):
            for rt in ch.routes:
                if rt.chapter not in known:
                    errors.append(f"{ch.file.name}: {rt.where}: expected a chapter "
                                  f"file {rt.chapter}.toml (missing)")
            _check_scenes(ch, chapters, known, errors)


def _then_loop(then: dict[str, str]) -> str:
    """A chapter whose `then` chain (a scene played right after another) comes back round to
    it, "" when every chain ends: a loop would play forever."""
    for start in sorted(then):
        cid, steps = then[start], 0
        while cid in then and cid != start and steps <= len(then):
            cid, steps = then[cid], steps + 1
        if cid == start:
            return start
    return ""


def _check_scenes(fight: Fight, chapters: dict[str, Chapter], known: set[str],
                  errors: list[str]) -> None:
    """A fight event's `scene` names a staged scene chapter (`kind = "scene"`)."""
    for i, e in enumerate(fight.events):
        if not e.scene:
            continue
        target = chapters.get(e.scene)
        if e.scene not in known:
            errors.append(f"{fight.file.name}: events[{i}].scene: expected a chapter file "
                          f"{e.scene}.toml (missing)")
        elif target is not None and target.kind != "scene":
            errors.append(f"{fight.file.name}: events[{i}].scene: expected a staged scene "
                          f"chapter (kind = \"scene\"), got a {target.kind}")


def read_story(levels_dir: Path) -> tuple[Story | None, list[str]]:
    """The story and every problem found (an empty list means it is good to play)."""
    errors: list[str] = []
    levels_dir = Path(levels_dir)
    problem = _folder_problem(levels_dir)
    if problem:
        return None, [problem]
    index = levels_dir / STORY_FILE
    raw = _read_toml(index, errors)
    if raw is None:
        return None, errors
    r = Reader(STORY_FILE, raw, errors)
    r.unknown(("format", "title", "subtitle", "order"))
    r.integer("format", 1, 1)
    title = r.text("title", "Piece of Iron", limit=60)
    subtitle = r.text("subtitle", "", limit=60)
    order = r.get("order", lambda v: isinstance(v, list) and v and all(
        isinstance(c, str) for c in v), "a non-empty list of chapter ids") or []
    chapters: dict[str, Chapter] = {}
    for path in sorted(levels_dir.glob("*.toml")):
        if path.name == STORY_FILE:
            continue
        ch = load_chapter(path, levels_dir, errors)
        if ch is not None:
            chapters[path.stem] = ch
    known = {p.stem for p in levels_dir.glob("*.toml")} - {index.stem}
    _check_links(order, chapters, known, errors)
    if errors:
        return None, errors
    story = Story(levels_dir, title, tuple(order), chapters, subtitle or "")
    errors = check_claims(story)   # words that could contradict what happened (claims.py)
    return (None, errors) if errors else (story, [])


def check_levels(levels_dir: Path) -> list[str]:
    """Every problem in a levels folder, one message each; [] when it is valid."""
    return read_story(levels_dir)[1]


def load_story(levels_dir: Path) -> Story:
    """The checked story; raises LevelError listing every problem."""
    story, errors = read_story(levels_dir)
    if story is None:
        raise LevelError(errors)
    return story
