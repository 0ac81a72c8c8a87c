"""Timeline rules for unseen stories, round twenty-six (issue 16), each on a fresh fictional
snippet.

The round read the first-run misses of the held-out sets cr, cs and cv to dc. The snippets are
new text, not the sets' articles.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_timeline_news import rows, story_rows

WEDNESDAY = dt.date(2031, 3, 5)  # Monday before it: 3 March; Monday after it: 10 March
EASTER_WEEK = dt.date(2031, 4, 9)  # a Wednesday; Easter Sunday is 13 April 2031
NZ_FEBRUARY = dt.date(2031, 2, 3)  # a Monday; Waitangi Day, 6 February 2031, is a Thursday


# Each case: a story's body, its day of publication, and the rows the timeline must give.
CASES = [
    # a weekday and the holiday in apposition to it are one expression, on the holiday's day
    pytest.param(
        "Buses in Wellington, New Zealand, will be free this Thursday, Waitangi Day, the "
        "council said.",
        NZ_FEBRUARY,
        [("this Thursday, Waitangi Day", "2031-02-06", "planned")],
        id="a_weekday_and_its_holiday_are_one_expression-1",
    ),
    pytest.param(  # a clock time before the weekday stays with it
        "Clocks go back an hour at 3am next Sunday, Easter Sunday, when summer time ends.",
        EASTER_WEEK,
        [("at 3am next Sunday, Easter Sunday", "2031-04-13", "planned")],
        id="a_weekday_and_its_holiday_are_one_expression-2",
    ),
    pytest.param(  # a holiday named by another weekday is another day: two rows
        "The shop will open on Monday, Good Friday and Easter Monday.",
        EASTER_WEEK,
        [
            ("on Monday", "2031-04-14", "planned"),
            ("Good Friday", "2031-04-11", "planned"),
            ("Easter Monday", "2031-04-14", "planned"),
        ],
        id="a_weekday_and_its_holiday_are_one_expression-3",
    ),
    pytest.param(  # a day counted from a holiday re-describes the weekday: two rows
        "The new ward opens at 7am on Tuesday, the day after Easter Monday.",
        EASTER_WEEK,
        [
            ("at 7am on Tuesday", "2031-04-15", "planned"),
            ("the day after Easter Monday", "2031-04-15", "planned"),
        ],
        id="a_weekday_and_its_holiday_are_one_expression-4",
    ),
    # a weekday right after a day that falls on it is that day
    pytest.param(
        "Racegoers heading to Flemington, Melbourne, for Derby Day on Saturday and Cup Day on "
        "Tuesday have been told to allow extra time.",
        dt.date(2031, 10, 29),  # a Wednesday; Cup Day is 4 November 2031
        [
            ("Derby Day", "2031-11-01", "planned"),
            ("on Saturday", "2031-11-01", "planned"),
            ("Cup Day", "2031-11-04", "planned"),
            ("on Tuesday", "2031-11-04", "planned"),
        ],
        id="a_weekday_beside_the_day_it_falls_on-1",
    ),
    # a history told in a second predicate leaves this year's dates alone
    pytest.param(
        "The regatta runs from Good Friday to Easter Monday and has been held every year since "
        "1962.",
        EASTER_WEEK,
        [
            ("Good Friday", "2031-04-11", "planned"),
            ("Easter Monday", "2031-04-14", "planned"),
            ("1962", "1962", "past"),
        ],
        id="a_history_in_a_second_predicate_is_not_a_habit-1",
    ),
    pytest.param(  # but a habit in the date's own clause still is one
        "The regatta is held every year on Easter Monday.",
        EASTER_WEEK,
        [],
        id="a_history_in_a_second_predicate_is_not_a_habit-2",
    ),
    # a standing rule ("Under the ... Act, shops must ...") names no day
    pytest.param(
        "Under the Trading Hours Act, most shops must stay closed on Good Friday and Easter "
        "Sunday.",
        EASTER_WEEK,
        [],
        id="a_standing_rule_names_no_day-1",
    ),
    pytest.param(
        "Under national rules, fireworks must not be set off after 11pm, except on New Year's "
        "Eve, when the cut-off is 1am.",
        WEDNESDAY,
        [],
        id="a_standing_rule_names_no_day-2",
    ),
    pytest.param(  # a deadline set under a rule is a day
        "Under state law, a candidate may ask for a recount and must file by noon March 12.",
        WEDNESDAY,
        [("noon March 12", "2031-03-12", "planned")],
        id="a_standing_rule_names_no_day-3",
    ),
    pytest.param(  # so is a day in a clause of its own
        "Under city rules, an appeal must be lodged within 30 days of the decision, which is "
        "expected Friday.",
        WEDNESDAY,
        [("Friday", "2031-03-07", "planned")],
        id="a_standing_rule_names_no_day-4",
    ),
    # a season and year in an aside give no year to the date after it
    pytest.param(
        "The old contract, agreed in spring 2028, ran out at the end of January.",
        WEDNESDAY,
        [("in spring 2028", "2028", "past"), ("at the end of January", "2031-01", "past")],
        id="a_year_in_an_aside_stays_in_it-1",
    ),
    # "the Sunday timetable" is a kind of timetable; "on the public holiday" is the holiday
    pytest.param(
        "Waitangi Day is on Thursday. Trains will run to the Sunday timetable on the public "
        "holiday, with a last train at 11pm.",
        NZ_FEBRUARY,
        [
            ("Waitangi Day", "2031-02-06", "planned"),
            ("on Thursday", "2031-02-06", "planned"),
            ("at 11pm", "2031-02-06", "planned"),
        ],
        id="a_timetable_weekday_and_the_holidays_clock_time-1",
    ),
    # a clock time naming a service with "a" ("a 7 a.m. sailing Friday") is on that day
    pytest.param(
        "The ferry company said a relief boat will take over the run with a 7 a.m. sailing Friday.",
        WEDNESDAY,
        [("7 a.m.", "2031-03-07", "planned"), ("Friday", "2031-03-07", "planned")],
        id="a_clock_time_naming_a_service_takes_its_day-1",
    ),
    # a holiday and its weekday ("Labour Day Monday") are one expression
    pytest.param(
        "Bookings in Halifax, Nova Scotia, for Friday through Labour Day Monday will be refunded.",
        dt.date(2031, 8, 27),  # a Wednesday; Labour Day is 1 September 2031
        [("Friday", "2031-08-29", "planned"), ("Labour Day Monday", "2031-09-01", "planned")],
        id="a_holiday_and_its_weekday_are_one_expression-1",
    ),
    # the day an organisation's fiscal year starts is every year's
    pytest.param(
        "The authority's fiscal year begins July 1. A final vote is due June 9, before the "
        "fiscal year begins July 1.",
        WEDNESDAY,
        [
            ("June 9", "2031-06-09", "planned"),
            ("the fiscal year", "2031", "planned"),
            ("July 1", "2031-07-01", "planned"),
        ],
        id="a_fiscal_years_first_day_is_every_years-1",
    ),
    # where a figure moved from is a baseline
    pytest.param(
        "The school roll has fallen from 41 in 2019 to nine this year.",
        WEDNESDAY,
        [("this year", "2031", "past")],
        id="where_a_figure_moved_from_is_a_baseline-1",
    ),
    # sets cv and cw
    pytest.param(  # a bare infinitive after a verb of seeing takes its past
        "Shopkeepers said nobody told them about the closure until they saw signs go up on Monday.",
        WEDNESDAY,
        [("on Monday", "2031-03-03", "past")],
        id="a_bare_infinitive_after_saw_takes_its_past-1",
    ),
    pytest.param(  # the Twelfth, when 12 July is a Sunday, is the Monday the parades are held
        "The Twelfth parades in Lisburn will take place tomorrow, and the contractor will wait "
        "until after the Twelfth.",
        dt.date(2026, 7, 12),  # a Sunday
        [
            ("The Twelfth", "2026-07-13", "planned"),
            ("tomorrow", "2026-07-13", "planned"),
            ("the Twelfth", "2026-07-13", "planned"),
        ],
        id="the_twelfth_on_a_sunday_is_the_monday-1",
    ),
    pytest.param(  # what was agreed on a day lies ahead
        "Both sides agreed Monday to go back to the table on Friday.",
        WEDNESDAY,
        [("Monday", "2031-03-03", "past"), ("on Friday", "2031-03-07", "planned")],
        id="agreed_on_a_day_to_do_something_ahead-1",
    ),
    pytest.param(  # the year a span opened gives no year to what happened since
        "The union has been without a contract since Aug. 31, 2029, and talks broke down Oct. 28.",
        WEDNESDAY,
        [("Aug. 31, 2029", "2029-08-31", "past"), ("Oct. 28", "2030-10-28", "past")],
        id="a_spans_start_gives_no_year-1",
    ),
    pytest.param(  # a year set off after the subject is the year of all it did
        "The last strike, in 2012, lasted 11 days and ended the week before Christmas.",
        WEDNESDAY,
        [("in 2012", "2012", "past"), ("the week before Christmas", "2012-12", "past")],
        id="a_year_set_off_after_the_subject-1",
    ),
    pytest.param(  # a plan told in the past ("was due", "had been due"): the nearest day
        "The boat was due on 28 February, but trials found a fault. The timetable change had "
        "been due in January.",
        WEDNESDAY,
        [("on 28 February", "2031-02-28", "past"), ("in January", "2031-01", "past")],
        id="what_was_due_is_the_nearest-1",
    ),
    pytest.param(  # "Sunday timetable" without "the" (a headline's) is a kind of timetable
        "Ferries on Sunday timetable for the holiday, the operator said on Tuesday.",
        WEDNESDAY,
        [("on Tuesday", "2031-03-04", "past")],
        id="a_timetable_weekday_and_the_holidays_clock_time-2",
    ),
    pytest.param(  # "Labor Day" says the story is American: its Independence Day is the 4th
        "Crews worked on Labor Day and will close the road before Independence Day.",
        dt.date(2031, 6, 18),
        [("on Labor Day", "2030-09-02", "past"), ("Independence Day", "2031-07-04", "planned")],
        id="a_countrys_holiday_names_the_country-1",
    ),
    # sets cx and cy
    pytest.param(  # "begin" is never a noun: "events at the marae begin/NN with" is a present
        "The festival events at the Kohatu marae begin with a dawn ceremony at 5.30am on Friday.",
        dt.date(2031, 2, 2),  # a Sunday: last Friday is nearer than the coming one
        [("at 5.30am on Friday", "2031-02-07", "planned")],
        id="begin_is_a_verb-1",
    ),
    pytest.param(  # a downpour is not planned: "after Sunday's downpour" has gone by
        "Sewage spill after Sunday's downpour; advice against bathing likely to stay until at "
        "least Saturday.",
        dt.date(2031, 3, 6),  # a Thursday: the coming Sunday is nearer than the last one
        [("Sunday", "2031-03-02", "past"), ("Saturday", "2031-03-08", "planned")],
        id="a_downpour_is_not_planned-1",
    ),
    pytest.param(  # a range of months naming a period gives both months
        "Net profit fell in the April-June period, and sales rose in the July to September "
        "quarter.",
        dt.date(2031, 11, 5),
        [
            ("April", "2031-04", "past"),
            ("June", "2031-06", "past"),
            ("July", "2031-07", "past"),
            ("September", "2031-09", "past"),
        ],
        id="a_range_of_months_names_both-1",
    ),
    pytest.param(  # "every carriage by 9am" tells when the carriages were full, not a habit
        "On Saturday the crowd filled every carriage by 9am, he said.",
        WEDNESDAY,
        [("On Saturday", "2031-03-01", "past"), ("9am", "2031-03-01", "past")],
        id="every_carriage_by_a_time_is_no_habit-1",
    ),
    pytest.param(  # weekday services named by their times run every weekday: no day
        "From Sunday, the 6.12am and 7.40am weekday services will be cut.",
        WEDNESDAY,
        [("Sunday", "2031-03-09", "planned")],
        id="weekday_services_are_no_day-1",
    ),
    # sets cz and da
    pytest.param(  # a warning issued in the past is for a time to come
        "The Met Office issued a yellow warning for wind yesterday covering much of Wales from "
        "6pm on Monday until 9pm on Tuesday.",
        WEDNESDAY,
        [
            ("yesterday", "2031-03-04", "past"),
            ("6pm on Monday", "2031-03-10", "planned"),
            ("9pm on Tuesday", "2031-03-11", "planned"),
        ],
        id="a_warning_is_for_a_time_to_come-1",
    ),
    pytest.param(  # "close on Thursday and reopen on Tuesday": the Tuesday after it
        "Council offices will close at 4pm on Thursday and reopen on Tuesday.",
        dt.date(2031, 4, 7),  # a Monday
        [("at 4pm on Thursday", "2031-04-10", "planned"), ("on Tuesday", "2031-04-15", "planned")],
        id="reopens_after_it_closes-1",
    ),
    pytest.param(  # "Election day is Thursday, Oct. 22": that day, and voting day with it
        "Election day is Thursday, Oct. 23, and the debate is the only one before voting day.",
        dt.date(2031, 10, 11),
        [
            ("Election day", "2031-10-23", "planned"),
            ("Thursday, Oct. 23", "2031-10-23", "planned"),
            ("voting day", "2031-10-23", "planned"),
        ],
        id="an_election_day_said_to_be_a_date-1",
    ),
    pytest.param(  # "Monday, the June bank holiday": one expression, the holiday's day
        "The festival in Galway runs from Friday to Monday, the June bank holiday.",
        dt.date(2031, 5, 28),  # a Wednesday; the June bank holiday is 2 June 2031
        [
            ("Friday", "2031-05-30", "planned"),
            ("Monday, the June bank holiday", "2031-06-02", "planned"),
        ],
        id="a_weekday_and_its_holiday_are_one_expression-5",
    ),
    pytest.param(  # "King Day" is Martin Luther King Jr. Day
        "The King Day march will end at the school.",
        dt.date(2031, 1, 15),
        [("King Day", "2031-01-20", "planned")],
        id="king_day-1",
    ),
    # sets db and dc
    pytest.param(  # "have since agreed" is no span since a day
        "Both sides have since agreed to meet at 10am on Tuesday.",
        WEDNESDAY,
        [("at 10am on Tuesday", "2031-03-11", "planned")],
        id="have_since_agreed-1",
    ),
    pytest.param(  # "Cup week": the week of Melbourne Cup Day, by the month of its Thursday
        "Cup week in Melbourne brings extra trams, the operator said on Monday.",
        dt.date(2031, 10, 29),  # Cup Day is 4 November 2031
        [("Cup week", "2031-11", "planned"), ("on Monday", "2031-10-27", "past")],
        id="cup_week-1",
    ),
    pytest.param(  # a clause after a comma is no span from the month before it
        "Drilling problems have pushed that back to mid-December, the engineer said, and the "
        "restrictions are likely to stay until the end of November.",
        dt.date(2031, 10, 24),
        [("mid-December", "2031-12", "planned"), ("the end of November", "2031-11", "planned")],
        id="a_new_clause_is_no_span-1",
    ),
    pytest.param(  # a participle done by someone in a month: past
        "A new bore, approved by councillors in April, was meant to be running by now.",
        dt.date(2031, 10, 24),
        [("in April", "2031-04", "past")],
        id="done_by_someone_in_a_month-1",
    ),
    pytest.param(  # a promise seen from the past: the nearest month
        "We were told the boat would be back in September, then by Thanksgiving.",
        dt.date(2031, 10, 9),
        [("in September", "2031-09", "past"), ("Thanksgiving", "2031-11-27", "planned")],
        id="a_promise_seen_from_the_past-1",
    ),
    pytest.param(  # "Paddy's Day" is St Patrick's Day
        "Publicans in Galway fear the strike on Paddy's Day will keep visitors away.",
        WEDNESDAY,
        [("on Paddy's Day", "2031-03-17", "planned")],
        id="paddys_day-1",
    ),
    pytest.param(  # a deadline given "until" a weekday lies ahead
        "The regulator on Wednesday gave the operator, the country's largest, until noon Monday "
        "to restore service.",
        WEDNESDAY,
        [("on Wednesday", "2031-03-05", "past"), ("noon Monday", "2031-03-10", "planned")],
        id="given_until_a_weekday-1",
    ),
    pytest.param(  # "the way it has been every year since 1972": a history, not a habit
        "It'll be lit on the Eleventh Night in Belfast the way it has been every year since 1972.",
        dt.date(2031, 7, 9),
        [("Eleventh Night", "2031-07-11", "planned"), ("1972", "1972", "past")],
        id="a_history_in_a_second_predicate_is_not_a_habit-3",
    ),
]


@pytest.mark.parametrize(("body", "published", "expected"), CASES)
def test_the_rules_of_round_twenty_six(
    body: str, published: dt.date, expected: list[tuple]
) -> None:
    assert rows(body, published) == expected


def test_a_deks_weekday_of_no_direction_is_the_one_the_body_dates() -> None:
    """ "Pupils take the stage on Sunday" in a Wednesday dek: a present that says no direction
    (last Sunday is nearer); the body's "will open ... on Sunday" says which."""
    story = (
        "Pupils to address the haggis\nThe nine pupils take the stage on Sunday as the "
        "consultation runs\n\nBy Jo Lee\n\nThe nine pupils will open the supper on Sunday."
    )
    assert story_rows(story, WEDNESDAY) == [
        ("on Sunday", "2031-03-09", "planned"),
        ("on Sunday", "2031-03-09", "planned"),
    ]
