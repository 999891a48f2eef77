"""The bout: one tick loop for every fight, sources the bout never tells apart, rules called at
fixed points, and the same seed and commands giving the same fight."""

from __future__ import annotations

import ast
import dataclasses
from pathlib import Path

import pytest

from game.ai.brain import CpuBrain
from game.bout import (
    Bout,
    BrainSource,
    HeldSource,
    HoldToRise,
    RecordedDecisions,
    ReplaySource,
    Rule,
)
from game.replay import ReplayRecorder
from game.sim.actions import command
from game.sim.match import MatchSetup

ROOT = Path(__file__).resolve().parent.parent
SETUP = MatchSetup(fighters=("apollo", "drago"), rounds=2, round_seconds=8.0, seed=7)


def cpu_bout(setup: MatchSetup = SETUP, rules=(), recorder=None) -> Bout:
    brains = [BrainSource(CpuBrain(side, "hard", setup.seed)) for side in ("p1", "p2")]
    return Bout(setup, brains, rules, recorder)


def state(bout: Bout) -> tuple:
    """What a player would compare: the tick, the phase, the round, and each man's place,
    health, stamina and punches landed."""
    m = bout.match
    return (m.tick, m.phase, m.round, m.winner, m.method,
            *((round(f.health, 6), round(f.stamina, 6), f.punches_landed,
               round(m.world.x(i), 6)) for i, f in enumerate(m.fighters)))


def run(bout: Bout, limit: int = 20_000) -> list[tuple]:
    trace = []
    while not bout.match.over and bout.match.tick < limit:
        bout.advance()
        trace.append(state(bout))
    return trace


def test_the_same_seed_and_commands_through_a_bout_give_the_same_fight():
    first, second = run(cpu_bout()), run(cpu_bout())
    assert first == second and len(first) > 100
    other = run(cpu_bout(MatchSetup(fighters=("apollo", "drago"), rounds=2,
                                    round_seconds=8.0, seed=8)))
    assert other != first, "the seed must matter, or the comparison proves nothing"


def test_a_recorded_bout_replayed_through_replay_sources_is_the_same_fight():
    rec = ReplayRecorder({"level": None})
    live = cpu_bout(recorder=rec)
    trace = run(live)
    commands = [(a, b) for n, a, b in rec.runs for _ in range(n)]
    assert len(commands) == live.match.tick
    replay = Bout(SETUP, [ReplaySource(commands, 0), ReplaySource(commands, 1)])
    assert run(replay) == trace


class Log(Rule):
    """Writes down every hook the bout calls, and in which order."""

    def __init__(self) -> None:
        self.calls: list[tuple] = []

    def before_tick(self, bout):
        self.calls.append(("before", bout.match.tick))

    def filter_command(self, side, cmd, view):
        self.calls.append(("filter", side, view.tick))
        return cmd

    def after_tick(self, bout, view):
        self.calls.append(("after", view.tick))

    def round_start(self, bout, round_no):
        self.calls.append(("start", round_no, bout.match.tick))

    def round_end(self, bout, round_no):
        self.calls.append(("end", round_no, bout.match.tick))


def test_rules_are_called_at_fixed_points_of_each_tick_and_recorded_sides_are_not_filtered():
    log = Log()
    bout = Bout(MatchSetup(rounds=2, round_seconds=1.0, seed=1),
                [HeldSource(), ReplaySource([], 1)], [log])
    assert log.calls == [("start", 1, 0)], "round 1 starts when the bout is made"
    bout.advance()
    assert log.calls[1:] == [("before", 0), ("filter", 0, 0), ("after", 1)], \
        "the replayed side 1 is never filtered"
    run(bout)
    bells = [c for c in log.calls if c[0] in ("start", "end")]
    assert [c[:2] for c in bells] == [("start", 1), ("end", 1), ("start", 2), ("end", 2)]
    ticks = [c[2] for c in bells]
    assert ticks == sorted(ticks) and len(set(ticks)) == 4, "each bell on its own tick"
    after = [c[1] for c in log.calls if c[0] == "after"]
    assert after == list(range(1, bout.match.tick + 1)), "after_tick once per tick"


def test_hold_to_rise_replaces_only_a_downed_cpu_sides_command():
    rule = HoldToRise((1,))
    bout = cpu_bout()
    standing = bout.view
    fighters = tuple(dataclasses.replace(f, state="down") for f in standing.fighters)
    view = dataclasses.replace(standing, fighters=fighters)
    assert rule.filter_command(1, command("guard"), view) == command("jab")
    assert rule.filter_command(0, command("guard"), view) == command("guard")
    assert rule.filter_command(1, command("guard"), standing) == command("guard")


def test_a_recorded_towel_is_thrown_after_the_same_tick_and_recorded_again():
    rec = ReplayRecorder({"level": None})
    bout = Bout(SETUP, [HeldSource(), HeldSource()], [RecordedDecisions(((30, "towel", "p2"),))],
                rec)
    while bout.match.tick < 30:
        bout.advance()
    assert not bout.match.over
    bout.advance()
    assert bout.match.over and bout.match.reason == "towel" and bout.match.winner == "p1"
    assert rec.decisions == [[30, "towel", "p2"]]
    with pytest.raises(ValueError):
        bout.decide("bribe", "p1")


def test_only_the_bout_steps_a_match():
    """`grep` finds one tick loop: no code in the game or its tools calls `X.step(a, b)` on a
    match except game/bout/core.py."""
    found = []
    for path in [*(ROOT / "game").rglob("*.py"), *(ROOT / "tools").rglob("*.py")]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                    and node.func.attr == "step" and len(node.args) == 2:
                found.append(str(path.relative_to(ROOT)))
    assert found == ["game/bout/core.py"]
