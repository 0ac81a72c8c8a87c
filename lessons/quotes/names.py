"""Step 3, names: the people and organisations an article names, with their titles set apart.

"Defense Secretary Lloyd Austin" is the person Lloyd Austin with the title Defense Secretary;
"the U.S. State Department" is an organisation; "Ansel Island" is neither.

>>> split_title("Kremlin spokesman Dmitry Perskov".split())
(['Kremlin', 'spokesman'], ['Dmitry', 'Perskov'])
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from lessons import vocab
from lessons.article import Span
from lessons.quotes.words import (
    _CONNECTORS,
    _HONORIFICS,
    _NAME_PARTICLES,
    _NOT_NAMES,
    _PLACE_WORDS,
    _PLURAL_SOURCES,
    _common_words,
    _first_names,
    _is_abbreviation,
    _is_org,
    _is_title_word,
    _strip_possessive,
)


def split_title(words: Sequence[str]) -> tuple[list[str], list[str]]:
    """Separate a title from a name.

    >>> split_title("Defense Secretary Lloyd Austin".split())
    (['Defense', 'Secretary'], ['Lloyd', 'Austin'])
    >>> split_title("Secretary of State Antony Blinken".split())
    (['Secretary', 'of', 'State'], ['Antony', 'Blinken'])
    """
    words = list(words)
    last_title = -1
    for i, word in enumerate(words[:-1]):
        if _is_title_word(word):
            last_title = i
    if last_title < 0:
        return [], words
    cut = last_title + 1
    if cut < len(words) and words[cut].casefold() in ("of", "for") and len(words) - cut >= 3:
        cut += 2  # "Secretary of State Antony Blinken", "Minister for Health Ana Ruiz"
        while cut < len(words) - 2 and words[cut] not in _first_names():
            cut += 1
    if all(_is_title_word(w) for w in words[cut:]):
        return words, []  # "Office of the Prime Minister" is no person's name
    return words[:cut], words[cut:]


def _is_descriptor(words: Sequence[str]) -> bool:
    """A job or role in front of a name, capitalised because it starts the sentence: an
    everyday word, then two or more words that are not ("Midfielder Tomasz Brzeski", "Grocer
    Hal Brandt"; not "Pacific Cascade Power" or "Liberty Bell Museum")."""
    common = _common_words()
    return (
        len(words) >= 3
        and words[0] not in _first_names()
        and (words[0].casefold() in common or _ROLE_ENDING.search(words[0]) is not None)
        and not _is_org(words)
        and all(w.casefold() not in common or w in _first_names() for w in words[1:])
    )


_ROLE_ENDING = re.compile(r"[a-z](?:er|or|ist|ian|man|woman|ant|ent)$")
_PIECE = re.compile(r"\S+")
_POSSESSIVE_S = re.compile(r"['\u2019]s$")


def _starts_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 10) : start].rstrip()
    return not before or before[-1] in '.!?"\u201d\u2019'


@dataclass(frozen=True)
class Name:
    """A name as the article writes it, with its title set apart."""

    name: str
    title: str
    kind: str  # "person", "organization" or "other"
    start: int
    end: int


_CAP_WORD = r"(?:[A-Z\u00c0-\u00de][\w'\u2019.&-]*|[A-Z]\.(?:[A-Z]\.)+)"
_NAME_RUN = re.compile(
    rf"{_CAP_WORD}(?:\s+(?:(?:of|for|and|&|de|la|del|van|von|bin|al|the)\s+)*{_CAP_WORD})*"
)


