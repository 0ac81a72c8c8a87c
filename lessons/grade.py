"""Exercises and grading: student copies, an nbgrader course, and grading in one command.

The lesson notebooks in ``notebooks/`` are the instructor's version: every exercise has a model
solution between ``### BEGIN SOLUTION`` and ``### END SOLUTION``, every check cell ends with hidden
tests between ``### BEGIN HIDDEN TESTS`` and ``### END HIDDEN TESTS``, and reflection cells hold a
model answer. This module drives nbgrader (the ``instructor`` extra) to do three jobs:

1. **Release**: ``python -m lessons.grade release`` (``make student``) writes the student copies
   to ``student/``: answers replaced by a friendly stub such as
   ``paragraph_count = ...  # your answer here``, hidden tests removed, outputs cleared.
2. **Course**: ``python -m lessons.grade course DIR`` sets up an nbgrader course (source,
   release, gradebook and ``nbgrader_config.py``) for the full workflow with the formgrader.
3. **Grade**: ``python -m lessons grade SUBMISSIONS --out DIR`` (``make grade``) autogrades a
   folder with one sub-folder of notebooks per student, in a scratch course, and writes
   ``grades.csv``, ``exercises.csv``, ``reflections.csv`` and feedback without hidden tests.
4. **Merge**: the instructor types points into ``reflections.csv``; ``python -m lessons
   grade-merge DIR`` checks them and writes ``final-grades.csv`` (automatic + hand points). Grading
   again into the same DIR keeps the points already typed.

Every notebook in ``notebooks/`` that has nbgrader cells is a lesson with exercises; each becomes
one nbgrader assignment named after the notebook (``01-parse-the-article``).

>>> answer_stub("words = text.split()\\nheadline_words = len(words)")
'headline_words = ...  # your answer here'
"""

from __future__ import annotations

import ast
import contextlib
import csv
import dataclasses
import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import nbformat

from lessons.data import PROJECT_ROOT
from lessons.errors import LessonError

try:  # nbgrader comes with the `instructor` extra; students never need it
    from nbgrader.preprocessors import ClearHiddenTests, ClearSolutions, NbGraderPreprocessor
except ImportError:  # pragma: no cover - checked by _require_nbgrader() before any use
    ClearHiddenTests = ClearSolutions = NbGraderPreprocessor = object  # type: ignore[assignment,misc]

NOTEBOOKS = PROJECT_ROOT / "notebooks"
STUDENT = PROJECT_ROOT / "student"
COURSE_ID = "lessons"
CELL_TIMEOUT = 30  # seconds one cell may run while autograding
CODE_STUB = "...  # your answer here"
REFLECTION_STUB = "_Double-click here and write your answer._"
HIDDEN_TEST_FAILED = "A hidden test did not pass."
TIMEOUT_ERRORS = ("CellTimeoutError", "KeyboardInterrupt")  # the grader interrupts slow cells
SOLUTION_MARKERS = ("BEGIN SOLUTION", "END SOLUTION")
HIDDEN_TEST_MARKERS = ("BEGIN HIDDEN TESTS", "END HIDDEN TESTS")
INSTALL_HINT = "install the instructor tools: pip install -e '.[instructor]' (or make install)"


# --- 1. Which notebooks have exercises -----------------------------------------------------------


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


# --- 2. nbgrader, configured for the kit ---------------------------------------------------------


def _require_nbgrader() -> None:
    if ClearSolutions is object:
        raise LessonError(f"nbgrader is not installed: {INSTALL_HINT}.")


def answer_stub(solution: str, fallback: str = CODE_STUB) -> str:
    """What a student sees instead of a model solution: the name to fill in, set to ``...``.

    The last assignment of the solution names the answer; a function keeps its first line.

    >>> answer_stub("reasons = {line.reason for line in article.boilerplate}")
    'reasons = ...  # your answer here'
    >>> answer_stub("def shout(text):\\n    return text.upper()")
    'def shout(text):\\n    ...  # your answer here'
    """
    try:
        statements = ast.parse(textwrap.dedent(solution)).body
    except SyntaxError:
        return fallback
    for statement in reversed(statements):
        if isinstance(statement, ast.FunctionDef):
            return f"def {statement.name}({ast.unparse(statement.args)}):\n    {CODE_STUB}"
        if isinstance(statement, ast.Assign | ast.AnnAssign | ast.AugAssign):
            targets = statement.targets if isinstance(statement, ast.Assign) else [statement.target]
            names: list[str] = []
            for target in targets:
                parts = target.elts if isinstance(target, ast.Tuple | ast.List) else [target]
                if not all(isinstance(part, ast.Name) for part in parts):
                    return fallback
                names += [part.id for part in parts if part.id not in names]
            return "\n".join(f"{name} = {CODE_STUB}" for name in names)
    return fallback


