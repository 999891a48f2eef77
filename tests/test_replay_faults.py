"""Bad replays: refused by file and field before anything is used, and the Replays menu
lists and refuses them without crashing or waiting."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

from tests.scenehelpers import headless_context
from tests.test_bad_files import corpus, name_of, place

ROOT = Path(__file__).resolve().parent.parent
GOOD = json.loads((ROOT / "tests" / "reference" / "las_vegas.replay").read_text())


def replay_with(tmp_path: Path, name: str, **setup) -> Path:
    doc = json.loads(json.dumps(GOOD))
    doc["setup"].update(setup)
    path = tmp_path / name
    path.write_text(json.dumps(doc))
    return path


@pytest.mark.parametrize(("field", "value", "named"), [
    ("mode", float("nan"), "setup.mode"),
    ("seed", float("inf"), "setup.seed"),
    ("rounds", float("inf"), "setup.rounds"),
    ("round_seconds", float("nan"), "setup.round_seconds"),
    ("rules", {"three_knockdown_tko": "banana"}, "setup.rules.three_knockdown_tko"),
    ("rules", {"hold_to_rise": 1}, "setup.rules.hold_to_rise"),
])
def test_setup_values_that_only_convert_are_refused_by_field(tmp_path, field, value, named):
    from game.replay import ReplayError, read_replay

    path = replay_with(tmp_path, "r.json", **{field: value})
    with pytest.raises(ReplayError) as err:
        read_replay(path)
    assert str(err.value).startswith(f"{path}: {named}: expected")


def test_a_replay_larger_than_the_limit_is_refused_before_parsing(tmp_path):
    from game.replay import ReplayError, read_replay
    from game.replay_check import MAX_BYTES

    path = tmp_path / "big.json"
    with path.open("wb") as f:
        f.truncate(MAX_BYTES + 1)  # sparse: instant, and parsing it would fail anyway
    t = time.perf_counter()
    with pytest.raises(ReplayError) as err:
        read_replay(path)
    assert time.perf_counter() - t < 0.5 and "larger than" in str(err.value)


def test_the_longest_real_fight_fits_the_limit():
    """A three-round CPU fight's replay, scaled to 15 rounds of 10 minutes, is far below it."""
    from game.replay_check import MAX_BYTES

    ticks = sum(run[0] for run in GOOD["commands"])
    per_tick = len(json.dumps(GOOD, separators=(",", ":"))) / ticks
    longest = 15 * 600 * 60
    assert per_tick * longest * 4 < MAX_BYTES


def test_the_replays_menu_lists_and_refuses_every_bad_kind_without_crashing(tmp_path):
    from game.scenes.replays import ReplayListScene, list_replays

    folder = tmp_path / "replays"
    folder.mkdir()
    (folder / "good.json").write_text(json.dumps(GOOD))
    for entry in corpus("replay"):
        place(entry, folder / f"{name_of(entry).removesuffix('.json')}.json")
    (folder / "summary_text.json").write_text(json.dumps({**GOOD, "summary": "a string"}))
    (folder / "summary_list.json").write_text(json.dumps({**GOOD, "summary": [1, 2]}))
    with open(folder / "huge_real.json", "wb") as f:
        f.truncate(100 << 20)
    os.utime(folder / "good.json", (time.time() + 10, time.time() + 10))  # newest: first
    t = time.perf_counter()
    entries = list_replays(folder)
    assert time.perf_counter() - t < 2.0
    assert len(entries) == len(list(folder.iterdir()))
    assert "ROCKY V APOLLO" in entries[0].label
    playable = {"good.json", "summary_text.json", "summary_list.json"}
    with headless_context() as ctx:
        listing = ReplayListScene(ctx, folder)
        for entry in entries:
            listing.message = ""
            t = time.perf_counter()
            listing._watch(entry)
            assert time.perf_counter() - t < 2.0
            ctx.stack.apply()
            if entry.path.name in playable:
                assert ctx.stack.top is not None and not listing.message
                ctx.stack.pop()
                ctx.stack.apply()
                assert ctx.stack.top is None
            else:  # refused, and the player is told
                assert listing.message and ctx.stack.top is None, entry.path.name
