"""Which atlas animation and pose a fighter shows, derived from his state counters.

Why in the simulation: the pose decides where the fists and hurtboxes are, so the sim must
know it; the renderer calls the same function (through the view) and never keeps its own
animation clock, so what is drawn is exactly what can hit and be hit.
"""

from __future__ import annotations

from game.sim.combat import FALL_TICKS, GETUP_TICKS, PIVOT_DIP_TICKS
from game.sim.data import GameData
from game.sim.fighter import Fighter
from game.sim.states import LYING, STUNNED, State

# states drawn as a looping cycle of the same name in the atlas
LOOPING_STATES = frozenset({State.IDLE, State.GUARD, State.DUCK, State.LOW_GUARD, State.VICTORY})


def _one_shot(poses: tuple[str, ...], tick: int, duration: int) -> str:
    index = min(len(poses) - 1, max(0, tick) * len(poses) // max(1, duration))
    return poses[index]


def pose_for(f: Fighter, game: GameData) -> tuple[str, str]:
    """(animation name, pose name) for the fighter's current state and tick."""
    state = f.state
    if state == State.ATTACK:
        return _punch_pose(f)
    if state == State.WALK:
        cyc = f.atlas.cycles["walk"]
        t = f.state_tick
        if f.walk_dir < 0:
            t = cyc.length - 1 - (t % cyc.length)
        return "walk", cyc.pose_at(t)
    if state in STUNNED:
        name = "block" if state == State.BLOCKSTUN else f.stun_anim or "hit_head"
        total = f.state_tick + max(1, f.stun)
        return name, _one_shot(f.atlas.cycles[name].poses, f.state_tick, total)
    if state == State.TAUNT:
        return "taunt", _one_shot(f.atlas.cycles["taunt"].poses, f.state_tick,
                                  game.rules.taunt_ticks)
    return _floor_or_stance_pose(f)


def _punch_pose(f: Fighter) -> tuple[str, str]:
    """The punch's wind-up, extension or follow-through, fitted to its (maybe tired) timing."""
    anim = f.atlas.punches[f.move]
    phase = f.phase()
    if phase == "startup":
        return f.move, anim.pose_at("startup", f.move_tick, f.startup)
    if phase == "active":
        return f.move, anim.pose_at("active", f.move_tick - f.startup, f.active)
    return f.move, anim.pose_at("recovery", f.move_tick - f.startup - f.active, f.recovery)


def _floor_or_stance_pose(f: Fighter) -> tuple[str, str]:
    """Falling, lying, rising, rolling out, or one of the looping stances."""
    atlas = f.atlas
    state = f.state
    t = f.state_tick
    if state in LYING:
        if t < FALL_TICKS:
            return "fall", _one_shot(atlas.cycles["fall"].poses, t, FALL_TICKS)
        return "down", atlas.cycles["down"].pose_at(t - FALL_TICKS)
    if state == State.GETUP:
        return "getup", _one_shot(atlas.cycles["getup"].poses, t, GETUP_TICKS)
    if state == State.PIVOT:  # dips under, then steps round him (walking, fast)
        if t < PIVOT_DIP_TICKS:
            return "pivot", atlas.cycles["duck"].pose_at(0)
        return "pivot", atlas.cycles["walk"].pose_at(2 * t)
    if state in LOOPING_STATES:
        return str(state), atlas.cycles[state].pose_at(t)
    return "idle", atlas.cycles["idle"].pose_at(t)
