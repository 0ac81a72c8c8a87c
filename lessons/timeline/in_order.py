"""Dates told in order: a span's end after its start, a list's line after the one above.

"From Thursday through Sunday" ends on the Sunday after that Thursday; under "Conferences:
Oct. 15-16", a line "Thanksgiving break: Nov. 25-27" is the Nov. 25 after it; "in November,
February and May" runs on into the next year; and "promised us in March that it would be done
by 1 May" looks ahead to the 1 May after that March."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from lessons.timeline.dates_told import Dated, Place
from lessons.timeline.holidays import safe_date
from lessons.timeline.patterns import Mention
from lessons.timeline.weekdays_months import weekday_after
from lessons.timeline.when import When, a_year_on
from lessons.timeline.words import LIST_ITEM, MOVED_FROM, MOVING_VERB

_RANGE_WORD = re.compile(
    r"(?i),?\s*(?:(?:through|thru|to|until|till)(?:\s+at\s+least)?|-|\u2013|"
    r"and(?:\s+(?:finish|end)[a-z]*(?:\s+it)?)?)\s*"  # ("from tomorrow until at least Monday")
)
_RUNS_ON_TO = re.compile(  # "opens Friday at noon and runs through Sunday" (but "began on Friday
    # and run until Sunday 1 November" may have begun a week before)
    r"(?i),?\s*and\s+(?:runs|run|continues|lasts|goes\s+on)\s+(?:through|thru|until|till|to)\s*"
)
_BETWEEN = re.compile(r"(?i)\bbetween\s+(?:\S+\s+){1,4}and\s+$")


# "moved up from Thursday to Tuesday": the new day is not the end of a span from the old one
_MOVED_TO = re.compile(rf"{MOVED_FROM}[^.;]{{1,40}}?\s+to\s+$")
_MOVED_AGAIN = re.compile(
    rf"(?:{MOVING_VERB}|(?i:\bbring(?:s|ing)?\s+(?:[\w%-]+\s+){{0,4}}?forward\b))"
    r"(?:[^.;]|\.(?=\s+\d)){1,80}?\s+to\s+$"
)  # a day moved, told before the day it moves to


def range_end(
    when: When,
    dated: Sequence[Dated],
    place: Place,
    between: str,
    yearly: bool = False,
    before: str = "",
) -> When:
    """The second day of a range comes after the first: "from Thursday through Sunday", when
    Thursday is April 5, makes Sunday April 8 (not the Sunday before it); with ``yearly`` (a
    month and day without a year) a year on: "runs Dec. 21 through Jan. 1", "start Aug. 12 and
    finish it May 27". ``between`` is the text between the first day and this one, ``before``
    the sentence's words before this one (a move "from Thursday to Tuesday" is no span)."""
    if not dated or when.precision != "day":
        return when
    if not (_RANGE_WORD.fullmatch(between) or _RUNS_ON_TO.fullmatch(between)):
        return when
    if _MOVED_TO.search(before):  # "moved up from Thursday to Tuesday": the nearest Tuesday
        return when
    if yearly and _MOVED_AGAIN.search(before):
        return when  # "to bring forward a 9% toll increase, originally planned for Jan. 1, to
        # Oct. 1": no year on (but "agreed to move the hāngī, planned for Thursday night, to
        # Saturday" is the Saturday after it)
    if between.strip().casefold() == "and" and not _BETWEEN.search(before):
        return when  # "between today and Monday" is a span, "on Friday and Monday" two days
    first = dated[-1]
    if first.place != place or first.when.precision != "day":
        return when
    days = (when.first_day - first.when.first_day).days
    if (days > 0 and (yearly or days < 7 or not first.weekday)) or (yearly and days == 0):
        return when  # (a weekday a week or more after a first weekday is the nearer one after
        # it: "without power from Saturday evening until Monday lunchtime"; but "opened May 5
        # and ended Saturday" may run for weeks)
    if yearly:
        return a_year_on(when) or when
    return weekday_after(first.when.first_day, when.first_day.weekday())


def range_start(when: When, end: When | None, between: str, now: dt.date) -> When:
    """The first day of a range, a weekday read in the past, comes in the week before the dated
    day still to come that ends it: "an alert was issued, running from 9am on Wednesday until
    6pm on Sunday 20 July", written on Saturday 12 July, is Wednesday 16 July (but "from
    Wednesday until 31 March" is a long season). ``end``: the day the range ends on;
    ``between``: the words between; ``now``: the story's day."""
    if end is None or end.precision != "day" or when.precision != "day":
        return when
    if not _RANGE_WORD.fullmatch(between) or not when.first_day < now < end.first_day:
        return when
    if (end.first_day - when.first_day).days <= 7:
        return when
    gap = (end.first_day - when.first_day).days % 7
    return When.of(end.first_day - dt.timedelta(days=gap))


