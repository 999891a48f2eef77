"""Replays: the match set-up plus every tick's held actions, run-length encoded.

Why this is enough: the simulation is deterministic, so re-running the same commands from
tick 0 gives the same fight; nothing of the simulation's state is saved. A story fight's
script is deterministic too and is re-run from the setup's `level`; only what the player
decided between ticks (the towel) is not derivable, so it is kept in `decisions`.

Checking a replay: `read_replay` checks the file (format, version, setup keys, commands,
decisions); `check_setup` checks what its setup means for a match (a valid set-up, known
difficulties). `game.scenes.replays.open_replay` runs both and is the one way to open a
replay for playing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from game import __version__
from game.ai.skill import DIFFICULTIES
from game.bout.spec import bonuses_for
from game.files import atomic_write_text
from game.replay_check import ReplayError, check_setup_fields, read_replay_json
from game.shown import shown
from game.sim.actions import ACTIONS, from_names, to_names
from game.sim.bonuses import STATS
from game.sim.match import MatchSetup

if TYPE_CHECKING:
    from game.story.model import Fight

FORMAT = 1
SIDES = ("p1", "p2")
# 15 rounds of 10 minutes are 540,000 ticks; breaks and counts add a little. Each tick is
# a list entry (8 bytes), so this also bounds a replay's memory (see game/replay_check.py).
MAX_TICKS = 5_000_000
DECISION_KINDS = ("towel",)   # [tick, "towel", side]: that side's corner throws the towel


@dataclass
class ReplayRecorder:
    setup: dict
    runs: list[list] = field(default_factory=list)
    summary: dict | None = None   # who won and how, for the replay list (optional)
    decisions: list[list] = field(default_factory=list)   # [match tick, kind, side]

    def decide(self, tick: int, kind: str, side: str) -> None:
        """A player's decision taken between ticks, after match tick `tick` (e.g. the towel)."""
        self.decisions.append([tick, kind, side])

    def add(self, cmd1: int, cmd2: int) -> None:
        if self.runs and self.runs[-1][1] == cmd1 and self.runs[-1][2] == cmd2:
            self.runs[-1][0] += 1
        else:
            self.runs.append([1, cmd1, cmd2])

    def to_json(self) -> dict:
        return {
            "format": FORMAT, "game_version": __version__, "setup": self.setup,
            "commands": [[n, to_names(a), to_names(b)] for n, a, b in self.runs],
        } | ({"summary": self.summary} if self.summary else {}) \
          | ({"decisions": [list(d) for d in self.decisions]} if self.decisions else {})

    def save(self, path: Path) -> None:
        atomic_write_text(path, json.dumps(self.to_json(), separators=(",", ":")))


SETUP_KEYS = ("mode", "fighters", "venue", "rounds", "round_seconds", "rules", "difficulty",
              "bonuses", "seed", "level")


@dataclass(frozen=True)
class Replay:
    path: Path
    setup: dict
    commands: list[tuple[int, int]]
    decisions: tuple[tuple[int, str, str], ...] = ()


def read_replay(path: Path) -> Replay:
    """Read and check a whole replay: setup, per-tick commands (expanded) and decisions."""
    path = Path(path)
    raw = read_replay_json(path)  # size, nesting and text checked before anything is used
    if not isinstance(raw, dict):
        raise ReplayError(f"{path}: (top level): expected a JSON object")
    if raw.get("format") != FORMAT:
        raise ReplayError(f"{path}: format: expected {FORMAT}, got {shown(raw.get('format'))!r}")
    if raw.get("game_version") != __version__:
        raise ReplayError(f"{path}: game_version: recorded with "
                          f"{shown(raw.get('game_version'))!r}, "
                          f"this is {__version__}; it would not play the same")
    setup = _setup(path, raw.get("setup"))
    out = _commands(path, raw.get("commands"))
    return Replay(path, setup, out, _decisions(path, raw.get("decisions"), len(out)))


def _setup(path: Path, setup: object) -> dict:
    """The replay's `setup` object: every key there, a level id or null, known bonuses (what
    the values mean for a match is `check_setup`'s)."""
    if not isinstance(setup, dict):
        raise ReplayError(f"{path}: setup: expected an object")
    for key in SETUP_KEYS:
        if key not in setup:
            raise ReplayError(f"{path}: setup.{key}: missing")
    check_setup_fields(path, setup)
    _check_bonuses(path, setup["bonuses"])
    return setup


