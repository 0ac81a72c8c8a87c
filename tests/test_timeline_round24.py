"""Timeline rules for unseen stories, round twenty-four (issue 16), each on a fresh fictional
snippet.

The round read the first-run misses of the held-out sets cd to cg. Most were weekdays put a
week back when the story meant the one to come, because a participle was read as the clause's
past ("goes ahead as planned", "will stay closed") or a pair of days split ("booked for Thursday
and Friday"). The snippets are new text, not the sets' articles.
"""

from __future__ import annotations

import datetime as dt

import pytest

from lessons.article import parse_article
from lessons.timeline.build import build_timeline
from tests.test_timeline_news import rows

WEDNESDAY = dt.date(2031, 3, 5)  # Monday before it: 3 March; Monday after it: 10 March


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # "as planned" compares with a plan: no past of the clause
            "The rest of the programme goes ahead as planned: the raft race from 10am on Monday "
            "and the prize-giving at 4pm.",
            [("10am on Monday", "2031-03-10", "planned"), ("at 4pm", "2031-03-10", "planned")],
        ),
        (  # "than expected" likewise: the past is "opened"
            "The pool opened later than expected on Monday.",
            [("on Monday", "2031-03-03", "past")],
        ),
        (  # one finite verb to a verb group: "are", whatever the tagger makes of "downtown"
            "City offices shut for the holiday, and parking meters downtown are free Monday.",
            [("Monday", "2031-03-10", "planned")],
        ),
    ],
)
def test_a_participle_that_compares_or_a_misread_word_is_no_past(
    body: str, expected: list[tuple]
) -> None:
    assert rows(body, WEDNESDAY) == expected


def test_what_was_set_down_for_a_weekday_and_has_been_cancelled_lies_ahead() -> None:
    assert rows("The junior matches, set down for Monday, have been cancelled.", WEDNESDAY) == [
        ("Monday", "2031-03-10", "planned")
    ]


def test_a_weekday_deadline_in_a_headline_lies_ahead_and_a_missed_one_behind() -> None:
    article = parse_article(
        "Dockers recall ships as union sets Monday strike deadline\n\nBy Ann Lee\n\n"
        "The port was quiet."
    )
    assert [(e.expression, e.date) for e in build_timeline(article, WEDNESDAY)] == [
        ("Monday", "2031-03-10")
    ]
    missed = "The tug crews missed Monday's deadline, the port said."
    assert rows(missed, WEDNESDAY) == [("Monday", "2031-03-03", "past")]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # the second day of a pair is on the first one's side of the story's day
            "The clinic said it had postponed 30 operations booked for Thursday and Friday.",
            [("Thursday", "2031-03-06", "planned"), ("Friday", "2031-03-07", "planned")],
        ),
        (  # told newest first
            "Following are statements made Tuesday and Monday by the harbour board.",
            [("Tuesday", "2031-03-04", "past"), ("Monday", "2031-03-03", "past")],
        ),
        (  # a span from a weekday ends within the week after it
            "The estate was without water from Saturday morning until Monday night, the utility "
            "said.",
            [("Saturday morning", "2031-03-01", "past"), ("Monday night", "2031-03-03", "past")],
        ),
        (  # but a span from a date may run for weeks
            "Early voting, which opened Feb. 10 and ended Saturday, drew 9,000 voters.",
            [("Feb. 10", "2031-02-10", "past"), ("Saturday", "2031-03-01", "past")],
        ),
    ],
)
def test_two_weekdays_told_together(body: str, expected: list[tuple]) -> None:
    assert rows(body, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # a condition on what is still to come
            "The dockers have warned of more walkouts in November if no offer is made.",
            [("in November", "2031-11", "planned")],
        ),
        (  # not a past that did not happen
            "The dockers said they would have walked out in November if talks had failed.",
            [("in November", "2030-11", "past")],
        ),
        (  # a span runs on to the month after the one it started in
            "Last year, a storm in late October left the sea wall half rebuilt until February, "
            "and the promenade stayed shut.",
            [
                ("Last year", "2030", "past"),
                ("in late October", "2030-10", "past"),
                ("February", "2031-02", "past"),
            ],
        ),
    ],
)
def test_a_month_read_from_what_follows_it_or_the_month_before(
    body: str, expected: list[tuple]
) -> None:
    assert rows(body, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # a participle after "with" and its noun is a state beside the clause
            "With the library closed Friday for the holiday, returns are due on Tuesday.",
            [("Friday", "2031-03-07", "planned"), ("on Tuesday", "2031-03-11", "planned")],
        ),
        (
            "Bins go out a day late, with Monday rounds collected Tuesday.",
            [("Monday", "2031-03-10", "planned"), ("Tuesday", "2031-03-11", "planned")],
        ),
        (  # the first verb, a base form after its noun, is a present
            "Pupils in the village break up on Monday, and the council has urged parents to "
            "plan ahead.",
            [("on Monday", "2031-03-10", "planned")],
        ),
        (  # "was possible": a forecast told in the past
            "Forecasters said more snow was possible Monday night in the hills.",
            [("Monday night", "2031-03-10", "planned")],
        ),
        (  # but "was likely" before a participle guesses at a past
            "The fire was likely started by a spark on Monday, investigators said.",
            [("on Monday", "2031-03-03", "past")],
        ),
        (  # "right through to": a booking runs on to the day
            "The guesthouses were booked right through to Monday, the owner said.",
            [("Monday", "2031-03-10", "planned")],
        ),
    ],
)
def test_what_a_past_form_beside_the_clause_does_not_say(body: str, expected: list[tuple]) -> None:
    assert rows(body, WEDNESDAY) == expected


