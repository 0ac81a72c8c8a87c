"""Step 2: lines and blocks. A blank line ends a unit; a hard-wrapped paragraph stays one."""

from __future__ import annotations

import re

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