class FriendlyClearSolutions(ClearSolutions):
    """nbgrader's ClearSolutions, with a stub naming the answer: ``top_word = ...``."""

    def _replace_solution_region(self, cell, language):  # noqa: ANN001, ANN202 - nbgrader's API
        if cell.cell_type != "code":
            return super()._replace_solution_region(cell, language)
        kept: list[str] = []
        region: list[str] | None = None
        indent, replaced = "", False
        for line in cell.source.split("\n"):
            if self.begin_solution_delimeter in line:
                if region is not None:
                    raise RuntimeError("encountered nested begin solution statements")
                region, replaced = [], True
                indent = re.match(r"\s*", line).group(0)
            elif self.end_solution_delimeter in line:
                if region is not None:
                    stub = answer_stub("\n".join(region), self.code_stub[language])
                    kept += [indent + stub_line for stub_line in stub.split("\n")]
                region = None
            elif region is not None:
                region.append(line)
            else:
                kept.append(line)
        if region is not None:
            raise RuntimeError("no end solution statement found")
        cell.source = "\n".join(kept)
        return replaced


def _raised_at(traceback: Sequence[str]) -> int | None:
    """The line of the cell an error was raised from (IPython: "Cell In[7], line 4")."""
    text = re.sub(r"\x1b\[[0-9;]*m", "", "\n".join(traceback))
    found = re.search(r"Cell In\[\d*\], line (\d+)", text)
    return int(found.group(1)) if found else None


def _short_error(output: nbformat.NotebookNode, hidden: set[int]) -> nbformat.NotebookNode:
    """One line instead of a traceback: a traceback quotes code, hidden tests included.

    ``hidden`` holds the cell's line numbers (from 1) that belong to hidden tests.
    """
    ename, evalue = output.get("ename", "Error"), output.get("evalue", "")
    if ename == "NotYet":
        line = evalue
    elif ename in TIMEOUT_ERRORS:
        line = "This cell took too long and was stopped."
    elif hidden and (_raised_at(output.get("traceback", [])) or min(hidden)) in hidden:
        line, output["evalue"] = HIDDEN_TEST_FAILED, ""
    else:
        line = f"{ename}: {evalue}"
    output["traceback"] = [line]
    return output


class HideHiddenTests(ClearHiddenTests):
    """Feedback preprocessor: drop hidden tests from the code *and* from the error messages."""

    def preprocess_cell(self, cell, resources, index):  # noqa: ANN001, ANN201 - nbgrader's API
        if cell.cell_type == "code":
            hidden, inside = set(), False
            for number, line in enumerate(cell.source.split("\n"), start=1):
                if self.begin_test_delimeter in line:
                    inside = True
                if inside:
                    hidden.add(number)
                if self.end_test_delimeter in line:
                    inside = False
            cell.outputs = [
                _short_error(out, hidden) if out.output_type == "error" else out
                for out in cell.outputs
            ]
        return super().preprocess_cell(cell, resources, index)


class ClearWidgetState(NbGraderPreprocessor):
    """Drop the saved state of widgets (an output, and often hundreds of kilobytes)."""

    def preprocess(self, nb, resources):  # noqa: ANN001, ANN201 - nbconvert's API
        nb.metadata.pop("widgets", None)
        return nb, resources


def configure(c, *, timeout: int = CELL_TIMEOUT):  # noqa: ANN001, ANN201 - a traitlets Config
    """Apply the kit's nbgrader settings to a config (used by every course the kit creates).

    Friendly stubs, no execution metadata in student copies, a per-cell timeout, deleted check
    cells put back before grading, and feedback that never shows hidden tests.
    """
    from nbconvert.preprocessors import CSSHTMLHeaderPreprocessor
    from nbgrader.converters import Autograde, GenerateAssignment
    from nbgrader.preprocessors import ClearOutput, GetGrades

    steps = []
    for step in GenerateAssignment.class_traits()["preprocessors"].default():
        steps.append(FriendlyClearSolutions if step is ClearSolutions else step)
        if step is ClearOutput:
            steps.append(ClearWidgetState)
    c.GenerateAssignment.preprocessors = steps
    sanitize = Autograde.class_traits()["sanitize_preprocessors"].default()
    c.Autograde.sanitize_preprocessors = [*sanitize, ClearWidgetState]
    c.ClearSolutions.code_stub = {"python": CODE_STUB}
    c.ClearSolutions.text_stub = REFLECTION_STUB
    c.ClearOutput.remove_metadata_fields = ["collapsed", "scrolled", "execution", "ExecuteTime"]
    c.Execute.timeout = timeout
    c.Execute.interrupt_on_timeout = True
    c.OverwriteCells.add_missing_cells = True
    c.GenerateFeedback.preprocessors = [GetGrades, CSSHTMLHeaderPreprocessor, HideHiddenTests]
    return c


