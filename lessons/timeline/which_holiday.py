"""Which year's holiday the story means, and on which day: "last Halloween" is the one gone by,
"the bank holiday" the country's bank holiday nearest the story, "the Australia Day public
holiday" the Monday it is kept on when 26 January is a Sunday, and "Labor Day weekend" the
weekend before the Monday."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from lessons.timeline.country import country_named
from lessons.timeline.holidays import bank_holidays, holiday_date, safe_date
from lessons.timeline.patterns import Mention
from lessons.timeline.weekdays_months import weekday_on_or_after
from lessons.timeline.when import When, counted_from, nearest, weekend_of, yearly_readings
from lessons.timeline.words import WEEKDAYS


def named_holiday_date(mention: Mention, year: int, country: str | None = None) -> dt.date | None:
    """The day a holiday named in the text falls on in a year: its eve the day before
    ("Veterans Day eve", "a Juneteenth Eve vigil")."""
    day = holiday_date(mention.part("holiday"), year, country)
    return day - dt.timedelta(days=1) if day is not None and mention.part("eve") else day


def resolve_holiday(
    mention: Mention,
    published: dt.date | None,
    ahead: bool | None,
    story_year: int | None,
    country: str | None = None,
) -> When | None:
    """A holiday ("on Thanksgiving", "last Halloween"): the holiday's day in the story's country (or
    the nation the text names, "U.S. Thanksgiving"), in the passage's year or the nearest one ahead
    or back as ``ahead`` says."""
    if mention.part("holiday") == "bank holiday":
        return _the_bank_holiday(mention, published, ahead, story_year, country)
    nation = mention.part("nation")  # "U.S. Thanksgiving" in a Canadian story
    country = (country_named(nation) if nation else None) or country

    def held_on(year: int) -> dt.date | None:
        day = named_holiday_date(mention, year, country)
        if day is not None and mention.part("held") and day.weekday() == 6:
            return day + dt.timedelta(days=1)  # "Twelfth parade", "the Twelfth": no parade on
            # a Sunday; it and its holiday are on the Monday (datasets/README, round nineteen)
        if day is not None and mention.part("kept_on"):  # "on Monday, the St Andrew's Day
            kept = WEEKDAYS[mention.part("kept_on").casefold()]  # holiday": the Monday after
            return weekday_on_or_after(day, kept)  # Sunday 30 November
        if day is not None and mention.part("observed") and day.weekday() >= 5:
            return kept_on(day, country)  # "the Australia Day public holiday", 26 January a
            # Sunday: Monday 27 January
        return day

    which = mention.part("which")
    if which in ("last", "this past", "next", "this coming"):
        story_year = None  # "approved the rule Tuesday after last Halloween's fires": counted
        # from the day of writing, whatever year the sentence's other dates tell
    readings = yearly_readings(held_on, published, story_year)
    if story_year is not None or not readings:
        return readings[0] if story_year is not None and readings else None
    if which in ("last", "this past"):
        gone = sorted(w for w in readings if w.first_day < published)
        if (
            which == "last"
            and len(gone) > 1
            and (published - gone[-1].first_day).days <= _JUST_GONE
        ):
            return gone[-2]  # "Last Canada Day, about 5,000 people watched", written the day
            # after this year's: a year back (a day or two ago is "on Canada Day", "yesterday")
        return gone[-1] if gone else None
    if which in ("next", "this coming"):
        return min((w for w in readings if w.first_day > published), default=None)
    return nearest(readings, published, ahead) if readings else None


_JUST_GONE = 7  # days since a holiday that "last <holiday>" still passes over
_A_WEEK = 7  # days from the story's day within which a holiday named with its weekday lies


def within_a_week(when: When | None, published: dt.date) -> bool:
    """Is a day told within a week of the story's, either way?"""
    return when is not None and abs((when.first_day - published).days) <= _A_WEEK


def kept_on(day: dt.date, country: str | None) -> dt.date:
    """The weekday a public holiday falling on a weekend is kept on: the Monday after (in the
    United States a Saturday's holiday is kept on the Friday before).

    >>> kept_on(dt.date(2025, 1, 26), "AU-WA"), kept_on(dt.date(2026, 7, 4), "US")
    (datetime.date(2025, 1, 27), datetime.date(2026, 7, 3))
    """
    if day.weekday() == 5 and country == "US":
        return day - dt.timedelta(days=1)
    return day + dt.timedelta(days=7 - day.weekday())


def _the_bank_holiday(
    mention: Mention,
    published: dt.date | None,
    ahead: bool | None,
    story_year: int | None,
    country: str | None,
) -> When | None:
    """ "the bank holiday (Monday)": of the country's bank holidays, the one nearest the story's
    day, ahead or back as the sentence reads; in ``story_year``, the one nearest the same time
    of that year ("Last year the bank holiday Monday")."""
    if published is None:
        return None
    years = (
        [story_year]
        if story_year is not None
        else [published.year - 1, published.year, published.year + 1]
    )
    mondays = bool(mention.part("monday"))
    readings = [
        When.of(day)
        for year in years
        for day in bank_holidays(year, country)
        if not mondays or day.weekday() == 0
    ]
    if not readings:
        return None
    if story_year is not None:
        same = dt.date(story_year, published.month, min(published.day, 28))
        return min(readings, key=lambda when: abs((when.first_day - same).days))
    return nearest(readings, published, ahead)


def holiday_weekend(day: When) -> When:
    """The weekend next to a holiday: the one before a Monday, the one after a Tuesday to
    Friday, its own for a Saturday or a Sunday.

    >>> str(holiday_weekend(When(2026, 7, 4))), str(holiday_weekend(When(2026, 9, 7)))
    ('2026-07', '2026-09')
    >>> holiday_weekend(When(2026, 9, 7)).period
    '2026-W36-WE'
    """
    weekday = day.first_day.weekday()
    gap = -2 if weekday == 0 else -(weekday - 5) if weekday >= 5 else 5 - weekday
    return weekend_of(day.first_day + dt.timedelta(days=gap))


def the_holidays_year(mention: Mention, when: When | None, country: str | None) -> When | None:
    """A holiday written with its date ("on Labor Day, Sept. 7") is in the year the holiday
    falls on that date, when that is the year before or after the one read.

    >>> from lessons.article import Span
    >>> from lessons.timeline.expressions import find_time_expressions
    >>> [m] = find_time_expressions(Span("on Labor Day, Sept. 7", 0, 21))
    >>> str(the_holidays_year(m, When(2025, 9, 7), None))
    '2026-09-07'
    """
    name = mention.part("holiday")
    if mention.kind not in ("month_day", "date") or not name or when is None:
        return when
    if mention.part("year") or when.precision != "day":
        return when
    shift = tuple((k[len("holiday_") :], v) for k, v in mention.parts if k.startswith("holiday_"))
    counted = replace(mention, parts=shift) if shift else None  # "the day after Labour Day"
    for year in (when.year, when.year + 1, when.year - 1):
        day = safe_date(year, when.first_day.month, when.first_day.day)
        holiday = holiday_date(name, year, country)
        if holiday is not None and counted is not None:
            holiday = counted_from(holiday, counted).first_day
        if day is not None and holiday == day:
            return When.of(day)
    return when
