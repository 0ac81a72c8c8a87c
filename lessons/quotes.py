"""Lesson 2: find the quotes and who said them.

A reporter reading a story asks two questions of every quote: *who said it* and *how do we know*.
A program answers them in steps, each a section of this module:

1. **Quote marks.** Decide for every ``“ ” " ‘ ’ '`` whether it opens a quote, closes one, or is
   an apostrophe (it’s, Ukraine’s, the ’90s, rock ’n’ roll).
2. **Quoted stretches.** Pair the marks, one paragraph at a time, so that a mark left open never
   swallows the rest of the article.
3. **Attribution.** Read the words around each stretch for a cue ("said", "told", "according
   to") and the mention of who spoke ("Defense Secretary Lloyd Austin", "he").
4. **Speakers.** Turn the mention into a speaker: strip the title, expand a bare surname, resolve
   "he" or "the ministry" to someone named earlier, describe anonymous sources.
5. **Reported speech** ("Okafor said that ...") without quote marks.
6. **Sourcing**: who gets quoted, and how much.

>>> from lessons.article import parse_article
>>> article = parse_article("Mayor Speaks\\n\\n“We are ready,” Mayor Ana Ruiz said on Tuesday.")
>>> [(q.text, q.speaker, q.speaker_mention, q.cue) for q in find_quotes(article)]
[('We are ready,', 'Ana Ruiz', 'Mayor Ana Ruiz', 'said')]
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from functools import cache, lru_cache
from itertools import islice

from lessons.article import Article, Paragraph, Span
from lessons.vocab import (
    FACILITY_CUES,
    GPE_CUES,
    LOCATION_CUES,
    ORGANIZATION_CUES,
    SPEECH_VERBS,
    TITLES,
    WEEKDAYS_AND_MONTHS,
)

# =============================================================================================
# The results


@dataclass(frozen=True)
class Quote:
    """A direct quote: the words between the marks, who said them and where they are.

    ``article.raw[start:end] == text``; ``paragraph`` is the 0-based body paragraph.
    """

    text: str
    speaker: str
    speaker_mention: str
    cue: str
    paragraph: int
    start: int
    end: int

    def to_dict(self) -> dict[str, object]:
        return asdict(self)

    @property
    def words(self) -> int:
        """How many words the quote gives its speaker."""
        return count_words(self.text)


@dataclass(frozen=True)
class IndirectQuote:
    """Reported speech: what someone said, paraphrased without quote marks."""

    text: str
    speaker: str
    speaker_mention: str
    cue: str
    paragraph: int
    start: int
    end: int

    def to_dict(self) -> dict[str, object]:
        return asdict(self)


ANONYMOUS = "anonymous: "
UNKNOWN = "unknown"


def count_words(text: str) -> int:
    """Words in a text (it’s and Okonkwo-Bell count once)."""
    return len(re.findall(r"\w+(?:['\u2019-]\w+)*", text))


# =============================================================================================
# 1. Quote marks

DOUBLE_OPENERS = "\u201c\u201e\u00ab"  # “ „ «
DOUBLE_CLOSERS = "\u201d\u00bb"  # ” »
SINGLE_OPENERS = "\u2018\u201a\u2039"  # ‘ ‚ ‹
SINGLE_CLOSERS = "\u2019\u203a"  # ’ ›
QUOTE_MARKS = DOUBLE_OPENERS + DOUBLE_CLOSERS + SINGLE_OPENERS + SINGLE_CLOSERS + "\"'"
_MARK = re.compile("[" + re.escape(QUOTE_MARKS) + "]")

# Words that start with an apostrophe standing for missing letters: ’em, ’til, the ’90s.
_ELISION = re.compile(
    r"(?:em|til|tis|twas|cause|bout|\d\ds?)(?![\w\u2019'])|n['\u2019](?!\w)", re.IGNORECASE
)
_OPEN_CONTEXT = "([{\u2014\u2013-/" + QUOTE_MARKS
_CLOSE_CONTEXT = ".,;:!?)]}\u2014\u2013-\u2026" + QUOTE_MARKS
# After a plural possessive comes a noun (officials’ views); after a closing mark comes
# punctuation or an attribution (‘... the farmers’ she said).
_AFTER_CLOSE_WORDS = frozenset(
    "he she they we i it said says told tells added adds according asked wrote insisted".split()
)


@dataclass(frozen=True)
class Mark:
    """One quote mark: where it is, double or single, and its role.

    ``role`` is "open", "close", "either" (a straight mark between spaces) or "apostrophe".
    """

    position: int
    double: bool
    role: str


def _is_space(char: str) -> bool:
    return char == "" or char.isspace()


def classify_mark(text: str, i: int) -> Mark:
    """What the quote mark at ``text[i]`` does, judged by its shape and its neighbours.

    >>> [classify_mark("it’s", 2).role, classify_mark("“Go,” he said.", 0).role]
    ['apostrophe', 'open']
    >>> [classify_mark("the ’90s", 4).role, classify_mark("rock ’n’ roll", 5).role]
    ['apostrophe', 'apostrophe']
    """
    char = text[i]
    before = text[i - 1] if i > 0 else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    double = char in DOUBLE_OPENERS + DOUBLE_CLOSERS + '"'
    if not double:
        if before.isalnum() and after.isalnum():
            return Mark(i, False, "apostrophe")  # it’s, O’Brien
        if (_is_space(before) or before in "([\u2014\u2013") and _ELISION.match(text, i + 1):
            return Mark(i, False, "apostrophe")  # ’em, ’n’, the ’90s
        if before == "n" and i >= 2 and text[i - 2] in "'\u2018\u2019" and _is_space(after):
            return Mark(i, False, "apostrophe")  # the second mark of ’n’
        if before in "sS" and after == " ":
            following = re.match(r" +([a-z]+)", text[i + 1 : i + 40])
            if following and following.group(1) not in _AFTER_CLOSE_WORDS:
                return Mark(i, False, "apostrophe")  # officials’ views
    opens = _is_space(before) or before in _OPEN_CONTEXT
    closes = _is_space(after) or after in _CLOSE_CONTEXT
    if opens and not closes:
        return Mark(i, double, "open")
    if closes and not opens:
        return Mark(i, double, "close")
    if char in DOUBLE_OPENERS + SINGLE_OPENERS:
        return Mark(i, double, "open")
    if char in DOUBLE_CLOSERS + SINGLE_CLOSERS:
        return Mark(i, double, "close")
    if not double and not opens:
        return Mark(i, False, "apostrophe")  # a straight ' inside a word
    return Mark(i, double, "either")


def find_marks(text: str) -> list[Mark]:
    """Every quote mark in a text with its role."""
    return [classify_mark(text, m.start()) for m in _MARK.finditer(text)]


# =============================================================================================
# 2. Quoted stretches, one paragraph at a time


@dataclass(frozen=True)
class QuotedStretch(Span):
    """The words between a pair of quote marks (offsets into the raw text).

    ``closed`` is False when the paragraph ended (or a new quote opened) before a closing mark:
    the newswire convention for a quote that goes on in the next paragraph, or a typo.
    ``close_mark`` is where the closing mark is (None when there is none).
    """

    paragraph: int = 0
    open_mark: int = 0
    close_mark: int | None = None
    closed: bool = True


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def find_quoted_stretches(part: Span, paragraph: int = 0) -> list[QuotedStretch]:
    """Pair the quote marks of one paragraph into quoted stretches.

    Double marks are the outer marks unless a single mark opens first (British style); marks
    of the other kind inside a quote are nested quotes and stay part of the text. A quote left
    open ends where the next one opens (cut before its attribution) or at the paragraph's end.

    >>> [s.text for s in find_quoted_stretches(Span("“Ready,” she said, “but not yet.", 0, 32))]
    ['Ready,', 'but not yet.']
    """
    text = part.text
    marks = [m for m in find_marks(text) if m.role != "apostrophe"]
    last_single_close = max(
        (m.position for m in marks if not m.double and m.role in ("close", "either")), default=-1
    )
    found: list[tuple[int, int, int, int | None]] = []  # start, end, open mark, close mark
    opened: Mark | None = None
    last_close = -1
    for mark in marks:
        if opened is None:
            if mark.role == "close" and mark.double:
                orphan = _orphan_quote(text, mark, last_close)
                if orphan:
                    found.append(orphan)
                    last_close = mark.position
                continue
            if mark.role not in ("open", "either"):
                continue
            if not mark.double and mark.position > last_single_close:
                before = text[max(0, mark.position - _WINDOW) : mark.position].rstrip()
                if (before or mark.position > _WINDOW) and not before.endswith(":"):
                    continue  # a lone single mark is an apostrophe or a typo, not a quote
            opened = mark
        elif mark.double == opened.double:
            if mark.role in ("close", "either"):
                found.append((opened.position + 1, mark.position, opened.position, mark.position))
                opened = None
                last_close = mark.position
            elif mark.role == "open":  # opened again without closing: cut before this one
                end = _cut_before_attribution(text, opened.position + 1, mark.position)
                found.append((opened.position + 1, end, opened.position, None))
                opened = mark
    if opened is not None:
        end = _cut_before_attribution(text, opened.position + 1, len(text))
        found.append((opened.position + 1, end, opened.position, None))
    stretches = []
    for start, end, open_mark, close_mark in found:
        start, end = _trimmed(text, start, end)
        if end <= start or not re.search(r"\w", text[start:end]):
            continue
        stretches.append(
            QuotedStretch(
                text[start:end],
                part.start + start,
                part.start + end,
                paragraph,
                part.start + open_mark,
                None if close_mark is None else part.start + close_mark,
                close_mark is not None,
            )
        )
    return stretches


def _orphan_quote(text: str, mark: Mark, last_close: int) -> tuple[int, int, int, int] | None:
    """A closing mark with no opener (the opener was lost): the quote runs from the paragraph
    start, or the previous quote, but only when an attribution follows: We are ready," she said."""
    if not read_attribution_after(text[mark.position + 1 : mark.position + _WINDOW]):
        return None
    start = max(last_close + 1, mark.position - _WINDOW, 0)
    return (start, mark.position, max(start - 1, 0), mark.position)


def _cut_before_attribution(text: str, start: int, end: int) -> int:
    """Where an unclosed quote really ends: before the attribution that precedes the next
    opening mark (“... on November 20, reads an alert issued by the State Department. “...)."""
    window_start = max(start, end - 300)
    for match in reversed(list(re.finditer(r"[,!?;\u2014](?=\s)", text[window_start:end]))):
        cut = window_start + match.start()
        tail = text[cut:end]
        if len(tail.split()) > 16:
            break
        attribution = read_attribution_after(tail)
        if attribution and attribution.complete:
            return cut if text[cut] == "," else cut + 1
    return end


# =============================================================================================
# 3. Attribution: the cue and the mention of who spoke

