"""Step 1, second half: what looks like a date but is not one.

A weekday inside a name ("Super Tuesday", "the Sunday Times"), a day word in a title ("USA
Today"), a holiday before a noun ("Christmas shopping", "Easter Island"), a year that counts
("more than 1900 hectares"), a month that is a name or a futures contract ("the March of Dimes",
"December bonds"), a timetable ("open Tuesday to Saturday", "a Sunday schedule") and "not a day
before": :func:`is_no_date` says so for each pattern match of
:mod:`~lessons.timeline.expressions`.
"""

from __future__ import annotations

import re

from lessons import nlp, vocab
from lessons.timeline.country import country_named
from lessons.timeline.words import (
    BUILT_AFTER,
    CLOCK,
    COUNT_WORDS,
    COUNTED_FROM,
    DAY_COMPOUNDS,
    EVENT_NOUN_AT,
    MONTH,
    MONTHS,
    NAMED_DAYS,
    TARGET_AFTER,
    THE_BEFORE,
    WEATHER,
    WEEKDAY,
    WEEKDAY_TITLES,
    WEEKDAYS,
    WORD_AFTER,
    either,
)

_FUNCTION_WORDS = frozenset(
    "and but or in on at to into as after before when while with from near across along around "
    "the a an that which said says than for of by is are was were has have had will would "
    "could should may might can whether if because unless until so then since though although "
    "once where i we he she they there this next last falls fell falling through till under "
    "over during despite without within amid against unlike".split()
    # "The bookings for Christmas are the best", "On Christmas Eve they close at 4pm", "from
    # Thanksgiving through Cyber Monday", "Burns Night falling on a Sunday", "from 5:30 to 8
    # p.m. on Halloween under hours the council set"
)
_NAMED_BEFORE = re.compile(rf"\b{either(NAMED_DAYS)}\s$")
_NAMED_AFTER = re.compile(rf"\s{either(WEEKDAY_TITLES)}\b")
_COMPOUND_AFTER = re.compile(rf"[\s-]+(?i:{either(DAY_COMPOUNDS)})\b")
_WEEKDAY_COMPOUND = re.compile(  # "Sunday roasts", "Sunday lunch"
    rf"\s+(?:{either(vocab.word_list('timeline_weekday_compounds'))})\b"
)
_ROUNDS_AFTER = re.compile(r"\s+(?:collection\s+|bin\s+)?rounds\b")
_FOLLOWING_WORD = re.compile(r"\s+([a-z]+)")
_NEXT_NAME = re.compile(r"\s+([A-Z][a-z]+)\b")
_TITLE_BEFORE = re.compile(  # "Budget 2017: What to expect", "set aside $120 million in Budget
    # 2024"
    rf"(?:(?:^|[.:\n]\s*)|\b(?:in|for|since|under|from)\s+)(?:[A-Z][\w'\u2019]+\s+){{0,3}}"
    rf"{either(vocab.word_list('timeline_year_titles'))}\s$"
)
# a law's title: "the Roads Act 1993", "the Water Supply Bylaw 2021" (datasets/README, round
# sixteen: a year in an Act's title is an entry)
_LAW_BEFORE = re.compile(
    r"\b[A-Z][\w'\u2019-]+\s+(?:(?:and|of|for|the)\s+)?(?:[A-Z][\w'\u2019-]+\s+){0,5}?"
    r"(?:Act|Bylaw|By-law|Bylaws|Regulations|Ordinance|Rules|Code)\s$"
)
_ON_BEFORE = re.compile(r"(?i)\b(?:on|by|until|till)\s+$")
_NOT_BEFORE = re.compile(r"(?i)\bnot\s+$")
_COUNT_BEFORE = re.compile(r"(?i)\b(?:than|about|nearly|almost|some|roughly|around|over)\s+$")
_PLURAL_AFTER = re.compile(r"\s+[a-z]{3,}s\b")
_PEOPLE_AFTER = re.compile(  # a count of people or things, whatever the number
    r"\s+(?:people|residents|visitors|households|homes|customers|passengers|spectators|fans|"
    r"workers|students|pupils|runners|swimmers|vehicles|cars)\b"
)
# a holiday named as one day: "Thanksgiving Day", "Good Friday", "Christmas Eve", "Mothering
# Sunday" ("the Good Friday walk", "the Christmas Eve grassfire"), not "Christmas shopping"
_ONE_DAY_NAMES = ("Day", "Eve", *(name.title() for name in WEEKDAYS if name.endswith("day")))
# a holiday named with its month or feast: "the August bank holiday raised", "the Civic
# Holiday" (but "the bank holiday crowds" may be any)
_NAMED_HOLIDAY = re.compile(r"(?i)(?!bank\s)\w+\s+(?:bank\s+|public\s+)?holiday$")
_A_MONTH_JUDGED_AFTER = re.compile(  # "June was the driest on record", "If June is wet"
    r"\s+(?:was|is|has\s+been|had\s+been|will\s+be)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:(?!(?:old|young|eld|small|tall|bigg|great|fin|b|t|r|n|w|gu|ch|hon|mod|for|inter|requ"
    r"|cont|prot|harv)est\b)[a-z]+est\b"  # a superlative (not "the eldest", "the test")
    r"|(?:[a-z]+\s+){0,2}month\b"
    r"|(?:bad|good|wet|dry|hot|cold|warm|cool|mild|better|worse|busy|quiet|tough|hard|slow)\b)"
)
# a month's record ("the warmest June", "the driest March"), or a month said to be the time
# ("it would be June", "the date is July")
_A_MONTHS_RECORD = re.compile(
    r"(?i)(?:\bthe\s+(?:[a-z]+est|most\s+[a-z]+)|\b(?:driest|wettest|warmest|coldest|hottest|"
    r"sunniest|mildest|coolest|busiest|quietest))\s+$"
)
_IT_WOULD_BE = re.compile(
    r"(?i)\b(?:it|that|this|date|deadline)(?:\s+will|\s+would|['\u2019]ll)?\s+(?:be|is|was)\s+$"
)
_BEFORE_AFTER = re.compile(r"\s+(?:before|until|at\s+the\s+earliest)\b")  # "be May before"
_SEASONAL_PERIODS = frozenset(["holiday", "holidays", "service", "services", "fair", "fete"])
# "the Easter holidays", "the Christmas break", "the Whitsun half-term": named periods
_HOLIDAY_PERIODS = frozenset(["holidays", "hols", "break", "recess", "vacation", "half"])
_WEEKS_LONG = frozenset(["market", "markets", "lights", "village", "grotto"])  # "the Christmas
# market", "Christmas lights": things that run for weeks before the feast, not on its day (but
# "the town's King's Birthday market" is held on the holiday)
_WITH_A_SEASON = frozenset(["christmas", "xmas", "easter", "matariki"])
_SERVICES = frozenset(["sailing", "sailings"])
_STREET_AFTER = re.compile(
    r"\s+(?:[A-Z][\w'\u2019-]*\s+){1,3}(?:Street|St\b|Avenue|Ave\b|Road|Rd\b|Boulevard|Blvd\b"
    r"|Drive|Dr\b|Lane|Way|Place|Court|Highway|Hwy\b|Parkway|Terrace|Crescent|Square)"
)
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
_EVERY_DAY_BEFORE = re.compile(r"(?i)\b(?:every|each)\s+(?:day|night|morning|evening)\s+$")
_IDIOM_BEFORE = re.compile(r"(?i)\b(?:like|as\s+if|as\s+though)\s+it\s+(?:was|were)\s+$")
A_BEFORE = re.compile(r"\b(?i:an?)\s+$")  # "a Sunday schedule", "a 7 a.m. sailing"
_ANY_ONE_AFTER = re.compile(  # "a Good Friday like it", "A Canada Day in the smoke is still"
    r"\s+like\b|\s+in\s+the\b|\s*(?:[,.;:!?)\u2019']|$)"
)
_NO_NOUN_AFTER = re.compile(
    r"\s*(?:[,.;:!?)]|$|\s(?:because|and|or|when|if|as|in|at|to|with|but|off)\b)"
)
# a number that names a road, a flight or a platform: "Route 9", "Highway 61", "Flight 12"
_NUMBERED_BEFORE = re.compile(
    r"\b(?:Route|Rte\.?|Highway|Hwy\.?|Interstate|Road|Flight|Platform|Gate|Pier|Berth|Bus|"
    r"Line|No\.|Number|Room|Ward|Unit|Exit|Junction)\s+$"
)
_STILL_BEFORE = re.compile(r"(?i)\b(?:is|are|was|it['\u2019]s)\s+still\s+$")
_SENTENCE_END_AFTER = re.compile(r"\s*(?:[,.;:!?\"\u201d\u2019]|$)")
_NTH_WEEKDAY_OF_BEFORE = re.compile(
    r"(?i)\b(?:first|second|third|fourth|last|1st|2nd|3rd|4th)\s+"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|weekend)\s+(?:of|in)\s+$"
)
_NAMED_AS_BEFORE = re.compile(
    r"(?i)\b(?:marks?|designates?|designated|lists?|listed|recogni[sz]es?|recogni[sz]ed|renamed?|"
    r"renames|calls?|called|known)\b[^.;]{0,60}\bas\s+$"
    r"|\bcall(?:s|ed|ing)?\s+it\s+(?:an?\s+)?(?:[a-z]+\s+)?$"  # "call it a late Burns Night"
)
_AS_A_NAME_AFTER = re.compile(  # "the second Monday of October as Indigenous Peoples' Day"
    r"\s+as\s+(?:the\s+)?(?:[A-Z][\w'\u2019]*\s+){0,3}Day\b"
)
_ALSO_PLACES = frozenset(["Corpus Christi"])  # feasts that are also towns' names
_TIME_PREPOSITION = re.compile(r"\b(?:for|on|of|before|after|until|since|over|at)\s+$")
_A_BODY_AFTER = re.compile(  # an organisation or a treaty named after a holiday
    r"\s+(?:[A-Z][a-z]+\s+)?(?:Committee|Commission|Foundation|Association|Society|Trust|Fund|"
    r"Club|Council|Coalition|Alliance|Board|Agreement|Accord|Treaty|Festival)\b"
)  # (and a festival of several days: "the city's St Patrick's Festival, which runs from ...")
_SOME_DAYS_BEFORE = re.compile(rf"\b(?:\d+|(?i:{COUNT_WORDS}|several|extra|more|fewer))\s+$")
_A_VERB_NEXT = re.compile(  # a verb after a season ("a dry winter left"), not a noun it names
    r"[a-z]+ed|left|had|has|have|was|were|is|are|brought|meant|means|saw|cut|hit|kept|made|gave|"
    r"put|will|would|could|may|might|should|must"
)
_A_FEASTS_VERB_NEXT = re.compile(  # (not "how much Thanksgiving means to us": the feast itself)
    r"[a-z]+ed|left|had|was|were|brings|comes|arrives|promises|will|could|may|might|nears|"
    r"approaches|looms|falls|is|has|"  # "as Bonfire Night nears", "as Christmas
    # approaches", "Anzac Day falls on a Saturday"
    + either(vocab.word_list("verbs_irregular_past"))  # "Last year's Bloomsday drew 9,500"
)
# "starts its Saturday matches at 9am", "their Sunday services": a kind of event, any week's
_OWNERS_BEFORE = re.compile(r"(?i)\b(?:its|their|our|his|her|my|your)\s+$")
_KINDS_AFTER = re.compile(r"\s+(?!(?:was|has|is|does|goes|says)\b)[a-z]{3,}s\b(?!['\u2019])")
_TIMETABLE_AFTER = re.compile(  # (and "normal Sunday and public holiday bus services")
    r"\s+(?:(?:and|or)\s+(?:public\s+|bank\s+)?holiday\s+(?:(?:bus|rail|train|ferry)\s+)?"
    r"services\b|schedule|timetable|service\s+pattern|(?:opening\s+)?hours)\b"
)


