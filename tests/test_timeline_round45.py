"""Timeline rules, round forty-five (issue 16), from the errors of kn to lk (read after their
first runs were reported as held out; kr, kz and lg stay unread). The snippets are new text,
written for this test. On the round-44 kit (53626e3), every case but the guards fails.

- A weekday in a plan told in the past perfect ("had planned to restart sailings on Monday,
  but ...") is the nearer such day, like "had been due to" and "had hoped to".
- A holiday in such a plan ("had expected to sell 1.2 million buns between Shrove Tuesday and
  Easter Monday") is the nearer one too; a month or a season in one still looks ahead.
- A caption set among the paragraphs, credited "(Submitted photo)", "(Ann Lee/Ledger photo)"
  or "Coastwire/Ana Rios", or labelled "Photo caption:", shows what has happened.
- "after the first falls/VBZ on 28 May": a word in -s right after "the" (or "the first") is a
  noun, not a present that would make a schedule of the date.
- "We'd only just reopened/VBD after a refit on 20 March": "'d" before an adverb and a past
  is "had", not "would".
- A clock said in words ("at half past eleven", "At ten past four", "a quarter to six") and
  "teatime", "since lunchtime", "By evening" are times of the day told.

Part 2, from the same errors:

- ", with a cool change expected late on Sunday": a phrase in "with" whose participle looks
  ahead ("expected", "forecast", "due") is a forecast, whatever the clause before.
- "gave a 70% chance of heavy rain from late Tuesday through Wednesday afternoon": a chance
  of weather is a forecast.
- "the long holiday weekend" is the holiday weekend; "the coming weekend" is the one to come.
- "called for a referendum on the peg by Christmas": a demand's deadline lies ahead of it.

Part 3, from the same errors:

- "left at 12.15pm yesterday ..., after spending Hogmanay with family. About 20 minutes later":
  a holiday spent before the account is no day for the clock times after it (but "spent
  Easter Sunday raking gravel ... at seven in the morning" is).
- "opened as early as 29 May in 2021": a day of the month followed by "in" and a year is in
  that year.
- "The campaign, which began on Oct. 30, raised $38,000 this year": this year's, whatever year
  the paragraph before told.

Part 4, from the same errors:

- "Livestock shows scheduled for Thursday afternoon were moved to 8 a.m. Saturday": a plan
  told in a participle, changed in a past, is the nearer day.
- "as Bonfire Night nears", "as Christmas approaches": the holiday's own verb, so a date.
- "after Saturday night injury": a weekday naming something that happened to someone.

Part 5, from the same errors:

- "visited on Sunday afternoon and will return on Thursday week": "Thursday week" counts from
  the story's day, not on from the day before it in a run.
- "The supper on Sunday, which drew 140 people last year, had been relying on the Saturday
  morning sailing": the year of an aside is not the sentence's.
- "The last time the town sweltered on Anzac Day was in 2005": a cleft names the year last;
  "next year's race falls on 9 February" (not "Registration for next year's race opens
  Nov. 1").
- "The last great flood, in June 1998, closed the metro. The river crested on June 9": a past
  day of that month in the next sentence of the paragraph, years ago, is in that year.
"""

from __future__ import annotations

import datetime as dt

import pytest

from lessons.article import reads_as_caption
from tests.test_timeline_news import rows, story_rows

THURSDAY = dt.date(2031, 4, 10)

