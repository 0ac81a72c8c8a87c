"""Timeline rules for unseen stories, round eighteen (issue 16), each on a fresh fictional
snippet.

The round read the errors of blind date sets ah and ai, scored once with the seventh session's
final kit (cf9b63b) and left unread until sets aj and ak were being written. The snippets are
new text, not the sets' articles.
"""

from __future__ import annotations

import datetime as dt

from tests.test_timeline_news import rows

WEDNESDAY = dt.date(2031, 7, 16)


def test_a_live_blogs_bare_time_stamps_are_the_day_it_is_posted() -> None:
    body = (
        "Ferries to the island will resume on Monday.\n\n"
        "4.10pm\n\n"
        "The harbour master says the breakwater held. Sandbags go out tomorrow.\n\n"
        "Tuesday 8.30pm\n\n"
        "The last ferry left at 7pm."
    )
    assert rows(body, WEDNESDAY) == [
        ("on Monday", "2031-07-21", "planned"),
        ("4.10pm", "2031-07-16", "past"),
        ("tomorrow", "2031-07-17", "planned"),
        ("Tuesday 8.30pm", "2031-07-15", "past"),
        ("at 7pm", "2031-07-15", "past"),
    ]


def test_a_list_of_dates_after_a_written_year_keeps_that_year() -> None:
    body = "The remaining 2031 sale dates are Jan. 30, Sept. 4 and Nov. 27."
    assert rows(body, dt.date(2031, 1, 14)) == [
        ("2031", "2031", "planned"),
        ("Jan. 30", "2031-01-30", "planned"),
        ("Sept. 4", "2031-09-04", "planned"),
        ("Nov. 27", "2031-11-27", "planned"),
    ]


def test_a_clock_time_naming_an_event_is_on_the_storys_day() -> None:
    body = "Shares fell sharply after the 9 a.m. announcement and recovered by the close."
    assert rows(body, WEDNESDAY) == [("9 a.m.", "2031-07-16", "past")]


def test_a_clock_time_before_a_count_back_is_left_to_the_count() -> None:
    body = "The ward was evacuated at 4 a.m. two days before the fire."
    assert rows(body, WEDNESDAY) == []


def test_a_clock_time_takes_the_day_its_own_sentence_names() -> None:
    body = (
        "The operator said sailings on Saturday 19 July were nearly full, with few seats on "
        "the 9am and 11am departures."
    )
    assert [r[:2] for r in rows(body, WEDNESDAY)] == [
        ("on Saturday 19 July", "2031-07-19"),
        ("9am", "2031-07-19"),
        ("11am", "2031-07-19"),
    ]


def test_two_clock_times_share_the_day_the_second_names() -> None:
    body = "Extra buses will leave at 6.15am and 9.40pm on Friday 25 July."
    assert rows(body, WEDNESDAY) == [
        ("at 6.15am", "2031-07-25", "planned"),
        ("9.40pm on Friday 25 July", "2031-07-25", "planned"),
    ]


def test_holy_thursday_and_a_fronted_last_year_give_their_years() -> None:
    body = (
        "Crossings on Holy Thursday are sold out. Last year Easter was late and the pier was quiet."
    )
    assert rows(body, dt.date(2031, 3, 25)) == [
        ("on Holy Thursday", "2031-04-10", "planned"),
        ("Last year", "2030", "past"),
        ("Easter", "2030-04-21", "past"),
    ]


def test_a_subjectless_past_after_as_looks_back() -> None:
    body = "Passengers would get a refund if sailings were cancelled, as happened in February."
    assert rows(body, dt.date(2031, 3, 25)) == [("in February", "2031-02", "past")]


def test_the_week_beginning_a_weekday_and_date_is_a_week() -> None:
    body = "Burns start in the week beginning Monday 24 March."
    assert rows(body, dt.date(2031, 1, 3)) == [
        ("in the week beginning Monday 24 March", "2031-03", "planned")
    ]


def test_the_second_weekend_of_a_month_is_a_weekend() -> None:
    body = "The show is held on the second weekend of April."
    events = rows(body, dt.date(2031, 1, 3))
    assert events == [("on the second weekend of April", "2031-04", "planned")]


def test_this_weekend_on_a_friday_is_tomorrows_weekend() -> None:
    body = "Forecasters have warned of 40-degree heat this weekend."
    assert rows(body, dt.date(2031, 1, 3)) == [("this weekend", "2031-01", "planned")]


def test_a_headline_month_before_an_event_noun_and_into_spring() -> None:
    assert rows("Mayor sets June vote, signals pause into spring", dt.date(2031, 2, 12)) == [
        ("June", "2031-06", "planned"),
        ("spring", "2031", "planned"),
    ]


