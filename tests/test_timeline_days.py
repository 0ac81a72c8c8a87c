"""Timeline rules for unseen stories (issue 16, rounds three to eight), each on a fresh
fictional snippet.

Days counted from a named day ("the Friday after Thanksgiving"), holidays by the story's country,
which way a date points, clock times across midnight and on the day last told, the time a feature
story tells of ("that spring"), timetables, habits and baselines, and the page layouts the blind
date sets brought.
"""

from __future__ import annotations

import datetime as dt

import pytest

from lessons.article import parse_article
from lessons.timeline import build_timeline
from tests.test_timeline_news import rows


def periods(body: str, published: dt.date) -> list[str | None]:
    article = parse_article(f"Harbour News\n\n{body}")
    return [e.period for e in build_timeline(article, published)]


# --------------------------------------------------------------------------- counted from a day


def test_the_weekday_after_a_holiday_is_one_entry() -> None:
    body = "The county must certify the results by the Friday after Thanksgiving."
    assert rows(body, dt.date(2028, 11, 14)) == [
        ("the Friday after Thanksgiving", "2028-11-24", "planned"),
    ]
    # with its date before it, one expression (datasets/README: "on Dec. 1, the Monday after
    # Thanksgiving" is one expression, settled in round twenty)
    dated = "The county must certify the results by Nov. 24, the Friday after Thanksgiving."
    assert rows(dated, dt.date(2028, 11, 14)) == [
        ("Nov. 24, the Friday after Thanksgiving", "2028-11-24", "planned"),
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


def test_a_counted_phrase_in_apposition_restates_the_date_it_follows() -> None:
    body = "The storm flooded the pier on 14 July, the day before the regatta was due to start."
    assert rows(body, dt.date(2028, 8, 2)) == [("on 14 July", "2028-07-14", "past")]  # (no row
    # of its own: datasets/README, "a phrase restating a date")


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
    assert rows(body, dt.date(2027, 9, 8)) == [("the Labor Day weekend", "2027-09", "past")]
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
    # where a figure moved from is a baseline too; where it moved to is the time of the news
    assert [r[0] for r in rows(body, dt.date(2028, 8, 2))] == ["last year", "in 2024"]


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


# --------------------------------------------------------------------------- fifth round


def test_a_week_from_a_day_is_a_day_but_for_four_days_from_a_day_is_a_length() -> None:
    body = '"Kids will walk into that room a week from Saturday," she said.'
    assert rows(body, dt.date(2029, 9, 6)) == [("a week from Saturday", "2029-09-15", "planned")]
    lasting = "Crews will work for four days from Friday, Sept. 7."
    assert rows(lasting, dt.date(2029, 9, 6)) == [("Friday, Sept. 7", "2029-09-07", "planned")]


def test_a_weekday_set_up_by_a_present_perfect_lies_ahead() -> None:
    body = "Mediators have called both sides back to the table at 10 a.m. Friday in Ottawa."
    assert rows(body, dt.date(2029, 10, 9)) == [("at 10 a.m. Friday", "2029-10-12", "planned")]


def test_thanksgiving_in_a_canadian_story_is_in_october() -> None:
    body = (
        "WINNIPEG - Flights across Canada were cancelled as the Thanksgiving long weekend "
        "approached. Travellers in Toronto, Winnipeg and Ottawa waited."
    )
    assert rows(body, dt.date(2029, 10, 10)) == [
        ("the Thanksgiving long weekend", "2029-10", "past")
    ]


@pytest.mark.parametrize(
    ("body", "published", "expected"),
    [
        (
            "Blackouts began in 2008 and have been imposed on and off since November.",
            dt.date(2030, 6, 23),
            [("in 2008", "2008", "past"), ("November", "2029-11", "past")],
        ),
        (
            "The bills take effect Aug. 10. The final report is not due until March.",
            dt.date(2029, 5, 13),
            [("Aug. 10", "2029-08-10", "planned"), ("March", "2030-03", "planned")],
        ),
        (
            '"The company has had since spring to fix this," she said.',
            dt.date(2029, 10, 10),
            [("spring", "2029", "past")],
        ),
        (
            "The first pitch is planned for the 2032 home opener in early April.",
            dt.date(2029, 6, 12),
            [("2032", "2032", "planned"), ("in early April", "2032-04", "planned")],
        ),
    ],
)
def test_since_take_effect_due_until_and_a_year_named_just_before(
    body: str, published: dt.date, expected: list
) -> None:
    assert rows(body, published) == expected


@pytest.mark.parametrize(
    "body",
    [
        '"Switch off pumps between 5pm and 9pm every day this week," he said.',
        "The branch will be open 10 a.m. to 6 p.m. Tuesday through Saturday.",
        '"Every year we get a rush in the last week of March, and somebody shows up on the '
        '31st," he said.',
    ],
)
def test_more_habits_are_no_dates(body: str) -> None:
    assert rows(body, dt.date(2029, 1, 2)) == []


def test_a_clock_time_told_in_the_future_is_on_the_day_ahead() -> None:
    body = (
        "The wing will reopen on Saturday, Sept. 15, officials said Wednesday.\n\n"
        "It will open with a ribbon-cutting at 10 a.m., followed by a story hour at 11 a.m."
    )
    assert rows(body, dt.date(2029, 9, 6))[2:] == [
        ("at 10 a.m.", "2029-09-15", "planned"),
        ("at 11 a.m.", "2029-09-15", "planned"),
    ]


def test_a_live_blogs_time_stamps_are_the_day_its_posts_count_from() -> None:
    article = parse_article(
        "Blizzard live\n\nBy Tribune staff\n"
        "Published Jan. 1, 2030, 5:40 a.m. | Updated Jan. 2, 2030, 4:15 p.m.\n\n"
        "4:15 p.m. Wednesday\n\nSchools will stay closed Thursday. Classes had been due to "
        "resume Tuesday.\n\n5:40 a.m. Tuesday\n\nSchools are closed today. About 8 inches of "
        "snow fell overnight.\n"
    )
    events = build_timeline(article, dt.date(2030, 1, 2))
    assert [(e.expression, e.date) for e in events] == [
        ("4:15 p.m. Wednesday", "2030-01-02"),
        ("Thursday", "2030-01-03"),
        ("Tuesday", "2030-01-01"),
        ("5:40 a.m. Tuesday", "2030-01-01"),
        ("today", "2030-01-01"),
        ("overnight", "2030-01-01"),
    ]


def test_a_masthead_over_the_site_menu_is_no_headline_and_the_wire_dateline_is_found() -> None:
    article = parse_article(
        "Southern Africa Press Wire\nHome | Africa | Business | Sign in\n\nENERGY\n\n"
        "Power cuts stay until Wednesday\n\nPublished: 23 June 2030 06:15 SAST\n\n"
        "By Thabo Nkosi\n\nJOHANNESBURG, 22 June (SAPW) - The utility said on Monday it would "
        "keep cuts in place. A substation was vandalised yesterday.\n"
    )
    assert (
        article.headline is not None and article.headline.text == "Power cuts stay until Wednesday"
    )
    events = build_timeline(article, dt.date(2030, 6, 23))
    assert [(e.expression, e.date) for e in events][-2:] == [
        ("on Monday", "2030-06-17"),
        ("yesterday", "2030-06-21"),
    ]


def test_a_name_over_a_date_is_a_byline_and_breadcrumbs_and_reading_times_are_chrome() -> None:
    named = parse_article(
        "Kestrel Coast Advocate\nSubscribe | Log in\n\nFlu cases jump in a week\n\n"
        "Jessica Nakamura-Reid\nAugust 13, 2030 — 2.30pm\n\n3 mins to read\n\nFlu cases rose.\n"
    )
    assert named.byline is not None and named.byline.text == "Jessica Nakamura-Reid"
    assert named.date_line is not None and named.date_line.text == "August 13, 2030 — 2.30pm"
    assert [p.text for p in named.paragraphs] == ["Flu cases rose."]
    crumbs = parse_article(
        "The Willet Bay Tribune\nSubscribe | Log In\n\nLocal News | Education\n\n"
        "Library wing to reopen Sept. 15\n\nOriginally published September 6, 2030 at 6:00 am\n"
        "By Marisol Dunbar\nWillet Bay Tribune staff reporter\n\nThe wing will reopen.\n"
    )
    assert crumbs.headline is not None and crumbs.headline.text == "Library wing to reopen Sept. 15"
    assert [p.text for p in crumbs.paragraphs] == ["The wing will reopen."]


# --------------------------------------------------------------------------- sixth round


def test_a_passage_about_another_year_gives_its_yearless_dates_that_year() -> None:
    body = (
        "Five years ago this month, the fire reached the ridge. On Aug. 5, the district ordered "
        "residents out. Two days later, 86 homes burned that evening. Residents returned on "
        "Aug. 29."
    )
    assert rows(body, dt.date(2028, 8, 17)) == [
        ("Five years ago this month", "2023-08", "past"),
        ("On Aug. 5", "2023-08-05", "past"),
        ("Two days later", "2023-08-07", "past"),
        ("that evening", "2023-08-07", "past"),
        ("on Aug. 29", "2023-08-29", "past"),
    ]


def test_a_past_years_later_counts_from_the_time_told_not_a_recent_quote() -> None:
    body = (
        "The first time Ybarra answered a call, in the summer of 1985, the force had one car."
        '\n\n"I told my husband on Christmas Eve that I was done," she said last week.\n\n'
        "Ybarra became a patrol officer two years later."
    )
    assert rows(body, dt.date(2031, 1, 3))[-1] == ("two years later", "1987", "past")


@pytest.mark.parametrize(
    ("body", "published", "expected"),
    [
        (
            "The sentencing was adjourned to Friday week. The judge will rule on the first of "
            "February whether it is here or not.",
            dt.date(2030, 1, 5),
            [
                ("Friday week", "2030-01-18", "planned"),
                ("on the first of February", "2030-02-01", "planned"),
            ],
        ),
        (
            "The wind came up around four in the afternoon on Aug. 7, and by six o'clock the "
            "hillside was gone.",
            dt.date(2029, 8, 17),
            [
                ("four in the afternoon on Aug. 7", "2029-08-07", "past"),
                ("six o'clock", "2029-08-07", "past"),
            ],
        ),
        (
            "The hall burned in April 2027. Eighteen months ago, residents watched it burn.",
            dt.date(2028, 10, 10),
            [("in April 2027", "2027-04", "past"), ("Eighteen months ago", "2027-04", "past")],
        ),
        (
            "The council set a rate of £1,612 for 2026/27.",
            dt.date(2026, 2, 26),
            [("2026", "2026", "past"), ("27", "2027", "planned")],
        ),
        (
            "The heating bill spiked on Waitangi Day last year.",
            dt.date(2029, 3, 8),
            [("on Waitangi Day last year", "2028-02-06", "past")],
        ),
        (
            "The boil-water notice was lifted on Tuesday. By lunchtime, taps were running.",
            dt.date(2029, 3, 8),
            [("on Tuesday", "2029-03-06", "past"), ("lunchtime", "2029-03-06", "past")],
        ),
    ],
)
def test_friday_week_worded_days_and_hours_financial_years(
    body: str, published: dt.date, expected: list
) -> None:
    assert rows(body, published) == expected


@pytest.mark.parametrize(
    ("body", "published", "expected"),
    [
        (
            "The water taxi will make three round trips a day from Friday through Monday.",
            dt.date(2029, 5, 23),
            [("Friday", "2029-05-25", "planned"), ("Monday", "2029-05-28", "planned")],
        ),
        (
            '"We\'ve got a wedding Saturday and the church supper Sunday," she said.',
            dt.date(2029, 5, 23),
            [("Saturday", "2029-05-26", "planned"), ("Sunday", "2029-05-27", "planned")],
        ),
        (
            "A law firm filed a proposed class-action lawsuit against the hospital late Monday.",
            dt.date(2029, 8, 14),
            [("late Monday", "2029-08-13", "past")],
        ),
    ],
)
def test_a_rate_is_no_count_have_got_is_a_present_and_a_proposed_noun_is_no_plan(
    body: str, published: dt.date, expected: list
) -> None:
    assert rows(body, published) == expected


def test_idioms_and_compared_figures_are_no_dates() -> None:
    assert rows("I remember the sirens like it was yesterday.", dt.date(2029, 8, 17)) == []
    body = "The rate rose, compared with 9,800 jobs added in the same quarter a year earlier."
    assert rows(body, dt.date(2029, 2, 12)) == []


def test_seasons_turn_over_in_a_southern_story() -> None:
    body = (
        "WELLINGTON - Auckland and Christchurch crews want diggers on site before winter, New "
        "Zealand officials said. Last winter was wet."
    )
    assert rows(body, dt.date(2029, 3, 8)) == [
        ("winter", "2029", "planned"),
        ("Last winter", "2028", "past"),
    ]


# --------------------------------------------------------------------------- seventh round


@pytest.mark.parametrize(
    ("body", "published", "expected"),
    [
        (
            "Schools canceled classes, and the college closed its campuses through Monday.",
            dt.date(2029, 9, 12),
            [("Monday", "2029-09-17", "planned")],
        ),
        (
            "Councillors will set the 2029/30 budget on 24 February.",
            dt.date(2029, 1, 1),
            [
                ("2029", "2029", "planned"),
                ("30", "2030", "planned"),
                ("on 24 February", "2029-02-24", "planned"),
            ],
        ),
        (
            "Turnout was 41pc, down from 63.8pc at the general election in February 2021.",
            dt.date(2029, 11, 14),
            [],
        ),
    ],
)
def test_a_span_to_a_weekday_a_financial_years_second_year_and_a_turnout_baseline(
    body: str, published: dt.date, expected: list
) -> None:
    assert rows(body, published) == expected


def test_a_present_tense_weekday_in_the_dek_lies_ahead() -> None:
    article = parse_article(
        "Mayor dies at 84\n\nHer funeral is on Wednesday.\n\nThe mayor died on Friday.\n"
    )
    events = build_timeline(article, dt.date(2029, 3, 10))
    assert [(e.expression, e.date) for e in events] == [
        ("on Wednesday", "2029-03-14"),
        ("on Friday", "2029-03-09"),
    ]


def test_a_weekday_in_capitals_heads_a_schedule_but_not_in_an_all_capitals_story() -> None:
    schedule = parse_article(
        "Marathon closures\n\nStreets close for the race.\n\nSUNDAY: RACE DAY\n\n"
        "Roads close at 4am.\n"
    )
    assert [(e.expression, e.date) for e in build_timeline(schedule, dt.date(2029, 8, 22))] == [
        ("SUNDAY", "2029-08-19"),
        ("at 4am", "2029-08-19"),
    ]
    shouting = parse_article(
        "FLOOD WALL PLAN\n\nMAYOR DANA WHITFIELD ON MONDAY ANNOUNCED A $4 MILLION PLAN TO RAISE "
        "THE FLOOD WALL ALONG THE RIVER BEFORE THE SPRING.\n"
    )
    assert "ON MONDAY" not in [e.expression for e in build_timeline(shouting, dt.date(2029, 8, 22))]


def test_in_spring_is_a_season_and_the_date_line_may_run_on_without_a_separator() -> None:
    body = "Forecasters put the chance of La Nina forming in spring at about 70 per cent."
    assert rows(body, dt.date(2029, 8, 26)) == [("in spring", "2029", "past")]
    article = parse_article(
        "Council\n\nBy Rachel Odom | Staff Writer\nMay 17, 2029 Updated 11:24 am\n\nThe council "
        "voted on Tuesday.\n"
    )
    assert (
        article.date_line is not None and article.date_line.text == "May 17, 2029 Updated 11:24 am"
    )


# --------------------------------------------------------------------------- eighth round


@pytest.mark.parametrize(
    ("body", "published", "expected"),
    [
        (
            "Trains will run again on Saturday fortnight, the operator said.",
            dt.date(2029, 2, 20),
            [("on Saturday fortnight", "2029-03-10", "planned")],
        ),
        (
            "Staff will walk out on Wednesday next week.",
            dt.date(2029, 7, 17),
            [("on Wednesday next week", "2029-07-25", "planned")],
        ),
        (
            "The plant closed on Victoria Day and will reopen two weeks from now, in Ontario, "
            "Canada, Toronto officials said.",
            dt.date(2029, 6, 13),
            [
                ("on Victoria Day", "2029-05-21", "past"),
                ("two weeks from now", "2029-06", "planned"),
            ],
        ),
        (
            "Sailings between the two ports on Sunday and Monday had been cancelled.",
            dt.date(2029, 10, 27),
            [("on Sunday", "2029-10-28", "planned"), ("Monday", "2029-10-29", "planned")],
        ),
        (
            "Halloween events were cancelled in several counties.",
            dt.date(2029, 10, 27),
            [("Halloween", "2029-10-31", "planned")],
        ),
    ],
)
def test_a_fortnight_next_weeks_weekday_victoria_day_and_what_was_called_off(
    body: str, published: dt.date, expected: list
) -> None:
    assert rows(body, published) == expected
