"""Step 3: what kind of line is this? Dates, bylines, credits, datelines and site chrome."""

from __future__ import annotations

import re

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
_CLOCK = (  # "1:48 PM GMT+2"
    r"(?:\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?|[AP]M)?(?:\s+[A-Z]{2,4}(?:[+-]\d{1,2}(?::?\d\d)?)?)?)"
)
STAMP_WORDS = (  # a page's time stamp (a broadcast transcript's: "Broadcast: Thursday 18 March")
    r"(?:Published|Updated|Posted|Last updated|First published|Originally published"
    r"|Broadcast|First broadcast|Aired|First aired)"
)
DATE_LINE = re.compile(
    r"^(?:Transcript\s*[\u00b7|\u2022:-]?\s*)?"  # "Transcript \u00b7 Broadcast Sunday 14 June 2026"
    rf"(?:{STAMP_WORDS}\s*(?:on|at)?\s*:?\s*)?"
    rf"(?:{_CLOCK}\s*[,|]?\s*)?(?:{_WEEKDAYS},?\s+)?{_DATE}"  # "Published: 06:00 BST, 8 June 2022",
    # "Published 11:52 p.m. MT | June 2, 2026"
    rf"(?:\s*(?:,|at|-|–|—|\||•|/)?\s*{_CLOCK})?"  # "October 18, 2019 / 11:52 AM ET"
    r"(?:\s*[|•·]\s*\d{1,2}\s*min(?:ute)?s?\.?\s+(?:to\s+)?read)?"  # "May 13, 2017 • 3 minute read"
    rf"(?:\s*[|•·;,]?\s*(?:Updated|Last updated|First published)\s*:?\s*.*)?\s*$",  # "Posted Thu 11
    # Apr 2024 at 5:00am, updated Thu 11 Apr 2024 at 12:04pm", "6:31 PM GMT+1 · Updated 14 min ago"
    re.IGNORECASE,
)

