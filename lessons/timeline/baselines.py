"""A date that is a baseline of comparison, not an event: no row on the timeline.

"Profit rose to $8.2 million from $6.1 million a year earlier", "up from 24 in 2012": the
earlier figure's time is the period a figure is compared with. :func:`is_comparison` reads the
words before a date for such a comparison ("from", "compared with", "than", a figure).

>>> is_comparison("after_event", "up 15% from 4 pence ")
True
"""

from __future__ import annotations

import re

from lessons.timeline.words import (
    CLOCK,
    COUNT_WORDS,
    MONTH,
)

# "from $8.2 million a year earlier", "compared with 40% a year ago": a figure compared with the
# same period before. That baseline is a period of comparison, not an event: it gets no row (and
# no later date counts from it). "Last year" stays a date ("a loss of $3 million last year").
_COMPARED = re.compile(
    r"(?i)(?:\b(?:compared\s+with|compared\s+to|from|than|versus|vs\.|against)|"
    r"(?<!level\s)(?<!Level\s)(?<!stage\s)(?<!phase\s)(?<!category\s)(?<!Category\s)"  # (not
    r"\d(?:%|[a-z]{1,2}\b)?(?:\s+[a-z]+)?|"  # "raised the alert to level 3 five days later")
    rf"\b(?:percent|million|billion|cents?|pence|a\s+share)|\b(?:from|than|with)\s+(?:{COUNT_WORDS})"
    r"|\b(?:double|triple|twice|half)\s+the\s+(?:number|figure|total|level|amount))"  # "almost
    # double the number a decade earlier"
    r"\s*,?\s*$"
)  # "up from six a year earlier"


