"""Lesson 4: build a timeline of the story.

A news story jumps around in time: it opens with the latest news ("On Tuesday, ..."), reaches
back for context ("a day earlier", "last August") and looks ahead ("will vote next month").
A reporter who rebuilds the order of events needs three things for every time expression:

1. **find it**: patterns for the ways news English writes dates ("Nov. 18", "on Tuesday",
   "a day earlier", "last year");
2. **resolve it**: turn it into a calendar date, counting from the publication date or from the
   event the sentence just described, and keep only as much precision as the text gives
   ("2024-11-18", "2024-08" or "2024");
3. **attach it**: a short summary of what happened then, and whether it already happened
   ("past") or is still ahead ("planned").

>>> from lessons.article import parse_article
>>> article = parse_article("Council Votes\\n\\nThe council voted on Tuesday. A day earlier, "
...                         "the mayor resigned.")
>>> for event in build_timeline(article, dt.date(2025, 3, 6)):
...     print(event.date, event.expression, "|", event.event)
2025-03-04 on Tuesday | The council voted
2025-03-03 A day earlier | The mayor resigned

Then the views: :func:`plot_timeline` (a chart for a memo), :func:`to_csv` and
:func:`to_timelinejs` (the JSON that Knight Lab's TimelineJS3 turns into an interactive timeline).
"""

from __future__ import annotations

import bisect
import calendar
import csv
import datetime as dt
import io
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field, replace
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING

from lessons.article import Article, Span, Token, split_sentences, split_words
from lessons.vocab import SPEECH_VERBS, TITLES

if TYPE_CHECKING:  # matplotlib is imported only when a chart is drawn
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

# ---------------------------------------------------------------------------------------------
# The results


@dataclass(frozen=True)
class Event:
    """A time expression, the date it points to and what happened then.

    ``date`` is "YYYY-MM-DD", "YYYY-MM" or "YYYY" (as precise as the text), or None when the
    kit cannot pin it down; ``status`` is "past" or "planned"; ``paragraph`` is None for the
    headline, dek and caption. ``article.raw[start:end] == expression``.
    """

    expression: str
    date: str | None
    event: str
    status: str
    paragraph: int | None
    start: int
    end: int

    def to_dict(self) -> dict[str, object]:
        return asdict(self)


@dataclass(frozen=True)
class PublishedDate:
    """When the article was published and how the kit knows.

    ``source`` starts with "given", "inferred: <why>" or "unknown: <why>".
    """

    date: dt.date | None
    source: str


@dataclass(frozen=True, order=True)
class When:
    """A calendar date as precise as the text: a day, a month or only a year.

    >>> str(When(2024, 8)), When(2024, 8).precision, When(2024, 8).last_day
    ('2024-08', 'month', datetime.date(2024, 8, 31))
    """

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def precision(self) -> str:
        return "year" if self.month is None else "month" if self.day is None else "day"

    @property
    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month or 1, self.day or 1)

    @property
    def last_day(self) -> dt.date:
        if self.month is None:
            return dt.date(self.year, 12, 31)
        if self.day is None:
            return dt.date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])
        return dt.date(self.year, self.month, self.day)

    def __str__(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    @classmethod
    def of(cls, day: dt.date, precision: str = "day") -> When:
        """A date cut down to a precision: ``When.of(date(2024, 8, 24), "month")`` is 2024-08."""
        if precision == "year":
            return cls(day.year)
        if precision == "month":
            return cls(day.year, day.month)
        return cls(day.year, day.month, day.day)


# ---------------------------------------------------------------------------------------------
# 1. The words of time

MONTHS: dict[str, int] = {
    name.casefold(): number
    for number, names in enumerate(
        (
            ("January", "Jan"),
            ("February", "Feb"),
            ("March", "Mar"),
            ("April", "Apr"),
            ("May",),
            ("June", "Jun"),
            ("July", "Jul"),
            ("August", "Aug"),
            ("September", "Sep", "Sept"),
            ("October", "Oct"),
            ("November", "Nov"),
            ("December", "Dec"),
        ),
        start=1,
    )
    for name in names
}
WEEKDAYS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        (
            ("monday", "mon"),
            ("tuesday", "tue", "tues"),
            ("wednesday", "wed"),
            ("thursday", "thu", "thur", "thurs"),
            ("friday", "fri"),
            ("saturday", "sat"),
            ("sunday", "sun"),
        )
    )
    for name in names
}
NUMBERS: dict[str, int] = {
    word: number
    for number, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve".split()
    )
}
NUMBERS.update({"a": 1, "an": 1, "a single": 1, "a couple of": 2})
SEASONS: dict[str, tuple[int, ...]] = {
    "spring": (3, 4, 5),
    "summer": (6, 7, 8),
    "fall": (9, 10, 11),
    "autumn": (9, 10, 11),
    "winter": (12, 1, 2),
}

# Pieces of the patterns. Names of months and weekdays must be capitalised ("May 5", not
# "may"); the small words around them may be either ((?i:...) makes one group case-blind).
_MONTH_NAME = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
_MONTH = rf"(?:{_MONTH_NAME}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?)"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d:]|,\d{3}|\.\d)"
_YEAR = r"(?:1[89]\d\d|20\d\d)(?![\d'’]|s\b)"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_WEEKDAY_ANY = rf"(?:{_WEEKDAY}|(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.)"
_NUMBER = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})"
# "on", "in" and "at" belong to the expression ("On Tuesday", "in 2019", "at 9 a.m."); other
# prepositions are context, not part of it ("by the end of June" -> "the end of June").
_LEAD = r"(?i:in|at)"  # "in 2019", "at the beginning of the year"
_LEAD_DAY = r"(?i:on)"  # "on Tuesday", "on Nov. 18" ("in Tuesday's vote" is no lead)
_PRE = (
    r"(?i:by|since|until|till|through|from|during|before|after|around|for|starting|beginning|into|"
    r"as\s+of|between|and|to|than|or|of|until\s+at\s+least|not\s+before)"
)
_WHICH = r"(?i:last|this|next|this\s+past|this\s+coming)"
_EDGE = (
    r"(?i:(?:the\s+)?(?:very\s+)?(?:beginning|start|middle|end|first\s+half|second\s+half|"
    r"first\s+days?|last\s+days?|first\s+weeks?|last\s+weeks?|(?:first|second|third|fourth|"
    r"final|last)\s+quarter)\s+of\s+|(?:early|late|mid)"
    r"(?:\s+|-\s*)|(?:earlier|later)\s+(?:in\s+)?)"
)
_PART_OF_DAY = r"(?i:\s+(?:morning|afternoon|evening|night))"
_CLOCK = (
    r"(?:\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.m\.?|[AaPp][Mm]\b)|(?i:noon|midnight))"
    r"(?:\s+(?:[A-Z]{2,4}\b|(?i:local\s+time)))?"
)


# Every pattern contains one of these words; the patterns are only tried near them, which
# keeps a 1 MB article fast.
_TRIGGERS: dict[str, re.Pattern[str]] = {
    kind: re.compile(trigger)
    for kind, trigger in {
        "date": r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|\d{4}-\d\d-",
        "year": r"\b(?:1[89]|20)\d\d\b",
        "season": r"(?i)spring|summer|fall|autumn|winter",
        "weekday": r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day",
        "holiday": r"Christmas|New Year|Halloween|Thanksgiving|Valentine|Labor|Memorial|"
        r"Election|Boxing",
        "day_word": r"(?i)yesterday|today|tomorrow|tonight|overnight|night|morning|afternoon|eve",
        "unit": r"(?i)\b(?:day|morning|afternoon|evening|night|week|weekend|month|year)s?\b",
    }.items()
}
_TRIGGER_OF = {
    "date": "date",
    "month_day": "date",
    "month_year": "date",
    "month": "date",
    "year": "year",
    "season_year": "year",
    "season": "season",
    "weekday": "weekday",
    "holiday": "holiday",
    "day_word": "day_word",
    "unit": "unit",
    "ago": "unit",
    "after_event": "unit",
}


def _windows(text: str, trigger: re.Pattern[str]) -> list[tuple[int, int]]:
    """Stretches of text around the words that a pattern needs."""
    windows: list[tuple[int, int]] = []
    for match in trigger.finditer(text):
        a, b = max(0, match.start() - 60), min(len(text), match.end() + 40)
        if windows and a <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], b))
        else:
            windows.append((a, b))
    return windows


def _pattern(kind: str, pattern: str) -> tuple[str, re.Pattern[str]]:
    return kind, re.compile(pattern)


