"""Score an analysis against a hand-made answer key (``gold.json``).

Every article in ``datasets/`` comes with a ``gold.json`` written by a person (see
``datasets/README.md``). This module compares what the kit found with that answer key, the way an
editor checks a reporter's notes against the recording:

- **quotes**: did we find each quotation, and did we credit the right speaker?
- **entities**: did we find each name, and did we give it the right type?
- **timeline**: did we find each time expression, and did we put it on the right date?

Predictions are the dictionaries printed by ``python -m lessons analyze --json``: quotes with
``text``/``speaker``/``start``/``end``, entities with ``text``/``type`` (and optionally
``mentions``), timeline events with ``expression``/``date``/``start``/``end``.

Three numbers summarise each task. **Precision**: of what we found, how much is right?
**Recall**: of what is there, how much did we find? **F1**: one number balancing the two.

>>> Counts(matched=2, predicted=3, gold=4).precision
0.6666666666666666
>>> Counts(matched=2, predicted=3, gold=4).recall
0.5
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lessons.article import QUOTE_FOLDS as _QUOTE_FOLDS
from lessons.article import fold

Prediction = Mapping[str, Any]
AnalyzeFn = Callable[[str, str], Mapping[str, Any]]

# --------------------------------------------------------------------------- folding
# Curly quotes and straight quotes, non-breaking and ordinary spaces, are the same thing to a
# reader. Folding makes them the same thing to the computer before we compare texts.


def _fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """Fold ``text`` and remember, for each folded character, where it came from in ``text``."""
    chars: list[str] = []
    origins: list[int] = []
    in_space = False
    for index, char in enumerate(text):
        if char.isspace():
            if not in_space:
                chars.append(" ")
                origins.append(index)
            in_space = True
            continue
        in_space = False
        chars.append(char.translate(_QUOTE_FOLDS))
        origins.append(index)
    return "".join(chars), origins


def _lower_same_length(text: str) -> str:
    """Lower-case without changing the length (a few characters grow when lower-cased)."""
    return "".join(low if len(low := char.lower()) == 1 else char for char in text)


# --------------------------------------------------------------------------- spans


@dataclass(frozen=True)
class Span:
    """A stretch of the raw article text, as character offsets ``[start, end)``."""

    start: int
    end: int

    @property
    def length(self) -> int:
        return max(0, self.end - self.start)

    def overlap(self, other: Span) -> int:
        """How many characters the two spans share."""
        return max(0, min(self.end, other.end) - max(self.start, other.start))


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def locate_in_order(
    text: str, needles: Sequence[str], *, ignore_case: bool = False
) -> list[Span | None]:
    """Find each needle in ``text``, one after the other, and return raw-text spans.

    Texts are folded first, so a straight-quoted needle finds a curly-quoted passage. Each search
    starts where the previous match ended, so the second "on Tuesday" finds the second one. A
    match must not start or end inside a word ("May" does not match in "mayor"). A needle that
    cannot be found gives ``None`` and does not move the search forward.

    >>> locate_in_order("On Tuesday, and on Tuesday again.", ["on Tuesday", "on Tuesday"],
    ...                 ignore_case=True)
    [Span(start=0, end=10), Span(start=16, end=26)]
    """
    haystack, origins = _fold_with_offsets(text)
    if ignore_case:
        haystack = _lower_same_length(haystack)
    spans: list[Span | None] = []
    cursor = 0
    for needle in needles:
        wanted = fold(needle)
        if ignore_case:
            wanted = _lower_same_length(wanted)
        found = _find_whole(haystack, wanted, cursor) if wanted else -1
        if found < 0:
            spans.append(None)
            continue
        last = found + len(wanted) - 1
        spans.append(Span(origins[found], origins[last] + 1))
        cursor = found + len(wanted)
    return spans


def _find_whole(haystack: str, needle: str, start: int) -> int:
    """First index >= start where ``needle`` occurs without cutting a word in two."""
    index = haystack.find(needle, start)
    while index >= 0:
        before = haystack[index - 1] if index > 0 else " "
        after_index = index + len(needle)
        after = haystack[after_index] if after_index < len(haystack) else " "
        cuts_before = _is_word_char(needle[0]) and _is_word_char(before)
        cuts_after = _is_word_char(needle[-1]) and _is_word_char(after)
        if not cuts_before and not cuts_after:
            return index
        index = haystack.find(needle, index + 1)
    return -1


def _prediction_spans(
    text: str, rows: Sequence[Prediction], text_key: str, *, ignore_case: bool
) -> list[Span | None]:
    """Spans of predicted items: their own ``start``/``end`` or, failing that, a search."""
    spans: list[Span | None] = []
    searched = locate_in_order(
        text, [str(row.get(text_key) or "") for row in rows], ignore_case=ignore_case
    )
    for row, fallback in zip(rows, searched, strict=True):
        start, end = row.get("start"), row.get("end")
        if isinstance(start, int) and isinstance(end, int) and end > start:
            spans.append(Span(start, end))
        else:
            spans.append(fallback)
    return spans


# --------------------------------------------------------------------------- scores


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


@dataclass(frozen=True)
class Counts:
    """Matched, predicted and gold counts; precision, recall and F1 follow from them.

    Adding two ``Counts`` adds the numbers, which is how corpus totals are micro-averaged.
    An empty prediction scores 0.0, not an error.
    """

    matched: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return _ratio(self.matched, self.predicted)

    @property
    def recall(self) -> float:
        return _ratio(self.matched, self.gold)

    @property
    def f1(self) -> float:
        return _ratio(2 * self.matched, self.predicted + self.gold)

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            self.matched + other.matched,
            self.predicted + other.predicted,
            self.gold + other.gold,
        )


@dataclass(frozen=True)
class ErrorRow:
    """One line of the error table: what went wrong, where, and what was expected."""

    article: str
    task: str  # "quotes" | "entities" | "timeline"
    kind: str  # "missed" | "spurious" | "wrong speaker" | "wrong type" | "wrong date"
    what: str
    expected: str
    got: str

    def as_dict(self) -> dict[str, str]:
        return {
            "article": self.article,
            "task": self.task,
            "kind": self.kind,
            "what": self.what,
            "expected": self.expected,
            "got": self.got,
        }


@dataclass(frozen=True)
class QuoteScores:
    """Quote detection counts, correct speakers among the matches, and the errors."""

    counts: Counts = Counts()
    speaker_correct: int = 0
    errors: tuple[ErrorRow, ...] = ()

    @property
    def speaker_accuracy(self) -> float:
        """Matched quotes with the right speaker / matched quotes."""
        return _ratio(self.speaker_correct, self.counts.matched)

    def __add__(self, other: QuoteScores) -> QuoteScores:
        return QuoteScores(
            self.counts + other.counts,
            self.speaker_correct + other.speaker_correct,
            self.errors + other.errors,
        )


@dataclass(frozen=True)
class EntityScores:
    """Entity scores over distinct surface forms, with and without the type."""

    typed: Counts = Counts()
    untyped: Counts = Counts()
    errors: tuple[ErrorRow, ...] = ()

    def __add__(self, other: EntityScores) -> EntityScores:
        return EntityScores(
            self.typed + other.typed, self.untyped + other.untyped, self.errors + other.errors
        )


@dataclass(frozen=True)
class TimelineScores:
    """Time-expression detection counts, correct dates, and the errors."""

    counts: Counts = Counts()
    dates_correct: int = 0
    errors: tuple[ErrorRow, ...] = ()

    @property
    def precision(self) -> float:
        """Detection precision: found expressions that are in the gold / all found."""
        return self.counts.precision

    @property
    def date_accuracy(self) -> float:
        """Gold expressions found with exactly the right date / all gold expressions."""
        return _ratio(self.dates_correct, self.counts.gold)

    def __add__(self, other: TimelineScores) -> TimelineScores:
        return TimelineScores(
            self.counts + other.counts,
            self.dates_correct + other.dates_correct,
            self.errors + other.errors,
        )


@dataclass(frozen=True)
class ArticleScores:
    """All scores for one article (or, for the TOTAL row, for the whole corpus)."""

    name: str
    quotes: QuoteScores
    entities: EntityScores
    timeline: TimelineScores

    @property
    def errors(self) -> tuple[ErrorRow, ...]:
        return self.quotes.errors + self.entities.errors + self.timeline.errors


@dataclass(frozen=True)
class CorpusReport:
    """Scores for every article, and their micro-averaged total."""

    articles: tuple[ArticleScores, ...]
    total: ArticleScores = field(init=False)

    def __post_init__(self) -> None:
        quotes, entities, timeline = QuoteScores(), EntityScores(), TimelineScores()
        for article in self.articles:
            quotes += article.quotes
            entities += article.entities
            timeline += article.timeline
        object.__setattr__(self, "total", ArticleScores("TOTAL", quotes, entities, timeline))

    @property
    def errors(self) -> tuple[ErrorRow, ...]:
        return self.total.errors


# --------------------------------------------------------------------------- quotes


def _speaker_key(speaker: object) -> str:
    return fold(str(speaker or "")).casefold()


def _quote_key(text: object) -> str:
    """A quote's text without the marks around it, for 'same text' comparisons."""
    return fold(str(text or "")).strip(" \"'")