BYLINE = re.compile(
    r"^(?:By|BY|Words by|Written by|Story by)\s+[A-Z\u00c0-\u024f]"
    r"|^[A-Z][\w'\u2019.-]+(?:\s[A-Z][\w'\u2019.-]+){1,3}\s*(?:,|\||–|—|-)\s*"
    r"(?:[\w&]+\s+){0,4}(?i:reporter|correspondent|editor|writer|staff|bureau|columnist|"
    r"contributor|journalist)\b"
    r"|^[A-Z][\w'\u2019.-]+(?:\s[A-Z][\w'\u2019.-]+){1,2}\s+(?:[A-Z][\w&-]*\s+){0,3}"
    r"(?i:reporter|correspondent|editor|writer|columnist)s?\s*$"  # "Ada Brennock Health editor"
    r"|^From\s+(?:(?:the|our|staff|and|wire)\s+)*(?:[A-Z][\w'\u2019.&-]*\s+){0,4}"
    r"(?i:service|wires?|press|reports|staff|bureau|desk|agency|correspondents?)\s*$"  # "From
    # Haldane News Service", "From staff and wire reports"
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
    r"\s*\(?(?:(?:photo(?:graph)?|image|picture|credit)s?\s*(?:by\b|:|/)\s*[^()]{2,60}"  # "Photo /
    rf"|[A-Z][\w.'\u2019-]+(?:\s[A-Z][\w.'\u2019-]+){{0,3}}\s*/\s*{_AGENCIES})\)?\s*$"
    r"|\s*\((?-i:[A-Z][\w.'\u2019-]+(?:\s[A-Z][\w.'\u2019-]+){1,2}\s*/\s*(?:The\s)?[A-Z][\w'\u2019-]+"
    r"(?:\s[A-Z][\w'\u2019-]+){0,3})\)\s*$"  # "(Ray Okonjo/The Ledger)", "(Kim Ortiz / Ridgeport
    # Ledger)": a staff photographer and the paper; "Photo / Supplied" (New Zealand)
    r"|(?<=[.!?])\s+\((?-i:[A-Z][\w'\u2019&-]+\s*/\s*[A-Z][\w.'\u2019-]+(?:\s[A-Z][\w.'\u2019-]+){1,2})"
    r"\)\s*$"  # "... on Thursday. (Meridian/Sione Tapu)": the agency, then its photographer
    r"|(?<=[.!?])\s+(?-i:[A-Z\u00c0-\u00de][A-Z\u00c0-\u00de'\u2019.-]+(?:\s[A-Z\u00c0-\u00de'\u2019.-]+){1,2}"
    r"\s*/\s*[A-Z][A-Z\s]{1,30})$"  # "... on Thursday. MARC-ANDR\u00c9 TREMBLAY / COURIER"
    r"|(?<=[.!?])\s+\((?-i:[A-Z][\w.'\u2019-]+(?:\s[A-Z][\w.'\u2019-]+){0,3}"
    r"(?:\s*/\s*(?:The\s)?[A-Z][\w'\u2019-]+(?:\s[A-Z][\w'\u2019-]+){0,3})?)\s+(?:file\s+)?photo\)\s*$"
    # "... on Friday morning. (Owen Tessier/Record photo)", "(Courier photo)", "(Submitted photo)"
    r"|(?<=[.!?])\s+(?-i:[A-Z][\w&'\u2019-]+/[A-Z][\w.'\u2019-]+(?:\s[A-Z][\w.'\u2019-]+){1,2})$"
    # "... on Friday. CPA/Javier Ostos": the agency, then its photographer, no brackets
    r"|(?<=[.!?])\s+(?-i:[A-Z][\w'\u2019-]+(?:\s[A-Z][\w'\u2019-]+){1,2}/[A-Z][\w.'\u2019&-]+)$"
    # "... on Monday. Jenna Kowalczyk/WabenawToday": the photographer, then the outlet
    r"|(?<=[.!?])\s+\((?-i:[A-Z][^()]{2,80}?)\s+via\s+(?-i:[A-Z][^()]{1,40})\)\s*$",
    # "... on Tuesday. (Tessary County Emergency Management Agency via CPW)": a handout
    re.IGNORECASE,
)
# a caption's source in brackets after its sentence, with no slash or "Photo": "... on Friday.
# (Provincial Wildfire Service)" (read only on the story's first paragraph, see layout)
BRACKETED_CREDIT = re.compile(
    r"(?<=[.!?])\s+\((?-i:[A-Z][\w'\u2019&.-]*(?:\s[A-Z][\w'\u2019&.-]*){1,4})\)\s*$"
    r"|(?<=[.!?])\s+\((?:[A-Z][\w'\u2019&.-]*\s)?(?i:handout|supplied|file\s+photo)\)\s*$"
)  # ("... on Thursday afternoon. (OPP handout)")
# Words every trailing credit contains (read as TRAILING_CREDIT reads them): a cheap test that
# spares the slow one on the many paragraphs that have none of them.
CREDIT_HINT = re.compile(r"photo|image|picture|credit|/|\bvia\b", re.IGNORECASE)

# a link to an earlier story, dated in brackets: "Heat warning issued for the weekend
# (December 16, 2015)" under "Related Coverage"
DATED_LINK = re.compile(rf"\(\s*{_DATE}\s*\)\s*$")

DATELINE = re.compile(
    r"^(?P<dateline>(?=[A-Z .,'\u2019-]*[A-Z]{3})[A-Z][A-Z.'\u2019\- ]{1,40}[A-Z.]"
    r"(?:,\s*[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+){0,2})?"
    rf"(?:,\s*{_DATE})?"
    r"\s*(?:\([^)]{1,40}\))?\s*(?:—|–|--|-(?=\s)|:|_(?=\s))\s*)"  # not "SEVENTY-FIVE years
    # ago"; a news service's "WASHINGTON _" (its underscore for a dash)
)

