"""Grading a hostile class: hand-ins that sabotage, steal, cheat or hog cannot change anything.

A class written for this test: two honest students beside a saboteur (overwrites and deletes
classmates' hand-ins, patches the kit, forges grades from a background process, reads the
instructor's notebook and a classmate's hand-in), an answer that equals everything, an input
transformer with a shadowed ``set``, a rebound ``article``, a memory, output and interrupt hog,
script injection with a spreadsheet formula, and a symbolic link to the instructor notebook.
Every honest grade must equal the grade of the honest students graded alone; nothing outside the
output folder may change; no process may be left; two runs must give the same files.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import time
from pathlib import Path

import nbformat
import pytest

pytest.importorskip("nbgrader", reason="nbgrader comes with the instructor extra")

from lessons import grade  # noqa: E402 - after the importorskip
from lessons.data import PROJECT_ROOT  # noqa: E402
from lessons.errors import LessonError  # noqa: E402
from lessons.grade.feedback import unsafe_markup  # noqa: E402
from lessons.grade.sandbox import choose_sandbox  # noqa: E402

START, LESSON1 = "00-start-here", "01-parse-the-article"
TIMEOUT = 12  # seconds per cell: room for a busy machine, and a hog still stopped quickly
MARK = f"4242.{os.getpid()}"  # the background processes sleep this long: none may survive
SPAWNED = f"4243.{os.getpid()}"  # (seconds; the pid tells this run's sleepers from another's)
HONEST = ("alice", "bob")
RIGHT = "headline_words = len(article.headline.text.split())"
FORMULA = '=HYPERLINK("http://example.invalid/","open me")'


def _notebook(lesson: str, answers: dict[str, str], extra: list[str] = ()) -> nbformat.NotebookNode:
    notebook = nbformat.read(PROJECT_ROOT / "student" / f"{lesson}.ipynb", 4)
    for index, cell in enumerate(notebook.cells):
        grade_id = cell.metadata.get("nbgrader", {}).get("grade_id", "")
        if grade_id in answers:
            cell.source = answers[grade_id]
            if grade_id.endswith("answer"):
                before = [nbformat.v4.new_code_cell(source) for source in extra]
                notebook.cells[index:index] = before
                break
    return notebook


def _start(answer: str, extra: list[str] = ()) -> nbformat.NotebookNode:
    return _notebook(START, {"nb00-ex1-answer": answer}, list(extra))


def _save(notebook: nbformat.NotebookNode, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(notebook, path)


def honest_class(folder: Path) -> None:
    _save(_start(RIGHT), folder / "alice" / f"{START}.ipynb")
    _save(_start("headline_words = 3"), folder / "bob" / f"{START}.ipynb")


def hostile_class(folder: Path, out: Path) -> None:
    kit, hand_ins = PROJECT_ROOT, folder
    sabotage = f"""
import os, pathlib, subprocess
tries = {{
    "overwrite alice": lambda: pathlib.Path(r"{hand_ins}/alice/{START}.ipynb").write_text("{{}}"),
    "delete bob": lambda: os.remove(r"{hand_ins}/bob/{START}.ipynb"),
    "patch the kit": lambda: open(r"{kit}/lessons/checks/__init__.py", "a").write("FREE = 1\\n"),
    "steal the tests": lambda: print(open(r"{kit}/notebooks/{START}.ipynb").read()),
    "copy bob": lambda: print(open(r"{hand_ins}/bob/{START}.ipynb").read()),
    "forge grades": lambda: pathlib.Path(r"{out}/grades.csv").write_text("mallory,1"),
}}
for what, attempt in tries.items():
    try:
        attempt()
        print(what, "worked")
    except Exception as error:
        print(what, "blocked:", type(error).__name__)
