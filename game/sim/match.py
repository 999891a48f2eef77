"""One fight: two fighters, the ring, the rules of rounds, counts and cards.

Why one object with a single `step`: the app, the tests, the tournament and replays all
advance a fight the same way, one 1/60 s tick per call with one command per side, and the
same seed and commands always give the same fight, in any process.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from functools import cache

from game.assets import asset_path
from game.sim import combat
from game.sim.actions import BIT, PUNCH_MASK
from game.sim.animation import LOOPING_STATES, pose_for
from game.sim.atlas import FighterAtlas, load_atlas
from game.sim.bonuses import Bonus, apply
from game.sim.combat import PRESSES, PUNCH_BITS, SLIDING_STATES
from game.sim.data import FIGHTER_IDS, GameData, default_game_data
from game.sim.fighter import Fighter
from game.sim.physics import RingWorld
from game.sim.scoring import RoundStats, Scorecards
from game.sim.states import LYING, OFF_HIS_FEET, EventKind, Phase, State
from game.sim.view import (
    RING_HALF_WIDTH_M,
    TICKS_PER_SECOND,
    Event,
    FighterView,
    MatchView,
    filler,
)

VENUES = ("las_vegas", "moscow")
# the phases and states compared on every tick, bound once (a global, not a class look-up)
_FIGHT, _INTRO, _KNOCKDOWN = Phase.FIGHT, Phase.INTRO, Phase.KNOCKDOWN
_ROUND_OVER, _BREAK = Phase.ROUND_OVER, Phase.BREAK
_ATTACK, _PIVOT, _WALK = State.ATTACK, State.PIVOT, State.WALK
_WALK_ACCEL, _STOP_ACCEL = combat.WALK_ACCEL, combat.STOP_ACCEL
_copysign = math.copysign
_ROLL_KEYS = BIT["duck"] | BIT["back"]   # a roll-out needs both held: only then is "pinned" asked
SIDES = ("p1", "p2")
INTRO_TICKS = 120
ROUND_OVER_TICKS = 90
BREAK_TICKS = 300
COUNT_START = combat.FALL_TICKS + 20   # the referee starts counting once the man has landed
COUNT_TICKS = 60                       # about one count a second
START_X = 1.0
CROWD_PER_DAMAGE = 0.006   # crowd mood per point of clean damage
CROWD_GETUP = 0.12         # ...and for getting up off the canvas
ROPE_TOUCH_M = 0.04         # the ropes give this much before a man is leaning on them
CUT_DAMAGE = 6.5           # a clean head shot this heavy opens (or worsens) a cut
GUARD_COUNT = 8            # a guarded man (Match.guarded) is up by this count at the latest
GUARD_HEALTH = 0.25        # ...with at least this share of his health


@dataclass(frozen=True, slots=True)
class MatchSetup:
    fighters: tuple[str, str] = ("rocky", "drago")
    venue: str = "las_vegas"
    rounds: int = 3
    round_seconds: float = 60.0
    seed: int = 0
    three_knockdown_tko: bool = True
    bonuses: tuple[Bonus, Bonus] = ((), ())   # training bonuses (game/sim/bonuses.py)
    ring_half_width: float = RING_HALF_WIDTH_M
    hold_to_rise: bool = False
    crowd_start: float = 0.0       # the crowd's mood at the first bell (-1 all for p2)
    crowd_gain: float = 1.0        # how quickly punches sway it

    def check(self) -> None:
        for fid in self.fighters:
            if fid not in FIGHTER_IDS:
                raise ValueError(f"unknown fighter {fid!r}; expected one of {FIGHTER_IDS}")
        if self.venue not in VENUES:
            raise ValueError(f"unknown venue {self.venue!r}; expected one of {VENUES}")
        if not 1 <= self.rounds <= 15:
            raise ValueError(f"rounds must be 1..15, got {self.rounds}")
        if not 1.0 <= self.round_seconds <= 600.0:
            raise ValueError(f"round seconds must be 1..600, got {self.round_seconds}")


@cache
def fighter_atlas(fighter_id: str) -> FighterAtlas:
    return load_atlas(asset_path("sprites", f"{fighter_id}.json"), fighter_id)


@dataclass(slots=True)
class _Placed:
    """The pose, x and facing a man's hit shapes were last placed from (`_place_and_hit`):
    pose None unless it was a stance's or a punch's outside its active ticks; x NaN for 0.0
    and before the first placing."""

    pose: tuple[str, str] | None = None
    x: float = math.nan
    facing: int = 0


class Match:
    """The fight simulation. It never reads the clock, the window or any device.

    Why `__slots__`: the tick reads and writes the match's own attributes dozens of times.
    At 30 of them CPython 3.11 stopped keeping an instance's attributes in the class's shared
    key table, and every `self.x` fell to a dict look-up (`LOAD_ATTR_WITH_HINT` in
    `dis.dis(Match.step, adaptive=True)`); slots are read at a fixed offset however many
    there are. A new attribute goes in this list (else the constructor refuses at once)."""

    __slots__ = (
        "setup", "game", "rng", "fighters", "world", "round_ticks", "tick", "round", "phase",
        "phase_tick", "clock", "hitstop", "count", "downed", "over", "winner", "method",
        "reason", "cards", "events", "crowd", "damage_scale", "guarded", "health_floor",
        "_rope_touch", "_roped", "_poses", "_placed_from", "_breath", "_sides", "placed_fists")

    def __init__(self, setup: MatchSetup, game: GameData | None = None) -> None:
        setup.check()
        self.setup = setup
        self.game = game or default_game_data()
        self.rng = random.Random(setup.seed)
        self.fighters: list[Fighter] = []
        for i, fid in enumerate(setup.fighters):
            data = apply(self.game.fighters[fid], setup.bonuses[i])
            f = Fighter(SIDES[i], data, fighter_atlas(fid), data.health_max, data.stamina_max,
                        self.game.rules.tired_fraction)
            f.facing = 1 if i == 0 else -1
            self.fighters.append(f)
        self.world = RingWorld(
            tuple(f.data.mass_kg for f in self.fighters),  # type: ignore[arg-type]
            tuple(f.data.half_width_m for f in self.fighters),  # type: ignore[arg-type]
            (-START_X, START_X), setup.ring_half_width)
        self.round_ticks = max(1, round(setup.round_seconds * TICKS_PER_SECOND))
        self.tick = 0
        self.round = 1
        self.phase: str = Phase.INTRO
        self.phase_tick = 0
        self.clock = self.round_ticks
        self.hitstop = 0
        self.count = 0
        self.downed: list[int] = []
        self.over = False   # the fight is over (phase OVER): read after every tick by every loop
        self.winner: str | None = None
        self.method: str | None = None
        self.reason: str | None = None
        self.cards = Scorecards()
        self.events: tuple[Event, ...] = ()
        self.crowd = max(-1.0, min(1.0, setup.crowd_start))
        # knobs for a scripted fight (the story's director, game/story/director.py); at their
        # defaults a match is exactly the plain one. damage_scale: what each side's clean and
        # blocked punches do, times this. guarded: that side cannot be stopped (he always
        # beats the count, by GUARD_COUNT, and the three-knockdown rule spares him).
        # health_floor: no punch takes that side below this much health (nor off his feet).
        self.damage_scale = [1.0, 1.0]
        self.guarded = [False, False]
        self.health_floor = [0.0, 0.0]
        self._rope_touch = [False, False]
        self._roped = False   # either of them
        self._poses: list[tuple[str, str]] = [pose_for(f, self.game) for f in self.fighters]
        self._placed_from = [_Placed(), _Placed()]   # what each man's shapes show (`_place`)
        # each man with his breath's rates and his most stamina (combat.regen), and for his
        # legs with his index and the speeds past which he is sliding from a blow, not walking
        # (`_drive_legs`)
        self._breath = tuple((f, combat.regen_rates(f.data, self.game.rules),
                              f.data.stamina_max) for f in self.fighters)
        slides = [f.data.walk_speed_mps * combat.SLIDE_FACTOR for f in self.fighters]
        self._sides = tuple((i, f, slides[i], -slides[i]) for i, f in enumerate(self.fighters))
        # the fist capsules as placed this tick (after aiming), for the training overlay
        self.placed_fists: list[tuple | None] = [None, None]

    # --- the tick -----------------------------------------------------------------------
    def step(self, cmd1: int, cmd2: int) -> None:
        """Advance exactly one 1/60 s tick with one command per side."""
        self.tick += 1
        self.phase_tick += 1
        if self.hitstop > 0:  # both men frozen on impact; presses still wait in the buffer
            self.hitstop -= 1
            self._frozen_tick(cmd1, cmd2)
            return
        events: list[Event] = []
        if self.phase != _FIGHT:
            self._between_bells(events)
        f0, f1 = self.fighters
        game = self.game
        # the punches pressed now; the buffer's book-keeping only when there is some to do
        press0 = PRESSES[cmd1 & ~f0.prev_cmd & PUNCH_BITS]
        if press0 or f0.buffer_ticks:
            press0 = combat.take_command(f0, cmd1, game.rules.buffer_ticks)
        press1 = PRESSES[cmd2 & ~f1.prev_cmd & PUNCH_BITS]
        if press1 or f1.buffer_ticks:
            press1 = combat.take_command(f1, cmd2, game.rules.buffer_ticks)
        can_act = self.phase == _FIGHT
        world = self.world
        if world.touched[0]:   # a body moved from outside (tests, drills): the tick's copy again
            world.sync()
        xs = world.xs
        advance = combat.advance   # (the last argument: may he roll out off the ropes)
        advance(f0, cmd1, press0, game, can_act, events, xs[0],
                cmd1 & _ROLL_KEYS == _ROLL_KEYS and self._pinned(0))
        advance(f1, cmd2, press1, game, can_act, events, xs[1],
                cmd2 & _ROLL_KEYS == _ROLL_KEYS and self._pinned(1))
        if self.phase == _KNOCKDOWN:
            self._count((cmd1, cmd2), (press0, press1), events)
        self._drive_legs()
        world.step()
        self._place_and_hit(events)
        combat.regen(self._breath, game.rules.regen_delay_ticks)
        phase = self.phase
        if phase == _FIGHT:
            self.clock -= 1
            if self.clock <= 0:
                self._end_round(events)   # (to ROUND_OVER: no corner this tick)
        elif phase == _BREAK:
            self._corner_recovery()
        self.events = tuple(events) if events else ()

    def _frozen_tick(self, cmd1: int, cmd2: int) -> None:
        """A tick of a hit's freeze: nobody moves, presses still wait in the buffer."""
        buffer_ticks = self.game.rules.buffer_ticks
        for f, cmd in zip(self.fighters, (cmd1, cmd2), strict=True):
            combat.take_command(f, cmd, buffer_ticks)
            f.prev_cmd = cmd
        self.events = ()

    def _between_bells(self, events: list[Event]) -> None:
        """The intro's bell, the walk back to the corners and the break between rounds."""
        phase = self.phase
        if phase == _INTRO:
            self._intro(events)
        elif phase == _ROUND_OVER and self.phase_tick >= ROUND_OVER_TICKS:
            self._after_round(events)
        elif phase == _BREAK and self.phase_tick >= BREAK_TICKS:
            self._start_round(events)

    def _pinned(self, i: int) -> bool:
        """His back is on his own ropes and the other man is on top of him."""
        xs = self.world.xs
        return combat.pinned(xs[i], self.fighters[i].facing, xs[1 - i],
                             self.setup.ring_half_width)

    def _pivot_vx(self, i: int) -> float:
        """Carry a rolling man round the other to his mark beyond him, by the roll's end."""
        f = self.fighters[i]
        hw = f.data.half_width_m
        limit = self.setup.ring_half_width - hw
        mark = self.world.xs[1 - i] + f.pivot_dir * combat.PIVOT_PAST_M
        mark = max(-limit, min(limit, mark))
        if f.stun <= combat.PIVOT_PLANT_TICKS:
            return 0.0   # he plants his feet at the end, facing the other way
        ticks = f.stun - combat.PIVOT_PLANT_TICKS
        vx = (mark - self.world.xs[i]) * TICKS_PER_SECOND / ticks
        return max(-combat.PIVOT_MAX_MPS, min(combat.PIVOT_MAX_MPS, vx))

    def _drive_legs(self) -> None:
        """Set each man's speed from his legs (or his roll), unless a blow has him sliding:
        towards his walking speed while he walks (slower tired, and backing off), else towards
        a stop, by at most the legs' push a tick.

        Why the walking speed is worked out here, not asked of a function a man: this is the
        only place that wants it, and two calls a tick cost more than the rest of the loop.
        While a man rolls round the other, their bodies pass through each other.

        Why a man standing still at +0.0 is passed over: stopping, he wants 0.0, so the step
        is 0.0 - 0.0 = +0.0 and his new speed +0.0 + +0.0 = +0.0, the very number he has, which
        `RingWorld.set_vx` would not set; that is most of a fight's ticks for each man, and the
        call cost more than the rest of his turn. (At -0.0 the sum gives +0.0, a new number:
        he takes the long way.)"""
        world = self.world
        vxs = world.vxs
        rules = self.game.rules
        passing = False
        for i, f, sliding, sliding_back in self._sides:
            state = f.state
            if state == _WALK:
                walk_dir = f.walk_dir
                speed = f.data.walk_speed_mps * (rules.tired_walk_mult if f.tired else 1.0)
                want = speed * walk_dir * f.facing * (rules.back_walk_mult if walk_dir < 0 else 1.0)
                vx = vxs[i]
            elif state == _PIVOT:
                passing = True
                world.set_vx(i, self._pivot_vx(i))
                continue
            elif state in SLIDING_STATES:
                continue
            else:
                vx = vxs[i]
                if vx == 0.0 and _copysign(1.0, vx) > 0.0:
                    continue   # standing at +0.0 he stays at +0.0 (see the docstring)
                want = 0.0
            if vx > sliding or vx < sliding_back:
                continue
            limit = _WALK_ACCEL if want else _STOP_ACCEL
            dv = want - vx
            if dv > limit:
                dv = limit
            elif dv < -limit:
                dv = -limit
            world.set_vx(i, vx + dv)   # (which does nothing when the speed is his)
        if passing != world.passing:
            world.set_passing(passing)

    def _place_and_hit(self, events: list[Event]) -> None:
        """After the physics step: the men face each other, a rope event when a man first
        leans on a rope, both men's hit shapes put where this tick's poses say, and any fist
        out judged against the other man.

        Why a man's shapes may be left as they are: a stance's pose is the atlas's own
        (cycle, pose) pair (`FighterAtlas.looped`), a punch's one pair for each phase and pose
        (`PunchAnim.pairs`, both from `pose_for`), and only a man placed in a stance or in a
        punch's wind-up or follow-through has his pair remembered (`_place`). So the very pair
        he was last placed from means the same stance, or the same punch in the same phase,
        and the same pose now: hittable, no fist, the same boxes; at the same x (not 0.0,
        which `RingWorld.place` never trusts: an x of 0.0 is remembered as NaN, which equals
        nothing) and facing, that call would change nothing. Two thirds of a man's ticks are
        such (standing, covering or punching on the spot), and each is two calls saved."""
        world = self.world
        f0, f1 = self.fighters
        x0, x1 = world.xs
        f0.facing = facing0 = 1 if x0 <= x1 else -1
        f1.facing = facing1 = -facing0
        gives = world.rope_gives
        if self._roped or gives[0] > ROPE_TOUCH_M or gives[1] > ROPE_TOUCH_M:
            self._ropes(events)
        game = self.game
        poses = self._poses
        pose0 = poses[0] = pose_for(f0, game)
        pose1 = poses[1] = pose_for(f1, game)
        placed = self._placed_from
        fist = False
        shown = placed[0]
        if pose0 is not shown.pose or x0 != shown.x or facing0 != shown.facing:
            fist = self._place(0, x0)
        shown = placed[1]
        if pose1 is not shown.pose or x1 != shown.x or facing1 != shown.facing:
            fist = self._place(1, x1) or fist
        if fist:
            self._land_punches(events)

    def _place(self, i: int, x: float) -> bool:
        """Put fighter i's hurtboxes and (while his punch is live) his aimed fist in the world;
        True when a fist was placed. Remembers the pose it placed from when he is in a stance
        or a punch outside its active ticks (see `_place_and_hit`)."""
        f = self.fighters[i]
        pose = self._poses[i]
        boxes = f.atlas.poses[pose[1]]
        fist = None
        state = f.state
        if state == _ATTACK:
            live = f.phase() == "active"
            if live and not f.move_connected:
                fist = self._aimed_fist(f, self.fighters[1 - i], boxes.fist)
            remember = not live
        else:
            remember = state in LOOPING_STATES
        self.placed_fists[i] = fist
        vulnerable = state not in OFF_HIS_FEET and not (
            state == _PIVOT and f.state_tick > combat.PIVOT_DIP_TICKS)
        self.world.place(i, f.facing, boxes, fist, vulnerable)
        shown = self._placed_from[i]
        shown.pose = pose if remember else None
        shown.x = x if x != 0.0 else math.nan   # (0.0 never matches: see `_place_and_hit`)
        shown.facing = f.facing
        return fist is not None

    def _land_punches(self, events: list[Event]) -> None:
        """Judge every fist touching a hurtbox against the same pre-reaction states (so two
        punches landing together trade), then apply them: damage, knockback, the crowd, cuts,
        knockdowns."""
        world = self.world
        fighters = self.fighters
        outcomes = []
        for hit in world.find_hits():
            att, dfd = fighters[hit.attacker], fighters[hit.defender]
            if any(o.attacker == hit.attacker for o in outcomes):
                continue  # one contact per punch: the head, when both were touched
            o = combat.judge_hit(att, dfd, hit.zone, self.game, att.data.mass_kg,
                                 hit.attacker, hit.defender, hit.x, hit.y)
            if o is not None:
                scale = self.damage_scale[hit.attacker]
                if scale != 1.0:
                    o.damage *= scale
                outcomes.append(o)
        downs = []
        for o in outcomes:  # both judged against the same pre-reaction states: trades happen
            dfd = fighters[o.defender]
            down = combat.apply_outcome(o, fighters[o.attacker], dfd, self.game, events)
            floor = self.health_floor[o.defender]
            if floor and dfd.health < floor:
                dfd.health, down = floor, False
            if down:
                downs.append(o)
            world.push(o.defender, o.impulse)
            self.hitstop = max(self.hitstop, o.hitstop)
            if not o.blocked:
                self._sway(o.attacker, o.damage * CROWD_PER_DAMAGE)
                self._maybe_cut(fighters[o.defender], o, events)
        for o in downs:
            self._knockdown(o.defender, o.attacker, events)

    def _sway(self, towards: int, amount: float) -> None:
        """The crowd leans towards the man doing the work (and the man who will not stay down)."""
        sign = 1.0 if towards == 0 else -1.0
        self.crowd = max(-1.0, min(1.0, self.crowd + sign * amount * self.setup.crowd_gain))

    def _maybe_cut(self, f: Fighter, o: combat.Outcome, events: list[Event]) -> None:
        """A heavy enough clean shot to the head opens a cut under the eye, then worsens it."""
        if o.zone == "head" and o.damage >= CUT_DAMAGE and f.cut < 3:
            f.cut += 1
            events.append(Event(EventKind.CUT, f.side, o.move, "head", o.x, o.y, 1.0, f.cut))

    def stop(self, winner: str | None, method: str, reason: str) -> None:
        """A scripted end, between ticks (a story's finish): over now, as the caller says,
        with no count; the fight-over event goes out with this tick's events."""
        if self.over:
            return
        events = list(self.events)
        self._finish(winner, method, reason, events)
        self.events = tuple(events)

    def throw_towel(self, side: str) -> None:
        """A corner gives up for its man: the other side wins by TKO."""
        if self.over or side not in SIDES:
            return
        events = list(self.events)
        events.append(Event(EventKind.TOWEL, side))
        self._finish(SIDES[1 - SIDES.index(side)], "TKO", "towel", events)
        self.events = tuple(events)

    def _aimed_fist(self, att: Fighter, dfd: Fighter, fist: tuple | None) -> tuple | None:
        """Punches aim: a head punch's fist is moved to the defender's standing head height,
        a body blow's to the centre of his body as it is now, so only ducking dodges. A head
        leaning in (ducking) comes only `lean_reach_share` of its lean nearer the fist, and a
        move's fist reaches `reach_extra_m` farther than the atlas draws it."""
        if fist is None:
            return None
        move = self.game.moves[att.move]
        mine = att.atlas.stand
        dx = move.reach_extra_m
        if move.target == "head":
            dy = dfd.atlas.stand.head[1] - mine.head[1]
            now = dfd.atlas.poses[self._poses[self.fighters.index(dfd)][1]].head
            dx -= self.game.rules.lean_reach_share * max(0.0, now[0] - dfd.atlas.stand.head[0])
        else:
            body = dfd.atlas.poses[self._poses[self.fighters.index(dfd)][1]].body
            dy = (body[1] + body[3]) / 2 - (mine.body[1] + mine.body[3]) / 2
        x0, y0, x1, y1, r = fist
        return (x0 + dx, y0 + dy, x1 + dx, y1 + dy, r)

    def _ropes(self, events: list[Event]) -> None:
        """A rope event when a man first leans on a rope.

        Why the tick calls it only when a rope is touched or was (`_roped`): most ticks
        neither is, and the loop would only set both flags to the False they already hold."""
        gives = self.world.rope_gives
        for side in (0, 1):
            give = gives[side]
            touching = give > ROPE_TOUCH_M
            if touching and not self._rope_touch[side]:
                x = -self.setup.ring_half_width if side == 0 else self.setup.ring_half_width
                events.append(Event(EventKind.ROPE, "", x_m=x, y_m=0.9,
                                    weight=min(1.0, give / 0.3)))
            self._rope_touch[side] = touching
        self._roped = self._rope_touch[0] or self._rope_touch[1]

    # --- knockdowns and the count -------------------------------------------------------
    def _knockdown(self, i: int, by: int, events: list[Event]) -> None:
        f = self.fighters[i]
        f.set_state(State.DOWN)
        f.move = ""
        f.stun = 0
        f.knockdowns_round += 1
        f.knockdowns_total += 1
        f.getup_progress = 0.0
        x = self.world.xs[i]
        events.append(Event(EventKind.KNOCKDOWN, f.side, x_m=x, weight=1.0,
                            value=f.knockdowns_total))
        if i not in self.downed:
            self.downed.append(i)
            self.downed.sort()
        if self.setup.three_knockdown_tko and f.knockdowns_round >= 3 and not self.guarded[i]:
            self._finish(SIDES[by], "TKO", "three_knockdowns", events)
            events.append(Event(EventKind.TKO, f.side, x_m=x, weight=1.0))
            return
        if self.phase in (Phase.FIGHT, Phase.ROUND_OVER):
            self.phase = Phase.KNOCKDOWN
            self.phase_tick = 0
            self.count = 0
            for j, other in enumerate(self.fighters):
                if j not in self.downed and other.state not in LYING:
                    other.set_state(State.IDLE)
                    other.move = ""

    def getup_health(self, f: Fighter) -> float:
        """Each knockdown leaves less to come back with; at nothing left he stays down."""
        r = self.game.rules
        share = r.getup_health_share - r.getup_health_drop * (f.knockdowns_total - 1)
        return max(0.0, share) * f.data.health_max

    def getup_need(self, f: Fighter) -> float:
        """The mashing it takes to rise: more after every knockdown."""
        r = self.game.rules
        return r.getup_mash_need + r.getup_mash_need_step * (f.knockdowns_total - 1)

    def _count(self, cmds: tuple[int, int], presses: tuple[tuple[str, ...], ...],
               events: list[Event]) -> None:
        for i in list(self.downed):
            f = self.fighters[i]
            if f.state == State.DOWN:
                self._try_to_rise(i, cmds[i], presses[i], events)
            elif f.state in (State.IDLE, State.GUARD) and f.state_tick >= 0:  # up and steady
                self.downed.remove(i)
        if not self.downed:
            self.phase = Phase.FIGHT
            self.phase_tick = 0
            self.count = 0
            return
        t = self.phase_tick
        if t >= COUNT_START and (t - COUNT_START) % COUNT_TICKS == 0:
            self._count_one(events)

    def _try_to_rise(self, i: int, cmd: int, presses: tuple[str, ...],
                     events: list[Event]) -> None:
        """A downed man mashes (or holds) punches to rise; he gets up once he has mashed
        enough, the count has reached its minimum and he has health left to rise with."""
        f = self.fighters[i]
        r = self.game.rules
        if self.setup.hold_to_rise and cmd & PUNCH_MASK:
            f.getup_progress += f.data.recovery * r.getup_hold_mult
        elif presses:
            f.getup_progress += f.data.recovery
        if self.phase_tick % r.getup_decay_ticks == 0:
            f.getup_progress = max(0.0, f.getup_progress - r.getup_decay)
        health = self.getup_health(f)
        if self.guarded[i]:   # he cannot be stopped: up by GUARD_COUNT, with something left
            health = max(health, GUARD_HEALTH * f.data.health_max)
            if self.count >= GUARD_COUNT:
                f.getup_progress = max(f.getup_progress, self.getup_need(f))
        if health > 0.0 and self.count >= r.getup_min_count \
                and f.getup_progress >= self.getup_need(f):
            f.set_state(State.GETUP)
            f.stun = combat.GETUP_TICKS
            f.buffered = ""
            f.health = health
            f.heart = min(r.heart_max, f.heart + r.getup_heart)
            events.append(Event(EventKind.GETUP, f.side, x_m=self.world.xs[i]))
            self._sway(i, CROWD_GETUP)

    def _count_one(self, events: list[Event]) -> None:
        """The referee's next number over whoever is still down; at ten he is out."""
        still_down = [i for i in self.downed if self.fighters[i].state == State.DOWN]
        if not still_down:
            return
        self.count += 1
        events.append(Event(EventKind.COUNT, SIDES[still_down[0]], value=self.count))
        if self.count >= 10:
            for i in still_down:
                self.fighters[i].state = State.KO  # keeps lying; no second fall
            if len(still_down) == 2:
                self._finish(None, "draw", "count", events)
            else:
                self._finish(SIDES[1 - still_down[0]], "KO", "count", events)
            events.append(Event(EventKind.KO, SIDES[still_down[0]], weight=1.0))

    # --- rounds -------------------------------------------------------------------------
    def _intro(self, events: list[Event]) -> None:
        if self.phase_tick >= INTRO_TICKS:
            self.phase = Phase.FIGHT
            self.phase_tick = 0
            events.append(Event(EventKind.BELL_START, value=self.round))

    def _end_round(self, events: list[Event]) -> None:
        self.phase = Phase.ROUND_OVER
        self.phase_tick = 0
        last = self.round >= self.setup.rounds
        events.append(Event(EventKind.BELL_FINAL if last else EventKind.BELL_END,
                            value=self.round))
        stats = RoundStats(
            (self.fighters[0].round_damage, self.fighters[1].round_damage),
            (self.fighters[0].round_landed, self.fighters[1].round_landed),
            (self.fighters[0].knockdowns_round, self.fighters[1].knockdowns_round))
        self.cards.score_round(stats, self.rng, self.game.rules)
        for f in self.fighters:
            f.round_damage = 0.0
            f.round_landed = 0
            f.knockdowns_round = 0
            if f.state == State.ATTACK:
                f.move = ""
            if f.state not in LYING:
                f.set_state(State.IDLE)

    def _after_round(self, events: list[Event]) -> None:
        if self.round >= self.setup.rounds:
            winner = self.cards.decision()
            if winner is None:
                self._finish(None, "draw", "judges", events)
            else:
                self._finish(winner, "decision", "judges", events)
            return
        self.phase = Phase.BREAK
        self.phase_tick = 0

    def _corner_recovery(self) -> None:
        """In the corner a man gets his breath back and a little of his legs."""
        for f in self.fighters:
            f.stamina = min(f.data.stamina_max, f.stamina + f.data.stamina_max / BREAK_TICKS)
            lost = f.data.health_max - f.health
            f.health = min(f.data.health_max, f.health + lost * 0.12 / BREAK_TICKS)

    def _start_round(self, events: list[Event]) -> None:
        self.round += 1
        self.phase = Phase.INTRO
        self.phase_tick = 0
        self.clock = self.round_ticks
        for f in self.fighters:
            f.set_state(State.IDLE)
            f.move = ""
            f.stun = 0
        self.world.reset((-START_X, START_X))

    def _finish(self, winner: str | None, method: str, reason: str, events: list[Event]) -> None:
        if self.phase == Phase.OVER:
            return
        self.phase = Phase.OVER
        self.over = True
        self.phase_tick = 0
        self.winner = winner
        self.method = method
        self.reason = reason
        events.append(Event(EventKind.FIGHT_OVER, winner or "", value=self.round))
        for f in self.fighters:
            if f.side == winner:
                f.set_state(State.VICTORY)
                f.move = ""

    # --- views --------------------------------------------------------------------------
    def view(self) -> MatchView:
        """An immutable picture of this tick for the renderer, the brains and tests (the world
        as the last tick left it). Built by `_match_view` (below)."""
        return _match_view(self)


