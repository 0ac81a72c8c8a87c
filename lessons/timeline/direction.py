"""Step 6a: which way to read a date the text leaves open, ahead or back.

"On Tuesday" in a story published on a Thursday is two days ago or five days ahead; "March 5"
without a year is this March or next. The tense of the clause decides most of them ("the
council voted on Tuesday", "the council will vote on Tuesday"), and cue words the rest: a
deadline lies ahead whatever the tense of the verb that set it ("postponed until Tuesday"),
a start lies back ("since the May 2 fire"), a plan told in the past may still be to come
("a march planned for Saturday"). :func:`looks_ahead` holds the rules, in order, each with the
news sentence it was written for; the cue words come from word lists in :mod:`lessons.vocab`.

>>> looks_ahead("past", "body", "weekday", "The hearing was postponed until ")
True
>>> looks_ahead("past", "body", "weekday", "The council voted ")
False
>>> looks_ahead("future", "body", "weekday", "The council will vote ")
True
"""

from __future__ import annotations

import re
from enum import Enum

from lessons import vocab
from lessons.timeline.words import (
    CLOCK_TIME,
    EVENT_NOUNS,
    LIST_ITEM,
    MOVED_FROM,
    TARGET_AFTER,
    THE_BEFORE,
    WEEKDAYS,
    either,
)

# "postponed until Tuesday", "extended to Nov. 16", "payable Dec. 1": a deadline lies ahead,
# whatever the tense of the verb that set it (vocab/timeline_deadline_words.txt)
_DEADLINE = re.compile(
    r"(?i)\b(?:"
    + "|".join(
        re.escape(entry).replace(r"\ ", r"\s+(?:[^\s,;:]+\s+){0,12}?")
        for entry in sorted(vocab.word_list("timeline_deadline_words"), key=len, reverse=True)
    )
    + r")\s+(?:at\s+least\s+|at\s+the\s+earliest\s+)?(?:on\s+)?$"  # "until at least Wednesday"
)


def _cue_words(name: str) -> str:
    """A word list as a regex alternation; a space matches any run of spaces."""
    entries = sorted(vocab.word_list(name), key=len, reverse=True)
    return "|".join(re.escape(entry).replace(r"\ ", r"\s+") for entry in entries)


# "respond by Oct. 31", "loans through January", "effective Feb. 1": a target or a deadline,
# ahead unless the verb is in the past tense (vocab/timeline_lookahead_cues.txt)
_TARGET = re.compile(  # ("until at least Tuesday")
    rf"(?i)\b(?:{_cue_words('timeline_lookahead_cues')})\s+(?:at\s+least\s+)?(?:on\s+)?$"
)


# "called for a referendum on the peg by Christmas", "recommended a 4% rise from Oct. 1": what
# is demanded or recommended lies ahead of the asking
_DEMANDED = re.compile(
    r"(?i)\b(?:called\s+for|demanded|urged|pressed\s+for|asked\s+for|appealed\s+for|"
    r"recommended|recommending|proposed|proposing|suggested|advised)\s"
    r"(?:[^.;:]|(?<=\d)\.(?=\d)){0,100}\s(?:by|before|from|starting|effective)\s+$"
)


def sets_a_target(before: str) -> bool:
    """Do the words before a date end in a target or a deadline ("must file a petition by ",
    "loans through ", "effective ")?"""
    return _TARGET.search(before) is not None


# "Forty trucks got through late on Saturday": the verb's own "through", no deadline
_THROUGH_AS_A_PARTICLE = re.compile(
    r"(?i)\b(?:got|gets?|getting|came|comes?|coming|broke|breaks?|breaking|pulled|pulls?|"
    r"made\s+it|makes?\s+it)\s+through\s+(?:on\s+)?$"
)
# "Protesters planned a march on Saturday": what was planned lies ahead of the planning
_PLANNED = re.compile(  # lower case: not "the Schools Planning Authority on Friday", nor "of
    # the planned layoffs on Monday" (a plan's adjective, after "the", "a" or "its")
    r"(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\bits\s)(?<!\btheir\s)"
    rf"\b(?:{_cue_words('timeline_plan_verbs')})\b(?:\s+(?!but\b)[^\s,;:]+){{0,8}}\s+$"
)
_EVENT_AFTER = re.compile(rf"\s+(?:{EVENT_NOUNS}|results?)\b")  # "the Nov. 3 election"
_AT_THE_EVENT = re.compile(r"(?i)\b(?:on|at|in|before|until|by)\s+(?:the|this|its)\s+$")
_RESULTS_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?results?\b")  # "will certify Nov. 3 results"
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


def unplanned_after(before: str, after: str) -> bool:
    """Does a weekday in the possessive name an event no one plans, so a day gone by ("after
    Thursday's slip"), and not a forecast ("ahead of Saturday's storm")?

    >>> unplanned_after("It stays shut after ", "'s slip"), unplanned_after("ahead of ", "'s storm")
    (True, False)
    """
    unplanned = UNPLANNED_AFTER.match(after) or _A_STORM_AFTER.match(after)
    return unplanned is not None and not _FORECAST_BEFORE.search(before)


