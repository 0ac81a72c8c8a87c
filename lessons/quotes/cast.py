"""Step 4b, the Cast: everyone the article names, so that "he", "Austin" or "the ministry"
can be resolved.

People come with their gender (from a title, a first name or a pronoun) and titles, in reading
order; organisations with where they are first named; speakers join as they are found.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from lessons import vocab
from lessons.article import Article, Span
from lessons.document import read_document
from lessons.quotes.anonymous import _describe, _is_one_person, described_gender, unnamed_subject
from lessons.quotes.names import find_names
from lessons.quotes.words import (
    _FEMALE_TITLES,
    _HONORIFICS,
    _MALE_TITLES,
    ANONYMOUS,
    UNKNOWN,
    _first_names,
    _gendered_first_names,
    _is_org,
    _strip_possessive,
)
from lessons.vocab import WEEKDAYS_AND_MONTHS


@dataclass
class _Person:
    name: str
    gender: str = ""  # "male", "female" or ""
    strong: bool = False  # gender known from a title or a pronoun, not only a first name
    titles: set[str] = field(default_factory=set)
    positions: list[int] = field(default_factory=list)


class Cast:
    """Everyone the article names, in reading order: people (with gender and titles) and
    organisations, so that "he", "Austin" or "the ministry" can be resolved.

    Speakers found along the way (named, organisations and anonymous) are added with
    :meth:`add_speaker`, so that "the official" or "she" can point back to them.
    """

    def __init__(self, article: Article) -> None:
        self.people: dict[str, _Person] = {}
        self.orgs: list[tuple[int, str]] = []
        self.others: dict[str, list[int]] = {}
        self.speakers: list[tuple[int, str]] = []
        self._spoke_at: set[int] = set()  # where a speaker was named
        self.anonymous_gender: dict[str, str] = {}
        self.blocked: list[tuple[int, int]] = []
        self.surnames: dict[str, str] = {}
        self.raw = article.raw
        self.part_starts: list[int] = []
        # look-ups by word, so that a long article's names are not read again for every mention
        self._by_first_name: dict[str, str] = {}
        self._org_index: dict[str, list[str]] = {}
        singles: list[tuple[int, str]] = []
        for _, part in article.story_parts():
            self.part_starts.append(part.start)
            singles.extend(self._read_names(part))
        self._read_single_names(singles)
        for person in self.people.values():
            person.positions.sort()
        self.orgs.sort()
        # where each organisation is first named in the body (headline words are title case:
        # "Judge Orders Calder Mills to Pay" is no organisation's name)
        self.body_start = article.paragraphs[0].start if article.paragraphs else len(article.raw)
        self.org_names: dict[str, int] = {}
        for start, name in self.orgs:
            if name not in self.org_names:
                self._index_org(name)
            if name not in self.org_names or self.org_names[name] < self.body_start <= start:
                self.org_names[name] = start
        self.part_starts.sort()
        # the story sentences of the shared document (and where each part starts)
        sentences = read_document(article).sentences
        self.sentence_starts = sorted({s.start for s in sentences} | set(self.part_starts))
        self._body_sentences = {s.start: s for s in sentences if s.part == "body"}
        self._index_mentions()
        self._others_by_surname: dict[str, list[str]] = {}
        for name in self.others:
            self._others_by_surname.setdefault(name.split()[-1], []).append(name)
        self._by_title: dict[str, list[str]] = {}
        for person in self.people.values():
            for title in person.titles:
                self._by_title.setdefault(title, []).append(person.name)
        # businesses named without an organisation word: "Brisa Air", "Pacific Cascade Power"
        self.businesses: list[tuple[int, str]] = sorted(
            (position, name)
            for name, positions in self.others.items()
            if not name.isupper() and self._is_company(name)
            for position in positions
            if position >= self.body_start
        )
        # unnamed people and groups a body sentence is about, even when they say nothing there
        # ("A spokeswoman for the company declined to comment."): found when first needed,
        # since reading them takes a part-of-speech tagger
        self._unnamed: dict[int, tuple[int, str] | None] = {}

    def _read_names(self, part: Span) -> list[tuple[int, str]]:
        """Note the people, organisations and other names of one story part; return the
        one-word names ("Austin", "Marlene"), read once every part has been read."""
        singles: list[tuple[int, str]] = []
        for name in find_names(part):
            if name.kind == "organization":
                self.orgs.append((name.start, name.name))
                continue
            words = name.name.split()
            honorific = words[0].strip(".") if words[0].strip(".") in _HONORIFICS else ""
            if honorific:
                words = words[1:]
            if not words:
                continue
            full = " ".join(words)
            if name.kind == "person" and len(words) >= 2:
                person = self._person(full)
                person.positions.append(name.start)
                self._note_title(person, name.title + " " + honorific)
            elif len(words) == 1:
                singles.append((name.start, words[0]))
                if honorific or name.title:
                    singles.append((-1, words[0] + "|" + name.title + " " + honorific))
            else:
                self.others.setdefault(full, []).append(name.start)
        return singles

    def _read_single_names(self, singles: list[tuple[int, str]]) -> None:
        """A one-word name is a surname of someone named in full, or a first name on its own
        ("his wife, Marlene"); (-1, "surname|title") adds a title to a person."""
        other_surnames = {name.split()[-1] for name in self.others}
        for position, word in singles:
            if word.casefold() in WEEKDAYS_AND_MONTHS:
                continue  # "in June" is a date, not a woman called June
            if (
                position >= 0
                and word not in self.surnames
                and word not in other_surnames  # "Gideon Marsh ... Marsh said"
                and word in _first_names()
            ):
                self._person(word).positions.append(position)  # "his wife, Marlene"
                continue
            if position < 0:
                surname, title = word.split("|")
                if surname in self.surnames:
                    self._note_title(self.people[self.surnames[surname]], title)
                continue
            full = self.surnames.get(word)
            if full and full != word:
                self.people[full].positions.append(position)

    def _index_org(self, name: str) -> None:
        for word in {w.casefold().strip(".") for w in name.split()}:
            self._org_index.setdefault(word, []).append(name)

    def _index_mentions(self) -> None:
        """Every mention of a person, in reading order, for pronoun look-ups."""
        self.mentions = sorted(
            (p, person.name) for person in self.people.values() for p in person.positions
        )
        self.mention_starts = [p for p, _ in self.mentions]

    def _person(self, full: str) -> _Person:
        if full not in self.people:
            person = _Person(full)
            male, female = _gendered_first_names()
            first = full.split()[0]
            person.gender = "male" if first in male else "female" if first in female else ""
            self.people[full] = person
            self.surnames.setdefault(full.split()[-1], full)
            self._by_first_name.setdefault(first, full)
        return self.people[full]

    @staticmethod
    def _note_title(person: _Person, title: str) -> None:
        words = {w.casefold().strip(".") for w in title.split()}
        person.titles.update(words)
        if words & _MALE_TITLES:
            person.gender, person.strong = "male", True
        elif words & _FEMALE_TITLES:
            person.gender, person.strong = "female", True

    def promote(self, name: str, position: int) -> None:
        """A name that turned out to be a speaker is a person, unless it is an organisation
        ("Pacific Cascade Power confirmed ...", "Solvane Air, which is based in Dublin")."""
        if name in self.people or name.startswith(ANONYMOUS) or _is_org(name.split()):
            return
        if len(name.split()) < 2 or name in self.org_names:
            return
        if self._is_company(name):
            self._index_org(name)
            self.org_names[name] = position
            bisect.insort(self.orgs, (position, name))
            return
        person = self._person(name)
        person.positions = sorted(set(person.positions + self.others.get(name, []) + [position]))
        for p in person.positions:
            i = bisect.bisect_left(self.mentions, (p, name))
            if i >= len(self.mentions) or self.mentions[i] != (p, name):
                self.mentions.insert(i, (p, name))
                self.mention_starts.insert(i, p)

    def _is_company(self, name: str) -> bool:
        """A name with no organisation word that the text treats as a business: "Solvane Air,
        which ...", "Pacific Cascade Power confirmed that it ...", or a name ending in a line of
        business ("Tarn Chemicals"); not "Declan Ferriter, who ...", "Imran Khan said he ..."."""
        after = [self.raw[p + len(name) : p + len(name) + 80] for p in self.others.get(name, [])]
        if any(re.match(r",\s+which\b", a) for a in after):
            return True
        if any(re.match(r",\s+(?:who\b|\d)", a) for a in after):
            return False
        # the first pronoun in the rest of the clause: "Obi Baker said he ...", "... that it"
        pronouns = [re.search(r"\b(he|she|his|her|it|its)\b|[.;:!?]", a) for a in after]
        said = {m.group(1) for m in pronouns if m and m.group(1)}
        if said & {"he", "she", "his", "her"}:
            return False
        words = name.split()
        if words[0] in _first_names():
            return False
        return bool(said) or _strip_possessive(words[-1]).casefold() in _INDUSTRY_WORDS

    def set_gender(self, speaker: str, pronoun: str) -> None:
        gender = {"he": "male", "his": "male", "she": "female", "her": "female"}.get(pronoun)
        if not gender:
            return
        if speaker in self.people:
            self.people[speaker].gender, self.people[speaker].strong = gender, True
        elif speaker.startswith(ANONYMOUS):
            self.anonymous_gender[speaker] = gender

    def add_speaker(self, position: int, speaker: str) -> None:
        if speaker == UNKNOWN:
            return
        bisect.insort(self.speakers, (position, speaker))
        self._spoke_at.add(position)
        if speaker.startswith(ANONYMOUS) and speaker not in self.anonymous_gender:
            gender = described_gender(speaker[len(ANONYMOUS) :])
            if gender:
                self.anonymous_gender[speaker] = gender

    # --- resolving mentions -----------------------------------------------------------------

    def person_for(self, words: Sequence[str]) -> str | None:
        """The full name for a bare surname (or a first name)."""
        key = " ".join(words)
        if key in self.people:
            return key
        if len(words) == 1:
            if words[0] in self.surnames:
                return self.surnames[words[0]]
            if words[0] in self._by_first_name:
                return self._by_first_name[words[0]]
            # "challenger Dariusz Wolny ... Wolny said"
            for name in self._others_by_surname.get(words[0], ()):
                if len(name.split()) in (2, 3) and not self._is_company(name):
                    return name
        return None

    def org_for(self, short: str, position: int) -> str | None:
        """The fullest organisation name containing a short mention ("the ministry",
        "State Department", "Brightwater"), preferring names seen before ``position``."""
        wanted = [_strip_possessive(w).casefold() for w in short.split()]
        best: tuple[bool, bool, int, str] | None = None
        # only the names that have the rarest of the wanted words, in the order first named
        candidates = min(
            (self._org_index.get(w.strip("."), []) for w in wanted), key=len, default=None
        )
        for name in self.org_names if candidates is None else candidates:
            start = self.org_names[name]
            lowered = [w.casefold().strip(".") for w in name.split()]
            if all(w.strip(".") in lowered for w in wanted):
                seen = start <= position
                score = (seen and start >= self.body_start, seen, len(name), name)
                if best is None or score[:3] > best[:3]:
                    best = score
        return best[3] if best else None

    def titled(self, head: str, position: int) -> str | None:
        """The person most recently named with a title word ("the secretary" -> Lloyd Austin)."""
        best, best_position = None, -1
        for person in (self.people[name] for name in self._by_title.get(head, ())):
            if person.positions:
                i = bisect.bisect_left(person.positions, position)
                latest = person.positions[i - 1] if i else person.positions[0]
                if latest > best_position:
                    best, best_position = person.name, latest
        return best

    def _inside_quote(self, position: int) -> bool:
        i = bisect.bisect_right(self.blocked, (position, 10**12)) - 1
        return i >= 0 and self.blocked[i][0] <= position < self.blocked[i][1]

    def pronoun(self, pronoun: str, position: int) -> str | None:
        """The person a he/she points to.

        An editor looks back paragraph by paragraph: the antecedent is in the pronoun's own
        paragraph or the one before. Inside a paragraph, the latest sentence first and in it who
        spoke (the subject of its attribution), then the first mention (the subject); someone
        known to be of that gender first, else someone whose gender the text does not tell ("Dev
        Rao", "a nurse"); when only people of the other gender are in view, nobody: an unknown
        speaker is better than a wrong one. So in "Dev Rao, who leads the
        fans, said ... His deputy, Rita Ames, said ... ¶ “...,” he said." *he* is Dev Rao,
        not a man named three paragraphs earlier.
        """
        pronoun = pronoun.casefold()
        if pronoun not in ("he", "she"):
            return self.last_group(position)
        return self.person_before(position, "male" if pronoun == "he" else "female")

    def person_before(self, position: int, gender: str = "") -> str | None:
        """The person the story is about at ``position`` (of that gender, when given): see
        :meth:`pronoun`. "The 24-year-old said" points back the same way."""
        candidates = self._people_before(position)
        # latest sentence first; in it, who spoke (the subject of the attribution: "Trump,
        # Sexton said, has ...") before the first mention
        candidates.sort(
            key=lambda m: (self._part(m[0]), self._sentence(m[0]), m[0] in self._spoke_at, -m[0])
        )
        while candidates:
            part = self._part(candidates[-1][0])
            unknown: str | None = None
            while candidates and self._part(candidates[-1][0]) == part:
                _, name, known, strong = candidates.pop()
                if known == gender or not gender:
                    return name
                if not known and unknown is None:
                    unknown = name
            if unknown:
                return unknown
        return None  # only someone of the other gender (by first name): unsure, so nobody

    def _people_before(self, position: int) -> list[tuple[int, str, str, bool]]:
        """People mentioned (outside quotes) and people who spoke in the dozen sentences before
        ``position``: (where, who, gender, is the gender sure)."""
        window = (
            self.sentence_starts[max(0, self._sentence(position) - 12)]
            if self.sentence_starts
            else 0
        )
        found: list[tuple[int, str, str, bool]] = []
        low = bisect.bisect_left(self.mention_starts, window)
        high = bisect.bisect_left(self.mention_starts, position)
        for p, name in self.mentions[low:high]:
            if not self._inside_quote(p):
                person = self.people[name]
                found.append((p, name, person.gender, person.strong))
        low = bisect.bisect_left(self.speakers, (window, ""))
        high = bisect.bisect_left(self.speakers, (position, ""))
        for p, speaker in self.speakers[low:high] + self.unnamed_between(window, position):
            if speaker in self.people:
                person = self.people[speaker]
                found.append((p, speaker, person.gender, person.strong))
            elif speaker.startswith(ANONYMOUS) and _is_one_person(speaker):
                known = self.anonymous_gender.get(speaker, "")
                found.append((p, speaker, known, bool(known)))
        return found

    def unnamed_between(self, low: int, high: int) -> list[tuple[int, str]]:
        """Unnamed subjects of the body sentences that start between ``low`` and ``high``:
        (where, "anonymous: ...")."""
        first = bisect.bisect_left(self.sentence_starts, max(low, self.body_start))
        last = bisect.bisect_left(self.sentence_starts, high)
        found = []
        for start in self.sentence_starts[first:last]:
            if start not in self._unnamed:
                self._unnamed[start] = self._read_unnamed(start)
            subject = self._unnamed[start]
            if subject is not None:
                found.append(subject)
        return found

    def _read_unnamed(self, start: int) -> tuple[int, str] | None:
        sentence = self._body_sentences.get(start)
        found = None if sentence is None else unnamed_subject(sentence)
        if found is None:
            return None
        speaker = _describe(found[0])
        gender = described_gender(found[0])
        if gender:
            self.anonymous_gender.setdefault(speaker, gender)
        return start + found[1], speaker

    def _part(self, position: int) -> int:
        """Which paragraph (or headline, dek, caption) a position is in."""
        return bisect.bisect_right(self.part_starts, position)

    def _sentence(self, position: int) -> int:
        return bisect.bisect_right(self.sentence_starts, position)

    def last_group(self, position: int, business: bool = False) -> str | None:
        """What "it", "its report" or "the statement" points to (or, with ``business``, "the
        company" or "the utility"): an organisation or group that spoke or was named, in the
        latest sentence that has one, and in it the first (the subject comes first).

        "A review panel found that managers at the Tarn Institute ignored warnings. Its report
        said ..." -> the panel, not the institute.
        """
        window = self.sentence_starts[max(0, self._sentence(position) - 12)]
        candidates: list[tuple[int, str]] = []
        low = bisect.bisect_left(self.speakers, (window, ""))
        high = bisect.bisect_left(self.speakers, (position, ""))
        for p, speaker in self.speakers[low:high]:
            if speaker not in self.people and not _is_one_person(speaker):
                candidates.append((p, speaker))
        low = bisect.bisect_left(self.orgs, (max(window, self.body_start), ""))
        high = bisect.bisect_left(self.orgs, (position, ""))
        candidates.extend(o for o in self.orgs[low:high] if not self._inside_quote(o[0]))
        candidates.extend(
            u for u in self.unnamed_between(window, position) if not _is_one_person(u[1])
        )
        if business:
            low = bisect.bisect_left(self.businesses, (window, ""))
            high = bisect.bisect_left(self.businesses, (position, ""))
            candidates.extend(self.businesses[low:high])
            candidates = [c for c in candidates if _is_business(c[1])]
        if not candidates:
            return None
        return min(candidates, key=lambda c: (-self._sentence(c[0]), c[0]))[1]


# The last word of many business names: "Pacific Cascade Power", "Solvane Air".
_INDUSTRY_WORDS = vocab.word_set("quote_industry_words")
_PUBLIC_BODY_WORDS = vocab.word_set("quote_public_body_words")


def _is_business(name: str) -> bool:
    """A named organisation that is not a public body ("Pacific Cascade Power", not "Jessup
    County Sheriff's Office")."""
    words = {_strip_possessive(w).casefold().strip(".") for w in name.split()}
    return not name.startswith(ANONYMOUS) and not words & _PUBLIC_BODY_WORDS
