"""Lesson 2 (find the quotes): students write the regex, the pairing, the attribution reader and
the quote table; every check names the usual mistakes, and a copied literal fails the hidden tests.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import nbformat
import pytest
from lesson_checks import not_yet_message, soft_message

from lessons import checks, parse_article, vocab
from lessons.checks import lesson2 as l2
from lessons.data import PROJECT_ROOT
from lessons.errors import LessonError

LESSON2 = "02-find-the-quotes"
ALL_ARTICLES = ("seed", "practice", "second")
REPORTING_VERBS = vocab.word_set("reporting_verbs_verbnet")


# --- The model answers, as a student writes them in the notebook ---------------------------------


def find_quoted(text: str) -> list[str]:
    return re.findall(r'[“"](.*?)[”"]', text)


def text_after(paragraph: str, fragment: str) -> str:
    end = paragraph.find(fragment) + len(fragment)
    rest = paragraph[end:].lstrip(' ”"')
    return re.split(r'[“”"]', rest)[0]


def read_said(after: str) -> tuple[str, str] | None:
    words = re.findall(r"[\w’'-]+", re.split(r"[.!?]", after)[0])
    for i, word in enumerate(words):
        if word.lower() in REPORTING_VERBS:
            if i > 0:
                return " ".join(words[:i]), word
            name = []
            for following in words[1:]:
                if not following[0].isupper():
                    break
                name.append(following)
            return (" ".join(name), word) if name else None
    return None


pair_quotes = checks.pairing_function(list(l2.RIGHT_PAIRING_ORDER))


def quote_table(text: str) -> list[tuple]:
    table = []
    for number, paragraph in enumerate(parse_article(text).paragraphs, start=1):
        said = None
        for fragment in pair_quotes(paragraph.text):
            said = read_said(text_after(paragraph.text, fragment)) or said
            mention, cue = said or (None, None)
            table.append((number, fragment, mention, cue))
    return table


RIGHT_MARKS = {
    "source": "Ray Dunleavy",
    "cue": "said",
    "content": "I've lived here through 11 hurricanes and I have never seen the water come "
    "this fast,",
}


# --- Right answers pass quietly; the models agree with the notebook's ----------------------------


def test_lesson2_right_answers_pass(capsys: pytest.CaptureFixture[str]) -> None:
    checks.check_quote_pattern(find_quoted, ALL_ARTICLES, strict=True)
    checks.check_quote_choice("b", strict=True)
    checks.check_pairing_order(list(l2.RIGHT_PAIRING_ORDER), ALL_ARTICLES, strict=True)
    checks.check_said_function(read_said, ALL_ARTICLES, strict=True)
    checks.check_annotation(dict(RIGHT_MARKS), strict=True)
    checks.check_quote_table(quote_table, ALL_ARTICLES, strict=True)
    captured = capsys.readouterr()
    assert captured.out.count("✅ Right") == 6 and captured.err == ""


def test_the_notebook_model_answers_are_the_ones_tested_here() -> None:
    notebook = nbformat.read(PROJECT_ROOT / "notebooks" / f"{LESSON2}.ipynb", 4)
    sources = "\n".join(cell.source for cell in notebook.cells)
    for line in (
        "pattern = r'[“\"](.*?)[”\"]'",
        'pairing_order = ["C", "H", "E", "J", "K", "D", "F", "A", "B", "G", "I"]',
        '    words = re.findall(r"[\\w’\'-]+", re.split(r"[.!?]", after)[0])',
        "            said = read_said(text_after(paragraph.text, fragment)) or said",
        "    rest = paragraph[end:].lstrip(' ”\"')",
    ):
        assert line in sources, line


def test_the_second_article_exercises_every_function() -> None:
    """A literal copied from the seed or the practice article is wrong on the second article."""
    second = l2.quote_article_text("second")
    for shown in ("seed", "practice"):
        text = l2.quote_article_text(shown)
        assert find_quoted(text) != find_quoted(second)
        assert quote_table(text) != quote_table(second)
    seconds = l2.quote_afters("second")
    assert {read_said(a) for a in seconds} - {read_said(a) for a in l2.quote_afters("seed")}
    # the second article has a quote that runs over paragraphs, an inverted "said X" and a "she"
    assert any(row[2] is None for row in quote_table(second))
    assert ("Renata Szabo", "said") in {read_said(a) for a in seconds}
    assert ("she", "said") in {read_said(a) for a in seconds}


# --- Each named wrong answer gets its message --------------------------------------------------


@pytest.mark.parametrize(
    ("letter", "said"),
    [("A", "not greedy"), ("C", "all curly"), ("D", "full stops included"), ("Z", "one letter")],
)
def test_each_wrong_choice_names_its_mistake(letter: str, said: str) -> None:
    assert said in soft(checks.check_quote_choice, letter)
    assert said in not_yet_message(checks.check_quote_choice, letter, strict=True)


@pytest.mark.parametrize(
    ("pattern", "said"),
    [
        (r"“(.*?)”", "finds no quote in the practice article"),
        (r'"(.*?)"', "finds no quote in the seed article"),
        (r'[“"](.*)[”"]', ".* is greedy"),
        (r'[“"].*?[”"]', "put the words between them in a group"),
        (..., "the pattern is still empty"),
    ],
)
def test_pattern_mistakes_are_named(pattern: object, said: str) -> None:
    def find(text: str) -> list[str]:
        return re.findall(pattern, text)

    assert said in soft(checks.check_quote_pattern, find)


@pytest.mark.parametrize(
    ("order", "said"),
    [
        (..., "still empty"),
        ("CHE", "give a list of letters"),
        (["C", "H", "Z"], "there is no line 'Z'"),
        (["H", "C", "E", "J", "K", "D", "F", "A", "B", "G", "I"], "starts with its def line"),
        (["C", "H", "E", "J", "K", "D", "F", "A", "I", "B", "G"], "return goes last"),
        (["C", "H", "E", "J", "K", "D", "F", "L", "B", "G", "I"], "line L closes the quote"),
        (["C", "H", "E", "J", "K", "D", "F", "A", "I"], "lines B and G keep it"),
        (["C", "H", "E", "J", "D", "K", "F", "A", "B", "G", "I"], "do not make a function"),
        (["C", "H", "E", "J", "F", "D", "K", "A", "B", "G", "I"], "every line is needed once"),
    ],
)
def test_parsons_mistakes_are_named(order: object, said: str) -> None:
    assert said in soft(checks.check_pairing_order, order)


def _said_only(after: str) -> tuple[str, str] | None:
    words = after.split()
    return (" ".join(words[: words.index("said")]), "said") if "said" in words else None


def _no_inversion(after: str) -> tuple[str, str] | None:
    words = re.findall(r"[\w’'-]+", re.split(r"[.!?]", after)[0])
    verbs = [i for i, w in enumerate(words) if w.lower() in REPORTING_VERBS]
    return (" ".join(words[: verbs[0]]), words[verbs[0]]) if verbs else None


def _only_said_verb(after: str) -> tuple[str, str] | None:
    words = re.findall(r"[\w’'-]+", re.split(r"[.!?]", after)[0])
    return (" ".join(words[: words.index("said")]), "said") if "said" in words[1:] else None


def _whole_paragraph(after: str) -> tuple[str, str] | None:
    words = re.findall(r"[\w’'-]+", after)
    verbs = [i for i, w in enumerate(words) if w.lower() in REPORTING_VERBS and i > 0]
    return (" ".join(words[: verbs[0]]), words[verbs[0]]) if verbs else None


def _name_runs_on(after: str) -> tuple[str, str] | None:
    found = read_said(after)
    if found and after.lower().startswith(found[1].lower()):
        return " ".join(re.findall(r"[\w’'-]+", after)[1:4]), found[1]
    return found


@pytest.mark.parametrize(
    ("function", "said"),
    [
        (_said_only, "punctuation stuck to it"),
        (_no_inversion, "puts the verb first"),
        (_only_said_verb, "you miss the cue 'told'"),
        (_whole_paragraph, "puts the verb first"),
        (_name_runs_on, "stop at the first word that is not capitalised"),
        (lambda after: read_said(after) or ("someone", "said"), "has no 'X said' attribution"),
        (lambda after: "said", "return a pair (mention, cue) or None"),
        (None, "it should be a function"),
    ],
)
def test_attribution_mistakes_are_named(function: object, said: str) -> None:
    assert said in soft(checks.check_said_function, function)


@pytest.mark.parametrize(
    ("marks", "said"),
    [
        (..., "still empty"),
        ("Ray Dunleavy said", "give a dict"),
        ({"source": "Ray Dunleavy", "cue": "said"}, "the dict has no 'content'"),
        ({**RIGHT_MARKS, "source": "Ray Dunleavy, 71"}, "the age and the description"),
        ({**RIGHT_MARKS, "source": "Dunleavy"}, "in full, as written"),
        ({**RIGHT_MARKS, "cue": "said Ray Dunleavy"}, "the reporting verb alone"),
        (l2.CLASSMATE_MARKS, "you mark two fragments"),
        ({**RIGHT_MARKS, "content": RIGHT_MARKS["content"] + '" said'}, "stops at the closing"),
        ({**RIGHT_MARKS, "content": "I've lived here"}, "every word between the opening"),
        ({**RIGHT_MARKS, "content": "the water came fast"}, "copy the words exactly"),
    ],
)
def test_annotation_mistakes_are_named(marks: object, said: str) -> None:
    assert said in soft(checks.check_annotation, marks)


def test_annotation_ignores_quote_marks_and_a_missing_comma(
    capsys: pytest.CaptureFixture[str],
) -> None:
    content = RIGHT_MARKS["content"]
    checks.check_annotation({**RIGHT_MARKS, "content": f'"{content}"'}, strict=True)
    checks.check_annotation({**RIGHT_MARKS, "content": content.rstrip(",")}, strict=True)
    assert capsys.readouterr().out.count("✅ Right") == 2


def test_agreement_is_shared_words_over_the_longer_marking(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert checks.agreement("Ray Dunleavy", "Ray Dunleavy, 71") == pytest.approx(2 / 3)
    assert checks.agreement("said", "Said.") == 1.0
    assert checks.agreement("", "") == 1.0 and checks.agreement("a b", "c") == 0.0
    assert checks.annotation_key() == RIGHT_MARKS
    checks.show_agreement(RIGHT_MARKS)
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["source", "cue", "content", "overall"]
    assert lines[1].split() == ["you", "~", "key", "1.00", "1.00", "1.00", "1.00"]
    assert lines[2].split()[:3] == ["you", "~", "classmate"] and lines[2].split()[4] == "1.00"


def test_quote_table_mistakes_are_named() -> None:
    def from_zero(text: str) -> list[tuple]:
        return [(n - 1, *rest) for n, *rest in quote_table(text)]

    def no_borrowing(text: str) -> list[tuple]:
        rows = []
        for number, paragraph in enumerate(parse_article(text).paragraphs, start=1):
            for fragment in pair_quotes(paragraph.text):
                mention, cue = read_said(text_after(paragraph.text, fragment)) or (None, None)
                rows.append((number, fragment, mention, cue))
        return rows

    def naive(text: str) -> list[tuple]:
        return [(1, q, None, None) for q in find_quoted(text)]

    assert "count paragraphs from 1" in soft(checks.check_quote_table, from_zero)
    assert "takes the attribution of the fragment before it" in soft(
        checks.check_quote_table, no_borrowing
    )
    assert "you find 5 fragments, pair_quotes finds 6" in soft(checks.check_quote_table, naive)
    assert "returns nothing (None)" in soft(checks.check_quote_table, lambda text: None)
    assert "return a list of rows" in soft(checks.check_quote_table, lambda text: "rows")


def test_blank_answers_say_not_yet_and_go_on() -> None:
    def blank(*args: object) -> None:
        return None

    assert "still empty" in soft(checks.check_quote_choice, ...)
    assert "still empty" in soft(checks.check_pairing_order, ...)
    assert "still empty" in soft(checks.check_annotation, ...)
    assert "returns nothing (None)" in soft(checks.check_quote_table, blank)
    assert "should return a list of strings" in soft(checks.check_quote_pattern, blank)
    assert "returns None for every quote" in soft(checks.check_said_function, blank)
    stand_in = checks.pairing_function(...)
    with pytest.raises(ValueError, match="exercise 3 is not done yet"):
        stand_in("“Go,” she said.")


def test_compare_with_kit_lists_what_the_kit_does_more() -> None:
    storm = l2.quote_article_text("practice")
    rows = checks.compare_with_kit(quote_table(storm), storm)
    assert (7, "She was right,", "he", "Ray Dunleavy", "pronoun resolved") in rows
    assert [r[:4] for r in rows if r[0] == 6] == [
        (6, "We waited too long. I'll say ...", "None", "Ray Dunleavy")
    ]
    assert any(r[2].endswith("director Paula Greaves") and r[3] == "Paula Greaves" for r in rows)
    assert all(r[3] != "Ray Dunleavy" for r in rows if r[0] == 5)  # same name: no difference


# --- A copied literal passes where it was printed and fails on the second article ---------------


def _printed(function, calls: list[list[object]]):  # noqa: ANN001, ANN202 - a student's literal
    """A function that returns what ``function`` printed for the calls shown, the first printed
    value for anything else: what a student who copies output would hand in."""
    printed = {json.dumps(args): function(*args) for args in calls}
    first = next(iter(printed.values()))
    return lambda *args: printed.get(json.dumps(list(args)), first)


SHOWN_CALLS = {
    "find_quoted": (find_quoted, [[l2.quote_article_text(n)] for n in l2.QUOTES_SHOWN]),
    "read_said": (read_said, [[a] for a in l2._said_inputs(l2.QUOTES_SHOWN)]),
    "quote_table": (quote_table, [[l2.quote_article_text(n)] for n in l2.QUOTES_SHOWN]),
}
CHECK_OF = {
    "find_quoted": checks.check_quote_pattern,
    "read_said": checks.check_said_function,
    "quote_table": checks.check_quote_table,
}


@pytest.mark.parametrize("name", list(SHOWN_CALLS))
def test_a_copied_literal_passes_where_it_was_printed_and_fails_elsewhere(
    name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    function, calls = SHOWN_CALLS[name]
    literal = _printed(function, calls)
    CHECK_OF[name](literal, strict=True)  # the visible check: seed and practice
    assert "✅ Right" in capsys.readouterr().out
    message = not_yet_message(CHECK_OF[name], literal, ("second",), strict=True)
    assert message.startswith("Not yet: on the second article"), message


def test_graded_calls_hold_every_input_a_check_gives_a_function() -> None:
    """Inside the grading sandbox a function answer is replayed only on the inputs listed in
    graded_calls; a check that calls it on anything else would fail a right answer."""
    calls = l2.graded_calls()
    assert set(calls) == {"nb02-ex1-check", "nb02-ex4-check", "nb02-ex6-check"}
    assert json.loads(json.dumps(calls)) == calls
    assert set(calls).issubset(checks.graded_calls())
    for check_id, (name, check) in {
        "nb02-ex1-check": ("find_quoted", checks.check_quote_pattern),
        "nb02-ex4-check": ("read_said", checks.check_said_function),
        "nb02-ex6-check": ("quote_table", checks.check_quote_table),
    }.items():
        model = SHOWN_CALLS[name][0]
        seen: list[str] = []

        def recording(*args: object, model=model, seen=seen) -> object:  # noqa: ANN001
            seen.append(json.dumps(list(args)))
            return model(*args)

        check(recording, strict=True)
        check(recording, ("second",), strict=True)
        listed = {json.dumps(args) for args in calls[check_id][name]}
        assert seen and set(seen) <= listed, check_id


def test_hints_have_two_levels(capsys: pytest.CaptureFixture[str]) -> None:
    for exercise in [f"nb02-ex{n}" for n in range(1, 7)]:
        checks.hint(exercise)
        checks.hint(exercise, level=2)
        first, second = capsys.readouterr().out.split(f"Hint 2 of 2 for {exercise}")
        assert first.startswith(f"Hint 1 of 2 for {exercise}: ") and second.strip()
    with pytest.raises(LessonError, match="No hints"):
        checks.hint("nb02-ex9")


def test_lesson2_names_do_not_clash_with_other_lessons() -> None:
    import importlib

    shared = {"HINTS", "graded_calls"}
    mine = set(l2.__all__) - shared
    for lesson in checks.LESSONS:
        if lesson != "lesson2":
            other = importlib.import_module(f"lessons.checks.{lesson}")
            assert not mine & set(other.__all__), lesson


# --- The notebook: objectives, exercises, corrections --------------------------------------------


def _notebook() -> nbformat.NotebookNode:
    return nbformat.read(PROJECT_ROOT / "notebooks" / f"{LESSON2}.ipynb", 4)


def test_the_misspelled_name_is_flagged_where_it_first_appears() -> None:
    """The first output or text that shows "Perskov" is followed by the correction."""
    seen = []
    for cell in _notebook().cells:
        outputs = "".join(
            out.get("text", "") + str(out.get("data", {}).get("text/plain", ""))
            for out in cell.get("outputs", [])
        )
        seen.append(cell.source + outputs)
    first = next(i for i, text in enumerate(seen) if "Perskov" in text)
    correction = seen[first] + seen[first + 1]
    assert "Dmitry Peskov" in correction and "misspells" in correction


def test_paragraph_numbers_shown_to_readers_start_at_1() -> None:
    notebook = _notebook()
    first = notebook.cells[2].outputs[0].text.splitlines()[0]
    assert first.startswith("[ 1] President Biden")


# --- Grading: the hidden tests fail literals copied from the printed output --------------------


def _literal_answers() -> dict[str, str]:
    """Function answers replaced by the values they print on the seed and practice articles."""
    answers = {}
    number = {"find_quoted": 1, "read_said": 4, "quote_table": 6}
    for name, (function, calls) in SHOWN_CALLS.items():
        printed = {json.dumps(args): function(*args) for args in calls}
        first = next(iter(printed.values()))
        answers[f"nb02_ex{number[name]}_answer"] = (
            f"import json\n_PRINTED = {printed!r}\n\ndef {name}(*args):\n"
            f"    return _PRINTED.get(json.dumps(list(args)), {first!r})"
        )
    return answers


@pytest.fixture(scope="module")
def graded_lesson2(tmp_path_factory: pytest.TempPathFactory) -> dict:
    pytest.importorskip("nbgrader", reason="nbgrader comes with the instructor extra")
    from test_grading import save, student_notebook

    from lessons import grade

    released = tmp_path_factory.mktemp("student2")
    grade.release(released)
    folder = tmp_path_factory.mktemp("submissions2")
    save(student_notebook(released, LESSON2), folder / "alice" / f"{LESSON2}.ipynb")
    save(
        student_notebook(released, LESSON2, **_literal_answers()),
        folder / "heidi" / f"{LESSON2}.ipynb",
    )
    out = tmp_path_factory.mktemp("grades2")
    report = grade.grade(folder, out, timeout=6, workers=2)
    return {"out": out, "report": report}


def _rows(out: Path) -> dict[tuple[str, str], dict[str, str]]:
    from test_grading import read_csv

    rows = read_csv(out / "exercises.csv")
    return {(r["student"], r["exercise"]): r for r in rows if r["notebook"].startswith(LESSON2)}


def test_model_answers_earn_every_point_when_graded(graded_lesson2: dict) -> None:
    rows = _rows(graded_lesson2["out"])
    for number in range(1, 7):
        row = rows[("alice", f"nb02-ex{number}-check")]
        assert (row["status"], row["points"]) == ("right", "1"), row


def test_copied_literals_fail_the_hidden_tests_of_lesson_2(graded_lesson2: dict) -> None:
    rows = _rows(graded_lesson2["out"])
    for number in (1, 4, 6):
        row = rows[("heidi", f"nb02-ex{number}-check")]
        assert row["points"] == "0", row
        assert row["status"].startswith("not yet: on the second article"), row
    for number in (2, 3, 5):
        assert rows[("heidi", f"nb02-ex{number}-check")]["status"] == "right"


def soft(check, *args, **kwargs) -> str:  # noqa: ANN001 - any lesson-2 check
    return soft_message(check, "nb02", *args, **kwargs)