def test_the_weekday_of_a_passage_about_another_year() -> None:
    body = (
        "On Saturday 14 December 1991, a gale drove the trawler onto the rocks. She broke up "
        "two days later. He is 60 now. 'We'd left port on the Thursday,' he said. 'By the "
        "Saturday evening we knew.'"
    )
    assert [r[:2] for r in rows(body, dt.date(2031, 12, 10))] == [
        ("On Saturday 14 December 1991", "1991-12-14"),
        ("two days later", "1991-12-16"),
        ("Thursday", "1991-12-12"),
        ("Saturday evening", "1991-12-14"),
    ]


def test_early_on_a_weekday_and_date_is_the_date() -> None:
    body = "He was found early on Monday 3 February."
    assert rows(body, dt.date(2031, 6, 18)) == [("on Monday 3 February", "2031-02-03", "past")]


# Round eighteen, second part: blind sets aj and ak, read after their first run (826cdd4)


def test_a_yearless_day_goes_on_with_the_account_of_a_written_date() -> None:
    body = (
        "The boat sank at about 4am on March 3rd, 2027, off the point. The skipper was "
        "arrested on March 9th and charged the following morning."
    )
    assert [r[:2] for r in rows(body, dt.date(2031, 6, 17))] == [
        ("4am on March 3rd, 2027", "2027-03-03"),
        ("on March 9th", "2027-03-09"),
        ("the following morning", "2027-03-10"),
    ]


def test_a_holiday_goes_on_with_the_account_of_a_written_holiday() -> None:
    body = (
        "The mill burned on Christmas Eve 1984. His picture ran in the Christmas Day edition "
        "and won a prize the following spring."
    )
    assert [r[:2] for r in rows(body, dt.date(2031, 6, 17))] == [
        ("on Christmas Eve 1984", "1984-12-24"),
        ("Christmas Day", "1984-12-25"),
        ("the following spring", "1985"),
    ]


def test_christmas_that_year_is_the_christmas_of_the_year_told() -> None:
    body = "Searchers were called out in September 2027. 'Nobody rested over Christmas that year.'"
    assert [r[:2] for r in rows(body, dt.date(2031, 6, 17))] == [
        ("in September 2027", "2027-09"),
        ("Christmas that year", "2027-12-25"),
    ]


def test_a_schedule_heading_week_beginning_is_a_week() -> None:
    body = "Week beginning Monday 6 January\n\nCarts go to the northern farms."
    assert rows(body, dt.date(2031, 1, 3)) == [
        ("Week beginning Monday 6 January", "2031-01", "planned")
    ]


def test_trading_in_the_afternoon_is_the_storys_day() -> None:
    body = (
        "The chain closed its Elm Street store on Dec. 28. Its shares fell 4% in afternoon trading."
    )
    assert [r[:2] for r in rows(body, dt.date(2031, 1, 2))] == [
        ("on Dec. 28", "2030-12-28"),
        ("afternoon", "2031-01-02"),
    ]


def test_a_headline_year_before_a_singular_noun_is_a_year_but_a_count_is_not() -> None:
    headline = "Miner keeps 2031 forecast, says mill is on schedule"
    assert [r[:2] for r in rows(headline, dt.date(2031, 7, 16))] == [("2031", "2031")]
    assert rows("The mill hired 1500 workers.", dt.date(2031, 7, 16)) == []


def test_the_end_of_the_month_told_in_the_past_is_the_month_just_told() -> None:
    body = (
        "Crews were kept out until June 20, and the mill was at full speed by the end of the month."
    )
    assert [r[:2] for r in rows(body, dt.date(2031, 7, 16))] == [
        ("June 20", "2031-06-20"),
        ("the end of the month", "2031-06"),
    ]


def test_that_weekday_is_near_the_day_just_told_not_months_away() -> None:
    body = (
        "The budget runs through June 30. The storm arrived on Sunday, Jan. 26, and snow fell "
        "until about 3 a.m. that Tuesday."
    )
    assert [r[:2] for r in rows(body, dt.date(2031, 2, 11))] == [
        ("June 30", "2031-06-30"),
        ("on Sunday, Jan. 26", "2031-01-26"),
        ("3 a.m. that Tuesday", "2031-01-28"),
    ]


