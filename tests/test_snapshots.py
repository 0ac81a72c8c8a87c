"""Saved outputs: every gold article and every nasty input gives exactly the saved analysis.

A restructuring of ``lessons/`` must not change what the kit finds. When a change improves the
output on purpose, regenerate the files and read the diff before committing:

    UPDATE_SNAPSHOTS=1 python -m pytest tests/test_snapshots.py
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from lessons.evaluate import load_gold_articles, read_raw_text
from lessons.pipeline import analyze

ROOT = Path(__file__).resolve().parent.parent
SNAPSHOTS = Path(__file__).resolve().parent / "snapshots"
NASTY = Path(__file__).resolve().parent / "nasty"


def _cases() -> list[tuple[str, str, str | None]]:
    cases = [
        (article.name, article.text, article.published)
        for root in (ROOT / "datasets", ROOT / "datasets" / "holdout")
        for article in load_gold_articles(root)
    ]
    for path in sorted(NASTY.glob("*.txt")):
        cases.append((f"nasty/{path.stem}", read_raw_text(path), "2024-11-20"))
    return cases


def _output(text: str, published: str | None) -> str:
    return json.dumps(analyze(text, published).to_dict(), ensure_ascii=False, indent=1) + "\n"


@pytest.mark.parametrize(("name", "text", "published"), _cases(), ids=lambda v: str(v)[:40])
def test_output_matches_saved_snapshot(name: str, text: str, published: str | None) -> None:
    path = SNAPSHOTS / (name.replace("/", "--") + ".json")
    got = _output(text, published)
    if os.environ.get("UPDATE_SNAPSHOTS"):
        path.write_text(got, encoding="utf-8")
    assert path.is_file(), f"no snapshot for {name}: run with UPDATE_SNAPSHOTS=1"
    assert got == path.read_text(encoding="utf-8"), f"{name}: output differs from {path.name}"
