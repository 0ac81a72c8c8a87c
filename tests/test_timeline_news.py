"""Timeline rules for newswire (issue 16, second round), each on a fresh fictional snippet.

Datelines, comparison baselines, "could not be reached", months and years that modify a noun,
and a company's reporting year.
"""

from __future__ import annotations

import datetime as dt

import pytest

from lessons.article import parse_article
from lessons.timeline import build_timeline
from lessons.timeline.baselines import is_comparison

THURSDAY = dt.date(2026, 3, 5)


def story_rows(text: str, published: dt.date | None) -> list[tuple[str, str | None, str]]:
    """(expression, date, status) of every entry of a story given whole (headline, dek, byline
    and body)."""
    article = parse_article(text)
    return [(e.expression, e.date, e.status) for e in build_timeline(article, published)]


def rows(body: str, published: dt.date | None = THURSDAY) -> list[tuple[str, str | None, str]]:
    """(expression, date, status) of every entry of a one-paragraph story."""
    return story_rows(f"Harbour News\n\n{body}", published)


# --------------------------------------------------------------------------- datelines


def test_a_datelines_date_is_the_entry_filed_from_its_place() -> None:
    article = parse_article(
        "Harbour Vote\n\nPORT ELLIS, Aug. 21 (Coastwire) -- The harbour board voted on Friday "
        "to sell the pier."
    )
    events = build_timeline(article, dt.date(2026, 8, 22))
    first = events[0]
    assert (first.expression, first.date, first.event, first.status) == (
        "Aug. 21",
        "2026-08-21",
        "Filed from PORT ELLIS",
        "past",
    )
    assert article.raw[first.start : first.end] == "Aug. 21"
    assert [(e.expression, e.date) for e in events[1:]] == [("on Friday", "2026-08-21")]


def test_a_dateline_is_never_read_ahead_and_needs_a_date() -> None:
    filed = parse_article("Harbour Vote\n\nPORT ELLIS, Dec. 30 (Coastwire) -- The board met.")
    assert build_timeline(filed, dt.date(2027, 1, 2))[0].date == "2026-12-30"
    no_date = parse_article("Harbour Vote\n\nPORT ELLIS (Coastwire) -- The board met on Monday.")
    assert [e.expression for e in build_timeline(no_date, THURSDAY)] == ["on Monday"]
    assert build_timeline(filed, None) == []


# --------------------------------------------------------------------------- comparisons


@pytest.mark.parametrize(
    "body",
    [
        "Net income rose to $5 million from $4 million a year ago.",
        "Revenue reached 45% of sales, compared with 40% a year earlier.",
        "Tarrow Mills earned $1.2 million, or 9 cents a share, a year ago.",
    ],
)
def test_the_baseline_of_a_figure_is_no_entry(body: str) -> None:
    assert rows(body) == []


def test_a_year_ago_that_is_no_comparison_stays_and_last_year_stays() -> None:
    assert rows("A year ago, the mill closed.") == [("A year ago", "2025", "past")]
    assert rows("Tarrow posted a loss of $3 million last year.") == [("last year", "2025", "past")]
    assert rows("Rates are lower than a year ago.") == []
    assert rows("She showed a photo from a year ago.") == [("a year ago", "2025", "past")]
    assert not is_comparison("ago", "The mill closed ")


# --------------------------------------------------------------------------- tense


@pytest.mark.parametrize(
    ("body", "date", "status"),
    [
        ("The mayor could not be reached for comment Wednesday.", "2026-03-04", "past"),
        ("Neither he nor his aides could be located Wednesday.", "2026-03-04", "past"),
        ("The final vote could come Wednesday.", "2026-03-11", "planned"),
    ],
)
def test_could_not_is_an_attempt_that_failed(body: str, date: str, status: str) -> None:
    assert [(d, s) for _, d, s in rows(body)] == [(date, status)]


# --------------------------------------------------------------------------- months and years