_A_SERVICE_AFTER = re.compile(
    r"\s+(?:sailing|crossing|departure|train|bus|flight|ferry|boat|service|shuttle)s?\b"
)


def _mostly_capitals(text: str) -> bool:
    """Is a text written mostly in capital letters (a wire story sent in all caps)?"""
    letters = [c for c in text[:2000] if c.isalpha()]
    return len(letters) > 40 and sum(c.isupper() for c in letters) > 0.6 * len(letters)


def _is_a_schedule(text: str, match: re.Match[str]) -> bool:
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


_WILL_BE = re.compile(
    r"(?i)(?:\bwill|\bwould|['\u2019]ll)\s+be\s+\w+\s+(?:\w+\s+(?:-|to|through)\s+)?$"
)
_WEEKLY = re.compile(
    r"(?i)\b(?:mon|tues|wednes|thurs|fri|satur|sun)days\b|\b(?:mornings|afternoons|evenings)\b"
    r"|\bevery\b(?!\s+(?:\d+|few|couple\s+of)\s+(?:minutes|hours|mins)\b)|\bweekly\b|\beach\s+week\b"
)  # (not "shuttles every 15 minutes from 4 p.m. Friday": a frequency within the day)


_SINGULAR = re.compile(r"(?<=[^s])s$|(?<=(?:ch|sh|ss))es$")  # "parades", "marches": the noun
_NAME_AFTER = re.compile(rf"\s+(?!{WEEKDAY}|{MONTH})[A-Z][a-z]")
_GENERIC_AFTER = re.compile(
    rf"['\u2019]s\s+(?:[a-z]+\s+)?(?i:{either(vocab.word_list('timeline_generic_nouns'))})\b"
)
_OF_BEFORE = re.compile(r"\b(?i:of)\s+$")
# Month names that are no other English word or common name ("May", "March", "August" are)
_WEATHER_BEFORE = re.compile(rf"\b(?i:an?|the|its|their)\s+(?i:{WEATHER})$")
_A_BREAK_AFTER = re.compile(r"\s+(?i:break|half-term|half\s+term)\b")
_UNAMBIGUOUS_MONTHS = frozenset("january february july september october november december".split())
# "September heating oil stood ...", "December bonds": a futures contract, not a date
_CONTRACT_WORDS = frozenset(
    "contract contracts futures future delivery options crude oil heating gasoline bond bonds"
    " notes note gilt gilts bund bunds silver gold copper platinum palladium wheat corn soybeans"
    " soybean cotton sugar coffee cocoa cattle hogs".split()
)
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")
_ENDED_AFTER = re.compile(r"(?i)\s+(?:(?:that|which)\s+)?(?:ended|ending|ends)\b")
_FEAST_OF = re.compile(
    r"(?i)\b(?:stars?|colou?rs|spirit|meaning|story|magic|message|traditions?)\s+of\s+$"
)
_A_TIME_AFTER = re.compile(  # "Matariki is a time to remember", "Juneteenth is about showing
    # up", "Easter Monday is one of the busiest days of the year", "Cup Day has been a public
    # holiday since 1877", "Victoria Day is when we make our rent"
    r"(?i)\s+is\s+(?:(?:a|the)\s+(?:time|season)\s+(?:to|for|of|when)|(?:all\s+)?about|when"
    r"|(?:always\s+)?one\s+of\s+the\s+(?:busiest|quietest|biggest|best|worst)\b)\b"
    r"|\s+(?:has\s+been|is\s+not|isn['\u2019]t|became)\s+an?\s+"  # ("Juneteenth became a
    r"(?:public\s+|bank\s+|statutory\s+|national\s+|federal\s+)?"  # federal holiday in 2021")
    r"holiday\b"  # "Easter Monday is not a bank holiday in Scotland": the rule, no day
    r"|\s+(?:bank\s+|public\s+)?holiday\s+was\s+(?:first\s+)?(?:observed|introduced|created)\b"
    r"|\s+was\s+(?:first\s+)?(?:observed|introduced|created)\s+in\b"  # "The St Brigid's Day
    # bank holiday was first observed in 2023": the holiday itself
    r"|\s+has\s+(?:since\s+|long\s+)?(?:become|grown\s+into)\b"  # "The long weekend has since
)  # become a busy one": the holiday, any year's
# the rule a holiday's day follows: "It falls on the first Monday in February", "The festival,
# held on the last Tuesday in January, was cancelled in 2021"
_THE_RULE_BEFORE = re.compile(
    r"(?i)(?:\b(?:always\s+)?falls|,\s+held|,\s+observed|\bis\s+(?:observed|kept))\s+(?:on\s+)?$"
)
_OF_A_MONTH_AFTER = re.compile(rf"\s+(?:in|of)\s+{MONTH}\b")
_WHEN_THAT_DAY_AFTER = re.compile(  # "or on 1 February itself when that date is a Friday"
    r"(?i)\s+(?:itself\s+)?(?:when|if)\s+(?:that|the)\s+(?:date|day)\s+(?:is|falls)\b"
)
_WHAT_IT_MARKS = re.compile(  # "Veterans Day marks the", "Labour Day in Victoria marks the"
    r"(?:\s+in\s+(?:[A-Z][\w'\u2019-]*\s*){1,3})?\s+(?:marks|commemorates|honou?rs|remembers)"
    r"\s+(?:the|a|an)\b"
)
_FONDNESS_BEFORE = re.compile(
    r"\b(?:love|loves|loved|hate|hates|enjoy|enjoys|adore|adores)\s+$"
    r"|(?i:\bis|['\u2019]s|\bwas)\s+(?i:our|their|my|your)\s+$"  # "it's our Christmas": a likeness
)
_ORDINARY = r"(?i:normal|typical|usual|ordinary|average)"  # "a normal Monday", "its usual January"
_MEASURED_AGAINST = re.compile(
    r"(?i)\b(?:at|to|with|than|from|below|above|near|match(?:es|ed|ing)?|beat(?:s|ing)?|"
    r"against|versus|vs\.?|compared\s+with)\s+$"
    r"|^(?i:at|to)\s"
)
_A_LEVEL_AFTER = re.compile(  # "at last spring's pace": what a figure is measured against
    r"['\u2019]s\s+(?:pace|levels?|rates?|totals?|figures?|highs?|peaks?|numbers|average|close|"
    r"closing)\b"  # ("against Tuesday's close of $22.12")
)
# a month's baseline, any year's: "the July average", "its usual January total"
_A_BASELINE_AFTER = re.compile(r"\s+(?:average|averages|norm|normals?|mean)\b")
_USUAL_BEFORE = re.compile(rf"\b(?i:an?|the|its|their|our|his|her)\s+{_ORDINARY}\s+$")
_WITHIN_BEFORE = re.compile(r"(?i)\bwithin\s+$")
_ANY_YEARS = re.compile(  # "a normal Labour Day", "any other Friday", "an ordinary Friday",
    # "the first on a Cup Day since 1986"
    rf"\b(?i:any)\s+(?:other\s+)?$|\b(?i:an?)\s+{_ORDINARY}\s+$"
    r"|\b(?i:on|during)\s+an?\s+$"
    r"|\b(?i:an?)\s+(?i:whole|entire|full|single)\s+$"  # "lost a whole Saturday": a day's worth
)
# "an ordinary Friday in April": a month of a day that could be any
_ANY_DAY_IN = re.compile(rf"\b(?i:an?|any)\s+(?:other\s+)?{_ORDINARY}\s+{WEEKDAY}\s+$")
_THAN_BEFORE = re.compile(r"(?i)\bthan\s+(?:on\s+|at\s+)?$")  # "busier than Christmas Eve"
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n\s*)[\"\u201c\u2018']?$")
_THAN_AFTER = re.compile(r"\s+than\b")  # a comparison: "a week earlier than planned"
_ACRONYM_BEFORE = re.compile(r"\b[A-Z]{2,5}\s+$")  # "VOA Today" (not "VOA said today")
_TITLE_IN_QUOTES = re.compile(r"[\"\u201c]\s?(?:This|Last|Next)\s+(?:Week|Month|Year)\b")


