"""Step 5: tables a reader can scan: one score row per article, then the error rows.

A task no article of the corpus annotates gets no column; an article that does not annotate a
task the others do shows "-" there, never a 0.00 it did not earn.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from lessons.article import fold
from lessons.evaluate.scores import TASKS, ArticleScores, CorpusReport, ErrorRow

ERROR_COLUMNS = ("article", "task", "kind", "what", "expected", "got")

SCORE_COLUMNS = (
    "article",
    "quote F1",
    "speaker acc",
    "entity F1 typed",
    "entity F1 untyped",
    "timeline P",
    "P judged",
    "date acc",
)

# Which score columns belong to which task.
TASK_COLUMNS = {
    "quotes": ("quote F1", "speaker acc"),
    "entities": ("entity F1 typed", "entity F1 untyped"),
    "timeline": ("timeline P", "P judged", "date acc"),
}


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


def score_row(scores: ArticleScores) -> dict[str, float | str | None]:
    """The headline numbers of one article (or of the TOTAL row); None: not annotated.

    "timeline P" counts every row the kit found; "P judged" only the rows on an expression the
    gold annotates (a row on a time the answer key leaves out cannot be judged).
    """
    numbers = {
        "quote F1": scores.quotes.counts.f1,
        "speaker acc": scores.quotes.speaker_accuracy,
        "entity F1 typed": scores.entities.typed.f1,
        "entity F1 untyped": scores.entities.untyped.f1,
        "timeline P": scores.timeline.precision,
        "P judged": scores.timeline.precision_judged,
        "date acc": scores.timeline.date_accuracy,
    }
    row: dict[str, float | str | None] = {"article": scores.name}
    for task in TASKS:
        for column in TASK_COLUMNS[task]:
            row[column] = numbers[column] if task in scores.tasks else None
    return row


def _cell(value: float | str | None) -> str:
    if value is None:
        return "-"
    return value if isinstance(value, str) else f"{value:.2f}"


def _notes(report: CorpusReport) -> list[str]:
    """What the reader needs to know to read the TOTAL row right."""
    notes = []
    unresolved = report.total.quotes.speakers_unresolved
    if unresolved and "quotes" in report.total.tasks:
        notes.append(
            f"speaker acc leaves out {unresolved} matched quote(s) whose gold speaker is "
            "unresolved (they count for quote F1)."
        )
    if report.one_place_type and "entities" in report.total.tasks:
        notes.append(
            "entity F1 typed reads GPE and FACILITY as LOCATION (one place type in this gold)."
        )
    if "timeline" in report.total.tasks:
        notes.append(
            "timeline P counts every row found; P judged leaves out rows on time expressions "
            "the gold leaves out on purpose (metadata.json: timex3_not_gold)."
        )
    for refusal in report.total.refusals:
        notes.append(f"{refusal.article} refused: {refusal.what} (its gold counts as missed)")
    return notes


def format_report(
    report: CorpusReport, *, show_errors: bool = True, max_errors: int | None = None
) -> str:
    """One row per article and a TOTAL row (annotated tasks only), then the error table."""
    tasks = [task for task in TASKS if task in report.total.tasks] or list(TASKS)
    columns = ["article"] + [column for task in tasks for column in TASK_COLUMNS[task]]
    rows = []
    for scores in (*report.articles, report.total):
        row = score_row(scores)
        rows.append([_cell(row[column]) for column in columns])
    text = _table(columns, rows)
    notes = _notes(report)
    if notes:
        text += "\n\n" + "\n".join(f"Note: {note}" for note in notes)
    if show_errors:
        errors = list(report.errors)
        shown = errors if max_errors is None else errors[: max(0, max_errors)]
        text += f"\n\nErrors ({len(errors)}):"
        if shown or not errors:
            text += "\n" + format_table(shown)
        if len(shown) < len(errors):
            text += f"\n... and {len(errors) - len(shown)} more."
    return text
