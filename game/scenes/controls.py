"""The controls screen (see and remap every binding) and the live input test screen.

Why remapping lives in one table: players see both sides' keys and pads at once, so a key
the other player already uses is refused with a message on the spot (one keyboard, two
players), and a change is saved to settings.toml the moment it is made. Why a live test:
cheap keyboards lose some key combinations (ghosting) and pads differ; the test screen
shows what each device sends, so a player can check a combination before a fight.
Why "press a key" holds back what is held (`SceneStack.hold_back`): the Enter that chose the
cell is still down as the step opens, and its first repeat would bind Enter.
"""

from __future__ import annotations

import pygame

from game import settings as settings_file
from game.input.bindings import (
    ACTION_LABELS,
    DEFAULT_KEYS,
    DEFAULT_PAD,
    KEY_ACTIONS,
    PAD_ACTIONS,
    PAD_BUTTONS,
    BindingError,
    rebind_key,
    rebind_pad,
    scancode_label,
)
from game.input.gamepad import PAD_EVENT
from game.input.menu import menu_action
from game.render import ui
from game.render.font import get_font
from game.scenes.base import Scene

COLUMNS = ("P1 KEY", "P2 KEY", "P1 PAD", "P2 PAD")
COLUMN_X = (196, 284, 372, 480)
ITEMS = ("INPUT TEST", "RESET TO DEFAULTS", "BACK")
ROW = 13
TOP = 62


def pad_label(button: str) -> str:
    return {"leftshoulder": "LB", "rightshoulder": "RB", "lefttrigger": "LT",
            "righttrigger": "RT", "leftstick": "L3", "rightstick": "R3"}.get(button,
                                                                          button.upper())


