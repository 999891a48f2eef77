"""The game's layers only point down: no import circle through the app, the CLI, the scenes
and the story.

Why a test: a circle means a module cannot be read (or imported, or tested) without the whole
game above it, and it grows quietly: one `from game.app import ...` in a scene is enough. The
graph is built from the source with `ast`, so a late import inside a function counts (it runs
when called), while imports under `if TYPE_CHECKING:` do not (they never run).
"""

from __future__ import annotations

import ast
import importlib
from collections.abc import Iterator
from pathlib import Path

GAME = Path(__file__).resolve().parent.parent / "game"

# Each of these is one node of the graph: a circle *inside* the scenes (the title opens the
# select screen, which comes back to the title) is how screens work, but a circle that leaves
# one of them and comes back is a layer pointing up.
GROUPS = {"game.app": "app", "game.cli": "cli", "game.scenes": "scenes", "game.story": "story"}


def module_files(root: Path = GAME) -> dict[str, Path]:
    """Every module under `root` by dotted name (`game.scenes` for its `__init__.py`)."""
    out = {}
    for path in sorted(root.rglob("*.py")):
        parts = list(path.relative_to(root.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _import_nodes(tree: ast.AST) -> Iterator[ast.Import | ast.ImportFrom]:
    """Every import statement that can run, at any depth; `if TYPE_CHECKING:` bodies skipped."""
    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            stack.extend(node.orelse)
            continue
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node
        stack.extend(ast.iter_child_nodes(node))


def _targets(name: str, is_package: bool, node: ast.Import | ast.ImportFrom,
             known: set[str]) -> set[str]:
    """The modules one import statement in module `name` names."""
    if isinstance(node, ast.Import):
        return {a.name for a in node.names}
    base = node.module or ""
    if node.level:  # relative: from the importer's package, one level up per extra dot
        package = name.split(".") if is_package else name.split(".")[:-1]
        package = package[: len(package) - node.level + 1]
        base = ".".join([*package, base] if base else package)
    # `from game.render import ui` imports the module game.render.ui
    subs = {f"{base}.{a.name}" for a in node.names if f"{base}.{a.name}" in known}
    return subs | {base}


def _with_parents(target: str, importer: str) -> set[str]:
    """Importing a.b.c runs a/__init__ and a/b/__init__ first (not the importer's own)."""
    parts = target.split(".")
    mods = {".".join(parts[:k]) for k in range(1, len(parts) + 1)}
    return {m for m in mods if not (importer == m or importer.startswith(m + "."))}


def import_graph(root: Path = GAME) -> dict[str, dict[str, int]]:
    """module -> {module it imports (within `root`'s package): line of the first import}."""
    files = module_files(root)
    known = set(files)
    graph: dict[str, dict[str, int]] = {}
    for name, path in files.items():
        edges: dict[str, int] = {}
        for node in _import_nodes(ast.parse(path.read_text(), str(path))):
            for target in _targets(name, path.name == "__init__.py", node, known):
                for mod in _with_parents(target, name) & known:
                    if mod != name:
                        edges.setdefault(mod, node.lineno)
        graph[name] = edges
    return graph


def group_of(module: str, groups: dict[str, str] = GROUPS) -> str:
    for prefix, group in groups.items():
        if module == prefix or module.startswith(prefix + "."):
            return group
    return module


def _strongly_connected(nodes: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's components, iteratively (the graph is small, but recursion limits are not)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on, stack, out = set(), [], []
    for start in sorted(nodes):
        if start in index:
            continue
        work = [(start, iter(sorted(nodes[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on.add(start)
        while work:
            v, it = work[-1]
            w = next(it, None)
            if w is None:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[v])
                if low[v] == index[v]:
                    comp = []
                    while True:
                        x = stack.pop()
                        on.discard(x)
                        comp.append(x)
                        if x == v:
                            break
                    out.append(sorted(comp))
            elif w not in index:
                index[w] = low[w] = len(index)
                stack.append(w)
                on.add(w)
                work.append((w, iter(sorted(nodes[w]))))
            elif w in on:
                low[v] = min(low[v], index[w])
    return out


def layer_circles(graph: dict[str, dict[str, int]],
                  groups: dict[str, str] = GROUPS) -> list[list[str]]:
    """Circles of the graph with each group as one node that pass through a group."""
    nodes: dict[str, set[str]] = {}
    for mod, edges in graph.items():
        a = group_of(mod, groups)
        nodes.setdefault(a, set())
        for target in edges:
            b = group_of(target, groups)
            nodes.setdefault(b, set())
            if a != b:
                nodes[a].add(b)
    wanted = set(groups.values())
    return [c for c in _strongly_connected(nodes) if len(c) > 1 and wanted & set(c)]


def _group_edges(graph: dict[str, dict[str, int]],
                 groups: dict[str, str]) -> dict[tuple[str, str], str]:
    """(node, node) -> the first module import that makes that edge, `a:LINE imports b`."""
    out: dict[tuple[str, str], str] = {}
    for mod, edges in sorted(graph.items()):
        for target, line in sorted(edges.items()):
            pair = (group_of(mod, groups), group_of(target, groups))
            if pair[0] != pair[1]:
                out.setdefault(pair, f"{mod}:{line} imports {target}")
    return out


def explain(circle: list[str], graph: dict[str, dict[str, int]],
            groups: dict[str, str] = GROUPS) -> list[str]:
    """Each shortest way round from a group back to itself, one import per step."""
    edges = _group_edges(graph, groups)
    members = set(circle)
    lines = []
    for start in sorted(members & set(groups.values())):
        paths, seen = [[start]], {start}
        while paths:
            path = paths.pop(0)
            nxt = sorted(b for a, b in edges if a == path[-1] and b in members)
            if start in nxt:
                hops = zip(path, [*path[1:], start], strict=True)
                lines.append(" -> ".join([*path, start]) + ": "
                             + "; ".join(edges[h] for h in hops))
                break
            for b in nxt:
                if b not in seen:
                    seen.add(b)
                    paths.append([*path, b])
    return lines


def test_no_import_circle_through_app_cli_scenes_or_story():
    graph = import_graph()
    circles = layer_circles(graph)
    report = [f"circle {' / '.join(c)}:\n  " + "\n  ".join(explain(c, graph)) for c in circles]
    assert not circles, "layers point up:\n" + "\n".join(report)


def test_the_packages_of_game_form_layers():
    """The same, one level coarser: each package (and top-level module) of `game/` as one node,
    so the diagram in docs/architecture.md holds: sim and ai at the bottom, the app on top."""
    graph = import_graph()
    packages = {name: name for name in graph if name.count(".") == 1}
    circles = layer_circles(graph, packages)
    report = [f"circle {' / '.join(c)}:\n  " + "\n  ".join(explain(c, graph, packages))
              for c in circles]
    assert not circles, "layers point up:\n" + "\n".join(report)


def test_every_module_under_game_imports():
    """Each module imports on its own terms (none runs the game when imported)."""
    failures = []
    for name in module_files():
        try:
            importlib.import_module(name)
        except Exception as exc:  # noqa: BLE001 - collect them all for one message
            failures.append(f"{name}: {type(exc).__name__}: {exc}")
    assert not failures, "\n".join(failures)


def test_the_graph_sees_late_imports_and_skips_type_checking(tmp_path):
    """The checker itself: a late import closes a circle, a TYPE_CHECKING one does not."""
    pkg = tmp_path / "game"
    (pkg / "scenes").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "scenes" / "__init__.py").write_text("")
    (pkg / "app.py").write_text("from game.scenes import title\n")
    (pkg / "scenes" / "title.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from game.app import X\n")
    assert layer_circles(import_graph(pkg)) == []
    (pkg / "scenes" / "menu.py").write_text("def go():\n    from game import app\n")
    (pkg / "scenes" / "title.py").write_text("from . import menu\n")
    assert layer_circles(import_graph(pkg)) == [["app", "scenes"]]


def test_no_two_screens_share_a_class_name():
    """A screen is known by its class name (tracebacks, the story's scene log, the shot tool);
    the story's drills and the free gym were both `TrainingScene`."""
    seen: dict[str, list[str]] = {}
    for name, path in module_files().items():
        if group_of(name) != "scenes":
            continue
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.ClassDef):
                seen.setdefault(node.name, []).append(name)
    shared = {cls: mods for cls, mods in seen.items() if len(mods) > 1}
    assert not shared, shared
