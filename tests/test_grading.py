"""Student copies and grading, end to end, with nbgrader.

The class of fake students is made from the released copies of notebooks 00 and 01 (short) and the
model solutions in ``notebooks/``: a perfect one, one partly wrong, one whose answers raise, one
with an endless loop, one who deleted and moved cells, one malformed file and one renamed file.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import nbformat
import pytest

pytest.importorskip("nbgrader", reason="nbgrader comes with the instructor extra")

from lessons import grade  # noqa: E402 - after the importorskip
from lessons.data import PROJECT_ROOT  # noqa: E402
from lessons.errors import LessonError  # noqa: E402
from lessons.grade.submissions import _read_quietly  # noqa: E402

TIMEOUT = 12  # seconds per cell while grading: the lessons' cells take well under one on an idle
# machine; twelve leave room for a CI machine twice as slow, and still stop an endless loop soon
START, LESSON1 = "00-start-here", "01-parse-the-article"
SECRET_MARKERS = (*grade.SOLUTION_MARKERS, *grade.HIDDEN_TEST_MARKERS)


# --- What must never reach a student -------------------------------------------------------------


def _split(source: str, markers: tuple[str, str]) -> tuple[list[str], list[str]]:
    """(lines between the markers, lines outside them)."""
    inside, outside, within = [], [], False
    for line in source.splitlines():
        if markers[0] in line:
            within = True
        elif markers[1] in line:
            within = False
        else:
            (inside if within else outside).append(line)
    return inside, outside


def _between(source: str, markers: tuple[str, str]) -> list[str]:
    return _split(source, markers)[0]


def secrets(notebook_path: Path, *, solutions: bool = True) -> set[str]:
    """Every hidden-test line of an instructor notebook and, with ``solutions``, every
    model-solution line (but a function's def line, which the stub keeps) and each line of the
    reflections' model answers; lines the lesson also shows in the open (an ``import re`` in a
    lesson cell) and very short lines are left out."""
    hidden, public = [], []
    for cell in nbformat.read(notebook_path, 4).cells:
        marks = cell.metadata.get("nbgrader", {})
        tests, rest = _split(cell.source, grade.HIDDEN_TEST_MARKERS)
        answer, rest = _split("\n".join(rest), grade.SOLUTION_MARKERS)
        hidden += tests
        if marks.get("solution") and grade.SOLUTION_MARKERS[0] not in cell.source:
            answer, rest = rest, []  # the whole cell is the model answer
        if solutions:  # a function's def line is kept in the stub on purpose
            hidden += [line for line in answer if not line.startswith("def ")]
        public += rest
    shown = "\n".join(public)
    lines = {line.strip() for line in hidden if len(line.strip()) >= 8}
    return {line for line in lines if line not in shown}


def visible_text(path: Path) -> str:
    """A file as a reader could see it: raw text, plus cell sources unescaped, or HTML as text."""
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        return html.unescape(re.sub(r"<[^>]+>", "", raw))
    if path.suffix == ".ipynb":
        cells = nbformat.reads(raw, 4).cells
        return raw + "\n" + "\n".join(cell.source for cell in cells)
    return raw


def leaks(path: Path, secret_lines: set[str]) -> list[str]:
    text = visible_text(path)
    found = [marker for marker in SECRET_MARKERS if marker in text]
    return found + sorted(line for line in secret_lines if line in text)


def all_secrets(*, solutions: bool = True) -> set[str]:
    return set().union(*(secrets(p, solutions=solutions) for p in grade.notebook_files()))


# --- Student copies ------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def released(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh release of every notebook, made with nbgrader the way `make student` does."""
    out = tmp_path_factory.mktemp("student")
    grade.release(out)
    return out


def test_student_copies_are_in_sync_with_the_notebooks(released: Path) -> None:
    committed = PROJECT_ROOT / "student"
    fresh = {p.name: p.read_bytes() for p in released.iterdir()}
    stored = {
        p.name: p.read_bytes()
        for p in committed.glob("*")
        if p.is_file() and not p.name.startswith(".")  # not .ipynb_checkpoints/
    }
    stale = sorted(n for n in fresh.keys() | stored.keys() if fresh.get(n) != stored.get(n))
    assert not stale, f"student/ is out of date ({', '.join(stale)}): run `make student`"


