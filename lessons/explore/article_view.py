"""The article with its highlights: quotes on the outside, names inside them.

:func:`article_html` gives the story (headline, dek, caption, numbered paragraphs) as HTML;
:class:`ArticleView` shows it with a checkbox per kind of highlight.
"""

from __future__ import annotations

import bisect
import html
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import ipywidgets as widgets

from lessons.article import Article, Span
from lessons.entities import Entity
from lessons.explore.styles import ENTITY_TYPES, STYLES, legend_html, style_css, type_label
from lessons.explore.views import _View
from lessons.pipeline import Analysis
from lessons.quotes import IndirectQuote, Quote


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
            number = int(name.removeprefix("paragraph ")) + 1  # as a reader counts: from 1
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
    """Where an offset sits, in words: '¶3' (the third paragraph), 'headline', 'dek', 'caption'
    or 'elsewhere'."""
    paragraph = article.paragraph_at(offset)
    if paragraph is not None:
        return f"¶{paragraph + 1}"
    for name, span in article.story_parts():
        if span.start <= offset < span.end:
            return name
    return "elsewhere"


# ---------------------------------------------------------------------------------------------
# The widget


class ArticleView(_View):
    """The article with quotes and names highlighted; a checkbox per kind of highlight.

    >>> from lessons.pipeline import analyze
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
        units = {"quote": "quotes", "reported": "reports"} | dict.fromkeys(ENTITY_TYPES, "mentions")
        self.legend.value = legend_html(counts, [*shown, *self.shown_types], units)
        self.text.value = article_html(
            analysis, self.shown_types, quotes=self.quotes.value, reported=self.reported.value
        )
