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
