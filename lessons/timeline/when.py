"""A date as precise as its words, and the counting every reading of a date uses.

"Last August" is a month (a :class:`When` of 2024-08, no day), "two weeks ago" a week; a date
written without a year ("Nov. 18") is read in the year nearest publication, ahead or back as
its sentence reads."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from lessons.timeline.holidays import safe_date
from lessons.timeline.patterns import Mention
from lessons.timeline.words import MONTHS, ORDINALS, WEEKDAYS, count_of


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
        return weekend_of(monday + dt.timedelta(days=5))
    return week_of(monday)


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


def shift(day: dt.date, amount: int, unit: str) -> dt.date:
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
MONTH_SLACK = dt.timedelta(days=0)


def nearest(
    choices: Iterable[When],
    published: dt.date,
    ahead: bool | None,
    slack: dt.timedelta = _PAST_SLACK,
) -> When:
    """Of several readings, the one a news reader would take: the nearest to publication,
    in the past unless the sentence looks ahead. ``slack``: how far after publication a past
    tense may still reach (a whole month reaches less far than a day: see ``MONTH_SLACK``)."""
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


def week_of(day: dt.date) -> When:
    """The week holding a day. Its calendar value is a month, the month of its Thursday (the ISO
    rule for weeks across months); :attr:`When.period` keeps the week itself.

    >>> week = week_of(dt.date(2024, 10, 30))
    >>> str(week), week.period
    ('2024-10', '2024-W44')
    """
    monday = day - dt.timedelta(days=day.weekday())
    month = When.of(monday + dt.timedelta(days=3), "month")
    return When(month.year, month.month, week=monday)


def weekend_of(saturday: dt.date) -> When:
    """A weekend: the month of its Saturday, and the weekend itself as :attr:`When.period`."""
    return When(saturday.year, saturday.month, week=saturday, weekend=True)


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
        return weekend_of(day + dt.timedelta(days=sign * (gap or 7)))
    if unit == "week":
        return week_of(day + dt.timedelta(weeks=amount))
    return When.of(day + dt.timedelta(days=amount))


def relative_year(mention: Mention) -> str:
    """The word that names a year after or before an expression: "last" in "Waitangi Day last
    year" and in "Last year's Cup Day"; "" when there is none."""
    return mention.part("rel") or mention.part("rel_before")


def year_of(mention: Mention, published: dt.date | None) -> int | None:
    """The written year, or the one "this year", "last year", "next year" names."""
    if mention.part("year"):
        return int(mention.part("year"))
    step = {"this": 0, "last": -1, "next": 1}.get(relative_year(mention))
    return None if step is None or published is None else published.year + step


def yearly_readings(
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


def a_year_on(when: When) -> When | None:
    """The same day a year later (None for a 29 February with no 29 February after it)."""
    later = safe_date(when.year + 1, when.first_day.month, when.first_day.day)
    return None if later is None else When.of(later)


def with_edge(when: When, mention: Mention, months: tuple[int, ...] = (1, 12)) -> When:
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
