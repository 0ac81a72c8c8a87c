"""Points are decided outside the students' processes: the checker notebook.

For each lesson the grader builds one notebook from the instructor's version (model answers and
hidden tests) and runs it in its own sandbox, without any student code. At every check cell it
first runs the model's check, then, for each hand-in, puts that student's answers (decoded from
plain JSON) in place of the model's, runs the check cell with its hidden tests, and puts the
model's answers back. A check cell earns its points when it ends with no error and writes nothing
on standard error (nbgrader's rule).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path

import nbformat

from lessons.grade.answers import unsupported_in
from lessons.grade.exercises import HIDDEN_TEST_MARKERS, nbgrader_id
from lessons.grade.settings import _short_error

CHECK = "lessons_check"  # metadata of a student's check cell in the checker notebook
ALL_ANSWERS = "all-answers.json"

PROLOGUE = """\
import json as _lessons_json
from pathlib import Path as _LessonsPath

from lessons.grade.replay import StudentFunctionError, revive as _lessons_decode

_lessons_answers = _lessons_json.loads(_LessonsPath("ANSWERS").read_text(encoding="utf-8"))
_lessons_saved = {}

def _lessons_swap(key, check, names):
    given = _lessons_answers.get(key, {}).get(check, {})
    _lessons_saved.clear()
    for name in names:
        if name in globals():
            _lessons_saved[name] = globals()[name]
            del globals()[name]
        if name in given:
            globals()[name] = _lessons_decode(given[name])

def _lessons_restore(names):
    for name in names:
        globals().pop(name, None)
    globals().update(_lessons_saved)
"""


def checker_notebook(
    source: nbformat.NotebookNode,
    check_names: Mapping[str, tuple[str, ...]],
    answers: Mapping[str, Mapping[str, Mapping[str, object]]],
    folder: str,
) -> nbformat.NotebookNode:
    """The instructor's notebook with every student's check inserted after the model's.

    ``answers`` maps a hand-in key to {check id: {name: JSON tree}}; a hand-in whose answer
    is not plain data is left out of that check (it scores 0). A function answer comes back as
    the results it gave inside the sandbox; the checker puts a stand-in in its place that answers
    each recorded input with the recorded result, so the hidden tests run as written.
    """
    prologue = PROLOGUE.replace("ANSWERS", f"{folder}/{ALL_ANSWERS}")
    cells = [nbformat.v4.new_code_cell(prologue)]
    for cell in source.cells:
        copy = nbformat.from_dict(dict(cell))
        if copy.cell_type == "code":
            copy.outputs, copy.execution_count = [], None
        cells.append(copy)
        check = nbgrader_id(cell)
        if cell.cell_type != "code" or check not in check_names:
            continue
        names = list(check_names[check])
        for key in sorted(answers):
            given = answers[key].get(check, {})
            if any(unsupported_in(given.get(name)) for name in names):
                continue
            cells.append(nbformat.v4.new_code_cell(f"_lessons_swap({key!r}, {check!r}, {names!r})"))
            student = nbformat.v4.new_code_cell(cell.source)
            student.metadata[CHECK] = {"key": key, "check": check}
            cells.append(student)
            cells.append(nbformat.v4.new_code_cell(f"_lessons_restore({names!r})"))
    return nbformat.v4.new_notebook(cells=cells, metadata=source.get("metadata", {}))


def write_answers(folder: Path, answers: Mapping[str, object]) -> None:
    (folder / ALL_ANSWERS).write_text(json.dumps(answers), encoding="utf-8")


def _hidden_lines(source: str) -> set[int]:
    hidden, inside = set(), False
    for number, line in enumerate(source.split("\n"), start=1):
        if HIDDEN_TEST_MARKERS[0] in line:
            inside = True
        if inside:
            hidden.add(number)
        if HIDDEN_TEST_MARKERS[1] in line:
            inside = False
    return hidden


def verdicts(executed: nbformat.NotebookNode) -> dict[tuple[str, str], nbformat.NotebookNode]:
    """(hand-in key, check id) -> the check cell as it ran, errors cut to one safe line."""
    found = {}
    for cell in executed.cells:
        mark = cell.get("metadata", {}).get(CHECK)
        if not mark:
            continue
        hidden = _hidden_lines(cell.source)
        cell.outputs = [
            _short_error(out, hidden) if out.output_type == "error" else out for out in cell.outputs
        ]
        found[(mark["key"], mark["check"])] = cell
    return found


def passed(cell: nbformat.NotebookNode) -> bool:
    """nbgrader's rule: no error and nothing on standard error."""
    return not any(
        out.output_type == "error" or (out.output_type == "stream" and out.get("name") == "stderr")
        for out in cell.get("outputs", [])
    )
