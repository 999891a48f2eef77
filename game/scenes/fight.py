"""The fight screen: advances its bout one tick per update and draws it.

Why the scene holds a `Bout` (game/bout/) and does not step the match itself: the tick, the
rules and the recording are the bout's, the same wherever a fight runs; the scene adds what a
screen needs around it: pacing (the KO's freeze and slow motion), the picture and the sound,
and the people at the controls. Who boxes each side is a command source the bout asks; which
pad a gamepad side uses comes from `ctx.seats`; when that pad is unplugged, or the window
loses focus, the fight pauses before its next tick. A fight is made from a frozen `FightSpec`
(game/scenes/build.py `build`), and `spec` gives it back for a rematch or a restart.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING

import pygame

from game.ai.brain import CpuBrain
from game.audio import SoundDirector
from game.bout import Bout, BrainSource, CommandSource, FightSpec, ReplaySource, Rule
from game.bout.rules import HoldToRise, RecordedDecisions
from game.bout.sources import CPU, REPLAY, KeyboardSource, PadSource, seat_sources
from game.input.gamepad import PAD_EVENT
from game.input.seats import GAMEPAD
from game.render.effects import Effects
from game.render.fight_frame import FightFrame
from game.render.fighters import FighterRenderer
from game.render.hud import Hud
from game.render.referee import Referee
from game.render.venue import VenueRenderer
from game.replay import ReplayRecorder
from game.scenes.base import Scene
from game.sim.match import SIDES
from game.sim.view import MatchView
from game.story.director import story_rules

if TYPE_CHECKING:
    from game.context import Context

RESULTS_AFTER = 240  # ticks of the finished fight on screen before the results
# the final knockout in slow motion: a freeze on the KO frame, then the match steps only every
# SLOWMO_EVERY-th update for SLOWMO_TICKS updates (presentation pacing; the match itself and
# its commands, indexed by match tick, are untouched)
KO_FREEZE = 20
SLOWMO_TICKS = 90
SLOWMO_EVERY = 3


def make_bout(ctx: Context, spec: FightSpec, own: dict[int, CommandSource] | None = None,
              rules: tuple[Rule, ...] = ()) -> Bout:
    """The bout a spec describes: a source for each side's kind (a mode's own kinds, such as
    training's dummy, come in `own`), the rules the spec implies, and a recorder.

    Which rules: the story chapter's script; a replay's recorded decisions; a CPU holding a
    punch to rise in a hold-to-rise fight (not in the story, whose CPU has always mashed)."""
    setup = spec.setup
    sources: dict[int, CommandSource] = {**seat_sources(ctx, spec.sources), **(own or {})}
    for i, kind in enumerate(spec.sources):
        if kind == CPU:
            sources[i] = BrainSource(CpuBrain(SIDES[i], spec.difficulty[i], setup.seed))
        elif kind == REPLAY and spec.replay is not None:
            sources[i] = ReplaySource(spec.replay.commands, i)
        if i not in sources:
            raise ValueError(f"no command source for side {i + 1} ({kind!r})")
    all_rules: list[Rule] = list(rules)
    if spec.story is not None:
        all_rules += story_rules(spec.story, setup.seed)
    if spec.replay is not None and spec.replay.decisions:
        all_rules.append(RecordedDecisions(spec.replay.decisions))
    cpu_sides = tuple(i for i, kind in enumerate(spec.sources) if kind == CPU)
    if setup.hold_to_rise and spec.mode != "story" and cpu_sides:
        all_rules.append(HoldToRise(cpu_sides))
    return Bout(setup, (sources[0], sources[1]), all_rules, ReplayRecorder(spec.setup_doc()))


class FightScene(Scene):
    def __init__(self, ctx: Context, spec: FightSpec,
                 on_over: Callable[[FightScene], None] | None = None):
        super().__init__(ctx)
        self.on_over = on_over  # the story decides what follows a fight; else the results
        self._spec = spec
        self.bout = make_bout(ctx, spec, self.own_sources(), self.own_rules())
        self.mode = spec.mode
        self.difficulty = spec.difficulty
        setup = spec.setup
        self.frame = 0
        self.over_ticks = 0
        self.venue = VenueRenderer(setup.venue)
        self.fighter_art = FighterRenderer(list(setup.fighters))
        self.hud = Hud()
        self.referee = Referee()
        self.slowmo = 0   # updates of slow motion left after the final KO
        self.freeze = 0   # updates the KO frame is held
        self.effects = Effects(reduced_shake=ctx.reduced_shake)
        self.ring = FightFrame(self.venue, self.referee, self.fighter_art, self.effects, self.hud)
        self.ring.advance(self.view)   # presentation state moves per tick (render.fight_frame)
        self.sound = SoundDirector(ctx.audio, venue=setup.venue, seed=setup.seed)
        self.paused = False
        ctx.fight = self

    # --- what the bout is made of (a mode's own sides and rules) ---------------------------
    def own_sources(self) -> dict[int, CommandSource]:
        """Sources for kinds only this kind of scene knows (training's dummy), by side."""
        return {}

    def own_rules(self) -> tuple[Rule, ...]:
        """Rules this kind of scene adds to the spec's (training's endless clock)."""
        return ()

    @property
    def match(self):
        return self.bout.match

    @property
    def view(self) -> MatchView:
        """The view after the last tick (or decision)."""
        return self.bout.view

    @property
    def recorder(self) -> ReplayRecorder:
        assert self.bout.recorder is not None, "make_bout always records"
        return self.bout.recorder

    @property
    def controls(self) -> tuple[str, str]:
        """Who boxes each side now: the kinds of the bout's two sources."""
        first, second = self.bout.sources
        return first.kind, second.kind

    @property
    def spec(self) -> FightSpec:
        """This fight as it stands, to build again (a rematch, a restart): the spec it was
        made from with the sides as they are now (a pad may have joined)."""
        return dataclasses.replace(self._spec, sources=self.controls)

    def reseat(self, kinds: tuple[str, str]) -> None:
        """People change devices mid-fight (a pad joins, a lost pad gives way to the
        keyboard): their sources are made anew, the CPU and replay sides stay."""
        for i, source in seat_sources(self.ctx, kinds).items():
            self.bout.sources[i] = source

    def enter(self) -> None:
        self.sound.start_crowd()
        self._music("fanfare_intro", loop=False, fade_ms=0)
        seats, pads = self.ctx.seats, self.ctx.pads
        for i in self._sides(PadSource):  # `--p1 gamepad`, a rematch: a pad nobody holds
            seats.want_pad(i)
            for pad in pads.pads.values():
                if seats.pad(i) is None:
                    seats.fill_waiting(pad.instance_id, pad.name)

    def exit(self) -> None:
        self.sound.stop_crowd()

    def _music(self, cue: str, loop: bool, fade_ms: int) -> None:
        self.ctx.audio.play_music(cue, loop=loop, fade_ms=fade_ms)

    def pause(self) -> None:
        from game.scenes.pause import PauseScene

        self.ctx.keyboard.release_all()
        self.ctx.pads.release_all()
        self.ctx.stack.push(PauseScene(self.ctx, self))

    def handle(self, event: pygame.event.Event) -> None:
        if event.type == pygame.KEYDOWN and event.key == pygame.K_ESCAPE:
            self.pause()
            return
        if event.type == pygame.WINDOWFOCUSLOST and not self.match.over:
            self.pause()
            return
        if event.type == PAD_EVENT and event.kind == "press" and event.button == "start":
            self._pad_start(event)
            return
        self.ctx.keyboard.handle(event)

    def _pad_start(self, event: pygame.event.Event) -> None:
        """START: pauses for a pad in this fight; a spare pad takes a keyboard side."""
        seats = self.ctx.seats
        side = seats.side_of(event.instance_id)
        if side is not None and side in self._sides(PadSource):
            self.pause()
            return
        keyboard_sides = self._sides(KeyboardSource)
        side = seats.join(event.instance_id, event.name, keyboard_sides) if keyboard_sides \
            else None
        if side is not None:
            controls = list(self.controls)
            controls[side] = GAMEPAD
            self.reseat((controls[0], controls[1]))

    def lost_pads(self) -> list[int]:
        """Sides boxing with a pad that is not plugged in now."""
        return [i for i in self._sides(PadSource)
                if not self.ctx.pads.connected(self.ctx.seats.pad(i))]

    def _sides(self, kind: type) -> tuple[int, ...]:
        """The sides whose source is of this class (a person on a pad, at the keyboard)."""
        return tuple(i for i, src in enumerate(self.bout.sources) if isinstance(src, kind))

    def update(self) -> None:
        self.run_tick()

    def run_tick(self) -> MatchView | None:
        """One update: the bout's next tick and its picture and sound, unless a lost pad or
        the KO's pacing holds it; returns the view after the tick, or None when none ran."""
        if not self.match.over and self.lost_pads():
            from game.scenes.pause import ReconnectScene

            self.ctx.stack.push(ReconnectScene(self.ctx, self))
            return None  # no tick runs without the player's pad
        if self._paced():
            return None
        view = self.bout.advance()   # the one place per tick the new view is at hand
        self.frame += 1
        self.ring.advance(view)
        self.sound.on_events(view.events)
        self.sound.on_view(view)
        if any(ev.kind == "fight_over" for ev in view.events):
            self._music("victory", loop=False, fade_ms=300)
        if any(ev.kind in ("ko", "tko") for ev in view.events):
            self.freeze, self.slowmo = KO_FREEZE, SLOWMO_TICKS
        if self.match.over:
            self._count_over()
        return view

    def _count_over(self) -> None:
        self.over_ticks += 1
        if self.over_ticks == RESULTS_AFTER and self.on_over is not None:
            self.on_over(self)
        elif self.over_ticks == RESULTS_AFTER and not self.ctx.opts.until_result:
            from game.scenes.results import ResultsScene

            self.ctx.stack.replace(ResultsScene(self.ctx, self))

    def _paced(self) -> bool:
        """True when this update only holds the picture (KO freeze, slow motion)."""
        if self.freeze > 0:
            self.freeze -= 1
            self.frame += 1
            return True
        if self.slowmo > 0:
            self.slowmo -= 1
            if self.slowmo % SLOWMO_EVERY:
                self.frame += 1
                self.effects.update()
                return True
        return False

    def draw(self, surface: pygame.Surface) -> None:
        self.draw_ring(surface)

    def draw_ring(self, surface: pygame.Surface,
                  draw_men: Callable[[pygame.Surface], None] | None = None) -> None:
        """The fight frame (game.render.fight_frame); a staged scene may place the men."""
        self.ring.draw(surface, self.view, self.frame, draw_men=draw_men)
