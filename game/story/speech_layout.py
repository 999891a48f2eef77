"""Where a speech box goes: near its speaker, never over anybody's head.

Why a pure function of boxes: the rule players notice ("the words never cover a face") is
checked by the tests for every line of every scene from the data alone, with the same function
the renderer uses, without drawing anything.

Candidates in order: above the speaker's head (centred, then leaning either way, a little
higher if need be), beside his head (the side he faces first), higher above him, then the
upper band across the screen nearest him, then the band under everyone's feet. The first
that stays inside the frame and clear of every head box and every box already placed wins.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

Box = tuple[float, float, float, float]       # x, y, w, h (screen px)

FRAME: Box = (0.0, 0.0, 640.0, 360.0)
MARGIN = 4          # kept free around the frame's edge
GAP = 12            # between a head and the box (the tail crosses it)
CLEAR = 3           # extra room kept around every head
BAND_STEP = 24      # the upper and lower bands are tried at this step, nearest first
LIFT = 12           # a box above a head may rise in steps of this, clear of other heads
UNDER_CAPTION = 40  # the upper band's first row: under a chapter caption's band


def overlaps(a: Box, b: Box, pad: float = 0.0) -> bool:
    return (a[0] < b[0] + b[2] + pad and b[0] - pad < a[0] + a[2]
            and a[1] < b[1] + b[3] + pad and b[1] - pad < a[1] + a[3])


def inside(a: Box, frame: Box = FRAME, margin: float = MARGIN) -> bool:
    return (a[0] >= frame[0] + margin and a[1] >= frame[1] + margin
            and a[0] + a[2] <= frame[0] + frame[2] - margin
            and a[1] + a[3] <= frame[1] + frame[3] - margin)


def _shift_in(box: Box, frame: Box) -> Box:
    """The box moved sideways (only) to sit inside the frame's margins, when it fits."""
    x = min(max(box[0], frame[0] + MARGIN), frame[0] + frame[2] - MARGIN - box[2])
    return (x, box[1], box[2], box[3])


def _candidates(head: Box, size: tuple[float, float], facing: str, frame: Box,
                floor: float) -> Iterable[Box]:
    w, h = size
    hx, hy, hw, hh = head
    cx = hx + hw / 2
    ahead = 1 if facing == "right" else -1
    xs = [cx - w / 2] + [cx - 16 if lean > 0 else cx + 16 - w for lean in (ahead, -ahead)]
    top = hy - GAP - h
    for lift in (0, LIFT, 2 * LIFT):                        # above: centred, then leaning
        for x in xs:
            yield (x, top - lift, w, h)
    for side in (ahead, -ahead):                            # beside the head
        x = hx + hw + GAP if side > 0 else hx - GAP - w
        for dy in (-h / 2, -h + hh / 2, 0.0):
            yield (x, hy + hh / 2 + dy, w, h)
    for lift in range(3 * LIFT, int(top - frame[1]) + 1, LIFT):   # higher above him
        for x in xs:
            yield (x, top - lift, w, h)
    band_x = sorted(range(int(frame[0]), int(frame[0] + frame[2] - w) + 1, BAND_STEP),
                    key=lambda x: abs(x + w / 2 - cx))
    for y in (frame[1] + UNDER_CAPTION, frame[1] + MARGIN):  # the upper band
        for x in band_x:
            yield (x, y, w, h)
    for x in band_x:                                        # under the feet
        yield (x, max(floor, frame[1] + frame[3] - MARGIN - h), w, h)


def place_speech(head: Box, size: tuple[float, float], heads: Sequence[Box],
                 taken: Sequence[Box] = (), facing: str = "right", frame: Box = FRAME,
                 floor: float = 0.0) -> tuple[Box, bool]:
    """(the box, True) for the first good place; (the least bad place, False) if none is.

    `head`: the speaker's head box; `heads`: every head on screen (his included); `taken`:
    boxes already used (other lines, the caption); `floor`: the lowest feet on screen."""
    best: Box | None = None
    best_cost = float("inf")
    for cand in _candidates(head, size, facing, frame, floor):
        box = _shift_in(cand, frame)
        hits = sum(overlaps(box, hd, CLEAR) for hd in heads) + sum(
            overlaps(box, t, 2) for t in taken)
        if hits == 0 and inside(box, frame):
            return box, True
        cost = hits * 1000 + (0 if inside(box, frame) else 500)
        if cost < best_cost:
            best, best_cost = box, cost
    return best or (frame[0], frame[1], size[0], size[1]), False


def tail(box: Box, head: Box) -> tuple[tuple[float, float], ...]:
    """A wedge from the box's edge towards the head, its tip just short of the head: three
    points, or () when the head is too far for a tail to read as pointing at him."""
    bx, by, bw, bh = box
    hx, hy, hw, hh = head
    mx, my = hx + hw / 2, hy + hh * 0.55
    if by + bh <= hy or by >= hy + hh:                     # above or under the head
        below = by >= hy + hh
        x = min(max(mx, bx + 9), bx + bw - 9)
        edge = by if below else by + bh
        tip_y = hy + hh + 2 if below else hy - 2
        base = ((x - 5, edge), (x + 5, edge))
        tip = (x + (mx - x) * 0.5, tip_y)
    else:                                                  # beside
        y = min(max(my, by + 7), by + bh - 7)
        right_of_box = bx + bw <= hx
        edge = bx + bw if right_of_box else bx
        base = ((edge, y - 5), (edge, y + 5))
        tip = (hx - 2 if right_of_box else hx + hw + 2, y + (my - y) * 0.5)
    if abs(tip[0] - base[0][0]) + abs(tip[1] - base[0][1]) > 40:
        return ()
    return (base[0], base[1], tip)
