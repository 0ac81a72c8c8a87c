"""Lesson 1: from raw text to the parts of a news article.

A story copied from a news site is more than the story: a headline, a dek (the subheadline),
a byline, a photo credit and caption, the body, and around it the site's chrome (sign-in
prompts, copyright lines, "Related:" links). A reporter reads past the chrome without noticing;
a program has to be told. :func:`parse_article` sorts every line of the raw text into those parts.

Every part is a :class:`Span`: its text plus where it sits in the raw text (``start``/``end``
character offsets), so later lessons can point back at the exact words.

>>> article = parse_article("Mayor Wins Vote\\n\\nBy Ana Ruiz\\n\\nThe mayor won. She was glad.")
>>> article.headline.text, article.byline.text, len(article.paragraphs)
('Mayor Wins Vote', 'By Ana Ruiz', 1)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path

from lessons.errors import ArticleError

# ---------------------------------------------------------------------------------------------
# The pieces


@dataclass(frozen=True)
class Span:
    """A stretch of the raw text: ``raw[start:end] == text``."""

    text: str
    start: int
    end: int

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True)
class Paragraph(Span):
    """One body paragraph; ``index`` counts from 0 in reading order."""

    index: int = 0


@dataclass(frozen=True)
class SetAside(Span):
    """A line that is not part of the story, and why it was set aside."""

    reason: str = "site chrome"


@dataclass(frozen=True)
class Sentence(Span):
    """One sentence of the body; ``paragraph`` is the index of the paragraph it is in."""

    paragraph: int = 0


@dataclass(frozen=True)
class Token(Span):
    """One word or punctuation mark."""


@dataclass(frozen=True)
class Article:
    """A news article split into its parts. Offsets refer to ``raw``."""

    raw: str
    headline: Span | None
    dek: Span | None
    byline: Span | None
    date_line: Span | None
    photo_credit: Span | None
    caption: Span | None
    dateline: Span | None
    paragraphs: tuple[Paragraph, ...]
    boilerplate: tuple[SetAside, ...]

    @property
    def body(self) -> str:
        """The body paragraphs joined by blank lines (for reading, not for offsets)."""
        return "\n\n".join(p.text for p in self.paragraphs)

    @cached_property
    def sentences(self) -> tuple[Sentence, ...]:
        """The body's sentences, found by NLTK's Punkt sentence splitter."""
        return tuple(
            Sentence(s.text, s.start, s.end, paragraph.index)
            for paragraph in self.paragraphs
            for s in split_sentences(paragraph)
        )

    @cached_property
    def tokens(self) -> tuple[Token, ...]:
        """The body's words and punctuation, with offsets."""
        return tuple(token for sentence in self.sentences for token in split_words(sentence))

    def story_parts(self) -> list[tuple[str, Span]]:
        """The parts that carry journalism, in reading order: headline, dek, caption, body.

        Later lessons look for quotes, names and dates here and nowhere else.
        """
        parts: list[tuple[str, Span]] = []
        for name in ("headline", "dek", "caption"):
            span = getattr(self, name)
            if span is not None:
                parts.append((name, span))
        parts.extend((f"paragraph {p.index}", p) for p in self.paragraphs)
        return sorted(parts, key=lambda part: part[1].start)

    def paragraph_at(self, offset: int) -> int | None:
        """The index of the body paragraph containing a raw-text offset, or None."""
        for paragraph in self.paragraphs:
            if paragraph.start <= offset < paragraph.end:
                return paragraph.index
        return None

    def to_dict(self) -> dict[str, object]:
        """The article as plain data, in the shape of ``analyze --json``."""

        def text(span: Span | None) -> str | None:
            return None if span is None else span.text

        return {
            "headline": text(self.headline),
            "dek": text(self.dek),
            "byline": text(self.byline),
            "date_line": text(self.date_line),
            "dateline": text(self.dateline),
            "photo_credit": text(self.photo_credit),
            "caption": text(self.caption),
            "paragraphs": [p.text for p in self.paragraphs],
            "boilerplate": [b.text for b in self.boilerplate],
        }


# ---------------------------------------------------------------------------------------------
# Reading a file


def read_text_file(path: str | Path) -> str:
    """Read an article from a UTF-8 text file, with an error a student can act on.

    A byte-order mark is dropped; line endings are kept as they are, so offsets match the file.
    """
    path = Path(path)
    if not path.exists():
        raise ArticleError(f"No file at {path}: check the name and the folder.")
    if path.is_dir():
        raise ArticleError(f"{path} is a folder, not a text file: give the path of a .txt file.")
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ArticleError(f"Cannot read {path}: {error.strerror}.") from None
    return decode_text(data, str(path))


