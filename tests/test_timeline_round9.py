"""Timeline rules for unseen stories, ninth round (issue 16), each on a fresh fictional snippet.

Sets p and q were scored blind before this round; sets r and s were written and scored blind
before any of p and q's errors were read.
"""

from __future__ import annotations

import datetime as dt

from tests.test_timeline_news import rows

FRIDAY = dt.date(2029, 6, 8)


def test_a_fronted_until_with_a_past_perfect_is_the_day_just_past() -> None:
    body = "Until Thursday, the inspectors had not named the bridge contractor."
    assert rows(body, FRIDAY) == [("Thursday", "2029-06-07", "past")]


def test_a_span_that_runs_on_to_a_weekday_still_lies_ahead() -> None:
    body = "The council closed the lido through Monday after the storm."
    assert rows(body, FRIDAY) == [("Monday", "2029-06-11", "planned")]