def test_every_notebook_is_released(released: Path) -> None:
    names = sorted(p.name for p in released.glob("*.ipynb"))
    assert names == [p.name for p in grade.notebook_files()]


def test_no_solution_or_hidden_test_in_student_copies(released: Path) -> None:
    secret_lines = all_secrets()
    assert secret_lines, "the lesson notebooks should have model solutions and hidden tests"
    for path in sorted(released.iterdir()):
        assert not leaks(path, secret_lines), f"{path.name} reveals {leaks(path, secret_lines)}"


def test_every_hidden_test_repeats_its_check_strictly() -> None:
    """A visible check says "Not yet" and lets the lesson go on; the hidden test runs the same
    check with strict=True, so a blank or wrong answer still fails the cell when grading."""
    import ast

    for path in grade.notebook_files():
        for cell in nbformat.read(path, 4).cells:
            if cell.cell_type != "code" or not grade.cell_points(cell):
                continue
            hidden, visible = _split(cell.source, grade.HIDDEN_TEST_MARKERS)
            calls = [
                node
                for node in ast.walk(ast.parse("\n".join(hidden)))
                if isinstance(node, ast.Call) and ast.unparse(node.func).startswith("checks.")
            ]
            assert calls, f"{path.name}: a hidden test without a check: {hidden}"
            for call in calls:
                strict = [k for k in call.keywords if k.arg == "strict"]
                assert strict and ast.literal_eval(strict[0].value) is True, ast.unparse(call)
            assert ast.unparse(calls[0].func) + "(" in "\n".join(visible), path.name


def test_answers_are_friendly_stubs_and_outputs_are_cleared(released: Path) -> None:
    for path in released.glob("*.ipynb"):
        for cell in nbformat.read(path, 4).cells:
            marks = cell.metadata.get("nbgrader", {})
            assert "widgets" not in nbformat.read(path, 4).metadata
            if cell.cell_type == "code":
                assert cell.outputs == [] and cell.execution_count is None
                assert "execution" not in cell.metadata
            if marks.get("solution") and cell.cell_type == "code":
                assert "...  # your answer here" in cell.source, cell.source
                assert "NotImplementedError" not in cell.source
            if marks.get("solution") and cell.cell_type == "markdown":
                assert cell.source == grade.REFLECTION_STUB


def test_stub_names_the_answer() -> None:
    assert grade.answer_stub("n = len(article.paragraphs)") == "n = ...  # your answer here"
    assert (
        grade.answer_stub("a, b = 1, 2")
        == "a = ...  # your answer here\nb = ...  # your answer here"
    )
    assert grade.answer_stub("x: int = 3") == "x = ...  # your answer here"
    assert grade.answer_stub("print('hi')") == grade.CODE_STUB
    assert grade.answer_stub("article.title = 'x'") == grade.CODE_STUB
    assert grade.answer_stub("this is ( not python") == grade.CODE_STUB


def _run_like_a_student(path: Path) -> tuple[nbformat.NotebookNode, tuple[int, Exception] | None]:
    """Run a notebook cell by cell in a fresh kernel, the way a student does; stop at an error.
    The notebook with its outputs, and (cell number, error) if it stopped."""
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    notebook = nbformat.read(path, 4)
    client = NotebookClient(
        notebook,
        timeout=120,
        kernel_name="python3",
        resources={"metadata": {"path": str(PROJECT_ROOT / "student")}},
    )
    with client.setup_kernel():
        for index, cell in enumerate(notebook.cells):
            try:
                client.execute_cell(cell, index)
            except CellExecutionError as error:
                return notebook, (index, error)
    return notebook, None


@pytest.mark.parametrize("name", [p.name for p in grade.notebook_files()])
def test_student_copy_reaches_the_end_saying_not_yet(released: Path, name: str) -> None:
    """With every answer blank, Run All reaches the last cell; each check prints one "Not yet"
    line and the lesson goes on (the hidden tests still fail those cells when grading)."""
    notebook, stopped = _run_like_a_student(released / name)
    assert stopped is None, f"{name} stopped in cell {stopped and stopped[0]}: {stopped}"
    checks = [c for c in notebook.cells if c.cell_type == "code" and grade.cell_points(c)]
    assert checks, f"{name} has no exercise"
    for cell in checks:
        shown = [out for out in cell.outputs if out.output_type in ("stream", "error")]
        assert len(shown) == 1 and shown[0].get("name") == "stderr", (name, shown)
        assert shown[0].text.startswith("⚠ Not yet:") and shown[0].text.count("\n") == 1


