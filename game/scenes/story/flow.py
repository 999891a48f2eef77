"""The story's director: which scene plays each chapter, and what comes after it.

Why a director outside the scenes: a card, a fight or a drill only reports how it ended;
the order and the branches live in `levels/` and in `StoryRun`, so reordering the data
reorders the game without touching a scene.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import pygame

from game.render import ui
from game.render.font import get_font
from game.render.story.art import draw_illustration
from game.render.story.dialogue import draw_caption, wrap
from game.scenes.base import Scene
from game.scenes.menu import MenuScene
from game.story.model import Card, Fight, Staging, Training
from game.story.report import FightReport
from game.story.routing import visible
from game.story.run import DIFFICULTY_STEPS, StoryRun
from game.story.save import read_save

if TYPE_CHECKING:
    from game.context import Context

    from .fight import Resume

END_HOLD = 60


class StoryFlow:
    def __init__(self, ctx, run: StoryRun, round_seconds: float | None = None) -> None:
        self.ctx = ctx
        self.run = run
        self.round_seconds = round_seconds

    def scene(self) -> Scene:
        """The scene for the chapter the run is at (or the end screen)."""
        ch = self.run.current()
        message, self.run.message = self.run.message, ""
        if isinstance(ch, Card):
            from .card import CardScene

            pages = visible(ch.pages, self.run.facts())   # pages whose `when` holds
            if not pages:                                  # nothing on it fits: go on
                self.run.finish("done")
                return self.scene()
            return CardScene(self.ctx, replace(ch, pages=pages), lambda: self.done("done"),
                             auto=self.run.cpu, message=message)
        if isinstance(ch, Fight):
            from .fight import StoryFightScene

            self.run.attempts += 1
            return StoryFightScene(self.ctx, self, ch)
        if isinstance(ch, Staging):
            from .staged import StagedScene

            return StagedScene(self.ctx, ch, lambda: self.done("done"), auto=self.run.cpu)
        if isinstance(ch, Training):
            from .training import DrillsScene

            return DrillsScene(self.ctx, self, ch)
        return StoryEndScene(self.ctx, self.run)

    def done(self, outcome: str, method: str | None = None,
             bonuses: dict[str, float] | None = None,
             report: FightReport | None = None) -> None:
        """A chapter ended; a fight passes its report (what happened), which picks the card."""
        self.run.finish(outcome, method, bonuses, report)
        self.ctx.stack.replace(self.scene())

    def retry(self, resume: Resume | None = None) -> None:
        """The lost fight again: from the start of the lost round (`resume`: the same seed
        and the commands up to there), or from the first bell with a fresh seed."""
        ch = self.run.current()
        if resume is None or not isinstance(ch, Fight):
            self.ctx.stack.replace(self.scene())
            return
        from .fight import StoryFightScene

        self.ctx.stack.replace(StoryFightScene(self.ctx, self, ch, resume))


class StoryEndScene(Scene):
    """THE END, with what happened in each chapter; Enter goes back to the title."""

    def __init__(self, ctx, run: StoryRun) -> None:
        super().__init__(ctx)
        self.run = run
        self.frame = 0

    def handle(self, event: pygame.event.Event) -> None:
        if (event.type == pygame.KEYDOWN and self.frame > END_HOLD
                and event.key in (pygame.K_RETURN, pygame.K_SPACE, pygame.K_ESCAPE)):
            from game.scenes.title import TitleScene

            self.ctx.stack.clear_to(TitleScene(self.ctx))

    def update(self) -> None:
        self.frame += 1

    def draw(self, surface: pygame.Surface) -> None:
        draw_illustration(surface, "credits", (), self.frame)
        big, small = get_font("big"), get_font("small")
        draw_caption(surface, "THE END")
        rect = pygame.Rect(120, 60, 400, 220)
        ui.draw_panel(surface, rect)
        ending = self.run.ending_title() or "THE STORY RESTS HERE"
        big.draw(surface, ending, (320, rect.top + 10), ui.ACCENT, align="center")
        y = rect.top + 40
        for rec in end_records(self.run.records, (rect.bottom - 16 - y) // 12 + 1):
            ch = self.run.story.chapters.get(rec["id"])
            title = getattr(ch, "title", rec["id"])
            how = outcome_text(rec)
            small.draw(surface, title, (rect.left + 14, y), ui.WHITE)
            small.draw(surface, how, (rect.right - 14, y), ui.DIM, align="right")
            y += 12
        if self.frame > END_HOLD and (self.frame // 30) % 2 == 0:
            small.draw(surface, "PRESS ENTER", (320, 300), ui.WHITE, align="center")


def end_records(records: list[dict], rows: int) -> list[dict]:
    """The records THE END lists in `rows` lines: all of them when they fit, else the fights
    and the drills (what the player did) and the chapter the story ended on."""
    if len(records) <= rows:
        return records
    keep = [r for i, r in enumerate(records)
            if r.get("kind") in ("fight", "training") or i == len(records) - 1]
    return keep[:rows]


def outcome_text(rec: dict) -> str:
    """A chapter record as THE END lists it: `LOSS (KO, ROUND 2)`, `WIN (DECISION, ROUND
    15)`, `DONE` for a card."""
    how = str(rec["outcome"]).upper()
    if not rec.get("method"):
        return how
    detail = str(rec["method"]).upper()
    if rec.get("round"):
        detail += f", ROUND {rec['round']}"
    return f"{how} ({detail})"


class StoryMenuScene(MenuScene):
    """New story or continue, and the story's options: difficulty, all rounds, hold-to-act."""

    title = "STORY"

    def __init__(self, ctx, flow: StoryFlow) -> None:
        self.flow = flow
        self.save, self.save_message = read_save()
        items = [("NEW STORY", self._new)]
        if self.save is not None:
            items.insert(0, ("CONTINUE", self._continue))
        items += [("DIFFICULTY", lambda: self.adjust(1)), ("LONG FIGHT", lambda: self.adjust(1)),
                  ("MASHING", lambda: self.adjust(1)), ("BACK", self.back)]
        super().__init__(ctx, items)
        self.frame = 0

    @property
    def run(self) -> StoryRun:
        return self.flow.run

    def labels(self) -> list[str]:
        r = self.run
        out = []
        for label, _ in self.items:
            if label == "DIFFICULTY":
                label = f"DIFFICULTY  < {r.difficulty.upper()} >"
            elif label == "LONG FIGHT":
                label = "MOSCOW  < ALL ROUNDS >" if r.play_all else "MOSCOW  < HIGHLIGHTS >"
            elif label == "MASHING":
                label = "MASHING  < HOLD >" if r.hold_to_act else "MASHING  < PRESS >"
            out.append(label)
        return out

    def adjust(self, step: int) -> None:
        label = self.items[self.selected][0]
        r = self.run
        if label == "DIFFICULTY":
            k = (DIFFICULTY_STEPS.index(r.difficulty) + step) % len(DIFFICULTY_STEPS)
            r.difficulty = DIFFICULTY_STEPS[k]
        elif label == "LONG FIGHT":
            r.play_all = not r.play_all
        elif label == "MASHING":
            r.hold_to_act = not r.hold_to_act
        else:
            return
        self._sound("menu_move")

    def _new(self) -> None:
        self.run.message = self.save_message
        self.run.write()
        self.ctx.stack.replace(self.flow.scene())

    def _continue(self) -> None:
        if self.save is None or not self.run.restore(self.save):
            self.run.message = "That save belongs to another story; starting a new one."
        self.ctx.stack.replace(self.flow.scene())

    def draw(self, surface: pygame.Surface) -> None:
        draw_illustration(surface, "night", (), self.frame)
        self.item_rects = ui.draw_menu(surface, self.title, self.labels(), self.selected,
                                       self.frame, self.run.story.subtitle) or []
        if self.save_message:
            for k, line in enumerate(wrap(self.save_message, 600)[:2]):
                get_font("small").draw(surface, line, (320, 330 + 11 * k), ui.ACCENT,
                                       align="center")


