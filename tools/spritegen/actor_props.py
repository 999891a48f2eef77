"""Hand-held props of the actor figures: microphone, camera, clipboard, syringe, axe, log,
towel, pen, the champion's belt.

Why placed from the solved hands: the same skeleton that puts a hand where the pose wants it
puts the prop in that hand, so a microphone reaches the mouth and a towel hangs from both
fists in every facing. Props are shaded parts in the figure's materials ("prop", "metal"),
drawn as their own depth group in front of the figure (a log on the shoulder: behind the head).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import TYPE_CHECKING

from .draw import Layer, Part
from .figure import _hull
from .shapes import Pt, capsule, ellipse, quad_strip

if TYPE_CHECKING:
    from .actor_figure import ActorFigure


# -- props: parts in front of the figure, placed from the hands ---------------------------------
def _toward(a: Pt, b: Pt, d: float) -> Pt:
    dx, dy = b[0] - a[0], b[1] - a[1]
    n = math.hypot(dx, dy) or 1.0
    return (a[0] + dx / n * d, a[1] + dy / n * d)


def _mic(fig: ActorFigure) -> list[Part]:
    """A hand microphone from the near hand towards the mouth."""
    k, j = fig.k, fig.j
    h = fig.hand_at("lead")
    mouth = fig.P(j.to_world(j.head, j.head_ang, 0.06, -0.04))
    top = _toward(h, mouth, min(0.07 * k, math.dist(h, mouth) - 0.015 * k))
    mt = fig.prop_mat("metal", "prop")
    handle = capsule(_toward(h, mouth, -0.02 * k), top, 0.011 * k, 0.013 * k)
    head = ellipse(top, 0.02 * k, 0.02 * k)
    return [Part([Layer(_hull(handle), mt.shadow, mt.dark)], 0.0),
            Part([Layer(head, mt.hl, mt.base)], 0.01 * k)]


def _camera(fig: ActorFigure, at_face: bool = False) -> list[Part]:
    k, j = fig.k, fig.j
    if at_face:
        c = fig.P(j.to_world(j.head, j.head_ang, 0.085, 0.0))
    else:
        h = fig.hand_at("lead")
        c = (h[0] + fig.s * 0.015 * k, h[1] - 0.01 * k)
    mt = fig.prop_mat("prop")
    s = fig.s
    body = [(c[0] - 0.04 * k, c[1] - 0.028 * k), (c[0] + 0.04 * k, c[1] - 0.028 * k),
            (c[0] + 0.04 * k, c[1] + 0.028 * k), (c[0] - 0.04 * k, c[1] + 0.028 * k)]
    lens = ellipse((c[0] + s * 0.044 * k, c[1] + 0.004 * k), 0.014 * k, 0.02 * k)
    flash = [(c[0] - s * 0.035 * k, c[1] - 0.028 * k), (c[0] - s * 0.005 * k, c[1] - 0.028 * k),
             (c[0] - s * 0.005 * k, c[1] - 0.056 * k), (c[0] - s * 0.035 * k, c[1] - 0.056 * k)]
    glass = ellipse((c[0] + s * 0.05 * k, c[1]), 0.006 * k, 0.01 * k)
    return [Part([Layer(_hull(body + lens), mt.base, mt.shadow)], 0.012 * k, [],
                 [Layer(glass, mt.hl, mt.hl)]),
            Part([Layer(flash, mt.hl, mt.base)], 0.006 * k)]


def _clipboard(fig: ActorFigure) -> list[Part]:
    k = fig.k
    h = fig.hand_at("rear")
    c = (h[0] + fig.s * 0.02 * k, h[1] - 0.04 * k)
    mt = fig.prop_mat("prop")
    a = -0.25 * fig.s
    board = [(c[0] + x * math.cos(a) - y * math.sin(a), c[1] + x * math.sin(a) + y * math.cos(a))
             for x, y in ((-0.045 * k, -0.065 * k), (0.045 * k, -0.065 * k),
                          (0.045 * k, 0.065 * k), (-0.045 * k, 0.065 * k))]
    paper = [(c[0] + (x - c[0]) * 0.8, c[1] + (y - c[1]) * 0.8 + 0.01 * k) for x, y in board]
    return [Part([Layer(board, mt.base, mt.shadow)], 0.01 * k, [],
                 [Layer(paper, mt.hl, mt.hl)])]


def _syringe(fig: ActorFigure) -> list[Part]:
    k = fig.k
    h = fig.hand_at("lead")
    fw = (fig.s, 0.0)
    a = (h[0] - fw[0] * 0.01 * k, h[1] - 0.01 * k)
    b = (h[0] + fw[0] * 0.06 * k, h[1] - 0.012 * k)
    tip = (h[0] + fw[0] * 0.095 * k, h[1] - 0.013 * k)
    mt = fig.prop_mat("prop")
    return [Part([Layer(quad_strip(b, tip, 0.004 * k, 0.003 * k), mt.dark, mt.dark)], 0.0),
            Part([Layer(quad_strip(a, b, 0.012 * k, 0.012 * k), mt.base, mt.shadow)],
                 0.006 * k, [], [])]


def _axe(fig: ActorFigure, up: bool) -> list[Part]:
    k = fig.k
    hn, hf = fig.hand_at("lead"), fig.hand_at("rear")
    grip_end = _toward(hn, hf, -0.02 * k)
    length = 0.32 * k
    end = _toward(hf, hn, length)
    wood = fig.prop_mat("prop")
    metal = fig.prop_mat("metal")
    handle = capsule(grip_end if math.dist(grip_end, hf) > math.dist(hn, hf) else hf, end,
                     0.012 * k, 0.012 * k)
    dx, dy = end[0] - hf[0], end[1] - hf[1]
    n = math.hypot(dx, dy) or 1.0
    ux, uy = dx / n, dy / n
    nx, ny = -uy, ux
    side = 1.0 if (nx * fig.s) > 0 else -1.0  # the blade faces forward
    if not up:
        side = -side
    bx, by = end[0] - ux * 0.02 * k, end[1] - uy * 0.02 * k
    blade = [(bx - ux * 0.03 * k, by - uy * 0.03 * k),
             (bx + ux * 0.03 * k, by + uy * 0.03 * k),
             (bx + ux * 0.05 * k + nx * side * 0.07 * k, by + uy * 0.05 * k + ny * side * 0.07 * k),
             (bx - ux * 0.05 * k + nx * side * 0.07 * k, by - uy * 0.05 * k + ny * side * 0.07 * k)]
    return [Part([Layer(handle, wood.base, wood.shadow)], 0.008 * k),
            Part([Layer(blade, metal.base, metal.shadow)], 0.01 * k,
                 [(blade[2:] + [blade[1]], metal.hl)])]


def _log(fig: ActorFigure) -> list[Part]:
    """A log across the near shoulder, both hands on it."""
    k, j = fig.k, fig.j
    sh = fig.P(j.lead_shoulder)
    c = (sh[0], sh[1] - 0.02 * k)
    a, b = (c[0] - fig.s * 0.26 * k, c[1] + 0.02 * k), (c[0] + fig.s * 0.13 * k, c[1] - 0.01 * k)
    wood = fig.prop_mat("prop")
    end = ellipse(b, 0.03 * k, 0.042 * k, math.atan2(b[1] - a[1], b[0] - a[0]))
    ring = ellipse(b, 0.016 * k, 0.024 * k, math.atan2(b[1] - a[1], b[0] - a[0]))
    return [Part([Layer(capsule(a, b, 0.04 * k, 0.042 * k), wood.shadow, wood.dark)],
                 0.012 * k),
            Part([Layer(end, wood.hl, wood.base)], 0.0, [], [Layer(ring, wood.base, wood.base)])]


def _towel(fig: ActorFigure, flying: bool) -> list[Part]:
    k = fig.k
    mt = fig.prop_mat("prop")
    if flying:
        h = fig.hand_at("lead")
        s = fig.s
        c = (h[0] + s * 0.13 * k, h[1] - 0.06 * k)
        pts = [(c[0] - s * 0.07 * k, c[1] + 0.02 * k), (c[0] - s * 0.02 * k, c[1] - 0.05 * k),
               (c[0] + s * 0.07 * k, c[1] - 0.07 * k), (c[0] + s * 0.1 * k, c[1] + 0.0 * k),
               (c[0] + s * 0.05 * k, c[1] + 0.06 * k), (c[0] - s * 0.03 * k, c[1] + 0.05 * k)]
    else:
        hn, hf = fig.hand_at("lead"), fig.hand_at("rear")
        top = [(hn[0], hn[1] - 0.01 * k), (hf[0], hf[1] - 0.01 * k)]
        pts = top + [(hf[0] - fig.s * 0.01 * k, hf[1] + 0.2 * k),
                     (hn[0] + fig.s * 0.012 * k, hn[1] + 0.22 * k)]
        pts = _hull(pts + [(hn[0] + fig.s * 0.02 * k, hn[1])])
    return [Part([Layer(pts, mt.base, mt.shadow)], 0.016 * k)]


def _pen(fig: ActorFigure) -> list[Part]:
    k = fig.k
    h = fig.hand_at("lead")
    a, b = (h[0], h[1] + 0.01 * k), (h[0] + fig.s * 0.01 * k, h[1] - 0.045 * k)
    ink = fig.mat("hair")
    return [Part([Layer(quad_strip(a, b, 0.006 * k, 0.005 * k), ink.shadow, ink.shadow)], 0.0)]


# the champion's belt: black leather, gold plates and a red stone (its own colours, not the
# holder's: whoever holds it, it is the same belt)
LEATHER = ((46, 38, 44), (28, 22, 28))
GOLD = ((236, 190, 70), (178, 128, 40), (255, 238, 160))
STONE = (200, 40, 52)


def _belt(fig: ActorFigure) -> list[Part]:
    """The title belt held out by its two ends: a broad strap across between the hands,
    sagging a little, small plates along it and the big gold plate in the middle, turned to
    the viewer."""
    k = fig.k
    hn, hf = fig.hand_at("lead"), fig.hand_at("rear")
    mid = ((hn[0] + hf[0]) / 2, max(hn[1], hf[1]) + 0.03 * k)
    strap = [Part([Layer(quad_strip(a, b, 0.034 * k, 0.034 * k), *LEATHER)], 0.004 * k)
             for a, b in ((hn, mid), (mid, hf))]
    sides = [ellipse(((mid[0] + h[0]) / 2, (mid[1] + h[1]) / 2 + 0.004 * k), 0.02 * k,
                     0.024 * k) for h in (hn, hf)]
    plate = ellipse(mid, 0.066 * k, 0.05 * k)
    shine = ellipse((mid[0] - 0.022 * k, mid[1] - 0.02 * k), 0.024 * k, 0.01 * k)
    stone = ellipse(mid, 0.018 * k, 0.015 * k)
    return [*strap,
            *(Part([Layer(p, GOLD[0], GOLD[1])], 0.004 * k) for p in sides),
            Part([Layer(plate, GOLD[0], GOLD[1])], 0.01 * k, [(shine, GOLD[2])],
                 [Layer(stone, STONE, STONE)])]


BEHIND_HEAD = ("log",)
PROPS: dict[str, Callable[[ActorFigure], list[Part]]] = {
    "mic": _mic, "camera": _camera, "camera_up": lambda f: _camera(f, True),
    "clipboard": _clipboard, "syringe": _syringe, "axe_up": lambda f: _axe(f, True),
    "axe_down": lambda f: _axe(f, False), "log": _log, "towel": lambda f: _towel(f, False),
    "towel_fly": lambda f: _towel(f, True), "pen": _pen, "belt": _belt}
