"""Instant feedback for lesson 3, where students tag, chunk and type names, then meet the kit's.

Like lesson 1's: "⚠ Not yet: ..." and the notebook goes on; ``strict=True`` (the hidden tests)
raises. Function answers run on the seed and practice articles in the open and on a second article
when hidden (the error analysis on two holdout articles); :func:`graded_calls` lists those inputs.

The answers are compared with the simple method the lesson teaches (the ``_expected_*`` functions
of :mod:`lessons.checks.lesson3_model`), not with the kit's ``find_entities``, which does more.
"""

from __future__ import annotations

import re
from functools import cache

from lessons.checks.core import (
    _show,
    check_items,
    check_value,
    first_problem,
    kind_of,
    not_yet,
    passed,
    run_answer,
    say,
    verdict,
)
from lessons.checks.lesson3_model import (  # noqa: F401 - the model answers, re-exported
    _NAME_TAGS,
    _chunks,
    _expected_disagreements,
    _expected_mentions,
    _expected_name_chunks,
    _expected_ne_names,
    _expected_proper_nouns,
    _expected_type,
    _group,
    _tagged,
    nb03_name_lists,
)

# fmt: off
__all__ = [
    "HINTS", "NB03_ARTICLES", "NB03_CHOICES_EX8", "NB03_HOLDOUT", "NB03_PARSONS_EX5",
    "NB03_RIGHT_ORDER_EX5", "check_disagreements", "check_entity_type", "check_grouping_parsons",
    "check_mention_count", "check_most_mentioned", "check_name_chunks", "check_name_grammar",
    "check_ne_names", "check_people", "check_proper_nouns", "check_rule_that_failed",
    "graded_calls", "nb03_article_text", "nb03_body_sentences", "nb03_gold_entities",
    "nb03_name_lists", "nb03_sample_names", "show_grouping_parsons",
]
# fmt: on

NB03_ARTICLES = {
    "seed": "seed",
    "practice": "practice/valdoria-measles-emergency",
    "second": "practice/calder-polymers-river-ruling",
}
NB03_HOLDOUT = {
    "holdout": "holdout/skarra-ferry-inquiry",  # the error-analysis article students see
    "second holdout": "holdout/almendra-valley-drought",  # the hidden tests'
}
SHOWN = ("seed", "practice")  # the articles the visible checks use


# --- The articles -------------------------------------------------------------------------------


def nb03_article_text(name: str) -> str:
    """The raw text of an article: "seed", "practice", "second", "holdout", "second holdout"."""
    from lessons.article import read_text_file
    from lessons.data import DATASETS

    folder = {**NB03_ARTICLES, **NB03_HOLDOUT}[name]
    return read_text_file(DATASETS / folder / "article.txt")


def nb03_gold_entities(name: str) -> list[dict[str, str]]:
    """The answer key's entities of an article: [{"text": ..., "type": ...}, ...]."""
    import json

    from lessons.data import DATASETS

    folder = {**NB03_ARTICLES, **NB03_HOLDOUT}[name]
    gold = json.loads((DATASETS / folder / "gold.json").read_text(encoding="utf-8"))
    return [{"text": e["text"], "type": e["type"]} for e in gold.get("entities", [])]


@cache
def _body_sentences(name: str) -> tuple[str, ...]:
    import nltk

    from lessons.article import parse_article

    paragraphs = parse_article(nb03_article_text(name)).paragraphs
    return tuple(s for p in paragraphs for s in nltk.sent_tokenize(p.text))


def nb03_body_sentences(name: str, most: int | None = None) -> list[str]:
    """The sentences of an article's body paragraphs, as NLTK's Punkt splits them."""
    return list(_body_sentences(name)[:most])


_RULE_ORDER_NAMES = ("Georgia", "Florence Nightingale Foundation")  # a first name in each