# Verbs that introduce speech, on top of the shared list.
CUE_VERBS: frozenset[str] = SPEECH_VERBS | frozenset(
    """
    tweeted posted emailed texted stressed emphasized emphasised urged testified conceded
    cautioned vowed pledged promised responded answered joked shouted whispered complained
    countered observed suggested predicted maintained contended agreed disputed denied
    assured reiterated recounted lamented boasted wondered mused quipped sighed estimated
    estimate estimates believes believe questioned apologised apologized
    """.split()
)
_DOCUMENT_CUE = re.compile(
    r"(?P<cue>(?:reads|read|said|says|stated|states)\s+(?:a|an|the)\s+(?:\w+\s+){0,2}?"
    r"(?:alert|statement|notice|letter|message|post|release|note|advisory|report|memo)\s+"
    r"(?:\w+\s+){0,2}?(?:issued|released|posted|published|sent|signed|written)\s+by)"
    r"\s+(?P<rest>.*)",
    re.IGNORECASE | re.DOTALL,
)
_ADVERBS = frozenset("also later then again previously earlier once recently simply".split())
_PRONOUNS = frozenset("he she they we i it".split())
_DETERMINERS = frozenset("the this that these those its his her their our".split())
_QUANTIFIERS = frozenset(
    "a an one two three four five several some many other another few most all".split()
)
_ABBREVIATIONS = frozenset(
    """
    mr. mrs. ms. dr. st. jr. sr. inc. corp. co. ltd. gov. sen. rep. gen. lt. col. capt. sgt.
    adm. prof. rev. cmdr. maj. no. vs. jan. feb. mar. apr. aug. sept. sep. oct. nov. dec. ft.
    cllr. mich. calif. fla. mass. ore. wash. tenn. conn. penn. pa. ky. md. va. ga. ala. ariz.
    """.split()
)


def _is_abbreviation(word: str) -> bool:
    lower = word.casefold().lstrip("(\"'\u201c\u2018")
    return lower in _ABBREVIATIONS or re.fullmatch(r"(?:[a-z]\.){1,4}", lower) is not None


def _last_word(text: str, end: int | None = None) -> str:
    """The last word of ``text[:end]`` (only the last few dozen characters are looked at)."""
    end = len(text) if end is None else end
    parts = text[max(0, end - 60) : end].split()
    return parts[-1] if parts else ""


_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*(?=\s|$)")


def sentence_ends(text: str) -> list[int]:
    """Offsets just after each sentence end in a text (a full stop after "Mr." or "U.S." inside
    a name is not an end).

    >>> sentence_ends("Mr. Ruiz spoke. “Go.” Then he left")
    [15, 21]
    """
    ends = []
    for match in _SENTENCE_END.finditer(text):
        if _is_abbreviation(_last_word(text, match.start() + 1)):
            following = text[match.end() : match.end() + 30].split()
            # "the U.S. Embassy" goes on; "... in the U.S. The next day" would end (rare)
            if not following or not following[0][:1].isupper() or len(following) < 2:
                continue
            if following[1][:1].islower() or following[0].casefold() in _ABBREVIATIONS:
                continue
            if _last_word(text, match.start() + 1).casefold() in _ABBREVIATIONS:
                continue
            if re.fullmatch(r"(?:[A-Z]\.){2,4}", _last_word(text, match.start() + 1)):
                continue
        ends.append(match.end())
    return ends


@dataclass(frozen=True)
class Attribution:
    """Who spoke according to the words around a quote: the mention as written and the cue.

    ``start`` is where the mention starts in the text it was read from. ``complete`` is True
    when only adjuncts ("on Tuesday", "to a group of reporters") follow until the sentence end.
    """

    mention: str
    cue: str
    start: int = 0
    complete: bool = False


_WORD = re.compile(r"[^\W\d_][\w'\u2019.&-]*|\d[\w.,:]*|[^\w\s]")


def _iter_words(text: str) -> Iterator[tuple[str, int, int]]:
    for match in _WORD.finditer(text):
        word, start, end = match.group(), match.start(), match.end()
        if len(word) > 1 and word.endswith(".") and not _is_abbreviation(word):
            yield word[:-1], start, end - 1
            yield ".", end - 1, end
        else:
            yield word, start, end


def _words(text: str, limit: int | None = None) -> list[tuple[str, int, int]]:
    """Words and punctuation with offsets (the first ``limit`` of them); a final full stop is
    split off unless the word is an abbreviation ("Inc.", "U.S.")."""
    return list(islice(_iter_words(text), limit))


def _is_cue(word: str) -> bool:
    return word[:1].islower() and word in CUE_VERBS


def _clause_end(text: str) -> int:
    ends = sentence_ends(text[:_WINDOW])
    return ends[0] if ends else min(len(text), _WINDOW)


def _is_complete(text: str, end: int) -> bool:
    """Only adjuncts and a full stop after ``end``: "... said on Tuesday." / "said, adding"."""
    rest = text[end:]
    return not re.search(r"[\"\u201c\u201d\u2018]", rest[:160]) and len(rest.split()) <= 20


def read_attribution_after(text: str) -> Attribution | None:
    """The attribution that follows a closing quote mark, or None.

    >>> read_attribution_after(", Defense Secretary Lloyd Austin said on Wednesday.")
    Attribution(mention='Defense Secretary Lloyd Austin', cue='said', start=2, complete=True)
    >>> read_attribution_after(" said Maria Lopez, the mayor.").mention
    'Maria Lopez'
    >>> read_attribution_after(" The mayor left.") is None
    True
    """
    clause = text[: _clause_end(text)]
    words = _words(clause, 40)
    i = 0
    while i < len(words) and words[i][0] in (",", "\u2014", "\u2013", "-", ";", ")"):
        i += 1
    if i >= len(words) or words[i][0] in (".", "!", "?", ":"):
        return None
    first, first_start, first_end = words[i]
    document = _DOCUMENT_CUE.match(clause, first_start)
    if document:
        found = _mention_after(clause, document.start("rest"))
        if found:
            cue = re.sub(r"\s+", " ", document.group("cue"))
            return Attribution(found[0], cue, found[1], _is_complete(clause, found[2]))
    if first.casefold() == "according" and i + 1 < len(words) and words[i + 1][0] == "to":
        found = _mention_after(clause, words[i + 1][2])
        if found:
            return Attribution(found[0], "according to", found[1], True)
        return None
    if _is_cue(first):  # "said Maria Lopez" / "added the ministry"
        found = _mention_after(clause, first_end)
        if found:
            return Attribution(found[0], first, found[1], _is_complete(clause, found[2]))
        return None
    for j in range(i + 1, min(len(words), i + 18)):
        word = words[j][0]
        if word in (".", "!", "?", ":", ";") or word in QUOTE_MARKS:
            return None
        if not _is_cue(word):
            continue
        k = j
        while k > i and words[k - 1][0] in _ADVERBS:
            k -= 1
        if k - 1 > i and words[k - 1][0].endswith("ly") and words[k - 1][0].islower():
            k -= 1
        if k <= i:
            return None
        mention = clause[first_start : words[k - 1][2]].strip(" ,")
        if not _looks_like_mention(mention):
            return None
        chunks = mention.split(",")
        if (
            len(chunks) > 1
            and (chunks[1].strip()[:1].islower() or chunks[1].strip().isdigit())
            and not _is_anonymous(chunks[0].split())
            and not _title_only(chunks[0].strip())
        ):
            mention = chunks[0].strip()  # "Dwayne Maddox, president of ..., wrote"
        cue = word
        if word in ("pointed",) and j + 1 < len(words) and words[j + 1][0] == "out":
            cue = "pointed out"
        return Attribution(mention, cue, first_start, _is_complete(clause, words[j][2]))
    return None


def _mention_after(text: str, start: int) -> tuple[str, int, int] | None:
    """The mention after an inverted cue: "said Maria Lopez, the mayor" -> "Maria Lopez",
    "said a senior official who was not authorized to speak publicly." -> the whole phrase."""
    rest = text[start:]
    stripped = rest.lstrip()
    offset = start + len(rest) - len(stripped)
    words = _words(stripped)
    if not words:
        return None
    first = words[0][0]
    if first.casefold() in _PRONOUNS:
        return first, offset, offset + words[0][2]
    lowered = first.casefold()
    if first[0].isupper() and lowered not in _DETERMINERS | _QUANTIFIERS:
        end = 0
        for word, _, word_end in words:
            if word[0].isupper() or word.casefold() in _CONNECTORS | _TITLE_WORDS:
                if word[0].isupper() or word.casefold() in _TITLE_WORDS:
                    end = word_end
                continue
            break
        if not end:
            return None
        return stripped[:end], offset, offset + end
    stop = re.search(r"[,.;:!?\u2014\u201c\"]", stripped)
    end = stop.start() if stop else len(stripped)
    while (
        stop and stripped[stop.start()] == "." and _is_abbreviation(_last_word(stripped, end + 1))
    ):
        stop = re.search(r"[,.;:!?\u2014\u201c\"]", stripped[end + 1 :])
        end = end + 1 + stop.start() if stop else len(stripped)
    phrase = stripped[:end].rstrip()
    phrase = re.sub(r"\s+(?:on|last|this)\s+[A-Z]\w+day$", "", phrase)
    if not phrase or len(phrase.split()) > 30 or not _looks_like_mention(phrase):
        return None
    return phrase, offset, offset + len(phrase)


_CONNECTORS = frozenset("of for and & de la del van von bin al the".split())
# How far around a quote or a verb the attribution is looked for (keeps long texts linear).
_WINDOW = 400


def _looks_like_mention(text: str) -> bool:
    """A speaker mention starts with a pronoun, a determiner, a number word or a capital."""
    words = text.split()
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
    return _head_noun(words) in _PLURAL_SOURCES | _PERSON_NOUNS


def read_attribution_before(text: str) -> Attribution | None:
    """The attribution that introduces a quote ("Austin told reporters: “...").

    ``text`` runs from the start of the sentence to the opening mark.

    >>> read_attribution_before("In a statement, the ministry said: ").mention
    'the ministry'
    >>> read_attribution_before("The statement read: ").cue
    'read'
    """
    stripped = text.rstrip(" ,:\u2014\u2013-\n\t\u00a0")
    words = _words(stripped)
    if not words:
        return None
    according = re.search(r"\b[Aa]ccording to\s+(.+?)\s*$", stripped)
    if according and _looks_like_mention(according.group(1)):
        return Attribution(according.group(1), "according to", according.start(1), True)
    for j in range(len(words) - 1, max(-1, len(words) - 12), -1):
        word = words[j][0]
        if word in (".", "!", "?") or word in QUOTE_MARKS:
            return None
        if not _is_cue(word):
            continue
        leftover = stripped[words[j][2] :].strip()
        if leftover and not re.fullmatch(
            r"(?:(?:to|on|in|at|during|after|late|early|this|last|in a|in an)\b[\w\s,.’']{0,60}"
            r"|reporters|journalists|that|as follows|simply|(?:the\s+)?[A-Z][\w\s]{0,40})",
            leftover,
        ):
            return None
        found = subject_before(stripped[: words[j][1]])
        if not found:
            return None
        return Attribution(found[0], word, found[1], True)
    return None


# =============================================================================================
# 4. Speakers: names, titles, organisations, pronouns and anonymous sources