CASES = [
    pytest.param(
        "The ferry company had planned to restart sailings on Monday, but a second engine fault "
        "was found on Wednesday.",
        THURSDAY,
        [("on Monday", "2031-04-07", "past"), ("on Wednesday", "2031-04-09", "past")],
        id="had_planned_a_weekday",
    ),
    pytest.param(
        "The bakery had expected to sell about 1.2 million buns between Shrove Tuesday and "
        "Easter Monday.",
        dt.date(2031, 4, 1),
        [("Shrove Tuesday", "2031-02-25", "past"), ("Easter Monday", "2031-04-14", "planned")],
        id="had_expected_between_two_holidays",
    ),
    pytest.param(
        "Engineers had planned to close the line for repairs in the autumn, but the slip has "
        "brought the work forward.",
        dt.date(2031, 1, 20),
        [("in the autumn", "2031", "planned")],
        id="guard_a_seasons_plan_looks_ahead",
    ),
    pytest.param(
        "The ski season opened on Saturday to the best snow in years, after the first falls on "
        "28 May.",
        dt.date(2031, 6, 9),
        [("on Saturday", "2031-06-07", "past"), ("on 28 May", "2031-05-28", "past")],
        id="the_first_falls",
    ),
    pytest.param(
        "\u2018We\u2019d only just reopened after a refit on 20 March,\u2019 she said.",
        THURSDAY,
        [("on 20 March", "2031-03-20", "past")],
        id="had_not_would",
    ),
    pytest.param(
        "The parade left the square on Saturday. \u2018We got to the hall at half past eleven "
        "and the band was still playing at ten past four,\u2019 he said. Stalls were empty by "
        "teatime.",
        THURSDAY,
        [
            ("on Saturday", "2031-04-05", "past"),
            ("at half past eleven", "2031-04-05", "past"),
            ("at ten past four", "2031-04-05", "past"),
            ("teatime", "2031-04-05", "past"),
        ],
        id="clocks_in_words",
    ),
    pytest.param(
        "Crews were sent to the ridge on Tuesday. By evening the fire had crossed the road.",
        THURSDAY,
        [("on Tuesday", "2031-04-08", "past"), ("evening", "2031-04-08", "past")],
        id="by_evening",
    ),
    pytest.param(
        "Forecasters have put 41 degrees on Saturday, with a cool change expected late on Sunday.",
        THURSDAY,
        [("on Saturday", "2031-04-12", "planned"), ("late on Sunday", "2031-04-13", "planned")],
        id="with_a_change_expected",
    ),
    pytest.param(
        "The weather office on Saturday gave a 70% chance of storms from late Tuesday through "
        "Wednesday afternoon.",
        dt.date(2031, 4, 13),
        [
            ("on Saturday", "2031-04-12", "past"),
            ("late Tuesday", "2031-04-15", "planned"),
            ("Wednesday afternoon", "2031-04-16", "planned"),
        ],
        id="a_chance_of_storms",
    ),
    pytest.param(
        "Many families had left town for the long holiday weekend, and the lifts reopen for the "
        "coming weekend.",
        dt.date(2031, 4, 8),
        [
            ("the long holiday weekend", "2031-04", "past"),
            ("the coming weekend", "2031-04", "planned"),
        ],
        id="long_holiday_and_coming_weekends",
    ),
    pytest.param(
        "The opposition leader called for a referendum on the plan by Christmas.",
        dt.date(2031, 6, 9),
        [("Christmas", "2031-12-25", "planned")],
        id="a_demands_deadline",
    ),
    pytest.param(
        "The ferry left port at 12.15pm yesterday, many of its passengers heading home after "
        "spending Hogmanay with family. About 20 minutes later both engines cut out, and the "
        "coastguard was alerted at 12.41pm.",
        dt.date(2031, 1, 2),
        [
            ("at 12.15pm yesterday", "2031-01-01", "past"),
            ("Hogmanay", "2030-12-31", "past"),
            ("20 minutes later", "2031-01-01", "past"),
            ("at 12.41pm", "2031-01-01", "past"),
        ],
        id="after_spending_hogmanay",
    ),
    pytest.param(
        "Volunteers spent Easter Sunday raking gravel on the course. \u2018I was out there at "
        "seven in the morning,\u2019 the race director said.",
        dt.date(2031, 4, 15),
        [
            ("Easter Sunday", "2031-04-13", "past"),
            ("at seven in the morning", "2031-04-13", "past"),
        ],
        id="guard_a_holiday_spent_is_the_day_told",
    ),
    pytest.param(
        "The ski field, bought by a trust in 2009, opened as early as 29 May in 2021 but did "
        "not open until 18 July in 2015.",
        THURSDAY,
        [
            ("in 2009", "2009", "past"),
            ("29 May", "2021-05-29", "past"),
            ("in 2021", "2021", "past"),
            ("18 July", "2015-07-18", "past"),
            ("in 2015", "2015", "past"),
        ],
        id="a_day_in_a_year",
    ),
    pytest.param(
        "In 2019, vandals painted the memorial. No one was charged.\n\nThe poppy campaign, "
        "which began on Oct. 30, raised $38,000 this year.",
        dt.date(2031, 11, 12),
        [
            ("In 2019", "2019", "past"),
            ("on Oct. 30", "2031-10-30", "past"),
            ("this year", "2031", "past"),
        ],
        id="this_year_after_the_day",
    ),
    pytest.param(
        "Livestock shows scheduled for Thursday afternoon were moved to 8 a.m. Saturday in the "
        "Expo Center.",
        dt.date(2031, 4, 11),
        [
            ("Thursday afternoon", "2031-04-10", "past"),
            ("8 a.m. Saturday", "2031-04-12", "planned"),
        ],
        id="scheduled_then_moved",
    ),
    pytest.param(
        "Officers visited the bakery on Sunday afternoon and will return on Thursday week for a "
        "full inspection.",
        dt.date(2031, 4, 1),
        [
            ("on Sunday afternoon", "2031-03-30", "past"),
            ("on Thursday week", "2031-04-10", "planned"),
        ],
        id="thursday_week_after_a_run",
    ),
    pytest.param(
        "The island\u2019s Burns Night supper on Sunday, which drew 140 people to the hall last "
        "year, had been relying on the Saturday morning sailing to bring the haggis.",
        dt.date(2026, 1, 20),
        [
            ("Burns Night", "2026-01-25", "planned"),
            ("on Sunday", "2026-01-25", "planned"),
            ("last year", "2025", "past"),
            ("Saturday morning", "2026-01-24", "planned"),
        ],
        id="the_year_of_an_aside",
    ),
    pytest.param(
        "The last time the town sweltered on Anzac Day was in 2005, when it reached 34C at 2pm.",
        dt.date(2031, 4, 24),
        [
            ("on Anzac Day", "2005-04-25", "past"),
            ("in 2005", "2005", "past"),
            ("at 2pm", "2005-04-25", "past"),
        ],
        id="the_last_time_was_in",
    ),
    pytest.param(
        "The street reopens on Friday, and next year's race falls on 9 February. Registration "
        "for next year's race opens Nov. 1.",
        dt.date(2031, 2, 14),
        [
            ("on Friday", "2031-02-14", "planned"),
            ("next year", "2032", "planned"),
            ("on 9 February", "2032-02-09", "planned"),
            ("next year", "2032", "planned"),
            ("Nov. 1", "2031-11-01", "planned"),
        ],
        id="next_years_race",
    ),
    pytest.param(
        "The city's last great flood, in June 1998, closed the metro for eleven days. The river "
        "crested on June 9, and two days later the government declared an emergency.",
        THURSDAY,
        [
            ("in June 1998", "1998-06", "past"),
            ("on June 9", "1998-06-09", "past"),
            ("two days later", "1998-06-11", "past"),
        ],
        id="a_day_of_the_month_told_years_ago",
    ),
]


