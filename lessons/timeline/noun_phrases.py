"""Noun phrases, and the nouns in them that the tagger takes for verbs.

A noun phrase runs from a determiner or a possessive to its last noun ("the town's Memorial Day
parade"), and a word inside one is a noun whatever its tag: "lashed out at his Miami relatives
Sunday" has no verb "relatives", "It opened the spillway gates on Tuesday" none in "gates".
"""

from __future__ import annotations

from collections.abc import Sequence

from lessons.article import Span
from lessons.timeline.grammar import (
    BASE_VERBS,
    FINITE_TAGS,
    PAST_ONLY,
    RELATIVES,
    SUBORDINATORS,
    VERBS_IN_S,
)
from lessons.vocab import SPEECH_VERBS

_ARTICLES = frozenset(["the", "a", "an"])


def after_an_article(words: Sequence[Span], tags: list[str], i: int) -> bool:
    """Does word ``i`` come right after "the", "a" or "an", or after one and an adjective ("the
    first falls", "the heavy rains"), so that it cannot be a verb?"""
    if words[i].text.casefold() in _NOT_NOUNS_IN_S:
        return False
    if i and words[i - 1].text.casefold() in _ARTICLES:
        return True
    return (
        i > 1
        and words[i - 1].text.casefold() in _ORDINALS
        and words[i - 2].text.casefold() in _ARTICLES
    )


_NOT_NOUNS_IN_S = frozenset(["is", "has", "does", "was"])
_ORDINALS = frozenset("first second third fourth fifth last final next".split())

_HEAD_NOUN_TAGS = frozenset(["NN", "NNP", "NNPS", "JJ", "CD"])
_PAST_OR_PRESENT = frozenset(["VBD", "VBZ", "VBP"])


def ends_a_noun_phrase(tags: list[str], i: int) -> bool:
    """Is a base form, with no "to", modal or verb before it, the last of a run of nouns a
    determiner opens, with a finite verb later ("A trade union May Day rally/VB ... passed")?

    >>> ends_a_noun_phrase(["DT", "NN", "NN", "NNP", "NNP", "VB", "IN", "NNP", "VBD"], 5)
    True
    """
    k = i - 1
    while k >= 0 and tags[k] in _HEAD_NOUN_TAGS:
        k -= 1
    opened = k >= 0 and k < i - 1 and tags[k] in ("DT", "PRP$") and (k == 0 or tags[k - 1] != "IN")
    following = tags[i + 1] if i + 1 < len(tags) else "."
    return (
        opened
        and following not in ("RP", "DT", "PRP", "PRP$", "TO")  # (not "Schools in the town
        # break/VB up on Wednesday": a verb, its particle after it)
        and not any(t in ("MD", "TO") or t.startswith("VB") for t in tags[:k])
        and any(t in _PAST_OR_PRESENT for t in tags[i + 1 :])
    )


def after_a_possessive(tags: list[str], i: int) -> bool:
    """Does a possessive, maybe with a name or adjectives after it, lead up to word ``i`` ("the
    town's Memorial Day parade")? A present in -s after a name is its verb ("the town's Saltire
    Fair goes ahead")."""
    j = i - 1
    while j > 0 and tags[j] in ("NNP", "NNPS", "JJ"):
        j -= 1
    return j >= 0 and tags[j] == "POS" and (j == i - 1 or tags[i] != "VBZ")


def a_determiners_noun(tags: list[str], i: int) -> bool:
    """Does word ``i`` end a noun phrase that a determiner opens ("the grass fire")?"""
    k = i
    while k > 0 and tags[k] in ("NN", "JJ"):
        k -= 1
    return k < i and tags[k] in ("DT", "PRP$")


def an_objects_last_noun(tags: list[str], i: int) -> bool:
    """Is word ``i``, read as a present in -s, the last noun of its verb's object: a noun
    before it, and a determiner after a finite verb before that ("opened the spillway
    gates"), or a participle right before the noun ("had cleared storm drains")?"""
    if i < 3 or tags[i - 1] != "NN":
        return False
    if tags[i - 2] == "VBN":
        return True  # "had cleared storm drains/VBZ along Mill Creek": a participle's object
    k = next((k for k in range(i - 2, max(-1, i - 5), -1) if tags[k] in ("DT", "PRP$")), None)
    return k is not None and k > 0 and tags[k - 1] in ("VBD", "VBZ", "VBP", "VB")