def _commands(path: Path, cmds: object) -> list[tuple[int, int]]:
    """The run-length encoded `commands`, expanded to one (p1, p2) pair per tick."""
    if not isinstance(cmds, list):
        raise ReplayError(f"{path}: commands: expected a list of [count, p1, p2]")
    out: list[tuple[int, int]] = []
    for k, run in enumerate(cmds):
        where = f"{path}: commands[{k}]"
        if not (isinstance(run, list) and len(run) == 3 and isinstance(run[0], int)
                and not isinstance(run[0], bool) and 1 <= run[0] <= 10_000_000):
            raise ReplayError(f"{where}: expected [count >= 1, [actions], [actions]]")
        pair = []
        for names in run[1:]:
            if not isinstance(names, list) or any(n not in ACTIONS for n in names):
                raise ReplayError(f"{where}: expected lists of action names {ACTIONS}")
            pair.append(from_names(names))
        out.extend([(pair[0], pair[1])] * run[0])
        if len(out) > MAX_TICKS:
            raise ReplayError(f"{where}: expected at most {MAX_TICKS:,} ticks in all "
                              "(far more than the longest fight the rules allow)")
    return out


def _check_bonuses(path: Path, bonuses: object) -> None:
    """`"none"`, `"full"`, or the exact multipliers per side (a story's training result)."""
    if bonuses is None or bonuses in ("none", "full"):
        return
    ok = isinstance(bonuses, list) and len(bonuses) == 2 and all(
        isinstance(b, dict) and all(k in STATS and isinstance(v, int | float)
                                    and not isinstance(v, bool) and 0.5 <= v <= 2.0
                                    for k, v in b.items()) for b in bonuses)
    if not ok:
        raise ReplayError(f"{path}: setup.bonuses: expected \"none\", \"full\" or two objects "
                          f"of multipliers (0.5 to 2.0) named from {STATS}")


def _decisions(path: Path, raw: object, ticks: int) -> tuple[tuple[int, str, str], ...]:
    """The optional `decisions`: [[tick, kind, side], ...] sorted by tick, within the fight."""
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise ReplayError(f"{path}: decisions: expected a list of [tick, kind, side]")
    out: list[tuple[int, str, str]] = []
    for k, d in enumerate(raw):
        where = f"{path}: decisions[{k}]"
        if not (isinstance(d, list) and len(d) == 3):
            raise ReplayError(f"{where}: expected [tick, kind, side]")
        tick, kind, side = d
        if not isinstance(tick, int) or isinstance(tick, bool) or not 0 <= tick <= ticks:
            raise ReplayError(f"{where}: tick: expected a whole number from 0 to {ticks} "
                              f"(the replay's length), got {shown(tick)!r}")
        if kind not in DECISION_KINDS:
            raise ReplayError(f"{where}: kind: expected one of {DECISION_KINDS}, "
                              f"got {shown(kind)!r}")
        if side not in SIDES:
            raise ReplayError(f"{where}: side: expected one of {SIDES}, got {shown(side)!r}")
        if out and tick < out[-1][0]:
            raise ReplayError(f"{where}: tick: decisions must be sorted by tick "
                              f"({tick} comes after {out[-1][0]})")
        out.append((tick, kind, side))
    return tuple(out)


def setup_from_doc(doc: dict, chapter: Fight | None = None) -> MatchSetup:
    """The match set-up a replay's `setup` describes: exact training bonuses when it gives
    them per side, and what its story chapter adds (the crowd)."""
    rules = doc.get("rules") or {}
    fighters = tuple(doc["fighters"])
    bonuses = doc.get("bonuses")
    if isinstance(bonuses, list):
        exact = tuple(tuple(sorted((k, float(v)) for k, v in b.items())) for b in bonuses)
    else:
        exact = bonuses_for(fighters, bonuses or "none")
    crowd = (chapter.crowd_start, chapter.crowd_gain) if chapter is not None else (0.0, 1.0)
    return MatchSetup(fighters=fighters, venue=doc["venue"], bonuses=exact,
                      rounds=int(doc["rounds"]), round_seconds=float(doc["round_seconds"]),
                      seed=int(doc["seed"]),
                      three_knockdown_tko=bool(rules.get("three_knockdown_tko", True)),
                      hold_to_rise=bool(rules.get("hold_to_rise", False)),
                      crowd_start=crowd[0], crowd_gain=crowd[1])


def check_setup(path: Path, doc: dict, chapter: Fight | None = None
                ) -> tuple[MatchSetup, tuple[str, str]]:
    """The one check of a replay's `setup` beyond its file format: a match that can be set
    up, and two known CPU difficulties. Returns (setup, difficulty); raises ReplayError
    naming the file and the field."""
    try:
        setup = setup_from_doc(doc, chapter)
        setup.check()
        difficulty = tuple(doc["difficulty"])
        if len(difficulty) != 2 or not all(d in DIFFICULTIES for d in difficulty):
            raise ValueError(f"difficulty: expected two of {DIFFICULTIES}")
    except (ValueError, TypeError, KeyError) as exc:
        raise ReplayError(f"{path}: setup: {exc}") from exc
    return setup, (str(difficulty[0]), str(difficulty[1]))
