"""The calendar of holidays: the day a holiday a story names falls on in a given year.

Each holiday has a rule in ``lessons/vocab/timeline_holidays.txt`` ("Christmas = 12-25",
"Thanksgiving = 4th Thursday of November", "Good Friday = Easter -2"), and a country may have
its own ("Thanksgiving [CA] = 2nd Monday of October"). Easter comes from python-dateutil.

>>> holiday_date("Labor Day", 2024)
datetime.date(2024, 9, 2)
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterable

from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter

from lessons import vocab
from lessons.timeline.country import nation_of
from lessons.timeline.words import MONTHS, WEEKDAYS


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None when there is no such day (February 30)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# "Christmas Eve = 12-24", "Labor Day = 1st Monday of September" (vocab/timeline_holidays.txt)
_HOLIDAY_RULES: dict[str, str] = {  # "thanksgiving" and "thanksgiving [ca]"
    " ".join(name.split()).casefold(): rule.strip()
    for name, _, rule in (line.partition(" = ") for line in vocab.word_list("timeline_holidays"))
}
_DAYS = re.compile(r"\d{4}-\d\d-\d\d")
_NTH = {"1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "last": -1}


def _day_by_rule(rule: str, year: int) -> dt.date | None:
    """The day a holiday rule gives in a year: "12-25", "4th Thursday of November", "last
    Monday of May", "day after 1st Monday of November" or "4 days after 4th Thursday of
    November".

    >>> _day_by_rule("day after 1st Monday of November", 2024)
    datetime.date(2024, 11, 5)
    >>> _day_by_rule("Easter -2", 2018)  # Good Friday (Western Easter, from python-dateutil)
    datetime.date(2018, 3, 30)
    >>> _day_by_rule("Orthodox Easter", 2026)  # the Julian reckoning, in the Gregorian calendar
    datetime.date(2026, 4, 12)
    """
    if rule.startswith("day after "):
        day = _day_by_rule(rule[len("day after ") :], year)
        return None if day is None else day + dt.timedelta(days=1)
    if after := re.fullmatch(r"(\d+) days (after|before) (.+)", rule):  # "4 days after 4th
        day = _day_by_rule(after.group(3), year)  # Thursday of November"
        sign = 1 if after.group(2) == "after" else -1
        return None if day is None else day + dt.timedelta(days=sign * int(after.group(1)))
    if before := re.fullmatch(r"(\w+) before (\d\d)-(\d\d)", rule):  # "Monday before 05-25"
        limit = safe_date(year, int(before.group(2)), int(before.group(3)))
        weekday = WEEKDAYS.get(before.group(1).casefold())
        if limit is None or weekday is None:
            return None
        return limit - dt.timedelta(days=(limit.weekday() - weekday) % 7 or 7)
    if moving := re.fullmatch(r"(Orthodox )?Easter(?: ([+-]\d+))?", rule):  # "Good Friday =
        method = EASTER_ORTHODOX if moving.group(1) else EASTER_WESTERN  # Easter -2"
        return easter(year, method) + dt.timedelta(days=int(moving.group(2) or 0))
    if rule.startswith("on "):  # "Matariki = on 2022-06-24, 2023-07-14, ...": set by law
        days = (dt.date.fromisoformat(day) for day in _DAYS.findall(rule))
        return next((day for day in days if day.year == year), None)
    if fixed := re.fullmatch(r"(\d\d)-(\d\d)", rule):
        return safe_date(year, int(fixed.group(1)), int(fixed.group(2)))
    nth, weekday, _, month = rule.casefold().split()
    if nth not in _NTH or weekday not in WEEKDAYS or month not in MONTHS:
        return None
    return nth_weekday(year, MONTHS[month], _NTH[nth], WEEKDAYS[weekday])


def nth_weekday(year: int, month_number: int, n: int, weekday_number: int) -> dt.date | None:
    """The ``n``-th weekday of a month (``n`` -1 for the last): Monday is weekday 0.

    >>> nth_weekday(2016, 1, 1, 0), nth_weekday(2024, 5, -1, 0)
    (datetime.date(2016, 1, 4), datetime.date(2024, 5, 27))
    """
    if n > 0:
        first = dt.date(year, month_number, 1)
        day = first + dt.timedelta(days=(weekday_number - first.weekday()) % 7 + 7 * (n - 1))
        return day if day.month == month_number else None
    last = dt.date(year, month_number, calendar.monthrange(year, month_number)[1])
    return last - dt.timedelta(days=(last.weekday() - weekday_number) % 7)


def holiday_date(name: str, year: int, country: str | None = None) -> dt.date | None:
    """The date of a holiday a news story may name without a date: the rule of the story's
    ``country`` (an ISO code, "AU-VIC" for a state) where it has its own, else the US rule.

    >>> holiday_date("Thanksgiving", 2024), holiday_date("Christmas Eve", 2024)
    (datetime.date(2024, 11, 28), datetime.date(2024, 12, 24))
    >>> holiday_date("Thanksgiving", 2019, "CA")
    datetime.date(2019, 10, 14)
    >>> holiday_date("Labour Day", 2026, "AU-VIC"), holiday_date("Labour Day", 2026, "AU-NSW")
    (datetime.date(2026, 3, 9), datetime.date(2026, 10, 5))
    """
    key = _key(name)
    rule = next(  # "au-vic": Victoria's rule, else Australia's, else the plain one
        (
            _HOLIDAY_RULES[own]
            for own in (f"{key} [{code.casefold()}]" for code in _own_first(country))
            if own in _HOLIDAY_RULES
        ),
        _HOLIDAY_RULES.get(key),
    )
    return None if rule is None else _day_by_rule(rule, year)


def _own_first(country: str | None) -> tuple[str, ...]:
    """The codes a story's own rules are found under, the narrowest first: "AU-VIC", "AU"."""
    return tuple(dict.fromkeys(code for code in (country or "", nation_of(country)) if code))


