"""Render the key screens that tests/test_reference_images.py compares, or refresh them.

Usage (from the repository root):
    python tools/refresh_reference_images.py            # rewrite tests/reference/*.png
    python tools/refresh_reference_images.py --record   # also re-record the replays they use
    python tools/refresh_reference_images.py --out DIR  # write them somewhere else to look at
    python tools/refresh_reference_images.py --scenes-only  # only the staged scenes' shots
    python tools/refresh_reference_images.py --filmstrip OUT.png --venue moscow --seed 5 \\
        --from 6440 --ticks 160 --every 4             # a strip of any stretch of a CPU fight
    (add --ring-only --cols 4 to crop to the ring: how to look at a CPU boxer's style)

Look at the diff (git diff, or open the old and new PNGs side by side) before committing
refreshed references: they are the reviewed look of the game.

Staged scenes (`kind = "scene"` chapters): one shot each, `scene_<chapter>.png`, a second into
the scene's first line (scene_shots); a new scene needs its reference made here.

Why stored replays (tests/reference/*.replay): the match is deterministic, so a replay pins
the fight even while the CPU brains change; the pictures are drawn with the same renderers
and in the same order as game/scenes/fight.py's draw().
"""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

import pygame  # noqa: E402

REFERENCE_DIR = REPO / "tests" / "reference"


@dataclass(frozen=True)
class Shot:
    name: str
    replay: str   # tests/reference/<replay>.replay
    tick: int
    phase: str    # the match phase the shot was reviewed as showing (checked when taken)


# Fixed replays (recorded once from CPU-vs-CPU fights with --record, so later changes to the
# CPU brains do not move the pictures): each venue mid-fight, and a knockdown with the
# referee counting. shots.json holds the ticks the recording found.
REPLAYS = {"las_vegas": ("rocky", "apollo", "las_vegas"), "moscow": ("rocky", "drago", "moscow")}


def shots() -> list[Shot]:
    import json

    ticks = json.loads((REFERENCE_DIR / "shots.json").read_text(encoding="utf-8"))
    return [Shot(name, rep, t, phase) for name, (rep, t, phase) in ticks.items()]


class FightPicture:
    """A match driven by a replay (or CPU brains) and the fight scene's renderers."""

    def __init__(self, venue: str, seed: int, fighters: tuple[str, str],
                 replay: Path | None = None) -> None:
        from game.ai.brain import CpuBrain
        from game.bout import Bout, BrainSource, ReplaySource
        from game.render.effects import Effects
        from game.render.fight_frame import FightFrame
        from game.render.fighters import FighterRenderer
        from game.render.hud import Hud
        from game.render.referee import Referee
        from game.render.venue import VenueRenderer
        from game.sim.match import MatchSetup

        if replay is not None:
            from game.scenes.replays import open_replay

            spec = open_replay(replay)
            assert spec.replay is not None
            setup = spec.setup
            sources = [ReplaySource(spec.replay.commands, i) for i in (0, 1)]
        else:
            setup = MatchSetup(fighters=fighters, venue=venue, seed=seed)
            sources = [BrainSource(CpuBrain(side, "normal", setup.seed)) for side in ("p1", "p2")]
        self.setup = setup
        self.bout = Bout(setup, sources)
        self.match = self.bout.match
        self.view = self.bout.view
        self.venue = VenueRenderer(setup.venue)
        self.fighters = FighterRenderer(list(setup.fighters))
        self.hud = Hud()
        self.referee = Referee()
        self.effects = Effects()
        self.ring = FightFrame(self.venue, self.referee, self.fighters, self.effects, self.hud)
        self.frame = 0

    def step(self, draw_into: pygame.Surface | None = None) -> None:
        """One tick, drawn into `draw_into` if given. The hall, referee and HUD move on only
        on drawn ticks (render_shot warms them up over its last WARM_UP ticks, as the
        references were made); the effects follow every tick, as in the fight scene."""
        self.view = self.bout.advance()
        self.frame += 1
        if draw_into is None:
            self.effects.on_events(self.view.events)
            self.effects.update()
            return
        self.ring.advance(self.view)
        self.draw(draw_into)

    def draw(self, surface: pygame.Surface) -> None:
        """The fight scene's own frame composition (game.render.fight_frame)."""
        self.ring.draw(surface, self.view, self.frame)


