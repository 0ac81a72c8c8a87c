"""Timeline rules for unseen stories, round thirty-five (issue 16), each on a fresh snippet.

The round began from the errors of ff, fg and fk (each read after its first run): the year a
payment or set of figures is for ("a dividend for 2025, but ... would decide the amount on Feb
25"), a month's baseline ("the July average", "its usual January total"), "Friday week, 13
November" as one expression, "the first on a Cup Day since 1986", "during last week's cold
snap", Brigid's Eve, "on Tuesday evening has already been called off", a weekday that opens its
sentence to say what kind of day it is ("Friday was already a PA day"), "the Friday trash route"
and "The long weekend has since become a busy one".
The snippets are new text, not the sets' articles.
The closing note of the session counts how many cases fail on the session's start kit (f502f22).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_timeline_news import rows, story_rows

CASES_FF_FG_FK = [
    # the year a dividend is for gives no year to the day it will be set: that is next year's
    pytest.param(
        "The miner said it planned to pay a final dividend for 2031, but that its directors "
        "would set the amount on March 4.",
        dt.date(2032, 2, 11),
        [("2031", "2031", "past"), ("on March 4", "2032-03-04", "planned")],
        id="the_year_a_dividend_is_for",
    ),
    # a month's usual total and its average are any year's
    pytest.param(
        "The insurer had logged 12,000 claims by Tuesday evening, twice its usual February total.",
        dt.date(2032, 2, 12),
        [("Tuesday evening", "2032-02-10", "past")],
        id="its_usual_february_total",
    ),
    pytest.param(
        "Rain in the hills last week was double the July average, the weather office said "
        "on Monday.",
        dt.date(2031, 7, 23),
        [("last week", "2031-07", "past"), ("on Monday", "2031-07-21", "past")],
        id="the_july_average",
    ),
    # "Thursday week, 22 May": one expression, its written date agreeing
    pytest.param(
        "The union has notified a second stoppage for Thursday week, 22 May, and members will "
        "meet again on Monday.",
        dt.date(2031, 5, 11),
        [
            ("Thursday week, 22 May", "2031-05-22", "planned"),
            ("on Monday", "2031-05-12", "planned"),
        ],
        id="thursday_week_and_its_date",
    ),
    # "on a Labor Day" is any such day
    pytest.param(
        "If the march goes ahead, it would be the first on a Labor Day since 1990, organizers "
        "said Tuesday.",
        dt.date(2031, 8, 27),
        [("1990", "1990", "past"), ("Tuesday", "2031-08-26", "past")],
        id="the_first_on_a_labor_day",
    ),
    # the week of an event in the possessive is a date, even after "during"
    pytest.param(
        "The pipes burst during last week's freeze, the principal said on Friday.",
        dt.date(2031, 1, 26),
        [("last week", "2031-01", "past"), ("on Friday", "2031-01-24", "past")],
        id="during_last_weeks_freeze",
    ),
    # what has already been called off still lay ahead
    pytest.param(
        "The lantern walk on Thursday evening has already been called off because of the wind, "
        "the council said today.",
        dt.date(2031, 12, 29),
        [("on Thursday evening", "2032-01-01", "planned"), ("today", "2031-12-29", "past")],
        id="has_already_been_called_off",
    ),
    # a weekday that opens its sentence to say what kind of day it is: the one just named
    pytest.param(
        "The school board said it would decide by 6 a.m. Thursday whether to close schools. "
        "Thursday was already a PA day for elementary students.",
        dt.date(2031, 2, 11),
        [("6 a.m. Thursday", "2031-02-13", "planned"), ("Thursday", "2031-02-13", "planned")],
        id="thursday_was_already_a_pa_day",
    ),
    # a collection route named by its weekday is a timetable, no day
    pytest.param(
        "Libraries will be closed Friday for the holiday. Residents on the Friday garbage route "
        "should put their bins out by 7 a.m. Saturday.",
        dt.date(2031, 7, 2),
        [("Friday", "2031-07-04", "planned"), ("7 a.m. Saturday", "2031-07-05", "planned")],
        id="the_friday_garbage_route",
    ),
    # the holiday weekend as an institution: no date
    pytest.param(
        "The holiday was first observed in Ontario in 2008. The long weekend has since become "
        "the busiest for the valley's ski hill.",
        dt.date(2031, 2, 12),
        [("in 2008", "2008", "past")],
        id="the_long_weekend_has_since_become",
    ),
]


def test_brigids_eve_is_the_last_day_of_january() -> None:
    story = (  # St Brigid's Eve, 31 January (a Saturday in 2032)
        "Storm threatens Brigid's Eve walk in Kilrane\n\nThe school in Co Clare said its "
        "Brigid's Eve procession would go ahead on Saturday."
    )
    assert story_rows(story, dt.date(2032, 1, 28)) == [
        ("Brigid's Eve", "2032-01-31", "planned"),
        ("Brigid's Eve", "2032-01-31", "planned"),
        ("on Saturday", "2032-01-31", "planned"),
    ]


@pytest.mark.parametrize(("body", "published", "expected"), CASES_FF_FG_FK)
def test_the_rules_of_round_thirty_five(
    body: str, published: dt.date, expected: list[tuple]
) -> None:
    assert rows(body, published) == expected
