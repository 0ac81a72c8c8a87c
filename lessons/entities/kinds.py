"""Step 3: what kind of name is it? Its own words first, then the words around it.

Each entity gets one of :data:`~lessons.entities.ENTITY_TYPES` and a reason a student can argue
with. The evidence, strongest first:

1. **Where the name stands.** A byline or credit names reporters and agencies, a dateline a
   place; a title before a name ("Mayor Ana Brill") makes a person.
2. **Its own words.** NLTK's gazetteers and the kit's lists of places ("Ohio", "Kyiv"); a cue
   word from :mod:`lessons.vocab` ("Authority", "Bridge", "Lake ..."); a first name from NLTK's
   names corpus ("Paula Quennell").
3. **The words around its mentions** (:mod:`lessons.entities.context`): "in Tessop", "Tull,
   71,", "the union".
4. **What such a name most often is**, when nothing else says; and a name listed with another
   ("Tessop and Varnley") takes that one's kind.

>>> cue_type(["Riverton", "Water", "Authority"]), place_type("Ohio")
(('ORGANIZATION', 'authority'), 'GPE')
>>> looks_like_person(["Ana", "Brill"]), looks_like_person(["Sydney", "Trains"])
(True, False)
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from lessons import nlp, vocab
from lessons.entities.entity import Group, Name
from lessons.entities.words import (
    fold,
    glued_initials,
    is_acronym,
    is_capitalised,
    is_common,
    is_joiner,
    straight_quotes,
)

COMPANY_FORMS = vocab.word_set("entity_company_words")  # "Velkor Steel", later "Velkor"
SCHOOLS = frozenset("university college".split())
_SERVICES = vocab.word_set("entity_public_services")  # "School District": a public body
_COMPASS_NAMES = frozenset("north south east west northern southern eastern western".split())

# ---------------------------------------------------------------------------------------------
# What a name's own words say: lists of places, cue words, first names


@lru_cache(maxsize=16384)
def _place_key(text: str) -> str:
    """Places are compared with their capitals ("In" is not Indiana), dots and 's dropped."""
    text = re.sub(r"\s+", " ", straight_quotes(text)).strip()
    text = re.sub(r"(?:'s|')$", "", text)
    text = re.sub(r"^[Tt]he ", "", text)
    if text.isupper() and len(text.replace(".", "")) > 3:
        text = text.title()  # a dateline's "ELM FALLS"
    return text.replace(".", "")


@cache
def _places() -> dict[str, str]:
    """Place names -> GPE or LOCATION, from NLTK's gazetteers and the kit's lists."""
    places: dict[str, str] = {}
    for fileid in (
        "countries.txt",
        "isocountries.txt",
        "usstates.txt",
        "uscities.txt",
        "caprovinces.txt",
        "mexstates.txt",
        "usstateabbrev.txt",
    ):
        for name in nlp.gazetteer(fileid):
            if "," not in name and len(name) > 1 and name[:1].isupper():
                places[_place_key(name)] = "GPE"
    for name in vocab.WORLD_CITIES:
        places[_place_key(name)] = "GPE"
    for name in ("U.S.", "U.S.A.", "U.K.", "UK", "EU", "UAE", "D.C.", "Carolinas", "Dakotas"):
        places[_place_key(name)] = "GPE"
    for name in vocab.REGIONS:
        places[_place_key(name)] = "LOCATION"
    return places


def place_type(text: str) -> str | None:
    """GPE or LOCATION when a gazetteer knows the name.

    >>> place_type("Ohio"), place_type("Quezon City"), place_type("In"), place_type("Tessop")
    ('GPE', 'GPE', None, None)
    """
    return _places().get(_place_key(text))


@cache
def _nationalities() -> frozenset[str]:
    names = nlp.gazetteer("nationalities.txt")
    return frozenset(fold(n) for n in names) | frozenset(fold(n) + "s" for n in names)


def is_nationality(text: str) -> bool:
    return fold(text) in _nationalities()


