"""The date checked against the days around it.

A first reading can put a date in the wrong week or year; the days around it set it right:
"on Labor Day, Sept. 7" takes the holiday's year, "Thursday and Friday" are a pair, a live
blog's "9:50 p.m. Saturday" is never a day still to come, and the small hours after "at 11:40
p.m." are the next day (:func:`date_checked`, :func:`on_its_night`).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from lessons.timeline.anchor import anchor_of, overnight_after
from lessons.timeline.clocks import clock_of, past_midnight
from lessons.timeline.dates_told import Dated, Place
from lessons.timeline.dating import TOLD_BACK
from lessons.timeline.holidays import holiday_date
from lessons.timeline.in_order import (
    after_the_promise,
    in_list_order,
    in_month_order,
    range_end,
    range_start,
)
from lessons.timeline.passage_year import narrative_year
from lessons.timeline.patterns import Mention
from lessons.timeline.resolve import resolve
from lessons.timeline.story import Story, Told
from lessons.timeline.weekdays_months import nearest_weekday
from lessons.timeline.when import When
from lessons.timeline.which_holiday import the_holidays_year
from lessons.timeline.which_weekday import (
    day_after_the_move,
    next_in_a_run,
    paired_weekday,
    the_weekday_to_come,
)
from lessons.timeline.words import MOVING_VERB, THE_BEFORE, WEEKDAYS

_THIS_MONTH = re.compile(r"(?i)\bthis\s+month\b")


def _in_this_month(mention: Mention, when: When | None, now: dt.date | None) -> bool:
    """Is a month and day without a year one of the story's own month, put in another year?"""
    return (
        mention.kind == "month_day"
        and not mention.part("year")
        and when is not None
        and now is not None
        and when.precision == "day"
        and when.month == now.month
        and when.year != now.year
    )


_STAMP_AHEAD = 2  # days after publication a live blog's time stamp may still be


_STAMP_BEHIND = 365  # days before publication a chronology's heading may still set "today"


def _the_year_just_ended(
    mention: Mention, tense: str | None, when: When | None, now: dt.date | None
) -> bool:
    """Is it "the year" told in the past in the first half of January ("Shipments for the year
    fell 9%", written on Jan. 3): the year just ended, not the one begun?"""
    return (
        mention.kind == "unit"
        and mention.part("unit") == "year"
        and mention.part("period") == "the"
        and not mention.part("which")
        and not mention.part("edge")
        and tense == "past"
        and now is not None
        and now.month == 1
        and now.day <= 15
        and when == When(now.year)
    )


_A_MAY_DAY_EVENT = re.compile(
    r"(?i)May\s+Day\s+(?:celebrations?|rally|rallies|march(?:es)?|parade|festivities|"
    r"dancing|dancers|garlands?|procession)\b"
)


def date_checked(story: Story, told: Told, ahead: bool | None, when: When | None) -> When | None:
    """The date checked against the days around it: a holiday's year, this month's day, a
    list's order, a day paired with the one before it ("Thursday and Friday")."""
    mention, tense, place, dated = told.mention, told.tense, told.place, story.dated
    text, offset, cut, before, after = told.text, told.offset, told.cut, told.before, told.after
    now, country = story.now, story.country
    when = the_holidays_year(mention, when, country)  # "on Labor Day, Sept. 7"
    if when is not None and when.year and _A_MAY_DAY_EVENT.match(mention.text + after):
        own = holiday_date(mention.part("holiday"), when.year)  # "Today's May Day
        when = When.of(own) if own is not None else when  # celebrations", "the May Day rally":
        # the holiday's own day, 1 May, in Britain too (where a bare "May Day" is the bank
        # holiday Monday it is kept on)
    if _the_year_just_ended(mention, tense, when, now):
        when = When(when.year - 1)  # "Shipments for the year fell 9%", written on Jan. 3
    if _in_this_month(mention, when, now) and _THIS_MONTH.search(text):
        when = replace(when, year=now.year)  # "its third day above 40C this month, after 41.2C
        # on 3 December", written on 27 December: this month's 3 December
    when = (
        _a_past_years_holiday_weekday(
            mention, when, dated, place, before, story.holiday_name, country, now
        )
        or when
    )  # "Last year we had every site booked from the Friday to the Monday"
    if mention.kind == "weekday" and not mention.part("which") and when and now:
        when = _before_the_end(mention, when, story.following[mention], text, offset, now)
    if when is not None and tense is None and mention.kind == "month_day":
        when = in_list_order(dated, mention, when, place, text[:cut], after, now)
    if when is not None and mention.kind == "month" and dated and dated[-1].end >= offset:
        between = text[dated[-1].end - offset : cut]  # "in November, February and May"
        when = in_month_order(dated, when, place, between)
    since = text[max(0, dated[-1].end - offset, cut - 80) : cut] if dated else ""
    if when is not None:  # "booked for Thursday and Friday": the Friday after it
        when = paired_weekday(dated, mention, place, since, now) or when
    if when is not None and when.precision == "day" and dated:  # "promised us in March that it
        promised = text[max(0, dated[-1].end - offset - 60) : max(0, dated[-1].end - offset)]
        when = after_the_promise(dated, mention, place, tense, when, now, promised) or when
        # ("... would be finished by 1 May")
    if when is not None:  # "from 6am on Sunday 30 August ... until 10pm on the Monday"
        when = the_weekday_to_come(dated, mention, place, tense, before) or when
    if when is not None:  # "set for Saturday, Nov. 21, but was moved to Monday": the Monday
        start = max(0, cut - _MOVE_BACK)  # after (read back at most 200 characters)
        when = day_after_the_move(dated, mention, place, text[start:cut], offset + start) or when
    if when is not None and tense != "past":
        when = next_in_a_run(dated, mention, place, before, after, since) or when
    told_month = (
        anchor_of(dated, place)
        if _the_month_told(mention, tense, when) and not told.quoted  # (a quotation's "until
        else None  # the end of the month" is the speaker's month, whatever tense reports it)
    )
    if (
        told_month
        and told_month.precision != "year"
        and told_month.first_day <= (now or told_month.first_day)
    ):
        when = When(told_month.year, told_month.month)  # "until June 20 ... was running at full
        # throughput by the end of the month": June's end, not this month's
    if when is not None and dated:  # "from Thursday through Sunday", "after snow fell
        since_last = text[max(0, dated[-1].end - offset, cut - 200) : cut]  # overnight"
        when = _with_the_day_before(mention, when, dated, place, since_last, before, tense)
    return when


