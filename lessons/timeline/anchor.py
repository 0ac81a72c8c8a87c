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
from collections.abc import Sequence
from dataclasses import dataclass

from lessons import vocab
from lessons.document import StorySentence
from lessons.timeline.resolve import When


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


# "postponed until Tuesday", "extended to Nov. 16", "payable Dec. 1": a deadline lies ahead,
# whatever the tense of the verb that set it (vocab/timeline_deadline_words.txt)
_DEADLINE = re.compile(
    r"(?i)\b(?:"
    + "|".join(
        re.escape(entry).replace(r"\ ", r"\s+(?:\S+\s+){0,3}?")
        for entry in sorted(vocab.word_list("timeline_deadline_words"), key=len, reverse=True)
    )
    + r")\s+(?:on\s+)?$"
)
# "since the Oct. 23 slaying", "since Tuesday": what came before
_SINCE = re.compile(r"(?i)\bsince\s+(?:\S+\s+){0,3}$")
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
    if kind in ("weekday", "month_day") and _DEADLINE.search(before):
        return True
    if _SINCE.search(before):
        return False
    if kind == "weekday" and _POSSESSIVE.match(after):
        return None
    if tense == "future":
        return True
    if tense == "past":
        return False
    if kind == "weekday" and (tense == "would" or (tense == "present" and part == "body")):
        return True
    return None


def year_in_sentence(
    dated: Sequence[Dated], place: Place, published: dt.date | None, ahead: bool | None
) -> int | None:
    """A year written earlier in the same sentence: "In 2019, the council voted on March 5"
    (not for what lies ahead, and never a year after publication)."""
    if not dated or ahead:
        return None
    last = dated[-1]
    if last.place != place or not last.written_year:
        return None
    if published is not None and last.when.year > published.year:
        return None
    return last.when.year


def anchor_of(dated: Sequence[Dated], place: Place) -> When | None:
    """The date "a day earlier" counts from: the event just described, in this sentence or the
    one before; failing that, the last dated event of the same or the previous paragraph."""
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
    return None
