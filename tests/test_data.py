"""NLTK data: one list of packages, a readable message when one is missing."""

from __future__ import annotations

import nltk
import pytest

from lessons import data
from lessons.errors import MissingDataError


def test_every_package_is_installed_here() -> None:
    missing = [name for name, ok, _ in data.status() if not ok]
    assert missing == []


def test_missing_package_message(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    monkeypatch.setattr(nltk.data, "path", [str(tmp_path)])
    with pytest.raises(MissingDataError) as caught:
        data.require("punkt_tab")
    message = str(caught.value)
    assert "'punkt_tab'" in message
    assert str(tmp_path) in message
    assert "python -m lessons data" in message
    assert "\n" not in message
    assert "*****" not in message  # never NLTK's LookupError banner


def test_unknown_package_name() -> None:
    with pytest.raises(MissingDataError, match="not one of the kit's NLTK packages"):
        data.require("wordnet")


def test_fetch_reports_each_package(monkeypatch: pytest.MonkeyPatch) -> None:
    lines: list[str] = []
    assert data.fetch_missing(lines.append) == []
    assert lines == [f"  ok       {p.name}" for p in data.NLTK_PACKAGES]


def test_fetch_failure_names_the_fix(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    monkeypatch.setattr(nltk.data, "path", [str(tmp_path)])
    monkeypatch.setattr(data, "venv_data_dir", lambda: tmp_path)
    monkeypatch.setattr(nltk, "download", lambda *a, **k: False)
    lines: list[str] = []
    missing = data.fetch_missing(lines.append)
    assert missing == [p.name for p in data.NLTK_PACKAGES]
    assert lines[0] == f"  fetching punkt_tab -> {tmp_path}"
    assert lines[1].startswith("  MISSING  The NLTK data package 'punkt_tab'")
