"""Lesson 5: explore the story with widgets.

The earlier lessons turned an article into data: quotes and who said them, the people, groups
and places it names, and the dates it mentions. This module turns that data back into something
a reporter can *read*: the article with every quote and name highlighted, and three explorers
that filter the findings (by source, by kind of name, by date) and redraw a chart as you go.

Everything here is built on :func:`lessons.pipeline.analyze`, which reads a text once and keeps
the result; the views never read the text again, they only show the :class:`Analysis`.

The module reads in three layers, each usable on its own:

1. **styles**: one colour *and* one line style per kind of name, so colour is never the only
   cue (the Okabe-Ito palette stays distinct for readers with colour-blindness);
2. **views as plain functions**: ``article_html``, ``quotes_table_html``,
   ``entity_chart_description``... take an Analysis (or a part of it) and return HTML or text;
3. **widgets**: :class:`ArticleView`, :class:`QuoteExplorer`, :class:`EntityExplorer`,
   :class:`TimelineExplorer`, :class:`ArticleInput` and :func:`dashboard`, which puts them
   together in tabs.

>>> board = dashboard("Council Votes\\n\\n\\u201cWe won,\\u201d Mayor Ana Ruiz said on Tuesday.",
...                   published="2025-03-06")
>>> board.analysis.article.headline.text
'Council Votes'

Every widget can be driven from Python, which is how the tests check them: set a value, read
what the view shows (``board.quotes.speaker.value = "Ana Ruiz"``, then
``board.quotes.table.value`` is the HTML of her quotes).
"""

from __future__ import annotations

import base64
import bisect
import datetime as dt
import html
import io
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import ipywidgets as widgets

from lessons.article import Article, Span, decode_text
from lessons.entities import Entity
from lessons.errors import LessonError
from lessons.pipeline import Analysis, analyze, parse_date
from lessons.quotes import IndirectQuote, Quote, speaker_kind
from lessons.timeline import Event

if TYPE_CHECKING:  # matplotlib is imported only when a chart is drawn
    from matplotlib.figure import Figure

# ---------------------------------------------------------------------------------------------
# 1. Styles: colour plus a second cue


@dataclass(frozen=True)
class Style:
    """How one kind of finding looks in the text and in charts.

    ``colour`` is the Okabe-Ito colour (chart bars, legend); ``tint`` a light version of it
    behind the words (black text on it stays readable); ``line`` a darker version for the
    underline, with at least 3:1 contrast against the tint; ``css`` the rest of the look,
    which differs for every kind so that colour is never the only cue.
    """

    label: str
    colour: str
    tint: str
    line: str
    css: str
    hatch: str = ""


ENTITY_TYPES: tuple[str, ...] = ("PERSON", "ORGANIZATION", "GPE", "LOCATION", "FACILITY", "OTHER")

STYLES: dict[str, Style] = {
    "PERSON": Style("people", "#E69F00", "#F8E2B2", "#AA7600", "border-bottom: 3px solid {line}"),
    "ORGANIZATION": Style(
        "organisations", "#0072B2", "#B2D5E8", "#0072B2", "border-bottom: 4px double {line}", "///"
    ),
    "GPE": Style(
        "countries, states, cities",
        "#009E73",
        "#B2E2D5",
        "#008B65",
        "border-bottom: 3px dashed {line}",
        "...",
    ),
    "LOCATION": Style(
        "other places", "#56B4E9", "#CCE8F8", "#4189B1", "border-bottom: 3px dotted {line}", "xx"
    ),
    "FACILITY": Style(
        "buildings, facilities",
        "#CC79A7",
        "#F0D7E5",
        "#AB668C",
        "text-decoration: underline wavy {line} 2px; text-underline-offset: 3px",
        "\\\\",
    ),
    "OTHER": Style(
        "other names", "#000000", "#E0E0E0", "#000000", "outline: 1px solid {line}", "--"
    ),
    "quote": Style("direct quotes", "#F0E442", "#FAF7C6", "#958D29", "font-style: italic"),
    "reported": Style("reported speech", "#999999", "#EEEEEE", "#666666", "font-style: normal"),
}


