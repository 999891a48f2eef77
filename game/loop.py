"""The fixed-timestep stepper and the frame pacer: whole 1/60 s ticks, however fast or slow
frames come, and frames presented no faster than the display shows them.

Why an injectable time function: the loop's behaviour (catch-up cap, leftover fraction, how
long to sleep) is tested without sleeping, and the simulation never sees real time at all.
Why a pacer that sleeps: a loop that spins presenting identical frames burns a whole core
(fan noise, battery); the game only has something new to show after a tick, 60 times a
second, so between ticks the process sleeps.
"""

from __future__ import annotations

import time
from collections.abc import Callable

TICK_S = 1.0 / 60.0
FALLBACK_HZ = 60          # a display that does not say its refresh rate (Xvfb, VNC)
SLACK = 0.9               # of a refresh interval: timer jitter never costs a tick its frame


class FixedStepper:
    def __init__(self, now: Callable[[], float] = time.perf_counter, max_steps: int = 5) -> None:
        self.now = now
        self.max_steps = max_steps
        self.last = now()
        self.acc = 0.0

    def due(self) -> int:
        """How many ticks to simulate before drawing this frame (capped: no spiral of death)."""
        t = self.now()
        self.acc += max(0.0, t - self.last)
        self.last = t
        steps = int(self.acc / TICK_S + 1e-6)  # waking exactly on time counts as on time
        if steps > self.max_steps:
            steps = self.max_steps
            self.acc = 0.0  # drop the backlog rather than run ever further behind
        else:
            self.acc = max(0.0, self.acc - steps * TICK_S)
        return steps

    @property
    def fraction(self) -> float:
        """How far into the next tick this frame is (0..1), for smoothing."""
        return min(1.0, self.acc / TICK_S)

    def until_next(self) -> float:
        """Seconds from now until the next tick is due (0 when one already is)."""
        pending = self.acc + max(0.0, self.now() - self.last)
        return max(0.0, TICK_S - pending)


class FramePacer:
    """Presents no faster than the display refreshes, and sleeps until there is work.

    `refresh_hz` is the display's rate (0 or None when it does not say: then 60, the tick
    rate). With vsync the flip itself waits for the display; without it this is what keeps a
    frame from being shown twice in one refresh."""

    def __init__(self, refresh_hz: float | None, now: Callable[[], float] = time.perf_counter,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        hz = refresh_hz if refresh_hz and refresh_hz > 0 else FALLBACK_HZ
        self.min_interval = 1.0 / hz
        self.now = now
        self.sleep = sleep
        self.last_present: float | None = None

    def may_present(self) -> bool:
        """Whether a refresh has passed since the last frame was started (a little slack: a
        tick that comes on time must not miss its refresh for a fraction of a millisecond)."""
        return self._until_present() <= 0.0

    def _until_present(self) -> float:
        if self.last_present is None:
            return 0.0
        return self.last_present + self.min_interval * SLACK - self.now()

    def presenting(self) -> None:
        """A frame is being drawn now: the next may start one refresh later.

        Why the start and not the end: the time spent drawing belongs to this refresh; counted
        from the end, a frame that took 2 ms would push every other tick's frame out."""
        self.last_present = self.now()

    def wait(self, until_tick: float, pending: bool = False) -> None:
        """Sleep until the next tick is due, or until a held-back frame may be shown (never a
        busy wait; events are read after)."""
        pause = min(until_tick, max(0.0, self._until_present())) if pending else until_tick
        if pause > 0:
            self.sleep(pause)