_TITLE_WORDS = frozenset(t.strip(".") for t in TITLES) | frozenset(
    """
    secretary spokesman spokeswoman spokesperson minister adviser advisor aide lawmaker senator
    ambassador envoy member cllr councillor president director executive chief prosecutor
    assistant associate counsel solicitor barrister magistrate coroner auditor treasurer clerk
    dean provost rector warden
    """.split()
)
# Particles inside a person's name: "Bram de Vries", "Ursula von der Leyen".
_NAME_PARTICLES = frozenset("de la del van von der den bin al da di du dos das ter ten le".split())
_ORG_WORDS = (
    frozenset(w.strip(".") for w in ORGANIZATION_CUES)
    | frozenset(
        """
    ministry kremlin pentagon government cabinet municipality inc corp ltd llc plc gmbh
    airlines airways council organization organisation coalition alliance commission district
    office institute foods transit
    """.split()
    )
) - {"workers", "local", "news"}
_MALE_TITLES = frozenset(
    "mr sir lord king prince father spokesman chairman congressman brother uncle".split()
)
_FEMALE_TITLES = frozenset(
    "mrs ms miss dame lady queen princess mother sister spokeswoman chairwoman "
    "congresswoman madam aunt".split()
)
# Nouns for people who can be quoted without a name: "a resident", "officials".
_PERSON_NOUNS = frozenset(
    """
    official source analyst expert resident witness diplomat critic officer investigator
    observer activist lawmaker economist scientist researcher doctor aide adviser advisor
    engineer worker parent teacher nurse neighbor neighbour voter protester student employee
    commuter spokesman spokeswoman spokesperson person man woman member representative
    prosecutor executive manager owner driver farmer survivor mother father friend relative
    lawyer attorney pilot attendant passenger customer patient shopper tenant landlord
    homeowner volunteer organizer organiser supporter fan player firefighter paramedic
    soldier veteran guard clerk contractor consultant accountant banker trader scholar
    historian inspector graduate professor lecturer labourer laborer miner fisherman
    shopkeeper businessman businesswoman entrepreneur developer designer programmer
    forecaster meteorologist deputy trooper ranger caregiver counselor counsellor therapist
    pharmacist surgeon physician dentist midwife colleague partner daughter son sister leader
    brother husband wife grandmother grandfather girl boy child teenager
    """.split()
)
_IRREGULAR_PLURALS = frozenset(
    "people men women children staff authorities households police".split()
)


def _plural(noun: str) -> str:
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


_PLURAL_SOURCES = (
    frozenset(_plural(noun) for noun in _PERSON_NOUNS - {"person", "staff"})
    | _IRREGULAR_PLURALS
    | frozenset("families crews".split())
)
_DOCUMENT_WORDS = frozenset(
    "statement alert notice letter message post release note advisory report memo".split()
)
_NOT_NAMES = frozenset(
    """
    The A An This That These Those It He She They We I You His Her Their Our Its On In At
    For From But And Or So Yet As By With Without After Before When While If Since Because
    Although Though Despite During Under Over Meanwhile However Still Also Then There Here
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May
    June July August September October November December Similar Major New Some Many Most
    Several Both Each Every Other Another No Not All Any Such What Who Why How Where Related
    Instead Nobody Everyone Later Earlier Parents Workers Inspectors Engineers Officials
    """.split()
)
_HONORIFICS = frozenset("Mr Mrs Ms Miss Dr Sir Dame Lord Lady Cllr".split())
# The last word of a place name: "Ansel Island" and "Pelican Drive" are not people.
_PLACE_WORDS = frozenset(
    """
    island islands street st avenue ave road rd drive lane boulevard way square park county
    city town village river lake bay creek mountain mountains valley beach bridge station
    airport harbor harbour port hall center centre school hospital library springs heights
    """.split()
) | (FACILITY_CUES | LOCATION_CUES | GPE_CUES)


def _strip_possessive(word: str) -> str:
    return re.sub(r"['\u2019]s?$", "", word)


def _is_title_word(word: str) -> bool:
    return word.casefold().strip(",") in _TITLE_WORDS or word.casefold() in TITLES


def split_title(words: Sequence[str]) -> tuple[list[str], list[str]]:
    """Separate a title from a name.

    >>> split_title("Defense Secretary Lloyd Austin".split())
    (['Defense', 'Secretary'], ['Lloyd', 'Austin'])
    >>> split_title("Secretary of State Antony Blinken".split())
    (['Secretary', 'of', 'State'], ['Antony', 'Blinken'])
    """
    words = list(words)
    last_title = -1
    for i, word in enumerate(words[:-1]):
        if _is_title_word(word):
            last_title = i
    if last_title < 0:
        return [], words
    cut = last_title + 1
    if cut < len(words) and words[cut].casefold() in ("of", "for") and len(words) - cut >= 3:
        cut += 2  # "Secretary of State Antony Blinken", "Minister for Health Ana Ruiz"
        while cut < len(words) - 2 and words[cut] not in _first_names():
            cut += 1
    if all(_is_title_word(w) for w in words[cut:]):
        return words, []  # "Office of the Prime Minister" is no person's name
    return words[:cut], words[cut:]


def _is_descriptor(words: Sequence[str]) -> bool:
    """A job or role in front of a name, capitalised because it starts the sentence: an
    everyday word, then two or more words that are not ("Midfielder Tomasz Brzeski", "Grocer
    Hal Brandt"; not "Pacific Cascade Power" or "Liberty Bell Museum")."""
    common = _common_words()
    return (
        len(words) >= 3
        and words[0] not in _first_names()
        and (
            words[0].casefold() in common
            or re.search(r"[a-z](?:er|or|ist|ian|man|woman|ant|ent)$", words[0]) is not None
        )
        and not _is_org(words)
        and all(w.casefold() not in common or w in _first_names() for w in words[1:])
    )


def _starts_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 10) : start].rstrip()
    return not before or before[-1] in '.!?"\u201d\u2019'


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


def _head_noun(words: Sequence[str]) -> str:
    """The head of a noun phrase: the last word before "of", "for", "who", a comma ..."""
    head = ""
    for word in words:
        lowered = word.casefold().strip(",")
        if lowered in ("of", "for", "from", "at", "in", "on", "with", "who", "whose", "which"):
            break
        head = lowered
        if word.endswith(","):
            break
    return _strip_possessive(head)


@dataclass(frozen=True)
class Name:
    """A name as the article writes it, with its title set apart."""

    name: str
    title: str
    kind: str  # "person", "organization" or "other"
    start: int
    end: int


_CAP_WORD = r"(?:[A-Z\u00c0-\u00de][\w'\u2019.&-]*|[A-Z]\.(?:[A-Z]\.)+)"
_NAME_RUN = re.compile(
    rf"{_CAP_WORD}(?:\s+(?:(?:of|for|and|&|de|la|del|van|von|bin|al|the)\s+)*{_CAP_WORD})*"
)


def find_names(part: Span) -> list[Name]:
    """Capitalised word sequences that look like names of people or organisations.

    >>> names = find_names(Span("Defense Secretary Lloyd Austin met the U.S. State Department.",
    ...     0, 61))
    >>> [(n.name, n.title, n.kind) for n in names]
    [('Lloyd Austin', 'Defense Secretary', 'person'), ('U.S. State Department', '', 'organization')]
    """
    names: list[Name] = []
    text = part.text
    for run in _NAME_RUN.finditer(text):
        pieces = [(m.group(), run.start() + m.start()) for m in re.finditer(r"\S+", run.group())]
        for k, (piece, _) in enumerate(pieces[:-1]):
            if piece.endswith(".") and not _is_abbreviation(piece):
                pieces = pieces[: k + 1]  # "... of Public Health. Health workers say"
                break
        while pieces and pieces[0][0].rstrip(".") in _NOT_NAMES:
            pieces.pop(0)
        pieces = _without_member_prefix(pieces)
        if pieces and pieces[-1][0].endswith(".") and not _is_abbreviation(pieces[-1][0]):
            pieces[-1] = (pieces[-1][0][:-1], pieces[-1][1])
        while pieces and pieces[-1][0].casefold() in _CONNECTORS:
            pieces.pop()
        if not pieces:
            continue
        preceding = text[max(0, pieces[0][1] - 40) : pieces[0][1]].split()[-1:] or [""]
        titled = _is_title_word(preceding[0]) and preceding[0][:1].islower()
        if _starts_sentence(text, pieces[0][1]) and _is_descriptor([w for w, _ in pieces]):
            pieces, titled = pieces[1:], True  # "Midfielder Tomasz Brzeski scored twice"
        words = [w for w, _ in pieces]
        title_words, rest = split_title(words)
        groups: list[list[int]]
        person_with_title = (
            title_words
            and rest
            and not _is_org(rest)
            and not any(w.casefold() in _CONNECTORS for w in rest)
        )
        if person_with_title or _is_org(words):
            groups = [list(range(len(words)))]
        else:
            # without an organisation word, "and"/"of" join two names: keep them apart
            # (but "de", "van" belong to a name: "Bram de Vries")
            groups = [[]]
            for i, word in enumerate(words):
                if word in _NAME_PARTICLES and groups[-1] and i + 1 < len(words):
                    groups[-1].append(i)
                elif word.casefold() in _CONNECTORS:
                    groups.append([])
                else:
                    groups[-1].append(i)
        for group in groups:
            if not group:
                continue
            chosen = [words[i] for i in group]
            start = part.start + pieces[group[0]][1]
            end = part.start + pieces[group[-1]][1] + len(words[group[-1]])
            names.extend(_make_name(chosen, start, end, titled and group[0] == 0))
    return names


# Plural nouns for the people who make up an organisation: "Members of the Nurses Union".
_MEMBER_NOUNS = _PLURAL_SOURCES | frozenset(
    "members leaders supporters fans owners shareholders customers clients patients".split()
)