def decode_text(data: bytes, name: str = "the input") -> str:
    """Turn bytes into text, refusing empty, binary or non-UTF-8 input with a clear message."""
    if not data.strip():
        raise ArticleError(f"{name} is empty: paste or save the article's text first.")
    if b"\x00" in data[:4096]:
        raise ArticleError(
            f"{name} looks like a binary file (a PDF, Word file or image?): "
            "save the article as plain text (.txt) and try again."
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ArticleError(
            f"{name} is not UTF-8 text (byte {error.start} cannot be read): "
            "open it in a text editor and save it as UTF-8."
        ) from None
    if not text.strip():
        raise ArticleError(f"{name} is empty: paste or save the article's text first.")
    return text


# ---------------------------------------------------------------------------------------------
# Lines and blocks

_SPACE = " \t\u00a0\u2007\u202f\u200b\ufeff\u3000"
_TERMINAL = (".", "!", "?", ":", '"', "\u201d", "\u2019", "'", ")", "]")


def _lines(text: str) -> list[Span]:
    """Every line of the text, stripped of surrounding spaces, with offsets (blank lines too)."""
    lines: list[Span] = []
    for match in re.finditer(r"[^\r\n]*(?:\r\n|\r|\n|$)", text):
        if match.start() == len(text) and match.group() == "":
            break
        body = match.group().rstrip("\r\n")
        left = len(body) - len(body.lstrip(_SPACE + "\v\f"))
        stripped = body.strip(_SPACE + "\v\f")
        start = match.start() + left
        lines.append(Span(stripped, start, start + len(stripped)))
    return lines


def _is_soft_wrap(previous: Span, following: Span) -> bool:
    """True when a line break inside a block is a hard wrap of one paragraph, not a new unit."""
    if "|" in previous.text or "|" in following.text:  # a menu bar is never wrapped prose
        return False
    if following.text[:1].islower():
        return True
    return len(previous.text) >= 50 and not previous.text.endswith(_TERMINAL)


def _units(text: str) -> list[Span]:
    """Split the text into units: paragraphs or one-line parts such as a headline or credit."""
    units: list[Span] = []
    current: list[Span] = []

    def close() -> None:
        if current:
            start, end = current[0].start, current[-1].end
            units.append(Span(text[start:end], start, end))
            current.clear()

    for line in _lines(text):
        if not line.text:
            close()
        elif current and not _is_soft_wrap(current[-1], line):
            close()
            current.append(line)
        else:
            current.append(line)
    close()
    return units


# ---------------------------------------------------------------------------------------------
# What kind of line is this?

_MONTHS = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|"
    r"Aug(?:ust|\.)?|Sep(?:t(?:ember|\.)?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
_WEEKDAYS = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?"
_DATE = (
    rf"(?:{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS}(?:,?\s+\d{{4}})?"
    rf"|{_MONTHS}\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})"
)
_CLOCK = r"(?:\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?|[AP]M)?(?:\s+[A-Z]{2,4})?)"
DATE_LINE = re.compile(
    rf"^(?:(?:Published|Updated|Posted|Last updated|First published)\s*(?:on|at)?\s*:?\s*)?"
    rf"(?:{_WEEKDAYS},?\s+)?{_DATE}"
    rf"(?:\s*(?:,|at|-|–|\||•)?\s*{_CLOCK})?"
    rf"(?:\s*[|•;]\s*(?:Updated|Last updated)\s*:?\s*.*)?\s*$",
    re.IGNORECASE,
)

BYLINE = re.compile(
    r"^(?:By|BY|Words by|Written by|Story by)\s+[A-Z\u00c0-\u024f]"
    r"|^[A-Z][\w'\u2019.-]+(?:\s[A-Z][\w'\u2019.-]+){1,3}\s*(?:,|\||–|—|-)\s*"
    r"(?:[\w&]+\s+){0,4}(?i:reporter|correspondent|editor|writer|staff|bureau|columnist|"
    r"contributor|journalist)\b"
)

_AGENCIES = (
    r"(?:AP|Associated Press|Reuters|AFP|Getty Images|Getty|EPA|EPA-EFE|Shutterstock|Bloomberg|"
    r"PA(?: Media| Wire)?|Alamy|Xinhua|Sipa|NurPhoto|Pool|Handout|File)"
)
CREDIT = re.compile(
    r"^(?:\(?(?:photo(?:graph)?|image|picture|credit|photo credit|pictured)s?\s*(?:by\b|:|\|)"
    rf"|{_AGENCIES}\s*(?:Photo)?\s*/\s*\S"
    rf"|[A-Z][\w.'\u2019-]+(?:\s[A-Z][\w.'\u2019-]+){{0,3}}\s*/\s*{_AGENCIES}\b"
    rf"|[A-Z][\w.'\u2019-]+(?:\s[A-Z][\w.'\u2019-]+){{0,3}}\s*/\s*[A-Z][\w.'\u2019-]+"
    r"(?:\s[A-Z][\w.'\u2019-]+){0,3}\s*$"
    rf"|{_AGENCIES}\s*$)",
    re.IGNORECASE,
)
TRAILING_CREDIT = re.compile(
    r"\s*\(?(?:(?:photo(?:graph)?|image|picture|credit)s?\s*(?:by\b|:)\s*[^()]{2,60}"
    rf"|[A-Z][\w.'\u2019-]+(?:\s[A-Z][\w.'\u2019-]+){{0,3}}\s*/\s*{_AGENCIES})\)?\s*$",
    re.IGNORECASE,
)

DATELINE = re.compile(
    r"^(?P<dateline>(?=[A-Z .,'\u2019-]*[A-Z]{3})[A-Z][A-Z.'\u2019\- ]{1,40}[A-Z.]"
    r"(?:,\s*[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+){0,2})?"
    rf"(?:,\s*{_DATE})?"
    r"\s*(?:\([^)]{1,40}\))?\s*(?:—|–|--|-|:)\s*)"
)

_BOILERPLATE_RULES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (reason, re.compile(pattern, re.IGNORECASE))
    for reason, pattern in (
        ("copyright", r"^(?:©|\(c\)\s|copyright\b)|all rights reserved"),
        ("terms of use", r"terms (?:of|and conditions of) (?:use|service)|privacy policy|cookie"),
        (
            "sign-in prompt",
            r"^(?:sign (?:in|up|out)|log ?in|log ?out|register|create (?:a |an )?(?:free )?account)"
            r"\b|\bsign in or\b|create (?:a |an )?free account"
            r"|already (?:a subscriber|have an account)",
        ),
        (
            "newsletter prompt",
            r"^(?:subscribe|get (?:our|the) [\w ]*newsletter|sign up for|join our)\b"
            r"|newsletter\b.*(?:sign up|subscribe|inbox|delivered)|\bsubscribe (?:now|today)\b"
            r"|\bin your inbox\b",
        ),
        (
            "related link",
            r"^(?:related(?: stories| articles| coverage| content| reading)?|"
            r"read (?:more|next|also)|see also|more (?:from|on|stories)|"
            r"recommended(?: for you)?|trending(?: now)?|"
            r"most (?:read|popular)|you (?:may|might) also like|also read|watch)\s*[:|>›»-]",
        ),
        (
            "advertisement",
            r"^(?:advertisement|advertising|sponsored(?: content)?|ad|story continues below"
            r"(?: advertisement)?|continue reading(?: below)?|scroll to continue)\s*$",
        ),
        (
            "share buttons",
            r"^(?:share(?: this(?: article| story)?| on)?|follow us|click here|print|email|tweet|"
            r"(?:facebook|twitter|x|linkedin|whatsapp|email|copy link|reddit)"
            r"(?:\s*[|•,]\s*(?:facebook|twitter|x|linkedin|whatsapp|email|copy link|reddit|"
            r"print))*)\s*$|^share (?:this|on)\b",
        ),
        (
            "comments and tags",
            r"^(?:\d+\s+comments?|comments?|leave a comment|tags?|topics?|filed under)\s*(?::|\||$)"
            r"|^(?:listen to this article|\d+\s+min(?:ute)?s?\s+read)\b",
        ),
        ("site navigation", r"^(?:or|and|menu|search|home|skip to (?:main )?content|back to top)$"),
        (
            "agreement prompt",
            r"^by (?:continuing|clicking|signing|registering|creating)\b.*\bagree\b",
        ),
    )
)