_HOURS_OF = re.compile(r"(?i)\bhours\s+of\s+$")
_FOR_BEFORE = re.compile(r"(?i)\bfor\s+$")
_LIST_MARK = re.compile(r"\s*[:\u2013\u2014]\s|\s+-\s")
# a year as the span a verb opens or closes: "The index ended 2025 up 18%", "began 2026 at"
_A_YEAR_OPENED_OR_CLOSED = re.compile(
    r"(?i)\b(?:end(?:s|ed)?|finish(?:es|ed)?|beg[ai]n|begins|start(?:s|ed)?|clos(?:es|ed)|"
    r"open(?:s|ed)|enter(?:s|ed)?|r[ai]ng\s+in|s[ae]w\s+out|see\s+out|kicked\s+off)\s+(?:out\s+)?$"
)
_WHEN_AFTER = re.compile(r",\s+when\s+[a-z]")
_YEAR_AFTER = re.compile(r"\s*(?:-|\u2013|through|to|until|and|or)\s*(?:1[89]|20)\d\d\b")


def _opens_a_line(text: str, at: int) -> bool:
    """Does ``text[at:]`` open a line (only spaces before it on its line)?"""
    while at > 0 and text[at - 1] in " \t":
        at -= 1
    return at == 0 or text[at - 1] == "\n"


