"""What a fighter does with his command this tick, and what a landed punch does to the other.

Why functions over the Fighter dataclass: each tick is a fixed pipeline (commands -> both
fighters' states -> physics -> hits for both against one snapshot -> reactions), and keeping
each stage a plain function makes the order explicit and P1/P2 symmetric.
"""

from __future__ import annotations

from dataclasses import dataclass

from game.sim.actions import BIT
from game.sim.data import FighterData, GameData, MoveData, RulesData
from game.sim.fighter import Fighter
from game.sim.states import ALL_STATES, DUCKING, LYING, EventKind, State
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
FULL_WEIGHT_POWER = 7.5           # a punch this powerful makes the heaviest effects (weight 1)
# a punch pressed in these states waits in the buffer
BUFFERING_STATES = frozenset({State.ATTACK, State.HITSTUN, State.BLOCKSTUN})
# he cannot act until his stun runs out...
STUN_STATES = frozenset({State.HITSTUN, State.BLOCKSTUN, State.TAUNT, State.GETUP, State.PIVOT})
# ...and in these not at all (the count or the fight's end moves him on)
HELPLESS_STATES = LYING | {State.VICTORY}
_NOT_FREE = STUN_STATES | HELPLESS_STATES   # (one look-up tells a free man he is free)
NO_REGEN_STATES = LYING | {State.ATTACK}         # stamina comes back in none of these...
GUARDED_STATES = frozenset({State.GUARD, State.LOW_GUARD, State.BLOCKSTUN})  # ...slower here
SLIDING_STATES = LYING | {State.HITSTUN}         # a blow moves him, not his legs
# states compared on every tick, bound once (a global, not a class look-up)
_ATTACK, _IDLE, _WALK = State.ATTACK, State.IDLE, State.WALK
_DUCK, _LOW_GUARD, _GUARD = State.DUCK, State.LOW_GUARD, State.GUARD
_DUCK_BIT, _GUARD_BIT = BIT["duck"], BIT["guard"]
_FORWARD_BIT, _BACK_BIT = BIT["forward"], BIT["back"]
_TAUNT_BIT = BIT["taunt"]
_TAUNT = State.TAUNT


PUNCH_BITS = sum(BIT[p] for p in PUNCH_PRIORITY)


def _key_combinations(mask: int) -> list[int]:
    """Every subset of the bits in `mask` (0 included)."""
    subsets = [0]
    for bit in (1 << n for n in range(mask.bit_length()) if mask >> n & 1):
        subsets += [s | bit for s in subsets]
    return subsets


# the punches newly pressed, in priority order, for each combination of new punch keys
PRESSES = {bits: tuple(p for p in PUNCH_PRIORITY if bits & BIT[p])
            for bits in _key_combinations(PUNCH_BITS)}


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
    presses = PRESSES[cmd & ~f.prev_cmd & PUNCH_BITS]
    if presses and f.state in BUFFERING_STATES:
        f.buffered = presses[0]
        f.buffer_ticks = rules_buffer
    elif f.buffer_ticks > 0:
        f.buffer_ticks -= 1
        if f.buffer_ticks == 0:
            f.buffered = ""
    return presses


def can_throw(f: Fighter, move: MoveData, game: GameData) -> bool:
    if move.costs_heart:
        return f.heart >= game.rules.heart_max
    return f.stamina >= move.stamina * game.rules.throw_stamina_share


def start_punch(f: Fighter, move: MoveData, game: GameData, events: list[Event], x: float) -> None:
    r = game.rules
    f.set_state(State.ATTACK)
    f.move = move.id
    f.move_tick = 0
    f.move_connected = False
    tired = f.tired
    f.startup = move.startup + (r.tired_startup_extra if tired else 0)
    f.active = move.active
    f.recovery = move.recovery + (r.tired_recovery_extra if tired else 0)
    f.move_power_mult = r.tired_damage_mult if tired else 1.0
    f.chain = min(f.chain + 1, r.chain_max) if f.since_punch <= r.chain_window else 0
    f.since_punch = 0
    f.stamina = max(0.0, f.stamina - move.stamina * (1.0 + r.chain_stamina_step * f.chain))
    if move.costs_heart:
        f.heart = 0.0
    f.punches_thrown += 1
    f.thrown_by_move[move.id] = f.thrown_by_move.get(move.id, 0) + 1
    f.buffered = ""
    f.buffer_ticks = 0
    events.append(Event(EventKind.PUNCH, f.side, move.id, move.target, x, 1.3, 0.0))


