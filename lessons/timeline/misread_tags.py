"""Verbs the tagger reads in the wrong form in news English, and how the words around show it.

NLTK's tagger often takes a present for a past ("The two leaders meet/VBD Monday"), a past for
a participle ("forces launched/VBN") or a verb for a noun ("Main Street closes/NNS at 8 a.m.
Monday"); each correction here names the words that give it away.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lessons import vocab
from lessons.article import Span
from lessons.timeline.grammar import (
    AUXILIARIES,
    BASE_LIKE_PARTICIPLE,
    BASE_VERBS,
    FINITE_TAGS,
    FORMS_OF_BE,
    PARTICIPLES_ONLY,
    PAST_ONLY,
    PLAIN_PASTS,
    RELATIVES,
    SAME_PAST,
    SUBORDINATORS,
    VERBS_IN_S,
    a_present_in_s,
    a_regular_past,
)
from lessons.timeline.noun_phrases import (
    a_determiners_noun,
    a_plural_before_its_verb,
    after_a_possessive,
    after_an_article,
    an_objects_last_noun,
    ends_a_noun_phrase,
)
from lessons.timeline.words import DAY_WORDS, WEEKDAYS

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


def tenses_misread(words: Sequence[Span], tags: list[str]) -> list[str]:
    """A verb that can only be a present, which the tagger read as a past ("The two leaders
    meet/VBD Monday") or, in a line with no other verb, as a plural noun after a name ("Main
    Street closes/NNS at 8 a.m. Monday"); a past it read as a present ("engineers who
    flew/VBP in on Friday"); a participle it read as a past ("get it done/VBD Tuesday"). The
    verbs: ``vocab/verbs_base_forms.txt``, ``vocab/verbs_irregular_past.txt`` and
    ``vocab/verbs_irregular_participles.txt``.

    >>> ws = [Span(w, 0, len(w)) for w in "Main Street closes at 8 a.m. Monday".split()]
    >>> tenses_misread(ws, ["NNP", "NNP", "NNS", "IN", "CD", "RB", "NNP"])[2]
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
            and not any(t in FINITE_TAGS for t in tags[:i])
        ):
            fixed[i] = "VBD"  # "Crescent Bay and Lighthouse Point both tested/JJ clean on
            # Friday": the subject's verb
        elif (
            tag == "IN"
            and word == "that"
            and before in ("", ",", ":")
            and after in ("NN", "NNS")
            and i + 2 < len(tags)
            and tags[i + 2] in FINITE_TAGS
        ):
            fixed[i] = "DT"  # "By 6 a.m. Tuesday, that/IN number had fallen": the subject's
            # determiner, not a clause of its own
        elif word in FORMS_OF_BE and not tag.startswith("VB") and tag != "MD":
            fixed[i] = FORMS_OF_BE[word]  # "Visitors who had booked trips are/NN being offered
            # seats on Saturday": a form of "be" is a verb
        elif tag in ("NN", "NNS") and before == "MD" and word in BASE_VERBS:
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
            and word not in PAST_ONLY  # (not "the company shook/VBD hands")
            and word not in PLAIN_PASTS
            and before in ("NN", "NNP", "POS", "JJ")
            and after == "NNS"
            and a_present_in_s(words[i + 1].text.casefold())
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
        elif (tag in ("VBP", "VBZ") or (tag == "VBD" and word in BASE_VERBS)) and (
            after_a_possessive(tags, i)
        ):
            fixed[i] = "NNS" if word.endswith("s") else "NN"  # "the town's Memorial Day
            # parade/VBP": the noun the possessive owns
        elif tag == "VBD" and word in BASE_VERBS:  # "Rovers host/VBD Ollerton": a present
            fixed[i] = "VBP" if before in _PLURALS or before in ("NNP", "NNPS") else "VB"
        elif tag in ("VB", "VBP") and (word in PAST_ONLY or a_regular_past(word)):
            fixed[i] = "VBD"  # "Rescuers freed/VBP six miners on Monday night": a past
        elif (
            tag == "VBZ"
            and word.endswith("s")
            and word not in VERBS_IN_S
            and an_objects_last_noun(tags, i)
        ):
            fixed[i] = "NNS"  # "It opened the spillway gates/VBZ on Tuesday afternoon"
        elif tag == "VBZ" and word.endswith("s") and after_an_article(words, tags, i):
            fixed[i] = "NNS"  # "after the first falls/VBZ on 28 May": a noun after "the"
        elif tag in ("VBZ", "VBP") and a_plural_before_its_verb(words, tags, i):
            fixed[i] = "NNS"  # "Four hundred emergency calls/VBZ failed/VBN on Wednesday
            # morning", "On Wednesday, crews/VBZ digging out the pipe found", "The two
            # reservoirs/VBP together held/VBN 23%": the subject
            verb = i + 2 if tags[i + 1] == "RB" else i + 1
            if tags[verb] == "VBN" and tags[i - 1] != "CC":  # (after "but": a participle
                fixed[verb] = "VBD"  # of its subject, "samples taken Wednesday", its verb later)
        elif tag == "VBN" and _the_verb_after_an_apposition(words, tags, i):
            fixed[i] = "VBD"  # "Pellmarsh Home, the housewares chain, filed/VBN for bankruptcy
            # late Thursday": the subject's verb after the phrase that names it
        elif tag == "NN" and word in PAST_ONLY and _a_past_after_a_noun(words, tags, i):
            fixed[i] = "VBD"  # "after a fire tore/NN through its crude unit on Saturday night"
        elif word in SAME_PAST and _past_after_its_subject(words, tags, i):
            fixed[i] = "VBD"  # "a water main that burst/NN late Tuesday": a past
        elif word in SAME_PAST and tag in ("VB", "VBP") and _after_a_past_and(words, tags, i):
            fixed[i] = "VBD"  # "spent a year on it, and members read/VBP it at a vigil"
        elif tag == "VB" and _joined_to_a_present(words, tags, i):
            fixed[i] = "VBP"  # "Schools are closed for the break and reopen/VB on Monday": the
            # second verb of a present
        elif tag == "VBD" and word in PARTICIPLES_ONLY:
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
        elif tag == "VB" and ends_a_noun_phrase(tags, i):
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
            and a_present_in_s(word)
            and _verbless(words, tags, i)
        ):
            fixed[i] = "VBZ"
        elif (
            tag == "NNP"
            and (word in BASE_VERBS or word in BASE_LIKE_PARTICIPLE)
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
            and a_present_in_s(word)
            and _weekday_next(words, i)
            and any(t in ("VBD", "VBZ", "VBP") for t in tags[: i - 1])
        ):
            fixed[i] = "VBZ"  # "which began on Oct. 30 and ends/NNS Wednesday": a second verb
    return fixed


