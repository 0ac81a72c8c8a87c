"""Instant feedback: every check says what is right, or what is wrong and a hint, in one line."""

from __future__ import annotations

import inspect

import pytest
from lesson_checks import not_yet_message

from lessons import checks
from lessons.article import Article
from lessons.checks import NotYet, check_items, check_value
from lessons.errors import LessonError, show_in_notebook
from lessons.quotes import find_quotes


def test_not_yet_is_an_assertion_for_nbgrader_and_a_lesson_error_for_students() -> None:
    assert issubclass(NotYet, AssertionError)
    assert issubclass(NotYet, LessonError)


# --- check_value ---------------------------------------------------------------------------------


def test_check_value_right(capsys: pytest.CaptureFixture[str]) -> None:
    check_value(3, 3, what="the number of quotes")
    assert capsys.readouterr().out == "✅ Right: the number of quotes is 3.\n"


def test_check_value_right_ignores_surrounding_spaces(capsys: pytest.CaptureFixture[str]) -> None:
    check_value(" Lloyd Austin\n", "Lloyd Austin", what="the speaker")
    assert capsys.readouterr().out == "✅ Right: the speaker is 'Lloyd Austin'.\n"


def test_check_value_accepts_a_float_equal_to_an_int(capsys: pytest.CaptureFixture[str]) -> None:
    check_value(3.0, 3, what="the count")
    assert capsys.readouterr().out == "✅ Right: the count is 3.\n"


def test_check_value_still_empty() -> None:
    message = not_yet_message(check_value, ..., 3, what="the number of quotes")
    assert (
        message == "Not yet: the number of quotes is still empty: replace the ... with your answer."
    )


def test_check_value_wrong_number_with_hint() -> None:
    message = not_yet_message(check_value, 4, 3, what="the number of quotes", hint="count marks.")
    assert message == "Not yet: the number of quotes is not 4. Hint: count marks."


def test_check_value_wrong_capitals() -> None:
    message = not_yet_message(check_value, "lloyd austin", "Lloyd Austin", what="the speaker")
    assert message == "Not yet: the speaker has the right words but the capitals differ."


def test_check_value_wrong_type() -> None:
    message = not_yet_message(check_value, "3", 3, what="the count")
    assert (
        message
        == "Not yet: the count should be a whole number, you gave a piece of text (a string)."
    )


def test_check_value_shortens_a_long_answer() -> None:
    message = not_yet_message(check_value, "x" * 200, "y", what="the headline")
    assert message == f"Not yet: the headline is not '{'x' * 76}...."


# --- check_items ---------------------------------------------------------------------------------


def test_check_items_right_in_any_order(capsys: pytest.CaptureFixture[str]) -> None:
    check_items(["b", "a", "a"], {"a", "b"}, what="the speakers")
    assert capsys.readouterr().out == "✅ Right: all 2 of the speakers.\n"


def test_check_items_still_empty() -> None:
    message = not_yet_message(check_items, ..., ["a"], what="the speakers", hint="look again.")
    assert message == (
        "Not yet: your answer for the speakers is still empty: replace the ... with your answer. "
        "Hint: look again."
    )


@pytest.mark.parametrize(
    ("answer", "kind"),
    [("Austin", "a piece of text (a string)"), (3, "a whole number"), (None, "a None (nothing)")],
)
def test_check_items_wants_a_collection(answer: object, kind: str) -> None:
    message = not_yet_message(check_items, answer, ["Austin"], what="the speakers")
    assert message == f"Not yet: the speakers should be a list, you gave {kind}."


def test_check_items_with_unhashable_items() -> None:
    message = not_yet_message(check_items, [["Austin"]], ["Austin"], what="the speakers")
    assert message == (
        "Not yet: the speakers should be a list of simple values (names or numbers), not of lists."
    )


def test_check_items_says_what_is_missing_and_what_is_extra() -> None:
    message = not_yet_message(check_items, ["a", "x"], ["a", "b", "c"], what="the speakers")
    assert message == (
        "Not yet: the speakers: 2 missing (for example 'b') and "
        "1 that should not be there (for example 'x')."
    )


def test_check_items_only_missing() -> None:
    message = not_yet_message(check_items, set(), ["Kyiv"], what="the places")
    assert message == "Not yet: the places: 1 missing (for example 'Kyiv')."


# --- Lesson 0 and 1: the expected answer comes from the library, never hard-coded ----------------


