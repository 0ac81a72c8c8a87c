"""The command line: ``python -m lessons analyze ARTICLE.txt --json`` and friends.

Commands:
  analyze PATH   parse an article (PATH ``-`` reads standard input) and print what the kit finds
  data           fetch the NLTK data packages the kit needs
  evaluate       score the kit against every gold-annotated article in datasets/
  grade DIR      autograde students' notebooks (DIR/<student>/*.ipynb) with nbgrader
  grade-merge OUT  add the points typed in OUT/reflections.csv: write OUT/final-grades.csv

Every expected problem is printed as one line starting with ``error:`` and exits with code 2.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from lessons.errors import LessonError

CSV_TABLES = ("quotes", "sources", "entities", "timeline")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m lessons", description="Read a news article with code."
    )
    commands = parser.add_subparsers(dest="command", required=True)

    analyze = commands.add_parser("analyze", help="find the parts, quotes, names and dates")
    analyze.add_argument("path", help="a UTF-8 text file with the article, or - for stdin")
    analyze.add_argument("--published", help="publication date, YYYY-MM-DD")
    out = analyze.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="print everything as JSON")
    out.add_argument("--csv", choices=CSV_TABLES, help="print one table as CSV (made with pandas)")
    analyze.add_argument("--timelinejs", metavar="FILE", help="also write a TimelineJS3 JSON file")

    commands.add_parser("data", help="fetch the NLTK data the kit needs")

    evaluate = commands.add_parser("evaluate", help="score the kit against the gold files")
    evaluate.add_argument(
        "--datasets",
        help="folder with seed/ and practice/, or of article folders (default: bundled)",
    )
    evaluate.add_argument("--max-errors", type=int, help="rows of the error table to print")
    evaluate.add_argument("--no-errors", action="store_true", help="print the scores only")
    evaluate.add_argument(
        "--one-place-type",
        action="store_true",
        help="score GPE and FACILITY as LOCATION (automatic when every gold place is LOCATION)",
    )

    grade = commands.add_parser("grade", help="autograde students' notebooks (needs nbgrader)")
    grade.add_argument("submissions", help="a folder with one sub-folder of notebooks per student")
    grade.add_argument("--out", default="grades", help="where results go (default: ./grades)")
    grade.add_argument("--timeout", type=int, default=30, help="seconds a cell may run (30)")
    grade.add_argument("--workers", type=int, help="notebooks graded at once (default: cores)")
    grade.add_argument(
        "--unsafe",
        action="store_true",
        help="run students' code without the bubblewrap sandbox, with your rights (not advised)",
    )
    grade.add_argument(
        "--sandbox",
        choices=("auto", "bwrap", "docker", "podman"),
        default="auto",
        help="how to wall off each hand-in: auto (bubblewrap, else a container), bwrap, or a "
        "container of --image with docker or podman",
    )
    grade.add_argument(
        "--image",
        default="debian:bookworm-slim",
        help="the container image for --sandbox docker|podman (already pulled; the host's /usr "
        "and Python are mounted into it read-only)",
    )

    merge = commands.add_parser("grade-merge", help="add hand points: write final-grades.csv")
    merge.add_argument("out", nargs="?", default="grades", help="the grade folder (./grades)")
    return parser


def _read_input(path: str) -> str:
    from lessons.article import decode_text, read_text_file

    if path == "-":
        return decode_text(sys.stdin.buffer.read(), "standard input")
    return read_text_file(path)


def _write_file(path: str, content: str) -> None:
    """Write a file in one step: either the whole new file is there, or the old one is kept."""
    target = Path(path)
    if target.is_dir():
        raise LessonError(f"{target} is a folder: give a file name such as timeline.json.")
    if not target.parent.exists():
        raise LessonError(f"The folder {target.parent} does not exist: create it first.")
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".lessons-", suffix=".tmp")
    with os.fdopen(handle, "w", encoding="utf-8") as stream:
        stream.write(content)
    os.replace(temporary, target)


def _summary(result: dict) -> str:
    article = result["article"]
    lines = [
        f"Headline:   {article['headline']}",
        f"Dek:        {article['dek'] or '-'}",
        f"Byline:     {article['byline'] or '-'}",
        f"Dateline:   {article['dateline'] or '-'}",
        f"Credit:     {article['photo_credit'] or '-'}",
        f"Caption:    {article['caption'] or '-'}",
        f"Published:  {result['published'] or 'unknown'} ({result['published_source']})",
        f"Body:       {len(article['paragraphs'])} paragraphs; "
        f"{len(article['boilerplate'])} lines of site chrome set aside",
        "",
        f"Quotes ({len(result['quotes'])}):",
    ]
    lines += [f"  {q['speaker']}: \u201c{q['text']}\u201d" for q in result["quotes"]]
    lines += ["", f"Entities ({len(result['entities'])}):"]
    lines += [f"  {e['type']:<12} {e['text']} (x{e['count']})" for e in result["entities"]]
    lines += ["", f"Timeline ({len(result['timeline'])}):"]
    lines += [  # a week shows as its week ("2025-W10"), not only its month
        f"  {e.get('period') or e['date'] or '?':<10}  {e['expression']}: {e['event']}"
        for e in result["timeline"]
    ]
    return "\n".join(lines)


def _analyze(args: argparse.Namespace) -> int:
    from lessons.pipeline import analyze

    text = _read_input(args.path)
    analysis = analyze(text, args.published)
    result = analysis.to_dict()
    if args.timelinejs:
        from lessons.timeline import to_timelinejs

        story = to_timelinejs(analysis.timeline, title=analysis.article.headline)
        _write_file(args.timelinejs, json.dumps(story, indent=2, ensure_ascii=False) + "\n")
    if args.json:
        print(json.dumps(result, indent=2, ensure_ascii=False))
    elif args.csv:
        from lessons import tables

        frame = getattr(tables, f"{args.csv}_frame")(analysis)
        sys.stdout.write(tables.to_csv_text(frame))
    else:
        print(_summary(result))
    return 0


def _data(args: argparse.Namespace) -> int:
    from lessons.data import fetch_missing

    print("NLTK data for the kit:")
    missing = fetch_missing()
    if missing:
        print(f"error: {len(missing)} package(s) still missing: {', '.join(missing)}")
        return 2
    print("All NLTK data is present.")
    return 0


def _evaluate(args: argparse.Namespace) -> int:
    from lessons import evaluate

    argv = ["--datasets", args.datasets] if args.datasets else []
    argv += ["--max-errors", str(args.max_errors)] if args.max_errors is not None else []
    argv += ["--no-errors"] if args.no_errors else []
    argv += ["--one-place-type"] if args.one_place_type else []
    return evaluate.main(argv)


def _grade(args: argparse.Namespace) -> int:
    from lessons import grade

    return grade.main_grade(
        args.submissions,
        args.out,
        timeout=args.timeout,
        workers=args.workers,
        unsafe=args.unsafe,
        sandbox=args.sandbox,
        image=args.image,
    )


def _grade_merge(args: argparse.Namespace) -> int:
    from lessons import grade

    return grade.main_merge(args.out)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    args = _parser().parse_args(argv)
    handlers = {
        "analyze": _analyze,
        "data": _data,
        "evaluate": _evaluate,
        "grade": _grade,
        "grade-merge": _grade_merge,
    }
    try:
        return handlers[args.command](args)
    except LessonError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
