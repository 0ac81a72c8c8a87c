"""Autograding: every hand-in run walled off, points decided by the grader.

:func:`grade` reads each hand-in once (links and special files refused), builds the notebook the
sandbox runs (:mod:`lessons.grade.handin`), runs each in its own throwaway folder with
:mod:`lessons.grade.sandbox`, several at once, and reads back only data: the notebook as it ran
and the answers as plain JSON. One checker notebook per lesson, with the hidden tests but no
student code, then decides the points (:mod:`lessons.grade.checking`). The originals, the kit and
the instructor's notebooks are never written to. It writes feedback pages without hidden tests,
logs, and the CSV files of :mod:`lessons.grade.reports`.
"""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import nbformat

from lessons.errors import LessonError
from lessons.grade.answers import ANSWERS_FILE, read_answers
from lessons.grade.checking import (
    CHECK,
    CHECKER_CELL_SECONDS,
    checker_notebook,
    gradable,
    read_verdicts,
    recorded,
    verdicts,
    write_answers,
)
from lessons.grade.course import _fill_source, _generate, _nbgrader_env
from lessons.grade.exercises import NOTEBOOKS, Lesson, find_lessons
from lessons.grade.feedback import secret_lines
from lessons.grade.handin import LessonParts, lesson_parts, read_hand_in, run_notebook_of
from lessons.grade.reports import (
    REFLECTIONS,
    ExerciseResult,
    NotebookResult,
    typed_points,
    write_final_grades,
    write_results,
)
from lessons.grade.sandbox import (
    IMAGE,
    INSIDE,
    OUTPUT_LIMIT,
    UNSAFE_WARNING,
    Sandbox,
    choose_sandbox,
    run_notebook,
)
from lessons.grade.scoring import error_of, inspect_submitted, run_flags, score, write_feedback
from lessons.grade.settings import CELL_TIMEOUT, _require_nbgrader
from lessons.grade.submissions import Submission, find_submissions

MOST_RAN_BYTES = 60 * 1024**2  # bytes of executed notebook the grader reads back
OTHERS_MIN = 40  # characters of another student's reflection that count as their work


def _ungraded(submission: Submission, lesson: Lesson) -> NotebookResult:
    return NotebookResult(
        submission.student, lesson.name, 0.0, lesson.points, 0.0, submission.flags
    )


@dataclass(frozen=True)
class _Job:
    """One hand-in on its way through the sandbox."""

    submission: Submission
    key: str  # the name of its throwaway folder: h0001 ...
    folder: Path
    notebook: nbformat.NotebookNode  # as handed in
    flags: tuple[str, ...]


def _wall_seconds(timeout: int) -> int:
    """How long one notebook may run in all (each cell has ``timeout``)."""
    return timeout * 10 + 120


def _write_job(folder: Path, inside: str, notebook: nbformat.NotebookNode, timeout: int) -> None:
    folder.mkdir(parents=True)
    nbformat.write(notebook, folder / "run.ipynb")
    job = {
        "notebook": f"{inside}/run.ipynb",
        "executed": f"{inside}/ran.ipynb",
        "folder": inside,
        "timeout": timeout,
        "output_limit": OUTPUT_LIMIT,
    }
    (folder / "job.json").write_text(json.dumps(job), encoding="utf-8")


def _read_ran(folder: Path) -> nbformat.NotebookNode | None:
    """The notebook as it ran, read as data (None when missing, too big or not a notebook)."""
    path = folder / "ran.ipynb"
    if path.is_symlink() or not path.is_file() or path.stat().st_size > MOST_RAN_BYTES:
        return None
    try:
        return nbformat.reads(path.read_text(encoding="utf-8"), 4)
    except Exception:  # noqa: BLE001 - anything odd the hand-in left there
        return None


