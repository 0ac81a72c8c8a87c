"""Timeline rules for unseen stories, round twenty-three (issue 16), each on a fresh fictional
snippet.

The round read the misses left on the read sets a to bu: a time counted ahead with "in"
("in three weeks", "in nine days", "in 12 months' time"), which the guidelines have always
called an entry and the kit never found. The snippets are new text, not the sets' articles.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_timeline_news import rows

WEDNESDAY = dt.date(2031, 3, 5)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # days: the day they reach
            "Early voting opens in nine days, the commission said.",
            [("in nine days", "2031-03-14", "planned")],
        ),
        (  # weeks: a week, given as its month (March 26, the week of March 24)
            "The inspector's report is due in about three weeks.",
            [("in about three weeks", "2031-03", "planned")],
        ),
        (  # months, with "time"
            "The trust said it would review the charges again in 12 months' time.",
            [("in 12 months' time", "2032-03", "planned")],
        ),
        (  # a fortnight, in a headline's present
            "Voters go to the polls in a fortnight",
            [("in a fortnight", "2031-03", "planned")],
        ),
        (  # years
            "The plan will balance the books in three years, the treasurer said.",
            [("in three years", "2034", "planned")],
        ),
    ],
)
def test_a_time_counted_ahead_with_in_is_a_date(body: str, expected: list[tuple]) -> None:
    assert rows(body, WEDNESDAY) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Tickets for the final sold out in four days.",  # a past: how long it took
        "It was the club's first title in 12 years.",  # a rank before it
        "Prices have risen 8% in a month, the survey found.",  # a figure before it
        "It is the third flood in ten years, residents said.",
        "Flu cases have doubled in a fortnight.",  # a perfect: how long up to now
        "‘It’s happened twice in five years,’ she said.",
        "If you cannot finish a degree in six years, you lose the grant.",  # a condition
        "You may, in a year or two, see the benefit.",  # a vague count
    ],
)
def test_a_length_with_in_is_no_date(body: str) -> None:
    assert rows(body, WEDNESDAY) == []


def test_in_before_a_count_ago_leaves_the_count_ago() -> None:
    body = "The vigil starts at the minute the alarm came in 60 years ago."
    assert rows(body, WEDNESDAY) == [("60 years ago", "1971", "past")]


US_STORY = "CEDAR FORKS, Ohio \u2014 "


def test_independence_day_in_a_us_story_is_the_fourth_of_july() -> None:
    body = (
        f"{US_STORY}The Independence Day parade will step off at 10 a.m. Saturday, "
        "Ohio officials said, after the Ohio heat advisory ends."
    )
    assert rows(body, dt.date(2031, 7, 1)) == [
        ("Independence Day", "2031-07-04", "planned"),
        ("at 10 a.m. Saturday", "2031-07-05", "planned"),
    ]


def test_another_countrys_independence_day_gets_no_row() -> None:
    body = (
        f"{US_STORY}Ohio's Ukrainian community marked Ukraine's Independence Day last August "
        "with a concert, Ohio organizers said."
    )
    assert rows(body, dt.date(2031, 11, 20)) == [("last August", "2031-08", "past")]


NORTHERN_IRELAND = "BELFAST \u2014 "


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        (dt.date(2026, 7, 8), "2026-07-13"),  # 12 July 2026 is a Sunday: the parade is Monday
        (dt.date(2027, 7, 7), "2027-07-12"),
    ],
)
def test_a_twelfth_parade_is_the_day_the_parade_is_held(published: dt.date, expected: str) -> None:
    body = (
        f"{NORTHERN_IRELAND}Roads will close for the district's Twelfth parade, Belfast and "
        "Northern Ireland officials said."
    )
    assert rows(body, published) == [("Twelfth", expected, "planned")]


def test_a_weekday_written_with_the_date_overrules_a_year_told_before() -> None:
    body = (
        "The board will discuss a generator for the food bank, which was founded in 1989, at "
        "its meeting on Tuesday, Oct. 14."
    )
    assert rows(body, dt.date(2031, 9, 30)) == [
        ("in 1989", "1989", "past"),
        ("on Tuesday, Oct. 14", "2031-10-14", "planned"),
    ]


def test_flag_day_in_a_us_story() -> None:
    body = f"{US_STORY}The Flag Day ceremony moves to Veterans Park, Ohio officials said."
    assert rows(body, dt.date(2031, 6, 2)) == [("Flag Day", "2031-06-14", "planned")]


def test_last_years_holiday_is_one_expression_in_last_year() -> None:
    body = "MELBOURNE \u2014 Last year\u2019s Cup Day crowd was 83,000, Victoria Racing said."
    assert rows(body, dt.date(2031, 10, 30)) == [("Last year\u2019s Cup Day", "2030-11-05", "past")]


def test_a_four_figure_time_in_gmt_is_a_clock_time_not_a_year() -> None:
    body = "LONDON, Feb 18 (Wire) - The shares traded 1.9% higher at 1200 GMT."
    assert rows(body, dt.date(2031, 2, 18)) == [
        ("Feb 18", "2031-02-18", "past"),
        ("at 1200 GMT", "2031-02-18", "past"),
    ]


def test_end_of_a_year_written_with_a_hyphen_is_its_december() -> None:
    body = "The bank will shut 112 branches by end-2032 and the rest by mid-2033."
    assert rows(body, dt.date(2031, 2, 18)) == [
        ("end-2032", "2032-12", "planned"),
        ("mid-2033", "2033", "planned"),
    ]


def test_a_primarys_election_day_is_the_primary() -> None:
    body = (
        "AUSTIN, Texas \u2014 Polls open at 7 a.m. Tuesday for the Texas primary, officials "
        "said. Mail ballots must arrive by 7 p.m. on Election Day."
    )
    assert rows(body, dt.date(2032, 2, 27)) == [
        ("at 7 a.m. Tuesday", "2032-03-02", "planned"),
        ("7 p.m. on Election Day", "2032-03-02", "planned"),
    ]


def test_election_day_months_after_a_primary_is_novembers() -> None:
    body = (
        "AUSTIN, Texas \u2014 Candidates spent $1.4 million between the May 4 primary and "
        "Election Day, Texas filings show."
    )
    assert rows(body, dt.date(2032, 11, 20)) == [
        ("May 4", "2032-05-04", "past"),
        ("Election Day", "2032-11-02", "past"),
    ]


def test_friday_weeks_is_the_friday_after_the_coming_one() -> None:
    body = "The club moves Friday week\u2019s service to the town oval."
    assert rows(body, dt.date(2031, 4, 17)) == [("Friday week", "2031-04-25", "planned")]


def test_listed_months_run_on_over_the_new_year() -> None:
    body = (
        "The first of four instalments is due on 20 August, with the others in November, "
        "February and May."
    )
    assert rows(body, dt.date(2031, 6, 30)) == [
        ("on 20 August", "2031-08-20", "planned"),
        ("in November", "2031-11", "planned"),
        ("February", "2032-02", "planned"),
        ("May", "2032-05", "planned"),
    ]


def test_months_joined_by_a_clause_are_read_each_on_its_own() -> None:
    body = "Sales fell in November and December, and rose in January, the company said."
    assert rows(body, dt.date(2031, 2, 10)) == [
        ("in November", "2030-11", "past"),
        ("December", "2030-12", "past"),
        ("in January", "2031-01", "past"),
    ]


def test_race_day_is_the_day_of_the_race_the_story_dated() -> None:
    body = (
        "The city marathon returns on Sunday 26 April. The first closures begin at 4am on race "
        "day and most roads reopen by 4pm."
    )
    assert rows(body, dt.date(2031, 4, 18)) == [
        ("on Sunday 26 April", "2031-04-26", "planned"),
        ("at 4am on race day", "2031-04-26", "planned"),
        ("4pm", "2031-04-26", "planned"),
    ]


def test_each_race_day_and_the_parade_day_are_no_dates() -> None:
    body = "Clearways apply on each race day, and the parade day and the fair coincide."
    assert rows(body, dt.date(2031, 4, 18)) == []


def test_a_weekdays_unplanned_event_has_happened() -> None:
    body = (
        "The road will stay shut until mid-March after Thursday's slip, and the service moves "
        "indoors after Tuesday night's ice storm."
    )
    assert rows(body, dt.date(2032, 3, 3)) == [  # a Wednesday
        ("mid-March", "2032-03", "planned"),
        ("Thursday", "2032-02-26", "past"),
        ("Tuesday night", "2032-03-02", "past"),
    ]


def test_a_forecast_storm_is_still_to_come() -> None:
    body = "Crews are ready ahead of Thursday's storm, the council said."
    assert rows(body, dt.date(2032, 3, 2)) == [("Thursday", "2032-03-04", "planned")]


def test_the_saturday_after_a_day_told_in_its_sentence_is_the_nearest_to_it() -> None:
    body = (
        "The centre will test the tow on Thursday 18 December and decide that evening whether "
        "to open on the Saturday."
    )
    assert rows(body, dt.date(2031, 12, 7)) == [
        ("on Thursday 18 December", "2031-12-18", "planned"),
        ("that evening", "2031-12-18", "planned"),
        ("Saturday", "2031-12-20", "planned"),
    ]


def test_the_year_a_thing_was_built_gives_no_year_to_what_happened_to_it() -> None:
    body = (
        "Inspectors lowered the limit on the 1931 steel truss from 26 tons to 10 tons on "
        "Aug. 21 after an inspection."
    )
    assert rows(body, dt.date(2031, 8, 27)) == [
        ("1931", "1931", "past"),
        ("on Aug. 21", "2031-08-21", "past"),
    ]


def test_the_year_of_an_event_still_gives_its_year() -> None:
    body = "The first pitch is planned for the 2032 home opener in early April."
    assert rows(body, dt.date(2031, 8, 27)) == [
        ("2032", "2032", "planned"),
        ("in early April", "2032-04", "planned"),
    ]


def test_a_24_hour_time_after_at_about_is_a_time() -> None:
    body = "The parade leaves on Monday week at 11:30 and returns at about 16:00."
    assert rows(body, dt.date(2031, 3, 28)) == [  # a Friday
        ("on Monday week", "2031-04-07", "planned"),
        ("at 11:30", "2031-04-07", "planned"),
        ("16:00", "2031-04-07", "planned"),
    ]


def test_a_fronted_season_gives_its_year_and_a_winters_december_the_year_before() -> None:
    body = (
        "Last winter the pass did not open until 28 December. Last winter the pass closed on "
        "14 January."
    )
    assert rows(body, dt.date(2031, 12, 7)) == [
        ("Last winter", "2031", "past"),
        ("28 December", "2030-12-28", "past"),
        ("Last winter", "2031", "past"),
        ("on 14 January", "2031-01-14", "past"),
    ]


def test_a_southern_summers_february_is_in_the_year_it_is_named_by() -> None:
    body = (
        "SYDNEY \u2014 Last summer the shire recorded a reading of 46.1C on 12 February, New "
        "South Wales figures show."
    )
    assert rows(body, dt.date(2032, 1, 24)) == [
        ("Last summer", "2031", "past"),
        ("on 12 February", "2031-02-12", "past"),
    ]


def test_a_deks_to_verb_is_headlinese_for_will() -> None:
    story = (
        "Ceremony moved to 8am\n\nTotal fire ban declared for Friday; 42 new citizens to take "
        "the pledge on Monday\n\nBy Ann Lee\nJanuary 21, 2032\n\nThe council said so."
    )
    assert rows(story, dt.date(2032, 1, 21)) == [  # a Wednesday
        ("Friday", "2032-01-23", "planned"),
        ("on Monday", "2032-01-26", "planned"),
    ]


def test_a_headlines_to_verb_after_what_happened_is_not_read_ahead() -> None:
    story = (
        "Back pay to land in February after deal ratified on Christmas Eve\n\nTeachers will "
        "be paid next month\n\nBy Ann Lee\nJanuary 2, 2032\n\nThe council said so."
    )
    assert rows(story, dt.date(2032, 1, 2)) == [
        ("in February", "2032-02", "planned"),
        ("on Christmas Eve", "2031-12-24", "past"),
        ("next month", "2032-02", "planned"),
    ]


def test_mlk_day_is_the_third_monday_of_january() -> None:
    body = "The MLK Day march will go ahead despite the cold, organizers said."
    assert rows(body, dt.date(2032, 1, 14)) == [("MLK Day", "2032-01-19", "planned")]


def test_a_weekday_whose_event_has_been_retimed_lies_ahead() -> None:
    body = "The fireworks over the river on Monday have been brought forward to 9.30pm."
    assert rows(body, dt.date(2032, 5, 20)) == [  # a Thursday
        ("on Monday", "2032-05-24", "planned"),
        ("9.30pm", "2032-05-24", "planned"),
    ]
