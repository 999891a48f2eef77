"""Building one fighter's atlas: poses -> frames (both facings) + geometry -> PNG and JSON.

Why here: this is the one place that walks the pose library, so the frames the renderer
draws and the boxes the simulation hits come from the same solved joints
(docs/formats/atlas.md is the contract).
"""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pygame

from .palettes import Look, look
from .poses import PUNCHES, Anim, library
from .render import render_frame
from .sheet import compose
from .skeleton import GLOVE_R, geometry, solve

REPO = Path(__file__).resolve().parents[2]
PX_PER_M = 80


def load_data(repo: Path = REPO) -> tuple[dict, dict]:
    """(moves, fighters) tables read straight from game/data/*.toml."""
    with open(repo / "game" / "data" / "moves.toml", "rb") as f:
        moves = tomllib.load(f)
    with open(repo / "game" / "data" / "fighters.toml", "rb") as f:
        fighters = tomllib.load(f)
    return moves, fighters


def fighter_look(fid: str, fighters: dict) -> Look:
    """The look, with the stance checked against fighters.toml (data wins)."""
    lk = look(fid)
    stance = fighters.get(fid, {}).get("stance", lk.stance)
    if stance != lk.stance:
        lk = Look(lk.fighter, lk.height_px, stance, lk.materials, lk.hair, lk.shoulder_scale,
                  lk.limb_scale, lk.trunks, lk.style, lk.extra)
    return lk


def _r1(v: float) -> float:
    return round(v, 1) + 0.0


def build_fighter(fid: str, moves: dict, fighters: dict) -> tuple[dict, pygame.Surface,
                                                                   list[pygame.Surface]]:
    """Render every pose of a fighter: (atlas dict, sheet surface, frames in sheet order)."""
    lk = fighter_look(fid, fighters)
    H = lk.height_px
    ss = lk.shoulder_scale
    taunt_ticks = int(moves.get("rules", {}).get("taunt_ticks", 70))
    anims = library(lk.style, H, moves, taunt_ticks, ss)
    poses: dict[str, dict] = {}
    frames: list[pygame.Surface] = []
    anchors: list[tuple[str, str, int, int]] = []
    for name, anim in anims.items():
        hand = moves[name]["hand"] if name in PUNCHES else ""
        start = None
        if anim.phases:
            ns = anim.phases[0]
            js = solve(anim.poses[ns - 1][1], H, ss)
            start = js.lead_glove if hand == "lead" else js.rear_glove
        for i, (pname, pose) in enumerate(anim.poses):
            j = solve(pose, H, ss)
            geo = geometry(j)
            fist = None
            if anim.phases and anim.phases[0] <= i < anim.phases[0] + anim.phases[1]:
                end = j.lead_glove if hand == "lead" else j.rear_glove
                fist = [_r1(start[0]), _r1(start[1]), _r1(end[0]), _r1(end[1]),
                        _r1(GLOVE_R * H)]
            eye = j.to_world(j.head, j.head_ang, 0.036, 0.004)
            poses[pname] = {"head": geo["head"], "body": geo["body"], "fist": fist,
                            "gloves": geo["gloves"],
                            "eye": [_r1(eye[0]), _r1(eye[1]), _r1(j.head_ang)]}
            for facing, fname in ((1, "right"), (-1, "left")):
                img, ax, ay = render_frame(j, lk, facing)
                frames.append(img)
                anchors.append((pname, fname, ax, ay))
    sheet, pos = compose(frames)
    fr: dict[str, dict] = {}
    for (pname, fname, ax, ay), (x, y), img in zip(anchors, pos, frames, strict=True):
        fr.setdefault(pname, {})[fname] = [x, y, img.get_width(), img.get_height(), ax, ay]
    atlas = {"format": 1, "fighter": fid, "image": f"{fid}.png", "px_per_m": PX_PER_M,
             "height_px": H, "poses": poses, "frames": fr,
             "animations": {n: _anim_json(a) for n, a in anims.items()}}
    return atlas, sheet, frames


def _anim_json(a: Anim) -> dict:
    names = [n for n, _ in a.poses]
    if a.phases:
        ns, na, _ = a.phases
        return {"startup": names[:ns], "active": names[ns:ns + na],
                "recovery": names[ns + na:]}
    return {"loop": a.loop, "poses": names, "ticks": list(a.ticks or [])}


def dumps(atlas: dict) -> str:
    """Stable, diff-friendly JSON: one line per pose, frame and animation."""
    one = {"separators": (", ", ": ")}
    lines = ["{"]
    items = list(atlas.items())
    for k, (key, val) in enumerate(items):
        comma = "," if k < len(items) - 1 else ""
        if isinstance(val, dict):
            lines.append(f'  "{key}": {{')
            sub = list(val.items())
            for m, (sk, sv) in enumerate(sub):
                c2 = "," if m < len(sub) - 1 else ""
                lines.append(f'    {json.dumps(sk)}: {json.dumps(sv, **one)}{c2}')
            lines.append("  }" + comma)
        else:
            lines.append(f'  "{key}": {json.dumps(val)}{comma}')
    lines.append("}")
    return "\n".join(lines) + "\n"


def write_fighter(fid: str, out_dir: Path, moves: dict, fighters: dict) -> list[pygame.Surface]:
    """Build and write sprites/<fid>.png and .json; returns the frames (contact sheet)."""
    atlas, sheet, frames = build_fighter(fid, moves, fighters)
    out_dir.mkdir(parents=True, exist_ok=True)
    pygame.image.save(sheet, str(out_dir / f"{fid}.png"))
    (out_dir / f"{fid}.json").write_text(dumps(atlas), encoding="utf-8")
    return frames
