"""Who boxes for a side: one protocol for a person at the keyboard or on a pad, a CPU brain,
a recorded replay, or anything else that can say what is held this tick.

Why one protocol: the bout asks each side the same question (the command for this tick, given
the view after the last one) and never who is answering, so a side can change hands in the
middle of a fight (a pad joins, a pad is unplugged, the highlight reel boxes for the player)
without the fight knowing. `kind` names the source for a `FightSpec` and the menus, never for
deciding what a tick does.

Why `live`: a live source's choice passes the rules' filters (Drago's restraint, a CPU holding
a punch to rise); a recorded command was filtered when it was recorded and is replayed as it
is, so the filters (and their random draws) do not run twice.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from game.input.seats import GAMEPAD, KEYBOARD

if TYPE_CHECKING:
    from collections.abc import Sequence

    from game.sim.view import MatchView

CPU = "cpu"
REPLAY = "replay"


class CommandSource(Protocol):
    kind: str     # keyboard | gamepad | cpu | replay | dummy ... (see FightSpec.sources)
    live: bool    # False: recorded commands, already filtered; the rules' filters skip them

    def command(self, view: MatchView) -> int:
        """The actions held for the next tick, as the sim's command bits."""
        ...


class BrainSource:
    """A CPU brain boxing a side (game.ai.brain.CpuBrain or anything with `command(view)`)."""

    kind = CPU
    live = True

    def __init__(self, brain: Any) -> None:
        self.brain = brain
        # the brain's own bound method, not a wrapper: the benchmark times this per tick
        self.command = brain.command


class ReplaySource:
    """One side of a replay: the command recorded for the match's tick, then nothing."""

    kind = REPLAY
    live = False

    def __init__(self, commands: Sequence[tuple[int, int]], side: int) -> None:
        self.commands, self.side = commands, side

    def command(self, view: MatchView) -> int:
        t = view.tick
        return self.commands[t][self.side] if t < len(self.commands) else 0


class HeldSource:
    """The same command every tick (nothing held by default): a stand-in, a test's dummy."""

    live = True

    def __init__(self, cmd: int = 0, kind: str = "held") -> None:
        self.cmd, self.kind = cmd, kind

    def command(self, view: MatchView) -> int:
        return self.cmd


class KeyboardSource:
    """A person at the keyboard: his half of it, or both halves when he is its only player."""

    kind = KEYBOARD
    live = True

    def __init__(self, ctx: Any, side: int, halves: tuple[int, ...]) -> None:
        self.keyboard, self.side, self.halves = ctx.keyboard, side, halves

    def command(self, view: MatchView) -> int:
        facing = view.fighters[self.side].facing
        cmd = 0
        for half in self.halves:
            cmd |= self.keyboard.command(half, facing)
        return cmd


class PadSource:
    """A person on the pad `ctx.seats` gives his side (nothing while that seat waits)."""

    kind = GAMEPAD
    live = True

    def __init__(self, ctx: Any, side: int) -> None:
        self.ctx, self.side = ctx, side

    def command(self, view: MatchView) -> int:
        ctx = self.ctx
        pad = ctx.seats.pad(self.side)
        if pad is None:
            return 0
        return ctx.pads.command(pad, view.fighters[self.side].facing, ctx.settings.pads[self.side])


def seat_sources(ctx: Any, kinds: tuple[str, str]) -> dict[int, CommandSource]:
    """The people's sources for these kinds, by side: a pad side reads its seat's pad; a lone
    keyboard player may use either half of the keyboard, two share it half and half."""
    keyboards = [i for i, k in enumerate(kinds) if k == KEYBOARD]
    out: dict[int, CommandSource] = {}
    for i, kind in enumerate(kinds):
        if kind == GAMEPAD:
            out[i] = PadSource(ctx, i)
        elif kind == KEYBOARD:
            out[i] = KeyboardSource(ctx, i, (0, 1) if len(keyboards) == 1 else (i,))
    return out
