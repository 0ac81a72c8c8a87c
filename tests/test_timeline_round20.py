"""Timeline rules for unseen stories, round twenty (issue 16), each on a fresh fictional
snippet.

The round read the errors of blind date sets az to bc, scored once when they arrived (with the
ninth session's kits) and left unread until sets bd and be were being written. The snippets
are new text, not the sets' articles.
"""

from __future__ import annotations

import datetime as dt

from lessons.article import parse_article
from lessons.timeline.country import story_country
from lessons.timeline.words import count_of
from tests.test_timeline_news import rows

WEDNESDAY = dt.date(2031, 12, 17)


def test_a_holiday_before_its_subject_is_its_day() -> None:
    body = "On Christmas Eve they will shut at 4pm. On New Year's Eve we close at 8pm."
    assert rows(body, WEDNESDAY) == [
        ("On Christmas Eve", "2031-12-24", "planned"),
        ("at 4pm", "2031-12-24", "planned"),
        ("On New Year's Eve", "2031-12-31", "planned"),
        ("at 8pm", "2031-12-31", "planned"),
    ]


def test_a_holiday_said_to_you_is_still_a_habit() -> None:
    body = "At Easter you could meet a thousand walkers on the cliff path."
    assert rows(body, WEDNESDAY) == []


def test_a_wire_storys_gmt_conversion_is_its_own_entry() -> None:
    body = "Dockers walked out on Monday. The union said at 3:30 p.m. (1330 GMT) it would hold."
    assert rows(body, dt.date(2031, 10, 15)) == [
        ("on Monday", "2031-10-13", "past"),
        ("at 3:30 p.m.", "2031-10-13", "past"),
        ("1330 GMT", "2031-10-13", "past"),
    ]


def test_a_holiday_with_its_weekday_and_date_is_the_date_written() -> None:
    body = "The rink reopens on Thanksgiving Monday, Oct. 13, the city said."
    assert rows(body, dt.date(2031, 9, 20)) == [
        ("on Thanksgiving Monday, Oct. 13", "2031-10-13", "planned")
    ]


def test_a_datelines_city_counts_twice_for_the_country() -> None:
    assert story_country("HALIFAX - MLAs return to Province House on Tuesday.") == "CA"
    # one word is enough when the story names no other country (session 12: sets read since
    # round 20 gain nine rows); beside another country's word, a dateline's two are not
    assert story_country("The council said Halifax would wait.") == "CA"
    assert story_country("HALIFAX - London and Manchester wait.") is None


def test_a_season_after_over_or_to_and_a_season_naming_an_event() -> None:
    body = (
        "The clinic plan slips to spring. Crews will resurface the car park over summer, "
        "before the spring launch of the new service."
    )
    assert rows(body, dt.date(2031, 9, 14)) == [
        ("spring", "2032", "planned"),
        ("summer", "2032", "planned"),
        ("the spring", "2032", "planned"),
    ]


def test_prices_expected_to_fall_and_the_summer_holidays_are_no_dates() -> None:
    body = "Prices are expected to fall. Reports go home before the summer holidays."
    assert rows(body, dt.date(2031, 5, 14)) == []


def test_a_southern_summer_written_in_december_is_the_one_starting() -> None:
    body = "Fewer buses will run over summer, Auckland Transport said. Wellington agreed."
    assert rows(body, dt.date(2031, 12, 8)) == [("summer", "2032", "planned")]


def test_a_count_of_years_in_hundreds_said_in_words() -> None:
    assert count_of("One hundred and fifty") == 150
    assert count_of("two hundred") == 200
    body = "One hundred and fifty years ago today, the first settlers landed at the point."
    assert rows(body, dt.date(2031, 3, 8)) == [
        ("One hundred and fifty years ago today", "1881-03-08", "past")
    ]


def test_medieval_years_are_years_but_not_addresses_or_counts() -> None:
    body = (
        "The charter was sealed on 14 June 1231. The Pipe Roll of 1225 had an entry for the "
        "fee. The hall at 1180 Garrison Ave. will seat 1500 guests."
    )
    assert rows(body, dt.date(2031, 6, 1)) == [
        ("on 14 June 1231", "1231-06-14", "past"),
        ("1225", "1225", "past"),
    ]


