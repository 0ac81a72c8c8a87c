"""An Article: the parts of a news story, each a span of the raw text."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from lessons.article.spans import Paragraph, Sentence, SetAside, Span, Token
from lessons.article.words import split_sentences, split_words


@dataclass(frozen=True)
class Article:
    """A news article split into its parts. Offsets refer to ``raw``."""

    raw: str
    headline: Span | None
    dek: Span | None
    byline: Span | None
    date_line: Span | None
    photo_credit: Span | None
    caption: Span | None
    dateline: Span | None
    paragraphs: tuple[Paragraph, ...]
    boilerplate: tuple[SetAside, ...]

    @property
    def body(self) -> str:
        """The body paragraphs joined by blank lines (for reading, not for offsets)."""
        return "\n\n".join(p.text for p in self.paragraphs)

    @cached_property
    def sentences(self) -> tuple[Sentence, ...]:
        """The body's sentences, found by NLTK's Punkt sentence splitter."""
        return tuple(
            Sentence(s.text, s.start, s.end, paragraph.index)
            for paragraph in self.paragraphs
            for s in split_sentences(paragraph)
        )

    @cached_property
    def tokens(self) -> tuple[Token, ...]:
        """The body's words and punctuation, with offsets."""
        return tuple(token for sentence in self.sentences for token in split_words(sentence))

    def story_parts(self) -> list[tuple[str, Span]]:
        """The parts that carry journalism, in reading order: headline, dek, caption, body.

        Later lessons look for quotes, names and dates here and nowhere else.
        """
        parts: list[tuple[str, Span]] = []
        for name in ("headline", "dek", "caption"):
            span = getattr(self, name)
            if span is not None:
                parts.append((name, span))
        parts.extend((f"paragraph {p.index}", p) for p in self.paragraphs)
        return sorted(parts, key=lambda part: part[1].start)

    def paragraph_at(self, offset: int) -> int | None:
        """The index of the body paragraph containing a raw-text offset, or None."""
        for paragraph in self.paragraphs:
            if paragraph.start <= offset < paragraph.end:
                return paragraph.index
        return None

    def to_dict(self) -> dict[str, object]:
        """The article as plain data, in the shape of ``analyze --json``."""

        def text(span: Span | None) -> str | None:
            return None if span is None else span.text

        return {
            "headline": text(self.headline),
            "dek": text(self.dek),
            "byline": text(self.byline),
            "date_line": text(self.date_line),
            "dateline": text(self.dateline),
            "photo_credit": text(self.photo_credit),
            "caption": text(self.caption),
            "paragraphs": [p.text for p in self.paragraphs],
            "boilerplate": [b.text for b in self.boilerplate],
        }