def nb03_sample_names(name: str) -> list[str]:
    """The answer key's names, then two whose type depends on the order of the rules."""
    return list(dict.fromkeys([*(e["text"] for e in nb03_gold_entities(name)), *_RULE_ORDER_NAMES]))


def graded_calls() -> dict[str, dict[str, list[list[object]]]]:
    """For the grader: the inputs each lesson-3 check runs a function answer on (all articles).

    Inside the grading sandbox a function answer is called on each of these argument lists and
    only its results cross back, as plain data.
    """
    names = list(NB03_ARTICLES)
    return {
        "nb03-ex1-check": {"proper_nouns": [[s] for n in names for s in nb03_body_sentences(n)]},
        "nb03-ex2-check": {"name_chunks": [[s] for n in names for s in nb03_body_sentences(n)]},
        "nb03-ex3-check": {"ne_names": [[s] for n in names for s in nb03_body_sentences(n, 5)]},
        "nb03-ex4-check": {"entity_type": [[x] for n in names for x in nb03_sample_names(n)]},
        "nb03-ex6-check": {"most_mentioned": [[nb03_article_text(n), 5] for n in names]},
        "nb03-ex7-check": {
            "disagreements": [[nb03_article_text(n), nb03_gold_entities(n)] for n in NB03_HOLDOUT]
        },
    }


# --- Shared shapes of wrong answers -------------------------------------------------------------


def _list_problem(result: object, what: str) -> str | None:
    """A function that should return a list of strings: name the wrong shape."""
    if result is None:
        return f"{what} returns nothing (None): write its body and end it with return."
    if type(result).__name__ == "Tree":
        return (
            "you return NLTK's tree: turn it into a list of names, one string per chunk "
            "(' '.join the words of each chunk's leaves())."
        )
    if isinstance(result, set | frozenset):
        return "you return a set: a set loses the order and the repeats; return a list."
    if isinstance(result, str):
        return "return a list of strings, not one string."
    if not isinstance(result, list):
        return f"{what} should return a list of strings; it gave {kind_of(result)}."
    if any(isinstance(x, tuple | list) and x and isinstance(x[0], tuple | list) for x in result):
        return "you return each chunk's (word, tag) pairs: join the words into one string."
    if result and all(isinstance(x, tuple | list) and len(x) == 2 for x in result):
        return "you return (word, tag) pairs: keep only the words."
    if not all(isinstance(x, str) for x in result):
        return f"{what} should return a list of strings."
    return None


def _first_sentence_problem(finder, function: object, articles: tuple[str, ...], most=None):  # noqa: ANN001, ANN202
    for name in articles:
        for sentence in nb03_body_sentences(name, most):
            problem = finder(function, sentence)
            if problem:
                return f"on the {name} article, {problem} (sentence: {_show(sentence[:50])})"
    return None


# --- Exercise 1: proper nouns with pos_tag ------------------------------------------------------


def _proper_nouns_problem(function: object, sentence: str) -> str | None:
    result, error = run_answer(function, sentence)
    if error:
        return error
    shape = _list_problem(result, "proper_nouns")
    if shape:
        return shape
    expected = _expected_proper_nouns(sentence)
    if result == expected:
        return None
    tags = dict(_tagged(sentence))
    if any(word.endswith("/NNP") or "/" in word for word in result):
        return "keep the word alone, without its tag."
    plural = [w for w in expected if tags.get(w) == "NNPS" and w not in result]
    if plural:
        return f"you miss {plural[0]!r}, tagged NNPS (a plural proper noun): keep NNP and NNPS."
    capitals = [w for w in result if tags.get(w) not in _NAME_TAGS]
    if capitals:
        return (
            f"{capitals[0]!r} is tagged {tags.get(capitals[0], '?')}, not NNP: keep the words "
            "whose tag is NNP or NNPS, not every word with a capital."
        )
    if any(w not in tags for w in result) or len(result) < len(expected):
        return "tokenise with nltk.word_tokenize before tagging, not with split()."
    return f"it gives {_show(result)}, expected {_show(expected)}."


