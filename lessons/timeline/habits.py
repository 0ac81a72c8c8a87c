"""A date told as a habit, not a day: no row on the timeline.

"Sales typically peak between Thanksgiving and mid-January", "The authority's fiscal year
begins July 1", "We march on St David's Day, whatever day of the week it falls on": each names
a day of every year, not one event. :func:`is_habit` reads the words around the date for such
a habit or a standing rule.

>>> is_habit("holiday", "present", "Sales typically peak between ", " and May.")
True
"""

from __future__ import annotations

import re

from lessons.timeline.deadlines import sets_a_target
from lessons.timeline.words import (
    EACH_DAY_AFTER,
)

_HABITUAL = re.compile(
    r"(?i)\b(?:usually|typically|normally|generally|traditionally|customarily|routinely|always|"
    r"tend\s+to|tends\s+to|every\s+year|each\s+year)\b"
)
_HABITUAL_JUST_BEFORE = re.compile(
    r"(?i)\b(?:usually|typically|normally|traditionally|customarily)\s+"
    r"(?:(?:[a-z]+\s+){0,2}|(?:held|staged|played)\s+on\s+the\s+)$"  # "normally held on the
    # Sunday of the long weekend" (not "was usually fully booked over Labour Weekend")
    r"|\b(?:every|each)\s+$"  # "as it has every March 11 since 1987"
    r"|\b(?:known|famous|renowned)\s+for\s+(?:its|their|the)\s+$"  # "known for its December sale"
    r"|\b(?:most|more|less|least)\s+(?:common|frequent|usual)\s+(?:(?:in|during)\s+)?"
    r"(?:[A-Z][a-z]+\s+(?:and|or)\s+)?$"  # "Freezing rain is most common in December and
    # January": any year's
)
_NEW_CLAUSE = re.compile(r",\s+(?:and|but)\s+(?=(?:a|an|the|its|their|it|they|he|she|we)\b)|;\s+")
_CLOSED_CLAUSE = re.compile(r"\b(?:when|where|which|who|while)\b[^,;]*[,;]")
_CLAUSE_END = re.compile(r"[,;:.!?]|\s(?:when|where|which|who|while|because)\s")
_OPEN_KINDS = frozenset(  # (an event's day: "usually sells out by noon on parade day")
    ["weekday", "month", "holiday", "season", "month_day", "day_of_month", "event_day"]
)


# a sentence that opens with the rule it states ("Under the Shop Trading Hours Act, most shops
# must stay closed on Good Friday"), and the words that say what the rule allows or demands
_UNDER_A_RULE = re.compile(
    r"\W*Under\s+(?:[\w'-]+\s+){0,6}?(?:Act|act|rules?|laws?|regulations?|legislation|"
    r"by-?laws?|code|policy|guidelines|licen[cs]e|conditions)\b[^,.;]{0,40},"
    r"|\W*(?:[A-Z][a-z]+\s+){0,2}(?:[Rr]ules|[Ll]aws?|[Rr]egulations|[Ll]egislation|[Bb]y-?laws)\s+"
    r"(?:already\s+|also\s+)?(?:restrict|limit|allow|ban|forbid|prohibit|require|set)s?\b"
    r"[^.;:]{0,60}:"  # "National rules already restrict when fireworks can be set off: not"
)
_WHAT_A_RULE_SAYS = re.compile(
    r"(?i)\b(?:must|may|can|cannot|can't|have\s+to|has\s+to|allowed|banned|forbidden|"
    r"required|permitted|prohibited)\b"
)
_A_YEAR_BOUND = re.compile(  # the day a fiscal or tax year starts or ends, told in the present
    r"(?i)(?:'s|\u2019s|\bits|\btheir|\bwhose)\s+(?:fiscal|financial|tax|budget|accounting)\s+"
    r"years?\s+(?:begins?|starts?|ends?|closes?|runs?\s+(?:from|to|until|through))\s+(?:on\s+|in\s+)?$"
)
_CLAUSE_OF_ITS_OWN = re.compile(  # "..., which is expected Tuesday", "..., so a walkout could"
    r"\b(?:which|who|whose)\b|,\s+so\s|;"
)
_SECOND_PREDICATE = re.compile(  # "and has been held every year", "the way it has been every year"
    r"\s(?:and|but|the\s+way\s+(?:it|they)|as\s+(?:it|they))\s+(?:has|have|had)\s+"
    r"(?:been|[a-z]+(?:ed|en|t))\b"
    r"|\s(?:and|but)\s+(?:usually|typically|normally|generally|traditionally|always)\s+"
    r"[a-z]+s\b"  # "runs from Friday to Sunday and usually draws 20,000 people": the habit is
)  # the second predicate's
_WHATEVER_DAY_AFTER = re.compile(  # "on St David's Day, whatever day of the week it falls on"
    r"(?i)^,?\s+(?:whatever|whichever|no\s+matter\s+(?:what|which))\s+day\b"
)
_UNDER_A_RULE_AFTER = re.compile(  # a range's end may come first: "and Sept. 30"
    r"(?i)(?:\s+(?:and|to|through|until)\s+[A-Z][a-z]+\.?\s+\d{1,2})?\s+under\s+(?:an?|the|its)\s+"
    r"(?:[\w-]+\s+){0,2}(?:bylaw|by-law|law|rule|regulation|ordinance)s?\b"
)
_HABIT_RIGHT_AFTER = re.compile(  # "said the August bank holiday was normally her busiest"
    r"(?i)^\s+(?:is|are|was|were)\s+(?:usually|typically|normally|traditionally|always)\b"
)
_EVERY_YEAR_AFTER = re.compile(  # "... every year", "held on the bank holiday Monday ever since"
    r"(?i)^(?:[^.;:,]|\.(?=\s\d)){0,40}?\b(?:(?:every|each)\s+year|annually|ever\s+since)\b"
)  # (a month's abbreviation may stand between: "from April 1 to Oct. 31 every year")