# a figure compared with the one of a year: "up from 24 in 2012", "compared with two in all of
# 2018", "compares with an estimate of €6.1 million in 2021", "down from 31% in the 2013
# primary", "fewer than the 7,900 counted in 2024" (not "more than $3 million in 2019", nor a
# change "from 1,000 in 2019 to 4,000 in 2024", which newswire annotation keeps as a date, nor
# "up from the $7.1 billion it forecast in November", the day of another event)
_AMOUNT = r"[$\u20ac\u00a3]?\d[\d.,]*\s*"  # "$4.2", "3.6", "1,000"
_UNIT = r"(?:%|pc|percent|per\s+cent|million|billion|m|bn|mm|cm|km|kg|ml)"  # "71mm"
# a figure read aloud in a broadcast: "five point two percent", "forty-one"
_SPOKEN_AMOUNT = rf"{COUNT_WORDS}(?:[-\s]+(?:point\s+)?{COUNT_WORDS}){{0,4}}\s*"
_TO_FROM = re.compile(  # a figure moved "to" one value "from" another: the second is a baseline
    rf"(?i)\bto\s+(?:{_AMOUNT}|{_SPOKEN_AMOUNT}){_UNIT}?[^;:]{{0,40}}?\bfrom\s+"
    r"(?:(?:a|an|its|their|the)\s+(?:[a-z]+\s+)?(?:peak|high|low|record|level)\s+of\s+)?"
    rf"(?:{_AMOUNT}|{_SPOKEN_AMOUNT}){_UNIT}?\s+"
    r"(?:(?:euros?|dollars?|pounds?|yen|yuan|crowns?|francs?|rupees?|tonnes?|barrels?)\s+)?"
    r"(?:(?:in|at)\s+)?(?:the\s+)?(?:same\s+(?:period|quarter|half|month|week)\s+(?:of|in)\s+)?$"
    # "rose 23% to $41.80 Wednesday, from $34.00 at Tuesday's close", "fell 18% to 1.14 billion
    # euros from 1.39 billion euros a year earlier", "fell to 7.2 percent in February from a peak
    # of 19 percent in October 2024", "rose to $287 million from $201 million in the same period
    # of 2024"
)
# a figure that moved "from" a value: the value's time is a baseline
_FIGURE_MOVED_FROM = re.compile(
    r"(?i)\b(?:rose|risen|fell|fallen|dropped|climbed|grew|grown|increased|decreased|declined|"
    r"jumped|slipped|shrunk|shrank|soared|plunged|dwindled|slumped)\s+from\s+"
    r"(?:(?:about|around|nearly|almost|roughly|some|just\s+(?:over|under))\s+)?"  # "from about"
    rf"{_AMOUNT}{_UNIT}?\s+"
    r"(?:[a-z]+s\s+)?(?:in\s+)?$"  # "dropped from 5,900 students in 2015"
)
_BASELINE = re.compile(
    r"(?i)\b(?:(?:up|down)\s+from|compared\s+(?:with|to)|compares\s+with|versus|than\s+the"
    r"|against\s+(?:a|an)\s+(?:profit|loss|gain|surplus|deficit|average|norm)\s+of"
    # "lost $42.7 million, against a profit of $61 million in fiscal 2024"
    r"|(?:above|below|beyond|short\s+of)\s+(?:an?|the|its|their)\s+(?:[a-z]+\s+)?"
    r"(?:estimate|forecast|projection|peak|high|low|average|budget|target)\s+of)\s+"
    # "came in above an estimate of \u00a36.8 million made in 2022", "below their peak of $34.10
    # in February 2024" (but "below its record of $260, set in February 2022" is the record's
    # day)
    rf"(?:[a-z]+\s+){{0,4}}?(?:(?!(?:1[89]|20)\d\d\b){_AMOUNT}{_UNIT}?|{_SPOKEN_AMOUNT})"
    # (a number read aloud: "down from seventy-four percent in 1994")
    r"(?:\s+(?!(?:in|it|he|she|they|we|was|were|had)\b)[a-z0-9][\w'-]*){0,4}\s+"
    r"(?:in\s+)?(?:all\s+of\s+|the\s+same\s+[a-z]+\s+(?:of|in)\s+|the\s+|an?\s+|fiscal\s+)?$"
    # "up from $97 million in fiscal 2024", "up from 74 per cent in a 2022 ballot", "up from
    # 8,200 on the 46K in 2023", "up from 7,100 in the same week of 2025"
)
# a change then the time it is measured from: "up 6% from last year's record", "compared with
# $288 million ... in the same period last year", "more than double last year's premium"
_BASELINE_RIGHT_AFTER = re.compile(
    rf"(?i)\b(?:rose|fell|dropped|climbed|grew|increased|decreased|declined|jumped|slipped)\s+"
    rf"{_AMOUNT}{_UNIT}\s+from\s+the\s+same\s+(?:period|quarter|half|month|week|season)\s+"
    r"(?:of|in)\s+$"  # ("fell 8 percent from the same period of 1999"; not "rose 22.3 percent from
    # January to June", the figure's own months)
    rf"|\b(?:up|down|higher|lower)\s+{_AMOUNT}{_UNIT}\s+(?:from|on)\s+"
    r"(?:the\s+same\s+(?:period|quarter|half|month|week|season)\s+(?:of|in)\s+)?$"  # ("down 6.8
    # percent from the same quarter of 1997")
    rf"|\b(?:compared\s+(?:with|to)|from\s+{_AMOUNT}|(?:below|above|against)\s+(?:the\s+)?"
    rf"{_AMOUNT})(?:[^.;]|\.\d){{0,60}}?\bin\s+the\s+same\s+"
    r"(?:period|quarter|month|week|time|season)\s+(?:of\s+)?$"  # (also "fell to $6.3 million
    # from $31.7 million, or 44 cents, in the same period last year"; "slightly below the 7.4
    # percent growth in the same period last year"; "compared with $94 million, or $2.01, in the
    # same period of 1997")
    rf"|\b(?:times|double|triple|twice)\s+the\s+{_AMOUNT}{_UNIT}?\s+(?:it|they)\s+[a-z]+\s+$"
    r"|\b(?:times|double|triple|twice)\s+the\s+(?:number|amount|total|level|figure)\s+(?:it|they)"
    r"\s+[a-z]+\s+[^.;]{0,50}?$"  # "three times the number it handled after Storm
    # Brann in February 2024"
    # "more than five times the $9.1 million it provisioned a year earlier"
    r"|\b(?<!no\s)(?<!not\s)(?:higher|lower|greater|bigger|smaller|earlier|later|fewer)\s+than\s+$"
    # "4.6% higher than this year's", "50 minutes earlier than last year" (not "no later than")
    r"|\b(?:more\s+than|nearly|almost|about)\s+(?:double|triple|treble)\s+$"  # "more
)  # than double last year's premium"
# a figure set against one of another time: "had reached 2.7 million, against 2.9 million for
# the 1992 vote"
_AGAINST_A_FIGURE = re.compile(
    rf"(?i)\bagainst\s+(?:an?\s+)?{_AMOUNT}(?:%|percent|per\s+cent|million|billion)\b"
    r"[^.;:]{0,30}?\b(?:in|for)\s+(?:the\s+)?$"
)
# a change by a share: "down by more than half from", "up by a third on"
_SHARE_FROM = re.compile(
    r"(?i)\b(?:up|down|higher|lower|rose|fell|risen|fallen)\s+(?:by\s+)?"
    r"(?:more\s+than\s+|almost\s+|nearly\s+|about\s+|roughly\s+)?"
    r"(?:half|a\s+half|a\s+(?:third|quarter|fifth|tenth)|two[-\s]thirds|three[-\s]quarters)"
    r"\s+(?:from|on)\s+(?:the\s+)?$"
)
# the second of two baselines: "up from 20,387 at the end of October and 17,950 in November 2022"
_BASELINE_AND = re.compile(
    r"(?i)\b(?:(?:up|down)\s+from|compared\s+(?:with|to)|compares\s+with|versus)\s+"
    rf"(?:[^.;]|\.\d){{0,80}}?\band\s+{_AMOUNT}{_UNIT}?\s+"  # ("down from 8.34% a week earlier
    # and 8.58% at the end of March")
    r"(?:in\s+)?(?:the\s+)?$"
)
# British "on" compares with a period: "takings were down by almost a third on August 2017",
# "up 4% on last year" (not "fell 3% on Tuesday", the day of the fall)
_BASELINE_ON = re.compile(r"(?i)\b(?:up|down|higher|lower)\b(?:\s+[^\s.;]+){0,5}?\s+on\s+$")
_PERIOD_KINDS = frozenset(["year", "month_year", "month", "unit", "season_year"])
_THAN_IN = re.compile(  # "than in the same week of 2022", "than in the 2025/26 season", "than
    # in 1976"
    r"(?i)(?<!rather\s)\bthan\s+(?:(?:in|during)\s+)?(?:the\s+same\s+\w+\s+(?:of|in)\s+|the\s+(?:\d{4}[/-])?"
    r"|(?:the\s+whole|all)\s+of\s+)?$"  # ("more than in the whole of last summer")
)
_CLOCK_JUST_BEFORE = re.compile(rf"{CLOCK}\s+$")
_FIGURE = re.compile(rf"(?i)\d|\b(?:percent|million|billion|cents?|pence|{COUNT_WORDS})\b")
_A_MONTH_FROM_A_MONTH = re.compile(rf"\b(?i:in|for)\s+{MONTH}\s+(?i:from)\s+$")
_COMPARING_WITH = re.compile(r"(?i)\bcompared\s+(?:with|to)\b")
_COMPARING = re.compile(r"(?i)\b(?:compared\s+(?:with|to)|than|versus|vs\.|against)\s*,?\s*$")


