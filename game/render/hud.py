"""The fight HUD: health with a trailing damage segment, stamina, heart, names, pips, clock,
and the big centre banners (ROUND N, FIGHT!, DOWN!, the count, K.O.!).

Why it keeps state: the damage trail must lag behind the real health and catch up over
ticks, which a stateless draw from one MatchView cannot do. Bars stay readable without
colour: health is the tall bar with tick marks, the trail is hatched, stamina a thin bar
under it, the heart a row with a heart icon; p1 grows from the left edge, p2 from the right.
"""

from __future__ import annotations

import pygame

from game.sim.view import FighterView, MatchView

from .font import get_font
from .images import load_image, load_json

GOLD = (255, 204, 72)
WHITE = (255, 255, 255)
HEALTH = (250, 214, 70)
HEALTH_LOW = (236, 70, 60)
TRAIL = (240, 240, 250)
STAMINA = (90, 190, 250)
HEART_C = (240, 70, 120)
PANEL = (16, 12, 26)
EDGE = (90, 72, 110)

BAR_X, BAR_W = 8, 252
HEALTH_Y, HEALTH_H = 13, 11
STAM_Y, STAM_H = 27, 4
HEART_Y = 33
TRAIL_HOLD = 24       # ticks the trail waits before it drains
TRAIL_RATE = 0.012    # fraction of max health per tick once draining


# the simulation's exact methods (contracts.md) and the words the crowd sees
COUNT_GAP = 16        # px between DOWN! and the count beside it
METHOD_BANNERS = {"KO": "K.O.!", "TKO": "T.K.O.!", "decision": "DECISION", "draw": "DRAW"}