# The views, built every tick for every reader: generated functions (game/sim/view.py
# `filler`) that fill each field straight from the match and its fighters, with what both
# men's views share (the world's numbers, the heart cap, the freeze) looked up once, and
# "tired" worked out in place rather than through the fighter's property.
_fighter_view = filler(
    FighterView, "f, x, vx, poses, heart_max, hitstop",
    prelude=("d = f.data", "stamina = f.stamina", "state = f.state"),
    sources={
        "side": "f.side", "id": "d.id", "name": "d.name", "short_name": "d.short_name",
        "x_m": "x", "vx_mps": "vx", "facing": "f.facing", "state": "state",
        "state_tick": "f.state_tick", "move": "f.move",
        "move_phase": "f.phase() if state == _ATTACK else ''",
        "anim": "poses[0]", "pose": "poses[1]",
        "health": "f.health", "health_max": "d.health_max",
        "stamina": "stamina", "stamina_max": "d.stamina_max",
        "heart": "f.heart", "heart_max": "heart_max",
        "knockdowns_round": "f.knockdowns_round", "knockdowns_total": "f.knockdowns_total",
        "hitstop": "hitstop", "tired": "stamina < d.stamina_max * f.tired_fraction",
        "damage_taken": "f.damage_taken", "punches_thrown": "f.punches_thrown",
        "punches_landed": "f.punches_landed", "cut": "f.cut"},
    env={"_ATTACK": _ATTACK}, name="_fighter_view")

_match_view = filler(
    MatchView, "m",
    prelude=("world = m.world", "xs, vxs = world.xs, world.vxs",
             "heart_max, hitstop = m.game.rules.heart_max, m.hitstop",
             "f0, f1 = m.fighters", "pose0, pose1 = m._poses", "setup = m.setup",
             "gives = world.rope_gives"),
    sources={
        "tick": "m.tick", "phase": "m.phase", "phase_tick": "m.phase_tick", "round": "m.round",
        "rounds": "setup.rounds", "clock_ticks_left": "m.clock", "round_ticks": "m.round_ticks",
        "fighters": "(_fighter_view(f0, xs[0], vxs[0], pose0, heart_max, hitstop), "
                    "_fighter_view(f1, xs[1], vxs[1], pose1, heart_max, hitstop))",
        "rope_left_m": "gives[0]", "rope_right_m": "gives[1]", "count": "m.count",
        "downed": "_SIDES[m.downed[0]] if m.downed else ''", "winner": "m.winner",
        "method": "m.method", "reason": "m.reason", "venue": "setup.venue",
        "events": "m.events", "crowd": "m.crowd"},
    env={"_fighter_view": _fighter_view, "_SIDES": SIDES}, name="_match_view")
