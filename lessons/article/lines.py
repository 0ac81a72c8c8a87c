"""Step 2: lines and blocks. A blank line ends a unit; a hard-wrapped paragraph stays one."""

from __future__ import annotations

import re

from lessons.article.chrome import BYLINE, DATE_LINE
from lessons.article.spans import Span

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


_NAME_ONLY = re.compile(r"[A-Z][\w'\u2019.-]+(?:\s[A-Z][\w'\u2019.-]+){1,3}")  # "Marc Tellier"


def _is_soft_wrap(previous: Span, following: Span) -> bool:
    """True when a line break inside a block is a hard wrap of one paragraph, not a new unit.

    Not a wrap: a menu bar, a date line or byline on either side ("Published Jan 02, 2026 •
    4 minute read"), a name alone on the next line, or a next line so long that its first word
    would have fitted on the line before (a headline, then its dek, with no blank line between).

    >>> headline = Span("Arena won't open until fall, council confirms today", 0, 51)
    >>> dek = Span("Failed roof-weld inspection and late steel push the arena back a year", 52, 122)
    >>> _is_soft_wrap(headline, dek)
    False
    """
    if "|" in previous.text or "|" in following.text:  # a menu bar is never wrapped prose
        return False
    if DATE_LINE.match(previous.text) or DATE_LINE.match(following.text):
        return False
    if BYLINE.match(following.text) or _NAME_ONLY.fullmatch(following.text):
        return False
    if following.text[:1].islower():
        return True
    first_word = following.text.split(maxsplit=1)[0]
    if len(previous.text) + 1 + len(first_word) <= len(following.text):
        return False  # the first word would have fitted: the line before ended on purpose
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
