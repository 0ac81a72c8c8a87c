"""The reporter's words: the vocabulary every step of the lesson reads with.

Quote marks, pronouns and determiners are closed classes and stay here in the code; the longer
lists a reporter knows (titles, nouns for unnamed sources, honorifics, place words) are plain
text files ``lessons/vocab/quote_*.txt`` that a teacher can read and extend.

:func:`_words` reads a stretch of text into words with their offsets, the way attributions are
read: "U.S." and "Gov." keep their full stop, "said." loses it.

>>> [w for w, _, _ in _words("Gov. Ana Ruiz said.")]
['Gov.', 'Ana', 'Ruiz', 'said', '.']
>>> _head_noun("a spokeswoman for the bank".split())
'spokeswoman'
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from lessons import vocab
from lessons.vocab import FACILITY_CUES, GPE_CUES, LOCATION_CUES, ORGANIZATION_CUES, TITLES

# How a speaker without a name is written ("anonymous: a senior official"), and no speaker.
ANONYMOUS = "anonymous: "
UNKNOWN = "unknown"


_COUNTED_WORD = re.compile(r"\w+(?:['\u2019-]\w+)*")


def count_words(text: str) -> int:
    """Words in a text (it’s and Okonkwo-Bell count once)."""
    return len(_COUNTED_WORD.findall(text))


# The quote marks of news copy, curly and straight.
DOUBLE_OPENERS = "\u201c\u201e\u00ab"  # “ „ «
DOUBLE_CLOSERS = "\u201d\u00bb"  # ” »
SINGLE_OPENERS = "\u2018\u201a\u2039"  # ‘ ‚ ‹
SINGLE_CLOSERS = "\u2019\u203a"  # ’ ›
QUOTE_MARKS = DOUBLE_OPENERS + DOUBLE_CLOSERS + SINGLE_OPENERS + SINGLE_CLOSERS + "\"'"


# Closed classes: adverbs between a subject and its cue, pronouns, determiners, numbers.
_ADVERBS = frozenset("also later then again previously earlier once recently simply".split())
_PRONOUNS = frozenset("he she they we i it".split())
_DETERMINERS = frozenset("the this that these those its his her their our".split())
_QUANTIFIERS = frozenset(
    "a an one two three four five several some many other another few most all".split()
)
# Abbreviations whose full stop ends no word: "Mr.", "Gov.", "Calif.".
_ABBREVIATIONS = vocab.word_set("quote_abbreviations")


_INITIALS = re.compile(r"(?:[a-z]\.){1,4}")


def _is_abbreviation(word: str) -> bool:
    lower = word.casefold().lstrip("(\"'\u201c\u2018")
    return lower in _ABBREVIATIONS or _INITIALS.fullmatch(lower) is not None


def _last_word(text: str, end: int | None = None) -> str:
    """The last word of ``text[:end]`` (only the last few dozen characters are looked at)."""
    end = len(text) if end is None else end
    parts = text[max(0, end - 60) : end].split()
    return parts[-1] if parts else ""


_WORD = re.compile(r"[^\W\d_][\w'\u2019.&-]*|\d[\w.,:]*|[^\w\s]")


def _words(text: str, limit: int | None = None) -> list[tuple[str, int, int]]:
    """Words and punctuation with offsets (the first ``limit`` of them); a final full stop is
    split off unless the word is an abbreviation ("Inc.", "U.S.")."""
    found: list[tuple[str, int, int]] = []
    for match in _WORD.finditer(text):
        word, start, end = match.group(), match.start(), match.end()
        if len(word) > 1 and word[-1] == "." and not _is_abbreviation(word):
            found.append((word[:-1], start, end - 1))
            found.append((".", end - 1, end))
        else:
            found.append((word, start, end))
        if limit is not None and len(found) >= limit:
            return found[:limit]
    return found


_CONNECTORS = frozenset("of for and & de la del van von bin al the".split())
# How far around a quote or a verb the attribution is looked for (keeps long texts linear).
_WINDOW = 400


# Job titles that set a name apart: "Defense Secretary Lloyd Austin", "the coroner".
_TITLE_WORDS = frozenset(t.strip(".") for t in TITLES) | vocab.word_set("quote_title_words")
# Particles inside a person's name: "Bram de Vries", "Ursula von der Leyen".
_NAME_PARTICLES = frozenset("de la del van von der den bin al da di du dos das ter ten le".split())
# Words that make a speaker an organisation: "the ministry", "Pacific Cascade Power Inc".
_ORG_WORDS = (
    frozenset(w.strip(".") for w in ORGANIZATION_CUES) | vocab.word_set("quote_organization_words")
) - {"workers", "local", "news"}
_MALE_TITLES = vocab.word_set("quote_male_titles")
_FEMALE_TITLES = vocab.word_set("quote_female_titles")
# Nouns for people who can be quoted without a name: "a resident", "officials".
_PERSON_NOUNS = vocab.word_set("quote_person_nouns")


def _plural(noun: str) -> str:
    """The plural of a person noun: "resident" -> "residents", "spokeswoman" -> "spokeswomen".

    >>> [_plural(n) for n in ("witness", "deputy", "fisherman", "child", "wife", "nurse")]
    ['witnesses', 'deputies', 'fishermen', 'children', 'wives', 'nurses']
    """
    if noun.endswith(("s", "sh", "ch", "x")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    if noun.endswith("man"):
        return noun[:-3] + "men"
    if noun.endswith("child"):
        return noun + "ren"
    if noun.endswith("wife"):
        return noun[:-2] + "ves"
    return noun + "s"


# Unnamed sources in the plural: "officials", "residents", "people", "police".
_PLURAL_SOURCES = frozenset(
    _plural(noun) for noun in _PERSON_NOUNS - {"person", "staff"}
) | vocab.word_set("quote_plural_people")
# Documents that speak for whoever issued them: "the statement said".
_DOCUMENT_WORDS = vocab.word_set("quote_document_words")
# Capitalised words that never start a name: "The", "However", "Monday".
_NOT_NAMES = vocab.word_set("quote_not_names")
_HONORIFICS = vocab.word_set("quote_honorifics")
# The last word of a place name: "Ansel Island" and "Pelican Drive" are not people.
_PLACE_WORDS = vocab.word_set("quote_place_words") | FACILITY_CUES | LOCATION_CUES | GPE_CUES


_POSSESSIVE = re.compile(r"['\u2019]s?$")


def _strip_possessive(word: str) -> str:
    return _POSSESSIVE.sub("", word)


def _is_title_word(word: str) -> bool:
    return word.casefold().strip(",") in _TITLE_WORDS or word.casefold() in TITLES


@cache
def _first_names() -> frozenset[str]:
    from lessons import nlp

    return nlp.first_names()


@cache
def _common_words() -> frozenset[str]:
    from lessons import nlp

    return nlp.common_words()


@cache
def _gendered_first_names() -> tuple[frozenset[str], frozenset[str]]:
    from lessons import nlp

    return nlp.male_first_names(), nlp.female_first_names()


@cache
def _proper_adjectives() -> frozenset[str]:
    from lessons import nlp

    return nlp.gazetteer("nationalities.txt") | nlp.gazetteer("countries.txt")


def _is_org(words: Sequence[str]) -> bool:
    return any(_strip_possessive(w).casefold().strip(".") in _ORG_WORDS for w in words)


# Words that end a noun phrase's head: prepositions and relative pronouns.
_AFTER_HEAD = frozenset(
    "of for from at in on with who whose which to by about during after since".split()
)


def _head_noun(words: Sequence[str]) -> str:
    """The head of a noun phrase: the last word before "of", "for", "who", a comma, or a
    participle that starts a clause ("the notice mailed to members" -> "notice")."""
    head = ""
    for i, word in enumerate(words):
        lowered = word.casefold().strip(",")
        if lowered in _AFTER_HEAD:
            break
        following = words[i + 1].casefold() if i + 1 < len(words) else ""
        if i >= 2 and lowered.endswith("ed") and following in _AFTER_HEAD:
            break
        head = lowered
        if word.endswith(","):
            break
    return _strip_possessive(head)


# Conjunctions that end a description read backwards from a verb.
_BOUNDARIES = frozenset(
    "as that and but while because when after before if than since so or then".split()
)
# Capitalised words that open a sentence before its subject: "But", "Asked", "Separately".
_SENTENCE_STARTERS = vocab.word_set("quote_sentence_starters")
