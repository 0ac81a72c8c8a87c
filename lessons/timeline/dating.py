"""The date of one expression, from what it counts from and the year of its passage.

"A day earlier" is the day before the event just told; "March 5" in a passage about 2019 is
2019-03-05; "on Monday's bank holiday" is that holiday's day. An expression that only restates
a date told beside it ("on Tuesday, two weeks after inspectors found the crack on Nov. 18")
gets no row of its own (:data:`RESTATED`).
"""

from __future__ import annotations

import datetime as dt
import re
from enum import Enum

from lessons.timeline.anchor import holiday_on_day_told, in_apposition, same_day_of_month
from lessons.timeline.clauses import Words
from lessons.timeline.counting import ON_THE_HOLIDAY
from lessons.timeline.deadlines import backdated, done_on, opens_span, span_ended
from lessons.timeline.event_days import possessive, unplanned_after
from lessons.timeline.holidays import bank_holidays, holiday_date
from lessons.timeline.not_dates import heads_a_list_line
from lessons.timeline.patterns import Mention
from lessons.timeline.resolve import resolve
from lessons.timeline.story import Story, Told
from lessons.timeline.when import When
from lessons.timeline.which_holiday import holiday_weekend
from lessons.timeline.which_weekday import (
    same_weekday,
    tells_what_day_it_is,
    the_weekday_named,
    weekday_a_week_on,
    weekday_beside_its_day,
    weekday_named_before,
    weekday_of_its_sentence,
    weekday_told,
)
from lessons.timeline.words import WEEKDAYS

TOLD_BACK = 30  # events a past "two years later" looks back over for the time it counts from


A_WEEK = 7  # days a headline's weekday lies from the story's day


class _Skipped(Enum):
    """What :func:`date_of` returns for an expression that gets no row of its own."""

    SKIP = "skip"


RESTATED = _Skipped.SKIP


