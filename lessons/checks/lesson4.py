"""Instant feedback for lesson 4, where students build a timeline themselves, then meet the kit's.

The student writes a weekday regex and a month regex (``re.finditer`` over the story's
sentences), a function that resolves "on Tuesday" against the publication date, puts the lines
of a month resolver in order, counts "a day earlier" from the event just described, answers a
look-ahead question and joins it all on a practice article. Checks print "⚠ Not yet: ..." and let
the notebook go on; with ``strict=True`` (the hidden tests) they raise
:class:`~lessons.checks.NotYet`. A function answer is run on the seed and the practice article in
the visible check and on a second article in the hidden tests (:func:`graded_calls` lists those
inputs for the grader), so a copied literal fails there. Every name is also reached from
``lessons.checks``.

The answers are compared with the simple method the lesson teaches (the ``timeline_*``
functions of :mod:`lessons.checks.lesson4_model`), not with the kit, which does more.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from functools import cache

from lessons.checks.core import _show, first_problem, kind_of, run_answer, say
from lessons.checks.lesson4_model import (  # noqa: F401 - the model answers, re-exported
    MONTH_NAMES,
    SHORT_MONTHS,
    TIMELINE_MONTH,
    TIMELINE_MONTH_NUMBERS,
    TIMELINE_NUMBER_WORDS,
    TIMELINE_RELATIVE,
    TIMELINE_WEEKDAY,
    WEEKDAY_NAMES,
    _relatives,
    timeline_count_from,
    timeline_find_months,
    timeline_find_weekdays,
    timeline_of,
    timeline_resolve_month,
    timeline_resolve_weekday,
)

__all__ = [
    "TIMELINE_ARTICLES",
    "TIMELINE_SHOWN",
    "TIMELINE_WEEKDAY",
    "TIMELINE_MONTH",
    "TIMELINE_RELATIVE",
    "TIMELINE_MONTH_NUMBERS",
    "TIMELINE_NUMBER_WORDS",
    "TIMELINE_CHOICES",
    "MONTH_LINES",
    "RIGHT_MONTH_ORDER",
    "HINTS",
    "timeline_text",
    "timeline_published",
    "timeline_sentences",
    "timeline_find_weekdays",
    "timeline_find_months",
    "timeline_resolve_weekday",
    "timeline_resolve_month",
    "timeline_count_from",
    "timeline_of",
    "show_month_lines",
    "month_resolver",
    "check_weekday_finder",
    "check_month_finder",
    "check_weekday_resolver",
    "check_month_order",
    "check_count_from",
    "check_anchored_day",
    "check_lookahead_choice",
    "check_my_timeline",
    "graded_calls",
]

TIMELINE_ARTICLES = {
    "seed": "seed",
    "practice": "practice/ansel-island-storm",
    "second": "practice/port-callow-bridge-closure",
}
TIMELINE_SHOWN = ("seed", "practice")  # the articles the visible checks use

# --- The articles ----------------------------------------------------------------------------


def timeline_text(name: str) -> str:
    """The raw text of one of lesson 4's articles: "seed", "practice" or "second"."""
    from lessons.article import read_text_file
    from lessons.data import DATASETS

    return read_text_file(DATASETS / TIMELINE_ARTICLES[name] / "article.txt")


@cache
def timeline_published(name: str) -> str:
    """The publication date of one of lesson 4's articles, "YYYY-MM-DD" (from its answer key)."""
    import json

    from lessons.data import DATASETS

    gold = DATASETS / TIMELINE_ARTICLES[name] / "gold.json"
    return json.loads(gold.read_text(encoding="utf-8"))["published"]


@cache
def _sentences(name: str) -> tuple[str, ...]:
    import nltk

    from lessons.article import parse_article

    paragraphs = parse_article(timeline_text(name)).paragraphs
    return tuple(s for p in paragraphs for s in nltk.sent_tokenize(p.text))


def timeline_sentences(name: str) -> list[str]:
    """The sentences of an article's body (its paragraphs split with NLTK's sent_tokenize)."""
    return list(_sentences(name))


def _weekday_cases(name: str) -> list[list[str]]:
    published = timeline_published(name)
    found = [e for s in _sentences(name) for e in timeline_find_weekdays(s)]
    return [[expression, published] for expression in dict.fromkeys(found)]


