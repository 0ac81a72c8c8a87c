"""Step 6, reported speech: what someone said without quote marks, and partial quotes.

"Okafor said that the plant would close", "..., according to the ministry", "she warned the
vote could slip", "..., adding that ...": the clause goes to the subject of the reporting verb.
A short quote inside reported speech ("said the plant was “no longer competitive”") is a
partial quote of the same speaker.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from lessons import vocab
from lessons.quotes.attribution import _TIME_ADJUNCT, _mention_after
from lessons.quotes.claims import _Claim, _with_attribution
from lessons.quotes.marks import QuotedStretch, _trimmed
from lessons.quotes.mentions import _is_anonymous, _title_only, subject_before
from lessons.quotes.names import _NAME_RUN
from lessons.quotes.sentences import SentenceBounds
from lessons.quotes.words import (
    _DETERMINERS,
    _NOT_NAMES,
    _PRONOUNS,
    _QUANTIFIERS,
    _SENTENCE_STARTERS,
    _WINDOW,
    _is_abbreviation,
    _last_word,
    _words,
    count_words,
)

# Verbs that report speech without quote marks: "Okafor said that ...", "she warned ...".
# The kit's list, and the finite forms of VerbNet's communication verbs ("replied", "retorts"):
# without quote marks they need "that" after them (see _reported_body), which keeps out "the
# city announced the closure".
_REPORTING_VERBS = vocab.word_set("quote_reporting_verbs") | frozenset(
    verb
    for verb in vocab.word_list("reporting_verbs_verbnet")
    if verb.endswith("ed") or verb in ("told", "wrote")
)
_SAY_WITHOUT_THAT = vocab.word_set("quote_say_without_that")
# Any reporting verb in a sentence? (found before the sentence is read word by word)
_HINT_WORDS = frozenset(v.casefold() for v in _REPORTING_VERBS | {"pointed"})


_LETTERS = re.compile(r"[a-z]+")
_ACCORDING_TO = re.compile(r"\b[Aa]ccording to\s+")


def _has_reporting_verb(sentence: str) -> bool:
    return not _HINT_WORDS.isdisjoint(_LETTERS.findall(sentence.casefold()))


# Verbs after which a short quoted phrase is the subject's words ("Ruiz called the plan
# “reckless”", "she derided “the old guard”"): every cue, reporting and judging verb, all forms.
_JUDGING_VERBS = (
    _REPORTING_VERBS
    | vocab.word_set("reporting_verbs_verbnet")
    | vocab.word_set("quote_characterising_verbs")
    | vocab.word_set("quote_judging_verbs")
)
_PARTICIPLES = re.compile(
    r",\s+(?P<cue>adding|saying|noting|warning|arguing|insisting|explaining)\s+(?:that\s+)?"
)


def _reported_in_paragraph(
    raw: str,
    paragraph: int,
    sentences: Sequence[tuple[int, int]],
    stretches: list[QuotedStretch],
    attributed: list[_Claim],
) -> list[_Claim]:
    """Reported speech in one paragraph, sentence by sentence, outside the quote marks;
    ``sentences`` are (start, end) of its sentences in the article's document, which leave out
    a dateline."""
    claims: list[_Claim] = []
    quoted = [(s.open_mark, (s.close_mark or s.end) + 1) for s in stretches]
    starts = [c.start for c in attributed]
    quote_starts = [q[0] for q in quoted]
    for start, end in sentences:
        here = attributed[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]
        first = max(bisect.bisect_left(quote_starts, start) - 1, 0)
        last = bisect.bisect_left(quote_starts, end)
        in_sentence = [q for q in quoted[first:last] if q[0] < end and start < q[1]]
        if len(in_sentence) > 50:
            continue  # a run of stray quote marks, not prose
        claims.extend(_reported_in_sentence(raw, paragraph, start, end, in_sentence, here))
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
    for match in _ACCORDING_TO.finditer(sentence) if "ccording to" in sentence else ():
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
    words = _words(sentence) if _has_reporting_verb(sentence) else []
    words = [(w, start + s, start + e) for w, s, e in words]
    for index, (word, w_start, w_end) in enumerate(words):
        cue = word
        if word.casefold() == "pointed" and index + 1 < len(words) and words[index + 1][0] == "out":
            cue, w_end = "pointed out", words[index + 1][2]
        elif word not in _REPORTING_VERBS:
            continue
        if w_start < taken_until or not _outside(w_start, quoted):
            continue
        window = max(start, w_start - 250)
        before = raw[window:w_start]
        aux = re.search(r"\b(have|has|had)\s+(?:[a-z]+ly\s+)?$", before)
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


def _partial_quotes(
    raw: str, direct: list[_Claim], reported: list[_Claim], sentences: SentenceBounds | None = None
) -> list[_Claim]:
    """Quotes with no attribution of their own.

    - inside reported speech they are partial quotes of its speaker (said the plant was “no
      longer competitive”);
    - a short phrase after a verb of saying or judging belongs to the sentence's subject (Ruiz
      called the plan “reckless”; the union derided “the old guard”);
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
        if claim.how == "title":
            continue  # the name of a show or a work inside reported speech is no one's words
        i = bisect.bisect_right(host_starts, claim.start) - 1
        host = hosts[i] if i >= 0 and claim.end <= hosts[i].end + 2 else None
        if host is not None:
            result.append(_with_attribution(claim, host))
            continue
        if claim.how == "title":
            continue
        if _is_scare_quote(raw[claim.start : claim.end]):
            subject = None if sentences is None else _subject_of_fragment(raw, claim, sentences)
            if subject is not None:
                result.append(subject)
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


