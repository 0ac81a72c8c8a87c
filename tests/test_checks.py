"""Instant feedback: every check says what is right, or what is wrong and a hint, in one line."""

from __future__ import annotations

import inspect

import pytest

from lessons import checks
from lessons.article import Article, word_frequencies
from lessons.checks import NotYet, check_items, check_value
from lessons.errors import LessonError, show_in_notebook


def not_yet_message(check, *args, **kwargs) -> str:  # noqa: ANN001 - any check function
    with pytest.raises(NotYet) as caught:
        check(*args, **kwargs)
    message = str(caught.value)
    assert "\n" not in message, "a check message must fit on one line"
    return message


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
    assert not_yet_message(checks.check_headline_words, right - 2, seed) == (
        f"Not yet: the number of words in the headline is not {right - 2}. Hint: "
        "article.headline.text is a string; .split() cuts it at spaces; len() counts."
    )


def test_paragraph_count(seed: Article, capsys: pytest.CaptureFixture[str]) -> None:
    checks.check_paragraph_count(len(seed.paragraphs), seed)
    assert capsys.readouterr().out.startswith("✅ Right: the number of body paragraphs is")
    assert not_yet_message(checks.check_paragraph_count, 0, seed) == (
        "Not yet: the number of body paragraphs is not 0. Hint: article.paragraphs is a tuple "
        "of paragraphs; count it with len()."
    )


def test_set_aside_reasons(seed: Article, capsys: pytest.CaptureFixture[str]) -> None:
    reasons = {line.reason for line in seed.boilerplate}
    checks.check_set_aside_reasons(reasons, seed)
    assert capsys.readouterr().out == (
        f"✅ Right: all {len(reasons)} of the reasons why lines were set aside.\n"
    )
    first, *rest = sorted(reasons)
    assert not_yet_message(checks.check_set_aside_reasons, rest, seed) == (
        f"Not yet: the reasons why lines were set aside: 1 missing (for example {first!r}). Hint: "
        "loop over article.boilerplate and collect each line's .reason into a set."
    )


def test_top_word(seed: Article, capsys: pytest.CaptureFixture[str]) -> None:
    top = word_frequencies(seed, top=1)[0][0]
    checks.check_top_word(top, seed)
    assert capsys.readouterr().out == f"✅ Right: the most common word is {top!r}.\n"
    hint = " Hint: word_frequencies(article) lists (word, count) pairs, most common first."
    assert not_yet_message(checks.check_top_word, "mines", seed) == (
        "Not yet: the most common word is not 'mines'." + hint
    )
    assert not_yet_message(checks.check_top_word, top.upper(), seed) == (
        "Not yet: the most common word has the right words but the capitals differ." + hint
    )


# --- Every lesson's check, including those added later: an empty answer gets one friendly line ---


KNOWN_INPUTS = {"article", "analysis"}  # what this test can build from the seed article


def _lesson_checks() -> list[str]:
    """Lesson checks whose inputs (after the answer) are the article or its analysis."""
    names = []
    for name, function in sorted(vars(checks).items()):
        if name.startswith("check_") and name not in {"check_value", "check_items"}:
            parameters = list(inspect.signature(function).parameters)[1:]
            if inspect.isfunction(function) and set(parameters) <= KNOWN_INPUTS:
                names.append(name)
    return names


@pytest.mark.parametrize("name", _lesson_checks())
def test_every_lesson_check_says_an_empty_answer_is_empty(name: str, seed_text: str) -> None:
    from lessons import analyze, parse_article

    parameters = list(inspect.signature(getattr(checks, name)).parameters)[1:]
    inputs = {"article": lambda: parse_article(seed_text), "analysis": lambda: analyze(seed_text)}
    message = not_yet_message(getattr(checks, name), ..., *(inputs[p]() for p in parameters))
    assert "is still empty" in message


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