_NAV_ITEM = re.compile(
    r"^(?:sign (?:in|up|out)|log ?in|log ?out|register|subscribe|home|menu|search|newsletters?|"
    r"my account|account|e-?paper|donate|contact(?: us)?|about(?: us)?)$",
    re.IGNORECASE,
)
_SECTIONS = frozenset(
    """news world us u.s. local national international politics business economy money markets
    health science tech technology climate environment education sport sports opinion culture
    arts entertainment lifestyle travel weather obituaries metro region europe asia africa
    americas middle east uk breaking""".split()
)


def _is_navigation(text: str) -> bool:
    """A menu bar pasted as text: "Home | News | Sign in", "Sign In   Subscribe"."""
    items = [item.strip() for item in re.split(r"\s*[|·•]\s*|\s{3,}", text) if item.strip()]
    if len(items) < 2 or any(len(item.split()) > 4 for item in items):
        return False
    return any(_NAV_ITEM.match(item) for item in items) or (
        len(items) >= 3 and all(not item.endswith((".", "?", "!")) for item in items)
    )


def boilerplate_reason(text: str) -> str | None:
    """Why a line is site chrome rather than journalism, or None when it looks like journalism.

    >>> boilerplate_reason("© 2024 The Daily Planet. All rights reserved.")
    'copyright'
    >>> boilerplate_reason("The mayor said the vote was close.") is None
    True
    """
    words = len(text.split())
    for reason, pattern in _BOILERPLATE_RULES:
        if pattern.search(text) and (words <= 45 or reason in ("copyright", "terms of use")):
            if (
                reason == "terms of use"
                and words > 12
                and not re.search(
                    r"\b(?:this (?:site|website|page)|our|you)\b", text, re.IGNORECASE
                )
            ):
                continue
            return reason
    return "site navigation" if _is_navigation(text) else None


