"""The options screen, and the few rules by which the player's options reach a fight.

Why every change is saved at once: the player should never lose a choice because the game
was closed from the window's X or crashed; `settings.toml` is written atomically each time
(see game/settings.py), and the next start applies it (game/app.py `apply_settings`).
Volumes and screen shake act at once, and so do the window scale and fullscreen: the window is
re-made by the same code the start uses (game/window.py `open_window`), so a player sees the
size they chose without a restart.

Why the command line wins over the options: a developer or a test that says `--rounds 1`
must get one round whatever this machine's settings say. An option not given is None
(game/cli.py), so `--rounds 3` beats a saved 5 and only an option left out uses the saved
value. The display rows show and step from the window as it is, so after `--scale 3` the row
reads X3; changing a row there is the player's word and applies at once.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING

import pygame

from game import settings as settings_file
from game.ai.skill import DIFFICULTIES
from game.render import ui
from game.render.font import get_font
from game.scenes.menu import MenuScene

if TYPE_CHECKING:
    from game.bout import FightSpec
    from game.context import Context

DISPLAY_ATTRS = ("window_scale", "fullscreen")  # the rows that re-make the window
VOLUME_STEPS = 10
ROUND_LENGTHS = (20, 30, 45, 60, 90, 120, 180)
HUMAN = ("keyboard", "gamepad")


# -- options reaching a fight --------------------------------------------------------------
def match_length(ctx: Context) -> tuple[int, float]:
    """(rounds, seconds a round) for a fight started from the menus."""
    opts, s = ctx.opts, ctx.settings
    rounds = s.rounds if opts.rounds is None else opts.rounds
    seconds = float(s.round_seconds) if opts.round_seconds is None else opts.round_seconds
    return rounds, seconds


def cpu_difficulty(ctx: Context) -> str:
    """The CPU's difficulty a select screen starts on."""
    d = ctx.opts.difficulty
    return ctx.settings.cpu_difficulty if d is None else d[1]


def with_player_options(ctx: Context, spec: FightSpec) -> FightSpec:
    """A fight started from the menus with the player's accessibility options: hold to rise
    when a person boxes in it (a CPU side then holds too, see game.bout.rules.HoldToRise)."""
    if ctx.settings.hold_to_rise and any(k in HUMAN for k in spec.sources):
        return dataclasses.replace(spec, setup=dataclasses.replace(spec.setup,
                                                                   hold_to_rise=True))
    return spec


# -- the screen -----------------------------------------------------------------------------
@dataclasses.dataclass(frozen=True)
class Option:
    label: str
    attr: str
    kind: str            # volume | choice | toggle
    group: str
    help: str
    choices: tuple = ()


OPTIONS = (
    Option("MASTER VOLUME", "master_volume", "volume", "AUDIO", "EVERYTHING YOU HEAR"),
    Option("MUSIC", "music_volume", "volume", "AUDIO", "THEMES, FANFARES AND STINGS"),
    Option("EFFECTS", "effects_volume", "volume", "AUDIO", "PUNCHES, BELL, CROWD, MENUS"),
    Option("CPU DIFFICULTY", "cpu_difficulty", "choice", "BOUTS",
           "WHERE THE SELECT SCREEN STARTS THE CPU", DIFFICULTIES),
    Option("ROUNDS", "rounds", "choice", "BOUTS", "ROUNDS IN EXHIBITION AND VERSUS BOUTS",
           tuple(range(1, 16))),
    Option("ROUND LENGTH", "round_seconds", "choice", "BOUTS",
           "REAL SECONDS A ROUND LASTS (THE CLOCK STILL READS 3:00)", ROUND_LENGTHS),
    Option("WINDOW SCALE", "window_scale", "choice", "DISPLAY",
           "WINDOW SIZE: 640X360 TIMES THE SCALE", (1, 2, 3, 4)),
    Option("FULLSCREEN", "fullscreen", "toggle", "DISPLAY",
           "THE WHOLE SCREEN (ALSO F11 OR ALT+ENTER)"),
    Option("PICTURE", "fill", "choice", "DISPLAY",
           "SHARP: WHOLE-NUMBER STEPS, BLACK BARS. FILL: SMOOTHLY AS BIG AS IT GOES",
           (False, True)),
    Option("REDUCED SHAKE", "reduced_shake", "toggle", "DISPLAY",
           "THE RING SHAKES A THIRD AS MUCH ON BIG HITS"),
    Option("HOLD TO RISE", "hold_to_rise", "toggle", "ACCESSIBILITY",
           "ON THE CANVAS: HOLD A PUNCH INSTEAD OF MASHING"),
)


def value_text(opt: Option, value: object) -> str:
    if opt.kind == "volume":
        return f"{round(float(value) * 100)}%"  # type: ignore[arg-type]
    if opt.kind == "toggle":
        return "ON" if value else "OFF"
    if opt.attr == "round_seconds":
        return f"{value} S"
    if opt.attr == "window_scale":
        return f"X{value}  {640 * int(value)}X{360 * int(value)}"  # type: ignore[call-overload]
    if opt.attr == "fill":
        return "FILL" if value else "SHARP"
    return str(value).upper()


def stepped(opt: Option, value: object, step: int) -> object:
    """The next value left (-1) or right (+1): volumes stop at the ends, choices wrap."""
    if opt.kind == "volume":
        tenths = round(float(value) * VOLUME_STEPS) + step  # type: ignore[arg-type]
        return max(0, min(VOLUME_STEPS, tenths)) / VOLUME_STEPS
    if opt.kind == "toggle":
        return not value
    choices = opt.choices
    if value in choices:
        return choices[(choices.index(value) + step) % len(choices)]
    bigger = [c for c in choices if c > value]  # a hand-edited value between two choices
    smaller = [c for c in choices if c < value]
    if step > 0:
        return bigger[0] if bigger else choices[0]
    return smaller[-1] if smaller else choices[-1]