def test_that_weekend_and_the_following_weekend_count_from_the_day_told() -> None:
    body = (
        "Plows worked from Tuesday, Jan. 28, and reached side streets the following weekend. "
        "The festival moved to Saturday, March 22, but two schools are away that weekend."
    )
    assert [r[:2] for r in rows(body, dt.date(2031, 2, 11))] == [
        ("Tuesday, Jan. 28", "2031-01-28"),
        ("the following weekend", "2031-02"),
        ("Saturday, March 22", "2031-03-22"),
        ("that weekend", "2031-03"),
    ]


def test_a_yearless_day_just_after_a_day_in_its_sentence_keeps_that_year() -> None:
    body = "More days will be added after June 16, the district said, but not on June 19."
    assert [r[:2] for r in rows(body, dt.date(2031, 2, 11))] == [
        ("June 16", "2031-06-16"),
        ("on June 19", "2031-06-19"),
    ]


# Round eighteen, third part: blind sets al and am, read after their first run (ec930cc)


def test_labour_weekend_is_the_weekend_of_new_zealands_labour_day() -> None:
    body = "Wellington crews will strike over Labour Weekend, cancelling 12 sailings."
    assert rows(body, dt.date(2031, 10, 16)) == [("Labour Weekend", "2031-10", "planned")]


def test_the_may_day_bank_holiday_weekend_is_a_weekend() -> None:
    body = "The distillery opens its doors over the May Day bank holiday weekend."
    assert [r[:2] for r in rows(body, dt.date(2031, 4, 10))] == [
        ("the May Day bank holiday weekend", "2031-05")
    ]


def test_a_headline_participle_reads_the_nearest_weekday() -> None:
    body = "Sailings cancelled from Saturday to Monday; extra crossings added on Friday"
    assert [r[:2] for r in rows(body, dt.date(2031, 10, 16))] == [
        ("Saturday", "2031-10-18"),
        ("Monday", "2031-10-20"),
        ("on Friday", "2031-10-17"),
    ]


def test_a_24_hour_clock_after_at_is_on_the_day_told() -> None:
    body = "The first game is set for Friday 31 October, with kick-off at 19:35."
    assert [r[:2] for r in rows(body, dt.date(2031, 9, 20))] == [
        ("Friday 31 October", "2031-10-31"),
        ("at 19:35", "2031-10-31"),
    ]


def test_classes_canceled_monday_may_lie_ahead() -> None:
    body = "The district canceled classes Monday and Tuesday as the storm neared."
    assert [r[:2] for r in rows(body, dt.date(2031, 9, 14))] == [
        ("Monday", "2031-09-15"),
        ("Tuesday", "2031-09-16"),
    ]


def test_the_thursday_is_the_thursday_the_story_named() -> None:
    body = (
        "Teachers will strike from 7am on Thursday 25 September. The board said pupils have "
        "exams on the Thursday, and that classes were cancelled after the contract expired on "
        "30 June."
    )
    assert [r[:2] for r in rows(body, dt.date(2031, 9, 16))][:2] == [
        ("7am on Thursday 25 September", "2031-09-25"),
        ("Thursday", "2031-09-25"),
    ]


# Round eighteen, fourth part: blind sets an and ao, read after their first run (ba22f1e)


def test_this_sunday_is_the_coming_one_whatever_the_tense() -> None:
    body = "The board had considered this Sunday for the replay."
    assert rows(body, dt.date(2031, 10, 14)) == [("this Sunday", "2031-10-19", "planned")]


def test_a_chronology_line_opening_with_a_year_is_that_year() -> None:
    body = (
        "THE WHARF THROUGH THE YEARS\n\n"
        "1923: The harbour board borrows money. Work begins in March.\n\n"
        "1926 \u2013 The minister opens the wharf on 23 October."
    )
    assert [r[:2] for r in rows(body, dt.date(2031, 10, 21))] == [
        ("1923", "1923"),
        ("in March", "1923-03"),
        ("1926", "1926"),
        ("on 23 October", "1926-10-23"),
    ]
    assert rows("The council paid 1923: a record sum.", dt.date(2031, 10, 21)) == []


def test_the_end_of_a_span_comes_after_its_start() -> None:
    body = "Pupils will start the next school year Aug. 11 and finish it May 26."
    assert [r[:2] for r in rows(body, dt.date(2031, 2, 12))] == [
        ("Aug. 11", "2031-08-11"),
        ("May 26", "2032-05-26"),
    ]


def test_the_may_and_august_long_weekends_are_canadian_holiday_weekends() -> None:
    body = (
        "Ontario campers can book from Tuesday for the May long weekend and the August long "
        "weekend, the park in Toronto said."
    )
    assert [r[:2] for r in rows(body, dt.date(2031, 4, 20))][1:] == [
        ("the May long weekend", "2031-05"),
        ("the August long weekend", "2031-08"),
    ]
