"""Instant feedback for lesson 5: explore the story."""

from __future__ import annotations

from lessons.checks.core import check_value, verdict

__all__ = ["HINTS", "check_anonymous_sources", "graded_calls"]

HINTS: dict[str, tuple[str, ...]] = {}


def graded_calls() -> dict[str, dict[str, list[list[object]]]]:
    """For the grader: the inputs each function-answer check of this lesson runs on."""
    return {}


def check_anonymous_sources(answer: object, analysis: object, *, strict: bool = False) -> None:
    """Explore: how many statements (quotes and reported speech) come from unnamed sources."""
    from lessons.explore import ANONYMOUS_SOURCES, filter_quotes

    with verdict(strict=strict):
        statements = [*analysis.quotes, *analysis.indirect_quotes]
        check_value(
            answer,
            len(filter_quotes(statements, ANONYMOUS_SOURCES)),
            what="the number of statements from anonymous sources",
            hint="In the Quotes tab, tick 'include reported speech', then choose 'Anonymous "
            "sources' in the Source list: the number is in brackets.",
        )
