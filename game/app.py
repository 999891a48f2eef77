"""The app: pygame set up once, the scene stack, and one fixed-timestep loop.

Why one loop for window and headless: `--headless` runs exactly the same ticks, only without
waiting for real time and drawing only the frames someone asked for, so what CI sees is what
a player gets.
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

import pygame  # noqa: E402

from game.audio import open_audio  # noqa: E402
from game.cli import Options  # noqa: E402
from game.input.keyboard import KeyboardInput  # noqa: E402
from game.loop import FixedStepper  # noqa: E402
from game.replay import atomic_write_text  # noqa: E402
from game.result import run_result  # noqa: E402
from game.scenes.base import SceneStack  # noqa: E402

LOGICAL = (640, 360)
FILM_THUMB = (320, 180)
FILM_COLUMNS = 8
FILM_MAX = 240
UNTIL_RESULT_GRACE = 90  # ticks after the final bell or the count of ten


@dataclass
class Context:
    """What scenes share: options, audio, input, the stack, and the last fight."""

    opts: Options
    audio: object
    keyboard: KeyboardInput
    stack: SceneStack
    ticks: int = 0
    quit: bool = False
    fight: object = None          # the FightScene now running (for results and replays)
    reduced_shake: bool = False


def _first_scene(ctx: Context):
    from game.scenes.fight import FightScene, fight_from_options
    from game.scenes.title import TitleScene

    opts = ctx.opts
    if opts.replay is not None or opts.mode in ("versus", "exhibition"):
        return FightScene(ctx, *fight_from_options(opts))
    return TitleScene(ctx)


def _save_png(surface: pygame.Surface, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    pygame.image.save(surface, str(path))


def run(opts: Options) -> int:
    pygame.display.init()
    size = (LOGICAL[0] * opts.scale, LOGICAL[1] * opts.scale)
    flags = pygame.FULLSCREEN if opts.fullscreen and not opts.headless else 0
    pygame.display.set_caption("Piece of Iron")
    window = pygame.display.set_mode(size, flags)
    frame = pygame.Surface(LOGICAL).convert()
    audio = open_audio(mute=opts.mute or opts.headless)
    ctx = Context(opts, audio, KeyboardInput(), SceneStack())
    try:
        ctx.stack.push(_first_scene(ctx))
        ctx.stack.apply()
    except Exception as exc:  # a bad replay or data file: one clear line, status 1
        sys.stderr.write(f"piece-of-iron: {exc}\n")
        pygame.quit()
        return 1
    film: list[pygame.Surface] = []
    stepper = FixedStepper()
    clock = pygame.time.Clock()
    scaled = pygame.Surface(size).convert() if opts.scale != 1 else None

    def present() -> pygame.Surface:
        ctx.stack.draw(frame)
        out = frame
        if scaled is not None:
            pygame.transform.scale(frame, size, scaled)
            out = scaled
        return out

    def finished() -> bool:
        if ctx.quit or not ctx.stack.scenes:
            return True
        if opts.frames is not None and ctx.ticks >= opts.frames:
            return True
        fight = ctx.fight
        # a moment after the end, so the last frame shows the finish, not the flash
        return bool(opts.until_result and fight is not None
                    and fight.over_ticks >= UNTIL_RESULT_GRACE)

    while not finished():
        for event in pygame.event.get():
            if event.type == pygame.QUIT:
                ctx.quit = True
            elif event.type == pygame.WINDOWFOCUSLOST:
                ctx.keyboard.release_all()
            top = ctx.stack.top
            if top is not None:
                top.handle(event)
        steps = 1 if opts.headless else stepper.due()
        for _ in range(steps):
            top = ctx.stack.top
            if top is None or finished():
                break
            top.update()
            ctx.keyboard.consume()
            ctx.ticks += 1
            ctx.stack.apply()
            if opts.filmstrip is not None and ctx.ticks % opts.every == 0 and len(film) < FILM_MAX:
                film.append(pygame.transform.scale(present(), FILM_THUMB))
        if not opts.headless:
            window.blit(present(), (0, 0))
            pygame.display.flip()
            clock.tick(240)
    # outputs asked for on the command line
    if opts.screenshot is not None and ctx.stack.scenes:
        _save_png(present(), opts.screenshot)
    if opts.filmstrip is not None and film:
        rows = (len(film) + FILM_COLUMNS - 1) // FILM_COLUMNS
        sheet = pygame.Surface((FILM_THUMB[0] * min(FILM_COLUMNS, len(film)),
                                FILM_THUMB[1] * rows))
        for k, thumb in enumerate(film):
            sheet.blit(thumb, ((k % FILM_COLUMNS) * FILM_THUMB[0], (k // FILM_COLUMNS)
                               * FILM_THUMB[1]))
        _save_png(sheet, opts.filmstrip)
    fight = ctx.fight
    if opts.record is not None and fight is not None:
        fight.recorder.save(opts.record)
    if opts.result_json is not None:
        match = fight.match if fight is not None else None
        mode = fight.mode if fight is not None else opts.mode
        seed = fight.match.setup.seed if fight is not None else opts.seed
        doc = run_result(mode, seed, ctx.ticks, match)
        atomic_write_text(opts.result_json, json.dumps(doc, indent=2) + "\n")
    pygame.quit()
    return 0