def a_plural_before_its_verb(words: Sequence[Span], tags: list[str], i: int) -> bool:
    """Is word ``i``, read as a present in -s, the plural subject of the participle or past
    after it: after a noun or a number ("emergency calls/VBZ failed/VBN on Wednesday"), or
    opening its clause ("On Wednesday, crews/VBZ digging out the pipe found"), with no finite
    verb before it? (Not "The company needs trained staff", where the participle describes
    the noun after it, nor "says".)"""
    word = words[i].text.casefold()
    if not word.endswith("s") or word in VERBS_IN_S or i + 1 >= len(tags):
        return False
    before, after = (tags[i - 1] if i else ""), tags[i + 1]
    if before == "CC" and i > 1 and tags[i - 2] == ",":  # "..., but samples/VBZ taken/VBN
        return (  # Wednesday morning came/VBD back": a clause of its own, its verb later
            tags[i] == "VBZ"
            and after == "VBN"
            and i + 2 < len(tags)
            and tags[i + 2] in ("NNP", "IN", "RB", "DT")
            and "VBD" in tags[i + 2 : i + 12]
        )
    if any(tag in FINITE_TAGS for tag in tags[:i]):
        return False
    if tags[i] == "VBP":  # "The Alcanda and Ribes reservoirs/VBP together held/VBN 23%": a
        # plural after a name, an adverb between it and its past
        verb = i + 2 if after == "RB" else i + 1
        if verb >= len(tags) or tags[verb] != "VBN" or before not in ("NN", "NNP", "JJ", "CD"):
            return False
        past = words[verb].text.casefold()
        return past.endswith("ed") or past in PAST_ONLY
    if after in ("VBN", "VBD"):
        follows = tags[i + 2] if i + 2 < len(tags) else "."
        return before in ("NN", "JJ", "CD") and follows in ("IN", "RB", "DT", "TO", ".")
    return after == "VBG" and before in ("", ",", "``") and "VBD" in tags[i + 2 :]


# Prepositions that open a noun phrase, never a clause ("after" or "since" may open a clause).
_PREPOSITIONS = frozenset(
    "at in on of for with from by to into about against among outside inside near beside "
    "behind across along".split()
)
NOUN_PHRASE_TAGS = frozenset(["DT", "PRP$", "POS", "JJ", "NN", "NNP", "CD"])


def nouns_after_prepositions(words: Sequence[Span], tags: list[str]) -> list[str]:
    """A present-tense tag inside a prepositional phrase is a noun the tagger misread:
    "lashed out at his Miami relatives/VBZ Sunday" -> NNS, "at the Ballycarran gauge/VBP"
    -> NN; a present in -s that does not end in s ("aloud/VBZ") is no verb.

    >>> ws = [Span(w, 0, len(w)) for w in "at his Miami relatives Sunday".split()]
    >>> nouns_after_prepositions(ws, ["IN", "PRP$", "NNP", "VBZ", "NNP"])
    ['IN', 'PRP$', 'NNP', 'NNS', 'NNP']
    """
    fixed = list(tags)
    for i, tag in enumerate(tags):
        word = words[i].text.casefold()
        base = tag == "VBD" and word in BASE_VERBS  # "at the Ballycarran gauge/VBD"
        if (tag not in ("VBZ", "VBP") and not base) or word in VERBS_IN_S:
            continue
        if tag == "VBZ" and not word.endswith("s"):
            fixed[i] = "RB"  # "members read it aloud/VBZ on Sunday": a present is in -s
            continue
        k = i - 1
        while k >= 0 and tags[k] in NOUN_PHRASE_TAGS and i - k <= 4:
            k -= 1
        phrase = tags[k + 1 : i]  # "his Miami", not "Cedar Street" (no determiner: a subject)
        determined = any(t in ("DT", "PRP$", "POS") for t in phrase)
        named = bool(phrase) and all(t in ("NNP", "NNPS") for t in phrase)  # "at Merrow wharf"
        bare = bool(phrase) and all(t in ("NN", "JJ") for t in phrase)  # "gave way under a
        # load of wet snow/VBP early Tuesday"
        if (
            k >= 0
            and words[k].text.casefold() in _PREPOSITIONS
            and phrase
            and (
                determined
                or (named and _a_verb_before(words, tags, k, telling=False))
                or (bare and tag == "VBP" and _a_verb_before(words, tags, k, telling=False))
            )
            and (phrase[-1] not in ("NN", "CD") or _a_verb_before(words, tags, k))
        ):
            fixed[i] = "NNS" if word.endswith("s") else "NN"  # "peaked at the Ballycarran
            # gauge/VBD early on Wednesday": no past, so a noun
    return fixed


def _a_verb_before(words: Sequence[Span], tags: list[str], k: int, telling: bool = True) -> bool:
    """Has the clause of word ``k`` (a preposition) had its finite verb already ("told
    reporters outside the plant gates/VBZ on Monday"), with no "that", "which" or the like
    since? Then what follows the preposition is its object, not a new subject and verb. Without
    ``telling``, not a verb of saying, which may open a clause with no "that" ("said the fair
    at Cedar Park opens Friday")."""
    for j in range(k - 1, -1, -1):
        word = words[j].text.casefold()
        if word in RELATIVES or word in SUBORDINATORS:
            return False
        if tags[j] in FINITE_TAGS:
            return telling or word not in SPEECH_VERBS
    return False
