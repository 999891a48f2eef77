"""Actor sheets: the story's people, drawn by the fighters' generator (sprites/actors/*).

Why sheets built ahead of time like the fighters' atlases: one frame takes tens of
milliseconds to draw at 4x, so the game only blits. Each figure gets every pose in both
facings (drawn separately, the light stays upper left), the head box of each frame (so the
staging engine keeps speech boxes off faces, and portraits crop the face), and the
animations a scene can play. Format: docs/formats/atlas.md, "Actor sheets".
"""

from __future__ import annotations

import json
import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pygame

from .actor_figure import ActorFigure, Extra, actor_look
from .actor_poses import ANIMATIONS, actor_poses
from .atlas import dumps
from .costumes import Costume, costumes
from .render import render_frame
from .sheet import compose
from .skeleton import Joints, Pose, solve

SHEET_W = 1024
# a contact-sheet item: (frame, anchor x, anchor y, label)
Frame = tuple[pygame.Surface, int, int, str]


@dataclass(frozen=True)
class BigHeadJoints(Joints):
    """Joints whose head frame is spread `head_k` times about the head's centre: everything
    drawn in it (face, hair, hat, the eyes' pixels) grows together, the body stays."""

    head_k: float = 1.0

    def to_world(self, origin: tuple[float, float], ang: float, u: float,
                 v: float) -> tuple[float, float]:
        if origin is self.head:
            u, v = u * self.head_k, v * self.head_k
        return super().to_world(origin, ang, u, v)


def solve_for(c: Costume, pose: Pose) -> Joints:
    """The pose solved for the costume's height and build (a child's big head included)."""
    j = solve(pose, c.height, c.shoulder_scale)
    if c.head_scale != 1.0:
        j = BigHeadJoints(**vars(j), head_k=c.head_scale)
    return j


def _render(c: Costume, pose: Pose, extra: Extra, facing: int) -> tuple[
        pygame.Surface, int, int, tuple[int, int, int, int]]:
    """One frame: (image, anchor x, anchor y, head box relative to the anchor)."""
    lk = actor_look(c)
    j = solve_for(c, pose)
    made: list[ActorFigure] = []

    def factory(jj, look, s, ax, ay) -> ActorFigure:  # noqa: ANN001 - render_frame's call
        fig = ActorFigure(jj, look, s, ax, ay, c, extra)
        made.append(fig)
        return fig

    img, ax, ay = render_frame(j, lk, facing, factory)  # type: ignore[arg-type]
    hx, hy, hw, hh = made[0].head_box or (0, 0, 0, 0)
    lift = round(extra.raise_h * c.height)
    return img, ax, ay + lift, (hx, hy - lift, hw, hh)


def _inside(head: tuple, w: int, h: int, ax: int, ay: int) -> list[int]:
    """The head box clipped to the frame (the drawn box may overhang a trimmed edge)."""
    x0, y0 = max(head[0], -ax), max(head[1], -ay)
    x1, y1 = min(head[0] + head[2], w - ax), min(head[1] + head[3], h - ay)
    return [x0, y0, max(x1 - x0, 1), max(y1 - y0, 1)]


def _animations(poses: dict) -> dict[str, list[str]]:
    out = {}
    for name, options in ANIMATIONS.items():
        for names in options:
            if all(n in poses for n in names):
                out[name] = list(names)
                break
    return out


def build_actor(c: Costume) -> tuple[dict, pygame.Surface]:
    """(sheet JSON, sheet image) of one figure."""
    poses = actor_poses(c)
    frames: list[pygame.Surface] = []
    info: list[tuple[str, str, int, int, tuple]] = []
    hands: dict[str, list[list[float]]] = {}
    for pname, (pose, extra) in poses.items():
        j = solve_for(c, pose)
        lift = round(extra.raise_h * c.height)
        hands[pname] = [[round(j.lead_glove[0], 1) + 0.0, round(j.lead_glove[1] + lift, 1)],
                        [round(j.rear_glove[0], 1) + 0.0, round(j.rear_glove[1] + lift, 1)]]
        for facing, fname in ((1, "right"), (-1, "left")):
            img, ax, ay, head = _render(c, pose, extra, facing)
            frames.append(img)
            info.append((pname, fname, ax, ay, head))
    sheet, pos = compose(frames, SHEET_W)
    fr: dict[str, dict] = {}
    heads: dict[str, dict] = {}
    for (pname, fname, ax, ay, head), (x, y), img in zip(info, pos, frames, strict=True):
        w, h = img.get_size()
        fr.setdefault(pname, {})[fname] = [x, y, w, h, ax, ay]
        heads.setdefault(pname, {})[fname] = _inside(head, w, h, ax, ay)
    doc = {"format": 1, "figure": c.figure, "image": f"{c.figure}.png",
           "height_px": c.height, "frames": fr, "heads": heads,
           "animations": _animations(poses), "hands": hands}
    return doc, sheet


