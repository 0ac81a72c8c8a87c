"""The cue words of a deadline or a span: "until", "by", "through", "since".

A deadline lies ahead whatever the tense of the verb that set it ("postponed until Tuesday",
"must respond by Oct. 31"), unless what ran up to it is over ("stayed in place until 11 July",
"had restored power by late Saturday"); a span that opens at a date has begun ("since the May
2 fire", "backdated to 19 July"); a period that ends at one runs on ("the year ending March 31").
"""

from __future__ import annotations

import re

from lessons import vocab
from lessons.timeline.words import IRREGULAR_VERBS, either

# "postponed until Tuesday", "extended to Nov. 16", "payable Dec. 1": a deadline lies ahead,
# whatever the tense of the verb that set it (vocab/timeline_deadline_words.txt)
DEADLINE = re.compile(
    r"(?i)\b(?:"
    + "|".join(
        re.escape(entry).replace(r"\ ", r"\s+(?:[^\s,;:]+\s+){0,12}?")
        for entry in sorted(vocab.word_list("timeline_deadline_words"), key=len, reverse=True)
    )
    + r")\s+(?:at\s+least\s+|at\s+the\s+earliest\s+)?(?:on\s+)?$"  # "until at least Wednesday"
)


def cue_words(name: str) -> str:
    """A word list as a regex alternation; a space matches any run of spaces."""
    entries = sorted(vocab.word_list(name), key=len, reverse=True)
    return "|".join(re.escape(entry).replace(r"\ ", r"\s+") for entry in entries)


# "respond by Oct. 31", "loans through January", "effective Feb. 1": a target or a deadline,
# ahead unless the verb is in the past tense (vocab/timeline_lookahead_cues.txt)
TARGET = re.compile(  # ("until at least Tuesday")
    rf"(?i)\b(?:{cue_words('timeline_lookahead_cues')})\s+(?:at\s+least\s+)?(?:on\s+)?$"
)
# "Forty trucks got through late on Saturday": the verb's own "through", no deadline
THROUGH_AS_A_PARTICLE = re.compile(
    r"(?i)\b(?:got|gets?|getting|came|comes?|coming|broke|breaks?|breaking|pulled|pulls?|"
    r"made\s+it|makes?\s+it)\s+through\s+(?:on\s+)?$"
)
# "union sets Sunday strike deadline", "ahead of Friday's deadline": the day a deadline falls
DEADLINE_AFTER = re.compile(r"(?i)^(?:['\u2019]s)?\s+(?:[a-z]+\s+)?deadline\b")
SETS_BEFORE = re.compile(  # a date or deadline someone sets is still to come (not "had first
    r"(?i)(?<!\bhad\s)(?<!\bhad\sfirst\s)(?<!\bhad\salready\s)"  # set a Jan 31 cut-off")
    r"\b(?:sets?|setting|scheduled?|schedules|fixe[sd]|fix|imposed|imposes|extended|extends|gave|"
    r"gives)\s+(?:an?\s+|the\s+|its\s+)?$"
)
# "gave the operator until noon Monday": a deadline given
GIVEN_UNTIL = re.compile(r"(?i)\b(?:gave|given|gives|give|has|have)\b[^.;]{0,80}\buntil\s+$")
ANSWERED_AFTER = re.compile(  # "..., and they came back with the same numbers"
    r"(?i)^[^.;]{0,80}?,?\s+(?:and|but)\s+(?:they|it|he|she|the\s+\w+)\s+"
    r"(?:came\s+back|answered|replied|responded|didn't|didn\u2019t|did\s+not|failed|refused|"
    r"ignored|rejected|missed)\b"
)
MISSED_DUE = re.compile(
    r"(?i)\b(?:missed|skipped|defaulted\s+on|failed\s+to\s+(?:make|pay))\s+(?:[^.;,]{0,50}?\s)?"
    r"(?:due|payable)\s+(?:on\s+)?$"
)
# "It was due on 15 December", "had been due in December": a plan told in the past
WAS_DUE = re.compile(
    r"(?i)\b(?:was|were|had\s+been)\s+(?:(?:originally|initially|first|once)\s+)?due\s+"
    r"(?:on\s+|in\s+)?$"
)
HAD_BEEN_DUE = re.compile(r"(?i)\bhad\s+been\s+due$")
DUE_TO = re.compile(r"(?i)\bdue\s+(?:back|to\s+(?!be\b)[a-z]+)\b[^.;:,]{0,40}$")
SHOULD_HAVE_BY = re.compile(
    r"(?i)\b(?:should|will|shall|ought\s+to|expects?\s+to|hopes?\s+to|aims?\s+to)\s+have\s+"
    r"(?:it\s+|them\s+|(?:\w+ly\s+))?[a-z]+(?:ed|en|wn)\b"
    r"[^.;:]{0,40}?\b(?:by|before)\s+$"
)
ON_COURSE = re.compile(r"(?i)\bon\s+(?:course|track|schedule|target)\s+(?:for|to)\b[^;:]*$")
WANTED_BY = re.compile(
    r"(?i)(?<!\bnobody\s)(?<!\bno\sone\s)(?<!\bnot\s)(?<!n't\s)\b(?:wants?|wanted|wanting)\s+"
    r"(?!to\b)(?:[\w'-]+\s+){1,6}(?:by|before)\s+$"  # (not "wanted to close before Christmas")
)
COUNTED_BY = re.compile(  # "with about 30,000 sold by Friday night": a tally reached, not due
    r"(?i)\bwith\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?"
    r"[\d,.]+(?:\s+[a-z]+)?\s+(?:already\s+)?(?:sold|booked|counted|collected|raised|registered|"
    r"vaccinated|evacuated|rescued)\s+by\s+$"
)
NOW_AND = re.compile(r"(?i)\bbetween\s+now\s+and\s+$")
BEFORE_IT = re.compile(r"(?i)\bbefore\s+$")
# "had warned that", "had said it would": a past before the story's past
_BY_THEN = re.compile(r"(?i)\b(?:by|until|till)\s+(?:on\s+)?$")
_HAD_WARNED = re.compile(
    r"(?i)\bhad\s+(?:\w+ly\s+)?(?:warned|said|told|threatened|announced|insisted|demanded|"
    r"promised|vowed|agreed|indicated|signall?ed|stated|declared|ruled|decided)\b"
)
_AS_THE_DEADLINE = re.compile(r"(?i)\s+as\s+(?:the|a|its|their)\s+deadline\b")


