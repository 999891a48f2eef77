"""Story mode: the chapters in `levels/`, the run through them, and the way in for the app.

Why a small front door: the app and the CLI need four things (check a folder, load it,
start the story, read its result) and nothing of how scenes or saves work inside.

- `check_levels(dir) -> list[str]`: every problem, `file: field: expected ...`; [] = valid.
- `load_story(dir) -> Story`: raises `LevelError` (a ValueError) listing every problem.
- `make_story_scene(ctx, levels_dir, p1_control, seed, difficulty)`: the first scene; sets
  `ctx.story` (a `StoryRun`). With `p1_control="cpu"` the CPU plays every fight, choice and
  drill, never throws the towel and never retries, so the story always reaches an ending.
- `story_result(ctx) -> dict | None`: the contracts' `story` object for `--result-json`.
- The story is over when `ctx.story.over` is true (for `--until-result`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .loader import LevelError, check_levels, load_story
from .run import StoryRun

__all__ = ["LevelError", "StoryRun", "check_levels", "load_story", "make_story_scene",
           "story_over", "story_result"]


def make_story_scene(ctx: Any, levels_dir: Path, p1_control: str, seed: int,
                     difficulty: str = "normal", *, resume: bool = False,
                     round_seconds: float | None = None, save: bool = True) -> Any:
    """The story's first scene: the story menu for a person, the first chapter for the CPU.

    `resume=True` continues from the save (if it fits this story); `round_seconds` shortens
    every fight (tests, demos); `save=False` leaves the saves folder alone.
    """
    from game.scenes.story_flow import StoryMenuScene, make_flow
    from game.story.save import read_save

    flow = make_flow(ctx, Path(levels_dir), p1_control, seed, difficulty, round_seconds, save)
    if p1_control == "cpu":
        return flow.scene()
    if resume:
        doc, message = read_save()
        flow.run.message = message
        if doc is not None and flow.run.restore(doc):
            return flow.scene()
    return StoryMenuScene(ctx, flow)


def story_result(ctx: Any) -> dict | None:
    run = getattr(ctx, "story", None)
    return run.result() if run is not None else None


def story_over(ctx: Any) -> bool:
    run = getattr(ctx, "story", None)
    return bool(run is not None and run.over)
