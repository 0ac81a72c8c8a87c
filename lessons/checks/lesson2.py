"""Instant feedback for lesson 2, where students find the quotes and their speakers themselves.

The student writes the quote regex, puts the lines of a mark-pairing function in order, writes an
attribution reader with the reporting-verb list, marks a paragraph like an annotator and joins it
all on a practice article; then meets the kit's ``find_quotes``. Checks print "⚠ Not yet: ..."
and let the notebook go on; with ``strict=True`` (the hidden tests) they raise
:class:`~lessons.checks.NotYet`. A function answer is run on the seed and the practice article in
the visible check and on a second article in the hidden tests (:func:`graded_calls` lists those
inputs for the grader), so a copied literal fails there. Every name is also reached from
``lessons.checks``.

The answers are compared with the simple method the lesson teaches (the ``expected_*`` functions
of :mod:`lessons.checks.lesson2_model`), not with the kit's ``find_quotes``, which does more.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from lessons.checks.core import (
    _show,
    check_items,
    check_name,
    check_value,
    first_problem,
    kind_of,
    not_yet,
    run_answer,
    say,
    verdict,
)
from lessons.checks.lesson2_model import (  # noqa: F401 - the model answers, re-exported
    MARKS,
    _body,
    _reporting_verbs,
    _words,
    expected_pairs,
    expected_quote_table,
    expected_said,
    text_after_fragment,
)

__all__ = [
    "CLASSMATE_MARKS",
    "HINTS",
    "agreement",
    "annotation_key",
    "annotation_paragraph",
    "check_annotation",
    "check_anonymous_speakers",
    "check_pairing_order",
    "check_quote_choice",
    "check_quote_count",
    "check_quote_pattern",
    "check_quote_table",
    "check_said_function",
    "check_speaker_of",
    "compare_with_kit",
    "graded_calls",
    "pairing_function",
    "quote_article_text",
    "show_agreement",
    "show_pairing_lines",
]  # the models (expected_pairs, expected_said, ...) are reached as lessons.checks.lesson2.<name>

QUOTE_ARTICLES = {
    "seed": "seed",
    "practice": "practice/ansel-island-storm",
    "second": "practice/harlow-creek-water-main",
}
QUOTES_SHOWN = ("seed", "practice")  # the articles the visible checks use
SAID_EXTRAS = (  # attributions the student's reader meets beyond the three articles
    " Mayor Ana Ruiz told the council on Monday.",
    " said Ana Ruiz, the mayor.",
    " the mayor insisted, pointing at the map.",
    " reads a statement issued by the ministry.",
    " The council meets again on Friday.",
)


# --- The articles -----------------------------------------------------------------------------


@lru_cache(maxsize=8)
def quote_article_text(name: str) -> str:
    """The raw text of one of lesson 2's articles: "seed", "practice" or "second"."""
    from lessons.article import read_text_file
    from lessons.data import DATASETS

    return read_text_file(DATASETS / QUOTE_ARTICLES[name] / "article.txt")


def quote_paragraphs(name: str) -> list[str]:  # the body paragraphs, as the kit finds them
    return _body(quote_article_text(name))


def quote_afters(name: str) -> list[str]:
    """What follows each quoted fragment of an article: the inputs of the attribution reader."""
    return [
        text_after_fragment(paragraph, fragment)
        for paragraph in quote_paragraphs(name)
        for fragment in expected_pairs(paragraph)
    ]


def graded_calls() -> dict[str, dict[str, list[list[object]]]]:
    """For the grader: the inputs each lesson-2 check runs a function answer on (all articles);
    inside the grading sandbox only the results of those calls cross back, as plain data."""
    texts = [[quote_article_text(name)] for name in QUOTE_ARTICLES]
    return {
        "nb02-ex1-check": {"find_quoted": texts},
        "nb02-ex4-check": {"read_said": [[a] for a in _said_inputs(tuple(QUOTE_ARTICLES))]},
        "nb02-ex6-check": {"quote_table": texts},
    }


# --- Exercise 1: the naive regex, with straight and curly marks ---------------------------------


