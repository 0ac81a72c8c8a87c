"""Timeline rules, round fifty-nine (issue 16), from the blind set of (features of 1998): a
feature that steps back to another year.

- a news service's dateline with an underscore for its dash ("CORLISS FALLS _ Twenty years ago
  this week, ...") is a dateline: the sentence after it opens on its time, so the account of
  1978 that follows gives its months their year;
- a year the account looks ahead to ("owed $6 million on notes due 1979") does not end the
  account of 1978, as a later year it moves on to would;
- "That Monday" opening a sentence or a quotation is the Monday of the account, like "the
  Monday".

The snippets are new text, written for this test; on the kit before the round (1a156af) the
three fail.
"""

from __future__ import annotations

import datetime as dt

from lessons.article import parse_article
from tests.test_timeline_news import rows, story_rows

WEDNESDAY = dt.date(1998, 9, 23)


def test_an_underscore_dateline_is_a_dateline() -> None:
    article = parse_article(
        "Quarry Town Remembers\n\nBy Staff Writer\n\nHALVERN _ Twenty years ago this week, the "
        "quarry wall gave way.\n"
    )
    assert article.dateline is not None
    assert article.dateline.text == "HALVERN _"


def test_an_account_of_another_year_goes_on_past_a_year_it_looks_ahead_to() -> None:
    text = (
        "Quarry Town Remembers\n\nBy Staff Writer\n\nHALVERN _ Twenty years ago this week, the "
        "quarry wall gave way on Sept. 20, 1978.\n\nThe quarry owed $2 million on bonds due "
        "1981. The July payroll had been paid late, and the men had worked short weeks since "
        "June.\n"
    )
    assert [(e, d) for e, d, _ in story_rows(text, WEDNESDAY)] == [
        ("Twenty years ago this week", "1978-09"),
        ("on Sept. 20, 1978", "1978-09-20"),
        ("1981", "1981"),
        ("July", "1978-07"),
        ("June", "1978-06"),
    ]


def test_that_monday_is_the_monday_of_the_account() -> None:
    found = rows(
        "Twenty years ago this week, the quarry wall gave way on Wednesday, Sept. 20, 1978. "
        "The men had worked short weeks since June. "
        '"That Monday they told us the inspectors were coming," a driller said.',
        WEDNESDAY,
    )
    assert ("Monday", "1978-09-18", "past") in found
