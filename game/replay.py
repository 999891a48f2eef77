"""Replays: the match set-up plus every tick's held actions, run-length encoded.

Why this is enough: the simulation is deterministic, so re-running the same commands from
tick 0 gives the same fight; nothing of the simulation's state is saved.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from game import __version__
from game.files import atomic_write_text
from game.sim.actions import ACTIONS, from_names, to_names

FORMAT = 1


class ReplayError(ValueError):
    """A replay that cannot be played; the message names the file and what is wrong."""


@dataclass
class ReplayRecorder:
    setup: dict
    runs: list[list] = field(default_factory=list)
    summary: dict | None = None   # who won and how, for the replay list (optional)

    def add(self, cmd1: int, cmd2: int) -> None:
        if self.runs and self.runs[-1][1] == cmd1 and self.runs[-1][2] == cmd2:
            self.runs[-1][0] += 1
        else:
            self.runs.append([1, cmd1, cmd2])

    def to_json(self) -> dict:
        return {
            "format": FORMAT, "game_version": __version__, "setup": self.setup,
            "commands": [[n, to_names(a), to_names(b)] for n, a, b in self.runs],
        } | ({"summary": self.summary} if self.summary else {})

    def save(self, path: Path) -> None:
        atomic_write_text(path, json.dumps(self.to_json(), separators=(",", ":")))


SETUP_KEYS = ("mode", "fighters", "venue", "rounds", "round_seconds", "rules", "difficulty",
              "bonuses", "seed", "level")


def load_replay(path: Path) -> tuple[dict, list[tuple[int, int]]]:
    """Read and check a replay; returns its setup and the per-tick commands, expanded."""
    path = Path(path)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ReplayError(f"{path}: no such replay file") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ReplayError(f"{path}: not a replay (invalid JSON: {exc})") from exc
    if not isinstance(raw, dict):
        raise ReplayError(f"{path}: (top level): expected a JSON object")
    if raw.get("format") != FORMAT:
        raise ReplayError(f"{path}: format: expected {FORMAT}, got {raw.get('format')!r}")
    if raw.get("game_version") != __version__:
        raise ReplayError(f"{path}: game_version: recorded with {raw.get('game_version')!r}, "
                          f"this is {__version__}; it would not play the same")
    setup = raw.get("setup")
    if not isinstance(setup, dict):
        raise ReplayError(f"{path}: setup: expected an object")
    for key in SETUP_KEYS:
        if key not in setup:
            raise ReplayError(f"{path}: setup.{key}: missing")
    cmds = raw.get("commands")
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
        if len(out) > 50_000_000:
            raise ReplayError(f"{where}: replay too long")
    return setup, out