def on_its_night(story: Story, told: Told, when: When | None) -> tuple[When | None, When | None]:
    """The date, and the day it was told as, where a live blog's stamps or the small hours
    after a late clock time move it on; the story's clock time and passage year follow it."""
    mention, published = told.mention, story.published
    stamp = told.heading and any(c.isdigit() for c in mention.text)
    if stamp and story.live and mention.kind == "weekday" and when and published:
        when = _not_after(when, published)  # a live blog's "9:50 p.m. Saturday" under Sunday's
        # posts: last night, not the Saturday to come
    story.live = story.live or (stamp and when is not None and can_be_today(when, published))
    night = when  # "at 11:40 p.m. ... By 2 a.m.": the next day, still that night
    if mention.kind == "clock" and when is not None:
        rolled = past_midnight(when, story.clock, mention, told.before, told.tense == "past")
        now = story.now
        gone = told.tense == "past" and now is not None and when.first_day <= now < rolled.first_day
        when = when if gone else rolled  # (not "ordered to leave by 6 p.m. ... The barrier
        # failed at about 4:30 a.m.": a time gone by is no small hours after a deadline)
    clock = clock_of(mention, when)
    story.clock = clock or story.clock
    spent = spent_before(mention, told.before)  # ("left at 12.15pm yesterday, ... after
    # spending Hogmanay with family. About 20 minutes later": the clock's day goes on)
    story.clock_last = clock is not None or (story.clock_last and spent)
    framed = narrative_year(story.frame, mention, when, told.fronted, story.now, told.before)
    if framed != story.frame:
        story.framed_in = (told.place.part, told.place.paragraph) if told.quoted else None
    story.frame = framed
    return when, night


# "islanders heading home after spending Hogmanay with family": a holiday spent before the
# account, not the day a clock time after it falls on (but "spent Easter Sunday raking
# gravel ... at seven in the morning" is)
_SPENT_BEFORE = re.compile(
    r"(?i)\b(?:after|before|from)\s+(?:spending|celebrating|seeing\s+in)\s+$"
)


def spent_before(mention: Mention, before: str) -> bool:
    """Is the expression a holiday spent before the account ("after spending Hogmanay with
    family")? ``before``: its sentence's words before it."""
    return mention.kind == "holiday" and _SPENT_BEFORE.search(before[-30:]) is not None


_MOVE_BACK = 200  # characters read back from a weekday for the plan moved to it


def _the_month_told(mention: Mention, tense: str | None, when: When | None) -> bool:
    """Is it "by the end of the month" told in the past, which may be the month just told?"""
    return (
        mention.kind == "unit"
        and mention.part("unit") == "month"
        and not mention.part("which")
        and not mention.part("now")
        and tense == "past"
        and when is not None
    )


_THIS_TIME = re.compile(r"(?i)\bthis\s+(?:time|year)\b")


_A_WHICH_ASIDE = re.compile(
    r",\s+(?:which|who)\b[^,;:.]*,\s+(?:was|were|is|are|has|have|had|will|would)\b[^,;:.]*$"
)


