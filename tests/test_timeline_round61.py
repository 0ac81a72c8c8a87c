"""Timeline rules, round sixty-one (issue 16), from the blind set od (broadcast transcripts of
1998): a broadcast reads its dates and figures aloud.

- "on the first of October, 1996": a day in words with its year is that day of that year;
- "fell to five point one percent, from five point two percent on Friday": a figure read
  aloud is a baseline's as one in digits is, so its day is no entry.

The snippets are new text, written for this test; on the kit before the round (4f23eee) both
fail.
"""

from __future__ import annotations

import datetime as dt

from tests.test_timeline_news import rows

FRIDAY = dt.date(1998, 1, 2)


def test_a_day_in_words_with_its_year() -> None:
    assert rows("The pilots last walked out on the first of October, 1996.", FRIDAY) == [
        ("on the first of October, 1996", "1996-10-01", "past")
    ]


def test_a_baseline_read_aloud() -> None:
    assert (
        rows(
            "The long bond's yield fell to five point one percent, from five point two "
            "percent on Tuesday.",
            FRIDAY,
        )
        == []
    )