def course_config(root: Path, *, timeout: int = CELL_TIMEOUT):  # noqa: ANN201 - Config
    """The full config of a scratch course at ``root``."""
    from traitlets.config import Config

    c = Config()
    c.CourseDirectory.root = str(root)
    c.CourseDirectory.course_id = COURSE_ID
    c.Exchange.root = str(root / "no-exchange")  # grading never touches a shared exchange
    return configure(c, timeout=timeout)


@contextlib.contextmanager
def _nbgrader_env() -> Iterator[None]:
    """nbgrader runs `alembic` when it creates a gradebook: put this environment's bin on PATH."""
    import warnings

    bin_dir = str(Path(sys.executable).parent)
    old_path = os.environ.get("PATH", "")
    os.environ["PATH"] = bin_dir + os.pathsep + old_path
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # SQLAlchemy chatter from nbgrader's gradebook
            yield
    finally:
        os.environ["PATH"] = old_path


def _api(root: Path, timeout: int = CELL_TIMEOUT):  # noqa: ANN202 - NbGraderAPI
    from nbgrader.apps import NbGraderAPI

    return NbGraderAPI(config=course_config(root, timeout=timeout))


def _first_error(result: dict) -> str:
    """The most useful line of a failed nbgrader run."""
    lines = [line.strip() for line in (result.get("log") or "").splitlines()]
    errors = [line for line in lines if line.startswith("[ERROR]")]
    tail = (result.get("error") or "").strip().splitlines()
    text = errors[0] if errors else (tail[-1] if tail else "unknown error")
    return text.removeprefix("[ERROR]").strip()


def _generate(root: Path, names: Sequence[str]) -> None:
    """Run nbgrader generate_assignment for each assignment of the course at ``root``."""
    api = _api(root)
    for name in names:
        result = api.generate_assignment(name, force=True, create=True)
        if not result["success"]:
            raise LessonError(f"nbgrader could not prepare {name}.ipynb: {_first_error(result)}")


def _with_stable_ids(path: Path) -> str:
    """The notebook's JSON, with fixed cell ids where it has none (nbformat would invent
    random ones on every run, and the student copies would change each time)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    cells = data.get("cells", [])
    if data.get("nbformat") == 4 and any("id" not in cell for cell in cells):
        for index, cell in enumerate(cells):
            cell.setdefault("id", hashlib.sha1(f"{path.stem}:{index}".encode()).hexdigest()[:8])
        data["nbformat_minor"] = max(5, data.get("nbformat_minor", 0))
    return json.dumps(data, indent=1, ensure_ascii=False) + "\n"


def _fill_source(root: Path, notebooks: Sequence[Path]) -> list[str]:
    """Copy notebooks into ``root/source/<name>/<name>.ipynb``: one assignment each."""
    names = []
    for path in notebooks:
        folder = root / "source" / path.stem
        folder.mkdir(parents=True, exist_ok=True)
        (folder / path.name).write_text(_with_stable_ids(path), encoding="utf-8")
        names.append(path.stem)
    return names


# --- 3. Student copies ---------------------------------------------------------------------------

STUDENT_README = """\
# Student copies of the lessons

Open `00-start-here.ipynb` to begin. These notebooks are generated by `make student` from
`../notebooks/` with nbgrader: each exercise answer is replaced by `...` for you to fill in, the
graders' hidden tests are removed and outputs are cleared. Run each check cell after your answer:
it tells you at once whether you are right.