# "closed its campuses through Monday", "booked right through to Sunday" (not a fronted
# "Until Thursday, they had not ...")
_SPAN_END = re.compile(r"(?i)\w\W*\s(?:through|thru|until|till)(?:\s+to)?\s+$")
_CANCELLED_AFTER = re.compile(
    r"(?i)(?:\s+and\s+\w+)?,?\s+(?P<have>had|have|has)\s+(?:(?:already|now|also)\s+)?been\s+"
    r"(?:cancel|called\s+off|postpon|"
    r"scrapped|suspend|axed|moved\s+to)"  # "due to be held on Monday, has been moved to Sunday"
)
# "union sets Sunday strike deadline", "ahead of Friday's deadline": the day a deadline falls
_DEADLINE_AFTER = re.compile(r"(?i)^(?:['\u2019]s)?\s+(?:[a-z]+\s+)?deadline\b")
_SETS_BEFORE = re.compile(  # a date or deadline someone sets is still to come (not "had first
    r"(?i)(?<!\bhad\s)(?<!\bhad\sfirst\s)(?<!\bhad\salready\s)"  # set a Jan 31 cut-off")
    r"\b(?:sets?|setting|scheduled?|schedules|fixe[sd]|fix|imposed|imposes|extended|extends|gave|"
    r"gives)\s+(?:an?\s+|the\s+|its\s+)?$"
)
_SETS_AN_EVENT_FOR = re.compile(  # "Judge Marta Veen set a first hearing for 10 a.m. on
    r"(?i)(?<!\bhad\s)\b(?:set|sets|scheduled|schedules|fixed|fixes)\s+"  # Tuesday"
    rf"(?:an?|the|its|their)\s+(?:[\w-]+\s+){{0,2}}?(?:{EVENT_NOUNS}|date|deadline)s?\s+for\s+$"
)
# "The fireworks on Monday have been brought forward to 9.30pm": what is moved to another
# hour still lies ahead
_RETIMED_AFTER = re.compile(  # (a headline leaves out "has been": "Monday's citizenship
    # ceremony brought forward to 7.30am")
    r"(?i)(?:(?:\s+[a-z]+){0,4}\s+(?:has|have|will)\s+(?:been|be)|['\u2019]s(?:\s+[a-z]+){1,4})"
    r"\s+(?:brought\s+forward|moved\s+to|put\s+back|pushed\s+back|rescheduled|retimed)"
)
# "Schools canceled classes Monday and Tuesday", "the cancelled 2.30pm sailing from Wellington
# on Friday": what was called off may still lie ahead
_CANCELLED_BEFORE = re.compile(
    r"(?i)\b(?:cancell?ed|called\s+off|scrapped|axed)\s+"
    r"(?:(?!(?:but|will|would|until|unless|if|by|before)\b)(?!to\s+(?-i:[a-z]))[\w.:]+\s+){0,6}(?:on\s+)?$"
)  # (a route's "to" may stand between: "cancelled the 07:40 from Kilbrannoch to Inchmurrin")
_CANCELS_NOW = re.compile(
    r"(?i)\b(?:cancels|scraps|axes|calls\s+off|postpones)\s+(?:the\s+|its\s+|their\s+)?$"
)
_HAS_BEFORE = re.compile(
    r"(?i)\b(?:has|have|['\u2019]s|['\u2019]ve)\s+(?:already\s+|now\s+|also\s+)?$"
)
_WOULD_IF_BY = re.compile(r"(?i)\bwould\s+(?!have\b)[^.;]{0,80}\bif\b[^.;]{0,80}\bby\s+$")
_MISSED_DUE = re.compile(
    r"(?i)\b(?:missed|skipped|defaulted\s+on|failed\s+to\s+(?:make|pay))\s+(?:[^.;,]{0,50}?\s)?"
    r"(?:due|payable)\s+(?:on\s+)?$"
)
_ON_THE_WAY = re.compile(
    r"(?i)\b(?:heading|travelling|traveling|driving|returning|flying|bound)\s+"
    r"(?:home\s+|back\s+)?(?:by|on|for\s+[^.;,]{0,40}?(?:\s+on)?)\s+$"
)
_ADVISED_TO = re.compile(  # advice or an order for a day that may still lie ahead
    rf"(?i)\b{either(vocab.word_list('timeline_directive_verbs'))}\s+"  # "advised households
    r"(?:[\w'\u2019-]+\s+){1,6}?to\s+[a-z]+\s+(?:(?!(?:but|after|before|when|said)\b)[\w-]+\s+)"
    r"{0,6}(?:on\s+)?$"  # to charge phones on Tuesday"
)
_WHEN_IT_HAPPENED = re.compile(
    r"(?i)\s*,\s+when\s+[^.;:]*?\b(?:[a-z]+ed|was|were|had|hit|began|struck|fell|broke|went)\b"
)
_COUNTED_ON_AFTER = re.compile(  # "first warned of the rain on Thursday, and a day later the
    # council began": the day is the one the story counts on from, a past
    r"(?i)\s*,?\s+(?:and\s+|then\s+)?(?:an?|one|two|three|four|five|six|seven|\d+)\s+"
    r"(?:hours?|days?|weeks?)\s+later\b"
)
_AND_TODAY_AFTER = re.compile(r"(?i)\s+and\s+(?:today|yesterday|tonight|last\s+night)\b")
_BOOKED_TO = re.compile(r"(?i)\b(?:booked|ticketed)\s+to\s+[a-z]+\s+(?:[\w-]+\s+){0,4}?(?:on\s+)?$")
_BOOKED_FOR = re.compile(  # a stay, or a stall for an event, booked for a day
    r"(?i)\bbooked\s+(?:up\s+|out\s+)?(?:from|for|through)\s+$"
    r"|\b(?:booked|reserved)\s+[^.;]{0,30}?\bfor\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?"
    rf"{EVENT_NOUNS}\s+on\s+$"  # "Vendors who booked stalls for the lakeshore market on Saturday"
    r"|(?<!\bwere\s)(?<!\bwas\s)(?<!\bbeen\s)\bbooked\s+(?:on|onto)\s+(?:the|a|an)\s+"
    r"[^.;]{0,40}?\bon\s+$"  # "passengers booked on the 17:40 from Port Anselm on Monday"
)
_WAS_CANCELLED = re.compile(
    r"(?i)\b(?:was|were|been)\s+(?:\w+ly\s+)?(?:cancell?ed|called\s+off|scrapped|axed)\s+(?:on\s+)?$"
)
# "I'd have taken a rain date in July": a time that did not come, so no direction
_COUNTERFACTUAL = re.compile(
    r"(?i)(?:\b(?:would|could|might|should)\s+have|['\u2019]d\s+have)\s+[a-z]+\b[^.;:]*$"
)
_FROM = re.compile(r"(?i)\bfrom\s+(?:on\s+)?$")
_WOULD_HAVE_TURNED = re.compile(
    r"(?i)\b(?:would|'d)\s+have\s+(?:been|turned)\s+\d{1,3}(?:\s+years\s+old)?\s+(?:on\s+)?$"
)
_READY_FOR = re.compile(
    r"(?i)\b(?:ready|set|braced|poised|primed|gearing\s+up|gears\s+up|prepares?|preparing)"
    r"\s+(?:for|to)\b(?![^,;:]*\b(?:was|were|had)\b)"
)
_PROMISED = r"agreed|promised|pledged|vowed|undertook|offered|voted|decided|resolved"
# "to" and a verb, to the end of the clause (not "to the", "to it": a place or a person)
_TO_A_VERB = (
    r"to\s+(?!(?:the|a|an|its|his|her|their|this|that|these|those|it|them)\b)[a-z]+\b"
    r"(?:[^,;:.]|\.(?=\d))*$"  # (a figure's point: "to pay staff 12.60 pounds an hour from")
)
_AGREED_TO = re.compile(  # "agreed to run an extra sailing on", "promised to reopen by", "agreed
    # Tuesday to go back to the table on" (the day of the agreement between)
    rf"(?i)\b(?:{_PROMISED})\s+"
    rf"(?:(?:on\s+)?(?:{either(list(WEEKDAYS))}|yesterday|today|last\s+week)\s+)?{_TO_A_VERB}"
)
_AN_OFFER_TO = re.compile(  # "An offer to restore it from", "promised to reopen the pool in"
    rf"(?i)\b(?:{_PROMISED}|offer|promise|pledge|proposal|plans?)\s+{_TO_A_VERB}"
)
_ONE_CLAUSE = re.compile(r"[^,;:.]*")  # no clause ends between
_BE_MOVING = re.compile(r"(?i)\b(?:am|are|is|['\u2019]re|['\u2019]s)\s+(?:not\s+)?moving\b")
_MOVING_TO = re.compile(r"(?i)\bmoving\s+(?:it|them|the\s+\w+)\s+(?:back\s+|forward\s+)?to\s+$")
_WOULD_HAVE_AFTER = re.compile(r"(?i)\s*(?:would|could|might)\s+have\b")
_UNTIL = re.compile(r"(?i)\b(?:until|till|to)\s+$")
_BEFORE_IT = re.compile(r"(?i)\bbefore\s+$")
_HAD_BEEN_DUE = re.compile(r"(?i)\bhad\s+been\s+due$")
_DUE_TO = re.compile(r"(?i)\bdue\s+(?:back|to\s+(?!be\b)[a-z]+)\b[^.;:,]{0,40}$")
_MOVED_FROM = re.compile(rf"{MOVED_FROM}$")  # ("moved its holiday meal from Sunday to Monday")
_BROUGHT_FORWARD = re.compile(r"(?i)\b(?:brought|moved|pulled)\s+forward\s+to\s+$")
_BRINGS_FORWARD = re.compile(  # a present: "brings its surcharge forward to Monday"
    r"(?i)\b(?:brings?|bringing|moves|pulls|will\s+(?:bring|move|pull))\s+"
    r"(?:[\w'\u2019-]+\s+){0,5}?forward\s+to\s+$"
)
_BACKDATED = re.compile(r"(?i)\b(?:backdated|back-dated|retroactive(?:ly)?)\s+(?:to\s+)?$")
_PERIOD_ENDING = re.compile(
    r"(?i)\b(?:year|quarter|half|period|season|term)\s+(?:ending|that\s+ends|which\s+ends)\s+"
    r"(?:on\s+)?$"
    r"|\b(?:three|six|nine|twelve|3|6|9|12|52|13|26|39)\s+(?:months|weeks)\s+(?:to|ended|ending)\s+$"
)  # (and "results for the six months to June 30")
# "lowered its profit forecast for the year to June": the period a forecast is for lies ahead
_FORECAST_FOR_PERIOD = re.compile(
    r"(?i)\b(?:forecasts?|outlook|guidance|targets?|expects?|expected|expectations?)\s+"
    r"(?:[\w-]+\s+){0,3}?for\s+the\s+(?:financial\s+|fiscal\s+)?(?:year|quarter|half)\s+to\s+$"
)
# "gave the operator until noon Monday": a deadline given
_GIVEN_UNTIL = re.compile(r"(?i)\b(?:gave|given|gives|give|has|have)\b[^.;]{0,80}\buntil\s+$")
_ANSWERED_AFTER = re.compile(  # "..., and they came back with the same numbers"
    r"(?i)^[^.;]{0,80}?,?\s+(?:and|but)\s+(?:they|it|he|she|the\s+\w+)\s+"
    r"(?:came\s+back|answered|replied|responded|didn't|didn\u2019t|did\s+not|failed|refused|"
    r"ignored|rejected|missed)\b"
)
# "We were told the boat would be back in September": a promise seen from the past
_TOLD_THEN = re.compile(  # (also a request told in the past: "The city asked residents to
    # follow Stage 1 limits in May", "had first asked to meet the authority in early July";
    # not "has asked it to review by 30 June", still open)
    r"(?i)\b(?:(?:was|were)\s+(?:told|promised|assured)|told\s+(?:us|them|me|him|her|people|"
    r"residents|customers|traders|parents|families)|(?<!has\s)(?<!have\s)(?:asked|urged|requested)\s+(?:[\w-]+\s+)"
    r"{0,3}?to\s+[a-z]+)\b[^.;]*$"
)
# "It was due on 15 December", "had been due in December": a plan told in the past
_WAS_DUE = re.compile(
    r"(?i)\b(?:was|were|had\s+been)\s+(?:(?:originally|initially|first|once)\s+)?due\s+"
    r"(?:on\s+|in\s+)?$"
)
# "had been due to resume Tuesday", "lambs that were due to be sold on Friday", "which was to
# run from Wednesday": a plan seen from the past
_SET_TO = r"(?:due|scheduled|slated|supposed|set)"  # the words of a plan: "was set to"
_WARNED_OF = re.compile(  # "warns of winter timetable cuts from October" (not "first warned of
    # a shortfall on June 18": the day of the warning)
    r"(?i)\bwarn(?:s|ed|ing)?\s+of\b[^.;:,]*\s(?:from|by|until|till|through|into|in)\s+$"
)
_HAD_HOPED = re.compile(  # "had hoped to reopen it on Monday", "had intended to announce the
    # recall on Monday", "had first looked at Sunday": a hope or an option seen from the past
    r"(?i)\bhad\s+(?:\w+ly\s+|first\s+|also\s+)?(?:hoped|intended|aimed|wanted|meant|"
    r"looked\s+at|been\s+due)\b(?:(?!\b(?:but|then)\b)[^.;:!?])*$"
)
_HAD_BEEN = re.compile(  # (and "had expected 14,000 vehicles to cross between Friday and Monday")
    rf"(?i)\bhad\s+(?:been|expected|hoped|intended|anticipated|projected|planned)\b"
    rf"|\b(?:was|were)\s+(?:(?:\w+\s+)?{_SET_TO}\s+)?to\s+[a-z]+\b"
)
# "had warned that", "had said it would": a past before the story's past
_BY_THEN = re.compile(r"(?i)\b(?:by|until|till)\s+(?:on\s+)?$")
_HAD_WARNED = re.compile(
    r"(?i)\bhad\s+(?:\w+ly\s+)?(?:warned|said|told|threatened|announced|insisted|demanded|"
    r"promised|vowed|agreed|indicated|signall?ed|stated|declared|ruled|decided)\b"
)
# "was due to open", "had been expected to finish": a plan seen from the past
_WAS_PLANNED = re.compile(
    r"(?i)\b(?:was|were|had\s+been)\s+(?:originally\s+|initially\s+|first\s+)?"
    rf"(?:{_SET_TO}|expected|meant)\s+to\s+[a-z]+\b[^.;:,]{{0,30}}$"
)
# "has called a town hall for": a present perfect sets up what lies ahead
_IRREGULAR_PARTICIPLE = either(  # "has made", "have set": participles not in -ed
    vocab.word_set("verbs_irregular_participles")
    | vocab.word_set("verbs_irregular_past")
    | vocab.word_set("verbs_same_past")
)
_PERFECT = re.compile(  # not "should have eased on Tuesday", a past that did not happen
    r"(?i)(?<!should )(?<!would )(?<!could )(?<!might )(?<!must )(?<!may )(?<!will )(?<!to )"
    rf"\b(?:has|have)\s+(?:\w+\s+){{0,2}}?(?:\w+ed|{_IRREGULAR_PARTICIPLE})\b"
    r"(?:(?!\b(?:that|which|who|after|since)\b)[^,;:.])*?"  # (not "put back after the storm
    r"(?:\b(?:for|at)\s+)?$"  # that hit on Thursday night")
)
# "if the two sides have not reached a deal by Sunday": a condition lies ahead
_CONDITION = re.compile(r"(?i)\b(?:if|unless)\s+(?:[^\s,;:]+\s+){0,12}$")
# a question put: "asked me Wednesday morning if", "wondered on Friday whether"
_ASKED = re.compile(
    r"(?i)\b(?:asked|asking|wondered|wondering|checked|inquired|enquired)\b[^.;,]{0,40}$"
)
# "further stoppages in May if no agreement is reached": a condition on what is still to come
# (not "if talks had failed", a past that did not happen)
_CONDITION_AFTER = re.compile(r"(?i),?\s+(?:if|unless)\s+(?![^.;]*\b(?:had|hadn['\u2019]t)\b)")
# "for the June 2 election", "preparing for the May vote", "ahead of the April poll": an
# event the sentence's doing was for
_RUN_UP_TO = r"ahead\s+of|in\s+advance\s+of|in\s+the\s+(?:run|lead)[-\s]up\s+to"
_FOR_THE_EVENT = re.compile(
    rf"(?i)\b(?:for|{_RUN_UP_TO}|toward|towards)\s+(?:the|this|next|its|their)\s+$"
)
# "ahead of Friday's jobs report", "in the run-up to the vote on Sunday": an event after the one
# the sentence tells
_IN_THE_RUN_UP = re.compile(rf"(?i)\b(?:{_RUN_UP_TO})\s+(?:[^\s,;:.]+\s+){{0,4}}?(?:on\s+)?$")
# "a cut at its next meeting in June", "the upcoming vote on Tuesday": the time of an event
# still to come
_NEXT_EVENT = re.compile(
    r"(?i)(?:\b(?:its|the|their|his|her|our|a)|['\u2019]s)\s+(?:next|upcoming|forthcoming)\s+"
    r"(?:[a-z-]+\s+){1,3},?\s*(?:in|on|at|set\s+for|scheduled\s+for|due|due\s+on|due\s+in)?\s*$"
)
# "did not arrive until", "was not issued until", "It wasn't until": the time a thing at last
# happened (not "will not reopen until")
_NOT_UNTIL = re.compile(
    r"(?i)(?:\b(?:did|was|were|had|could)(?:\s+not|n['\u2019]t)|\b(?:nothing|nobody|never))\b"
    r"(?!\s+(?:expect|anticipate|plan|intend|want|hope)\w*\b)"  # (not "did not expect a
    # decision until Friday", a time still ahead)
    r"(?:(?!\b(?:and|but|will|would|is|are)\b)[^,;:.])*?\b(?:until|till)\s+(?:late\s+|early\s+)?$"
)
_BOOKINGS_FOR = re.compile(  # "bookings for Thursday", "Reservations for sailings from Friday"
    r"(?i)\b(?:bookings|reservations|advance\s+sales|occupancy)\s+for\s+"  # ("occupancy for
    r"(?:[a-z]+\s+(?:(?:from|on|in)\s+)?)?"  # Saturday night was already at 94 per cent")
    r"(?:[A-Z][a-z]+\s+(?:and|or)\s+)?$"  # "bookings for sailings in June and July"
)
_BOOKED = re.compile(  # "she had booked the 7:40 a.m. sailing", "families had booked Monday off"
    r"(?i)\b(?:had\s+)?(?:booked|reserved)\s+(?:(?:the|a|an|her|his|their|our|my|two|three|\d+)"
    r"\s+(?:[\w:.-]+\s+){0,3})?$"  # (and "had been booked to travel between Sunday and")
    r"|\b(?:booked|reserved)\s+to\s+[a-z]+\s+(?:[\w-]+\s+){0,4}?(?:between|on|from)\s+$"
)
_TICKETS_FOR = re.compile(  # "Tickets bought for Saturday", "has sold 60% of its seats for
    # Thanksgiving": what tickets are sold for lies ahead
    r"(?i)\b(?:tickets|seats|places|passes)\s+(?:already\s+)?(?:bought|sold|booked|purchased)\s+"
    r"for\s+$"
    r"|\b(?:has|have)\s+(?:already\s+)?sold\s+[^.;]{0,30}?\b(?:tickets|seats)\s+for\s+$"
)
_REFUNDED_AFTER = re.compile(  # "... or Sunday will be refunded", "are being refunded"
    r"(?i)(?:\s+(?!(?:will|are|were|is|was)\b)[^\s.;]+){0,4}?\s+(?:will\s+be|are|were|is|was|to\s+be)"
    r"\s+(?:being\s+)?(?:fully\s+)?refunded\b"
)
_HAD_BOOKINGS = re.compile(r"(?i)\bhad\s+(?:[\d,]+\s+|\w+\s+)?(?:bookings|reservations)\s+for\s+$")
_LATER_VERB = re.compile(  # "a march planned for Saturday was called off", "The fun run,
    # planned for Monday, was cancelled": the sentence's own verb, after the plan
    r"(?i)(?:(?:\s+(?:at|in|on|near|outside)\s+[A-Z][^,;:]{0,40})?\s*,\s*(?=(?:was|were|had)\b)"
    r"|(?:(?!\band\b)[^,;:])*?\b)"  # ("planned for 9:30 p.m. Saturday at Riverside Park, was
    r"(?:was|were|had|has|have|is|are)\b"  # moved": a place between)
)
_A_PAST_VERB = re.compile(r"(?i)\b(?:was|were|had)$")
_MOVED_UP_AFTER = re.compile(  # "..., was moved up to this afternoon"
    r"(?i)\s+(?:been\s+)?(?:moved|brought|pulled)\s+(?:up|forward)\b(?!\s+(?:from|by)\b)"
)
_BUT_CHANGED = re.compile(  # "had scheduled an inspection for April 6, but it was postponed to
    # June": a plan dropped since, whichever April 6 is nearer
    r"(?i)(?:\s+to\s+[^,;.]{1,60}?)?"  # (a purpose between: "to protect the subdivisions")
    r"\s*,?\s+but\s+(?:(?:it|they|that|this|the\s+\w+)\s+(?:was|were|has\s+been|had\s+been)"
    r"\s+)?(?:\w+ly\s+)?(?:postponed|cancell?ed|called\s+(?:it\s+|them\s+)?off|scrapped|delayed|"
    r"(?:pushed|put)\s+(?:\w+\s+)?back|moved|brought\s+(?:\w+\s+)?forward|dropped|shelved)\b"
    # (or "but delayed it", "but pushed that back to Wednesday")
)
_SINCE_A_CLAUSE = re.compile(  # "since the charges were first proposed in"
    r"(?i)\bsince\s+(?:the|a|an|its|their|his|her|our|we|they|it|he|she)\s+[^,;:.]*?"
    r"\b(?:was|were|had|first|[a-z]+ed)\b[^,;:.]*?\s+(?:(?:in|on)\s+)?$"
)
_PRESENT_AHEAD = frozenset(["holiday", "month_day", "nth_weekday", "season"])
_SCHEDULE = re.compile(
    rf"(?i)\b(?:{_cue_words('timeline_schedule_verbs')})\s+(?:again\s+)?(?:on\s+)?$"
)  # "the board meets again Jan. 19"
_DIRECTED = (
    "weekday",
    "month_day",
    "month",
    "holiday",
    "day_of_month",
    "nth_weekday",
)  # left open by the text
# "since the Oct. 23 slaying", "since Tuesday": what came before
_A_CAUSE_AFTER = re.compile(r"(?i)\s+(?:falls|fall|is|lands|comes)\s+on\b")
_SINCE = re.compile(  # "since 1987", "the main dates from 1958", "dating back to 1890"
    r"(?i)\b(?<!have\s)(?<!has\s)(?<!had\s)(?:since|dat(?:es|ing)\s+(?:back\s+)?(?:from|to))\s+"
    r"(?:[^\s,;:]+\s+){0,3}$"  # (not "Both sides have since agreed to meet on Tuesday", nor
    # "closed since Friday, will reopen Tuesday")
)
# an infinitive a few words before a month: what was decided, planned or hoped for
_INFINITIVE = re.compile(  # a list may come between ("to admit Poland, Hungary and ..."),
    r"(?i)\bto\s+(?!(?:a|an|the|its|his|her|their|our|my|your|this|that|these|those|most|all|"
    r"some|many|much|half|every|each|both|about|around|nearly|almost|over|more)\b)[a-z]+"  # (not
    # "restored to most of the town by 7pm")
    r"(?:\s+(?!\S*,\s+(?:and|but|which|who|when|while)\b)[^\s;:]+){0,10}\s+$"
)  # not a new clause (", and in December ...")
_TO_VERBS = vocab.word_set("verbs_base_forms") | vocab.word_set("verbs_same_past")


