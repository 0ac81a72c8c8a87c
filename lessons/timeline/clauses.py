"""Step 4: read the sentence around an expression: its words and tags, and its clause.

The words and part-of-speech tags come from the shared document (:mod:`lessons.document`):
the timeline never splits or tags a sentence itself. It only corrects tags that NLTK's tagger
often gets wrong in news English (:mod:`~lessons.timeline.noun_phrases`,
:mod:`~lessons.timeline.misread_tags`).

The clause of an expression is the run of words between punctuation and words like "that",
"after", "when" that holds it; its verbs say whether the event already happened ("voted",
"has closed") or is still ahead ("will vote", "is scheduled", "a potential attack"): which verb
tells, :mod:`~lessons.timeline.nearest_verb`; what it says, :mod:`~lessons.timeline.tense`.

>>> from lessons.article import parse_article
>>> from lessons.document import read_document
>>> from lessons.timeline.expressions import find_time_expressions
>>> article = parse_article("Vote\\n\\nThe council will vote on Tuesday, and then adjourn.")
>>> sentence = read_document(article).sentences[1]
>>> words, [tuesday] = tagged_words(sentence), find_time_expressions(sentence.span)
>>> start, end = clause_of(words, tuesday)
>>> [word.text for word, _ in words[start:end]]
['The', 'council', 'will', 'vote', 'on', 'Tuesday']
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from lessons.article import Span
from lessons.document import StorySentence
from lessons.timeline.grammar import FINITE_TAGS, SUBORDINATORS
from lessons.timeline.misread_tags import news_tags, tenses_misread
from lessons.timeline.noun_phrases import nouns_after_prepositions
from lessons.timeline.patterns import Mention

Words = list[tuple[Span, str]]  # words of a sentence with their part-of-speech tags

# ---------------------------------------------------------------------------------------------
# Words and tags, from the shared document

_READ_WORDS = 400  # a 1 MB run-on sentence is not read to the end


def tagged_words(sentence: StorySentence) -> Words:
    """The sentence's words (at most the first 400) with the document's tags, corrected."""
    words = sentence.words[:_READ_WORDS]
    tags = nouns_after_prepositions(words, news_tags(sentence.first_tags(_READ_WORDS)))
    return list(zip(words, tenses_misread(words, tags), strict=True))


# ---------------------------------------------------------------------------------------------
# Clauses

_CLAUSE_PUNCTUATION = frozenset(
    [",", ";", ":", "(", ")", "—", "–", "--", '"', "\u201c", "\u201d", "``", "''", "[", "]"]
    + ["\u2022", "*", "-"]  # bullets: "• 23 treated after surge on Saturday night • Inquiry to"
)


def is_boundary(word: str, tag: str) -> bool:
    """Punctuation and words that open a new clause: "that", "which", "after", "when"."""
    lower = word.casefold()
    return (
        word in _CLAUSE_PUNCTUATION
        or tag in ("WDT", "WP", "WRB")
        or (lower == "that" and tag in ("IN", "WDT"))
        or (lower in SUBORDINATORS and tag in ("IN", "CC", "RB"))
    )


def clauses(words: Words, protected: frozenset[int] = frozenset()) -> list[tuple[int, int]]:
    """Runs of word indexes between punctuation and words like "that", "after", "when".

    Words of time expressions (``protected``) never break a clause: "since Monday".
    """
    runs: list[tuple[int, int]] = []
    first = None
    for i, (token, tag) in enumerate(words):
        if i not in protected and is_boundary(token.text, tag):
            if first is not None:
                runs.append((first, i))
            first = None if token.text in _CLAUSE_PUNCTUATION else i
        elif first is None:
            first = i
    if first is not None:
        runs.append((first, len(words)))
    return runs


def _is_finite(words: Words, i: int) -> bool:
    """A verb that makes a clause: "said", "says", "will"."""
    return words[i][1] in FINITE_TAGS


def overlaps(token: Span, mention: Mention) -> bool:
    """Is the token part of the expression (or of the preposition before it: "until July")?"""
    start = mention.start if mention.reach < 0 else mention.reach
    return token.start < mention.end and token.end > start


# The 's of "Wednesday's vote"; "s" alone where a curly apostrophe was split off ("Wednesday’ s").
_POSSESSIVE_S = frozenset(["s", "'s", "\u2019s"])


def _possessive(words: Words, i: int, mention: Mention) -> bool:
    """Is word ``i`` the 's of "Wednesday's vote"?"""
    if words[i][0].text in ("'s", "\u2019s"):
        return words[i][0].start == mention.end
    if words[i][0].text in ("'", "\u2019") and words[i][0].start == mention.end:
        return i + 1 < len(words) and words[i + 1][0].text == "s"
    return (
        words[i][0].text == "s"
        and i > 0
        and words[i - 1][0].text in ("'", "\u2019")
        and words[i - 1][0].start == mention.end
    )


