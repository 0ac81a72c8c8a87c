"""Timeline rules for unseen stories, round thirty-three (issue 16), each on a fresh snippet.

The round began from the errors of en and eo (held out for a session, then read): "the holiday
weekend" after a holiday, "later in the week" on a Saturday, "9:45 p.m. on the Fourth", a
weekday in "Sunday and public holiday bus services", "was called off on Saturday", a quotation's
day told after it by a weekday ("... since last night," she said on Saturday afternoon), a
quotation in straight marks that runs over two sentences, Nollaig na mBan, "on Monday, the St
Andrew's Day holiday", "had been booked to travel between Sunday and Tuesday", "advised
households to charge phones on Tuesday", a noun the tagger read as a verb ("a load of wet
snow"), "each school day", a paper's Canadian e-mail address and metric spelling, "the fall
sitting", a season told by its weather ("a dry autumn left", "its driest spring"), a committee
named after a holiday, "the weekend" said on a Friday, "on a school day", and a feast followed
by its verb ("Bonfire Night brings"); then, from ep and eq (read after their first run), a
clock time in an aside ("The petition, filed ... at 11:38 p.m., lists"), "missed a payment due
Feb. 9", a paper's title and a treaty's name, "more than in the whole of last summer", "would
... if it had been open by Sunday", "is still Canada Day", last year's holiday weekend, "a wet
April", the Western church's feasts and Orthodox Easter, "whose financial year ends in March",
"earlier than last year", a habit in another clause, "an end date of", "like it closed", a
headline's "this long weekend", "March Break" and "after bank holiday"; and from er and es, a
headline over two lines, "had asked the operator on Tuesday to", a holiday before "under", "when
it was still the Queen's Birthday weekend", "their lowest level since October" and "the weekend"
written on a Thursday; and from et and eu, what led to a plan, "closed Monday for Presidents
Day", "known for its December sale", "heading home by Monday evening" and "pushed to fall"; and
from ev and ew, "for the following day", a habit's clock times, "three times the number it
handled", "at 6am and 10pm each day", what a day is called and the rule a holiday follows,
"Halloween bonfires", a local time with no statement, a headline's "over weekend" and "after
Friday night windstorm"; and from ex and ey, "at 10 p.m. next Monday, May 19", a "since" that
gives a reason, "the holiday weekend" after a holiday weekend, International Women's Day and "set
a Jan. 11 trial date". The snippets are new text, not the sets' articles.
The closing note of the session counts how many cases fail on the session's start kit (1b01384).
"""

from __future__ import annotations

import datetime as dt

import pytest

from lessons.timeline.country import story_country
from tests.test_timeline_news import rows, story_rows

