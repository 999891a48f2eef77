"""The app: pygame set up once, the scene stack, and one fixed-timestep loop.

Why one loop for window and headless: `--headless` runs exactly the same ticks, only without
waiting for real time and drawing only the frames someone asked for, so what CI sees is what
a player gets.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

import pygame  # noqa: E402

from game.audio import open_audio  # noqa: E402
from game.cli import Options  # noqa: E402
from game.context import Context, apply_settings, load_user_settings  # noqa: E402
from game.crash import outside_cause, write_crash_report  # noqa: E402
from game.input.gamepad import DEVICE_EVENTS, as_event  # noqa: E402
from game.input.keyboard import KeyboardInput  # noqa: E402
from game.loop import FixedStepper, FramePacer  # noqa: E402
from game.outputs import writing  # noqa: E402
from game.present import Presenter  # noqa: E402
from game.replay import atomic_write_text  # noqa: E402
from game.result import run_result  # noqa: E402
from game.scenes.base import SceneStack  # noqa: E402
from game.story import story_over, story_result  # noqa: E402
from game.window import (  # noqa: E402, F401 - window_mode and change_window: app's API too
    change_window,
    is_fullscreen_key,
    open_window,
    prepare_display,
    real_motion,
    refresh_hz,
    toggle_fullscreen,
    update_cursor,
    window_event,
    window_mode,
)

FILM_THUMB = (320, 180)
FILM_COLUMNS = 8
FILM_MAX = 240
UNTIL_RESULT_GRACE = 90  # ticks after the final bell or the count of ten


def route_event(ctx: Context, event: pygame.event.Event) -> None:
    """One pygame event to the devices and then to the top scene.

    Why here: devices must follow plugs and focus whatever screen is up; scenes get the raw
    event (keys, mouse) and, for a pad, what it meant (a PAD_EVENT) right after it."""
    if event.type == pygame.QUIT:
        ctx.quit = True
    elif event.type == pygame.KEYDOWN and event.key == pygame.K_F12:
        ctx.screenshot_wanted = True  # on every screen, so no scene ever sees F12
        return
    elif is_fullscreen_key(event):
        toggle_fullscreen(ctx)  # F11 / Alt+Enter, on every screen: no menu sees the Enter
        return
    elif window_event(ctx, event) or not real_motion(ctx, event):
        return  # resized, exposed; or the motion a new window reports, not the player's
    elif event.type == pygame.WINDOWFOCUSLOST:
        ctx.keyboard.release_all()
        ctx.pads.release_all()
    meaning = ctx.pads.handle(event)
    extra = []
    if meaning is not None:
        pad = ctx.pads.pads.get(meaning.instance_id)
        name = pad.name if pad is not None else ""
        if meaning.kind == "added":
            ctx.seats.fill_waiting(meaning.instance_id, name)
        elif meaning.kind == "removed":
            ctx.seats.removed(meaning.instance_id)
        extra.append(as_event(meaning, name))
    elif event.type in DEVICE_EVENTS:
        return  # the second ADDED/REMOVED of a pad we already know about
    for ev in (event, *extra):
        ctx.stack.handle(ev)  # a press of what was held as the top scene came up waits


def step(ctx: Context) -> None:
    """One tick of the top scene; presses read by it are used up."""
    top = ctx.stack.top
    if top is not None:
        top.update()
    ctx.keyboard.consume()
    ctx.pads.consume()
    ctx.notices[:] = [(t, n - 1) for t, n in ctx.notices if n > 1]
    ctx.ticks += 1
    ctx.stack.apply()


def draw_notices(ctx: Context, frame: pygame.Surface) -> None:
    if not ctx.notices:
        return
    from game.render import ui
    from game.render.font import get_font

    small = get_font("small")
    lines = [line for text, _ in ctx.notices[-2:] for line in _wrap(text.upper(), 96)]
    rect = pygame.Rect(8, 360 - 12 - 10 * len(lines), 624, 8 + 10 * len(lines))
    ui.draw_panel(frame, rect)
    for k, line in enumerate(lines):
        small.draw(frame, line, (16, rect.top + 5 + 10 * k), ui.ACCENT if k == 0 else ui.WHITE)


def _wrap(text: str, width: int) -> list[str]:
    words, lines, line = text.split(), [], ""
    for word in words:
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return [*lines, line] if line else lines


def save_screenshot(ctx: Context, surface: pygame.Surface) -> Path | None:
    """F12: the picture on screen into the `screenshots` folder; the player is told where."""
    from game.paths import user_paths

    folder = user_paths()["screenshots"]
    stamp = time.strftime("%Y%m%d-%H%M%S")
    path = folder / f"piece-of-iron-{stamp}.png"
    k = 1
    while path.exists():  # two in one second keep both
        path = folder / f"piece-of-iron-{stamp}-{k}.png"
        k += 1
    try:
        _save_png(surface, path)
    except (OSError, pygame.error) as exc:
        ctx.notify(f"Screenshot not saved: {exc}")
        return None
    ctx.notify(f"Screenshot saved: {path}")
    return path


def _first_scene(ctx: Context):
    """What the command line asks for: its fight (a replay, versus, exhibition, training,
    all made by `build` from one FightSpec), the story, or the title."""
    from game.scenes.build import build, spec_from_options
    from game.scenes.title import TitleScene

    opts = ctx.opts
    spec = spec_from_options(opts)
    if spec is not None:
        return build(ctx, spec)
    if opts.mode == "story":
        from game.assets import asset_dir
        from game.scenes.story.flow import make_story_scene

        levels = opts.levels or asset_dir("levels")
        difficulty = opts.difficulty[0] if opts.difficulty is not None else "normal"
        return make_story_scene(ctx, levels, opts.p1 or "keyboard", opts.seed, difficulty,
                                save=not opts.headless)
    return TitleScene(ctx)


def _save_png(surface: pygame.Surface, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    pygame.image.save(surface, str(path))


def run(opts: Options) -> int:
    from game.startup_check import game_data_problem

    if problem := game_data_problem():  # broken game data: one line in every mode
        sys.stderr.write(f"piece-of-iron: {problem}\n")
        return 1
    pygame.display.init()
    try:
        audio = open_audio(mute=opts.mute or opts.headless)
    except Exception as exc:  # a missing or unreadable sound file: one clear line
        sys.stderr.write(f"piece-of-iron: {exc}\n")
        pygame.quit()
        return 1
    ctx = Context(opts, audio, KeyboardInput(), SceneStack())
    load_user_settings(ctx)
    apply_settings(ctx)
    pygame.display.set_caption("Piece of Iron")
    if not opts.headless:
        prepare_display()
    open_window(ctx, *window_mode(opts, ctx.settings))
    ctx.pads.start()  # pads already plugged in; a `--p1 gamepad` fight takes one on entry
    try:
        ctx.stack.push(_first_scene(ctx))
        ctx.stack.apply()
    except Exception as exc:  # a bad replay or data file: one clear line, status 1
        sys.stderr.write(f"piece-of-iron: {exc}\n")
        pygame.quit()
        return 1
    try:
        _loop(ctx)
    except Exception as exc:  # the unexpected: a report, a word to the player, status 1
        if cause := outside_cause(exc):  # the player's disk or folder, not our bug
            sys.stderr.write(f"piece-of-iron: {cause}\n")
            pygame.quit()
            return 1
        try:
            where = write_crash_report(ctx, exc)
            sys.stderr.write("piece-of-iron: the game hit an unexpected error and stopped; "
                             f"a crash report was saved to {where}\n")
        except Exception:  # noqa: BLE001 - even the report failed: still no traceback spew
            sys.stderr.write(f"piece-of-iron: unexpected error ({type(exc).__name__}: {exc}); "
                             "the crash report could not be written\n")
        pygame.quit()
        return 1
    pygame.quit()
    return 0


def _loop(ctx: Context) -> None:
    """The one loop, then the outputs the command line asked for.

    Why `ctx.presenter` is read afresh each time: the options screen, F11 or a resize may
    re-make the window (and with it the Presenter) in the middle of the loop. Headless runs
    one tick per pass with no waiting and draws only the frames asked for, so their results
    and tick counts never depend on the clock; a window run is paced by `_WindowPacing`."""
    film: list[pygame.Surface] = []
    pacing = None if ctx.opts.headless else _WindowPacing()
    while not _finished(ctx):
        moved = False
        for event in pygame.event.get():
            moved = moved or event.type == pygame.MOUSEMOTION
            route_event(ctx, event)
        if ctx.screenshot_wanted:
            ctx.screenshot_wanted = False
            _draw(ctx)
            save_screenshot(ctx, _presenter(ctx).snapshot(2))
        steps = 1 if pacing is None else pacing.stepper.due()
        for _ in range(steps):
            if ctx.stack.top is None or _finished(ctx):
                break
            step(ctx)
            _film(ctx, film)
            if pacing is not None:
                pacing.pending = True
        if pacing is not None:
            update_cursor(ctx, moved)
            pacing.present_and_wait(ctx)
    _write_outputs(ctx, film)


def _presenter(ctx: Context) -> Presenter:
    assert ctx.presenter is not None, "run() opens the window before the loop"
    return ctx.presenter


def _draw(ctx: Context) -> pygame.Surface:
    """The scenes and notices drawn on the logical frame (not yet on the window)."""
    frame = _presenter(ctx).frame
    ctx.stack.draw(frame)
    draw_notices(ctx, frame)
    return frame


def _film(ctx: Context, film: list[pygame.Surface]) -> None:
    opts = ctx.opts
    if opts.filmstrip is not None and ctx.ticks % opts.every == 0 and len(film) < FILM_MAX:
        film.append(pygame.transform.scale(_draw(ctx), FILM_THUMB))


def _finished(ctx: Context) -> bool:
    opts = ctx.opts
    if ctx.quit or not ctx.stack.scenes:
        return True
    if opts.frames is not None and ctx.ticks >= opts.frames:
        return True
    if opts.until_result and ctx.story is not None:
        return story_over(ctx)
    fight = ctx.fight
    # a moment after the end, so the last frame shows the finish, not the flash
    return bool(opts.until_result and fight is not None
                and fight.over_ticks >= UNTIL_RESULT_GRACE)


class _WindowPacing:
    """Real time for a window run: ticks on the clock, frames only when there is a new one.

    Why a frame only after a tick, and only one that changed: nothing else changes what is on
    screen (a resize or expose forgets the last frame shown, so it is put back), and each
    present is a full-window copy. Never more than one per display refresh; between ticks the
    process sleeps instead of spinning."""

    def __init__(self) -> None:
        self.stepper = FixedStepper()
        self.pacer = FramePacer(refresh_hz())
        self.pending = True  # a frame to put on the window: the first, or one held back

    def present_and_wait(self, ctx: Context) -> None:
        if self.pending and self.pacer.may_present():
            self.pending = False
            _draw(ctx)
            presenter = _presenter(ctx)
            if presenter.changed():
                self.pacer.presenting()
                presenter.show()
                pygame.display.flip()
        self.pacer.wait(self.stepper.until_next(), self.pending)


def _write_outputs(ctx: Context, film: list[pygame.Surface]) -> None:
    """What the command line asked for, written once the loop is over."""
    opts = ctx.opts
    if opts.screenshot is not None and ctx.stack.scenes:
        _draw(ctx)
        with writing("screenshot", opts.screenshot):  # a failure: one line naming option, path
            _save_png(_presenter(ctx).snapshot(2), opts.screenshot)
    if opts.filmstrip is not None and film:
        rows = (len(film) + FILM_COLUMNS - 1) // FILM_COLUMNS
        sheet = pygame.Surface((FILM_THUMB[0] * min(FILM_COLUMNS, len(film)),
                                FILM_THUMB[1] * rows))
        for k, thumb in enumerate(film):
            sheet.blit(thumb, ((k % FILM_COLUMNS) * FILM_THUMB[0], (k // FILM_COLUMNS)
                               * FILM_THUMB[1]))
        with writing("filmstrip", opts.filmstrip):
            _save_png(sheet, opts.filmstrip)
    fight = ctx.fight
    if opts.record is not None and fight is not None:
        with writing("record", opts.record):
            fight.recorder.save(opts.record)
    if opts.result_json is not None:
        match = fight.match if fight is not None else None
        mode = fight.mode if fight is not None else opts.mode
        seed = fight.match.setup.seed if fight is not None else opts.seed
        if ctx.story is not None:
            mode, seed = "story", opts.seed
        doc = run_result(mode, seed, ctx.ticks, match, story_result(ctx))
        with writing("result_json", opts.result_json):
            atomic_write_text(opts.result_json, json.dumps(doc, indent=2) + "\n")