def find_names(part: Span) -> list[Name]:
    """Capitalised word sequences that look like names of people or organisations.

    >>> names = find_names(Span("Defense Secretary Lloyd Austin met the U.S. State Department.",
    ...     0, 61))
    >>> [(n.name, n.title, n.kind) for n in names]
    [('Lloyd Austin', 'Defense Secretary', 'person'), ('U.S. State Department', '', 'organization')]
    """
    names: list[Name] = []
    text = part.text
    for run in _NAME_RUN.finditer(text):
        pieces = [(m.group(), run.start() + m.start()) for m in _PIECE.finditer(run.group())]
        for k, (piece, _) in enumerate(pieces[:-1]):
            if piece.endswith(".") and not _is_abbreviation(piece):
                pieces = pieces[: k + 1]  # "... of Public Health. Health workers say"
                break
        while pieces and pieces[0][0].rstrip(".") in _NOT_NAMES:
            pieces.pop(0)
        pieces = _without_member_prefix(pieces)
        if pieces and pieces[-1][0].endswith(".") and not _is_abbreviation(pieces[-1][0]):
            pieces[-1] = (pieces[-1][0][:-1], pieces[-1][1])
        while pieces and pieces[-1][0].casefold() in _CONNECTORS:
            pieces.pop()
        if not pieces:
            continue
        preceding = text[max(0, pieces[0][1] - 40) : pieces[0][1]].split()[-1:] or [""]
        titled = _is_title_word(preceding[0]) and preceding[0][:1].islower()
        if _starts_sentence(text, pieces[0][1]) and _is_descriptor([w for w, _ in pieces]):
            pieces, titled = pieces[1:], True  # "Midfielder Tomasz Brzeski scored twice"
        words = [w for w, _ in pieces]
        title_words, rest = split_title(words)
        groups: list[list[int]]
        person_with_title = (
            title_words
            and rest
            and not _is_org(rest)
            and not any(w.casefold() in _CONNECTORS for w in rest)
        )
        if person_with_title or _is_org(words):
            groups = [list(range(len(words)))]
        else:
            # without an organisation word, "and"/"of" join two names: keep them apart
            # (but "de", "van" belong to a name: "Bram de Vries")
            groups = [[]]
            for i, word in enumerate(words):
                if word in _NAME_PARTICLES and groups[-1] and i + 1 < len(words):
                    groups[-1].append(i)
                elif word.casefold() in _CONNECTORS:
                    groups.append([])
                else:
                    groups[-1].append(i)
        for group in groups:
            if not group:
                continue
            chosen = [words[i] for i in group]
            start = part.start + pieces[group[0]][1]
            end = part.start + pieces[group[-1]][1] + len(words[group[-1]])
            names.extend(_make_name(chosen, start, end, titled and group[0] == 0))
    return names


# Plural nouns for the people who make up an organisation: "Members of the Nurses Union".
_MEMBER_NOUNS = _PLURAL_SOURCES | vocab.word_set("quote_member_nouns")


def _without_member_prefix(pieces: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """ "Members of the Riverside Nurses Union" names the union, not a body called "Members":
    a capitalised plural noun of people followed by "of" is left out of the name."""
    if (
        len(pieces) > 2
        and pieces[0][0].casefold() in _MEMBER_NOUNS
        and pieces[1][0] in ("of", "at", "from")
    ):
        rest = pieces[2:]
        while rest and rest[0][0].casefold() in _CONNECTORS:
            rest = rest[1:]
        if rest and _is_org([w for w, _ in rest]):  # but "Friends of the Earth" is a name
            return rest
    return pieces


def _make_name(words: list[str], start: int, end: int, titled: bool) -> list[Name]:
    words = list(words)
    words[-1] = _strip_possessive(words[-1])
    title_words, rest = split_title(words)
    if title_words and rest and not _is_org(rest):
        return [Name(" ".join(rest), " ".join(title_words), "person", start, end)]
    if _is_org(words):
        for i, word in enumerate(words[:-2]):
            if _POSSESSIVE_S.search(word) and _is_org(words[i + 1 :]):
                words = words[i + 1 :]  # "Valdoria’s Ministry of Health"
                break
        return [Name(" ".join(words), "", "organization", start, end)]
    honorific = words[0].strip(".") in _HONORIFICS
    place = words[-1].casefold() in _PLACE_WORDS
    kind = (
        "person" if not place and (titled or honorific or words[0] in _first_names()) else "other"
    )
    if kind == "other" and len(words) == 1 and words[0].isupper():
        return []
    return [Name(" ".join(words), "", kind, start, end)]
