"""The ways news English writes a date, one pattern each: "Nov. 18", "on Tuesday", "last
August", "two days ago", "the day before".

Each pattern has a kind (how :mod:`~lessons.timeline.resolve` turns it into a date) and named
parts ("Tuesday, Nov. 19" has a ``weekday``, a ``month`` and a ``day``); what a pattern finds
in a story is a :class:`Mention`."""

from __future__ import annotations

import re
from dataclasses import dataclass

from lessons.timeline.words import (
    CLOCK,
    DAY,
    DAY_WORD,
    DAY_WORD_ORDINAL,
    DETERMINER,
    EDGE,
    EVENT_DAYS,
    EVENT_NOUN,
    EVENT_NOUNS,
    HOLIDAY,
    HOUR24,
    LEAD,
    LEAD_DAY,
    MONTH,
    MONTH_NAME,
    NUMBER,
    ONES,
    PART_OF_DAY,
    PRE,
    SEASON,
    SPOKEN_2000S,
    SPOKEN_SHORT_YEAR,
    SPOKEN_YEAR,
    WEATHER,
    WEEKDAY,
    WEEKDAY_ANY,
    WHICH,
    WHICH_THAT,
    YEAR,
    either,
)


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


_PERIOD_NOUN = r"(?:period|quarter|months|half|season|window)\b"  # "the April-June period"


def _pattern(kind: str, pattern: str) -> tuple[str, re.Pattern[str]]:
    return kind, re.compile(pattern)


# a holiday named with its country: "U.S. Thanksgiving" (see lessons.timeline.country)
_NATION = r"(?:U\.S\.|US|American|Canadian)"

# "6 February next year", "on March 3 this year": the year counted from publication
# ("3 October that year", "on May 14 of that year")
THIS_YEAR = r"(?:(?:\s+(?i:of))?\s+(?P<rel>(?i:this|last|next|that))\s+(?i:year)\b)?"


