"""How to Play: the moves, defence, counters and the heart meter, with the player's own keys.

Why the keys come from the settings: a player who remapped his keys must read his keys here,
not the defaults.
"""

from __future__ import annotations

import pygame

from game.input.bindings import scancode_label
from game.render import ui
from game.render.font import get_font
from game.scenes.base import Scene
from game.scenes.menu import BACK, CONFIRM, LEFT, RIGHT

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
        "THE ROPES GIVE, THEN THROW YOU BACK IN.",
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
    def __init__(self, ctx) -> None:
        super().__init__(ctx)
        self.page = 0

    def handle(self, event: pygame.event.Event) -> None:
        if event.type != pygame.KEYDOWN:
            return
        if event.key in RIGHT or event.key in CONFIRM:
            self.page = (self.page + 1) % len(PAGES)
        elif event.key in LEFT:
            self.page = (self.page - 1) % len(PAGES)
        elif event.key in BACK:
            self.ctx.stack.pop()

    def _key(self, player: int, action: str) -> str:
        keys = self.ctx.settings.keys[player]
        if action == "left":
            return f"{scancode_label(keys['left'])}/{scancode_label(keys['right'])}"
        return scancode_label(keys[action])

    def draw(self, surface: pygame.Surface) -> None:
        surface.fill((14, 12, 20))
        big, small = get_font("big"), get_font("small")
        big.draw(surface, "HOW TO PLAY", (320, 12), GOLD, align="center")
        title, lines = PAGES[self.page]
        ui.draw_panel(surface, pygame.Rect(20, 40, 380, 110))
        small.draw(surface, f"{title}  ({self.page + 1}/{len(PAGES)})", (32, 48), GOLD)
        for k, line in enumerate(lines):
            small.draw(surface, line, (32, 64 + k * 13), WHITE)
        ui.draw_panel(surface, pygame.Rect(412, 40, 208, 150))
        small.draw(surface, "YOUR KEYS", (424, 48), GOLD)
        small.draw(surface, "P1", (540, 48), DIM, align="center")
        small.draw(surface, "P2", (596, 48), DIM, align="center")
        for k, (action, label) in enumerate(KEY_ROWS):
            y = 64 + k * 13
            small.draw(surface, label, (424, y))
            small.draw(surface, self._key(0, action), (540, y), align="center")
            small.draw(surface, self._key(1, action), (596, y), align="center")
        small.draw(surface, "ESC PAUSES A FIGHT.  PADS: SEE CONTROLS.", (412 + 104, 196),
                   DIM, align="center")
        small.draw(surface, "LEFT/RIGHT: PAGE   ESC: BACK", (320, 340), DIM, align="center")
