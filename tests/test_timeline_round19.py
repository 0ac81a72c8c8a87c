"""Timeline rules for unseen stories, round nineteen (issue 16), each on a fresh fictional
snippet.

The round read the errors of blind date sets ap to as, scored once with the eighth session's
final kit (e81fcf8) and left unread until sets at and au were being written. The snippets are
new text, not the sets' articles.
"""

from __future__ import annotations

import datetime as dt

from lessons.timeline.holidays import holiday_date
from tests.test_timeline_news import rows

SATURDAY = dt.date(2031, 7, 12)


def test_northern_irelands_eleventh_night_and_the_twelfth() -> None:
    body = (
        "Bonfires will be lit on the Eleventh Night, and the parade route closes for the "
        "Twelfth. Last year the Twelfth was quiet."
    )
    assert rows(body, dt.date(2031, 7, 4)) == [
        ("Eleventh Night", "2031-07-11", "planned"),
        ("the Twelfth", "2031-07-12", "planned"),
        ("Last year", "2030", "past"),
        ("the Twelfth", "2030-07-12", "past"),
    ]


def test_the_twelfth_as_an_ordinal_or_a_title_is_no_date() -> None:
    body = "The Twelfth Night revels and the Twelfth Army were both cancelled."
    assert rows(body, SATURDAY) == []


def test_welsh_and_new_zealand_holidays() -> None:
    assert holiday_date("St David's Day", 2032) == dt.date(2032, 3, 1)
    assert holiday_date("Mothering Sunday", 2031) == dt.date(2031, 3, 23)  # Easter 13 April
    assert holiday_date("Matariki", 2031) == dt.date(2031, 7, 11)  # set year by year by law
    assert holiday_date("Matariki", 2099) is None  # beyond the law's schedule: no guess
    assert holiday_date("early May bank holiday", 2031) == dt.date(2031, 5, 5)


def test_matariki_the_day_and_matariki_the_stars() -> None:
    body = (
        "The iwi will mark Matariki with a dawn ceremony. Matariki is a time to remember the "
        "dead, and the fountain will glow in the colours of Matariki."
    )
    assert rows(body, dt.date(2031, 7, 1)) == [("Matariki", "2031-07-11", "planned")]


def test_years_ago_tonight_is_that_night() -> None:
    body = "Forty years ago tonight, a spark in the mill's boiler house started the fire."
    assert rows(body, dt.date(2031, 3, 14))[0] == ("Forty years ago tonight", "1991-03-14", "past")


def test_a_figure_compared_with_a_years_count_is_a_baseline() -> None:
    body = "About 5,100 people came, fewer than the 6,800 counted in 2030."
    assert rows(body, SATURDAY) == []


def test_a_list_of_what_happened_is_of_days_gone() -> None:
    body = (
        "Ontario's year in dates:\n\n"
        "Jan. 19: An ice storm closed every school in eastern Ontario.\n\n"
        "Feb. 17: The Family Day parade drew 3,000 people.\n\n"
        "Jan. 20: Council reviews the storm plan."
    )
    assert rows(body, dt.date(2032, 1, 2)) == [
        ("Jan. 19", "2031-01-19", "past"),
        ("Feb. 17", "2031-02-17", "past"),
        ("Family Day", "2031-02-17", "past"),
        ("Jan. 20", "2032-01-20", "planned"),
    ]


def test_a_list_line_still_to_come_keeps_its_reading() -> None:
    body = "Key dates:\n\nJan. 9: Last day for ballots posted by Election Day to arrive."
    assert rows(body, dt.date(2031, 12, 20))[0] == ("Jan. 9", "2032-01-09", "planned")


def test_two_weekdays_share_the_month_after_them() -> None:
    body = "The show was due to take place on Saturday 19 and Sunday 20 July."
    assert rows(body, SATURDAY) == [
        ("on Saturday 19", "2031-07-19", "planned"),
        ("Sunday 20 July", "2031-07-20", "planned"),
    ]


def test_a_weekday_opening_a_range_to_a_dated_day_is_in_the_week_before_it() -> None:
    body = "Forecasters issued a heat alert from 9am on Wednesday until 6pm on Sunday 20 July."
    assert [r[:2] for r in rows(body, SATURDAY)] == [
        ("9am on Wednesday", "2031-07-16"),
        ("6pm on Sunday 20 July", "2031-07-20"),
    ]


def test_a_weekday_opening_a_long_season_keeps_its_reading() -> None:
    body = "From Wednesday until 31 March, landholders will need a permit to burn."
    assert [r[:2] for r in rows(body, SATURDAY)] == [
        ("Wednesday", "2031-07-16"),
        ("31 March", "2032-03-31"),
    ]


def test_a_date_and_its_clock_time_after_a_comma_are_one_expression() -> None:
    body = "Game 3: Friday, July 18, 7:30 p.m., at the Harbour Centre."
    assert rows(body, SATURDAY) == [("Friday, July 18, 7:30 p.m.", "2031-07-18", "planned")]


WEDNESDAY = dt.date(2031, 7, 16)


