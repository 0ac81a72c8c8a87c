"""Lesson 3: tag the named entities: the people, organisations and places in a story.

A reporter reading a story keeps a list in their head: who is in it, which organisations, which
places. This module builds that list the way chapter 7 of the NLTK book does, in four steps:

1. **Words and tags.** Each sentence is split into words, and NLTK's averaged perceptron tagger
   gives each word a part-of-speech tag (``NNP`` is a proper noun: a name).
2. **Spans.** NLTK's binary named-entity chunker marks stretches of words that look like names
   (``NE``), without saying what kind, and makes mistakes no reporter would make
   (:func:`chunker_report` lists them). The kit takes runs of capitalised words and repairs them
   with rules: titles split off ("Defense Secretary Ada Brennock" is the person Ada Brennock),
   "of" inside names ("Department of Defense"), acronyms, possessives ("Ukraine's"), sentence
   starters ("New precautions"; the chunker is asked when a starter is in doubt), headlines In
   Title Case, datelines ("RIVERTON, Ohio (NWS) -"), bylines and photo credits.
3. **Types.** Each name gets a type: PERSON, ORGANIZATION, GPE (a country, state, city or town:
   a place with a government), LOCATION (a river, an island, a region), FACILITY (a bridge, an
   airport, a street) or OTHER (a storm, a law, a holiday). Word lists from NLTK (countries,
   first names) and from :mod:`lessons.vocab` (titles, "Authority", "Bridge") decide most of them;
   the words around a name decide the rest ("in Tessop" is a place, "Tull, 71," a person).
4. **Grouping.** "Ada Brennock" and, later, "Brennock" are one person: one entity, two mentions.

>>> from lessons.article import parse_article
>>> article = parse_article("Mayor Wins Vote\\n\\nMayor Ana Brill won in Riverton. Brill was glad.")
>>> [(e.text, e.type, e.count) for e in find_entities(article)]
[('Ana Brill', 'PERSON', 2), ('Riverton', 'GPE', 1)]
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache

from lessons import nlp, vocab
from lessons.article import TRAILING_CREDIT, Article, Span, split_words
from lessons.article import split_sentences as _split_sentences

ENTITY_TYPES = ("PERSON", "ORGANIZATION", "GPE", "LOCATION", "FACILITY", "OTHER")

# ---------------------------------------------------------------------------------------------
# What the lesson produces


@dataclass(frozen=True)
class Mention(Span):
    """One place in the text where an entity is named.

    ``title`` is the job title in front of a person's name ("Defense Secretary"), ``part`` the
    story part the mention is in ("headline", "paragraph 3") and ``sentence`` the number of the
    sentence (counting headline, dek and caption too), used to see who appears with whom.
    """

    title: str = ""
    part: str = ""
    sentence: int = 0


@dataclass(frozen=True)
class Entity:
    """One person, organisation or place, with every mention of it.

    ``text`` is the fullest form of the name ("Ada Brennock", not "Brennock"); ``reason`` says which
    rule decided the type, so a student can argue with it.
    """

    text: str
    type: str
    mentions: tuple[Span, ...]
    reason: str = ""

    @property
    def count(self) -> int:
        return len(self.mentions)

    @property
    def title(self) -> str:
        """The first job title written in front of the name, or ""."""
        return next((m.title for m in self.mentions if getattr(m, "title", "")), "")

    def to_dict(self) -> dict[str, object]:
        return {
            "text": self.text,
            "type": self.type,
            "count": self.count,
            "mentions": [{"text": m.text, "start": m.start, "end": m.end} for m in self.mentions],
        }


# ---------------------------------------------------------------------------------------------
# Step 1: words and their part-of-speech tags

_STRAIGHT = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})


@dataclass(frozen=True)
class Word(Span):
    """One word of a sentence, with its offsets."""

    @property
    def plain(self) -> str:
        """The word with straight apostrophes: "Ukraine’s" and "Ukraine's" look alike."""
        return self.text.translate(_STRAIGHT)


@dataclass(frozen=True)
class StorySentence:
    """A sentence of a story part, split into words.

    Its part-of-speech ``tags`` and the NE chunker's ``chunks`` are computed the first time a
    rule asks for them, once per sentence: most names are settled by capitals and word lists,
    and a 1 MB text stays fast.
    """

    part: str
    span: Span
    words: tuple[Word, ...]
    title_case: bool
    # Tags and chunks already computed in this article, by sentence text, shared by its
    # sentences: a sentence that comes back (a repeated line, a wire paragraph) is tagged once.
    seen: dict[tuple[str, str], tuple] = field(default_factory=dict, compare=False, repr=False)

    @cached_property
    def tags(self) -> tuple[str, ...]:
        """Penn Treebank tags, one per word (NNP = proper noun, JJ = adjective ...)."""
        key = ("tags", self.span.text)
        if key not in self.seen:
            self.seen[key] = tuple(_tag(self.words))
        return self.seen[key]

    @cached_property
    def chunks(self) -> tuple[tuple[int, int], ...]:
        """(first, last + 1) word indexes of each name NLTK's binary NE chunker finds."""
        key = ("chunks", self.span.text)
        if key not in self.seen:
            self.seen[key] = self._chunk()
        return self.seen[key]

    def _chunk(self) -> tuple[tuple[int, int], ...]:
        from nltk import Tree

        if not self.words:
            return ()
        tagged = list(zip([w.plain for w in self.words], self.tags, strict=True))
        spans, index = [], 0
        for child in nlp.entity_chunker().parse(tagged):
            if isinstance(child, Tree):
                size = len(child.leaves())
                spans.append((index, index + size))
                index += size
            else:
                index += 1
        return tuple(spans)


def _split_words(span: Span) -> list[Span]:
    """Words with offsets; curly quotes are read as straight ones so "Ukraine’s" splits well."""
    return [Span(text, span.start + a, span.start + b) for text, a, b in _word_shapes(span.text)]


def _word_shapes(text: str) -> tuple[tuple[str, int, int], ...]:
    """The words of a text as (word, start, end), offsets counted from the start of the text.

    >>> _word_shapes("Kyiv’s mayor")
    (('Kyiv', 0, 4), ('’s', 4, 6), ('mayor', 7, 12))
    """
    plain = Span(text.translate(_STRAIGHT), 0, len(text))
    return tuple((text[t.start : t.end], t.start, t.end) for t in split_words(plain))


def _tag(words: Sequence[Span]) -> list[str]:
    texts = [w.text.translate(_STRAIGHT) for w in words]
    texts = ["``" if t == '"' else t for t in texts]
    return [tag for _, tag in nlp.tag_words(texts)] if texts else []


def pos_tags(text: str) -> list[tuple[str, str]]:
    """Part-of-speech tags for the words of a sentence.

    >>> pos_tags("Mayor Ana Brill spoke.")
    [('Mayor', 'NNP'), ('Ana', 'NNP'), ('Brill', 'NNP'), ('spoke', 'VBD'), ('.', '.')]
    """
    words = _split_words(Span(text, 0, len(text)))
    return list(zip([w.text for w in words], _tag(words), strict=True))


def _is_title_case(words: Sequence[Word], least: int = 3) -> bool:
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


_SLASH_CREDIT = re.compile(
    r"(?<=[.!?)])\s+(?P<credit>[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3}\s*/\s*"
    r"[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3})\s*$"
)


def _caption_credit(article: Article) -> Span | None:
    """The photo credit at the end of a caption ("... 2024. AP/Jo Mercado"), if any."""
    caption = article.caption
    if caption is None:
        return None
    text = caption.text
    start = None
    credit = article.photo_credit
    if credit is not None and text.endswith(credit.text) and len(text) > len(credit.text):
        start = len(text) - len(credit.text)
    elif (match := _SLASH_CREDIT.search(text)) is not None:
        start = match.start("credit")
    elif (match := TRAILING_CREDIT.search(text)) is not None and match.start() > 0:
        start = match.start() + len(match.group()) - len(match.group().lstrip(" ("))
    if start is None:
        return None
    piece = text[start:].rstrip(" )")
    return Span(piece, caption.start + start, caption.start + start + len(piece))


def _story_spans(article: Article) -> list[tuple[str, Span]]:
    """The story parts with a caption's trailing credit and the dateline cut off."""
    spans: list[tuple[str, Span]] = []
    for name, span in article.story_parts():
        text = span.text
        if name == "caption" and (credit := _caption_credit(article)) is not None:
            text = text[: credit.start - span.start].rstrip(" (")
        start = span.start
        if article.dateline is not None and span.start <= article.dateline.start < span.end:
            cut = article.dateline.end - span.start
            rest = text[cut:]
            skip = len(rest) - len(rest.lstrip(" \t—–-:"))
            start = span.start + cut + skip
            text = text[cut + skip :]
        if text.strip():
            spans.append((name, Span(text, start, start + len(text))))
    return spans


def _join_title_breaks(sentences: list[Span], raw: str) -> list[Span]:
    """Punkt ends a sentence after "Gov." or "Sgt."; a title abbreviation is not an end.

    "The bill goes to Gov. Lena Pryor." is one sentence, and Lena Pryor has a title.
    """
    joined: list[Span] = []
    for sentence in sentences:
        if joined and sentence.text[:1].isupper():
            words = joined[-1].text.split()
            if words and words[-1].endswith(".") and _is_title(words[-1]):
                start = joined[-1].start
                joined[-1] = Span(raw[start : sentence.end], start, sentence.end)
                continue
        joined.append(sentence)
    return joined


def _sentences_of(span: Span, pieces: dict[str, list[tuple[int, int]]]) -> list[Span]:
    """The sentences of a span (Punkt), splitting each distinct text once: ``pieces`` keeps
    the (start, end) of the sentences of every text already split, counted from its start."""
    found = pieces.get(span.text)
    if found is None:
        whole = Span(span.text, 0, len(span.text))
        found = pieces[span.text] = [(s.start, s.end) for s in _split_sentences(whole)]
    return [Span(span.text[a:b], span.start + a, span.start + b) for a, b in found]


@lru_cache(maxsize=32)
def story_sentences(article: Article) -> tuple[StorySentence, ...]:
    """Every sentence of the story parts (headline, dek, caption, body), split into words."""
    result: list[StorySentence] = []
    pieces: dict[str, list[tuple[int, int]]] = {}  # a repeated paragraph is split once
    shapes: dict[str, tuple[tuple[str, int, int], ...]] = {}  # a repeated sentence too
    seen: dict[tuple[str, str], tuple] = {}
    for name, span in _story_spans(article):
        for sentence in _join_title_breaks(_sentences_of(span, pieces), article.raw):
            shape = shapes.get(sentence.text)
            if shape is None:
                shape = shapes[sentence.text] = _word_shapes(sentence.text)
            start = sentence.start
            words = tuple(Word(text, start + a, start + b) for text, a, b in shape)
            if words:
                least = 2 if name == "headline" else 3  # "Mayor Wins Vote"
                headline_like = not name.startswith("paragraph") and _is_title_case(words, least)
                result.append(StorySentence(name, sentence, words, headline_like, seen))
    return tuple(result)


