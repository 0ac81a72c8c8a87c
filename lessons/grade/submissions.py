"""Finding the students' notebooks in a folder of submissions.

One folder per student, at any depth (nbgrader's ``submitted/`` layout works too). A notebook
is matched to its lesson by name, else by its exercise cells; renamed files, extra copies and
files that cannot be read are flagged, never silently dropped.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import nbformat

from lessons.errors import LessonError
from lessons.grade.exercises import Lesson, nbgrader_id
from lessons.grade.handin import read_hand_in


@dataclass(frozen=True)
class Submission:
    """One student's notebook for one lesson (path None when nothing usable was handed in)."""

    student: str
    lesson: str
    path: Path | None
    flags: tuple[str, ...] = ()


def _read_quietly(path: Path) -> tuple[nbformat.NotebookNode | None, str]:
    """(notebook, "") or (None, why it cannot be read); links and special files are refused."""
    data, why = read_hand_in(path)
    if data is None:
        return None, why
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        return None, f"cannot read the file ({type(error).__name__})"
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        return None, f"not valid notebook JSON (line {error.lineno}: {error.msg})"
    try:
        notebook = nbformat.reads(json.dumps(data), as_version=4)
        nbformat.validate(notebook)
    except Exception as error:  # noqa: BLE001 - nbformat raises many kinds for odd files
        first = str(error).strip().splitlines()[0][:80] if str(error).strip() else ""
        return None, f"not a valid notebook ({type(error).__name__}: {first})"
    return notebook, ""


def _which_lesson(path: Path, lessons: Sequence[Lesson]) -> str | None:
    """The lesson a (maybe renamed) notebook belongs to: by name, else by its exercise ids."""
    for lesson in lessons:
        if path.stem == lesson.name:
            return lesson.name
    notebook, _ = _read_quietly(path)
    if notebook is not None:
        ids = {i for i in map(nbgrader_id, notebook.cells) if i}
        overlap = [(len(ids & set(lesson.cell_ids)), lesson.name) for lesson in lessons]
        best = max(overlap, default=(0, ""))
        if best[0] > 0:
            return best[1]
    squeezed = re.sub(r"[^a-z0-9]", "", path.stem.lower())
    for lesson in lessons:
        if re.sub(r"[^a-z0-9]", "", lesson.name.lower()) in squeezed:
            return lesson.name
    return None


def _student_folders(submissions: Path) -> list[Path]:
    base = submissions / "submitted" if (submissions / "submitted").is_dir() else submissions
    return sorted(
        p
        for p in base.iterdir()
        if p.is_dir() and not p.is_symlink() and not p.name.startswith(".")
    )


def _notebooks_of(folder: Path) -> list[Path]:
    found = []
    for path in sorted(folder.rglob("*.ipynb")):
        parts = path.relative_to(folder).parts
        linked = any((folder / Path(*parts[:n])).is_symlink() for n in range(1, len(parts)))
        if not linked and not any(part.startswith(".") for part in parts):
            found.append(path)  # a linked notebook itself is kept, to be refused with a flag
    return found


def find_submissions(
    submissions: Path, lessons: Sequence[Lesson]
) -> tuple[list[Submission], list[str]]:
    """Every (student, lesson) to grade, and a note for each file that was left aside.

    Layouts: ``SUBMISSIONS/<student>/<notebook>.ipynb``, or nbgrader's
    ``submitted/<student>/<assignment>/<notebook>.ipynb`` (any depth under the student works).
    A lesson handed in by at least one student gets a row for every student.
    """
    submissions = Path(submissions)
    students = _student_folders(submissions)
    left_aside = [
        f"{p.name}: a notebook outside any student folder"
        for p in sorted(submissions.glob("*.ipynb"))
    ]
    if not students:
        raise LessonError(
            f"No student folders in {submissions}: put each student's notebooks in a folder "
            "named after the student (SUBMISSIONS/<student>/<notebook>.ipynb)."
        )
    chosen: dict[tuple[str, str], Submission] = {}
    for folder in students:
        candidates: dict[str, list[Path]] = {}
        for path in _notebooks_of(folder):
            lesson = _which_lesson(path, lessons)
            if lesson is None:
                left_aside.append(
                    f"{folder.name}/{path.relative_to(folder)}: not a lesson notebook"
                )
                continue
            candidates.setdefault(lesson, []).append(path)
        for lesson, paths in candidates.items():
            chosen[(folder.name, lesson)] = _pick(folder, lesson, paths)
    handed_in = sorted({lesson for _, lesson in chosen})
    rows = []
    for folder in students:
        for lesson in handed_in:
            missing = Submission(folder.name, lesson, None, ("not handed in",))
            rows.append(chosen.get((folder.name, lesson), missing))
    return rows, left_aside


def _pick(folder: Path, lesson: str, paths: list[Path]) -> Submission:
    """Choose one file when a student handed in several for the same lesson."""

    def preference(path: Path) -> tuple[bool, bool, str]:
        readable = _read_quietly(path)[0] is not None
        return (path.stem != lesson, not readable, str(path))

    ordered = sorted(paths, key=preference)
    best = ordered[0]
    flags = []
    if best.stem != lesson:
        flags.append(f"renamed: {best.name}")
    flags += [f"ignored extra copy: {p.relative_to(folder)}" for p in ordered[1:]]
    notebook, problem = _read_quietly(best)
    if notebook is None:
        flags.append(f"unreadable: {problem}")
    return Submission(folder.name, lesson, best, tuple(flags))
