"""What looks like a date but is not one.

A weekday inside a name ("Super Tuesday", "the Sunday Times"), a day word in a title ("USA
Today"), a holiday before a noun ("Christmas shopping", "Easter Island"), a year that counts
("more than 1900 hectares"), a month that is a name ("the March of Dimes", "April Ryan"), a
timetable ("open Tuesday to Saturday", "a Sunday schedule") and "not a day
before": :func:`is_no_date` says so for each pattern match of
:mod:`~lessons.timeline.expressions`, with the words of names and titles from
:mod:`~lessons.timeline.names_and_titles` and those of timetables from
:mod:`~lessons.timeline.timetables`.
"""

from __future__ import annotations

import re

from lessons.timeline.names_and_titles import (
    A_BREAK_AFTER,
    A_FEASTS_VERB_NEXT,
    A_TIME_AFTER,
    A_VERB_NEXT,
    ACRONYM_BEFORE,
    COMPOUND_AFTER,
    FEAST_OF,
    FOLLOWING_WORD,
    FONDNESS_BEFORE,
    FUNCTION_WORDS,
    GENERIC_AFTER,
    HOURS_OF,
    IDIOM_BEFORE,
    NAME_AFTER,
    NAMED_AFTER,
    NAMED_BEFORE,
    NAMED_HOLIDAY,
    NEXT_WORD,
    NUMBERED_BEFORE,
    OF_BEFORE,
    ONE_DAY_NAMES,
    ROUNDS_AFTER,
    SEASONAL_PERIODS,
    SERVICES,
    SINGULAR,
    STREET_AFTER,
    THE_RULE_BEFORE,
    TITLE_BEFORE,
    TITLE_IN_QUOTES,
    UNAMBIGUOUS_MONTHS,
    WEEKDAY_COMPOUND,
    WEEKS_LONG,
    WHAT_IT_MARKS,
    WITH_A_SEASON,
    a_feasts_name,
    a_holiday_period,
    an_event_after,
    another_nations,
    names_a_law,
)
from lessons.timeline.timetables import A_BEFORE, is_a_schedule
from lessons.timeline.words import (
    BUILT_AFTER,
    COUNT_WORDS,
    COUNTED_FROM,
    DELIVERY_MONTH_AFTER,
    EVENT_NOUN_AT,
    MONTH,
    MONTHS,
    PERIOD_FIGURES,
    TARGET_AFTER,
    THE_BEFORE,
    WEATHER,
    WEEKDAY,
    WEEKDAYS,
    WORD_AFTER,
)

