"""Training: spar with a dummy that idles, guards, ducks, punches back or walks you onto the
ropes (to practise the roll-out), with the hit and
hurt boxes drawn, the last punch's frame data and damage on screen, pause and frame-step.

Why a fight scene underneath: training runs the real simulation (same rules, same boxes), so
what is learned here is true in a fight; only the dummy's brain and the endless clock differ.
Why the dummy and the boxes are also in the pause menu: F1..F4 are keyboard keys, and a
player on a pad must reach every setting too (START pauses, then DUMMY and BOXES rows).
"""

from __future__ import annotations

import pygame

from game.bout import FightSpec, Rule
from game.render import ui
from game.render.font import get_font
from game.scenes.fight import FightScene
from game.sim.actions import command
from game.sim.framedata import frame_data

DUMMY_MODES = ("IDLE", "GUARD", "DUCK", "LOW GUARD", "PUNCH BACK", "ROPES")
DUMMY_HOLD = {"IDLE": 0, "GUARD": command("guard"), "DUCK": command("duck"),
              "LOW GUARD": command("duck", "guard"), "PUNCH BACK": 0, "ROPES": 0}
PUNCH_BACK_EVERY = 75
ROPES_HOOK_EVERY = 90    # the presser's hook on a man he has pinned: roll out before it
HURT = (80, 200, 255)
FIST = (255, 80, 60)
GOLD = (255, 214, 90)


