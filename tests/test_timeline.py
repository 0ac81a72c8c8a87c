"""Lesson 4: the timeline, on the seed article, the practice set and invented snippets."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import subprocess
import sys
import time

import jsonschema
import pytest

from lessons import document, evaluate
from lessons.article import Article, Span, parse_article
from lessons.data import PROJECT_ROOT
from lessons.pipeline import analyze, analyze_text
from lessons.timeline import (
    Event,
    When,
    build_timeline,
    find_time_expressions,
    infer_published,
    news_tags,
    parse_period,
    parse_when,
    plot_timeline,
    resolve,
    to_csv,
    to_timelinejs,
)
from lessons.timeline.chart import date_text

SEED_PUBLISHED = dt.date(2024, 11, 20)  # a Wednesday
THURSDAY = dt.date(2025, 3, 6)


def timeline_of(body: str, published: dt.date | None = THURSDAY) -> list[Event]:
    """The timeline of a made-up article: a headline and the given body."""
    article = parse_article("Council Story\n\n" + body)
    events = build_timeline(article, published)
    for event in events:
        assert article.raw[event.start : event.end] == event.expression
    return events


def found(body: str, published: dt.date | None = THURSDAY) -> list[tuple[str, str | None, str]]:
    return [(e.expression, e.date, e.status) for e in timeline_of(body, published)]


# --- The seed article ---------------------------------------------------------------------------

SEED_TIMELINE = [
    # expression, date, status, paragraph (None: caption)
    ("November 18, 2024", "2024-11-18", "past", None),
    ("on Wednesday", "2024-11-20", "past", 2),
    ("On Tuesday", "2024-11-19", "past", 5),
    ("a day earlier", "2024-11-18", "past", 5),
    ("on Tuesday", "2024-11-19", "past", 6),
    ("on Wednesday", "2024-11-20", "planned", 7),
    ("on November 20", "2024-11-20", "planned", 8),
    ("at the beginning of the year", "2024-01", "past", 9),
    ("last August", "2024-08", "past", 9),
    ("overnight", "2024-11-20", "past", 10),
]


def test_seed_publication_date_is_inferred(seed: Article) -> None:
    published = infer_published(seed)
    assert published.date == SEED_PUBLISHED
    assert published.source == (
        "inferred: 'November 20' and 'Wednesday' fall on the same day, 2024-11-20"
    )


def test_seed_given_date_wins(seed: Article) -> None:
    published = infer_published(seed, dt.date(2024, 11, 21))
    assert published == infer_published(seed, dt.date(2024, 11, 21))
    assert (published.date, published.source) == (dt.date(2024, 11, 21), "given")


def test_seed_timeline(seed: Article) -> None:
    events = build_timeline(seed, SEED_PUBLISHED)
    got = [(e.expression, e.date, e.status, e.paragraph) for e in events]
    assert got == SEED_TIMELINE
    for event in events:
        assert seed.raw[event.start : event.end] == event.expression
        assert event.event, f"no summary for {event.expression!r}"
        assert len(event.event.split()) <= 14, event.event


def test_seed_summaries_say_what_happened(seed: Article) -> None:
    events = {(e.expression, e.paragraph): e.event for e in build_timeline(seed, SEED_PUBLISHED)}
    assert events[("On Tuesday", 5)].startswith("Ukrainian forces launched six")
    assert events[("a day earlier", 5)] == (
        "President Biden authorized Kyiv to use the missile outside its borders"
    )
    assert events[("at the beginning of the year", 9)] == "Similar warnings were issued"
    assert "Independence Day" in events[("last August", 9)]
    assert events[("on Tuesday", 6)].startswith("Dmitry Perskov said")


def test_seed_is_the_same_with_the_inferred_date(seed_text: str) -> None:
    result = analyze_text(seed_text)
    assert result["published"] == "2024-11-20"
    assert [(e["expression"], e["date"]) for e in result["timeline"]] == [
        (expression, date) for expression, date, _, _ in SEED_TIMELINE
    ]


def test_seed_without_a_date_resolves_only_what_the_text_spells_out(seed: Article) -> None:
    events = build_timeline(seed, None)
    dates = {e.expression: e.date for e in events}
    assert dates["November 18, 2024"] == "2024-11-18"
    for relative in ("On Tuesday", "a day earlier", "last August", "overnight", "on Wednesday"):
        assert dates[relative] is None, relative


def test_footer_and_related_links_are_not_the_story() -> None:
    text = (
        "Council Votes\n\nBy Ana Ruiz\n\nPublished March 6, 2025\n\n"
        "The council voted on Tuesday.\n\n"
        "Related: Council delays vote (March 1, 2025)\n\n"
        "© 2025 The Daily Planet. All rights reserved."
    )
    article = parse_article(text)
    assert [e.expression for e in build_timeline(article, THURSDAY)] == ["on Tuesday"]


# --- Finding expressions: one snippet per kind -----------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # absolute dates, as precise as the text
        ("The trial began on Nov. 18.", [("on Nov. 18", "2024-11-18", "past")]),
        ("The law was signed November 18, 2024.", [("November 18, 2024", "2024-11-18", "past")]),
        ("He was born on 4 July 1976.", [("on 4 July 1976", "1976-07-04", "past")]),
        ("Flooding began on 3 March.", [("on 3 March", "2025-03-03", "past")]),
        ("The plan was drafted in March 2025.", [("in March 2025", "2025-03", "past")]),
        ("The bridge opened in 1968.", [("in 1968", "1968", "past")]),
        ("Costs have doubled since 2019.", [("2019", "2019", "past")]),
        ("The ruling came Sept. 11, 2001.", [("Sept. 11, 2001", "2001-09-11", "past")]),
        ("The data, dated 2024-11-18, leaked.", [("2024-11-18", "2024-11-18", "past")]),
        # weekdays: the latest such day, unless the text looks ahead
        ("The mayor resigned on Tuesday.", [("on Tuesday", "2025-03-04", "past")]),
        ("The mayor resigned Thursday.", [("Thursday", "2025-03-06", "past")]),
        ("The council will vote on Monday.", [("on Monday", "2025-03-10", "planned")]),
        ("The vote is scheduled for Tuesday.", [("Tuesday", "2025-03-11", "planned")]),
        ("Schools in two provinces reopen on Monday.", [("on Monday", "2025-03-10", "planned")]),
        ("Turnout in Wednesday's vote was low.", [("Wednesday", "2025-03-05", "past")]),
        ("The storm hit late Sunday night.", [("late Sunday night", "2025-03-02", "past")]),
        ("The board met last Thursday.", [("last Thursday", "2025-02-27", "past")]),
        ("The board meets next Monday.", [("next Monday", "2025-03-10", "planned")]),
        ("Pike said Tuesday the city would appeal.", [("Tuesday", "2025-03-04", "past")]),
        ("The hearing is on Monday, Nov. 10.", [("on Monday, Nov. 10", "2025-11-10", "planned")]),
        # clock times belong to their day
        ("It will brief at 9 a.m. Thursday.", [("at 9 a.m. Thursday", "2025-03-06", "planned")]),
        ("Polls closed at 5 p.m. on Friday.", [("at 5 p.m. on Friday", "2025-02-28", "past")]),
        # relative to publication
        ("The report was released yesterday.", [("yesterday", "2025-03-05", "past")]),
        ("The results come out today.", [("today", "2025-03-06", "planned")]),
        ("Officials met today.", [("today", "2025-03-06", "past")]),
        ("Results will be announced tomorrow.", [("tomorrow", "2025-03-07", "planned")]),
        ("Drone attacks were reported overnight.", [("overnight", "2025-03-06", "past")]),
        ("He apologised last night.", [("last night", "2025-03-05", "past")]),
        ("The company announced the cuts last week.", [("last week", "2025-02", "past")]),
        ("Officials are meeting this week.", [("this week", "2025-03", "planned")]),
        ("The board will publish it next week.", [("next week", "2025-03", "planned")]),
        ("The plant will close next month.", [("next month", "2025-04", "planned")]),
        ("Sales fell last year.", [("last year", "2024", "past")]),
        ("The law takes effect next year.", [("next year", "2026", "planned")]),
        ("Prices rose earlier this year.", [("earlier this year", "2025", "past")]),
        (
            "Alerts came at the beginning of the year.",
            [("at the beginning of the year", "2025-01", "past")],
        ),
        ("Work will end by the end of the year.", [("the end of the year", "2025-12", "planned")]),
        ("A wall was due by the end of last year.", [("the end of last year", "2024-12", "past")]),
        ("Alerts came around Independence Day last August.", [("last August", "2024-08", "past")]),
        ("The lanes reopened in late September.", [("in late September", "2024-09", "past")]),
        ("The bridge is to reopen in early March.", [("in early March", "2025-03", "planned")]),
        ("The wall will not be finished until July.", [("July", "2025-07", "planned")]),
        ("Two weeks ago, the board met.", [("Two weeks ago", "2025-02", "past")]),
        ("Last spring, the district cut 30 teachers.", [("Last spring", "2024", "past")]),
        (
            "It reported on the first quarter of 2024.",
            [("the first quarter of 2024", "2024", "past")],
        ),
    ],
)
def test_expression_kinds(body: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(body, THURSDAY) == expected


@pytest.mark.parametrize(
    "body",
    [
        "The strike lasted for three weeks.",
        "The batteries can run out of power over a few weeks.",
        "The shelters stayed open 48 hours.",
        "Leaders met at a three-day summit.",
        "Prices rose 5 percent over the past year.",
        "The office is open every Tuesday.",
        "Meetings are held on Tuesdays.",
        "The mines would be delivered soon; recently officials said so, and now they agree.",
        "Nurses on the overnight shift were tired.",
        "All three children attended the same day care center.",
        "Schools reopen after the winter break.",
        "The Sunday Times and USA Today reported it.",
        "She told Theresa May the numbers: 2,019 people and 1,500 troops.",
        "The law was passed in the 1990s.",
    ],
)
def test_not_a_point_in_time(body: str) -> None:
    assert found(body, THURSDAY) == []


def test_a_day_earlier_counts_from_the_event_just_described() -> None:
    body = (
        "On Tuesday, forces launched missiles, a day after the president allowed it.\n\n"
        "Inspectors found cracks on Nov. 18. The bridge was narrowed two days later.\n\n"
        "Pike pushed a similar deal through in 2019. The company moved anyway two years later."
    )
    assert found(body, dt.date(2024, 11, 21)) == [
        ("On Tuesday", "2024-11-19", "past"),
        ("on Nov. 18", "2024-11-18", "past"),
        ("two days later", "2024-11-20", "past"),
        ("in 2019", "2019", "past"),
        ("two years later", "2021", "past"),
    ]


# --- Rules, one fictional snippet a line (issue 16: each newswire rule with a near miss) ------

# body | published (T Thu 2025-03-06, F 03-07, J 2025-01-10, M 05-06, A Tue 2025-10-28) |
# expression = date [status]; ...  (an indented line goes on with the one above)
RULES = """
# counted from publication when no event comes before; a year written in the sentence
A day earlier, the two sides had talked. | T | A day earlier = 2025-03-05 past
In 2019, the council voted on March 5 to sell the land. | T
    | In 2019 = 2019 past; on March 5 = 2019-03-05 past