def test_a_month_that_names_an_events_time_or_a_contracts_delivery_is_an_entry() -> None:
    assert rows("Police found new evidence in the October slaying.") == [
        ("October", "2025-10", "past")
    ]
    assert rows("The April accession will make them members.") == [("April", "2026-04", "planned")]
    assert rows("She joined the March of Dimes.") == []
    assert rows("The September bond future fell; the October heating oil rose.") == [
        ("September", "2026-09", "planned"),  # (round 64: a contract's delivery month is a
        ("October", "2026-10", "planned"),  # month still to come, as the blind sets' keys read it)
    ]


def test_a_year_after_pre_or_post_is_an_entry() -> None:
    assert rows("The post-1959 politics split families; pre-2000 prices were lower.") == [
        ("post-1959", "1959", "past"),
        ("pre-2000", "2000", "past"),
    ]


# --------------------------------------------------------------------------- reporting year


def test_the_year_a_company_reports_on_is_this_year() -> None:
    assert rows("Shares hit a high for the year in June.", dt.date(2026, 10, 30)) == [
        ("the year", "2026", "past"),
        ("in June", "2026-06", "past"),
    ]
    assert rows("Sales fell in the first nine months of the year.") == [
        ("the year", "2026", "past")
    ]


def test_a_fiscal_year_named_by_its_last_day_and_titles_are_not_this_year() -> None:
    assert [r[0] for r in rows("For the year ended March 31, it earned $2 million.")] == [
        "March 31"
    ]
    assert rows("He was named Person of the Year.") == []
    assert rows("The year ended well.") == []


# ------------------------------------------------- third round: a fresh held-out set's lessons


def test_a_datelines_day_is_the_storys_today() -> None:
    article = parse_article(
        "Ferry Deal\n\nALDER BAY, June 9 (Coastwire) -- Ferry crews accepted a new contract. "
        '"Today the boats sail again," the union said.'
    )
    events = build_timeline(article, dt.date(2026, 6, 10))  # filed Tuesday, published Wednesday
    assert [(e.expression, e.date) for e in events] == [
        ("June 9", "2026-06-09"),
        ("Today", "2026-06-09"),
    ]


def test_a_clause_of_time_after_a_future_looks_ahead() -> None:
    assert rows(
        "Crews will stay until the roads reopen on Friday. Crews stayed until the roads "
        "reopened on Monday."
    ) == [("on Friday", "2026-03-06", "planned"), ("on Monday", "2026-03-02", "past")]


def test_a_subject_without_a_verb_takes_the_tense_of_its_predicate() -> None:
    body = (
        "A blizzard in early January, which closed schools for three days, drained the road budget."
    )
    assert rows(body, dt.date(2025, 12, 10)) == [("in early January", "2025-01", "past")]


def test_a_past_tense_month_is_before_publication_unless_it_was_planned() -> None:
    assert rows("The ferry company changed its name in December.", dt.date(2025, 10, 20)) == [
        ("in December", "2024-12", "past")
    ]
    body = "The ferry company has decided to rename its boats, docks and offices in November."
    assert rows(body, dt.date(2025, 10, 20)) == [("in November", "2025-11", "planned")]


def test_a_holiday_with_its_year_is_that_years_holiday() -> None:
    assert rows("Riders were promised trains by Christmas 2019.", dt.date(2021, 6, 15)) == [
        ("Christmas 2019", "2019-12-25", "past")
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Harbour board delays pier vote to Monday",
        "The harbour board put off a vote on the new pier lease until Monday.",
    ],
)
def test_a_postponement_points_ahead_in_any_tense(body: str) -> None:
    published = dt.date(2026, 3, 6)  # a Friday
    assert [(e, d) for e, d, _ in rows(body, published)] == [("Monday", "2026-03-09")]


