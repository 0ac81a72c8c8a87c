"""The cue words of a plan: "planned for", "due to", "booked", "agreed to", "cancelled".

What was planned, booked, agreed or set lies ahead of the planning ("Protesters planned a march
on Saturday", "agreed to run an extra sailing on Sunday"); a plan told in the past may be seen
from the past ("was due to open in August"), changed since ("was scheduled for Aug. 28 but was
pushed back") or called off ("canceled classes Monday"): then it is the nearest such day.
"""

from __future__ import annotations

import re

from lessons import vocab
from lessons.timeline.deadlines import cue_words
from lessons.timeline.words import EVENT_NOUNS, WEEKDAYS, either

# "Protesters planned a march on Saturday": what was planned lies ahead of the planning
PLANNED = re.compile(  # lower case: not "the Schools Planning Authority on Friday", nor "of
    # the planned layoffs on Monday" (a plan's adjective, after "the", "a" or "its")
    r"(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\bits\s)(?<!\btheir\s)"
    rf"\b(?:{cue_words('timeline_plan_verbs')})\b(?:\s+(?!but\b)[^\s,;:]+){{0,8}}\s+$"
)
SCHEDULE = re.compile(
    rf"(?i)\b(?:{cue_words('timeline_schedule_verbs')})\s+(?:again\s+)?(?:on\s+)?$"
)  # "the board meets again Jan. 19"
SETS_AN_EVENT_FOR = re.compile(  # "Judge Marta Veen set a first hearing for 10 a.m. on
    r"(?i)(?<!\bhad\s)\b(?:set|sets|scheduled|schedules|fixed|fixes)\s+"  # Tuesday"
    rf"(?:an?|the|its|their)\s+(?:[\w-]+\s+){{0,2}}?(?:{EVENT_NOUNS}|date|deadline)s?\s+for\s+$"
)
# an event announced for a day: "confirmed a 48-hour strike on Friday", "strike called for
# Saturday" (the event's day, after the announcing)
AN_EVENT_ANNOUNCED = re.compile(
    r"(?i)(?<!been\s)\b(?:confirmed|announced|called|declared)\s+(?:(?:an?|its|their)\s+"
    rf"(?:[\w-]+\s+){{0,3}}?{EVENT_NOUNS}(?:\s+on|(?:\s+[^\s.;,]+){{0,5}}?\s+for)|for)\s+$"
    # ("called a 24-hour strike across all its sites for Monday")
    r"|\bdeclared\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?ban\s+for\s+$"  # "declared a total fire
    # ban for Thursday"
)
# "on Monday, Sept. 28, which the regional government declared a local public holiday on
# Thursday": the event has its day already, so the weekday is when it was declared
ITS_DAY_GIVEN = re.compile(r"(?:\d|day),\s+(?:which|when)\s+[^.;,]*$")
# "declared Wednesday a public holiday": the day is what is declared, not when
DECLARED = re.compile(r"(?i)\b(?:declared|declares|declare|designated|named)\s+$")
A_HOLIDAY_AFTER = re.compile(
    r"\s+(?:an?|as\s+an?)\s+(?:public\s+|national\s+|bank\s+)?(?:holiday|day)\b"
)
SET_ASIDE = re.compile(r"(?i)\b(?:set\s+aside|reserved|earmarked|pencill?ed\s+in)\s+$")
A_DATE_IN = re.compile(r"(?i)\ba\s+(?:new\s+|later\s+|possible\s+)?date\s+(?:in\s+)?$")
_PROMISED = r"agreed|promised|pledged|vowed|undertook|offered|voted|decided|resolved"
# "to" and a verb, to the end of the clause (not "to the", "to it": a place or a person)
_TO_A_VERB = (
    r"to\s+(?!(?:the|a|an|its|his|her|their|this|that|these|those|it|them)\b)[a-z]+\b"
    r"(?:[^,;:.]|\.(?=\d))*$"  # (a figure's point: "to pay staff 12.60 pounds an hour from")
)
AGREED_TO = re.compile(  # "agreed to run an extra sailing on", "promised to reopen by", "agreed
    # Tuesday to go back to the table on" (the day of the agreement between)
    rf"(?i)\b(?:{_PROMISED})\s+"
    rf"(?:(?:on\s+)?(?:{either(list(WEEKDAYS))}|yesterday|today|last\s+week)\s+)?{_TO_A_VERB}"
)
AN_OFFER_TO = re.compile(  # "An offer to restore it from", "promised to reopen the pool in"
    rf"(?i)\b(?:{_PROMISED}|offer|promise|pledge|proposal|plans?)\s+{_TO_A_VERB}"
)
# "called for a referendum on the peg by Christmas", "recommended a 4% rise from Oct. 1": what
# is demanded or recommended lies ahead of the asking
DEMANDED = re.compile(
    r"(?i)\b(?:called\s+for|demanded|urged|pressed\s+for|asked\s+for|appealed\s+for|"
    r"recommended|recommending|proposed|proposing|suggested|advised)\s"
    r"(?:[^.;:]|(?<=\d)\.(?=\d)){0,100}\s(?:by|before|from|starting|effective)\s+$"
)
ADVISED_TO = re.compile(  # advice or an order for a day that may still lie ahead
    rf"(?i)\b{either(vocab.word_list('timeline_directive_verbs'))}\s+"  # "advised households
    r"(?:[\w'\u2019-]+\s+){1,6}?to\s+[a-z]+\s+(?:(?!(?:but|after|before|when|said)\b)[\w-]+\s+)"
    r"{0,6}(?:on\s+)?$"  # to charge phones on Tuesday"
)
READY_FOR = re.compile(
    r"(?i)\b(?:ready|set|braced|poised|primed|gearing\s+up|gears\s+up|prepares?|preparing)"
    r"\s+(?:for|to)\b(?![^,;:]*\b(?:was|were|had)\b)"
)
ON_THE_WAY = re.compile(
    r"(?i)\b(?:heading|travelling|traveling|driving|returning|flying|bound)\s+"
    r"(?:home\s+|back\s+)?(?:by|on|for\s+[^.;,]{0,40}?(?:\s+on)?)\s+$"
)
LOOKING_FORWARD = re.compile(r"(?i)\blook(?:s|ed|ing)?\s+forward\s+to\s+$")  # "to Sunday"
AWAITING = re.compile(  # "is bracing for ... Thursday's figures", "awaits Friday's ruling"
    r"(?i)\b(?:brac(?:e|es|ing)\s+(?:itself\s+|themselves\s+)?for|awaits?|awaiting|"
    r"wait(?:s|ing)?\s+for|look(?:s|ing)?\s+ahead\s+to)\s+[^.;:!?]{0,80}$"
)
WOULD_HAVE_TURNED = re.compile(
    r"(?i)\b(?:would|'d)\s+have\s+(?:been|turned)\s+\d{1,3}(?:\s+years\s+old)?\s+(?:on\s+)?$"
)
WARNED_OF = re.compile(  # "warns of winter timetable cuts from October" (not "first warned of
    # a shortfall on June 18": the day of the warning)
    r"(?i)\bwarn(?:s|ed|ing)?\s+of\b[^.;:,]*\s(?:from|by|until|till|through|into|in)\s+$"
)
# "if the two sides have not reached a deal by Sunday": a condition lies ahead
CONDITION = re.compile(r"(?i)\b(?:if|unless)\s+(?:[^\s,;:]+\s+){0,12}$")
# a question put: "asked me Wednesday morning if", "wondered on Friday whether"
ASKED = re.compile(
    r"(?i)\b(?:asked|asking|wondered|wondering|checked|inquired|enquired)\b[^.;,]{0,40}$"
)
# "further stoppages in May if no agreement is reached": a condition on what is still to come
# (not "if talks had failed", a past that did not happen)
CONDITION_AFTER = re.compile(r"(?i),?\s+(?:if|unless)\s+(?![^.;]*\b(?:had|hadn['\u2019]t)\b)")
WOULD_IF_BY = re.compile(r"(?i)\bwould\s+(?!have\b)[^.;]{0,80}\bif\b[^.;]{0,80}\bby\s+$")
# an infinitive a few words before a month: what was decided, planned or hoped for
INFINITIVE = re.compile(  # a list may come between ("to admit Poland, Hungary and ..."),
    r"(?i)\bto\s+(?!(?:a|an|the|its|his|her|their|our|my|your|this|that|these|those|most|all|"
    r"some|many|much|half|every|each|both|about|around|nearly|almost|over|more)\b)[a-z]+"  # (not
    # "restored to most of the town by 7pm")
    r"(?:\s+(?!\S*,\s+(?:and|but|which|who|when|while)\b)[^\s;:]+){0,10}\s+$"
)  # not a new clause (", and in December ...")
_TO_VERBS = vocab.word_set("verbs_base_forms") | vocab.word_set("verbs_same_past")