# A candidate pairing: (how good, tie-breaker, gold index, predicted index). Higher is better.
Candidate = tuple[float, float, int, int]


def _greedy_pairs(candidates: list[Candidate]) -> dict[int, int]:
    """Pair gold and predicted items one-to-one, best candidates first: {gold: predicted}."""
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for _best, _tie, gold_index, pred_index in sorted(
        candidates, key=lambda c: (-c[0], -c[1], c[2], c[3])
    ):
        if gold_index in pairs or pred_index in used:
            continue
        pairs[gold_index] = pred_index
        used.add(pred_index)
    return pairs


def _locate_gold(
    text: str, needles: Sequence[str], what: str, article: str, *, ignore_case: bool
) -> list[Span]:
    spans = locate_in_order(text, needles, ignore_case=ignore_case)
    for needle, span in zip(needles, spans, strict=True):
        if span is None:
            raise ValueError(
                f"Gold {what} {needle!r} of article {article or '(unnamed)'} is not in the article "
                "text (in document order): fix gold.json so it copies the text exactly."
            )
    return [span for span in spans if span is not None]


def _check_matches(
    article: str,
    task: str,
    gold: Sequence[Mapping[str, Any]],
    predicted: Sequence[Prediction],
    pairs: dict[int, int],
    fields: tuple[str, str, str],
    same: Callable[[str, str], bool],
) -> tuple[int, list[ErrorRow]]:
    """Check one field of every matched pair; list the missed, the spurious and the wrong.

    ``fields`` names the text field, the checked field and the error kind for a wrong value,
    e.g. ``("text", "speaker", "wrong speaker")``. Returns how many matched rows were right.
    """
    text_field, value_field, wrong = fields
    errors: list[ErrorRow] = []
    correct = 0
    for gi, gold_row in enumerate(gold):
        want = str(gold_row[value_field])
        if gi not in pairs:
            errors.append(ErrorRow(article, task, "missed", gold_row[text_field], want, ""))
            continue
        got = str(predicted[pairs[gi]].get(value_field) or "")
        if same(got, want):
            correct += 1
        else:
            errors.append(ErrorRow(article, task, wrong, gold_row[text_field], want, got))
    matched = set(pairs.values())
    for pi, row in enumerate(predicted):
        if pi not in matched:
            text, value = str(row.get(text_field) or ""), str(row.get(value_field) or "")
            errors.append(ErrorRow(article, task, "spurious", text, "", value))
    return correct, errors