Under a plan set in 2019 that had no cap, it bought shares through Sept. 29. | A
    | in 2019 = 2019; Sept. 29 = 2025-09-29
# a date without a year: the nearest reading, the way the tense points
The storm hit on Dec. 30. | J | on Dec. 30 = 2024-12-30 past
The vote will be held on Dec. 30. | J | on Dec. 30 = 2025-12-30 planned
The rally on Jan. 12 is open to all. | J | on Jan. 12 = 2025-01-12 planned
The board met Tuesday, Nov. 19. | T | Tuesday, Nov. 19 = 2024-11-19 past
# a past tense reaches two months ahead ("was extended to" names a deadline), no further
The ferry company's offer was extended to Nov. 21. | A | Nov. 21 = 2025-11-21 planned
Marwick Tools declared a dividend payable Dec. 12. | A | Dec. 12 = 2025-12-12 planned
The mill closed on Feb. 3. | A | on Feb. 3 = 2025-02-03 past
# tense, aspect and cue words decide the direction ("Wednesday's ruling": the nearest day)
The harbour board postponed until Tuesday its vote on the pier. | T | Tuesday = 2025-03-11 planned
The harbour board voted on Tuesday. | T | on Tuesday = 2025-03-04 past
Dockers planned a march on Saturday. | T | on Saturday = 2025-03-08
The agency asked the executives to appear at a hearing Monday. | T | Monday = 2025-03-10
The bidders extended their offers to buy the mill Monday. | T | Monday = 2025-03-03
A march planned for Saturday was called off. | T | Saturday = 2025-03-01
The day before last Tuesday's hearing, the two met. | T | The day before last Tuesday = 2025-03-03
The east winds should ease on Tuesday. | T | on Tuesday = 2025-03-11
The winds should have eased on Tuesday. | T | on Tuesday = 2025-03-04
Earlier Sunday, hundreds pray outside. | T | Earlier Sunday = 2025-03-02
A ferry sank next to the pier on Monday. | T | on Monday = 2025-03-03
The fund doubles its grants by August. | A | August = 2026-08
The fund had doubled its grants by August. | A | August = 2025-08
The bank extended the loans through January. | A | January = 2026-01
Tillbrook named a chief, effective Feb. 1. | A | Feb. 1 = 2026-02-01
Rescuers have searched since the Oct. 23 landslide. | M | Oct. 23 = 2024-10-23 past
The growers said they would appeal Wednesday's ruling. | F | Wednesday = 2025-03-05 past
The Courier said in an editorial on Saturday, April 26: enough. | T
    | on Saturday, April 26 = 2025-04-26 planned