# ---------------------------------------------------------------------------------------------
# Step 2a: what the tools give us out of the box

DEFAULT_GRAMMAR = r"""
NAME: {<NNP|NNPS>+}    # one or more proper nouns in a row: "Ada Brennock"
"""


@cache
def _regexp_parser(grammar: str):  # noqa: ANN202 - nltk.RegexpParser
    import nltk

    return nltk.RegexpParser(grammar)


def chunk_tree(tagged: Sequence[tuple[str, str]], grammar: str = DEFAULT_GRAMMAR):  # noqa: ANN201
    """Chunk tagged words with a regular-expression grammar over POS tags (an nltk.Tree).

    >>> print(chunk_tree(pos_tags("Mayor Ana Brill spoke.")).pformat())
    (S (NAME Mayor/NNP Ana/NNP Brill/NNP) spoke/VBD ./.)
    """
    return _regexp_parser(grammar).parse(list(tagged))


def bracketed(tree) -> str:  # noqa: ANN001 - an nltk.Tree
    """A chunk tree on one line, chunks in brackets: "the [NAME Department of Defense] tells".

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


def chunker_names(article: Article) -> list[Span]:
    """What NLTK's binary NE chunker alone marks as names in the story parts, no repairs."""
    names: list[Span] = []
    for sentence in story_sentences(article):
        for a, b in sentence.chunks:
            start, end = sentence.words[a].start, sentence.words[b - 1].end
            names.append(Span(article.raw[start:end], start, end))
    return names


# ---------------------------------------------------------------------------------------------
# Step 2b: repairs. Which runs of words are names?

_PARTICLES = frozenset("de da di del della der den van von la le du dos bin ibn al el".split())
_OPENERS = frozenset("\"`'([{-—–:") | {"``", "''", "--", "‘", "“"}
_NUMBERED = frozenset("local pier route highway interstate terminal gate flight ward".split())
_AGE = re.compile(r"^\d{1,3}$")
_ACRONYM = re.compile(r"^(?:[A-Z][A-Za-z&]{0,1}){1,3}[A-Z]$|^(?:[A-Z]\.){2,4}$|^[A-Z]{2,6}s?$")
_HYPHEN_PLACE = ("based", "born", "area", "bound", "raised")
_COMPANY_FORMS = frozenset(
    """
    inc inc. corp corp. co co. ltd ltd. llc plc group holdings company foods industries bank
    securities capital partners airlines motors technologies pharmaceuticals media energy brands
    labs systems properties realty ventures enterprises consulting associates logistics
    solutions communications polymers chemicals plastics materials therapeutics biologics
    pharma steel mining petroleum minerals metals textiles utilities insurance bancorp air
    """.split()
)  # "Velkor Steel" may be called "Velkor" later on
_LOCATIVE = frozenset(
    "in near outside across throughout around into inside within toward towards".split()
)
_PLACE_NOUNS = frozenset(
    """
    province provinces region regions state states county counties city cities town towns
    village villages district districts capital island islands country countries oblast
    suburb suburbs neighborhood neighbourhood municipality port
    """.split()
)  # "the provinces of Tessop", "the port of Klaipeda"
_SERVICES = frozenset(
    """
    water school schools fire health sanitation irrigation utility utilities transit library
    park parks sewer conservation hospital police drainage
    """.split()
)  # "School District", "Health District": a public body, not a territory
_PARTS_OF_TOWN = frozenset("downtown uptown midtown suburban rural".split())
_COMPASS = frozenset("northern southern eastern western central coastal".split())
_COMPASS_NAMES = frozenset("north south east west northern southern eastern western".split())
_MOVES = frozenset(
    """
    move moved moves moving relocate relocated relocating fly flew flies flying travel
    travelled traveled traveling travelling return returned returning flee fled fleeing drive
    drove driving evacuated evacuate head headed heading emigrated emigrate commute commuted
    commutes sailed deported
    """.split()
)  # "moved to Qarvell": verbs of going, then "to" and a place
_PLACE_FOLLOWERS = frozenset(
    """
    residents resident officials official police council school schools board voters
    mayor's neighborhood neighbourhood area region county city town streets homes
    """.split()
)
_PERSON_NOUNS = frozenset(
    """
    resident nurse pediatrician doctor physician surgeon teacher parent mother father wife
    husband son daughter brother sister farmer owner worker engineer student lawyer attorney
    official analyst economist scientist researcher professor activist veteran survivor
    witness neighbor neighbour retiree volunteer driver pilot officer member colleague
    friend spokesman spokeswoman spokesperson grandmother grandfather
    """.split()
)
_DEMONYM_ENDINGS = ("an", "ine", "ese", "ish", "ic", "i")
_NEWSPAPERS = frozenset(
    """
    courier chronicle messenger telegraph observer examiner inquirer enquirer sentinel ledger
    bulletin dispatch advertiser herald gazette tribune times post journal
    """.split()
)  # "told the Courier": a newspaper's one-word name, not a back-reference
_OF_PLACE = frozenset(
    """
    residents people citizens mayor governor outskirts streets centre center north south east
    west heart edge suburbs
    """.split()
)
_DEMONYM_NOUNS = frozenset(
    """
    man woman men women resident residents native couple family teen teenager boy girl
    company firm student
    """.split()
)
_SHOPS = frozenset(
    "bakery diner restaurant cafe café pub tavern grill store shop deli pharmacy salon".split()
)
_AFFILIATIONS = frozenset(
    """
    republican republicans democrat democrats democratic conservative conservatives liberal
    liberals labour tory tories socialist socialists communist communists
    """.split()
)
_ORG_NOUNS = frozenset(
    """
    journal newspaper magazine company firm agency group nonprofit charity union network
    broadcaster retailer startup insurer chain lender carrier airline maker manufacturer
    regulator watchdog operator supplier producer publisher utility bank university college
    party club team league association organization organisation cooperative coalition
    alliance automaker carmaker drugmaker conglomerate
    """.split()
)  # "the journal Pediatrics"; "Unison, the union that ..."
_TOWN_NOUNS = frozenset(
    """
    town city village suburb hamlet community borough county province state country capital
    port island region district municipality
    """.split()
)  # "Denholm, a market town of 40,000 people"
_INSTITUTIONS = frozenset("school academy college elementary hospital".split())
_SCHOOLS = frozenset("university college".split())
_VENUES = frozenset(
    "stadium field arena park ballpark speedway raceway coliseum velodrome bowl dome".split()
)
_STREETS = frozenset("street avenue road lane drive boulevard".split())


def _plain(word: str) -> str:
    return word.translate(_STRAIGHT)


@lru_cache(maxsize=16384)
def _fold(text: str) -> str:
    """The form used to compare names: "U.S." and "US", "Ukraine’s" and "Ukraine" agree."""
    text = re.sub(r"\s+", " ", _plain(text)).strip()
    text = re.sub(r"(?:'s|')$", "", text)
    text = re.sub(r"^the ", "", text, flags=re.IGNORECASE)
    return text.replace(".", "").casefold()


def _is_small_word(word: str) -> bool:
    """ "of", "and", "without": words that are capitalised only inside a name or a title."""
    return word.casefold() in nlp.stopwords() or word.casefold() in ("without", "against")


_JOINERS = frozenset(
    "of for and the without against on in at to by from with under over upon & de du la le".split()
)


def _is_joiner(word: str) -> bool:
    """Small words that join the parts of a name ("Doctors Without Borders", "Friends of the
    Earth"); not adverbs like "now" or "just", which a quoted label ("Go Now") may have."""
    return word.casefold() in _JOINERS


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper() and any(c.isalpha() for c in word)


def _is_date_word(word: str) -> bool:
    return word.casefold() in vocab.WEEKDAYS_AND_MONTHS


def _is_title(word: str) -> bool:
    return word.casefold() in vocab.TITLES


_NOUN_ENDINGS = ("ity", "tion", "ment", "ness", "ism", "ogy", "ance", "ence", "ship")


def _is_common(word: str) -> bool:
    """A dictionary word ("New", "Similar", "Inspectors"): its capital may be the sentence's."""
    low = _plain(word).casefold()
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
    return american != low and _is_common(american)


def _is_role_noun(word: str) -> bool:
    """A dictionary word for a person's role ("Developer", "Analyst"), not an adjective."""
    low = word.casefold()
    return (
        _is_common(word)
        and low.endswith(("er", "or", "ist", "ian", "ant", "ent"))
        and low not in _NOT_ROLES
        and word not in nlp.first_names()
    )


_NOT_ROLES = frozenset(
    "greater upper lower inner outer former latter under over silver copper summer winter".split()
)


@lru_cache(maxsize=16384)
def _place_key(text: str) -> str:
    """Places are compared with their capitals ("In" is not Indiana), dots and 's dropped."""
    text = re.sub(r"\s+", " ", _plain(text)).strip()
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
    for name in vocab.WORLD_CITIES:
        places[_place_key(name)] = "GPE"
    for name in ("U.S.", "U.S.A.", "U.K.", "UK", "EU", "UAE", "D.C.", "Carolinas", "Dakotas"):
        places[_place_key(name)] = "GPE"
    for name in vocab.REGIONS:
        places[_place_key(name)] = "LOCATION"
    return places


def _place_type(text: str) -> str | None:
    """GPE or LOCATION when a gazetteer knows the name.

    >>> _place_type("Ohio"), _place_type("Quezon City"), _place_type("In"), _place_type("Tessop")
    ('GPE', 'GPE', None, None)
    """
    return _places().get(_place_key(text))


@cache
def _nationalities() -> frozenset[str]:
    names = nlp.gazetteer("nationalities.txt")
    return frozenset(_fold(n) for n in names) | frozenset(_fold(n) + "s" for n in names)


def _is_nationality(text: str) -> bool:
    return _fold(text) in _nationalities()


def _is_acronym(word: str) -> bool:
    """ "BBC", "U.S.", "RWA", "NATO" (not "I" or "A")."""
    return bool(_ACRONYM.match(word)) and sum(c.isupper() for c in word) >= 2


def _looks_like_name(word: Word | Span) -> bool:
    text = word.text
    return (
        _is_capitalised(text)
        and not any(c.isdigit() for c in text)
        and "/" not in text
        and text not in ("I", "I'm", "I’m", "No.", "Nos.")
        and not _is_date_word(text)
        and not _is_hyphen_compound(text)
    )


def _is_hyphen_compound(text: str) -> bool:
    """ "Chicago-based", "pro-Russian": a name glued to ordinary words."""
    parts = text.split("-")
    if len(parts) < 2 or not all(parts):
        return False
    return any(p[:1].isupper() for p in parts) and not all(p[:1].isupper() for p in parts)