def heads_a_list_line(text: str, start: int, end: int) -> bool:
    """Does the date at ``text[start:end]`` head a line of a list ("Jan. 24: Freezing rain
    knocked out power ...", "1923 - The board borrows ...")?"""
    return _opens_a_line(text, start) and _LIST_MARK.match(text, end) is not None


# "Ukraine's Independence Day", "Mexico's Independence Day": the holiday of the country named
_OWNER = re.compile(r"\b([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)['\u2019]s\s+$")


def _another_nations(text: str, start: int) -> bool:
    """Is a holiday given to a country the kit keeps no calendar for ("Ukraine's Independence
    Day")? "Canada's Thanksgiving" is Canada's, read by its own rule; "the city's" is the
    story's."""
    owner = _OWNER.search(text, max(0, start - 40), start)
    return (
        owner is not None
        and owner.group(1) in nlp.gazetteer("countries.txt")
        and country_named(owner.group(1)) is None
    )


# a count restated by the date after it; "the Fourth" after a preposition; weekend tickets; a
# month in general (each read in is_no_date)
_ITS_DATE_AFTER = re.compile(  # ", on May 3", ", on Tuesday 3 June", ", 14 March", "Two days
    # earlier, on Friday,"
    rf",\s+(?:(?i:on)\s+)?(?:{WEEKDAY},?\s+)?(?:{MONTH}\s+\d{{1,2}}\b|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH})"
    rf"|,\s+(?i:on)\s+{WEEKDAY}\s*,"
)
_A_PREPOSITION_BEFORE = re.compile(
    r"\b(?i:on|for|before|after|until|till|by|since|over|through|to|into)\s+$"
)
_A_WEEKEND_TICKET = re.compile(r"(?<=[Ww]eekend)\s+(?:pass|passes|tickets?|wristbands?)\b")
_IS_AS_A_RULE = r"\s+is\s+(?:(?:always|usually|normally|traditionally)\s+)?"  # "is usually"
_A_MONTH_IN_GENERAL = re.compile(
    rf"{_IS_AS_A_RULE}(?:when\b|(?:our|the|their|its)\s+(?:busiest|quietest|biggest|best|worst)"
    r"\s+month\b)"
)
# the months a season runs over: "the high season runs from June to September", "The cyclone
# season in the region runs from November to April" (any year's)
_A_SEASONS_MONTHS = re.compile(
    r"(?i)\bseason\b[^.;]{0,40}?\b(?:runs?|lasts?|stretches|extends)\s+from\s+"
    r"(?:[A-Za-z]+\s+(?:to|through|until)\s+)?$"
)
# a season in general: "The summer is when these parks make their year", "the summer is only
# so long", "the summer is the one time of year the shops fill"
_A_SEASON_IN_GENERAL = re.compile(
    rf"{_IS_AS_A_RULE}(?:when|only|the\s+one|the\s+time|our|their|its)\b"
)
# a season as the frame of a record or a living ("our biggest day of the summer", "the first
# heat wave of the summer", "the hottest reading of the summer so far", "the day that paid
# for the winter"): any year's season, no time of its own
_A_SEASONS_RECORD = re.compile(
    r"(?i)(?:\b(?:[a-z]+est|best|worst|first|only)\s+(?:[a-z-]+\s+){0,2}of"
    r"|\b(?:pays?|paid|paying)\s+(?:[a-z']+\s+){0,2}for|\bcarr(?:y|ies)\s+us\s+through\s+to)\s+$"
)