def is_habit(kind: str, tense: str | None, before: str, after: str = "") -> bool:
    """A date the text names as a habit, not a day: "Sales typically peak between Thanksgiving
    and mid-January" (a present tense with "typically", "usually" ... before it in its
    sentence, or after it in its clause). ``before`` is the sentence's text before the date.

    >>> is_habit("holiday", "present", "Sales typically peak between ", " and May.")
    True
    >>> is_habit("holiday", "past", "Sales, which typically rise, peaked at ", " last year.")
    False
    >>> is_habit("month", "past", "its championships, usually held ")
    True
    >>> is_habit("holiday", "present", "It covers the ", " weekend, when hotels are usually full.")
    False
    """
    if kind in _OPEN_KINDS and _HABITUAL_JUST_BEFORE.search(before):
        return True  # "its championships, usually held in late November, were moved"
    bound = _A_YEAR_BOUND.search(before) if kind in ("month_day", "month") else None
    if bound and (kind == "month" or not bound.group(0).casefold().startswith("whose")):
        return True  # "The authority's fiscal year begins July 1": every year's July 1 (but
        # "before the fiscal year begins July 1" is the coming one); "whose financial year ends
        # in March"
    if (kind in _OPEN_KINDS or kind == "clock") and (rule := _UNDER_A_RULE.match(before)):
        says = list(_WHAT_A_RULE_SAYS.finditer(before, rule.end()))
        if rule.group(0).endswith(":") and not sets_a_target(before):
            return True  # "National rules already restrict when fireworks can be set off: not
            # between 11pm and 7am, except on Bonfire Night": the rule's own list
        if (
            says
            and not _CLAUSE_OF_ITS_OWN.search(before, says[-1].end())
            and not _NEW_CLAUSE.search(before, says[-1].end())  # (not "must stop at midnight
            # on Friday, the fifth of June, and the new president will be sworn in on")
            and not sets_a_target(before)  # (not "must file a petition by noon Nov. 24")
        ):
            return True  # "Under national rules, fireworks must not be let off after 11pm,
            # except on Bonfire Night": a standing rule, no day
    after = _SECOND_PREDICATE.split(after, maxsplit=1)[0]  # "runs from Good Friday to Easter
    # Monday and has been held every year since 1985": this year's contest, and its history
    if kind == "after_event" and EACH_DAY_AFTER.match(after):
        return True  # "the 07.40 leaving 15 minutes earlier each weekday" (a clock time's
        # "each school day" is dropped where clock times are found)
    if kind in ("month_day", "month", "holiday") and _UNDER_A_RULE_AFTER.match(after):
        return True  # "Dogs remain banned between May 1 and Sept. 30 under a town bylaw"
    if kind in ("holiday", "month_day") and _WHATEVER_DAY_AFTER.match(after):
        return True  # "We march on St David's Day, whatever day of the week it falls on"
    if kind in ("holiday", "weekday", "month") and _HABIT_RIGHT_AFTER.match(after):
        return True  # "said the August bank holiday was normally her busiest weekend": any
        # year's, in the past of reported speech too
    if kind in ("holiday", "month", "month_day", "nth_weekday") and _EVERY_YEAR_AFTER.match(after):
        return True  # "led its Fourth of July harbor parade every year until she turned 85",
        # "has been held on 25 January every year since 1959"
    if (kind not in _OPEN_KINDS and kind not in ("unit", "clock")) or tense != "present":
        return False
    clause_after = _CLAUSE_END.split(after, maxsplit=1)[0]  # "the May Day weekend, when hotels
    # are usually full": the hotels' habit, not the weekend's
    if kind == "clock":  # "It normally starts at noon, after the vicar rings the bell at
        return _HABITUAL.search(_NEW_CLAUSE.split(before)[-1]) is not None  # 11.55am"
    if kind == "unit":  # "the long weekend is traditionally one of the busiest": any year's
        return _HABITUAL.search(clause_after) is not None  # (not "falls on a Sunday this year")
    own_before = _CLOSED_CLAUSE.sub(" ", before)  # "..., when hotels are usually full, and a
    # festival from Friday 1 May": the habit closed with its clause
    own_before = _NEW_CLAUSE.split(own_before)[-1]  # "the agency usually follows its advisers,
    # and a decision is due by June 26": the habit of another clause
    return _HABITUAL.search(own_before) is not None or _HABITUAL.search(clause_after) is not None
