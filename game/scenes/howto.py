"""How to Play: the moves, defence, counters and the heart meter, with the player's own keys.

Why the keys come from the settings: a player who remapped his keys must read his keys here,
not the defaults.
"""

from __future__ import annotations

import pygame

from game.input.bindings import scancode_label
from game.input.menu import menu_action
from game.render import ui
from game.render.font import get_font
from game.scenes.base import Scene

GOLD = (255, 214, 90)
DIM = (170, 170, 190)
WHITE = (255, 255, 255)

PAGES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("THE PUNCHES", (
        "JAB: QUICK AND SAFE. KEEPS A MAN HONEST.",
        "HOOK: SLOWER, HEAVY, CARRIES A MAN ACROSS THE RING.",
        "UPPERCUT: SHORT RANGE, SLOW. PUNISHES A MAN WHO DUCKS.",
        "BODY BLOW: GETS UNDER A HIGH GUARD, DRAINS HIS STAMINA.",
        "EVERY PUNCH COSTS STAMINA; A MISS COSTS MORE.",
        "UNDER A FIFTH OF HIS STAMINA A MAN PUNCHES SLOW AND SOFT.",
    )),
    ("DEFENCE", (
        "GUARD (HOLD): BLOCKS PUNCHES TO THE HEAD.",
        "DUCK (HOLD): JABS AND HOOKS PASS OVER YOU...",
        "...BUT AN UPPERCUT CATCHES A DUCKING MAN HARD.",
        "DUCK + GUARD: A LOW GUARD THAT BLOCKS BODY BLOWS.",
        "A BLOCK STILL COSTS A LITTLE HEALTH AND BREATH.",
        "PINNED ON THE ROPES? DUCK + BACK ROLLS YOU OUT.",
    )),
    ("COUNTERS AND HEART", (
        "HIT A MAN WHILE HE WINDS UP OR RECOVERS: A COUNTER.",
        "COUNTERS HURT MORE, STUN LONGER, AND FILL YOUR HEART.",
        "GETTING UP OFF THE CANVAS FILLS YOUR HEART TOO.",
        "A FULL HEART: ONE SPECIAL. A HUGE, SLOW HAYMAKER.",
        "HE CAN SEE IT COMING. PICK YOUR MOMENT.",
        "",
    )),
    ("DOWN, NOT OUT", (
        "HEALTH AT ZERO PUTS YOU ON THE CANVAS.",
        "MASH ANY PUNCH TO GET UP BEFORE THE COUNT OF TEN.",
        "EACH KNOCKDOWN LEAVES LESS TO COME BACK WITH.",
        "THREE KNOCKDOWNS IN A ROUND IS A T.K.O.",
        "IF THE FINAL BELL RINGS, THREE JUDGES DECIDE.",
        "",
    )),
)
KEY_ROWS = (("left", "WALK"), ("guard", "GUARD"), ("duck", "DUCK"), ("jab", "JAB"),
            ("hook", "HOOK"), ("uppercut", "UPPERCUT"), ("body", "BODY"),
            ("special", "SPECIAL"), ("taunt", "TAUNT"))


class HowToPlayScene(Scene):
    uses_mouse = True

    def __init__(self, ctx) -> None:
        super().__init__(ctx)
        self.page = 0

    def handle(self, event: pygame.event.Event) -> None:
        """Keys and pads alike (game.input.menu); a left click turns the page, right backs."""
        action = menu_action(event)
        if event.type == pygame.MOUSEBUTTONDOWN:
            action = "right" if event.button == 1 else "back" if event.button == 3 else None
        if action in ("right", "down", "confirm", "start"):
            self.page = (self.page + 1) % len(PAGES)
        elif action in ("left", "up"):
            self.page = (self.page - 1) % len(PAGES)
        elif action == "back":
            self.ctx.stack.pop()

    def _key(self, player: int, action: str) -> str:
        keys = self.ctx.settings.keys[player]
        if action == "left":
            return f"{scancode_label(keys['left'])}/{scancode_label(keys['right'])}"
        return scancode_label(keys[action])

    def draw(self, surface: pygame.Surface) -> None:
        ui.draw_backdrop(surface, "HOW TO PLAY")
        small = get_font("small")
        title, lines = PAGES[self.page]
        ui.draw_panel(surface, pygame.Rect(20, 50, 380, 110))
        small.draw(surface, title, (32, 58), GOLD)
        small.draw(surface, f"{self.page + 1}/{len(PAGES)}", (388, 58), DIM, align="right")
        for k, line in enumerate(lines):
            small.draw(surface, line, (32, 74 + k * 13), WHITE)
        for k in range(len(PAGES)):  # page pips
            colour = ui.ACCENT if k == self.page else ui.EDGE
            surface.fill(colour, (186 + k * 12, 168, 8, 4))
        ui.draw_panel(surface, pygame.Rect(412, 50, 208, 150))
        small.draw(surface, "YOUR KEYS", (424, 58), GOLD)
        small.draw(surface, "P1", (540, 58), DIM, align="center")
        small.draw(surface, "P2", (596, 58), DIM, align="center")
        for k, (action, label) in enumerate(KEY_ROWS):
            y = 74 + k * 13
            small.draw(surface, label, (424, y))
            small.draw(surface, self._key(0, action), (540, y), align="center")
            small.draw(surface, self._key(1, action), (596, y), align="center")
        small.draw(surface, "ESC/START PAUSES A FIGHT", (516, 206), DIM, align="center")
        small.draw(surface, "PADS: OPTIONS > CONTROLS", (516, 218), DIM, align="center")
        ui.draw_hint(surface, "LEFT/RIGHT: PAGE   ESC/B: BACK")
