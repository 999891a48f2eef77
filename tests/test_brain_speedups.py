"""The brain's shortcuts only skip work: a fight goes exactly as it would without them.

Why these tests: the CPU brain keeps things from tick to tick that it used to work out every
tick (its mood while the moment's inputs stand, the read of the other man's habit while it
holds) and bends its moods by copying a style's slots rather than through
`dataclasses.replace`. A shortcut that drifted would change how the CPU boxes (a different
punch, a guard a tick late) without any rule having changed; the player would notice, and
every recorded replay would break.
"""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as hs

from game.ai.brain import CpuBrain
from game.ai.styles import STYLES, Style, _scale
from game.bout import Bout, BrainSource
from game.sim.match import MatchSetup


class _Forgetful(CpuBrain):
    """A brain that works everything out again each tick: no mood held over, no read kept."""

    def command(self, view):  # type: ignore[no-untyped-def]
        self._mood_inputs = ()     # the held mood's check never passes
        self.reader._last = None   # the last read is never given again
        return super().command(view)


def _commands(brain_cls: type[CpuBrain], fighters: tuple[str, str], difficulty: str,
              seed: int) -> list[tuple[int, int]]:
    setup = MatchSetup(fighters=fighters, seed=seed, rounds=2, round_seconds=20.0)
    brains = [brain_cls(side, difficulty, seed) for side in ("p1", "p2")]
    bout = Bout(setup, [BrainSource(b) for b in brains])
    out = []
    while not bout.match.over:
        view = bout.view
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
