"""Step 4: grouping. "Ada Brennock" and, later, "Brennock" are one person: one entity.

Names are grouped longest first, so a short form finds the full name it shortens: a surname
("Brennock"), a company without "Inc." ("Velkor"), an agency without its country ("State
Department"), a storm without "Tropical Storm" ("Wenna"), an acronym its long form ("EFWA").
:func:`find_entities` runs the whole lesson: names, repairs, groups, types.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache

from lessons import nlp, vocab
from lessons.article import Article
from lessons.document import read_document
from lessons.entities.bylines import byline_names, dateline_names
from lessons.entities.chunk import ne_chunker
from lessons.entities.context import STREETS
from lessons.entities.entity import Entity, Group, Mention, Name
from lessons.entities.kinds import (
    COMPANY_FORMS,
    SCHOOLS,
    cue_type,
    find_namesakes,
    is_nationality,
    looks_like_person,
    place_type,
    share_kinds,
    type_of,
)
from lessons.entities.repair import (
    article_words,
    headline_names,
    known_names,
    known_pieces,
    names_in_sentence,
    quoted_titles,
)
from lessons.entities.words import in_title_case, is_acronym, is_common, straight_quotes

_INSTITUTIONS = vocab.word_set("entity_institutions")  # "Elm Road Elementary School"
_VENUES = vocab.word_set("entity_venues")  # "Tolliman Stadium", later "Tolliman"

# ---------------------------------------------------------------------------------------------
# Which names are the same entity?


def _initials(tokens: Sequence[str]) -> str:
    return "".join(t[0] for t in tokens if t and t not in ("of", "the", "and", "for", "&"))


def _droppable_prefix(prefix: Sequence[str], group: Group) -> bool:
    """Can these first words of a name be left out and still name the same thing?"""
    words = [w.text for w in group.full.words[: len(prefix)]]
    if all(place_type(w) or is_nationality(w) or is_acronym(w) for w in words):
        return True  # "U.S. State Department" -> "State Department"
    if cue_type(words + ["x"])[0] == "OTHER" or cue_type(words)[0] == "OTHER":
        return True  # "Tropical Storm Wenna" -> "Wenna"
    return _group_is_person(group)


def _group_is_person(group: Group) -> bool:
    full = [w.text for w in group.full.words]
    return len(full) > 1 and (
        any("person:title" in n.hints for n in group.names)
        or looks_like_person([straight_quotes(t) for t in full])
        or (cue_type(full)[0] is None and place_type(" ".join(full)) is None)
    )


def _same_entity(name: Name, group: Group) -> bool:
    mine, theirs = name.tokens, group.full.tokens
    if mine == theirs:
        return True
    if len(mine) >= len(theirs):
        return False
    if theirs[-len(mine) :] == mine:
        prefix = theirs[: -len(mine)]
        if "dateline" in name.hints and not place_type(" ".join(theirs)):
            return False  # the dateline's MADRID is the city, not "Atletico Madrid"
        if "place:in" in name.hints and _group_is_person(group):
            return False
        return _droppable_prefix(prefix, group) or (
            len(mine) > 1 and cue_type(mine)[0] in ("FACILITY", "ORGANIZATION")
        )
    form = list(theirs)
    while form and form[-1] in COMPANY_FORMS:
        form.pop()
    if form and tuple(form) == mine and len(form) < len(theirs):
        return True  # "Velkor Inc." -> "Velkor"
    if theirs[: len(mine)] == mine and len(mine) > 1:
        kind, cue = cue_type(theirs)
        if (
            len(theirs) == len(mine) + 1
            and kind in ("ORGANIZATION", "FACILITY")
            and (cue_type(mine)[0] is None or cue in SCHOOLS)
            and not looks_like_person([straight_quotes(w.text) for w in name.words])
        ):
            return True  # "Elm Road Elementary School" -> "Elm Road Elementary"; "X State"
        if cue in _INSTITUTIONS and cue_type(mine)[1] in STREETS:
            return True  # the school on Elm Road, called "Elm Road"
    if _venue_short_form(name, theirs):
        return True
    first_name = straight_quotes(group.full.words[0].text)
    return (
        len(mine) == 1
        and theirs[0] == mine[0]
        and (first_name in nlp.first_names() or not is_common(first_name))
        and not place_type(first_name)
        and _group_is_surely_person(group)
        and "person:title" not in name.hints
    )


def _venue_short_form(name: Name, full: tuple[str, ...]) -> bool:
    """ "Tolliman" after "Tolliman Stadium": fans and reporters shorten a venue's name.

    Not when the word itself reads as a place ("in Tolliman", "Tolliman residents"): a town
    lends its name to its park as often as a sponsor or a founder does.
    """
    mine = name.tokens
    return (
        len(mine) == 1
        and len(full) == 2
        and full[0] == mine[0]
        and full[1] in _VENUES
        and not place_type(name.words[0].text)
        and not any(h.startswith("place:") or h == "dateline" for h in name.hints)
    )


def _group_is_surely_person(group: Group) -> bool:
    """A title, a first name from the names corpus or a person's context: "Greta" may be short."""
    full = [straight_quotes(w.text) for w in group.full.words]
    return (
        len(full) > 1
        and cue_type(full)[0] is None  # "Denholm and Ravensworth NHS Trust, Dr Imelda Vance"
        and (
            looks_like_person(full)
            or any(h.startswith("person:") for n in group.names for h in n.hints)
        )
    )


