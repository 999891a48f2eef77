"""Who a CPU boxer is: each fighter's habits, and how they shift by round and when hurt.

Why data plus small mood functions: a player learns an opponent the way he learns an arcade
boss, by his habits (Drago walks through the jab and throws hooks, Apollo jabs and moves,
Rocky digs to the body and comes up top) and by how those habits change (Drago gets wild as his
confidence drains, Apollo showboats when ahead, Rocky is most dangerous when hurt). The habits
are a frozen table; `mood` bends them for the moment, so a pattern that works in round one
stops working later. The habits' numbers are in `game/data/brains.toml` ([style.<fighter>]).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from game.ai.tuning import BRAINS_TOML, brains_file, build, section
from game.sim.data import FIGHTER_IDS


@dataclass(frozen=True, slots=True)
class Style:
    jab: float              # weights of the punches he picks in range
    hook: float
    uppercut: float
    body: float
    work_rate: float        # per-tick chance to throw when in range and free
    pressure: float         # per-tick chance to walk in when out of range
    distance: float         # where he likes to stand: 0 = chest to chest, 1 = end of his jab
    footwork: float         # chance to step back out after throwing
    guard: float            # how much he covers up (times the skill's anticipation)
    defend: float           # how often he answers a punch he sees (times the skill's block)
    low_guard: float        # share of his cover-ups that are low (before reading the other man)
    jab_armour: float       # chance he ignores a jab and keeps coming
    flurry: float           # chance (times the skill's combo) to string punches
    flurry_len: int         # most punches in a string
    counter: float          # how keen he is to punish (times the skill's punish)
    body_then_head: float   # chance a body shot is followed up top
    special: float          # per-tick chance to throw the special when the heart is full
    taunt: float            # per-tick chance to showboat when well ahead and out of range
    # the footwork (a boxer's, not a puncher's)
    outside: float = 0.0    # metres beyond his jab he waits at (0: he stands in range)
    dart: float = 0.0       # per-tick chance, waiting outside, to dart in behind the jab
    bounce: float = 0.0     # per-tick chance, waiting outside, of a little step in or out
    roll_out: float = 0.0   # per-tick chance, pinned on the ropes, to roll out round the man
    duck_pref: float = 0.3  # share of his answers to a head punch that are ducks (the weave)
    pull_back: float = 0.0  # share of his answers to a punch that are a step back out of it
    pause: float = 0.0      # chance he stands planted a moment after his punch (stillness)
    # how he answers a punch he has read is coming (weights; answers.py)
    beat: float = 0.0       # beats him to it with a punch of his own
    slip: float = 0.0       # ducks under it (head punches) and counters
    block_read: float = 0.0  # blocks it and punishes
    step_out: float = 0.0   # steps outside it and comes back in


STYLES: dict[str, Style] = {
    fid: build(Style, BRAINS_TOML, f"style.{fid}", t)
    for fid, t in section(brains_file(), BRAINS_TOML, "style", FIGHTER_IDS).items()
}


@dataclass(frozen=True, slots=True)
class Moment:
    """What the brain knows about the fight right now (its own state is never delayed)."""

    round: int
    rounds: int
    round_share: float      # 0 at the bell, 1 at the end of the round
    health: float           # his share of health left, 0..1
    lead: float             # his health share minus the other man's, -1..1
    knockdowns: int         # times he has been down in the fight
    down_this_round: int    # times down this round: a man who has been down wants to survive
    confidence: float       # 0..1 (the story drains Drago's)


def mood(fighter_id: str, m: Moment) -> Style:
    """The fighter's style bent for this moment: his round, his hurt, his confidence."""
    s = _MOODS[fighter_id](STYLES[fighter_id], m)
    if m.down_this_round and fighter_id != "rocky":  # Rocky never thinks about surviving
        s = _scale(s, guard=1.7, defend=1.5, work_rate=0.7, pressure=0.6,
                   footwork=1.5 if s.footwork else 1.0)
    return s


_FIELDS = tuple(f.name for f in dataclasses.fields(Style))
_set = object.__setattr__   # what a frozen dataclass's own constructor sets its fields with


def _scale(s: Style, **mults: float) -> Style:
    """`s` with the named habits multiplied: what `dataclasses.replace` gives, field for field.

    Why by hand: a brain bends its mood a few hundred times a fight, and `replace` looks the
    fields up and runs the frozen constructor each time, about three times what copying the
    slots costs (a few per cent of a CPU fight's brain time)."""
    new = object.__new__(Style)
    for name in _FIELDS:
        _set(new, name, getattr(s, name))
    for name, mult in mults.items():
        _set(new, name, getattr(s, name) * mult)
    return new


def _drago(s: Style, m: Moment) -> Style:
    # starts passive and stalks, then presses; barely reacts in the early rounds
    early = m.round == 1 and m.round_share < 0.25
    if early:
        s = _scale(s, work_rate=0.55, defend=0.3, guard=0.3)
    elif m.round <= 1:
        s = _scale(s, defend=0.5)
    # shaken (low confidence or hurt): wild swings, less guard, more hittable
    shaken = 1.0 - m.confidence
    if m.health < 0.35:
        shaken = max(shaken, 0.5)
    if shaken > 0:
        s = _scale(s, hook=1 + shaken, uppercut=1 + shaken, jab=1 - 0.6 * shaken,
                   work_rate=1 + 0.5 * shaken, guard=1 - 0.7 * shaken,
                   defend=1 - 0.6 * shaken, jab_armour=1 - 0.5 * shaken,
                   special=1 + 2 * shaken, flurry=1 + shaken)
    return s


def _apollo(s: Style, m: Moment) -> Style:
    if m.lead > 0.15:  # ahead: showboats, plays with his man
        s = _scale(s, taunt=3.0, footwork=1.2, work_rate=0.9)
    if m.round >= 2:   # later rounds: sits down on his punches, flurries more
        s = _scale(s, hook=1.5, flurry=1.2, footwork=0.85)
    if m.health < 0.4:  # hurt: gets on his bike, counters only, darts in less
        s = _scale(s, footwork=1.15, guard=1.6, work_rate=0.75, pressure=0.5, taunt=0.0,
                   counter=1.3, dart=0.6, roll_out=1.5)
    return s


def _rocky(s: Style, m: Moment) -> Style:
    if m.round == 1 and m.round_share < 0.5:  # takes a while to warm up: body work
        s = _scale(s, body=1.3, hook=0.8, work_rate=0.9)
    if m.round >= max(2, m.rounds - 1):  # late rounds: comes up top more
        s = _scale(s, hook=1.3, uppercut=1.4)
    hurt = m.health < 0.45 or m.knockdowns > 0
    if hurt:  # most dangerous when hurt: throws more, heavier, goes for the special
        s = _scale(s, work_rate=1.35, hook=1.4, uppercut=1.5, special=3.0, flurry=1.3,
                   guard=0.7, pressure=1.03)
    return s


_MOODS = {"drago": _drago, "apollo": _apollo, "rocky": _rocky}