# Each pattern has a kind (how to resolve it) and named groups (the parts to read). Where a
# pattern needs a word before the expression that is not part of it ("until July"), the
# expression itself is the group "x".
PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # "Tuesday, Nov. 19, 2024", "November 18, 2024", "3 March 2025", "2024-11-18"
    _pattern(
        "date",
        rf"(?:\b(?P<lead>{_LEAD_DAY})\s+)?(?:(?P<weekday>{_WEEKDAY_ANY}),?\s+)?(?:(?i:the)\s+)?"
        rf"\b(?P<month>{_MONTH})\s+(?P<day>{_DAY})(?:,\s*|\s+)(?P<year>{_YEAR})",
    ),
    _pattern(
        "date",
        rf"(?:\b(?P<lead>{_LEAD_DAY})\s+)?(?:(?P<weekday>{_WEEKDAY_ANY}),?\s+)?(?:(?i:the)\s+)?"
        rf"\b(?P<day>{_DAY})\s+(?:(?i:of)\s+)?(?P<month>{_MONTH}),?\s+(?P<year>{_YEAR})",
    ),
    _pattern("date", rf"\b(?P<year>{_YEAR})-(?P<month>0[1-9]|1[0-2])-(?P<day>[0-3]\d)\b"),
    # "Nov. 18", "3 March", "Monday, Nov. 10", "the 3rd of March"
    _pattern(
        "month_day",
        rf"(?:\b(?P<lead>{_LEAD_DAY})\s+)?(?:(?P<weekday>{_WEEKDAY_ANY}),?\s+)?"
        rf"\b(?P<month>{_MONTH})\s+(?P<day>{_DAY})\b",
    ),
    _pattern(
        "month_day",
        rf"(?:\b(?P<lead>{_LEAD_DAY})\s+)?(?:(?P<weekday>{_WEEKDAY_ANY}),?\s+)?(?:(?i:the)\s+)?"
        rf"\b(?P<day>{_DAY})\s+(?:(?i:of)\s+)?(?P<month>{_MONTH})",
    ),
    # "March 2025", "in May 2023", "early March 2025", "in March of 2025"
    _pattern(
        "month_year",
        rf"(?:\b(?P<lead>{_LEAD})\s+)?(?P<edge>{_EDGE})?\b(?P<month>{_MONTH}),?\s+"
        rf"(?:(?i:of)\s+)?(?P<year>{_YEAR})",
    ),
    # "in 2019", "early 2024", "the end of 2023", "since 2019" (the expression is "2019")
    _pattern(
        "year",
        rf"(?:\b(?P<pre>{_PRE})\s+)?(?P<x>(?:\b(?P<lead>{_LEAD})\s+)?(?P<edge>{_EDGE})?"
        rf"\b(?P<year>{_YEAR}))(?!-\d|\s*(?:%|percent\b))",
    ),
    # "the summer of 2023", "spring 2024"
    _pattern(
        "season_year",
        rf"(?:\b(?P<lead>{_LEAD})\s+)?(?:(?i:the)\s+)?\b(?P<season>(?i:spring|summer|fall|autumn|"
        rf"winter))(?:\s+(?i:of))?\s+(?P<year>{_YEAR})",
    ),
    # "last August", "in March", "in late September", "the end of June", "until July"
    _pattern(
        "month",
        rf"(?:\b(?P<pre>{_PRE})\s+)?(?P<x>(?:\b(?P<lead>{_LEAD})\s+)?(?:\b(?P<which>{_WHICH})\s+)?"
        rf"(?P<edge>{_EDGE})?\b(?P<month>{_MONTH_NAME}))\b(?!\s+\d)",
    ),
    # "last summer", "this spring", "in the autumn"
    _pattern(
        "season",
        rf"(?:\b(?P<lead>{_LEAD})\s+)?(?:\b(?P<which>{_WHICH})|(?:\b(?i:the)))\s+"
        r"(?P<season>(?i:spring|summer|fall|autumn|winter))\b(?!\s+(?i:of)\b)",
    ),
    # "on Tuesday", "early Wednesday", "next Monday", "on Monday night", "overnight Tuesday"
    _pattern(
        "weekday",
        rf"(?:\b(?P<lead>{_LEAD_DAY})\s+)?(?:\b(?P<which>{_WHICH}|(?i:early|late|earlier|later|"
        rf"overnight|the\s+following|the\s+previous|the\s+preceding))\s+(?:(?i:on)\s+)?)?"
        rf"\b(?P<weekday>{_WEEKDAY})\b(?:{_PART_OF_DAY})?",
    ),
    # "on Christmas Day", "by Thanksgiving", "last Halloween"
    _pattern(
        "holiday",
        rf"(?:\b(?P<lead>{_LEAD_DAY})\s+)?(?:\b(?P<which>{_WHICH})\s+)?\b(?P<holiday>"
        r"Christmas(?:\s+(?:Day|Eve))?|New\s+Year['\u2019]s(?:\s+(?:Day|Eve))?|Halloween|"
        r"Thanksgiving(?:\s+Day)?|Valentine['\u2019]s\s+Day|Labor\s+Day|Memorial\s+Day|"
        r"Election\s+Day|Boxing\s+Day)\b",
    ),
    # "yesterday", "today", "tomorrow", "tonight", "overnight", "last night", "this morning"
    _pattern(
        "day_word",
        r"(?i:\b(?:(?P<edge>earlier|later)\s+)?(?P<word>yesterday|today|tomorrow|tonight|"
        r"overnight|last\s+night|this\s+(?:morning|afternoon|evening))\b)"
        rf"(?:{_PART_OF_DAY})?",
    ),
    # "last week", "earlier this year", "next month", "the end of the year", "late last year"
    _pattern(
        "unit",
        rf"(?:\b(?P<lead>{_LEAD})\s+)?(?P<edge>{_EDGE})?(?:\b(?P<which>{_WHICH})|\b(?i:the))\s+"
        r"(?i:(?P<unit>week|weekend|month|year))\b",
    ),
    # "two days ago", "a year ago"
    _pattern("ago", rf"(?i:\b(?P<n>{_NUMBER})\s+(?P<unit>day|week|month|year)s?\s+ago\b)"),
    # "a day earlier", "two weeks later", "three days before." (counted from another event)
    _pattern(
        "after_event",
        rf"(?i:\b(?P<n>{_NUMBER})\s+(?P<unit>day|week|month|year)s?\s+(?P<dir>earlier|later|"
        r"afterwards?|(?:before|after|prior)(?=\s*[,.;:)\u201d\"]|\s*$)))",
    ),
    # "the next day", "the following week", "that day", "later that day"
    _pattern(
        "after_event",
        r"(?i:\b(?:(?P<edge>earlier|later)\s+)?(?:the\s+(?P<dir>next|following|previous|"
        r"preceding|same)|(?P<that>that))\s+(?P<unit>day|morning|afternoon|evening|night|"
        r"week|month|year)\b)",
    ),
    # "the day before", "the night after"
    _pattern(
        "after_event",
        r"(?i:\bthe\s+(?P<unit>day|night)\s+(?P<dir>before|after)(?=\s*[,.;:)\u201d\"]|\s*$))",
    ),
)

# Durations say how long, not when: "for three weeks", "over a few weeks", "48 hours",
# "a three-day summit". None of the patterns above matches them; this one is for the lesson.
DURATION = re.compile(
    rf"(?i:\b(?:for|over|during|within|throughout)\s+(?:the\s+(?:past|last|next|coming)\s+)?"
    rf"(?:{_NUMBER}|a\s+few|several|many)\s+(?:hours?|days?|weeks?|months?|years?)\b"
    r"|\b\d+\s+(?:hours?|days?|weeks?|months?|years?)\b"
    r"|\b(?:one|two|three|four|five|six|seven|ten|\d+)-(?:hour|day|week|month|year)\b)"
)


# ---------------------------------------------------------------------------------------------
# 2. Finding the expressions


@dataclass(frozen=True)
class Mention:
    """A time expression as found: its words, where it is (raw offsets), its kind and parts."""

    text: str
    start: int
    end: int
    kind: str
    parts: tuple[tuple[str, str], ...] = ()
    reach: int = -1  # where the phrase starts with a word that is not part of it ("until")

    def part(self, name: str) -> str:
        """One named part, lower-case with single spaces ("" when absent)."""
        value = dict(self.parts).get(name, "")
        return " ".join(value.casefold().split())


def find_time_expressions(span: Span) -> list[Mention]:
    """Every time expression in a span of text, in reading order; the longest wins an overlap.

    >>> text = "He left on Tuesday, a day earlier than planned, not for three weeks."
    >>> [m.text for m in find_time_expressions(Span(text, 0, len(text)))]
    ['on Tuesday', 'a day earlier']
    """
    text = span.text
    candidates: list[tuple[int, int, str, dict[str, str], int]] = []
    windows = {name: _windows(text, trigger) for name, trigger in _TRIGGERS.items()}
    for kind, pattern in PATTERNS:
        spans = windows[_TRIGGER_OF[kind]]
        for match in (m for a, b in spans for m in pattern.finditer(text, a, b)):
            if _is_a_name(kind, text, match):
                continue
            found = {k: v for k, v in match.groupdict().items() if v}
            parts = dict(found)
            start, end = match.span("x") if "x" in found else match.span()
            candidates.append((start, end, kind, parts, match.start()))
    candidates.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    mentions: list[Mention] = []
    for start, end, kind, parts, reach in candidates:
        if mentions and start < mentions[-1].end - span.start:
            continue
        start, end = _with_clock_time(text, start, end, kind, parts)
        window = max(0, start - 24)
        before = re.search(rf"\b{_PRE}\s+$", text[window:start])
        if before:  # "since Monday": the preposition goes with the expression, outside it
            reach = min(reach, window + before.start())
        mention = Mention(
            text[start:end],
            span.start + start,
            span.start + end,
            kind,
            tuple(parts.items()),
            span.start + min(reach, start),
        )
        mentions.append(mention)
    return [m for m in mentions if not _is_duration(text, m.start - span.start, m)]


_FUNCTION_WORDS = frozenset(
    "and but or in on at to into as after before when while with from near across along around "
    "the a an that which said says than for of by".split()
)


def _is_a_name(kind: str, text: str, match: re.Match[str]) -> bool:
    """Weekdays and day words inside names are not dates: "Super Tuesday", "USA Today"."""
    if kind in ("day_word", "season", "holiday") and (
        kind != "day_word" or match.group("word").casefold() == "overnight"
    ):  # "an overnight shift", "the winter break", "Christmas shopping" are no dates
        following = re.match(r"\s+([a-z]+)", text[match.end() :])
        if following and following.group(1) not in _FUNCTION_WORDS:
            return True
    if kind == "day_word":
        return text[max(0, match.start() - 4) : match.start()].casefold() == "usa "
    if kind == "unit":  # "the year" alone is no date; "the end of the year" or "last year" is
        return not (match.group("which") or match.group("edge")) and (
            match.group("unit").casefold() != "weekend"
        )
    if kind in ("month", "year"):  # "May" and "2019" need a word that makes them a date
        return not any(
            match.group(g) for g in ("pre", "lead", "edge", "which") if g in match.groupdict()
        )
    if kind == "after_event":  # "the same day care center"
        return (
            re.match(r"[\s-]+(?i:care|trip|job|shift|pass|school|camp|club)\b", text[match.end() :])
            is not None
        )
    if kind != "weekday":
        return False
    start, end = match.span("weekday")
    before = text[max(0, start - 20) : start]
    if re.search(r"(?i)\b(?:every|each)\s+$", before):
        return True  # "every Tuesday" is a habit, not a date
    if match.group("lead") or match.group("which"):
        return False
    named_before = re.search(
        r"\b(?:Super|Black|Good|Ash|Cyber|Holy|Easter|Palm|Fat|Shrove|Bloody|Maundy)\s$", before
    )
    named_after = re.match(
        r"\s(?:Times|Telegraph|Mirror|Express|Post|Herald|Independent|Observer|Tribune|"
        r"Journal|Mail|People|Magazine|Edition|Review|Club|League|Football|Sun|Star)\b",
        text[end : end + 20],
    )
    return bool(named_before or named_after)