_BULLETS = frozenset(["\u2022", "*", "-", "\u2013", "\u2014"])


def in_list_order(
    dated: Sequence[Dated],
    mention: Mention,
    when: When,
    place: Place,
    before: str,
    after: str = "",
    now: dt.date | None = None,
) -> When:
    """A month and day on a list's line comes after the date of the line above it: under "No
    school (conferences): Oct. 15-16", "Thanksgiving break: Nov. 25-27" is the Nov. 25 after it
    (a year on), though the nearer Nov. 25 has passed; so does a date heading its line ("June
    8-26: Public hearings" then "Nov. 30: Inquiry report due", when it would have gone by).
    ``before``: the line before the date; ``after``: the words after it; ``now``: the story's
    day."""
    if mention.kind != "month_day" or mention.part("year") or when.precision != "day":
        return when
    label, colon, value = before.rpartition(":")  # "Winter break: ", "First day: Wednesday, "
    heads = before.strip() in _BULLETS  # "\u2022 Dec. 21-Jan. 1: Winter break"
    gone = now is not None and when.first_day < now  # (a date still to come stays put)
    heads = heads or (not before.strip() and LIST_ITEM.match(after) is not None and gone)
    if not dated or (not heads and (not colon or len(label.split()) > 6 or len(value.split()) > 3)):
        return when
    last = dated[-1]
    if last.place.part != place.part or last.place.number != place.number - 1:
        return when
    if last.when.precision != "day" or when.first_day >= last.when.first_day:
        return when
    later = a_year_on(when)
    return later if later is not None and later.first_day >= last.when.first_day else when


# ", ", " and ", ", or in ": what joins the months of a list
_LIST_JOIN = re.compile(r"(?:,\s*|,?\s+(?:and|or)\s+)(?:in\s+)?")
# "a cold snap in early November left the resurfacing half done until April": a span's end (not
# a clause of its own after a comma)
_SPAN_TO = re.compile(r"(?i)^[^.;:,]{0,80}\b(?:until|till)\s+$")


def in_month_order(dated: Sequence[Dated], when: When, place: Place, between: str) -> When:
    """A month listed after another comes after it, running on through the year: "due on 20
    August, with the others in November, February and May" is February and May of the next
    year; so does a month a span runs until ("in early November left it half done until
    April"). ``between``: the text since the last date told.

    >>> place = Place("body", 3, 3)
    >>> november = Dated(When(2026, 11), place, False)
    >>> in_month_order([november], When(2026, 2), place, ", ")
    When(year=2027, month=2, day=None)
    """
    listed = _LIST_JOIN.fullmatch(between) is not None
    if not dated or when.precision != "month" or not (listed or _SPAN_TO.search(between)):
        return when
    last = dated[-1]
    if last.place != place or last.when.precision != "month" or last.when.month is None:
        return when
    if when.first_day > last.when.last_day:
        return when  # "for July and August": in order already
    return When(last.when.year + (1 if (when.month or 0) < last.when.month else 0), when.month)


_A_YEAR = 366  # days


_PROMISED_THEN = re.compile(  # "promised us in March", "said on Monday"
    r"(?i)\b(?:promised|pledged|vowed|said|told|announced|insisted|assured|undertook)\s+"
    r"(?:\w+\s+)?(?:on|in|last)\s+"
)


def after_the_promise(
    dated: Sequence[Dated],
    mention: Mention,
    place: Place,
    tense: str | None,
    when: When,
    now: dt.date | None,
    before_the_promise: str = "",
) -> When | None:
    """A date a promise told in the past looked ahead to, when the sentence told the time of
    the promise (within the year gone by, its year not written): the first such date after it
    ("Eastmere promised us in March that the upgrade would be finished by 1 May": the 1 May
    after that March, gone by now; "said on Monday it would reopen the pool on 1 May", written
    on 21 May: next year's), or None. ``before_the_promise``: the words before the time of the
    promise, which name it ("promised us in", "said on")."""
    if mention.kind != "month_day" or tense != "would" or not dated or now is None:
        return None
    if any(key not in ("month", "day", "lead", "x") for key, _ in mention.parts):
        return None  # (not "Thursday 2 April", "30 June next year": the text says which)
    told = dated[-1]
    if told.place != place or told.written_year or told.when.precision not in ("month", "day"):
        return None
    if not _PROMISED_THEN.search(before_the_promise):
        return None  # (not "The deal, reached in August, would raise pay retroactive to Jan. 1")
    start = told.when.first_day
    if told.when.last_day >= now or (now - start).days > _A_YEAR:
        return None  # (the promise's time, gone by within the year)
    month, number = when.first_day.month, when.first_day.day
    day = safe_date(start.year, month, number)
    if day is not None and day < start:
        day = safe_date(start.year + 1, month, number)
    return When.of(day) if day is not None and day != when.first_day else None