@dataclass(frozen=True)
class _Name:
    """A name found in one sentence, before grouping and typing."""

    words: tuple[Span, ...]
    sentence: int
    part: str
    title: str = ""
    hints: frozenset[str] = frozenset()
    long_form: int | None = None  # start offset of the name an acronym abbreviates

    @property
    def start(self) -> int:
        return self.words[0].start

    @property
    def end(self) -> int:
        return self.words[-1].end

    @property
    def tokens(self) -> tuple[str, ...]:
        return tuple(_fold(w.text) for w in self.words)


def _starts_sentence(words: Sequence[Word], index: int) -> bool:
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
    return all(not any(c.isalnum() for c in w.text) for w in words[:index])


def _run_end(words: Sequence[Word], start: int) -> int:
    """Where a run of name words starting at ``start`` ends (exclusive).

    Lower-case "of", "de", "van", "&" stay inside a name when capitalised words follow and the
    name so far ends in a word that takes them ("Department of Defense", "Ministry of Health",
    "Charles de Gaulle", "Pear & Kale").
    """
    end = start + 1
    while end < len(words):
        word = words[end].plain
        if _looks_like_name(words[end]):
            end += 1
            continue
        if word.isdigit() and words[end - 1].text.casefold() in _NUMBERED:
            return end + 1  # "Pier 4", "Local 212", "Route 9"
        if _is_model_code(words, end):
            return end + 1  # "Zephyr X2 sedans"
        if _is_channel_number(words, end):
            end += 2  # "WKXT 5 News", "Channel 4 News"
            continue
        if word == "," and (listed := _list_in_name(words, start, end)) > end:
            return listed  # "Bureau of Alcohol, Tobacco, Firearms and Explosives"
        nxt = end + 1
        if word.casefold() == "of" and nxt < len(words) and words[nxt].text == "the":
            nxt += 1
        if word in _PARTICLES and nxt < len(words) and words[nxt].text in _PARTICLES:
            nxt += 1  # "Ursula von der Leyen"
        if nxt >= len(words) or not _looks_like_name(words[nxt]):
            break
        head = words[end - 1].plain.casefold()
        if _is_possessive(words, end) and _possessive_in_name(words, end):
            end = nxt + 1  # "Monmouth County Prosecutor's Office", "Teachers' Federation"
            continue
        common_head = (
            _is_common(head) and not _is_title(head) and not _starts_sentence(words, end - 1)
        )  # "Brookfield Registrar of Voters", "Chiefs of Ontario"
        if word == "of" and (_takes_of(head) or common_head):
            end = nxt + 1
        elif word == "for" and _takes_of(head) and _cue_type([head])[0] != "OTHER":
            end = nxt + 1  # "Centers for Disease Control", "Institute for Fiscal Studies"
        elif word in _PARTICLES:
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
        while item < len(words) and item - k <= 2 and _looks_like_name(words[item]):
            if not _is_common(words[item].plain) or _place_type(words[item].plain):
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
        if _looks_like_name(words[k]):
            found.append(words[k].plain)
        elif not (found and _is_possessive(words, k)):
            break
        k += 1
    return found


_MODEL = re.compile(r"^[A-Z][A-Za-z]{0,3}-?\d{1,4}[A-Za-z]{0,4}$")
_PRODUCT_NOUNS = frozenset(
    """
    jet jets aircraft airliner airliners plane planes helicopter helicopters fighter fighters
    bomber bombers drone drones truck trucks car cars sedan sedans suv suvs van vans tank
    tanks rifle rifles missile missiles rocket rockets engine engines phone phones smartphone
    smartphones laptop laptops chip chips locomotive locomotives satellite satellites
    """.split()
)


def _is_model_code(words: Sequence[Word], index: int) -> bool:
    """A model number before what it names: "B787 jets", "F-35 fighters", "X2 sedans".

    A code on its own ("lot code NV25") is not a name.
    """
    if index + 1 >= len(words):
        return False
    return bool(_MODEL.match(words[index].text)) and words[index + 1].text in _PRODUCT_NOUNS


def _is_channel_number(words: Sequence[Word], index: int) -> bool:
    """A TV channel's number inside its name: "WKXT 5 News", "Channel 4 News"."""
    if index == 0 or index + 1 >= len(words):
        return False
    number, before, after = words[index].text, words[index - 1], words[index + 1]
    return (
        number.isdigit()
        and len(number) <= 2
        and (_is_acronym(before.text) or before.plain.casefold() == "channel")
        and after.plain.casefold() in ("news", "tv", "radio")
        and _is_capitalised(after.text)
    )


def _possessive_in_name(words: Sequence[Word], index: int) -> bool:
    """Is the "'s" at ``index`` inside a name? Yes after an ordinary word before a name's head.

    "Prosecutor's Office" and "Teachers' Federation" are one name; "Ukraine's Independence
    Day" and "Elm City's Beacon Stadium" are two.
    """
    before = words[index - 1].plain
    if before.casefold() in vocab.GPE_CUES or _place_type(before):
        return False  # a place's possession: "Tessop County's Health Department"
    after = index + 1
    while after < len(words) and _looks_like_name(words[after]):
        after += 1
    following = [w.plain for w in words[index + 1 : after]]
    kind, cue = _cue_type(["x", *following])
    if kind is None or len(following) > 2:
        return False
    if index >= 2 and words[index - 2].plain.casefold() in ("st.", "st", "saint"):
        return True  # "St. Anne's Parish", "St. Mary's Hospital"
    shop = len(following) == 1 and cue in _SHOPS  # "Pratt's Bakery"
    return kind in ("ORGANIZATION", "FACILITY") and (_is_common(before) or shop)


def _takes_of(head: str) -> bool:
    """Words that take "of" inside a name: "Department of", "Republic of", "Centers for"."""
    head = head.rstrip(".")
    if head in ("city", "state", "states"):
        return False  # "Mayor of the city of Riverton": not one name
    forms = {head, head[:-1]} if head.endswith("s") and len(head) > 3 else {head}
    return any(form in _HEADS_WITH_OF for form in forms)


_HEADS_WITH_OF = (
    vocab.ORGANIZATION_CUES
    | vocab.GPE_CUES
    | vocab.LOCATION_CUES
    | vocab.FACILITY_CUES
    | vocab.OTHER_CUES
    | {"institute", "ministry", "office", "museum", "university", "bank", "isle"}
)


def _joins_and(words: Sequence[Word], start: int, end: int) -> bool:
    """ "Department of Health and Human Services" is one name; "Tessop and Varnley" are two."""
    inside = [w.plain for w in words[start:end]]
    following = _name_words_after(words, end + 1)
    if _place_type(" ".join(inside + ["and", following[0]])) is not None:
        return True  # "Trinidad and Tobago"
    if "of" in inside or "for" in inside:  # "Department of Health and Human Services"
        if len(following) == 1:  # "Centers for Disease Control and Prevention"; not "... and NATO"
            return _is_common(following[0]) and not _place_type(following[0])
        return following[0].casefold() not in vocab.ORGANIZATION_CUES
    # "Maidstone and Tunbridge Wells NHS Trust", "House Transportation and Infrastructure
    # Committee"; but "Tessop and Varnley", "Russia and Ukraine" are two names.
    return (
        len(following) >= 2
        and _cue_type(following)[0] == "ORGANIZATION"
        and _cue_type(inside)[0] is None
        and not _looks_like_person(inside)
        and not _is_title(inside[0])
    )


def _title_split(words: Sequence[Word]) -> int:
    """How many words at the front of a run are a job title ("Defense Secretary"), or 0.

    The title ends at the last title word that is followed by a name; "Office of the Prime
    Minister" and "City Council" are not split (nothing after the title word).
    """
    split = 0
    for i, word in enumerate(words[:-1]):
        rest = words[i + 1 :]
        if (
            _is_title(word.plain)
            and not _is_title(rest[0].plain)
            and rest[-1].plain.casefold() not in vocab.ORGANIZATION_CUES
            and not _is_joiner(rest[0].plain)  # "National Council for Marine Studies"
            and (
                len(rest) == 1
                or rest[0].plain in nlp.first_names()
                or not all(_is_common(w.plain) for w in rest)
            )
        ):  # "Mayor Ana Brill", "President Biden"; not "Mayor Wins Vote"
            split = i + 1
    return split


def _lowercase_title_before(words: Sequence[Word], start: int) -> str:
    """A job title just before a name ("Pentagon spokesman, Ivo Marten"), or ""."""
    i = start - 1
    if i >= 0 and words[i].text == ",":
        i -= 1
    if i < 0 or not words[i].text.islower() or not _is_title(words[i].plain):
        return ""
    first = i
    while first > 0 and (_is_title(words[first - 1].plain) or _looks_like_name(words[first - 1])):
        first -= 1
    while first < i and _is_small_word(words[first].plain):
        first += 1  # "The Pentagon spokesman" -> "Pentagon spokesman"
    return " ".join(w.text for w in words[first : i + 1])


def _in_a_list(words: Sequence[Word], end: int) -> bool:
    """Is the name ending at ``end`` followed by more names, closed by "and" or "or"?

    "Madrid, Tessop, Varnley and Qarn" is a list; "Ray Tull, 71, who ..." is not.
    """
    if end >= len(words) or words[end].text != ",":
        return False
    k = end
    while k < len(words) and k < end + 12 and (words[k].text == "," or _looks_like_name(words[k])):
        k += 1
    return k < len(words) and words[k].text in ("and", "or")


def _the_before_a_name(sentence: StorySentence, start: int, end: int) -> bool:
    """ "the Red Cross", "the Grace Foundation": "the" does not go before a person's name.

    Unless the name describes the next noun: "the Joe Ortiz campaign", "the Ana Brill case".
    """
    words = sentence.words
    if start == 0 or words[start - 1].plain.casefold() != "the" or end - start < 2:
        return False
    if not _looks_like_person([w.plain for w in words[start:end]]):
        return False
    return end >= len(words) or not sentence.tags[end].startswith("NN")


def _appositive_kind(words: Sequence[Word], end: int) -> str | None:
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
        if low in _PERSON_NOUNS or (_is_title(low) and low not in ("general", "chief", "head")):
            return "person"
        if low in _TOWN_NOUNS:
            return "place"
        if low in _ORG_NOUNS:
            return "org"
    return None