_SAME_PERIOD_BEFORE = re.compile(
    r"(?i)\b(?:compared\s+(?:with|to)|than|from|versus)\s+(?:in\s+)?the\s+same\s+"
    r"(?:week|month|period|quarter|time|day|weekend)\s+$"
)
_MONEY = re.compile(
    r"(?i)[$\u20ac\u00a3%]|\b(?:percent|per\s+cent|million|billion|cents?|pence|a\s+share|"
    r"points?)\b"
)
_COMPARED_WORD = re.compile(r"(?i)\b(?:compared|from|than|versus|vs\.|against)\b")
_MULTIPLE_OF = re.compile(r"(?i)\b(?:double|triple|twice|half)\s+the\s+[^.;]{0,80}$")


# "no earlier than 2028", "not later than March 5": the date bounds when, it is no figure's
_A_LIMIT = re.compile(r"(?i)\b(?:no|not)\s+(?:earlier|later|sooner)\s+than\s+$")


def is_comparison(kind: str, before: str) -> bool:
    """Is a counted expression ("a year earlier", "a year ago") the baseline of a comparison?
    "A year ago" needs a figure or "than"/"compared with" before it: "a photo from a year ago"
    compares nothing, "rates were lower than a year ago" does.

    >>> is_comparison("after_event", "up 15% from 4 pence ")
    True
    >>> is_comparison("ago", "net income of $132,000, or three cents a share, ")
    True
    >>> is_comparison("ago", "tax rates were lower than ")
    True
    >>> is_comparison("ago", "tactics from "), is_comparison("unit", "from $4 million ")
    (False, False)
    >>> is_comparison("year", "a vote on the region's status no earlier than ")
    False
    """
    if _A_LIMIT.search(before[-30:]):
        return False  # "a vote no earlier than 2028", "not later than March 5": a limit in time
    if kind == "after_event" and _CLOCK_JUST_BEFORE.search(before[-12:]):
        return False  # "suspended from 8pm the night before": a clock time, not a figure
    if _BASELINE.search(before[-70:]) is not None:  # "averaged 29, up from 24 in 2012",
        return True  # "down from 22 at the start of April", "up from 187 last year"
    if _BASELINE_AND.search(before) is not None:
        return True
    if kind in _PERIOD_KINDS and _AGAINST_A_FIGURE.search(before[-80:]) is not None:
        return True  # "2.7 million voters by Tuesday, against 2.9 million for the 1992 vote"
    if _SHARE_FROM.search(before[-60:]) is not None:
        return True  # "sales Monday were down by more than half from last Memorial Day"
    if (
        kind in _PERIOD_KINDS or kind in ("after_event", "holiday")
    ) and _BASELINE_RIGHT_AFTER.search(before[-100:]):
        return True  # "up 6% from last year's record", "compared with $288 million, or $1.86 a
        # share, in the same period last year", "traffic was up 4.8% from last year's Black
        # Friday"
    if kind in ("month", "month_year", "year", "weekday", "after_event") and (
        _TO_FROM.search(before[-90:]) is not None
    ):
        return True  # "slowed to 3.1% in February from 3.6% in January" (but "grow to 25% from
        # 20% last year" keeps "last year", datasets/README)
    if kind in ("month", "month_year") and _A_MONTH_FROM_A_MONTH.search(before[-30:]):
        return True  # "Egg prices rose 6% in October from September": the month compared with
    if kind in ("month", "month_year", "year") and _FIGURE_MOVED_FROM.search(before[-60:]):
        return True  # "The roll has fallen from 41 in 2012 to nine": where it started
    if kind in _PERIOD_KINDS and _BASELINE_ON.search(before[-50:]) is not None:
        return True
    if kind in ("year", "month_year", "season"):
        return _THAN_IN.search(before[-40:]) is not None  # "more than in the same week of 2022"
    if kind == "ago" and (
        _SAME_PERIOD_BEFORE.search(before[-60:]) or _MULTIPLE_OF.search(before[-90:])
    ):
        return True  # "compared with the same week a year ago", "more than double the $240
        # million it lost in the third quarter a year ago"
    if kind == "ago":
        window = before[-40:]
        figure = (
            _COMPARED.search(window) is not None
            and _FIGURE.search(window) is not None
            and (_MONEY.search(window) is not None or _COMPARED_WORD.search(window) is not None)
        )  # "net income of $132,000 a year ago" (not "cut power to 4,000 homes a fortnight
        # ago": a count of what happened then)
        return figure or _COMPARING.search(window) is not None
    window = before[-60:]  # "compared with 9,800 jobs added in the same quarter a year earlier"
    compared = _COMPARING_WITH.search(window) is not None and _FIGURE.search(window) is not None
    if kind != "after_event":
        return False
    window = before[-40:]
    figure = _COMPARED.search(window) is not None and (
        _MONEY.search(window) is not None
        or _COMPARED_WORD.search(window) is not None
        or _FIGURE.search(window) is None  # ("versus", "double the number": no figure needed)
    )  # not "after a grass fire burned 40 acres two days earlier": a count of what happened
    return figure or compared
