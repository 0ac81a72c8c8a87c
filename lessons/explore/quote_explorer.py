"""Quotes: who is speaking, in context.

Plain functions filter the quotes by source (one speaker, every named or every anonymous source)
and show each in its sentence; :class:`QuoteExplorer` puts a dropdown of sources on top.
"""

from __future__ import annotations

import bisect
import html
from collections import Counter
from collections.abc import Iterable, Sequence

import ipywidgets as widgets

from lessons.article import Article, Span
from lessons.explore.article_view import Mark, highlight, where
from lessons.explore.views import _table, _View
from lessons.pipeline import Analysis
from lessons.quotes import IndirectQuote, Quote, speaker_kind

ALL_SOURCES = "(all)"
NAMED_SOURCES = "(named)"
ANONYMOUS_SOURCES = "(anonymous)"


def is_anonymous(speaker: str) -> bool:
    """True for a source the story does not name: ``is_anonymous("anonymous: an official")``."""
    return speaker_kind(speaker.strip()) == "anonymous"


def filter_quotes(
    quotes: Iterable[Quote | IndirectQuote], source: str = ALL_SOURCES
) -> list[Quote | IndirectQuote]:
    """The quotes of one speaker, or of every named / anonymous source, in reading order."""
    if source == ALL_SOURCES:
        chosen = list(quotes)
    elif source == NAMED_SOURCES:
        chosen = [q for q in quotes if q.speaker and not is_anonymous(q.speaker)]
    elif source == ANONYMOUS_SOURCES:
        chosen = [q for q in quotes if is_anonymous(q.speaker)]
    else:
        chosen = [q for q in quotes if q.speaker == source]
    return sorted(chosen, key=lambda q: q.start)


def speaker_options(quotes: Sequence[Quote | IndirectQuote]) -> list[tuple[str, str]]:
    """Dropdown choices: everyone, named, anonymous, then each speaker (most quoted first)."""
    named = len(filter_quotes(quotes, NAMED_SOURCES))
    anonymous = len(filter_quotes(quotes, ANONYMOUS_SOURCES))
    options = [
        (f"All sources ({len(quotes)})", ALL_SOURCES),
        (f"Named sources ({named})", NAMED_SOURCES),
        (f"Anonymous sources ({anonymous})", ANONYMOUS_SOURCES),
    ]
    counts = Counter(q.speaker for q in quotes)
    for speaker, count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        options.append((f"{speaker or 'speaker not found'} ({count})", speaker))
    return options


def sentence_around(article: Article, start: int, end: int) -> Span:
    """The sentence(s) that hold ``raw[start:end]``, or the story part when it is not in the body.

    >>> from lessons.article import parse_article
    >>> article = parse_article("Vote\\n\\nIt rained. \\u201cWe won,\\u201d she said. Then home.")
    >>> sentence_around(article, 18, 24).text
    '“We won,” she said.'
    """
    sentences = article.sentences
    starts = [s.start for s in sentences]
    first = bisect.bisect_right(starts, start) - 1
    last = bisect.bisect_left(starts, end) - 1
    if first >= 0 and sentences[first].end > start and last >= first:
        a, b = sentences[first].start, max(sentences[last].end, end)
        return Span(article.raw[a:b], a, b)
    for _, span in article.story_parts():
        if span.start <= start < span.end:
            return span
    return Span(article.raw[start:end], start, end)


def quote_in_context(article: Article, quote: Quote | IndirectQuote, limit: int = 400) -> str:
    """The sentence around a quote, as HTML, with the quote's own words marked."""
    around = sentence_around(article, quote.start, quote.end)
    a = max(around.start, quote.start - limit)
    b = min(around.end, quote.end + limit)
    kind = "quote" if isinstance(quote, Quote) else "reported"
    mark = Mark(quote.start, quote.end, kind, f"said by {quote.speaker or 'unknown'}")
    body = highlight(article.raw, Span(article.raw[a:b], a, b), [mark], [])
    return ("…" if a > around.start else "") + body + ("…" if b < around.end else "")