# years: modifiers, ranges, years read aloud, months of a named year (not "the 2011" alone)
Residents still recall the 2011 flood and the mill's 2014 closing. | T
    | 2011 = 2011 past; 2014 = 2014 past
The tally reached 2011 by noon. | T |
The Harbour index closed at 2082.1 on Friday. | T | on Friday = 2025-02-28 past
His failed 1996 campaign still stings. | T | 1996 = 1996
That 1978 resolution calls for a pullout. | T | 1978 = 1978
The remaining 1990 shares were sold. | T |
The 2009-2010 strike and the 1957-58 season. | T
    | 2009 = 2009; 2010 = 2010; 1957 = 1957; 58 = 1958
Earnings fell in both 2023 and 2024. | T | 2023 = 2023; 2024 = 2024
Engineers warned of leaks as early as 2009. | T | 2009 = 2009
In nineteen ninety-six a bomb shook the games. | T | In nineteen ninety-six = 1996
It was to halve by the year two thousand. | T | the year two thousand = 2000
In January this year, police reopened it. | T | In January this year = 2025-01
But in June last year, the leaders split. | T | in June last year = 2024-06
The summit runs on April 24 and 25. | T | on April 24 = 2025-04-24; 25 = 2025-04-25
# business calendar: fiscal 2023 is 2023; "the full year", "year-end": this year (or last)
Pellory Mills lost money in fiscal 2023. | T | 2023 = 2023 past
Pellory Mills expects a profit in the current fiscal year. | T
    | in the current fiscal year = 2025 planned
