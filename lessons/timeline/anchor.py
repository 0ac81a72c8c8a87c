"""Step 6: anchor each expression to the events around it.

Some expressions count from the event just described rather than from the publication date:
"The mayor resigned on Monday. A day earlier, ..." is Sunday. A date written without a year
("March 5") takes a year written earlier in the same sentence ("In 2019, the council voted on
March 5"). A weekday takes the week of the days around it ("on Monday ... On Tuesday" in a
story about last week), a clock time its day, a range its ends. Which way a date the text
leaves open is read, ahead or back, is :mod:`lessons.timeline.direction`'s job.

>>> where = Place("body", 3, 7)
>>> anchor_of([Dated(When(2024, 11, 19), where, written_year=False)], Place("body", 3, 8))
When(year=2024, month=11, day=19)
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass

from lessons.document import StorySentence
from lessons.timeline.holidays import holiday_date, safe_date
from lessons.timeline.patterns import Mention
from lessons.timeline.weekdays_months import nearest_weekday, weekday_after, weekday_on_or_after
from lessons.timeline.when import When, a_year_on, day_number, month_number
from lessons.timeline.which_holiday import named_holiday_date
from lessons.timeline.words import (
    EVENT_NOUNS,
    LIST_ITEM,
    MOVED_FROM,
    MOVING_VERB,
    THE_BEFORE,
    WEEKDAYS,
    WRITTEN_YEAR_KINDS,
)


@dataclass(frozen=True)
class Place:
    """Where a sentence is: its part, its paragraph, and its number within the part."""

    part: str
    paragraph: int | None
    number: int


def places(sentences: Sequence[StorySentence]) -> dict[int, Place]:
    """The place of each story sentence, by its document number; sentences are counted within
    their part (the third sentence of the body is number 2, whatever the headline holds)."""
    counts: dict[str, int] = {}
    found: dict[int, Place] = {}
    for sentence in sentences:
        number = counts.get(sentence.part, 0)
        counts[sentence.part] = number + 1
        found[sentence.number] = Place(sentence.part, sentence.paragraph, number)
    return found


@dataclass(frozen=True)
class Dated:
    """An event already on the timeline: its date, its sentence, whether a year was written."""

    when: When
    place: Place
    written_year: bool
    end: int = -1  # where its expression ends in the raw text
    stems: frozenset[str] = frozenset()  # the first letters of the words that say what happened
    speech: bool = False  # the day of a speech or a writing, outside quotation marks
    opens: bool = False  # "since 1987": the start of a span that runs up to now
    weekday: bool = False  # its expression names the day of the week ("Thursday 24 September")
    done: bool = False  # told in the past tense ("granted the exemption this morning")
    election: bool = False  # it dates an election by name ("the 28 November election")
    said: bool = False  # the day the news was told ("organizers said Wednesday")
    new_year_season: bool = False  # a season over the new year ("last winter"): its December
    # is in the year before the one it is named by
    this_year: bool = False  # it is "this year", which gives its year to the months after it
    flashback: bool = False  # told in the past perfect ("A week earlier, the committee had
    # reviewed the results"): the story steps back from its own account
    given_up: bool = False  # a day given up ("moved the report to Jan. 23 from Jan. 16") or
    # only the last day of a span ("running through Dec. 31"): no clock time after it is on it


# "moved up from Thursday to Tuesday": the new day is not the end of a span from the old one
_MOVED_TO = re.compile(rf"{MOVED_FROM}[^.;]{{1,40}}?\s+to\s+$")
_MOVED_AGAIN = re.compile(
    rf"(?:{MOVING_VERB}|(?i:\bbring(?:s|ing)?\s+(?:[\w%-]+\s+){{0,4}}?forward\b))"
    r"(?:[^.;]|\.(?=\s+\d)){1,80}?\s+to\s+$"
)  # a day moved, told before the day it moves to


def _written_year_listed(dated: Sequence[Dated], place: Place) -> Dated:
    """The last date told, or the written year a list of dates in its sentence goes on from:
    "The remaining 2026 dates are June 10, July 29, Sept. 16": 2026, not June 10's year alone."""
    for earlier in reversed(dated):
        if earlier.place != place or earlier.when.year != dated[-1].when.year:
            break
        if earlier.written_year:
            return earlier
    return dated[-1]


def year_in_sentence(
    dated: Sequence[Dated],
    place: Place,
    published: dt.date | None,
    ahead: bool | None,
    verbs_between: int = 0,
) -> int | None:
    """A year written earlier in the same sentence: "In 2019, the council voted on March 5"
    (not for what lies ahead, never a year after publication, and not across another clause
    with its own verb: "a plan approved in 1987 that set no limit, it bought shares through
    Sept. 29" has two verbs between, so Sept. 29 is read on its own)."""
    if not dated or verbs_between > 1:
        return None
    told = dated[-1]  # "the third walkout this year, after strikes in March and July"
    if told.place == place and told.this_year:
        return told.when.year if not verbs_between and not told.opens else None
    this_year = next(  # "The remaining meetings this year fall on June 17, Sept. 16 and Dec. 16":
        (d for d in reversed(dated[-_DAYS_BACK:]) if d.place == place and d.this_year), None
    )  # every day of the list
    if this_year is not None and not verbs_between and not this_year.opens:
        return this_year.when.year
    last = _written_year_listed(dated, place)
    if last.place != place or not last.written_year or last.opens:  # "every contract signed
        return None  # since 2012" gives no year to "a budget by April 1"
    if ahead:  # "planned for the 2022 home opener in early April": a year ahead, no verb between
        later = published is None or last.when.year >= published.year
        return last.when.year if verbs_between == 0 and later else None
    if published is not None and last.when.year > published.year and verbs_between:
        return None
    return last.when.year


