"""The package's layout: no import circles, read from the import statements themselves (module
level and inside functions alike), and one subpackage per extractor with its stage in stage.py."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"
PACKAGE = SRC / "dyad"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in PACKAGE.rglob("*.py")}


def imported(path: Path, known: dict[str, Path]) -> set[str]:
    """The dyad modules a file imports: ``import a.b``, ``from a.b import c`` (c itself when it
    is a module), every statement in the file wherever it stands."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("dyad"))
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("dyad"):
            for alias in node.names:
                child = f"{node.module}.{alias.name}"
                found.add(child if child in known else node.module)
    return {m for m in found if m in known}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan), and self-imports."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1 or v in graph[v]:
                found.append(sorted(component))

    for v in graph:
        if v not in index:
            visit(v)
    return found


def test_no_import_circles():
    known = modules()
    graph = {name: imported(path, known) - {name} for name, path in known.items()}
    assert cycles(graph) == []


def test_the_cycle_finder_finds_a_circle():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_one_subpackage_per_extractor_with_its_stage():
    for name in ("times", "places", "quotes", "events"):
        assert (PACKAGE / "extract" / name / "stage.py").is_file()
    assert sorted(p.name for p in (PACKAGE / "extract").glob("*.py")) == ["__init__.py"]


def test_public_api_is_listed():
    import dyad

    assert {"analyze", "open", "Article", "Pipeline", "__version__"} <= set(dir(dyad))
    assert callable(dyad.analyze) and callable(dyad.open)


def test_dev_split_is_fixed_and_about_even():
    from dyad.evaluate.split import by_part, part

    ids = [f"doc-{n}" for n in range(1000)]
    parts = by_part(ids, str)
    assert 400 < len(parts["tune"]) < 600 and len(parts["tune"]) + len(parts["check"]) == 1000
    assert [part(i) for i in ids] == [part(i) for i in ids]
    assert part("doc-1") in ("tune", "check")


def test_every_error_code_names_one_error():
    """Two errors sharing a code would send a user to the wrong hint."""
    owners: dict[str, list[str]] = {}
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                for item in node.body:
                    if (
                        isinstance(item, ast.Assign)
                        and [getattr(t, "id", None) for t in item.targets] == ["code"]
                        and isinstance(item.value, ast.Constant)
                        and str(item.value.value).startswith("E")
                    ):
                        owners.setdefault(item.value.value, []).append(f"{module_name(path)}.{node.name}")
    assert owners and {code: names for code, names in owners.items() if len(names) > 1} == {}
