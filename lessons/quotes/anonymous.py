"""Step 4a, unnamed sources: "a senior official", "two nurses who saw the fire", "officials".

An unnamed source is written as the article describes it ("anonymous: a senior official"); the
description may tell a gender ("a spokeswoman for the airline"), so that a later "she" can
point back to it. A sentence that opens with an unnamed person or group ("A spokeswoman for the
bank declined to comment.") puts that source in the story even when it says nothing there.

>>> _describe("Residents of Fenn Street")
'anonymous: residents of Fenn Street'
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from functools import lru_cache, partial

from lessons import nlp, vocab
from lessons.document import StorySentence
from lessons.quotes.mentions import _is_anonymous
from lessons.quotes.words import (
    _PERSON_NOUNS,
    _PLURAL_SOURCES,
    ANONYMOUS,
    QUOTE_MARKS,
    _head_noun,
    _proper_adjectives,
    _words,
)

_FEMALE_NOUNS = vocab.word_set("quote_female_nouns")
_MALE_NOUNS = vocab.word_set("quote_male_nouns")
_NOT_MEN = vocab.word_set("quote_not_men")


@lru_cache(maxsize=4096)
def described_gender(description: str) -> str:
    """The gender an unnamed source's description gives away, or "".

    >>> described_gender("a flight attendant who asked not to be named for fear of losing her job")
    'female'
    >>> [described_gender("a spokesman for the airline"), described_gender("a nurse")]
    ['male', '']
    """
    words = [w.casefold().strip(",.") for w in description.split()]
    head = _head_noun(words)
    if head in _FEMALE_NOUNS or head.endswith("woman"):
        return "female"
    if head in _MALE_NOUNS or head.endswith("man") and head not in _NOT_MEN:
        return "male"
    pronouns = set(words) & {"she", "her", "herself", "he", "his", "him", "himself"}
    if pronouns and pronouns <= {"she", "her", "herself"}:
        return "female"
    if pronouns and pronouns <= {"he", "his", "him", "himself"}:
        return "male"
    return ""


@lru_cache(maxsize=4096)
def _is_one_person(anonymous: str) -> bool:
    """Can "he" or "she" point to this unnamed source? "a resident", "the official" and "a
    flight attendant ... her job" can; "officials" and "the county" cannot."""
    description = anonymous[len(ANONYMOUS) :]
    return _head_noun(description.split()) in _PERSON_NOUNS or bool(described_gender(description))


def _describe(mention: str) -> str:
    """An anonymous source as the text describes it: commas dropped, lower-case at the start
    (unless the first word is a nationality: "Ukrainian officials")."""
    text = re.sub(r"\s*,\s*", " ", mention).strip()
    first = text.split()[0]
    if first not in _proper_adjectives():
        text = text[0].lower() + text[1:]
    return ANONYMOUS + text


def unnamed_subject(sentence: str | StorySentence) -> tuple[str, int] | None:
    """The unnamed person or group a sentence is about, when it opens with one, and where that
    description starts. A sentence of the article's document brings its part-of-speech tags
    (tagged once for every lesson); a free-standing string is tagged here.

    >>> unnamed_subject("A spokeswoman for the bank declined to comment.")
    ('A spokeswoman for the bank', 0)
    >>> unnamed_subject("On Monday, two nurses who saw the fire said they ran.")
    ('two nurses who saw the fire', 11)
    >>> unnamed_subject("A fire broke out.") is None
    True
    """
    text = sentence if isinstance(sentence, str) else sentence.text
    opening = _UNNAMED_OPENING.match(text)
    if opening is None:
        return None
    tag: _Tagger = _tag_words
    if not isinstance(sentence, str):
        tag = partial(_document_tags, sentence, sentence.start + opening.end())
    found = _unnamed_subject(text[opening.end() :], tag)
    return None if found is None else (found, opening.end())


_Words = list[tuple[str, int, int]]
_Tagger = Callable[[_Words], list[str]]


def _tag_words(words: _Words) -> list[str]:
    """Part-of-speech tags for words that belong to no document sentence."""
    return [tag for _, tag in nlp.tag_words([w for w, _, _ in words])]


def _document_tags(sentence: StorySentence, offset: int, words: _Words) -> list[str]:
    """The tags the document gave ``sentence``, for words read from its text at ``offset``
    (raw-text offset of the words' first character): each word takes the tag of the
    document word it starts in ("Ruiz’s" takes the tag of "Ruiz")."""
    starts = [w.start for w in sentence.words]
    tags = sentence.tags
    found = []
    for _, start, _ in words:
        i = bisect.bisect_right(starts, offset + start) - 1
        found.append(tags[i] if i >= 0 else "")
    return found


# A sentence opening with "A ...", "Two ...", "Residents ...", perhaps after "On Monday,".
_UNNAMED_OPENING = re.compile(
    r"\s*(?:[A-Z][^,.;:!?\"\u201c]{0,40},\s+)?"
    r"(?=(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]everal|[Ss]ome|[Mm]any|[A-Za-z][a-z]+s)\s)"
)
# Unnamed groups that act and speak as one: "a review panel", "a faculty committee".
_GROUP_NOUNS = vocab.word_set("quote_group_nouns")


_SOURCE_NOUNS = _PERSON_NOUNS | _PLURAL_SOURCES | _GROUP_NOUNS


def _unnamed_subject(sentence: str, tag: _Tagger) -> str | None:
    """The unnamed subject a sentence starts with, up to its verb (found by part of speech,
    skipping clauses set off by commas and relative clauses): "A spokeswoman for the bank
    declined to comment." -> "A spokeswoman for the bank"; "A man who saw the fire said ..." ->
    "A man who saw the fire"."""
    words = _words(sentence, 30)
    stop = next((i for i, w in enumerate(words) if w[0] in _CLAUSE_STOPS), len(words))
    words = words[:stop]
    if not {w.casefold() for w, _, _ in words[:8]} & _SOURCE_NOUNS:
        return None  # no person or group near the start: no need to tag the words
    tags = tag(words)
    commas = 0
    relative = False  # inside "who saw the fire": its verb is not the sentence's verb
    for (word, start, _), pos in zip(words, tags, strict=True):
        if word == ",":
            commas += 1
            relative = False
        elif word in ("who", "whose", "which", "that") and commas % 2 == 0:
            relative = True
        elif pos in ("VBD", "VBZ", "VBP", "MD") and commas % 2 == 0 and start > 0:
            if relative:
                relative = False
                continue
            subject = sentence[:start].strip(" ,")
            words = subject.split()
            if not words or len(words) > 30 or not _is_anonymous(words):
                return None
            if _head_noun(words) not in _SOURCE_NOUNS:
                return None  # "A fire broke out", "A second lawsuit is scheduled"
            return subject
    return None


_CLAUSE_STOPS = frozenset([".", "!", "?", ";", ":", *QUOTE_MARKS])