def evaluate_quotes(
    predicted: Sequence[Prediction], gold: Sequence[Mapping[str, Any]], text: str, article: str = ""
) -> QuoteScores:
    """Match predicted quotes to gold quotes and check who is credited.

    A predicted quote matches a gold quote when their spans overlap by at least half of the
    longer one, or when their folded texts are equal. Speaker names are compared folded and
    case-insensitively.
    """
    gold_spans = _locate_gold(text, [g["text"] for g in gold], "quote", article, ignore_case=False)
    pred_spans = _prediction_spans(text, predicted, "text", ignore_case=False)
    candidates: list[Candidate] = []
    for gi, (gold_row, gold_span) in enumerate(zip(gold, gold_spans, strict=True)):
        for pi, (pred_row, pred_span) in enumerate(zip(predicted, pred_spans, strict=True)):
            same_text = _quote_key(gold_row["text"]) == _quote_key(pred_row.get("text"))
            shared = gold_span.overlap(pred_span) if pred_span else 0
            longer = max(gold_span.length, pred_span.length if pred_span else 0)
            ratio = shared / longer if longer else 0.0
            if same_text or ratio >= 0.5:
                candidates.append((float(same_text), ratio, gi, pi))
    pairs = _greedy_pairs(candidates)

    speaker_correct, errors = _check_matches(
        article,
        "quotes",
        gold,
        predicted,
        pairs,
        ("text", "speaker", "wrong speaker"),
        lambda got, want: _speaker_key(got) == _speaker_key(want),
    )
    counts = Counts(len(pairs), len(predicted), len(gold))
    return QuoteScores(counts, speaker_correct, tuple(errors))


