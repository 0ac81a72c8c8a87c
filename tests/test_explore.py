"""Lesson 5's widgets: set a widget's value the way a reader would, then read what the view shows.

Most tests use a hand-made Analysis of the seed article (exact quotes, names and dates, found
by searching the raw text), so they do not depend on how good lessons 2-4 are today. The last
tests run the real pipeline and check properties that must hold whatever it finds.
"""

from __future__ import annotations

import base64
import datetime as dt
import html
import re
from pathlib import Path

import pytest

from lessons import explore
from lessons.article import Article, Span, parse_article
from lessons.entities import Entity
from lessons.errors import LessonError
from lessons.explore import (
    ANONYMOUS_SOURCES,
    NAMED_SOURCES,
    STYLES,
    ArticleView,
    Dashboard,
    EntityExplorer,
    Mark,
    QuoteExplorer,
    TimelineExplorer,
    contrast_ratio,
    dashboard,
    date_label,
    date_note,
    entity_chart_description,
    highlight,
    timeline_description,
)
from lessons.pipeline import Analysis, analyze
from lessons.quotes import IndirectQuote, Quote
from lessons.timeline import Event, PublishedDate

ROOT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------------------------------------
# A hand-made analysis of the seed article


def where_is(raw: str, words: str, nth: int = 0) -> tuple[int, int]:
    starts = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(words)}(?!\w)", raw)]
    start = starts[nth]
    return start, start + len(words)


def make_quote(article: Article, words: str, speaker: str, mention: str, cls=Quote) -> Quote:
    start, end = where_is(article.raw, words)
    return cls(words, speaker, mention, "said", article.paragraph_at(start) or 0, start, end)


def make_entity(article: Article, words: str, kind: str) -> Entity:
    mentions = tuple(
        Span(words, m.start(), m.end())
        for m in re.finditer(rf"(?<!\w){re.escape(words)}(?!\w)", article.raw)
        if any(s.start <= m.start() < s.end for _, s in article.story_parts())
    )
    return Entity(words, kind, mentions)


def make_event(article: Article, words: str, date: str | None, what: str, nth: int = 0) -> Event:
    start, end = where_is(article.raw, words, nth)
    return Event(words, date, what, "past", article.paragraph_at(start), start, end)


@pytest.fixture(scope="module")
def hand(seed_text: str) -> Analysis:
    article = parse_article(seed_text)
    quotes = (
        make_quote(
            article,
            "They’ve asked for these, and so I think it’s a good idea,",
            "Lloyd Austin",
            "Defense Secretary Lloyd Austin",
        ),
        make_quote(
            article,
            "They have a need for things that can help that effort on the part of the Russians,",
            "Lloyd Austin",
            "he",
        ),
        make_quote(
            article,
            "The Russian Federation reserves the right to use nuclear weapons",
            "Dmitry Perskov",
            "Kremlin spokesman, Dmitry Perskov",
        ),
    )
    reported = (
        make_quote(
            article,
            "the mines would be delivered to the region soon",
            "anonymous: an official for the Department of Defense",
            "An official for the Department of Defense",
            IndirectQuote,
        ),
    )
    entities = (
        make_entity(article, "Ukraine", "GPE"),
        make_entity(article, "Lloyd Austin", "PERSON"),
        make_entity(article, "Russia", "GPE"),
        make_entity(article, "Kyiv", "GPE"),
        make_entity(article, "Biden", "PERSON"),
        make_entity(article, "State Department", "ORGANIZATION"),
        make_entity(article, "Laos", "GPE"),
        make_entity(article, "Dmitry Perskov", "PERSON"),
        make_entity(article, "Army Tactical Missile System", "OTHER"),
    )
    timeline = (
        make_event(article, "on Wednesday", "2024-11-20", "Austin speaks in Laos"),
        make_event(article, "On Tuesday", "2024-11-19", "Missiles hit Bryansk"),
        make_event(article, "a day earlier", "2024-11-18", "Biden authorizes the missiles"),
        make_event(article, "last August", "2024-08", "Warnings around Independence Day"),
        make_event(article, "the beginning of the year", "2024", "Similar warnings"),
        make_event(article, "overnight", None, "Drone attacks"),
    )
    return Analysis(
        article,
        PublishedDate(dt.date(2024, 11, 20), "given"),
        quotes,
        reported,
        entities,
        timeline,
    )


