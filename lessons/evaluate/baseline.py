"""Step 6: a baseline to beat: the plain NLTK chunker next to the kit's entities, on the gold.

The kit repairs, types and groups what NLTK's named-entity chunker finds. How much does that
add? Score both on every gold article that annotates entities and compare.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from lessons.evaluate.corpus import has_one_place_type, load_gold_articles
from lessons.evaluate.tasks import evaluate_entities


@dataclass(frozen=True)
class GoldScore:
    """The kit's entity scores on one gold article, next to the plain chunker's."""

    article: str
    typed_f1: float
    untyped_f1: float
    chunker_untyped_f1: float
    errors: tuple[object, ...]


def score_on_gold(root: str | Path | None = None) -> list[GoldScore]:
    """Score the kit (and the plain NLTK chunker) on every article with a gold.json.

    The gold lists each distinct surface form once with its type; see :func:`evaluate_entities`.
    """
    from lessons.article import parse_article
    from lessons.entities import chunker_entities, find_entities

    golds = [gold for gold in load_gold_articles(root) if "entities" in gold.tasks]
    one_place_type = has_one_place_type(golds)
    scores = []
    for gold in golds:
        article = parse_article(gold.text)
        answer_key = gold.gold["entities"]
        kit = evaluate_entities(
            [e.to_dict() for e in find_entities(article)],
            answer_key,
            gold.name,
            one_place_type=one_place_type,
        )
        plain = evaluate_entities(chunker_entities(article), answer_key, gold.name)
        scores.append(
            GoldScore(gold.name, kit.typed.f1, kit.untyped.f1, plain.untyped.f1, kit.errors)
        )
    return scores
