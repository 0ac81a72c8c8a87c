"""Timeline rules, round fifty-five (issue 16), from the first run of the blind sets ob (broadcast
transcripts of 1998) and oc (international wire): what a broadcast reads aloud.

- a clock time read aloud is a clock time: "at two-fifteen this afternoon", and again "at
  two-fifteen" on the day told; on 24 hours with its zone, "thirteen forty-two UTC";
- so "twenty ten UTC" is ten past eight in the evening, no year 2010 (a year read aloud, "in
  twenty twelve", still is one);
- a year of the last century read by its last two digits, as "in '93" is: "In ninety-three we
  had no bread" (not "in ninety-three cases");
- "on the 18th of this month", "on the 3rd of next month": a day of the month the words name.

The snippets are new text, written for this test; on the kit before the round (f3d11a0) each
fails but the guards (a year read aloud, a count of cases).
"""

from __future__ import annotations

import datetime as dt

from tests.test_timeline_news import rows

WEDNESDAY = dt.date(1998, 12, 2)
TUESDAY = dt.date(1996, 3, 5)


def test_a_clock_read_aloud_is_a_clock_time() -> None:
    assert rows(
        "Trading in the shares was halted at two-fifteen this afternoon. When it resumed, the "
        "exchange stopped it again at two-fifteen.",
        WEDNESDAY,
    ) == [
        ("at two-fifteen this afternoon", "1998-12-02", "past"),
        ("at two-fifteen", "1998-12-02", "past"),
    ]


def test_a_clock_on_24_hours_read_aloud_is_no_year() -> None:
    assert rows(
        "The rocket is due to lift off tonight at thirteen forty-two UTC. The last attempt was "
        "stopped on Monday at twenty ten UTC.",
        WEDNESDAY,
    ) == [
        ("tonight at thirteen forty-two UTC", "1998-12-02", "planned"),
        ("on Monday at twenty ten UTC", "1998-11-30", "past"),
    ]


def test_a_year_read_aloud_is_still_a_year() -> None:
    assert rows("The dam was finished in twenty twelve.", WEDNESDAY) == [
        ("in twenty twelve", "2012", "planned")
    ]


def test_a_year_by_its_last_two_digits_read_aloud() -> None:
    assert rows("In ninety-three we had no bread for six weeks.", WEDNESDAY) == [
        ("In ninety-three", "1993", "past")
    ]
    assert rows("The bakery gave away ninety-three loaves.", WEDNESDAY) == []


def test_a_day_of_this_month_or_next() -> None:
    assert rows(
        "The assembly will vote on the 18th of this month, and the talks resume on the 3rd of "
        "next month.",
        TUESDAY,
    ) == [
        ("on the 18th of this month", "1996-03-18", "planned"),
        ("on the 3rd of next month", "1996-04-03", "planned"),
    ]