forger = "sleep {MARK}; echo mallory,{START},1 >> {out}/grades.csv"
subprocess.Popen(["sh", "-c", forger], start_new_session=True)
subprocess.Popen(["sleep", "{MARK}"])
"""
    script = (
        "from IPython.display import HTML, display\n"
        'display(HTML(\'<script>document.title = "10/10"</script><b onclick="x()">hi</b>\'))'
    )
    mallory = _start(RIGHT, [sabotage, script])
    mallory.cells.insert(
        1, nbformat.v4.new_markdown_cell("<script>alert(1)</script>[a](javascript:x)")
    )
    _save(mallory, folder / "mallory" / f"{START}.ipynb")
    equal = "class Always:\n    def __eq__(self, other):\n        return True\n\n"
    equal += "    def __hash__(self):\n        return 0\n\nheadline_words = Always()"
    _save(_start(equal), folder / "eve" / f"{START}.ipynb")
    transformer = (
        "def wrap(lines):\n"
        "    return ['try:\\n'] + ['    ' + line for line in lines] + ['\\nexcept BaseException:\\n"
        "    pass\\n']\n\n"
        "get_ipython().input_transformers_cleanup.append(wrap)\n"
        "set = lambda *args: {1}\n"
        "class Fake:\n    class headline:\n        text = 'two words'\n\n"
        "article = Fake()\nheadline_words = 2"
    )
    _save(_start(transformer), folder / "trent" / f"{START}.ipynb")
    hog = [
        "hoard = bytearray(3 * 1024**3)",
        "print('x' * 5_000_000)",
        "import signal, time\nsignal.signal(signal.SIGINT, signal.SIG_IGN)\n"
        "while True:\n    time.sleep(0.05)",
    ]
    _save(_start(RIGHT, hog), folder / "hog" / f"{START}.ipynb")
    _save(
        _notebook(LESSON1, {"nb01-reflect": FORMULA}), folder / "xss" / f"{LESSON1}.ipynb"
    )  # only the reflection: the checks of lesson 1 are not answered
    (folder / "linker").mkdir()
    (folder / "linker" / f"{START}.ipynb").symlink_to(kit / "notebooks" / f"{START}.ipynb")


def fingerprint(*folders: Path) -> dict[str, str]:
    found = {}
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                found[str(path)] = hashlib.sha256(path.read_bytes()).hexdigest()
            elif path.is_symlink():
                found[str(path)] = "link:" + os.readlink(path)
    return found


def left_running(mark: str = MARK) -> list[str]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
            except OSError:
                continue
            if re.search(rf"sleep {re.escape(mark)}\b", command):
                found.append(command)
    return found


def read_rows(path: Path) -> dict[tuple[str, str], dict[str, str]]:
    import csv

    with path.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    return {(r["student"], r.get("notebook") or r.get("assignment")): r for r in rows}


def sandbox_or_skip() -> grade.Sandbox:
    """The sandbox; skipped without one, except in CI (LESSONS_REQUIRE_SANDBOX=1): a failure."""
    try:
        return choose_sandbox()
    except LessonError as error:
        if os.environ.get("LESSONS_REQUIRE_SANDBOX") == "1":
            pytest.fail(f"no grading sandbox, and LESSONS_REQUIRE_SANDBOX=1: {error}")
        pytest.skip(f"no grading sandbox: {error}")


@pytest.fixture(scope="module")
def graded(tmp_path_factory: pytest.TempPathFactory) -> dict:
    sandbox_or_skip()
    alone = tmp_path_factory.mktemp("honest")
    honest_class(alone)
    alone_out = tmp_path_factory.mktemp("honest-grades")
    grade.grade(alone, alone_out, timeout=TIMEOUT, workers=2)
    folder = tmp_path_factory.mktemp("hostile")
    first, second = tmp_path_factory.mktemp("first"), tmp_path_factory.mktemp("second")
    honest_class(folder)
    hostile_class(folder, first)
    guarded = (PROJECT_ROOT / "lessons", PROJECT_ROOT / "notebooks", folder)
    before = fingerprint(*guarded)
    report = grade.grade(folder, first, timeout=TIMEOUT, workers=2)
    middle = fingerprint(*guarded)
    shutil.rmtree(second)
    grade.grade(folder, second, timeout=TIMEOUT, workers=2)
    time.sleep(1)
    return {
        "alone": alone_out,
        "first": first,
        "second": second,
        "report": report,
        "before": before,
        "middle": middle,
        "after": fingerprint(*guarded),
        "running": left_running(),
    }


def test_honest_points_equal_those_graded_alone(graded: dict) -> None:
    alone = read_rows(graded["alone"] / "exercises.csv")
    mixed = read_rows(graded["first"] / "exercises.csv")
    for student in HONEST:
        key = (student, START)
        assert mixed[key]["points"] == alone[key]["points"], student
        assert mixed[key]["status"] == alone[key]["status"], student
    grades = read_rows(graded["first"] / "grades.csv")
    assert grades[("alice", f"{START}.ipynb")]["points"] == "1"
    assert grades[("bob", f"{START}.ipynb")]["points"] == "0"
    assert grades[("alice", f"{START}.ipynb")]["flags"] == ""


def test_nothing_outside_the_output_folder_changes(graded: dict) -> None:
    assert graded["middle"] == graded["before"]
    assert graded["after"] == graded["before"]


def test_no_process_is_left_and_no_grade_is_forged(graded: dict) -> None:
    assert graded["running"] == []
    assert "mallory,1" not in (graded["first"] / "grades.csv").read_text(encoding="utf-8")


def test_two_runs_give_the_same_files(graded: dict) -> None:
    for name in ("grades.csv", "exercises.csv", "reflections.csv", "final-grades.csv"):
        assert (graded["first"] / name).read_bytes() == (graded["second"] / name).read_bytes()


def test_tricks_earn_nothing_and_are_flagged(graded: dict) -> None:
    grades = read_rows(graded["first"] / "grades.csv")

    def row(student: str) -> dict[str, str]:
        return grades[(student, f"{START}.ipynb")]

    assert row("eve")["points"] == "0"
    assert "not plain data in nb00-ex1-check: headline_words (Always)" in row("eve")["flags"]
    assert "defines __eq__" in row("eve")["flags"]
    assert row("trent")["points"] == "0"
    assert "an input transformer" in row("trent")["flags"]
    assert "assigns the builtin name set" in row("trent")["flags"]
    assert "rebinds the lesson name article" in row("trent")["flags"]
    assert row("linker")["points"] == "0"
    assert row("linker")["flags"].startswith("unreadable: refused: a symbolic link")
    assert row("mallory")["points"] == "1"  # her own answer is right; nothing else worked


def test_resource_abuse_costs_only_the_abuser(graded: dict) -> None:
    grades = read_rows(graded["first"] / "grades.csv")
    hog = grades[("hog", f"{START}.ipynb")]
    assert hog["points"] == "1", hog  # the stuck cell cost nothing more than itself
    assert "error in cell" in hog["flags"] and "MemoryError" in hog["flags"]
    assert f"timed out after {TIMEOUT} s in cell" in hog["flags"]
    page = graded["first"] / "feedback" / "hog" / f"{START}.html"
    assert page.stat().st_size < 500_000
    assert "[output cut: more than 100 kB]" in page.read_text(encoding="utf-8")


def _hidden_tests() -> set[str]:
    lines, inside = set(), False
    for path in grade.notebook_files():
        for cell in nbformat.read(path, 4).cells:
            for line in cell.source.splitlines():
                inside = (inside or "BEGIN HIDDEN" in line) and "END HIDDEN" not in line
                if inside and len(line.strip()) >= 12:
                    lines.add(line.strip())
    return lines


def test_feedback_is_safe_and_shows_no_secret(graded: dict) -> None:
    secrets = _hidden_tests()
    assert secrets
    pages = sorted((graded["first"] / "feedback").rglob("*.html"))
    assert pages
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert not unsafe_markup(text), page
        assert not [line for line in secrets if line in text], page
    mallory = (graded["first"] / "feedback" / "mallory" / f"{START}.html").read_text()
    for what in ("overwrite alice", "delete bob", "patch the kit", "steal the tests", "copy bob"):
        assert f"{what} blocked" in mallory, what
    assert "forge grades blocked" in mallory


def test_spreadsheet_formulas_are_escaped(graded: dict) -> None:
    text = (graded["first"] / "reflections.csv").read_text(encoding="utf-8")
    assert "'=HYPERLINK(" in text and ',"=HYPERLINK' not in text
    typed = grade.read_reflections(graded["first"] / "reflections.csv")
    assert [hand.answer for hand in typed if hand.student == "xss"] == [FORMULA]


# --- The pieces, quickly -------------------------------------------------------------------------


def test_without_a_sandbox_grading_refuses_unless_unsafe(monkeypatch: pytest.MonkeyPatch) -> None:
    from lessons.grade import sandbox

    monkeypatch.setattr(sandbox.shutil, "which", lambda name: None)
    with pytest.raises(LessonError, match="install bubblewrap") as raised:
        sandbox.choose_sandbox()
    assert "\n" not in str(raised.value) and "--unsafe" in str(raised.value)
    assert sandbox.choose_sandbox(unsafe=True).mechanism == "none"


def test_only_builtin_values_cross_as_answers() -> None:
    from lessons.grade.answers import decode, unsupported_in

    assert decode({"set": ["a", {"tuple": [1, None]}]}) == {"a", (1, None)}
    assert decode({"dict": [["k", {"ellipsis": None}]]}) == {"k": ...}
    assert unsupported_in({"set": [{"unsupported": "Always"}]}) == "Always"
    assert unsupported_in([1, "two", {"tuple": [3.0]}]) is None


def test_rewiring_is_flagged_and_honest_code_is_not() -> None:
    from lessons.grade.answers import rewiring

    assert rewiring("reasons = {line.reason for line in article.boilerplate}", {"article"}) == []
    found = rewiring(
        "import builtins\nget_ipython().ast_transformers.append(x)\n"
        "class A:\n    def __eq__(self, other):\n        return True\nlen = 3",
        set(),
    )
    assert found == [
        "an AST transformer",
        "imports builtins",
        "defines __eq__",
        "assigns the builtin name len",
    ]


def test_links_and_special_files_are_refused(tmp_path: Path) -> None:
    from lessons.grade.handin import read_hand_in

    real = tmp_path / "real.ipynb"
    real.write_text("{}", encoding="utf-8")
    (tmp_path / "link.ipynb").symlink_to(real)
    assert read_hand_in(real) == (b"{}", "")
    assert read_hand_in(tmp_path / "link.ipynb")[1].startswith("refused: a symbolic link")
    os.mkfifo(tmp_path / "pipe.ipynb")
    assert read_hand_in(tmp_path / "pipe.ipynb")[1] == "refused: not a regular file"


def test_spreadsheet_cells_are_escaped_and_read_back() -> None:
    from lessons.grade.reports import _csv_text, _unescape

    text = _csv_text(("a", "b"), [("=1+1", "+x"), ("-", "@me"), ("plain", "2")])
    assert text.splitlines()[1:] == ["'=1+1,'+x", "'-,'@me", "plain,2"]
    assert _unescape("'=1+1") == "=1+1" and _unescape("'plain") == "'plain"


def test_feedback_markup_is_cleaned() -> None:
    from lessons.grade.feedback import clean_markdown

    cleaned = clean_markdown('<script>alert(1)</script><b onclick="x()">b</b>[a](javascript:x)')
    page = f"<style></style>{cleaned}"
    assert not unsafe_markup(page)
    assert unsafe_markup('<style></style><img src="x" onerror="alert(1)">')
    assert unsafe_markup('<style></style><a href=" javascript:alert(1)">a</a>')


def test_function_answers_cross_as_results_only(tmp_path: Path) -> None:
    """A function answer runs inside the sandbox on the grader's inputs; only its results cross,
    as plain data, and the checker answers the same inputs with them (no student code runs)."""
    import json

    from lessons.grade.answers import ANSWERS_FILE, Recorded, decode, export_source, unsupported_in
    from lessons.grade.checking import ALL_ANSWERS, PROLOGUE

    class Always:
        def __eq__(self, other: object) -> bool:
            return True

    def shout(text):  # noqa: ANN001, ANN202 - a student's function
        return [text.upper(), (len(text),)]

    def sly(text):  # noqa: ANN001, ANN202
        return Always()

    def broken(text):  # noqa: ANN001, ANN202
        raise ValueError("no")

    calls = {name: [["Kyiv"], ["Lviv"]] for name in ("shout", "sly", "broken")}
    space = {"shout": shout, "sly": sly, "broken": broken, "unlisted": shout}
    exec(export_source("ex-check", list(space), str(tmp_path), calls), {"_g": space, **space})  # noqa: S102
    row = json.loads((tmp_path / ANSWERS_FILE).read_text(encoding="utf-8"))
    answers = row["answers"]
    assert unsupported_in(answers["unlisted"]) == "function"  # no inputs: not gradable
    assert unsupported_in(answers["sly"]) == "a function returning Always"
    assert unsupported_in(answers["shout"]) is None
    assert isinstance(decode(answers["shout"]), Recorded)
    assert [pair[1] for pair in answers["broken"]["function"]] == [{"raised": "ValueError: no"}] * 2

    (tmp_path / ALL_ANSWERS).write_text(json.dumps({}), encoding="utf-8")
    checker: dict[str, object] = {}
    exec(PROLOGUE.replace("ANSWERS", str(tmp_path / ALL_ANSWERS)), checker)  # noqa: S102
    replay = checker["_lessons_decode"](answers["shout"])
    assert replay("Lviv") == ["LVIV", (4,)]
    with pytest.raises(AssertionError, match="not run on this input"):
        replay("Odesa")
    failing = checker["_lessons_decode"](answers["broken"])
    with pytest.raises(Exception, match="ValueError: no") as raised:
        failing("Kyiv")
    assert type(raised.value).__name__ == "StudentFunctionError"


def test_a_check_passes_only_when_the_checker_kernel_saw_it_pass(tmp_path: Path) -> None:
    """Points come from the verdicts the checker's kernel records as each check runs, never from
    outputs that are missing: a check that was stopped, skipped or lost earns nothing."""
    import io
    import json
    import sys

    from lessons.grade.checking import (
        ALL_ANSWERS,
        EPILOGUE,
        PASSED,
        PROLOGUE,
        VERDICTS,
        passed,
        read_verdicts,
        recorded,
        verdicts,
    )
    from lessons.grade.scoring import check_status

    given = {"h1": {"c": {"x": 1}}, "h2": {"c": {"x": 2}}, "h3": {"c": {"x": 3}}}
    (tmp_path / ALL_ANSWERS).write_text(json.dumps(given), encoding="utf-8")
    kernel: dict[str, object] = {}
    shown = io.StringIO()
    saved, sys.stderr = sys.stderr, shown
    try:
        exec(PROLOGUE.replace("ANSWERS", str(tmp_path / ALL_ANSWERS)), kernel)  # noqa: S102
        kernel["x"] = 0  # the model's answer
        run = lambda code: exec(code, kernel)  # noqa: E731, S102 - one cell at a time
        run("_lessons_swap('h1', 'c', ['x'])")
        run("assert x == 1\n_lessons_end()")  # runs to its end: right
        run("_lessons_restore(['x'])")
        run("_lessons_swap('h2', 'c', ['x'])")
        with pytest.raises(AssertionError):
            run("assert x == 1\n_lessons_end()")  # a hidden test fails
        run("_lessons_restore(['x'])")
        run("_lessons_swap('h3', 'c', ['x'])")
        run("import sys\nsys.stderr.write('Not yet')\n_lessons_end()")  # a hint on stderr
        run("_lessons_restore(['x'])")
        run("assert x == 0\n_lessons_end()")  # a swap that never ran: no verdict
        run("_lessons_restore(['x'])")
        assert kernel["x"] == 0 and sys.stderr is shown
        run(EPILOGUE.replace("VERDICTS", str(tmp_path / VERDICTS)))
    finally:
        sys.stderr = saved
    assert shown.getvalue() == "Not yet"
    found = read_verdicts(tmp_path)
    assert found == {"h1": {"c": True}, "h2": {"c": False}, "h3": {"c": False}}

    def cell(key: str) -> nbformat.NotebookNode:
        check = nbformat.v4.new_code_cell("assert x == 1")
        check.metadata["lessons_check"] = {"key": key, "check": "c"}
        return check  # no outputs at all: as if they were lost on a busy machine

    executed = nbformat.v4.new_notebook(cells=[cell(k) for k in ("h1", "h2", "h4")])
    cells = verdicts(executed, found)
    assert [passed(cells[(k, "c")]) for k in ("h1", "h2", "h4")] == [True, False, False]
    assert cells[("h1", "c")].metadata[PASSED] is True and not recorded(cells[("h4", "c")])
    assert check_status(cells[("h2", "c")]) == "not right"
    assert check_status(cells[("h4", "c")]) == "not checked (grade again)"
    (tmp_path / VERDICTS).unlink()
    assert read_verdicts(tmp_path) is None  # the checker stopped before its last cell
    (tmp_path / VERDICTS).symlink_to(tmp_path / ALL_ANSWERS)
    assert read_verdicts(tmp_path) is None


# --- Limits on the whole hand-in, and containers ------------------------------------------------

SPAWN = """
import subprocess
started = 0
for _ in range(60):
    try:
        subprocess.Popen(["sleep", "SPAWNED"], start_new_session=True)
        started += 1
    except OSError as error:
        print("blocked:", type(error).__name__)
        break
