"""Which weekday, day, month or season the story means when it writes no year: the one nearest
publication, ahead or back as the sentence reads.

"On Tuesday" in a story of Wednesday, Nov. 20, 2024 is Nov. 19 (Nov. 26 if the council "will
vote on Tuesday"); "in the spring", written in October and looking ahead, is next spring."""

from __future__ import annotations

import datetime as dt

from lessons.timeline.country import nation_of
from lessons.timeline.holidays import nth_weekday, safe_date
from lessons.timeline.patterns import Mention
from lessons.timeline.when import (
    MONTH_SLACK,
    When,
    day_number,
    month_number,
    nearest,
    shift,
    weekend_of,
    with_edge,
    year_of,
    yearly_readings,
)
from lessons.timeline.words import SEASONS, WEEKDAYS


def resolve_weekday(
    mention: Mention, published: dt.date, ahead: bool | None, anchor: When | None = None
) -> When:
    """A weekday: "on Tuesday" is the nearest Tuesday, ahead or back as ``ahead`` says; "last",
    "next", "this", "the following", "that" and "Friday week" pick another (the last two count from
    ``anchor``, the day just told)."""
    weekday = WEEKDAYS[mention.part("weekday")]
    which = mention.part("which")
    if mention.part("week_on"):  # "Friday week": a week after the coming Friday (a fortnight:
        coming = (weekday - published.weekday()) % 7  # two weeks after it); written on a
        # Friday, "Friday week" is a week today and "Friday fortnight" two weeks today
        weeks = 2 if mention.part("week_on") == "fortnight" else 1
        return When.of(published + dt.timedelta(days=coming + 7 * weeks))
    if mention.part("next_week") or mention.part("shared_next_week"):  # "Wednesday next
        # week", "on Monday and Wednesday next week": in the week after this one
        monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=1)
        return When.of(monday + dt.timedelta(days=weekday))
    if which == "that" and anchor is not None and anchor.precision == "day":  # "1 a.m. that
        return nearest_weekday(anchor.first_day, weekday)  # Saturday": nearest the day told
    if which.startswith("the "):  # "the following Monday" counts from the event just described
        base = anchor.first_day if anchor is not None else published
        if which == "the following":
            return weekday_after(base, weekday)
        return When.of(base - dt.timedelta(days=(base.weekday() - weekday) % 7 or 7))
    back = (published.weekday() - weekday) % 7  # days back to the latest such day
    if which == "earlier":  # "earlier Sunday": before the story, whatever the tense
        ahead = False
    if which == "this":  # "goes ahead this Sunday", "had considered this Sunday": the coming
        return When.of(published + dt.timedelta(days=(weekday - published.weekday()) % 7))  # one
    if which in ("next", "this coming") or mention.part("next_after"):  # "on Tuesday next"
        return weekday_after(published, weekday)
    if which in ("last", "this past") or mention.part("last_after"):  # "on Friday last"
        return When.of(published - dt.timedelta(days=back or 7))
    forward = (weekday - published.weekday()) % 7  # days ahead to the next such day
    # the text leaves it open: the nearer one, ahead when it is at most three days ahead (and
    # so four or more back): "the first closures start Saturday night" on a Wednesday
    if ahead or (ahead is None and forward <= 3):
        return When.of(published + dt.timedelta(days=forward))
    return When.of(published - dt.timedelta(days=back))


def weekday_after(day: dt.date, weekday: int) -> When:
    """The first day of the week ``weekday`` (Monday is 0) after ``day``, a week on if ``day``
    is one.

    >>> str(weekday_after(dt.date(2026, 3, 23), 1)), str(weekday_after(dt.date(2026, 3, 23), 0))
    ('2026-03-24', '2026-03-30')
    """
    return When.of(day + dt.timedelta(days=(weekday - day.weekday()) % 7 or 7))


def weekday_on_or_after(day: dt.date, weekday: int) -> dt.date:
    """The first day of the week ``weekday`` (Monday is 0) on or after ``day``.

    >>> monday = dt.date(2026, 3, 23)
    >>> str(weekday_on_or_after(monday, 0)), str(weekday_on_or_after(monday, 1))
    ('2026-03-23', '2026-03-24')
    """
    return day + dt.timedelta(days=(weekday - day.weekday()) % 7)


def nearest_weekday(day: dt.date, weekday: int) -> When:
    """The day of the week ``weekday`` (Monday is 0) nearest ``day``, at most three days back.

    >>> str(nearest_weekday(dt.date(2000, 11, 5), 0))  # a Sunday: the Monday after it
    '2000-11-06'
    """
    back = (day.weekday() - weekday) % 7
    return When.of(
        day - dt.timedelta(days=back) if back <= 3 else day + dt.timedelta(days=7 - back)
    )


