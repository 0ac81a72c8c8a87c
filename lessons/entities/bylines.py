"""Step 2, the labels around a story: the dateline, the byline and the photo credits.

They are not sentences (the shared document leaves them out), yet they name people,
organisations and places: "RIVERTON, Ohio (NWS) -" names a city, a state and a news agency;
"By MAREN OSTROWSKI, Northwind News Service" a reporter and her employer; "AP/Jo Mercado" an
agency and a photographer. Their names get the sentence number -1.

>>> from lessons.article import parse_article
>>> article = parse_article("Dam Plan Stalls\\n\\nBy Ana Brill, Elm Falls Gazette\\n\\n"
...     "ELM FALLS, Ohio (AP) - The dam plan stalled.")
>>> [" ".join(w.text for w in n.words) for n in dateline_names(article, -1)]
['ELM FALLS', 'Ohio', 'AP']
>>> [(" ".join(w.text for w in n.words), sorted(n.hints)) for n in byline_names(article)]
[('Ana Brill', ['role:person']), ('Elm Falls Gazette', ['role:org'])]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lessons import vocab
from lessons.article import Article, Span
from lessons.document import caption_credit
from lessons.entities.chunk import PARTICLES
from lessons.entities.entity import Name
from lessons.entities.kinds import cue_type, looks_like_person, place_type
from lessons.entities.words import is_acronym, is_capitalised, is_common, is_date_word

_JOB_WORDS = vocab.word_set("entity_byline_job_words")  # "Health Reporter", "STAFF REPORTS"

_DATELINE = re.compile(
    r"^(?P<place>[^,(]+?)(?:,\s*(?P<region>[A-Z][^,(]*?))?(?:,\s*[^(]*?)?"
    r"\s*(?:\((?P<agency>[^)]{1,40})\))?\s*$"
)


# ---------------------------------------------------------------------------------------------
# The dateline


def dateline_names(article: Article, index: int) -> list[Name]:
    """ "RIVERTON, Ohio (NWS)" -> the place Riverton, the state Ohio and the agency NWS."""
    dateline = article.dateline
    if dateline is None:
        return []
    match = _DATELINE.match(dateline.text)
    if not match:
        return []
    names = []
    for group, hint in (("place", "dateline"), ("region", "dateline"), ("agency", "agency")):
        text = match.group(group)
        if not text or is_date_word(text.split()[0]):
            continue
        text = text.strip()
        start = dateline.start + dateline.text.index(text, match.start(group))
        words = tuple(
            Span(m.group(), start + m.start(), start + m.end()) for m in re.finditer(r"\S+", text)
        )
        names.append(Name(words, index, "dateline", hints=frozenset({hint})))
    return names


# ---------------------------------------------------------------------------------------------
# Bylines and photo credits

_BYLINE_LEAD = re.compile(r"^(?:by|words by|written by|story by|reporting by)\s+", re.IGNORECASE)


_CREDIT_LEAD = re.compile(
    r"^\(?(?:(?:photo(?:graph)?s?|image|picture|credit|photo credit)\s*(?:by\b|:|\|)?\s*)?"
    r"(?:courtesy(?: of)?\s+)?",
    re.IGNORECASE,
)


def _pieces(span: Span, lead: re.Pattern[str], separators: str) -> list[Span]:
    """The names in a byline or credit line, split at commas, slashes, "and", "for"."""
    text = span.text
    offset = lead.match(text).end() if lead.match(text) else 0
    rest = text[offset:]
    cuts = [0]
    for separator in re.finditer(separators, rest, flags=re.IGNORECASE):
        cuts += [separator.start(), separator.end()]
    cuts.append(len(rest))
    pieces = []
    for a, b in zip(cuts[::2], cuts[1::2], strict=True):
        chunk = rest[a:b]
        piece = chunk.strip(" ()")
        if not piece:
            continue
        start = span.start + offset + a + chunk.index(piece)
        piece = re.sub(r"^(?:the|The)\s+", "", piece)
        start += len(chunk.strip(" ()")) - len(piece)
        pieces.append(Span(piece, start, start + len(piece)))
    return pieces


def _role_name(piece: Span, person_first: bool) -> Name | None:
    words = tuple(
        Span(m.group(), piece.start + m.start(), piece.start + m.end())
        for m in re.finditer(r"\S+", piece.text)
    )
    tokens = [w.text for w in words]
    if not tokens or any(t.casefold() in _JOB_WORDS for t in tokens):
        return None  # "Health Reporter", "STAFF REPORTS"
    dated = any(is_date_word(t) for t in tokens) and any(c.isdigit() for c in piece.text)
    if not is_capitalised(tokens[0]) or dated:
        return None  # "9 July 2025"; but "JUNE ARBELAEZ"
    if not all(
        is_capitalised(t) or t.casefold() in PARTICLES | {"of", "&"} or t.isdigit() for t in tokens
    ):
        return None  # "Pratt family"; but "WKXT 5 News"
    first = tokens[0].title() if tokens[0].isupper() else tokens[0]
    person = (
        looks_like_person([first, *tokens[1:]])
        or (person_first and 1 < len(tokens) <= 4 and cue_type(tokens)[0] is None)
        or _reads_as_full_name(tokens)
    ) and not (len(tokens) == 1 and is_acronym(tokens[0]))
    return Name(words, -1, "credit", hints=frozenset({"role:person" if person else "role:org"}))


def _reads_as_full_name(tokens: Sequence[str]) -> bool:
    """Two or three capitalised words ending in a word no dictionary has: "Callum Rees-Haddow".

    A credit's agency ends in an ordinary word ("Evening Star", "Getty Images") or has an
    organisation word ("Courier-Post", "State University").
    """
    plain = [t.title() if t.isupper() and len(t) > 2 else t for t in tokens]
    return (
        2 <= len(plain) <= 3
        and cue_type(plain)[0] is None
        and not any(is_acronym(t) for t in plain)
        and place_type(" ".join(plain)) is None
        and not all(is_common(part) for part in plain[-1].split("-"))
    )


def byline_names(article: Article) -> list[Name]:
    """Reporters and their employers in the byline; photographers and agencies in credits.

    "By MAREN OSTROWSKI, Northwind News Service" names a person and an organisation;
    "AP/Jo Mercado" an agency and a photographer.
    """
    names: list[Name] = []
    if article.byline is not None:
        pieces = _pieces(article.byline, _BYLINE_LEAD, r",|\||;|\band\b|\bin\b|/|—|–")
        for n, piece in enumerate(pieces):
            before = article.raw[pieces[n - 1].end : piece.start] if n else ""
            name = _role_name(piece, person_first=n == 0)
            if name is not None and before.strip() == "in":  # "By Ana Brill in Tessop"
                name = Name(name.words, -1, "credit", hints=frozenset({"dateline"}))
            if name is not None:
                names.append(name)
    seen: set[tuple[int, int]] = set()
    for credit in (article.photo_credit, caption_credit(article)):
        if credit is None:
            continue
        for piece in _pieces(credit, _CREDIT_LEAD, r"/|,|;|\bfor\b|\|"):
            after = credit.text[piece.end - credit.start :]
            hired = re.match(r"\s*for\s", after) is not None  # "Ana Reyes for the Gazette"
            name = _role_name(piece, person_first=hired)
            if name is not None and (name.start, name.end) not in seen:
                seen.add((name.start, name.end))
                names.append(name)
    return names
