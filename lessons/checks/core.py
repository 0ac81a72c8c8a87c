"""The building blocks of every check: verdicts, kinds of values, values and collections.

A check compares a student's answer with what the kit computes from the article (never a
hard-coded answer), prints one friendly line when it is right, and one "⚠ Not yet: ..." line with
what is wrong and a hint when it is not, and the notebook goes on (Run All reaches the end with
the answers blank). With ``strict=True`` (the hidden tests) a lesson check raises :class:`NotYet`
instead. ``NotYet`` is an AssertionError, so nbgrader counts the cell as failed, and a
:class:`~lessons.errors.LessonError`, so a notebook shows one line instead of a traceback. The
building blocks :func:`check_value` and :func:`check_items` always raise.

>>> check_value(3, 3, what="the number of quotes")
✅ Right: the number of quotes is 3.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from lessons.errors import LessonError


class NotYet(LessonError, AssertionError):
    """An exercise answer that is not right yet; the message says why and what to try."""


def passed(message: str) -> None:
    """Tell the student the answer is right."""
    print(f"✅ Right: {message}")


def not_yet(problem: str, hint: str = "") -> None:
    """Stop with a one-line explanation of what is wrong and a hint."""
    raise NotYet(f"Not yet: {problem}" + (f" Hint: {hint}" if hint else ""))


@contextmanager
def verdict(*, strict: bool) -> Iterator[None]:
    """Around a check: a wrong answer prints its "Not yet" line and the notebook goes on, unless
    ``strict`` (a hidden test), when :class:`NotYet` is raised.

    >>> with verdict(strict=False):
    ...     not_yet("the count is not 2.")
    """
    try:
        yield
    except NotYet as error:
        if strict:
            raise
        sys.stderr.write(f"⚠ {error}\n")


_KINDS = {
    "int": "whole number",
    "float": "number",
    "str": "piece of text (a string)",
    "bool": "True or False",
    "list": "list",
    "tuple": "tuple",
    "set": "set",
    "dict": "dictionary",
    "NoneType": "None (nothing)",
}


def kind_of(value: object) -> str:
    """How a student would name the type of a value: 'a whole number', 'a list'.

    >>> kind_of(3), kind_of("Kyiv")
    ('a whole number', 'a piece of text (a string)')
    """
    name = type(value).__name__
    return "a " + _KINDS.get(name, name)


def _show(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def check_value(answer: object, expected: object, *, what: str, hint: str = "") -> None:
    """Check a single value (a number, a string, a name)."""
    if answer is ...:
        not_yet(f"{what} is still empty: replace the ... with your answer.", hint)
    if isinstance(answer, str) and isinstance(expected, str):
        if answer.strip() == expected.strip():
            passed(f"{what} is {_show(expected.strip())}.")
            return
        if answer.strip().casefold() == expected.strip().casefold():
            not_yet(f"{what} has the right words but the capitals differ.", hint)
    elif answer == expected:
        passed(f"{what} is {_show(expected)}.")
        return
    if type(answer) is not type(expected) and not (
        isinstance(answer, int | float) and isinstance(expected, int | float)
    ):
        not_yet(
            f"{what} should be {kind_of(expected)}, you gave {kind_of(answer)}.",
            hint,
        )
    not_yet(f"{what} is not {_show(answer)}.", hint)


def check_items(
    answer: Iterable[object] | object, expected: Iterable[object], *, what: str, hint: str = ""
) -> None:
    """Check a collection where order does not matter; say what is missing and what is extra."""
    if answer is ...:
        not_yet(f"your answer for {what} is still empty: replace the ... with your answer.", hint)
    if isinstance(answer, str) or not isinstance(answer, Iterable):
        not_yet(f"{what} should be a list, you gave {kind_of(answer)}.", hint)
    try:
        given, wanted = set(answer), set(expected)
    except TypeError:
        not_yet(f"{what} should be a list of simple values (names or numbers), not of lists.", hint)
    missing = sorted(map(str, wanted - given))
    extra = sorted(map(str, given - wanted))
    if not missing and not extra:
        passed(f"all {len(wanted)} of {what}.")
        return
    parts = []
    if missing:
        parts.append(f"{len(missing)} missing (for example {missing[0]!r})")
    if extra:
        parts.append(f"{len(extra)} that should not be there (for example {extra[0]!r})")
    not_yet(f"{what}: " + " and ".join(parts) + ".", hint)


def corrected_spelling(answer: object, expected: str) -> str | None:
    """The verified spelling a student gave where the article misspells a name, else None.

    A name counts as corrected when the answer is in the kit's list of verified spellings
    (``lessons/vocab/verified_names.txt``) and a few letters away from the article's spelling.

    >>> corrected_spelling("Dmitry Peskov", "Dmitry Perskov")
    'Dmitry Peskov'
    >>> corrected_spelling("Dmitry Petrov", "Dmitry Perskov") is None
    True
    """
    from nltk import edit_distance

    from lessons import vocab

    if not isinstance(answer, str) or answer.strip() == expected:
        return None
    name = answer.strip()
    verified = {n.casefold(): n for n in vocab.word_list("verified_names")}
    spelling = verified.get(name.casefold())
    if spelling and 0 < edit_distance(spelling.casefold(), expected.casefold()) <= 2:
        return spelling
    return None


def check_name(answer: object, expected: str, *, what: str, hint: str = "") -> None:
    """Check a name; a verified spelling that corrects the article's misspelling is praised."""
    spelling = corrected_spelling(answer, expected)
    if spelling:
        passed(
            f"{what} is {spelling}, and better than the article, which misspells the name "
            f"{expected!r}: you checked it against the record."
        )
        return
    check_value(answer, expected, what=what, hint=hint)


def say(exercise: str, problem: str | None, right: str, *, strict: bool) -> None:
    """Print the verdict; a wrong answer prints one "Not yet" line (or raises when strict)."""
    if problem is None:
        passed(right)
        return
    message = f"{problem} For a hint: checks.hint({exercise!r})."
    if strict:
        raise NotYet(f"Not yet: {message}")
    sys.stderr.write(f"⚠ Not yet: {message}\n")


def run_answer(function: object, *args: object) -> tuple[object, str | None]:
    """(result, None) or (None, what went wrong) for a student's function."""
    if not callable(function):
        return None, f"it should be a function (def ...), you gave {kind_of(function)}."
    try:
        return function(*args), None
    except Exception as error:  # noqa: BLE001 - any error of the student's code is feedback
        return None, f"your function stopped with {type(error).__name__}: {error}"


def first_problem(finder, function: object, articles: tuple[str, ...]) -> str | None:  # noqa: ANN001
    """The first problem ``finder`` sees on the articles, naming the article it was seen on."""
    for name in articles:
        problem = finder(function, name)
        if problem:
            return problem if " article" in problem else f"on the {name} article, {problem}"
    return None


def attempt(function: object, *args: object, default: object = None) -> object:
    """Run a student's function for a lesson cell; while it is not written yet, say so and go on.

    >>> attempt(len, "abc")
    3
    """
    result, error = run_answer(function, *args)
    if error:
        sys.stderr.write(f"⚠ Not yet: {error} (the lesson goes on without it)\n")
        return default
    return default if result is None else result
