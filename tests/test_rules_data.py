"""The rules are the tables: editing a move flag or a [rules] number changes the fight.

Why: balancing is editing game/data/moves.toml. Each test here changes one entry the
simulation used to hard-code (what a move may hit, the heart cost, the uppercut's bonus on a
ducking man, where tiredness starts, the get-up formulas) and checks that the fight follows.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from game.sim.actions import command
from game.sim.data import GameData, default_game_data
from game.sim.match import INTRO_TICKS, Match, MatchSetup
from tests.simhelpers import kinds, place, press, run


def with_move(move_id: str, **changes) -> GameData:
    game = default_game_data()
    moves = dict(game.moves)
    moves[move_id] = replace(moves[move_id], **changes)
    return replace(game, moves=moves)


def with_rules(**changes) -> GameData:
    game = default_game_data()
    return replace(game, rules=replace(game.rules, **changes))


def fight_with(game: GameData, gap: float) -> Match:
    m = Match(MatchSetup(fighters=("rocky", "rocky"), ring_half_width=30.0), game)
    for _ in range(INTRO_TICKS + 1):
        m.step(0, 0)
    place(m, -gap / 2, gap / 2)
    return m


def throw_at(game: GameData, move: str, defence: tuple = (), gap: float = 0.8):
    """p1 throws `move` at p2 holding `defence`: (events, damage p2 took)."""
    m = fight_with(game, gap)
    hold = command(*defence)
    run(m, 3, 0, hold)
    before = m.fighters[1].health
    events = press(m, move, defence) + run(m, 60, 0, hold)
    return events, before - m.fighters[1].health


def test_what_a_move_may_hit_comes_from_its_table():
    """Chest to chest, the uppercut rises into a ducking man's body (his head is out of its
    path, when a leaning head is not brought back into reach): it lands because its table
    says also_hits body, and whiffs without that."""
    upright = with_rules(lean_reach_share=0.0)
    events, dmg = throw_at(upright, "uppercut", ("duck",), gap=0.55)
    assert kinds(events, "hit", "p2") and dmg > 0
    no_body = replace(upright, moves={**upright.moves, "uppercut": replace(
        upright.moves["uppercut"], also_hits=())})
    events, dmg = throw_at(no_body, "uppercut", ("duck",), gap=0.55)
    assert dmg == 0 and kinds(events, "whiff", "p1")


def test_the_bonus_on_a_ducking_man_is_the_moves_own():
    _, shipped = throw_at(default_game_data(), "uppercut", ("duck",), gap=0.65)
    _, plain = throw_at(with_move("uppercut", duck_damage_mult=1.0), "uppercut", ("duck",),
                        gap=0.65)
    bonus = default_game_data().moves["uppercut"].duck_damage_mult
    assert shipped == pytest.approx(plain * bonus)


def test_the_heart_cost_is_a_move_flag():
    """With costs_heart a jab waits for a full heart; without it the special does not."""
    m = fight_with(with_move("jab", costs_heart=True), 0.8)
    assert not kinds(press(m, "jab") + run(m, 2), "punch", "p1")
    m = fight_with(with_move("special", costs_heart=False), 0.8)
    assert m.fighters[0].heart == 0.0
    assert kinds(press(m, "special") + run(m, 2), "punch", "p1")


@pytest.mark.parametrize("fraction", [0.2, 0.6])
def test_tiredness_starts_at_the_tables_share(fraction):
    m = fight_with(with_rules(tired_fraction=fraction), 2.0)
    f = m.fighters[0]
    f.stamina = f.data.stamina_max * 0.5
    m.step(0, 0)
    assert m.view().fighters[0].tired == (fraction > 0.5)


def test_getting_up_follows_the_rules_table():
    """A man rises with the table's share of his health, and the need to mash grows by the
    table's step with each knockdown."""
    game = with_rules(getup_health_share=0.3, getup_health_drop=0.1, getup_mash_need=4.0,
                      getup_mash_need_step=2.0)
    m = fight_with(game, 0.8)
    f = m.fighters[1]
    f.knockdowns_total = 1
    assert m.getup_health(f) == pytest.approx(0.3 * f.data.health_max)
    assert m.getup_need(f) == 4.0
    f.knockdowns_total = 3
    assert m.getup_health(f) == pytest.approx(0.1 * f.data.health_max)
    assert m.getup_need(f) == 8.0
