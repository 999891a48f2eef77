"""Render the story headless to PNGs, for looking at it as a whole, as a player would.

Why: the story's pictures are drawn by code at run time (backdrops, actor sheets, the stage
engine), so the way to review them is to play it. The CPU plays the whole story at the
default round length and one picture is saved for each moment of issue 17's list (named by
the scene that stages it, at the moment that shows it best), plus a fight frame to compare
them with. A listed scene the run did not reach (the towel thrown, the defeat...) is staged
on its own afterwards, with `-alone` in its name.

    python tools/storygen/shots.py OUT_DIR [--seed N] [--round-seconds S] [--every]

`--every` saves a picture a moment after every new page, beat, drill phase or montage
instead (the old review: many pictures, named in the order they came).
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
FPS = 60
MAX_TICKS = 2_000_000
# issue 17's list, in its order: the scene that stages each moment, the second into it that
# shows the moment best (a line typed out, the lift, the injection...) and the picture's name
SHOTS = (
    ("press_conference", 10.0, "press_conference"),
    ("vegas_entrance", 10.0, "vegas_entrance"),
    ("towel_held", 7.6, "towel_held"),
    ("creed_towel", 1.4, "creed_towel"),
    ("creed_falls", 3.6, "creed_falls"),
    ("funeral_day", 7.0, "funeral_day"),
    ("to_russia", 13.0, "to_russia"),
    ("farm_camp", 2.5, "farm_camp"),
    ("drago_lab", 14.0, "drago_lab"),
    ("adrian_arrives", 9.0, "adrian_arrives"),
    ("moscow_entrance", 10.0, "moscow_entrance"),
    ("manager_round14", 7.0, "manager_round14"),
    ("ending_victory", 5.6, "ending_victory"),
    ("ending_victory", 19.5, "ending_victory-speech"),
    ("home_greeting", 5.5, "home_greeting"),
    ("credits", 3.0, "credits"),
)
FIGHT_SHOT = ("balboa_drago", 1, 20.0)  # a fight frame to compare with: chapter, round, s


def stage_player(scene):
    """The StagePlayer on screen (None for none): the one a scene chapter shows, or one a
    fight holds while it plays a staged scene for an event."""
    if type(scene).__name__ == "StagePlayer":
        return scene
    for value in vars(scene).values() if hasattr(scene, "__dict__") else ():
        if type(value).__name__ == "StagePlayer" and not getattr(value, "finished", False):
            return value
    return None


def staged_id(scene) -> str:
    """The id of the staged scene on screen, "" for none."""
    player = stage_player(scene)
    return str(player.scene.id) if player is not None else ""


def moment(scene) -> tuple:
    """What is on screen, coarsely: a change of this is worth a picture (`--every`)."""
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
    return name, staged_id(scene)


def save(frame: pygame.Surface, path: Path) -> None:
    pygame.image.save(pygame.transform.scale(frame, (1280, 720)), str(path))


class Shooter:
    """Watches a story being played and saves the listed moments and one fight frame."""

    def __init__(self, out: Path, round_seconds: float | None) -> None:
        self.out = out
        self.frame = pygame.Surface((640, 360))
        self.taken: dict[str, Path] = {}
        chapter, round_no, at = FIGHT_SHOT
        self.fight_shot = (chapter, round_no, min(at, (round_seconds or at * 2) / 2))

    def watch(self, ctx) -> None:
        top = ctx.stack.top
        player = stage_player(top)
        if player is not None:
            for index, (sid, at, name) in enumerate(SHOTS, 1):
                moment_tick = round(min(at, player.scene.length - 0.2) * FPS)
                if sid == player.scene.id and name not in self.taken \
                        and player.tick >= moment_tick:
                    self.shoot(ctx, f"{index:02d}-{name}")
                    self.taken[name] = self.out
        elif "fight" not in self.taken and type(top).__name__ == "StoryFightScene":
            chapter, round_no, at = self.fight_shot
            m = top.match
            played = (m.round_ticks - m.clock) / FPS
            if (top.fight.id == chapter and m.round == round_no and m.phase == "fight"
                    and not getattr(top, "beats", None) and played >= at):
                self.shoot(ctx, "00-fight")
                self.taken["fight"] = self.out

    def shoot(self, ctx, name: str) -> None:
        ctx.stack.draw(self.frame)
        save(self.frame, self.out / f"{name}.png")

    def stage_the_rest(self, ctx, story) -> None:
        """The listed scenes the run did not reach, staged on their own."""
        from game.scenes.story.staged import StagePlayer

        for index, (sid, at, name) in enumerate(SHOTS, 1):
            if name in self.taken or sid not in story.chapters:
                continue
            player = StagePlayer(story.chapter(sid), ctx, auto=True)
            while player.tick < round(min(at, player.scene.length - 0.2) * FPS):
                if player.update():
                    break
            self.frame.fill((0, 0, 0))
            player.draw(self.frame)
            save(self.frame, self.out / f"{index:02d}-{name}-alone.png")
            self.taken[name] = self.out


def play(ctx, out: Path, every: bool, round_seconds: float | None) -> int:
    """Play the story to its end; returns how many pictures were saved."""
    from game.story import story_over

    shooter = Shooter(out, round_seconds)
    last, since, count = None, 0, 0
    for _ in range(MAX_TICKS):
        if story_over(ctx):
            break
        top = ctx.stack.top
        if every:
            key = moment(top)
            if key != last:
                last, since = key, 0
            since += 1
            if since == DELAY:
                ctx.stack.draw(shooter.frame)
                count += 1
                label = "-".join(str(k) for k in key if k != "").lower()
                save(shooter.frame, out / f"{count:03d}-{label}.png")
        else:
            shooter.watch(ctx)
        top.update()
        ctx.stack.apply()
    if not every:
        shooter.stage_the_rest(ctx, ctx.story.story)
        count = len(shooter.taken)
    return count


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("out", type=Path)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--round-seconds", type=float, default=None,
                   help="shorten every fight's rounds (default: the chapters' own length)")
    p.add_argument("--levels", type=Path, default=None)
    p.add_argument("--every", action="store_true", help="a picture of every new screen")
    args = p.parse_args(argv)
    from game.assets import asset_dir
    from game.audio import NullAudio
    from game.cli import parse
    from game.context import Context
    from game.input.keyboard import KeyboardInput
    from game.scenes.base import SceneStack
    from game.scenes.story.flow import make_story_scene

    pygame.display.init()
    pygame.display.set_mode((640, 360))
    ctx = Context(parse(["--headless"]), NullAudio(), KeyboardInput(), SceneStack())
    levels = args.levels or asset_dir("levels")
    ctx.stack.push(make_story_scene(ctx, levels, "cpu", args.seed, "normal",
                                    round_seconds=args.round_seconds, save=False))
    ctx.stack.apply()
    args.out.mkdir(parents=True, exist_ok=True)
    count = play(ctx, args.out, args.every, args.round_seconds)
    print(f"{count} pictures in {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