def record(seed: int = 5) -> None:
    """Record the reference replays from CPU fights and find the shot ticks."""
    import json

    from game.ai.brain import CpuBrain
    from game.bout import Bout, BrainSource, FightSpec
    from game.replay import ReplayRecorder
    from game.sim.match import MatchSetup

    ticks: dict[str, tuple[str, int, str]] = {}
    for name, (a, b, venue) in REPLAYS.items():
        spec = FightSpec(MatchSetup(fighters=(a, b), venue=venue, seed=seed), "exhibition",
                         ("normal", "normal"), ("cpu", "cpu"))
        rec = ReplayRecorder(spec.setup_doc())
        bout = Bout(spec.setup, [BrainSource(CpuBrain(side, "normal", seed))
                                 for side in ("p1", "p2")], recorder=rec)
        m = bout.match
        down_at = None
        end = 1500 if name == "las_vegas" else 30000
        while m.tick < end and not m.over:
            v = bout.advance()
            if down_at is None and any(e.kind == "knockdown" for e in v.events):
                down_at = m.tick
                end = m.tick + 160
        rec.save(REFERENCE_DIR / f"{name}.replay")
        ticks[f"{name}_fight"] = (name, 1500, "fight")
        if name == "moscow" and down_at is not None:
            ticks["moscow_knockdown_count"] = (name, down_at + 150, "knockdown")
    (REFERENCE_DIR / "shots.json").write_text(json.dumps(ticks, indent=1) + "\n",
                                              encoding="utf-8")


def _display() -> None:
    if not pygame.display.get_init() or pygame.display.get_surface() is None:
        pygame.display.init()
        pygame.display.set_mode((640, 360))


WARM_UP = 240  # ticks drawn before a shot, so crowd, referee and HUD trail have settled


def take_shot(shot: Shot) -> tuple[pygame.Surface, FightPicture]:
    """The 640x360 frame of a shot and the picture it was drawn from: the match stepped to
    its tick, the last WARM_UP ticks drawn (the renderers keep presentation state: crowd,
    referee, the HUD's damage trail)."""
    _display()
    pic = FightPicture("", 0, ("", ""), REFERENCE_DIR / f"{shot.replay}.replay")
    surf = pygame.Surface((640, 360))
    for t in range(shot.tick):
        pic.step(surf if t >= shot.tick - WARM_UP else None)
    return surf, pic


def shot_state_problems(shot: Shot, pic: FightPicture) -> list[str]:
    """What the shot should show but the match did not do at its tick (empty when right):
    a reference is only worth reviewing if the moment it names really happened."""
    v = pic.view
    problems = []
    if v.phase != shot.phase:
        problems.append(f"{shot.name}: phase {v.phase!r} at tick {shot.tick}, "
                        f"expected {shot.phase!r}")
    if shot.phase == "knockdown":
        if not v.downed or v.count < 1:
            problems.append(f"{shot.name}: nobody is being counted (downed {v.downed!r}, "
                            f"count {v.count})")
        if not pic.referee.pose.startswith("count"):
            problems.append(f"{shot.name}: the referee is not counting ({pic.referee.pose})")
    if shot.phase == "fight" and any(f.state in ("down", "ko") for f in v.fighters):
        problems.append(f"{shot.name}: a man is down in a mid-fight shot")
    return problems


def render_shot(shot: Shot) -> pygame.Surface:
    """The frame of a shot, refused when the match did not reach the state it names."""
    surf, pic = take_shot(shot)
    problems = shot_state_problems(shot, pic)
    if problems:
        raise ValueError("; ".join(problems))
    return surf


def render_title() -> pygame.Surface:
    """The title screen as the game draws it: a fresh TitleScene's first frame (the
    illustration with its prompt showing)."""
    _display()
    from game.audio import NullAudio
    from game.cli import parse
    from game.context import Context
    from game.input.keyboard import KeyboardInput
    from game.scenes.base import SceneStack
    from game.scenes.title import TitleScene

    ctx = Context(parse(["--headless"]), NullAudio(), KeyboardInput(), SceneStack())
    surf = pygame.Surface((640, 360))
    TitleScene(ctx).draw(surf)
    return surf


@dataclass(frozen=True)
class SceneShot:
    """A staged scene (a `kind = "scene"` chapter of levels/) at one tick."""

    name: str     # tests/reference/<name>.png
    chapter: str
    tick: int


SCENE_SHOT_AFTER = 60   # ticks after the scene's first line begins: typed out, people placed


