"""The kit's results as pandas tables: the journalist's everyday tool, and the way to a spreadsheet.

One function per table, each taking the :class:`~lessons.pipeline.Analysis` that
``analyze(text)`` returns:

1. :func:`quotes_frame`: one row per direct quote (and, on request, per paraphrase).
2. :func:`sources_frame`: one row per source: how often quoted, in how many words, paraphrased.
3. :func:`entities_frame`: one row per name (person, organisation, place...) with its mentions.
4. :func:`timeline_frame`: one row per dated expression, in reading order.

Paragraph numbers count from 1, as a reader counts them ("the third paragraph"); a quote in the
headline or caption has no paragraph number. Save a table for a spreadsheet with
``frame.to_csv("quotes.csv", index=False)``, or use :func:`to_csv_text`, which escapes cells a
spreadsheet would run as a formula.

>>> from lessons import analyze
>>> story = "Vote\\n\\nThe council met on Tuesday. \\u201cWe are ready,\\u201d said Mayor Ana Ruiz."
>>> quotes_frame(analyze(story, "2024-05-02"))[["paragraph", "speaker", "text"]]
   paragraph   speaker           text
0          1  Ana Ruiz  We are ready,
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pandas is imported when a table is made, not when the kit is imported
    import pandas as pd

    from lessons.pipeline import Analysis

__all__ = [
    "QUOTE_COLUMNS",
    "SOURCE_COLUMNS",
    "ENTITY_COLUMNS",
    "TIMELINE_COLUMNS",
    "quotes_frame",
    "sources_frame",
    "entities_frame",
    "timeline_frame",
    "to_csv_text",
]

QUOTE_COLUMNS = ("paragraph", "speaker", "text", "cue", "speaker_mention", "kind", "start", "end")
SOURCE_COLUMNS = ("speaker", "kind", "official", "quotes", "quoted_words", "paraphrases")
ENTITY_COLUMNS = ("type", "label", "name", "mentions", "body_mentions", "first_paragraph", "why")
TIMELINE_COLUMNS = ("date", "period", "expression", "event", "status", "paragraph", "start", "end")


def _frame(rows: list[dict[str, object]], columns: tuple[str, ...]) -> pd.DataFrame:
    import pandas as pd

    frame = pd.DataFrame(rows, columns=list(columns))
    for column in ("paragraph", "first_paragraph"):  # whole numbers; none shown as missing
        if column in frame:
            frame[column] = frame[column].astype("Int64")
    return frame


def _reader_paragraph(paragraph: int | None) -> int | None:
    """The kit's 0-based paragraph index as a reader counts: 1 for the first paragraph."""
    return None if paragraph is None else paragraph + 1


def quotes_frame(analysis: Analysis, reported: bool = False) -> pd.DataFrame:
    """One row per direct quote in reading order; ``reported=True`` adds the paraphrases
    (``kind`` says which is which)."""
    statements = [("quote", q) for q in analysis.quotes]
    if reported:
        statements += [("reported", q) for q in analysis.indirect_quotes]
        statements.sort(key=lambda pair: pair[1].start)
    rows = [
        {
            "paragraph": _reader_paragraph(q.paragraph),
            "speaker": q.speaker,
            "text": q.text,
            "cue": q.cue,
            "speaker_mention": q.speaker_mention,
            "kind": kind,
            "start": q.start,
            "end": q.end,
        }
        for kind, q in statements
    ]
    return _frame(rows, QUOTE_COLUMNS)


def sources_frame(analysis: Analysis) -> pd.DataFrame:
    """One row per source, most quoted words first: kind (person, organization, anonymous),
    official or not, direct quotes, quoted words, paraphrases."""
    from lessons.quotes import sourcing_summary

    rows = [
        {
            "speaker": s.speaker,
            "kind": s.kind,
            "official": s.official,
            "quotes": s.quotes,
            "quoted_words": s.words,
            "paraphrases": s.paraphrases,
        }
        for s in sourcing_summary(analysis.quotes, analysis.indirect_quotes)
    ]
    return _frame(rows, SOURCE_COLUMNS)


def entities_frame(analysis: Analysis) -> pd.DataFrame:
    """One row per name, most mentioned first: its type, the type in words, mentions (anywhere:
    headline, caption, byline and photo credit too), mentions in the body paragraphs only (what
    "the most-mentioned names of the story" means: a photographer credited twice is not a
    source), the first body paragraph it appears in (from 1; missing when it never appears in
    the body), and why the kit gave it that type."""
    from lessons.explore.styles import type_label

    paragraphs = analysis.article.paragraphs  # their text: a dateline before one is not in it

    def paragraph_of(offset: int) -> int | None:
        return next((p.index for p in paragraphs if p.start <= offset < p.end), None)

    rows = []
    for entity in analysis.entities:
        in_body = [p for p in (paragraph_of(m.start) for m in entity.mentions) if p is not None]
        rows.append(
            {
                "type": entity.type,
                "label": type_label(entity.type),
                "name": entity.text,
                "mentions": entity.count,
                "body_mentions": len(in_body),
                "first_paragraph": _reader_paragraph(min(in_body, default=None)),
                "why": entity.reason,
            }
        )
    frame = _frame(rows, ENTITY_COLUMNS)
    return frame.sort_values(["mentions", "name"], ascending=[False, True], ignore_index=True)


def timeline_frame(analysis: Analysis) -> pd.DataFrame:
    """One row per time expression in reading order: the date it points to (YYYY-MM-DD, or
    YYYY-MM / YYYY when only the month or year is known; missing when it cannot be placed) and,
    for a week or a weekend, the ``period`` itself ("2024-W46", "2024-W46-WE")."""
    rows = [
        {
            "date": event.date,
            "period": event.period,
            "expression": event.expression,
            "event": event.event,
            "status": event.status,
            "paragraph": _reader_paragraph(event.paragraph),
            "start": event.start,
            "end": event.end,
        }
        for event in analysis.timeline
    ]
    return _frame(rows, TIMELINE_COLUMNS)


_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def to_csv_text(frame: pd.DataFrame) -> str:
    """The table as CSV text, with any cell a spreadsheet would run as a formula (starting with
    = + - @) escaped by a leading apostrophe.

    >>> import pandas as pd
    >>> print(to_csv_text(pd.DataFrame({"text": ["=1+1", "ok"], "n": [1, 2]})), end="")
    text,n
    '=1+1,1
    ok,2
    """

    def escape(value: object) -> object:
        if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
            return "'" + value
        return value

    return frame.map(escape).to_csv(index=False, lineterminator="\n")