def _looks_like_sentence(text: str) -> bool:
    return len(text.split()) >= 8 or text.endswith((".", "!", "?", '"', "\u201d"))


def _is_short_label(text: str) -> bool:
    """A short line with no sentence punctuation: a masthead, section name or site label."""
    return len(text.split()) <= 6 and not text.rstrip().endswith((".", "!", "?", ",", ";"))


def _kind(text: str) -> str:
    """Classify one unit: chrome, byline, date, credit or prose."""
    if boilerplate_reason(text):
        return "chrome"
    if len(text.split()) <= 14 and DATE_LINE.match(text):
        return "date"
    if len(text.split()) <= 12 and BYLINE.match(text) and not text.endswith((".", "!", "?")):
        return "byline"
    if len(text.split()) <= 10 and CREDIT.match(text) and not text.endswith("?"):
        return "credit"
    return "prose"


# ---------------------------------------------------------------------------------------------
# Putting it together


@dataclass(frozen=True)
class _Layout:
    """What each unit turned out to be (an index into the unit list per part)."""

    headline: int | None
    dek: int | None
    byline: int | None
    date_line: int | None
    credit: int | None
    caption: int | None
    body: tuple[int, ...]
    set_aside: tuple[tuple[int, str], ...]


def _is_captioned(text: str) -> bool:
    """A short paragraph that ends with its photo credit: "... on Monday. (Photo: Sam Reed)"."""
    return len(text.split()) <= 50 and TRAILING_CREDIT.search(text) is not None


def _is_section_label(units: list[Span], kinds: list[str], index: int) -> bool:
    """A short label above the headline: a masthead ("CAMPUS LEDGER") or a section ("World").

    It is a label when a longer headline-like line (no full stop) follows within a few lines.
    """
    text = units[index].text.strip()
    if len(text.split()) > 3 or text.endswith((".", "!", "?", ":", ",")):
        return False
    following = [i for i in range(index + 1, len(units)) if kinds[i] == "prose"][:3]
    if not following:
        return False
    if text.casefold() in _SECTIONS:
        return True
    for i in following:
        line = units[i].text
        if len(line.split()) >= 5:
            return not line.endswith((".", "!", "?"))
    return False


def _footer_start(units: list[Span], kinds: list[str]) -> int:
    """Index of the first unit of the trailing footer (len(units) when there is none).

    The footer never reaches back over the headline (the first unit that reads as prose).
    """
    start = len(units)
    first_prose = next((i for i, kind in enumerate(kinds) if kind == "prose"), len(units))
    for i in range(len(units) - 1, first_prose, -1):
        if kinds[i] == "chrome" or (kinds[i] != "prose" or _is_short_label(units[i].text)):
            start = i
        else:
            break
    return start