# "Friday was already a PA day", "Monday is a holiday": what kind of day a weekday is
_A_KIND_OF_DAY = re.compile(
    r"\s+(?:is|was)\s+(?:already|also|still)\b"
    r"|\s+(?:is|was)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:day|holiday)\b"
)


def tells_what_day_it_is(before: str, after: str) -> bool:
    """Does a weekday open its sentence to say what kind of day it is ("Friday was already a
    PA day for elementary students")? It names the same weekday the story just told."""
    return not before.strip(" \"'\u201c\u2018") and _A_KIND_OF_DAY.match(after) is not None


def same_weekday(dated: Sequence[Dated], mention: Mention, now: dt.date | None) -> When | None:
    """The day a weekday in the possessive names: the same weekday the story named last, if
    it lies within a week of the story's day ("hosts Carrow at 7:30 p.m. Friday ... Tickets
    for Friday's game go on sale Monday": the same Friday).

    >>> from lessons.article import Span
    >>> from lessons.timeline.expressions import find_time_expressions
    >>> friday = When(2025, 5, 2)
    >>> [m] = find_time_expressions(Span("Friday's game", 0, 13))
    >>> str(same_weekday([Dated(friday, Place("body", 1, 2), False)], m, dt.date(2025, 4, 27)))
    '2025-05-02'
    """
    if mention.kind != "weekday" or mention.part("which") or now is None:
        return None
    weekday = WEEKDAYS[mention.part("weekday")]
    return _last_day_named(
        dated, lambda day: day.weekday() == weekday and abs((day - now).days) <= 7
    )


def that_weekday(dated: Sequence[Dated], mention: Mention) -> When | None:
    """The day "that Sunday" names when one of the last few events fell on a Sunday ("on Sunday
    week ... pencilled in for that Sunday": the Sunday just named, near publication or not)."""
    weekday = WEEKDAYS[mention.part("weekday")]
    named = _last_day_named(dated[-_SAME_WEEKDAY_BACK:], lambda day: day.weekday() == weekday)
    latest = _last_day_named(dated[-_SAME_WEEKDAY_BACK:], lambda day: True)
    if named is None or latest is None:
        return named
    gap = abs((latest.first_day - named.first_day).days)
    return named if gap <= 7 else None  # not a Tuesday months from the day just told ("runs
    # through June 30 ... arrived on Sunday, Jan. 25 ... until 3 a.m. that Tuesday")


_CLOCK_BEFORE_THE = re.compile(r"(?i)(?:\d|noon|midnight)\s*(?:[ap]\.?m\.?)?\s+(?:on\s+)?the\s+$")


def the_weekday_named(
    dated: Sequence[Dated], mention: Mention, before: str, place: Place | None = None
) -> When | None:
    """ "the Thursday" (not "Thursday") is a Thursday the story has named: "strike from 7am on
    Thursday 24 September ... 'Year 12s have exams on the Thursday and Friday'"; or, when its
    own sentence has just told a day, the one nearest that day: "test the tow on Thursday 18
    December and decide whether to open on the Saturday" is Saturday 20 December."""
    if mention.kind != "weekday" or mention.part("week_on"):
        return None
    if mention.part("which") != "the" and not THE_BEFORE.search(before):
        return None
    if (within := _weekday_of_the_days_told(dated, mention, place)) is not None:
        return within  # "last year's festival, from 23 to 25 August ... 'at 2am on the Sunday'"
    named = _weekday_named(dated, mention)
    told = dated[-1] if dated and place is not None and dated[-1].place == place else None
    if told is None or told.when.precision != "day" or _CLOCK_BEFORE_THE.search(before):
        return named  # (not a clock time just before it: "10am on the Saturday")
    nearest = nearest_weekday(told.when.first_day, WEEKDAYS[mention.part("weekday")])
    if named is None or abs((named.first_day - told.when.first_day).days) > 3:
        return nearest
    return named


def weekday_of_its_sentence(
    dated: Sequence[Dated], mention: Mention, place: Place, tense: str | None, before: str
) -> When | None:
    """A bare weekday opening a span with no verb of its own, in a sentence that has already
    told a day on that weekday: that day ("Rain began on Good Friday ..., with 112mm recorded
    between Friday morning and Monday evening" is Good Friday's morning). ``before``: the
    sentence's words before the weekday.

    >>> place = Place("body", 3, 7)
    >>> good_friday = Dated(When(2031, 4, 11), place, False)
    >>> friday = Mention("Friday morning", 90, 104, "weekday", (("weekday", "Friday"),))
    >>> weekday_of_its_sentence([good_friday], friday, place, None, "recorded between ")
    When(year=2031, month=4, day=11)
    >>> weekday_of_its_sentence([good_friday], friday, place, None, "published on ") is None
    True
    """
    if mention.kind != "weekday" or mention.part("which") or tense is not None:
        return None
    if not _SPAN_OPENS.search(before):
        return None  # (not "approved on 4 August and published on Tuesday")
    weekday = WEEKDAYS[mention.part("weekday")]
    for told in reversed(dated[-_TOLD_IN_A_SENTENCE:]):
        if told.place != place:
            return None
        if told.when.precision == "day" and told.when.first_day.weekday() == weekday:
            return told.when
    return None


_TOLD_IN_A_SENTENCE = 4
_SPAN_OPENS = re.compile(r"(?i)\b(?:between|from)\s+$")


