"""Instant feedback for lesson 1, where students write each step and then meet the kit's.

These checks print "⚠ Not yet: ..." and let the notebook go on (Run All reaches the end with the
answers blank). With ``strict=True`` (the hidden tests) they raise :class:`~lessons.checks.NotYet`,
so the grader fails the cell. A function answer is run on the seed and the practice article in the
visible check, and on a second article in the hidden tests, so a copied literal fails there.
:func:`graded_calls` lists those inputs for the grader. Every name is also reached from
``lessons.checks``.
"""

from __future__ import annotations

from lessons.checks.core import _show, first_problem, kind_of, run_answer, say

__all__ = [
    "CHOICES_EX1",
    "HINTS",
    "LESSON1_ARTICLES",
    "PARSONS_EX3",
    "PHRASE_CHROME",
    "RIGHT_ORDER_EX3",
    "SHOWN",
    "article_lines",
    "article_paragraphs",
    "article_sentences",
    "article_text",
    "check_choice_ex1",
    "check_chrome_function",
    "check_content_words",
    "check_most_common_words",
    "check_parsons_ex3",
    "check_sentence_function",
    "expected_content_words",
    "expected_counts",
    "expected_sentences",
    "graded_calls",
    "show_parsons_ex3",
    "stopword_set",
    "words_problem",
]

LESSON1_ARTICLES = {
    "seed": "seed",
    "practice": "practice/harlow-creek-water-main",
    "second": "practice/port-callow-bridge-closure",
}
SHOWN = ("seed", "practice")  # the articles the visible checks use
PHRASE_CHROME = frozenset(
    {
        "copyright",
        "terms of use",
        "sign-in prompt",
        "advertisement",
        "related link",
        "share buttons",
        "newsletter prompt",
    }
)  # chrome a phrase gives away; a masthead or a lone "or" needs the kit's rules of shape


def article_text(name: str) -> str:
    """The raw text of one of lesson 1's articles: "seed", "practice" or "second"."""
    from lessons.article import read_text_file
    from lessons.data import DATASETS

    return read_text_file(DATASETS / LESSON1_ARTICLES[name] / "article.txt")


def article_lines(name: str) -> list[str]:
    """The lines of an article's raw text."""
    return article_text(name).splitlines()


def _parsed(name: str):  # noqa: ANN202 - an Article
    from lessons.article import parse_article

    return parse_article(article_text(name))


def article_paragraphs(name: str) -> list[str]:
    """The body paragraphs of an article, as the kit finds them (strings)."""
    return [paragraph.text for paragraph in _parsed(name).paragraphs]


def article_sentences(name: str, most: int = 8) -> list[str]:
    """The first sentences of an article's body, as NLTK's Punkt splits them."""
    import nltk

    return [s for p in article_paragraphs(name) for s in nltk.sent_tokenize(p)][:most]


def graded_calls() -> dict[str, dict[str, list[list[object]]]]:
    """For the grader: the inputs each lesson-1 check runs a function answer on (all articles).

    Inside the grading sandbox a function answer is called on each of these argument lists and
    only its results cross back, as plain data.
    """
    names = list(LESSON1_ARTICLES)
    return {
        "nb01-ex2-check": {"set_aside_chrome": [[article_lines(n)] for n in names]},
        "nb01-ex4-check": {"split_sentences": [[article_paragraphs(n)] for n in names]},
        "nb01-ex5-check": {
            "content_words": [[s] for n in names for s in article_sentences(n)],
        },
        "nb01-ex6-check": {"most_common_words": [[article_text(n), 10] for n in names]},
    }


# Exercise 1: a multiple-choice question; every wrong answer says which idea it mistook.
CHOICES_EX1 = {
    "A": "Look again at line 12 of the raw text: it opens with a quotation mark, so the story "
    "does quote people.",
    "B": None,
    "C": "count() looks for any piece of text, even one character: 'banana'.count('a') is 3.",
    "D": "A non-breaking space is a character of its own; it hides nothing next to it.",
}


def check_choice_ex1(answer: object, *, strict: bool = False) -> None:
    """Lesson 1, exercise 1: why ``text.count('"')`` finds no quotation marks."""
    problem = None
    if answer is ...:
        problem = "your answer is still empty: replace the ... with a letter, like 'A'."
    elif not isinstance(answer, str) or answer.strip().upper() not in CHOICES_EX1:
        problem = f"write one letter, A, B, C or D, between quotes; you gave {_show(answer)}."
    else:
        problem = CHOICES_EX1[answer.strip().upper()]
    say(
        "nb01-ex1",
        problem,
        'the marks in the text are curly (“ ”), other characters than the straight ".',
        strict=strict,
    )


