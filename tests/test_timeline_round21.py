"""Timeline rules for unseen stories, round twenty-one (issue 16), each on a fresh fictional
snippet.

The round read the errors of blind date sets bh to bk, scored once when they arrived (with the
tenth session's kits) and left unread until sets bl and bm were being written. The snippets
are new text, not the sets' articles.
"""

from __future__ import annotations

import datetime as dt

from lessons.article import parse_article
from lessons.timeline import build_timeline
from lessons.timeline.country import story_country
from lessons.timeline.holidays import bank_holidays, holiday_date
from tests.test_timeline_news import rows

WEDNESDAY = dt.date(2031, 12, 17)

FAIR = (
    "Harbour Gazette\n\nFair returns to the green\n\nBy Ann Lee\n3 June 2031\n\n"
    "The summer fair returns on Saturday, with stalls and a dog show.\n\n"
    "Planners said the fair drew 9,000 people last year.\n\n"
    "THE DAY\n\nSaturday 7 June\n9am: Stalls open\n1.30pm: Dog show\n6pm\u20139pm: Barn dance\n\n"
    "Related: Green to get new benches\n\u00a9 2031 Harbour Gazette\n"
)

GUIDE = (
    "Harbour Gazette\n\nNew Year's Eve guide\n\nBy Ann Lee\n29 December 2031\n\n"
    "Crowds are expected on the foreshore on New Year's Eve, with roads closing at 6am on "
    "Wednesday.\n\n"
    "Gates open at 10am on Wednesday, and organisers say the lawns fill by Wednesday evening.\n\n"
    "Bring water and sunscreen, and agree on a meeting place.\n\n"
    "Lost children will be taken to the council tent.\n\n"
    "The fireworks\n\nThe family show starts at 9pm, and the main display fires at midnight.\n"
)


def test_a_programme_at_the_end_of_a_story_is_part_of_it() -> None:
    article = parse_article(FAIR)
    assert "6pm\u20139pm: Barn dance" in article.body
    assert [s.reason for s in article.boilerplate][-2:] == ["related link", "copyright"]
    events = build_timeline(article, dt.date(2031, 6, 3))
    assert [(e.expression, e.date) for e in events] == [
        ("on Saturday", "2031-06-07"),
        ("last year", "2030"),
        ("Saturday 7 June", "2031-06-07"),
        ("9am", "2031-06-07"),
        ("1.30pm", "2031-06-07"),
        ("6pm\u20139pm", "2031-06-07"),  # a range opening a programme line: one entry
    ]


def test_a_guides_clock_times_fall_on_the_day_it_is_about() -> None:
    events = build_timeline(parse_article(GUIDE), dt.date(2031, 12, 29))
    assert [(e.expression, e.date) for e in events][-2:] == [
        ("at 9pm", "2031-12-31"),
        ("at midnight", "2031-12-31"),
    ]


def test_a_holidays_week_is_the_week_holding_it() -> None:
    body = "The depot will stay shut through Christmas week, the firm said."
    assert rows(body, dt.date(2031, 11, 20)) == [("Christmas week", "2031-12", "planned")]


def test_a_holiday_written_with_its_date_is_in_the_year_it_falls_there() -> None:
    body = "Classes would not meet on Labor Day, Sept. 1, under the plan."
    assert rows(body, dt.date(2031, 2, 20)) == [
        ("on Labor Day, Sept. 1", "2031-09-01", "planned")  # Labor Day 2030 was Sept. 2
    ]


def test_a_holiday_named_as_one_day_is_a_date_before_a_noun() -> None:
    body = "Crews will have Good Friday off. The Christmas Eve blaze gutted a barn."
    assert rows(body, dt.date(2032, 3, 10)) == [
        ("Good Friday", "2032-03-26", "planned"),
        ("Christmas Eve", "2031-12-24", "past"),
    ]
    honours = "She was made a dame in the King's Birthday Honours in June last year."
    assert rows(honours, WEDNESDAY) == [("in June last year", "2030-06", "past")]


def test_a_habit_told_beside_a_holiday_is_the_holidays() -> None:
    body = "The cafe opens all weekend, which takes in Father's Day, usually its busiest day."
    assert rows(body, dt.date(2031, 6, 10)) == [("Father's Day", "2031-06-15", "planned")]