def _weekday_of_the_days_told(
    dated: Sequence[Dated], mention: Mention, place: Place | None
) -> When | None:
    """The day of the weekday among the last days told, when they span a week or less in this
    paragraph or the one before ("last year's festival, from 23 to 25 August, kept them awake.
    'I was lying awake at 2am on the Sunday'": 24 August), else None."""
    if place is None or place.paragraph is None:
        return None
    recent = [
        d.when.first_day
        for d in dated[-3:]
        if d.when.precision == "day"
        and not d.said  # (not "their union announced yesterday": the day of the telling)
        and d.place.part == place.part
        and d.place.paragraph is not None
        and place.paragraph - d.place.paragraph <= 1
    ]
    if len(recent) < 2 or not 0 < (max(recent) - min(recent)).days <= 6:
        return None
    weekday = WEEKDAYS[mention.part("weekday")]
    days = (min(recent) + dt.timedelta(days=n) for n in range((max(recent) - min(recent)).days + 1))
    return next((When.of(day) for day in days if day.weekday() == weekday), None)


def weekday_named_before(
    dated: Sequence[Dated],
    mention: Mention,
    tense: str | None,
    ahead: bool | None,
    now: dt.date | None,
) -> When | None:
    """A bare weekday the text leaves open (``ahead`` None, no past ``tense``) is the coming one
    the story has already named: "on Saturday" in the dek, then a programme's "Saturday: Steam
    train arrives at 11.15am". (A weekday named in the past is the one the default reads.)"""
    if mention.kind != "weekday" or mention.part("which") or mention.part("week_on"):
        return None
    if ahead is not None or tense in ("past", "would") or now is None:
        return None
    return _weekday_named(dated, mention, lambda day: 0 < (day - now).days < 7)


def weekday_a_week_on(
    holidays: Collection[When], mention: Mention, ahead: bool | None, now: dt.date | None
) -> When | None:
    """A bare weekday still to come, written on that weekday, is the one a week on when the
    story has named a holiday on it (``holidays``: the holidays' days it named): "The
    procession will leave at 1pm on Monday", written on a Monday after "bank holiday Monday, 31
    August" (else it is the day of writing)."""
    if mention.kind != "weekday" or mention.part("which") or mention.part("week_on"):
        return None
    if ahead is not True or now is None or now.weekday() != WEEKDAYS[mention.part("weekday")]:
        return None
    week_on = When.of(now + dt.timedelta(days=7))
    return week_on if week_on in holidays else None


def next_in_a_run(
    dated: Sequence[Dated], mention: Mention, place: Place, before: str, after: str, between: str
) -> When | None:
    """A bare weekday that goes on from a day just named, in a run of days: "Year 9 stays home
    on Monday 23 March, Year 10 on Tuesday, Year 11 on Wednesday", or a programme's lines
    ("Wednesday: Opening ceremony" then "Saturday: Demolition derby"). It is the first such
    day after the day before it. ``between``: the text from that day's expression to this one
    (when both are in one sentence)."""
    if mention.kind != "weekday" or mention.part("which") or not dated:
        return None
    if mention.part("week_on") or mention.part("next_week"):
        return None  # "visited on Sunday afternoon and will return on Thursday week": the word
        # says which Thursday
    last = dated[-1]  # (or the weekday before a clock time of its line: "Saturday: Demolition
    if len(dated) > 1 and not last.weekday and dated[-2].place == last.place:  # derby, 7 p.m.")
        last = dated[-2]
    if not last.weekday or last.when.precision != "day":
        return None
    run = last.place == place and (
        _PARALLEL.match(between) is not None or _AGAIN_AFTER.search(between) is not None
    )  # (or "will close at 4pm on Thursday and reopen on Tuesday": the Tuesday after it)
    lines = (
        not before.strip()
        and LIST_ITEM.match(after) is not None
        and last.place.part == place.part
        and last.place.number == place.number - 1
    )  # (a list line's weekday follows the line above it)
    weekday = WEEKDAYS[mention.part("weekday")]
    if not (run or lines) or (lines and weekday == last.when.first_day.weekday()):
        return None  # (a heading "Saturday: how the day will run" under "on Saturday" is
        # that Saturday)
    return weekday_after(last.when.first_day, weekday)


_PAIRED = re.compile(  # "Thursday and Friday", "212 flights on Tuesday and 198 on Wednesday",
    # "Thursday and into Friday", "the Melbourne Cup on Tuesday and the Oaks on Thursday"
    r"\s*(?:,|,?\s+(?:and|or|&))\s+(?:\d[\d,.]*\s+)?"
    r"(?:the\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2}\s+)?(?:on\s+|into\s+)?$"
)


def paired_weekday(
    dated: Sequence[Dated], mention: Mention, place: Place, between: str, now: dt.date | None
) -> When | None:
    """The second of two weekdays joined by "and" or "or" lies on the same side of the story's
    day as the first, within a week of it: after it if both such days do ("surgeries booked
    for Thursday and Friday", a Thursday to come: the Friday after it), else the one before it
    ("statements made Friday and Thursday"). ``between``: the text from the first weekday's
    expression to this one; ``now``: the story's day."""
    if mention.kind != "weekday" or mention.part("which") or not dated or now is None:
        return None
    if mention.part("next_week") or mention.part("week_on"):
        return None  # "on Monday and Wednesday next week": the week says which
    last = dated[-1]
    if not last.weekday or last.when.precision != "day" or last.place != place:
        return None
    first = last.when.first_day
    if _PAIRED.fullmatch(between) is None or first == now:
        return None
    later = weekday_after(first, WEEKDAYS[mention.part("weekday")])
    earlier = When.of(later.first_day - dt.timedelta(days=7))
    ahead = first > now
    return later if (later.first_day > now) == ahead else earlier


