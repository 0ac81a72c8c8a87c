"""What a mention of a speaker looks like, and where the subject before a verb starts.

An attribution names its speaker in a few shapes: a name with or without a title ("Defense
Secretary Lloyd Austin"), a pronoun ("she"), a description ("a senior official", "the ministry",
"Residents of Fenn Street"). These tests are shared by the attribution, speaker and reported
speech steps.

>>> subject_before("In a statement, the ministry")
('the ministry', 16)
>>> _is_anonymous("a senior official".split()), _is_anonymous("the official".split())
(True, False)
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lessons.quotes.words import (
    _ADVERBS,
    _BOUNDARIES,
    _CONNECTORS,
    _DETERMINERS,
    _NAME_PARTICLES,
    _PERSON_NOUNS,
    _PLURAL_SOURCES,
    _PRONOUNS,
    _QUANTIFIERS,
    _SENTENCE_STARTERS,
    _first_names,
    _head_noun,
    _is_title_word,
    _strip_possessive,
    _words,
)

# Lower-case words before a title and a name: "former", "retired", "then-Gov.".
_MODIFIERS = frozenset("former retired then late outgoing incoming acting longtime".split())


def _looks_like_mention(text: str) -> bool:
    """A speaker mention starts with a pronoun, a determiner, a number word or a capital."""
    words = text.split()
    while len(words) > 1 and re.sub(r"-.*", "", words[0]) in _MODIFIERS:
        words = words[1:]  # "former Gov. Jim Hodges", "retired Army Gen. Ann Lee"
    if not words or len(words) > 20:
        return False
    first = words[0].casefold().strip(",")
    if first in _PRONOUNS | _DETERMINERS | _QUANTIFIERS | _PLURAL_SOURCES:
        return True
    if words[0][0].isupper() or first in _NAME_PARTICLES and words[1:2] and words[1][0].isupper():
        return True  # "Maria Lopez", "van Ree"
    if (_is_title_word(words[0]) or first in _PERSON_NOUNS) and any(
        w[:1].isupper() for w in words[1:]
    ):
        return True  # "engineer Paul Grant"
    if (
        2 <= len(words) <= 6
        and words[0].isalpha()
        and words[0].islower()
        and words[1] in _first_names()
        and all(w[:1].isupper() for w in words[1:])
    ):
        return True  # "psychologist Nora Pell": any job in lower case before a full name
    return _head_noun(words) in _PLURAL_SOURCES | _PERSON_NOUNS


def _is_anonymous(words: Sequence[str]) -> bool:
    """ "a senior official", "officials", "Health workers", "some households on Fenn Street"."""
    first = words[0].casefold()
    if first in _QUANTIFIERS:
        if first in ("a", "an") and len(words) > 1 and words[1][:1].isupper():
            # "a Manchester-based flight attendant" is a person; "a Brightwater ..." may not be
            return _head_noun(words) in _PERSON_NOUNS | _PLURAL_SOURCES
        return True
    if first in _DETERMINERS:
        return False  # "the official" points back to someone: see _resolve_description
    if len(words) == 1:
        return first in _PLURAL_SOURCES  # "Engineers said ..."
    head_index = 0
    for i, word in enumerate(words):
        if word.casefold().strip(",") in ("of", "for", "from", "at", "in", "on", "with", "who"):
            break
        head_index = i
    head = words[head_index]
    return (
        (head[:1].islower() or head_index == 0)  # "Lawyers for the company said"
        and _strip_possessive(head.casefold().strip(",")) in (_PLURAL_SOURCES | _PERSON_NOUNS)
        and not any(
            w[:1].isupper() and w.casefold() not in _DETERMINERS for w in words[1:head_index]
        )
    )


def _title_only(text: str) -> bool:
    words = text.split()
    return (
        bool(words)
        and _is_title_word(words[-1])
        and not words[-1][:1].isupper()
        or (
            bool(words)
            and all(_is_title_word(w) or w[:1].isupper() for w in words)
            and _is_title_word(words[-1])
        )
    )


def subject_before(text: str) -> tuple[str, int] | None:
    """The subject at the end of a clause, just before its verb, and where it starts.

    >>> subject_before("In a statement, the ministry")
    ('the ministry', 16)
    >>> subject_before("Board member Luis Ortega, the lone vote against the delay,")[0]
    'Board member Luis Ortega'
    >>> subject_before("A resident of Fenn Street, who asked not to be named,")[0]
    'A resident of Fenn Street, who asked not to be named'
    """
    body = text.rstrip()
    words = _words(body)
    while words and words[-1][0].casefold() in _ADVERBS | {"have", "has", "had"}:
        body = body[: words[-1][1]].rstrip()
        words = words[:-1]
    if not words:
        return None
    if body.endswith(","):
        inner = body[:-1].rstrip()
        cut = inner.rfind(",")
        chunk = inner[cut + 1 :].strip() if cut >= 0 else ""
        first = chunk.split()[0] if chunk else ""
        if chunk and (
            first.casefold() in ("who", "whose", "which") or first[:1].islower() or chunk.isdigit()
        ):  # a relative clause, an apposition in lower case or an age: "Obi Baker, 41,"
            # the chunk is a relative clause or an apposition; more may come before it:
            # "Dev Rao, who leads the Foundry, the largest fan group, said"
            head = subject_before(inner[: cut + 1])
            if head is None:
                return None
            if first.casefold() in ("who", "whose") and _is_anonymous(head[0].split()):
                return body[head[1] :].rstrip(" ,"), head[1]
            return head
        body = inner
        words = _words(body)
        if not words:
            return None
    last = words[-1][0]
    if last.casefold() in _PRONOUNS:
        return last, words[-1][1]
    i = len(words) - 1
    if last[:1].isupper() or last[:1].isdigit():
        # a capitalised name, with connectors and lower-case title words inside
        while i > 0:
            previous = words[i - 1][0]
            if (
                previous[:1].isupper()
                and previous not in _SENTENCE_STARTERS
                or previous.casefold() in _CONNECTORS
                and i > 1
                and words[i - 2][0][:1].isupper()
            ):
                i -= 1
            elif previous.casefold() == "the":
                i -= 1
                break
            elif (
                _is_title_word(previous)
                and i > 1
                and words[i - 2][0][:1].isupper()
                or previous in ("\u2019s", "'s")
            ):
                i -= 1
            else:
                break
        before = words[i - 1][0].casefold() if i > 0 else ""
        if before not in ("of", "on", "in", "for", "at", "from", "with"):
            start = words[i][1]
            # "Kremlin spokesman, Dmitry Perskov"
            prefix = body[:start].rstrip()
            if prefix.endswith(","):
                chunk_start = prefix[:-1].rfind(",") + 1
                chunk = prefix[chunk_start:-1].strip()
                if chunk and _title_only(chunk) and len(chunk.split()) <= 6:
                    start = prefix.index(chunk, chunk_start)
            while body[start:].split()[0] in _SENTENCE_STARTERS and len(body[start:].split()) > 1:
                start = body.index(body[start:].split()[1], start)
            return body[start:].strip(), start
        i -= 1  # "An official for [the Department of Defense]": the name is inside a phrase
    # a description in lower case ("the ministry", "a senior official", "emergency officials")
    j = i
    count = 0
    while j >= 0 and count < 14:
        word = words[j][0]
        lowered = word.casefold()
        if (
            lowered in _DETERMINERS | _QUANTIFIERS
            and lowered not in ("that", "most", "all")
            and not _inside_post_modifier(words, j)
        ):
            break
        if not re.match(r"[\w'\u2019&.-]+$", word) or lowered in _BOUNDARIES:
            j += 1
            break
        if word[:1].isupper() and (j == 0 or words[j - 1][0] in (",", "\u2014")):
            break
        j -= 1
        count += 1
    j = max(j, 0)
    if j > i:
        return None
    start = words[j][1]
    while body[start:].split()[0] in _SENTENCE_STARTERS and len(body[start:].split()) > 1:
        start = body.index(body[start:].split()[1], start)
    phrase = body[start:].strip()
    if not _looks_like_mention(phrase) or len(phrase.split()) > 14:
        return None
    if not _is_anonymous(phrase.split()) and phrase.split()[0].casefold() not in _DETERMINERS:
        return None
    return phrase, start


# Prepositions that attach a phrase to the noun before them: "a person familiar with the
# talks", "a researcher in the lab", "a spokeswoman for the company".
_POST_MODIFIERS = frozenset("of for with in at from on near to inside within".split())


def _inside_post_modifier(words: Sequence[tuple[str, int, int]], j: int) -> bool:
    """Is the determiner ``words[j]`` inside a phrase that modifies an earlier noun ("with *the*
    talks" in "a person familiar with the talks")? Then the description goes on to the left."""
    before = words[j - 2][0] if j >= 2 else ""
    return (
        words[j - 1][0] in _POST_MODIFIERS
        and re.fullmatch(r"[^\W\d_][\w'\u2019-]*", before) is not None
        and (before[0].islower() or j == 2)  # "Lawyers for the company" starts a sentence
        and before.casefold() not in _BOUNDARIES | _PRONOUNS
    )
