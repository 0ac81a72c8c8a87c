"""Instant feedback for lesson 0: start here."""

from __future__ import annotations

from lessons.checks.core import check_value, verdict

__all__ = ["HINTS", "check_headline_words", "graded_calls"]

HINTS: dict[str, tuple[str, ...]] = {}


def graded_calls() -> dict[str, dict[str, list[list[object]]]]:
    """For the grader: the inputs each function-answer check of this lesson runs on."""
    return {}


def check_headline_words(answer: object, article: object, *, strict: bool = False) -> None:
    """Start here: the number of words in the headline."""
    with verdict(strict=strict):
        expected = len(article.headline.text.split())
        check_value(
            answer,
            expected,
            what="the number of words in the headline",
            hint="article.headline.text is a string; .split() cuts it at spaces; len() counts.",
        )
