"""The words of time and the pieces of the patterns built from them (step 1's vocabulary).

Names of months, weekdays, seasons, holidays and number words come from word lists in
``lessons/vocab/timeline_*.txt``, which a teacher can read and extend; the pieces below are
the regular expressions :mod:`~lessons.timeline.expressions` builds its patterns from.

>>> MONTHS["nov"], WEEKDAYS["tuesday"], NUMBERS["a couple of"]
(11, 1, 2)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from lessons import vocab

# ---------------------------------------------------------------------------------------------
# The words of time (lessons/vocab/timeline_*.txt)


def _numbered(name: str, start: int = 0) -> dict[str, int]:
    """A list with one item a line, each line its names: "September Sep Sept" -> 9 (lower case)."""
    return {
        word.casefold(): number
        for number, line in enumerate(vocab.word_list(name), start=start)
        for word in line.split()
    }


def _valued(name: str) -> dict[str, str]:
    """A list of "words = value" lines as a dict: "a couple of = 2"."""
    pairs = (line.partition(" = ") for line in vocab.word_list(name))
    return {words.strip(): value.strip() for words, _, value in pairs}


# "Nov" and "November" are both 11; "Tues" and "Tuesday" both 1 (Monday is 0, as in Python).
MONTHS: dict[str, int] = _numbered("timeline_months", start=1)
WEEKDAYS: dict[str, int] = _numbered("timeline_weekdays")
# "two days ago", "a day earlier", "a couple of weeks later"
NUMBERS: dict[str, int] = {words: int(n) for words, n in _valued("timeline_number_words").items()}
# Irregular verbs, each as (base form, simple past, past participle): ("sink", "sank", "sunk")
IRREGULAR_VERBS: tuple[tuple[str, str, str], ...] = tuple(
    (base, past, participle)
    for base, past, participle in (
        line.split() for line in vocab.word_list("verbs_irregular_forms")
    )
)
# "nineteen ninety-six": numbers as a year is said (also the tens of "Twenty-five years ago")
SPOKEN_NUMBERS: dict[str, int] = {
    words: int(n) for words, n in _valued("timeline_spoken_numbers").items()
}
NUMBERS |= {  # "Twenty-five years ago this week", "forty two days later"
    f"{tens}{joint}{unit}": SPOKEN_NUMBERS[tens] + SPOKEN_NUMBERS[unit]
    for tens in SPOKEN_NUMBERS
    if SPOKEN_NUMBERS[tens] >= 20
    for unit in SPOKEN_NUMBERS
    if SPOKEN_NUMBERS[unit] < 10
    for joint in ("-", " ")
}
# "last summer": the months of each season
SEASONS: dict[str, tuple[int, ...]] = {
    line.split()[0]: tuple(int(n) for n in line.split()[1:])
    for line in vocab.word_list("timeline_seasons")
}
# "yesterday" is one day before publication, "tomorrow" one day after
DAY_WORDS: dict[str, int] = {words: int(n) for words, n in _valued("timeline_day_words").items()}
# "Christmas Eve", "Labor Day": the names (their dates are read in step 2)
HOLIDAYS: tuple[str, ...] = tuple(  # "Thanksgiving [CA]" is Canada's Thanksgiving
    dict.fromkeys(name.split(" [")[0] for name in _valued("timeline_holidays"))
)
NAMED_DAYS = vocab.word_list("timeline_named_days")  # "Super Tuesday", "Black Friday"
WEEKDAY_TITLES = vocab.word_list("timeline_weekday_titles")  # "Sunday Times"
DAY_COMPOUNDS = vocab.word_list("timeline_day_compounds")  # "same day care center"


def letter_tree(entries: Iterable[str], piece: Callable[[str], str] = re.escape) -> str:
    r"""A regex matching any of the entries, the longest where several could match, written as
    a tree of their letters: each place in the text tries one branch per letter instead of every
    entry in turn (the same matches as an alternation of the entries, longest first).
    ``piece``: the regex for one letter.

    >>> letter_tree(["Nova Scotia", "N.S.", "Nova"])
    'N(?:\\.S\\.|ova(?:\\ Scotia)?)'
    """
    tree: dict[str, dict] = {}
    for entry in entries:
        node = tree
        for letter in entry:
            node = node.setdefault(letter, {})
        node[""] = {}

    def grow(node: dict[str, dict]) -> str:
        branches = [piece(letter) + grow(rest) for letter, rest in sorted(node.items()) if letter]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body  # an entry ends here; a longer one goes on

    return grow(tree)


def _spelling(letter: str) -> str:
    """A letter of a word list's entry as :func:`either` reads it."""
    return r"\s+" if letter == " " else "['\u2019]" if letter == "'" else re.escape(letter)


