"""What a fighter does with his command this tick, and what a landed punch does to the other.

Why functions over the Fighter dataclass: each tick is a fixed pipeline (commands -> both
fighters' states -> physics -> hits for both against one snapshot -> reactions), and keeping
each stage a plain function makes the order explicit and P1/P2 symmetric.
"""

from __future__ import annotations

from dataclasses import dataclass

from game.sim.actions import BIT
from game.sim.data import GameData, MoveData
from game.sim.fighter import Fighter
from game.sim.view import RING_HALF_WIDTH_M, Event

PUNCH_PRIORITY = ("special", "uppercut", "hook", "body", "jab")
FALL_TICKS = 40
GETUP_TICKS = 48
WALK_ACCEL = 25.0 / 60.0          # m/s gained per tick when walking
STOP_ACCEL = 8.0 / 60.0           # legs braking when standing (less: the ropes can push him)
SLIDE_FACTOR = 1.3                # faster than this times walk speed = sliding from a blow
# the roll-out: DUCK + BACK with his back on the ropes and the other man close dips under and
# steps round him, so the man who was pinned ends up in the open ring
PIVOT_TICKS = 30
PIVOT_DIP_TICKS = 12              # the dip, when a body blow still catches him
PIVOT_STAMINA = 8.0
PIVOT_ROPES_M = 0.75              # his back at least this close to his ropes...
PIVOT_RANGE_M = 1.4               # ...and the other man's centre this close to his
PIVOT_PAST_M = 0.8                # where he comes up: this far past the other man's centre
PIVOT_MAX_MPS = 5.0
PIVOT_PLANT_TICKS = 4             # the last ticks of the roll he stands still, set again
_PUNCH_BITS = sum(BIT[p] for p in PUNCH_PRIORITY)
_DUCK_BIT, _GUARD_BIT = BIT["duck"], BIT["guard"]
_FORWARD_BIT, _BACK_BIT = BIT["forward"], BIT["back"]
_TAUNT_BIT = BIT["taunt"]


def _key_combinations(mask: int) -> list[int]:
    """Every subset of the bits in `mask` (0 included)."""
    subsets = [0]
    for bit in (1 << n for n in range(mask.bit_length()) if mask >> n & 1):
        subsets += [s | bit for s in subsets]
    return subsets


# the punches newly pressed, in priority order, for each combination of new punch keys
_PRESSES = {bits: tuple(p for p in PUNCH_PRIORITY if bits & BIT[p])
            for bits in _key_combinations(_PUNCH_BITS)}


def pinned(x: float, facing: int, other_x: float,
           ring_half_width: float = RING_HALF_WIDTH_M) -> bool:
    """His back is on his own ropes and the other man is on top of him: he may roll out."""
    return (-facing * x > ring_half_width - PIVOT_ROPES_M
            and abs(other_x - x) < PIVOT_RANGE_M)


def pressed(cmd: int, prev: int, name: str) -> bool:
    bit = BIT[name]
    return bool(cmd & bit) and not prev & bit


def take_command(f: Fighter, cmd: int, rules_buffer: int) -> tuple[str, ...]:
    """Record this tick's presses (punches pressed now, not held from before, in priority
    order); punches pressed while busy wait in a short buffer."""
    presses = _PRESSES[cmd & ~f.prev_cmd & _PUNCH_BITS]
    if presses and f.state in ("attack", "hitstun", "blockstun"):
        f.buffered = presses[0]
        f.buffer_ticks = rules_buffer
    elif f.buffer_ticks > 0:
        f.buffer_ticks -= 1
        if f.buffer_ticks == 0:
            f.buffered = ""
    return presses


def can_throw(f: Fighter, move: MoveData, game: GameData) -> bool:
    if move.id == "special":
        return f.heart >= game.rules.heart_max
    return f.stamina >= move.stamina * 0.5