def _month_cases(name: str) -> list[list[str]]:
    published = timeline_published(name)
    found = [e for s in _sentences(name) for e in timeline_find_months(s)]
    return [[expression, published] for expression in dict.fromkeys(found)]


def _relative_cases(name: str) -> list[list[str]]:
    events = timeline_of(timeline_text(name), timeline_published(name))
    relative = [e for e, _ in events if re.fullmatch(TIMELINE_RELATIVE, e, flags=re.IGNORECASE)]
    cases = []
    for expression in relative:
        date = dict(events)[expression]
        anchor = timeline_count_from(_opposite(expression), date)
        cases.append([expression, anchor])
    return cases


def _opposite(expression: str) -> str:
    """ "a day earlier" -> "a day later": to walk back from a date to its anchor."""
    swap = {"earlier": "later", "later": "earlier"}
    return re.sub(r"earlier|later", lambda m: swap[m.group()], expression.lower())


# Cases every article adds: the same weekday as publication, and a month of the same month.
_EXTRA_WEEKDAYS = {
    "seed": [["Tuesday", "2024-11-19"], ["on Friday", "2024-11-20"]],
    "practice": [["on Sunday", "2025-10-19"], ["Monday", "2025-10-16"]],
    "second": [["Saturday", "2024-11-23"], ["on Thursday", "2024-11-26"], ["Sunday", "2025-01-01"]],
}
_EXTRA_MONTHS = {
    "seed": [["in November", "2024-11-20"], ["in December", "2024-11-20"]],
    "practice": [["in October", "2025-10-16"], ["Jan. 5", "2025-10-16"]],
    "second": [
        ["in November", "2024-11-21"], ["in January", "2025-01-10"], ["Sept. 9", "2024-11-21"],
    ],
}  # fmt: skip
_EXTRA_RELATIVE = {
    "seed": [["three days later", "2024-11-19"], ["A day earlier", "2024-11-01"]],
    "practice": [["two weeks earlier", "2025-10-16"], ["a week later", "2025-12-29"]],
    "second": [["Four days earlier", "2024-03-02"], ["one week later", "2024-11-27"]],
}


def _cases(kind: str, name: str) -> list[list[str]]:
    if kind == "weekday":
        return _weekday_cases(name) + _EXTRA_WEEKDAYS[name]
    if kind == "month":
        return _month_cases(name) + _EXTRA_MONTHS[name]
    return _relative_cases(name) + _EXTRA_RELATIVE[name]


def graded_calls() -> dict[str, dict[str, list[list[object]]]]:
    """For the grader: the inputs each lesson-4 check runs a function answer on (all articles).

    Inside the grading sandbox a function answer is called on each of these argument lists and
    only its results cross back, as plain data.
    """
    names = list(TIMELINE_ARTICLES)
    sentences = [[s] for n in names for s in _sentences(n)]
    return {
        "nb04-ex1-check": {"find_weekdays": sentences},
        "nb04-ex2-check": {"find_months": sentences},
        "nb04-ex3-check": {"resolve_weekday": [c for n in names for c in _cases("weekday", n)]},
        "nb04-ex5-check": {"count_from": [c for n in names for c in _cases("relative", n)]},
        "nb04-ex8-check": {
            "my_timeline": [[timeline_text(n), timeline_published(n)] for n in names]
        },
    }


# --- Exercises 1 and 2: finding expressions with re ------------------------------------------


def _list_problem(result: object, what: str) -> str | None:
    if result is None:
        return f"{what} returns nothing (None): write its body and end it with return."
    if isinstance(result, str):
        return "return a list of the expressions found, not one string."
    if not isinstance(result, list):
        return f"return a list of the expressions found; your function gave {kind_of(result)}."
    if any(isinstance(item, re.Match) for item in result):
        return "you return Match objects: keep the text of each one, match.group()."
    if not all(isinstance(item, str) for item in result):
        return "return a list of strings (the text of each match)."
    return None


def _finder_error(error: str) -> str:
    if "pattern" in error or "ellipsis" in error or "Ellipsis" in error:
        return "the pattern is still empty: replace the ... with a regular expression string."
    return error


