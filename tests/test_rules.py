"""The rules of the fight as a player meets them: defence, counters, stamina, the count."""

from __future__ import annotations

import pytest

from game.sim.actions import command
from game.sim.match import COUNT_START, COUNT_TICKS, Match, MatchSetup
from tests.simhelpers import fight, kinds, press, run

GAP = 0.8


def land(move: str, defence: tuple = (), fighters=("rocky", "rocky"), gap=GAP, prep=None):
    """p1 throws `move` at p2 holding `defence`; returns (events, damage p2 took)."""
    m = fight(fighters, gap=gap, ring_half_width=30.0)
    hold = command(*defence)
    run(m, 3, 0, hold)
    if prep:
        prep(m)
    before = m.fighters[1].health
    events = press(m, move, defence) + run(m, 60, 0, hold)
    return events, before - m.fighters[1].health, m


def test_jab_lands_on_an_open_man():
    events, dmg, _ = land("jab")
    assert kinds(events, "hit", "p2") and dmg > 0


def test_standing_guard_blocks_head_punches_for_chip_damage():
    ev_open, dmg_open, _ = land("hook")
    ev_guard, dmg_guard, m = land("hook", ("guard",))
    assert kinds(ev_guard, "block", "p2") and not kinds(ev_guard, "hit", "p2")
    assert 0 < dmg_guard < dmg_open / 3


def test_blocking_costs_stamina_and_puts_the_defender_in_blockstun():
    m = fight(("rocky", "rocky"), gap=GAP, ring_half_width=30.0)
    guard = command("guard")
    run(m, 3, 0, guard)
    m.step(command("jab"), guard)
    for _ in range(20):
        m.step(0, guard)
        if kinds(m.events, "block", "p2"):
            break
    assert m.fighters[1].state == "blockstun"
    assert m.fighters[1].stamina < m.fighters[1].data.stamina_max


def test_body_blow_gets_under_a_standing_guard():
    events, dmg, _ = land("body", ("guard",))
    assert kinds(events, "hit", "p2") and dmg > 0


def test_low_guard_blocks_body_blows():
    events, _, _ = land("body", ("duck", "guard"))
    assert kinds(events, "block", "p2") and not kinds(events, "hit", "p2")


@pytest.mark.parametrize("move", ["jab", "hook"])
def test_ducking_makes_jabs_and_hooks_whiff(move):
    events, dmg, _ = land(move, ("duck",))
    assert dmg == 0 and kinds(events, "whiff", "p1")


def test_uppercut_catches_a_ducking_man_hard():
    _, dmg_standing, _ = land("uppercut", gap=0.65)
    events, dmg_ducking, _ = land("uppercut", ("duck",), gap=0.65)
    assert kinds(events, "hit", "p2")
    assert dmg_ducking > dmg_standing


def test_counter_hit_does_more_and_fills_the_heart():
    _, plain, _ = land("jab")
    m = fight(("rocky", "rocky"), gap=GAP, ring_half_width=30.0)
    before = m.fighters[1].health
    press(m, (), "hook")          # p2 starts a slow hook
    events = press(m, "jab") + run(m, 30)  # p1's jab lands in its wind-up
    assert kinds(events, "counter", "p1")
    assert before - m.fighters[1].health > plain
    assert m.fighters[0].heart >= m.game.rules.counter_heart


def test_special_needs_a_full_heart():
    m = fight(("rocky", "rocky"), gap=GAP)
    assert not kinds(press(m, "special"), "punch", "p1")
    m.fighters[0].heart = m.game.rules.heart_max
    run(m, 5)
    events = press(m, "special")
    assert kinds(events, "punch", "p1") and m.fighters[0].heart == 0


def test_special_has_an_unmistakable_wind_up_and_hits_hardest():
    m = fight(("rocky", "rocky"), gap=GAP, ring_half_width=30.0)
    m.fighters[0].heart = m.game.rules.heart_max
    before = m.fighters[1].health
    events = press(m) + press(m, "special") + run(m, 100)
    hit = kinds(events, "hit", "p2")
    assert hit and hit[0].move == "special"
    assert m.game.moves["special"].startup >= 30
    assert before - m.fighters[1].health > m.game.moves["uppercut"].damage


def test_punches_cost_stamina_and_whiffs_cost_more():
    m = fight(("rocky", "rocky"), gap=2.5)
    s0 = m.fighters[0].stamina
    press(m, "hook")
    run(m, 40)
    whiff_cost = s0 - m.fighters[0].stamina
    _, _, hit_m = land("hook")
    hit_cost = hit_m.fighters[0].data.stamina_max - hit_m.fighters[0].stamina
    assert whiff_cost > hit_cost * 1.2


