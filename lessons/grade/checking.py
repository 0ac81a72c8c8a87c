"""Points are decided outside the students' processes: the checker notebook.

For each lesson the grader builds one notebook from the instructor's version (model answers and
hidden tests) and runs it in its own sandbox, without any student code. At every check cell it
first runs the model's check, then, for each hand-in, puts that student's answers (decoded from
plain JSON) in place of the model's, runs the check cell with its hidden tests, and puts the
model's answers back. A check cell earns its points when it ends with no error and writes nothing
on standard error (nbgrader's rule). The checker's kernel itself records that verdict, as the
check runs, and writes all verdicts to a file as its last step; the grader never reads a pass
from an output that is missing. A check the kernel did not record (it was stopped, skipped or
lost) earns nothing and is flagged, so a slow machine can cost a regrade, never a wrong grade.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path

import nbformat

from lessons.grade.answers import unsupported_in
from lessons.grade.exercises import HIDDEN_TEST_MARKERS, nbgrader_id
from lessons.grade.settings import _short_error

CHECK = "lessons_check"  # metadata of a student's check cell in the checker notebook
PASSED = "lessons_passed"  # metadata the grader adds: the checker kernel's verdict
ALL_ANSWERS = "all-answers.json"
VERDICTS = "verdicts.json"
MOST_VERDICT_BYTES = 20 * 1024**2
CHECKER_CELL_SECONDS = 300  # at least this per cell of the checker: the kit's and the model's code

PROLOGUE = """\
import json as _lessons_json
from pathlib import Path as _LessonsPath

from lessons.grade.replay import StudentFunctionError, revive as _lessons_decode

import sys as _lessons_sys

_lessons_answers = _lessons_json.loads(_LessonsPath("ANSWERS").read_text(encoding="utf-8"))
_lessons_saved = {}
_lessons_verdicts = {}  # {hand-in key: {check id: passed}}, written out by the last cell
_lessons_now = None  # (key, check, standard error watcher) while a student's check runs
_lessons_reached = False  # did the student's check cell run to its last line?

class _LessonsStderr:  # standard error while a student's check runs: passed on, noted when used
    def __init__(self, stream):
        self.stream, self.written = stream, False

    def write(self, text):
        self.written = self.written or bool(text)
        return self.stream.write(text)

    def __getattr__(self, name):
        return getattr(self.stream, name)

def _lessons_swap(key, check, names):
    global _lessons_now, _lessons_reached
    _lessons_now, _lessons_reached = None, False
    given = _lessons_answers.get(key, {}).get(check, {})
    _lessons_saved.clear()
    for name in names:
        if name in globals():
            _lessons_saved[name] = globals()[name]
            del globals()[name]
        if name in given:
            globals()[name] = _lessons_decode(given[name])
    watcher = _LessonsStderr(_lessons_sys.stderr)
    _lessons_sys.stderr = watcher
    _lessons_now = (key, check, watcher)

def _lessons_end():
    global _lessons_reached
    _lessons_reached = _lessons_now is not None

def _lessons_restore(names):
    global _lessons_now
    if _lessons_now is not None:
        key, check, watcher = _lessons_now
        _lessons_sys.stderr = watcher.stream
        passed = _lessons_reached and not watcher.written
        _lessons_verdicts.setdefault(key, {})[check] = passed
    _lessons_now = None
    for name in names:
        globals().pop(name, None)
    globals().update(_lessons_saved)
"""
EPILOGUE = """\
_LessonsPath("VERDICTS").write_text(_lessons_json.dumps(_lessons_verdicts), encoding="utf-8")
"""


def gradable(given: Mapping[str, object], names: Sequence[str]) -> bool:
    """Does the checker run this check on these answers? Not when one is not plain data."""
    return not any(unsupported_in(given.get(name)) for name in names)


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
    epilogue = EPILOGUE.replace("VERDICTS", f"{folder}/{VERDICTS}")
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
            if not gradable(answers[key].get(check, {}), names):
                continue
            cells.append(nbformat.v4.new_code_cell(f"_lessons_swap({key!r}, {check!r}, {names!r})"))
            student = nbformat.v4.new_code_cell(cell.source.rstrip() + "\n_lessons_end()")
            student.metadata[CHECK] = {"key": key, "check": check}
            cells.append(student)
            cells.append(nbformat.v4.new_code_cell(f"_lessons_restore({names!r})"))
    cells.append(nbformat.v4.new_code_cell(epilogue))
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


def read_verdicts(folder: Path) -> dict[str, dict[str, bool]] | None:
    """The verdicts the checker's kernel wrote, read as data; None when it never wrote them."""
    path = folder / VERDICTS
    if path.is_symlink() or not path.is_file() or path.stat().st_size > MOST_VERDICT_BYTES:
        return None
    try:
        found = json.loads(path.read_text(encoding="utf-8"))
    except ValueError:
        return None
    if type(found) is not dict:
        return None
    return {
        key: {check: passed is True for check, passed in checks.items()}
        for key, checks in found.items()
        if type(checks) is dict
    }


def verdicts(
    executed: nbformat.NotebookNode, kernel: Mapping[str, Mapping[str, bool]]
) -> dict[tuple[str, str], nbformat.NotebookNode]:
    """(hand-in key, check id) -> the check cell as it ran, errors cut to one safe line.

    ``kernel`` holds the verdicts the checker's kernel recorded; each cell carries its own in
    its metadata (``PASSED``), and a cell with none is a check that did not run to its end.
    """
    found = {}
    for cell in executed.cells:
        mark = cell.get("metadata", {}).get(CHECK)
        if not mark:
            continue
        hidden = _hidden_lines(cell.source)
        cell.outputs = [
            _short_error(out, hidden) if out.output_type == "error" else out for out in cell.outputs
        ]
        verdict = kernel.get(mark["key"], {}).get(mark["check"])
        if verdict is not None:
            cell.metadata[PASSED] = verdict
        found[(mark["key"], mark["check"])] = cell
    return found


def recorded(cell: nbformat.NotebookNode) -> bool:
    """Did the checker's kernel record a verdict for this check?"""
    return PASSED in cell.get("metadata", {})


def passed(cell: nbformat.NotebookNode) -> bool:
    """nbgrader's rule, no error and nothing on standard error, as the checker's kernel saw it
    (and as its outputs show: both must agree)."""
    return cell.get("metadata", {}).get(PASSED) is True and not any(
        out.output_type == "error" or (out.output_type == "stream" and out.get("name") == "stderr")
        for out in cell.get("outputs", [])
    )
