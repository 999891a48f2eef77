"""Bindings: which key or pad button gives each player which action, and checking them.

Why here and not in the devices: the controls screen, the settings file and the devices all
agree on one table per player. Keys are stored by scancode (a physical place on the
keyboard) under the names of pygame's `KSCAN_*` constants, so a settings file is readable
and an AZERTY player's keys stay where a QWERTY player's fingers would be. Pad buttons are
SDL game-controller names (`a` is the bottom face button on every layout).
"""

from __future__ import annotations

from collections.abc import Iterable

import pygame

from game.sim.actions import BIT

# "left"/"right" are screen directions; they become back/forward from the fighter's facing
KEY_ACTIONS: tuple[str, ...] = ("left", "right", "guard", "duck", "jab", "hook", "uppercut",
                                "body", "special", "taunt")
# the D-pad and the left stick always walk, guard (up) and duck (down); buttons are remappable
PAD_ACTIONS: tuple[str, ...] = ("guard", "duck", "jab", "hook", "uppercut", "body", "special",
                                "taunt")
ACTION_LABELS = {"left": "WALK LEFT", "right": "WALK RIGHT", "guard": "GUARD", "duck": "DUCK",
                 "jab": "JAB", "hook": "HOOK", "uppercut": "UPPERCUT", "body": "BODY BLOW",
                 "special": "SPECIAL", "taunt": "TAUNT"}

P1_KEYS: dict[str, int] = {
    "left": pygame.KSCAN_A, "right": pygame.KSCAN_D, "guard": pygame.KSCAN_W,
    "duck": pygame.KSCAN_S, "jab": pygame.KSCAN_F, "hook": pygame.KSCAN_G,
    "uppercut": pygame.KSCAN_H, "body": pygame.KSCAN_V, "special": pygame.KSCAN_B,
    "taunt": pygame.KSCAN_Q,
}
P2_KEYS: dict[str, int] = {
    "left": pygame.KSCAN_LEFT, "right": pygame.KSCAN_RIGHT, "guard": pygame.KSCAN_UP,
    "duck": pygame.KSCAN_DOWN, "jab": pygame.KSCAN_K, "hook": pygame.KSCAN_L,
    "uppercut": pygame.KSCAN_O, "body": pygame.KSCAN_COMMA, "special": pygame.KSCAN_P,
    "taunt": pygame.KSCAN_I,
}
DEFAULT_KEYS = (P1_KEYS, P2_KEYS)
DEFAULT_PAD: dict[str, str] = {
    "guard": "leftshoulder", "duck": "lefttrigger", "jab": "a", "hook": "x", "uppercut": "y",
    "body": "b", "special": "rightshoulder", "taunt": "righttrigger",
}
# the pause/join button and the directions are never rebound
PAD_BUTTONS: tuple[str, ...] = ("a", "b", "x", "y", "leftshoulder", "rightshoulder",
                                "lefttrigger", "righttrigger", "leftstick", "rightstick", "back")
RESERVED_KEYS = frozenset({pygame.KSCAN_ESCAPE})  # Esc always pauses
# keys no default uses, handed out when a clash leaves an action without its own (21: with
# its own default, a refused action always finds one free among the 20 bindings)
_SPARE_KEYS = tuple(getattr(pygame, f"KSCAN_{c}") for c in "ZXCNMJURTYE1234567890")


def _scancode_names() -> tuple[dict[str, int], dict[int, str]]:
    by_name: dict[str, int] = {}
    for attr in dir(pygame):
        if attr.startswith("KSCAN_"):
            by_name[attr[6:]] = getattr(pygame, attr)
    canonical: dict[int, str] = {}
    for name in sorted(by_name, key=lambda n: (len(n), n)):  # shortest alias wins
        canonical.setdefault(by_name[name], name)
    return by_name, canonical


SCANCODE_BY_NAME, SCANCODE_NAME = _scancode_names()
_SHORT = {"COMMA": ",", "PERIOD": ".", "SLASH": "/", "SEMICOLON": ";", "APOSTROPHE": "'",
          "MINUS": "-", "EQUALS": "=", "SPACE": "SPACE", "RETURN": "ENTER"}


def scancode_label(code: int, learned: dict[int, str] | None = None) -> str:
    """What to print for a key: the label this layout gave it if a press taught us, else the
    name of the place (the QWERTY label)."""
    if learned and code in learned:
        return learned[code]
    name = SCANCODE_NAME.get(code, f"KEY {code}")
    return _SHORT.get(name, name.replace("_", " "))