def an_infinitive(before: str) -> bool:
    """Does the clause before end in an infinitive ("hoped to announce them in")? Not "sold
    the ground to housebuilder Morgan Lloyd Homes in", a "to" before a noun."""
    found = INFINITIVE.search(before)
    if found is None:
        return False
    words = found.group(0).split()
    named = len(words) > 2 and words[2][:1].isupper()  # a title before a name
    return not named or words[1].casefold() in _TO_VERBS


# Bookings and tickets are for days to come
BOOKED_FOR = re.compile(  # a stay, or a stall for an event, booked for a day
    r"(?i)\bbooked\s+(?:up\s+|out\s+)?(?:from|for|through)\s+$"
    r"|\b(?:booked|reserved)\s+[^.;]{0,30}?\bfor\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?"
    rf"{EVENT_NOUNS}\s+on\s+$"  # "Vendors who booked stalls for the lakeshore market on Saturday"
    r"|(?<!\bwere\s)(?<!\bwas\s)(?<!\bbeen\s)\bbooked\s+(?:on|onto)\s+(?:the|a|an)\s+"
    r"[^.;]{0,40}?\bon\s+$"  # "passengers booked on the 17:40 from Port Anselm on Monday"
)
BOOKED_TO = re.compile(r"(?i)\b(?:booked|ticketed)\s+to\s+[a-z]+\s+(?:[\w-]+\s+){0,4}?(?:on\s+)?$")
BOOKED = re.compile(  # "she had booked the 7:40 a.m. sailing", "families had booked Monday off"
    r"(?i)\b(?:had\s+)?(?:booked|reserved)\s+(?:(?:the|a|an|her|his|their|our|my|two|three|\d+)"
    r"\s+(?:[\w:.-]+\s+){0,3})?$"  # (and "had been booked to travel between Sunday and")
    r"|\b(?:booked|reserved)\s+to\s+[a-z]+\s+(?:[\w-]+\s+){0,4}?(?:between|on|from)\s+$"
)
BOOKINGS_FOR = re.compile(  # "bookings for Thursday", "Reservations for sailings from Friday"
    r"(?i)\b(?:bookings|reservations|advance\s+sales|occupancy)\s+for\s+"  # ("occupancy for
    r"(?:[a-z]+\s+(?:(?:from|on|in)\s+)?)?"  # Saturday night was already at 94 per cent")
    r"(?:[A-Z][a-z]+\s+(?:and|or)\s+)?$"  # "bookings for sailings in June and July"
)
HAD_BOOKINGS = re.compile(r"(?i)\bhad\s+(?:[\d,]+\s+|\w+\s+)?(?:bookings|reservations)\s+for\s+$")
TICKETS_FOR = re.compile(  # "Tickets bought for Saturday", "has sold 60% of its seats for
    # Thanksgiving": what tickets are sold for lies ahead
    r"(?i)\b(?:tickets|seats|places|passes)\s+(?:already\s+)?(?:bought|sold|booked|purchased)\s+"
    r"for\s+$"
    r"|\b(?:has|have)\s+(?:already\s+)?sold\s+[^.;]{0,30}?\b(?:tickets|seats)\s+for\s+$"
)
REFUNDED_AFTER = re.compile(  # "... or Sunday will be refunded", "are being refunded"
    r"(?i)(?:\s+(?!(?:will|are|were|is|was)\b)[^\s.;]+){0,4}?\s+(?:will\s+be|are|were|is|was|to\s+be)"
    r"\s+(?:being\s+)?(?:fully\s+)?refunded\b"
)

