"""Timeline rules, round sixty-five (issue 16), from the blind sets ox to pa (broadcast
transcripts of 1998-99, profiles and obituaries, a national wire's disasters and manhunts, a
financial daily's economy desk of 1989-90).

- "the bus strike in Tarrow, which began one week ago today": the noun a "which" clause is
  about names the event it dates ("two days after the walkout"), and a possessive weekday
  ("Thursday's vote") is a day the story told by name, not a day it counted;
- "In nineteen seventy-two ... on June twenty-third": a year read aloud gives its year to the
  days after it, like a year written in figures;
- "The August figure", "September housing starts", "The September deficit": the month a
  figure measures (vocab/timeline_month_figures.txt), but not "until September to figure it
  out";
- a transcript's date line between its header lines is the page's date, no row;
- "It's Wednesday, June sixteenth, nineteen ninety-nine": a date read aloud with its year;
- "From Tarrant News Service" over a dateline is a byline, so the dateline's day is the story's
  today.

The snippets are new text, written for this test; on the kit before the round (1c4a099) each
fails.
"""

from __future__ import annotations

import datetime as dt

from tests.test_timeline_news import rows, story_rows


def test_a_which_clause_names_its_event_and_a_possessive_weekday_a_day_told() -> None:
    assert rows(
        "There is no end in sight to the bus strike in Tarrow, which began one week ago today."
        "\n\nTwo days after the walkout, the county ran shuttle vans. Members vote Thursday night "
        "on an offer, and the union will announce the result of Thursday's vote at ten p.m. "
        "Thursday.",
        dt.date(1997, 10, 14),
    ) == [
        ("one week ago today", "1997-10-07", "past"),
        ("Two days after the walkout", "1997-10-09", "past"),
        ("Thursday night", "1997-10-16", "planned"),
        ("Thursday", "1997-10-16", "planned"),
        ("at ten p.m. Thursday", "1997-10-16", "planned"),
    ]


def test_a_year_read_aloud_gives_its_year_to_the_days_after_it() -> None:
    assert rows(
        "Old-timers still talk about the flood. In nineteen seventy-two the river swamped the "
        "pump house on June twenty-third. Two days later, state trucks arrived.",
        dt.date(1998, 11, 1),
    ) == [
        ("In nineteen seventy-two", "1972", "past"),
        ("on June twenty-third", "1972-06-23", "past"),
        ("Two days later", "1972-06-25", "past"),
    ]


def test_the_month_a_figure_measures() -> None:
    assert rows(
        "The August figure, revised from $10.2 billion, was the smallest in a year. The Commerce "
        'Department will release September housing starts tomorrow. "We have until September '
        'to figure it out," she said.',
        dt.date(1989, 10, 18),
    ) == [
        ("August", "1989-08", "past"),
        ("September", "1989-09", "past"),
        ("tomorrow", "1989-10-19", "planned"),
        ("September", "1990-09", "planned"),
    ]


def test_a_transcripts_date_line_is_no_row() -> None:
    assert story_rows(
        "Brennock Sandbags Hold as River Rises\nCopyright 1998 Overland News Channel, Inc.\n"
        "All Rights Reserved\nSHOW: OVERLAND NEWS AT THE HOUR 15:00 ET\nMarch 10, 1998\n"
        "Transcript # 98031015V07\nSECTION: News; Domestic\nLENGTH: 555 words\n\n"
        "CAROL VANTREASE, ANCHOR: Good afternoon. The river crested last night.",
        dt.date(1998, 3, 10),
    ) == [("last night", "1998-03-09", "past")]


def test_a_date_read_aloud_with_its_year() -> None:
    assert rows(
        "ANCHOR: Good morning. It's Wednesday, June sixteenth, nineteen ninety-nine. The plant "
        "opened on June sixteenth, nineteen ninety-four.",
        dt.date(1999, 6, 16),
    ) == [
        ("Wednesday, June sixteenth, nineteen ninety-nine", "1999-06-16", "planned"),
        ("on June sixteenth, nineteen ninety-four", "1994-06-16", "past"),
    ]


def test_a_news_service_credit_over_a_dateline() -> None:
    assert story_rows(
        "Kell Grain Profit Falls 12%\nGrain Maker Trims Its Forecast for Fiscal 1990\n"
        "From Tarrant News Service\n\nKELL CITY, Jan. 22 (Tarrant News Service) -- Kell Grain "
        "Co. said today that profit fell 12%.",
        dt.date(1990, 1, 23),
    ) == [
        ("1990", "1990", "past"),
        ("Jan. 22", "1990-01-22", "past"),
        ("today", "1990-01-22", "past"),
    ]