Marwick expects a loss for the full year. | T | the full year = 2025
Marwick will cut 600 jobs by year-end. | T | year-end = 2025
Costs have risen since year-end. | T | year-end = 2024
The year ended well. | T |
# a clock time or a part of a day belongs to the day just described (none: no row)
The fire started on Sunday. At 7 p.m., crews came. | T
    | on Sunday = 2025-03-02; At 7 p.m. = 2025-03-02
Counters met on Monday. By late afternoon, they were done. | T
    | on Monday = 2025-03-03; late afternoon = 2025-03-03
Crews arrived at 7 p.m. | T |
# comparisons are no dates: the baseline of a figure is a period of comparison, not an event
The birds left a month earlier than usual. | T |
Profit for the quarter ended Sept. 30 rose to $5 million from $4 million a year earlier.
    Sales rose to $9 million from $8 million a year earlier. | A | Sept. 30 = 2025-09-30
# a quoted e-mail counts from the day it was written
In an e-mail on March 3, the mayor wrote: "Crews will start tomorrow." | T
    | on March 3 = 2025-03-03; tomorrow = 2025-03-04
"Crews will start tomorrow," the mayor said. | T | tomorrow = 2025-03-07
# an event named by its noun, when the timeline has dated it
The ferry was grounded on Friday night. Two days after the grounding, divers came. | T
    | on Friday night = 2025-02-28; Two days after the grounding = 2025-03-02
