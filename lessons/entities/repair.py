"""Step 2, repairs: a run of capitalised words is not yet a name. The rules a reporter knows.

- **Titles** split off: "Defense Secretary Ada Brennock" is the person Ada Brennock, with the
  title "Defense Secretary"; "Secretary of State Antony Blinken" too. A place in a title keeps
  its own mention ("U.S." in "U.S. Secretary of State").
- **Sentence starters**: "New precautions" starts with a capital because the sentence does.
  The article's other sentences decide ("Penhallow" written mid-sentence is a name, "vaccination"
  written in lower case is not), then dictionaries, then NLTK's chunker.
- **Generic words**: "the Embassy", "a Republican", "Russian" are not names.
- **Acronyms** in brackets after a name are the same entity: "Water Authority (RWA)".
- **Hyphens**: "Chicago-based" names Chicago.
- **Headlines In Title Case** and quoted titles of works have capitals everywhere: only the
  names known from the body, places and acronyms are kept there.

Datelines, bylines and photo credits are read in :mod:`lessons.entities.bylines`.

>>> from lessons.article import parse_article
>>> from lessons.document import read_document
>>> from lessons.entities.chunk import ne_chunker
>>> document = read_document(parse_article("Defense Secretary Ada Brennock spoke."))
>>> known = article_words(document.sentences, ne_chunker(document))
>>> [(" ".join(w.text for w in n.words), n.title)
...  for n in names_in_sentence(document.sentences[0], 0, known)]
[('Ada Brennock', 'Defense Secretary')]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from lessons import nlp, vocab
from lessons.article import Span
from lessons.document import StorySentence, Word
from lessons.entities import kinds
from lessons.entities.chunk import Chunks, is_model_code, run_end
from lessons.entities.context import PARTS_OF_TOWN, appositive_kind, context_hints
from lessons.entities.entity import Name
from lessons.entities.kinds import (
    COMPANY_FORMS,
    SCHOOLS,
    cue_type,
    is_nationality,
    looks_like_person,
    place_type,
)
from lessons.entities.words import (
    fold,
    glued_initials,
    in_title_case,
    is_acronym,
    is_capitalised,
    is_common,
    is_hyphen_compound,
    is_joiner,
    is_role_noun,
    is_small_word,
    is_title,
    is_title_case,
    looks_like_name,
    starts_sentence,
    straight_quotes,
)

_DEMONYM_ENDINGS = ("an", "ine", "ese", "ish", "ic", "i")  # "Argentine", "Chinese", "Polish"
_HYPHEN_PLACE = vocab.word_set("entity_hyphen_place_words")  # "Chicago-based"
_NEWSPAPERS = vocab.word_set("entity_newspaper_words")  # "told the Courier": a paper's name
_AFFILIATIONS = vocab.word_set("entity_party_words")  # "Whitmore, a Republican"
_INITIALS_WITHOUT_STOP = re.compile(r"^(?:[A-Z]\.){1,3}[A-Z]$")  # "U.S", "U.N"
_NOT_NAME_TAGS = frozenset("RB RBR RBS JJR JJS IN DT CC WRB WDT PRP MD".split())
_QUOTE_MARKS = frozenset({'"', "'", "``", "''"})

# ---------------------------------------------------------------------------------------------
# Titles, starters, generic words, acronyms: the names of one sentence


def _title_split(words: Sequence[Word]) -> int:
    """How many words at the front of a run are a job title ("Defense Secretary"), or 0.

    The title ends at the last title word that is followed by a name; "Office of the Prime
    Minister" and "City Council" are not split (nothing after the title word).
    """
    split = 0
    for i, word in enumerate(words[:-1]):
        rest = words[i + 1 :]
        if (
            is_title(word.plain)
            and not is_title(rest[0].plain)
            and rest[-1].plain.casefold() not in vocab.ORGANIZATION_CUES
            and not is_joiner(rest[0].plain)  # "National Council for Marine Studies"
            and (
                len(rest) == 1
                or rest[0].plain in nlp.first_names()
                or not all(is_common(w.plain) for w in rest)
            )
        ):  # "Mayor Ana Brill", "President Biden"; not "Mayor Wins Vote"
            split = i + 1
    return split


def _lowercase_title_before(words: Sequence[Word], start: int) -> str:
    """A job title just before a name ("Pentagon spokesman, Ivo Marten"), or ""."""
    i = start - 1
    if i >= 0 and words[i].text == ",":
        i -= 1
    if i < 0 or not words[i].text.islower() or not is_title(words[i].plain):
        return ""
    first = i
    while first > 0 and (is_title(words[first - 1].plain) or looks_like_name(words[first - 1])):
        first -= 1
    while first < i and is_small_word(words[first].plain):
        first += 1  # "The Pentagon spokesman" -> "Pentagon spokesman"
    return " ".join(w.text for w in words[first : i + 1])


def _the_before_a_name(sentence: StorySentence, start: int, end: int) -> bool:
    """ "the Red Cross", "the Grace Foundation": "the" does not go before a person's name.

    Unless the name describes the next noun: "the Joe Ortiz campaign", "the Ana Brill case".
    """
    words = sentence.words
    if start == 0 or words[start - 1].plain.casefold() != "the" or end - start < 2:
        return False
    if not looks_like_person([w.plain for w in words[start:end]]):
        return False
    return end >= len(words) or not sentence.tags[end].startswith("NN")


def _no_chunks(sentence: StorySentence) -> Chunks:
    return ()


@dataclass(frozen=True)
class ArticleWords:
    """What the whole article says about words: used to judge a capital at a sentence start.

    ``names`` holds words written with a capital in the middle of a sentence as a name of their
    own or a surname ("Penhallow" in "library director Iris Penhallow"); ``lower`` holds words the
    article also writes in lower case ("vaccination"); ``runs`` holds whole names written in
    the middle of a sentence ("Verdant Valley Farms"); ``chunks`` asks NLTK's chunker about one
    of its sentences when a starter is still in doubt.
    """

    names: frozenset[str] = frozenset()
    lower: frozenset[str] = frozenset()
    runs: frozenset[tuple[str, ...]] = frozenset()
    chunks: Callable[[StorySentence], Chunks] = _no_chunks


def article_words(
    sentences: Sequence[StorySentence], chunks: Callable[[StorySentence], Chunks]
) -> ArticleWords:
    """Words the article writes as names mid-sentence, and words it writes in lower case."""
    names: set[str] = set()
    lower: set[str] = set()
    runs: set[tuple[str, ...]] = set()
    read: set[str] = set()  # a sentence that comes back adds nothing new
    for sentence in sentences:
        if in_title_case(sentence) or sentence.span.text in read:
            continue
        read.add(sentence.span.text)
        _read_words(sentence.words, names, lower, runs)
    return ArticleWords(frozenset(names), frozenset(lower), frozenset(runs), chunks)


def _read_words(
    words: Sequence[Word], names: set[str], lower: set[str], runs: set[tuple[str, ...]]
) -> None:
    """Add one sentence's mid-sentence names, lower-case words and name runs to the sets."""
    k = 0
    while k < len(words):
        if words[k].text.islower():
            lower.add(words[k].plain)
        if not looks_like_name(words[k]):
            k += 1
            continue
        end = run_end(words, k)
        run = [w.plain for w in words[k:end]]
        if not starts_sentence(words, k):
            runs.add(tuple(fold(w) for w in run))
        mid_sentence = not starts_sentence(words, k) or len(run) > 1
        if mid_sentence and "of" not in run and (len(run) == 1 or not cue_type(run)[0]):
            names.add(fold(run[-1]))
        k = end


