"""What is worn on the torso: the details a costume's top adds over its shaded shape.

Why separate from the figure: each kind of top (a suit's open front and tie, a cardigan's
buttons, a team jacket's stripe, a showgirl's sequins) is a few marks and folds laid on the
torso part in the torso's own frame; actor_figure.py draws the part, these dress it. Inside
one garment the shadow tone marks a seam or a lapel, never a dark line (art-direction.md).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from .draw import Layer, Part
from .figure import _clip
from .shapes import Pt, ellipse

if TYPE_CHECKING:
    from .actor_figure import ActorFigure


def no_details(fig: ActorFigure, body: Part, sc: float) -> None:
    return None


def _v_neck(fig: ActorFigure, body: Part, sc: float, depth: float, under: str) -> list[Pt]:
    """The open front of a jacket: a wedge of what is worn under it, down to `depth`."""
    j = fig.j
    v = fig.local(j.pelvis, j.lean, [(0.012, 0.336), (0.07, 0.31), (0.082, depth)], sc)
    mt = fig.mat(under)
    body.marks.append(Layer(v, mt.base, mt.shadow))
    return v


def _lapels(fig: ActorFigure, body: Part, sc: float, depth: float) -> None:
    j = fig.j
    lap = fig.local(j.pelvis, j.lean, [(0.0, 0.336), (0.016, 0.336), (0.07, depth + 0.02),
                                       (0.08, depth)], sc)
    body.folds.append((lap, True))


def _tie(fig: ActorFigure, body: Part, sc: float) -> None:
    j, c = fig.j, fig.c
    if c.tie == "tie":
        t = fig.local(j.pelvis, j.lean, [(0.05, 0.322), (0.064, 0.322), (0.08, 0.2),
                                         (0.071, 0.19), (0.062, 0.2)], sc)
    elif c.tie == "bow":
        t = fig.local(j.pelvis, j.lean, [(0.038, 0.33), (0.058, 0.318), (0.078, 0.332),
                                         (0.078, 0.306), (0.058, 0.318), (0.038, 0.304)], sc)
    else:
        return
    mt = fig.mat("tie")
    body.marks.append(Layer(t, mt.base, mt.shadow))


def _buttons(fig: ActorFigure, body: Part, sc: float, vs: tuple[float, ...], u: float = 0.078,
             name: str = "trim") -> None:
    j = fig.j
    mt = fig.prop_mat(name, "under")
    for v in vs:
        c = fig.P(j.to_world(j.pelvis, j.lean, (u + fig.c.belly * 0.6) * sc, v))
        body.marks.append(Layer(ellipse(c, 0.006 * fig.k, 0.006 * fig.k, 0, 8), mt.base,
                                mt.base))


def _rib(fig: ActorFigure, body: Part, sc: float) -> None:
    """A knitted band at the foot of a cardigan, sweater or jacket (shadow tone, no line)."""
    j = fig.j
    rib = fig.local(j.pelvis, j.lean, [(-0.1, -0.032), (0.1, -0.032), (0.1, -0.05),
                                       (-0.1, -0.05)], sc)
    body.folds.append((rib, True))


def _suit(fig: ActorFigure, body: Part, sc: float) -> None:
    _v_neck(fig, body, sc, 0.2, "under")
    _lapels(fig, body, sc, 0.2)
    _tie(fig, body, sc)
    _buttons(fig, body, sc, (0.16, 0.1), 0.074, "top")
    if fig.has("trim"):  # a badge on the lapel
        j = fig.j
        c = fig.P(j.to_world(j.pelvis, j.lean, 0.03 * sc, 0.27))
        mt = fig.mat("trim")
        body.marks.append(Layer(ellipse(c, 0.009 * fig.k, 0.009 * fig.k, 0, 8), mt.base,
                                mt.base))


def _cardigan(fig: ActorFigure, body: Part, sc: float) -> None:
    _v_neck(fig, body, sc, 0.22, "under")
    _buttons(fig, body, sc, (0.19, 0.13, 0.07))
    _rib(fig, body, sc)


def _coat(fig: ActorFigure, body: Part, sc: float) -> None:
    j = fig.j
    if fig.has("under") and fig.c.top != "robe":  # a scarf or the shirt at the throat
        _v_neck(fig, body, sc, 0.25, "under")
        _tie(fig, body, sc)
    if fig.has("trim"):  # a fur or wool collar
        mt = fig.mat("trim")
        col = fig.local(j.pelvis, j.lean, [(-0.06, 0.33), (-0.03, 0.35), (0.03, 0.35),
                                           (0.07, 0.31), (0.04, 0.29), (-0.05, 0.3)], sc)
        body.marks.append(Layer(col, mt.base, mt.shadow))
    _lapels(fig, body, sc, 0.22)
    if fig.c.top == "coat":
        _buttons(fig, body, sc, (0.18, 0.1), 0.074, "top")
    if fig.c.top == "labcoat":
        pocket = fig.local(j.pelvis, j.lean, [(0.02, 0.26), (0.05, 0.26), (0.05, 0.24),
                                              (0.02, 0.24)], sc)
        body.folds.append((pocket, True))


def _robe(fig: ActorFigure, body: Part, sc: float) -> None:
    j = fig.j
    white, red = fig.mat("trim"), fig.mat("under")
    lap = fig.local(j.pelvis, j.lean, [(0.0, 0.338), (0.03, 0.338), (0.084, 0.16),
                                       (0.07, 0.1), (0.06, 0.16)], sc)
    body.marks.append(Layer(lap, white.base, white.shadow))
    belt = fig.local(j.pelvis, j.lean, [(-0.1, 0.09), (0.1, 0.09), (0.1, 0.06), (-0.1, 0.06)],
                     sc)
    body.marks.append(Layer(belt, red.base, red.shadow))
    ys = [p[1] for p in body.layers[0].pts]
    fig.stars(body, body.layers[0].pts, min(ys), max(ys))


def _jacket(fig: ActorFigure, body: Part, sc: float) -> None:
    j = fig.j
    if fig.has("trim"):  # a team stripe across the chest
        mt = fig.mat("trim")
        s = fig.local(j.pelvis, j.lean, [(-0.1, 0.26), (0.1, 0.26), (0.1, 0.23),
                                         (-0.1, 0.23)], sc)
        body.marks.append(Layer(_clip(s, body.layers[0].pts), mt.base, mt.shadow))
    if fig.has("under"):
        _v_neck(fig, body, sc, 0.27, "under")
    zip_ = fig.local(j.pelvis, j.lean, [(0.072, 0.3), (0.078, 0.3), (0.072, 0.0),
                                        (0.066, 0.0)], sc)
    body.folds.append((zip_, True))
    _rib(fig, body, sc)


def _sweater(fig: ActorFigure, body: Part, sc: float) -> None:
    j = fig.j
    _rib(fig, body, sc)
    neck = fig.local(j.pelvis, j.lean, [(-0.03, 0.335), (0.05, 0.335), (0.05, 0.32),
                                        (-0.03, 0.32)], sc)
    body.folds.append((neck, True))


def _dress(fig: ActorFigure, body: Part, sc: float) -> None:
    j = fig.j
    skin = fig.mat("skin")
    neck = fig.local(j.pelvis, j.lean, [(0.01, 0.336), (0.06, 0.325), (0.074, 0.27)], sc)
    body.marks.append(Layer(neck, skin.base, skin.shadow))
    belt = fig.local(j.pelvis, j.lean, [(-0.1, 0.11), (0.1, 0.11), (0.1, 0.085),
                                        (-0.1, 0.085)], sc)
    mt = fig.mat("under")
    body.marks.append(Layer(belt, mt.base, mt.shadow))
    if fig.has("trim"):  # a gold necklace
        t = fig.mat("trim")
        for u, v in ((0.03, 0.323), (0.05, 0.31), (0.064, 0.292)):
            c = fig.P(j.to_world(j.pelvis, j.lean, u * sc, v))
            body.marks.append(Layer(ellipse(c, 0.006 * fig.k, 0.006 * fig.k, 0, 8), t.base,
                                    t.base))


def _sequins(fig: ActorFigure, body: Part, sc: float) -> None:
    """A showgirl's leotard: bare shoulders, a gold belt, sparkles scattered over it."""
    j = fig.j
    skin = fig.mat("skin")
    top = fig.local(j.pelvis, j.lean, [(-0.09, 0.34), (0.09, 0.34), (0.09, 0.275),
                                       (0.0, 0.29), (-0.09, 0.27)], sc)
    body.marks.append(Layer(_clip(top, body.layers[0].pts), skin.base, skin.shadow))
    t = fig.mat("trim")
    belt = fig.local(j.pelvis, j.lean, [(-0.1, 0.13), (0.1, 0.13), (0.1, 0.11),
                                        (-0.1, 0.11)], sc)
    body.marks.append(Layer(_clip(belt, body.layers[0].pts), t.base, t.shadow))
    for u, v in ((-0.04, 0.24), (0.03, 0.22), (0.06, 0.17), (-0.02, 0.17), (0.02, 0.08),
                 (-0.05, 0.06), (0.05, 0.04)):
        c = fig.P(j.to_world(j.pelvis, j.lean, u * sc, v))
        body.marks.append(Layer(ellipse(c, 0.007 * fig.k, 0.007 * fig.k, 0, 8), t.hl, t.hl))


TOP_DETAILS: dict[str, Callable[[ActorFigure, Part, float], None]] = {
    "suit": _suit, "tux": _suit, "cardigan": _cardigan, "coat": _coat, "labcoat": _coat,
    "robe": _robe, "jacket": _jacket, "sweater": _sweater, "dress": _dress,
    "sequins": _sequins}
