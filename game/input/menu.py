"""Menu presses from any device: keys (arrows/WASD, Enter/Space, Esc) and pad buttons.

Why one function: every menu confirms, backs out and moves the same way whichever device
the player picked up; keys by key code (the labels Enter and Esc) or, for WASD, by place.
"""

from __future__ import annotations

import pygame

from game.input.gamepad import PAD_EVENT

KEYS = {
    pygame.K_UP: "up", pygame.K_w: "up", pygame.K_DOWN: "down", pygame.K_s: "down",
    pygame.K_LEFT: "left", pygame.K_a: "left", pygame.K_RIGHT: "right", pygame.K_d: "right",
    pygame.K_RETURN: "confirm", pygame.K_KP_ENTER: "confirm", pygame.K_SPACE: "confirm",
    pygame.K_ESCAPE: "back", pygame.K_BACKSPACE: "back", pygame.K_TAB: "swap",
}
SCANCODES = {pygame.KSCAN_W: "up", pygame.KSCAN_S: "down", pygame.KSCAN_A: "left",
             pygame.KSCAN_D: "right"}
PAD = {"a": "confirm", "b": "back", "start": "start", "back": "swap", "dpup": "up",
       "dpdown": "down", "dpleft": "left", "dpright": "right"}


def menu_action(event: pygame.event.Event) -> str | None:
    """up, down, left, right, confirm, back, start (a pad's START) or swap; None otherwise."""
    if event.type == pygame.KEYDOWN:
        return KEYS.get(event.key) or SCANCODES.get(getattr(event, "scancode", -1))
    if event.type == PAD_EVENT and event.kind == "press":
        return PAD.get(event.button)
    return None
