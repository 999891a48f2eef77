"""The winter camp: a short run of drills whose results become Rocky's bonuses.

Why one scene for the whole camp: the drills share a rhythm (what to do, do it, how it went,
with a glance at Drago's lab), a menu to auto-complete with an average result, and one sum
at the end, which the story records and hands to the final fight.
"""

from __future__ import annotations

import pygame

from game.render import ui
from game.render.font import get_font
from game.render.story.art import draw_illustration
from game.render.story.dialogue import draw_caption, draw_hint, wrap
from game.render.story.drills import draw_drill, lab_glimpse
from game.scenes.base import Scene
from game.scenes.menu import CONFIRM, DOWN, UP
from game.story.drills import CpuTrainee, Drill, Input, make_drill
from game.story.model import Training
from game.story.run import training_bonus

INTRO_TICKS = 110          # the CPU reads a drill's card this long
RESULT_TICKS = 100
AVERAGE = 0.5
MENU = ("TRAIN", "AUTO-COMPLETE (AVERAGE RESULT)")
RESULT_TOP = {"mountain": 236}  # the result panel's top where the default (44) hides him
CAMP = "farm"              # the backdrop behind the camp's menu and its summary
STAT_NAMES = {"damage_mult": "POWER", "chin": "CHIN", "stamina_regen_per_s": "BREATH",
              "stamina_max": "STAMINA", "recovery": "GETTING UP", "walk_speed_mps": "FOOTWORK"}


