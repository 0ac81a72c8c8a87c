"""Step 5, claims: each quoted stretch with the attribution that credits it.

The attribution is read after the closing mark, else before the opening mark, in the sentence
of the article the quote is in; fragments of one quotation then share one attribution (a quote
broken by "she said", a quote running over paragraphs, more sentences quoted after the
attributed one). A claim is "something said" before its speaker is resolved.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lessons.article import Paragraph
from lessons.quotes.attribution import (
    _TIME_ADJUNCT,
    Attribution,
    _characterisation,
    _is_name_of_show,
    _is_title_of_work,
    read_attribution_after,
    read_attribution_before,
)
from lessons.quotes.marks import QuotedStretch
from lessons.quotes.sentences import SentenceBounds
from lessons.quotes.words import _WINDOW, QUOTE_MARKS


@dataclass(frozen=True)
class _Claim:
    """Something said, before its speaker is resolved: a quoted stretch or a reported clause."""

    start: int
    end: int
    paragraph: int
    mention: str
    mention_position: int
    cue: str
    direct: bool
    how: str  # "after", "before", "shared", "reported", "inherit" ...
    closed: bool = True
    opens_paragraph: bool = False  # the opening mark is the paragraph's first character


def _attribute(
    raw: str, part: Paragraph, sentences: SentenceBounds, stretches: list[QuotedStretch], i: int
) -> _Claim:
    """Read the attribution of one quoted stretch: after its closing mark, up to the end of its
    sentence, else before its opening mark, from the start of its sentence."""
    stretch = stretches[i]
    same = [s for s in stretches[max(0, i - 1) : i + 2] if s.paragraph == stretch.paragraph]
    previous = same[0] if same and same[0] is not stretch else None
    following = same[-1] if same and same[-1] is not stretch else None

    def unattributed(how: str) -> _Claim:
        """A quote with no speaker found ("title": the name of a show or a work, not words)."""
        return claim(Attribution("", "", 0), stretch.start, how)

    def claim(attribution: Attribution, offset: int, how: str) -> _Claim:
        return _Claim(
            stretch.start,
            stretch.end,
            stretch.paragraph,
            attribution.mention,
            offset + attribution.start,
            attribution.cue,
            True,
            how,
            stretch.closed,
            stretch.open_mark == part.start,
        )

    opening = raw[max(part.start, stretch.open_mark - 40) : stretch.open_mark].rstrip()
    if _is_name_of_show(stretch.text, opening):  # told “Morning Desk”: a title, no one's words
        return unattributed("title")
    after_start = stretch.close_mark + 1 if stretch.close_mark is not None else stretch.end
    after_end = following.open_mark if following else part.end
    after = raw[after_start : min(after_end, after_start + _WINDOW)]
    sentence_end = sentences.end_after(after_start)
    attribution = read_attribution_after(
        after, len(after) if sentence_end is None else sentence_end - after_start
    )
    if attribution and not _new_sentence(stretch, after, attribution):
        return claim(attribution, after_start, "after")
    begin = max(part.start, sentences.start_of(stretch.open_mark) or 0)
    if previous is not None:
        previous_end = previous.close_mark + 1 if previous.close_mark is not None else previous.end
        begin = max(begin, previous_end)
    begin = max(begin, stretch.open_mark - _WINDOW)
    before = raw[begin : stretch.open_mark]
    attribution = read_attribution_before(before)
    if attribution:
        return claim(attribution, begin, "before")
    if stretch.open_mark == part.start and not before.strip():
        introduced = _introduced_above(raw, part.start)  # "Added Stone:" ¶ “...”
        if introduced is not None:
            return claim(introduced[0], introduced[1], "before")
    characterised = _characterisation(before.rstrip())
    if characterised is not None:
        mention, offset, cue = characterised
        return claim(Attribution(mention, cue, offset), begin, "characterised")
    return unattributed("title" if _is_title_of_work(stretch.text, before.rstrip()) else "")


def _introduced_above(raw: str, start: int) -> tuple[Attribution, int] | None:
    """A paragraph that is only a quote, under a short line ending with a colon that names
    its speaker ("Stone told the program:" ¶ “...”): that line's attribution and where it
    starts."""
    above = raw[max(0, start - 300) : start].rstrip()
    if not above.endswith(":"):
        return None
    line_start = above.rfind("\n") + 1
    if line_start == 0 and start > 300:
        return None  # a long paragraph, not an introducing line
    attribution = read_attribution_before(above[line_start:])
    if attribution is None:
        return None
    return attribution, max(0, start - 300) + line_start


def _new_sentence(stretch: QuotedStretch, after: str, attribution: Attribution) -> bool:
    """A quote that ends its sentence with a full stop takes no attribution after it ("“We
    leave.” He said nothing more."; "“... keep.” Wolny said Okonkwo had ..."), unless a short
    one closes at once: "“We leave.” said Ruiz." (a style some papers use)."""
    if not stretch.text.endswith("."):
        return False
    if re.match(r"\s*[a-z]", after):
        return False  # “... ball.” said Jo Young: no sentence starts in lower case
    if after.split()[:1] in (["He"], ["She"], ["They"], ["It"], ["We"], ["I"]):
        return True
    mention_end = after.find(attribution.mention, attribution.start) + len(attribution.mention)
    cue_end = after.find(attribution.cue, attribution.start) + len(attribution.cue)
    rest = after[max(mention_end, cue_end) :]
    return not re.match(rf"{_TIME_ADJUNCT.pattern},?\s*(?:[.!?]|$)", rest)


def _share(raw: str, claims: list[_Claim], sentences: SentenceBounds) -> list[_Claim]:
    """Fragments of one quotation share one attribution: a quote broken by its attribution, a
    quote running over paragraphs, more sentences quoted after the attributed one."""
    result = list(claims)

    def joined(a: _Claim, b: _Claim) -> bool:
        """b continues a (same paragraph, or a left open at its paragraph's end)."""
        return a.paragraph == b.paragraph or (
            not a.closed and b.paragraph == a.paragraph + 1 and b.opens_paragraph
        )

    def next_to(a: _Claim, b: _Claim) -> bool:
        """Nothing but marks and spaces between a and b (“One.” “Two,” she said), or a
        left open at its paragraph's end: a is the start of b's quotation."""
        between = raw[a.end : b.start]
        return a.paragraph != b.paragraph or not re.search(r"\w", between)

    def goes_on(a: _Claim, b: _Claim) -> bool:
        """Only a's attribution stands between a and b (“Ready,” she said, “but ...”; “Ready,”
        she said. “We ...”), or nothing, or a paragraph break: b goes on with a's quotation."""
        if a.paragraph != b.paragraph:
            return True
        gap = raw[a.end : b.start]
        between = gap.strip(QUOTE_MARKS + " ")
        if not re.search(r"\w", between):
            return True
        start = a.end + len(gap) - len(gap.lstrip(QUOTE_MARKS + " "))
        ends = [e - start for e in sentences.ends_between(start, start + len(between))]
        attribution = read_attribution_after(" " + between, 1 + (ends[0] if ends else len(between)))
        return attribution is not None and (not ends or not between[ends[0] :].strip())

    for i in range(1, len(result)):
        current, previous = result[i], result[i - 1]
        if (
            _unattributed(current)
            and previous.mention
            and joined(previous, current)
            and goes_on(previous, current)
        ):
            result[i] = _with_attribution(current, previous)
    for i in range(len(result) - 2, -1, -1):
        current, following = result[i], result[i + 1]
        if (
            _unattributed(current)
            and following.mention
            and joined(current, following)
            and next_to(current, following)
        ):
            result[i] = _with_attribution(current, following)
    return result


def _unattributed(claim: _Claim) -> bool:
    """A quote with no attribution of its own (a title of a work needs none)."""
    return not claim.mention and claim.how != "title"


def _with_attribution(claim: _Claim, source: _Claim) -> _Claim:
    return _Claim(
        claim.start,
        claim.end,
        claim.paragraph,
        source.mention,
        source.mention_position,
        source.cue,
        claim.direct,
        "shared",
        claim.closed,
        claim.opens_paragraph,
    )
