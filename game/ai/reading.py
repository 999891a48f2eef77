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

MAX_REST = 120          # waiting longer than 2 s between punches is not a habit
FORGET = 180            # a due punch this long overdue: he has stopped
SEEN = 8                # punch starts remembered


@dataclass(frozen=True, slots=True)
class Read:
    move: str           # the punch he keeps throwing
    rest: int           # ticks he waits, once free, before throwing it again
    due: int            # the match tick the next one should start
    spread: int         # how much his rest has wandered (ticks): the read's uncertainty


class Reader:
    """The other man's punch starts and the rests before them, and the habit in them.

    The beat that matters is not start to start (a punch that is blocked, missed or
    countered takes longer) but how long he waits once he is free again: a jab spammer not
    at all, a man who ducks and comes up with the uppercut the time of his duck. Once seen, a
    habit (a punch and its rest) is kept while he goes on throwing that punch, even when a
    counter breaks the beat; two other punches in a row, or a long pause, and it is forgotten.
    """

    def __init__(self, repeats: int, slack: int) -> None:
        self.repeats = max(2, repeats)   # same punch this many times, after steady rests
        self.slack = slack               # ticks the rest may wander
        self.starts: deque[tuple[int, str]] = deque(maxlen=SEEN)
        self.rests: deque[tuple[int, str]] = deque(maxlen=SEEN)
        self.free_at = -1                # when he was last seen to be free again
        self.habit: tuple[str, int, int] | None = None   # move, rest, spread
        self.extra = 0                   # ticks longer his last punch kept him (seen)
        self._last: Read | None = None   # the last read given, and the habit it came from
        self._last_habit: tuple[str, int, int] | None = None

    def saw_free(self, tick: int) -> None:
        """His punch (or his stun) was over at `tick` (the brain learns it late)."""
        self.free_at = tick

    def saw_open(self, extra: int) -> None:
        """His last punch was blocked or missed: it keeps him `extra` ticks longer."""
        self.extra = extra

    def saw(self, tick: int, move: str) -> None:
        """He started `move` at match tick `tick` (the brain learns it late)."""
        if self.starts and self.free_at > self.starts[-1][0]:
            self.rests.append((tick - self.free_at, move))
        else:
            self.rests.append((-1, move))    # never seen free: no rest to measure
        self.starts.append((tick, move))
        self.extra = 0
        if self.habit is not None and move != self.habit[0] \
                and len(self.starts) >= 2 and self.starts[-2][1] != self.habit[0]:
            self.habit = None
        rest = self._rest()
        if rest is not None:
            self.habit = (move, *rest)

    def _rest(self) -> tuple[int, int] | None:
        """The usual rest before his last `repeats` punches and how much it wandered, when
        they are all one punch; a rest that wanders more than the slack is no habit."""
        if len(self.rests) < self.repeats:
            return None
        recent = list(self.rests)[-self.repeats:]
        move = recent[-1][1]
        rests = sorted(r for r, m in recent if m == move and 0 <= r <= MAX_REST)
        if any(m != move for _, m in recent) or len(rests) < self.repeats - 1:
            return None
        spread = rests[-1] - rests[0]
        if spread > self.slack:
            return None
        return rests[len(rests) // 2], spread

    def read(self, now: int, total: int) -> Read | None:
        """When the next punch of his habit is due, or None. `total`: the ticks the habit's
        punch takes from start to free (the move's own, as the brain knows it)."""
        if self.habit is None or not self.starts:
            return None
        habit = self.habit
        move, rest, spread = habit
        last = self.starts[-1][0]
        if self.free_at > last:
            due = self.free_at + rest
        else:
            due = last + total + self.extra + rest
        if now - due > FORGET:
            self.habit = None    # he has stopped: the habit is broken
            return None
        # Why the same object again: a read is asked for every tick while a habit stands but
        # changes only when a punch or a free moment is seen, and building a frozen Read costs
        # more than the rest of this. The very habit tuple and due tick give equal fields.
        given = self._last
        if given is not None and habit is self._last_habit and given.due == due:
            return given
        self._last_habit = habit
        self._last = given = Read(move, rest, due, spread)
        return given
