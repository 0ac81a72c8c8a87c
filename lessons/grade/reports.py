"""The grades of a run, and the files they are written to.

``grades.csv`` has one row per student and notebook, ``exercises.csv`` one per graded cell and
``reflections.csv`` one per written answer, with a ``points`` column the instructor fills in.
``python -m lessons grade-merge DIR`` adds those hand points to the automatic ones in
``final-grades.csv``; grading again into the same folder keeps the points already typed.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from lessons.errors import LessonError


@dataclass(frozen=True)
class ExerciseResult:
    """The grade of one graded cell: a check, or a reflection to read by hand."""

    exercise: str
    points: float
    max_points: float
    status: str


@dataclass(frozen=True)
class NotebookResult:
    """One student's grade for one lesson notebook."""

    student: str
    notebook: str
    points: float
    max_points: float
    by_hand: float  # points of reflections still to grade by hand
    flags: tuple[str, ...]
    exercises: tuple[ExerciseResult, ...] = ()
    reflections: tuple[tuple[str, float, str], ...] = ()  # (question id, points, answer)
    seconds: float = 0.0


# --- Writing the results --------------------------------------------------------------------------


GRADES_COLUMNS = (
    "student",
    "assignment",
    "notebook",
    "points",
    "max_points",
    "to_grade_by_hand",
    "flags",
)


def _number(value: float) -> str:
    return f"{value:g}"


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: object) -> object:
    """A cell a spreadsheet will not run as a formula: ``'`` before ``= + - @``.

    >>> print(spreadsheet_safe('=HYPERLINK("x")'), spreadsheet_safe("- item"), spreadsheet_safe(2))
    '=HYPERLINK("x") '- item 2
    """
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _unescape(value: str) -> str:
    if value.startswith("'") and value[1:].startswith(FORMULA_STARTS):
        return value[1:]
    return value


