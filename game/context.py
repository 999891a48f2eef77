"""What every screen shares: the `Context`, and the settings it applies.

Why a module of its own, below the app and the scenes: scenes need the context (and to apply a
changed option at once), and the app needs the scenes; with the context in `game/app.py` every
scene imported the app back and the two could not be read, imported or tested apart. Here it
imports only what lies below both (options, devices, settings, sound); the scene and story
types it names are for the type checker only, so nothing here imports a scene.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from game.audio import Audio
from game.cli import Options
from game.input.gamepad import GamepadInput
from game.input.keyboard import KeyboardInput
from game.input.seats import Seats
from game.present import Presenter
from game.settings import Settings

if TYPE_CHECKING:
    from game.scenes.base import SceneStack
    from game.scenes.fight import FightScene
    from game.story.run import StoryRun

NOTICE_TICKS = 600  # a message for the player stays 10 s


@dataclass
class Context:
    """What scenes share: options, audio, input, the stack, and the last fight."""

    opts: Options
    audio: Audio  # the mixer, or `NullAudio` (muted, headless, tests): same calls, no probing
    keyboard: KeyboardInput
    stack: SceneStack
    ticks: int = 0
    quit: bool = False
    fight: FightScene | None = None  # the fight now running (for results and replays)
    story: StoryRun | None = None    # the run through the chapters, in story mode
    reduced_shake: bool = False
    pads: GamepadInput = field(default_factory=GamepadInput)
    seats: Seats = field(default_factory=Seats)
    settings: Settings = field(default_factory=Settings)
    settings_path: Path | None = None  # None: remaps are not saved (tests, --headless runs)
    notices: list[tuple[str, int]] = field(default_factory=list)  # (text, ticks left)
    screenshot_wanted: bool = False  # F12 was pressed: save the next frame drawn
    presenter: Presenter | None = None  # None until the app opens its window (`open_window`)
    window: tuple[int, bool] | None = None  # (scale, fullscreen) the window was made with

    def notify(self, text: str) -> None:
        """A message for the player, shown over any screen for a while (and on stderr)."""
        self.notices.append((text, NOTICE_TICKS))
        sys.stderr.write(f"piece-of-iron: {text}\n")


def load_user_settings(ctx: Context) -> None:
    """settings.toml from the user folder into the devices; bad files reported to the player."""
    from game import paths, settings

    path = paths.settings_file()
    s, messages = settings.load(path)
    ctx.settings, ctx.settings_path = s, path
    ctx.keyboard.set_bindings(s.keys)
    ctx.pads.dead_zone = s.dead_zone
    for message in messages:
        ctx.notify(message)


def apply_settings(ctx: Context) -> None:
    """The options that act at once: volumes, screen shake (read by each new fight)."""
    s = ctx.settings
    ctx.audio.set_volumes(s.master_volume, s.music_volume, s.effects_volume)
    ctx.reduced_shake = s.reduced_shake
