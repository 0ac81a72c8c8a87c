"""Autograding: every submission run by nbgrader in a scratch course, several at once.

:func:`grade` copies the submissions (the originals are never modified) into a scratch course,
deals them out to worker processes (``python -m lessons.grade _worker``), each with its own copy
of the course, and flags what an instructor should look at: timeouts, errors outside check
cells, deleted or moved exercise cells. It writes feedback pages without hidden tests, logs, and
the CSV files of :mod:`lessons.grade.reports`.
"""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import nbformat

from lessons.errors import LessonError
from lessons.grade.course import _api, _fill_source, _first_error, _generate, _nbgrader_env
from lessons.grade.exercises import NOTEBOOKS, Lesson, cell_points, find_lessons, nbgrader_id
from lessons.grade.reports import (
    REFLECTIONS,
    ExerciseResult,
    NotebookResult,
    typed_points,
    write_final_grades,
    write_results,
)
from lessons.grade.settings import CELL_TIMEOUT, COURSE_ID, TIMEOUT_ERRORS, _require_nbgrader
from lessons.grade.submissions import Submission, find_submissions


def _ungraded(submission: Submission, lesson: Lesson) -> NotebookResult:
    return NotebookResult(
        submission.student, lesson.name, 0.0, lesson.points, 0.0, submission.flags
    )


def _cell_label(cell: nbformat.NotebookNode, index: int) -> str:
    return nbgrader_id(cell) or f"cell {index + 1}"


def _inspect_submitted(notebook: nbformat.NotebookNode, lesson: Lesson) -> list[str]:
    """Flags for deleted or moved exercise cells (nbgrader puts deleted check cells back)."""
    present = [i for i in map(nbgrader_id, notebook.cells) if i]
    flags = []
    deleted = [i for i in lesson.cell_ids if i not in present]
    if deleted:
        flags.append("deleted cells: " + ", ".join(deleted))
    expected_order = [i for i in lesson.cell_ids if i in present]
    if [i for i in dict.fromkeys(present) if i in lesson.cell_ids] != expected_order:
        flags.append("exercise cells moved")
    return flags


def _error_of(cell: nbformat.NotebookNode) -> nbformat.NotebookNode | None:
    """The error a cell ended with (a timeout wins over the interrupt that follows it)."""
    errors = [out for out in cell.get("outputs", []) if out.output_type == "error"]
    timeouts = [out for out in errors if out.get("ename") in TIMEOUT_ERRORS]
    return (timeouts or errors or [None])[0]


def _status(cell: nbformat.NotebookNode | None, points: float, max_points: float) -> str:
    if cell is None:
        return "missing"
    if cell.cell_type == "markdown":
        return "to grade by hand"
    error = _error_of(cell)
    if error is None:
        return "right" if points >= max_points else "not right"
    if error.ename in TIMEOUT_ERRORS:
        return "timed out"
    if error.ename == "NotYet":
        return "not yet: " + error.evalue.removeprefix("Not yet: ")
    if error.ename == "AssertionError":
        return "hidden test failed"
    return f"error: {error.ename}: {error.evalue}"[:160]


def _run_flags(notebook: nbformat.NotebookNode, timeout: int) -> list[str]:
    """Timeouts anywhere, and errors outside check cells (a failed check is just 0 points)."""
    flags = []
    for index, cell in enumerate(notebook.cells):
        error = _error_of(cell) if cell.cell_type == "code" else None
        if error is None:
            continue
        label = _cell_label(cell, index)
        if error.ename in TIMEOUT_ERRORS:
            flags.append(f"timed out after {timeout} s in {label}")
        elif not cell_points(cell):
            flags.append(f"error in {label}: {error.ename}")
    return flags


