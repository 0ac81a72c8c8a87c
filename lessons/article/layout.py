"""Step 4: putting it together: which unit is the headline, the dek, the body, the chrome."""

from __future__ import annotations

import re
from dataclasses import dataclass

from lessons import vocab
from lessons.article.chrome import (
    _DATE,
    _SECTIONS,
    _WEEKDAYS,
    BRACKETED_CREDIT,
    CREDIT_HINT,
    DATED_LINK,
    DATELINE,
    LINK_HEADINGS,
    STAMP_WORDS,
    TRAILING_CREDIT,
    _is_short_label,
    _kind,
    boilerplate_reason,
)
from lessons.article.lines import _SPACE, _TERMINAL, _units
from lessons.article.parts import Article
from lessons.article.spans import Paragraph, SetAside, Span
from lessons.errors import ArticleError

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
    if len(text.split()) > 50 or CREDIT_HINT.search(text) is None:
        return False
    return TRAILING_CREDIT.search(text) is not None


_CAPTION_LABEL = re.compile(r"(?i)^(?:photo\s+)?caption\s*:\s")


def reads_as_caption(text: str) -> bool:
    """Is a body paragraph a photo's caption set among the paragraphs: a short paragraph that
    ends with its credit ("... on Saturday night. Meridian/Kiran Das") or is labelled one
    ("Photo caption: Children cool off ... on Wednesday.")?

    >>> reads_as_caption("Crews on the lake on Wednesday night. (Submitted photo)")
    True
    >>> reads_as_caption("The council met on Wednesday night and voted 5-2.")
    False
    """
    if len(text.split()) > 50:
        return False
    return _CAPTION_LABEL.match(text) is not None or _is_captioned(text)


# a writer's name alone on a line: two to four capitalised words, no verb, no full stop; and
# its paper after a dot or a bar ("Marc-Andr\u00e9 Tremblay \u00b7 Prairie North News")
_NAME = r"[A-Z][a-z\u00e0-\u00ff'\u2019]+(?:[ -][A-Z][a-z\u00e0-\u00ff'\u2019]+){1,3}"
_PAPER = r"[A-Z][\w'\u2019&.-]*(?:\s[A-Z][\w'\u2019&.-]*){0,4}"
_NAME_LINE = re.compile(rf"{_NAME}(?:\s*[\u00b7\u2022|]\s*{_PAPER})?")


_NEWSPAPER_WORDS = vocab.word_set("entity_newspaper_words")  # "herald", "courier", "times"


def _names_a_paper(text: str) -> bool:
    """Does a short line end in a newspaper's word ("The Western Strand Herald")?

    >>> _names_a_paper("The Western Strand Herald"), _names_a_paper("Local News")
    (True, False)
    """
    words = text.split()
    return bool(words) and words[-1].casefold() in _NEWSPAPER_WORDS


# breadcrumb separators: "Local News | Education", "Sports › Football"
_CRUMB = re.compile(r"\||\s[\u203a\u00bb>\u2022]\s")


def _is_section_label(units: list[Span], kinds: list[str], index: int) -> bool:
    """A short label above the headline: a masthead ("CAMPUS LEDGER") or a section ("World").

    It is a label when a longer headline-like line (no full stop) follows within a few lines.
    """
    text = units[index].text.strip()
    above_chrome = index + 1 < len(units) and kinds[index + 1] == "chrome"  # "Southern Africa
    longest = 5 if above_chrome else 3  # Press Wire" over "Home | Africa | Sign in"
    if _names_a_paper(text):
        longest = 6  # a paper's name: "The Western Strand Herald" over "News"
    parts = [part.strip() for part in _CRUMB.split(text)]
    crumbs = len(parts) > 1 and len(text.split()) <= 9
    if (len(text.split()) > longest and not crumbs) or text.endswith((".", "!", "?", ":", ",")):
        return False
    following = [i for i in range(index + 1, len(units)) if kinds[i] == "prose"][:3]
    if not following:
        return False
    if text.casefold() in _SECTIONS:
        return True
    if len(parts) > 1 and all(0 < len(part.split()) <= 3 for part in parts):
        return True  # a breadcrumb: "Local News | Education", "Sports › High School"
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
        text = units[i].text
        if _PROGRAMME_LINE.match(text):
            break  # "4pm: Show closes": the last line of the story's programme, not a footer
        if kinds[i] != "prose" or _is_short_label(text) or DATED_LINK.search(text):
            start = i
        else:
            break
    for i in range(start - 1, first_prose, -1):  # "Read Next" and the headlines under it
        if _LINK_HEADING.match(units[i].text):
            return i
        if not _is_headline_like(units[i].text):
            break
    return start