def check_proper_nouns(
    function: object, articles: tuple[str, ...] = SHOWN, *, strict: bool = False
) -> None:
    """Lesson 3, exercise 1: ``proper_nouns(sentence) -> list[str]`` with pos_tag."""
    problem = _first_sentence_problem(_proper_nouns_problem, function, articles)
    say("nb03-ex1", problem, f"your proper nouns match the tagger's ({', '.join(articles)}).",
        strict=strict)  # fmt: skip


# --- Exercise 2: a grammar that keeps "of" inside a name -----------------------------------------


def _chunks_problem(function: object, sentence: str) -> str | None:
    result, error = run_answer(function, sentence)
    if error:
        if "grammar" in error or "Ellipsis" in error or "ellipsis" in error:
            return "the grammar is still empty: replace the ... with a string of rules."
        return error
    shape = _list_problem(result, "name_chunks")
    if shape:
        return shape
    expected = _expected_name_chunks(sentence)
    if result == expected:
        return None
    joined_in = [c for c in result if re.search(r" (?!of )[a-z]+ ", f" {c} ")]
    if joined_in:
        return (
            f"the chunk {joined_in[0]!r} runs across another preposition: the tag IN covers "
            "every preposition; use the tag OF that only 'of' has."
        )
    with_of = [c for c in expected if " of " in c and c not in result]
    if with_of:
        cut = [c for c in result if c and c in with_of[0].split(" of ")[0]]
        if cut:
            return (
                f"{with_of[0]!r} is cut in two: add a rule with <OF> between proper nouns, before "
                "the simple rule (a rule never joins words an earlier rule has chunked)."
            )
        plural = " or NNPS" if any(w.endswith("s") for w in with_of[0].split()) else ""
        return f"{with_of[0]!r} should be one chunk: add a rule NNP{plural}, OF, NNP."
    missing = [c for c in expected if c not in result]
    if missing:
        tags = dict(_tagged(sentence))
        if any(tags.get(w) == "NNPS" for w in missing[0].split()):
            return f"the name {missing[0]!r} is missing: chunk NNPS (plural proper nouns) too."
        return f"the name {missing[0]!r} is missing: keep a rule for any run of proper nouns."
    return f"it gives {_show(result)}, expected {_show(expected)}."


def check_name_chunks(
    function: object, articles: tuple[str, ...] = SHOWN, *, strict: bool = False
) -> None:
    """Lesson 3, exercise 2: ``name_chunks(sentence)`` with a RegexpParser grammar."""
    problem = _first_sentence_problem(_chunks_problem, function, articles)
    say("nb03-ex2", problem,
        f"your grammar keeps names with 'of' whole and nothing else ({', '.join(articles)}).",
        strict=strict)  # fmt: skip


# --- Exercise 3: NLTK's binary named-entity chunker ---------------------------------------------


def _ne_problem(function: object, sentence: str) -> str | None:
    result, error = run_answer(function, sentence)
    if error:
        return error
    shape = _list_problem(result, "ne_names")
    if shape:
        return shape
    expected = _expected_ne_names(sentence)
    if result == expected:
        return None
    if sentence.split()[0] in result or any(len(c.split()) > 12 for c in result):
        return "the whole sentence is a subtree too: keep only the subtrees labelled 'NE'."
    if result == _expected_name_chunks(sentence) or result == _chunks(_tagged(sentence), r"""
NAME: {<NNP|NNPS>+}"""):  # fmt: skip
        return "these are grammar chunks: run the named-entity chunker (NE_CHUNKER.parse)."
    return f"it gives {_show(result)}, the chunker marks {_show(expected)}."


def check_ne_names(
    function: object, articles: tuple[str, ...] = SHOWN, *, strict: bool = False
) -> None:
    """Lesson 3, exercise 3: ``ne_names(sentence)`` with the binary NE chunker."""
    problem = _first_sentence_problem(_ne_problem, function, articles, most=5)
    say("nb03-ex3", problem, f"your names match the chunker's ({', '.join(articles)}).",
        strict=strict)  # fmt: skip


