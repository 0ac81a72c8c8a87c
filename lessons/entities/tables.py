"""Using the list: a table for the notebook, the plain chunker's score, who appears with whom,
and names that may be misspelled.

>>> from lessons.article import parse_article
>>> article = parse_article("Vote\\n\\nAna Brill met Tom Heald in Riverton. Brill left.")
>>> print(entity_table(find_entities(article), reasons=False))
PERSON        Ana Brill  x2
PERSON        Tom Heald  x1
GPE           Riverton   x1
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from lessons.article import Article
from lessons.entities.chunk import chunker_names
from lessons.entities.entity import Entity
from lessons.entities.group import find_entities

# ---------------------------------------------------------------------------------------------
# The list as a table, and how the plain chunker compares


def entity_table(entities: Sequence[Entity], reasons: bool = True) -> str:
    """The entities as a plain-text table: type, name, mentions, and why that type."""
    if not entities:
        return "No entities."
    width = max(len(e.text) for e in entities)
    lines = []
    for entity in entities:
        line = f"{entity.type:<12}  {entity.text:<{width}}  x{entity.count}"
        if reasons:
            line += f"  {entity.reason}"
        lines.append(line.rstrip())
    return "\n".join(lines)


def chunker_report(article: Article) -> dict[str, list[str]]:
    """How NLTK's binary chunker alone compares with the repaired list, for the notebook.

    ``right``: chunks that are exactly a name the kit keeps; ``wrong length``: chunks that
    overlap a name but cut it short or run on ("Brennock" for "Ada Brennock"); ``not names``:
    chunks the kit rejects ("New", "Ukrainian"); ``missed``: names no chunk touches.
    """
    mentions = [m for e in find_entities(article) for m in e.mentions if m.sentence >= 0]
    chunks = chunker_names(article)
    report: dict[str, set[str]] = {"right": set(), "wrong length": set(), "not names": set()}
    for chunk in chunks:
        overlapping = [m for m in mentions if m.start < chunk.end and chunk.start < m.end]
        if any(m.start == chunk.start and m.end == chunk.end for m in overlapping):
            report["right"].add(chunk.text)
        elif overlapping:
            report["wrong length"].add(f"{chunk.text} -> {overlapping[0].text}")
        else:
            report["not names"].add(chunk.text)
    missed = {
        m.text for m in mentions if not any(c.start < m.end and m.start < c.end for c in chunks)
    }
    result = {kind: sorted(found) for kind, found in report.items()}
    result["missed"] = sorted(missed)
    return result


# ---------------------------------------------------------------------------------------------
# Who appears with whom


def cooccurrence(
    article: Article, entities: Sequence[Entity] | None = None
) -> list[tuple[str, str, int]]:
    """Pairs of entities named in the same sentence, and in how many sentences.

    >>> from lessons.article import parse_article
    >>> article = parse_article("Vote\\n\\nAna Brill met Tom Heald in Riverton. Brill left.")
    >>> cooccurrence(article)
    [('Ana Brill', 'Riverton', 1), ('Ana Brill', 'Tom Heald', 1), ('Riverton', 'Tom Heald', 1)]
    """
    if entities is None:
        entities = find_entities(article)
    in_sentence: dict[int, set[str]] = defaultdict(set)
    for entity in entities:
        for mention in entity.mentions:
            sentence = getattr(mention, "sentence", 0)
            if sentence >= 0:  # bylines, credits and datelines are not sentences
                in_sentence[sentence].add(entity.text)
    pairs: Counter[tuple[str, str]] = Counter()
    for present in in_sentence.values():
        ordered = sorted(present)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1 :]:
                pairs[(a, b)] += 1
    return sorted(((a, b, n) for (a, b), n in pairs.items()), key=lambda p: (-p[2], p[0], p[1]))


def cooccurrence_matrix(
    article: Article, entities: Sequence[Entity] | None = None, top: int = 10
) -> tuple[list[str], list[list[int]]]:
    """The ``top`` most mentioned entities that share a sentence with another, and for each
    pair the number of sentences they share."""
    if entities is None:
        entities = find_entities(article)
    pairs = cooccurrence(article, entities)
    paired = {a for a, _, _ in pairs} | {b for _, b, _ in pairs}
    ranked = sorted((e for e in entities if e.text in paired), key=lambda e: (-e.count, e.text))
    chosen = [e.text for e in ranked[:top]]
    index = {name: i for i, name in enumerate(chosen)}
    matrix = [[0] * len(chosen) for _ in chosen]
    for a, b, shared in pairs:
        if a in index and b in index:
            matrix[index[a]][index[b]] = matrix[index[b]][index[a]] = shared
    return chosen, matrix


# ---------------------------------------------------------------------------------------------
# Is the name spelled right?


def closest_spellings(
    name: str, known: Iterable[str], max_distance: int = 2
) -> list[tuple[str, int]]:
    """Known spellings within a few letters of a name, closest first (NLTK's edit distance).

    >>> closest_spellings("Jens Stoltenbreg", ["Jens Stoltenberg", "Jonas Gahr Store"])
    [('Jens Stoltenberg', 2)]
    """
    from nltk import edit_distance

    folded = name.casefold()
    scored = [
        (k, edit_distance(folded, k.casefold()))
        for k in known
        # the distance is at least the difference in length: skip the far ones unmeasured
        if abs(len(k.casefold()) - len(folded)) <= max_distance
    ]
    return sorted(((k, d) for k, d in scored if d <= max_distance), key=lambda p: (p[1], p[0]))


def spelling_warnings(
    entities: Iterable[Entity], known: Iterable[str], max_distance: int = 2
) -> list[tuple[str, str, int]]:
    """People whose name is a few letters away from a known spelling, but not equal to it.

    (name in the article, known spelling, letters apart): a list of names to check by hand.
    """
    known = list(known)
    exact = {k.casefold() for k in known}
    warnings = []
    for entity in entities:
        if entity.type != "PERSON" or entity.text.casefold() in exact:
            continue
        for spelling, distance in closest_spellings(entity.text, known, max_distance)[:1]:
            warnings.append((entity.text, spelling, distance))
    return warnings