# the headings over links to other stories: "Related: ...", or "Read Next" on its own line
LINK_HEADINGS = (
    r"related(?: stories| articles| coverage| content| reading)?|read (?:more|next|also)|"
    r"see also|more (?:from|on|stories|in this section)|recommended(?: for you)?|"
    r"trending(?: now)?|most (?:read|popular)|you (?:may|might) also like|also read|watch|"
    r"top stories"
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
            r"|newsletter\b.*\b(?:sign up|subscribe|inbox|delivered)\b|\bsubscribe (?:now|today)\b"
            r"|\bin your inbox\b",
        ),
        ("related link", rf"^(?:{LINK_HEADINGS})\s*[:|>›»-]"),
        ("reading time", r"^\d{1,2}\s*min(?:ute)?s?\.?\s+(?:to\s+)?read\s*$"),
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
    return (
        any(_NAV_ITEM.match(item) for item in items)
        or (len(items) >= 3 and all(not item.endswith((".", "?", "!")) for item in items))
        or (len(items) == 2 and items[0].casefold() in _SECTIONS)  # "News | Ceredigion"
    )


# Site chrome by its shape: short lines that talk to the reader about the site, count
# something, or give the publisher's address. Not a list of one site's strings.
_COUNT_NOUNS = r"(?:comments?|shares?|replies|reactions|likes|views|reads)"
_NUMBER = r"\d(?:[\d,.]*\d)?[kKm]?"  # "142", "1,024", "1.2k"; not a list's "1."
_COUNTER = re.compile(
    rf"^(?:(?:{_NUMBER}\s*{_COUNT_NOUNS}?|{_COUNT_NOUNS}\s*[(:]?\s*{_NUMBER}\)?)"
    r"\s*(?:[|\u00b7\u2022/,]\s*|$))+$",
    re.IGNORECASE,
)  # "142", "Comments (87)", "3 comments | 12 shares"
_ACTION_VERBS = (
    r"(?:share|reuse|republish|explore|follow|like|sign up|subscribe|join|download|install|"
    r"listen|watch|read|see|view|discover|support|donate|contact|email|tell|send|get|visit|"
    r"comment|bookmark|save|print|copy)"
)
_CALL_TO_ACTION = re.compile(rf"^{_ACTION_VERBS}\b", re.IGNORECASE)
_ADDRESSES_READER = re.compile(
    r"\b(?:us|our|this (?:content|article|story|page|post|video)|these topics|our app|"
    r"newsletters?|inbox|(?:on|via) (?:facebook|x|twitter|instagram|linkedin|whatsapp|tiktok|"
    r"youtube|threads|bluesky))\b",
    re.IGNORECASE,
)
_OUR_LABEL = re.compile(r"^(?:Our|About|More on|More about)\s+[A-Z][\w'\u2019-]*(?:\s|:|$)")
_STREET = (
    r"\b\d{1,5}[A-Za-z]?,?\s+(?:[A-Z][\w'.-]+\s+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|"
    r"Way|Place|Square|Sq|Boulevard|Blvd|Drive|Dr|Row|Court|Parade|Terrace|Quay|Wharf)\b\.?"
    r"|\b(?:PO|P\.O\.)\s*Box\s+\d+"
)
_POSTCODE = (
    r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b"  # a British postcode: "EF1 2AB"
    r"|\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b"  # a US state and ZIP code: "OH 45011"
    r"|\b\d{4,5}\s+[A-Z][a-z]+\b"  # a continental postcode before the town: "10115 Berlin"
)
_ADDRESS = re.compile(rf"(?:{_STREET}).*(?:{_POSTCODE})")


def _ends_a_sentence(text: str) -> bool:
    """Does the line end like a sentence (a full stop, also inside closing quotes)?"""
    return text.rstrip().rstrip("\"'\u201d\u2019)").endswith((".", "!", "?"))