def _is_duration(text: str, start: int, mention: Mention) -> bool:
    """ "for the last week" says how long, not when ("last week" alone is a date)."""
    before = text[max(0, start - 14) : start].casefold()
    return (
        mention.kind == "unit"
        and mention.part("which") in ("last", "this past")
        and re.search(r"\b(?:for|over|during|throughout|within|in)\s+(?:the\s+)?$", before)
        is not None
    )


def _with_clock_time(text: str, start: int, end: int, kind: str, parts: dict[str, str]) -> tuple:
    """Widen a day to take in its clock time: "at 9 a.m. Thursday" is one expression."""
    if kind not in ("date", "month_day", "weekday", "day_word"):
        return start, end
    window = max(0, start - 40)
    left = re.search(rf"(?:\b(?i:at)\s+)?\b{_CLOCK}\s+(?:(?i:on)\s+)?$", text[window:start])
    if left and (parts.get("lead") or "on").casefold() == "on":
        return window + left.start(), end
    right = re.match(rf",?\s+(?i:at|around|about)\s+{_CLOCK}", text[end:])
    return start, end + (right.end() if right else 0)


# ---------------------------------------------------------------------------------------------
# 3. The sentence around an expression: its clause, its tense, what happened


@dataclass(frozen=True)
class _Sentence:
    """A sentence of the story, the part it is in and its words with part-of-speech tags."""

    span: Span
    part: str  # "headline", "dek", "caption" or "body"
    paragraph: int | None
    number: int  # counts sentences within the part
    # Tagged words of every sentence text already read in this article, shared by its
    # sentences: a text that comes back (a repeated line, a wire paragraph) is tagged once.
    seen: dict[str, _Shape] = field(default_factory=dict, compare=False, repr=False)

    @cached_property
    def words(self) -> list[tuple[Span, str]]:
        shape = self.seen.get(self.span.text)
        if shape is None:
            shape = self.seen[self.span.text] = _tagged_shape(self.span.text)
        start = self.span.start
        return [(Token(word, start + a, start + b), tag) for word, a, b, tag in shape]


_Shape = tuple[tuple[str, int, int, str], ...]  # (word, start, end, tag), offsets in the sentence


def _tagged_shape(text: str) -> _Shape:
    """The words of a sentence with Penn Treebank tags, lightly corrected for news English.

    NLTK's tagger often reads a past tense right after its subject as a participle ("forces
    launched/VBN") and a present tense after a plural as a base form ("schools reopen/VB").
    Offsets count from the start of the sentence.

    >>> _tagged_shape("Forces launched drones.")[1]
    ('launched', 7, 15, 'VBD')
    """
    from lessons.nlp import tag_words

    tokens = split_words(Span(text, 0, len(text)))[:400]  # a 1 MB run-on is not read to the end
    if not tokens:
        return ()
    tags = [tag for _, tag in tag_words([t.text for t in tokens])]
    for i in range(1, len(tags)):
        if tags[i] == "VBN" and tags[i - 1] in ("NN", "NNS", "NNP", "NNPS", "PRP"):
            tags[i] = "VBD"
        elif tags[i] == "VB" and tags[i - 1] in ("NNS", "NNPS", "PRP"):
            following = tags[i + 1] if i + 1 < len(tags) else "."
            if not following.startswith(("VB", "MD")):
                tags[i] = "VBP"
    return tuple((t.text, t.start, t.end, tag) for t, tag in zip(tokens, tags, strict=True))


def _story_sentences(article: Article) -> list[_Sentence]:
    """The sentences of the headline, dek, caption and body, in reading order.

    A dateline ("HARLOW CREEK, Ohio (AW) —") is not part of the first sentence.
    """
    by_paragraph: dict[int, list[Span]] = {}
    for sentence in article.sentences:
        by_paragraph.setdefault(sentence.paragraph, []).append(sentence)
    result: list[_Sentence] = []
    counts: dict[str, int] = {}
    seen: dict[str, _Shape] = {}
    for name, span in article.story_parts():
        part = name if name in ("headline", "dek", "caption") else "body"
        paragraph = getattr(span, "index", None) if part == "body" else None
        pieces = by_paragraph.get(paragraph, []) if part == "body" else split_sentences(span)
        for piece in pieces:
            start = piece.start
            if article.dateline is not None and start == article.dateline.start:
                start = article.dateline.end
                while start < piece.end and article.raw[start] in " \u00a0—–-:":
                    start += 1
            if start >= piece.end:
                continue
            number = counts.get(part, 0)
            counts[part] = number + 1
            text = article.raw[start : piece.end]
            result.append(_Sentence(Span(text, start, piece.end), part, paragraph, number, seen))
    return result


_CLAUSE_PUNCTUATION = frozenset(
    [",", ";", ":", "(", ")", "—", "–", "--", '"', "\u201c", "\u201d", "``", "''", "[", "]"]
)
_QUOTE_MARKS = frozenset(['"', "\u201c", "\u201d", "\u2018", "\u2019", "'", "``", "''"])
_SUBORDINATORS = frozenset(
    "after before when while because although though but whereas unless if until once "
    "since where whether".split()
)
_PAST_TAGS = frozenset(["VBD"])
_FINITE_TAGS = frozenset(["VBD", "VBZ", "VBP", "MD"])

Words = list[tuple[Span, str]]  # tokens of a sentence with their part-of-speech tags


def _is_boundary(word: str, tag: str) -> bool:
    """Punctuation and words that open a new clause: "that", "which", "after", "when"."""
    lower = word.casefold()
    return (
        word in _CLAUSE_PUNCTUATION
        or tag in ("WDT", "WP", "WRB")
        or (lower == "that" and tag in ("IN", "WDT"))
        or (lower in _SUBORDINATORS and tag in ("IN", "CC", "RB"))
    )


def _clauses(words: Words, protected: frozenset[int] = frozenset()) -> list[tuple[int, int]]:
    """Runs of word indexes between punctuation and words like "that", "after", "when".

    Words of time expressions (``protected``) never break a clause: "since Monday".
    """
    runs: list[tuple[int, int]] = []
    first = None
    for i, (token, tag) in enumerate(words):
        if i not in protected and _is_boundary(token.text, tag):
            if first is not None:
                runs.append((first, i))
            first = None if token.text in _CLAUSE_PUNCTUATION else i
        elif first is None:
            first = i
    if first is not None:
        runs.append((first, len(words)))
    return runs


def _is_finite(words: Words, i: int) -> bool:
    """A verb that makes a clause: "said", "says", "will"."""
    return words[i][1] in _FINITE_TAGS


def _overlaps(token: Span, mention: Mention) -> bool:
    """Is the token part of the expression (or of the preposition before it: "until July")?"""
    start = mention.start if mention.reach < 0 else mention.reach
    return token.start < mention.end and token.end > start


def _possessive(words: Words, i: int, mention: Mention) -> bool:
    """Is word ``i`` the 's of "Wednesday's vote"?"""
    if words[i][0].text in ("'s", "\u2019s"):
        return words[i][0].start == mention.end
    if words[i][0].text in ("'", "\u2019") and words[i][0].start == mention.end:
        return i + 1 < len(words) and words[i + 1][0].text == "s"
    return (
        words[i][0].text == "s"
        and i > 0
        and words[i - 1][0].text in ("'", "\u2019")
        and words[i - 1][0].start == mention.end
    )


def _belongs(words: Words, i: int, mention: Mention) -> bool:
    return _overlaps(words[i][0], mention) or _possessive(words, i, mention)


def _protected(words: Words, mentions: Sequence[Mention]) -> frozenset[int]:
    return frozenset(i for i in range(len(words)) if any(_belongs(words, i, m) for m in mentions))


def _clause_of(
    sentence: _Sentence, mention: Mention, mentions: Sequence[Mention] = ()
) -> tuple[int, int]:
    """The word range of the clause that says what happened at the time of ``mention``.

    An expression in a clause without a verb of its own ("On Tuesday, ...", "while in Laos on
    Wednesday") belongs to the neighbouring clause that has one.
    """
    words = sentence.words
    inside = {i for i, (t, _) in enumerate(words) if _overlaps(t, mention)}
    runs = _clauses(words, _protected(words, [mention, *mentions]))
    here = [k for k, (a, b) in enumerate(runs) if any(a <= i < b for i in inside)]
    if not here:
        return (min(inside), max(inside) + 1) if inside else (0, 0)
    low, high = here[0], here[-1]  # the expression's words never split a clause

    def finite(k_low: int, k_high: int) -> bool:
        return any(
            _is_finite(words, i)
            for k in range(k_low, k_high + 1)
            for i in range(*runs[k])
            if i not in inside
        )

    participle = next((i for i in range(runs[low][0], min(inside)) if words[i][1] == "VBN"), None)
    if not finite(low, high) and participle is not None and low > 0:
        before = runs[low - 1][1] - 1  # "the outbreak, first detected in March 2025"
        if before >= 0 and words[before][1].startswith("NN"):
            first = before
            while first > runs[low - 1][0] and words[first - 1][1] in (
                "NN",
                "NNS",
                "NNP",
                "NNPS",
                "JJ",
                "DT",
                "POS",
                "PRP$",
                "CD",
            ):
                first -= 1
            return (first, runs[high][1])
    after = max(inside) + 1
    opens = low == 0 and after < len(words) and words[after][0].text == ","

    def relative(k: int) -> bool:  # "..., that could remain": another clause's verb
        token, tag = words[runs[k][0]]
        return tag in ("WDT", "WP") or token.text.casefold() == "that"

    for direction in ("right", "left") if opens else ("left", "right"):
        while not finite(low, high):
            if direction == "left" and low > 0:
                low -= 1
            elif direction == "right" and high < len(runs) - 1 and not relative(high + 1):
                high += 1
            else:
                break
    return (runs[low][0], runs[high][1])