def test_this_weekend_written_midweek_is_the_coming_one() -> None:
    assert rows("Harbour town turns 100 this weekend.", WEDNESDAY) == [
        ("this weekend", "2031-07", "planned")
    ]


def test_a_present_after_we_and_an_adverb_is_no_base_form() -> None:
    body = (
        "The town buried a time capsule at the jubilee, and on Saturday we finally get to open it."
    )
    assert rows(body, WEDNESDAY) == [("on Saturday", "2031-07-19", "planned")]


def test_a_programmes_bare_weekdays_are_the_coming_days_the_story_named() -> None:
    body = (
        "The station will open for one day on Saturday.\n\n"
        "The programme:\n\n"
        "Saturday: Steam train arrives at 11.15am.\n\n"
        "Sunday: Church service at the domain, 10am."
    )
    assert rows(body, dt.date(2031, 7, 17))[:2] == [
        ("on Saturday", "2031-07-19", "planned"),
        ("Saturday", "2031-07-19", "planned"),
    ]


def test_a_weekday_told_in_the_past_keeps_the_default_reading() -> None:
    body = (
        "The count resumes on Tuesday.\n\n"
        "Pruitt, reached by phone Tuesday night, said he was confident the count would hold."
    )
    assert [r[:2] for r in rows(body, dt.date(2031, 7, 17))] == [
        ("on Tuesday", "2031-07-22"),
        ("Tuesday night", "2031-07-15"),
    ]


def test_a_day_moved_to_is_not_the_end_of_a_span() -> None:
    body = "The last day of classes has been moved up from Thursday to Tuesday."
    assert rows(body, dt.date(2031, 7, 14))[1] == ("Tuesday", "2031-07-15", "planned")


def test_a_cancelled_service_named_by_its_time_is_on_the_day_after_it() -> None:
    body = (
        "Passengers booked on the cancelled 2.30pm sailing from Wellington on Friday have "
        "been moved to other ships."
    )
    assert [r[:2] for r in rows(body, dt.date(2031, 7, 17))] == [
        ("2.30pm", "2031-07-18"),
        ("on Friday", "2031-07-18"),
    ]


def test_between_today_and_a_weekday_runs_forward() -> None:
    body = "“Everyone booked between today and Monday has been offered a refund,” he said."
    assert [r[:2] for r in rows(body, dt.date(2031, 7, 17))] == [
        ("today", "2031-07-17"),
        ("Monday", "2031-07-21"),
    ]


def test_the_weekday_written_with_a_date_says_its_year() -> None:
    body = "In 2032 the clocks go forward at 2am. Crews work from 10pm on Friday 3 October 2031."
    assert rows(body, dt.date(2031, 9, 28))[-1][:2] == (
        "10pm on Friday 3 October 2031",
        "2031-10-03",
    )
    body = "Last year's change was smooth. The ferry ran late at 10pm on Friday 3 October."
    assert rows(body, dt.date(2031, 9, 28))[-1][:2] == ("at 10pm on Friday 3 October", "2031-10-03")


def test_australias_labour_day_is_new_south_wales() -> None:
    body = "Sydney and New South Wales schools reopen after Labour Day."
    assert rows(body, dt.date(2031, 9, 28)) == [("Labour Day", "2031-10-06", "planned")]


def test_a_clock_range_on_a_day_told_is_an_entry_and_opening_hours_are_not() -> None:
    body = (
        "The fete is on Saturday 19 July. Roads will close from 9am to 7pm.\n\n"
        "The office is open from 9 a.m. to 5 p.m. weekdays, and the market runs every Sunday "
        "from 8am to 12.30pm."
    )
    assert [r[:2] for r in rows(body, SATURDAY)] == [
        ("on Saturday 19 July", "2031-07-19"),
        ("9am to 7pm", "2031-07-19"),
    ]


def test_a_days_clock_range_is_one_expression_with_it() -> None:
    body = "Sessions run on Saturday 19 July from 10am to noon, and on a 24-hour list:\n\n"
    body += "Friday 25 July: Mill Lane, 19.30 to 22.00"
    assert [r[:2] for r in rows(body, SATURDAY)] == [
        ("on Saturday 19 July from 10am to noon", "2031-07-19"),
        ("Friday 25 July", "2031-07-25"),
        ("19.30 to 22.00", "2031-07-25"),
    ]


def test_a_day_that_year_is_in_the_year_the_story_tells() -> None:
    body = "She showed it in Leeds in the summer of 1895. She wrote to him on 3 October that year."
    assert rows(body, SATURDAY)[-1][:2] == ("on 3 October that year", "1895-10-03")


def test_an_account_goes_on_for_two_months_after_its_written_date() -> None:
    body = (
        "The exhibition opened on 7 May 1894. A mill owner saw the painting there and bought "
        "it for 300 guineas on 19 June."
    )
    assert [r[:2] for r in rows(body, SATURDAY)] == [
        ("on 7 May 1894", "1894-05-07"),
        ("on 19 June", "1894-06-19"),
    ]