def test_a_weekday_in_the_possessive_is_the_one_already_named() -> None:
    body = (
        "The club hosts Carrow at 7:30 p.m. Friday. Tickets for Friday's game went on sale "
        "on Monday."
    )
    assert rows(body, dt.date(2026, 3, 8)) == [  # a Sunday
        ("at 7:30 p.m. Friday", "2026-03-13", "planned"),
        ("Friday", "2026-03-13", "planned"),
        ("on Monday", "2026-03-02", "past"),
    ]


def test_a_habit_on_a_weekday_is_no_date() -> None:
    assert rows("We used to have 600 skaters in here on a Friday, the owner said.") == []


def test_the_following_week_is_a_week() -> None:
    article = parse_article(
        "Harbour News\n\nThe board meets on March 12 and votes the following week."
    )
    events = build_timeline(article, THURSDAY)
    assert [(e.expression, e.date, e.period) for e in events] == [
        ("on March 12", "2026-03-12", None),
        ("the following week", "2026-03", "2026-W12"),
    ]


def test_the_end_of_the_year_just_ended_in_early_january() -> None:
    body = "Stock at the end of the year was 11% lower, the chain said."
    assert rows(body, dt.date(2026, 1, 5)) == [("at the end of the year", "2025-12", "past")]


def test_a_fiscal_year_named_by_its_last_day_is_only_that_day() -> None:
    body = "Sales for the fiscal year that ended Dec. 28 rose 4%, the chain said."
    assert rows(body, dt.date(2026, 1, 5)) == [("Dec. 28", "2025-12-28", "past")]


def test_a_month_name_that_is_no_other_word_stands_alone() -> None:
    body = (
        "December was the busiest month for the ferry. September heating oil stood at "
        "$2.10 a gallon."
    )
    assert rows(body, dt.date(2026, 1, 5)) == [
        ("December", "2025-12", "past"),
        ("September", "2026-09", "planned"),  # a contract's delivery month (round 64)
    ]


# ----------------------------------------- fourth round: the second blind set's general lessons


def test_a_chronology_keeps_its_day_headings() -> None:
    article = parse_article(
        "Ridge Fire: hour by hour\n\nBy Ana Ruiz\nUpdated Aug. 15, 2021, 9:12 a.m.\n\n"
        "The Ridge Fire had burned 9,000 acres by Sunday morning. Here is how it spread.\n\n"
        "Friday, Aug. 13\n\n2:40 p.m. \u2014 A driver reports smoke.\n\n"
        "11:20 p.m. \u2014 Winds shift.\n\nSaturday, Aug. 14\n\n"
        "6 a.m. \u2014 The fire jumps the road.\n"
    )
    assert article.date_line is not None and article.date_line.text.startswith("Updated")
    events = build_timeline(article, dt.date(2021, 8, 15))
    assert [(e.expression, e.date) for e in events] == [
        ("Sunday morning", "2021-08-15"),
        ("Friday, Aug. 13", "2021-08-13"),
        ("2:40 p.m.", "2021-08-13"),
        ("11:20 p.m.", "2021-08-13"),
        ("Saturday, Aug. 14", "2021-08-14"),
        ("6 a.m.", "2021-08-14"),
    ]


def test_a_time_before_the_date_is_still_a_date_line() -> None:
    article = parse_article(
        "Deposit cap clears Commons\n\nBy Fiona Carr\nPublished: 06:00 BST, 8 June 2022\n\n"
        "The bill cleared the Commons yesterday.\n"
    )
    assert article.date_line is not None
    assert [(e.expression, e.date) for e in build_timeline(article, dt.date(2022, 6, 8))] == [
        ("yesterday", "2022-06-07")
    ]


def test_a_habit_with_typically_is_no_date() -> None:
    body = "Heater sales typically peak between Thanksgiving and mid-January, the company said."
    assert rows(body) == []


def test_that_spring_is_in_the_year_just_told() -> None:
    body = "She married a deckhand in 1949. That spring, the couple bought a house on the harbor."
    assert rows(body) == [("in 1949", "1949", "past"), ("That spring", "1949", "past")]