def _context_hints(words: Sequence[Word], start: int, end: int) -> set[str]:
    """What the words around a name say about its kind."""
    hints: set[str] = set()
    before = [w.plain.casefold() for w in words[max(0, start - 3) : start]]
    after = [w.plain.casefold() for w in words[end : end + 4]]
    prev = before[-1] if before else ""
    nxt = after[0] if after else ""
    if prev in _LOCATIVE or (prev == "to" and len(before) >= 2 and before[-2] in _MOVES):
        hints.add("place:in")  # "in Tessop", "moved to Tessop"
    if prev in _PARTS_OF_TOWN or (prev in _COMPASS and words[start - 1].text.islower()):
        hints.add("place:in")  # "downtown Tessop", "northern Tessop"
    if prev == "," and len(before) >= 2 and before[-2] in _PLACE_NOUNS:
        hints.add("place:of")  # "in the capital, Vessby"
    street = words[start - 2].text if prev == "," and start >= 2 else ""
    if street.casefold() in _STREETS and street[:1].isupper():
        hints.add("place:of")  # an address: "Mill Lane, Tessop"
    if prev == "of" and len(before) >= 2 and before[-2] in ("shares", "stock", "stake"):
        hints.add("org:shares")  # "Shares of Vantix fell"
    if prev in _ORG_NOUNS and len(before) >= 2 and before[-2] in ("the", "a", "an"):
        hints.add("org:noun")  # "the journal Pediatrics"
    if prev in ("a", "an") and nxt in _DEMONYM_NOUNS:
        hints.add("place:demonym")  # "a Bayonne man"
    if prev == "of" and start >= 2 and _looks_like_name(words[start - 2]):
        named = not _starts_sentence(words, start - 2) and not _is_common(words[start - 2].plain)
        if named:
            hints.add("org:of-person")  # "Joyce Feld of Harwell Securities"
    if prev == "the" or (prev == "'s" and len(before) >= 2):
        hints.add("the")
    if prev == "of" and len(before) >= 2 and before[-2] in (*_PLACE_NOUNS, *_OF_PLACE, ","):
        hints.add("place:of")  # "the provinces of Tessop", "Emily Sandoval, of Freehold,"
    if nxt in _PLACE_NOUNS and (len(after) < 2 or (after[1] != "of" and not _is_title(after[1]))):
        hints.add("place:noun")
    if nxt in _PLACE_FOLLOWERS and end - start <= 3:
        hints.add("place:follower")
    if nxt == "," and len(after) >= 2:
        following = words[end + 1]
        span_end = end + 2
        while span_end < len(words) and _looks_like_name(words[span_end]):
            span_end += 1
        region = " ".join(w.plain for w in words[end + 1 : span_end])
        if region and _place_type(region) == "GPE" and not _is_title(following.plain):
            hints.add("place:region")
        if _AGE.match(after[1]) and (len(after) < 3 or after[2] in (",", "and", "who")):
            hints.add("person:age")
        if after[1] in ("who", "whose"):
            hints.add("person:who")
        if after[1] in ("a", "an", "the", "his", "her", "their") and len(after) >= 3:
            noun = after[2]
            if (
                noun in _PERSON_NOUNS
                or _is_title(noun)
                or len(after) >= 4
                and (after[3] in _PERSON_NOUNS or _is_title(after[3]))
            ):
                hints.add("person:appositive")
        if _is_title(after[1]) and after[1] not in ("head", "leader"):
            hints.add("person:appositive")
        described = _appositive_kind(words, end)
        if described in ("place", "org"):
            hints.add(f"{described}:appositive")  # "Denholm, a market town", "Unison, the union"
    if nxt in vocab.SPEECH_VERBS or prev in vocab.SPEECH_VERBS:
        hints.add("speech")
    if nxt in ("who", "whose") or (nxt in ("he", "she") and prev in vocab.SPEECH_VERBS):
        hints.add("person:who")
    if _is_model_code(words, end - 1):
        hints.add("product")
    if nxt in ("and", "or") or prev in ("and", "or") or _in_a_list(words, end):
        hints.add("coordinated")
    if (prev == "to" and "from" in before) or (nxt == "to" and prev == "from"):
        hints.add("coordinated")  # "from Bergen to Stavanger"
    if nxt and nxt.islower() and _is_title(nxt) and nxt not in ("head", "leader", "general"):
        hints.add("org:title-after")
    return hints


@dataclass(frozen=True)
class _ArticleWords:
    """What the whole article says about words: used to judge a capital at a sentence start.

    ``names`` holds words written with a capital in the middle of a sentence as a name of their
    own or a surname ("Penhallow" in "library director Iris Penhallow"); ``lower`` holds words the
    article also writes in lower case ("vaccination"); ``runs`` holds whole names written in
    the middle of a sentence ("Verdant Valley Farms").
    """

    names: frozenset[str] = frozenset()
    lower: frozenset[str] = frozenset()
    runs: frozenset[tuple[str, ...]] = frozenset()


def _starter_is_name(sentence: StorySentence, run: list[int], known: _ArticleWords) -> bool:
    """Is the capitalised first word of a sentence a name, or just the sentence's capital?"""
    words = sentence.words
    first = words[run[0]].plain
    if _fold(first) in known.names or tuple(_fold(words[k].text) for k in run) in known.runs:
        return True  # the same name also appears in the middle of a sentence
    if first.casefold() in nlp.stopwords():
        return False
    if first.casefold() in _PARTS_OF_TOWN and len(run) > 1:
        return False  # "Downtown Brellin flooded": the town is Brellin
    if _is_acronym(words[run[0]].text):
        return True  # "UN agencies appeal ..."
    if len(run) > 1:
        pair = " ".join(words[k].plain for k in run[:2])
        if _place_type(pair) or _cue_type([words[k].plain for k in run])[0] is not None:
            return True  # "New York", "Penn Station", "Tropical Storm Wenna"
    if len(run) > 1 and words[run[1]].plain in nlp.first_names() and _is_common(first):
        return first in nlp.first_names() and not _is_common(words[run[1]].plain)
    if len(run) > 1 and _is_role_noun(first):
        return False  # "Developer Kestrel Homes", "Analyst Joyce Feld"
    if any(_is_joiner(words[k].plain) for k in run[1:]):
        return True  # "Doctors Without Borders": a capitalised "Without" is part of a name
    if _appositive_kind(words, run[-1] + 1) is not None:
        return True  # "Unison, the union that represents porters, ..."
    if first.casefold() in known.lower:
        return False  # the article writes "vaccination" in lower case elsewhere
    if _place_type(first) or not _is_common(first):
        return True
    if len(run) > 1:
        if first in nlp.first_names():
            return True
        # NLTK's chunker has a say when it puts the word in one name with the next one.
        return any(a == run[0] and b > run[0] + 1 for a, b in sentence.chunks)
    return False


def _is_generic(words: Sequence[Word], run: Sequence[int]) -> bool:
    """Capitalised words that are not names: "the Embassy", "Russian Territory", "Defense"."""
    texts = [words[k].plain for k in run]
    if len(texts) == 1:
        word = texts[0]
        low = word.casefold().rstrip(".")
        cue_word = any(
            low in cues
            for cues in (
                vocab.ORGANIZATION_CUES,
                vocab.FACILITY_CUES,
                vocab.LOCATION_CUES,
                vocab.GPE_CUES,
                vocab.OTHER_CUES,
            )
        )
        unique = low in ("congress", "senate", "parliament") or low in _NEWSPAPERS
        if low in _AFFILIATIONS or _is_small_word(word):
            return True  # "Whitmore, a Republican": a party member, like a nationality
        return (cue_word and _is_common(word) and not unique) or _is_nationality(word)
    if _is_nationality(texts[0]) and not _place_type(" ".join(texts)):
        rest = texts[1:]
        return all(_is_common(t) for t in rest) and _cue_type(texts)[0] is None
    return False


def _names_in_sentence(
    sentence: StorySentence, index: int, known: _ArticleWords, headline: bool = False
) -> list[_Name]:
    """The names in one sentence, after the repairs (a headline's are filtered later)."""
    words = sentence.words
    names: list[_Name] = []
    i = 0
    while i < len(words):
        word = words[i]
        if not _looks_like_name(word):
            if _is_model_code(words, i):  # "a fleet of B787 jets"
                hints = frozenset(_context_hints(words, i, i + 1))
                names.append(_Name((word,), index, sentence.part, hints=hints))
            elif _is_hyphen_compound(word.text):
                names.extend(_hyphen_names(word, index, sentence.part))
            i += 1
            continue
        end = _run_end(words, i)
        run = list(range(i, end))
        i = end
        while run and words[run[0]].plain.casefold() in ("the", "a", "an"):
            if _glued_initials(words[run[0] : run[0] + 3]):
                break  # "A&E"
            run.pop(0)
        # Repair: a job title in front of the name is not part of it.
        title = ""
        split = _title_split([words[k] for k in run]) if run else 0
        texts = [words[k].plain.casefold() for k in run]
        if split:
            title = " ".join(words[k].text for k in run[:split])
            names.extend(_names_in_title(words, run[:split], index, sentence.part))
            run = run[split:]
        elif (
            run
            and _is_title(texts[-1])
            and "of" not in texts
            and texts[-1] not in vocab.ORGANIZATION_CUES
        ):
            names.extend(_names_in_title(words, run, index, sentence.part))
            continue  # a title with no name: "Defense Secretary", "Russian President"
        # Repair: "Secretary of Transportation Elena Cruz": the title runs on after "of".
        after_title = (
            run and run[0] >= 2 and words[run[0] - 1].text == "of" and not split
        ) and _is_title(words[run[0] - 2].plain)
        if after_title:
            rest = [words[k].plain for k in run[1:]]
            one_word_office = (  # "Secretary of State Antony Blinken"
                len(run) >= 3
                and words[run[0] - 2].text[:1].isupper()
                and _cue_type(rest)[0] is None
                and not all(_is_common(w) for w in rest)
            )
            person = next(
                (j for j in range(1, len(run)) if words[run[j]].plain in nlp.first_names()),
                1 if one_word_office else None,
            )
            if person is not None:
                title = " ".join(w.text for w in words[run[0] - 2 : run[person]])
                run = run[person:]
                split = person
        # Repair: a capital at the start of a sentence does not make a name.
        starter = run and not split and not headline and _starts_sentence(words, run[0])
        if starter and not _starter_is_name(sentence, run, known):
            run.pop(0)
            while run and (_is_title(words[run[0]].plain) or _is_small_word(words[run[0]].plain)):
                run.pop(0)  # "Former President ...", "But The ..."
        if not run or _is_generic(words, run):
            continue
        single = words[run[0]].plain if len(run) == 1 else ""
        demonym = single.endswith(_DEMONYM_ENDINGS) and run[0] + 1 < len(words)
        demonym = demonym and words[run[0] + 1].text.islower()  # "Argentine striker"
        if single and (_is_common(single) or demonym) and sentence.tags[run[0]] == "JJ":
            continue  # the tagger reads "Indigenous students" as an adjective, not a name
        a, b = run[0], run[-1] + 1
        title = title or _lowercase_title_before(words, a)
        hints = _context_hints(words, a, b)
        if title:
            hints.add("person:title")
        elif _the_before_a_name(sentence, a, b):
            hints.add("org:the-name")
        names.append(_Name(tuple(words[a:b]), index, sentence.part, title, frozenset(hints)))
        # Repair: an acronym in brackets after a name is the same entity: "Water Authority (RWA)".
        if b + 2 < len(words) and words[b].text == "(" and words[b + 2].text == ")":
            inner = words[b + 1]
            if _is_acronym(inner.text) and b - a > 1:
                names.append(_Name((inner,), index, sentence.part, long_form=words[a].start))
                i = max(i, b + 3)
    return names


