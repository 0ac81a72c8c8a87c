"""Step 3, the clues around a name: what the words next to it say about its kind.

"in Tessop" and "Tessop residents" describe a place; "Ray Tull, 71," and "Tull, who" a person;
"the journal Pediatrics" and "Unison, the union that ..." an organisation. Each clue becomes a
hint on the name; :mod:`lessons.entities.kinds` counts the hints of all its mentions.

>>> from lessons.entities.words import read_words
>>> words = read_words("She moved to Tessop with Ray Tull, 71, last year.")
>>> sorted(context_hints(words, 3, 4)), sorted(context_hints(words, 5, 7))
(['place:in'], ['person:age'])
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lessons import vocab
from lessons.document import Word
from lessons.entities.chunk import is_model_code
from lessons.entities.kinds import place_type
from lessons.entities.words import is_common, is_title, looks_like_name, starts_sentence

_AGE = re.compile(r"^\d{1,3}$")
_RESULT = re.compile(r"^\d{1,3}-\d{1,3}$")  # a score: "3-1"
_MATCH_VERBS = frozenset("beat beats drew draw lost won defeated edged against v vs".split())
_VESSELS = vocab.word_set("entity_vessel_nouns")  # "the ferry Skarra Lass"
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_SCORE = re.compile(r"^\d{1,3}(?:-\d{1,3})?$")
_LOCATIVE = frozenset(
    "in near outside across throughout around into inside within toward towards".split()
)
_COMPASS = frozenset("northern southern eastern western central coastal".split())
_PLACE_NOUNS = vocab.word_set("entity_place_nouns")  # "the provinces of Tessop"
PARTS_OF_TOWN = vocab.word_set("entity_parts_of_town")  # "downtown Brellin"
_MOVES = vocab.word_set("entity_verbs_of_going")  # "moved to Qarvell"
_PLACE_FOLLOWERS = vocab.word_set("entity_place_followers")  # "Tessop residents"
_PERSON_NOUNS = vocab.word_set("entity_person_nouns")  # "Ray Tull, a retired nurse"
_OF_PLACE = vocab.word_set("entity_of_place_words")  # "the outskirts of Tessop"
_DEMONYM_NOUNS = vocab.word_set("entity_demonym_nouns")  # "a Bayonne man"
_ORG_NOUNS = vocab.word_set("entity_organization_nouns")  # "the journal Pediatrics"
_TOWN_NOUNS = vocab.word_set("entity_town_nouns")  # "Denholm, a market town"
STREETS = vocab.word_set("entity_street_words")  # "Mill Lane, Tessop"


def _in_a_list(words: Sequence[Word], end: int) -> bool:
    """Is the name ending at ``end`` followed by more names, closed by "and" or "or"?

    "Madrid, Tessop, Varnley and Qarn" is a list; "Ray Tull, 71, who ..." is not.
    """
    if end >= len(words) or words[end].text != ",":
        return False
    k = end
    while k < len(words) and k < end + 12 and (words[k].text == "," or looks_like_name(words[k])):
        k += 1
    return k < len(words) and words[k].text in ("and", "or")


def appositive_kind(words: Sequence[Word], end: int) -> str | None:
    """What a description after a comma says a name is: "person", "place" or "org".

    "Ray Tull, a retired nurse" (person), "Denholm, a market town" (place), "Unison, the union
    that ..." (org). A possessor is skipped: "Ana Brill, the city's mayor" is a person.
    """
    if end + 2 >= len(words) or words[end].text != ",":
        return None
    if words[end + 1].plain.casefold() not in ("a", "an", "the"):
        return None
    described = words[end + 2 : end + 6]
    for k, word in enumerate(described):
        low = word.plain.casefold()
        if not any(c.isalpha() for c in low):
            return None
        if k + 1 < len(described) and described[k + 1].plain in ("'s", "'"):
            continue
        if low in _PERSON_NOUNS or (is_title(low) and low not in ("general", "chief", "head")):
            return "person"
        if low in _TOWN_NOUNS:
            return "place"
        if low in _ORG_NOUNS:
            return "org"
    return None


def context_hints(words: Sequence[Word], start: int, end: int) -> set[str]:
    """What the words around a name say about its kind."""
    hints: set[str] = set()
    before = [w.plain.casefold() for w in words[max(0, start - 3) : start]]
    after = [w.plain.casefold() for w in words[end : end + 4]]
    prev = before[-1] if before else ""
    nxt = after[0] if after else ""
    if prev in _LOCATIVE or (prev == "to" and len(before) >= 2 and before[-2] in _MOVES):
        hints.add("place:in")  # "in Tessop", "moved to Tessop"
    if prev in PARTS_OF_TOWN or (prev in _COMPASS and words[start - 1].text.islower()):
        hints.add("place:in")  # "downtown Tessop", "northern Tessop"
    if prev == "," and len(before) >= 2 and before[-2] in _PLACE_NOUNS:
        hints.add("place:of")  # "in the capital, Vessby"
    street = words[start - 2].text if prev == "," and start >= 2 else ""
    if street.casefold() in STREETS and street[:1].isupper():
        hints.add("place:of")  # an address: "Mill Lane, Tessop"
    if prev == "of" and len(before) >= 2 and before[-2] in ("shares", "stock", "stake"):
        hints.add("org:shares")  # "Shares of Vantix fell"
    if prev in _VESSELS:
        hints.add("vessel")  # "the ferry Skarra Lass", "the aircraft carrier Enterprise"
    if prev in _ORG_NOUNS and len(before) >= 2 and before[-2] in ("the", "a", "an"):
        hints.add("org:noun")  # "the journal Pediatrics"
    if prev in ("a", "an") and nxt in _DEMONYM_NOUNS:
        hints.add("place:demonym")  # "a Bayonne man"
    if prev == "of" and start >= 2 and looks_like_name(words[start - 2]):
        named = not starts_sentence(words, start - 2) and not is_common(words[start - 2].plain)
        if named:
            hints.add("org:of-person")  # "Joyce Feld of Harwell Securities"
    if prev == "the" or (prev == "'s" and len(before) >= 2 and end - start == 1):
        hints.add("the")
    if prev == "of" and len(before) >= 2 and before[-2] in (*_PLACE_NOUNS, *_OF_PLACE, ","):
        hints.add("place:of")  # "the provinces of Tessop", "Emily Sandoval, of Freehold,"
    if nxt in _PLACE_NOUNS and (len(after) < 2 or (after[1] != "of" and not is_title(after[1]))):
        hints.add("place:noun")
    if nxt in _PLACE_FOLLOWERS and end - start <= 3:
        hints.add("place:follower")
    if nxt == "," and len(after) >= 2:
        following = words[end + 1]
        span_end = end + 2
        while span_end < len(words) and looks_like_name(words[span_end]):
            span_end += 1
        region = " ".join(w.plain for w in words[end + 1 : span_end])
        if region and place_type(region) == "GPE" and not is_title(following.plain):
            hints.add("place:region")
        if _AGE.match(after[1]) and (len(after) < 3 or after[2] in (",", "and", "who")):
            hints.add("person:age")
        if after[1] in ("who", "whose"):
            hints.add("person:who")
        if after[1] in ("a", "an", "the", "his", "her", "their") and len(after) >= 3:
            noun = after[2]
            if (
                noun in _PERSON_NOUNS
                or is_title(noun)
                or len(after) >= 4
                and (after[3] in _PERSON_NOUNS or is_title(after[3]))
            ):
                hints.add("person:appositive")
        if is_title(after[1]) and after[1] not in ("head", "leader"):
            hints.add("person:appositive")
        described = appositive_kind(words, end)
        if described in ("place", "org"):
            hints.add(f"{described}:appositive")  # "Denholm, a market town", "Unison, the union"
    if nxt in vocab.SPEECH_VERBS or prev in vocab.SPEECH_VERBS:
        hints.add("speech")
    if nxt in ("who", "whose") or (nxt in ("he", "she") and prev in vocab.SPEECH_VERBS):
        hints.add("person:who")
    if start == 0 and _ISO_DATE.match(nxt) and all(w.text.isupper() for w in words[:end]):
        hints.add("dateline")  # a dateline on a line of its own: "MADRID 1996-08-30"
    if (nxt in _MATCH_VERBS or prev in _MATCH_VERBS) and any(_RESULT.match(w.text) for w in words):
        hints.add("team:score")  # "Leeds beat Tessop 3-1": a team, named after its town
    if _SCORE.match(nxt) and (start == 0 or prev in (",", ":", ";") or _SCORE.match(prev)):
        hints.add("team:score")  # a results table: "Pohang 3 Ulsan 2", "Leeds 22 points"
    if is_model_code(words, end - 1):
        hints.add("product")
    if nxt in ("and", "or") or prev in ("and", "or") or _in_a_list(words, end):
        hints.add("coordinated")
    if (prev == "to" and "from" in before) or (nxt == "to" and prev == "from"):
        hints.add("coordinated")  # "from Bergen to Stavanger"
    if nxt and nxt.islower() and is_title(nxt) and nxt not in ("head", "leader", "general"):
        hints.add("org:title-after")
    return hints