def _an_infinitive(before: str) -> bool:
    """Does the clause before end in an infinitive ("hoped to announce them in")? Not "sold
    the ground to housebuilder Morgan Lloyd Homes in", a "to" before a noun."""
    found = _INFINITIVE.search(before)
    if found is None:
        return False
    words = found.group(0).split()
    named = len(words) > 2 and words[2][:1].isupper()  # a title before a name
    return not named or words[1].casefold() in _TO_VERBS


_POSSESSIVE = re.compile(r"^\s?['\u2019]\s?s\b")


_A_FIXTURE_AFTER = re.compile(  # a match the dek's present keeps or moves ("Saturday's final")
    r"^\s?['\u2019]\s?s\s+(?:[A-Za-z]+\s+)?(?:final|semi-final|match|game|derby|race|fixture)\b"
)
_AUXILIARY = re.compile(r"(?i)\b(?:was|were|had|has|have|did)\b")


# a headline's or dek's "to" + verb after its subject, with no past participle before it in its
# clause: "Adult fare to rise 25 cents on Jan. 1", "42 new citizens to take the pledge on
# Monday" (not "Road reopened to traffic on Monday", "Man charged over attack to appear")
_HEADLINE_FUTURE = re.compile(
    r"(?:^|[;:\n]\s*)(?:(?!(?:[\w'\u2019-]*ed|told)\b)[\w'\u2019,.-]+\s+){1,6}to\s+"
    r"(?!(?:the|a|an|its|his|her|their|this|that|be|have)\b)[a-z]+\b"
    r"(?:(?!\b(?:after|since|following|as|when)\b|\b[a-z]{3,}ed\s+(?:over|during|on|in|at)\s)[^;:\n])*$"
)  # (not "back pay to land in February after deal ratified on Christmas Eve", nor "gives the
# airline until Feb. 27 to pay travelers stranded over Thanksgiving": a participle's own time)