@pytest.fixture()
def board(hand: Analysis, monkeypatch: pytest.MonkeyPatch) -> Dashboard:
    """A dashboard that shows the hand-made analysis for the seed article's text."""
    real = analyze

    def fake(text: str, published: object = None) -> Analysis:
        return hand if text == hand.article.raw else real(text, published)

    monkeypatch.setattr(explore.board, "analyze", fake)
    return dashboard(hand.article.raw, published="2024-11-20")


def visible_text(markup: str) -> str:
    """What a reader sees of some HTML (tags dropped, entities decoded)."""
    return html.unescape(re.sub(r"<[^>]+>", "", markup))


# ---------------------------------------------------------------------------------------------
# Styles


@pytest.mark.parametrize("kind", list(STYLES))
def test_every_style_is_readable(kind: str) -> None:
    style = STYLES[kind]
    assert contrast_ratio("#000000", style.tint) >= 7  # black text on the tint
    assert contrast_ratio(style.line, style.tint) >= 3  # the underline against the tint
    assert contrast_ratio(style.line, "#FFFFFF") >= 3  # ... and against the page


def test_every_kind_has_its_own_shape_not_only_a_colour() -> None:
    shapes = [STYLES[kind].css.split(":")[1].split("{")[0].strip() for kind in STYLES]
    assert len(set(shapes)) == len(shapes)
    hatches = [STYLES[kind].hatch for kind in explore.ENTITY_TYPES]
    assert len(set(hatches)) == len(hatches)


# ---------------------------------------------------------------------------------------------
# Highlighting


def test_highlight_escapes_the_text_and_marks_exact_offsets() -> None:
    raw = 'Ana <b>Ruiz</b> & co said "x < y" today.'
    span = Span(raw, 0, len(raw))
    quote = Mark(raw.index("x <"), raw.index("x <") + 5, "quote", "quote: Ana")
    name = Mark(0, 15, "PERSON", 'people: Ana "Ruiz"')
    out = highlight(raw, span, [quote], [name])
    assert "<b>" not in out and "&lt;b&gt;Ruiz&lt;/b&gt;" in out and "&amp; co" in out
    assert visible_text(out) == raw
    assert 'title="people: Ana &quot;Ruiz&quot;"' in out
    assert re.search(r'<span class="lessons-quote"[^>]*>x &lt; y</span>', out)


def test_names_inside_a_quote_are_nested_and_overlaps_are_dropped() -> None:
    raw = "“Kyiv is calm,” she said."
    span = Span(raw, 0, len(raw))
    quote = Mark(1, 14, "quote", "quote")
    names = [Mark(1, 5, "GPE", "Kyiv"), Mark(3, 8, "OTHER", "overlap")]
    out = highlight(raw, span, [quote], names)
    assert visible_text(out) == raw
    assert out.count("<mark") == 1
    assert re.search(r"<span [^>]*><mark [^>]*>Kyiv</mark> is calm,</span>", out)


def test_article_view_shows_every_quote_and_follows_the_toggles(hand: Analysis) -> None:
    view = ArticleView(hand)
    shown = view.text.value
    assert visible_text(shown).count("They’ve asked for these") == 1
    for quote in hand.quotes:
        assert f">{html.escape(quote.text)}</span>" in re.sub(r"<mark [^>]*>|</mark>", "", shown)
    assert shown.count('class="lessons-person"') == sum(
        e.count for e in hand.entities if e.type == "PERSON"
    )
    # the key counts mentions and says so (the Names tab's list counts names)
    mentions = sum(e.count for e in hand.entities if e.type == "PERSON")
    assert f"people ({mentions} mentions)" in visible_text(view.legend.value)

    view.types["PERSON"].value = False
    assert 'class="lessons-person"' not in view.text.value
    assert "people (" not in visible_text(view.legend.value)
    assert 'class="lessons-gpe"' in view.text.value

    view.quotes.value = False
    assert 'class="lessons-quote"' not in view.text.value
    view.reported.value = True
    assert 'class="lessons-reported"' in view.text.value


