"""The shared tagging pass: double quotes reach the tagger as opening or closing marks."""

from __future__ import annotations

from lessons.document import Word, quote_marks, word_shapes


def _words(text: str) -> list[Word]:
    return [Word(w, a, b) for w, a, b in word_shapes(text)]


def test_quote_marks_open_and_close_by_position() -> None:
    text = 'Ana Brill said "no" and left, "for now."'
    assert [m for m in quote_marks(_words(text)) if m in ("``", "''")] == ["``", "''", "``", "''"]


def test_quote_marks_glued_on_both_sides_alternate() -> None:
    marks = quote_marks(_words('Brill,"no"-Tessop,"yes"-Riverton'))
    assert [m for m in marks if m in ("``", "''")] == ["``", "''", "``", "''"]


def test_a_lone_mark_at_the_end_closes() -> None:
    assert quote_marks(_words('He said no"'))[-1] == "''"
