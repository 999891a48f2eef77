"""How good a CPU boxer is, apart from who he is: the difficulty table.

Why a separate table from the styles: a difficulty must change how well a man boxes (how late
he sees things, how he defends, whether he punishes mistakes and strings punches together),
never how hard he hits or how much he can take; the style says what he likes to do, the skill
how well he does it. Every brain multiplies the two. The numbers are in
`game/data/brains.toml` ([skill.<difficulty>]).
"""

from __future__ import annotations

from dataclasses import dataclass

from game.ai.tuning import BRAINS_TOML, brains_file, build, section

DIFFICULTIES = ("easy", "normal", "hard", "champion")


@dataclass(frozen=True, slots=True)
class Skill:
    reaction: int        # ticks late he sees the other man (a human's delay; >= 12)
    block: float         # chance to answer a punch he has seen with a defence
    right_guard: float   # chance that defence is the right one (high, low, duck) for it
    anticipate: float    # per-tick chance to cover up when in the other man's range
    read: float         # how much his guard height follows what the other man throws
    punish: float        # chance to punish a whiff or a man stuck in recovery
    combo: float         # chance to string a follow-up onto a punch
    mash_every: int      # ticks between presses when down
    hold: int            # longest cover-up (ticks beyond 12): the worse, the longer he turtles
    stop: float          # chance a boxer meets a man following him in with the jab (ring IQ)
    read_repeats: int    # the same punch this many times at a steady beat and he has read it
    read_slack: int      # ticks the beat may wander and still be read
    answer: float        # chance he answers a punch he has read is due


SKILLS: dict[str, Skill] = {
    d: build(Skill, BRAINS_TOML, f"skill.{d}", t)
    for d, t in section(brains_file(), BRAINS_TOML, "skill", DIFFICULTIES).items()
}


def skill_for(difficulty: str) -> Skill:
    if difficulty not in SKILLS:
        raise ValueError(f"unknown difficulty {difficulty!r}; expected one of {DIFFICULTIES}")
    return SKILLS[difficulty]