def either(entries: Iterable[str]) -> str:
    r"""A regex group matching any entry, longest first; a space matches any run of spaces and
    an apostrophe either apostrophe ("New Year's", "New Year’s").

    >>> either(["New Year's Eve", "New Year", "Nov"])
    "(?:N(?:ew\\s+Year(?:['’]s\\s+Eve)?|ov))"
    """
    return "(?:" + letter_tree(entries, _spelling) + ")"


def starts_like(entries: Iterable[str]) -> str:
    """A look-ahead for the characters the entries start with: a long alternation after it is
    tried only where one of them could start (the same matches, found faster)."""
    return "(?=[" + "".join(sorted({re.escape(entry[0]) for entry in entries})) + "])"


def full_names(name: str) -> list[str]:
    return [line.split()[0] for line in vocab.word_list(name)]


def _short_names(name: str) -> list[str]:
    return [short for line in vocab.word_list(name) for short in line.split()[1:]]


# Pieces of the patterns. Names of months and weekdays must be capitalised ("May 5", not
# "may"); the small words around them may be either ((?i:...) makes one group case-blind).
MONTH_NAME = either(full_names("timeline_months"))
# a month beside a day's number; in capitals only in a heading ("SUNDAY, JAN. 25")
_MONTH_CAPITALS = either(name.upper() for name in full_names("timeline_months"))
_SHORT_CAPITALS = either(name.upper() for name in _short_names("timeline_months"))
MONTH = (
    rf"(?:{MONTH_NAME}|{either(_short_names('timeline_months'))}\b\.?"
    rf"|{_MONTH_CAPITALS}\b|{_SHORT_CAPITALS}\.)"
)
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d|,\d{3}|\.\d)"
# "the first of February": the days of a month in words
ORDINALS: dict[str, int] = {
    word: number
    for number, word in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
        "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth "
        "twenty-first twenty-second twenty-third twenty-fourth twenty-fifth twenty-sixth "
        "twenty-seventh twenty-eighth twenty-ninth thirtieth thirty-first".split(),
        start=1,
    )
}
DAY_WORD_ORDINAL = either(ORDINALS)
YEAR = r"(?:1\d\d\d|20\d\d)(?![\d'’]|s\b|[.,]\d)"  # not "closed at 2082.1"
WEEKDAY = either(  # "Friday", and "FRIDAY" in a schedule's heading
    full_names("timeline_weekdays") + [name.upper() for name in full_names("timeline_weekdays")]
)
# a time of day on every day ("from 9 a.m. to 5 p.m. weekdays", "at 7:45 a.m. each school day",
# "on each of the four days", "on market days", "15 minutes earlier each weekday"), or on each
# of a run of weekdays ("at 9 a.m., from Saturday to Monday"): a timetable's, no one day's
EACH_DAY_AFTER = re.compile(
    r"(?i),?\s+(?:(?:each|every)\s+(?:(?:school|working|business)\s+)?"
    r"(?:day|night|morning|afternoon|evening|weekday)\b|daily\b|(?:on\s+)?week"
    r"(?:days|nights|ends)\b|on\s+each\b|(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)days\b"
    r"|on\s+(?:[a-z]+\s+)?days\b"
    rf"|from\s+{WEEKDAY}\s+(?:to|through|until|till|-|\u2013)\s+{WEEKDAY})"
)
WEEKDAY_ANY = rf"(?:{WEEKDAY}|{either(_short_names('timeline_weekdays'))}\.)"
SEASON = either(SEASONS)
HOLIDAY = either(HOLIDAYS)
DAY_WORD = either(DAY_WORDS)
# "One hundred and fifty years ago", "two hundred years on": hundreds said in words
_UNDER_A_HUNDRED = either(
    w for w, n in NUMBERS.items() if n < 100 and w.replace("-", "").isalpha() and len(w) > 2
)
HUNDREDS = (
    r"(?:a|one|two|three|four|five|six|seven|eight|nine)\s+hundred"
    rf"(?:\s+and\s+{_UNDER_A_HUNDRED})?"
)
NUMBER = rf"(?:{HUNDREDS}|{either(NUMBERS)}|\d{{1,3}})"  # "two", "a couple of", "48"
# "on race day", "on the day of the vote": the event a day is named by, and the words a story may
# have named that event with ("The marathon returns on Sunday 26 April ... on race day")
EVENT_DAYS: dict[str, str] = {
    "race": "race marathon derby regatta",
    "parade": "parade march procession",
    "match": "match game final fixture",
    "game": "game match final",
    "show": "show",
    "vote": "vote ballot",
}
# a count written as one word ("six", "twelve"; not "a" or "zero"): "up from six a year earlier",
# "the third flood in ten years"
COUNT_WORDS = either(w for w in NUMBERS if w.isalpha() and w not in ("a", "an", "zero"))


