"""One weighted draw from a brain's own seeded generator.

Why a module of its own: the brain and its answers both choose punches by weight, and the
order in which they consume random numbers is part of every recorded fight's result.
"""

from __future__ import annotations

import random


def pick(rng: random.Random, weights: dict[str, float]) -> str:
    """A key drawn with probability proportional to its weight (one `rng.random()` used)."""
    roll = rng.random() * sum(weights.values())
    for name, w in weights.items():
        roll -= w
        if roll < 0:
            return name
    return next(iter(weights))
