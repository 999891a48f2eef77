"""Hair styles and hats of the actor figures, as outlines in the head's frame.

Why data in the head's frame (u forward, v up, H units, origin the head's centre): the
figure maps them with the head's angle, so a bowed or tilted head keeps its hat on, and both
facings come from the same numbers (light stays upper left, the figure draws each facing).
"""

from __future__ import annotations

import math
from collections.abc import Callable

from .figure import _hull
from .skeleton import Vec


def shape_top(shape: list[Vec]) -> float:
    return max(v for _, v in shape)


# -- hair styles: (outline, highlight) in the head's frame (u forward, v up, H units) -------
def _arc(r: float, a0: int, a1: int, step: int = 12, cx: float = -0.004,
         cy: float = 0.012) -> list[Vec]:
    return [(cx + r * math.cos(math.radians(a)), cy + r * math.sin(math.radians(a)))
            for a in range(a0, a1 + 1, step)]


def _hair_bald() -> tuple[list[Vec], list[Vec]]:
    """A fringe round the back of the head, above the ear; the crown bare."""
    return _arc(0.064, 120, 215, 10) + _arc(0.048, 215, 130, -10), []


def _hair_short() -> tuple[list[Vec], list[Vec]]:
    return ([(0.05, 0.045)] + _arc(0.064, 36, 216) + [(-0.05, -0.02), (-0.03, 0.016),
                                                      (0.0, 0.034), (0.035, 0.036)],
            [(-0.015, 0.07), (0.02, 0.072), (0.02, 0.066), (-0.015, 0.064)])


def _hair_swept() -> tuple[list[Vec], list[Vec]]:
    """Combed straight back with some height over the brow."""
    return ([(0.056, 0.04), (0.06, 0.066), (0.03, 0.082), (-0.02, 0.082)]
            + _arc(0.066, 130, 220) + [(-0.052, -0.02), (-0.03, 0.02), (0.01, 0.042)],
            [(0.0, 0.076), (0.04, 0.07), (0.04, 0.064), (0.0, 0.07)])


def _hair_curly() -> tuple[list[Vec], list[Vec]]:
    pts = [(-0.004 + (0.072 + 0.006 * (i % 2)) * math.cos(math.radians(a)),
            0.016 + (0.072 + 0.006 * (i % 2)) * math.sin(math.radians(a)))
           for i, a in enumerate(range(20, 221, 14))]
    return pts + [(-0.05, -0.02), (-0.03, 0.016), (0.02, 0.04)], []


def _hair_long() -> tuple[list[Vec], list[Vec]]:
    """Over the crown and down the back to the shoulders."""
    return ([(0.058, 0.03)] + _arc(0.068, 20, 190) + [(-0.078, -0.06), (-0.07, -0.13),
                                                     (-0.03, -0.12), (-0.028, -0.04),
                                                     (0.0, 0.02), (0.04, 0.03)],
            [(-0.02, 0.074), (0.02, 0.076), (0.02, 0.07), (-0.02, 0.068)])


def _hair_bob() -> tuple[list[Vec], list[Vec]]:
    """Short, full, swept over the brow to one side, ends at the jaw."""
    return ([(0.07, 0.03), (0.066, 0.06)] + _arc(0.07, 60, 200) + [
        (-0.072, -0.05), (-0.05, -0.062), (-0.03, -0.03), (-0.01, 0.02), (0.03, 0.026)],
        [(-0.02, 0.076), (0.03, 0.074), (0.03, 0.066), (-0.02, 0.07)])


def _hair_bun() -> tuple[list[Vec], list[Vec]]:
    bun = [(-0.07 + 0.034 * math.cos(t / 4), 0.05 + 0.032 * math.sin(t / 4)) for t in range(26)]
    return _hull([(0.05, 0.04)] + _arc(0.064, 36, 214) + [(-0.04, 0.0), (0.0, 0.034)] + bun), [
        (-0.015, 0.07), (0.02, 0.072), (0.02, 0.066), (-0.015, 0.064)]


HAIR: dict[str, Callable[[], tuple[list[Vec], list[Vec]]]] = {
    "bald": _hair_bald, "short": _hair_short, "swept": _hair_swept, "curly": _hair_curly,
    "long": _hair_long, "bob": _hair_bob, "bun": _hair_bun}


# -- hats: [(outline, material, [(mark outline, material)])] in the head's frame ---------------
HatParts = list[tuple[list[Vec], str, list[tuple[list[Vec], str]]]]


def _hat_flatcap() -> HatParts:
    return [([(-0.07, 0.02), (-0.07, 0.06), (-0.03, 0.086), (0.03, 0.086), (0.07, 0.062),
              (0.104, 0.036), (0.1, 0.026), (0.05, 0.032), (-0.02, 0.03)], "hat", [])]


