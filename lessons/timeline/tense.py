"""Tense: what a verb group says about time, and so whether its date is past or planned.

"will vote", "is scheduled" and "plans to" look ahead ("future"); "would", "was expected to" and
"a potential attack" look ahead less surely ("would"); "voted", "has closed" and "two days ago"
look back ("past"). A date before the story was published is past whatever its verb says.
"""

from __future__ import annotations

import datetime as dt
import re

from lessons import vocab
from lessons.timeline.clauses import Words
from lessons.timeline.grammar import FINITE_TAGS, PAST_TAGS
from lessons.timeline.patterns import Mention
from lessons.timeline.when import When
from lessons.vocab import SPEECH_VERBS

_HOPES = frozenset("hoped hoping intended intending aimed aiming".split())


def _phrases(name: str, looking_back: str = "") -> re.Pattern[str]:
    """A word list as one case-blind regex; "would" followed by ``looking_back`` (a pattern:
    "have" before a participle) is not a match when the list says so ("would have voted" looks
    back)."""
    pieces = []
    for entry in sorted(vocab.word_list(name), key=len, reverse=True):
        piece = re.escape(entry).replace(r"\ ", r"\s+").replace("'", "['\u2019]")
        if looking_back and entry in ("would", "could", "might", "may", "should", "must"):
            piece += rf"(?!\s+{looking_back})"
        if entry.split()[0] in _HOPES:  # "hoped to reopen on Sunday" (not "had hoped to open
            piece = r"(?<!\bhad )(?<!\bwas )(?<!\bwere )" + piece  # before Christmas")
        if entry in ("next", "coming"):  # "next to the embassy", "coming from Paris"
            piece += r"(?!\s+(?:to|door|from|in|into|out|off|back|up|down|under|home)\b)"
        if entry == "coming":  # "the coming week", "help is coming", not a participle after
            piece = (  # its noun: "their goal coming shortly after 4.45pm" tells no future
                "(?:"
                + "|".join(
                    rf"(?<=\b{word}\s)"
                    for word in "the this these in over is are was were be been am 's 're".split()
                )
                + r"|(?=coming\s+(?:days|weeks|months|years|week|month|"
                r"year|season|weekend|winter|summer|spring|autumn|fall)\b))" + piece
            )
        pieces.append(piece if entry.startswith("'") else r"\b" + piece)  # "we 'll": no \b
    return re.compile(r"(?i)(?:" + "|".join(pieces) + r")\b")


_STRONG_FUTURE = _phrases("timeline_future_words")  # "will", "is scheduled", "plans to"
_WEAK_FUTURE = _phrases(  # "would", "potential" (but "would have extra patrols" is to come)
    "timeline_maybe_words",
    looking_back=r"have(?!\s+(?:a|an|the|no|more|extra|some|any|enough|its|their|his|her|our|"
    r"your|to|\d)\b)",
)
# "a scheduled vote on Tuesday", "a potential attack on Nov. 20": the noun phrase decides
POSSIBLE_WORDS = vocab.word_set("timeline_possible_words")
PLANNED_WORDS = vocab.word_set("timeline_planned_words") | POSSIBLE_WORDS


def _perfect(words: Words) -> bool:
    """A perfect tense: "has fallen", "have not been" (has/have/had, then a participle)."""
    for i, (token, _) in enumerate(words):
        if token.text.casefold() in ("has", "have", "had", "'ve"):
            following = [tag for _, tag in words[i + 1 : i + 3]]
            if "VBN" in following[:1] or following[:2] == ["RB", "VBN"]:
                return True
    return False


_AS_WORDS = frozenset(["as", "than"])


def as_planned(words: Words, i: int) -> bool:
    """A word of planning after "as" or "than" compares with a plan or a guess ("goes ahead as
    planned", "opened later than expected"): no verb of the clause (but "as happened in
    February" tells a past)."""
    if words[i][0].text.casefold() not in PLANNED_WORDS or i == 0:
        return False
    k = i - 1
    if words[k][1] == "RB" and k > 0:  # "as previously announced"
        k -= 1
    return words[k][0].text.casefold() in _AS_WORDS


_HAVE_GOT = re.compile(r"(?i)(?:'ve|\u2019ve|\bhave|\bhas)\s+got\b")