# a plan moved, and the weekday it was moved to or from: "was moved to Monday", "had moved
# Saturday night's headline set to Sunday afternoon" (not "will move ... on Monday", a plan of
# its own, nor "brought forward" or "moved up", to an earlier day)
_MOVED = (
    r"(?i:\b(?:moved|postponed|(?:pushed|put)\s+(?:it\s+|that\s+|them\s+)?back|delayed|"
    r"rescheduled|shifted))"
)
_MOVED_TO_IT = re.compile(rf"{_MOVED}(?:\s+[^\s,;:.]+){{0,8}}?\s+to\s+(?:on\s+)?$")
_MOVED_IT = re.compile(rf"{_MOVED}\s+$")
_A_MOVE = re.compile(_MOVED)
_OPENS = re.compile(r"\W*(?:(?i:on|early|late|last)\s+)?[A-Z][a-z]+day\b")  # "On Wednesday the
# organisers had moved": the day of the move, opening the sentence
_SET_FOR = re.compile(  # "set for Saturday", "had planned to reopen the highway on Monday"
    r"(?i)\b(?:set|scheduled|planned|due|booked|slated)\s+(?:for|on|to\s+[a-z]+)\b"
)


def day_after_the_move(
    dated: Sequence[Dated], mention: Mention, place: Place, before: str, offset: int
) -> When | None:
    """The day a plan was moved to, or from, when the sentence told a day before the move:
    the first such weekday after it ("had been set for Saturday, Nov. 21, but was moved to
    Monday": Monday, Nov. 23; "On Wednesday the organisers had moved Saturday night's headline
    set to Sunday afternoon": the Saturday and Sunday after that Wednesday). ``before``: the
    sentence up to the weekday (its last 200 characters at most); ``offset``: where ``before``
    starts in the raw text. None for a move forward, which may land before the first day
    ("brought forward to Monday"), and for a weekday that is not what was moved nor where to."""
    if mention.kind != "weekday" or mention.part("which") or mention.part("week_on"):
        return None
    if mention.part("next_week"):
        return None
    if not (_MOVED_TO_IT.search(before) or _MOVED_IT.search(before)):
        return None
    moved_at = offset + next(_A_MOVE.finditer(before)).start()
    first = next(
        (
            told
            for told in dated[-_DAYS_BACK:]
            if told.place == place and told.when.precision == "day" and told.end <= moved_at
        ),
        None,
    )
    if first is None or not first.weekday:
        return None
    told_at = first.end - offset  # the day of the move, or the day the plan was set for (not
    # "The parade will step off at 9 a.m. Monday as planned, but the fireworks have been moved
    # from Saturday night", another event's day, nor "With Burns Night falling on a Sunday")
    if not _OPENS.match(before, 0, told_at) and not _SET_FOR.search(
        before, max(0, told_at - 80), told_at
    ):
        return None
    return weekday_after(first.when.first_day, WEEKDAYS[mention.part("weekday").casefold()])


_UNTIL_THE = re.compile(  # "until 10pm on the", "through the" (not "to take the Monday off")
    r"(?i)\b(?:until|till|to|through)\s+(?:\d[\d.:]*\s*(?:[ap]\.?m\.?\s+)?)?(?:on\s+)?the\s+$"
)


def the_weekday_to_come(
    dated: Sequence[Dated], mention: Mention, place: Place, tense: str | None, before: str
) -> When | None:
    """ "the Monday" that ends a span still to come, after a day this paragraph told: that day
    or the first such weekday after it ("roads would close from 6am on Sunday 30 August ...
    until 10pm on the Monday": Monday 31 August), or None. ``before``: the words before the
    weekday."""
    if mention.kind != "weekday" or mention.part("which") or tense == "past":
        return None
    if not _UNTIL_THE.search(before):
        return None  # (not "the Sunday night", "the Thursday before": another week's, often)
    if not dated or dated[-1].when.precision != "day":
        return None
    told = dated[-1]
    if told.place.part != place.part or told.place.paragraph != place.paragraph:
        return None
    day = weekday_on_or_after(told.when.first_day, WEEKDAYS[mention.part("weekday").casefold()])
    return When.of(day)


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


_BULLETS = frozenset(["\u2022", "*", "-", "\u2013", "\u2014"])
# "will close on Thursday and reopen on", "snow to begin late Monday ... and taper off around":
# the next step of what the day before began
_AGAIN_AFTER = re.compile(
    r"(?i)\b(?:and|then|before)\s+(?:will\s+)?(?:re-?opens?|resumes?|returns?|restarts?|"
    r"be\s+back)\s+(?:it\s+|them\s+)?(?:on\s+)?$"
    r"|\band\s+(?:then\s+)?[a-z]+\s+(?:off|out|away|down|up|over)\s+(?:(?:around|about|by|on|"
    r"until|late|early)\s+)?$"
)
# ", Year 10 on ", ", and Year 13 on ": the next item of a list that names its days in turn
_PARALLEL = re.compile(
    r",?\s+(?:and\s+)?(?:the\s+)?[A-Z0-9][\w'\u2019-]*(?:\s+[A-Z0-9][\w'\u2019-]*){0,3}\s+(?:on\s+)?$"
)


def _weekday_named(
    dated: Sequence[Dated], mention: Mention, near: Callable[[dt.date], bool] = lambda day: True
) -> When | None:
    """The latest day the story named with the weekday ``mention`` names ("Thursday 24
    September", "on Saturday"), among those ``near`` accepts."""
    weekday = WEEKDAYS[mention.part("weekday")]
    named = [d for d in dated[-_LOOK_BACK:] if d.weekday]
    return _last_day_named(named, lambda day: day.weekday() == weekday and near(day))