Two days after the grounding, divers came. | T |
# holidays, weeks, titles, "today" meaning nowadays (not "one of today's votes")
He was found Thanksgiving Day clinging to a raft. | T | Thanksgiving Day = 2024-11-28
He drifted ashore last Thanksgiving following a storm. | T | last Thanksgiving = 2024-11-28
A hearing is set for the week of March 31. | T | the week of March 31 = 2025-04
Baker spoke on the "This Week" programme. This is VOA Today. | T |
Many of today's computers use it, like the cars of tomorrow. | T |
One of today's votes failed. | T | today = 2025-03-06
"""
_DAYS = dict(T=THURSDAY, F=dt.date(2025, 3, 7), J=dt.date(2025, 1, 10))
_DAYS |= dict(M=dt.date(2025, 5, 6), A=dt.date(2025, 10, 28))
_CASES = [c for c in RULES.strip().replace("\n    ", " ").splitlines() if not c.startswith("#")]


@pytest.mark.parametrize("case", _CASES, ids=lambda c: c[:40])
def test_rules(case: str) -> None:
    body, day, dates = (part.strip() for part in case.split("|"))
    expected = [pair.split(" = ") for pair in dates.split("; ") if pair]
    events = timeline_of(body, _DAYS[day])
    assert [(e.expression, e.date) for e in events] == [(x, d.split()[0]) for x, d in expected]
    for event, (_, wanted) in zip(events, expected, strict=True):
        assert wanted.split()[1:] in ([], [event.status]), event


def test_headline_and_caption_are_read() -> None:
    text = (
        "Council to Vote Tuesday on Budget\n\nPhoto by Ana Ruiz\n"
        "The council chamber on Monday. Photo by Ana Ruiz\n\nThe council meets again soon."
    )
    article = parse_article(text)
    events = build_timeline(article, THURSDAY)
    assert [(e.expression, e.date, e.status, e.paragraph) for e in events][0] == (
        "Tuesday",
        "2025-03-11",
        "planned",
        None,
    )


def test_crlf_offsets() -> None:
    text = (
        "Council Votes\r\n\r\nThe council voted on Tuesday.\r\nA day earlier, the mayor quit.\r\n"
    )
    article = parse_article(text)
    events = build_timeline(article, THURSDAY)
    assert [(e.expression, e.date) for e in events] == [
        ("on Tuesday", "2025-03-04"),
        ("A day earlier", "2025-03-03"),
    ]
    for event in events:
        assert text[event.start : event.end] == event.expression


def test_find_time_expressions_keeps_raw_offsets() -> None:
    raw = "xxxx The vote on Nov. 18, 2024 and since 2019."
    span = Span(raw[5:], 5, len(raw))
    mentions = find_time_expressions(span)
    assert [m.text for m in mentions] == ["on Nov. 18, 2024", "2019"]
    assert all(raw[m.start : m.end] == m.text for m in mentions)


def test_resolve_and_when() -> None:
    mention = find_time_expressions(Span("last August", 0, 11))[0]
    assert str(resolve(mention, dt.date(2024, 11, 20))) == "2024-08"
    assert str(resolve(mention, dt.date(2024, 8, 20))) == "2023-08"
    assert resolve(mention, None) is None
    assert When(2024, 2).last_day == dt.date(2024, 2, 29)
    assert parse_when("2024-11") == When(2024, 11)
    assert parse_when("2024-02-30") is None and parse_when("soon") is None


# --- When was it published? -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "source"),
    [
        (
            "Mayor Quits\n\nBy Ana Ruiz\n\nPublished March 5, 2025\n\nThe mayor quit on Tuesday.",
            dt.date(2025, 3, 5),
            "inferred: the date line reads 'Published March 5, 2025'",
        ),
        (
            "Mayor Quits\n\nKYIV, Nov. 20 (Reuters) — The mayor quit on Wednesday.\n\n"
            "© 2024 Reuters",
            dt.date(2024, 11, 20),
            "inferred: the dateline reads 'KYIV, Nov. 20 (Reuters)'",
        ),
        (
            "Mayor Quits\n\nThe council met on Nov. 18, 2024. The mayor quit on Tuesday and left "
            "on Wednesday.",
            dt.date(2024, 11, 20),
            "inferred: the weekdays 'Tuesday' and 'Wednesday' fall in the week after "
            "'Nov. 18, 2024'; the latest is 2024-11-20",
        ),
        (
            "Mayor Quits\n\nThe mayor quit on Tuesday. The council met last week.",
            None,
            "unknown: no date given, no date line, and no weekday in the story fits one of its "
            "dates",
        ),
    ],
)
def test_infer_published(text: str, date: dt.date | None, source: str) -> None:
    published = infer_published(parse_article(text))
    assert (published.date, published.source) == (date, source)


def test_unknown_publication_leaves_relative_dates_open() -> None:
    events = found("The mayor quit on Tuesday, a week after the vote on March 3, 2025.", None)
    assert events == [("on Tuesday", None, "past"), ("on March 3, 2025", "2025-03-03", "past")]


# --- The practice set -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def report() -> evaluate.CorpusReport:
    return evaluate.evaluate_corpus(analyze_text)


def test_practice_set_bars(report: evaluate.CorpusReport) -> None:
    practice = [a for a in report.articles if a.name.startswith("practice/")]
    assert len(practice) >= 7
    total = practice[0].timeline
    for article in practice[1:]:
        total += article.timeline
    assert total.date_accuracy >= 0.90, total.errors
    assert total.precision >= 0.85, total.errors


def test_seed_scores_perfectly(report: evaluate.CorpusReport) -> None:
    seed = next(a for a in report.articles if a.name == "seed")
    assert seed.timeline.date_accuracy == 1.0 and seed.timeline.precision == 1.0


# --- Odd input ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'Headline\n\n"""\n\n\u201c\u201d\u201c\u201d',
        "Headline \U0001f389\n\n\U0001f389 The party is on Tuesday \U0001f389 and Nov. 18.",
        "\u0639\u0646\u0648\u0627\u0646\n\n"
        "\u0642\u0627\u0644 \u0627\u0644\u0645\u0633\u0624\u0648\u0644 "
        "\u064a\u0648\u0645 \u0627\u0644\u062b\u0644\u0627\u062b\u0627\u0621. "
        "The vote was Tuesday.",
        "Headline\n\n" + " ".join(["the mayor said on Tuesday that the council met"] * 200),
        "Headline\n\nMay May May 2019 2019-13-45 Feb. 30, 2024 on Monday's Monday",
    ],
)
def test_odd_input_does_not_crash(text: str) -> None:
    article = parse_article(text)
    published = infer_published(article)
    events = build_timeline(article, THURSDAY)
    for event in events:
        assert article.raw[event.start : event.end] == event.expression
        assert event.date is None or parse_when(event.date) is not None
    assert isinstance(published.source, str)
    to_csv(events)
    to_timelinejs(events, article.headline)


