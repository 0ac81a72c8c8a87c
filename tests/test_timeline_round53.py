"""Timeline rules, round fifty-three (issue 16: "tense and aspect decide direction"), from the
errors left in the blind sets nx and ny: a gerund after a preposition in what someone was
ordered to do ("ordered the utility to file a plan for trimming trees by year-end") lies ahead
with the order, not back with its past verb; but a gerund after what someone failed to do
("failed to consult the crews before redrawing the rota in July") stays past. And a weekday put
before a day of the month read aloud ("on Friday, the nineteenth of June") is one date, as
"on Friday, the 19th of June" already was. The snippets are new text, written for this test; on
the kit before the round (9b63282) the first and the last fail.
"""

from __future__ import annotations

import datetime as dt

from tests.test_timeline_news import rows

SATURDAY = dt.date(2026, 10, 17)
WEDNESDAY = dt.date(2026, 6, 17)


def test_a_gerund_in_what_was_ordered_lies_ahead() -> None:
    assert rows(
        "The regulator on Friday ordered the utility to file a plan for trimming trees near its "
        "lines by year-end.",
        SATURDAY,
    ) == [("on Friday", "2026-10-16", "past"), ("year-end", "2026", "planned")]


def test_a_gerund_in_what_was_not_done_stays_past() -> None:
    assert rows(
        "The tribunal found that managers failed to consult the crews before redrawing the "
        "rota in July.",
        SATURDAY,
    ) == [("in July", "2026-07", "past")]


def test_a_weekday_before_a_day_read_aloud_is_one_date() -> None:
    assert rows(
        "The inspectors will publish their first findings on Friday, the nineteenth of June.",
        WEDNESDAY,
    ) == [("on Friday, the nineteenth of June", "2026-06-19", "planned")]