def _chrome_problem(function: object, name: str) -> str | None:
    from lessons.article import boilerplate_reason

    lines = article_lines(name)
    result, error = run_answer(function, list(lines))
    if error:
        if "pattern" in error or "ellipsis" in error:
            return "the pattern is still empty: replace the ... with a regular expression string."
        return error
    if not isinstance(result, tuple | list) or len(result) != 2:
        return f"return two lists, (kept, set_aside); your function gave {kind_of(result)}."
    kept, aside = result
    if not isinstance(kept, list) or not isinstance(aside, list):
        return f"kept and set_aside should be lists; you gave {kind_of(kept)} and {kind_of(aside)}."
    if any(not str(line).strip() for line in [*kept, *aside]):
        return "blank lines belong in neither list: skip them."
    if sorted(map(str, kept + aside)) != sorted(line for line in lines if line.strip()):
        return "every non-blank line should land in exactly one of the two lists."
    if kept != [line for line in lines if line in kept]:
        return "keep the lines in the order of the text."
    body = set(article_paragraphs(name))
    wrongly = [line for line in aside if line.strip() in body]
    if wrongly:
        return f"on the {name} article it sets aside a story paragraph: {_show(wrongly[0][:60])}."
    missed = [line for line in kept if boilerplate_reason(line) in PHRASE_CHROME]
    if missed:
        return f"on the {name} article it keeps the chrome line {_show(missed[0][:60])}."
    return None


def check_chrome_function(
    function: object, articles: tuple[str, ...] = SHOWN, *, strict: bool = False
) -> None:
    """Lesson 1, exercise 2: ``set_aside_chrome(lines) -> (kept, set_aside)`` with a regex."""
    problem = first_problem(_chrome_problem, function, articles)
    say(
        "nb01-ex2",
        problem,
        f"your pattern sets the chrome aside and keeps the story ({', '.join(articles)}).",
        strict=strict,
    )


# Exercise 3: a Parsons problem; the lines are given, the student puts them in order.
PARSONS_EX3 = {
    "A": "    return [block for block in blocks if block]",
    "B": "def paragraphs_of(text):",
    "C": "    blocks = [block.strip() for block in blocks]",
    "D": '    blocks = re.split(r"\\n\\s*\\n", text)',
    "E": "    return blocks",
}
RIGHT_ORDER_EX3 = ("B", "D", "C", "A")


def show_parsons_ex3() -> None:
    """Print the shuffled lines of exercise 3 with their letters."""
    for letter, line in PARSONS_EX3.items():
        print(f"{letter}: {line}")


def check_parsons_ex3(order: object, article: str = "seed", *, strict: bool = False) -> None:
    """Lesson 1, exercise 3: the letters of the lines of ``paragraphs_of``, in order."""
    import re

    problem = None
    if order is ...:
        problem = "your answer is still empty: replace the ... with a list of letters."
    elif not isinstance(order, list | tuple) or not all(isinstance(x, str) for x in order):
        problem = f"give a list of letters, like ['B', 'A']; you gave {kind_of(order)}."
    else:
        letters = [x.strip().upper() for x in order]
        unknown = [x for x in letters if x not in PARSONS_EX3]
        if unknown:
            problem = f"there is no line {unknown[0]!r}: use the letters A to E."
        elif "E" in letters:
            problem = "line E returns the blocks before the empty ones are dropped: leave it out."
        elif not letters or letters[0] != "B":
            problem = "a function starts with its def line."
        elif letters[-1] != "A":
            problem = "return ends a function: a line after it never runs, so return goes last."
        elif "D" in letters and "C" in letters and letters.index("C") < letters.index("D"):
            problem = "line C cleans blocks that do not exist yet: split the text first."
        elif tuple(letters) != RIGHT_ORDER_EX3:
            problem = "each of the lines B, D, C and A is needed once."
        else:
            space: dict[str, object] = {"re": re}
            exec("\n".join(PARSONS_EX3[x] for x in letters), space)  # noqa: S102 - the kit's lines
            expected = [b.strip() for b in re.split(r"\n\s*\n", article_text(article))]
            if space["paragraphs_of"](article_text(article)) != [b for b in expected if b]:
                problem = "the function does not give the paragraphs."
    say("nb01-ex3", problem, "paragraphs_of splits at blank lines and drops empty blocks.",
         strict=strict)  # fmt: skip