def test_a_long_text_takes_seconds(seed_text: str) -> None:
    big = (seed_text + "\n\n") * (400_000 // len(seed_text))
    article = parse_article(big)
    started = time.perf_counter()
    events = build_timeline(article, infer_published(article).date)
    assert time.perf_counter() - started < 20
    assert len(events) > 1000


def test_a_run_on_sentence_full_of_dates_takes_seconds() -> None:
    """One sentence of 10,000 words and 1,000 expressions: each is read once, not against all."""
    body = " ".join(["the council met on Tuesday and voted on Nov. 18 to build the park"] * 500)
    article = parse_article("Run-On\n\n" + body)
    started = time.perf_counter()
    events = build_timeline(article, THURSDAY)
    assert time.perf_counter() - started < 20
    assert len(events) == 1000
    assert events[0].event == "The council met" and events[-1].event == ""  # past 400 words


def test_the_timeline_reads_the_shared_tags(monkeypatch: pytest.MonkeyPatch) -> None:
    """Sentences are tagged by the document, once; the timeline only corrects two tags."""
    tagged: list[tuple[str, ...]] = []
    real = document.tag_words

    def counting(words):  # noqa: ANN001, ANN202 - the document's own signature
        tagged.append(tuple(w.text for w in words))
        return real(words)

    monkeypatch.setattr(document, "tag_words", counting)
    article = parse_article(
        "Forces Launch Drones\n\nForces launched drones on Tuesday. "
        "The schools reopen on Monday. The schools reopen on Monday."
    )
    first = build_timeline(article, THURSDAY)
    assert build_timeline(article, THURSDAY) == first
    assert len(tagged) == len(set(tagged)) == 2  # the repeated sentence is tagged once
    assert [e.status for e in first] == ["past", "planned", "planned"]
    assert news_tags(["NNS", "VBN", "NNS"]) == ["NNS", "VBD", "NNS"]


# --- Views and exports ------------------------------------------------------------------------

# TimelineJS3's JSON format, from https://timeline.knightlab.com/docs/json-format.html: an object
# with "events" (slides, each with a required "start_date") and an optional "title" slide. A
# date has a required year and optional month, day, hour, minute, second, millisecond (numbers,
# or strings of digits) and display_date; a text object has an optional headline and text.
_NUMBER = {"anyOf": [{"type": "integer"}, {"type": "string", "pattern": "^-?[0-9]+$"}]}
TIMELINEJS_DATE = {
    "type": "object",
    "required": ["year"],
    "properties": {
        "year": _NUMBER,
        "month": _NUMBER,
        "day": _NUMBER,
        "hour": _NUMBER,
        "minute": _NUMBER,
        "second": _NUMBER,
        "millisecond": _NUMBER,
        "display_date": {"type": "string"},
    },
    "additionalProperties": False,
}
TIMELINEJS_TEXT = {
    "type": "object",
    "properties": {"headline": {"type": "string"}, "text": {"type": "string"}},
    "additionalProperties": False,
}
TIMELINEJS_SLIDE_PROPERTIES = {
    "start_date": TIMELINEJS_DATE,
    "end_date": TIMELINEJS_DATE,
    "text": TIMELINEJS_TEXT,
    "media": {"type": "object", "required": ["url"]},
    "group": {"type": "string"},
    "display_date": {"type": "string"},
    "background": {"type": "object"},
    "autolink": {"type": "boolean"},
    "unique_id": {"type": "string"},
}
TIMELINEJS_SCHEMA = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "required": ["events"],
    "properties": {
        "events": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["start_date"],
                "properties": TIMELINEJS_SLIDE_PROPERTIES,
                "additionalProperties": False,
            },
        },
        "title": {
            "type": "object",
            "properties": TIMELINEJS_SLIDE_PROPERTIES,
            "additionalProperties": False,
        },
        "eras": {"type": "array"},
        "scale": {"enum": ["human", "cosmological"]},
    },
    "additionalProperties": False,
}

