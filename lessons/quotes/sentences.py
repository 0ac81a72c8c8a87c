"""Where the sentences of an article start and end, as the shared document splits them.

The quote steps ask "where does the sentence with this opening mark start?" and "where is the
first sentence end after this closing mark?". They take the answer from
:func:`lessons.document.read_document`, which splits the story into sentences once for every
lesson. A free-standing string (a notebook example, a test) has no document: it is split by the
same splitter the document uses.

Quotes need sentence ends to be right around quote marks and names, where the splitter is
known to slip, so its sentences are adjusted in four small ways (no other splitting is done):

1. An opening straight quote mark left at the end of a sentence opens the next one
   (``said Rios. "We ...``).
2. A "sentence" that starts in lower case or with ``) , ; :`` continues the one before: the
   splitter took an abbreviation for an end ("Bank N.A. that ...", "Sen. Ted Cruz (Tex.), a").
3. A lower-case word, a full stop and a capital end a sentence even when the splitter knows the
   word as an abbreviation in its capitalised use ("fell ill. His colleague", not "Ill.").
4. Initials followed by a name go on ("R.D. Werner Co."); initials before a word that opens
   sentences end one ("into the U.S. They ...").

>>> bounds = text_sentences(Span("“Go,” she said. He left.", 0, 24))
>>> bounds.starts, bounds.ends
((0, 16), (15, 24))
>>> bounds.start_of(18), bounds.end_after(4)
(16, 15)
>>> text = 'It fell ill. She sold it to R.D. Werner Co. of Bank N.A. that day. "Go," he said.'
>>> bounds = text_sentences(Span(text, 0, len(text)))
>>> [text[a:b] for a, b in zip(bounds.starts, bounds.ends)]
['It fell ill.', 'She sold it to R.D. Werner Co. of Bank N.A. that day.', '"Go," he said.']
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Hashable, Iterable
from dataclasses import dataclass

from lessons.article import Span, split_sentences
from lessons.document import Document, join_title_breaks
from lessons.quotes.words import _ABBREVIATIONS, _NOT_NAMES


@dataclass(frozen=True)
class SentenceBounds:
    """Where sentences start and end, as raw-text offsets in reading order."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def start_of(self, position: int) -> int | None:
        """Where the last sentence starting at or before ``position`` starts, or None."""
        i = bisect.bisect_right(self.starts, position) - 1
        return self.starts[i] if i >= 0 else None

    def end_after(self, position: int) -> int | None:
        """The first sentence end after ``position``, or None."""
        i = bisect.bisect_right(self.ends, position)
        return self.ends[i] if i < len(self.ends) else None

    def within(self, span: Span) -> list[tuple[int, int]]:
        """(start, end) of the sentences that start inside ``span``, a paragraph."""
        low = bisect.bisect_left(self.starts, span.start)
        high = bisect.bisect_left(self.starts, span.end)
        return list(zip(self.starts[low:high], self.ends[low:high], strict=True))

    def ends_between(self, start: int, end: int) -> list[int]:
        """The sentence ends after ``start`` and up to ``end``."""
        low = bisect.bisect_right(self.ends, start)
        return list(self.ends[low : bisect.bisect_right(self.ends, end)])


def document_sentences(document: Document) -> SentenceBounds:
    """The story sentences of an article's shared document (adjusted as the module says)."""
    raw = document.article.raw
    return _adjusted(raw, ((s.span, (s.part, s.paragraph)) for s in document.sentences))


def text_sentences(span: Span) -> SentenceBounds:
    """The sentences of a span of text that has no document, by the document's splitter."""
    whole = Span(span.text, 0, len(span.text))
    local = _adjusted(
        span.text, ((s, 0) for s in join_title_breaks(split_sentences(whole), span.text))
    )
    return SentenceBounds(
        tuple(span.start + a for a in local.starts), tuple(span.start + b for b in local.ends)
    )


# 1. 'said Rios. "': the mark opens the next sentence.
_OPENING_MARK_AT_END = re.compile(r"(?<=[.!?])\s+[\"\u201c\u2018']+$")
# 2. "... Bank N.A. | that the financing", "(Tex. | ), a Republican", "“Go!” | she said."
_GOES_ON = re.compile(r"[a-z),;:]")
# 3. "fell ill. His colleague": a lower-case word, a full stop, a capital.
_MISSED_END = re.compile(r"(?<![\w.'\u2019-])([a-z]{3,})\.\s+(?=[A-Z])")
# 4. "R.D. | Werner Co." (but "the U.S. | They will")
_INITIALS_AT_END = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,}$")


def _adjusted(raw: str, sentences: Iterable[tuple[Span, Hashable]]) -> SentenceBounds:
    """The splitter's sentences (span, part) with the four adjustments of the module."""
    found: list[tuple[int, int, Hashable]] = []  # start, end, part
    for span, part in sentences:
        for start, end in _missed_ends(span):
            if found and found[-1][2] == part and _goes_on(raw, found[-1][1], start):
                start = found.pop()[0]
            found.append((start, end, part))
    starts: list[int] = []
    ends: list[int] = []
    opening_mark: int | None = None  # (1) a mark taken off the end of the sentence before
    previous_part: Hashable = None
    for start, end, part in found:
        if opening_mark is not None and part == previous_part and ends[-1] < opening_mark < start:
            start = opening_mark
        previous_part = part
        mark = _OPENING_MARK_AT_END.search(raw, start, end)
        opening_mark = None if mark is None else end - len(mark.group().lstrip())
        starts.append(start)
        ends.append(end if mark is None else mark.start())
    return SentenceBounds(tuple(starts), tuple(ends))


def _missed_ends(span: Span) -> list[tuple[int, int]]:
    """(start, end) of the pieces of a sentence cut at the ends the splitter missed (3)."""
    pieces: list[tuple[int, int]] = []
    start = span.start
    for match in _MISSED_END.finditer(span.text):
        if match.group(1) + "." in _ABBREVIATIONS:
            continue
        pieces.append((start, span.start + match.start() + len(match.group(1)) + 1))
        start = span.start + match.end()
    pieces.append((start, span.end))
    return pieces


def _goes_on(raw: str, previous_end: int, start: int) -> bool:
    """Does the sentence at ``start`` continue the one that ends at ``previous_end`` (2, 4)?"""
    if _GOES_ON.match(raw, start):
        return True
    if _INITIALS_AT_END.search(raw, max(0, previous_end - 12), previous_end) is None:
        return False
    following = raw[start : start + 40].split()
    return bool(following) and following[0][:1].isupper() and following[0] not in _NOT_NAMES
