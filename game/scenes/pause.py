"""Pausing a fight: the fight stays on screen, frozen, under a small menu.

Why a separate reconnect screen: when a player's pad is unplugged the fight must not go on
without him, and it should resume by itself the moment a pad is back (the re-plugged pad
takes the waiting side, see game.input.seats), without anyone reaching for the keyboard.
"""

from __future__ import annotations

from game.input.seats import KEYBOARD
from game.scenes.menu import MenuScene


class PauseScene(MenuScene):
    """RESUME, RESTART (the same bout from the first bell), CONTROLS, QUIT TO TITLE.

    A fight may add its own rows before QUIT (`fight.pause_items()`): training puts the
    dummy and the box overlay there, so a pad can reach them too."""

    transparent = True
    title = "PAUSED"
    subtitle = "ESC/START: RESUME"

    def __init__(self, ctx, fight) -> None:
        self.fight = fight
        items = [("RESUME", self.back), ("RESTART", self._restart),
                 ("CONTROLS", self._controls)]
        extra = getattr(fight, "pause_items", None)
        if extra is not None:
            items += extra()
        items.append(("QUIT TO TITLE", self._quit))
        super().__init__(ctx, items)

    def labels(self) -> list[str]:
        label = getattr(self.fight, "pause_label", None)
        return [label(text) if label is not None else text for text, _ in self.items]

    def _quit(self) -> None:
        from game.scenes.title import TitleScene

        self.ctx.stack.clear_to(TitleScene(self.ctx))

    def _controls(self) -> None:
        from game.scenes.controls import ControlsScene

        self.ctx.stack.push(ControlsScene(self.ctx))

    def _restart(self) -> None:
        """The same bout again from the first bell: same men, venue, rules, seed, sides."""
        scenes = self.ctx.stack.scenes
        under = scenes[-2] if len(scenes) >= 2 and scenes[-1] is self else self.fight
        fresh = getattr(self.fight, "restarted", None)
        if under is not self.fight and hasattr(under, "flow") and hasattr(under, "fight"):
            scene = type(under)(self.ctx, under.flow, under.fight)  # a story bout: its own
        elif fresh is not None:
            scene = fresh()
        else:
            from game.scenes.build import build

            scene = build(self.ctx, self.fight.spec, on_over=self.fight.on_over)
        self.ctx.stack.pop()
        self.ctx.stack.replace(scene)

    def draw(self, surface) -> None:
        from game.render import ui

        ui.fade(surface, 0.4)  # the frozen fight stays readable behind the menu
        super().draw(surface)

    def handle(self, event) -> None:
        from game.input.menu import menu_action

        if menu_action(event) == "start" and not isinstance(self, ReconnectScene):
            self.back()  # START paused the fight; START resumes it
            return
        super().handle(event)


class ReconnectScene(PauseScene):
    """A pad of this fight went away: wait for one, or box on with the keyboard."""

    title = "PAD UNPLUGGED"

    def __init__(self, ctx, fight) -> None:
        super().__init__(ctx, fight)
        self.items = [("USE THE KEYBOARD", self._keyboard), ("QUIT TO TITLE", self._quit)]
        self.closing = False

    @property
    def subtitle(self) -> str:  # type: ignore[override]
        sides = " AND ".join(f"P{i + 1}" for i in self.fight.lost_pads())
        return f"{sides}: RECONNECT YOUR PAD" if sides else ""

    def back(self) -> None:
        """Esc or B does not resume without the pad: it chooses the keyboard."""
        self._keyboard()

    def _keyboard(self) -> None:
        controls = list(self.fight.controls)
        for i in self.fight.lost_pads():
            self.ctx.seats.use_keyboard(i)
            controls[i] = KEYBOARD
        self.fight.reseat((controls[0], controls[1]))
        self._close()

    def _close(self) -> None:
        if not self.closing:  # a choice and the pad's return in one frame pop once
            self.closing = True
            self.ctx.stack.pop()

    def update(self) -> None:
        super().update()
        if not self.fight.lost_pads():
            self._close()  # the pad is back: box on
