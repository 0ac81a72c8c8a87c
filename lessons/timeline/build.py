"""Step 7: build the timeline: every expression of the story, dated, with what happened then.

>>> from lessons.article import parse_article
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
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field, replace
from enum import Enum
from functools import cached_property

from lessons.article import Article
from lessons.document import StorySentence, read_document
from lessons.timeline.anchor import (
    DAY_TOLD,
    ELECTION_AFTER,
    Dated,
    Place,
    account_year,
    after_the_promise,
    anchor_of,
    day_after_the_move,
    day_of_this_sentence,
    election_day,
    holiday_on_day_told,
    in_apposition,
    in_list_order,
    in_month_order,
    in_narrative,
    named_event,
    narrative_year,
    next_in_a_run,
    overnight_after,
    paired_weekday,
    places,
    primary_day,
    range_end,
    range_start,
    same_day_of_month,
    same_weekday,
    stems_of,
    tells_what_day_it_is,
    that_weekday,
    the_weekday_named,
    the_weekday_to_come,
    time_told,
    weekday_a_week_on,
    weekday_beside_its_day,
    weekday_named_before,
    weekday_of_its_sentence,
    weekday_told,
    year_in_sentence,
    year_of_weekday,
)
from lessons.timeline.baselines import is_comparison
from lessons.timeline.clauses import (
    Words,
    clause_of,
    leans_ahead,
    past_or_planned,
    sentence_tense,
    tagged_words,
    tense_near,
)
from lessons.timeline.clocks import (
    ON_THE,
    clock_of,
    clock_on_today,
    hours_on_from,
    is_stamp,
    its_day_after,
    joined_to_next,
    left_the_night_before,
    past_midnight,
    the_events_day,
    the_story_day,
)
from lessons.timeline.country import nation_of, season_spans_two_years, story_country
from lessons.timeline.dateline import filed_on
from lessons.timeline.deadlines import (
    backdated,
    deadline_seen_from_the_past,
    ends_a_span,
    opens_span,
    span_ended,
)
from lessons.timeline.direction import counts_ahead, looks_ahead
from lessons.timeline.event_days import possessive, unplanned_after
from lessons.timeline.expressions import Mention, story_mentions
from lessons.timeline.habits import is_habit
from lessons.timeline.holidays import bank_holidays, holiday_date, state_keeping
from lessons.timeline.names_and_titles import names_a_law
from lessons.timeline.not_dates import heads_a_list_line
from lessons.timeline.quoted import (
    QuoteMarks,
    counts_from_speech,
    ends_in_attribution,
    open_at_start,
    says_when_written,
    speech_day,
)
from lessons.timeline.resolve import (
    SOUTHERN,
    When,
    holiday_weekend,
    month_number,
    named_holiday_date,
    nearest_weekday,
    parse_period,
    parse_when,
    resolve,
    the_holidays_year,
)
from lessons.timeline.summary import own_part, summary
from lessons.timeline.timetables import A_BEFORE
from lessons.timeline.words import (
    BUILT_AFTER,
    EVENT_DAYS,
    HOLIDAYS,
    MOVING_VERB,
    NEXT_BEFORE,
    THE_BEFORE,
    WEEKDAYS,
    WRITTEN_YEAR_KINDS,
    minute_of_day,
)
from lessons.timeline.years import (
    a_fronted_past_year,
    a_named_year,
    a_year_to_come,
    a_years_aside,
    an_events_year,
    chronology_year,
    in_history,
    last_year_in_clause,
    since_when,
    verbs_since_the_last_date,
    year_of_the_second,
    year_then_when,
)
from lessons.vocab import SPEECH_VERBS


@dataclass(frozen=True)
class Event:
    """A time expression, the date it points to and what happened then.

    ``date`` is "YYYY-MM-DD", "YYYY-MM" or "YYYY" (as precise as the text), or None when the
    kit cannot pin it down; ``status`` is "past" or "planned"; ``paragraph`` is None for the
    headline, dek and caption. ``article.raw[start:end] == expression``. ``period`` is the week
    the text names ("last week": "2024-W46"; a weekend "2024-W46-WE"), whose ``date`` is only
    its month; None for every other expression.
    """

    expression: str
    date: str | None
    event: str
    status: str
    paragraph: int | None
    start: int
    end: int
    period: str | None = None

    def to_dict(self) -> dict[str, object]:
        return asdict(self)


_TOLD_BACK = 30  # events a past "two years later" looks back over for the time it counts from
_SCHEDULED_AFTER_AN_EVENT = re.compile(
    r"(?i)(?<!\bis\s)(?<!\bbe\s)(?<!\bwas\s)(?<!\bare\s)(?<!\bwere\s)(?<!\bbeen\s)"
    r"\b(?:scheduled|set|called|planned|arranged)\s+[^;]{0,120}?\b(?:after|following)\s+"
    r"(?:an?|the|its|their)\s+(?:[\w-]+\s+){1,3}$"
)
_A_RECORD_SINCE = re.compile(
    r"(?i)\b(?:lowest|highest|weakest|strongest|biggest|largest|smallest|best|worst)\b"
    r"[^.;]{0,30}\bsince\s+$"
)
_PARTICIPLE_ASIDE = re.compile(  # "The petition, filed in federal court at"
    r"^\W*(?:The|A|An|Its|His|Her|Their)\s+(?:[\w-]+\s+){0,3}?[\w-]+,\s+(?:\w+ly\s+)?"
    r"(?:[a-z]+ed|held|made|sent|sold|taken|given|written|built|brought)\s+[^,;]{0,80}$"
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
_THIS_MONTH = re.compile(r"(?i)\bthis\s+month\b")
_SAYS_FALL = frozenset(["US", "CA"])  # where autumn is "the fall"


def _a_fall_not_autumn(mention: Mention, country: str | None) -> bool:
    """Is "fall" a season word in a story from a country that calls the season autumn?"""
    return (
        mention.kind == "season"
        and mention.part("season").casefold() == "fall"
        and country is not None
        and nation_of(country) not in _SAYS_FALL
    )


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


_IS_ON = re.compile(r"\s+(?:is|will\s+be|falls\s+on|was)\s+(?:on\s+)?")  # "Election day is"
_A_WEEK = 7  # days a headline's weekday lies from the story's day
_ON_THE_DAY = re.compile(r"\s+on\s+the\s+day\b(?!\s+(?:of|before|after|that|when|it)\b|-)")
_ON_THE_HOLIDAY = re.compile(  # "extra buses from 5am on the public holiday"
    r"(?i)\b(?:on|for|over)\s+the\s+(?:public\s+|bank\s+)?holiday\b(?!\s+weekend)"
)
_STAMP_AHEAD = 2  # days after publication a live blog's time stamp may still be
_CLOCK_BACK = 4  # days told a future clock time looks back over for a day to come
_STAMP_BEHIND = 365  # days before publication a chronology's heading may still set "today"
_DAY_UNITS = frozenset(["day", "morning", "afternoon", "evening", "night"])
_DAYS_BACK_TOLD = 4  # dates looked back over for the day a count of days starts from
PHOTO_TAKEN = "Photo taken: "  # how a caption's event reads: its date is the photo's, not news

# kinds with no row when no day is found: a clock time on no day told, an event not dated, a
# holiday the story's country does not keep ("Cup Day" outside Victoria)
_DAY_OR_NONE = ("clock", "event_anchor", "event_day", "holiday")
# "organizers said Wednesday": the day the news was told, not the day of what it tells
_SAID_BEFORE = re.compile(  # (vocab/speech_verbs.txt)
    rf"(?i)\b(?:{'|'.join(sorted(SPEECH_VERBS))})(?:\s+\w+)??\s+(?:on\s+)?$"
)


_DAYS_BACK_DONE = 4  # dates looked back over for the last day told


def _done_last(dated: list[Dated]) -> bool:
    """Was the last day told the day of something done (told in the past tense)?"""
    days = (d for d in reversed(dated[-_DAYS_BACK_DONE:]) if d.when.precision == "day")
    last = next(days, None)
    return last is not None and last.done


def build_timeline(article: Article, published: dt.date | None) -> list[Event]:
    """Every time expression of the story, resolved to a date, in reading order.

    Only the headline, dek, caption and body are read (a date in a "Related:" link or the
    footer is not part of the story). Relative expressions count from ``published``, or from
    the event just described ("a day earlier"); without a publication date only the dates the
    text spells out are resolved. A dateline's date ("NAIROBI, Aug. 21 (Xinhua) --") is the
    entry "Filed from NAIROBI", and the day the story's "today" and "on Friday" count from.

    Each expression goes through the steps of the lesson, in order: where it is told (its
    sentence, tense and event), which way it points (:func:`_which_way`), whether it is a date
    at all (:func:`_no_row`), what it counts from (:func:`_counted_from`,
    :func:`_day_counted_from`), which year it takes (:func:`_year_of_its_passage`), its date
    (:func:`_date_of`, :func:`_date_checked`, :func:`_on_its_night`), and what the story
    remembers of it for the expressions after it (:func:`_remember`, :func:`_add_row`).
    """
    story = _Story.of(article, published)
    for mention, sentence in story.mentions:
        told = _told(story, mention, sentence)
        if told is None:
            continue
        ahead = _which_way(
            told.mention, told.tense, sentence.part, told.text, told.cut, told.resume
        )
        if _no_row(story, told):
            continue
        anchor, told = _counted_from(story, told)
        base = _day_counted_from(story, told)
        year, accounted = _year_of_its_passage(story, told, ahead)
        when = _date_of(story, told, ahead, anchor, base, year, accounted)
        if when is _SKIP:
            continue
        when = _date_checked(story, told, ahead, when)
        when, night = _on_its_night(story, told, when)
        joined = _joined(story, told)
        headline_clock = (
            told.mention.kind == "clock" and when is None and sentence.part in ("headline", "dek")
        )
        if when is None and told.mention.part("back"):
            continue  # "In January, a week after the anniversary": no day counted back from
        if told.mention.kind in _DAY_OR_NONE and when is None and not joined and not headline_clock:
            continue  # "at 7 p.m." on no day the text names, an event not dated: no row
        _remember(story, told, when, night)
        if told.heading and _can_be_today(when, published):
            story.now = when.first_day  # a live blog's "4:15 p.m. Wednesday" or a chronology's
            # "Friday, Aug. 13": the posts under it count "today" and "on Thursday" from that day
        _add_row(story, told, when, ahead, joined, headline_clock)
    return story.timeline()


@dataclass
class _Story:
    """What the timeline knows of the story as it reads it, from one expression to the next:
    the days it has dated, the clock time and the year of the passage it is in, the holiday it
    named last, and the rows so far."""

    article: Article
    published: dt.date | None
    filed: tuple[Mention, When, str] | None  # the dateline's date, if it has one
    now: dt.date | None  # the story's "today": the day it was filed, when the dateline says so
    country: str  # Thanksgiving is in October in a Canadian story
    two_year_seasons: bool  # "last season" in football: over the new year, no year
    mentions: list[tuple[Mention, StorySentence]]
    following: dict[Mention, Mention | None]  # the next expression of each one's sentence
    where: dict[int, Place]
    quote_open: dict[int, bool]
    in_sentence: dict[StorySentence, list[Mention]]
    read: dict[StorySentence, _Reading] = field(default_factory=dict)  # each sentence read once
    whole: dict[StorySentence, str | None] = field(default_factory=dict)  # each sentence's own
    # tense, read once
    live: bool = False  # has a post's time stamp ("11:05 a.m. Sunday") told a day up to now?
    events: list[Event] = field(default_factory=list)
    dated: list[Dated] = field(default_factory=list)  # events with a date, to anchor the ones
    # that follow
    clock: tuple[When, int] | None = None  # the last clock time told, on its day
    clock_last: bool = False  # was it the last expression dated? ("at 3:12 a.m. ... 40 minutes
    # later" counts from it)
    frame: int | None = None  # the past year a passage tells of ("Five years ago this month")
    framed_in: tuple[str, int | None] | None = None  # the quoted paragraph that set it, if one did
    history: tuple[int | None, int] | None = None  # a chronology line's paragraph and year
    told_days: Counter[When] = field(default_factory=Counter)  # how often each day has been
    # told, for a guide's clock times far from any day (see the_story_day)
    holiday_told: When | None = None  # the day of the last holiday named ("on the holiday")
    holiday_name: str = ""  # and its name
    holidays: set[When] = field(default_factory=set)  # every holiday's day the story named
    orthodox: bool = False  # does it name Orthodox Easter or a feast of its week? Then
    # "Easter" and "Holy Saturday" are the Orthodox ones ("swap set before Orthodox Easter")
    weekend_holiday: tuple[When, str] | None = None  # the last holiday named with its weekend
    # ("the October bank holiday weekend"), for "the long weekend"
    undecided: list[tuple[int, str, bool]] = field(default_factory=list)  # a headline's or
    # dek's weekdays of no direction (and is it told in the past?)
    unplaced: list[int] = field(default_factory=list)  # a headline's or dek's clock times of no
    # day (their events)
    decided: dict[str, list[tuple[Event, bool]]] = field(default_factory=dict)  # each weekday
    # the body dates with a direction (and is it a plain weekday, or a date in full?)
    waiting: tuple[Event, Mention] | None = None  # a clock time's row, and the expression
    # joined to it by "and" that may give its day

    @classmethod
    def of(cls, article: Article, published: dt.date | None) -> _Story:
        """The story before its first expression is read: its expressions, sentences, country."""
        filed = filed_on(article, published)
        now = published
        if filed is not None and filed[1].precision == "day" and published is not None:
            now = min(filed[1].first_day, published)
        mentions = story_mentions(article)
        country = story_country(article.raw)
        if now is not None:  # "heads into Labour Day long weekend" on 30 April: Queensland's
            holidays = {name for mention, _ in mentions if (name := mention.part("holiday"))}
            country = state_keeping(holidays, country, now) or country
        sentences = read_document(article).sentences
        in_sentence: dict[StorySentence, list[Mention]] = {}
        for mention, sentence in mentions:
            in_sentence.setdefault(sentence, []).append(mention)
        following = {  # (a 1 MB sentence stays linear)
            mention: later
            for told in in_sentence.values()
            for mention, later in zip(told, [*told[1:], None], strict=True)
        }
        return cls(
            article,
            published,
            filed,
            now,
            country,
            season_spans_two_years(article.raw, country),
            mentions,
            following,
            places(sentences),
            open_at_start(sentences),
            in_sentence,
            orthodox=_ORTHODOX_FEAST.search(article.raw) is not None,
        )

    def reading(self, sentence: StorySentence) -> _Reading:
        """The sentence read (its words, tags and quotation marks), once."""
        if sentence not in self.read:
            self.read[sentence] = _reading(sentence, self.in_sentence[sentence], self.quote_open)
        return self.read[sentence]

    def timeline(self) -> list[Event]:
        """The rows, once every expression is read: a headline's weekday of no direction dated
        as the body dates it, its clock times of no day placed, the dateline's row added."""
        events = self.events
        for index, told, past in self.undecided:  # a headline's weekday whose tense says no
            body = [  # direction is the one the story's body tells with a clear tense, when
                event  # all agree (for a past, its past ones too: "late Tuesday")
                for event, clear in self.decided.get(told, [])
                if clear or (past and event.status == "past")
            ]
            if len({e.date for e in body}) == 1 and body[0].date != events[index].date:
                events[index] = replace(events[index], date=body[0].date, status=body[0].status)
        return _with_dateline(
            _headline_clocks_placed(events, self.unplaced), self.article, self.filed
        )