_NOT_RULED_OUT = re.compile(r"(?i)\b(?:not|n['\u2019]t)\s+(?:been\s+)?rul(?:ed|ing)\s+out\b[^.;]*$")
_NOT_RULED_OUT_AFTER = re.compile(
    r"(?i)[^.;]{0,30}?\b(?:has|have|had|is|are|was|were)\s+(?:not|n['\u2019]t)\s+(?:been\s+)?ruled\s+out"
)
_SHOULD_HAVE_BY = re.compile(
    r"(?i)\b(?:should|will|shall|ought\s+to|expects?\s+to|hopes?\s+to|aims?\s+to)\s+have\s+"
    r"(?:it\s+|them\s+|(?:\w+ly\s+))?[a-z]+(?:ed|en|wn)\b"
    r"[^.;:]{0,40}?\b(?:by|before)\s+$"
)
_ON_COURSE = re.compile(r"(?i)\bon\s+(?:course|track|schedule|target)\s+(?:for|to)\b[^;:]*$")
_FOR_THE_DAY = re.compile(r"\W*For\s+$")  # a sentence that opens "For Wednesday"
_FORECAST = re.compile(  # "forecast heavy snow from Tuesday" (not "the range it forecast in
    # November", "forecast on Monday that ...": when the forecast was made)
    r"(?i)(?<!\bhad\s)\b(?:forecast|predicted|forecasting|predicting)\s+"
    r"(?!(?:that|on|in|at|last|this|early|late|for|of|to|issued|released|published|updated"
    r"|made|posted)\b)"  # (not "its forecast for 2026", "The forecast issued on Thursday called")
    r"[a-z0-9](?:[^.;:]|(?<=\d)\.(?=\d))*\s(?:from|on|by|for|until|into)\s+$"
    r"|\bcall(?:ed|s)\s+for\s+(?:[\w-]+\s+){1,4}?to\s+[a-z]+\s+(?:(?:from|on|by|until)\s+)?$"
    r"|\bchances?\s+of\s+[^.;:]{0,60}\s(?:from|on|by|for|until|into|through)\s+$"
)  # (and "The forecast called for snow to begin late Monday afternoon", "gave a 70% chance of
# heavy rain from late Tuesday through Wednesday afternoon")
_A_WARNING_RUNNING = re.compile(  # "put an amber alert in place yesterday, running from 9am on
    # Friday": a warning covers days to come from the day it was issued
    r"(?i)\b(?:warnings?|alerts?|watch|advisory|advisories)\b[^.;:]{0,80},?\s+"
    r"(?:running|covering|lasting|valid|in\s+force)\s+(?:from\s+)?(?:\S+\s+){0,2}?$"
)
_PASSIVE_FROM = re.compile(  # a headline's "exports banned from", with no "were" or "had"
    r"(?i)\W*(?:(?!(?:was|were|had|has|have|been)\b)[\w'\u2019-]+\s+){1,6}?[a-z]+ed\s+from\s+$"
)
_COUNTED_BY = re.compile(  # "with about 30,000 sold by Friday night": a tally reached, not due
    r"(?i)\bwith\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?"
    r"[\d,.]+(?:\s+[a-z]+)?\s+(?:already\s+)?(?:sold|booked|counted|collected|raised|registered|"
    r"vaccinated|evacuated|rescued)\s+by\s+$"
)
_LEAD_WORD = re.compile(r"(?i)(?:from|on|by|for|until|into)\s+")
_YEAR_ENDING = re.compile(
    r"(?i)\b(?:fiscal|financial|tax|budget|accounting)\s+year\s+(?:ending|that\s+ends)\s+(?:on\s+)?$"
)
_A_DATE_IN = re.compile(r"(?i)\ba\s+(?:new\s+|later\s+|possible\s+)?date\s+(?:in\s+)?$")
_A_QUARTER_AFTER = re.compile(r"(?:\s*[-\u2013]\s*[A-Z][a-z]+)?\s+quarter\b")  # "-June quarter"
# "declared Wednesday a public holiday": the day is what is declared, not when
_DECLARED = re.compile(r"(?i)\b(?:declared|declares|declare|designated|named)\s+$")
_A_HOLIDAY_AFTER = re.compile(
    r"\s+(?:an?|as\s+an?)\s+(?:public\s+|national\s+|bank\s+)?(?:holiday|day)\b"
)
_WANTED_BY = re.compile(
    r"(?i)(?<!\bnobody\s)(?<!\bno\sone\s)(?<!\bnot\s)(?<!n't\s)\b(?:wants?|wanted|wanting)\s+"
    r"(?!to\b)(?:[\w'-]+\s+){1,6}(?:by|before)\s+$"  # (not "wanted to close before Christmas")
)
_LOOKING_FORWARD = re.compile(r"(?i)\blook(?:s|ed|ing)?\s+forward\s+to\s+$")  # "to Sunday"
_SET_ASIDE = re.compile(r"(?i)\b(?:set\s+aside|reserved|earmarked|pencill?ed\s+in)\s+$")
_NOW_AND = re.compile(r"(?i)\bbetween\s+now\s+and\s+$")
_A_FORECAST_AFTER = re.compile(r"['\u2019]s\s+(?:weather\s+)?(?:forecast|outlook)\b")
_AHEAD_AFTER = re.compile(r"(?i)\s+(?:still\s+)?ahead\b(?!\s+of\b)")  # "the weekend ahead"


def deadline_seen_from_the_past(tense: str | None, before: str, after: str = "") -> bool:
    """Is a deadline one a past perfect told of, the nearest day and not one still to come?
    ``before``: the sentence up to the date.

    >>> deadline_seen_from_the_past("past", "Organisers had warned on Friday last that the "
    ...     "event would be cancelled unless a backer came forward by ")
    True
    >>> deadline_seen_from_the_past("past", "The council warned the event would be cancelled "
    ...     "unless a backer came forward by ")
    False
    >>> deadline_seen_from_the_past("future", "The agency had ruled that the boy must be "
    ...     "returned, and set ", " as the deadline for his return.")
    True
    """
    return (
        tense in ("past", "would", "future")
        and (
            _DEADLINE.search(before[-80:])
            or _BY_THEN.search(before)
            or _AS_THE_DEADLINE.match(after)  # "had ruled ... and set Friday as the deadline"
        )
        is not None
        and _HAD_WARNED.search(before) is not None
    )


_AS_THE_DEADLINE = re.compile(r"(?i)\s+as\s+(?:the|a|its|their)\s+deadline\b")