def scene_shots(levels: Path | None = None) -> list[SceneShot]:
    """One shot per staged scene in the levels folder: a second into its first line (the
    moment that shows a speaker, his box and the others), or its middle if nobody speaks."""
    from game.assets import asset_dir
    from game.story.loader import load_story
    from game.story.model import Staging
    from game.story.timeline import ticks

    story = load_story(levels or asset_dir("levels"))
    out = []
    for cid, ch in sorted(story.chapters.items()):
        if isinstance(ch, Staging):
            says = [b.at for b in ch.beats if b.do == "say"]
            tick = ticks(says[0]) + SCENE_SHOT_AFTER if says else ticks(ch.length) // 2
            out.append(SceneShot(f"scene_{cid}", cid, min(tick, ticks(ch.length))))
    return out


def render_scene(shot: SceneShot, levels: Path | None = None) -> pygame.Surface:
    """The staged scene's frame at the shot's tick, played by the CPU as the story plays it."""
    from types import SimpleNamespace

    from game.assets import asset_dir
    from game.audio import NullAudio
    from game.scenes.story.staged import StagePlayer
    from game.story.loader import load_story

    _display()
    scene = load_story(levels or asset_dir("levels")).chapters[shot.chapter]
    player = StagePlayer(scene, SimpleNamespace(audio=NullAudio()), auto=True)  # type: ignore
    while player.tick < shot.tick and not player.update():
        pass
    surf = pygame.Surface((640, 360))
    player.draw(surf)
    return surf


def render_all(scenes_only: bool = False) -> dict[str, pygame.Surface]:
    out = {} if scenes_only else {"title": render_title()}
    for shot in [] if scenes_only else shots():
        out[shot.name] = render_shot(shot)
    for scene in scene_shots():
        out[scene.name] = render_scene(scene)
    return out


RING_CROP = pygame.Rect(70, 112, 500, 222)   # the ring from rope to rope, heads to canvas


def filmstrip(path: Path, venue: str, seed: int, start: int, ticks: int, every: int,
              fighters: tuple[str, str], cols: int = 5, ring_only: bool = False) -> None:
    """Frames start..start+ticks (every `every`), tiled at full 640x360 size, or cropped to
    the ring (`ring_only`) so a style can be read at a glance: who moves, who covers."""
    _display()
    pic = FightPicture(venue, seed, fighters)
    surf = pygame.Surface((640, 360))
    for _ in range(start):
        pic.step(surf)
    area = RING_CROP if ring_only else surf.get_rect()
    shots = []
    for k in range(ticks):
        pic.step(surf)
        if k % every == 0:
            shots.append(surf.subsurface(area).copy())
    w, h = area.size
    rows = (len(shots) + cols - 1) // cols
    sheet = pygame.Surface((w * min(cols, len(shots)), h * rows))
    for k, s in enumerate(shots):
        sheet.blit(s, ((k % cols) * w, (k // cols) * h))
    pygame.image.save(sheet, str(path))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=REFERENCE_DIR)
    ap.add_argument("--filmstrip", type=Path, default=None)
    ap.add_argument("--venue", default="moscow")
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--fighters", default="rocky,drago")
    ap.add_argument("--from", dest="start", type=int, default=6440)
    ap.add_argument("--ticks", type=int, default=160)
    ap.add_argument("--every", type=int, default=4)
    ap.add_argument("--cols", type=int, default=5)
    ap.add_argument("--ring-only", action="store_true", help="crop the filmstrip to the ring")
    ap.add_argument("--scenes-only", action="store_true",
                    help="only the staged scenes' shots (scene_<chapter>.png)")
    ap.add_argument("--record", action="store_true",
                    help="first re-record the reference replays from CPU fights")
    args = ap.parse_args(argv)
    if args.filmstrip is not None:
        a, b = args.fighters.split(",")
        filmstrip(args.filmstrip, args.venue, args.seed, args.start, args.ticks, args.every,
                  (a, b), cols=args.cols, ring_only=args.ring_only)
        print(f"filmstrip: {args.filmstrip}")
        return 0
    args.out.mkdir(parents=True, exist_ok=True)
    if args.record:
        REFERENCE_DIR.mkdir(parents=True, exist_ok=True)
        record(args.seed)
    for name, surf in render_all(args.scenes_only).items():
        pygame.image.save(surf, str(args.out / f"{name}.png"))
        print(f"wrote {args.out / name}.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