# --------------------------------------------------------------------------- entities


def entity_key(text: str) -> str:
    """How entity surface forms are compared: folded, case-insensitive, no 'the', no 's.

    >>> entity_key("the State Department\u2019s")
    'state department'
    """
    key = fold(text)
    key = re.sub(r"^the\s+", "", key, flags=re.IGNORECASE)
    key = re.sub(r"'s$", "", key)
    return key.casefold()


def _surface_forms(entity: Prediction) -> list[str]:
    """A predicted entity's surface forms: its mentions' texts when given, else its text."""
    mentions = entity.get("mentions") or []
    forms = [str(m.get("text") or "") for m in mentions if isinstance(m, Mapping)]
    forms = [form for form in forms if form.strip()]
    return forms or [str(entity.get("text") or "")]


def evaluate_entities(
    predicted: Sequence[Prediction], gold: Sequence[Mapping[str, Any]], article: str = ""
) -> EntityScores:
    """Compare the sets of distinct surface forms, typed ((form, type) pairs) and untyped."""
    gold_type: dict[str, str] = {}
    gold_text: dict[str, str] = {}
    for row in gold:
        key = entity_key(row["text"])
        gold_type.setdefault(key, row["type"])
        gold_text.setdefault(key, row["text"])
    pred_types: dict[str, list[str]] = {}
    pred_text: dict[str, str] = {}
    for entity in predicted:
        for form in _surface_forms(entity):
            key = entity_key(form)
            if not key:
                continue
            types = pred_types.setdefault(key, [])
            if str(entity.get("type")) not in types:
                types.append(str(entity.get("type")))
            pred_text.setdefault(key, form)

    gold_typed = {(key, kind) for key, kind in gold_type.items()}
    pred_typed = {(key, kind) for key, kinds in pred_types.items() for kind in kinds}
    typed = Counts(len(gold_typed & pred_typed), len(pred_typed), len(gold_typed))
    untyped = Counts(len(gold_type.keys() & pred_types.keys()), len(pred_types), len(gold_type))

    errors: list[ErrorRow] = []
    for key, kind in gold_type.items():
        if key not in pred_types:
            errors.append(ErrorRow(article, "entities", "missed", gold_text[key], kind, ""))
        elif kind not in pred_types[key]:
            got = "/".join(pred_types[key])
            errors.append(ErrorRow(article, "entities", "wrong type", gold_text[key], kind, got))
    for key, kinds in pred_types.items():
        if key not in gold_type:
            for kind in kinds:
                errors.append(ErrorRow(article, "entities", "spurious", pred_text[key], "", kind))
        elif gold_type[key] in kinds:
            for kind in kinds:
                if kind != gold_type[key]:  # right type given too: the extra type is spurious
                    errors.append(
                        ErrorRow(
                            article, "entities", "spurious", pred_text[key], gold_type[key], kind
                        )
                    )
    return EntityScores(typed, untyped, tuple(errors))


# --------------------------------------------------------------------------- timeline


