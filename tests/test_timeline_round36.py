"""Timeline rules for unseen stories, round thirty-six (issue 16), each on a fresh snippet.

The round began from the errors of fw, fy and ga to gi (each read after its first run was
reported as held out): a past the tagger read as a noun in a sentence with no other verb ("A
line of storms with gusts up to 70 mph tore through the county late Tuesday"), and a season as
the frame of a record or a living ("our biggest day of the summer", "The summer is when we make
our year").
The snippets are new text, not the sets' articles.
On the session's start kit (bb3d4d0), every case but the guards fails.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_timeline_news import rows

CASES_FW_TO_GI = [
    # a past the tagger took for a noun is still the sentence's verb
    pytest.param(
        "A band of squalls with gusts up to 70 mph tore through Harlow County late Monday, "
        "bringing down trees shortly before 10 p.m.",
        dt.date(2031, 3, 7),
        [("late Monday", "2031-03-03", "past"), ("10 p.m.", "2031-03-03", "past")],
        id="a_past_read_as_a_noun_with_no_other_verb",
    ),
    # a season as the frame of a record, or said to be when money is made, is any year's
    pytest.param(
        "\u201cThe regatta is our busiest weekend of the summer,\u201d said harbourmaster "
        "Ada Quine, who expects 3,000 visitors on Saturday.",
        dt.date(2031, 7, 16),
        [("on Saturday", "2031-07-19", "planned")],
        id="the_busiest_weekend_of_the_summer",
    ),
    pytest.param(
        "Kelso Point recorded 34.2C at 2pm on Monday, the highest reading of the summer so far.",
        dt.date(2031, 1, 22),
        [("at 2pm on Monday", "2031-01-20", "past")],
        id="the_highest_reading_of_the_summer_so_far",
    ),
    pytest.param(
        "\u201cThe winter is when the lodges make their year,\u201d she said. \u201cOne good "
        "week pays the bills for the winter.\u201d The lifts open on Friday.",
        dt.date(2031, 12, 3),
        [("on Friday", "2031-12-05", "planned")],
        id="the_winter_is_when_the_lodges_make_their_year",
    ),
    # a quotation counts from the day of the saying, even when a day still to come is told
    # after it in the same sentence
    pytest.param(
        "Mayor Ruth Amsel said at a news conference Monday that a final call would come by 6 "
        "p.m. Tuesday. \u201cIf the river is below the wall at 5 p.m. tomorrow, the parade "
        "goes ahead,\u201d she said.",
        dt.date(2031, 4, 15),
        [
            ("Monday", "2031-04-14", "past"),
            ("6 p.m. Tuesday", "2031-04-15", "planned"),
            ("at 5 p.m. tomorrow", "2031-04-15", "planned"),
        ],
        id="a_quotes_tomorrow_counts_from_the_day_of_the_saying",
    ),
    # guard: a season told as a time still has its row
    pytest.param(
        "The pier will stay shut for the summer while engineers replace its deck.",
        dt.date(2031, 5, 6),
        [("the summer", "2031", "planned")],
        id="guard_shut_for_the_summer",
    ),
]


@pytest.mark.parametrize(("body", "published", "expected"), [*CASES_FW_TO_GI])
def test_the_rules_of_round_thirty_six(
    body: str, published: dt.date, expected: list[tuple]
) -> None:
    assert rows(body, published) == expected
