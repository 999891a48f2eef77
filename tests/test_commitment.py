"""Commitment: a punch is a risk. Strings of punches drain, a blocked or missed punch leaves a
man open, a punching man's guard is down, tired punches are slow and weak, the taunt costs and
gives, the judges score clean work, and the uppercut reaches a ducking man no farther out than
a standing one.

Why: the fight-depth issue found a held jab button beating the champion. These are the rules
of boxing that make that a losing plan, each checked as a player would notice it.
"""

from __future__ import annotations

from game.sim.actions import command
from game.sim.data import default_game_data
from tests.simhelpers import fight

RULES = default_game_data().rules
MOVES = default_game_data().moves


def _last_jab_cost(n: int, gap_ticks: int) -> float:
    """What the n-th of n jabs into the air costs, the jabs `gap_ticks` free ticks apart."""
    m = fight(("rocky", "drago"), gap=3.0, ring_half_width=30.0)
    f = m.fighters[0]
    cost = 0.0
    for _ in range(n):
        before = f.stamina
        m.step(command("jab"), 0)
        while f.state == "attack":
            m.step(0, 0)
        cost = before - f.stamina
        for _ in range(gap_ticks):
            m.step(0, 0)
    return cost


def test_a_string_of_punches_costs_more_than_the_same_punches_apart():
    miss = MOVES["jab"].stamina * RULES.whiff_mult
    apart = _last_jab_cost(6, RULES.chain_window + 1)
    assert abs(apart - miss) < 0.01               # one jab: its cost and the miss
    strung = _last_jab_cost(6, 0)
    assert strung > 1.5 * apart                   # the sixth of a string: far dearer


def _open_after(move: str, defence: tuple[str, ...]) -> int:
    """Ticks the attacker stays in his punch after throwing it at a man in range."""
    m = fight(("rocky", "rocky"), gap=0.75, ring_half_width=30.0)
    hold = command(*defence)
    for _ in range(10):
        m.step(0, hold)
    m.step(command(move), hold)
    ticks = 1
    while m.fighters[0].state == "attack":
        m.step(0, hold)
        ticks += 1 if m.hitstop == 0 else 0
    return ticks


def test_a_blocked_or_missed_punch_keeps_him_in_it_longer():
    landed = _open_after("hook", ())
    assert _open_after("hook", ("guard",)) == landed + RULES.block_recovery_extra
    whiff = fight(("rocky", "rocky"), gap=3.0, ring_half_width=30.0)
    whiff.step(command("hook"), 0)
    ticks = 1
    while whiff.fighters[0].state == "attack":
        whiff.step(0, 0)
        ticks += 1
    # the press tick, then every tick of the punch and its overextension
    assert ticks == MOVES["hook"].total + RULES.whiff_recovery_extra + 1


def test_a_guard_raised_straight_after_a_punch_is_not_up_yet():
    """He throws a jab that misses (the other man ducks it), then holds guard: a jab arriving
    before his guard is back up lands clean; one arriving later is blocked."""
    results = []
    for delay in (0, RULES.guard_rise_ticks + 4):
        m = fight(("rocky", "rocky"), gap=0.75, ring_half_width=30.0)
        m.step(command("duck"), command("jab"))
        while m.fighters[1].state == "attack":
            m.step(command("duck"), 0)
        for _ in range(delay):
            m.step(0, command("guard"))
        m.step(command("jab"), command("guard"))
        kinds = []
        for _ in range(20):
            m.step(0, command("guard"))
            kinds += [e.kind for e in m.events if e.side == "p2" and e.kind in ("hit", "block")]
        results.append(kinds[:1])
    assert results == [["hit"], ["block"]]


def test_the_taunt_costs_breath_and_a_finished_one_fills_the_heart():
    m = fight(("apollo", "drago"), gap=3.0, ring_half_width=30.0)
    f = m.fighters[0]
    stamina, heart = f.stamina, f.heart
    m.step(command("taunt"), 0)
    assert f.state == "taunt" and f.stamina < stamina - RULES.taunt_stamina + 0.5
    for _ in range(RULES.taunt_ticks + 2):
        m.step(0, 0)
    assert f.heart == heart + RULES.taunt_heart
    # hit in the middle of it, he gets nothing
    m2 = fight(("apollo", "drago"), gap=0.8, ring_half_width=30.0)
    m2.step(command("taunt"), 0)
    m2.step(0, command("hook"))
    for _ in range(RULES.taunt_ticks + 2):
        m2.step(0, 0)
    assert m2.fighters[0].heart < RULES.taunt_heart


def test_judges_score_clean_punches_not_punches_on_the_gloves():
    m = fight(("rocky", "rocky"), gap=0.75, ring_half_width=30.0)
    for _ in range(5):
        m.step(command("hook"), command("guard"))
        for _ in range(40):
            m.step(0, command("guard"))
    assert m.fighters[0].round_damage == 0.0 and m.fighters[0].round_landed == 0
    assert m.fighters[1].damage_taken > 0      # the chip still hurts


def _uppercut_reach(defence: tuple[str, ...]) -> float:
    """The farthest gap (to 4 cm) at which Rocky's uppercut reaches Drago standing/ducking."""
    far = 0.0
    for cm in range(56, 140, 4):
        m = fight(("rocky", "drago"), gap=cm / 100, ring_half_width=30.0)
        hold = command(*defence)
        for _ in range(10):
            m.step(0, hold)
        m.step(command("uppercut"), hold)
        for _ in range(30):
            m.step(0, hold)
            if any(e.kind in ("hit", "block") and e.side == "p2" for e in m.events):
                far = cm / 100
                break
    return far


def test_the_uppercut_reaches_a_ducking_man_about_as_far_as_a_standing_one():
    stand, duck = _uppercut_reach(()), _uppercut_reach(("duck",))
    assert stand >= 0.84            # it used to miss a standing man at 0.8 m
    assert abs(duck - stand) <= 0.16, (stand, duck)   # it used to reach a ducker 0.4 m farther