def quotes_table_html(article: Article, quotes: Sequence[Quote | IndirectQuote]) -> str:
    """A table of quotes: who, how the story names them, the cue, where, and the quote in context.

    Every speaker, cue and quote is HTML-escaped; the context comes from ``article.raw``.
    """
    if not quotes:
        return "<p>No quotes for this choice.</p>"
    rows = [
        (
            html.escape(q.speaker or "not found"),
            html.escape(q.speaker_mention or ""),
            html.escape(q.cue or ""),
            where(article, q.start),
            ("" if isinstance(q, Quote) else "<em>(reported)</em> ") + quote_in_context(article, q),
        )
        for q in quotes
    ]
    noun = "quote" if len(quotes) == 1 else "quotes"
    return _table(
        ["Source", "Named in the story as", "Cue", "Where", "The quote in its sentence"],
        rows,
        f"{len(quotes)} {noun}",
    )


def sourcing_sentence(quotes: Sequence[Quote | IndirectQuote]) -> str:
    """One sentence on the sourcing: how many quotes, from how many sources, how many anonymous.

    >>> sourcing_sentence([])
    'No quotes found.'
    """
    if not quotes:
        return "No quotes found."
    speakers = {q.speaker for q in quotes}
    anonymous = len(filter_quotes(quotes, ANONYMOUS_SOURCES))
    top, count = sorted(Counter(q.speaker for q in quotes).items(), key=lambda i: (-i[1], i[0]))[0]
    noun = "quote" if all(isinstance(q, Quote) for q in quotes) else "statement"
    noun += "" if len(quotes) == 1 else "s"
    source = "source" if len(speakers) == 1 else "sources"
    return (
        f"{len(quotes)} {noun} from {len(speakers)} {source}; {anonymous} from anonymous "
        f"sources; the most quoted is {top or 'an unknown speaker'} ({count})."
    )


# ---------------------------------------------------------------------------------------------
# The widget


class QuoteExplorer(_View):
    """Quotes filtered by source (one person, named or anonymous), each in its sentence.

    ``explorer.speaker.value = "Lloyd Austin"`` leaves only his quotes in ``explorer.table``.
    """

    def __init__(self, analysis: Analysis | str | None = None) -> None:
        self.speaker = widgets.Dropdown(
            options=[("All sources", ALL_SOURCES)],
            description="Source:",
            layout=widgets.Layout(width="32em"),
        )
        self.reported = widgets.Checkbox(
            value=False, description="include reported speech (no quote marks)", indent=False
        )
        self.summary = widgets.HTML()
        self.table = widgets.HTML()
        self.speaker.observe(self._on_change, names="value")
        self.reported.observe(self._on_reported, names="value")
        super().__init__([widgets.HBox([self.speaker, self.reported]), self.summary, self.table])
        if analysis is not None:
            self.show(analysis)

    @property
    def all_quotes(self) -> list[Quote | IndirectQuote]:
        analysis = self.analysis
        found = list(analysis.quotes) + (
            list(analysis.indirect_quotes) if self.reported.value else []
        )
        return sorted(found, key=lambda q: q.start)

    @property
    def shown(self) -> list[Quote | IndirectQuote]:
        return filter_quotes(self.all_quotes, self.speaker.value)

    def _load(self) -> None:
        wanted = self.speaker.value
        options = speaker_options(self.all_quotes)
        self.speaker.unobserve(self._on_change, names="value")
        self.speaker.options = options
        values = [value for _, value in options]
        self.speaker.value = wanted if wanted in values else ALL_SOURCES
        self.speaker.observe(self._on_change, names="value")
        self._render()

    def _on_reported(self, _change: object = None) -> None:
        self._guarded(self._load)

    def _render(self) -> None:
        quotes = self.shown
        self.summary.value = f"<p>{html.escape(sourcing_sentence(self.all_quotes))}</p>"
        self.table.value = quotes_table_html(self.analysis.article, quotes)
