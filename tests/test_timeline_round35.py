"""Timeline rules for unseen stories, round thirty-five (issue 16), each on a fresh snippet.

The round began from the errors of ff, fg and fk (each read after its first run): the year a
payment or set of figures is for ("a dividend for 2025, but ... would decide the amount on Feb
25"), a month's baseline ("the July average", "its usual January total"), "Friday week, 13
November" as one expression, "the first on a Cup Day since 1986", "during last week's cold
snap", Brigid's Eve, "on Tuesday evening has already been called off", a weekday that opens its
sentence to say what kind of day it is ("Friday was already a PA day"), "the Friday trash route"
and "The long weekend has since become a busy one". Then, from fk and fv (fv read after its
first run): "Labour Weekend last year, ... between the Friday and the Monday", "the region's
driest winter", "in Budget 2024", a long weekend in a habit, a forecast "for the year to June",
"A second dose will follow in about four weeks", "in three weeks, on May 3", "plan for the
16th", "in morning trading on Tuesday" and "the Fourth" after a preposition. Then, from fv
again: "from a peak of 19 percent in October 2024", "in the same period of 2024", "against
Tuesday's close", ", which it bought in 2023, at an investor day on Thursday", "16 days later,
on Aug 20", "will be held ... and streamed online", "by midyear", a headline's "to pay travelers
stranded over Thanksgiving" and a wire story's "Polls closed at 8 p.m. (1800 GMT)". Then,
from fx (read after its first run): "The order, approved by the cabinet on Thursday evening,
came into force", "National rules already restrict ...:", "music from last year's festival
could still be heard at 1.30am on the bank holiday Monday", "the August bank holiday weekend in
2024", "the weekend passes", "said in a bulletin at 10 a.m.", a news conference as a day of
speaking and "after a fire tore through". And from fl and fm (left unread last session, read
after reporting them as held out): "founded in 1962 as a single tailor's shop in the old town,
... warned in January", "Last Easter we were full from the Thursday to the Monday", "rose 6% in
October from September", "December is when we make a third of our money", "by 6pm tomorrow,
Christmas Eve", "by lunchtime today" and "by mid-morning on Sunday". And from fp (likewise):
"would be cancelled on Tuesday", "Monday's bank holiday", "up from 74 per cent in a 2022
ballot", "the village's Burns Night supper on Sunday", "opened the spillway gates on Tuesday
afternoon" and a headline's "set for day after St Brigid's Day bank holiday". And from fr
(likewise): "has already cancelled its sailings on Sunday"; and from fg, "goes from 1800
people to about 9000".
The snippets are new text, not the sets' articles.
On the session's start kit (f502f22), 48 of the 51 cases and all 5 story tests fail; the other three
guard against over-reach.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_timeline_news import rows, story_rows

CASES_FF_FG_FK = [
    # the year a dividend is for gives no year to the day it will be set: that is next year's
    pytest.param(
        "The miner said it planned to pay a final dividend for 2031, but that its directors "
        "would set the amount on March 4.",
        dt.date(2032, 2, 11),
        [("2031", "2031", "past"), ("on March 4", "2032-03-04", "planned")],
        id="the_year_a_dividend_is_for",
    ),
    # a month's usual total and its average are any year's
    pytest.param(
        "The insurer had logged 12,000 claims by Tuesday evening, twice its usual February total.",
        dt.date(2032, 2, 12),
        [("Tuesday evening", "2032-02-10", "past")],
        id="its_usual_february_total",
    ),
    pytest.param(
        "Rain in the hills last week was double the July average, the weather office said "
        "on Monday.",
        dt.date(2031, 7, 23),
        [("last week", "2031-07", "past"), ("on Monday", "2031-07-21", "past")],
        id="the_july_average",
    ),
    # "Thursday week, 22 May": one expression, its written date agreeing
    pytest.param(
        "The union has notified a second stoppage for Thursday week, 22 May, and members will "
        "meet again on Monday.",
        dt.date(2031, 5, 11),
        [
            ("Thursday week, 22 May", "2031-05-22", "planned"),
            ("on Monday", "2031-05-12", "planned"),
        ],
        id="thursday_week_and_its_date",
    ),
    # "on a Labor Day" is any such day
    pytest.param(
        "If the march goes ahead, it would be the first on a Labor Day since 1990, organizers "
        "said Tuesday.",
        dt.date(2031, 8, 27),
        [("1990", "1990", "past"), ("Tuesday", "2031-08-26", "past")],
        id="the_first_on_a_labor_day",
    ),
    # the week of an event in the possessive is a date, even after "during"
    pytest.param(
        "The pipes burst during last week's freeze, the principal said on Friday.",
        dt.date(2031, 1, 26),
        [("last week", "2031-01", "past"), ("on Friday", "2031-01-24", "past")],
        id="during_last_weeks_freeze",
    ),
    # what has already been called off still lay ahead
    pytest.param(
        "The lantern walk on Thursday evening has already been called off because of the wind, "
        "the council said today.",
        dt.date(2031, 12, 29),
        [("on Thursday evening", "2032-01-01", "planned"), ("today", "2031-12-29", "past")],
        id="has_already_been_called_off",
    ),
    # a weekday that opens its sentence to say what kind of day it is: the one just named
    pytest.param(
        "The school board said it would decide by 6 a.m. Thursday whether to close schools. "
        "Thursday was already a PA day for elementary students.",
        dt.date(2031, 2, 11),
        [("6 a.m. Thursday", "2031-02-13", "planned"), ("Thursday", "2031-02-13", "planned")],
        id="thursday_was_already_a_pa_day",
    ),
    # a collection route named by its weekday is a timetable, no day
    pytest.param(
        "Libraries will be closed Friday for the holiday. Residents on the Friday garbage route "
        "should put their bins out by 7 a.m. Saturday.",
        dt.date(2031, 7, 2),
        [("Friday", "2031-07-04", "planned"), ("7 a.m. Saturday", "2031-07-05", "planned")],
        id="the_friday_garbage_route",
    ),
    # the holiday weekend as an institution: no date
    pytest.param(
        "The holiday was first observed in Ontario in 2008. The long weekend has since become "
        "the busiest for the valley's ski hill.",
        dt.date(2031, 2, 12),
        [("in 2008", "2008", "past")],
        id="the_long_weekend_has_since_become",
    ),
]


CASES_FK_FV = [
    # last year's holiday weekend, named with its year: its Friday and Monday are that year's
    pytest.param(
        "The pass road in New Zealand will not reopen before Labour Day on Monday. Labour "
        "Weekend last year, about 9,000 cars crossed it between the Friday and the Monday.",
        dt.date(2031, 10, 25),
        [
            ("Labour Day", "2031-10-27", "planned"),
            ("on Monday", "2031-10-27", "planned"),
            ("Labour Weekend last year", "2030-10", "past"),
            ("Friday", "2030-10-25", "past"),
            ("Monday", "2030-10-28", "past"),
        ],
        id="labour_weekend_last_year_friday_to_monday",
    ),
    # a season told by its weather after a possessive
    pytest.param(
        "Forecasters in New Zealand said the fires followed the district's driest winter "
        "since 2012.",
        dt.date(2031, 10, 8),
        [("driest winter", "2031", "past"), ("2012", "2012", "past")],
        id="the_districts_driest_winter",
    ),
    # a budget's title year in the middle of a sentence
    pytest.param(
        "The province set aside $40 million for the bridge in Budget 2029, but work will not "
        "start until 2033.",
        dt.date(2031, 5, 6),
        [("2029", "2029", "past"), ("2033", "2033", "planned")],
        id="in_budget_2029",
    ),
    # a long weekend in a habit is any year's
    pytest.param(
        "Canadian Thanksgiving falls on Oct. 13, and the ferry normally carries its heaviest "
        "loads of the year over the long weekend.",
        dt.date(2031, 10, 7),
        [
            ("Canadian Thanksgiving", "2031-10-13", "planned"),
            ("on Oct. 13", "2031-10-13", "planned"),
        ],
        id="normally_over_the_long_weekend",
    ),
    # a forecast for "the year to June" looks ahead; the profit for it was earned
    pytest.param(
        "The grocer cut its profit forecast for the year to June on Tuesday.",
        dt.date(2032, 2, 11),
        [("June", "2032-06", "planned"), ("on Tuesday", "2032-02-10", "past")],
        id="a_forecast_for_the_year_to_june",
    ),
    pytest.param(
        "The grocer's profit for the year to June rose 4%, it said on Tuesday.",
        dt.date(2031, 8, 20),
        [("June", "2031-06", "past"), ("on Tuesday", "2031-08-19", "past")],
        id="the_profit_for_the_year_to_june",
    ),
    # "a second dose will follow in about four weeks": the count is of doses, the time ahead
    pytest.param(
        "Vaccination starts on Saturday. A second dose will follow in about four weeks, the "
        "ministry said.",
        dt.date(2031, 3, 5),
        [("on Saturday", "2031-03-08", "planned"), ("in about four weeks", "2031-04", "planned")],
        id="a_second_dose_in_about_four_weeks",
    ),
    pytest.param(
        "It was the second time in two months that the line had failed.",
        dt.date(2031, 3, 5),
        [],
        id="the_second_time_in_two_months",
    ),
    # "in three weeks, on May 4": the date says it again (only the date is a row)
    pytest.param(
        '"The runoff will take place in three weeks, on May 4," the chairman said on Sunday.',
        dt.date(2031, 4, 13),
        [("on May 4", "2031-05-04", "planned"), ("on Sunday", "2031-04-13", "past")],
        id="in_three_weeks_on_may_4",
    ),
    # "plan for the 17th": a day of the month after "for"
    pytest.param(
        '"Parents should plan for the 17th," the minister told reporters on Tuesday.',
        dt.date(2031, 3, 5),
        [("the 17th", "2031-03-17", "planned"), ("on Tuesday", "2031-03-04", "past")],
        id="plan_for_the_17th",
    ),
    # "in afternoon trading on Friday": two rows, both Friday
    pytest.param(
        "Shares of Halden fell 3.1% on Thursday and were down another 0.8% in afternoon "
        "trading on Friday.",
        dt.date(2031, 2, 7),
        [
            ("on Thursday", "2031-02-06", "past"),
            ("afternoon", "2031-02-07", "past"),
            ("on Friday", "2031-02-07", "past"),
        ],
        id="in_afternoon_trading_on_friday",
    ),
    # "the Fourth" after a preposition is the Fourth of July; the holiday named in general none
    pytest.param(
        "The Ohio council moved the parade back to the Fourth at its June 20 meeting. "
        '"Nobody wants to be the town that cancels the Fourth," the mayor said.',
        dt.date(2031, 6, 24),
        [("the Fourth", "2031-07-04", "planned"), ("June 20", "2031-06-20", "past")],
        id="back_to_the_fourth",
    ),
]


CASES_FV = [
    # a figure's starting point is a baseline: "from a peak of", "in the same period of"
    pytest.param(
        "Inflation fell to 6.1 percent in May from a peak of 17 percent in September 2029.",
        dt.date(2031, 6, 20),
        [("in May", "2031-05", "past")],
        id="from_a_peak_of",
    ),
    pytest.param(
        "Net profit rose to $310 million from $240 million in the same period of 2030.",
        dt.date(2031, 10, 22),
        [],
        id="in_the_same_period_of",
    ),
    pytest.param(
        "Harlow shares were up 4.2% at $18.40, against Tuesday's close of $17.66.",
        dt.date(2031, 10, 22),
        [],
        id="against_tuesdays_close",
    ),
    # a relative clause set off by commas keeps its past to itself
    pytest.param(
        "The company will set out plans for its Tarn project, which it bought in 2029, at an "
        "investor day in London on Thursday.",
        dt.date(2031, 10, 21),
        [("in 2029", "2029", "past"), ("on Thursday", "2031-10-23", "planned")],
        id="which_it_bought_then_an_investor_day",
    ),
    # a count that the date beside it says again gets no row
    pytest.param(
        "About 900 workers walked out on Aug. 4. The strike ended 12 days later, on Aug. 16, "
        "when the union accepted a deal.",
        dt.date(2031, 10, 21),
        [("on Aug. 4", "2031-08-04", "past"), ("on Aug. 16", "2031-08-16", "past")],
        id="twelve_days_later_on_aug_16",
    ),
    # "will be held ... and streamed": the second participle is still "will be"'s
    pytest.param(
        "The ceremony will be held at the town hall and streamed online from 7 p.m. on Friday.",
        dt.date(2031, 10, 21),
        [("7 p.m. on Friday", "2031-10-24", "planned")],
        id="held_and_streamed",
    ),
    # "by midyear": the year
    pytest.param(
        "Regulators opened an inquiry in December and are expected to report by midyear.",
        dt.date(2032, 1, 16),
        [("in December", "2031-12", "past"), ("midyear", "2032", "planned")],
        id="by_midyear",
    ),
]


def test_a_headlines_participle_keeps_its_past() -> None:
    story = (  # "to pay" is headline future, but "stranded over Thanksgiving" is gone by
        "Judge gives airline until Feb. 27 to pay travelers stranded over Thanksgiving\n\nThe "
        "judge in Oregon ruled on Thursday."
    )
    assert story_rows(story, dt.date(2032, 1, 16)) == [
        ("Feb. 27", "2032-02-27", "planned"),
        ("Thanksgiving", "2031-11-27", "past"),
        ("on Thursday", "2032-01-15", "past"),
    ]


def test_a_wire_storys_bare_time_converted_to_gmt_is_the_days() -> None:
    story = (  # the last day told is weeks back: "at 8 p.m. (1800 GMT)" is the dateline's day
        "Runoff count begins in Velmorra\n\nVELMORRA, March 16 (GPA) - Voters went to the polls "
        "on Sunday in a runoff.\n\nThe challenger led the first round on Feb. 23, and the "
        "third-placed candidate endorsed her two days later.\n\nPolls closed at 8 p.m. (1800 "
        "GMT)."
    )
    assert story_rows(story, dt.date(2031, 3, 16)) == [
        ("March 16", "2031-03-16", "past"),
        ("on Sunday", "2031-03-16", "past"),
        ("on Feb. 23", "2031-02-23", "past"),
        ("two days later", "2031-02-25", "past"),
        ("at 8 p.m.", "2031-03-16", "past"),
        ("1800 GMT", "2031-03-16", "past"),
    ]


CASES_FX = [
    # a participle with its agent set off by commas tells what was done then
    pytest.param(
        "The emergency order, approved by the borough council's cabinet on Thursday evening, "
        "came into force at midnight on Sunday.",
        dt.date(2031, 11, 4),
        [
            ("on Thursday evening", "2031-10-30", "past"),
            ("at midnight on Sunday", "2031-11-02", "past"),
        ],
        id="approved_by_the_cabinet_on_thursday_evening",
    ),
    # a rule's own list after a colon: no days
    pytest.param(
        "National rules already restrict when fireworks can be set off: not between 11pm and "
        "7am, except on Bonfire Night, when the curfew is midnight.",
        dt.date(2031, 11, 4),
        [],
        id="national_rules_restrict",
    ),
    # "could" of last year's festival, and that festival's bank holiday Monday
    pytest.param(
        "Residents in Ireland say music from last year's festival could still be heard at 2am "
        "on the bank holiday Monday.",
        dt.date(2031, 5, 24),
        [
            ("last year", "2030", "past"),
            ("at 2am on the bank holiday Monday", "2030-06-03", "past"),
        ],
        id="last_years_festival_could_still_be_heard",
    ),
    # a holiday weekend with its year after "in": one expression
    pytest.param(
        "The festival in Ireland had been due to move to the August bank holiday weekend in "
        "2029, but the plan was dropped.",
        dt.date(2031, 5, 24),
        [("the August bank holiday weekend in 2029", "2029-08", "past")],
        id="the_august_bank_holiday_weekend_in_2029",
    ),
    # weekend passes are tickets
    pytest.param(
        "Tickets went on sale last October and the weekend passes were gone within a week.",
        dt.date(2031, 5, 24),
        [("last October", "2030-10", "past")],
        id="the_weekend_passes",
    ),
    # a news conference is a day of speaking: the quotation after it counts from it
    pytest.param(
        "The mayor appeared at a news conference Thursday afternoon, flanked by the police "
        'chief. "By tomorrow night I want every car off those routes," she said.',
        dt.date(2032, 1, 16),
        [("Thursday afternoon", "2032-01-15", "past"), ("tomorrow night", "2032-01-16", "planned")],
        id="tomorrow_night_said_at_a_news_conference",
    ),
    # "after a fire tore/NN through": a past in a clause of time
    pytest.param(
        "The refinery will stay shut until at least early October after a fire tore through "
        "its crude unit on Saturday night, the operator said on Tuesday.",
        dt.date(2031, 9, 16),
        [
            ("early October", "2031-10", "planned"),
            ("on Saturday night", "2031-09-13", "past"),
            ("on Tuesday", "2031-09-16", "past"),
        ],
        id="after_a_fire_tore_through",
    ),
]


CASES_FL_FM = [
    # an aside's year closes with its comma however long the aside runs
    pytest.param(
        "The retailer, founded in 1958 as a single tailor's shop in the old town, has lost "
        "money for three years and warned in January that it could run short of cash.",
        dt.date(2032, 3, 5),
        [("in 1958", "1958", "past"), ("in January", "2032-01", "past")],
        id="founded_in_1958_as_a_tailors_shop",
    ),
    # last Easter's Thursday and Monday
    pytest.param(
        "The hotel in Scotland is full for Good Friday. 'Last Easter we were full from the "
        "Thursday to the Monday,' said the owner.",
        dt.date(2032, 3, 20),
        [
            ("Good Friday", "2032-03-26", "planned"),
            ("Last Easter", "2031-04-13", "past"),
            ("Thursday", "2031-04-10", "past"),
            ("Monday", "2031-04-14", "past"),
        ],
        id="last_easter_from_the_thursday_to_the_monday",
    ),
    # "rose 6% in October from September": September is the baseline
    pytest.param(
        "Egg prices rose 6% in October from September, state statistics showed on Monday.",
        dt.date(2031, 11, 20),
        [("in October", "2031-10", "past"), ("on Monday", "2031-11-17", "past")],
        id="in_october_from_september",
    ),
    # a month in general
    pytest.param(
        '"December is when we make a third of our money," the union chairman said on Tuesday.',
        dt.date(2031, 11, 20),
        [("on Tuesday", "2031-11-18", "past")],
        id="december_is_when",
    ),
    # "tomorrow, Christmas Eve": the holiday says which day it is, one expression
    pytest.param(
        "Supply in Northern Ireland should be restored by 6pm tomorrow, Christmas Eve, the "
        "company said.",
        dt.date(2031, 12, 23),
        [("6pm tomorrow, Christmas Eve", "2031-12-24", "planned")],
        id="six_pm_tomorrow_christmas_eve",
    ),
    # a part of a day before its day: one expression
    pytest.param(
        '"We will have the new section in by lunchtime today," the engineer said.',
        dt.date(2031, 12, 23),
        [("lunchtime today", "2031-12-23", "planned")],
        id="by_lunchtime_today",
    ),
    pytest.param(
        "The fire started at 11:20 p.m. on Saturday and was brought under control by "
        "mid-morning on Sunday, the company said.",
        dt.date(2031, 9, 16),
        [
            ("at 11:20 p.m. on Saturday", "2031-09-13", "past"),
            ("mid-morning on Sunday", "2031-09-14", "past"),
        ],
        id="by_mid_morning_on_sunday",
    ),
]


CASES_FP = [
    # what "would be cancelled" on a weekday lies ahead
    pytest.param(
        "The hospital said about 60 planned operations would be cancelled on Tuesday and "
        "Wednesday.",
        dt.date(2032, 1, 29),
        [("on Tuesday", "2032-02-03", "planned"), ("Wednesday", "2032-02-04", "planned")],
        id="would_be_cancelled_on_tuesday",
    ),
    # "Monday's bank holiday": the bank holiday Monday within the week
    pytest.param(
        "The health group in Ireland said it had proposed talks on Monday's bank holiday, "
        "which the union dismissed.",
        dt.date(2032, 1, 29),
        [("on Monday", "2032-02-02", "planned")],
        id="mondays_bank_holiday",
    ),
    # "up from 74 per cent in a 2029 ballot": a baseline
    pytest.param(
        "Members voted by 91 per cent for strike action, up from 74 per cent in a 2029 ballot "
        "on staffing.",
        dt.date(2032, 1, 29),
        [],
        id="up_from_74_per_cent_in_a_2029_ballot",
    ),
    # the holiday's event on its weekday
    pytest.param(
        "The only road into the village in Scotland was closed yesterday, leaving 300 people "
        "cut off with the village's Burns Night supper on Sunday.",
        dt.date(2032, 1, 20),
        [
            ("yesterday", "2032-01-19", "past"),
            ("Burns Night", "2032-01-25", "planned"),
            ("on Sunday", "2032-01-25", "planned"),
        ],
        id="burns_night_supper_on_sunday",
    ),
    # "the spillway gates/VBZ": a noun of the object, not a present
    pytest.param(
        "It opened the spillway gates on Tuesday afternoon to relieve pressure on the dam.",
        dt.date(2031, 3, 12),
        [("on Tuesday afternoon", "2031-03-11", "past")],
        id="opened_the_spillway_gates",
    ),
    # from fr: a perfect's cancelled day is still to come; the simple past's has gone by
    pytest.param(
        "The island ferry has already cancelled its sailings on Sunday.",
        dt.date(2031, 5, 27),
        [("on Sunday", "2031-06-01", "planned")],
        id="has_already_cancelled_its_sailings_on_sunday",
    ),
    pytest.param(
        "The island ferry cancelled its sailings on Sunday.",
        dt.date(2031, 5, 27),
        [("on Sunday", "2031-05-25", "past")],
        id="cancelled_its_sailings_on_sunday",
    ),
    # from fg: a number before "people" is a count, whatever it is; "In 2019" keeps its year
    pytest.param(
        '"The beach goes from 1800 people to about 9000 over a long weekend," he said. In 2019 '
        "people rallied.",
        dt.date(2031, 10, 23),
        [("In 2019", "2019", "past")],
        id="from_1800_people",
    ),
]


def test_a_headlines_day_after_the_bank_holiday() -> None:
    story = (  # headlinese leaves out "the": "set for day after ... bank holiday"
        "Hospital strike set for day after St Brigid's Day bank holiday\n\nNurses in Ireland "
        "will stage a strike from 8am on Tuesday 3 February."
    )
    assert story_rows(story, dt.date(2032, 1, 28)) == [
        ("day after St Brigid's Day bank holiday", "2032-02-03", "planned"),
        ("8am on Tuesday 3 February", "2032-02-03", "planned"),
    ]


def test_a_bulletins_time_is_the_day_it_was_issued() -> None:
    story = (  # "said in a bulletin at 10 a.m.": the day of the bulletin, the wire story's day
        "Volcano erupts on Corvena\n\nSAN ELIODORO, Corvena (GPS) - Mount Tolvara erupted "
        "early Saturday.\n\nLava reached the coast road late Friday.\n\nThe volcanological "
        "institute said in a bulletin at 10 a.m. that emissions had tripled."
    )
    assert story_rows(story, dt.date(2031, 4, 12)) == [
        ("early Saturday", "2031-04-12", "past"),
        ("late Friday", "2031-04-11", "past"),
        ("at 10 a.m.", "2031-04-12", "past"),
    ]


def test_brigids_eve_is_the_last_day_of_january() -> None:
    story = (  # St Brigid's Eve, 31 January (a Saturday in 2032)
        "Storm threatens Brigid's Eve walk in Kilrane\n\nThe school in Co Clare said its "
        "Brigid's Eve procession would go ahead on Saturday."
    )
    assert story_rows(story, dt.date(2032, 1, 28)) == [
        ("Brigid's Eve", "2032-01-31", "planned"),
        ("Brigid's Eve", "2032-01-31", "planned"),
        ("on Saturday", "2032-01-31", "planned"),
    ]


@pytest.mark.parametrize(
    ("body", "published", "expected"),
    [*CASES_FF_FG_FK, *CASES_FK_FV, *CASES_FV, *CASES_FX, *CASES_FL_FM, *CASES_FP],
)
def test_the_rules_of_round_thirty_five(
    body: str, published: dt.date, expected: list[tuple]
) -> None:
    assert rows(body, published) == expected
