"""Not a date: a weekly timetable.

"Open Tuesday to Saturday", "8 a.m. to 5 p.m., Monday through Friday", "on Sunday afternoons"
and "will run a Sunday schedule" say when something happens every week, not which day:
:func:`is_a_schedule` tells such a weekday from a date ("Three cooling centers will be open
Friday through Sunday" are those days).
"""

from __future__ import annotations

import re

from lessons.timeline.words import CLOCK, WEEKDAY

# opening hours and timetables: "open Tuesday to Saturday", "8 a.m. to 5 p.m., Monday through
# Friday", "on Sunday afternoons", "a Sunday schedule" say when, every week, not which day
_RANGE_TO = r"\s*(?:-|\u2013|(?i:to|through|thru))\s*"
_SCHEDULE_BEFORE = re.compile(
    rf"(?:\b(?i:open|opens|hours|daily|free|staffed|available)\s+(?:(?i:from)\s+)?|{CLOCK},?\s+)"
    rf"(?:{WEEKDAY}{_RANGE_TO})?$"
)
_RANGE_AFTER = re.compile(rf"{_RANGE_TO}{WEEKDAY}")
_HOURS_LEAD = re.compile(  # a sentence about opening hours: every weekday in it is any week's
    r"(?i)(?:^|[.!?]\s+)(?:normal\s+|regular\s+|usual\s+)?(?:opening|trading|licensing|office|"
    r"business|visiting)\s+hours\b(?:[^.!?]|\.\d)*$"
)
# "shut from 6 a.m. Tuesday to Thursday morning": a span from one moment, not a timetable
_FROM_A_MOMENT = re.compile(rf"\b(?i:from)\s+{CLOCK},?\s+(?:{WEEKDAY}{_RANGE_TO})?$")
_PLURAL_PAIR = re.compile(
    rf"\s+(?:and|or|&)\s+{WEEKDAY}\s+(?i:mornings|afternoons|evenings|nights)\b"
)
_WILL_BE = re.compile(
    r"(?i)(?:\bwill|\bwould|['\u2019]ll)\s+be\s+\w+\s+(?:\w+\s+(?:-|to|through)\s+)?$"
)
_WEEKLY = re.compile(
    r"(?i)\b(?:mon|tues|wednes|thurs|fri|satur|sun)days\b|\b(?:mornings|afternoons|evenings)\b"
    r"|\bevery\b(?!\s+(?:\d+|few|couple\s+of)\s+(?:minutes|hours|mins)\b)|\bweekly\b|\beach\s+week\b"
)  # (not "shuttles every 15 minutes from 4 p.m. Friday": a frequency within the day)
# "starts its Saturday matches at 9am", "their Sunday services": a kind of event, any week's
_OWNERS_BEFORE = re.compile(r"(?i)\b(?:its|their|our|his|her|my|your)\s+$")
_KINDS_AFTER = re.compile(r"\s+(?!(?:was|has|is|does|goes|says)\b)[a-z]{3,}s\b(?!['\u2019])")
_TIMETABLE_AFTER = re.compile(  # (and "normal Sunday and public holiday bus services")
    r"\s+(?:(?:and|or)\s+(?:public\s+|bank\s+)?holiday\s+(?:(?:bus|rail|train|ferry)\s+)?"
    r"services\b|schedule|timetable|service\s+pattern|(?:opening\s+)?hours)\b"
)
A_BEFORE = re.compile(r"\b(?i:an?)\s+$")  # "a Sunday schedule", "a 7 a.m. sailing"
_A_SERVICE_AFTER = re.compile(
    r"\s+(?:sailing|crossing|departure|train|bus|flight|ferry|boat|service|shuttle)s?\b"
)
_NO_NOUN_AFTER = re.compile(
    r"\s*(?:[,.;:!?)]|$|\s(?:because|and|or|when|if|as|in|at|to|with|but|off)\b)"
)


def is_a_schedule(text: str, match: re.Match[str]) -> bool:
    """A weekday of a timetable, not a date (see ``_SCHEDULE_BEFORE``)."""
    start = match.start("weekday")
    before = text[max(0, start - 60) : start]
    if match.group(0).endswith(("morning", "afternoon", "evening", "night")) and (
        text[match.end() : match.end() + 1] == "s"
    ):
        return True  # "on Sunday afternoons"
    if _HOURS_LEAD.search(text, max(0, start - 200), start):
        return True  # "Trading hours are unchanged: ... until 12.30am on Friday and Saturday"
    if _PLURAL_PAIR.match(text, match.end()):
        return True  # "door staff for Friday and Saturday nights"
    owned = _OWNERS_BEFORE.search(before) and match.end() == match.end("weekday")
    if owned and _KINDS_AFTER.match(text, match.end()):
        return True  # "now starts its Saturday matches at 9am": a kind of match, any week's
        # (but "whether to operate its Sunday morning services": that Sunday's)
    if _TIMETABLE_AFTER.match(text, match.end()):
        return True  # "will run a Sunday schedule", "Services will run to the Sunday timetable
        # on the public holiday", "Ferry on Sunday timetable for Anniversary Day", "restore
        # Sunday hours at the libraries": a kind of timetable
    if A_BEFORE.search(text, max(0, match.start() - 4), match.start()) and _A_SERVICE_AFTER.match(
        text, match.end()
    ):
        return True  # "The summer timetable adds a late Friday sailing": one a week
    if A_BEFORE.search(before) and _NO_NOUN_AFTER.match(text, match.end()):
        return True  # "stopped booking anything for a Monday because": any Monday (but "a
        # Thursday vote" is this Thursday's)
    in_range = _RANGE_AFTER.match(text, match.end()) or re.search(rf"{WEEKDAY}{_RANGE_TO}$", before)
    if in_range and _WILL_BE.search(before) and not _WEEKLY.search(text):
        return False  # "Three cooling centers will be open Friday through Sunday": those days
        # (but "will be open Tuesday to Saturday ... and on Sunday afternoons": every week)
    if in_range and _FROM_A_MOMENT.search(before):
        return False  # "Street shut from 6 a.m. Tuesday to Thursday morning": those days
    return bool(in_range) and _SCHEDULE_BEFORE.search(before) is not None


# a clock time beside a timetable's days, which expressions skips: "Tuesday to Saturday, 10am",
# "9 a.m. to 5 p.m. on Fridays"
AFTER_A_SCHEDULE = re.compile(
    rf"{WEEKDAY}{_RANGE_TO}{WEEKDAY},?\s+$"
)  # "Tuesday to Saturday, 10am"
# "open 10 a.m. to 6 p.m. Tuesday through Saturday": the hours of a timetable
BEFORE_A_SCHEDULE = re.compile(  # ... or of days in the plural: "9 a.m. to 5 p.m. on Fridays"
    rf"(?:\s*(?:-|\u2013|(?i:to|until))\s*{CLOCK})?,?\s+"
    rf"(?:(?:(?i:from)\s+)?{WEEKDAY}{_RANGE_TO}{WEEKDAY}|(?:(?i:on)\s+)?{WEEKDAY}s\b"
    r"|(?i:on)\s+(?:a|any)\s+(?:weekday|weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"(?:school|working|business|match|race)\s+day)\b"  # "at 10 a.m. on a school day"
    r"|(?:and\s+\S+\s+)?(?i:weekday|weekend|weeknight|daily)\s+(?:services?|trains?|buses|sailings?|"
    r"departures?|flights?|runs?)\b)"
)  # "come mid-morning on a weekday": any such day; "the 6.12am and 7.40am weekday services"
