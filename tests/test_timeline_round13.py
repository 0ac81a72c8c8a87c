"""Timeline rules for unseen stories, round thirteen (issue 16), each on a fresh fictional
snippet.

The round read the errors of blind date sets x and y, scored once with the kit of the sixth
session (e1a45cb) and left unread until sets z and aa were written. The snippets are new text,
not the sets' articles.
"""

from __future__ import annotations

import datetime as dt

from lessons.article import parse_article
from lessons.timeline import build_timeline
from tests.test_timeline_news import rows

TUESDAY = dt.date(2031, 3, 11)


def test_a_clock_time_and_that_night_are_one_expression() -> None:
    body = "The dam gave way on Feb. 2, 1977. Crews went in at 10 o'clock that night."
    assert rows(body, TUESDAY) == [
        ("on Feb. 2, 1977", "1977-02-02", "past"),
        ("at 10 o'clock that night", "1977-02-02", "past"),
    ]


def test_a_year_in_two_figures_after_in_is_a_year() -> None:
    assert rows("The mill shut for good in '98.", TUESDAY) == [("in '98", "1998", "past")]


def test_nightfall_and_dawn_take_the_day_told() -> None:
    body = "Searchers set out on Sunday. By nightfall they had found the boat."
    assert rows(body, TUESDAY) == [
        ("on Sunday", "2031-03-09", "past"),
        ("nightfall", "2031-03-09", "past"),
    ]


def test_dawn_before_a_weekday_is_one_expression_but_a_dawn_ceremony_is_none() -> None:
    body = "The new hall opens at dawn on Saturday. Guests at the dawn ceremony must register."
    assert rows(body, TUESDAY) == [("at dawn on Saturday", "2031-03-15", "planned")]


def test_election_night_is_the_night_of_the_election_the_story_dates() -> None:
    body = (
        "Clerks certified the Feb. 25 election on Monday. The mayor led by 40 votes on "
        "election night and by 31 after the recount."
    )
    assert rows(body, TUESDAY) == [
        ("Feb. 25", "2031-02-25", "past"),
        ("on Monday", "2031-03-10", "past"),
        ("on election night", "2031-02-25", "past"),
    ]


def test_polling_day_is_not_the_day_advance_polls_open() -> None:
    body = (
        "Advance polls open on March 20. Voters go to the polls on March 28. Polls close at "
        "8 p.m. on polling day."
    )
    assert rows(body, TUESDAY)[-1] == ("at 8 p.m. on polling day", "2031-03-28", "planned")


def test_that_day_is_the_day_its_own_sentence_told_whatever_the_tense() -> None:
    body = (
        "Trains on Friday morning will be few, and riders have been told not to travel before "
        "9am that day."
    )
    assert rows(body, TUESDAY) == [
        ("on Friday morning", "2031-03-14", "planned"),
        ("9am that day", "2031-03-14", "planned"),
    ]


def test_burns_night_is_25_january_and_promised_for_looks_ahead() -> None:
    body = "Extra sailings were promised for Burns Night."
    assert rows(body, dt.date(2031, 10, 18)) == [("Burns Night", "2032-01-25", "planned")]


def test_the_first_monday_of_a_month_is_a_day() -> None:
    body = "The new sheriff takes office on the first Monday of January."
    assert rows(body, dt.date(2031, 11, 20)) == [
        ("on the first Monday of January", "2032-01-05", "planned")
    ]


def test_every_march_11_and_a_month_that_is_always_hard_are_habits() -> None:
    body = (
        "The bell will ring at 9 a.m. on Friday, as it has every March 11 since 1990. "
        "January is always the hardest month."
    )
    assert rows(body, TUESDAY) == [
        ("at 9 a.m. on Friday", "2031-03-14", "planned"),
        ("1990", "1990", "past"),
    ]


def test_a_year_belongs_to_its_own_verb_not_to_the_next_one() -> None:
    body = "Ms Dunne, who was first elected in 2019 and resigned on Feb. 3, will not run again."
    assert rows(body, TUESDAY) == [("in 2019", "2019", "past"), ("on Feb. 3", "2031-02-03", "past")]


