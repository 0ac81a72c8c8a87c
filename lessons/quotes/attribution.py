"""Step 2, attribution: the cue ("said", "told", "according to") and who it names.

A quote's attribution comes after its closing mark ("..., Defense Secretary Lloyd Austin said on
Wednesday.") or before its opening mark ("In a statement, the ministry said: ..."); a verb such
as "described ... as" or "what X called" credits a short quoted phrase. The functions here read
plain text; :mod:`lessons.quotes.claims` tells them where a sentence of the article ends.

>>> read_attribution_after(" said Maria Lopez, the mayor.").mention
'Maria Lopez'
>>> read_attribution_before("In a statement, the ministry said: ").mention
'the ministry'
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lessons import vocab
from lessons.article import Span
from lessons.quotes.mentions import _is_anonymous, _looks_like_mention, _title_only, subject_before
from lessons.quotes.sentences import text_sentences
from lessons.quotes.words import (
    _ADVERBS,
    _CONNECTORS,
    _DETERMINERS,
    _HONORIFICS,
    _PRONOUNS,
    _QUANTIFIERS,
    _TITLE_WORDS,
    _WINDOW,
    QUOTE_MARKS,
    _first_names,
    _is_abbreviation,
    _last_word,
    _words,
)
from lessons.vocab import SPEECH_VERBS

# Verbs that introduce speech: the shared list, the kit's own, and the finite forms (-s, -ed)
# of VerbNet's communication verbs (lessons/vocab/build_reporting_verbs.py makes that list:
# "implored", "retorted", "mumbled"). Base and -ing forms of those stay out: after a quote they
# are nouns or clauses more often than cues ("a report", "the warning").
CUE_VERBS: frozenset[str] = (
    SPEECH_VERBS
    | vocab.word_set("quote_cue_verbs")
    | frozenset(
        verb
        for verb in vocab.word_list("reporting_verbs_verbnet")
        if verb.endswith(("s", "ed")) or verb in ("told", "wrote")
    )
)
# A word after one of these is a noun, not a cue: "the report", "a comment", "her remarks";
# after a form of "be" it is a passive ("that was reported"), which names no speaker.
_NOUN_MARKERS = frozenset(
    "a an the this these those its his her their our my your was were is are be been being".split()
)
# "reads a statement issued by ...": a document speaks for whoever issued it.
_DOCUMENTS = "|".join(vocab.word_list("quote_document_words"))
_DOCUMENT_CUE = re.compile(
    r"(?P<cue>(?:reads|read|said|says|stated|states)\s+(?:a|an|the)\s+(?:\w+\s+){0,2}?"
    rf"(?:{_DOCUMENTS})\s+"
    r"(?:\w+\s+){0,2}?(?:issued|released|posted|published|sent|signed|written)\s+by)"
    r"\s+(?P<rest>.*)",
    re.IGNORECASE | re.DOTALL,
)


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


# A short aside in brackets after a name, read as spaces: "Sen. Marco Rubio (R-Fla.) said".
_PARENTHESIS = re.compile(r"\([^()\n]{1,30}\)")


def _is_cue(word: str, before: str = "") -> bool:
    """A cue verb, unless the word before it makes it a noun ("the report"); a capital after
    an apposition is a typo ("Murphy, the head of the group, Tweeted")."""
    if word[:1].isupper() and before == "," and word[1:].islower():
        word = word.lower()
    return word[:1].islower() and word in CUE_VERBS and before.casefold() not in _NOUN_MARKERS


def _clause_end(text: str, sentence_end: int | None) -> int:
    """Where the attribution's sentence ends in ``text`` (at most a window away): the caller
    knows it from the article's document; a free-standing text is split here."""
    if sentence_end is None:
        sentence_end = text_sentences(Span(text[:_WINDOW], 0, min(len(text), _WINDOW))).end_after(0)
    return min(len(text), _WINDOW, len(text) if sentence_end is None else sentence_end)


def _is_complete(text: str, end: int) -> bool:
    """Only adjuncts and a full stop after ``end``: "... said on Tuesday." / "said, adding"."""
    rest = text[end:]
    return not re.search(r"[\"\u201c\u201d\u2018]", rest[:160]) and len(rest.split()) <= 20