def cue_type(tokens: Sequence[str]) -> tuple[str | None, str]:
    """The type a name's own words give it, and the cue word ("Authority" -> ORGANIZATION).

    The head of a name is its last word ("Brisk River Bridge"), or the word before "of"
    ("Department of Defense"); a few kinds put the cue first ("Lake Erie", "Port Ellery").
    """
    low = [t.casefold().rstrip(".") for t in tokens if t]
    low = [t for t in low if t]
    several = len(low) > 1
    while len(low) > 1 and low[-1].isdigit():
        low.pop()  # "Pier 4", "Local 212"
    if not low:
        return None, ""
    if several and low[-1] == "district":  # "Hollis Water District" runs pipes; "Tessop District"
        return ("ORGANIZATION" if low[-2] in _SERVICES else "GPE"), "district"
    heads = [low[low.index("of") - 1]] if "of" in low[1:] else []
    heads.append(low[-1])
    for head in heads:
        for kind, cues in (
            ("ORGANIZATION", vocab.ORGANIZATION_CUES),
            ("FACILITY", vocab.FACILITY_CUES),
            ("OTHER", vocab.OTHER_CUES),
            ("GPE", vocab.GPE_CUES),
            ("LOCATION", vocab.LOCATION_CUES),
        ):
            if (head in cues or head + "." in cues) and several:
                if kind == "GPE" and head in ("state", "states") and len(low) > 2:
                    continue
                if kind == "ORGANIZATION" and head == "federation" and is_nationality(low[0]):
                    return "GPE", head
                if kind == "FACILITY" and head in ("center", "centre") and "medical" in low:
                    return "ORGANIZATION", "medical center"  # a hospital
                return kind, head
    last_part = low[-1].split("-")[-1]
    if "-" in low[-1] and last_part in vocab.ORGANIZATION_CUES:
        return "ORGANIZATION", last_part  # newspapers: "Courier-Post", "Star-Ledger"
    first = low[0]
    if len(low) == 1 and first in ("congress", "senate", "parliament"):
        return "ORGANIZATION", first
    if len(low) > 1:
        if first in ("lake", "mount", "mt", "cape", "isle", "river", "gulf", "bay", "sea"):
            return "LOCATION", first
        if first in ("port", "fort", "san", "santa", "saint", "st"):
            return "GPE", first
        if first in ("hurricane", "typhoon", "cyclone", "tropical", "storm"):
            return "OTHER", first
        if first in ("university", "club", "team"):
            return "ORGANIZATION", first  # "Club Atletico Tigre"
    return None, ""


def looks_like_person(tokens: Sequence[str]) -> bool:
    """First name from NLTK's names corpus plus a capitalised surname: "Paula Quennell".

    Not "Sydney Trains": a city that is also a first name, then a plural noun.
    """
    plural = tokens[-1].endswith("s") and is_common(tokens[-1]) and place_type(tokens[0])
    return (
        1 < len(tokens) <= 4
        and tokens[0] in nlp.first_names()
        and all(is_capitalised(t) for t in tokens)
        and cue_type(tokens)[0] is None
        and place_type(" ".join(tokens)) is None
        and not plural
    )


# ---------------------------------------------------------------------------------------------
# The type of an entity, strongest evidence first

Typing = tuple[str, str]  # (type, the reason a student can read)


@dataclass(frozen=True)
class Namesakes:
    """What the article's other names say about a one-word name.

    ``institutions`` holds the first words of organisation and building names ("Maidstone" of
    "Maidstone Hospital"): a town often lends its name to its institutions. ``brands`` holds
    the first words of company names ("Velkor" of "Velkor Steel"): a company shortens its own
    name, so "Velkor" alone is the company.
    """

    institutions: frozenset[tuple[str, ...]] = frozenset()
    brands: frozenset[tuple[str, ...]] = frozenset()


