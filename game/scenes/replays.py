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
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pygame

from game.bout import FightSpec
from game.bout.sources import REPLAY
from game.input.gamepad import PAD_EVENT
from game.input.menu import menu_action
from game.paths import user_paths
from game.render import ui
from game.render.font import get_font
from game.replay import ReplayError, check_setup, read_replay
from game.scenes.fight import FightScene
from game.scenes.menu import MenuScene

NAMES = {"rocky": "ROCKY", "apollo": "APOLLO", "drago": "DRAGO"}
VENUES = {"las_vegas": "LAS VEGAS", "moscow": "MOSCOW"}
SHOWN = 9


@dataclass(frozen=True)
class ReplayEntry:
    path: Path
    label: str


def list_replays(folder: Path | None = None) -> list[ReplayEntry]:
    """Replays in the folder, newest first; unreadable files are listed as such, not hidden."""
    folder = folder or user_paths()["replays"]
    if not folder.is_dir():
        return []
    files = sorted(folder.glob("*.json"), key=lambda p: (p.stat().st_mtime, p.name),
                   reverse=True)
    out = []
    for path in files:
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
            setup = doc["setup"]
            a, b = (NAMES.get(f, str(f).upper()) for f in setup["fighters"])
            venue = VENUES.get(setup["venue"], str(setup["venue"]).upper())
            summary = doc.get("summary") or {}
            result = summary.get("text", "")
            when = datetime.fromtimestamp(path.stat().st_mtime).strftime("%d %b %H:%M")
            label = f"{a} V {b}  {venue}  {result}  {when}".replace("  ", " ")
        except (OSError, ValueError, KeyError, TypeError):
            label = f"{path.name} (UNREADABLE)"
        out.append(ReplayEntry(path, label.upper()))
    return out


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
    return chapter


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