@dataclass(frozen=True)
class _Told:
    """One time expression where the story tells it: its sentence, read, its tense and event."""

    mention: Mention
    sentence: StorySentence
    place: Place
    reading: _Reading
    tense: str | None  # the tense of its clause
    what: str  # what happened then, in about 12 words
    sentence_tense: str | None  # the whole sentence's, where it was read

    @property
    def text(self) -> str:
        """Its sentence."""
        return self.sentence.span.text

    @property
    def offset(self) -> int:
        """Where its sentence starts in the raw text."""
        return self.sentence.span.start

    @property
    def cut(self) -> int:
        """Where it starts in its sentence."""
        return self.mention.start - self.offset

    @property
    def resume(self) -> int:
        """Where it ends in its sentence."""
        return self.mention.end - self.offset

    @cached_property
    def before(self) -> str:
        """Up to 80 characters of its sentence before it."""
        return self.text[max(0, self.cut - 80) : self.cut]

    @cached_property
    def after(self) -> str:
        """Up to 60 characters of its sentence after it."""
        return self.text[self.resume : self.resume + 60]

    @cached_property
    def flashback(self) -> bool:
        """Is it told in the past perfect, a step back ("A week earlier, a committee had
        reviewed the results")? (Read within 200 characters: a sentence may be a whole text.)"""
        near = self.text[max(0, self.cut - 200) : self.resume + 200]
        return _PAST_PERFECT.search(near) is not None

    @cached_property
    def quoted(self) -> bool:
        """Is it inside a quotation?"""
        return self.reading.marks.open_at(self.cut)

    @cached_property
    def heading(self) -> bool:
        """Is it a line of its own: a heading or a post's time stamp?"""
        return is_stamp(self.text, self.mention.text)

    @property
    def fronted(self) -> bool:
        """Does it open its sentence?"""
        return self.cut < 4 and not self.text[: self.cut].strip(" \"'\u201c\u2018")