# a line of an event's programme or a story's key dates: "8am: Gates open", "7.30pm - Fireworks",
# "14:00 Kick-off", "Sunday 11 July: bonfires lit"
_PROGRAMME_LINE = re.compile(
    r"\d{1,2}(?:(?:[.:]\d\d)?\s*(?i:[ap]\.?m\.?)|[.:]\d\d)"
    r"(?:\s*(?:-|\u2013|to)\s*\d{1,2}(?:[.:]\d\d)?\s*(?i:[ap]\.?m\.?)?)?"
    r"(?:\s*[:\u2013\u2014-]\s*|\s+)[A-Z]"
    rf"|(?:{_WEEKDAYS},?\s+)?{_DATE}\s*[:\u2013\u2014]\s*\w"  # a key-dates box: "Sunday 11
)  # July: bonfires lit"
_LINK_HEADING = re.compile(rf"(?i)^(?:{LINK_HEADINGS})\s*:?$")  # "Read Next" on its own line


def _is_headline_like(text: str) -> bool:
    """Lines of a dozen words or so that end without a full stop, as headlines do."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return all(len(line.split()) <= 16 and not line.endswith((".", "!", "?")) for line in lines)


def _layout(units: list[Span]) -> _Layout:
    kinds = [_kind(u.text) for u in units]
    first_prose = next((i for i, kind in enumerate(kinds) if kind == "prose"), len(units))
    for i in range(first_prose + 1, len(units) - 1):  # under the headline, "Jessica
        # Nakamura-Reid" over "August 13, 2015 — 2.30pm" is a byline
        if kinds[i] == "prose" and kinds[i + 1] == "date" and _NAME_LINE.fullmatch(units[i].text):
            kinds[i] = "byline"
    footer = _footer_start(units, kinds)
    set_aside: dict[int, str] = {}
    topics = False  # after "Explore more on these topics", short labels are topic tags
    for i in range(footer, len(units)):
        reason = boilerplate_reason(units[i].text)
        if reason is None and kinds[i] == "prose":
            reason = "topic tag" if topics else "masthead"
        set_aside[i] = reason or kinds[i]
        topics = reason == "topic tag" or ("topic" in units[i].text.casefold() and bool(reason))

    # Leading chrome (navigation, sign-in) before the headline.
    candidates = [i for i in range(footer) if kinds[i] != "chrome"]
    for i in range(footer):
        if kinds[i] == "chrome":
            set_aside[i] = boilerplate_reason(units[i].text) or "site chrome"
    headline = next((i for i in candidates if kinds[i] == "prose"), None)
    while headline is not None and _is_section_label(units, kinds, headline):
        paper = _names_a_paper(units[headline].text)
        set_aside[headline] = "masthead" if paper else "section label"
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
    dated = prose_after_date = False
    for i in window:
        if kinds[i] == "date" and dated and prose_after_date:
            break  # a second date below prose heads a day of a chronology: the body has begun
        if kinds[i] == "date" and dated and _opens_the_days(units, kinds, i, footer):
            break  # "SUNDAY, JAN. 25" under the page's time stamp: a live blog's first day
        if kinds[i] != "prose":
            last_meta = i
            dated = dated or kinds[i] == "date"
        elif DATELINE.match(units[i].text) or len(units[i].text.split()) > _LONGEST_CAPTION:
            break
        else:
            prose_after_date = dated
    for i in window:
        if kinds[i] in ("byline", "date", "credit") and kinds[i] not in found:
            found[kinds[i]] = i
    if last_meta is not None:
        header_end = last_meta
    byline = found.get("byline")
    if byline is not None and byline == header_end and _is_byline_desk(units, byline, byline + 1):
        header_end = byline + 1  # "By Marisol Dunbar / Willet Bay Tribune staff reporter"

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
                if _is_byline_desk(units, found.get("byline"), i):
                    set_aside[i] = "byline"  # "By NADIA FERREIRA / Plains Business Wire"
                elif caption is None and _is_captioned(units[i].text):
                    caption = i
                else:
                    body.append(i)
            elif kinds[i] in ("byline", "date", "credit") and i not in found.values():
                set_aside[i] = kinds[i]
            continue
        if kinds[i] == "prose":
            text = units[i].text
            first = not body and len(text.split()) <= 50 and BRACKETED_CREDIT.search(text)
            if caption is None and credit is None and (_is_captioned(text) or first):
                caption = i  # (a source in brackets marks a caption only above the story)
            else:
                body.append(i)
        elif kinds[i] == "credit":
            set_aside[i] = "photo credit"
        elif kinds[i] == "date" and (
            (body and _is_day_heading(units, kinds, i, footer))
            or _opens_the_days(units, kinds, i, footer)
        ):
            body.append(i)  # "Friday, Aug. 13" over the hours of a chronology: the story's
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


# a wire story's summary over its dateline: a label ("Summary", "Key points") or bullet lines
_SUMMARY = re.compile(
    r"(?i)(?:summary|key\s+points|highlights|in\s+brief|at\s+a\s+glance)\s*:?"
    r"|(?:[-*\u2022\u00b7\u2013]\s+[^\n]+\n?)+"
)
_LONGEST_CAPTION = 60  # words: a longer paragraph below the headline is the body's first
_STAMP = re.compile(rf"(?i)^\s*{STAMP_WORDS}\b")
# a day with no year and no time ("SUNDAY, JAN. 25"): a heading, not a page's time stamp
_BARE_DAY = re.compile(r"^(?!.*\b\d{4}\b)(?!.*\d[:.]\d\d)(?!.*\d\s*[AaPp]\.?[Mm]\b)")


def _opens_the_days(units: list[Span], kinds: list[str], i: int, footer: int) -> bool:
    """Is a second date under the header, with no year or time ("SUNDAY, JAN. 25"), the
    heading of the first day of a live blog or chronology, the story going on under it?"""
    return _BARE_DAY.match(units[i].text) is not None and _is_day_heading(units, kinds, i, footer)


def _is_byline_desk(units: list[Span], byline: int | None, i: int) -> bool:
    """A short line right under the byline, before the story, names the writer's desk or
    agency ("Plains Business Wire", "Staff Writer"): part of the byline, not a paragraph."""
    text = units[i].text
    return (
        byline is not None
        and i == byline + 1
        and len(text.split()) <= 5
        and not text.endswith(_TERMINAL)
        and not DATELINE.match(text)
    )


def _is_day_heading(units: list[Span], kinds: list[str], i: int, footer: int) -> bool:
    """A date alone on a line inside the body, with the story going on after it, heads a day
    of a chronology ("Saturday, Aug. 14", then "6 a.m. - The fire jumps Route 19."); a page's
    time stamp ("Updated Aug. 15, 2021") does not."""
    return not _STAMP.match(units[i].text) and i + 1 < footer and kinds[i + 1] == "prose"


# The elements of a web page's code; a placeholder a scraper left in the text (<tweet
# tweet-id="...">) is not one of them and does not make the text a web page.
_HTML_TAG = re.compile(
    r"</?(?:a|abbr|article|aside|b|blockquote|body|br|button|div|em|footer|form|h[1-6]|head|"
    r"header|hr|html|i|iframe|img|input|li|link|main|meta|nav|noscript|ol|option|p|picture|"
    r"script|section|select|source|span|strong|style|svg|table|tbody|td|th|thead|title|tr|u|"
    r"ul|video)(?:\s[^<>]*)?/?>",
    re.IGNORECASE,
)


def looks_like_html(text: str) -> bool:
    """True for the source code of a web page rather than the text a reader sees.

    >>> looks_like_html("<!DOCTYPE html><html><body><p>Hi</p></body></html>")
    True
    >>> looks_like_html("The <b> key is bold, the mayor said.")
    False
    >>> looks_like_html("Vote Today. " + '<tweet tweet-id="1"> <tweet/> ' * 20 + "It rained.")
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
    for paragraph in paragraphs:  # the first paragraph, or the first after a wire story's
        match = DATELINE.match(paragraph.text)  # summary bullets ("- Blaze broke out late on
        if match:  # Tuesday" over "KESSAN, March 11 (Meridian) - A fire ...")
            words = match.group("dateline").rstrip(" —–-:")
            dateline = Span(words, paragraph.start, paragraph.start + len(words))
        if match or not _SUMMARY.fullmatch(paragraph.text):
            break
    credit = span(layout.credit)
    caption = span(layout.caption)
    if credit is None and caption is not None:
        trailing = TRAILING_CREDIT.search(caption.text) or BRACKETED_CREDIT.search(caption.text)
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
