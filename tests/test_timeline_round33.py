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
by its verb ("Bonfire Night brings"). The snippets are new text, not the sets' articles.
The closing note of the session counts how many cases fail on the session's start kit (1b01384).
"""

from __future__ import annotations

import datetime as dt

import pytest

from lessons.timeline.country import story_country
from tests.test_timeline_news import rows

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
    # a holiday in apposition to its weekday: the weekday's row
    pytest.param(
        "The strike runs until Tuesday, so there will be no sailings on Monday, the St Andrew's "
        "Day holiday, when many had planned to travel.",
        dt.date(2031, 11, 29),
        [("Tuesday", "2031-12-02", "planned"), ("on Monday", "2031-12-01", "planned")],
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


@pytest.mark.parametrize(("body", "published", "expected"), CASES_EN_EO)
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
