"""Instant feedback for exercise cells, one module per lesson.

A check compares a student's answer with what the kit computes from the article (never a
hard-coded answer), prints one friendly line when it is right, and one "⚠ Not yet: ..." line with
what is wrong and a hint when it is not, and the notebook goes on (Run All reaches the end with
the answers blank). With ``strict=True`` (the hidden tests) a lesson check raises :class:`NotYet`
instead. ``NotYet`` is an AssertionError, so nbgrader counts the cell as failed, and a
:class:`~lessons.errors.LessonError`, so a notebook shows one line instead of a traceback.

1. :mod:`~lessons.checks.core`: verdicts and the building blocks (:func:`check_value`,
   :func:`check_items`, :func:`attempt`).
2. :mod:`~lessons.checks.lesson0` to :mod:`~lessons.checks.lesson5`: each lesson's checks, its
   two-level ``HINTS`` and the inputs its function answers are graded on (``graded_calls``).

Every lesson's names are reached from here (``checks.check_quote_count``), loaded on first use.

>>> check_value(3, 3, what="the number of quotes")
✅ Right: the number of quotes is 3.
"""

from __future__ import annotations

from importlib import import_module
from types import ModuleType

from lessons.checks.core import (
    NotYet,
    attempt,
    check_items,
    check_value,
    kind_of,
    not_yet,
    passed,
    verdict,
)
from lessons.errors import LessonError

__all__ = [
    "LESSONS",
    "NotYet",
    "attempt",
    "check_items",
    "check_value",
    "graded_calls",
    "hint",
    "kind_of",
    "not_yet",
    "passed",
    "verdict",
]

LESSONS = ("lesson0", "lesson1", "lesson2", "lesson3", "lesson4", "lesson5")


def _lesson(name: str) -> ModuleType:
    return import_module(f"lessons.checks.{name}")


def _all_hints() -> dict[str, tuple[str, ...]]:
    hints: dict[str, tuple[str, ...]] = {}
    for name in LESSONS:
        hints.update(_lesson(name).HINTS)
    return hints


def hint(exercise: str, level: int = 1) -> None:
    """Print a hint for an exercise: level 1 nudges, level 2 nearly solves it.

    >>> hint("nb01-ex3")
    Hint 1 of 2 for nb01-ex3: A function starts with def and ends with return; one line is a trap.
    """
    hints = _all_hints().get(exercise)
    if hints is None:
        lesson = exercise[:4] if exercise.startswith("nb") else ""
        known = [key for key in _all_hints() if key.startswith(lesson)] or list(_all_hints())
        raise LessonError(f"No hints for {exercise!r}: try one of {', '.join(known)}.")
    level = min(max(int(level), 1), len(hints))
    print(f"Hint {level} of {len(hints)} for {exercise}: {hints[level - 1]}")


def graded_calls() -> dict[str, dict[str, list[list[object]]]]:
    """For the grader: the inputs each check runs a function answer on, every lesson together.

    Inside the grading sandbox a function answer is called on each of these argument lists and
    only its results cross back, as plain data.
    """
    calls: dict[str, dict[str, list[list[object]]]] = {}
    for name in LESSONS:
        calls.update(_lesson(name).graded_calls())
    return calls


def __getattr__(name: str) -> object:
    """A lesson's check (``checks.check_quote_count``), loaded from its module on first use."""
    for lesson in LESSONS:
        module = _lesson(lesson)
        if name in module.__all__:
            return getattr(module, name)
    raise AttributeError(f"module 'lessons.checks' has no attribute {name!r}")