CASES_EN_EO = [
    # "the holiday weekend": the weekend next to the holiday the story named
    pytest.param(
        "Millport's Fourth of July parade steps off at 9 a.m. Forecasters expect highs near 98 "
        "through the holiday weekend.",
        dt.date(2031, 6, 28),
        [
            ("Fourth of July", "2031-07-04", "planned"),
            ("at 9 a.m.", "2031-07-04", "planned"),
            ("the holiday weekend", "2031-07", "planned"),
        ],
        id="the_holiday_weekend",
    ),
    # "later in the week", written on a Saturday: the coming week
    pytest.param(
        "The weather office issued a heat advisory that runs until 8 p.m. Tuesday, and "
        "forecasters said a stronger warning was likely later in the week.",
        dt.date(2031, 6, 28),
        [("8 p.m. Tuesday", "2031-07-01", "planned"), ("later in the week", "2031-07", "planned")],
        id="later_in_the_week_on_a_saturday",
    ),
    # a clock time "on the Fourth": one row, the holiday's
    pytest.param(
        "The Fourth of July parade steps off at 10 a.m. The fireworks over Lake Ardley are set "
        "for 9:45 p.m. on the Fourth, with a rain date of July 5.",
        dt.date(2031, 6, 26),
        [
            ("The Fourth of July", "2031-07-04", "planned"),
            ("at 10 a.m.", "2031-07-04", "planned"),
            ("9:45 p.m. on the Fourth", "2031-07-04", "planned"),
            ("July 5", "2031-07-05", "planned"),
        ],
        id="a_clock_time_on_the_fourth",
    ),
    # a weekday's services, with the holiday's: a timetable
    pytest.param(
        "Normal Sunday and public holiday bus services will run on Monday.",
        dt.date(2031, 10, 24),
        [("on Monday", "2031-10-27", "planned")],
        id="sunday_and_public_holiday_services",
    ),
    # "was called off on Saturday": when it was called off (but "canceled classes Monday" is
    # whichever Monday is nearer)
    pytest.param(
        "The town's biggest bonfire will not be rearranged after it was called off on Saturday "
        "because of gales.",
        dt.date(2031, 11, 5),
        [("on Saturday", "2031-11-01", "past")],
        id="was_called_off_on_saturday",
    ),
    # a quotation in straight marks over two sentences, its day told after it by a weekday
    pytest.param(
        '"I start a new job on Tuesday. I\'ve rung my boss twice since last night," Ms Vane '
        "said on Saturday afternoon. She said she would drive on Monday.",
        dt.date(2031, 9, 7),
        [
            ("on Tuesday", "2031-09-09", "planned"),
            ("last night", "2031-09-05", "past"),
            ("on Saturday afternoon", "2031-09-06", "past"),
            ("on Monday", "2031-09-08", "planned"),
        ],
        id="since_last_night_she_said_on_saturday",
    ),
    pytest.param(
        "The money will be handed over at a dinner on Nollaig na mBan.",
        dt.date(2031, 12, 22),
        [("on Nollaig na mBan", "2032-01-06", "planned")],
        id="nollaig_na_mban",
    ),
    # a holiday in apposition to its weekday: one row, the substitute Monday (since round
    # thirty-eight of the guidelines; round forty-two of the rules)
    pytest.param(
        "The strike runs until Tuesday, so there will be no sailings on Monday, the St Andrew's "
        "Day holiday, when many had planned to travel.",
        dt.date(2031, 11, 29),
        [
            ("Tuesday", "2031-12-02", "planned"),
            ("on Monday, the St Andrew's Day holiday", "2031-12-01", "planned"),
        ],
        id="on_monday_the_st_andrews_day_holiday",
    ),
    pytest.param(
        "About 900 passengers had been booked to travel between Sunday and Tuesday.",
        dt.date(2031, 11, 29),
        [("Sunday", "2031-11-30", "planned"), ("Tuesday", "2031-12-02", "planned")],
        id="had_been_booked_to_travel_between",
    ),
    # advice for a day: the nearer one
    pytest.param(
        "The network operator said it had crews ready and advised households along the coast to "
        "charge phones and torches on Tuesday.",
        dt.date(2031, 12, 22),
        [("on Tuesday", "2031-12-23", "planned")],
        id="advised_households_to_charge_phones_on_tuesday",
    ),
    # "a load of wet snow/VBP early Tuesday": a noun, so the clause's verb is "gave"
    pytest.param(
        "Pupils will hold their ceremony at the legion hall next Wednesday after the roof of "
        "the school's gym gave way under a load of wet snow early Tuesday.",
        dt.date(2031, 11, 6),
        [("next Wednesday", "2031-11-12", "planned"), ("early Tuesday", "2031-11-04", "past")],
        id="a_load_of_wet_snow_early_tuesday",
    ),
    pytest.param(
        "Classes were cancelled on Wednesday, and pupils will start on Monday at Ridgeview, with "
        "buses leaving the school lot at 7:40 a.m. each school day.",
        dt.date(2031, 11, 6),
        [("on Wednesday", "2031-11-05", "past"), ("on Monday", "2031-11-10", "planned")],
        id="at_7_40_each_school_day",
    ),
    pytest.param(
        "The member said he would press the province for new ferries when the fall sitting "
        "begins Oct. 6.",
        dt.date(2031, 9, 7),
        [("the fall", "2031", "planned"), ("Oct. 6", "2031-10-06", "planned")],
        id="the_fall_sitting",
    ),
    # a season told by its weather, before its verb or as a superlative
    pytest.param(
        "The slopes opened late after a dry autumn left the snowmaking dam low. The district has "
        "had its driest spring since 2002.",
        dt.date(2031, 11, 20),
        [
            ("dry autumn", "2031", "past"),
            ("driest spring", "2031", "past"),
            ("2002", "2002", "past"),
        ],
        id="a_dry_autumn_left_its_driest_spring",
    ),
    # a committee named after a holiday is no day (nor the day the quotation was spoken)
    pytest.param(
        '"We will march," said the Rev. Ann Poole, who chairs the Millport King Day Committee. '
        '"A little snow on Saturday will not stop us Monday."',
        dt.date(2031, 1, 17),
        [("on Saturday", "2031-01-18", "planned"), ("Monday", "2031-01-20", "planned")],
        id="the_king_day_committee",
    ),
    # "the weekend" said on a Friday: the one starting the next day
    pytest.param(
        '"We get the weekend off, and then it\'s Tuesday," coach Leo Marsh said Friday.',
        dt.date(2031, 4, 5),
        [
            ("the weekend", "2031-04", "planned"),
            ("Tuesday", "2031-04-08", "planned"),
            ("Friday", "2031-04-04", "past"),
        ],
        id="the_weekend_said_on_a_friday",
    ),
    pytest.param(
        "'If it had come down at 10 a.m. on a school day, I don't want to think about it,' the "
        "caretaker said.",
        dt.date(2031, 11, 6),
        [],
        id="at_10_on_a_school_day",
    ),
    # a feast before its verb is a day (but "how much Thanksgiving means" is the feast itself)
    pytest.param(
        "Bonfire Night brings more worry: gusts of 50mph are forecast.",
        dt.date(2031, 11, 4),
        [("Bonfire Night", "2031-11-05", "planned")],
        id="bonfire_night_brings",
    ),
    pytest.param(
        'Sales fell 3% as a late Thanksgiving left fewer shopping days. "We know how much '
        'Thanksgiving means to our staff," the chief executive wrote.',
        dt.date(2032, 1, 8),
        [("Thanksgiving", "2031-11-27", "past")],
        id="a_late_thanksgiving_left",
    ),
]