def _layout(units: list[Span]) -> _Layout:
    kinds = [_kind(u.text) for u in units]
    footer = _footer_start(units, kinds)
    set_aside: dict[int, str] = {}
    for i in range(footer, len(units)):
        set_aside[i] = boilerplate_reason(units[i].text) or (
            "masthead" if kinds[i] == "prose" else kinds[i]
        )

    # Leading chrome (navigation, sign-in) before the headline.
    candidates = [i for i in range(footer) if kinds[i] != "chrome"]
    for i in range(footer):
        if kinds[i] == "chrome":
            set_aside[i] = boilerplate_reason(units[i].text) or "site chrome"
    headline = next((i for i in candidates if kinds[i] == "prose"), None)
    while headline is not None and _is_section_label(units, kinds, headline):
        set_aside[headline] = "section label"
        candidates.remove(headline)
        headline = next((i for i in candidates if kinds[i] == "prose"), None)
    found: dict[str, int] = {}
    if headline is None:
        return _Layout(None, None, None, None, None, None, (), tuple(sorted(set_aside.items())))

    # The header: metadata lines (byline, date, credit) close to the headline, and the prose
    # between them (dek, caption). It ends before the first body-looking paragraph.
    later = [i for i in candidates if i > headline]
    header_end = headline  # last index that belongs to the header
    window = later[:8]
    last_meta = None
    for i in window:
        if kinds[i] != "prose":
            last_meta = i
        elif DATELINE.match(units[i].text):
            break
    for i in window:
        if kinds[i] in ("byline", "date", "credit") and kinds[i] not in found:
            found[kinds[i]] = i
    if last_meta is not None:
        header_end = last_meta

    dek = caption = None
    credit = found.get("credit")
    prose_in_header = [i for i in later if i < header_end and kinds[i] == "prose"]
    if credit is not None:
        nxt = credit + 1
        prev = credit - 1
        if nxt < footer and kinds[nxt] == "prose":
            credit_text = units[credit].text.casefold()
            follows_header = any(kinds[j] in ("byline", "date") for j in later if j > nxt)
            prev_is_header = prev in (headline, later[0]) or kinds[prev] != "prose"
            lede_follows = nxt + 1 < footer and kinds[nxt + 1] == "prose"
            short = len(units[nxt].text.split()) <= 40 and not DATELINE.match(units[nxt].text)
            if (
                credit_text in units[nxt].text.casefold()
                or follows_header
                or (prev_is_header and lede_follows and short)
            ):
                caption = nxt
        if (
            caption is None
            and prev > headline
            and kinds[prev] == "prose"
            and (prev != later[0] or len(prose_in_header) > 1)
        ):
            caption = prev
        if caption is not None:
            header_end = max(header_end, caption)
    if later and kinds[later[0]] == "prose" and later[0] != caption:
        first = units[later[0]].text
        if not DATELINE.match(first) and (
            later[0] < header_end
            or (not first.endswith(_TERMINAL) and 4 <= len(first.split()) <= 40)
        ):
            dek = later[0]
            header_end = max(header_end, dek)

    # A caption that carries its credit at the end: "... on Tuesday. (Photo: Ana Ruiz)".
    body: list[int] = []
    for i in later:
        if i <= header_end:
            if kinds[i] == "prose" and i not in (dek, caption):
                if caption is None and _is_captioned(units[i].text):
                    caption = i
                else:
                    body.append(i)
            elif kinds[i] in ("byline", "date", "credit") and i not in found.values():
                set_aside[i] = kinds[i]
            continue
        if kinds[i] == "prose":
            if caption is None and credit is None and _is_captioned(units[i].text):
                caption = i
            else:
                body.append(i)
        elif kinds[i] == "credit":
            set_aside[i] = "photo credit"
        else:
            set_aside[i] = kinds[i] if kinds[i] != "chrome" else set_aside.get(i, "site chrome")
    # A second photo in the body: a caption next to its credit line is not a paragraph.
    for i, reason in list(set_aside.items()):
        caption_like = i + 1 in body and units[i + 1].text.endswith(".") and i + 2 < footer
        if reason == "photo credit" and caption_like and len(units[i + 1].text.split()) <= 40:
            body.remove(i + 1)
            set_aside[i + 1] = "photo caption"
    return _Layout(
        headline,
        dek,
        found.get("byline"),
        found.get("date"),
        credit,
        caption,
        tuple(body),
        tuple(sorted(set_aside.items())),
    )