def count_of(words: str) -> int:
    """The number a count of time says: "two" is 2, "one hundred and fifty" 150, "48" 48.

    >>> count_of("One hundred and fifty"), count_of("a couple of"), count_of("48")
    (150, 2, 48)
    """
    words = " ".join(words.casefold().split())
    hundreds, said, rest = words.partition(" hundred")
    if said and hundreds in NUMBERS:
        return 100 * NUMBERS[hundreds] + NUMBERS.get(rest.removeprefix(" and "), 0)
    return NUMBERS.get(words) or (int(words) if words.isdigit() else 0)


# "on", "in" and "at" belong to the expression ("On Tuesday", "in 2019", "at 9 a.m."); other
# prepositions are context, not part of it ("by the end of June" -> "the end of June").
LEAD = r"(?i:in|at)"  # "in 2019", "at the beginning of the year"
LEAD_DAY = r"(?i:on)"  # "on Tuesday", "on Nov. 18" ("in Tuesday's vote" is no lead)
# A year after a determiner and before a word is a modifier: "the 2019 flood". News style writes
# a count of 1,000 or more with a comma, so "the 2019" followed by a word is a year.
DETERMINER = (
    r"(?:\b(?i:the|a|an|its|his|her|their|our|whose|that|this|fiscal|(?:tax|financial)\s+year)\b"
    r"|['\u2019]s\b)"
    r"(?:\s+(?!(?i:about|nearly|almost|over|some|remaining|additional|other|more|another|"
    r"estimated|roughly|first|last|next|in|on|at|by|of|for|to|from|since|until|during)\b)"
    r"[a-z]+(?=\s+\d)"  # "his unsuccessful 1996 bid", not "to see her in 2022"
    r"|\s+(?i:remaining)(?=\s+\d{4}\s+[a-z]+(?<!s)\b))?"  # "the remaining
    r"|\b[a-z]{3,}(?<!ing)(?<!ed)(?=\s+(?:1[89]|20)\d\d\s+[a-z]+(?<!s)\b)"  # a headline's "keeps
)  # 2026 forecast": a singular noun after it (not "the remaining 1990 shares", "hired 1500 men")
WORD_AFTER = re.compile(r"\s+[A-Za-z]")
# Nouns of events: "the October slaying" names when it happened.
EVENT_NOUNS = either(vocab.word_list("timeline_event_nouns"))
EVENT_NOUN_AT = re.compile(rf"(?:{EVENT_NOUNS})$")
# A month that names a futures contract by the month of delivery: "The December contract
# settled", "March corn ended", "gold for April delivery", "September heating oil futures" (not
# "March crude oil output", "January gold sales": the figures of a month)
_TRADED_GOODS = either(vocab.word_list("timeline_traded_goods"))
DELIVERY_MONTH_AFTER = re.compile(
    rf"\s+(?:(?:{_TRADED_GOODS}\s+)?(?:contracts?|futures?|options|delivery)\b"
    rf"|{_TRADED_GOODS}\b"
    r"(?!(?:\s+[a-z]+)?\s+(?:imports?|exports?|output|production|sales|demand|shipments?|"
    r"stocks|consumption|crops?|harvests?|plantings?|prices?|inventor(?:y|ies)|reserves|"
    r"purchases|deliveries|supplies|receipts|yields?|mines?|miners?|fields?|growers?)\b))"
)
# Nouns of a period's figures: "predicting 1990 earnings", "its guidance for 2026".
PERIOD_FIGURES = either(vocab.word_list("timeline_period_figures"))
# the kinds of expression that write their year out ("in 2019", "March 2025", "June 3, 2024",
# "summer 2019")
WRITTEN_YEAR_KINDS = frozenset(["year", "date", "month_year", "season_year", "spoken_year"])
# "next" just before a day: "at 10 p.m. next Monday, May 18" (the coming Monday)
NEXT_BEFORE = re.compile(r"(?i)\s+next\s+$")
# the mark after a chronology line's time: "3:47 p.m. Saturday: Utility power is lost"
LIST_ITEM = re.compile(r"\s*[:\u2014\u2013-]\s")
# "the Thursday", "the 10 a.m. announcement": the words before an expression end in "the"
THE_BEFORE = re.compile(r"(?i)\bthe\s+$")
# a time moved "from" one day or hour to another: "moved its holiday meal from Sunday to
# Monday", "the service to be moved from 11am to noon" (its old time, not a span's start)
# the verbs that move a date: "pushed back", "moved", "postponed", "rescheduled"
MOVING_VERB = (  # (its own case-blind group, to stand inside other patterns)
    r"(?i:\b(?:pushed\s+back|mov(?:ed|es?)(?:\s+back|\s+up)?|moving|postponed|delayed|"
    r"brought\s+forward|put\s+back|shifted|switch(?:ed|es)|changed|changing|rescheduled))"
)
MOVED_FROM = rf"(?i){MOVING_VERB}(?:\s+(?!from\b)[\w'\u2019-]+){{0,6}}?\s+from\s+"
# a move's "from" just before a date: "moved its holiday meal from" (Sunday to Monday)
MOVED_FROM_BEFORE = re.compile(rf"{MOVED_FROM}$")
# the weather a season or a month is told by: "a dry winter", "a hot, dry spring", "the driest
# spring since 2002", "after a wet April"
WEATHER = (
    r"(?:(?:hot|cold|dry|wet|warm|cool|mild|harsh|long|short|late|early|busy|quiet|stormy|snowy|"
    r"rainy|record|driest|wettest|hottest|coldest|warmest|coolest|mildest|snowiest|stormiest)"
    r"(?:,?\s+|\s+and\s+)){1,3}"
)
PRE = (
    r"(?i:by|since|until|till|through|from|during|before|after|around|for|starting|beginning|into|come|"
    r"due|except|as\s+of|as\s+early\s+as|as\s+late\s+as|between|and|to|than|or|of|both|until\s+at\s+least|"
    r"not\s+before)"
)
WHICH = r"(?i:last|this|next|this\s+past|this\s+coming)"
# a day counted from another just after it: "the day before last Tuesday's hearing", "the Friday
# after Thanksgiving", "a week before Christmas", "the weekend before Labor Day", "a week from"
COUNTED_FROM = re.compile(
    rf"\b(?:(?:(?:(?i:the)\s+|(?<=\b[Ff]or\s)(?=day\s+(?:before|after)\s))(?:(?i:last|final|first)\s+)?"
    # "the last Saturday before Christmas", a headline's "set for day after the bank holiday"
    rf"(?:(?P<unit>(?i:day|night|week|weekend))|(?P<weekday>{WEEKDAY}))"
    rf"|(?P<n>{NUMBER})\s+(?P<units>(?i:days?|weeks?)))\s+(?P<dir>(?i:before|after))"
    rf"|(?P<n2>{NUMBER})\s+(?P<units2>(?i:weeks?))\s+(?P<dir2>(?i:from))"
    r"|(?P<eve>(?:(?i:the)\s+|(?<=\b[Oo]n\s))eve\s+of))\s+"  # "On the eve of Veterans Day": the
    # day before it (a headline's "injuring 9 on eve of Halloween" too)
    r"(?:(?i:the)\s+)?$"
)
# "that spring", "that June", "the previous November": counted from the event just told (months
# and seasons only: "said that Monday's vote" is no "that Monday")
WHICH_THAT = rf"(?:{WHICH}|(?i:that|the\s+(?:previous|preceding|following|next)))"
EDGE = (  # (each from a word's start: not the "end of the year" in "the one weekend of the year")
    r"(?i:(?<![\w-])(?:the\s+)?(?:very\s+)?(?:beginning|start|middle|end|first\s+half|second\s+half|"
    r"first\s+days?|last\s+days?|first\s+weeks?|last\s+weeks?|(?:first|second|third|fourth|"
    r"final|last)\s+quarter)\s+of\s+"
    r"|(?<!day\s)(?<!days\s)(?<!hour\s)(?<!hours\s)(?:early|late|mid)"  # (not "will run a day
    # late next week": how late, not when in the week)
    r"(?:(?<!this\searly)(?<!this\slate)(?<!so\searly)(?<!so\slate)\s+in\s+"  # "late in the
    r"(?=the\s+(?:week|month|year)\b)|\s+|-\s*)"  # week" (not "this early in the year")
    r"|(?:earlier|later)\s+(?:in\s+)?|(?:pre|post)-|(?:end|start)-(?=\d))"  # "the
    # post-1959 exodus", "by end-2027"
)
PART_OF_DAY = r"(?i:\s+(?:morning|afternoon|evening|night))"
# A year read aloud in a broadcast transcript: "nineteen ninety-six", "the year two thousand"
ONES = either(w for w, n in SPOKEN_NUMBERS.items() if n < 10)
_TEENS = either(w for w, n in SPOKEN_NUMBERS.items() if 10 <= n < 20)
_TENS = either(w for w, n in SPOKEN_NUMBERS.items() if n >= 20)
SPOKEN_YEAR = (
    rf"(?i:(?:eighteen|nineteen|twenty)\s+(?:{_TENS}(?:[-\s]{ONES}\b)?|{_TEENS}|oh[-\s]{ONES})\b"
    r"(?!-)(?!\s+(?:GMT|UTC|hours|local\s+time)\b))"  # "twenty twenty-four", "twenty twelve"
)  # (not "twenty twelve-year-olds", nor a clock on 24 hours: "twenty ten UTC on Tuesday")
# "in two thousand and nine", "since two thousand and nineteen": a year of this century read
# aloud, after a preposition and before the clause goes on (not "in two thousand and nine
# homes")
_CLAUSE_GOES_ON = (
    r"(?=\s*(?:[,.;:!?)\"\u201d]|$)|\s+(?:and|when|after|before|the|to|until|but|as|or|it|he|"
    r"she|they|we|I)\b)"
)
SPOKEN_2000S = (
    rf"(?i:two\s+thousand\s+(?:and\s+)?(?:{_TENS}(?:[-\s]{ONES}\b)?|{_TEENS}|{ONES})\b)"
    + _CLAUSE_GOES_ON
)
# "In ninety-three we had no bread": a year of the last century by its last two digits, read
# aloud like "in '93" (not "in ninety-three cases")
SPOKEN_SHORT_YEAR = rf"(?i:(?:fifty|sixty|seventy|eighty|ninety)-{ONES}\b)" + _CLAUSE_GOES_ON
# the hours and minutes said in words: "two-fifteen", "nine-thirty", "thirteen forty-two UTC"
# (not "nine-eleven", a day: "eleven" is no minute)
_HOUR_WORD = either(w for w, n in SPOKEN_NUMBERS.items() if 1 <= n <= 12)
_HOUR24_WORD = (
    rf"(?:zero|oh|{either(w for w, n in SPOKEN_NUMBERS.items() if n < 20)}"
    r"|twenty(?:-(?:one|two|three))?)"
)
_MINUTE_WORDS = (
    rf"{either(w for w, n in SPOKEN_NUMBERS.items() if 20 <= n <= 50)}(?:-{ONES})?"
    rf"|ten|fifteen|oh-{ONES}"
)
# the hours said in words: "six o'clock", "four in the afternoon", "10:40 at night"
_HOUR = r"(?:1[0-2]|0?[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
CLOCK = (
    r"(?:\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.m\.?|[AaPp][Mm]\b)|(?:\b12\s+)?(?i:noon|midday|midnight)"
    rf"|\b(?i:(?:{_HOUR_WORD})(?:-(?:{_MINUTE_WORDS}))?\s+[ap]\.m\.?)"  # a transcript's "ten
    # p.m.", "seven-thirty a.m."
    r"|\b(?:[01]\d|2[0-3]):?[0-5]\d(?=\s+(?:GMT|UTC|(?i:local\s+time))\b)"  # wire copy's
    # "(1330 GMT)", "until 15:00 GMT Saturday", "at 0400 local time" (the zone is read below)
    rf"|(?i:{_HOUR}(?::\d\d)?\s+(?:o['\u2019]clock|in\s+the\s+(?:morning|afternoon|evening)"
    r"|at\s+night)\b)"
    r"|(?:(?<=\b[Aa]t\s)|(?<=\b[Bb]y\s)|(?<=\bfrom\s)|(?<=\buntil\s)|(?<=\bbefore\s)|(?<=\bafter\s)"
    r"|(?<=\baround\s))half\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"\b(?!\s+(?:years?|months?|weeks?|days?|hours?|minutes?|times?|of|per|dozen|hundred)\b)"
    # "at half eleven" (British, Irish: 11.30)
    r"|(?i:\b(?:half|(?:a\s+)?quarter|five|ten|twenty|twenty-five)\s+(?:past|to)\s+"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b"
    r"(?!\s+(?:years?|months?|weeks?|days?|hours?|minutes?|times?|of|per|hundred|thousand)\b))"
    # "at half past eleven", "At ten past four", "a quarter to six": a clock said in words
    rf"|(?:(?<=\b[Aa]t\s)|(?<=\b[Bb]y\s)|(?<=\buntil\s)|(?<=\baround\s))(?i:(?:{_HOUR_WORD})-"
    rf"(?:{_MINUTE_WORDS}))\b(?!-|\s+(?:percent|per|points?|and|a|an|years?|dollars|cents|million|"
    r"billion)\b)"  # "at two-fifteen this afternoon", "at nine-thirty" (not "at nine-eleven")
    rf"|\b(?i:(?:{_HOUR24_WORD})\s+(?:{_MINUTE_WORDS}|hundred))(?=\s+(?:GMT|UTC|hours)\b))"
    # "thirteen forty-two UTC", "twenty ten GMT": the clock on 24 hours, read aloud
    r"(?:\s+(?:[A-Z]{2,4}\b|(?i:local\s+time)|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+time\b"  # "10
    # a.m. Perth time on Thursday", "9 a.m. New York time"
    r"|(?:Pacific|Eastern|Central|Mountain|Atlantic)"
    r"(?:(?:\s+(?i:standard|daylight))?\s+(?i:time)\b|(?=\s+(?i:on)\s|\s*$))))?"  # "10am Pacific
    # time Friday", "11:59 p.m. Eastern on March 31"
)

