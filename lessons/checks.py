"""Instant feedback for exercise cells.

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


# --- Lesson 0 and 1: the article and its parts ---------------------------------------------------


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


def check_paragraph_count(answer: object, article: object, *, strict: bool = False) -> None:
    """Lesson 1: how many body paragraphs the parser found."""
    with verdict(strict=strict):
        check_value(
            answer,
            len(article.paragraphs),
            what="the number of body paragraphs",
            hint="article.paragraphs is a tuple of paragraphs; count it with len().",
        )


def check_set_aside_reasons(answer: object, article: object, *, strict: bool = False) -> None:
    """Lesson 1: the different reasons the parser gave for setting lines aside."""
    with verdict(strict=strict):
        check_items(
            answer,
            {line.reason for line in article.boilerplate},
            what="the reasons why lines were set aside",
            hint="loop over article.boilerplate and collect each line's .reason into a set.",
        )


def check_top_word(answer: object, article: object, *, strict: bool = False) -> None:
    """Lesson 1: the most common word of the body once stopwords are left out."""
    from lessons.article import word_frequencies

    with verdict(strict=strict):
        top = word_frequencies(article, top=1)
        check_value(
            answer,
            top[0][0] if top else "",
            what="the most common word",
            hint="word_frequencies(article) lists (word, count) pairs, most common first.",
        )


# --- Lesson 5: explore the story ------------------------------------------------------------------


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


# --- Lesson 3: tag the named entities -------------------------------------------------------------


def check_name_grammar(
    answer: object, sentence: str, name: str = "Department of Defense", *, strict: bool = False
) -> None:
    """Lesson 3: a chunk grammar that keeps a name with "of" in one chunk."""
    from lessons.entities import chunk_tree, pos_tags

    with verdict(strict=strict):
        if answer is ...:
            not_yet("the grammar is still empty: replace the ... with your answer.", "")
        if not isinstance(answer, str) or not answer.strip():
            not_yet("the grammar should be a string of rules.", "start from DEFAULT_GRAMMAR.")
        try:
            tree = chunk_tree(pos_tags(sentence), answer)
        except (ValueError, TypeError) as error:
            not_yet(f"NLTK cannot read the grammar ({error}).", "one rule per line: NAME: {<...>}")
        chunks = [
            " ".join(word for word, _ in subtree.leaves())
            for subtree in tree.subtrees()
            if subtree is not tree
        ]
        if name in chunks:
            passed(f"your grammar keeps '{name}' in one chunk.")
            return
        not_yet(
            f"no chunk is exactly '{name}'; the chunks are {chunks}.",
            "look at the tag 'of' gets in the tree, then add a rule for proper nouns, that tag, "
            "proper nouns, above the simple rule.",
        )


def check_people(answer: object, article: object, *, strict: bool = False) -> None:
    """Lesson 3: the names of the people the kit finds."""
    from lessons.entities import find_entities

    with verdict(strict=strict):
        check_items(
            answer,
            {e.text for e in find_entities(article) if e.type == "PERSON"},
            what="the people in the story",
            hint="keep entity.text for every entity whose .type is 'PERSON'.",
        )


def check_mention_count(
    answer: object, article: object, name: str, *, strict: bool = False
) -> None:
    """Lesson 3: how many times the story mentions one entity (possessives included)."""
    from lessons.entities import find_entities

    with verdict(strict=strict):
        counts = {e.text: e.count for e in find_entities(article)}
        check_value(
            answer,
            counts.get(name, 0),
            what=f"the number of mentions of {name}",
            hint="find the entity whose .text is the name and read its .count (or len(.mentions)).",
        )


# --- Lesson 4: build a timeline of the story ----------------------------------------------------


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


# --- Lesson 2: find the quotes and who said them ---------------------------------------------


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


def __getattr__(name: str) -> object:
    """Lesson 1's checks (students write each step) live in :mod:`lessons.checks_article`; they
    are reached from here too (``checks.hint(...)``), loaded on first use (no import cycle)."""
    from lessons import checks_article

    if name in checks_article.__all__:
        return getattr(checks_article, name)
    raise AttributeError(f"module 'lessons.checks' has no attribute {name!r}")