def test_article_view_numbers_paragraphs_and_skips_boilerplate(hand: Analysis) -> None:
    text = visible_text(ArticleView(hand).text.value)
    assert "¶1 President Biden has greenlighted" in text
    assert "Photo caption: Defense Secretary Lloyd Austin" in text
    assert "All rights reserved" not in text


# ---------------------------------------------------------------------------------------------
# Quotes


def test_quote_explorer_filters_by_speaker(hand: Analysis) -> None:
    explorer = QuoteExplorer(hand)
    labels = [label for label, _ in explorer.speaker.options]
    assert labels[:4] == [
        "All sources (3)",
        "Named sources (3)",
        "Anonymous sources (0)",
        "Lloyd Austin (2)",
    ]
    explorer.speaker.value = "Lloyd Austin"
    table = visible_text(explorer.table.value)
    assert "They’ve asked for these" in table and "They have a need" in table
    assert "Russian Federation" not in table
    assert "2 quotes" in table

    explorer.speaker.value = "Dmitry Perskov"
    table = visible_text(explorer.table.value)
    assert "Russian Federation" in table and "They have a need" not in table


def test_each_quote_is_shown_in_its_sentence(hand: Analysis) -> None:
    explorer = QuoteExplorer(hand)
    explorer.speaker.value = "Lloyd Austin"
    table = visible_text(explorer.table.value)
    assert "Defense Secretary Lloyd Austin said to a group of reporters while in Laos" in table
    assert "” he said." in table


def test_anonymous_sources_come_with_reported_speech(hand: Analysis) -> None:
    explorer = QuoteExplorer(hand)
    explorer.speaker.value = ANONYMOUS_SOURCES
    assert "No quotes for this choice" in explorer.table.value
    explorer.reported.value = True
    assert explorer.speaker.value == ANONYMOUS_SOURCES  # the choice survives new options
    table = visible_text(explorer.table.value)
    assert "the mines would be delivered to the region soon" in table
    assert "(reported)" in table and "They have a need" not in table
    explorer.speaker.value = NAMED_SOURCES
    assert "delivered to the region" not in visible_text(explorer.table.value)
    assert "4 statements from 3 sources; 1 from anonymous sources" in explorer.summary.value


# ---------------------------------------------------------------------------------------------
# Entities


def chart_png(output) -> bytes:  # noqa: ANN001 - an Output widget
    (item,) = output.outputs
    return base64.b64decode(item["data"]["image/png"])


def test_entity_explorer_chart_follows_the_filter(hand: Analysis) -> None:
    explorer = EntityExplorer(hand)
    assert explorer.description.value.count("Bar chart: 9 entities; the most frequent is") == 1
    everything = chart_png(explorer.chart)
    assert everything.startswith(b"\x89PNG")

    explorer.kind.value = "PERSON"
    assert [e.type for e in explorer.shown] == ["PERSON"] * 3
    table = visible_text(explorer.table.value)
    assert "Lloyd Austin" in table and "Ukraine" not in table
    people = chart_png(explorer.chart)
    assert people != everything
    assert "Bar chart: 3 entities" in explorer.description.value
    # the chart's text alternative travels with the image too
    assert explorer.chart.outputs[0]["data"]["text/plain"].startswith("Bar chart: 3 entities")

    explorer.kind.value = "GPE"
    top = max(explorer.shown, key=lambda e: e.count)
    assert f"the most frequent is {top.text} ({top.count} mentions)" in explorer.description.value


def test_entity_descriptions() -> None:
    def entity(name: str, times: int) -> Entity:
        return Entity(name, "GPE", tuple(Span(name, i, i + 1) for i in range(times)))

    assert entity_chart_description([entity("Kyiv", 1)]) == (
        "Bar chart: 1 entity; the most frequent is Kyiv (1 mention)."
    )
    assert entity_chart_description([entity("Kyiv", 2), entity("Laos", 2)]) == (
        "Bar chart: 2 entities; the most frequent are Kyiv, Laos (2 mentions each)."
    )
    many = [entity(f"Place {i:02d}", 1 + (i == 7)) for i in range(20)]
    assert entity_chart_description(many) == (
        "Bar chart: the 15 most frequent of 20 entities; the most frequent is Place 07 "
        "(2 mentions)."
    )
    assert "empty" in entity_chart_description([])


