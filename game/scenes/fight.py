"""The fight screen: runs the match one tick per update and draws it.

Why the scene owns the controllers: who boxes for each side (keyboard, gamepad, CPU, replay)
is chosen here, and every one of them hands the match the same kind of command. Which pad a
gamepad side uses comes from `ctx.seats`; when that pad is unplugged, or the window loses
focus, the fight pauses before its next tick.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pygame

from game.ai.brain import CpuBrain
from game.audio import SoundDirector
from game.cli import DIFFICULTIES
from game.input.gamepad import PAD_EVENT
from game.input.seats import GAMEPAD, KEYBOARD
from game.render.effects import Effects
from game.render.fight_frame import FightFrame
from game.render.fighters import FighterRenderer
from game.render.hud import Hud
from game.render.referee import Referee
from game.render.venue import VenueRenderer
from game.replay import ReplayError, ReplayRecorder, load_replay
from game.scenes.base import Scene
from game.sim.bonuses import full_bonuses
from game.sim.match import Match, MatchSetup

if TYPE_CHECKING:
    from game.app import Context
    from game.cli import Options

RESULTS_AFTER = 240  # ticks of the finished fight on screen before the results
# the final knockout in slow motion: a freeze on the KO frame, then the match steps only every
# SLOWMO_EVERY-th update for SLOWMO_TICKS updates (presentation pacing; the match itself and
# its commands, indexed by match tick, are untouched)
KO_FREEZE = 20
SLOWMO_TICKS = 90
SLOWMO_EVERY = 3


def fight_from_options(opts: Options) -> tuple:
    """(setup, controls, mode, difficulty, replay commands) from the command line."""
    if opts.replay is not None:
        setup_doc, cmds = load_replay(opts.replay)
        try:
            setup = setup_from_doc(setup_doc)
            setup.check()
            difficulty = tuple(setup_doc["difficulty"])
            if len(difficulty) != 2 or not all(d in DIFFICULTIES for d in difficulty):
                raise ValueError(f"difficulty: expected two of {DIFFICULTIES}")
        except (ValueError, TypeError, KeyError) as exc:
            raise ReplayError(f"{opts.replay}: setup: {exc}") from exc
        return setup, ("replay", "replay"), setup_doc["mode"], difficulty, cmds
    mode = opts.mode or "exhibition"
    default = ("keyboard", "keyboard") if mode == "versus" else ("keyboard", "cpu")
    controls = (opts.p1 or default[0], opts.p2 or default[1])
    setup = MatchSetup(fighters=opts.fighters, venue=opts.venue or "las_vegas",
                       rounds=opts.rounds, round_seconds=opts.round_seconds, seed=opts.seed,
                       bonuses=bonuses_for(opts.fighters, opts.bonuses))
    return setup, controls, mode, opts.difficulty, None


def bonuses_for(fighters: tuple[str, str], mode: str) -> tuple:
    """`--bonuses full` gives each training fighter his whole bonus; `none` nothing."""
    if mode == "full":
        return (full_bonuses(fighters[0]), full_bonuses(fighters[1]))
    return ((), ())


def setup_from_doc(doc: dict) -> MatchSetup:
    rules = doc.get("rules") or {}
    fighters = tuple(doc["fighters"])
    return MatchSetup(fighters=fighters, venue=doc["venue"],
                      bonuses=bonuses_for(fighters, doc.get("bonuses") or "none"),
                      rounds=int(doc["rounds"]), round_seconds=float(doc["round_seconds"]),
                      seed=int(doc["seed"]),
                      three_knockdown_tko=bool(rules.get("three_knockdown_tko", True)),
                      hold_to_rise=bool(rules.get("hold_to_rise", False)))


def setup_to_doc(setup: MatchSetup, mode: str, difficulty: tuple[str, str]) -> dict:
    return {
        "mode": mode, "fighters": list(setup.fighters), "venue": setup.venue,
        "rounds": setup.rounds, "round_seconds": setup.round_seconds,
        "rules": {"three_knockdown_tko": setup.three_knockdown_tko,
                  "hold_to_rise": setup.hold_to_rise},
        "difficulty": list(difficulty),
        "bonuses": "full" if any(setup.bonuses) else "none", "seed": setup.seed, "level": None,
    }


class FightScene(Scene):
    def __init__(self, ctx: Context, setup: MatchSetup, controls: tuple[str, str], mode: str,
                 difficulty: tuple[str, str], replay: list[tuple[int, int]] | None = None,
                 on_over: Callable[[FightScene], None] | None = None):
        super().__init__(ctx)
        self.on_over = on_over  # the story decides what follows a fight; else the results
        self.match = Match(setup)
        self.mode = mode
        self.controls = controls
        self.difficulty = difficulty
        self.replay = replay
        self.brains = [CpuBrain(side, difficulty[i], setup.seed) if controls[i] == "cpu"
                       else None for i, side in enumerate(("p1", "p2"))]
        self.recorder = ReplayRecorder(setup_to_doc(setup, mode, difficulty))
        self.view = self.match.view()
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

    def enter(self) -> None:
        self.sound.start_crowd()
        self._music("fanfare_intro", loop=False, fade_ms=0)
        seats, pads = self.ctx.seats, self.ctx.pads
        for i, control in enumerate(self.controls):
            if control == GAMEPAD:  # `--p1 gamepad`, a rematch: a pad nobody holds
                seats.want_pad(i)
                for pad in pads.pads.values():
                    if seats.pad(i) is None:
                        seats.fill_waiting(pad.instance_id, pad.name)

    def exit(self) -> None:
        self.sound.stop_crowd()

    def _music(self, cue: str, loop: bool, fade_ms: int) -> None:
        play = getattr(self.ctx.audio, "play_music", None)
        if play is not None:
            play(cue, loop=loop, fade_ms=fade_ms)

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
        if side is not None and self.controls[side] == GAMEPAD:
            self.pause()
            return
        keyboard_sides = tuple(i for i, c in enumerate(self.controls) if c == KEYBOARD)
        side = seats.join(event.instance_id, event.name, keyboard_sides) if keyboard_sides \
            else None
        if side is not None:
            controls = list(self.controls)
            controls[side] = GAMEPAD
            self.controls = (controls[0], controls[1])

    def lost_pads(self) -> list[int]:
        """Sides boxing with a pad that is not plugged in now."""
        return [i for i, c in enumerate(self.controls)
                if c == GAMEPAD and not self.ctx.pads.connected(self.ctx.seats.pad(i))]

    def _command(self, i: int, view) -> int:
        control = self.controls[i]
        if control == "cpu":
            return self.brains[i].command(view)  # type: ignore[union-attr]
        if control == "replay":
            t = self.match.tick
            cmds = self.replay or []
            return cmds[t][i] if t < len(cmds) else 0
        facing = view.fighters[i].facing
        if control == GAMEPAD:
            pad = self.ctx.seats.pad(i)
            if pad is None:
                return 0
            return self.ctx.pads.command(pad, facing, self.ctx.settings.pads[i])
        kb = self.ctx.keyboard
        if self.controls.count("keyboard") == 1:  # one human may use either half
            return kb.command(0, facing) | kb.command(1, facing)
        return kb.command(i, facing)

    def update(self) -> None:
        if not self.match.over and self.lost_pads():
            from game.scenes.pause import ReconnectScene

            self.ctx.stack.push(ReconnectScene(self.ctx, self))
            return  # no tick runs without the player's pad
        if self._paced():
            return
        view = self.view
        c1, c2 = self._command(0, view), self._command(1, view)
        self.recorder.add(c1, c2)
        self.match.step(c1, c2)
        self.view = self.match.view()
        self.frame += 1
        self.ring.advance(self.view)
        self.sound.on_events(self.view.events)
        self.sound.on_view(self.view)
        if any(ev.kind == "fight_over" for ev in self.view.events):
            self._music("victory", loop=False, fade_ms=300)
        if any(ev.kind in ("ko", "tko") for ev in self.view.events):
            self.freeze, self.slowmo = KO_FREEZE, SLOWMO_TICKS
        if self.match.over:
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