# --- A class of fake students --------------------------------------------------------------------


def _is_marker(line: str) -> bool:
    return any(marker in line for marker in grade.SOLUTION_MARKERS)


def model_answers(lesson: str) -> dict[str, str]:
    """The model solution of every code answer cell of a lesson, without the markers (the whole
    cell when the solution is a blank inside a function)."""
    answers = {}
    for cell in nbformat.read(PROJECT_ROOT / "notebooks" / f"{lesson}.ipynb", 4).cells:
        marks = cell.metadata.get("nbgrader", {})
        if marks.get("solution") and cell.cell_type == "code":
            inside, outside = _split(cell.source, grade.SOLUTION_MARKERS)
            whole = [line for line in cell.source.splitlines() if not _is_marker(line)]
            answers[marks["grade_id"]] = textwrap.dedent("\n".join(whole if outside else inside))
    return answers


REFLECTION = "A word count shows what a story dwells on; a reader still decides what it is about."


def student_notebook(released: Path, lesson: str, **answers: str) -> nbformat.NotebookNode:
    """A released notebook with the model answers, except the ones given (by grade id)."""
    notebook = nbformat.read(released / f"{lesson}.ipynb", 4)
    chosen = {**model_answers(lesson), **{k.replace("_", "-"): v for k, v in answers.items()}}
    for cell in notebook.cells:
        grade_id = cell.metadata.get("nbgrader", {}).get("grade_id", "")
        if grade_id in chosen:
            cell.source = chosen[grade_id]
        elif grade_id.endswith("reflect"):
            cell.source = REFLECTION
    return notebook


def _find(notebook: nbformat.NotebookNode, grade_id: str) -> int:
    ids = [c.metadata.get("nbgrader", {}).get("grade_id") for c in notebook.cells]
    return ids.index(grade_id)


