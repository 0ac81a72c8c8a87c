"""Step 1: find the time expressions of a story ("Nov. 18", "on Tuesday", "a day earlier").

News English writes dates in a few dozen ways. Each way is a regular expression
(:mod:`~lessons.timeline.patterns`) with a *kind* (how step 2 resolves it) and named groups
(the parts step 2 reads: ``month``, ``day``, ``which`` ...). The names of months, weekdays,
seasons and holidays come from word lists in ``lessons/vocab/timeline_*.txt``, which a teacher
can read and extend.

Business calendar: a company's fiscal year is read as the calendar year of the same number
("fiscal 2019" is 2019; "the current fiscal year", "the fiscal year" and "the full year" are the
year of publication) unless the story's own dates say otherwise; the kit does not guess where
a fiscal year starts. For the same reason "by year-end" is a year, not December: the year of
publication, or the year before it when the year-end lies behind ("since year-end", a past
tense). "The end of the year" is written out and keeps its month (December).

Also found: year ranges as two years ("2009-2010", "1957-58"), the second day of a pair
("April 24 and 25"), years read aloud in broadcast transcripts ("nineteen ninety-six"), months
of a named year ("June last year"), clock times and parts of a day standing alone ("at 7 p.m.",
"by late afternoon": the day just described, :mod:`~lessons.timeline.time_of_day`), a holiday
and the date beside it ("Labor Day, Sept. 4": one expression,
:mod:`~lessons.timeline.holiday_pairs`), and events named by a noun ("two days after the
grounding"). A comparison is no date: "a month earlier than usual".

>>> text = "He left on Tuesday; a day earlier, the talks had failed."
>>> [(m.text, m.kind) for m in find_time_expressions(Span(text, 0, len(text)))]
[('on Tuesday', 'weekday'), ('a day earlier', 'after_event')]
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from lessons.article import Article, Span
from lessons.document import StorySentence, read_document
from lessons.timeline.holiday_pairs import dates_its_holiday, holidays_with_dates, with_its_date
from lessons.timeline.not_dates import is_no_date
from lessons.timeline.patterns import PATTERNS, Mention, trigger_windows
from lessons.timeline.time_of_day import with_clock_time, with_clock_times
from lessons.timeline.words import (
    COUNTED_FROM,
    DAY_WORD_ORDINAL,
    DAY_WORDS,
    EVENT_DAYS,
    HOLIDAY,
    HOLIDAYS,
    MONTH_NAME,
    ORDINALS,
    PRE,
    SEASON,
    SEASONS,
    WEEKDAY,
    either,
    full_names,
    starts_like,
)

# Every pattern contains one of these words; the patterns are only tried near them, which
# keeps a 1 MB article fast.
_MONTH_STEMS = dict.fromkeys(  # "Nov", and "NOV" in a heading
    stem for name in full_names("timeline_months") for stem in (name[:3], name[:3].upper())
)
_LAST_DAY_WORDS = [words.split()[-1] for words in DAY_WORDS]  # "night" of "last night"
_TRIGGERS: dict[str, re.Pattern[str]] = {
    kind: re.compile(trigger)
    for kind, trigger in {
        "date": rf"\b(?:{'|'.join(_MONTH_STEMS)})|\d{{4}}-\d\d-|\d/\d{{1,2}}/\d{{4}}",
        "year": r"\b(?:1\d|20)\d\d\b|\s['\u2019]\d\d\b",
        # (every pattern finds these words after a word boundary: "\b" and the look-ahead of
        # their first letters only make the search quicker)
        "season": rf"(?i)\b{starts_like(SEASONS)}{SEASON}",
        "weekday": WEEKDAY,
        "holiday": rf"\b{starts_like(HOLIDAYS)}{HOLIDAY}"
        r"|\b(?:Labour|May|August|Waitangi|Anzac|MLK)\s+(?:long\s+|2-4\s+|[Tt]wo-[Ff]our\s+)?[Ww]eekend\b"
        r"|\bCup\s+[Ww]eek\b"
        r"|\bTwelfth\b|\b[Bb]ank\s+[Hh]oliday\b",
        "day_word": rf"(?i)\b{starts_like(_LAST_DAY_WORDS)}{either(_LAST_DAY_WORDS)}",
        "unit": r"(?i)\b(?:day|morning|afternoon|evening|night|week|weekend|fortnight|month|year|"
        r"season|hour|minute|decade|century|centuries)s?\b|\bmid-?week\b|\bmid-?year\b",
        "spoken": r"(?i)\b(?:eighteen|nineteen|twenty|thousand)\b"
        r"|(?i:fifty|sixty|seventy|eighty|ninety)-[a-z]",
        "election": rf"(?i)\b(?:election|polling|voting|{'|'.join(EVENT_DAYS)})\s+"
        r"(?:day|morning|night)\b|\bday\s+of\s+the\s",
        "ordinal": rf"(?i)\b{starts_like([*ORDINALS, *'0123456789'])}"
        rf"(?:(?:3[01]|[12]\d|[1-9])(?:st|nd|rd|th)|{DAY_WORD_ORDINAL})\b",
        # the last word of a count of time: "two days ago", "a week later", "ten years on:"
        "counted": r"(?i)\b(?:ago|now|earlier|later|afterwards?)\b"
        r"|\b(?:before|after|prior)(?=\s*[,.;:)\u201d\"]|\s*$)|\bon(?=\s*[,:\u2014\u2013]|\s*$)"
        r"|\b(?:day|week)s?\s+after\s",  # ", a day after the union rejected it"
    }.items()
}
_TRIGGER_OF = {
    "date": "date",
    "numeric_date": "date",
    "month_day": "date",
    "week_of": "date",
    "month_year": "date",
    "month": "date",
    "year": "year",
    "year_range": "year",
    "season_year": "year",
    "spoken_year": "spoken",
    "year_end": "unit",
    "season": "season",
    "weekday": "weekday",
    "holiday": "holiday",
    "day_word": "day_word",
    "unit": "unit",
    "ago": "counted",
    "in_time": "unit",
    "counted": "counted",
    "after_event": "unit",
    "event_anchor": "unit",
    "event_day": "election",
    "short_year": "year",
    "nth_weekday": "date",
    "day_of_month": "ordinal",
}


# patterns resolved like another kind ("counted": a count of time before "earlier" or "later",
# found near those words only; "in_time": "in three weeks", resolved like "three weeks from now")
_KIND_OF = {"short_year": "year", "counted": "after_event", "in_time": "ago"}


# ---------------------------------------------------------------------------------------------
# Finding the expressions


def find_time_expressions(span: Span) -> list[Mention]:
    """Every time expression in a span of text, in reading order; the longest wins an overlap.

    A comparison ("a day earlier than planned") and a duration ("for three weeks") are no dates:

    >>> text = "He left on Tuesday, a day earlier than planned, not for three weeks."
    >>> [m.text for m in find_time_expressions(Span(text, 0, len(text)))]
    ['on Tuesday']
    """
    text = span.text
    candidates: list[tuple[int, int, str, dict[str, str], int]] = []
    windows = {name: trigger_windows(text, trigger) for name, trigger in _TRIGGERS.items()}
    for kind, pattern in PATTERNS:
        spans = windows[_TRIGGER_OF[kind]]
        if not spans:  # most paragraphs have no word a pattern needs
            continue
        for match in (m for a, b in spans for m in pattern.finditer(text, a, b)):
            if is_no_date("after_event" if kind == "counted" else kind, text, match):
                continue
            found = {k: v for k, v in match.groupdict().items() if v}
            if kind == "year_range":
                candidates.extend(_range_years(match))
                continue
            parts = dict(found)
            if kind == "holiday" and parts["holiday"] == "Twelfth":  # "the Twelfth": the
                parts.setdefault("held", "parades")  # parades' day, a Monday after a Sunday 12th
            if kind == "holiday" and "weekend_year" in parts:  # "the August bank holiday
                parts["year"] = parts.pop("weekend_year")  # weekend in 2024": that year's
            if kind == "holiday" and "part_year" in parts:  # "on Christmas morning in 2023"
                parts["year"] = parts.pop("part_year")
            if kind == "holiday" and parts["holiday"] in _SHORT_HOLIDAYS:  # "Labour Weekend",
                parts["holiday"] = _SHORT_HOLIDAYS[parts["holiday"]]  # "the May long weekend"
            if kind == "short_year":  # "in '87": a year, in the nearer century
                parts["year"] = ("19" if int(parts["short"]) > 30 else "20") + parts["short"]
            start, end = match.span("x") if "x" in found else match.span()
            if kind == "month" and parts.get("lead", "").casefold() == "at" and "edge" not in parts:
                del parts["lead"]  # "plans rights issue at May AGM": "at" is the meeting's
                start = match.start("which") if "which" in parts else match.start("month")
            candidates.append((start, end, _KIND_OF.get(kind, kind), parts, match.start()))
    candidates.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    mentions: list[Mention] = []
    for start, end, kind, parts, reach in candidates:
        if mentions and start < mentions[-1].end - span.start:
            if dates_its_holiday(mentions[-1], kind, parts, span.start + end):
                mentions[-1] = with_its_date(mentions[-1], text, span.start, end, kind, parts)
            continue
        start, end = with_clock_time(text, start, end, kind, parts)
        shifted = COUNTED_FROM.search(text, max(0, start - 40), start)
        if shifted and (shifted.group("dir2") or shifted.group("n")):  # "a week from Saturday",
            lasting = _LASTING.search(text, max(0, shifted.start() - 8), shifted.start())
            shifted = None if lasting else shifted  # but "for four days from Friday", "to close
            # for 10 days after Thanksgiving Monday": a length, from the day named
        if shifted and kind in ("date", "month_day", "weekday", "holiday", "day_word"):
            parts.update(_counted_from(shifted))  # "the Friday after Thanksgiving", "the day
            # before yesterday", "a week from today": one expression
            start = shifted.start()
            while mentions and mentions[-1].start - span.start >= start:
                mentions.pop()  # "Friday" is part of it now
        window = max(0, start - 24)
        before = re.search(rf"\b{PRE}\s+$", text[window:start])
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
    mentions = [m for m in mentions if not _is_duration(text, m.start - span.start, m)]
    mentions = _with_listed_months(text, span.start, mentions)
    return with_clock_times(text, span.start, holidays_with_dates(text, span.start, mentions))


# "strikes in July, August and on 3 October", "in March, April, May and June": the months of
# a list after the first, each its own entry
_LISTED_MONTHS = re.compile(
    rf"\b(?i:in)\s+{MONTH_NAME}(?P<list>(?:,\s+{MONTH_NAME})+(?=,?\s+(?:and|or)\s)"
    rf"(?:,?\s+(?:and|or)\s+{MONTH_NAME}\b)?)"
)
_A_MONTH = re.compile(MONTH_NAME)


def _with_listed_months(text: str, offset: int, mentions: list[Mention]) -> list[Mention]:
    """Add the months of a list that follow its first ("in July, August and September")."""
    found = []
    for listed in _LISTED_MONTHS.finditer(text):
        for month in _A_MONTH.finditer(text, listed.start("list"), listed.end("list")):
            a, b = offset + month.start(), offset + month.end()
            if not any(m.start < b and a < m.end for m in mentions):
                found.append(Mention(month.group(0), a, b, "month", (("month", month.group(0)),)))
    return sorted(mentions + found, key=lambda m: m.start) if found else mentions


def _range_years(match: re.Match[str]) -> list[tuple[int, int, str, dict[str, str], int]]:
    """ "2009-2010" and "1957-58" as two years, each its own expression (none if not a range)."""
    first, second = match.group("year"), match.group("year2")
    last = int(second) if len(second) == 4 else int(first[:2] + second)
    if not int(first) < last <= int(first) + 100:
        return []
    return [
        (*match.span("year"), "year", {"year": first, "lead": "range"}, match.start()),
        (*match.span("year2"), "year", {"year": str(last), "lead": "range"}, match.start("year2")),
    ]


# A long weekend named by a shorter word: the holiday whose weekend it is
_SHORT_HOLIDAYS = {
    "Labour": "Labour Day",
    "May": "Victoria Day",
    "August": "Civic Holiday",
    "Twelfth": "Twelfth of July",
    "Waitangi": "Waitangi Day",
    "Anzac": "Anzac Day",
    "MLK": "MLK Day",  # "plows ready for MLK weekend storm"
    "Cup": "Melbourne Cup",  # "Cup week": the week of Melbourne Cup Day
}
_LASTING = re.compile(r"(?i)\b(?:for|over|within|during)\s+$")


def _counted_from(match: re.Match[str]) -> dict[str, str]:
    """The parts of a day counted from another: which way, in what unit, how many."""
    if match.group("eve"):  # "the eve of Veterans Day": the day before it
        return {"shift_dir": "before", "shift_unit": "day", "shift_n": "1"}
    unit = (
        match.group("unit")
        or match.group("weekday")
        or match.group("units")
        or match.group("units2")
    )
    return {
        "shift_dir": (match.group("dir") or match.group("dir2")).casefold(),
        "shift_unit": unit.casefold().rstrip("s") if not match.group("weekday") else unit,
        "shift_n": match.group("n") or match.group("n2") or "1",
    }


def _is_duration(text: str, start: int, mention: Mention) -> bool:
    """ "for the last week" says how long, not when ("last week" alone is a date, and so is
    "during last week's cold snap": the week of an event, though "for last year's quarter"
    compares figures)."""
    before = text[max(0, start - 14) : start].casefold()
    end = start + len(mention.text)
    of_an_event = text[end : end + 2] in ("'s", "\u2019s") and not before.endswith("for ")
    return (
        mention.kind == "unit"
        and not of_an_event
        and mention.part("which") in ("last", "this past")
        and re.search(r"\b(?:for|over|during|throughout|within|in)\s+(?:the\s+)?$", before)
        is not None
    )


# ---------------------------------------------------------------------------------------------
# The expressions of a story, each with its sentence


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
    reach = mention.reach + by if mention.reach >= 0 else -1  # -1: no word before it
    return replace(mention, start=mention.start + by, end=mention.end + by, reach=reach)


@lru_cache(maxsize=16)
def story_mentions(article: Article) -> tuple[tuple[Mention, StorySentence], ...]:
    """Every time expression of the headline, dek, caption and body, with its sentence.

    A date in the dateline ("KYIV, Nov. 20 -"), the date line or a caption's photo credit is left
    out: it says when the story or the photo was filed, not when something happened (the
    timeline adds the dateline's date as its own entry, see :mod:`~lessons.timeline.dateline`).
    """
    document = read_document(article)
    found: list[tuple[Mention, StorySentence]] = []
    seen: dict[str, list[Mention]] = {}  # a repeated paragraph is read once
    line = article.date_line  # (a transcript's "March 10, 1998" between its header lines,
    # left in the body: the page's date, no event)
    for _, span in article.story_parts():
        for mention in _mentions_in(span, seen):
            if line is not None and line.start <= mention.start < line.end:
                continue
            sentence = document.sentence_at(mention.start)
            if sentence is not None:
                found.append((mention, sentence))
    return tuple(found)