# what makes "in three weeks" a length, not a date ahead: a count or a rank before it in its
# clause ("sold 600 in two days", "its first win in three years", "the worst in five years"),
# a perfect, or a condition ("if you can't get it done in six years")
_NOT_A_LEVEL = r"(?<!level\s)(?<!stage\s)(?<!phase\s)(?<!tier\s)(?<!alert\s)(?<!category\s)"
_A_WEEKDAY_NEXT = re.compile(rf"\s+(?i:on\s+)?{WEEKDAY}\b")
_GIVEN_BEFORE = re.compile(r"(?i)\b(?:gave|give|given|giving|allowed|granted)\b[^.;,]*$")
_WILL_BETWEEN = re.compile(r"(?i)\b(?:will|would|shall|should|must|is\s+due|are\s+due)\b")
_A_LENGTH_BEFORE = re.compile(  # (not a level's number: "go to Level 4 in a fortnight")
    rf"(?i)(?:{_NOT_A_LEVEL}\d|{_NOT_A_LEVEL}\b(?:{COUNT_WORDS}|once|twice|times|if|unless|first|"
    r"second|third|fourth|"
    r"fifth|last|only|time|never|not|"
    r"best|worst|most|least|biggest|largest|highest|lowest|longest|fastest|weakest|strongest|"
    r"busiest|wettest|driest|coldest|hottest|warmest)\b"
    r"|\b(?:has|have|['\u2019]s|['\u2019]ve)\s+(?:not\s+|never\s+)?(?:been\s+)?[a-z]+(?:ed|en)\b)"
    r"[^.;:,!?\u2014]*$"
)  # a perfect says how long up to now: "has doubled in a fortnight", "It's happened twice"


def _an_event_after(text: str, match: re.Match[str]) -> bool:
    """Is the word after the expression an event's noun, whatever its case ("Fair", "Dook")?"""
    following = _NEXT_NAME.match(text, match.end())
    return following is not None and EVENT_NOUN_AT.match(following.group(1).casefold()) is not None


def names_a_law(text: str, start: int) -> bool:
    """Is the year at ``start`` of ``text`` part of a law's title ("the Roads Act 1993")? It is
    an entry, but no time the story tells of: later dates do not count from it."""
    return _LAW_BEFORE.search(text, max(0, start - 80), start) is not None


def _a_holiday_period(text: str, following: re.Match[str]) -> bool:
    """Do the words after a holiday name a period of it ("holidays", "break", "school
    holidays")?"""
    if following.group(1) in _HOLIDAY_PERIODS:
        return True
    second = _FOLLOWING_WORD.match(text, following.end())
    return (
        following.group(1) in ("school", "term")
        and bool(second)
        and (second.group(1) in _HOLIDAY_PERIODS)
    )


_ANOTHER_NEW_YEAR = re.compile(
    r"(?i)\b(?:happy|jewish|islamic|persian|iranian|hindu|tamil|sinhala|thai|vietnamese|"
    r"orthodox|lunar|chinese|korean)\s+$"
)


def _a_feasts_name(kind: str, text: str, match: re.Match[str]) -> bool:
    """Does a holiday (or an nth weekday) name something other than this year's day: what a
    day is called, an organisation or treaty, the feast itself, a town, or a weekday's holiday?"""
    start, end = match.start(), match.end()
    if _NAMED_AS_BEFORE.search(text, max(0, start - 80), start) or _AS_A_NAME_AFTER.match(
        text, end
    ):
        return True  # "voted to mark the second Monday of October as Indigenous Peoples' Day,
        # though the state still lists the holiday as Columbus Day": what a day is called
    if kind != "holiday":
        return False
    if match.group("holiday") == "New Year" and _ANOTHER_NEW_YEAR.search(
        text, max(0, match.start("holiday") - 12), match.start("holiday")
    ):
        return True  # "the Jewish New Year", "Happy New Year": another calendar's, a greeting
    if _A_BODY_AFTER.match(text, end):
        return True  # "the Westbury King Day Committee", "the Good Friday Agreement": a name
    if (
        _STILL_BEFORE.search(text, max(0, start - 16), start)
        and _SENTENCE_END_AFTER.match(text, end)
        and not match.group(0).casefold().startswith("the")  # ("when it was still the
    ):  # Queen's Birthday weekend": the name the holiday had then)
        return True  # "A Canada Day in the smoke is still Canada Day": what the feast is
    # "between Corpus Christi and Port Calavera": the Texas city (but "markets closed for Corpus
    # Christi" is the feast; and "on Monday, the King's Birthday holiday" is the holiday, on the
    # Monday it is kept)
    return match.group("holiday") in _ALSO_PLACES and not _TIME_PREPOSITION.search(
        text, max(0, start - 8), start
    )


