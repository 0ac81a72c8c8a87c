"""Timeline rules, round fifty-eight (issue 16), from the first run of the blind sets od, of and
og (broadcast transcripts, features and general wire of 1998):

- "Hours later," opening a sentence is the day just told, like "two hours later" (not "the
  order issued hours earlier", which tells no day);
- "The day before yesterday" and "a week from today" are one expression each, counted from the
  day word;
- "on New Year's Eve of 1962": a holiday "of" a year is that year's;
- a day read aloud stays a date whatever word follows it ("the quarter ended September
  twenty-sixth it earned ..."; a capitalized "July Fourth" before a noun is still the feast's).

The snippets are new text, written for this test; on the kit before the round (9b62e18) the
four rules fail.
"""

from __future__ import annotations

import datetime as dt

from tests.test_timeline_news import rows

MONDAY = dt.date(1998, 3, 2)


def test_hours_later_opening_a_sentence_is_the_day_told() -> None:
    assert rows(
        "The guard was shot on Feb. 17. Hours later, police found the car. The warden said "
        "the alarm sounded hours earlier.",
        MONDAY,
    ) == [("on Feb. 17", "1998-02-17", "past"), ("Hours later", "1998-02-17", "past")]


def test_days_counted_from_a_day_word() -> None:
    assert rows(
        "The day before yesterday the union walked out. Talks resume a week from today.",
        MONDAY,
    ) == [
        ("The day before yesterday", "1998-02-28", "past"),
        ("a week from today", "1998-03-09", "planned"),
    ]


def test_a_holiday_of_a_year() -> None:
    assert rows("The organ's last recital was on New Year's Eve of 1962.", MONDAY) == [
        ("on New Year's Eve of 1962", "1962-12-31", "past")
    ]


def test_a_day_read_aloud_before_any_word() -> None:
    assert rows(
        "In the quarter ended January thirty-first it earned nine million dollars.", MONDAY
    ) == [("January thirty-first", "1998-01-31", "past")]
