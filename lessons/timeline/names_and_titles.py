"""Not a date: a date word inside a name or a title.

"Super Tuesday", "USA Today", "Budget 2017", "the Roads Act 1993", "Route 9", "the Good Friday
Agreement", "Easter Island", "the March of Dimes": the date word names a thing, not a day. So
does a holiday before a noun ("Christmas shopping", "the Easter holidays") and a feast spoken of
as itself ("Matariki is a time to remember", "We love Halloween").
"""

from __future__ import annotations

import re

from lessons import nlp, vocab
from lessons.timeline.country import country_named
from lessons.timeline.words import (
    DAY_COMPOUNDS,
    EVENT_NOUN_AT,
    MONTH,
    NAMED_DAYS,
    WEEKDAY,
    WEEKDAY_TITLES,
    WEEKDAYS,
    either,
)

# a weekday in a name or a compound: "Super Tuesday", "the Sunday Times", "Sunday roasts"
NAMED_BEFORE = re.compile(rf"\b{either(NAMED_DAYS)}\s$")
NAMED_AFTER = re.compile(rf"\s{either(WEEKDAY_TITLES)}\b")
WEEKDAY_COMPOUND = re.compile(  # "Sunday roasts", "Sunday lunch"
    rf"\s+(?:{either(vocab.word_list('timeline_weekday_compounds'))})\b"
)
ROUNDS_AFTER = re.compile(r"\s+(?:collection\s+|bin\s+)?rounds\b")
COMPOUND_AFTER = re.compile(rf"[\s-]+(?i:{either(DAY_COMPOUNDS)})\b")

# a day word in a title ("USA Today", the programme "This Week"), or for nowadays ("today's
# youth", "the people of tomorrow")
ACRONYM_BEFORE = re.compile(r"\b[A-Z]{2,5}\s+$")  # "VOA Today" (not "VOA said today")
TITLE_IN_QUOTES = re.compile(r"[\"\u201c]\s?(?:This|Last|Next)\s+(?:Week|Month|Year)\b")
GENERIC_AFTER = re.compile(
    rf"['\u2019]s\s+(?:[a-z]+\s+)?(?i:{either(vocab.word_list('timeline_generic_nouns'))})\b"
)
OF_BEFORE = re.compile(r"\b(?i:of)\s+$")
HOURS_OF = re.compile(r"(?i)\bhours\s+of\s+$")
IDIOM_BEFORE = re.compile(r"(?i)\b(?:like|as\s+if|as\s+though)\s+it\s+(?:was|were)\s+$")

