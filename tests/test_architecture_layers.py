"""Imports in `pipeline` run one way: cli → runner → inputs / annotate → rows → tables → writers.

Every module's imports are read with `ast`, those inside functions too (a lazy import is
still a dependency: it may only point downwards), and the graph of the package's modules
must have no cycle. `cli` is the top: nothing in the package imports it (only
`__main__`, which runs it), and no module below it imports click.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "pipeline"


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def imported_names(name: str) -> set[str]:
    """Every name the module imports, anywhere in it, as an absolute dotted name:
    `from .x import y` in pipeline/ gives pipeline.x.y (module y of package x, or name y of module x)."""
    path = MODULES[name]
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                base = ".".join(parts[: len(parts) - node.level + 1] + ([node.module] if node.module else []))
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return found


def dependencies(name: str) -> set[str]:
    """The package's modules that `name` imports: for each imported name, the longest
    module it lies in (`from . import __version__` depends on the package's __init__)."""
    deps = set()
    for imported in imported_names(name):
        while imported and imported not in MODULES:
            imported = imported.rpartition(".")[0]
        if imported and imported != name:
            deps.add(imported)
    return deps


GRAPH = {name: dependencies(name) for name in MODULES}


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One cycle of the graph as a path of module names, or None (depth-first search)."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                return path[path.index(nxt) :] + [nxt]
            if nxt not in state and (cycle := visit(nxt)):
                return cycle
        path.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (cycle := visit(node)):
            return cycle
    return None


def test_architecture_reads_every_module():
    assert {"pipeline", "pipeline.cli", "pipeline.runner", "pipeline.components"} <= MODULES.keys()
    assert "pipeline.runner" in GRAPH["pipeline.cli"]  # lazy, inside a command
    assert "pipeline.patterns" in GRAPH["pipeline.components"]  # `from .. import lexicon, patterns`


def test_architecture_finds_a_cycle_when_there_is_one():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


def test_architecture_has_no_import_cycle():
    cycle = find_cycle(GRAPH)
    assert cycle is None, "import cycle: " + " → ".join(cycle)


def test_architecture_cli_is_on_top():
    importers = sorted(name for name, deps in GRAPH.items() if "pipeline.cli" in deps)
    assert importers == ["pipeline.__main__"], f"only `python -m pipeline` may import the CLI, not {importers}"


def test_architecture_click_stays_in_cli():
    users = sorted(
        name
        for name in MODULES
        if any(n == "click" or n.startswith("click.") for n in imported_names(name))
        and name not in ("pipeline.cli", "pipeline.__main__")
    )
    assert users == [], f"library modules import click: {users}"