def _hat_cap() -> HatParts:
    return [(_arc(0.068, 0, 180, 12, -0.004, 0.02) + [(-0.072, 0.02)], "hat", []),
            ([(0.04, 0.03), (0.112, 0.022), (0.11, 0.014), (0.04, 0.018)], "hat", [])]


def _hat_cloche() -> HatParts:
    dome = _arc(0.074, -5, 195, 10, -0.006, 0.016)
    brim = [(-0.086, 0.0), (0.082, 0.012), (0.086, 0.0), (-0.086, -0.01)]
    band = [(-0.08, 0.02), (0.074, 0.03), (0.074, 0.018), (-0.08, 0.01)]
    return [(_hull(dome + brim), "hat", [(band, "under")])]


def _hat_beanie() -> HatParts:
    dome = _arc(0.07, -5, 190, 10, -0.004, 0.02)
    fold = [(-0.078, 0.03), (0.07, 0.03), (0.07, 0.006), (-0.078, 0.006)]
    return [(_hull(dome + fold), "hat", [])]


def _hat_fedora() -> HatParts:
    crown = [(-0.056, 0.05), (-0.052, 0.11), (-0.01, 0.118), (0.0, 0.108), (0.012, 0.118),
             (0.05, 0.11), (0.056, 0.05)]
    brim = [(-0.1, 0.046), (-0.08, 0.062), (0.08, 0.062), (0.11, 0.05), (0.1, 0.038),
            (-0.09, 0.036)]
    band = [(-0.056, 0.07), (0.056, 0.07), (0.056, 0.058), (-0.056, 0.058)]
    return [(_hull(brim), "hat", []), (_hull(crown + [(-0.056, 0.06), (0.056, 0.06)]), "hat",
                                       [(band, "hair")])]


def _hat_tophat() -> HatParts:
    crown = [(-0.052, 0.05), (-0.056, 0.19), (0.056, 0.19), (0.052, 0.05)]
    brim = [(-0.088, 0.04), (-0.07, 0.062), (0.07, 0.062), (0.094, 0.046), (0.09, 0.036),
            (-0.08, 0.032)]
    band = [(-0.06, 0.09), (0.06, 0.09), (0.06, 0.064), (-0.06, 0.064)]
    stars = [[(u - 0.007, v), (u, v + 0.008), (u + 0.007, v), (u, v - 0.008)]
             for u, v in ((-0.03, 0.16), (0.02, 0.15), (-0.01, 0.12), (0.035, 0.115))]
    return [(_hull(brim), "hat", []),
            (crown, "hat", [(band, "under")] + [(s, "trim") for s in stars])]


def _hat_feathers() -> HatParts:
    out: HatParts = []
    for ang in (-35, -15, 5, 25, 45):
        a = math.radians(90 - ang)
        c = (-0.01 + math.cos(a) * 0.1, 0.06 + math.sin(a) * 0.1)
        # long along the radius (a plume standing out of the band), narrow across it
        pts = [(c[0] + math.cos(t / 3) * 0.09 * math.cos(a) - math.sin(t / 3) * 0.026
                * math.sin(a),
                c[1] + math.cos(t / 3) * 0.09 * math.sin(a) + math.sin(t / 3) * 0.026
                * math.cos(a)) for t in range(19)]
        out.append((_hull(pts), "hat", []))
    band = [(-0.07, 0.03), (-0.06, 0.07), (0.06, 0.074), (0.07, 0.036)]
    out.append((band, "trim", []))
    return out


def _hat_ushanka() -> HatParts:
    """A fur hat: a full crown, the front turned up, an ear flap down over the ear."""
    crown = [(x, 0.03 + (y - 0.03) * 0.8) for x, y in _arc(0.072, -5, 195, 10, -0.004, 0.03)]
    brim = [(-0.084, 0.036), (0.074, 0.05), (0.078, 0.016), (-0.084, 0.004)]
    flap = [(-0.05, 0.02), (0.012, 0.02), (0.008, -0.05), (-0.036, -0.056), (-0.056, -0.02)]
    return [(flap, "hat", []), (_hull(crown + brim), "hat", [(brim, "hat:hl")])]


def _hat_scarf() -> HatParts:
    """A headscarf over the hair, round the face, knotted under the chin."""
    return [(_arc(0.074, 50, 235, 10, -0.004, 0.014) + [(-0.05, -0.07), (-0.01, -0.082),
                                                         (0.03, -0.07), (0.012, -0.05),
                                                         (0.006, 0.0), (0.03, 0.05)],
             "hat", [])]


HATS: dict[str, Callable[[], HatParts]] = {
    "ushanka": _hat_ushanka, "scarf": _hat_scarf,
    "flatcap": _hat_flatcap, "cap": _hat_cap, "cloche": _hat_cloche, "beanie": _hat_beanie,
    "fedora": _hat_fedora, "tophat": _hat_tophat, "feathers": _hat_feathers}
