"""The scene protocol and the stack that runs it.

Why switches are queued: a scene asks to push, pop or replace during a tick, and the stack
applies it between ticks, so no tick ever runs half in one scene and half in another.
Why the fades live in the stack: every change of screen gets the same short fade without any
scene knowing about it. A change to another full-screen scene first darkens the old screen
over `FADE_OUT_TICKS` ticks (it stays drawn, frozen: no input reaches it and it does not
update, so a fight never boxes on behind the curtain), then switches, and the new scene fades
in from black over `FADE_TICKS` while it already runs from its first tick. An overlay (the
pause menu over a fight, `transparent`) comes and goes at once, and emptying the stack (the
game is over) never waits.
Why the stack filters presses: whatever is on top is the screen the player just saw appear,
so the stack is the one place that knows when keys held from the screen before (guard held
through the end of a fight) must wait for their release (`game.input.fresh`); every menu
and every screen gets that without a line of its own. A menu that opens inside a screen (the
story's towel choice) says so with `hold_back`.
Why headless runs switch at once: `--headless` runs and the tests that drive a stack by hand
count ticks and expect a switch on the tick it was asked for; a fade-out is only for eyes, so
there the old screen just goes (the fade-in, which delays nothing, stays).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.input.fresh import FreshPresses

if TYPE_CHECKING:
    from game.context import Context


class Scene:
    """A screen: handles events, advances one tick, draws onto the 640x360 frame."""

    transparent = False  # draw the scene below first (a pause menu over the fight)
    # the pointer shows over this screen once the mouse moves (menus); a fight hides it
    uses_mouse = False

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

    def logical_pos(self, pos: tuple[int, int]) -> tuple[int, int]:
        """A mouse position (window pixels) as a point of the 640x360 frame.

        Why through the Presenter: the frame may sit letterboxed, scaled by a whole number or
        smoothly, inside a window of any size; only the Presenter knows where. A Context with
        no window of the app's (tests) maps by the display surface's size."""
        presenter = getattr(self.ctx, "presenter", None)
        if presenter is not None:
            return presenter.to_logical(pos)
        surface = pygame.display.get_surface()
        if surface is None:
            return int(pos[0]), int(pos[1])
        return (int(pos[0] * 640 / surface.get_width()),
                int(pos[1] * 360 / surface.get_height()))


FADE_TICKS = 10  # a change of screen fades in from black over this many ticks
FADE_OUT_TICKS = 8  # ...after the old screen darkened over this many (not headless)

# A queued switch: (what, scene) with what in "push", "pop", "replace", "clear".
Switch = tuple[str, "Scene | None"]


class _Curtain(Scene):
    """What `SceneStack.top` is while the old screen darkens: it swallows every event, and
    each tick it is updated brings the switch one tick nearer. Never on the stack itself."""

    transparent = True

    def __init__(self, stack: SceneStack) -> None:  # no Context: it serves no screen
        self.stack = stack

    def handle(self, event: pygame.event.Event) -> None:
        pass  # no input reaches the old scene, nor (late) the new one

    def update(self) -> None:
        self.stack.fade_out = max(0, self.stack.fade_out - 1)


def _base_of(scenes: list[Scene]) -> Scene | None:
    for scene in reversed(scenes):
        if not scene.transparent:
            return scene
    return None


def _headless(scene: Scene) -> bool:
    opts = getattr(getattr(scene, "ctx", None), "opts", None)
    return bool(getattr(opts, "headless", False))


class SceneStack:
    """The scenes on screen, bottom first; see the module's docstring for the fades.

    `fade_out_ticks` None: `FADE_OUT_TICKS`, except in a `--headless` run (0: at once)."""

    def __init__(self, fade_out_ticks: int | None = None) -> None:
        self.scenes: list[Scene] = []
        self._pending: list[Switch] = []
        self.fade_out_ticks = fade_out_ticks
        self.fade = 0  # ticks of fade-in left
        self.fade_out = 0  # ticks of fade-out left (while `leaving`)
        self.leaving = False  # the old screen is darkening; the queued switches wait
        self._fade_out_from = 0  # the fade-out's length, for how dark it is now
        self._curtain = _Curtain(self)
        self.fresh = FreshPresses()  # presses of what was held as the top scene came up wait
        # the scenes under a transparent top, and their picture (see `_draw_frozen`)
        self._frozen: tuple[tuple[Scene, ...], tuple[int, int], pygame.Surface] | None = None

    def _draw_frozen(self, below: tuple[Scene, ...], surface: pygame.Surface) -> None:
        """The scenes under a transparent top (a fight under its pause menu), from a copy.

        Why: only the top scene is ticked, so the ones below cannot change while it is up;
        drawing a whole fight 60 times a second to show the same picture under a menu is
        most of what a paused game would cost. The copy is made again when the scenes below
        change (a restart, another screen) or the frame's size does."""
        under, size, picture = self._frozen or ((), (0, 0), None)
        same = len(under) == len(below) and all(a is b for a, b in zip(under, below,
                                                                        strict=True))
        if picture is None or not same or size != surface.get_size():
            for scene in below:
                scene.draw(surface)
            self._frozen = (below, surface.get_size(), surface.copy())
            return
        surface.blit(picture, (0, 0))

    def base(self) -> Scene | None:
        """The top scene that paints the whole screen (a pause menu is drawn over another)."""
        return _base_of(self.scenes)

    @property
    def top(self) -> Scene | None:
        """The scene that gets the events and the tick (during a fade-out, nobody's)."""
        if self.leaving:
            return self._curtain
        return self.scenes[-1] if self.scenes else None

    def handle(self, event: pygame.event.Event) -> None:
        """One event to the top scene, unless it presses a key, button or stick direction
        held since before that scene came up."""
        self.fresh.observe(event)
        top = self.top
        if top is not None and not self.fresh.is_stale(event):
            top.handle(event)

    def hold_back(self) -> None:
        """A menu opened inside the top scene: what is held now waits for its release."""
        self.fresh.hold_back()

    def push(self, scene: Scene) -> None:
        self._pending.append(("push", scene))

    def pop(self) -> None:
        self._pending.append(("pop", None))

    def replace(self, scene: Scene) -> None:
        self._pending.append(("replace", scene))

    def clear_to(self, scene: Scene) -> None:
        self._pending.append(("clear", scene))

    def apply(self) -> None:
        """Between ticks: run the queued switches, after a fade-out when the screen changes.

        A change to another full-screen scene (not the first scene, not an overlay, not an
        empty stack) starts the fade-out and waits for it; the switch then starts a fade-in."""
        self.fresh.tick()
        if self.leaving:
            if self.fade_out <= 0:
                self._switch()
            return
        if not self._pending:
            if self.fade > 0:
                self.fade -= 1
            return
        before = self.base()
        ticks = self._fade_out_length(before)
        after = _base_of(self._after())
        if ticks > 0 and before is not None and after is not None and after is not before:
            self.leaving, self.fade_out, self._fade_out_from = True, ticks, ticks
            return
        self._switch()

    def flush(self) -> None:
        """Run the queued switches now, cutting a fade-out short (the fade-in still runs)."""
        if self._pending or self.leaving:
            self._switch()

    def _fade_out_length(self, before: Scene | None) -> int:
        if self.fade_out_ticks is not None:
            return self.fade_out_ticks
        if before is None or _headless(before):
            return 0
        return FADE_OUT_TICKS

    def _after(self) -> list[Scene]:
        """The scenes as the queued switches will leave them (nothing entered or exited)."""
        scenes = list(self.scenes)
        for what, scene in self._pending:
            if what == "clear":
                scenes.clear()
            elif what in ("pop", "replace") and scenes:
                scenes.pop()
            if scene is not None:
                scenes.append(scene)
        return scenes

    def _switch(self) -> None:
        before = self.base()
        top = self.scenes[-1] if self.scenes else None
        self.leaving, self.fade_out = False, 0
        while self._pending:
            what, scene = self._pending.pop(0)
            if what == "clear":
                while self.scenes:
                    self._pop()
            elif what in ("pop", "replace"):
                self._pop()
            if scene is not None:
                self._push(scene)
        if self.scenes and self.scenes[-1] is not top:
            self.fresh.hold_back()  # a new screen on top: held keys wait for their release
        if before is not None and self.base() is not None and self.base() is not before:
            self.fade = FADE_TICKS

    def _push(self, scene: Scene) -> None:
        self.scenes.append(scene)
        scene.enter()

    def _pop(self) -> None:
        if self.scenes:
            self.scenes.pop().exit()

    def darkness(self) -> float:
        """How dark the fades make this frame: 0 untouched, 1 black."""
        dark = 0.0
        if self.fade > 0:
            t = self.fade / FADE_TICKS
            dark = t * t  # eased: most of the light comes back early
        if self.leaving and self._fade_out_from > 0:
            # linear, so the first frame after the press already answers it; the last one is
            # nearly black and the switch's first frame is black
            done = self._fade_out_from - self.fade_out + 1
            dark = max(dark, done / (self._fade_out_from + 1))
        return dark

    def draw(self, surface: pygame.Surface) -> None:
        start = len(self.scenes) - 1
        while start > 0 and self.scenes[start].transparent:
            start -= 1
        below = tuple(self.scenes[start:-1])
        if below:  # frozen under a menu: drawn once, then copied
            self._draw_frozen(below, surface)
        else:
            self._frozen = None
        for scene in self.scenes[max(start, len(self.scenes) - 1):]:
            scene.draw(surface)
        dark = self.darkness()
        if dark > 0:
            from game.render.ui import fade

            fade(surface, dark)
