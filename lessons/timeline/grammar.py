"""The grammar a sentence is read with: the forms of a verb, the tags that mark them, and the
words that open a clause.

A verb has a base form ("meet", tagged VB), a past ("met", VBD), a participle ("done", VBN) and
presents ("meets", VBZ; "meet", VBP). "The two leaders meet Monday": "meet" is a base form, never
a past, whatever the tagger says.
"""

from __future__ import annotations

from lessons import vocab

# A past, a present or a modal ("will") is finite: it makes a clause of its own.
PAST_TAGS = frozenset(["VBD"])
FINITE_TAGS = frozenset(["VBD", "VBZ", "VBP", "MD"])
PRESENT_OR_MODAL = frozenset(["VBZ", "VBP", "MD"])

BASE_VERBS = vocab.word_set("verbs_base_forms")  # "meet", "close": never a past tense
PAST_ONLY = vocab.word_set("verbs_irregular_past")  # "flew", "met": only ever a past tense
PARTICIPLES_ONLY = vocab.word_set("verbs_irregular_participles")  # "done", "taken"
SAME_PAST = vocab.word_set("verbs_same_past")  # "burst", "shut": past spelt as the base form
# base forms spelled like their participle, which the base-verb list leaves out ("has come")
BASE_LIKE_PARTICIPLE = frozenset(["come", "become", "run", "overcome"])
# pasts spelt like a base form or a noun, which the irregular-past list leaves out
PLAIN_PASTS = frozenset("fell found saw lay bore ground wound beat ran came rose".split())
VERBS_IN_S = frozenset("is was has does says goes".split())
FORMS_OF_BE = {"am": "VBP", "are": "VBP", "is": "VBZ", "was": "VBD", "were": "VBD"}
AUXILIARIES = frozenset("is are was were be been being has have had get got".split())


def a_regular_past(word: str) -> bool:
    """Is a word a regular past ("freed", "agreed", "halted") and no base form ("need")?"""
    return (
        word.endswith("ed")
        and word not in BASE_VERBS
        and (word[:-1] in BASE_VERBS or word[:-2] in BASE_VERBS)
    )


def a_present_in_s(word: str) -> bool:
    """Is ``word`` a verb's present in -s ("closes", "goes", "applies")?"""
    return (
        word[:-1] in BASE_VERBS
        or word[:-1] in BASE_LIKE_PARTICIPLE  # "runs", "comes"
        or (word.endswith("es") and word[:-2] in BASE_VERBS)
        or (word.endswith("ies") and word[:-3] + "y" in BASE_VERBS)
    )


# Words that open a clause ("after the storm passed"), and a relative clause ("which it bought").
SUBORDINATORS = frozenset(
    "after before when while because although though but whereas unless if until once "
    "since where whether".split()
)
RELATIVES = frozenset(["that", "which", "who"])
