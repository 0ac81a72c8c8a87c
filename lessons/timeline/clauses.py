"""Step 4: read the sentence around an expression: its words and tags, its clause, its tense.

The words and part-of-speech tags come from the shared document (:mod:`lessons.document`):
the timeline never splits or tags a sentence itself. It only corrects two tags that NLTK's
tagger often gets wrong in news English (see :func:`news_tags`).

The clause of an expression is the run of words between punctuation and words like "that",
"after", "when" that holds it; its verbs say whether the event already happened ("voted",
"has closed") or is still ahead ("will vote", "is scheduled", "a potential attack").

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

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from lessons import vocab
from lessons.article import Span
from lessons.document import StorySentence
from lessons.timeline.patterns import Mention
from lessons.timeline.when import When
from lessons.timeline.words import DAY_WORDS, WEEKDAYS
from lessons.vocab import SPEECH_VERBS

Words = list[tuple[Span, str]]  # words of a sentence with their part-of-speech tags

# ---------------------------------------------------------------------------------------------
# Words and tags, from the shared document

_READ_WORDS = 400  # a 1 MB run-on sentence is not read to the end
_NOUNS_AND_PRONOUNS = frozenset(["NN", "NNS", "NNP", "NNPS", "PRP"])
_PLURALS = frozenset(["NNS", "NNPS", "PRP"])


def news_tags(tags: Sequence[str]) -> list[str]:
    """Penn Treebank tags, lightly corrected for news English.

    NLTK's tagger often reads a past tense right after its subject as a participle ("forces
    launched/VBN") and a present tense after a plural as a base form ("schools reopen/VB").

    >>> news_tags(["NNS", "VBN", "NNS", "."]), news_tags(["NNS", "VB", "IN", "NNP"])
    (['NNS', 'VBD', 'NNS', '.'], ['NNS', 'VBP', 'IN', 'NNP'])
    """
    tags = list(tags)
    for i in range(1, len(tags)):
        if tags[i] == "VBN" and tags[i - 1] in _NOUNS_AND_PRONOUNS:
            tags[i] = "VBD"
        elif tags[i] == "VB" and tags[i - 1] in _PLURALS:
            following = tags[i + 1] if i + 1 < len(tags) else "."
            if not following.startswith(("VB", "MD")):
                tags[i] = "VBP"
    return tags


def tagged_words(sentence: StorySentence) -> Words:
    """The sentence's words (at most the first 400) with the document's tags, corrected."""
    words = sentence.words[:_READ_WORDS]
    tags = _nouns_after_prepositions(words, news_tags(sentence.first_tags(_READ_WORDS)))
    return list(zip(words, _tenses_misread(words, tags), strict=True))


_WANTED_DONE = re.compile(
    r"(?i)(?:like|want|wants|wanted|need|needs|needed|get|gets|got|have|has)\s+"
    r"(?:it|them|this|that|everything|everyone|all)"
)


# "downtown", "upstairs" ... (vocab/timeline_place_adverbs.txt): never a verb, whatever the tag
_PLACE_ADVERBS = frozenset(vocab.word_list("timeline_place_adverbs"))


def _a_participle_next(tags: list[str], i: int) -> bool:
    """Is the verb after word ``i`` (past its adverbs: "only just") a participle, or a past
    the tagger gave for one ("'d only just reopened/VBD")?"""
    k = i + 1
    while k < len(tags) and tags[k] == "RB":
        k += 1
    return k < len(tags) and (tags[k] == "VBN" or (tags[k] == "VBD" and k > i + 1))


_ARTICLES = frozenset(["the", "a", "an"])


def _after_an_article(words: Sequence[Span], tags: list[str], i: int) -> bool:
    """Does word ``i`` come right after "the", "a" or "an", or after one and an adjective ("the
    first falls", "the heavy rains"), so that it cannot be a verb?"""
    if words[i].text.casefold() in _NOT_NOUNS_IN_S:
        return False
    if i and words[i - 1].text.casefold() in _ARTICLES:
        return True
    return (
        i > 1
        and words[i - 1].text.casefold() in _ORDINALS
        and words[i - 2].text.casefold() in _ARTICLES
    )


_NOT_NOUNS_IN_S = frozenset(["is", "has", "does", "was"])
_ORDINALS = frozenset("first second third fourth fifth last final next".split())


def _tenses_misread(words: Sequence[Span], tags: list[str]) -> list[str]:
    """A verb that can only be a present, which the tagger read as a past ("The two leaders
    meet/VBD Monday") or, in a line with no other verb, as a plural noun after a name ("Main
    Street closes/NNS at 8 a.m. Monday"); a past it read as a present ("engineers who
    flew/VBP in on Friday"); a participle it read as a past ("get it done/VBD Tuesday"). The
    verbs: ``vocab/verbs_base_forms.txt``, ``vocab/verbs_irregular_past.txt`` and
    ``vocab/verbs_irregular_participles.txt``.

    >>> ws = [Span(w, 0, len(w)) for w in "Main Street closes at 8 a.m. Monday".split()]
    >>> _tenses_misread(ws, ["NNP", "NNP", "NNS", "IN", "CD", "RB", "NNP"])[2]
    'VBZ'
    """
    fixed = list(tags)
    for i, tag in enumerate(tags):
        word = words[i].text.casefold()
        before = tags[i - 1] if i else ""
        after = tags[i + 1] if i + 1 < len(tags) else "."
        if tag.startswith("VB") and word in DAY_WORDS:
            fixed[i] = "NN"  # "Snow is forecast to 600 metres tonight/VBD": no verb
        elif tag.startswith("VB") and word in _PLACE_ADVERBS:
            fixed[i] = "RB"  # "We expect 20,000 people downtown/VBD on Saturday": no past
        elif (
            tag == "JJ"
            and word.endswith("ed")
            and i > 1
            and words[i - 1].text.casefold() in ("both", "all", "each")
            and tags[i - 2] in ("NNP", "NNPS", "NNS", "PRP")
            and not any(t in _FINITE_TAGS for t in tags[:i])
        ):
            fixed[i] = "VBD"  # "Crescent Bay and Lighthouse Point both tested/JJ clean on
            # Friday": the subject's verb
        elif (
            tag == "IN"
            and word == "that"
            and before in ("", ",", ":")
            and after in ("NN", "NNS")
            and i + 2 < len(tags)
            and tags[i + 2] in _FINITE_TAGS
        ):
            fixed[i] = "DT"  # "By 6 a.m. Tuesday, that/IN number had fallen": the subject's
            # determiner, not a clause of its own
        elif word in _FORMS_OF_BE and not tag.startswith("VB") and tag != "MD":
            fixed[i] = _FORMS_OF_BE[word]  # "Visitors who had booked trips are/NN being offered
            # seats on Saturday": a form of "be" is a verb
        elif tag in ("NN", "NNS") and before == "MD" and word in _BASE_VERBS:
            fixed[i] = "VB"  # "the company would credit/NN each customer": the modal's verb
        elif (
            tag == "VBD"
            and word.endswith("ed")
            and i
            and words[i - 1].text.casefold() in ("each", "every", "all", "the", "any")
            and after in ("NN", "NNS")
        ):
            fixed[i] = "JJ"  # "each affected/VBD customer": a participle describing its noun
        elif (
            tag == "VBD"
            and not word.endswith(("ed", "d", "t"))
            and word not in _PAST_ONLY  # (not "the company shook/VBD hands")
            and word not in _PLAIN_PASTS
            and before in ("NN", "NNP", "POS", "JJ")
            and after == "NNS"
            and _a_present_in_s(words[i + 1].text.casefold())
        ):
            fixed[i] = "NN"  # "The town's St Andrew's Day programme/VBD runs/NNS from Friday":
            fixed[i + 1] = "VBZ"  # the subject's last noun, and its verb
        elif tag == "RB" and before == "DT" and after in ("VBN", "VBD"):
            fixed[i] = "NN"  # "but a blizzard/RB held/VBN it back until Sunday evening": the
            # subject, and a past with its object
            if after == "VBN" and i + 2 < len(tags) and tags[i + 2] in ("PRP", "DT"):
                fixed[i + 1] = "VBD"
        elif tag == "VBD" and word == "right":
            fixed[i] = "RB"  # "open tomorrow and right/VBD up to midnight on Sunday": no past
        elif tag == "VBP" and before == "WDT" and after in ("VBN", "VBD"):
            fixed[i] = "NN"  # "budget, which council/VBP approved/VBN on March 24": the
            # relative clause's subject and its past
            fixed[i + 1] = "VBD"
        elif (tag in ("VBP", "VBZ") or (tag == "VBD" and word in _BASE_VERBS)) and (
            _after_a_possessive(tags, i)
        ):
            fixed[i] = "NNS" if word.endswith("s") else "NN"  # "the town's Memorial Day
            # parade/VBP": the noun the possessive owns
        elif tag == "VBD" and word in _BASE_VERBS:  # "Rovers host/VBD Ollerton": a present
            fixed[i] = "VBP" if before in _PLURALS or before in ("NNP", "NNPS") else "VB"
        elif tag in ("VB", "VBP") and (word in _PAST_ONLY or _a_regular_past(word)):
            fixed[i] = "VBD"  # "Rescuers freed/VBP six miners on Monday night": a past
        elif (
            tag == "VBZ"
            and word.endswith("s")
            and word not in _VERBS_IN_S
            and _an_objects_last_noun(tags, i)
        ):
            fixed[i] = "NNS"  # "It opened the spillway gates/VBZ on Tuesday afternoon"
        elif tag == "VBZ" and word.endswith("s") and _after_an_article(words, tags, i):
            fixed[i] = "NNS"  # "after the first falls/VBZ on 28 May": a noun after "the"
        elif tag in ("VBZ", "VBP") and _a_plural_before_its_verb(words, tags, i):
            fixed[i] = "NNS"  # "Four hundred emergency calls/VBZ failed/VBN on Wednesday
            # morning", "On Wednesday, crews/VBZ digging out the pipe found", "The two
            # reservoirs/VBP together held/VBN 23%": the subject
            verb = i + 2 if tags[i + 1] == "RB" else i + 1
            if tags[verb] == "VBN" and tags[i - 1] != "CC":  # (after "but": a participle
                fixed[verb] = "VBD"  # of its subject, "samples taken Wednesday", its verb later)
        elif tag == "VBN" and _the_verb_after_an_apposition(words, tags, i):
            fixed[i] = "VBD"  # "Pellmarsh Home, the housewares chain, filed/VBN for bankruptcy
            # late Thursday": the subject's verb after the phrase that names it
        elif tag == "NN" and word in _PAST_ONLY and _a_past_after_a_noun(words, tags, i):
            fixed[i] = "VBD"  # "after a fire tore/NN through its crude unit on Saturday night"
        elif word in _SAME_PAST and _past_after_its_subject(words, tags, i):
            fixed[i] = "VBD"  # "a water main that burst/NN late Tuesday": a past
        elif word in _SAME_PAST and tag in ("VB", "VBP") and _after_a_past_and(words, tags, i):
            fixed[i] = "VBD"  # "spent a year on it, and members read/VBP it at a vigil"
        elif tag == "VB" and _joined_to_a_present(words, tags, i):
            fixed[i] = "VBP"  # "Schools are closed for the break and reopen/VB on Monday": the
            # second verb of a present
        elif tag == "VBD" and word in _PARTICIPLES_ONLY:
            fixed[i] = "VBN"  # "I'll get it done Tuesday": a participle, not a past
        elif tag == "VBD" and _joined_to_a_participle(words, tags, i):
            fixed[i] = "VBN"  # "will be held at its headquarters and streamed/VBD online": the
            # second participle of "will be"
        elif tag == "VBD" and _WANTED_DONE.fullmatch(
            " ".join(w.text for w in words[max(0, i - 2) : i])
        ):
            fixed[i] = "VBN"  # "We would like it closed before Christmas": what is wanted done
        elif tag == "MD" and word in ("'d", "\u2019d") and _a_participle_next(tags, i):
            fixed[i] = "VBD"  # "We'd left on the Thursday", "We'd only just reopened/VBD":
            # had, not would
        elif tag == "VBN" and i and words[i - 1].text.casefold() == "as" and before == "IN":
            fixed[i] = "VBD"  # "as happened twice in February": a past with no subject
        elif tag == "VBP" and i and words[i - 1].text.casefold() in _SINGULAR_PRONOUNS:
            fixed[i] = "VBD"  # "the range it forecast in November": not a present after "it"
        elif (
            tag in ("RB", "JJ", "NN", "NNS")
            and word in _SCHEDULE_VERBS
            and _after_a_subject(tags, i)
            and _a_day_follows(words, i)
        ):  # "Registrations close/RB on Tuesday", "Induction for nurses recruited from
            # overseas begins/NNS on Monday", "MLAs return/NN to the chamber Monday": a present
            fixed[i] = "VBZ" if word.endswith("s") else "VBP"
        elif tag == "NN" and word in _NEVER_NOUNS and before in _NOUNS_AND_PRONOUNS:
            fixed[i] = "VBP"  # "events at the marae begin/NN with a dawn ceremony": a present
        elif tag in ("VB", "VBP") and _after_a_causative(words, tags, i):
            fixed[i] = "VB"  # "had the engineers walk/VBP us through it": a bare infinitive,
            # its time told by "had"
        elif tag == "VB" and _ends_a_noun_phrase(tags, i):
            fixed[i] = "NN"  # "A trade union May Day rally/VB on the Market Square on Friday
            # passed off": the head of the subject, its verb still to come
        elif tag == "VB" and _subject_before(words, tags, i):
            fixed[i] = "VBP"  # "on Saturday we finally get to open it": a present, not a base
        elif tag == "VB" and _first_verb_of(tags, i) and _after_its_subject(tags, i):
            fixed[i] = "VBP"  # "Schools in the town break/VB up on Wednesday": the first verb,
            # after its noun, is a present (a base form follows "to", "will" or "did")
        elif tag == "VBN" and _joined_to_a_past(words, tags, i):
            fixed[i] = "VBD"  # "came back in November and stayed/VBN with us": a second past
        elif tag == "VBD" and _after_with(words, tags, i) and _a_day_in_the_phrase(words, i):
            fixed[i] = "VBN"  # "With the courthouse closed Thursday", ", with a Saltire raised at
            # the council offices at 9am on Sunday": a participle, no past
        elif (
            tag == "NNS"
            and (
                before in ("NN", "NNP", "NNPS", "VBG")  # (also "Daylight saving begins/NNS")
                or (before == "JJ" and i > 1 and tags[i - 2] == "POS")  # "The town's
            )  # festival/JJ runs/NNS from Friday": a noun the tagger took for an adjective
            and (after in ("IN", "TO", "RB", "CD", "PRP") or _weekday_next(words, i))
            and _a_present_in_s(word)
            and _verbless(words, tags, i)
        ):
            fixed[i] = "VBZ"
        elif (
            tag == "NNP"
            and (word in _BASE_VERBS or word in _BASE_LIKE_PARTICIPLE)
            and (
                (before in ("``", "''", ":") and after in ("TO", "DT", "PRP", "PRP$", "IN", "RP"))
                or (i == 0 and after in ("TO", "DT", "PRP", "PRP$"))
            )
        ):
            fixed[i] = "VB"  # "she had one message: 'Come/NNP to the show on Saturday'", and
            # a quotation's second sentence, "Ask/NNP me again on Friday": a verb that opens a
            # quotation or a sentence, the tagger's name
        elif (
            tag == "NNS"
            and i > 1
            and words[i - 1].text.casefold() == "and"
            and _a_present_in_s(word)
            and _weekday_next(words, i)
            and any(t in ("VBD", "VBZ", "VBP") for t in tags[: i - 1])
        ):
            fixed[i] = "VBZ"  # "which began on Oct. 30 and ends/NNS Wednesday": a second verb
    return fixed


def _a_regular_past(word: str) -> bool:
    """Is a word a regular past ("freed", "agreed", "halted") and no base form ("need")?"""
    return (
        word.endswith("ed")
        and word not in _BASE_VERBS
        and (word[:-1] in _BASE_VERBS or word[:-2] in _BASE_VERBS)
    )


# base forms spelled like their participle, which the base-verb list leaves out ("has come")
_BASE_LIKE_PARTICIPLE = frozenset(["come", "become", "run", "overcome"])
# pasts spelt like a base form or a noun, which the irregular-past list leaves out
_PLAIN_PASTS = frozenset("fell found saw lay bore ground wound beat ran came rose".split())


_HEAD_NOUN_TAGS = frozenset(["NN", "NNP", "NNPS", "JJ", "CD"])
_PAST_OR_PRESENT = frozenset(["VBD", "VBZ", "VBP"])


def _ends_a_noun_phrase(tags: list[str], i: int) -> bool:
    """Is a base form, with no "to", modal or verb before it, the last of a run of nouns a
    determiner opens, with a finite verb later ("A trade union May Day rally/VB ... passed")?

    >>> _ends_a_noun_phrase(["DT", "NN", "NN", "NNP", "NNP", "VB", "IN", "NNP", "VBD"], 5)
    True
    """
    k = i - 1
    while k >= 0 and tags[k] in _HEAD_NOUN_TAGS:
        k -= 1
    opened = k >= 0 and k < i - 1 and tags[k] in ("DT", "PRP$") and (k == 0 or tags[k - 1] != "IN")
    following = tags[i + 1] if i + 1 < len(tags) else "."
    return (
        opened
        and following not in ("RP", "DT", "PRP", "PRP$", "TO")  # (not "Schools in the town
        # break/VB up on Wednesday": a verb, its particle after it)
        and not any(t in ("MD", "TO") or t.startswith("VB") for t in tags[:k])
        and any(t in _PAST_OR_PRESENT for t in tags[i + 1 :])
    )


def _after_a_possessive(tags: list[str], i: int) -> bool:
    """Does a possessive, maybe with a name or adjectives after it, lead up to word ``i`` ("the
    town's Memorial Day parade")? A present in -s after a name is its verb ("the town's Saltire
    Fair goes ahead")."""
    j = i - 1
    while j > 0 and tags[j] in ("NNP", "NNPS", "JJ"):
        j -= 1
    return j >= 0 and tags[j] == "POS" and (j == i - 1 or tags[i] != "VBZ")


_AUXILIARIES = frozenset("is are was were be been being has have had get got".split())


def _joined_to_a_past(words: Sequence[Span], tags: list[str], i: int) -> bool:
    """Is word ``i``, read as a participle, right after "and" or "or" whose verb before is a
    past with no auxiliary of its own ("came back in November and stayed with us"; not "was
    arrested and charged", a participle of "was")?"""
    if i < 2 or words[i - 1].text.casefold() not in ("and", "or"):
        return False
    k = next((k for k in range(i - 2, -1, -1) if tags[k].startswith(("VB", "MD"))), None)
    if k is None or tags[k] != "VBD":
        return False
    return not any(words[j].text.casefold() in _AUXILIARIES for j in range(max(0, k - 3), k))


def _joined_to_a_participle(words: Sequence[Span], tags: list[str], i: int) -> bool:
    """Is word ``i`` right after "and" or "or" whose verb before is a participle after a
    present or future "be" ("will be held at the company's headquarters and streamed online")?"""
    if i < 2 or words[i - 1].text.casefold() not in ("and", "or"):
        return False
    k = next(
        (k for k in range(i - 2, max(-1, i - 10), -1) if tags[k].startswith(("VB", "MD"))), None
    )
    if k is None or tags[k] != "VBN":
        return False
    return any(words[j].text.casefold() in _PRESENT_BE for j in range(max(0, k - 3), k))


_PRESENT_BE = frozenset("be is are being".split())  # (not "was unveiled in 1922 and stood")


def _after_its_subject(tags: list[str], i: int) -> bool:
    """Is word ``i`` right after a noun, or after a comma that closes a phrase beside a noun
    ("Tickets for a concert on Sunday evening, with the choir, go on sale")?"""
    before = tags[i - 1] if i else ""
    return before in _NOUNS_AND_PRONOUNS or (
        before == "," and any(tag in _NOUNS_AND_PRONOUNS for tag in tags[: i - 1])
    )


def _first_verb_of(tags: list[str], i: int) -> bool:
    """Is word ``i`` the sentence's first verb, with no "to" or modal before it? (A word in
    -ing that opens the sentence before a noun is the noun's modifier: "Parking/VBG
    restrictions along the route take effect from 8pm".)"""
    return not any(
        (tag.startswith(("VB", "MD")) or tag == "TO")
        and not (k == 0 and tag == "VBG" and tags[1:2] in (["NNS"], ["NN"]))
        for k, tag in enumerate(tags[:i])
    )


_NOUN_PHRASE_WORDS = frozenset(["DT", "PRP$", "JJ", "NN", "NNS", "NNP", "NNPS", "CD", "POS"])


def _after_with(words: Sequence[Span], tags: list[str], i: int) -> bool:
    """Is word ``i`` a participle after "with" and a noun phrase that open a sentence or follow
    a comma ("With the courthouse closed Thursday", ", with Tuesday routes collected
    Wednesday"): a state beside the clause (not "A helicopter with a camera flew")?"""
    k = i - 1
    while k >= 0 and tags[k] in _NOUN_PHRASE_WORDS and k > i - 6:
        k -= 1
    if k < 0 or k == i - 1 or words[k].text.casefold() != "with":
        return False
    return k == 0 or words[k - 1].text in (",", ";", "\u2014", "\u2013")


# verbs whose object is followed by a bare infinitive: "had the engineers walk us through it",
# and verbs of seeing and hearing: "until they saw signs go up on Thursday"
_CAUSATIVES = frozenset(
    "had have has make makes made let lets helped help helps "
    "saw see sees watched watch watches heard hear hears noticed felt".split()
)
_OBJECT_WORDS = frozenset(["DT", "PRP$", "JJ", "CD", "NN", "NNS", "NNP", "NNPS", "PRP"])


def _after_a_causative(words: Sequence[Span], tags: list[str], i: int) -> bool:
    """Is word ``i`` a bare infinitive after "had", "made", "let", "helped" or "saw" and its
    object, one to six words ("had the engineers walk", "made them wait", "saw signs go up")?"""
    k = i - 1
    while (
        k >= 0
        and k > i - 8
        and (tags[k] in _OBJECT_WORDS or words[k].text.casefold() in ("with", "of"))
    ):  # ("saw a white truck with no markings pull out": its object's own phrase)
        k -= 1
    return 0 <= k < i - 1 and words[k].text.casefold() in _CAUSATIVES


_PLURAL_SUBJECTS = frozenset(["i", "we", "you", "they"])
_NEVER_NOUNS = frozenset(["begin", "resume", "reopen", "commence", "restart"])  # verbs only
_DAY_PREPOSITIONS = frozenset(["on", "at"])
# "open", "close", "resume" ... (vocab/timeline_schedule_verbs.txt): verbs of a schedule
_SCHEDULE_VERBS = frozenset(w for w in vocab.word_list("timeline_schedule_verbs") if " " not in w)


def _next_word(words: Sequence[Span], i: int) -> str:
    return words[i + 1].text.casefold() if i + 1 < len(words) else ""


def _subject_before(words: Sequence[Span], tags: list[str], i: int) -> bool:
    """Is word ``i`` right after a subject "I", "we", "you" or "they", an adverb or two
    between ("we finally get")?"""
    k = i - 1
    while k >= 0 and tags[k] == "RB" and k > i - 3:
        k -= 1
    return (
        k >= 0 and k < i - 1 and tags[k] == "PRP" and words[k].text.casefold() in _PLURAL_SUBJECTS
    )


def _after_who(words: Words, i: int) -> bool:
    """Is word ``i`` a relative clause's verb, right after "who" or "which" ("who ran")?"""
    return i > 0 and words[i - 1][1] in ("WP", "WDT")


def _a_day_in_the_phrase(words: Sequence[Span], i: int) -> bool:
    """Does a day or a clock time follow word ``i`` in its phrase, within eight words: a
    weekday, or a name or number after a preposition ("closed Thursday", "released after Labour
    Day", "raised at the council offices at 9am on Sunday"; not "expected by the end of the
    month")?"""
    for k in range(i + 1, min(len(words), i + 9)):
        if words[k].text in (",", ";", ".", ":"):
            return False
        if words[k].text.casefold() in WEEKDAYS:
            return True
        if words[k - 1].text.casefold() in _DATE_PREPOSITIONS and (
            words[k].text[:1].isupper() or words[k].text[:1].isdigit()
        ):
            return True
    return False


_DATE_PREPOSITIONS = frozenset("on after before by until from at in for to".split())


def _after_a_subject(tags: list[str], i: int) -> bool:
    """Could the word ``i``, tagged as an adverb, adjective or noun, be a verb after its
    subject? After a noun or pronoun, as the tagger read it an adverb or adjective ("close/RB");
    a plural noun ("begins/NNS") after a singular subject or a phrase's last adjective, not
    inside a noun phrase ("the official returns/NNS"); a singular noun ("return/NN") after a
    plural or a name ("MLAs return"), not after a noun it may head ("the breach report/NN")."""
    before = tags[i - 1] if i else ""
    if tags[i] in ("RB", "JJ"):
        return before in _NOUNS_AND_PRONOUNS
    if tags[i] == "NN":
        return before in ("NNS", "NNPS", "NNP", "PRP")
    led = i > 1 and tags[i - 2] in ("DT", "PRP$", "POS", "CD", "JJ")  # "the official returns"
    return before in ("NN", "NNP", "PRP") or (before == "JJ" and not led)


def _a_day_follows(words: Sequence[Span], i: int) -> bool:
    """Does a day follow word ``i`` right away ("close Tuesday", "opens on Monday", "begins at
    9am"), or after "to" or "from" and a few words of its own clause ("return to the chamber
    Monday", "return from half-term on Monday")?"""
    if _weekday_next(words, i) or _next_word(words, i) in _DAY_PREPOSITIONS:
        return True
    if _next_word(words, i) not in ("to", "from"):
        return False
    for k in range(i + 2, min(i + 7, len(words))):
        if words[k].text in (",", ";", ":", "."):
            return False
        if words[k].text.casefold() in WEEKDAYS:
            return True
    return False


def _weekday_next(words: Sequence[Span], i: int) -> bool:
    """Is the word after word ``i`` a weekday ("Hartwell Central hosts Friday")?"""
    return i + 1 < len(words) and words[i + 1].text.casefold() in WEEKDAYS


def _verbless(words: Sequence[Span], tags: list[str], i: int) -> bool:
    """No finite verb before word ``i``, nor after it up to the end of its clause: a line
    whose only verb the tagger read as a noun ("A memorial garden opens on Wednesday, ...";
    "The duck race returns at 2pm after last year's was called off": "after" opens another)."""
    end = next(
        (
            k
            for k in range(i + 1, len(tags))
            if tags[k] in (",", ":", "(", ";") or words[k].text.casefold() in _SUBORDINATORS
        ),
        len(tags),
    )
    after = [  # "applies to tickets issued/VBD from": a participle after its noun is not finite
        tag
        for k, tag in enumerate(tags[i + 1 : end], i + 1)
        if tag != "VBD" or tags[k - 1] != "NNS"
    ]
    return not any(tag in _FINITE_TAGS for tag in tags[:i] + after)


def _a_present_in_s(word: str) -> bool:
    """Is ``word`` a verb's present in -s ("closes", "goes", "applies")?"""
    return (
        word[:-1] in _BASE_VERBS
        or word[:-1] in _BASE_LIKE_PARTICIPLE  # "runs", "comes"
        or (word.endswith("es") and word[:-2] in _BASE_VERBS)
        or (word.endswith("ies") and word[:-3] + "y" in _BASE_VERBS)
    )


# Prepositions that open a noun phrase, never a clause ("after" or "since" may open a clause).
_PREPOSITIONS = frozenset(
    "at in on of for with from by to into about against among outside inside near beside "
    "behind across along".split()
)
_NOUN_PHRASE_TAGS = frozenset(["DT", "PRP$", "POS", "JJ", "NN", "NNP", "CD"])
_VERBS_IN_S = frozenset("is was has does says goes".split())
_FORMS_OF_BE = {"am": "VBP", "are": "VBP", "is": "VBZ", "was": "VBD", "were": "VBD"}
_BASE_VERBS = vocab.word_set("verbs_base_forms")  # "meet", "close": never a past tense
_SINGULAR_PRONOUNS = frozenset(["he", "she", "it"])
_PAST_ONLY = vocab.word_set("verbs_irregular_past")  # "flew", "met": only ever a past tense
_PARTICIPLES_ONLY = vocab.word_set("verbs_irregular_participles")  # "done", "taken"
_SAME_PAST = vocab.word_set("verbs_same_past")  # "burst", "shut": past spelt as the base form
_RELATIVES = frozenset(["that", "which", "who"])


def _an_objects_last_noun(tags: list[str], i: int) -> bool:
    """Is word ``i``, read as a present in -s, the last noun of its verb's object: a noun
    before it, and a determiner after a finite verb before that ("opened the spillway
    gates"), or a participle right before the noun ("had cleared storm drains")?"""
    if i < 3 or tags[i - 1] != "NN":
        return False
    if tags[i - 2] == "VBN":
        return True  # "had cleared storm drains/VBZ along Mill Creek": a participle's object
    k = next((k for k in range(i - 2, max(-1, i - 5), -1) if tags[k] in ("DT", "PRP$")), None)
    return k is not None and k > 0 and tags[k - 1] in ("VBD", "VBZ", "VBP", "VB")


def _a_past_after_a_noun(words: Sequence[Span], tags: list[str], i: int) -> bool:
    """Is word ``i``, a past-only verb ("tore", "rose") read as a noun, right after the
    subject a subordinate clause opens with, or in a sentence with no other verb, and before a
    preposition or a particle ("after a fire tore through"; "A line of storms with gusts up to
    68 mph tore through the county late Tuesday"), or the first verb of its sentence, right
    before a weekday ("Appeal panel heard Thursday that ...")?"""
    after = tags[i + 1] if i + 1 < len(tags) else "."
    opener = {w.text.casefold() for w in words[max(0, i - 4) : i - 1]} & _SUBORDINATORS
    alone = not any(t in _FINITE_TAGS for k, t in enumerate(tags) if k != i)
    first = not any(t in _FINITE_TAGS for t in tags[:i])  # "Appeal panel heard/NN Thursday
    day_next = i + 1 < len(words) and words[i + 1].text.casefold() in WEEKDAYS  # that ..."
    return tags[i - 1] in ("NN", "NNS", "NNP", "PRP") and (
        ((bool(opener) or alone) and after in ("IN", "RP")) or (first and day_next)
    )


def _past_after_its_subject(words: Sequence[Span], tags: list[str], i: int) -> bool:
    """Is word ``i``, read as a base form, a present or a noun, a past after its singular
    subject ("the plant shut on Friday") or after "that", "which" or "who" ("a water main that
    burst late Tuesday"; not "that burst of rain")?"""
    if i == 0 or tags[i] not in ("VB", "VBP", "NN") or _next_word(words, i) in ("of", "in", "to"):
        return False
    if words[i - 1].text.casefold() in _RELATIVES:
        return True
    after = tags[i + 1] if i + 1 < len(tags) else "."
    if tags[i] == "NN":  # "The storm hit/NN late Sunday night" (not "a risk forecast for")
        if tags[i - 1] != "NN":
            return False
        if after in ("JJ", "RB") or _weekday_next(words, i):
            return True
        return (  # "The fire spread/NN over the weekend": its clause's only verb, after "the"
            after == "IN"  # and its noun (not "A fiber cut near the town, ..., knocked out")
            and _a_determiners_noun(tags, i - 1)
            and not any(
                tag in _FINITE_TAGS for tag in tags[:i] + tags[i + 1 : _next_clause(words, i)]
            )
        )
    return tags[i - 1] in ("NN", "NNP") and words[i - 1].text.casefold() not in WEEKDAYS  # (not
    # "tickets sold before midnight Thursday cost $15")


def _a_plural_before_its_verb(words: Sequence[Span], tags: list[str], i: int) -> bool:
    """Is word ``i``, read as a present in -s, the plural subject of the participle or past
    after it: after a noun or a number ("emergency calls/VBZ failed/VBN on Wednesday"), or
    opening its clause ("On Wednesday, crews/VBZ digging out the pipe found"), with no finite
    verb before it? (Not "The company needs trained staff", where the participle describes
    the noun after it, nor "says".)"""
    word = words[i].text.casefold()
    if not word.endswith("s") or word in _VERBS_IN_S or i + 1 >= len(tags):
        return False
    before, after = (tags[i - 1] if i else ""), tags[i + 1]
    if before == "CC" and i > 1 and tags[i - 2] == ",":  # "..., but samples/VBZ taken/VBN
        return (  # Wednesday morning came/VBD back": a clause of its own, its verb later
            tags[i] == "VBZ"
            and after == "VBN"
            and i + 2 < len(tags)
            and tags[i + 2] in ("NNP", "IN", "RB", "DT")
            and "VBD" in tags[i + 2 : i + 12]
        )
    if any(tag in _FINITE_TAGS for tag in tags[:i]):
        return False
    if tags[i] == "VBP":  # "The Alcanda and Ribes reservoirs/VBP together held/VBN 23%": a
        # plural after a name, an adverb between it and its past
        verb = i + 2 if after == "RB" else i + 1
        if verb >= len(tags) or tags[verb] != "VBN" or before not in ("NN", "NNP", "JJ", "CD"):
            return False
        past = words[verb].text.casefold()
        return past.endswith("ed") or past in _PAST_ONLY
    if after in ("VBN", "VBD"):
        follows = tags[i + 2] if i + 2 < len(tags) else "."
        return before in ("NN", "JJ", "CD") and follows in ("IN", "RB", "DT", "TO", ".")
    return after == "VBG" and before in ("", ",", "``") and "VBD" in tags[i + 2 :]


def _joined_to_a_present(words: Sequence[Span], tags: list[str], i: int) -> bool:
    """Is word ``i``, a base form right after "and" or "or", the second verb of a subject whose
    nearest finite verb before is a present ("Schools are closed for the break and reopen on
    Monday")? (Not "will close and reopen", "to close and reopen": a modal's or an
    infinitive's.)"""
    if i < 2 or words[i - 1].text.casefold() not in ("and", "or"):
        return False
    finite = next((k for k in range(i - 2, -1, -1) if tags[k] in (*_FINITE_TAGS, "TO")), None)
    return finite is not None and tags[finite] in ("VBP", "VBZ")


def _the_verb_after_an_apposition(words: Sequence[Span], tags: list[str], i: int) -> bool:
    """Is word ``i``, read as a participle, the verb of a subject named again between commas
    ("Pellmarsh Home, the 69-year-old housewares chain, filed for bankruptcy ... and said"),
    with no finite verb before it and none after it but one joined by "and" or "but"? (Not
    "Smith, the mayor, elected in 2020, said": a participle set off by commas.)"""
    if i < 4 or tags[i - 1] != "," or any(tag in _FINITE_TAGS for tag in tags[:i]):
        return False
    commas = [k for k in range(i - 1) if tags[k] == ","]
    if not commas or tags[commas[-1] + 1] not in ("DT", "PRP$"):
        return False
    if not any(tag in ("NNP", "NNPS") for tag in tags[: commas[-1]]):
        return False
    later = next((k for k in range(i + 1, len(tags)) if tags[k] in _FINITE_TAGS), None)
    return later is None or words[later - 1].text.casefold() in ("and", "but")


def _a_determiners_noun(tags: list[str], i: int) -> bool:
    """Does word ``i`` end a noun phrase that a determiner opens ("the grass fire")?"""
    k = i
    while k > 0 and tags[k] in ("NN", "JJ"):
        k -= 1
    return k < i and tags[k] in ("DT", "PRP$")


def _next_clause(words: Sequence[Span], i: int) -> int:
    """Where the clause after word ``i`` ends: at a semicolon, a subordinator, or a comma
    before "and" or "but" ("The fire spread over the weekend, and crews will return"); an
    aside's commas do not end it ("A fiber cut near Bowling Green, Kentucky, knocked out")."""
    for k in range(i + 1, len(words)):
        word = words[k].text.casefold()
        if word in (";", ":") or word in _SUBORDINATORS:
            return k
        if word == "," and _next_word(words, k) in ("and", "but"):
            return k
    return len(words)


def _after_a_past_and(words: Sequence[Span], tags: list[str], i: int) -> bool:
    """Is word ``i`` the verb of a clause that "and" or "but" joins to a past ("The committee
    spent a year on the list, and members read it aloud"): its subject right before it, the
    conjunction before that, and a past the nearest verb before the conjunction?"""
    k = i - 1
    while k > 0 and tags[k] in ("DT", "JJ", "NN", "NNS", "NNP", "NNPS", "PRP", "PRP$", "CD"):
        k -= 1
    if k == i - 1 or words[k].text.casefold() not in ("and", "but"):
        return False
    verb = next((j for j in range(k - 1, -1, -1) if tags[j].startswith(("VB", "MD"))), None)
    return verb is not None and tags[verb] == "VBD"


def _nouns_after_prepositions(words: Sequence[Span], tags: list[str]) -> list[str]:
    """A present-tense tag inside a prepositional phrase is a noun the tagger misread:
    "lashed out at his Miami relatives/VBZ Sunday" -> NNS, "at the Ballycarran gauge/VBP"
    -> NN; a present in -s that does not end in s ("aloud/VBZ") is no verb.

    >>> ws = [Span(w, 0, len(w)) for w in "at his Miami relatives Sunday".split()]
    >>> _nouns_after_prepositions(ws, ["IN", "PRP$", "NNP", "VBZ", "NNP"])
    ['IN', 'PRP$', 'NNP', 'NNS', 'NNP']
    """
    fixed = list(tags)
    for i, tag in enumerate(tags):
        word = words[i].text.casefold()
        base = tag == "VBD" and word in _BASE_VERBS  # "at the Ballycarran gauge/VBD"
        if (tag not in ("VBZ", "VBP") and not base) or word in _VERBS_IN_S:
            continue
        if tag == "VBZ" and not word.endswith("s"):
            fixed[i] = "RB"  # "members read it aloud/VBZ on Sunday": a present is in -s
            continue
        k = i - 1
        while k >= 0 and tags[k] in _NOUN_PHRASE_TAGS and i - k <= 4:
            k -= 1
        phrase = tags[k + 1 : i]  # "his Miami", not "Cedar Street" (no determiner: a subject)
        determined = any(t in ("DT", "PRP$", "POS") for t in phrase)
        named = bool(phrase) and all(t in ("NNP", "NNPS") for t in phrase)  # "at Merrow wharf"
        bare = bool(phrase) and all(t in ("NN", "JJ") for t in phrase)  # "gave way under a
        # load of wet snow/VBP early Tuesday"
        if (
            k >= 0
            and words[k].text.casefold() in _PREPOSITIONS
            and phrase
            and (
                determined
                or (named and _a_verb_before(words, tags, k, telling=False))
                or (bare and tag == "VBP" and _a_verb_before(words, tags, k, telling=False))
            )
            and (phrase[-1] not in ("NN", "CD") or _a_verb_before(words, tags, k))
        ):
            fixed[i] = "NNS" if word.endswith("s") else "NN"  # "peaked at the Ballycarran
            # gauge/VBD early on Wednesday": no past, so a noun
    return fixed


def _a_verb_before(words: Sequence[Span], tags: list[str], k: int, telling: bool = True) -> bool:
    """Has the clause of word ``k`` (a preposition) had its finite verb already ("told
    reporters outside the plant gates/VBZ on Monday"), with no "that", "which" or the like
    since? Then what follows the preposition is its object, not a new subject and verb. Without
    ``telling``, not a verb of saying, which may open a clause with no "that" ("said the fair
    at Cedar Park opens Friday")."""
    for j in range(k - 1, -1, -1):
        word = words[j].text.casefold()
        if word in _RELATIVES or word in _SUBORDINATORS:
            return False
        if tags[j] in _FINITE_TAGS:
            return telling or word not in SPEECH_VERBS
    return False


# ---------------------------------------------------------------------------------------------
# Clauses

_CLAUSE_PUNCTUATION = frozenset(
    [",", ";", ":", "(", ")", "—", "–", "--", '"', "\u201c", "\u201d", "``", "''", "[", "]"]
    + ["\u2022", "*", "-"]  # bullets: "• 23 treated after surge on Saturday night • Inquiry to"
)
_SUBORDINATORS = frozenset(
    "after before when while because although though but whereas unless if until once "
    "since where whether".split()
)
_PAST_TAGS = frozenset(["VBD"])
_FINITE_TAGS = frozenset(["VBD", "VBZ", "VBP", "MD"])
_PRESENT_OR_MODAL = frozenset(["VBZ", "VBP", "MD"])


def _is_boundary(word: str, tag: str) -> bool:
    """Punctuation and words that open a new clause: "that", "which", "after", "when"."""
    lower = word.casefold()
    return (
        word in _CLAUSE_PUNCTUATION
        or tag in ("WDT", "WP", "WRB")
        or (lower == "that" and tag in ("IN", "WDT"))
        or (lower in _SUBORDINATORS and tag in ("IN", "CC", "RB"))
    )


def _clauses(words: Words, protected: frozenset[int] = frozenset()) -> list[tuple[int, int]]:
    """Runs of word indexes between punctuation and words like "that", "after", "when".

    Words of time expressions (``protected``) never break a clause: "since Monday".
    """
    runs: list[tuple[int, int]] = []
    first = None
    for i, (token, tag) in enumerate(words):
        if i not in protected and _is_boundary(token.text, tag):
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
    return words[i][1] in _FINITE_TAGS


def _overlaps(token: Span, mention: Mention) -> bool:
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
    return _overlaps(words[i][0], mention) or _possessive(words, i, mention)


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
    inside = {i for i, (t, _) in enumerate(words) if _overlaps(t, mention)}
    runs = _clauses(words, _protected(words, [mention, *mentions]))
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
            if i not in inside and (own[0] <= k <= own[1] or not _after_who(words, i))
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


# ---------------------------------------------------------------------------------------------
# Tense


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
_POSSIBLE_WORDS = vocab.word_set("timeline_possible_words")
_PLANNED_WORDS = vocab.word_set("timeline_planned_words") | _POSSIBLE_WORDS


_TIME_CLAUSE_OPENERS = frozenset("until till before after when once".split())


def tense_near(
    words: Words, part: str, clause: tuple[int, int], mention: Mention, own: Words
) -> str | None:
    """The tense that governs an expression: a word like "potential" in its noun phrase
    ("a potential attack on November 20"), else the verb group nearest to it ("said on
    Wednesday it would publish" -> "said"), else the whole clause.

    A clause of time ("until", "before", "once" ...) after a future takes the future: "We'll
    keep going until every street has been checked, probably into Thursday" looks ahead,
    though "has been checked" is a perfect.

    ``part`` is the sentence's part ("headline" ...); ``own`` the clause's words that belong to
    this expression (see :func:`lessons.timeline.summary.own_part`).
    """
    if (beside := _with_phrase_tense(words, clause, part, mention)) is not None:
        return beside  # "will be launched at 9:30 p.m. Friday, with Sunday held as a rain
        # date": a phrase in "with" has no time of its own, its sentence's clause does
    found = _tense_near(words, part, clause, mention, own)
    if found in (None, "present") and (happened := _when_it_happened(words, mention, part)):
        return happened  # "points to the extra services on Hogmanay, when 14,000 travelled"
    if found in ("past", "present") and _time_clause_after_future(words, clause, part):
        return "future"  # (also after a would: "new signs would go up before students return
        # in August", "would retire when his term ends Dec. 31")
    if found is None:  # "A storm in early February, which dropped ..., pushed ...": the
        return _predicate_tense(words, clause, part)  # subject's verb comes after its clause
    return found


_CLOSING_QUOTES = frozenset(["\u2019", "\u201d", "''", '"'])


def _says_the_quotation(words: Words, last: int, verb: int) -> bool:
    """Is word ``verb`` the speech verb of an attribution after the quotation that holds the
    date at word ``last`` ("'... right up to midnight on Sunday,' she said"): who spoke, not
    the time of what was said?"""
    if words[verb][0].text.casefold() not in _SAYING:
        return False
    return any(words[k][0].text in _CLOSING_QUOTES for k in range(last + 1, verb))


_LOOKING_AHEAD = frozenset(["expected", "forecast", "predicted", "due", "scheduled"])


def _with_phrase_tense(
    words: Words, clause: tuple[int, int], part: str, mention: Mention
) -> str | None:
    """The tense of the clause before a verbless phrase in "with" that follows it after a
    comma and opens with the date ("..., with Sunday held as a rain date"), or says what is
    done with its noun ("runs from Friday, with a flag raised at 9am on Sunday"), else None
    (not "with 900,000 euros from a grant approved in October": the grant's own past)."""
    low, high = clause
    where = [i for i in range(low, high) if _overlaps(words[i][0], mention)]
    withs = [  # (a clause may open before the comma: "from Friday to Monday, with")
        i
        for i in range(max(low, 2), where[0] if where else low)
        if words[i][0].text.casefold() == "with" and words[i - 1][0].text == ","
    ]
    if withs:
        low = withs[-1]
    if low < 2 or words[low][0].text.casefold() != "with" or words[low - 1][0].text != ",":
        return None
    if low + 1 >= high or any(tag in _PRESENT_OR_MODAL for _, tag in words[low:high]):
        return None  # (a participle may be read as a past: "with Sunday held/VBD as a rain date")
    found = _tense(words[_clause_start_before(words, low) : low - 1], part)
    if _overlaps(words[low + 1][0], mention):
        return found if found in ("future", "would") else None
    k = low + 1  # "..., with a flag raised at the council offices at 9am on Sunday": a
    while k < high and k < low + 6 and words[k][1] in _NOUN_PHRASE_TAGS:  # participle right
        k += 1  # after the noun it is said of, no verb of its own: the clause before tells
    if k > low + 1 and k < high and words[k][0].text.casefold() in _LOOKING_AHEAD:
        return "future"  # "..., with a cool change expected late on Sunday": a forecast
    if k > low + 1 and k < high and words[k][1] == "VBN":
        return found
    return None


def _when_it_happened(words: Words, mention: Mention, part: str) -> str | None:
    """The tense of a clause of "when" right after the date, which tells what happened on it
    ("the extra services on Hogmanay, when it said 14,000 passengers travelled": past), if it
    is a past or a future."""
    where = [i for i, (token, _) in enumerate(words) if _overlaps(token, mention)]
    k = where[-1] + 1 if where else len(words)
    if k + 1 >= len(words) or words[k][0].text != "," or words[k + 1][0].text.casefold() != "when":
        return None
    end = k + 2
    while end < len(words) and not _is_boundary(words[end][0].text, words[end][1]):
        end += 1
    found = _tense(words[k + 2 : end], part)
    return found if found in ("past", "future") else None


def _predicate_tense(words: Words, clause: tuple[int, int], part: str) -> str | None:
    """The tense of the first clause after a verbless one that is not a relative or
    subordinate clause ("which dropped 26 inches" is skipped; "pushed the city's ..." read).
    A clause with a participle is not verbless ("the terms, announced Friday, ..."): None."""
    if any(tag.startswith(("VB", "MD")) for _, tag in words[clause[0] : clause[1]]):
        return None
    for low, high in _clauses(words):
        if low < clause[1]:
            continue
        opener, tag = words[low][0].text.casefold(), words[low][1]
        relative = tag in ("WDT", "WP", "WRB") or (opener == "that" and tag == "IN")
        if relative or opener in _SUBORDINATORS:
            continue
        finite = [w.text.casefold() for w, t in words[low:high] if t in _FINITE_TAGS]
        if finite and all(verb in _SAYING for verb in finite):
            continue  # "'... right up to midnight on Sunday,' she said": who said it, not when
        if finite:
            return _tense(words[low:high], part)
    return None


def _an_imperative(words: Words, verb: int, start: int) -> bool:
    """Is word ``verb`` a base form opening its sentence or quotation, with no subject before
    it ("Come to the show on Saturday", "Visit the stalls on Saturday")?"""
    if words[verb][1] != "VB" or not words[verb][0].text[:1].isupper():
        return False
    k = verb - 1  # back over the quotation marks before it, to a colon or the clause's start
    while k >= start and (words[k][0].text in _OPENING_QUOTES or words[k][1] in ("``", "''")):
        k -= 1
    return k < start or words[k][0].text == ":"


def _would_have_a_thing(words: Words, low: int, high: int) -> bool:
    """Is a verb group "would have" (or "will have", "could have") followed by what is had, a
    noun phrase ("would have extra patrols"), not a participle ("would have gone")?"""
    return (
        high > low
        and words[high][0].text.casefold() == "have"
        and words[high - 1][1] == "MD"
        and high + 1 < len(words)
        and words[high + 1][1] in ("DT", "JJ", "JJR", "NN", "NNS", "CD", "PRP$", "TO")
    )


def _time_clause_after_future(words: Words, clause: tuple[int, int], part: str) -> bool:
    """Is the clause one of time ("until it has ...", "before students return") without a past
    tense, right after a clause in the future ("We'll keep going") or a would ("new signs
    would go up")?"""
    low, high = clause
    if low == 0 or words[low][0].text.casefold() not in _TIME_CLAUSE_OPENERS:
        return False
    inside = words[low:high]
    if any(tag in _PAST_TAGS or t.text.casefold() == "had" for t, tag in inside):
        return False  # "until the storm had passed": a past seen from the past
    return _tense(words[_clause_start_before(words, low) : low], part) in ("future", "would")


def _clause_start_before(words: Words, low: int) -> int:
    """Where the clause that ends just before word ``low`` starts (after the boundary before
    it, or at the sentence's start)."""
    start = low - 1
    while start > 0 and not _is_boundary(words[start - 1][0].text, words[start - 1][1]):
        start -= 1
    return start


def _tense_near(
    words: Words, part: str, clause: tuple[int, int], mention: Mention, own: Words
) -> str | None:
    starts = {t.start for t, _ in own}
    where = [i for i in range(*clause) if _overlaps(words[i][0], mention)]
    if not where:
        return _tense(own, part)
    first, last = where[0], where[-1]
    mine = [i for i in range(*clause) if words[i][0].start in starts]
    verbs_left = [i for i in mine if i < first and words[i][1].startswith(("VB", "MD"))]
    verbs_left = [i for i in verbs_left if not _adjective(words, i)]  # "a proposed lawsuit"
    verbs_left = [i for i in verbs_left if not _as_planned(words, i)]  # "goes ahead as planned"
    main = [i for i in verbs_left if not _after_who(words, i)]
    rel = next((i for i in verbs_left if main and i > main[-1]), None)  # "will face a rancher
    commas = [k for k in range(rel + 1, first) if words[k][0].text == ","] if rel else []  # who
    if commas and words[commas[-1] + 1][1] == "IN":  # ran unopposed, in the Nov. 3 election":
        verbs_left = [i for i in verbs_left if i <= main[-1]]  # "will face" (but "stepped down
        # as chairman, president and chief executive in March" stays in its clause)
    if (closed := _an_aside_before(words, clause[0], first)) is not None:
        verbs_left = [i for i in verbs_left if not closed[0] < i < closed[1]] or verbs_left
    verbs_right = [i for i in mine if i > last and words[i][1].startswith(("VB", "MD"))]
    verbs_right = [i for i in verbs_right if not _says_the_quotation(words, last, i)]
    phrase_start = verbs_left[-1] + 1 if verbs_left else clause[0]
    between = {  # "the next vote", not "next to the pier", nor a name ("Planning Authority")
        words[i][0].text.casefold()
        for i in range(phrase_start, first)
        if not (i + 1 < len(words) and words[i + 1][0].text.casefold() == "to")
        and words[i][1] not in ("NNP", "NNPS")
    }
    done = any(words[i][1] == "VBD" for i in verbs_left)  # "filed a proposed lawsuit
    if between & _PLANNED_WORDS and not done:  # late Monday" is past, not a plan
        return "would" if between & _POSSIBLE_WORDS else "future"
    if not verbs_right and (aside := _after_an_aside(words, clause, first, part)):
        return aside  # "said its dawn ceremony, starting at 6am on Friday, would go ahead"
    bare = [i for i in verbs_left if _an_imperative(words, i, clause[0])]
    if bare and not any(words[i][1] in _FINITE_TAGS for i in verbs_left if i > bare[-1]):
        return "future"  # "Come to the show on Saturday": what is asked is still to do
    verb = verbs_left[-1] if verbs_left else verbs_right[0] if verbs_right else None
    if verbs_left and verbs_right and _reports_a_clause(words, verbs_left[-1], first):
        verb = verbs_right[0]  # "said the overnight minimum on Saturday night might not fall"
    if verbs_left and verbs_right and _the_reports_subject(words, verbs_left[-1], (first, last)):
        verb = verbs_right[0]  # "The board said Friday is already a PA day": what Friday is
    if verb is not None and (present := _before_a_participles_span(words, verb, first, verbs_left)):
        verb = present  # "applies to tickets issued from Wednesday": from Wednesday on
    if verb is not None and _a_condition_on(words, verb, (first, last), verbs_right):
        verb = verbs_right[0]  # "vehicles left on it after midnight on Saturday would be
        # towed": the day the towing starts, still to come
    if verb is not None and _reduced_relative(words, verb, first):
        return "past"  # "A heat warning issued Saturday ... is expected to last": issued then
    if verb is not None and words[verb][1] == "VBD":
        verb = _object_complement(words, verb, clause[0])
    headline = part == "headline"
    if part == "headline" and any(words[i][1] in _FINITE_TAGS for i in range(*clause)):
        part = "body"  # headline style ("Council to Vote Tuesday") only without a finite verb
    if verb is not None and _asked_to(words, verb, clause[0]):
        if verb > last and (asking := _tense(words[clause[0] : first], part)):
            return asking  # "had asked ScotLink on Tuesday to put back the closure": the day
            # of the asking
        return "would"  # "asked them to appear at a hearing Monday": after the asking
    if verb is not None and _a_plan_to(words, verb):
        return "would"  # "the decision to close on Thursday and Friday was made yesterday"
    if verb is not None:
        low = high = verb
        while (
            low > clause[0]
            and words[low][1] not in _PRESENT_OR_MODAL  # one finite verb to a group: "meters
            and (words[low - 1][1] in ("MD", "RB", "TO") or words[low - 1][1].startswith("VB"))
        ):  # downtown are free Monday" is "are", whatever the tagger made of "downtown" (a
            # past may be a participle the tagger misread: "will stay closed/VBD")
            low -= 1
        while (
            high + 1 < clause[1]
            and (
                words[high + 1][1] in ("RB", "RBR", "TO", "``")
                or words[high + 1][0].text in _OPENING_QUOTES  # "was 'more likely than not'"
                or words[high + 1][1].startswith("VB")
                or (  # "was possible Monday night": a forecast (not "reported possible
                    words[high + 1][0].text.casefold() in _FORECAST_WORDS  # sightings")
                    and any(w.text.casefold() in _BE_WORDS for w, _ in words[low : high + 1])
                )
            )
        ):
            high += 1
        if _could_not(words, low, clause[0]):
            return "past"
        if headline and words[low][1] == "TO" and not _finite_before(words, clause[0], low):
            return "future"  # "Evacuees to start heading home Thursday as order lifted" (not
            # "Hospital waited five months to tell patients of March data breach")
        found = _tense(words[low : high + 1], part)
        if found in ("past", None) and _would_have_a_thing(words, low, high):
            return "would"  # "said they would have extra patrols from 10pm on Thursday":
            # "have" owns the patrols, no perfect
        if found == "would" and _a_hedge_done(words, low, high):
            return "past"  # "who proposed the spending plan in April": what was done
        if found is None and verbs_left and verbs_left[0] < low:  # "I'll get it done Tuesday":
            start = _first_verb(words, verbs_left, low)  # a participle says nothing, the
            if start > clause[0] and words[start - 1][1] == "TO":  # clause's first verb does,
                start -= 1  # with its "to" ("council to decide on reopening at 2pm" in a
                # dek: headline style)
            found = _tense(words[start : high + 1], part)
            if found == "past" and words[low][1] == "TO" and _present_perfect(words, start, low):
                return "would"  # "has hired 20 buses to run shuttles from 4 p.m. Tuesday":
                # what they are for lies ahead
            if found == "past" and words[low][1] == "TO" and _striving(words, start, low):
                return "would"  # "was trying to hire coaches to run shuttles from 4.30am on
                # Saturday": what is strived for lies ahead
        if found is None and _in_a_list_of_verbs(words, low):
            found = _a_modals_list(words, low, part)  # "would start clearing the oval
            # tomorrow, run a rehearsal on Wednesday and set out chairs on Thursday"
        if found is not None:
            return found
    return _tense(own, part)


def _in_a_list_of_verbs(words: Words, verb: int) -> bool:
    """Is the verb at ``verb`` a bare form (or one the tagger took for a participle: "set")
    joined by "and", "or" or a comma to the verbs before it?"""
    return (
        verb > 0
        and words[verb][1] in ("VB", "VBN")
        and words[verb - 1][0].text.casefold() in ("and", "or", ",")
    )


_DOER_TAGS = frozenset(["WP", "WDT", "PRP", "NN", "NNS", "NNP", "NNPS"])


def _an_aside_before(words: Words, low: int, first: int) -> tuple[int, int] | None:
    """The relative clause set off by commas between a clause's start (``low``) and its date
    (word ``first``), as the indexes of its "which" and its closing comma, if the date's phrase
    follows it: "will set out plans for its project, which it bought in 2023, at an investor
    day on Thursday" (the investor day is the plan's, not the buying's)."""
    for w in range(first - 1, low, -1):
        if words[w][1] in ("WDT", "WP") and words[w - 1][0].text == ",":
            close = next((c for c in range(w + 1, first) if words[c][0].text == ","), None)
            if close is None or any(_is_verb(words, i) for i in range(close + 1, first)):
                return None
            if close + 1 < first and words[close + 1][1] != "IN":
                return None  # (not a list's comma: "who stepped down as chairman, president
                # and chief executive in March")
            return (w, close)
    return None


def _present_perfect(words: Words, low: int, high: int) -> bool:
    """Do the words from ``low`` to ``high`` open with a present perfect ("has hired")?"""
    return (
        low + 1 < high
        and words[low][0].text.casefold() in ("has", "have", "'s", "\u2019s", "'ve", "\u2019ve")
        and words[low + 1][1] == "VBN"
    )


_PLAN_NOUNS = frozenset(
    "decision plan plans move vote proposal bid deal agreement offer order motion scheme "
    "intention call request push".split()
)


def _a_plan_to(words: Words, verb: int) -> bool:
    """Is the verb what a plan is to do ("the decision to close on Thursday")?"""
    return (
        verb >= 2
        and words[verb][1] == "VB"
        and words[verb - 1][1] == "TO"
        and words[verb - 2][1].startswith("NN")
        and words[verb - 2][0].text.casefold() in _PLAN_NOUNS
    )


_STRIVING = frozenset(
    "trying working hoping planning seeking looking preparing scrambling racing rushing "
    "aiming arranging".split()
)


def _striving(words: Words, low: int, high: int) -> bool:
    """Is a past progressive of striving among the words from ``low`` to ``high`` ("was trying
    to hire coaches")?"""
    return any(
        words[i][1] == "VBG"
        and words[i][0].text.casefold() in _STRIVING
        and words[i - 1][0].text.casefold() in ("was", "were")
        for i in range(max(low, 1), high)
    )


def _a_hedge_done(words: Words, low: int, high: int) -> bool:
    """Is the verb group one hedge word the tagger reads as a past, right after its subject
    ("who proposed", "officials feared")? It tells what was done, not a plan ("the proposed
    March 1 start")."""
    return low == high > 0 and words[low][1] == "VBD" and words[low - 1][1] in _DOER_TAGS


def _reduced_relative(words: Words, verb: int, first: int) -> bool:
    """Is word ``verb`` a participle right after its noun and right before the date ("a heat
    warning issued Saturday", "the warning/VBG issued Saturday"): what was done to the noun
    then, a past whatever the sentence's verb (not a plan: "a vote scheduled Monday")?"""
    if words[verb][1] != "VBN" or verb == 0 or first - verb > 2:
        return False
    if any(words[k][0].text.casefold() not in _DAY_LEADS for k in range(verb + 1, first)):
        return False
    if words[verb][0].text.casefold() in _PLANNED_WORDS | _PLAN_PARTICIPLES:
        return False
    if any(w.text.casefold() == "with" for w, _ in words[max(0, verb - 5) : verb]):
        return False  # "with Tuesday routes collected Wednesday": a state beside the clause
    tag = words[verb - 1][1]
    if tag == "VBG":  # "a heat warning/VBG issued": a noun in -ing after its modifier
        return verb >= 2 and words[verb - 2][1] in ("NN", "DT", "JJ")
    if tag == "JJ" and not words[verb - 1][0].text.casefold().endswith(("ed", "ly")):
        return True  # "a boil-water advisory/JJ issued Tuesday afternoon": the noun, misread
    return tag in ("NN", "NNS", "NNP", "NNPS")


_DAY_LEADS = frozenset(["on", "late", "early"])


def _a_condition_on(words: Words, verb: int, date: tuple[int, int], verbs_right: list[int]) -> bool:
    """Is word ``verb`` a participle after its noun that limits it by the time at words
    ``date`` (first and last), with the clause's modal verb right after the time ("vehicles
    left on it after midnight on Saturday would be towed", "forms received after Friday will
    not be read")? Then the time is the rule's, read with the modal."""
    first, last = date
    noun = verb - 2 if verb > 1 and words[verb - 1][0].text.casefold() == "that" else verb - 1
    if words[verb][1] not in ("VBN", "VBD") or words[noun][1] not in ("NN", "NNS"):
        return False  # (the tagger reads "vehicles left/VBD" as a past as often as not; "any
        # fire that started on Thursday would be very hard to control" is a condition too)
    if not verbs_right or verbs_right[0] != last + 1 or words[last + 1][1] != "MD":
        return False
    leads = {words[k][0].text.casefold() for k in (first - 1, first)}
    anyone = noun > 0 and words[noun - 1][0].text.casefold() in ("any", "every", "each")
    return "after" in leads or (noun == verb - 2 and anyone and "on" in leads)  # (not "bought
    # before 1 March", "postponed from Saturday", "the pipe that failed on Tuesday will be
    # replaced"; but "any fire that started on Thursday would")


_PLAN_PARTICIPLES = frozenset(
    "set slated due called booked timed pencilled penciled pushed moved".split()
)
_FORECAST_WORDS = frozenset(["possible", "likely"])
_BE_WORDS = frozenset(_FORMS_OF_BE) | {"be", "been", "being"}
_OPENING_QUOTES = frozenset(["\u2018", "\u201c", "'", '"'])
_KEEP_VERBS = frozenset(["keep", "leave", "hold"])  # "keep the school closed": its state
_OBJECT_TAGS = frozenset(["DT", "NN", "NNS", "NNP", "NNPS", "PRP", "PRP$", "JJ", "CD"])


def _after_an_aside(words: Words, clause: tuple[int, int], first: int, part: str) -> str | None:
    """The tense of the verb right after an aside in -ing that holds the date ("said its dawn
    ceremony, starting at 6am on Friday, would go ahead": "would go"), if the clause is such an
    aside: the time is its subject's, told by the verb the aside interrupts."""
    low, high = clause
    opener = next(
        (
            i
            for i in range(low + 1, first + 1)
            if words[i][1] == "VBG" and words[i - 1][0].text == ","
        ),
        None,
    )
    if opener is None or any(_is_verb(words, i) for i in range(opener + 1, first)):
        return None
    if high + 1 >= len(words) or words[high][0].text != ",":
        return None
    if words[high + 1][1] not in _FINITE_TAGS:
        return None
    end = high + 1
    while end + 1 < len(words) and (_is_verb(words, end + 1) or words[end + 1][1] in ("RB", "TO")):
        end += 1
    return _tense(words[high + 1 : end + 1], part)


def _is_verb(words: Words, i: int) -> bool:
    return words[i][1].startswith(("VB", "MD"))


def _before_a_participles_span(
    words: Words, verb: int, first: int, verbs_left: list[int]
) -> int | None:
    """The present or modal verb before a participle that follows its noun and opens a span
    with "from" or "starting" ("The surcharge applies to tickets issued from Wednesday"): the
    time the span starts from is read with that verb, not with the participle (but "loans
    issued Thursday" tells a past)."""
    if words[verb][1] not in ("VBN", "VBD") or verb == 0 or words[verb - 1][1] not in ("NN", "NNS"):
        return None
    if not any(
        words[k][0].text.casefold() in ("from", "starting") for k in range(verb + 1, first + 1)
    ):
        return None
    earlier = [i for i in verbs_left if i < verb - 1]
    return earlier[-1] if earlier and words[earlier[-1]][1] in _PRESENT_OR_MODAL else None


def _object_complement(words: Words, verb: int, start: int) -> int:
    """A past form after a base verb and its object is a participle of that object ("will
    keep the school closed until January", "leave the road shut"): the verb to read is the
    one before the object (but "suspend the injunction issued Thursday" tells a past)."""
    k = verb - 1
    while k > start and words[k][1] in _OBJECT_TAGS:
        k -= 1
    if k < verb - 1 and words[k][1] == "VB" and words[k][0].text.casefold() in _KEEP_VERBS:
        return k
    return verb


def _a_modals_list(words: Words, start: int, part: str) -> str | None:
    """The tense of a modal whose list of bare verbs goes on into the clause at ``start``
    ("would start clearing the oval, run a rehearsal on Wednesday and set out chairs"), or
    None if the last finite verb before it is no modal."""
    finite = [i for i in range(start) if words[i][1] in _FINITE_TAGS]
    if finite and words[finite[-1]][1] == "MD":
        return _tense(words[finite[-1] : finite[-1] + 1], part)
    return None


def _first_verb(words: Words, verbs: list[int], low: int) -> int:
    """The first verb of the clause that holds the verb group at ``low``: past a speech verb
    that reports it ("said that repairs will keep the school closed until January": "will",
    not "said")."""
    first = verbs[0]
    for i, verb in enumerate(verbs):
        if verb < low and _reports_a_clause(words, verb, low) and i + 1 < len(verbs):
            first = verbs[i + 1]
    return first


def _finite_before(words: Words, low: int, high: int) -> bool:
    """Is there a finite verb ("waited", "will") among words ``low`` to ``high``?"""
    return any(tag in _FINITE_TAGS for _, tag in words[low:high])


# speech verbs without an object before their clause ("told reporters on Monday" is no subject)
_SAYING = frozenset("said says say added adds noted notes".split())
_SUBJECT_TAGS = frozenset(["DT", "NN", "NNS", "NNP", "NNPS", "PRP$", "JJ", "CD"])  # not "told them"


def _reports_a_clause(words: Words, verb: int, first: int) -> bool:
    """Is the verb a speech verb whose reported clause holds the expression, its subject
    coming between ("said the minimum on Saturday night might not fall"), not an expression
    right after the verb ("said on Wednesday it would publish": the day of the saying)?"""
    if words[verb][0].text.casefold() not in _SAYING:
        return False
    between = words[verb + 1 : first]
    return any(tag in _SUBJECT_TAGS for _, tag in between) and not any(
        t.text.casefold() == "that" and tag == "IN" for t, tag in between[-1:]
    )


def _the_reports_subject(words: Words, verb: int, date: tuple[int, int]) -> bool:
    """Is the date at words ``date`` (first and last) the subject of the clause a speech verb
    reports, its own verb right after it ("said Friday is already a PA day", "said Monday
    would be the last day"), not the day of the saying ("said Friday it would appeal")?"""
    first, last = date
    if words[verb][0].text.casefold() not in _SAYING or words[first][1] == "IN":
        return False
    if verb and words[verb - 1][0].text.casefold() in _AUXILIARIES:
        return False  # "before the recall was announced Dec. 4 can seek": a passive's day
    if any(t.text.casefold() != "that" for t, _ in words[verb + 1 : first]):
        return False
    return last + 1 < len(words) and words[last + 1][1] in _FINITE_TAGS


_NEGATIONS = frozenset(["neither", "nor", "nobody", "none"])


def _could_not(words: Words, low: int, first: int) -> bool:
    """ "could not be reached Monday", "neither ... could be located": an attempt that failed,
    so a past event, not a possibility ahead."""
    if words[low][0].text.casefold() != "could":
        return False
    after = [t.text.casefold() for t, _ in words[low + 1 : low + 3]]
    if "wait" in [t.text.casefold() for t, _ in words[low + 1 : low + 4]]:
        return False  # "We could not wait until October": a date still ahead, turned down
    before = {t.text.casefold() for t, _ in words[first:low]}
    return "not" in after or "n't" in after or bool(before & _NEGATIONS)


_DIRECTIVES = vocab.word_set("timeline_directive_verbs")
_DIRECTIVE_PASTS = frozenset(d for d in _DIRECTIVES if d.endswith("ed") or d == "told")
_NOUNS_AND_CD = frozenset(["NN", "NNS", "NNP", "NNPS", "CD"])


def _asked_to(words: Words, verb: int, first: int) -> bool:
    """Is word ``verb`` an infinitive after a verb that asks or orders ("asked the executives
    to appear")? Up to four words may stand between ("told the two union leaders to")."""
    if words[verb][1] != "VB" or verb == 0 or words[verb - 1][1] != "TO":
        return False
    told = verb >= 3 and words[verb - 2][0].text.casefold() in _DIRECTIVE_PASTS
    if told and (words[verb - 3][1] in _NOUNS_AND_CD or words[verb - 3][0].text == ","):
        return False  # "About 1,200 people told to leave Saturday", "residents, ordered to
        # leave on Saturday,": they were told, a past
    before = " ".join(t.text.casefold() for t, _ in words[max(first, verb - 7) : verb - 1])
    return any(
        re.search(rf"(?<!\bwas )(?<!\bwere )\b{re.escape(d)}\b(?:\s+\S+){{0,4}}$", before)
        for d in _DIRECTIVES
    )  # but "were ordered to leave their homes on Saturday night" tells what was done then


def _perfect(words: Words) -> bool:
    """A perfect tense: "has fallen", "have not been" (has/have/had, then a participle)."""
    for i, (token, _) in enumerate(words):
        if token.text.casefold() in ("has", "have", "had", "'ve"):
            following = [tag for _, tag in words[i + 1 : i + 3]]
            if "VBN" in following[:1] or following[:2] == ["RB", "VBN"]:
                return True
    return False


_AS_WORDS = frozenset(["as", "than"])


def _as_planned(words: Words, i: int) -> bool:
    """A word of planning after "as" or "than" compares with a plan or a guess ("goes ahead as
    planned", "opened later than expected"): no verb of the clause (but "as happened in
    February" tells a past)."""
    if words[i][0].text.casefold() not in _PLANNED_WORDS or i == 0:
        return False
    k = i - 1
    if words[k][1] == "RB" and k > 0:  # "as previously announced"
        k -= 1
    return words[k][0].text.casefold() in _AS_WORDS


def _adjective(words: Words, i: int) -> bool:
    """A participle after "a", "the" or "its" describes a noun: "filed a proposed lawsuit"; so
    does one the tagger read as a past between a number and its noun ("the four closed parks")."""
    if i == 0:
        return False
    if words[i][1] == "VBN" and words[i - 1][1] in ("DT", "PRP$"):
        return True
    noun_after = i + 1 < len(words) and words[i + 1][1] in ("NN", "NNS")
    return words[i][1] == "VBD" and words[i - 1][1] == "CD" and noun_after


_HAVE_GOT = re.compile(r"(?i)(?:'ve|\u2019ve|\bhave|\bhas)\s+got\b")


def sentence_tense(words: Words, part: str) -> str | None:
    """The tense of a whole sentence, for an expression no clause claims ("It will open with a
    ribbon-cutting at 10 a.m."): see :func:`tense_near`."""
    return _tense(words, part)


# present verbs that tell no time of their own: "says", "has" ("The festival continues on
# Saturday" tells one: "continues" is a speech verb only after a quote)
_SAYING = (SPEECH_VERBS - {"continue", "continues"}) | {"has", "have"}


def _tense(words: Words, part: str) -> str | None:
    """What the words say about time: "future" ("will", "is scheduled"), "would" (a weaker
    future: "would", "potential"), "past", "present", or None (no verb)."""
    # a plan compared with ("grew faster than expected") says nothing about time
    words = [w for i, w in enumerate(words) if not _as_planned(words, i)]
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
        and not any(tag in _FINITE_TAGS for _, tag in words)
    ):
        return "future"  # headline style: "Council to Vote Tuesday" (a dek too)
    if _WEAK_FUTURE.search(text.replace("May ", "")):
        return "would"
    if (
        any(tag in _PAST_TAGS for _, tag in words)
        or _perfect(words)
        or re.search(r"(?i)\b(?:has|have|had)\s+(?:\w+\s+)?\w+ed\b|\bago\b", text)
    ):
        return "past"
    if any(tag == "MD" for _, tag in words) and not re.search(r"(?i)\b\w+\s+have\b", text):
        return "future"  # "should ease", "must leave", "can resume" (not "should have")
    if any(tag in ("VBZ", "VBP") and t.text.casefold() not in _SAYING for t, tag in words):
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
