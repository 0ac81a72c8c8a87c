"""Timeline rules for unseen stories, round twenty-nine (issue 16), each on a fresh fictional
snippet.

The round began from the errors of two read sets (dl and dm): a place's name the tagger read
as a verb, weekdays that share "next week", a hope told in the past, a holiday named to say
what it marks, a span "since" a holiday still ahead in the calendar, a participle after its
noun, Glasgow's Fair holidays; then from the errors of dr and ds (read after their first
runs): a source cited "according to", an event a future puts something on, the end of a
season, an aside in -ing, a holiday and its weekday. The snippets are new text, not the sets'
articles. The closing note of the session counts how many cases fail on the session's start
kit (a93cb59).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_timeline_news import rows

THURSDAY = dt.date(2031, 11, 13)  # Monday before it: 10 November; Monday after it: 17 November
FAIR_WEEK = dt.date(2031, 7, 10)  # a Thursday; Glasgow Fair Monday 2031 is 21 July


# Each case: a story's body, its day of publication, and the rows the timeline must give.
CASES = [
    # a gauge's or a place's last word that the tagger read as a verb is a noun: the clause's
    # verb came before it
    pytest.param(
        "The river topped out at the Kesh Ferry gauge early on Monday, the agency said.",
        THURSDAY,
        [("early on Monday", "2031-11-10", "past")],
        id="a_name_read_as_a_verb-1",
    ),
    pytest.param(  # (already right: the plural after a preposition)
        "The mayor spoke to reporters outside the council chambers on Monday.",
        THURSDAY,
        [("on Monday", "2031-11-10", "past")],
        id="a_name_read_as_a_verb-2",
    ),
    # a forecast in quotation marks is still a forecast
    pytest.param(
        "The pilots' union said a walkout on Saturday was 'more likely than not'.",
        THURSDAY,
        [("on Saturday", "2031-11-15", "planned")],
        id="a_quoted_forecast-1",
    ),
    pytest.param(
        "The pilots' union said a walkout on Saturday was likely.",
        THURSDAY,
        [("on Saturday", "2031-11-15", "planned")],
        id="a_quoted_forecast-2",
    ),
    # "next week" after two weekdays covers both, whatever the verb
    pytest.param(
        "The operator added extra sailings on Monday and Wednesday next week.",
        THURSDAY,
        [("on Monday", "2031-11-17", "planned"), ("Wednesday next week", "2031-11-19", "planned")],
        id="two_weekdays_next_week-1",
    ),
    pytest.param(
        "The airline added two flights on Monday or Friday next week.",
        THURSDAY,
        [("on Monday", "2031-11-17", "planned"), ("Friday next week", "2031-11-21", "planned")],
        id="two_weekdays_next_week-2",
    ),
    # a hope told in the past looks ahead; a hope in the past perfect, given up, is the nearer
    # day (round 46, after guideline round forty-nine: a dropped plan still ahead is planned)
    pytest.param(
        "A spokeswoman said the company hoped to reopen the mill on Sunday.",
        THURSDAY,
        [("on Sunday", "2031-11-16", "planned")],
        id="a_hope_told_in_the_past-1",
    ),
    pytest.param(
        "The club had hoped to open the new stand on Sunday, but the inspection failed.",
        THURSDAY,
        [("on Sunday", "2031-11-16", "planned")],
        id="a_hope_told_in_the_past-2",
    ),
    # a verb spelt the same in past and present, joined by "and" to a past, is a past
    pytest.param(
        "The committee spent a year on the list, and members read it aloud at a vigil on Sunday.",
        THURSDAY,
        [("on Sunday", "2031-11-09", "past")],
        id="a_second_past-1",
    ),
    pytest.param(
        "The council approved the plan, and crews will shut the road on Monday.",
        THURSDAY,
        [("on Monday", "2031-11-17", "planned")],
        id="a_second_past-2",
    ),
    # a holiday that opens a sentence to say what it marks is the feast, no day
    pytest.param(
        "Remembrance Day marks the end of the fighting in 1918.",
        THURSDAY,
        [("in 1918", "1918", "past")],
        id="what_a_holiday_marks-1",
    ),
    pytest.param(  # (a day in a sentence whose subject is something else)
        "The service on Remembrance Day marks the end of the festival.",
        THURSDAY,
        [("on Remembrance Day", "2031-11-11", "past")],
        id="what_a_holiday_marks-2",
    ),
    # a span "since" a day runs up to now: the day has gone by, though the calendar's next one
    # is only weeks ahead; "the first of the year" is New Year's Day
    pytest.param(
        "Ticket sales have tripled since Christmas.",
        THURSDAY,
        [("Christmas", "2030-12-25", "past")],
        id="since_a_holiday-1",
    ),
    pytest.param(
        "Prices have fallen since the first of the year.",
        THURSDAY,
        [("first of the year", "2031-01-01", "past")],
        id="since_a_holiday-2",
    ),
    pytest.param(
        "Work will start after the first of the year.",
        THURSDAY,
        [("first of the year", "2032-01-01", "planned")],
        id="since_a_holiday-3",
    ),
    # a participle right after its noun tells what was done then ("a warning issued Monday"),
    # not a plan ("a vote scheduled Monday") nor a state after "with"
    pytest.param(
        "A wind warning issued Monday for the coast is expected to stay in place until Friday.",
        THURSDAY,
        [("Monday", "2031-11-10", "past"), ("Friday", "2031-11-14", "planned")],
        id="a_participle_after_its_noun-1",
    ),
    pytest.param(
        "A vote scheduled Monday will settle the matter.",
        THURSDAY,
        [("Monday", "2031-11-17", "planned")],
        id="a_participle_after_its_noun-2",
    ),
    pytest.param(
        "Bins will be emptied a day late, with Monday routes collected Tuesday.",
        THURSDAY,  # ("Monday routes" names a kind of route, no row: datasets/README, round 31)
        [("Tuesday", "2031-11-18", "planned")],
        id="a_participle_after_its_noun-3",
    ),
    # Glasgow Fair Monday is the third Monday of July, Fair Friday the Friday before it
    pytest.param(
        "Strikes will hit services on Glasgow Fair Monday.",
        FAIR_WEEK,
        [("on Glasgow Fair Monday", "2031-07-21", "planned")],
        id="glasgow_fair-1",
    ),
    pytest.param(
        "Last year's Fair Friday was the busiest day on the line.",
        FAIR_WEEK,
        [("Last year's Fair Friday", "2030-07-12", "past")],
        id="glasgow_fair-2",
    ),
    # a source cited with "according to" is dated on its own, not by the year of what it counted
    pytest.param(
        "The county counted 48 landslips in 2030, according to a survey published on Nov. 3.",
        THURSDAY,
        [("in 2030", "2030", "past"), ("on Nov. 3", "2031-11-03", "past")],
        id="according_to-1",
    ),
    # a month naming an event the future puts something on lies ahead; the results of one do not
    pytest.param(
        "The board will put the levy on the August ballot.",
        THURSDAY,
        [("August", "2032-08", "planned")],
        id="an_event_still_to_come-1",
    ),
    pytest.param(
        "The board will certify the Oct. 28 results on Monday.",
        THURSDAY,
        [("Oct. 28", "2031-10-28", "past"), ("on Monday", "2031-11-17", "planned")],
        id="an_event_still_to_come-2",
    ),
    # "the end of winter" is the season's last month (a northern winter: February), "the start
    # of" its first; a school's "summer term" is no season
    pytest.param(
        "Repairs will not be finished until the end of winter.",
        THURSDAY,
        [("the end of winter", "2032-02", "planned")],
        id="the_end_of_a_season-1",
    ),
    pytest.param(
        "The valley has had little rain since the end of winter.",
        THURSDAY,
        [("the end of winter", "2031-02", "past")],
        id="the_end_of_a_season-2",
    ),
    pytest.param(
        "She will retire at the end of the summer term.",
        THURSDAY,
        [],
        id="the_end_of_a_season-3",
    ),
    # a present in -s the tagger read as a plural after a gerund ("Daylight saving ends")
    pytest.param(
        "Daylight saving ends at 2am on Sunday, and officials have reminded drivers to slow down.",
        THURSDAY,
        [("at 2am on Sunday", "2031-11-16", "planned")],
        id="a_present_after_a_gerund-1",
    ),
    # a place's name without "the" after a preposition, in a clause whose verb came before
    pytest.param(
        "Passengers were brought ashore at Kestle wharf shortly after 3am on Tuesday.",
        THURSDAY,
        [("3am on Tuesday", "2031-11-11", "past")],
        id="a_name_read_as_a_verb-3",
    ),
    pytest.param(  # (but after "said" a clause may open without "that")
        "Organizers said the fair at Cedar Park opens on Friday.",
        THURSDAY,
        [("on Friday", "2031-11-14", "planned")],
        id="a_name_read_as_a_verb-4",
    ),
    # an aside in -ing takes the tense of the verb it interrupts
    pytest.param(
        "The council said its lantern parade, starting at 6pm on Saturday, would go ahead.",
        THURSDAY,
        [("at 6pm on Saturday", "2031-11-15", "planned")],
        id="an_aside-1",
    ),
    # a holiday and the weekday that says when it is, one expression
    pytest.param(
        "Forecasters expect 37 degrees on Melbourne Cup day, next Tuesday, before a cool change.",
        dt.date(2031, 10, 30),
        [("on Melbourne Cup day, next Tuesday", "2031-11-04", "planned")],
        id="a_holiday_and_its_weekday-1",
    ),
]


@pytest.mark.parametrize(("body", "published", "expected"), CASES)
def test_the_rules_of_round_twenty_nine(
    body: str, published: dt.date, expected: list[tuple]
) -> None:
    assert rows(body, published) == expected