def sets_a_target(before: str) -> bool:
    """Do the words before a date end in a target or a deadline ("must file a petition by ",
    "loans through ", "effective ")?"""
    return TARGET.search(before) is not None


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
            DEADLINE.search(before[-80:])
            or _BY_THEN.search(before)
            or _AS_THE_DEADLINE.match(after)  # "had ruled ... and set Friday as the deadline"
        )
        is not None
        and _HAD_WARNED.search(before) is not None
    )


# A span that ends at a date runs on to it, unless what ran up to it is over
# "closed its campuses through Monday", "booked right through to Sunday" (not a fronted
# "Until Thursday, they had not ...")
SPAN_END = re.compile(r"(?i)\w\W*\s(?:through|thru|until|till)(?:\s+to)?\s+$")
UNTIL = re.compile(r"(?i)\b(?:until|till|to)\s+$")
WAITING_UNTIL = re.compile(r"(?i)\b(?:until|till)\s+(?:the\s+)?$")
# "did not arrive until", "was not issued until", "It wasn't until": the time a thing at last
# happened (not "will not reopen until")
NOT_UNTIL = re.compile(
    r"(?i)(?:\b(?:did|was|were|had|could)(?:\s+not|n['\u2019]t)|\b(?:nothing|nobody|never))\b"
    r"(?!\s+(?:expect|anticipate|plan|intend|want|hope)\w*\b)"  # (not "did not expect a
    # decision until Friday", a time still ahead)
    r"(?:(?!\b(?:and|but|will|would|is|are)\b)[^,;:.])*?\b(?:until|till)\s+(?:late\s+|early\s+)?$"
)
# "had restored service to 70,000 customers by late Saturday", "had grown to 2,300 hectares by
# Friday afternoon": done by then (not across a second clause: "had gone to plan and crews
# were on track to hand the line back by 11pm on Monday")
HAD_DONE_BY = re.compile(
    r"(?i)\bhad\s+(?:\w+\s+){0,2}?(?!(?:been\s+)?(?:asked|told|ordered|urged|requested|given|set|"
    r"promised|assured|guaranteed|offered)\b)"  # "had been promised an answer by Friday": ahead
    rf"(?:\w+(?:ed|en)|{either(vocab.word_list('verbs_irregular_participles'))})\b"
    r"(?:(?!\b(?:and|was|were|is|are|will|must|should|can|could|would|may|might|shall)\b)"
    r"[^,;:.]|(?<=\d)[,.](?=\d))*"  # (not "Vendors who had booked booths must confirm by")
    r"\b(?:by|through|thru)\s+(?:late\s+|early\s+)?$"
)
BACK_BY = re.compile(  # a return told in the past, complete by the day (lower case: not
    # "the Returned Services Club will decide by")
    r"\b(?:came\s+back|returned|was\s+restored|were\s+restored|reopened|resumed|recovered)\b"
    r"[^,;:.]*\bby\s+(?:late\s+|early\s+)?$"
)
HAD_STOPPED_THROUGH = re.compile(
    r"(?i)\bhad\s+(?:\w+\s+)?(?:suspended|closed|cancell?ed|halted|shut|grounded|extended|"
    r"banned|barred|postponed)\b[^,;:.]*\b(?:through|thru|until|till)\s+$"
)
# "she had visited every day until Monday", "a ceasefire had largely held until Saturday":
# something done up to a day, and done no more
_PARTICIPLES = either(sorted({participle for _, _, participle in IRREGULAR_VERBS}))
HAD_DONE_UNTIL = re.compile(
    r"(?i)\bhad\s+(?:\w+ly\s+)?(?!(?:suspended|closed|cancell?ed|halted|shut|grounded|extended|"
    r"banned|barred|postponed|been|given|set|told|agreed|promised|until)\b)"
    rf"(?:[a-z]+(?:ed|en|t)|{_PARTICIPLES})\b"
    r"(?:(?!\b(?:and|that|which|but|would|will|to)\b)[^,;:.])*\b(?:until|till)\s+$"
)
_LASTED_UNTIL = re.compile(
    r"(?i)\b(?:stayed|remained|lasted|continued|persisted|ran|went\s+on|was\s+kept|were\s+kept)\b"
    r"[^,.;]{0,40}\b(?:until|till|through)\s+$"
    r"|\bright\s+up\s+(?:until|till|to)\s+$"  # "We were hoping right up until Wednesday night"
)


