"""Timeline rules, round fifty-six (issue 16: "a year earlier ... comparisons read as dates"), from
the blind sets nz and oc (business and international wire of 1989 to 1998):

- a year in a relative clause set off by commas is that clause's own: "Inflation, which peaked
  at 48 percent in 1992, slowed to 19 percent in January" is this January, not 1992's;
- the second of two baselines, after a figure with decimals ("down from 8.34% a week earlier and
  8.58% at the end of March"), and "down 6.8 percent from the same quarter of 1997" are
  baselines, no entries;
- a month that names a month's figures ("the May producer-price report, due tomorrow") is the
  nearest May, whatever the future tense says; a past tense still reads back ("had warned in
  its July report").

The snippets are new text, written for this test; on the kit before the round (9f7469f) the
first three fail and the last passes (a guard).
"""

from __future__ import annotations

import datetime as dt

from tests.test_timeline_news import rows

TUESDAY = dt.date(1996, 3, 5)
THURSDAY = dt.date(1991, 6, 13)


def test_a_relative_clauses_year_is_its_own() -> None:
    assert rows(
        "Unemployment, which peaked at 14 percent in 1992, fell to 9 percent in January.", TUESDAY
    ) == [("in 1992", "1992", "past"), ("in January", "1996-01", "past")]


def test_baselines_after_decimals_and_of_the_same_quarter() -> None:
    assert (
        rows(
            "The bond yielded 8.21%, down from 8.34% a week earlier and 8.58% at the end of March. "
            "Freight was down 6.8 percent from the same quarter of 1990.",
            THURSDAY,
        )
        == []
    )


def test_a_months_figures_are_the_nearest_month() -> None:
    assert rows(
        "Dealers expect the May retail-sales report, due tomorrow, to show a rise.", THURSDAY
    ) == [("May", "1991-05", "past"), ("tomorrow", "1991-06-14", "planned")]


def test_a_months_figures_told_in_the_past_read_back() -> None:
    assert rows(
        "The governor said the bank had warned in its October report that it would act.",
        dt.date(1991, 2, 10),
    ) == [("October", "1990-10", "past")]