def _prepare(
    index: int,
    submission: Submission,
    parts: LessonParts,
    scratch: Path,
    sandbox: Sandbox,
    timeout: int,
) -> _Job:
    key = f"h{index:04d}"
    folder = scratch / key
    data, why = read_hand_in(submission.path)
    flags = list(submission.flags)
    notebook = nbformat.v4.new_notebook()
    try:
        notebook = nbformat.reads(data.decode("utf-8"), 4) if data is not None else notebook
    except Exception as error:  # noqa: BLE001 - the file changed since it was first read
        why = f"not a valid notebook ({type(error).__name__})"
    if why:
        flags.append(f"unreadable: {why}")
    inside = INSIDE if sandbox.mechanism != "none" else str(folder)
    run, rewired = run_notebook_of(notebook, parts, inside)
    if rewired:
        flags.append("rewires the notebook (read by hand): " + "; ".join(rewired))
    _write_job(folder, inside, run, timeout)
    return _Job(submission, key, folder, notebook, tuple(flags))


def _run_checker(
    name: str, parts: LessonParts, answers: dict, scratch: Path, sandbox: Sandbox, timeout: int
) -> tuple[dict[str, dict[str, nbformat.NotebookNode]], str]:
    """Run the lesson's checker notebook; {hand-in key: {check id: verdict cell}}, its log."""
    folder = scratch / f"check-{name}"
    inside = INSIDE if sandbox.mechanism != "none" else str(folder)
    notebook = checker_notebook(parts.source, parts.check_names, answers, inside)
    cell_seconds = max(timeout, CHECKER_CELL_SECONDS)  # no student code runs here
    _write_job(folder, inside, notebook, cell_seconds)
    write_answers(folder, answers)
    checks = len(parts.check_names)
    wall = 300 + cell_seconds * 4 + timeout * 4 * checks + 2 * checks * len(answers)
    ran = run_notebook(sandbox, folder, wall)
    executed, kernel = _read_ran(folder), read_verdicts(folder)
    found: dict[str, dict[str, nbformat.NotebookNode]] = {}
    for (key, check), cell in (verdicts(executed, kernel or {}) if executed else {}).items():
        found.setdefault(key, {})[check] = cell
    log = ran.log
    if kernel is None:
        stopped = "ran out of time" if ran.out_of_time else "stopped"
        where = [
            f"checker cell {number}: {error.ename}"
            for number, cell in enumerate(executed.cells if executed else [], start=1)
            if (error := error_of(cell)) is not None and not cell.metadata.get(CHECK)
        ]
        log = "\n".join(
            [f"the checker notebook {stopped} before its verdicts were written", *where, log]
        )
    return found, log


def _others_work(reflections: dict[str, list[str]], key: str) -> set[str]:
    """Lines of other students' reflections (long enough to be their own work)."""
    own = "\n".join(reflections.get(key, []))
    lines = set()
    for other, texts in reflections.items():
        if other != key:
            lines |= {
                line.strip()
                for text in texts
                for line in text.splitlines()
                if len(line.strip()) >= OTHERS_MIN and line.strip() not in own
            }
    return lines


def _write_log(out: Path, student: str, lesson: str, lines: Sequence[str]) -> None:
    target = out / "logs" / student / f"{lesson}.log"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text("\n".join(line for line in lines if line) + "\n", encoding="utf-8")


def _grade_all(
    gradable: Sequence[Submission],
    lessons: dict[str, Lesson],
    notebooks: Path,
    scratch: Path,
    out: Path,
    sandbox: Sandbox,
    timeout: int,
    count: int,
) -> dict[tuple[str, str], dict]:
    """Run every hand-in in the sandbox, then each lesson's checker; score; write feedback."""
    template = scratch / "template"
    names = sorted({s.lesson for s in gradable})
    with _nbgrader_env():
        _generate(template, _fill_source(template, [lessons[n].path for n in names]))
    parts = {
        n: lesson_parts(
            nbformat.read(template / "source" / n / f"{n}.ipynb", 4),
            nbformat.read(template / "release" / n / f"{n}.ipynb", 4),
        )
        for n in names
    }
    jobs = [
        _prepare(i, s, parts[s.lesson], scratch, sandbox, timeout)
        for i, s in enumerate(gradable, start=1)
    ]
    wall = _wall_seconds(timeout)
    with ThreadPoolExecutor(count) as pool:
        runs = dict(
            zip(
                [j.key for j in jobs],
                pool.map(lambda job: run_notebook(sandbox, job.folder, wall), jobs),
                strict=True,
            )
        )
        answers = {j.key: read_answers(j.folder / ANSWERS_FILE) for j in jobs}
        checked = {
            n: pool.submit(
                _run_checker,
                n,
                parts[n],
                {j.key: answers[j.key][0] for j in jobs if j.submission.lesson == n},
                scratch,
                sandbox,
                timeout,
            )
            for n in names
        }
        checked = {n: future.result() for n, future in checked.items()}
    secrets = secret_lines(nbformat.read(lesson.path, 4) for lesson in lessons.values())
    reflections: dict[str, list[str]] = {}
    for job in jobs:
        reflections[job.key] = [c.source for c in job.notebook.cells if c.cell_type == "markdown"]
    graded = {}
    for job in jobs:
        graded[(job.submission.student, job.submission.lesson)] = _finish(
            job,
            lessons[job.submission.lesson],
            parts[job.submission.lesson],
            runs[job.key],
            answers[job.key],
            checked[job.submission.lesson],
            secrets | _others_work(reflections, job.key),
            out,
            sandbox,
            timeout,
        )
    return graded


