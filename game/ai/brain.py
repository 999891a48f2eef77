"""A CPU boxer: reads only the match view (never the other side's input) and holds keys.

Why a delayed view: a human sees a punch coming a fraction of a second late; the brain looks
at the other man as he was `reaction` ticks ago (never under 12), so it cannot block a jab on
sight; it defends by anticipation and by reading habits, and punishes what it has seen, like a
person. Who the man is (his style, bent by round, hurt and confidence) decides what he likes
to do; the difficulty (his skill) decides how well. Both are in their own modules; this one
only turns them into a command each tick, deterministically from the seed.
"""

from __future__ import annotations

import random
from collections import deque
from functools import cache

from game.ai.answers import Answerer
from game.ai.chance import pick
from game.ai.reading import Read, Reader
from game.ai.skill import DIFFICULTIES, SKILLS, Skill, skill_for
from game.ai.styles import STYLES, Moment, Style, mood
from game.ai.tuning import Tuning, tuning
from game.sim.actions import BIT, PUNCH_MASK, command
from game.sim.combat import pinned
from game.sim.data import default_game_data
from game.sim.match import fighter_atlas
from game.sim.view import RING_HALF_WIDTH_M, Event, FighterView, MatchView

__all__ = ["DIFFICULTIES", "SKILLS", "CpuBrain", "Skill", "punch_reach"]

# sets, as are the other few names a tick tests strings against: a miss in a set is one hash
# look-up, in a tuple a string compare per name
FREE = frozenset(("idle", "walk", "guard", "duck", "low_guard"))
BUSY = frozenset(("attack", "hitstun", "blockstun"))
STUNNED = frozenset(("hitstun", "blockstun"))
SHELLS = frozenset(("guard", "low_guard"))   # the cover-ups he may punch his way out of
# the cover-ups and the crouch `_punish` reads once they have been held a while
# (`shell_read_ticks`); of a punch it reads only the recovery of one not yet punished. In any
# other state (idle, walking, stunned, getting up, a punch on its way) it has nothing to hit
# and draws nothing, unless he has been seen rolling off the ropes (`_decide`'s gate)
SHELL_READ = frozenset(("guard", "duck", "low_guard"))
REPEAT_MASK = PUNCH_MASK | BIT["taunt"]
# the lowest of those keys: a command below it holds none of them (most commands, a guard or a
# step, are told so by one comparison rather than two `&` on ints)
_FIRST_REPEAT = REPEAT_MASK & -REPEAT_MASK
ROLL = command("duck", "back")   # rolling out off the ropes
# the commands a brain gives, built once: `command()` is a call and a loop, every tick
_BACK, _FORWARD, _GUARD, _DUCK = BIT["back"], BIT["forward"], BIT["guard"], BIT["duck"]
_JAB, _BODY, _UPPERCUT, _SPECIAL, _TAUNT = (BIT[n] for n in ("jab", "body", "uppercut", "special",
                                                              "taunt"))
_BACK_GUARD, _LOW_GUARD = command("back", "guard"), command("duck", "guard")
_FORWARD_JAB = command("forward", "jab")
# the plans that hold the same keys every tick they run (a retreat decides as it goes; a
# dart is carried before these are looked at)
_HELD = {"guard": _GUARD, "low_guard": _LOW_GUARD, "duck": _DUCK, "step_in": _FORWARD,
         "step_out": _BACK, "wait": 0}


def _punched(events: tuple[Event, ...], side: str) -> bool:
    """Whether `side` started a punch among `events`. A function of its own, not a generator in
    `command`: a generator there would make its names closure cells, built every tick."""
    return any(e.kind == "punch" and e.side == side for e in events)


def punch_reach(fighter_id: str, move: str) -> float:
    """How far in front of his anchor a fighter's punch reaches, metres (from the atlas)."""
    atlas = fighter_atlas(fighter_id)
    reach = 0.0
    for pose in atlas.punches[move].active:
        fist = atlas.poses[pose].fist
        if fist is not None:
            reach = max(reach, fist[0] + fist[4], fist[2] + fist[4])
    return reach + default_game_data().moves[move].reach_extra_m


@cache
def _eighth_spans(round_ticks: int) -> tuple[tuple[int, int], ...]:
    """For each number of ticks left in a round, the first and last numbers of ticks left with
    the same eighth of the round gone (the style's key), worked out with the very sum
    `_restyle` uses. Two ints, not a range: `x in range` does arithmetic on the numbers (a
    clock's are past the small ints Python keeps), two comparisons do not."""
    eighths = [int((1.0 - left / max(1, round_ticks)) * 8) for left in range(round_ticks + 1)]
    spans: dict[int, tuple[int, int]] = {}
    for left, e in enumerate(eighths):
        lo, _ = spans.get(e, (left, left))
        spans[e] = (lo, left)
    return tuple(spans[e] for e in eighths)


