"""The cue words of an event: its noun, a forecast, what was done.

A date before an event's noun is the day of that event, held or still to come ("the Nov. 3
election", "ahead of Saturday's march", "at its next meeting in June"); a storm or a slip no one
plans has happened ("after Thursday's slip"), a forecast or a warning looks ahead ("forecast
heavy snow from Tuesday"), and a participle beside its noun tells what was done ("approved by
councillors in March").
"""

from __future__ import annotations

import re

from lessons import vocab
from lessons.timeline.words import EVENT_NOUNS, either

# An event's noun after the date: the day of that event, held or to come
EVENT_AFTER = re.compile(rf"\s+(?:{EVENT_NOUNS}|results?)\b")  # "the Nov. 3 election"
AT_THE_EVENT = re.compile(r"(?i)\b(?:on|at|in|before|until|by)\s+(?:the|this|its)\s+$")
RESULTS_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?results?\b")  # "will certify Nov. 3 results"
# "for the June 2 election", "preparing for the May vote", "ahead of the April poll": an
# event the sentence's doing was for
_RUN_UP_TO = r"ahead\s+of|in\s+advance\s+of|in\s+the\s+(?:run|lead)[-\s]up\s+to"
FOR_THE_EVENT = re.compile(
    rf"(?i)\b(?:for|{_RUN_UP_TO}|toward|towards)\s+(?:the|this|next|its|their)\s+$"
)
# "ahead of Friday's jobs report", "in the run-up to the vote on Sunday": an event after the one
# the sentence tells
IN_THE_RUN_UP = re.compile(rf"(?i)\b(?:{_RUN_UP_TO})\s+(?:[^\s,;:.]+\s+){{0,4}}?(?:on\s+)?$")
# "a cut at its next meeting in June", "the upcoming vote on Tuesday": the time of an event
# still to come
NEXT_EVENT = re.compile(
    r"(?i)(?:\b(?:its|the|their|his|her|our|a)|['\u2019]s)\s+(?:next|upcoming|forthcoming)\s+"
    r"(?:[a-z-]+\s+){1,3},?\s*(?:in|on|at|set\s+for|scheduled\s+for|due|due\s+on|due\s+in)?\s*$"
)
FOLLOWS_AN_EVENT = re.compile(  # "follows the collapse of talks on", "comes a week after a"
    r"(?i)\b(?:follows|comes\s+(?:(?:a|one|two|three|\w+\s+days?|\w+\s+weeks?)\s+)?after)\s+"
    r"(?:the|a|an|its|his|her|their)\s+[^,;:.]{0,50}$"
)
NOT_RULED_OUT = re.compile(r"(?i)\b(?:not|n['\u2019]t)\s+(?:been\s+)?rul(?:ed|ing)\s+out\b[^.;]*$")
NOT_RULED_OUT_AFTER = re.compile(
    r"(?i)[^.;]{0,30}?\b(?:has|have|had|is|are|was|were)\s+(?:not|n['\u2019]t)\s+(?:been\s+)?ruled\s+out"
)
AHEAD_AFTER = re.compile(r"(?i)\s+(?:still\s+)?ahead\b(?!\s+of\b)")  # "the weekend ahead"

# A weekday in the possessive: "Friday's game", "after Thursday's slip"
POSSESSIVE = re.compile(r"^\s?['\u2019]\s?s\b")
A_FIXTURE_AFTER = re.compile(  # a match the dek's present keeps or moves ("Saturday's final")
    r"^\s?['\u2019]\s?s\s+(?:[A-Za-z]+\s+)?(?:final|semi-final|match|game|derby|race|fixture)\b"
)
# "'s slip", "'s ice storm", "'s water main break": an event no one schedules, after a weekday
# in the possessive (vocab/timeline_unplanned_events.txt)
UNPLANNED_AFTER = re.compile(
    rf"(?i)['\u2019]s\s+(?:[\w-]+\s+){{0,2}}?{either(vocab.word_list('timeline_unplanned_events'))}\b"
)
# "ahead of Saturday's storm", "bracing for Friday's blizzard": a forecast, still to come
_FORECAST_BEFORE = re.compile(
    r"(?i)\b(?:ahead\s+of|before|for|until|expected|forecast)\s+(?:an?\s+|the\s+)?$"
)
_A_STORM_AFTER = re.compile(  # "after Friday night windstorm", "after Saturday night injury": a
    # weekday naming what struck (the same events as UNPLANNED_AFTER, without "'s")
    r"(?i)\s+(?:(?:wind|ice|snow|rain|thunder|dust)?storms?|gales|"
    rf"{either(vocab.word_list('timeline_unplanned_events'))})\b"
)


