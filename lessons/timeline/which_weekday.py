"""Which day a weekday names, from the days the story has told.

"On Monday ... On Tuesday" in a story about last week is a Tuesday of that week, not the next;
"Year 9 stays home on Monday 23 March, Year 10 on Tuesday" is the day after; "was moved to
Monday" counts from the day the plan was set for; "the Thursday" is one the story has named."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Collection, Sequence

from lessons.timeline.dates_told import DAYS_BACK, LOOK_BACK, Dated, Place, last_day_named
from lessons.timeline.patterns import Mention
from lessons.timeline.weekdays_months import nearest_weekday, weekday_after, weekday_on_or_after
from lessons.timeline.when import When
from lessons.timeline.words import EVENT_NOUNS, LIST_ITEM, THE_BEFORE, WEEKDAYS


def tells_what_day_it_is(before: str, after: str) -> bool:
    """Does a weekday open its sentence to say what kind of day it is ("Friday was already a
    PA day for elementary students")? It names the same weekday the story just told."""
    return not before.strip(" \"'\u201c\u2018") and _A_KIND_OF_DAY.match(after) is not None


# "Friday was already a PA day", "Monday is a holiday": what kind of day a weekday is
_A_KIND_OF_DAY = re.compile(
    r"\s+(?:is|was)\s+(?:already|also|still)\b"
    r"|\s+(?:is|was)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:day|holiday)\b"
)


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

    def fits(day: dt.date) -> bool:
        return day.weekday() == weekday and abs((day - now).days) <= 7

    told = [d for d in dated[-LOOK_BACK:] if not d.counted]  # (not "Two days after the
    # walkout", a day counted that fell on a Thursday: "the result of Thursday's vote")
    return last_day_named(told, fits)


_SAME_WEEKDAY_BACK = 3  # events "that Sunday" looks back over for a Sunday named


def that_weekday(dated: Sequence[Dated], mention: Mention) -> When | None:
    """The day "that Sunday" names when one of the last few events fell on a Sunday ("on Sunday
    week ... pencilled in for that Sunday": the Sunday just named, near publication or not)."""
    weekday = WEEKDAYS[mention.part("weekday")]
    named = last_day_named(dated[-_SAME_WEEKDAY_BACK:], lambda day: day.weekday() == weekday)
    latest = last_day_named(dated[-_SAME_WEEKDAY_BACK:], lambda day: True)
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
            for told in dated[-DAYS_BACK:]
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
    named = [d for d in dated[-LOOK_BACK:] if d.weekday]
    return last_day_named(named, lambda day: day.weekday() == weekday and near(day))


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


# "That Monday they told us": a sentence or a quotation that opens on the weekday of its account
_THAT_OPENS = re.compile(r"(?:^|[\s\"\u201c\u2018(])That\s+$")


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
    the_day = mention.part("which") or THE_BEFORE.search(before) or _THAT_OPENS.search(before)
    if frame is None and not the_day:
        return None
    told = dated[-1]
    if the_day:  # "We went out on the Monday", after "In May" of the same year: the last day
        # the passage told, a few events back; its written date first ("On Saturday 14 December
        # 1985 ... two days later ... 'We'd left on the Thursday'")
        days = [d for d in reversed(dated[-2 * DAYS_BACK :]) if d.when.precision == "day"]
        told = next((d for d in days if d.written_year), next(iter(days[:DAYS_BACK]), told))
    last = told.when
    if last.precision != "day" or (frame is not None and last.year != frame):
        return None
    here, there = (place.paragraph, told.place.paragraph) if place else (None, None)
    if here is not None and there is not None and here - there > 1 and not the_day:
        return None  # "said outside the courtroom Monday", paragraphs after the 2017 arrest
        # (but "At first light on the Monday" goes on with the story of 2000)
    return nearest_weekday(last.first_day, WEEKDAYS[mention.part("weekday")])