def _told(story: _Story, mention: Mention, sentence: StorySentence) -> _Told | None:
    """The expression in its sentence: the clause's tense and event, read once per sentence;
    None for what only looks like a date ("The fall happened at about 3.20pm")."""
    reading, place = story.reading(sentence), story.where[sentence.number]
    tense, what = _what_and_tense(sentence, reading.words, mention, reading.nearby)
    sentence_wide = mention.kind in ("clock", "weekday") or mention.part("in_time")
    if tense is None and sentence_wide and sentence not in story.whole:  # (a weekday, a clock
        story.whole[sentence] = sentence_tense(reading.words, sentence.part)  # time, "in 9 days")
    if tense is None and mention.kind == "clock":
        aside = _PARTICIPLE_ASIDE.search(sentence.span.text, 0, mention.start - sentence.span.start)
        tense = "past" if aside else story.whole[sentence]  # "The petition, filed in court at
        # 11:42 p.m., lists ...": the aside's time, gone by
    if (then := chronology_year(sentence)) is not None:
        story.history = (sentence.paragraph, then)
    if in_history(story.history, sentence, story.published):
        tense = "past"  # "1923: The board borrows £38,000. Work begins in March."
    if sentence.part == "caption":  # a caption's date is the day the photo was taken
        what = f"{PHOTO_TAKEN}{what}"
    if _a_fall_not_autumn(mention, story.country):
        return None  # "The fall happened at about 3.20pm" in a Cornish story: a rockfall
    if story.framed_in is not None and story.framed_in != (place.part, place.paragraph):
        story.frame = story.framed_in = None  # '"In 2011 we marched in a downpour." ... The
        # bridge was closed Aug. 10': a speaker's year ends with the quoted paragraph
    text, cut = sentence.span.text, mention.start - sentence.span.start
    before = text[max(0, cut - 80) : cut]
    if (
        mention.kind == "holiday"
        and (story.orthodox or _ORTHODOX.search(text, max(0, cut - 200), cut + 200))  # ("in
        # time for Easter, the biggest feast of the Orthodox year")
        and not _WESTERN.search(before)
    ):  # "Churches across the Orthodox country moved Easter services outdoors": Orthodox
        orthodox = _orthodox(mention)  # Easter; and after a headline's "before Orthodox
        story.following[orthodox] = story.following[mention]  # Easter", the dek's "on Holy
        mention = orthodox  # Saturday" is the Orthodox one
    if tense == "would" and _could_then(story.dated, place, before, story.now):
        tense = "past"  # "music from last year's festival could still be heard at 1.30am on the
        # bank holiday Monday": what could be done in the year just told
    return _Told(mention, sentence, place, reading, tense, what, story.whole.get(sentence))


_COUNTED_FORWARD = frozenset(["later", "after", "afterward", "afterwards"])


def _month_of(mention: Mention, story: _Story) -> int:
    """The month a yearless date names ("20 December", "New Year's Eve"), 0 when it names
    none."""
    if mention.kind == "holiday" and story.now is not None:
        day = named_holiday_date(mention, story.now.year, story.country)
        return 0 if day is None else day.month
    return month_number(mention.part("month"))


def _no_row(story: _Story, told: _Told) -> bool:
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
    before = told.text[max(0, told.cut - _SENTENCE_BEFORE) : told.cut]
    return is_habit(as_kind, tense, before, told.after)  # "Sales typically peak between
    # Thanksgiving and mid-January"