def _names_in_title(
    words: Sequence[Word], title_words: Sequence[int], index: int, part: str
) -> list[_Name]:
    """Names inside a title keep their own mention: "U.S. Secretary of State", "European
    Commission President", "NSW Premier"."""
    first_title = next((n for n, k in enumerate(title_words) if _is_title(words[k].plain)), 0)
    prefix = [words[k] for k in title_words[:first_title]]
    while prefix and _is_small_word(prefix[0].plain):
        prefix.pop(0)
    for size in range(len(prefix), 1, -1):  # "Elm Falls" in "Elm Falls Fire Chief"
        texts = [w.plain for w in prefix[:size]]
        if _cue_type(texts)[0] or _place_type(" ".join(texts)):
            return [_Name(tuple(prefix[:size]), index, part, hints=frozenset({"in-title"}))]
    names = []
    for k in title_words:
        word = words[k]
        if _is_title(word.plain) or _is_nationality(word.plain):
            continue
        if _place_type(word.plain) or _is_acronym(word.text):
            follows = words[k + 1].plain.casefold() if k + 1 < len(words) else ""
            ruled = follows in ("premier", "governor", "mayor", "president", "chancellor")
            hints = {"in-title", "place:ruled"} if ruled else {"in-title"}  # "NSW Premier"
            names.append(_Name((word,), index, part, hints=frozenset(hints)))
    return names


def _hyphen_names(word: Word, index: int, part: str) -> list[_Name]:
    """ "Chicago-based" -> Chicago (a place); "American-made" is a nationality, not a name."""
    names = []
    offset = 0
    parts = word.text.split("-")
    for n, piece in enumerate(parts):
        if _is_capitalised(piece) and not _is_common(piece) and not _is_nationality(piece):
            hints = set()
            if n + 1 < len(parts) and parts[n + 1].casefold() in _HYPHEN_PLACE:
                hints.add("place:based")
            start = word.start + offset
            piece_span = Span(piece, start, start + len(piece))
            names.append(_Name((piece_span,), index, part, hints=frozenset(hints)))
        offset += len(piece) + 1
    return names


_DATELINE = re.compile(
    r"^(?P<place>[^,(]+?)(?:,\s*(?P<region>[A-Z][^,(]*?))?(?:,\s*[^(]*?)?"
    r"\s*(?:\((?P<agency>[^)]{1,40})\))?\s*$"
)


def _dateline_names(article: Article, index: int) -> list[_Name]:
    """ "RIVERTON, Ohio (NWS)" -> the place Riverton, the state Ohio and the agency NWS."""
    dateline = article.dateline
    if dateline is None:
        return []
    match = _DATELINE.match(dateline.text)
    if not match:
        return []
    names = []
    for group, hint in (("place", "dateline"), ("region", "dateline"), ("agency", "agency")):
        text = match.group(group)
        if not text or _is_date_word(text.split()[0]):
            continue
        text = text.strip()
        start = dateline.start + dateline.text.index(text, match.start(group))
        words = tuple(
            Span(m.group(), start + m.start(), start + m.end()) for m in re.finditer(r"\S+", text)
        )
        names.append(_Name(words, index, "dateline", hints=frozenset({hint})))
    return names


_BYLINE_LEAD = re.compile(r"^(?:by|words by|written by|story by|reporting by)\s+", re.IGNORECASE)
_CREDIT_LEAD = re.compile(
    r"^\(?(?:(?:photo(?:graph)?s?|image|picture|credit|photo credit)\s*(?:by\b|:|\|)?\s*)?"
    r"(?:courtesy(?: of)?\s+)?",
    re.IGNORECASE,
)
_JOB_WORDS = frozenset(
    """
    reporter correspondent writer editor columnist staff photographer contributor intern
    producer critic reporters writers reports
    """.split()
)


def _pieces(span: Span, lead: re.Pattern[str], separators: str) -> list[Span]:
    """The names in a byline or credit line, split at commas, slashes, "and", "for"."""
    text = span.text
    offset = lead.match(text).end() if lead.match(text) else 0
    rest = text[offset:]
    cuts = [0]
    for separator in re.finditer(separators, rest, flags=re.IGNORECASE):
        cuts += [separator.start(), separator.end()]
    cuts.append(len(rest))
    pieces = []
    for a, b in zip(cuts[::2], cuts[1::2], strict=True):
        chunk = rest[a:b]
        piece = chunk.strip(" ()")
        if not piece:
            continue
        start = span.start + offset + a + chunk.index(piece)
        piece = re.sub(r"^(?:the|The)\s+", "", piece)
        start += len(chunk.strip(" ()")) - len(piece)
        pieces.append(Span(piece, start, start + len(piece)))
    return pieces


def _role_name(piece: Span, person_first: bool) -> _Name | None:
    words = tuple(
        Span(m.group(), piece.start + m.start(), piece.start + m.end())
        for m in re.finditer(r"\S+", piece.text)
    )
    tokens = [w.text for w in words]
    if not tokens or any(t.casefold() in _JOB_WORDS for t in tokens):
        return None  # "Health Reporter", "STAFF REPORTS"
    dated = any(_is_date_word(t) for t in tokens) and any(c.isdigit() for c in piece.text)
    if not _is_capitalised(tokens[0]) or dated:
        return None  # "9 July 2025"; but "JUNE ARBELAEZ"
    if not all(
        _is_capitalised(t) or t.casefold() in _PARTICLES | {"of", "&"} or t.isdigit()
        for t in tokens
    ):
        return None  # "Pratt family"; but "WKXT 5 News"
    first = tokens[0].title() if tokens[0].isupper() else tokens[0]
    person = (
        _looks_like_person([first, *tokens[1:]])
        or (person_first and 1 < len(tokens) <= 4 and _cue_type(tokens)[0] is None)
        or _reads_as_full_name(tokens)
    ) and not (len(tokens) == 1 and _is_acronym(tokens[0]))
    return _Name(words, -1, "credit", hints=frozenset({"role:person" if person else "role:org"}))


def _reads_as_full_name(tokens: Sequence[str]) -> bool:
    """Two or three capitalised words ending in a word no dictionary has: "Callum Rees-Haddow".

    A credit's agency ends in an ordinary word ("Evening Star", "Getty Images") or has an
    organisation word ("Courier-Post", "State University").
    """
    plain = [t.title() if t.isupper() and len(t) > 2 else t for t in tokens]
    return (
        2 <= len(plain) <= 3
        and _cue_type(plain)[0] is None
        and not any(_is_acronym(t) for t in plain)
        and _place_type(" ".join(plain)) is None
        and not all(_is_common(part) for part in plain[-1].split("-"))
    )


def _byline_names(article: Article) -> list[_Name]:
    """Reporters and their employers in the byline; photographers and agencies in credits.

    "By MAREN OSTROWSKI, Northwind News Service" names a person and an organisation;
    "AP/Jo Mercado" an agency and a photographer.
    """
    names: list[_Name] = []
    if article.byline is not None:
        pieces = _pieces(article.byline, _BYLINE_LEAD, r",|\||;|\band\b|\bin\b|/|—|–")
        for n, piece in enumerate(pieces):
            before = article.raw[pieces[n - 1].end : piece.start] if n else ""
            name = _role_name(piece, person_first=n == 0)
            if name is not None and before.strip() == "in":  # "By Ana Brill in Tessop"
                name = _Name(name.words, -1, "credit", hints=frozenset({"dateline"}))
            if name is not None:
                names.append(name)
    seen: set[tuple[int, int]] = set()
    for credit in (article.photo_credit, _caption_credit(article)):
        if credit is None:
            continue
        for piece in _pieces(credit, _CREDIT_LEAD, r"/|,|;|\bfor\b|\|"):
            after = credit.text[piece.end - credit.start :]
            hired = re.match(r"\s*for\s", after) is not None  # "Ana Reyes for the Gazette"
            name = _role_name(piece, person_first=hired)
            if name is not None and (name.start, name.end) not in seen:
                seen.add((name.start, name.end))
                names.append(name)
    return names


# ---------------------------------------------------------------------------------------------
# Step 3: what kind of name is it?


def _cue_type(tokens: Sequence[str]) -> tuple[str | None, str]:
    """The type a name's own words give it, and the cue word ("Authority" -> ORGANIZATION).

    The head of a name is its last word ("Brisk River Bridge"), or the word before "of"
    ("Department of Defense"); a few kinds put the cue first ("Lake Erie", "Port Ellery").
    """
    low = [t.casefold().rstrip(".") for t in tokens if t]
    low = [t for t in low if t]
    several = len(low) > 1
    while len(low) > 1 and low[-1].isdigit():
        low.pop()  # "Pier 4", "Local 212"
    if not low:
        return None, ""
    if several and low[-1] == "district":  # "Hollis Water District" runs pipes; "Tessop District"
        return ("ORGANIZATION" if low[-2] in _SERVICES else "GPE"), "district"
    heads = [low[low.index("of") - 1]] if "of" in low[1:] else []
    heads.append(low[-1])
    for head in heads:
        for kind, cues in (
            ("ORGANIZATION", vocab.ORGANIZATION_CUES),
            ("FACILITY", vocab.FACILITY_CUES),
            ("OTHER", vocab.OTHER_CUES),
            ("GPE", vocab.GPE_CUES),
            ("LOCATION", vocab.LOCATION_CUES),
        ):
            if (head in cues or head + "." in cues) and several:
                if kind == "GPE" and head in ("state", "states") and len(low) > 2:
                    continue
                if kind == "ORGANIZATION" and head == "federation" and _is_nationality(low[0]):
                    return "GPE", head
                if kind == "FACILITY" and head in ("center", "centre") and "medical" in low:
                    return "ORGANIZATION", "medical center"  # a hospital
                return kind, head
    last_part = low[-1].split("-")[-1]
    if "-" in low[-1] and last_part in vocab.ORGANIZATION_CUES:
        return "ORGANIZATION", last_part  # newspapers: "Courier-Post", "Star-Ledger"
    first = low[0]
    if len(low) == 1 and first in ("congress", "senate", "parliament"):
        return "ORGANIZATION", first
    if len(low) > 1:
        if first in ("lake", "mount", "mt", "cape", "isle", "river", "gulf", "bay", "sea"):
            return "LOCATION", first
        if first in ("port", "fort", "san", "santa", "saint", "st"):
            return "GPE", first
        if first in ("hurricane", "typhoon", "cyclone", "tropical", "storm"):
            return "OTHER", first
        if first in ("university", "club", "team"):
            return "ORGANIZATION", first  # "Club Atletico Tigre"
    return None, ""


