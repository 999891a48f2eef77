"""Who holds which device: each side is on the keyboard or on one pad.

Why a separate table: devices come and go (hot-plug), players swap sides, and a fight must
know when the pad of one of its players has gone (pause, ask to reconnect) — none of which
belongs to the pads themselves or to the fight's rules.
"""

from __future__ import annotations

from dataclasses import dataclass

KEYBOARD = "keyboard"
GAMEPAD = "gamepad"


@dataclass
class Seat:
    kind: str = KEYBOARD      # keyboard | gamepad
    pad: int | None = None    # the pad's instance id; None on a gamepad seat = waiting for one
    pad_name: str = ""


class Seats:
    def __init__(self) -> None:
        self.seats = [Seat(), Seat()]

    def kind(self, side: int) -> str:
        return self.seats[side].kind

    def pad(self, side: int) -> int | None:
        seat = self.seats[side]
        return seat.pad if seat.kind == GAMEPAD else None

    def side_of(self, pad: int) -> int | None:
        for side, seat in enumerate(self.seats):
            if seat.kind == GAMEPAD and seat.pad == pad:
                return side
        return None

    def join(self, pad: int, name: str, sides: tuple[int, ...] = (0, 1)) -> int | None:
        """A pad pressed START: it takes the first of `sides` that is waiting for a pad, else
        the first on the keyboard. Returns the side, or None when all are taken by pads."""
        current = self.side_of(pad)
        if current is not None and current in sides:
            return current
        if current is not None:  # on a side that has no player now (the CPU's): move
            self.seats[current] = Seat()
        for wanted in (lambda s: s.kind == GAMEPAD and s.pad is None,
                       lambda s: s.kind == KEYBOARD):
            for side in sides:
                if wanted(self.seats[side]):
                    self.seats[side] = Seat(GAMEPAD, pad, name)
                    return side
        return None

    def want_pad(self, side: int) -> None:
        """This side must box with a pad (`--p1 gamepad`): wait for one if it has none."""
        if self.seats[side].kind != GAMEPAD:
            self.seats[side] = Seat(GAMEPAD)

    def use_keyboard(self, side: int) -> None:
        self.seats[side] = Seat()

    def swap(self) -> None:
        self.seats.reverse()

    def removed(self, pad: int) -> int | None:
        """A pad went away: its side keeps waiting for a pad. Returns that side."""
        side = self.side_of(pad)
        if side is not None:
            self.seats[side].pad = None
        return side

    def fill_waiting(self, pad: int, name: str) -> int | None:
        """A pad arrived: the first side waiting for one gets it (re-plug resumes a fight)."""
        if self.side_of(pad) is not None:
            return None
        for side, seat in enumerate(self.seats):
            if seat.kind == GAMEPAD and seat.pad is None:
                self.seats[side] = Seat(GAMEPAD, pad, name)
                return side
        return None

    def waiting(self, sides: tuple[int, ...] = (0, 1)) -> list[int]:
        return [s for s in sides if self.seats[s].kind == GAMEPAD and self.seats[s].pad is None]

    def label(self, side: int) -> str:
        seat = self.seats[side]
        if seat.kind == KEYBOARD:
            return "KEYBOARD"
        if seat.pad is None:
            return "PAD (CONNECT ONE)"
        return f"PAD: {seat.pad_name.upper()[:22]}"
