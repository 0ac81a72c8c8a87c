"""Step 1: find the time expressions of a story ("Nov. 18", "on Tuesday", "a day earlier").

News English writes dates in a few dozen ways. Each way is a regular expression with a *kind*
(how step 2 resolves it) and named groups (the parts step 2 reads: ``month``, ``day``,
``which`` ...). The names of months, weekdays, seasons and holidays come from word lists in
``lessons/vocab/timeline_*.txt``, which a teacher can read and extend.

Business calendar: a company's fiscal year is read as the calendar year of the same number
("fiscal 2019" is 2019; "the current fiscal year", "the fiscal year" and "the full year" are the
year of publication) unless the story's own dates say otherwise; the kit does not guess where
a fiscal year starts. For the same reason "by year-end" is a year, not December: the year of
publication, or the year before it when the year-end lies behind ("since year-end", a past
tense). "The end of the year" is written out and keeps its month (December).

Also found: year ranges as two years ("2009-2010", "1957-58"), the second day of a pair
("April 24 and 25"), years read aloud in broadcast transcripts ("nineteen ninety-six"), months
of a named year ("June last year"), clock times and parts of a day standing alone ("at 7 p.m.",
"by late afternoon": the day just described), and events named by a noun ("two days after the
grounding"). A comparison is no date: "a month earlier than usual".

>>> text = "He left on Tuesday; a day earlier, the talks had failed."
>>> [(m.text, m.kind) for m in find_time_expressions(Span(text, 0, len(text)))]
[('on Tuesday', 'weekday'), ('a day earlier', 'after_event')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from lessons.article import Article, Span
from lessons.article.words import opens_a_sentence
from lessons.document import StorySentence, read_document
from lessons.timeline.not_dates import is_no_date
from lessons.timeline.timetables import AFTER_A_SCHEDULE, BEFORE_A_SCHEDULE
from lessons.timeline.words import (
    CLOCK,
    COUNTED_FROM,
    DAY,
    DAY_WORD,
    DAY_WORD_ORDINAL,
    DAY_WORDS,
    DETERMINER,
    EACH_DAY_AFTER,
    EDGE,
    EVENT_DAYS,
    EVENT_NOUN,
    EVENT_NOUNS,
    HOLIDAY,
    HOLIDAYS,
    HOUR24,
    LEAD,
    LEAD_DAY,
    MONTH,
    MONTH_NAME,
    MOVED_FROM,
    NUMBER,
    ONES,
    ORDINALS,
    PART_OF_DAY,
    PRE,
    SEASON,
    SEASONS,
    SPOKEN_YEAR,
    WEATHER,
    WEEKDAY,
    WEEKDAY_ANY,
    WEEKDAYS,
    WHICH,
    WHICH_THAT,
    YEAR,
    either,
    full_names,
    minute_of_day,
    over_midnight,
    same_day_end,
    starts_like,
)

_PERIOD_NOUN = r"(?:period|quarter|months|half|season|window)\b"  # "the April-June period"

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
        "spoken": r"(?i)\b(?:eighteen|nineteen|thousand)\b",
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


# a holiday named with its country: "U.S. Thanksgiving" (see lessons.timeline.country)
_NATION = r"(?:U\.S\.|US|American|Canadian)"

# "6 February next year", "on March 3 this year": the year counted from publication
THIS_YEAR = r"(?:\s+(?P<rel>(?i:this|last|next|that))\s+(?i:year)\b)?"  # "3 October that year"


# the first clock time of a range: "9", "9.30", "4pm", "noon"
_CLOCK_FROM = r"(?:\d{1,2}(?:[:.]\d{2})?(?:\s*(?:[ap]\.m\.?|[AaPp][Mm]\b))?|(?i:noon))"

# not the "later" of a count: "start three hours later on Saturday" is "on Saturday"
_NO_COUNT_BEFORE = r"(?<!hours\s)(?<!hour\s)(?<!minutes\s)(?<!days\s)(?<!weeks\s)"
# "the evening of July 2", "on the night of Oct. 18, 2024": one expression, the day's
_PART_OF = r"(?:(?i:the\s+(?:morning|afternoon|evening|night)\s+of)\s+)?"

# Each pattern has a kind (how to resolve it) and named groups (the parts to read). Where a
# pattern needs a word before the expression that is not part of it ("until July"), the
# expression itself is the group "x".
PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # "Tuesday, Nov. 19, 2024", "November 18, 2024", "3 March 2025", "2024-11-18"
    _pattern(
        "date",
        rf"(?:\b(?P<lead>{LEAD_DAY})\s+)?{_PART_OF}(?:(?P<weekday>{WEEKDAY_ANY})(?:{PART_OF_DAY}|\s+(?i:week))?,?\s+)?(?:(?i:the)\s+)?"
        rf"\b(?P<month>{MONTH})\s+(?P<day>{DAY})(?:,\s*|\s+)(?P<year>{YEAR})",
    ),
    _pattern(
        "date",
        rf"(?:\b(?P<lead>{LEAD_DAY})\s+)?{_PART_OF}(?:(?P<weekday>{WEEKDAY_ANY})(?:{PART_OF_DAY}|\s+(?i:week))?,?\s+)?(?:(?i:the)\s+)?"
        rf"\b(?P<day>{DAY})\s+(?:(?i:of)\s+)?(?P<month>{MONTH}),?\s+(?P<year>{YEAR})",
    ),
    _pattern("date", rf"\b(?P<year>{YEAR})-(?P<month>0[1-9]|1[0-2])-(?P<day>[0-3]\d)\b"),
    # "09/09/2019", "29/12/2019": read only when the order is plain (a number over 12, or both
    # the same); "03/04/2019" is March 4 in the US and 3 April elsewhere, so no date
    _pattern(
        "numeric_date",
        rf"\b(?P<first>[0-3]?\d)/(?P<second>[0-3]?\d)/(?P<year>{YEAR})\b",
    ),
    # "Nov. 18", "3 March", "Monday, Nov. 10", "Tuesday evening, Sept. 2", "the 3rd of March",
    # "Friday week, 13 November"
    _pattern(
        "month_day",
        rf"(?:\b(?P<lead>{LEAD_DAY})\s+)?{_PART_OF}(?:(?P<weekday>{WEEKDAY_ANY})(?:{PART_OF_DAY}|\s+(?i:week))?,?\s+)?"
        rf"\b(?P<month>{MONTH})\s+(?P<day>{DAY})\b{THIS_YEAR}",
    ),
    _pattern(
        "month_day",
        rf"(?:\b(?P<lead>{LEAD_DAY})\s+)?{_PART_OF}(?:(?P<weekday>{WEEKDAY_ANY})(?:{PART_OF_DAY}|\s+(?i:week))?,?\s+)?(?:(?i:the)\s+)?"
        rf"\b(?P<day>{DAY})\s+(?:(?i:of)\s+)?(?P<month>{MONTH}){THIS_YEAR}",
    ),
    # "the first of February": a day in words
    _pattern(
        "month_day",
        rf"(?:\b(?P<lead>{LEAD_DAY})\s+)?\b(?i:the)\s+(?P<day>(?i:{DAY_WORD_ORDINAL}))\s+(?i:of)\s+"
        rf"(?P<month>{MONTH})",
    ),
    _pattern(  # "before July Fourth", "on March first"
        "month_day",
        rf"(?:\b(?P<lead>{LEAD_DAY})\s+)?\b(?P<month>{MONTH})\s+(?P<day>(?i:{DAY_WORD_ORDINAL}))\b",
    ),
    # "the week of March 6": a week, however precise the day that names it; "the weekend of Aug.
    # 22" the weekend holding the day
    _pattern(
        "week_of",
        rf"(?i:\b(?:(?:(?P<lead>in|on)\s+)?the\s+|(?m:^))week(?P<weekend>end)?\s+(?:of|beginning|starting|commencing))\s+(?:{WEEKDAY},?\s+)?"
        rf"(?P<month>{MONTH})\s+(?P<day>{DAY})(?:,\s*(?P<year>{YEAR}))?",
    ),
    _pattern(  # "the week of 5 August", "in the week beginning 10 January"
        "week_of",
        rf"(?i:\b(?:(?:(?P<lead>in|on)\s+)?the\s+|(?m:^))week(?P<weekend>end)?\s+(?:of|beginning|starting|commencing))\s+(?:{WEEKDAY},?\s+)?"
        rf"(?P<day>{DAY})\s+(?P<month>{MONTH})(?:,?\s+(?P<year>{YEAR}))?",
    ),
    # "March 2025", "in May 2023", "early March 2025", "in March of 2025"
    _pattern(
        "month_year",
        rf"(?:\b(?P<lead>{LEAD})\s+)?(?P<edge>{EDGE})?\b(?P<month>{MONTH}),?\s+"
        rf"(?:(?i:of)\s+)?(?P<year>{YEAR})",
    ),
    # "January this year", "in June last year", "early October this year"
    _pattern(
        "month_year",
        rf"(?:\b(?P<lead>{LEAD})\s+)?(?P<edge>{EDGE})?\b(?P<month>{MONTH_NAME})\s+"
        r"(?P<rel>(?i:this|last|next))\s+(?i:year)\b",
    ),
    # the second day of a pair or a range: "April 24 and 25", "Nov. 3-5, 2024" (the expression
    # is "25"; "April 24" is found on its own)
    _pattern(
        "date",
        rf"\b(?P<month>{MONTH})\s+{DAY}\s*(?:[-\u2013]|(?i:and|or|to|through))\s*"
        rf"(?P<x>(?P<day>{DAY})),?\s+(?P<year>{YEAR})",
    ),
    _pattern(
        "month_day",
        rf"\b(?P<month>{MONTH})\s+{DAY}\s*(?:[-\u2013]|(?i:and|or|to|through))\s*"
        rf"(?P<x>(?P<day>{DAY}))\b",
    ),
    # "29 to 31 August 2026": the first day takes the month and the year after it
    _pattern(
        "date",
        rf"(?<![\d.,:/-])\b(?P<day>{DAY})(?=\s*(?:[-\u2013]|(?i:and|or|to))\s*{DAY}\s+"
        rf"(?P<month>{MONTH_NAME}),?\s+(?P<year>{YEAR})\b)",
    ),
    # "the weekend of 26-27 January", "9 and 10 March": the first day takes the month after it
    _pattern(
        "month_day",
        rf"(?<![\d.,:/-])\b(?P<day>{DAY})(?=\s*(?:[-\u2013]|(?i:and|or|to))\s*{DAY}\s+"
        rf"(?P<month>{MONTH_NAME})\b)",
    ),
    # "on Saturday 19 and Sunday 20 July": the first day takes the month after it
    _pattern(
        "month_day",
        rf"(?:\b(?P<lead>{LEAD_DAY})\s+)?\b(?P<weekday>{WEEKDAY_ANY})\s+(?P<day>{DAY})"
        rf"(?=\s*(?:[-\u2013]|(?i:and|or|to))\s*{WEEKDAY_ANY}\s+{DAY}\s+(?P<month>{MONTH_NAME})\b)",
    ),
    # "2009-2010", "1957-58": two years, each its own expression
    _pattern(
        "year_range",
        r"\b(?P<year>(?:1[89]|20)\d\d)\s*[-\u2013/]\s*(?P<year2>(?:1[89]|20)?\d\d)\b(?![-\d%/])",
    ),
    # "in 2019", "early 2024", "the end of 2023", "since 2019" (the expression is "2019"); a
    # year that modifies a noun: "the 2019 flood", "its 2021 budget", "the mill's 2020 output"
    _pattern(
        "year",
        rf"(?:\b(?P<pre>{PRE})\s+)?(?:(?P<det>{DETERMINER})\s+(?=\d))?"
        rf"(?P<x>(?:\b(?P<lead>{LEAD})\s+)?(?P<edge>{EDGE})?(?:(?<=\sof\s)(?i:calendar)\s+)?"
        rf"\b(?P<year>{YEAR}))"
        r"(?!-\d|\s*(?:%|percent\b|GMT\b|UTC\b|BST\b|hrs\b|local\s+time\b))",  # "the end of
        # calendar 2025" (not "at 1200 GMT" or "at 1900 local time", a clock time)
    ),
    # "in '87", "since ’99": a year in two figures after a preposition (the century is the
    # nearer one: '87 is 1987, '19 is 2019)
    _pattern(
        "short_year",
        r"(?:\b(?P<pre>(?i:since|by|until|from|before|after|of))\s+)?(?P<x>(?:\b(?P<lead>(?i:in))\s+)?"
        r"(?<=\s)['\u2019](?P<short>\d\d))\b(?![\d'\u2019]|[.,:/-]\d|\s*(?:%|s\b))",
    ),
    # "on election day", "election night", "polling day": the day of the election the story names
    # ("election night in 2024": the US federal one of that year)
    _pattern(
        "event_day",
        r"(?:\b(?P<lead>(?i:on|at))\s+)?(?<!\ba\s)\b(?P<noun>(?i:election|polling|voting))\s+"
        r"(?P<unit>(?i:day|night))\b(?!['\u2019-])"
        rf"(?:\s+(?i:in)\s+(?P<year>{YEAR})\b(?![,.]?\d))?",  # "on election night in 2024"
    ),
    # "on race day", "on parade day": the day of the race or parade the story dated (not "the
    # parade day", "on each race day")
    _pattern(
        "event_day",
        rf"\b(?P<lead>(?i:on))\s+(?P<event>(?i:{either(EVENT_DAYS)}))\s+(?i:day|morning)\b"
        r"(?!['\u2019-]|\s+[A-Z])",
    ),
    # "on the day of the vote": the same, in other words
    _pattern(
        "event_day",
        rf"\b(?P<lead>(?i:on))\s+(?i:the\s+day\s+of\s+the)\s+(?P<event>(?i:{either(EVENT_DAYS)}))\b"
        r"(?!['\u2019-])",
    ),
    # "on the first Monday of January", "the last Friday in May": a day of the month; "the
    # second weekend of April": the weekend of its second Saturday
    _pattern(
        "nth_weekday",
        rf"(?:\b(?P<lead>{LEAD_DAY})\s+)?\b(?i:the)\s+(?P<nth>(?i:first|second|third|fourth|fifth|"
        rf"last|1st|2nd|3rd|4th|5th))\s+(?P<weekday>{WEEKDAY}|(?i:weekend))\s+(?i:of|in)\s+"
        rf"(?P<month>{MONTH_NAME})\b(?:,?\s+(?P<year>{YEAR}))?",
    ),
    # "the summer of 2023", "spring 2024"
    _pattern(
        "season_year",
        rf"(?:\b(?P<lead>{LEAD})\s+)?(?:(?i:the)\s+)?(?:\b(?P<edge>(?i:early|late|mid))[-\s])?"
        rf"\b(?P<season>(?i:{SEASON}))(?:\s+(?i:of))?\s+(?P<year>{YEAR})",  # "in late autumn 1987"
    ),
    # "last August", "in March", "in late September", "the end of June", "until July"
    _pattern(
        "month",
        rf"(?:\b(?P<pre>{PRE})\s+)?(?P<x>(?:\b(?P<lead>{LEAD})\s+)?"
        rf"(?:\b(?P<which>{WHICH_THAT})\s+)?(?P<edge>{EDGE})?\b(?<!Fourth of )(?<!fourth of )"
        rf"(?P<month>{MONTH_NAME})(?:(?:\s+(?i:of))?\s+(?P<told>(?i:that|the\s+same|the\s+following|"
        rf"the\s+next|the\s+previous))\s+(?i:year)\b(?!['\u2019]))?)\b(?!\s+\d)",  # not "the
        # Fourth of July"; "in March of that year", "in August that year": one expression
    ),
    # a month that names an event's time: "the October slaying", "the March accession"
    _pattern(
        "month",
        rf"(?P<det>\b(?i:the|its|their|a|an)|['\u2019]s)\s+(?P<x>(?P<month>{MONTH_NAME}))\s+"
        rf"(?=(?:(?:and|or)\s+{MONTH_NAME}\s+)?{EVENT_NOUNS}\b)",  # "the council's July meeting",
        # "the April and May figures", "a June cut"
    ),
    # a month before a noun of a meeting, a bill or a storm: "their August meetings", "with
    # their March bills", "in the April storms" (not a contract month, "the April contract";
    # nor "its August forecast", when a forecast was made, or "our August business", a habit)
    _pattern(
        "month",
        rf"(?P<det>\b(?i:the|its|their|his|her|our|my|a|an)|['\u2019]s)\s+"
        rf"(?P<x>(?P<month>(?!May\b){MONTH_NAME}))\s+"
        r"(?=(?:budgets?|meetings?|signing|invoices?|bills?|storms?|sittings?)\b)",
    ),
    # a range of months that names a period: "the April-June period", "the July to September
    # quarter": both months, each its own entry (datasets/README, round twenty-two)
    _pattern(
        "month",
        rf"(?P<det>\b(?i:the|its|their|a|an)|['\u2019]s)\s+(?P<x>(?P<month>{MONTH_NAME}))"
        rf"(?=\s*(?:-|\u2013|to\s)\s*{MONTH_NAME}\s+{_PERIOD_NOUN})",
    ),
    _pattern(
        "month",
        rf"(?P<det>\b{MONTH_NAME}\s*(?:-|\u2013|to\s))\s*(?P<x>(?P<month>{MONTH_NAME}))"
        rf"(?=\s+{_PERIOD_NOUN})",
    ),
    # a headline leaves out "the": "sets June vote" (not "May", "March" or "August": "may vote")
    _pattern(
        "month",
        rf"(?P<det>\b[a-z]{{2,}})\s+(?P<x>(?P<month>(?!May|March|August){MONTH_NAME}))\s+"
        rf"(?={EVENT_NOUNS}\b)",
    ),
    # "nineteen ninety-six", "in January nineteen ninety-seven", "the year two thousand"
    _pattern(
        "spoken_year",
        rf"(?:\b(?P<lead>{LEAD})\s+)?(?:\b(?P<month>{MONTH_NAME})\s+)?\b(?P<spoken>{SPOKEN_YEAR})",
    ),
    _pattern(
        "spoken_year",
        rf"(?:\b(?P<lead>{LEAD})\s+)?(?i:\bthe\s+year\s+)(?P<spoken>(?i:two\s+thousand"
        rf"(?:\s+(?:and\s+)?{ONES})?))\b",
    ),
    # "until the end of winter", "by the start of spring": the season's last or first month
    # (not "the end of the summer term", "the end of the summer of 1976")
    _pattern(
        "season",
        r"(?<!\bis\s)(?<!\bmarks\s)"  # (not "Labour Weekend is the start of summer here")
        rf"(?:\b(?P<lead>{LEAD})\s+)?\b(?P<edge>(?i:the\s+(?:end|start|beginning)\s+of))\s+"
        rf"(?:(?i:the)\s+)?(?P<season>(?i:{SEASON}))\b"
        r"(?!\s+(?:of|term|holidays?|season|break|school|schedules?|timetables?)\b)",
    ),
    # "the autumn before last": the one before last autumn
    _pattern(
        "season",
        rf"(?:\b(?P<lead>{LEAD})\s+)?\b(?i:the)\s+(?P<season>(?i:{SEASON}))\s+"
        r"(?P<which>(?i:before\s+last))\b",
    ),
    # "last summer", "this spring", "in the autumn"
    _pattern(
        "season",
        rf"(?:\b(?P<lead>{LEAD})\s+)?(?:\b(?P<which>{WHICH_THAT})|(?:\b(?i:the)))\s+"
        rf"(?:(?P<edge>(?i:early|late|mid))[-\s])?(?P<season>(?i:{SEASON}))\b(?!\s+(?i:of)\b)",
    ),
    # "closed until summer", "by spring", "since spring", "over summer", "in spring": a season
    # without "the"; "slips to spring" at a clause's end (not "expected to fall")
    _pattern(
        "season",
        r"\b(?P<pre>(?i:until|till|by|before|since|into|over|through|throughout|during|after|"
        r"for))\s+"
        rf"(?P<x>(?:(?P<edge>(?i:early|late|mid))[-\s])?(?P<season>(?i:{SEASON})))\b"
        r"(?!\s+(?:schedule|timetable|service)s?\b)",  # "by early summer"; "routes
        # for summer" (not "for summer schedules")
    ),
    _pattern(
        "season",
        rf"\b(?P<pre>(?i:to))\s+(?P<x>(?P<season>(?i:(?!fall\b){SEASON})))\b"
        r"(?=\s*(?:[,.;:)\n]|$|(?:and|or|but|as|after|amid)\b))",
    ),
    # "completion now pushed to fall": "fall" after a verb that moves a date (not "expected to
    # fall")
    _pattern(
        "season",
        r"(?:(?<=\bpushed\s)|(?<=\bdelayed\s)|(?<=\bmoved\s)|(?<=\bpostponed\s)|(?<=\bslipped\s)"
        r"|(?<=\bslips\s)|(?<=\bback\s)|(?<=\bdeferred\s))(?P<pre>(?i:to|until|till))\s+"
        r"(?P<x>(?P<season>(?i:fall)))\b(?!\s+(?:by|to|from|below|short)\b)",
    ),
    _pattern(
        "season",
        rf"\b(?P<lead>(?i:in))\s+(?:(?P<edge>(?i:early|late|mid))[-\s])?(?P<season>(?i:{SEASON}))\b",
    ),
    # a season that names when a plan slipped: "after a summer delay" (not "a winter slip", a
    # landslide, nor "a winter storm" or "the summer holidays", any year's)
    _pattern(
        "season",
        rf"(?P<det>\b(?i:the|its|their|a|an)|['\u2019]s)\s+(?P<x>(?P<season>(?i:{SEASON})))\s+"
        r"(?=(?:delays?|postponement)\b)",
    ),
    # "a dry winter", "a hot, dry spring", "the driest spring since 2002", "the region's driest
    # winter": a season told by its weather, like "a cool, wet November"
    _pattern(
        "season",
        r"(?<!\bfor\s)(?<!\babout\s)(?<!\bon\s)"  # (not "hope for a mild winter", a wish)
        rf"(?:\b(?i:an?|the|its|their)|(?<=\w)['\u2019]s)\s+(?P<x>(?i:{WEATHER})"
        rf"(?P<season>(?i:{SEASON})))\b(?!\s+(?:of|for)\b|\s+[A-Z])",  # (not "a wet spring
        # Saturday in 1926")
    ),
    # "last season", "next season": a sports season, read as its year
    _pattern(
        "unit",
        r"(?:\b(?P<lead>(?i:in))\s+)?\b(?P<which>(?i:last|next|this))\s+(?P<unit>(?i:season))\b",
    ),
    # "on Tuesday", "early Wednesday", "next Monday", "on Monday night", "overnight Tuesday"
    _pattern(
        "weekday",
        rf"(?:\b(?P<lead>{LEAD_DAY})\s+)?(?:\b(?P<which>{WHICH}|{_NO_COUNT_BEFORE}(?i:early|late|"
        rf"earlier|later|overnight)|(?i:the\s+following|the\s+previous|the\s+preceding))\s+"
        r"(?:(?i:on)\s+)?)?"  # (not "sent its minutes the following Monday" without "the
        # following")
        rf"\b(?P<weekday>{WEEKDAY})\b(?!,?\s+(?:{DAY}\s+{MONTH}|{MONTH}\s+{DAY})\b)"  # "early on
        # Monday 3 Feb."
        rf"(?:{PART_OF_DAY})?(?:\s+(?P<week_on>week|fortnight)\b(?!-|['\u2019](?!s\b))"
        r"|\s+(?P<next_week>next\s+week)\b"
        r"|\s+(?P<next_after>next)\b(?!\s+(?:week|month|year|season|time|day|to\s+(?:a|an|the))\b"
        rf"|\s+{MONTH}\b)"
        r"|\s+(?P<last_after>last)\b(?!\s+(?:week|month|year|season|time|day|night|weekend|"
        r"spring|summer|autumn|fall|winter|traded|changed|raised|lowered|cut|updated|revised|"
        r"reported|met|played|visited|held|increased|reduced|set|closed|opened)\b"
        rf"|\s+{MONTH}\b)"  # (not "lost a whole Saturday last June")
        rf"|(?=\s+(?:and|or)\s+(?:on\s+)?{WEEKDAY}\s+(?P<shared_next_week>next\s+week)\b))?",
    ),  # "Friday week" (British): the Friday after the coming one ("Friday week's service");
    # "Wednesday next week" (and "Monday and Wednesday next week": both next week);
    # "on Tuesday next" (Irish): the coming Tuesday; "on Friday last": the one gone by
    # "1 a.m. that Saturday", "later that Friday": the weekday of the time told ("said that
    # Monday's vote" is no "that Monday")
    _pattern(
        "weekday",
        r"(?:(?:\d\s*[ap]\.?m\.?|\b(?i:noon|midnight|on|later|earlier|until|by|for|from|before|after|since))\s+)"
        rf"(?P<x>(?P<which>(?i:that))\s+(?P<weekday>{WEEKDAY})\b(?:{PART_OF_DAY})?)(?!['\u2019]s)",
    ),
    # "on Christmas Day", "by Thanksgiving", "last Halloween", "by Christmas 2019", "Christmas
    # night", "Labor Day weekend"
    _pattern(
        "holiday",
        rf"(?:\b(?P<lead>{LEAD_DAY})\s+)?(?:\b(?P<which>{WHICH})\s+"
        r"|\b(?P<rel_before>(?i:last|this|next))\s+(?i:year)['\u2019]s\s+)?"  # "Last year's Cup
        # Day": the holiday of that year
        rf"(?:(?i:the)\s+(?=(?:{_NATION}\s+)?"
        rf"(?:{HOLIDAY})\s+(?i:(?:bank\s+holiday\s+|long\s+|holiday\s+)?weekend|(?:public|bank)\s+holiday)"
        r"\b))?"
        rf"(?:(?<![\w.])(?P<nation>{_NATION})\s+)?"  # "U.S. Thanksgiving"
        rf"\b(?P<holiday>{HOLIDAY})\b(?:(?:,|\s+(?i:in))?\s+(?P<year>{YEAR})\b(?![,.]?\d)"
        rf"|(?P<part>{PART_OF_DAY})\b(?(lead)(?:\s+(?i:in)\s+(?P<part_year>{YEAR})\b(?![,.]?\d))?)"
        # ("on Christmas morning in 2023"; but not "moved to Thanksgiving morning in 1979")
        r"|\s+(?P<eve>(?i:eve))\b(?!\s+(?i:of)\b)"  # "Veterans Day eve", "Juneteenth Eve": the day
        # before (the holidays named with their eve, "Christmas Eve", are holidays of their own)
        r"|\s+(?P<observed>(?i:public|bank)\s+holiday|(?<=[Dd]ay\s)holiday)\b(?!s|\s+(?i:weekend))|"
        # "the Melbourne Cup public holiday", "on St Andrew's Day holiday": the holiday itself,
        # on the weekday it is kept
        r"\s+(?P<weekend>(?i:(?:bank\s+holiday\s+|long\s+|holiday\s+)?weekend|week))\b"
        # "Christmas night", "Labor Day weekend", "the Easter bank holiday weekend", "the
        # Pentecost holiday weekend", "the August bank holiday
        rf"(?:\s+(?i:in)\s+(?P<weekend_year>{YEAR})\b(?![,.]?\d))?)?"  # weekend in 2024"
        r"(?:\s+(?P<rel>(?i:last|this|next|that))\s+(?i:year)\b)?",  # "on Waitangi Day last
        # year", "Christmas that year" (the year the story tells of)
    ),
    # "the week of Thanksgiving", "in the week of Christmas": the week holding the day, like
    # "Thanksgiving week" (not "the week of Christmas shopping", a season's name)
    _pattern(
        "holiday",
        rf"(?:\b(?P<lead>(?i:in|during))\s+)?\b(?i:the)\s+(?P<weekend>(?i:week))\s+(?i:of)\s+"
        rf"\b(?P<holiday>{HOLIDAY})\b(?:,?\s+(?P<year>{YEAR})\b(?![,.]?\d))?"
        r"(?!\s+[a-z]+ing\b|\s+(?:season|sales|shoppers|rush|trade|trading|period)\b|['\u2019])",
    ),
    # "over Labour Weekend", "Waitangi weekend" and "Anzac weekend", "the May long weekend" and
    # "the May 2-4 weekend" (Canada's Victoria Day weekend), "the August long weekend" (Canada),
    # "Cup week": a holiday's weekend or week named by a shorter word (see _SHORT_HOLIDAYS)
    _pattern(
        "holiday",
        rf"(?:\b(?P<which>{WHICH})\s+|\b(?i:the)\s+"
        r"|\b(?P<rel_before>(?i:last|this|next))\s+(?i:year)['\u2019]s\s+)?"  # "last year's
        r"\b(?P<holiday>Labour(?=\s+Weekend)|"  # Labour Weekend"
        r"(?:May|August)(?=\s+long)|May(?=\s+(?:2-4|[Tt]wo-[Ff]our)\s+weekend)|"  # "the May
        r"(?:Waitangi|Anzac|MLK)(?=\s+[Ww]eekend)|Cup(?=\s+[Ww]eek\b))\s+"  # 2-4 weekend"
        r"(?:(?:2-4|[Tt]wo-[Ff]our)\s+)?"
        r"(?P<weekend>[Ww]eekend|long\s+weekend|[Ww]eek)\b"
        r"(?:\s+(?P<rel>(?i:last|this|next|that))\s+(?i:year)\b)?",  # "Labour Weekend next year"
    ),
    # "the Twelfth" (Northern Ireland's Twelfth of July), not "the Twelfth Night", "the Twelfth
    # Army" or "the twelfth time"
    _pattern(
        "holiday",
        r"(?:(?:\b(?P<lead>(?i:on))\s+)?\b(?i:the)|\b(?P<rel_before>(?i:last|this|next))\s+"
        r"(?i:year)['\u2019]s)\s+(?P<holiday>Twelfth)\b(?![\s-]+(?:[A-Z0-9]|of\b))",  # ("Last
        # year's Twelfth was held in heavy showers")
    ),
    # "Roads to close for Twelfth parade", "the district's Twelfth demonstration": the day the
    # parade is held (the Monday when 12 July is a Sunday), without "the"
    _pattern(
        "holiday",
        r"(?<![Tt]he\s)\b(?P<holiday>Twelfth)(?=\s+(?P<held>parades?|demonstrations?|march(?:es)?|"
        r"celebrations?|procession|holiday|closures?)\b)",
    ),
    # "on the bank holiday", "the bank holiday Monday", "Bank holiday weekend rail closure" (a
    # headline): the country's bank holiday nearest the story's day
    _pattern(
        "holiday",
        r"(?:\b(?P<lead>(?i:on))\s+)?(?:\b(?i:the)\s+|(?m:^)|\b(?=[Bb]ank\s+[Hh]oliday\s+Monday\b)"
        r"|(?:(?<=\b[Ff]or\s)|(?<=\b[Oo]ver\s)|(?<=\b[Tt]his\s)|(?<=\b[Dd]uring\s)"
        r"|(?<=\b[Bb]efore\s)|(?<=\b[Aa]fter\s)|(?<=\b[Aa]head\sof\s)|(?<=\b[Oo]n\s)"
        r"|(?<=\b[Ii]nto\s)|(?<=\b[Tt]hrough\s))"
        r"(?=[Bb]ank\s+[Hh]oliday\s+weekend\b)"  # "Pier reopens for bank holiday weekend",
        # "Count runs into bank holiday weekend"
        r"|(?:(?<=\b[Oo]ver\s)|(?<=\b[Bb]efore\s)|(?<=\b[Aa]fter\s)|(?<=\b[Aa]head\sof\s)"
        r"|(?<=\b[Tt]hrough\s)|(?<=\b[Uu]ntil\s))"
        r"(?=[Bb]ank\s+[Hh]oliday\b))"
        # "strike over bank holiday", "charges return after bank holiday", "strike to run
        # through bank holiday": the holiday (a headline without "the")
        r"(?P<holiday>(?i:bank\s+holiday))\b(?!s)"  # ("for bank holiday Monday": no "the")
        r"(?:\s+(?P<monday>Monday)(?!,?\s+\d))?"  # (not "Monday, 27 October": the holiday and its
        r"(?:\s+(?P<weekend>(?i:weekend)))?",  # date, one expression)
    ),
    # "yesterday", "today", "tomorrow", "tonight", "overnight", "last night", "this morning"
    _pattern(
        "day_word",
        rf"(?i:\b(?:(?P<edge>earlier|later)\s+)?(?P<word>{DAY_WORD})\b)(?:{PART_OF_DAY})?",
    ),
    # "last week", "earlier this year", "next month", "the end of the year", "late last year"
    _pattern(
        "unit",
        rf"(?:\b(?P<lead>{LEAD})\s+)?(?P<edge>{EDGE})?(?:\b(?P<which>{WHICH})"
        r"(?:\s+(?P<long>(?i:long|holiday))(?=\s+(?i:weekend)\b))?"  # "this long weekend"
        r"|\b(?i:the)"
        r"(?:\s+(?P<now>(?i:current|full|fiscal|calendar|new(?!\s+year['\u2019]s)|long"
        r"|holiday(?=\s+weekend\b)|coming(?=\s+weekend\b)))"  # "the holiday weekend", "the
        r"(?:\s+(?i:holiday)(?=\s+weekend\b))?)?)\s+"  # coming weekend", "the long holiday weekend"
        r"(?:(?i:fiscal|calendar)\s+)?"  # (not "the New Year's Day ceremony")
        r"(?i:(?P<unit>week|weekend|month|year))\b",
    ),
    # headlinese without "the": "police urge caution over long weekend"
    _pattern(
        "unit",
        r"(?:(?<=\b[Oo]ver\s)|(?<=\b[Ff]or\s)|(?<=\b[Bb]efore\s)|(?<=\b[Aa]fter\s)"
        r"|(?<=\b[Ii]nto\s)|(?<=\b[Tt]hrough\s)"  # "advisory drags into long weekend"
        r"|(?<=\b[Aa]head\sof\s))(?P<now>(?i:long|holiday))\s+"
        r"(?P<unit>(?i:weekend))\b",
    ),
    # "cancels 212 flights over weekend" (not "for weekend sailings")
    _pattern(
        "unit",
        r"(?:(?<=\b[Oo]ver\s)|(?<=\b[Bb]efore\s)|(?<=\b[Aa]fter\s)|(?<=\b[Aa]head\sof\s))"
        r"(?P<unit>(?i:weekend))\b(?!\s+[a-z])",
    ),
    # "until at least midweek", "by mid-week": this week (not "a midweek game")
    _pattern(
        "unit",
        r"\b(?P<unit>(?i:mid-?week))\b(?:(?=\s*[,.;:)]|\s*$|\s+(?:and|or|but|when|before|after)\b)"
        r"|(?<=\b[Bb]y\smidweek)|(?<=\b[Bb]y\smid-week)|(?<=\b[Uu]ntil\smidweek))(?!-)",  # and
        # "decide by midweek whether"
    ),
    # a reporting period: "a high for the year", "the first nine months of the year" (this
    # year; not "for the year ended March 31", a fiscal year named by its last day)
    _pattern(
        "unit",
        r"(?i:\b(?:for|(?:months|half|quarter|rest|balance)\s+of|(?P<ending>ended|finished|closed)"
        r"|began|begins|started|starts|ends|ending)\s+)"
        r"(?P<x>(?P<period>the)\s+(?P<unit>year))\b(?!-|\s*(?:\d|(?i:two|nineteen|ahead|ended|"
        rf"ending|to\s+(?:\d{{1,2}}\s+)?{MONTH})\b))",  # "for the year to 31 January" (British)
    ),
    # business words: "by year-end", "since year end", "by year's end", "by midyear"
    _pattern("year_end", r"(?i:\b(?P<word>year(?:-|\s+|['\u2019]s\s+)end)\b)(?!-\w)"),
    _pattern(  # "by midyear": the middle of that year (not "the mid-year exams")
        "year_end",
        r"(?:(?<=\b[Bb]y\s)|(?<=\b[Aa]t\s)|(?<=\buntil\s)|(?<=\bbefore\s)|(?<=\bafter\s)"
        r"|(?<=\bsince\s)|(?<=\bfrom\s))(?P<word>(?i:mid-?year))\b(?!-\w)",
    ),
    # "two days ago", "a year ago"
    _pattern(  # "two days ago", "Five years ago this month" (that month), "two weeks from now"
        "ago",
        rf"(?i:\b(?P<n>{NUMBER})\s+(?P<unit>day|week|fortnight|month|year|decade|century)s?\s+(?:ago\b"
        r"(?:\s+this\s+(?P<this>month|week)\b|\s+(?P<today>today|tonight)\b)?|(?P<from_now>from\s+now)\b))",
    ),
    # "in three weeks", "in about 10 days", "in 12 months' time": counted ahead from now, kept
    # only where its sentence looks ahead (lessons.timeline.direction.counts_ahead)
    _pattern(
        "in_time",
        rf"(?i:\b(?P<in_time>in)\s+(?:(?:about|around|roughly|another|just|a\s+further)\s+)?"
        rf"(?P<n>{NUMBER})\s+(?P<unit>day|week|fortnight|month|year)s?(?:['\u2019]?\s+time)?\b)"
        r"(?!\s+(?:ago|earlier|later|before|after|on|from|or)\b)",  # not "in 60 years ago", "in a
        # year or two"
    ),
    # "an hour later": a count of hours is the day it counts from
    _pattern(
        "counted",
        rf"(?i:\b(?P<n>{NUMBER}|an)\s+(?P<unit>hour|minute)s?\s+(?P<dir>earlier|later|afterwards?))",
    ),
    # "a day earlier", "two weeks later", "three days before." (counted from another event)
    _pattern(
        "counted",
        rf"(?i:\b(?P<n>{NUMBER})\s+(?P<unit>day|week|month|year|decade|century)s?\s+(?P<dir>earlier|later|"
        r"afterwards?|(?:before|after|prior)(?=\s*[,.;:)\u201d\"]|\s*$)|"
        r"on(?=\s*[,:\u2014\u2013]|\s*$)))",  # "Ten years on: the town remembers"
    ),
    # "on Tuesday, a day after the union rejected a pay freeze": the day of what follows,
    # counted back from the day just told (not "a day after the strike", counted from the
    # strike: see "event_anchor")
    _pattern(
        "counted",
        rf"(?i:(?<=,\s)(?:(?:just|only)\s+)?(?P<n>{NUMBER})\s+(?P<unit>day|week)s?\s+"
        r"(?P<dir>(?P<back>after))(?=\s+[A-Za-z]))",
    ),
    # "the next day", "the following week", "that day", "later that day"
    _pattern(
        "after_event",
        r"(?i:(?:\b(?P<lead>at|in)\s+)?(?:\bthe\s+(?P<span>beginning|start|middle|end)\s+of\s+)?"
        rf"(?:{_CLOCK_FROM}\s*(?:-|\u2013|to|until)\s*(?={CLOCK}\s+that\s))?"  # "4pm to 9pm
        # that day": a range on the day told
        rf"(?:(?P<clock>{CLOCK}|{HOUR24})\s+(?=that\s|the\s+(?:next|following|same)\s))?"  # "at 11
        # o'clock that night", "At 7:42 a.m. that day": one expression
        r"\b(?:(?P<edge>earlier|later)\s+)?(?:the\s+(?P<dir>next|following|previous|"
        r"preceding|same)|(?P<that>that))\s+(?P<unit>day|morning|afternoon|evening|night|"
        r"week|weekend|month|year)\b)",
    ),
    # "two days after the grounding", "the week before the fire": counted from a named event
    _pattern(
        "event_anchor",
        rf"(?i:\b(?P<n>{NUMBER})\s+(?P<unit>day|week|month|year)s?\s+(?P<dir>before|after)\s+"
        rf"the\s+(?!{MONTH}\s*\d){EVENT_NOUN})",
    ),
    _pattern(
        "event_anchor",
        rf"(?i:\bthe\s+(?P<unit>day|night|week|month)\s+(?P<dir>before|after)\s+the\s+(?!{MONTH}\s*\d){EVENT_NOUN})",
    ),
    # "On the night of the stabbing", "the morning of the fire": the day of a named event
    _pattern(
        "event_anchor",
        r"(?i:(?:\b(?P<lead>on)\s+)?\bthe\s+(?P<unit>day|night|morning|afternoon|evening)\s+"
        rf"(?P<dir>of)\s+the\s+(?!{MONTH}\s*\d){EVENT_NOUN})",
    ),
    # "the day before", "the night after", "last year and the year before"
    _pattern(
        "after_event",
        r"(?i:\bthe\s+(?P<unit>day|night|week|month|year)\s+(?P<dir>before|after)"
        r"(?=\s*[,.;:)\u201d\"]|\s*$|\s+(?:over|when|as|and|but|with)\b"  # "talks broke down
        # the night before over wages"
        r"|\s+(?:had|was|were|[a-z]{3,}ed)\b(?!\s+(?:talks|meetings?|votes?|hearings?)\b)))",
        # "after flood losses in Thailand the year before wiped out its profit"
    ),
    # "in court on the 7th", "by the 15th": a day of the month a date of the story names;
    # "Friday the 25th": the Friday that is a 25th
    _pattern(
        "day_of_month",
        r"(?i:(?:\b(?P<pre>by|until|till|through|before|after|since|for|from|between)\s+)?"
        r"(?P<x>(?:\b(?P<lead>on)\s+)?"
        rf"(?:(?P<weekday>{WEEKDAY})\s+)?the\s+"
        rf"(?P<day>(?:3[01]|[12]\d|[1-9])(?:st|nd|rd|th)|(?!first|second|third|(?-i:Fourth\b))"
        rf"{DAY_WORD_ORDINAL}))\b"  # ("the Fourth" with a capital is the Fourth of July)
        r"(?(weekday)|(?=\s*[,.;:!?)\u201d\"]|\s*$|\s+(?:and|or|when|at|to|after|before|for|in|"
        r"with|as|but|amid|despite|following|because|while|from|until|during|so|is|was|will"
        r"|I|we|he|she|they|you)\b)))",  # ("From the 16th I'll need two buses")
    ),  # (after a weekday, whatever follows: "Monday the 4th is the first day back"; and "Marching
    # on the 19th is a witness")
)

# Durations say how long, not when: "for three weeks", "over a few weeks", "48 hours",
# "a three-day summit". None of the patterns above matches them; this one is for the lesson.
DURATION = re.compile(
    rf"(?i:\b(?:for|over|during|within|throughout)\s+(?:the\s+(?:past|last|next|coming)\s+)?"
    rf"(?:{NUMBER}|a\s+few|several|many)\s+(?:hours?|days?|weeks?|months?|years?)\b"
    r"|\b\d+\s+(?:hours?|days?|weeks?|months?|years?)\b"
    r"|\b(?:one|two|three|four|five|six|seven|ten|\d+)-(?:hour|day|week|month|year)\b)"
)


# ---------------------------------------------------------------------------------------------
# Finding the expressions


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

    A comparison ("a day earlier than planned") and a duration ("for three weeks") are no dates:

    >>> text = "He left on Tuesday, a day earlier than planned, not for three weeks."
    >>> [m.text for m in find_time_expressions(Span(text, 0, len(text)))]
    ['on Tuesday']
    """
    text = span.text
    candidates: list[tuple[int, int, str, dict[str, str], int]] = []
    windows = {name: _windows(text, trigger) for name, trigger in _TRIGGERS.items()}
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
            if _dates_its_holiday(mentions[-1], kind, parts, span.start + end):
                mentions[-1] = _with_its_date(mentions[-1], text, span.start, end, kind, parts)
            continue
        start, end = _with_clock_time(text, start, end, kind, parts)
        shifted = COUNTED_FROM.search(text, max(0, start - 40), start)
        if shifted and (shifted.group("dir2") or shifted.group("n")):  # "a week from Saturday",
            lasting = _LASTING.search(text, max(0, shifted.start() - 8), shifted.start())
            shifted = None if lasting else shifted  # but "for four days from Friday", "to close
            # for 10 days after Thanksgiving Monday": a length, from the day named
        if shifted and kind in ("date", "month_day", "weekday", "holiday"):
            parts.update(_counted_from(shifted))  # "the Friday after Thanksgiving": one expression
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
    return _with_clock_times(text, span.start, _holidays_with_dates(text, span.start, mentions))


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