def date_of(
    story: Story,
    told: Told,
    ahead: bool | None,
    anchor: When | None,
    base: dt.date | None,
    story_year: int | None,
    accounted: int | None,
) -> When | None | _Skipped:
    """The date: the same day the story already named ("Wednesday's first arrivals", "on the
    7th", "for the holiday"), else the expression resolved from its anchor, the day it counts
    from and its passage's year; :data:`RESTATED` when it restates a date told beside it."""
    mention, tense, place, dated = told.mention, told.tense, told.place, story.dated
    text, offset, before, after = told.text, told.offset, told.before, told.after
    now, published, country, following = story.now, story.published, story.country, story.following
    said = tense  # the clause's tense, else the sentence's: "Pruitt, reached by phone Tuesday
    if said is None and mention.kind == "weekday":  # night, said ..."
        said = told.sentence_tense  # (read for every weekday without a tense)
    unplanned = unplanned_after(before, after)  # "after Tuesday night's ice storm"
    echoes = possessive(after) or tells_what_day_it_is(before, after)
    echo = same_weekday(dated, mention, base) if echoes and not unplanned else None
    if echo is not None and ahead and base is not None and echo.first_day < base:
        echo = None  # "will coach, beginning with Saturday's game": not last Saturday's
    if (
        echo is not None
        and ahead is False
        and base is not None
        and (echo.first_day - base).days >= A_WEEK
    ):
        echo = None  # "Tuesday's session ran past 7 p.m.", after "on Tuesday week": not next
        # week's
    if mention.kind == "after_event" and anchor is None and published is None:
        return None
    if mention.part("back") and _dated_right_after(mention, following.get(mention), text, offset):
        return RESTATED  # "on Tuesday, two weeks after inspectors found the crack on Nov. 18":
        # what follows has a date of its own
    if in_apposition(dated, mention, text, offset) is not None:
        return RESTATED  # "on 28 July, the day before the pool was due to be refilled": the same
        # day again, in other words (no row of its own)
    if (same := weekday_beside_its_day(dated, mention, text, offset)) is not None:
        return same  # "Derby Day on Saturday": the race's Saturday
    if (same := holiday_on_day_told(dated, mention, place, country)) is not None:
        return same  # "Feb. 17: The Family Day skate": the Family Day on Feb. 17
    if (
        same := _the_holiday_it_is_for(
            mention, following.get(mention), story.holiday_told, text, offset, now, country
        )
    ) is not None:
        return same  # "closed Monday for the holiday", "for Presidents Day": its Monday
    holiday, name = story.holiday_told, story.holiday_name
    if mention.part("now") == "long" and story.weekend_holiday is not None:
        holiday, name = story.weekend_holiday  # "the long weekend" after "the October bank
        # holiday weekend" and "Halloween": the bank holiday's
    if (same := _the_holiday_weekend(holiday, name, mention, now, story_year, country)) is not None:
        return same  # "near 100 through the holiday weekend", after "Independence Day"
    if (same := _its_bank_holiday(mention, after, now, country)) is not None:
        return same  # "proposed talks on Monday's bank holiday": the bank holiday Monday
    if echo is not None:
        return echo  # "Wednesday's first arrivals": the Wednesday the story already named
    if (echo := same_day_of_month(dated, mention, _coming(ahead, tense), now)) is not None:
        return echo  # "on the 7th": the 7th the story already named
    if (named := the_weekday_named(dated, mention, before, place)) is not None:
        return named  # "exams on the Thursday": the Thursday the story named
    if (named := weekday_of_its_sentence(dated, mention, place, tense, before)) is not None:
        return named  # "began on Good Friday ..., with 112mm recorded between Friday morning
        # and Monday evening": Good Friday's morning
    if (named := weekday_named_before(dated, mention, said, ahead, now)) is not None:
        return named  # "Saturday: Steam train arrives", after the dek's "on Saturday"
    if (named := weekday_a_week_on(story.holidays, mention, ahead, now)) is not None:
        return named  # "will leave at 1pm on Monday", written on the Monday before "bank
        # holiday Monday, 31 August"
    if (then := weekday_told(story.frame, mention, tense, dated, place, before)) is not None:
        return then  # "By 3am on Monday" in a feature's account of November 2000
    when = resolve(mention, base, anchor, ahead, story_year, country)
    if story_year and (
        (_after_a_past(when, ahead, published) and not accounted)
        or (
            accounted
            and tense == "past"
            and dated[-1].place != place  # (not "after June 16, but not on June 19")
            and _after_a_past(when, False, published)
        )
    ):
        when = resolve(mention, base, anchor, ahead, None, country)  # "up from the range it
        # forecast in November" beside "fiscal 2026": not a November still to come; "pumping
        # began on July 3" after "in the year to June 30, 2027": no account of a year to come
    gone = (
        span_ended(before)
        or done_on(before)
        or opens_span(before, directly=True)
        or backdated(before)
    )
    # "since Christmas", written in November: last Christmas; "retroactive to Jan. 1", written
    # in November: this Jan. 1
    if ahead is False and when and now and when.first_day > now and gone:
        when = resolve(mention, base, anchor, ahead, when.year - 1, country)  # "stayed in
        # place until 11 July", written in June: last July
    if _done_on_a_list(mention, told.reading.words, when, now, text, told.cut, told.resume):
        when = resolve(mention, base, anchor, ahead, when.year - 1, country)  # "Jan. 24:
        # Freezing rain knocked out power", a year's dates told on Jan. 2: last Jan. 24
    if _told_later(mention, tense, when, published):  # "became an officer two years later"
        for earlier in reversed(dated[-TOLD_BACK:]):  # after a quote of last week:
            counted_from = resolve(mention, base, earlier.when, ahead, story_year, country)
            if counted_from and published and counted_from.first_day <= published:
                return counted_from  # counted from the time told (1985), not last week
    return when


_TO_DO = re.compile(r"\bTO VB\b")


def _done_on_a_list(
    mention: Mention,
    words: Words,
    when: When | None,
    now: dt.date | None,
    text: str,
    start: int,
    end: int,
) -> bool:
    """Is a yearless date heading a list's line, whose item tells in a past-tense verb
    (``words``: the sentence's tagged words) what happened, put after the story's day? A past
    tense may name a deadline weeks ahead ("was extended to Nov. 16"), but a list of what
    happened is of days gone."""
    return (
        mention.kind == "month_day"
        and not mention.part("weekday")  # "Saturday 11 July: Kapa haka night": the weekday says
        and when is not None
        and now is not None
        and when.first_day > now
        and heads_a_list_line(text, start, end)
        and any(tag == "VBD" and word.start > mention.end for word, tag in words)
        and not _TO_DO.search(" ".join(tag for _, tag in words))  # "Nov. 9: Last day for
        # ballots postmarked by Election Day to arrive": a day still to come
    )


_FOR = re.compile(r"\s+for\s+|['\u2019]s\s+")  # "closed Monday for Presidents Day", "Thursday's