def _looks_like_person(tokens: Sequence[str]) -> bool:
    """First name from NLTK's names corpus plus a capitalised surname: "Paula Quennell".

    Not "Sydney Trains": a city that is also a first name, then a plural noun.
    """
    plural = tokens[-1].endswith("s") and _is_common(tokens[-1]) and _place_type(tokens[0])
    return (
        1 < len(tokens) <= 4
        and tokens[0] in nlp.first_names()
        and all(_is_capitalised(t) for t in tokens)
        and _cue_type(tokens)[0] is None
        and _place_type(" ".join(tokens)) is None
        and not plural
    )


# ---------------------------------------------------------------------------------------------
# Step 4: grouping mentions of the same entity


@dataclass
class _Group:
    names: list[_Name]

    @property
    def full(self) -> _Name:
        return self.names[0]


def _initials(tokens: Sequence[str]) -> str:
    return "".join(t[0] for t in tokens if t and t not in ("of", "the", "and", "for", "&"))


def _droppable_prefix(prefix: Sequence[str], group: _Group) -> bool:
    """Can these first words of a name be left out and still name the same thing?"""
    words = [w.text for w in group.full.words[: len(prefix)]]
    if all(_place_type(w) or _is_nationality(w) or _is_acronym(w) for w in words):
        return True  # "U.S. State Department" -> "State Department"
    if _cue_type(words + ["x"])[0] == "OTHER" or _cue_type(words)[0] == "OTHER":
        return True  # "Tropical Storm Wenna" -> "Wenna"
    return _group_is_person(group)


def _group_is_person(group: _Group) -> bool:
    full = [w.text for w in group.full.words]
    return len(full) > 1 and (
        any("person:title" in n.hints for n in group.names)
        or _looks_like_person([_plain(t) for t in full])
        or (_cue_type(full)[0] is None and _place_type(" ".join(full)) is None)
    )


def _same_entity(name: _Name, group: _Group) -> bool:
    mine, theirs = name.tokens, group.full.tokens
    if mine == theirs:
        return True
    if len(mine) >= len(theirs):
        return False
    if theirs[-len(mine) :] == mine:
        prefix = theirs[: -len(mine)]
        if "place:in" in name.hints and _group_is_person(group):
            return False
        return _droppable_prefix(prefix, group) or (
            len(mine) > 1 and _cue_type(mine)[0] in ("FACILITY", "ORGANIZATION")
        )
    form = list(theirs)
    while form and form[-1] in _COMPANY_FORMS:
        form.pop()
    if form and tuple(form) == mine and len(form) < len(theirs):
        return True  # "Velkor Inc." -> "Velkor"
    if theirs[: len(mine)] == mine and len(mine) > 1:
        kind, cue = _cue_type(theirs)
        if (
            len(theirs) == len(mine) + 1
            and kind in ("ORGANIZATION", "FACILITY")
            and (_cue_type(mine)[0] is None or cue in _SCHOOLS)
            and not _looks_like_person([_plain(w.text) for w in name.words])
        ):
            return True  # "Elm Road Elementary School" -> "Elm Road Elementary"; "X State"
        if cue in _INSTITUTIONS and _cue_type(mine)[1] in _STREETS:
            return True  # the school on Elm Road, called "Elm Road"
    if _venue_short_form(name, theirs):
        return True
    first_name = _plain(group.full.words[0].text)
    return (
        len(mine) == 1
        and theirs[0] == mine[0]
        and (first_name in nlp.first_names() or not _is_common(first_name))
        and not _place_type(first_name)
        and _group_is_surely_person(group)
        and "person:title" not in name.hints
    )


def _venue_short_form(name: _Name, full: tuple[str, ...]) -> bool:
    """ "Tolliman" after "Tolliman Stadium": fans and reporters shorten a venue's name.

    Not when the word itself reads as a place ("in Tolliman", "Tolliman residents"): a town
    lends its name to its park as often as a sponsor or a founder does.
    """
    mine = name.tokens
    return (
        len(mine) == 1
        and len(full) == 2
        and full[0] == mine[0]
        and full[1] in _VENUES
        and not _place_type(name.words[0].text)
        and not any(h.startswith("place:") or h == "dateline" for h in name.hints)
    )


def _group_is_surely_person(group: _Group) -> bool:
    """A title, a first name from the names corpus or a person's context: "Greta" may be short."""
    full = [_plain(w.text) for w in group.full.words]
    return (
        len(full) > 1
        and _cue_type(full)[0] is None  # "Denholm and Ravensworth NHS Trust, Dr Imelda Vance"
        and (
            _looks_like_person(full)
            or any(h.startswith("person:") for n in group.names for h in n.hints)
        )
    )


def _group(names: list[_Name]) -> list[_Group]:
    """Put the mentions of one entity together, longest names first.

    Groups are indexed by their first word, last word and initials, so each name is compared
    with a handful of candidates, not with every group (a long text has thousands).
    """
    groups: list[_Group] = []
    by_key: dict[tuple[str, ...], _Group] = {}
    by_start: dict[int, _Group] = {}
    by_word: dict[str, list[_Group]] = defaultdict(list)
    by_initials: dict[str, _Group] = {}
    first_seen: dict[int, int] = {}
    for name in sorted(names, key=lambda n: (-len(n.tokens), n.start)):
        tokens = name.tokens
        group = by_key.get(tokens)
        if group is None and name.long_form is not None:
            group = by_start.get(name.long_form)
        if group is None and len(tokens) == 1 and _is_acronym(name.words[0].text):
            group = by_initials.get(tokens[0].replace("&", ""))
        if group is None:
            candidates = {id(g): g for g in by_word[tokens[0]] + by_word[tokens[-1]]}
            matches = [g for g in candidates.values() if _same_entity(name, g)]
            if matches:
                matches.sort(key=lambda g: first_seen[id(g)])
                earlier = [g for g in matches if first_seen[id(g)] < name.start]
                group = (earlier or matches)[0]
        if group is None:
            group = _Group([name])
            groups.append(group)
            first_seen[id(group)] = name.start
            by_word[tokens[0]].append(group)
            if len(tokens) > 1:
                by_word[tokens[-1]].append(group)
                by_initials.setdefault(_initials(tokens), group)
        else:
            group.names.append(name)
            first_seen[id(group)] = min(first_seen[id(group)], name.start)
        by_key.setdefault(tokens, group)
        by_start[name.start] = group
    return groups


@dataclass(frozen=True)
class _Namesakes:
    """What the article's other names say about a one-word name.

    ``institutions`` holds the first words of organisation and building names ("Maidstone" of
    "Maidstone Hospital"): a town often lends its name to its institutions. ``brands`` holds
    the first words of company names ("Velkor" of "Velkor Steel"): a company shortens its own
    name, so "Velkor" alone is the company.
    """

    institutions: frozenset[tuple[str, ...]] = frozenset()
    brands: frozenset[tuple[str, ...]] = frozenset()


Typing = tuple[str, str]  # (type, the reason a student can read)


def _type_of(group: _Group, namesakes: _Namesakes = _Namesakes()) -> Typing:
    """The entity type of a group of mentions and the reason, strongest evidence first:
    where the name stands (byline, dateline, after a title), then its own words, then the words
    around its mentions, then what is most likely."""
    hints = Counter(h for n in group.names for h in n.hints)
    full = [_plain(w.text) for w in group.full.words]
    return (
        _type_from_role(group, hints)
        or _type_from_words(group, full, hints, namesakes)
        or _type_from_context(full, hints)
        or _type_by_default(group, full, hints, namesakes)
    )


def _type_from_role(group: _Group, hints: Counter[str]) -> Typing | None:
    """Bylines, credits, datelines and titles settle the type."""
    full = " ".join(_plain(w.text) for w in group.full.words)
    if hints["agency"]:
        return "ORGANIZATION", "the news agency in the dateline"
    if hints["role:person"]:
        return "PERSON", "the reporter or photographer in the byline or credit"
    if hints["role:org"] and not _place_type(full):
        return "ORGANIZATION", "the employer or agency in the byline or credit"
    if hints["product"]:
        return "OTHER", "a model number before 'jets', 'trucks', 'phones': a product"
    if hints["person:title"]:
        title = next(n.title for n in group.names if n.title)
        return "PERSON", f"a title before the name ('{title}')"
    if hints["dateline"]:
        return "GPE", "the place in the dateline"
    return None


def _type_from_words(
    group: _Group, full: list[str], hints: Counter[str], namesakes: _Namesakes
) -> Typing | None:
    """The name's own words: a gazetteer, "&", a cue word ("Bridge", "Authority", "Fire")."""
    place = _place_type(" ".join(full))
    if place:
        return place, "in the kit's list of places"
    cue, word = _cue_type(full)
    if "&" in full and not cue:
        if _glued_initials(group.full.words):
            return "ORGANIZATION", "initials joined by '&': a firm (AT&T)"
        if all(_is_common(w) for w in full if w != "&"):
            return "OTHER", "ordinary words joined by '&': a product name"
        return "ORGANIZATION", "names joined by '&': a firm"
    if cue == "GPE" and word == "parish" and "'s" in full:
        return "ORGANIZATION", "a saint's parish is a church"  # "St. Anne's Parish"
    if cue == "LOCATION" and group.full.tokens in namesakes.institutions:
        return "GPE", "a town: its name starts the names of its institutions ('X Hospital')"
    if cue:
        return cue, f"the word '{word}' in the name"
    if len(full) == 2 and full[0].casefold() in _COMPASS_NAMES and hints["the"]:
        return "LOCATION", "'the' and a compass word: a region ('the East Midlands')"
    if _looks_like_person(full) and not hints["org:the-name"]:
        return "PERSON", f"'{full[0]}' is a first name"
    return None


def _type_from_context(full: list[str], hints: Counter[str]) -> Typing | None:
    """The words around the mentions vote: "in ...", "..., 71,", "..., the union"."""
    person = hints["person:age"] + hints["person:who"] + hints["person:appositive"]
    place = sum(n for h, n in hints.items() if h.startswith("place:"))
    organisation = hints["org:appositive"]
    acronym = len(full) == 1 and _is_acronym(full[0])
    if acronym and not place:
        return "ORGANIZATION", "an acronym"
    if organisation > max(person, place):
        return "ORGANIZATION", "described as an organisation ('..., the union that')"
    if person and person >= place:
        return "PERSON", "the words around it describe a person"
    if place:
        return "GPE", "the words around it describe a place ('in ...', '... residents')"
    if acronym:
        return "ORGANIZATION", "an acronym"
    if hints["org:noun"]:
        return "ORGANIZATION", "an organisation word before it ('the journal ...')"
    if hints["org:title-after"] or hints["the"] or hints["org:shares"]:
        return "ORGANIZATION", "'the' before it or a job title after it"
    return None