def test_daily_hours_as_a_range_are_no_entry() -> None:
    body = "The pool reopens on Saturday. Lessons, 9am to 11am daily, will carry on."
    assert rows(body, WEDNESDAY) == [("on Saturday", "2031-12-20", "planned")]


def test_the_late_may_bank_holiday_and_the_melbourne_cup_public_holiday() -> None:
    body = "The line will shut over the late May bank holiday, the operator said."
    assert rows(body, dt.date(2031, 4, 2)) == [("late May bank holiday", "2031-05-26", "planned")]
    cup = "Schools close on Monday 3 November, before the Melbourne Cup public holiday."
    assert rows(cup, dt.date(2031, 9, 1)) == [
        ("on Monday 3 November", "2031-11-03", "planned"),
        ("the Melbourne Cup public holiday", "2031-11-04", "planned"),
    ]


def test_an_australian_state_has_its_own_labour_day() -> None:
    assert story_country("GEELONG - The show, in Victoria's west, returns for Labour Day.") == (
        "AU-VIC"
    )
    assert story_country("Victoria Park hosts Ontario's finest. Ontario said.") == "CA"
    assert holiday_date("Labour Day", 2031, "AU-VIC") == dt.date(2031, 3, 10)
    assert holiday_date("Labour Day", 2031, "AU-QLD") == dt.date(2031, 5, 5)
    assert holiday_date("Labour Day", 2031, "AU") == dt.date(2031, 10, 6)
    body = (
        "In Geelong, Victoria, the show runs over the Labour Day long weekend. Victoria's "
        "premier will open it on Labour Day."
    )
    assert rows(body, dt.date(2031, 2, 20)) == [
        ("the Labour Day long weekend", "2031-03", "planned"),
        ("on Labour Day", "2031-03-10", "planned"),
    ]


def test_election_night_in_a_year_is_that_years_federal_election() -> None:
    body = (
        "On Election Day, polls open at 7 a.m. The clerk expects results by 9 p.m. on election "
        "night. On election night in 2028, the count ran late."
    )
    assert rows(body, dt.date(2031, 10, 20)) == [
        ("On Election Day", "2031-11-04", "planned"),
        ("at 7 a.m.", "2031-11-04", "planned"),
        ("9 p.m. on election night", "2031-11-04", "planned"),
        ("On election night in 2028", "2028-11-07", "past"),
    ]


KEY_DATES = (
    "Carran Chronicle\n\nBonfire clean-up plan agreed\n\nBy Ann Lee\nSaturday 3 July 2032\n\n"
    "Council crews will clear the sites after the Twelfth, the council said on Friday.\n\n"
    "Key dates\nSunday 11 July: bonfires lit\nMonday 12 July: parades; bank holiday\n"
    "Tuesday 13 July: clean-up begins\n\n"
    "Do you have a story for us? Email newsdesk@carranchronicle.co.uk\n"
    "\u00a9 2032 Carran Chronicle Ltd. All rights reserved.\n"
)

CAPTIONED = (
    "Ledger\n\nSchools to reopen Monday\n\nBy Ann Lee\nSept. 16, 2032\n\n"
    "Workers tarp the torn roof of the school gym on Tuesday. (Ray Okonjo/The Ledger)\n\n"
    "Students will be back in class Monday, the district said.\n"
)


def test_a_key_dates_box_closing_a_story_is_part_of_it() -> None:
    article = parse_article(KEY_DATES)
    assert [s.reason for s in article.boilerplate] == ["copyright"]
    events = build_timeline(article, dt.date(2032, 7, 3))
    assert [(e.expression, e.date) for e in events][-3:] == [
        ("Sunday 11 July", "2032-07-11"),
        ("Monday 12 July", "2032-07-12"),
        ("Tuesday 13 July", "2032-07-13"),
    ]


def test_a_staff_photo_credit_makes_a_caption_and_a_caption_looks_back() -> None:
    article = parse_article(CAPTIONED)
    assert article.caption is not None
    assert article.caption.text == (
        "Workers tarp the torn roof of the school gym on Tuesday. (Ray Okonjo/The Ledger)"
    )
    events = build_timeline(article, dt.date(2032, 9, 16))
    assert [(e.expression, e.date) for e in events] == [
        ("Monday", "2032-09-20"),
        ("on Tuesday", "2032-09-14"),
        ("Monday", "2032-09-20"),
    ]


