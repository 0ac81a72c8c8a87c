"""Timeline rules for unseen stories, round twenty-two (issue 16), each on a fresh fictional
snippet.

The round read the errors of blind date sets bp and bq (scored once when they arrived with the
eleventh session's kit, then held out until sets br and bs were written), then those of br
and bs after their first run. The snippets are new text, not the sets' articles.
"""

from __future__ import annotations

import datetime as dt

from lessons.article import parse_article
from lessons.timeline import build_timeline
from lessons.timeline.country import story_country
from lessons.timeline.holidays import holiday_date
from tests.test_timeline_news import rows

LIVE = (
    "Harbour Gazette\n\nLIVE: Gale shuts the ferry terminal\n\n"
    "Winds reached 90 km/h overnight as crews cleared the quay.\n\n"
    "By Ann Lee\nUpdated Feb. 9, 2031, 4:20 p.m.\n\n"
    "SUNDAY, FEB. 9\n\n4:20 p.m.\n"
    "The terminal reopened at 4 p.m., the port said. Crews will inspect the ramp on Tuesday.\n\n"
    "11:10 a.m.\nThe last sailing left at 10 a.m., before the gusts peaked.\n\n"
    "SATURDAY, FEB. 8\n\n9:30 p.m.\nThe port closed the terminal at 9 p.m.\n"
)


def test_a_holiday_and_the_date_at_its_weekday_are_one_expression() -> None:
    body = "The abbey was consecrated on Easter Monday, 14 April 1834, the parish history says."
    assert rows(body, dt.date(2031, 4, 3)) == [
        ("on Easter Monday, 14 April 1834", "1834-04-14", "past")
    ]


def test_a_holidays_break_is_a_named_period() -> None:
    body = (
        "Pupils break up for the Easter holidays on Friday, and the Christmas break starts on "
        "19 December."
    )
    assert rows(body, dt.date(2031, 4, 2)) == [
        ("on Friday", "2031-04-04", "planned"),
        ("on 19 December", "2031-12-19", "planned"),
    ]


def test_a_named_bank_holiday_before_a_verb_is_its_day() -> None:
    body = (
        "A charity ride on the August bank holiday raised £2,000 for the hospice, organisers "
        "in Swansea and Cardiff said."
    )
    assert rows(body, dt.date(2031, 9, 10)) == [("August bank holiday", "2031-08-25", "past")]


def test_a_holiday_before_through_starts_a_span() -> None:
    body = "Sales rose 3% over the six days from Thanksgiving through Cyber Monday."
    assert rows(body, dt.date(2032, 1, 12)) == [
        ("Thanksgiving", "2031-11-27", "past"),
        ("Cyber Monday", "2031-12-01", "past"),
    ]


def test_keeping_a_thing_closed_until_a_month_looks_ahead() -> None:
    body = "The district said that frost damage will keep the pool closed until at least March."
    assert rows(body, dt.date(2031, 11, 20)) == [("March", "2032-03", "planned")]


def test_a_present_clause_takes_no_year_gone_by() -> None:
    body = "Her brother, who sailed on the Arctic convoys from August 1942, turns 101 in February."
    assert rows(body, dt.date(2031, 11, 20)) == [
        ("August 1942", "1942-08", "past"),
        ("in February", "2032-02", "planned"),
    ]


def test_a_period_to_come_named_by_its_year_gives_no_year() -> None:
    body = "Applications for the 2032 school year close on 14 November."
    assert rows(body, dt.date(2031, 10, 3)) == [
        ("2032", "2032", "planned"),
        ("on 14 November", "2031-11-14", "planned"),
    ]
    body = "The first pitch is planned for the 2032 home opener in early April."
    assert rows(body, dt.date(2031, 10, 3))[-1] == ("in early April", "2032-04", "planned")


def test_a_headline_getting_ready_looks_ahead() -> None:
    assert rows("READY: Town set for harbour regatta on Saturday", dt.date(2031, 9, 10)) == [
        ("on Saturday", "2031-09-13", "planned")
    ]