Instructors: do not edit these files; edit `notebooks/` and run `make student`
(see INSTRUCTORS.md).
"""


def release(out: Path = STUDENT, notebooks: Path = NOTEBOOKS) -> list[Path]:
    """Write the student copy of every notebook into ``out``; return the files written.

    Files are rewritten only when their content changes, and notebooks that no longer exist in
    ``notebooks`` are removed, so ``out`` can be committed and checked in CI.
    """
    _require_nbgrader()
    sources = notebook_files(notebooks)
    if not sources:
        raise LessonError(f"No notebooks found in {notebooks}.")
    out = Path(out)
    if out.resolve() == Path(notebooks).resolve():
        raise LessonError(f"The student copies cannot replace the lessons in {notebooks}.")
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="lessons-release-") as scratch, _nbgrader_env():
        root = Path(scratch)
        _generate(root, _fill_source(root, sources))
        for path in sources:
            released = (root / "release" / path.stem / path.name).read_bytes()
            written.append(_write_if_changed(out / path.name, released))
    written.append(_write_if_changed(out / "README.md", STUDENT_README.encode()))
    wanted = {p.name for p in sources}
    for stale in out.glob("*.ipynb"):
        if stale.name not in wanted:
            stale.unlink()
    return written


def _write_if_changed(target: Path, content: bytes) -> Path:
    if not target.exists() or target.read_bytes() != content:
        target.write_bytes(content)
    return target


# --- 4. A course for the full nbgrader workflow --------------------------------------------------

COURSE_CONFIG_FILE = '''\
"""nbgrader settings for a course run with the news-reading kit.

Written by `python -m lessons.grade course`; see INSTRUCTORS.md in the kit. Run nbgrader
commands (and `jupyter lab` for the formgrader) from this folder.
"""

from lessons.grade import configure

c = get_config()  # noqa: F821 - provided by nbgrader when it reads this file
c.CourseDirectory.course_id = "{course_id}"
configure(c, timeout={timeout})
# On a JupyterHub with nbgrader's exchange, uncomment and set the shared folder:
# c.Exchange.root = "/srv/nbgrader/exchange"
'''


def create_course(
    root: Path, notebooks: Path = NOTEBOOKS, *, timeout: int = CELL_TIMEOUT
) -> list[str]:
    """Create or update an nbgrader course at ``root``; return its assignment names."""
    _require_nbgrader()
    lessons = find_lessons(notebooks)
    if not lessons:
        raise LessonError(f"No notebook in {notebooks} has nbgrader exercises.")
    root = Path(root).resolve()
    root.mkdir(parents=True, exist_ok=True)
    config = COURSE_CONFIG_FILE.format(course_id=COURSE_ID, timeout=timeout)
    (root / "nbgrader_config.py").write_text(config, encoding="utf-8")
    with _nbgrader_env():
        names = _fill_source(root, [lesson.path for lesson in lessons])
        _generate(root, names)
    return names


# --- 5. Finding the students' notebooks ----------------------------------------------------------


@dataclass(frozen=True)
class Submission:
    """One student's notebook for one lesson (path None when nothing usable was handed in)."""

    student: str
    lesson: str
    path: Path | None
    flags: tuple[str, ...] = ()


def _read_quietly(path: Path) -> tuple[nbformat.NotebookNode | None, str]:
    """(notebook, "") or (None, why it cannot be read)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
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
    return sorted(p for p in base.iterdir() if p.is_dir() and not p.name.startswith("."))


def _notebooks_of(folder: Path) -> list[Path]:
    found = []
    for path in sorted(folder.rglob("*.ipynb")):
        parts = path.relative_to(folder).parts
        if not any(part.startswith(".") for part in parts):
            found.append(path)
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


# --- 6. Grading ----------------------------------------------------------------------------------


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


# --- 7. Writing the results ----------------------------------------------------------------------

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


def _csv_text(header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
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


# --- 8. Points graded by hand: reflections.csv -> final-grades.csv ------------------------------

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
    return [(number, row) for number, row in enumerate(reader, start=2)]


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
    lines.append(f"Wrote {', '.join(p.name for p in report.files)} and feedback/ to {report.out}")
    return "\n".join(lines)


def main_grade(
    submissions: str, out: str, *, timeout: int = CELL_TIMEOUT, workers: int | None = None
) -> int:
    """``python -m lessons grade``: grade, print the table, return the exit code."""
    if timeout < 1:
        raise LessonError("--timeout must be at least 1 second.")
    report = grade(Path(submissions), Path(out), timeout=timeout, workers=workers)
    print(summary(report))
    return 0


# --- 9. Command line: python -m lessons.grade release | course DIR -------------------------------


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
    worker = commands.add_parser("_worker")  # internal: one grading process
    worker.add_argument("job")
    args = parser.parse_args(argv)
    try:
        if args.command == "release":
            files = release(Path(args.out))
            print(
                f"Wrote {len(files)} files to {Path(args.out)}: " + ", ".join(f.name for f in files)
            )
        elif args.command == "course":
            names = create_course(Path(args.folder).expanduser(), timeout=args.timeout)
            print(f"Course ready in {args.folder} with assignments: {', '.join(names)}")
            print("Next: see INSTRUCTORS.md (release, collect, autograde, formgrader, export).")
        else:
            return _worker(Path(args.job))
    except LessonError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