def _starter_is_name(sentence: StorySentence, run: list[int], known: ArticleWords) -> bool:
    """Is the capitalised first word of a sentence a name, or just the sentence's capital?"""
    words = sentence.words
    first = words[run[0]].plain
    if fold(first) in known.names or tuple(fold(words[k].text) for k in run) in known.runs:
        return True  # the same name also appears in the middle of a sentence
    if first.casefold() in nlp.stopwords():
        return False
    if first.casefold() in PARTS_OF_TOWN and len(run) > 1:
        return False  # "Downtown Brellin flooded": the town is Brellin
    if is_acronym(words[run[0]].text):
        return True  # "UN agencies appeal ..."
    if len(run) > 1:
        pair = " ".join(words[k].plain for k in run[:2])
        if place_type(pair) or cue_type([words[k].plain for k in run])[0] is not None:
            return True  # "New York", "Penn Station", "Tropical Storm Wenna"
    if len(run) > 1 and words[run[1]].plain in nlp.first_names() and is_common(first):
        return first in nlp.first_names() and not is_common(words[run[1]].plain)
    if len(run) > 1 and is_role_noun(first):
        return False  # "Developer Kestrel Homes", "Analyst Joyce Feld"
    if any(is_joiner(words[k].plain) for k in run[1:]):
        return True  # "Doctors Without Borders": a capitalised "Without" is part of a name
    if appositive_kind(words, run[-1] + 1) is not None:
        return True  # "Unison, the union that represents porters, ..."
    if first.casefold() in known.lower:
        return False  # the article writes "vaccination" in lower case elsewhere
    if len(run) == 1 and not place_type(first):
        # A lone dictionary word ("Update ...") is the sentence's capital, and so is a word the
        # tagger reads as an adverb ("Earlier, ...", "Meanwhile ..."). The dictionary is asked
        # first: the sentence is tagged only when the answer depends on it.
        return not is_common(first) and sentence.tags[run[0]] not in _NOT_NAME_TAGS
    if place_type(first) or not is_common(first):
        return True
    if len(run) > 1:
        if first in nlp.first_names():
            return True
        # NLTK's chunker has a say when it puts the word in one name with the next one.
        return any(a == run[0] and b > run[0] + 1 for a, b in known.chunks(sentence))
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
        if low in _AFFILIATIONS or is_small_word(word):
            return True  # "Whitmore, a Republican": a party member, like a nationality
        return (cue_word and is_common(word) and not unique) or is_nationality(word)
    if is_nationality(texts[0]) and not place_type(" ".join(texts)):
        rest = texts[1:]
        return all(is_common(t) for t in rest) and cue_type(texts)[0] is None
    return False


