"""Step 1: words and tags, read from the shared document; and what a word looks like.

The sentences, their words and their part-of-speech tags come from :mod:`lessons.document`,
computed once per article for every lesson. This module adds what lesson 3 asks of a word: is
it capitalised, a job title, an acronym, a dictionary word whose capital may be the sentence's?

>>> [(w.text, is_common(w.text), is_acronym(w.text)) for w in read_words("New BBC poll")]
[('New', True, False), ('BBC', False, True), ('poll', True, False)]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import islice

from lessons import nlp, vocab
from lessons.article import Span
from lessons.document import STRAIGHT, StorySentence, Word, tag_words, word_shapes

_OPENERS = frozenset("\"`'([{-—–:") | {"``", "''", "--", "‘", "“"}
_ACRONYM = re.compile(r"^(?:[A-Z][A-Za-z&]{0,1}){1,3}[A-Z]$|^(?:[A-Z]\.){2,4}$|^[A-Z]{2,6}s?$")
_JOINERS = frozenset(
    "of for and the without against on in at to by from with under over upon & de du la le".split()
)
_NOUN_ENDINGS = ("ity", "tion", "ment", "ness", "ism", "ogy", "ance", "ence", "ship")
_NOT_ROLES = vocab.word_set("entity_not_roles")  # "Greater", "Former": not a person's role


def read_words(text: str) -> tuple[Word, ...]:
    """The words of a text, offsets counted from its start (the document's word rules)."""
    return tuple(Word(word, start, end) for word, start, end in word_shapes(text))


def pos_tags(text: str) -> list[tuple[str, str]]:
    """Part-of-speech tags for the words of a sentence.

    >>> pos_tags("Mayor Ana Brill spoke.")
    [('Mayor', 'NNP'), ('Ana', 'NNP'), ('Brill', 'NNP'), ('spoke', 'VBD'), ('.', '.')]
    """
    words = read_words(text)
    return list(zip([w.text for w in words], tag_words(words), strict=True))


def in_title_case(sentence: StorySentence) -> bool:
    """True for a headline, dek or caption line In Title Case ("Mayor Wins Vote").

    Its capitals say little about names: only names known from the body are kept there.
    """
    if sentence.paragraph is not None:
        return False
    return is_title_case(sentence.words, least=2 if sentence.part == "headline" else 3)


def is_title_case(words: Sequence[Word], least: int = 3) -> bool:
    """True for a headline In Title Case: most words after the first start with a capital."""
    content = [
        w.text
        for w in words[1:]
        if w.text[:1].isalpha() and w.text.casefold() not in nlp.stopwords() and len(w.text) > 1
    ]
    if len(content) < least:
        return False
    capitals = sum(1 for t in content if t[:1].isupper())
    return capitals >= 0.75 * len(content)


def straight_quotes(word: str) -> str:
    """The word with straight quotes and apostrophes: "Ukraine’s" reads as "Ukraine's"."""
    return word.translate(STRAIGHT)


@lru_cache(maxsize=16384)
def fold(text: str) -> str:
    """The form used to compare names: "U.S." and "US", "Ukraine’s" and "Ukraine" agree."""
    text = re.sub(r"\s+", " ", straight_quotes(text)).strip()
    text = re.sub(r"(?:'s|')$", "", text)
    text = re.sub(r"^the ", "", text, flags=re.IGNORECASE)
    return text.replace(".", "").casefold()


# ---------------------------------------------------------------------------------------------
# What a word looks like


def is_small_word(word: str) -> bool:
    """ "of", "and", "without": words that are capitalised only inside a name or a title."""
    return word.casefold() in nlp.stopwords() or word.casefold() in ("without", "against")


def is_joiner(word: str) -> bool:
    """Small words that join the parts of a name ("Doctors Without Borders", "Friends of the
    Earth"); not adverbs like "now" or "just", which a quoted label ("Go Now") may have."""
    return word.casefold() in _JOINERS


def is_capitalised(word: str) -> bool:
    return word[:1].isupper() and any(c.isalpha() for c in word)


def is_date_word(word: str) -> bool:
    return word.casefold() in vocab.WEEKDAYS_AND_MONTHS


def is_title(word: str) -> bool:
    """A job title or rank, also in hyphens: "Mayor", "Lieutenant-General", "Vice-Admiral"."""
    low = word.casefold()
    if low in vocab.TITLES:
        return True
    parts = low.split("-")
    return len(parts) > 1 and all(p in vocab.TITLES or p in ("vice", "ex") for p in parts)


@lru_cache(maxsize=65536)
def is_common(word: str) -> bool:
    """A dictionary word ("New", "Similar", "Inspectors"): its capital may be the sentence's."""
    low = straight_quotes(word).casefold()
    if low in nlp.stopwords():
        return True
    common = nlp.common_words()
    if low in common or low in ("children", "women", "men", "people"):
        return True
    if len(low) > 7 and low.endswith(_NOUN_ENDINGS):
        return True  # "Cybersecurity", "Digitalization": made-up words, but not names
    endings = (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""))
    for ending, stem in (*endings, ("ers", ""), ("ers", "e")):  # "Hunters": people who hunt
        if low.endswith(ending) and low[: -len(ending)] + stem in common:
            return True
    american = re.sub(r"our(s?)$", r"or\1", low)  # "Neighbours": British spelling
    return american != low and is_common(american)