_INDEXED = 6  # names up to this many words find their candidates by their exact words


def _group(names: list[Name]) -> list[Group]:
    """Put the mentions of one entity together, longest names first.

    A shorter name can only be the same entity as a longer one that begins or ends with it
    (see :func:`_same_entity`), so groups are indexed by the first and last few words of their
    full name: each name is compared with a handful of candidates, not with every group that
    shares a word like "Corp." (a long text has thousands).
    """
    groups: list[Group] = []
    by_key: dict[tuple[str, ...], Group] = {}
    by_start: dict[int, Group] = {}
    by_word: dict[str, list[Group]] = defaultdict(list)  # first and last word of the full name
    by_end: dict[tuple[str, ...], list[Group]] = defaultdict(list)  # its first/last few words
    by_initials: dict[str, Group] = {}
    first_seen: dict[int, int] = {}
    created: dict[int, int] = {}
    for name in sorted(names, key=lambda n: (-len(n.tokens), n.start)):
        tokens = name.tokens
        group = by_key.get(tokens)
        if group is None and name.long_form is not None:
            group = by_start.get(name.long_form)
        if group is None and len(tokens) == 1 and is_acronym(name.words[0].text):
            group = by_initials.get(tokens[0].replace("&", ""))
        if group is None:
            group = _closest_group(name, _candidates(tokens, by_word, by_end, created), first_seen)
        if group is None:
            group = Group([name])
            groups.append(group)
            first_seen[id(group)] = name.start
            created[id(group)] = len(groups)
            by_word[tokens[0]].append(group)
            if len(tokens) > 1:
                by_word[tokens[-1]].append(group)
                by_initials.setdefault(_initials(tokens), group)
            for k in range(1, min(len(tokens), _INDEXED) + 1):
                by_end[tokens[:k]].append(group)
                if tokens[-k:] != tokens[:k]:
                    by_end[tokens[-k:]].append(group)
        else:
            group.names.append(name)
            first_seen[id(group)] = min(first_seen[id(group)], name.start)
        by_key.setdefault(tokens, group)
        by_start[name.start] = group
    return groups


