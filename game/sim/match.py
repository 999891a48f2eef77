"""One fight: two fighters, the ring, the rules of rounds, counts and cards.

Why one object with a single `step`: the app, the tests, the tournament and replays all
advance a fight the same way, one 1/60 s tick per call with one command per side, and the
same seed and commands always give the same fight, in any process.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from functools import cache

from game.assets import asset_path
from game.sim import combat
from game.sim.actions import PUNCH_MASK
from game.sim.animation import pose_for
from game.sim.atlas import FighterAtlas, load_atlas
from game.sim.bonuses import Bonus, apply
from game.sim.data import FIGHTER_IDS, GameData, default_game_data
from game.sim.fighter import Fighter
from game.sim.physics import RingWorld
from game.sim.scoring import RoundStats, Scorecards
from game.sim.states import LYING, OFF_HIS_FEET, EventKind, Phase, State
from game.sim.view import RING_HALF_WIDTH_M, TICKS_PER_SECOND, Event, FighterView, MatchView

VENUES = ("las_vegas", "moscow")
SIDES = ("p1", "p2")
INTRO_TICKS = 120
ROUND_OVER_TICKS = 90
BREAK_TICKS = 300
COUNT_START = combat.FALL_TICKS + 20   # the referee starts counting once the man has landed
COUNT_TICKS = 60                       # about one count a second
START_X = 1.0
CROWD_PER_DAMAGE = 0.006   # crowd mood per point of clean damage
CROWD_GETUP = 0.12         # ...and for getting up off the canvas
CUT_DAMAGE = 6.5           # a clean head shot this heavy opens (or worsens) a cut


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


class Match:
    """The fight simulation. It never reads the clock, the window or any device."""

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
        self.winner: str | None = None
        self.method: str | None = None
        self.reason: str | None = None
        self.cards = Scorecards()
        self.events: tuple[Event, ...] = ()
        self.crowd = max(-1.0, min(1.0, setup.crowd_start))
        self._rope_touch = [False, False]
        self._poses: list[tuple[str, str]] = [pose_for(f, self.game) for f in self.fighters]
        # the fist capsules as placed this tick (after aiming), for the training overlay
        self.placed_fists: list[tuple | None] = [None, None]

    # --- the tick -----------------------------------------------------------------------
    @property
    def over(self) -> bool:
        return self.phase == Phase.OVER

    def step(self, cmd1: int, cmd2: int) -> None:
        """Advance exactly one 1/60 s tick with one command per side."""
        events: list[Event] = []
        cmds = (cmd1, cmd2)
        self.tick += 1
        self.phase_tick += 1
        if self.hitstop > 0:  # both men frozen on impact; presses still wait in the buffer
            self.hitstop -= 1
            for f, cmd in zip(self.fighters, cmds, strict=True):
                combat.take_command(f, cmd, self.game.rules.buffer_ticks)
                f.prev_cmd = cmd
            self.events = ()
            return
        phase = self.phase
        if phase == Phase.INTRO:
            self._intro(events)
        elif phase == Phase.ROUND_OVER and self.phase_tick >= ROUND_OVER_TICKS:
            self._after_round(events)
        elif phase == Phase.BREAK and self.phase_tick >= BREAK_TICKS:
            self._start_round(events)
        can_act = self.phase == Phase.FIGHT
        fighters = self.fighters
        presses = [combat.take_command(f, c, self.game.rules.buffer_ticks)
                   for f, c in zip(fighters, cmds, strict=True)]
        for i, (f, c, p) in enumerate(zip(fighters, cmds, presses, strict=True)):
            combat.advance(f, c, p, self.game, can_act, events, self.world.x(i),
                           pinned=self._pinned(i))
        if self.phase == Phase.KNOCKDOWN:
            self._count(cmds, presses, events)
        self._move_and_hit(events)
        for f in fighters:
            combat.regen(f, self.game)
        if self.phase == Phase.FIGHT:
            self.clock -= 1
            if self.clock <= 0:
                self._end_round(events)
        if self.phase == Phase.BREAK:
            self._corner_recovery()
        self.events = tuple(events)

    def _pinned(self, i: int) -> bool:
        """His back is on his own ropes and the other man is on top of him."""
        return combat.pinned(self.world.x(i), self.fighters[i].facing, self.world.x(1 - i),
                             self.setup.ring_half_width)

    def _pivot_vx(self, i: int) -> float:
        """Carry a rolling man round the other to his mark beyond him, by the roll's end."""
        f = self.fighters[i]
        hw = f.data.half_width_m
        limit = self.setup.ring_half_width - hw
        mark = self.world.x(1 - i) + f.pivot_dir * combat.PIVOT_PAST_M
        mark = max(-limit, min(limit, mark))
        if f.stun <= combat.PIVOT_PLANT_TICKS:
            return 0.0   # he plants his feet at the end, facing the other way
        ticks = f.stun - combat.PIVOT_PLANT_TICKS
        vx = (mark - self.world.x(i)) * TICKS_PER_SECOND / ticks
        return max(-combat.PIVOT_MAX_MPS, min(combat.PIVOT_MAX_MPS, vx))

    def _drive_legs(self) -> None:
        """Set each man's speed from his legs (or his roll), unless a blow has him sliding."""
        world = self.world
        for i, f in enumerate(self.fighters):
            if f.state == State.PIVOT:
                world.set_vx(i, self._pivot_vx(i))
                continue
            want = combat.target_vx(f, self.game)
            if want is None:
                continue
            vx = world.vx(i)
            if abs(vx) > f.data.walk_speed_mps * combat.SLIDE_FACTOR:
                continue
            limit = combat.WALK_ACCEL if want else combat.STOP_ACCEL
            dv = max(-limit, min(limit, want - vx))
            world.set_vx(i, vx + dv)

    def _move_and_hit(self, events: list[Event]) -> None:
        world = self.world
        fighters = self.fighters
        world.set_passing(any(f.state == State.PIVOT for f in fighters))
        self._drive_legs()
        world.step()
        x0, x1 = world.x(0), world.x(1)
        fighters[0].facing = 1 if x0 <= x1 else -1
        fighters[1].facing = -fighters[0].facing
        self._ropes(events)
        # place the hit shapes from this tick's poses, then look for contact
        poses = [pose_for(f, self.game) for f in fighters]
        self._poses = poses
        any_fist = False
        for i, f in enumerate(fighters):
            boxes = f.atlas.poses[poses[i][1]]
            fist = None
            if f.state == State.ATTACK and f.phase() == "active" and not f.move_connected:
                fist = self._aimed_fist(f, fighters[1 - i], boxes.fist)
                any_fist = fist is not None or any_fist
            self.placed_fists[i] = fist
            vulnerable = f.state not in OFF_HIS_FEET and not (
                f.state == State.PIVOT and f.state_tick > combat.PIVOT_DIP_TICKS)
            world.place(i, f.facing, boxes, fist, vulnerable)
        if not any_fist:
            return
        outcomes = []
        for hit in world.find_hits():
            att, dfd = fighters[hit.attacker], fighters[hit.defender]
            if any(o.attacker == hit.attacker for o in outcomes):
                continue  # one contact per punch: the head, when both were touched
            o = combat.judge_hit(att, dfd, hit.zone, self.game, att.data.mass_kg,
                                 hit.attacker, hit.defender, hit.x, hit.y)
            if o is not None:
                outcomes.append(o)
        downs = []
        for o in outcomes:  # both judged against the same pre-reaction states: trades happen
            if combat.apply_outcome(o, fighters[o.attacker], fighters[o.defender], self.game,
                                    events):
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
        for side in (0, 1):
            give = self.world.rope_give(side)
            touching = give > 0.04
            if touching and not self._rope_touch[side]:
                x = -self.setup.ring_half_width if side == 0 else self.setup.ring_half_width
                events.append(Event(EventKind.ROPE, "", x_m=x, y_m=0.9,
                                    weight=min(1.0, give / 0.3)))
            self._rope_touch[side] = touching

    # --- knockdowns and the count -------------------------------------------------------
    def _knockdown(self, i: int, by: int, events: list[Event]) -> None:
        f = self.fighters[i]
        f.set_state(State.DOWN)
        f.move = ""
        f.stun = 0
        f.knockdowns_round += 1
        f.knockdowns_total += 1
        f.getup_progress = 0.0
        x = self.world.x(i)
        events.append(Event(EventKind.KNOCKDOWN, f.side, x_m=x, weight=1.0,
                            value=f.knockdowns_total))
        if i not in self.downed:
            self.downed.append(i)
            self.downed.sort()
        if self.setup.three_knockdown_tko and f.knockdowns_round >= 3:
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

    def _count(self, cmds: tuple[int, int], presses: list[list[str]],
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

    def _try_to_rise(self, i: int, cmd: int, presses: list[str], events: list[Event]) -> None:
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
        can_rise = self.getup_health(f) > 0.0
        if can_rise and self.count >= r.getup_min_count and f.getup_progress >= self.getup_need(f):
            f.set_state(State.GETUP)
            f.stun = combat.GETUP_TICKS
            f.buffered = ""
            f.health = self.getup_health(f)
            f.heart = min(r.heart_max, f.heart + r.getup_heart)
            events.append(Event(EventKind.GETUP, f.side, x_m=self.world.x(i)))
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
        for i, f in enumerate(self.fighters):
            body = self.world.bodies[i]
            body.position = ((-START_X if i == 0 else START_X), body.position.y)
            body.velocity = (0.0, 0.0)
            f.set_state(State.IDLE)
            f.move = ""
            f.stun = 0
        for side, rope in enumerate(self.world.ropes):
            rope.position = (self.world.rope_rest[side], rope.position.y)
            rope.velocity = (0.0, 0.0)

    def _finish(self, winner: str | None, method: str, reason: str, events: list[Event]) -> None:
        if self.phase == Phase.OVER:
            return
        self.phase = Phase.OVER
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
        """An immutable picture of this tick for the renderer, the brains and tests."""
        fvs = []
        for i, f in enumerate(self.fighters):
            anim, pose = self._poses[i]
            fvs.append(FighterView(
                side=f.side, id=f.data.id, name=f.data.name, short_name=f.data.short_name,
                x_m=self.world.x(i), vx_mps=self.world.vx(i), facing=f.facing, state=f.state,
                state_tick=f.state_tick, move=f.move, move_phase=f.phase(), anim=anim, pose=pose,
                health=f.health, health_max=f.data.health_max, stamina=f.stamina,
                stamina_max=f.data.stamina_max, heart=f.heart,
                heart_max=self.game.rules.heart_max, knockdowns_round=f.knockdowns_round,
                knockdowns_total=f.knockdowns_total, hitstop=self.hitstop, tired=f.tired,
                damage_taken=f.damage_taken, punches_thrown=f.punches_thrown,
                punches_landed=f.punches_landed, cut=f.cut))
        downed = SIDES[self.downed[0]] if self.downed else ""
        return MatchView(
            tick=self.tick, phase=self.phase, phase_tick=self.phase_tick, round=self.round,
            rounds=self.setup.rounds, clock_ticks_left=self.clock, round_ticks=self.round_ticks,
            fighters=(fvs[0], fvs[1]), rope_left_m=self.world.rope_give(0),
            rope_right_m=self.world.rope_give(1), count=self.count, downed=downed,
            winner=self.winner, method=self.method, reason=self.reason,
            venue=self.setup.venue, events=self.events, crowd=self.crowd)