def _weekday_problem(function: object, name: str) -> str | None:
    for sentence in _sentences(name):
        result, error = run_answer(function, sentence)
        if error:
            return _finder_error(error)
        problem = _list_problem(result, "find_weekdays")
        if problem:
            return problem
        expected = timeline_find_weekdays(sentence)
        if result == expected:
            continue
        where = f"in the sentence {_show(sentence[:60])}"
        missing = [e for e in expected if e not in result]
        extra = [e for e in result if e not in expected]
        if missing and missing[0].split()[-1] in result:
            if missing[0].startswith("On "):
                return (
                    f"it finds {missing[0].split()[-1]!r} but not {missing[0]!r} {where}: a "
                    "sentence starts with a capital, so let the lead be 'on' or 'On': [Oo]n."
                )
            return (
                f"it finds {missing[0].split()[-1]!r} but not {missing[0]!r} {where}: keep the "
                "'on' in front of the day when the text has one: (?:[Oo]n )? before the names."
            )
        if missing:
            return f"it misses {missing[0]!r} {where}: list all seven day names, joined by |."
        if extra and any(e.lower() == e for e in extra):
            return f"it finds {extra[0]!r} {where}: day names start with a capital letter."
        if extra:
            return (
                f"it finds {extra[0]!r} {where}, which is not a weekday expression: put \\b "
                "around the day names so a longer word does not match."
            )
        return f"it gives {_show(result)} {where}, expected {_show(expected)} (in that order)."
    return None


def check_weekday_finder(
    function: object, articles: tuple[str, ...] = TIMELINE_SHOWN, *, strict: bool = False
) -> None:
    """Lesson 4, exercise 1: ``find_weekdays(sentence) -> list[str]`` with a weekday regex."""
    problem = first_problem(_weekday_problem, function, articles)
    say("nb04-ex1", problem, f"your pattern finds every weekday ({', '.join(articles)}).",
        strict=strict)  # fmt: skip


def _month_problem(function: object, name: str) -> str | None:
    for sentence in _sentences(name):
        result, error = run_answer(function, sentence)
        if error:
            return _finder_error(error)
        problem = _list_problem(result, "find_months")
        if problem:
            return problem
        expected = timeline_find_months(sentence)
        if result == expected:
            continue
        where = f"in the sentence {_show(sentence[:60])}"
        missing = [e for e in expected if e not in result]
        extra = [e for e in result if e not in expected]
        if any(re.search(rf"\b{re.escape(e.split()[-1])}[a-z]", sentence) for e in extra):
            word = next(
                e for e in extra if re.search(rf"{re.escape(e.split()[-1])}[a-z]", sentence)
            )
            return (
                f"it finds {word!r} inside a longer word {where} (May in Mayor?): put \\b after "
                "the month names."
            )
        if missing:
            want = missing[0]
            near = [e for e in result if e in want or want in e]
            if any(short in want for short in SHORT_MONTHS) and not near:
                return (
                    f"it misses {want!r} {where}: news style shortens Jan., Feb., Aug., Sept., "
                    "Oct., Nov. and Dec.; match those too, with the full stop written \\."
                )
            if near and re.search(r"\d$", want) and not re.search(r"\d$", near[0]):
                return (
                    f"it finds {near[0]!r} but not {want!r} {where}: keep the day after the month."
                )
            if near and want.split()[0].lower() in ("on", "in", "last"):
                return (
                    f"it finds {near[0]!r} but not {want!r} {where}: keep the word in front "
                    "(on, in or last): it says which way to count."
                )
            return f"it misses {want!r} {where}."
        if extra:
            return f"it finds {extra[0]!r} {where}, which is not a month expression."
        return f"it gives {_show(result)} {where}, expected {_show(expected)} (in that order)."
    return None


def check_month_finder(
    function: object, articles: tuple[str, ...] = TIMELINE_SHOWN, *, strict: bool = False
) -> None:
    """Lesson 4, exercise 2: ``find_months(sentence) -> list[str]`` with a month regex."""
    problem = first_problem(_month_problem, function, articles)
    say("nb04-ex2", problem, f"your pattern finds every month expression ({', '.join(articles)}).",
        strict=strict)  # fmt: skip