def is_role_noun(word: str) -> bool:
    """A dictionary word for a person's role ("Developer", "Analyst"), not an adjective."""
    low = word.casefold()
    return (
        is_common(word)
        and low.endswith(("er", "or", "ist", "ian", "ant", "ent"))
        and low not in _NOT_ROLES
        and word not in nlp.first_names()
    )


def is_acronym(word: str) -> bool:
    """ "BBC", "U.S.", "RWA", "NATO" (not "I" or "A")."""
    return bool(_ACRONYM.match(word)) and sum(c.isupper() for c in word) >= 2


def looks_like_name(word: Word | Span) -> bool:
    """A capitalised word that may be (part of) a name: not "I", a date, a number or "pro-Kyiv"."""
    return _looks_like_name(word.text)


@lru_cache(maxsize=65536)  # asked of every word, often more than once: answered once per spelling
def _looks_like_name(text: str) -> bool:
    return (
        is_capitalised(text)
        and not any(c.isdigit() for c in text)
        and "/" not in text
        and text not in ("I", "I'm", "I’m", "No.", "Nos.")
        and not is_date_word(text)
        and not is_hyphen_compound(text)
        and not _shouted_small_word(text)
    )


def _shouted_small_word(text: str) -> bool:
    """ "FOR", "IN", "AT" in a line of capitals: small words, not names ("US" may be one)."""
    low = text.casefold()
    return text.isupper() and len(low) > 1 and low in nlp.stopwords() and low not in ("us", "it")


def is_hyphen_compound(text: str) -> bool:
    """ "Chicago-based", "pro-Russian": a name glued to ordinary words."""
    if "-" not in text:
        return False
    parts = text.split("-")
    if len(parts) < 2 or not all(parts):
        return False
    return any(p[:1].isupper() for p in parts) and not all(p[:1].isupper() for p in parts)


# ---------------------------------------------------------------------------------------------
# Where a word stands


def starts_sentence(words: Sequence[Word], index: int) -> bool:
    """True for the first word of a sentence, or of a quotation inside it ("me, 'Are they")."""
    if index == 0:
        return True
    before = words[index - 1]
    if before.plain in ('"', "'", "``", "''", "(", "["):
        return before.end == words[index].start  # an opening mark sticks to the next word
    if before.plain in _OPENERS or before.plain in (".", "!", "?"):
        return True
    if before.text.endswith(".") and before.text[:1].islower():
        return True  # Punkt kept "... fell ill. His colleague" together
    # islice, not words[:index]: a copy of every word before would make a long sentence quadratic
    return all(not any(c.isalnum() for c in w.text) for w in islice(words, index))


def glued_initials(words: Sequence[Span]) -> bool:
    """ "AT&T", "P&O": letters and "&" written without spaces."""
    return all(a.end == b.start for a, b in zip(words, words[1:], strict=False)) and all(
        len(w.text) <= 2 for w in words
    )
