"""Step 2: which runs of words are names? What the tools give, and runs of capitals.

NLTK offers two ways to find names. A chunk grammar over part-of-speech tags
(:data:`DEFAULT_GRAMMAR`: a run of proper nouns) and its binary named-entity chunker, trained
on newswire, which marks names (NE) without saying what kind. Both make mistakes no reporter
would make, so the kit starts from runs of capitalised words instead, held together by the
small words a name may contain ("Department of Defense", "Charles de Gaulle", "Prosecutor's
Office", "Pier 4"), and :mod:`lessons.entities.repair` repairs them.

>>> from lessons.entities.words import read_words
>>> words = read_words("The Department of Health and Human Services met.")
>>> " ".join(w.text for w in words[1 : run_end(words, 1)])
'Department of Health and Human Services'
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache
from weakref import WeakKeyDictionary

from lessons import nlp, vocab
from lessons.article import Article, Span
from lessons.document import Document, StorySentence, Word, read_document
from lessons.entities.kinds import cue_type, is_country, looks_like_person, place_type
from lessons.entities.words import (
    is_acronym,
    is_capitalised,
    is_common,
    is_title,
    looks_like_name,
    starts_sentence,
)

PARTICLES = vocab.word_set("entity_name_particles")  # "de", "van": "Charles de Gaulle"
_NUMBERED = vocab.word_set("entity_numbered_words")  # "Pier 4", "Local 212"
_SHOPS = vocab.word_set("entity_shops")  # "Pratt's Bakery"
_PRODUCT_NOUNS = vocab.word_set("entity_product_nouns")  # "B787 jets"
_MODEL = re.compile(r"^[A-Z][A-Za-z]{0,3}-?\d{1,4}[A-Za-z]{0,4}$")
_HEADS_WITH_OF = (
    vocab.ORGANIZATION_CUES
    | vocab.GPE_CUES
    | vocab.LOCATION_CUES
    | vocab.FACILITY_CUES
    | vocab.OTHER_CUES
    | {"institute", "ministry", "office", "museum", "university", "bank", "isle"}
)

# ---------------------------------------------------------------------------------------------
# What the tools give us out of the box

DEFAULT_GRAMMAR = r"""
NAME: {<NNP|NNPS>+}    # one or more proper nouns in a row: "Ada Brennock"
"""


@cache
def _regexp_parser(grammar: str):  # noqa: ANN202 - nltk.RegexpParser
    import nltk

    return nltk.RegexpParser(grammar)


def chunk_tree(tagged: Sequence[tuple[str, str]], grammar: str = DEFAULT_GRAMMAR):  # noqa: ANN201
    """Chunk tagged words with a regular-expression grammar over POS tags (an nltk.Tree).

    >>> from lessons.entities.words import pos_tags
    >>> print(chunk_tree(pos_tags("Mayor Ana Brill spoke.")).pformat())
    (S (NAME Mayor/NNP Ana/NNP Brill/NNP) spoke/VBD ./.)
    """
    return _regexp_parser(grammar).parse(list(tagged))


def bracketed(tree) -> str:  # noqa: ANN001 - an nltk.Tree
    """A chunk tree on one line, chunks in brackets: "the [NAME Department of Defense] tells".

    >>> from lessons.entities.words import pos_tags
    >>> bracketed(chunk_tree(pos_tags("Mayor Ana Brill spoke.")))
    '[NAME Mayor Ana Brill] spoke .'
    """
    parts = []
    for child in tree:
        if hasattr(child, "label"):
            parts.append(f"[{child.label()} " + " ".join(w for w, _ in child.leaves()) + "]")
        else:
            parts.append(child[0])
    return " ".join(parts)


Chunks = tuple[tuple[int, int], ...]  # (first, last + 1) word indexes of each name

# The chunker's finds in each document, by sentence text: a repeated sentence is chunked once.
_FOUND: WeakKeyDictionary[Document, dict[str, Chunks]] = WeakKeyDictionary()


def ne_chunker(document: Document) -> Callable[[StorySentence], Chunks]:
    """NLTK's binary named-entity chunker on the sentences of a document.

    It marks names (NE) without saying what kind. A sentence is chunked the first time a rule
    asks (most names are settled by capitals and word lists, and a 1 MB text stays fast), and
    each distinct sentence text of the document once.
    """
    found = _FOUND.setdefault(document, {})

    def chunks(sentence: StorySentence) -> Chunks:
        known = found.get(sentence.text)
        if known is None:
            known = found[sentence.text] = _chunk(sentence)
        return known

    return chunks


def _chunk(sentence: StorySentence) -> Chunks:
    from nltk import Tree

    if not sentence.words:
        return ()
    tagged = list(zip([w.plain for w in sentence.words], sentence.tags, strict=True))
    spans, index = [], 0
    for child in nlp.entity_chunker().parse(tagged):
        if isinstance(child, Tree):
            size = len(child.leaves())
            spans.append((index, index + size))
            index += size
        else:
            index += 1
    return tuple(spans)


def chunker_names(article: Article) -> list[Span]:
    """What NLTK's binary NE chunker alone marks as names in the story parts, no repairs."""
    document = read_document(article)
    chunks = ne_chunker(document)
    names: list[Span] = []
    for sentence in document.sentences:
        for a, b in chunks(sentence):
            start, end = sentence.words[a].start, sentence.words[b - 1].end
            names.append(Span(article.raw[start:end], start, end))
    return names