def test_a_present_clock_time_is_not_on_a_day_gone_by() -> None:
    body = (
        "The fair was rained off on Saturday, and organisers decided yesterday morning to use "
        "today's holiday. Gates open at 3pm, and the band is on stage at 7.30pm."
    )
    assert rows(body, dt.date(2031, 2, 10))[-2:] == [
        ("at 3pm", "2031-02-10", "planned"),
        ("at 7.30pm", "2031-02-10", "planned"),
    ]


def test_a_clock_time_or_a_range_from_that_day() -> None:
    body = (
        "The street party is on Saturday 12 July. Market Street will close from 5pm that day, "
        "and stalls run from 2pm to 8pm that day."
    )
    assert rows(body, dt.date(2031, 7, 9)) == [
        ("on Saturday 12 July", "2031-07-12", "planned"),
        ("5pm that day", "2031-07-12", "planned"),
        ("2pm to 8pm that day", "2031-07-12", "planned"),
    ]


def test_a_schedule_verb_misread_as_an_adverb() -> None:
    body = "Entries for the show close on Tuesday, and judging is on Saturday."
    assert rows(body, dt.date(2031, 7, 4)) == [
        ("on Tuesday", "2031-07-08", "planned"),
        ("on Saturday", "2031-07-05", "planned"),
    ]


def test_victorias_racing_days_and_no_row_for_a_holiday_not_kept() -> None:
    assert holiday_date("Derby Day", 2031, "AU-VIC") == dt.date(2031, 11, 1)
    assert holiday_date("Oaks Day", 2031, "AU-VIC") == dt.date(2031, 11, 6)
    body = (
        "Melbourne's trains will run all night on Cup Day, and extra trams run to Flemington "
        "on Derby Day, Victoria's transport minister said."
    )
    assert rows(body, dt.date(2031, 10, 28)) == [
        ("on Cup Day", "2031-11-04", "planned"),
        ("on Derby Day", "2031-11-01", "planned"),
    ]
    body = "The Hawke's Bay cup day drew 4,000 people to the course, as on Cup Day in 2029."
    assert rows(body, dt.date(2031, 10, 28)) == []  # no Cup Day outside Victoria


def test_one_word_names_the_country_when_no_other_is_named() -> None:
    assert story_country("Buses run a Sunday schedule on Thanksgiving Monday.") == "CA"
    body = "Buses run a Sunday schedule on Thanksgiving Monday. Last Thanksgiving was busier."
    assert rows(body, dt.date(2031, 10, 11))[-1] == ("Last Thanksgiving", "2030-10-14", "past")


def test_a_live_blogs_first_day_heading_and_its_stamps() -> None:
    article = parse_article(LIVE)
    assert article.body.startswith("SUNDAY, FEB. 9\n\n4:20 p.m.")
    events = build_timeline(article, dt.date(2031, 2, 9))
    assert [(e.expression, e.date) for e in events] == [
        ("overnight", "2031-02-09"),
        ("SUNDAY, FEB. 9", "2031-02-09"),
        ("4:20 p.m.", "2031-02-09"),
        ("at 4 p.m.", "2031-02-09"),
        ("on Tuesday", "2031-02-11"),
        ("11:10 a.m.", "2031-02-09"),  # a post's stamp is its day's, not Tuesday's
        ("at 10 a.m.", "2031-02-09"),
        ("SATURDAY, FEB. 8", "2031-02-08"),
        ("9:30 p.m.", "2031-02-08"),
        ("at 9 p.m.", "2031-02-08"),
    ]


def test_a_programme_line_in_24_hour_time_under_a_day_heading() -> None:
    text = (
        "Harbour Gazette\n\nRegatta day guide\n\nBy Ann Lee\n3 July 2031\n\n"
        "The regatta returns on Saturday after two years away.\n\n"
        "Saturday: how the day will run\n09:30 Boats launch from the slip\n"
        "14:15 Prize-giving on the quay\n"
    )
    events = build_timeline(parse_article(text), dt.date(2031, 7, 3))
    assert [(e.expression, e.date) for e in events][-2:] == [
        ("09:30", "2031-07-05"),
        ("14:15", "2031-07-05"),
    ]


