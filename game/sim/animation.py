"""Which atlas animation and pose a fighter shows, derived from his state counters.

Why in the simulation: the pose decides where the fists and hurtboxes are, so the sim must
know it; the renderer calls the same function (through the view) and never keeps its own
animation clock, so what is drawn is exactly what can hit and be hit.
"""

from __future__ import annotations

from game.sim.combat import FALL_TICKS, GETUP_TICKS, PIVOT_DIP_TICKS
from game.sim.data import GameData
from game.sim.fighter import Fighter


def _one_shot(poses: tuple[str, ...], tick: int, duration: int) -> str:
    index = min(len(poses) - 1, max(0, tick) * len(poses) // max(1, duration))
    return poses[index]


def pose_for(f: Fighter, game: GameData) -> tuple[str, str]:
    """(animation name, pose name) for the fighter's current state and tick."""
    atlas = f.atlas
    state = f.state
    t = f.state_tick
    if state == "attack":
        anim = atlas.punches[f.move]
        phase = f.phase()
        if phase == "startup":
            return f.move, anim.pose_at("startup", f.move_tick, f.startup)
        if phase == "active":
            return f.move, anim.pose_at("active", f.move_tick - f.startup, f.active)
        return f.move, anim.pose_at("recovery", f.move_tick - f.startup - f.active, f.recovery)
    if state == "walk":
        cyc = atlas.cycles["walk"]
        if f.walk_dir < 0:
            t = cyc.length - 1 - (t % cyc.length)
        return "walk", cyc.pose_at(t)
    if state in ("hitstun", "blockstun"):
        name = "block" if state == "blockstun" else f.stun_anim or "hit_head"
        total = t + max(1, f.stun)
        return name, _one_shot(atlas.cycles[name].poses, t, total)
    if state == "taunt":
        return "taunt", _one_shot(atlas.cycles["taunt"].poses, t, game.rules.taunt_ticks)
    if state in ("down", "ko"):
        if t < FALL_TICKS:
            return "fall", _one_shot(atlas.cycles["fall"].poses, t, FALL_TICKS)
        return "down", atlas.cycles["down"].pose_at(t - FALL_TICKS)
    if state == "getup":
        return "getup", _one_shot(atlas.cycles["getup"].poses, t, GETUP_TICKS)
    if state == "pivot":  # dips under, then steps round him (walking, fast)
        if t < PIVOT_DIP_TICKS:
            return "pivot", atlas.cycles["duck"].pose_at(0)
        return "pivot", atlas.cycles["walk"].pose_at(2 * t)
    if state in ("idle", "guard", "duck", "low_guard", "victory"):
        return state, atlas.cycles[state].pose_at(t)
    return "idle", atlas.cycles["idle"].pose_at(t)