def _joined_to_a_past(words: Sequence[Span], tags: list[str], i: int) -> bool:
    """Is word ``i``, read as a participle, right after "and" or "or" whose verb before is a
    past with no auxiliary of its own ("came back in November and stayed with us"; not "was
    arrested and charged", a participle of "was")?"""
    if i < 2 or words[i - 1].text.casefold() not in ("and", "or"):
        return False
    k = next((k for k in range(i - 2, -1, -1) if tags[k].startswith(("VB", "MD"))), None)
    if k is None or tags[k] != "VBD":
        return False
    return not any(words[j].text.casefold() in AUXILIARIES for j in range(max(0, k - 3), k))


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
            if tags[k] in (",", ":", "(", ";") or words[k].text.casefold() in SUBORDINATORS
        ),
        len(tags),
    )
    after = [  # "applies to tickets issued/VBD from": a participle after its noun is not finite
        tag
        for k, tag in enumerate(tags[i + 1 : end], i + 1)
        if tag != "VBD" or tags[k - 1] != "NNS"
    ]
    return not any(tag in FINITE_TAGS for tag in tags[:i] + after)


_SINGULAR_PRONOUNS = frozenset(["he", "she", "it"])


def _a_past_after_a_noun(words: Sequence[Span], tags: list[str], i: int) -> bool:
    """Is word ``i``, a past-only verb ("tore", "rose") read as a noun, right after the
    subject a subordinate clause opens with, or in a sentence with no other verb, and before a
    preposition or a particle ("after a fire tore through"; "A line of storms with gusts up to
    68 mph tore through the county late Tuesday"), or the first verb of its sentence, right
    before a weekday ("Appeal panel heard Thursday that ...")?"""
    after = tags[i + 1] if i + 1 < len(tags) else "."
    opener = {w.text.casefold() for w in words[max(0, i - 4) : i - 1]} & SUBORDINATORS
    alone = not any(t in FINITE_TAGS for k, t in enumerate(tags) if k != i)
    first = not any(t in FINITE_TAGS for t in tags[:i])  # "Appeal panel heard/NN Thursday
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
    if words[i - 1].text.casefold() in RELATIVES:
        return True
    after = tags[i + 1] if i + 1 < len(tags) else "."
    if tags[i] == "NN":  # "The storm hit/NN late Sunday night" (not "a risk forecast for")
        if tags[i - 1] != "NN":
            return False
        if after in ("JJ", "RB") or _weekday_next(words, i):
            return True
        return (  # "The fire spread/NN over the weekend": its clause's only verb, after "the"
            after == "IN"  # and its noun (not "A fiber cut near the town, ..., knocked out")
            and a_determiners_noun(tags, i - 1)
            and not any(
                tag in FINITE_TAGS for tag in tags[:i] + tags[i + 1 : _next_clause(words, i)]
            )
        )
    return tags[i - 1] in ("NN", "NNP") and words[i - 1].text.casefold() not in WEEKDAYS  # (not
    # "tickets sold before midnight Thursday cost $15")