def test_a_chronology_of_another_decade_does_not_move_the_storys_today() -> None:
    body = (
        "Sixty years on, the village remembers.\n\n"
        "Wednesday 18 November 2026\n\n"
        "The band will play at the service, as it did at the funerals. How the day unfolded:\n\n"
        "Monday 21 November 1966\n\n"
        "6am: The day shift goes down.\n\n"
        "Thursday 24 November\n\n"
        "2.30pm: The last body is recovered.\n\n"
        "The names were read aloud at a council meeting last Friday."
    )
    got = [r[:2] for r in rows(body, dt.date(2026, 11, 18))]
    assert ("Thursday 24 November", "1966-11-24") in got  # its weekday fits 1966, not 2026
    assert got[-1] == ("last Friday", "2026-11-13")


def test_years_of_the_1600s_and_1700s() -> None:
    body = "The tenor bell was cast in 1624. The Great Storm of November 1703 cracked it."
    assert [r[:2] for r in rows(body, SATURDAY)] == [
        ("in 1624", "1624"),
        ("November 1703", "1703-11"),
    ]


def test_more_national_holidays() -> None:
    assert holiday_date("Remembrance Sunday", 2031) == dt.date(2031, 11, 9)
    assert holiday_date("St Brigid's Day bank holiday", 2031) == dt.date(2031, 2, 3)
    assert holiday_date("B.C. Day", 2031, "CA") == dt.date(2031, 8, 4)
    assert holiday_date("King's Birthday", 2031, "AU") == dt.date(2031, 6, 9)


def test_new_zealand_holiday_weekends_and_a_holiday_in_a_year() -> None:
    body = (
        "Tests after a storm over Waitangi weekend found E. coli. The hui moves to Labour "
        "Weekend next year; the last was on Waitangi Day in 2029."
    )
    assert [r[:2] for r in rows(body, dt.date(2031, 2, 17))] == [
        ("Waitangi weekend", "2031-02"),
        ("Labour Weekend next year", "2032-10"),
        ("on Waitangi Day in 2029", "2029-02-06"),
    ]


def test_a_present_perfect_is_no_day_of_a_year_told_before() -> None:
    body = (
        "“In 2029 we were out for three weeks,” she said.\n\n"
        "Reservations for Aug. 8 through Aug. 21 have been cancelled and will be refunded."
    )
    assert [r[:2] for r in rows(body, dt.date(2031, 8, 8))][-2:] == [
        ("Aug. 8", "2031-08-08"),
        ("Aug. 21", "2031-08-21"),
    ]


def test_irish_tuesday_next_is_the_coming_tuesday() -> None:
    assert rows("The parade will now take place on Tuesday next.", WEDNESDAY) == [
        ("on Tuesday next", "2031-07-22", "planned")
    ]


def test_a_24_hour_clock_time_joins_the_day_after_it() -> None:
    body = "Bookings open at 09:00 tomorrow. A warning runs until 06:00 on Wednesday."
    assert [r[:2] for r in rows(body, dt.date(2031, 7, 15))] == [
        ("at 09:00 tomorrow", "2031-07-16"),
        ("06:00 on Wednesday", "2031-07-16"),
    ]


def test_a_relative_clause_before_a_date_does_not_give_it_its_tense() -> None:
    body = "She will face Dale Pruett, a rancher who ran unopposed, in the Nov. 3 general election."
    assert rows(body, dt.date(2031, 6, 3)) == [("Nov. 3", "2031-11-03", "planned")]
    body = "He succeeds Jim Taylor, who stepped down as chairman, president and chief in March."
    assert rows(body, dt.date(2031, 6, 3)) == [("in March", "2031-03", "past")]


def test_a_future_clock_time_after_a_past_today_is_on_the_day_to_come() -> None:
    body = (
        "The New Year's Eve fireworks will go ahead tomorrow, after the fire service granted "
        "an exemption this morning.\n\n"
        "The family fireworks will be fired at 9pm, and NYE 2031 gates open at 2pm."
    )
    assert [r[:2] for r in rows(body, dt.date(2031, 12, 30))][-3:] == [
        ("at 9pm", "2031-12-31"),
        ("NYE 2031", "2031-12-31"),
        ("at 2pm", "2031-12-31"),
    ]


def test_a_paragraph_that_mentions_a_newsletter_and_subscribers_stays_in_the_story() -> None:
    body = (
        "Doyle was editor from 2014 to 2021. “When the paper dropped the column in 2023, she "
        "had a mailed newsletter going within a week. She had 3,000 subscribers by spring.”"
    )
    assert [r[:2] for r in rows(body, SATURDAY)][:3] == [
        ("2014", "2014"),
        ("2021", "2021"),
        ("in 2023", "2023"),
    ]


def test_a_holiday_naming_a_supper_or_a_party_is_its_day() -> None:
    body = "Burns Night suppers and the Hogmanay party at the hall should still go ahead."
    assert [r[:2] for r in rows(body, dt.date(2031, 12, 20))] == [
        ("Burns Night", "2032-01-25"),
        ("Hogmanay", "2031-12-31"),
    ]
    assert holiday_date("Melbourne Cup Day", 2031) == dt.date(2031, 11, 4)
