"""The CPU reads a repeated punch: the habit, when the next one is due, and forgetting it.

Why: the fight-depth issue asks for brains that notice a punch thrown again and again within a
few seconds and answer it, seeing only what a player sees. The reader is the noticing; these
tests pin what counts as a habit (one punch, steady rests) and what does not (a mix, no beat).
"""

from __future__ import annotations

from game.ai.brain import CpuBrain
from game.ai.reading import Reader
from game.ai.skill import DIFFICULTIES, SKILLS

JAB_TOTAL = 18


def spam(reader: Reader, moves: list[str], rests: list[int], total: int = JAB_TOTAL) -> int:
    """He throws `moves[i]` after resting `rests[i]` ticks once free; returns the last tick."""
    tick = 100
    for move, rest in zip(moves, rests, strict=True):
        reader.saw_free(tick)
        tick += rest
        reader.saw(tick, move)
        tick += total
    return tick


def test_a_jab_every_time_he_is_free_is_read_and_the_next_one_is_due():
    r = Reader(repeats=3, slack=4)
    end = spam(r, ["jab"] * 4, [0, 1, 0, 1])
    read = r.read(end - 10, JAB_TOTAL)
    assert read is not None and read.move == "jab"
    assert abs(read.due - end) <= 1          # right when he is free again
    r.saw_free(end)
    assert r.read(end + 1, JAB_TOTAL).due == end + read.rest


def test_a_mix_of_punches_or_no_steady_rest_is_no_habit():
    mixed = Reader(repeats=3, slack=4)
    spam(mixed, ["jab", "hook", "jab", "body", "jab"], [0, 0, 0, 0, 0])
    assert mixed.read(1000, JAB_TOTAL) is None
    unsteady = Reader(repeats=3, slack=4)
    spam(unsteady, ["jab"] * 5, [0, 30, 5, 60, 12])
    assert unsteady.read(1000, JAB_TOTAL) is None


def test_the_habit_is_forgotten_when_he_changes_or_stops():
    r = Reader(repeats=3, slack=4)
    end = spam(r, ["jab"] * 4, [0] * 4)
    assert r.habit is not None
    r.saw(end + 5, "hook")
    assert r.habit is not None                 # one other punch is a feint
    r.saw(end + 40, "body")
    assert r.habit is None                     # two in a row: the habit is gone
    s = Reader(repeats=3, slack=4)
    end = spam(s, ["jab"] * 4, [0] * 4)
    assert s.read(end + 500, JAB_TOTAL) is None   # he stopped long ago


def test_better_boxers_read_sooner_and_forgive_a_looser_beat():
    for worse, better in zip(DIFFICULTIES, DIFFICULTIES[1:], strict=False):
        assert SKILLS[better].read_repeats <= SKILLS[worse].read_repeats
        assert SKILLS[better].read_slack >= SKILLS[worse].read_slack
        assert SKILLS[better].answer > SKILLS[worse].answer


def _answers_to_a_jab_spammer(difficulty: str) -> int:
    """A CPU Drago against a man jabbing at him as soon as he can, for 30 seconds."""
    from game.sim.actions import command
    from tests.simhelpers import fight

    m = fight(("rocky", "drago"), gap=0.9, seed=4, ring_half_width=30.0)
    brain = CpuBrain("p2", difficulty, 4)
    answered = 0
    last = None   # the last answer itself: held, its memory cannot go to the next one
    for t in range(1800):
        jab = command("jab") if t % 2 == 0 else 0
        v = m.view()
        c = brain.command(v)
        m.step(jab | command("forward") if v.fighters[0].state != "attack" else jab, c)
        cur = brain.answers.current
        answered += cur is not None and cur is not last
        last = cur if cur is not None else last
    return answered


def test_champion_answers_a_jab_spammer_easy_barely_does():
    """Over 30 seconds of a jab as soon as he can: the champion reads it and gets ready for
    it again and again, the easy CPU seldom (he needs twice the repeats and rarely acts)."""
    champion = _answers_to_a_jab_spammer("champion")
    assert champion >= 8
    assert _answers_to_a_jab_spammer("easy") * 2 < champion