def find_namesakes(groups: Sequence[Group]) -> Namesakes:
    """First words of the article's institution, building and company names."""
    institutions: set[tuple[str, ...]] = set()
    brands: set[tuple[str, ...]] = set()
    for group in groups:
        tokens = group.full.tokens
        if len(tokens) < 2 or "of" in tokens:
            continue
        if tokens[-1] in COMPANY_FORMS:  # "Velkor" of "Velkor Steel"
            brands.add(tokens[:1])
            continue
        kind = cue_type(tokens)[0]
        if kind == "ORGANIZATION":  # "Elm Falls" of "Elm Falls Water Authority"
            institutions.update(tokens[:k] for k in range(1, len(tokens) - 1))
            institutions.add(tokens[:1])
        elif kind == "FACILITY":  # "Riverton" of "Riverton Airport"
            institutions.add(tokens[:1])
    return Namesakes(frozenset(institutions), frozenset(brands))


def type_of(group: Group, namesakes: Namesakes = Namesakes()) -> Typing:
    """The entity type of a group of mentions and the reason, strongest evidence first:
    where the name stands (byline, dateline, after a title), then its own words, then the words
    around its mentions, then what is most likely."""
    hints = Counter(h for n in group.names for h in n.hints)
    full = [straight_quotes(w.text) for w in group.full.words]
    return (
        _type_from_role(group, hints)
        or _type_from_words(group, full, hints, namesakes)
        or _type_from_context(full, hints)
        or _type_by_default(group, full, hints, namesakes)
    )


def _type_from_role(group: Group, hints: Counter[str]) -> Typing | None:
    """Bylines, credits, datelines and titles settle the type."""
    full = " ".join(straight_quotes(w.text) for w in group.full.words)
    if hints["agency"]:
        return "ORGANIZATION", "the news agency in the dateline"
    if hints["role:person"]:
        return "PERSON", "the reporter or photographer in the byline or credit"
    if hints["role:org"] and not place_type(full):
        return "ORGANIZATION", "the employer or agency in the byline or credit"
    if hints["product"]:
        return "OTHER", "a model number before 'jets', 'trucks', 'phones': a product"
    if hints["person:title"]:
        title = next(n.title for n in group.names if n.title)
        return "PERSON", f"a title before the name ('{title}')"
    if hints["dateline"]:
        return "GPE", "the place in the dateline"
    return None


def _type_from_words(
    group: Group, full: list[str], hints: Counter[str], namesakes: Namesakes
) -> Typing | None:
    """The name's own words: a gazetteer, "&", a cue word ("Bridge", "Authority", "Fire")."""
    place = place_type(" ".join(full))
    if place:
        return place, "in the kit's list of places"
    cue, word = cue_type(full)
    if "&" in full and not cue:
        if glued_initials(group.full.words):
            return "ORGANIZATION", "initials joined by '&': a firm (AT&T)"
        if all(is_common(w) for w in full if w != "&"):
            return "OTHER", "ordinary words joined by '&': a product name"
        return "ORGANIZATION", "names joined by '&': a firm"
    if cue == "GPE" and word == "parish" and "'s" in full:
        return "ORGANIZATION", "a saint's parish is a church"  # "St. Anne's Parish"
    if cue == "LOCATION" and group.full.tokens in namesakes.institutions:
        return "GPE", "a town: its name starts the names of its institutions ('X Hospital')"
    if cue:
        return cue, f"the word '{word}' in the name"
    if len(full) == 2 and full[0].casefold() in _COMPASS_NAMES and hints["the"]:
        return "LOCATION", "'the' and a compass word: a region ('the East Midlands')"
    if looks_like_person(full) and not hints["org:the-name"]:
        return "PERSON", f"'{full[0]}' is a first name"
    return None