def _type_by_default(
    group: _Group, full: list[str], hints: Counter[str], namesakes: _Namesakes
) -> Typing:
    """No strong clue: what such a name most often is."""
    if len(full) == 1 and full[0] in nlp.first_names():
        return "PERSON", f"'{full[0]}' is a first name"
    if len(full) > 1 and any(_is_joiner(w) for w in full[1:]):
        return "ORGANIZATION", "a capitalised small word inside: the name of a group"
    if hints["org:of-person"]:
        return "ORGANIZATION", "'of' after a person's name: where they work"
    first_name = full[0] in nlp.first_names() and not _place_type(full[0])
    if len(full) > 1 and _is_common(full[-1]) and not first_name:
        return "ORGANIZATION", f"'{full[-1]}' is an ordinary word, not a surname"
    if len(full) > 1:
        return "PERSON", "two or more capitalised words with no other clue"
    if hints["speech"] or hints["org:shares"]:
        # A person named by surname alone was grouped with the full name already.
        return "ORGANIZATION", "one word that speaks or has shares, but no person's name"
    tokens = group.full.tokens
    if tokens in namesakes.institutions and tokens not in namesakes.brands:
        return "GPE", "a town: its name starts the names of its institutions ('X Hospital')"
    return "ORGANIZATION", "no clue: a one-word name is most often a company or an agency"


def _glued_initials(words: Sequence[Span]) -> bool:
    """ "AT&T", "P&O": letters and "&" written without spaces."""
    return all(a.end == b.start for a, b in zip(words, words[1:], strict=False)) and all(
        len(w.text) <= 2 for w in words
    )


_WEAK_REASONS = (
    "no clue: a one-word name is most often a company or an agency",
    "two or more capitalised words with no other clue",
)


# ---------------------------------------------------------------------------------------------
# Putting it together


def _known_names(names: Iterable[_Name]) -> set[tuple[str, ...]]:
    """Forms of the body's names a headline may use: "River Bridge", "Velkor", "Brennock"."""
    known: set[tuple[str, ...]] = set()
    for name in names:
        tokens = name.tokens
        known.add(tokens)
        form = list(tokens)
        while len(form) > 1 and form[-1] in _COMPANY_FORMS:
            form.pop()
            known.add(tuple(form))
        joined = any(_is_joiner(t) for t in tokens)  # "Center for Healthy Aging": not "Aging"
        if len(tokens) > 1 and _cue_type(tokens)[0] is None and not joined:
            known.add(tokens[-1:])  # a surname: "Brennock"
        if len(tokens) > 2 and _cue_type(tokens)[0] and _cue_type(tokens[:-1])[0] is None:
            known.add(tokens[:-1])
        if len(tokens) > 2 and tokens[-1] in _SCHOOLS:
            known.add(tokens[:-1])  # "Norvell State University" -> "Norvell State"
        for k in range(1, len(tokens) - 1):
            if _cue_type(tokens[k:])[0] in ("FACILITY", "ORGANIZATION"):
                known.add(tokens[k:])
    return known


def _headline_names(
    sentence: StorySentence, index: int, known: set[tuple[str, ...]]
) -> list[_Name]:
    """In a Title Case line, keep only the stretches that are known names.

    "Pryor Administration Approves Anti-Flood Barriers for Ostrava" has capitals everywhere;
    "Pryor Administration" (named in the body) and "Ostrava" (a city) are names.
    """
    found = _names_in_sentence(sentence, index, _ArticleWords(), headline=True)
    letters = [w.text for w in sentence.words if any(c.isalpha() for c in w.text)]
    shouting = all(t.isupper() for t in letters)  # "WAREHOUSE FIRE": every word looks an acronym
    return _known_pieces(found, known, shouting)


def _known_pieces(
    found: Iterable[_Name], known: set[tuple[str, ...]], shouting: bool = False
) -> list[_Name]:
    """The stretches of capitalised runs that are known names, places or acronyms."""
    names: list[_Name] = []
    for name in found:
        words = name.words
        i = 0
        while i < len(words):
            for j in range(len(words), i, -1):
                piece = words[i:j]
                tokens = tuple(_fold(w.text) for w in piece)
                text = " ".join(_plain(w.text) for w in piece)
                if (
                    tokens in known
                    or _place_type(text)
                    or (j - i == 1 and _is_acronym(piece[0].text) and not shouting)
                ):
                    # "Judge Orders Tamblin Mills to Pay": the title belongs to no later piece.
                    title, hints = (name.title, name.hints) if i == 0 else ("", frozenset())
                    names.append(_Name(tuple(piece), name.sentence, name.part, title, hints))
                    i = j
                    break
            else:
                i += 1
    return names


_QUOTE_MARKS = frozenset({'"', "'", "``", "''"})


def _quoted_titles(words: Sequence[Word]) -> list[tuple[int, int]]:
    """Offsets of Title Case stretches in quotation marks: the title of a paper, book or film.

    In 'the study, "Salt Intake Alters Sleep in Older Adults," appeared ...' every word has a
    capital, so only names known from elsewhere count there, as in a headline. A quoted label
    of ordinary words ('raised to "Go Now"') is too short to be a title.
    """
    stretches: list[tuple[int, int]] = []
    opened: int | None = None
    for k, word in enumerate(words):
        if word.plain not in _QUOTE_MARKS:
            continue
        glued_after = k + 1 < len(words) and words[k + 1].start == word.end
        glued_before = k > 0 and words[k - 1].end == word.start
        if opened is None and glued_after and not glued_before:
            opened = k
        elif opened is not None and glued_before:
            inside = words[opened + 1 : k]
            if inside and inside[0].text[:1].isupper() and _is_title_case(inside, least=2):
                stretches.append((inside[0].start, inside[-1].end))
            opened = None
    return stretches


def _article_words(sentences: Sequence[StorySentence]) -> _ArticleWords:
    """Words the article writes as names mid-sentence, and words it writes in lower case."""
    names: set[str] = set()
    lower: set[str] = set()
    runs: set[tuple[str, ...]] = set()
    read: set[str] = set()  # a sentence that comes back adds nothing new
    for sentence in sentences:
        if sentence.title_case or sentence.span.text in read:
            continue
        read.add(sentence.span.text)
        _read_words(sentence.words, names, lower, runs)
    return _ArticleWords(frozenset(names), frozenset(lower), frozenset(runs))


def _read_words(
    words: Sequence[Word], names: set[str], lower: set[str], runs: set[tuple[str, ...]]
) -> None:
    """Add one sentence's mid-sentence names, lower-case words and name runs to the sets."""
    k = 0
    while k < len(words):
        if words[k].text.islower():
            lower.add(words[k].plain)
        if not _looks_like_name(words[k]):
            k += 1
            continue
        end = _run_end(words, k)
        run = [w.plain for w in words[k:end]]
        if not _starts_sentence(words, k):
            runs.add(tuple(_fold(w) for w in run))
        mid_sentence = not _starts_sentence(words, k) or len(run) > 1
        if mid_sentence and "of" not in run and (len(run) == 1 or not _cue_type(run)[0]):
            names.add(_fold(run[-1]))
        k = end


def _collect(article: Article) -> list[_Name]:
    """Every name mention in the article, repaired but not yet grouped or typed."""
    sentences = story_sentences(article)
    known = _article_words(sentences)
    names: list[_Name] = _dateline_names(article, -1) + _byline_names(article)
    in_titles: list[_Name] = []  # names inside a quoted title of a work
    for index, sentence in enumerate(sentences):
        if sentence.title_case:
            continue
        works = _quoted_titles(sentence.words)
        for name in _names_in_sentence(sentence, index, known):
            inside = any(a <= name.start < b for a, b in works)
            (in_titles if inside else names).append(name)
    forms = _known_names(names)
    for index, sentence in enumerate(sentences):
        if sentence.title_case:
            names.extend(_headline_names(sentence, index, forms))
    names.extend(_known_pieces(in_titles, forms))
    return sorted(names, key=lambda n: n.start)


def _entity_text(group: _Group, raw: str) -> str:
    """The fullest form, as written (a dateline's capitals are softened: RIVERTON -> Riverton)."""
    longest = max(len(n.tokens) for n in group.names)
    forms = [n for n in group.names if len(n.tokens) == longest]
    written = [n for n in forms if not raw[n.start : n.end].isupper() or len(n.tokens[0]) <= 4]
    best = min(written or forms, key=lambda n: n.start)
    text = re.sub(r"\s+", " ", raw[best.start : best.end])
    if text.isupper() and len(text.replace(".", "")) > 4:
        text = text.title()
    return text


def _namesakes(groups: Sequence[_Group]) -> _Namesakes:
    """First words of the article's institution, building and company names."""
    institutions: set[tuple[str, ...]] = set()
    brands: set[tuple[str, ...]] = set()
    for group in groups:
        tokens = group.full.tokens
        if len(tokens) < 2 or "of" in tokens:
            continue
        if tokens[-1] in _COMPANY_FORMS:  # "Velkor" of "Velkor Steel"
            brands.add(tokens[:1])
            continue
        kind = _cue_type(tokens)[0]
        if kind == "ORGANIZATION":  # "Elm Falls" of "Elm Falls Water Authority"
            institutions.update(tokens[:k] for k in range(1, len(tokens) - 1))
            institutions.add(tokens[:1])
        elif kind == "FACILITY":  # "Riverton" of "Riverton Airport"
            institutions.add(tokens[:1])
    return _Namesakes(frozenset(institutions), frozenset(brands))


_CONNECTORS = ("and", "or", "to", "")  # "Tessop and Varnley", "from Bergen to Stavanger"


def _share_kinds(
    names: Sequence[_Name], groups: Sequence[_Group], typed: dict[int, Typing], raw: str
) -> None:
    """A name typed on a weak guess takes the kind of the name it is listed with.

    "the provinces of Tessop and Varnley": if Tessop is known to be a place, so is Varnley.
    Only the next and the previous name in the sentence are looked at; a list ("Lisbon,
    Tessop and Varnley") passes the kind along, so the groups are read twice.
    """
    owner = {n.start: g for g in groups for n in g.names}
    in_sentence: dict[int, list[_Name]] = defaultdict(list)
    position: dict[int, int] = {}
    for name in sorted(names, key=lambda n: n.start):
        position[id(name)] = len(in_sentence[name.sentence])
        in_sentence[name.sentence].append(name)
    weak = [g for g in groups if typed[id(g)][1] in _WEAK_REASONS]
    weak.sort(key=lambda g: min(n.start for n in g.names))
    for _ in range(2):
        for group in weak:
            votes: Counter[str] = Counter()
            for name in group.names:
                if "coordinated" not in name.hints or name.sentence < 0:
                    continue
                row, k = in_sentence[name.sentence], position[id(name)]
                for other in row[max(0, k - 1) : k] + row[k + 1 : k + 2]:
                    between = raw[min(name.end, other.end) : max(name.start, other.start)]
                    partner = owner.get(other.start)
                    if (
                        between.strip(" ,") in _CONNECTORS
                        and len(between) <= 6
                        and partner is not None
                        and typed[id(partner)][1] not in _WEAK_REASONS
                    ):
                        votes[typed[id(partner)][0]] += 1
            if votes:
                kind = votes.most_common(1)[0][0]
                typed[id(group)] = (kind, "named together with another name of this kind ('and')")


