"""One annotation pass: an Article's story split into sentences, words and tags, once.

Lessons 2, 3 and 4 all read the same sentences. Rather than each lesson splitting and tagging
the text again, :func:`read_document` builds a :class:`Document` once per article and every
stage shares it:

1. **Story parts.** Headline, dek, caption and body paragraphs, without the dateline
   ("KYIV, Ukraine (AP) -") or the photo credit at the end of a caption: they are labels, not
   sentences.
2. **Sentences.** NLTK's Punkt splitter with the news abbreviations (``Gov.``, ``Sgt.``); a
   sentence that Punkt ends after a title ("... to Gov. Lena Pryor") is joined back.
3. **Words.** NLTK's Treebank word rules, with offsets into the raw text; curly quotes are read
   as straight ones so "Ukraine’s" splits like "Ukraine's".
4. **Tags.** Penn Treebank part-of-speech tags from NLTK's averaged perceptron tagger, computed
   the first time a stage asks for a sentence's tags, and once per distinct sentence text.

>>> from lessons.article import parse_article
>>> doc = read_document(parse_article("Mayor Wins\\n\\nGov. Ana Ruiz spoke. She left."))
>>> [s.text for s in doc.sentences]
['Mayor Wins', 'Gov. Ana Ruiz spoke.', 'She left.']
>>> doc.sentences[1].tagged[:3]
[('Gov.', 'NNP'), ('Ana', 'NNP'), ('Ruiz', 'NNP')]
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from lessons import nlp, vocab
from lessons.article import (
    TRAILING_CREDIT,
    Article,
    Span,
    reads_as_caption,
    split_sentences,
    word_spans,
)

STRAIGHT = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})


@dataclass(frozen=True)
class Word(Span):
    """One word or punctuation mark of a sentence, with its offsets in the raw text."""

    @cached_property
    def plain(self) -> str:
        """The word with straight quotes: "Ukraine’s" and "Ukraine's" look alike."""
        return self.text.translate(STRAIGHT)


_Shape = tuple[tuple[str, int, int], ...]  # (word, start, end), offsets within the sentence


@dataclass(frozen=True, eq=False)
class StorySentence:
    """One sentence of a story part, split into words; ``tags`` are computed when first asked.

    ``part`` is "headline", "dek", "caption" or "body"; ``paragraph`` the body paragraph's index
    (None outside the body); ``number`` counts every story sentence from 0 in reading order.
    """

    part: str
    paragraph: int | None
    number: int
    span: Span
    words: tuple[Word, ...]
    # Tags of every sentence text already tagged in this document: a repeated line is tagged once.
    _tag_memo: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False)

    @property
    def text(self) -> str:
        return self.span.text

    @property
    def start(self) -> int:
        return self.span.start

    @property
    def end(self) -> int:
        return self.span.end

    @property
    def part_name(self) -> str:
        """The part as a reader names it: "headline", "caption", "paragraph 3" (the third one:
        readers count paragraphs from 1, the ``paragraph`` index from 0)."""
        return self.part if self.paragraph is None else f"paragraph {self.paragraph + 1}"

    @cached_property
    def tags(self) -> tuple[str, ...]:
        """Penn Treebank tags, one per word (NNP = proper noun, VBD = past tense ...)."""
        tags = self._tag_memo.get(self.span.text)
        if tags is None:
            tags = self._tag_memo[self.span.text] = tag_words(self.words)
        return tags

    def first_tags(self, count: int) -> tuple[str, ...]:
        """The tags of the first ``count`` words, the same as ``tags[:count]``.

        A sentence far longer than that which nobody has tagged yet (a text without spaces is
        one 2 MB "sentence") is tagged only a few words past ``count``: the tagger looks two
        words ahead and a quote mark's reading depends on the next word, so the tags are equal.
        """
        if "tags" in vars(self) or self.span.text in self._tag_memo:
            return self.tags[:count]
        if len(self.words) <= count + TAGGER_LOOKS_AHEAD:
            return self.tags[:count]
        return tag_words(self.words[: count + TAGGER_LOOKS_AHEAD])[:count]

    @property
    def tagged(self) -> list[tuple[str, str]]:
        """(word, tag) pairs, the shape NLTK's chunkers read."""
        return list(zip([w.text for w in self.words], self.tags, strict=True))