def _type_from_context(full: list[str], hints: Counter[str]) -> Typing | None:
    """The words around the mentions vote: "in ...", "..., 71,", "..., the union"."""
    person = hints["person:age"] + hints["person:who"] + hints["person:appositive"]
    place = sum(n for h, n in hints.items() if h.startswith("place:"))
    organisation = hints["org:appositive"]
    acronym = len(full) == 1 and is_acronym(full[0])
    if acronym and not place:
        return "ORGANIZATION", "an acronym"
    if organisation > max(person, place):
        return "ORGANIZATION", "described as an organisation ('..., the union that')"
    if person and person >= place:
        return "PERSON", "the words around it describe a person"
    if place:
        return "GPE", "the words around it describe a place ('in ...', '... residents')"
    if acronym:
        return "ORGANIZATION", "an acronym"
    if hints["org:noun"]:
        return "ORGANIZATION", "an organisation word before it ('the journal ...')"
    if hints["org:title-after"] or hints["the"] or hints["org:shares"]:
        return "ORGANIZATION", "'the' before it or a job title after it"
    return None


def _type_by_default(
    group: Group, full: list[str], hints: Counter[str], namesakes: Namesakes
) -> Typing:
    """No strong clue: what such a name most often is."""
    if len(full) == 1 and full[0] in nlp.first_names():
        return "PERSON", f"'{full[0]}' is a first name"
    if len(full) > 1 and any(is_joiner(w) for w in full[1:]):
        return "ORGANIZATION", "a capitalised small word inside: the name of a group"
    if hints["org:of-person"]:
        return "ORGANIZATION", "'of' after a person's name: where they work"
    first_name = full[0] in nlp.first_names() and not place_type(full[0])
    if len(full) > 1 and is_common(full[-1]) and not first_name:
        return "ORGANIZATION", f"'{full[-1]}' is an ordinary word, not a surname"
    if len(full) > 1:
        return "PERSON", "two or more capitalised words with no other clue"
    if hints["speech"] or hints["org:shares"]:
        # A person named by surname alone was grouped with the full name already.
        return "ORGANIZATION", "one word that speaks or has shares, but no person's name"
    tokens = group.full.tokens
    if tokens in namesakes.institutions and tokens not in namesakes.brands:
        return "GPE", "a town: its name starts the names of its institutions ('X Hospital')"
    return "ORGANIZATION", "no clue: a one-word name is most often a company or an agency"


# ---------------------------------------------------------------------------------------------
# Names listed together share a kind


_WEAK_REASONS = (
    "no clue: a one-word name is most often a company or an agency",
    "two or more capitalised words with no other clue",
)

_CONNECTORS = ("and", "or", "to", "")  # "Tessop and Varnley", "from Bergen to Stavanger"


def share_kinds(
    names: Sequence[Name], groups: Sequence[Group], typed: dict[int, Typing], raw: str
) -> None:
    """A name typed on a weak guess takes the kind of the name it is listed with.

    "the provinces of Tessop and Varnley": if Tessop is known to be a place, so is Varnley.
    Only the next and the previous name in the sentence are looked at; a list ("Lisbon,
    Tessop and Varnley") passes the kind along, so the groups are read twice.
    """
    owner = {n.start: g for g in groups for n in g.names}
    in_sentence: dict[int, list[Name]] = defaultdict(list)
    position: dict[int, int] = {}
    for name in sorted(names, key=lambda n: n.start):
        position[id(name)] = len(in_sentence[name.sentence])
        in_sentence[name.sentence].append(name)
    weak = [g for g in groups if typed[id(g)][1] in _WEAK_REASONS]
    weak.sort(key=lambda g: min(n.start for n in g.names))
    for _ in range(2):
        for group in weak:
            votes: Counter[str] = Counter()
            for name in group.names:
                if "coordinated" not in name.hints or name.sentence < 0:
                    continue
                row, k = in_sentence[name.sentence], position[id(name)]
                for other in row[max(0, k - 1) : k] + row[k + 1 : k + 2]:
                    between = raw[min(name.end, other.end) : max(name.start, other.start)]
                    partner = owner.get(other.start)
                    if (
                        between.strip(" ,") in _CONNECTORS
                        and len(between) <= 6
                        and partner is not None
                        and typed[id(partner)][1] not in _WEAK_REASONS
                    ):
                        votes[typed[id(partner)][0]] += 1
            if votes:
                kind = votes.most_common(1)[0][0]
                typed[id(group)] = (kind, "named together with another name of this kind ('and')")
