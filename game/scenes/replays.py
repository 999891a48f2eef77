"""Saved fights: a list to choose from, then playback with pause, frame-step and x2 speed.

Why the playback is a fight scene: a replay is the seed and the commands, so watching one is
running the same fight again; only the controls around it (pause, step, speed) are new. It is
a `FightSpec` with replay sources (`open_replay`, the one place a replay is read and checked
for playing): a story fight's replay names its chapter (`setup.level`), whose script runs as
the same bout rule it was in the story, and its recorded decisions (the towel) are taken at
their ticks by another rule, so the playback is exact by construction.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pygame

from game.bout import FightSpec
from game.bout.sources import REPLAY
from game.files import read_ends
from game.input.gamepad import PAD_EVENT
from game.input.menu import menu_action
from game.paths import user_paths
from game.render import ui
from game.render.font import get_font
from game.replay import ReplayError, check_setup, read_replay
from game.scenes.fight import FightScene
from game.scenes.menu import MenuScene
from game.shown import clip

NAMES = {"rocky": "ROCKY", "apollo": "APOLLO", "drago": "DRAGO"}
VENUES = {"las_vegas": "LAS VEGAS", "moscow": "MOSCOW"}
SHOWN = 9


@dataclass(frozen=True)
class ReplayEntry:
    path: Path
    label: str


PEEK_BYTES = 16 << 10  # a replay's setup is at its start and its summary near its end
_KEY = {key: re.compile(rf'"{key}"\s*:\s*') for key in ("setup", "summary")}


def list_replays(folder: Path | None = None) -> list[ReplayEntry]:
    """Replays in the folder, newest first; unreadable files are listed as such, not hidden.

    Why only the ends of each file: the list shows the fighters, the venue and the summary,
    which a recorded replay keeps in its first and last few KB; parsing whole files (up to
    8 MB each, see game/replay_check.py) made the menu wait for seconds."""
    folder = folder or user_paths()["replays"]
    try:
        found = [(_mtime(p), p) for p in folder.glob("*.json")] if folder.is_dir() else []
    except OSError:
        return []
    found.sort(key=lambda tp: (tp[0], tp[1].name), reverse=True)
    return [ReplayEntry(path, _label(path, mtime).upper()) for mtime, path in found]


def _mtime(path: Path) -> float:
    """When a file was saved; a link to nothing or a loop still gets a place in the list."""
    try:
        return path.stat().st_mtime
    except OSError:
        try:
            return path.lstat().st_mtime
        except OSError:
            return 0.0


def _peek(text: str, key: str) -> object:
    """The JSON value after `"key":` in a piece of a file (None when absent or cut off)."""
    match = _KEY[key].search(text)
    if match is None:
        return None
    try:
        return json.JSONDecoder().raw_decode(text, match.end())[0]
    except (ValueError, RecursionError):
        return None


def _label(path: Path, mtime: float) -> str:
    try:
        head, tail = (b.decode("utf-8", "replace") for b in read_ends(path, PEEK_BYTES))
    except OSError:
        return f"{path.name} (UNREADABLE)"
    setup, summary = _peek(head, "setup"), _peek(tail, "summary")
    fighters = setup.get("fighters") if isinstance(setup, dict) else None
    if not (isinstance(fighters, list) and len(fighters) == 2
            and all(isinstance(f, str) for f in fighters)):
        return f"{path.name} (UNREADABLE)"
    a, b = (NAMES.get(f, f.upper()) for f in fighters)
    venue = setup.get("venue") if isinstance(setup, dict) else None
    venue = VENUES.get(venue, str(venue).upper()) if isinstance(venue, str) else "?"
    result = summary.get("text", "") if isinstance(summary, dict) else ""
    result = result if isinstance(result, str) else ""
    when = datetime.fromtimestamp(mtime).strftime("%d %b %H:%M") if mtime else ""
    return clip(f"{a} V {b}  {venue}  {result}  {when}".replace("  ", " "), 120)


def story_fight(setup_doc: dict, levels: Path | None = None, where: str = "replay"):
    """The story chapter a replay's `setup.level` names (None for an ordinary fight)."""
    level = setup_doc.get("level")
    if level is None:
        return None
    from game.assets import asset_dir
    from game.story import load_story
    from game.story.model import Fight

    folder = Path(levels) if levels is not None else asset_dir("levels")
    try:
        chapter = load_story(folder).chapters.get(level)
    except Exception as exc:  # noqa: BLE001 - a broken levels folder: one clear line
        raise ReplayError(f"{where}: setup.level: cannot read the story in {folder}: {exc}") \
            from exc
    if not isinstance(chapter, Fight):
        raise ReplayError(f"{where}: setup.level: no story fight {level!r} in {folder}")
    return chapter.full_length() if setup_doc.get("montage") == "full" else chapter