def read_attribution_after(text: str, sentence_end: int | None = None) -> Attribution | None:
    """The attribution that follows a closing quote mark, or None.

    ``sentence_end`` is where the sentence ends in ``text``, when the caller knows it from the
    article's document; without it the text is split into sentences here.

    >>> read_attribution_after(", Defense Secretary Lloyd Austin said on Wednesday.")
    Attribution(mention='Defense Secretary Lloyd Austin', cue='said', start=2, complete=True)
    >>> read_attribution_after(" said Maria Lopez, the mayor.").mention
    'Maria Lopez'
    >>> read_attribution_after(" The mayor left.") is None
    True
    """
    clause = _PARENTHESIS.sub(
        lambda m: " " * len(m.group()), text[: _clause_end(text, sentence_end)]
    )
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
        if not _is_cue(word, words[j - 1][0]):
            continue
        k = j
        while k > i and words[k - 1][0] in _ADVERBS:
            k -= 1
        if k - 1 > i and words[k - 1][0].endswith("ly") and words[k - 1][0].islower():
            k -= 1
        if k <= i:
            return None
        mention = clause[first_start : words[k - 1][2]].strip(" ,")
        opening = re.match(r"(?:But|And|Although|Though|While|Yet|So)\s+(?=\S)", mention)
        if opening:  # “...,” but Ruiz said / “...” Although Reynolds says
            first_start += opening.end()
            mention = mention[opening.end() :]
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


# A name after a description, then the end of the clause: ", Jennifer Roe." / ", Jo Li, who".
_NAME_IN_APPOSITION = re.compile(
    r",\s+(?P<name>[A-Z][\w'\u2019-]+(?:\s+(?:[A-Z]\.|[A-Z][\w'\u2019-]+)){1,3})\s*(?:[.,;]|$)"
)


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
    stops = re.compile(r"[,.;:!?\u2014\u201c\"]")
    stop = stops.search(stripped)
    end = stop.start() if stop else len(stripped)
    while stop and stripped[end] == "." and _is_abbreviation(_last_word(stripped, end + 1)):
        stop = stops.search(stripped, end + 1)  # "Lt. Gen. Ann Lee": go on past each one
        end = stop.start() if stop else len(stripped)
    apposition = _NAME_IN_APPOSITION.match(stripped, end)
    if apposition:  # "said a spokeswoman for the hotel, Jennifer Roe."
        end = apposition.end("name")
    phrase = stripped[:end].rstrip()
    phrase = re.sub(r"\s+(?:on|last|this)\s+[A-Z]\w+day$", "", phrase)
    if not phrase or len(phrase.split()) > 30 or not _looks_like_mention(phrase):
        return None
    return phrase, offset, offset + len(phrase)


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
    label = _SPEAKER_LABEL.fullmatch(text.rstrip())  # "Jo Tam, Harbor Gazette: “...”"
    if label and _is_person_label(label.group("who")):
        return Attribution(label.group("who"), ":", label.start("who"), True)
    according = re.search(r"\b[Aa]ccording to\s+(.+?)\s*$", stripped)
    if according and _looks_like_mention(according.group(1)):
        return Attribution(according.group(1), "according to", according.start(1), True)
    put_it = _AS_X_PUT_IT.search(stripped)  # "As the mayor, Ana Ruiz, put it, “...”"
    if put_it and _looks_like_mention(put_it.group("who")):
        return Attribution(put_it.group("who").strip(" ,"), "put it", put_it.start("who"), True)
    inverted = _INVERTED_BEFORE.match(stripped)  # "Added Stone: “...”"
    if inverted and inverted.group("cue").casefold() in CUE_VERBS:
        found = _mention_after(stripped, inverted.end("cue"))
        if found and found[2] == len(stripped):
            return Attribution(found[0], inverted.group("cue").casefold(), found[1], True)
    participle = _PARTICIPLE_BEFORE.search(stripped)  # "Ruiz posted a note, saying, “...”"
    if participle:
        found = _mention_after(stripped, 0)
        rest = stripped[found[2] : participle.start()].split() if found else []
        if found and rest and rest[0][:1].islower() and not _ends_clause(rest):
            return Attribution(found[0], participle.group("cue"), found[1], True)
    for j in range(len(words) - 1, max(-1, len(words) - 12), -1):
        word = words[j][0]
        if word in (".", "!", "?") or word in QUOTE_MARKS:
            return None
        if not _is_cue(word, words[j - 1][0] if j else ""):
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


# A speaker's name as a label before a colon: in a roundup ("Jo Tam, Harbor Gazette:") or a
# transcript ("MR. O'NEILL:").
_SPEAKER_LABEL = re.compile(
    r"(?P<who>[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){1,3})(?:,\s+[^:,\n]{2,60})?:"
)