def _dates_its_holiday(last: Mention, kind: str, parts: dict[str, str], end: int) -> bool:
    """Does a date start inside the holiday before it, at the holiday's weekday, and go on
    past it ("on Easter Monday, 24 April 1916": "Monday, 24 April 1916")?"""
    return (
        last.kind == "holiday"
        and kind in ("date", "month_day")
        and "weekday" in parts
        and (end > last.end)
    )


def _with_its_date(
    holiday: Mention, text: str, offset: int, end: int, kind: str, parts: dict[str, str]
) -> Mention:
    """A holiday and the date that starts at its weekday, one expression on the date written."""
    held = dict(holiday.parts)
    parts = parts | {"holiday": held.get("holiday", ""), "lead": held.get("lead", "")}
    date = Mention(text[:end], offset, offset + end, kind)  # (only its end is read)
    return _one_expression(text, offset, holiday, date, kind, {k: v for k, v in parts.items() if v})


def _names_no_other_weekday(holiday: Mention, weekday: str) -> bool:
    """Does a holiday's name leave ``weekday`` possible ("Easter Sunday" after "Sunday", any
    weekday before "Waitangi Day"; not "Good Friday" after "Monday")?"""
    named = [w for w in holiday.part("holiday").split() if w in WEEKDAYS]
    return all(w == weekday.casefold() for w in named)


