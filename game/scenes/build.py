"""One way to make a fight screen: `build(ctx, spec)`.

Why one function: the command line, the select screen, a rematch, a restart, a replay, the
attract demo, training and the story all describe their fight as a frozen `FightSpec`
(game/bout/spec.py) and hand it here, so a fight is put together the same way wherever it
starts, and rebuilding a running fight's `spec` gives the same fight again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from game.bout import FightSpec
from game.bout.spec import DEFAULT_VENUE, bonuses_for
from game.input.seats import KEYBOARD
from game.sim.match import MatchSetup

if TYPE_CHECKING:
    from game.cli import Options
    from game.context import Context
    from game.scenes.fight import FightScene

DEFAULT_ROUNDS = 3            # a command-line fight that does not say
DEFAULT_ROUND_SECONDS = 60.0
DEFAULT_DIFFICULTY = ("normal", "normal")


def build(ctx: Context, spec: FightSpec,
          on_over: Callable[[FightScene], None] | None = None) -> FightScene:
    """The fight screen for `spec`: the training gym, the attract demo, or a plain fight
    (a replay, whatever mode it recorded, is a plain fight whose sides are replay sources)."""
    live = spec.replay is None
    if live and spec.mode == "training":
        from game.scenes.training import TrainingScene

        return TrainingScene(ctx, spec, on_over=on_over)
    if live and spec.mode == "attract":
        from game.scenes.attract import AttractScene

        return AttractScene(ctx, spec, on_over=on_over)
    from game.scenes.fight import FightScene

    return FightScene(ctx, spec, on_over=on_over)


def spec_from_options(opts: Options) -> FightSpec | None:
    """The fight the command line asks for (`--replay`, `--mode versus|exhibition|training`),
    or None when it asks for none (the title, the story). Options not given take the
    defaults here, never saved settings: a command-line fight is the same on every machine."""
    if opts.replay is not None:
        from game.scenes.replays import open_replay

        return open_replay(opts.replay, opts.levels)
    venue = opts.venue or DEFAULT_VENUE
    if opts.mode == "training":
        return training_spec(opts.fighters, venue, opts.seed)
    if opts.mode not in ("versus", "exhibition"):
        return None
    default = (KEYBOARD, KEYBOARD) if opts.mode == "versus" else (KEYBOARD, "cpu")
    rounds = DEFAULT_ROUNDS if opts.rounds is None else opts.rounds
    seconds = DEFAULT_ROUND_SECONDS if opts.round_seconds is None else opts.round_seconds
    setup = MatchSetup(fighters=opts.fighters, venue=venue, rounds=rounds,
                       round_seconds=seconds, seed=opts.seed,
                       bonuses=bonuses_for(opts.fighters, opts.bonuses))
    return FightSpec(setup, opts.mode, opts.difficulty or DEFAULT_DIFFICULTY,
                     (opts.p1 or default[0], opts.p2 or default[1]))


def training_spec(fighters: tuple[str, str], venue: str, seed: int) -> FightSpec:
    """The gym: one endless round against the dummy (game/scenes/training.py)."""
    setup = MatchSetup(fighters=fighters, venue=venue, rounds=1, round_seconds=600.0, seed=seed)
    return FightSpec(setup, "training", DEFAULT_DIFFICULTY, (KEYBOARD, "dummy"))