def ends_a_span(before: str) -> bool:
    """Does the date close a span ("keep service running through Dec. 31", "until Friday")?"""
    return SPAN_END.search(before) is not None


def span_ended(before: str) -> bool:
    """Does a past verb say a span ran up to the date and stopped ("stayed in place until 11
    July", "lasted until Friday")? Then the date has gone by, however near ahead it is."""
    return _LASTED_UNTIL.search(before) is not None


def done_on(before: str) -> bool:
    """Does a past verb in a relative clause right before the date say it was done then ("the
    fiscal year, which ended Feb. 3", told in December)? Then the date has gone by too."""
    return _DONE_ON.search(before) is not None


# a past in a relative clause that tells what was done right before the date, or with a name
# between ("the fiscal year, which ended Feb. 3", "the storm that struck Port Lusk on"): not a
# verb that sets a day to come ("which promised a refund on Jan. 9"); an irregular past outside
# such a clause ("the strike began on Jan. 9") was tried, and lost a row of the stored sets
_SETS_A_DAY = either(vocab.word_list("timeline_setting_verbs"))
_IRREGULAR_PAST = either(past for _, past, _ in IRREGULAR_VERBS)
_DONE_ON = re.compile(
    rf"\b(?:which|that|who)\s+(?:had\s+)?(?!(?i:{_SETS_A_DAY})\b)(?:[a-z]+ed|{_IRREGULAR_PAST})"
    r"\s+(?:[A-Z][\w'-]*\s+){0,3}(?:on\s+)?$"
)


