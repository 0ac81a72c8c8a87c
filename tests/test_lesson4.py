"""Lesson 4 (build a timeline): the checks name each usual mistake, copied literals fail the
hidden tests, every objective has an exercise, and the student copy runs to the end."""

from __future__ import annotations

import datetime as dt
import json
import re

import nbformat
import pytest
from lesson_checks import not_yet_message, soft_message

from lessons import checks
from lessons.checks import lesson4 as l4
from lessons.data import PROJECT_ROOT

LESSON4 = "04-build-a-timeline"
ALL = ("seed", "practice", "second")


def _finder(pattern: str):  # noqa: ANN202 - a student's function
    return lambda sentence: [m.group() for m in re.finditer(pattern, sentence)]


def _timeline(resolve_weekday=l4.timeline_resolve_weekday, anchor_from_publication=False):  # noqa: ANN001, ANN202
    def my_timeline(text: str, published: str) -> list[tuple[str, str]]:
        import nltk

        from lessons import parse_article

        events, last_day = [], published
        for paragraph in parse_article(text).paragraphs:
            for sentence in nltk.sent_tokenize(paragraph.text):
                for expression in l4.timeline_find_weekdays(sentence):
                    last_day = resolve_weekday(expression, published)
                    events.append((expression, last_day))
                for expression in l4.timeline_find_months(sentence):
                    date = l4.timeline_resolve_month(expression, published)
                    events.append((expression, date))
                    last_day = date if len(date) == 10 else last_day
                for found in re.finditer(l4.TIMELINE_RELATIVE, sentence, flags=re.IGNORECASE):
                    start = published if anchor_from_publication else last_day
                    events.append((found.group(), l4.timeline_count_from(found.group(), start)))
        return events

    return my_timeline


# --- Right answers pass quietly ------------------------------------------------------------------


def test_lesson4_right_answers_pass(capsys: pytest.CaptureFixture[str]) -> None:
    checks.check_weekday_finder(l4.timeline_find_weekdays, ALL, strict=True)
    checks.check_month_finder(l4.timeline_find_months, ALL, strict=True)
    checks.check_weekday_resolver(l4.timeline_resolve_weekday, ALL, strict=True)
    for article in ALL:
        checks.check_month_order(list(l4.RIGHT_MONTH_ORDER), article, strict=True)
    checks.check_month_order(["C", "I", "F", "B", "H", "G", "D", "A"], "second", strict=True)
    checks.check_count_from(l4.timeline_count_from, ALL, strict=True)
    checks.check_anchored_day("2024-11-18", strict=True)
    checks.check_lookahead_choice(" b ", strict=True)
    checks.check_my_timeline(l4.timeline_of, ALL, strict=True)
    checks.check_my_timeline(_timeline(), ALL, strict=True)
    out, err = capsys.readouterr()
    assert out.count("✅ Right") == 12 and err == ""


def test_blank_answers_say_not_yet_and_go_on() -> None:
    def blank(*args: object) -> None:
        return None

    for check in (checks.check_weekday_finder, checks.check_month_finder):
        assert "returns nothing (None)" in soft(check, blank)
        assert "pattern is still empty" in soft(check, lambda s: re.findall(..., s))
    for check in (checks.check_weekday_resolver, checks.check_count_from, checks.check_my_timeline):
        assert "returns nothing (None)" in soft(check, blank)
    for check in (
        checks.check_month_order,
        checks.check_anchored_day,
        checks.check_lookahead_choice,
    ):
        assert "still empty" in soft(check, ...)


# --- Each usual mistake is named -----------------------------------------------------------------

DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"


@pytest.mark.parametrize(
    ("pattern", "said"),
    [
        (rf"\b(?:{DAYS})\b", "keep the 'on' in front"),
        (rf"\b(?:on )?(?:{DAYS})\b", "a sentence starts with a capital"),
        (r"\b(?:[Oo]n )?(?:Monday|Tuesday|Wednesday)\b", "list all seven day names"),
    ],
)
def test_weekday_mistakes_are_named(pattern: str, said: str) -> None:
    message = soft(checks.check_weekday_finder, _finder(pattern), ALL)
    assert said in message
    assert "Match objects" in soft(
        checks.check_weekday_finder, lambda s: list(re.finditer(DAYS, s))
    )


MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
LEAD = r"\b(?:(?:[Oo]n|[Ii]n|[Ll]ast) )?"
SHORT = r"(?:Jan|Feb|Aug|Sept|Oct|Nov|Dec)\."


@pytest.mark.parametrize(
    ("pattern", "articles", "said"),
    [
        (rf"{LEAD}(?:(?:{MONTHS})|{SHORT})(?: \d{{1,2}}\b)?", ("second",), "(May in Mayor?)"),
        (rf"{LEAD}(?:(?:{MONTHS})\b)(?: \d{{1,2}}\b)?", ("second",), "news style shortens"),
        (rf"{LEAD}(?:(?:{MONTHS})\b|{SHORT})", ("seed",), "keep the day after the month"),
        (rf"\b(?:(?:{MONTHS})\b|{SHORT})(?: \d{{1,2}}\b)?", ("seed",), "keep the word in front"),
    ],
)
def test_month_mistakes_are_named(pattern: str, articles: tuple[str, ...], said: str) -> None:
    assert said in soft(checks.check_month_finder, _finder(pattern), articles)


def _weekday_variant(shift: str):  # noqa: ANN202
    names = l4.WEEKDAY_NAMES

    def resolve_weekday(expression: str, published: str) -> object:
        day = dt.date.fromisoformat(published)
        target = names.index(expression.split()[-1])
        if shift == "forward":
            return (day + dt.timedelta(days=(target - day.weekday()) % 7 or 7)).isoformat()
        if shift == "strictly-before":
            return (day - dt.timedelta(days=(day.weekday() - target) % 7 or 7)).isoformat()
        if shift == "monday-is-1":
            return (day - dt.timedelta(days=(day.isoweekday() - target) % 7)).isoformat()
        return day - dt.timedelta(days=(day.weekday() - target) % 7)  # a date, not text

    return resolve_weekday


@pytest.mark.parametrize(
    ("shift", "said"),
    [
        ("forward", "you counted forward"),
        ("strictly-before", "*on or before* publication"),
        ("monday-is-1", "counts Monday as 0"),
        ("date-object", "date.isoformat()"),
    ],
)
def test_weekday_resolver_mistakes_are_named(shift: str, said: str) -> None:
    assert said in soft(checks.check_weekday_resolver, _weekday_variant(shift), ALL)


@pytest.mark.parametrize(
    ("order", "said"),
    [
        (["C", "F", "I", "B", "E", "G", "D", "A"], "line E puts every month in the year before"),
        (["F", "C", "I", "B", "H", "G", "D", "A"], "starts with its def line"),
        (["C", "F", "B", "I", "H", "G", "D", "A"], "search first"),
        (["C", "F", "I", "B", "H", "G", "A", "D"], "goes last"),
        (["C", "F", "I", "B", "H", "D", "G", "A"], "inside the if of line G"),
        (["C", "F", "I", "H", "B", "G", "D", "A"], "both must exist before it"),
        (["C", "F", "I", "B", "H", "A"], "is needed too"),
        ("CFIBHGDA", "give a list of letters"),
    ],
)
def test_month_order_mistakes_are_named(order: object, said: str) -> None:
    assert said in soft(checks.check_month_order, order)


def test_count_from_mistakes_are_named() -> None:
    def backwards(expression: str, event_date: str) -> str:
        return l4.timeline_count_from(l4._opposite(expression), event_date)

    def weeks_as_days(expression: str, event_date: str) -> str:
        return l4.timeline_count_from(expression.replace("week", "day"), event_date)

    assert "earlier goes back" in soft(checks.check_count_from, backwards)
    assert "a week is 7 days" in soft(checks.check_count_from, weeks_as_days)


@pytest.mark.parametrize(
    ("answer", "said"),
    [
        ("2024-11-21", "counted from the publication date instead of the event"),
        ("2024-11-19", "the Tuesday of the launch itself"),
        ("2024-11-25", "the Tuesday after publication"),
        ("Nov. 18", "'YYYY-MM-DD'"),
        (dt.date(2024, 11, 18), "between quotes"),
    ],
)
def test_anchored_day_mistakes_are_named(answer: object, said: str) -> None:
    assert said in soft(checks.check_anchored_day, answer)
    assert said in not_yet(checks.check_anchored_day, answer)