def test_stamina_comes_back_while_resting():
    m = fight(("rocky", "rocky"), gap=2.5)
    m.fighters[0].stamina = 30.0
    run(m, 120)
    assert m.fighters[0].stamina > 40.0


def test_tired_fighter_punches_slower_and_weaker():
    _, fresh, _ = land("hook")

    def tire(m):
        m.fighters[0].stamina = 8.0

    _, tired, _ = land("hook", prep=tire)
    assert tired < fresh
    m2 = fight(("rocky", "rocky"), gap=GAP)
    m2.fighters[0].stamina = 8.0
    press(m2, "hook")
    assert m2.fighters[0].startup > m2.game.moves["hook"].startup


def test_punch_pressed_in_recovery_is_buffered():
    m = fight(("rocky", "rocky"), gap=2.5)
    press(m, "jab")
    jab = m.game.moves["jab"]
    run(m, jab.total + m.game.rules.whiff_recovery_extra - 3)   # it missed: overextended
    press(m, "hook")  # still recovering: waits in the buffer
    run(m, 4)
    assert m.fighters[0].state == "attack" and m.fighters[0].move == "hook"


def test_press_acts_on_the_tick_it_is_read():
    m = fight(("rocky", "rocky"), gap=2.5)
    press(m, "jab")
    assert m.fighters[0].state == "attack" and m.view().fighters[0].move == "jab"


def test_simultaneous_punches_trade():
    m = fight(("rocky", "rocky"), gap=GAP, ring_half_width=30.0)
    events = press(m, "jab", "jab") + run(m, 20)
    assert kinds(events, "hit", "p1") and kinds(events, "hit", "p2")
    assert m.fighters[0].health == pytest.approx(m.fighters[1].health)


def test_mirror_image_when_sides_swap():
    a = fight(("rocky", "drago"), gap=GAP, ring_half_width=30.0)
    b = fight(("drago", "rocky"), gap=GAP, ring_half_width=30.0)
    press(a, "hook", "jab")
    press(b, "jab", "hook")
    run(a, 90)
    run(b, 90)
    assert a.fighters[0].health == pytest.approx(b.fighters[1].health)
    assert a.fighters[1].health == pytest.approx(b.fighters[0].health)
    assert a.world.x(0) == pytest.approx(-b.world.x(1), abs=1e-6)
    assert a.world.x(1) == pytest.approx(-b.world.x(0), abs=1e-6)


def knock_down(m: Match, attacker: int = 0) -> list:
    m.fighters[1 - attacker].health = 1.0
    c = (command("hook"), 0) if attacker == 0 else (0, command("hook"))
    place_close(m)
    m.step(*c)
    events = list(m.events)
    events += run(m, 40)
    return events


def place_close(m: Match) -> None:
    for body, x in zip(m.world.bodies, (-0.4, 0.4), strict=True):
        body.position = (x, body.position.y)
        body.velocity = (0.0, 0.0)
    m.step(0, 0)


def test_knockdown_and_the_count_to_ten_is_a_ko():
    m = fight(("rocky", "drago"), gap=GAP)
    events = knock_down(m)
    assert kinds(events, "knockdown", "p2") and m.phase == "knockdown"
    events += run(m, COUNT_START + 10 * COUNT_TICKS + 5)
    counts = [e.value for e in kinds(events, "count")]
    assert counts == list(range(1, 11))
    assert m.over and m.winner == "p1" and m.method == "KO" and m.reason == "count"


def test_count_runs_about_one_a_second():
    m = fight(("rocky", "drago"), gap=GAP)
    knock_down(m)
    ticks = []
    for _ in range(COUNT_START + 4 * COUNT_TICKS):
        m.step(0, 0)
        ticks += [m.tick for e in m.events if e.kind == "count"]
    gaps = {b - a for a, b in zip(ticks, ticks[1:], strict=False)}
    assert gaps == {60}


def test_mashing_gets_a_man_up_before_ten():
    m = fight(("rocky", "drago"), gap=GAP)
    knock_down(m)
    events = []
    for t in range(COUNT_START + 10 * COUNT_TICKS):
        m.step(0, command("jab") if t % 6 == 0 else 0)
        events += m.events
        if m.phase == "fight":
            break
    assert kinds(events, "getup", "p2")
    assert not m.over and m.phase == "fight"
    assert 0 < m.fighters[1].health < m.fighters[1].data.health_max * 0.75
    assert m.fighters[1].heart >= m.game.rules.getup_heart


def test_no_mashing_no_getting_up():
    m = fight(("rocky", "drago"), gap=GAP)
    knock_down(m)
    run(m, COUNT_START + 10 * COUNT_TICKS + 5)
    assert m.over and m.method == "KO"


