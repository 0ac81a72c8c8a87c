"""Step 4: read every gold article of a datasets folder, run the kit on it, total the scores.

A folder of articles is either the kit's own ``datasets/`` (``seed/`` and ``practice/``) or a
plain folder of article folders (``datasets/holdout``, a development set of real news). Each
article folder holds ``article.txt`` and ``gold.json``, and may hold a ``metadata.json`` whose
``annotated`` list names the tasks its gold covers (``["quotes"]``); without that list, every
task gold.json has a key for is scored. An empty gold list of an annotated task still counts:
the article says there is nothing to find.
"""

from __future__ import annotations

import dataclasses
import json
import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lessons.errors import LessonError, MissingDataError
from lessons.evaluate.scores import TASKS, ArticleScores, CorpusReport, ErrorRow
from lessons.evaluate.tasks import (
    ONE_PLACE_TYPE,
    PLACE_TYPES,
    annotated_tasks,
    evaluate_article,
)

AnalyzeFn = Callable[[str, str | None], Mapping[str, Any]]


@dataclass(frozen=True)
class GoldArticle:
    """An article of the datasets folder with its answer key and the tasks the key covers."""

    name: str  # "seed" or "practice/<slug>"
    folder: Path
    text: str  # raw text, line endings kept, so offsets match the file
    gold: Mapping[str, Any]
    tasks: frozenset[str] = frozenset(TASKS)
    unjudged_times: tuple[tuple[int, int], ...] = ()  # times the gold leaves out on purpose

    @property
    def published(self) -> str | None:
        published = self.gold.get("published")
        return str(published) if published else None


def datasets_root(root: str | Path | None = None) -> Path:
    """Where the datasets are: ``root`` if given, else $LESSONS_DATASETS, else ``datasets/``."""
    if root is not None:
        return Path(root)
    from_env = os.environ.get("LESSONS_DATASETS")
    if from_env:
        return Path(from_env)
    return Path(__file__).resolve().parents[2] / "datasets"


def read_raw_text(path: Path) -> str:
    """Read a text file as UTF-8 without touching line endings (a byte-order mark is dropped)."""
    return path.read_bytes().decode("utf-8-sig")


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise ValueError(f"{path} is not valid JSON (line {error.lineno}): {error.msg}.") from None


def _unjudged_times(folder: Path) -> tuple[tuple[int, int], ...]:
    """Spans of time expressions the gold leaves out on purpose (metadata ``timex3_not_gold``:
    durations, weeks, clock times in a set that annotates calendar dates only)."""
    metadata_file = folder / "metadata.json"
    metadata = _read_json(metadata_file) if metadata_file.is_file() else None
    rows = metadata.get("timex3_not_gold") if isinstance(metadata, dict) else None
    if not isinstance(rows, list):
        return ()
    return tuple(
        (row["start"], row["end"])
        for row in rows
        if isinstance(row, dict)
        and isinstance(row.get("start"), int)
        and isinstance(row.get("end"), int)
    )


def _annotated(folder: Path) -> list[str] | None:
    """The ``annotated`` list of the folder's metadata.json, or None (every task annotated)."""
    metadata_file = folder / "metadata.json"
    if not metadata_file.is_file():
        return None
    metadata = _read_json(metadata_file)
    annotated = metadata.get("annotated") if isinstance(metadata, dict) else None
    if annotated is None:
        return None
    if not isinstance(annotated, list) or not all(isinstance(t, str) for t in annotated):
        raise ValueError(
            f"{metadata_file}: 'annotated' must be a list of task names such as "
            f'["quotes"] (tasks: {", ".join(TASKS)}).'
        )
    return annotated


def _article_folders(base: Path) -> list[Path]:
    practice = base / "practice"
    if (base / "seed").is_dir() or practice.is_dir():
        folders = [base / "seed"]
        if practice.is_dir():
            folders += sorted(p for p in practice.iterdir() if p.is_dir())
        return folders
    return sorted(p for p in base.iterdir() if p.is_dir()) if base.is_dir() else []


