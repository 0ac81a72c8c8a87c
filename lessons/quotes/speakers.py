"""Step 4c, speakers: turn the mention an attribution names into who spoke.

Strip the title ("Defense Secretary Lloyd Austin" -> Lloyd Austin), expand a bare surname
("Austin"), resolve "he" or "the ministry" to someone the :class:`Cast` named earlier, and
describe anonymous sources ("anonymous: a senior official").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from lessons import vocab
from lessons.quotes.anonymous import _GROUP_NOUNS, _describe, described_gender
from lessons.quotes.cast import Cast
from lessons.quotes.mentions import _is_anonymous, _title_only
from lessons.quotes.names import split_title
from lessons.quotes.words import (
    _DETERMINERS,
    _DOCUMENT_WORDS,
    _HONORIFICS,
    _ORG_WORDS,
    _PERSON_NOUNS,
    _PLACE_WORDS,
    _PLURAL_SOURCES,
    _PRONOUNS,
    _QUANTIFIERS,
    ANONYMOUS,
    UNKNOWN,
    _first_names,
    _head_noun,
    _is_org,
    _proper_adjectives,
    _strip_possessive,
)

# Common nouns that point back to a business the story named: "the utility said".
_BUSINESS_NOUNS = vocab.word_set("quote_business_nouns")


def resolve_speaker(mention: str, position: int, cast: Cast) -> str:
    """Who a mention refers to: a full name, an organisation or an anonymous description.

    ``position`` is where the mention is in the raw text (to find who was named before it).
    """
    mention = mention.strip(" ,;:\u2014\u2013-")
    mention = _AUXILIARY_AFTER.sub("", mention)  # "she has said" -> "she"
    if not mention:
        return UNKNOWN
    words = mention.split()
    first = words[0].casefold()
    if len(words) == 1 and first in _PRONOUNS:
        return cast.pronoun(first, position) or UNKNOWN
    named = _named_in_description(words) or _name_before_affiliation(mention)
    if named:
        return resolve_speaker(named, position, cast)
    chunks = [c.strip() for c in mention.split(",") if c.strip()]
    if len(chunks) > 1:
        # "Kremlin spokesman, Dmitry Perskov", "Lloyd Austin, the defense secretary",
        # "The agency’s chief executive, Graham Tolliver"
        named = [
            c
            for c in chunks
            if c[0].isupper()
            and not _title_only(c)
            and c.split()[0].casefold() not in _DETERMINERS | _QUANTIFIERS
        ]
        if named:
            return resolve_speaker(named[-1], position, cast)
        if _is_anonymous(chunks[0].split()):
            return _describe(mention)
        mention = chunks[-1]
        words = mention.split()
        first = words[0].casefold()
    if _is_anonymous(words):
        return _describe(mention)
    if first in _DETERMINERS and len(words) > 1 and words[1][:1].islower():
        return _resolve_description(words, position, cast, mention)
    if first == "the" and len(words) == 2 and _is_age_or_demonym(words[1]):
        # "the 24-year-old said", "the Dutchman said": someone already in the story
        return cast.person_before(position, described_gender(mention)) or _describe(mention)
    if first == "the" and len(words) > 1:
        words = words[1:]
    if words[0][:1].islower() and any(w[:1].isupper() for w in words[1:]):
        # a job described in lower case before the name: "engineer Paul Grant"
        words = words[next(i for i, w in enumerate(words) if w[:1].isupper()) :]
    # "Valdoria’s Ministry of Health" -> "Ministry of Health"
    for i, word in enumerate(words[:-1]):
        if re.search(r"['\u2019]s$", word) and words[i + 1][:1].isupper():
            words = words[i + 1 :]
            break
    words = [*words[:-1], _strip_possessive(words[-1])]
    titles, name = split_title(words)
    if titles and name and all(w.isupper() and len(w) > 1 for w in name):
        name = [w.title() for w in name]  # a transcript's "MR. O'NEILL" is Mr. O'Neill
    if name and name[0].strip(".") in _HONORIFICS:
        name = name[1:] or name
    if titles and name and not _is_org(name):
        return cast.person_for(name) or " ".join(name)
    if _is_org(words):
        short = " ".join(words)
        return cast.org_for(short, position) or short
    if not name:
        return cast.titled(titles[-1].casefold(), position) or " ".join(titles)
    resolved = cast.person_for(name)
    if resolved:
        return resolved
    if len(name) >= 3 and cast.person_for(name[1:]):
        return cast.person_for(name[1:])  # "Midfielder Tomasz Brzeski", "Grocer Hal Brandt"
    joined = " ".join(name)
    return (cast.org_for(joined, position) if len(name) == 1 else None) or joined


# An auxiliary left at the end of a mention: "she has (said)", "officials have (said)".
_AUXILIARY_AFTER = re.compile(r"\s+(?:has|have|had|would|will|could|did|does|do)$")
# A full name: two to four capitalised words ("Mahamat Saleh Oumar", "Jane Q. Roe").
_FULL_NAME = r"[A-Z][\w'\u2019-]+(?:\s+(?:[A-Z]\.|[a-z]{1,3}\s+)?[A-Z][\w'\u2019-]+){1,3}"
_AFFILIATION = re.compile(rf"(?P<name>{_FULL_NAME})\s+(?:of|from|at)\s+(?:the\s+)?[A-Z]")


def _named_in_description(words: Sequence[str]) -> str | None:
    """The name after a lower-case description: "his friend Mahamat Saleh Oumar" -> the name
    (the description says who the person is; the name says who spoke), when the description
    is someone's ("his nephew"), a person noun ("the attorney") or the name starts with a first
    name."""
    if not words[0][:1].islower() or words[0].casefold() in _PRONOUNS:
        return None
    for i, word in enumerate(words):
        if word[:1].isupper():
            rest = " ".join(words[i:])
            if re.fullmatch(_FULL_NAME, rest) and i > 0 and words[i - 1][:1].islower():
                noun = _strip_possessive(words[i - 1].casefold())
                related = words[0].casefold() in ("his", "her", "their", "our", "my")
                known = words[i] in _first_names() or noun in _PERSON_NOUNS
                return rest if related or known else None
            return None
    return None


def _name_before_affiliation(mention: str) -> str | None:
    """ "James Roe of the Brookfield Institute" -> "James Roe", when the name starts with a
    first name (not "Bank of America", "University of Leeds")."""
    match = _AFFILIATION.match(mention)
    if match is None or match.group("name").split()[0] not in _first_names():
        return None
    return match.group("name")


def _resolve_description(words: Sequence[str], position: int, cast: Cast, mention: str) -> str:
    """ "the ministry", "the secretary", "the official", "the statement" -> who they point to."""
    head = _head_noun(words)
    if head in _DOCUMENT_WORDS:
        return cast.last_group(position) or UNKNOWN
    if head in _BUSINESS_NOUNS:
        return (
            cast.org_for(head, position)
            or cast.last_group(position, business=True)
            or _describe(mention)
        )
    if head in _ORG_WORDS or head in ("agency", "government", "group", "authority"):
        return cast.org_for(head, position) or _describe(mention)
    high = bisect.bisect_left(cast.speakers, (position, ""))
    for _, speaker in reversed(cast.speakers[max(0, high - 50) : high]):
        if speaker.startswith(ANONYMOUS) and head in speaker.split():
            return speaker
    titled = cast.titled(head, position)
    if titled:
        return titled
    if _points_back_to_a_person(words):
        return cast.person_before(position, described_gender(mention)) or _describe(mention)
    return _describe(mention)


def _is_age_or_demonym(word: str) -> bool:
    """ "24-year-old", "Dutchman", "Brazilian", "Frenchwoman"."""
    return bool(re.fullmatch(r"\d+-year-old", word)) or (
        word in _proper_adjectives() or re.fullmatch(r"[A-Z][a-z]+(?:wo)?man", word) is not None
    )


def _points_back_to_a_person(words: Sequence[str]) -> bool:
    """ "the 24-year-old", "the Dutchman", "the striker": a description that can only mean
    someone the story has named. Not "the official" or "a resident" (unnamed sources), nor
    "the county" or "the city" (places that act as organisations)."""
    head = _head_noun(words)
    return (
        head not in _PERSON_NOUNS | _PLURAL_SOURCES | _GROUP_NOUNS | _PLACE_WORDS
        and head not in _ORG_WORDS | _BUSINESS_NOUNS | _DOCUMENT_WORDS
        and not head.endswith("s")  # "the protesters", "the villagers": a group
        and words[0].casefold() == "the"
    )
