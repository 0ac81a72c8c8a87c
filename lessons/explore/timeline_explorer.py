"""The timeline: which dates, in order.

Dates as a reader writes them, the events between two dates, a chart with the sentence that
describes it, a table, and :class:`TimelineExplorer` with a slider to choose the dates.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterable, Sequence

import ipywidgets as widgets

from lessons.article import Article
from lessons.explore.article_view import where
from lessons.explore.views import _figure, _png, _show_chart, _table, _View
from lessons.pipeline import Analysis
from lessons.timeline import Event, parse_period
from lessons.timeline.chart import WIDTH, date_text, describe_timeline


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


def when_label(event: Event) -> str:
    """The table's date: '20 Nov 2024', 'Aug 2024', 'week of 11 Nov 2024', or 'no date'."""
    week = parse_period(event.period)
    if week is not None:
        return date_text(week)
    return date_label(event.date) if event.date else "no date"


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
    """What the timeline chart shows: the sentence of :func:`lessons.timeline.describe_timeline`.

    >>> timeline_description([])
    'No dated events in this range, so the chart is empty.'
    """
    if not events:
        return "No dated events in this range, so the chart is empty."
    return describe_timeline(events)


def timeline_chart_png(events: Sequence[Event]) -> bytes | None:
    """The timeline chart (drawn by :func:`lessons.timeline.plot_timeline`) as PNG."""
    if not events:
        return None
    from lessons.timeline import plot_timeline

    figure = _figure(WIDTH, 5)
    plot_timeline(list(events), ax=figure.subplots())  # sizes the figure to fit its labels
    return _png(figure)


def timeline_table_html(article: Article, events: Sequence[Event]) -> str:
    """A table of events: date, the words that give it, what happened, past or planned, where."""
    if not events:
        return "<p>No events for this choice.</p>"
    rows = [
        (
            html.escape(when_label(e)),
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


# ---------------------------------------------------------------------------------------------
# The widget


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