def _holidays_with_dates(text: str, offset: int, mentions: list[Mention]) -> list[Mention]:
    """ "Labor Day, Sept. 4", "on Father's Day, 7 September" and "Thanksgiving Monday, Oct. 13":
    one expression, on the date written (the text says which day it means); a weekday with its
    holiday in brackets ("Monday (King's Birthday)") is the holiday's day."""
    merged: list[Mention] = []
    for mention in mentions:
        last = merged[-1] if merged else None
        listed = len(merged) > 1 and text[merged[-2].end - offset : last.start - offset] == ", "
        between = text[last.end - offset : mention.start - offset] if last else ""
        bracketed = between == " (" and text[mention.end - offset : mention.end - offset + 1] == ")"
        if (
            last is not None
            and last.kind == "holiday"
            and mention.kind in ("month_day", "date")
            and (
                (between == ", " and not listed)
                or (between == " " and not mention.part("lead"))
                or bracketed
            )
        ):  # (not "on Christmas Day, Boxing Day, 1 January and 2 January", nor "for Lunar New
            # Year on Feb. 17", two rows; "Good Friday (18 April)", a heading's holiday and its
            # date in brackets, is one row)
            parts = dict(mention.parts) | {"holiday": dict(last.parts)["holiday"]}
            if last.part("lead"):
                parts["lead"] = dict(last.parts)["lead"]
            date = replace(mention, end=mention.end + 1) if bracketed else mention
            merged[-1] = _one_expression(text, offset, last, date, mention.kind, parts)
        elif (
            last is not None
            and last.kind in ("month_day", "date")
            and mention.kind == "holiday"
            and not mention.part("weekend")
            and text[last.end - offset : mention.start - offset] == ", "
            and _ENDS_A_PHRASE.match(text, mention.end - offset)
        ):  # "through Sept. 7, Labor Day.", "on Dec. 1, the Monday after Thanksgiving": the date
            # and the holiday it is, one expression (datasets/README, rounds 20 and 21)
            parts = dict(last.parts) | {"holiday": dict(mention.parts)["holiday"]}
            parts |= {  # "Sept. 2, the day after Labour Day": how the date counts from it
                f"holiday_{k}": v for k, v in mention.parts if k.startswith("shift_")
            }
            merged[-1] = _one_expression(text, offset, last, mention, last.kind, parts)
        elif (
            last is not None
            and last.kind == "weekday"
            and not last.part("which")
            and mention.kind == "holiday"
            and text[last.end - offset : mention.start - offset] == " ("
            and text[mention.end - offset : mention.end - offset + 1] == ")"
        ):  # "Monday (King's Birthday):": the Monday the holiday names, one row
            parts = dict(mention.parts) | {k: v for k, v in last.parts if k == "lead"}
            merged[-1] = replace(last, kind="holiday", parts=tuple(parts.items()))
        elif (
            last is not None
            and last.kind == "holiday"
            and mention.kind == "weekday"
            and between == " "
            and not mention.part("which")
            and not mention.part("lead")
            and not last.part("weekend")
            and _names_no_other_weekday(last, mention.part("weekday"))
        ):  # "through Labour Day Monday": the holiday and its weekday, one expression
            parts = dict(last.parts) | {"weekday": mention.part("weekday")}
            merged[-1] = _one_expression(text, offset, last, mention, "holiday", parts)
        elif (
            last is not None
            and last.kind == "holiday"
            and mention.kind == "weekday"
            and between == ", "
            and mention.part("which") in ("", "next", "this")
            and not mention.part("lead")
            and not last.part("weekend")
            and not listed
            and _names_no_other_weekday(last, mention.part("weekday"))
            and _ENDS_A_PHRASE.match(text, mention.end - offset)
        ):  # "on Melbourne Cup day, next Tuesday,": the weekday says when the holiday is, one
            # expression
            parts = dict(last.parts) | {"weekday": mention.part("weekday")}
            merged[-1] = _one_expression(text, offset, last, mention, "holiday", parts)
        elif (
            last is not None
            and last.kind == "weekday"
            and mention.kind == "holiday"
            and between in (", ", ", the ")
            and not listed
            and not mention.part("weekend")
            and not any(key.startswith("shift_") for key, _ in mention.parts)  # (not "on
            # Tuesday, the day after the King's Birthday holiday")
            and _names_no_other_weekday(mention, last.part("weekday"))
            and _ENDS_A_PHRASE.match(text, mention.end - offset)
        ):  # "this Friday, Waitangi Day," and "at 3am next Sunday, Easter Sunday": the holiday
            # says which day the weekday is, one expression (datasets/README, round nineteen)
            parts = dict(mention.parts) | {k: v for k, v in last.parts if k == "lead"}
            if mention.part("observed"):  # "on Monday, the St Andrew's Day holiday": kept on
                parts["kept_on"] = last.part("weekday")  # the Monday after a Sunday feast
            merged[-1] = _one_expression(text, offset, last, mention, "holiday", parts)
        elif (
            last is not None
            and last.kind == "day_word"
            and last.part("word") in ("today", "tomorrow", "yesterday", "tonight")
            and mention.kind == "holiday"
            and between == ", "
            and not listed
            and not mention.part("weekend")
            and not any(key.startswith("shift_") for key, _ in mention.parts)
            and _ENDS_A_PHRASE.match(text, mention.end - offset)
        ):  # "by 6pm tomorrow, Christmas Eve,": the holiday says which day it is, one expression
            parts = dict(mention.parts) | {k: v for k, v in last.parts if k == "lead"}
            merged[-1] = _one_expression(text, offset, last, mention, "holiday", parts)
        elif (
            last is not None
            and last.kind == "weekday"
            and not last.part("which")
            and mention.kind in ("month_day", "date")
            and bracketed
        ):  # "giving staff Monday (16 March) off": the date says which Monday, one expression
            parts = dict(mention.parts) | {k: v for k, v in last.parts if k == "lead"}
            date = replace(mention, end=mention.end + 1)
            merged[-1] = _one_expression(text, offset, last, date, mention.kind, parts)
        else:
            merged.append(mention)
    return merged


