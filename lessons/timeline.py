"""Lesson 4: build a timeline of the story. (Being written: see issue 6.)"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass

from lessons.article import Article


@dataclass(frozen=True)
class Event:
    """A time expression, the date it points to and what happened then."""

    expression: str
    date: str | None
    event: str
    status: str
    paragraph: int | None
    start: int
    end: int

    def to_dict(self) -> dict[str, object]:
        return asdict(self)


@dataclass(frozen=True)
class PublishedDate:
    """When the article was published and how the kit knows."""

    date: dt.date | None
    source: str


def infer_published(article: Article, given: dt.date | None = None) -> PublishedDate:
    """The publication date: the one given, else one read from the article, else unknown."""
    if given is not None:
        return PublishedDate(given, "given")
    return PublishedDate(None, "unknown: no date given and none found in the article")


def build_timeline(article: Article, published: dt.date | None) -> list[Event]:
    """Every time expression of the story, resolved to a date, in reading order."""
    return []
