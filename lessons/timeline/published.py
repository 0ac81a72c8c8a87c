"""Step 3: when was the story published? Every relative date ("on Tuesday") counts from it.

The date may be given (the gold file, the command line); otherwise the kit reads it from the
article: a date line under the byline ("Published March 5, 2025"), a dateline with a date
("KYIV, Nov. 20 -"), or the story's own dates, when a weekday it mentions falls on a date it
gives. When none of these works the date stays unknown, and the reason says why.

>>> from lessons.article import parse_article
>>> found = infer_published(parse_article("Vote Set\\n\\nPublished Nov. 20, 2024\\n\\nIt is set."))
>>> found.date, found.source
(datetime.date(2024, 11, 20), "inferred: the date line reads 'Published Nov. 20, 2024'")
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from lessons.article import Article, Span
from lessons.document import StorySentence
from lessons.timeline.expressions import find_time_expressions, story_mentions
from lessons.timeline.holidays import safe_date
from lessons.timeline.patterns import Mention
from lessons.timeline.resolve import resolve
from lessons.timeline.when import day_number, month_number
from lessons.timeline.words import WEEKDAYS


@dataclass(frozen=True)
class PublishedDate:
    """When the article was published and how the kit knows.

    ``source`` starts with "given", "inferred: <why>" or "unknown: <why>".
    """

    date: dt.date | None
    source: str


_NUMERIC_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")


def infer_published(article: Article, given: dt.date | None = None) -> PublishedDate:
    """The publication date: the one given, else one read from the article, else unknown.

    In order: the date given; the date line under the byline ("Published March 5, 2025"); a
    dateline with a date ("KYIV, Nov. 20 -"); the story's own dates, when a weekday it
    mentions falls on a date it gives ("November 20" and "Wednesday" in 2024).
    """
    if given is not None:
        return PublishedDate(given, "given")
    mentions = story_mentions(article)
    years = _years_in(article, mentions)
    unsure = ""
    for name, span in (("date line", article.date_line), ("dateline", article.dateline)):
        if span is not None:
            found = _date_in_line(span, years)
            if found:
                return PublishedDate(found, f"inferred: the {name} reads '{span.text}'")
            if find_time_expressions(span):
                unsure = f"the {name} '{span.text}' gives no year; "
    published = _published_from_story(mentions, years)
    if published.date is None and unsure:
        return PublishedDate(None, "unknown: " + unsure + published.source[len("unknown: ") :])
    return published


def _years_in(article: Article, mentions: Sequence[tuple[Mention, StorySentence]]) -> list[int]:
    """Years the article states: in full dates, month-years, "in 2024", a "© 2024" footer."""
    years = {int(m.part("year")) for m, _ in mentions if m.part("year").isdigit()}
    for line in article.boilerplate:
        years.update(
            int(y)
            for y in re.findall(r"(?:©|\(c\)|copyright)\s*(\d{4})\b", line.text, re.IGNORECASE)
        )
    return sorted(years)


def _date_in_line(span: Span, years: list[int]) -> dt.date | None:
    for mention in find_time_expressions(span):
        when = resolve(mention, None)
        if when and when.precision == "day":
            return when.first_day
        if mention.kind == "month_day" and years:
            readings = [
                d
                for y in reversed(years)
                if (
                    d := safe_date(
                        y, month_number(mention.part("month")), day_number(mention.part("day"))
                    )
                )
            ]
            weekday = mention.part("weekday").rstrip(".")
            fitting = [
                d for d in readings if weekday not in WEEKDAYS or d.weekday() == WEEKDAYS[weekday]
            ]
            if fitting:
                return fitting[0]
    numeric = _NUMERIC_DATE.search(span.text)
    if numeric:
        first, second, year = (int(g) for g in numeric.groups())
        month, day = (second, first) if first > 12 else (first, second)
        return safe_date(year, month, day)
    return None


def _bare(mention: Mention) -> str:
    """The expression without its leading "on", "in" or "at": "November 20"."""
    return re.sub(r"^(?i:on|in|at)\s+", "", mention.text)


def _published_from_story(
    mentions: Sequence[tuple[Mention, StorySentence]], years: list[int]
) -> PublishedDate:
    weekdays: dict[int, str] = {}
    for mention, _ in mentions:
        if mention.kind == "weekday":
            weekdays.setdefault(WEEKDAYS[mention.part("weekday")], mention.part("weekday"))
    pins: list[tuple[dt.date, str, str]] = []
    full_dates: list[tuple[dt.date, str]] = []
    for mention, _ in mentions:
        if mention.kind not in ("date", "month_day"):
            continue
        month, day = month_number(mention.part("month")), day_number(mention.part("day"))
        if mention.part("month").isdigit():
            month = int(mention.part("month"))
        own = mention.part("weekday").rstrip(".")
        candidates = [int(mention.part("year"))] if mention.kind == "date" else years
        for year in reversed(candidates):
            found = safe_date(year, month, day)
            if found is None:
                continue
            if mention.kind == "date" and not own:
                full_dates.append((found, _bare(mention)))
            if own in WEEKDAYS and found.weekday() == WEEKDAYS[own]:
                pins.append((found, _bare(mention), ""))
                break
            if found.weekday() in weekdays:
                pins.append((found, _bare(mention), weekdays[found.weekday()].capitalize()))
                break
    if pins:
        day, text, weekday = max(pins)
        why = (
            f"'{text}' and '{weekday}' fall on the same day, {day.isoformat()}"
            if weekday
            else f"'{text}' names its own weekday, and it fits: {day.isoformat()}"
        )
        return PublishedDate(day, f"inferred: {why}")
    if full_dates and weekdays:
        latest, text = max(full_dates)
        days = [latest + dt.timedelta(days=(w - latest.weekday()) % 7) for w in weekdays]
        day = max(days)
        names = " and ".join(f"'{weekdays[w].capitalize()}'" for w in sorted(weekdays))
        return PublishedDate(
            day,
            f"inferred: the weekdays {names} fall in the week after '{text}'; "
            f"the latest is {day.isoformat()}",
        )
    return PublishedDate(
        None,
        "unknown: no date given, no date line, and no weekday in the story fits one of its dates",
    )