def _one_expression(
    text: str, offset: int, first: Mention, second: Mention, kind: str, parts: dict[str, str]
) -> Mention:
    """Two expressions side by side as one ("Labor Day, Sept. 4"), of ``kind`` with ``parts``."""
    return Mention(
        text[first.start - offset : second.end - offset],
        first.start,
        second.end,
        kind,
        tuple(parts.items()),
        first.reach,
    )


_ENDS_A_PHRASE = re.compile(r"\s*(?:[,.;:)]|$)")
# "by nightfall", "at first light"
DAY_PART = r"(?i:nightfall|dusk|dawn|daybreak|sunrise|sunset|sundown|first\s+light)"


def _right_after(words: str) -> str:
    """Look-behinds for any of the words, capitalised or not (a look-behind has one width: one
    per word)."""
    return "|".join(rf"(?<=\b[{w[0]}{w[0].upper()}]{w[1:]}\s)" for w in words.split())


_DAY_PART_PREPOSITION = _right_after("by before after until till from around")
_BY_PREPOSITION = _right_after("by before after until till around")  # "by 15:30" (not "from
# 07:30", a timetable's hours)

# A clock time or a part of a day on its own ("at 7 p.m.", "by late afternoon"): it happens on
# the day the text has just established ("The fire started on Sunday. At 7 p.m., ...").
_TIME_OF_DAY = re.compile(
    rf"(?:(?<=\b(?i:from)\s)|(?m:^))(?P<range>{_CLOCK_FROM}\s*(?:-|\u2013|(?i:to|until|till))\s*{CLOCK})"
    rf"|\b(?P<range24>{HOUR24}\s*(?:-|\u2013|(?i:to|until|till))\s*{HOUR24})(?![.:]?\d)"  # "14.00
    # to 17.00", a 24-hour range
    rf"|(?:\b(?P<lead>(?i:at))\s+)?\b(?P<clock>{CLOCK})"
    r"|\b(?i:at)\s+(?:[01]\d|2[0-3]):[0-5]\d\b(?![:.]?\d|\s*(?:%|[ap]\.?m))"  # "kick-off at 19:35"
    r"(?:(?:,\s*|\s+(?i:and|or)\s+)(?:[01]\d|2[0-3]):[0-5]\d\b(?![:.]?\d))*"  # "at 08:00, 12:00
    # and 17:00": the times of one day, each its own entry (see _with_clock_times)
    r"|(?:(?<=\bat\sabout\s)|(?<=\bat\saround\s))(?:[01]\d|2[0-3]):[0-5]\d\b(?![:.]?\d|\s*(?:%|[ap]\.?m))"
    # "return at about 16:00": the time, without "at about"
    rf"|(?:(?<=\b[Tt]he\s)|(?<=\b[Ii]ts\s)|(?<=\b[Tt]heir\s)){HOUR24}\b(?=\s+[a-z])"  # "the
    # 14:00 sailing", "its 08.30 sailing"
    rf"|(?:{_BY_PREPOSITION})(?:[01]\d|2[0-3]):[0-5]\d\b(?![:.]?\d|\s*(?:%|[ap]\.?m))"  # "by
    # 15:30": the preposition stays out of the expression
    rf"|(?m:^){HOUR24}(?=:?\s+[A-Z][a-z])"  # a programme's line: "12:30 Assembly at the Green"
    r"|(?i:\b(?:early|late|mid)[-\s]*(?:morning|afternoon|evening))\b"
    r"|(?i:\b(?:early|late)\s+in\s+the\s+(?:morning|afternoon|evening))\b"  # "showers late in
    # the afternoon": that day's
    r"|\b[Ii]n\s+the\s+(?:morning|afternoon|evening)\b(?!\s+(?:of|after|before)\b)"  # "a cool
    # change in the afternoon": that day's (not "in the morning of May 4", a day of its own)
    r"|(?<=\b[Bb]y\s)(?:the\s+(?:morning|afternoon|evening)|morning|evening|lunchtime)\b"
    # "By the afternoon,", "By evening" (the day told)
    r"|(?:(?<=\b[Bb]y\s)|(?<=\b[Aa]t\s)|(?<=\b[Ss]ince\s)|(?<=\b[Uu]ntil\s))(?:lunchtime|teatime)\b"
    # "since lunchtime", "by teatime": that day's
    rf"|(?:\b(?i:at)\s+|{_DAY_PART_PREPOSITION})\b{DAY_PART}\b(?![-\u2019'])"
    r"|(?<=\b[Ii]n\s)(?i:morning|midday|afternoon|evening)"  # "in afternoon trading": the day
    r"(?=\s+trading\b(?!\s+[A-Z][a-z]+day\b))"  # told ("trading Wednesday" is one; "trading
    # on Friday" two)
)  # "by nightfall", "at dawn": the day told (not "a pre-dawn raid", "the dawn ceremony")
_TIME_TRIGGER = re.compile(
    r"(?i)\d\s*[ap]\.?m\b|\d\d:?\d\d\s+(?:GMT|UTC|local\s+time)\b"
    r"|\b(?:at|the|its|their|by|before|after|until|till|around)\s+[012]\d[:.]\d\d\b"
    r"|\bhalf\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b"
    r"|\b(?:past|to)\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b"
    r"|teatime"
    r"|[012]\d[.:]\d\d\s*(?:-|\u2013|to|until|till)\s*[012]\d"
    r"|\bnoon\b|\bmidday\b|\bmidnight\b|morning|afternoon|evening|o['\u2019]clock|at\s+night"
    r"|lunchtime|nightfall|dusk|dawn|daybreak|sunrise|sunset|sundown|first\s+light"
    r"|(?m:^)[012]\d[:.]\d\d\b"
)