# The round's second part, from the errors of ep and eq (read after their first run).
CASES_EP_EQ = [
    # a clock time in an aside after the subject: the aside's past, not the sentence's present
    pytest.param(
        "Harwick Lines filed for bankruptcy protection late Tuesday. The petition, filed in "
        "federal court in Delmar at 11:38 p.m., lists debts of $1.2 billion.",
        dt.date(2031, 3, 12),
        [("late Tuesday", "2031-03-11", "past"), ("at 11:38 p.m.", "2031-03-11", "past")],
        id="the_petition_filed_at",
    ),
    pytest.param(
        "The company missed a $19 million interest payment due Feb. 9 on its notes, and a grace "
        "period expired Sunday.",
        dt.date(2031, 3, 12),
        [("Feb. 9", "2031-02-09", "past"), ("Sunday", "2031-03-09", "past")],
        id="missed_a_payment_due",
    ),
    # a paper's title and a treaty's name are no dates
    pytest.param(
        "A reporter for the Wessex Sunday Ledger asked the minister about the Good Friday "
        "Agreement.",
        dt.date(2031, 3, 12),
        [],
        id="the_sunday_ledger_and_the_good_friday_agreement",
    ),
    pytest.param(
        "There have been 17 sightings so far this summer, more than in the whole of last summer.",
        dt.date(2031, 1, 23),
        [("this summer", "2031", "past")],
        id="more_than_in_the_whole_of_last_summer",
    ),
    pytest.param(
        "Ms Hale said the swim would return to the ocean if the beach had been open for a full "
        "day by Sunday.",
        dt.date(2031, 1, 23),
        [("Sunday", "2031-01-26", "planned")],
        id="would_if_it_had_been_open_by_sunday",
    ),
    pytest.param(
        '"A Canada Day in the rain is still Canada Day," said Ms Roy. The fireworks are set for '
        "Canada Day.",
        dt.date(2031, 6, 25),
        [("Canada Day", "2031-07-01", "planned")],
        id="a_canada_day_in_the_rain_is_still_canada_day",
    ),
    # "the holiday weekend" in a sentence about last year: last year's
    pytest.param(
        "Crowds are expected for Memorial Day. Last year, about 38,000 people visited the lake "
        "over the holiday weekend.",
        dt.date(2031, 5, 24),
        [
            ("Memorial Day", "2031-05-26", "planned"),
            ("Last year", "2030", "past"),
            ("the holiday weekend", "2030-05", "past"),
        ],
        id="last_years_holiday_weekend",
    ),
    pytest.param(
        "The lake is running high after a wet April, said April Dunn.",
        dt.date(2031, 5, 24),
        [("April", "2031-04", "past")],
        id="after_a_wet_april",
    ),
    # the Western church's feasts (Corpus Christi only after a word of time: also a city)
    pytest.param(
        "Rain has fallen almost without a break since the Feast of the Assumption. Markets were "
        "closed for Corpus Christi, and lines formed across Corpus Christi, Texas.",
        dt.date(2031, 8, 22),
        [
            ("Feast of the Assumption", "2031-08-15", "past"),
            ("Corpus Christi", "2031-06-12", "past"),
        ],
        id="the_assumption_and_corpus_christi",
    ),
    pytest.param(
        "Norvik, whose financial year ends in March, will run the 07.40 from Llanderi 15 minutes "
        "earlier each weekday.",
        dt.date(2031, 1, 8),
        [],
        id="whose_financial_year_ends_in_march",
    ),
    pytest.param(
        "Her new pickup time is 50 minutes earlier than last year. Bids are due no later than "
        "next month.",
        dt.date(2031, 9, 4),
        [("next month", "2031-10", "planned")],
        id="earlier_than_last_year",
    ),
    # a habit in another clause
    pytest.param(
        "The panel's vote is not binding, but the agency usually follows its advisers, and a "
        "decision is due by June 27.",
        dt.date(2031, 3, 11),
        [("June 27", "2031-06-27", "planned")],
        id="usually_and_a_decision_due",
    ),
    # a feast in a sentence about the Orthodox church: its Orthodox date (Western Easter 2030
    # was 21 April)
    pytest.param(
        "Churches across the Orthodox country moved Easter services outdoors on Sunday.",
        dt.date(2030, 4, 29),
        [("Easter", "2030-04-28", "past"), ("on Sunday", "2030-04-28", "past")],
        id="orthodox_easter",
    ),
    pytest.param(
        'The agreement has an end date of Nov. 28. "We would like it closed before Christmas," '
        "the chief executive said.",
        dt.date(2031, 5, 21),
        [("Nov. 28", "2031-11-28", "planned"), ("Christmas", "2031-12-25", "planned")],
        id="an_end_date_and_like_it_closed",
    ),
]