# --- round 24, read sets ch and ci -----------------------------------------------------------


def test_a_first_paragraph_that_reads_like_a_photo_caption_tells_what_happened() -> None:
    article = parse_article(
        "Fire crews hold the line at Kessel Ridge\n\n"
        "Jo Marsh \u00b7 Ridge Valley News\nPosted: March 5, 2031 9:05 AM\n\n"
        "A water bomber drops retardant over Kessel Ridge on Monday. (Ridge Fire Service)\n\n"
        "Crews kept the fire west of the highway overnight and said they hoped to hold it there "
        "through the weekend, with cooler weather forecast."
    )
    assert article.byline is not None and article.byline.text == (
        "Jo Marsh \u00b7 Ridge Valley News"
    )  # a byline with its paper after a dot
    assert build_timeline(article, WEDNESDAY)[0].date == "2031-03-03"  # the photo's Monday


@pytest.mark.parametrize(
    "lede",
    [
        "The county's schools reopen on Monday after the storm.",  # a schedule's verb
        "Voters go to the polls on Monday in the county's first runoff.",  # no credit after it
    ],
)
def test_a_present_first_paragraph_without_a_credit_still_looks_ahead(lede: str) -> None:
    body = f"{lede}\n\nThe district said repairs to the roofs were finished and staff were ready."
    assert rows(body, WEDNESDAY)[0] == ("on Monday", "2031-03-10", "planned")


@pytest.mark.parametrize(
    ("body", "published", "expected"),
    [
        (  # what was due to be held lies ahead, whatever became of it
            "The regatta, due to be held on Monday, has been moved to Sunday 16 March.",
            WEDNESDAY,
            [("on Monday", "2031-03-10", "planned"), ("Sunday 16 March", "2031-03-16", "planned")],
        ),
        (  # "this year" gives its year to the months after it in the sentence
            "It is the fourth closure of the bridge this year, after floods in March and July.",
            dt.date(2031, 11, 10),
            [
                ("this year", "2031", "planned"),
                ("in March", "2031-03", "past"),
                ("July", "2031-07", "past"),
            ],
        ),
        (  # so does a month named as "Last October" opening the sentence
            "Last October, the first frost did not come until Oct. 29.",
            dt.date(2031, 10, 9),
            [("Last October", "2030-10", "past"), ("Oct. 29", "2030-10-29", "past")],
        ),
        (  # a holiday in a list of days is not dated by the day listed after it
            "Bins will not be collected on Christmas Day, Boxing Day, 1 January and 2 January.",
            WEDNESDAY,
            [
                ("on Christmas Day", "2031-12-25", "planned"),
                ("Boxing Day", "2031-12-26", "planned"),
                ("1 January", "2032-01-01", "planned"),
                ("2 January", "2032-01-02", "planned"),
            ],
        ),
        (  # a date heading its line comes after the line above it
            "KEY DATES\n\nJan. 28: Bridge closes\n\nJune 8-12: Public hearings\n\nNov. 30: "
            "Report due",
            WEDNESDAY,
            [
                ("Jan. 28", "2031-01-28", "past"),
                ("June 8", "2031-06-08", "planned"),
                ("12", "2031-06-12", "planned"),
                ("Nov. 30", "2031-11-30", "planned"),
            ],
        ),
    ],
)
def test_a_date_read_from_the_words_and_lines_around_it(
    body: str, published: dt.date, expected: list[tuple]
) -> None:
    assert rows(body, published) == expected
