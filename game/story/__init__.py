"""Story mode: the chapters in `levels/`, the run through them, and the way in for the app.

Why a small front door: the app and the command line need a few things (check a folder, load
it, read the run's result) and nothing of how saves work inside.
Why no scenes here: the story's model sits below the screens that show it; the scenes import
it, never the other way round. The first story scene comes from
`game.scenes.story_flow.make_story_scene`.

- `check_levels(dir) -> list[str]`: every problem, `file: field: expected ...`; [] = valid.
- `load_story(dir) -> Story`: raises `LevelError` (a ValueError) listing every problem.
- `story_result(ctx) -> dict | None`: the contracts' `story` object for `--result-json`.
- `story_over(ctx)`: the story is over (for `--until-result`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .loader import LevelError, check_levels, load_story
from .run import StoryRun

if TYPE_CHECKING:
    from game.context import Context

__all__ = ["LevelError", "StoryRun", "check_levels", "load_story", "story_over",
           "story_result"]


def story_result(ctx: Context) -> dict | None:
    return ctx.story.result() if ctx.story is not None else None


def story_over(ctx: Context) -> bool:
    return bool(ctx.story is not None and ctx.story.over)
