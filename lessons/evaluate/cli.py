"""Step 7: the command line, ``python -m lessons evaluate``."""

from __future__ import annotations

import argparse
import sys

from lessons.evaluate.corpus import evaluate_corpus
from lessons.evaluate.report import format_report


def parser() -> argparse.ArgumentParser:
    """The options of ``python -m lessons evaluate``."""
    options = argparse.ArgumentParser(
        prog="python -m lessons evaluate",
        description="Score the kit's quotes, entities and timeline against the gold answer keys.",
    )
    options.add_argument(
        "--datasets", help="datasets folder (default: $LESSONS_DATASETS or datasets/)"
    )
    options.add_argument(
        "--max-errors", type=int, default=None, help="show at most this many error rows"
    )
    options.add_argument("--no-errors", action="store_true", help="print the score table only")
    options.add_argument(
        "--one-place-type",
        action="store_true",
        default=None,
        help="read GPE and FACILITY as LOCATION in typed entity scores (automatic when every "
        "gold place of the set is LOCATION)",
    )
    return options


def main(argv: list[str] | None = None) -> int:
    """``python -m lessons evaluate``: score the kit on every gold article and print a table."""
    args = parser().parse_args(argv)
    try:
        from lessons.errors import LessonError
        from lessons.pipeline import analyze_text
    except ImportError as error:
        print(f"Cannot load the analysis pipeline (lessons.pipeline): {error}", file=sys.stderr)
        return 2
    try:
        report = evaluate_corpus(
            analyze_text, root=args.datasets, one_place_type=args.one_place_type
        )
    except (FileNotFoundError, ValueError, LessonError) as error:
        print(error, file=sys.stderr)
        return 2
    print(format_report(report, show_errors=not args.no_errors, max_errors=args.max_errors))
    return 0
