"""The scene protocol and the stack that runs it.

Why switches are queued: a scene asks to push, pop or replace during a tick, and the stack
applies it between ticks, so no tick ever runs half in one scene and half in another.
Why the fade lives in the stack: every change of screen gets the same short fade from black
without any scene knowing about it, and since it only darkens what is drawn (the new scene
runs from its first tick), it never delays a test, a `--frames` count or a player's input.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pygame

if TYPE_CHECKING:
    from game.app import Context


class Scene:
    """A screen: handles events, advances one tick, draws onto the 640x360 frame."""

    transparent = False  # draw the scene below first (a pause menu over the fight)

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def enter(self) -> None:
        pass

    def exit(self) -> None:
        pass

    def handle(self, event: pygame.event.Event) -> None:
        pass

    def update(self) -> None:
        pass

    def draw(self, surface: pygame.Surface) -> None:
        pass


FADE_TICKS = 10  # a change of screen fades in from black over this many ticks


class SceneStack:
    def __init__(self) -> None:
        self.scenes: list[Scene] = []
        self._pending: list[Callable[[], None]] = []
        self.fade = 0  # ticks of fade-in left

    def base(self) -> Scene | None:
        """The top scene that paints the whole screen (a pause menu is drawn over another)."""
        for scene in reversed(self.scenes):
            if not scene.transparent:
                return scene
        return None

    @property
    def top(self) -> Scene | None:
        return self.scenes[-1] if self.scenes else None

    def push(self, scene: Scene) -> None:
        self._pending.append(lambda: self._push(scene))

    def pop(self) -> None:
        self._pending.append(self._pop)

    def replace(self, scene: Scene) -> None:
        self._pending.append(lambda: (self._pop(), self._push(scene)))

    def clear_to(self, scene: Scene) -> None:
        def go() -> None:
            while self.scenes:
                self._pop()
            self._push(scene)
        self._pending.append(go)

    def apply(self) -> None:
        """Run the queued switches; a new full-screen scene (not the first) starts a fade."""
        before = self.base()
        changed = bool(self._pending)
        while self._pending:
            self._pending.pop(0)()
        if changed and before is not None and self.base() is not before:
            self.fade = FADE_TICKS
        elif self.fade > 0:
            self.fade -= 1

    def _push(self, scene: Scene) -> None:
        self.scenes.append(scene)
        scene.enter()

    def _pop(self) -> None:
        if self.scenes:
            self.scenes.pop().exit()

    def draw(self, surface: pygame.Surface) -> None:
        start = len(self.scenes) - 1
        while start > 0 and self.scenes[start].transparent:
            start -= 1
        for scene in self.scenes[start:]:
            scene.draw(surface)
        if self.fade > 0:
            from game.render.ui import fade

            t = self.fade / FADE_TICKS
            fade(surface, t * t)  # eased: most of the light comes back early
