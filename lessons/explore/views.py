"""What every view shares: a one-line message, tables, charts with their one-sentence
description (for screen readers and projectors), and :class:`_View`, the widget that shows one
Analysis and says in one line when it cannot be drawn.
"""

from __future__ import annotations

import base64
import html
import io
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

import ipywidgets as widgets

from lessons.pipeline import Analysis, analyze

if TYPE_CHECKING:  # matplotlib is imported only when a chart is drawn
    from matplotlib.figure import Figure


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


# ---------------------------------------------------------------------------------------------
# Tables and charts


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


# ---------------------------------------------------------------------------------------------
# The base of every view


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
