"""Timeline rules for unseen stories (issue 16, third round), each on a fresh fictional snippet.

Days counted from a named day ("the Friday after Thanksgiving"), holidays with a part of the day
or a weekend, deadlines in a condition, clock times across midnight and on the day last told,
the time a feature story tells of ("that spring"), apposition, baselines and habits.
"""

from __future__ import annotations

import datetime as dt

import pytest

from lessons.article import parse_article
from lessons.timeline import build_timeline


def rows(body: str, published: dt.date) -> list[tuple[str, str | None, str]]:
    """(expression, date, status) of every entry of a story whose first line is the headline."""
    article = parse_article(f"Harbour News\n\n{body}")
    return [(e.expression, e.date, e.status) for e in build_timeline(article, published)]


def periods(body: str, published: dt.date) -> list[str | None]:
    article = parse_article(f"Harbour News\n\n{body}")
    return [e.period for e in build_timeline(article, published)]


# --------------------------------------------------------------------------- counted from a day


def test_the_weekday_after_a_holiday_is_one_entry() -> None:
    body = "The county must certify the results by Nov. 24, the Friday after Thanksgiving."
    assert rows(body, dt.date(2028, 11, 14)) == [
        ("Nov. 24", "2028-11-24", "planned"),
        ("the Friday after Thanksgiving", "2028-11-24", "planned"),
    ]


def test_a_week_before_a_holiday_is_a_week_in_the_year_told() -> None:
    body = "The shipyard strike of 1994 ended a week before Christmas."
    assert rows(body, dt.date(2027, 9, 8)) == [
        ("1994", "1994", "past"),
        ("a week before Christmas", "1994-12", "past"),
    ]
    assert periods(body, dt.date(2027, 9, 8)) == [None, "1994-W50"]


def test_the_day_before_a_dated_event_is_a_day_not_an_event_anchor() -> None:
    body = "The council will vote the day before the Nov. 7 election."
    assert rows(body, dt.date(2028, 10, 20))[0][:2] == ("the day before the Nov. 7", "2028-11-06")


def test_a_counted_phrase_in_apposition_is_the_date_it_follows() -> None:
    body = "The storm flooded the pier on 14 July, the day before the regatta was due to start."
    assert rows(body, dt.date(2028, 8, 2)) == [
        ("on 14 July", "2028-07-14", "past"),
        ("the day before the regatta", "2028-07-14", "past"),
    ]


def test_years_later_in_a_headline_with_nothing_told_before_is_now() -> None:
    article = parse_article("60 years later, the keepers remember\n\nThe light went dark in 1968.")
    events = build_timeline(article, dt.date(2028, 3, 2))
    assert [(e.expression, e.date) for e in events] == [
        ("60 years later", "2028"),
        ("in 1968", "1968"),
    ]


# --------------------------------------------------------------------------- holidays


@pytest.mark.parametrize(
    ("body", "published", "expected"),
    [
        (
            "The ferry will resume sailing by Thanksgiving 2029 if the new hull arrives.",
            dt.date(2028, 3, 2),
            [("Thanksgiving 2029", "2029-11-22", "planned")],
        ),
        (
            '"My train home leaves on Christmas night," she said.',
            dt.date(2027, 12, 20),
            [("on Christmas night", "2027-12-25", "planned")],
        ),
    ],
)
def test_a_holiday_with_a_year_or_a_part_of_the_day_is_a_date(
    body: str, published: dt.date, expected: list
) -> None:
    assert rows(body, published) == expected


def test_a_holiday_weekend_is_the_weekend_next_to_it() -> None:
    body = "The crash happened over the Labor Day weekend, police said."
    assert rows(body, dt.date(2027, 9, 8)) == [("Labor Day weekend", "2027-09", "past")]
    assert periods(body, dt.date(2027, 9, 8)) == ["2027-W35-WE"]  # Saturday Sept. 4


# --------------------------------------------------------------------------- which way


def test_a_deadline_in_a_condition_looks_ahead() -> None:
    body = "Dockworkers will walk out on Monday if no deal is reached by 11:59 p.m. Sunday."
    assert rows(body, dt.date(2028, 5, 17)) == [
        ("on Monday", "2028-05-22", "planned"),
        ("11:59 p.m. Sunday", "2028-05-21", "planned"),
    ]


def test_a_plan_that_was_changed_is_the_nearest_date() -> None:
    body = "The inquiry had been scheduled for Aug. 28 but was pushed back two weeks."
    assert rows(body, dt.date(2028, 9, 12)) == [("Aug. 28", "2028-08-28", "past")]