def advance(f: Fighter, cmd: int, presses: tuple[str, ...], game: GameData, can_act: bool,
            events: list[Event], x: float, pinned: bool = False) -> None:
    """Advance one fighter's state machine by one tick (no physics, no hits).

    `pinned`: his back is on his ropes with the other man close, so he may roll out.
    Why the footing is done here: most ticks a free man only walks, stands or covers, and the
    table gives that in one look-up, with no call (`_choose` does the rest: punches, a taunt,
    a roll; when it does none of them he keeps his feet the same way).
    """
    f.state_tick += 1
    state = f.state
    if state == _ATTACK:
        busy = _punch_tick(f, game, events, x)
    else:
        f.since_punch += 1
        busy = state in _NOT_FREE and (
            (state in STUN_STATES and _stunned(f, game)) or state in HELPLESS_STATES)
    if busy:
        pass
    elif not can_act:
        f.set_state(_IDLE)
    elif not ((presses or f.buffered or pinned or cmd & _TAUNT_BIT)
              and _choose(f, cmd, presses, game, events, x, pinned)):
        # his footing: ducking, guarding, walking or standing, from the held keys
        state, walk_dir = _FOOTING[cmd & _FOOTING_BITS]
        if walk_dir:
            f.walk_dir = walk_dir
        if state != f.state:
            f.state = state
            f.state_tick = 0
    f.prev_cmd = cmd


def _stunned(f: Fighter, game: GameData) -> bool:
    """One tick of a stun (a blow, a block, a taunt, getting up, a roll); False once it is
    over and he is free to act this tick."""
    f.stun -= 1
    if f.stun > 0:
        return True
    if f.state == _TAUNT:   # showboated to the end untouched: the crowd roars
        f.heart = min(game.rules.heart_max, f.heart + game.rules.taunt_heart)
    f.set_state(_IDLE)
    return False


def _punch_tick(f: Fighter, game: GameData, events: list[Event], x: float) -> bool:
    """One tick of a punch in progress: a miss costs extra stamina when its active ticks
    pass without contact. False once the recovery is over."""
    f.move_tick += 1
    if f.move_tick == f.startup + f.active and not f.move_connected:
        move = game.moves[f.move]
        extra = move.stamina * (game.rules.whiff_mult - 1.0)
        f.stamina = max(0.0, f.stamina - extra)
        f.recovery += game.rules.whiff_recovery_extra   # overextended
        events.append(Event(EventKind.WHIFF, f.side, f.move, move.target, x, 1.3, 0.0))
    if f.move_tick >= f.startup + f.active + f.recovery:
        f.move = ""
        f.set_state(_IDLE)
        return False
    return True


def _choose(f: Fighter, cmd: int, presses: tuple[str, ...], game: GameData, events: list[Event],
            x: float, pinned: bool) -> bool:
    """A free man does what the command asks: a punch first (this tick's press or the
    buffered one), then a taunt or a roll off the ropes; False when he does none of them
    (then `advance` sets his footing)."""
    want = presses[0] if presses else f.buffered
    if want:
        move = game.moves[want]
        if can_throw(f, move, game):
            start_punch(f, move, game, events, x)
            return True
        if want == f.buffered:
            f.buffered = ""
    if cmd & _TAUNT_BIT and not f.prev_cmd & _TAUNT_BIT:   # taunt just pressed
        f.set_state(State.TAUNT)
        f.stun = game.rules.taunt_ticks
        f.stamina = max(0.0, f.stamina - game.rules.taunt_stamina)
        events.append(Event(EventKind.TAUNT, f.side, x_m=x))
        return True
    if pinned and _rolls_out(f, cmd):
        f.set_state(State.PIVOT)
        f.stun = PIVOT_TICKS
        f.pivot_dir = f.facing        # the way round him, fixed while facings swap mid-pass
        f.stamina -= PIVOT_STAMINA
        events.append(Event(EventKind.PIVOT, f.side, x_m=x, y_m=0.9))
        return True
    return False


def _rolls_out(f: Fighter, cmd: int) -> bool:
    """DUCK + BACK (one of them just pressed), no guard, and the legs for it."""
    return (bool(cmd & BIT["duck"]) and bool(cmd & BIT["back"]) and not cmd & BIT["guard"]
            and f.stamina >= PIVOT_STAMINA
            and (pressed(cmd, f.prev_cmd, "duck") or pressed(cmd, f.prev_cmd, "back")))


def _footing_for(cmd: int) -> tuple[str, int]:
    """The stance these held keys ask for, and the walk's direction (0: leave it as it was)."""
    guard = cmd & _GUARD_BIT
    if cmd & _DUCK_BIT:
        return (_LOW_GUARD if guard else _DUCK), 0
    if guard:
        return _GUARD, 0
    fwd = bool(cmd & _FORWARD_BIT)
    if fwd != bool(cmd & _BACK_BIT):
        return _WALK, (1 if fwd else -1)
    return _IDLE, 0