def _the_clock(told: _Told) -> bool:
    """Is it a clock time after "the" ("the 10 a.m. sailing")?"""
    return told.mention.kind == "clock" and THE_BEFORE.search(told.before) is not None


def _counted_from(story: _Story, told: _Told) -> tuple[When | None, _Told]:
    """The time a counted expression counts from ("a day earlier": the event just told; "at
    10 a.m.": its day; "on election night": the election's day), and the expression, marked
    when it names the story's own election."""
    mention, tense, place, dated, now = told.mention, told.tense, told.place, story.dated, story.now
    text, offset, before, after = told.text, told.offset, told.before, told.after
    which = mention.part("which")  # "the following Monday", "that June": from the event
    counted = (
        mention.kind in ("after_event", "clock", "day_of_month")
        or which.startswith("the ")
        or (which.casefold() == "that")
        or bool(mention.part("told"))
    )
    counted_on = dated
    if (
        dated
        and dated[-1].place == place
        and dated[-1].when.precision == "year"
        and offset <= dated[-1].end <= told.cut + offset
        and a_years_aside(text, dated[-1].end - offset)
    ):
        counted_on = dated[:-1]  # "shut off the line, installed in 1958, about two hours
        # later": counted from what the sentence tells, not from the year of its aside
    anchor = (
        _anchor(mention, counted_on, place, now, tense, story.frame, _the_clock(told))
        if counted
        else None
    )
    if (
        mention.kind == "after_event"
        and anchor is not None
        and story.clock is not None
        and story.clock_last
    ):
        anchor = hours_on_from(mention, anchor, story.clock) or anchor  # "at 3:12 a.m. ...
        # about 40 minutes later", after "at 11:47 p.m." on Friday: Saturday
    if (
        mention.kind == "clock"
        and anchor is not None
        and now is not None
        and tense in ("future", "would")
        and not told.quoted
        and dated
        and dated[-1].place.paragraph != place.paragraph
        and (story_day := the_story_day(story.told_days, now, False)) is not None
    ):
        anchor = story_day  # "races, originally set for noon, would now jump at 10am", a
        # paragraph after "a cool change arrives late on Wednesday": the day the story is about
    if (
        mention.kind == "clock"
        and anchor is not None
        and now is not None
        and tense == "past"
        and not told.quoted
        and dated
        and dated[-1].place.paragraph != place.paragraph
        and not dated[-1].done
        and not dated[-1].weekday  # (not a programme's heading, "Saturday 24 October")
        and now == story.published  # (nor a day a heading set)
        and dated[-1].when == When.of(now)
        and (story_day := the_story_day(story.told_days, now, True)) is not None
    ):
        anchor = story_day  # "had hoped to reopen the lanes by 4 p.m., but a second crash at
        # 3:15 p.m. ...", a paragraph after "stay off the highway tonight": not tonight, a
        # plan or advice, but the day the story is about
    if mention.kind == "clock" and now is not None:
        wire = story.filed is not None and story.filed[1] == When.of(now)  # filed the day it
        past = tense == "past"  # tells
        anchor = clock_on_today(mention, text, before, after, dated, now, wire, past) or anchor
        if _ON_THE_DAY.match(after):  # "Registration opens at 10.30am on the day": the day of
            anchor = the_story_day(story.told_days, now, tense == "past") or anchor  # the
            # event the story is about
        if story.holiday_told is not None and _ON_THE_HOLIDAY.search(text):
            anchor = story.holiday_told  # "extra buses from 5am on the public holiday": the
            # holiday the story named last
    if mention.kind == "event_anchor":
        counted = mention.part("unit") in ("day", "night", "week") and mention.part("dir") != "of"
        anchor = named_event(dated, mention.part("noun"), by_the_day=counted)
    if mention.kind == "event_day" and mention.part("event"):  # "on race day": the race's
        anchor = named_event(dated, EVENT_DAYS[mention.part("event")])
        if (
            anchor is not None
            and now is not None
            and tense in ("future", "would")
            and anchor.last_day < now
        ):  # "would leave at 8am on race day", after "The race was moved from 19 July": the
            # race still to come, else the day to come the story is about
            to_come = [d for d in dated if d.when.first_day >= now]
            anchor = (
                named_event(to_come, EVENT_DAYS[mention.part("event")])
                or the_story_day(story.told_days, now, False)
                or anchor_of(dated, place, True, None, now)
                or anchor
            )
        if anchor is None and now is not None:  # the day the story is about, else the day
            anchor = the_story_day(story.told_days, now, tense == "past") or anchor_of(
                dated, place
            )  # just told
    elif mention.kind == "event_day":  # "on election night": the election the story dated
        later = story.following[mention]
        by = now if tense == "past" else None  # "cut roads on election day": one gone by
        anchor = election_day(dated, by)
        if (held := primary_day(dated, now, by)) is not None:  # a primary's "Election Day" is
            anchor = held  # its own, not November's federal one
            mention = replace(mention, parts=(*mention.parts, ("primary", "yes")))
        if (
            later is not None
            and later.kind in ("month_day", "date")
            and _IS_ON.fullmatch(text, mention.end - offset, later.start - offset)
            and (said_to_be := resolve(later, now, None, None, None, story.country)) is not None
        ):
            anchor = said_to_be  # "Election day is Thursday, Oct. 22": that day, marked like a
            # primary's as the story's own election, not November's federal one
            mention = replace(mention, parts=(*mention.parts, ("primary", "yes")))
    if anchor is None and mention.kind == "clock" and not told.quoted:
        anchor = the_events_day(text, dated, now, tense)  # "The investor day will be held
        # ..., starting at 10 a.m.", after "an investor day on June 10": its day
    if (
        anchor is None
        and mention.kind == "clock"
        and now
        and told.sentence.part == "body"
        and not told.quoted
    ):  # a guide's "The family fireworks go off at 9pm", paragraphs after the last day told
        anchor = the_story_day(story.told_days, now, tense == "past")
    if mention is not told.mention:  # (a primary's "on polling day" marked as one is the same
        story.following[mention] = story.following.get(told.mention)  # place in its sentence)
    return anchor, (told if mention is told.mention else replace(told, mention=mention))


def _day_counted_from(story: _Story, told: _Told) -> dt.date | None:
    """The day "today", "on Friday" and "last week" count from: the story's, or inside a
    quotation the day the speaker said it ("'Last Tuesday was the worst day,' he said in an
    interview on April 9")."""
    quoted = told.quoted
    number = told.sentence.number
    spoken = speech_day(story.dated, told.place, story.quote_open[number]) if quoted else None
    if quoted and spoken is None and story.now is not None:
        spoken = _said_on_after(
            told.mention, story.following, told.reading, told.text, told.offset, story.now
        )  # the day told after the quotation
    return spoken if counts_from_speech(told.mention.kind, quoted, spoken) else story.now


# "The last time the town sweltered on Anzac Day was in 2005": a cleft that names the year last
_THE_LAST_TIME = re.compile(
    r"\W*The\s+(?:last|first|only|previous)\s+time\s+[^.;]*?\bwas\s+in\s+(?P<year>(?:19|20)\d\d)\b"
)


