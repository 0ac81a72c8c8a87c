"""Clock times on their day.

"At 10 a.m." names no day: it takes the day the story is telling, or the one its sentence names
("at 10 a.m. on Thursday"). A story of today puts it today ("Crews expect to reopen the road by
4 p.m."); a guide's "The fireworks start at 9pm" takes the day of the event the story is about;
"at 7.15am and 8.45pm on Thursday" puts both on Thursday; and after "at 11:40 p.m.", "by 2
a.m." is already the next day. The functions here place a clock time; build.py asks them in
turn.

>>> clock_of(Mention("at 9 p.m.", 0, 9, "clock", (("clock", "9 p.m."),)), When(2025, 3, 4))
(When(year=2025, month=3, day=4), 1260)
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from lessons.timeline.dates_told import Dated
from lessons.timeline.events_by_name import named_event
from lessons.timeline.patterns import Mention
from lessons.timeline.quoted import says_when_written
from lessons.timeline.when import When
from lessons.timeline.words import (
    EVENT_NOUNS,
    NEXT_BEFORE,
    count_of,
    evening_to_small_hours,
    minute_of_day,
    over_midnight,
)

_AND_BETWEEN = re.compile(r"\s+(?:and|or|&)\s+")
ON_THE = re.compile(r"\s+on\s+the\s+")
_TRADING = re.compile(r"\s+trading\s+")
# "the 2.30pm sailing from Wellington on Friday", "the 6.15am from Picton on Monday": a service
_SERVICE_FROM = re.compile(  # (and "the 17.42 from Kelvinmuir to Ardlachan on Fair Friday")
    r"\s+(?:[a-z]+\s+){0,2}(?:(?:from|to)\s+(?:[A-Z][\w'\u2019-]*\s+){1,3}){1,2}"
)
_SERVICE_NAMED = re.compile(r"\s+(?:[a-z]+\s+){1,2}")  # "the 14:00 sailing on Sunday"
# "the 23.30 from Brannay, would reach Portkerran at 00.25 on Monday", "leaves at 9pm and arrives
# in Leeds at 7am on Tuesday": a journey's departure, on the day its arrival is told (or the day
# before, when it arrives after midnight)
_JOURNEY_TO = re.compile(
    r"(?:\s+(?:from|to)(?:\s+[A-Z][\w'\u2019-]*){1,3})?,?\s+(?:(?:and|would|will|should|to|"
    r"is\s+due\s+to|then)\s+)?(?:arriv(?:e|es|ing)|reach(?:es|ing)?|dock(?:s|ing)?|land(?:s|ing)?)"
    r"\s+(?:(?:in|at)\s+)?(?:[A-Z][\w'\u2019-]*\s+){0,3}"
)
_TRADING_AFTER = re.compile(r"\s+trading\b")


def clock_on_today(
    mention: Mention,
    text: str,
    before: str,
    after: str,
    dated: list[Dated],
    now: dt.date,
    wire: bool = False,
    past: bool = False,
) -> When | None:
    """The day of a clock time that the story's "today" decides: a live blog's "5.40pm" on a
    line of its own is the day it is posted (not the last day a post named, "reopen on
    Monday"); "Shares fell 7.4% in afternoon trading" is the day the news was said, else
    today (with ``wire``, a dateline of the day itself: that day's trading, and a bare time
    told in the ``past`` that it converts in brackets when no day of the last week was told,
    "the third-placed candidate endorsed her two days later. Polls closed at 8 p.m. (1800
    GMT)"). None for any other clock time."""
    if is_stamp(text, mention.text):
        return When.of(now)
    if _TRADING_AFTER.match(after):
        return (None if wire else _day_said(dated, now, trading=True)) or When.of(now)
    if _STATEMENT_ISSUED.search(before):  # "the company said in a statement issued at 7.30
        return _day_said(dated, now) or When.of(now)  # am": the day the news was said
    converted = _GMT_AFTER.match(after) if wire and past and _no_day_this_week(dated, now) else None
    zone = _TIME_ZONE.search(mention.text) or converted
    if (
        zone
        and "local" in zone.group(0).casefold()
        and not says_when_written(before)
        and dated
        and dated[-1].when.precision == "day"
        and dated[-1].when.first_day != now
    ):
        return None  # "shut the engine down at 6:42 a.m. local time", after "on Feb. 27"
    if zone and not before.endswith("("):  # (not "on Wednesday at 9 a.m. EST (1400 GMT)",
        # which converts the time before it)
        return When.of(now)  # wire copy's "told analysts on a call at 10 a.m. CDT (1500 GMT)"
    return None


def _no_day_this_week(dated: list[Dated], now: dt.date) -> bool:
    """Is the last day told outside the week up to the story's day ("endorsed her two days
    later", after the first round on Feb. 22; "due to be reset again on 1 July")? Else a bare
    clock time told in the past takes it ("cancelled on Tuesday. The flight left at 9 a.m.
    (0800 GMT)")."""
    day = next((told.when for told in reversed(dated) if told.when.precision == "day"), None)
    return day is None or not 0 <= (now - day.first_day).days <= 7


# a bare clock time that wire copy converts in brackets: "Polls closed at 8 p.m. (1800 GMT)"
_GMT_AFTER = re.compile(r"\s*\(\d{4}\s+(?:GMT|UTC)\)")
_TIME_ZONE = re.compile(r"\b(?:[ECMP][SD]T|[ECMP]T|GMT|UTC|BST|(?i:local\s+time))$")
_STATEMENT_ISSUED = re.compile(
    r"(?i)\b(?:statement|release|announcement|notice)\s+(?:issued|released|published|posted|sent)"
    r"\s+(?:at\s+)?$"
    r"|\b(?:said|says)\s+in\s+(?:a|an|its)\s+(?:[a-z]+\s+)?(?:statement|bulletin|update|release)"
    r"\s+(?:at\s+)?$"  # "The institute said in a bulletin at 10 a.m. that"
)


def joined_to_next(
    mention: Mention, later: Mention | None, text: str, offset: int, the_clock: bool = False
) -> Mention | None:
    """The expression a clock time is joined to by "and" or "or" ("at 7.15am and 8.45pm on
    Thursday 2 April") or by the service it names ("the 6.15am from Picton on Monday", "the
    14:00 sailing on Sunday" with ``the_clock``), if any. ``later``: the sentence's next
    expression; ``text``: the sentence, starting at raw offset ``offset``."""
    between = "" if later is None else text[mention.end - offset : later.start - offset]
    if over_midnight(mention.text, text, mention.end - offset) is not None:
        return None  # "between 8pm and 2am": each end on its own day
    named = the_clock and _SERVICE_NAMED.fullmatch(between) is not None
    joined = (
        _AND_BETWEEN.fullmatch(between)
        or _SERVICE_FROM.fullmatch(between)
        or named
        or ON_THE.fullmatch(between)  # "at 2am on the Sunday": the Sunday's 2am
        or _TRADING.fullmatch(between)  # "in afternoon trading on Friday": Friday's trading
        or its_day_after(between, later)  # "9:30 p.m. on the Fourth" ("on the" is the holiday's)
    )
    return later if joined or _JOURNEY_TO.fullmatch(between) else None


def its_day_after(between: str, later: Mention | None) -> bool:
    """Is a clock time (``between`` and ``later`` are the text and the expression after it)
    followed by its day: one that opens with "on the" ("9:30 p.m. on the Fourth") or one that
    says which week ("at 10 p.m. next Monday, May 18")?"""
    if later is None:
        return False
    if NEXT_BEFORE.fullmatch(between) and later.kind in ("weekday", "date", "month_day"):
        return True
    return between.isspace() and ON_THE.match(f" {later.text}") is not None


def left_the_night_before(first: str, then: str, when: When) -> When:
    """The day of a clock time joined to a later one on the day ``when`` ("the 23.30 from
    Brannay, would reach Portkerran at 00.25 on Monday"): the day before, when the first is late
    in the evening and the second in the small hours; else the same day."""
    start, stop = minute_of_day(first), minute_of_day(then)
    if start is None or stop is None or not evening_to_small_hours(start, stop):
        return when
    return When.of(when.first_day - dt.timedelta(days=1))


def _day_said(dated: list[Dated], now: dt.date, trading: bool = False) -> When | None:
    """The day the story's news was said or written ("the company said on Monday", in Tuesday's
    paper), if one of the last few events told it, at most three days before the story's day
    (with ``trading``, a weekday: markets do not trade on a union's Sunday statement)."""
    for told in reversed(dated[-8:]):
        day = told.when.first_day
        if trading and day.weekday() >= 5:
            continue
        if told.speech and told.when.precision == "day" and 0 <= (now - day).days <= 3:
            return told.when
    return None


_STORY_DAY_TOLD = 3  # times a day is told before it is the day a story is about


# a sentence that opens with an event the story may have dated: "The investor day will be held"
_THE_EVENT_FIRST = re.compile(
    rf"\W*The\s+(?P<words>(?:[a-z][\w-]*\s+){{0,2}}?)(?P<noun>{EVENT_NOUNS}|day)\b(?!['\u2019])"
)


def the_events_day(
    text: str, dated: list[Dated], now: dt.date | None, tense: str | None
) -> When | None:
    """The day of the event a sentence opens with ("The investor day will be held at its
    headquarters, starting at 10 a.m."), when the story dated an event of that name to a day
    before ("at an investor day on June 10") on the side of today the tense points to (not
    last year's race for "The race will be shown live from 8am"); else None.

    >>> from lessons.timeline.dates_told import Place
    >>> from lessons.timeline.events_by_name import stems_of
    >>> day = Dated(When(2031, 6, 10), Place("body", 0, 0), False, stems=stems_of(["investor"]))
    >>> text = "The investor day will be streamed, starting at 10 a.m."
    >>> the_events_day(text, [day], dt.date(2031, 3, 5), "future")
    When(year=2031, month=6, day=10)
    >>> the_events_day(text, [day], dt.date(2031, 3, 5), "past") is None
    True
    """
    opening = _THE_EVENT_FIRST.match(text)
    if opening is None:
        return None
    noun = opening.group("noun")
    named = opening.group("words").strip() if noun == "day" else noun  # (an "investor day")
    found = named_event(dated, named) if named else None
    if found is None or found.precision != "day":
        return None
    if now is not None and (found.first_day < now) != (tense == "past"):
        return None
    return found


def the_story_day(told_days: Counter[When], now: dt.date, past: bool) -> When | None:
    """The day the story is about: of the days told (``told_days``, how often each), the one
    told most often, at least three times, on the side of today the tense points to; or None."""
    days = [
        (day, told)
        for day, told in told_days.most_common()
        if (day.first_day <= now if past else day.first_day >= now)
    ]
    if not days or days[0][1] < _STORY_DAY_TOLD or (len(days) > 1 and days[1][1] == days[0][1]):
        return None
    return days[0][0]


def is_stamp(sentence: str, expression: str) -> bool:
    """Is the sentence nothing but its time expression (a heading or a post's time stamp)?"""
    ends = ".:-\u2013\u2014 "  # "5:40 p.m." alone on its line, its last full stop read off
    return sentence.strip().rstrip(ends) == expression.rstrip(ends)


_A_NIGHT = re.compile(r"(?i)\bnight$")  # "on Sunday night", "last night"
_NIGHT = 22 * 60  # the minute a night told without a clock time stands for
_PAST_MIDNIGHT = re.compile(r"(?i)\b(?:past|after|beyond)\s+$")  # "ran past midnight"


def clock_of(mention: Mention, when: When | None) -> tuple[When, int] | None:
    """The day and the minute after midnight of a clock time an expression tells ("at 11:40
    p.m. on Feb. 7, 1962": Feb. 7, 1962 and 1420), or None."""
    minute = minute_of_day(mention.text)
    if (
        when is not None
        and when.precision == "day"
        and minute is None
        and _A_NIGHT.search(mention.text)
    ):
        return when, _NIGHT  # "The main broke on Sunday night ... isolated by 3:30 a.m.": late
    if when is None or when.precision != "day" or minute is None:
        return None
    return when, minute


_MINUTES = {"hour": 60, "minute": 1}
_A_DAY = 24 * 60


def hours_on_from(mention: Mention, anchor: When, clock: tuple[When, int]) -> When | None:
    """The day "40 minutes later" or "two hours earlier" falls on, counted from the last clock
    time told (``clock``: its day and minute) on the day it counts from or the small hours after
    it: "followed at 3:12 a.m. ... about 40 minutes later" after "at 11:47 p.m." on Friday is
    Saturday, and "at 11:47 p.m. ... 40 minutes later" is past midnight. None for other counts.

    >>> later = Mention("40 minutes later", 0, 16, "after_event",
    ...                 (("n", "40"), ("unit", "minute"), ("dir", "later")))
    >>> hours_on_from(later, When(2026, 4, 17), (When(2026, 4, 17), 23 * 60 + 47))
    When(year=2026, month=4, day=18)
    """
    unit, n = mention.part("unit"), mention.part("n")
    if unit not in _MINUTES or mention.part("back") or anchor.precision != "day":
        return None
    day, minute = clock
    if day.precision != "day" or not 0 <= (day.first_day - anchor.first_day).days <= 1:
        return None
    way = 1 if mention.part("dir") in ("later", "after", "afterward", "afterwards") else -1
    minutes = minute + way * (count_of(n) if n else 1) * _MINUTES[unit]
    return When.of(day.first_day + dt.timedelta(days=minutes // _A_DAY))


_SMALL_HOURS_END = 4 * 60  # the latest closing time read as the night after the day told
_SAME_NIGHT_END = 8 * 60  # the latest clock time that goes on with a night past midnight
_LATE_EVENING = 20 * 60  # a clock time from which the next early morning is the next day
_OPEN_UNTIL = re.compile(r"(?i)\b(?:until|till)\s+$")  # (not "Roads close at 4am" that day)


def past_midnight(
    when: When,
    clock: tuple[When, int] | None,
    mention: Mention,
    before: str = "",
    narrated: bool = False,
) -> When:
    """A small-hours time told after a late-evening one on the same day is the next day: "The
    alarm came in at 11:40 p.m. on Feb. 7. By 2 a.m., the building had collapsed" (Feb. 8); so
    is a midnight the words before it (``before``) pass: "a hearing that began late on Friday
    and ran past midnight" (Saturday); and, ``narrated`` in the past, an early morning after a
    late evening: "We locked up at 9:30 p.m. Thursday ... At 7 a.m. my son went in" (Friday), and
    the rest of that morning ("... shortly before noon", still Friday)."""
    if mention.text.casefold() == "midnight" and _PAST_MIDNIGHT.search(before):
        return When.of(when.first_day + dt.timedelta(days=1))
    now = clock_of(mention, when)
    if (
        now is not None
        and (clock is None or clock[0] != when)
        and 0 < now[1] <= _SMALL_HOURS_END
        and _OPEN_UNTIL.search(before)
    ):
        return When.of(when.first_day + dt.timedelta(days=1))  # "extra trams until 1am" on St
        # Patrick's Day: the small hours after that day
    if (
        clock is not None
        and now is not None
        and clock[0].precision == "day"
        and clock[0].first_day == when.first_day + dt.timedelta(days=1)
        and (
            clock[1] % _A_DAY <= now[1] <= _SAME_NIGHT_END  # (midnight: minute 1440)
            or (narrated and 0 < clock[1] <= _SAME_NIGHT_END < now[1] < _A_DAY)
        )
    ):
        return clock[0]  # "at 11:40 p.m. Wednesday. Deputies began knocking on doors at 12:30
        # a.m., and the dam collapsed at about 2:15 a.m.": still the night past midnight; "rain
        # on Friday night ... knee-deep by 7 a.m., and the last trailers were towed out shortly
        # before noon": told in the past, the morning after goes on to its noon
    if clock is None or now is None or clock[0] != when:
        return when
    next_morning = narrated and clock[1] >= _LATE_EVENING and now[1] <= _SAME_NIGHT_END  # "We
    # locked up at 9:30 p.m. Thursday ... At 7 a.m. my son went in": told in the past, the
    # morning after
    return (
        When.of(when.first_day + dt.timedelta(days=1))
        if evening_to_small_hours(clock[1], now[1]) or next_morning
        else when
    )