# an option weighed: "We looked hard at finishing on Thursday", "considered putting the show
# back to Sunday 15 June"
_AN_OPTION_WEIGHED = re.compile(
    r"(?i)\b(?:looked\s+(?:hard\s+|closely\s+|carefully\s+|seriously\s+)?at|considered|weighed"
    r"|explored|discussed)\s+[a-z]+ing\b[^.;:]*$"
)
_WAITING_UNTIL = re.compile(r"(?i)\b(?:until|till)\s+(?:the\s+)?$")
# an event announced for a day: "confirmed a 48-hour strike on Friday", "strike called for
# Saturday" (the event's day, after the announcing)
_AN_EVENT_ANNOUNCED = re.compile(
    r"(?i)(?<!been\s)\b(?:confirmed|announced|called|declared)\s+(?:(?:an?|its|their)\s+"
    rf"(?:[\w-]+\s+){{0,3}}?{EVENT_NOUNS}(?:\s+on|(?:\s+[^\s.;,]+){{0,5}}?\s+for)|for)\s+$"
    # ("called a 24-hour strike across all its sites for Monday")
    r"|\bdeclared\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?ban\s+for\s+$"  # "declared a total fire
    # ban for Thursday"
)
# "on Monday, Sept. 28, which the regional government declared a local public holiday on
# Thursday": the event has its day already, so the weekday is when it was declared
_ITS_DAY_GIVEN = re.compile(r"(?:\d|day),\s+(?:which|when)\s+[^.;,]*$")
_FIRST_PLANNED = re.compile(
    r"(?i)\b(?:originally|initially|(?<=had\s)first|(?<=was\s)first|(?<=were\s)first)\s+"
    r"(?:been\s+)?(?:planned|scheduled|set|due|booked|slated|aimed|hoped|intended|meant)\b"
    r"[^.;]*$"  # ("had first planned to come to market in September but held off", "had
    # originally aimed to reopen the gates on Monday"; not "the first scheduled flight")
    r"|\b(?:originally|initially)\s+(?:said|announced|expected|intended)\b[^.;]*\bwould\b[^.;]*$"
)  # "The government had initially said the search would end on Friday, but extended it"
# figures a report gives for a month: "a report on new-home sales for December", "jobs data
# for March" (the month counted, not the day of the report)
_FIGURES_FOR = re.compile(
    r"(?i)\b(?:sales|figures|data|numbers|statistics|jobs|payrolls|inflation|output|orders)\s+"
    r"(?:\w+\s+)?for\s+$"
)


def looks_ahead(
    tense: str | None, part: str, kind: str, before: str = "", after: str = "", expression: str = ""
) -> bool | None:
    """Which way to read a date the text leaves open: ahead (True), back (False), or the
    nearest (None). ``before`` and ``after`` are the sentence's words around the expression
    (``expression`` itself).

    First the cue words around it (:func:`_by_cue_words`): a deadline is read ahead ("postponed
    until Tuesday"), a start back ("since the May 2 fire"), and a weekday that names a noun's
    day ("would appeal Wednesday's ruling") nearest, since the verb belongs to another event.
    Then, when none settles it, the tense (:func:`_by_tense`): a weekday is read ahead after
    "would" ("said it would vote Monday"), and after a present tense in the body ("Schools
    reopen on Monday").

    >>> looks_ahead("past", "body", "weekday", "The hearing was postponed until ")
    True
    >>> looks_ahead("would", "body", "weekday", "they would appeal ", "'s ruling")
    """
    if kind == "week_of":
        kind = "month_day"  # "is set for the week of Sept. 14": read as its Monday
    settled = _by_cue_words(tense, part, kind, before, after, expression)
    return (
        _by_tense(tense, part, kind, expression, before, after) if settled is UNSETTLED else settled
    )


class _Unsettled(Enum):
    """What the cue words return when they leave the direction to the tense."""

    UNSETTLED = "unsettled"


UNSETTLED = _Unsettled.UNSETTLED