def expected_sentences(paragraphs: list[str]) -> list[str]:
    """NLTK's Punkt sentences of each paragraph, in one flat list (the model of exercise 4)."""
    import nltk

    return [sentence for paragraph in paragraphs for sentence in nltk.sent_tokenize(paragraph)]


def _sentences_problem(function: object, name: str) -> str | None:
    paragraphs = article_paragraphs(name)
    result, error = run_answer(function, list(paragraphs))
    if error:
        return error
    if result is None:
        return "split_sentences returns nothing (None): write its body and end it with return."
    if isinstance(result, str):
        return "return a list of sentences, not one string."
    if not isinstance(result, list):
        return f"return a list of sentences; your function gave {kind_of(result)}."
    if result and all(isinstance(item, list) for item in result):
        return "you return one list per paragraph: put every sentence in one flat list."
    expected = expected_sentences(paragraphs)
    if result == expected:
        return None
    cut = [s for s in result if isinstance(s, str) and s.rstrip().endswith(("U.S", " U"))]
    if cut:
        return (
            f"on the {name} article a sentence ends at an abbreviation ({_show(cut[0][-40:])}): "
            "a split at full stops does not know abbreviations; NLTK's sent_tokenize does."
        )
    first = next(
        (i for i, (a, b) in enumerate(zip(result, expected, strict=False)) if a != b), None
    )
    where = f" The first difference is sentence {first + 1}." if first is not None else ""
    found = f"on the {name} article you found {len(result)} sentences"
    return f"{found}, Punkt finds {len(expected)}.{where}"


def check_sentence_function(
    function: object, articles: tuple[str, ...] = SHOWN, *, strict: bool = False
) -> None:
    """Lesson 1, exercise 4: ``split_sentences(paragraphs) -> list[str]`` with sent_tokenize."""
    problem = first_problem(_sentences_problem, function, articles)
    say("nb01-ex4", problem, f"your sentences match Punkt's ({', '.join(articles)}).",
         strict=strict)  # fmt: skip


def stopword_set() -> frozenset[str]:
    """NLTK's English stopwords."""
    from lessons.nlp import stopwords

    return frozenset(stopwords())


def expected_content_words(sentence: str) -> list[str]:
    """The model of exercise 5: lower-case words, no punctuation, no stopwords, in order."""
    import nltk

    skip = stopword_set()
    words = (token.lower() for token in nltk.word_tokenize(sentence))
    return [word for word in words if word.isalpha() and word not in skip]


def words_problem(result: object, expected: list[str], what: str) -> str | None:
    """Name the usual mistake in a list of words: punctuation, capitals, stopwords."""
    if result is None:
        return f"{what} returns nothing (None): write its body and end it with return."
    if isinstance(result, set | frozenset):
        return "you return a set: a set loses the order and the repeats, and counting needs both."
    if not isinstance(result, list) or not all(isinstance(w, str) for w in result):
        return f"{what} should return a list of strings; it gave {kind_of(result)}."
    if result == expected:
        return None
    punctuation = [w for w in result if not w.isalpha()]
    if punctuation:
        return (
            f"it counts punctuation as words ({punctuation[0]!r}): keep only tokens made of "
            "letters (.isalpha())."
        )
    capitals = [w for w in result if w != w.lower()]
    if capitals:
        return f"case is not folded ({capitals[0]!r}): 'The' and 'the' must count as one word."
    kept = [w for w in result if w in stopword_set()]
    if kept:
        return f"stopwords are kept ({kept[0]!r}): leave out stopwords.words('english')."
    missing = [w for w in expected if w not in result]
    if missing:
        return f"it misses {missing[0]!r}: tokenise with word_tokenize, not split()."
    return f"it gives {_show(result)}, expected {_show(expected)}."


def check_content_words(
    function: object, articles: tuple[str, ...] = SHOWN, *, strict: bool = False
) -> None:
    """Lesson 1, exercise 5: ``content_words(sentence) -> list[str]`` with word_tokenize."""
    problem = None
    for name, sentence in ((n, s) for n in articles for s in article_sentences(n)):
        result, error = run_answer(function, sentence)
        problem = error or words_problem(result, expected_content_words(sentence), "content_words")
        if problem:
            problem = f"on the {name} article, {problem} (sentence: {_show(sentence[:50])})"
            break
    say("nb01-ex5", problem, f"your words match on every sentence ({', '.join(articles)}).",
         strict=strict)  # fmt: skip