def _pattern_problem(function: object, name: str) -> str | None:
    text = quote_article_text(name)
    result, error = run_answer(function, text)
    if error:
        if "pattern" in error or "ellipsis" in error:
            return "the pattern is still empty: replace the ... with a regular expression string."
        return error
    if not isinstance(result, list) or not all(isinstance(x, str) for x in result):
        return f"find_quoted should return a list of strings; it gave {kind_of(result)}."
    expected = re.findall(r"[\u201c\"](.*?)[\u201d\"]", text)
    if result == expected:
        return None
    curly = "\u201c" in text
    if not result:
        kind = "curly (“ ”)" if curly else 'straight (")'
        return (
            f"your pattern finds no quote in the {name} article, whose marks are {kind}: list "
            'both kinds in a character class, [“"] to open and [”"] to close.'
        )
    if any(x[:1] in MARKS or x[-1:] in MARKS for x in result):
        return "the marks are part of your matches: put the words between them in a group ( )."
    if len(result) < len(expected) and sum(map(len, result)) > sum(map(len, expected)):
        return (
            "your matches run over several quotes: .* is greedy and takes as much as it can; "
            ".*? stops at the first closing mark."
        )
    pairs = enumerate(zip(result, expected, strict=False))
    first = next((i for i, (a, b) in pairs if a != b), len(result))
    found = f"on the {name} article your pattern finds {len(result)} quotes"
    return f"{found}, the naive pattern {len(expected)}; they differ from match {first + 1}."


def check_quote_pattern(
    function: object, articles: tuple[str, ...] = QUOTES_SHOWN, *, strict: bool = False
) -> None:
    """Lesson 2, exercise 1: ``find_quoted(text)``: a regex for straight and curly quotes."""
    problem = first_problem(_pattern_problem, function, articles)
    right = f"your pattern finds the quotes the naive way ({', '.join(articles)})."
    say("nb02-ex1", problem, right, strict=strict)


# --- Exercise 2: why the seed's fourth match swallows the attribution (multiple choice) ---------

QUOTE_CHOICES = {
    "A": "not greedy: .*? takes as little as it can. A greedy .* would run on to the last "
    "closing mark of the whole text; try it.",
    "B": None,
    "C": "the character classes say exactly which marks open and close, and the seed's marks "
    "are all curly; the kind of mark is not the trouble here.",
    "D": ". matches any character but a line break, full stops included: the matches are "
    "full of full stops.",
}


def check_quote_choice(answer: object, *, strict: bool = False) -> None:
    """Lesson 2, exercise 2: why the fourth match of the seed runs past its attribution."""
    if answer is ...:
        problem = "your answer is still empty: replace the ... with a letter, like 'A'."
    elif not isinstance(answer, str) or answer.strip().upper() not in QUOTE_CHOICES:
        problem = f"write one letter, A, B, C or D, between quotes; you gave {_show(answer)}."
    else:
        problem = QUOTE_CHOICES[answer.strip().upper()]
        if problem:
            problem = f"{answer.strip().upper()} is not it: {problem}"
    right = (
        "the alert opens a quote and never closes it before its attribution, and the regex "
        "pairs blindly with the next closing mark."
    )
    say("nb02-ex2", problem, right, strict=strict)


# --- Exercise 3: pair the marks of one paragraph (Parsons problem) ------------------------------

PAIRING_LINES = {
    "A": '            start = mark.end() if mark.group() == "\u201c" else None',
    "B": "    if start is not None:",
    "C": "def pair_quotes(paragraph):",
    "D": "        else:",
    "E": "    for mark in re.finditer(r'[\u201c\u201d\"]', paragraph):",
    "F": "            fragments.append(paragraph[start:mark.start()].strip())",
    "G": "        fragments.append(paragraph[start:].strip())",
    "H": "    fragments, start = [], None",
    "I": "    return fragments",
    "J": "        if start is None:",
    "K": "            start = mark.end()",
    "L": "            start = None",
}
RIGHT_PAIRING_ORDER = ("C", "H", "E", "J", "K", "D", "F", "A", "B", "G", "I")


def show_pairing_lines() -> None:
    """Print the shuffled lines of exercise 3 with their letters."""
    for letter, line in PAIRING_LINES.items():
        print(f"{letter}: {line}")


def _letters(order: object) -> tuple[list[str] | None, str | None]:
    if order is ...:
        return None, "your answer is still empty: replace the ... with a list of letters."
    if not isinstance(order, list | tuple) or not all(isinstance(x, str) for x in order):
        return None, f"give a list of letters, like ['C', 'H']; you gave {kind_of(order)}."
    letters = [x.strip().upper() for x in order]
    unknown = [x for x in letters if x not in PAIRING_LINES]
    if unknown:
        return None, f"there is no line {unknown[0]!r}: use the letters A to L."
    return letters, None