def test_a_possessive_weekday_after_beginning_with_looks_ahead() -> None:
    body = (
        "The Gulls lost on Saturday. Rook will coach the team, beginning with Saturday's game "
        "at Lakeshore."
    )
    assert rows(body, dt.date(2028, 10, 16)) == [
        ("on Saturday", "2028-10-14", "past"),
        ("Saturday", "2028-10-21", "planned"),
    ]


def test_a_date_with_next_year_and_a_habit_month() -> None:
    body = (
        "The club's regatta, usually held in late November, has been moved to 6 February next year."
    )
    assert rows(body, dt.date(2028, 8, 2)) == [("6 February next year", "2029-02-06", "planned")]


def test_a_season_after_until_and_a_sports_season() -> None:
    assert rows(
        "The pool will stay shut until summer after the fault was found.", dt.date(2028, 8, 2)
    ) == [("summer", "2028", "planned")]
    assert rows(
        "The Gulls went 9-3 last season and open next season at home.", dt.date(2028, 10, 2)
    ) == [
        ("last season", "2027", "past"),
        ("next season", "2029", "planned"),
    ]


# --------------------------------------------------------------------------- clock times


def test_small_hours_after_a_late_evening_are_the_next_day() -> None:
    body = (
        "The lighthouse went dark at 10:50 p.m. on March 3, 1961. By 3 a.m., the keeper had "
        "rowed ashore. Crews worked until shortly before midnight."
    )
    assert rows(body, dt.date(2028, 3, 2)) == [
        ("at 10:50 p.m. on March 3, 1961", "1961-03-03", "past"),
        ("3 a.m.", "1961-03-04", "past"),
        ("midnight", "1961-03-03", "past"),
    ]


def test_a_clock_time_takes_the_last_day_told_not_a_year_between() -> None:
    body = (
        "The board voted late Thursday to sell the lot, where a cinema stood until 2011.\n\n"
        "The vote came just before 11 p.m., after a hearing that began at 7 p.m."
    )
    assert rows(body, dt.date(2028, 3, 3)) == [
        ("late Thursday", "2028-03-02", "past"),
        ("2011", "2011", "past"),
        ("11 p.m.", "2028-03-02", "past"),
        ("at 7 p.m.", "2028-03-02", "past"),
    ]


@pytest.mark.parametrize(
    ("body", "expression", "date"),
    [
        (
            "The clinic is open 9 a.m. to 12:30 p.m. Friday, Dec. 29.",
            "9 a.m. to 12:30 p.m. Friday, Dec. 29",
            "2028-12-29",
        ),
        (
            "Staff will be told by 10am Pacific time Friday.",
            "10am Pacific time Friday",
            "2028-12-29",
        ),
    ],
)
def test_a_clock_range_or_a_named_time_zone_goes_with_its_day(
    body: str, expression: str, date: str
) -> None:
    assert rows(body, dt.date(2028, 12, 27)) == [(expression, date, "planned")]


# --------------------------------------------------------------------------- the time told


def test_that_spring_is_the_time_the_story_tells_of_not_this_week() -> None:
    body = (
        "The mill closed in March 1961. Marta Quell said in an interview this week that she "
        "still remembers the sirens. An inquiry that spring blamed a faulty boiler."
    )
    assert rows(body, dt.date(2028, 3, 2))[-1] == ("that spring", "1961", "past")


def test_that_spring_skips_a_span_that_runs_up_to_now() -> None:
    body = (
        "The mill burned in February 1961. A memorial has stood there since it was dedicated in "
        "1987. An inquiry that spring blamed a faulty boiler."
    )
    assert rows(body, dt.date(2028, 3, 2))[-1] == ("that spring", "1961", "past")


def test_the_previous_month_counts_from_the_date_told() -> None:
    body = "Ines Vary took office in January 2027 after a special election the previous November."
    assert rows(body, dt.date(2028, 2, 2)) == [
        ("in January 2027", "2027-01", "past"),
        ("the previous November", "2026-11", "past"),
    ]


# --------------------------------------------------------------------------- baselines


def test_baselines_with_number_words_and_years_are_no_entries() -> None:
    assert rows(
        "Harbour tours lost 12 boats this year, up from six a year earlier.", dt.date(2028, 8, 2)
    ) == [("this year", "2028", "past")]
    body = (
        "Berths averaged 31 boats last year, up from 24 in 2019, and the port had two wrecks, "
        "compared with five in all of 2021. Visits rose from 1,000 in 2019 to 4,000 in 2024."
    )
    assert [r[0] for r in rows(body, dt.date(2028, 8, 2))] == ["last year", "in 2019", "in 2024"]