def test_headline_words(seed: Article, capsys: pytest.CaptureFixture[str]) -> None:
    right = len(seed.headline.text.split())
    checks.check_headline_words(right, seed)
    assert capsys.readouterr().out == f"✅ Right: the number of words in the headline is {right}.\n"
    assert not_yet_message(checks.check_headline_words, right - 2, seed, strict=True) == (
        f"Not yet: the number of words in the headline is not {right - 2}. Hint: "
        "article.headline.text is a string; .split() cuts it at spaces; len() counts."
    )


# --- Every lesson's check, including those added later: an empty answer gets one friendly line ---


KNOWN_INPUTS = {"article", "analysis"}  # what this test can build from the seed article


def _inputs(function: object) -> list[str]:
    """The positional parameters of a check after the answer (``strict`` is keyword-only)."""
    parameters = inspect.signature(function).parameters.values()
    return [p.name for p in parameters if p.kind != p.KEYWORD_ONLY][1:]


def _module(lesson: str):  # noqa: ANN202 - a module
    import importlib

    return importlib.import_module(f"lessons.checks.{lesson}")


def _lesson_checks() -> list[str]:
    """Lesson checks whose inputs (after the answer) are the article or its analysis."""
    names = []
    every = {n: getattr(checks, n) for lesson in checks.LESSONS for n in _module(lesson).__all__}
    for name, function in sorted(every.items()):
        if name.startswith("check_"):
            parameters = _inputs(function)
            if inspect.isfunction(function) and set(parameters) <= KNOWN_INPUTS:
                names.append(name)
    return names


