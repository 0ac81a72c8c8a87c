"""Step 1, quote marks and quoted stretches: which marks open and close a quote, and the words
between each pair, one paragraph at a time.

A curly ’ is an apostrophe far more often than a closing quote (it’s, Ukraine’s, the ’90s, rock
’n’ roll); a straight " can open or close. Each mark is judged by its neighbours, then the marks
of a paragraph are paired, so that a mark left open never swallows the rest of the article.

>>> [m.role for m in find_marks("“It’s late,” she said.")]
['open', 'apostrophe', 'close']
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lessons.article import Span
from lessons.quotes.attribution import Attribution, read_attribution_after
from lessons.quotes.sentences import SentenceBounds, text_sentences
from lessons.quotes.words import (
    _WINDOW,
    DOUBLE_CLOSERS,
    DOUBLE_OPENERS,
    QUOTE_MARKS,
    SINGLE_CLOSERS,
    SINGLE_OPENERS,
)

# Two apostrophes stand for a double quote mark in some house styles (''Yes,'' he said.), and
# two backticks open one in others (``Yes,'' he said.): each pair is one mark.
# Three apostrophes are a single mark and a double one: after a word the single closes first
# (at 'yes,''' she wrote), after a space the double opens first.
_MARK = re.compile(r"(?:(?<=\s)|^)''|''(?!')|``|[" + re.escape(QUOTE_MARKS) + "]")
# A markup tag a scraper left in the text (<tweet tweet-id="1">, <a href=”...”>): the marks
# around its attribute values are not quote marks.
_TAG = re.compile(r"</?[a-zA-Z][\w-]*(?:\s+[\w-]+\s*=\s*(?:\S+?|[\"\u201d\u201c][^<>\n]*?))*\s*/?>")
# Words that start with an apostrophe standing for missing letters: ’em, ’til, the ’90s.
_ELISION = re.compile(
    r"(?:em|til|tis|twas|cause|bout|\d\ds?)(?![\w\u2019'])|n['\u2019](?!\w)", re.IGNORECASE
)
_OPEN_CONTEXT = "([{\u2014\u2013-/" + QUOTE_MARKS
_CLOSE_CONTEXT = ".,;:!?)]}\u2014\u2013-\u2026" + QUOTE_MARKS
# After a plural possessive comes a noun (officials’ views); after a closing mark comes
# punctuation or an attribution (‘... the farmers’ she said).
_AFTER_CLOSE_WORDS = frozenset(
    "he she they we i it said says told tells added adds according asked wrote insisted".split()
)


@dataclass(frozen=True)
class Mark:
    """One quote mark: where it is, double or single, and its role.

    ``role`` is "open", "close", "either" (a straight mark between spaces) or "apostrophe";
    ``width`` is 2 for a mark written as two apostrophes or two backticks.
    """

    position: int
    double: bool
    role: str
    width: int = 1


def _is_space(char: str) -> bool:
    return char == "" or char.isspace()


def classify_mark(text: str, i: int, width: int | None = None) -> Mark:
    """What the quote mark at ``text[i]`` does, judged by its shape and its neighbours.

    >>> [classify_mark("it’s", 2).role, classify_mark("“Go,” he said.", 0).role]
    ['apostrophe', 'open']
    >>> [classify_mark("the ’90s", 4).role, classify_mark("rock ’n’ roll", 5).role]
    ['apostrophe', 'apostrophe']
    >>> [(m.role, m.width) for m in (classify_mark("he said ''no.''", i) for i in (8, 13))]
    [('open', 2), ('close', 2)]
    """
    if width != 1 and text.startswith(("''", "``"), i):
        return _classify_pair(text, i)  # (``width`` 1: the first of three apostrophes)
    char = text[i]
    before = text[i - 1] if i > 0 else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    double = char in DOUBLE_OPENERS + DOUBLE_CLOSERS + '"'
    if not double:
        if before.isalnum() and after.isalnum():
            return Mark(i, False, "apostrophe")  # it’s, O’Brien
        if (_is_space(before) or before in "([\u2014\u2013") and _ELISION.match(text, i + 1):
            return Mark(i, False, "apostrophe")  # ’em, ’n’, the ’90s
        if before == "n" and i >= 2 and text[i - 2] in "'\u2018\u2019" and _is_space(after):
            return Mark(i, False, "apostrophe")  # the second mark of ’n’
        if before in "sS" and after == " ":
            following = re.match(r" +([a-z]+)", text[i + 1 : i + 40])
            if following and following.group(1) not in _AFTER_CLOSE_WORDS:
                return Mark(i, False, "apostrophe")  # officials’ views
    opens = _is_space(before) or before in _OPEN_CONTEXT
    closes = _is_space(after) or after in _CLOSE_CONTEXT
    if opens and not closes:
        return Mark(i, double, "open")
    if closes and not opens:
        return Mark(i, double, "close")
    if char in DOUBLE_OPENERS + SINGLE_OPENERS:
        return Mark(i, double, "open")
    if char in DOUBLE_CLOSERS + SINGLE_CLOSERS:
        return Mark(i, double, "close")
    if not double and not opens:
        return Mark(i, False, "apostrophe")  # a straight ' inside a word
    return Mark(i, double, "either")


def _classify_pair(text: str, i: int) -> Mark:
    """Two apostrophes or two backticks written for a double mark: backticks always open;
    apostrophes open before a word and close after one, like a straight mark."""
    before = text[i - 1] if i > 0 else ""
    after = text[i + 2] if i + 2 < len(text) else ""
    if text[i] == "`":
        return Mark(i, True, "open", 2)
    opens = _is_space(before) or before in _OPEN_CONTEXT
    closes = _is_space(after) or after in _CLOSE_CONTEXT
    if opens and not closes:
        return Mark(i, True, "open", 2)
    if closes and not opens:
        return Mark(i, True, "close", 2)
    return Mark(i, True, "either", 2)


def find_marks(text: str) -> list[Mark]:
    """Every quote mark in a text with its role.

    >>> [(m.position, m.role) for m in find_marks("``Go,'' she said.")]
    [(0, 'open'), (5, 'close')]
    """
    return [classify_mark(text, m.start(), len(m.group())) for m in _MARK.finditer(text)]


@dataclass(frozen=True)
class QuotedStretch(Span):
    """The words between a pair of quote marks (offsets into the raw text).

    ``closed`` is False when the paragraph ended (or a new quote opened) before a closing mark:
    the newswire convention for a quote that goes on in the next paragraph, or a typo.
    ``open_mark`` is where the opening mark starts; ``close_mark`` is where the closing mark's
    last character is (None when there is none), so that the text after it starts one further.
    """

    paragraph: int = 0
    open_mark: int = 0
    close_mark: int | None = None
    closed: bool = True


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def find_quoted_stretches(
    part: Span, paragraph: int = 0, sentences: SentenceBounds | None = None
) -> list[QuotedStretch]:
    """Pair the quote marks of one paragraph into quoted stretches.

    Double marks are the outer marks unless a single mark opens first (British style); marks
    of the other kind inside a quote are nested quotes and stay part of the text. A quote left
    open ends where the next one opens (cut before its attribution) or at the paragraph's end.
    ``sentences`` are the article's sentences (from its document); without them the paragraph
    is split here, when a broken quote needs its attribution read.

    >>> [s.text for s in find_quoted_stretches(Span("“Ready,” she said, “but not yet.", 0, 32))]
    ['Ready,', 'but not yet.']
    """
    text = part.text
    tags = [t.span() for t in _TAG.finditer(text)] if "<" in text else []
    marks = [
        m
        for m in find_marks(text)
        if m.role != "apostrophe" and not any(a < m.position < b for a, b in tags)
    ]
    reader = _AfterReader(part, sentences)
    last_single_close = max(
        (m.position for m in marks if not m.double and m.role in ("close", "either")), default=-1
    )
    found: list[tuple[int, int, int, int | None]] = []  # start, end, open mark, close mark
    opened: Mark | None = None
    last_close = -1
    for mark in marks:
        if opened is None:
            if mark.role == "close" and mark.double:
                orphan = _orphan_quote(reader, mark, last_close)
                if orphan:
                    found.append(orphan)
                    last_close = mark.position + mark.width - 1
                continue
            if mark.role not in ("open", "either"):
                continue
            if not mark.double and mark.position > last_single_close:
                before = text[max(0, mark.position - _WINDOW) : mark.position].rstrip()
                if (before or mark.position > _WINDOW) and not before.endswith(":"):
                    continue  # a lone single mark is an apostrophe or a typo, not a quote
            opened = mark
        elif mark.double == opened.double:
            if mark.role in ("close", "either"):
                last_close = mark.position + mark.width - 1
                found.append(
                    (opened.position + opened.width, mark.position, opened.position, last_close)
                )
                opened = None
            elif mark.role == "open":  # opened again without closing: cut before this one
                start = opened.position + opened.width
                end = _cut_before_attribution(reader, start, mark.position)
                found.append((start, end, opened.position, None))
                opened = mark
    if opened is not None:
        start = opened.position + opened.width
        end = _cut_before_attribution(reader, start, len(text))
        found.append((start, end, opened.position, None))
    stretches = []
    for start, end, open_mark, close_mark in found:
        start, end = _trimmed(text, start, end)
        if end <= start or not re.search(r"\w", text[start:end]):
            continue
        stretches.append(
            QuotedStretch(
                text[start:end],
                part.start + start,
                part.start + end,
                paragraph,
                part.start + open_mark,
                None if close_mark is None else part.start + close_mark,
                close_mark is not None,
            )
        )
    return stretches


class _AfterReader:
    """Reads the attribution after a point of a paragraph, up to the end of its sentence."""

    def __init__(self, part: Span, sentences: SentenceBounds | None) -> None:
        self.part = part
        self.text = part.text
        self._sentences = sentences

    def attribution_after(self, start: int, end: int) -> Attribution | None:
        """The attribution in ``text[start:end]`` (paragraph offsets)."""
        if self._sentences is None:
            self._sentences = text_sentences(self.part)
        sentence_end = self._sentences.end_after(self.part.start + start)
        local_end = end - start if sentence_end is None else sentence_end - self.part.start - start
        return read_attribution_after(self.text[start:end], local_end)


def _orphan_quote(
    reader: _AfterReader, mark: Mark, last_close: int
) -> tuple[int, int, int, int] | None:
    """A closing mark with no opener (the opener was lost): the quote runs from the paragraph
    start, or the previous quote, but only when an attribution follows: We are ready," she said."""
    after = mark.position + mark.width
    if not reader.attribution_after(after, mark.position + _WINDOW):
        return None
    start = max(last_close + 1, mark.position - _WINDOW, 0)
    return (start, mark.position, max(start - 1, 0), after - 1)


def _cut_before_attribution(reader: _AfterReader, start: int, end: int) -> int:
    """Where an unclosed quote really ends: before the attribution that precedes the next
    opening mark (“... on November 20, reads an alert issued by the State Department. “...)."""
    text = reader.text
    window_start = max(start, end - 300)
    for match in reversed(list(re.finditer(r"[,!?;\u2014](?=\s)", text[window_start:end]))):
        cut = window_start + match.start()
        tail = text[cut:end]
        if len(tail.split()) > 16:
            break
        attribution = reader.attribution_after(cut, end)
        if attribution and attribution.complete:
            return cut if text[cut] == "," else cut + 1
    return end


def naive_quotes(text: str, pattern: str = "\u201c(.*?)\u201d", dotall: bool = False) -> list[str]:
    """The regex a student writes first: everything between an opening and a closing mark.

    It pairs marks blindly, so one mark left open shifts every later pair.

    >>> naive_quotes("“Yes,” she said. “No.")
    ['Yes,']
    """
    return re.findall(pattern, text, re.DOTALL if dotall else 0)