def test_each_knockdown_leaves_less_to_come_back_with():
    m = fight(("rocky", "drago"), gap=GAP, three_knockdown_tko=False)
    f = m.fighters[1]
    healths = []
    for n in range(1, 6):
        f.knockdowns_total = n
        healths.append(m.getup_health(f))
    assert healths == sorted(healths, reverse=True) and healths[0] > healths[-1]
    f.knockdowns_total = 9
    assert m.getup_health(f) == 0.0  # nothing left: he stays down


def get_up(m: Match) -> None:
    for t in range(COUNT_START + 10 * COUNT_TICKS):
        m.step(0, command("jab") if t % 3 == 0 else 0)
        if m.phase == "fight":
            return
    raise AssertionError("did not get up")


def test_three_knockdowns_in_a_round_is_a_tko():
    m = fight(("rocky", "drago"), gap=GAP)
    for _ in range(2):
        knock_down(m)
        get_up(m)
    events = knock_down(m)
    assert kinds(events, "tko")
    assert m.over and m.method == "TKO" and m.reason == "three_knockdowns" and m.winner == "p1"


def test_tko_rule_can_be_turned_off():
    m = fight(("rocky", "drago"), gap=GAP, three_knockdown_tko=False)
    for _ in range(3):
        knock_down(m)
        if m.over:
            break
        get_up(m)
    assert not m.over or m.method != "TKO"


def test_round_clock_bell_and_break():
    m = Match(MatchSetup(rounds=2, round_seconds=3.0))
    events = run(m, 121 + 180 + 5)
    assert [e.kind for e in events if e.kind.startswith("bell")] == ["bell_start", "bell_end"]
    assert m.phase == "round_over"
    assert m.view().boxing_clock_s == 0
    events = run(m, 90 + 300 + 125)
    assert m.round == 2 and m.phase == "fight"
    assert kinds(events, "bell_start")


def test_clock_reads_like_a_boxing_clock():
    m = Match(MatchSetup(round_seconds=60.0))
    run(m, 121)
    assert m.view().boxing_clock_s == pytest.approx(180.0, abs=0.1)
    run(m, 30 * 60)
    assert m.view().boxing_clock_s == pytest.approx(90.0, abs=0.1)


def test_final_bell_goes_to_the_judges():
    m = Match(MatchSetup(rounds=1, round_seconds=2.0))
    place_close(m)
    run(m, 121)
    for _ in range(6):  # p1 does all the work
        place_close(m)
        press(m, "jab")
        run(m, 20)
    events = run(m, 300)
    assert kinds(events, "bell_final")
    assert m.over and m.reason == "judges"
    assert m.method in ("decision", "draw")
    for card in m.cards.totals:
        assert card[0] >= card[1]
    assert m.winner == "p1"


def test_knockdown_round_is_scored_ten_eight():
    import random

    from game.sim.data import default_game_data
    from game.sim.scoring import RoundStats, Scorecards

    cards = Scorecards()
    cards.score_round(RoundStats((10.0, 30.0), (3, 9), (1, 0)), random.Random(1),
                      default_game_data().rules)
    assert all(r == (8, 10) for r in cards.rounds[0])


def test_training_bonuses_make_rockys_punches_hurt_more():
    from game.sim.bonuses import full_bonuses

    plain = fight(("rocky", "drago"), gap=GAP, ring_half_width=30.0)
    trained = fight(("rocky", "drago"), gap=GAP, ring_half_width=30.0,
                    bonuses=(full_bonuses("rocky"), ()))
    for m in (plain, trained):
        press(m, "hook")
        run(m, 40)
    lost = [m.fighters[1].data.health_max - m.fighters[1].health for m in (plain, trained)]
    assert 0 < lost[0] < lost[1]
    assert full_bonuses("drago") == ()


def test_a_heavy_clean_head_shot_opens_a_cut_that_grows():
    m = fight(("drago", "rocky"), gap=0.65, ring_half_width=30.0)
    cuts = []
    for _ in range(3):
        m.fighters[0].heart = m.game.rules.heart_max
        place_close(m)
        cuts += kinds(press(m) + press(m, "special") + run(m, 90), "cut", "p2")
    assert [e.value for e in cuts] == [1, 2, 3]
    assert m.view().fighters[1].cut == 3


def test_the_crowd_leans_towards_the_man_doing_the_work():
    m = fight(("rocky", "drago"), gap=GAP, ring_half_width=30.0, crowd_start=-0.6)
    assert m.view().crowd == pytest.approx(-0.6)
    for _ in range(4):
        place_close(m)
        press(m, "hook")
        run(m, 40)
    assert m.view().crowd > -0.6


def test_throwing_in_the_towel_is_a_tko_for_the_other_man():
    m = fight(("apollo", "drago"), gap=GAP)
    m.throw_towel("p1")
    assert m.over and m.winner == "p2" and m.method == "TKO" and m.reason == "towel"
    assert kinds(list(m.events), "towel", "p1")