class OptionsScene(MenuScene):
    """Left/right (or confirm, or a click) changes the chosen row; CONTROLS opens remapping."""

    title = "OPTIONS"

    def __init__(self, ctx: Context) -> None:
        items: list[tuple[str, Callable[[], None]]] = [
            (opt.label, (lambda k=k: self._change(k, 1))) for k, opt in enumerate(OPTIONS)]
        items += [("CONTROLS", self._controls), ("BACK", self.back)]
        super().__init__(ctx, items)
        self.message = ""

    def _controls(self) -> None:
        from game.scenes.controls import ControlsScene

        self.ctx.stack.push(ControlsScene(self.ctx))

    def adjust(self, step: int) -> None:
        if self.selected < len(OPTIONS):
            self._change(self.selected, step)

    def _change(self, k: int, step: int) -> None:
        opt = OPTIONS[k]
        if opt.attr == "window_scale":  # only the scales whose window fits on this desktop
            from game.window import desktop_size, scales_that_fit

            opt = dataclasses.replace(opt, choices=scales_that_fit(desktop_size()))
        s = self.ctx.settings
        setattr(s, opt.attr, stepped(opt, self.current(opt), step))
        self._sound("menu_move")
        self.apply_now(opt.attr)
        self.message = self.save()

    def current(self, opt: Option) -> object:
        """The value a row shows and steps from.

        Why the display rows read the window: `--scale` or `--fullscreen` may have beaten the
        saved choice at start, and the row should say what the player sees; a window-less
        Context (tests) or a headless run, whose window never follows the options, shows the
        saved value."""
        window = self.ctx.window
        if window is not None and not self.ctx.opts.headless and opt.attr in DISPLAY_ATTRS:
            return window[DISPLAY_ATTRS.index(opt.attr)]
        return getattr(self.ctx.settings, opt.attr)

    def apply_now(self, attr: str = "") -> None:
        """What acts at once: the volumes, the shake of the next fight, and the window.

        Only the display row changed (`attr`) moves the window, so a new scale keeps a
        fullscreen that `--fullscreen` asked for, and a volume never re-makes the window."""
        from game.context import apply_settings
        from game.window import change_window

        apply_settings(self.ctx)
        s = self.ctx.settings
        if attr == "window_scale":
            change_window(self.ctx, scale=s.window_scale)
        elif attr == "fullscreen":
            change_window(self.ctx, fullscreen=s.fullscreen)
        elif attr == "fill":
            change_window(self.ctx, fill=s.fill)

    def save(self) -> str:
        path = self.ctx.settings_path
        if path is None:
            return ""
        try:
            settings_file.save(self.ctx.settings, path)
        except OSError as exc:
            return f"NOT SAVED: {exc.strerror or exc}".upper()
        return "SAVED"

    def draw(self, surface: pygame.Surface) -> None:
        ui.draw_backdrop(surface, "OPTIONS")
        small = get_font("small")
        panel = pygame.Rect(112, 46, 416, 276)
        ui.draw_panel(surface, panel)
        self.item_rects = []
        y = panel.top + 8
        group = ""
        for k, (label, _) in enumerate(self.items):
            opt = OPTIONS[k] if k < len(OPTIONS) else None
            this_group = opt.group if opt else "MORE"
            if this_group != group:
                group = this_group
                if k:
                    y += 3
                small.draw(surface, group, (panel.left + 12, y), ui.DIM)
                # the first rule stops short of the "SAVED" message drawn at its right end
                room = small.size(self.message)[0] + 8 if self.message and not k else 0
                surface.fill(ui.EDGE, (panel.left + 12 + small.size(group)[0] + 6, y + 3,
                                       panel.width - 36 - small.size(group)[0] - room, 1))
                y += 12
            chosen = k == self.selected
            row = pygame.Rect(panel.left + 6, y - 3, panel.width - 12, 13)
            if chosen:
                surface.fill((70, 44, 30), row)
                surface.fill(ui.ACCENT, (row.left, row.top, 2, row.height))
                ui.draw_cursor(surface, (panel.left + 12, y - 1), self.frame)
            colour = ui.ACCENT if chosen else ui.WHITE
            small.draw(surface, label, (panel.left + 28, y), colour)
            if opt is not None:
                value = self.current(opt)
                text = value_text(opt, value)
                vx = panel.left + 250
                if opt.kind == "volume":
                    ui.stat_bar(surface, pygame.Rect(vx - 64, y - 1, 100, 8), float(value))
                    small.draw(surface, text, (vx + 60, y), colour, align="center")
                else:
                    small.draw(surface, f"<  {text}  >" if chosen else text, (vx + 20, y),
                               colour, align="center")
            self.item_rects.append(row)
            y += 14
        opt = OPTIONS[self.selected] if self.selected < len(OPTIONS) else None
        info = opt.help if opt else ("REMAP KEYS AND PADS, TEST YOUR INPUT"
                                     if self.items[self.selected][0] == "CONTROLS" else "")
        small.draw(surface, info, (panel.centerx, panel.bottom - 14), ui.DIM, align="center")
        if self.message:
            small.draw(surface, self.message, (panel.right - 10, panel.top + 8), ui.DIM,
                       align="right")
        ui.draw_hint(surface, "UP/DOWN: CHOOSE   LEFT/RIGHT: CHANGE   ESC/B: BACK")