def _write_one(fid: str, folder: Path) -> str:
    """Build one figure and write its sheet: the unit of work for the worker processes."""
    doc, sheet = build_actor(costumes()[fid])
    pygame.image.save(sheet, str(folder / f"{fid}.png"))
    (folder / f"{fid}.json").write_text(dumps(doc), encoding="utf-8")
    return fid


def write_actors(out_dir: Path, only: tuple[str, ...] = (), jobs: int = 0) -> list[str]:
    """Write sprites/actors/<figure>.png + .json for every figure (or `only` these).

    Why worker processes: the figures are independent and each takes a second or two to
    draw at 4x, so on two cores the step takes half the time; each worker writes its own
    files, so the bytes do not depend on the number of workers. jobs=0: one per core."""
    folder = out_dir / "actors"
    folder.mkdir(parents=True, exist_ok=True)
    fids = [f for f in costumes() if not only or f in only]
    jobs = jobs or min(os.cpu_count() or 1, 4)
    if jobs <= 1 or len(fids) <= 1:
        return [_write_one(f, folder) for f in fids]
    with ProcessPoolExecutor(jobs) as pool:
        return list(pool.map(_write_one, fids, [folder] * len(fids)))


def read_frames(out_dir: Path, fid: str) -> list[Frame]:
    """Every frame of a written sheet, in pose order, labelled (for the contact sheet)."""
    doc = json.loads((out_dir / "actors" / f"{fid}.json").read_text(encoding="utf-8"))
    sheet = pygame.image.load(str(out_dir / "actors" / doc["image"]))
    out = []
    for pose, facings in doc["frames"].items():
        for facing, (x, y, w, h, ax, ay) in facings.items():
            out.append((sheet.subsurface((x, y, w, h)).copy(), ax, ay, f"{pose} {facing[0]}"))
    return out


def _fighter_frames(out_dir: Path) -> list[Frame]:
    """The fighters' and referee's standing frames, for scale beside the actors."""
    out = []
    for fid, pose in (("rocky", "idle_0"), ("apollo", "idle_0"), ("drago", "idle_0"),
                      ("referee", "stand_0")):
        path = out_dir / f"{fid}.json"
        if not path.exists():
            continue
        doc = json.loads(path.read_text(encoding="utf-8"))
        sheet = pygame.image.load(str(out_dir / doc["image"]))
        x, y, w, h, ax, ay = doc["frames"][pose]["right"]
        out.append((sheet.subsurface((x, y, w, h)).copy(), ax, ay, f"{fid} {pose}"))
    return out


def _pairs(out_dir: Path) -> list[Frame]:
    """Figures that act together, composed as a scene would: Drago lifting the manager,
    Rocky carried on the corner men's shoulders. Checks the documented offsets by eye."""
    def frame(fid: str, pose: str, facing: str) -> tuple[pygame.Surface, int, int]:
        doc = json.loads((out_dir / "actors" / f"{fid}.json").read_text(encoding="utf-8"))
        sheet = pygame.image.load(str(out_dir / "actors" / doc["image"]))
        x, y, w, h, ax, ay = doc["frames"][pose][facing]
        return sheet.subsurface((x, y, w, h)).copy(), ax, ay

    from .actor_poses import GRIP_OFFSET_PX

    def compose_at(parts: list[tuple[str, str, str, int]]) -> Frame:
        canvas = pygame.Surface((260, 330), pygame.SRCALPHA)
        canvas.fill((0, 0, 0, 0))
        for fid, pose, facing, dx in parts:
            img, ax, ay = frame(fid, pose, facing)
            canvas.blit(img, (130 + dx - ax, 320 - ay))
        return canvas, 130, 320, ""

    try:
        lift = compose_at([("manager", "lifted", "left", GRIP_OFFSET_PX - GRIP_OFFSET_PX // 2),
                           ("drago_ring", "lift", "right", -GRIP_OFFSET_PX // 2)])
        carried = compose_at([("corner_man", "lift_up", "right", -26),
                              ("rocky_ring", "lifted", "right", 0),
                              ("fan_a", "lift_up", "left", 26)])
    except (OSError, KeyError):
        return []
    return [(*lift[:3], "drago lift + manager"), (*carried[:3], "rocky lifted")]


def contact_rows(out_dir: Path, fids: list[str]) -> list[list]:
    """Rows for spritegen.contact: the fighters for scale, then each figure, then pairs."""
    out = [[(img, ax, ay, label, 1, None) for img, ax, ay, label in _fighter_frames(out_dir)]]
    for fid in fids:
        items = read_frames(out_dir, fid)
        out.append([(img, ax, ay, (f"{fid} " if i == 0 else "") + label, 1, None)
                    for i, (img, ax, ay, label) in enumerate(items)])
    pairs = _pairs(out_dir)
    if pairs:
        out.append([(img, ax, ay, label, 1, None) for img, ax, ay, label in pairs])
    return [r for r in out if r]
