"""Step 2: resolve a time expression to a calendar date, as precise as the text.

"On Tuesday" in a story published on Wednesday, Nov. 20, 2024 is 2024-11-19; "last August"
is 2024-08 (a month, no day); "a day earlier" counts from the event just described. A date
that the text does not pin down gets None rather than a guess.

Honest granularity: a date is never more precise than its words. "Two weeks ago" is a week:
its ``date`` is the month holding it (the answer key's schema has no week value, see
:func:`~lessons.timeline.when.week_of`), and its :attr:`When.period` says which week
("2024-W46"); "the summer" is a year; "by year-end" is a year (the business calendar of
:mod:`~lessons.timeline.expressions`).

>>> from lessons.article import Span
>>> from lessons.timeline.expressions import find_time_expressions
>>> [last_august] = find_time_expressions(Span("last August", 0, 11))
>>> str(resolve(last_august, dt.date(2024, 11, 20)))
'2024-08'
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from lessons.timeline.counted_time import in_years, resolve_after_event, resolve_unit
from lessons.timeline.holidays import safe_date
from lessons.timeline.patterns import Mention
from lessons.timeline.weekdays_months import (
    in_year_told,
    resolve_day_of_month,
    resolve_month,
    resolve_month_day,
    resolve_nth_weekday,
    resolve_season,
    resolve_weekday,
)
from lessons.timeline.when import (
    When,
    counted_from,
    day_number,
    month_number,
    relative_year,
    shift,
    week_of,
    weekend_of,
    with_edge,
    year_of,
)
from lessons.timeline.which_holiday import holiday_weekend, resolve_holiday, within_a_week
from lessons.timeline.words import DAY_WORDS, SPOKEN_NUMBERS, count_of


def resolve(
    mention: Mention,
    published: dt.date | None,
    anchor: When | None = None,
    ahead: bool | None = None,
    story_year: int | None = None,
    country: str | None = None,
) -> When | None:
    """The date an expression points to, or None when the text does not pin it down.

    ``published`` is the publication date; ``anchor`` the date of the event just described (for
    "a day earlier"); ``ahead`` whether the sentence looks ahead (True), back (False) or cannot
    say (None); ``story_year`` a year stated nearby, for dates written without one; ``country``
    the story's country, for holidays that differ (:mod:`~lessons.timeline.country`). "The day
    before" a day ("the day before last Tuesday's hearing") is one day earlier.

    >>> from lessons.article import Span
    >>> from lessons.timeline.expressions import find_time_expressions
    >>> m = find_time_expressions(Span("on Tuesday", 0, 10))[0]
    >>> str(resolve(m, dt.date(2024, 11, 20))), str(resolve(m, dt.date(2024, 11, 20), ahead=True))
    ('2024-11-19', '2024-11-26')
    """
    when = _resolve(mention, published, anchor, ahead, story_year, country)
    if when is None or not mention.part("shift_dir") or when.precision != "day":
        return when
    return counted_from(when.first_day, mention)


def _resolve(
    mention: Mention,
    published: dt.date | None,
    anchor: When | None = None,
    ahead: bool | None = None,
    story_year: int | None = None,
    country: str | None = None,
) -> When | None:
    """:func:`resolve` without the shift of "the day before"."""
    kind = mention.kind
    if kind == "date":
        year = (  # "June sixteenth, nineteen ninety-four": a year read aloud
            spoken_year(mention.part("spoken"))
            if mention.part("spoken")
            else int(mention.part("year"))
        )
        if year is None:
            return None
        day = safe_date(
            year,
            int(mention.part("month"))
            if mention.part("month").isdigit()
            else month_number(mention.part("month")),
            day_number(mention.part("day")),
        )
        return When.of(day) if day else None
    if kind == "numeric_date":  # "09/09/2019", "29/12/2019": the number over 12 is the day
        first, second = int(mention.part("first")), int(mention.part("second"))
        month, day = (second, first) if first > 12 else (first, second)
        found = safe_date(int(mention.part("year")), month, day)
        return When.of(found) if found else None
    if kind == "month_year":
        month = month_number(mention.part("month"))
        year = year_of(mention, published)
        return When(year, month) if month and year else None
    if kind in ("year", "season_year"):
        return with_edge(When(int(mention.part("year"))), mention)
    if kind == "spoken_year":
        year = spoken_year(mention.part("spoken"))
        month = month_number(mention.part("month"))
        return None if year is None else When(year, month) if month else When(year)
    told = mention.part("told").casefold()  # "in March of that year", "of the following year"
    which = mention.part("which")  # "the previous November", "the following spring"
    if kind in ("month", "season") and (told or which == "that" or which.startswith("the ")):
        told = told or which
        return in_year_told(mention, anchor, told)  # "that spring", "that June"
    if kind == "day_of_month":
        return resolve_day_of_month(mention, published, anchor, ahead)
    if kind == "month_day":
        return resolve_month_day(mention, published, ahead, story_year)
    if kind == "week_of":  # honest granularity: the week's month, as for "next week"
        year = int(mention.part("year")) if mention.part("year") else story_year
        day = resolve_month_day(mention, published, ahead, year)
        if day is not None and mention.part("weekend"):
            told = day.first_day  # its Saturday: the day itself, the day before a Sunday, else
            gap = -1 if told.weekday() == 6 else 5 - told.weekday()  # the Saturday after it
            return weekend_of(told + dt.timedelta(days=gap))
        return None if day is None else week_of(day.first_day)
    if kind == "holiday":  # "Christmas 2019" names its year, "Waitangi Day last year" too
        year = int(mention.part("year")) if mention.part("year") else story_year
        if relative_year(mention) in ("last", "this", "next"):  # ("that year": the story's)
            year = year_of(mention, published)
        held = _holiday(mention, resolve_holiday(mention, published, ahead, year, country))
        kept = mention.part("kept_on")
        if kept and year is None and published is not None and not within_a_week(held, published):
            weekday = replace(mention, kind="weekday", parts=(("weekday", kept),))  # "Monday, the
            return resolve_weekday(weekday, published, ahead, None)  # Queen's Birthday public
        return held  # holiday", a state's own day the kit does not keep: the Monday
    if kind == "nth_weekday":  # "the first Monday of January": read like "in January"
        year = int(mention.part("year")) if mention.part("year") else story_year
        return resolve_nth_weekday(mention, published, ahead, year)
    if kind == "month":
        return resolve_month(mention, published, ahead, story_year)
    if kind == "after_event":
        return resolve_after_event(mention, published, anchor)
    if kind == "event_anchor":  # "two days after the grounding": from that event's date only
        return None if anchor is None else resolve_after_event(mention, published, anchor)
    if kind == "event_day":  # "on election day": the day of the election the story dates; a
        federal = (  # US story's "Election Day" is the federal one
            mention.part("noun") == "election"
            and (mention.part("unit") == "day" or bool(mention.part("year")))
            and country in (None, "US")
        )
        the_federal_day = federal and (
            (mention.text.endswith("Election Day") and not mention.part("primary"))
            or bool(mention.part("year"))
        )  # "Election Day", "election night in 2024" (but a primary's Election Day is its own)
        if anchor is not None and anchor.precision == "day" and not the_federal_day:
            return anchor
        if not federal:
            return None
        holiday = replace(mention, parts=(("holiday", "Election Day"),))
        year = int(mention.part("year")) if mention.part("year") else story_year
        return resolve_holiday(holiday, published, ahead, year, country)
    if kind == "clock":  # "at 7 p.m.": on the day just described, if the text gives one
        return anchor if anchor is not None and anchor.precision == "day" else None
    if published is None:
        return None
    if kind == "weekday":
        return resolve_weekday(mention, published, ahead, anchor)
    if kind == "day_word":
        word = mention.part("word")
        return When.of(published + dt.timedelta(days=DAY_WORDS.get(word, 0)))
    if kind == "unit":
        return resolve_unit(mention, published, ahead)
    if kind == "ago":
        unit = mention.part("unit")
        if unit.casefold() in ("hour", "minute"):  # "a few hours ago": today
            return When.of(published)
        amount = count_of(mention.part("n")) or day_number(mention.part("n"))
        if mention.part("from_now") or mention.part("in_time"):  # "two weeks from now", "in
            # three weeks": ahead, not back
            amount = -amount
        if unit.casefold() == "fortnight":  # "a fortnight ago": two weeks
            unit, amount = "week", 2 * amount
        unit, amount = in_years(unit, amount)  # "a decade ago"
        then = shift(published, -amount, unit)
        if mention.part("today"):  # "Thirty years ago today", "one week ago today": that very
            return When.of(then)  # day
        if unit == "week" or mention.part("this") == "week":  # "two weeks ago" is a week, not
            return week_of(then)  # a day: its month (see week_of); "25 years ago this week"
        precision = {"day": "day", "month": "month", "year": "year"}[unit]
        if mention.part("this") == "month":  # "Five years ago this month"
            precision = "month"
        return When.of(then, precision)
    if kind == "season":
        return resolve_season(mention, published, ahead, country)
    if kind == "year_end":  # business calendar: see the module docstring
        return When(published.year - (1 if ahead is False else 0))
    return None


def spoken_year(words: str) -> int | None:
    """A year read aloud: "nineteen ninety-six" is 1996, "two thousand and one" is 2001.

    >>> spoken_year("nineteen ninety-six"), spoken_year("eighteen oh five")
    (1996, 1805)
    >>> spoken_year("two thousand and one"), spoken_year("ninety-three")
    (2001, 1993)
    """
    parts = re.split(r"[\s-]+", words.casefold())
    if parts[:2] == ["two", "thousand"]:
        rest = [p for p in parts[2:] if p != "and"]
        return 2000 + sum(SPOKEN_NUMBERS.get(p, 0) for p in rest)
    if len(parts) < 2 or parts[0] not in SPOKEN_NUMBERS:
        return None
    tens, ones = SPOKEN_NUMBERS[parts[0]], SPOKEN_NUMBERS.get(parts[1], 0)
    if len(parts) == 2 and tens >= 50 and ones < 10:  # "ninety-three": the last century's,
        return 1900 + tens + ones  # as "'93" is
    century = SPOKEN_NUMBERS[parts[0]] * 100
    return century + sum(SPOKEN_NUMBERS.get(p, 0) for p in parts[1:] if p != "oh")


def _holiday(mention: Mention, day: When | None) -> When | None:
    """ "Labor Day weekend" is the weekend next to the holiday: the one before a Monday, the one
    after a Tuesday to Friday (Thanksgiving weekend), its own for a Saturday or a Sunday;
    "Thanksgiving week" is the week holding the day."""
    if day is None or not mention.part("weekend"):
        return day
    if mention.part("weekend") == "week":  # "Thanksgiving week": the week holding the day
        return week_of(day.first_day)
    return holiday_weekend(day)