# A span that opens at a date has begun
FROM = re.compile(r"(?i)\bfrom\s+(?:on\s+)?$")
# "since the Oct. 23 slaying", "since Tuesday": what came before
A_CAUSE_AFTER = re.compile(r"(?i)\s+(?:falls|fall|is|lands|comes)\s+on\b")
SINCE = re.compile(  # "since 1987", "the main dates from 1958", "dating back to 1890"
    r"(?i)\b(?<!have\s)(?<!has\s)(?<!had\s)(?:since|dat(?:es|ing)\s+(?:back\s+)?(?:from|to))\s+"
    r"(?:[^\s,;:]+\s+){0,3}$"  # (not "Both sides have since agreed to meet on Tuesday", nor
    # "closed since Friday, will reopen Tuesday")
)
_SINCE_THEN = re.compile(r"(?i)since\s+(?:the\s+)?")
# "backdated to 19 July"; and one document's date, which it bears from when it was written
# ("The report, dated April 6, recommended", "an e-mail dated April 9"; not a kind of papers
# still to come: "tickets dated 22 to 26 August", "bills dated July 1 or later")
BACKDATED = re.compile(
    r"(?i)(?:\b(?:backdated|back-dated|retroactive(?:ly)?)\s+(?:to\s+)?"
    r"|\b(?:a|an|the|its|his|her|their)\s+(?:[\w'-]+\s+){0,3}?[\w'-]*[^\Ws],?\s+dated\s+)$"
)


def opens_span(before: str, directly: bool = False) -> bool:
    """Does a date start a span that runs up to now ("since it was dedicated in 1987")?
    ``directly``: right after "since" ("have doubled since Christmas"; not "its first since
    2015 on April 16", whose span opens in 2015)."""
    found = SINCE.search(before)
    return found is not None and (not directly or _SINCE_THEN.fullmatch(found.group(0)) is not None)


def backdated(before: str) -> bool:
    """Does the date start what is paid or owed back to it ("retroactive to Jan. 1",
    "backdated to 19 July")? Then it has come, however near ahead it is."""
    return BACKDATED.search(before) is not None


# A period a company or a forecast reports on: "the year ending March 31", "sales for December"
PERIOD_ENDING = re.compile(
    r"(?i)\b(?:year|quarter|half|period|season|term)\s+(?:ending|that\s+ends|which\s+ends)\s+"
    r"(?:on\s+)?$"
    r"|\b(?:three|six|nine|twelve|3|6|9|12|52|13|26|39)\s+(?:months|weeks)\s+(?:to|ended|ending)\s+$"
)  # (and "results for the six months to June 30")
YEAR_ENDING = re.compile(
    r"(?i)\b(?:fiscal|financial|tax|budget|accounting)\s+year\s+(?:ending|that\s+ends)\s+(?:on\s+)?$"
)
# "lowered its profit forecast for the year to June": the period a forecast is for lies ahead
FORECAST_FOR_PERIOD = re.compile(
    r"(?i)\b(?:forecasts?|outlook|guidance|targets?|expects?|expected|expectations?)\s+"
    r"(?:[\w-]+\s+){0,3}?for\s+the\s+(?:financial\s+|fiscal\s+)?(?:year|quarter|half)\s+to\s+$"
)
A_QUARTER_AFTER = re.compile(r"(?:\s*[-\u2013]\s*[A-Z][a-z]+)?\s+quarter\b")  # "-June quarter"
# figures a report gives for a month: "a report on new-home sales for December", "jobs data
# for March" (the month counted, not the day of the report)
FIGURES_FOR = re.compile(
    r"(?i)\b(?:sales|figures|data|numbers|statistics|jobs|payrolls|inflation|output|orders|"
    r"prices)\s+"  # ("reports consumer prices for September")
    r"(?:\w+\s+)?for\s+$"
)
