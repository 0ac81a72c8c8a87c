"""The checker's side of an answer: plain JSON made live again, in the checker's own kernel.

:func:`lessons.grade.answers.decode` turns a hand-in's exported JSON into builtin values; here a
function answer becomes a :class:`Replay`, a stand-in that answers each input the grader gave it
inside the sandbox with the result it recorded there, so the hidden tests run as written. The
checker kernel runs the kit and the instructor's notebook only: no student code.

>>> square = revive({"function": [[argument_key([3]), 9]]})
>>> square(3)
9
>>> square(4)
Traceback (most recent call last):
...
AssertionError: the function was not run on this input while grading
"""

from __future__ import annotations

import hashlib
import json

from lessons.grade.answers import Raised, Recorded, Unsupported, decode


class StudentFunctionError(Exception):
    """An error the student's function raised on this input (while the hand-in ran)."""


def argument_key(args: list[object]) -> str:
    """The key a list of arguments is recorded under (the same as the export cell's)."""
    text = json.dumps(list(args), ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()[:24]


class Replay:
    """A student's function, as it answered the grader's inputs inside the sandbox."""

    def __init__(self, recorded: Recorded) -> None:
        self._results = dict(recorded.results)

    def __call__(self, *args: object) -> object:
        key = argument_key(list(args))
        if key not in self._results:
            raise AssertionError("the function was not run on this input while grading")
        return _live(self._results[key])


def _live(value: object) -> object:
    if isinstance(value, Recorded):
        return Replay(value)
    if isinstance(value, Raised):
        raise StudentFunctionError(value.message)
    if isinstance(value, Unsupported):
        raise ValueError(value.kind)
    return value


def revive(tree: object) -> object:
    """An answer as the check cell sees it: values as they were, functions as replays."""
    return _live(decode(tree))