def test_a_fronted_year_still_covers_both_verbs() -> None:
    body = "In 2027, the board met in secret and voted on May 4 to close the depot."
    assert rows(body, TUESDAY) == [("In 2027", "2027", "past"), ("on May 4", "2027-05-04", "past")]


def test_a_second_baseline_and_a_british_on_comparison_are_no_entries() -> None:
    body = (
        "The list reached 9,120 on 28 February, up from 8,400 at the end of January and 7,900 "
        "in February 2030. Takings were down by a fifth on August 2030, she said."
    )
    assert rows(body, TUESDAY) == [("on 28 February", "2031-02-28", "past")]


def test_until_at_least_midweek_is_this_week_but_a_midweek_game_is_none() -> None:
    body = "The advisory will stay in place until at least midweek. The midweek game is off."
    assert rows(body, dt.date(2031, 3, 10)) == [("midweek", "2031-03", "planned")]


def test_a_yearless_date_right_after_a_present_schedule_verb_lies_ahead() -> None:
    body = (
        "Under the new calendar, teachers report Aug. 23. Staff said the hall flooded on Aug. 30."
    )
    assert rows(body, dt.date(2031, 1, 6)) == [
        ("Aug. 23", "2031-08-23", "planned"),
        ("on Aug. 30", "2030-08-30", "past"),
    ]


def test_that_sunday_is_the_sunday_just_named_even_a_week_ahead() -> None:
    body = (
        "Round two goes ahead on Sunday week. Round three, pencilled in for that Sunday, moves "
        "to Wednesday 19 March."
    )
    assert rows(body, dt.date(2031, 3, 8)) == [
        ("on Sunday week", "2031-03-16", "planned"),
        ("that Sunday", "2031-03-16", "planned"),
        ("Wednesday 19 March", "2031-03-19", "planned"),
    ]


def test_a_bank_holiday_weekend_is_its_saturdays_month() -> None:
    body = "Doctors will strike over the Easter bank holiday weekend."
    assert rows(body, TUESDAY) == [("the Easter bank holiday weekend", "2031-04", "planned")]


def test_a_councillor_written_coun_makes_a_story_canadian() -> None:
    body = (
        "Coun. Bev Okafor said the rink would open on Thanksgiving weekend. Coun. Dan Roy agreed."
    )
    assert rows(body, dt.date(2031, 9, 2)) == [("on Thanksgiving weekend", "2031-10", "planned")]


def test_a_planning_authority_is_a_name_not_a_plan() -> None:
    body = (
        "Families will find their homes outside boundaries released by the Schools Planning "
        "Authority on Friday."
    )
    assert rows(body, dt.date(2031, 3, 9)) == [("on Friday", "2031-03-07", "past")]


def test_the_first_year_of_a_range_written_with_through_is_a_year() -> None:
    body = "The fair has run every summer except 1943 through 1945."
    assert rows(body, TUESDAY) == [("1943", "1943", "past"), ("1945", "1945", "past")]


def test_a_century_later_counts_a_hundred_years() -> None:
    body = "The first show was held in September 1931. A century later, the mayor will open it."
    assert rows(body, TUESDAY) == [
        ("in September 1931", "1931-09", "past"),
        ("A century later", "2031", "planned"),
    ]


def test_afternoon_trading_is_the_day_told_and_a_baseline_fiscal_year_is_none() -> None:
    body = (
        "Dunmore Air said on Monday that profit rose to $41 million, up from $30 million in "
        "fiscal 2030. Its shares rose 3% in afternoon trading."
    )
    assert rows(body, TUESDAY) == [
        ("on Monday", "2031-03-10", "past"),
        ("afternoon", "2031-03-10", "past"),
    ]


def test_a_participle_read_as_a_past_leaves_the_future_to_the_modal() -> None:
    body = "“So I’ll get it done Tuesday and not think about it again,” he said."
    assert rows(body, dt.date(2031, 3, 8)) == [("Tuesday", "2031-03-11", "planned")]