def _without_member_prefix(pieces: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """ "Members of the Riverside Nurses Union" names the union, not a body called "Members":
    a capitalised plural noun of people followed by "of" is left out of the name."""
    if (
        len(pieces) > 2
        and pieces[0][0].casefold() in _MEMBER_NOUNS
        and pieces[1][0] in ("of", "at", "from")
    ):
        rest = pieces[2:]
        while rest and rest[0][0].casefold() in _CONNECTORS:
            rest = rest[1:]
        if rest and _is_org([w for w, _ in rest]):  # but "Friends of the Earth" is a name
            return rest
    return pieces


def _make_name(words: list[str], start: int, end: int, titled: bool) -> list[Name]:
    words = list(words)
    words[-1] = _strip_possessive(words[-1])
    title_words, rest = split_title(words)
    if title_words and rest and not _is_org(rest):
        return [Name(" ".join(rest), " ".join(title_words), "person", start, end)]
    if _is_org(words):
        for i, word in enumerate(words[:-2]):
            if re.search(r"['\u2019]s$", word) and _is_org(words[i + 1 :]):
                words = words[i + 1 :]  # "Valdoria’s Ministry of Health"
                break
        return [Name(" ".join(words), "", "organization", start, end)]
    honorific = words[0].strip(".") in _HONORIFICS
    place = words[-1].casefold() in _PLACE_WORDS
    kind = (
        "person" if not place and (titled or honorific or words[0] in _first_names()) else "other"
    )
    if kind == "other" and len(words) == 1 and words[0].isupper():
        return []
    return [Name(" ".join(words), "", kind, start, end)]


@dataclass
class _Person:
    name: str
    gender: str = ""  # "male", "female" or ""
    strong: bool = False  # gender known from a title or a pronoun, not only a first name
    titles: set[str] = field(default_factory=set)
    positions: list[int] = field(default_factory=list)


class Cast:
    """Everyone the article names, in reading order: people (with gender and titles) and
    organisations, so that "he", "Austin" or "the ministry" can be resolved.

    Speakers found along the way (named, organisations and anonymous) are added with
    :meth:`add_speaker`, so that "the official" or "she" can point back to them.
    """

    def __init__(self, article: Article) -> None:
        self.people: dict[str, _Person] = {}
        self.orgs: list[tuple[int, str]] = []
        self.others: dict[str, list[int]] = {}
        self.speakers: list[tuple[int, str]] = []
        self.anonymous_gender: dict[str, str] = {}
        self.sentence_starts: list[int] = []
        self.blocked: list[tuple[int, int]] = []
        self.surnames: dict[str, str] = {}
        self.raw = article.raw
        singles: list[tuple[int, str]] = []
        self.part_starts: list[int] = []
        for _, part in article.story_parts():
            self.part_starts.append(part.start)
            self.sentence_starts.append(part.start)
            self.sentence_starts.extend(part.start + end for end in sentence_ends(part.text))
            for name in find_names(part):
                if name.kind == "organization":
                    self.orgs.append((name.start, name.name))
                    continue
                words = name.name.split()
                honorific = words[0].strip(".") if words[0].strip(".") in _HONORIFICS else ""
                if honorific:
                    words = words[1:]
                if not words:
                    continue
                full = " ".join(words)
                if name.kind == "person" and len(words) >= 2:
                    person = self._person(full)
                    person.positions.append(name.start)
                    self._note_title(person, name.title + " " + honorific)
                elif len(words) == 1:
                    singles.append((name.start, words[0]))
                    if honorific or name.title:
                        singles.append((-1, words[0] + "|" + name.title + " " + honorific))
                else:
                    self.others.setdefault(full, []).append(name.start)
        other_surnames = {name.split()[-1] for name in self.others}
        for position, word in singles:
            if word.casefold() in WEEKDAYS_AND_MONTHS:
                continue  # "in June" is a date, not a woman called June
            if (
                position >= 0
                and word not in self.surnames
                and word not in other_surnames  # "Gideon Marsh ... Marsh said"
                and word in _first_names()
            ):
                self._person(word).positions.append(position)  # "his wife, Marlene"
                continue
            if position < 0:
                surname, title = word.split("|")
                if surname in self.surnames:
                    self._note_title(self.people[self.surnames[surname]], title)
                continue
            full = self.surnames.get(word)
            if full and full != word:
                self.people[full].positions.append(position)
        for person in self.people.values():
            person.positions.sort()
        self.orgs.sort()
        # where each organisation is first named in the body (headline words are title case:
        # "Judge Orders Calder Mills to Pay" is no organisation's name)
        self.body_start = article.paragraphs[0].start if article.paragraphs else len(article.raw)
        self.org_names: dict[str, int] = {}
        for start, name in self.orgs:
            if name not in self.org_names or self.org_names[name] < self.body_start <= start:
                self.org_names[name] = start
        self.sentence_starts.sort()
        self.part_starts.sort()
        self._index_mentions()
        # businesses named without an organisation word: "Brisa Air", "Pacific Cascade Power"
        self.businesses: list[tuple[int, str]] = sorted(
            (position, name)
            for name, positions in self.others.items()
            if not name.isupper() and self._is_company(name)
            for position in positions
            if position >= self.body_start
        )
        # unnamed people and groups a body sentence is about, even when they say nothing there
        # ("A spokeswoman for the company declined to comment."): found when first needed,
        # since reading them takes a part-of-speech tagger
        self.paragraph_ends = {p.start: p.end for p in article.paragraphs}
        self._unnamed: dict[int, tuple[int, str] | None] = {}

    def _index_mentions(self) -> None:
        """Every mention of a person, in reading order, for pronoun look-ups."""
        self.mentions = sorted(
            (p, person.name) for person in self.people.values() for p in person.positions
        )
        self.mention_starts = [p for p, _ in self.mentions]

    def _person(self, full: str) -> _Person:
        if full not in self.people:
            person = _Person(full)
            male, female = _gendered_first_names()
            first = full.split()[0]
            person.gender = "male" if first in male else "female" if first in female else ""
            self.people[full] = person
            self.surnames.setdefault(full.split()[-1], full)
        return self.people[full]

    @staticmethod
    def _note_title(person: _Person, title: str) -> None:
        words = {w.casefold().strip(".") for w in title.split()}
        person.titles.update(words)
        if words & _MALE_TITLES:
            person.gender, person.strong = "male", True
        elif words & _FEMALE_TITLES:
            person.gender, person.strong = "female", True

    def promote(self, name: str, position: int) -> None:
        """A name that turned out to be a speaker is a person, unless it is an organisation
        ("Pacific Cascade Power confirmed ...", "Solvane Air, which is based in Dublin")."""
        if name in self.people or name.startswith(ANONYMOUS) or _is_org(name.split()):
            return
        if len(name.split()) < 2 or name in self.org_names:
            return
        if self._is_company(name):
            self.org_names[name] = position
            bisect.insort(self.orgs, (position, name))
            return
        person = self._person(name)
        person.positions = sorted(set(person.positions + self.others.get(name, []) + [position]))
        for p in person.positions:
            i = bisect.bisect_left(self.mentions, (p, name))
            if i >= len(self.mentions) or self.mentions[i] != (p, name):
                self.mentions.insert(i, (p, name))
                self.mention_starts.insert(i, p)

    def _is_company(self, name: str) -> bool:
        """A name with no organisation word that the text treats as a business: "Solvane Air,
        which ...", "Pacific Cascade Power confirmed that it ...", or a name ending in a line of
        business ("Tarn Chemicals"); not "Declan Ferriter, who ...", "Imran Khan said he ..."."""
        after = [self.raw[p + len(name) : p + len(name) + 80] for p in self.others.get(name, [])]
        if any(re.match(r",\s+which\b", a) for a in after):
            return True
        if any(re.match(r",\s+(?:who\b|\d)", a) for a in after):
            return False
        # the first pronoun in the rest of the clause: "Obi Baker said he ...", "... that it"
        pronouns = [re.search(r"\b(he|she|his|her|it|its)\b|[.;:!?]", a) for a in after]
        said = {m.group(1) for m in pronouns if m and m.group(1)}
        if said & {"he", "she", "his", "her"}:
            return False
        words = name.split()
        if words[0] in _first_names():
            return False
        return bool(said) or _strip_possessive(words[-1]).casefold() in _INDUSTRY_WORDS

    def set_gender(self, speaker: str, pronoun: str) -> None:
        gender = {"he": "male", "his": "male", "she": "female", "her": "female"}.get(pronoun)
        if not gender:
            return
        if speaker in self.people:
            self.people[speaker].gender, self.people[speaker].strong = gender, True
        elif speaker.startswith(ANONYMOUS):
            self.anonymous_gender[speaker] = gender

    def add_speaker(self, position: int, speaker: str) -> None:
        if speaker == UNKNOWN:
            return
        bisect.insort(self.speakers, (position, speaker))
        if speaker.startswith(ANONYMOUS) and speaker not in self.anonymous_gender:
            gender = described_gender(speaker[len(ANONYMOUS) :])
            if gender:
                self.anonymous_gender[speaker] = gender

    # --- resolving mentions -----------------------------------------------------------------

    def person_for(self, words: Sequence[str]) -> str | None:
        """The full name for a bare surname (or a first name)."""
        key = " ".join(words)
        if key in self.people:
            return key
        if len(words) == 1:
            if words[0] in self.surnames:
                return self.surnames[words[0]]
            for person in self.people.values():
                if person.name.split()[0] == words[0]:
                    return person.name
            for name in self.others:  # "challenger Dariusz Wolny ... Wolny said"
                parts = name.split()
                if len(parts) in (2, 3) and parts[-1] == words[0] and not self._is_company(name):
                    return name
        return None

    def org_for(self, short: str, position: int) -> str | None:
        """The fullest organisation name containing a short mention ("the ministry",
        "State Department", "Brightwater"), preferring names seen before ``position``."""
        wanted = [_strip_possessive(w).casefold() for w in short.split()]
        best: tuple[bool, bool, int, str] | None = None
        for name, start in self.org_names.items():
            lowered = [w.casefold().strip(".") for w in name.split()]
            if all(w.strip(".") in lowered for w in wanted):
                seen = start <= position
                score = (seen and start >= self.body_start, seen, len(name), name)
                if best is None or score[:3] > best[:3]:
                    best = score
        return best[3] if best else None

    def titled(self, head: str, position: int) -> str | None:
        """The person most recently named with a title word ("the secretary" -> Lloyd Austin)."""
        best, best_position = None, -1
        for person in self.people.values():
            if head in person.titles and person.positions:
                i = bisect.bisect_left(person.positions, position)
                latest = person.positions[i - 1] if i else person.positions[0]
                if latest > best_position:
                    best, best_position = person.name, latest
        return best

    def _inside_quote(self, position: int) -> bool:
        i = bisect.bisect_right(self.blocked, (position, 10**12)) - 1
        return i >= 0 and self.blocked[i][0] <= position < self.blocked[i][1]

    def pronoun(self, pronoun: str, position: int) -> str | None:
        """The person a he/she points to.

        An editor looks back paragraph by paragraph: the antecedent is in the pronoun's own
        paragraph or the one before. Inside a paragraph, the latest sentence first and in it the
        first mention (the subject); someone known to be of that gender first, else someone whose
        gender the text does not tell ("Dev Rao", "a nurse"). So in "Dev Rao, who leads the
        fans, said ... His deputy, Rita Ames, said ... ¶ “...,” he said." *he* is Dev Rao,
        not a man named three paragraphs earlier.
        """
        pronoun = pronoun.casefold()
        if pronoun not in ("he", "she"):
            return self.last_group(position)
        return self.person_before(position, "male" if pronoun == "he" else "female")

    def person_before(self, position: int, gender: str = "") -> str | None:
        """The person the story is about at ``position`` (of that gender, when given): see
        :meth:`pronoun`. "The 24-year-old said" points back the same way."""
        candidates = self._people_before(position)
        candidates.sort(key=lambda m: (self._part(m[0]), self._sentence(m[0]), -m[0]))
        weak_other: str | None = None
        while candidates:
            part = self._part(candidates[-1][0])
            unknown: str | None = None
            while candidates and self._part(candidates[-1][0]) == part:
                _, name, known, strong = candidates.pop()
                if known == gender or not gender:
                    return name
                if not known and unknown is None:
                    unknown = name
                if known and not strong and weak_other is None:
                    weak_other = name  # a first name can mislead: "Jean", "Robin"
            if unknown:
                return unknown
        return weak_other

    def _people_before(self, position: int) -> list[tuple[int, str, str, bool]]:
        """People mentioned (outside quotes) and people who spoke in the dozen sentences before
        ``position``: (where, who, gender, is the gender sure)."""
        window = (
            self.sentence_starts[max(0, self._sentence(position) - 12)]
            if self.sentence_starts
            else 0
        )
        found: list[tuple[int, str, str, bool]] = []
        low = bisect.bisect_left(self.mention_starts, window)
        high = bisect.bisect_left(self.mention_starts, position)
        for p, name in self.mentions[low:high]:
            if not self._inside_quote(p):
                person = self.people[name]
                found.append((p, name, person.gender, person.strong))
        low = bisect.bisect_left(self.speakers, (window, ""))
        high = bisect.bisect_left(self.speakers, (position, ""))
        for p, speaker in self.speakers[low:high] + self.unnamed_between(window, position):
            if speaker in self.people:
                person = self.people[speaker]
                found.append((p, speaker, person.gender, person.strong))
            elif speaker.startswith(ANONYMOUS) and _is_one_person(speaker):
                known = self.anonymous_gender.get(speaker, "")
                found.append((p, speaker, known, bool(known)))
        return found

    def unnamed_between(self, low: int, high: int) -> list[tuple[int, str]]:
        """Unnamed subjects of the body sentences that start between ``low`` and ``high``:
        (where, "anonymous: ...")."""
        first = bisect.bisect_left(self.sentence_starts, max(low, self.body_start))
        last = bisect.bisect_left(self.sentence_starts, high)
        found = []
        for start in self.sentence_starts[first:last]:
            if start not in self._unnamed:
                self._unnamed[start] = self._read_unnamed(start)
            subject = self._unnamed[start]
            if subject is not None:
                found.append(subject)
        return found

    def _read_unnamed(self, start: int) -> tuple[int, str] | None:
        part_start = self.part_starts[self._part(start) - 1]
        end = min(self.paragraph_ends.get(part_start, start), start + _WINDOW)
        found = unnamed_subject(self.raw[start:end])
        if found is None:
            return None
        speaker = _describe(found[0])
        gender = described_gender(found[0])
        if gender:
            self.anonymous_gender.setdefault(speaker, gender)
        return start + found[1], speaker

    def _part(self, position: int) -> int:
        """Which paragraph (or headline, dek, caption) a position is in."""
        return bisect.bisect_right(self.part_starts, position)

    def _sentence(self, position: int) -> int:
        return bisect.bisect_right(self.sentence_starts, position)

    def last_group(self, position: int, business: bool = False) -> str | None:
        """What "it", "its report" or "the statement" points to (or, with ``business``, "the
        company" or "the utility"): an organisation or group that spoke or was named, in the
        latest sentence that has one, and in it the first (the subject comes first).

        "A review panel found that managers at the Tarn Institute ignored warnings. Its report
        said ..." -> the panel, not the institute.
        """
        window = self.sentence_starts[max(0, self._sentence(position) - 12)]
        candidates: list[tuple[int, str]] = []
        low = bisect.bisect_left(self.speakers, (window, ""))
        high = bisect.bisect_left(self.speakers, (position, ""))
        for p, speaker in self.speakers[low:high]:
            if speaker not in self.people and not _is_one_person(speaker):
                candidates.append((p, speaker))
        low = bisect.bisect_left(self.orgs, (max(window, self.body_start), ""))
        high = bisect.bisect_left(self.orgs, (position, ""))
        candidates.extend(o for o in self.orgs[low:high] if not self._inside_quote(o[0]))
        candidates.extend(
            u for u in self.unnamed_between(window, position) if not _is_one_person(u[1])
        )
        if business:
            low = bisect.bisect_left(self.businesses, (window, ""))
            high = bisect.bisect_left(self.businesses, (position, ""))
            candidates.extend(self.businesses[low:high])
            candidates = [c for c in candidates if _is_business(c[1])]
        if not candidates:
            return None
        return min(candidates, key=lambda c: (-self._sentence(c[0]), c[0]))[1]


# The last word of many business names: "Pacific Cascade Power", "Solvane Air".
_INDUSTRY_WORDS = frozenset(
    """
    power energy electric electricity gas oil petroleum water utilities air aviation aerospace
    rail freight shipping lines motors auto automotive steel metals mining minerals chemicals
    chemical polymers plastics pharma pharmaceuticals biotech therapeutics labs health
    healthcare medical foods food beverages brewing farms dairy supply supplies capital finance
    financial insurance assurance bancorp securities investments partners ventures holdings
    industries manufacturing engineering construction builders homes realty properties
    developers solar wind telecom wireless mobile networks software systems technologies tech
    digital media entertainment studios pictures records games logistics transport express
    retail stores markets outfitters apparel textiles packaging
    """.split()
)
_PUBLIC_BODY_WORDS = frozenset(
    """
    department ministry embassy authority council administration agency office bureau
    commission committee board court parliament senate congress assembly party union
    university college school hospital institute police army navy force forces guard command
    district county city state government
    """.split()
)
# Common nouns that point back to a business the story named: "the utility said".
_BUSINESS_NOUNS = frozenset(
    """
    company firm manufacturer maker retailer utility airline carrier operator insurer lender
    bank developer publisher broadcaster chain supplier provider producer club team employer
    business startup automaker carmaker drugmaker chipmaker
    """.split()
)


def _is_business(name: str) -> bool:
    """A named organisation that is not a public body ("Pacific Cascade Power", not "Jessup
    County Sheriff's Office")."""
    words = {_strip_possessive(w).casefold().strip(".") for w in name.split()}
    return not name.startswith(ANONYMOUS) and not words & _PUBLIC_BODY_WORDS


_FEMALE_NOUNS = frozenset(
    "woman women mother daughter sister wife grandmother girl spokeswoman chairwoman".split()
)
_MALE_NOUNS = frozenset("man men father son brother husband grandfather boy spokesman".split())
_NOT_MEN = frozenset("german human roman shaman ottoman".split())


@lru_cache(maxsize=4096)
def described_gender(description: str) -> str:
    """The gender an unnamed source's description gives away, or "".

    >>> described_gender("a flight attendant who asked not to be named for fear of losing her job")
    'female'
    >>> [described_gender("a spokesman for the airline"), described_gender("a nurse")]
    ['male', '']
    """
    words = [w.casefold().strip(",.") for w in description.split()]
    head = _head_noun(words)
    if head in _FEMALE_NOUNS or head.endswith("woman"):
        return "female"
    if head in _MALE_NOUNS or head.endswith("man") and head not in _NOT_MEN:
        return "male"
    pronouns = set(words) & {"she", "her", "herself", "he", "his", "him", "himself"}
    if pronouns and pronouns <= {"she", "her", "herself"}:
        return "female"
    if pronouns and pronouns <= {"he", "his", "him", "himself"}:
        return "male"
    return ""


@lru_cache(maxsize=4096)
def _is_one_person(anonymous: str) -> bool:
    """Can "he" or "she" point to this unnamed source? "a resident", "the official" and "a
    flight attendant ... her job" can; "officials" and "the county" cannot."""
    description = anonymous[len(ANONYMOUS) :]
    return _head_noun(description.split()) in _PERSON_NOUNS or bool(described_gender(description))


def _describe(mention: str) -> str:
    """An anonymous source as the text describes it: commas dropped, lower-case at the start
    (unless the first word is a nationality: "Ukrainian officials")."""
    text = re.sub(r"\s*,\s*", " ", mention).strip()
    first = text.split()[0]
    if first not in _proper_adjectives():
        text = text[0].lower() + text[1:]
    return ANONYMOUS + text


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


def resolve_speaker(mention: str, position: int, cast: Cast) -> str:
    """Who a mention refers to: a full name, an organisation or an anonymous description.

    ``position`` is where the mention is in the raw text (to find who was named before it).
    """
    mention = mention.strip(" ,;:\u2014\u2013-")
    if not mention:
        return UNKNOWN
    words = mention.split()
    first = words[0].casefold()
    if len(words) == 1 and first in _PRONOUNS:
        return cast.pronoun(first, position) or UNKNOWN
    chunks = [c.strip() for c in mention.split(",") if c.strip()]
    if len(chunks) > 1:
        # "Kremlin spokesman, Dmitry Perskov", "Lloyd Austin, the defense secretary",
        # "The agency’s chief executive, Graham Tolliver"
        named = [
            c
            for c in chunks
            if c[0].isupper()
            and not _title_only(c)
            and c.split()[0].casefold() not in _DETERMINERS | _QUANTIFIERS
        ]
        if named:
            return resolve_speaker(named[-1], position, cast)
        if _is_anonymous(chunks[0].split()):
            return _describe(mention)
        mention = chunks[-1]
        words = mention.split()
        first = words[0].casefold()
    if _is_anonymous(words):
        return _describe(mention)
    if first in _DETERMINERS and len(words) > 1 and words[1][:1].islower():
        return _resolve_description(words, position, cast, mention)
    if first == "the" and len(words) == 2 and _is_age_or_demonym(words[1]):
        # "the 24-year-old said", "the Dutchman said": someone already in the story
        return cast.person_before(position, described_gender(mention)) or _describe(mention)
    if first == "the" and len(words) > 1:
        words = words[1:]
    if words[0][:1].islower() and any(w[:1].isupper() for w in words[1:]):
        # a job described in lower case before the name: "engineer Paul Grant"
        words = words[next(i for i, w in enumerate(words) if w[:1].isupper()) :]
    # "Valdoria’s Ministry of Health" -> "Ministry of Health"
    for i, word in enumerate(words[:-1]):
        if re.search(r"['\u2019]s$", word) and words[i + 1][:1].isupper():
            words = words[i + 1 :]
            break
    words = [*words[:-1], _strip_possessive(words[-1])]
    titles, name = split_title(words)
    if name and name[0].strip(".") in _HONORIFICS:
        name = name[1:] or name
    if titles and name and not _is_org(name):
        return cast.person_for(name) or " ".join(name)
    if _is_org(words):
        short = " ".join(words)
        return cast.org_for(short, position) or short
    if not name:
        return cast.titled(titles[-1].casefold(), position) or " ".join(titles)
    resolved = cast.person_for(name)
    if resolved:
        return resolved
    if len(name) >= 3 and cast.person_for(name[1:]):
        return cast.person_for(name[1:])  # "Midfielder Tomasz Brzeski", "Grocer Hal Brandt"
    joined = " ".join(name)
    return (cast.org_for(joined, position) if len(name) == 1 else None) or joined


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


def _resolve_description(words: Sequence[str], position: int, cast: Cast, mention: str) -> str:
    """ "the ministry", "the secretary", "the official", "the statement" -> who they point to."""
    head = _head_noun(words)
    if head in _DOCUMENT_WORDS:
        return cast.last_group(position) or UNKNOWN
    if head in _BUSINESS_NOUNS:
        return (
            cast.org_for(head, position)
            or cast.last_group(position, business=True)
            or _describe(mention)
        )
    if head in _ORG_WORDS or head in ("agency", "government", "group", "authority"):
        return cast.org_for(head, position) or _describe(mention)
    high = bisect.bisect_left(cast.speakers, (position, ""))
    for _, speaker in reversed(cast.speakers[max(0, high - 50) : high]):
        if speaker.startswith(ANONYMOUS) and head in speaker.split():
            return speaker
    titled = cast.titled(head, position)
    if titled:
        return titled
    if _points_back_to_a_person(words):
        return cast.person_before(position, described_gender(mention)) or _describe(mention)
    return _describe(mention)


def _is_age_or_demonym(word: str) -> bool:
    """ "24-year-old", "Dutchman", "Brazilian", "Frenchwoman"."""
    return bool(re.fullmatch(r"\d+-year-old", word)) or (
        word in _proper_adjectives() or re.fullmatch(r"[A-Z][a-z]+(?:wo)?man", word) is not None
    )


def _points_back_to_a_person(words: Sequence[str]) -> bool:
    """ "the 24-year-old", "the Dutchman", "the striker": a description that can only mean
    someone the story has named. Not "the official" or "a resident" (unnamed sources), nor
    "the county" or "the city" (places that act as organisations)."""
    head = _head_noun(words)
    return (
        head not in _PERSON_NOUNS | _PLURAL_SOURCES | _GROUP_NOUNS | _PLACE_WORDS
        and head not in _ORG_WORDS | _BUSINESS_NOUNS | _DOCUMENT_WORDS
        and not head.endswith("s")  # "the protesters", "the villagers": a group
        and words[0].casefold() == "the"
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


def unnamed_subject(sentence: str) -> tuple[str, int] | None:
    """The unnamed person or group a sentence is about, when it opens with one, and where that
    description starts.

    >>> unnamed_subject("A spokeswoman for the bank declined to comment.")
    ('A spokeswoman for the bank', 0)
    >>> unnamed_subject("On Monday, two nurses who saw the fire said they ran.")
    ('two nurses who saw the fire', 11)
    >>> unnamed_subject("A fire broke out.") is None
    True
    """
    opening = _UNNAMED_OPENING.match(sentence)
    if opening is None:
        return None
    found = _unnamed_subject(sentence[opening.end() :])
    return None if found is None else (found, opening.end())


# A sentence opening with "A ...", "Two ...", "Residents ...", perhaps after "On Monday,".
_UNNAMED_OPENING = re.compile(
    r"\s*(?:[A-Z][^,.;:!?\"\u201c]{0,40},\s+)?"
    r"(?=(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]everal|[Ss]ome|[Mm]any|[A-Za-z][a-z]+s)\s)"
)
# Unnamed groups that act and speak as one: "a review panel", "a faculty committee".
_GROUP_NOUNS = frozenset(
    """
    committee panel board jury group team coalition commission council delegation consortium
    task force inquiry investigation review audit survey study
    """.split()
)


_SOURCE_NOUNS = _PERSON_NOUNS | _PLURAL_SOURCES | _GROUP_NOUNS


def _unnamed_subject(sentence: str) -> str | None:
    """The unnamed subject a sentence starts with, up to its verb (found by part of speech,
    skipping clauses set off by commas and relative clauses): "A spokeswoman for the bank
    declined to comment." -> "A spokeswoman for the bank"; "A man who saw the fire said ..." ->
    "A man who saw the fire"."""
    from lessons import nlp

    words = _words(sentence, 30)
    stop = next((i for i, w in enumerate(words) if w[0] in _CLAUSE_STOPS), len(words))
    words = words[:stop]
    if not {w.casefold() for w, _, _ in words[:8]} & _SOURCE_NOUNS:
        return None  # no person or group near the start: no need to tag the words
    tags = nlp.tag_words([w for w, _, _ in words])
    commas = 0
    relative = False  # inside "who saw the fire": its verb is not the sentence's verb
    for (word, start, _), (_, tag) in zip(words, tags, strict=True):
        if word == ",":
            commas += 1
            relative = False
        elif word in ("who", "whose", "which", "that") and commas % 2 == 0:
            relative = True
        elif tag in ("VBD", "VBZ", "VBP", "MD") and commas % 2 == 0 and start > 0:
            if relative:
                relative = False
                continue
            subject = sentence[:start].strip(" ,")
            words = subject.split()
            if not words or len(words) > 30 or not _is_anonymous(words):
                return None
            if _head_noun(words) not in _SOURCE_NOUNS:
                return None  # "A fire broke out", "A second lawsuit is scheduled"
            return subject
    return None


_CLAUSE_STOPS = frozenset([".", "!", "?", ";", ":", *QUOTE_MARKS])


_BOUNDARIES = frozenset(
    "as that and but while because when after before if than since so or then".split()
)
_SENTENCE_STARTERS = frozenset(
    """
    But And Yet So Still However Meanwhile Later Earlier Then Now Also On In At After Before
    When While Asked Speaking Separately Instead Moreover Afterward Afterwards Last This
    """.split()
)

# =============================================================================================
# 5. Putting it together


@dataclass(frozen=True)
class _Claim:
    """Something said, before its speaker is resolved: a quoted stretch or a reported clause."""

    start: int
    end: int
    paragraph: int
    mention: str
    mention_position: int
    cue: str
    direct: bool
    how: str  # "after", "before", "shared", "reported", "inherit" ...
    closed: bool = True
    opens_paragraph: bool = False  # the opening mark is the paragraph's first character


@dataclass(frozen=True)
class Sources:
    """Everything said in an article: direct quotes and reported speech."""

    quotes: tuple[Quote, ...]
    indirect_quotes: tuple[IndirectQuote, ...]


def find_quotes(article: Article) -> list[Quote]:
    """Every direct quote in the article's body, in reading order, with its speaker."""
    return list(read_sources(article).quotes)


def find_indirect_quotes(article: Article) -> list[IndirectQuote]:
    """Every paraphrased statement ("X said that ...", "according to X, ...").

    >>> from lessons.article import parse_article
    >>> article = parse_article("Vote Delayed\\n\\nMayor Ana Ruiz said that the vote was delayed.")
    >>> [(q.speaker, q.cue, q.text) for q in find_indirect_quotes(article)]
    [('Ana Ruiz', 'said', 'the vote was delayed')]
    """
    return list(read_sources(article).indirect_quotes)


@lru_cache(maxsize=16)
def read_sources(article: Article) -> Sources:
    """Find the quotes and the reported speech of an article and resolve every speaker."""
    cast = Cast(article)
    raw = article.raw
    stretches: list[QuotedStretch] = []
    for paragraph in article.paragraphs:
        stretches.extend(find_quoted_stretches(paragraph, paragraph.index))
    cast.blocked = sorted((s.start, s.end) for s in stretches)
    by_paragraph: dict[int, list[QuotedStretch]] = {}
    for stretch in stretches:
        by_paragraph.setdefault(stretch.paragraph, []).append(stretch)

    ends = {index: sentence_ends(article.paragraphs[index].text) for index in by_paragraph}
    direct = [
        _attribute(raw, article.paragraphs[s.paragraph], ends[s.paragraph], stretches, i)
        for i, s in enumerate(stretches)
    ]
    direct = _share(raw, direct)
    attributed: dict[int, list[_Claim]] = {}
    for claim in direct:
        if claim.mention:
            attributed.setdefault(claim.paragraph, []).append(claim)
    reported: list[_Claim] = []
    for paragraph in article.paragraphs:
        reported.extend(
            _reported_in_paragraph(
                article,
                paragraph,
                by_paragraph.get(paragraph.index, []),
                attributed.get(paragraph.index, []),
            )
        )
    direct = _partial_quotes(raw, direct, reported)

    claims = sorted(
        [c for c in direct if c.mention or c.how == "inherit"] + reported,
        key=lambda c: (c.start, not c.direct),
    )
    resolved: dict[tuple[str, int], str] = {}
    quotes: list[Quote] = []
    indirect: list[IndirectQuote] = []
    for claim in sorted(claims, key=lambda c: (c.mention_position, c.start)):
        if claim.how == "inherit":
            continue
        key = (claim.mention, claim.mention_position)
        if key not in resolved:
            speaker = resolve_speaker(claim.mention, claim.mention_position, cast)
            resolved[key] = speaker
            cast.add_speaker(claim.mention_position, speaker)
            cast.promote(speaker, claim.mention_position)
            if claim.mention.casefold() in ("he", "she"):
                cast.set_gender(speaker, claim.mention.casefold())
            if not claim.direct:
                pronoun = re.match(r"(he|she|his|her)\b", raw[claim.start : claim.start + 4])
                if pronoun:
                    cast.set_gender(speaker, pronoun.group(1))
    last: tuple[str, str, str] | None = None
    for claim in claims:
        if claim.how == "inherit":
            if last is None:
                continue
            speaker, mention, cue = last
        else:
            speaker = resolved[(claim.mention, claim.mention_position)]
            mention, cue = claim.mention, claim.cue
        text = raw[claim.start : claim.end]
        if claim.direct:
            quotes.append(
                Quote(text, speaker, mention, cue, claim.paragraph, claim.start, claim.end)
            )
            last = (speaker, mention, cue)
        else:
            indirect.append(
                IndirectQuote(text, speaker, mention, cue, claim.paragraph, claim.start, claim.end)
            )
    return Sources(tuple(quotes), tuple(indirect))


def _sentence_start(ends: list[int], position: int) -> int:
    """Start (local offset) of the sentence around ``position``, given the sentence ends."""
    i = bisect.bisect_right(ends, position) - 1
    return ends[i] if i >= 0 else 0


def _attribute(
    raw: str, part: Paragraph, ends: list[int], stretches: list[QuotedStretch], i: int
) -> _Claim:
    """Read the attribution of one quoted stretch: after its closing mark, else before it."""
    stretch = stretches[i]
    same = [s for s in stretches[max(0, i - 1) : i + 2] if s.paragraph == stretch.paragraph]
    previous = same[0] if same and same[0] is not stretch else None
    following = same[-1] if same and same[-1] is not stretch else None

    def claim(attribution: Attribution, offset: int, how: str) -> _Claim:
        return _Claim(
            stretch.start,
            stretch.end,
            stretch.paragraph,
            attribution.mention,
            offset + attribution.start,
            attribution.cue,
            True,
            how,
            stretch.closed,
            stretch.open_mark == part.start,
        )

    after_start = stretch.close_mark + 1 if stretch.close_mark is not None else stretch.end
    after_end = following.open_mark if following else part.end
    after = raw[after_start : min(after_end, after_start + _WINDOW)]
    attribution = read_attribution_after(after)
    if attribution and not _new_sentence(stretch, after, attribution):
        return claim(attribution, after_start, "after")
    local_open = stretch.open_mark - part.start
    begin = part.start + _sentence_start(ends, local_open)
    if previous is not None:
        previous_end = previous.close_mark + 1 if previous.close_mark is not None else previous.end
        begin = max(begin, previous_end)
    begin = max(begin, stretch.open_mark - _WINDOW)
    before = raw[begin : stretch.open_mark]
    attribution = read_attribution_before(before)
    if attribution:
        return claim(attribution, begin, "before")
    characterised = _characterisation(before.rstrip())
    if characterised is not None:
        mention, offset, cue = characterised
        return claim(Attribution(mention, cue, offset), begin, "characterised")
    return _Claim(
        stretch.start,
        stretch.end,
        stretch.paragraph,
        "",
        stretch.start,
        "",
        True,
        "title" if _is_title_of_work(stretch.text, before.rstrip()) else "",
        stretch.closed,
        stretch.open_mark == part.start,
    )


def _new_sentence(stretch: QuotedStretch, after: str, attribution: Attribution) -> bool:
    """A quote that ends its sentence with a full stop takes no attribution after it ("“We
    leave.” He said nothing more."; "“... keep.” Wolny said Okonkwo had ..."), unless a short
    one closes at once: "“We leave.” said Ruiz." (a style some papers use)."""
    if not stretch.text.endswith("."):
        return False
    if after.split()[:1] in (["He"], ["She"], ["They"], ["It"], ["We"], ["I"]):
        return True
    mention_end = after.find(attribution.mention, attribution.start) + len(attribution.mention)
    cue_end = after.find(attribution.cue, attribution.start) + len(attribution.cue)
    rest = after[max(mention_end, cue_end) :]
    return not re.match(rf"{_TIME_ADJUNCT.pattern},?\s*(?:[.!?]|$)", rest)


def _share(raw: str, claims: list[_Claim]) -> list[_Claim]:
    """Fragments of one quotation share one attribution: a quote broken by its attribution, a
    quote running over paragraphs, more sentences quoted after the attributed one."""
    result = list(claims)

    def joined(a: _Claim, b: _Claim) -> bool:
        """b continues a (same paragraph, or a left open at its paragraph's end)."""
        return a.paragraph == b.paragraph or (
            not a.closed and b.paragraph == a.paragraph + 1 and b.opens_paragraph
        )

    def next_to(a: _Claim, b: _Claim) -> bool:
        """Nothing but marks and spaces between a and b (“One.” “Two,” she said), or a
        left open at its paragraph's end: a is the start of b's quotation."""
        between = raw[a.end : b.start]
        return a.paragraph != b.paragraph or not re.search(r"\w", between)

    def goes_on(a: _Claim, b: _Claim) -> bool:
        """Only a's attribution stands between a and b (“Ready,” she said, “but ...”; “Ready,”
        she said. “We ...”), or nothing, or a paragraph break: b goes on with a's quotation."""
        if a.paragraph != b.paragraph:
            return True
        between = raw[a.end : b.start].strip(QUOTE_MARKS + " ")
        if not re.search(r"\w", between):
            return True
        attribution = read_attribution_after(" " + between)
        ends = sentence_ends(between)
        return attribution is not None and (not ends or not between[ends[0] :].strip())

    for i in range(1, len(result)):
        current, previous = result[i], result[i - 1]
        if (
            _unattributed(current)
            and previous.mention
            and joined(previous, current)
            and goes_on(previous, current)
        ):
            result[i] = _with_attribution(current, previous)
    for i in range(len(result) - 2, -1, -1):
        current, following = result[i], result[i + 1]
        if (
            _unattributed(current)
            and following.mention
            and joined(current, following)
            and next_to(current, following)
        ):
            result[i] = _with_attribution(current, following)
    return result


def _unattributed(claim: _Claim) -> bool:
    """A quote with no attribution of its own (a title of a work needs none)."""
    return not claim.mention and claim.how != "title"


def _with_attribution(claim: _Claim, source: _Claim) -> _Claim:
    return _Claim(
        claim.start,
        claim.end,
        claim.paragraph,
        source.mention,
        source.mention_position,
        source.cue,
        claim.direct,
        "shared",
        claim.closed,
        claim.opens_paragraph,
    )


def _partial_quotes(raw: str, direct: list[_Claim], reported: list[_Claim]) -> list[_Claim]:
    """Quotes with no attribution of their own.

    - inside reported speech they are partial quotes of its speaker (said the plant was “no
      longer competitive”);
    - the title of a work (“Sleep Loss Alters Memory in Mice”), a short phrase or a label
      anywhere else is no one's words (the so-called “green corridor”, lot code “NV25”);
    - a full sentence continues the last speaker.
    """
    result: list[_Claim] = []
    hosts = sorted(reported, key=lambda r: r.start)
    host_starts = [r.start for r in hosts]
    for claim in direct:
        if claim.mention:
            result.append(claim)
            continue
        i = bisect.bisect_right(host_starts, claim.start) - 1
        host = hosts[i] if i >= 0 and claim.end <= hosts[i].end + 2 else None
        if host is not None:
            result.append(_with_attribution(claim, host))
            continue
        if claim.how == "title" or _is_scare_quote(raw[claim.start : claim.end]):
            continue
        result.append(
            _Claim(
                claim.start,
                claim.end,
                claim.paragraph,
                "",
                claim.start,
                "",
                True,
                "inherit",
                claim.closed,
            )
        )
    return result


def _is_scare_quote(text: str) -> bool:
    """A word, a label or a phrase in quote marks with nobody saying it: no sentence punctuation
    inside the marks, or only a few words."""
    return count_words(text) <= 3 or not re.search(r"[.!?,\u2026]$", text)


_SMALL_WORDS = frozenset("a an the of in on at for to and or but by with from as vs via".split())


def _is_title_of_work(text: str, before: str) -> bool:
    """The title of a paper, a book, a report or a film: every word but the small ones starts
    with a capital (“Caloric Restriction Restores Memory in Aged Mice,”), or a word such as
    "titled" comes just before it.

    >>> _is_title_of_work("Sleep Loss Alters Memory in Young Adults,", "her study,")
    True
    >>> _is_title_of_work("We are not going anywhere,", "")
    False
    """
    if re.search(r"\b(?:titled|entitled|headlined|headline|subtitled)\s*[:,]?$", before):
        return True
    words = re.findall(r"[^\W\d_][\w'\u2019-]*", text)
    content = [w for w in words if w.casefold() not in _SMALL_WORDS]
    return len(content) >= 3 and all(w[0].isupper() for w in content)


# Verbs that sum something up in the speaker's words: "described the strike as ‘...’",
# "called the plan ‘...’".
_CHARACTERISE = re.compile(
    r"(?<![\w-])(?P<cue>described|describes|characterized|characterised|portrayed|dismissed|"
    r"denounced|condemned|hailed|praised|criticized|criticised|called|calls|branded|"
    r"labeled|labelled|dubbed|termed|accused)"
    r"(?P<object>(?:\s+[\w'\u2019$%.,-]+){1,8}?)(?:\s+(?:as|of))?$"
)
# ... or end with "what X called": "citing inflation that it called “stubborn”".
_WHAT_X_CALLED = re.compile(
    r"\b(?:what|that|which)\s+(?P<who>[\w'\u2019.-]+(?:\s+[\w'\u2019.-]+){0,3}?)\s+"
    r"(?:has\s+|have\s+|had\s+)?(?P<cue>called|calls|termed|dubbed|described\s+as)$"
)


def _characterisation(before: str) -> tuple[str, int, str] | None:
    """Who characterised something in the quoted words, when ``before`` (the text up to the
    opening mark) ends with such a verb and its object: (mention, offset in ``before``, cue).

    >>> _characterisation("Greyline Rail, which runs the trains, described the delays as")
    ('Greyline Rail', 0, 'described')
    >>> _characterisation("citing inflation that it called")
    ('it', 22, 'called')
    >>> _characterisation("the so-called") is None
    True
    """
    what = _WHAT_X_CALLED.search(before)
    if what is not None and _looks_like_mention(what.group("who")):
        return what.group("who"), what.start("who"), what.group("cue").split()[0]
    match = _CHARACTERISE.search(before)
    if match is None:
        return None  # "a group called “Friends of the Park”" names the group
    clause_start = max([0, *(e for e in sentence_ends(before) if e <= match.start())])
    found = subject_before(before[clause_start : match.start()])
    if found is None:
        return None
    mention, offset = found
    opening = before[clause_start : clause_start + offset].strip()
    if opening and not opening.endswith(","):
        return None  # the verb belongs to a clause inside the sentence
    return mention, clause_start + offset, match.group("cue")


# =============================================================================================
# 6. Reported speech

_REPORTING_VERBS = frozenset(
    """
    said says say told tells tell added adds announced announces stated states warned warns
    claimed claims insisted insists argued argues explained explains noted notes confirmed
    confirms acknowledged acknowledges admitted admits estimated estimates estimate believes
    believe believed denied denies alleged alleges wrote writes promised promises vowed vows
    cautioned cautions predicted predicts suggested suggests questioned wondered asked
    reported reports maintained maintains
    """.split()
)
_SAY_WITHOUT_THAT = frozenset(
    """
    said says say told tells added adds estimated estimate estimates believes believe admitted
    admits warned warns noted notes cautioned insisted argued claimed
    """.split()
)
_PARTICIPLES = re.compile(
    r",\s+(?P<cue>adding|saying|noting|warning|arguing|insisting|explaining)\s+(?:that\s+)?"
)
_TIME_ADJUNCT = re.compile(
    r"(?:\s+(?:on|last|this|late|early|in|at|after|during|to|before)?\s*"
    r"(?:[A-Z][a-z]+day|yesterday|today|tonight|week|month|year|morning|evening|night|"
    r"the meeting|a (?:news|press) conference|a briefing|a statement|an interview|an email|"
    r"a group of reporters|reporters|journalists|the BBC|the [A-Z]\w+(?: [A-Z]\w+)*))*"
)


def _reported_in_paragraph(
    article: Article,
    paragraph: Paragraph,
    stretches: list[QuotedStretch],
    attributed: list[_Claim],
) -> list[_Claim]:
    """Reported speech in one paragraph, sentence by sentence, outside the quote marks."""
    raw = article.raw
    claims: list[_Claim] = []
    text = paragraph.text
    begin = 0
    if article.dateline is not None and paragraph.start <= article.dateline.start < paragraph.end:
        dash = re.match(r"\s*(?:\([^)]*\))?\s*[\u2014\u2013-]+\s*", raw[article.dateline.end :])
        if dash:
            begin = article.dateline.end + dash.end() - paragraph.start
    bounds = [begin] + [e for e in sentence_ends(text) if e > begin]
    quoted = [(s.open_mark, (s.close_mark or s.end) + 1) for s in stretches]
    starts = [c.start for c in attributed]
    quote_starts = [q[0] for q in quoted]
    for a, b in zip(bounds, bounds[1:] + [len(text)], strict=False):
        a, b = _trimmed(text, a, b)
        if b <= a:
            continue
        start, end = paragraph.start + a, paragraph.start + b
        here = attributed[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]
        first = max(bisect.bisect_left(quote_starts, start) - 1, 0)
        last = bisect.bisect_left(quote_starts, end)
        in_sentence = [q for q in quoted[first:last] if q[0] < end and start < q[1]]
        if len(in_sentence) > 50:
            continue  # a run of stray quote marks, not prose
        claims.extend(_reported_in_sentence(raw, paragraph.index, start, end, in_sentence, here))
    return claims


def _outside(position: int, quoted: list[tuple[int, int]]) -> bool:
    return not any(a <= position < b for a, b in quoted)


def _reported_in_sentence(
    raw: str,
    paragraph: int,
    start: int,
    end: int,
    quoted: list[tuple[int, int]],
    attributed: list[_Claim],
) -> list[_Claim]:
    """Reported speech in one sentence; ``quoted`` are its quote marks' spans, ``attributed``
    its direct quotes that have their own attribution."""
    sentence = raw[start:end]
    spoken = [(c.start, c.end) for c in attributed]
    claims: list[_Claim] = []
    taken_until = start  # reported clauses do not overlap

    def clause(a: int, b: int) -> tuple[int, int] | None:
        while b > a and raw[b - 1] in " ,;\u00a0":
            b -= 1
        if (
            b > a
            and raw[b - 1] == "."
            and raw[b - 2 : b] != ".."
            and not _is_abbreviation(_last_word(raw, b))
        ):
            b -= 1
        a, b = _trimmed(raw, a, b)
        if b - a < 3 or any(s < b and a < e for s, e in spoken):
            return None
        return a, b

    def add(a: int, b: int, mention: str, position: int, cue: str) -> None:
        nonlocal taken_until
        span = clause(a, b)
        if span is None:
            return
        claims.append(
            _Claim(span[0], span[1], paragraph, mention, position, cue, False, "reported")
        )
        taken_until = max(taken_until, span[1])

    # "according to X, CLAUSE" / "CLAUSE, according to X[, ...]"
    for match in re.finditer(r"\b[Aa]ccording to\s+", sentence):
        at = start + match.start()
        if not _outside(at, quoted):
            continue
        window = start + match.end()
        found = _mention_after(raw[window : min(end, window + _WINDOW)], 0)
        if not found:
            continue
        mention, position, mention_end = found[0], found[1] + window, found[2] + window
        if match.start() == 0 or not sentence[: min(match.start(), 40)].strip():
            after = re.match(r"\s*,\s*", raw[mention_end : mention_end + 10])
            if after:
                add(mention_end + after.end(), end, mention, position, "according to")
        else:
            clause_start = _clause_start(raw, start, at)
            add(clause_start, at, mention, position, "according to")
    words = [(w, start + s, start + e) for w, s, e in _words(sentence)]
    for index, (word, w_start, w_end) in enumerate(words):
        if w_start < taken_until or not _outside(w_start, quoted):
            continue
        lowered = word.casefold()
        cue = word
        if lowered == "pointed" and index + 1 < len(words) and words[index + 1][0] == "out":
            cue, w_end = "pointed out", words[index + 1][2]
        elif word not in _REPORTING_VERBS:
            continue
        window = max(start, w_start - 250)
        before = raw[window:w_start]
        aux = re.search(r"\b(have|has|had)\s+$", before)
        if aux:
            cue = aux.group(1) + " " + cue
            before = before[: aux.start()]
        if re.search(r"\b(?:was|were|is|are|been|be|being|to)\s+(?:\w+ly\s+)?$", before):
            continue  # passive or infinitive: "attacks were reported", "refused to say"
        subject = _subject_for_verb(raw, window, before, start)
        if subject is None:
            continue
        mention, position, trailing = subject
        rest = raw[w_end : min(end, w_end + _WINDOW)]
        if trailing:
            # "CLAUSE, X said[ Thursday][, though ...]."
            tail = re.match(rf"{_TIME_ADJUNCT.pattern}\s*(?:[,.;]|$)", rest)
            if tail and (tail.end() < len(rest) or w_end + _WINDOW >= end):
                clause_start = _clause_start(raw, start, position)
                add(
                    clause_start, _comma_before(raw, clause_start, position), mention, position, cue
                )
                continue
        body = _reported_body(raw, w_end, end, word)
        if body is not None:
            for part_start, part_end, inner in _split_nested(raw, body, end):
                if inner is None:
                    add(part_start, part_end, mention, position, cue)
                else:
                    add(part_start, part_end, *inner)
    for match in _PARTICIPLES.finditer(sentence):
        at = start + match.start()
        if at < taken_until or not _outside(at, quoted):
            continue
        host = attributed[0] if attributed else None
        if host is not None:
            mention, position = host.mention, host.mention_position
        else:
            found = _sentence_subject(raw, start, at)
            if found is None:
                continue
            mention, position = found
        add(start + match.end(), end, mention, position, match.group("cue"))
    return claims


def _clause_start(raw: str, start: int, limit: int) -> int:
    """A reported statement before a trailing attribution starts at the sentence start."""
    return start


def _comma_before(raw: str, start: int, position: int) -> int:
    comma = raw.rfind(",", start, position)
    return comma if comma > start else position


def _subject_for_verb(
    raw: str, start: int, before: str, sentence_start: int
) -> tuple[str, int, bool] | None:
    """The subject of a reporting verb: (mention, raw position, is it a trailing attribution?).

    ``before`` is the text from ``start`` to the verb."""
    stripped = before.rstrip()
    if not stripped or _last_word(stripped).casefold() in _DETERMINERS | _QUANTIFIERS:
        return None
    if re.search(r"(?:,\s*|\b)(?:and|but)$", stripped):
        found = _sentence_subject(raw, sentence_start, start + len(stripped))
        if found:
            return found[0], found[1], False
        return None
    found = subject_before(stripped)
    if found is None:
        return None
    mention, offset = found
    prefix = stripped[:offset].rstrip()
    trailing = prefix.endswith(",") and bool(prefix[:-1].strip())
    if prefix.endswith(",") and mention and _title_only(prefix[:-1].split(",")[-1].strip()):
        trailing = False
    if prefix.endswith(("\u201d", '"', "\u2019", "'")):
        return None  # the attribution of a direct quote
    return mention, start + offset, trailing


def _sentence_subject(raw: str, start: int, limit: int) -> tuple[str, int] | None:
    """The subject at the start of a sentence ("Valdoria’s Ministry of Health extended ...,
    and said that ..." -> "Valdoria’s Ministry of Health")."""
    text = raw[start : min(limit, start + _WINDOW)]
    offset = 0
    words = text.split()
    while words and words[0] in _SENTENCE_STARTERS - {"The"}:
        offset = text.index(words[1], offset + len(words[0])) if len(words) > 1 else len(text)
        words = words[1:]
    if not words:
        return None
    if words[0].casefold() in _PRONOUNS:
        return words[0], start + offset
    match = re.compile(
        rf"(?:The\s+)?{_NAME_RUN.pattern}(?:\s+[a-z]+\s+{_NAME_RUN.pattern})?"
    ).match(text, offset)
    if not match:
        return None
    mention = match.group().rstrip(".,")
    if mention.split()[0] in _NOT_NAMES - {"The"}:
        return None
    return mention, start + match.start()


def _reported_body(raw: str, verb_end: int, end: int, verb: str) -> int | None:
    """Where the reported clause starts after a reporting verb, or None when what follows is not
    a clause ("announced the closure last week")."""
    rest = raw[verb_end : min(end, verb_end + _WINDOW)]
    that = re.match(r"((?:\s+(?!that\b)[\w'\u2019.,$-]+){0,9}?)\s+that\s+", rest)
    gap = that.group(1).split() if that else []
    if (
        that
        and "," not in that.group(1)
        and not _AUXILIARIES & set(gap)
        and (not gap or gap[0].casefold() not in _PRONOUNS | {"there", "all", "one"})
    ):
        return verb_end + that.end()
    question = re.match(r"\s+(?=(?:why|whether|how|if|what|when|who)\b)", rest)
    if question and verb in ("questioned", "asked", "wondered"):
        return verb_end + question.end()
    if verb not in _SAY_WITHOUT_THAT:
        return None
    skip = re.match(_TIME_ADJUNCT.pattern, rest)
    body_start = verb_end + (skip.end() if skip else 0)
    body = raw[body_start : min(end, body_start + _WINDOW)]
    words = body.split()
    if len(words) < 3 or not re.match(r"\s+[\w\u201c\"'$£€]", body):
        return None
    first = words[0].casefold()
    if first in ("in", "on", "at", "to", "for", "with", "by", "of", "from", "it.", "so", "nothing"):
        return None
    if verb in ("told", "tells", "tell") and not re.match(
        r"\s+(?:he|she|they|it|the|a|an)\b", body
    ):
        return None
    return body_start


_AUXILIARIES = frozenset(
    """
    would will could can should may might must is are was were be been has have had and but
    """.split()
)


def _split_nested(
    raw: str, body: int, end: int
) -> list[tuple[int, int, tuple[str, int, str] | None]]:
    """Reported speech inside reported speech goes to the innermost speaker: "... tells the BBC
    that [the mines would be delivered soon], and that Ukrainian officials have said [they ...]"."""
    text = raw[body:end]
    match = re.search(
        r",?\s+(?:and|but)\s+(?:that\s+)?(?P<who>(?:the\s+)?(?:[A-Z][\w-]*\s+)?[a-z]+"
        r"|[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s+(?P<cue>(?:have|has|had)\s+said|said|say|says)"
        r"\s+(?:that\s+)?",
        text,
    )
    who = match.group("who").split() if match else []
    if (
        not who
        or not (_is_anonymous(who) or who[0][:1].isupper() or who[0] == "the")
        or who[-1] in _PRONOUNS | _AUXILIARIES
    ):
        return [(body, end, None)]
    who = match.group("who")
    return [
        (body, body + match.start(), None),
        (body + match.end(), end, (who, body + match.start("who"), match.group("cue"))),
    ]


# =============================================================================================
# 7. Sourcing: who gets quoted, and how much


@dataclass(frozen=True)
class SourceSummary:
    """One source of an article, as a reporter would tally it."""

    speaker: str
    kind: str  # "person", "organization", "anonymous" or "unknown"
    official: bool
    quotes: int
    words: int
    paraphrases: int = 0


_OFFICIAL_WORDS = frozenset(
    """
    president minister secretary spokesman spokeswoman spokesperson official officials senator
    governor mayor ambassador general commander chief director department ministry embassy
    kremlin government administration agency pentagon police army military council councillor
    congress parliament authority authorities superintendent board member cllr
    """.split()
)


def speaker_kind(speaker: str) -> str:
    """ "anonymous", "organization" or "person" for a speaker as :func:`find_quotes` gives it.

    >>> [speaker_kind(s) for s in ("Lloyd Austin", "State Department", "anonymous: an aide")]
    ['person', 'organization', 'anonymous']
    """
    if speaker.startswith(ANONYMOUS):
        return "anonymous"
    if speaker == UNKNOWN:
        return "unknown"
    return "organization" if _is_org(speaker.split()) else "person"


def is_official(speaker: str, mentions: Iterable[str] = ()) -> bool:
    """True when a source speaks for a government or an institution (by title or name)."""
    words = {w.casefold().strip(".,:") for text in (speaker, *mentions) for w in text.split()}
    return bool(words & _OFFICIAL_WORDS)


def sourcing_summary(
    quotes: Iterable[Quote], indirect_quotes: Iterable[IndirectQuote] = ()
) -> list[SourceSummary]:
    """One line per source: kind, official or not, how many quotes (and quoted words) and
    paraphrases it gets; most quoted words first.

    >>> q = Quote("We are ready.", "Ana Ruiz", "Mayor Ana Ruiz", "said", 0, 0, 13)
    >>> sourcing_summary([q])
    [SourceSummary(speaker='Ana Ruiz', kind='person', official=True, quotes=1, words=3, \
paraphrases=0)]
    """
    said: dict[str, list[Quote]] = {}
    reported: dict[str, list[IndirectQuote]] = {}
    for quote in quotes:
        said.setdefault(quote.speaker, []).append(quote)
    for paraphrase in indirect_quotes:
        reported.setdefault(paraphrase.speaker, []).append(paraphrase)
    summaries = []
    for speaker in {**said, **reported}:
        direct, indirect = said.get(speaker, []), reported.get(speaker, [])
        mentions = [q.speaker_mention for q in direct] + [q.speaker_mention for q in indirect]
        summaries.append(
            SourceSummary(
                speaker,
                speaker_kind(speaker),
                is_official(speaker, mentions),
                len(direct),
                sum(q.words for q in direct),
                len(indirect),
            )
        )
    return sorted(summaries, key=lambda s: (-s.words, -s.paraphrases, s.speaker))


def naive_quotes(text: str, pattern: str = "\u201c(.*?)\u201d", dotall: bool = False) -> list[str]:
    """The regex a student writes first: everything between an opening and a closing mark.

    It pairs marks blindly, so one mark left open shifts every later pair.

    >>> naive_quotes("“Yes,” she said. “No.")
    ['Yes,']
    """
    return re.findall(pattern, text, re.DOTALL if dotall else 0)


def naive_speaker(text: str, quote: str) -> str:
    """The first guess at a speaker: the first two capitalised words after the quote.

    >>> naive_speaker("“Go,” Defense Secretary Lloyd Austin said.", "Go,")
    'Defense Secretary'
    """
    at = text.find(quote)
    if at < 0:
        return "?"
    found = re.search(r"[A-Z][\w.'\u2019-]+ [A-Z][\w.'\u2019-]+", text[at + len(quote) :])
    return found.group() if found else "?"