class ControlsScene(Scene):
    """Rows are actions (then the items), columns the four bindings; confirm listens."""

    uses_mouse = True

    def __init__(self, ctx) -> None:
        super().__init__(ctx)
        self.row = 0
        self.col = 0
        self.listening = False
        self.message = "ENTER/A: CHANGE   ESC/B: BACK"
        self.frame = 0
        self.cells: list[tuple[pygame.Rect, int, int]] = []  # (where, row, column) for the mouse

    # -- moving and choosing -------------------------------------------------------------
    def rows(self) -> int:
        return len(KEY_ACTIONS) + len(ITEMS)

    def handle(self, event: pygame.event.Event) -> None:
        if self.listening:
            self._listen(event)
            return
        if event.type == pygame.MOUSEBUTTONDOWN:
            self._click(event)
            return
        action = menu_action(event)
        if action == "up":
            self.row = (self.row - 1) % self.rows()
        elif action == "down":
            self.row = (self.row + 1) % self.rows()
        elif action in ("left", "right"):
            self.col = (self.col + (1 if action == "right" else -1)) % len(COLUMNS)
        elif action in ("confirm", "start"):
            self._choose()
        elif action == "back":
            self.ctx.stack.pop()

    def _click(self, event: pygame.event.Event) -> None:
        """Left click: choose that cell (and listen); right click: back."""
        if event.button == 3:
            self.ctx.stack.pop()
            return
        if event.button != 1:
            return
        pos = self.logical_pos(event.pos)
        for rect, row, col in self.cells:
            if rect.collidepoint(pos):
                self.row, self.col = row, col
                self._choose()
                return

    def _choose(self) -> None:
        if self.row >= len(KEY_ACTIONS):
            item = ITEMS[self.row - len(KEY_ACTIONS)]
            if item == "INPUT TEST":
                self.ctx.stack.push(InputTestScene(self.ctx))
            elif item == "RESET TO DEFAULTS":
                s = self.ctx.settings
                s.keys = (dict(DEFAULT_KEYS[0]), dict(DEFAULT_KEYS[1]))
                s.pads = (dict(DEFAULT_PAD), dict(DEFAULT_PAD))
                self._apply("DEFAULTS RESTORED")
            else:
                self.ctx.stack.pop()
            return
        action = KEY_ACTIONS[self.row]
        if self.col >= 2 and action not in PAD_ACTIONS:
            self.message = "THE D-PAD AND THE LEFT STICK ALWAYS WALK"
            return
        self.listening = True
        # the Enter (or pad button) that chose the cell is still down, and so may be a key
        # held since before: their repeats are no choice, only a fresh press is
        self.ctx.stack.hold_back()
        device = "A KEY" if self.col < 2 else "A PAD BUTTON"
        self.message = (f"PRESS {device} FOR {COLUMNS[self.col][:2]} {ACTION_LABELS[action]}"
                        "  (ESC: CANCEL)")

    # -- remapping ----------------------------------------------------------------------
    def _listen(self, event: pygame.event.Event) -> None:
        action = KEY_ACTIONS[self.row]
        player = self.col % 2
        s = self.ctx.settings
        if event.type == pygame.KEYDOWN and event.key == pygame.K_ESCAPE:
            self.listening = False
            self.message = "NOT CHANGED"
            return
        try:
            if self.col < 2 and event.type == pygame.KEYDOWN:
                self.ctx.keyboard.handle(event)  # learns the label this layout prints
                keys = (dict(s.keys[0]), dict(s.keys[1]))
                rebind_key(keys, player, action, event.scancode)
                s.keys = keys
                label = scancode_label(event.scancode, self.ctx.keyboard.labels)
            elif self.col >= 2 and event.type == PAD_EVENT and event.kind == "press":
                if event.button == "start":
                    self.listening = False
                    self.message = "NOT CHANGED"
                    return
                if event.button.startswith("dp"):
                    return  # a stick nudge is not a choice
                rebind_pad(s.pads[player], action, event.button)
                label = pad_label(event.button)
            else:
                return
        except BindingError as exc:
            self.listening = False
            self.message = f"REFUSED: {exc}"
            return
        self.listening = False
        self._apply(f"P{player + 1} {ACTION_LABELS[action]}: {label}")

    def _apply(self, message: str) -> None:
        s = self.ctx.settings
        self.ctx.keyboard.set_bindings(s.keys)
        self.message = message
        if self.ctx.settings_path is not None:
            try:
                settings_file.save(s, self.ctx.settings_path)
            except OSError as exc:
                self.message = f"{message} (NOT SAVED: {exc.strerror})"

    def update(self) -> None:
        self.frame += 1

    # -- drawing ------------------------------------------------------------------------
    def cell(self, action: str, col: int) -> str:
        s = self.ctx.settings
        if col < 2:
            return scancode_label(s.keys[col][action], self.ctx.keyboard.labels)
        if action not in PAD_ACTIONS:
            return "D-PAD/STICK"
        return pad_label(s.pads[col - 2][action]) + (" / UP" if action == "guard" else "") + (
            " / DOWN" if action == "duck" else "")

    def draw(self, surface: pygame.Surface) -> None:
        ui.draw_backdrop(surface, "CONTROLS")
        small = get_font("small")
        panel = pygame.Rect(24, 40, 592, 296)
        ui.draw_panel(surface, panel)
        small.draw(surface, "ACTION", (48, 48), ui.DIM)
        for c, name in enumerate(COLUMNS):
            small.draw(surface, name, (COLUMN_X[c], 48), ui.DIM)
        self.cells = []
        for r, action in enumerate(KEY_ACTIONS):
            y = TOP + r * ROW
            chosen = r == self.row
            for c in range(len(COLUMNS)):
                right = COLUMN_X[c + 1] - 4 if c + 1 < len(COLUMNS) else panel.right - 8
                self.cells.append((pygame.Rect(COLUMN_X[c] - 4, y - 3, right - COLUMN_X[c],
                                               ROW), r, c))
            if chosen:
                surface.fill((40, 28, 40), (panel.left + 6, y - 3, panel.width - 12, ROW - 1))
                surface.fill(ui.ACCENT, (panel.left + 6, y - 3, 2, ROW - 1))
            small.draw(surface, ACTION_LABELS[action], (48, y), ui.ACCENT if chosen else ui.WHITE)
            for c in range(len(COLUMNS)):
                here = chosen and c == self.col
                if here:
                    w = (COLUMN_X[c + 1] if c + 1 < len(COLUMNS) else panel.right - 8) - \
                        COLUMN_X[c] - 6
                    blink = self.listening and (self.frame // 15) % 2
                    surface.fill((70, 44, 30) if not blink else ui.ACCENT,
                                 (COLUMN_X[c] - 4, y - 3, w, ROW - 1))
                text = "..." if here and self.listening else self.cell(action, c)
                small.draw(surface, text, (COLUMN_X[c], y), ui.ACCENT if here else ui.WHITE)
        y0 = TOP + len(KEY_ACTIONS) * ROW + 8
        for k, item in enumerate(ITEMS):
            y = y0 + k * ROW
            chosen = self.row == len(KEY_ACTIONS) + k
            self.cells.append((pygame.Rect(panel.left + 6, y - 3, 200, ROW),
                               len(KEY_ACTIONS) + k, self.col))
            if chosen:
                surface.fill((70, 44, 30), (panel.left + 6, y - 3, 200, ROW - 1))
                surface.fill(ui.ACCENT, (panel.left + 6, y - 3, 2, ROW - 1))
            small.draw(surface, item, (48, y), ui.ACCENT if chosen else ui.WHITE)
        note_y = y0 + len(ITEMS) * ROW + 10
        for k, note in enumerate(("KEYS ARE BOUND BY PLACE: ON AZERTY OR QWERTZ, USE THE KEYS",
                                  "IN THE SAME PLACES. CHANGES ARE SAVED AT ONCE.")):
            small.draw(surface, note, (48, note_y + k * 11), ui.DIM)
        colour = (255, 120, 100) if self.message.startswith("REFUSED") else ui.DIM
        small.draw(surface, self.message, (320, panel.bottom - 16), colour, align="center")
        buttons = ", ".join(pad_label(b) for b in PAD_BUTTONS)
        ui.draw_hint(surface, f"PAD BUTTONS: {buttons}")


class InputTestScene(Scene):
    """Live: what each half of the keyboard and each pad is holding, and its last event."""

    def __init__(self, ctx) -> None:
        super().__init__(ctx)
        self.last_key = "-"

    def handle(self, event: pygame.event.Event) -> None:
        if event.type == pygame.KEYDOWN and event.key == pygame.K_ESCAPE or \
                event.type == pygame.MOUSEBUTTONDOWN and event.button == 3:
            self.ctx.stack.pop()
            return
        if event.type == PAD_EVENT and event.kind == "press" and event.button == "start":
            self.ctx.stack.pop()
            return
        if event.type in (pygame.KEYDOWN, pygame.KEYUP):
            self.ctx.keyboard.handle(event)
            if event.type == pygame.KEYDOWN:
                code = event.scancode
                self.last_key = (f"{scancode_label(code, self.ctx.keyboard.labels)} "
                                 f"(PLACE {scancode_label(code)}, SCANCODE {code})")

    def draw(self, surface: pygame.Surface) -> None:
        ui.draw_backdrop(surface, "INPUT TEST")
        small = get_font("small")
        panel = pygame.Rect(24, 40, 592, 296)
        ui.draw_panel(surface, panel)
        kb = self.ctx.keyboard
        y = 50
        for player in (0, 1):
            held = " ".join(ACTION_LABELS[a] for a in KEY_ACTIONS if a in kb.actions(player))
            small.draw(surface, f"KEYBOARD P{player + 1}", (44, y), ui.DIM)
            small.draw(surface, held or "-", (160, y), ui.WHITE)
            y += 14
        small.draw(surface, "LAST KEY", (44, y), ui.DIM)
        small.draw(surface, self.last_key, (160, y), ui.WHITE)
        y += 22
        pads = self.ctx.pads
        if not pads.pads:
            small.draw(surface, "NO PADS CONNECTED - PLUG ONE IN AT ANY TIME", (44, y), ui.DIM)
        for iid, pad in sorted(pads.pads.items()):
            side = self.ctx.seats.side_of(iid)
            who = f"P{side + 1}" if side is not None else "FREE"
            kind = "STANDARD LAYOUT" if pad.device.family == "controller" else "PLAIN JOYSTICK"
            small.draw(surface, f"PAD {iid}: {pad.name.upper()[:30]} ({kind}, {who})",
                       (44, y), ui.ACCENT)
            y += 12
            bindings = self.ctx.settings.pads[side if side is not None else 0]
            acts = pads.actions(iid, bindings)
            buttons = " ".join(pad_label(b) for b in sorted(pads.held(iid)))
            small.draw(surface, f"HELD: {buttons or '-'}", (60, y), ui.WHITE)
            y += 12
            small.draw(surface, "ACTIONS: " + (" ".join(ACTION_LABELS[a] for a in KEY_ACTIONS
                                                         if a in acts) or "-"), (60, y),
                       ui.WHITE)
            y += 12
            x, yy = pad.stick
            small.draw(surface, f"STICK {x:+.2f} {yy:+.2f}   LAST: {pad.last or '-'}", (60, y),
                       ui.DIM)
            y += 18
            if y > panel.bottom - 40:
                break
        small.draw(surface, "HOLD A COMBINATION: A KEY MISSING HERE IS LOST BY THE KEYBOARD",
                   (320, panel.bottom - 28), ui.DIM, align="center")
        small.draw(surface, "ESC OR START: BACK", (320, panel.bottom - 16), ui.DIM,
                   align="center")