def _belongs(words: Words, i: int, mention: Mention) -> bool:
    return overlaps(words[i][0], mention) or _possessive(words, i, mention)


def _protected(words: Words, mentions: Sequence[Mention]) -> frozenset[int]:
    """The indexes of the words that belong to one of the expressions (see :func:`_belongs`).

    Each expression's words are found by bisection, not by testing every word against every
    expression: a run-on sentence can hold hundreds of expressions.
    """
    starts = [token.start for token, _ in words]
    ends = [token.end for token, _ in words]
    if any(a > b for a, b in zip(starts, starts[1:], strict=False)) or any(
        a > b for a, b in zip(ends, ends[1:], strict=False)
    ):  # words out of order: test each one
        return frozenset(
            i for i in range(len(words)) if any(_belongs(words, i, m) for m in mentions)
        )
    found: set[int] = set()
    for mention in mentions:
        begin = mention.start if mention.reach < 0 else mention.reach
        found.update(range(bisect_right(ends, begin), bisect_left(starts, mention.end)))
        k = bisect_left(starts, mention.end)  # the 's of "Wednesday's vote"
        while k < len(words) and starts[k] == mention.end:
            if _possessive(words, k, mention):
                found.add(k)
            if k + 1 < len(words) and _possessive(words, k + 1, mention):
                found.add(k + 1)
            k += 1
    return frozenset(found)


def after_who(words: Words, i: int) -> bool:
    """Is word ``i`` a relative clause's verb, right after "who" or "which" ("who ran")?"""
    return i > 0 and words[i - 1][1] in ("WP", "WDT")


def _noun_to_verb(words: Words, i: int) -> bool:
    """Is word ``i`` the "to" of a noun's infinitive in headline style ("...; council to decide
    on reopening at 2pm"), which stands for a future verb?"""
    return (
        0 < i < len(words) - 1
        and words[i][1] == "TO"
        and words[i + 1][1] == "VB"
        and words[i - 1][1] in ("NN", "NNS", "NNP", "NNPS")
    )


def clause_of(words: Words, mention: Mention, mentions: Sequence[Mention] = ()) -> tuple[int, int]:
    """The word range of the clause that says what happened at the time of ``mention``.

    An expression in a clause without a verb of its own ("On Tuesday, ...", "while in Laos on
    Wednesday") belongs to the neighbouring clause that has one.
    """
    inside = {i for i, (t, _) in enumerate(words) if overlaps(t, mention)}
    runs = clauses(words, _protected(words, [mention, *mentions]))
    here = [k for k, (a, b) in enumerate(runs) if any(a <= i < b for i in inside)]
    if not here:
        return (min(inside), max(inside) + 1) if inside else (0, 0)
    low, high = here[0], here[-1]  # the expression's words never split a clause
    own = (low, high)

    def aside(k: int) -> bool:  # a relative clause set off by commas: ", which it bought in
        start, end = runs[k]  # 2023,"
        return (
            words[start][1] in ("WDT", "WP")
            and start > 0
            and words[start - 1][0].text == ","
            and end < len(words)
            and words[end][0].text == ","
        )

    def finite(k_low: int, k_high: int) -> bool:  # a verb of the clause's own (not one of a
        return any(  # relative clause it reached: "will face a rancher who ran unopposed, in
            _is_finite(words, i) or _noun_to_verb(words, i)  # the Nov. 3 general election"
            # looks for "will face"; "will set out plans for its project, which it bought in
            # 2023, at an investor day on Thursday" for "will set out")
            for k in range(k_low, k_high + 1)
            if own[0] <= k <= own[1] or not aside(k)
            for i in range(*runs[k])
            if i not in inside and (own[0] <= k <= own[1] or not after_who(words, i))
        )

    participle = next((i for i in range(runs[low][0], min(inside)) if words[i][1] == "VBN"), None)
    if not finite(low, high) and participle is not None and low > 0:
        before = runs[low - 1][1] - 1  # "the outbreak, first detected in March 2025"
        if before >= 0 and words[before][1].startswith("NN"):
            first = before
            while first > runs[low - 1][0] and words[first - 1][1] in (
                "NN",
                "NNS",
                "NNP",
                "NNPS",
                "JJ",
                "DT",
                "POS",
                "PRP$",
                "CD",
            ):
                first -= 1
            return (first, runs[high][1])
    after = max(inside) + 1
    opens = low == 0 and after < len(words) and words[after][0].text == ","

    def relative(k: int) -> bool:  # "..., that could remain": another clause's verb
        token, tag = words[runs[k][0]]
        return tag in ("WDT", "WP") or (token.text.casefold() == "that" and tag != "DT")

    for direction in ("right", "left") if opens else ("left", "right"):
        while not finite(low, high):
            if direction == "left" and low > 0:
                low -= 1
            elif direction == "right" and high < len(runs) - 1 and not relative(high + 1):
                high += 1
            else:
                break
    return (runs[low][0], runs[high][1])