def chunker_entities(article: Article) -> list[dict[str, object]]:
    """The plain chunker's names in the shape of ``to_dict()`` (type OTHER: it gives none)."""
    return [
        {"text": c.text, "type": "OTHER", "count": 1, "mentions": [{"text": c.text}]}
        for c in chunker_names(article)
    ]


# ---------------------------------------------------------------------------------------------
# Runs of capitalised words, and the small words inside a name


def run_end(words: Sequence[Word], start: int) -> int:
    """Where a run of name words starting at ``start`` ends (exclusive).

    Lower-case "of", "de", "van", "&" stay inside a name when capitalised words follow and the
    name so far ends in a word that takes them ("Department of Defense", "Ministry of Health",
    "Charles de Gaulle", "Pear & Kale").
    """
    end = start + 1
    while end < len(words):
        word = words[end].plain
        if looks_like_name(words[end]):
            end += 1
            continue
        if word.isdigit() and words[end - 1].text.casefold() in _NUMBERED:
            return end + 1  # "Pier 4", "Local 212", "Route 9"
        if is_model_code(words, end):
            return end + 1  # "Zephyr X2 sedans"
        if _is_channel_number(words, end):
            end += 2  # "WKXT 5 News", "Channel 4 News"
            continue
        if word == "," and (listed := _list_in_name(words, start, end)) > end:
            return listed  # "Bureau of Alcohol, Tobacco, Firearms and Explosives"
        nxt = end + 1
        if word.casefold() == "of" and nxt < len(words) and words[nxt].text == "the":
            nxt += 1
        if word in PARTICLES and nxt < len(words) and words[nxt].text in PARTICLES:
            nxt += 1  # "Ursula von der Leyen"
        if nxt >= len(words) or not looks_like_name(words[nxt]):
            break
        head = words[end - 1].plain.casefold()
        if _is_possessive(words, end) and _possessive_in_name(words, end):
            end = nxt + 1  # "Monmouth County Prosecutor's Office", "Teachers' Federation"
            continue
        common_head = (
            is_common(head) and not is_title(head) and not starts_sentence(words, end - 1)
        )  # "Brookfield Registrar of Voters", "Chiefs of Ontario"
        if word == "of" and (_takes_of(head) or common_head):
            end = nxt + 1
        elif word == "for" and _takes_of(head) and cue_type([head])[0] != "OTHER":
            end = nxt + 1  # "Centers for Disease Control", "Institute for Fiscal Studies"
        elif word in PARTICLES:
            end = nxt + 1  # "Charles de Gaulle", "Ursula von der Leyen"
        elif word == "&" or word == "and" and _joins_and(words, start, end):
            end = nxt + 1
        else:
            break
    return end


def _list_in_name(words: Sequence[Word], start: int, comma: int) -> int:
    """Where a list of ordinary words inside an agency's name ends, or ``comma`` if none.

    "Ministry of Agriculture, Fisheries and Food" is one name: a head that takes "of", then
    capitalised dictionary words separated by commas and closed by "and". Not "the Ministry of
    Health, Ana Brill said" nor "the Department of Defense, Russia and Ukraine".
    """
    inside = [w.plain.casefold() for w in words[start:comma]]
    joiner = next((k for k, w in enumerate(inside) if w in ("of", "for")), None)
    if joiner is None or joiner == 0 or not _takes_of(inside[joiner - 1]):
        return comma
    k, items = comma, 0
    while k < len(words) and items < 8:
        if words[k].plain == "," and k + 1 < len(words) and words[k + 1].plain == "and":
            k += 1  # an Oxford comma: "Tobacco, Firearms, and Explosives"
        mark = words[k].plain
        if mark not in (",", "and", "&"):
            return comma
        item = k + 1
        while item < len(words) and item - k <= 2 and looks_like_name(words[item]):
            if not is_common(words[item].plain) or place_type(words[item].plain):
                return comma
            item += 1
        if item == k + 1:
            return comma
        items += 1
        k = item
        if mark in ("and", "&"):
            return k
    return comma


