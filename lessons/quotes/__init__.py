"""Lesson 2: find the quotes and who said them.

A reporter reading a story asks two questions of every quote: *who said it* and *how do we know*.
A program answers them in steps, one module each, reading the sentences that
:func:`lessons.document.read_document` splits once for every lesson:

1. **Quote marks** (:mod:`~lessons.quotes.marks`). Decide for every ``“ ” " ‘ ’ '`` whether it
   opens a quote, closes one, or is an apostrophe (it’s, Ukraine’s, the ’90s, rock ’n’ roll);
   pair the marks one paragraph at a time, so that a mark left open never swallows the rest of
   the article.
2. **Attribution** (:mod:`~lessons.quotes.attribution`). Read the words around each quoted
   stretch for a cue ("said", "told", "according to") and the mention of who spoke ("Defense
   Secretary Lloyd Austin", "he"), in the quote's own sentence. The cue verbs come from
   VerbNet's communication classes (``lessons/vocab/reporting_verbs_verbnet.txt``, made by
   ``python -m lessons.vocab.build_reporting_verbs``) and the kit's own lists.
3. **Names** (:mod:`~lessons.quotes.names`). The people and organisations the article names,
   with their titles set apart.
4. **Speakers** (:mod:`~lessons.quotes.anonymous`, :mod:`~lessons.quotes.cast`,
   :mod:`~lessons.quotes.speakers`). Turn the mention into a speaker: strip the title, expand a
   bare surname, resolve "he" or "the ministry" to someone named earlier, describe anonymous
   sources.
5. **Claims** (:mod:`~lessons.quotes.claims`). Fragments of one quotation share one attribution.
6. **Reported speech** (:mod:`~lessons.quotes.reported`): "Okafor said that ..." without quote
   marks, and partial quotes inside it.
7. **Sourcing** (:mod:`~lessons.quotes.sourcing`): who gets quoted, and how much; each quote
   says how its speaker was found (``speaker_how``: named in the cue, surname expanded,
   pronoun resolved, ... or unknown), so a student knows which ones to double-check.

Shared by the steps: the vocabulary (titles, nouns for unnamed sources, cue verbs) in
:mod:`~lessons.quotes.words` and the word lists ``lessons/vocab/quote_*.txt``; what a mention of a
speaker looks like in :mod:`~lessons.quotes.mentions`; where the document's sentences start and
end in :mod:`~lessons.quotes.sentences`.

>>> from lessons.article import parse_article
>>> article = parse_article("Mayor Speaks\\n\\n“We are ready,” Mayor Ana Ruiz said on Tuesday.")
>>> [(q.text, q.speaker, q.speaker_mention, q.cue) for q in find_quotes(article)]
[('We are ready,', 'Ana Ruiz', 'Mayor Ana Ruiz', 'said')]
"""

from __future__ import annotations

# isort: off
from lessons.quotes.marks import (
    Mark,
    QuotedStretch,
    classify_mark,
    find_marks,
    find_quoted_stretches,
    naive_quotes,
)
from lessons.quotes.attribution import (
    CUE_VERBS,
    Attribution,
    naive_speaker,
    read_attribution_after,
    read_attribution_before,
)
from lessons.quotes.mentions import subject_before
from lessons.quotes.names import Name, find_names, split_title
from lessons.quotes.anonymous import described_gender, unnamed_subject
from lessons.quotes.cast import Cast
from lessons.quotes.speakers import resolve_speaker
from lessons.quotes.sourcing import (
    IndirectQuote,
    Quote,
    SourceSummary,
    Sources,
    find_indirect_quotes,
    find_quotes,
    is_official,
    read_sources,
    sourcing_summary,
    speaker_how,
    speaker_kind,
)
from lessons.quotes.words import ANONYMOUS, QUOTE_MARKS, UNKNOWN, count_words

# isort: on

__all__ = [
    "Mark",
    "QuotedStretch",
    "classify_mark",
    "find_marks",
    "find_quoted_stretches",
    "naive_quotes",
    "CUE_VERBS",
    "Attribution",
    "naive_speaker",
    "read_attribution_after",
    "read_attribution_before",
    "subject_before",
    "Name",
    "find_names",
    "split_title",
    "described_gender",
    "unnamed_subject",
    "Cast",
    "resolve_speaker",
    "IndirectQuote",
    "Quote",
    "SourceSummary",
    "Sources",
    "find_indirect_quotes",
    "find_quotes",
    "is_official",
    "read_sources",
    "sourcing_summary",
    "speaker_how",
    "speaker_kind",
    "ANONYMOUS",
    "QUOTE_MARKS",
    "UNKNOWN",
    "count_words",
]