class Hud:
    """Draws the HUD for a MatchView; remembers health to animate the damage trail."""

    def __init__(self) -> None:
        self.small = get_font("small")
        self.big = get_font("big")
        icons = load_json("sparks.json")["frames"]
        sheet = load_image("sparks.png")
        self._icons = {k: sheet.subsurface(pygame.Rect(*icons[k])) for k in
                       ("heart", "heart_empty", "pip_on", "pip_off")}
        self._trail: dict[str, float] = {}
        self._hold: dict[str, int] = {}
        self._last_tick: int | None = None
        self._band = self._make_band()
        self._frames = {side: self._make_frame(side) for side in ("p1", "p2")}
        self._hatch = self._make_hatch()
        self._banners: dict[tuple[str, tuple[int, int, int]], pygame.Surface] = {}
        self._bands: dict[int, pygame.Surface] = {}

    # ----------------------------------------------------------- static surfaces

    def _make_band(self) -> pygame.Surface:
        """Dark strip across the top with a warm trim, and the clock plate in the middle."""
        s = pygame.Surface((640, 42), pygame.SRCALPHA)
        s.fill((*PANEL, 215), (0, 0, 640, 40))
        s.fill((*GOLD, 255), (0, 40, 640, 1))
        s.fill((60, 40, 20, 255), (0, 41, 640, 1))
        plate = pygame.Rect(276, 1, 88, 38)
        pygame.draw.rect(s, (8, 6, 14, 255), plate, border_radius=3)
        pygame.draw.rect(s, EDGE + (255,), plate, 1, border_radius=3)
        pygame.draw.line(s, GOLD, (plate.left + 4, plate.top + 11), (plate.right - 5,
                                                                      plate.top + 11))
        return s

    def _make_frame(self, side: str) -> pygame.Surface:
        """Bevelled frames of the health, stamina and heart bars, with 10% notches."""
        s = pygame.Surface((BAR_W + 4, 40), pygame.SRCALPHA)
        for y, h, w in ((HEALTH_Y, HEALTH_H, BAR_W), (STAM_Y, STAM_H, BAR_W - 40),
                        (HEART_Y, 4, 80)):
            x = 2 if side == "p1" else 2 + BAR_W - w
            pygame.draw.rect(s, (4, 2, 8), (x - 2, y - 2, w + 4, h + 4))
            pygame.draw.rect(s, (40, 34, 52), (x - 1, y - 1, w + 2, h + 2))
            pygame.draw.rect(s, (22, 16, 30), (x, y, w, h))
        return s

    def _make_hatch(self) -> pygame.Surface:
        s = pygame.Surface((BAR_W, HEALTH_H), pygame.SRCALPHA)
        for x in range(BAR_W):
            for y in range(HEALTH_H):
                c = TRAIL if (x + y) % 4 < 2 else (210, 90, 80)
                s.set_at((x, y), (*c, 255))
        return s

    def _make_banner_band(self, height: int = 50) -> pygame.Surface:
        """The dark strip behind centre banners, gold-edged (rebuilt only if its height changes)."""
        s = pygame.Surface((640, height), pygame.SRCALPHA)
        s.fill((10, 6, 18, 228))
        for y, a in ((0, 255), (2, 120), (height - 1, 255), (height - 3, 120)):
            s.fill((*GOLD, a), (0, y, 640, 1))
        return s

    def banner_text(self, text: str, colour: tuple[int, int, int] = GOLD) -> pygame.Surface:
        """Big font doubled (hard pixels), cached: for ROUND N, FIGHT!, K.O.!, counts."""
        key = (text, colour)
        surf = self._banners.get(key)
        if surf is None:
            img = self.big.render(text, colour)
            surf = pygame.transform.scale(img, (img.get_width() * 2, img.get_height() * 2))
            self._banners[key] = surf
        return surf

    # ----------------------------------------------------------- state

    def advance(self, view: MatchView) -> None:
        """Once per simulation tick: the damage trail follows the health after a wait."""
        steps = 1 if self._last_tick is None else max(0, min(60, view.tick - self._last_tick))
        self._last_tick = view.tick
        for fv in view.fighters:
            trail = self._trail.get(fv.side)
            if trail is None or fv.health >= trail:
                self._trail[fv.side] = fv.health
                self._hold[fv.side] = TRAIL_HOLD
                continue
            if steps == 0:
                continue
            hold = self._hold.get(fv.side, TRAIL_HOLD) - steps
            if hold > 0:
                self._hold[fv.side] = hold
                continue
            self._hold[fv.side] = 0
            drop = TRAIL_RATE * fv.health_max * steps
            self._trail[fv.side] = max(fv.health, trail - drop)

    def note_hit(self, side: str) -> None:
        """Restart the trail's wait (optional; called by scenes on a fresh hit)."""
        self._hold[side] = TRAIL_HOLD

    # ----------------------------------------------------------- drawing

    def draw(self, surface: pygame.Surface, view: MatchView, frame: int) -> None:
        """Draw `view` with the trail as the last advance() left it (changes nothing)."""
        surface.blit(self._band, (0, 0))
        for fv in view.fighters:
            self._draw_fighter(surface, fv, frame)
        self.small.draw(surface, f"ROUND {view.round}", (320, 4), GOLD, align="center")
        secs = max(0, int(view.boxing_clock_s + 0.999))
        clock_c = HEALTH_LOW if secs <= 10 and view.phase == "fight" else WHITE
        self.big.draw(surface, f"{secs // 60}:{secs % 60:02d}", (320, 18), clock_c,
                      align="center")
        self._draw_banner(surface, view, frame)

    def _draw_fighter(self, surface: pygame.Surface, fv: FighterView, frame: int) -> None:
        left = fv.side == "p1"
        x0 = BAR_X if left else 640 - BAR_X - BAR_W
        surface.blit(self._frames[fv.side], (x0 - 2, 0))

        def bar(y: int, h: int, w: int, frac: float, colour: tuple[int, int, int]) -> None:
            frac = min(1.0, max(0.0, frac))
            n = round(w * frac)
            if n <= 0:
                return
            x = x0 if left else x0 + BAR_W - n
            surface.fill(colour, (x, y, n, h))
            surface.fill(tuple(min(255, c + 60) for c in colour), (x, y, n, 1))
            if h > 4:
                surface.fill(tuple(c * 3 // 4 for c in colour), (x, y + h - 2, n, 2))

        hmax = max(1e-6, fv.health_max)
        frac = fv.health / hmax
        trail = self._trail.get(fv.side, fv.health) / hmax
        tn, hn = round(BAR_W * min(1, trail)), round(BAR_W * max(0, frac))
        if tn > hn:
            tx = x0 + hn if left else x0 + BAR_W - tn
            surface.blit(self._hatch, (tx, HEALTH_Y), (0, 0, tn - hn, HEALTH_H))
        low = frac < 0.25
        colour = HEALTH_LOW if low and (frame >> 3) & 1 else HEALTH
        bar(HEALTH_Y, HEALTH_H, BAR_W, frac, colour)
        for k in range(1, 10):  # notches every 10%: readable without colour
            nx = x0 + BAR_W * k // 10
            surface.fill((8, 6, 14), (nx, HEALTH_Y + HEALTH_H - 3, 1, 3))
        sw = BAR_W - 40
        sx0 = x0 if left else x0 + 40
        st = fv.stamina / max(1e-6, fv.stamina_max)
        n = round(sw * min(1.0, max(0.0, st)))
        if n > 0:
            scol = (120, 120, 140) if fv.tired and (frame >> 2) & 1 else STAMINA
            surface.fill(scol, (sx0 if left else sx0 + sw - n, STAM_Y, n, STAM_H))
            surface.fill((200, 240, 255), (sx0 if left else sx0 + sw - n, STAM_Y, n, 1))
        # heart: icon + bar, flashing when full
        full = fv.heart >= fv.heart_max > 0
        hx = x0 if left else x0 + BAR_W - 80
        icon_x = hx + 82 if left else hx - 10
        hfrac = fv.heart / max(1e-6, fv.heart_max)
        hn = round(80 * min(1.0, max(0.0, hfrac)))
        flash = full and (frame >> 2) & 1
        if hn > 0:
            surface.fill(WHITE if flash else HEART_C, (hx if left else hx + 80 - hn, HEART_Y,
                                                       hn, 4))
        icon = self._icons["heart" if hfrac > 0 or full else "heart_empty"]
        surface.blit(icon, (icon_x, HEART_Y - 2))
        # name and knockdown pips
        name_x = x0 if left else x0 + BAR_W
        self.small.draw(surface, fv.short_name, (name_x, 3), WHITE,
                        align="left" if left else "right")
        pip_base = x0 + BAR_W - 8 if left else x0 + 3
        for k in range(3):
            on = k < fv.knockdowns_round
            px = pip_base - k * 8 if left else pip_base + k * 8
            surface.blit(self._icons["pip_on" if on else "pip_off"], (px, 3))

    def _draw_banner(self, surface: pygame.Surface, view: MatchView, frame: int) -> None:
        lines: list[tuple[str, tuple[int, int, int], bool]] = []
        count = ""
        p, t = view.phase, view.phase_tick
        if p == "intro":
            lines = [(f"ROUND {view.round}", GOLD, True) if t < 80 else ("FIGHT!", WHITE, True)]
        elif p == "fight" and t < 40 and view.round_ticks - view.clock_ticks_left < 40:
            lines = [("FIGHT!", WHITE, True)]
        elif p == "knockdown":
            # one line (DOWN! and the count side by side) keeps the band short, so the
            # referee's counting fingers below it stay in view
            lines = [("DOWN!", HEALTH_LOW, True)]
            count = str(view.count) if view.count > 0 else ""
        elif p in ("round_over", "break"):
            lines = [(f"END OF ROUND {view.round}", GOLD, False)]
        elif p == "over":
            title = METHOD_BANNERS.get(view.method or "", "DRAW")
            if not view.winner:
                title = "DRAW"
            lines = [(title, GOLD, True)]
            win = next((f for f in view.fighters if f.side == view.winner), None)
            if win is not None:
                lines.append((f"{win.short_name} WINS", WHITE, False))
        if not lines:
            return
        imgs = [self.banner_text(text, c) if doubled else self.big.render(text, c)
                for text, c, doubled in lines]
        height = sum(i.get_height() for i in imgs) + 6 * (len(imgs) - 1)
        top = 74
        band = self._bands.get(height)
        if band is None:
            band = self._bands[height] = self._make_banner_band(height + 20)
        surface.blit(band, (0, top - 10))
        # the first line slides in from the right on the phase's first ticks
        slide = (12 - t) * 48 if p in ("intro", "over", "knockdown") and t < 12 else 0
        y = top
        for k, img in enumerate(imgs):
            x = 320 - img.get_width() // 2 + (slide if k == 0 else 0)
            if count and k == 0:
                num = self.banner_text(count, WHITE)
                x -= (num.get_width() + COUNT_GAP) // 2
                surface.blit(num, (x + img.get_width() + COUNT_GAP, y))
            surface.blit(img, (x, y))
            y += img.get_height() + 6
