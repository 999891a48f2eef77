"""Values echoed in a message for the player, cut to a readable length.

Why one helper: an error line quotes the bad value so the player can find it, but a bad file
can hold a value of any size (a 100 MB string, a table nested 100,000 deep), and a message
must stay one readable line. Every message that quotes a value from a file, a path or the
command line goes through `clip` or `shown`.
"""

from __future__ import annotations

import reprlib

LIMIT = 80  # characters of a quoted value; the rest is replaced by an ellipsis
PATH_LIMIT = 300  # a path names the file, so more of it is kept (a 5000-character one is cut)
_REPR = reprlib.Repr()
_REPR.maxstring = _REPR.maxother = _REPR.maxlong = LIMIT
_REPR.maxlist = _REPR.maxdict = _REPR.maxtuple = _REPR.maxset = 6
_REPR.maxlevel = 3  # reprlib stops at this depth: deep nesting never recurses far


def clip(text: object, limit: int = LIMIT) -> str:
    """`text` on one line, at most `limit` characters (an ellipsis marks a cut)."""
    flat = " ".join(str(text).splitlines())
    return flat if len(flat) <= limit else flat[:limit - 1] + "…"


def named(path: object) -> str:
    """A path in a message: whole unless absurdly long."""
    return clip(path, PATH_LIMIT)


def shown(value: object, limit: int = LIMIT) -> Shown:
    """A stand-in for `value` whose repr() is the value's repr, clipped.

    Why an object and not a string: messages built elsewhere with `{got!r}` (DataError) then
    quote it exactly as before when it is short, and clipped when it is long."""
    return Shown(value, limit)


class Shown:
    __slots__ = ("limit", "value")

    def __init__(self, value: object, limit: int = LIMIT) -> None:
        self.value, self.limit = value, limit

    def __repr__(self) -> str:
        try:
            text = _REPR.repr(self.value)
        except (RecursionError, ValueError):  # ValueError: an int too long to print
            text = f"<{type(self.value).__name__}>"
        return clip(text, self.limit)

    __str__ = __repr__
