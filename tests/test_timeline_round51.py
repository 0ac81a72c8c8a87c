"""Timeline rules, round fifty-one (issue 16), from the first runs of two blind sets written in
the thirty-seventh session (nx, business wire; ny, political wire and broadcast transcripts):

- a year read aloud in this century is a year: "in twenty twenty-four", "in October twenty
  twelve", "in two thousand and nine" (after a preposition, and not a count: "two thousand and
  nine homes", "twenty twelve-year-olds");
- a page's or a transcript's time stamp is no entry: "November 13, 2026 · 4 min read",
  "Broadcast: Thursday 18 March 2027, 6:00pm", "Transcript · Broadcast Sunday 14 June 2026".

The snippets are new text, written for this test; on the kit before it (9d18049) every case but
the guards fails.
"""

from __future__ import annotations

import datetime as dt

import pytest

from lessons.article import parse_article
from lessons.timeline import build_timeline
from tests.test_timeline_news import rows

SUNDAY = dt.date(2026, 6, 14)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The rails had been due for replacement in twenty twenty-four.",
            [("in twenty twenty-four", "2024", "past")],
        ),
        (
            "The dam opened in October twenty twelve.",
            [("in October twenty twelve", "2012-10", "past")],
        ),
        (
            "We were promised new rails in two thousand and nine. Seventeen years later, the rails "
            "failed.",
            [
                ("in two thousand and nine", "2009", "past"),
                ("Seventeen years later", "2026", "past"),
            ],
        ),
        ("There were twenty twelve-year-olds on the bus.", []),  # guards: counts
        ("Police evacuated two thousand and nine homes.", []),
        ("In two thousand and nine homes the power failed.", []),
    ],
)
def test_a_year_of_this_century_read_aloud(body: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(body, SUNDAY) == expected


@pytest.mark.parametrize(
    "stamp",
    [
        "November 13, 2026 \u00b7 4 min read",
        "Broadcast: Sunday 14 June 2026, 6:00pm",
        "Transcript \u00b7 Broadcast Sunday 14 June 2026, 21:00",
    ],
)
def test_a_pages_or_a_transcripts_time_stamp_is_no_entry(stamp: str) -> None:
    article = parse_article(
        f"Dam Warning for Vellick Valley\n{stamp}\n\nEngineers found new cracks on Friday."
    )
    assert [(e.expression, e.date) for e in build_timeline(article, SUNDAY)] == [
        ("on Friday", "2026-06-12")
    ]