# The round's third part, from the errors of er and es (read after their first run).
CASES_ER_ES = [
    # the day of the asking, when it stands before the infinitive (but "asked them to appear at
    # a hearing Monday" is after the asking)
    pytest.param(
        "Councillor Ian Dow said he had asked the operator on Tuesday to put back the closure "
        "until after the bonspiel on 14 February.",
        dt.date(2031, 1, 24),
        [("on Tuesday", "2031-01-21", "past"), ("on 14 February", "2031-02-14", "planned")],
        id="had_asked_the_operator_on_tuesday_to",
    ),
    # a holiday before a preposition is a day (not a compound like "Halloween candy")
    pytest.param(
        "Trick-or-treating will run from 5:30 to 8 p.m. on Halloween under hours the council "
        "set Tuesday.",
        dt.date(2031, 10, 24),
        [
            ("5:30 to 8 p.m. on Halloween", "2031-10-31", "planned"),
            ("Tuesday", "2031-10-21", "past"),
        ],
        id="on_halloween_under_hours",
    ),
    # the name a holiday had then is a day (but "is still Canada Day" is what the feast is)
    pytest.param(
        "\"We lost the festival to rain in 2027, when it was still the Queen's Birthday "
        'weekend," he said.',
        dt.date(2031, 6, 4),
        [("in 2027", "2027", "past"), ("the Queen's Birthday weekend", "2027-06", "past")],
        id="when_it_was_still_the_queens_birthday_weekend",
    ),
    # a record "since October" counts back from the story's day, not from the year just told
    pytest.param(
        "In 2027, it recalled 9,000 vans. Shares fell 3% to $27.40 in morning trading, their "
        "lowest level since October.",
        dt.date(2031, 3, 10),
        [
            ("In 2027", "2027", "past"),
            ("morning", "2031-03-10", "past"),
            ("October", "2030-10", "past"),
        ],
        id="lowest_level_since_october",
    ),
]


