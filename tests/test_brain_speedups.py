"""The brain's shortcuts only skip work: a fight goes exactly as it would without them.

Why these tests: the CPU brain keeps things from tick to tick that it used to work out every
tick (its mood while the moment's inputs stand, and what the mood decides; the read of the
other man's habit while it holds, and whether he has one read or an answer under way),
drops its mood when its confidence is set, asks `_punish` only about a man it can act on,
and bends its moods by copying a style's slots rather than through `dataclasses.replace`.
A shortcut that drifted would change how the CPU boxes (a different punch, a guard a tick
late) without any rule having changed; the player would notice, and every recorded replay
would break.
"""

from __future__ import annotations

import copy
import dataclasses
from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as hs

from game.ai.brain import CpuBrain
from game.ai.styles import STYLES, Style, _scale
from game.bout import Bout, BrainSource
from game.sim.match import MatchSetup
from game.sim.states import State
from game.sim.view import FighterView, MatchView


class _Forgetful(CpuBrain):
    """A brain that works everything out again each tick: no mood held over, nor what the mood
    decides (where his retreats stop, whether he boxes outside...), no read kept."""

    def command(self, view):  # type: ignore[no-untyped-def]
        self._mood_inputs = ()     # the held mood's check never passes
        self._mood = None          # and the mood is built again, not kept for an equal key
        self.reader._last = None   # the last read is never given again
        return super().command(view)

    def _restyle(self, view, me, opp, inputs):  # type: ignore[no-untyped-def]
        st = super()._restyle(view, me, opp, inputs)
        self._fit_style(st)        # what the style decides, worked out whatever the brain holds
        return st


