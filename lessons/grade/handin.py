"""A hand-in, made ready for the sandbox: read safely, check cells restored, exports added.

The file is read once, as bytes, refusing links and anything that is not a regular file. The
notebook the sandbox runs is the student's, with every locked check cell put back as released
(a deleted one is re-inserted after its answer), the hidden tests nowhere, and after each check
an export cell that writes the answer names as plain data (:mod:`lessons.grade.answers`).
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from lessons.grade.answers import assigned_names, export_source, loaded_names, rewiring
from lessons.grade.calls import function_calls
from lessons.grade.exercises import nbgrader_id

MOST_NOTEBOOK_BYTES = 20 * 1024**2
EXPORT = "lessons_export"  # metadata key of the export cells the grader adds


def read_hand_in(path: Path) -> tuple[bytes | None, str]:
    """(the file's bytes, "") or (None, why it is refused): links and special files are."""
    try:
        info = os.lstat(path)
    except OSError as error:
        return None, f"cannot read the file ({type(error).__name__})"
    if stat.S_ISLNK(info.st_mode):
        return None, "refused: a symbolic link (hand in the notebook file itself)"
    if not stat.S_ISREG(info.st_mode):
        return None, "refused: not a regular file"
    if info.st_size > MOST_NOTEBOOK_BYTES:
        return None, f"refused: larger than {MOST_NOTEBOOK_BYTES // 1024**2} MB"
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError as error:
        return None, f"cannot read the file ({type(error).__name__})"
    with os.fdopen(descriptor, "rb") as stream:
        return stream.read(MOST_NOTEBOOK_BYTES + 1), ""


@dataclass(frozen=True)
class LessonParts:
    """What the grader knows about a lesson: its released cells and which names each check reads."""

    released: nbformat.NotebookNode
    source: nbformat.NotebookNode
    check_names: dict[str, tuple[str, ...]]  # check id -> the answer names it reads
    answer_of: dict[str, tuple[str, ...]]  # check id -> the answer cell ids before it
    lesson_names: frozenset[str]  # names the lesson's own cells define (article, quotes)
    released_sources: frozenset[str]
    calls: dict[str, dict[str, list[list[object]]]] = field(default_factory=dict)  # see calls


def _solution_region(source: str) -> str:
    lines, inside, found = [], False, False
    for line in source.splitlines():
        if "BEGIN SOLUTION" in line:
            inside = found = True
        elif "END SOLUTION" in line:
            inside = False
        elif inside:
            lines.append(line)
    return "\n".join(lines) if found else source


def lesson_parts(source: nbformat.NotebookNode, released: nbformat.NotebookNode) -> LessonParts:
    """Read the instructor's version and the released one of a lesson."""
    answer_names: set[str] = set()
    check_names, answer_of, pending = {}, {}, []
    for cell in source.cells:
        marks = cell.metadata.get("nbgrader", {})
        if cell.cell_type != "code":
            continue
        if marks.get("solution"):
            answer_names |= assigned_names(_solution_region(cell.source))
            # a blank inside a function (fill in the blank): the function is the answer
            answer_names |= {
                name for name in assigned_names(cell.source) if f"def {name}(" in cell.source
            }
            pending.append(nbgrader_id(cell))
        elif marks.get("grade"):
            check_names[nbgrader_id(cell)] = tuple(sorted(loaded_names(cell.source) & answer_names))
            answer_of[nbgrader_id(cell)] = tuple(pending)
            pending = []
    lesson_names: set[str] = set()
    for cell in released.cells:
        if cell.cell_type == "code" and not cell.metadata.get("nbgrader", {}).get("solution"):
            lesson_names |= assigned_names(cell.source)
    return LessonParts(
        released,
        source,
        check_names,
        answer_of,
        frozenset(lesson_names - answer_names),
        frozenset(c.source.strip() for c in released.cells if c.cell_type == "code"),
        function_calls(check_names),
    )


def _export_cell(
    check: str, names: tuple[str, ...], folder: str, calls: dict | None = None
) -> nbformat.NotebookNode:
    cell = nbformat.v4.new_code_cell(export_source(check, names, folder, calls))
    cell.metadata[EXPORT] = check
    return cell


def run_notebook_of(
    notebook: nbformat.NotebookNode, parts: LessonParts, folder: str
) -> tuple[nbformat.NotebookNode, list[str]]:
    """The notebook the sandbox runs, and the rewiring flags of the student's own code."""
    locked = {
        nbgrader_id(c): c
        for c in parts.released.cells
        if nbgrader_id(c) and c.metadata.get("nbgrader", {}).get("locked")
    }
    present = {nbgrader_id(c) for c in notebook.cells}
    cells, flags, exported = [], [], set()
    after_answer = {a: check for check, answers in parts.answer_of.items() for a in answers}
    for cell in notebook.cells:
        grade_id = nbgrader_id(cell)
        if grade_id in locked:
            cell = nbformat.from_dict(dict(locked[grade_id]))
        elif cell.cell_type == "code" and cell.source.strip() not in parts.released_sources:
            flags += rewiring(cell.source, set(parts.lesson_names))
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None
        cells.append(cell)
        if grade_id in parts.check_names and grade_id not in exported:
            names = parts.check_names[grade_id]
            cells.append(_export_cell(grade_id, names, folder, parts.calls.get(grade_id)))
            exported.add(grade_id)
        check = after_answer.get(grade_id)
        last_answer = check and grade_id == parts.answer_of[check][-1]
        if last_answer and check not in present and check not in exported:
            cells.append(nbformat.from_dict(dict(locked[check])))  # put a deleted check back
            names = parts.check_names[check]
            cells.append(_export_cell(check, names, folder, parts.calls.get(check)))
            exported.add(check)
    for check, names in parts.check_names.items():
        if check not in exported:  # neither the check nor its answer cell is left
            cells.append(nbformat.from_dict(dict(locked[check])))
            cells.append(_export_cell(check, names, folder, parts.calls.get(check)))
    run = nbformat.v4.new_notebook(cells=cells, metadata=notebook.get("metadata", {}))
    run.metadata.pop("widgets", None)
    return run, list(dict.fromkeys(flags))