@pytest.mark.parametrize("name", _lesson_checks())
def test_every_lesson_check_says_an_empty_answer_is_empty(
    name: str, seed_text: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from lessons import analyze, parse_article

    parameters = _inputs(getattr(checks, name))
    inputs = {"article": lambda: parse_article(seed_text), "analysis": lambda: analyze(seed_text)}
    given = [inputs[p]() for p in parameters]
    message = not_yet_message(getattr(checks, name), ..., *given, strict=True)
    assert "is still empty" in message
    getattr(checks, name)(..., *given)  # in a notebook: one "Not yet" line, and the lesson goes on
    said = capsys.readouterr().err
    assert said.startswith("⚠ Not yet: ") and said.count("\n") == 1 and "is still empty" in said


# --- In a notebook: one line, not a traceback ----------------------------------------------------


@pytest.fixture
def ipython(tmp_path, monkeypatch):  # noqa: ANN001, ANN201 - pytest fixtures
    """A real IPython shell (what a Jupyter kernel runs), with the kit's handler installed."""
    from IPython.core.interactiveshell import InteractiveShell
    from traitlets.config import Config

    monkeypatch.setenv("IPYTHONDIR", str(tmp_path))
    config = Config()
    config.HistoryManager.hist_file = ":memory:"
    shell = InteractiveShell.instance(config=config)
    show_in_notebook()
    try:
        yield shell
    finally:
        InteractiveShell.clear_instance()


def test_not_yet_shows_as_one_line_in_ipython(ipython, capsys) -> None:  # noqa: ANN001
    result = ipython.run_cell(
        "from lessons.checks import check_value\ncheck_value(2, 3, what='the count', hint='add.')"
    )
    captured = capsys.readouterr()
    assert isinstance(result.error_in_exec, NotYet)  # still a failure: nbgrader gives 0 points
    assert captured.err == "⚠ Not yet: the count is not 2. Hint: add.\n"
    assert "Traceback" not in captured.out + captured.err


def test_other_errors_keep_their_traceback_in_ipython(ipython, capsys) -> None:  # noqa: ANN001
    result = ipython.run_cell("1 / 0")
    captured = capsys.readouterr()
    assert isinstance(result.error_in_exec, ZeroDivisionError)
    assert "ZeroDivisionError" in captured.out + captured.err
    assert "⚠" not in captured.out + captured.err


# --- Lesson 1: students write each step; a check names the usual mistake and lets Run All go on ---


def _sentences(paragraphs: list[str]) -> list[str]:
    import nltk

    return [s for p in paragraphs for s in nltk.sent_tokenize(p)]


def _words(sentence: str) -> list[str]:
    import nltk

    stop = checks.stopword_set()
    words = [t.lower() for t in nltk.word_tokenize(sentence)]
    return [w for w in words if w.isalpha() and w not in stop]


def _chrome(pattern: str):  # noqa: ANN202 - a student's function
    import re

    def set_aside_chrome(lines: list[str]) -> tuple[list[str], list[str]]:
        kept = [x for x in lines if x.strip() and not re.search(pattern, x, flags=re.I)]
        return kept, [x for x in lines if x.strip() and re.search(pattern, x, flags=re.I)]

    return set_aside_chrome


def soft(check, *args, **kwargs) -> str:  # noqa: ANN001 - any lesson-1 check
    """A lesson-1 check in a notebook: it prints one "Not yet" line and does not raise."""
    import contextlib
    import io

    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        check(*args, **kwargs)
    text = err.getvalue()
    assert text.startswith("⚠ Not yet: ") and text.count("\n") == 1, text
    assert "checks.hint('nb01-ex" in text
    return text


RIGHT_CHROME = r"©|copyright|sign in|subscribe|share this|advertisement|related:|terms of use"


def test_lesson1_right_answers_pass(capsys: pytest.CaptureFixture[str]) -> None:
    from nltk import FreqDist

    from lessons import parse_article

    def most_common_words(text: str, n: int = 10) -> list[tuple[str, int]]:
        paragraphs = [p.text for p in parse_article(text).paragraphs]
        return FreqDist(w for s in _sentences(paragraphs) for w in _words(s)).most_common(n)

    checks.check_choice_ex1("b")
    checks.check_chrome_function(_chrome(RIGHT_CHROME), ("seed", "practice", "second"))
    checks.check_parsons_ex3(["B", "D", "C", "A"], "second", strict=True)
    checks.check_sentence_function(_sentences, ("seed", "practice", "second"), strict=True)
    checks.check_content_words(_words, ("seed", "practice", "second"), strict=True)
    checks.check_most_common_words(most_common_words, ("practice", "second"), strict=True)
    assert capsys.readouterr().out.count("✅ Right") == 6


@pytest.mark.parametrize(
    ("letter", "said"),
    [
        ("A", "line 12"),
        ("C", "'banana'.count('a')"),
        ("D", "non-breaking space"),
        ("Z", "one letter"),
    ],
)
def test_each_wrong_choice_names_its_mistake(letter: str, said: str) -> None:
    assert said in soft(checks.check_choice_ex1, letter)
    assert said in not_yet_message(checks.check_choice_ex1, letter, strict=True)


def test_blank_answers_say_not_yet_and_go_on() -> None:
    def blank(*args: object) -> None:
        return None

    assert "still empty" in soft(checks.check_choice_ex1, ...)
    assert "still empty" in soft(checks.check_parsons_ex3, ...)
    assert "returns nothing (None)" in soft(checks.check_sentence_function, blank)
    assert "returns nothing (None)" in soft(checks.check_content_words, blank)
    assert "returns nothing (None)" in soft(checks.check_most_common_words, blank)

    def empty_pattern(lines: list[str]) -> None:
        import re

        re.search(..., lines[0])

    assert "pattern is still empty" in soft(checks.check_chrome_function, empty_pattern)


def test_chrome_mistakes_are_named() -> None:
    broad = soft(checks.check_chrome_function, _chrome(RIGHT_CHROME + "|the"))
    assert "sets aside a story paragraph" in broad
    assert "keeps the chrome line 'Share this article'" in soft(
        checks.check_chrome_function,
        _chrome(r"©|sign in|advertisement|related:|copyright|terms of use"),
    )
    one_list = soft(checks.check_chrome_function, lambda lines: [x for x in lines if x])
    assert "return two lists" in one_list


def test_parsons_mistakes_are_named() -> None:
    assert "line E" in soft(checks.check_parsons_ex3, ["B", "D", "C", "E"])
    assert "starts with its def" in soft(checks.check_parsons_ex3, ["D", "B", "C", "A"])
    assert "split the text first" in soft(checks.check_parsons_ex3, ["B", "C", "D", "A"])


def test_sentence_mistakes_are_named() -> None:
    naive = soft(checks.check_sentence_function, lambda ps: [s for p in ps for s in p.split(". ")])
    assert "abbreviation" in naive and "sent_tokenize" in naive
    nested = soft(checks.check_sentence_function, lambda ps: [_sentences([p]) for p in ps])
    assert "one list per paragraph" in nested


@pytest.mark.parametrize(
    ("mistake", "said"),
    [
        (lambda s: [t.lower() for t in s.split() if t.lower() not in checks.stopword_set()],
         "counts punctuation as words"),
        (lambda s: [w for w in _raw(s) if w.isalpha() and w.lower() not in checks.stopword_set()],
         "case is not folded"),
        (lambda s: [w.lower() for w in _raw(s) if w.isalpha()], "stopwords are kept"),
        (lambda s: set(_words(s)), "you return a set"),
    ],
)  # fmt: skip
def test_word_mistakes_are_named(mistake, said: str) -> None:  # noqa: ANN001
    assert said in soft(checks.check_content_words, mistake)


def _raw(sentence: str) -> list[str]:
    import nltk

    return nltk.word_tokenize(sentence)


def test_counting_outside_the_body_and_returning_the_counts_are_named() -> None:
    import nltk
    from nltk import FreqDist

    def whole_text(text: str, n: int = 10) -> list[tuple[str, int]]:
        return FreqDist(w for s in nltk.sent_tokenize(text) for w in _words(s)).most_common(n)

    assert "count the body paragraphs only" in soft(checks.check_most_common_words, whole_text)
    counts = soft(checks.check_most_common_words, lambda text, n=10: FreqDist(_words(text)))
    assert "not the counts" in counts


def test_a_copied_literal_passes_where_it_was_printed_and_fails_elsewhere(
    capsys: pytest.CaptureFixture[str],
) -> None:
    printed = _sentences(checks.article_paragraphs("seed"))
    checks.check_sentence_function(lambda paragraphs: printed, ("seed",))
    assert "✅ Right" in capsys.readouterr().out
    message = not_yet_message(
        checks.check_sentence_function, lambda paragraphs: printed, ("second",), strict=True
    )
    assert message.startswith("Not yet: on the second article")


def test_hints_have_two_levels(capsys: pytest.CaptureFixture[str]) -> None:
    for exercise in [f"nb01-ex{n}" for n in range(1, 7)]:
        checks.hint(exercise)
        checks.hint(exercise, level=2)
        first, second = capsys.readouterr().out.split(f"Hint 2 of 2 for {exercise}")
        assert first.startswith(f"Hint 1 of 2 for {exercise}: ") and second.strip()
    with pytest.raises(LessonError, match="No hints"):
        checks.hint("nb09-ex1")


def test_graded_calls_cover_every_function_check_and_are_plain_data() -> None:
    import json

    from lessons.checks import lesson1

    assert set(lesson1.graded_calls()) == {
        "nb01-ex2-check",
        "nb01-ex4-check",
        "nb01-ex5-check",
        "nb01-ex6-check",
    }
    calls = checks.graded_calls()  # every lesson's, together
    assert set(lesson1.graded_calls()) <= set(calls)
    text = json.dumps(calls)
    assert json.loads(text) == calls
    for article in checks.LESSON1_ARTICLES:
        assert json.dumps(checks.article_text(article))[1:200] in text


def test_a_corrected_spelling_is_praised_not_marked_wrong(seed: Article, capsys) -> None:  # noqa: ANN001
    beginning = next(q.text for q in find_quotes(seed) if q.speaker == "Dmitry Perskov")[:12]
    checks.check_speaker_of("Dmitry Peskov", seed, beginning, strict=True)
    said = capsys.readouterr().out
    assert said.startswith("✅ Right: the speaker of the quote beginning")
    assert "better than the article, which misspells the name 'Dmitry Perskov'" in said
    checks.check_speaker_of("Dmitry Perskov", seed, beginning, strict=True)  # as printed: right
    assert "is 'Dmitry Perskov'" in capsys.readouterr().out
    message = not_yet_message(
        checks.check_speaker_of, "Dmitry Petrov", seed, beginning, strict=True
    )
    assert message.startswith("Not yet: the speaker of the quote beginning")


@pytest.mark.parametrize(
    "lesson",
    [
        "01-parse-the-article",
        "02-find-the-quotes",
        "03-tag-named-entities",
        "04-build-a-timeline",
    ],
)
def test_every_objective_has_an_exercise_and_every_exercise_an_objective(lesson: str) -> None:
    """The lesson lists its objectives, each naming the exercise that checks it."""
    from lesson_checks import objective_exercises

    objectives, named, checks_with_points = objective_exercises(lesson)
    exercises = {c for c in checks_with_points if not c.endswith("-reflect")}
    assert len(objectives) >= 6
    assert len(exercises) >= 6
    assert named <= exercises, f"objectives name exercises that do not exist: {named - exercises}"
    assert exercises <= named, f"exercises that check no objective: {exercises - named}"
