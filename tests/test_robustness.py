"""Whatever a student pastes, the kit answers: property tests and a folder of nasty inputs."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lessons.article import read_text_file
from lessons.errors import LessonError
from lessons.pipeline import Analysis, analyze

NASTY = Path(__file__).parent / "nasty"


def assert_offsets_slice(result: Analysis) -> None:
    raw = result.article.raw
    for quote in result.quotes + result.indirect_quotes:
        assert raw[quote.start : quote.end] == quote.text
    for entity in result.entities:
        assert entity.mentions, entity
        for mention in entity.mentions:
            assert raw[mention.start : mention.end] == mention.text
    for event in result.timeline:
        assert raw[event.start : event.end] == event.expression


news_alphabet = st.sampled_from(
    list("abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789")
    + list(".,;:!?-—–'\"()“”‘’«»\n\n\r\t\u00a0\ufeff")
    + ["said", " he said", "Mr. ", "Ms. ", "President ", "Tuesday", "March 3, 2025", "last week"]
    + ["according to ", " told reporters", "\n\n", "U.S. ", "Department of ", "’s", "🎉", "مرحبا"]
)
news_like = st.lists(news_alphabet, max_size=120).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=400), news_like))
def test_analyze_never_raises_and_offsets_slice(text: str) -> None:
    try:
        result = analyze(text, "2025-03-06")
    except LessonError as error:  # only the expected, one-line refusals
        assert "\n" not in str(error)
        assert "empty" in str(error) or "web page" in str(error)
        return
    assert_offsets_slice(result)
    json.dumps(result.to_dict())


@settings(max_examples=60, deadline=None)
@given(news_like)
def test_analyze_without_a_date_never_raises(text: str) -> None:
    try:
        result = analyze(text)
    except LessonError:
        return
    assert_offsets_slice(result)


def nasty(name: str) -> str:
    return read_text_file(NASTY / name)


def cli(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "lessons", "analyze", str(path), "--json"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
    )


TEXT_FILES = sorted(p.name for p in NASTY.glob("*.txt"))


@pytest.mark.parametrize("name", TEXT_FILES)
def test_nasty_text_through_the_library(name: str) -> None:
    result = analyze(nasty(name), "2025-03-06")
    assert_offsets_slice(result)
    assert result.article.headline is not None


@pytest.mark.parametrize("name", TEXT_FILES)
def test_nasty_text_through_the_command_line(name: str) -> None:
    result = cli(NASTY / name)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["article"]["headline"] == analyze(nasty(name)).article.headline.text


def test_saved_web_page_is_refused_with_advice() -> None:
    with pytest.raises(LessonError, match="saved web page"):
        analyze(nasty("saved-page.html"))
    result = cli(NASTY / "saved-page.html")
    assert result.returncode == 2
    assert result.stderr.startswith("error: This looks like a saved web page")
    assert len(result.stderr.strip().splitlines()) == 1


def test_only_quotation_marks() -> None:
    result = analyze(nasty("only-quotation-marks.txt"), "2025-03-06")
    assert result.quotes == ()
    assert result.entities == ()
    assert result.timeline == ()


def test_ten_thousand_lines() -> None:
    result = analyze(nasty("ten-thousand-lines.txt"), "2025-03-06")
    assert result.article.headline.text == "Ten Thousand Lines of Council Minutes"
    assert len(result.article.paragraphs) >= 3000


def test_no_punctuation() -> None:
    result = analyze(nasty("no-punctuation.txt"), "2025-03-06")
    assert result.article.headline.text == "council votes on new park plan"
    assert len(result.article.paragraphs) == 1
    assert result.quotes == ()


def test_right_to_left_text() -> None:
    result = analyze(nasty("right-to-left.txt"), "2025-03-06")
    assert result.article.headline.text == "مجلس المدينة يوافق على ميزانية جديدة"
    assert len(result.article.paragraphs) == 3


def test_emoji() -> None:
    result = analyze(nasty("emoji.txt"), "2025-03-06")
    assert result.article.headline.text.startswith("🎉 Town Celebrates")
    assert result.article.byline.text == "By Lena Marsh 📝"
