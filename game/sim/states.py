"""The names the simulation gives to a fighter's state, a match's phase and an event's kind.

Why classes of names: a misspelt "knockdwon" in the simulation is an AttributeError at the line
that wrote it, and a reader finds every kind in one place. Why plain `str` values and not a
StrEnum: the tick compares and looks up states hundreds of times, and the interpreter's fast
paths (a specialised string compare, a dict look-up with the string's cached hash) take only
exact `str` objects; a StrEnum member is a subclass and falls to the slow generic path each
time. The renderer, the audio, the scenes, the brains and saved results compare and store
these as the plain strings they are.
"""

from __future__ import annotations


class _Names:
    """A namespace of string constants: only read (`State.IDLE`), never made or changed."""

    __slots__ = ()


class State(_Names):
    """What a fighter is doing (FighterView.state)."""

    IDLE = "idle"
    WALK = "walk"
    GUARD = "guard"            # high guard: blocks head punches
    DUCK = "duck"
    LOW_GUARD = "low_guard"    # ducking behind the gloves: blocks body punches
    ATTACK = "attack"          # throwing a punch (startup, active, recovery)
    TAUNT = "taunt"
    HITSTUN = "hitstun"
    BLOCKSTUN = "blockstun"
    PIVOT = "pivot"            # rolling out off the ropes
    DOWN = "down"              # knocked down, being counted over
    GETUP = "getup"
    KO = "ko"                  # counted out: lies where he fell
    VICTORY = "victory"


# Groups the rules ask about, built once.
ALL_STATES = frozenset(v for k, v in vars(State).items() if k.isupper())
LYING = frozenset({State.DOWN, State.KO})                  # on the canvas
OFF_HIS_FEET = LYING | {State.GETUP}                      # ...or rising: nothing hits him
DUCKING = frozenset({State.DUCK, State.LOW_GUARD})
STUNNED = frozenset({State.HITSTUN, State.BLOCKSTUN})


class Phase(_Names):
    """Where the match is (MatchView.phase)."""

    INTRO = "intro"            # before a round's bell
    FIGHT = "fight"
    KNOCKDOWN = "knockdown"    # a man is down and the referee counts
    ROUND_OVER = "round_over"  # the bell went; the men walk to their corners
    BREAK = "break"            # between rounds
    OVER = "over"


class EventKind(_Names):
    """What happened on a tick (Event.kind): every kind the simulation emits."""

    BELL_START = "bell_start"  # value: the round
    BELL_END = "bell_end"      # value: the round (not the last)
    BELL_FINAL = "bell_final"  # value: the last round
    PUNCH = "punch"            # thrown
    HIT = "hit"                # side: the man hit
    BLOCK = "block"            # side: the man blocking
    WHIFF = "whiff"            # side: the man who missed
    COUNTER = "counter"        # side: the man who landed it
    KNOCKDOWN = "knockdown"    # value: his knockdowns in the fight
    COUNT = "count"            # value: the referee's count
    GETUP = "getup"
    KO = "ko"
    TKO = "tko"                # three knockdowns in a round
    ROPE = "rope"              # a man hits the ropes (x_m: which ropes)
    FIGHT_OVER = "fight_over"  # side: the winner ("" for a draw); value: the round
    TAUNT = "taunt"
    CUT = "cut"                # a cut opens or worsens: value = its stage
    TOWEL = "towel"            # side: the corner that gave up
    PIVOT = "pivot"            # a man rolls out off the ropes