# --- Exercise 4: a type from gazetteers and name lists -------------------------------------------

_TYPES = ("PERSON", "ORGANIZATION", "GPE")
_SHORT = {"PER": "PERSON", "ORG": "ORGANIZATION", "LOC": "GPE", "PLACE": "GPE", "PEOPLE": "PERSON"}


def _type_problem(function: object, name: str) -> str | None:
    organisation_words = nb03_name_lists()[0]
    result, error = run_answer(function, name)
    if error:
        return f"on {name!r}, {error}"
    expected = _expected_type(name)
    if result == expected:
        return None
    if isinstance(result, str) and result.upper() in _SHORT:
        return f"write the type in full, {_SHORT[result.upper()]!r}, not {result!r}."
    if isinstance(result, str) and result.upper() in _TYPES and result not in _TYPES:
        return f"write the type in capitals: {result.upper()!r}."
    if expected is None:
        return f"no rule fits {name!r}, so return None (not {_show(result)})."
    if result is None or result not in _TYPES:
        words = name.split()
        capital = not any(w in organisation_words for w in words)
        if expected == "ORGANIZATION" and capital and words[-1].lower() in organisation_words:
            return (
                f"{name!r} contains an organisation word with a capital: the list is in "
                "lower case, so compare word.lower()."
            )
        if expected == "ORGANIZATION" and words[-1].lower() not in organisation_words:
            return (
                f"{name!r} is an organisation: the organisation word can be anywhere in the "
                "name ('Department of Defense'), so look at every word."
            )
        return f"on {name!r} you gave {_show(result)}, the rules give {expected!r}."
    order = {"ORGANIZATION": 0, "GPE": 1, "PERSON": 2}
    if order[result] > order[expected]:
        return (
            f"on {name!r} you say {result}, but the {expected} rule comes first: try organisation "
            "words, then places, then first names."
        )
    return f"on {name!r} you gave {result!r}, the rules give {expected!r}."


def check_entity_type(
    function: object, articles: tuple[str, ...] = SHOWN, *, strict: bool = False
) -> None:
    """Lesson 3, exercise 4: ``entity_type(name)``: PERSON, ORGANIZATION, GPE or None."""
    found = ((a, _type_problem(function, n)) for a in articles for n in nb03_sample_names(a))
    article, problem = next(((a, p) for a, p in found if p), ("", None))
    problem = problem and f"on the {article} article, {problem}"
    count = sum(len(nb03_sample_names(a)) for a in articles)
    say("nb03-ex4", problem, f"your types follow the rules on all {count} names "
        f"({', '.join(articles)}).", strict=strict)  # fmt: skip


# --- Exercise 5: a Parsons problem, grouping "Austin" with "Lloyd Austin" -----------------------

NB03_PARSONS_EX5 = {
    "A": "        counts[full] = counts.get(full, 0) + 1",
    "B": "    return counts",
    "C": "def group_names(names):",
    "D": "        full = next((known for known in counts if known.split()[-1] == name), name)",
    "E": "    for name in names:",
    "F": "        counts[name] = counts.get(name, 0) + 1",
    "G": "    counts = {}",
}
NB03_RIGHT_ORDER_EX5 = ("C", "G", "E", "D", "A", "B")
_GROUP_EXAMPLE = ["Lloyd Austin", "Biden", "Austin", "Kyiv", "Lloyd Austin", "Austin"]


def show_grouping_parsons() -> None:
    """Print the shuffled lines of exercise 5 with their letters."""
    for letter, line in NB03_PARSONS_EX5.items():
        print(f"{letter}: {line}")