EXAMPLE_EVENTS = [
    Event("On Tuesday", "2024-11-19", "Forces launched missiles", "past", 5, 10, 20),
    Event("last August", "2024-08", "Warnings issued", "past", 9, 30, 41),
    Event("in 2019", "2019", "Deal passed", "past", 3, 50, 57),
    Event("on Monday", None, "Council met", "past", 1, 60, 69),
    Event("tomorrow", "2024-11-21", "Vote held", "planned", 2, 70, 78),
]


def test_timelinejs_follows_the_format() -> None:
    story = to_timelinejs(EXAMPLE_EVENTS, "Mines for Ukraine")
    jsonschema.validate(story, TIMELINEJS_SCHEMA)
    assert story["title"]["text"]["headline"] == "Mines for Ukraine"
    dates = [slide["start_date"] for slide in story["events"]]
    assert dates == [
        {"year": "2019"},
        {"year": "2024", "month": "8"},
        {"year": "2024", "month": "11", "day": "19"},
        {"year": "2024", "month": "11", "day": "21"},
    ]
    assert story["events"][2]["text"]["headline"] == "Forces launched missiles"
    assert [slide["group"] for slide in story["events"]] == ["past", "past", "past", "planned"]
    assert "1 expressions could not be dated" in story["title"]["text"]["text"]


@pytest.mark.parametrize("title", [Span("Mines", 0, 5), "Mines", None, ""])
def test_timelinejs_title_kinds(title: Span | str | None) -> None:
    story = to_timelinejs([], title)
    jsonschema.validate(story, TIMELINEJS_SCHEMA)
    assert story["title"]["text"]["headline"] == ("Mines" if title else "Timeline")
    assert story["events"] == []


def test_csv_columns_and_rows() -> None:
    rows = list(csv.DictReader(io.StringIO(to_csv(EXAMPLE_EVENTS))))
    assert list(rows[0]) == [
        "date",
        "period",
        "expression",
        "event",
        "status",
        "paragraph",
        "start",
        "end",
    ]
    assert rows[0]["date"] == "2024-11-19" and rows[3]["date"] == ""
    assert len(rows) == len(EXAMPLE_EVENTS)


def test_plot_labels_do_not_overlap(seed: Article) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    events = build_timeline(seed, SEED_PUBLISHED)
    fig = plot_timeline(events)
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    labels = [t for panel in fig.axes[0].child_axes for t in panel.texts if t.get_text()]
    assert len(labels) == len({e.date for e in events if e.date})  # one label per date: 5
    boxes = [t.get_window_extent(renderer) for t in labels]
    assert not any(a.overlaps(b) for i, a in enumerate(boxes) for b in boxes[i + 1 :])
    assert sum(t.get_text().startswith("\u2248") for t in labels) == 2  # only the month known
    assert repr(fig).startswith("Timeline of the story: 10 dated events")
    plt.close(fig)


def test_plot_without_dates() -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig = plot_timeline([Event("soon", None, "", "planned", 0, 0, 4)])
    assert "without a date" in fig.axes[0].get_title(loc="left")
    plt.close(fig)


# --- The command line ---------------------------------------------------------------------------


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "lessons", *args], capture_output=True, text=True, timeout=300
    )