def test_a_company_ended_the_year_just_ended() -> None:
    body = "Shares fell 6% on Wednesday and ended the year down 18%."
    assert rows(body, dt.date(2026, 1, 2)) == [  # a Friday
        ("on Wednesday", "2025-12-31", "past"),
        ("the year", "2025", "past"),
    ]


def test_a_weekday_counted_in_a_month_is_a_rule_not_a_date() -> None:
    body = "Organizers moved the race to the third Sunday of the month in 2019."
    assert rows(body) == [("in 2019", "2019", "past")]


def test_a_possessive_weekday_follows_a_past_tense() -> None:
    body = "Friday's vote drew a crowd of students to the library."
    assert rows(body, dt.date(2019, 4, 16)) == [("Friday", "2019-04-12", "past")]  # a Tuesday


def test_a_photo_shows_what_has_happened() -> None:
    article = parse_article(
        "Ferry aground\n\nBy Eilidh Dunn\n\nPhotograph: Calum Reid for the Examiner\n"
        "The ferry aground below the point on Saturday morning.\n\n"
        "A ferry that ran aground had been sailing on backup steering, an inquiry found.\n"
    )
    events = build_timeline(article, dt.date(2025, 8, 21))  # a Thursday
    assert [(e.expression, e.date) for e in events] == [("on Saturday morning", "2025-08-16")]


def test_a_day_of_the_month_alone_is_the_one_the_story_named() -> None:
    body = (
        "The judge set a hearing for Nov. 7 on the rental rule. The city must respond by "
        "Oct. 31. \"We'll see them in court on the 7th,\" the owners' lawyer said."
    )
    assert [(e, d) for e, d, _ in rows(body, dt.date(2022, 10, 14))] == [
        ("Nov. 7", "2022-11-07"),
        ("Oct. 31", "2022-10-31"),
        ("on the 7th", "2022-11-07"),
    ]
    body = "The city must pay the contractor by the 15th. He finished the 7th hole."
    assert rows(body, dt.date(2022, 10, 20)) == [("the 15th", "2022-11-15", "planned")]


# ------------------------------------------ fifth round: the third blind set's general lessons


def test_a_holiday_before_an_event_is_its_day_and_july_stays_inside_it() -> None:
    body = (
        "A shutdown would cancel the city's Fourth of July fireworks. Lawmakers hope to leave "
        "before the Fourth of July recess."
    )
    assert rows(body, dt.date(2025, 6, 29)) == [("Fourth of July", "2025-07-04", "planned")]


def test_last_spring_is_a_date_whatever_word_follows() -> None:
    body = '"Last spring there were nights I never sat down," the nurse said.'
    assert rows(body, dt.date(2023, 9, 16)) == [("Last spring", "2023", "past")]


def test_the_first_half_of_next_year_is_the_year() -> None:
    body = "The bank expects to close the branches in the first half of next year."
    assert rows(body, dt.date(2019, 10, 18)) == [
        ("in the first half of next year", "2020", "planned")
    ]


def test_a_month_of_that_year_takes_the_year_just_told() -> None:
    body = (
        "The festival began in 1986. In March of that year, the founders rented a barn. In "
        "June of the following year they moved to the river."
    )
    assert rows(body, dt.date(2026, 4, 21)) == [
        ("in 1986", "1986", "past"),
        ("In March of that year", "1986-03", "past"),
        ("In June of the following year", "1987-06", "past"),
    ]


@pytest.mark.parametrize(
    "line", ["Published 12:41 a.m. EDT Sept. 7, 2022", "September 7, 2022 / 11:52 AM ET"]
)
def test_date_lines_with_the_time_first_or_after_a_slash(line: str) -> None:
    article = parse_article(f"Storm nears coast\n\nBy Carla Vent\n{line}\n\nThe storm grew.\n")
    assert article.date_line is not None and article.date_line.text == line