def _with_clock_times(text: str, offset: int, mentions: list[Mention]) -> list[Mention]:
    """Add the clock times and parts of days that stand alone (not "at 9 a.m. Thursday", which
    is one expression already, nor "48 hours" or "each morning")."""
    if not _TIME_TRIGGER.search(text):
        return mentions
    taken = [(m.start - offset, m.end - offset) for m in mentions]
    found = []
    for a, b in _windows(text, _TIME_TRIGGER):
        for match in _TIME_OF_DAY.finditer(text, a, b):
            start, end = match.span()
            if match.group("clock"):  # "the Esplanade will be closed 8am to 1pm": one range
                end = _range_end(match.group("clock"), text, end)
            if (
                _HABIT_BEFORE.search(text, max(0, start - 12), start)
                and not _one_night(match.group(0), text, end)  # "between 8pm and 2am"
            ):
                if (end_of_range := same_day_end(match.group(0), text, end)) is not None:
                    taken.append(end_of_range)  # "between 6am and 8am": neither end
                continue
            if (
                any(x < end and start < y for x, y in taken)
                or (
                    _FROM_BEFORE.search(text, max(0, start - 12), start)
                    and _RANGE_ON.match(text, end)
                )
                or AFTER_A_SCHEDULE.search(text, max(0, start - 40), start)
                or EACH_DAY_AFTER.match(text, end)
                or ((to := _RANGE_ON.match(text, end)) and EACH_DAY_AFTER.match(text, to.end()))
                or (
                    _EVERY_BEFORE.search(text, max(0, start - 40), start)
                    and not (
                        _A_SERVICE_STARTS.search(text, max(0, start - 40), start)
                        and not (match.group("range") or _RANGE_ON.match(text, end))
                    )
                )
                or BEFORE_A_SCHEDULE.match(text, end)
                or (
                    (counted := _COUNTED_AFTER.match(text, end))
                    and not _ENDS_ITS_SENTENCE.match(text, end - 1)
                    and not _A_RATE.search(counted.group(0))  # ("rose 9 cm an hour after")
                )
                or _A_DAY_BEFORE.search(text[max(0, start - 120) : start].rsplit(". ", 1)[-1])
            ):
                continue
            taken.append((start, end))
            clock = match.group("clock") or match.group("range") or match.group("range24")
            listed = [] if clock else list(_LISTED_TIME.finditer(text, start, end))
            if len(listed) > 1:  # "at 08:00, 12:00 and 17:00": "at 08:00", "12:00", "17:00"
                found.extend(
                    Mention(text[a:b], offset + a, offset + b, "clock", (("clock", text[a:b]),))
                    for a, b in [(start, listed[0].end()), *(t.span() for t in listed[1:])]
                )
                continue
            if match.group("range") and _MOVED_FROM.search(text, max(0, start - 60), start):
                to = _RANGE_JOIN.search(text, start, end)  # "moved from 11am to noon": the
                if to is not None:  # old time and the new, each its own entry
                    found.extend(
                        Mention(text[a:b], offset + a, offset + b, "clock", (("clock", text[a:b]),))
                        for a, b in [(start, to.start()), (to.end(), end)]
                    )
                    continue
            parts = (("clock", clock if clock and end == match.end() else text[start:end]),)
            found.append(Mention(text[start:end], offset + start, offset + end, "clock", parts))
    return sorted(mentions + found, key=lambda m: m.start) if found else mentions