_FOOTING_BITS = _DUCK_BIT | _GUARD_BIT | _FORWARD_BIT | _BACK_BIT
_FOOTING = {bits: _footing_for(bits) for bits in _key_combinations(_FOOTING_BITS)}


def regen_rates(data: FighterData, rules: RulesData) -> dict[str, float | None]:
    """The stamina one tick gives back in each state (None: none at all), for one man.

    Stamina comes back while a man is not punching (nor lying on the canvas); slower
    guarding than standing still. Made once a fight, so the tick's `regen` is one look-up."""
    rate = data.stamina_regen_per_s / 60.0
    guarded = rate * rules.guard_regen_mult
    return {state: None if state in NO_REGEN_STATES else guarded if state in GUARDED_STATES
            else rate for state in ALL_STATES}


def regen(breath: tuple[tuple[Fighter, dict[str, float | None], float], ...],
          delay: int) -> None:
    """Both men get their breath back, each at his rate for his state (`regen_rates`), once
    `delay` ticks have passed since his last punch. `breath`: each man with his rates and his
    most stamina (his data's, which never changes in a fight).

    Why no test for a full man: the sum is capped at his most, so it gives a full man the
    same number back (a rate is never negative). Why both men in one call: a call costs more
    than the loop."""
    for f, rates, cap in breath:
        rate = rates[f.state]
        if rate is not None and f.since_punch >= delay:
            stamina = f.stamina + rate
            f.stamina = stamina if stamina < cap else cap   # (min(cap, stamina), no call)


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
    if zone != move.target and zone not in move.also_hits:
        return None
    blocked = False
    guard_up = dfd.since_punch >= r.guard_rise_ticks   # a punching man's hands are busy
    if move.target == "head" and dfd.state == State.GUARD and guard_up:
        blocked = True
    elif move.target == "body" and dfd.state == State.LOW_GUARD and guard_up:
        blocked = True
    elif dfd.state == State.BLOCKSTUN:
        blocked = (move.target == "head") == (dfd.stun_anim == "block_high")
    counter = (dfd.state == State.ATTACK and dfd.phase() in ("startup", "recovery")
               and not blocked)
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
            impulse *= r.counter_impulse_mult
        if dfd.state in DUCKING:
            damage *= move.duck_damage_mult
            stun += move.duck_hitstun_bonus
    direction = 1.0 if att.facing > 0 else -1.0
    hitstop = move.hitstop + (r.counter_hitstop_bonus if counter else 0)
    return Outcome(att_index, def_index, move.id, move.target, blocked, counter, damage,
                   direction * impulse, stun, hitstop, x, y)


def apply_outcome(o: Outcome, att: Fighter, dfd: Fighter, game: GameData,
                  events: list[Event]) -> bool:
    """Apply a judged punch; returns True when it put the defender down."""
    r = game.rules
    move = game.moves[o.move]
    att.move_connected = True
    weight = min(1.0, move.power / FULL_WEIGHT_POWER)
    if o.blocked:
        att.recovery += r.block_recovery_extra    # his arm is tied up on the guard
        att.stamina = max(0.0, att.stamina - move.stamina * (r.block_cost_mult - 1.0))
        dfd.health = max(0.0, dfd.health - o.damage)
        dfd.stamina = max(0.0, dfd.stamina - r.block_stamina)
        dfd.set_state(State.BLOCKSTUN)
        dfd.state_tick = 0
        dfd.stun = o.stun
        dfd.stun_anim = "block_high" if o.zone == "head" else "block_low"
        events.append(Event(EventKind.BLOCK, dfd.side, o.move, o.zone, o.x, o.y, weight * 0.5))
    else:
        dfd.health = max(0.0, dfd.health - o.damage)
        dfd.stamina = max(0.0, dfd.stamina - move.stamina_damage)
        att.punches_landed += 1
        att.landed_by_move[o.move] = att.landed_by_move.get(o.move, 0) + 1
        att.heart = min(r.heart_max,
                        att.heart + r.land_heart + (r.counter_heart if o.counter else 0.0))
        if dfd.state == State.ATTACK:
            dfd.move = ""
        dfd.set_state(State.HITSTUN)
        dfd.state_tick = 0
        dfd.stun = o.stun
        dfd.stun_anim = "hit_body" if o.zone == "body" else "hit_head"
        events.append(Event(EventKind.HIT, dfd.side, o.move, o.zone, o.x, o.y, weight))
        if o.counter:
            events.append(Event(EventKind.COUNTER, att.side, o.move, o.zone, o.x, o.y, weight))
    att.damage_dealt += o.damage
    if not o.blocked:   # the judges score clean punches, not punches on the gloves
        att.round_damage += o.damage
        att.round_landed += 1
    dfd.damage_taken += o.damage
    return dfd.health <= 0.0