_STRONG_FUTURE = re.compile(
    r"(?i)\b(?:will|'ll|\u2019ll|shall|won't|won\u2019t|going\s+to|plans?\s+to|planned\s+(?:to|for)|"
    r"planning\s+to|intends?\s+to|aims?\s+to|hopes?\s+to|scheduled|slated|(?:is|are|was|were)\s+"
    r"due|set\s+to|expected|expects?|upcoming|next|coming|(?:is|are)\s+to)\b"
)
_WEAK_FUTURE = re.compile(
    r"\b(?:would(?!\s+have)|could(?!\s+have)|might|may|potential|possible|proposed|feared|"
    r"threat\s+of|warn(?:s|ed|ing)?\s+of)\b",
    re.IGNORECASE,
)


_PLANNED_WORDS = frozenset(
    "potential possible planned scheduled expected upcoming proposed feared threatened "
    "anticipated next".split()
)


def _tense_near(
    sentence: _Sentence, clause: tuple[int, int], mention: Mention, own: Words
) -> str | None:
    """The tense that governs an expression: a word like "potential" in its noun phrase
    ("a potential attack on November 20"), else the verb group nearest to it ("said on
    Wednesday it would publish" -> "said"), else the whole clause."""
    words = sentence.words
    starts = {t.start for t, _ in own}
    where = [i for i in range(*clause) if _overlaps(words[i][0], mention)]
    if not where:
        return _tense(own, sentence.part)
    first, last = where[0], where[-1]
    mine = [i for i in range(*clause) if words[i][0].start in starts]
    verbs_left = [i for i in mine if i < first and words[i][1].startswith(("VB", "MD"))]
    verbs_right = [i for i in mine if i > last and words[i][1].startswith(("VB", "MD"))]
    phrase_start = verbs_left[-1] + 1 if verbs_left else clause[0]
    between = {words[i][0].text.casefold() for i in range(phrase_start, first)}
    if between & _PLANNED_WORDS:
        return "would" if between & {"potential", "possible", "feared", "threatened"} else "future"
    verb = verbs_left[-1] if verbs_left else verbs_right[0] if verbs_right else None
    if verb is not None:
        low = high = verb
        while (
            low > clause[0]
            and words[low - 1][1] in ("MD", "RB", "TO")
            or (low > clause[0] and words[low - 1][1].startswith("VB"))
        ):
            low -= 1
        while high + 1 < clause[1] and (
            words[high + 1][1] in ("RB", "TO") or words[high + 1][1].startswith("VB")
        ):
            high += 1
        found = _tense(words[low : high + 1], sentence.part)
        if found is not None:
            return found
    return _tense(own, sentence.part)


def _tense(words: Words, part: str) -> str | None:
    """What the words say about time: "future" ("will", "is scheduled"), "would" (a weaker
    future: "would", "potential"), "past", "present", or None (no verb)."""
    text = " ".join(t.text for t, _ in words)
    if re.search(
        r"(?i)\b(?:was|were|had(?:\s+been)?)\s+(?:\w+\s+)?(?:expected|scheduled|set|due|slated|"
        r"planned|supposed|going)\b",
        text,
    ):
        return "would"  # a future seen from the past: "was expected to", "was due"
    if _STRONG_FUTURE.search(text):
        return "future"
    if (
        part == "headline"
        and re.search(r"(?i)\bto\s+\w", text)
        and not any(tag in _FINITE_TAGS for _, tag in words)
    ):
        return "future"  # headline style: "Council to Vote Tuesday"
    if _WEAK_FUTURE.search(text.replace("May ", "")):
        return "would"
    if any(tag in _PAST_TAGS for _, tag in words) or re.search(
        r"(?i)\b(?:has|have|had)\s+(?:\w+\s+)?\w+ed\b|\bago\b", text
    ):
        return "past"
    if any(
        tag in ("VBZ", "VBP") and t.text.casefold() not in SPEECH_VERBS | {"has", "have"}
        for t, tag in words
    ):
        return "present"
    return None


_MAX_WORDS = 12


def _summary(
    sentence: _Sentence,
    clause: tuple[int, int],
    mention: Mention,
    others: Sequence[Mention] = (),
    own: Words | None = None,
) -> str:
    """What happened then, in at most about 12 words: the clause, without time expressions.

    "Warnings were issued at the beginning of the year and around Independence Day last
    August" gives "Warnings were issued" for the first expression and "Warnings were issued
    around Independence Day" for the second. A clause that starts with its verb gets its
    subject back ("Smith, who resigned on Tuesday" -> "Smith resigned"); a bare "X said" gets
    what X said. Long clauses lose titles before names ("Defense Secretary"), phrases between
    subject and verb ("The embassy in Kyiv has ..."), then their tail at a phrase boundary.
    """
    words = sentence.words
    others = [m for m in others if m != mention]
    if own is None:
        own = _own_part(words, clause, mention, others)
    kept = _tidy(own)
    if not kept:
        return ""
    if kept[0][1].startswith(("VB", "MD")):
        protected = _protected(words, [mention, *others])
        kept = _subject_before(words, clause[0], protected) + kept
    kept = _name_for_pronoun(words, clause, kept)
    speech = [k for k, (t, _) in enumerate(kept) if t.text.casefold() in SPEECH_VERBS]
    if speech and _count(kept) <= 6 and _count(kept[speech[-1] + 1 :]) <= 2:
        said = _what_was_said(sentence, clause, [mention, *others], _MAX_WORDS - _count(kept))
        if said:
            return _join(kept) + ": " + said
    return _join(_shorten(kept, _MAX_WORDS))


def _own_part(
    words: Words, clause: tuple[int, int], mention: Mention, others: Sequence[Mention]
) -> Words:
    """The clause's words without time expressions, and without the parts joined by "and"
    that belong to another expression."""

    def label(i: int) -> str:
        if words[i][0].text in ("s", "'s", "\u2019s") and any(
            _possessive(words, i, m) for m in [mention, *others]
        ):
            return "the"  # "Wednesday's vote" -> "the vote"
        if _belongs(words, i, mention):
            return "own"
        if any(_belongs(words, i, m) for m in others):
            return "other"
        return "word"

    conjuncts: list[list[tuple[Span, str, str]]] = [[]]
    for i in range(*clause):
        token, tag = words[i]
        kind = label(i)
        if tag == "CC" and kind == "word" and token.text.casefold() in ("and", "or", "but"):
            conjuncts.append([])
        conjuncts[-1].append((token, tag, kind))
    merged: list[list[tuple[Span, str, str]]] = [conjuncts[0]]
    for conjunct in conjuncts[1:]:  # "Russia and Ukraine" is one phrase, not two conjuncts
        timed = any(x[2] != "word" for x in merged[-1])
        starts_verb = len(conjunct) > 1 and conjunct[1][1].startswith(("VB", "MD"))
        two_clauses = any(t in _FINITE_TAGS for _, t, _ in merged[-1]) and any(
            t in _FINITE_TAGS for _, t, _ in conjunct
        )
        if timed or starts_verb or two_clauses:
            merged.append(conjunct)
        else:
            merged[-1] = merged[-1] + conjunct
    conjuncts = merged
    mine = next((k for k, c in enumerate(conjuncts) if any(x[2] == "own" for x in c)), 0)

    def plain(conjunct: list[tuple[Span, str, str]]) -> Words:
        return [
            (Span("the", -1, -1), "DT") if kind == "the" else (t, tag)
            for t, tag, kind in conjunct
            if kind in ("word", "the")
        ]

    def has_verb(conjunct: list[tuple[Span, str, str]]) -> bool:
        return any(tag in _FINITE_TAGS for _, tag, kind in conjunct if kind != "own")

    own = plain(conjuncts[mine])
    if mine > 0 and own and own[0][1] == "CC":
        own = own[1:]
    if has_verb(conjuncts[mine]):
        if mine > 0 and own and own[0][1].startswith(("VB", "MD")):
            subject = []  # "The council met Monday and voted on Tuesday": "The council voted"
            for token, tag in plain(conjuncts[0]):
                if tag.startswith(("VB", "MD")):
                    break
                subject.append((token, tag))
            own = subject + own
        return own
    if mine > 0 and own and own[0][1].startswith("VB"):
        subject = []  # "Stores will close on Christmas Day and reopen the day after"
        for token, tag in plain(conjuncts[0]):
            if tag.startswith("VB"):
                break
            subject.append((token, tag))
        if subject:
            return subject + own
    left = [k for k in range(mine) if has_verb(conjuncts[k])]
    if left:
        return plain(conjuncts[left[-1]]) + own
    if any(x[2] == "other" for c in conjuncts for x in c):
        return own
    return [w for c in conjuncts for w in plain(c)]


def _tidy(words: Words) -> Words:
    """Without clause openers ("after", "that", "and") at the start or loose ends at the end."""
    while words and (
        _is_boundary(words[0][0].text, words[0][1])
        or words[0][1] in ("CC", ",")
        or not any(ch.isalnum() for ch in words[0][0].text)
    ):
        words = words[1:]
    while words and (
        not any(ch.isalnum() for ch in words[-1][0].text)
        or words[-1][1] in ("IN", "TO", "CC", "WDT", "WP", "WRB", "POS")
        or words[-1][0].text.casefold() in _DANGLING
    ):
        words = words[:-1]
    return words