# A plan seen from the past, or changed since: the nearest such day
# "had been due to resume Tuesday", "lambs that were due to be sold on Friday", "which was to
# run from Wednesday": a plan seen from the past
_SET_TO = r"(?:due|scheduled|slated|supposed|set)"  # the words of a plan: "was set to"
HAD_BEEN = re.compile(  # (and "had expected 14,000 vehicles to cross between Friday and Monday")
    rf"(?i)\bhad\s+(?:been|expected|hoped|intended|anticipated|projected|planned)\b"
    rf"|\b(?:was|were)\s+(?:(?:\w+\s+)?{_SET_TO}\s+)?to\s+[a-z]+\b"
)
# "was due to open", "had been expected to finish": a plan seen from the past
WAS_PLANNED = re.compile(
    r"(?i)\b(?:was|were|had\s+been)\s+(?:originally\s+|initially\s+|first\s+)?"
    rf"(?:{_SET_TO}|expected|meant)\s+to\s+[a-z]+\b[^.;:,]{{0,30}}$"
)
FIRST_PLANNED = re.compile(
    r"(?i)\b(?:originally|initially|(?<=had\s)first|(?<=was\s)first|(?<=were\s)first)\s+"
    r"(?:been\s+)?(?:planned|scheduled|set|due|booked|slated|aimed|hoped|intended|meant)\b"
    r"[^.;]*$"  # ("had first planned to come to market in September but held off", "had
    # originally aimed to reopen the gates on Monday"; not "the first scheduled flight")
    r"|\b(?:originally|initially)\s+(?:said|announced|expected|intended)\b[^.;]*\bwould\b[^.;]*$"
)  # "The government had initially said the search would end on Friday, but extended it"
# "We were told the boat would be back in September": a promise seen from the past
TOLD_THEN = re.compile(  # (also a request told in the past: "The city asked residents to
    # follow Stage 1 limits in May", "had first asked to meet the authority in early July";
    # not "has asked it to review by 30 June", still open)
    r"(?i)\b(?:(?:was|were)\s+(?:told|promised|assured)|told\s+(?:us|them|me|him|her|people|"
    r"residents|customers|traders|parents|families)|(?<!has\s)(?<!have\s)(?:asked|urged|requested)\s+(?:[\w-]+\s+)"
    r"{0,3}?to\s+[a-z]+)\b[^.;]*$"
)
# an option weighed: "We looked hard at finishing on Thursday", "considered putting the show
# back to Sunday 15 June"
AN_OPTION_WEIGHED = re.compile(
    r"(?i)\b(?:looked\s+(?:hard\s+|closely\s+|carefully\s+|seriously\s+)?at|considered|weighed"
    r"|explored|discussed)\s+[a-z]+ing\b[^.;:]*$"
)
# "I'd have taken a rain date in July": a time that did not come, so no direction
COUNTERFACTUAL = re.compile(
    r"(?i)(?:\b(?:would|could|might|should)\s+have|['\u2019]d\s+have)\s+[a-z]+\b[^.;:]*$"
)
WOULD_HAVE_AFTER = re.compile(r"(?i)\s*(?:would|could|might)\s+have\b")
LATER_VERB = re.compile(  # "a march planned for Saturday was called off", "The fun run,
    # planned for Monday, was cancelled": the sentence's own verb, after the plan
    r"(?i)(?:(?:\s+(?:at|in|on|near|outside)\s+[A-Z][^,;:]{0,40})?\s*,\s*(?=(?:was|were|had)\b)"
    r"|(?:(?!\band\b)[^,;:])*?\b)"  # ("planned for 9:30 p.m. Saturday at Riverside Park, was
    r"(?:was|were|had|has|have|is|are)\b"  # moved": a place between)
)
A_PAST_VERB = re.compile(r"(?i)\b(?:was|were|had)$")
BUT_CHANGED = re.compile(  # "had scheduled an inspection for April 6, but it was postponed to
    # June": a plan dropped since, whichever April 6 is nearer
    r"(?i)(?:\s+to\s+[^,;.]{1,60}?)?"  # (a purpose between: "to protect the subdivisions")
    r"\s*,?\s+but\s+(?:(?:it|they|that|this|the\s+\w+)\s+(?:was|were|has\s+been|had\s+been)"
    r"\s+)?(?:\w+ly\s+)?(?:postponed|cancell?ed|called\s+(?:it\s+|them\s+)?off|scrapped|delayed|"
    r"(?:pushed|put)\s+(?:\w+\s+)?back|moved|brought\s+(?:\w+\s+)?forward|dropped|shelved)\b"
    # (or "but delayed it", "but pushed that back to Wednesday")
)
MOVED_UP_AFTER = re.compile(  # "..., was moved up to this afternoon"
    r"(?i)\s+(?:been\s+)?(?:moved|brought|pulled)\s+(?:up|forward)\b(?!\s+(?:from|by)\b)"
)
# "The fireworks on Monday have been brought forward to 9.30pm": what is moved to another
# hour still lies ahead
RETIMED_AFTER = re.compile(  # (a headline leaves out "has been": "Monday's citizenship
    # ceremony brought forward to 7.30am")
    r"(?i)(?:(?:\s+[a-z]+){0,4}\s+(?:has|have|will)\s+(?:been|be)|['\u2019]s(?:\s+[a-z]+){1,4})"
    r"\s+(?:brought\s+forward|moved\s+to|put\s+back|pushed\s+back|rescheduled|retimed)"
)
BROUGHT_FORWARD = re.compile(r"(?i)\b(?:brought|moved|pulled)\s+forward\s+to\s+$")
BRINGS_FORWARD = re.compile(  # a present: "brings its surcharge forward to Monday"
    r"(?i)\b(?:brings?|bringing|moves|pulls|will\s+(?:bring|move|pull))\s+"
    r"(?:[\w'\u2019-]+\s+){0,5}?forward\s+to\s+$"
)
BE_MOVING = re.compile(r"(?i)\b(?:am|are|is|['\u2019]re|['\u2019]s)\s+(?:not\s+)?moving\b")
MOVING_TO = re.compile(r"(?i)\bmoving\s+(?:it|them|the\s+\w+)\s+(?:back\s+|forward\s+)?to\s+$")

