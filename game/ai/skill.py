"""How good a CPU boxer is, apart from who he is: the difficulty table.

Why a separate table from the styles: a difficulty must change how well a man boxes (how late
he sees things, how he defends, whether he punishes mistakes and strings punches together),
never how hard he hits or how much he can take; the style says what he likes to do, the skill
how well he does it. Every brain multiplies the two.
"""

from __future__ import annotations

from dataclasses import dataclass

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


SKILLS: dict[str, Skill] = {
    "easy": Skill(reaction=30, block=0.15, right_guard=0.5, anticipate=0.05, read=0.0,
                  punish=0.05, combo=0.05, mash_every=10, hold=40, stop=0.0),
    "normal": Skill(reaction=22, block=0.40, right_guard=0.75, anticipate=0.12, read=0.5,
                    punish=0.35, combo=0.25, mash_every=7, hold=30, stop=0.0),
    "hard": Skill(reaction=16, block=0.65, right_guard=0.9, anticipate=0.15, read=0.85,
                  punish=0.65, combo=0.45, mash_every=5, hold=20, stop=0.45),
    "champion": Skill(reaction=12, block=0.8, right_guard=0.97, anticipate=0.17, read=1.0,
                      punish=0.85, combo=0.6, mash_every=4, hold=16, stop=0.6),
}


def skill_for(difficulty: str) -> Skill:
    if difficulty not in SKILLS:
        raise ValueError(f"unknown difficulty {difficulty!r}; expected one of {DIFFICULTIES}")
    return SKILLS[difficulty]
