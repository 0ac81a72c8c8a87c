"""nbgrader, configured for the kit.

What nbgrader changes in a notebook, and how: a model answer becomes a stub that names the
answer (``top_word = ...  # your answer here``), saved widget state is dropped, a slow cell is
stopped after ``CELL_TIMEOUT`` seconds, and feedback never shows a hidden test, not even in an
error message. :func:`configure` applies all of it to an nbgrader config: the scratch courses the
kit creates, and the ``nbgrader_config.py`` it writes for a real course.
"""

from __future__ import annotations

import ast
import re
import textwrap
from collections.abc import Sequence
from pathlib import Path

import nbformat

from lessons.errors import LessonError

try:  # nbgrader comes with the `instructor` extra; students never need it
    from nbgrader.preprocessors import ClearHiddenTests, ClearSolutions, NbGraderPreprocessor
except ImportError:  # pragma: no cover - checked by _require_nbgrader() before any use
    ClearHiddenTests = ClearSolutions = NbGraderPreprocessor = object  # type: ignore[assignment,misc]

COURSE_ID = "lessons"
CELL_TIMEOUT = 30  # seconds one cell may run while autograding
CODE_STUB = "...  # your answer here"
REFLECTION_STUB = "_Double-click here and write your answer._"
HIDDEN_TEST_FAILED = "A hidden test did not pass."
TIMEOUT_ERRORS = ("CellTimeoutError", "KeyboardInterrupt")  # the grader interrupts slow cells
INSTALL_HINT = "install the instructor tools: pip install -e '.[instructor]' (or make install)"


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
