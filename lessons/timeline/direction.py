"""Which way to read a date the text leaves open, ahead or back.

"On Tuesday" in a story published on a Thursday is two days ago or five days ahead; "March 5"
without a year is this March or next. The tense of the clause decides most of them ("the
council voted on Tuesday", "the council will vote on Tuesday"), and cue words the rest: a
deadline lies ahead whatever the tense of the verb that set it ("postponed until Tuesday"),
a start lies back ("since the May 2 fire"), a plan told in the past may still be to come
("a march planned for Saturday"). :func:`looks_ahead` reads the cue words first
(:mod:`~lessons.timeline.cues`), then the tense (:func:`_by_tense`, here); each rule comes with
the news sentence it was written for, and the cue words come from word lists in
:mod:`lessons.vocab`.

>>> looks_ahead("past", "body", "weekday", "The hearing was postponed until ")
True
>>> looks_ahead("past", "body", "weekday", "The council voted ")
False
>>> looks_ahead("future", "body", "weekday", "The council will vote ")
True
"""

from __future__ import annotations

import re

from lessons import vocab
from lessons.timeline.cues import DIRECTED, UNSETTLED, by_cue_words
from lessons.timeline.plans import BUT_CHANGED, HAD_BEEN, LATER_VERB, SCHEDULE, WAS_PLANNED
from lessons.timeline.words import WEEKDAYS, either

_HAD_HOPED = re.compile(  # "had hoped to reopen it on Monday", "had intended to announce the
    # recall on Monday", "had first looked at Sunday": a hope or an option seen from the past
    r"(?i)\bhad\s+(?:\w+ly\s+|first\s+|also\s+)?(?:hoped|intended|aimed|wanted|meant|"
    r"looked\s+at|been\s+due)\b(?:(?!\b(?:but|then)\b)[^.;:!?])*$"
)
_SINCE_A_CLAUSE = re.compile(  # "since the charges were first proposed in"
    r"(?i)\bsince\s+(?:the|a|an|its|their|his|her|our|we|they|it|he|she)\s+[^,;:.]*?"
    r"\b(?:was|were|had|first|[a-z]+ed)\b[^,;:.]*?\s+(?:(?:in|on)\s+)?$"
)
_PRESENT_AHEAD = frozenset(["holiday", "month_day", "nth_weekday", "season"])
_AUXILIARY = re.compile(r"(?i)\b(?:was|were|had|has|have|did)\b")
_ONLY_A_PAST_BEFORE = re.compile(  # right before the date: "came late", "fell on"
    rf"(?i)\b(?:{either(vocab.word_list('verbs_irregular_past'))})\s+(?:[a-z]+\s+)?$"
)
_A_PAST_WITH_ITS_OBJECT = re.compile(
    r"(?i)\b(?:a|an|the)\s+[a-z]+\s+[a-z]+ed\s+(?:the|a|an|its|their|his|her)\s+[^,;:]{0,40}$"
)


def looks_ahead(
    tense: str | None, part: str, kind: str, before: str = "", after: str = "", expression: str = ""
) -> bool | None:
    """Which way to read a date the text leaves open: ahead (True), back (False), or the
    nearest (None). ``before`` and ``after`` are the sentence's words around the expression
    (``expression`` itself).

    First the cue words around it (:func:`by_cue_words`): a deadline is read ahead ("postponed
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
    settled = by_cue_words(tense, part, kind, before, after, expression)
    return (
        _by_tense(tense, part, kind, expression, before, after) if settled is UNSETTLED else settled
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
    if kind in DIRECTED and _SINCE_A_CLAUSE.search(before):
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
    if kind == "weekday" and tense == "would" and HAD_BEEN.search(before):
        return None  # "Classes had been due to resume Tuesday": a plan seen from the past
    if (
        kind in ("weekday", "month", "season", "holiday")
        and tense == "would"
        and BUT_CHANGED.match(after)
    ):
        return None  # "had planned to reopen the highway on Monday, but pushed that back", "had
        # planned to open the consultation in April, but delayed it": a plan since changed,
        # whichever day or month is nearer
    if kind == "weekday" and (tense == "would" or (tense == "present" and part == "body")):
        return True
    if kind == "holiday" and tense == "present" and part == "body":
        return True  # "Rovers host Ollerton on Boxing Day": a fixture list's present
    if kind in _PRESENT_AHEAD and tense in ("present", None) and SCHEDULE.search(before[-30:]):
        return True  # "the earliest realistic date is Thanksgiving weekend", "teachers report
        # Aug. 23", "the new play park opens in the spring": a date right after a present verb
        # is a schedule (not "footage from ... on December 14th", "I remember Aug. 7"); the
        # tagger may take the verb for a plural
        # ("The state Senate reconvenes/NNS Jan. 12")
    if (
        kind in ("month", "season", "holiday")
        and tense == "would"
        and HAD_BEEN.search(before)
        and LATER_VERB.match(after)
    ):  # "a replacement that was due to start in September has been put back": a plan that
        return None  # changed, whichever September is nearer
    planned = WAS_PLANNED.search(before) is not None or (
        kind == "holiday" and HAD_BEEN.search(before) is not None
    )  # ("had expected to sell buns between Shrove Tuesday and Easter Monday"; but not "had
    # planned to close the line in the autumn": a season's or a month's plan looks ahead)
    if kind in ("month", "season", "holiday") and tense == "would" and planned:
        return None  # "The factory was due to open in August", written in September: a plan
        # seen from the past, whichever August is nearer
    if kind in ("month", "season", "holiday") and tense == "would":
        return True  # "said it would give guidance in March", written in August; "said it
        # would shut its stores before Christmas", written in March
    return None


def counts_ahead(tense: str | None) -> bool:
    """Is "in three weeks" a date counted ahead from now? Only in a sentence that looks ahead
    ("the review is due in three weeks", "would reopen in about 10 days"); "sold out in four
    days" says how long something took. (A count or a rank before it, "the first recount in
    14 years", is no date at all: see lessons.timeline.not_dates.)

    >>> counts_ahead("present"), counts_ahead("would"), counts_ahead("past")
    (True, True, False)
    """
    return tense in ("present", "future", "would")