def open_replay(path: Path, levels: Path | None = None) -> FightSpec:
    """Read and check a replay for playback: the fight it describes, both sides replayed.
    Raises ReplayError naming the file and the field (game/replay.py `read_replay` for the
    file, `check_setup` for its setup, `story_fight` for its chapter)."""
    replay = read_replay(path)
    chapter = story_fight(replay.setup, levels, str(path))
    setup, difficulty = check_setup(path, replay.setup, chapter)
    return FightSpec(setup, replay.setup.get("mode", "exhibition"), difficulty,
                     (REPLAY, REPLAY), story=chapter, replay=replay)


class ReplayListScene(MenuScene):
    title = "REPLAYS"

    def __init__(self, ctx, folder: Path | None = None) -> None:
        self.entries = list_replays(folder)
        self.message = ""
        items = [(e.label[:44], (lambda e=e: self._watch(e))) for e in self.entries[:SHOWN]]
        items.append(("BACK", self.back))
        super().__init__(ctx, items)
        self.subtitle = "NO SAVED FIGHTS YET" if not self.entries else "ENTER TO WATCH"

    def _watch(self, entry: ReplayEntry) -> None:
        try:
            spec = open_replay(entry.path, self.ctx.opts.levels)
        except (ReplayError, ValueError, KeyError, TypeError) as exc:
            self.message = str(exc)[-60:].upper()
            return
        self.ctx.stack.push(ReplayPlaybackScene(self.ctx, spec))

    def draw(self, surface: pygame.Surface) -> None:
        ui.draw_backdrop(surface, "REPLAYS")
        small = get_font("small")
        folder = user_paths()["replays"]
        n = len(self.entries)
        where = f"{n} SAVED FIGHT{'' if n == 1 else 'S'} IN {str(folder).upper()}"
        small.draw(surface, where[:100], (320, 44), ui.DIM, align="center")
        self.item_rects = ui.draw_menu(surface, "", self.labels(), self.selected, self.frame,
                                       self.subtitle, top=60) or []
        if self.message:
            small.draw(surface, self.message, (320, 330), (255, 120, 100), align="center")
        ui.draw_hint(surface, "ENTER/A: WATCH   ESC/B: BACK   SAVE A FIGHT FROM ITS RESULTS")


class ReplayPlaybackScene(FightScene):
    """Watch a replay from the list: Space pauses, Right steps a tick while paused, Up toggles
    x2 speed; the end goes back to the list.

    On a pad: A pauses, D-pad right steps, D-pad up toggles the speed, B goes back; a click
    pauses and the right button goes back."""

    def __init__(self, ctx, spec: FightSpec) -> None:
        super().__init__(ctx, spec, on_over=lambda scene: ctx.stack.pop())
        self.paused = False
        self.step_once = False
        self.speed = 1

    def handle(self, event: pygame.event.Event) -> None:
        action = menu_action(event)
        if event.type == pygame.MOUSEBUTTONDOWN:
            action = "confirm" if event.button == 1 else "back" if event.button == 3 else None
        if event.type == PAD_EVENT and action == "start":
            action = "confirm"
        if action == "confirm":
            self.paused = not self.paused
        elif action == "right":
            self.paused = True
            self.step_once = True
        elif action == "up":
            self.speed = 1 if self.speed == 2 else 2
        elif action == "back":
            self.ctx.stack.pop()

    def update(self) -> None:
        if self.paused and not self.step_once:
            return
        steps = 1 if self.paused else self.speed
        self.step_once = False
        for _ in range(steps):
            super().update()

    def draw(self, surface: pygame.Surface) -> None:
        super().draw(surface)
        state = "PAUSED  RIGHT: STEP" if self.paused else f"REPLAY X{self.speed}"
        ui.draw_hint(surface, f"{state}   SPACE/A: PAUSE   UP: SPEED   ESC/B: BACK")