# Adverbs that open a sentence before its subject, followed by a comma.
_OPENER = re.compile(
    r"(?:[A-Z][a-z]+ly|First|Then|Later|Still|Meanwhile|Also|Yet|Instead|Earlier|Now|Again|"
    r"However|Indeed|Afterward|Afterwards|Next|Last|Finally),\s+"
)


def _subject_of_fragment(raw: str, claim: _Claim, sentences: SentenceBounds) -> _Claim | None:
    """The sentence's subject as the speaker of a short quoted phrase, when a verb of saying or
    judging follows the subject, in the same clause as the phrase: “Okafor called it “a
    mess”"; "First, Ruiz derided the plan as “a costly mistake”"."""
    start = sentences.start_of(claim.start)
    if start is None or claim.start - start > _WINDOW:
        return None
    verb = next(
        (
            m
            for m in re.finditer(r"[A-Za-z]+(?:-[A-Za-z]+)*", raw[start : claim.start])
            if m.group() in _JUDGING_VERBS
        ),
        None,
    )
    if verb is None:
        return None
    found = subject_before(raw[start : start + verb.start()].rstrip())
    opening = raw[start : start + found[1]].strip() if found else ""
    if found is None or (opening and not opening.endswith(",")):
        # not right before the verb ("He went on to endorse Ayotte, calling her ..."): the
        # subject that opens the sentence
        opener = _OPENER.match(raw, start, claim.start)  # "First, Ruiz attacked ..."
        found = _sentence_subject(raw, opener.end() if opener else start, claim.start)
        if found is None:
            return None
        found = (found[0], found[1] - start)
    mention, offset = found
    if mention.casefold() in _DETERMINERS | {"i", "we", "you"} or re.search(r"['\u2019]", mention):
        return None  # "The", "I'm": not a subject that speaks here
    between = raw[start + verb.end() : claim.start]
    if re.search(r"[;:]|\b(?:who|which|that|because|while|but)\b", between):
        return None
    if re.search(r"\bso-called\W*$", between) or len(between.split()) > 20:
        return None  # a label, not anyone's words; or too far from the verb
    return _Claim(
        claim.start,
        claim.end,
        claim.paragraph,
        mention,
        start + offset,
        verb.group(),
        True,
        "subject",
        claim.closed,
        claim.opens_paragraph,
    )


def _is_scare_quote(text: str) -> bool:
    """A word, a label or a phrase in quote marks with nobody saying it: no sentence punctuation
    inside the marks, or only a few words."""
    return count_words(text) <= 3 or not re.search(r"[.!?,\u2026]$", text)