def _commands(brain_cls: type[CpuBrain], fighters: tuple[str, str], difficulty: str,
              seed: int, shaken_every: int = 0) -> list[tuple[int, int]]:
    """The commands of a whole fight; `shaken_every` > 0: both men's confidence is set anew
    that often, in the middle of rounds too, as the story does when a cut shakes Drago."""
    setup = MatchSetup(fighters=fighters, seed=seed, rounds=2, round_seconds=20.0)
    brains = [brain_cls(side, difficulty, seed) for side in ("p1", "p2")]
    bout = Bout(setup, [BrainSource(b) for b in brains])
    out = []
    while not bout.match.over:
        view = bout.view
        if shaken_every and view.tick % shaken_every == 0:
            for b in brains:
                b.confidence = (0.1, 1.0, 0.5)[view.tick // shaken_every % 3]
        out.append((brains[0].command(view), brains[1].command(view)))
        bout.match.step(*out[-1])
        bout.view = bout.match.view()
    return out


@pytest.mark.parametrize(("fighters", "difficulty", "seed"), [
    (("apollo", "drago"), "champion", 3),
    (("rocky", "apollo"), "hard", 8),
    (("drago", "rocky"), "easy", 5),
])
def test_held_mood_and_read_give_the_same_fight(fighters: tuple[str, str], difficulty: str,
                                                seed: int) -> None:
    held = _commands(CpuBrain, fighters, difficulty, seed)
    worked_out = _commands(_Forgetful, fighters, difficulty, seed)
    assert len(held) == len(worked_out)
    first = next((i for i, (a, b) in enumerate(zip(held, worked_out, strict=True)) if a != b), None)
    assert first is None, f"the commands part at tick {first}"
    assert any(c for pair in held for c in pair)   # they boxed: something was pressed


def test_confidence_set_mid_round_is_boxed_with_at_once() -> None:
    """The held mood leaves confidence out of its check: setting it must drop the mood, so a
    shaken Drago boxes shaken from the next tick, as a brain that holds nothing would."""
    held = _commands(CpuBrain, ("drago", "rocky"), "hard", 4, shaken_every=37)
    worked_out = _commands(_Forgetful, ("drago", "rocky"), "hard", 4, shaken_every=37)
    first = next((i for i, (a, b) in enumerate(zip(held, worked_out, strict=True)) if a != b), None)
    assert first is None, f"the commands part at tick {first}"
    assert held != _commands(CpuBrain, ("drago", "rocky"), "hard", 4)   # it was felt


_STATES = [v for k, v in vars(State).items() if k.isupper()]


class _Truthful(CpuBrain):
    """A brain that checks, on every free tick, that its held `watching` is the truth."""

    __slots__ = ("watched_ticks",)

    def _decide(self, view, me, opp, him, state):  # type: ignore[no-untyped-def]
        truth = self.reader.habit is not None or self.answers.current is not None
        assert self.watching == truth, f"watching held wrong at tick {view.tick}"
        assert truth or self.read_now is None, f"a read kept with no habit at tick {view.tick}"
        self.watched_ticks = getattr(self, "watched_ticks", 0) + truth
        return super()._decide(view, me, opp, him, state)


@pytest.mark.parametrize(("fighters", "difficulty"), [(("apollo", "drago"), "champion"),
                                                      (("rocky", "apollo"), "hard")])
def test_watching_is_held_true(fighters: tuple[str, str], difficulty: str) -> None:
    """`_decide` asks `_answer` only while the held `watching` says a habit is read or an
    answer is under way (and no read is held while it is False): held wrong, he would miss an
    answer (or keep reading a habit he has seen broken). Every free tick of a fight checks it,
    and habits were read in it."""
    setup = MatchSetup(fighters=fighters, seed=1, rounds=2, round_seconds=30.0)
    brains = [_Truthful(side, difficulty, 1) for side in ("p1", "p2")]
    bout = Bout(setup, [BrainSource(b) for b in brains])
    while not bout.match.over:
        bout.advance()
    assert sum(getattr(b, "watched_ticks", 0) for b in brains) > 50


class _Asked(Exception):
    """`_decide` asked `_punish`."""


class _Watched(CpuBrain):
    """A brain whose `_punish` only says it was asked (and stops the tick there)."""

    __slots__ = ()

    def _punish(self, me, opp, dist, st):  # type: ignore[no-untyped-def]
        raise _Asked


def _asks_punish(brain: CpuBrain, view: MatchView, opp: FighterView) -> bool:
    """Whether a free tick of (a copy of) `brain` asks `_punish` about `opp` as seen: nothing
    before the question (a combination, a read habit, an answer) is left to end the tick."""
    watched = copy.deepcopy(brain)
    watched.__class__ = _Watched
    watched.queue.clear()
    watched.reader.habit = None
    watched.answers.current = None
    watched.watching = False
    me, now = view.fighters
    try:
        watched._decide(view, me, opp, now, "idle")
    except _Asked:
        return True
    return False


@pytest.mark.parametrize("state", _STATES)
def test_a_man_punish_is_not_asked_about_is_not_punished(state: str) -> None:
    """`_decide` asks `_punish` only when it can act (a cover-up or a crouch held past
    `shell_read_ticks`, a punch in recovery not yet punished, or any man seen rolling off the
    ropes): about any other man `_punish` must have nothing to say and draw nothing, or the
    gate would skip a punishment (a new branch in `_punish` needs the gate told). Every state
    and phase of a punch, fresh and long-held (either side of the shell read), punished or
    not, close and far."""
    brain, view = _fighting_brain()
    me, opp = view.fighters
    brain.rolls_seen, brain.read_now = 0, None   # nothing else stops `_punish` early
    read = brain.t.shell_read_ticks
    skipped = 0
    for phase in ("", "startup", "active", "recovery"):
        for state_tick in (0, read, read + 1, 30, 120):
            for thrown in (brain.punished, brain.punished + 1):
                him = dataclasses.replace(opp, state=state, move_phase=phase,
                                          state_tick=state_tick, move="hook" if phase else "",
                                          punches_thrown=thrown)
                brain.rolls_seen = 1
                assert _asks_punish(brain, view, him), "a man seen rolling is always asked about"
                brain.rolls_seen = 0
                if _asks_punish(brain, view, him):
                    continue
                skipped += 1
                for dist in (0.3, 0.8, 1.5):
                    before = (brain.rng.getstate(), brain.plan, brain.plan_ticks, brain.punished)
                    assert brain._punish(me, him, dist, STYLES["rocky"]) == 0
                    after = (brain.rng.getstate(), brain.plan, brain.plan_ticks, brain.punished)
                    assert after == before, (phase, state_tick, thrown, dist)
    assert skipped   # the gate skipped something for every state (a fresh guard at least)


@cache
def _fighting_brain() -> tuple[CpuBrain, MatchView]:
    """A brain some way into a fight (his reach, style and reads set), and the view he saw
    (one for every example: the test asserts `_punish` leaves him as he was)."""
    brains = [CpuBrain(side, "champion", 2) for side in ("p1", "p2")]
    bout = Bout(MatchSetup(fighters=("rocky", "drago"), seed=2), [BrainSource(b) for b in brains])
    for _ in range(400):
        bout.advance()
    return brains[0], bout.view


_HABITS = [f.name for f in dataclasses.fields(Style) if f.name != "flurry_len"]


@settings(max_examples=60, deadline=None)
@given(fid=hs.sampled_from(sorted(STYLES)),
       mults=hs.dictionaries(hs.sampled_from(_HABITS),
                             hs.floats(min_value=0.0, max_value=4.0), max_size=8))
def test_a_bent_style_is_what_replace_gives(fid: str, mults: dict[str, float]) -> None:
    base = STYLES[fid]
    bent = _scale(base, **mults)
    expected = dataclasses.replace(base, **{k: getattr(base, k) * v for k, v in mults.items()})
    assert bent == expected
    assert repr(bent) == repr(expected) and hash(bent) == hash(expected)
    assert _scale(base) == base and _scale(base) is not base