def start_punch(f: Fighter, move: MoveData, game: GameData, events: list[Event], x: float) -> None:
    r = game.rules
    f.set_state("attack")
    f.move = move.id
    f.move_tick = 0
    f.move_connected = False
    tired = f.tired
    f.startup = move.startup + (r.tired_startup_extra if tired else 0)
    f.active = move.active
    f.recovery = move.recovery + (r.tired_recovery_extra if tired else 0)
    f.move_power_mult = r.tired_damage_mult if tired else 1.0
    f.stamina = max(0.0, f.stamina - move.stamina)
    if move.id == "special":
        f.heart = 0.0
    f.punches_thrown += 1
    f.thrown_by_move[move.id] = f.thrown_by_move.get(move.id, 0) + 1
    f.buffered = ""
    f.buffer_ticks = 0
    events.append(Event("punch", f.side, move.id, move.target, x, 1.3, 0.0))


def advance(f: Fighter, cmd: int, presses: tuple[str, ...], game: GameData, can_act: bool,
            events: list[Event], x: float, pinned: bool = False) -> None:
    """Advance one fighter's state machine by one tick (no physics, no hits).

    `pinned`: his back is on his ropes with the other man close, so he may roll out.
    """
    r = game.rules
    f.state_tick += 1
    if f.state == "attack":
        f.move_tick += 1
        if f.move_tick == f.startup + f.active and not f.move_connected:
            move = game.moves[f.move]
            extra = move.stamina * (r.whiff_mult - 1.0)
            f.stamina = max(0.0, f.stamina - extra)
            events.append(Event("whiff", f.side, f.move, move.target, x, 1.3, 0.0))
        if f.move_tick >= f.startup + f.active + f.recovery:
            f.move = ""
            f.set_state("idle")
        else:
            f.prev_cmd = cmd
            return
    elif f.state in ("hitstun", "blockstun", "taunt", "getup", "pivot"):
        f.stun -= 1
        if f.stun > 0:
            f.prev_cmd = cmd
            return
        f.set_state("idle")
    elif f.state in ("down", "ko", "victory"):
        f.prev_cmd = cmd
        return
    if not can_act:
        f.set_state("idle")
        f.prev_cmd = cmd
        return
    # free: choose what to do from the command
    want = presses[0] if presses else f.buffered
    if want:
        move = game.moves[want]
        if can_throw(f, move, game):
            start_punch(f, move, game, events, x)
            f.prev_cmd = cmd
            return
        if want == f.buffered:
            f.buffered = ""
    if cmd & _TAUNT_BIT and not f.prev_cmd & _TAUNT_BIT:   # taunt just pressed
        f.set_state("taunt")
        f.stun = r.taunt_ticks
        f.prev_cmd = cmd
        events.append(Event("taunt", f.side, x_m=x))
        return
    duck = bool(cmd & _DUCK_BIT)
    guard = bool(cmd & _GUARD_BIT)
    fwd = bool(cmd & _FORWARD_BIT)
    back = bool(cmd & _BACK_BIT)
    if duck and back and pinned and not guard and f.stamina >= PIVOT_STAMINA \
            and (pressed(cmd, f.prev_cmd, "duck") or pressed(cmd, f.prev_cmd, "back")):
        f.set_state("pivot")
        f.stun = PIVOT_TICKS
        f.pivot_dir = f.facing        # the way round him, fixed while facings swap mid-pass
        f.stamina -= PIVOT_STAMINA
        f.prev_cmd = cmd
        events.append(Event("pivot", f.side, x_m=x, y_m=0.9))
        return
    if duck:
        f.set_state("low_guard" if guard else "duck")
    elif guard:
        f.set_state("guard")
    elif fwd != back:
        f.walk_dir = 1 if fwd else -1
        f.set_state("walk")
    else:
        f.set_state("idle")
    f.prev_cmd = cmd


_NO_REGEN_STATES = frozenset({"attack", "down", "ko"})
_GUARDED_STATES = frozenset({"guard", "low_guard", "blockstun"})   # regen is slower
_SLIDING_STATES = frozenset({"hitstun", "down", "ko"})   # his legs are not his own


def regen(f: Fighter, game: GameData) -> None:
    """Stamina comes back while a man is not punching; faster standing still than guarding."""
    if f.state in _NO_REGEN_STATES:
        return
    rate = f.data.stamina_regen_per_s / 60.0
    if f.state in _GUARDED_STATES:
        rate *= 0.5
    f.stamina = min(f.data.stamina_max, f.stamina + rate)


