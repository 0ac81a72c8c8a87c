"""Step 7, sourcing: every quote and paraphrase with its speaker, and who gets quoted.

:func:`read_sources` runs the steps in order on an article; :func:`sourcing_summary` tallies the
sources as a reporter would (how many quotes and words each, official or not, anonymous or not).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from lessons import vocab
from lessons.article import Article
from lessons.document import read_document
from lessons.quotes.cast import Cast
from lessons.quotes.claims import _attribute, _Claim, _share
from lessons.quotes.marks import QuotedStretch, find_quoted_stretches
from lessons.quotes.reported import _partial_quotes, _reported_in_paragraph
from lessons.quotes.sentences import SentenceBounds, document_sentences
from lessons.quotes.speakers import resolve_speaker
from lessons.quotes.words import ANONYMOUS, UNKNOWN, _is_org, count_words


@dataclass(frozen=True)
class Statement:
    """Something said in the article: the words, who said them and where they are.

    ``article.raw[start:end] == text``; ``paragraph`` is the 0-based body paragraph (a reader's
    paragraph number is ``paragraph + 1``); ``cue`` is the verb that attributes it ("said").
    """

    text: str
    speaker: str
    speaker_mention: str
    cue: str
    paragraph: int
    start: int
    end: int

    def to_dict(self) -> dict[str, object]:
        """The fields of the answer-key format (datasets/gold.schema.json)."""
        return {name: getattr(self, name) for name in _STATEMENT_FIELDS}


_STATEMENT_FIELDS = ("text", "speaker", "speaker_mention", "cue", "paragraph", "start", "end")


@dataclass(frozen=True)
class Quote(Statement):
    """A direct quote: the words between the marks.

    ``speaker_how`` says how the speaker was found, so a student knows what to double-check:
    "named in the cue", "surname expanded", "pronoun resolved", "description resolved",
    "anonymous source", "subject of the sentence", "continues the last quote" or "unknown".
    It is not part of :meth:`to_dict` (the answer-key format).
    """

    speaker_how: str = field(default="", compare=False)

    @property
    def words(self) -> int:
        """How many words the quote gives its speaker."""
        return count_words(self.text)


@dataclass(frozen=True)
class IndirectQuote(Statement):
    """Reported speech: what someone said, paraphrased without quote marks."""


@dataclass(frozen=True)
class Sources:
    """Everything said in an article: direct quotes and reported speech."""

    quotes: tuple[Quote, ...]
    indirect_quotes: tuple[IndirectQuote, ...]


def find_quotes(article: Article) -> list[Quote]:
    """Every direct quote in the article's body, in reading order, with its speaker."""
    return list(read_sources(article).quotes)


def find_indirect_quotes(article: Article) -> list[IndirectQuote]:
    """Every paraphrased statement ("X said that ...", "according to X, ...").

    >>> from lessons.article import parse_article
    >>> article = parse_article("Vote Delayed\\n\\nMayor Ana Ruiz said that the vote was delayed.")
    >>> [(q.speaker, q.cue, q.text) for q in find_indirect_quotes(article)]
    [('Ana Ruiz', 'said', 'the vote was delayed')]
    """
    return list(read_sources(article).indirect_quotes)


@lru_cache(maxsize=16)
def read_sources(article: Article) -> Sources:
    """Find the quotes and the reported speech of an article and resolve every speaker.

    The steps in order: quoted stretches, their attributions (shared among fragments of one
    quotation), reported speech and partial quotes, then every mention resolved to a speaker
    with the :class:`Cast`, in reading order of the mentions.
    """
    sentences = document_sentences(read_document(article))
    cast = Cast(article)
    stretches: list[QuotedStretch] = []
    for paragraph in article.paragraphs:
        stretches.extend(find_quoted_stretches(paragraph, paragraph.index, sentences))
    cast.blocked = sorted((s.start, s.end) for s in stretches)
    direct = _direct_claims(article, sentences, stretches)
    reported = _reported_claims(article, sentences, stretches, direct)
    direct = _partial_quotes(article.raw, direct, reported, sentences)
    claims = sorted(
        [c for c in direct if c.mention or c.how == "inherit"] + reported,
        key=lambda c: (c.start, not c.direct),
    )
    return _sources(article.raw, claims, _resolve_speakers(article.raw, claims, cast))


def _direct_claims(
    article: Article, sentences: SentenceBounds, stretches: list[QuotedStretch]
) -> list[_Claim]:
    """Each quoted stretch with its attribution, fragments of one quotation sharing one."""
    raw = article.raw
    direct = [
        _attribute(raw, article.paragraphs[s.paragraph], sentences, stretches, i)
        for i, s in enumerate(stretches)
    ]
    return _share(raw, direct, sentences)


def _reported_claims(
    article: Article,
    sentences: SentenceBounds,
    stretches: list[QuotedStretch],
    direct: list[_Claim],
) -> list[_Claim]:
    """Reported speech, paragraph by paragraph, outside the quotes."""
    by_paragraph: dict[int, list[QuotedStretch]] = {}
    for stretch in stretches:
        by_paragraph.setdefault(stretch.paragraph, []).append(stretch)
    attributed: dict[int, list[_Claim]] = {}
    for claim in direct:
        if claim.mention:
            attributed.setdefault(claim.paragraph, []).append(claim)
    reported: list[_Claim] = []
    for paragraph in article.paragraphs:
        index = paragraph.index
        reported.extend(
            _reported_in_paragraph(
                article.raw,
                index,
                sentences.within(paragraph),
                by_paragraph.get(index, []),
                attributed.get(index, []),
            )
        )
    return reported


