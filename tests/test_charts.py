"""The kit's charts: readable at laptop width, one look per kind of name, and described.

Every chart a notebook saves carries a sentence that says what it shows (its ``text/plain``),
never matplotlib's ``<Figure size ...>``; the timeline breaks its axis where dates bunch up.
"""

from __future__ import annotations

import json
from pathlib import Path

import matplotlib
import pytest

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402

from lessons.entities.charts import TYPE_COLOURS, TYPE_LABELS, plot_entity_counts  # noqa: E402
from lessons.explore import STYLES  # noqa: E402
from lessons.timeline import Event, plot_timeline  # noqa: E402
from lessons.timeline.chart import LABEL_SIZE, describe_timeline, timeline_panels  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted([*(ROOT / "notebooks").glob("*.ipynb"), *(ROOT / "app").glob("*.ipynb")])


def event(date: str | None, status: str = "past", text: str = "Something happened") -> Event:
    return Event("x", date, text, status, 1, 0, 1)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_every_saved_chart_has_a_real_text_alternative(path: Path) -> None:
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    bare = [
        (number, "".join(data.get("text/plain", "")))
        for number, cell in enumerate(cells)
        for output in cell.get("outputs", [])
        for data in [output.get("data", {})]
        if any(kind.startswith("image/") for kind in data)
        and "".join(data.get("text/plain", "<Figure")).startswith("<Figure")
    ]
    assert bare == [], f"{path.name}: charts saved without a description (cell, text): {bare}"


def test_the_seeds_days_get_a_panel_of_their_own() -> None:
    events = [event("2024-01"), event("2024-08")] + [
        event(f"2024-11-{day}") for day in (18, 18, 19, 19, 20, 20, 20, 20)
    ]
    panels = timeline_panels(events)
    assert [len(p.events) for p in panels] == [1, 1, 8]
    assert describe_timeline(events) == (
        "Timeline of the story: 10 dated events from Jan 2024 to 20 Nov 2024 (10 past). "
        "The axis is broken into 3 panels, each on its own scale: Jan 2024: 1 event; "
        "Aug 2024: 1 event; 18-20 Nov 2024: 8 events."
    )


def test_close_days_stay_on_one_panel() -> None:
    events = [event(f"2025-03-{day:02d}") for day in (3, 4, 5, 6, 10)]
    assert len(timeline_panels(events)) == 1


@pytest.mark.parametrize(
    ("events", "said"),
    [
        ([], "Timeline of the story: no dated events."),
        ([event(None)], "no dated events. 1 time expression without a date is not shown."),
        ([event("2025-03-04")], "1 dated event on 4 Mar 2025 (past)."),
        (
            [event(str(year)) for year in (1968, 1990, 2003, 2019)] + [event("2025-06-01")],
            "5 dated events from 1968 to 1 Jun 2025 (5 past).",
        ),
    ],
)
def test_any_number_of_events_draws_and_describes_itself(events: list, said: str) -> None:
    figure = plot_timeline(events)
    try:
        assert said in repr(figure)
        assert repr(figure) == describe_timeline(events)
        figure.canvas.draw()
    finally:
        plt.close(figure)


def test_labels_are_readable_and_the_key_matches_the_marks() -> None:
    events = [event("2024-08"), event("2024-11-18"), event("2024-11-20", "planned")]
    figure = plot_timeline(events)
    try:
        host = figure.axes[0]
        labels = [t for panel in host.child_axes for t in panel.texts]
        assert labels and all(t.get_fontsize() >= LABEL_SIZE >= 10 for t in labels)
        assert all("\u2026" not in t.get_text() for t in labels)
        keys = [t.get_text() for t in host.get_legend().get_texts()]
        assert keys == [
            "past: a known day",
            "past: \u2248 only the month or year",
            "planned: a known day",
        ]
        assert figure.get_size_inches()[0] <= 9  # a laptop's notebook: no shrinking
    finally:
        plt.close(figure)


def test_a_timeline_drawn_on_given_axes_describes_its_figure() -> None:
    figure, (top, bottom) = plt.subplots(2, 1)
    try:
        assert plot_timeline([event("2025-03-04")], ax=top) is figure
        assert figure.description.startswith("Timeline of the story: 1 dated event")
    finally:
        plt.close(figure)


def test_one_colour_and_one_label_per_kind_everywhere() -> None:
    for kind, colour in TYPE_COLOURS.items():
        assert STYLES[kind].colour == colour
        assert STYLES[kind].label == TYPE_LABELS[kind]
    assert TYPE_LABELS["PERSON"] == "people"


def test_lesson_3s_bar_chart_uses_the_explorers_colours(seed_text: str) -> None:
    from lessons.pipeline import analyze

    entities = analyze(seed_text, "2024-11-20").entities
    figure = plot_entity_counts(entities, top=8)
    try:
        axes = figure.axes[0]
        keys = {t.get_text() for t in axes.get_legend().get_texts()}
        assert keys <= set(TYPE_LABELS.values())
        top = sorted(entities, key=lambda e: (-e.count, e.text.casefold(), e.text))[0]
        bar = axes.patches[-1]  # the top bar is drawn last
        assert matplotlib.colors.to_hex(bar.get_facecolor()).upper() == TYPE_COLOURS[top.type]
        assert repr(figure).startswith("Bar chart: the 8 most frequent of")
    finally:
        plt.close(figure)


def test_a_week_is_drawn_as_its_week_and_the_key_says_so() -> None:
    week = Event("last week", "2024-11", "Crews surveyed", "past", 1, 0, 9, period="2024-W46")
    figure = plot_timeline([week, event("2024-11-20")])
    try:
        host = figure.axes[0]
        labels = [t.get_text() for panel in host.child_axes for t in panel.texts]
        assert any(text.startswith("week of 11 Nov 2024") for text in labels)
        keys = [t.get_text() for t in host.get_legend().get_texts()]
        assert keys == ["past: a known day", "past: \u2248 only the week, month or year"]
        assert repr(figure).startswith("Timeline of the story: 2 dated events from week of 11")
    finally:
        plt.close(figure)