def _a_past_years_holiday_weekday(
    mention: Mention,
    when: When | None,
    dated: list[Dated],
    place: Place,
    before: str,
    holiday_name: str,
    country: str | None,
    now: dt.date | None,
) -> When | None:
    """ "the Friday" in a sentence that tells an earlier year, in a story about a holiday
    ("Last year we had every site booked from the Friday to the Monday", a Victoria Day story):
    that weekday next to the holiday in the year told; else None."""
    if mention.kind != "weekday" or when is None or now is None or not holiday_name:
        return None
    if mention.part("which") != "the" and not THE_BEFORE.search(before):
        return None
    if _THIS_TIME.search(before):
        return None  # "5,000 people last year and we'd hope for more this time, with people
        # taking the Monday off": this year's
    if _A_WHICH_ASIDE.search(before):
        return None  # "The supper on Sunday, which drew 140 people last year, had been relying
        # on the Saturday morning sailing": the year of an aside, not of the sentence
    year = next(
        (
            told.when.year
            for told in reversed(dated[-TOLD_BACK:])
            if told.place == place
            and (
                told.when.precision in ("year", "month")
                or told.when.first_day == holiday_date(holiday_name, told.when.year, country)
            )
        ),  # (or "Labour Weekend last year, ... between the Friday and the Monday", "Last
        None,  # Easter we were full from the Thursday to the Monday")
    )
    if year is None or year >= now.year:
        return None
    day = holiday_date(holiday_name, year, country)
    return None if day is None else nearest_weekday(day, WEEKDAYS[mention.part("weekday")])


def _with_the_day_before(
    mention: Mention,
    when: When,
    dated: list[Dated],
    place: Place,
    since_last: str,
    before: str,
    tense: str | None = None,
) -> When:
    """A date read with the one told just before it in the sentence: the second day of a range
    ("from Thursday through Sunday"), the night before or after a day ("closed on Dec. 8, after
    snow fell overnight"). ``since_last``: the text since that date (at most 200 characters);
    ``before``: the sentence's 80 characters before this date."""
    if mention.kind == "weekday" and (
        mention.part("which").casefold() in ("next", "last") or mention.part("week_on")
    ):
        return when  # "between last Friday and next Tuesday": the word says which Tuesday,
        # "from Saturday until Sunday week" which Sunday
    if mention.kind == "weekday" or (mention.kind == "month_day" and not mention.part("year")):
        yearly = mention.kind == "month_day"  # "runs Dec. 21 through Jan. 1": a year on
        return range_end(when, dated, place, since_last[-40:], yearly, before)
    if (
        mention.part("word") == "overnight"
        and dated[-1].place == place
        and not _past_after(dated[-1], when, before, tense)
    ):
        return overnight_after(dated[-1], since_last) or when
    return when


def _past_after(told: Dated, when: When, before: str, tense: str | None = None) -> bool:
    """Is a day told in the sentence after the day "overnight" reads on its own (today), while
    the words before it tell what was done ("has cancelled its Canada Day celebrations after a
    wildfire forced residents from their homes overnight": last night, not Canada Day's; "will
    reopen at 6 a.m. Thursday ... after ash fell across the capital overnight")?"""
    done = tense == "past" or _DONE_JUST_BEFORE.search(before) is not None
    return told.when.first_day > when.first_day and done


_DONE_JUST_BEFORE = re.compile(r"(?i)\b[a-z]+ed\b[^,;:]*$")  # "forced ... from their homes"


def _before_the_end(
    mention: Mention,
    when: When,
    later: Mention | None,
    text: str,
    offset: int,
    now: dt.date,
) -> When:
    """A weekday opening a range whose end is a date ("from 9am on Wednesday until 6pm on Sunday
    20 July"): the one in the week before that date (see :func:`range_start`). ``later``: the
    sentence's next expression; ``text``: the sentence, starting at raw offset ``offset``."""
    if later is None or later.kind != "month_day" or not later.part("month"):
        return when
    if _A_CHANGE_BEFORE.search(text, max(0, mention.start - offset - 40), mention.start - offset):
        return when  # "That deadline was extended Sunday to May 29": the day of the change, and
        # the new date; no range
    between = _CLOCK_BEFORE_DAY.sub("", text[mention.end - offset : later.start - offset])
    return range_start(when, resolve(later, now, None, True), between, now)


_A_CHANGE_BEFORE = re.compile(  # a move (words.MOVING_VERB) or a change of a deadline or amount
    rf"(?:{MOVING_VERB}|(?i:\b(?:extended|raised|lowered|cut|increased|reduced)))\s+(?:on\s+)?$"
)
_CLOCK_BEFORE_DAY = re.compile(r"(?i)\d{1,2}(?:[.:]\d\d)?\s*[ap]\.?m\.?(?:\s+on)?\s*$")


def can_be_today(when: When | None, published: dt.date | None) -> bool:
    """Can a stamp's day be the day the posts under it are written? A day, and not one weeks
    after publication (an expiry date on a line of its own is not a live blog's stamp), nor
    one a year or more before it (a feature's chronology of 1966 does not move the story's
    "last Friday" back to 1966)."""
    if when is None or when.precision != "day":
        return False
    if published is None:
        return True
    back = published - dt.timedelta(days=_STAMP_BEHIND)
    return back <= when.first_day <= published + dt.timedelta(days=_STAMP_AHEAD)


def _not_after(when: When, published: dt.date) -> When:
    """A day a week back when it would fall after publication: a post of a live blog is never
    stamped with a day still to come."""
    if when.precision != "day" or when.first_day <= published:
        return when
    return When.of(when.first_day - dt.timedelta(weeks=1))