# a clock time read to the minute: "11:40 p.m.", "2am", "noon", "midnight"; on 24 hours, "23.30"
CLOCK_TIME = re.compile(r"(?i)\b(\d{1,2})(?:[:.](\d\d))?\s*([ap])\.?m\b|\b(noon|midday|midnight)\b")
HOUR24 = r"(?<![$\u20ac\u00a3\d.,])(?:[01]\d|2[0-3])[.:][0-5]\d"  # "14.00", "08:30" (not "$18.40")
_CLOCK_24 = re.compile(rf"\b{HOUR24}\b(?![.,]?\d)")
_AND_A_CLOCK = re.compile(rf"\s+(?i:and)\s+({CLOCK})")
_EVENING = 18 * 60  # the minute after midnight a late evening starts from
_SMALL_HOURS = 6 * 60  # and the one the small hours run to


def minute_of_day(clock: str) -> int | None:
    """The minute after midnight of the clock time in ``clock`` ("11:40 p.m." 1420, "2am" 120;
    noon 720, midnight 1440: the day's end), or None.

    >>> minute_of_day("at 11:40 p.m."), minute_of_day("2am"), minute_of_day("midnight")
    (1420, 120, 1440)
    >>> minute_of_day("the 23.30"), minute_of_day("at 00:25 on Monday")
    (1410, 25)
    """
    found = CLOCK_TIME.search(clock)
    if found is None:
        on_24_hours = _CLOCK_24.search(clock)  # "23.30", "00:25"
        if on_24_hours is None:
            return None
        hour, minute = on_24_hours.group(0)[:2], on_24_hours.group(0)[3:]
        return int(hour) * 60 + int(minute)
    if found.group(4):
        return 1440 if found.group(4).casefold() == "midnight" else 720
    hour = int(found.group(1)) % 12 + (12 if found.group(3).casefold() == "p" else 0)
    return hour * 60 + int(found.group(2) or 0)


