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
    assert story_country("The council said Halifax would wait.") is None


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