def contrast_ratio(first: str, second: str) -> float:
    """The WCAG contrast ratio of two ``#RRGGBB`` colours, from 1 (none) to 21 (black on white).

    Text needs 4.5 or more; lines and chart marks need 3 or more.

    >>> round(contrast_ratio("#000000", "#FFFFFF"), 1)
    21.0
    """

    def luminance(colour: str) -> float:
        channels = [int(colour.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4)]
        r, g, b = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def style_css(kind: str) -> str:
    """The inline CSS of one kind of highlight: its tint, its line and its shape."""
    style = STYLES[kind]
    return f"background-color: {style.tint}; color: #000000; padding: 0 1px; " + style.css.format(
        line=style.line
    )


def type_label(kind: str) -> str:
    """A reader's name for an entity type: ``type_label("GPE")`` is 'countries, states, cities'."""
    return STYLES[kind].label if kind in STYLES else kind.lower()


def legend_html(counts: dict[str, int] | None = None, kinds: Iterable[str] | None = None) -> str:
    """A key to the highlights: a sample of each style, its name and (optionally) a count."""
    kinds = list(kinds if kinds is not None else ("quote", "reported", *ENTITY_TYPES))
    items = []
    for kind in kinds:
        count = "" if counts is None else f" ({counts.get(kind, 0)})"
        items.append(
            f'<span style="{style_css(kind)}; margin-right: 0.9em; white-space: nowrap">'
            f"{html.escape(STYLES[kind].label)}{count}</span>"
        )
    return '<div class="lessons-legend" style="line-height: 2">Key: ' + " ".join(items) + "</div>"


# ---------------------------------------------------------------------------------------------
# 2a. The article with its highlights


@dataclass(frozen=True)
class Mark:
    """A stretch of raw text to highlight: where it is, what kind it is, a tooltip."""

    start: int
    end: int
    kind: str
    title: str


def quote_marks(quotes: Iterable[Quote | IndirectQuote], kind: str = "quote") -> list[Mark]:
    """One mark per quote, titled with who said it."""
    label = "quote" if kind == "quote" else "reported speech"
    return [
        Mark(q.start, q.end, kind, f"{label}: {q.speaker or 'speaker unknown'}") for q in quotes
    ]


def entity_marks(entities: Iterable[Entity], types: Iterable[str] = ENTITY_TYPES) -> list[Mark]:
    """One mark per mention of every entity whose type is in ``types``."""
    wanted = set(types)
    return [
        Mark(m.start, m.end, e.type, f"{type_label(e.type)}: {e.text}")
        for e in entities
        if e.type in wanted
        for m in e.mentions
    ]


def _without_overlaps(marks: Iterable[Mark]) -> list[Mark]:
    """Marks in reading order; of two that overlap, the one that starts first (or is longer)."""
    kept: list[Mark] = []
    for mark in sorted(marks, key=lambda m: (m.start, -(m.end - m.start))):
        if mark.end > mark.start and (not kept or mark.start >= kept[-1].end):
            kept.append(mark)
    return kept


def _marked(raw: str, start: int, end: int, marks: list[Mark], inner: Callable) -> str:
    """HTML of ``raw[start:end]`` with ``marks`` (sorted, no overlaps) wrapped in tags.

    Names become <mark>; quotes a <span> (a <q> would add a second pair of quote marks).

    ``inner(a, b)`` renders the text between marks and inside them (the next layer down).
    """
    starts = [m.end for m in marks]
    out: list[str] = []
    position = start
    for mark in marks[bisect.bisect_right(starts, start) :]:
        if mark.start >= end:
            break
        a, b = max(mark.start, start), min(mark.end, end)
        out.append(inner(position, a))
        tag = "span" if mark.kind in ("quote", "reported") else "mark"
        out.append(
            f'<{tag} class="lessons-{mark.kind.lower()}" title="{html.escape(mark.title)}" '
            f'style="{style_css(mark.kind)}">{inner(a, b)}</{tag}>'
        )
        position = b
    out.append(inner(position, end))
    return "".join(out)


def highlight(raw: str, span: Span, quotes: list[Mark], names: list[Mark]) -> str:
    """One part of the article as HTML: quotes on the outside, names inside them.

    >>> raw = "Ana Ruiz said: win."
    >>> highlight(raw, Span(raw, 0, 19), [], [Mark(0, 8, "PERSON", "Ana Ruiz")])[:45]
    '<mark class="lessons-person" title="Ana Ruiz"'
    """
    quotes, names = _without_overlaps(quotes), _without_overlaps(names)

    def text(a: int, b: int) -> str:
        return html.escape(raw[a:b])

    def with_names(a: int, b: int) -> str:
        return _marked(raw, a, b, names, text)

    return _marked(raw, span.start, span.end, quotes, with_names)


