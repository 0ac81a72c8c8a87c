"""Word lists a reporter knows by heart: titles, organisation words, speech verbs, places.

Each list is a plain text file in this folder, one entry per line, under a header of ``#`` lines
that says what the list is for and where it comes from (``# source: ...``). A teacher can read
one, add a word and rerun a lesson; :func:`word_list` loads a file once per process.

Shared by the quotes, entities and timeline lessons, so that "Defense Secretary" is a title
everywhere in the kit. Lower-case lists are compared with ``word.casefold()``.

>>> "secretary" in TITLES
True
>>> word_list("gpe_cues")[:3]
('city', 'town', 'township')
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from lessons.errors import LessonError

FOLDER = Path(__file__).resolve().parent


@cache
def word_list(name: str) -> tuple[str, ...]:
    """The entries of ``lessons/vocab/<name>.txt`` in file order (header lines skipped)."""
    path = FOLDER / f"{name}.txt"
    if not path.is_file():
        raise LessonError(f"No word list called '{name}': expected the file {path}.")
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        entry = line.strip()
        if entry and not entry.startswith("#"):
            entries.append(entry)
    return tuple(entries)


@cache
def word_set(name: str) -> frozenset[str]:
    """The entries of a word list as a set, for fast ``in`` tests."""
    return frozenset(word_list(name))


def list_names() -> list[str]:
    """Every word list in the folder, by name."""
    return sorted(path.stem for path in FOLDER.glob("*.txt"))


# Words that come before a name and are not part of it: "Defense Secretary Ada Brennock".
TITLES: frozenset[str] = word_set("titles")
# Words that mark the name of an organisation: "Riverton Water Authority".
ORGANIZATION_CUES: frozenset[str] = word_set("organization_cues")
# Verbs that introduce speech: "she said", "according to", "told reporters".
SPEECH_VERBS: frozenset[str] = word_set("speech_verbs")
# Lesson 3, what kind of name is it? The last word of a name usually says what it names
# ("Brisk River Bridge" is a structure); for some kinds the first word does ("Lake Erie").
FACILITY_CUES: frozenset[str] = word_set("facility_cues")
LOCATION_CUES: frozenset[str] = word_set("location_cues")
GPE_CUES: frozenset[str] = word_set("gpe_cues")
OTHER_CUES: frozenset[str] = word_set("other_cues")
# Capitals and big cities of the world (NLTK's gazetteers only list US cities).
WORLD_CITIES: frozenset[str] = word_set("world_cities")
# Continents and wide regions: natural or cultural areas, not governments.
REGIONS: frozenset[str] = word_set("regions")
# Never a name on their own, even with a capital: "On Tuesday", "last August".
WEEKDAYS_AND_MONTHS: frozenset[str] = word_set("weekdays_and_months")