@pytest.mark.parametrize(
    ("letter", "said"),
    [
        ("A", "a deadline lies ahead"),
        ("C", "this year's"),
        ("D", "a reader fills it"),
        ("E", "one letter"),
    ],
)
def test_each_wrong_choice_names_its_mistake(letter: str, said: str) -> None:
    assert said in soft(checks.check_lookahead_choice, letter)


def test_timeline_counted_from_the_publication_date_is_named() -> None:
    message = soft(checks.check_my_timeline, _timeline(anchor_from_publication=True))
    assert "counted from the publication date instead of the event just described" in message
    assert "should be 2025-10-14" in message  # practice: two days after Sunday, Oct. 12


def test_timeline_reading_the_caption_or_missing_a_kind_is_named() -> None:
    from lessons.checks.lesson4 import timeline_find_months, timeline_resolve_month

    def whole_text(text: str, published: str) -> list[tuple[str, str]]:
        return [
            (e, timeline_resolve_month(e, published))
            for line in text.splitlines()
            for e in timeline_find_months(line)
        ] + [p for p in l4.timeline_of(text, published) if p[0] not in timeline_find_months(text)]

    assert "not in the body" in soft(checks.check_my_timeline, whole_text, ("seed",))

    def weekdays_only(text: str, published: str) -> list[tuple[str, str]]:
        return [p for p in l4.timeline_of(text, published) if p[0].split()[-1] in l4.WEEKDAY_NAMES]

    assert "your timeline misses" in soft(checks.check_my_timeline, weekdays_only)


# --- Copied literals fail the hidden tests; graded inputs are plain data -------------------------

MODELS = {
    "find_weekdays": (l4.timeline_find_weekdays, checks.check_weekday_finder),
    "find_months": (l4.timeline_find_months, checks.check_month_finder),
    "resolve_weekday": (l4.timeline_resolve_weekday, checks.check_weekday_resolver),
    "count_from": (l4.timeline_count_from, checks.check_count_from),
    "my_timeline": (l4.timeline_of, checks.check_my_timeline),
}


def _shown_inputs(name: str) -> list[list[object]]:
    """The inputs the notebook shows (seed and practice), as graded_calls lists them."""
    shown = ("seed", "practice")
    if name in ("find_weekdays", "find_months"):
        return [[s] for n in shown for s in l4.timeline_sentences(n)]
    if name == "resolve_weekday":
        return [c for n in shown for c in l4._cases("weekday", n)]
    if name == "count_from":
        return [c for n in shown for c in l4._cases("relative", n)]
    return [[l4.timeline_text(n), l4.timeline_published(n)] for n in shown]


