"""Lesson 5: explore the story with widgets.

The earlier lessons turned an article into data: quotes and who said them, the people, groups
and places it names, and the dates it mentions. This package turns that data back into something
a reporter can *read*: the article with every quote and name highlighted, and three explorers
that filter the findings (by source, by kind of name, by date) and redraw a chart as you go.

Everything here is built on :func:`lessons.pipeline.analyze`, which reads a text once and keeps
the result; the views never read the text again, they only show the :class:`Analysis`.

Every view is made of plain functions (they take an Analysis, or a part of it, and return HTML
or text: ``article_html``, ``quotes_table_html``, ``entity_chart_description``...) and a widget
that calls them. One module each, in this order:

1. :mod:`~lessons.explore.styles`: one colour *and* one line style per kind of name, so colour
   is never the only cue (the Okabe-Ito palette stays distinct for readers with colour-blindness);
2. :mod:`~lessons.explore.views`: what every view shares: tables, charts with a one-sentence
   description, a one-line message, and the base widget;
3. :mod:`~lessons.explore.article_view`: the article with its highlights (:class:`ArticleView`);
4. :mod:`~lessons.explore.quote_explorer`: quotes by source, in context (:class:`QuoteExplorer`);
5. :mod:`~lessons.explore.entity_explorer`: names by kind, with a chart (:class:`EntityExplorer`);
6. :mod:`~lessons.explore.timeline_explorer`: events between two dates, with a chart
   (:class:`TimelineExplorer`);
7. :mod:`~lessons.explore.board`: :class:`ArticleInput` and :func:`dashboard`, which puts them
   together in tabs.

>>> board = dashboard("Council Votes\\n\\n\\u201cWe won,\\u201d Mayor Ana Ruiz said on Tuesday.",
...                   published="2025-03-06")
>>> board.analysis.article.headline.text
'Council Votes'

Every widget can be driven from Python, which is how the tests check them: set a value, read
what the view shows (``board.quotes.speaker.value = "Ana Ruiz"``, then
``board.quotes.table.value`` is the HTML of her quotes).
"""

from lessons.explore.article_view import (
    ArticleView,
    Mark,
    article_html,
    entity_marks,
    highlight,
    quote_marks,
    where,
)
from lessons.explore.board import (
    TAB_TITLES,
    ArticleInput,
    Dashboard,
    analysis_counts,
    analysis_summary,
    dashboard,
    date_note,
    header_html,
)
from lessons.explore.entity_explorer import (
    ALL_TYPES,
    TOP,
    EntityExplorer,
    entities_table_html,
    entity_chart_description,
    entity_chart_png,
    filter_entities,
)
from lessons.explore.quote_explorer import (
    ALL_SOURCES,
    ANONYMOUS_SOURCES,
    NAMED_SOURCES,
    QuoteExplorer,
    filter_quotes,
    is_anonymous,
    quote_in_context,
    quotes_table_html,
    sentence_around,
    sourcing_sentence,
    speaker_options,
)
from lessons.explore.styles import (
    ENTITY_TYPES,
    STYLES,
    Style,
    contrast_ratio,
    legend_html,
    style_css,
    type_label,
)
from lessons.explore.timeline_explorer import (
    TimelineExplorer,
    date_key,
    date_label,
    events_between,
    is_dated,
    timeline_chart_png,
    timeline_dates,
    timeline_description,
    timeline_table_html,
)
from lessons.explore.views import message_html

__all__ = [
    "ALL_SOURCES",
    "ALL_TYPES",
    "ANONYMOUS_SOURCES",
    "ENTITY_TYPES",
    "NAMED_SOURCES",
    "STYLES",
    "TAB_TITLES",
    "TOP",
    "ArticleInput",
    "ArticleView",
    "Dashboard",
    "EntityExplorer",
    "Mark",
    "QuoteExplorer",
    "Style",
    "TimelineExplorer",
    "analysis_counts",
    "analysis_summary",
    "article_html",
    "contrast_ratio",
    "dashboard",
    "date_key",
    "date_label",
    "date_note",
    "entities_table_html",
    "entity_chart_description",
    "entity_chart_png",
    "entity_marks",
    "events_between",
    "filter_entities",
    "filter_quotes",
    "header_html",
    "highlight",
    "is_anonymous",
    "is_dated",
    "legend_html",
    "message_html",
    "quote_in_context",
    "quote_marks",
    "quotes_table_html",
    "sentence_around",
    "sourcing_sentence",
    "speaker_options",
    "style_css",
    "timeline_chart_png",
    "timeline_dates",
    "timeline_description",
    "timeline_table_html",
    "type_label",
    "where",
]
