"""Instant feedback for lesson 4: build a timeline of the story."""

from __future__ import annotations

from lessons.checks.core import check_items, check_value, not_yet, passed, verdict

__all__ = [
    "HINTS",
    "check_anchored_date",
    "check_imprecise_dates",
    "check_weekday_pattern",
    "graded_calls",
]

HINTS: dict[str, tuple[str, ...]] = {}


def graded_calls() -> dict[str, dict[str, list[list[object]]]]:
    """For the grader: the inputs each function-answer check of this lesson runs on."""
    return {}


def check_weekday_pattern(answer: object, article: object, *, strict: bool = False) -> None:
    """Lesson 4: a regular expression that finds the weekdays of the story ("on Tuesday")."""
    import re
    from collections import Counter

    from lessons.timeline import find_time_expressions

    with verdict(strict=strict):
        if answer is ... or not isinstance(answer, str) or not answer.strip():
            not_yet("the pattern is still empty: write it as a string.", 'start from r"Tuesday".')
        try:
            pattern = re.compile(answer)
        except re.error as error:
            not_yet(f"Python cannot read the pattern ({error}).", "check the brackets and the |.")
        found: Counter[str] = Counter()
        expected: Counter[str] = Counter()
        for _, span in article.story_parts():
            found.update(match.group() for match in pattern.finditer(span.text))
            expected.update(m.text for m in find_time_expressions(span) if m.kind == "weekday")
        if found == expected:
            passed(
                f"your pattern finds the {sum(expected.values())} weekday expressions of the story."
            )
            return
        missing = sorted((expected - found).elements())
        extra = sorted((found - expected).elements())
        problems = []
        if missing:
            problems.append(
                f"it misses {missing[0]!r}" + (f" and {len(missing) - 1} more" * (len(missing) > 1))
            )
        if extra:
            problems.append(
                f"it also finds {extra[0]!r}" + (f" and {len(extra) - 1} more" * (len(extra) > 1))
            )
        not_yet(
            "; ".join(problems) + ".",
            "the kit's expressions start with 'on' or 'On' when the text has one: try (?:[Oo]n )? "
            "before the day names, and \\b around them.",
        )


def check_anchored_date(
    answer: object, article: object, expression: str, published: object, *, strict: bool = False
) -> None:
    """Lesson 4: the date an expression points to if the story had another publication date."""
    from lessons.pipeline import parse_date
    from lessons.timeline import build_timeline

    with verdict(strict=strict):
        when = parse_date(published)
        dates = [e.date for e in build_timeline(article, when) if e.expression == expression]
        if not dates:
            not_yet(f"the kit finds no expression {expression!r} in this article.")
        check_value(
            answer,
            dates[0],
            what=f"the date of {expression!r} for a story published on {when.isoformat()}",
            hint="write it as 'YYYY-MM-DD'. A relative expression counts from the event just "
            "described, which may not be the publication date.",
        )


def check_imprecise_dates(answer: object, events: object, *, strict: bool = False) -> None:
    """Lesson 4: the expressions the kit can date only to the month or the year."""
    with verdict(strict=strict):
        check_items(
            answer,
            {e.expression for e in events if e.date is not None and len(e.date) < 10},
            what="the expressions known only to the month or year",
            hint="an event's .date has 10 characters (YYYY-MM-DD) only when the day is known.",
        )