def check_grouping_parsons(order: object, article: str = "seed", *, strict: bool = False) -> None:
    """Lesson 3, exercise 5: the letters of the lines of ``group_names``, in order."""
    problem = None
    if order is ...:
        problem = "your answer is still empty: replace the ... with a list of letters."
    elif not isinstance(order, list | tuple) or not all(isinstance(x, str) for x in order):
        problem = f"give a list of letters, like ['C', 'G']; you gave {kind_of(order)}."
    else:
        letters = [x.strip().upper() for x in order]
        unknown = [x for x in letters if x not in NB03_PARSONS_EX5]
        if unknown:
            problem = f"there is no line {unknown[0]!r}: use the letters A to G."
        elif "F" in letters:
            problem = "line F counts 'Austin' apart from 'Lloyd Austin': leave it out."
        elif not letters or letters[0] != "C":
            problem = "a function starts with its def line."
        elif letters[-1] != "B":
            problem = "return ends a function: a line after it never runs, so return goes last."
        elif "G" in letters and "E" in letters and letters.index("G") > letters.index("E"):
            problem = "the loop would start a new dictionary for every name: make counts first."
        elif "A" in letters and "D" in letters and letters.index("A") < letters.index("D"):
            problem = "line A counts the full name, so find it (line D) before."
        elif tuple(letters) != NB03_RIGHT_ORDER_EX5:
            problem = "each of the lines C, G, E, D, A and B is needed once."
        else:
            space: dict[str, object] = {}
            exec("\n".join(NB03_PARSONS_EX5[x] for x in letters), space)  # noqa: S102 - the kit's lines
            names = _GROUP_EXAMPLE if article == "seed" else list(reversed(_GROUP_EXAMPLE))
            if space["group_names"](names) != _group(names):
                problem = "the function does not group the names."
    say("nb03-ex5", problem, "group_names counts 'Austin' with 'Lloyd Austin'.", strict=strict)


# --- Exercise 6: synthesis, the most mentioned names of a practice article -----------------------


def _mentioned_problem(function: object, name: str, n: int = 5) -> str | None:
    text = nb03_article_text(name)
    result, error = run_answer(function, text, n)
    if error:
        return error
    if result is None:
        return "most_mentioned returns nothing (None): write its body and end it with return."
    if type(result).__name__ in ("FreqDist", "Counter", "dict"):
        return "return counts.most_common(n), a list of (name, count) pairs, not the counts."
    pairs_ok = isinstance(result, list) and all(
        isinstance(p, tuple | list) and len(p) == 2 and isinstance(p[0], str) for p in result
    )
    if not pairs_ok:
        return f"return a list of (name, count) pairs; your function gave {kind_of(result)}."
    counts = _expected_mentions(text)
    if len(result) != min(n, len(counts)):
        return f"asked for {n} names, your function gave {len(result)}."
    numbers = [c for _, c in result]
    if numbers != sorted(numbers, reverse=True):
        return "put the most mentioned name first (most_common does)."
    from lessons.article import parse_article

    article = parse_article(text)
    outside = " ".join(
        p.text for p in (article.headline, article.photo_credit, article.caption) if p
    )
    wrong = [(w, c) for w, c in result if counts.get(w) != c]
    if wrong:
        word, count = wrong[0]
        if count > counts.get(word, 0) and word in outside:
            return (
                f"on the {name} article you count {word!r} {count} times, the body names it "
                f"{counts.get(word, 0)} times: count the body paragraphs only, not the headline, "
                "the photo credit or the caption."
            )
        if word not in counts:
            return (
                f"on the {name} article {word!r} is not a typed name of the body: keep the "
                "chunks of name_chunks that entity_type gives a type."
            )
        return f"on the {name} article you count {word!r} {count} times, not {counts[word]}."
    best = sorted(counts.values(), reverse=True)[: len(result)]
    if numbers != best:
        return f"on the {name} article a more often mentioned name is missing from your list."
    return None


