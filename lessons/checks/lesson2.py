"""Instant feedback for lesson 2: find the quotes and who said them."""

from __future__ import annotations

from lessons.checks.core import check_items, check_value, not_yet, verdict

__all__ = [
    "HINTS",
    "check_anonymous_speakers",
    "check_quote_count",
    "check_speaker_of",
    "graded_calls",
]

HINTS: dict[str, tuple[str, ...]] = {}


def graded_calls() -> dict[str, dict[str, list[list[object]]]]:
    """For the grader: the inputs each function-answer check of this lesson runs on."""
    return {}


def check_quote_count(answer: object, article: object, *, strict: bool = False) -> None:
    """Lesson 2: how many direct quotes (fragments between quote marks) the article has."""
    from lessons.quotes import find_quotes

    with verdict(strict=strict):
        check_value(
            answer,
            len(find_quotes(article)),
            what="the number of direct quotes",
            hint="count the fragments: a quote broken by its attribution, or reopened after it, "
            "counts twice. len(find_quotes(article)) gives the kit's count.",
        )


def check_speaker_of(
    answer: object, article: object, beginning: str, *, strict: bool = False
) -> None:
    """Lesson 2: who said the quote that begins with ``beginning``."""
    from lessons.quotes import find_quotes

    with verdict(strict=strict):
        matching = [q for q in find_quotes(article) if q.text.startswith(beginning)]
        if not matching:
            not_yet(f"the kit finds no quote beginning {beginning!r} in this article.")
        check_value(
            answer,
            matching[0].speaker,
            what=f"the speaker of the quote beginning {beginning!r}",
            hint="a pronoun such as 'he' points back to someone named earlier: give the full name, "
            "without the title.",
        )


def check_anonymous_speakers(answer: object, article: object, *, strict: bool = False) -> None:
    """Lesson 2: the anonymous sources (quoted or paraphrased) of the article."""
    from lessons.quotes import find_indirect_quotes, find_quotes, speaker_kind

    with verdict(strict=strict):
        expected = {
            q.speaker
            for q in [*find_quotes(article), *find_indirect_quotes(article)]
            if speaker_kind(q.speaker) == "anonymous"
        }
        check_items(
            answer,
            expected,
            what="the anonymous sources",
            hint="look at the speaker column of both tables (quotes and reported speech): "
            "anonymous sources start with 'anonymous: '.",
        )
