"""Score an analysis against a hand-made answer key (``gold.json``).

Every article in ``datasets/`` comes with a ``gold.json`` written by a person (see
``datasets/README.md``). This package compares what the kit found with that answer key, the way
an editor checks a reporter's notes against the recording:

- **quotes**: did we find each quotation, and did we credit the right speaker?
- **entities**: did we find each name, and did we give it the right type?
- **timeline**: did we find each time expression, and did we put it on the right date?

Predictions are the dictionaries printed by ``python -m lessons analyze --json``: quotes with
``text``/``speaker``/``start``/``end``, entities with ``text``/``type`` (and optionally
``mentions``), timeline events with ``expression``/``date``/``start``/``end``.

Three numbers summarise each task. **Precision**: of what we found, how much is right?
**Recall**: of what is there, how much did we find? **F1**: one number balancing the two.

The steps, one module each:

1. ``matching``: find each gold item in the text (folded, in order); pair gold and predictions.
2. ``scores``: counts, precision, recall, F1, and the error rows behind them.
3. ``tasks``: score one article's quotes, entities and timeline (only the tasks it annotates).
4. ``corpus``: read a datasets folder, run the kit on each article, total the scores.
5. ``report``: the score table and the error table.
6. ``baseline``: the plain NLTK chunker next to the kit's entities.
7. ``cli``: ``python -m lessons evaluate``.

>>> Counts(matched=2, predicted=3, gold=4).precision
0.6666666666666666
>>> Counts(matched=2, predicted=3, gold=4).recall
0.5
"""

from __future__ import annotations

# isort: off
from lessons.article import fold
from lessons.evaluate.matching import Prediction, Span, locate_in_order
from lessons.evaluate.scores import (
    TASKS,
    ArticleScores,
    CorpusReport,
    Counts,
    EntityScores,
    ErrorRow,
    QuoteScores,
    TimelineScores,
)
from lessons.evaluate.tasks import (
    entity_key,
    evaluate_article,
    evaluate_entities,
    evaluate_quotes,
    evaluate_timeline,
    speaker_resolved,
)
from lessons.evaluate.corpus import (
    AnalyzeFn,
    GoldArticle,
    datasets_root,
    evaluate_corpus,
    has_one_place_type,
    load_gold_articles,
    read_raw_text,
)
from lessons.evaluate.report import (
    ERROR_COLUMNS,
    SCORE_COLUMNS,
    format_report,
    format_table,
    score_row,
    to_rows,
)
from lessons.evaluate.baseline import GoldScore, score_on_gold
from lessons.evaluate.cli import main
# isort: on

__all__ = [
    "fold",
    "Prediction",
    "Span",
    "locate_in_order",
    "TASKS",
    "ArticleScores",
    "CorpusReport",
    "Counts",
    "EntityScores",
    "ErrorRow",
    "QuoteScores",
    "TimelineScores",
    "entity_key",
    "evaluate_article",
    "evaluate_entities",
    "evaluate_quotes",
    "evaluate_timeline",
    "speaker_resolved",
    "AnalyzeFn",
    "GoldArticle",
    "datasets_root",
    "evaluate_corpus",
    "has_one_place_type",
    "load_gold_articles",
    "read_raw_text",
    "ERROR_COLUMNS",
    "SCORE_COLUMNS",
    "format_report",
    "format_table",
    "score_row",
    "to_rows",
    "GoldScore",
    "score_on_gold",
    "main",
]
