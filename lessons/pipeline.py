"""One call that runs every lesson on a text: raw text -> Article -> quotes, entities, timeline.

>>> result = analyze("Council Votes\\n\\nThe council voted on Tuesday.", published="2025-03-06")
>>> result.article.headline.text, result.published.source
('Council Votes', 'given')
"""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache

from lessons.article import Article, parse_article
from lessons.entities import Entity, find_entities
from lessons.errors import LessonError
from lessons.quotes import IndirectQuote, Quote, find_indirect_quotes, find_quotes
from lessons.timeline import Event, PublishedDate, build_timeline, infer_published


@dataclass(frozen=True)
class Analysis:
    """Everything the kit finds in one article."""

    article: Article
    published: PublishedDate
    quotes: tuple[Quote, ...]
    indirect_quotes: tuple[IndirectQuote, ...]
    entities: tuple[Entity, ...]
    timeline: tuple[Event, ...]

    def to_dict(self) -> dict[str, object]:
        """The result in the shape of ``python -m lessons analyze --json``."""
        date = self.published.date
        return {
            "published": None if date is None else date.isoformat(),
            "published_source": self.published.source,
            "article": self.article.to_dict(),
            "quotes": [q.to_dict() for q in self.quotes],
            "indirect_quotes": [q.to_dict() for q in self.indirect_quotes],
            "entities": [e.to_dict() for e in self.entities],
            "timeline": [e.to_dict() for e in self.timeline],
        }


def parse_date(value: str | dt.date | None) -> dt.date | None:
    """A YYYY-MM-DD string (or a date) as a date, with a readable error for anything else."""
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise LessonError(
            f"'{value}' is not a date in the form YYYY-MM-DD (for example 2024-11-20)."
        ) from None


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector paused while one article is read.

    Reading a long text builds hundreds of thousands of small objects (words, spans, names)
    that all live until the analysis ends, and the collector would walk them over and over
    looking for garbage that is not there: about a tenth of the time on a 1 MB text. The
    analysis makes no reference cycles to speak of, so nothing piles up meanwhile.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


@lru_cache(maxsize=64)
def _analyze_cached(text: str, published: dt.date | None) -> Analysis:
    with _collector_paused():
        article = parse_article(text)
        when = infer_published(article, published)
        return Analysis(
            article=article,
            published=when,
            quotes=tuple(find_quotes(article)),
            indirect_quotes=tuple(find_indirect_quotes(article)),
            entities=tuple(find_entities(article)),
            timeline=tuple(build_timeline(article, when.date)),
        )


def analyze(text: str, published: str | dt.date | None = None) -> Analysis:
    """Run every lesson on an article's raw text. Results are cached per text and date."""
    return _analyze_cached(text, parse_date(published))


def analyze_text(text: str, published: str | None = None) -> dict[str, object]:
    """Like :func:`analyze`, as plain data (the ``--json`` shape)."""
    return analyze(text, published).to_dict()
