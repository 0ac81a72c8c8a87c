"""Timeline rules, round fifty-seven (issue 16: "event anchors missed", "a month and day without a
year put in the past when the sentence looks ahead", and the reverse), from the blind sets nx,
nz and oa (business and general wire):

- "the announcement" is the day of the act a story just dated with a verb of making news public
  ("first offered $35 a share on Feb. 20. Two days after the announcement, ...");
- "The vote came two days after House leaders agreed ..." counts back from the day just told,
  as ", a day after the union rejected ..." already did;
- a past in a relative clause right before a date says it is done: "fiscal 1990, which ended
  Feb. 3", told in December, is the Feb. 3 gone by, not the coming one (a past tense may still
  reach two months ahead elsewhere: "was extended to Nov. 16"); but not a verb that sets a day
  ("which promised a refund on Jan. 9").

The snippets are new text, written for this test; on the kit before the round (4171e0a) the
first three fail and the guard passes.
"""

from __future__ import annotations

import datetime as dt

from tests.test_timeline_news import rows


def test_the_announcement_is_the_day_of_the_offer() -> None:
    assert rows(
        "Harlow Foods first offered $21 a share for the bakery on Feb. 20. Two days after the "
        "announcement, the bakery's directors rejected the bid.",
        dt.date(1990, 3, 19),
    ) == [
        ("on Feb. 20", "1990-02-20", "past"),
        ("Two days after the announcement", "1990-02-22", "past"),
    ]


def test_came_days_after_counts_back_from_the_day_told() -> None:
    assert rows(
        "The Senate voted 61-39 on Thursday to extend the program. The vote came two days after "
        "party leaders agreed to trim the bill.",
        dt.date(1998, 6, 12),
    ) == [("on Thursday", "1998-06-11", "past"), ("two days after", "1998-06-09", "past")]


def test_a_past_in_a_relative_clause_is_done() -> None:
    assert rows(
        "The retailer lost $31 million in fiscal 1990, which ended Feb. 3.", dt.date(1990, 12, 12)
    ) == [("1990", "1990", "past"), ("Feb. 3", "1990-02-03", "past")]


def test_a_relative_clause_that_sets_a_day_still_looks_ahead() -> None:
    assert rows(
        "Shoppers queued for the new card, which promised a rebate on Jan. 9.",
        dt.date(1990, 12, 12),
    ) == [("on Jan. 9", "1991-01-09", "planned")]
