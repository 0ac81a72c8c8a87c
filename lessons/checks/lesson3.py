"""Instant feedback for lesson 3: tag the named entities."""

from __future__ import annotations

from lessons.checks.core import check_items, check_value, not_yet, passed, verdict

__all__ = [
    "HINTS",
    "check_mention_count",
    "check_name_grammar",
    "check_people",
    "graded_calls",
]

HINTS: dict[str, tuple[str, ...]] = {}


def graded_calls() -> dict[str, dict[str, list[list[object]]]]:
    """For the grader: the inputs each function-answer check of this lesson runs on."""
    return {}


def check_name_grammar(
    answer: object, sentence: str, name: str = "Department of Defense", *, strict: bool = False
) -> None:
    """Lesson 3: a chunk grammar that keeps a name with "of" in one chunk."""
    from lessons.entities import chunk_tree, pos_tags

    with verdict(strict=strict):
        if answer is ...:
            not_yet("the grammar is still empty: replace the ... with your answer.", "")
        if not isinstance(answer, str) or not answer.strip():
            not_yet("the grammar should be a string of rules.", "start from DEFAULT_GRAMMAR.")
        try:
            tree = chunk_tree(pos_tags(sentence), answer)
        except (ValueError, TypeError) as error:
            not_yet(f"NLTK cannot read the grammar ({error}).", "one rule per line: NAME: {<...>}")
        chunks = [
            " ".join(word for word, _ in subtree.leaves())
            for subtree in tree.subtrees()
            if subtree is not tree
        ]
        if name in chunks:
            passed(f"your grammar keeps '{name}' in one chunk.")
            return
        not_yet(
            f"no chunk is exactly '{name}'; the chunks are {chunks}.",
            "look at the tag 'of' gets in the tree, then add a rule for proper nouns, that tag, "
            "proper nouns, above the simple rule.",
        )


def check_people(answer: object, article: object, *, strict: bool = False) -> None:
    """Lesson 3: the names of the people the kit finds."""
    from lessons.entities import find_entities

    with verdict(strict=strict):
        check_items(
            answer,
            {e.text for e in find_entities(article) if e.type == "PERSON"},
            what="the people in the story",
            hint="keep entity.text for every entity whose .type is 'PERSON'.",
        )


def check_mention_count(
    answer: object, article: object, name: str, *, strict: bool = False
) -> None:
    """Lesson 3: how many times the story mentions one entity (possessives included)."""
    from lessons.entities import find_entities

    with verdict(strict=strict):
        counts = {e.text: e.count for e in find_entities(article)}
        check_value(
            answer,
            counts.get(name, 0),
            what=f"the number of mentions of {name}",
            hint="find the entity whose .text is the name and read its .count (or len(.mentions)).",
        )