def check_most_mentioned(
    function: object, articles: tuple[str, ...] = ("practice", "seed"), *, strict: bool = False
) -> None:
    """Lesson 3, exercise 6: ``most_mentioned(text, n)``: the whole method on a new article."""
    problem = first_problem(_mentioned_problem, function, articles)
    say("nb03-ex6", problem, f"your counts match the body's ({', '.join(articles)}).",
        strict=strict)  # fmt: skip


# --- Exercise 7: the kit's disagreements with the answer key on a holdout article --------------


def _disagreements_problem(function: object, name: str) -> str | None:
    text, gold = nb03_article_text(name), nb03_gold_entities(name)
    result, error = run_answer(function, text, gold)
    if error:
        if "get" in error and "attribute" in error:
            return (
                "evaluate_entities reads dictionaries: give it [e.to_dict() for e in entities], "
                "not the Entity objects."
            )
        return error
    if result is None:
        return "disagreements returns nothing (None): write its body and end it with return."
    if type(result).__name__ == "EntityScores":
        return "you return the scores: return one tuple per row of scores.errors."
    if not isinstance(result, list):
        return f"return a list of tuples; your function gave {kind_of(result)}."
    if any(type(row).__name__ == "ErrorRow" for row in result):
        return "return each row as a tuple (row.kind, row.what, row.expected, row.got)."
    rows = [tuple(row) if isinstance(row, list) else row for row in result]
    if not all(isinstance(r, tuple) and len(r) == 4 for r in rows):
        return "each row should be a tuple of four strings: (kind, what, expected, got)."
    expected = _expected_disagreements(text, gold)
    if sorted(rows) == sorted(expected):
        return None
    missing = [r for r in expected if r not in rows]
    if missing:
        return f"on the {name} article the row {missing[0]!r} is missing."
    return f"on the {name} article {_show(rows)} is not the list of disagreements."


def check_disagreements(
    function: object, articles: tuple[str, ...] = ("holdout",), *, strict: bool = False
) -> None:
    """Lesson 3, exercise 7: ``disagreements(text, gold)``: the kit against the answer key."""
    problem = first_problem(_disagreements_problem, function, articles)
    say("nb03-ex7", problem, f"you found every disagreement ({', '.join(articles)}).",
        strict=strict)  # fmt: skip


# --- Exercise 8: which rule failed? A multiple choice; wrong answers name the misreading ---------

NB03_CHOICES_EX8 = {
    "A": "'in' comes before waters too: a ship runs aground in a sound, a bay or a river. A sound "
    "is an inlet of the sea, so the key is right.",
    "B": "The name was found: the untyped score of this article is perfect. The error is its "
    "type, so look at the rules that type names.",
    "C": None,
    "D": "The first-name rule gives PERSON; the kit said GPE, so that rule did not decide.",
}


def check_rule_that_failed(answer: object, *, strict: bool = False) -> None:
    """Lesson 3, exercise 8: why the kit calls Carrick Sound a GPE."""
    if answer is ...:
        problem = "your answer is still empty: replace the ... with a letter, like 'A'."
    elif not isinstance(answer, str) or answer.strip().upper() not in NB03_CHOICES_EX8:
        problem = f"write one letter, A, B, C or D, between quotes; you gave {_show(answer)}."
    else:
        problem = NB03_CHOICES_EX8[answer.strip().upper()]
    say(
        "nb03-ex8",
        problem,
        "no rule knew 'Sound' as water, so the words around it ('in ...') decided: a place, GPE.",
        strict=strict,
    )


