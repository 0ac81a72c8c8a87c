"""Lesson 1: from raw text to the parts of a news article.

A story copied from a news site is more than the story: a headline, a dek (the subheadline),
a byline, a photo credit and caption, the body, and around it the site's chrome (sign-in
prompts, copyright lines, "Related:" links). A reporter reads past the chrome without noticing;
a program has to be told. :func:`parse_article` sorts every line of the raw text into those parts,
in five steps, one module each:

1. :mod:`~lessons.article.reading`: read the text (UTF-8, not empty, not a binary file).
2. :mod:`~lessons.article.lines`: split it into lines and units (a blank line ends a unit).
3. :mod:`~lessons.article.chrome`: say what kind of line each unit is: a date line, a byline,
   a photo credit, a dateline ("KYIV, Ukraine (AP) -"), site chrome, or prose.
4. :mod:`~lessons.article.layout`: put it together: headline, dek, caption, body, set-asides.
5. :mod:`~lessons.article.words`: sentences and words with NLTK, and the most common words.

Every part is a :class:`Span`: its text plus where it sits in the raw text (``start``/``end``
character offsets), so later lessons can point back at the exact words.

>>> article = parse_article("Mayor Wins Vote\\n\\nBy Ana Ruiz\\n\\nThe mayor won. She was glad.")
>>> article.headline.text, article.byline.text, len(article.paragraphs)
('Mayor Wins Vote', 'By Ana Ruiz', 1)
"""

from lessons.article.chrome import (
    BYLINE,
    CREDIT,
    DATE_LINE,
    DATELINE,
    TRAILING_CREDIT,
    boilerplate_reason,
)
from lessons.article.layout import looks_like_html, parse_article, reads_as_caption
from lessons.article.parts import Article
from lessons.article.reading import decode_text, read_text_file
from lessons.article.spans import Paragraph, Sentence, SetAside, Span, Token
from lessons.article.words import (
    NEWS_ABBREVIATIONS,
    QUOTE_FOLDS,
    fold,
    plot_word_frequencies,
    split_sentences,
    split_words,
    word_frequencies,
    word_spans,
)

__all__ = [
    "BYLINE",
    "CREDIT",
    "DATELINE",
    "DATE_LINE",
    "NEWS_ABBREVIATIONS",
    "QUOTE_FOLDS",
    "TRAILING_CREDIT",
    "Article",
    "Paragraph",
    "SetAside",
    "Sentence",
    "Span",
    "Token",
    "boilerplate_reason",
    "decode_text",
    "fold",
    "looks_like_html",
    "parse_article",
    "plot_word_frequencies",
    "reads_as_caption",
    "read_text_file",
    "split_sentences",
    "split_words",
    "word_frequencies",
    "word_spans",
]