def day_of_this_sentence(dated: Sequence[Dated], place: Place, now: dt.date | None) -> When | None:
    """The day "that day" names when its own sentence told one: "services on Tuesday morning
    ... not to travel before 10am that day", whatever the tense. Never the story's today
    ("findings, released today, say the patrol ended at 4pm that day"): then the day told
    before it."""
    if not dated or dated[-1].place != place or dated[-1].when.precision != "day":
        return None
    if now is None or dated[-1].when.first_day != now:
        return dated[-1].when
    return _last_day_named(dated[-_DAYS_BACK:-1], lambda day: day != now)


def same_day_of_month(
    dated: Sequence[Dated],
    mention: Mention,
    ahead: bool | None = None,
    now: dt.date | None = None,
) -> When | None:
    """The date a day of the month alone names: the last date of the story on that day ("set a
    hearing for Nov. 7 ... 'We'll see them in court on the 7th'": Nov. 7), the last still to
    come when the sentence looks ahead ("the clock runs out on the 15th", after "March 15" and
    "retroactive to Feb. 15", written on March 5: March 15)."""
    if mention.kind != "day_of_month":
        return None
    number = day_number(mention.part("day"))
    if ahead is True and now is not None:
        coming = _last_day_named(dated, lambda day: day.day == number and day >= now)
        if coming is not None:
            return coming
    return _last_day_named(dated, lambda day: day.day == number)


def _last_day_named(dated: Sequence[Dated], fits: Callable[[dt.date], bool]) -> When | None:
    """The story's latest day-precise date that ``fits``, looking back a bounded way (a 1 MB
    text stays linear)."""
    for earlier in reversed(dated[-_LOOK_BACK:]):
        if earlier.when.precision == "day" and fits(earlier.when.first_day):
            return earlier.when
    return None


def anchor_of(
    dated: Sequence[Dated],
    place: Place,
    day_only: bool = False,
    not_after: dt.date | None = None,
    not_before: dt.date | None = None,
    by_the_day: bool = False,
) -> When | None:
    """The date "a day earlier" counts from: the event just described, in this sentence or the
    one before; failing that, the last dated event of the two paragraphs before (``by_the_day``,
    a count of days or weeks: not a year a span of time opens from). ``day_only``:
    the last event dated to a day ("late Thursday ... on the lot where a garage stood until
    2017. The vote came shortly before 11 p.m.": Thursday, not 2017)."""
    if day_only:  # a clock time told in the past is not on a day still to come, nor one
        dated = [  # told in the future on a day gone ("will open with a ribbon-cutting at 10 a.m.")
            d
            for d in dated[-_DAYS_BACK:]
            if d.when.precision == "day"
            and not d.opens  # "camping there since July 8, called police at 4:52 p.m."
            and not d.given_up  # "moved the report to Jan. 23 from Jan. 16. It will hold a
            # call at 10 a.m. that day": Jan. 23
            and (not_after is None or d.when.first_day <= not_after)
            and (not_before is None or d.when.first_day >= not_before)
        ]
        if _told_on_a_later_day(dated):
            dated = dated[:-1]  # "a main that burst late Tuesday ..., organizers said Wednesday.
            # The break, reported at 11:52 p.m.": Tuesday's 11:52 p.m.
    if (
        by_the_day
        and len(dated) > 1
        and dated[-1].opens
        and dated[-1].when.precision in ("year", "month")
    ):
        dated = dated[:-1]  # "The election, held on May 31, was the first since 2021. Results
        # came three days later": May 31, not 2021 (but "since 2009. That year, ...": 2009);
        # "the third break since January 2024. Crews had finished repaving just two weeks
        # earlier": not two weeks before January 2024
    if not dated:
        return None
    last = dated[-1]
    if (last.place.part, place.part) == ("headline", "dek"):
        return last.when  # "Home opener set for April 12" / "gates open at 5:30 p.m."
    if last.place.part != place.part:
        return None
    if place.number - last.place.number in (0, 1):
        return last.when
    here, there = place.paragraph, last.place.paragraph
    if here is not None and there is not None and here - there <= 1:
        return last.when
    if here is not None and there is not None and here - there == 2:
        return last.when if last.when.precision == "day" else None  # a day, not "in May"
    return None


def _told_on_a_later_day(dated: Sequence[Dated]) -> bool:
    """Is the last day the day the news was told ("organizers said Wednesday"), right after a
    day of what it tells in the same paragraph?"""
    if len(dated) < 2 or not dated[-1].said or dated[-2].said:
        return False
    return dated[-2].place.paragraph == dated[-1].place.paragraph


def time_told(
    dated: Sequence[Dated], now: dt.date | None, day_only: bool = False, past: bool = False
) -> When | None:
    """The time a story tells of, for "that spring" and "the previous November": its latest
    date that is not the present (within a week of the story's day) nor the start of a span up
    to now ("since it was dedicated in 1987"). A feature that steps back to 1962, quotes a
    survivor "this week" and then says "A state inquiry that spring" means the spring of 1962.
    """
    week = dt.timedelta(days=7)
    for earlier in reversed(dated[-_LOOK_BACK:]):
        when = earlier.when
        present = now is not None and when.first_day - week <= now <= when.last_day + week
        ahead = past and now is not None and when.first_day > now  # told in the past tense
        if not (present or ahead or earlier.opens or (day_only and when.precision != "day")):
            return when
    return None


def stems_of(words: Sequence[str]) -> frozenset[str]:
    """The first five letters of each word of four letters or more, lower case: "grounded" and
    "grounding" share "groun"."""
    return frozenset(w.casefold()[:5] for w in words if len(w) >= 4 and w.isalpha())