_A_PAGE_STAMP_BEFORE = re.compile(  # a line of its own (not "a report published a year ago")
    r"(?im)^\W*(?:last\s+)?(?:updated|posted|published|modified|edited)\s+(?:about\s+)?$"
)
_ON_BEFORE = re.compile(r"(?i)\b(?:on|by|until|till)\s+$")
_NOT_BEFORE = re.compile(r"(?i)\bnot\s+$")
_COUNT_BEFORE = re.compile(r"(?i)\b(?:than|about|nearly|almost|some|roughly|around|over)\s+$")
_PLURAL_AFTER = re.compile(r"\s+[a-z]{3,}s\b")
# the figures a bare year names the period of, maybe of a company named between: "predicting
# 1990 BellSouth earnings" (vocab/timeline_period_figures.txt)
_FIGURES_AFTER = re.compile(rf"\s+(?:[A-Z][\w&'.-]*\s+){{0,2}}(?i:{PERIOD_FIGURES})\b")
_PEOPLE_AFTER = re.compile(  # a count of people or things, whatever the number
    r"\s+(?:people|residents|visitors|households|homes|customers|passengers|spectators|fans|"
    r"workers|students|pupils|runners|swimmers|vehicles|cars)\b"
)
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
_EVERY_DAY_BEFORE = re.compile(r"(?i)\b(?:every|each)\s+(?:day|night|morning|evening)\s+$")
_ANY_ONE_AFTER = re.compile(  # "a Good Friday like it", "A Canada Day in the smoke is still"
    r"\s+like\b|\s+in\s+the\b|\s*(?:[,.;:!?)\u2019']|$)"
)
_NTH_WEEKDAY_OF_BEFORE = re.compile(
    r"(?i)\b(?:first|second|third|fourth|last|1st|2nd|3rd|4th)\s+"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|weekend)\s+(?:of|in)\s+$"
)
_SOME_DAYS_BEFORE = re.compile(rf"\b(?:\d+|(?i:{COUNT_WORDS}|several|extra|more|fewer))\s+$")
_WEATHER_BEFORE = re.compile(rf"\b(?i:an?|the|its|their)\s+(?i:{WEATHER})$")
_ENDED_AFTER = re.compile(r"(?i)\s+(?:(?:that|which)\s+)?(?:ended|ending|ends)\b")
_OF_A_MONTH_AFTER = re.compile(rf"\s+(?:in|of)\s+{MONTH}\b")
_WHEN_THAT_DAY_AFTER = re.compile(  # "or on 1 February itself when that date is a Friday"
    r"(?i)\s+(?:itself\s+)?(?:when|if)\s+(?:that|the)\s+(?:date|day)\s+(?:is|falls)\b"
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
_FOR_BEFORE = re.compile(r"(?i)\bfor\s+$")
_LIST_MARK = re.compile(r"\s*[:\u2013\u2014]\s|\s+-\s")
# a year as the span a verb opens or closes: "The index ended 2025 up 18%", "began 2026 at"
_A_YEAR_OPENED_OR_CLOSED = re.compile(
    r"(?i)\b(?:end(?:s|ed)?|finish(?:es|ed)?|beg[ai]n|begins|start(?:s|ed)?|clos(?:es|ed)|"
    r"open(?:s|ed)|enter(?:s|ed)?|r[ai]ng\s+in|s[ae]w\s+out|see\s+out|kicked\s+off)\s+(?:out\s+)?$"
)
_WHEN_AFTER = re.compile(r",\s+when\s+[a-z]")
_YEAR_AFTER = re.compile(r"\s*(?:-|\u2013|through|to|until|and|or)\s*(?:1[89]|20)\d\d\b")
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
# "By Christmas prices will fall": a deadline's word before a holiday or a season, and a noun
# and a verb after it: the noun is the clause's subject, not the feast's thing
_BY_THEN_BEFORE = re.compile(r"(?i)\b(?:by|until|till|before|since)\s+$")
_A_CLAUSE_GOES_ON = re.compile(
    r"\s+(?:will|would|should|could|can|may|might|must|are|were|is|was|have|has|had)\b"
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


def _mostly_capitals(text: str) -> bool:
    """Is a text written mostly in capital letters (a wire story sent in all caps)?"""
    letters = [c for c in text[:2000] if c.isalpha()]
    return len(letters) > 40 and sum(c.isupper() for c in letters) > 0.6 * len(letters)


def _opens_a_line(text: str, at: int) -> bool:
    """Does ``text[at:]`` open a line (only spaces before it on its line)?"""
    while at > 0 and text[at - 1] in " \t":
        at -= 1
    return at == 0 or text[at - 1] == "\n"


def heads_a_list_line(text: str, start: int, end: int) -> bool:
    """Does the date at ``text[start:end]`` head a line of a list ("Jan. 24: Freezing rain
    knocked out power ...", "1923 - The board borrows ...")?"""
    return _opens_a_line(text, start) and _LIST_MARK.match(text, end) is not None


def is_no_date(kind: str, text: str, match: re.Match[str]) -> bool:
    """Weekdays and day words inside names are not dates: "Super Tuesday", "USA Today"."""
    if kind == "ago" and _A_PAGE_STAMP_BEFORE.search(
        text, max(0, match.start() - 20), match.start()
    ):
        return True  # "Updated 2 hours ago": when the page changed, no event
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
    if kind == "weekday" and is_a_schedule(text, match):
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
        return not (
            match.group("pre")
            or match.group("lead")
            or match.group("weekday")
            or match.group("part_of")  # "the morning of the 15th"
            or match.group("rel_month")  # "around the twentieth of the month"
        )
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
    if kind == "holiday" and another_nations(text, match.start("holiday")):
        return True  # "Ukraine's Independence Day": a holiday of a country whose calendar the
        # kit does not keep
    if (
        kind == "holiday"
        and WHAT_IT_MARKS.match(text, match.end())
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
    if kind in ("holiday", "nth_weekday") and a_feasts_name(kind, text, match):
        return True  # "the Good Friday Agreement", "is still Canada Day" (see a_feasts_name)
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
    if kind == "holiday" and FONDNESS_BEFORE.search(
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
    if (kind == "holiday" or holiday_weekend) and A_TIME_AFTER.match(text, match.end()):
        return True  # "Matariki is a time to remember", "Easter Monday is one of the busiest
        # days of the year": the feast itself, no day
    if kind in ("holiday", "weekday") and _ANY_YEARS.search(
        text, max(0, match.start() - 20), match.start()
    ):
        return True  # "about 60,000 people on a normal Labour Day", "about twice a normal
        # Monday": any year's, any week's
    if kind == "nth_weekday" and THE_RULE_BEFORE.search(
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
        match.group("holiday").endswith(ONE_DAY_NAMES)
        or NAMED_HOLIDAY.match(match.group("holiday")) is not None
        or match.groupdict().get("year")
        or match.end("holiday") < match.end()
    ):
        return False  # "Thanksgiving Day", "Thanksgiving 2018", "Christmas night" name a day
    if (
        kind == "holiday"
        and NAME_AFTER.match(text, match.end())
        and not an_event_after(text, match)
    ):
        return True  # "Easter Island", "Christmas Island" (not "the May Day Fair", an event)
    if kind == "holiday" and FEAST_OF.search(text, max(0, match.start() - 24), match.start()):
        return True  # "the stars of Matariki", "the spirit of Christmas": the feast itself
    if kind == "month_day" and NUMBERED_BEFORE.search(
        text, max(0, match.start() - 20), match.start()
    ):
        return True  # "opened along Route 9 June 24": the 9 is the road's ("June 24" is read
        # on its own)
    worded = kind == "month_day" and match.group("day")[:1].isupper()  # "the Fourth of July"
    # (a day read aloud, "September twenty-sixth it earned", is a date whatever follows)
    if (kind in ("day_word", "season", "holiday") or worded) and (
        kind != "day_word" or match.group("word").casefold() == "overnight"
    ):  # "an overnight shift", "the winter break", "Christmas shopping" are no dates
        following = FOLLOWING_WORD.match(text, match.end())
        event = following and EVENT_NOUN_AT.match(following.group(1))
        if kind == "holiday" and following and not event:  # "the Twelfth parades": the
            event = EVENT_NOUN_AT.match(SINGULAR.sub("", following.group(1)))  # parades' day
        verb = A_VERB_NEXT if kind == "season" else A_FEASTS_VERB_NEXT
        if kind in ("season", "holiday") and following and verb.fullmatch(following.group(1)):
            following = None  # "after a dry autumn left its reservoir low", "Bonfire Night
            # brings more uncertainty": the season's or the feast's verb
        if (
            kind in ("season", "holiday")
            and following
            and not match.group(0).casefold().startswith("the ")
            and _BY_THEN_BEFORE.search(text, max(0, match.start() - 10), match.start())
            and _A_CLAUSE_GOES_ON.match(text, following.end())
        ):
            following = None  # "By Christmas prices will fall": the next word opens the clause
            # (not "before the summer recess is over": a named period)
        if kind == "season" and following and following.group(1) in SEASONAL_PERIODS:
            event = None  # "the spring launch" is a date; "the summer holidays", "the summer
            # fair" and "the summer service" (a timetable's) are named
        if (
            kind == "holiday"
            and following
            and following.group(1) in WEEKS_LONG
            and match.group("holiday").casefold() in WITH_A_SEASON
        ):
            event = None  # "Llanferwyn's Christmas market will stay shut today": no date
        if (
            following
            and following.group(1) in SERVICES
            and (kind == "day_word" or match.group("holiday").casefold() in WITH_A_SEASON)
        ):
            event = None  # "the overnight sailing", "Easter sailings sold out": a kind of
            # sailing, or the sailings of a season (but "extra Hogmanay sailings": that day's)
        period = kind == "holiday" and following and a_holiday_period(text, following)
        if period:
            event = None  # "the Easter holidays", "the Christmas break", "the Easter school
            # holidays": named periods
        if kind == "holiday" and following and not event and not period:  # "the New Year's
            second = FOLLOWING_WORD.match(text, following.end())  # Eve torchlight run": the
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
            and following.group(1) not in FUNCTION_WORDS
            and not (event or counted or itself)
        ):
            return True  # but "the Fourth of July fireworks" is the day of the fireworks, and
            # "spent the week before Christmas boxing up files" the week before the day
    if kind == "day_word" and IDIOM_BEFORE.search(text, max(0, match.start() - 20), match.start()):
        return True  # "I remember it like it was yesterday"
    if kind == "day_word":  # "USA Today", "VOA Today": a title after an acronym
        before = text[max(0, match.start() - 8) : match.start()]
        possessive = text[match.end() : match.end() + 1] in ("'", "\u2019")
        if GENERIC_AFTER.match(text, match.end()) or (
            not possessive
            and OF_BEFORE.search(before)
            and not HOURS_OF.search(text, max(0, match.start() - 20), match.start())
        ):  # (but "in the early hours of this morning" is this morning)
            return True  # "today's youth", "the people of tomorrow": nowadays, the future
        return match.group(0)[:1].isupper() and ACRONYM_BEFORE.search(before) is not None
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
        if TITLE_IN_QUOTES.search(text, max(0, match.start() - 2), match.end()):
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
        STREET_AFTER.match(text, match.end())
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
            and TITLE_BEFORE.search(text, max(0, match.start() - 60), match.start())
        ):
            return False  # a year in a title: "Budget 2017: What to expect", "Lakeport
            # Marathon 2025"
        if kind == "year" and not led and names_a_law(text, year_at):
            return False  # "under section 75 of the Roads Act 1993": the law's year
        if kind == "year" and not led and _FIGURES_AFTER.match(text, match.end()):
            return False  # "Analysts were predicting 1990 earnings", "cuts 2026 output": the
            # year the figures are for
        pre = (match.groupdict().get("pre") or "").casefold()
        if kind == "month" and A_BREAK_AFTER.match(text, match.end()):
            return False  # "March Break", "the May half-term": a school break in that month
        if kind == "month" and pre in ("", "and", "or") and not match.groupdict().get("lead"):
            following = NEXT_WORD.match(text, match.end())  # "Harold and June Beckstrom",
            if following is not None and following.group(1).istitle():  # "April Ryan": a name
                name = following.group(1).casefold()
                if name not in MONTHS and name not in WEEKDAYS:
                    return True
        if kind == "month" and DELIVERY_MONTH_AFTER.match(text, match.end()):
            return False  # "The December contract settled", "March corn ended": a futures
            # contract's delivery month, a month row (datasets/README)
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
        if led or kind == "year" or match.group("month").casefold() not in UNAMBIGUOUS_MONTHS:
            return not led
        # "December was the strongest month", "a strong December": a month without a word
        # before it, unless a name goes on ("October Revolution")
        following = NEXT_WORD.match(text, match.end())
        return following is not None and following.group(1)[:1].isupper()
    if kind in ("season", "season_year") and match.group("season").istitle():
        following = NEXT_WORD.match(text, match.end("season"))  # "the Summer Economic
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
        return COMPOUND_AFTER.match(text, match.end()) is not None or (
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
    kind_of_thing = WEEKDAY_COMPOUND.match(text[end : end + 20])
    plural = kind_of_thing or ROUNDS_AFTER.match(text, end)
    if match.groupdict().get("lead") and plural and plural.group(0).endswith("s"):
        return True  # "households on Thursday rounds": the rounds of every Thursday (but
        # "with Monday rounds collected Tuesday" are this week's)
    if match.groupdict().get("lead") or match.group("which"):
        return False
    named_before = NAMED_BEFORE.search(before)
    named_after = NAMED_AFTER.match(text[end : end + 20])
    return bool(named_before or named_after or kind_of_thing)