_DANGLING = frozenset(
    "the a an this that these those its their his her our my your each every some any".split()
)


def _subject_before(words: Words, start: int, protected: frozenset[int] = frozenset()) -> Words:
    """Who did it, for a clause that starts with its verb: the noun phrase before it, past
    relative clauses ("The bridge, which carries 60,000 cars, will close") and preferring a
    name to a job description ("The agency's chief, Graham Tolliver, told"). After "and" it is
    the subject of the clause before ("The law was signed ..., and took effect ...")."""
    coordinated = start < len(words) and words[start][1] == "CC"
    candidates: list[Words] = []
    for a, b in reversed([r for r in _clauses(words, protected) if r[1] <= start]):
        run = words[a:b]
        if run[0][1] in ("WDT", "WP", "VBN", "VBG"):
            continue  # a relative clause or a participle about the subject: ", founded in 1902,"
        verbs = [k for k, (_, tag) in enumerate(run) if tag in _FINITE_TAGS]
        if verbs:
            if coordinated and not candidates:
                head = [(t, tag) for t, tag in run[: verbs[0]] if not tag.startswith("VB")]
                if any(tag.startswith(("NN", "PRP")) for _, tag in head):
                    return _tidy(head)
            break
        if run[0][0].text.casefold() in _SUBORDINATORS | {"that"}:
            break
        if any(tag.startswith("NN") for _, tag in run):
            candidates.append(run)
        else:
            break
    named = [run for run in candidates if any(tag in ("NNP", "NNPS") for _, tag in run)]
    chosen = named[-1] if named else candidates[-1] if candidates else []
    return _tidy(chosen)


_PRONOUNS = frozenset(["it", "they", "he", "she"])


def _name_for_pronoun(words: Words, clause: tuple[int, int], kept: Words) -> Words:
    """ "The State Department announced that it would close ..." -> "The State Department
    would close ...": a pronoun subject after a speech verb stands for the speaker."""
    if kept[0][0].text.casefold() not in _PRONOUNS or clause[0] < 2:
        return kept
    verb = clause[0] - 1
    if words[verb][0].text.casefold() == "that":
        verb -= 1
    if words[verb][0].text.casefold() not in SPEECH_VERBS:
        return kept
    name: Words = []
    for i in range(verb - 1, -1, -1):
        token, tag = words[i]
        if tag not in ("NNP", "NNPS", "NN", "NNS", "DT") and token.text != "U.S.":
            break
        name.insert(0, (token, tag))
    if not any(tag.startswith("NNP") for _, tag in name):
        return kept
    return name + kept[1:]


def _what_was_said(
    sentence: _Sentence, clause: tuple[int, int], mentions: Sequence[Mention], room: int
) -> str:
    """What a bare "X said" clause reports: the first words of the quote, else the reported
    clause after it ("said that ..."), else the statement before it ("..., X said")."""
    quoted = re.search(r"[\u201c\"\u2018]([^\u201d\"]{3,})", sentence.span.text)
    if quoted:
        said = quoted.group(1).rstrip("\u2019' ").split()
        text = " ".join(said[:room]).rstrip(",.;:")
        return "\u201c" + text + ("\u2026" if len(said) > room else "") + "\u201d"
    words = sentence.words
    after = words[clause[1] :]
    if after and after[0][0].text.casefold() == "that":
        after = after[1:]
    if after and after[0][0].text not in _CLAUSE_PUNCTUATION:
        content = after
    elif clause[0] > 0 and words[clause[0] - 1][0].text == ",":
        content = words[: clause[0] - 1]
    else:
        return ""
    offset = len(words) - len(content) if content is after else 0
    kept: Words = []
    for i, (token, tag) in enumerate(content):
        if any(_belongs(words, i + offset, m) for m in mentions):
            continue
        if not kept and tag.startswith("NN") and i and content[i - 1][0].text == "s":
            kept.append((Span("the", -1, -1), "DT"))  # "Wednesday's vote"
        kept.append((token, tag))
    content = _tidy(kept)
    content = _shorten(content, room)
    if not content:
        return ""
    text = _join(content)
    if content[0][0].text.casefold() in _LOWER_STARTS:
        text = text[:1].lower() + text[1:]
    return text


_LOWER_STARTS = frozenset(
    "the a an it its they their them he his she her we our there this that these those".split()
)


def _shorten(words: Words, limit: int) -> Words:
    """At most ``limit`` words: drop titles, then subject modifiers, then the tail."""
    for step in (_drop_asides, _drop_titles, _drop_subject_modifier, _cut_tail):
        if _count(words) <= limit:
            break
        words = step(words, limit)
    return words


def _count(words: Words) -> int:
    return sum(1 for t, _ in words if any(ch.isalnum() for ch in t.text))


def _join(words: Words) -> str:
    """The words as they stood in the raw text (their own spacing), first letter capitalised."""
    pieces: list[str] = []
    for i, (token, _) in enumerate(words):
        apart = i and words[i - 1][0].end != token.start
        if apart and token.text not in (",", ".", "'s", "\u2019s", ";", ":"):
            pieces.append(" ")
        pieces.append(token.text)
    text = "".join(pieces).strip()
    for mark, pair in (("\u201c", "\u201d"), ('"', '"'), ("(", ")")):
        if text.count(mark) != text.count(pair) or (mark == pair and text.count(mark) % 2):
            text = text.replace(mark, "").replace(pair, "")
    text = " ".join(text.split())
    return text[:1].upper() + text[1:]


def _drop_asides(words: Words, limit: int = _MAX_WORDS) -> Words:
    """Without ", which carries 60,000 cars," or ", according to the company,"."""
    out: Words = []
    i = 0
    while i < len(words):
        token, tag = words[i]
        nxt = words[i + 1] if i + 1 < len(words) else None
        aside = (
            token.text == ","
            and nxt is not None
            and (nxt[1] in ("WDT", "WP") or nxt[0].text.casefold() == "according")
        )
        if aside:
            j = i + 1
            while j < len(words) and words[j][0].text != ",":
                j += 1
            i = j  # the closing comma is kept only if the sentence goes on
            if i < len(words):
                i += 1
            continue
        out.append((token, tag))
        i += 1
    return out


def _drop_titles(words: Words, limit: int = _MAX_WORDS) -> Words:
    """ "Defense Secretary Lloyd Austin" -> "Lloyd Austin" (the name is enough in a summary)."""
    out: Words = []
    i = 0
    while i < len(words):
        j = i
        while j < len(words) and words[j][0].text[:1].isupper():
            j += 1
        run = words[i:j]
        titles = [k for k, (t, _) in enumerate(run[:-1]) if t.text.casefold() in TITLES]
        if titles and all(tag == "NNP" for _, tag in run[titles[-1] + 1 :]):
            out.extend(run[titles[-1] + 1 :])
        else:
            out.extend(run)
        out.extend(words[j : j + 1])
        i = j + 1
    return out


def _drop_subject_modifier(words: Words, limit: int = _MAX_WORDS) -> Words:
    """ "The embassy in Kyiv has received" -> "The embassy has received"."""
    verb = next((k for k, (_, tag) in enumerate(words) if tag in _FINITE_TAGS), None)
    if verb is None:
        return words
    for k in range(1, verb):
        if words[k][1] == "IN" and words[k - 1][1].startswith("NN"):
            if words[verb - 1][1].startswith(("NN", "CD", "PRP")):
                return words[:k] + words[verb:]
            return words
    return words


def _cut_tail(words: Words, limit: int = _MAX_WORDS) -> Words:
    """Cut at the last phrase boundary that keeps at most ``limit`` words and the verb."""
    verb = next((k for k, (_, tag) in enumerate(words) if tag.startswith(("VB", "MD"))), 0)
    best = None
    for k in range(verb + 2, len(words)):
        if _count(words[:k]) > limit:
            break
        if words[k][1] in ("IN", "TO", "CC", "WDT", ",") or words[k][0].text == ",":
            best = k
    if best is None:
        cut: Words = []
        for token in words:
            if _count(cut) >= limit:
                break
            cut.append(token)
        return _tidy(cut)
    return _tidy(words[:best])


# ---------------------------------------------------------------------------------------------
# 4. Resolving an expression to a date


def _shift(day: dt.date, amount: int, unit: str) -> dt.date:
    """A date moved by whole days, weeks, months or years (the 31st becomes the month's last)."""
    if unit in ("day", "morning", "afternoon", "evening", "night"):
        return day + dt.timedelta(days=amount)
    if unit in ("week", "weekend"):
        return day + dt.timedelta(weeks=amount)
    months = day.year * 12 + day.month - 1 + (amount * 12 if unit == "year" else amount)
    year, month = divmod(months, 12)
    if not 1 <= year <= 9999:
        return day
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def _nearest(choices: Iterable[When], published: dt.date, ahead: bool | None) -> When:
    """Of several readings, the one a news reader would take: the nearest to publication,
    in the past unless the sentence looks ahead."""
    options = sorted(choices)
    if ahead is True:  # a week of slack: "will close from March 3" written on March 6
        later = [w for w in options if w.last_day >= published - dt.timedelta(days=7)]
        return later[0] if later else options[-1]
    if ahead is False:
        earlier = [w for w in options if w.first_day <= published]
        return earlier[-1] if earlier else options[0]

    def distance(w: When) -> tuple[int, int]:
        if w.first_day <= published <= w.last_day:
            return (0, 0)
        gap = (
            (w.first_day - published).days
            if w.first_day > published
            else (published - w.last_day).days
        )
        return (gap, 1 if w.first_day > published else 0)

    return min(options, key=distance)


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _month_number(name: str) -> int:
    return MONTHS.get(name.casefold().rstrip("."), 0)


def _day_number(text: str) -> int:
    return int(re.sub(r"\D", "", text) or 0)


def _week_of(day: dt.date) -> When:
    """A week as a month: the month of its Thursday (the ISO rule for weeks across months)."""
    return When.of(day - dt.timedelta(days=day.weekday()) + dt.timedelta(days=3), "month")