def resolve_month_day(
    mention: Mention, published: dt.date | None, ahead: bool | None, story_year: int | None
) -> When | None:
    """A month and day without a year ("Nov. 18"): the year the passage tells of (``story_year``),
    or the nearest Nov. 18 ahead or back as ``ahead`` says; a weekday written with it ("Tuesday,
    Nov. 19") says which year."""
    month, day = month_number(mention.part("month")), day_number(mention.part("day"))
    if mention.part("rel") in ("last", "this", "next"):  # "6 February next year" ("that year"
        # is the story's: ``story_year``)
        story_year = year_of(mention, published)
    weekday = mention.part("weekday").rstrip(".")  # "Tuesday, Nov. 19": it says which year

    def fitting(readings: list[When]) -> list[When]:
        if weekday not in WEEKDAYS:
            return []
        return [w for w in readings if w.first_day.weekday() == WEEKDAYS[weekday]]

    if story_year is not None:  # "10pm on Friday 3 October" beside a year the story seems to
        # tell: the weekday written may point to the year before or after it
        around = (story_year, story_year - 1, story_year + 1)
        fits = fitting([When.of(d) for y in around if (d := safe_date(y, month, day))])
        if fits:
            return fits[0]
        if weekday in WEEKDAYS:  # "on Tuesday, Oct. 14" beside "founded in 1989": the weekday
            story_year = None  # written says it is not the story's year
    readings = yearly_readings(lambda year: safe_date(year, month, day), published, story_year)
    if story_year is not None or not readings:
        return readings[0] if story_year is not None and readings else None
    readings = fitting(readings) or readings
    return nearest(readings, published, ahead) if readings else None


def resolve_nth_weekday(
    mention: Mention, published: dt.date | None, ahead: bool | None, story_year: int | None
) -> When | None:
    """ "the first Monday of January": the day, in the year the tense points to; "the second weekend
    of April": the weekend of the month's second Saturday."""
    nth = mention.part("nth")
    n = -1 if nth == "last" else day_number(nth)  # "first", "1st"
    weekend = mention.part("weekday") == "weekend"
    weekday = WEEKDAYS["saturday" if weekend else mention.part("weekday")]
    month = month_number(mention.part("month"))
    readings = yearly_readings(
        lambda year: nth_weekday(year, month, n, weekday), published, story_year
    )
    if weekend:
        readings = [weekend_of(day.first_day) for day in readings]
    if story_year is not None or not readings or published is None:
        return readings[0] if story_year is not None and readings else None
    return nearest(readings, published, ahead)


_MONTH_STEP = {"last": -1, "this": 0, "next": 1}


def resolve_day_of_month(
    mention: Mention, published: dt.date | None, anchor: When | None, ahead: bool | None
) -> When | None:
    """ "On the 7th": in the month of the event just told, else in the publication's month (the next
    one when the day has passed and the sentence looks ahead, the one before when the day is still
    to come and the sentence looks back)."""
    day = day_number(mention.part("day"))  # "the 7th", "the sixth"
    if (told := mention.part("rel_month").casefold()) in _MONTH_STEP and published is not None:
        first = shift(published.replace(day=1), _MONTH_STEP[told], "month")  # "the 18th of
        found = safe_date(first.year, first.month, day)  # this month", "of next month"
        return None if found is None else When.of(found)
    if mention.part("weekday") and published is not None:
        return _weekday_the(day, WEEKDAYS[mention.part("weekday").casefold()], published, ahead)
    if anchor is not None and anchor.month is not None:
        found = safe_date(anchor.year, anchor.month, day)
        return None if found is None else When.of(found)
    if published is None:
        return None
    step = 0
    if ahead is True and day < published.day:
        step = 1
    elif ahead is False and day > published.day:
        step = -1
    first = shift(published.replace(day=1), step, "month")
    found = safe_date(first.year, first.month, day)
    return None if found is None else When.of(found)


def _weekday_the(day: int, weekday: int, published: dt.date, ahead: bool | None) -> When | None:
    """ "Friday the 25th": the nearest month, within a year either way, whose 25th is a Friday
    (the first one ahead when the sentence looks ahead, back when it looks back)."""
    first = published.replace(day=1)
    fitting = []
    for step in range(-12, 13):
        month = shift(first, step, "month")
        found = safe_date(month.year, month.month, day)
        if found is not None and found.weekday() == weekday:
            fitting.append(found)
    if ahead is True:
        fitting = [d for d in fitting if d >= published] or fitting
    elif ahead is False:
        fitting = [d for d in fitting if d <= published] or fitting
    if not fitting:
        return None
    return When.of(min(fitting, key=lambda d: abs((d - published).days)))


