"""The command line, as a grader or another tool calls it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from lessons.__main__ import main
from lessons.data import SEED_ARTICLE


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    """Run ``python -m lessons`` in a fresh process, as a user would."""
    return subprocess.run(
        [sys.executable, "-m", "lessons", *args],
        input=stdin,
        capture_output=True,
        timeout=120,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )


def test_analyze_json_contract() -> None:
    result = run("analyze", str(SEED_ARTICLE), "--json")
    assert result.returncode == 0, result.stderr.decode()
    data = json.loads(result.stdout)
    assert set(data) >= {"published", "published_source", "article", "quotes", "entities"}
    assert "timeline" in data
    article = data["article"]
    assert set(article) >= {
        "headline",
        "dek",
        "byline",
        "dateline",
        "photo_credit",
        "caption",
        "paragraphs",
        "boilerplate",
    }
    assert article["headline"].startswith("Biden Administration Approves Anti-Personnel")
    assert article["photo_credit"] == "AP/Aaron Favila"
    assert len(article["paragraphs"]) == 11
    assert article["paragraphs"][0].startswith("President Biden has greenlighted")
    footer = set(article["boilerplate"])
    assert not footer & set(article["paragraphs"])
    assert "The New York Sun" in footer


def test_analyze_reads_stdin_and_published() -> None:
    text = SEED_ARTICLE.read_bytes()
    result = run("analyze", "-", "--published", "2024-11-20", "--json", stdin=text)
    assert result.returncode == 0, result.stderr.decode()
    data = json.loads(result.stdout)
    assert data["published"] == "2024-11-20"
    assert data["published_source"] == "given"


def test_summary_is_readable(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", str(SEED_ARTICLE)]) == 0
    out = capsys.readouterr().out
    assert "Headline:   Biden Administration Approves" in out
    assert "11 paragraphs; 7 lines of site chrome set aside" in out


def test_csv_tables(capsys: pytest.CaptureFixture[str]) -> None:
    for table, header in [
        ("quotes", "paragraph,speaker,text,cue,speaker_mention,kind,start,end"),
        ("sources", "speaker,kind,official,quotes,quoted_words,paraphrases"),
        ("entities", "type,label,name,mentions,body_mentions,first_paragraph,why"),
        ("timeline", "date,period,expression,event,status,paragraph,start,end"),
    ]:
        assert main(["analyze", str(SEED_ARTICLE), "--csv", table]) == 0
        lines = capsys.readouterr().out.splitlines()
        assert lines[0] == header
    # the last table printed: the seed's first dated expression is in the caption (no paragraph)
    assert lines[1] == (
        '2024-11-18,,"November 18, 2024",'
        '"Photo taken: Defense Secretary Lloyd Austin in Quezon City, Philippines",past,,365,382'
    )


def _bad_inputs(tmp_path: Path) -> list[tuple[list[str], bytes | None, str]]:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"  \n\n \n")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (tmp_path / "latin1.txt").write_bytes("Caf\u00e9 owner speaks".encode("latin-1"))
    return [
        (["analyze", str(tmp_path / "empty.txt")], None, "is empty"),
        (["analyze", str(tmp_path / "blank.txt")], None, "is empty"),
        (["analyze", str(tmp_path / "binary.txt")], None, "binary file"),
        (["analyze", str(tmp_path / "latin1.txt")], None, "not UTF-8 text"),
        (["analyze", str(tmp_path / "nope.txt")], None, "No file at"),
        (["analyze", str(tmp_path)], None, "is a folder"),
        (["analyze", "-"], b"", "standard input is empty"),
        (["analyze", str(SEED_ARTICLE), "--published", "20/11/2024"], None, "YYYY-MM-DD"),
    ]


def test_bad_input_gets_one_line_and_exit_code_2(tmp_path: Path) -> None:
    for args, stdin, message in _bad_inputs(tmp_path):
        result = run(*args, stdin=stdin)
        err = result.stderr.decode()
        assert result.returncode == 2, args
        assert result.stdout == b"", args
        assert err.startswith("error: ") and message in err, (args, err)
        assert len(err.strip().splitlines()) == 1, err
        assert "Traceback" not in err


def test_failed_export_keeps_existing_file(tmp_path: Path) -> None:
    existing = tmp_path / "timeline.json"
    existing.write_text("keep me", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = run("analyze", str(empty), "--timelinejs", str(existing))
    assert result.returncode == 2
    assert existing.read_text(encoding="utf-8") == "keep me"


def test_the_summary_shows_a_week_as_its_week(capsys: pytest.CaptureFixture[str]) -> None:
    article = (
        SEED_ARTICLE.parent.parent / "practice" / "wexbridge-brightwater-plant" / "article.txt"
    )
    assert main(["analyze", str(article), "--published", "2025-03-13"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert (
        "  2025-W10    last week: The company announced the closure in a notice to employees"
        in (lines)
    )