def _is_demonym_run(words: Sequence[Word], run: Sequence[int]) -> bool:
    """ "Uzbek", "Iraqi Kurds", "South Korean": a nationality or people, not a place."""
    text = " ".join(words[k].plain for k in run)
    return is_nationality(text) and not place_type(text)


def _full_stop_fixed(words: Sequence[Word], k: int) -> Word:
    """The last word of a name with its full stop put right: "U.S" + "." -> "U.S."; "Tarango."
    -> "Tarango"."""
    word = words[k]
    after = words[k + 1] if k + 1 < len(words) else None
    initials = _INITIALS_WITHOUT_STOP.match(word.text)
    if initials and after is not None and after.text == "." and after.start == word.end:
        return Word(word.text + ".", word.start, word.end + 1)  # the sentence's stop took it
    return _without_full_stop(word)


def _without_full_stop(word: Word) -> Word:
    """ "Tarango." ending a sentence the splitter missed is "Tarango"; not "Inc." nor "Jr."."""
    text = word.text
    stem = text[:-1]
    abbreviation = (
        len(stem) < 4
        or not stem.isalpha()
        or stem.isupper()
        or stem.casefold() in vocab.ORGANIZATION_CUES
        or text.casefold() in vocab.ORGANIZATION_CUES
        or fold(text) in COMPANY_FORMS
        or is_title(stem)
    )
    if not text.endswith(".") or abbreviation:
        return word
    return Word(stem, word.start, word.end - 1)


def _demonym_front(words: Sequence[Word], run: Sequence[int]) -> int:
    """How many words at the front of a run are a nationality before a name, or 0.

    "Swede Kennet Andersson" -> 1; not "Russian Federation" (a place), "South Korea", "Bosnian
    Serb" (all nationality) nor "Australian Broadcasting Corporation" (an organisation's name).
    """
    texts = [words[k].plain for k in run]
    if len(texts) < 2 or not is_nationality(texts[0]) or place_type(" ".join(texts)):
        return 0
    front = 1
    while front < len(texts) - 1 and is_nationality(" ".join(texts[: front + 1])):
        front += 1
    rest = texts[front:]
    if is_nationality(" ".join(texts)) or cue_type(texts)[0] or cue_type(rest)[0]:
        return 0
    if all(is_common(t) for t in rest):
        return 0  # "Russian Territory": no name after the nationality
    return front


