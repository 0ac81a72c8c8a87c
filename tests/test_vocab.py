"""The word lists in lessons/vocab/ are data a teacher edits: check their format."""

from __future__ import annotations

import pytest

from lessons import vocab

NAMES = vocab.list_names()


def test_the_kit_ships_its_word_lists() -> None:
    assert {"titles", "speech_verbs", "organization_cues", "world_cities"} <= set(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_a_word_list_says_what_it_is_and_where_it_comes_from(name: str) -> None:
    lines = (vocab.FOLDER / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    header = [line for line in lines if line.startswith("#")]
    assert header and lines[0].startswith("# "), f"{name}.txt must open with a '# ...' line"
    assert any(line.startswith("# source: ") for line in header), f"{name}.txt: no '# source:'"
    assert all(line.startswith("#") for line in lines[: len(header)]), "header lines come first"


@pytest.mark.parametrize("name", NAMES)
def test_a_word_list_has_one_clean_entry_per_line_and_no_repeats(name: str) -> None:
    entries = vocab.word_list(name)
    assert entries, f"{name}.txt is empty"
    raw = (vocab.FOLDER / f"{name}.txt").read_text(encoding="utf-8")
    assert raw.endswith("\n") and "\t" not in raw and "\r" not in raw
    for line in raw.splitlines():
        assert line == line.strip(), f"{name}.txt: spaces around {line!r}"
    assert len(entries) == len(set(entries)), f"{name}.txt repeats an entry"


def test_lists_load_as_sets_with_the_known_entries() -> None:
    assert "secretary" in vocab.TITLES and "said" in vocab.SPEECH_VERBS
    assert "Kyiv" in vocab.WORLD_CITIES and "authority" in vocab.ORGANIZATION_CUES


def test_an_unknown_list_is_a_readable_error() -> None:
    with pytest.raises(vocab.LessonError, match="No word list called 'nope'"):
        vocab.word_list("nope")
