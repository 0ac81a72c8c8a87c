"""Step 1: find each gold item in the article text, and pair gold items with predictions.

A gold file copies its quotes and time expressions from the article, but not their offsets. To
compare them with what the kit found we look for them in the text, one after the other, the way
a reader follows a transcript through a story.

Curly quotes and straight quotes, non-breaking and ordinary spaces, are the same thing to a
reader. Folding makes them the same thing to the computer before we compare texts.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from lessons.article import QUOTE_FOLDS as _QUOTE_FOLDS
from lessons.article import fold

Prediction = Mapping[str, Any]

# A candidate pairing: (how good, tie-breaker, gold index, predicted index). Higher is better.
Candidate = tuple[float, float, int, int]


# --------------------------------------------------------------------------- folding


def _fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """Fold ``text`` and remember, for each folded character, where it came from in ``text``."""
    chars: list[str] = []
    origins: list[int] = []
    in_space = False
    for index, char in enumerate(text):
        if char.isspace():
            if not in_space:
                chars.append(" ")
                origins.append(index)
            in_space = True
            continue
        in_space = False
        chars.append(char.translate(_QUOTE_FOLDS))
        origins.append(index)
    return "".join(chars), origins


def _lower_same_length(text: str) -> str:
    """Lower-case without changing the length (a few characters grow when lower-cased)."""
    return "".join(low if len(low := char.lower()) == 1 else char for char in text)


# --------------------------------------------------------------------------- spans


@dataclass(frozen=True)
class Span:
    """A stretch of the raw article text, as character offsets ``[start, end)``."""

    start: int
    end: int

    @property
    def length(self) -> int:
        return max(0, self.end - self.start)

    def overlap(self, other: Span) -> int:
        """How many characters the two spans share."""
        return max(0, min(self.end, other.end) - max(self.start, other.start))


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def locate_in_order(
    text: str,
    needles: Sequence[str],
    *,
    ignore_case: bool = False,
    skip: Sequence[Span] = (),
) -> list[Span | None]:
    """Find each needle in ``text``, one after the other, and return raw-text spans.

    Texts are folded first, so a straight-quoted needle finds a curly-quoted passage. Each search
    starts where the previous match ended, so the second "on Tuesday" finds the second one. A
    match must not start or end inside a word ("May" does not match in "mayor"). A needle that
    cannot be found gives ``None`` and does not move the search forward. A match inside one of
    the ``skip`` spans of the raw text is passed over.

    >>> locate_in_order("On Tuesday, and on Tuesday again.", ["on Tuesday", "on Tuesday"],
    ...                 ignore_case=True)
    [Span(start=0, end=10), Span(start=16, end=26)]
    """
    haystack, origins = _fold_with_offsets(text)
    if ignore_case:
        haystack = _lower_same_length(haystack)
    spans: list[Span | None] = []
    cursor = 0
    for needle in needles:
        wanted = fold(needle)
        if ignore_case:
            wanted = _lower_same_length(wanted)
        found = _find_whole(haystack, wanted, cursor) if wanted else -1
        while found >= 0 and any(span.start <= origins[found] < span.end for span in skip):
            found = _find_whole(haystack, wanted, found + 1)
        if found < 0:
            spans.append(None)
            continue
        last = found + len(wanted) - 1
        spans.append(Span(origins[found], origins[last] + 1))
        cursor = found + len(wanted)
    return spans


def _find_whole(haystack: str, needle: str, start: int) -> int:
    """First index >= start where ``needle`` occurs without cutting a word in two."""
    index = haystack.find(needle, start)
    while index >= 0:
        before = haystack[index - 1] if index > 0 else " "
        after_index = index + len(needle)
        after = haystack[after_index] if after_index < len(haystack) else " "
        cuts_before = _is_word_char(needle[0]) and _is_word_char(before)
        cuts_after = _is_word_char(needle[-1]) and _is_word_char(after)
        if not cuts_before and not cuts_after:
            return index
        index = haystack.find(needle, index + 1)
    return -1


def locate_gold(
    text: str,
    needles: Sequence[str],
    what: str,
    article: str,
    *,
    ignore_case: bool,
    skip: Sequence[Span] = (),
) -> list[Span]:
    """Spans of gold items; a gold item that is not in the text is a mistake in gold.json."""
    spans = locate_in_order(text, needles, ignore_case=ignore_case, skip=skip)
    for needle, span in zip(needles, spans, strict=True):
        if span is None:
            raise ValueError(
                f"Gold {what} {needle!r} of article {article or '(unnamed)'} is not in the article "
                "text (in document order): fix gold.json so it copies the text exactly."
            )
    return [span for span in spans if span is not None]


def prediction_spans(
    text: str, rows: Sequence[Prediction], text_key: str, *, ignore_case: bool
) -> list[Span | None]:
    """Spans of predicted items: their own ``start``/``end`` or, failing that, a search."""
    spans: list[Span | None] = []
    searched = locate_in_order(
        text, [str(row.get(text_key) or "") for row in rows], ignore_case=ignore_case
    )
    for row, fallback in zip(rows, searched, strict=True):
        start, end = row.get("start"), row.get("end")
        if isinstance(start, int) and isinstance(end, int) and end > start:
            spans.append(Span(start, end))
        else:
            spans.append(fallback)
    return spans


# --------------------------------------------------------------------------- pairing


def greedy_pairs(candidates: list[Candidate]) -> dict[int, int]:
    """Pair gold and predicted items one-to-one, best candidates first: {gold: predicted}.

    >>> greedy_pairs([(0.5, 0.0, 0, 0), (1.0, 0.0, 1, 0), (0.8, 0.0, 0, 1)])
    {1: 0, 0: 1}
    """
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for _best, _tie, gold_index, pred_index in sorted(
        candidates, key=lambda c: (-c[0], -c[1], c[2], c[3])
    ):
        if gold_index in pairs or pred_index in used:
            continue
        pairs[gold_index] = pred_index
        used.add(pred_index)
    return pairs


# A date line under the headline: "April 27, 2026", "Published Saturday, June 27, 2026",
# "Thursday 5 February 2026", "March 5, 2026, 10:42 AM EST" (datasets/README: no timeline entry)
_MONTH_NAME = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATE_LINE = re.compile(
    r"(?im)^[ \t]*(?:(?:published|updated|posted|last\s+updated)\b:?[ \t]*)?"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?[ \t]+)?"
    rf"(?:\d{{1,2}}[ \t]+{_MONTH_NAME}|{_MONTH_NAME}[ \t]+\d{{1,2}},?)[ \t]+\d{{4}}\b[^\n]{{0,60}}$"
)
_HEADER_LINES = 12  # a date line sits among the first lines, above the body


def date_lines(text: str) -> list[Span]:
    r"""The date lines of an article's header (the publication date under the headline), which
    the timeline leaves out; a body sentence that opens with a date is no date line.

    >>> text = "Recall widens\nApril 27, 2026\n\nVESTRA, April 27 (TBW) - The carmaker said."
    >>> [text[s.start : s.end] for s in date_lines(text)]
    ['April 27, 2026']
    """
    header = "\n".join(text.split("\n")[:_HEADER_LINES])
    return [Span(*found.span()) for found in _DATE_LINE.finditer(header) if found.group(0).strip()]
