"""Instant feedback for exercise cells.

A check compares a student's answer with what the kit computes from the article (never a
hard-coded answer), prints one friendly line when it is right, and raises :class:`NotYet` with
what is wrong and a hint when it is not. ``NotYet`` is an AssertionError, so nbgrader counts the
cell as failed, and a :class:`~lessons.errors.LessonError`, so a notebook shows one line instead
of a traceback.

>>> check_value(3, 3, what="the number of quotes")
✅ Right: the number of quotes is 3.
"""

from __future__ import annotations

from collections.abc import Iterable

from lessons.errors import LessonError


class NotYet(LessonError, AssertionError):
    """An exercise answer that is not right yet; the message says why and what to try."""


def passed(message: str) -> None:
    """Tell the student the answer is right."""
    print(f"✅ Right: {message}")


def not_yet(problem: str, hint: str = "") -> None:
    """Stop with a one-line explanation of what is wrong and a hint."""
    raise NotYet(f"Not yet: {problem}" + (f" Hint: {hint}" if hint else ""))


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
            f"{what} should be a {type(expected).__name__}, you gave a {type(answer).__name__}.",
            hint,
        )
    not_yet(f"{what} is not {_show(answer)}.", hint)


def check_items(
    answer: Iterable[object] | object, expected: Iterable[object], *, what: str, hint: str = ""
) -> None:
    """Check a collection where order does not matter; say what is missing and what is extra."""
    if answer is ...:
        not_yet(f"{what} is still empty: replace the ... with your answer.", hint)
    if isinstance(answer, str) or not isinstance(answer, Iterable):
        not_yet(f"{what} should be a list, you gave a {type(answer).__name__}.", hint)
    given, wanted = set(answer), set(expected)
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


# --- Lesson 0 and 1: the article and its parts ---------------------------------------------------


def check_headline_words(answer: object, article: object) -> None:
    """Start here: the number of words in the headline."""
    expected = len(article.headline.text.split())
    check_value(
        answer,
        expected,
        what="the number of words in the headline",
        hint="article.headline.text is a string; .split() cuts it at spaces; len() counts.",
    )


def check_paragraph_count(answer: object, article: object) -> None:
    """Lesson 1: how many body paragraphs the parser found."""
    check_value(
        answer,
        len(article.paragraphs),
        what="the number of body paragraphs",
        hint="article.paragraphs is a tuple of paragraphs; count it with len().",
    )


def check_set_aside_reasons(answer: object, article: object) -> None:
    """Lesson 1: the different reasons the parser gave for setting lines aside."""
    check_items(
        answer,
        {line.reason for line in article.boilerplate},
        what="the reasons lines were set aside",
        hint="loop over article.boilerplate and collect each line's .reason into a set.",
    )


def check_top_word(answer: object, article: object) -> None:
    """Lesson 1: the most common word of the body once stopwords are left out."""
    from lessons.article import word_frequencies

    top = word_frequencies(article, top=1)
    check_value(
        answer,
        top[0][0] if top else "",
        what="the most common word",
        hint="word_frequencies(article) lists (word, count) pairs, most common first.",
    )