def _assemble(letters: list[str]):  # noqa: ANN202 - the student's function, or an error text
    space: dict[str, object] = {"re": re}
    try:
        exec("\n".join(PAIRING_LINES[x] for x in letters), space)  # noqa: S102 - the kit's lines
    except SyntaxError:
        return "these lines do not make a function yet: a line ending in ':' needs its block."
    function = space.get("pair_quotes")
    return function if callable(function) else "a function starts with its def line."


def _pairing_problem(order: object, articles: tuple[str, ...]) -> str | None:
    letters, problem = _letters(order)
    if problem or letters is None:
        return problem
    if not letters or letters[0] != "C":
        return "a function starts with its def line."
    if letters[-1] != "I":
        return "return ends a function: a line after it never runs, so return goes last."
    if "L" in letters:
        return (
            "line L closes the quote and opens nothing: a “ that comes while a quote is still "
            "open (the seed's alert) starts the next quote. Line A does both."
        )
    if "G" not in letters or "B" not in letters:
        return (
            "a quote still open at the end of the paragraph is lost (paragraph 5 of the practice "
            "article ends that way): lines B and G keep it."
        )
    function = _assemble(letters)
    if isinstance(function, str):
        return function
    for name in articles:
        for number, paragraph in enumerate(quote_paragraphs(name), start=1):
            try:
                result = function(paragraph)
            except Exception as error:  # noqa: BLE001 - the order of the student's lines
                return f"your function stopped with {type(error).__name__}: {error}"
            if result != expected_pairs(paragraph):
                return (
                    f"on the {name} article, paragraph {number}, your function gives "
                    f"{_show(result)}: every line is needed once, each in its place."
                )
    return None


def check_pairing_order(
    order: object, articles: tuple[str, ...] = QUOTES_SHOWN, *, strict: bool = False
) -> None:
    """Lesson 2, exercise 3: the letters of the lines of ``pair_quotes``, in order."""
    right = f"pair_quotes pairs the marks of each paragraph ({', '.join(articles)})."
    say("nb02-ex3", _pairing_problem(order, articles), right, strict=strict)


def pairing_function(order: object):  # noqa: ANN201 - a function of one paragraph
    """The function the student's lines make, for the lesson cells (a stand-in that says what is
    missing while the lines are not in order yet)."""
    letters, problem = _letters(order)
    function = _assemble(letters) if letters else problem
    if callable(function):
        return function

    def pair_quotes(paragraph: str) -> list[str]:
        raise ValueError(f"exercise 3 is not done yet ({function})")

    return pair_quotes


# --- Exercise 4: read "X said" after a quote, with the reporting-verb list -----------------------


_AFTER_VERB = "then the name is the capitalised words after the verb."


def _said_inputs(articles: tuple[str, ...]) -> list[str]:
    afters = [after for name in articles for after in quote_afters(name)]
    return list(dict.fromkeys([*afters, *SAID_EXTRAS]))


def _same_mention(given: object, wanted: str) -> bool:
    return isinstance(given, str) and _words(given) == _words(wanted)


def _said_problem(function: object, after: str) -> str | None:
    result, error = run_answer(function, after)
    if error:
        return error
    expected = expected_said(after)
    if isinstance(result, list) and len(result) == 2:
        result = tuple(result)
    if expected is None:
        if result is None:
            return None
        if isinstance(result, tuple) and len(result) == 2 and not _words(str(result[0])):
            return (
                f"after {_show(after)} you return an empty name: when no capitalised name follows "
                "the verb, return None."
            )
        return f"{_show(after)} has no 'X said' attribution in its sentence, return None."
    verb_first = f"{_show(after)} puts the verb first ('said Ray Dunleavy'): {_AFTER_VERB}"
    if result is None:
        if after.lstrip().split(" ")[0].lower() in _reporting_verbs():
            return verb_first
        cue = expected[1]
        if any(token != cue and token.strip(".,;:!?") == cue for token in after.split()):
            return (
                f"in {_show(after)} the cue {cue!r} comes with punctuation stuck to it: cut the "
                "sentence at its full stop, or take the words with re.findall, before comparing."
            )
        if cue != "said":
            return (
                f"you miss the cue {cue!r} in {_show(after)}: check every word against "
                "REPORTING_VERBS, not only 'said'."
            )
        return f"you find no attribution in {_show(after)}; it has {expected!r}."
    if not isinstance(result, tuple) or len(result) != 2:
        return f"return a pair (mention, cue) or None; your function gave {kind_of(result)}."
    mention, cue = result
    if cue != expected[1]:
        return f"in {_show(after)} the cue is {expected[1]!r}, you give {_show(cue)}."
    if _same_mention(mention, expected[0]):
        return None
    if not _words(str(mention or "")):
        return verb_first
    if isinstance(mention, str) and len(_words(mention)) > len(_words(expected[0])):
        return (
            f"in {_show(after)} the mention is {expected[0]!r}, you give {_show(mention)}: stop "
            "at the first word that is not capitalised, and look only at the first sentence."
        )
    return f"in {_show(after)} the mention is {expected[0]!r}, you give {_show(mention)}."


