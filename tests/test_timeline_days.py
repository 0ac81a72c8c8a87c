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


# --------------------------------------------------------------------------- fourth round


@pytest.mark.parametrize(
    ("body", "published", "expected"),
    [
        (
            "The ticket office is closed Good Friday and reopens on Easter Monday.",
            dt.date(2029, 3, 20),
            [
                ("Good Friday", "2029-03-30", "planned"),
                ("on Easter Monday", "2029-04-02", "planned"),
            ],
        ),
        (
            "The fire has burned more than 1900 hectares since Waitangi Day.",
            dt.date(2029, 2, 9),
            [("Waitangi Day", "2029-02-06", "past")],
        ),
        (
            "The judge moved the hearing past the Thanksgiving holiday.",
            dt.date(2029, 10, 17),
            [("Thanksgiving", "2029-11-22", "planned")],
        ),
        (
            '"The bookings for Christmas are the best we have had," he said.',
            dt.date(2029, 11, 20),
            [("Christmas", "2029-12-25", "planned")],
        ),
    ],
)
def test_more_holidays_and_a_holiday_before_a_verb(
    body: str, published: dt.date, expected: list
) -> None:
    assert rows(body, published) == expected


@pytest.mark.parametrize(
    "body",
    [
        "The ferry will be open Tuesday to Saturday, 10am to 5pm, and on Sunday afternoons.",
        "Buses will run a Sunday schedule all summer long.",
        "Call the line from 8 a.m. to 5 p.m. Central time, Monday through Friday.",
        "The centres open between 10am and 8pm each day.",
    ],
)
def test_a_timetable_is_no_date(body: str) -> None:
    assert rows(body, dt.date(2029, 3, 20)) == []


def test_a_closure_over_a_range_of_days_is_dated_and_the_range_ends_after_it_starts() -> None:
    assert rows(
        "The Gulls play four games from Thursday through Sunday.", dt.date(2029, 3, 31)
    ) == [
        ("Thursday", "2029-04-05", "planned"),
        ("Sunday", "2029-04-08", "planned"),
    ]


def test_a_year_after_see_her_in_is_a_date() -> None:
    body = '"I sailed four hours to see her in 2026, and I went back in May," said Ines Roe.'
    assert rows(body, dt.date(2029, 3, 20)) == [
        ("in 2026", "2026", "past"),
        ("in May", "2026-05", "past"),
    ]


@pytest.mark.parametrize(
    ("body", "published", "expected"),
    [
        (
            "The gang struck on Dec. 29. The van was found burnt out an hour later.",
            dt.date(2030, 1, 2),
            [("on Dec. 29", "2029-12-29", "past"), ("an hour later", "2029-12-29", "past")],
        ),
        (
            '"We held rates last year and the year before," the treasurer said.',
            dt.date(2029, 4, 8),
            [("last year", "2028", "past"), ("the year before", "2027", "past")],
        ),
        (
            "The board decided in March 2027 to merge the hospitals. St Brigid's will close at "
            "the end of that year.",
            dt.date(2026, 8, 24),
            [
                ("in March 2027", "2027-03", "planned"),
                ("at the end of that year", "2027-12", "planned"),
            ],
        ),
        (
            "The pass goes to $110 at the start of the new year.",
            dt.date(2029, 5, 10),
            [("at the start of the new year", "2030-01", "planned")],
        ),
        (
            "Rook was shot on Aug. 7, 2027. The men had argued shortly before 1 a.m. that "
            "Saturday.",
            dt.date(2028, 10, 17),
            [
                ("on Aug. 7, 2027", "2027-08-07", "past"),
                ("1 a.m. that Saturday", "2027-08-07", "past"),
            ],
        ),
    ],
)
def test_counted_hours_years_before_that_year_and_the_new_year(
    body: str, published: dt.date, expected: list
) -> None:
    assert rows(body, published) == expected


def test_a_numeric_date_only_when_its_order_is_plain() -> None:
    body = "Kits with a best by date of 09/09/2029 are included; lot 03/04/2029 is not."
    assert rows(body, dt.date(2029, 9, 12)) == [("09/09/2029", "2029-09-09", "past")]


def test_overnight_is_the_night_before_or_after_the_day_told() -> None:
    before = "Schools closed on Dec. 8, after 40 centimetres of snow fell overnight."
    assert rows(before, dt.date(2030, 1, 3))[-1] == ("overnight", "2029-12-08", "past")
    after = "The storm came ashore early Tuesday, then stalled overnight."
    assert rows(after, dt.date(2029, 8, 8))[-1] == ("overnight", "2029-08-08", "past")


def test_the_clause_a_speaker_reports_and_a_plan_for_a_weekday() -> None:
    said = "The forecaster said the temperature on Saturday night might not fall below 30C."
    assert rows(said, dt.date(2029, 12, 13)) == [("on Saturday night", "2029-12-15", "planned")]
    planned = "The carols, planned for Sunday evening, have moved to Wednesday, Dec. 23."
    assert rows(planned, dt.date(2029, 12, 13))[0] == ("Sunday evening", "2029-12-16", "planned")


def test_more_baselines_and_the_nearest_fall() -> None:
    body = (
        "The final bill compares with an estimate of $6.1 million in 2021. Turnout was 27%, "
        "down from 31% in the 2013 primary."
    )
    assert rows(body, dt.date(2029, 3, 20)) == []
    fall = '"People put down deposits in the fall," she said.'
    assert rows(fall, dt.date(2030, 1, 3)) == [("in the fall", "2029", "past")]


def test_a_desk_line_under_the_byline_is_no_paragraph_so_the_dateline_is_found() -> None:
    article = parse_article(
        "Grocer lifts forecast\n\nBy NADIA VEGA\nPlains Business Wire\nPublished Aug. 23, 2029\n\n"
        "CEDAR MILLS, Iowa, Aug. 22 (PBW) — The board today declared a dividend.\n"
    )
    assert article.dateline is not None and article.dateline.text.startswith("CEDAR MILLS")
    events = build_timeline(article, dt.date(2029, 8, 23))
    assert [(e.expression, e.date) for e in events] == [
        ("Aug. 22", "2029-08-22"),
        ("today", "2029-08-22"),
    ]


def test_a_dated_link_under_related_coverage_is_boilerplate() -> None:
    article = parse_article(
        "Heat wave nears\n\nThe city opens cooling centres on Friday.\n\nRelated Coverage\n"
        "Heat warning issued for the weekend (December 16, 2029)\n\n© 2029 Gulf Herald\n"
    )
    events = build_timeline(article, dt.date(2029, 12, 17))
    assert [e.expression for e in events] == ["on Friday"]