def _by_cue_words(
    tense: str | None, part: str, kind: str, before: str, after: str, expression: str
) -> bool | None | _Unsettled:
    """The cue words around a date that settle its direction whatever, or together with, the
    tense ("postponed until", "since", "planned for", "Friday's forecast"), in order: the first
    rule that fits decides. :data:`UNSETTLED` when none does."""
    lead = _LEAD_WORD.match(expression)  # "on Sunday": the "on" is the expression's
    told = before + (lead.group(0) if lead else "")
    if kind == "weekday" and tense == "past" and _FORECAST.search(told[-70:]):
        return True  # "The weather service forecast heavy snow from Tuesday": a forecast is
        # of a time to come (not "had forecast", a forecast that has been overtaken)
    if kind == "weekday" and tense == "past" and _A_WARNING_RUNNING.search(told[-140:]):
        return True  # "The agency put an amber alert in place yesterday, running from 9am on
        # Friday until 5pm on Tuesday": the days the warning covers, still to come
    headline = part in ("headline", "dek") and tense == "past"
    if kind in _DIRECTED and headline and _PASSIVE_FROM.match(before):
        return None  # "* Raw nickel ore exports banned from June 1": a headline's participle is
        # a present passive ("are banned"), so whichever June 1 is nearer
    if kind in _DIRECTED and _COUNTED_BY.search(told[-80:]):
        return None  # "Tickets are selling slowly, with about 30,000 sold by Friday night":
        # the tally so far, by whichever Friday is nearer
    if kind in _DIRECTED and _MISSED_DUE.search(before[-80:]):
        return False  # "missed a $23 million interest payment due Feb. 6": gone by unpaid
    if kind == "month_day" and _YEAR_ENDING.search(before):
        return True  # "kept its forecast for the financial year ending March 31": the year
        # under way ends on the next March 31 (a year "ended" has gone)
    if kind == "month" and _A_DATE_IN.search(before):
        return True  # "was also looking at Sunday 21 June and at a date in August": a date
        # still to be chosen
    if kind == "month" and _A_QUARTER_AFTER.match(after):
        return None  # "had been expected to report a profit for the April-June quarter": the
        # nearest such quarter, whatever the plan around it
    if (
        (kind in _DIRECTED or kind == "season")
        and _AN_OPTION_WEIGHED.search(before)
        and not _WAITING_UNTIL.search(before)  # ("looked hard at waiting until spring": the
        # one to come)
    ):
        return None  # "We looked hard at finishing on Thursday", "looked at pushing the work to
        # September": an option weighed, whichever is nearer (not the past of the weighing)
    if kind in _DIRECTED and _FIRST_PLANNED.search(before):
        return None  # "The work was originally planned for the week of 13 October, but was put
        # back": a plan since changed, whichever is nearer
    announced = _AN_EVENT_ANNOUNCED.search(told[-80:])
    if kind == "weekday" and announced and not _ITS_DAY_GIVEN.search(told[-120:]):
        return True  # "train drivers confirmed a 48-hour strike on Friday and Saturday", "rail
        # strike called for Saturday": what was announced comes after the announcing
    if kind == "month" and _FIGURES_FOR.search(before[-60:]):
        return False  # "A government report on new-home sales for December is due Thursday":
        # the month the figures cover, gone by
    if kind in ("month_day", "date") and _SET_ASIDE.search(before):
        return True  # "The court has already set aside Jan. 19-21 for a hearing": reserved
    if _NOW_AND.search(before):
        return True  # "use every hour between now and Monday": still to come
    if kind == "weekday" and _A_FORECAST_AFTER.match(after):
        return True  # "Friday's forecast is far kinder": a forecast is of a day to come
    if _AHEAD_AFTER.match(after):
        return True  # "with Monday's public holiday and the long weekend ahead, staff warned"
    if _NOT_RULED_OUT_AFTER.match(after) or _NOT_RULED_OUT.search(before):
        return True  # "a longer strike before Matariki has not been ruled out": what may
        # still come
    if kind in _DIRECTED and _WOULD_IF_BY.search(before):
        return True  # "said the swim would return to the ocean if the beach had been open for
        # a full day by Sunday": the condition of a plan, still to come
    if kind in _DIRECTED and _SHOULD_HAVE_BY.search(before[-60:]):
        return True  # "The wind should have dropped by Thursday morning": done by a day to come
    if (kind in _DIRECTED or kind == "season") and _ON_COURSE.search(before[-70:]):
        return True  # "putting the drug on course for a U.S. decision by Sept. 25"
    if kind == "weekday" and _DECLARED.search(before) and _A_HOLIDAY_AFTER.match(after):
        return None  # "the cabinet declared Wednesday a public holiday": the nearest Wednesday
    if (kind in _DIRECTED or kind == "unit") and _WANTED_BY.search(before):
        return True  # "wanted a permanent deal signed before the end of the year": a goal
    if kind in _DIRECTED and _LOOKING_FORWARD.search(before):
        return True  # "The children were so looking forward to Sunday": a day still to come
    if kind == "weekday" and _FOR_THE_DAY.match(before) and not _POSSESSIVE.match(after):
        return True  # "For Wednesday I've ordered 6,000": what is got ready for a day to come
    if (
        kind == "unit"
        and expression.casefold().startswith("the ")
        and expression.casefold().endswith("weekend")
        and _IN_THE_RUN_UP.search(before)
    ):
        return None if tense == "past" else True  # "crews try to hold the fire back from the
        # road ahead of the long weekend": whichever weekend is nearer (the one to come, said in
        # the present)
    if kind == "month_day" and tense == "past" and _IN_THE_RUN_UP.search(before):
        return None  # "called the move a sweetener ahead of the regional election on Sept. 13":
        # the event the past was ahead of, whichever Sept. 13 is nearer
    if (
        (kind in _DIRECTED or kind in ("unit", "season"))
        and tense == "past"
        and _DEMANDED.search(before)
    ):
        return True  # "called for a referendum on the peg by Christmas", "recommended a 4% rise
        # from Oct. 1": a demand's or a recommendation's date lies ahead of it
    if kind == "weekday" and _IN_THE_RUN_UP.search(before):  # "closed roads ahead of
        return None if tense == "past" else True  # Saturday's march": after what was done,
        # whichever Saturday is nearer; "will close roads ahead of the march on Saturday"
    if (kind in _DIRECTED or kind == "season") and _NEXT_EVENT.search(before[-60:]):
        return None if tense == "past" else True  # "signalled a cut at its next meeting in
        # June", written in April: the nearer June (a past "at its next meeting, in June, the
        # board voted" may tell history); "will face voters at the next election in May"
    if (kind in _DIRECTED or kind == "season") and tense == "past" and _NOT_UNTIL.search(before):
        return False  # "did not ease until Sunday afternoon", "It wasn't until Tuesday that":
        # what happened then, not a deadline
    if kind == "weekday" and _GIVEN_UNTIL.search(before):
        return not (tense == "past" and _ANSWERED_AFTER.match(after))  # "gave Telvex until noon
        # Monday to restore" looks ahead; "We gave them until 5pm on Monday to come back with an
        # offer, and they came back with the same numbers": a deadline gone by
    if kind in ("month", "month_day", "season") and tense == "would" and _TOLD_THEN.search(before):
        return None  # "We were told the boat would be back in September", "They told us in
        # March it would be done by the end of June": a promise seen from the past, the nearest
    if (kind in _DIRECTED or kind == "season") and _DEADLINE.search(before):
        if _WAS_DUE.search(before):
            return None  # "It was due on 15 December, but sea trials found a fault": the
            # nearest 15 December, a plan told in the past
        return None if tense == "would" and _HAD_BEEN.search(before) else True  # "had been
        # due to resume Tuesday": the nearest Tuesday, a plan seen from the past; but "said it
        # would post an update by 4 p.m. on Wednesday", "pushed back the launch to the fall"
    if kind == "season" and _UNTIL.search(before):
        return True  # "waiting until spring", "clinic plan slips to spring": the one to come
    if kind == "season" and tense not in ("past", None) and _BEFORE_IT.search(before):
        return True  # "we want a hearing before the summer": the one to come
    if kind == "weekday" and _WOULD_HAVE_TURNED.search(before):
        return True  # "She would have been 100 on Sunday": the birthday to come
    if kind == "weekday" and (due := _DUE_TO.search(before)):
        return None if _HAD_BEEN_DUE.search(before, 0, due.start() + 3) else True  # "were due
        # to welcome students back on Wednesday": what was due lies ahead, whatever became of
        # it; "had been due to resume Tuesday", a plan seen from the past: the nearest Tuesday
    if (_SINCE.search(before) and not _A_CAUSE_AFTER.match(after)) or _BACKDATED.search(before):
        return False  # "since the May 2 fire", "backdated to 19 July" (but "closed Friday,
        # since July 4 falls on a Saturday" gives a reason)
    if kind == "weekday" and unplanned_after(before, after):
        return False  # "after Thursday's slip", "Tuesday night's ice storm brought down trees"
    if kind == "weekday" and not before.strip() and LIST_ITEM.match(after):
        return None  # "3:47 p.m. Saturday: Utility power is lost": a chronology's line, its
        # present a story's present; the nearest Saturday
    start = _FROM.search(before) if kind == "month" else None
    if start and _INFINITIVE.search(before, 0, start.start()):
        return True  # "voted to move the pupils to the next school from September"
    if kind == "weekday" and _MOVING_TO.search(before):
        if _BE_MOVING.search(before):
            return True  # "We are not moving the parade to Friday": a move still to come
        return None  # "We looked at moving it to Friday": whichever Friday is nearer
    if kind in ("month", "season", "holiday") and _WOULD_HAVE_AFTER.match(after):
        return None  # "A strike in July would have been a disaster": whichever is nearer
    if kind in ("weekday", "season") and tense != "past" and _FROM.search(before):
        return True  # "subsidies will be paid from Monday", "closures from the summer" (a
        # month or day "from" may start a span that began: "sold from June 21 through June 30")
    if kind == "month" and TARGET_AFTER.match(after):
        return True  # "so May is now more realistic": the month a plan aims at
    if kind in _DIRECTED and _BRINGS_FORWARD.search(before[-70:]):
        return True  # "Halvorsen Line brings Korvala congestion surcharge forward to Monday":
        # a change made now, to a day still to come
    if kind in _DIRECTED and _BROUGHT_FORWARD.search(before):
        return None  # "Fuel deliveries were brought forward to Wednesday": an earlier day,
        # which may already have come; whichever Wednesday is nearer
    if kind in _DIRECTED and _MOVED_FROM.search(before):
        return None  # "pushed back from July to September": the dropped date, whichever July
        # is nearer
    if kind in ("month", "season", "holiday") and _COUNTERFACTUAL.search(before):
        return None  # "I'd have taken a rain date in July over this": whichever July is nearer
    if kind in ("month", "month_day") and _FORECAST_FOR_PERIOD.search(before):
        return True  # "lowered its profit forecast for the year to June": that June is ahead
    if kind in _DIRECTED and _PERIOD_ENDING.search(before):
        return None  # "raised its forecast for the fiscal year ending June 27": whichever
        # June 27 is nearer, not one read back from "raised"
    if kind == "weekday" and _RETIMED_AFTER.match(after):
        return True  # "The fireworks over the river on Monday have been brought forward"
    if kind in _DIRECTED and (called_off := _CANCELLED_AFTER.match(after)):
        # "sailings on Sunday and Monday had been cancelled": what was called off may still lie
        # ahead (the nearest); "the races, set down for Monday, have been cancelled": it does
        ahead_still = kind in ("weekday", "month_day") and called_off["have"].casefold() != "had"
        if _AND_TODAY_AFTER.match(after):
            return None  # "All crossings on Friday and today have been cancelled": beside
            # today, the nearer Friday
        return True if ahead_still else None  # "a concert booked for 14 November has been
        # cancelled": still ahead
    if (
        kind == "weekday"
        and _DEADLINE_AFTER.match(after)
        and (tense != "past" or _SETS_BEFORE.search(before))
    ):
        return True  # "as union sets Sunday strike deadline", "set a Wednesday midnight
        # deadline" (not "missed Friday's deadline")
    if kind == "weekday" and tense == "past" and _ON_THE_WAY.search(before):
        return None  # "Cottagers heading home by Monday evening were being urged", "families
        # heading home for the first day of school on Tuesday": where they were bound, the
        # nearer day
    if (
        kind == "weekday"
        and tense == "past"
        and (_ADVISED_TO.search(before) or _BOOKED_TO.search(before))
    ):
        return None  # "advised households to charge phones on Tuesday", "said passengers
        # booked to fly Wednesday could change their flights": the nearer day
    if kind == "weekday" and _BOOKED_FOR.search(told):
        return True  # "had been fully booked from Friday to Monday", "everyone who was booked
        # for Friday": a stay or a trip booked lies ahead
    if kind == "weekday" and _CANCELS_NOW.search(before):
        return True  # "Town cancels Monday show": a present, like a perfect, tells of a day
        # still to come
    called_off = _CANCELLED_BEFORE.search(before) if kind == "weekday" else None
    if called_off and _HAS_BEFORE.search(
        before, max(0, called_off.start() - 20), called_off.start()
    ):
        return True  # "The ferry has already cancelled its sailings on Sunday": a perfect
        # tells of a day still to come (a day gone by takes the simple past)
    if (
        called_off
        and tense not in ("future", "would")
        and not _WAS_CANCELLED.search(before)
        and not (tense == "past" and _COUNTED_ON_AFTER.match(after))  # (not "a coach party
    ):  # cancelled on Thursday, and two days later ...": the day counted on from, gone by
        return None  # "canceled classes Monday": whichever Monday is nearer (but "was called
        # off on Saturday" tells when it was called off, and "operations would be cancelled on
        # Tuesday" looks ahead)
    if (
        (kind in _DIRECTED or kind == "season")
        and _CONDITION_AFTER.match(after)
        and not _ASKED.search(before)  # (not "People asked me Wednesday morning if we were
    ):  # going to cancel": whether, a question put then)
        return True  # "has warned of further stoppages in May if no agreement is reached"
    if kind in ("month_day", "month") and _EVENT_AFTER.match(after):
        # "to certify Nov. 3 results": the day of the results told, gone by; but "chose its
        # candidate for the June 2 election" and "put back to the December meeting" name an
        # event still to be held: whichever is nearer
        done = (
            tense == "past"
            and not _FOR_THE_EVENT.search(before)
            and not _DEADLINE.search(THE_BEFORE.sub("", before))
        )
        if tense == "future" and _AT_THE_EVENT.search(before) and not _RESULTS_AFTER.match(after):
            return True  # "will place a bond on the November ballot": an event still to come
        if _SETS_BEFORE.search(before) and not _RESULTS_AFTER.match(after):
            return True  # "Judge sets Jan. 11 trial", "set a Jan. 11 trial date": still to come
        return False if done else None
    if kind in _DIRECTED and tense == "past" and _SETS_AN_EVENT_FOR.search(before):
        return True  # "Judge Marta Veen set a first hearing for 10 a.m. on Tuesday": what a
        # judge or a board sets is still to come
    if kind == "weekday" and tense == "past" and _WAS_PLANNED.search(before):
        return None  # "Most of my guests were meant to sail home on Wednesday night": a plan
        # seen from the past, whichever Wednesday is nearer
    if kind == "weekday" and tense == "past" and _BOOKED.search(before):
        return None  # "she had booked the 7:40 a.m. sailing Saturday": whichever Saturday is
        # nearer (what is booked is often still to come)
    if kind in _DIRECTED and _TICKETS_FOR.search(before) and not _POSSESSIVE.match(after):
        if _REFUNDED_AFTER.match(after):
            return None  # "Lift tickets bought for Saturday afternoon or Sunday will be
            # refunded": a day lost, whichever is nearer
        return True  # "Tickets bought for Saturday will be valid on Thursday" (but "Tickets
        # bought for Saturday's show will be honored Aug. 19": a show that may have been)
    if kind in _DIRECTED and _BOOKINGS_FOR.search(before):
        if _HAD_BOOKINGS.search(before):
            return None  # "The Riverside Grill, which had 140 reservations for Saturday, ran
            # its kitchen on a generator": whichever Saturday is nearer
        return True  # "Hoteliers said bookings for Thursday were holding up": what is booked
        # lies ahead
    if (
        kind in _DIRECTED
        and (
            tense == "past"
            or (tense is None and kind == "weekday")  # (None: a clause a quotation before it
            # left unread)
            or (tense == "present" and part in ("headline", "dek"))  # (headlinese: "after
        )  # forecasters warn of four-metre waves on Monday")
        and _PLANNED.search(before)
        and not _LATER_VERB.match(after)  # not "a service planned for Saturday was canceled"
        and not _WHEN_IT_HAPPENED.match(after)  # nor "warned of shortages on Sunday evening,
        # when two plants tripped offline": the day of the warning
        and not (tense == "past" and _COUNTED_ON_AFTER.match(after))
        and not _BUT_CHANGED.match(after)  # nor "had planned to reopen it on Monday, but pushed
        # that back": a plan since changed, whichever Monday is nearer
    ):
        warned = _WARNED_OF.search(before) is not None  # "warns of winter timetable cuts from
        return True if kind == "weekday" or warned else None  # October": a warning looks ahead
    if (
        (kind in _DIRECTED or kind in ("unit", "season"))
        and _TARGET.search(before)
        and not _THROUGH_AS_A_PARTICLE.search(before)
    ):  # "had bought shares through Sept. 29", "a goal of $500 million by the end of the
        # year", "extended into the summer": not read back
        if kind == "weekday" and _HAD_STOPPED_THROUGH.search(before):
            return True  # "said it had suspended all services through Saturday": a stop that
            # runs on to the day
        if kind == "weekday" and (_HAD_DONE_BY.search(before) or _BACK_BY.search(before)):
            return False  # "had restored service to 70,000 customers by late Saturday", "Service
            # came back for most accounts by late Thursday evening": done
        if kind == "weekday" and _HAD_DONE_UNTIL.search(before):
            return False  # "said she had visited every day until Monday": over by then
        if tense == "past" and kind == "weekday" and _INFINITIVE.search(before):
            return True  # "ordered the board to certify the results by 5 p.m. Monday"
        if tense is None and _LATER_VERB.match(after):
            return None  # "The fun run, planned for Monday, was cancelled": the nearest Monday
        if (
            tense == "future"
            and kind == "weekday"
            and (later := _LATER_VERB.match(after)) is not None
            and _A_PAST_VERB.search(later.group(0))
        ):
            return None  # "Livestock shows scheduled for Thursday afternoon were moved to 8
            # a.m. Saturday": a plan since changed, the nearest Thursday
        if tense == "would" and (
            _LATER_VERB.match(after) or _HAD_BEEN.search(before) or _BUT_CHANGED.match(after)
        ):
            return None  # "was scheduled for Aug. 28 but was pushed back": a plan that changed;
            # "had been planned for 18 and 19 October": a plan seen from the past
        perfect = kind in ("weekday", "month_day") and _PERFECT.search(before) is not None
        if tense != "past" or _CONDITION.search(before) or perfect:
            return True  # "will pay by Oct. 31", "will strike if no deal is reached by Sunday",
            # "has called a town hall for noon Tuesday", "has agreed to rent it through Dec. 17"
        if (
            kind == "weekday"
            and _SPAN_END.search(before)
            and not _LATER_VERB.match(after)
            and not CLOCK_TIME.search(expression)
            and not span_ended(before)
            and not _WHEN_IT_HAPPENED.match(after)  # (nor "commanded the battalion until
        ):  # Thursday, when he was relieved of his command": what ended it has happened)
            return True  # "closed its campuses through Monday": the closing runs on to Monday
            # (but "flew over the park until 2 a.m. Friday" tells a night that is over)
        if tense == "past" and span_ended(before):
            return False  # "a state of emergency stayed in place until 11 July": a span over
        later = _LATER_VERB.match(after)
        if later and _MOVED_UP_AFTER.match(after, later.end()):
            return True  # "which had been set for Tuesday, was moved up to this afternoon": a
            # day the plan was brought forward from is still to come
        return False if later and _A_PAST_VERB.search(later.group(0)) else None  # "a march
        # planned for Saturday was called off" is past; "has called a hearing for Wednesday"
        # and "Visitors who had booked trips for Wednesday are being offered seats" read the
        # nearest
    if kind in ("month", "month_day", "weekday") and tense is None and _DONE_BY_IN.search(before):
        return False  # "A new bore, approved by councillors in March, was meant to": done (and
        # "The order, approved by the council's cabinet on Thursday evening, came into force")
    if kind == "weekday" and _DONE_BESIDE.search(before):
        return False  # "The advisory, issued at 2:15 a.m. Monday, covers ...": a participle
        # beside its noun tells what was done (but "The vote, scheduled for Monday" is a plan)
    if (
        kind in ("month", "season")
        and part in ("headline", "dek")
        and _AFTER_A_TIME_GONE.search(before)
    ):
        return False  # "After a green December and a January thaw, the hill will run its
        # lifts": what a headline's "after" tells has happened
    if kind == "weekday" and part in ("headline", "dek") and _AFTER_WHAT_HAPPENED.search(before):
        return False  # "Advisory could last until Fourth of July after main breaks on Sunday
        # night": what a headline's "after" tells has happened
    if kind in _DIRECTED and part in ("headline", "dek") and _HEADLINE_FUTURE.search(before):
        return True  # "42 new citizens to take the pledge on Monday": headlinese for "will"
    if (
        (
            kind == "weekday"
            or ((kind in _DIRECTED or kind == "season") and tense not in ("past", "would"))
        )
        and (ready := _READY_FOR.search(before))
        and _ONE_CLAUSE.fullmatch(before, ready.end())
    ):
        return True  # "village club ready for centenary showpiece on Saturday": what a
        # story gets ready for lies ahead ("went back up yesterday, ready for the fair on Monday",
        # "are also preparing for the national championships in February"; not "had been
        # preparing for an early vote since the spring", "had been set to begin Nov. 3")
    if kind == "weekday" and tense == "present" and part in ("headline", "dek"):
        # "Her funeral is on Wednesday", "Danger period starts Wednesday"; but a dek's present
        # may tell the news ("as verdict is read out on Friday afternoon"), and so may a
        # weekday's noun ("Sunday's video meeting keeps cut"): the nearest
        if _POSSESSIVE.match(after):
            return True if _A_FIXTURE_AFTER.match(after) else None  # "keeps Saturday's final
            # in the capital": a fixture still to be played
        return True if part == "headline" or _SCHEDULE.search(before[-30:]) else None
    if (
        kind == "weekday"
        and tense == "past"
        and _PERFECT.search(before)
        and not _POSSESSIVE.match(after)
    ):
        return True  # "have called both parties back to the table at 10 a.m. Friday" (but
        # "has rated Sunday's tornado an EF-3" names the day of the tornado)
    if kind == "weekday" and tense == "past" and _AGREED_TO.search(before):
        return True  # "agreed to run an extra sailing on Sunday": what was agreed lies ahead
    if kind in ("month_day", "month") and tense == "past" and _AN_OFFER_TO.search(before):
        return None  # "An offer to restore it from 1 October was rejected", "promised to
        # reopen it in March": a time after the promise, whichever is nearer
    if kind in ("month", "season", "holiday") and tense == "past" and _an_infinitive(before):
        return None  # "has decided to admit them in early March": the nearest March; "hoped
        # to announce them in October, with money flowing before Christmas"
    if kind == "weekday" and _POSSESSIVE.match(after) and tense != "past":
        return None  # "would appeal Wednesday's ruling"; but "Friday's vote drew a crowd"
    if kind == "weekday" and tense == "present" and _FOLLOWS_AN_EVENT.search(before):
        return False  # "The strike follows the collapse of talks on Tuesday": what a story
        # follows has happened
    return UNSETTLED