_DAYS_BACK = 4  # events a clock time (or "that day") looks back over for its day
_SAME_WEEKDAY_BACK = 3  # events "that Sunday" looks back over for a Sunday named
_LOOK_BACK = 200  # events searched for a named one: enough for any story, bounded for speed


def named_event(dated: Sequence[Dated], noun: str, by_the_day: bool = False) -> When | None:
    """The date of the latest event whose summary names ``noun`` ("the grounding" -> "The
    ferry was grounded", dated Friday), for "two days after the grounding"; None when no dated
    event names it. ``by_the_day`` (a count of days or weeks): the latest such event dated to
    a day ("struck at 4:17 a.m. on Oct. 12. ... logged after the 2011 quake. ... Three days
    after the quake": Oct. 15, not three days after 2011).

    >>> place = Place("body", 0, 0)
    >>> fire = Dated(When(2025, 3, 2), place, False, stems=stems_of(["The", "fire", "started"]))
    >>> named_event([fire], "fire"), named_event([fire], "vote")
    (When(year=2025, month=3, day=2), None)
    """
    wanted = stems_of(noun.split())
    if not wanted:
        return None
    for event in reversed(dated[-_LOOK_BACK:]):
        if any(a.startswith(b) or b.startswith(a) for a in wanted for b in event.stems):  # "vote"
            # and "voted"
            if by_the_day and (event.when.precision != "day" or event.said):
                continue  # (nor the day it was told: "the parade we can hold safely, the mayor
                # said Thursday")
            return event.when if event.when.precision != "year" else None
    return None


_ELECTION_NOUNS = stems_of(["election", "elected", "primary", "referendum", "polls", "polling"])
_ADVANCE = stems_of(["advance", "early"])  # "advance polls run April 1-4": not polling day


# "'s council election", " election", " by-election": the words after a date that name an election
ELECTION_AFTER = re.compile(
    r"(?i)(?:['\u2019]s)?\s+(?:(?!(?:for|of|in|on|at|to|by|and|or|the|a|an|ahead|before|after|"
    r"until|from|since)\b)[a-z]+\s+){0,2}(?:election|by-election|primary|referendum|poll)\b"
)


def election_day(dated: Sequence[Dated], by: dt.date | None = None) -> When | None:
    """The day of the election a story dates, for "on election night" and "polling day": the
    first day the story names an election by ("the 28 November election", "Saturday's council
    election"), else the first event dated to a day whose summary names an election, a primary
    or the polls (not advance polls). With ``by`` (told in the past: "floods cut roads on
    election day"), a day up to then if the story told one.

    >>> place = Place("body", 0, 0)
    >>> polls = Dated(When(2016, 4, 11), place, False, stems=stems_of(["Voters", "go", "polls"]))
    >>> election_day([polls])
    When(year=2016, month=4, day=11)
    """
    days = [e for e in dated[:_LOOK_BACK] if e.when.precision == "day"]
    for told in (_up_to(days, by), days) if by is not None else (days,):
        for event in told:  # "Saturday's council election", "On Election Day"
            if event.election:
                return event.when
        for event in told:  # the election the story opens with, not a later
            # deadline "at the elections office"
            if event.stems & _ELECTION_NOUNS and not event.stems & _ADVANCE:
                return event.when
    return None


def _up_to(dated: Sequence[Dated], by: dt.date | None) -> list[Dated]:
    """The dates told that fall on or before ``by`` (all of them without it)."""
    return [e for e in dated if by is None or e.when.first_day <= by]


_PRIMARY_NOUNS = stems_of(["primary", "primaries", "runoff"])


_PRIMARY_NEAR = dt.timedelta(days=60)  # a primary further from the story is not its news


def primary_day(
    dated: Sequence[Dated], now: dt.date | None, by: dt.date | None = None
) -> When | None:
    """The day of the primary or runoff a story dates first, if it is the story's news (within
    two months of its day): its "Election Day" and "primary night" are that day, not
    November's federal Election Day. (A November story's "between the May 7 primary and
    Election Day" means November's.) ``by``: as for :func:`election_day`.

    >>> place = Place("body", 0, 0)
    >>> vote = Dated(When(2026, 3, 3), place, False, stems=stems_of(["Polls", "open", "primary"]))
    >>> primary_day([vote], dt.date(2026, 2, 27)), primary_day([vote], dt.date(2026, 11, 20))
    (When(year=2026, month=3, day=3), None)
    """
    days = [e for e in dated[:_LOOK_BACK] if e.when.precision == "day"]
    for told in (_up_to(days, by), days) if by is not None else (days,):
        held = next((e for e in told if e.stems & _PRIMARY_NOUNS and not e.stems & _ADVANCE), None)
        if held is not None and now is not None and abs(held.when.first_day - now) <= _PRIMARY_NEAR:
            return held.when
    return None


def in_apposition(dated: Sequence[Dated], mention: Mention, text: str, offset: int) -> When | None:
    """The date a counted expression set off by a comma re-describes: "on 28 July, the day
    before the pool was due to be refilled" and "Nov. 25, the Friday after Thanksgiving" are
    28 July and Nov. 25. ``text`` is the sentence, starting at raw offset ``offset``."""
    if mention.kind not in ("after_event", "event_anchor") or not dated:
        return None
    if mention.part("that") or mention.part("dir") in DAY_TOLD or mention.part("back"):
        return None  # (", a day after the union rejected it" dates the rejection)
    last = dated[-1]
    if last.when.precision != "day" or not offset <= last.end <= mention.start:
        return None
    if mention.start - last.end > 4:  # only ", " may stand between
        return None
    return last.when if text[last.end - offset : mention.start - offset].strip() == "," else None