def test_a_date_line_with_a_utc_offset_is_the_pages_stamp() -> None:
    article = parse_article(
        "Port strike\n\nBy Ada Lind\nOctober 15, 2031 1:48 PM GMT+2 Updated 38 mins ago\n\n"
        "OSLO (Wire) - The strike went on."
    )
    assert article.date_line is not None
    assert article.date_line.text == "October 15, 2031 1:48 PM GMT+2 Updated 38 mins ago"


def test_bonfire_night_is_the_fifth_of_november() -> None:
    body = "Councillors backed the flood wall on Bonfire Night, after the fireworks."
    assert rows(body, dt.date(2031, 11, 8)) == [("on Bonfire Night", "2031-11-05", "past")]


def test_a_run_of_weekdays_after_a_dated_day_goes_on_from_it() -> None:
    body = (
        "Year 9 will stay home on Monday 24 March, Year 10 on Tuesday and Year 11 on "
        "Wednesday, the principal said."
    )
    assert rows(body, dt.date(2031, 3, 18)) == [
        ("on Monday 24 March", "2031-03-24", "planned"),
        ("on Tuesday", "2031-03-25", "planned"),
        ("on Wednesday", "2031-03-26", "planned"),
    ]


def test_a_weekday_after_a_dated_day_with_another_verb_is_read_on_its_own() -> None:
    body = (
        "The heat will ease from Monday 24 March, with storms possible on Sunday night, "
        "forecasters said."
    )
    assert rows(body, dt.date(2031, 3, 19))[1] == ("on Sunday night", "2031-03-23", "planned")


def test_a_programmes_lines_run_in_order_of_the_days() -> None:
    body = (
        "The fair opens next Wednesday.\n\nHIGHLIGHTS\n\nWednesday: Opening parade\n\n"
        "Saturday: Demolition derby, 7 p.m.\n\nSunday: Sale of champions and closing parade\n\n"
        "Gates open at 8 a.m. daily."
    )
    assert rows(body, dt.date(2031, 8, 1)) == [  # a Friday: next Wednesday is Aug. 6
        ("next Wednesday", "2031-08-06", "planned"),
        ("Wednesday", "2031-08-06", "planned"),
        ("Saturday", "2031-08-09", "planned"),
        ("7 p.m.", "2031-08-09", "planned"),
        ("Sunday", "2031-08-10", "planned"),
    ]


def test_a_calendars_lines_keep_their_order_into_the_next_year() -> None:
    body = (
        "The board adopted the new calendar on Monday.\n\nKey dates for students:\n\n"
        "First day of school: Wednesday, Aug. 20\n\nThanksgiving break: Nov. 26-28\n\n"
        "Winter break: Dec. 22-Jan. 2\n\nSpring break: March 23-27\n\n"
        "The calendar includes five snow days."
    )
    dates = [date for _, date, _ in rows(body, dt.date(2031, 5, 20))]
    assert dates == [
        "2031-05-19",
        "2031-08-20",
        "2031-11-26",
        "2031-11-28",
        "2031-12-22",
        "2032-01-02",
        "2032-03-23",
        "2032-03-27",
    ]


def test_a_live_blogs_stamps_are_never_after_publication() -> None:
    body = (
        "11:05 a.m. Sunday\n\nThe parking ban stays until Monday, and pickup runs late through "
        "Saturday.\n\n9:50 p.m. Saturday\n\nWhiteout conditions closed the highway."
    )
    assert rows(body, dt.date(2031, 1, 26)) == [  # a Sunday
        ("11:05 a.m. Sunday", "2031-01-26", "past"),
        ("Monday", "2031-01-27", "planned"),
        ("Saturday", "2031-02-01", "planned"),
        ("9:50 p.m. Saturday", "2031-01-25", "past"),
    ]


def test_a_wire_clock_time_with_a_zone_is_the_day_of_the_news() -> None:
    body = (
        "The union said on Sunday it would strike. Kessel told analysts on a call at 10 a.m. CDT "
        "(1500 GMT) that the sale would close. Dealers will be briefed on Wednesday at 9 a.m. "
        "EST (1400 GMT)."
    )
    assert rows(body, dt.date(2031, 3, 10)) == [  # a Monday
        ("on Sunday", "2031-03-09", "past"),
        ("at 10 a.m. CDT", "2031-03-10", "past"),
        ("1500 GMT", "2031-03-10", "past"),
        ("on Wednesday at 9 a.m. EST", "2031-03-12", "planned"),
        ("1400 GMT", "2031-03-12", "planned"),
    ]