def resolve(
    mention: Mention,
    published: dt.date | None,
    anchor: When | None = None,
    ahead: bool | None = None,
    story_year: int | None = None,
) -> When | None:
    """The date an expression points to, or None when the text does not pin it down.

    ``published`` is the publication date; ``anchor`` the date of the event just described (for
    "a day earlier"); ``ahead`` whether the sentence looks ahead (True), back (False) or cannot
    say (None); ``story_year`` a year stated nearby, for dates written without one.

    >>> m = find_time_expressions(Span("on Tuesday", 0, 10))[0]
    >>> str(resolve(m, dt.date(2024, 11, 20))), str(resolve(m, dt.date(2024, 11, 20), ahead=True))
    ('2024-11-19', '2024-11-26')
    """
    kind = mention.kind
    if kind == "date":
        day = _safe_date(
            int(mention.part("year")),
            int(mention.part("month"))
            if mention.part("month").isdigit()
            else _month_number(mention.part("month")),
            _day_number(mention.part("day")),
        )
        return When.of(day) if day else None
    if kind == "month_year":
        month = _month_number(mention.part("month"))
        return When(int(mention.part("year")), month) if month else None
    if kind in ("year", "season_year"):
        return _with_edge(When(int(mention.part("year"))), mention)
    if kind == "month_day":
        return _resolve_month_day(mention, published, ahead, story_year)
    if kind == "holiday":
        return _resolve_holiday(mention, published, ahead, story_year)
    if kind == "month":
        return _resolve_month(mention, published, ahead, story_year)
    if kind == "after_event":
        return _resolve_after_event(mention, published, anchor)
    if published is None:
        return None
    if kind == "weekday":
        return _resolve_weekday(mention, published, ahead, anchor)
    if kind == "day_word":
        word = mention.part("word")
        shift = {"yesterday": -1, "tomorrow": 1, "last night": -1}.get(word, 0)
        return When.of(published + dt.timedelta(days=shift))
    if kind == "unit":
        return _resolve_unit(mention, published, ahead)
    if kind == "ago":
        unit = mention.part("unit")
        amount = NUMBERS.get(mention.part("n"), 0) or _day_number(mention.part("n"))
        precision = {"day": "day", "week": "day", "month": "month", "year": "year"}[unit]
        return When.of(_shift(published, -amount, unit), precision)
    if kind == "season":
        return _resolve_season(mention, published, ahead)
    return None


def _yearly_readings(
    date_in: Callable[[int], dt.date | None], published: dt.date | None, story_year: int | None
) -> list[When]:
    """The day a yearless date ("Nov. 18", "Thanksgiving") falls on in the candidate years.

    The story's own year when the text gives one; otherwise the years around publication, for
    the caller to choose the nearest. No publication date and no story year: no reading.
    """
    if story_year is not None:
        years = [story_year]
    elif published is not None:
        years = [published.year - 1, published.year, published.year + 1]
    else:
        years = []
    return [When.of(day) for year in years if (day := date_in(year))]


def _resolve_month_day(
    mention: Mention, published: dt.date | None, ahead: bool | None, story_year: int | None
) -> When | None:
    month, day = _month_number(mention.part("month")), _day_number(mention.part("day"))
    readings = _yearly_readings(lambda year: _safe_date(year, month, day), published, story_year)
    if story_year is not None or not readings:
        return readings[0] if story_year is not None and readings else None
    weekday = mention.part("weekday").rstrip(".")
    if weekday in WEEKDAYS:  # "Tuesday, Nov. 19": the weekday says which year
        fitting = [w for w in readings if w.first_day.weekday() == WEEKDAYS[weekday]]
        readings = fitting or readings
    return _nearest(readings, published, ahead) if readings else None


def holiday_date(name: str, year: int) -> dt.date | None:
    """The date of a holiday a news story may name without a date (US rules where they differ).

    >>> holiday_date("Thanksgiving", 2024), holiday_date("Christmas Eve", 2024)
    (datetime.date(2024, 11, 28), datetime.date(2024, 12, 24))
    """
    name = " ".join(name.replace("\u2019", "'").split()).casefold()
    fixed = {
        "christmas": (12, 25),
        "christmas day": (12, 25),
        "christmas eve": (12, 24),
        "boxing day": (12, 26),
        "new year's": (1, 1),
        "new year's day": (1, 1),
        "new year's eve": (12, 31),
        "halloween": (10, 31),
        "valentine's day": (2, 14),
    }
    if name in fixed:
        return dt.date(year, *fixed[name])

    def nth(month: int, weekday: int, n: int) -> dt.date:  # n = -1: the last one
        if n > 0:
            first = dt.date(year, month, 1)
            return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
        last = dt.date(year, month, calendar.monthrange(year, month)[1])
        return last - dt.timedelta(days=(last.weekday() - weekday) % 7)

    rules = {
        "thanksgiving": lambda: nth(11, 3, 4),
        "thanksgiving day": lambda: nth(11, 3, 4),
        "labor day": lambda: nth(9, 0, 1),
        "memorial day": lambda: nth(5, 0, -1),
        "election day": lambda: nth(11, 0, 1) + dt.timedelta(days=1),
    }
    return rules[name]() if name in rules else None


def _resolve_holiday(
    mention: Mention, published: dt.date | None, ahead: bool | None, story_year: int | None
) -> When | None:
    name = dict(mention.parts).get("holiday", "")
    readings = _yearly_readings(lambda year: holiday_date(name, year), published, story_year)
    if story_year is not None or not readings:
        return readings[0] if story_year is not None and readings else None
    which = mention.part("which")
    if which in ("last", "this past"):
        return max((w for w in readings if w.first_day < published), default=None)
    if which in ("next", "this coming"):
        return min((w for w in readings if w.first_day > published), default=None)
    return _nearest(readings, published, ahead) if readings else None


def _resolve_month(
    mention: Mention, published: dt.date | None, ahead: bool | None, story_year: int | None
) -> When | None:
    month = _month_number(mention.part("month"))
    which = mention.part("which")
    if story_year is not None and not which:
        return When(story_year, month)
    if published is None:
        return None
    readings = [When(year, month) for year in range(published.year - 1, published.year + 2)]
    this_month = When(published.year, published.month)
    if which in ("last", "this past"):
        return max(w for w in readings if w < this_month)
    if which in ("next", "this coming"):
        return min(w for w in readings if w > this_month)
    if which == "this":
        return When(published.year, month)
    return _nearest(readings, published, ahead)


def _resolve_weekday(
    mention: Mention, published: dt.date, ahead: bool | None, anchor: When | None = None
) -> When:
    weekday = WEEKDAYS[mention.part("weekday")]
    which = mention.part("which")
    if which.startswith("the "):  # "the following Monday" counts from the event just described
        base = anchor.first_day if anchor is not None else published
        if which == "the following":
            return When.of(base + dt.timedelta(days=(weekday - base.weekday()) % 7 or 7))
        return When.of(base - dt.timedelta(days=(base.weekday() - weekday) % 7 or 7))
    back = (published.weekday() - weekday) % 7  # days back to the latest such day
    if which in ("next", "this coming"):
        return When.of(published + dt.timedelta(days=(weekday - published.weekday()) % 7 or 7))
    if which in ("last", "this past"):
        return When.of(published - dt.timedelta(days=back or 7))
    if ahead:
        return When.of(published + dt.timedelta(days=(weekday - published.weekday()) % 7))
    return When.of(published - dt.timedelta(days=back))


def _resolve_unit(mention: Mention, published: dt.date, ahead: bool | None) -> When:
    unit, which = mention.part("unit"), mention.part("which")
    step = {"last": -1, "this past": -1, "next": 1, "this coming": 1}.get(which, 0)
    if unit == "weekend":
        saturday = published - dt.timedelta(days=(published.weekday() - 5) % 7)
        if step > 0 or (ahead and not step and published.weekday() < 5):
            saturday += dt.timedelta(weeks=1)
        elif step < 0 and published.weekday() >= 5:
            saturday -= dt.timedelta(weeks=1)
        return When.of(saturday, "month")
    day = _shift(published, step, unit)
    if unit == "week":
        return _week_of(day)
    return _with_edge(When.of(day, "month" if unit == "month" else "year"), mention)


def _with_edge(when: When, mention: Mention) -> When:
    """ "the beginning of the year" is its first month, "the end of last year" its last one."""
    edge = mention.part("edge")
    if when.precision != "year" or " of" not in edge or "quarter" in edge:
        return when
    if re.search(r"\b(?:beginning|start|first)\b", edge):
        return When(when.year, 1)
    if re.search(r"\b(?:end|last)\b", edge):
        return When(when.year, 12)
    return when


def _resolve_after_event(
    mention: Mention, published: dt.date | None, anchor: When | None
) -> When | None:
    unit = mention.part("unit")
    direction = mention.part("dir")
    if mention.part("that") or direction == "same":
        amount = 0
    elif direction in ("next", "following", "later", "after", "afterward", "afterwards"):
        amount = 1
    else:
        amount = -1
    if mention.part("n"):
        amount *= NUMBERS.get(mention.part("n"), 0) or _day_number(mention.part("n"))
    base = anchor or (When.of(published) if published else None)
    if base is None:
        return None
    precision_of_unit = {"month": "month", "year": "year"}.get(unit, "day")
    order = ("day", "month", "year")
    precision = max(base.precision, precision_of_unit, key=order.index)
    return When.of(_shift(base.first_day, amount, unit), precision)


def _resolve_season(mention: Mention, published: dt.date, ahead: bool | None) -> When:
    months = SEASONS[mention.part("season")]
    which = mention.part("which")
    if which in ("last", "this past"):
        return When(published.year if published.month > months[-1] else published.year - 1)
    if which in ("next", "this coming"):
        return When(published.year if published.month < months[0] else published.year + 1)
    return When(published.year)