def _grade_one(api, root: Path, job: dict, out: Path, timeout: int) -> dict:  # noqa: ANN001
    """Autograde one submission in the scratch course at ``root`` and write its feedback."""
    from nbgrader.api import Gradebook

    started = time.monotonic()
    student, lesson = job["student"], job["lesson"]
    submitted = root / "submitted" / student / lesson / f"{lesson}.ipynb"
    submitted.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(job["path"], submitted)
    flags = list(job["flags"]) + _inspect_submitted(nbformat.read(submitted, 4), _lesson(job))
    logs = []
    result = api.autograde(lesson, student, force=True, create=True)
    logs.append(result.get("log") or "")
    if not result["success"]:
        logs.append(result.get("error") or "")
        _write_log(out, student, lesson, logs)
        flags.append(f"autograde failed: {_first_error(result)}"[:200])
        return {"flags": flags, "points": 0.0, "seconds": time.monotonic() - started}
    graded = nbformat.read(root / "autograded" / student / lesson / f"{lesson}.ipynb", 4)
    flags += _run_flags(graded, timeout)
    cells = {nbgrader_id(cell): cell for cell in graded.cells if nbgrader_id(cell)}
    exercises, reflections = [], []
    with Gradebook(f"sqlite:///{root / 'gradebook.db'}", COURSE_ID) as gradebook:
        submission = gradebook.find_submission_notebook(lesson, lesson, student)
        points, by_hand = 0.0, 0.0
        for mark in sorted(submission.grades, key=lambda g: g.name):
            cell = cells.get(mark.name)
            if mark.needs_manual_grade:
                by_hand += mark.max_score
                status = "to grade by hand"
            else:
                points += mark.score
                status = _status(cell, mark.score, mark.max_score)
                if cell is not None and cell.cell_type == "markdown":
                    status = "not answered"
            exercises.append([mark.name, mark.score, mark.max_score, status])
            if cell is not None and cell.cell_type == "markdown":
                answer = "" if status == "not answered" else cell.source.strip()
                reflections.append([mark.name, mark.max_score, answer])
    feedback = api.generate_feedback(lesson, student, force=True)
    logs.append(feedback.get("log") or "")
    html = root / "feedback" / student / lesson / f"{lesson}.html"
    if feedback["success"] and html.exists():
        target = out / "feedback" / student / f"{lesson}.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(html, target)
    else:
        flags.append(f"no feedback: {_first_error(feedback)}"[:200])
    _write_log(out, student, lesson, logs)
    return {
        "flags": flags,
        "points": points,
        "by_hand": by_hand,
        "exercises": exercises,
        "reflections": reflections,
        "seconds": time.monotonic() - started,
    }


def _lesson(job: dict) -> Lesson:
    return Lesson(job["lesson"], Path(job["source"]), tuple(job["cell_ids"]), job["max_points"])


def _write_log(out: Path, student: str, lesson: str, logs: list[str]) -> None:
    target = out / "logs" / student / f"{lesson}.log"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text("\n".join(part for part in logs if part), encoding="utf-8")


def _worker(job_file: Path) -> int:
    """Grade a batch of submissions in a private copy of the scratch course (one process)."""
    batch = json.loads(Path(job_file).read_text(encoding="utf-8"))
    root, out, timeout = Path(batch["course"]), Path(batch["out"]), batch["timeout"]
    shutil.copytree(batch["template"], root)
    results = Path(batch["results"])
    with _nbgrader_env():
        api = _api(root, timeout)
        for job in batch["jobs"]:
            try:
                graded = _grade_one(api, root, job, out, timeout)
            except Exception as error:  # noqa: BLE001 - one odd notebook must not stop the class
                graded = {
                    "flags": [*job["flags"], f"grader error: {type(error).__name__}: {error}"]
                }
            line = json.dumps({"student": job["student"], "lesson": job["lesson"], **graded})
            with results.open("a", encoding="utf-8") as stream:
                stream.write(line + "\n")
    return 0


@dataclass(frozen=True)
class GradingReport:
    """Everything a grading run produced."""

    results: tuple[NotebookResult, ...]
    left_aside: tuple[str, ...]
    out: Path
    seconds: float
    workers: int
    files: tuple[Path, ...] = ()
    kept: int = 0  # hand points already typed in reflections.csv, kept by this run


def _check_folders(submissions: Path, out: Path) -> None:
    if not submissions.is_dir():
        raise LessonError(f"{submissions} is not a folder of student submissions.")
    if out == submissions or submissions in out.parents or out in submissions.parents:
        raise LessonError(
            f"--out {out} must be outside the submissions folder {submissions} "
            "(the originals are never modified)."
        )
    if out.exists() and any(out.iterdir()) and not (out / "grades.csv").exists():
        raise LessonError(f"{out} already holds other files: choose an empty or new --out folder.")