# The round's fourth part, from the errors of et and eu (read after their first run).
CASES_ET_EU = [
    # what led to a plan is not part of it
    pytest.param(
        "Judge Ann Lind scheduled a hearing for 10 a.m. June 24 to consider the sale, after an "
        "emergency session Monday afternoon in which landlords complained.",
        dt.date(2031, 6, 3),
        [("10 a.m. June 24", "2031-06-24", "planned"), ("Monday afternoon", "2031-06-02", "past")],
        id="scheduled_after_a_session_monday",
    ),
    # a weekday "for" a holiday that falls on it is the holiday's
    pytest.param(
        "Harlow schools, already closed Monday for Presidents Day, canceled classes for Tuesday "
        "as well.",
        dt.date(2031, 2, 16),
        [
            ("Monday", "2031-02-17", "planned"),
            ("Presidents Day", "2031-02-17", "planned"),
            ("Tuesday", "2031-02-18", "planned"),
        ],
        id="closed_monday_for_presidents_day",
    ),
    pytest.param(
        "Founded in 1955, the chain is known for its December lighting sale.",
        dt.date(2031, 6, 3),
        [("in 1955", "1955", "past")],
        id="known_for_its_december_sale",
    ),
    # where travellers were bound: the nearer day, whatever the tense
    pytest.param(
        "Cottagers heading home by Monday evening were urged to flush their taps. Many of those "
        "stranded were families heading home for the first day of school on Tuesday.",
        dt.date(2031, 8, 31),
        [("Monday evening", "2031-09-01", "planned"), ("on Tuesday", "2031-09-02", "planned")],
        id="heading_home_by_monday_evening",
    ),
]


# The round's fifth part, from the errors of ev and ew (read after their first run).
CASES_EV_EW = [
    pytest.param(  # "for the following day" is a day (but "for six weeks later" a length)
        "The parade will go ahead tomorrow, and a strike by train crews is called for the "
        "following day.",
        dt.date(2031, 2, 28),
        [("tomorrow", "2031-03-01", "planned"), ("the following day", "2031-03-02", "planned")],
        id="called_for_the_following_day",
    ),
    pytest.param(  # clock times of a habit
        "The race normally starts at noon, after the vicar rings the pancake bell at 11.55am.",
        dt.date(2031, 2, 24),
        [],
        id="normally_starts_at_noon",
    ),
    pytest.param(
        "The insurer had 38,200 claims by Monday, nearly three times the number it handled after "
        "Storm Brann in February 2029.",
        dt.date(2031, 1, 15),
        [("Monday", "2031-01-13", "past")],
        id="three_times_the_number_it_handled",
    ),
    pytest.param(
        "The smaller ship will add sailings at 6am and 10pm each day from Wednesday.",
        dt.date(2031, 2, 3),
        [("Wednesday", "2031-02-05", "planned")],
        id="at_6am_and_10pm_each_day",
    ),
    # what a day is called, and the rule a holiday follows, are no days
    pytest.param(
        "The board voted in 2027 to mark the second Monday of October as Indigenous Peoples' "
        "Day, though the state still lists the holiday as Columbus Day.",
        dt.date(2031, 10, 10),
        [("in 2027", "2027", "past")],
        id="to_mark_the_second_monday_of_october_as",
    ),
    pytest.param(
        "The holiday was first observed in 2023. It falls on the first Monday in February, or on "
        "1 February itself when that date is a Friday. The festival, held on the last Tuesday in "
        "January, was cancelled in 2027.",
        dt.date(2031, 1, 30),
        [("in 2023", "2023", "past"), ("in 2027", "2027", "past")],
        id="it_falls_on_the_first_monday_in_february",
    ),
    pytest.param(
        "The council spent £31,000 on the clean-up after last year's Halloween bonfires.",
        dt.date(2031, 11, 6),
        [("last year's Halloween", "2030-10-31", "past")],
        id="last_years_halloween_bonfires",
    ),
    pytest.param(  # a local time with no call or statement: the day just told
        "The order follows the failure of a fan blade on Feb. 27. The crew shut the engine down "
        "at 6:42 a.m. local time and returned.",
        dt.date(2031, 3, 10),
        [("on Feb. 27", "2031-02-27", "past"), ("at 6:42 a.m. local time", "2031-02-27", "past")],
        id="at_6_42_local_time",
    ),
]