def test_a_habit_in_a_closed_clause_is_not_the_dates() -> None:
    body = (
        "The ferry timetable covers the May Day holiday weekend, when hotels are usually full, "
        "and a music festival from Saturday 1 May to Monday 3 May."
    )
    assert rows(body, dt.date(2032, 4, 21)) == [
        ("the May Day holiday weekend", "2032-05", "planned"),
        ("Saturday 1 May", "2032-05-01", "planned"),
        ("Monday 3 May", "2032-05-03", "planned"),
    ]


def test_listed_24_hour_times_and_a_service_named_by_its_time() -> None:
    body = (
        "Today a water taxi will run at 08:00, 12:00 and 17:00. The 14:00 sailing on Sunday "
        "was the last."
    )
    assert rows(body, dt.date(2032, 4, 21)) == [
        ("Today", "2032-04-21", "planned"),
        ("at 08:00", "2032-04-21", "planned"),
        ("12:00", "2032-04-21", "planned"),
        ("17:00", "2032-04-21", "planned"),
        ("14:00", "2032-04-18", "past"),
        ("on Sunday", "2032-04-18", "past"),
    ]


def test_those_who_were_ordered_to_go_went_then() -> None:
    body = (
        "Residents were ordered to leave their homes on Saturday night as the fire jumped the road."
    )
    assert rows(body, dt.date(2032, 5, 16)) == [("on Saturday night", "2032-05-15", "past")]


def test_the_bank_holiday_is_the_one_nearest_the_story() -> None:
    body = (
        "The union called a second strike, from 7am on Saturday 28 August until 7am on Tuesday "
        "31 August, which would take in the bank holiday Monday."
    )
    assert rows(body, dt.date(2032, 8, 10))[-1] == (
        "the bank holiday Monday",
        "2032-08-30",
        "planned",
    )
    irish = (
        "Offices in Co Kerry close on Monday for the October bank holiday, and crews will work "
        "through the bank holiday weekend."
    )
    assert rows(irish, dt.date(2032, 10, 20)) == [
        ("on Monday", "2032-10-25", "planned"),
        ("October bank holiday", "2032-10-25", "planned"),
        ("the bank holiday weekend", "2032-10", "planned"),
    ]
    assert [str(day) for day in bank_holidays(2032, "GB-SCT") if day.month == 8] == ["2032-08-02"]
    assert story_country("Glasgow and Edinburgh councils met. Scotland's roads were shut.") == (
        "GB-SCT"
    )
    assert story_country("London, Manchester and Birmingham were busy, and Scotland too.") == "GB"


def test_come_august_is_a_month_ahead() -> None:
    body = '"Come August, nobody in this state will pay for lunch," she said.'
    assert rows(body, dt.date(2032, 5, 17)) == [("August", "2032-08", "planned")]


def test_twelve_noon_is_a_clock_time() -> None:
    body = (
        "The parade leaves the grounds on Tuesday at 12 noon and reaches the Square an hour later."
    )
    assert rows(body, dt.date(2032, 3, 12)) == [
        ("on Tuesday at 12 noon", "2032-03-16", "planned"),
        ("an hour later", "2032-03-16", "planned"),
    ]


def test_a_date_and_the_day_it_is_counted_as_are_one_expression() -> None:
    body = "Refunds will be paid on Nov. 29, the Monday after Thanksgiving."
    assert rows(body, dt.date(2032, 11, 10)) == [
        ("on Nov. 29, the Monday after Thanksgiving", "2032-11-29", "planned")
    ]


def test_a_year_between_commas_gives_no_year_to_the_main_clause() -> None:
    body = "The ferry, built in 1998, was last in dry dock in January."
    assert rows(body, dt.date(2032, 4, 28)) == [
        ("in 1998", "1998", "past"),
        ("in January", "2032-01", "past"),
    ]


