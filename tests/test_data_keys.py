"""Every number a designer can tune in game/data/ changes something.

Why: a key that is loaded and validated but never read is a lie to whoever balances the
game: he edits it, nothing happens, and he concludes the rule works differently. The loader
accepts exactly the fields of the data classes (an unknown key is an error), so a field that
no code outside the loader reads is such a key.

How: parse every module of the game and the asset tools (the sprite generator reads the
move and fighter tables raw) and collect the names they read: attribute reads (`move.chip`),
string subscripts and lookups (`table["hand"]`, `.get("stance")`, `getattr(data, "chin")`).
The loader itself (game/sim/data.py) does not count: it touches every field to build it.
A name is only a name, so a key shares cover with any attribute spelt the same way; the test
catches the common case (a key nobody reads at all), not every possible one.
"""

from __future__ import annotations

import ast
import tomllib
from dataclasses import fields
from pathlib import Path

import pytest

from game.sim.data import DataError, FighterData, MoveData, RulesData, load_moves

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "game" / "data"
LOADER = ROOT / "game" / "sim" / "data.py"
LOOKUPS = {"get", "getattr", "hasattr", "pop", "setdefault"}


def names_read(roots: list[Path], skip: Path) -> set[str]:
    """Attribute names and string keys the code under `roots` reads (`skip` excluded)."""
    seen: set[str] = set()
    for root in roots:
        for path in sorted(root.rglob("*.py")):
            if path == skip:
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                seen.update(_read_by(node))
    return seen


def _read_by(node: ast.AST) -> list[str]:
    if isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Load):
        return [node.attr]
    if isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Constant):
        return [node.slice.value] if isinstance(node.slice.value, str) else []
    if isinstance(node, ast.Call):
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name in LOOKUPS:
            return [a.value for a in node.args
                    if isinstance(a, ast.Constant) and isinstance(a.value, str)]
    return []


def loaded_keys() -> list[tuple[str, str]]:
    """(file, key) for every key the loader takes from the tables, optional ones included."""
    out = [("fighters.toml", f.name) for f in fields(FighterData) if f.name != "id"]
    out += [("moves.toml", f.name) for f in fields(MoveData) if f.name != "id"]
    out += [("moves.toml [rules]", f.name) for f in fields(RulesData)]
    return out


@pytest.fixture(scope="module")
def read_names() -> set[str]:
    return names_read([ROOT / "game", ROOT / "tools"], LOADER)


def test_every_loaded_key_is_read_by_the_game(read_names: set[str]) -> None:
    unread = [f"{where}: {key}" for where, key in loaded_keys() if key not in read_names]
    assert not unread, ("loaded from game/data but never read (wire it into the rules or "
                        "remove it from the table and the data class): " + ", ".join(unread))


def test_every_key_in_the_shipped_tables_is_a_loaded_one() -> None:
    """The shipped tables hold nothing beside what the data classes load (so nothing escapes
    the check above by living only in a TOML file)."""
    known = {key for _, key in loaded_keys()}
    for name in ("fighters.toml", "moves.toml"):
        with (DATA / name).open("rb") as f:
            tables = tomllib.load(f)
        for section, table in tables.items():
            extra = set(table) - known
            assert not extra, f"{name} [{section}] holds keys no data class loads: {extra}"


def test_the_check_sees_an_unread_key(tmp_path: Path) -> None:
    """The scan is not vacuous: a key the code reads is found, a made-up one is not."""
    module = tmp_path / "rules_user.py"
    module.write_text("def f(r, t):\n    return r.whiff_mult + t['hand'] + t.get('stance')\n",
                      encoding="utf-8")
    seen = names_read([tmp_path], LOADER)
    assert {"whiff_mult", "hand", "stance"} <= seen
    assert "tired_fraction" not in seen


@pytest.mark.parametrize(("corpus_file", "field"), [
    ("bad_also_hits.toml", "uppercut.also_hits[0]"),
    ("costs_heart_not_bool.toml", "special.costs_heart"),
    ("rules_out_of_range.toml", "rules.getup_decay_ticks"),
])
def test_a_bad_rule_names_its_field(corpus_file: str, field: str) -> None:
    """The rules moved into the tables are checked like the rest: the message names the
    file and the field, so a designer's typo stops the game with a sentence, not a crash."""
    with pytest.raises(DataError) as err:
        load_moves(ROOT / "tests" / "corpus" / "moves" / corpus_file)
    assert corpus_file in str(err.value)
    assert err.value.field == field
