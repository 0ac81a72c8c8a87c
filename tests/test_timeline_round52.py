"""Timeline rules, round fifty-two (issue 16: "dates inside a quoted e-mail or speech anchored
to the publication date"), from the first run of the blind set ny: a quotation attributed to a
document the story has just dated ('an e-mail dated April 9 ... ¶ "... by tomorrow night ...
after today," the e-mail reads') counts from the document's date, past the days its own words
name. And a date after "no earlier than" or "not later than" bounds when something happens; it
is no comparison's baseline ("a vote no earlier than 2028"; a day of the month was already read
so). The snippets are new text, written for this test; on the kit before each rule (54282d2,
bf1fe75) the e-mail's days and the bare year fail.

Tried and dropped: reading a word after "to" that NLTK tags as an infinitive as a noun when the
kit's verb lists do not know it ("in a speech to parliament/VB on Oct. 27"): the lists miss too
many verbs ("to react") and "be", and eight rows of the stored sets were lost for six gained.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_timeline_news import rows, story_rows

TUESDAY = dt.date(2027, 4, 13)


def test_a_quoted_document_counts_from_its_date() -> None:
    text = (
        "Vote Case Turns on E-mail\n\nAt the heart of the case is an e-mail dated April 9 from a "
        "party coordinator to 14 district organisers. A copy was seen by reporters.\n\n"
        "\"The envelopes must be in people's hands by tomorrow night. Nothing in writing after "
        'today," the e-mail reads.\n'
    )
    assert [(e, d) for e, d, _ in story_rows(text, TUESDAY)] == [
        ("April 9", "2027-04-09"),
        ("tomorrow night", "2027-04-10"),
        ("today", "2027-04-09"),
    ]


def test_a_quoted_document_counts_from_its_date_with_windows_line_ends() -> None:
    text = (  # the paragraph is the article parser's, "\r\n\r\n" as well as "\n\n"
        "Vote Case Turns on E-mail\r\n\r\nAt the heart of the case is an e-mail dated April 9. "
        'A copy was seen by reporters.\r\n\r\n"Nothing in writing after today. Nothing," the '
        "e-mail reads.\r\n\r\nThe court will rule tomorrow, the judge said.\r\n"
    )
    assert [(e, d) for e, d, _ in story_rows(text, TUESDAY)] == [
        ("April 9", "2027-04-09"),
        ("today", "2027-04-09"),
        ("tomorrow", "2027-04-14"),
    ]


def test_an_unquoted_paragraph_after_a_document_counts_from_publication() -> None:
    text = (  # guard: no quotation, no document's day
        "Vote Case Turns on E-mail\n\nAt the heart of the case is an e-mail dated April 9. A "
        "copy was seen by reporters.\n\nThe court will rule tomorrow, the judge said.\n"
    )
    assert [(e, d) for e, d, _ in story_rows(text, TUESDAY)] == [
        ("April 9", "2027-04-09"),
        ("tomorrow", "2027-04-14"),
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The deal provides for a vote on the region's status no earlier than 2028.",
            [("2028", "2028", "planned")],
        ),
        ("The talks will end not later than March 5.", [("March 5", "2027-03-05", "planned")]),
        ("Sales were higher than in 2019.", []),  # guard: a comparison
    ],
)
def test_a_limit_in_time_is_an_entry(body: str, expected: list[tuple[str, str, str]]) -> None:
    assert rows(body, dt.date(2026, 11, 13)) == expected
