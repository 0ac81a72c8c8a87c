"""What lesson 3 produces: entities and their mentions; and the names found on the way.

A :class:`Name` is one stretch of words found in one sentence ("Brennock"); a :class:`Group`
gathers the names of one entity ("Ada Brennock", "Brennock"); an :class:`Entity` is a group with
its type and the reason for it, and one :class:`Mention` per place the text names it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from lessons.article import Span
from lessons.entities.words import fold

ENTITY_TYPES = ("PERSON", "ORGANIZATION", "GPE", "LOCATION", "FACILITY", "OTHER")


@dataclass(frozen=True)
class Mention(Span):
    """One place in the text where an entity is named.

    ``title`` is the job title in front of a person's name ("Defense Secretary"), ``part`` the
    story part the mention is in ("headline", "paragraph 3") and ``sentence`` the number of the
    sentence (counting headline, dek and caption too), used to see who appears with whom.
    """

    title: str = ""
    part: str = ""
    sentence: int = 0


CREDIT_PARTS = frozenset({"byline", "credit"})  # who wrote or photographed the story


@dataclass(frozen=True)
class Entity:
    """One person, organisation or place, with every mention of it.

    ``text`` is the fullest form of the name ("Ada Brennock", not "Brennock"); ``reason`` says which
    rule decided the type, so a student can argue with it.
    """

    text: str
    type: str
    mentions: tuple[Span, ...]
    reason: str = ""

    @property
    def count(self) -> int:
        return len(self.mentions)

    @property
    def story_mentions(self) -> tuple[Span, ...]:
        """The mentions in the story itself: not in the byline or the photo credit, which name
        who wrote or photographed it, not whom the story is about."""
        return tuple(m for m in self.mentions if getattr(m, "part", "") not in CREDIT_PARTS)

    @property
    def title(self) -> str:
        """The first job title written in front of the name, or ""."""
        return next((m.title for m in self.mentions if getattr(m, "title", "")), "")

    def to_dict(self) -> dict[str, object]:
        return {
            "text": self.text,
            "type": self.type,
            "count": self.count,
            "mentions": [{"text": m.text, "start": m.start, "end": m.end} for m in self.mentions],
        }


@dataclass(frozen=True)
class Name:
    """A name found in one sentence, before grouping and typing."""

    words: tuple[Span, ...]
    sentence: int
    part: str
    title: str = ""
    hints: frozenset[str] = frozenset()
    long_form: int | None = None  # start offset of the name an acronym abbreviates

    @property
    def start(self) -> int:
        return self.words[0].start

    @property
    def end(self) -> int:
        return self.words[-1].end

    @cached_property
    def tokens(self) -> tuple[str, ...]:
        """The words in the form names are compared in (see :func:`fold`), worked out once."""
        return tuple(fold(w.text) for w in self.words)


@dataclass
class Group:
    """The names of one entity, the fullest first."""

    names: list[Name]

    @property
    def full(self) -> Name:
        return self.names[0]