class Dummy:
    """The command source of the dummy's side (kind `dummy` in a FightSpec): holds a guard or
    a duck, punches back when the player is near, or walks him onto the ropes."""

    kind = "dummy"
    live = True

    def __init__(self) -> None:
        self.mode_index = 0
        self._t = 0

    @property
    def mode(self) -> str:
        return DUMMY_MODES[self.mode_index]

    def command(self, view) -> int:
        mode = self.mode
        if mode == "ROPES":
            return self._presser(view)
        if mode != "PUNCH BACK":
            return DUMMY_HOLD[mode]
        self._t += 1
        near = abs(view.fighters[1].x_m - view.fighters[0].x_m) < 1.2
        if near and self._t % PUNCH_BACK_EVERY == 0:
            return command("jab") if (self._t // PUNCH_BACK_EVERY) % 3 else command("hook")
        return command("guard") if near else command("forward")

    def _presser(self, view) -> int:
        """Walks the player down onto the ropes and leans on him, a hook now and then: the
        place to learn DUCK + BACK (the roll-out) and that a body blow catches its dip."""
        self._t += 1
        me, him = view.fighters[1], view.fighters[0]
        if abs(me.x_m - him.x_m) > 0.75:
            return command("forward")
        return command("hook") if self._t % ROPES_HOOK_EVERY == 0 else command("forward")


class Gym(Rule):
    """The gym's rules after every tick: the clock never runs out, nobody tires or falls for
    good (health comes back below half), knockdowns in the round do not add up."""

    def after_tick(self, bout, view) -> None:
        m = bout.match
        m.clock = m.round_ticks
        for f in m.fighters:
            if f.health < f.data.health_max * 0.5 and f.state not in ("down", "getup"):
                f.health = f.data.health_max
            f.knockdowns_round = 0


class TrainingScene(FightScene):
    """Made by `game.scenes.build.build` for a `training_spec` (the player against Dummy)."""

    def __init__(self, ctx, spec: FightSpec, on_over=None) -> None:
        self.dummy = Dummy()
        super().__init__(ctx, spec, on_over=on_over)
        self.overlay = True
        self.paused = False
        self.step_once = False
        self.last_move = ""
        self.last_damage = 0.0
        self.total_damage = 0.0
        self._seen = 0.0      # the dummy's damage taken when last looked at

    def own_sources(self) -> dict:
        return {1: self.dummy}

    def own_rules(self) -> tuple[Rule, ...]:
        return (Gym(),)

    @property
    def dummy_mode(self) -> str:
        return self.dummy.mode

    def pause_items(self) -> list[tuple[str, object]]:
        """Rows this scene adds to the pause menu (see game.scenes.pause)."""
        return [("DUMMY", self._next_dummy), ("BOXES", self._toggle_boxes)]

    def pause_label(self, text: str) -> str:
        if text == "DUMMY":
            return f"DUMMY: < {self.dummy_mode} >"
        if text == "BOXES":
            return f"BOXES: < {'ON' if self.overlay else 'OFF'} >"
        return text

    def _next_dummy(self) -> None:
        self.dummy.mode_index = (self.dummy.mode_index + 1) % len(DUMMY_MODES)

    def _toggle_boxes(self) -> None:
        self.overlay = not self.overlay

    def restarted(self) -> TrainingScene:
        """The gym from scratch (the pause menu's RESTART), keeping the dummy and boxes."""
        scene = TrainingScene(self.ctx, self.spec, on_over=self.on_over)
        scene.dummy.mode_index, scene.overlay = self.dummy.mode_index, self.overlay
        return scene

    def handle(self, event: pygame.event.Event) -> None:
        if event.type == pygame.KEYDOWN:
            if event.key == pygame.K_F1:
                self._toggle_boxes()
                return
            if event.key == pygame.K_F2:
                self._next_dummy()
                return
            if event.key == pygame.K_F3:
                self.paused = not self.paused
                return
            if event.key == pygame.K_F4:
                self.paused = True
                self.step_once = True
                return
        super().handle(event)

    def update(self) -> None:
        if self.paused and not self.step_once:
            return
        self.step_once = False
        super().update()
        m = self.match
        player, dummy = m.fighters
        if player.move:
            self.last_move = player.move
        dealt = dummy.damage_taken - self._seen
        if dealt > 0:
            self.last_damage = dealt
            self.total_damage += dealt
        self._seen = dummy.damage_taken

    def draw(self, surface: pygame.Surface) -> None:
        super().draw(surface)
        if self.overlay:
            self._draw_boxes(surface)
        self._draw_panel(surface)

    def _draw_boxes(self, surface: pygame.Surface) -> None:
        """The simulation's own boxes for this tick: hurtboxes blue, an active fist red."""
        for i, f in enumerate(self.match.fighters):
            fv = self.view.fighters[i]
            boxes = f.atlas.poses[fv.pose]
            ox = 320 + fv.x_m * 80
            s = fv.facing
            hx, hy, hr = boxes.head
            pygame.draw.circle(surface, HURT, (round(ox + hx * 80 * s), round(318 - hy * 80)),
                               max(1, round(hr * 80)), 1)
            x0, y0, x1, y1 = boxes.body
            xa, xb = sorted((ox + x0 * 80 * s, ox + x1 * 80 * s))
            pygame.draw.rect(surface, HURT, pygame.Rect(round(xa), round(318 - y1 * 80),
                                                        round(xb - xa), round((y1 - y0) * 80)), 1)
            fist = self.match.placed_fists[i]  # where the sim really looked (aimed)
            if fist is not None:
                fx0, fy0, fx1, fy1, fr = fist
                a = pygame.Vector2(ox + fx0 * 80 * s, 318 - fy0 * 80)
                b = pygame.Vector2(ox + fx1 * 80 * s, 318 - fy1 * 80)
                r = max(1, round(fr * 80))
                pygame.draw.circle(surface, FIST, a, r, 1)
                pygame.draw.circle(surface, FIST, b, r, 1)
                if a != b:
                    side = (b - a).normalize().rotate(90) * r
                    pygame.draw.line(surface, FIST, a + side, b + side)
                    pygame.draw.line(surface, FIST, a - side, b - side)

    def _draw_panel(self, surface: pygame.Surface) -> None:
        small = get_font("small")
        rect = pygame.Rect(6, 46, 206, 98)
        ui.draw_panel(surface, rect)
        y = rect.top + 6
        small.draw(surface, f"DUMMY: {self.dummy_mode}", (rect.left + 8, y), GOLD)
        y += 12
        if self.last_move:
            fd = frame_data(self.match.game.moves[self.last_move])
            lines = [self.last_move.upper(),
                     f"STARTUP {fd.startup}  ACTIVE {fd.active}  RECOVERY {fd.recovery}",
                     f"ON HIT {fd.on_hit:+d}  ON BLOCK {fd.on_block:+d}"]
        else:
            lines = ["THROW A PUNCH", "", ""]
        lines.append(f"DAMAGE {self.last_damage:.1f}  TOTAL {self.total_damage:.0f}")
        for line in lines:
            small.draw(surface, line, (rect.left + 8, y))
            y += 12
        state = "PAUSED - F4 STEP" if self.paused else "F3 PAUSE  F4 STEP"
        small.draw(surface, "F1 BOXES  F2 DUMMY  ESC MENU", (rect.left + 8, y), ui.DIM)
        small.draw(surface, state, (rect.left + 8, y + 12), ui.DIM)
