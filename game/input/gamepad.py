"""Pads: hot-plugged devices turned into the same held/latched actions as the keyboard.

Why one family per device: a pad SDL knows as a game controller sends a JOY* and a
CONTROLLER* event for every press; we open it through the controller layer and ignore its
JOY* events (a plain joystick uses JOY* only), so one press is one press. Pads are kept by
`instance_id` (device indexes shift as pads come and go); a duplicate "added" is ignored.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

# Face buttons by position, not by the letter printed on them: SDL otherwise swaps A/B and X/Y
# on Nintendo-style pads, so jab would be the right-hand button there and the bottom one on
# every other pad. Set before SDL opens any controller (the player's environment still wins).
os.environ.setdefault("SDL_GAMECONTROLLER_USE_BUTTON_LABELS", "0")

import pygame  # noqa: E402

from game.input import controller  # noqa: E402
from game.input.bindings import DEFAULT_PAD, to_command  # noqa: E402

DEAD_ZONE = 0.35     # stick deflection below this is noise
TRIGGER_ON = 0.5     # an analogue trigger past half way is a pressed button
AXIS_MAX = 32767.0

CONTROLLER_BUTTONS = {
    pygame.CONTROLLER_BUTTON_A: "a", pygame.CONTROLLER_BUTTON_B: "b",
    pygame.CONTROLLER_BUTTON_X: "x", pygame.CONTROLLER_BUTTON_Y: "y",
    pygame.CONTROLLER_BUTTON_BACK: "back", pygame.CONTROLLER_BUTTON_GUIDE: "guide",
    pygame.CONTROLLER_BUTTON_START: "start",
    pygame.CONTROLLER_BUTTON_LEFTSTICK: "leftstick",
    pygame.CONTROLLER_BUTTON_RIGHTSTICK: "rightstick",
    pygame.CONTROLLER_BUTTON_LEFTSHOULDER: "leftshoulder",
    pygame.CONTROLLER_BUTTON_RIGHTSHOULDER: "rightshoulder",
    pygame.CONTROLLER_BUTTON_DPAD_UP: "dpup", pygame.CONTROLLER_BUTTON_DPAD_DOWN: "dpdown",
    pygame.CONTROLLER_BUTTON_DPAD_LEFT: "dpleft", pygame.CONTROLLER_BUTTON_DPAD_RIGHT: "dpright",
}
TRIGGERS = {pygame.CONTROLLER_AXIS_TRIGGERLEFT: "lefttrigger",
            pygame.CONTROLLER_AXIS_TRIGGERRIGHT: "righttrigger"}
# plain joysticks: the common XInput-like order; many generic USB pads put START on 9
JOYSTICK_BUTTONS = {0: "a", 1: "b", 2: "x", 3: "y", 4: "leftshoulder", 5: "rightshoulder",
                    6: "back", 7: "start", 8: "guide", 9: "start", 10: "leftstick",
                    11: "rightstick"}
DIRECTIONS = {"dpleft": "left", "dpright": "right", "dpup": "guard", "dpdown": "duck"}
STICK_DIRECTIONS = {0: ("dpleft", "dpright"), 1: ("dpup", "dpdown")}  # by axis: x, y
DEVICE_EVENTS = (pygame.JOYDEVICEADDED, pygame.CONTROLLERDEVICEADDED,
                 pygame.JOYDEVICEREMOVED, pygame.CONTROLLERDEVICEREMOVED)


@dataclass
class Pad:
    """One connected pad: its buttons held now, presses not yet read, stick and hat."""

    device: controller.OpenDevice
    buttons: set[str] = field(default_factory=set)
    latched: set[str] = field(default_factory=set)
    stick: list[float] = field(default_factory=lambda: [0.0, 0.0])
    hat: tuple[int, int] = (0, 0)
    last: str = ""  # what it sent last, for the input test screen

    @property
    def instance_id(self) -> int:
        return self.device.instance_id

    @property
    def name(self) -> str:
        return self.device.name

    def directions(self, dead_zone: float) -> set[str]:
        """D-pad, hat and left stick all give the same four directions, as button names."""
        out = {b for b in self.buttons if b in DIRECTIONS}
        x, y = self.stick
        hx, hy = self.hat
        if x <= -dead_zone or hx < 0:
            out.add("dpleft")
        if x >= dead_zone or hx > 0:
            out.add("dpright")
        if y <= -dead_zone or hy > 0:  # stick up is negative; hat up is positive
            out.add("dpup")
        if y >= dead_zone or hy < 0:
            out.add("dpdown")
        return out


@dataclass
class PadEvent:
    """What a pad event meant: a button going down (with its name), or a device change.

    `let_go`: the directions a stick or hat move said are not held (any more), so a menu
    can tell a direction let go from one it only stopped hearing about (game.input.fresh)."""

    kind: str  # "press", "release", "added", "removed", "move"
    instance_id: int
    button: str = ""
    let_go: tuple[str, ...] = ()


class GamepadInput:
    """All connected pads; events in, per-pad actions and menu presses out."""

    def __init__(self, dead_zone: float = DEAD_ZONE) -> None:
        self.pads: dict[int, Pad] = {}
        self.dead_zone = dead_zone
        self._started = False

    def start(self) -> None:
        """Open the devices already plugged in (their duplicate ADDED events are ignored)."""
        controller.init()
        self._started = True
        for index in range(controller.count()):
            self._open(index)

    def _open(self, index: int) -> PadEvent | None:
        if not self._started:
            controller.init()
            self._started = True
        device = controller.open_device(index)
        if device is None:
            return None
        if device.instance_id in self.pads:
            return None  # the second ADDED of the same pad
        self.pads[device.instance_id] = Pad(device)
        return PadEvent("added", device.instance_id)

    def _directions_now(self, pad: Pad) -> set[str]:
        return pad.directions(self.dead_zone)

    def handle(self, event: pygame.event.Event) -> PadEvent | None:
        """Update pad state from one event; say what it meant (None: not ours or ignored)."""
        t = event.type
        if t in (pygame.JOYDEVICEADDED, pygame.CONTROLLERDEVICEADDED):
            return self._open(event.device_index)
        if t in (pygame.JOYDEVICEREMOVED, pygame.CONTROLLERDEVICEREMOVED):
            pad = self.pads.pop(event.instance_id, None)
            if pad is None:
                return None
            pad.device.close()
            return PadEvent("removed", event.instance_id)
        pad = self.pads.get(getattr(event, "instance_id", -1))
        if pad is None:
            return None
        if pad.device.family == "controller":
            return self._controller_event(pad, event)
        if pad.device.family == "joystick":
            return self._joystick_event(pad, event)
        return None

    def _controller_event(self, pad: Pad, event: pygame.event.Event) -> PadEvent | None:
        """A game-controller-API pad's button or axis (SDL's named layout)."""
        t = event.type
        if t in (pygame.CONTROLLERBUTTONDOWN, pygame.CONTROLLERBUTTONUP):
            name = CONTROLLER_BUTTONS.get(event.button, f"button{event.button}")
            return self._button(pad, name, t == pygame.CONTROLLERBUTTONDOWN)
        if t != pygame.CONTROLLERAXISMOTION:
            return None
        value = event.value / AXIS_MAX
        if event.axis in TRIGGERS:
            name = TRIGGERS[event.axis]
            down = value >= TRIGGER_ON
            if down != (name in pad.buttons):
                return self._button(pad, name, down)
            return None
        if event.axis in (pygame.CONTROLLER_AXIS_LEFTX, pygame.CONTROLLER_AXIS_LEFTY):
            return self._stick(pad, event.axis, value)
        return None

    def _joystick_event(self, pad: Pad, event: pygame.event.Event) -> PadEvent | None:
        """A plain joystick's button, first stick or first hat."""
        t = event.type
        if t in (pygame.JOYBUTTONDOWN, pygame.JOYBUTTONUP):
            name = JOYSTICK_BUTTONS.get(event.button, f"button{event.button}")
            return self._button(pad, name, t == pygame.JOYBUTTONDOWN)
        if t == pygame.JOYAXISMOTION and event.axis in (0, 1):
            return self._stick(pad, event.axis, float(event.value))
        if t == pygame.JOYHATMOTION and event.hat == 0:
            before = self._directions_now(pad)
            pad.hat = tuple(event.value)
            return self._moved(pad, before, f"HAT {pad.hat[0]},{pad.hat[1]}",
                               tuple(DIRECTIONS))
        return None

    def _button(self, pad: Pad, name: str, down: bool) -> PadEvent:
        pad.last = f"{name.upper()} {'DOWN' if down else 'UP'}"
        if down:
            pad.buttons.add(name)
            pad.latched.add(name)
            return PadEvent("press", pad.instance_id, name)
        pad.buttons.discard(name)
        return PadEvent("release", pad.instance_id, name)

    def _stick(self, pad: Pad, axis: int, value: float) -> PadEvent | None:
        before = self._directions_now(pad)
        pad.stick[axis] = value
        return self._moved(pad, before, f"STICK {'XY'[axis]} {value:+.2f}",
                           STICK_DIRECTIONS[axis])

    def _moved(self, pad: Pad, before: set[str], text: str,
               reported: tuple[str, ...]) -> PadEvent | None:
        """A stick or hat crossing into a direction is a press of that direction (menus).

        `reported`: the directions this axis or hat speaks for; those not held now are
        `let_go` (an x move says nothing of up and down)."""
        pad.last = text
        now = self._directions_now(pad)
        new = sorted(now - before)
        for name in new:
            pad.latched.add(name)
        let_go = tuple(name for name in reported if name not in now)
        if new:
            return PadEvent("press", pad.instance_id, new[0], let_go)
        return PadEvent("move", pad.instance_id, let_go=let_go)

    def held(self, instance_id: int) -> set[str]:
        """Button names held or latched on a pad, directions included."""
        pad = self.pads.get(instance_id)
        if pad is None:
            return set()
        return pad.buttons | pad.latched | self._directions_now(pad)

    def actions(self, instance_id: int, bindings: dict[str, str] | None = None) -> set[str]:
        """The pad's held or latched buttons as action names (screen directions)."""
        table = bindings or DEFAULT_PAD
        by_button = {button: action for action, button in table.items()}
        out = set()
        for name in self.held(instance_id):
            action = DIRECTIONS.get(name) or by_button.get(name)
            if action:
                out.add(action)
        return out

    def command(self, instance_id: int, facing: int, bindings: dict[str, str] | None = None
                ) -> int:
        return to_command(self.actions(instance_id, bindings), facing)

    def connected(self, instance_id: int | None) -> bool:
        return instance_id is not None and instance_id in self.pads

    def consume(self) -> None:
        for pad in self.pads.values():
            pad.latched.clear()

    def release_all(self) -> None:
        """Focus lost: nothing stays held (the stick is read again when it next moves)."""
        for pad in self.pads.values():
            pad.buttons.clear()
            pad.latched.clear()
            pad.stick = [0.0, 0.0]
            pad.hat = (0, 0)


# What a pad event meant, as our own event type the scenes receive right after the raw one:
# scenes never read JOY*/CONTROLLER* events themselves.
PAD_EVENT = pygame.event.custom_type()


def as_event(meaning: PadEvent, name: str = "") -> pygame.event.Event:
    return pygame.event.Event(PAD_EVENT, kind=meaning.kind, instance_id=meaning.instance_id,
                              button=meaning.button, name=name, let_go=meaning.let_go)
