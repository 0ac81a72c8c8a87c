"""Entities: who and what the story names, how often.

A bar chart of mentions in the story (coloured *and* hatched by kind; a name found only in the
byline or the photo credit is left off it) with the sentence that describes it,
a table of names and where they are, and :class:`EntityExplorer` to pick one kind of name.
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace

import ipywidgets as widgets

from lessons.article import Article
from lessons.entities import Entity
from lessons.entities.charts import describe_entity_counts, draw_entity_counts
from lessons.explore.article_view import where
from lessons.explore.styles import ENTITY_TYPES, STYLES, style_css, type_label
from lessons.explore.views import _figure, _png, _show_chart, _table, _View
from lessons.pipeline import Analysis

ALL_TYPES = "(all)"
TOP = 15  # bars in a chart


def filter_entities(entities: Iterable[Entity], kind: str = ALL_TYPES) -> list[Entity]:
    """Entities of one type (or all), most mentioned first, ties in alphabetical order."""
    chosen = [e for e in entities if kind == ALL_TYPES or e.type == kind]
    return sorted(chosen, key=lambda e: (-e.count, e.text.casefold(), e.text))


def named_in_story(entities: Iterable[Entity]) -> list[Entity]:
    """The entities with only their mentions in the story itself (:attr:`Entity.story_mentions`):
    a photographer named in the photo credit is not someone the story talks about.

    >>> from lessons.entities import Mention
    >>> favila = Entity("Aaron Favila", "PERSON", (Mention("Aaron Favila", 0, 12, part="credit"),))
    >>> named_in_story([favila])
    []
    """
    return [replace(e, mentions=e.story_mentions) for e in entities if e.story_mentions]


def entity_chart_description(entities: Sequence[Entity], top: int = TOP) -> str:
    """One sentence that says what the entity chart shows (for screen readers and projectors).

    The same sentence as lesson 3's chart (:func:`lessons.entities.charts.describe_entity_counts`).

    >>> from lessons.article import Span
    >>> kyiv = Entity("Kyiv", "GPE", (Span("Kyiv", 0, 4), Span("Kyiv", 9, 13)))
    >>> entity_chart_description([kyiv])
    'Bar chart: 1 entity; the most frequent is Kyiv (2 mentions).'
    """
    return describe_entity_counts(entities, top)


def entity_chart_png(entities: Sequence[Entity], top: int = TOP) -> bytes | None:
    """A horizontal bar chart of mentions per entity (PNG), drawn as in lesson 3."""
    chosen = filter_entities(named_in_story(entities))[:top]
    if not chosen:
        return None
    figure = _figure(7, 0.34 * len(chosen) + 1.5)
    draw_entity_counts(figure.subplots(), chosen, "Who and what the story names")
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
# The widget


def _names(count: int) -> str:
    """'5 names': the Kind list counts names (the article's key counts mentions)."""
    return f"{count} name{'' if count == 1 else 's'}"


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
        options = [(f"All kinds ({_names(len(entities))})", ALL_TYPES)] + [
            (f"{type_label(t)} ({_names(counts[t])})", t) for t in ENTITY_TYPES if counts[t]
        ]
        options += [
            (f"{t.lower()} ({_names(counts[t])})", t) for t in sorted(counts) if t not in STYLES
        ]
        wanted = self.kind.value
        self.kind.unobserve(self._on_change, names="value")
        self.kind.options = options
        self.kind.value = wanted if wanted in [v for _, v in options] else ALL_TYPES
        self.kind.observe(self._on_change, names="value")
        self._render()

    def _render(self) -> None:
        entities = self.shown
        description = entity_chart_description(named_in_story(entities))
        _show_chart(self.description, self.chart, entity_chart_png(entities), description)
        self.table.value = entities_table_html(self.analysis.article, entities)