def article_html(
    analysis: Analysis,
    types: Iterable[str] = ENTITY_TYPES,
    quotes: bool = True,
    reported: bool = False,
) -> str:
    """The story (headline, dek, caption, numbered paragraphs) with its highlights, as HTML."""
    article = analysis.article
    quote_layer = (quote_marks(analysis.quotes) if quotes else []) + (
        quote_marks(analysis.indirect_quotes, "reported") if reported else []
    )
    name_layer = entity_marks(analysis.entities, types)
    parts = []
    for name, span in article.story_parts():
        body = highlight(article.raw, span, quote_layer, name_layer)
        if name == "headline":
            parts.append(f'<h3 style="margin: 0.2em 0 0.4em">{body}</h3>')
        elif name == "dek":
            parts.append(f'<p style="font-size: 1.1em; color: #333333"><em>{body}</em></p>')
        elif name == "caption":
            parts.append(
                '<p style="font-size: 0.9em; color: #333333; border-left: 3px solid #767676; '
                f'padding-left: 0.5em">Photo caption: {body}</p>'
            )
        else:
            number = name.removeprefix("paragraph ")
            parts.append(
                f'<p><span style="color: #595959; font-size: 0.8em" title="paragraph {number}">'
                f"¶{number}</span> {body}</p>"
            )
    if not parts:
        parts.append("<p>No story text was found in this article.</p>")
    return (
        '<div class="lessons-article" style="max-width: 48em; line-height: 1.7; '
        'color: #000000; background: #FFFFFF; padding: 0.3em 0.6em">' + "".join(parts) + "</div>"
    )


def where(article: Article, offset: int) -> str:
    """Where an offset sits, in words: '¶3', 'headline', 'dek', 'caption' or 'elsewhere'."""
    paragraph = article.paragraph_at(offset)
    if paragraph is not None:
        return f"¶{paragraph}"
    for name, span in article.story_parts():
        if span.start <= offset < span.end:
            return name
    return "elsewhere"


# ---------------------------------------------------------------------------------------------
# 2b. Quotes: who is speaking, in context

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


def _table(headers: Sequence[str], rows: Iterable[Sequence[str]], caption: str) -> str:
    """An HTML table (cells are already HTML) with a caption for screen readers."""
    head = "".join(
        f'<th style="text-align: left; padding: 4px 8px; border-bottom: 2px solid #333333">{h}</th>'
        for h in headers
    )
    body = "".join(
        "<tr>"
        + "".join(
            '<td style="text-align: left; vertical-align: top; padding: 4px 8px; '
            f'border-bottom: 1px solid #CCCCCC">{cell}</td>'
            for cell in row
        )
        + "</tr>"
        for row in rows
    )
    return (
        '<table class="lessons-table" style="border-collapse: collapse; color: #000000; '
        'background: #FFFFFF; line-height: 1.45">'
        f'<caption style="text-align: left; caption-side: top; padding: 4px 0">{caption}</caption>'
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    )


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
# 2c. Entities: who and what the story names, how often

ALL_TYPES = "(all)"
TOP = 15  # bars in a chart


def filter_entities(entities: Iterable[Entity], kind: str = ALL_TYPES) -> list[Entity]:
    """Entities of one type (or all), most mentioned first, ties in alphabetical order."""
    chosen = [e for e in entities if kind == ALL_TYPES or e.type == kind]
    return sorted(chosen, key=lambda e: (-e.count, e.text.casefold(), e.text))


def _times(count: int) -> str:
    return f"{count} mention" + ("" if count == 1 else "s")


def entity_chart_description(entities: Sequence[Entity], top: int = TOP) -> str:
    """One sentence that says what the entity chart shows (for screen readers and projectors).

    >>> from lessons.article import Span
    >>> kyiv = Entity("Kyiv", "GPE", (Span("Kyiv", 0, 4), Span("Kyiv", 9, 13)))
    >>> entity_chart_description([kyiv])
    'Bar chart: 1 entity; the most frequent is Kyiv (2 mentions).'
    """
    if not entities:
        return "No entities of this kind in the article, so the chart is empty."
    ranked = filter_entities(entities)
    best = ranked[0].count
    leaders = [e.text for e in ranked if e.count == best]
    shown = (
        f"the {top} most frequent of {len(ranked)} entities"
        if len(ranked) > top
        else (f"{len(ranked)} entit{'y' if len(ranked) == 1 else 'ies'}")
    )
    if len(leaders) == 1:
        most = f"the most frequent is {leaders[0]} ({_times(best)})"
    else:
        names = ", ".join(leaders[:3]) + (
            f" and {len(leaders) - 3} more" if len(leaders) > 3 else ""
        )
        most = f"the most frequent are {names} ({_times(best)} each)"
    return f"Bar chart: {shown}; {most}."


