"""Timeline rules for unseen stories, round twenty-eight (issue 16), each on a fresh fictional
snippet.

The round began from a second battery of newswire sentences written for the issue's error
classes (counted days after a span, a plan seen from the past, quotations dated after they
close, the British reporting year). The snippets are new text, not the sets' articles. The
docstring of each group says what it guards; the closing note of the session counts how many
cases fail on the session's start kit (8b9c7a5).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_timeline_news import rows

TUESDAY = dt.date(2031, 9, 23)  # Tuesday before it: 16 September; Friday before it: 19 September


# Each case: a story's body, its day of publication, and the rows the timeline must give.
CASES = [
    # a count of days after a sentence that also tells a span "since" a year counts from the day
    pytest.param(
        "The by-election, held on Sept. 7, was the first since 2022. The count took four days "
        "longer than planned, and the result was declared two days later.",
        TUESDAY,
        [
            ("on Sept. 7", "2031-09-07", "past"),
            ("2022", "2022", "past"),
            ("two days later", "2031-09-09", "past"),
        ],
        id="days_count_from_the_day_not_the_span-1",
    ),
    pytest.param(  # "That year" still names the year the span opens from
        "It is the first time since 2017 that the regatta has been cancelled. That year, a gale "
        "sank two boats.",
        TUESDAY,
        [("2017", "2017", "past"), ("That year", "2017", "past")],
        id="days_count_from_the_day_not_the_span-2",
    ),
    # the time of a "next" or "upcoming" event lies ahead
    pytest.param(
        "The bank left its rate unchanged on Thursday and hinted at a cut at its next meeting "
        "in November.",
        TUESDAY,
        [("on Thursday", "2031-09-18", "past"), ("in November", "2031-11", "planned")],
        id="a_next_event_lies_ahead-1",
    ),
    pytest.param(
        "The trust's next board meeting is in July.",
        TUESDAY,
        [("in July", "2032-07", "planned")],
        id="a_next_event_lies_ahead-2",
    ),
    pytest.param(  # without "next", a month told in the past is gone by
        "The trust's board met in July.",
        TUESDAY,
        [("in July", "2031-07", "past")],
        id="a_next_event_lies_ahead-3",
    ),
    # "was due to" sees a plan from the past: the nearer month, whatever became of it
    pytest.param(
        "The new terminal was due to open in August, but the fit-out overran.",
        TUESDAY,
        [("in August", "2031-08", "past")],
        id="a_plan_seen_from_the_past-1",
    ),
    pytest.param(  # "would" alone still looks ahead
        "The airport said the new terminal would open in August.",
        TUESDAY,
        [("in August", "2032-08", "planned")],
        id="a_plan_seen_from_the_past-2",
    ),
    # British reporting years are named by their last day: "the year to 31 March"
    pytest.param(
        "The brewer made a profit of £4.1m in the year to 31 March.",
        TUESDAY,
        [("31 March", "2031-03-31", "past")],
        id="the_year_to_a_day-1",
    ),
    pytest.param(  # "for the year" alone is the year of the story
        "The brewer expects a profit for the year.",
        TUESDAY,
        [("the year", "2031", "planned")],
        id="the_year_to_a_day-2",
    ),
    # "on the 12th" may be followed by more than punctuation
    pytest.param(
        "The footbridge reopened on the 12th after a month of repairs.",
        TUESDAY,
        [("on the 12th", "2031-09-12", "past")],
        id="a_day_of_the_month_before_a_preposition-1",
    ),
    pytest.param(  # a rank or a floor is no day
        "She finished the 12th after a fall, and he lives on the 12th floor.",
        TUESDAY,
        [],
        id="a_day_of_the_month_before_a_preposition-2",
    ),
    # a year a verb opens or closes is a date, but a count after such a verb is not
    pytest.param(
        "The index ended 2030 up 14%, its best year since 2021.",
        TUESDAY,
        [("2030", "2030", "past"), ("2021", "2021", "past")],
        id="a_year_opened_or_closed-1",
    ),
    pytest.param(
        "The chain opened 2030 stores and closed 1990 branches.",
        TUESDAY,
        [],
        id="a_year_opened_or_closed-2",
    ),
    # "early", "late" and "mid" before a season without a year, and before one with a year
    pytest.param(
        "The ferry operator hopes to restore full service by early summer.",
        TUESDAY,
        [("early summer", "2032", "planned")],
        id="an_edge_of_a_season-1",
    ),
    pytest.param(
        "The dam was finished in late autumn 1987 and opened in the late summer of 1988.",
        TUESDAY,
        [("in late autumn 1987", "1987", "past"), ("in the late summer of 1988", "1988", "past")],
        id="an_edge_of_a_season-2",
    ),
    # "the week of" a holiday is the week holding it, like "Thanksgiving week"
    pytest.param(
        "Recycling pickup slips a day the week of Thanksgiving.",
        TUESDAY,
        [("the week of Thanksgiving", "2031-11", "planned")],
        id="the_week_of_a_holiday-1",
    ),
    pytest.param(  # (not a season's name: "the week of Christmas shopping")
        "Footfall rose in the week of Christmas shopping.",
        TUESDAY,
        [],
        id="the_week_of_a_holiday-2",
    ),
    # a participle after its noun that opens a span is read with the verb before it
    pytest.param(
        "The levy applies to parcels posted from Friday.",
        TUESDAY,
        [("Friday", "2031-09-26", "planned")],
        id="a_span_from_a_participle-1",
    ),
    pytest.param(  # without "from", the participle tells a past
        "The levy applies to parcels posted Friday.",
        TUESDAY,
        [("Friday", "2031-09-19", "past")],
        id="a_span_from_a_participle-2",
    ),
    # a story that names no country but writes "Labour" and "Sept. 7 ... 10 a.m." is Canadian:
    # its Thanksgiving is in October
    pytest.param(
        "The harbourfront centre reopens Oct. 14 and the neighbourhood fair runs Oct. 20. "
        "Schools close for Thanksgiving.",
        TUESDAY,
        [
            ("Oct. 14", "2031-10-14", "planned"),
            ("Oct. 20", "2031-10-20", "planned"),
            ("Thanksgiving", "2031-10-13", "planned"),
        ],
        id="canadian_house_style-1",
    ),
    pytest.param(  # American spelling: the American Thanksgiving
        "The harborfront center reopens Oct. 14 and the neighborhood fair runs Oct. 20. "
        "Schools close for Thanksgiving.",
        TUESDAY,
        [
            ("Oct. 14", "2031-10-14", "planned"),
            ("Oct. 20", "2031-10-20", "planned"),
            ("Thanksgiving", "2031-11-27", "planned"),
        ],
        id="canadian_house_style-2",
    ),
    # Western Australia keeps the Queen's (King's) Birthday in late September
    pytest.param(
        "Perth will light up the foreshore for the Queen's Birthday fireworks, the City of "
        "Perth said.",
        dt.date(2019, 9, 24),
        [("Queen's Birthday", "2019-09-30", "planned")],
        id="a_states_own_birthday_holiday-1",
    ),
    # a present perfect with an irregular participle sets up what lies ahead, as "has called"
    pytest.param(
        "The council has made its car parks free from Monday until New Year's Eve.",
        TUESDAY,
        [("Monday", "2031-09-29", "planned"), ("New Year's Eve", "2031-12-31", "planned")],
        id="a_perfect_in_any_participle-1",
    ),
    pytest.param(
        "The tribunal has set a hearing for Thursday.",
        TUESDAY,
        [("Thursday", "2031-09-25", "planned")],
        id="a_perfect_in_any_participle-2",
    ),
    pytest.param(  # (not across a relative clause or "after": the storm's night is gone)
        "The regatta has been put back a month after the gale that hit the bay on Sunday night.",
        TUESDAY,
        [("on Sunday night", "2031-09-21", "past")],
        id="a_perfect_in_any_participle-3",
    ),
    # a quotation dated by the attribution that follows it
    pytest.param(
        '"Last Friday was the busiest day we have had," the harbour master said in an '
        "interview on Sept. 3.",
        TUESDAY,
        [("Last Friday", "2031-08-29", "past"), ("on Sept. 3", "2031-09-03", "past")],
        id="a_quotation_dated_after_it-1",
    ),
    pytest.param(
        '"The repairs start tomorrow," the council wrote in a notice dated Sept. 10.',
        TUESDAY,
        [("tomorrow", "2031-09-11", "past"), ("Sept. 10", "2031-09-10", "past")],
        id="a_quotation_dated_after_it-2",
    ),
    pytest.param(  # a date of something else after "said" does not date the quotation
        '"Last Friday was the busiest day," he said, adding that the ferry broke down on Sept. 3.',
        TUESDAY,
        [("Last Friday", "2031-09-19", "past"), ("on Sept. 3", "2031-09-03", "past")],
        id="a_quotation_dated_after_it-3",
    ),
]


@pytest.mark.parametrize(("body", "published", "expected"), CASES)
def test_the_rules_of_round_twenty_eight(
    body: str, published: dt.date, expected: list[tuple]
) -> None:
    assert rows(body, published) == expected