def expected_counts(text: str) -> dict[str, int]:
    """How often each content word occurs in the body of an article (the model of exercise 6)."""
    from collections import Counter

    from lessons.article import parse_article

    paragraphs = [p.text for p in parse_article(text).paragraphs]
    return Counter(w for s in expected_sentences(paragraphs) for w in expected_content_words(s))


def _top_problem(function: object, name: str, n: int = 10) -> str | None:
    text = article_text(name)
    result, error = run_answer(function, text, n)
    if error:
        return error
    if result is None:
        return "most_common_words returns nothing (None): write its body and end it with return."
    if type(result).__name__ in ("FreqDist", "Counter", "dict"):
        return "return freq.most_common(n), a list of (word, count) pairs, not the counts."
    pairs_ok = isinstance(result, list) and all(
        isinstance(p, tuple | list) and len(p) == 2 and isinstance(p[0], str) for p in result
    )
    if not pairs_ok:
        return f"return a list of (word, count) pairs; your function gave {kind_of(result)}."
    counts = expected_counts(text)
    words = [w for w, _ in result]
    plain = [w for w in words if w.isalpha() and w == w.lower() and w not in stopword_set()]
    shape = words_problem(words, plain, "most_common_words")
    if shape:
        return f"on the {name} article {shape}"
    if len(result) != min(n, len(counts)):
        return f"asked for {n} words, your function gave {len(result)}."
    numbers = [c for _, c in result]
    if numbers != sorted(numbers, reverse=True):
        return "put the most common word first (FreqDist's most_common does)."
    wrong = [(w, c) for w, c in result if counts.get(w) != c]
    if wrong:
        word, count = wrong[0]
        if count > counts.get(word, 0):
            return (
                f"on the {name} article you count {word!r} {count} times, the body has it "
                f"{counts.get(word, 0)} times: count the body paragraphs only, not the headline, "
                "caption or chrome."
            )
        return f"on the {name} article you count {word!r} {count} times, not {counts[word]}."
    best = sorted(counts.values(), reverse=True)[: len(result)]
    if numbers != best:
        return f"on the {name} article a more common word is missing from your list."
    return None


def check_most_common_words(
    function: object, articles: tuple[str, ...] = ("practice", "seed"), *, strict: bool = False
) -> None:
    """Lesson 1, exercise 6: ``most_common_words(text, n)``: the whole method on a new article."""
    problem = first_problem(_top_problem, function, articles)
    say("nb01-ex6", problem, f"your counts match the body's ({', '.join(articles)}).",
         strict=strict)  # fmt: skip


HINTS = {
    "nb01-ex1": (
        "Print the raw text's line 12 with repr(): which character opens the quote?",
        "Compare '\\u201c' == '\"': the curly mark and the straight one are different characters.",
    ),
    "nb01-ex2": (
        "Join the phrases chrome uses with | : copyright, sign in, subscribe, share this ...",
        'pattern = r"©|copyright|all rights reserved|sign in|subscribe|share this|'
        'advertisement|related:|terms of use"  (the search ignores case)',
    ),
    "nb01-ex3": (
        "A function starts with def and ends with return; one line is a trap.",
        "Split the text, then strip each block, then return only the blocks that are not empty.",
    ),
    "nb01-ex4": (
        "Loop over the paragraphs and give each one to nltk.sent_tokenize.",
        "sentences = []\nfor paragraph in paragraphs:\n"
        "    sentences.extend(sent_tokenize(paragraph))\nreturn sentences",
    ),
    "nb01-ex5": (
        "word_tokenize the sentence; lower-case each token; keep it only if .isalpha() and it "
        "is not in STOPWORDS.",
        "return [t.lower() for t in word_tokenize(sentence)\n"
        "        if t.isalpha() and t.lower() not in STOPWORDS]",
    ),
    "nb01-ex6": (
        "parse_article(text).paragraphs gives the body; your split_sentences and content_words "
        "do the rest; FreqDist counts.",
        "paragraphs = [p.text for p in parse_article(text).paragraphs]\n"
        "words = [w for s in split_sentences(paragraphs) for w in content_words(s)]\n"
        "return FreqDist(words).most_common(n)",
    ),
}
