"""Timeline rules for unseen stories, round twenty-five (issue 16), each on a fresh fictional
snippet.

The round read the first-run misses of the held-out sets cj to cq. The snippets are new text,
not the sets' articles.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.test_timeline_news import rows, story_rows

WEDNESDAY = dt.date(2031, 3, 5)  # Monday before it: 3 March; Monday after it: 10 March
EASTER_WEEK = dt.date(2031, 4, 9)  # a Wednesday; Easter Sunday is 13 April 2031


# Each case: a story's body, its day of publication, and the rows the timeline must give.
CASES = [
    # a bare infinitive after had or made takes their past
    pytest.param(  # "had the builders check": a bare infinitive, its time told by "had"
        "The club had the builders check the roof on Monday night and reopened the hall "
        "the next morning.",
        WEDNESDAY,
        [("on Monday night", "2031-03-03", "past"), ("the next morning", "2031-03-04", "past")],
        id="a_bare_infinitive_after_had_or_made_takes_their_past-1",
    ),
    pytest.param(  # "made the contractors finish": likewise
        "The council made the contractors finish the job on Monday.",
        WEDNESDAY,
        [("on Monday", "2031-03-03", "past")],
        id="a_bare_infinitive_after_had_or_made_takes_their_past-2",
    ),
    # easter saturday and poppy day fall on their days
    pytest.param(  # Easter Saturday: the day before Easter Sunday (13 April 2031)
        "The market in Bendigo, Victoria, opens on Easter Saturday.",
        WEDNESDAY,
        [("on Easter Saturday", "2031-04-12", "planned")],
        id="easter_saturday_and_poppy_day_fall_on_their_days-1",
    ),
    pytest.param(
        # New Zealand's Poppy Day: the RSA's appeal, the Friday before Anzac Day (a Friday
        # in 2031, so the week before)
        "Volunteers in Hamilton, New Zealand, will sell poppies on Poppy Day.",
        WEDNESDAY,
        [("on Poppy Day", "2031-04-18", "planned")],
        id="easter_saturday_and_poppy_day_fall_on_their_days-2",
    ),
    pytest.param(  # elsewhere Poppy Day is Remembrance Day
        "Volunteers in Leeds will sell poppies on Poppy Day.",
        WEDNESDAY,
        [("on Poppy Day", "2031-11-11", "planned")],
        id="easter_saturday_and_poppy_day_fall_on_their_days-3",
    ),
    # the verb that governs a date is read through plans and comparisons
    pytest.param(  # a plan seen from the past ("had been planned for"): whichever days are nearer
        "The dredging had been planned for 20 and 21 February but was put back when the "
        "barge broke down.",
        WEDNESDAY,
        [("20", "2031-02-20", "past"), ("21 February", "2031-02-21", "past")],
        id="the_verb_that_governs_a_date_is_read_through_plans_and_comparisons-1",
    ),
    pytest.param(  # a plan that changed ("was due to start ... has been put back"): the nearer
        # September; "dates from 1931" starts a span to now and gives it no year
        "The pier dates from 1931, and a repair that was due to start in September has been "
        "put back to next year.",
        dt.date(2031, 10, 25),
        [
            ("1931", "1931", "past"),
            ("in September", "2031-09", "past"),
            ("next year", "2032", "planned"),
        ],
        id="the_verb_that_governs_a_date_is_read_through_plans_and_comparisons-2",
    ),
    pytest.param(  # what was booked for a day and has been cancelled was still to come
        "A concert that had been booked for 14 November has been cancelled.",
        WEDNESDAY,
        [("14 November", "2031-11-14", "planned")],
        id="the_verb_that_governs_a_date_is_read_through_plans_and_comparisons-3",
    ),
    pytest.param(  # "than expected" compares with a guess: the sales grew, helped by a day gone by
        "The chain said on Tuesday its sales grew faster than expected, helped by busy "
        "stores on Boxing Day.",
        WEDNESDAY,
        [("on Tuesday", "2031-03-04", "past"), ("on Boxing Day", "2030-12-26", "past")],
        id="the_verb_that_governs_a_date_is_read_through_plans_and_comparisons-4",
    ),
    pytest.param(  # "came back ... and stayed/VBN": a second past, not a participle
        "\u201cShoppers came back in January and stayed with us through Easter,\u201d she said.",
        WEDNESDAY,
        [("in January", "2031-01", "past"), ("Easter", "2030-04-21", "past")],
        id="the_verb_that_governs_a_date_is_read_through_plans_and_comparisons-5",
    ),
    pytest.param(  # a clause of time after a would looks ahead with it
        "New signs would go up before students return in August.",
        dt.date(2031, 1, 15),
        [("in August", "2031-08", "planned")],
        id="the_verb_that_governs_a_date_is_read_through_plans_and_comparisons-6",
    ),
    # roads promises asides and the day of the vote
    pytest.param(  # the 9 of "Route 9" is the road's, not a day of June
        "The tent stands that opened along Route 9 June 24 must stop selling on Thursday.",
        dt.date(2031, 7, 2),
        [("June 24", "2031-06-24", "past"), ("on Thursday", "2031-07-03", "planned")],
        id="roads_promises_asides_and_the_day_of_the_vote-1",
    ),
    pytest.param(  # what was promised by a day is still to come
        "She said yesterday that she had been promised an answer by Friday.",
        WEDNESDAY,
        [("yesterday", "2031-03-04", "past"), ("Friday", "2031-03-07", "planned")],
        id="roads_promises_asides_and_the_day_of_the_vote-2",
    ),
    pytest.param(  # "go", after a subject closed by a comma, is a present: a schedule
        "Tickets for a concert in the town hall on Sunday evening, with the choir, go on "
        "sale today.",
        WEDNESDAY,
        [("on Sunday evening", "2031-03-09", "planned"), ("today", "2031-03-05", "planned")],
        id="roads_promises_asides_and_the_day_of_the_vote-3",
    ),
    pytest.param(
        # "on the day of the vote": the day of the vote the story dated, with its clock time
        "Councillors will vote on the cuts on Thursday. The union will protest outside the "
        "hall at 9.30am on the day of the vote.",
        WEDNESDAY,
        [
            ("on Thursday", "2031-03-06", "planned"),
            ("at 9.30am on the day of the vote", "2031-03-06", "planned"),
        ],
        id="roads_promises_asides_and_the_day_of_the_vote-4",
    ),
    pytest.param(  # the year of an aside between commas is not the month's after it
        "Among the options is closing the pool, opened in 1974, from April.",
        WEDNESDAY,
        [("in 1974", "1974", "past"), ("April", "2031-04", "planned")],
        id="roads_promises_asides_and_the_day_of_the_vote-5",
    ),
    # participles readiness habits and pairs
    pytest.param(  # ", first spotted at": a participle beside its noun, after an adverb, tells what
        # was done (Thursday is three days ahead of this Monday paper, four back)
        "The fire, first spotted at about 6:15 p.m. Thursday, had grown to 900 hectares by "
        "this morning, more than twice its size on Sunday evening.",
        dt.date(2031, 3, 3),
        [
            ("6:15 p.m. Thursday", "2031-02-27", "past"),
            ("this morning", "2031-03-03", "past"),
            ("on Sunday evening", "2031-03-02", "past"),
        ],
        id="participles_readiness_habits_and_pairs-1",
    ),
    pytest.param(  # "restored to most of the valley by": no infinitive, so no deadline set
        "Power was restored to most of the valley by 7pm on Monday, the company said.",
        WEDNESDAY,
        [("7pm on Monday", "2031-03-03", "past")],
        id="participles_readiness_habits_and_pairs-2",
    ),
    pytest.param(  # what a story gets ready for lies ahead, in the body too
        "The bunting went up yesterday, ready for the street party on Saturday.",
        WEDNESDAY,
        [("yesterday", "2031-03-04", "past"), ("on Saturday", "2031-03-08", "planned")],
        id="participles_readiness_habits_and_pairs-3",
    ),
    pytest.param(  # "held on the bank holiday Monday ever since": a habit, no day
        "The race has been held on the bank holiday Monday ever since 1978.",
        WEDNESDAY,
        [("1978", "1978", "past")],
        id="participles_readiness_habits_and_pairs-4",
    ),
    pytest.param(  # two weekdays with their counts ("212 ... on Monday and 198 on Tuesday") are a
        # pair on one side of the story's day (a Sunday)
        "The airline said it had cancelled 212 flights on Monday and 198 on Tuesday.",
        dt.date(2031, 3, 2),
        [("on Monday", "2031-03-03", "planned"), ("on Tuesday", "2031-03-04", "planned")],
        id="participles_readiness_habits_and_pairs-5",
    ),
    # a guides headings and what people were told
    pytest.param(  # a guide's heading: the holiday and its date in brackets, one row
        "Good Friday (11 April)\n\nThe fun run starts at 10am.",
        EASTER_WEEK,
        [
            ("Good Friday (11 April)", "2031-04-11", "planned"),
            ("at 10am", "2031-04-11", "planned"),
        ],
        id="a_guides_headings_and_what_people_were_told-1",
    ),
    pytest.param(
        # "with the last cards handed out at 3pm": a participle beside the clause, no past
        "Easter Sunday (13 April)\n\nThe egg trail runs all day, with the last trail cards "
        "handed out at 3pm.",
        EASTER_WEEK,
        [
            ("Easter Sunday (13 April)", "2031-04-13", "planned"),
            ("at 3pm", "2031-04-13", "planned"),
        ],
        id="a_guides_headings_and_what_people_were_told-2",
    ),
    pytest.param(  # "returns/NNS" is the line's verb: "after" opens another clause with its own
        "Easter Monday (14 April)\n\nThe duck race returns to the river at 2pm after last "
        "year's was called off.",
        EASTER_WEEK,
        [
            ("Easter Monday (14 April)", "2031-04-14", "planned"),
            ("at 2pm", "2031-04-14", "planned"),
            ("last year", "2030", "past"),
        ],
        id="a_guides_headings_and_what_people_were_told-3",
    ),
    pytest.param(  # ", told to leave ... on Saturday,": they were told, a past
        "About 1,200 people, told to leave their homes on Saturday, went back yesterday.",
        dt.date(2031, 3, 10),
        [("on Saturday", "2031-03-08", "past"), ("yesterday", "2031-03-09", "past")],
        id="a_guides_headings_and_what_people_were_told-4",
    ),
    # holidays without a country and a weekday with its day
    pytest.param(  # a King's Birthday with no country named is Australia's second Monday of June
        "Roadworks will pause over the King\u2019s Birthday long weekend, and the new ward "
        "opens the day after the King\u2019s Birthday public holiday.",
        dt.date(2031, 6, 4),
        [
            ("the King\u2019s Birthday long weekend", "2031-06", "planned"),
            ("the day after the King\u2019s Birthday public holiday", "2031-06-10", "planned"),
        ],
        id="holidays_without_a_country_and_a_weekday_with_its_day-1",
    ),
    pytest.param(
        # Bloomsday is 16 June; "Bloomsday itself" is that day, "the bank holiday itself" any
        "The town will mark Bloomsday with readings and a walk. For Bloomsday itself, trams "
        "will run as normal, but on the bank holiday itself they will not.",
        dt.date(2031, 6, 12),
        [("Bloomsday", "2031-06-16", "planned"), ("Bloomsday", "2031-06-16", "planned")],
        id="holidays_without_a_country_and_a_weekday_with_its_day-2",
    ),
    pytest.param(  # "Monday the 5th", whatever follows it: the next 5th that is a Monday
        "\u201cMonday the 5th is the first day back,\u201d he said.",
        dt.date(2031, 11, 22),
        [("Monday the 5th", "2032-01-05", "planned")],
        id="holidays_without_a_country_and_a_weekday_with_its_day-3",
    ),
    # agreements day words and bank holiday monday
    pytest.param(  # what was agreed to be done lies ahead (a Monday paper: Sunday is six days on)
        "The ferry company agreed to run an extra sailing on Sunday.",
        dt.date(2031, 3, 3),
        [("on Sunday", "2031-03-09", "planned")],
        id="agreements_day_words_and_bank_holiday_monday-1",
    ),
    pytest.param(  # but "agreed to the change" is no plan: the meeting was yesterday
        "Councillors agreed to the change at a meeting on Sunday night.",
        dt.date(2031, 3, 3),
        [("on Sunday night", "2031-03-02", "past")],
        id="agreements_day_words_and_bank_holiday_monday-2",
    ),
    pytest.param(  # "tonight", whatever the tagger made of it (VBD), is no past verb
        "Snow is forecast to 600 metres tonight, with a cold southerly arriving on Monday.",
        dt.date(2031, 3, 9),
        [("tonight", "2031-03-09", "planned"), ("on Monday", "2031-03-10", "planned")],
        id="agreements_day_words_and_bank_holiday_monday-3",
    ),
    pytest.param(  # "bank holiday Monday" without "the", one expression
        "The carnival is back on the river for bank holiday Monday.",
        dt.date(2031, 5, 21),
        [("bank holiday Monday", "2031-05-26", "planned")],
        id="agreements_day_words_and_bank_holiday_monday-4",
    ),
    # guy fawkes anzac weekend plans given up and a range with its year
    pytest.param(  # "Guy Fawkes" on its own is 5 November; "Last Guy Fawkes" the one before
        "Fireworks are banned before Guy Fawkes. Last Guy Fawkes the brigade had 43 callouts.",
        dt.date(2031, 11, 1),
        [("Guy Fawkes", "2031-11-05", "planned"), ("Last Guy Fawkes", "2030-11-05", "past")],
        id="guy_fawkes_anzac_weekend_plans_given_up_and_a_range_with_its_year-1",
    ),
    pytest.param(  # "Anzac weekend", like "Waitangi weekend": the holiday's weekend, its month
        "The notice will stay in place over Anzac weekend.",
        dt.date(2031, 4, 22),
        [("Anzac weekend", "2031-04", "planned")],
        id="guy_fawkes_anzac_weekend_plans_given_up_and_a_range_with_its_year-2",
    ),
    pytest.param(  # "the planned layoffs": a plan's adjective, not a planning verb
        "The company notified state officials of the planned layoffs on Monday.",
        WEDNESDAY,
        [("on Monday", "2031-03-03", "past")],
        id="guy_fawkes_anzac_weekend_plans_given_up_and_a_range_with_its_year-3",
    ),
    pytest.param(  # the date given up ("rather than in December") takes no year from the sentence
        "The company now expects to launch the drug in the first half of 2032 rather than in "
        "December.",
        dt.date(2031, 11, 16),
        [
            ("in the first half of 2032", "2032", "planned"),
            ("in December", "2031-12", "planned"),
        ],
        id="guy_fawkes_anzac_weekend_plans_given_up_and_a_range_with_its_year-4",
    ),
    pytest.param(  # the first day of "29 to 31 August 2032" takes the year after it
        "Organisers have fixed the dates of the next regatta, 29 to 31 August 2032.",
        dt.date(2031, 8, 19),
        [("29", "2032-08-29", "planned"), ("31 August 2032", "2032-08-31", "planned")],
        id="guy_fawkes_anzac_weekend_plans_given_up_and_a_range_with_its_year-5",
    ),
]


@pytest.mark.parametrize(("body", "published", "expected"), CASES)
def test_the_rules_of_round_twenty_five(
    body: str, published: dt.date, expected: list[tuple]
) -> None:
    assert rows(body, published) == expected


def test_a_year_that_opens_the_sentence_dates_all_of_it() -> None:
    """ "Last year," opening a sentence gives its year to a date after two verbs ("damaged",
    "collapsed"), not only to one right after it; March 9 is four days ahead, within a past
    tense's reach, so without it the date would be this year's."""
    assert rows(
        "Last year, two sheds damaged by the storm collapsed near the quay on March 9.", WEDNESDAY
    ) == [("Last year", "2030", "past"), ("on March 9", "2030-03-09", "past")]


def test_people_told_to_leave_in_a_dek_were_told() -> None:
    story = (
        "Fire forces evacuations in Farrow\nAbout 1,200 people told to leave Saturday as the fire "
        "grew\n\nBy Jo Lee\n\nThe fire grew."
    )
    assert story_rows(story, dt.date(2031, 3, 10)) == [("Saturday", "2031-03-08", "past")]