def _leans(mention: Mention) -> bool | None:
    """Whether the words themselves point ahead ("tomorrow", "next") or back ("last")."""
    words = f"{mention.part('which')} {mention.part('word')} {mention.part('edge')} " + (
        mention.part("edge2")
    )
    if mention.kind == "ago" or re.search(r"\b(?:last|past|yesterday|earlier)\b", words):
        return False
    if re.search(r"\b(?:next|coming|tomorrow|tonight|later)\b", words):
        return True
    return None


def _status(
    when: When | None, published: dt.date | None, tense: str | None, lean: bool | None, part: str
) -> str:
    """ "past" or "planned": a date before publication is past; otherwise the words decide
    ("will", "is scheduled", "potential" are planned; a past tense is past), then the calendar,
    then the expression itself ("tomorrow", "next week")."""
    known = when is not None and published is not None
    if known and when.last_day < published:
        return "past"
    if tense in ("future", "would"):
        return "planned"
    if tense == "past":
        return "past"
    if known and when.first_day > published:
        return "planned"
    if lean is not None:
        return "planned" if lean else "past"
    return "planned" if tense == "present" and part == "body" else "past"


# ---------------------------------------------------------------------------------------------
# 5. When was the story published?

_NUMERIC_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")


def infer_published(article: Article, given: dt.date | None = None) -> PublishedDate:
    """The publication date: the one given, else one read from the article, else unknown.

    In order: the date given; the date line under the byline ("Published March 5, 2025"); a
    dateline with a date ("KYIV, Nov. 20 -"); the story's own dates, when a weekday it
    mentions falls on a date it gives ("November 20" and "Wednesday" in 2024).
    """
    if given is not None:
        return PublishedDate(given, "given")
    mentions = _story_mentions(article)
    years = _years_in(article, mentions)
    unsure = ""
    for name, span in (("date line", article.date_line), ("dateline", article.dateline)):
        if span is not None:
            found = _date_in_line(span, years)
            if found:
                return PublishedDate(found, f"inferred: the {name} reads '{span.text}'")
            if find_time_expressions(span):
                unsure = f"the {name} '{span.text}' gives no year; "
    published = _published_from_story(mentions, years)
    if published.date is None and unsure:
        return PublishedDate(None, "unknown: " + unsure + published.source[len("unknown: ") :])
    return published


def _years_in(article: Article, mentions: Sequence[tuple[Mention, _Sentence]]) -> list[int]:
    """Years the article states: in full dates, month-years, "in 2024", a "© 2024" footer."""
    years = {int(m.part("year")) for m, _ in mentions if m.part("year").isdigit()}
    for line in article.boilerplate:
        years.update(
            int(y)
            for y in re.findall(r"(?:©|\(c\)|copyright)\s*(\d{4})\b", line.text, re.IGNORECASE)
        )
    return sorted(years)


def _date_in_line(span: Span, years: list[int]) -> dt.date | None:
    for mention in find_time_expressions(span):
        when = resolve(mention, None)
        if when and when.precision == "day":
            return when.first_day
        if mention.kind == "month_day" and years:
            readings = [
                d
                for y in reversed(years)
                if (
                    d := _safe_date(
                        y, _month_number(mention.part("month")), _day_number(mention.part("day"))
                    )
                )
            ]
            weekday = mention.part("weekday").rstrip(".")
            fitting = [
                d for d in readings if weekday not in WEEKDAYS or d.weekday() == WEEKDAYS[weekday]
            ]
            if fitting:
                return fitting[0]
    numeric = _NUMERIC_DATE.search(span.text)
    if numeric:
        first, second, year = (int(g) for g in numeric.groups())
        month, day = (second, first) if first > 12 else (first, second)
        return _safe_date(year, month, day)
    return None


def _bare(mention: Mention) -> str:
    """The expression without its leading "on", "in" or "at": "November 20"."""
    return re.sub(r"^(?i:on|in|at)\s+", "", mention.text)


def _published_from_story(
    mentions: Sequence[tuple[Mention, _Sentence]], years: list[int]
) -> PublishedDate:
    weekdays: dict[int, str] = {}
    for mention, _ in mentions:
        if mention.kind == "weekday":
            weekdays.setdefault(WEEKDAYS[mention.part("weekday")], mention.part("weekday"))
    pins: list[tuple[dt.date, str, str]] = []
    full_dates: list[tuple[dt.date, str]] = []
    for mention, _ in mentions:
        if mention.kind not in ("date", "month_day"):
            continue
        month, day = _month_number(mention.part("month")), _day_number(mention.part("day"))
        if mention.part("month").isdigit():
            month = int(mention.part("month"))
        own = mention.part("weekday").rstrip(".")
        candidates = [int(mention.part("year"))] if mention.kind == "date" else years
        for year in reversed(candidates):
            found = _safe_date(year, month, day)
            if found is None:
                continue
            if mention.kind == "date" and not own:
                full_dates.append((found, _bare(mention)))
            if own in WEEKDAYS and found.weekday() == WEEKDAYS[own]:
                pins.append((found, _bare(mention), ""))
                break
            if found.weekday() in weekdays:
                pins.append((found, _bare(mention), weekdays[found.weekday()].capitalize()))
                break
    if pins:
        day, text, weekday = max(pins)
        why = (
            f"'{text}' and '{weekday}' fall on the same day, {day.isoformat()}"
            if weekday
            else f"'{text}' names its own weekday, and it fits: {day.isoformat()}"
        )
        return PublishedDate(day, f"inferred: {why}")
    if full_dates and weekdays:
        latest, text = max(full_dates)
        days = [latest + dt.timedelta(days=(w - latest.weekday()) % 7) for w in weekdays]
        day = max(days)
        names = " and ".join(f"'{weekdays[w].capitalize()}'" for w in sorted(weekdays))
        return PublishedDate(
            day,
            f"inferred: the weekdays {names} fall in the week after '{text}'; "
            f"the latest is {day.isoformat()}",
        )
    return PublishedDate(
        None,
        "unknown: no date given, no date line, and no weekday in the story fits one of its dates",
    )


# ---------------------------------------------------------------------------------------------
# 6. The timeline


def _mentions_in(span: Span, seen: dict[str, list[Mention]]) -> list[Mention]:
    """:func:`find_time_expressions`, reading each distinct text once: ``seen`` keeps the
    expressions of every text already read, with offsets counted from its start."""
    found = seen.get(span.text)
    if found is None:
        found = seen[span.text] = find_time_expressions(Span(span.text, 0, len(span.text)))
    if span.start == 0:
        return list(found)
    return [_moved(m, span.start) for m in found]


def _moved(mention: Mention, by: int) -> Mention:
    """The same expression ``by`` characters further on in the raw text."""
    return replace(
        mention, start=mention.start + by, end=mention.end + by, reach=mention.reach + by
    )


@lru_cache(maxsize=16)
def _story_mentions(article: Article) -> tuple[tuple[Mention, _Sentence], ...]:
    """Every time expression of the story parts with the sentence it is in."""
    sentences = _story_sentences(article)
    starts = [s.span.start for s in sentences]
    found: list[tuple[Mention, _Sentence]] = []
    dateline = article.dateline
    seen: dict[str, list[Mention]] = {}  # a repeated paragraph is read once
    for _, span in article.story_parts():
        for mention in _mentions_in(span, seen):
            if dateline is not None and dateline.start <= mention.start < dateline.end:
                continue  # "KYIV, Nov. 20 -": when the story was filed, not a story event
            k = bisect.bisect_right(starts, mention.start) - 1
            if k >= 0:
                found.append((mention, sentences[k]))
    return tuple(found)


@dataclass(frozen=True)
class _Dated:
    """An event already on the timeline: its date, its sentence, whether a year was written."""

    when: When
    sentence: _Sentence
    written_year: bool


def build_timeline(article: Article, published: dt.date | None) -> list[Event]:
    """Every time expression of the story, resolved to a date, in reading order.

    Only the headline, dek, caption and body are read (a date in a "Related:" link or the
    footer is not part of the story). Relative expressions count from ``published``, or from
    the event just described ("a day earlier"); without a publication date only the dates the
    text spells out are resolved.
    """
    events: list[Event] = []
    dated: list[_Dated] = []  # events with a date, to anchor the ones that follow
    mentions = _story_mentions(article)
    in_sentence: dict[_Sentence, list[Mention]] = {}
    for mention, sentence in mentions:
        in_sentence.setdefault(sentence, []).append(mention)
    for mention, sentence in mentions:
        others = [m for m in in_sentence[sentence] if m != mention]
        clause = _clause_of(sentence, mention, others)
        own = _own_part(sentence.words, clause, mention, others)
        tense = _tense_near(sentence, clause, mention, own)
        ahead = _looks_ahead(tense, sentence.part, mention.kind)
        counted = mention.kind == "after_event" or mention.part("which").startswith("the ")
        anchor = _anchor(dated, sentence) if counted else None
        story_year = _year_in_sentence(dated, sentence, published, ahead)
        if mention.kind == "after_event" and anchor is None and published is None:
            when = None
        else:
            when = resolve(mention, published, anchor, ahead, story_year)
        if when is not None:
            written = mention.kind in ("date", "month_year", "year", "season_year")
            dated.append(_Dated(when, sentence, written))
        events.append(
            Event(
                expression=mention.text,
                date=None if when is None else str(when),
                event=_summary(sentence, clause, mention, others, own),
                status=_status(when, published, tense, _leans(mention), sentence.part),
                paragraph=sentence.paragraph,
                start=mention.start,
                end=mention.end,
            )
        )
    return events


def _looks_ahead(tense: str | None, part: str, kind: str) -> bool | None:
    """Which way to read a date the text leaves open: ahead (True), back (False), or the
    nearest (None). A weekday is read ahead after "would" too ("said it would vote Monday"),
    and after a present tense in the body ("Schools reopen on Monday")."""
    if tense == "future":
        return True
    if tense == "past":
        return False
    if kind == "weekday" and (tense == "would" or (tense == "present" and part == "body")):
        return True
    return None


