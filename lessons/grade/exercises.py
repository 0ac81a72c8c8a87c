"""Which notebooks have exercises.

Every notebook in ``notebooks/`` that has nbgrader cells is a lesson with exercises; each becomes
one nbgrader assignment named after the notebook (``01-parse-the-article``). In the instructor's
version a model answer sits between the solution markers, the graders' checks between the
hidden-test markers.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import nbformat

from lessons.data import PROJECT_ROOT
from lessons.errors import LessonError

NOTEBOOKS = PROJECT_ROOT / "notebooks"
SOLUTION_MARKERS = ("BEGIN SOLUTION", "END SOLUTION")
HIDDEN_TEST_MARKERS = ("BEGIN HIDDEN TESTS", "END HIDDEN TESTS")


@dataclass(frozen=True)
class Lesson:
    """A lesson notebook with exercises: its name, file, nbgrader cell ids and points."""

    name: str
    path: Path
    cell_ids: tuple[str, ...]  # every nbgrader cell, in notebook order
    points: float


def nbgrader_id(cell: nbformat.NotebookNode) -> str | None:
    """The nbgrader ``grade_id`` of a cell, or None for an ordinary cell."""
    marks = cell.get("metadata", {}).get("nbgrader") or {}
    if marks.get("grade") or marks.get("solution") or marks.get("locked") or marks.get("task"):
        return marks.get("grade_id")
    return None


def cell_points(cell: nbformat.NotebookNode) -> float:
    """The points a graded cell is worth (0 for other cells)."""
    marks = cell.get("metadata", {}).get("nbgrader") or {}
    return float(marks.get("points", 0) or 0) if marks.get("grade") else 0.0


def lesson_from(path: Path) -> Lesson | None:
    """Read a lesson notebook; None when it has no graded cells."""
    try:
        notebook = nbformat.read(path, as_version=4)
    except Exception as error:  # noqa: BLE001 - a notebook being edited can be half-written
        raise LessonError(f"Cannot read {path}: {type(error).__name__}: {error}") from error
    ids = tuple(i for i in map(nbgrader_id, notebook.cells) if i)
    points = sum(cell_points(cell) for cell in notebook.cells)
    if points == 0:
        return None
    return Lesson(path.stem, path, ids, points)


def notebook_files(folder: Path = NOTEBOOKS) -> list[Path]:
    """Every notebook in a folder, sorted by name."""
    return sorted(p for p in Path(folder).glob("*.ipynb") if not p.name.startswith("."))


def find_lessons(folder: Path = NOTEBOOKS) -> list[Lesson]:
    """The notebooks in ``folder`` that carry nbgrader exercises, sorted by name."""
    return [lesson for p in notebook_files(folder) if (lesson := lesson_from(p))]