@lru_cache(maxsize=32)
def _entities(article: Article) -> tuple[Entity, ...]:
    names = _collect(article)
    groups = _group(names)
    namesakes = _namesakes(groups)
    typed = {id(g): _type_of(g, namesakes) for g in groups}
    _share_kinds(names, groups, typed, article.raw)
    entities = []
    for group in groups:
        kind, reason = typed[id(group)]
        mentions = tuple(
            Mention(
                article.raw[n.start : n.end],
                n.start,
                n.end,
                title=n.title,
                part=n.part,
                sentence=n.sentence,
            )
            for n in sorted(group.names, key=lambda n: n.start)
        )
        entities.append(Entity(_entity_text(group, article.raw), kind, mentions, reason))
    entities.sort(key=lambda e: e.mentions[0].start)
    return tuple(entities)


def find_entities(article: Article) -> list[Entity]:
    """Every named entity in the story parts of the article, in order of first mention.

    >>> from lessons.article import parse_article
    >>> article = parse_article("Dam Plan Stalls\\n\\nThe Elm Falls Water Authority (EFWA) "
    ...     "met in Elm Falls. EFWA chief Tom Heald spoke.")
    >>> [(e.text, e.type, e.count) for e in find_entities(article)]
    [('Elm Falls Water Authority', 'ORGANIZATION', 3), ('Elm Falls', 'GPE', 1), \
('Tom Heald', 'PERSON', 1)]
    """
    return list(_entities(article))


# ---------------------------------------------------------------------------------------------
# Using the list: who appears with whom, and is the name spelled right?


def cooccurrence(
    article: Article, entities: Sequence[Entity] | None = None
) -> list[tuple[str, str, int]]:
    """Pairs of entities named in the same sentence, and in how many sentences.

    >>> from lessons.article import parse_article
    >>> article = parse_article("Vote\\n\\nAna Brill met Tom Heald in Riverton. Brill left.")
    >>> cooccurrence(article)
    [('Ana Brill', 'Riverton', 1), ('Ana Brill', 'Tom Heald', 1), ('Riverton', 'Tom Heald', 1)]
    """
    if entities is None:
        entities = find_entities(article)
    in_sentence: dict[int, set[str]] = defaultdict(set)
    for entity in entities:
        for mention in entity.mentions:
            sentence = getattr(mention, "sentence", 0)
            if sentence >= 0:  # bylines, credits and datelines are not sentences
                in_sentence[sentence].add(entity.text)
    pairs: Counter[tuple[str, str]] = Counter()
    for present in in_sentence.values():
        ordered = sorted(present)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1 :]:
                pairs[(a, b)] += 1
    return sorted(((a, b, n) for (a, b), n in pairs.items()), key=lambda p: (-p[2], p[0], p[1]))


def closest_spellings(
    name: str, known: Iterable[str], max_distance: int = 2
) -> list[tuple[str, int]]:
    """Known spellings within a few letters of a name, closest first (NLTK's edit distance).

    >>> closest_spellings("Jens Stoltenbreg", ["Jens Stoltenberg", "Jonas Gahr Store"])
    [('Jens Stoltenberg', 2)]
    """
    from nltk import edit_distance

    scored = [(k, edit_distance(name.casefold(), k.casefold())) for k in known]
    return sorted(((k, d) for k, d in scored if d <= max_distance), key=lambda p: (p[1], p[0]))


def spelling_warnings(
    entities: Iterable[Entity], known: Iterable[str], max_distance: int = 2
) -> list[tuple[str, str, int]]:
    """People whose name is a few letters away from a known spelling, but not equal to it.

    (name in the article, known spelling, letters apart): a list of names to check by hand.
    """
    known = list(known)
    exact = {k.casefold() for k in known}
    warnings = []
    for entity in entities:
        if entity.type != "PERSON" or entity.text.casefold() in exact:
            continue
        for spelling, distance in closest_spellings(entity.text, known, max_distance)[:1]:
            warnings.append((entity.text, spelling, distance))
    return warnings


# ---------------------------------------------------------------------------------------------
# For the notebook: tables, charts and a look back at the plain chunker


def entity_table(entities: Sequence[Entity], reasons: bool = True) -> str:
    """The entities as a plain-text table: type, name, mentions, and why that type."""
    if not entities:
        return "No entities."
    width = max(len(e.text) for e in entities)
    lines = []
    for entity in entities:
        line = f"{entity.type:<12}  {entity.text:<{width}}  x{entity.count}"
        if reasons:
            line += f"  {entity.reason}"
        lines.append(line.rstrip())
    return "\n".join(lines)


def chunker_report(article: Article) -> dict[str, list[str]]:
    """How NLTK's binary chunker alone compares with the repaired list, for the notebook.

    ``right``: chunks that are exactly a name the kit keeps; ``wrong length``: chunks that
    overlap a name but cut it short or run on ("Brennock" for "Ada Brennock"); ``not names``:
    chunks the kit rejects ("New", "Ukrainian"); ``missed``: names no chunk touches.
    """
    mentions = [m for e in find_entities(article) for m in e.mentions if m.sentence >= 0]
    chunks = chunker_names(article)
    report: dict[str, set[str]] = {"right": set(), "wrong length": set(), "not names": set()}
    for chunk in chunks:
        overlapping = [m for m in mentions if m.start < chunk.end and chunk.start < m.end]
        if any(m.start == chunk.start and m.end == chunk.end for m in overlapping):
            report["right"].add(chunk.text)
        elif overlapping:
            report["wrong length"].add(f"{chunk.text} -> {overlapping[0].text}")
        else:
            report["not names"].add(chunk.text)
    missed = {
        m.text for m in mentions if not any(c.start < m.end and m.start < c.end for c in chunks)
    }
    result = {kind: sorted(found) for kind, found in report.items()}
    result["missed"] = sorted(missed)
    return result


def chunker_entities(article: Article) -> list[dict[str, object]]:
    """The plain chunker's names in the shape of ``to_dict()`` (type OTHER: it gives none)."""
    return [
        {"text": c.text, "type": "OTHER", "count": 1, "mentions": [{"text": c.text}]}
        for c in chunker_names(article)
    ]


# Okabe-Ito colours: told apart by readers with any common kind of colour blindness.
TYPE_COLOURS = {
    "PERSON": "#0072B2",
    "ORGANIZATION": "#E69F00",
    "GPE": "#009E73",
    "LOCATION": "#56B4E9",
    "FACILITY": "#CC79A7",
    "OTHER": "#999999",
}


def plot_entity_counts(entities: Sequence[Entity], top: int = 15, title: str = ""):  # noqa: ANN201
    """Horizontal bars: how often each entity is mentioned, coloured by type; the Figure."""
    import matplotlib.pyplot as plt
    from matplotlib.patches import Patch

    chosen = sorted(entities, key=lambda e: (-e.count, e.text))[:top][::-1]
    figure, axes = plt.subplots(figsize=(7.5, 0.34 * len(chosen) + 1.4))
    axes.barh(
        [e.text for e in chosen],
        [e.count for e in chosen],
        color=[TYPE_COLOURS.get(e.type, "#999999") for e in chosen],
    )
    axes.set_xlabel("mentions in the article")
    axes.set_title(title or "Who and what the story names most")
    axes.xaxis.get_major_locator().set_params(integer=True)
    axes.spines[["top", "right"]].set_visible(False)
    kinds = [k for k in TYPE_COLOURS if any(e.type == k for e in chosen)]
    axes.legend(
        handles=[Patch(color=TYPE_COLOURS[k], label=k) for k in kinds],
        loc="lower right",
        frameon=False,
    )
    figure.tight_layout()
    return figure


def cooccurrence_matrix(
    article: Article, entities: Sequence[Entity] | None = None, top: int = 10
) -> tuple[list[str], list[list[int]]]:
    """The ``top`` most mentioned entities that share a sentence with another, and for each
    pair the number of sentences they share."""
    if entities is None:
        entities = find_entities(article)
    pairs = cooccurrence(article, entities)
    paired = {a for a, _, _ in pairs} | {b for _, b, _ in pairs}
    ranked = sorted((e for e in entities if e.text in paired), key=lambda e: (-e.count, e.text))
    chosen = [e.text for e in ranked[:top]]
    index = {name: i for i, name in enumerate(chosen)}
    matrix = [[0] * len(chosen) for _ in chosen]
    for a, b, shared in pairs:
        if a in index and b in index:
            matrix[index[a]][index[b]] = matrix[index[b]][index[a]] = shared
    return chosen, matrix


def plot_cooccurrence(  # noqa: ANN201
    article: Article, entities: Sequence[Entity] | None = None, top: int = 10
):
    """A labelled heat map of which entities are named in the same sentences; the Figure."""
    import matplotlib.pyplot as plt

    names, matrix = cooccurrence_matrix(article, entities, top)
    size = max(len(names), 1)
    figure, axes = plt.subplots(figsize=(0.55 * size + 3.2, 0.5 * size + 2.2))
    image = axes.imshow(matrix, cmap="cividis", vmin=0)
    axes.set_xticks(range(len(names)), names, rotation=45, ha="right")
    axes.set_yticks(range(len(names)), names)
    peak = max((max(row) for row in matrix), default=0)
    for i, row in enumerate(matrix):
        for j, value in enumerate(row):
            if value:
                colour = "black" if value > peak / 2 else "white"
                axes.text(j, i, str(value), ha="center", va="center", color=colour)
    axes.set_title("Named in the same sentence (number of sentences)")
    bar = figure.colorbar(image, ax=axes, shrink=0.7, label="sentences")
    bar.set_ticks(range(peak + 1))
    figure.tight_layout()
    return figure


@dataclass(frozen=True)
class GoldScore:
    """The kit's entity scores on one gold article, next to the plain chunker's."""

    article: str
    typed_f1: float
    untyped_f1: float
    chunker_untyped_f1: float
    errors: tuple[object, ...]


def score_on_gold(root: str | None = None) -> list[GoldScore]:
    """Score the kit (and the plain NLTK chunker) on every article with a gold.json.

    The gold lists each distinct surface form once with its type; see lessons.evaluate.
    """
    from lessons.article import parse_article
    from lessons.evaluate import evaluate_entities, load_gold_articles

    scores = []
    for gold in load_gold_articles(root):
        article = parse_article(gold.text)
        kit = evaluate_entities(
            [e.to_dict() for e in find_entities(article)], gold.gold["entities"], gold.name
        )
        plain = evaluate_entities(chunker_entities(article), gold.gold["entities"], gold.name)
        scores.append(
            GoldScore(gold.name, kit.typed.f1, kit.untyped.f1, plain.untyped.f1, kit.errors)
        )
    return scores