def evaluate_timeline(
    predicted: Sequence[Prediction], gold: Sequence[Mapping[str, Any]], text: str, article: str = ""
) -> TimelineScores:
    """Match predicted time expressions to gold ones by overlapping spans, then check dates."""
    gold_spans = _locate_gold(
        text, [g["expression"] for g in gold], "time expression", article, ignore_case=True
    )
    pred_spans = _prediction_spans(text, predicted, "expression", ignore_case=True)
    candidates: list[Candidate] = []
    for gi, gold_span in enumerate(gold_spans):
        for pi, pred_span in enumerate(pred_spans):
            shared = gold_span.overlap(pred_span) if pred_span else 0
            if shared > 0:
                candidates.append((float(shared), 0.0, gi, pi))
    pairs = _greedy_pairs(candidates)

    dates_correct, errors = _check_matches(
        article,
        "timeline",
        gold,
        predicted,
        pairs,
        ("expression", "date", "wrong date"),
        lambda got, want: got == want,
    )
    return TimelineScores(
        Counts(len(pairs), len(predicted), len(gold)), dates_correct, tuple(errors)
    )


# --------------------------------------------------------------------------- one article


def evaluate_article(
    prediction: Mapping[str, Any], gold: Mapping[str, Any], text: str, name: str = "article"
) -> ArticleScores:
    """Score one analysis (the ``--json`` dictionary) against one gold dictionary."""
    return ArticleScores(
        name,
        evaluate_quotes(list(prediction.get("quotes") or []), gold["quotes"], text, name),
        evaluate_entities(list(prediction.get("entities") or []), gold["entities"], name),
        evaluate_timeline(list(prediction.get("timeline") or []), gold["timeline"], text, name),
    )


# --------------------------------------------------------------------------- the corpus


@dataclass(frozen=True)
class GoldArticle:
    """An article of the datasets folder with its answer key."""

    name: str  # "seed" or "practice/<slug>"
    folder: Path
    text: str  # raw text, line endings kept, so offsets match the file
    gold: Mapping[str, Any]

    @property
    def published(self) -> str:
        return str(self.gold["published"])


def datasets_root(root: str | Path | None = None) -> Path:
    """Where the datasets are: ``root`` if given, else $LESSONS_DATASETS, else ``datasets/``."""
    if root is not None:
        return Path(root)
    from_env = os.environ.get("LESSONS_DATASETS")
    if from_env:
        return Path(from_env)
    return Path(__file__).resolve().parent.parent / "datasets"


def read_raw_text(path: Path) -> str:
    """Read a text file as UTF-8 without touching line endings (a byte-order mark is dropped)."""
    return path.read_bytes().decode("utf-8-sig")


def load_gold_articles(root: str | Path | None = None) -> list[GoldArticle]:
    """The seed article and every practice article that has both article.txt and gold.json.

    A folder without ``seed/`` and ``practice/`` (such as ``datasets/holdout``) is read as a
    plain folder of article folders.
    """
    base = datasets_root(root)
    practice = base / "practice"
    if (base / "seed").is_dir() or practice.is_dir():
        folders = [base / "seed"]
        if practice.is_dir():
            folders += sorted(p for p in practice.iterdir() if p.is_dir())
    else:
        folders = sorted(p for p in base.iterdir() if p.is_dir()) if base.is_dir() else []
    articles: list[GoldArticle] = []
    for folder in folders:
        article_file, gold_file = folder / "article.txt", folder / "gold.json"
        if not (article_file.is_file() and gold_file.is_file()):
            continue
        try:
            gold = json.loads(gold_file.read_text(encoding="utf-8"))
        except json.JSONDecodeError as error:
            raise ValueError(
                f"{gold_file} is not valid JSON (line {error.lineno}): {error.msg}."
            ) from None
        name = folder.relative_to(base).as_posix()
        articles.append(GoldArticle(name, folder, read_raw_text(article_file), gold))
    if not articles:
        raise FileNotFoundError(
            f"No article.txt + gold.json pairs under {base}: set LESSONS_DATASETS to the datasets "
            "folder, or pass its path."
        )
    return articles