_FOLLOWS_AN_EVENT = re.compile(  # "follows the collapse of talks on", "comes a week after a"
    r"(?i)\b(?:follows|comes\s+(?:(?:a|one|two|three|\w+\s+days?|\w+\s+weeks?)\s+)?after)\s+"
    r"(?:the|a|an|its|his|her|their)\s+[^,;:.]{0,50}$"
)


def _by_tense(
    tense: str | None, part: str, kind: str, expression: str, before: str, after: str
) -> bool | None:
    """The direction the tense gives, when no cue word settled it: a future ahead, a past back
    (but a headline's "Sailings cancelled from Saturday" is a present passive: the nearest), a
    photo caption back, a weekday after "would" or in a present-tense body ahead ("Schools
    reopen on Monday"), a plan told with "would" ahead unless it was due before; else the
    nearest (None)."""
    if tense == "future":
        return True
    if kind in _DIRECTED and _SINCE_A_CLAUSE.search(before):
        return False  # "has fallen by a third since the charges were first proposed in
        # January": what a span runs from is gone by
    headline = part in ("headline", "dek")  # headlinese: "Sailings cancelled from Saturday" is
    a_weekday = kind == "weekday" or (  # (or a holiday named by its weekday: "with a practice
        kind == "holiday" and expression.split()[-1].casefold() in WEEKDAYS  # on Bank Holiday
    )  # Monday" after "planned for Wednesday evening")
    if (
        headline
        and tense == "past"
        and a_weekday
        and not _AUXILIARY.search(before)
        and not _ONLY_A_PAST_BEFORE.search(before)  # ("Council vote came late Thursday")
        and not _A_PAST_WITH_ITS_OBJECT.search(before)  # (nor "after a landslide buried the
    ):  # ramp late Thursday": a past with an object is no passive)
        return None  # "are cancelled", whichever Saturday is nearer
    if a_weekday and tense == "past" and part != "caption" and _HAD_HOPED.search(before):
        return None  # "The authority had hoped to reopen it on Monday, but": a hope seen from
        # the past, whichever Monday is nearer
    if tense == "past" or (part == "caption" and tense != "would"):
        return False  # a photo shows what has happened: "The ferry aground on Saturday morning"
    if kind == "weekday" and tense == "would" and _HAD_BEEN.search(before):
        return None  # "Classes had been due to resume Tuesday": a plan seen from the past
    if (
        kind in ("weekday", "month", "season", "holiday")
        and tense == "would"
        and _BUT_CHANGED.match(after)
    ):
        return None  # "had planned to reopen the highway on Monday, but pushed that back", "had
        # planned to open the consultation in April, but delayed it": a plan since changed,
        # whichever day or month is nearer
    if kind == "weekday" and (tense == "would" or (tense == "present" and part == "body")):
        return True
    if kind == "holiday" and tense == "present" and part == "body":
        return True  # "Rovers host Ollerton on Boxing Day": a fixture list's present
    if kind in _PRESENT_AHEAD and tense in ("present", None) and _SCHEDULE.search(before[-30:]):
        return True  # "the earliest realistic date is Thanksgiving weekend", "teachers report
        # Aug. 23", "the new play park opens in the spring": a date right after a present verb
        # is a schedule (not "footage from ... on December 14th", "I remember Aug. 7"); the
        # tagger may take the verb for a plural
        # ("The state Senate reconvenes/NNS Jan. 12")
    if (
        kind in ("month", "season", "holiday")
        and tense == "would"
        and _HAD_BEEN.search(before)
        and _LATER_VERB.match(after)
    ):  # "a replacement that was due to start in September has been put back": a plan that
        return None  # changed, whichever September is nearer
    planned = _WAS_PLANNED.search(before) is not None or (
        kind == "holiday" and _HAD_BEEN.search(before) is not None
    )  # ("had expected to sell buns between Shrove Tuesday and Easter Monday"; but not "had
    # planned to close the line in the autumn": a season's or a month's plan looks ahead)
    if kind in ("month", "season", "holiday") and tense == "would" and planned:
        return None  # "The factory was due to open in August", written in September: a plan
        # seen from the past, whichever August is nearer
    if kind in ("month", "season", "holiday") and tense == "would":
        return True  # "said it would give guidance in March", written in August; "said it
        # would shut its stores before Christmas", written in March
    return None