# Called off: what was cancelled may still lie ahead
CANCELLED_AFTER = re.compile(
    r"(?i)(?:\s+and\s+\w+)?,?\s+(?P<have>had|have|has)\s+(?:(?:already|now|also)\s+)?been\s+"
    r"(?:cancel|called\s+off|postpon|"
    r"scrapped|suspend|axed|moved\s+to)"  # "due to be held on Monday, has been moved to Sunday"
)
AND_TODAY_AFTER = re.compile(r"(?i)\s+and\s+(?:today|yesterday|tonight|last\s+night)\b")
# "Schools canceled classes Monday and Tuesday", "the cancelled 2.30pm sailing from Wellington
# on Friday": what was called off may still lie ahead
CANCELLED_BEFORE = re.compile(
    r"(?i)\b(?:cancell?ed|called\s+off|scrapped|axed)\s+"
    r"(?:(?!(?:but|will|would|until|unless|if|by|before)\b)(?!to\s+(?-i:[a-z]))[\w.:]+\s+){0,6}(?:on\s+)?$"
)  # (a route's "to" may stand between: "cancelled the 07:40 from Kilbrannoch to Inchmurrin")
CANCELS_NOW = re.compile(
    r"(?i)\b(?:cancels|scraps|axes|calls\s+off|postpones)\s+(?:the\s+|its\s+|their\s+)?$"
)
HAS_BEFORE = re.compile(
    r"(?i)\b(?:has|have|['\u2019]s|['\u2019]ve)\s+(?:already\s+|now\s+|also\s+)?$"
)
WAS_CANCELLED = re.compile(
    r"(?i)\b(?:was|were|been)\s+(?:\w+ly\s+)?(?:cancell?ed|called\s+off|scrapped|axed)\s+(?:on\s+)?$"
)