def evening_to_small_hours(first: int, then: int) -> bool:
    """Is a clock time (``then``, minutes after midnight) in the small hours after a late
    evening one (``first``), so on the next day ("between 6pm last night and 6am")?"""
    return first >= _EVENING and then <= _SMALL_HOURS


def _range_of_hours(first: str, text: str, end: int) -> tuple[re.Match[str], int, int] | None:
    """The "and" clock time after the clock time ``first`` (ending at ``end`` of ``text``), and
    the minutes after midnight of both ("between 6am and 8am"), or None."""
    then = _AND_A_CLOCK.match(text, end)
    start, stop = minute_of_day(first), minute_of_day(then.group(1)) if then else None
    if then is None or start is None or stop is None:
        return None
    return then, start, stop


def same_day_end(first: str, text: str, end: int) -> tuple[int, int] | None:
    """The span of the clock time that ends, on the same day, the range of hours ``first``
    opens ("8am" of "between 6am and 8am"; not "2am" of "between 8pm and 2am"), or None.

    >>> same_day_end("6am", "between 6am and 8am", 11)
    (16, 19)
    >>> same_day_end("8pm", "between 8pm and 2am", 11) is None
    True
    """
    found = _range_of_hours(first, text, end)
    return found[0].span(1) if found is not None and found[1] < found[2] else None