def grade(
    submissions: Path,
    out: Path,
    *,
    timeout: int = CELL_TIMEOUT,
    workers: int | None = None,
    notebooks: Path = NOTEBOOKS,
) -> GradingReport:
    """Autograde a folder of submissions; write grades and feedback into ``out``.

    The submissions are copied into a scratch nbgrader course and never modified. Each worker
    process grades its share of the notebooks in its own copy of the course.
    """
    _require_nbgrader()
    started = time.monotonic()
    submissions, out = Path(submissions).resolve(), Path(out).resolve()
    _check_folders(submissions, out)
    lessons = {lesson.name: lesson for lesson in find_lessons(notebooks)}
    if not lessons:
        raise LessonError(f"No notebook in {notebooks} has nbgrader exercises.")
    rows, left_aside = find_submissions(submissions, list(lessons.values()))
    typed = typed_points(out / REFLECTIONS)  # checked before anything in ``out`` changes
    out.mkdir(parents=True, exist_ok=True)
    for folder in ("feedback", "logs"):
        shutil.rmtree(out / folder, ignore_errors=True)
    gradable = [s for s in rows if s.path is not None and not _is_unreadable(s)]
    count = max(1, min(workers or os.cpu_count() or 1, len(gradable) or 1))
    graded: dict[tuple[str, str], dict] = {}
    with tempfile.TemporaryDirectory(prefix="lessons-grade-") as scratch:
        scratch_dir = Path(scratch)
        if gradable:
            template = scratch_dir / "template"
            names = sorted({s.lesson for s in gradable})
            with _nbgrader_env():
                _generate(template, _fill_source(template, [lessons[n].path for n in names]))
            graded = _run_workers(scratch_dir, template, gradable, lessons, out, timeout, count)
    results = []
    for submission in rows:
        lesson = lessons[submission.lesson]
        found = graded.get((submission.student, submission.lesson))
        if submission.path is None or _is_unreadable(submission):
            results.append(_ungraded(submission, lesson))
        elif found is None:
            flags = (*submission.flags, "not graded: the grading process stopped (see logs/)")
            results.append(dataclasses.replace(_ungraded(submission, lesson), flags=flags))
        else:
            results.append(_result(submission, lesson, found))
    results.sort(key=lambda r: (r.student, r.notebook))
    files = write_results(out, results, typed)
    files.append(write_final_grades(out))
    return GradingReport(
        tuple(results),
        tuple(left_aside),
        out,
        time.monotonic() - started,
        count,
        tuple(files),
        kept=len(typed),
    )


def _is_unreadable(submission: Submission) -> bool:
    return any(flag.startswith("unreadable:") for flag in submission.flags)


def _result(submission: Submission, lesson: Lesson, found: dict) -> NotebookResult:
    return NotebookResult(
        student=submission.student,
        notebook=lesson.name,
        points=float(found.get("points", 0.0)),
        max_points=lesson.points,
        by_hand=float(found.get("by_hand", 0.0)),
        flags=tuple(found.get("flags", submission.flags)),
        exercises=tuple(ExerciseResult(*row) for row in found.get("exercises", [])),
        reflections=tuple(tuple(row) for row in found.get("reflections", [])),
        seconds=float(found.get("seconds", 0.0)),
    )


def _run_workers(
    scratch: Path,
    template: Path,
    gradable: Sequence[Submission],
    lessons: dict[str, Lesson],
    out: Path,
    timeout: int,
    count: int,
) -> dict[tuple[str, str], dict]:
    """Deal the notebooks out to ``count`` worker processes; collect what they graded."""
    share = {(s.student, s.lesson): index % count for index, s in enumerate(gradable)}
    processes = []
    for number in range(count):
        jobs = [
            {
                "student": s.student,
                "lesson": s.lesson,
                "path": str(s.path),
                "flags": list(s.flags),
                "source": str(lessons[s.lesson].path),
                "cell_ids": list(lessons[s.lesson].cell_ids),
                "max_points": lessons[s.lesson].points,
            }
            for s in gradable
            if share[(s.student, s.lesson)] == number
        ]
        batch = {
            "template": str(template),
            "course": str(scratch / f"worker-{number}"),
            "out": str(out),
            "timeout": timeout,
            "results": str(scratch / f"results-{number}.jsonl"),
            "jobs": jobs,
        }
        job_file = scratch / f"jobs-{number}.json"
        job_file.write_text(json.dumps(batch), encoding="utf-8")
        log = (scratch / f"worker-{number}.log").open("wb")
        command = [sys.executable, "-m", "lessons.grade", "_worker", str(job_file)]
        processes.append((subprocess.Popen(command, stdout=log, stderr=log), log, number))
    graded: dict[tuple[str, str], dict] = {}
    for process, log, number in processes:
        process.wait()
        log.close()
        if process.returncode != 0:
            (out / "logs").mkdir(parents=True, exist_ok=True)
            shutil.copyfile(scratch / f"worker-{number}.log", out / "logs" / f"worker-{number}.log")
        results = scratch / f"results-{number}.jsonl"
        lines = results.read_text(encoding="utf-8").splitlines() if results.exists() else []
        for line in lines:
            row = json.loads(line)
            graded[(row["student"], row["lesson"])] = row
    return graded