def _year_in_sentence(
    dated: list[_Dated], sentence: _Sentence, published: dt.date | None, ahead: bool | None
) -> int | None:
    """A year written earlier in the same sentence: "In 2019, the council voted on March 5"
    (not for what lies ahead, and never a year after publication)."""
    if not dated or ahead:
        return None
    last = dated[-1]
    if last.sentence != sentence or not last.written_year:
        return None
    if published is not None and last.when.year > published.year:
        return None
    return last.when.year


def _anchor(dated: list[_Dated], sentence: _Sentence) -> When | None:
    """The date "a day earlier" counts from: the event just described, in this sentence or the
    one before; failing that, the last dated event of the same or the previous paragraph."""
    if not dated:
        return None
    last = dated[-1]
    if last.sentence.part != sentence.part:
        return None
    if sentence.number - last.sentence.number in (0, 1):
        return last.when
    here, there = sentence.paragraph, last.sentence.paragraph
    if here is not None and there is not None and here - there <= 1:
        return last.when
    return None


# ---------------------------------------------------------------------------------------------
# 7. Views: a chart, a CSV table, a TimelineJS3 story

# Okabe & Ito's palette: colours that people with any common colour-vision deficiency can
# tell apart. Past and planned also differ by marker shape, so the chart survives greyscale.
PAST_COLOUR, PLANNED_COLOUR, BASELINE_COLOUR = "#0072B2", "#D55E00", "#999999"
CSV_COLUMNS = ("date", "expression", "event", "status", "paragraph", "start", "end")


def to_csv(events: Iterable[Event]) -> str:
    """The timeline as a CSV table (one row per expression, in reading order).

    >>> print(to_csv([Event("on Tuesday", "2024-11-19", "Council voted", "past", 3, 10, 20)]))
    date,expression,event,status,paragraph,start,end
    2024-11-19,on Tuesday,Council voted,past,3,10,20
    <BLANKLINE>
    """
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for event in events:
        writer.writerow({k: v for k, v in event.to_dict().items() if k in CSV_COLUMNS})
    return buffer.getvalue()


def timeline_table(events: Iterable[Event], order: str = "reading") -> str:
    """The timeline as a plain-text table, in reading order or by ``order="date"``.

    >>> print(timeline_table([Event("on Tuesday", "2024-11-19", "Council voted", "past", 3, 0, 9)]))
    date        status  paragraph  expression  event
    2024-11-19  past    3          on Tuesday  Council voted
    """
    events = list(events)
    if order == "date":
        undated = [e for e in events if parse_when(e.date) is None]
        events = [e for _, e in _sorted_dated(events)] + undated
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


def _sorted_dated(events: Iterable[Event]) -> list[tuple[When, Event]]:
    dated = []
    for event in events:
        when = parse_when(event.date)
        if when is not None:
            dated.append((when, event))
    return sorted(dated, key=lambda pair: (pair[0].first_day, pair[1].start))


def parse_when(value: str | None) -> When | None:
    """ "2024-11-19", "2024-11" or "2024" as a :class:`When` (None for anything else)."""
    match = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value or "")
    if not match:
        return None
    year, month, day = (int(g) if g else None for g in match.groups())
    try:
        dt.date(year, month or 1, day or 1)
    except ValueError:
        return None
    return When(year, month, day)


def to_timelinejs(events: Iterable[Event], title: Span | str | None = None) -> dict[str, object]:
    """The timeline in TimelineJS3's JSON format (https://timeline.knightlab.com/docs/json-format.html).

    Month and day are left out when the text gives only a month or a year; expressions without
    a date are left out. Past and planned events go into two groups (two rows on the timeline).

    >>> events = [Event("last August", "2024-08", "Warnings issued", "past", 9, 0, 11)]
    >>> to_timelinejs(events)["events"][0]["start_date"]
    {'year': '2024', 'month': '8'}
    """
    events = list(events)
    headline = str(title).strip() if title is not None and str(title).strip() else "Timeline"
    slides = []
    for when, event in _sorted_dated(events):
        start_date = {"year": str(when.year)}
        if when.month is not None:
            start_date["month"] = str(when.month)
        if when.day is not None:
            start_date["day"] = str(when.day)
        where = (
            "the headline, dek or caption"
            if event.paragraph is None
            else f"paragraph {event.paragraph}"
        )
        slides.append(
            {
                "start_date": start_date,
                "text": {
                    "headline": event.event or event.expression,
                    "text": f"\u201c{event.expression}\u201d ({where}; {event.status})",
                },
                "group": event.status,
                "unique_id": f"event-{event.start}",
            }
        )
    undated = sum(1 for e in events if parse_when(e.date) is None)
    summary = f"{len(slides)} dated events found in the story"
    if undated:
        summary += f"; {undated} expressions could not be dated and are left out"
    return {"title": {"text": {"headline": headline, "text": summary}}, "events": slides}


def _label(when: When, event: Event, width: int = 30) -> str:
    """ "2024-11-19" over the event, wrapped to two short lines ("≈" marks a month or year)."""
    import textwrap

    lines = textwrap.wrap(event.event or event.expression, width) or [event.expression]
    if len(lines) > 2:
        lines = [lines[0], textwrap.shorten(" ".join(lines[1:]), width, placeholder="\u2026")]
    approx = "" if when.precision == "day" else "\u2248 "
    return "\n".join([f"{approx}{when}", *lines])


def plot_timeline(events: Iterable[Event], ax: Axes | None = None) -> Figure:
    """A timeline chart for a memo: one marker per dated event, labels that do not overlap.

    Past events are blue circles, planned ones vermilion diamonds (Okabe-Ito colours); an
    event known only to the month or year is drawn as a bar over that month or year and its
    label starts with "≈". Returns the matplotlib Figure.
    """
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    events = list(events)
    dated = _sorted_dated(events)
    if ax is None:
        fig, ax = plt.subplots(figsize=(11, 5), layout="constrained")
    else:
        fig = ax.figure
    ax.set_yticks([])
    for side in ("left", "right", "top"):
        ax.spines[side].set_visible(False)
    undated = len(events) - len(dated)
    title = "Timeline of the story"
    if undated:
        title += f" ({undated} expression{'s' if undated > 1 else ''} without a date not shown)"
    ax.set_title(title, loc="left", fontsize=11)
    if not dated:
        ax.text(0.5, 0.5, "No dated events", ha="center", va="center", transform=ax.transAxes)
        ax.set_xticks([])
        return fig

    first = min(w.first_day for w, _ in dated)
    last = max(w.last_day for w, _ in dated)
    pad = max(2, (last - first).days // 20)
    ax.set_xlim(first - dt.timedelta(days=pad), last + dt.timedelta(days=pad))
    ax.axhline(0, color=BASELINE_COLOUR, linewidth=1, zorder=1)

    texts = []
    for when, event in dated:
        colour = PLANNED_COLOUR if event.status == "planned" else PAST_COLOUR
        middle = when.first_day + (when.last_day - when.first_day) / 2
        if when.precision != "day":
            ax.plot(
                [when.first_day, when.last_day],
                [0, 0],
                color=colour,
                linewidth=8,
                alpha=0.35,
                solid_capstyle="butt",
                zorder=2,
            )
        ax.plot(
            [middle],
            [0],
            marker="D" if event.status == "planned" else "o",
            markersize=8,
            color=colour,
            markerfacecolor=colour if when.precision == "day" else "white",
            zorder=3,
            linestyle="none",
        )
        texts.append(
            (
                middle,
                colour,
                ax.text(
                    middle, 0, _label(when, event), fontsize=8, ha="center", va="bottom", zorder=4
                ),
            )
        )
    _stagger(fig, ax, texts)

    ax.xaxis.set_major_locator(mdates.AutoDateLocator(minticks=3, maxticks=8))
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(ax.xaxis.get_major_locator()))
    ax.legend(
        handles=[
            Line2D([], [], marker="o", color=PAST_COLOUR, linestyle="none", label="past"),
            Line2D([], [], marker="D", color=PLANNED_COLOUR, linestyle="none", label="planned"),
            Patch(color=BASELINE_COLOUR, alpha=0.5, label="\u2248 known only to the month/year"),
        ],
        loc="upper left",
        bbox_to_anchor=(0, -0.12),
        ncols=3,
        frameon=False,
        fontsize=8,
    )
    return fig


def _stagger(fig: Figure, ax: Axes, texts: list) -> None:
    """Put labels on levels above and below the line so that no two overlap.

    Each label takes the first level (1, -1, 2, -2, ...) where it clears the labels already
    there, measured in pixels as drawn; a stem joins it to its marker.
    """
    renderer = fig.canvas.get_renderer()
    levels: dict[int, list[tuple[float, float]]] = {}
    placed: list[tuple[object, int]] = []
    for x, colour, text in texts:
        box = text.get_window_extent(renderer)
        left, right = box.x0 - 4, box.x1 + 4
        ax_box = ax.get_window_extent(renderer)
        if left < ax_box.x0:
            text.set_horizontalalignment("left")
            left, right = box.x0 + box.width / 2 - 4, box.x1 + box.width / 2 + 4
        elif right > ax_box.x1:
            text.set_horizontalalignment("right")
            left, right = box.x0 - box.width / 2 - 4, box.x1 - box.width / 2 + 4
        level = 1
        while any(a < right and left < b for a, b in levels.get(level, [])):
            level = -level if level > 0 else -level + 1
        levels.setdefault(level, []).append((left, right))
        placed.append((text, level))
        ax.plot([x, x], [0, level], color=colour, linewidth=0.8, alpha=0.6, zorder=1)
    height = max(abs(level) for _, level in placed)
    for text, level in placed:
        text.set_y(level)
        text.set_verticalalignment("bottom" if level > 0 else "top")
    ax.set_ylim(-height - 1, height + 1)
    size = fig.get_size_inches()
    fig.set_size_inches(size[0], max(size[1], 1.6 + 0.75 * (2 * height + 2)))
