"""Lesson 2: find the quotes and who said them. (Being written: see issue 4.)"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from lessons.article import Article


@dataclass(frozen=True)
class Quote:
    """A direct quote: the words between the marks, who said them and where they are."""

    text: str
    speaker: str
    speaker_mention: str
    cue: str
    paragraph: int
    start: int
    end: int

    def to_dict(self) -> dict[str, object]:
        return asdict(self)


@dataclass(frozen=True)
class IndirectQuote:
    """Reported speech: what someone said, paraphrased without quote marks."""

    text: str
    speaker: str
    speaker_mention: str
    cue: str
    paragraph: int
    start: int
    end: int

    def to_dict(self) -> dict[str, object]:
        return asdict(self)


def find_indirect_quotes(article: Article) -> list[IndirectQuote]:
    """Every paraphrased statement ("X said that ...", "according to X, ...")."""
    return []


def find_quotes(article: Article) -> list[Quote]:
    """Every direct quote in the article, in reading order."""
    return []
