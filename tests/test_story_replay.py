"""A story fight's replay plays back exactly: the chapter's script is re-run from the setup's
`level` (taunt bonus, crowd floor, the cut window) and the player's towel comes back from the
replay's `decisions`, at the same ticks. By construction: the playback is a Bout with replay
sources and the same StoryRules, built from the replay's FightSpec."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pygame
import pytest

from game.ai.brain import CpuBrain
from game.replay import ReplayError, read_replay
from game.sim.actions import command
from tests import test_story_mechanics as mechanics
from tests.test_story_mechanics import at_chapter, key, tick, until

ctx = mechanics.ctx   # the same headless Context fixture

ROOT = Path(__file__).resolve().parent.parent


class Showboat:
    """The CPU's boxing for the player's side, with a taunt now and then (the story pays for
    a taunt in stamina and crowd; the CPU alone rarely taunts)."""

    def __init__(self, seed: int) -> None:
        self.brain = CpuBrain("p1", "normal", seed)
        self.taunts = 0

    def command(self, view) -> int:
        cmd = self.brain.command(view)
        if view.phase == "fight" and view.fighters[0].state == "idle" and view.tick % 40 < 2:
            return command("taunt")
        return cmd


def play_story_fight(ctx, towel: bool) -> tuple:
    """Box creed_drago's first round with a taunting CPU, then (maybe) throw the towel in the
    corner; returns the scene, its final view and its recorder's JSON."""
    at_chapter(ctx, "creed_drago", control="keyboard", seconds=4.0, seed=3)
    from game.bout import BrainSource

    scene = ctx.stack.top
    inner = scene.inner
    inner.bout.sources[0] = BrainSource(Showboat(11))   # the keyboard's side: a scripted CPU
    taunts = 0
    trace: dict[int, tuple] = {}

    def watch() -> None:
        nonlocal taunts
        trace[scene.match.tick] = state(scene.match)
        if not scene.beats:
            taunts += sum(1 for ev in inner.view.events if ev.kind == "taunt" and ev.side == "p1")

    def at_towel() -> bool:
        watch()
        if scene.beats and scene.beats[0].event.kind != "towel_choice":
            key(ctx, pygame.K_RETURN)       # read the entrance and corner lines
        return bool(scene.beats) and scene.beats[0].event.kind == "towel_choice" \
            or scene.match.over
    until(ctx, at_towel)
    if towel and not scene.match.over:
        beat = scene.beats[0]
        while not beat.choosing:
            key(ctx, pygame.K_RETURN)
        key(ctx, pygame.K_DOWN)
        key(ctx, pygame.K_RETURN)
        assert scene.match.reason == "towel"
    else:
        def done() -> bool:
            watch()
            if scene.beats and not scene.match.over:
                beat = scene.beats[0]
                key(ctx, pygame.K_RETURN)
                if beat.choosing:
                    key(ctx, pygame.K_RETURN)   # LET HIM FIGHT
            return scene.match.over and scene.inner.over_ticks > 30
        until(ctx, done, 60000)
    for _ in range(30):                      # a little of the finish, as the story plays it
        if ctx.stack.top is not scene:
            break
        tick(ctx)
        watch()
    assert taunts >= 1, "the showboat never taunted"
    return scene, scene.match.view(), scene.inner.recorder.to_json(), trace


def state(match) -> tuple:
    """Between ticks: both men's stamina and health, and the crowd (what the nudges touch)."""
    return (match.crowd, match.over, *((f.stamina, f.health, f.cut) for f in match.fighters))


def playback(ctx, path: Path, script: bool = True):
    """Watch the replay as `--replay` does (`build` of its FightSpec); `script=False` drops
    the chapter and the decisions (commands only), to show they matter."""
    import dataclasses

    from game.scenes.build import build
    from game.scenes.replays import open_replay

    spec = open_replay(path)
    assert spec.replay is not None
    if not script:
        spec = dataclasses.replace(spec, story=None,
                                   replay=dataclasses.replace(spec.replay, decisions=()))
    scene = build(ctx, spec, on_over=lambda s: None)
    commands = spec.replay.commands
    trace: dict[int, tuple] = {0: state(scene.match)}
    for _ in range(len(commands) * 3 + 1000):
        if scene.match.tick >= len(commands):
            break
        scene.update()
        trace[scene.match.tick] = state(scene.match)
    assert scene.match.tick == len(commands)
    return scene.match.view(), trace, scene.recorder.to_json()


