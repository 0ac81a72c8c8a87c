"""The pieces every part of an article is made of: spans of the raw text with offsets."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Span:
    """A stretch of the raw text: ``raw[start:end] == text``."""

    text: str
    start: int
    end: int

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True)
class Paragraph(Span):
    """One body paragraph; ``index`` counts from 0 in reading order."""

    index: int = 0


@dataclass(frozen=True)
class SetAside(Span):
    """A line that is not part of the story, and why it was set aside."""

    reason: str = "site chrome"


@dataclass(frozen=True)
class Sentence(Span):
    """One sentence of the body; ``paragraph`` is the index of the paragraph it is in."""

    paragraph: int = 0


@dataclass(frozen=True)
class Token(Span):
    """One word or punctuation mark."""
