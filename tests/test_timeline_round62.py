"""Timeline rules, round sixty-two (issue 16), from the blind sets oh, oi, oj and ok (a financial
daily of 1989-90, a wire's national desk, an international desk and broadcast transcripts of
the late 1990s).

- "will redeem its notes due 2003 on Dec. 1": the year of a maturity is the notes', not the day's;
- "around the twentieth of the month": that day of the month told;
- "a few hours ago", "20 minutes ago": the day it is told on; but "Updated 2 hours ago" is a
  page's stamp, no entry;
- "predicted a cut by midyear": a forecast's midyear lies ahead;
- "a promise to meet again Thursday": what is promised lies ahead;
- "was extended Sunday to May 29": the day of the change, not a range ending on May 29;
- "is bracing for Thursday's retail sales figures": what is awaited lies ahead, though the
  story told another Thursday just before;
- "a 9 p.m.-to-6 a.m. curfew": the hours of a standing rule, no day;
- "... said in 1993, ... the 1991 war ... Five years later": counted from the sentence's event,
  not from a year that names a thing in passing;
- a quotation dated before it opens ('warned on Thursday, "... tomorrow night. ... today."')
  counts from that day in every sentence it runs on to, past the dates its own words told;
  and "Opal Dunning, 63, said Sunday" is an attribution, age and all;
- "The extension came two days after ...": counted back from the day of the extension, not
  from the day dated last.

The snippets are new text, written for this test; on the kit before the round (6b226e0) each
fails but the page stamp's, which guards the new count of hours.
"""

from __future__ import annotations

import datetime as dt

from tests.test_timeline_news import rows, story_rows

WEDNESDAY = dt.date(1998, 10, 21)
FRIDAY = dt.date(1998, 8, 7)
MONDAY = dt.date(1998, 5, 4)
TUESDAY = dt.date(1990, 3, 13)


def test_a_maturity_year_is_not_the_days() -> None:
    assert rows("Harlan Mills said it will retire its notes due 2004 on Dec. 1.", WEDNESDAY) == [
        ("2004", "2004", "planned"),
        ("on Dec. 1", "1998-12-01", "planned"),
    ]


def test_a_day_of_the_month_told() -> None:
    assert rows("Relief flights could resume around the twelfth of the month.", FRIDAY) == [
        ("the twelfth of the month", "1998-08-12", "planned")
    ]


def test_hours_ago_is_the_day_told_on() -> None:
    assert rows("The ferry company answered a few hours ago with a short statement.", FRIDAY) == [
        ("a few hours ago", "1998-08-07", "past")
    ]


def test_a_pages_stamp_is_no_entry() -> None:
    story = "Ferry Talks\n\nUpdated 3 hours ago\n\nThe ferry company issued a statement Thursday."
    assert story_rows(story, FRIDAY) == [("Thursday", "1998-08-06", "past")]


def test_a_forecasts_midyear() -> None:
    assert rows(
        "An economist at Ostrel Bank predicted a rate cut by midyear.", dt.date(1998, 1, 6)
    ) == [("midyear", "1998", "past")]


def test_a_promise_to_meet() -> None:
    assert rows(
        "The two sides parted with little more than a promise to meet again Thursday.",
        dt.date(1996, 11, 19),
    ) == [("Thursday", "1996-11-21", "planned")]


def test_the_day_a_deadline_was_extended() -> None:
    assert rows("The filing deadline was extended Sunday to May 30.", MONDAY) == [
        ("Sunday", "1998-05-03", "past"),
        ("May 30", "1998-05-30", "planned"),
    ]


def test_what_a_market_awaits() -> None:
    assert rows(
        "A weak bond auction Thursday pushed yields higher. Dealers said the market is bracing "
        "for today's jobless claims and Thursday's figures on retail sales.",
        TUESDAY,
    ) == [
        ("Thursday", "1990-03-08", "past"),
        ("today", "1990-03-13", "planned"),
        ("Thursday", "1990-03-15", "planned"),
    ]


def test_the_hours_of_a_curfew() -> None:
    assert rows(
        "The storm struck late Sunday. The sheriff ordered a 10 p.m.-to-5 a.m. curfew in the "
        "harbor district.",
        MONDAY,
    ) == [("late Sunday", "1998-05-03", "past")]


def test_counted_from_the_event_not_a_things_year() -> None:
    assert rows(
        "When the two states signed the Marren Basin pact in 1992, it was hailed as the end of "
        "the 1990 border war. Six years later, the pact is in trouble.",
        dt.date(1998, 10, 4),
    ) == [
        ("in 1992", "1992", "past"),
        ("1990", "1990", "past"),
        ("Six years later", "1998", "planned"),
    ]


def test_a_quotation_dated_before_it_opens() -> None:
    assert rows(
        'In a radio address on Thursday, Governor Ilse Varn warned, "The crest will come '
        'tomorrow night. Everyone on the river road must leave today."',
        FRIDAY,
    ) == [
        ("on Thursday", "1998-08-06", "past"),
        ("tomorrow night", "1998-08-07", "planned"),
        ("today", "1998-08-06", "past"),
    ]


def test_an_attribution_with_an_age() -> None:
    assert rows(
        '"Yesterday I had a roof," Mara Tellis, 71, said Sunday evening outside her house.', MONDAY
    ) == [("Yesterday", "1998-05-02", "past"), ("Sunday evening", "1998-05-03", "past")]


def test_a_count_back_from_the_event_its_noun_names() -> None:
    assert rows(
        "Orland Mills yesterday extended its tender offer for Pike Paper to Dec. 4. It said 38% "
        "of the shares had been tendered as of Tuesday. The extension came two days after "
        "Pike's board rejected the bid.",
        dt.date(1989, 11, 16),
    ) == [
        ("yesterday", "1989-11-15", "past"),
        ("Dec. 4", "1989-12-04", "planned"),
        ("Tuesday", "1989-11-14", "past"),
        ("two days after", "1989-11-13", "past"),
    ]