def over_midnight(first: str, text: str, end: int) -> int | None:
    """Where the range of hours ends that the clock time ``first``, ending at ``end`` of
    ``text``, opens, if it runs past midnight ("between 8pm and 2am": its two ends fall on two
    days, two rows); else None.

    >>> over_midnight("8pm", "between 8pm and 2am", 11)
    19
    >>> over_midnight("4", "between 4 and 9 p.m.", 9) is None
    True
    """
    found = _range_of_hours(first, text, end)
    if found is None or not evening_to_small_hours(found[1], found[2]):
        return None
    return found[0].end()


# The event named after "two days after the": up to three words, the last its head ("the
# grounding", "the stock market plunge"), ending where the noun phrase ends.
EVENT_NOUN = (
    r"(?:[a-z]+\s+){0,2}(?P<noun>[a-z]+)"
    r"(?=\s*[,.;:)]|\s*$|\s+(?:in|on|at|of|and|when|was|were|that|had|has)\b)"
)


# a month named as the aim of a plan: "so May is now more realistic", "June is the target"
TARGET_AFTER = re.compile(
    r"\s+(?:is|was|looks|seems)\s+(?:now\s+|still\s+)?(?:(?:more|most)\s+)?(?:realistic|likely|"
    r"possible|probable|achievable|the\s+(?:target|goal|aim|earliest|latest|deadline))\b"
)

# a year that names when a thing was made: "a 2019-built ship", "a 1998-built ferry"
BUILT_AFTER = re.compile(r"-(?:built|made|launched|registered)\b")
