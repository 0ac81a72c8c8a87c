"""The kit's results as pandas tables (lessons.tables): exact rows on the seed and a practice."""

from __future__ import annotations

import pandas as pd
import pytest

from lessons import analyze
from lessons.article import read_text_file
from lessons.data import DATASETS
from lessons.tables import (
    ENTITY_COLUMNS,
    QUOTE_COLUMNS,
    SOURCE_COLUMNS,
    TIMELINE_COLUMNS,
    entities_frame,
    quotes_frame,
    sources_frame,
    timeline_frame,
    to_csv_text,
)


@pytest.fixture(scope="module")
def seed_analysis():  # noqa: ANN201 - an Analysis
    return analyze(read_text_file(DATASETS / "seed" / "article.txt"))


def test_quotes_table_counts_paragraphs_from_one(seed_analysis) -> None:  # noqa: ANN001
    frame = quotes_frame(seed_analysis)
    assert tuple(frame.columns) == QUOTE_COLUMNS
    assert frame[["paragraph", "speaker"]].values.tolist() == [
        [3, "Lloyd Austin"],
        [4, "Lloyd Austin"],
        [7, "Dmitry Perskov"],
        [9, "U.S. State Department"],
        [9, "U.S. State Department"],
    ]
    assert (frame["kind"] == "quote").all()
    raw = seed_analysis.article.raw
    assert all(raw[row.start : row.end] == row.text for row in frame.itertuples())


def test_reported_speech_joins_the_quotes_in_reading_order(seed_analysis) -> None:  # noqa: ANN001
    frame = quotes_frame(seed_analysis, reported=True)
    assert len(frame) == 9
    assert frame["kind"].value_counts().to_dict() == {"quote": 5, "reported": 4}
    assert frame["start"].is_monotonic_increasing


def test_sources_table_most_quoted_words_first(seed_analysis) -> None:  # noqa: ANN001
    frame = sources_frame(seed_analysis)
    assert tuple(frame.columns) == SOURCE_COLUMNS
    assert frame.values.tolist()[:3] == [
        ["U.S. State Department", "organization", True, 2, 61, 1],
        ["Lloyd Austin", "person", True, 2, 29, 1],
        ["Dmitry Perskov", "person", True, 1, 26, 0],
    ]
    assert frame["kind"].tolist()[3:] == ["anonymous", "anonymous"]


def test_entities_table_separates_body_mentions_from_credits(seed_analysis) -> None:  # noqa: ANN001
    assert tuple(entities_frame(seed_analysis).columns) == ENTITY_COLUMNS
    frame = entities_frame(seed_analysis).set_index("name")
    assert frame.loc["Ukraine", ["type", "mentions"]].tolist() == ["GPE", 6]
    # the photographer is credited twice but never mentioned in the story
    assert frame.loc["Aaron Favila", ["mentions", "body_mentions"]].tolist() == [2, 0]
    assert pd.isna(frame.loc["Aaron Favila", "first_paragraph"])
    assert frame.loc["Kyiv", "first_paragraph"] == 6
    assert frame["type"].value_counts().to_dict() == {
        "GPE": 10,
        "ORGANIZATION": 7,
        "PERSON": 5,
        "OTHER": 2,
    }
    assert frame.loc["Ukraine", "label"] == "countries, states, cities"


def test_timeline_table_in_reading_order(seed_analysis) -> None:  # noqa: ANN001
    frame = timeline_frame(seed_analysis)
    assert tuple(frame.columns) == TIMELINE_COLUMNS
    assert frame["date"].tolist()[:3] == ["2024-11-18", "2024-11-20", "2024-11-19"]
    assert pd.isna(frame.loc[0, "paragraph"])  # the caption's date: no body paragraph
    assert frame.loc[1, "paragraph"] == 3


def test_tables_of_a_practice_article_are_consistent_with_the_analysis() -> None:
    path = DATASETS / "practice" / "port-callow-bridge-closure" / "article.txt"
    analysis = analyze(read_text_file(path))
    assert len(quotes_frame(analysis)) == len(analysis.quotes)
    assert len(entities_frame(analysis)) == len(analysis.entities)
    assert len(timeline_frame(analysis)) == len(analysis.timeline)
    assert sources_frame(analysis)["quotes"].sum() == len(analysis.quotes)


def test_an_article_with_nothing_found_gives_empty_tables_with_their_columns() -> None:
    analysis = analyze("A headline\n\nnothing here at all.", "2024-01-01")
    for make, columns in [
        (quotes_frame, QUOTE_COLUMNS),
        (sources_frame, SOURCE_COLUMNS),
        (timeline_frame, TIMELINE_COLUMNS),
    ]:
        frame = make(analysis)
        assert frame.empty and tuple(frame.columns) == columns


def test_csv_escapes_cells_a_spreadsheet_would_run() -> None:
    frame = pd.DataFrame({"text": ["=HYPERLINK(1)", "-5 dead", "fine"], "n": [1, 2, 3]})
    assert to_csv_text(frame).splitlines() == ["text,n", "'=HYPERLINK(1),1", "'-5 dead,2", "fine,3"]
