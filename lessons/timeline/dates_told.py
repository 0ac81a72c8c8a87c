"""The dates the story has told so far, and where it told them.

Each time expression the timeline dates becomes a :class:`Dated`: its date, the place of its
sentence (part, paragraph, number) and what the text said about it ("said Wednesday", "since
1987", "Thursday 24 September"). The later steps look back over these to read a new one."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from lessons.document import StorySentence
from lessons.timeline.when import When


@dataclass(frozen=True)
class Place:
    """Where a sentence is: its part, its paragraph, and its number within the part."""

    part: str
    paragraph: int | None
    number: int


def places(sentences: Sequence[StorySentence]) -> dict[int, Place]:
    """The place of each story sentence, by its document number; sentences are counted within
    their part (the third sentence of the body is number 2, whatever the headline holds)."""
    counts: dict[str, int] = {}
    found: dict[int, Place] = {}
    for sentence in sentences:
        number = counts.get(sentence.part, 0)
        counts[sentence.part] = number + 1
        found[sentence.number] = Place(sentence.part, sentence.paragraph, number)
    return found


@dataclass(frozen=True)
class Dated:
    """An event already on the timeline: its date, its sentence, whether a year was written."""

    when: When
    place: Place
    written_year: bool
    end: int = -1  # where its expression ends in the raw text
    stems: frozenset[str] = frozenset()  # the first letters of the words that say what happened
    speech: bool = False  # the day of a speech or a writing, outside quotation marks
    opens: bool = False  # "since 1987": the start of a span that runs up to now
    weekday: bool = False  # its expression names the day of the week ("Thursday 24 September")
    done: bool = False  # told in the past tense ("granted the exemption this morning")
    election: bool = False  # it dates an election by name ("the 28 November election")
    said: bool = False  # the day the news was told ("organizers said Wednesday")
    new_year_season: bool = False  # a season over the new year ("last winter"): its December
    # is in the year before the one it is named by
    this_year: bool = False  # it is "this year", which gives its year to the months after it
    flashback: bool = False  # told in the past perfect ("A week earlier, the committee had
    # reviewed the results"): the story steps back from its own account
    given_up: bool = False  # a day given up ("moved the report to Jan. 23 from Jan. 16") or
    # only the last day of a span ("running through Dec. 31"): no clock time after it is on it
    roots: frozenset[str] = frozenset()  # the stems of the words that say what happened
    # ("sank" -> "sink"), for an event named by a noun ("a week after the sinking")
    season: str = ""  # the season it names with its year ("in the spring of 1957"), lower case
    counted: bool = False  # counted from a named event ("two days after the walkout"), not
    # told by its own name
    aside: bool = False  # a year told in an aside ("Redpath, who was born in 1943, is 54
    # now"): its own time, not the time the story tells of


DAYS_BACK = 4  # events a clock time (or "that day") looks back over for its day
LOOK_BACK = 200  # events searched for a named one: enough for any story, bounded for speed


def a_winter_of_two_years(winter: Dated, second: Dated) -> bool:
    """Are two dates told one after the other a winter written with its two years ("The
    winter of 1958-59": "The winter of 1958", then "59")?"""
    return (
        winter.season == "winter"
        and second.when.precision == "year"
        and second.place == winter.place
        and second.when.year == winter.when.year + 1
    )


def last_day_named(dated: Sequence[Dated], fits: Callable[[dt.date], bool]) -> When | None:
    """The story's latest day-precise date that ``fits``, looking back a bounded way (a 1 MB
    text stays linear)."""
    for earlier in reversed(dated[-LOOK_BACK:]):
        if earlier.when.precision == "day" and fits(earlier.when.first_day):
            return earlier.when
    return None