def _year_of_its_passage(
    story: _Story, told: _Told, ahead: bool | None
) -> tuple[int | None, int | None]:
    """The year a date written without one takes from the story around it ("In 2019, the
    council voted on March 5"), and whether an account of a year gave it; None, None for the
    nearest such date."""
    mention, tense, place, dated, now = told.mention, told.tense, told.place, story.dated, story.now
    text, offset, before, after, published = (
        told.text,
        told.offset,
        told.before,
        told.after,
        story.published,
    )
    cleft = _THE_LAST_TIME.match(text) if mention.kind in ("month_day", "holiday") else None
    if cleft is not None and told.resume <= cleft.start("year"):
        return int(cleft.group("year")), None  # "The last time the town sweltered on Anzac Day
        # was in 2005": the year the sentence ends on
    later = story.following.get(mention)
    if later is not None and year_of_the_second(
        mention, later, text[told.resume : later.start - offset]
    ):
        second = resolve(later, now, None, None, None, story.country)  # "from 3 March to 10
        if second is not None and second.year:  # April 2019": 2019's 3 March ("from Dec. 28
            step = 1 if month_number(mention.part("month")) > (second.month or 12) else 0
            return second.year - step, None  # to Jan. 3, 2029": 2028's Dec. 28)
    between = verbs_since_the_last_date(
        dated, place, mention, text, told.reading.verbs, offset, tense, ahead, published
    )
    story_year = year_in_sentence(dated, place, published, ahead, between)
    year_end = dated[-1].end - offset if dated else -1
    if (
        story_year is not None
        and dated[-1].place == place
        and 0 <= year_end <= told.cut
        and (
            (ahead and a_years_aside(text, year_end))
            or (
                _BY_A_YEAR.search(text, max(0, year_end - 40), year_end) is not None
                and not text[year_end : told.cut].startswith(",")
            )
        )
    ):
        story_year = None  # "will launch a new 30-year bond, maturing in 2056, on Nov. 18":
        # the aside's year is the bond's, not the launch's; "would invest 450 million euros by
        # 2028 and take over the plant on Jan 1": a deadline's year, not the day's
    if (
        story_year is None
        and ahead
        and tense == "past"
        and a_fronted_past_year(dated, place, text, offset, published)
    ):
        story_year = dated[-1].when.year  # "In 2023, a nor'easter pushed trick-or-treating to
        # Nov. 1": ahead of that year's storm, not of today
    if story_year is None and not between and not ahead and published is not None:
        story_year = last_year_in_clause(dated, place, text, offset, published, told.cut)
    if story_year is None and between < 2 and since_when(dated, place, text, offset):
        story_year = dated[-1].when.year  # "since 2014, when a hand count began Nov. 12": what
        # the "when" tells happened in the year the span opens from
    if story_year is None and between < 2:  # "last year too, when the frost hit on Sept. 28"
        story_year = year_then_when(dated, place, text, offset, _month_of(mention, story))
    if (
        story_year is not None
        and dated[-1].place == place
        and dated[-1].new_year_season
        and mention.part("month")
        and month_number(mention.part("month")) == 12
    ):
        story_year -= 1  # "Last winter it did not open until 28 December": the winter's
        # December is in the year before its January
    if story_year is None:  # "On Aug. 5" in a passage about 2018
        story_year = (
            None
            if _PRESENT_PERFECT.search(f"{before}{mention.text}{after}")
            or _A_RECORD_SINCE.search(before)  # "their lowest level since October": a record
            # counted back from the story's day, whatever year the passage told
            else in_narrative(story.frame, mention, tense, ahead)
        )  # "Reservations for Aug. 8 have been cancelled" is no day of the 2017 told before
    accounted = (
        None
        if story_year
        else account_year(dated, mention, place, tense, story.country, ahead, text[: told.cut], now)
    )
    story_year = story_year or accounted  # "stabbed on August 14th, 2022 ... arrested on
    # August 19th"; "added after June 16, but not on June 19"
    if NEXT_BEFORE.search(before) or (
        mention.kind == "month_day" and story_year and _THIS_YEAR_AFTER.match(after)
    ):
        story_year = None  # "next Monday, May 18": the coming one, whatever year was told; "The
        # campaign, which began on Oct. 30, raised $38,000 this year": this year's, whatever
        # year the passage before told
    else:  # "Thursday 24 November" in a chronology of 1966
        story_year = story_year or year_of_weekday(dated, mention, now)
    if mention.part("rel") == "that":  # "Christmas that year", "on 3 October that year"
        then = time_told(dated, now, past=tense == "past")
        story_year = None if then is None else then.year
    return story_year, accounted


_THIS_YEAR_AFTER = re.compile(r"(?i)[^.;:]{0,50}\bthis\s+year\b")


class _Skipped(Enum):
    """What :func:`_date_of` returns for an expression that gets no row of its own."""

    SKIP = "skip"


_SKIP = _Skipped.SKIP


def _date_of(
    story: _Story,
    told: _Told,
    ahead: bool | None,
    anchor: When | None,
    base: dt.date | None,
    story_year: int | None,
    accounted: int | None,
) -> When | None | _Skipped:
    """The date: the same day the story already named ("Wednesday's first arrivals", "on the
    7th", "for the holiday"), else the expression resolved from its anchor, the day it counts
    from and its passage's year; :data:`_SKIP` when it restates a date told beside it."""
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
        and (echo.first_day - base).days >= _A_WEEK
    ):
        echo = None  # "Tuesday's session ran past 7 p.m.", after "on Tuesday week": not next
        # week's
    if mention.kind == "after_event" and anchor is None and published is None:
        return None
    if mention.part("back") and _dated_right_after(mention, following.get(mention), text, offset):
        return _SKIP  # "on Tuesday, two weeks after inspectors found the crack on Nov. 18":
        # what follows has a date of its own
    if in_apposition(dated, mention, text, offset) is not None:
        return _SKIP  # "on 28 July, the day before the pool was due to be refilled": the same
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
    gone = span_ended(before) or opens_span(before, directly=True) or backdated(before)
    # "since Christmas", written in November: last Christmas; "retroactive to Jan. 1", written
    # in November: this Jan. 1
    if ahead is False and when and now and when.first_day > now and gone:
        when = resolve(mention, base, anchor, ahead, when.year - 1, country)  # "stayed in
        # place until 11 July", written in June: last July
    if _done_on_a_list(mention, told.reading.words, when, now, text, told.cut, told.resume):
        when = resolve(mention, base, anchor, ahead, when.year - 1, country)  # "Jan. 24:
        # Freezing rain knocked out power", a year's dates told on Jan. 2: last Jan. 24
    if _told_later(mention, tense, when, published):  # "became an officer two years later"
        for earlier in reversed(dated[-_TOLD_BACK:]):  # after a quote of last week:
            counted_from = resolve(mention, base, earlier.when, ahead, story_year, country)
            if counted_from and published and counted_from.first_day <= published:
                return counted_from  # counted from the time told (1985), not last week
    return when


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