# ---------------------------------------------------------------------------------------------
# Timeline


def test_timeline_slider_covers_the_dates_in_order(hand: Analysis) -> None:
    explorer = TimelineExplorer(hand)
    assert [value for _, value in explorer.dates.options] == [
        "2024",
        "2024-08",
        "2024-11-18",
        "2024-11-19",
        "2024-11-20",
    ]
    assert explorer.dates.label == ("2024", "20 Nov 2024")
    description = explorer.description.value
    assert description.count("Timeline of the story: 5 dated events from 2024 to 20 Nov 2024") == 1
    # the days bunch up at the end of the year: the axis breaks, and the description says so
    assert "broken into 3 panels" in description and "18-20 Nov 2024: 3 events" in description
    assert "“overnight” (¶11)" in visible_text(explorer.undated.value)


def test_timeline_follows_the_slider(hand: Analysis) -> None:
    explorer = TimelineExplorer(hand)
    explorer.dates.value = ("2024-11-18", "2024-11-19")
    assert [e.expression for e in explorer.shown] == ["a day earlier", "On Tuesday"]
    table = visible_text(explorer.table.value)
    assert "Missiles hit Bryansk" in table and "Austin speaks in Laos" not in table
    assert "from 18 Nov 2024 to 19 Nov 2024" in explorer.description.value
    explorer.dates.value = ("2024-08", "2024-08")
    assert "Timeline of the story: 1 dated event in Aug 2024" in explorer.description.value


def test_dates_read_like_a_reporter_writes_them() -> None:
    assert [date_label(d) for d in ("2024-11-20", "2024-08", "2024", "soon")] == [
        "20 Nov 2024",
        "Aug 2024",
        "2024",
        "soon",
    ]
    assert "empty" in timeline_description([])


# ---------------------------------------------------------------------------------------------
# The dashboard and its input box


def test_dashboard_puts_the_views_in_tabs(board: Dashboard, hand: Analysis) -> None:
    assert board.analysis is hand
    assert board.tabs.titles == ("Article", "Quotes", "Names", "Timeline", "Your article")
    assert board.tabs.selected_index == 0
    assert "Biden Administration Approves" in board.header.value
    assert "3 quotes, 9 names, 5 dated events" in board.header.value
    assert board.input.message.value.count("✓ Analysed") == 1
    assert all(view.problem.value == "" for view in board.views)
    assert repr(board).startswith("Dashboard('Biden Administration")


def test_the_same_text_is_not_analysed_or_drawn_twice(
    board: Dashboard, monkeypatch: pytest.MonkeyPatch
) -> None:
    drawn = []
    for view in board.views:
        monkeypatch.setattr(view, "show", lambda a, view=view: drawn.append(view))
    first = board.analysis
    assert board.load(first.article.raw, "2024-11-20") is first
    assert board.input.submit() and board.analysis is first
    assert drawn == []


def test_the_real_pipeline_caches_by_identity(seed_text: str) -> None:
    assert analyze(seed_text, "2024-11-20") is analyze(seed_text, dt.date(2024, 11, 20))


def test_pasting_a_new_article_updates_every_view(board: Dashboard) -> None:
    board.input.text.value = (
        "Council Votes to Close Library\n\n"
        "The city council voted 5-2 on Monday to close the Elm Street library.\n\n"
        "“This is a sad day,” said Mayor Ana Ruiz."
    )
    assert board.input.published.value == ""  # the seed's date went with the seed
    board.input.published.value = "2025-03-06"
    board.input.analyse.click()
    assert "Council Votes to Close Library" in board.header.value
    assert board.analysis.published.date == dt.date(2025, 3, 6)
    assert "Elm Street library" in visible_text(board.article.text.value)
    assert all(view.analysis is board.analysis for view in board.views)
    assert "Lloyd Austin" not in board.quotes.table.value
    assert "Biden" not in board.entities.table.value