def _finish(
    job: _Job,
    lesson: Lesson,
    parts: LessonParts,
    ran,
    answers,
    checked,
    secrets,
    out: Path,
    sandbox: Sandbox,
    timeout: int,
) -> dict:  # noqa: ANN001 - internal plumbing, typed by the caller
    """Score one hand-in from its run and the checker's verdicts; write its feedback and log."""
    student, name = job.submission.student, lesson.name
    flags = list(job.flags) + inspect_submitted(job.notebook, lesson)
    executed = _read_ran(job.folder)
    if ran.out_of_time:
        flags.append(f"stopped: the notebook ran longer than {_wall_seconds(timeout)} s")
    if executed is None:
        flags.append("the notebook did not finish: graded from the answers saved before")
        executed = nbformat.read(job.folder / "run.ipynb", 4)
    else:
        flags += run_flags(executed, timeout)
    given, answer_flags = answers
    flags += answer_flags
    verdicts_of, checker_log = checked
    mine = verdicts_of.get(job.key, {})
    points, by_hand, exercises, reflections, more = score(
        lesson, parts.source, job.notebook, given, mine
    )
    flags += more
    unchecked = [
        check
        for check, names in sorted(parts.check_names.items())
        if check in given
        and gradable(given[check], names)
        and not (check in mine and recorded(mine[check]))
    ]
    if unchecked:
        flags.append(
            "not checked, graded 0 (the checker did not finish; grade again): "
            + ", ".join(unchecked)
        )
    target = out / "feedback" / student / f"{name}.html"
    title = f"{name}: feedback for {student}"
    flags += write_feedback(target, executed, mine, title, exercises, secrets)
    _write_log(
        out,
        student,
        name,
        [
            f"sandbox: {sandbox.description}",
            f"ran in {ran.seconds:.1f} s (exit code {ran.returncode})",
            *(f"flag: {flag}" for flag in flags),
            "--- notebook log (end) ---",
            ran.log,
            *(["--- checker log (end) ---", checker_log] if unchecked else []),
        ],
    )
    return {
        "flags": list(dict.fromkeys(flags)),
        "points": points,
        "by_hand": by_hand,
        "exercises": [dataclasses.astuple(e) for e in exercises],
        "reflections": reflections,
        "seconds": ran.seconds,
    }


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
    sandbox: str = ""  # how students' code was walled off


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
    unsafe: bool = False,
    sandbox: str = "auto",
    image: str = IMAGE,
) -> GradingReport:
    """Autograde a folder of submissions; write grades and feedback into ``out``.

    Each hand-in runs in its own sandbox, ``sandbox`` (``auto``, ``bwrap``, ``docker``, ``podman``,
    the container made from ``image``); ``unsafe`` runs it without one, after a warning;
    ``workers`` hand-ins run at once. The submissions are never modified.
    """
    _require_nbgrader()
    walls = choose_sandbox(unsafe=unsafe, kind=sandbox, image=image)
    if walls.mechanism == "none":
        print(UNSAFE_WARNING, file=sys.stderr)
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
            graded = _grade_all(
                gradable, lessons, notebooks, scratch_dir, out, walls, timeout, count
            )
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
        sandbox=walls.description,
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