def _date_checked(story: _Story, told: _Told, ahead: bool | None, when: When | None) -> When | None:
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
    told_month = anchor_of(dated, place) if _the_month_told(mention, tense, when) else None
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


def _on_its_night(story: _Story, told: _Told, when: When | None) -> tuple[When | None, When | None]:
    """The date, and the day it was told as, where a live blog's stamps or the small hours
    after a late clock time move it on; the story's clock time and passage year follow it."""
    mention, published = told.mention, story.published
    stamp = told.heading and any(c.isdigit() for c in mention.text)
    if stamp and story.live and mention.kind == "weekday" and when and published:
        when = _not_after(when, published)  # a live blog's "9:50 p.m. Saturday" under Sunday's
        # posts: last night, not the Saturday to come
    story.live = story.live or (stamp and when is not None and _can_be_today(when, published))
    night = when  # "at 11:40 p.m. ... By 2 a.m.": the next day, still that night
    if mention.kind == "clock" and when is not None:
        rolled = past_midnight(when, story.clock, mention, told.before, told.tense == "past")
        now = story.now
        gone = told.tense == "past" and now is not None and when.first_day <= now < rolled.first_day
        when = when if gone else rolled  # (not "ordered to leave by 6 p.m. ... The barrier
        # failed at about 4:30 a.m.": a time gone by is no small hours after a deadline)
    clock = clock_of(mention, when)
    story.clock = clock or story.clock
    spent = _spent_before(mention, told.before)  # ("left at 12.15pm yesterday, ... after
    # spending Hogmanay with family. About 20 minutes later": the clock's day goes on)
    story.clock_last = clock is not None or (story.clock_last and spent)
    framed = narrative_year(story.frame, mention, when, told.fronted, story.now)
    if framed != story.frame:
        story.framed_in = (told.place.part, told.place.paragraph) if told.quoted else None
    story.frame = framed
    return when, night


def _joined(story: _Story, told: _Told) -> Mention | None:
    """The expression "and" joins a clock time to, which may give its day ("at 7.15am and
    8.45pm on Thursday 2 April")."""
    if told.mention.kind != "clock":
        return None
    return joined_to_next(
        told.mention,
        story.following[told.mention],
        told.text,
        told.offset,
        _the_clock(told) or A_BEFORE.search(told.before) is not None,  # "with a 7 a.m. sailing
    )  # Friday"


def _remember(story: _Story, told: _Told, when: When | None, night: When | None) -> None:
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
    )  # Monday" (not "was cleaned last year, and ... went back in January")
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
        )
    )


_PAST_PERFECT = re.compile(r"\bhad\s+(?:(?:not|already|just|never|also)\s+)?(?:been\s+)?\w+ed\b")


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
        or _spent_before(mention, before)
    )


# "islanders heading home after spending Hogmanay with family": a holiday spent before the
# account, not the day a clock time after it falls on (but "spent Easter Sunday raking
# gravel ... at seven in the morning" is)
_SPENT_BEFORE = re.compile(
    r"(?i)\b(?:after|before|from)\s+(?:spending|celebrating|seeing\s+in)\s+$"
)


def _spent_before(mention: Mention, before: str) -> bool:
    """Is the expression a holiday spent before the account ("after spending Hogmanay with
    family")? ``before``: its sentence's words before it."""
    return mention.kind == "holiday" and _SPENT_BEFORE.search(before[-30:]) is not None


