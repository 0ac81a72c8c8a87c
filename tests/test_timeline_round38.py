"""Timeline rules, round thirty-eight (issue 16): a past tense spelt like its base form.

"spread", "cut", "hit", "shut" are past tenses spelt like the base form. NLTK's tagger reads
"The fire spread over the weekend" as a noun phrase ("fire spread") with no verb, so the
sentence had no tense and "the weekend" was read as the one to come. After its singular
subject a present would take an -s ("the fire spreads"), so a clause whose only verb is such a
word, after a noun a determiner opens, tells of the past. The snippets are new text, written
for this test. On the session's start kit (6ebe71e), every case but the guards fails.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_timeline_news import rows

THURSDAY = dt.date(2032, 9, 2)  # the last weekend is Aug. 28-29, the next Sept. 4-5

CASES = [
    pytest.param(
        "The fire spread over the weekend.",
        [("the weekend", "2032-08", "past")],
        id="only_verb",
    ),
    pytest.param(  # a clause joined by ", and" has its own verb
        "The grass fire spread over the weekend, and crews will return on Saturday.",
        [("the weekend", "2032-08", "past"), ("on Saturday", "2032-09-04", "planned")],
        id="second_clause",
    ),
    pytest.param(
        "The grass fire spread over the weekend; crews will return on Saturday.",
        [("the weekend", "2032-08", "past"), ("on Saturday", "2032-09-04", "planned")],
        id="after_a_semicolon",
    ),
    # guard: "cut" is a noun when the verb comes after an aside's commas
    pytest.param(
        "A cable cut near Ames, Iowa, knocked out phones over the weekend.",
        [("the weekend", "2032-08", "past")],
        id="guard_noun_then_verb",
    ),
    # guard: a noun with its own future verb
    pytest.param(
        "The tax cut for families over the weekend will cost millions.",
        [("the weekend", "2032-09", "planned")],
        id="guard_future",
    ),
]


@pytest.mark.parametrize(("body", "expected"), CASES)
def test_a_past_spelt_like_its_base_form(body: str, expected: list[tuple]) -> None:
    assert rows(body, THURSDAY) == expected