def test_a_span_that_ended_is_over_however_near_its_date() -> None:
    body = "Last July the river flooded. A state of emergency stayed in place until 11 July."
    assert rows(body, dt.date(2032, 6, 25)) == [
        ("Last July", "2031-07", "past"),
        ("11 July", "2031-07-11", "past"),
    ]


def test_six_am_after_six_pm_last_night_is_this_morning() -> None:
    body = "Lorries gritted the roads three times between 6pm last night and 6am, the council said."
    assert rows(body, dt.date(2032, 1, 12)) == [
        ("6pm last night", "2032-01-11", "past"),
        ("6am", "2032-01-12", "past"),
    ]


def test_continues_is_a_present_when_nothing_is_quoted() -> None:
    body = "The festival continues on Saturday with a hangi."
    assert rows(body, dt.date(2032, 7, 7)) == [("on Saturday", "2032-07-10", "planned")]


def test_a_date_between_commas_gives_no_year_to_the_main_clause() -> None:
    body = (
        "The trust, set up in July last year, has paid out $1.9m and closes to applications on "
        "31 July."
    )
    assert rows(body, dt.date(2032, 6, 25)) == [
        ("in July last year", "2031-07", "past"),
        ("on 31 July", "2032-07-31", "planned"),
    ]


def test_the_night_before_after_a_clock_time_or_before_a_phrase() -> None:
    body = "Roads close on Monday 31 August. Parking will be suspended from 8pm the night before."
    assert rows(body, dt.date(2032, 8, 20)) == [
        ("on Monday 31 August", "2032-08-31", "planned"),
        ("the night before", "2032-08-30", "planned"),
    ]
    strike = "The strike began Sept. 28, after talks broke down the night before over wages."
    assert rows(strike, dt.date(2032, 10, 20)) == [
        ("Sept. 28", "2032-09-28", "past"),
        ("the night before", "2032-09-27", "past"),
    ]


def test_what_had_been_done_by_a_day_is_done() -> None:
    body = (
        "Crews had restored service to about 70,000 customers by late Saturday, the utility said."
    )
    assert rows(body, dt.date(2032, 3, 8)) == [("late Saturday", "2032-03-06", "past")]


def test_a_participle_beside_its_noun_tells_what_was_done() -> None:
    body = "The advisory, issued at 2:15 a.m. Monday, covers every address north of the river."
    assert rows(body, dt.date(2032, 6, 29)) == [("at 2:15 a.m. Monday", "2032-06-28", "past")]


def test_small_hours_after_a_night_are_the_next_day() -> None:
    body = (
        "The main broke on Sunday night. Crews isolated the break by about 3:30 a.m. and began "
        "digging at first light."
    )
    assert rows(body, dt.date(2032, 6, 29)) == [
        ("on Sunday night", "2032-06-27", "past"),
        ("3:30 a.m.", "2032-06-28", "past"),
        ("at first light", "2032-06-27", "past"),  # (the night's day, as the guide reads it)
    ]


def test_a_headlines_after_tells_what_happened() -> None:
    article = parse_article(
        "Gazette\n\nAdvisory could last a week after main breaks on Sunday night\n\nBy Ann Lee\n"
        "June 29, 2032\n\nThe city said testing would take days."
    )
    events = build_timeline(article, dt.date(2032, 6, 29))
    assert [(e.expression, e.date) for e in events] == [("on Sunday night", "2032-06-27")]
    thanksgiving = (
        "The drive runs through Thanksgiving Monday. Volunteers work on Thanksgiving Monday."
    )
    assert story_country(thanksgiving) == "CA"


def test_a_date_and_the_holiday_it_is_are_one_expression() -> None:
    body = "The airline has canceled 2,300 more flights through Sept. 6, Labor Day."
    assert rows(body, dt.date(2032, 8, 27)) == [("Sept. 6, Labor Day", "2032-09-06", "planned")]


def test_a_24_hour_range_stays_one_entry_beside_a_list_of_times() -> None:
    body = "The show is on Sunday. Extra buses will run to the showground from 08:00 to 19:00."
    assert rows(body, dt.date(2032, 8, 20)) == [
        ("on Sunday", "2032-08-22", "planned"),
        ("08:00 to 19:00", "2032-08-22", "planned"),
    ]