_BESIDE = re.compile(rf" (?:{EVENT_NOUNS} )?")  # "Derby Day on Saturday", "Burns Night supper on"


def weekday_beside_its_day(
    dated: Sequence[Dated], mention: Mention, text: str, offset: int
) -> When | None:
    """The day told just before a weekday with only a space (or the name of an event) between,
    when it falls on that weekday: "Derby Day on Saturday", "Oaks Day next Thursday"
    and "the village's Burns Night supper on Sunday" are the days of those events,
    whatever the tense of "have been told to allow an extra 40 minutes". ``text`` is the
    sentence, starting at raw offset ``offset``."""
    if mention.kind != "weekday" or not dated or mention.part("which") not in ("", "next", "this"):
        return None
    last = dated[-1]
    if last.when.precision != "day" or not offset <= last.end <= mention.start:
        return None
    if not _BESIDE.fullmatch(text[last.end - offset : mention.start - offset]):
        return None
    same = last.when.first_day.weekday() == WEEKDAYS[mention.part("weekday")]
    return last.when if same else None


def holiday_on_day_told(
    dated: Sequence[Dated], mention: Mention, place: Place, country: str | None = None
) -> When | None:
    """The day just told in the sentence, when a holiday named with it falls on that day ("Feb.
    17: The Family Day skate drew a record crowd" is Feb. 17's Family Day, whatever the tense
    says), else None."""
    if mention.kind != "holiday" or mention.part("weekend") or mention.part("year") or not dated:
        return None
    if mention.part("kept_on"):
        return None  # "on Monday, the St Andrew's Day holiday": the Monday it is kept
    last = dated[-1]
    if last.place != place or last.when.precision != "day":
        return None
    day = named_holiday_date(mention, last.when.year, country)  # ("Thursday, Juneteenth Eve")
    return last.when if day == last.when.first_day else None


# "the next day", "the previous evening", "the same day": a day counted from the day just told
DAY_TOLD = frozenset(["next", "following", "previous", "preceding", "same"])


_RANGE_WORD = re.compile(
    r"(?i),?\s*(?:(?:through|thru|to|until|till)(?:\s+at\s+least)?|-|\u2013|"
    r"and(?:\s+(?:finish|end)[a-z]*(?:\s+it)?)?)\s*"  # ("from tomorrow until at least Monday")
)
_RUNS_ON_TO = re.compile(  # "opens Friday at noon and runs through Sunday" (but "began on Friday
    # and run until Sunday 1 November" may have begun a week before)
    r"(?i),?\s*and\s+(?:runs|run|continues|lasts|goes\s+on)\s+(?:through|thru|until|till|to)\s*"
)
_BETWEEN = re.compile(r"(?i)\bbetween\s+(?:\S+\s+){1,4}and\s+$")


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


def overnight_after(told: Dated, between: str) -> When | None:
    """ "Overnight" in a sentence that has told a day: the night that ends on that day when the
    night came before it ("schools closed on Dec. 8, after snow fell overnight"), else the night
    after it ("came ashore early Tuesday, then stalled overnight": Wednesday)."""
    if told.when.precision != "day":
        return None
    before_it = re.search(r"(?i)\bafter\b", between) is not None
    return told.when if before_it else When.of(told.when.first_day + dt.timedelta(days=1))


_YEARLESS = frozenset(["month_day", "month", "holiday"])
_PRESENT_KINDS = frozenset(["day_word", "unit", "ago", "weekday", "year", "date", "month_year"])


def narrative_year(
    frame: int | None, mention: Mention, when: When | None, fronted: bool, now: dt.date | None
) -> int | None:
    """The year a story has stepped back to, for the yearless dates that follow: a past time
    opening a sentence ("Five years ago this month, ...", "On 4 May 1974, ..."). A date near
    the story's day ("this week", "in 2023") brings the story back to the present.

    >>> from lessons.article import Span
    >>> from lessons.timeline.expressions import find_time_expressions
    >>> [then] = find_time_expressions(Span("On Aug. 3, 2018", 0, 15))
    >>> narrative_year(None, then, When(2018, 8, 3), True, dt.date(2023, 8, 17))
    2018
    """
    if when is None or now is None:
        return frame
    if mention.kind in _PRESENT_KINDS and when.last_day >= now - dt.timedelta(days=365):
        return None
    told_back = when.year <= now.year - 2
    if told_back and fronted and mention.kind in _PRESENT_KINDS:
        return when.year
    if frame is not None and mention.kind in WRITTEN_YEAR_KINDS and when.year > frame:
        return None  # "In 2011, 57 percent rejected abolition, and a second attempt was
        # abandoned in March 2019": the passage has moved on from 2011 (but "since the 1973 oil
        # crisis" in an account of 1976 is its background)
    return frame


def weekday_told(
    frame: int | None,
    mention: Mention,
    tense: str | None,
    dated: Sequence[Dated],
    place: Place | None = None,
    before: str = "",
) -> When | None:
    """A past weekday inside a passage about another year is the one nearest the day last told
    ("On Sunday 5 November 2000, ... By 3am on Monday" is Monday 6 November 2000), if that day
    was told in this paragraph or the one before (``place``: the weekday's sentence), or the
    text says "the Monday" (``before``: the words before it)."""
    if mention.kind != "weekday" or tense != "past" or not dated:
        return None
    if mention.part("which") not in ("", "the") or mention.part("week_on"):
        return None
    the_day = mention.part("which") or THE_BEFORE.search(before)
    if frame is None and not the_day:
        return None
    told = dated[-1]
    if the_day:  # "We went out on the Monday", after "In May" of the same year: the last day
        # the passage told, a few events back; its written date first ("On Saturday 14 December
        # 1985 ... two days later ... 'We'd left on the Thursday'")
        days = [d for d in reversed(dated[-2 * _DAYS_BACK :]) if d.when.precision == "day"]
        told = next((d for d in days if d.written_year), next(iter(days[:_DAYS_BACK]), told))
    last = told.when
    if last.precision != "day" or (frame is not None and last.year != frame):
        return None
    here, there = (place.paragraph, told.place.paragraph) if place else (None, None)
    if here is not None and there is not None and here - there > 1 and not the_day:
        return None  # "said outside the courtroom Monday", paragraphs after the 2017 arrest
        # (but "At first light on the Monday" goes on with the story of 2000)
    return nearest_weekday(last.first_day, WEEKDAYS[mention.part("weekday")])


