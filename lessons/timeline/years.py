"""Which year a date written without one takes.

"March 5" alone is the nearest March 5 the tense allows; but "In 2019, the council voted on
March 5" is 2019's, and so is a date later in a passage about 2019. Whether the last year told
still holds depends on what stands between: another verb ("was first elected in 2008 and
stepped down on Jan. 29"), an aside ("the pool, opened in 1974, closes in April"), a source's
day ("61 breaks in 2025, according to a report presented on Feb. 3"), the year of a thing
rather than an event ("the 1931 steel truss"). These functions read those cases;
:func:`year_of_its_passage` (at the end) takes the year the passage gives
(:mod:`~lessons.timeline.passage_year`) and asks them in turn whether it still holds.

>>> a_named_year(Mention("Last year", 0, 9, "unit", (("which", "last"), ("unit", "year"))), "")
True
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left

from lessons.timeline.anchor import time_told
from lessons.timeline.dates_told import Dated, Place
from lessons.timeline.deadlines import opens_span
from lessons.timeline.event_days import UNPLANNED_AFTER, possessive
from lessons.timeline.passage_year import (
    account_year,
    in_narrative,
    in_the_winter_told,
    year_in_sentence,
    year_of_weekday,
)
from lessons.timeline.patterns import Mention
from lessons.timeline.resolve import resolve
from lessons.timeline.story import Story, Told
from lessons.timeline.when import When, month_number
from lessons.timeline.which_holiday import named_holiday_date
from lessons.timeline.words import (
    EVENT_NOUN_AT,
    EVENT_NOUNS,
    NEXT_BEFORE,
    PERIOD_FIGURES,
)

_THE_YEAR_OF_IT = re.compile(  # "The last strike, in 2012", "The last strike, in the fall of
    r"(?i)^[^,]{3,80},\s+in\s+(?:(?:the\s+)?(?:early|late|mid|spring|summer|fall|autumn|winter)"
    r"(?:\s+of)?[-\s]+)?\d{4}$"  # 2014", "..., in early 2019"
)
_WHEN_IT = re.compile(r",\s+when\b")
_A_YEAR_ASIDE = re.compile(
    r",\s+(?:(?:which|that|who)\s+(?:was\s+|were\s+)?)?(?:\w+ly\s+)?[a-z]+(?:ed|en|t|ing)\s+in\s+"
    r"(?:(?:early|late|mid)[\s-]+)?(?:[A-Za-z]+\s+)?\d{4}$"
)  # ", opened in 1974", ", agreed in spring 2023", ", which opened in 1962", ", maturing in 2056"
_A_RELATIVE_YEAR_ASIDE = re.compile(  # ", which peaked at 48 percent in 1992,"
    r",\s+(?:which|who)\s+[^,;.()]{0,60}?\bin\s+(?:(?:early|late|mid)[\s-]+)?(?:[A-Za-z]+\s+)?"
    r"\d{4}$"
)
_ASIDE_CLOSES = re.compile(r"(?:\s+(?:as|in|at|on|by|with|for|of)\s+[^,;.]{1,50}?)?,")


# characters read back from a year for what it ends ("fiscal 2025", "last year", ", opened in
# 1974"): each such pattern ends at the year, so a long sentence is not scanned from its start
# once per date (a 0.2 MB paste with no spaces is one sentence)
_ASIDE_BACK = 160


def a_relative_clauses_year(text: str, end: int) -> bool:
    """Does the year ending at ``end`` of ``text`` close a relative clause set off by commas
    ("Inflation, which peaked at 48 percent in 1992, slowed to 19 percent in January")? The
    clause tells its own time; the sentence goes on in its own, whatever its tense."""
    if not text.startswith(",", end):
        return False
    return _A_RELATIVE_YEAR_ASIDE.search(text, max(0, end - _ASIDE_BACK), end) is not None


def a_years_aside(text: str, end: int) -> bool:
    """Does the year ending at ``end`` of ``text`` stand in an aside set off by commas (",
    opened in 1974,", ", founded in 1962 as a single tailor's shop in the old town,")? Its
    year is the aside's own, no year of the sentence's other dates."""
    return (
        _A_YEAR_ASIDE.search(text, max(0, end - _ASIDE_BACK), end) is not None
        and _ASIDE_CLOSES.match(text, end) is not None
    )


_INSTEAD_OF = re.compile(r"(?i)\b(?:rather\s+than|instead\s+of)\s+(?:on\s+|in\s+)?$")
_FRONTED_YEAR = re.compile(r"(?i)\W*(?:last|this|next)\s+year")  # opening a sentence
_AFTER_A_PARENTHESIS = re.compile(r",\s+(?:was|were|is|are|has|have|had|will)\b")
_WHEN_CLAUSE = re.compile(r"\b(?:when|as|after|while)\s")


def _gone_by(dated: list[Dated], published: dt.date | None) -> bool:
    """Is the last date told in a year before publication?"""
    return bool(dated) and published is not None and dated[-1].when.year < published.year


FISCAL_YEAR = re.compile(r"(?i)\bfiscal\s+(?:year\s+)?(?:1[89]|20)\d\d$")  # "fiscal 1995"
_ENDED = re.compile(r"(?i)\b(?:ended|ending|ends|closed)\s+(?:on\s+)?$")
_A_PERIOD_AFTER = re.compile(
    r"(?i)\s+(?:(?:school|academic|financial|fiscal|tax|budget)\s+)?(?:year|season|term|budget)\b"
)


def a_year_to_come(mention: Mention, after: str, when: When, published: dt.date | None) -> bool:
    """A period still to come, named by its year ("enrolments for the 2026 school year close on
    31 October", "its budget for fiscal 2027 ... on April 15"): the dates around it prepare
    it and take no year from it (but "the 2032 home opener in early April" is in 2032)."""
    det = mention.part("det")
    period = det in ("fiscal", "tax year", "financial year") or _A_PERIOD_AFTER.match(after)
    return (
        mention.kind == "year"
        and bool(period)
        and published is not None
        and when.year > published.year
    )


def verbs_since_the_last_date(
    dated: list[Dated],
    place: Place,
    mention: Mention,
    text: str,
    verbs: tuple[int, ...],
    offset: int,
    tense: str | None,
    ahead: bool | None,
    published: dt.date | None,
) -> int:
    """How many finite verbs stand between the last date told and the expression, as the
    year goes: 0 (one clause: "In 2019, the council voted on March 5" is 2019's March 5), the
    count of verbs between, or 2 where the last date's year is not the expression's (an aside,
    a source's day, a thing's year: "closing the pool, opened in 1974, from April")."""
    cut = mention.start - offset
    before = text[max(0, cut - 80) : cut]
    between = _finite_verbs(verbs, dated[-1].end, mention.start) if dated else 0
    if (
        between
        and dated[-1].place == place
        and _FRONTED_YEAR.fullmatch(text, 0, dated[-1].end - offset)
    ):
        between = 0  # "Last year, two fires started by fireworks burned ... on July 5": a
        # year that opens the sentence is the year of all of it
    if (
        between
        and dated[-1].place == place
        and dated[-1].when.precision == "year"
        and dated[-1].end >= offset
        and _THE_YEAR_OF_IT.match(text, 0, dated[-1].end - offset)
        and text.startswith(",", dated[-1].end - offset)
    ):
        between = 0  # "The last strike, in 2012, lasted 11 days and ended the week before
        # Christmas": a year set off after the subject is the year of all it did
    if (
        between == 2
        and dated[-1].end >= offset
        and _WHEN_CLAUSE.search(text, dated[-1].end - offset, cut)
    ):
        between = 1  # "The 1987 parade was called off when the quay flooded on the morning
        # of St Patrick's Day": a clause of time tells of the same event
    if (
        dated
        and dated[-1].place == place
        and dated[-1].when.precision in ("year", "month")
        and dated[-1].end >= offset
        and a_years_aside(text, dated[-1].end - offset)
    ):
        between = 2  # "closing the pool, opened in 1974, from April": the year of an aside
        # (and "The retailer, founded in 1962 as a single tailor's shop, ... warned in
        # January")
    if (
        dated
        and dated[-1].place == place
        and dated[-1].end >= offset
        and _ACCORDING_TO.search(text, dated[-1].end - offset, cut)
    ):
        between = 2  # "recorded 61 breaks in 2025, according to a report presented on
        # Feb. 3": the source's day, not the year of what it counted
    if _INSTEAD_OF.search(before):
        between = 2  # "launch it in the first half of 2027 rather than in December": the
        # date given up, not 2027's
    if between and opens_span(before):  # "introduced in 2008 and has imposed them since
        between = 2  # November": the most recent November, not 2008's
    if (
        between == 1
        and dated[-1].when.precision == "year"
        and _second_predicate(verbs, dated[-1].end, mention.start, text, offset)
    ):
        between = 2  # "was first elected in 2008 and stepped down on Jan. 29"
    if (
        between >= 1
        and dated[-1].end >= offset
        and _AFTER_A_PARENTHESIS.match(text, dated[-1].end - offset)
    ):
        between = 2  # "Loch Druim, built in 1998, was last in dry dock in January": the
        # year closed with its commas
    if between and tense in ("present", "future") and _gone_by(dated, published):
        between = 2  # "landed on June 6, 1944, and who turns 100 in March": a present
        # clause takes no year gone by
    if (
        dated
        and dated[-1].place == place
        and (ahead or tense in ("future", "would"))
        and dated[-1].when.precision == "year"
        and _a_periods_year(text, dated[-1].end - offset)
    ):
        between = 2  # "a dividend for 2025, but ... would decide the amount on Feb 25"
    if (
        between == 1
        and dated
        and dated[-1].place == place
        and dated[-1].end >= offset
        and _YEARS_OWN_NOUN.search(text, 0, dated[-1].end - offset)
        and _ITS_NOUNS_VERB.fullmatch(text, dated[-1].end - offset, mention.start - offset)
    ):
        between = 0  # "next year's race falls on 9 February": the verb of the year's own noun
        # (not "Registration for next year's race opens Nov. 1": the registration's)
    if dated and dated[-1].place == place and _a_things_year(text, dated[-1].end - offset):
        between = 2  # "lowered the limit on the 1931 steel truss ... on Aug. 21": the year
        # a thing was built, not the year of what happened to it
    if (
        dated
        and dated[-1].place == place
        and FISCAL_YEAR.search(
            text, max(0, dated[-1].end - offset - _ASIDE_BACK), max(0, dated[-1].end - offset)
        )
        and _ENDED.search(before)
    ):
        between = 2  # "For fiscal 2025, which ended Jan. 31": a retailer's fiscal 2025
        # may end in January 2026; the tense says which Jan. 31
    return between


_LAST_YEAR = re.compile(r"(?i)\b(?:last|previous)\s+year$")


def last_year_in_clause(
    dated: list[Dated], place: Place, text: str, offset: int, published: dt.date, cut: int
) -> int | None:
    """The year of "last year" told just before in the same clause, no verb between ("was
    cancelled last year after the Sept. 28 storm"), not its possessive ("last year's record
    fell on March 3") unless the date stands in apposition to its noun ("last year's festival,
    from 23 to 25 August"). ``cut``: where the date starts in the sentence ``text``."""
    told = dated[-1] if dated else None
    if told is None or told.place != place or told.end < offset:
        return None
    end = told.end - offset
    if not _LAST_YEAR.search(text, max(0, end - _ASIDE_BACK), end):
        return None
    if text.startswith(("'", "\u2019"), end) and not _IN_APPOSITION.fullmatch(text, end, cut):
        return None
    return told.when.year if told.when.year < published.year else None


# "last year's festival, from 23 to 25 August": the festival's dates
_IN_APPOSITION = re.compile(r"['\u2019]s\s+(?:[\w-]+\s+){0,2}[\w-]+,\s+(?:(?:from|on)\s+)?")


def since_when(dated: list[Dated], place: Place, text: str, offset: int) -> bool:
    """Is the last date told a span's start in this sentence, its year written, followed by
    ", when" ("closed since 2014, when ...")?"""
    told = dated[-1] if dated else None
    return (
        told is not None
        and told.place == place
        and told.opens
        and told.written_year  # (not "since last summer, when rain in January": which
        # January the season's year does not say)
        and told.end >= offset
        and _WHEN_IT.match(text, told.end - offset) is not None
    )


def year_then_when(
    dated: list[Dated], place: Place, text: str, offset: int, month: int
) -> int | None:
    """The year the last date told names, when it is a year in this sentence followed by ",
    when" ("Frost came early last year too, when the first killing frost hit on Sept. 28":
    that year's Sept. 28). After a span of two years ("in the winter of 2013-14, when storms
    cut the island off from 20 December"), a day of the year's second half (``month``, 0 if
    unknown) is in the first."""
    told = dated[-1] if dated else None
    if (
        told is None
        or told.place != place
        or told.opens  # (a span's start: see since_when)
        or told.when.precision != "year"
        or told.end < offset
        or _A_YEAR_THEN_WHEN.match(text, told.end - offset) is None
    ):
        return None
    year = told.when.year
    first = dated[-2] if len(dated) > 1 else None
    spans = first is not None and first.place == place and first.when.year == year - 1
    return year - 1 if spans and month >= 7 else year


_A_YEAR_THEN_WHEN = re.compile(r"(?:\s+(?:too|again|as\s+well))?,\s+when\b")


def a_named_year(mention: Mention, after: str) -> bool:
    """ "last year", "next year", "this year": a year as plain as a written one; so is a
    season or a month named the same way ("Last winter the pass closed on 14 January", "Last
    October, the first snow did not arrive until Oct. 29"; not "Last summer's show", whose
    verb tells of another time). ``after``: the text after it."""
    which = mention.part("which") in ("last", "next", "this")
    if mention.kind == "after_event" and mention.part("that") and mention.part("unit") == "year":
        return True  # "That year the mill began crushing on June 10": the year just told
    if mention.kind == "season" and UNPLANNED_AFTER.match(after):
        return which  # "Last summer's heat wave, which peaked at 99 on July 28"
    if mention.kind in ("season", "month"):
        return which and not possessive(after)
    last, unit = mention.part("which").casefold() == "last", mention.part("unit")
    return (
        mention.kind == "unit"
        and (which or last)
        and (unit == "year" or (unit == "season" and last and not possessive(after)))
        and not mention.part("edge")
    )  # "Last season the resort did not open until 14 June": last year's (but "Last season's
    # final market, in April", in a September story: the April just gone)


def an_events_year(mention: Mention, after: str) -> bool:
    """Does "last year" (or "next year") name the year of an event it owns ("last year's
    festival"), or a season the year of its weather ("Last summer's heat wave")?"""
    if mention.kind == "season":
        return UNPLANNED_AFTER.match(after) is not None
    return (
        mention.kind == "unit" and possessive(after) and _EVENT_NOUN_AFTER.match(after) is not None
    )


_EVENT_NOUN_AFTER = re.compile(  # (also "last year's edition", "last year's running")
    rf"['\u2019]s\s+(?:[a-z]+\s+)?(?:{EVENT_NOUNS}|edition|running|staging)\b"
)


_ACCORDING_TO = re.compile(r"(?i),\s+according\s+to\b")


# "the 1931 steel truss", "a 2016 contract", "its 1958 main", "the company's fiscal 2000
# forecast": a year before a thing's name
_YEAR_OF_A_THING = re.compile(  # ("The hill's 1974 chairlift")
    r"(?:^|\s)(?:the|a|an|its|their|his|her|our|[A-Za-z]+['\u2019]s)\s+(?:fiscal\s+)?(?:1[89]|20)\d\d"
    r"(?P<words>(?:\s+[a-z][a-z-]*){1,3})"
)


def _a_things_year(text: str, end: int) -> bool:
    """Does a year ending at ``end`` name when a thing was made ("the 1931 steel truss"), not
    when an event happened ("the 2022 home opener", "the 2019 flood": the event nouns of
    vocab/timeline_event_nouns.txt)? Such a year gives no year to the dates after it."""
    if end <= 0:
        return False
    found = next(
        (
            m
            for m in _YEAR_OF_A_THING.finditer(text, max(0, end - 40), end + 40)
            if m.start("words") == end
        ),
        None,
    )  # (the one whose year ends at ``end``: "the company's fiscal 2000 forecast")
    if found is None:
        return False
    words = found.group("words").split()
    return not any(EVENT_NOUN_AT.match(w) for w in words) and not any(
        w in _TIME_NOUNS for w in words
    )


# a year a payment or a set of figures is for: "a dividend for 2025", "its guidance for 2026"
_A_PERIODS_YEAR = re.compile(  # (vocab/timeline_period_figures.txt)
    rf"(?i)\b(?:{PERIOD_FIGURES})\s+for\s+(?:the\s+)?"
    r"(?:(?:full|fiscal|financial)\s+)?(?:year\s+)?(?:1[89]|20)\d\d$"
)


def _a_periods_year(text: str, end: int) -> bool:
    """Does a year ending at ``end`` name the period a payment or figures are for ("planned to
    pay a dividend for 2025, but the board would decide the amount on Feb 25")? The figures
    for a year are settled after it, so the year gives no year to the dates after it."""
    return end > 0 and _A_PERIODS_YEAR.search(text, max(0, end - 60), end) is not None


# periods named by their year ("the 2026 season", "the 2025 budget"): not things either
_TIME_NOUNS = frozenset("season year budget session term census campaign".split())


# a year that opens its sentence: "In 2023, ...", "By late 2019, ...", "In 2021 it was moved"
_A_FRONTED_YEAR = re.compile(r"\W*(?:In|During|By)\s+(?:(?:early|late|mid)[-\s])?\d{4}\b\s*,?")


def a_fronted_past_year(
    dated: list[Dated], place: Place, text: str, offset: int, published: dt.date | None
) -> bool:
    """Is the last date told the year its sentence opens with, before the year of publication
    ("In 2023, a nor'easter pushed trick-or-treating to Nov. 1")?"""
    if not dated or dated[-1].place != place or dated[-1].when.precision != "year":
        return False
    opening = _A_FRONTED_YEAR.match(text)
    return (
        opening is not None
        and opening.end() >= dated[-1].end - offset
        and (published is None or dated[-1].when.year < published.year)
    )


def _finite_verbs(verbs: tuple[int, ...], start: int, end: int) -> int:
    """How many finite verbs ("said", "had", "will") lie between two raw offsets, given where
    the sentence's finite verbs start (in order).

    >>> _finite_verbs((4, 20, 31), 0, 21), _finite_verbs((4, 20, 31), 21, 0)
    (2, 0)
    """
    return max(0, bisect_left(verbs, end) - bisect_left(verbs, start))


# "next year's race falls on": a year's own noun and its verb (not "for next year's race")
_YEARS_OWN_NOUN = re.compile(r"(?i)(?<!\bfor\s)(?<!\bof\s)(?<!\bto\s)\b(?:last|this|next)\s+year$")
_ITS_NOUNS_VERB = re.compile(
    r"(?i)['\u2019]s\s+(?:[\w-]+\s+){1,3}?"
    r"(?:falls|is|was|will\s+be|fell|starts|started|opens|opened|begins|began)\s+(?:on\s+)?"
)
# one subject, two verbs ("and stepped down", "and only regained it in May")
_AND_BEFORE = re.compile(r"(?i)\b(?:and|but)\s+(?:(?:only|then|later|finally|\w+ly)\s+)?$")


def _second_predicate(verbs: tuple[int, ...], start: int, end: int, text: str, offset: int) -> bool:
    """Is the verb between a year and a date the second of a pair ("was first elected in 2008
    and stepped down on Jan. 29"), after a first verb that the year belongs to? A fronted year
    ("In 2019 the council met and voted on March 5") has no verb before it and covers both; a
    month and year goes on with the story ("joined the Army in March 2021 and began training
    on 14 June"), so the caller asks only after a bare year.
    ``text`` is the sentence, starting at raw offset ``offset``."""
    if not verbs or verbs[0] >= start:
        return False
    inside = verbs[bisect_left(verbs, start) : bisect_left(verbs, end)]
    return any(_AND_BEFORE.search(text[max(0, v - offset - 16) : v - offset]) for v in inside)


# what joins two dates that share the year written after the second: "from 3 March to 10 April
# 2019", "between 31 October and 1 November last year", "on 31 October and 1 November 2029"
_JOINED_FOR_ONE_YEAR = re.compile(r"(?i)\s*(?:to|through|thru|until|till|and|or|-|\u2013)\s*")
_GIVES_ITS_YEAR = ("date", "month_year", "month_day")


def year_of_the_second(mention: Mention, later: Mention | None, between: str) -> bool:
    """Does the date after this one, joined by "to" or "and", carry the year both share ("from
    3 March to 10 April 2019", "between January and March last year"), or a year right after it
    say which ("29 May in 2021", a holiday too)? Only for a day or a month written without a year
    of its own."""
    if mention.kind not in ("month_day", "month", "holiday") or mention.part("year"):
        return False
    if mention.part("rel"):
        return False
    if later is not None and later.kind == "year" and not between.strip():
        return later.text.casefold().startswith("in ")  # "opened as early as 29 May in 2021",
        # "the Wednesday before Thanksgiving in '96"
    if mention.kind == "holiday":
        return False
    if (
        later is None
        or later.kind not in _GIVES_ITS_YEAR
        or not _JOINED_FOR_ONE_YEAR.fullmatch(between)
    ):
        return False
    return bool(later.part("year")) or later.part("rel") in ("last", "next", "this")


_A_RECORD_SINCE = re.compile(
    r"(?i)\b(?:lowest|highest|weakest|strongest|biggest|largest|smallest|best|worst)\b"
    r"[^.;]{0,30}\bsince\s+$"
)


def _month_of(mention: Mention, story: Story) -> int:
    """The month a yearless date names ("20 December", "New Year's Eve"), 0 when it names
    none."""
    if mention.kind == "holiday" and story.now is not None:
        day = named_holiday_date(mention, story.now.year, story.country)
        return 0 if day is None else day.month
    return month_number(mention.part("month"))


# "The last time the town sweltered on Anzac Day was in 2005": a cleft that names the year last
_THE_LAST_TIME = re.compile(
    r"\W*The\s+(?:last|first|only|previous)\s+time\s+[^.;]*?\bwas\s+in\s+(?P<year>(?:19|20)\d\d)\b"
)


def year_of_its_passage(
    story: Story, told: Told, ahead: bool | None
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
            or a_relative_clauses_year(text, year_end)
            or (
                _BY_A_YEAR.search(text, max(0, year_end - 40), year_end) is not None
                and not text[year_end : told.cut].startswith(",")
            )
            or _A_MATURITY_YEAR.search(text, max(0, year_end - 40), year_end) is not None
        )
    ):
        story_year = None  # "will launch a new 30-year bond, maturing in 2056, on Nov. 18":
        # the aside's year is the bond's, not the launch's; "would invest 450 million euros by
        # 2028 and take over the plant on Jan 1": a deadline's year, not the day's; "will redeem
        # its notes due 2003 on December first": the notes' year, not the redemption's
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
    if story_year is None and not ahead and not _DUE_BEFORE.search(before):  # "The winter of
        # 1958-59 was the hardest ... the ferry stopped running in January": January 1959
        raw = story.article.raw
        story_year = in_the_winter_told(dated, mention, place, tense, now, raw)
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


_DUE_BEFORE = re.compile(r"(?i)\bdue\b[^.;:]*$")  # "was due home on leave on December 20"
_THIS_YEAR_AFTER = re.compile(r"(?i)[^.;:]{0,50}\bthis\s+year\b")


_PRESENT_PERFECT = re.compile(r"(?i)\b(?:has|have)\s+(?:not\s+)?(?:been\s+)?[a-z]+(?:ed|en)\b")


_BY_A_YEAR = re.compile(r"(?i)\b(?:by|before)\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d$")
_A_MATURITY_YEAR = re.compile(r"(?i)\b(?:due|maturing|expiring)\s+(?:in\s+)?(?:19|20)\d\d$")
