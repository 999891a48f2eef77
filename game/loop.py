"""The fixed-timestep stepper: whole 1/60 s ticks, however fast or slow frames come.

Why an injectable time function: the loop's behaviour (catch-up cap, leftover fraction) is
tested without sleeping, and the simulation never sees real time at all.
"""

from __future__ import annotations

import time
from collections.abc import Callable

TICK_S = 1.0 / 60.0


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
        steps = int(self.acc / TICK_S)
        if steps > self.max_steps:
            steps = self.max_steps
            self.acc = 0.0  # drop the backlog rather than run ever further behind
        else:
            self.acc -= steps * TICK_S
        return steps

    @property
    def fraction(self) -> float:
        """How far into the next tick this frame is (0..1), for smoothing."""
        return min(1.0, self.acc / TICK_S)