# --- Exercise 3: "on Tuesday" against the publication date -----------------------------------


def _date_shape(result: object, what: str) -> str | None:
    if result is None:
        return f"{what} returns nothing (None): write its body and end it with return."
    if isinstance(result, dt.date):
        return "return the date as text, 'YYYY-MM-DD': date.isoformat() gives it."
    if not isinstance(result, str):
        return f"return the date as text, 'YYYY-MM-DD'; your function gave {kind_of(result)}."
    return None


def _weekday_resolver_problem(function: object, name: str) -> str | None:
    for expression, published in _cases("weekday", name):
        result, error = run_answer(function, expression, published)
        if error:
            return f"{error} (for {expression!r}, published {published})"
        problem = _date_shape(result, "resolve_weekday")
        if problem:
            return problem
        expected = timeline_resolve_weekday(expression, published)
        if result == expected:
            continue
        given = f"{expression!r} in a story published on {published}"
        day = dt.date.fromisoformat(expected)
        week_back = (day - dt.timedelta(days=7)).isoformat()
        if expected == published and result == week_back:
            return (
                f"{given} is that same day, {expected}; you went a week back. The latest such "
                "day *on or before* publication can be the publication day itself (0 days back)."
            )
        try:
            got = dt.date.fromisoformat(result)
        except ValueError:
            return f"write the date as 'YYYY-MM-DD'; for {given} you gave {result!r}."
        if got > dt.date.fromisoformat(published):
            return (
                f"{given} points back to {expected}; you counted forward to {result}. The "
                "sentence is in the past tense, so the day lies before publication."
            )
        if abs((got - day).days) == 1:
            return (
                f"{given} is {expected}, you are one day off ({result}): Python's "
                "date.weekday() counts Monday as 0."
            )
        return f"{given} is {expected}, not {result}."
    return None


def check_weekday_resolver(
    function: object, articles: tuple[str, ...] = TIMELINE_SHOWN, *, strict: bool = False
) -> None:
    """Lesson 4, exercise 3: ``resolve_weekday(expression, published) -> 'YYYY-MM-DD'``."""
    problem = first_problem(_weekday_resolver_problem, function, articles)
    say("nb04-ex3", problem, f"every weekday lands on its date ({', '.join(articles)}).",
        strict=strict)  # fmt: skip


# --- Exercise 4: a Parsons problem, the month resolver ---------------------------------------

MONTH_LINES = {
    "A": '    return f"{year}-{month:02d}"',
    "B": "    month = MONTH_NUMBERS[found.group(1)]",
    "C": "def resolve_month(expression, published):",
    "D": '        return f"{year}-{month:02d}-{int(found.group(2)):02d}"',
    "E": "    year = day.year - 1",
    "F": "    day = dt.date.fromisoformat(published)",
    "G": "    if found.group(2):",
    "H": "    year = day.year if month <= day.month else day.year - 1",
    "I": '    found = re.search(r"([A-Z][a-z]+\\.?)(?: (\\d{1,2}))?$", expression)',
}
RIGHT_MONTH_ORDER = ("C", "F", "I", "B", "H", "G", "D", "A")


def show_month_lines() -> None:
    """Print the shuffled lines of exercise 4 with their letters."""
    for letter, line in MONTH_LINES.items():
        print(f"{letter}: {line}")


def _assemble(letters: list[str]):  # noqa: ANN202 - a function, or None
    space: dict[str, object] = {"dt": dt, "re": re, "MONTH_NUMBERS": TIMELINE_MONTH_NUMBERS}
    try:
        exec("\n".join(MONTH_LINES[x] for x in letters), space)  # noqa: S102 - the kit's lines
    except SyntaxError:
        return None
    return space.get("resolve_month")


