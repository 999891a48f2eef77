"""Reading a man's rhythm: the CPU notices a punch thrown again and again and times it.

Why a rhythm and not the punch itself: the brain sees the other man 12-30 ticks late, later
than a jab takes to land, so it can never answer one jab on sight, and neither can a person.
What a person does against a man who jabs every half second is notice the habit and be ready
for the next one: slip it, block it, step outside it or beat him to the punch. The reader
keeps the ticks at which the other man started his punches (as the brain saw them, late) and,
once the same punch has come at a steady beat a few times, says when the next one is due. A
better boxer needs fewer repeats to see the beat and forgives a less steady one; random
punches, or the same punch at no steady beat, give no read.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

MAX_PERIOD = 150        # a punch less often than every 2.5 s is not a rhythm
SEEN = 8                # punch starts remembered


@dataclass(frozen=True, slots=True)
class Read:
    move: str           # the punch he keeps throwing
    period: int         # ticks between two of them
    due: int            # the match tick the next one should start


class Reader:
    """The other man's punch starts, and the habit in them (if any).

    Once seen, a habit (a punch and its beat) is kept while he goes on throwing that punch,
    even when a counter breaks the beat: the next start he is seen to make sets the clock
    again. Two other punches in a row, or a long pause, and the habit is forgotten.
    """

    def __init__(self, repeats: int, slack: int) -> None:
        self.repeats = max(2, repeats)   # same punch this many times in a row, steadily
        self.slack = slack               # ticks the beat may wander
        self.starts: deque[tuple[int, str]] = deque(maxlen=SEEN)
        self.habit: tuple[str, int] | None = None
        self.habit_last = 0              # when he last threw the habit's punch

    def saw(self, tick: int, move: str) -> None:
        """He started `move` at match tick `tick` (the brain learns it late)."""
        self.starts.append((tick, move))
        if self.habit is not None:
            if move == self.habit[0]:
                self.habit_last = tick
            elif len(self.starts) >= 2 and self.starts[-2][1] != self.habit[0]:
                self.habit = None
        beat = self._beat()
        if beat is not None:
            self.habit = (move, beat)
            self.habit_last = tick

    def _beat(self) -> int | None:
        """The steady gap between his last `repeats` punches, when they are all one punch."""
        if len(self.starts) < self.repeats:
            return None
        recent = list(self.starts)[-self.repeats:]
        move = recent[-1][1]
        if any(m != move for _, m in recent):
            return None
        gaps = [b[0] - a[0] for a, b in zip(recent, recent[1:], strict=False)]
        if max(gaps) - min(gaps) > self.slack or not 0 < max(gaps) <= MAX_PERIOD:
            return None
        return sorted(gaps)[len(gaps) // 2]

    def read(self, now: int) -> Read | None:
        """When the next punch of his habit is due (never before `now` - 2), or None."""
        if self.habit is None:
            return None
        move, period = self.habit
        if now - self.habit_last > 3 * period + 30:
            self.habit = None    # he has stopped: the habit is broken
            return None
        missed = max(0, (now - 2 - self.habit_last) // period)
        return Read(move, period, self.habit_last + period * (missed + 1))
