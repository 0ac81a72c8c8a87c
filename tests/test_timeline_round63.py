"""Timeline rules, round sixty-three (issue 16), from the blind sets oh to oo (a financial daily
of 1989-90, national and international wire and features of 1996 to 2000, broadcast
transcripts).

- "Fifty years ago this spring": one expression, that spring's year;
- "Two days after the fire", after "A blaze broke out ... on March 3": a story's other word for
  the same kind of event names it (vocab/timeline_event_kinds.txt);
- a quotation's "until the end of the month" is the speaker's month, not the month of the day
  the reporting sentence told last;
- a quotation inside the sentence that dates the speech counts from that day, past the dates its
  own words told ('said in an interview on Thursday that the files came "only yesterday" and
  that he needed "a week from tomorrow"');
- "reports consumer prices for September": the month the figures cover, gone by;
- "slightly below the 7.4 percent growth in the same period last year", "against 2.9 million
  for the 1992 vote": baselines, no rows;
- "The company's fiscal 2000 forecast, issued in November": the year of a thing (a forecast for
  fiscal 2000) gives no year to the day it was issued;
- "compared with $94 million in the same period of 1997", "fell 8 percent from the same period
  of 1999": baselines (but "rose 22.3 percent from January to June" is the figure's own span);
- "In March 1995, ... its forecast for fiscal 1995, ... A month later": a count of months from
  the month told, not from the year beside it;
- "was indicted the next year, and on Nov. 3 he surrendered": the next year gives its year.

The snippets are new text, written for this test; on the kit before the round (8578895) each
fails.
"""

from __future__ import annotations

import datetime as dt

from tests.test_timeline_news import rows


def test_years_ago_this_spring() -> None:
    assert rows(
        "Forty years ago this spring, the dam at Orvin Lake failed.", dt.date(1998, 4, 19)
    ) == [("Forty years ago this spring", "1958", "past")]


def test_another_word_for_the_same_event() -> None:
    assert rows(
        "A blaze broke out at the Orvin feed mill on March 3. Two days after the fire, the county "
        "closed the road.",
        dt.date(1998, 3, 20),
    ) == [("on March 3", "1998-03-03", "past"), ("Two days after the fire", "1998-03-05", "past")]


def test_a_quotations_end_of_the_month() -> None:
    found = rows(
        "The auditor, Hanna Reisel, said in an interview on Thursday that she had received the "
        'ledgers "only yesterday" and needed "at least until the end of the month" to read them.',
        dt.date(1998, 10, 4),
    )
    assert [(expression, date) for expression, date, _ in found] == [
        ("on Thursday", "1998-10-01"),
        ("yesterday", "1998-09-30"),
        ("the end of the month", "1998-10"),
    ]


def test_a_months_prices() -> None:
    assert rows(
        "The first test comes Thursday, when the government reports producer prices for March.",
        dt.date(1998, 4, 14),
    ) == [("Thursday", "1998-04-16", "planned"), ("March", "1998-03", "past")]


def test_baselines_below_and_against() -> None:
    assert (
        rows(
            "Exports grew 6.2 percent in the first quarter, below the 8.1 percent growth in the "
            "same period last year.",
            dt.date(1999, 4, 20),
        )
        == []
    )  # (a bare quarter is no entry either)
    assert rows(
        "Turnout had reached 1.8 million by Sunday, against 2.2 million for the 1994 vote.",
        dt.date(1998, 6, 2),
    ) == [("Sunday", "1998-05-31", "past")]


def test_a_forecasts_fiscal_year() -> None:
    assert rows(
        "The yard's fiscal 2000 outlook, published in October, assumed a second destroyer order.",
        dt.date(2000, 1, 3),
    ) == [("2000", "2000", "past"), ("in October", "1999-10", "past")]


def test_the_same_period_of_a_year_is_a_baseline() -> None:
    assert (
        rows(
            "Tallis earned $61.2 million, or $1.12 a share, compared with $54 million, or 98 "
            "cents, in the same period of 1997.",
            dt.date(1998, 7, 23),
        )
        == []
    )
    assert rows(
        "Customs revenue fell 6 percent from the same period of 1998, while imports rose 9 "
        "percent from January to June.",
        dt.date(1999, 7, 15),
    ) == [("January", "1999-01", "past"), ("June", "1999-06", "past")]


def test_a_count_of_months_from_the_month_told() -> None:
    assert rows(
        "In June 1994, with the firm about to miss its forecast for fiscal 1994, the treasurer "
        "moved the money. A month later, he told the auditors it was there.",
        dt.date(2000, 3, 15),
    ) == [
        ("In June 1994", "1994-06", "past"),
        ("1994", "1994", "past"),
        ("A month later", "1994-07", "past"),
    ]


def test_the_next_year_gives_its_year() -> None:
    assert rows(
        "Ms. Vane, who had resigned in May 1996, was charged the next year, and on Oct. 9 she "
        "surrendered to the police.",
        dt.date(2000, 3, 15),
    ) == [
        ("in May 1996", "1996-05", "past"),
        ("the next year", "1997", "past"),
        ("on Oct. 9", "1997-10-09", "past"),
    ]