def resolve_month(
    mention: Mention, published: dt.date | None, ahead: bool | None, story_year: int | None
) -> When | None:
    """A month ("in March"): in the passage's year (``story_year``), "last March" the one gone by,
    "next March" the one to come, else the nearest March ahead or back as ``ahead`` says."""
    month = month_number(mention.part("month"))
    which = mention.part("which")
    if story_year is not None and not which:
        return When(story_year, month)
    if published is None:
        return None
    readings = [When(year, month) for year in range(published.year - 1, published.year + 2)]
    this_month = When(published.year, published.month)
    if which in ("last", "this past"):
        return max(w for w in readings if w < this_month)
    if which in ("next", "this coming"):
        return min(w for w in readings if w > this_month)
    if which == "this":
        return When(published.year, month)
    return nearest(readings, published, ahead, MONTH_SLACK)


def in_year_told(mention: Mention, anchor: When | None, told: str) -> When | None:
    """A month or season in the year of the event just told ("that spring", "March of that
    year"), or the year after or before it ("June of the following year")."""
    if anchor is None:
        return None
    step = (
        1
        if told.endswith(("following", "next"))
        else -1
        if told.endswith(("previous", "preceding"))
        else 0
    )
    month = month_number(mention.part("month")) if mention.part("month") else None
    if mention.part("which").startswith("the ") and anchor.month is not None:
        # "after a special election the previous November" (January 2024): November 2023;
        # "the following spring" after August 2019: 2020
        months = (month,) if month else SEASONS[mention.part("season")]
        after_it, before_it = months[0] > anchor.month, months[-1] < anchor.month
        step = 0 if (after_it if step > 0 else before_it) else step
    return When(anchor.year + step, month)


SOUTHERN = frozenset(["AU", "NZ", "ZA", "AR", "CL"])  # the seasons run six months apart


def resolve_season(
    mention: Mention, published: dt.date, ahead: bool | None, country: str | None = None
) -> When:
    """A season ("this summer", "last winter"): the year that holds most of its months, counted in
    the southern hemisphere's months where the story's country lies there (winter in New Zealand is
    June to August)."""
    months = SEASONS[mention.part("season")]
    if nation_of(country) in SOUTHERN:  # winter in New Zealand is June to August
        months = tuple((m + 5) % 12 + 1 for m in months)
    return with_edge(_season_year(mention, months, published, ahead), mention, months)


def _season_year(
    mention: Mention, months: tuple[int, ...], published: dt.date, ahead: bool | None
) -> When:
    """The year of a season (the year that holds most of its months)."""
    which = mention.part("which")
    if months[0] > months[-1] and which in ("this", "next", "this coming"):  # a winter (a
        # southern summer) runs into a new year: the year that holds most of its months
        starts = published.year if published.month >= 7 else published.year - 1  # "this winter"
        if which != "this":  # "next summer", written in March in New Zealand: December 2026 on
            starts = published.year if published.month < months[0] else published.year + 1
        return When(starts + 1)
    if which in ("last", "this past") or which.casefold().startswith("before"):
        back = 2 if which.casefold().startswith("before") else 1  # "the autumn before last"
        return When(published.year - back + (1 if published.month > months[-1] else 0))
    if which in ("next", "this coming"):
        return When(published.year if published.month < months[0] else published.year + 1)
    if which:  # "this summer"
        return When(published.year)
    if months[0] > months[-1]:  # a northern winter, a southern summer: December to February
        if published.month >= months[0]:  # written in its December: the one under way
            return When(published.year + (0 if ahead is False else 1))
        if published.month <= months[-1] or ahead is False:
            return When(published.year)  # written in it, or the one gone
        return When(published.year + (1 if ahead or published.month >= 7 else 0))
    if ahead is False and published.month < months[0] <= months[-1]:
        return When(published.year - 1)  # "put down deposits in the fall", written in January
    if ahead is True and months[-1] < published.month:
        return When(published.year + 1)  # "will reopen in the spring", written in October
    if ahead is None and months[0] <= months[-1] and months[0] - published.month > 6:
        return When(published.year - 1)  # the nearest fall to a story of January is last fall
    if (
        ahead is None
        and months[-1] < published.month
        and (months[0] + 12 - published.month < published.month - months[-1])
    ):
        return When(published.year + 1)  # "revisit it in the spring", written in November: the
        # nearest spring is next year's
    return When(published.year)
