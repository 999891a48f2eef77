"""A story fight: an ordinary FightScene whose bout runs the chapter's script as rules.

Why a wrapper around FightScene (not a copy of it): the boxing, drawing and sound stay the
one tested fight, built by `build` from a FightSpec naming the chapter, so its bout carries
the story's rules (game/story/script.py `StoryRules`: restraint, nerve, the cut, the crowd;
game/story/director.py `Director`: each round's beat, its objective, the scripted finish)
wherever it ticks, here or in the fight's replay. The scene only adds beats between ticks
(entrances, corner talk, the towel, the brawl at the bell, the manager), the crowd meter,
the objectives and their stars, and the pacing of the scripted finish (slow motion, the
corner rushing in). A decision (the towel) goes through `Bout.decide`, which records it.

A lost fight can be fought again from the start of the round it was lost in: the new scene
re-runs the recorded commands up to that round (the bout is deterministic) and hands the
sides back (`Resume`).
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from typing import Any

import pygame

from game.bout import FightSpec, ReplaySource
from game.render import ui
from game.render.fighters import FighterRenderer
from game.render.font import get_font
from game.render.layout import FLOOR_Y, HUD_H
from game.render.story.art import Falling, draw_illustration
from game.render.story.dialogue import TYPE_SPEED, draw_dialogue
from game.scenes.base import Scene
from game.scenes.build import build
from game.scenes.fight import FightScene
from game.scenes.menu import CONFIRM, DOWN, UP
from game.sim.match import INTRO_TICKS, MatchSetup
from game.sim.view import MatchView
from game.story.director import Director
from game.story.model import Fight, FightEvent, Figure, Line
from game.story.report import FightReport
from game.story.routing import lines_now
from game.story.run import shifted_difficulty
from game.story.script import StoryRules

from . import beats_hud
from .corner import TALK_KINDS, CornerStaging, corner_x_m, to_px

LINE_TICKS = 170          # how long the CPU lets a line stand
NOTICE_TICKS = 150
FINISH_EVERY = 3          # the scripted finish: one sim tick per this many updates
RUSH_TICKS = 70           # the corner's run to the fallen man
CROWD_METER_H = 20        # the crowd meter's bar and label, with a gap under them


@dataclass(frozen=True)
class Resume:
    """Fight a lost round again: the same seed, and the commands up to that round's start."""

    seed: int
    round: int
    commands: tuple[tuple[int, int], ...] = field(default=(), repr=False)


def resume_point(scene: StoryFightScene) -> Resume:
    """Where a retry of this scene's lost round starts: as the round's walk-out begins
    (INTRO_TICKS before its bell), with every command the bout recorded until then."""
    rnd = scene.match.round
    bell = scene.director.bells.get(rnd, 0)
    upto = max(0, bell - INTRO_TICKS) if rnd > 1 else 0
    cmds: list[tuple[int, int]] = []
    for n, c1, c2 in scene.inner.recorder.runs:
        cmds.extend([(c1, c2)] * n)
        if len(cmds) >= upto:
            break
    return Resume(scene.match.setup.seed, rnd, tuple(cmds[:upto]))


@dataclass
class Beat:
    """A short scene that holds the fight: lines to read, perhaps a choice at the end."""

    event: FightEvent
    line: int = 0
    tick: int = 0
    choosing: bool = False
    choice: int = 0
    stage: Any = None           # the staged scene playing for it (game/scenes/story/staged.py)