def check_said_function(
    function: object, articles: tuple[str, ...] = QUOTES_SHOWN, *, strict: bool = False
) -> None:
    """Lesson 2, exercise 4: ``read_said(after) -> (mention, cue) | None`` with the verb list."""
    problem = None
    inputs = _said_inputs(articles)
    if callable(function) and all(run_answer(function, a) == (None, None) for a in inputs):
        problem = (
            "read_said returns None for every quote: write its body, and return a pair "
            "(mention, cue) when it finds a reporting verb."
        )
        inputs = []
    for after in inputs:
        problem = _said_problem(function, after)
        if problem:
            if after not in SAID_EXTRAS:
                name = next(n for n in articles if after in quote_afters(n))
                problem = f"on the {name} article, {problem}"
            break
    right = f"your reader finds every 'X said' ({', '.join(articles)})."
    say("nb02-ex4", problem, right, strict=strict)


# --- Exercise 5: be the annotator ---------------------------------------------------------------

ANNOTATION_FIELDS = ("source", "cue", "content")
ANNOTATED_PARAGRAPH = 5  # of the practice article, counted from 1
CLASSMATE_MARKS = {  # a fictional classmate's marking of the same quote
    "source": "Ray Dunleavy, 71, who was pulled from the second floor of his home",
    "cue": "said",
    "content": "I've lived here through 11 hurricanes and I have never seen the water come this "
    "fast, It was in the kitchen, then it was on the stairs.",
}


def annotation_paragraph() -> str:
    """The paragraph students annotate: paragraph 5 of the practice article."""
    return quote_paragraphs("practice")[ANNOTATED_PARAGRAPH - 1]


def annotation_key() -> dict[str, str]:
    """The answer key's marking of the paragraph's first quote, from the practice gold.json."""
    import json

    from lessons.data import DATASETS

    path = DATASETS / QUOTE_ARTICLES["practice"] / "gold.json"
    gold = json.loads(path.read_text(encoding="utf-8"))
    quote = next(q for q in gold["quotes"] if q["text"] in annotation_paragraph())
    return {"source": quote["speaker_mention"], "cue": quote["cue"], "content": quote["text"]}


def agreement(first: object, second: object) -> float:
    """How far two markings of one field agree: the words they share, counted against the longer
    one (1.0 the same words, 0.5 half of them, 0.0 none). Capitals and punctuation do not count.

    >>> agreement("Ray Dunleavy", "Ray Dunleavy, 71")
    0.6666666666666666
    """
    a = Counter(w.casefold() for w in _words(str(first or "")))
    b = Counter(w.casefold() for w in _words(str(second or "")))
    longer = max(sum(a.values()), sum(b.values()))
    return sum((a & b).values()) / longer if longer else 1.0