_MOVED_FROM = re.compile(rf"{MOVED_FROM}$")  # (words.MOVED_FROM)
_RANGE_JOIN = re.compile(r"\s*(?:-|\u2013|\b(?i:to|until|till)\b)\s*")


def _one_night(clock: str, text: str, end: int) -> bool:
    """Does ``clock`` open a range of hours over midnight on one night ("between 8pm and 2am",
    not "between 11pm and 6am each night")?"""
    stop = over_midnight(clock, text, end)
    return stop is not None and not EACH_DAY_AFTER.match(text, stop)


_LISTED_TIME = re.compile(HOUR24)  # one of a list of 24-hour times
_ENDS_ITS_SENTENCE = re.compile(r"\.\s+[A-Z\"\u201c]")  # "at 11:45 p.m. Many of them had ..."
# "at 6 a.m. ten days before the shooting": its day is counted from an event, not the last date
_COUNTED_AFTER = re.compile(  # (not "after the 10 a.m. announcement before recovering", nor
    # "was halted at 9:41 a.m. and resumed an hour later", a count from the clock time)
    r"(?:(?!\band\b)[^,.;:()])*?\b(?:days?|weeks?|months?|years?|hours?|minutes?|nights?|fortnight)\s+"
    r"(?:before|after|earlier|later|ago|prior)\b"
)
# "two return crossings a day, leaving at 7am and 2pm", "an extra crossing each evening, leaving
# at 9.45pm", "posted every weekday at 4pm", "Each hearing begins at 6:30 p.m.": a timetable
_A_SERVICE_STARTS = re.compile(  # "buses every 15 minutes starting at 7:30 p.m." (not "every 10
    r"(?i)\bevery\s+(?:\d+|few|five|ten)\s+minutes\s+(?:starting(?:\s+at)?|from)\s+$"  # minutes
)  # from 6am to midnight", a timetable)
_A_RATE = re.compile(r"\d\S*\s+[a-z/]+\s+(?:an?|per)\s+(?:hour|day|week|minute)s?\s+\w+$")
_A_DAY_BEFORE = re.compile(
    r"(?i)\b(?:a|per|each|every)\s+(?:day|evening|morning|night|afternoon|weekday)\b|\bdaily\b"
    r"|^\s*(?:Each|Every)\s"
)
# "every Sunday at", "each day from", "weekdays from", "The museum is open from": opening hours
_EVERY_BEFORE = re.compile(  # "every day at", "each starting at", "every 20 minutes between" (but
    # "filled every carriage by 9am" tells when it was full, and "buses every 15 minutes
    # starting at 7:30 p.m." or "from 4am" when that service starts, on the day told)
    r"(?i)\b(?:(?:every|each)\s+(?:[\w,]+\s+){0,3}(?<!\bby\s)|(?:week(?:days|nights|ends)|daily)\s+"
    r"(?:from\s+)?|(?:is|are)\s+open\s+from\s+"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)days\s+(?:(?:and|or)\s+\w+days\s+)?"  # "watering
    r"(?:before|after|until|till|from|at|by)\s+)$"  # on Tuesdays and Saturdays before 8 a.m."
)
_HABIT_BEFORE = re.compile(  # the end of a range of hours ("9am to 5pm", "between"), or "open
    r"(?i)\b(?:between|per)\s+$|\d\s*(?:[ap]\.?m\.?)?\s*(?:-|to|until|till)\s*$"  # until"
    r"|\bopen\s+(?:\w+\s+)?(?:until|till|to)\s+$"  # (but "close the line until 11am" is a time)
    r"|\bhours,?\s+$"  # "will run extended hours, 9 a.m. to 9 p.m., through Monday": a timetable
)
# "open from 9 a.m. to 5 p.m.": the hours of a timetable (but "gates open from 7 p.m." that night)
_FROM_BEFORE = re.compile(r"(?i)\bfrom\s+$")
_RANGE_ON = re.compile(rf"\s*(?:-|\u2013|(?i:to|until|till|and))\s*{CLOCK}")  # (and "at 6am
# and 10pm each day", whose days are any)


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


