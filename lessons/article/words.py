"""Step 5: sentences and words (NLTK), word counts, and folding quotation marks."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from lessons.article.spans import Span, Token

if TYPE_CHECKING:
    from lessons.article.parts import Article


# Titles that news copy abbreviates and Punkt's English model does not know ("Gov. Ana Ruiz"),
# and the label of a recalled lot's expiry date ("Lot 2207, 20 mg, Exp. 09/30/2019").
NEWS_ABBREVIATIONS = frozenset(
    "gov sgt capt det supt atty mt blvd rev cmdr cpl pvt insp exp".split()
)


# Words that open a sentence after an abbreviation's full stop ("starts at 11 a.m. Last year,
# drivers ..."), which Punkt's English model does not list among its sentence starters.
SENTENCE_STARTERS = frozenset("last next she we after on".split())


@cache
def _sentence_splitter():  # noqa: ANN202 - an NLTK PunktTokenizer
    from nltk.tokenize import PunktTokenizer

    from lessons.data import require

    require("punkt_tab")
    splitter = PunktTokenizer("english")
    splitter._params.abbrev_types.update(NEWS_ABBREVIATIONS)
    splitter._params.sent_starters.update(SENTENCE_STARTERS)
    return splitter


@cache
def _word_splitter():  # noqa: ANN202 - an NLTK NLTKWordTokenizer
    """NLTK's word tokenizer, its own fixed rules run by Python's ``re``.

    NLTK 3.10 runs every rule through ``nltk.redos`` (the ``regex`` engine under a time
    limit), a guard meant for patterns a caller supplies. These rules are NLTK's own and
    linear; ``re`` runs them in half the time and splits every word the same
    (``tests/test_article.py`` compares the two on every stored sentence).
    """
    from nltk.tokenize import NLTKWordTokenizer

    class WordSplitter(NLTKWordTokenizer):
        pass

    for name, rules in vars(NLTKWordTokenizer).items():
        if name.isupper() and isinstance(rules, list | tuple):
            setattr(WordSplitter, name, _with_plain_re(rules))
    return WordSplitter()


_RE_FLAGS = re.IGNORECASE | re.MULTILINE | re.DOTALL | re.VERBOSE | re.ASCII | re.UNICODE


def _with_plain_re(rules: list | tuple) -> list | tuple:
    """A rule list (or one ``(pattern, replacement)`` rule) with each pattern compiled by ``re``;
    a pattern ``re`` cannot read stays NLTK's."""

    def plain(pattern: object) -> object:
        source, flags = getattr(pattern, "pattern", None), getattr(pattern, "flags", 0)
        if not isinstance(source, str) or isinstance(pattern, re.Pattern):
            return pattern
        try:
            return re.compile(source, flags & _RE_FLAGS)
        except re.error:
            return pattern

    if isinstance(rules, tuple) and len(rules) == 2 and isinstance(rules[1], str):
        return (plain(rules[0]), rules[1])
    return [_with_plain_re(rule) if isinstance(rule, tuple) else plain(rule) for rule in rules]


def opens_a_sentence(word: str) -> bool:
    """Does a capitalised word after an abbreviation's full stop start a new sentence, as the
    sentence splitter reads it ("starts at 11 a.m. Last year, ...")?

    >>> opens_a_sentence("Last"), opens_a_sentence("Monday")
    (True, False)
    """
    return word[:1].isupper() and word.casefold() in _sentence_splitter()._params.sent_starters


def split_sentences(span: Span) -> list[Span]:
    """Split a span of text into sentences (Punkt), keeping raw-text offsets.

    >>> [s.text for s in split_sentences(Span("The U.S. agreed. Kyiv cheered.", 0, 30))]
    ['The U.S. agreed.', 'Kyiv cheered.']
    """
    spans = _sentence_splitter().span_tokenize(span.text)
    return [Span(span.text[a:b], span.start + a, span.start + b) for a, b in spans]


def split_words(span: Span) -> list[Token]:
    """Split a span of text into word tokens (NLTK's Treebank-style rules), with offsets."""
    text = span.text
    return [Token(text[a:b], span.start + a, span.start + b) for a, b in word_spans(text)]


_FALLBACK_WORD = re.compile(r"\w+(?:[-'\u2019.]\w+)*|[^\w\s]")


def word_spans(text: str) -> list[tuple[int, int]]:
    """Where each word token of a text starts and ends, as :func:`split_words` splits it.

    >>> word_spans("It's due Monday.")
    [(0, 2), (2, 4), (5, 8), (9, 15), (15, 16)]
    """
    try:
        return list(_word_splitter().span_tokenize(text))
    except ValueError:  # NLTK cannot align some unusual quote sequences: fall back to a regex
        return [(m.start(), m.end()) for m in _FALLBACK_WORD.finditer(text)]


def word_frequencies(article: Article, top: int = 15) -> list[tuple[str, int]]:
    """The most common words of the body, lower-cased, without stopwords, numbers or punctuation.

    Ties are broken alphabetically so the list is the same on every run.
    """
    from collections import Counter

    from lessons.nlp import stopwords

    skip = stopwords()
    words = (token.text.casefold().replace("\u2019", "'") for token in article.tokens)
    counts = Counter(w for w in words if w.isalpha() and w not in skip and len(w) > 1)
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:top]


def plot_word_frequencies(frequencies: list[tuple[str, int]], title: str = "Most common words"):  # noqa: ANN201
    """A horizontal bar chart of word counts, most common at the top; returns the Figure."""
    from lessons.figures import new_figure

    words = [w for w, _ in frequencies][::-1]
    counts = [c for _, c in frequencies][::-1]
    if frequencies:
        top, uses = frequencies[0]
        description = (
            f"Bar chart, {title.lower()}: the {len(frequencies)} most common words of the body; "
            f"{top!r} leads with {uses} uses"
            + (
                f", then {frequencies[1][0]!r} with {frequencies[1][1]}."
                if len(frequencies) > 1
                else "."
            )
        )
    else:
        description = f"Bar chart, {title.lower()}: no words to count."
    figure = new_figure(7, 0.32 * len(words) + 1.2, description)
    axes = figure.subplots()
    axes.barh(words, counts, color="#0072B2")
    axes.set_xlabel("times used in the body")
    axes.set_title(title)
    axes.xaxis.get_major_locator().set_params(integer=True)
    axes.spines[["top", "right"]].set_visible(False)
    figure.tight_layout()
    return figure


# Every way of writing a quotation mark or apostrophe, and the plain keyboard mark it stands for.
QUOTE_FOLDS = str.maketrans(
    {
        "\u2018": "'",  # ‘
        "\u2019": "'",  # ’
        "\u201a": "'",  # ‚
        "\u201b": "'",  # ‛
        "\u2032": "'",  # ′
        "\u201c": '"',  # “
        "\u201d": '"',  # ”
        "\u201e": '"',  # „
        "\u201f": '"',  # ‟
        "\u2033": '"',  # ″
        "\u00ab": '"',  # «
        "\u00bb": '"',  # »
    }
)


def fold(text: str) -> str:
    """Text with curly quotes made straight and every run of spaces (NBSP too) made one space.

    >>> fold("\u201cNot\u00a0yet,\u201d she said.")
    '"Not yet," she said.'
    """
    return " ".join(text.translate(QUOTE_FOLDS).split())