def save(notebook: nbformat.NotebookNode, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(notebook, path)


def make_class(released: Path, folder: Path) -> None:
    perfect0 = student_notebook(released, START)
    perfect1 = student_notebook(released, LESSON1)
    save(perfect0, folder / "alice" / START / f"{START}.ipynb")  # nbgrader's submitted layout
    save(perfect1, folder / "alice" / f"{LESSON1}.ipynb")

    save(
        student_notebook(released, START, nb00_ex1_answer="headline_words = 12"),
        folder / "bob" / f"{START}.ipynb",
    )
    narrow = model_answers(LESSON1)["nb01-ex2-answer"].replace('pattern = r"©', 'pattern = r"©"  #')
    bob = student_notebook(
        released,
        LESSON1,
        # silencing the visible check does not fool the hidden test
        nb01_ex2_answer=narrow + "\n\nchecks.check_chrome_function = lambda *args: print('Right')",
        nb01_ex3_answer='order = ["B", "D", "C", "E"]',
    )
    bob.cells[_find(bob, "nb01-reflect")].source = grade.REFLECTION_STUB  # left unanswered
    save(bob, folder / "bob" / f"{LESSON1}.ipynb")

    carol1 = student_notebook(released, LESSON1, nb01_ex1_answer="answer_ex1 = text.paragraph")
    save(carol1, folder / "carol" / f"{LESSON1}.ipynb")

    dave = student_notebook(released, LESSON1, nb01_ex3_answer="while True:\n    pass")
    save(dave, folder / "dave" / f"{LESSON1}.ipynb")

    erin = student_notebook(released, LESSON1)
    del erin.cells[_find(erin, "nb01-ex3-check")]  # nbgrader puts the check back
    start = _find(erin, "nb01-ex1-answer")
    block = erin.cells[start - 1 : start + 2]  # prompt, answer, check of exercise 1 ...
    del erin.cells[start - 1 : start + 2]
    after = _find(erin, "nb01-ex4-check") + 1
    erin.cells[after:after] = block  # ... moved after exercise 4
    del erin.cells[0]  # and the title cell deleted
    save(erin, folder / "erin" / f"{LESSON1}.ipynb")

    save(
        student_notebook(released, LESSON1, **copied_literals()),
        folder / "heidi" / f"{LESSON1}.ipynb",
    )

    broken = nbformat.writes(perfect1)
    (folder / "frank").mkdir()
    (folder / "frank" / f"{LESSON1}.ipynb").write_text(broken[: len(broken) // 2], encoding="utf-8")

    save(perfect1, folder / "grace" / "Lesson 1 (grace).ipynb")
    save(
        nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("1 + 1")]),
        folder / "grace" / "notes.ipynb",
    )


def copied_literals() -> dict[str, str]:
    """Function answers replaced by the values they print on the seed and practice articles:
    each returns what the notebook showed for the inputs it showed, and the seed's value for
    anything else. The visible checks pass; the hidden tests, on a second article, must not."""
    from lessons import checks

    space: dict[str, object] = {}
    model = model_answers(LESSON1)
    prelude = (
        "import re\nfrom nltk import FreqDist, sent_tokenize, word_tokenize\n"
        "from nltk.corpus import stopwords\nfrom lessons import parse_article\n"
        "STOPWORDS = set(stopwords.words('english'))\n"
    )
    exec(prelude + "\n".join(model[f"nb01-ex{n}-answer"] for n in (2, 4, 5, 6)), space)  # noqa: S102
    answers = {}
    shown_articles = checks.SHOWN
    shown_calls = {
        2: ("set_aside_chrome", [[checks.article_lines(n)] for n in shown_articles]),
        4: ("split_sentences", [[checks.article_paragraphs(n)] for n in shown_articles]),
        5: ("content_words", [[t] for n in shown_articles for t in checks.article_sentences(n)]),
        6: ("most_common_words", [[checks.article_text(n), 10] for n in shown_articles]),
    }
    for number, (name, shown) in shown_calls.items():
        printed = {json.dumps(a): space[name](*a) for a in shown}
        seed = next(iter(printed.values()))
        answers[f"nb01_ex{number}_answer"] = (
            f"import json\n_PRINTED = {printed!r}\n\ndef {name}(*args):\n"
            f"    return _PRINTED.get(json.dumps(list(args)), {seed!r})"
        )
    return answers


# (student, notebook): (points, max points, to grade by hand, flag prefixes)
EXPECTED = {
    ("alice", START): (1, 1, 0, []),
    ("alice", LESSON1): (6, 8, 2, []),
    ("bob", START): (0, 1, 0, []),
    ("bob", LESSON1): (4, 8, 0, []),
    ("carol", START): (0, 1, 0, ["not handed in"]),
    ("carol", LESSON1): (5, 8, 2, ["error in nb01-ex1-answer: AttributeError"]),
    ("dave", START): (0, 1, 0, ["not handed in"]),
    ("dave", LESSON1): (5, 8, 2, [f"timed out after {TIMEOUT} s in nb01-ex3-answer"]),
    ("erin", START): (0, 1, 0, ["not handed in"]),
    ("erin", LESSON1): (6, 8, 2, ["deleted cells: nb01-ex3-check", "exercise cells moved"]),
    ("frank", START): (0, 1, 0, ["not handed in"]),
    ("frank", LESSON1): (0, 8, 0, ["unreadable: not valid notebook JSON"]),
    ("grace", START): (0, 1, 0, ["not handed in"]),
    ("grace", LESSON1): (6, 8, 2, ["renamed: Lesson 1 (grace).ipynb"]),
    ("heidi", START): (0, 1, 0, ["not handed in"]),
    ("heidi", LESSON1): (2, 8, 2, []),
}


def fingerprint(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def read_csv(path: Path) -> list[dict[str, str]]:
    import csv

    with path.open(encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream))


@pytest.fixture(scope="session")
def graded(released: Path, tmp_path_factory: pytest.TempPathFactory) -> dict:
    """The class graded twice: once with the command line, once from Python."""
    folder = tmp_path_factory.mktemp("submissions")
    make_class(released, folder)
    before = fingerprint(folder)
    out = tmp_path_factory.mktemp("grades")
    command = [sys.executable, "-m", "lessons", "grade", str(folder), "--out", str(out)]
    command += ["--timeout", str(TIMEOUT), "--workers", "2"]
    first = subprocess.run(command, capture_output=True, text=True, timeout=600)
    again = tmp_path_factory.mktemp("grades-again")
    report = grade.grade(folder, again, timeout=TIMEOUT, workers=2)
    return {
        "folder": folder,
        "before": before,
        "after": fingerprint(folder),
        "run": first,
        "out": out,
        "again": again,
        "report": report,
    }


def test_grading_command_succeeds_and_prints_a_table(graded: dict) -> None:
    run = graded["run"]
    assert run.returncode == 0, run.stderr[-2000:]
    lines = run.stdout.splitlines()
    assert lines[0].split() == ["student", "notebook", "points", "by", "hand", "flags"]
    assert any(line.split()[:3] == ["alice", LESSON1, "6/8"] for line in lines[1:] if line)
    assert "left aside: grace/notes.ipynb: not a lesson notebook" in run.stdout


def test_grades_csv_has_the_exact_points_and_flags(graded: dict) -> None:
    rows = read_csv(graded["out"] / "grades.csv")
    assert list(rows[0]) == list(grade.GRADES_COLUMNS)
    got = {(r["student"], r["notebook"]): r for r in rows}
    assert sorted(got) == sorted((s, f"{n}.ipynb") for s, n in EXPECTED)
    for (student, lesson), (points, most, by_hand, flags) in EXPECTED.items():
        row = got[(student, f"{lesson}.ipynb")]
        assert row["assignment"] == lesson
        numbers = (float(row["points"]), float(row["max_points"]), float(row["to_grade_by_hand"]))
        assert numbers == (points, most, by_hand), (student, lesson, row)
        given = [flag for flag in row["flags"].split("; ") if flag]
        assert len(given) == len(flags), (student, lesson, given)
        for flag, prefix in zip(given, flags, strict=True):
            assert flag.startswith(prefix), (student, lesson, given)


def test_exercise_table_explains_each_point(graded: dict) -> None:
    rows = {(r["student"], r["exercise"]): r for r in read_csv(graded["out"] / "exercises.csv")}
    assert rows[("alice", "nb01-ex2-check")]["status"] == "right"
    # function answers are run inside the sandbox; only their results cross to the grader
    for number in (2, 4, 5, 6):
        assert rows[("alice", f"nb01-ex{number}-check")]["status"] == "right", number
    # the visible check is run by the grader, so bob's patched check fools nobody
    assert rows[("bob", "nb01-ex2-check")]["status"].startswith("not yet: on the seed article")
    assert rows[("bob", "nb01-ex3-check")]["status"].startswith("not yet: line E returns")
    assert rows[("bob", "nb01-reflect")]["status"] == "not answered"
    assert rows[("dave", "nb01-ex3-check")]["status"].startswith("error: NameError")
    assert rows[("alice", "nb01-reflect")]["status"] == "to grade by hand"
    reflections = read_csv(graded["out"] / "reflections.csv")
    assert {(r["student"], r["answer"]) for r in reflections if r["answer"]} == {
        (name, REFLECTION) for name in ("alice", "carol", "dave", "erin", "grace", "heidi")
    }


def test_originals_are_left_untouched(graded: dict) -> None:
    assert graded["after"] == graded["before"]


def test_a_second_run_gives_the_same_results(graded: dict) -> None:
    for name in ("grades.csv", "exercises.csv", "reflections.csv"):
        assert (graded["again"] / name).read_bytes() == (graded["out"] / name).read_bytes(), name


def test_feedback_never_shows_hidden_tests(graded: dict) -> None:
    pages = sorted((graded["out"] / "feedback").rglob("*.html"))
    gradable = [key for key, value in EXPECTED.items() if value[3][:1] != ["not handed in"]]
    assert len(pages) == len(gradable) - 1  # frank's unreadable notebook has no feedback
    secret_lines = all_secrets(solutions=False)  # a perfect answer *is* the model solution
    assert secret_lines
    for page in pages:
        assert not leaks(page, secret_lines), f"{page} reveals {leaks(page, secret_lines)}"
    bob = visible_text(graded["out"] / "feedback" / "bob" / f"{LESSON1}.html")
    assert "Not yet: on the seed article it keeps the chrome line" in bob
    assert bob.count("Not yet: line E returns the blocks") == 1  # each message once
    dave = visible_text(graded["out"] / "feedback" / "dave" / f"{LESSON1}.html")
    assert "NameError: name 'order' is not defined" in dave  # raised by the visible check
    assert "This cell took too long and was stopped." in dave


def test_copied_literals_fail_the_hidden_tests(graded: dict) -> None:
    """heidi's functions return the values the notebook printed: right on the seed and practice
    articles the visible checks use, wrong on the second article of the hidden tests."""
    rows = {(r["student"], r["exercise"]): r for r in read_csv(graded["out"] / "exercises.csv")}
    for number in (2, 4, 5, 6):
        row = rows[("heidi", f"nb01-ex{number}-check")]
        assert row["points"] == "0", row
        assert row["status"].startswith("not yet: on the second article"), row
    assert rows[("heidi", "nb01-ex1-check")]["status"] == "right"


def test_grading_takes_seconds_per_notebook(graded: dict) -> None:
    timed = [r.seconds for r in graded["report"].results if r.seconds and r.student != "dave"]
    assert timed and max(timed) < 60, timed


# --- Model solutions earn every automatic point, in every lesson ---------------------------------


@pytest.mark.parametrize("lesson", [lesson.name for lesson in grade.find_lessons()])
def test_model_solutions_pass_their_checks_quietly(lesson: str) -> None:
    """The saved lesson ran the model solutions through the checks and the hidden tests (nbval
    keeps those outputs current). nbgrader gives 0 to a check cell with an error *or* with any
    text on standard error (a warning), so neither may appear."""
    notebook = nbformat.read(PROJECT_ROOT / "notebooks" / f"{lesson}.ipynb", 4)
    checks = [c for c in notebook.cells if c.cell_type == "code" and grade.cell_points(c)]
    assert checks
    for cell in checks:
        grade_id = cell.metadata["nbgrader"]["grade_id"]
        assert cell.outputs, f"{grade_id} has no saved output: run `make notebooks`"
        for output in cell.outputs:
            assert output.output_type != "error", (grade_id, output.get("evalue"))
            assert output.get("name") != "stderr", (grade_id, output.get("text"))


def test_exercise_ids_are_unique_across_lessons() -> None:
    """A renamed file is recognised by its exercise ids, so no two lessons may share one."""
    ids = [i for lesson in grade.find_lessons() for i in lesson.cell_ids]
    assert len(ids) == len(set(ids)), sorted(i for i in ids if ids.count(i) > 1)


# --- The nbgrader course, and its command-line workflow ------------------------------------------


def test_course_works_with_nbgrader_commands(released: Path, tmp_path: Path) -> None:
    course, lessons = tmp_path / "course", tmp_path / "notebooks"
    lessons.mkdir()
    (lessons / f"{START}.ipynb").write_bytes(
        (PROJECT_ROOT / "notebooks" / f"{START}.ipynb").read_bytes()
    )
    names = grade.create_course(course, lessons)
    assert names == [START]
    assert (course / "gradebook.db").exists() and (course / "nbgrader_config.py").exists()
    for name in names:
        assert (course / "release" / name / f"{name}.ipynb").exists()
    save(
        student_notebook(released, START), course / "submitted" / "alice" / START / f"{START}.ipynb"
    )
    nbgrader = [sys.executable, "-m", "nbgrader"]
    bin_dir = str(Path(sys.executable).parent)
    env = {**__import__("os").environ, "PATH": bin_dir + ":" + __import__("os").environ["PATH"]}
    for step in (["autograde", START], ["generate_feedback", START], ["export"]):
        run = subprocess.run(
            [*nbgrader, *step], cwd=course, env=env, capture_output=True, text=True
        )
        assert run.returncode == 0, (step, run.stderr[-2000:])
    grades = read_csv(course / "grades.csv")
    alice = next(r for r in grades if r["student_id"] == "alice" and r["assignment"] == START)
    assert float(alice["raw_score"]) == 1.0
    feedback = course / "feedback" / "alice" / START / f"{START}.html"
    hidden = secrets(PROJECT_ROOT / "notebooks" / f"{START}.ipynb", solutions=False)
    assert not leaks(feedback, hidden)


def test_grade_command_errors_are_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from lessons.__main__ import main

    assert main(["grade", str(tmp_path / "nowhere")]) == 2
    assert (
        capsys.readouterr().err
        == f"error: {tmp_path / 'nowhere'} is not a folder of student submissions.\n"
    )
    (tmp_path / "class" / "alice").mkdir(parents=True)
    assert main(["grade", str(tmp_path / "class"), "--out", str(tmp_path / "class" / "out")]) == 2
    assert "must be outside the submissions folder" in capsys.readouterr().err


def test_release_never_overwrites_the_lessons() -> None:
    with pytest.raises(LessonError, match="cannot replace the lessons"):
        grade.release(grade.NOTEBOOKS)


def test_unreadable_files_are_described(tmp_path: Path) -> None:
    path = tmp_path / "x.ipynb"
    path.write_text("{", encoding="utf-8")
    assert _read_quietly(path)[1].startswith("not valid notebook JSON (line 1")
    path.write_text(json.dumps({"cells": "nope"}), encoding="utf-8")
    assert _read_quietly(path)[1].startswith("not a valid notebook")
    path.write_bytes(b"\xff\xfe\x00")
    assert _read_quietly(path)[1] == "cannot read the file (UnicodeDecodeError)"


# --- Hand points: reflections.csv -> final-grades.csv --------------------------------------------


def copy_grades(graded: dict, target: Path) -> Path:
    """A private copy of the graded class's output folder, to type points into."""
    import shutil

    shutil.copytree(graded["out"], target)
    return target


def type_points(out: Path, points: dict[str, str], *, spreadsheet: bool = False) -> dict[str, int]:
    """Type points into reflections.csv for LESSON1 (student -> text); return each row's line.

    With ``spreadsheet``, save it the way a European spreadsheet does: BOM, ``;``, CRLF.
    """
    import csv

    rows = read_csv(out / grade.REFLECTIONS)
    lines = {}
    for line, row in enumerate(rows, start=2):
        if row["notebook"] == LESSON1 and row["student"] in points:
            row["points"] = points[row["student"]]
            lines[row["student"]] = line
    delimiter, ending, encoding = (
        (";", "\r\n", "utf-8-sig") if spreadsheet else (",", "\n", "utf-8")
    )
    with (out / grade.REFLECTIONS).open("w", encoding=encoding, newline="") as stream:
        writer = csv.DictWriter(stream, list(rows[0]), delimiter=delimiter, lineterminator=ending)
        writer.writeheader()
        writer.writerows(rows)
    return lines


def final_grades(out: Path) -> dict[tuple[str, str], dict[str, str]]:
    rows = read_csv(out / grade.FINAL_GRADES)
    assert list(rows[0]) == list(grade.FINAL_COLUMNS)
    return {(r["student"], r["assignment"]): r for r in rows}


def test_grading_writes_final_grades_with_reflections_waiting(graded: dict) -> None:
    final = final_grades(graded["out"])
    assert sorted(final) == sorted(EXPECTED)
    for key, (points, most, by_hand, _) in EXPECTED.items():
        row = final[key]
        assert (float(row["auto_points"]), float(row["hand_points"])) == (points, 0), key
        assert (float(row["total"]), float(row["max_points"])) == (points, most), key
        assert float(row["not_graded_yet"]) == by_hand, key
        waiting = f"{grade.NOT_GRADED_YET}: nb01-reflect"
        assert (waiting in row["flags"].split("; ")) == bool(by_hand), key


def test_merge_adds_the_typed_points_exactly(
    graded: dict, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from lessons.__main__ import main

    out = copy_grades(graded, tmp_path / "grades")
    typed = {"alice": "2", "carol": "1,5", "dave": " 0 ", "bob": ""}  # erin, grace: not yet
    type_points(out, typed, spreadsheet=True)
    kept = {name: (out / name).read_bytes() for name in ("grades.csv", grade.REFLECTIONS)}
    assert main(["grade-merge", str(out)]) == 0
    printed = capsys.readouterr().out
    assert f"alice  {LESSON1}  8/8" in printed
    assert f"erin  {LESSON1}  6/8  (2 points not graded yet)" in printed
    final = final_grades(out)
    # (student, notebook): (automatic, by hand, total, not graded yet)
    wanted = {key: (p, 0.0, p, hand) for key, (p, _, hand, _) in EXPECTED.items()}
    wanted[("alice", LESSON1)] = (6, 2, 8, 0)
    wanted[("carol", LESSON1)] = (5, 1.5, 6.5, 0)
    wanted[("dave", LESSON1)] = (5, 0, 5, 0)
    for key, numbers in wanted.items():
        row = final[key]
        columns = ("auto_points", "hand_points", "total", "not_graded_yet")
        assert tuple(float(row[c]) for c in columns) == numbers, (key, row)
        waiting = f"{grade.NOT_GRADED_YET}: nb01-reflect" in row["flags"]
        assert waiting == (key in {("erin", LESSON1), ("grace", LESSON1), ("heidi", LESSON1)}), (
            key,
            row,
        )
    assert final[("carol", LESSON1)]["flags"] == "error in nb01-ex1-answer: AttributeError"
    assert {name: (out / name).read_bytes() for name in kept} == kept  # merge only reads them


@pytest.mark.parametrize("typed", ["abc", "3", "-1", "nan", "2 points"])
def test_a_bad_value_is_refused_and_nothing_is_overwritten(
    graded: dict, tmp_path: Path, capsys: pytest.CaptureFixture[str], typed: str
) -> None:
    from lessons.__main__ import main

    out = copy_grades(graded, tmp_path / "grades")
    lines = type_points(out, {"alice": "2", "carol": typed})
    before = fingerprint(out)
    assert main(["grade-merge", str(out)]) == 2
    message = f"reflections.csv line {lines['carol']}: '{typed}' is not a number of points (0 to 2)"
    assert capsys.readouterr().err == f"error: {message}\n"
    with pytest.raises(LessonError) as raised:  # grading again refuses it before it starts
        grade.grade(graded["folder"], out, timeout=TIMEOUT, workers=1)
    assert str(raised.value) == message
    assert fingerprint(out) == before


def test_typed_points_are_never_silently_dropped(graded: dict, tmp_path: Path) -> None:
    out = copy_grades(graded, tmp_path / "grades")
    lines = type_points(out, {"bob": "1", "carol": "2"})
    typed = grade.typed_points(out / grade.REFLECTIONS)
    assert {key: hand.points for key, hand in typed.items()} == {
        ("bob", LESSON1, "nb01-reflect"): 1.0,
        ("carol", LESSON1, "nb01-reflect"): 2.0,
    }
    before = fingerprint(out)
    only_carol = [r for r in graded["report"].results if r.student == "carol"]
    with pytest.raises(LessonError) as raised:
        grade.write_results(out, only_carol, typed)
    assert str(raised.value).startswith(
        f"reflections.csv line {lines['bob']}: the points typed for bob, {LESSON1}, nb01-reflect "
        "would be lost"
    )
    assert fingerprint(out) == before


def test_grading_again_keeps_the_typed_points(graded: dict, tmp_path: Path) -> None:
    import shutil

    folder = tmp_path / "submissions"
    for student in ("alice", "carol"):
        shutil.copytree(graded["folder"] / student, folder / student)
    out = copy_grades(graded, tmp_path / "grades")
    type_points(out, {"alice": "2", "carol": "0.5"})
    report = grade.grade(folder, out, timeout=TIMEOUT, workers=2)
    assert report.kept == 2
    assert "Kept the 2 hand grades already typed in reflections.csv." in grade.summary(report)
    reflections = {(r["student"], r["notebook"]): r for r in read_csv(out / grade.REFLECTIONS)}
    assert sorted(reflections) == [("alice", LESSON1), ("carol", LESSON1)]
    assert reflections[("alice", LESSON1)]["points"] == "2"
    assert reflections[("carol", LESSON1)]["points"] == "0.5"
    assert reflections[("alice", LESSON1)]["answer"] == REFLECTION
    final = final_grades(out)
    assert sorted(final) == [
        ("alice", START),
        ("alice", LESSON1),
        ("carol", START),
        ("carol", LESSON1),
    ]
    assert (final[("alice", LESSON1)]["total"], final[("alice", LESSON1)]["flags"]) == ("8", "")
    assert final[("carol", LESSON1)]["total"] == "5.5"
    assert final[("carol", START)]["flags"] == "not handed in"
