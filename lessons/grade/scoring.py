"""From a hand-in as it ran, and the checker's verdicts, to points, flags and a feedback page.

Statuses a check can get: ``right``, ``not yet: ...`` (the check's own hint), ``hidden test
failed``, ``timed out``, ``not plain data: ...`` (an answer that is not a builtin value),
``error: ...``, ``not checked (grade again)`` (the checker stopped before this check); a
reflection is ``to grade by hand``, ``not answered`` or ``missing``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from pathlib import Path

import nbformat

from lessons.grade.answers import unsupported_in
from lessons.grade.checking import passed, recorded
from lessons.grade.exercises import Lesson, cell_points, nbgrader_id
from lessons.grade.feedback import leaked, page, unsafe_markup
from lessons.grade.handin import EXPORT
from lessons.grade.reports import ExerciseResult, _number
from lessons.grade.settings import REFLECTION_STUB, TIMEOUT_ERRORS

NOT_YET = "⚠ Not yet: "
WITHHELD = "feedback withheld: it showed "


def _cell_label(cell: nbformat.NotebookNode, index: int) -> str:
    return nbgrader_id(cell) or f"cell {index + 1}"


def inspect_submitted(notebook: nbformat.NotebookNode, lesson: Lesson) -> list[str]:
    """Flags for deleted or moved exercise cells (the grader puts deleted check cells back)."""
    present = [i for i in map(nbgrader_id, notebook.cells) if i]
    flags = []
    deleted = [i for i in lesson.cell_ids if i not in present]
    if deleted:
        flags.append("deleted cells: " + ", ".join(deleted))
    expected_order = [i for i in lesson.cell_ids if i in present]
    if [i for i in dict.fromkeys(present) if i in lesson.cell_ids] != expected_order:
        flags.append("exercise cells moved")
    return flags


def error_of(cell: nbformat.NotebookNode) -> nbformat.NotebookNode | None:
    """The error a cell ended with (a timeout wins over the interrupt that follows it)."""
    errors = [out for out in cell.get("outputs", []) if out.output_type == "error"]
    timeouts = [out for out in errors if out.get("ename") in (*TIMEOUT_ERRORS, "KernelDied")]
    return (timeouts or errors or [None])[0]


def run_flags(notebook: nbformat.NotebookNode, timeout: int) -> list[str]:
    """Timeouts anywhere, and errors outside check cells (a failed check is just 0 points)."""
    flags = []
    number = 0
    for cell in notebook.cells:
        if cell.get("metadata", {}).get(EXPORT):
            error = error_of(cell)
            if error is not None:
                flags.append(f"answers not exported after {cell.metadata[EXPORT]}")
            continue
        error = error_of(cell) if cell.cell_type == "code" else None
        label = _cell_label(cell, number)
        number += 1
        if error is None:
            continue
        if error.ename in TIMEOUT_ERRORS:
            flags.append(f"timed out after {timeout} s in {label}")
        elif error.ename == "KernelDied":
            flags.append(f"the kernel stopped in {label}")
        elif not cell_points(cell):
            flags.append(f"error in {label}: {error.ename}")
    return flags


def check_status(cell: nbformat.NotebookNode | None) -> str:
    """What happened to one check, in a few words."""
    if cell is None:
        return "not run"
    error = error_of(cell)
    if error is not None:
        if error.ename in TIMEOUT_ERRORS:
            return "timed out"
        if error.ename == "NotYet":
            return "not yet: " + error.evalue.removeprefix("Not yet: ")
        if error.ename == "AssertionError":
            return "hidden test failed"
        return f"error: {error.ename}: {error.evalue}"[:160]
    for out in cell.get("outputs", []):
        text = "".join(out.get("text", "")) if out.get("name") == "stderr" else ""
        if text.startswith(NOT_YET):  # the first message (a hidden test may repeat it)
            return ("not yet: " + text.removeprefix(NOT_YET).strip().splitlines()[0])[:300]
    if not recorded(cell):
        return "not checked (grade again)"
    return "right" if passed(cell) else "not right"


def _reflection_answer(cell: nbformat.NotebookNode | None) -> str:
    if cell is None:
        return ""
    text = cell.source.strip()
    return "" if text in ("", REFLECTION_STUB.strip()) else text


def score(
    lesson: Lesson,
    source: nbformat.NotebookNode,
    submitted: nbformat.NotebookNode,
    answers: Mapping[str, Mapping[str, object]],
    verdicts: Mapping[str, nbformat.NotebookNode],
) -> tuple[float, float, list[ExerciseResult], list[tuple[str, float, str]], list[str]]:
    """(points, points to grade by hand, exercises, reflections, flags) of one hand-in."""
    student_cells = {nbgrader_id(c): c for c in submitted.cells if nbgrader_id(c)}
    graded = sorted(
        (c for c in source.cells if c.metadata.get("nbgrader", {}).get("grade")),
        key=nbgrader_id,
    )
    points, by_hand, exercises, reflections, flags = 0.0, 0.0, [], [], []
    for cell in graded:
        grade_id, most = nbgrader_id(cell), cell_points(cell)
        if cell.cell_type == "markdown":
            mine = student_cells.get(grade_id)
            answer = _reflection_answer(mine)
            if mine is None:
                exercises.append(ExerciseResult(grade_id, 0.0, most, "missing"))
                continue
            status = "to grade by hand" if answer else "not answered"
            by_hand += most if answer else 0.0
            exercises.append(ExerciseResult(grade_id, 0.0, most, status))
            reflections.append((grade_id, most, answer))
            continue
        odd = sorted(
            {f"{name} ({kind})" for name, tree in answers.get(grade_id, {}).items()
             if (kind := unsupported_in(tree))}
        )  # fmt: skip
        if odd:
            flags.append(f"not plain data in {grade_id}: " + ", ".join(odd))
            exercises.append(ExerciseResult(grade_id, 0.0, most, "not plain data: " + odd[0]))
            continue
        verdict = verdicts.get(grade_id)
        earned = most if verdict is not None and passed(verdict) else 0.0
        points += earned
        exercises.append(ExerciseResult(grade_id, earned, most, check_status(verdict)))
    return points, by_hand, exercises, reflections, flags


def write_feedback(
    target: Path,
    ran: nbformat.NotebookNode,
    verdicts: Mapping[str, nbformat.NotebookNode],
    title: str,
    exercises: Iterable[ExerciseResult],
    secrets: Iterable[str],
) -> list[str]:
    """Write the feedback page unless it is unsafe or shows secrets; return flags."""
    rows = [
        (e.exercise, f"{_number(e.points)}/{_number(e.max_points)}", e.status) for e in exercises
    ]
    document, outputs = page(ran, verdicts, title, rows)
    found = leaked(re.sub(r"\s+", " ", outputs), [re.sub(r"\s+", " ", s) for s in secrets])
    if found:
        return [WITHHELD + "hidden tests, model answers or another student's work"]
    if unsafe_markup(document):
        return [WITHHELD + "markup that could run in a browser"]
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(document, encoding="utf-8")
    return []