# The round's sixth part, from the errors of ex and ey (read after their first run).
CASES_EX_EY = [
    pytest.param(  # "next Monday, May 19": the coming one, whatever year the passage told
        "The district last imposed a burn ban in 2027, the year of the Sparrow Creek fire, which "
        "forced 1,100 people from their homes on the night of July 9. The club had planned to "
        "launch the show at 10 p.m. next Monday, May 19.",
        dt.date(2031, 5, 12),
        [
            ("in 2027", "2027", "past"),
            ("on the night of July 9", "2027-07-09", "past"),  # (one expression: round 34)
            ("at 10 p.m. next Monday, May 19", "2031-05-19", "planned"),
        ],
        id="at_10_pm_next_monday_may_19",
    ),
    pytest.param(  # "since" giving a reason opens no span
        "Offices will be closed Friday for the federal holiday, since July 4 falls on a Saturday.",
        dt.date(2037, 7, 1),
        [("Friday", "2037-07-03", "planned"), ("July 4", "2037-07-04", "planned")],
        id="since_july_4_falls_on_a_saturday",
    ),
    pytest.param(  # "the holiday weekend" after "Fourth of July weekend", written on a Saturday
        "Beaches closed ahead of Fourth of July weekend. They may stay shut for part of the "
        "holiday weekend.",
        dt.date(2037, 6, 27),
        [
            ("Fourth of July weekend", "2037-07", "planned"),
            ("the holiday weekend", "2037-07", "planned"),
        ],
        id="the_holiday_weekend_after_a_holiday_weekend",
    ),
    pytest.param(
        "Volunteers handed out roses on International Women's Day.",
        dt.date(2031, 3, 12),
        [("on International Women's Day", "2031-03-08", "past")],
        id="international_womens_day",
    ),
    pytest.param(  # a date set is still to come (but not one "had first set")
        "A federal judge Wednesday set a Jan. 11 trial date in the lawsuit. The government had "
        "first set a Jan. 31 cut-off, then extended it to March 31.",
        dt.date(2031, 5, 15),
        [
            ("Wednesday", "2031-05-14", "past"),
            ("Jan. 11", "2032-01-11", "planned"),
            ("Jan. 31", "2031-01-31", "past"),
            ("March 31", "2031-03-31", "past"),
        ],
        id="set_a_jan_11_trial_date",
    ),
]