def _is_person_label(who: str) -> bool:
    """A label that names a person: a first name or an honorific first ("Jo Tam", "MR. O'NEILL"),
    not "Breaking News" or "Editor's Note"."""
    first = who.split()[0]
    return first in _first_names() or first.strip(".").title() in _HONORIFICS


# "As X put it[ in a memo]," before a quote.
_AS_X_PUT_IT = re.compile(
    r"\b[Aa]s\s+(?P<who>[^,.;:]{2,60}?(?:,\s*[^,.;:]{2,40},)?)\s+(?:has\s+)?(?:put|puts)\s+it"
    r"(?:\s+(?:in|on|at|to)\s+[^,.;:\u201c\"]{1,60})?$"
)
# A capitalised cue before its speaker, then a colon: "Added Stone:", "Continued Ruiz:".
_INVERTED_BEFORE = re.compile(r"(?P<cue>[A-Z][a-z]+)\s+(?=[A-Z])")
# A participle of saying at the end of the words before a quote: "..., saying, “...”".
_PARTICIPLE_BEFORE = re.compile(
    r",\s+(?P<cue>saying|adding|writing|noting|declaring|explaining|asking|warning|tweeting)$"
)


def _ends_clause(words: list[str]) -> bool:
    """A subordinate clause or another subject inside: the participle may not be the
    subject's ("When Ruiz left, officials posted a note, saying ...")."""
    return any(w.casefold().strip(",") in ("who", "which", "that", "when", "after") for w in words)


_TIME_ADJUNCT = re.compile(
    r"(?:\s+(?:on|last|this|late|early|in|at|after|during|to|before)?\s*"
    r"(?:[A-Z][a-z]+day|yesterday|today|tonight|week|month|year|morning|evening|night|"
    r"the meeting|a (?:news|press) conference|a briefing|a statement|an interview|an email|"
    r"a group of reporters|reporters|journalists|the BBC|the [A-Z]\w+(?: [A-Z]\w+)*))*"
)


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


def _is_name_of_show(text: str, before: str) -> bool:
    """The name of a programme, a paper or a work after "on", "told", "to" or a possessive:
    every word capitalised and no sentence inside (told “Morning Desk”; on Friday’s “Harbor
    Hour.”).

    >>> _is_name_of_show("Morning Desk", "the mayor told")
    True
    >>> _is_name_of_show("We Will Not Go", "she said,")
    False
    """
    if not re.search(r"(?:\b(?:on|told|to|in|at|from|with|watching)|['\u2019]s)\s*$", before):
        return False
    words = re.findall(r"[^\W\d_][\w'\u2019-]*", text.rstrip(".,"))
    content = [w for w in words if w.casefold() not in _SMALL_WORDS]
    return (
        1 < len(content) <= 8
        and all(w[0].isupper() for w in content)
        and not re.search(r"[!?;:]|[.,]\s", text)
        and not (len(content) == 1 and content[0].casefold() in ("i", "we", "yes", "no"))
    )


# Verbs that sum something up in the speaker's words: "described the strike as ‘...’",
# "called the plan ‘...’".
_CHARACTERISE = re.compile(
    rf"(?<![\w-])(?P<cue>{'|'.join(vocab.word_list('quote_characterising_verbs'))})"
    r"(?P<object>(?:\s+[\w'\u2019$%.,-]+){1,8}?)(?:\s+(?:as|of))?$"
)
# ... or end with "what X called": "citing inflation that it called “stubborn”".
_WHAT_X_CALLED = re.compile(
    r"\b(?:what|that|which)\s+(?P<who>[\w'\u2019.-]+(?:\s+[\w'\u2019.-]+){0,3}?)\s+"
    r"(?:has\s+|have\s+|had\s+)?(?P<cue>called|calls|termed|dubbed|described\s+as)$"
)


def _characterisation(before: str) -> tuple[str, int, str] | None:
    """Who characterised something in the quoted words, when ``before`` (the text from the
    start of the sentence to the opening mark) ends with such a verb and its object: (mention,
    offset in ``before``, cue).

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
    found = subject_before(before[: match.start()])
    if found is None:
        return None
    mention, offset = found
    opening = before[:offset].strip()
    if opening and not opening.endswith(","):
        return None  # the verb belongs to a clause inside the sentence
    return mention, offset, match.group("cue")


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
