"""Which atlas animation and pose a fighter shows, derived from his state counters.

Why in the simulation: the pose decides where the fists and hurtboxes are, so the sim must
know it; the renderer calls the same function (through the view) and never keeps its own
animation clock, so what is drawn is exactly what can hit and be hit.
"""

from __future__ import annotations

from collections.abc import Callable

from game.sim.atlas import PunchAnim
from game.sim.combat import FALL_TICKS, GETUP_TICKS, PIVOT_DIP_TICKS
from game.sim.data import GameData
from game.sim.fighter import Fighter
from game.sim.states import State

# states drawn as a looping cycle of the same name in the atlas
LOOPING_STATES = frozenset({State.IDLE, State.GUARD, State.DUCK, State.LOW_GUARD, State.VICTORY})
_ATTACK, _BLOCKSTUN = State.ATTACK, State.BLOCKSTUN   # bound once (read every tick)


def _one_shot(poses: tuple[str, ...], tick: int, duration: int) -> str:
    index = min(len(poses) - 1, max(0, tick) * len(poses) // max(1, duration))
    return poses[index]


def pose_for(f: Fighter, game: GameData) -> tuple[str, str]:
    """(animation name, pose name) for the fighter's current state and tick.

    Why the stances first: standing, guarding and covering are over half of all ticks, and
    their pose is one look-up in the atlas's table of the cycle of the same name: the same
    pair `CycleAnim.pose_at` gives for a looping cycle (its frames, the tick modulo their
    number), made once, so no call and no new tuple. A stance whose cycle does not loop takes
    the general way (`_looping_pose`).

    Then punches, a fifth of all ticks: the pose of a punch in progress depends on nothing but
    its tick and its timing (startup, active, recovery: the move's, stretched when he is
    tired, a miss or a block), so each is worked out once (`_punch_pose_now`) and kept on the
    punch's animation. Each phase's pose is one pair object, so the very pair shown last tick
    tells the match that his hit shapes need not move (game/sim/match.py `_place_and_hit`)."""
    state = f.state
    if state in LOOPING_STATES:
        shown = f.atlas.looped.get(state)
        if shown is not None:
            return shown[f.state_tick % len(shown)]
    elif state == _ATTACK:
        anim = f.atlas.punches[f.move]
        key = (f.move_tick, f.startup, f.active, f.recovery)
        pair = anim.shown.get(key)
        if pair is None:
            pair = anim.shown[key] = _punch_pose_now(f, anim)
        return pair
    return _POSE_BY_STATE.get(state, _idle_pose)(f, game)


def _punch_pose_now(f: Fighter, anim: PunchAnim) -> tuple[str, str]:
    """The punch's wind-up, extension or follow-through, fitted to its (maybe tired) timing,
    worked out from his counters (`pose_for` remembers it)."""
    phase = f.phase()
    if phase == "startup":
        pose = anim.pose_at("startup", f.move_tick, f.startup)
    elif phase == "active":
        pose = anim.pose_at("active", f.move_tick - f.startup, f.active)
    else:
        pose = anim.pose_at("recovery", f.move_tick - f.startup - f.active, f.recovery)
    return anim.pairs.setdefault((phase, pose), (f.move, pose))


def _walk_pose(f: Fighter, game: GameData) -> tuple[str, str]:
    cyc = f.atlas.cycles["walk"]
    t = f.state_tick
    if f.walk_dir < 0:   # backing off: the cycle runs backwards
        t = cyc.length - 1 - (t % cyc.length)
    return "walk", cyc.pose_at(t)


def _stun_pose(f: Fighter, game: GameData) -> tuple[str, str]:
    """Rocked by a blow or blocking one: played once over the stun's length."""
    name = "block" if f.state == _BLOCKSTUN else f.stun_anim or "hit_head"
    total = f.state_tick + max(1, f.stun)
    return name, _one_shot(f.atlas.cycles[name].poses, f.state_tick, total)


def _taunt_pose(f: Fighter, game: GameData) -> tuple[str, str]:
    return "taunt", _one_shot(f.atlas.cycles["taunt"].poses, f.state_tick,
                              game.rules.taunt_ticks)


def _floor_pose(f: Fighter, game: GameData) -> tuple[str, str]:
    """Falling, then lying on the canvas."""
    t = f.state_tick
    if t < FALL_TICKS:
        return "fall", _one_shot(f.atlas.cycles["fall"].poses, t, FALL_TICKS)
    return "down", f.atlas.cycles["down"].pose_at(t - FALL_TICKS)


def _getup_pose(f: Fighter, game: GameData) -> tuple[str, str]:
    return "getup", _one_shot(f.atlas.cycles["getup"].poses, f.state_tick, GETUP_TICKS)


def _pivot_pose(f: Fighter, game: GameData) -> tuple[str, str]:
    """Dips under, then steps round him (walking, fast)."""
    t = f.state_tick
    if t < PIVOT_DIP_TICKS:
        return "pivot", f.atlas.cycles["duck"].pose_at(0)
    return "pivot", f.atlas.cycles["walk"].pose_at(2 * t)


def _looping_pose(f: Fighter, game: GameData) -> tuple[str, str]:
    """A stance drawn as the looping cycle of the same name."""
    state = f.state
    return state, f.atlas.cycles[state].pose_at(f.state_tick)


def _idle_pose(f: Fighter, game: GameData) -> tuple[str, str]:
    return "idle", f.atlas.cycles["idle"].pose_at(f.state_tick)


# what each state shows; one look-up per tick instead of a chain of comparisons
# (a punch's pose is `pose_for`'s own)
_POSE_BY_STATE: dict[str, Callable[[Fighter, GameData], tuple[str, str]]] = {
    State.WALK: _walk_pose,
    State.HITSTUN: _stun_pose,
    State.BLOCKSTUN: _stun_pose,
    State.TAUNT: _taunt_pose,
    State.DOWN: _floor_pose,
    State.KO: _floor_pose,
    State.GETUP: _getup_pose,
    State.PIVOT: _pivot_pose,
    **{state: _looping_pose for state in LOOPING_STATES},
}