def _joined_to_a_present(words: Sequence[Span], tags: list[str], i: int) -> bool:
    """Is word ``i``, a base form right after "and" or "or", the second verb of a subject whose
    nearest finite verb before is a present ("Schools are closed for the break and reopen on
    Monday")? (Not "will close and reopen", "to close and reopen": a modal's or an
    infinitive's.)"""
    if i < 2 or words[i - 1].text.casefold() not in ("and", "or"):
        return False
    finite = next((k for k in range(i - 2, -1, -1) if tags[k] in (*FINITE_TAGS, "TO")), None)
    return finite is not None and tags[finite] in ("VBP", "VBZ")


def _the_verb_after_an_apposition(words: Sequence[Span], tags: list[str], i: int) -> bool:
    """Is word ``i``, read as a participle, the verb of a subject named again between commas
    ("Pellmarsh Home, the 69-year-old housewares chain, filed for bankruptcy ... and said"),
    with no finite verb before it and none after it but one joined by "and" or "but"? (Not
    "Smith, the mayor, elected in 2020, said": a participle set off by commas.)"""
    if i < 4 or tags[i - 1] != "," or any(tag in FINITE_TAGS for tag in tags[:i]):
        return False
    commas = [k for k in range(i - 1) if tags[k] == ","]
    if not commas or tags[commas[-1] + 1] not in ("DT", "PRP$"):
        return False
    if not any(tag in ("NNP", "NNPS") for tag in tags[: commas[-1]]):
        return False
    later = next((k for k in range(i + 1, len(tags)) if tags[k] in FINITE_TAGS), None)
    return later is None or words[later - 1].text.casefold() in ("and", "but")


def _next_clause(words: Sequence[Span], i: int) -> int:
    """Where the clause after word ``i`` ends: at a semicolon, a subordinator, or a comma
    before "and" or "but" ("The fire spread over the weekend, and crews will return"); an
    aside's commas do not end it ("A fiber cut near Bowling Green, Kentucky, knocked out")."""
    for k in range(i + 1, len(words)):
        word = words[k].text.casefold()
        if word in (";", ":") or word in SUBORDINATORS:
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
