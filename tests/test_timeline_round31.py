"""Timeline rules for unseen stories, round thirty-one (issue 16), each on a fresh snippet.

The round began from the errors of four read sets (dx and dy, then dz and ea, each pair read
only after its first run): a holiday kept on different days in different states, a province
named by its abbreviation, a weekend "ahead", a day of the month still to come, a deadline set
in a bullet, a deadline seen from a past perfect, "Friday last", baselines ("more than double
last year's", "against an average of", "down by more than half from", "from $34.00 at Tuesday's
close"), the hours of a rule, a headline's clock time the body dates, "half eleven", "Monday (16
March)", what is got ready "for Wednesday", what a council "was trying" or a plan is "to" do,
what "has not been ruled out", a day restated as "that day", a possessive noun the tagger reads
as a verb, "on course for", a future perfect, a stop "through Saturday", a law's year. The
snippets are new text, not the sets' articles. The closing note of the session counts how many
cases fail on the session's start kit (c899d8d).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_timeline_news import rows, story_rows

THURSDAY = dt.date(2031, 11, 13)  # the Monday before it: 10 November; the Friday: 7 November
SUNDAY = dt.date(2031, 12, 28)  # New Year's Day 2032 is the Thursday after it


# Each case: a story's body, its day of publication, and the rows the timeline must give.
CASES = [
    # a weekend "ahead" is the one to come, whatever the tense of the verb
    pytest.param(
        "With the long weekend ahead, staff warned that the hub would close.",
        THURSDAY,
        [("the long weekend", "2031-11", "planned")],
        id="ahead_after-1",
    ),
    # a day of the month alone takes the date still to come when the sentence looks ahead
    pytest.param(
        "The lease was extended to Dec. 16. The rise was backdated to Oct. 16. 'Our clock runs "
        "out on the 16th,' she said.",
        THURSDAY,
        [
            ("Dec. 16", "2031-12-16", "planned"),
            ("Oct. 16", "2031-10-16", "past"),
            ("on the 16th", "2031-12-16", "planned"),
        ],
        id="day_of_month_ahead-1",
    ),
    # a deadline a past perfect told of is the nearest day, not one still to come
    pytest.param(
        "The club had warned on Friday last that the match would be scrapped unless a sponsor "
        "came forward by Tuesday.",
        THURSDAY,
        [("on Friday last", "2031-11-07", "past"), ("Tuesday", "2031-11-11", "past")],
        id="deadline_seen_from_the_past-1",
    ),
    pytest.param(  # (a deadline told in a plain past is still ahead)
        "The club warned that the match would be scrapped unless a sponsor came forward by "
        "Tuesday.",
        THURSDAY,
        [("Tuesday", "2031-11-18", "planned")],
        id="deadline_seen_from_the_past-2",
    ),
    # baselines: what a figure is compared with is no entry
    pytest.param(
        "The premium was more than double last year's, the treasurer said.",
        THURSDAY,
        [],
        id="baseline-double",
    ),
    pytest.param(
        "Only 12mm of rain has fallen since 1 October, against an average of 64mm for October.",
        THURSDAY,
        [("1 October", "2031-10-01", "past")],
        id="baseline-average",
    ),
    pytest.param(
        "Takings on Monday were down by more than half from last Diwali.",
        THURSDAY,
        [("on Monday", "2031-11-10", "past")],
        id="baseline-share",
    ),
    pytest.param(
        "Complaints rose by a third on the previous year.",
        THURSDAY,
        [],
        id="baseline-share-2",
    ),
    pytest.param(
        "The shares rose 12% to $18.40 Wednesday, from $16.43 at Tuesday's close.",
        THURSDAY,
        [("Wednesday", "2031-11-12", "past")],
        id="baseline-to_from-1",
    ),
    pytest.param(
        "Net profit fell 9% to 2.1 billion euros from 2.3 billion euros a year earlier.",
        THURSDAY,
        [],
        id="baseline-to_from-2",
    ),
    pytest.param(
        "The levy is 3.1% higher than this year's $12 million budget.",
        THURSDAY,
        [],
        id="baseline-higher_than",
    ),
    pytest.param(
        "The roll has dropped from 880 pupils in 2016 to 610 this year.",
        THURSDAY,
        [("this year", "2031", "past")],
        id="baseline-moved_from",
    ),
    # the hours of a rule are no entries, both ends of each range
    pytest.param(
        "Under the new rules, sprinklers may be used only between 5am and 7am and between 8pm "
        "and 10pm.",
        THURSDAY,
        [],
        id="hours_of_a_rule-1",
    ),
    # "half eleven" (British, Irish) is a clock time
    pytest.param(
        "The fair opens on Saturday. 'The field will be full by half eleven,' he said.",
        THURSDAY,
        [("on Saturday", "2031-11-15", "planned"), ("half eleven", "2031-11-15", "planned")],
        id="half_eleven-1",
    ),
    pytest.param(  # (not "cut in half two years ago")
        "The budget was cut in half two years ago.",
        THURSDAY,
        [("two years ago", "2029", "past")],
        id="half_eleven-2",
    ),
    # a weekday with its date in brackets is one expression
    pytest.param(
        "Many firms are giving staff Monday (17 November) off.",
        THURSDAY,
        [("Monday (17 November)", "2031-11-17", "planned")],
        id="weekday_and_date_in_brackets-1",
    ),
    # what is got ready "for" a day lies ahead
    pytest.param(
        "'For Saturday I've baked 400 scones,' she said.",
        THURSDAY,
        [("Saturday", "2031-11-15", "planned")],
        id="for_the_day-1",
    ),
    # what a council was trying to do, what a plan is to do, lies ahead
    pytest.param(
        "The council said yesterday it was trying to hire coaches to run shuttles from 5am on "
        "Tuesday.",
        THURSDAY,
        [("yesterday", "2031-11-12", "past"), ("5am on Tuesday", "2031-11-18", "planned")],
        id="striving_to-1",
    ),
    pytest.param(
        "The head said the decision to close on Monday and Tuesday was made yesterday.",
        THURSDAY,
        [
            ("on Monday", "2031-11-17", "planned"),
            ("Tuesday", "2031-11-18", "planned"),
            ("yesterday", "2031-11-12", "past"),
        ],
        id="a_plan_to-1",
    ),
    pytest.param(  # (a verb "plans" is no plan noun: its own tense decides)
        "It plans to take over the plant on Oct. 1.",
        THURSDAY,
        [("on Oct. 1", "2032-10-01", "planned")],
        id="a_plan_to-2",
    ),
    # what has not been ruled out may still come
    pytest.param(
        "A longer strike before Easter has not been ruled out.",
        THURSDAY,
        [("Easter", "2032-03-28", "planned")],
        id="not_ruled_out-1",
    ),
    # "on that day", restating the day just given, is no entry
    pytest.param(
        "The holiday will be kept on Monday 17 November. The union has not ruled out a stoppage "
        "on that day.",
        THURSDAY,
        [("on Monday 17 November", "2031-11-17", "planned")],
        id="on_that_day-1",
    ),
    # a possessive's noun the tagger reads as a verb ("the town's parade") is no verb
    pytest.param(
        "The closure did not affect the town's Remembrance parade Monday morning, which drew "
        "hundreds.",
        THURSDAY,
        [("Monday morning", "2031-11-10", "past")],
        id="possessive_noun-1",
    ),
    # "on course for", a future perfect, a stop that runs on: ahead
    pytest.param(
        "The firm said Tuesday its trial succeeded, putting the drug on course for a U.S. "
        "decision by Sept. 14.",
        THURSDAY,
        [("Tuesday", "2031-11-11", "past"), ("Sept. 14", "2032-09-14", "planned")],
        id="on_course_for-1",
    ),
    pytest.param(
        "'The swell should have eased by Saturday morning,' the harbourmaster said.",
        THURSDAY,
        [("Saturday morning", "2031-11-15", "planned")],
        id="should_have_by-1",
    ),
    pytest.param(
        "The airline cancelled 30 flights on Thursday and said it had suspended all services "
        "through Friday.",
        THURSDAY,
        [("on Thursday", "2031-11-13", "past"), ("Friday", "2031-11-14", "planned")],
        id="stopped_through-1",
    ),
    pytest.param(  # (what was done by a day is over)
        "Crews had restored power to 9,000 homes by late Monday.",
        THURSDAY,
        [("late Monday", "2031-11-10", "past")],
        id="stopped_through-2",
    ),
    # a season one wants something "before" is the one to come
    pytest.param(
        "'We want a hearing before the summer,' she said.",
        THURSDAY,
        [("the summer", "2032", "planned")],
        id="before_the_season-1",
    ),
    # a clock time ending its sentence ("p.m.") is not counted from the next sentence's "hours
    # earlier"
    pytest.param(
        "Late Monday night the fire reached the ridge, where residents were told to leave at "
        "11:40 p.m. Many had packed hours earlier.",
        THURSDAY,
        [("Late Monday night", "2031-11-10", "past"), ("at 11:40 p.m.", "2031-11-10", "past")],
        id="clock_ends_its_sentence-1",
    ),
    # "level 3" is no figure: "five days later" is an entry
    pytest.param(
        "Tremors began on Nov 2, and the agency raised the alert to level 3 five days later.",
        THURSDAY,
        [("on Nov 2", "2031-11-02", "past"), ("five days later", "2031-11-07", "past")],
        id="level_is_no_figure-1",
    ),
    # a law's year is an entry, but later times do not count from it
    pytest.param(
        "The order was made on Monday under the Roads Act 1993. Roads were shut at 10am.",
        THURSDAY,
        [
            ("on Monday", "2031-11-10", "past"),
            ("1993", "1993", "past"),
            ("at 10am", "2031-11-10", "past"),
        ],
        id="law_year-1",
    ),
    # a timetable's plural weekdays: their hours are no entries
    pytest.param(
        "The order limits watering to Tuesdays and Fridays before 7 a.m. It will be reviewed on "
        "Monday.",
        THURSDAY,
        [("on Monday", "2031-11-17", "planned")],
        id="plural_weekdays-1",
    ),
]


@pytest.mark.parametrize(("body", "published", "expected"), CASES)
def test_the_rules_of_round_thirty_one(
    body: str, published: dt.date, expected: list[tuple]
) -> None:
    assert rows(body, published) == expected


def test_a_states_own_labour_day_is_the_one_a_week_away() -> None:
    story = (
        "Flood grants open as Birrawong heads into Labour Day long weekend\n\nFarmers across "
        "Australia can apply for grants. The hub will be closed on Labour Day, and the minister "
        "wants the first payments made before it. Australia's wettest summer since 2011 left "
        "the catchment full."
    )
    rows_ = story_rows(story, dt.date(2031, 5, 1))  # Queensland's Labour Day: Monday 5 May
    assert [row for row in rows_ if "Labour Day" in row[0]] == [
        ("Labour Day long weekend", "2031-05", "planned"),
        ("on Labour Day", "2031-05-05", "planned"),
    ]


def test_a_province_abbreviation_in_the_dateline_makes_a_canadian_story() -> None:
    story = (
        "Boil-water order dampens holiday\n\nBIRCH FALLS, N.B. — Residents must boil their water "
        "this weekend. Monday is Thanksgiving, and the hall's dinner is off."
    )
    assert story_rows(story, dt.date(2031, 10, 12)) == [
        ("this weekend", "2031-10", "planned"),
        ("Monday", "2031-10-13", "planned"),
        ("Thanksgiving", "2031-10-13", "planned"),
    ]


def test_a_bullets_deadline_set_is_still_to_come() -> None:
    story = (
        "Mediator named in port strike\nSummary\n- Government names judge as mediator, sets "
        "Wednesday midnight deadline\n- More than 60 ships anchored offshore\n\nThe government "
        "named a mediator on Thursday."
    )
    assert story_rows(story, THURSDAY)[0] == ("Wednesday midnight", "2031-11-19", "planned")


def test_a_headlines_clock_time_takes_the_day_the_body_gives_it() -> None:
    story = (
        "Hosepipe ban from midnight as holiday crowds arrive\n\nResidents will be banned from "
        "using hosepipes from midnight tonight."
    )
    assert story_rows(story, THURSDAY) == [
        ("midnight", "2031-11-13", "planned"),
        ("midnight tonight", "2031-11-13", "planned"),
    ]


def test_a_mastheads_weekday_over_a_breadcrumb_is_no_entry() -> None:
    story = (
        "The Harbour Sunday Post\nNews | Ceredigion\nSea swim set to go ahead on New Year's Day\n"
        "By Siân Ellis\nSunday 28 December 2031\n\nSwimmers will run into the sea at 11am on New "
        "Year's Day."
    )
    assert story_rows(story, SUNDAY) == [
        ("on New Year's Day", "2032-01-01", "planned"),
        ("at 11am on New Year's Day", "2032-01-01", "planned"),
    ]