def chrome_shape(text: str) -> str | None:
    """Why a short line is site chrome by its shape, or None: counters, calls to action,
    "Our ..." links, and the publisher's postal address.

    >>> chrome_shape("3 comments | 12 shares"), chrome_shape("Explore more on these topics")
    ('counter', 'call to action')
    >>> chrome_shape("Share prices fell 3%.") is None
    True
    """
    line = text.strip()
    words = line.split()
    if not words or len(words) > 25:
        return None
    if _COUNTER.match(line):
        return "counter"
    sentence = _ends_a_sentence(line)
    short = len(words) <= 15
    quoted = re.search(r"[\"\u201c\u201d]|, (?:he|she|they|it) (?:said|says)", line)
    plain = not sentence or (len(words) <= 10 and "," not in line)  # not "..., she said."
    action = short and not quoted and _CALL_TO_ACTION.match(line)
    if action and plain and _ADDRESSES_READER.search(line):
        return "call to action"  # "Follow us on X", "Read our standards", "Reuse this content"
    separated = re.search(r"[\u00b7|\u2022]", line)
    if action and not sentence and separated:
        return "call to action"  # "Share · Reuse"
    if len(words) <= 8 and _OUR_LABEL.match(line) and not quoted:
        capitals = sum(1 for w in words if w[:1].isupper())
        if capitals >= 0.6 * len(words):
            return "site link"  # "Our Standards", "About Us", "More on this story"
    if _ADDRESS.search(line):
        return "address"
    return None


# A line made only of HTML-like tags (`<tweet tweet-id="...">`, `</div>`): a placeholder a
# content system left behind. A whole saved web page is refused earlier (looks_like_html).
_MARKUP_LINE = re.compile(r"(?:\s*</?[A-Za-z][\w:-]*(?:\s[^<>]*)?/?>)+\s*[.,;:]?\s*")


def boilerplate_reason(text: str) -> str | None:
    """Why a line is site chrome rather than journalism, or None when it looks like journalism.

    >>> boilerplate_reason("© 2024 The Daily Planet. All rights reserved.")
    'copyright'
    >>> boilerplate_reason("The mayor said the vote was close.") is None
    True
    >>> boilerplate_reason('<tweet tweet-id="7202">')
    'markup'
    """
    if _MARKUP_LINE.fullmatch(text):  # a stray tag left by an export: not part of the story
        return "markup"
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
    if _is_navigation(text):
        return "site navigation"
    return chrome_shape(text)


def _looks_like_sentence(text: str) -> bool:
    return len(text.split()) >= 8 or text.endswith((".", "!", "?", '"', "\u201d"))


def _is_short_label(text: str) -> bool:
    """A short line with no sentence punctuation: a masthead, section name or site label."""
    line = text.rstrip()
    if len(re.findall(r"(?<!\S)[-+]?\.?\d[\d.,:/-]*(?!\S)", line)) >= 2:
        return False  # a row of a results table: "Tessop 74 59 .556 -"
    quoted = line[:1] in "\"\u201c\u2018'" or line.endswith(("\u201d", '"'))
    if quoted and any(c.isalpha() for c in line):
        return False  # a one-line quote is journalism: "\u201cFinally.\u201d"
    return len(text.split()) <= 6 and not line.endswith((".", "!", "?", ",", ";"))


def _kind(text: str) -> str:
    """Classify one unit: chrome, byline, date, credit or prose."""
    if boilerplate_reason(text):
        return "chrome"
    if len(text.split()) <= 20 and DATE_LINE.match(text):  # "Published ... | Updated ..."
        return "date"
    if len(text.split()) <= 12 and BYLINE.match(text) and not text.endswith((".", "!", "?")):
        return "byline"
    if len(text.split()) <= 10 and CREDIT.match(text) and not text.endswith("?"):
        return "credit"
    return "prose"