# "had restored service to 70,000 customers by late Saturday", "had grown to 2,300 hectares by
# Friday afternoon": done by then (not across a second clause: "had gone to plan and crews
# were on track to hand the line back by 11pm on Monday")
_HAD_DONE_BY = re.compile(
    r"(?i)\bhad\s+(?:\w+\s+){0,2}?(?!(?:been\s+)?(?:asked|told|ordered|urged|requested|given|set|"
    r"promised|assured|guaranteed|offered)\b)"  # "had been promised an answer by Friday": ahead
    rf"(?:\w+(?:ed|en)|{either(vocab.word_list('verbs_irregular_participles'))})\b"
    r"(?:(?!\b(?:and|was|were|is|are|will|must|should|can|could|would|may|might|shall)\b)"
    r"[^,;:.]|(?<=\d)[,.](?=\d))*"  # (not "Vendors who had booked booths must confirm by")
    r"\b(?:by|through|thru)\s+(?:late\s+|early\s+)?$"
)
_BACK_BY = re.compile(  # a return told in the past, complete by the day (lower case: not
    # "the Returned Services Club will decide by")
    r"\b(?:came\s+back|returned|was\s+restored|were\s+restored|reopened|resumed|recovered)\b"
    r"[^,;:.]*\bby\s+(?:late\s+|early\s+)?$"
)
_ONLY_A_PAST_BEFORE = re.compile(  # right before the date: "came late", "fell on"
    rf"(?i)\b(?:{either(vocab.word_list('verbs_irregular_past'))})\s+(?:[a-z]+\s+)?$"
)
_A_PAST_WITH_ITS_OBJECT = re.compile(
    r"(?i)\b(?:a|an|the)\s+[a-z]+\s+[a-z]+ed\s+(?:the|a|an|its|their|his|her)\s+[^,;:]{0,40}$"
)
_HAD_STOPPED_THROUGH = re.compile(
    r"(?i)\bhad\s+(?:\w+\s+)?(?:suspended|closed|cancell?ed|halted|shut|grounded|extended|"
    r"banned|barred|postponed)\b[^,;:.]*\b(?:through|thru|until|till)\s+$"
)
# "she had visited every day until Monday": something done up to a day, and done no more
_HAD_DONE_UNTIL = re.compile(
    r"(?i)\bhad\s+(?:\w+ly\s+)?(?!(?:suspended|closed|cancell?ed|halted|shut|grounded|extended|"
    r"banned|barred|postponed|been|given|set|told|agreed|promised|until)\b)[a-z]+(?:ed|en|t)\b"
    r"(?:(?!\b(?:and|that|which|but|would|will|to)\b)[^,;:.])*\b(?:until|till)\s+$"
)
_DONE_BY_IN = re.compile(  # ", approved by councillors in", ", signed by the mayor on"
    r"(?i),\s+(?!(?:scheduled|planned|set|expected|slated|due|postponed|delayed|moved|pushed|"
    r"rescheduled|booked|timed|fixed)\b)[a-z]+ed\s+by\s+(?:[\w'\u2019-]+\s+){1,4}(?:(?:in|on)\s+)?$"
)
_DONE_BESIDE = re.compile(
    r"(?i),\s+(?:(?:first|last|originally|initially|[a-z]+ly)\s+)?"  # ", first spotted at"
    r"(?!(?:scheduled|planned|set|expected|slated|due|postponed|delayed|moved|pushed|"
    r"rescheduled|called|booked|timed|billed|penciled|pencilled|fixed)\b)[a-z]+ed\s+"
    r"(?:(?:at|on|about|around|shortly|just|before|after|early|late)\s+){0,3}"
    r"(?:\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\.?\s+)?$"
)
_AFTER_WHAT_HAPPENED = re.compile(r"(?i)\bafter\s+(?:[\w'\u2019-]+\s+){1,4}$")
_AFTER_A_TIME_GONE = re.compile(r"(?i)\bafter\s+(?:an?\s+|the\s+)(?:[\w'\u2019-]+\s+){0,5}$")
_LASTED_UNTIL = re.compile(
    r"(?i)\b(?:stayed|remained|lasted|continued|persisted|ran|went\s+on|was\s+kept|were\s+kept)\b"
    r"[^,.;]{0,40}\b(?:until|till|through)\s+$"
    r"|\bright\s+up\s+(?:until|till|to)\s+$"  # "We were hoping right up until Wednesday night"
)


def ends_a_span(before: str) -> bool:
    """Does the date close a span ("keep service running through Dec. 31", "until Friday")?"""
    return _SPAN_END.search(before) is not None


def span_ended(before: str) -> bool:
    """Does a past verb say a span ran up to the date and stopped ("stayed in place until 11
    July", "lasted until Friday")? Then the date has gone by, however near ahead it is."""
    return _LASTED_UNTIL.search(before) is not None


def backdated(before: str) -> bool:
    """Does the date start what is paid or owed back to it ("retroactive to Jan. 1",
    "backdated to 19 July")? Then it has come, however near ahead it is."""
    return _BACKDATED.search(before) is not None


def counts_ahead(tense: str | None) -> bool:
    """Is "in three weeks" a date counted ahead from now? Only in a sentence that looks ahead
    ("the review is due in three weeks", "would reopen in about 10 days"); "sold out in four
    days" says how long something took. (A count or a rank before it, "the first recount in
    14 years", is no date at all: see lessons.timeline.not_dates.)

    >>> counts_ahead("present"), counts_ahead("would"), counts_ahead("past")
    (True, True, False)
    """
    return tense in ("present", "future", "would")


def opens_span(before: str, directly: bool = False) -> bool:
    """Does a date start a span that runs up to now ("since it was dedicated in 1987")?
    ``directly``: right after "since" ("have doubled since Christmas"; not "its first since
    2015 on April 16", whose span opens in 2015)."""
    found = _SINCE.search(before)
    return found is not None and (not directly or _SINCE_THEN.fullmatch(found.group(0)) is not None)


_SINCE_THEN = re.compile(r"(?i)since\s+(?:the\s+)?")


def possessive(after: str) -> bool:
    """Does the text after an expression make it a possessive ("Friday's game")?"""
    return _POSSESSIVE.match(after) is not None