_HTML_TAG = re.compile(r"</?(?:[a-zA-Z][a-zA-Z0-9]*)(?:\s[^<>]*)?/?>")


def looks_like_html(text: str) -> bool:
    """True for the source code of a web page rather than the text a reader sees.

    >>> looks_like_html("<!DOCTYPE html><html><body><p>Hi</p></body></html>")
    True
    >>> looks_like_html("The <b> key is bold, the mayor said.")
    False
    """
    head = text[:2000].lstrip("\ufeff \t\r\n").casefold()
    if head.startswith(("<!doctype html", "<html", "<?xml")):
        return True
    sample = text[:20000]
    tags = _HTML_TAG.findall(sample)
    return len(tags) >= 10 and sum(map(len, tags)) > 0.1 * len(sample)


def parse_article(text: str) -> Article:
    """Split raw article text into headline, dek, byline, credit, caption, body and boilerplate.

    Offsets in the result refer to ``text`` exactly as given (Windows line endings, byte-order
    marks and non-breaking spaces are read, not rewritten).
    """
    if not isinstance(text, str):
        raise ArticleError("parse_article needs text (a str): read the file first.")
    if not text.strip(_SPACE + "\r\n\v\f"):
        raise ArticleError("The article is empty: paste or load some text first.")
    if looks_like_html(text):
        raise ArticleError(
            "This looks like a saved web page (HTML code), not the article's text: open it in a "
            "browser, select the story, copy it and paste or save it as plain text."
        )
    units = _units(text)
    layout = _layout(units)

    def span(index: int | None) -> Span | None:
        return None if index is None else units[index]

    paragraphs = tuple(
        Paragraph(units[i].text, units[i].start, units[i].end, n) for n, i in enumerate(layout.body)
    )
    dateline = None
    if paragraphs:
        match = DATELINE.match(paragraphs[0].text)
        if match:
            words = match.group("dateline").rstrip(" —–-:")
            dateline = Span(words, paragraphs[0].start, paragraphs[0].start + len(words))
    credit = span(layout.credit)
    caption = span(layout.caption)
    if credit is None and caption is not None:
        trailing = TRAILING_CREDIT.search(caption.text)
        if trailing:
            inner = trailing.group().strip(" ()")
            offset = caption.start + caption.text.index(inner, trailing.start())
            credit = Span(inner, offset, offset + len(inner))
    return Article(
        raw=text,
        headline=span(layout.headline),
        dek=span(layout.dek),
        byline=span(layout.byline),
        date_line=span(layout.date_line),
        photo_credit=credit,
        caption=caption,
        dateline=dateline,
        paragraphs=paragraphs,
        boilerplate=tuple(
            SetAside(units[i].text, units[i].start, units[i].end, reason)
            for i, reason in layout.set_aside
        ),
    )


# ---------------------------------------------------------------------------------------------
# Sentences and words (NLTK)


# Titles that news copy abbreviates and Punkt's English model does not know ("Gov. Ana Ruiz").
NEWS_ABBREVIATIONS = frozenset("gov sgt capt det supt atty mt blvd rev cmdr cpl pvt insp".split())


@cache
def _sentence_splitter():  # noqa: ANN202 - an NLTK PunktTokenizer
    from nltk.tokenize import PunktTokenizer

    from lessons.data import require

    require("punkt_tab")
    splitter = PunktTokenizer("english")
    splitter._params.abbrev_types.update(NEWS_ABBREVIATIONS)
    return splitter


@cache
def _word_splitter():  # noqa: ANN202 - an NLTK NLTKWordTokenizer
    from nltk.tokenize import NLTKWordTokenizer

    return NLTKWordTokenizer()


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
    try:
        spans = list(_word_splitter().span_tokenize(text))
    except ValueError:  # NLTK cannot align some unusual quote sequences: fall back to a regex
        spans = [(m.start(), m.end()) for m in re.finditer(r"\w+(?:[-'\u2019.]\w+)*|[^\w\s]", text)]
    return [Token(text[a:b], span.start + a, span.start + b) for a, b in spans]


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
    import matplotlib.pyplot as plt

    words = [w for w, _ in frequencies][::-1]
    counts = [c for _, c in frequencies][::-1]
    figure, axes = plt.subplots(figsize=(7, 0.32 * len(words) + 1.2))
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