def _resolve_speakers(raw: str, claims: list[_Claim], cast: Cast) -> dict[tuple[str, int], str]:
    """Who each mention is, resolved in the order the mentions appear: each speaker joins the
    cast, so that a later "he" or "the official" can point back to it."""
    resolved: dict[tuple[str, int], str] = {}
    for claim in sorted(claims, key=lambda c: (c.mention_position, c.start)):
        if claim.how == "inherit":
            continue
        key = (claim.mention, claim.mention_position)
        if key in resolved:
            continue
        speaker = resolve_speaker(claim.mention, claim.mention_position, cast)
        resolved[key] = speaker
        cast.add_speaker(claim.mention_position, speaker)
        cast.promote(speaker, claim.mention_position)
        if claim.mention.casefold() in ("he", "she"):
            cast.set_gender(speaker, claim.mention.casefold())
        if not claim.direct:
            pronoun = re.match(r"(he|she|his|her)\b", raw[claim.start : claim.start + 4])
            if pronoun:
                cast.set_gender(speaker, pronoun.group(1))
    return resolved


def _sources(raw: str, claims: list[_Claim], resolved: dict[tuple[str, int], str]) -> Sources:
    """The quotes and paraphrases in reading order; a quote with no attribution of its own
    continues the last quoted speaker."""
    quotes: list[Quote] = []
    indirect: list[IndirectQuote] = []
    last: tuple[str, str, str] | None = None
    for claim in claims:
        if claim.how == "inherit":
            if last is None:
                continue
            speaker, mention, cue = last
            how = "continues the last quote" if speaker != UNKNOWN else UNKNOWN
        else:
            speaker = resolved[(claim.mention, claim.mention_position)]
            mention, cue = claim.mention, claim.cue
            how = speaker_how(mention, speaker, claim.how == "subject")
        text = raw[claim.start : claim.end]
        if claim.direct:
            quotes.append(
                Quote(text, speaker, mention, cue, claim.paragraph, claim.start, claim.end, how)
            )
            last = (speaker, mention, cue)
        else:
            indirect.append(
                IndirectQuote(text, speaker, mention, cue, claim.paragraph, claim.start, claim.end)
            )
    return Sources(tuple(quotes), tuple(indirect))


def speaker_how(mention: str, speaker: str, subject: bool = False) -> str:
    """How a speaker was found from the mention the attribution names.

    >>> speaker_how("Mayor Ana Ruiz", "Ana Ruiz"), speaker_how("Ruiz", "Ana Ruiz")
    ('named in the cue', 'surname expanded')
    >>> speaker_how("she", "Ana Ruiz"), speaker_how("the mayor", "Ana Ruiz")
    ('pronoun resolved', 'description resolved')
    """
    if speaker == UNKNOWN or not speaker:
        return UNKNOWN
    if speaker.startswith(ANONYMOUS):
        return "anonymous source"
    if subject:
        return "subject of the sentence"
    if mention.casefold().strip() in ("he", "she", "it", "they", "we", "i"):
        return "pronoun resolved"
    if speaker in mention:
        return "named in the cue"
    said = {w.strip(".,'\u2019s").casefold() for w in mention.split()}
    if said & {w.casefold() for w in speaker.split()} and mention[:1].isupper():
        return "surname expanded"
    return "description resolved"


@dataclass(frozen=True)
class SourceSummary:
    """One source of an article, as a reporter would tally it."""

    speaker: str
    kind: str  # "person", "organization", "anonymous" or "unknown"
    official: bool
    quotes: int
    words: int
    paraphrases: int = 0


_OFFICIAL_WORDS = vocab.word_set("quote_official_words")


def speaker_kind(speaker: str) -> str:
    """ "anonymous", "organization" or "person" for a speaker as :func:`find_quotes` gives it.

    >>> [speaker_kind(s) for s in ("Lloyd Austin", "State Department", "anonymous: an aide")]
    ['person', 'organization', 'anonymous']
    """
    if speaker.startswith(ANONYMOUS):
        return "anonymous"
    if speaker == UNKNOWN:
        return "unknown"
    return "organization" if _is_org(speaker.split()) else "person"


def is_official(speaker: str, mentions: Iterable[str] = ()) -> bool:
    """True when a source speaks for a government or an institution (by title or name)."""
    words = {w.casefold().strip(".,:") for text in (speaker, *mentions) for w in text.split()}
    return bool(words & _OFFICIAL_WORDS)


def sourcing_summary(
    quotes: Iterable[Quote], indirect_quotes: Iterable[IndirectQuote] = ()
) -> list[SourceSummary]:
    """One line per source: kind, official or not, how many quotes (and quoted words) and
    paraphrases it gets; most quoted words first.

    >>> q = Quote("We are ready.", "Ana Ruiz", "Mayor Ana Ruiz", "said", 0, 0, 13)
    >>> sourcing_summary([q])
    [SourceSummary(speaker='Ana Ruiz', kind='person', official=True, quotes=1, words=3, \
paraphrases=0)]
    """
    said: dict[str, list[Quote]] = {}
    reported: dict[str, list[IndirectQuote]] = {}
    for quote in quotes:
        said.setdefault(quote.speaker, []).append(quote)
    for paraphrase in indirect_quotes:
        reported.setdefault(paraphrase.speaker, []).append(paraphrase)
    summaries = []
    for speaker in {**said, **reported}:
        direct, indirect = said.get(speaker, []), reported.get(speaker, [])
        mentions = [q.speaker_mention for q in direct] + [q.speaker_mention for q in indirect]
        summaries.append(
            SourceSummary(
                speaker,
                speaker_kind(speaker),
                is_official(speaker, mentions),
                len(direct),
                sum(q.words for q in direct),
                len(indirect),
            )
        )
    return sorted(summaries, key=lambda s: (-s.words, -s.paraphrases, s.speaker))