def test_a_past_spelt_like_its_base_form_after_that() -> None:
    body = (
        "A gas main that burst under Quay Street late Monday night will close the market, "
        "traders said Tuesday. The leak, reported at 11:40 p.m., emptied two pubs."
    )
    assert rows(body, dt.date(2031, 7, 3)) == [
        ("late Monday night", "2031-06-30", "past"),
        ("Tuesday", "2031-07-01", "past"),
        ("at 11:40 p.m.", "2031-06-30", "past"),  # the night of the leak, not of the saying
    ]


def test_what_had_happened_through_a_day_is_done() -> None:
    assert rows("Shares had fallen 12% this year through Tuesday's close.", dt.date(2031, 10, 2))[
        -1
    ] == ("Tuesday", "2031-09-30", "past")


def test_the_end_of_a_calendar_year_and_on_track_to() -> None:
    body = "Parts will stay scarce through the end of calendar 2031, the maker said."
    assert rows(body, dt.date(2031, 10, 2)) == [("the end of calendar 2031", "2031-12", "planned")]
    body = "A second depot is on track to open in the spring, the council said."
    assert rows(body, dt.date(2031, 10, 2)) == [("in the spring", "2032", "planned")]


def test_a_clause_of_time_keeps_the_year_of_its_event() -> None:
    body = "The 1998 show was cancelled when the quay flooded on Boxing Day."
    assert rows(body, dt.date(2031, 12, 1)) == [
        ("1998", "1998", "past"),
        ("on Boxing Day", "1998-12-26", "past"),
    ]


def test_a_date_written_as_the_day_after_a_holiday_takes_that_year() -> None:
    body = (
        "The timetable that took effect Sept. 3, the day after Labour Day, added trips in Ontario."
    )
    assert rows(body, dt.date(2031, 8, 20)) == [  # Labour Day 2030 was Sept. 2
        ("Sept. 3, the day after Labour Day", "2030-09-03", "past")
    ]


def test_a_dek_saying_service_is_back_looks_ahead() -> None:
    text = (
        "HEADLINE\n\nFull service is back Tuesday after the holiday\n\nBy Ann Lee\n\nCrews worked."
    )
    assert rows(text, dt.date(2031, 10, 11)) == [("Tuesday", "2031-10-14", "planned")]


def test_months_naming_a_cut_or_figures() -> None:
    body = "Economists expect a June cut if the April and May figures hold."
    assert rows(body, dt.date(2031, 3, 18)) == [
        ("June", "2031-06", "planned"),
        ("April", "2031-04", "planned"),
        ("May", "2031-05", "planned"),
    ]


def test_the_figure_a_change_starts_from_is_a_baseline() -> None:
    body = (
        "Inflation slowed to 2.9% in February from 3.4% in January, and grew to 25% from 20% "
        "last year."
    )
    assert rows(body, dt.date(2031, 3, 18)) == [
        ("in February", "2031-02", "past"),
        ("last year", "2030", "past"),  # "last year" stays an entry (datasets/README)
    ]


def test_a_24_hour_time_after_by() -> None:
    body = "The bank held rates on Wednesday. The yield fell to 3.6% by 15:30."
    assert rows(body, dt.date(2031, 3, 19)) == [
        ("on Wednesday", "2031-03-19", "past"),
        ("15:30", "2031-03-19", "past"),
    ]


def test_a_weekday_the_text_leaves_open_is_the_nearer_one() -> None:
    wednesday = dt.date(2031, 7, 2)
    assert rows("Fireworks: Saturday night, weather permitting.", wednesday) == [
        ("Saturday night", "2031-07-05", "planned")  # three days ahead, four back
    ]
    assert rows("Fireworks: Sunday night, weather permitting.", wednesday) == [
        ("Sunday night", "2031-06-29", "past")  # three days back
    ]
    assert rows("The storm hit late Saturday night.", wednesday) == [
        ("late Saturday night", "2031-06-28", "past")  # "hit", read as a noun, is a past
    ]


def test_a_time_until_a_clock_time_that_is_no_range() -> None:
    body = (
        "The match on Boxing Day has been put back to 3pm because works will close the line "
        "until 11am. Shops are open until 6pm."
    )
    assert rows(body, dt.date(2031, 12, 21)) == [
        ("on Boxing Day", "2031-12-26", "planned"),
        ("3pm", "2031-12-26", "planned"),
        ("11am", "2031-12-26", "planned"),  # (a shop's hours, "open until 6pm", are no entry)
    ]


