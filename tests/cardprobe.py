"""A small card chapter written into a copy of levels/, for tests of the card format.

Why: the shipped story stages its moments as scenes (issue 17) and has no card left, but the
card format still works for modders; its checks and drawing are tested on this probe.
"""

from __future__ import annotations

from pathlib import Path

PROBE = "card.toml"
TEXT = '''kind = "card"
title = "A PROBE CARD"
art = "night"

[[pages]]
text = "The first page of a card."

[[pages]]
art = "lab"
text = "The second page, with Drago standing in it."
[[pages.figures]]
fighter = "drago"
pose = "guard_0"
x = 400
facing = "left"
'''


def write_card(levels: Path) -> Path:
    """Write the probe card into a levels folder copy; its chapter id is `card`."""
    path = levels / PROBE
    path.write_text(TEXT)
    return path