TAGGER_LOOKS_AHEAD = 3  # words past the last one whose tag is wanted (see first_tags)


def tag_words(words: tuple[Word, ...]) -> tuple[str, ...]:
    """Tags for a sentence's words; straight quotes, and ``"`` as the tagger's opening ``````
    or closing ``''`` mark (see :func:`quote_marks`)."""
    texts = quote_marks(words)
    return tuple(tag for _, tag in nlp.tag_words(texts)) if texts else ()


def quote_marks(words: Sequence[Word]) -> list[str]:
    """The words as the tagger was trained on them: straight quotes, and each double quote as
    an opening ``````  or a closing ``''`` mark, told apart by where it stands.

    A mark that sticks to the word before it, or ends the sentence, closes; one that sticks to
    the word after it opens; one glued on both sides (text without spaces) alternates.

    >>> text = '"We will," he said, "reopen it"'
    >>> quote_marks([Word(w, a, b) for w, a, b in word_shapes(text)])
    ['``', 'We', 'will', ',', "''", 'he', 'said', ',', '``', 'reopen', 'it', "''"]
    """
    texts = []
    marks = 0  # double quotes so far
    for i, word in enumerate(words):
        plain = word.plain
        if plain != '"':
            texts.append(plain)
            continue
        before = i > 0 and words[i - 1].end == word.start
        after = i + 1 < len(words) and words[i + 1].start == word.end
        if i == len(words) - 1 or (before and not after):
            texts.append("''")
        elif before and after:
            texts.append("''" if marks % 2 else "``")
        else:
            texts.append("``")
        marks += 1
    return texts


def word_shapes(text: str) -> _Shape:
    """The words of a text as (word, start, end), offsets counted from the start of the text.

    >>> word_shapes("Kyiv’s mayor")
    (('Kyiv', 0, 4), ('’s', 4, 6), ('mayor', 7, 12))
    """
    return tuple((text[a:b], a, b) for a, b in word_spans(text.translate(STRAIGHT)))


# ---------------------------------------------------------------------------------------------
# Step 1: the story parts, without datelines and credits

_SLASH_CREDIT = re.compile(
    r"(?<=[.!?)])\s+(?P<credit>[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3}\s*/\s*"
    r"[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3})\s*$"
)


def caption_credit(article: Article) -> Span | None:
    """The photo credit at the end of a caption ("... 2024. AP/Jo Mercado"), if any."""
    caption = article.caption
    if caption is None:
        return None
    text = caption.text
    start = None
    credit = article.photo_credit
    if credit is not None and text.endswith(credit.text) and len(text) > len(credit.text):
        start = len(text) - len(credit.text)
    elif (match := _SLASH_CREDIT.search(text)) is not None:
        start = match.start("credit")
    elif (match := TRAILING_CREDIT.search(text)) is not None and match.start() > 0:
        start = match.start() + len(match.group()) - len(match.group().lstrip(" ("))
    if start is None:
        return None
    piece = text[start:].rstrip(" )")
    return Span(piece, caption.start + start, caption.start + start + len(piece))


def story_spans(article: Article) -> list[tuple[str, Span]]:
    """The story parts (name, span) with a caption's trailing credit and the dateline cut off."""
    spans: list[tuple[str, Span]] = []
    for name, span in article.story_parts():
        text = span.text
        if name == "caption" and (credit := caption_credit(article)) is not None:
            text = text[: credit.start - span.start].rstrip(" (")
        start = span.start
        if article.dateline is not None and span.start <= article.dateline.start < span.end:
            cut = article.dateline.end - span.start
            rest = text[cut:]
            skip = len(rest) - len(rest.lstrip(" \t\u00a0—–-:"))
            start = span.start + cut + skip
            text = text[cut + skip :]
        if text.strip():
            spans.append((name, Span(text, start, start + len(text))))
    return spans


# ---------------------------------------------------------------------------------------------
# Step 2: sentences