def _marks_problem(marks: object) -> str | None:
    if marks is ...:
        return "your marking is still empty: replace the ... with a dict."
    if not isinstance(marks, dict):
        return f"give a dict with 'source', 'cue' and 'content'; you gave {kind_of(marks)}."
    missing = [f for f in ANNOTATION_FIELDS if f not in marks]
    if missing:
        return f"the dict has no {missing[0]!r}: give 'source', 'cue' and 'content'."
    if not all(isinstance(marks[f], str) and marks[f].strip() for f in ANNOTATION_FIELDS):
        return "each field should be the words you mark, copied from the paragraph (a string)."
    if "kitchen" in marks["content"]:
        return (
            "you mark two fragments: a quote runs from an opening mark to the next closing "
            "mark, so mark only the first one."
        )
    paragraph = annotation_paragraph()
    folded = " ".join(_words(paragraph)).casefold()
    for field in ANNOTATION_FIELDS:
        if " ".join(_words(marks[field])).casefold() not in folded:
            shown = _show(marks[field])
            return f"the {field} {shown} is not in paragraph 5: copy the words exactly."
    key = annotation_key()
    source, cue, content = (marks[f] for f in ANNOTATION_FIELDS)
    if agreement(source, key["source"]) < 1:
        if len(_words(source)) > len(_words(key["source"])):
            return (
                "the source is the name as the text gives it; the age and the description "
                "after it ('71, who was pulled ...') say who he is, they are not his name."
            )
        return "the source is the words that name who speaks, in full, as written."
    if agreement(cue, key["cue"]) < 1:
        return "the cue is the reporting verb alone, without the name."
    if agreement(content, key["content"]) < 1:
        if len(_words(content)) > len(_words(key["content"])):
            return "the content stops at the closing mark: the attribution is not part of it."
        return "the content is every word between the opening and the closing mark."
    return None


def check_annotation(marks: object, *, strict: bool = False) -> None:
    """Lesson 2, exercise 5: source, cue and content of the first quote of paragraph 5."""
    right = "your marking agrees with the answer key on every field."
    say("nb02-ex5", _marks_problem(marks), right, strict=strict)


def show_agreement(marks: object) -> None:
    """Print how the student's marking agrees with the answer key and with the classmate's."""
    import sys

    if not isinstance(marks, dict):
        sys.stderr.write("⚠ Not yet: mark the paragraph in exercise 5 first.\n")
        return
    key = annotation_key()
    pairs = {"you ~ key": (marks, key), "you ~ classmate": (marks, CLASSMATE_MARKS),
             "classmate ~ key": (CLASSMATE_MARKS, key)}  # fmt: skip
    print(f"{'':17}" + "".join(f"{field:>9}" for field in ANNOTATION_FIELDS) + "  overall")
    for label, (first, second) in pairs.items():
        scores = [agreement(first.get(f), second.get(f)) for f in ANNOTATION_FIELDS]
        cells = "".join(f"{score:9.2f}" for score in scores)
        print(f"{label:17}{cells}  {sum(scores) / len(scores):7.2f}")


# --- Exercise 6: the whole method on the practice article ---------------------------------------


def _table_problem(function: object, name: str) -> str | None:
    text = quote_article_text(name)
    result, error = run_answer(function, text)
    if error:
        return error
    if result is None:
        return "quote_table returns nothing (None): write its body and end it with return."
    if not isinstance(result, list) or not all(
        isinstance(row, tuple | list) and len(row) == 4 for row in result
    ):
        return f"return a list of rows (paragraph, quote, mention, cue); it gave {kind_of(result)}."
    expected = expected_quote_table(text)
    rows = [tuple(row) for row in result]
    if [r[0] for r in rows] == [r[0] - 1 for r in expected]:
        return "readers count paragraphs from 1: use enumerate(..., start=1)."
    if len(rows) != len(expected):
        found = f"on the {name} article you find {len(rows)} fragments"
        return f"{found}, pair_quotes finds {len(expected)}."
    for row, wanted in zip(rows, expected, strict=True):
        if row[:2] != wanted[:2]:
            return f"on the {name} article the row {_show(row[:2])} should be {_show(wanted[:2])}."
        same = row[3] == wanted[3] and (
            row[2] == wanted[2] if wanted[2] is None else _same_mention(row[2], wanted[2])
        )
        if same:
            continue
        if row[2] is None and wanted[2] is not None:
            return (
                f"on the {name} article {_show(row[1][:40])} gets no attribution: a fragment "
                "without its own takes the attribution of the fragment before it in its paragraph."
            )
        return f"on the {name} article the row for {_show(row[1][:40])} should be {_show(wanted)}."
    return None


def check_quote_table(
    function: object, articles: tuple[str, ...] = ("practice", "seed"), *, strict: bool = False
) -> None:
    """Lesson 2, exercise 6: ``quote_table(text)``: the whole method on a new article."""
    problem = first_problem(_table_problem, function, articles)
    right = f"your table matches, row by row ({', '.join(articles)})."
    say("nb02-ex6", problem, right, strict=strict)