def test_a_weekday_in_the_possessive_after_a_perfect_is_the_day_named() -> None:
    body = (
        "A tornado hit Delrose on Sunday night. A survey team has rated Sunday's tornado an EF-3."
    )
    assert rows(body, TUESDAY) == [
        ("on Sunday night", "2031-03-09", "past"),
        ("Sunday", "2031-03-09", "past"),
    ]


def test_a_holiday_with_its_date_is_one_expression_on_that_date() -> None:
    body = "Candidates will meet voters at the markets on Father's Day, 7 September."
    published = dt.date(2031, 8, 30)
    assert rows(body, published) == [("on Father's Day, 7 September", "2031-09-07", "planned")]


def test_a_clock_time_on_any_weekday_is_no_entry() -> None:
    body = "Voting opened on Monday. “Come mid-morning on a weekday,” the officer said."
    assert rows(body, TUESDAY) == [("on Monday", "2031-03-10", "past")]


def test_a_hyphenated_capital_opening_is_no_dateline() -> None:
    body = (
        "SEVENTY years ago this week, 200 weavers walked out. In May, the parish opened a soup "
        "kitchen."
    )
    assert rows(body, dt.date(2031, 4, 16)) == [
        ("SEVENTY years ago this week", "1961-04", "past"),
        ("In May", "1961-05", "past"),
    ]


def test_the_night_of_a_named_event_is_its_day() -> None:
    body = (
        "Dean Roe was stabbed outside a house on 3 February last year. On the night of the "
        "stabbing, a neighbour called police at 11.52pm."
    )
    assert rows(body, dt.date(2031, 11, 14)) == [
        ("on 3 February last year", "2030-02-03", "past"),
        ("On the night of the stabbing", "2030-02-03", "past"),
        ("at 11.52pm", "2030-02-03", "past"),
    ]


def test_a_dek_in_the_present_that_tells_the_news_reads_the_nearest_weekday() -> None:
    article = parse_article(
        "Man guilty of murder\n\nFamily weeps as verdict is read out on Friday afternoon\n\n"
        "A jury yesterday found Jon Pike guilty."
    )
    assert [(e.expression, e.date) for e in build_timeline(article, dt.date(2031, 3, 15))] == [
        ("on Friday afternoon", "2031-03-14"),
        ("yesterday", "2031-03-14"),
    ]


def test_that_day_is_not_a_today_told_in_its_own_sentence() -> None:
    body = (
        "A girl drowned at the beach on Boxing Day 2029. The findings, released today, say "
        "lifeguards left at 4pm that day."
    )
    assert rows(body, TUESDAY) == [
        ("on Boxing Day 2029", "2029-12-26", "past"),
        ("today", "2031-03-11", "past"),
        ("at 4pm that day", "2029-12-26", "past"),
    ]


def test_until_at_least_a_weekday_is_a_deadline() -> None:
    body = "The ferry stays out of action until at least Wednesday, the operator said on Monday."
    assert rows(body, dt.date(2031, 3, 8)) == [
        ("Wednesday", "2031-03-12", "planned"),
        ("on Monday", "2031-03-03", "past"),
    ]


def test_a_winter_that_runs_into_a_new_year_takes_the_year_of_most_of_its_months() -> None:
    body = "Hospitals expect a hard time this winter."
    assert rows(body, dt.date(2030, 11, 8)) == [("this winter", "2031", "planned")]


def test_next_summer_in_new_zealand_is_mostly_next_year() -> None:
    body = "“We must get this right before next summer,” New Zealand's coroner said in Wellington."
    assert rows(body, dt.date(2031, 3, 18)) == [("next summer", "2032", "planned")]


def test_black_friday_and_the_june_bank_holiday_are_days() -> None:
    body = (
        "Stores will open at 6 a.m. on Black Friday. The runway will close over the June bank "
        "holiday weekend."
    )
    assert rows(body, dt.date(2031, 3, 2)) == [
        ("at 6 a.m. on Black Friday", "2031-11-28", "planned"),
        ("the June bank holiday weekend", "2031-05", "planned"),
    ]