def test_a_headlines_weekend_and_windstorm() -> None:
    story = (  # "over weekend" (not "for weekend sailings")
        "Carrier cancels 212 flights over weekend\n\nBookings for weekend sailings fell, the "
        "airline said on Monday."
    )
    assert story_rows(story, dt.date(2031, 3, 10)) == [
        ("weekend", "2031-03", "past"),
        ("on Monday", "2031-03-10", "past"),
    ]
    story = (  # a weekday naming a storm has gone by
        "Lights out, but ceremony will go on\nThousands without power after Friday night "
        "windstorm\n\nThe ceremony will go ahead Tuesday."
    )
    assert story_rows(story, dt.date(2031, 11, 9)) == [
        ("Friday night", "2031-11-07", "past"),
        ("Tuesday", "2031-11-11", "planned"),
    ]


def test_a_deks_bare_clock_takes_the_headlines_day() -> None:
    story = (
        "Ferry cancelled on Friday\nNext sailing at 6am from Port Ellis\n\nThe ferry was cancelled."
    )
    assert story_rows(story, dt.date(2031, 3, 7)) == [
        ("on Friday", "2031-03-07", "past"),
        ("at 6am", "2031-03-07", "planned"),
    ]


def test_a_headlines_pushed_to_fall() -> None:
    story = "Highway 619 delay\n\nCompletion now pushed to fall. Prices are expected to fall."
    assert story_rows(story, dt.date(2031, 4, 2)) == [("fall", "2031", "past")]


def test_a_headline_over_two_lines_and_its_holiday_weekend() -> None:
    story = (  # the second line is a sentence of its own: "linked" is not the hearing's verb
        "Tessaro maker recalls 90,000 vans; regulator sets April hearing\nFault linked to nine "
        "fires; owners to get letters by March 27\n\nThe company said Monday it would write."
    )
    assert story_rows(story, dt.date(2031, 3, 10)) == [
        ("April", "2031-04", "planned"),
        ("March 27", "2031-03-27", "planned"),
        ("Monday", "2031-03-10", "past"),
    ]
    story = (  # written on a Thursday: the weekend to come
        "Fireworks still on for Saturday as heat advisory looms over holiday weekend\n\nThe "
        "advisory starts at noon Friday."
    )
    assert story_rows(story, dt.date(2031, 7, 3)) == [
        ("Saturday", "2031-07-05", "planned"),
        ("holiday weekend", "2031-07", "planned"),
        ("at noon Friday", "2031-07-04", "planned"),
    ]


def test_a_headlines_long_weekend_march_break_and_after_bank_holiday() -> None:
    story = "No skating this long weekend as thaw shuts Elm Lake\n\nThe rink needs March Break."
    assert story_rows(story, dt.date(2031, 2, 15)) == [
        ("this long weekend", "2031-02", "past"),
        ("March", "2031-03", "planned"),
    ]
    story = (
        "Parking charges return after bank holiday\n\nCharges return at the hospital on "
        "Tuesday, a trust in Kent, England, said."
    )
    assert story_rows(story, dt.date(2031, 5, 2)) == [
        ("bank holiday", "2031-05-05", "planned"),
        ("on Tuesday", "2031-05-06", "planned"),
    ]


@pytest.mark.parametrize(
    ("body", "published", "expected"),
    [*CASES_EN_EO, *CASES_EP_EQ, *CASES_ER_ES, *CASES_ET_EU, *CASES_EV_EW, *CASES_EX_EY],
)
def test_the_rules_of_round_thirty_three(
    body: str, published: dt.date, expected: list[tuple]
) -> None:
    assert rows(body, published) == expected


def test_a_papers_country_from_its_address_and_its_metric_spelling() -> None:
    assert story_country("Got a news tip? Email newsroom@pinevalesentinel.ca") == "CA"
    assert story_country("Contact news@dunmore-herald.co.uk today") == "GB"
    assert story_country("Visit www.cafe.cameroon.com for the menu") is None
    canadian = (  # no country named: British spelling with American dates and clocks
        "A 20-metre section of the roof fell at about 5:20 a.m. on Nov. 4. The snow had dropped "
        "38 centimetres by Monday, and parents have complained since Thanksgiving."
    )
    assert story_country(canadian) == "CA"
    assert rows(canadian, dt.date(2031, 11, 6))[-1] == ("Thanksgiving", "2031-10-13", "past")
