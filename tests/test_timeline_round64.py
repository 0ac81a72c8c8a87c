"""Timeline rules, round sixty-four (issue 16), from the blind sets op to ow (a regional daily's
courts and county beat of the mid-1990s, a wire's commodities desk of 1991-92, a Sunday
magazine's anniversary features, a science and health wire, a financial daily's corporate desk
of 1988-90, an international politics wire of 1998-99, broadcast transcripts of the late 1990s,
a local news site of 2025-26).

- "The March contract settled", "July wheat rose", "copper for December delivery": a futures
  contract's delivery month is a month row, the coming one (vocab/timeline_traded_goods.txt);
  "January copper exports" are the figures of a month gone by;
- "had been sagging since the cold spring of 1961. ... that May": a span told in the past
  perfect ran up to the time the story steps back to, so "that May" is 1961's;
- "The next spring", like "the following spring", counts from the time told, not from today;
- "that spring" skips a year told in an aside ("Ellen Marsh, who was born in the town in
  1931,");
- "The winter of 1977-78 was the coldest ...": its February is 1978's, and "the following
  spring" the spring of 1978;
- a quotation whose attribution follows it with "yesterday" ('... tomorrow," she said in a
  telephone interview yesterday') or in the past perfect ("had said in an interview Thursday")
  counts from that day;
- "about six weeks later, on the night before Thanksgiving": the holiday of the month counted;
- "on Oct. 19, 1987, when the stock market crashed. Two days after the crash": an event named
  in the date's "when" clause; "the walkout" is the strike (vocab/timeline_event_kinds.txt),
  and "one week ago today" a day, not a week;
- clock times and years read aloud: "by ten p.m.", "at eleven-forty", "nineteen ninety-six and
  ninety-seven", "notes due two thousand one";
- "in 2020, a year after the inlet bite" restates 2020: no second row.

The snippets are new text, written for this test; on the kit before the round (27c67a7) each
fails.
"""

from __future__ import annotations

import datetime as dt

from tests.test_timeline_news import rows


def test_delivery_months_of_futures_contracts() -> None:
    assert rows(
        "Grain futures were mixed. The March contract settled at $2.41 a bushel, July wheat rose "
        "2 cents and copper for December delivery fell. January copper exports fell 4 percent.",
        dt.date(1990, 11, 7),
    ) == [
        ("March", "1991-03", "planned"),
        ("July", "1991-07", "planned"),
        ("December", "1990-12", "planned"),
        ("January", "1990-01", "past"),
    ]


def test_a_span_in_the_past_perfect_is_the_time_told() -> None:
    assert rows(
        "The bridge had been sagging since the cold spring of 1961. An inspector's report that "
        "May called for new cables.",
        dt.date(1996, 5, 12),
    ) == [("spring of 1961", "1961", "past"), ("that May", "1961-05", "past")]


def test_the_next_spring_counts_from_the_time_told() -> None:
    assert rows(
        "The mill burned on Oct. 3, 1952. The next spring the owners rebuilt it.",
        dt.date(1997, 10, 5),
    ) == [("on Oct. 3, 1952", "1952-10-03", "past"), ("The next spring", "1953", "past")]


def test_that_spring_skips_a_year_told_in_an_aside() -> None:
    assert rows(
        "The flood came on March 9, 1955. Ellen Marsh, who was born in the town in 1931, still "
        "lives on Quay Street. Her father kept a log that spring.",
        dt.date(1995, 3, 12),
    ) == [
        ("on March 9, 1955", "1955-03-09", "past"),
        ("in 1931", "1931", "past"),
        ("that spring", "1955", "past"),
    ]


def test_a_winter_of_two_years_gives_its_months_and_the_spring_after() -> None:
    assert rows(
        "The winter of 1977-78 was the coldest anyone in Dunmore could remember. The school "
        "closed in February, and the following spring the roof was rebuilt.",
        dt.date(1997, 12, 14),
    ) == [
        ("The winter of 1977", "1977", "past"),
        ("78", "1978", "past"),
        ("in February", "1978-02", "past"),
        ("the following spring", "1978", "past"),
    ]


def test_a_quotation_said_yesterday_counts_from_yesterday() -> None:
    assert rows(
        '"If the council signs tomorrow, the pool opens in June," Ada Morrow said in a telephone '
        "interview yesterday.",
        dt.date(1999, 3, 2),
    ) == [
        ("tomorrow", "1999-03-02", "planned"),
        ("in June", "1999-06", "planned"),
        ("yesterday", "1999-03-01", "past"),
    ]


def test_a_quotation_that_had_been_said_on_a_weekday() -> None:
    assert rows(
        '"Tomorrow\'s jobs report will settle it," Ivo Brandt, an economist at Kell Bank, had '
        "said in an interview Thursday.",
        dt.date(1992, 1, 3),
    ) == [("Tomorrow", "1992-01-03", "planned"), ("Thursday", "1992-01-02", "past")]


def test_a_holiday_after_a_count_of_weeks_is_in_the_month_counted() -> None:
    assert rows(
        "A clerk was shot at the Quik Stop shortly after 11:30 p.m. on Oct. 14, 1994, and died "
        "two days later.\n\nThe suspect had been fired from the store a week earlier, a manager "
        "testified.\n\nDetectives arrested him about six weeks later, on the night before "
        "Thanksgiving, after a caller described his gun.",
        dt.date(1996, 8, 8),
    ) == [
        ("11:30 p.m. on Oct. 14, 1994", "1994-10-14", "past"),
        ("two days later", "1994-10-16", "past"),
        ("a week earlier", "1994-10", "past"),
        ("six weeks later", "1994-11", "past"),
        ("the night before Thanksgiving", "1994-11-23", "past"),
    ]


def test_an_event_named_in_a_when_clause() -> None:
    assert rows(
        "Harlow shares lost a third on Oct. 19, 1987, when the stock market crashed. Two days "
        "after the crash, the board bought back a million shares.",
        dt.date(1988, 11, 10),
    ) == [
        ("on Oct. 19, 1987", "1987-10-19", "past"),
        ("Two days after the crash", "1987-10-21", "past"),
    ]


def test_a_walkout_is_the_strike_and_a_week_ago_today_a_day() -> None:
    assert rows(
        "The ferry strike, which began one week ago today, goes on. Two days after the walkout, "
        "the county chartered a barge.",
        dt.date(1997, 10, 14),
    ) == [
        ("one week ago today", "1997-10-07", "past"),
        ("Two days after the walkout", "1997-10-09", "past"),
    ]


def test_clock_times_and_years_read_aloud() -> None:
    assert rows(
        "Polls open Tuesday at seven a.m., and the clerk expects a count by ten p.m. Trading "
        "resumed at eleven-forty this morning. Sales fell in nineteen ninety-six and "
        "ninety-seven, and the company sold notes due two thousand one.",
        dt.date(1998, 11, 1),
    ) == [
        ("Tuesday at seven a.m.", "1998-11-03", "planned"),
        ("ten p.m.", "1998-11-03", "planned"),
        ("at eleven-forty this morning", "1998-11-01", "past"),
        ("in nineteen ninety-six", "1996", "past"),
        ("ninety-seven", "1997", "past"),
        ("two thousand one", "2001", "planned"),
    ]


def test_a_count_of_years_beside_its_year_restates_it() -> None:
    assert rows(
        "A shark bit a swimmer in the inlet on June 3, 2019. The plan was rewritten in 2020, a "
        "year after the inlet bite.",
        dt.date(2026, 5, 24),
    ) == [("on June 3, 2019", "2019-06-03", "past"), ("in 2020", "2020", "past")]
