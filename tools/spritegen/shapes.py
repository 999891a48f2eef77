"""Shape helpers: everything becomes a polygon in 4x canvas pixels.

Why polygons only: rotated ellipses and tapered limbs are not pygame primitives, and one
primitive keeps drawing, bounding boxes and shadow masks uniform.
"""

from __future__ import annotations

import math

Pt = tuple[float, float]


def ellipse(c: Pt, rx: float, ry: float, ang: float = 0.0, n: int = 28) -> list[Pt]:
    """A rotated ellipse; ang in radians, screen coordinates (y down)."""
    ca, sa = math.cos(ang), math.sin(ang)
    out = []
    for i in range(n):
        t = 2 * math.pi * i / n
        x, y = rx * math.cos(t), ry * math.sin(t)
        out.append((c[0] + x * ca - y * sa, c[1] + x * sa + y * ca))
    return out


def capsule(a: Pt, b: Pt, ra: float, rb: float, n: int = 10) -> list[Pt]:
    """A tapered limb: round ends of radius ra at a and rb at b."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    ang = math.atan2(dy, dx)
    pts: list[Pt] = []
    for i in range(n + 1):  # end cap at b, from +90 to -90 degrees
        t = ang + math.pi / 2 - math.pi * i / n
        pts.append((b[0] + rb * math.cos(t), b[1] + rb * math.sin(t)))
    for i in range(n + 1):  # cap at a
        t = ang - math.pi / 2 - math.pi * i / n
        pts.append((a[0] + ra * math.cos(t), a[1] + ra * math.sin(t)))
    return pts


def bbox(pts: list[Pt]) -> tuple[int, int, int, int]:
    """Integer bounding box (x0, y0, x1, y1) enclosing the points."""
    xs = [p[0] for p in pts]
    ys = [p[1] for p in pts]
    return (math.floor(min(xs)), math.floor(min(ys)), math.ceil(max(xs)), math.ceil(max(ys)))


def quad_strip(a: Pt, b: Pt, wa: float, wb: float) -> list[Pt]:
    """A flat-ended band from a to b, half-widths wa and wb."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    n = math.hypot(dx, dy) or 1.0
    nx, ny = -dy / n, dx / n
    return [(a[0] + nx * wa, a[1] + ny * wa), (b[0] + nx * wb, b[1] + ny * wb),
            (b[0] - nx * wb, b[1] - ny * wb), (a[0] - nx * wa, a[1] - ny * wa)]