def test_cli_exports(tmp_path, seed_text: str) -> None:  # noqa: ANN001 - pytest's tmp_path
    from lessons.data import SEED_ARTICLE

    out = tmp_path / "timeline.json"
    result = cli("analyze", str(SEED_ARTICLE), "--csv", "timeline", "--timelinejs", str(out))
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["expression"], r["date"], r["status"]) for r in rows] == [
        (expression, date, status) for expression, date, status, _ in SEED_TIMELINE
    ]
    for row in rows:
        assert seed_text[int(row["start"]) : int(row["end"])] == row["expression"]
    story = json.loads(out.read_text(encoding="utf-8"))
    jsonschema.validate(story, TIMELINEJS_SCHEMA)
    assert story["title"]["text"]["headline"].startswith("Biden Administration Approves")
    assert len(story["events"]) == len(SEED_TIMELINE)

    result = cli("analyze", str(SEED_ARTICLE), "--json")
    data = json.loads(result.stdout)
    assert data["published_source"].startswith("inferred: ")
    assert data["timeline"][2] == {
        "expression": "On Tuesday",
        "date": "2024-11-19",
        "event": data["timeline"][2]["event"],
        "status": "past",
        "paragraph": 5,
        "start": 1496,
        "end": 1506,
        "period": None,
    }


# ---------------------------------------------------------------------------------------------
# Honest granularity: a week stays a week


@pytest.mark.parametrize(
    ("slug", "expression", "date", "period", "first", "last"),
    [  # published Thu 13 March 2025, Thu 21 Nov 2024, Mon 18 Aug 2025, Thu 6 March 2025
        (
            "wexbridge-brightwater-plant",
            "last week",
            "2025-03",
            "2025-W10",
            "2025-03-03",
            "2025-03-09",
        ),
        (
            "port-callow-bridge-closure",
            "this week",
            "2024-11",
            "2024-W47",
            "2024-11-18",
            "2024-11-24",
        ),
        (
            "ferrin-ridge-fire-evacuation",
            "last week",
            "2025-08",
            "2025-W33",
            "2025-08-11",
            "2025-08-17",
        ),
        ("saltmere-flood-wall", "next week", "2025-03", "2025-W11", "2025-03-10", "2025-03-16"),
    ],
)
def test_a_week_keeps_its_week(slug, expression, date, period, first, last) -> None:  # noqa: ANN001
    """The answer key's ``date`` is the week's month; ``period`` says which week, and the chart
    and TimelineJS draw that week, not the whole month."""
    folder = PROJECT_ROOT / "datasets" / "practice" / slug
    published = json.loads((folder / "metadata.json").read_text(encoding="utf-8"))["published"]
    events = analyze((folder / "article.txt").read_bytes().decode(), published).timeline
    [week] = [e for e in events if e.period]
    assert (week.expression, week.date, week.period) == (expression, date, period)
    when = parse_period(week.period)
    assert (str(when), str(when.first_day), str(when.last_day)) == (date, first, last)
    assert date_text(when) == "week of " + dt.date.fromisoformat(first).strftime("%-d %b %Y")
    [slide] = [s for s in to_timelinejs([week])["events"]]
    assert slide["start_date"]["day"] == str(int(first[-2:]))
    assert slide["end_date"]["day"] == str(int(last[-2:]))


def test_weekends_and_counted_weeks_keep_their_period() -> None:
    text = (
        "Crews return\n\nCrews worked over the weekend and two weeks ago, and they will be back"
        " the week of Dec. 2. Only days have no period: on Monday the council met.\n"
    )
    events = analyze(text, "2024-11-20").timeline  # a Wednesday
    assert [(e.expression, e.date, e.period) for e in events] == [
        ("the weekend", "2024-11", "2024-W46-WE"),
        ("two weeks ago", "2024-11", "2024-W45"),
        ("the week of Dec. 2", "2024-12", "2024-W49"),
        ("on Monday", "2024-11-18", None),
    ]
    weekend = parse_period("2024-W46-WE")
    assert (weekend.first_day, weekend.last_day) == (dt.date(2024, 11, 16), dt.date(2024, 11, 17))
    assert date_text(weekend) == "weekend of 16 Nov 2024"
    assert parse_period("2024-W60") is None and parse_period("2024-11") is None


def test_a_summary_does_not_start_with_a_word_its_dates_left_behind() -> None:
    events = timeline_of(
        "Over the weekend and on Monday, crews cleared the road. On Tuesday and again on"
        " Friday, officials will inspect the bridge."
    )  # published Thursday 6 March 2025
    assert [(e.expression, e.date, e.event) for e in events] == [
        ("the weekend", "2025-03", "Crews cleared the road"),
        ("on Monday", "2025-03-03", "Crews cleared the road"),
        ("On Tuesday", "2025-03-11", "Officials will inspect the bridge"),
        ("on Friday", "2025-03-07", "Officials will inspect the bridge"),
    ]
