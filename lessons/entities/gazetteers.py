"""Step 3, the gazetteers: lists of places, nationalities and well-known organisations.

A name's own words are the strongest evidence of its kind when a list knows them: NLTK's
gazetteers (countries, US states and cities, nationalities), the kit's lists in
:mod:`lessons.vocab` (world capitals, "Britain", regions, news agencies such as "Reuters") and
GeoNames' cities of 100,000 people or more (``world_cities_geonames``, CC BY 4.0). Nationality
and people words ("Uzbek", "Iraqis", "Texan") are recognised from the lists and from a place's
name with a demonym ending.

>>> place_type("Britain"), is_country("Leeds"), is_known_organization("the U.N.")
('GPE', False, True)
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from lessons import nlp, vocab
from lessons.entities.words import fold, is_common, straight_quotes

COMPASS_NAMES = frozenset("north south east west northern southern eastern western".split())
_COMPASS_WORDS = frozenset("north south east west n s e w".split())
_COMPASS_PARTS = frozenset("southeast southwest northeast northwest central latin west".split())
_KNOWN_ORGANIZATIONS = vocab.word_list("entity_known_organizations")  # "Reuters", "U.N."
_COUNTRIES = vocab.word_list("entity_more_countries")  # "Britain", "Yugoslavia"
_DEMONYMS = vocab.word_list("entity_demonyms")  # "Uzbek", "Kurdish", "Swede"
_DEMONYM_SUFFIXES = ("nian", "ian", "ean", "ese", "an", "i", "ish")


@lru_cache(maxsize=16384)
def _place_key(text: str) -> str:
    """Places are compared with their capitals ("In" is not Indiana), dots and 's dropped."""
    text = re.sub(r"\s+", " ", straight_quotes(text)).strip()
    text = re.sub(r"(?:'s|')$", "", text)
    text = re.sub(r"^[Tt]he ", "", text)
    if text.isupper() and len(text.replace(".", "")) > 3:
        text = text.title()  # a dateline's "ELM FALLS"
    return text.replace(".", "")


@cache
def _places() -> dict[str, str]:
    """Place names -> GPE or LOCATION, from NLTK's gazetteers and the kit's lists."""
    places: dict[str, str] = {}
    for fileid in (
        "countries.txt",
        "isocountries.txt",
        "usstates.txt",
        "uscities.txt",
        "caprovinces.txt",
        "mexstates.txt",
        "usstateabbrev.txt",
    ):
        for name in nlp.gazetteer(fileid):
            if "," not in name and len(name) > 1 and name[:1].isupper():
                places[_place_key(name)] = "GPE"
    for name in (*vocab.word_list("world_cities_geonames"), *vocab.WORLD_CITIES, *_COUNTRIES):
        places[_place_key(name)] = "GPE"
    for name in ("U.S.", "U.S.A.", "U.K.", "UK", "EU", "UAE", "D.C.", "Carolinas", "Dakotas"):
        places[_place_key(name)] = "GPE"
    for name in vocab.REGIONS:
        places[_place_key(name)] = "LOCATION"
    return places


@cache
def _known_organizations() -> frozenset[str]:
    return frozenset(_place_key(name) for name in _KNOWN_ORGANIZATIONS)


def is_known_organization(text: str) -> bool:
    """A news agency or international body known by one name: "Reuters", "the U.N."."""
    return _place_key(text) in _known_organizations()


@cache
def _countries() -> frozenset[str]:
    names = (*nlp.gazetteer("countries.txt"), *nlp.gazetteer("isocountries.txt"), *_COUNTRIES)
    return frozenset(_place_key(name) for name in names)


def is_country(text: str) -> bool:
    """A country: a national side is named by its country and stays a place ("Brazil 2")."""
    return _place_key(text) in _countries()


def is_town(word: str) -> bool:
    return place_type(word) == "GPE" and not is_country(word) and not is_common(word)


def place_type(text: str) -> str | None:
    """GPE or LOCATION when a gazetteer knows the name.

    >>> place_type("Ohio"), place_type("Quezon City"), place_type("In"), place_type("Tessop")
    ('GPE', 'GPE', None, None)
    """
    if text.isupper() and text.casefold() in nlp.stopwords():
        return None  # a headline's "IN", "AS", "OR" are words, not Indiana, American Samoa
    key = _place_key(text)
    found = _places().get(key)
    first, _, rest = key.partition(" ")
    if found is None and rest and first.casefold() in _COMPASS_WORDS:
        return _places().get(rest)  # "East Jerusalem", "N Korea"
    return found


@cache
def _nationalities() -> frozenset[str]:
    """NLTK's nationalities and the kit's demonyms ("Uzbek", "Kurdish"), with plurals."""
    names = (*nlp.gazetteer("nationalities.txt"), *_DEMONYMS)
    return frozenset(fold(n) for n in names) | frozenset(fold(n) + "s" for n in names)


@cache
def _place_stems() -> frozenset[str]:
    """One-word place names, lower case, that a demonym may be made from ("iraq", "texas")."""
    return frozenset(k.casefold() for k in _places() if " " not in k and len(k) >= 4)


def _made_from_a_place(word: str) -> bool:
    """ "Iraqi", "Panamanian", "Texan", "Surinamese": a place's name with a demonym ending."""
    low = fold(word)
    if not low.isalpha() or not word[:1].isupper() or place_type(word):
        return False
    low = low[:-1] if low.endswith("s") and not low.endswith("ese") else low  # "Iraqis"
    stems = _place_stems()
    for ending in _DEMONYM_SUFFIXES:
        base = low[: -len(ending)]
        if not low.endswith(ending) or len(base) < 3:
            continue
        if any(base + extra in stems for extra in ("", "a", "e", "o", "as", "ia")):
            return True
    return False


@lru_cache(maxsize=16384)
def is_nationality(text: str) -> bool:
    """A nationality, people or faith word, alone or with a compass word: not a name.

    >>> is_nationality("Uzbek"), is_nationality("Iraqis"), is_nationality("South Korean")
    (True, True, True)
    >>> is_nationality("Brill"), is_nationality("Christian Salas")
    (False, False)
    """
    words = text.split()
    if len(words) > 1:
        *front, last = words
        return is_nationality(last) and all(
            w.casefold() in COMPASS_NAMES or w.casefold() in _COMPASS_PARTS or is_nationality(w)
            for w in front
        )
    return fold(text) in _nationalities() or _made_from_a_place(text)