def _eighth_span(round_ticks: int, left: int) -> tuple[int, int]:
    """The first and last ticks left that share `left`'s eighth; none (0, -1) outside the
    round."""
    if 0 <= left <= round_ticks:
        return _eighth_spans(round_ticks)[left]
    return 0, -1


class CpuBrain:
    """Deterministic given its seed: the same fight views give the same commands.

    `confidence` (0..1) is the story's lever on Drago: as it drains he gets wilder and easier
    to hit. Other fighters' styles read it too but barely care.

    Why slots: a brain keeps more than 30 attributes, past what CPython 3.11 keeps in an
    instance's shared-key values, so without them every `self.x` of a tick was a dict look-up
    and every `self._method()` an unspecialised method look-up, a good part of a tick's cost.
    """

    __slots__ = ("side", "me", "them", "difficulty", "skill", "_confidence", "rng", "t",
                 "history", "reaction", "legs", "moves", "totals", "last", "plan", "plan_ticks",
                 "queue", "seen_punch", "punished", "rolls_seen", "head_seen", "body_seen",
                 "mash_tick", "was_attacking", "_reach", "my_id", "my_reach", "_mood_key",
                 "_mood", "_mood_inputs", "_span_lo", "_span_hi", "outside_m", "dart_to",
                 "cornered", "stop_rolled", "reader", "rules", "answers", "open_extra", "now",
                 "read_now", "seen_busy", "jab_r", "hook_r", "boxer", "shell_out", "want_far",
                 "want_near", "backs_off", "step_in_reach", "cover", "watching")

    def __init__(self, side: str, difficulty: str, seed: int, *,
                 confidence: float = 1.0) -> None:
        self.side = side
        self.me = 0 if side == "p1" else 1
        self.them = 1 - self.me
        self.difficulty = difficulty
        self.skill = skill_for(difficulty)
        self.confidence = min(1.0, max(0.0, confidence))
        self.rng = random.Random(seed * 1_000_003 + (17 if side == "p1" else 29))
        self.t: Tuning = tuning()
        t = self.t
        reaction = max(t.min_reaction, self.skill.reaction)
        self.history: deque[MatchView] = deque(maxlen=reaction + 1)   # the views he saw
        self.reaction = reaction
        # how well his feet do what his style wants: a better boxer is out before the answer
        self.legs = t.legs_base + t.legs_per_block * self.skill.block
        self.moves = default_game_data().moves
        self.totals = {k: m.total for k, m in self.moves.items()}   # ticks, start to free
        self.last = 0
        self.plan = ""            # guard, low_guard, duck, retreat, wait, dart, step_in/out
        self.plan_ticks = 0
        self.queue: list[str] = []
        self.seen_punch = -1      # the other man's punch count when we last rolled on it
        self.punished = -1
        self.rolls_seen = 0       # roll-outs he has seen the other man make
        self.head_seen = t.head_seen_start   # what he throws, decayed: head vs body
        self.body_seen = t.body_seen_start
        self.mash_tick = 0
        self.was_attacking = False
        self._reach: dict[str, dict[str, float]] = {}   # fighter -> move -> reach
        self.my_id = ""
        self.my_reach: dict[str, float] = {}              # his own moves' reach
        self.jab_r = self.hook_r = 0.0    # the two of them a free tick reads, held
        self._mood_key: tuple = ()
        self._mood: Style | None = None
        self._mood_inputs: tuple = ()
        self._span_lo, self._span_hi = 0, -1   # the ticks left with the mood's eighth
        # what his style for the moment decides, kept with it (`_fit_style`)
        self.outside_m = 1.6      # where his retreats stop (from his style and reach)
        self.boxer = False        # a boxer (style.outside): he fights from outside
        self.shell_out = 0.0      # his per-tick chance to punch his way out of a cover-up
        self.want_far = self.want_near = 0.0   # a puncher walks in past one, backs off inside
        self.backs_off = False    # ... the other if he likes distance (`_in_range`)
        self.step_in_reach = 0.0  # where a puncher's step in goes with a jab
        self.cover = 0.0          # his chance to cover up in range, uncornered (`_in_range`)
        self.dart_to = 0.9        # how close a dart takes him before he lets his hands go
        self.cornered = False     # a boxer (style.outside) with no more ring behind him
        self.stop_rolled = False  # this retreat has decided whether to stop a follower
        self.reader = Reader(self.skill.read_repeats, self.skill.read_slack)
        self.rules = default_game_data().rules
        self.answers = Answerer(self.rng, self.skill, t, self.moves, self.rules, self.reach)
        self.open_extra = (-1, 0)  # (his punch count, ticks longer it leaves him open)
        self.now = 0
        self.read_now: Read | None = None
        # a habit read or an answer under way (`reader.habit`, `answers.current`), held: only
        # his own `_learn` and `_answer` change either, and they set it again. While it is
        # False `read_now` is None: `_answer` reads none without a habit, `_learn` drops it
        self.watching = False
        self.seen_busy = False    # the other man, as last seen, was punching or stunned

    # --- the command ---------------------------------------------------------------------
    def command(self, view: MatchView) -> int:
        if self.me:   # him as he is now
            him, me = view.fighters
        else:
            me, him = view.fighters
        history = self.history
        history.append(view)
        seen = history[0]   # as seen `reaction` ticks ago
        opp = seen.fighters[self.them]
        events = seen.events
        # free again (or straight from one punch into another): when his next punch is due.
        # (`seen_busy` stored only when it changes: most ticks test two things and store none)
        if opp.state in BUSY:
            if not self.seen_busy:
                self.seen_busy = True
            elif events and _punched(events, opp.side):
                self.reader.saw_free(seen.tick)
        elif self.seen_busy:
            self.seen_busy = False
            self.reader.saw_free(seen.tick)
        if events:   # on few ticks: most have nothing else to learn from
            self._learn(events, opp, seen.tick)
        state = me.state
        if view.phase != "fight":
            cmd = self._between(view.phase, state)
        elif state == "attack":   # punching: no style to read (`mood` draws nothing), no call
            self.was_attacking = True
            queue = self.queue   # buffered: out as his punch recovers
            cmd = BIT[queue.pop(0)] if queue and me.move_phase == "recovery" else 0
        elif state in FREE or self.was_attacking:   # (a punch just ended: his feet decide)
            cmd = self._decide(view, me, opp, him, state)
        else:   # hit, blocking, pivoting...: no style to read either
            cmd = self._unfree(state)
        if cmd >= _FIRST_REPEAT:   # a punch or a taunt must be let go to be pressed again
            again = cmd & self.last & REPEAT_MASK
            if again:
                cmd ^= again
        self.last = cmd
        return cmd

    def _fit_fighter(self, fid: str) -> None:
        """The man he is: his own punches' reach, and what his style makes of it."""
        self.my_id = fid
        self.reach(fid, "jab")
        self.my_reach = reach = self._reach[fid]
        self.jab_r, self.hook_r = reach["jab"], reach["hook"]
        if self._mood is not None:
            self._fit_style(self._mood)

    @property
    def confidence(self) -> float:
        return self._confidence

    @confidence.setter
    def confidence(self, value: float) -> None:
        """Why a property: the mood a tick holds is checked against the moment's inputs
        (`_decide`), which leave confidence out (it changes a few times a fight, if at all).
        Setting it (`set_confidence`, or the story outright, after a cut too) has the mood
        worked out again on the next tick."""
        self._confidence = value
        self._mood_inputs = ()

    def set_confidence(self, confidence: float) -> None:
        """The story may change it between rounds."""
        self.confidence = min(1.0, max(0.0, confidence))

    # --- what he knows -------------------------------------------------------------------
    def reach(self, fid: str, move: str) -> float:
        """How far `fid`'s `move` reaches, with the pad he throws from (metres)."""
        table = self._reach.get(fid)
        if table is None:   # every move at once: the tick then reads a plain dict
            table = self._reach[fid] = {m: punch_reach(fid, m) + self.t.reach_pad_m
                                        for m in self.moves}
        return table[move]

    def _learn(self, events: tuple[Event, ...], opp: FighterView, tick: int) -> None:
        """What the events he has just seen (late) tell him about the other man."""
        opp_side = opp.side
        for e in events:
            if e.kind in ("block", "whiff"):
                self._saw_open(e, opp)
                continue
            if e.kind == "pivot" and e.side == opp_side:
                self.rolls_seen += 1   # he rolls off the ropes: next time, go to the body
                continue
            if e.kind == "punch" and e.side == opp_side:
                self.reader.saw(tick, e.move)
                self.head_seen *= self.t.read_decay
                self.body_seen *= self.t.read_decay
                if e.target == "body":
                    self.body_seen += 1.0
                else:
                    self.head_seen += 1.0
        self.watching = self.reader.habit is not None or self.answers.current is not None
        if not self.watching:
            self.read_now = None   # a habit seen broken: no read of it stands

    def _saw_open(self, e: Event, opp: FighterView) -> None:
        """His punch blocked on my gloves, or missed: he stays open longer (the rules)."""
        if e.kind == "block" and e.side != opp.side:
            extra = self.rules.block_recovery_extra
        elif e.kind == "whiff" and e.side == opp.side:
            extra = self.rules.whiff_recovery_extra
        else:
            return
        self.open_extra = (opp.punches_thrown, extra)
        self.reader.saw_open(extra)

    def _read(self, opp: FighterView) -> Read | None:
        """The habit he has read in the other man, with when its next punch is due."""
        habit = self.reader.habit
        if habit is None:
            return None
        total = self.totals[habit[0]]
        if opp.tired:
            total += self.rules.tired_startup_extra + self.rules.tired_recovery_extra
        return self.reader.read(self.now, total)

    def _restyle(self, view: MatchView, me: FighterView, opp: FighterView,
                 inputs: tuple) -> Style:
        """His style bent for this moment (`styles.mood`), kept while the moment's key (round,
        eighth of the round, twentieths of health and lead, knockdowns, confidence) stands.
        Called by `_decide` only when the clock has left the eighth's span or an input of the
        key (or the man, `me.id`) changed (`inputs`)."""
        if me.id != self.my_id:   # his first tick: who he is (only a free tick reads it)
            self._fit_fighter(me.id)
        left = view.clock_ticks_left
        self._mood_inputs = inputs
        self._span_lo, self._span_hi = _eighth_span(view.round_ticks, left)
        share = 1.0 - left / max(1, view.round_ticks)
        health = me.health / me.health_max
        lead = health - opp.health / opp.health_max
        key = (view.round, int(share * 8), int(health * 20), int(lead * 20),
               me.knockdowns_total, me.knockdowns_round, self.confidence)
        if key != self._mood_key or self._mood is None:
            self._mood_key = key
            fid = me.id if me.id in STYLES else "rocky"
            self._mood = mood(fid, Moment(view.round, view.rounds, share, health, lead,
                                          me.knockdowns_total, me.knockdowns_round,
                                          self.confidence))
            self._fit_style(self._mood)
        return self._mood

    def _fit_style(self, st: Style) -> None:
        """What his style for the moment decides while it stands: whether he boxes from
        outside, where his retreats stop, how often he punches out of a shell, where a puncher
        likes to stand, how often he covers up. Why held: a
        free tick read them all again; the very sums, done when the style (or his reach,
        `_fit_fighter`) changes, give the very numbers, and every tick passes this style."""
        t = self.t
        jab_r = self.jab_r
        self.boxer = boxer = st.outside > 0
        self.outside_m = jab_r + (st.outside if boxer else t.retreat_to_m)
        self.shell_out = st.work_rate * t.shell_punch_out
        want = t.closest_m + st.distance * (jab_r - t.want_pad_m - t.closest_m)
        self.want_far = want + t.want_slack_m
        self.want_near = want - t.back_off_slack_m
        self.backs_off = st.distance > t.back_off_distance
        self.step_in_reach = jab_r + t.step_in_jab_m
        self.cover = self.skill.anticipate * st.guard

    # --- deciding ------------------------------------------------------------------------
    def _decide(self, view: MatchView, me: FighterView, opp: FighterView,
                him: FighterView, state: str) -> int:
        """In the fight, free, or just out of a punch (`state`, his own). `opp` is the other man
        as seen `reaction` ticks ago, `him` as he stands now (only the distance between them is
        read from him). Why one method for the whole free tick: it is most of the ticks, and a
        Python call there costs as much as half a dozen of its lines."""
        # his style for the moment. Why this check here: the moment's key changes a few dozen
        # times a fight but was rebuilt every tick. While the clock stays inside the span of
        # ticks with the same eighth (worked out with the very sum `_restyle` uses) and the
        # other inputs are the same numbers, the key is the same, so the check only skips work
        # (his confidence, the key's last input, drops the held mood when it is set)
        inputs = (me.id, view.round, view.round_ticks, me.health, me.health_max, opp.health,
                  opp.health_max, me.knockdowns_total, me.knockdowns_round)
        st: Style = self._mood if self._span_lo <= view.clock_ticks_left <= self._span_hi \
            and inputs == self._mood_inputs \
            else self._restyle(view, me, opp, inputs)  # type: ignore[assignment]
        if self.was_attacking and (cmd := self._after_punch(st, state)) >= 0:
            return cmd
        # the punch he watches (a tired man's punch is slow and big: it is seen sooner)
        threat = opp
        if him.tired:
            history = self.history
            tell = self.t.tired_tell   # how much sooner; the oldest view he has, early on
            fresh = (history[tell] if len(history) > tell else history[-1]).fighters[self.them]
            threat = fresh if fresh.tired and fresh.state == "attack" else opp
        dist = abs(him.x_m - me.x_m)
        if self.queue:   # a combination under way: on while he is in range
            if dist <= self.jab_r:
                return BIT[self.queue.pop(0)]
            self.queue.clear()
        # (not watching: no habit read, no answer under way, and no read held, `read_now`)
        if self.watching and (answer := self._answer(view.tick, me, opp, dist, st)) >= 0:
            return answer
        # `_punish` asked only when it can act. Why this finer gate: a man punching or covering
        # up was asked on most ticks, and on all but a few it had nothing to say (his punch not
        # yet in recovery or already punished, a guard not held long enough); the gate is the
        # very conditions `_punish` tests before it draws, so a skipped call skips nothing
        if ((opp.state_tick > self.t.shell_read_ticks if opp.state in SHELL_READ
             else opp.state == "attack" and opp.move_phase == "recovery"
             and self.punished != opp.punches_thrown) or self.rolls_seen) \
                and (punish := self._punish(me, opp, dist, st)):
            return punish
        if threat.state == "attack" and threat.punches_thrown != self.seen_punch:
            self._see_threat(me, threat, dist, st)
        # a boxer with no ring left behind him (to his ropes): his legs cannot save him, he
        # stands and covers
        self.cornered = self.boxer \
            and RING_HALF_WIDTH_M + me.facing * me.x_m < self.t.boxer_room_m
        # off the ropes, else on with his plan, else what his range and style say
        if st.roll_out and (cmd := self._roll_out(me, opp, dist, st)) >= 0:
            return cmd
        if self.plan_ticks > 0:
            plan = self.plan
            if plan in SHELLS:   # the plan he carries most, a cover-up: gone on with here,
                # without the call `_carry_plan` costs, which would look at it first as well
                self.plan_ticks -= 1   # a tick of it spent (a punch out of it ends it)
                return self._punch_out(me, opp, dist, st) \
                    if dist <= self.hook_r and self.rng.random() < self.shell_out \
                    else _HELD[plan]
            if (cmd := self._carry_plan(plan, me, opp, dist, st)) >= 0:
                return cmd
        return self._in_range(me, opp, dist, st)

    def _answer(self, now: int, me: FighterView, opp: FighterView, dist: float,
                st: Style) -> int:
        """The habit he has read and his answer to it (`answers`), or -1 (called only while he
        has a habit read or an answer under way, `watching`, which this sets again: a read can
        find the habit broken, an answer can be given or dropped). The tick is kept for what
        reads it after."""
        self.now = now
        self.read_now = read = self._read(opp) if self.reader.habit is not None else None
        answers = self.answers
        answer = -1 if read is None and answers.current is None \
            else answers.command(now, read, me, opp, dist, st)
        self.watching = self.reader.habit is not None or answers.current is not None
        if answer >= 0:
            self.plan_ticks = 0
        return answer

    def _after_punch(self, st: Style, state: str) -> int:
        """A punch just ended: footwork takes him back out, or he plants his feet. A man who
        is not free (`state`: the one way such a man gets to `_decide`) is then told what his
        state lets him do; -1 for a free man, whose tick goes on."""
        self.was_attacking = False
        rng = self.rng
        t = self.t
        if rng.random() < st.footwork * self.legs:
            self._set_plan("retreat", t.retreat_after_ticks + rng.randrange(t.retreat_after_spread))
        elif rng.random() < st.pause:   # plants his feet and looks at what he did
            self._set_plan("wait", t.wait_after_ticks + rng.randrange(t.wait_after_spread))
        return -1 if state in FREE else self._unfree(state)

    def _unfree(self, state: str) -> int:
        """Not free to choose (hit, blocking, or pivoting, taunting...): a stunned man forgets
        his combination, and a man who is blocking keeps his guard where it is."""
        if state not in STUNNED:
            return 0
        if self.queue:   # (mostly empty: a test is cheaper than the call)
            self.queue.clear()
        if state != "blockstun":
            return 0
        held = self.answers.defence()
        if held:
            return held
        if self.plan == "guard":
            return _GUARD
        if self.plan == "low_guard":
            return _LOW_GUARD
        return 0

    def _between(self, phase: str, state: str) -> int:
        """Outside the fighting: down, he mashes to rise; else he forgets his plans."""
        if phase == "knockdown" and state == "down":
            self.mash_tick += 1
            every = self.skill.mash_every + self.rng.randrange(self.t.mash_jitter)
            return _JAB if self.mash_tick % every == 0 else 0
        self.plan_ticks = 0
        if self.queue:   # (mostly empty: a test is cheaper than the call)
            self.queue.clear()
        return 0

    def _roll_out(self, me: FighterView, opp: FighterView, dist: float, st: Style) -> int:
        """Pinned on the ropes: a man who can roll out does, now and then."""
        t = self.t
        if st.roll_out and pinned(me.x_m, me.facing, me.x_m + me.facing * dist) \
                and self.rng.random() < st.roll_out * (t.roll_skill_base + self.skill.block) \
                * (t.roll_close_mult if dist < self.jab_r else 1) \
                and not (self.last & ROLL == ROLL) \
                and me.stamina > t.roll_min_stamina * me.stamina_max:
            self.plan_ticks = 0
            return ROLL
        return -1

    def _punch_out(self, me: FighterView, opp: FighterView, dist: float, st: Style) -> int:
        """He punches his way out of his cover-up: it ends."""
        self.plan_ticks = 0
        return self._attack(me, opp, dist, st)

    def _carry_plan(self, plan: str, me: FighterView, opp: FighterView, dist: float,
                    st: Style) -> int:
        """Go on with `plan`, a dart, a retreat, a step or a wait (called only while one has
        ticks left, and not for a cover-up, which `_decide` carries; -1 when it has nothing to
        say)."""
        self.plan_ticks -= 1   # a tick of it spent (a punch or a stop out of it ends it)
        if plan == "dart":
            if dist <= self.dart_to:
                self.plan_ticks = 0
                return self._attack(me, opp, dist, st)
            return _FORWARD
        if self.boxer and plan in {"retreat", "step_out"} \
                and dist <= self.jab_r and opp.vx_mps * opp.facing > self.t.follow_mps \
                and not self.stop_rolled:
            self.stop_rolled = True   # once a retreat: he follows, so jab, cover or keep going
            if self.rng.random() < self.skill.stop:
                self.plan_ticks = 0   # a boxer stops him with the jab, not his legs
                return _JAB
            if self.rng.random() < self.skill.block * st.defend:
                t = self.t
                self._set_plan("guard",
                               t.stop_guard_ticks + self.rng.randrange(t.stop_guard_spread))
                self.stop_rolled = True
                return _GUARD
        if plan == "retreat":
            return self._keep_retreating(dist, st)
        return _HELD.get(plan, -1)

    def _in_range(self, me: FighterView, opp: FighterView, dist: float, st: Style) -> int:
        """The special, a taunt, a tired man's breather, a punch or a cover-up; else his
        footwork: a boxer keeps just outside (`_box_outside`), a puncher walks in."""
        rng = self.rng
        t = self.t
        jab_r = self.jab_r
        if me.heart >= me.heart_max and dist <= self.my_reach["special"] \
                and rng.random() < st.special:
            return _SPECIAL
        if st.taunt > 0 and dist > t.taunt_min_m and rng.random() < st.taunt:
            return _TAUNT
        if me.stamina < t.tired_share * me.stamina_max and dist < jab_r \
                and rng.random() < t.tired_retreat:
            # a tired mover backs off for a breather; a puncher (no footwork) covers up
            ticks = t.tired_retreat_ticks + rng.randrange(t.tired_retreat_spread)
            self._set_plan("retreat" if st.footwork > 0 else "guard", ticks)
            return _BACK if st.footwork > 0 else _GUARD
        if dist <= jab_r:
            if rng.random() < st.work_rate:
                return self._attack(me, opp, dist, st)
            cover = self.cover * (t.cornered_cover_mult if self.cornered else 1)
            if dist < t.cover_max_m and rng.random() < cover:
                low = rng.random() < self._low_share(st)
                self._set_plan("low_guard" if low else "guard",
                               t.cover_ticks + rng.randrange(self.skill.hold))
                return _LOW_GUARD if low else _GUARD
        if self.boxer:
            return self._box_outside(me, opp, dist, st)
        # a puncher's range: walk in to where he likes to stand, a long man backs off (where,
        # held with his style: `_fit_style`). Here, not a method of its own: it is a good part
        # of the free ticks, and the call cost as much as its lines
        if dist > self.want_far:
            if rng.random() < st.pressure:
                step_in_jab = dist < self.step_in_reach \
                    and rng.random() < st.work_rate * t.step_in_jab
                return _FORWARD_JAB if step_in_jab else _FORWARD
            return 0
        if dist < self.want_near and self.backs_off and rng.random() < t.back_off:
            return _BACK
        return 0

    def _box_outside(self, me: FighterView, opp: FighterView, dist: float, st: Style) -> int:
        """A boxer's range: just outside the other man's reach, on his toes, darting in behind
        the jab and straight back out; a man who walks in on him is met or stepped away from."""
        rng = self.rng
        t = self.t
        jab_r = self.jab_r
        cornered = self.cornered
        if dist < jab_r - t.inside_m:   # inside: step back out (or stand and trade)
            if not cornered and rng.random() < st.footwork * self.legs * t.inside_out:
                self._set_plan("retreat", t.inside_out_ticks + rng.randrange(t.inside_out_spread))
                return _BACK
            return 0
        if dist <= jab_r:
            away = not cornered and rng.random() < st.footwork * self.legs * t.edge_away
            return _BACK if away else 0
        if dist > self.outside_m + t.outside_slack_m:   # too far: come back to him
            if rng.random() < st.pressure:
                return _FORWARD
            return 0
        busy = opp.state == "attack" and rng.random() < self.skill.read
        if not busy and rng.random() < st.dart:   # behind the jab, or in for a one-two
            short = rng.random() < t.dart_jab_share
            self.dart_to = (jab_r if short else self.my_reach["hook"]) - t.dart_short_m
            self._set_plan("dart", t.dart_ticks)
            return _FORWARD
        if rng.random() < st.bounce:   # on his toes: a little step in or out
            step = "step_in" if dist > self.outside_m or cornered else "step_out"
            self._set_plan(step, t.bounce_ticks + rng.randrange(t.bounce_spread))
            return _FORWARD if step == "step_in" else _BACK
        return 0

    def _low_share(self, st: Style) -> float:
        """How often his cover-up is low: his habit, or what he has seen thrown (the read)."""
        seen = self.body_seen / (self.body_seen + self.head_seen)
        return (1 - self.skill.read) * st.low_guard + self.skill.read * seen

    def _keep_retreating(self, dist: float, st: Style) -> int:
        """Back off on; -1 when he is out far enough (or has no ring left) to stop."""
        if dist > self.outside_m or self.cornered:
            self.plan_ticks = 0
            return -1
        if st.outside > 0:  # a boxer backs off on his feet, not behind a guard
            return _BACK
        return _BACK_GUARD if self.rng.random() < self.t.retreat_guard else _BACK

    def _see_threat(self, me: FighterView, opp: FighterView, dist: float, st: Style) -> None:
        """A punch he has seen coming (late): answer it with a defence, once per punch (called
        only for a punch, `opp` attacking, that he has not answered yet)."""
        if opp.move_phase not in ("startup", "active") or dist > self.t.threat_m:
            return
        self.seen_punch = opp.punches_thrown
        rng = self.rng
        t = self.t
        if opp.move == "jab" and rng.random() < st.jab_armour:
            return  # walks through it
        chance = self.skill.block * st.defend
        if opp.move == "special":  # the wind-up is unmistakable: most men cover up
            chance = t.special_block_base + t.special_block_per_block * self.skill.block
        if rng.random() >= chance:
            return
        if rng.random() < st.pull_back and me.state != "duck":
            self._set_plan("retreat", t.pull_back_ticks + rng.randrange(t.pull_back_spread))
            return
        right = {"body": "low_guard", "jab": "guard", "hook": "guard", "uppercut": "guard",
                 "special": "guard"}[opp.move]
        if opp.move in ("jab", "hook") and rng.random() < st.duck_pref:
            right = "duck"   # the weave
        if rng.random() >= self.skill.right_guard:
            wrong = ("guard", "low_guard", "duck") if st.duck_pref else ("guard", "low_guard")
            right = rng.choice([p for p in wrong if p != right])
        self._set_plan(right, t.defence_ticks + rng.randrange(t.defence_spread))

    def _punish(self, me: FighterView, opp: FighterView, dist: float, st: Style) -> int:
        """Hit a man he has seen miss, or one sitting still in a shell or a duck (called only
        when the other man is where this can act, `_decide`'s gate, or has been seen rolling)."""
        t = self.t   # the generator and skill are looked up where used: most ticks stop early
        state = opp.state
        if state == "attack" and opp.move_phase == "recovery" \
                and self.punished != opp.punches_thrown:
            self.punished = opp.punches_thrown
            if self.rng.random() < self.skill.punish * st.counter:
                move = self.moves[opp.move]
                total = move.total + (self.rules.tired_recovery_extra if opp.tired else 0)
                if self.open_extra[0] == opp.punches_thrown:
                    total += self.open_extra[1]
                left = total - opp.state_tick - self.reaction
                fits = self._counters(left, dist, st)
                if fits:
                    self.plan_ticks = 0
                    return BIT[pick(self.rng, fits)]
        if self.read_now is not None and self._due_within(self.moves["uppercut"].startup):
            return 0   # his punch is coming: no slow punch of my own to be caught in
        if state in {"duck", "low_guard"} and opp.state_tick > t.shell_read_ticks \
                and dist <= self.my_reach["uppercut"]:
            # a crouch is where the uppercut comes from: cover it, and uppercut a man who
            # stays down there
            if opp.state_tick > t.long_duck_ticks \
                    and self.rng.random() < t.duck_uppercut * self.skill.read:
                self.plan_ticks = 0
                return _UPPERCUT
            if self.plan != "guard" and self.rng.random() < t.duck_cover * self.skill.read:
                self._set_plan("guard", t.duck_cover_ticks)
                return _GUARD
        # a man who has rolled off the ropes before is caught in the dip by a body blow
        if self.rolls_seen and pinned(opp.x_m, opp.facing, me.x_m) \
                and dist <= self.my_reach["body"] \
                and self.rng.random() < t.roll_read * self.skill.read \
                * min(t.rolls_counted, self.rolls_seen):
            self.plan_ticks = 0
            return _BODY
        # under a high guard, as much as his style likes the body (Rocky most, Apollo least)
        if state == "guard" and opp.state_tick > t.shell_read_ticks \
                and dist <= self.my_reach["body"] \
                and self.rng.random() < t.guard_body * self.skill.read * (
                    t.body_taste * st.body / (st.jab + st.hook + st.uppercut + st.body)):
            self.plan_ticks = 0
            return _BODY
        return 0

    def _counters(self, left: int, dist: float, st: Style) -> dict[str, float]:
        """His own punches that land within `left` ticks, weighted by his taste: Drago punishes
        with hooks, Apollo with the jab... (Not in `_punish`: its names would become closure
        cells, built on every call.)"""
        t = self.t
        return {c: getattr(st, c) for c in ("hook", "body", "jab", "uppercut")
                if self.moves[c].startup < left + t.punish_slack and dist <= self.my_reach[c]}

    def _due_within(self, ticks: int) -> bool:
        """A punch he has read is due within `ticks` (or has just started)."""
        r = self.read_now
        return r is not None and -self.moves[r.move].startup <= r.due - self.now <= ticks

    def _attack(self, me: FighterView, opp: FighterView, dist: float, st: Style) -> int:
        rng = self.rng
        if self._due_within(self.t.respect_ticks) and rng.random() < self.skill.answer:
            return _GUARD   # his punch is due: not the moment to start one
        weights = {"jab": st.jab}
        if dist <= self.my_reach["hook"]:
            weights["hook"] = st.hook
            weights["body"] = st.body
        if dist <= self.my_reach["uppercut"]:
            weights["uppercut"] = st.uppercut
        if opp.state in ("duck", "low_guard") and rng.random() < self.skill.read:
            # he is low: straight punches pass over him, a low guard takes the body blow
            for gone in ("jab", "hook", "body") if opp.state == "low_guard" else ("jab", "hook"):
                weights.pop(gone, None)
            if not weights:
                return _FORWARD   # in close for the uppercut
        first = pick(rng, weights)
        if rng.random() < st.flurry * self.skill.combo:
            for _ in range(rng.randrange(1, max(2, st.flurry_len))):
                prev = self.queue[-1] if self.queue else first
                if prev == "body" and rng.random() < st.body_then_head:
                    up = rng.random() < self.t.body_then_uppercut
                    self.queue.append("uppercut" if up else "hook")
                else:
                    self.queue.append(pick(rng, {"jab": st.jab, "hook": st.hook,
                                                  "body": st.body}))
        return BIT[first]

    def _set_plan(self, plan: str, ticks: int) -> None:
        self.plan = plan
        self.plan_ticks = ticks
        self.stop_rolled = False


