"""Read-only pictures of the match that the presentation, the CPU brains and tests draw from.

Why a separate copy: the renderer and the brains must never reach into live simulation
objects (pymunk bodies, mutable fighter state). A view is built once per tick, is immutable,
and holds plain numbers, so it can be kept, compared and drawn at any later time.

Views are built every tick for every reader (the brains keep a reaction's worth of them), so
the simulation builds them through `filler`, about five times faster than a frozen
dataclass's own constructor; what comes out is the same frozen dataclass.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields
from typing import Any, dataclass_transform

TICKS_PER_SECOND = 60
PX_PER_M = 80.0
RING_HALF_WIDTH_M = 3.05  # ropes are 6.1 m apart


@dataclass(frozen=True, slots=True)
class Event:
    """Something that happened on a tick, for sound, effects and the HUD.

    kind: an EventKind (game/sim/states.py lists every kind the simulation emits, with what
    its side and value mean); being a str, it compares equal to "hit", "knockdown"...
    side: who it happened to or who did it ("p1"/"p2"), or "" for the match.
    """

    kind: str                 # an EventKind name
    side: str = ""
    move: str = ""
    target: str = ""          # "head" or "body" for hits and blocks
    x_m: float = 0.0          # where it happened, metres from the ring's centre
    y_m: float = 0.0          # height above the canvas, metres
    weight: float = 0.0       # 0..1, how heavy (sparks, shake, sound)
    value: int = 0            # the count number, the round number...


@dataclass_transform(frozen_default=True, field_specifiers=(field,))
def _filled_view(cls: type) -> type:
    """`cls` as a frozen, slotted dataclass whose slots live on a plain base class of its own.

    Why the base: `filler` (below) fills a view's slots on a plain object, at full speed, then
    switches the object's class to the view. Python checks such a switch quickly when the view
    is a subclass of the plain class that adds no slots of its own; between two unrelated
    classes with the same slots it compares them name by name, a fifth of a view's cost."""
    base = type(f"_{cls.__name__}Slots", (), {"__slots__": tuple(cls.__annotations__)})
    body = {k: v for k, v in vars(cls).items() if k not in ("__dict__", "__weakref__")}
    return dataclass(frozen=True, slots=True)(type(cls.__name__, (base,), body))


@_filled_view
class FighterView:
    side: str                 # "p1" or "p2"
    id: str                   # "rocky", "apollo", "drago"
    name: str
    short_name: str
    x_m: float                # metres from the ring's centre, left negative
    vx_mps: float
    facing: int               # +1 faces right, -1 faces left
    state: str                # a State (game/sim/states.py): idle, walk, guard, duck,
                              # low_guard, attack, taunt, hitstun, blockstun, pivot, down,
                              # getup, ko, victory
    state_tick: int
    move: str                 # current punch ("" when not punching)
    move_phase: str           # startup, active, recovery or ""
    anim: str                 # atlas animation name
    pose: str                 # atlas pose name to draw this tick
    health: float
    health_max: float
    stamina: float
    stamina_max: float
    heart: float
    heart_max: float
    knockdowns_round: int
    knockdowns_total: int
    hitstop: int
    tired: bool
    damage_taken: float       # total, for swelling and cuts
    punches_thrown: int
    punches_landed: int
    cut: int = 0              # 0 none; 1..3 a cut under the eye, growing


@_filled_view
class MatchView:
    tick: int
    phase: str                # a Phase (game/sim/states.py): intro, fight, knockdown,
                              # round_over, break, over
    phase_tick: int
    round: int
    rounds: int
    clock_ticks_left: int     # real ticks left in the round
    round_ticks: int          # real ticks a round lasts
    fighters: tuple[FighterView, FighterView]
    rope_left_m: float        # how far the left ropes are pushed out (bow), metres
    rope_right_m: float
    count: int                # the referee's count now (0: none)
    downed: str               # side being counted over, or ""
    winner: str | None
    method: str | None
    reason: str | None
    venue: str
    events: tuple[Event, ...] = field(default=())
    crowd: float = 0.0        # the crowd's mood: -1 all for p2 ... +1 all for p1

    @property
    def boxing_clock_s(self) -> float:
        """Seconds left on the 3:00 boxing clock the HUD shows (it runs at 180/round_seconds)."""
        if self.round_ticks <= 0:
            return 0.0
        return 180.0 * self.clock_ticks_left / self.round_ticks


def filler(cls: type, params: str, sources: dict[str, str], *, prelude: tuple[str, ...] = (),
           env: dict[str, Any] | None = None, name: str = "fill") -> Callable[..., Any]:
    """A generated function `name(params)` that returns a `cls` whose every field is the value
    of its Python expression in `sources`, after the `prelude` lines have run.

    Why: a frozen dataclass sets each field through `object.__setattr__`, which costs more than
    the rest of a view together. The view's plain base class (`_filled_view`), which holds the
    very same slots, is filled at full speed, then the object becomes a `cls` (same memory
    layout, so Python allows the switch): equal, hashable, printable and
    `dataclasses.replace`-able like one built the usual way, and frozen from then on.
    Why expressions: the simulation builds its views straight from its own objects
    (`f.health`, `d.name`...), one generated function a view with no arguments to pack and
    unpack in between (what `dataclasses` itself does for `__init__`). Every field must have
    exactly one source, or this refuses at import, naming the fields.
    """
    names = [f.name for f in fields(cls)]
    if set(sources) != set(names):
        raise ValueError(f"{cls.__name__}: sources missing {sorted(set(names) - set(sources))}, "
                         f"unknown {sorted(set(sources) - set(names))}")
    plain = cls.__base__
    if getattr(plain, "__slots__", None) != tuple(names) or cls.__slots__:
        raise TypeError(f"{cls.__name__}: not a view made by _filled_view")
    helpers = {**(env or {}), "_new": object.__new__, "_plain": plain, "_cls": cls}
    lines = [f"def {name}({params}):", *(f"    {line}" for line in prelude),
             "    _o = _new(_plain)"]
    lines += [f"    _o.{field_name} = {sources[field_name]}" for field_name in names]
    lines += ["    _o.__class__ = _cls", "    return _o"]
    exec("\n".join(lines), helpers)   # noqa: S102 - our own field names and expressions
    return helpers[name]