def _the_holiday_it_is_for(
    mention: Mention,
    later: Mention | None,
    told: When | None,
    text: str,
    offset: int,
    now: dt.date | None,
    country: str | None,
) -> When | None:
    """The day of the holiday a weekday is "for", when it falls on that weekday: the holiday
    the story named last (``told``) for "schools, already closed Monday for the holiday", the
    one named next (``later``) for "already closed Monday for Presidents Day" and "Thursday's
    Juneteenth Eve vigil"; else None.
    ``text``: the sentence, starting at raw offset ``offset``."""
    if mention.kind != "weekday" or mention.part("which"):
        return None
    day = None
    if ON_THE_HOLIDAY.match(text[mention.end - offset :].lstrip()):
        day = told
    elif (
        now is not None
        and later is not None
        and later.kind == "holiday"
        and _FOR.fullmatch(text, mention.end - offset, later.start - offset)
    ):
        day = resolve(later, now, None, None, None, country)
        if day is not None and abs((day.first_day - now).days) > A_WEEK:
            day = None
    if day is None or day.precision != "day":
        return None
    return day if day.first_day.weekday() == WEEKDAYS[mention.part("weekday")] else None


_HOLIDAY_NEAR = 21  # days a story's holiday may lie from its day to be "the holiday weekend"


def _the_holiday_weekend(
    holiday: When | None,
    name: str,
    mention: Mention,
    now: dt.date | None,
    year: int | None,
    country: str | None,
) -> When | None:
    """The weekend next to the holiday ``name`` the story named last (on the day ``holiday``),
    for "the holiday weekend" or "the long weekend" in a story written within three weeks of it
    ("stay near 100 through the holiday weekend", after "Independence Day"; "the long weekend
    was chosen because trucks are off the road", after "the King's Birthday long weekend"), in
    the ``year`` its sentence names ("Last year, 41,000 people visited over the holiday
    weekend"); else None."""
    if holiday is None or now is None or mention.kind != "unit":
        return None
    if mention.part("now") not in ("holiday", "long") or mention.part("unit") != "weekend":
        return None
    if mention.part("which") not in ("", "this"):
        return None  # ("last long weekend", "next long weekend": counted from today)
    if mention.part("now") == "long" and holiday.first_day.weekday() not in (0, 4):
        return None  # a long weekend is a Monday's or a Friday's (not Christmas on a Thursday,
        # nor Samhain on a Saturday)
    if abs(holiday.first_day - now).days > _HOLIDAY_NEAR:
        return None
    if year is not None and year != holiday.year:
        day = holiday_date(name, year, country)
        return None if day is None else holiday_weekend(When.of(day))
    return holiday_weekend(holiday)


_BANK_HOLIDAY_AFTER = re.compile(r"['\u2019]s\s+(?i:bank|public)\s+holiday\b")


def _its_bank_holiday(
    mention: Mention, after: str, now: dt.date | None, country: str | None
) -> When | None:
    """The bank holiday a weekday's possessive names ("talks on Monday's bank holiday"): the
    one on that weekday within a week of the story's day, else None."""
    if mention.kind != "weekday" or now is None or not _BANK_HOLIDAY_AFTER.match(after):
        return None
    weekday = WEEKDAYS[mention.part("weekday")]
    days = [
        day
        for year in (now.year - 1, now.year, now.year + 1)
        for day in bank_holidays(year, country)
        if day.weekday() == weekday and abs((day - now).days) <= 7
    ]
    return When.of(min(days, key=lambda day: abs((day - now).days))) if days else None


def _coming(ahead: bool | None, tense: str | None) -> bool | None:
    """Does a day the sentence leaves open lie ahead: so the sentence says, or its verb is in
    the present or the future ("the clock runs out on the 15th")?"""
    return True if ahead is None and tense in ("present", "future") else ahead


def _after_a_past(when: When | None, ahead: bool | None, published: dt.date | None) -> bool:
    """Is a date read back in time (``ahead`` False) after publication all the same?"""
    return (
        ahead is False
        and when is not None
        and published is not None
        and (when.first_day > published)
    )


def _told_later(
    mention: Mention, tense: str | None, when: When | None, published: dt.date | None
) -> bool:
    """A past "two years later" that lands after publication counted from the wrong event."""
    later = mention.kind == "after_event" and mention.part("dir") in ("later", "after", "on")
    return (
        later
        and tense == "past"
        and when is not None
        and published is not None
        and (when.first_day > published)
    )


_CLAUSE_WORDS = 10  # words of a clause after "a day after" that its own date may stand in


def _dated_right_after(mention: Mention, later: Mention | None, text: str, offset: int) -> bool:
    """Does the clause after ", two weeks after" give its own date within a few words
    ("inspectors found the crack on Nov. 18"; not "it received the results of an underwater
    survey carried out between 9 and 13 March", the survey's)?"""
    if later is None:
        return False
    between = text[mention.end - offset : later.start - offset]
    return len(between.split()) <= _CLAUSE_WORDS