def entity_chart_png(entities: Sequence[Entity], top: int = TOP) -> bytes | None:
    """A horizontal bar chart of mentions per entity (PNG), coloured and hatched by type."""
    ranked = filter_entities(entities)[:top]
    if not ranked:
        return None
    from matplotlib.patches import Patch

    figure = _figure(7, 0.32 * len(ranked) + 1.4)
    axes = figure.subplots()
    shown = list(reversed(ranked))
    axes.barh(
        [e.text for e in shown],
        [e.count for e in shown],
        color=[STYLES.get(e.type, STYLES["OTHER"]).colour for e in shown],
        edgecolor="#000000",
        linewidth=0.8,
    )
    for bar, entity in zip(axes.patches, shown, strict=True):
        bar.set_hatch(STYLES.get(entity.type, STYLES["OTHER"]).hatch)
    types = [t for t in ENTITY_TYPES if any(e.type == t for e in ranked)]
    axes.legend(
        handles=[
            Patch(
                facecolor=STYLES[t].colour,
                hatch=STYLES[t].hatch,
                edgecolor="#000000",
                label=STYLES[t].label,
            )
            for t in types
        ],
        loc="lower right",
        frameon=False,
    )
    axes.set_xlabel("mentions in the story")
    axes.set_title("Who and what the story names")
    axes.xaxis.get_major_locator().set_params(integer=True)
    axes.spines[["top", "right"]].set_visible(False)
    figure.tight_layout()
    return _png(figure)


def entities_table_html(article: Article, entities: Sequence[Entity]) -> str:
    """A table of entities: name, type, mentions and where they are."""
    if not entities:
        return "<p>No entities for this choice.</p>"
    rows = []
    for entity in entities:
        places = list(dict.fromkeys(where(article, m.start) for m in entity.mentions))
        rows.append(
            (
                f'<mark style="{style_css(entity.type if entity.type in STYLES else "OTHER")}">'
                f"{html.escape(entity.text)}</mark>",
                html.escape(type_label(entity.type)),
                str(entity.count),
                html.escape(", ".join(places)),
            )
        )
    noun = "entity" if len(entities) == 1 else "entities"
    return _table(["Name", "Kind", "Mentions", "Where"], rows, f"{len(entities)} {noun}")


# ---------------------------------------------------------------------------------------------
# 2d. The timeline: which dates, in order


def date_key(date: str) -> tuple[dt.date, int]:
    """Sort key for "YYYY", "YYYY-MM" and "YYYY-MM-DD": by first day, the vaguer date first."""
    parts = [int(p) for p in date.split("-")]
    year, month, day = (parts + [1, 1])[:3]
    return dt.date(year, month, day), len(parts)


def date_label(date: str) -> str:
    """A date as a reader writes it: '2024-11-20' is '20 Nov 2024', '2024-08' is 'Aug 2024'."""
    try:
        first, precision = date_key(date)
    except ValueError:
        return date
    if precision == 1:
        return f"{first.year}"
    if precision == 2:
        return first.strftime("%b %Y")
    return f"{first.day} {first.strftime('%b %Y')}"


def is_dated(event: Event) -> bool:
    """True when the event has a date the kit can put on a calendar."""
    try:
        date_key(event.date or "")
    except ValueError:
        return False
    return True


def timeline_dates(events: Iterable[Event]) -> list[str]:
    """The distinct dates of the events, in calendar order."""
    return sorted({e.date for e in events if is_dated(e)}, key=date_key)


def events_between(events: Iterable[Event], first: str, last: str) -> list[Event]:
    """The dated events from ``first`` to ``last`` (inclusive), in calendar then reading order."""
    low, high = date_key(first), date_key(last)
    chosen = [e for e in events if is_dated(e) and low <= date_key(e.date) <= high]
    return sorted(chosen, key=lambda e: (date_key(e.date), e.start))