def _add_row(
    story: _Story,
    told: _Told,
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
    near = story.now is not None and abs((when.first_day - story.now).days) <= _A_WEEK
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


def _headline_clocks_placed(events: list[Event], unplaced: list[int]) -> list[Event]:
    """The events with each headline's or dek's clock time of no day (``unplaced``, their
    indexes) on the day the body gives the same time ("Sprinkler ban from midnight" over "from
    midnight tonight"), or left out when the body gives it none."""
    if not unplaced:
        return events
    placed = list(events)
    for index in unplaced:
        minute = minute_of_day(events[index].expression)
        same = next(
            (
                e
                for e in events[index + 1 :]
                if (told := parse_when(e.date)) is not None
                and told.precision == "day"
                and minute is not None
                and minute_of_day(e.expression) == minute
            ),
            None,
        )
        if same is not None:
            placed[index] = replace(events[index], date=same.date, status=same.status)
    return [e for i, e in enumerate(placed) if i not in unplaced or e.date is not None]


_TO_DO = re.compile(r"\bTO VB\b")
_PRESENT_PERFECT = re.compile(r"(?i)\b(?:has|have)\s+(?:not\s+)?(?:been\s+)?[a-z]+(?:ed|en)\b")


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


_MOVE_BACK = 200  # characters read back from a weekday for the plan moved to it
_BY_A_YEAR = re.compile(r"(?i)\b(?:by|before)\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d$")
_ORTHODOX = re.compile(r"\bOrthodox\b")
_ORTHODOX_FEAST = re.compile(
    r"\bOrthodox\s+(?:Easter|Good\s+Friday|Holy\s+(?:Saturday|Thursday|Week)|Palm\s+Sunday)\b"
)
_WESTERN = re.compile(r"\b(?:Western|Catholic|Protestant|Anglican)\b")
_HOLIDAY_NAMED = {name.casefold(): name for name in HOLIDAYS}  # "orthodox easter": its name


def _orthodox(mention: Mention) -> Mention:
    """A holiday named in a sentence about the Orthodox church, as its Orthodox feast when it
    has one ("Easter": "Orthodox Easter")."""
    name = _HOLIDAY_NAMED.get(f"orthodox {mention.part('holiday')}".casefold())
    if name is None:  # (and not "Orthodox Orthodox Easter")
        return mention
    parts = tuple((key, name if key == "holiday" else value) for key, value in mention.parts)
    return replace(mention, parts=parts)


_FOR = re.compile(r"\s+for\s+|['\u2019]s\s+")  # "closed Monday for Presidents Day", "Thursday's
# Juneteenth Eve vigil"


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
    if _ON_THE_HOLIDAY.match(text[mention.end - offset :].lstrip()):
        day = told
    elif (
        now is not None
        and later is not None
        and later.kind == "holiday"
        and _FOR.fullmatch(text, mention.end - offset, later.start - offset)
    ):
        day = resolve(later, now, None, None, None, country)
        if day is not None and abs((day.first_day - now).days) > _A_WEEK:
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


def _a_day_in_this_sentence(dated: list[Dated], place: Place) -> bool:
    """Is the last date told a day of this sentence (not one a span opens from)? A headline's
    lines count as one sentence: a dek's bare "at 6 a.m." takes the headline's day."""
    if not dated or dated[-1].opens or dated[-1].when.precision != "day":
        return False
    told = dated[-1].place
    return told == place or (place.part in ("headline", "dek") and told.part == place.part)


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


_COULD = re.compile(r"(?i)\bcould\b(?!\s+have\b)")
_WOULD = re.compile(r"(?i)\b(?:would|will|may|might)\b|['\u2019]ll\b")


def _could_then(dated: list[Dated], place: Place, before: str, now: dt.date | None) -> bool:
    """Is "could" the past of "can" here: its clause names an earlier year just before ("music
    from last year's festival could still be heard"), with no "would" or "will" of its own?"""
    if now is None or not dated or dated[-1].place != place or not _COULD.search(before):
        return False
    told = dated[-1].when
    return told.precision == "year" and told.year < now.year and not _WOULD.search(before)


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


def _over_new_year(mention: Mention, country: str | None) -> bool:
    """Is the expression a season that runs over the new year (a northern winter, a southern
    summer), whose December falls in the year before the one it is named by?"""
    if mention.kind != "season":
        return False
    southern = nation_of(country) in SOUTHERN
    return mention.part("season") == ("summer" if southern else "winter")


def _anchor(
    mention: Mention,
    dated: list[Dated],
    place: Place,
    now: dt.date | None,
    tense: str | None,
    frame: int | None = None,
    the_clock: bool = False,
) -> When | None:
    """The date a counted expression counts from. A clock time, "that evening": the last day
    told (in the past for a past tense, ahead for a future); "that spring", "the previous
    November", "1 a.m. that Saturday": the time the story tells of; else the event just told.
    ``the_clock``: a clock time naming an event ("the 10 a.m. announcement"), on the story's
    own day when no other day is told."""
    past = tense == "past"
    if mention.kind in ("month", "season"):
        return time_told(dated, now, past=past)
    if mention.kind == "weekday" and mention.part("which") == "that":
        named = that_weekday(dated, mention)  # "for that Sunday", after "on Sunday week"
        return named or time_told(dated, now, day_only=True, past=past)
    that_day = (  # "that evening", "the next morning": a day told, not "who died in 2009"
        mention.part("that") or mention.part("dir") in DAY_TOLD
    ) and mention.part("unit") in _DAY_UNITS
    news_day = bool(dated) and (dated[-1].said or dated[-1].speech)  # ("confirmed yesterday")
    if (
        that_day
        and (mention.part("that") or not news_day)
        and (told := day_of_this_sentence(dated, place, now))
    ):
        return told  # (also "voted on Tuesday to close it from 4 p.m. on Canada Day until 1
        # a.m. the next day": the day after Canada Day, whatever the tense of the voting)
    if (
        mention.kind == "clock"
        and tense in ("would", "future")
        and _a_day_in_this_sentence(dated, place)
        and dated[-1].said
        and now is not None
        and dated[-1].when.first_day < now
        and (coming := _the_day_it_was_said_of(dated, now, place)) is not None
    ):
        return coming  # "Organisers said yesterday that the first wave would now set off at
        # 10.15am", after "Tomorrow's Great North Run": the race's day, not the day of saying
    gone = tense == "future" and now is not None and bool(dated) and dated[-1].when.last_day < now
    if mention.kind == "clock" and _a_day_in_this_sentence(dated, place) and not gone:  # "said
        return dated[-1].when  # sailings on Easter Monday afternoon were full, on the 4.30pm
        # departures" (not "was seen yesterday; council to decide at 2pm": a day to come)
    if mention.kind == "clock" or that_day:
        not_after = now if past else None
        present = (  # "Gates open at 4pm", after "decided yesterday morning": not yesterday's
            tense == "present" and frame is None and mention.kind == "clock" and _done_last(dated)
        )  # 4pm (but "SUNDAY: RACE DAY" over "Roads close at 4am" is that Sunday's)
        not_before = now if tense == "future" or present else None  # "was supposed to cover
        # the school board that night" is a plan seen from the past: any day told
        found = anchor_of(dated, place, True, not_after, not_before)
        if found is not None and tense == "future" and found.first_day == now:
            # "will be fired at 9pm", after "will go ahead tomorrow ... granted an exemption
            # this morning": tomorrow's 9pm
            found = _day_to_come(dated, now, place) or found
        if found is None and frame is not None and past:  # a feature's account of 1985:
            return time_told(dated, now, day_only=True, past=True)  # "By 9 p.m., ..." that day
        if found is None and past and now is not None and the_clock:
            return When.of(now)  # "slipped after the 10 a.m. announcement": no other day told
        return found
    by_the_day = mention.part("unit") in (*_DAY_UNITS, "week") and not mention.part("that")
    if mention.kind == "weekday" and mention.part("which").startswith("the ") and tense == "past":
        dated = _back_from_a_flashback(dated, place)
    found = anchor_of(dated, place, by_the_day=by_the_day)
    if (
        found is not None
        and found.precision == "year"
        and (
            mention.kind == "weekday"
            or (mention.part("unit") == "week" and mention.part("dir") in ("earlier", "later"))
        )
    ):
        return _day_just_told(dated, place)  # "turned the request down on Dec. 5, saying the
        # margin was wider than the threshold set in a 2019 law. Its lawyers went to court the
        # following Monday": the Monday after Dec. 5, not the first of 2019
    if found is not None and found.precision == "month" and mention.kind == "weekday":
        return _day_just_told(dated, place) or found  # "'If the buses do not cross on
        # Saturday ...' Aid convoys, suspended since February, will resume the following
        # Monday": the Monday after that Saturday, not February's first
    if found is not None and found.precision != "day" and mention.part("unit") == "day":
        return _day_just_told(dated, place) or found  # "testing on Sept 9 had found it in
        # tablets made between November 2024 and June. It notified regulators two days
        # later": days count from a day
    if found is not None and found.precision != "day" and mention.part("unit") in _CLOCK_UNITS:
        return next(  # "The river rose late Wednesday. '... since '96,' he said. 'We had
            (  # people wading out half an hour later'": hours count from a day, not a year
                told.when
                for told in reversed(dated[-_DAYS_BACK_TOLD:])
                if told.when.precision == "day" and told.place.part == place.part
            ),
            None,
        )
    return found


def _back_from_a_flashback(dated: list[Dated], place: Place) -> list[Dated]:
    """The dates told, without those of a step back in the past perfect just before this
    sentence ("met FDA staff on Dec. 18. A week earlier, a committee had reviewed the results.
    The agency sent minutes of the meeting the following Monday": the Monday after Dec. 18)."""
    kept = list(dated)
    while kept and kept[-1].flashback and kept[-1].place.number < place.number:
        kept.pop()
    return kept if kept else list(dated)


_CLOCK_UNITS = frozenset(["hour", "minute"])
_THIS_TIME = re.compile(r"(?i)\bthis\s+(?:time|year)\b")
_GMT = re.compile(r"\b(?:GMT|UTC)\b")


def _day_just_told(dated: list[Dated], place: Place) -> When | None:
    """The last day told in this sentence or the one before, among the last few dates."""
    for told in reversed(dated[-_DAYS_BACK_TOLD:]):
        if told.place.part != place.part or place.number - told.place.number not in (0, 1, 2):
            return None  # ("crossed the coast late on 27 April, ... It tore roofs from 140
            # homes. Two days later": two sentences back)
        if told.when.precision == "day":
            return told.when
    return None


_SENTENCE_BEFORE = 300  # characters of a sentence read before a date for a habit ("usually")


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
            for told in reversed(dated[-_TOLD_BACK:])
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


def _the_day_it_was_said_of(dated: list[Dated], now: dt.date, place: Place) -> When | None:
    """The day still to come that a day's saying told of: the latest day told before the
    saying, in this paragraph or the one before, that is not before the story's today."""
    return _latest_day_near(
        dated[-_CLOCK_BACK:-1], place, lambda d: not d.said and d.when.first_day >= now
    )


def _day_to_come(dated: list[Dated], now: dt.date, place: Place) -> When | None:
    """The day still to come a future clock time is on, when the day it would take is the
    story's today told in the past tense: the latest of the last few days told, in this
    paragraph or the one before, that lies ahead."""
    if not dated or not dated[-1].done or dated[-1].when.first_day != now:
        return None
    return _latest_day_near(dated[-_CLOCK_BACK:], place, lambda d: d.when.first_day > now)


def _latest_day_near(told: list[Dated], place: Place, keep: Callable[[Dated], bool]) -> When | None:
    """The latest day of ``told`` that ``keep`` keeps, told in this paragraph or the one
    before."""
    here = place.paragraph if place.paragraph is not None else 0
    near = [
        d
        for d in told
        if d.when.precision == "day"
        and d.place.paragraph is not None
        and here - d.place.paragraph <= 1
        and keep(d)
    ]
    return near[-1].when if near else None


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
    between = _CLOCK_BEFORE_DAY.sub("", text[mention.end - offset : later.start - offset])
    return range_start(when, resolve(later, now, None, True), between, now)


_CLOCK_BEFORE_DAY = re.compile(r"(?i)\d{1,2}(?:[.:]\d\d)?\s*[ap]\.?m\.?(?:\s+on)?\s*$")


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


def _can_be_today(when: When | None, published: dt.date | None) -> bool:
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


def _said_on_after(
    mention: Mention,
    following: dict[Mention, Mention | None],
    reading: _Reading,
    text: str,
    offset: int,
    now: dt.date,
) -> dt.date | None:
    """The day a quotation was spoken, told after it in the sentence ("'We hope to finish by
    Friday,' foreman Ed Kay said on May 1"): a day outside the quotation, soon after
    its closing mark, in words about speaking or writing ("... since last night," Pellerin said
    on Saturday afternoon); read back from publication."""
    later = following[mention]
    while later is not None and reading.marks.open_at(later.start - offset):
        later = following[later]
    if later is None or later.kind not in ("month_day", "date", "weekday"):
        return None
    if later.kind != "weekday" and not later.part("month"):
        return None
    if not ends_in_attribution(text[: later.start - offset]):
        return None
    said = resolve(later, now, None, False)
    return said.first_day if said is not None and said.precision == "day" else None


def _with_dateline(
    events: list[Event], article: Article, filed: tuple[Mention, When, str] | None
) -> list[Event]:
    """The events with the dateline's date in its reading-order place, when there is one."""
    if filed is None:
        return events
    mention, when, what = filed
    event = Event(
        mention.text,
        str(when),
        what,
        "past",
        article.paragraph_at(mention.start),
        mention.start,
        mention.end,
    )
    before = [e for e in events if e.start < mention.start]
    return before + [event] + events[len(before) :]


@dataclass(frozen=True)
class _Reading:
    """A sentence as the timeline reads it, once however many expressions it holds (a text
    without spaces is one long sentence): its words, the expressions that reach into them,
    its quotation marks, and where its finite verbs start."""

    text: str
    words: Words
    nearby: frozenset[Mention]
    marks: QuoteMarks
    verbs: tuple[int, ...]

    @cached_property
    def about_writing(self) -> bool:
        """:func:`says_when_written`, asked once per sentence and only when needed."""
        return says_when_written(self.text)


def _reading(
    sentence: StorySentence, mentions: list[Mention], quote_open: dict[int, bool]
) -> _Reading:
    words = tagged_words(sentence)
    return _Reading(
        sentence.span.text,
        words,
        frozenset(_among(words, mentions)),
        QuoteMarks.of(quote_open[sentence.number], sentence.span.text),
        tuple(sorted(token.start for token, tag in words if tag in _FINITE)),
    )


def _what_and_tense(
    sentence: StorySentence, words: Words, mention: Mention, nearby: frozenset[Mention]
) -> tuple[str | None, str]:
    """The tense around an expression and what happened then, read from its clause.

    ``nearby`` are the sentence's expressions that reach into its words; one past the words
    read (the end of a very long sentence) has no clause to read.
    """
    if mention not in nearby:
        return None, ""
    others = sorted(nearby - {mention}, key=lambda m: m.start)
    clause = clause_of(words, mention, others)
    own = own_part(words, clause, mention, others)
    tense = tense_near(words, sentence.part, clause, mention, own)
    return tense, summary(sentence, words, clause, mention, others, own)


_FINITE = frozenset(["VBD", "VBZ", "VBP", "MD"])


_CLAUSE_WORDS = 10  # words of a clause after "a day after" that its own date may stand in


def _dated_right_after(mention: Mention, later: Mention | None, text: str, offset: int) -> bool:
    """Does the clause after ", two weeks after" give its own date within a few words
    ("inspectors found the crack on Nov. 18"; not "it received the results of an underwater
    survey carried out between 9 and 13 March", the survey's)?"""
    if later is None:
        return False
    between = text[mention.end - offset : later.start - offset]
    return len(between.split()) <= _CLAUSE_WORDS


def _among(words: Words, mentions: list[Mention]) -> list[Mention]:
    """The expressions that reach into the words read: only the first 400 words of a very long
    sentence are read, and an expression after them cannot touch their clauses."""
    if not words:
        return []
    last = words[-1][0].end
    return [m for m in mentions if min(m.start, m.reach if m.reach >= 0 else m.start) < last]


def by_date(events: Iterable[Event]) -> list[tuple[When, Event]]:
    """The events that have a date, each with its :class:`When`, earliest first."""
    dated = []
    for event in events:
        when = parse_period(event.period) or parse_when(event.date)
        if when is not None:
            dated.append((when, event))
    return sorted(dated, key=lambda pair: (pair[0].first_day, pair[1].start))


def timeline_table(events: Iterable[Event], order: str = "reading") -> str:
    """The timeline as a plain-text table, in reading order or by ``order="date"``.

    >>> print(timeline_table([Event("on Tuesday", "2024-11-19", "Council voted", "past", 3, 0, 9)]))
    date        status  paragraph  expression  event
    2024-11-19  past    3          on Tuesday  Council voted
    """
    events = list(events)
    if order == "date":
        undated = [e for e in events if parse_when(e.date) is None]
        events = [e for _, e in by_date(events)] + undated
    rows = [("date", "status", "paragraph", "expression", "event")]
    for e in events:
        where = "-" if e.paragraph is None else str(e.paragraph)
        rows.append((e.date or "?", e.status, where, e.expression, e.event))
    widths = [max(len(row[k]) for row in rows) for k in range(4)]
    return "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(row[:4], widths, strict=True))
        + "  "
        + row[4]
        for row in rows
    )