def compare_with_kit(rows: list, text: str) -> list[tuple[int, str, str, str, str]]:
    """Where the student's table and the kit's quotes differ: (paragraph, quote, yours, kit's,
    how the kit found its speaker), paragraphs counted from 1."""
    from lessons import analyze

    rows = [row for row in rows if isinstance(row, tuple | list) and len(row) == 4]
    mine = {" ".join(_words(str(row[1]))): row[2] for row in rows}
    differences = []
    for quote in analyze(text).quotes:
        yours = mine.get(" ".join(_words(quote.text)), "(not found)")
        if yours is None or not _same_mention(yours, quote.speaker):
            short = quote.text if len(quote.text) <= 32 else quote.text[:29] + "..."
            differences.append(
                (quote.paragraph + 1, short, str(yours), quote.speaker, quote.speaker_how)
            )
    return differences


# --- The checks of the lesson before it was rebuilt (tests use them) ---------------------------


def check_quote_count(answer: object, article: object, *, strict: bool = False) -> None:
    """How many direct quotes (fragments between quote marks) the article has."""
    from lessons.quotes import find_quotes

    hint = "a quote broken by its attribution, or reopened after it, counts twice."
    with verdict(strict=strict):
        check_value(
            answer, len(find_quotes(article)), what="the number of direct quotes", hint=hint
        )


def check_speaker_of(answer: object, article: object, start: str, *, strict: bool = False) -> None:
    """Who said the quote that begins with ``start``."""
    from lessons.quotes import find_quotes

    hint = "a pronoun points back to someone named earlier: give the full name, without title."
    with verdict(strict=strict):
        said = [q.speaker for q in find_quotes(article) if q.text.startswith(start)]
        if not said:
            not_yet(f"the kit finds no quote beginning {start!r} in this article.")
        check_name(answer, said[0], what=f"the speaker of the quote beginning {start!r}", hint=hint)


def check_anonymous_speakers(answer: object, article: object, *, strict: bool = False) -> None:
    """The anonymous sources (quoted or paraphrased) of the article."""
    from lessons.quotes import find_indirect_quotes, find_quotes, speaker_kind

    statements = [*find_quotes(article), *find_indirect_quotes(article)]
    expected = {q.speaker for q in statements if speaker_kind(q.speaker) == "anonymous"}
    hint = "anonymous sources start with 'anonymous: ' in both tables (quotes, reported speech)."
    with verdict(strict=strict):
        check_items(answer, expected, what="the anonymous sources", hint=hint)


HINTS = {
    "nb02-ex1": (
        "A character class [...] matches any one of the characters inside it: one class for the "
        "marks that open, one for those that close.",
        "pattern = r'[“\"](.*?)[”\"]'  (the group ( ) keeps only the words between the marks)",
    ),
    "nb02-ex2": (
        "Count the opening and closing marks in paragraph 9 of the seed.",
        "Two “ and one ”: the first “ pairs with the only ”, whatever lies between them.",
    ),
    "nb02-ex3": (
        "def, the empty list, the loop; after the loop a quote left open; return last. One trap.",
        "C H E, then inside the loop J K (nothing open: open) and D F A (something open: close, "
        "and reopen on “), then B G after the loop, then I.",
    ),
    "nb02-ex4": (
        "Cut the text at the first . ! or ?, split it into words with re.findall, and find the "
        "first word that is in REPORTING_VERBS.",
        'words = re.findall(r"[\\w’\'-]+", re.split(r"[.!?]", after)[0]); the first word in '
        "REPORTING_VERBS at i > 0: return ' '.join(words[:i]), word; at i == 0: the capitalised "
        "words after it.",
    ),
    "nb02-ex5": (
        "Source: who speaks, as named; cue: the verb; content: from an opening to a closing mark.",
        "The name stops before ', 71'; the cue is one word; the content ends with 'this fast,'.",
    ),
    "nb02-ex6": (
        "For each paragraph (from 1), each fragment of pair_quotes: read_said(text_after(...)).",
        "said = None before the fragments of a paragraph; said = read_said(...) or said; "
        "mention, cue = said or (None, None); rows.append((number, fragment, mention, cue)).",
    ),
}