def _key(name: str) -> str:
    """A holiday's name as the rules are looked up by: "St Stephen’s  Day" -> "st stephen's day"."""
    return " ".join(name.replace("\u2019", "'").split()).casefold()


def _states_by_holiday() -> dict[tuple[str, str], list[str]]:
    """The states with a rule of their own for a holiday ("labour day [au-qld]"), by the
    holiday and the nation, and under "" those of every nation: {("labour day", "AU"):
    ["AU-VIC", "AU-TAS", ...], ("labour day", ""): ["AU-VIC", ...]}."""
    states: dict[tuple[str, str], list[str]] = {}
    for rule in _HOLIDAY_RULES:
        if own := re.fullmatch(r"(.+) \[([a-z]+)-([a-z]+)\]", rule):
            nation = own[2].upper()
            for among in (nation, ""):
                states.setdefault((own[1], among), []).append(f"{nation}-{own[3].upper()}")
    return states


_STATES = _states_by_holiday()


def state_keeping(names: Iterable[str], country: str | None, today: dt.date) -> str | None:
    """The state whose own day of a holiday the story names falls within a week of the story,
    when the story names its country but no state (or no country): a story filed on Thursday
    30 April in Australia as the "Labour Day long weekend" begins is from Queensland or the
    Northern Territory, where Labour Day is May's first Monday (New South Wales keeps it in
    October). None when the country's own day is that near; of states whose different days
    both are, the first to come (else the last gone by).

    >>> state_keeping(["Labour Day"], "AU", dt.date(2026, 4, 30))
    'AU-QLD'
    >>> state_keeping(["Labour Day"], "AU", dt.date(2026, 10, 1)) is None  # Australia's own
    True
    >>> state_keeping(["Labour Day"], "AU-VIC", dt.date(2026, 4, 30)) is None
    True

    A story that names no country is from the one place whose own day of the holiday is that
    near: "Tram drivers to walk off on Labour Day", on Sunday 8 March, is from Victoria (or
    Tasmania, the same day); in September it is Labour Day as the US and Canada keep it.

    >>> state_keeping(["Labour Day"], None, dt.date(2026, 3, 8))
    'AU-VIC'
    >>> state_keeping(["Labour Day"], None, dt.date(2026, 9, 3)) is None
    True
    """
    if country and "-" in country:
        return None
    near: dict[dt.date, str] = {}
    for name in names:
        states = _STATES.get((_key(name), country or ""), [])
        own = holiday_date(name, today.year, country)  # with no country, the plain rule's
        if not country and own is None:
            continue  # "Cup Day" in a story naming no place: only Victoria keeps it
        if states and own is not None and abs((own - today).days) <= (7 if country else 60):
            return None  # Australia's own Labour Day is this week (or, in a story naming no
            # country, the plain rule's day is within two months: "the August bank holiday"
            # on 1 August is England's, not Scotland's on the 4th)
        for code in states:
            day = holiday_date(name, today.year, code)
            if day is not None and abs((day - today).days) <= 7:
                near.setdefault(day, code)
    ahead = [day for day in near if day >= today]  # "opens for the Labour Day long weekend" on
    # 3 March: Victoria's on the 9th, not Western Australia's on the 2nd
    nearest = min(ahead) if ahead else max(near, default=None)
    return None if nearest is None else near[nearest]


# "GB = New Year's Day, Good Friday, ..." (vocab/timeline_bank_holidays.txt)
_BANK_HOLIDAYS: dict[str, tuple[str, ...]] = {
    code.strip(): tuple(name.strip() for name in names.split(","))
    for code, _, names in (
        line.partition(" = ") for line in vocab.word_list("timeline_bank_holidays")
    )
}


def bank_holidays(year: int, country: str | None = None) -> list[dt.date]:
    """The bank holidays of a year in the story's country (England's when it has none), for
    "the bank holiday" a story names without saying which.

    >>> [str(day) for day in bank_holidays(2026, "IE") if day.month in (6, 8, 10)]
    ['2026-06-01', '2026-08-03', '2026-10-26']
    """
    own = next((code for code in _own_first(country) if code in _BANK_HOLIDAYS), None)
    names = _BANK_HOLIDAYS[own or "GB"]
    return sorted(day for name in names if (day := holiday_date(name, year, country or "GB")))
