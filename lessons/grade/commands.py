"""The commands: ``python -m lessons grade`` and ``grade-merge`` (run by :mod:`lessons.__main__`),
and ``python -m lessons.grade release | course DIR`` (run by :mod:`lessons.grade.__main__`).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from lessons.errors import LessonError
from lessons.grade.autograde import GradingReport, grade
from lessons.grade.course import create_course
from lessons.grade.reports import REFLECTIONS, _number, merge_grades, write_final_grades
from lessons.grade.sandbox import IMAGE
from lessons.grade.settings import CELL_TIMEOUT
from lessons.grade.student_copies import STUDENT, release

# --- python -m lessons grade | grade-merge --------------------------------------------------------


def main_merge(out: str) -> int:
    """``python -m lessons grade-merge DIR``: write final-grades.csv, print what is left to do."""
    final = merge_grades(Path(out))
    target = write_final_grades(Path(out), final)
    waiting = [g for g in final if g.not_graded_yet]
    for g in final:
        note = f"  ({_number(g.not_graded_yet)} points not graded yet)" if g.not_graded_yet else ""
        print(f"{g.student}  {g.notebook}  {_number(g.total)}/{_number(g.max_points)}{note}")
    print("")
    if waiting:
        print(f"{len(waiting)} notebooks still have reflections to grade in {REFLECTIONS}.")
    else:
        print("Every answered reflection has its points.")
    print(f"Wrote {target}")
    return 0


def summary(report: GradingReport) -> str:
    """A plain-text table of the grades, for the terminal."""
    rows = [("student", "notebook", "points", "by hand", "flags")]
    for r in report.results:
        rows.append(
            (
                r.student,
                r.notebook,
                f"{_number(r.points)}/{_number(r.max_points)}",
                _number(r.by_hand) if r.by_hand else "",
                "; ".join(r.flags),
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    lines = [
        "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=False)) + "  " + row[4]
        for row in rows
    ]
    lines = [line.rstrip() for line in lines]
    students = len({r.student for r in report.results})
    timings = sorted(r.seconds for r in report.results if r.seconds)
    typical = timings[len(timings) // 2] if timings else 0.0
    lines += [""] + [f"left aside: {note}" for note in report.left_aside]
    lines.append(
        f"{len(report.results)} notebooks of {students} students in {report.seconds:.0f} s "
        f"({report.workers} workers; a notebook typically took {typical:.1f} s)."
    )
    if report.kept:
        lines.append(f"Kept the {report.kept} hand grades already typed in {REFLECTIONS}.")
    if report.sandbox:
        lines.append(f"Students' code ran in: {report.sandbox}.")
    lines.append(f"Wrote {', '.join(p.name for p in report.files)} and feedback/ to {report.out}")
    return "\n".join(lines)


def main_grade(
    submissions: str,
    out: str,
    *,
    timeout: int = CELL_TIMEOUT,
    workers: int | None = None,
    unsafe: bool = False,
    sandbox: str = "auto",
    image: str = IMAGE,
) -> int:
    """``python -m lessons grade``: grade, print the table, return the exit code."""
    if timeout < 1:
        raise LessonError("--timeout must be at least 1 second.")
    report = grade(
        Path(submissions),
        Path(out),
        timeout=timeout,
        workers=workers,
        unsafe=unsafe,
        sandbox=sandbox,
        image=image,
    )
    print(summary(report))
    return 0


# --- python -m lessons.grade release | course DIR -------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(
        prog="python -m lessons.grade", description="Student copies and nbgrader course."
    )
    commands = parser.add_subparsers(dest="command", required=True)
    release_cmd = commands.add_parser("release", help="write the student copies (make student)")
    release_cmd.add_argument("--out", default=str(STUDENT), help="folder (default: student/)")
    course = commands.add_parser("course", help="create or update an nbgrader course folder")
    course.add_argument("folder", help="the course folder to create, e.g. ~/lessons-course")
    course.add_argument("--timeout", type=int, default=CELL_TIMEOUT, help="seconds per cell")
    args = parser.parse_args(argv)
    try:
        if args.command == "release":
            files = release(Path(args.out))
            print(
                f"Wrote {len(files)} files to {Path(args.out)}: " + ", ".join(f.name for f in files)
            )
        else:
            names = create_course(Path(args.folder).expanduser(), timeout=args.timeout)
            print(f"Course ready in {args.folder} with assignments: {', '.join(names)}")
            print("Next: see INSTRUCTORS.md (release, collect, autograde, formgrader, export).")
    except LessonError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    return 0