def test_shares_trade_on_a_weekday_not_on_the_day_of_a_sunday_statement() -> None:
    body = (
        "The company said on Monday it would sell the plant. The union said in a statement on "
        "Sunday that it would strike. Shares rose 3% in afternoon trading."
    )
    assert rows(body, dt.date(2031, 3, 10))[2] == ("afternoon", "2031-03-10", "past")


def test_a_stamp_with_a_bar_between_time_and_date_is_the_date_line() -> None:
    article = parse_article(
        "Primary night\n\nBy Dana Roe\nPublished 11:52 p.m. MT | June 3, 2031\n\n"
        "ALBUQUERQUE - Voters chose a nominee on Tuesday."
    )
    assert article.date_line is not None
    assert article.date_line.text == "Published 11:52 p.m. MT | June 3, 2031"


def test_what_was_due_lies_ahead_unless_it_had_been_due() -> None:
    body = (
        "Schools, which were due to welcome pupils back on Thursday, will stay shut. Buses had "
        "been due to resume Tuesday."
    )
    assert rows(body, dt.date(2031, 1, 29)) == [  # a Wednesday
        ("on Thursday", "2031-01-30", "planned"),
        ("Tuesday", "2031-01-28", "past"),
    ]


def test_a_birthday_someone_would_have_reached_is_the_one_to_come() -> None:
    body = '"She would have been 100 on Sunday," her grandson said.'
    assert rows(body, dt.date(2031, 2, 5)) == [("on Sunday", "2031-02-09", "planned")]


def test_a_dateline_town_before_its_province_counts_for_the_country() -> None:
    assert story_country("RED TAMARACK MOUNTAIN, B.C. - The resort opens late.") == "CA"


def test_a_holiday_named_with_a_country_is_that_countrys() -> None:
    body = (
        "KAMLOOPS, B.C. - Crews have made snow since Thanksgiving, and skiers from Alberta "
        "came for the U.S. Thanksgiving weekend."
    )
    assert rows(body, dt.date(2031, 11, 30)) == [
        ("Thanksgiving", "2031-10-13", "past"),
        ("the U.S. Thanksgiving weekend", "2031-11", "past"),
    ]


def test_a_holiday_naming_an_event_and_new_holiday_names() -> None:
    body = (
        "The Ne'erday swim needs a new organiser. Councillors met on the February bank holiday, "
        "and Christmas falls on a Thursday. The summer service returns in March."
    )
    assert rows(body, dt.date(2031, 11, 21)) == [
        ("Ne'erday", "2032-01-01", "planned"),
        ("February bank holiday", "2031-02-03", "past"),
        ("Christmas", "2031-12-25", "planned"),
        ("in March", "2032-03", "planned"),
    ]


def test_election_night_is_the_day_the_story_names_an_election_by() -> None:
    body = (
        "The premier-elect will be sworn in on Thursday, after the last seat of the state "
        "election fell to her party on Monday. The result of the 29 November election gives "
        "Reform a majority. The premier conceded on election night."
    )
    assert rows(body, dt.date(2031, 12, 9))[-1] == ("on election night", "2031-11-29", "past")


def test_a_fixture_lists_present_tense_puts_its_holidays_ahead() -> None:
    body = "Over the festive period Rovers host Ollerton on Boxing Day, the club said."
    assert rows(body, dt.date(2031, 6, 26)) == [("on Boxing Day", "2031-12-26", "planned")]


def test_the_last_saturday_before_christmas_is_one_expression() -> None:
    body = "The market opens on Saturday 15 November and runs to the last Saturday before Christmas"
    assert rows(body, dt.date(2031, 11, 10))[-1] == (
        "the last Saturday before Christmas",
        "2031-12-20",
        "planned",
    )


def test_a_weekday_with_its_holiday_in_brackets_is_the_holidays_day() -> None:
    body = (
        "WELLINGTON - The jubilee runs all weekend in New Zealand.\n\nSaturday: Parade at 10am"
        "\n\nMonday (King's Birthday): Golf day\n\nThe club was founded in 1876."
    )
    assert rows(body, dt.date(2031, 5, 30))[2] == ("Monday", "2031-06-02", "planned")