# the clock time after a day: "Tuesday 9.15pm", "April 7, 7 p.m.", "Saturday from 10am to noon"
_CLOCK_AFTER = re.compile(
    rf"(?:,?\s+(?i:at|around|about)|,)?\s+{CLOCK}"
    rf"|\s+(?i:from)\s+{_CLOCK_FROM}\s*(?:-|\u2013|(?i:to|until|till))\s*{CLOCK}"
)


# the end of a range of hours: "9am to 1pm", "10am-noon"
_CLOCK_TO = re.compile(rf"\s*(?:-|\u2013|(?i:to|until|till)\b)\s*({CLOCK})")


def _range_end(clock: str, text: str, end: int) -> int:
    """Where a range of hours on one day ends that the clock time ``clock`` (ending at ``end``
    of ``text``) opens ("closed 8am to 1pm", "Saturday 1 May, 9am-noon": one expression), else
    ``end`` (not "10pm to 2am", two days).

    >>> text = "closed 8am to 1pm daily"
    >>> text[7:_range_end("8am", text, 10)], _range_end("10pm", "10pm to 2am", 4)
    ('8am to 1pm', 4)
    """
    tail = _CLOCK_TO.match(text, end)
    first = minute_of_day(clock)
    if tail is None or first is None:
        return end
    last = minute_of_day(tail.group(1))
    return tail.end() if last is not None and last > first else end


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