def possessive(after: str) -> bool:
    """Does the text after an expression make it a possessive ("Friday's game")?"""
    return POSSESSIVE.match(after) is not None


def unplanned_after(before: str, after: str) -> bool:
    """Does a weekday in the possessive name an event no one plans, so a day gone by ("after
    Thursday's slip"), and not a forecast ("ahead of Saturday's storm")?

    >>> unplanned_after("It stays shut after ", "'s slip"), unplanned_after("ahead of ", "'s storm")
    (True, False)
    """
    unplanned = UNPLANNED_AFTER.match(after) or _A_STORM_AFTER.match(after)
    return unplanned is not None and not _FORECAST_BEFORE.search(before)


# A forecast or a warning looks ahead
FORECAST = re.compile(  # "forecast heavy snow from Tuesday" (not "the range it forecast in
    # November", "forecast on Monday that ...": when the forecast was made)
    r"(?i)(?<!\bhad\s)\b(?:forecast|predicted|forecasting|predicting)\s+"
    r"(?!(?:that|on|in|at|last|this|early|late|for|of|to|issued|released|published|updated"
    r"|made|posted)\b)"  # (not "its forecast for 2026", "The forecast issued on Thursday called")
    r"[a-z0-9](?:[^.;:]|(?<=\d)\.(?=\d))*\s(?:from|on|by|for|until|into)\s+$"
    r"|\bcall(?:ed|s)\s+for\s+(?:[\w-]+\s+){1,4}?to\s+[a-z]+\s+(?:(?:from|on|by|until)\s+)?$"
    r"|\bchances?\s+of\s+[^.;:]{0,60}\s(?:from|on|by|for|until|into|through)\s+$"
)  # (and "The forecast called for snow to begin late Monday afternoon", "gave a 70% chance of
# heavy rain from late Tuesday through Wednesday afternoon")
A_WARNING_RUNNING = re.compile(  # "put an amber alert in place yesterday, running from 9am on
    # Friday": a warning covers days to come from the day it was issued
    r"(?i)\b(?:warnings?|alerts?|watch|advisory|advisories)\b[^.;:]{0,80},?\s+"
    r"(?:running|covering|lasting|valid|in\s+force)\s+(?:from\s+)?(?:\S+\s+){0,2}?$"
)
A_FORECAST_AFTER = re.compile(r"['\u2019]s\s+(?:weather\s+)?(?:forecast|outlook)\b")

# What was done, or has happened
WHEN_IT_HAPPENED = re.compile(
    r"(?i)\s*,\s+when\s+[^.;:]*?\b(?:[a-z]+ed|was|were|had|hit|began|struck|fell|broke|went)\b"
)
COUNTED_ON_AFTER = re.compile(  # "first warned of the rain on Thursday, and a day later the
    # council began": the day is the one the story counts on from, a past
    r"(?i)\s*,?\s+(?:and\s+|then\s+)?(?:an?|one|two|three|four|five|six|seven|\d+)\s+"
    r"(?:hours?|days?|weeks?)\s+later\b"
)
DONE_BY_IN = re.compile(  # ", approved by councillors in", ", signed by the mayor on"
    r"(?i),\s+(?!(?:scheduled|planned|set|expected|slated|due|postponed|delayed|moved|pushed|"
    r"rescheduled|booked|timed|fixed)\b)[a-z]+ed\s+by\s+(?:[\w'\u2019-]+\s+){1,4}(?:(?:in|on)\s+)?$"
)
DONE_BESIDE = re.compile(
    r"(?i),\s+(?:(?:first|last|originally|initially|[a-z]+ly)\s+)?"  # ", first spotted at"
    r"(?!(?:scheduled|planned|set|expected|slated|due|postponed|delayed|moved|pushed|"
    r"rescheduled|called|booked|timed|billed|penciled|pencilled|fixed)\b)[a-z]+ed\s+"
    r"(?:(?:at|on|about|around|shortly|just|before|after|early|late)\s+){0,3}"
    r"(?:\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\.?\s+)?$"
)
AFTER_WHAT_HAPPENED = re.compile(r"(?i)\bafter\s+(?:[\w'\u2019-]+\s+){1,4}$")
AFTER_A_TIME_GONE = re.compile(r"(?i)\bafter\s+(?:an?\s+|the\s+)(?:[\w'\u2019-]+\s+){0,5}$")
