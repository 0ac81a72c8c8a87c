"""Timeline rules, round fifty (issue 16), from fresh text written to probe the kit: a day of the
month after a part of the day ("on the morning of the 15th", "the night of the 15th") is that
day, as "on the 15th" is, and a count after it ("sank two days later") counts from it; it was
read as an event named by a noun ("the night of the stabbing") and lost. And a holiday after a
deadline's word, with a noun and a verb after it ("By Christmas prices will fall"), is the
holiday: the noun opens the clause, it is not the feast's thing ("Christmas prices are high").
The snippets are new text, written for this test; on the kit before it (bfb1961) every case but
the guards fails.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_timeline_news import rows

WEDNESDAY = dt.date(2026, 3, 18)


def test_a_part_of_the_day_of_a_day_of_the_month_is_that_day() -> None:
    body = "The ship left port on the morning of the 15th and sank two days later."
    assert rows(body, WEDNESDAY) == [
        ("on the morning of the 15th", "2026-03-15", "past"),
        ("two days later", "2026-03-17", "past"),
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "He was shot on the night of the 15th.",
            [("on the night of the 15th", "2026-03-15", "past")],
        ),
        (  # guard: a named event keeps its reading
            "A man was stabbed on March 3. On the night of the stabbing, police sealed the street.",
            [
                ("on March 3", "2026-03-03", "past"),
                ("On the night of the stabbing", "2026-03-03", "past"),
            ],
        ),
    ],
)
def test_the_night_of_a_day_or_of_an_event(body: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(body, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "By Christmas prices will fall, the minister said.",
            [("Christmas", "2026-12-25", "planned")],
        ),
        ("Until Easter visitors must book ahead.", [("Easter", "2027-03-28", "planned")]),
        ("Christmas prices are high.", []),  # guards: the feast's thing, a named period
        ("He must come before the summer recess is over.", []),
    ],
)
def test_a_holiday_after_by_and_before_a_clause_is_the_day(
    body: str, expected: list[tuple[str, str, str]]
) -> None:
    assert rows(body, dt.date(2026, 10, 15)) == expected
