"""Timeline rules, round fifty-four (issue 16), from the first run of the blind sets nz, oa, ob
and oc (newswire and broadcast transcripts of 1989 to 1998):

- one document's date is when it was written, not a day to come: "The survey, dated April 6,
  found" in an October story is last April (but "bills dated July 1 or later" may lie ahead);
- "on May 14 of that year" is one expression, in the year the passage just told;
- "on May the fifteenth", read aloud, is a day;
- a day named by its weekday and its date is no standing rule ("Under a 1989 law, campaigning
  must stop at midnight on Friday, the fifth of June"), nor is a day in a clause after the rule
  (", and the new president will be sworn in on the first of August");
- a figure read aloud is a baseline like one in digits ("down from seventy-four percent in
  1994").

The snippets are new text, written for this test; on the kit before the round (f75d22d) the
five rules fail, and the two guards (papers dated ahead, a standing rule) pass.
"""

from __future__ import annotations

import datetime as dt

from tests.test_timeline_news import rows

THURSDAY = dt.date(1998, 10, 15)
MONDAY = dt.date(1998, 5, 11)


def test_one_documents_date_is_when_it_was_written() -> None:
    assert rows(
        "The survey, dated April 6, found that three bridges needed new bearings.", THURSDAY
    ) == [("April 6", "1998-04-06", "past")]


def test_papers_dated_ahead_stay_ahead() -> None:
    assert rows("Customers will see the new rate on bills dated Dec. 1 or later.", THURSDAY) == [
        ("Dec. 1", "1998-12-01", "planned")
    ]


def test_a_day_of_that_year_takes_the_year_told() -> None:
    assert rows(
        "The fraud came to light in the spring of 1992, when auditors found false invoices. "
        "The treasurer told them in a sworn statement on May 14 of that year that he knew "
        "nothing.",
        THURSDAY,
    ) == [
        ("in the spring of 1992", "1992", "past"),
        ("on May 14 of that year", "1992-05-14", "past"),
    ]


def test_a_month_the_ordinal_read_aloud_is_a_day() -> None:
    assert rows("The commission will certify the count on May the fifteenth.", MONDAY) == [
        ("on May the fifteenth", "1998-05-15", "planned")
    ]


def test_a_rule_that_names_a_weekday_and_its_date_names_one_day() -> None:
    assert rows(
        "Under a 1989 law, campaigning must stop at midnight on Friday, the fifth of June, and "
        "the new governor will be sworn in on the first of August.",
        MONDAY,
    ) == [
        ("1989", "1989", "past"),
        ("at midnight on Friday, the fifth of June", "1998-06-05", "planned"),
        ("on the first of August", "1998-08-01", "planned"),
    ]


def test_a_standing_rule_still_names_no_day() -> None:
    assert (
        rows(
            "Under the county's rules, fireworks must not be set off after 11 p.m., except on New "
            "Year's Eve.",
            MONDAY,
        )
        == []
    )


def test_a_figure_read_aloud_is_a_baseline_too() -> None:
    assert (
        rows("Turnout was sixty-one percent, down from seventy-four percent in 1994.", MONDAY) == []
    )
