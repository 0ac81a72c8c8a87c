"""Timeline rules, round forty-seven (issue 16), from a miss on the TempEval development set: a
bare year written before the figures it is the period of ("analysts expect 2027 earnings",
"predicting 2026 Harkmoor earnings") is an entry, like "its 2026 budget" (the guidelines: a year
used as a modifier is an entry). The nouns are a word list, vocab/timeline_period_figures.txt,
which also says which "for 2025" names the period a payment is for. The snippets are new text,
written for this test; on the kit before it (608caf9) every case but the guards fails.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_timeline_news import rows

TUESDAY = dt.date(2026, 3, 3)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Analysts had been predicting 2026 Harkmoor earnings of $1.10 a share.",
            [("2026", "2026", "past")],  # (the year under way, told in the past)
        ),
        ("The board expects 2027 sales to fall by a tenth.", [("2027", "2027", "planned")]),
        (
            "The brewer reported 2025 Results that beat forecasts on Monday.",
            [("2025", "2025", "past"), ("on Monday", "2026-03-02", "past")],
        ),
    ],
)
def test_a_bare_year_before_the_figures_it_covers_is_an_entry(
    body: str, expected: list[tuple[str, str, str]]
) -> None:
    assert rows(body, TUESDAY) == expected


@pytest.mark.parametrize(
    "body",
    [
        "The company sold 1990 shares on Monday.",  # a count of things
        "More than 1900 residents lost power on Monday.",
    ],
)
def test_a_count_before_a_plural_stays_no_date(body: str) -> None:
    assert rows(body, TUESDAY) == [("on Monday", "2026-03-02", "past")]