@pytest.mark.parametrize(
    ("text", "says"),
    [("", "empty"), ("   \n\n  ", "empty")],
)
def test_empty_text_is_a_message_not_a_traceback(board: Dashboard, text: str, says: str) -> None:
    before = board.analysis
    board.input.text.value = text
    board.input.analyse.click()
    assert "lessons-error" in board.input.message.value and says in board.input.message.value
    assert board.analysis is before  # the views keep the last good article


def upload(name: str, content: bytes) -> dict:
    return {
        "name": name,
        "type": "text/plain",
        "size": len(content),
        "content": memoryview(content),
        "last_modified": dt.datetime(2024, 11, 20, tzinfo=dt.UTC),
    }


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (b"", "empty"),
        ("Caf\u00e9 news".encode("latin-1"), "not UTF-8"),
        (b"%PDF-1.7\x00\x00\x01binary", "binary"),
    ],
)
def test_bad_uploads_are_explained(board: Dashboard, content: bytes, says: str) -> None:
    board.input.upload.value = (upload("story.txt", content),)
    message = board.input.message.value
    assert "lessons-error" in message and says in message and "story.txt" in message
    assert "Traceback" not in message


def test_an_uploaded_file_is_analysed(board: Dashboard) -> None:
    text = "Storm Closes Port\n\nThe port of Callow closed on Friday, officials said."
    board.input.upload.value = (upload("port.txt", text.encode("utf-8")),)
    assert board.input.text.value == text
    assert "Storm Closes Port" in board.header.value
    assert board.input.published.value == ""  # the seed's date is not this file's
    assert board.analysis.published.date is None
    assert "2024-11-20" not in board.header.value + board.input.message.value
    assert "(undated: 'on Friday')" in visible_text(board.input.message.value)


def test_a_new_date_re_reads_the_same_article(board: Dashboard) -> None:
    text = "Storm Closes Port\n\nThe port of Callow closed on Friday, officials said."
    board.input.published.value = ""
    assert board.input.submit(text)
    assert board.analysis.published.date is None
    assert "publication date is unknown" in board.input.message.value
    assert "lessons-warning" in board.input.message.value
    board.input.published.value = "2025-03-08"
    assert board.analysis.published.date == dt.date(2025, 3, 8)
    assert "Storm Closes Port" in board.header.value