def is_no_date(kind: str, text: str, match: re.Match[str]) -> bool:
    """Weekdays and day words inside names are not dates: "Super Tuesday", "USA Today"."""
    if kind == "month" and _NTH_WEEKDAY_OF_BEFORE.search(
        text, max(0, match.start("month") - 30), match.start("month")
    ):
        return True  # the month of "the second Monday of October", a day already dropped
    if kind == "numeric_date":  # "03/04/2019": March 4 or 3 April, the text does not say
        first, second = int(match.group("first")), int(match.group("second"))
        return not (first == second or (first > 12) != (second > 12)) or min(first, second) < 1
    if (
        kind == "after_event"
        and match.group(0).casefold() == "that day"
        and _ON_BEFORE.search(text, max(0, match.start() - 7), match.start())
    ):
        return True  # "has not ruled out further action on that day": the day just given,
        # told again, like "by that date" (datasets/README, round sixteen)
    if kind == "event_anchor" and _WITHIN_BEFORE.search(
        text, max(0, match.start() - 8), match.start()
    ):
        return True  # "refunded within 30 days after the deadline": a length of time, no day
    if kind == "after_event" and _A_WEEKDAY_NEXT.match(text, match.end()):
        return True  # "Main stage to start three hours later on Saturday": a shift of the
        # usual time, told by the weekday after it
    if kind == "after_event" and _NOT_BEFORE.search(text, max(0, match.start() - 5), match.start()):
        return True  # "not a day before": no date
    if kind == "weekday" and _is_a_schedule(text, match):
        return True
    if (
        kind == "weekday"
        and _SOME_DAYS_BEFORE.search(text, max(0, match.start() - 12), match.start())
        and _PLURAL_AFTER.match(text, match.end())
    ):
        return True  # "up to six Sunday shifts a year": a count of days, no date
    if kind == "event_anchor" and _GIVEN_BEFORE.search(
        text, max(0, match.start() - 40), match.start()
    ):
        return True  # "We gave the company six weeks after the February strike": a length given
    if kind == "weekday" and match.group("weekday").isupper() and _mostly_capitals(text):
        return True  # "FRIDAY" heads a schedule; in a text all in capitals its tense is unread
    if kind == "day_of_month":  # "on the 7th", "by the 15th", "Monday the 4th"; "finished the
        # 7th" is a rank
        return not (match.group("pre") or match.group("lead") or match.group("weekday"))
    if (
        kind in ("season", "unit", "weekday")
        and _A_LEVEL_AFTER.match(text, match.end())
        and (
            _MEASURED_AGAINST.search(text, max(0, match.start() - 12), match.start())
            or _MEASURED_AGAINST.match(match.group(0) + " ")
        )
    ):
        return True  # "hauling at last spring's pace", "back at last year's level", "against
        # Tuesday's close of $22.12": a baseline (but "Last year's total was a record" is the
        # year's own figure)
    if (
        kind == "holiday"
        and (match.groupdict().get("which") or "").casefold() in ("last", "next")
        and THE_BEFORE.search(text, max(0, match.start() - 5), match.start())
    ):
        return True  # "The last Christmas closure on the line, in 2022": the latest of a series
    if kind in ("holiday", "season") and match.groupdict().get("which"):
        return False  # "last Thanksgiving", "Last spring there were nights": whatever follows
    if kind in ("in_time", "after_event") and _ITS_DATE_AFTER.match(text, match.end()):
        return True  # "will take place in three weeks, on May 3", "ended 16 days later, on Aug
        # 20": the date says it again
    length = _A_LENGTH_BEFORE.search(text, max(0, match.start() - 60), match.start())
    if kind == "in_time" and length and not _WILL_BETWEEN.search(length.group(0)):
        return True  # "the second time in two months", "sold 600 in two days": a length (not
        # "A second dose will follow in about four weeks": the count is of doses)
    if kind == "holiday" and _another_nations(text, match.start("holiday")):
        return True  # "Ukraine's Independence Day": a holiday of a country whose calendar the
        # kit does not keep
    if (
        kind == "holiday"
        and _WHAT_IT_MARKS.match(text, match.end())
        and _SENTENCE_START.search(text, max(0, match.start() - 3), match.start())
    ):
        return True  # "Veterans Day marks the armistice that halted ...": what the feast is
    if (
        kind == "holiday"
        and A_BEFORE.search(text, max(0, match.start() - 4), match.start())
        and not match.groupdict().get("year")
        and _ANY_ONE_AFTER.match(text, match.end())
    ):
        return True  # "I've never known a Good Friday like it": any year's (but "a Good Friday
        # derby" and "a Labour Weekend party" are this year's)
    if kind in ("holiday", "nth_weekday") and _a_feasts_name(kind, text, match):
        return True  # "the Good Friday Agreement", "is still Canada Day" (see _a_feasts_name)
    if (
        kind == "holiday"
        and match.group("holiday") == "the Fourth"
        and (
            not _A_PREPOSITION_BEFORE.search(
                text, max(0, match.start("holiday") - 12), match.start("holiday")
            )
            or text.startswith(" of", match.end("holiday"))  # ("the Fourth of July recess")
        )
    ):
        return True  # "the town that cancels the Fourth", "the Fourth is the Fourth": the
        # holiday itself (but "for the Fourth", "at 10 a.m. on the Fourth" are its day)
    if kind == "holiday" and _FONDNESS_BEFORE.search(
        text, max(0, match.start() - 12), match.start()
    ):
        return True  # "We love Halloween": the feast, any year's; "For a Monday in May, it's
        # our Christmas": what a day is like
    if kind == "month" and _ANY_DAY_IN.search(text, max(0, match.start() - 40), match.start()):
        return True  # "than on an ordinary Friday in April": any year's April
    if kind == "holiday" and _THAN_BEFORE.search(text, max(0, match.start() - 12), match.start()):
        return True  # "we'll be busier than Christmas Eve": a comparison, no day
    holiday_weekend = kind == "unit" and (match.groupdict().get("now") or "").casefold() in (
        "long",
        "holiday",
    )
    if (
        kind == "season"
        and not match.groupdict().get("which")
        and (
            _A_SEASON_IN_GENERAL.match(text, match.end())
            or _A_SEASONS_RECORD.search(text, max(0, match.start() - 40), match.start())
        )
    ):
        return True  # "our biggest day of the summer", "The summer is when we make our year"
    if kind == "month" and _A_SEASONS_MONTHS.search(
        text, max(0, match.start("month") - 80), match.start("month")
    ):
        return True  # "the high season runs from June to September": any year's months
    if kind == "month" and _A_MONTH_IN_GENERAL.match(text, match.end()):
        return True  # "December is when we make a third of our money": any year's December
    if (kind == "holiday" or holiday_weekend) and _A_TIME_AFTER.match(text, match.end()):
        return True  # "Matariki is a time to remember", "Easter Monday is one of the busiest
        # days of the year": the feast itself, no day
    if kind in ("holiday", "weekday") and _ANY_YEARS.search(
        text, max(0, match.start() - 20), match.start()
    ):
        return True  # "about 60,000 people on a normal Labour Day", "about twice a normal
        # Monday": any year's, any week's
    if kind == "nth_weekday" and _THE_RULE_BEFORE.search(
        text, max(0, match.start() - 40), match.start()
    ):
        return True  # "It falls on the first Monday in February": the rule, every year's
    if (
        kind in ("weekday", "unit")
        and THE_BEFORE.search(text, max(0, match.start() - 5), match.start())
        and _OF_A_MONTH_AFTER.match(text, match.end())
    ):
        return True  # "the last Tuesday in January", an nth weekday already dropped
    if kind in ("month_day", "month") and _WHEN_THAT_DAY_AFTER.match(text, match.end()):
        return True  # "or on 1 February itself when that date is a Friday": any year's
    if kind == "holiday" and (
        match.group("holiday").endswith(_ONE_DAY_NAMES)
        or _NAMED_HOLIDAY.match(match.group("holiday")) is not None
        or match.groupdict().get("year")
        or match.end("holiday") < match.end()
    ):
        return False  # "Thanksgiving Day", "Thanksgiving 2018", "Christmas night" name a day
    if (
        kind == "holiday"
        and _NAME_AFTER.match(text, match.end())
        and not _an_event_after(text, match)
    ):
        return True  # "Easter Island", "Christmas Island" (not "the May Day Fair", an event)
    if kind == "holiday" and _FEAST_OF.search(text, max(0, match.start() - 24), match.start()):
        return True  # "the stars of Matariki", "the spirit of Christmas": the feast itself
    if kind == "month_day" and _NUMBERED_BEFORE.search(
        text, max(0, match.start() - 20), match.start()
    ):
        return True  # "opened along Route 9 June 24": the 9 is the road's ("June 24" is read
        # on its own)
    worded = kind == "month_day" and match.group("day")[:1].isalpha()  # "the Fourth of July"
    if (kind in ("day_word", "season", "holiday") or worded) and (
        kind != "day_word" or match.group("word").casefold() == "overnight"
    ):  # "an overnight shift", "the winter break", "Christmas shopping" are no dates
        following = _FOLLOWING_WORD.match(text, match.end())
        event = following and EVENT_NOUN_AT.match(following.group(1))
        if kind == "holiday" and following and not event:  # "the Twelfth parades": the
            event = EVENT_NOUN_AT.match(_SINGULAR.sub("", following.group(1)))  # parades' day
        verb = _A_VERB_NEXT if kind == "season" else _A_FEASTS_VERB_NEXT
        if kind in ("season", "holiday") and following and verb.fullmatch(following.group(1)):
            following = None  # "after a dry autumn left its reservoir low", "Bonfire Night
            # brings more uncertainty": the season's or the feast's verb
        if kind == "season" and following and following.group(1) in _SEASONAL_PERIODS:
            event = None  # "the spring launch" is a date; "the summer holidays", "the summer
            # fair" and "the summer service" (a timetable's) are named
        if (
            kind == "holiday"
            and following
            and following.group(1) in _WEEKS_LONG
            and match.group("holiday").casefold() in _WITH_A_SEASON
        ):
            event = None  # "Llanferwyn's Christmas market will stay shut today": no date
        if (
            following
            and following.group(1) in _SERVICES
            and (kind == "day_word" or match.group("holiday").casefold() in _WITH_A_SEASON)
        ):
            event = None  # "the overnight sailing", "Easter sailings sold out": a kind of
            # sailing, or the sailings of a season (but "extra Hogmanay sailings": that day's)
        period = kind == "holiday" and following and _a_holiday_period(text, following)
        if period:
            event = None  # "the Easter holidays", "the Christmas break", "the Easter school
            # holidays": named periods
        if kind == "holiday" and following and not event and not period:  # "the New Year's
            second = _FOLLOWING_WORD.match(text, following.end())  # Eve torchlight run": the
            # day of the run
            event = second is not None and EVENT_NOUN_AT.match(second.group(1))
        counted = kind == "holiday" and COUNTED_FROM.search(
            text, max(0, match.start() - 40), match.start()
        )
        itself = (  # "For Bloomsday itself": the day (but "the bank holiday itself" is any)
            kind == "holiday"
            and following is not None
            and following.group(1) == "itself"
            and "holiday" not in match.group("holiday").casefold()
        )
        if (
            following
            and following.group(1) not in _FUNCTION_WORDS
            and not (event or counted or itself)
        ):
            return True  # but "the Fourth of July fireworks" is the day of the fireworks, and
            # "spent the week before Christmas boxing up files" the week before the day
    if kind == "day_word" and _IDIOM_BEFORE.search(text, max(0, match.start() - 20), match.start()):
        return True  # "I remember it like it was yesterday"
    if kind == "day_word":  # "USA Today", "VOA Today": a title after an acronym
        before = text[max(0, match.start() - 8) : match.start()]
        possessive = text[match.end() : match.end() + 1] in ("'", "\u2019")
        if _GENERIC_AFTER.match(text, match.end()) or (
            not possessive
            and _OF_BEFORE.search(before)
            and not _HOURS_OF.search(text, max(0, match.start() - 20), match.start())
        ):  # (but "in the early hours of this morning" is this morning)
            return True  # "today's youth", "the people of tomorrow": nowadays, the future
        return match.group(0)[:1].isupper() and _ACRONYM_BEFORE.search(before) is not None
    if kind == "unit" and _EVERY_DAY_BEFORE.search(text, max(0, match.start() - 20), match.start()):
        return True  # "between 5pm and 9pm every day this week": a habit
    if kind == "unit" and _A_WEEKEND_TICKET.match(text, match.end()):
        return True  # "the weekend passes were gone within a week": a kind of ticket
    if kind == "unit":  # "the year" alone is no date; "the end of the year" or "last year" is
        if "period" in match.groupdict() or "now" not in match.groupdict():
            return False  # "for the year": the period a company reports on; "last season"
        which = match.groupdict().get("which")  # (none in a headline's "over long weekend")
        if not which and _ENDED_AFTER.match(text, match.end()):
            return True  # "the fiscal year that ended Dec. 30": only Dec. 30 is a date
        if _TITLE_IN_QUOTES.search(text, max(0, match.start() - 2), match.end()):
            return True  # the programme "This Week"
        now, unit = (match.group("now") or "").casefold(), match.group("unit").casefold()
        this_one = now == "current" or (now != "" and unit == "year")  # "the full year"
        return not (which or match.groupdict().get("edge") or this_one) and (unit != "weekend")
    year_at = match.start("year") if kind == "year" else 0
    if (
        kind == "year"
        and _COUNT_BEFORE.search(text, max(0, year_at - 14), year_at)
        and _PLURAL_AFTER.match(text, match.end())
    ):
        return True  # "more than 1900 hectares": a count
    if kind == "year" and (
        _STREET_AFTER.match(text, match.end())
        or (int(match.group("year")) < 1600 and _PLURAL_AFTER.match(text, match.end()))
        or (
            _PEOPLE_AFTER.match(text, match.end())
            and not any(match.groupdict().get(g) for g in ("lead", "det"))
            and (match.groupdict().get("pre") or "from").casefold() in ("from", "to", "and")
        )
    ):
        return True  # "at 1180 Garrison Ave.": an address; "for 1500 guests", "goes from 1800
        # people to about 9000": a count
    if kind == "year" and match.group("det"):  # "the 2019 flood", "fiscal 2019"
        fiscal = match.group("det").casefold().split()[0] in ("fiscal", "tax", "financial")
        return not (
            fiscal or WORD_AFTER.match(text, match.end()) or BUILT_AFTER.match(text, match.end())
        )  # ("a 2019-built ship": the year it was built)
    if kind in ("month", "year"):  # "May" and "2019" need a word that makes them a date
        led = any(
            match.group(g)
            for g in ("pre", "lead", "edge", "which", "det")
            if g in match.groupdict()
        )
        if kind == "month" and _A_MONTHS_RECORD.search(
            text, max(0, match.start() - 30), match.start()
        ):
            return False  # "the warmest June since 1987", "after the driest March in 14 years"
        if kind == "month" and TARGET_AFTER.match(text, match.end()):
            return False  # "so May is now more realistic", "June is the target": the month a
            # plan aims at
        if (
            kind == "month"
            and (match.group("month") != "May" or _BEFORE_AFTER.match(text, match.end()))
            and _IT_WOULD_BE.search(text, max(0, match.start() - 20), match.start())
        ):
            return False  # "We told everyone it would be June", "it'll be May before I get a
            # match near it" (not "it will be May who decides")
        if (
            kind == "year"
            and not led
            and _A_YEAR_OPENED_OR_CLOSED.search(text, max(0, match.start() - 16), match.start())
            and not _PLURAL_AFTER.match(text, match.end())
        ):
            return False  # "The index ended 2025 up 18%" (not "opened 2025 branches", a count)
        if kind == "year" and not led and _WHEN_AFTER.match(text, match.end()):
            return False  # "apart from the war years, 2001, when foot-and-mouth shut down
            # agricultural events": the year something happened
        if kind == "year" and not led and _YEAR_AFTER.match(text, match.end()):
            return False  # "except 1943 through 1945": the first year of a range
        if kind == "year" and not led and heads_a_list_line(text, match.start(), match.end()):
            return False  # "1923: The harbour board borrows £38,000": a chronology's line
        if (
            kind == "year"
            and not led
            and _TITLE_BEFORE.search(text, max(0, match.start() - 60), match.start())
        ):
            return False  # a year in a title: "Budget 2017: What to expect", "Lakeport
            # Marathon 2025"
        if kind == "year" and not led and names_a_law(text, year_at):
            return False  # "under section 75 of the Roads Act 1993": the law's year
        pre = (match.groupdict().get("pre") or "").casefold()
        if kind == "month" and _A_BREAK_AFTER.match(text, match.end()):
            return False  # "March Break", "the May half-term": a school break in that month
        if kind == "month" and pre in ("", "and", "or") and not match.groupdict().get("lead"):
            following = _NEXT_WORD.match(text, match.end())  # "Harold and June Beckstrom",
            if following is not None and following.group(1).istitle():  # "April Ryan": a name
                name = following.group(1).casefold()
                if name not in MONTHS and name not in WEEKDAYS:
                    return True
        if kind == "month" and _WEATHER_BEFORE.search(
            text, max(0, match.start() - 40), match.start()
        ):
            return False  # "after a wet April": a month told by its weather (not a name)
        if (
            kind == "month"
            and not led
            and (
                _A_BASELINE_AFTER.match(text, match.end())
                or _USUAL_BEFORE.search(text, max(0, match.start() - 20), match.start())
            )
        ):
            return True  # "triple the July average", "its usual January total": any year's
        if kind == "month" and not led and _A_MONTH_JUDGED_AFTER.match(text, match.end()):
            return False  # "June was the driest on record", "May was a hard month": the month
            # itself, as its subject (not "June was the eldest", a name)
        if led or kind == "year" or match.group("month").casefold() not in _UNAMBIGUOUS_MONTHS:
            return not led
        # "December was the strongest month", "a strong December": a month without a word
        # before it, unless a name goes on ("October Revolution") or it is a contract month
        following = _NEXT_WORD.match(text, match.end())
        return following is not None and (
            following.group(1)[:1].isupper() or following.group(1) in _CONTRACT_WORDS
        )
    if kind in ("season", "season_year") and match.group("season").istitle():
        following = _NEXT_WORD.match(text, match.end("season"))  # "the Summer Economic
        if following is not None and following.group(1).istitle():  # Statement", "the Winter
            return True  # Olympics": a name (not "IN THE SPRING ANNOUNCED", all capitals)
    if (
        kind == "after_event"
        and _FOR_BEFORE.search(text, max(0, match.start() - 8), match.start())
        and not match.group(0).casefold().startswith("the ")
    ):
        return True  # "will close for six weeks later this month": a length (but "a strike
        # called for the following day" is a day)
    if kind == "after_event":  # "the same day care center", "a month earlier than usual"
        return _COMPOUND_AFTER.match(text, match.end()) is not None or (
            _THAN_AFTER.match(text, match.end()) is not None
        )
    if kind != "weekday":
        return False
    start, end = match.span("weekday")
    before = text[max(0, start - 20) : start]
    if re.search(r"(?i)\b(?:every|each|on\s+an?y?|first|second|third|fourth|fifth)\s+$", before):
        return True  # "every Tuesday", "on a Friday", "the third Sunday in October": a rule
    if re.search(
        r"(?i)(?:^|[.!?\u201c\"]\s*)an?\s+$|\b(?:its|their)\s+(?:final|last|first|opening)\s+$",
        before,
    ):
        return True  # "A Friday just works better", "closed the fair on its final Sunday"
    kind_of_thing = _WEEKDAY_COMPOUND.match(text[end : end + 20])
    plural = kind_of_thing or _ROUNDS_AFTER.match(text, end)
    if match.groupdict().get("lead") and plural and plural.group(0).endswith("s"):
        return True  # "households on Thursday rounds": the rounds of every Thursday (but
        # "with Monday rounds collected Tuesday" are this week's)
    if match.groupdict().get("lead") or match.group("which"):
        return False
    named_before = _NAMED_BEFORE.search(before)
    named_after = _NAMED_AFTER.match(text[end : end + 20])
    return bool(named_before or named_after or kind_of_thing)
