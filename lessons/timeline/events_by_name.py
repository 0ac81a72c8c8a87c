"""The day of an event the story names by a noun.

"Two days after the grounding" counts from the day of the event whose words say "grounded" (or
"ran aground"), "a week after the sinking" from the day the ferry "sank"; "on election night"
and "polling day" are the day of the election the story dates ("the 28 November election"), or
of the primary when that is the news."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from functools import cache

from nltk.stem import PorterStemmer

from lessons import vocab
from lessons.timeline.dates_told import LOOK_BACK, Dated, Place  # noqa: F401 (Place: doctests)
from lessons.timeline.when import When
from lessons.timeline.words import IRREGULAR_VERBS


def stems_of(words: Sequence[str]) -> frozenset[str]:
    """The first five letters of each word of four letters or more, lower case: "grounded" and
    "grounding" share "groun"."""
    return frozenset(w.casefold()[:5] for w in words if len(w) >= 4 and w.isalpha())


@cache
def _stemmer() -> PorterStemmer:
    return PorterStemmer()


@cache
def _base_forms() -> dict[str, str]:
    """Irregular pasts and participles to their base form ("sank" -> "sink")."""
    forms: dict[str, str] = {}
    for base, *others in IRREGULAR_VERBS:
        forms.update((other, base) for other in others if other != base)
    return forms


@cache
def _root(word: str) -> str:
    word = word.casefold()
    return _stemmer().stem(_base_forms().get(word, word))


@cache
def _announcing() -> frozenset[str]:
    """The stems of the verbs whose act a story may call "the announcement"."""
    return frozenset(_root(verb) for verb in vocab.word_list("timeline_announcing_verbs"))


@cache
def _kinds() -> dict[str, frozenset[str]]:
    """Each noun's root to the roots of the nouns a story may use in turn for the same event
    ("crash", "derailment", "collision": vocab/timeline_event_kinds.txt)."""
    found: dict[str, frozenset[str]] = {}
    for line in vocab.word_list("timeline_event_kinds"):
        roots = frozenset(_root(word) for word in line.split())
        for root in roots:
            found[root] = found.get(root, frozenset()) | roots
    return found


def roots_of(words: Sequence[str]) -> frozenset[str]:
    """The stems of the words of three letters or more, irregular verbs by their base form:
    "sank" and "sinking" share "sink", "killed" and "killing" "kill".

    >>> sorted(roots_of(["The", "ferry", "sank", "killing", "two"]))
    ['ferri', 'kill', 'sink', 'the', 'two']
    """
    return frozenset(_root(w) for w in words if len(w) >= 3 and w.isalpha())


def _names(wanted: frozenset[str], roots: frozenset[str]) -> bool:
    """Do an event's word stems name the noun's: the same stem ("sinking", "sank"), or a
    compound that ends in it ("quake", "earthquake"; "grounding", "ran aground")?"""
    return any(
        root == want or (len(want) >= 4 and root.endswith(want))
        for want in wanted
        for root in roots
    )


def named_event(dated: Sequence[Dated], noun: str, by_the_day: bool = False) -> When | None:
    """The date of the latest event whose summary names ``noun`` ("the grounding" -> "The
    ferry was grounded", dated Friday), for "two days after the grounding"; None when no dated
    event names it. ``by_the_day`` (a count of days or weeks): the latest such event dated to
    a day ("struck at 4:17 a.m. on Oct. 12. ... logged after the 2011 quake. ... Three days
    after the quake": Oct. 15, not three days after 2011).

    >>> place = Place("body", 0, 0)
    >>> fire = Dated(When(2025, 3, 2), place, False, stems=stems_of(["The", "fire", "started"]))
    >>> named_event([fire], "fire"), named_event([fire], "vote")
    (When(year=2025, month=3, day=2), None)
    """
    wanted = stems_of(noun.split())
    if not wanted:
        return None
    wanted_roots = frozenset(
        _root(w)
        for w in noun.casefold().split()
        if len(w) >= 4 and w.isalpha() and not w.endswith("ed") and w not in _base_forms()
    )  # (a verb, "after the arena opened in 1974", "before the order came", is compared by its
    # first letters only: it is no noun of the event)
    if _root("announcement") in wanted_roots:  # "first offered $35 a share on Feb. 20. Two days
        wanted_roots |= _announcing()  # after the announcement": the day of the offer
    for root in list(wanted_roots):  # "The derailment, shortly after 6 p.m. on Aug. 29 ... Two
        wanted_roots |= _kinds().get(root, frozenset())  # days after the crash": its day
    for event in reversed(dated[-LOOK_BACK:]):
        if any(a.startswith(b) or b.startswith(a) for a in wanted for b in event.stems) or (
            _names(wanted_roots, event.roots)  # "vote" and "voted", "sinking" and "sank"
        ):
            if by_the_day and (event.when.precision != "day" or event.said):
                continue  # (nor the day it was told: "the parade we can hold safely, the mayor
                # said Thursday")
            return event.when if event.when.precision != "year" else None
    return None


_ELECTION_NOUNS = stems_of(["election", "elected", "primary", "referendum", "polls", "polling"])
_ADVANCE = stems_of(["advance", "early"])  # "advance polls run April 1-4": not polling day


# "'s council election", " election", " by-election": the words after a date that name an election
ELECTION_AFTER = re.compile(
    r"(?i)(?:['\u2019]s)?\s+(?:(?!(?:for|of|in|on|at|to|by|and|or|the|a|an|ahead|before|after|"
    r"until|from|since)\b)[a-z]+\s+){0,2}(?:election|by-election|primary|referendum|poll)\b"
)


def election_day(dated: Sequence[Dated], by: dt.date | None = None) -> When | None:
    """The day of the election a story dates, for "on election night" and "polling day": the
    first day the story names an election by ("the 28 November election", "Saturday's council
    election"), else the first event dated to a day whose summary names an election, a primary
    or the polls (not advance polls). With ``by`` (told in the past: "floods cut roads on
    election day"), a day up to then if the story told one.

    >>> place = Place("body", 0, 0)
    >>> polls = Dated(When(2016, 4, 11), place, False, stems=stems_of(["Voters", "go", "polls"]))
    >>> election_day([polls])
    When(year=2016, month=4, day=11)
    """
    days = [e for e in dated[:LOOK_BACK] if e.when.precision == "day"]
    for told in (_up_to(days, by), days) if by is not None else (days,):
        for event in told:  # "Saturday's council election", "On Election Day"
            if event.election:
                return event.when
        for event in told:  # the election the story opens with, not a later
            # deadline "at the elections office"
            if event.stems & _ELECTION_NOUNS and not event.stems & _ADVANCE:
                return event.when
    return None


def _up_to(dated: Sequence[Dated], by: dt.date | None) -> list[Dated]:
    """The dates told that fall on or before ``by`` (all of them without it)."""
    return [e for e in dated if by is None or e.when.first_day <= by]


_PRIMARY_NOUNS = stems_of(["primary", "primaries", "runoff"])


_PRIMARY_NEAR = dt.timedelta(days=60)  # a primary further from the story is not its news


def primary_day(
    dated: Sequence[Dated], now: dt.date | None, by: dt.date | None = None
) -> When | None:
    """The day of the primary or runoff a story dates first, if it is the story's news (within
    two months of its day): its "Election Day" and "primary night" are that day, not
    November's federal Election Day. (A November story's "between the May 7 primary and
    Election Day" means November's.) ``by``: as for :func:`election_day`.

    >>> place = Place("body", 0, 0)
    >>> vote = Dated(When(2026, 3, 3), place, False, stems=stems_of(["Polls", "open", "primary"]))
    >>> primary_day([vote], dt.date(2026, 2, 27)), primary_day([vote], dt.date(2026, 11, 20))
    (When(year=2026, month=3, day=3), None)
    """
    days = [e for e in dated[:LOOK_BACK] if e.when.precision == "day"]
    for told in (_up_to(days, by), days) if by is not None else (days,):
        held = next((e for e in told if e.stems & _PRIMARY_NOUNS and not e.stems & _ADVANCE), None)
        if held is not None and now is not None and abs(held.when.first_day - now) <= _PRIMARY_NEAR:
            return held.when
    return None
