"""The rounds the player does not box: simulated at full speed, shown as a highlight reel.

Why simulate rather than skip: the story's promise is that a knockout in round 9 ends the
fight like any other. Both corners are CPU brains boxing with the real stats from the
state round 2 left them in; the reel shows the fight as it goes, with a line per moment.
It advances the story fight's own bout (so the script's rules and the recording run as in
any tick), with a CPU brain standing in for a person for as long as the reel runs.
"""

from __future__ import annotations

import pygame

from game.bout import CommandSource
from game.render import ui
from game.render.font import get_font
from game.story.model import Fight
from game.story.script import StoryRules

CHUNK = 360              # simulated ticks per frame of the reel
HOLD = 150               # ticks the last picture stays up
MAX_LINES = 7


class Montage:
    def __init__(self, inner, player: CommandSource | None, rules: StoryRules,
                 fight: Fight) -> None:
        """`player`: who boxes p1 during the reel (None: the side's own source)."""
        self.inner, self.rules, self.fight = inner, rules, fight
        self.player = player
        self._own = inner.bout.sources[0]   # given back when the reel is done
        self._stand_in()
        self.lines: list[str] = []
        self.hold = 0
        self.first_round = inner.match.round + 1
        self.chunk = CHUNK
        self.snap: pygame.Surface | None = None

    @property
    def finished_sim(self) -> bool:
        m = self.inner.match
        return m.over or (m.phase == "break" and not self.fight.simulated(m.round + 1))

    def hurry(self) -> None:
        self.chunk = CHUNK * 8
        self.hold = min(self.hold, 20) if self.finished_sim else self.hold

    def update(self) -> bool:
        """Advance the reel; True when it is over and the fight may go on."""
        if self.finished_sim:
            if self.inner.bout.sources[0] is self.player:
                self.inner.bout.sources[0] = self._own   # the player's own side again
            self.hold += 1
            return self.hold >= HOLD
        bout = self.inner.bout
        self._stand_in()
        names = [f.data.short_name for f in bout.match.fighters]
        for _ in range(self.chunk):
            if self.finished_sim:
                break
            view = bout.advance()
            self.inner.ring.advance(view)   # the crowd and referee see every tick of the reel
            for ev in view.events:
                self._note(ev, view, names)
        self.rules.notices.clear()   # the reel words its own lines, short enough to fit
        return False

    def _stand_in(self) -> None:
        """The reel's CPU boxes for the player; a device seated meanwhile (a pad's START) is
        his again after the reel."""
        bout = self.inner.bout
        if self.player is not None and bout.sources[0] is not self.player:
            self._own = bout.sources[0]
            bout.sources[0] = self.player

    def _note(self, ev, view, names: list[str]) -> None:
        side = 0 if ev.side == "p1" else 1
        r = view.round
        if ev.kind == "knockdown":
            self.lines.append(f"ROUND {r}: {names[side]} GOES DOWN!")
        elif ev.kind == "getup":
            self.lines.append(f"ROUND {r}: {names[side]} BEATS THE COUNT")
        elif ev.kind == "cut" and self.inner.match.fighters[side].cut:
            self.lines.append(f"ROUND {r}: {names[side]} IS CUT UNDER THE EYE" if ev.value == 1
                              else f"ROUND {r}: {names[side]}'S CUT GETS WORSE")
        elif ev.kind in ("bell_end", "bell_final"):
            f = self.inner.match.fighters
            lead = "EVEN ROUND" if abs(f[0].health - f[1].health) < 8 else (
                f"{names[0]} TAKES IT" if f[0].health > f[1].health else f"{names[1]} TAKES IT")
            self.lines.append(f"ROUND {r}: {lead}")
        elif ev.kind == "fight_over":
            self.lines.append(f"ROUND {r}: IT'S OVER!")
        del self.lines[:-MAX_LINES]

    def draw(self, surface: pygame.Surface, frame: int) -> None:
        inner, view = self.inner, self.inner.view
        inner.draw(surface)
        # a film-reel look: dimmed, sepia-tinted, sprocket bars top and bottom
        tint = pygame.Surface((640, 360))
        tint.fill((120, 100, 80))
        surface.blit(tint, (0, 0), special_flags=pygame.BLEND_MULT)
        surface.blit(tint, (0, 0), special_flags=pygame.BLEND_ADD)
        for y in (0, 344):
            surface.fill((12, 10, 8), (0, y, 640, 16))
            for x in range((frame * 3) % 24 - 24, 640, 24):
                surface.fill((200, 190, 170), (x, y + 5, 12, 6))
        big, small = get_font("big"), get_font("small")
        rnd = view.round
        title = "IT'S OVER!" if inner.match.over else f"ROUND {rnd}"
        head = pygame.Rect(200, 92, 240, 44)
        ui.draw_panel(surface, head)
        big.draw(surface, title, (320, head.top + 8), ui.ACCENT, align="center")
        small.draw(surface, f"ROUNDS {self.first_round} TO "
                   f"{self._last_sim()}: HIGHLIGHTS", (320, head.top + 30), ui.WHITE,
                   align="center")
        rect = pygame.Rect(150, 226, 340, 14 + 11 * max(1, len(self.lines)))
        rect.bottom = 338
        ui.draw_panel(surface, rect)
        for k, line in enumerate(self.lines[-MAX_LINES:]):
            small.draw(surface, line, (rect.left + 10, rect.top + 7 + 11 * k), ui.WHITE)
        if not self.finished_sim:
            small.draw(surface, "ENTER: FASTER", (632, 330), ui.DIM, align="right")

    def _last_sim(self) -> int:
        n = self.first_round
        while n + 1 <= self.fight.rounds and self.fight.simulated(n + 1):
            n += 1
        return n