class RetryScene(MenuScene):
    """A lost fight: box the lost round again (from its start, everything before it as it
    was), or accept the defeat and see that ending."""

    title = "DOWN AND OUT"
    subtitle = "THE STORY CAN END HERE, OR YOU CAN GET UP"

    def __init__(self, ctx, flow: StoryFlow, method: str | None,
                 report: FightReport | None = None, resume: Resume | None = None) -> None:
        again = f"FIGHT ROUND {resume.round} AGAIN" if resume is not None and \
            resume.round > 1 else "FIGHT AGAIN"
        super().__init__(ctx, [(again, lambda: flow.retry(resume)),
                               ("ACCEPT DEFEAT",
                                lambda: flow.done("loss", method, report=report))])
        self.flow = flow

    def back(self) -> None:
        """Esc does not quietly pick an ending."""

    def draw(self, surface: pygame.Surface) -> None:
        draw_illustration(surface, "hall", (), self.frame)
        super().draw(surface)


class StoryErrorScene(Scene):
    """The levels folder is broken: every message, and Esc back to the title."""

    def __init__(self, ctx, messages: list[str]) -> None:
        super().__init__(ctx)
        self.messages = messages

    def handle(self, event: pygame.event.Event) -> None:
        if event.type == pygame.KEYDOWN:
            from game.scenes.title import TitleScene

            self.ctx.stack.clear_to(TitleScene(self.ctx))

    def draw(self, surface: pygame.Surface) -> None:
        surface.fill((14, 8, 20))
        draw_caption(surface, "THE STORY FILES HAVE PROBLEMS")
        ui.draw_panel(surface, pygame.Rect(16, 44, 608, 300))
        small = get_font("small")
        y = 54
        for msg in self.messages:
            for line in wrap(msg, 590):
                if y > 330:
                    return
                small.draw(surface, line, (24, y), ui.WHITE)
                y += 11
            y += 4


def make_flow(ctx, levels_dir: Path, p1_control: str, seed: int, difficulty: str,
              round_seconds: float | None = None, save: bool = True) -> StoryFlow:
    from game.story.loader import load_story

    run = StoryRun(load_story(levels_dir), seed=seed, difficulty=difficulty,
                   p1_control=p1_control, save=save)
    ctx.story = run
    return StoryFlow(ctx, run, round_seconds)


def make_story_scene(ctx: Context, levels_dir: Path, p1_control: str, seed: int,
                     difficulty: str = "normal", *, resume: bool = False,
                     round_seconds: float | None = None, save: bool = True) -> Scene:
    """The story's first scene: the story menu for a person, the first chapter for the CPU.

    Sets `ctx.story` (a `StoryRun`). With `p1_control="cpu"` the CPU plays every fight,
    choice and drill, never throws the towel and never retries, so the story always reaches
    an ending. `resume=True` continues from the save (if it fits this story); `round_seconds`
    shortens every fight (tests, demos); `save=False` leaves the saves folder alone.
    """
    flow = make_flow(ctx, Path(levels_dir), p1_control, seed, difficulty, round_seconds, save)
    if p1_control == "cpu":
        return flow.scene()
    if resume:
        doc, message = read_save()
        flow.run.message = message
        if doc is not None and flow.run.restore(doc):
            return flow.scene()
    return StoryMenuScene(ctx, flow)