_ACCOUNT_DAYS = 62  # how far after a written date a yearless day may go on with its account
_BACK_TO_IT = re.compile(  # a sentence that opens on the time just told: "During that crisis,"
    r"\s*(?:During|After|Throughout|In|At\s+the\s+height\s+of)\s+(?:that|this)\s+[a-z]+\b"
)


def account_year(
    dated: Sequence[Dated],
    mention: Mention,
    place: Place,
    tense: str | None,
    country: str | None = None,
    ahead: bool | None = None,
    opening: str = "",
    now: dt.date | None = None,
) -> int | None:
    """The year of an account a yearless day told in the past goes on with: "stabbed at 2am on
    August 14th, 2022 ... He was arrested on August 19th" is 2022, and "caught fire on Christmas
    Eve 1971 ... ran in the Christmas Day edition" 1971, when the day falls within two months after
    the last day written with its year, in this paragraph or the one before; in any tense, the
    year of the day just told in the same sentence ("after June 16, but not on June 19"); a
    month written with its year too, for a day of that month whose sentence opens back on it
    (``opening``: the sentence's words before the day): "in March 2003 ... During that crisis,
    banks closed on March 10"."""
    if mention.kind not in ("month_day", "holiday") or not dated:
        return None
    last = dated[-1]
    if last.place == place and last.when.precision == "day":
        written: Dated | None = last  # "added after June 16, but not on Juneteenth, June 19"
    elif tense == "past" or (tense is None and not ahead):  # (not "the commission has until
        # Sept. 30 to submit new maps", after a passage of 2025: a deadline still to come)
        written = next(
            (
                d
                for d in reversed(dated[-_DAYS_BACK:])
                if d.written_year and d.when.precision in ("day", "month")
            ),  # (a month too: "last devalued in March 2003 ... During that crisis, banks
            None,  # closed on March 10")
        )
    else:
        return None
    if written is None or written.place.part != place.part or written.opens:
        return None  # ("without a contract since Aug. 31, 2025, and talks broke down Oct. 28":
        # a span that runs up to now, no account of 2025)
    here, there = place.paragraph, written.place.paragraph
    if here is None or there is None or here - there > 1:
        return None
    start = written.when.first_day
    if mention.kind == "holiday":
        day = holiday_date(mention.part("holiday"), start.year, country)
    else:
        month, number = month_number(mention.part("month")), day_number(mention.part("day"))
        day = safe_date(start.year, month, number)
    if day is None:
        return None
    # a day in the same sentence as another, either side of it, not looking ahead: "a farcical
    # Easter last year in which ... on Holy Thursday" (not the day the news was said: "said
    # Tuesday its trial put the drug on course for a decision by Sept. 14"; nor "worked on Labor
    # Day and will close the road before Independence Day")
    same_sentence = written is last and last.place == place and not last.said
    earliest = -_ACCOUNT_DAYS if same_sentence and ahead is not True else 1
    if written.when.precision == "month":  # a day of the very month told, in a sentence that
        same = (day.year, day.month) == (start.year, start.month)  # opens back on it: "in
        next_sentence = place.number - written.place.number == 1 and here == there
        long_ago = now is not None and start.year <= now.year - 3 and tense == "past"
        back = _BACK_TO_IT.match(opening) or (next_sentence and long_ago)  # March 2003 ...
        # During that crisis, banks closed on March 10" (not "declared a fire ban on May 1");
        # "The last great flood, in June 1998, closed the metro. The river crested on June 9":
        # a past day of that month in the next sentence, years ago
        return start.year if same and back else None
    return start.year if earliest <= (day - start).days <= _ACCOUNT_DAYS else None


def year_of_weekday(dated: Sequence[Dated], mention: Mention, now: dt.date | None) -> int | None:
    """The year a yearless date's written weekday points to when it fits no year around the
    story's day: a chronology's "Thursday 24 November" under "Monday 21 November 1966" is 1966
    (the latest year the story wrote out in which the day has that weekday)."""
    weekday = WEEKDAYS.get(mention.part("weekday").rstrip(".").casefold())
    if mention.kind != "month_day" or weekday is None or now is None:
        return None
    month, number = month_number(mention.part("month")), day_number(mention.part("day"))

    def fits(year: int) -> bool:
        day = safe_date(year, month, number)
        return day is not None and day.weekday() == weekday

    if any(fits(year) for year in (now.year - 1, now.year, now.year + 1)):
        return None
    written = (d.when.year for d in reversed(dated[-_LOOK_BACK:]) if d.written_year)
    return next((year for year in written if fits(year)), None)


def in_narrative(
    frame: int | None, mention: Mention, tense: str | None, ahead: bool | None
) -> int | None:
    """The year for a yearless date told in the past tense inside a passage about another year
    ("On Aug. 5, with the fire at 400 hectares, ..." after "Five years ago this month")."""
    if frame is None or mention.kind not in _YEARLESS or tense != "past" or ahead is True:
        return None
    return frame