def test_the_months_of_a_list_after_the_first() -> None:
    body = (
        "Sales rose in March, April, May and June, after strikes in July, August and on 3 October."
    )
    assert [e for e, _, _ in rows(body, dt.date(2031, 12, 1))] == [
        "in March",
        "April",
        "May",
        "June",
        "in July",
        "August",
        "on 3 October",
    ]


def test_a_24_hour_time_the_following_morning() -> None:
    body = (
        "The first night closure will run from 20.00 on Monday, November 3rd to 06.00 the "
        "following morning."
    )
    assert rows(body, dt.date(2031, 10, 22))[-1] == (
        "06.00 the following morning",
        "2031-11-04",
        "planned",
    )


def test_what_a_decision_moves_from_a_month_and_moving_to_a_day() -> None:
    body = "The board voted on Thursday to move the pupils to Ysgol Bro from September."
    assert rows(body, dt.date(2032, 2, 23))[-1] == ("September", "2032-09", "planned")
    body = '"We looked at moving it to Friday, but the forecast is no better," she said.'
    assert rows(body, dt.date(2031, 12, 30)) == [("Friday", "2032-01-02", "planned")]


def test_a_month_of_what_would_have_been() -> None:
    body = '"A strike in July would have been a disaster," said an analyst.'
    assert rows(body, dt.date(2031, 3, 10)) == [("in July", "2031-07", "planned")]


def test_a_season_in_a_headline_and_one_told_by_its_weather() -> None:
    text = "HEADLINE\n\nAirline adds 14 routes for summer\n\nBy Ann Lee\n\nThe routes start in May."
    assert [(e, d) for e, d, _ in rows(text, dt.date(2031, 3, 10))] == [
        ("summer", "2031"),
        ("in May", "2031-05"),
    ]
    body = (
        "A dry winter and warm seas mean the grass will cure early, council staff in Bendigo said."
    )
    assert [(e, d) for e, d, _ in rows(body, dt.date(2031, 9, 19))] == [("dry winter", "2031")]
    body = "The council hopes for a mild winter."
    assert rows(body, dt.date(2031, 9, 19)) == []  # a wish, no time told


def test_a_bulleted_list_of_dates_runs_on_through_the_year() -> None:
    text = (
        "HEADLINE\n\nBoard sets calendar\n\nBy Ann Lee\n\n"
        "The board approved the 2031-32 calendar on Monday.\n\nKEY DATES\n"
        "\u2022 Sept. 1: Labor Day, no school\n\u2022 Dec. 22-Jan. 2: Winter break\n"
        "\u2022 June 10: Last day of school"
    )
    assert [(e, d) for e, d, _ in rows(text, dt.date(2031, 6, 17))][-3:] == [
        ("Dec. 22", "2031-12-22"),
        ("Jan. 2", "2032-01-02"),
        ("June 10", "2032-06-10"),
    ]


def test_a_wire_storys_trading_is_on_its_dateline_day() -> None:
    article = parse_article(
        "Miner restarts mine\n\nRENO, Nev., July 21 (Coastwire) -- Halden Mining said on Friday "
        "it would restart its mine. Shares rose 4% in morning trading."
    )
    assert [(e.expression, e.date) for e in build_timeline(article, dt.date(2031, 7, 21))] == [
        ("July 21", "2031-07-21"),
        ("on Friday", "2031-07-18"),
        ("morning", "2031-07-21"),  # the dateline's day, not the day the company spoke
    ]


def test_a_sports_season_over_the_new_year_is_no_year() -> None:
    body = "Rovers were promoted last season, and tickets cost £12, the league said."
    assert rows(body, dt.date(2031, 9, 10)) == []  # British football runs August to May
    body = "The Tigers won the pennant last season, and the ballpark drew 300,000."
    assert rows(body, dt.date(2031, 9, 10)) == [("last season", "2030", "past")]
    body = "The ski hill in Banff, Alberta, opened late last season."
    assert rows(body, dt.date(2031, 11, 20)) == []