def _csv_text(header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows([spreadsheet_safe(cell) for cell in row] for row in rows)
    return buffer.getvalue()


def write_results(
    out: Path, results: Sequence[NotebookResult], typed: dict[HandKey, HandGrade] | None = None
) -> list[Path]:
    """grades.csv (one row per student and notebook), exercises.csv and reflections.csv.

    ``typed`` holds the hand points already typed in reflections.csv (see ``typed_points``):
    they are written back next to the same answer. A typed point with no answer left to put it
    next to is an error, raised before any file is written.
    """
    typed = typed or {}
    maxima = {(r.student, r.notebook, q): most for r in results for q, most, _ in r.reflections}
    for key, hand in sorted(typed.items(), key=lambda item: item[1].line):
        if key in maxima and hand.points is not None and hand.points > maxima[key]:
            raise LessonError(
                f"{REFLECTIONS} line {hand.line}: '{_number(hand.points)}' is not a number of "
                f"points (0 to {_number(maxima[key])})"
            )
        if key not in maxima:
            raise LessonError(
                f"{REFLECTIONS} line {hand.line}: the points typed for {key[0]}, {key[1]}, "
                f"{key[2]} would be lost: this grading has no such answer (move {REFLECTIONS} "
                "away to start afresh)"
            )

    def hand_points(key: HandKey) -> str:
        return _number(typed[key].points) if key in typed else ""

    tables = {
        "grades.csv": _csv_text(
            GRADES_COLUMNS,
            [
                (
                    r.student,
                    r.notebook,
                    f"{r.notebook}.ipynb",
                    _number(r.points),
                    _number(r.max_points),
                    _number(r.by_hand),
                    "; ".join(r.flags),
                )
                for r in results
            ],
        ),
        "exercises.csv": _csv_text(
            ("student", "notebook", "exercise", "points", "max_points", "status"),
            [
                (
                    r.student,
                    r.notebook,
                    e.exercise,
                    _number(e.points),
                    _number(e.max_points),
                    e.status,
                )
                for r in results
                for e in r.exercises
            ],
        ),
        "reflections.csv": _csv_text(
            ("student", "notebook", "question", "max_points", "points", "answer"),
            [
                (
                    r.student,
                    r.notebook,
                    question,
                    _number(points),
                    hand_points((r.student, r.notebook, question)),
                    answer,
                )
                for r in results
                for question, points, answer in r.reflections
            ],
        ),
    }
    written = []
    for name, text in tables.items():
        (out / name).write_text(text, encoding="utf-8")
        written.append(out / name)
    return written


# --- Points graded by hand: reflections.csv -> final-grades.csv -----------------------------------


REFLECTIONS = "reflections.csv"
FINAL_GRADES = "final-grades.csv"
FINAL_COLUMNS = (
    "student",
    "assignment",
    "notebook",
    "auto_points",
    "hand_points",
    "total",
    "max_points",
    "not_graded_yet",
    "flags",
)
NOT_GRADED_YET = "reflections not graded yet"

HandKey = tuple[str, str, str]  # (student, notebook, question)


@dataclass(frozen=True)
class HandGrade:
    """One reflection answer as the instructor left it in reflections.csv.

    ``points`` is None while nobody has typed a number; ``line`` is the row in the file (a
    spreadsheet's row number: the header is line 1).
    """

    student: str
    notebook: str
    question: str
    max_points: float
    points: float | None
    answer: str
    line: int

    @property
    def key(self) -> HandKey:
        return (self.student, self.notebook, self.question)

    @property
    def waiting(self) -> bool:
        """An answered reflection with no points typed yet (an empty answer simply earns 0)."""
        return self.points is None and bool(self.answer.strip())


def parse_points(text: str, max_points: float) -> float | None:
    """The points typed in a cell: None when empty, else a number from 0 to ``max_points``.

    A decimal comma (what a spreadsheet in French or German writes) is read as a point.

    >>> parse_points(" 1,5 ", 2), parse_points("", 2)
    (1.5, None)
    >>> parse_points("abc", 2)
    Traceback (most recent call last):
    ...
    ValueError: 'abc' is not a number of points (0 to 2)
    """
    cleaned = text.strip()
    if not cleaned:
        return None
    try:
        value = float(cleaned.replace(",", "."))
    except ValueError:
        value = -1.0
    if not 0 <= value <= max_points:  # also refuses nan and inf
        raise ValueError(f"'{cleaned}' is not a number of points (0 to {_number(max_points)})")
    return value


def _read_table(path: Path) -> list[tuple[int, dict[str, str]]]:
    """The rows of a CSV file saved by the kit or by a spreadsheet, with their row numbers.

    Spreadsheets may add a byte-order mark, use CRLF, or separate with ``;`` or tabs.
    """
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise LessonError(
            f"Cannot read {path.name} ({type(error).__name__}): save it as CSV, UTF-8."
        ) from error
    header = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=header.count)
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    return [
        (
            number,
            {
                key: _unescape(value) if isinstance(value, str) else value
                for key, value in row.items()
            },
        )
        for number, row in enumerate(reader, start=2)
    ]


def _need_columns(
    path: Path, rows: list[tuple[int, dict[str, str]]], columns: Sequence[str]
) -> None:
    present = set(rows[0][1]) if rows else set(columns)
    missing = [column for column in columns if column not in present]
    if missing:
        raise LessonError(f"{path.name} has no column {', '.join(missing)}: keep the header row.")


def read_reflections(path: Path) -> list[HandGrade]:
    """Every row of reflections.csv, with the typed points checked.

    A bad value stops everything with one line naming the row, e.g.
    ``reflections.csv line 4: 'abc' is not a number of points (0 to 2)``.
    """
    rows = _read_table(path)
    columns = ("student", "notebook", "question", "max_points", "points", "answer")
    _need_columns(path, rows, columns)
    grades: list[HandGrade] = []
    seen: dict[HandKey, int] = {}
    for line, row in rows:
        cells = {column: (row.get(column) or "") for column in columns}
        try:
            most = float(cells["max_points"])
        except ValueError:
            raise LessonError(
                f"{path.name} line {line}: max_points '{cells['max_points']}' is not a number"
            ) from None
        try:
            points = parse_points(cells["points"], most)
        except ValueError as error:
            raise LessonError(f"{path.name} line {line}: {error}") from None
        hand = HandGrade(
            cells["student"],
            cells["notebook"],
            cells["question"],
            most,
            points,
            cells["answer"],
            line,
        )
        if hand.key in seen:
            raise LessonError(
                f"{path.name} line {line}: {', '.join(hand.key)} is already on line "
                f"{seen[hand.key]}: keep one row per answer"
            )
        seen[hand.key] = line
        grades.append(hand)
    return grades


