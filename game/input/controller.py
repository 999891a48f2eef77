"""Our small interface over SDL's game-controller layer (`pygame._sdl2.controller`).

Why a wrapper: pygame-ce marks that module experimental. Everything the game needs from it
(is this device a known controller, open it, its name and instance id, close it) goes
through these few functions, so a change upstream touches one file.
"""

from __future__ import annotations

from dataclasses import dataclass

import pygame

try:
    from pygame._sdl2 import controller as _sdl_controller
except ImportError:  # a pygame without it: every pad is a plain joystick
    _sdl_controller = None


@dataclass
class OpenDevice:
    """An opened pad: what we need to keep it alive, name it and tell its events apart."""

    instance_id: int
    name: str
    family: str  # "controller" (standard layout) or "joystick" (plain fallback)
    handle: object

    def close(self) -> None:
        quit_ = getattr(self.handle, "quit", None)
        if quit_ is not None:
            try:
                quit_()
            except pygame.error:
                pass


def init() -> None:
    """Start SDL's joystick and controller subsystems (after this, pads send events)."""
    pygame.joystick.init()
    if _sdl_controller is not None:
        _sdl_controller.init()


def count() -> int:
    return pygame.joystick.get_count() if pygame.joystick.get_init() else 0


def open_device(index: int) -> OpenDevice | None:
    """Open device `index` through the controller layer when SDL knows its layout, else as a
    plain joystick. None when it went away before we got to it."""
    try:
        if _sdl_controller is not None and _sdl_controller.is_controller(index):
            pad = _sdl_controller.Controller(index)
            iid = pad.as_joystick().get_instance_id()
            return OpenDevice(iid, pad.name or "CONTROLLER", "controller", pad)
        joy = pygame.joystick.Joystick(index)
        return OpenDevice(joy.get_instance_id(), joy.get_name() or "JOYSTICK", "joystick", joy)
    except (pygame.error, IndexError):
        return None