def load_gold_articles(root: str | Path | None = None) -> list[GoldArticle]:
    """The seed article and every practice article that has both article.txt and gold.json.

    A folder without ``seed/`` and ``practice/`` (such as ``datasets/holdout``) is read as a
    plain folder of article folders.
    """
    base = datasets_root(root)
    articles: list[GoldArticle] = []
    for folder in _article_folders(base):
        article_file, gold_file = folder / "article.txt", folder / "gold.json"
        if not (article_file.is_file() and gold_file.is_file()):
            continue
        gold = _read_json(gold_file)
        if not isinstance(gold, dict):
            raise ValueError(f"{gold_file} must hold one JSON object (the gold schema).")
        tasks = annotated_tasks(gold, _annotated(folder))
        name = folder.relative_to(base).as_posix()
        articles.append(
            GoldArticle(
                name, folder, read_raw_text(article_file), gold, tasks, _unjudged_times(folder)
            )
        )
    if not articles:
        raise FileNotFoundError(
            f"No article.txt + gold.json pairs under {base}: set LESSONS_DATASETS to the datasets "
            "folder, or pass its path."
        )
    return articles


def has_one_place_type(articles: Iterable[GoldArticle]) -> bool:
    """True when every gold place of the entity-annotated articles is LOCATION (and one exists).

    Such a corpus (CoNLL-2003's LOC) cannot tell countries and cities (the kit's GPE) or
    buildings (FACILITY) from other places, so the kit's place types are read as LOCATION.
    """
    places = {
        str(row.get("type"))
        for article in articles
        if "entities" in article.tasks
        for row in article.gold["entities"]
        if row.get("type") in PLACE_TYPES
    }
    return places == {ONE_PLACE_TYPE}


def _refused(article: GoldArticle, message: str, one_place_type: bool) -> ArticleScores:
    """The scores of an article the kit would not read: all its gold missed, one error row."""
    empty = evaluate_article(
        {},
        article.gold,
        article.text,
        article.name,
        tasks=article.tasks,
        one_place_type=one_place_type,
    )
    refusal = ErrorRow(article.name, "article", "refused", message, "", "")
    return dataclasses.replace(
        empty,
        quotes=dataclasses.replace(empty.quotes, errors=()),
        entities=dataclasses.replace(empty.entities, errors=()),
        timeline=dataclasses.replace(empty.timeline, errors=()),
        refusals=(refusal,),
    )


def score_article(
    analyze_fn: AnalyzeFn, article: GoldArticle, *, one_place_type: bool = False
) -> ArticleScores:
    """Run the kit on one gold article and score it; a refused article is one error row.

    Missing NLTK data stops everything (every article would be refused), so it is not caught.
    """
    try:
        prediction = analyze_fn(article.text, article.published)
    except MissingDataError:
        raise
    except LessonError as error:
        return _refused(article, str(error), one_place_type)
    return evaluate_article(
        prediction,
        article.gold,
        article.text,
        article.name,
        tasks=article.tasks,
        one_place_type=one_place_type,
        unjudged_times=article.unjudged_times,
    )


def evaluate_corpus(
    analyze_fn: AnalyzeFn,
    articles: Iterable[GoldArticle] | None = None,
    root: str | Path | None = None,
    *,
    one_place_type: bool | None = None,
) -> CorpusReport:
    """Run ``analyze_fn(text, published)`` on every gold article and score the results.

    ``one_place_type``: read GPE and FACILITY as LOCATION; None (the default) decides from the
    gold, see :func:`has_one_place_type`.
    """
    chosen = list(articles) if articles is not None else load_gold_articles(root)
    if one_place_type is None:
        one_place_type = has_one_place_type(chosen)
    scores = [
        score_article(analyze_fn, article, one_place_type=one_place_type) for article in chosen
    ]
    return CorpusReport(tuple(scores), one_place_type)