def _is_possessive(words: Sequence[Word], index: int) -> bool:
    """ "'s" after a word, or the lone apostrophe of a plural possessive ("Pilots' Union")."""
    word = words[index].plain
    if word == "'s":
        return True
    before = words[index - 1].plain if index > 0 else ""
    glued = index > 0 and words[index - 1].end == words[index].start
    return word == "'" and glued and before.endswith("s") and before[:1].isupper()


def _name_words_after(words: Sequence[Word], index: int) -> list[str]:
    """The capitalised words of the name that starts at ``index``, through possessives:
    "Pilots' Union" -> ["Pilots", "Union"]."""
    found: list[str] = []
    k = index
    while k < len(words):
        if looks_like_name(words[k]):
            found.append(words[k].plain)
        elif not (found and _is_possessive(words, k)):
            break
        k += 1
    return found


def is_model_code(words: Sequence[Word], index: int) -> bool:
    """A model number before what it names: "B787 jets", "F-35 fighters", "X2 sedans".

    A code on its own ("lot code NV25") is not a name.
    """
    if index + 1 >= len(words):
        return False
    return words[index + 1].text in _PRODUCT_NOUNS and bool(_MODEL.match(words[index].text))


def _is_channel_number(words: Sequence[Word], index: int) -> bool:
    """A TV channel's number inside its name: "WKXT 5 News", "Channel 4 News"."""
    if index == 0 or index + 1 >= len(words):
        return False
    number, before, after = words[index].text, words[index - 1], words[index + 1]
    return (
        number.isdigit()
        and len(number) <= 2
        and (is_acronym(before.text) or before.plain.casefold() == "channel")
        and after.plain.casefold() in ("news", "tv", "radio")
        and is_capitalised(after.text)
    )


def _possessive_in_name(words: Sequence[Word], index: int) -> bool:
    """Is the "'s" at ``index`` inside a name? Yes after an ordinary word before a name's head.

    "Prosecutor's Office" and "Teachers' Federation" are one name; "Ukraine's Independence
    Day" and "Elm City's Beacon Stadium" are two.
    """
    before = words[index - 1].plain
    if before.casefold() in vocab.GPE_CUES or place_type(before):
        return False  # a place's possession: "Tessop County's Health Department"
    after = index + 1
    while after < len(words) and looks_like_name(words[after]):
        after += 1
    following = [w.plain for w in words[index + 1 : after]]
    kind, cue = cue_type(["x", *following])
    if kind is None or len(following) > 2:
        return False
    if index >= 2 and words[index - 2].plain.casefold() in ("st.", "st", "saint"):
        return True  # "St. Anne's Parish", "St. Mary's Hospital"
    shop = len(following) == 1 and cue in _SHOPS  # "Pratt's Bakery"
    return kind in ("ORGANIZATION", "FACILITY") and (is_common(before) or shop)


def _takes_of(head: str) -> bool:
    """Words that take "of" inside a name: "Department of", "Republic of", "Centers for"."""
    head = head.rstrip(".")
    if head in ("city", "state", "states"):
        return False  # "Mayor of the city of Riverton": not one name
    forms = {head, head[:-1]} if head.endswith("s") and len(head) > 3 else {head}
    return any(form in _HEADS_WITH_OF for form in forms)


def _joins_and(words: Sequence[Word], start: int, end: int) -> bool:
    """ "Department of Health and Human Services" is one name; "Tessop and Varnley" are two."""
    inside = [w.plain for w in words[start:end]]
    following = _name_words_after(words, end + 1)
    if place_type(" ".join(inside + ["and", following[0]])) is not None:
        return True  # "Trinidad and Tobago"
    if "of" in inside or "for" in inside:  # "Department of Health and Human Services"
        if len(following) == 1:  # "Centers for Disease Control and Prevention"; not "... and NATO"
            return is_common(following[0]) and not place_type(following[0])
        return following[0].casefold() not in vocab.ORGANIZATION_CUES
    # "Maidstone and Tunbridge Wells NHS Trust", "House Transportation and Infrastructure
    # Committee"; but "Tessop and Varnley", "Russia and Ukraine" are two names.
    return (
        len(following) >= 2
        and cue_type(following)[0] == "ORGANIZATION"
        and cue_type(inside)[0] in (None, "OTHER")  # "State Law and Order Restoration Council"
        and not is_country(" ".join(inside))  # "Britain and Velkor AB" are two names
        and not looks_like_person(inside)
        and not is_title(inside[0])
    )
