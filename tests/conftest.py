"""Shared fixtures: the seed article, raw and parsed."""

from __future__ import annotations

import pytest

from lessons.article import Article, parse_article, read_text_file
from lessons.data import SEED_ARTICLE


@pytest.fixture(scope="session")
def seed_text() -> str:
    return read_text_file(SEED_ARTICLE)


@pytest.fixture(scope="session")
def seed(seed_text: str) -> Article:
    return parse_article(seed_text)