def names_in_sentence(
    sentence: StorySentence, index: int, known: ArticleWords, headline: bool = False
) -> list[Name]:
    """The names in one sentence, after the repairs (a headline's are filtered later)."""
    words = sentence.words
    names: list[Name] = []
    i = 0
    while i < len(words):
        word = words[i]
        initials = i + 2 < len(words) and words[i + 1].text == "&"
        initials = initials and glued_initials(words[i : i + 3])  # "AT&T": not the word "AT"
        if not looks_like_name(word) and not initials:
            if is_model_code(words, i):  # "a fleet of B787 jets"
                hints = frozenset(context_hints(words, i, i + 1))
                names.append(Name((word,), index, sentence.part_name, hints=hints))
            elif is_hyphen_compound(word.text):
                names.extend(_hyphen_names(word, index, sentence.part_name))
            i += 1
            continue
        end = run_end(words, i)
        run = list(range(i, end))
        i = end
        while run and words[run[0]].plain.casefold() in ("the", "a", "an"):
            if glued_initials(words[run[0] : run[0] + 3]):
                break  # "A&E"
            run.pop(0)
        # Repair: a job title in front of the name is not part of it.
        title = ""
        split = _title_split([words[k] for k in run]) if run else 0
        texts = [words[k].plain.casefold() for k in run]
        if split:
            title = " ".join(words[k].text for k in run[:split])
            names.extend(_names_in_title(words, run[:split], index, sentence.part_name))
            run = run[split:]
        elif (
            run
            and is_title(texts[-1])
            and "of" not in texts
            and texts[-1] not in vocab.ORGANIZATION_CUES
        ):
            names.extend(_names_in_title(words, run, index, sentence.part_name))
            continue  # a title with no name: "Defense Secretary", "Russian President"
        # Repair: "Secretary of Transportation Elena Cruz": the title runs on after "of".
        after_title = (
            run and run[0] >= 2 and words[run[0] - 1].text == "of" and not split
        ) and is_title(words[run[0] - 2].plain)
        if after_title:
            rest = [words[k].plain for k in run[1:]]
            one_word_office = (  # "Secretary of State Antony Blinken"
                len(run) >= 3
                and words[run[0] - 2].text[:1].isupper()
                and cue_type(rest)[0] is None
                and not all(is_common(w) for w in rest)
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
        starter = run and not split and not headline and starts_sentence(words, run[0])
        if starter and not _starter_is_name(sentence, run, known):
            run.pop(0)
            while run and (is_title(words[run[0]].plain) or is_small_word(words[run[0]].plain)):
                run.pop(0)  # "Former President ...", "But The ..."
        # Repair: "Swede Kennet Andersson", "Mexican Ariel Cruz": a nationality, then the name.
        front = _demonym_front(words, run) if not split else 0
        if front:
            if kinds.DEMONYMS_ARE_ENTITIES:
                demonym = tuple(words[run[0] : run[front - 1] + 1])
                names.append(Name(demonym, index, sentence.part_name, hints=frozenset({"demonym"})))
            rest = [words[k].plain for k in run[front:]]
            if not is_acronym(rest[0]) and not all(is_common(w) for w in rest):
                title = " ".join(words[k].text for k in run[:front])
            run = run[front:]
        if run and kinds.DEMONYMS_ARE_ENTITIES and _is_demonym_run(words, run):
            demonym = tuple(words[run[0] : run[-1] + 1])
            names.append(Name(demonym, index, sentence.part_name, hints=frozenset({"demonym"})))
            continue
        if not run or _is_generic(words, run):
            continue
        single = words[run[0]].plain if len(run) == 1 else ""
        demonym = single.endswith(_DEMONYM_ENDINGS) and run[0] + 1 < len(words)
        demonym = demonym and words[run[0] + 1].text.islower()  # "Argentine striker"
        if single and (is_common(single) or demonym) and sentence.tags[run[0]] == "JJ":
            continue  # the tagger reads "Indigenous students" as an adjective, not a name
        a, b = run[0], run[-1] + 1
        title = title or _lowercase_title_before(words, a)
        hints = context_hints(words, a, b)
        if title:
            hints.add("person:title")
        elif _the_before_a_name(sentence, a, b):
            hints.add("org:the-name")
        spans = (*words[a : b - 1], _full_stop_fixed(words, b - 1))
        names.append(Name(spans, index, sentence.part_name, title, frozenset(hints)))
        # Repair: an acronym in brackets after a name is the same entity: "Water Authority (RWA)".
        if b + 2 < len(words) and words[b].text == "(" and words[b + 2].text == ")":
            inner = words[b + 1]
            if is_acronym(inner.text) and b - a > 1:
                names.append(Name((inner,), index, sentence.part_name, long_form=words[a].start))
                i = max(i, b + 3)
    return names


def _names_in_title(
    words: Sequence[Word], title_words: Sequence[int], index: int, part: str
) -> list[Name]:
    """Names inside a title keep their own mention: "U.S. Secretary of State", "European
    Commission President", "NSW Premier"."""
    first_title = next((n for n, k in enumerate(title_words) if is_title(words[k].plain)), 0)
    prefix = [words[k] for k in title_words[:first_title]]
    while prefix and is_small_word(prefix[0].plain):
        prefix.pop(0)
    for size in range(len(prefix), 1, -1):  # "Elm Falls" in "Elm Falls Fire Chief"
        texts = [w.plain for w in prefix[:size]]
        if cue_type(texts)[0] or place_type(" ".join(texts)):
            return [Name(tuple(prefix[:size]), index, part, hints=frozenset({"in-title"}))]
    names = []
    for k in title_words:
        word = words[k]
        if is_title(word.plain) or is_nationality(word.plain):
            continue
        if place_type(word.plain) or is_acronym(word.text):
            follows = words[k + 1].plain.casefold() if k + 1 < len(words) else ""
            ruled = follows in ("premier", "governor", "mayor", "president", "chancellor")
            hints = {"in-title", "place:ruled"} if ruled else {"in-title"}  # "NSW Premier"
            names.append(Name((word,), index, part, hints=frozenset(hints)))
    return names


def _hyphen_names(word: Word, index: int, part: str) -> list[Name]:
    """ "Chicago-based" -> Chicago (a place); "American-made" is a nationality, not a name."""
    names = []
    offset = 0
    parts = word.text.split("-")
    for n, piece in enumerate(parts):
        if is_capitalised(piece) and not is_common(piece) and not is_nationality(piece):
            hints = set()
            if n + 1 < len(parts) and parts[n + 1].casefold() in _HYPHEN_PLACE:
                hints.add("place:based")
            start = word.start + offset
            piece_span = Span(piece, start, start + len(piece))
            names.append(Name((piece_span,), index, part, hints=frozenset(hints)))
        offset += len(piece) + 1
    return names


# ---------------------------------------------------------------------------------------------
# Headlines In Title Case and quoted titles: keep only names known from elsewhere


def known_names(names: Iterable[Name]) -> set[tuple[str, ...]]:
    """Forms of the body's names a headline may use: "River Bridge", "Velkor", "Brennock"."""
    known: set[tuple[str, ...]] = set()
    for name in names:
        tokens = name.tokens
        known.add(tokens)
        form = list(tokens)
        while len(form) > 1 and form[-1] in COMPANY_FORMS:
            form.pop()
            known.add(tuple(form))
        joined = any(is_joiner(t) for t in tokens)  # "Center for Healthy Aging": not "Aging"
        if len(tokens) > 1 and cue_type(tokens)[0] is None and not joined:
            known.add(tokens[-1:])  # a surname: "Brennock"
        if len(tokens) > 2 and cue_type(tokens)[0] and cue_type(tokens[:-1])[0] is None:
            known.add(tokens[:-1])
        if len(tokens) > 2 and tokens[-1] in SCHOOLS:
            known.add(tokens[:-1])  # "Norvell State University" -> "Norvell State"
        for k in range(1, len(tokens) - 1):
            if cue_type(tokens[k:])[0] in ("FACILITY", "ORGANIZATION"):
                known.add(tokens[k:])
    return known


def headline_names(sentence: StorySentence, index: int, known: set[tuple[str, ...]]) -> list[Name]:
    """In a Title Case line, keep only the stretches that are known names.

    "Pryor Administration Approves Anti-Flood Barriers for Ostrava" has capitals everywhere;
    "Pryor Administration" (named in the body) and "Ostrava" (a city) are names.
    """
    found = names_in_sentence(sentence, index, ArticleWords(), headline=True)
    letters = [w.text for w in sentence.words if any(c.isalpha() for c in w.text)]
    shouting = all(t.isupper() for t in letters)  # "WAREHOUSE FIRE": every word looks an acronym
    return known_pieces(found, known, shouting)


def known_pieces(
    found: Iterable[Name], known: set[tuple[str, ...]], shouting: bool = False
) -> list[Name]:
    """The stretches of capitalised runs that are known names, places or acronyms."""
    names: list[Name] = []
    for name in found:
        words = name.words
        i = 0
        while i < len(words):
            for j in range(len(words), i, -1):
                piece = words[i:j]
                tokens = tuple(fold(w.text) for w in piece)
                text = " ".join(straight_quotes(w.text) for w in piece)
                if (
                    tokens in known
                    or place_type(text)
                    or (j - i == 1 and is_acronym(piece[0].text) and not shouting)
                ):
                    # "Judge Orders Tamblin Mills to Pay": the title belongs to no later piece.
                    title, hints = (name.title, name.hints) if i == 0 else ("", frozenset())
                    names.append(Name(tuple(piece), name.sentence, name.part, title, hints))
                    i = j
                    break
            else:
                i += 1
    return names


def quoted_titles(words: Sequence[Word]) -> list[tuple[int, int]]:
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
            if inside and inside[0].text[:1].isupper() and is_title_case(inside, least=2):
                stretches.append((inside[0].start, inside[-1].end))
            opened = None
    return stretches