def test_a_holiday_that_names_an_event_two_words_on_is_its_day() -> None:
    body = "The New Year's Eve torchlight run has been cancelled."
    assert rows(body, dt.date(2031, 12, 29)) == [("New Year's Eve", "2031-12-31", "planned")]


def test_a_friday_as_a_kind_and_its_final_sunday_are_no_dates() -> None:
    body = (
        "Fireworks closed the fair on its final Sunday for 20 years. A Friday just works "
        "better, the board said on Monday."
    )
    assert rows(body, TUESDAY) == [("on Monday", "2031-03-10", "past")]


def test_a_holiday_event_held_every_year_is_a_habit_but_a_restart_date_is_not() -> None:
    body = (
        "She led its Fourth of July parade every year until 2019. Collections will restart at "
        "the end of February, as they do every year."
    )
    assert rows(body, TUESDAY) == [
        ("2019", "2019", "past"),
        ("at the end of February", "2032-02", "planned"),
    ]


def test_a_sunday_paper_counts_weeks_from_the_monday_ahead() -> None:
    sunday = dt.date(2031, 3, 2)
    body = (
        "Night closures begin this week. Crews tested the lights last week, and the board met "
        "earlier this week."
    )
    assert rows(body, sunday) == [
        ("this week", "2031-03", "planned"),
        ("last week", "2031-02", "past"),
        ("earlier this week", "2031-02", "past"),
    ]


def test_the_dropped_date_of_a_move_is_the_nearest_and_moved_to_looks_ahead() -> None:
    body = "Graduation has been pushed back from July to September. The gala was moved to October."
    assert rows(body, dt.date(2031, 6, 10)) == [
        ("July", "2031-07", "planned"),
        ("September", "2031-09", "planned"),
        ("October", "2031-10", "planned"),
    ]


def test_a_decade_ago_cyber_monday_and_st_patricks_weekend() -> None:
    body = (
        "The fire struck a decade ago. Sales rose on Cyber Monday. The ferry sails over the "
        "St Patrick's weekend."
    )
    assert rows(body, dt.date(2031, 12, 5)) == [
        ("a decade ago", "2021", "past"),
        ("on Cyber Monday", "2031-12-01", "past"),
        ("the St Patrick's weekend", "2032-03", "planned"),
    ]


def test_a_chronology_line_reads_the_nearest_weekday() -> None:
    body = "The hospital gave a timeline.\n\n3:47 p.m. Saturday: Power to the campus is lost."
    assert rows(body, dt.date(2031, 3, 9)) == [("3:47 p.m. Saturday", "2031-03-08", "past")]


def test_a_us_election_day_is_the_federal_one() -> None:
    body = (
        "Clerks began the canvass of the Nov. 4 election on Nov. 12. Turnout on Election Day fell."
    )
    assert rows(body, dt.date(2031, 11, 14))[-1] == ("on Election Day", "2031-11-04", "past")


def test_a_day_through_dec_31_written_on_jan_2_is_the_coming_one() -> None:
    body = (
        "Benefits will continue through Dec. 31, and the main road will close for six weeks "
        "later this month."
    )
    assert rows(body, dt.date(2031, 1, 2)) == [
        ("Dec. 31", "2031-12-31", "planned"),
        ("later this month", "2031-01", "planned"),
    ]


def test_sunday_sailings_are_a_kind_and_from_monday_looks_ahead() -> None:
    body = "The winter timetable cuts Sunday sailings. Subsidies will be paid from Monday."
    assert rows(body, dt.date(2031, 1, 4)) == [("Monday", "2031-01-06", "planned")]


def test_the_early_hours_of_this_morning_and_tax_year_2025() -> None:
    body = (
        "She won by four votes in the early hours of this morning. Bills for tax year 2030 "
        "went out last month."
    )
    assert rows(body, TUESDAY) == [
        ("this morning", "2031-03-11", "past"),
        ("2030", "2030", "past"),
        ("last month", "2031-02", "past"),
    ]