def test_copied_literals_pass_where_printed_and_fail_on_the_second_article(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Each function answer replaced by the values it gives on the seed and practice articles
    passes the visible check and fails the hidden test on the second article."""
    for name, (model, check) in MODELS.items():
        printed = {json.dumps(a): model(*a) for a in _shown_inputs(name)}
        first = next(iter(printed.values()))

        def literal(*args: object, _printed=printed, _first=first) -> object:  # noqa: ANN001
            return _printed.get(json.dumps(list(args)), _first)

        check(literal)
        assert "✅ Right" in capsys.readouterr().out, name
        message = not_yet(check, literal, ("second",))
        assert message.startswith("Not yet: on the second article"), (name, message)
    copied_order = list(l4.RIGHT_MONTH_ORDER)  # a Parsons answer has nothing to copy
    checks.check_month_order(copied_order, "second", strict=True)


def test_graded_calls_cover_every_function_check_and_are_plain_data() -> None:
    calls = l4.graded_calls()
    assert set(calls) == {f"nb04-ex{n}-check" for n in (1, 2, 3, 5, 8)}
    assert json.loads(json.dumps(calls)) == calls
    for check_id, inputs in calls.items():
        ((name, arguments),) = inputs.items()
        assert name in MODELS, check_id
        shown = {json.dumps(a) for a in _shown_inputs(name)}
        assert shown <= {json.dumps(a) for a in arguments}, check_id
        assert len(arguments) > len(shown), f"{check_id} has no input from the second article"


def test_the_second_article_exercises_every_function() -> None:
    second = l4.timeline_sentences("second")
    assert any("Mayor" in s for s in second)  # May in Mayor
    assert any(e.startswith("on Nov.") for s in second for e in l4.timeline_find_months(s))
    events = dict(l4.timeline_of(l4.timeline_text("second"), l4.timeline_published("second")))
    assert events["two days later"] == "2024-11-20"  # counted from Nov. 18, not from Nov. 21


def test_hints_have_two_levels(capsys: pytest.CaptureFixture[str]) -> None:
    for exercise in [f"nb04-ex{n}" for n in range(1, 9)]:
        checks.hint(exercise)
        checks.hint(exercise, level=2)
        first, second = capsys.readouterr().out.split(f"Hint 2 of 2 for {exercise}")
        assert first.startswith(f"Hint 1 of 2 for {exercise}: ") and second.strip()


# --- The notebook ------------------------------------------------------------------------------


def _notebook(folder: str = "notebooks") -> nbformat.NotebookNode:
    return nbformat.read(PROJECT_ROOT / folder / f"{LESSON4}.ipynb", 4)


def test_the_lesson_cells_give_the_same_words_as_the_checks() -> None:
    """MONTH_NUMBERS, RELATIVE, NUMBER_WORDS and WEEKDAY_NAMES of the lesson are the checks'."""
    import ast

    wanted = {"MONTH_NUMBERS", "RELATIVE", "NUMBER_WORDS", "WEEKDAY_NAMES"}
    space: dict[str, object] = {}
    for cell in _notebook().cells:
        if cell.cell_type != "code":
            continue
        for node in ast.parse(cell.source).body:
            if isinstance(node, ast.Assign) and {ast.unparse(t) for t in node.targets} & wanted:
                exec(ast.unparse(node), {}, space)  # noqa: S102 - the lesson's own constants
    assert space["MONTH_NUMBERS"] == l4.TIMELINE_MONTH_NUMBERS
    assert space["RELATIVE"] == l4.TIMELINE_RELATIVE
    assert space["NUMBER_WORDS"] == l4.TIMELINE_NUMBER_WORDS
    assert tuple(space["WEEKDAY_NAMES"]) == l4.WEEKDAY_NAMES


def test_no_paragraph_is_shown_counted_from_0() -> None:
    """The lesson shows timelines through timeline_frame (paragraphs from 1), never the plain
    timeline_table, whose paragraph column counts from 0."""
    sources = "\n".join(c.source for c in _notebook().cells if c.cell_type == "code")
    assert "timeline_table" not in sources and "timeline_frame" in sources


def test_student_copy_reaches_the_end_saying_not_yet() -> None:
    """With every answer blank, Run All reaches the last cell of the student copy; each check
    prints one "Not yet" line."""
    from nbclient import NotebookClient

    from lessons import grade

    notebook = _notebook("student")
    client = NotebookClient(
        notebook, timeout=120, kernel_name="python3",
        resources={"metadata": {"path": str(PROJECT_ROOT / "student")}},
    )  # fmt: skip
    client.execute()  # raises if a cell stops
    graded = [c for c in notebook.cells if c.cell_type == "code" and grade.cell_points(c)]
    assert len(graded) == 8
    for cell in graded:
        shown = [out for out in cell.outputs if out.output_type in ("stream", "error")]
        assert len(shown) == 1 and shown[0].get("name") == "stderr", shown
        assert shown[0].text.startswith("⚠ Not yet:") and shown[0].text.count("\n") == 1


def not_yet(check, *args, **kwargs) -> str:  # noqa: ANN001 - any lesson-4 check, strict
    return not_yet_message(check, *args, strict=True, **kwargs)


def soft(check, *args, **kwargs) -> str:  # noqa: ANN001 - any lesson-4 check
    return soft_message(check, "nb04", *args, **kwargs)
