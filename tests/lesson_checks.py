"""Shared by the tests of every lesson's checks: a check's verdict as its one line of text, and
the lesson notebooks' objectives (each naming the exercise that checks it)."""

from __future__ import annotations

import contextlib
import io
import re

import nbformat
import pytest

from lessons.checks import NotYet
from lessons.data import PROJECT_ROOT


def not_yet_message(check, *args, **kwargs) -> str:  # noqa: ANN001 - any check function
    """The one-line message of a check that raises NotYet (hidden tests call it strict)."""
    with pytest.raises(NotYet) as caught:
        check(*args, **kwargs)
    message = str(caught.value)
    assert "\n" not in message, "a check message must fit on one line"
    return message


def soft_message(check, lesson: str, *args, **kwargs) -> str:  # noqa: ANN001 - any lesson check
    """A check in a notebook (not strict): one "Not yet" line on standard error naming the
    lesson's hints (``lesson`` is "nb02"), and no exception."""
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        check(*args, **kwargs)
    text = err.getvalue()
    assert text.startswith("⚠ Not yet: ") and text.count("\n") == 1, text
    assert f"checks.hint('{lesson}-ex" in text
    return text


def lesson_notebook(name: str, folder: str = "notebooks") -> nbformat.NotebookNode:
    return nbformat.read(PROJECT_ROOT / folder / f"{name}.ipynb", 4)


def objective_exercises(name: str) -> tuple[list[str], set[str], set[str]]:
    """(objective lines, the check ids they name, every check id with points) of a lesson.

    An objective names its exercise as "(exercise 3)", or several as "(exercises 7 and 8)"."""
    from lessons import grade

    notebook = lesson_notebook(name)
    intro = notebook.cells[0].source
    assert "**Time:**" in intro and "**Prerequisites**" in intro
    lines = intro.split("**Objectives**")[1].split("\n\n")[0].splitlines()[1:]
    objectives = [line for line in lines if line.startswith("* ")]
    lesson = f"nb{name[:2]}"
    named = set()
    for line in objectives:
        numbers = re.findall(r"\d+", " ".join(re.findall(r"\(exercises? ([\d ,and]+)\)", line)))
        assert numbers, f"objective without an exercise: {line}"
        named |= {f"{lesson}-ex{number}-check" for number in numbers}
    checks = {c.metadata["nbgrader"]["grade_id"] for c in notebook.cells if grade.cell_points(c)}
    return objectives, named, checks