def same(a, b) -> dict:
    """What a player would compare: health, stamina, crowd, cut, the result, the tick."""
    def pick(v):
        return {"tick": v.tick, "round": v.round, "crowd": v.crowd, "winner": v.winner,
                "method": v.method, "reason": v.reason, "phase": v.phase,
                "fighters": [(f.health, f.stamina, f.cut, f.knockdowns_total,
                              f.punches_landed) for f in v.fighters]}
    return {"a": pick(a), "b": pick(b), "equal": pick(a) == pick(b)}


@pytest.mark.parametrize("towel", [True, False], ids=["towel", "fought_out"])
def test_a_story_fight_replays_exactly(ctx, tmp_path, towel):
    scene, final, doc, trace = play_story_fight(ctx, towel)
    assert doc["setup"]["level"] == "creed_drago" and doc["setup"]["mode"] == "story"
    if towel:
        [(at, kind, side)] = doc["decisions"]
        assert (kind, side) == ("towel", "p1") and 0 < at < final.tick
    else:
        assert "decisions" not in doc
    path = tmp_path / "story.json"
    path.write_text(json.dumps(doc))
    replayed, replay_trace, again = playback(ctx, path)
    cmp = same(final, replayed)
    assert cmp["equal"], cmp
    # tick by tick too (the taunt's stamina is regained by the end; here it shows)
    differ = [t for t in trace if replay_trace.get(t, trace[t]) != trace[t]]
    assert not differ, (differ[:3], [(trace[t], replay_trace[t]) for t in differ[:3]])
    # recording the playback writes the same replay again (setup, commands, the towel)
    assert again["setup"] == doc["setup"] and again.get("decisions") == doc.get("decisions")
    assert again["commands"] == doc["commands"]
    # the old playback (commands only) does not give the same fight: the script matters
    drift, _, _ = playback(ctx, path, script=False)
    assert not same(final, drift)["equal"], "the script left no trace; the test proves nothing"


def test_the_command_line_replays_a_story_fight(ctx, tmp_path):
    scene, final, doc, _ = play_story_fight(ctx, towel=True)
    path = tmp_path / "story.json"
    path.write_text(json.dumps(doc))
    out = tmp_path / "result.json"
    run = subprocess.run([sys.executable, "-m", "game", "--headless", "--replay", str(path),
                          "--until-result", "--result-json", str(out)], capture_output=True,
                         text=True, cwd=ROOT, timeout=300,
                         env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert run.returncode == 0, run.stderr
    fight = json.loads(out.read_text())["fight"]
    assert fight["winner"] == final.winner == "p2" and fight["method"] == final.method == "TKO"


def test_an_ordinary_replay_has_no_decisions(tmp_path):
    from game.replay import ReplayRecorder

    rec = ReplayRecorder({"level": None})
    rec.add(0, 0)
    assert "decisions" not in rec.to_json()


GOOD = {"format": 1, "game_version": "0.1.0",
        "setup": {"mode": "exhibition", "fighters": ["rocky", "drago"], "venue": "las_vegas",
                  "rounds": 1, "round_seconds": 5.0, "rules": {},
                  "difficulty": ["normal", "normal"], "bonuses": "none", "seed": 1,
                  "level": None},
        "commands": [[100, [], []]]}


@pytest.mark.parametrize("decisions, says", [
    ("towel", "decisions: expected a list"),
    ([[5, "towel"]], "decisions[0]: expected [tick, kind, side]"),
    ([[5, "bribe", "p1"]], "decisions[0]: kind"),
    ([[5, "towel", "p3"]], "decisions[0]: side"),
    ([[101, "towel", "p1"]], "decisions[0]: tick"),
    ([[-1, "towel", "p1"]], "decisions[0]: tick"),
    ([[True, "towel", "p1"]], "decisions[0]: tick"),
    ([[50, "towel", "p1"], [40, "towel", "p2"]], "decisions[1]: tick: decisions must be sorted"),
])
def test_bad_decisions_are_refused_by_file_and_field(tmp_path, decisions, says):
    path = tmp_path / "bad-decisions.json"
    path.write_text(json.dumps(GOOD | {"decisions": decisions}))
    with pytest.raises(ReplayError) as err:
        read_replay(path)
    assert "bad-decisions.json" in str(err.value) and says in str(err.value)


def test_good_decisions_and_an_unknown_level(tmp_path):
    from game.scenes.replays import open_replay

    path = tmp_path / "ok.json"
    path.write_text(json.dumps(GOOD | {"decisions": [[0, "towel", "p2"], [100, "towel", "p1"]]}))
    assert read_replay(path).decisions == ((0, "towel", "p2"), (100, "towel", "p1"))
    path.write_text(json.dumps(GOOD | {"setup": GOOD["setup"] | {"level": "no_such"}}))
    with pytest.raises(ReplayError, match=r"ok\.json: setup\.level"):
        open_replay(path)
