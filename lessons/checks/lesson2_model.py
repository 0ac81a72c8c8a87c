r"""The simple quote method lesson 2 builds, as model answers: the checks compare a student's
functions with these, not with the kit's ``find_quotes`` (which does more).

>>> paragraph = '"We will rebuild," said Mayor Ana Ruiz. "Not this year."'
>>> expected_pairs(paragraph)
['We will rebuild,', 'Not this year.']
>>> expected_said(text_after_fragment(paragraph, "We will rebuild,"))
('Mayor Ana Ruiz', 'said')
>>> for row in expected_quote_table("Flood closes the old bridge\n\n" + paragraph):
...     print(row)
(1, 'We will rebuild,', 'Mayor Ana Ruiz', 'said')
(1, 'Not this year.', 'Mayor Ana Ruiz', 'said')
"""

from __future__ import annotations

import re
from functools import lru_cache

MARKS = '\u201c\u201d"'  # the double quote marks the students' functions pair: “ ” "


def _body(text: str) -> list[str]:
    from lessons.article import parse_article

    return [paragraph.text for paragraph in parse_article(text).paragraphs]


@lru_cache(maxsize=8)
def _reporting_verbs() -> frozenset[str]:
    from lessons import vocab

    return vocab.word_set("reporting_verbs_verbnet")


def expected_pairs(paragraph: str) -> list[str]:
    """The quoted fragments of one paragraph (the model of exercise 3).

    A mark opens when nothing is open; any mark closes what is open, and a “ that arrives while
    a quote is open starts the next one; a quote still open at the end of the paragraph runs to
    its end (a quote that goes on in the next paragraph is reopened there).

    >>> expected_pairs('"Go," she said. "Now.')
    ['Go,', 'Now.']
    """
    fragments: list[str] = []
    start = None
    for mark in re.finditer(f"[{MARKS}]", paragraph):
        if start is None:
            start = mark.end()
        else:
            fragments.append(paragraph[start : mark.start()].strip())
            start = mark.end() if mark.group() == "\u201c" else None
    if start is not None:
        fragments.append(paragraph[start:].strip())
    return fragments


def text_after_fragment(paragraph: str, fragment: str) -> str:
    """The words after a quoted fragment, up to the next quote mark (the lesson's text_after).

    >>> text_after_fragment('"Go," she said. "Now."', "Go,")
    'she said. '
    """
    end = paragraph.find(fragment) + len(fragment)
    rest = paragraph[end:].lstrip(' \u201d"')  # the closing mark, not the next opening one
    return re.split(f"[{MARKS}]", rest)[0]


def _words(text: str) -> list[str]:
    return re.findall(r"[\w\u2019'-]+", text)


def expected_said(after: str) -> tuple[str, str] | None:
    """(mention, cue) from the words after a quote, or None (the model of exercise 4).

    >>> expected_said(" Defense Secretary Lloyd Austin said to a group of reporters.")
    ('Defense Secretary Lloyd Austin', 'said')
    >>> expected_said(" said Ray Dunleavy, 71, who was pulled from his home.")
    ('Ray Dunleavy', 'said')
    """
    words = _words(re.split(r"[.!?]", after)[0])
    for i, word in enumerate(words):
        if word.lower() in _reporting_verbs():
            if i > 0:
                return " ".join(words[:i]), word
            name = []
            for following in words[1:]:
                if not following[0].isupper():
                    break
                name.append(following)
            return (" ".join(name), word) if name else None
    return None


def expected_quote_table(text: str) -> list[tuple[int, str, str | None, str | None]]:
    """(paragraph number, fragment, mention, cue) for every fragment (the model of exercise 6)."""
    rows: list[tuple[int, str, str | None, str | None]] = []
    for number, paragraph in enumerate(_body(text), start=1):
        said = None
        for fragment in expected_pairs(paragraph):
            said = expected_said(text_after_fragment(paragraph, fragment)) or said
            mention, cue = said or (None, None)
            rows.append((number, fragment, mention, cue))
    return rows