def timeline_description(events: Sequence[Event]) -> str:
    """One sentence that says what the timeline chart shows.

    >>> timeline_description([])
    'No dated events in this range, so the chart is empty.'
    """
    if not events:
        return "No dated events in this range, so the chart is empty."
    dates = timeline_dates(events)
    planned = sum(1 for e in events if e.status == "planned")
    noun = "event" if len(events) == 1 else "events"
    span = (
        f"on {date_label(dates[0])}"
        if len(dates) == 1
        else f"from {date_label(dates[0])} to {date_label(dates[-1])}"
    )
    ahead = f"{planned} still planned" if planned else "all in the past"
    return f"Timeline chart: {len(events)} dated {noun} {span}; {ahead}."


def timeline_chart_png(events: Sequence[Event]) -> bytes | None:
    """The timeline chart (drawn by :func:`lessons.timeline.plot_timeline`) as PNG."""
    if not events:
        return None
    from lessons.timeline import plot_timeline

    figure = _figure(11, 5)
    plot_timeline(list(events), ax=figure.subplots())
    figure.tight_layout()
    return _png(figure)


def timeline_table_html(article: Article, events: Sequence[Event]) -> str:
    """A table of events: date, the words that give it, what happened, past or planned, where."""
    if not events:
        return "<p>No events for this choice.</p>"
    rows = [
        (
            html.escape(date_label(e.date) if e.date else "no date"),
            html.escape(e.expression),
            html.escape(e.event),
            html.escape(e.status),
            where(article, e.start),
        )
        for e in events
    ]
    noun = "event" if len(events) == 1 else "events"
    return _table(
        ["Date", "The story says", "What happened", "Past or planned", "Where"],
        rows,
        f"{len(events)} {noun}",
    )


