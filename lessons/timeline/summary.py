"""Step 5: what happened then? A summary of the event in about 12 words.

The summary is the expression's clause without the time expressions: "The council voted on
Tuesday" gives "The council voted". A clause that starts with its verb gets its subject back, a
bare "X said" gets what X said, and a long clause is shortened: titles before names, phrases
between subject and verb, then the tail at a phrase boundary.

>>> from lessons.article import parse_article
>>> from lessons.document import read_document
>>> from lessons.timeline.clauses import clause_of, tagged_words
>>> from lessons.timeline.expressions import find_time_expressions
>>> text = "Vote\\n\\nThe city council, which met in March, voted on Tuesday to close the bridge."
>>> sentence = read_document(parse_article(text)).sentences[1]
>>> words, tuesday = tagged_words(sentence), find_time_expressions(sentence.span)[1]
>>> summary(sentence, words, clause_of(words, tuesday), tuesday)
'The city council voted to close the bridge'
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lessons.article import Span
from lessons.document import StorySentence
from lessons.timeline.clauses import (
    _CLAUSE_PUNCTUATION,
    _POSSESSIVE_S,
    Words,
    _belongs,
    _possessive,
    _protected,
    clauses,
    is_boundary,
)
from lessons.timeline.grammar import FINITE_TAGS, SUBORDINATORS
from lessons.timeline.patterns import Mention
from lessons.vocab import GPE_CUES, ORGANIZATION_CUES, SPEECH_VERBS, TITLES

_MAX_WORDS = 12


def summary(
    sentence: StorySentence,
    words: Words,
    clause: tuple[int, int],
    mention: Mention,
    others: Sequence[Mention] = (),
    own: Words | None = None,
) -> str:
    """What happened then, in at most about 12 words: the clause, without time expressions.

    "Warnings were issued at the beginning of the year and around Independence Day last
    August" gives "Warnings were issued" for the first expression and "Warnings were issued
    around Independence Day" for the second. A clause that starts with its verb gets its
    subject back ("Smith, who resigned on Tuesday" -> "Smith resigned"); a bare "X said" gets
    what X said. Long clauses lose titles before names ("Defense Secretary"), phrases between
    subject and verb ("The embassy in Kyiv has ..."), then their tail at a phrase boundary.
    """
    others = [m for m in others if m != mention]
    if own is None:
        own = own_part(words, clause, mention, others)
    kept = _tidy(own)
    if not kept:
        return ""
    if kept[0][1].startswith(("VB", "MD")):
        protected = _protected(words, [mention, *others])
        kept = _subject_before(words, clause[0], protected) + kept
    kept = _name_for_pronoun(words, clause, kept)
    speech = [k for k, (t, _) in enumerate(kept) if t.text.casefold() in SPEECH_VERBS]
    if speech and _count(kept) <= 6 and _count(kept[speech[-1] + 1 :]) <= 2:
        said = _what_was_said(
            sentence.text, words, clause, [mention, *others], _MAX_WORDS - _count(kept)
        )
        if said:
            return _join(kept) + ": " + said
    return _join(_shorten(kept, _MAX_WORDS))


def own_part(
    words: Words, clause: tuple[int, int], mention: Mention, others: Sequence[Mention]
) -> Words:
    """The clause's words without time expressions, and without the parts joined by "and"
    that belong to another expression."""

    def label(i: int) -> str:
        if words[i][0].text in _POSSESSIVE_S and any(
            _possessive(words, i, m) for m in [mention, *others]
        ):
            return "the"  # "Wednesday's vote" -> "the vote"
        if _belongs(words, i, mention):
            return "own"
        if any(_belongs(words, i, m) for m in others):
            return "other"
        return "word"

    conjuncts: list[list[tuple[Span, str, str]]] = [[]]
    for i in range(*clause):
        token, tag = words[i]
        kind = label(i)
        if tag == "CC" and kind == "word" and token.text.casefold() in ("and", "or", "but"):
            conjuncts.append([])
        conjuncts[-1].append((token, tag, kind))
    merged: list[list[tuple[Span, str, str]]] = [conjuncts[0]]
    for conjunct in conjuncts[1:]:  # "Russia and Ukraine" is one phrase, not two conjuncts
        timed = any(x[2] != "word" for x in merged[-1])
        starts_verb = len(conjunct) > 1 and conjunct[1][1].startswith(("VB", "MD"))
        two_clauses = any(t in FINITE_TAGS for _, t, _ in merged[-1]) and any(
            t in FINITE_TAGS for _, t, _ in conjunct
        )
        verb_before = any(t in FINITE_TAGS for _, t, _ in merged[-1])
        # "On Tuesday, the Rights and Action League plans ...": a name's "and" is no new part
        if (timed and verb_before) or starts_verb or two_clauses:
            merged.append(conjunct)
        else:
            merged[-1] = merged[-1] + conjunct
    conjuncts = merged
    mine = next((k for k, c in enumerate(conjuncts) if any(x[2] == "own" for x in c)), 0)

    def plain(conjunct: list[tuple[Span, str, str]]) -> Words:
        return [
            (Span("the", -1, -1), "DT") if kind == "the" else (t, tag)
            for t, tag, kind in conjunct
            if kind in ("word", "the")
        ]

    def has_verb(conjunct: list[tuple[Span, str, str]]) -> bool:
        return any(tag in FINITE_TAGS for _, tag, kind in conjunct if kind != "own")

    own = plain(conjuncts[mine])
    if mine > 0 and own and own[0][1] == "CC":
        own = own[1:]
    if has_verb(conjuncts[mine]):
        if mine > 0 and own and own[0][1].startswith(("VB", "MD")):
            subject = []  # "The council met Monday and voted on Tuesday": "The council voted"
            for token, tag in plain(conjuncts[0]):
                if tag.startswith(("VB", "MD")):
                    break
                subject.append((token, tag))
            own = subject + own
        return own
    if mine > 0 and own and own[0][1].startswith("VB"):
        subject = []  # "Stores will close on Christmas Day and reopen the day after"
        for token, tag in plain(conjuncts[0]):
            if tag.startswith("VB"):
                break
            subject.append((token, tag))
        if subject:
            return subject + own
    left = [k for k in range(mine) if has_verb(conjuncts[k])]
    if left:
        return plain(conjuncts[left[-1]]) + own
    if any(x[2] == "other" for c in conjuncts for x in c):
        return own
    return [w for c in conjuncts for w in plain(c)]


def _tidy(words: Words) -> Words:
    """Without clause openers ("after", "that", "and") at the start or loose ends at the end;
    a preposition or adverb the time expressions left alone before a comma goes too ("Over the
    weekend, crews ..." -> "crews ...", "On Tuesday and again on Thursday, ..." -> "...")."""
    while words and (
        is_boundary(words[0][0].text, words[0][1])
        or words[0][1] in ("CC", ",")
        or not any(ch.isalnum() for ch in words[0][0].text)
        or (len(words) > 1 and words[0][1] in ("IN", "RB") and words[1][0].text == ",")
    ):
        words = words[1:]
    while words and (
        not any(ch.isalnum() for ch in words[-1][0].text)
        or words[-1][1] in ("IN", "TO", "CC", "WDT", "WP", "WRB", "POS")
        or words[-1][0].text.casefold() in _DANGLING
    ):
        words = words[:-1]
    return words


_DANGLING = frozenset(
    "the a an this that these those its their his her our my your each every some any".split()
)


def _subject_before(words: Words, start: int, protected: frozenset[int] = frozenset()) -> Words:
    """Who did it, for a clause that starts with its verb: the noun phrase before it, past
    relative clauses ("The bridge, which carries 60,000 cars, will close") and preferring a
    name to a job description ("The agency's chief, Graham Tolliver, told"). After "and" it is
    the subject of the clause before ("The law was signed ..., and took effect ...")."""
    coordinated = start < len(words) and words[start][1] == "CC"
    candidates: list[Words] = []
    for a, b in reversed([r for r in clauses(words, protected) if r[1] <= start]):
        run = words[a:b]
        if run[0][1] in ("WDT", "WP", "VBN", "VBG"):
            continue  # a relative clause or a participle about the subject: ", founded in 1902,"
        verbs = [k for k, (_, tag) in enumerate(run) if tag in FINITE_TAGS]
        if verbs:
            if coordinated and not candidates:
                head = [(t, tag) for t, tag in run[: verbs[0]] if not tag.startswith("VB")]
                if any(tag.startswith(("NN", "PRP")) for _, tag in head):
                    return _tidy(head)
            break
        if run[0][0].text.casefold() in SUBORDINATORS | {"that"}:
            break
        if any(tag.startswith("NN") for _, tag in run):
            candidates.append(run)
        else:
            break
    named = [run for run in candidates if any(tag in ("NNP", "NNPS") for _, tag in run)]
    chosen = named[-1] if named else candidates[-1] if candidates else []
    return _tidy(chosen)


_PRONOUNS = frozenset(["it", "they", "he", "she"])


def _name_for_pronoun(words: Words, clause: tuple[int, int], kept: Words) -> Words:
    """ "The State Department announced that it would close ..." -> "The State Department
    would close ...": a pronoun subject after a speech verb stands for the speaker."""
    if kept[0][0].text.casefold() not in _PRONOUNS or clause[0] < 2:
        return kept
    verb = clause[0] - 1
    if words[verb][0].text.casefold() == "that":
        verb -= 1
    if words[verb][0].text.casefold() not in SPEECH_VERBS:
        return kept
    name: Words = []
    for i in range(verb - 1, -1, -1):
        token, tag = words[i]
        if tag not in ("NNP", "NNPS", "NN", "NNS", "DT") and token.text != "U.S.":
            break
        name.insert(0, (token, tag))
    if not any(tag.startswith("NNP") for _, tag in name):
        return kept
    return name + kept[1:]


def _what_was_said(
    text: str, words: Words, clause: tuple[int, int], mentions: Sequence[Mention], room: int
) -> str:
    """What a bare "X said" clause reports: the first words of the quote, else the reported
    clause after it ("said that ..."), else the statement before it ("..., X said")."""
    quoted = re.search(r"[\u201c\"\u2018]([^\u201d\"]{3,})", text)
    if quoted:
        said = quoted.group(1).rstrip("\u2019' ").split()
        text = " ".join(said[:room]).rstrip(",.;:")
        return "\u201c" + text + ("\u2026" if len(said) > room else "") + "\u201d"
    after = words[clause[1] :]
    if after and after[0][0].text.casefold() == "that":
        after = after[1:]
    if after and after[0][0].text not in _CLAUSE_PUNCTUATION:
        content = after
    elif clause[0] > 0 and words[clause[0] - 1][0].text == ",":
        content = words[: clause[0] - 1]
    else:
        return ""
    offset = len(words) - len(content) if content is after else 0
    kept: Words = []
    for i, (token, tag) in enumerate(content):
        if any(_belongs(words, i + offset, m) for m in mentions):
            continue
        if not kept and tag.startswith("NN") and i and content[i - 1][0].text in _POSSESSIVE_S:
            kept.append((Span("the", -1, -1), "DT"))  # "Wednesday's vote" -> "the vote"
        kept.append((token, tag))
    content = _tidy(kept)
    content = _shorten(content, room)
    if not content:
        return ""
    text = _join(content)
    if content[0][0].text.casefold() in _LOWER_STARTS:
        text = text[:1].lower() + text[1:]
    return text


_LOWER_STARTS = frozenset(
    "the a an it its they their them he his she her we our there this that these those".split()
)


def _shorten(words: Words, limit: int) -> Words:
    """At most ``limit`` words: drop titles, then subject modifiers, then the tail."""
    for step in (_drop_asides, _drop_titles, _drop_subject_modifier, _cut_tail):
        if _count(words) <= limit:
            break
        words = step(words, limit)
    return words


def _count(words: Words) -> int:
    return sum(1 for t, _ in words if any(ch.isalnum() for ch in t.text))


def _join(words: Words) -> str:
    """The words as they stood in the raw text (their own spacing), first letter capitalised."""
    pieces: list[str] = []
    for i, (token, _) in enumerate(words):
        apart = i and words[i - 1][0].end != token.start
        if apart and token.text not in (",", ".", "'s", "\u2019s", ";", ":"):
            pieces.append(" ")
        pieces.append(token.text)
    text = "".join(pieces).strip()
    for mark, pair in (("\u201c", "\u201d"), ('"', '"'), ("(", ")")):
        if text.count(mark) != text.count(pair) or (mark == pair and text.count(mark) % 2):
            text = text.replace(mark, "").replace(pair, "")
    text = " ".join(text.split())
    return text[:1].upper() + text[1:]


def _drop_asides(words: Words, limit: int = _MAX_WORDS) -> Words:
    """Without ", which carries 60,000 cars," or ", according to the company,"."""
    out: Words = []
    i = 0
    while i < len(words):
        token, tag = words[i]
        nxt = words[i + 1] if i + 1 < len(words) else None
        aside = (
            token.text == ","
            and nxt is not None
            and (nxt[1] in ("WDT", "WP") or nxt[0].text.casefold() == "according")
        )
        if aside:
            j = i + 1
            while j < len(words) and words[j][0].text != ",":
                j += 1
            i = j  # the closing comma is kept only if the sentence goes on
            if i < len(words):
                i += 1
            continue
        out.append((token, tag))
        i += 1
    return out


def _drop_titles(words: Words, limit: int = _MAX_WORDS) -> Words:
    """ "Defense Secretary Lloyd Austin" -> "Lloyd Austin" (the name is enough in a summary)."""
    out: Words = []
    i = 0
    while i < len(words):
        j = i
        while j < len(words) and words[j][0].text[:1].isupper():
            j += 1
        run = words[i:j]
        titles = [k for k, (t, _) in enumerate(run[:-1]) if t.text.casefold() in TITLES]
        if titles and all(tag == "NNP" for _, tag in run[titles[-1] + 1 :]):
            out.extend(run[titles[-1] + 1 :])
        else:
            out.extend(run)
        out.extend(words[j : j + 1])
        i = j + 1
    return out


def _drop_subject_modifier(words: Words, limit: int = _MAX_WORDS) -> Words:
    """ "The embassy in Kyiv has received" -> "The embassy has received" (but "The Ministry of
    Health extended" keeps its name whole)."""
    verb = next((k for k, (_, tag) in enumerate(words) if tag in FINITE_TAGS), None)
    if verb is None:
        return words
    for k in range(1, verb):
        if _joins_a_name(words, k):
            continue
        if words[k][1] == "IN" and words[k - 1][1].startswith("NN"):
            if words[verb - 1][1].startswith(("NN", "CD", "PRP")):
                return words[:k] + words[verb:]
            return words
    return words


# "Ministry of Health", "Bank of Romania", "Republic of Ireland"
_NAMED_BEFORE_OF = ORGANIZATION_CUES | GPE_CUES


def _joins_a_name(words: Words, k: int) -> bool:
    """Is word ``k`` the "of" or "for" of a name such as "Ministry of Health" (a capitalised
    organisation word, then a proper noun)? "Parnevik of Sweden" is no such name."""
    return (
        words[k][0].text.casefold() in ("of", "for")
        and words[k - 1][1] in ("NNP", "NNPS")
        and words[k - 1][0].text.casefold() in _NAMED_BEFORE_OF
        and k + 1 < len(words)
        and words[k + 1][1] in ("NNP", "NNPS")
    )


def _cut_tail(words: Words, limit: int = _MAX_WORDS) -> Words:
    """Cut at the last phrase boundary that keeps at most ``limit`` words and the verb."""
    verb = next((k for k, (_, tag) in enumerate(words) if tag.startswith(("VB", "MD"))), 0)
    best = None
    for k in range(verb + 2, len(words)):
        if _count(words[:k]) > limit:
            break
        if words[k][1] in ("IN", "TO", "CC", "WDT", ",") or words[k][0].text == ",":
            best = k
    if best is None:
        cut: Words = []
        for token in words:
            if _count(cut) >= limit:
                break
            cut.append(token)
        return _tidy(cut)
    return _tidy(words[:best])
