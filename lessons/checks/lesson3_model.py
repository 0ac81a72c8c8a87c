"""The simple name method lesson 3 builds, as model answers: the checks compare a student's
functions with these (NLTK's tagger and chunkers, the lesson's grammar and word lists), not with
the kit's ``find_entities``, which does more (exercise 7's model runs the kit on purpose).

>>> sentence = "Ana Ruiz met the Department of Transportation in Chicago."
>>> _expected_proper_nouns(sentence)
['Ana', 'Ruiz', 'Department', 'Transportation', 'Chicago']
>>> _expected_name_chunks(sentence)
['Ana Ruiz', 'Department of Transportation', 'Chicago']
>>> [_expected_type(name) for name in _expected_name_chunks(sentence)]
['PERSON', 'ORGANIZATION', 'GPE']
>>> _group(["Ana Ruiz", "Chicago", "Ruiz"])
{'Ana Ruiz': 2, 'Chicago': 1}
"""

from __future__ import annotations

from collections import Counter
from functools import cache

_NAME_TAGS = ("NNP", "NNPS")


def _tagged(sentence: str) -> list[tuple[str, str]]:
    import nltk

    return nltk.pos_tag(nltk.word_tokenize(sentence))


def _expected_proper_nouns(sentence: str) -> list[str]:
    return [word for word, tag in _tagged(sentence) if tag in _NAME_TAGS]


_MODEL_GRAMMAR = r"""
NAME: {<NNP|NNPS>+<OF><NNP|NNPS>+}
      {<NNP|NNPS>+}
"""


def _chunks(tagged: list[tuple[str, str]], grammar: str, label: str = "NAME") -> list[str]:
    from lessons.entities.chunk import _regexp_parser

    tree = _regexp_parser(grammar).parse(tagged)
    return [" ".join(w for w, _ in t.leaves()) for t in tree.subtrees(lambda t: t.label() == label)]


def _expected_name_chunks(sentence: str) -> list[str]:
    return _chunks([(w, "OF" if w == "of" else t) for w, t in _tagged(sentence)], _MODEL_GRAMMAR)


def _expected_ne_names(sentence: str) -> list[str]:
    from lessons.nlp import entity_chunker

    tree = entity_chunker().parse(_tagged(sentence))
    return [" ".join(w for w, _ in t.leaves()) for t in tree.subtrees(lambda t: t.label() == "NE")]


@cache
def nb03_name_lists() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The lists of the typing exercise: (organisation words, places, first names).

    Organisation words are the kit's list ``organization_cues`` (lower case); places are NLTK's
    gazetteers of countries, US states and US cities with the kit's ``world_cities``; first
    names are NLTK's names corpus.
    """
    from nltk.corpus import gazetteers, names

    from lessons import vocab

    places = set(gazetteers.words(["countries.txt", "usstates.txt", "uscities.txt"]))
    places |= vocab.word_set("world_cities")
    return vocab.word_set("organization_cues"), frozenset(places), frozenset(names.words())


def _expected_type(name: str) -> str | None:
    organisation_words, places, first_names = nb03_name_lists()
    words = name.split()
    if any(word.lower() in organisation_words for word in words):
        return "ORGANIZATION"
    if name in places:
        return "GPE"
    if words and words[0] in first_names:
        return "PERSON"
    return None


def _group(names: list[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for name in names:
        full = next((known for known in counts if known.split()[-1] == name), name)
        counts[full] = counts.get(full, 0) + 1
    return counts


def _expected_mentions(text: str) -> Counter[str]:
    import nltk

    from lessons.article import parse_article

    counts: Counter[str] = Counter()
    for paragraph in parse_article(text).paragraphs:
        for sentence in nltk.sent_tokenize(paragraph.text):
            counts.update(n for n in _expected_name_chunks(sentence) if _expected_type(n))
    return counts


def _expected_disagreements(text: str, gold: list[dict[str, str]]) -> list[tuple[str, ...]]:
    from lessons.article import parse_article
    from lessons.entities import find_entities
    from lessons.evaluate import evaluate_entities

    found = [entity.to_dict() for entity in find_entities(parse_article(text))]
    rows = evaluate_entities(found, gold).errors
    return [(r.kind, r.what, r.expected, r.got) for r in rows]