def evaluate_corpus(
    analyze_fn: AnalyzeFn,
    articles: Iterable[GoldArticle] | None = None,
    root: str | Path | None = None,
) -> CorpusReport:
    """Run ``analyze_fn(text, published)`` on every gold article and score the results."""
    chosen = list(articles) if articles is not None else load_gold_articles(root)
    scores = [
        evaluate_article(
            analyze_fn(article.text, article.published), article.gold, article.text, article.name
        )
        for article in chosen
    ]
    return CorpusReport(tuple(scores))


# --------------------------------------------------------------------------- tables


ERROR_COLUMNS = ("article", "task", "kind", "what", "expected", "got")


def to_rows(errors: Iterable[ErrorRow]) -> list[dict[str, str]]:
    """Errors as a list of dicts: a notebook can show it, a CSV writer can save it."""
    return [error.as_dict() for error in errors]


def _clip(value: str, width: int) -> str:
    value = fold(value)
    return value if len(value) <= width else value[: width - 3] + "..."


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    widths = [max([len(h)] + [len(row[i]) for row in rows]) for i, h in enumerate(header)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += [
        "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in rows
    ]
    return "\n".join(lines)


def format_table(errors: Iterable[ErrorRow], width: int = 48) -> str:
    """A plain-text error table; long texts are shortened to ``width`` characters."""
    rows = [[_clip(getattr(e, column), width) for column in ERROR_COLUMNS] for e in errors]
    if not rows:
        return "No errors."
    return _table(ERROR_COLUMNS, rows)


SCORE_COLUMNS = (
    "article",
    "quote F1",
    "speaker acc",
    "entity F1 typed",
    "entity F1 untyped",
    "timeline P",
    "date acc",
)


def score_row(scores: ArticleScores) -> dict[str, float | str]:
    """The six headline numbers of one article (or of the TOTAL row)."""
    return {
        "article": scores.name,
        "quote F1": scores.quotes.counts.f1,
        "speaker acc": scores.quotes.speaker_accuracy,
        "entity F1 typed": scores.entities.typed.f1,
        "entity F1 untyped": scores.entities.untyped.f1,
        "timeline P": scores.timeline.precision,
        "date acc": scores.timeline.date_accuracy,
    }


def format_report(
    report: CorpusReport, *, show_errors: bool = True, max_errors: int | None = None
) -> str:
    """One row per article and a TOTAL row, then the error table."""
    rows = []
    for scores in (*report.articles, report.total):
        row = score_row(scores)
        rows.append([str(row["article"])] + [f"{row[c]:.2f}" for c in SCORE_COLUMNS[1:]])
    text = _table(SCORE_COLUMNS, rows)
    if show_errors:
        errors = list(report.errors)
        shown = errors if max_errors is None else errors[: max(0, max_errors)]
        text += f"\n\nErrors ({len(errors)}):"
        if shown or not errors:
            text += "\n" + format_table(shown)
        if len(shown) < len(errors):
            text += f"\n... and {len(errors) - len(shown)} more."
    return text


# --------------------------------------------------------------------------- command line


def main(argv: list[str] | None = None) -> int:
    """``python -m lessons evaluate``: score the kit on every gold article and print a table."""
    parser = argparse.ArgumentParser(
        prog="python -m lessons evaluate",
        description="Score the kit's quotes, entities and timeline against the gold answer keys.",
    )
    parser.add_argument(
        "--datasets", help="datasets folder (default: $LESSONS_DATASETS or datasets/)"
    )
    parser.add_argument(
        "--max-errors", type=int, default=None, help="show at most this many error rows"
    )
    parser.add_argument("--no-errors", action="store_true", help="print the score table only")
    args = parser.parse_args(argv)
    try:
        from lessons.errors import LessonError
        from lessons.pipeline import analyze_text
    except ImportError as error:
        print(f"Cannot load the analysis pipeline (lessons.pipeline): {error}", file=sys.stderr)
        return 2
    try:
        report = evaluate_corpus(analyze_text, root=args.datasets)
    except (FileNotFoundError, ValueError, LessonError) as error:
        print(error, file=sys.stderr)
        return 2
    print(format_report(report, show_errors=not args.no_errors, max_errors=args.max_errors))
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