@pytest.mark.parametrize(("body", "published", "expected"), CASES)
def test_the_rules_of_round_forty_five(
    body: str, published: dt.date, expected: list[tuple[str, str, str]]
) -> None:
    assert rows(body, published) == expected


def _story(caption: str) -> str:
    return (
        "Valley Tribune\n\nMarket closes early\n\nBy Ann Writer\n\nThe market opened on Tuesday "
        f"with 3,000 visitors.\n\n{caption}\n\nOrganisers said it would close on Sunday."
    )


@pytest.mark.parametrize(
    "caption",
    [
        "Stallholders pack up at the Mill Green market on Wednesday night. (Submitted photo)",
        "Stallholders pack up at the Mill Green market on Wednesday night. (Ann Lee/Ledger photo)",
        "Stallholders pack up at the Mill Green market on Wednesday night. Coastwire/Ana Rios",
        "Photo caption: Stallholders pack up at the Mill Green market on Wednesday night.",
    ],
)
def test_a_caption_among_the_paragraphs_shows_what_has_happened(caption: str) -> None:
    assert story_rows(_story(caption), THURSDAY) == [
        ("on Tuesday", "2031-04-08", "past"),
        ("on Wednesday night", "2031-04-09", "past"),
        ("on Sunday", "2031-04-13", "planned"),
    ]


def test_a_paragraph_with_a_slash_is_no_caption() -> None:
    assert not reads_as_caption("The 24/7 helpline opens on Wednesday night, the council said.")
    assert not reads_as_caption("Fans of AC/DC queued on Wednesday night. The Rock Tribute Band")
    assert reads_as_caption("Volunteers stack sandbags on Wednesday. Coastwire/Ana Rios")


def test_a_primarys_polling_day_in_a_quote_does_not_stop_the_timeline() -> None:
    # A crash of the round-44 kit (KeyError) on a blind set of round 45: the mention marked as
    # a primary's was looked up in its sentence under its old name.
    body = (
        "Voters went to the polls in the primary on Tuesday, Sept. 15. \u201cSomething happens, "
        "everyone panics, and then on polling day people queue for hours anyway,\u201d said "
        "Luisa Paredes, a political scientist."
    )
    assert rows(body, dt.date(2031, 9, 19)) == [
        ("on Tuesday, Sept. 15", "2031-09-15", "past"),
        ("on polling day", "2031-09-15", "past"),
    ]


def test_a_headlines_holiday_drawing_near_and_a_deks_injury() -> None:
    story = (
        "Moor Gazette\n\nBoy burned by rocket at unofficial bonfire as Bonfire Night nears\n\n"
        "Police urge families to go to organised displays after Saturday night injury\n\nBy "
        "Ann Writer\n\nA boy was burned at a bonfire on Saturday night, police said yesterday."
    )
    assert story_rows(story, dt.date(2031, 11, 3)) == [
        ("Bonfire Night", "2031-11-05", "planned"),
        ("Saturday night", "2031-11-01", "past"),
        ("on Saturday night", "2031-11-01", "past"),
        ("yesterday", "2031-11-02", "past"),
    ]
