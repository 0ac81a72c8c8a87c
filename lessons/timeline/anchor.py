"""Step 6: anchor each expression to the events around it.

Some expressions count from the event just described rather than from the publication date:
"The mayor resigned on Monday. A day earlier, ..." is Sunday. A date written without a year
("March 5") takes a year written earlier in the same sentence ("In 2019, the council voted on
March 5"). And a date the text leaves open ("on Tuesday") is read ahead or back depending on the
tense around it.

>>> where = Place("body", 3, 7)
>>> anchor_of([Dated(When(2024, 11, 19), where, written_year=False)], Place("body", 3, 8))
When(year=2024, month=11, day=19)
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from lessons import vocab
from lessons.document import StorySentence
from lessons.timeline.expressions import Mention
from lessons.timeline.resolve import When
from lessons.timeline.words import WEEKDAYS


@dataclass(frozen=True)
class Place:
    """Where a sentence is: its part, its paragraph, and its number within the part."""

    part: str
    paragraph: int | None
    number: int


def places(sentences: Sequence[StorySentence]) -> dict[int, Place]:
    """The place of each story sentence, by its document number; sentences are counted within
    their part (the third sentence of the body is number 2, whatever the headline holds)."""
    counts: dict[str, int] = {}
    found: dict[int, Place] = {}
    for sentence in sentences:
        number = counts.get(sentence.part, 0)
        counts[sentence.part] = number + 1
        found[sentence.number] = Place(sentence.part, sentence.paragraph, number)
    return found


@dataclass(frozen=True)
class Dated:
    """An event already on the timeline: its date, its sentence, whether a year was written."""

    when: When
    place: Place
    written_year: bool
    end: int = -1  # where its expression ends in the raw text
    stems: frozenset[str] = frozenset()  # the first letters of the words that say what happened
    speech: bool = False  # the day of a speech or a writing, outside quotation marks


# "postponed until Tuesday", "extended to Nov. 16", "payable Dec. 1": a deadline lies ahead,
# whatever the tense of the verb that set it (vocab/timeline_deadline_words.txt)
_DEADLINE = re.compile(
    r"(?i)\b(?:"
    + "|".join(
        re.escape(entry).replace(r"\ ", r"\s+(?:[^\s,;:]+\s+){0,8}?")
        for entry in sorted(vocab.word_list("timeline_deadline_words"), key=len, reverse=True)
    )
    + r")\s+(?:on\s+)?$"
)


def _cue_words(name: str) -> str:
    """A word list as a regex alternation; a space matches any run of spaces."""
    entries = sorted(vocab.word_list(name), key=len, reverse=True)
    return "|".join(re.escape(entry).replace(r"\ ", r"\s+") for entry in entries)


# "respond by Oct. 31", "loans through January", "effective Feb. 1": a target or a deadline,
# ahead unless the verb is in the past tense (vocab/timeline_lookahead_cues.txt)
_TARGET = re.compile(rf"(?i)\b(?:{_cue_words('timeline_lookahead_cues')})\s+(?:on\s+)?$")
# "Protesters planned a march on Saturday": what was planned lies ahead of the planning
_PLANNED = re.compile(
    rf"(?i)\b(?:{_cue_words('timeline_plan_verbs')})\b(?:\s+[^\s,;:]+){{0,8}}\s+$"
)
_LATER_VERB = re.compile(r"(?i)(?:(?!\band\b)[^,;:])*?\b(?:was|were|had|has|have|is|are)\b")
_DIRECTED = ("weekday", "month_day", "month", "holiday", "day_of_month")  # left open by the text
# "since the Oct. 23 slaying", "since Tuesday": what came before
_SINCE = re.compile(r"(?i)\bsince\s+(?:\S+\s+){0,3}$")
# an infinitive a few words before a month: what was decided, planned or hoped for
_INFINITIVE = re.compile(  # a list may come between ("to admit Poland, Hungary and ..."),
    r"(?i)\bto\s+(?!(?:a|an|the|its|his|her|their|our|this|that|these|those)\b)[a-z]+"
    r"(?:\s+(?!\S*,\s+(?:and|but|which|who|when|while)\b)[^\s;:]+){0,10}\s+$"
)  # not a new clause (", and in December ...")
_POSSESSIVE = re.compile(r"^\s?['\u2019]\s?s\b")


def looks_ahead(
    tense: str | None, part: str, kind: str, before: str = "", after: str = ""
) -> bool | None:
    """Which way to read a date the text leaves open: ahead (True), back (False), or the
    nearest (None). ``before`` and ``after`` are the sentence's words around the expression.

    A deadline is read ahead ("postponed until Tuesday"), a start back ("since the May 2
    fire"); a weekday that names a noun's day
    ("Wednesday's ruling") is read nearest, since the verb belongs to another event. A weekday
    is read ahead after "would" too ("said it would vote Monday"), and after a present tense in
    the body ("Schools reopen on Monday").

    >>> looks_ahead("past", "body", "weekday", "The hearing was postponed until ")
    True
    >>> looks_ahead("would", "body", "weekday", "they would appeal ", "'s ruling")
    """
    if kind in _DIRECTED and _DEADLINE.search(before):
        return True
    if _SINCE.search(before):
        return False
    if (kind in _DIRECTED or kind == "unit") and _TARGET.search(before):  # "had bought shares
        # through Sept. 29", "a goal of $500 million by the end of the year": not read back
        if tense != "past":
            return True  # "will pay by Oct. 31"
        return False if _LATER_VERB.match(after) else None  # "a march planned for Saturday
        # was called off" is past; "has called a hearing for Wednesday" reads the nearest
    if (
        kind in _DIRECTED
        and tense == "past"
        and _PLANNED.search(before)
        and not _LATER_VERB.match(after)  # not "a service planned for Saturday was canceled"
    ):
        return True if kind == "weekday" else None
    if kind == "month" and tense == "past" and _INFINITIVE.search(before):
        return None  # "has decided to admit them in early March": the nearest March
    if kind == "weekday" and _POSSESSIVE.match(after) and tense != "past":
        return None  # "would appeal Wednesday's ruling"; but "Friday's vote drew a crowd"
    if tense == "future":
        return True
    if tense == "past" or (part == "caption" and tense != "would"):
        return False  # a photo shows what has happened: "The ferry aground on Saturday morning"
    if kind == "weekday" and (tense == "would" or (tense == "present" and part == "body")):
        return True
    return None


# "from $8.2 million a year earlier", "compared with 40% a year ago": a figure compared with the
# same period before. That baseline is a period of comparison, not an event: it gets no row (and
# no later date counts from it). "Last year" stays a date ("a loss of $3 million last year").
_COMPARED = re.compile(
    r"(?i)(?:\b(?:compared\s+with|compared\s+to|from|than|versus|vs\.|against)|\d%?|"
    r"\b(?:percent|million|billion|cents?|pence|a\s+share))\s*,?\s*$"
)


_FIGURE = re.compile(r"(?i)\d|\b(?:percent|million|billion|cents?|pence)\b")
_COMPARING = re.compile(r"(?i)\b(?:compared\s+(?:with|to)|than|versus|vs\.|against)\s*,?\s*$")


def is_comparison(kind: str, before: str) -> bool:
    """Is a counted expression ("a year earlier", "a year ago") the baseline of a comparison?
    "A year ago" needs a figure or "than"/"compared with" before it: "a photo from a year ago"
    compares nothing, "rates were lower than a year ago" does.

    >>> is_comparison("after_event", "up 15% from 4 pence ")
    True
    >>> is_comparison("ago", "net income of $132,000, or three cents a share, ")
    True
    >>> is_comparison("ago", "tax rates were lower than ")
    True
    >>> is_comparison("ago", "tactics from "), is_comparison("unit", "from $4 million ")
    (False, False)
    """
    if kind == "ago":
        window = before[-40:]
        figure = _COMPARED.search(window) is not None and _FIGURE.search(window) is not None
        return figure or _COMPARING.search(window) is not None
    return kind == "after_event" and _COMPARED.search(before[-40:]) is not None


def year_in_sentence(
    dated: Sequence[Dated],
    place: Place,
    published: dt.date | None,
    ahead: bool | None,
    verbs_between: int = 0,
) -> int | None:
    """A year written earlier in the same sentence: "In 2019, the council voted on March 5"
    (not for what lies ahead, never a year after publication, and not across another clause
    with its own verb: "a plan approved in 1987 that set no limit, it bought shares through
    Sept. 29" has two verbs between, so Sept. 29 is read on its own)."""
    if not dated or ahead or verbs_between > 1:
        return None
    last = dated[-1]
    if last.place != place or not last.written_year:
        return None
    if published is not None and last.when.year > published.year:
        return None
    return last.when.year


_HABITUAL = re.compile(
    r"(?i)\b(?:usually|typically|normally|generally|traditionally|customarily|routinely|"
    r"tend\s+to|tends\s+to)\b"
)
_OPEN_KINDS = frozenset(["weekday", "month", "holiday", "season", "month_day"])


def is_habit(kind: str, tense: str | None, sentence: str) -> bool:
    """A date the text names as a habit, not a day: "Sales typically peak between Thanksgiving
    and mid-January" (a present tense with "typically", "usually" ...).

    >>> is_habit("holiday", "present", "Sales typically peak between Thanksgiving and May.")
    True
    >>> is_habit("holiday", "past", "Sales typically peaked at Thanksgiving last year.")
    False
    """
    return kind in _OPEN_KINDS and tense == "present" and _HABITUAL.search(sentence) is not None


def possessive(after: str) -> bool:
    """Does the text after an expression make it a possessive ("Friday's game")?"""
    return _POSSESSIVE.match(after) is not None


def same_weekday(dated: Sequence[Dated], mention: Mention, now: dt.date | None) -> When | None:
    """The day a weekday in the possessive names: the same weekday the story named last, if
    it lies within a week of the story's day ("hosts Carrow at 7:30 p.m. Friday ... Tickets
    for Friday's game go on sale Monday": the same Friday).

    >>> from lessons.article import Span
    >>> from lessons.timeline.expressions import find_time_expressions
    >>> friday = When(2025, 5, 2)
    >>> [m] = find_time_expressions(Span("Friday's game", 0, 13))
    >>> str(same_weekday([Dated(friday, Place("body", 1, 2), False)], m, dt.date(2025, 4, 27)))
    '2025-05-02'
    """
    if mention.kind != "weekday" or mention.part("which") or now is None:
        return None
    weekday = WEEKDAYS[mention.part("weekday")]
    return _last_day_named(
        dated, lambda day: day.weekday() == weekday and abs((day - now).days) <= 7
    )


def same_day_of_month(dated: Sequence[Dated], mention: Mention) -> When | None:
    """The date a day of the month alone names: the last date of the story on that day ("set a
    hearing for Nov. 7 ... 'We'll see them in court on the 7th'": Nov. 7)."""
    if mention.kind != "day_of_month":
        return None
    number = int(mention.part("day"))
    return _last_day_named(dated, lambda day: day.day == number)


def _last_day_named(dated: Sequence[Dated], fits: Callable[[dt.date], bool]) -> When | None:
    """The story's latest day-precise date that ``fits``, looking back a bounded way (a 1 MB
    text stays linear)."""
    for earlier in reversed(dated[-_LOOK_BACK:]):
        if earlier.when.precision == "day" and fits(earlier.when.first_day):
            return earlier.when
    return None


def anchor_of(dated: Sequence[Dated], place: Place) -> When | None:
    """The date "a day earlier" counts from: the event just described, in this sentence or the
    one before; failing that, the last dated event of the two paragraphs before."""
    if not dated:
        return None
    last = dated[-1]
    if last.place.part != place.part:
        return None
    if place.number - last.place.number in (0, 1):
        return last.when
    here, there = place.paragraph, last.place.paragraph
    if here is not None and there is not None and here - there <= 1:
        return last.when
    if here is not None and there is not None and here - there == 2:
        return last.when if last.when.precision == "day" else None  # a day, not "in May"
    return None


def stems_of(words: Sequence[str]) -> frozenset[str]:
    """The first five letters of each word of four letters or more, lower case: "grounded" and
    "grounding" share "groun"."""
    return frozenset(w.casefold()[:5] for w in words if len(w) >= 4 and w.isalpha())


_LOOK_BACK = 200  # events searched for a named one: enough for any story, bounded for speed


def named_event(dated: Sequence[Dated], noun: str) -> When | None:
    """The date of the latest event whose summary names ``noun`` ("the grounding" -> "The
    ferry was grounded", dated Friday), for "two days after the grounding"; None when no dated
    event names it.

    >>> place = Place("body", 0, 0)
    >>> fire = Dated(When(2025, 3, 2), place, False, stems=stems_of(["The", "fire", "started"]))
    >>> named_event([fire], "fire"), named_event([fire], "vote")
    (When(year=2025, month=3, day=2), None)
    """
    wanted = stems_of(noun.split())
    if not wanted:
        return None
    for event in reversed(dated[-_LOOK_BACK:]):
        if wanted & event.stems:
            return event.when if event.when.precision == "day" else None
    return None
