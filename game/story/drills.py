"""The training minigames as pure models: one `step` per tick, a score from 0 to 1.

Why pure: the scenes only draw these and feed them presses, so tests can play a drill
perfectly, badly or by holding, and the CPU player uses the same inputs a person does.
Every mash has a hold-to-act path (`hold=True`) that earns a fair, middling result.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field


@dataclass
class Input:
    """What the player did this tick: a press of the action key, left/right presses, holds."""

    press: bool = False
    left: bool = False
    right: bool = False
    hold: bool = False       # the action key is held down (hold-to-act)


class Drill:
    kind = ""
    ticks = 0
    limit = 900

    @property
    def done(self) -> bool:
        return self.ticks >= self.limit

    @property
    def score(self) -> float:
        return 0.0

    def step(self, inp: Input) -> None:
        self.ticks += 1


@dataclass
class LogChop(Drill):
    """Timing: a needle sweeps a swing meter; a chop when it crosses the mark splits clean."""

    kind = "logs"
    chops_needed: int = 8
    period: int = 64            # ticks for a full sweep there and back
    target: float = 0.78        # where the gold mark sits on the meter
    window: float = 0.07        # half-width of a perfect chop
    cooldown: int = 22          # the axe comes back up
    ticks: int = 0
    limit: int = 1500
    wait: int = 0
    chops: list[float] = field(default_factory=list)
    phase_tick: int = 0

    @property
    def needle(self) -> float:
        """0..1 along the meter (a triangle wave, a little faster with each clean chop)."""
        period = max(34, self.period - 3 * len(self.chops))
        t = (self.phase_tick % period) / period
        return 1.0 - abs(1.0 - 2.0 * t)

    @property
    def done(self) -> bool:
        return len(self.chops) >= self.chops_needed or self.ticks >= self.limit

    @property
    def score(self) -> float:
        got = self.chops + [0.0] * (self.chops_needed - len(self.chops))
        return sum(got) / self.chops_needed

    @staticmethod
    def quality(needle: float, target: float, window: float) -> float:
        off = abs(needle - target)
        if off <= window:
            return 1.0
        return max(0.0, 1.0 - (off - window) / 0.3)

    def step(self, inp: Input) -> None:
        self.ticks += 1
        if self.wait > 0:
            self.wait -= 1
            return
        self.phase_tick += 1
        if inp.press:
            self.chops.append(self.quality(self.needle, self.target, self.window))
            self.wait = self.cooldown


@dataclass
class SnowRun(Drill):
    """Alternating presses: left, right, left... each change of foot is a stride."""

    kind = "snow"
    goal: float = 60.0          # strides for a full score (six a second is excellent)
    ticks: int = 0
    limit: int = 600
    strides: float = 0.0
    last_foot: str = ""
    hold_rate: float = 3.3 / 60  # strides a tick while holding: a fair, middling pace

    @property
    def score(self) -> float:
        return min(1.0, self.strides / self.goal)

    def step(self, inp: Input) -> None:
        if self.done:
            return
        self.ticks += 1
        for foot, pressed in (("left", inp.left), ("right", inp.right)):
            if pressed and foot != self.last_foot:
                self.strides += 1.0
                self.last_foot = foot
        if inp.hold and not (inp.left or inp.right):
            self.strides += self.hold_rate


@dataclass
class MountainClimb(Drill):
    """Rhythm: a beat every `beat` ticks; a press on the beat climbs, off the beat slips."""

    kind = "mountain"
    beats: int = 16
    beat: int = 30
    lead_in: int = 60
    perfect: int = 5
    good: int = 11
    ticks: int = 0
    limit: int = 0
    marks: dict[int, float] = field(default_factory=dict)   # beat number -> 1 / 0.5
    slips: int = 0
    boost: float = 0.0

    def __post_init__(self) -> None:
        self.limit = self.lead_in + self.beats * self.beat + self.good + 1

    def beat_tick(self, n: int) -> int:
        return self.lead_in + n * self.beat

    def nearest(self) -> tuple[int, int]:
        """(beat number, ticks off it) for now."""
        n = round((self.ticks - self.lead_in) / self.beat)
        n = max(0, min(self.beats - 1, n))
        return n, self.ticks - self.beat_tick(n)

    @property
    def height(self) -> float:
        """How far up the mountain, 0..1 (for the picture)."""
        return min(1.0, (sum(self.marks.values()) + self.boost * self.beats) / self.beats)

    @property
    def score(self) -> float:
        return min(1.0, sum(self.marks.values()) / self.beats + self.boost)

    def step(self, inp: Input) -> None:
        if self.done:
            return
        self.ticks += 1
        if not inp.press:
            return
        n, off = self.nearest()
        if n in self.marks or abs(off) > self.good:
            self.slips += 1
            return
        self.marks[n] = 1.0 if abs(off) <= self.perfect else 0.5


@dataclass
class PunchMachine(Drill):
    """Mash to load the punch; the meter leaks, so only a steady fury reaches the top."""

    kind = "machine"
    rival: int = 2240
    scale: int = 2600           # the meter's top, in the lab's units
    ticks: int = 0
    limit: int = 240
    power: float = 0.0
    peak: float = 0.0
    per_press: float = 0.05
    leak: float = 0.006
    hold_cap: float = 0.62      # holding fills steadily, but only this far

    @property
    def reading(self) -> int:
        return round(self.peak * self.scale)

    @property
    def score(self) -> float:
        return min(1.0, self.peak / 0.92)

    def step(self, inp: Input) -> None:
        if self.done:
            return
        self.ticks += 1
        if inp.press:
            self.power += self.per_press * (1.0 - 0.5 * self.power)
        elif inp.hold and self.power < self.hold_cap:
            self.power = min(self.hold_cap, self.power + 0.006)
        self.power = max(0.0, min(1.0, self.power - self.leak * self.power))
        self.peak = max(self.peak, self.power)


def make_drill(kind: str, rival: int = 0, boost: float = 0.0) -> Drill:
    if kind == "logs":
        return LogChop()
    if kind == "snow":
        return SnowRun()
    if kind == "mountain":
        return MountainClimb(boost=boost)
    if kind == "machine":
        return PunchMachine(rival=rival or 2240)
    raise ValueError(f"unknown drill {kind!r}")


class CpuTrainee:
    """The CPU doing a drill: good but human, deterministic for a seed.

    Why its own inputs rather than setting a score: it exercises the same code a player does.
    """

    def __init__(self, seed: int, skill: float = 0.75) -> None:
        self.rng = random.Random(seed * 7919 + 11)
        self.skill = skill
        self.t = 0
        self.aim = 0

    def input(self, drill: Drill) -> Input:
        self.t += 1
        rng = self.rng
        if isinstance(drill, LogChop):
            if drill.wait > 0 or drill.done:
                self.aim = 0
                return Input()
            if not self.aim:  # where this chop will land: the mark, give or take
                err = rng.gauss(0.0, (1.0 - self.skill) * 0.3)
                self.aim = 1 + round(1000 * min(0.95, max(0.05, drill.target + err)))
            period = max(34, drill.period - 3 * len(drill.chops))
            rising = (drill.phase_tick % period) < period / 2
            return Input(press=rising and drill.needle * 1000 >= self.aim - 1)
        if isinstance(drill, SnowRun):
            every = 8 if rng.random() < self.skill else 12
            if self.t % every:
                return Input()
            foot = "left" if (self.t // every) % 2 else "right"
            return Input(left=foot == "left", right=foot == "right")
        if isinstance(drill, MountainClimb):
            if self.aim == 0 or drill.ticks > self.aim + drill.good:
                n, _ = drill.nearest()
                nxt = n if drill.ticks <= drill.beat_tick(n) else n + 1
                spread = round((1.0 - self.skill) * 30)
                self.aim = drill.beat_tick(nxt) + rng.randint(-spread, spread)
            return Input(press=drill.ticks == self.aim)
        if isinstance(drill, PunchMachine):
            rate = 6 if rng.random() < self.skill else 9
            return Input(press=self.t % rate == 0)
        return Input()


def ease(t: float) -> float:
    """Smooth 0..1 for animations."""
    t = min(1.0, max(0.0, t))
    return 0.5 - 0.5 * math.cos(math.pi * t)
