"""Step 3: what kind of name is it? Its own words first, then the words around it.

Each entity gets one of :data:`~lessons.entities.ENTITY_TYPES` and a reason a student can argue
with. The evidence, strongest first:

1. **Where the name stands.** A byline or credit names reporters and agencies, a dateline a
   place ("MADRID 1996-08-30" on a line of its own too); a title before a name ("Mayor Ana
   Brill", "Lieutenant-General Ines Varga") or a nationality ("Swede Ivo Marten") makes a
   person; a ship's noun before it ("the ferry Marla Rose") a vessel; a score after it
   ("Leeds 3 Varnley 1", "Leeds beat Varnley 3-1") a team, even when a town gives it its name.
2. **Its own words.** Gazetteers: NLTK's, the kit's lists of places ("Ohio", "Kyiv",
   "Britain") and GeoNames' cities of 100,000 people or more; the kit's list of news agencies
   and international bodies ("told Reuters", "the U.N."); a cue word from :mod:`lessons.vocab`
   ("Authority", "Bridge", "Lake ...", "AB", "Open"); a first name from NLTK's names corpus
   ("Paula Quennell"), but not when a company or club word ends the name ("Hollis Dairy").
3. **The words around its mentions** (:mod:`lessons.entities.context`): "in Tessop", "Tull,
   71,", "the union".
4. **What such a name most often is**, when nothing else says: a name of two or more words
   with a town's name inside is a club or firm ("Atletico Madrid"), else a person; a one-word
   name with no clue at all is OTHER, and its reason says so: guessing "organisation" made
   unknown places and people into companies. A name listed with another ("Tessop and
   Varnley") takes that one's kind.

Rules the kit keeps (the datasets' guidelines):

- **Buildings you go to vs institutions that act.** Schools, colleges, universities and
  hospitals are ORGANIZATION ("Elm Road Primary School", "Tessop College"): they hire, vote,
  close. Roads, streets, bridges, stations, airports, stadiums are FACILITY ("Mill Road",
  "Tessop Central Station").
- **Vessels** ("MV Kestrel Dawn", "HMS Tessop", "the ferry Marla Rose") are OTHER: a ship is
  neither a company nor a place.
- **Nationality and people words** ("Uzbek", "Kurdish", "Iraqis", "South Korean") are not
  names in the kit's guidelines and are left out (:func:`is_nationality`). A benchmark that
  tags them (CoNLL-2003's MISC) can set :data:`DEMONYMS_ARE_ENTITIES` to keep them as OTHER.

>>> cue_type(["Riverton", "Water", "Authority"]), place_type("Ohio")
(('ORGANIZATION', 'authority'), 'GPE')
>>> looks_like_person(["Ana", "Brill"]), looks_like_person(["Sydney", "Trains"])
(True, False)
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from lessons import nlp, vocab
from lessons.entities.entity import Group, Name
from lessons.entities.gazetteers import (
    COMPASS_NAMES,
    is_country,
    is_known_organization,
    is_nationality,
    is_town,
    place_type,
)
from lessons.entities.words import (
    glued_initials,
    is_acronym,
    is_capitalised,
    is_common,
    is_joiner,
    straight_quotes,
)

COMPANY_FORMS = vocab.word_set("entity_company_words")  # "Velkor Steel", later "Velkor"
SCHOOLS = frozenset("university college".split())
_VESSEL_PREFIXES = frozenset("mv ms hms uss rms ss hmcs hmas hmnzs mt fv rv".split())
_CLUB_FORMS = frozenset("fc afc cf sc ac".split())  # "Brenford Forge FC"
_SERVICES = vocab.word_set("entity_public_services")  # "School District": a public body
# The kit's guidelines (datasets/README.md) leave nationality and people words out ("Russian
# forces"); CoNLL-2003 tags them MISC. True keeps them as OTHER entities ("a nationality or
# people word"), as a benchmark in that convention expects.
DEMONYMS_ARE_ENTITIES = False
_ABBREVIATIONS = vocab.word_set("entity_common_abbreviations")  # "GMT", "GDP"

# ---------------------------------------------------------------------------------------------
# What a name's own words say: cue words, first names (the lists: lessons.entities.gazetteers)


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
        if first in _VESSEL_PREFIXES:
            return "OTHER", first  # a ship: "MV Kestrel Dawn", "HMS Tessop"
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
_NO_CLUE = "no clue: neither its words nor the words around it say what kind of name it is"


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
        if tokens[-1] in _CLUB_FORMS and len(tokens) == 3:
            brands.add(tokens[1:-1])  # "Forge" of "Brenford Forge FC": a club's own name
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
        or _type_from_context(full, hints, _is_acronym_name(group, full))
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
    if hints["demonym"]:
        return "OTHER", "a nationality or people word"
    if hints["vessel"]:
        return "OTHER", "a ship's name ('the ferry ...', 'the carrier ...')"
    if hints["product"]:
        return "OTHER", "a model number before 'jets', 'trucks', 'phones': a product"
    if hints["person:title"]:
        title = next(n.title for n in group.names if n.title)
        if is_nationality(title):
            return "PERSON", f"a nationality before the name ('{title}'), as of a player"
        return "PERSON", f"a title before the name ('{title}')"
    scores = hints["team:score"]
    team = scores and not is_country(full) and not looks_like_person(full.split())
    if team and not hints["person:title"]:
        return "ORGANIZATION", "a name followed by a score in a results table: a team"
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
    if is_known_organization(" ".join(full)):
        return "ORGANIZATION", "in the kit's list of news agencies and international bodies"
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
    if len(full) == 2 and full[0].casefold() in COMPASS_NAMES and hints["the"]:
        return "LOCATION", "'the' and a compass word: a region ('the East Midlands')"
    if looks_like_person(full) and not hints["org:the-name"]:
        return "PERSON", f"'{full[0]}' is a first name"
    return None


def _is_acronym_name(group: Group, full: list[str]) -> bool:
    """ "BBC", "RWA"; not a word of a headline in capitals ("PRESS", "DURAN")."""
    word = full[0]
    return (
        len(full) == 1
        and is_acronym(word)
        and not (len(word) > 4 and word.isalpha() and is_common(word))  # "PRESS", "FILING"
        and word.title() not in nlp.first_names()
        and any(n.part != "headline" for n in group.names)
    )


def _type_from_context(full: list[str], hints: Counter[str], acronym: bool) -> Typing | None:
    """The words around the mentions vote: "in ...", "..., 71,", "..., the union"."""
    person = hints["person:age"] + hints["person:who"] + hints["person:appositive"]
    place = sum(n for h, n in hints.items() if h.startswith("place:"))
    organisation = hints["org:appositive"]
    if acronym and full[0].replace(".", "") in _ABBREVIATIONS:
        return "OTHER", "a common abbreviation (a time zone, a measure), not an organisation"
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
    town = next((w for w in full[1:] if is_town(w)), None)
    if len(full) > 1 and town:  # "Real Madrid", "Dynamo Kirov": named after its town
        return "ORGANIZATION", f"a longer name with a town's name in it ('{town}'): a club or firm"
    if len(full) > 1 and is_common(full[0]) and full[0] not in nlp.first_names():
        return "OTHER", f"'{full[0]}' is an ordinary word, not a first name: not a person"
    if len(full) > 1:
        return "PERSON", "two or more capitalised words with no other clue"
    if hints["speech"] or hints["org:shares"]:
        # A person named by surname alone was grouped with the full name already.
        return "ORGANIZATION", "one word that speaks or has shares, but no person's name"
    tokens = group.full.tokens
    if tokens in namesakes.institutions and tokens not in namesakes.brands:
        return "GPE", "a town: its name starts the names of its institutions ('X Hospital')"
    if tokens in namesakes.brands:
        return "ORGANIZATION", "the first word of a company's name in this story: its short form"
    return "OTHER", _NO_CLUE


# ---------------------------------------------------------------------------------------------
# Names listed together share a kind


_WEAK_REASONS = (
    _NO_CLUE,
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