def _ends_with_title(text: str) -> bool:
    words = text.split()
    return bool(words) and words[-1].endswith(".") and words[-1].casefold() in vocab.TITLES


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The lines of ``text[start:end]`` that hold words, as (start, end) pairs: a headline
    written over two lines ("... sets April hearing / Fuel-line fault linked to 14 fires")
    is two sentences.

    >>> _lines("Regulator sets April hearing\\nFault linked to fires", 0, 50)
    [(0, 28), (29, 50)]
    >>> _lines("Bridge to close from\\nnext Monday", 0, 32)
    [(0, 32)]
    """
    pieces: list[tuple[int, int]] = []
    at = start
    for line in text[start:end].split("\n"):
        if line.strip():
            words = line.lstrip()
            if pieces and not (words[:1].isupper() or words[:1].isdigit()):
                pieces[-1] = (pieces[-1][0], at + len(line))  # a line that goes on the one
            else:  # before ("... closes for repairs from / next Monday"): the same sentence
                pieces.append((at, at + len(line)))
        at += len(line) + 1
    return pieces


def join_title_breaks(sentences: list[Span], raw: str) -> list[Span]:
    """Punkt may end a sentence after "Gov." or "Sgt."; a title abbreviation is not an end.

    "The bill goes to Gov. Lena Pryor." is one sentence, and Lena Pryor has a title.
    """
    joined: list[Span] = []
    for sentence in sentences:
        if joined and sentence.text[:1].isupper() and _ends_with_title(joined[-1].text):
            start = joined[-1].start
            joined[-1] = Span(raw[start : sentence.end], start, sentence.end)
            continue
        joined.append(sentence)
    return joined


# ---------------------------------------------------------------------------------------------
# The document


@dataclass(frozen=True, eq=False)
class Document:
    """An article read once: its story sentences, words and tags, shared by every lesson."""

    article: Article

    @cached_property
    def sentences(self) -> tuple[StorySentence, ...]:
        """Every sentence of the headline, dek, caption and body, in reading order."""
        result: list[StorySentence] = []
        splits: dict[str, list[tuple[int, int]]] = {}  # a repeated paragraph is split once
        shapes: dict[str, _Shape] = {}  # a repeated sentence is split into words once
        tag_memo: dict[str, tuple[str, ...]] = {}
        for name, span in story_spans(self.article):
            paragraph = int(name.split()[1]) if name.startswith("paragraph ") else None
            part = "body" if paragraph is not None else name
            if part == "body" and reads_as_caption(span.text):
                part = "caption"  # a second photo's caption among the paragraphs
            found = splits.get(span.text)
            if found is None:
                whole = Span(span.text, 0, len(span.text))
                found = [(s.start, s.end) for s in split_sentences(whole)]
                if part != "body":  # a headline's second line is a sentence of its own
                    found = [piece for a, b in found for piece in _lines(span.text, a, b)]
                splits[span.text] = found
            pieces = [Span(span.text[a:b], span.start + a, span.start + b) for a, b in found]
            for sentence in join_title_breaks(pieces, self.article.raw):
                shape = shapes.get(sentence.text)
                if shape is None:
                    shape = shapes[sentence.text] = word_shapes(sentence.text)
                if not shape:
                    continue
                words = tuple(Word(w, sentence.start + a, sentence.start + b) for w, a, b in shape)
                number = len(result)
                result.append(StorySentence(part, paragraph, number, sentence, words, tag_memo))
        return tuple(result)

    @cached_property
    def _starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def sentence_at(self, offset: int) -> StorySentence | None:
        """The story sentence containing a raw-text offset, or None."""
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0 and offset < self.sentences[i].end:
            return self.sentences[i]
        return None

    @cached_property
    def _by_paragraph(self) -> dict[int, tuple[StorySentence, ...]]:
        grouped: dict[int, list[StorySentence]] = {}
        for sentence in self.sentences:
            if sentence.paragraph is not None:
                grouped.setdefault(sentence.paragraph, []).append(sentence)
        return {index: tuple(group) for index, group in grouped.items()}

    def in_paragraph(self, index: int) -> tuple[StorySentence, ...]:
        """The sentences of one body paragraph."""
        return self._by_paragraph.get(index, ())


@lru_cache(maxsize=32)
def read_document(article: Article) -> Document:
    """The one Document of an article (built once; sentences, words and tags computed lazily)."""
    return Document(article)
