"""SDL's virtual joystick through ctypes on the SDL library bundled with pygame-ce.

Why: posted CONTROLLER* events cannot open a device, so the real device path (hot-plug,
the controller layer, one family per device) needs a device SDL believes in.
"""

from __future__ import annotations

import ctypes
import glob
import os

import pygame

TYPE_GAMECONTROLLER = 1
TYPE_UNKNOWN = 0
# the layout SDL gives a virtual game controller (see its automatic mapping)
BUTTON = {"a": 0, "b": 1, "x": 2, "y": 3, "back": 4, "guide": 5, "start": 6, "leftstick": 7,
          "rightstick": 8, "leftshoulder": 9, "rightshoulder": 10, "dpup": 11, "dpdown": 12,
          "dpleft": 13, "dpright": 14}


def _loaded_sdl() -> set[str] | None:
    """The SDL libraries this process has mapped (Linux); None where that cannot be read."""
    try:
        with open("/proc/self/maps", encoding="utf-8") as maps:
            return {os.path.realpath(line.split()[-1]) for line in maps
                    if "libSDL2-2" in line.rsplit("/", 1)[-1]}
    except OSError:
        return None


def _find_sdl() -> tuple[ctypes.CDLL | None, str]:
    """pygame-ce's own SDL, or None and why not.

    Why the checks: a virtual pad attached through another copy of SDL (upstream pygame
    installed over pygame-ce leaves pygame-ce's library behind) is a device the game's SDL
    never sees, and every pad test would fail for a reason that is not the game's."""
    if not getattr(pygame, "IS_CE", False):
        return None, f"the pygame imported is not pygame-ce ({pygame.version.ver})"
    here = os.path.dirname(os.path.dirname(pygame.__file__))
    for pattern in ("pygame_ce.libs/libSDL2-2*.so*", "pygame/libSDL2-2*.so*", "pygame/SDL2*.dll",
                    "pygame/.dylibs/libSDL2-2*.dylib"):
        found = sorted(glob.glob(os.path.join(here, pattern)))
        if found:
            break
    else:
        return None, "pygame-ce's bundled SDL library not found"
    loaded = _loaded_sdl()
    if loaded is not None and os.path.realpath(found[0]) not in loaded:
        return None, (f"{found[0]} is not the SDL pygame runs on "
                      f"({', '.join(sorted(loaded)) or 'none mapped'})")
    lib = ctypes.CDLL(found[0])
    lib.SDL_JoystickAttachVirtual.argtypes = [ctypes.c_int] * 4
    lib.SDL_JoystickDetachVirtual.argtypes = [ctypes.c_int]
    lib.SDL_JoystickOpen.restype = ctypes.c_void_p
    lib.SDL_JoystickOpen.argtypes = [ctypes.c_int]
    lib.SDL_JoystickClose.argtypes = [ctypes.c_void_p]
    lib.SDL_JoystickSetVirtualButton.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_uint8]
    lib.SDL_JoystickSetVirtualAxis.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_int16]
    lib.SDL_JoystickSetVirtualHat.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_uint8]
    lib.SDL_JoystickGetDeviceInstanceID.argtypes = [ctypes.c_int]
    return lib, ""


SDL, NO_SDL_REASON = _find_sdl()


class VirtualPad:
    """One virtual pad: attach, press, release, tilt, unplug."""

    def __init__(self, kind: int = TYPE_GAMECONTROLLER) -> None:
        assert SDL is not None
        pygame.joystick.init()
        self.index = SDL.SDL_JoystickAttachVirtual(kind, 6, 15, 1)
        assert self.index >= 0, "SDL_JoystickAttachVirtual failed"
        self.instance_id = SDL.SDL_JoystickGetDeviceInstanceID(self.index)
        self._handle = SDL.SDL_JoystickOpen(self.index)  # our own handle to set its state

    def button(self, name_or_index: str | int, down: bool) -> None:
        index = BUTTON[name_or_index] if isinstance(name_or_index, str) else name_or_index
        SDL.SDL_JoystickSetVirtualButton(self._handle, index, 1 if down else 0)

    def axis(self, axis: int, value: int) -> None:
        SDL.SDL_JoystickSetVirtualAxis(self._handle, axis, value)

    def hat(self, value: int) -> None:
        SDL.SDL_JoystickSetVirtualHat(self._handle, 0, value)

    def unplug(self) -> None:
        SDL.SDL_JoystickClose(self._handle)
        for i in range(SDL.SDL_NumJoysticks()):
            if SDL.SDL_JoystickGetDeviceInstanceID(i) == self.instance_id:
                SDL.SDL_JoystickDetachVirtual(i)
                return