# a year or a number in a title or an address: "Budget 2017", "the Roads Act 1993", "Route 9"
TITLE_BEFORE = re.compile(  # "Budget 2017: What to expect", "set aside $120 million in Budget
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
STREET_AFTER = re.compile(
    r"\s+(?:[A-Z][\w'\u2019-]*\s+){1,3}(?:Street|St\b|Avenue|Ave\b|Road|Rd\b|Boulevard|Blvd\b"
    r"|Drive|Dr\b|Lane|Way|Place|Court|Highway|Hwy\b|Parkway|Terrace|Crescent|Square)"
)
# a number that names a road, a flight or a platform: "Route 9", "Highway 61", "Flight 12"
NUMBERED_BEFORE = re.compile(
    r"\b(?:Route|Rte\.?|Highway|Hwy\.?|Interstate|Road|Flight|Platform|Gate|Pier|Berth|Bus|"
    r"Line|No\.|Number|Room|Ward|Unit|Exit|Junction)\s+$"
)


def names_a_law(text: str, start: int) -> bool:
    """Is the year at ``start`` of ``text`` part of a law's title ("the Roads Act 1993")? It is
    an entry, but no time the story tells of: later dates do not count from it."""
    return _LAW_BEFORE.search(text, max(0, start - 80), start) is not None


# a month in a name: "April Ryan", "March Break"
NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")
# Month names that are no other English word or common name ("May", "March", "August" are)
UNAMBIGUOUS_MONTHS = frozenset("january february july september october november december".split())
A_BREAK_AFTER = re.compile(r"\s+(?i:break|half-term|half\s+term)\b")

# a holiday's name: one that gives the day, or one for something else or for the feast itself
# a holiday named as one day: "Thanksgiving Day", "Good Friday", "Christmas Eve", "Mothering
# Sunday" ("the Good Friday walk", "the Christmas Eve grassfire"), not "Christmas shopping"
ONE_DAY_NAMES = ("Day", "Eve", *(name.title() for name in WEEKDAYS if name.endswith("day")))
# a holiday named with its month or feast: "the August bank holiday raised", "the Civic
# Holiday" (but "the bank holiday crowds" may be any)
NAMED_HOLIDAY = re.compile(r"(?i)(?!bank\s)\w+\s+(?:bank\s+|public\s+)?holiday$")
NAME_AFTER = re.compile(rf"\s+(?!{WEEKDAY}|{MONTH})[A-Z][a-z]")
_NEXT_NAME = re.compile(r"\s+([A-Z][a-z]+)\b")
FEAST_OF = re.compile(
    r"(?i)\b(?:stars?|colou?rs|spirit|meaning|story|magic|message|traditions?)\s+of\s+$"
)
A_TIME_AFTER = re.compile(  # "Matariki is a time to remember", "Juneteenth is about showing
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
THE_RULE_BEFORE = re.compile(
    r"(?i)(?:\b(?:always\s+)?falls|,\s+held|,\s+observed|\bis\s+(?:observed|kept))\s+(?:on\s+)?$"
)
WHAT_IT_MARKS = re.compile(  # "Veterans Day marks the", "Labour Day in Victoria marks the"
    r"(?:\s+in\s+(?:[A-Z][\w'\u2019-]*\s*){1,3})?\s+(?:marks|commemorates|honou?rs|remembers)"
    r"\s+(?:the|a|an)\b"
)
FONDNESS_BEFORE = re.compile(
    r"\b(?:love|loves|loved|hate|hates|enjoy|enjoys|adore|adores)\s+$"
    r"|(?i:\bis|['\u2019]s|\bwas)\s+(?i:our|their|my|your)\s+$"  # "it's our Christmas": a likeness
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
_STILL_BEFORE = re.compile(r"(?i)\b(?:is|are|was|it['\u2019]s)\s+still\s+$")
_SENTENCE_END_AFTER = re.compile(r"\s*(?:[,.;:!?\"\u201d\u2019]|$)")
_ANOTHER_NEW_YEAR = re.compile(
    r"(?i)\b(?:happy|jewish|islamic|persian|iranian|hindu|tamil|sinhala|thai|vietnamese|"
    r"orthodox|lunar|chinese|korean)\s+$"
)
# "Ukraine's Independence Day", "Mexico's Independence Day": the holiday of the country named
_OWNER = re.compile(r"\b([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)['\u2019]s\s+$")


def an_event_after(text: str, match: re.Match[str]) -> bool:
    """Is the word after the expression an event's noun, whatever its case ("Fair", "Dook")?"""
    following = _NEXT_NAME.match(text, match.end())
    return following is not None and EVENT_NOUN_AT.match(following.group(1).casefold()) is not None


def another_nations(text: str, start: int) -> bool:
    """Is a holiday given to a country the kit keeps no calendar for ("Ukraine's Independence
    Day")? "Canada's Thanksgiving" is Canada's, read by its own rule; "the city's" is the
    story's."""
    owner = _OWNER.search(text, max(0, start - 40), start)
    return (
        owner is not None
        and owner.group(1) in nlp.gazetteer("countries.txt")
        and country_named(owner.group(1)) is None
    )


def a_feasts_name(kind: str, text: str, match: re.Match[str]) -> bool:
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


# a holiday or a season before a noun: "Christmas shopping", "the Easter holidays", "the
# summer fair" (but "the Fourth of July fireworks" is the day of the fireworks)
FOLLOWING_WORD = re.compile(r"\s+([a-z]+)")
FUNCTION_WORDS = frozenset(
    "and but or in on at to into as after before when while with from near across along around "
    "the a an that which said says than for of by is are was were has have had will would "
    "could should may might can whether if because unless until so then since though although "
    "once where i we he she they there this next last falls fell falling through till under "
    "over during despite without within amid against unlike".split()
    # "The bookings for Christmas are the best", "On Christmas Eve they close at 4pm", "from
    # Thanksgiving through Cyber Monday", "Burns Night falling on a Sunday", "from 5:30 to 8
    # p.m. on Halloween under hours the council set"
)
A_VERB_NEXT = re.compile(  # a verb after a season ("a dry winter left"), not a noun it names
    r"[a-z]+ed|left|had|has|have|was|were|is|are|brought|meant|means|saw|cut|hit|kept|made|gave|"
    r"put|will|would|could|may|might|should|must"
)
A_FEASTS_VERB_NEXT = re.compile(  # (not "how much Thanksgiving means to us": the feast itself)
    r"[a-z]+ed|left|had|was|were|brings|comes|arrives|promises|will|could|may|might|nears|"
    r"approaches|looms|falls|is|has|"  # "as Bonfire Night nears", "as Christmas
    # approaches", "Anzac Day falls on a Saturday"
    + either(vocab.word_list("verbs_irregular_past"))  # "Last year's Bloomsday drew 9,500"
)
SINGULAR = re.compile(r"(?<=[^s])s$|(?<=(?:ch|sh|ss))es$")  # "parades", "marches": the noun
SEASONAL_PERIODS = frozenset(["holiday", "holidays", "service", "services", "fair", "fete"])
WEEKS_LONG = frozenset(["market", "markets", "lights", "village", "grotto"])  # "the Christmas
# market", "Christmas lights": things that run for weeks before the feast, not on its day (but
# "the town's King's Birthday market" is held on the holiday)
WITH_A_SEASON = frozenset(["christmas", "xmas", "easter", "matariki"])
SERVICES = frozenset(["sailing", "sailings"])
# "the Easter holidays", "the Christmas break", "the Whitsun half-term": named periods
_HOLIDAY_PERIODS = frozenset(["holidays", "hols", "break", "recess", "vacation", "half"])


def a_holiday_period(text: str, following: re.Match[str]) -> bool:
    """Do the words after a holiday name a period of it ("holidays", "break", "school
    holidays")?"""
    if following.group(1) in _HOLIDAY_PERIODS:
        return True
    second = FOLLOWING_WORD.match(text, following.end())
    return (
        following.group(1) in ("school", "term")
        and bool(second)
        and (second.group(1) in _HOLIDAY_PERIODS)
    )