def typed_points(path: Path) -> dict[HandKey, HandGrade]:
    """The reflections that already have points typed in (none when the file does not exist)."""
    if not path.exists():
        return {}
    return {hand.key: hand for hand in read_reflections(path) if hand.points is not None}


@dataclass(frozen=True)
class FinalGrade:
    """One student's final grade for one notebook: automatic points plus points given by hand."""

    student: str
    notebook: str
    auto_points: float
    hand_points: float
    max_points: float
    not_graded_yet: float  # points of answered reflections still waiting for a number
    flags: tuple[str, ...]

    @property
    def total(self) -> float:
        return self.auto_points + self.hand_points


def merge_grades(out: Path) -> list[FinalGrade]:
    """Add the points typed in ``out/reflections.csv`` to the automatic ones in ``grades.csv``.

    A reflection answered but not graded yet counts 0 and is flagged
    ``reflections not graded yet: nb01-reflect``.
    """
    out = Path(out)
    if not (out / "grades.csv").exists():
        raise LessonError(
            f"No grades.csv in {out}: grade first (python -m lessons grade SUBMISSIONS --out DIR)."
        )
    grades = _read_table(out / "grades.csv")
    _need_columns(out / "grades.csv", grades, GRADES_COLUMNS)
    reflections = read_reflections(out / REFLECTIONS) if (out / REFLECTIONS).exists() else []
    by_notebook: dict[tuple[str, str], list[HandGrade]] = {}
    for hand in reflections:
        by_notebook.setdefault((hand.student, hand.notebook), []).append(hand)
    known = {(row["student"], row["assignment"]) for _, row in grades}
    for hand in reflections:
        if (hand.student, hand.notebook) not in known:
            raise LessonError(
                f"{REFLECTIONS} line {hand.line}: {hand.student}, {hand.notebook} is not in "
                "grades.csv"
            )
    final = []
    for line, row in grades:
        try:
            auto, most = float(row["points"]), float(row["max_points"])
        except ValueError:
            raise LessonError(f"grades.csv line {line}: the points are not numbers") from None
        hands = by_notebook.get((row["student"], row["assignment"]), [])
        waiting = [hand for hand in hands if hand.waiting]
        flags = [flag for flag in row["flags"].split("; ") if flag]
        if waiting:
            flags.append(f"{NOT_GRADED_YET}: " + ", ".join(hand.question for hand in waiting))
        final.append(
            FinalGrade(
                row["student"],
                row["assignment"],
                auto,
                sum(hand.points or 0.0 for hand in hands),
                most,
                sum(hand.max_points for hand in waiting),
                tuple(flags),
            )
        )
    return final


def write_final_grades(out: Path, final: Sequence[FinalGrade] | None = None) -> Path:
    """Write ``out/final-grades.csv`` from grades.csv and reflections.csv; return its path."""
    final = merge_grades(out) if final is None else final
    text = _csv_text(
        FINAL_COLUMNS,
        [
            (
                g.student,
                g.notebook,
                f"{g.notebook}.ipynb",
                _number(g.auto_points),
                _number(g.hand_points),
                _number(g.total),
                _number(g.max_points),
                _number(g.not_graded_yet),
                "; ".join(g.flags),
            )
            for g in final
        ],
    )
    target = Path(out) / FINAL_GRADES
    target.write_text(text, encoding="utf-8")
    return target