HINTS = {
    "nb03-ex1": (
        "Tag the words of word_tokenize(sentence) with nltk.pos_tag; keep the words whose tag "
        "is NNP or NNPS.",
        "return [word for word, tag in nltk.pos_tag(nltk.word_tokenize(sentence))\n"
        '        if tag in ("NNP", "NNPS")]',
    ),
    "nb03-ex2": (
        "Two rules under NAME, one per line: first proper nouns, <OF>, proper nouns; then any "
        "run of proper nouns.",
        'grammar = r"""\nNAME: {<NNP|NNPS>+<OF><NNP|NNPS>+}\n      {<NNP|NNPS>+}\n"""',
    ),
    "nb03-ex3": (
        "Tag the sentence, give the tagged words to NE_CHUNKER.parse, keep the subtrees "
        "labelled 'NE'.",
        "tree = NE_CHUNKER.parse(nltk.pos_tag(nltk.word_tokenize(sentence)))\n"
        "return [' '.join(word for word, tag in chunk.leaves())\n"
        "        for chunk in tree.subtrees(lambda t: t.label() == 'NE')]",
    ),
    "nb03-ex4": (
        "Three if statements in order: an organisation word anywhere (in lower case), the whole "
        "name in PLACES, the first word in FIRST_NAMES; else return None.",
        "words = name.split()\n"
        "if any(w.lower() in ORGANIZATION_WORDS for w in words): return 'ORGANIZATION'\n"
        "if name in PLACES: return 'GPE'\n"
        "if words[0] in FIRST_NAMES: return 'PERSON'\nreturn None",
    ),
    "nb03-ex5": (
        "Start with def, make the empty dictionary, loop; one line is a trap that never groups.",
        "def, counts = {}, for, find the full name with next(), count it, return.",
    ),
    "nb03-ex6": (
        "Loop over parse_article(text).paragraphs, split each .text with sent_tokenize, and "
        "count the name_chunks that entity_type gives a type.",
        "counts = FreqDist()\nfor paragraph in parse_article(text).paragraphs:\n"
        "    for sentence in sent_tokenize(paragraph.text):\n"
        "        for name in name_chunks(sentence):\n"
        "            if entity_type(name):\n                counts[name] += 1\n"
        "return counts.most_common(n)",
    ),
    "nb03-ex7": (
        "find_entities(parse_article(text)), each entity .to_dict(), then evaluate_entities(found, "
        "gold); its .errors are the rows.",
        "found = [e.to_dict() for e in find_entities(parse_article(text))]\n"
        "return [(r.kind, r.what, r.expected, r.got)\n"
        "        for r in evaluate_entities(found, gold).errors]",
    ),
    "nb03-ex8": (
        "Read the kit's reason for Carrick Sound, then look for 'sound' in location_cues.",
        "The name was found and typed by its context ('in ...'); which word list would have "
        "called it water?",
    ),
}


# --- Checks of the lesson before its rebuild (tests/test_entities.py still calls them) ----------


def check_name_grammar(answer: object, sentence: str, *, strict: bool = False) -> None:
    """A chunk grammar that keeps "Department of Defense" in one chunk."""
    from lessons.entities import chunk_tree, pos_tags

    with verdict(strict=strict):
        if answer is ... or not isinstance(answer, str) or not answer.strip():
            not_yet("the grammar is still empty: write a string of rules.")
        try:
            tree = chunk_tree(pos_tags(sentence), answer)
        except (ValueError, TypeError) as error:
            not_yet(f"NLTK cannot read the grammar ({error}).")
        chunks = [" ".join(w for w, _ in t.leaves()) for t in tree.subtrees() if t is not tree]
        if "Department of Defense" not in chunks:
            not_yet(f"no chunk is exactly 'Department of Defense'; the chunks are {chunks}.")
        passed("your grammar keeps 'Department of Defense' in one chunk.")


def check_people(answer: object, article: object, *, strict: bool = False) -> None:
    """The names of the people the kit finds."""
    from lessons.entities import find_entities

    people = {e.text for e in find_entities(article) if e.type == "PERSON"}
    with verdict(strict=strict):
        check_items(answer, people, what="the people in the story")


def check_mention_count(
    answer: object, article: object, name: str, *, strict: bool = False
) -> None:
    """How many times the story mentions one entity (possessives included)."""
    from lessons.entities import find_entities

    counts = {e.text: e.count for e in find_entities(article)}
    with verdict(strict=strict):
        check_value(answer, counts.get(name, 0), what=f"the number of mentions of {name}")
