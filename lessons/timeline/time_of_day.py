"""Clock times and parts of a day: "at 9 a.m. Thursday" is one expression with its day, and a
time standing alone ("At 7 p.m., the fire reached the ridge", "by late afternoon") happens on
the day just described; a timetable's hours ("open 9 a.m. to 5 p.m. daily") are no date."""

from __future__ import annotations

import re

from lessons.article.words import opens_a_sentence
from lessons.timeline.patterns import CLOCK_FROM, Mention, trigger_windows
from lessons.timeline.timetables import AFTER_A_SCHEDULE, BEFORE_A_SCHEDULE
from lessons.timeline.words import (
    CLOCK,
    EACH_DAY_AFTER,
    HOUR24,
    MOVED_FROM_BEFORE,
    minute_of_day,
    over_midnight,
    same_day_end,
)

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
    rf"(?:(?<=\b(?i:from)\s)|(?m:^))(?P<range>{CLOCK_FROM}\s*(?:-|\u2013|(?i:to|until|till))\s*{CLOCK})"
    rf"|\b(?P<range24>{HOUR24}\s*(?:-|\u2013|(?i:to|until|till))\s*{HOUR24})(?![.:]?\d)"  # "14.00
    # to 17.00", a 24-hour range
    rf"|(?:\b(?P<lead>(?i:at))\s+)?\b(?P<clock>{CLOCK})"
    r"|\b(?i:at)\s+(?:[01]\d|2[0-3]):[0-5]\d\b(?![:.]?\d|\s*(?:%|[ap]\.?m))"  # "kick-off at 19:35"
    r"(?:(?:,\s*|\s+(?i:and|or)\s+)(?:[01]\d|2[0-3]):[0-5]\d\b(?![:.]?\d))*"  # "at 08:00, 12:00
    # and 17:00": the times of one day, each its own entry (see with_clock_times)
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
    r"|\b(?:at|by|until|around)\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve)-[a-z]|[a-z]\s+[ap]\.m\b"  # "at eleven-forty", "by ten p.m."
    r"|[a-z]\s+(?:GMT|UTC)\b"  # a clock read aloud: "at two-fifteen", "thirteen forty-two UTC"
    r"|[012]\d[.:]\d\d\s*(?:-|\u2013|to|until|till)\s*[012]\d"
    r"|\bnoon\b|\bmidday\b|\bmidnight\b|morning|afternoon|evening|o['\u2019]clock|at\s+night"
    r"|lunchtime|nightfall|dusk|dawn|daybreak|sunrise|sunset|sundown|first\s+light"
    r"|(?m:^)[012]\d[:.]\d\d\b"
)


_HOURS_JOINED = re.compile(r"-(?:to|until|till)-")  # "9 p.m.-to-6 a.m.": hours made one word
_HOURS_JOINED_BEFORE = re.compile(r"-(?:to|until|till)-$")


def with_clock_times(text: str, offset: int, mentions: list[Mention]) -> list[Mention]:
    """Add the clock times and parts of days that stand alone (not "at 9 a.m. Thursday", which
    is one expression already, nor "48 hours" or "each morning")."""
    if not _TIME_TRIGGER.search(text):
        return mentions
    taken = [(m.start - offset, m.end - offset) for m in mentions]
    found = []
    for a, b in trigger_windows(text, _TIME_TRIGGER):
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
                or _HOURS_JOINED.match(text, end)  # "a 9 p.m.-to-6 a.m. curfew": the hours
                or _HOURS_JOINED_BEFORE.search(text, max(0, start - 8), start)  # of a rule
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
            if match.group("range") and MOVED_FROM_BEFORE.search(text, max(0, start - 60), start):
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


# the clock time after a day: "Tuesday 9.15pm", "April 7, 7 p.m.", "Saturday from 10am to noon"
_CLOCK_AFTER = re.compile(
    rf"(?:,?\s+(?i:at|around|about)|,)?\s+{CLOCK}"
    rf"|\s+(?i:from)\s+{CLOCK_FROM}\s*(?:-|\u2013|(?i:to|until|till))\s*{CLOCK}"
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


_FIRST_WORD = re.compile(r"\w+")


def with_clock_time(text: str, start: int, end: int, kind: str, parts: dict[str, str]) -> tuple:
    """Widen a day to take in its clock time: "at 9 a.m. Thursday" is one expression."""
    if kind not in ("date", "month_day", "weekday", "day_word", "event_day", "holiday"):
        return start, end
    window = max(0, start - 60)  # "9 a.m. to 12:30 p.m. Friday, Dec. 29": one range, one day
    left = re.search(
        rf"(?:\b(?i:at)\s+)?\b(?:(?:{CLOCK_FROM}\s*(?:-|\u2013|(?i:to|until))\s*)?{CLOCK}|{DAY_PART}"
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