def _candidates(
    tokens: tuple[str, ...],
    by_word: dict[str, list[Group]],
    by_end: dict[tuple[str, ...], list[Group]],
    created: dict[int, int],
) -> list[Group]:
    """The groups a name may belong to, in a fixed order: those whose full name starts (or
    ends) with the name's first word, then those that end with its last word, oldest first."""
    if len(tokens) > _INDEXED:
        found = by_word.get(tokens[0], []) + by_word.get(tokens[-1], [])
        return list({id(g): g for g in found}.values())
    found = {id(g): g for g in by_end.get(tokens, [])}

    def order(group: Group) -> tuple[bool, int]:
        full = group.full.tokens
        return (tokens[0] not in (full[0], full[-1]), created[id(group)])

    return sorted(found.values(), key=order)


def _closest_group(name: Name, candidates: list[Group], first_seen: dict[int, int]) -> Group | None:
    """Of the groups the name shortens, the one seen first before it (else the first seen)."""
    matches = [g for g in candidates if _same_entity(name, g)]
    if not matches:
        return None
    matches.sort(key=lambda g: first_seen[id(g)])
    earlier = [g for g in matches if first_seen[id(g)] < name.start]
    return (earlier or matches)[0]


# ---------------------------------------------------------------------------------------------
# Putting it together


def _collect(article: Article) -> list[Name]:
    """Every name mention in the article, repaired but not yet grouped or typed."""
    document = read_document(article)
    sentences = document.sentences
    known = article_words(sentences, ne_chunker(document))
    names: list[Name] = dateline_names(article, -1) + byline_names(article)
    in_titles: list[Name] = []  # names inside a quoted title of a work
    for index, sentence in enumerate(sentences):
        if in_title_case(sentence):
            continue
        works = quoted_titles(sentence.words)
        for name in names_in_sentence(sentence, index, known):
            inside = any(a <= name.start < b for a, b in works)
            (in_titles if inside else names).append(name)
    forms = known_names(names)
    for index, sentence in enumerate(sentences):
        if in_title_case(sentence):
            names.extend(headline_names(sentence, index, forms))
    names.extend(known_pieces(in_titles, forms))
    return sorted(names, key=lambda n: n.start)


def _entity_text(group: Group, raw: str) -> str:
    """The fullest form, as written (a dateline's capitals are softened: RIVERTON -> Riverton)."""
    longest = max(len(n.tokens) for n in group.names)
    forms = [n for n in group.names if len(n.tokens) == longest]
    written = [n for n in forms if not raw[n.start : n.end].isupper() or len(n.tokens[0]) <= 4]
    best = min(written or forms, key=lambda n: n.start)
    text = re.sub(r"\s+", " ", raw[best.start : best.end])
    if text.isupper() and len(text.replace(".", "")) > 4:
        text = text.title()
    return text


@lru_cache(maxsize=32)
def _entities(article: Article) -> tuple[Entity, ...]:
    names = _collect(article)
    groups = _group(names)
    namesakes = find_namesakes(groups)
    typed = {id(g): type_of(g, namesakes) for g in groups}
    share_kinds(names, groups, typed, article.raw)
    entities = []
    for group in groups:
        kind, reason = typed[id(group)]
        mentions = tuple(
            Mention(
                article.raw[n.start : n.end],
                n.start,
                n.end,
                title=n.title,
                part=n.part,
                sentence=n.sentence,
            )
            for n in sorted(group.names, key=lambda n: n.start)
        )
        entities.append(Entity(_entity_text(group, article.raw), kind, mentions, reason))
    entities.sort(key=lambda e: e.mentions[0].start)
    return tuple(entities)


def find_entities(article: Article) -> list[Entity]:
    """Every named entity in the story parts of the article, in order of first mention.

    >>> from lessons.article import parse_article
    >>> article = parse_article("Dam Plan Stalls\\n\\nThe Elm Falls Water Authority (EFWA) "
    ...     "met in Elm Falls. EFWA chief Tom Heald spoke.")
    >>> [(e.text, e.type, e.count) for e in find_entities(article)]
    [('Elm Falls Water Authority', 'ORGANIZATION', 3), ('Elm Falls', 'GPE', 1), \
('Tom Heald', 'PERSON', 1)]
    """
    return list(_entities(article))
