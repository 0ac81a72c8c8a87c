"""The dashboard: the four views of one article in tabs, plus a tab to analyse another one.

:class:`ArticleInput` takes a pasted or uploaded text and its publication date;
:func:`dashboard` builds the whole thing, which is what lesson 5 and ``app/`` display.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable

import ipywidgets as widgets

from lessons.article import decode_text
from lessons.errors import LessonError
from lessons.explore.article_view import ArticleView
from lessons.explore.entity_explorer import EntityExplorer
from lessons.explore.quote_explorer import QuoteExplorer
from lessons.explore.timeline_explorer import TimelineExplorer, is_dated
from lessons.explore.views import _View, message_html
from lessons.pipeline import Analysis, analyze, parse_date


class ArticleInput(widgets.VBox):
    """Paste or upload an article, type its publication date (or leave it empty), and analyse it.

    ``on_text(text, published)`` is called with the text and the date; it returns a one-line
    summary or raises LessonError. Problems appear in ``message``, never as a traceback.

    The date in the **Published** box belongs to the article it was given for: paste or upload
    another text and the box empties, so a new story is never dated with the last one's date.
    With the box empty the kit looks for the date in the article and says where it found it, or
    warns that "on Tuesday" cannot be placed. Dates are typed as YYYY-MM-DD.
    """

    def __init__(self, on_text: Callable[[str, dt.date | None], str]) -> None:
        self.on_text = on_text
        self.text = widgets.Textarea(
            placeholder="Paste the text of a news article here: headline, then the story.",
            layout=widgets.Layout(width="98%", height="14em"),
        )
        self.upload = widgets.FileUpload(accept=".txt,text/plain", multiple=False)
        self.upload.description = "Upload .txt"
        self.published = widgets.Text(
            description="Published:",
            placeholder="YYYY-MM-DD",
            continuous_update=False,
            layout=widgets.Layout(width="17em"),
        )
        self.analyse = widgets.Button(
            description="Analyse this text", button_style="primary", icon="search"
        )
        self.message = widgets.HTML()
        self.analyse.on_click(lambda _button: self.submit())
        self.upload.observe(self._on_upload, names="value")
        self.published.observe(self._on_date, names="value")
        self.text.observe(self._on_new_text, names="value")
        self._dated_text: str | None = None  # the text the date in the box was given for
        self._setting_date = False
        super().__init__(
            [
                widgets.HTML(
                    "<p>Paste an article (or upload a UTF-8 .txt file) and press <b>Analyse this "
                    "text</b>; every tab updates. Type the date it was published as YYYY-MM-DD, "
                    "or leave <b>Published</b> empty: the kit then looks for the date in the "
                    "article and says where it found it.</p>"
                ),
                self.text,
                widgets.HBox([self.upload, self.published, self.analyse]),
                self.message,
            ]
        )

    def set_date(self, published: str | dt.date | None, text: str | None = None) -> None:
        """Put a date in the Published box (checked; "" or None empties it), for ``text``."""
        date = parse_date(published or None)
        self._setting_date = True
        try:
            self.published.value = "" if date is None else date.isoformat()
        finally:
            self._setting_date = False
        self._dated_text = text if date is not None else None

    def submit(self, text: str | None = None) -> bool:
        """Analyse ``text`` (or the text box); True when it worked. Errors go to ``message``."""
        text = self.text.value if text is None else text
        if self._dated_text is not None and text != self._dated_text:
            self.set_date(None)  # that date was the previous article's
        if text != self.text.value:
            self.text.value = text  # the box always shows the text on show
        try:
            published = parse_date(self.published.value.strip() or None)
        except LessonError as error:
            self.message.value = message_html(f"Published: {error}", "error")
            return False
        try:
            summary = self.on_text(text, published)
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
        self._dated_text = text if published is not None else None
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

    def _on_new_text(self, change: dict) -> None:
        """A different text in the box: the date typed for the last article no longer holds."""
        if self._dated_text is not None and change["new"] != self._dated_text:
            self.set_date(None)

    def _on_date(self, _change: dict) -> None:
        """A date typed by the reader: re-read the article in the box with it."""
        if self._setting_date:
            return
        self._dated_text = None
        if self.text.value.strip():
            self.submit()


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
            self.input.set_date(published, text or None)
        except LessonError as error:
            self.input.message.value = message_html(str(error), "error")
            self.tabs.selected_index = len(self.views)
            return
        if not (text and self.input.submit(text)):
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
    """The dashboard's title line: headline, publication date (and whether it was inferred)."""
    headline = analysis.article.headline
    date = analysis.published.date
    if date is None:
        when = "publication date unknown"
    elif analysis.published.source.startswith("inferred"):
        when = f"published {date.isoformat()} (inferred from the text)"
    else:
        when = f"published {date.isoformat()}"
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


def date_note(analysis: Analysis) -> str:
    """Where the publication date came from, or why relative dates cannot be placed.

    >>> from lessons.pipeline import analyze
    >>> date_note(analyze("Vote Set\\n\\nPublished March 5, 2025\\n\\nThe vote is on Friday."))
    "Published 2025-03-05, inferred: the date line reads 'Published March 5, 2025'."
    """
    published = analysis.published
    if published.date is not None:
        if published.source == "given":
            return f"Published {published.date.isoformat()} (as typed)."
        return f"Published {published.date.isoformat()}, {published.source}."
    undated = [e.expression for e in analysis.timeline if not is_dated(e)]
    shown = ", ".join(f"'{expression}'" for expression in undated[:3])
    return (
        "The publication date is unknown (none typed, none found in the text), so relative "
        "dates cannot be placed on the calendar"
        + (f" (undated: {shown})" if undated else "")
        + ". Type the date in Published as YYYY-MM-DD."
    )


def analysis_summary(analysis: Analysis) -> str:
    """The line shown after an analysis; starts with '⚠' when something needs the reader."""
    headline = analysis.article.headline
    title = headline.text if headline else "the text"
    if len(title) > 60:
        title = title[:57] + "…"
    summary = f"Analysed “{title}”: {analysis_counts(analysis)}. {date_note(analysis)}"
    warnings = []
    if analysis.published.date is not None and not any(is_dated(e) for e in analysis.timeline):
        warnings.append("no dates found, so the timeline is empty")
    if analysis.published.date is None:
        return "⚠ " + summary
    if warnings:
        return "⚠ " + summary + " Note: " + "; ".join(warnings) + "."
    return summary


def dashboard(text: str = "", published: str | dt.date | None = None) -> Dashboard:
    """Every view of an article in one widget: article, quotes, names, timeline, your article.

    ``published`` is the publication date ("YYYY-MM-DD") of ``text`` only: an article pasted
    later starts with an empty date. Without a date the kit looks for one in the article (and
    says where it found it). Display the result (last line of a cell) to use it.
    """
    return Dashboard(text, published)