def _figure(width: float, height: float) -> Figure:
    """A matplotlib Figure of its own (no pyplot: nothing is shown or kept by accident)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(width, height), dpi=100)
    FigureCanvasAgg(figure)
    return figure


def _png(figure: Figure) -> bytes:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", metadata={"Software": None})
    return buffer.getvalue()


# ---------------------------------------------------------------------------------------------
# 3. Widgets


def message_html(text: str, kind: str = "info") -> str:
    """One line for the reader: 'info', 'warning' or 'error' (with a symbol, not only a colour)."""
    symbol, colour = {
        "info": ("✓", "#005A32"),
        "warning": ("⚠", "#7A4D00"),
        "error": ("⚠", "#A40000"),
    }[kind]
    return (
        f'<div class="lessons-message lessons-{kind}" role="status" style="color: {colour}">'
        f"{symbol} {html.escape(text)}</div>"
    )


def _show_chart(
    caption: widgets.HTML, output: widgets.Output, png: bytes | None, description: str
) -> None:
    """A chart and, beside it, the one-sentence description a screen reader or projector needs."""
    caption.value = f'<p class="lessons-chart-description">{html.escape(description)}</p>'
    _show_png(output, png, description)


def _show_png(output: widgets.Output, png: bytes | None, description: str) -> None:
    """Put a PNG chart in an Output widget (set from Python: nothing is printed)."""
    if png is None:
        output.outputs = ()
        return
    output.outputs = (
        {
            "output_type": "display_data",
            "data": {
                "image/png": base64.b64encode(png).decode("ascii"),
                "text/plain": description,
            },
            "metadata": {},
        },
    )


def _as_analysis(source: Analysis | str | None) -> Analysis | None:
    return analyze(source) if isinstance(source, str) else source


class _View(widgets.VBox):
    """A view of one Analysis. ``show(analysis)`` swaps the article; filters re-render only it.

    ``problem`` is an HTML line that says (in one sentence) when the view cannot be drawn.
    """

    analysis: Analysis | None = None

    def __init__(self, children: Sequence[widgets.Widget]) -> None:
        self.problem = widgets.HTML()
        super().__init__([self.problem, *children])

    def show(self, analysis: Analysis | str) -> None:
        self.analysis = _as_analysis(analysis)
        self._guarded(self._load)

    def _load(self) -> None:  # new article: rebuild the choices, then render
        self._render()

    def _render(self) -> None:
        raise NotImplementedError

    def _guarded(self, step: Callable[[], None]) -> None:
        """Run a step; if it fails, say so in one line instead of a traceback."""
        if self.analysis is None:
            return
        try:
            step()
        except Exception as error:  # noqa: BLE001 - the reader gets one line, not a traceback
            self.problem.value = message_html(
                f"This view could not be drawn ({type(error).__name__}: {error}).", "error"
            )
        else:
            self.problem.value = ""

    def _on_change(self, _change: object = None) -> None:
        self._guarded(self._render)


class ArticleView(_View):
    """The article with quotes and names highlighted; a checkbox per kind of highlight.

    >>> view = ArticleView(analyze("Vote\\n\\n\\u201cWe won,\\u201d Ana Ruiz said."))
    >>> 'class="lessons-quote"' in view.text.value
    True
    """

    def __init__(self, analysis: Analysis | str | None = None) -> None:
        def box(kind: str, on: bool) -> widgets.Checkbox:
            box = widgets.Checkbox(
                value=on,
                description=STYLES[kind].label,
                indent=False,
                layout=widgets.Layout(width="auto", margin="0 1em 0 0"),
            )
            box.observe(self._on_change, names="value")
            return box

        self.quotes = box("quote", True)
        self.reported = box("reported", False)
        self.types = {kind: box(kind, True) for kind in ENTITY_TYPES}
        self.legend = widgets.HTML()
        self.text = widgets.HTML()
        toggles = widgets.HBox(
            [self.quotes, self.reported, *self.types.values()],
            layout=widgets.Layout(flex_flow="row wrap"),
        )
        super().__init__([widgets.HTML("<b>Show:</b>"), toggles, self.legend, self.text])
        if analysis is not None:
            self.show(analysis)

    @property
    def shown_types(self) -> list[str]:
        return [kind for kind, box in self.types.items() if box.value]

    def _render(self) -> None:
        analysis = self.analysis
        counts = {"quote": len(analysis.quotes), "reported": len(analysis.indirect_quotes)}
        for entity in analysis.entities:
            counts[entity.type] = counts.get(entity.type, 0) + entity.count
        shown = [k for k, box in (("quote", self.quotes), ("reported", self.reported)) if box.value]
        self.legend.value = legend_html(counts, [*shown, *self.shown_types])
        self.text.value = article_html(
            analysis, self.shown_types, quotes=self.quotes.value, reported=self.reported.value
        )


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


class EntityExplorer(_View):
    """Entities filtered by type, with a frequency chart and its one-sentence description.

    ``explorer.kind.value = "GPE"`` redraws ``explorer.chart`` with places only.
    """

    def __init__(self, analysis: Analysis | str | None = None) -> None:
        self.kind = widgets.Dropdown(
            options=[("All kinds", ALL_TYPES)],
            description="Kind:",
            layout=widgets.Layout(width="24em"),
        )
        self.description = widgets.HTML()
        self.chart = widgets.Output(layout=widgets.Layout(min_height="2em"))
        self.table = widgets.HTML()
        self.kind.observe(self._on_change, names="value")
        super().__init__([self.kind, self.description, self.chart, self.table])
        if analysis is not None:
            self.show(analysis)

    @property
    def shown(self) -> list[Entity]:
        return filter_entities(self.analysis.entities, self.kind.value)

    def _load(self) -> None:
        entities = self.analysis.entities
        counts = Counter(e.type for e in entities)
        options = [(f"All kinds ({len(entities)})", ALL_TYPES)] + [
            (f"{type_label(t)} ({counts[t]})", t) for t in ENTITY_TYPES if counts[t]
        ]
        options += [(f"{t.lower()} ({counts[t]})", t) for t in sorted(counts) if t not in STYLES]
        wanted = self.kind.value
        self.kind.unobserve(self._on_change, names="value")
        self.kind.options = options
        self.kind.value = wanted if wanted in [v for _, v in options] else ALL_TYPES
        self.kind.observe(self._on_change, names="value")
        self._render()

    def _render(self) -> None:
        entities = self.shown
        description = entity_chart_description(entities)
        _show_chart(self.description, self.chart, entity_chart_png(entities), description)
        self.table.value = entities_table_html(self.analysis.article, entities)


class TimelineExplorer(_View):
    """Dated events between two dates chosen on a slider: a chart, its description and a list.

    ``explorer.dates.value = ("2024-11-18", "2024-11-20")`` keeps those three days.
    """

    def __init__(self, analysis: Analysis | str | None = None) -> None:
        self.dates = widgets.SelectionRangeSlider(
            options=[("no dates", "")],
            index=(0, 0),
            description="Dates:",
            continuous_update=False,
            layout=widgets.Layout(width="40em"),
            style={"description_width": "initial"},
        )
        self.description = widgets.HTML()
        self.chart = widgets.Output(layout=widgets.Layout(min_height="2em"))
        self.table = widgets.HTML()
        self.undated = widgets.HTML()
        self.dates.observe(self._on_change, names="value")
        super().__init__([self.dates, self.description, self.chart, self.table, self.undated])
        if analysis is not None:
            self.show(analysis)

    @property
    def shown(self) -> list[Event]:
        dates = timeline_dates(self.analysis.timeline)
        if not dates:
            return []
        first, last = self.dates.value or (dates[0], dates[-1])
        if first not in dates or last not in dates:
            first, last = dates[0], dates[-1]
        return events_between(self.analysis.timeline, first, last)

    def _load(self) -> None:
        dates = timeline_dates(self.analysis.timeline)
        self.dates.unobserve(self._on_change, names="value")
        if dates:
            self.dates.options = [(date_label(d), d) for d in dates]
            self.dates.index = (0, len(dates) - 1)
            self.dates.disabled = len(dates) == 1
        else:
            self.dates.options = [("no dates", "")]
            self.dates.index = (0, 0)
            self.dates.disabled = True
        self.dates.observe(self._on_change, names="value")
        self._render()

    def _render(self) -> None:
        events = self.shown
        description = timeline_description(events)
        _show_chart(self.description, self.chart, timeline_chart_png(events), description)
        self.table.value = timeline_table_html(self.analysis.article, events)
        undated = [e for e in self.analysis.timeline if not is_dated(e)]
        self.undated.value = (
            ""
            if not undated
            else "<p>Time words the kit could not pin to a date: "
            + ", ".join(
                f"“{html.escape(e.expression)}” ({where(self.analysis.article, e.start)})"
                for e in undated
            )
            + "</p>"
        )


class ArticleInput(widgets.VBox):
    """Paste or upload an article, set its publication date, and analyse it.

    ``on_text(text, published)`` is called with the text and the date; it returns a one-line
    summary or raises LessonError. Problems appear in ``message``, never as a traceback.
    """

    def __init__(self, on_text: Callable[[str, dt.date | None], str]) -> None:
        self.on_text = on_text
        self.text = widgets.Textarea(
            placeholder="Paste the text of a news article here: headline, then the story.",
            layout=widgets.Layout(width="98%", height="14em"),
        )
        self.upload = widgets.FileUpload(accept=".txt,text/plain", multiple=False)
        self.upload.description = "Upload .txt"
        self.published = widgets.DatePicker(description="Published:")
        self.analyse = widgets.Button(
            description="Analyse this text", button_style="primary", icon="search"
        )
        self.message = widgets.HTML()
        self.analyse.on_click(lambda _button: self.submit())
        self.upload.observe(self._on_upload, names="value")
        self.published.observe(self._on_date, names="value")
        self._last_text: str | None = None
        super().__init__(
            [
                widgets.HTML(
                    "<p>Paste an article (or upload a UTF-8 .txt file), set the date it was "
                    "published, then press <b>Analyse this text</b>. Every tab updates.</p>"
                ),
                self.text,
                widgets.HBox([self.upload, self.published, self.analyse]),
                self.message,
            ]
        )

    def submit(self, text: str | None = None) -> bool:
        """Analyse ``text`` (or the text box); True when it worked. Errors go to ``message``."""
        text = self.text.value if text is None else text
        try:
            summary = self.on_text(text, self.published.value)
        except LessonError as error:
            self.message.value = message_html(str(error), "error")
            return False
        except Exception as error:  # noqa: BLE001 - one line for the reader, never a traceback
            self.message.value = message_html(
                f"The kit could not analyse this text ({type(error).__name__}: {error}). "
                "Try another article, or tell your instructor.",
                "error",
            )
            return False
        self._last_text = text
        kind = "warning" if summary.startswith("⚠") else "info"
        self.message.value = message_html(summary.removeprefix("⚠ "), kind)
        return True

    def _on_upload(self, change: dict) -> None:
        files = change["new"]
        if not files:
            return
        upload = files[-1]
        name = upload.get("name", "the uploaded file")
        try:
            text = decode_text(bytes(upload["content"]), name)
        except LessonError as error:
            self.message.value = message_html(str(error), "error")
            return
        except Exception as error:  # noqa: BLE001
            self.message.value = message_html(f"{name} could not be read ({error}).", "error")
            return
        self.text.value = text
        self.submit(text)

    def _on_date(self, _change: dict) -> None:
        if self._last_text is not None:
            self.submit(self._last_text)


TAB_TITLES = ("Article", "Quotes", "Names", "Timeline", "Your article")


class Dashboard(widgets.VBox):
    """The four views of one article in tabs, plus a tab to analyse another article.

    ``load(text, published)`` analyses a text (cached) and updates every view that has a new
    analysis; ``analysis`` is the Analysis on show.
    """

    def __init__(self, text: str = "", published: str | dt.date | None = None) -> None:
        self.analysis: Analysis | None = None
        self.header = widgets.HTML()
        self.article = ArticleView()
        self.quotes = QuoteExplorer()
        self.entities = EntityExplorer()
        self.timeline = TimelineExplorer()
        self.input = ArticleInput(self._analyse)
        self.views: tuple[_View, ...] = (self.article, self.quotes, self.entities, self.timeline)
        self.tabs = widgets.Tab(children=[*self.views, self.input], titles=TAB_TITLES)
        super().__init__([self.header, self.tabs])
        try:
            self.input.published.value = parse_date(published)
        except LessonError as error:
            self.input.message.value = message_html(str(error), "error")
            self.tabs.selected_index = len(self.views)
            return
        if text and self.input.submit(text):
            self.input.text.value = text
        else:
            self.header.value = "<p>Paste or upload an article in the <b>Your article</b> tab.</p>"
            self.tabs.selected_index = len(self.views)

    def load(self, text: str, published: str | dt.date | None = None) -> Analysis:
        """Analyse a text and show it in every view (only views whose analysis changed redraw)."""
        analysis = analyze(text, published)
        if analysis is not self.analysis:
            self.analysis = analysis
            for view in self.views:
                if view.analysis is not analysis:
                    view.show(analysis)
            self.header.value = header_html(analysis)
        return analysis

    def _analyse(self, text: str, published: dt.date | None) -> str:
        analysis = self.load(text, published)
        return analysis_summary(analysis)

    def __repr__(self) -> str:
        headline = self.analysis and self.analysis.article.headline
        return f"Dashboard({headline.text if headline else 'no article'!r})"


def header_html(analysis: Analysis) -> str:
    """The dashboard's title line: headline and publication date."""
    headline = analysis.article.headline
    date = analysis.published.date
    when = f"published {date.isoformat()}" if date else "publication date unknown"
    title = html.escape(headline.text if headline else "Untitled")
    counts = html.escape(analysis_counts(analysis))
    return (
        f'<h3 style="margin: 0.2em 0">{title}</h3>'
        f'<p style="color: #333333; margin: 0">{when} · {counts}</p>'
    )