def test_unexpected_failures_are_one_line(
    board: Dashboard, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(text: str, published: object = None) -> Analysis:
        raise RuntimeError("the tagger fell over")

    monkeypatch.setattr(explore.board, "analyze", broken)
    assert not board.input.submit("Another Story\n\nSomething happened.")
    message = visible_text(board.input.message.value)
    assert message.startswith("⚠ The kit could not analyse this text (RuntimeError: the tagger")
    assert "\n" not in message


def test_a_bad_date_is_a_message(hand: Analysis) -> None:
    board = dashboard(hand.article.raw, published="20/11/2024")
    assert "YYYY-MM-DD" in board.input.message.value
    assert board.tabs.selected_index == 4


# A pasted article is never read with the seed's date (issue 17): its date is typed, inferred
# from its own text (and the kit says from what), or unknown with a warning.

DATED_STORY = (
    "Ferry Service Resumes\n\nPublished March 5, 2025\n\n"
    "The harbour ferry sailed again on Monday after a week of storms, the operator said."
)
UNDATED_STORY = (
    "Ferry Service Resumes\n\n"
    "The harbour ferry sailed again on Monday after a week of storms, the operator said."
)


def test_the_seed_keeps_the_date_it_was_given(board: Dashboard) -> None:
    assert board.input.published.value == "2024-11-20"
    assert board.analysis.published.source == "given"
    assert "published 2024-11-20" in board.header.value


def test_pasting_an_article_empties_the_published_box(board: Dashboard) -> None:
    board.input.text.value = DATED_STORY
    assert board.input.published.value == ""  # before Analyse is even pressed
    board.input.analyse.click()
    published = board.analysis.published
    assert published.date == dt.date(2025, 3, 5)
    assert published.source == "inferred: the date line reads 'Published March 5, 2025'"
    message = visible_text(board.input.message.value)
    assert "Published 2025-03-05, inferred: the date line reads" in message
    assert "published 2025-03-05 (inferred from the text)" in board.header.value
    assert board.input.published.value == ""  # the box keeps what the reader typed: nothing


def test_an_undated_article_gets_a_warning_not_the_seeds_date(board: Dashboard) -> None:
    assert board.input.submit(UNDATED_STORY)
    assert board.analysis.published.date is None
    message = visible_text(board.input.message.value)
    assert "lessons-warning" in board.input.message.value
    assert "publication date is unknown" in message
    assert "cannot be placed on the calendar (undated: 'on Monday')" in message
    assert "YYYY-MM-DD" in message
    assert "publication date unknown" in board.header.value
    assert "2024-11-20" not in board.header.value + message
    assert not any(event.date for event in board.analysis.timeline)


def test_a_date_typed_for_the_new_article_is_used(board: Dashboard) -> None:
    board.input.text.value = UNDATED_STORY
    board.input.published.value = "2025-03-06"  # typing a date re-reads the text in the box
    assert board.analysis.article.headline.text == "Ferry Service Resumes"
    assert board.analysis.published == PublishedDate(dt.date(2025, 3, 6), "given")
    assert [event.date for event in board.analysis.timeline] == ["2025-03-03"]
    assert "Published 2025-03-06 (as typed)." in visible_text(board.input.message.value)


def test_a_date_typed_before_the_text_is_kept() -> None:
    board = dashboard()
    board.input.published.value = "2025-03-06"
    board.input.text.value = UNDATED_STORY
    board.input.analyse.click()
    assert board.analysis.published == PublishedDate(dt.date(2025, 3, 6), "given")


def test_the_next_article_does_not_inherit_a_typed_date(board: Dashboard) -> None:
    board.input.text.value = UNDATED_STORY
    board.input.published.value = "2025-03-06"
    board.input.text.value = DATED_STORY.replace("Ferry", "Bus")
    assert board.input.published.value == ""
    board.input.analyse.click()
    assert board.analysis.published.date == dt.date(2025, 3, 5)


@pytest.mark.parametrize("typed", ["20/11/2024", "Nov 20", "2024-13-01", "yesterday"])
def test_dates_are_typed_as_yyyy_mm_dd(board: Dashboard, typed: str) -> None:
    before = board.analysis
    board.input.text.value = UNDATED_STORY
    board.input.published.value = typed
    message = visible_text(board.input.message.value)
    assert "lessons-error" in board.input.message.value
    assert message.startswith(f"⚠ Published: '{typed}' is not a date in the form YYYY-MM-DD")
    assert board.analysis is before  # nothing is analysed with a date the kit cannot read
    board.input.published.value = " 2025-03-06 "
    assert board.analysis.published.date == dt.date(2025, 3, 6)


def test_date_note_says_where_the_date_came_from() -> None:
    assert date_note(analyze(UNDATED_STORY, "2025-03-06")) == "Published 2025-03-06 (as typed)."
    assert date_note(analyze(DATED_STORY)) == (
        "Published 2025-03-05, inferred: the date line reads 'Published March 5, 2025'."
    )
    unknown = date_note(analyze(UNDATED_STORY))
    assert unknown.startswith("The publication date is unknown")
    assert "(undated: 'on Monday')" in unknown


def test_an_empty_dashboard_opens_on_the_input_tab() -> None:
    board = dashboard()
    assert board.analysis is None and board.tabs.selected_index == 4
    assert "Paste or upload" in board.header.value


def test_a_broken_view_says_so_in_one_line(hand: Analysis, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(events: object) -> bytes:
        raise ValueError("no axes")

    monkeypatch.setattr(explore.timeline_explorer, "timeline_chart_png", broken)
    view = TimelineExplorer(hand)
    assert "could not be drawn (ValueError: no axes)" in view.problem.value


# ---------------------------------------------------------------------------------------------
# With the real pipeline: properties that hold whatever lessons 2-4 find


@pytest.fixture(scope="module")
def real_board(seed_text: str) -> Dashboard:
    return dashboard(seed_text, published="2024-11-20")


def test_real_dashboard_draws_every_view(real_board: Dashboard) -> None:
    assert all(view.problem.value == "" for view in real_board.views)
    assert "Biden Administration Approves" in real_board.header.value
    assert "lessons-error" not in real_board.input.message.value


def test_real_quotes_shown_are_in_the_article(real_board: Dashboard, seed_text: str) -> None:
    analysis = real_board.analysis
    folded = re.sub(r"\s+", " ", seed_text)
    table = re.sub(r"\s+", " ", visible_text(real_board.quotes.table.value))
    for quote in analysis.quotes:
        assert seed_text[quote.start : quote.end] == quote.text
        assert re.sub(r"\s+", " ", quote.text) in folded
        assert re.sub(r"\s+", " ", quote.text) in table
    for option, speaker in real_board.quotes.speaker.options[3:]:
        real_board.quotes.speaker.value = speaker
        shown = real_board.quotes.shown
        assert shown and all(q.speaker == speaker for q in shown), option


def test_real_highlights_cover_the_mentions(real_board: Dashboard) -> None:
    analysis = real_board.analysis
    marked = re.findall(
        r'<mark class="lessons-[a-z]+"[^>]*>([^<]*)</mark>', real_board.article.text.value
    )
    story = [span for _, span in analysis.article.story_parts()]
    expected = [
        analysis.article.raw[m.start : m.end]
        for m in explore.article_view._without_overlaps(explore.entity_marks(analysis.entities))
        if any(s.start <= m.start and m.end <= s.end for s in story)
    ]
    assert [html.unescape(m) for m in marked] == expected


def test_real_timeline_is_in_calendar_order(real_board: Dashboard) -> None:
    shown = real_board.timeline.shown
    keys = [explore.date_key(e.date) for e in shown]
    assert keys == sorted(keys)
    if not shown:
        assert "no dates found" in real_board.input.message.value


def test_every_practice_article_loads_without_a_problem(real_board: Dashboard) -> None:
    for path in sorted((ROOT / "datasets" / "practice").glob("*/article.txt")):
        assert real_board.input.submit(path.read_text("utf-8")), real_board.input.message.value
        assert all(view.problem.value == "" for view in real_board.views), path


def test_nasty_input_never_raises(real_board: Dashboard) -> None:
    for text in (
        "“”“",
        "🙂🙂🙂",
        "مرحبا بالعالم\n\nهذا نص.",
        "word " * 20000,
        "<script>x</script>",
    ):
        real_board.input.submit(text)
        assert "<script>" not in real_board.article.text.value
        assert all(view.problem.value == "" for view in real_board.views)


def test_a_lesson_error_is_what_the_kit_raises_for_empty_text() -> None:
    with pytest.raises(LessonError):
        analyze("")


def test_the_web_app_notebook_runs() -> None:
    """``make app`` serves app/story-explorer.ipynb: it must run and show a dashboard."""
    import nbformat
    from nbclient import NotebookClient

    notebook = nbformat.read(ROOT / "app" / "story-explorer.ipynb", as_version=4)
    NotebookClient(notebook, timeout=120, kernel_name="python3").execute()
    outputs = [o for cell in notebook.cells if cell.cell_type == "code" for o in cell.outputs]
    assert [o.output_type for o in outputs] == ["execute_result"]
    assert "application/vnd.jupyter.widget-view+json" in outputs[0]["data"]
    assert outputs[0]["data"]["text/plain"].startswith("Dashboard('Biden Administration")


def test_the_examples_in_the_docstrings_work() -> None:
    import doctest

    assert doctest.testmod(explore).failed == 0


def test_the_names_chart_leaves_out_the_byline_and_photo_credit(seed_text: str) -> None:
    from lessons import analyze
    from lessons.explore.entity_explorer import named_in_story

    entities = analyze(seed_text).entities
    kept = {e.text: e.count for e in named_in_story(entities)}
    assert "Aaron Favila" not in kept and "AP" not in kept  # the photographer and his agency
    assert kept["Lloyd Austin"] == 2  # the caption is part of the story
    assert kept["Ukraine"] == 6
    assert len(kept) == len(entities) - 2