def to_command(actions: Iterable[str], facing: int) -> int:
    """Held action names (with screen directions) as one command for a fighter's facing."""
    cmd = 0
    for action in actions:
        if action == "left":
            cmd |= BIT["back"] if facing > 0 else BIT["forward"]
        elif action == "right":
            cmd |= BIT["forward"] if facing > 0 else BIT["back"]
        else:
            cmd |= BIT[action]
    if cmd & BIT["forward"] and cmd & BIT["back"]:
        cmd &= ~(BIT["forward"] | BIT["back"])  # both held = neither
    return cmd


class BindingError(ValueError):
    """A binding refused; the message is for the player."""


def rebind_key(keys: tuple[dict[str, int], dict[str, int]], player: int, action: str,
               code: int) -> None:
    """Bind `code` to one player's action. The other player's key is refused; one of his own
    keys moves (the two actions swap), so a player never ends up with an action unbound."""
    if code in RESERVED_KEYS:
        raise BindingError(f"{scancode_label(code)} IS KEPT FOR PAUSE")
    other = keys[1 - player]
    for other_action, other_code in other.items():
        if other_code == code:
            raise BindingError(f"{scancode_label(code)} IS P{2 - player}'S "
                               f"{ACTION_LABELS[other_action]}")
    mine = keys[player]
    for own_action, own_code in mine.items():
        if own_code == code and own_action != action:
            mine[own_action] = mine[action]
    mine[action] = code


def rebind_pad(pad: dict[str, str], action: str, button: str) -> None:
    """Bind a pad button to an action of one player; a button already used swaps."""
    if button not in PAD_BUTTONS:
        raise BindingError(f"{button.upper()} CANNOT BE BOUND")
    for own_action, own_button in pad.items():
        if own_button == button and own_action != action:
            pad[own_action] = pad[action]
    pad[action] = button


def repair_pad(chosen: dict[str, str]) -> tuple[dict[str, str], list[str]]:
    """A whole pad table from the bindings read from a file, and the actions moved.

    Why per binding: a player who remapped five buttons and mistyped a sixth keeps his five.
    Actions missing from `chosen` (absent or refused) take their default button if it is
    free, else the first free one. When two chosen actions share a button, the first (in
    `PAD_ACTIONS` order) keeps it and the later one is moved like a missing one."""
    out: dict[str, str] = {}
    moved: list[str] = []
    for action in PAD_ACTIONS:
        button = chosen.get(action)
        if button in PAD_BUTTONS and button not in out.values():
            out[action] = button
        elif button is not None:
            moved.append(action)
    for action in PAD_ACTIONS:
        if action in out:
            continue
        taken = set(out.values())
        free = [b for b in (DEFAULT_PAD[action], *PAD_BUTTONS) if b not in taken]
        out[action] = free[0]  # 11 buttons for 8 actions: one is always free
    return {a: out[a] for a in PAD_ACTIONS}, moved


def repair_keys(keys: tuple[dict[str, int], dict[str, int]]
                ) -> tuple[tuple[dict[str, int], dict[str, int]], list[str]]:
    """Both keyboard tables with every clash undone one binding at a time, and what moved.

    Why per binding (as `repair_pad`): a player whose file gives one key twice, or the other
    player's key, keeps every other remap he made. Bindings are kept first come, first
    served (p1 before p2, in `KEY_ACTIONS` order); one refused (kept for pause, or taken)
    takes that player's default key if it is free, else the first free spare key."""
    taken: set[int] = set(RESERVED_KEYS)
    out: tuple[dict[str, int], dict[str, int]] = ({}, {})
    refused: list[tuple[int, str]] = []
    for i in (0, 1):
        for action in KEY_ACTIONS:
            code = keys[i].get(action)
            if code is None or code in taken:
                refused.append((i, action))
                continue
            out[i][action] = code
            taken.add(code)
    moved = []
    for i, action in refused:
        spare = [DEFAULT_KEYS[i][action], *_SPARE_KEYS]
        code = next(c for c in spare if c not in taken)
        out[i][action] = code
        taken.add(code)
        moved.append(f"p{i + 1} {action} -> {scancode_label(code)}")
    return ({a: out[0][a] for a in KEY_ACTIONS}, {a: out[1][a] for a in KEY_ACTIONS}), moved


def key_conflicts(keys: tuple[dict[str, int], dict[str, int]]) -> list[str]:
    """Why a pair of keyboard tables cannot be used together (empty when they can)."""
    problems = []
    for i, table in enumerate(keys):
        seen: dict[int, str] = {}
        for action, code in table.items():
            if code in RESERVED_KEYS:
                problems.append(f"p{i + 1} {action}: {scancode_label(code)} is kept for pause")
            if code in seen:
                problems.append(f"p{i + 1} {action} and {seen[code]} share "
                                f"{scancode_label(code)}")
            seen[code] = action
    shared = set(keys[0].values()) & set(keys[1].values())
    for code in sorted(shared):
        problems.append(f"p1 and p2 both use {scancode_label(code)}")
    return problems