def analysis_counts(analysis: Analysis) -> str:
    """'5 quotes, 12 names, 9 dated events' for an Analysis."""
    dated = sum(1 for e in analysis.timeline if is_dated(e))
    return (
        f"{len(analysis.quotes)} quote{'' if len(analysis.quotes) == 1 else 's'}, "
        f"{len(analysis.entities)} name{'' if len(analysis.entities) == 1 else 's'}, "
        f"{dated} dated event{'' if dated == 1 else 's'}"
    )


def analysis_summary(analysis: Analysis) -> str:
    """The line shown after an analysis; starts with '⚠' when something needs the reader."""
    headline = analysis.article.headline
    title = headline.text if headline else "the text"
    if len(title) > 60:
        title = title[:57] + "…"
    summary = f"Analysed “{title}”: {analysis_counts(analysis)}."
    warnings = []
    if analysis.published.date is None:
        warnings.append(
            "the publication date is unknown: set it so that 'on Tuesday' can become a date"
        )
    if not any(is_dated(e) for e in analysis.timeline):
        warnings.append("no dates found, so the timeline is empty")
    if warnings:
        return "⚠ " + summary + " Note: " + "; ".join(warnings) + "."
    return summary


def dashboard(text: str = "", published: str | dt.date | None = None) -> Dashboard:
    """Every view of an article in one widget: article, quotes, names, timeline, your article.

    ``published`` is the publication date ("YYYY-MM-DD"); without it the kit looks for one in
    the article. Display the result (last line of a cell) to use it.
    """
    return Dashboard(text, published)
