"""Step 2: resolve a time expression to a calendar date, as precise as the text.

"On Tuesday" in a story published on Wednesday, Nov. 20, 2024 is 2024-11-19; "last August"
is 2024-08 (a month, no day); "a day earlier" counts from the event just described. A date
that the text does not pin down gets None rather than a guess.

Honest granularity: a date is never more precise than its words. "Two weeks ago" is a week:
its ``date`` is the month holding it (the answer key's schema has no week value, see
:func:`_week_of`), and its :attr:`When.period` says which week ("2024-W46"); "the summer"
is a year; "by year-end" is a year (the business calendar of
:mod:`~lessons.timeline.expressions`).

>>> from lessons.article import Span
>>> from lessons.timeline.expressions import find_time_expressions
>>> [last_august] = find_time_expressions(Span("last August", 0, 11))
>>> str(resolve(last_august, dt.date(2024, 11, 20)))
'2024-08'
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

from lessons.timeline.country import country_named, nation_of
from lessons.timeline.expressions import Mention
from lessons.timeline.holidays import bank_holidays, holiday_date, nth_weekday, safe_date
from lessons.timeline.words import (
    DAY_WORDS,
    MONTHS,
    ORDINALS,
    SEASONS,
    SPOKEN_NUMBERS,
    WEEKDAYS,
    count_of,
)


@dataclass(frozen=True, order=True)
class When:
    """A calendar date as precise as the text: a day, a month or only a year.

    >>> str(When(2024, 8)), When(2024, 8).precision, When(2024, 8).last_day
    ('2024-08', 'month', datetime.date(2024, 8, 31))
    """

    year: int
    month: int | None = None
    day: int | None = None
    # a week or a weekend the text names: its first day (Monday, or Saturday for a weekend);
    # the calendar value above is then the month holding it
    week: dt.date | None = field(default=None, compare=False, repr=False)
    weekend: bool = field(default=False, compare=False, repr=False)

    @property
    def precision(self) -> str:
        return "year" if self.month is None else "month" if self.day is None else "day"

    @property
    def first_day(self) -> dt.date:
        if self.week is not None:
            return self.week
        return dt.date(self.year, self.month or 1, self.day or 1)

    @property
    def last_day(self) -> dt.date:
        if self.week is not None:  # Sunday: a week from Monday, a weekend from Saturday
            return self.week + dt.timedelta(days=1 if self.weekend else 6)
        if self.month is None:
            return dt.date(self.year, 12, 31)
        if self.day is None:
            return dt.date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])
        return dt.date(self.year, self.month, self.day)

    @property
    def period(self) -> str | None:
        """The week or weekend the text names, in ISO 8601 week notation ("2024-W47"; a weekend
        "2024-W47-WE", as TimeML writes it), or None for a day, a month or a year.

        >>> When(2024, 11, week=dt.date(2024, 11, 18)).period
        '2024-W47'
        """
        if self.week is None:
            return None
        year, number, _ = self.week.isocalendar()
        return f"{year:04d}-W{number:02d}" + ("-WE" if self.weekend else "")

    def __str__(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    @classmethod
    def of(cls, day: dt.date, precision: str = "day") -> When:
        """A date cut down to a precision: ``When.of(date(2024, 8, 24), "month")`` is 2024-08."""
        if precision == "year":
            return cls(day.year)
        if precision == "month":
            return cls(day.year, day.month)
        return cls(day.year, day.month, day.day)


def parse_period(period: str | None) -> When | None:
    """A week ("2024-W47") or weekend ("2024-W47-WE") as a :class:`When` (its month, with the
    week kept); None for anything else.

    >>> weekend = parse_period("2024-W47-WE")
    >>> str(weekend), weekend.first_day, weekend.last_day
    ('2024-11', datetime.date(2024, 11, 23), datetime.date(2024, 11, 24))
    """
    match = re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", period or "")
    if not match:
        return None
    try:
        monday = dt.date.fromisocalendar(int(match.group(1)), int(match.group(2)), 1)
    except ValueError:
        return None
    if match.group(3):
        return _weekend_of(monday + dt.timedelta(days=5))
    return _week_of(monday)


def parse_when(value: str | None) -> When | None:
    """ "2024-11-19", "2024-11" or "2024" as a :class:`When` (None for anything else)."""
    match = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value or "")
    if not match:
        return None
    year, month, day = (int(g) if g else None for g in match.groups())
    try:
        dt.date(year, month or 1, day or 1)
    except ValueError:
        return None
    return When(year, month, day)


# ---------------------------------------------------------------------------------------------
# Counting days, weeks, months and years


def _shift(day: dt.date, amount: int, unit: str) -> dt.date:
    """A date moved by whole days, weeks, months or years (the 31st becomes the month's last)."""
    if unit in ("day", "morning", "afternoon", "evening", "night"):
        return day + dt.timedelta(days=amount)
    if unit in ("week", "weekend"):
        return day + dt.timedelta(weeks=amount)
    months = day.year * 12 + day.month - 1 + (amount * 12 if unit == "year" else amount)
    year, month = divmod(months, 12)
    if not 1 <= year <= 9999:
        return day
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


_PAST_SLACK = dt.timedelta(days=62)
# a past tense puts a month before publication ("a storm in early February pushed spending
# up", written Dec. 20, is last February); "has decided to admit them in early March" is read
# as the nearest March instead (see lessons.timeline.direction.looks_ahead)
_MONTH_SLACK = dt.timedelta(days=0)


def _nearest(
    choices: Iterable[When],
    published: dt.date,
    ahead: bool | None,
    slack: dt.timedelta = _PAST_SLACK,
) -> When:
    """Of several readings, the one a news reader would take: the nearest to publication,
    in the past unless the sentence looks ahead. ``slack``: how far after publication a past
    tense may still reach (a whole month reaches less far than a day: see ``_MONTH_SLACK``)."""
    options = sorted(choices)
    if ahead is True:  # a week of slack: "will close from March 3" written on March 6 (but
        # no day back over New Year: "will continue through Dec. 31" written on Jan. 2; the
        # month just ended still can: "Figures for December are due", written on Jan. 3)
        later = [
            w
            for w in options
            if w.last_day >= published - dt.timedelta(days=7)
            and (w.precision != "day" or w.last_day.year >= published.year)
        ]
        return later[0] if later else options[-1]
    if ahead is False:  # a past tense may still name a deadline weeks ahead ("was extended
        # to Nov. 16" written on Oct. 30): a year back is further than a news writer would go
        # without writing the year, so the past reaches up to two months beyond publication
        earlier = [w for w in options if w.first_day <= published + slack]
        return earlier[-1] if earlier else options[0]

    def distance(w: When) -> tuple[int, int]:
        if w.first_day <= published <= w.last_day:
            return (0, 0)
        gap = (
            (w.first_day - published).days
            if w.first_day > published
            else (published - w.last_day).days
        )
        return (gap, 1 if w.first_day > published else 0)

    return min(options, key=distance)


def month_number(name: str) -> int:
    """ "Nov." and "November" are 11; 0 for anything else."""
    return MONTHS.get(name.casefold().rstrip("."), 0)


def day_number(text: str) -> int:
    """ "18th" is 18, "first" 1."""
    return ORDINALS.get(text.casefold()) or int(re.sub(r"\D", "", text) or 0)


def _week_of(day: dt.date) -> When:
    """The week holding a day. Its calendar value is a month, the month of its Thursday (the ISO
    rule for weeks across months); :attr:`When.period` keeps the week itself.

    >>> week = _week_of(dt.date(2024, 10, 30))
    >>> str(week), week.period
    ('2024-10', '2024-W44')
    """
    monday = day - dt.timedelta(days=day.weekday())
    month = When.of(monday + dt.timedelta(days=3), "month")
    return When(month.year, month.month, week=monday)


def _weekend_of(saturday: dt.date) -> When:
    """A weekend: the month of its Saturday, and the weekend itself as :attr:`When.period`."""
    return When(saturday.year, saturday.month, week=saturday, weekend=True)


# ---------------------------------------------------------------------------------------------
# One expression


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


def counted_from(day: dt.date, mention: Mention) -> When:
    """A day counted from the day an expression names: "the day before" it, "the Friday after"
    it, "a week before" it (a week), "the weekend before" it (a weekend).

    >>> from lessons.article import Span
    >>> from lessons.timeline.expressions import find_time_expressions
    >>> text = "by the Friday after Thanksgiving, a week before Christmas"
    >>> friday, week = find_time_expressions(Span(text, 0, len(text)))
    >>> str(counted_from(dt.date(2016, 11, 24), friday))
    '2016-11-25'
    >>> counted_from(dt.date(2016, 12, 25), week).period
    '2016-W50'
    """
    sign = -1 if mention.part("shift_dir") == "before" else 1
    unit, n = mention.part("shift_unit"), mention.part("shift_n")
    amount = sign * (count_of(n) or day_number(n) or 1)
    if mention.part("shift_dir") == "from":  # "a week from Saturday": a day, seven days on
        return When.of(day + dt.timedelta(weeks=amount))
    if unit in WEEKDAYS:  # the first such weekday after the day, or the last one before it
        gap = (
            (WEEKDAYS[unit] - day.weekday()) % 7
            if sign > 0
            else (day.weekday() - WEEKDAYS[unit]) % 7
        )
        return When.of(day + dt.timedelta(days=sign * (gap or 7)))
    if unit == "weekend":
        gap = (5 - day.weekday()) % 7 if sign > 0 else (day.weekday() - 5) % 7
        return _weekend_of(day + dt.timedelta(days=sign * (gap or 7)))
    if unit == "week":
        return _week_of(day + dt.timedelta(weeks=amount))
    return When.of(day + dt.timedelta(days=amount))


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
        day = safe_date(
            int(mention.part("year")),
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
        year = _year_of(mention, published)
        return When(year, month) if month and year else None
    if kind in ("year", "season_year"):
        return _with_edge(When(int(mention.part("year"))), mention)
    if kind == "spoken_year":
        year = spoken_year(mention.part("spoken"))
        month = month_number(mention.part("month"))
        return None if year is None else When(year, month) if month else When(year)
    told = mention.part("told").casefold()  # "in March of that year", "of the following year"
    which = mention.part("which")  # "the previous November", "the following spring"
    if kind in ("month", "season") and (told or which == "that" or which.startswith("the ")):
        told = told or which
        return _in_year_told(mention, anchor, told)  # "that spring", "that June"
    if kind == "day_of_month":
        return _resolve_day_of_month(mention, published, anchor, ahead)
    if kind == "month_day":
        return _resolve_month_day(mention, published, ahead, story_year)
    if kind == "week_of":  # honest granularity: the week's month, as for "next week"
        year = int(mention.part("year")) if mention.part("year") else story_year
        day = _resolve_month_day(mention, published, ahead, year)
        if day is not None and mention.part("weekend"):
            told = day.first_day  # its Saturday: the day itself, the day before a Sunday, else
            gap = -1 if told.weekday() == 6 else 5 - told.weekday()  # the Saturday after it
            return _weekend_of(told + dt.timedelta(days=gap))
        return None if day is None else _week_of(day.first_day)
    if kind == "holiday":  # "Christmas 2019" names its year, "Waitangi Day last year" too
        year = int(mention.part("year")) if mention.part("year") else story_year
        if _relative_year(mention) in ("last", "this", "next"):  # ("that year": the story's)
            year = _year_of(mention, published)
        held = _holiday(mention, _resolve_holiday(mention, published, ahead, year, country))
        kept = mention.part("kept_on")
        if kept and year is None and published is not None and not _within_a_week(held, published):
            weekday = replace(mention, kind="weekday", parts=(("weekday", kept),))  # "Monday, the
            return _resolve_weekday(weekday, published, ahead, None)  # Queen's Birthday public
        return held  # holiday", a state's own day the kit does not keep: the Monday
    if kind == "nth_weekday":  # "the first Monday of January": read like "in January"
        year = int(mention.part("year")) if mention.part("year") else story_year
        return _resolve_nth_weekday(mention, published, ahead, year)
    if kind == "month":
        return _resolve_month(mention, published, ahead, story_year)
    if kind == "after_event":
        return _resolve_after_event(mention, published, anchor)
    if kind == "event_anchor":  # "two days after the grounding": from that event's date only
        return None if anchor is None else _resolve_after_event(mention, published, anchor)
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
        return _resolve_holiday(holiday, published, ahead, year, country)
    if kind == "clock":  # "at 7 p.m.": on the day just described, if the text gives one
        return anchor if anchor is not None and anchor.precision == "day" else None
    if published is None:
        return None
    if kind == "weekday":
        return _resolve_weekday(mention, published, ahead, anchor)
    if kind == "day_word":
        word = mention.part("word")
        return When.of(published + dt.timedelta(days=DAY_WORDS.get(word, 0)))
    if kind == "unit":
        return _resolve_unit(mention, published, ahead)
    if kind == "ago":
        unit = mention.part("unit")
        amount = count_of(mention.part("n")) or day_number(mention.part("n"))
        if mention.part("from_now") or mention.part("in_time"):  # "two weeks from now", "in
            # three weeks": ahead, not back
            amount = -amount
        if unit.casefold() == "fortnight":  # "a fortnight ago": two weeks
            unit, amount = "week", 2 * amount
        unit, amount = _in_years(unit, amount)  # "a decade ago"
        then = _shift(published, -amount, unit)
        if unit == "week" or mention.part("this") == "week":  # "two weeks ago" is a week, not
            return _week_of(then)  # a day: its month (see _week_of); "25 years ago this week"
        precision = {"day": "day", "month": "month", "year": "year"}[unit]
        if mention.part("this") == "month":  # "Five years ago this month"
            precision = "month"
        if mention.part("today"):  # "Thirty years ago today": that very day
            precision = "day"
        return When.of(then, precision)
    if kind == "season":
        return _resolve_season(mention, published, ahead, country)
    if kind == "year_end":  # business calendar: see the module docstring
        return When(published.year - (1 if ahead is False else 0))
    return None


SOUTHERN = frozenset(["AU", "NZ", "ZA", "AR", "CL"])  # the seasons run six months apart


def _relative_year(mention: Mention) -> str:
    """The word that names a year after or before an expression: "last" in "Waitangi Day last
    year" and in "Last year's Cup Day"; "" when there is none."""
    return mention.part("rel") or mention.part("rel_before")


def _year_of(mention: Mention, published: dt.date | None) -> int | None:
    """The written year, or the one "this year", "last year", "next year" names."""
    if mention.part("year"):
        return int(mention.part("year"))
    step = {"this": 0, "last": -1, "next": 1}.get(_relative_year(mention))
    return None if step is None or published is None else published.year + step


def spoken_year(words: str) -> int | None:
    """A year read aloud: "nineteen ninety-six" is 1996, "two thousand and one" is 2001.

    >>> spoken_year("nineteen ninety-six"), spoken_year("eighteen oh five")
    (1996, 1805)
    >>> spoken_year("two thousand and one")
    2001
    """
    parts = re.split(r"[\s-]+", words.casefold())
    if parts[:2] == ["two", "thousand"]:
        rest = [p for p in parts[2:] if p != "and"]
        return 2000 + sum(SPOKEN_NUMBERS.get(p, 0) for p in rest)
    if len(parts) < 2 or parts[0] not in SPOKEN_NUMBERS:
        return None
    century = SPOKEN_NUMBERS[parts[0]] * 100
    return century + sum(SPOKEN_NUMBERS.get(p, 0) for p in parts[1:] if p != "oh")


def _yearly_readings(
    date_in: Callable[[int], dt.date | None], published: dt.date | None, story_year: int | None
) -> list[When]:
    """The day a yearless date ("Nov. 18", "Thanksgiving") falls on in the candidate years.

    The story's own year when the text gives one; otherwise the years around publication, for
    the caller to choose the nearest. No publication date and no story year: no reading.
    """
    if story_year is not None:
        years = [story_year]
    elif published is not None:
        years = [published.year - 1, published.year, published.year + 1]
    else:
        years = []
    return [When.of(day) for year in years if (day := date_in(year))]


def _resolve_month_day(
    mention: Mention, published: dt.date | None, ahead: bool | None, story_year: int | None
) -> When | None:
    month, day = month_number(mention.part("month")), day_number(mention.part("day"))
    if mention.part("rel") in ("last", "this", "next"):  # "6 February next year" ("that year"
        # is the story's: ``story_year``)
        story_year = _year_of(mention, published)
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
    readings = _yearly_readings(lambda year: safe_date(year, month, day), published, story_year)
    if story_year is not None or not readings:
        return readings[0] if story_year is not None and readings else None
    readings = fitting(readings) or readings
    return _nearest(readings, published, ahead) if readings else None


def named_holiday_date(mention: Mention, year: int, country: str | None = None) -> dt.date | None:
    """The day a holiday named in the text falls on in a year: its eve the day before
    ("Veterans Day eve", "a Juneteenth Eve vigil")."""
    day = holiday_date(mention.part("holiday"), year, country)
    return day - dt.timedelta(days=1) if day is not None and mention.part("eve") else day


def _resolve_holiday(
    mention: Mention,
    published: dt.date | None,
    ahead: bool | None,
    story_year: int | None,
    country: str | None = None,
) -> When | None:
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
    readings = _yearly_readings(held_on, published, story_year)
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
    return _nearest(readings, published, ahead) if readings else None


_JUST_GONE = 7  # days since a holiday that "last <holiday>" still passes over
_A_WEEK = 7  # days from the story's a holiday named with its weekday must lie within


def _within_a_week(when: When | None, published: dt.date) -> bool:
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
    return _nearest(readings, published, ahead)


def _resolve_nth_weekday(
    mention: Mention, published: dt.date | None, ahead: bool | None, story_year: int | None
) -> When | None:
    """ "the first Monday of January": the day, in the year the tense points to; "the second
    weekend of April": the weekend of the month's second Saturday."""
    nth = mention.part("nth")
    n = -1 if nth == "last" else day_number(nth)  # "first", "1st"
    weekend = mention.part("weekday") == "weekend"
    weekday = WEEKDAYS["saturday" if weekend else mention.part("weekday")]
    month = month_number(mention.part("month"))
    readings = _yearly_readings(
        lambda year: nth_weekday(year, month, n, weekday), published, story_year
    )
    if weekend:
        readings = [_weekend_of(day.first_day) for day in readings]
    if story_year is not None or not readings or published is None:
        return readings[0] if story_year is not None and readings else None
    return _nearest(readings, published, ahead)


def _holiday(mention: Mention, day: When | None) -> When | None:
    """ "Labor Day weekend" is the weekend next to the holiday: the one before a Monday, the one
    after a Tuesday to Friday (Thanksgiving weekend), its own for a Saturday or a Sunday;
    "Thanksgiving week" is the week holding the day."""
    if day is None or not mention.part("weekend"):
        return day
    if mention.part("weekend") == "week":  # "Thanksgiving week": the week holding the day
        return _week_of(day.first_day)
    return holiday_weekend(day)


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
    return _weekend_of(day.first_day + dt.timedelta(days=gap))


def _resolve_month(
    mention: Mention, published: dt.date | None, ahead: bool | None, story_year: int | None
) -> When | None:
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
    return _nearest(readings, published, ahead, _MONTH_SLACK)


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


def a_year_on(when: When) -> When | None:
    """The same day a year later (None for a 29 February with no 29 February after it)."""
    later = safe_date(when.year + 1, when.first_day.month, when.first_day.day)
    return None if later is None else When.of(later)


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


def nearest_weekday(day: dt.date, weekday: int) -> When:
    """The day of the week ``weekday`` (Monday is 0) nearest ``day``, at most three days back.

    >>> str(nearest_weekday(dt.date(2000, 11, 5), 0))  # a Sunday: the Monday after it
    '2000-11-06'
    """
    back = (day.weekday() - weekday) % 7
    return When.of(
        day - dt.timedelta(days=back) if back <= 3 else day + dt.timedelta(days=7 - back)
    )


def _resolve_weekday(
    mention: Mention, published: dt.date, ahead: bool | None, anchor: When | None = None
) -> When:
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


def _resolve_unit(mention: Mention, published: dt.date, ahead: bool | None) -> When:
    unit, which = mention.part("unit"), mention.part("which")
    if unit in ("midweek", "mid-week"):  # "until at least midweek": this week
        unit = "week"
    step = {"last": -1, "this past": -1, "next": 1, "this coming": 1}.get(which, 0)
    if mention.part("now").casefold() == "coming":
        step = 1  # "the coming weekend": like "this coming weekend"
    if unit == "season":  # "last season": a sports season, read as its year
        return When(published.year + step)
    if mention.part("now") == "new":  # "at the start of the new year": the next one (this one
        # when written in January, or told back in the year's first half: "in use since the new
        # year", written in March; but "promised early in the new year", written in November,
        # is the next)
        step = 0 if published.month == 1 or (ahead is False and published.month <= 6) else 1
    if unit == "weekend":
        saturday = published - dt.timedelta(days=(published.weekday() - 5) % 7)
        coming = which == "this" and (published.weekday() > 0 or ahead is not False)  # "turns
        # 100 this weekend", written on a Wednesday (but "celebrated this weekend" on a Monday)
        friday = not which and published.weekday() in (3, 4) and ahead is None  # "We get
        # the weekend off," said on a Friday (or a Thursday): the one about to start
        if step > 0 or (not step and published.weekday() < 5 and (ahead or coming or friday)):
            saturday += dt.timedelta(weeks=1)  # the weekend to come
        elif step < 0 and published.weekday() >= 5:
            saturday -= dt.timedelta(weeks=1)
        return _weekend_of(saturday)
    day = _shift(published, step, unit)
    if unit == "week":  # a Sunday paper looks at the week ahead: "this week" starts tomorrow,
        if published.weekday() == 6 and mention.part("edge") != "earlier":  # "last week" is
            day += dt.timedelta(days=1)  # the one ending today (and so is "earlier this week")
        elif (
            published.weekday() == 5
            and not step
            and ahead is not False
            and mention.part("edge").casefold().startswith("late")
        ):  # a Saturday's "likely later in the week": the week's end is gone, so the next one
            day += dt.timedelta(days=2)
        return _week_of(day)
    when = _with_edge(When.of(day, "month" if unit == "month" else "year"), mention)
    ended = mention.part("ending") and when.last_day >= published  # "ended the year down 18%"
    back = ahead is False and not which and mention.part("now") != "new"  # ("promised early in
    # the new year": the year to come, whatever the tense)
    if ended or (back and when.first_day > published):  # "inventory at the end of the year was
        # lower", written on Jan. 4: the year just ended
        earlier = _shift(published, -1, unit)
        when = _with_edge(When.of(earlier, "month" if unit == "month" else "year"), mention)
    return when


def _with_edge(when: When, mention: Mention, months: tuple[int, ...] = (1, 12)) -> When:
    """ "the beginning of the year" is its first month, "the end of last year" its last one;
    so for a season's ``months`` ("the end of winter": February, or August in the south), whose
    first month is in the year before when it runs over the new year (a northern December)."""
    edge = mention.part("edge")
    told = " of" in edge or edge.casefold() in ("end-", "start-")  # "by end-2027"
    if when.precision != "year" or not told or re.search(r"quarter|half", edge):
        return when  # "the first half of next year" is the year, not January
    if re.search(r"(?i)\b(?:beginning|start|first)\b", edge):
        return When(when.year - (1 if months[0] > months[-1] else 0), months[0])
    if re.search(r"(?i)\b(?:end|last)\b", edge):
        return When(when.year, months[-1])
    return when


def _in_year_told(mention: Mention, anchor: When | None, told: str) -> When | None:
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


def _resolve_day_of_month(
    mention: Mention, published: dt.date | None, anchor: When | None, ahead: bool | None
) -> When | None:
    """ "On the 7th": in the month of the event just told, else in the publication's month
    (the next one when the day has passed and the sentence looks ahead, the one before when
    the day is still to come and the sentence looks back)."""
    day = day_number(mention.part("day"))  # "the 7th", "the sixth"
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
    first = _shift(published.replace(day=1), step, "month")
    found = safe_date(first.year, first.month, day)
    return None if found is None else When.of(found)


def _weekday_the(day: int, weekday: int, published: dt.date, ahead: bool | None) -> When | None:
    """ "Friday the 25th": the nearest month, within a year either way, whose 25th is a Friday
    (the first one ahead when the sentence looks ahead, back when it looks back)."""
    first = published.replace(day=1)
    fitting = []
    for step in range(-12, 13):
        month = _shift(first, step, "month")
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


_YEARS_IN = {"decade": 10, "century": 100}


def _in_years(unit: str, amount: int) -> tuple[str, int]:
    """A count of decades or centuries as years ("a decade ago" is ten years ago); any other
    unit as it is.

    >>> _in_years("century", 1), _in_years("day", 3)
    (('year', 100), ('day', 3))
    """
    return ("year", amount * _YEARS_IN[unit]) if unit in _YEARS_IN else (unit, amount)


def _resolve_after_event(
    mention: Mention, published: dt.date | None, anchor: When | None
) -> When | None:
    unit = mention.part("unit")
    direction = mention.part("dir")
    if mention.part("that") or direction in ("same", "of"):  # "the night of the stabbing"
        amount = 0
    elif direction in ("next", "following", "later", "after", "afterward", "afterwards", "on"):
        amount = 1
    else:
        amount = -1
    if mention.part("n"):
        amount *= count_of(mention.part("n")) or day_number(mention.part("n"))
    if mention.part("back"):  # "on Tuesday, a day after the union rejected it": Monday
        if anchor is None or anchor.precision != "day":
            return None  # ("In January, a week after the anniversary": no day to count from)
        amount = -amount
    unit, amount = _in_years(unit, amount)  # "A century later"
    base = anchor or (When.of(published) if published else None)
    if base is None:
        return None
    if unit in ("hour", "minute"):  # "an hour later": the day it counts from
        return When.of(base.first_day) if base.precision == "day" else base
    if anchor is None and mention.part("n") and direction.startswith(("later", "after", "on")):
        base, amount = When.of(base.first_day, "year" if unit == "year" else "day"), 0  # a
        # headline's "60 years later" with nothing told before it: later is now
    if unit == "week":  # "the following week", "two weeks later": a week, as "two weeks ago"
        return _week_of(_shift(base.first_day, amount, unit))
    if unit == "weekend":  # "that weekend": the one holding the day or after it; "the
        day = base.first_day  # following weekend" the next to start after it; "the previous"
        saturday = day + dt.timedelta(days=5 - day.weekday())  # the week's (a Sunday's: the day
        on_it = day.weekday() >= 5  # before)
        weeks = 1 if amount > 0 and on_it else -1 if amount < 0 else 0
        return _weekend_of(saturday + dt.timedelta(weeks=weeks))
    precision_of_unit = {"month": "month", "year": "year"}.get(unit, "day")
    order = ("day", "month", "year")
    precision = max(base.precision, precision_of_unit, key=order.index)
    when = When.of(_shift(base.first_day, amount, unit), precision)
    span = mention.part("span")  # "at the end of that year": its last month
    if span and when.precision == "year":
        return When(
            when.year, 1 if span in ("beginning", "start") else 12 if span == "end" else None
        )
    return when


def _resolve_season(
    mention: Mention, published: dt.date, ahead: bool | None, country: str | None = None
) -> When:
    months = SEASONS[mention.part("season")]
    if nation_of(country) in SOUTHERN:  # winter in New Zealand is June to August
        months = tuple((m + 5) % 12 + 1 for m in months)
    return _with_edge(_season_year(mention, months, published, ahead), mention, months)


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