def target_vx(f: Fighter) -> float | None:
    """The walking speed a fighter wants, or None when a blow has him sliding freely."""
    if f.state == "walk":
        speed = f.data.walk_speed_mps * (0.75 if f.tired else 1.0)
        return speed * f.walk_dir * f.facing * (0.85 if f.walk_dir < 0 else 1.0)
    if f.state in _SLIDING_STATES:
        return None
    return 0.0


@dataclass(slots=True)
class Outcome:
    """What one landed (or blocked) punch does: applied after both hits are found."""

    attacker: int
    defender: int
    move: str
    zone: str
    blocked: bool
    counter: bool
    damage: float
    impulse: float     # signed, world x
    stun: int
    hitstop: int
    x: float
    y: float


def judge_hit(att: Fighter, dfd: Fighter, zone: str, game: GameData, att_mass: float,
              att_index: int, def_index: int, x: float, y: float) -> Outcome | None:
    """Decide what a fist touching a hurtbox means, from both men's states before the tick's
    reactions (so two punches landing together trade)."""
    move = game.moves[att.move]
    r = game.rules
    if zone != move.target:
        if not (move.target == "head" and zone == "body" and move.id in ("uppercut", "special")):
            return None
    blocked = False
    if move.target == "head" and dfd.state == "guard":
        blocked = True
    elif move.target == "body" and dfd.state == "low_guard":
        blocked = True
    elif dfd.state == "blockstun":
        blocked = (move.target == "head") == (dfd.stun_anim == "block_high")
    counter = dfd.state == "attack" and dfd.phase() in ("startup", "recovery") and not blocked
    mult = att.data.damage_mult * att.move_power_mult * dfd.data.chin
    if blocked:
        damage = move.chip * mult
        stun = move.blockstun
        impulse = move.power * att_mass * r.block_push
    else:
        damage = move.damage * mult
        stun = move.hitstun
        impulse = move.power * att_mass
        if counter:
            damage *= r.counter_damage_mult
            stun += r.counter_hitstun_bonus
            impulse *= 1.15
        if move.id == "uppercut" and dfd.state in ("duck", "low_guard"):
            damage *= r.duck_uppercut_mult
            stun += 6
    direction = 1.0 if att.facing > 0 else -1.0
    return Outcome(att_index, def_index, move.id, move.target, blocked, counter, damage,
                   direction * impulse, stun, move.hitstop + (2 if counter else 0), x, y)


def apply_outcome(o: Outcome, att: Fighter, dfd: Fighter, game: GameData,
                  events: list[Event]) -> bool:
    """Apply a judged punch; returns True when it put the defender down."""
    r = game.rules
    move = game.moves[o.move]
    att.move_connected = True
    weight = min(1.0, move.power / 7.5)
    if o.blocked:
        dfd.health = max(0.0, dfd.health - o.damage)
        dfd.stamina = max(0.0, dfd.stamina - r.block_stamina)
        dfd.set_state("blockstun")
        dfd.state_tick = 0
        dfd.stun = o.stun
        dfd.stun_anim = "block_high" if o.zone == "head" else "block_low"
        events.append(Event("block", dfd.side, o.move, o.zone, o.x, o.y, weight * 0.5))
    else:
        dfd.health = max(0.0, dfd.health - o.damage)
        dfd.stamina = max(0.0, dfd.stamina - move.stamina_damage)
        att.punches_landed += 1
        att.landed_by_move[o.move] = att.landed_by_move.get(o.move, 0) + 1
        att.heart = min(r.heart_max, att.heart + 1.5 + (r.counter_heart if o.counter else 0.0))
        if dfd.state == "attack":
            dfd.move = ""
        dfd.set_state("hitstun")
        dfd.state_tick = 0
        dfd.stun = o.stun
        dfd.stun_anim = "hit_body" if o.zone == "body" else "hit_head"
        events.append(Event("hit", dfd.side, o.move, o.zone, o.x, o.y, weight))
        if o.counter:
            events.append(Event("counter", att.side, o.move, o.zone, o.x, o.y, weight))
    att.damage_dealt += o.damage
    att.round_damage += o.damage
    if not o.blocked:
        att.round_landed += 1
    dfd.damage_taken += o.damage
    return dfd.health <= 0.0