print("started", started)
"""
HOARD = """
import os
import time
children = []
for _ in range(3):
    pid = os.fork()
    if pid == 0:
        hoard = bytearray(100 * 1024**2)
        for at in range(0, len(hoard), 4096):
            hoard[at] = 1
        time.sleep(3)  # hold it until all three hold theirs: 300 MB at once, whatever the load
        os._exit(0)
    children.append(pid)
print("killed", sum(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]) == -9 for pid in children))
"""


def test_a_hand_in_is_capped_as_a_whole_and_ends_whole(tmp_path: Path) -> None:
    """Processes and memory of all a hand-in's processes together (a cgroup where one can be
    made), and none left afterwards: here three 100 MB children, held at once, under a 250 MB
    cap: one is killed."""
    import dataclasses
    import sys

    from lessons.grade.sandbox import INSIDE, run_in_sandbox

    walls = dataclasses.replace(sandbox_or_skip(), memory=250 * 1024**2, processes=24)
    folder = tmp_path / "h1"
    folder.mkdir()
    (folder / "spawn.py").write_text(SPAWN.replace("SPAWNED", SPAWNED), encoding="utf-8")
    (folder / "hoard.py").write_text(HOARD, encoding="utf-8")
    spawned = run_in_sandbox(walls, folder, [sys.executable, f"{INSIDE}/spawn.py"], 60)
    assert left_running(SPAWNED) == []
    root_without_groups = "pids" not in walls.cap.controllers and os.geteuid() == 0
    if root_without_groups:
        assert "NOT enforced" in walls.description
    else:
        assert "blocked: BlockingIOError" in spawned.log, spawned.log
    hoarded = run_in_sandbox(walls, folder, [sys.executable, f"{INSIDE}/hoard.py"], 60)
    expected = "killed 0" if "memory" not in walls.cap.controllers else "killed 1"
    assert expected in hoarded.log, (walls.description, hoarded.log)


def test_the_cap_in_use_is_said() -> None:
    from lessons.grade.limits import Cap

    mb = 1024**2
    v1 = Cap("cgroup1", ("/m", "/p"), ("memory", "pids")).describe(100 * mb, 9)
    assert v1 == (
        "per hand-in 100 MB of memory and 9 processes in cgroup v1 groups (memory, pids); "
        "each process 100 MB of address space"
    )
    scope = Cap("systemd", controllers=("memory", "pids"), user=True).describe(100 * mb, 9)
    assert "a systemd scope (systemd-run --user)" in scope
    plain = Cap("rlimits").describe(100 * mb, 9)
    assert plain.startswith("no cgroup could be made: each process 100 MB of address space")
    assert ("NOT enforced" if os.geteuid() == 0 else "RLIMIT_NPROC") in plain


def test_a_container_is_used_only_when_it_works(monkeypatch: pytest.MonkeyPatch) -> None:
    from lessons.grade import sandbox

    monkeypatch.setattr(sandbox.shutil, "which", lambda name: None)
    with pytest.raises(LessonError, match="--sandbox docker: docker is not installed"):
        sandbox.choose_sandbox(kind="docker")
    with pytest.raises(LessonError, match="leave out --sandbox podman"):
        sandbox.choose_sandbox(kind="podman", unsafe=True)
    with pytest.raises(LessonError, match="--sandbox must be one of"):
        sandbox.choose_sandbox(kind="chroot")


def test_the_container_command_walls_off_the_hand_in(tmp_path: Path) -> None:
    """Only the command line is checked here (no container runtime is needed for the test)."""
    from lessons.grade.sandbox import INSIDE, Sandbox, _container_prefix

    command = _container_prefix(Sandbox("podman", 512 * 1024**2, 64), tmp_path, "h1")
    text = " ".join(command)
    for part in (
        "podman run --rm --name h1 --pull never",
        "--network none --read-only --cap-drop ALL",
        "--memory 512m --memory-swap 512m --pids-limit 64",
        "--userns keep-id",
        f"--mount type=bind,source={tmp_path},target={INSIDE} ",
    ):
        assert part in text, part
    mounts = [command[i + 1] for i, arg in enumerate(command) if arg == "--mount"]
    writable = [mount for mount in mounts if not mount.endswith(",readonly")]
    assert writable == [f"type=bind,source={tmp_path},target={INSIDE}"]
    assert not [m for m in mounts if "/notebooks" in m or m.endswith(f"={PROJECT_ROOT},readonly")]
    assert command[-1] == "debian:bookworm-slim"
