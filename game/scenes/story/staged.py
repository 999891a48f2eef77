"""Plays a staged scene (`kind = "scene"`): a timeline of beats over a backdrop, with actors.

Why a player apart from the Scene: a fight shows staged moments inside itself (the towel, the
manager in round 14), so the fight screen drives a `StagePlayer` the same way `StagedScene`
does: `update()` each tick (True when finished), `confirm()`, `skip()`, `draw(surface)`.
Why ticks and no clock: the picture is `Timeline.state(tick)`, so a confirm press is a jump of
the tick and the same scene looks the same frame for frame, played or tested.

Any confirm button finishes the line being typed, then moves to the next line; Esc (BACK)
skips the scene. A person's scene holds its last picture until a confirm press (unless it
ended faded out); a CPU player's simply ends, so headless runs never wait.
"""

from __future__ import annotations

from collections.abc import Callable

import pygame

from game.audio import STING_CUES
from game.input.menu import menu_action
from game.render.story.stage import StageArt, draw_stage_hint
from game.render.story.stage_zones import hint_box
from game.scenes.base import Scene
from game.story.model import Staging
from game.story.stage_assets import backdrops, figures
from game.story.timeline import StageState, Timeline


def timeline_of(scene: Staging) -> Timeline:
    """The scene with the figures and backdrop it was checked against."""
    return Timeline(scene, figures(), backdrops()[scene.backdrop])


class StagePlayer:
    """Runs one staged scene tick by tick and draws it (audio through `ctx.audio`)."""

    def __init__(self, scene: Staging, ctx, auto: bool = False) -> None:
        self.scene = scene
        self.ctx = ctx
        self.auto = auto
        self.timeline = timeline_of(scene)
        self.tick = 0
        self.frame = 0                  # ticks shown, jumps or not (blinks, crowd bobbing)
        self.finished = False
        self.holding = False            # at the end, waiting for a person's confirm press
        self.typed: set[int] = set()    # lines shown whole at once by a confirm press
        self._heard = -1                # cues of beats up to this tick have been played
        self._art: StageArt | None = None

    def state(self) -> StageState:
        return self.timeline.state(self.tick)

    def beats_started(self) -> int:
        """How many beats have begun: a change of it is a new moment (tools that take one
        picture per beat watch it)."""
        return sum(1 for s in self.timeline.starts if s <= self.tick)

    def update(self) -> bool:
        """One tick: play the cues that start now, move the clock. True when finished."""
        if self.finished:
            return True
        for cue in self.timeline.cues(self._heard, self.tick):
            self.ctx.audio.play(cue)
        self._heard = self.tick
        if self.tick >= self.timeline.length:
            if self.auto or self.state().fade[1] >= 1.0:
                self.finished = True
                return True
            self.holding = True         # a person leaves the last picture when he is ready
            self.frame += 1
            return False
        self.tick += 1
        self.frame += 1
        return False

    def confirm(self) -> None:
        """Show the line being typed whole; else go on to the next line (or end the lines
        up now). Nothing happens during a `wait`: that moment is there to be watched."""
        if self.holding:
            self.finished = True
        if self.finished or self.timeline.in_wait(self.tick):
            return
        typing = [ln.index for ln in self.timeline.lines(self.tick)
                  if ln.shown < len(ln.text) and ln.index not in self.typed]
        if typing:
            self.typed.update(typing)
            return
        stop = self.timeline.next_stop(self.tick)
        if stop is None or stop <= self.tick:
            return
        self.ctx.audio.play("menu_move")
        self.tick = min(stop, self.timeline.length)
        self._heard = self.tick - 1     # the beats of the moment landed on still sound

    def skip(self) -> None:
        self.finished = True

    def handle(self, event: pygame.event.Event) -> None:
        """Keys, pad buttons and a mouse click, as every story screen reads them."""
        action = menu_action(event)
        if action in ("confirm", "start") or (event.type == pygame.MOUSEBUTTONDOWN
                                              and event.button == 1):
            self.confirm()
        elif action == "back":
            self.skip()

    def draw(self, surface: pygame.Surface) -> None:
        if self._art is None:
            self._art = StageArt(self.timeline)
        self._art.draw(surface, self.state(), self.frame, frozenset(self.typed))

    def draw_hint(self, surface: pygame.Surface, text: str) -> None:
        """A hint in the scene's own place for it: clear of its signs, title and crowd."""
        draw_stage_hint(surface, hint_box(self.timeline), text)


class StagedScene(Scene):
    """The screen of a `kind = "scene"` chapter; `on_done()` once it is over or skipped."""

    def __init__(self, ctx, scene: Staging, on_done: Callable[[], None],
                 auto: bool = False) -> None:
        super().__init__(ctx)
        self.scene = scene
        self.on_done = on_done
        self.player = StagePlayer(scene, ctx, auto)
        self.done = False

    def enter(self) -> None:
        """A scene names its music: a sting plays once, anything else loops."""
        cue = self.scene.music or "music_story"
        self.ctx.audio.play_music(cue, loop=cue not in STING_CUES)

    def _finish(self) -> None:
        if not self.done:
            self.done = True
            self.on_done()

    def handle(self, event: pygame.event.Event) -> None:
        self.player.handle(event)
        if self.player.finished:
            self._finish()

    def update(self) -> None:
        if self.player.update():
            self._finish()

    def draw(self, surface: pygame.Surface) -> None:
        self.player.draw(surface)
        if not self.player.holding:
            self.player.draw_hint(surface, "ESC SKIPS")
        elif (self.player.frame // 20) % 2 == 0:
            self.player.draw_hint(surface, "ENTER >")
