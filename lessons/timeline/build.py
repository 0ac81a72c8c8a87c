"""Step 7: build the timeline: every expression of the story, dated, with what happened then.

>>> from lessons.article import parse_article
>>> from lessons.timeline.events import timeline_table
>>> article = parse_article("Council Votes\\n\\nThe council voted on Tuesday. A day earlier, "
...                         "the mayor resigned.")
>>> print(timeline_table(build_timeline(article, dt.date(2025, 3, 6)), order="date"))
date        status  paragraph  expression     event
2025-03-03  past    0          A day earlier  The mayor resigned
2025-03-04  past    0          on Tuesday     The council voted
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from lessons.article import Article
from lessons.timeline.baselines import is_comparison
from lessons.timeline.checked import can_be_today, date_checked, on_its_night, spent_before
from lessons.timeline.clocks import (
    ON_THE,
    its_day_after,
    joined_to_next,
    left_the_night_before,
)
from lessons.timeline.counting import (
    a_clock_after_the,
    day_counted_from,
    what_it_counts_from,
)
from lessons.timeline.country import nation_of
from lessons.timeline.dates_told import Dated
from lessons.timeline.dating import A_WEEK, RESTATED, date_of
from lessons.timeline.deadlines import deadline_seen_from_the_past, ends_a_span, opens_span
from lessons.timeline.direction import counts_ahead, looks_ahead
from lessons.timeline.events import Event
from lessons.timeline.events_by_name import ELECTION_AFTER, roots_of, stems_of
from lessons.timeline.habits import is_habit
from lessons.timeline.holidays import holiday_date
from lessons.timeline.names_and_titles import names_a_law
from lessons.timeline.patterns import Mention
from lessons.timeline.story import Story, Told, as_told
from lessons.timeline.tense import leans_ahead, past_or_planned
from lessons.timeline.timetables import A_BEFORE
from lessons.timeline.weekdays_months import SOUTHERN
from lessons.timeline.when import When
from lessons.timeline.words import (
    BUILT_AFTER,
    MOVING_VERB,
    WRITTEN_YEAR_KINDS,
)
from lessons.timeline.years import (
    a_named_year,
    a_relative_clauses_year,
    a_year_to_come,
    a_years_aside,
    an_events_year,
    year_of_its_passage,
)
from lessons.vocab import SPEECH_VERBS

_SCHEDULED_AFTER_AN_EVENT = re.compile(
    r"(?i)(?<!\bis\s)(?<!\bbe\s)(?<!\bwas\s)(?<!\bare\s)(?<!\bwere\s)(?<!\bbeen\s)"
    r"\b(?:scheduled|set|called|planned|arranged)\s+[^;]{0,120}?\b(?:after|following)\s+"
    r"(?:an?|the|its|their)\s+(?:[\w-]+\s+){1,3}$"
)
_WARNING_FROM = re.compile(  # (not "had issued": a warning whose time has gone by)
    r"(?i)(?<!had\s)\b(?:issued|issues|put\s+out)\s+[^.;]{0,60}?\b(?:warning|alert|advisory|watch)"
    r"\b[^.;]{0,160}?\bfrom\s+$"
)
_ITS_CHANGE = re.compile(  # "Sunday's gospel concert, usually held at 2 p.m., has moved indoors"
    r"['\u2019]s\s+(?:[\w-]+\s+){0,3}?[\w-]+(?:\s*\([^()]{0,60}\))?(?:,[^;]{0,100}?,)?\s+"
    r"(?:has|have)\s+(?:now\s+|also\s+|already\s+)?(?:been\s+)?"
    r"(?:moved|cancell?ed|called\s+off|postponed|brought\s+forward|switched|scrapped|rescheduled)\b"
)  # a change made to a day's event: the day is still to come


# kinds with no row when no day is found: a clock time on no day told, an event not dated, a
# holiday the story's country does not keep ("Cup Day" outside Victoria)
_DAY_OR_NONE = ("clock", "event_anchor", "event_day", "holiday")
# "organizers said Wednesday": the day the news was told, not the day of what it tells
# a clause of time right after a date that says what happened on it: "Pellgrave shares plunged
# 31% on Oct. 19, 1987, when the stock market crashed" (then "two days after the crash")
_WHEN_AFTER = re.compile(r"(?i),?\s+when\s+(?P<clause>[^,.;:!?]{3,60})")


def _when_clause(after: str) -> str:
    """The words of a "when" clause right after a date, else nothing."""
    found = _WHEN_AFTER.match(after)
    return found.group("clause") if found else ""


# the noun a relative clause that dates it is about: "the bus strike in Harnett Bay, which began
# one week ago today" (then "two days after the walkout")
_WHICH_BEFORE = re.compile(
    r"(?P<noun>\b[a-z]{4,})(?:\s+(?:in|at|of)\s+(?:[A-Z][\w.'-]*\s*){1,3})?,\s+(?:which|that)\s+"
    r"(?:[a-z]+\s+){1,3}$"
)


def _antecedent(before: str) -> list[str]:
    """The noun a "which" clause that holds the date is about, else nothing."""
    found = _WHICH_BEFORE.search(before)
    return [found.group("noun")] if found else []


_SAID_BEFORE = re.compile(  # (vocab/speech_verbs.txt)
    rf"(?i)\b(?:{'|'.join(sorted(SPEECH_VERBS))})(?:\s+\w+)??\s+(?:on\s+)?$"
)


def build_timeline(article: Article, published: dt.date | None) -> list[Event]:
    """Every time expression of the story, resolved to a date, in reading order.

    Only the headline, dek, caption and body are read (a date in a "Related:" link or the
    footer is not part of the story). Relative expressions count from ``published``, or from
    the event just described ("a day earlier"); without a publication date only the dates the
    text spells out are resolved. A dateline's date ("NAIROBI, Aug. 21 (Xinhua) --") is the
    entry "Filed from NAIROBI", and the day the story's "today" and "on Friday" count from.

    Each expression goes through the steps of the lesson, in order: where it is told
    (:func:`as_told`: its sentence, tense and event), which way it points
    (:func:`_which_way`), whether it is a date at all (:func:`_no_row`), what it counts from
    (:func:`what_it_counts_from`, :func:`day_counted_from`), which year it takes
    (:func:`year_of_its_passage`), its date (:func:`date_of`, :func:`date_checked`,
    :func:`on_its_night`), and what the story remembers of it for the expressions after it
    (:func:`_remember`, :func:`_add_row`).
    """
    story = Story.of(article, published)
    for mention, sentence in story.mentions:
        told = as_told(story, mention, sentence)
        if told is None:
            continue
        ahead = _which_way(
            told.mention, told.tense, sentence.part, told.text, told.cut, told.resume
        )
        if _no_row(story, told):
            continue
        anchor, told = what_it_counts_from(story, told)
        base = day_counted_from(story, told)
        year, accounted = year_of_its_passage(story, told, ahead)
        when = date_of(story, told, ahead, anchor, base, year, accounted)
        if when is RESTATED:
            continue
        when = date_checked(story, told, ahead, when)
        when, night = on_its_night(story, told, when)
        joined = _joined_by_and(story, told)
        headline_clock = (
            told.mention.kind == "clock" and when is None and sentence.part in ("headline", "dek")
        )
        if when is None and told.mention.part("back"):
            continue  # "In January, a week after the anniversary": no day counted back from
        if told.mention.kind in _DAY_OR_NONE and when is None and not joined and not headline_clock:
            continue  # "at 7 p.m." on no day the text names, an event not dated: no row
        _remember(story, told, when, night)
        if told.heading and can_be_today(when, published):
            story.now = when.first_day  # a live blog's "4:15 p.m. Wednesday" or a chronology's
            # "Friday, Aug. 13": the posts under it count "today" and "on Thursday" from that day
        _add_row(story, told, when, ahead, joined, headline_clock)
    return story.timeline()


_COUNTED_FORWARD = frozenset(["later", "after", "afterward", "afterwards"])


def _no_row(story: Story, told: Told) -> bool:
    """Is the expression no date of an event: a baseline, a duration, a habit?"""
    mention, tense = told.mention, told.tense
    if (
        is_comparison(mention.kind, told.before)
        and not mention.part("clock")  # (not "from 5pm that day"; reads the last 40 characters)
        and mention.part("dir") not in _COUNTED_FORWARD  # (not "raised its offer to 7% from
        # 5% two days later": a baseline is before, what is counted forward is a day told)
    ):
        return True  # "from $4 million a year earlier": a period of comparison, not an event
    if mention.part("in_time") and not counts_ahead(tense or told.sentence_tense):
        return True  # "sold out in four days": how long it took
    if story.two_year_seasons and mention.kind == "unit" and mention.part("unit") == "season":
        return True  # "promoted last season": a football season, over the new year, no year
    long_weekend = mention.kind == "unit" and mention.part("now") in ("long", "holiday")
    as_kind = "holiday" if long_weekend else mention.kind  # (a long weekend is a holiday's:
    # "the highway normally carries its heaviest traffic over the long weekend")
    if mention.kind == "month_day" and mention.part("weekday"):
        return False  # "Under a 1989 law, campaigning must stop on Friday, the fifth of June":
        # a day named by its weekday and its date is one day, no standing rule
    before = told.text[max(0, told.cut - _SENTENCE_BEFORE) : told.cut]
    return is_habit(as_kind, tense, before, told.after)  # "Sales typically peak between
    # Thanksgiving and mid-January"


def _joined_by_and(story: Story, told: Told) -> Mention | None:
    """The expression "and" joins a clock time to, which may give its day ("at 7.15am and
    8.45pm on Thursday 2 April")."""
    if told.mention.kind != "clock":
        return None
    return joined_to_next(
        told.mention,
        story.following[told.mention],
        told.text,
        told.offset,
        a_clock_after_the(told)
        or A_BEFORE.search(told.before) is not None,  # "with a 7 a.m. sailing
    )  # Friday"


def _remember(story: Story, told: Told, when: When | None, night: When | None) -> None:
    """Keep the date for the expressions after it to count from ("a day earlier"), with what
    they need to know of it: a written year, a holiday, the words of its event."""
    mention, before, after, text, cut = told.mention, told.before, told.after, told.text, told.cut
    law = mention.kind == "year" and names_a_law(text, cut)  # "the Roads Act 1993"
    converted = before.endswith("(") and _GMT.search(mention.text) is not None  # "at 2:14 am on
    # Wednesday (1614 GMT Tuesday)": the same moment again, no day to count from
    aside = bool(mention.part("back"))  # ", a day after the union rejected it": an aside about
    # an earlier day, not the day the story goes on from
    if when is None or when != night or law or converted or aside:
        return
    published, country = story.published, story.country
    written = (  # a year written out (not the "27" of "2026/27"), "Christmas Eve 1971"
        (
            mention.kind in WRITTEN_YEAR_KINDS  # a later "March 5" may take it
            and mention.part("lead") != "range"
            and not a_year_to_come(mention, after, when, published)
        )
        or (mention.kind == "holiday" and bool(mention.part("year")))
        or ((told.fronted or an_events_year(mention, after)) and a_named_year(mention, after))
        # "Last year Easter was late", "music from last year's festival ... on the bank holiday
        # Monday" (not "was cleaned last year, and ... went back in January")
        or (
            mention.kind == "after_event"
            and mention.part("unit").casefold() == "year"
            and when.precision == "year"
            and told.tense == "past"
        )  # "was indicted the next year, and on Nov. 3 he surrendered": that year's Nov. 3
    )
    if when.precision == "day":
        story.told_days[when] += 1
        if mention.kind == "holiday":
            story.holiday_told, story.holiday_name = when, mention.part("holiday")
        if mention.part("holiday"):  # ("on bank holiday Monday, 31 August" too)
            story.holidays.add(when)
    elif mention.kind == "holiday" and mention.part("weekend") and when.year:
        day = holiday_date(mention.part("holiday"), when.year, country)  # "ahead of Fourth of
        if day is not None:  # July weekend": the holiday itself
            story.holiday_told, story.holiday_name = When.of(day), mention.part("holiday")
            story.weekend_holiday = (When.of(day), mention.part("holiday"))
    if mention.kind == "year" and BUILT_AFTER.match(after):
        return  # "the crew of Flight 214, a 2004-built aircraft, reported icing at 6:31 p.m.":
        # the thing's year, no time of the story's account to count from
    story.dated.append(
        Dated(
            when,
            told.place,
            written,
            mention.end,
            stems_of(told.what.split()),
            not told.quoted and told.reading.about_writing,
            opens_span(before),
            bool(mention.part("weekday") or mention.part("kept_on")),
            told.tense == "past",
            ELECTION_AFTER.match(after) is not None
            or mention.text.casefold().endswith("election day"),  # "On Election Day,"
            _SAID_BEFORE.search(before) is not None,
            _over_new_year(mention, country),
            mention.kind == "unit"
            and a_named_year(mention, after)
            and mention.part("which") == "this",
            told.flashback,
            _given_up(mention, before),
            roots_of(told.what.split() + _when_clause(after).split() + _antecedent(before)),
            mention.part("season").casefold() if mention.kind == "season_year" else "",
            mention.kind == "event_anchor",
            mention.kind == "year"
            and (
                a_years_aside(told.text, mention.end - told.offset)
                or a_relative_clauses_year(told.text, mention.end - told.offset)
            ),
        )
    )


# "moved its report to Jan. 23 from Jan. 16": the day given up (the new one told first)
_GIVEN_UP_BEFORE = re.compile(
    rf"(?i){MOVING_VERB}\b[^.;]{{0,60}}?\bto\s+(?:[^.;]|\.\s(?=\d)){{1,30}}?\s+from\s+$"
)  # ("to Jan. 23 from": an abbreviation's point)


def _given_up(mention: Mention, before: str) -> bool:
    """Does the date name a day given up ("moved its report to Jan. 23 from Jan. 16") or only
    the last day of a span ("keep service running through Dec. 31")? A clock time told after it
    is on another day. (A span's end at a clock time is a day of the story: "until 6am on New
    Year's Day ... Extra trains from 12.15am".)"""
    span_end = mention.part("lead") in ("through", "thru", "until", "till") or ends_a_span(
        before[-40:]
    )
    return (
        _GIVEN_UP_BEFORE.search(before[-120:]) is not None
        or (span_end and not mention.part("clock") and mention.kind in ("month_day", "date"))
        or spent_before(mention, before)
    )


def _add_row(
    story: Story,
    told: Told,
    when: When | None,
    ahead: bool | None,
    joined: Mention | None,
    headline_clock: bool,
) -> None:
    """The expression's row, after a clock time waiting for its day ("at 7.15am and 8.45pm on
    Thursday 2 April": both on the day the second names)."""
    mention, tense, sentence, published = told.mention, told.tense, told.sentence, story.published
    events, raw = story.events, story.article.raw
    if story.waiting is not None and events and events[-1] is story.waiting[0]:
        first, second = story.waiting
        if mention is second and when is not None and when.precision == "day":
            leaves = left_the_night_before(first.expression, mention.text, when)
            status = past_or_planned(leaves, published, tense, False, sentence.part)
            events[-1] = replace(first, date=str(leaves), status=status)
            if ON_THE.fullmatch(raw, first.end, mention.start) or its_day_after(
                raw[first.end : mention.start], mention
            ):
                both = raw[first.start : mention.end]  # "at 2am on the Sunday": one row
                events[-1] = replace(events[-1], expression=both, end=mention.end)
                story.waiting = None
                return
        elif first.date is None:
            events.pop()  # no day for either
    events.append(
        Event(
            expression=mention.text,
            date=None if when is None else str(when),
            event=told.what,
            status=past_or_planned(when, published, tense, leans_ahead(mention), sentence.part),
            paragraph=sentence.paragraph,
            start=mention.start,
            end=mention.end,
            period=None if when is None else when.period,
        )
    )
    story.waiting = (events[-1], joined) if joined is not None else None
    if headline_clock and not joined:
        story.unplaced.append(len(events) - 1)  # "Sprinkler ban from midnight": dated below,
        # by the body's "from midnight tonight"
    weekday = mention.part("weekday")
    if when is None or not weekday:
        return
    plain = mention.kind == "weekday" and {key for key, _ in mention.parts} <= {"weekday", "lead"}
    if plain and sentence.part in ("headline", "dek") and ahead is None:  # (not "Sunday week")
        story.undecided.append((len(events) - 1, weekday, tense == "past"))  # "take the stage
        # on Sunday"
        return
    outright = mention.kind == "month_day" and when.precision == "day"  # "from 7 p.m. Tuesday,
    # Oct. 13": the body names the day, so a dek's "crews move in Tuesday night" is that Tuesday
    near = story.now is not None and abs((when.first_day - story.now).days) <= A_WEEK
    told_a_way = (
        mention.kind == "weekday"
        and (ahead is not None or tense == "past")
        and mention.part("which") in ("", "late", "early")
    )  # ("late Tuesday" too, for a dek told in the past: "Drone show approved in vote on
    # Tuesday", after "Council voted 7-5 late Tuesday")
    if sentence.part == "body" and near and (told_a_way or outright):
        clear = (plain and ahead is not None) or outright
        story.decided.setdefault(weekday, []).append((events[-1], clear))


def _which_way(
    mention: Mention, tense: str | None, part: str, text: str, cut: int, resume: int
) -> bool | None:
    """Which way to read the expression (``text[cut:resume]`` of its sentence): ahead (True),
    back (False) or the nearest (None); :func:`looks_ahead`, and what a whole sentence tells it.
    """
    before, after = text[max(0, cut - 80) : cut], text[resume : resume + 60]
    ahead = looks_ahead(tense, part, mention.kind, before, after, mention.text)
    if (
        ahead
        and mention.kind == "weekday"
        and deadline_seen_from_the_past(tense, text[:cut], after)
    ):
        ahead = None  # "had warned on Friday that it would close unless ... by Tuesday"
    if (
        ahead
        and tense == "future"
        and mention.kind == "weekday"
        and _SCHEDULED_AFTER_AN_EVENT.search(text, max(0, cut - _SENTENCE_BEFORE), cut)
    ):
        ahead = None  # "scheduled a hearing for June 23, after an emergency session Monday
        # afternoon": the session led to the plan, so the nearer Monday
    if mention.kind == "weekday" and _ITS_CHANGE.match(text, resume):
        ahead = True  # "Sunday's gospel concert ... has moved indoors": moved before it is
        # held
    if mention.kind in ("weekday", "month_day") and _WARNING_FROM.search(
        text, max(0, cut - _SENTENCE_BEFORE), cut
    ):
        ahead = True  # "The Met Office issued a yellow warning for wind yesterday covering
        # much of west Wales from 6pm on Thursday": a warning is for a time to come
    return ahead


# Juneteenth Eve vigil"


def _over_new_year(mention: Mention, country: str | None) -> bool:
    """Is the expression a season that runs over the new year (a northern winter, a southern
    summer), whose December falls in the year before the one it is named by?"""
    if mention.kind != "season":
        return False
    southern = nation_of(country) in SOUTHERN
    return mention.part("season") == ("summer" if southern else "winter")


_GMT = re.compile(r"\b(?:GMT|UTC)\b")


_SENTENCE_BEFORE = 300  # characters of a sentence read before a date for a habit ("usually")
