"""Render every story screen headless to PNGs, for looking at the story as a whole.

Why: the story's art is drawn by code at run time (game/render/story/art.py), so the way to
review it is to play it. The CPU plays with short rounds; a picture is saved a moment after
each new page, beat, drill phase or round, named in the order they came.

    python tools/storygen/shots.py OUT_DIR [--seed N] [--round-seconds S]
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import pygame  # noqa: E402

DELAY = 45  # ticks after a change, so text has typed out and the picture has settled


def moment(scene) -> tuple:
    """What is on screen, coarsely: a change of this is worth a picture."""
    name = type(scene).__name__
    if name == "CardScene":
        return name, scene.card.id, scene.page
    if name == "DrillsScene":
        return name, scene.phase, scene.index
    if name == "StoryFightScene":
        if scene.beats:
            b = scene.beats[0]
            return name, b.event.kind, b.event.round, b.line, b.choosing
        m = scene.match
        return name, m.phase if m.phase in ("fight", "over") else "", m.round
    return (name,)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("out", type=Path)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--round-seconds", type=float, default=8.0)
    p.add_argument("--levels", type=Path, default=None)
    args = p.parse_args(argv)
    from game.assets import asset_dir
    from game.audio import NullAudio
    from game.cli import parse
    from game.context import Context
    from game.input.keyboard import KeyboardInput
    from game.scenes.base import SceneStack
    from game.scenes.story.flow import make_story_scene
    from game.story import story_over

    pygame.display.init()
    pygame.display.set_mode((640, 360))
    ctx = Context(parse(["--headless"]), NullAudio(), KeyboardInput(), SceneStack())
    levels = args.levels or asset_dir("levels")
    ctx.stack.push(make_story_scene(ctx, levels, "cpu", args.seed, "normal",
                                    round_seconds=args.round_seconds, save=False))
    ctx.stack.apply()
    args.out.mkdir(parents=True, exist_ok=True)
    frame = pygame.Surface((640, 360))
    last, since, count = None, 0, 0
    for _ in range(400000):
        if story_over(ctx):
            break
        top = ctx.stack.top
        key = moment(top)
        if key != last:
            last, since = key, 0
        since += 1
        if since == DELAY:
            ctx.stack.draw(frame)
            count += 1
            label = "-".join(str(k) for k in key).lower()
            pygame.image.save(pygame.transform.scale(frame, (1280, 720)),
                              str(args.out / f"{count:03d}-{label}.png"))
        top.update()
        ctx.stack.apply()
    print(f"{count} pictures in {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
