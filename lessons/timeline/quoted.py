"""Dates inside quoted words count from the day the words were written or spoken.

"In an e-mail on March 3, the mayor wrote: 'The crews start tomorrow.'" The e-mail's
"tomorrow" is March 4, whatever day the story came out. A relative expression ("tomorrow",
"on Friday", "next week") inside a quotation counts from the date of the speech or the
writing when the sentence that introduces the quotation dates it; otherwise from publication,
as usual (most quotations are from the day before the story).

>>> marks_before("She wrote: \\u201cWe start tomorrow")
1
>>> marks_before('He said "we are done" and "we')
1
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from lessons.document import StorySentence
from lessons.quotes.marks import find_marks
from lessons.timeline.dates_told import Dated, Place
from lessons.timeline.when import When  # noqa: F401 (used in the doctest)
from lessons.vocab import SPEECH_VERBS

# Quotation marks: "...", “...”, ``...'' (the last in some wire copy) and British ‘...’
_OPENING = re.compile(r"\u201c|``")
_CLOSING = re.compile(r"\u201d|''")
_SINGLE = ("\u2018", "\u2019")
# The words that say a date belongs to something written or said: "wrote in an e-mail on
# March 3", "said in a speech Tuesday", "a letter dated Nov. 2"
_WRITING = frozenset(
    "e-mail email e-mails emails letter letters memo memos message messages note statement "
    "speech speeches post posted tweet tweeted wrote written dated conference briefing "
    "interview".split()  # ("at a news conference Thursday afternoon": the day of speaking)
)
_RELATIVE = frozenset(["day_word", "weekday", "unit", "ago", "after_event"])
_COUNTED_WORDS = frozenset(["last", "next", "this"])  # "last October" in a quotation


def _curly(text: str) -> tuple[list[int], list[int]]:
    """Where each curly (or ``...'') opening and closing mark of ``text`` ends. A single ‘ or ’
    counts only where the quote finder reads a quotation mark, not an apostrophe ("‘We won’t,’
    she said": the first ’ is the apostrophe of "won’t"; see lessons.quotes.marks).

    >>> _curly("‘We won’t,’ she said.")
    ([1], [11])
    """
    openings = [m.end() for m in _OPENING.finditer(text)]
    closings = [m.end() for m in _CLOSING.finditer(text)]
    if _SINGLE[0] in text or _SINGLE[1] in text:
        for mark in find_marks(text):
            if text[mark.position] == _SINGLE[0] and mark.role == "open":
                openings.append(mark.position + 1)
            elif text[mark.position] == _SINGLE[1] and mark.role == "close":
                closings.append(mark.position + 1)
    return sorted(openings), sorted(closings)


def marks_before(text: str) -> int:
    """How many quotations are open at the end of ``text``: 1 or 0 (curly or ``...'' pairs
    count opening minus closing; straight double quotes by their parity).

    >>> marks_before("‘I had three calls this morning")
    1
    """
    openings, closings = _curly(text)
    curly = len(openings) - len(closings)
    if curly > 0:
        return 1
    return text.count('"') % 2


def _carried(open_before: bool, text: str, closings: Sequence[int] | None = None) -> str:
    """The mark that stands for a quotation open where ``text`` starts: a straight quote when
    the text closes it with one ('I start Tuesday. I've called my boss," she said'), else a
    curly one. ``closings``: the text's curly closing marks, when already found."""
    if not open_before:
        return ""
    if closings is None:
        closings = _curly(text)[1]
    return '"' if '"' in text and not closings else "\u201c"


def open_at_start(sentences: Sequence[StorySentence]) -> dict[int, bool]:
    """Whether a quotation is open where each sentence starts (a quotation may run over
    several sentences of its paragraph, never into the next paragraph)."""
    found: dict[int, bool] = {}
    carried, paragraph = False, None
    for sentence in sentences:
        if (sentence.part, sentence.paragraph) != paragraph:
            carried, paragraph = False, (sentence.part, sentence.paragraph)
        found[sentence.number] = carried
        text = sentence.span.text
        carried = QuoteMarks.of(carried, text).open_at(len(text))  # open where it ends
    return found


@dataclass(frozen=True)
class QuoteMarks:
    """Where a sentence's quotation marks are, found once, so that whether a quotation is open
    at any point of a long sentence costs a lookup instead of a count from its start.

    >>> marks = QuoteMarks.of(False, 'The mayor wrote: "Crews start tomorrow," and left.')
    >>> marks.open_at(30), marks.open_at(48)
    (True, False)

    A quotation carried over from the sentence before closes with the straight mark it opened
    with:

    >>> marks = QuoteMarks.of(True, 'I rang twice," she said on Saturday.')
    >>> marks.open_at(5), marks.open_at(20)
    (True, False)
    """

    open_before: bool  # a quotation is open where the sentence starts
    openings: tuple[int, ...]  # where each opening mark (“ or ``) ends
    closings: tuple[int, ...]  # where each closing mark (” or '') ends
    straight: tuple[int, ...]  # where each straight double quote is

    @classmethod
    def of(cls, open_before: bool, text: str) -> QuoteMarks:
        straight = tuple(m.start() for m in re.finditer('"', text))
        openings, closings = _curly(text)  # (the quote finder's marks, read once)
        if _carried(open_before, text, closings) == '"':  # closed by a straight quote: count
            return cls(False, (), (), (-1, *straight))  # it as one
        return cls(open_before, tuple(openings), tuple(closings), straight)

    def open_at(self, offset: int) -> bool:
        """:func:`is_quoted` for the sentence's text before ``offset`` (0 <= offset <= its
        length): marks count when they end by ``offset``, as they would in ``text[:offset]``."""
        curly = self.open_before + bisect_right(self.openings, offset)
        if curly - bisect_right(self.closings, offset) > 0:
            return True
        return bisect_left(self.straight, offset) % 2 == 1


def is_quoted(open_before: bool, text_before: str) -> bool:
    """Is an expression inside a quotation, given the state at its sentence's start and the
    sentence's text before it?

    >>> is_quoted(False, 'The mayor wrote: "Crews start '), is_quoted(True, "We start ")
    (True, True)
    """
    return bool(marks_before(_carried(open_before, text_before) + text_before))


def says_when_written(text: str) -> bool:
    """Does an (unquoted) sentence date an act of writing or speaking ("wrote in an e-mail
    on March 3", "said in a speech Tuesday")?"""
    words = {w.casefold() for w in re.findall(r"[A-Za-z-]+", text)}
    return bool(words & _WRITING) or bool(words & SPEECH_VERBS)


# after a closing quote, an attribution that ends in its verb of speaking or writing, told
# where or to whom: '," foreman Ed Kay said on', '," he told reporters in a phone interview'
_ATTRIBUTION = re.compile(
    r"(?i)[\u201d\"'],?\s+(?:[^\u201c\u201d\",;]{0,40}?\s|[^\u201c\u201d\";]{0,60}?,\s)?"  # ("Opal
    r"(?:(?:had|has)\s+)?(?P<verb>[a-z-]+)(?:\s+(?:to\s+)?"  # Dunning, 63, said Sunday", "...,
    # an economist at Strand Bank, had said in an interview Thursday")
    r"(?:reporters|journalists|him|her|them|us|me))?(?:\s+(?:in|at|during)\s+(?:an?|the|his|her|"
    r"its|their)\s+(?:[a-z-]+\s+){0,2}[a-z-]+)?(?:\s+on)?\s+$"
)


def ends_in_attribution(text: str) -> bool:
    """Does ``text`` end in the attribution of the quotation it closes, so that the date right
    after it is the day the words were said or written?

    >>> ends_in_attribution('"We start Friday," foreman Ed Kay said on ')
    True
    >>> ends_in_attribution('"We start Friday," he said, adding that repairs began ')
    False
    """
    found = _ATTRIBUTION.search(text)
    return found is not None and says_when_written(found.group("verb"))


def counts_from_speech(
    kind: str, quoted: bool, speech_day: dt.date | None, which: str = ""
) -> bool:
    """Does this expression count from the day of the speech rather than from publication? A
    month or a season does when the words count it ("'I first heard of it last October,' he
    said", in a deposition dated March 11, 1992: October 1991)."""
    counted = kind in ("month", "season") and which.casefold() in _COUNTED_WORDS
    return quoted and speech_day is not None and (kind in _RELATIVE or counted)


_RUNS_ON = 3  # sentences a quotation may run on past the one that says who spoke and when


# a quotation of a document the story has just dated: '..." the e-mail reads', "the letter says"
_THE_DOCUMENT_READS = re.compile(
    r"(?i)\bthe\s+(?:e-?mail|letter|memo|message|note|statement|text|post)\s+"
    r"(?:reads|read|says|said|states|stated)\b"
)


def quotes_a_document(sentence: str) -> bool:
    """Does the sentence attribute its quotation to a document by name ('," the e-mail reads')?

    >>> quotes_a_document('"Nothing after Saturday," the e-mail reads.')
    True
    """
    return _THE_DOCUMENT_READS.search(sentence) is not None


def speech_day(
    dated: Sequence[Dated],
    place: Place,
    runs_on: bool = False,
    document: bool = False,
    opened: int | None = None,
) -> dt.date | None:
    """The day of the speech or writing that the quotation at ``place`` comes from: the last
    dated event, if it is a day, outside quotation marks, in a sentence about writing or
    speaking, in the same sentence or the one before it in the paragraph; further back when
    the quotation ``runs_on`` from an earlier sentence ("...," he said Saturday night. "Now
    there is one. We'll enjoy tonight."); in the paragraph before when the quotation names the
    ``document`` the story has just dated ("an e-mail dated April 9 ... ¶ '... by tomorrow
    night,' the e-mail reads"). Past the dates the quotation's own words told when it
    ``opened`` in the speech's sentence or the one after it ('... warned on Thursday, "The worst
    will come tomorrow night. Everyone must leave today."', 'said in an interview on Thursday
    that he had received the files "only yesterday" and needed "until the end of the month"').

    >>> said = Dated(When(2025, 3, 3), Place("body", 4, 9), False, speech=True, done=True)
    >>> speech_day([said], Place("body", 4, 10))
    datetime.date(2025, 3, 3)
    """
    if not dated:
        return None
    last = dated[-1]
    if document:  # (past the dates the document's own words told: "... after Saturday")
        last = next((d for d in reversed(dated[-_RUNS_ON * 3 :]) if d.speech), last)
    elif (runs_on or last.place == place) and opened is not None and not last.speech:
        said = next((d for d in reversed(dated[-_RUNS_ON * 3 :]) if d.speech), last)
        if said.place.part == place.part and opened - 1 <= said.place.number <= opened:
            last = said
    near = last.place.part == place.part and last.place.paragraph == place.paragraph
    if document and last.place.part == place.part and last.place.paragraph is not None:
        near = near or last.place.paragraph + 1 == place.paragraph
        runs_on = True  # (the sentences between are the document's paragraph's)
    step = place.number - last.place.number
    if not (last.speech and near and (step in (0, 1) or (runs_on and step <= _RUNS_ON))):
        return None
    if not last.done and not document:  # "said it would lay out the review on Wednesday, Feb.
        # 18": a day told in another tense than the saying's is what was said, not the day it
        # was said; the saying's own day may come before it ("said at a news conference Tuesday
        # that a decision would be made by 9 p.m. Wednesday"); a document's date is its own
        same = [d for d in dated if d.place == last.place and d.speech and d.done]
        if not same:
            return None
        last = same[-1]
    return last.when.first_day if last.when.precision == "day" else None