_FIRST_WORD = re.compile(r"\w+")


def _with_clock_time(text: str, start: int, end: int, kind: str, parts: dict[str, str]) -> tuple:
    """Widen a day to take in its clock time: "at 9 a.m. Thursday" is one expression."""
    if kind not in ("date", "month_day", "weekday", "day_word", "event_day", "holiday"):
        return start, end
    window = max(0, start - 60)  # "9 a.m. to 12:30 p.m. Friday, Dec. 29": one range, one day
    left = re.search(
        rf"(?:\b(?i:at)\s+)?\b(?:(?:{_CLOCK_FROM}\s*(?:-|\u2013|(?i:to|until))\s*)?{CLOCK}|{DAY_PART}"
        rf"|{HOUR24}|(?i:lunchtime|mid-?morning|mid-?afternoon))"
        r"\s+(?:(?i:on)\s+)?$",  # "at dusk Saturday", "dawn Sunday", "by lunchtime today",
        # "by mid-morning on Sunday": one expression
        text[window:start],
    )
    if (
        left
        and (parts.get("lead") or "on").casefold() == "on"
        and not (  # "starts at 11 a.m. Last Labour Day, drivers ...": a new sentence after
            left.group(0).rstrip().endswith(".")  # "a.m.", not one expression
            and (first := _FIRST_WORD.match(text, start)) is not None
            and opens_a_sentence(first.group(0))
        )
    ):
        return window + left.start(), end
    right = _CLOCK_AFTER.match(text, end)  # read in place: no copy of a long text's tail
    if right is None:
        return start, end
    return start, _range_end(right.group(0), text, right.end())  # "Thursday 29 January, 9am
    # to 1pm"


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

    A date in the dateline ("KYIV, Nov. 20 -") or a caption's photo credit is left out: it says
    when the story or the photo was filed, not when something happened (the timeline adds the
    dateline's date as its own entry, see :mod:`~lessons.timeline.dateline`).
    """
    document = read_document(article)
    found: list[tuple[Mention, StorySentence]] = []
    seen: dict[str, list[Mention]] = {}  # a repeated paragraph is read once
    for _, span in article.story_parts():
        for mention in _mentions_in(span, seen):
            sentence = document.sentence_at(mention.start)
            if sentence is not None:
                found.append((mention, sentence))
    return tuple(found)
