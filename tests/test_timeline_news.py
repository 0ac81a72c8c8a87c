"""Timeline rules for newswire (issue 16, second round), each on a fresh fictional snippet.

Datelines, comparison baselines, "could not be reached", months and years that modify a noun,
and a company's reporting year.
"""

from __future__ import annotations

import datetime as dt

import pytest

from lessons.article import parse_article
from lessons.timeline import build_timeline
from lessons.timeline.anchor import is_comparison

THURSDAY = dt.date(2026, 3, 5)


def rows(body: str, published: dt.date | None = THURSDAY) -> list[tuple[str, str | None, str]]:
    """(expression, date, status) of every entry of a one-paragraph story."""
    article = parse_article(f"Harbour News\n\n{body}")
    return [(e.expression, e.date, e.status) for e in build_timeline(article, published)]


# --------------------------------------------------------------------------- datelines


def test_a_datelines_date_is_the_entry_filed_from_its_place() -> None:
    article = parse_article(
        "Harbour Vote\n\nPORT ELLIS, Aug. 21 (Coastwire) -- The harbour board voted on Friday "
        "to sell the pier."
    )
    events = build_timeline(article, dt.date(2026, 8, 22))
    first = events[0]
    assert (first.expression, first.date, first.event, first.status) == (
        "Aug. 21",
        "2026-08-21",
        "Filed from PORT ELLIS",
        "past",
    )
    assert article.raw[first.start : first.end] == "Aug. 21"
    assert [(e.expression, e.date) for e in events[1:]] == [("on Friday", "2026-08-21")]


def test_a_dateline_is_never_read_ahead_and_needs_a_date() -> None:
    filed = parse_article("Harbour Vote\n\nPORT ELLIS, Dec. 30 (Coastwire) -- The board met.")
    assert build_timeline(filed, dt.date(2027, 1, 2))[0].date == "2026-12-30"
    no_date = parse_article("Harbour Vote\n\nPORT ELLIS (Coastwire) -- The board met on Monday.")
    assert [e.expression for e in build_timeline(no_date, THURSDAY)] == ["on Monday"]
    assert build_timeline(filed, None) == []


# --------------------------------------------------------------------------- comparisons


@pytest.mark.parametrize(
    "body",
    [
        "Net income rose to $5 million from $4 million a year ago.",
        "Revenue reached 45% of sales, compared with 40% a year earlier.",
        "Tarrow Mills earned $1.2 million, or 9 cents a share, a year ago.",
    ],
)
def test_the_baseline_of_a_figure_is_no_entry(body: str) -> None:
    assert rows(body) == []


def test_a_year_ago_that_is_no_comparison_stays_and_last_year_stays() -> None:
    assert rows("A year ago, the mill closed.") == [("A year ago", "2025", "past")]
    assert rows("Tarrow posted a loss of $3 million last year.") == [("last year", "2025", "past")]
    assert rows("Rates are lower than a year ago.") == []
    assert rows("She showed a photo from a year ago.") == [("a year ago", "2025", "past")]
    assert not is_comparison("ago", "The mill closed ")


# --------------------------------------------------------------------------- tense


@pytest.mark.parametrize(
    ("body", "date", "status"),
    [
        ("The mayor could not be reached for comment Wednesday.", "2026-03-04", "past"),
        ("Neither he nor his aides could be located Wednesday.", "2026-03-04", "past"),
        ("The final vote could come Wednesday.", "2026-03-11", "planned"),
    ],
)
def test_could_not_is_an_attempt_that_failed(body: str, date: str, status: str) -> None:
    assert [(d, s) for _, d, s in rows(body)] == [(date, status)]


# --------------------------------------------------------------------------- months and years


def test_a_month_that_names_an_events_time_is_an_entry_a_contract_month_is_not() -> None:
    assert rows("Police found new evidence in the October slaying.") == [
        ("October", "2025-10", "past")
    ]
    assert rows("The April accession will make them members.") == [("April", "2026-04", "planned")]
    assert rows("She joined the March of Dimes. The May Day parade was loud.") == []
    assert rows("The September bond future fell; the October heating oil rose.") == []


def test_a_year_after_pre_or_post_is_an_entry() -> None:
    assert rows("The post-1959 politics split families; pre-2000 prices were lower.") == [
        ("post-1959", "1959", "past"),
        ("pre-2000", "2000", "past"),
    ]


# --------------------------------------------------------------------------- reporting year


def test_the_year_a_company_reports_on_is_this_year() -> None:
    assert rows("Shares hit a high for the year in June.", dt.date(2026, 10, 30)) == [
        ("the year", "2026", "past"),
        ("in June", "2026-06", "past"),
    ]
    assert rows("Sales fell in the first nine months of the year.") == [
        ("the year", "2026", "past")
    ]


def test_a_fiscal_year_named_by_its_last_day_and_titles_are_not_this_year() -> None:
    assert [r[0] for r in rows("For the year ended March 31, it earned $2 million.")] == [
        "March 31"
    ]
    assert rows("He was named Person of the Year.") == []
    assert rows("The year ended well.") == []