# the first clock time of a range: "9", "9.30", "4pm", "noon"
CLOCK_FROM = r"(?:\d{1,2}(?:[:.]\d{2})?(?:\s*(?:[ap]\.m\.?|[AaPp][Mm]\b))?|(?i:noon))"


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
    # "on the first of October, 1996": a day in words with its year
    _pattern(
        "date",
        rf"(?:\b(?P<lead>{LEAD_DAY})\s+)?(?:(?P<weekday>{WEEKDAY_ANY}),?\s+)?\b(?i:the)\s+"
        rf"(?P<day>(?i:{DAY_WORD_ORDINAL}))\s+(?i:of)\s+(?P<month>{MONTH}),?\s+(?P<year>{YEAR})",
    ),
    # "the first of February", "on Friday, the nineteenth of June": a day in words
    _pattern(
        "month_day",
        rf"(?:\b(?P<lead>{LEAD_DAY})\s+)?(?:(?P<weekday>{WEEKDAY_ANY}),?\s+)?\b(?i:the)\s+"
        rf"(?P<day>(?i:{DAY_WORD_ORDINAL}))\s+(?i:of)\s+(?P<month>{MONTH})",
    ),
    # "Wednesday, June sixteenth, nineteen ninety-nine": a date read aloud with its year
    _pattern(
        "date",
        rf"(?:\b(?P<lead>{LEAD_DAY})\s+)?(?:(?P<weekday>{WEEKDAY_ANY}),?\s+)?\b(?P<month>{MONTH})\s+"
        rf"(?P<day>(?i:{DAY_WORD_ORDINAL})),?\s+(?P<spoken>{SPOKEN_YEAR})",
    ),
    _pattern(  # "before July Fourth", "on March first", "on May the fifteenth"
        "month_day",
        rf"(?:\b(?P<lead>{LEAD_DAY})\s+)?\b(?P<month>{MONTH})\s+(?:(?i:the)\s+)?"
        rf"(?P<day>(?i:{DAY_WORD_ORDINAL}))\b",
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
        rf"(?=(?:(?:and|or)\s+{MONTH_NAME}\s+)?(?:[a-z]+-[a-z]+\s+)?{EVENT_NOUNS}\b)",
        # "the council's July meeting", "the May producer-price report", "the April and May
        # figures", "a June cut"
    ),
    # a month before a noun of a meeting, a bill or a storm: "their August meetings", "with
    # their March bills", "in the April storms" (a contract month, "the April contract", is
    # read by words.DELIVERY_MONTH_AFTER; not "its August forecast", when a forecast was made,
    # nor "our August business", a habit)
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
        r"(?:\b(?P<lead>(?i:in))\s+|(?:(?<=\b[Ss]ince\s)|(?<=\b[Ff]rom\s)|(?<=\b[Uu]ntil\s)"
        r"|(?<=\b[Bb]y\s)|(?<=\b[Bb]efore\s)|(?<=\b[Aa]fter\s)|(?<=\bof\s)|(?<=\bbetween\s)"
        r"|(?<=\bdue\s)))"  # ("since" and "due" stay out of the expression)
        rf"(?P<spoken>{SPOKEN_2000S}|{SPOKEN_SHORT_YEAR})",
    ),
    # "in nineteen ninety-six and ninety-seven": the second year of a pair read aloud
    _pattern(
        "spoken_year",
        rf"{SPOKEN_YEAR}\s+(?i:and|to|through)\s+(?P<x>(?P<spoken>{SPOKEN_SHORT_YEAR}))",
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
        rf"\b(?P<holiday>{HOLIDAY})\b(?:(?:,|\s+(?i:in|of))?\s+(?P<year>{YEAR})\b(?![,.]?\d)"
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
    # "Cup week": a holiday's weekend or week named by a shorter word (see _SHORT_HOLIDAYS in
    # lessons.timeline.expressions)
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
        rf"(?:\s+this\s+(?P<this>month|week|{SEASON})\b|\s+(?P<today>today|tonight)\b)?"
        r"|(?P<from_now>from\s+now)\b))",  # ("Fifty years ago this spring": that spring's year)
    ),
    # "a few hours ago", "20 minutes ago": the day it is told on
    _pattern(
        "ago",
        rf"(?i:\b(?:(?P<n>{NUMBER}|an)|a\s+few|several)\s+(?P<unit>hour|minute)s?\s+ago\b)",
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
    # "an hour later", "a few minutes earlier", and "Hours later" opening a sentence: a count of
    # hours is the day it counts from (not "the order issued hours earlier", which tells no day)
    _pattern(
        "counted",
        rf"(?i:\b(?:(?P<n>{NUMBER}|an)|a\s+few|several)\s+(?P<unit>hour|minute)s?\s+"
        r"(?P<dir>earlier|later|afterwards?))",
    ),
    _pattern("counted", r"\b(?=Hours\s+later\b)(?P<unit>(?i:hour))s\s+(?P<dir>later)"),
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
        rf"(?i:(?:(?<=,\s)|(?<=\bcame\s)|(?<=\bcomes\s))(?:(?:just|only)\s+)?(?P<n>{NUMBER})\s+"
        r"(?P<unit>day|week)s?\s+"
        r"(?P<dir>(?P<back>after))(?=\s+[A-Za-z]))",
    ),
    # "the next day", "the following week", "that day", "later that day"
    _pattern(
        "after_event",
        r"(?i:(?:\b(?P<lead>at|in)\s+)?(?:\bthe\s+(?P<span>beginning|start|middle|end)\s+of\s+)?"
        rf"(?:{CLOCK_FROM}\s*(?:-|\u2013|to|until)\s*(?={CLOCK}\s+that\s))?"  # "4pm to 9pm
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
        rf"(?P<dir>of)\s+the\s+(?!{MONTH}\s*\d|\d+(?:st|nd|rd|th)\b){EVENT_NOUN})",  # (not
        # "on the morning of the 15th": a day of the month)
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
    # "in court on the 7th", "by the 15th", "the morning of the 15th": a day of the month a
    # date of the story names; "Friday the 25th": the Friday that is a 25th
    _pattern(
        "day_of_month",
        r"(?i:(?:\b(?P<pre>by|until|till|through|before|after|since|for|from|between)\s+)?"
        r"(?P<x>(?:\b(?P<lead>on)\s+)?(?P<part_of>the\s+(?:morning|afternoon|evening|night)\s+of\s+)?"
        rf"(?:(?P<weekday>{WEEKDAY})\s+)?the\s+"
        rf"(?P<day>(?:3[01]|[12]\d|[1-9])(?:st|nd|rd|th)|(?!first|second|third|(?-i:Fourth\b))"
        rf"{DAY_WORD_ORDINAL})\b"  # ("the Fourth" with a capital is the Fourth of July)
        r"(?:\s+of\s+(?P<rel_month>this|next|last|the)\s+month\b)?)"  # "on the 18th of this
        # month", "around the twentieth of the month" (the month told, as "the 20th" alone)
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


def trigger_windows(text: str, trigger: re.Pattern[str]) -> list[tuple[int, int]]:
    """Stretches of text around the words that a pattern needs."""
    windows: list[tuple[int, int]] = []
    for match in trigger.finditer(text):
        a, b = max(0, match.start() - 60), min(len(text), match.end() + 40)
        if windows and a <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], b))
        else:
            windows.append((a, b))
    return windows