def _month_order_problem(order: object, name: str) -> str | None:
    if order is ...:
        return "your answer is still empty: replace the ... with a list of letters."
    if not isinstance(order, list | tuple) or not all(isinstance(x, str) for x in order):
        return f"give a list of letters, like ['C', 'F']; you gave {kind_of(order)}."
    letters = [x.strip().upper() for x in order]
    unknown = [x for x in letters if x not in MONTH_LINES]
    if unknown:
        return f"there is no line {unknown[0]!r}: use the letters A to I."
    if "E" in letters:
        return (
            "line E puts every month in the year before: 'last August' in a story from "
            "November 2024 is August 2024, the latest August, not one a year earlier. Leave it out."
        )
    if not letters or letters[0] != "C":
        return "a function starts with its def line."
    if sorted(letters) != sorted(RIGHT_MONTH_ORDER):
        missing = sorted(set(RIGHT_MONTH_ORDER) - set(letters))
        if missing:
            return f"line {missing[0]} is needed too (every line but one is)."
        return "use each line once."
    position = {x: i for i, x in enumerate(letters)}
    if position["A"] < position["D"] or letters[-1] != "A":
        return "return ends a function: the return of line A goes last, after the day is read."
    if position["D"] != position["G"] + 1:
        return "line D belongs inside the if of line G: put it right after G."
    if position["B"] < position["I"]:
        return "line B reads found, which line I makes: search first."
    if position["H"] < max(position["B"], position["F"]):
        return "line H compares month and day.month: both must exist before it."
    function = _assemble(letters)
    if function is None:
        return "Python cannot read the function in that order."
    for expression, published in _cases("month", name):
        try:
            result = function(expression, published)
        except Exception as error:  # noqa: BLE001 - the order made the lines fail
            return f"in that order the function stops with {type(error).__name__}: {error}."
        if result != timeline_resolve_month(expression, published):
            return f"for {expression!r} (published {published}) it gives {result!r}."
    return None


def check_month_order(order: object, article: str = "seed", *, strict: bool = False) -> None:
    """Lesson 4, exercise 4: the letters of the lines of ``resolve_month``, in order."""
    say("nb04-ex4", _month_order_problem(order, article),
        "resolve_month reads the month, picks the year and keeps the day when there is one.",
        strict=strict)  # fmt: skip


def month_resolver(order: object):  # noqa: ANN201 - the student's resolve_month, or the model
    """The ``resolve_month`` made of the student's lines, for the lesson cells that use it; while
    the order is not right yet, the lesson goes on with the model (and says so)."""
    import sys

    if _month_order_problem(order, "seed") is None:
        return _assemble([x.strip().upper() for x in order])
    sys.stderr.write(
        "⚠ Not yet: exercise 4 is not solved yet; the lesson goes on with the model "
        "resolve_month.\n"
    )
    return timeline_resolve_month


# --- Exercise 5: counting from the event just described --------------------------------------


def _count_problem(function: object, name: str) -> str | None:
    for expression, event_date in _cases("relative", name):
        result, error = run_answer(function, expression, event_date)
        if error:
            return f"{error} (for {expression!r} from {event_date})"
        problem = _date_shape(result, "count_from")
        if problem:
            return problem
        expected = timeline_count_from(expression, event_date)
        if result == expected:
            continue
        given = f"{expression!r} counted from {event_date}"
        if result == timeline_count_from(_opposite(expression), event_date):
            return f"{given} is {expected}; you went the other way: earlier goes back, later ahead."
        number, unit, direction = re.search(TIMELINE_RELATIVE, expression.lower()).groups()
        if unit == "week":
            as_days = timeline_count_from(f"{number} day {direction}", event_date)
            if result == as_days:
                return f"{given} is {expected}: a week is 7 days, you counted days."
        return f"{given} is {expected}, not {result}."
    return None


def check_count_from(
    function: object, articles: tuple[str, ...] = TIMELINE_SHOWN, *, strict: bool = False
) -> None:
    """Lesson 4, exercise 5: ``count_from(expression, event_date) -> 'YYYY-MM-DD'``."""
    problem = first_problem(_count_problem, function, articles)
    say("nb04-ex5", problem, f"every relative expression lands on its date ({', '.join(articles)}).",  # noqa: E501
        strict=strict)  # fmt: skip


# --- Exercise 6: a day earlier than what? ----------------------------------------------------

ANCHORED_PUBLISHED = "2024-11-22"  # the seed story, as if published on Friday two days later


