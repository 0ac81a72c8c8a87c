"""Timeline rules, round forty-nine (issue 16: "tense and aspect decide direction ... weekdays
likewise"), from misses on the stored fictional sets:

- a past perfect that ran up to a weekday ("a ceasefire had largely held until Saturday") is
  over by then, with an irregular participle as with a regular one ("had visited every day
  until Monday"); the participles are the third column of vocab/verbs_irregular_forms.txt;
- what "will" be done at a weekday's event ("will debate the plan at Thursday's meeting", "will
  publish his columns in Thursday's edition") lies ahead, while a weekday's event that is only
  an object ("will study Thursday's report") or belongs to another clause ("despite a row ... at
  Thursday night's meeting") stays the nearest such day.

The snippets are new text, written for this test; on the kit before it (0ede089) every case
but the guards fails.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_timeline_news import rows

WEDNESDAY = dt.date(2026, 3, 18)
SUNDAY = dt.date(2026, 3, 15)


@pytest.mark.parametrize(
    "body",
    [
        "A ceasefire had largely held until Saturday, according to the monitoring mission.",
        "The truce had held until Saturday, when shelling resumed.",
    ],
)
def test_a_past_perfect_up_to_a_weekday_is_over(body: str) -> None:
    assert rows(body, WEDNESDAY)[0] == ("Saturday", "2026-03-14", "past")


@pytest.mark.parametrize(
    "body",
    [
        "The council will debate the plan at Thursday's meeting.",
        "The Ledger will publish a selection of his columns in Thursday's edition.",
        "Fans will see the new kit during Thursday's match.",
    ],
)
def test_what_will_be_done_at_a_weekdays_event_lies_ahead(body: str) -> None:
    assert rows(body, SUNDAY) == [("Thursday", "2026-03-19", "planned")]


@pytest.mark.parametrize(
    "body",
    [
        "The council will study Thursday's report.",
        "The council will again pay contractors, despite a heated row over the cost at "
        "Thursday's meeting.",
    ],
)
def test_a_weekdays_event_that_is_only_an_object_stays_the_nearest(body: str) -> None:
    assert rows(body, SUNDAY) == [("Thursday", "2026-03-12", "past")]