class DrillsScene(Scene):
    """A story training chapter: its drills one after another (or auto-completed).

    Not the `TrainingScene` of `game/scenes/training.py` (the free gym with a dummy): two
    classes of one name made tracebacks and scene names ambiguous."""

    def __init__(self, ctx, flow, training: Training) -> None:
        super().__init__(ctx)
        self.flow, self.training = flow, training
        self.run = flow.run
        self.phase = "menu"
        self.choice = 0
        self.index = 0
        self.tick = 0
        self.frame = 0
        self.scores: list[float] = []
        self.drill: Drill | None = None
        self.cpu = CpuTrainee(self.run.seed, 0.75) if self.run.cpu else None
        self.held: set[str] = set()
        self.pressed: set[str] = set()
        self.space = False

    # --- input ----------------------------------------------------------------------------
    def enter(self) -> None:
        self.ctx.audio.play_music("music_training")

    def _play(self, cue: str) -> None:
        self.ctx.audio.play(cue)

    def handle(self, event: pygame.event.Event) -> None:
        self.ctx.keyboard.handle(event)
        if event.type == pygame.KEYUP and event.key == pygame.K_SPACE:
            self.space = False
        if event.type != pygame.KEYDOWN:
            return
        if event.key == pygame.K_SPACE:
            self.space = True
            self.pressed.add("press")
        if self.phase == "menu":
            if event.key in UP | DOWN:
                self.choice = 1 - self.choice
                self._play("menu_move")
            elif event.key in CONFIRM:
                self._play("menu_select")
                self._start(auto=self.choice == 1)
        elif self.phase in ("intro", "result", "summary") and event.key in CONFIRM:
            self._next()
        elif self.phase == "play" and event.key == pygame.K_RETURN:
            self.pressed.add("press")

    def _input(self) -> Input:
        """This tick's presses from the player's keys (either half of the keyboard)."""
        kb = self.ctx.keyboard
        now = kb.actions(0) | kb.actions(1)
        punches = {"jab", "hook", "uppercut", "body", "special", "taunt", "guard"}
        fresh = now - self.held
        self.held = set(now)
        inp = Input(press=bool(fresh & punches) or "press" in self.pressed,
                    left="left" in fresh, right="right" in fresh,
                    hold=self.run.hold_to_act and (bool(now & punches) or self.space))
        self.pressed.clear()
        return inp

    # --- flow -----------------------------------------------------------------------------
    def _start(self, auto: bool) -> None:
        if auto:
            self.scores = [min(1.0, AVERAGE + d.boost) for d in self.training.drills]
            self.phase, self.tick = "summary", 0
        else:
            self._intro(0)

    def _intro(self, k: int) -> None:
        self.index, self.phase, self.tick = k, "intro", 0
        d = self.training.drills[k]
        self.drill = make_drill(d.kind, d.rival, d.boost)
        if self.cpu is not None:  # a fresh CPU per drill: nothing carries over between them
            self.cpu = CpuTrainee(self.run.seed * 5 + k, 0.75)

    def _next(self) -> None:
        if self.phase == "intro":
            self.phase, self.tick = "play", 0
            self._play("bell_start")
        elif self.phase == "result":
            if self.index + 1 < len(self.training.drills):
                self._intro(self.index + 1)
            else:
                self.phase, self.tick = "summary", 0
        elif self.phase == "summary":
            self.flow.done("done", None, self.bonuses())

    def bonuses(self) -> dict[str, float]:
        """Each stat's multiplier: the mean score of the drills that train it."""
        per: dict[str, list[float]] = {}
        for d, s in zip(self.training.drills, self.scores, strict=False):
            for stat in d.stats:
                per.setdefault(stat, []).append(s)
        means = {k: sum(v) / len(v) for k, v in per.items()}
        return {k: round(v, 4) for k, v in training_bonus(self.training.fighter, means)}

    def update(self) -> None:
        self.tick += 1
        self.frame += 1
        cpu = self.cpu is not None
        if self.phase == "menu" and cpu and self.tick > 40:
            self._start(auto=False)
        elif self.phase in ("intro",) and cpu and self.tick > INTRO_TICKS:
            self._next()
        elif self.phase in ("result", "summary") and cpu and self.tick > RESULT_TICKS:
            self._next()
        elif self.phase == "play" and self.drill is not None:
            inp = self.cpu.input(self.drill) if self.cpu is not None else self._input()
            before = len(getattr(self.drill, "chops", ())) + len(getattr(self.drill, "marks",
                                                                         {}))
            self.drill.step(inp)
            after = len(getattr(self.drill, "chops", ())) + len(getattr(self.drill, "marks", {}))
            if after > before:
                self._play("punch_hook" if self.drill.kind == "logs" else "block")
            elif inp.press and self.drill.kind == "machine":
                self._play("punch_body")
            if self.drill.done:
                self.scores.append(min(1.0, self.drill.score))
                self.phase, self.tick = "result", 0
                self._play("bell_end")

    # --- drawing --------------------------------------------------------------------------
    def draw(self, surface: pygame.Surface) -> None:
        if self.phase == "menu":
            draw_illustration(surface, CAMP, (), self.frame)
            draw_caption(surface, self.training.title)
            ui.draw_menu(surface, "TRAINING", list(MENU), self.choice, self.frame,
                         f"{len(self.training.drills)} DRILLS IN THE SNOW", top=130)
            return
        if self.phase == "summary":
            self._draw_summary(surface)
            return
        d = self.training.drills[self.index]
        assert self.drill is not None
        draw_drill(surface, self.drill, self.frame, self.phase == "play", d.boost_caption)
        draw_caption(surface, d.title)
        get_font("small").draw(surface, f"DRILL {self.index + 1} OF "
                               f"{len(self.training.drills)}", (320, 38), ui.DIM,
                               align="center")
        if self.phase == "intro":
            self._draw_intro(surface, d)
        elif self.phase == "result":
            self._draw_result(surface, d)

    def _draw_intro(self, surface: pygame.Surface, d) -> None:
        small = get_font("small")
        rect = pygame.Rect(40, 70, 560, 150)
        ui.draw_panel(surface, rect)
        y = rect.top + 10
        for line in wrap(d.text, 320):
            small.draw(surface, line, (rect.left + 12, y), ui.WHITE)
            y += 11
        if d.boost_text:
            y += 6
            for line in wrap(d.boost_text, 320):
                small.draw(surface, line, (rect.left + 12, y), ui.ACCENT)
                y += 11
        if d.rival_text:  # meanwhile, in Drago's lab
            surface.blit(lab_glimpse(d.kind), (rect.right - 212, rect.top + 10))
            pygame.draw.rect(surface, ui.EDGE, (rect.right - 213, rect.top + 9, 202, 114), 1)
            if d.rival_caption:
                small.draw(surface, d.rival_caption, (rect.right - 112, rect.top + 126),
                           ui.ACCENT, align="center")
            y += 8
            for line in wrap(d.rival_text, 320):
                small.draw(surface, line, (rect.left + 12, y), ui.DIM)
                y += 11
        if (self.frame // 20) % 2 == 0:
            small.draw(surface, "ENTER TO START", (rect.left + 12, rect.bottom - 16),
                       ui.ACCENT)
        draw_hint(surface, "HOLD-TO-ACT: ON" if self.run.hold_to_act else "")

    def _draw_result(self, surface: pygame.Surface, d) -> None:
        score = self.scores[-1] if self.scores else 0.0
        big, small = get_font("big"), get_font("small")
        # above a man standing on the floor; below one on the summit
        rect = pygame.Rect(170, RESULT_TOP.get(d.kind, 44), 300, 96)
        ui.draw_panel(surface, rect)
        grade = "CHAMPION" if score > 0.9 else "STRONG" if score > 0.7 else \
            "SOLID" if score > 0.45 else "ROUGH"
        big.draw(surface, grade, (320, rect.top + 10), ui.ACCENT, align="center")
        small.draw(surface, f"RESULT {round(score * 100)}%", (320, rect.top + 36), ui.WHITE,
                   align="center")
        gains = ", ".join(STAT_NAMES.get(s, s.upper()) for s in d.stats)
        small.draw(surface, f"TRAINS: {gains}", (320, rect.top + 50), ui.DIM, align="center")
        if d.kind == "machine":
            mine = getattr(self.drill, "reading", 0)
            verdict = "YOU BEAT THE LAB!" if mine >= d.rival else "THE LAB'S NUMBER STANDS"
            small.draw(surface, f"DRAGO {d.rival}  ROCKY {mine}", (320, rect.top + 64),
                       ui.WHITE, align="center")
            small.draw(surface, verdict, (320, rect.top + 76), ui.ACCENT, align="center")

    def _draw_summary(self, surface: pygame.Surface) -> None:
        draw_illustration(surface, CAMP, (), self.frame)
        draw_caption(surface, "READY FOR MOSCOW")
        big, small = get_font("big"), get_font("small")
        rect = pygame.Rect(150, 60, 340, 200)
        ui.draw_panel(surface, rect)
        big.draw(surface, "TRAINING BONUSES", (320, rect.top + 10), ui.ACCENT, align="center")
        y = rect.top + 40
        for stat, mult in sorted(self.bonuses().items()):
            pct = (mult - 1.0) * 100
            better = pct if stat != "chin" else -pct
            small.draw(surface, STAT_NAMES.get(stat, stat.upper()), (rect.left + 16, y),
                       ui.WHITE)
            bar = round(min(1.0, abs(better) / 30) * 120)
            surface.fill((60, 44, 70), (rect.left + 140, y + 1, 120, 5))
            surface.fill(ui.ACCENT, (rect.left + 140, y + 1, bar, 5))
            small.draw(surface, f"+{abs(better):.0f}%", (rect.right - 16, y), ui.ACCENT,
                       align="right")
            y += 14
        y += 6
        for d, s in zip(self.training.drills, self.scores, strict=False):
            small.draw(surface, d.title, (rect.left + 16, y), ui.DIM)
            small.draw(surface, f"{round(s * 100)}%", (rect.right - 16, y), ui.DIM,
                       align="right")
            y += 11
        if (self.frame // 20) % 2 == 0:
            small.draw(surface, "ENTER TO CONTINUE", (320, rect.bottom + 8), ui.WHITE,
                       align="center")
