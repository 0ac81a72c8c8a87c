"""The package's layout as README's "What is where" states it: short modules, no import cycle,
data flowing one way (article -> document -> the lessons -> pipeline -> views)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

LESSONS = Path(__file__).resolve().parent.parent / "lessons"
MODULES = sorted(LESSONS.rglob("*.py"))
MOST_LINES = 700  # README: "no file in lessons/ is longer than 700 lines"

# what each part of the kit may import from the kit: the lessons read the article and the
# document, never the pipeline or the views built on them; evaluate and grade look down only
BELOW: dict[str, frozenset[str]] = {
    "article": frozenset({"article", "errors", "nlp", "vocab", "data"}),
    "document": frozenset({"article", "document", "errors", "nlp", "vocab", "data"}),
    "quotes": frozenset({"article", "document", "quotes", "errors", "nlp", "vocab", "data"}),
    "entities": frozenset(
        {"article", "document", "quotes", "entities", "errors", "nlp", "vocab", "data"}
    ),
    "timeline": frozenset(
        {"article", "document", "quotes", "timeline", "errors", "nlp", "vocab", "data"}
    ),
}


def _name(path: Path) -> str:
    """``lessons/timeline/build.py`` -> ``lessons.timeline.build``."""
    parts = path.relative_to(LESSONS.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


NAMES = {_name(path) for path in MODULES}


def _imports(path: Path) -> set[str]:
    """The kit's modules a module imports when it is loaded (not those imported inside a
    function, nor those imported only for type checking)."""
    found: set[str] = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:  # "from lessons.timeline import build" names a module
                submodule = f"{node.module}.{alias.name}"
                found.add(submodule if submodule in NAMES else node.module)
    return {name for name in found if name in NAMES}


GRAPH = {_name(path): _imports(path) for path in MODULES}


@pytest.mark.parametrize("path", MODULES, ids=_name)
def test_no_module_is_longer_than_700_lines(path: Path) -> None:
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MOST_LINES, f"{_name(path)}: {lines} lines; split it by the steps it takes"


def test_no_import_cycle() -> None:
    done: set[str] = set()

    def visit(name: str, path: list[str]) -> None:
        if name in path:
            cycle = path[path.index(name) :] + [name]
            pytest.fail("import cycle: " + " -> ".join(cycle))
        if name in done:
            return
        for imported in sorted(GRAPH[name]):
            if not name.startswith(imported + "."):  # (a package's module loads the package)
                visit(imported, [*path, name])
        done.add(name)

    for name in sorted(GRAPH):
        visit(name, [])


@pytest.mark.parametrize("part", sorted(BELOW))
def test_the_lessons_import_only_what_lies_below_them(part: str) -> None:
    mine = [name for name in GRAPH if name.split(".")[1:2] == [part]]
    assert mine, part
    upward = {
        f"{name} imports {imported}"
        for name in mine
        for imported in GRAPH[name]
        if imported != "lessons" and imported.split(".")[1] not in BELOW[part]
    }
    assert not upward, sorted(upward)


def test_the_timeline_modules_are_the_ones_readme_lists() -> None:
    readme = (LESSONS.parent / "README.md").read_text(encoding="utf-8")
    outline = readme[readme.index("  timeline/") : readme.index("  vocab/")]
    listed = set(re.findall(r"[a-z_]+", outline))
    modules = {path.stem for path in (LESSONS / "timeline").glob("*.py")} - {"__init__"}
    assert modules - listed == set(), "README's What is where misses these timeline modules"