class StoryFightScene(Scene):
    def __init__(self, ctx, flow, fight: Fight, resume: Resume | None = None) -> None:
        super().__init__(ctx)
        self.flow, self.fight = flow, fight
        run = flow.run
        seed = resume.seed if resume is not None else run.seed * 101 + run.attempts
        bonus = run.bonus() if fight.training_bonuses else ()
        setup = MatchSetup(
            fighters=fight.fighters, venue=fight.venue, rounds=fight.rounds,
            round_seconds=flow.round_seconds or fight.round_seconds, seed=seed,
            three_knockdown_tko=fight.three_knockdown_tko, bonuses=(bonus, ()),
            hold_to_rise=run.hold_to_act, crowd_start=fight.crowd_start,
            crowd_gain=fight.crowd_gain)
        self.player_difficulty = "normal" if run.cpu else run.difficulty
        difficulty = (self.player_difficulty, shifted_difficulty(fight.difficulty,
                                                                 run.difficulty))
        sources = ("cpu" if run.cpu else "keyboard", "cpu")
        # the replay names the chapter (its script runs again on playback) and the exact
        # training bonuses (FightSpec.setup_doc); the player's decisions are added as taken
        # ALL ROUNDS: the montage's rounds at full length (the replay's setup says so too)
        chapter = fight.full_length() if run.play_all else fight
        spec = FightSpec(setup, "story", difficulty, sources, story=chapter)
        self.inner = build(ctx, spec, on_over=self._over)
        self.rules = next(r for r in self.inner.bout.rules if isinstance(r, StoryRules))
        self.director = next(r for r in self.inner.bout.rules if isinstance(r, Director))
        self.beats: list[Beat] = [Beat(e) for e in self.rules.scenes_at(1, "start")]
        self.resumed = 0
        if resume is not None and resume.commands:
            self._rewind(resume)
        self.notice = ("", 0)
        self.nerve_said: set[str] = set()
        self.frame = 0
        self.rng = random.Random(seed)
        self.confetti = Falling(90, seed, ((255, 200, 60), (240, 80, 160), (120, 200, 255),
                                           (255, 255, 255)), size=2)
        self.outcome: tuple[str, str | None] | None = None
        self.report: FightReport | None = None
        self.corners = CornerStaging()   # where the men are drawn between rounds
        self.knockdown_towel: set[int] = set()   # rounds whose knockdown offered the towel
        self.rush = 0                    # updates since the scripted finish ended the fight
        self._corner_art: FighterRenderer | None = None
        self._asked: tuple[Beat | None, bool] = (None, False)  # took presses (_note_asking)

    def _rewind(self, resume: Resume) -> None:
        """Re-run the recorded commands to the lost round's walk-out, then give the sides
        back (their filters did not run twice: recorded commands are not live)."""
        bout = self.inner.bout
        own = list(bout.sources)
        bout.sources[0] = ReplaySource(resume.commands, 0)
        bout.sources[1] = ReplaySource(resume.commands, 1)
        while bout.match.tick < len(resume.commands) and not bout.match.over:
            bout.advance()
        bout.sources[0], bout.sources[1] = own
        self.inner.ring.advance(bout.view)
        self.resumed = resume.round
        self.rules.notices.clear()
        self.beats = [Beat(e) for e in self.rules.scenes_at(resume.round, "start")
                      if e.kind != "entrance"]

    # --- the scene protocol -------------------------------------------------------------
    @property
    def match(self):
        return self.inner.match

    def enter(self) -> None:
        self.inner.enter()
        if self.beats and self.beats[0].event.kind == "entrance":
            self._play("fanfare_intro")

    def exit(self) -> None:
        self.inner.exit()

    def _play(self, cue: str) -> None:
        if cue:
            self.ctx.audio.play(cue)

    def handle(self, event: pygame.event.Event) -> None:
        beat = self.beats[0] if self.beats else None
        if beat is None:
            self.inner.handle(event)
            return
        if event.type == pygame.KEYUP:   # let go over the beat: not held when it ends
            self.ctx.keyboard.handle(event)
        elif event.type == pygame.KEYDOWN:
            self._beat_key(beat, event)
            self._note_asking()

    def _beat_key(self, beat: Beat, event: pygame.event.Event) -> None:
        """A key while a beat holds the fight: read its lines, skip its staging, choose."""
        if beat.stage is not None:
            if event.key in CONFIRM:
                beat.stage.confirm()
            elif event.key == pygame.K_ESCAPE:
                beat.stage.skip()
            return
        if beat.choosing:
            if event.key in UP | DOWN:
                beat.choice = 1 - beat.choice
                self._play("menu_move")
            elif event.key in CONFIRM:
                self._choose(beat, beat.choice)
        elif event.key in CONFIRM:
            self._next_line(beat)

    def update(self) -> None:
        """One tick of the story (a beat or the fight), then the corner staging: it follows
        the view after the tick, and goes on walking while a beat holds the sim."""
        self.frame += 1
        tick = self.match.tick
        self._advance()
        self._note_asking()
        beat = self.beats[0] if self.beats else None
        self.corners.update(self.inner.view, talking=beat is not None
                            and beat.event.kind in TALK_KINDS)
        if self.corners.active and self.match.tick != tick:   # he walks by the men drawn
            self.inner.ring.restage_referee(self.corners.staged_view(self.inner.view))

    def _note_asking(self) -> None:
        """Lines or the towel's choice came up over the fight (after a tick or a press): a
        menu opening, so what is held now (guard, the Enter that read the last line) waits
        for its release, as on a change of screen (game.input.fresh)."""
        beat = self.beats[0] if self.beats else None
        was, chose = self._asked
        if beat is not None and (beat is not was or beat.choosing != chose):
            self.ctx.stack.hold_back()
        self._asked = (beat, beat is not None and beat.choosing)

    def _advance(self) -> None:
        if self.match.over:  # nothing left to talk about: let the finish play out
            self.beats.clear()
        if self.beats:
            self._update_beat(self.beats[0])
            return
        if self.director.finished:
            self.rush += 1
        elif self.director.finishing and self.frame % FINISH_EVERY:
            return   # the finishing combination, in slow motion
        phase_before = self.match.phase
        view = self.inner.run_tick()
        if view is not None:
            self._after_tick(phase_before, view)
        self._notices()

    def _after_tick(self, phase_before: str, view: MatchView) -> None:
        """The story's beats a tick brings (the bell's scenes, the break's corner talk, the
        towel when the player goes down); the script itself already ran in the bout's tick."""
        match = self.match
        for ev in view.events:
            if ev.kind in ("bell_end", "bell_final"):
                self.beats += [Beat(e) for e in self.rules.scenes_at(ev.value, "bell")]
            elif ev.kind == "knockdown" and ev.side == "p1" and not match.over:
                self._towel_on_knockdown(view.round)
        if match.phase == "break" and phase_before != "break":
            self._queue_break(match.round)

    def _towel_on_knockdown(self, round_no: int) -> None:
        """The towel comes when it matters: the first time the player goes down in a round
        whose script offers it then (`at = "knockdown"`)."""
        if round_no in self.knockdown_towel or self.director.finishing:
            return
        self.knockdown_towel.add(round_no)
        self.beats += [Beat(e) for e in self.rules.scenes_at(round_no, "knockdown")]

    def _queue_break(self, round_no: int) -> None:
        if self.match.over:
            return
        self.beats += [Beat(e) for e in self.rules.scenes_at(round_no, "break")]
        self.beats += [Beat(e) for e in self.rules.scenes_at(round_no + 1, "start")]

    def _notices(self) -> None:
        for n in self.rules.notices:
            self._play(n.cue)
            if n.text:
                self.notice = (n.text, NOTICE_TICKS)
        self.rules.notices.clear()
        conf = self.rules.confidence
        for nerve in self.fight.nerve:     # the chapter's own words (levels/*.toml [[nerve]])
            if conf < nerve.below and nerve.text not in self.nerve_said:
                self.nerve_said.add(nerve.text)
                self.notice = (nerve.text, NOTICE_TICKS)
        text, left = self.notice
        self.notice = (text, max(0, left - 1))

    # --- beats --------------------------------------------------------------------------
    def _lines(self, beat: Beat) -> tuple[Line, ...]:
        """The lines whose `when` holds for what has happened so far (issue 16)."""
        cut = self.rules.cut_opened if self.rules.cut_event() is not None else None
        return lines_now(beat.event.lines, beat.event.round, cut, self.match.crowd)

    def _update_beat(self, beat: Beat) -> None:
        beat.tick += 1
        run = self.flow.run
        if beat.choosing:
            if run.cpu and beat.tick > 60:
                self._choose(beat, 0)     # the CPU keeps its promise: never the towel
            return
        if beat.tick == 1:
            beat.stage = self._staged(beat.event)
        if beat.stage is not None:
            if beat.stage.update():     # the staged scene said it all; then the choice
                beat.stage = None
                self._lines_done(beat)
            return
        if beat.event.kind == "brawl" and beat.tick % 14 == 0:
            self._play("punch_hook" if beat.tick % 28 else "bell_end")
        if not self._lines(beat):
            self._lines_done(beat)
        elif run.cpu and beat.tick >= LINE_TICKS:
            self._next_line(beat)

    def _staged(self, event: FightEvent) -> Any:
        """The staged scene a towel or manager beat names (`scene`), as a player, or None:
        the beat's panel and lines then (also while the stage player is not in the game)."""
        if not event.scene:
            return None
        chapter = self.flow.run.story.chapters.get(event.scene)
        if getattr(chapter, "kind", "") != "scene":
            return None
        try:
            from .staged import StagePlayer
        except ImportError:
            return None
        return StagePlayer(chapter, self.ctx, auto=self.flow.run.cpu)

    def _lines_done(self, beat: Beat) -> None:
        if beat.event.kind == "towel_choice":
            beat.choosing = True
        else:
            self._end_beat(beat)

    def _next_line(self, beat: Beat) -> None:
        lines = self._lines(beat)
        text = lines[beat.line].text if beat.line < len(lines) else ""
        if beat.tick * TYPE_SPEED < len(text):
            beat.tick = len(text)
            return
        beat.line += 1
        beat.tick = 0
        if beat.line >= len(lines):
            self._lines_done(beat)

    def _choose(self, beat: Beat, choice: int) -> None:
        self._play("menu_select")
        if choice == 1:
            self.inner.bout.decide("towel", "p1")
            self._play("crowd_boo")
            self.beats.clear()
            return
        self._end_beat(beat)

    def _end_beat(self, beat: Beat) -> None:
        if self.beats and self.beats[0] is beat:
            self.beats.pop(0)
        if beat.event.notice:
            self.notice = (beat.event.notice, NOTICE_TICKS)
        if beat.event.kind == "entrance":
            self._play("crowd_cheer")

    # --- the end --------------------------------------------------------------------------
    def _over(self, inner: FightScene) -> None:
        m = self.match
        if m.winner == "p1":
            outcome = "win"
        elif m.reason == "towel" and m.winner == "p2":
            outcome = "towel"
        else:
            outcome = "loss"
        self.outcome = (outcome, m.method)
        self.report = report = self.director.report(m, outcome)
        if outcome != "win" and self.fight.retry and not self.flow.run.cpu:
            from .flow import RetryScene

            self.ctx.stack.replace(RetryScene(self.ctx, self.flow, m.method, report,
                                              resume_point(self)))
            return
        self.flow.done(outcome, m.method, report=report)

    # --- drawing --------------------------------------------------------------------------
    def draw(self, surface: pygame.Surface) -> None:
        beat = self.beats[0] if self.beats else None
        if beat is not None and beat.event.kind == "brawl":
            self._draw_brawl(surface, beat)
        elif beat is not None and beat.event.kind == "manager":
            rival = Figure(self.fight.fighters[1], "idle_1", 430, "left")
            draw_illustration(surface, "hall", (rival,), self.frame)
        elif self.corners.active:
            self.corners.draw(surface, self.inner, self.frame)
        else:
            self.inner.draw(surface)
            self._draw_corner_rush(surface)
        # the lines laid over the fight stack down from the HUD's lower edge, in the band above
        # the venue's board (whose painted words they must not cover): the crowd meter first
        top = HUD_H + 2
        if self.fight.crowd_meter and (beat is None or beat.event.kind != "manager"):
            self._draw_crowd(surface, top)
            top += CROWD_METER_H
        if beat is None:
            self._draw_round_beat(surface, top)
            text, left = self.notice
            if text and left > 0:
                self._draw_notice(surface, text, top)
            return
        self._draw_beat(surface, beat)

    def _draw_round_beat(self, surface: pygame.Surface, top: int) -> None:
        """The objective while the round is on; its stars between rounds; all of them at the
        end (not over the finishing combination, which is its own moment)."""
        view, director = self.inner.view, self.director
        texts = {b.round: b.objective_text for b in self.fight.beats}
        if self.match.over:
            if not director.finishing and self.inner.over_ticks > 60:
                results = self.report.objectives if self.report else director.objectives
                beats_hud.draw_summary(surface, results, texts)
            return
        beat = self.fight.beat(view.round)
        if view.phase == "fight" and beat is not None and beat.objective and \
                not director.finishing:
            since = view.tick - director.bells.get(view.round, view.tick)
            beats_hud.draw_objective(surface, view.round, beat.objective_text, since,
                                     beat.montage, top)
        elif view.phase in ("round_over", "break") and director.objectives:
            last = director.objectives[-1]
            if last.round == view.round:
                beats_hud.draw_result(surface, last, texts.get(last.round, ""))

    def _draw_corner_rush(self, surface: pygame.Surface) -> None:
        """After the scripted finish the player's corner runs in to the fallen man (drawn
        with the corner man's fight sprite: Rocky in Apollo's corner)."""
        if not self.director.finished or self.fight.fighters[0] == "rocky":
            return
        if self._corner_art is None:
            self._corner_art = FighterRenderer(["rocky"])
        fallen = self.inner.view.fighters[0]
        start, end = to_px(corner_x_m(0)) - 60, to_px(fallen.x_m) - 34
        t = min(1.0, self.rush / RUSH_TICKS)
        x = round(start + (end - start) * t)
        pose = f"walk_{(self.rush // 4) % 4}" if t < 1.0 else "idle_0"
        self._corner_art.draw_pose(surface, "rocky", pose, "right", x, FLOOR_Y)

    def _draw_beat(self, surface: pygame.Surface, beat: Beat) -> None:
        """What a beat lays over the picture: its staged scene, or confetti or a dimmed
        corner, the line being said, the towel menu, the beat's caption."""
        if beat.stage is not None:
            beat.stage.draw(surface)
            return
        if beat.event.kind == "entrance":
            self.confetti.draw(surface, self.frame)
        elif beat.event.kind in ("corner", "towel_choice"):
            ui.fade(surface, 0.35)
        lines = self._lines(beat)
        if beat.line < len(lines):
            ln = lines[beat.line]
            draw_dialogue(surface, ln.speaker, ln.text, beat.tick * TYPE_SPEED, self.frame,
                          "ENTER")
        if beat.choosing:
            e = beat.event
            ui.draw_menu(surface, e.choice_title, list(e.choices), beat.choice, self.frame,
                         e.choice_hint, top=120)
        label = beat.event.label
        if label and not beat.choosing:
            get_font("big").draw(surface, label, (320, 214), ui.ACCENT, align="center")

    def _draw_notice(self, surface: pygame.Surface, text: str, top: int) -> None:
        small = get_font("small")
        w = small.size(text)[0] + 24
        rect = pygame.Rect(320 - w // 2, top, w, 17)
        ui.draw_panel(surface, rect)
        small.draw(surface, text, (320, rect.top + 6), ui.ACCENT, align="center")

    def _draw_crowd(self, surface: pygame.Surface, top: int) -> None:
        """The crowd meter: who the hall is behind, from the player's left to the right (its
        bar, then its label, in CROWD_METER_H pixels from `top`)."""
        crowd = self.match.crowd
        rect = pygame.Rect(220, top, 200, 7)
        surface.fill((8, 6, 14), rect.inflate(4, 4))
        half = rect.width // 2
        surface.fill((60, 20, 24), (rect.left, rect.top, half, rect.height))
        surface.fill((24, 20, 60), (rect.centerx, rect.top, half, rect.height))
        n = round(half * abs(crowd))
        if crowd >= 0:
            surface.fill((255, 196, 70), (rect.centerx - n, rect.top, n, rect.height))
        else:
            surface.fill((220, 40, 50), (rect.centerx, rect.top, n, rect.height))
        surface.fill((255, 255, 255), (rect.centerx, rect.top - 2, 1, rect.height + 4))
        x = rect.centerx - round(half * crowd)
        bob = round(math.sin(self.frame / 6))
        surface.fill((255, 255, 255), (x - 1, rect.top - 3 + bob, 3, 2))
        small = get_font("small")
        small.draw(surface, "CROWD", (320, rect.bottom + 3), ui.DIM, align="center")
        small.draw(surface, "FOR YOU", (rect.left - 6, rect.top), ui.WHITE, align="right")
        small.draw(surface, "AGAINST", (rect.right + 6, rect.top), ui.WHITE)

    def _draw_brawl(self, surface: pygame.Surface, beat: Beat) -> None:
        """Both men still swinging after the bell, then dragged back to their corners."""
        inner, view = self.inner, self.inner.view
        inner.venue.draw_back(surface, view, self.frame)
        lines = self._lines(beat)
        apart = beat.line >= len(lines) - 1 and len(lines) > 1
        t = beat.tick
        gap = 0.55 + (min(1.0, t / 90) * 1.6 if apart else 0.0)
        mid = (view.fighters[0].x_m + view.fighters[1].x_m) / 2
        for k, fv in enumerate(view.fighters):
            x = 320 + round((mid + (gap if k else -gap)) * 80)
            facing = "right" if k == 0 else "left"
            swing = (t // 9 + k) % 4
            pose = "idle_0" if apart else ("hook_3" if swing == 0 else
                                           "hit_head_0" if swing == 2 else "hook_1")
            inner.fighter_art.draw_pose(surface, fv.id, pose, facing, x, 318)
        inner.venue.draw_front(surface, view, self.frame)
        inner.hud.draw(surface, view, self.frame)
        if not apart and (t // 4) % 2 == 0:
            get_font("big").draw(surface, "DING! DING!", (320, 120), ui.WHITE, align="center")