def sentence_tense(words: Words, part: str) -> str | None:
    """The tense of a whole sentence, for an expression no clause claims ("It will open with a
    ribbon-cutting at 10 a.m."): see :func:`~lessons.timeline.nearest_verb.tense_near`."""
    return tense_of(words, part)


# present verbs that tell no time of their own: "says", "has" ("The festival continues on
# Saturday" tells one: "continues" is a speech verb only after a quote)
SAYING = (SPEECH_VERBS - {"continue", "continues"}) | {"has", "have"}


def tense_of(words: Words, part: str) -> str | None:
    """What the words say about time: "future" ("will", "is scheduled"), "would" (a weaker
    future: "would", "potential"), "past", "present", or None (no verb)."""
    # a plan compared with ("grew faster than expected") says nothing about time
    words = [w for i, w in enumerate(words) if not as_planned(words, i)]
    text = " ".join(t.text for t, _ in words)
    if _HAVE_GOT.search(text):  # "We've got a wedding Saturday": having, a present
        words = tuple(w for w in words if w[0].text.casefold() != "got")
    if re.search(
        r"(?i)\b(?:was|were|had(?:\s+been)?)\s+(?:[\u2018'\"\u201c`]+\s+)?(?:\w+\s+)?"
        r"(?:expected|scheduled|"
        r"set(?=\s+(?:to|for)\b)|due|slated|planned|supposed|going|possible|likely"
        r"(?!\s+(?:\w+ed|been)\b))\b"  # not "was set out"; "more rain was possible Tuesday
        # night": a forecast (not "was likely started by lightning")
        r"|\b(?:was|were)\s+to\s+(?!be\s+\w+ed\b)[a-z]+\b",  # "the camp, which was to run"
        text,
    ):
        return "would"  # a future seen from the past: "was expected to", "was due"
    if _STRONG_FUTURE.search(text):
        return "future"
    if (
        part in ("headline", "dek")
        and re.search(r"(?i)\bto\s+\w", text)
        and not any(tag in FINITE_TAGS for _, tag in words)
    ):
        return "future"  # headline style: "Council to Vote Tuesday" (a dek too)
    if _WEAK_FUTURE.search(text.replace("May ", "")):
        return "would"
    if (
        any(tag in PAST_TAGS for _, tag in words)
        or _perfect(words)
        or re.search(r"(?i)\b(?:has|have|had)\s+(?:\w+\s+)?\w+ed\b|\bago\b", text)
    ):
        return "past"
    if any(tag == "MD" for _, tag in words) and not re.search(r"(?i)\b\w+\s+have\b", text):
        return "future"  # "should ease", "must leave", "can resume" (not "should have")
    if any(tag in ("VBZ", "VBP") and t.text.casefold() not in SAYING for t, tag in words):
        return "present"
    return None


# ---------------------------------------------------------------------------------------------
# Past or planned


def leans_ahead(mention: Mention) -> bool | None:
    """Whether the words themselves point ahead ("tomorrow", "next") or back ("last")."""
    words = f"{mention.part('which')} {mention.part('word')} {mention.part('edge')} " + (
        f"{mention.part('edge2')} {mention.part('pre')}"
    )
    if mention.kind == "ago" or re.search(r"\b(?:last|past|yesterday|earlier)\b", words):
        return False
    if re.search(r"\b(?:next|coming|tomorrow|tonight|later|into)\b", words):  # "into spring"
        return True
    return None


def past_or_planned(
    when: When | None, published: dt.date | None, tense: str | None, lean: bool | None, part: str
) -> str:
    """ "past" or "planned": a date before publication is past, one after it planned ("was
    extended to Nov. 21" names a deadline); otherwise the words decide ("will", "is scheduled",
    "potential" are planned; a past tense is past), then the expression itself ("tomorrow")."""
    known = when is not None and published is not None
    if known and when.last_day < published:
        return "past"
    if tense in ("future", "would") or (known and when.first_day > published):
        return "planned"  # a past tense with a later date names a deadline ("was extended to")
    if tense == "past":
        return "past"
    if lean is not None:
        return "planned" if lean else "past"
    return "planned" if tense == "present" and part == "body" else "past"