def check_anchored_day(answer: object, *, strict: bool = False) -> None:
    """Lesson 4, exercise 6: "a day earlier" in paragraph 6 if the seed story were published on
    Friday, Nov. 22, 2024: it counts from the Tuesday launch, not from the publication date."""
    tuesday = timeline_resolve_weekday("On Tuesday", ANCHORED_PUBLISHED)
    expected = timeline_count_from("a day earlier", tuesday)
    from_publication = timeline_count_from("a day earlier", ANCHORED_PUBLISHED)
    next_tuesday = (dt.date.fromisoformat(tuesday) + dt.timedelta(days=7)).isoformat()
    problem = None
    if answer is ...:
        problem = "your answer is still empty: replace the ... with a date, like '2024-11-01'."
    elif isinstance(answer, dt.date):
        problem = "write the date as text between quotes, 'YYYY-MM-DD'."
    elif not isinstance(answer, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", answer.strip()):
        problem = f"write the date as text, 'YYYY-MM-DD'; you gave {_show(answer)}."
    elif answer.strip() == from_publication:
        problem = (
            "that is counted from the publication date instead of the event: 'a day earlier' "
            f"counts from the Tuesday launch ({tuesday}) just described."
        )
    elif answer.strip() == tuesday:
        problem = f"{tuesday} is the Tuesday of the launch itself; a day earlier is one day before."
    elif answer.strip() == timeline_count_from("a day earlier", next_tuesday):
        problem = (
            "you took the Tuesday after publication: the launch is told in the past tense, so it "
            "is the Tuesday on or before the publication date."
        )
    elif answer.strip() != expected:
        problem = f"{answer.strip()} is not the day before the Tuesday launch."
    say("nb04-ex6", problem, f"a day earlier than the Tuesday launch is {expected}, "
        "wherever the publication date moves in that week.", strict=strict)  # fmt: skip


# --- Exercise 7: a date that looks ahead (multiple choice) -----------------------------------

TIMELINE_CHOICES = {
    "A": "the verb (extended) says when the council decided, not when its offer ends: a date "
    "after 'to', 'by' or 'until' is a deadline, and a deadline lies ahead.",
    "B": None,
    "C": "news style writes the year when a date is not in the current year; a bare Nov. 20 a "
    "few weeks ahead is this year's.",
    "D": "news style leaves the year out for dates in the current year, and a reader fills it "
    "in; so can a program, once it knows the story's date.",
}


def check_lookahead_choice(answer: object, *, strict: bool = False) -> None:
    """Lesson 4, exercise 7: which year a deadline without a year points to."""
    problem = None
    if answer is ...:
        problem = "your answer is still empty: replace the ... with a letter, like 'A'."
    elif not isinstance(answer, str) or answer.strip().upper() not in TIMELINE_CHOICES:
        problem = f"write one letter, A, B, C or D, between quotes; you gave {_show(answer)}."
    else:
        problem = TIMELINE_CHOICES[answer.strip().upper()]
    say("nb04-ex7", problem, "the offer ends on Nov. 20 of the story's own year, 2025: a date "
        "after 'extended to' looks ahead.", strict=strict)  # fmt: skip


# --- Exercise 8: the whole method on a practice article --------------------------------------


def _timeline_problem(function: object, name: str) -> str | None:
    text, published = timeline_text(name), timeline_published(name)
    result, error = run_answer(function, text, published)
    if error:
        return error
    if result is None:
        return "my_timeline returns nothing (None): write its body and end it with return."
    pairs_ok = isinstance(result, list | tuple) and all(
        isinstance(p, tuple | list) and len(p) == 2 and all(isinstance(x, str) for x in p)
        for p in result
    )
    if not pairs_ok:
        return f"return a list of (expression, date) pairs; your function gave {kind_of(result)}."
    got = Counter(tuple(p) for p in result)
    expected = timeline_of(text, published)
    wanted = Counter(expected)
    if got == wanted:
        return None
    dates = {e: d for e, d in result}
    for expression, date in expected:
        relative = re.fullmatch(TIMELINE_RELATIVE, expression, flags=re.IGNORECASE)
        if relative and dates.get(expression) == timeline_count_from(expression, published) != date:
            return (
                f"on the {name} article {expression!r} is counted from the publication date "
                f"instead of the event just described: it should be {date}."
            )
    extra = sorted((got - wanted).elements())
    missing = sorted((wanted - got).elements())
    body = {e for e, _ in expected}
    outside = [e for e, _ in extra if e not in body]
    if outside:
        return (
            f"on the {name} article you read {outside[0]!r}, which is not in the body (headline, "
            "caption?): take the paragraphs of parse_article(text)."
        )
    if missing and not any(e == missing[0][0] for e, _ in extra):
        return f"on the {name} article your timeline misses {missing[0][0]!r}."
    if missing:
        expression, date = missing[0]
        return (
            f"on the {name} article {expression!r} should be {date}, not {dates.get(expression)}."
        )
    return f"on the {name} article your timeline has {extra[0]!r} too many times."


def check_my_timeline(
    function: object, articles: tuple[str, ...] = ("practice", "seed"), *, strict: bool = False
) -> None:
    """Lesson 4, exercise 8: ``my_timeline(text, published)``: the whole method on an article."""
    problem = first_problem(_timeline_problem, function, articles)
    say("nb04-ex8", problem, f"your timeline matches the method's ({', '.join(articles)}).",
        strict=strict)  # fmt: skip


HINTS = {
    "nb04-ex1": (
        "Join the seven day names with |, then allow an optional 'on' or 'On' and a space "
        "in front.",
        'WEEKDAY = r"\\b(?:[Oo]n )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|'
        'Sunday)\\b"',
    ),
    "nb04-ex2": (
        "Three parts, each a group: an optional lead word and space, (?:(?:[Oo]n|[Ii]n|[Ll]ast) )?"
        " ; the month names with \\b after them, or the short forms with \\. ; an optional "
        "space and day, (?: \\d{1,2}\\b)?",
        'pattern = r"\\b(?:(?:[Oo]n|[Ii]n|[Ll]ast) )?(?:(?:January|February|...|December)\\b|'
        '(?:Jan|Feb|Aug|Sept|Oct|Nov|Dec)\\.)(?: \\d{1,2}\\b)?"\n'
        "return [match.group() for match in re.finditer(pattern, sentence)]",
    ),
    "nb04-ex3": (
        "The day name is the last word of the expression; WEEKDAY_NAMES.index() gives its "
        "number, and published.weekday() the publication day's. How many days back is that?",
        "day = dt.date.fromisoformat(published)\n"
        "target = WEEKDAY_NAMES.index(expression.split()[-1])\n"
        "back = (day.weekday() - target) % 7\n"
        "return (day - dt.timedelta(days=back)).isoformat()",
    ),
    "nb04-ex4": (
        "Start with def; read the date and the month before comparing them; one line is a trap.",
        "def, the publication date, the search, the month number, the year, then the if with "
        "its return inside, and the last return.",
    ),
    "nb04-ex5": (
        "re.search(RELATIVE, expression.lower()).groups() gives the number, the unit and the "
        "direction; NUMBER_WORDS turns 'two' into 2.",
        "number, unit, direction = re.search(RELATIVE, expression.lower()).groups()\n"
        "days = NUMBER_WORDS.get(number) or int(number)\nif unit == 'week': days = days * 7\n"
        "if direction == 'earlier': days = -days\n"
        "return (dt.date.fromisoformat(event_date) + dt.timedelta(days=days)).isoformat()",
    ),
    "nb04-ex6": (
        "First find the Tuesday of the launch for a story published on Friday, Nov. 22.",
        "The Tuesday on or before Friday, Nov. 22, 2024 is Nov. 19; count one day back from it.",
    ),
    "nb04-ex7": (
        "What does 'extended its offer to' tell you about when the offer ends?",
        "A deadline lies ahead of the decision that set it; a date weeks ahead needs no year.",
    ),
    "nb04-ex8": (
        "Split the body into sentences (parse_article, sent_tokenize); in each, run your finders "
        "and resolvers; keep the last date with a day for the relative expressions.",
        "last_day = published\nfor paragraph in parse_article(text).paragraphs:\n"
        "    for sentence in sent_tokenize(paragraph.text):\n"
        "        weekdays, then months (if len(date) == 10: last_day = date), then\n"
        "        for match in re.finditer(RELATIVE, sentence, flags=re.IGNORECASE): "
        "count_from(match.group(), last_day)",
    ),
}
