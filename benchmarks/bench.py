"""How fast and how big is the kit? ``make bench`` prints a table, writes benchmarks/results.json.

Figures, not pass/fail tests: the targets from the issue are printed beside each figure so a
reader sees at once what is met. Each figure comes with the naive baseline a lesson starts from
(a regex for quotes, ``nltk.ne_chunk`` called per sentence), so it can be read as a ratio.

Run: ``python benchmarks/bench.py [--quick] [--json PATH]``; ``--grading`` times grading alone
(``make bench ARGS=--grading``), without writing the JSON file.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import platform
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lessons.article import parse_article, read_text_file  # noqa: E402
from lessons.data import DATASETS, SEED_ARTICLE  # noqa: E402


@dataclass(frozen=True)
class Figure:
    """One measured figure, the target it is read against, and whether it meets it."""

    name: str
    value: float
    unit: str
    target: str = ""
    met: bool | None = None


def timed(function: Callable[[], object], repeat: int = 5) -> float:
    """The median wall time of ``repeat`` calls, in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def practice_texts() -> list[str]:
    return [read_text_file(path) for path in sorted(DATASETS.glob("practice/*/article.txt"))]


def words(text: str) -> int:
    return len(text.split())


# --- one article ----------------------------------------------------------------------------


def cold_analyze() -> float:
    """Wall time of ``python -m lessons analyze SEED --json`` in a fresh process."""
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "lessons", "analyze", str(SEED_ARTICLE), "--json"],
        check=True,
        capture_output=True,
        cwd=ROOT,
    )
    return time.perf_counter() - start


def stage_times(text: str) -> dict[str, float]:
    """Warm time of each stage on one article (models already loaded, no cache)."""
    from lessons.entities import find_entities
    from lessons.quotes import find_indirect_quotes, find_quotes
    from lessons.timeline import build_timeline, infer_published

    article = parse_article(text)
    published = infer_published(article).date
    find_entities(article), find_quotes(article), build_timeline(article, published)  # warm up
    serial = iter(range(1, 1_000_000))

    def fresh() -> object:
        """A new Article each call, its text one newline longer, so no cache answers for it."""
        return parse_article(text + "\n" * next(serial))

    return {
        "parse": timed(lambda: fresh().sentences),
        "quotes": timed(lambda: (find_quotes(fresh()), find_indirect_quotes(fresh()))),
        "entities": timed(lambda: find_entities(fresh())),
        "timeline": timed(lambda: build_timeline(fresh(), published)),
    }


def baseline_quotes(text: str) -> float:
    """The first regex a student writes for quotes (lesson 2's starting point)."""
    pattern = re.compile(r"[\u201c\"](.*?)[\u201d\"]")
    return timed(lambda: pattern.findall(text), repeat=20)


def baseline_ne_chunk_per_sentence(text: str, sentences: int = 3) -> float:
    """``nltk.ne_chunk`` called per sentence, as tutorials do: seconds per sentence."""
    import nltk

    article = parse_article(text)
    chosen = article.sentences[:sentences]
    tagged = [nltk.pos_tag(nltk.word_tokenize(s.text)) for s in chosen]
    start = time.perf_counter()
    for sentence in tagged:
        nltk.ne_chunk(sentence, binary=True)
    return (time.perf_counter() - start) / max(1, len(chosen))


# --- many articles ----------------------------------------------------------------------------


def varied_corpus(count: int) -> list[str]:
    """``count`` distinct articles: the practice set with paragraphs rotated and a serial line."""
    texts = practice_texts() + [read_text_file(SEED_ARTICLE)]
    corpus = []
    for n in range(count):
        text = texts[n % len(texts)]
        blocks = text.split("\n\n")
        shift = (n // len(texts)) % max(1, len(blocks) - 2)
        head, body = blocks[:2], blocks[2:]
        body = body[shift:] + body[:shift]
        corpus.append("\n\n".join(head + body) + f"\n\nStory {n} of the benchmark corpus.\n")
    return corpus


def _analyze_one(text: str) -> int:
    from lessons.pipeline import analyze

    result = analyze(text)
    return len(result.quotes) + len(result.entities) + len(result.timeline)


def _warm_worker() -> None:
    _analyze_one(read_text_file(SEED_ARTICLE))


def throughput(count: int, processes: int) -> float:
    """Seconds to analyze ``count`` distinct articles with a pool of ``processes`` workers."""
    corpus = varied_corpus(count)
    context = multiprocessing.get_context("fork" if sys.platform != "win32" else "spawn")
    start = time.perf_counter()
    with context.Pool(processes, initializer=_warm_worker) as pool:
        list(pool.imap_unordered(_analyze_one, corpus, chunksize=16))
    return time.perf_counter() - start


def big_text(size: int) -> str:
    """About ``size`` characters of news text: practice paragraphs under one headline.

    Every sentence is made unique (a serial number before its last character), so no cache of
    repeated sentences can flatter the figure.
    """
    paragraphs = []
    for text in practice_texts():
        article = parse_article(text)
        for paragraph in article.paragraphs:
            paragraphs.append([s.text for s in article.sentences if s.paragraph == paragraph.index])
    chunks, total, n = ["Benchmark Headline For A Very Long Text"], 0, 0
    while total < size:
        sentences = paragraphs[n % len(paragraphs)]
        chunk = " ".join(f"{s[:-1]} ({n}){s[-1]}" for s in sentences if s)
        chunks.append(chunk)
        total += len(chunk) + 2
        n += 1
    return "\n\n".join(chunks)


def scaling(sizes: list[int]) -> dict[int, float]:
    """Analysis time for texts of growing size (a quadratic step would show as x4 per doubling)."""
    from lessons.pipeline import analyze

    out = {}
    for size in sizes:
        text = big_text(size)
        start = time.perf_counter()
        analyze(text, "2025-03-06")
        out[size] = time.perf_counter() - start
    return out


# --- text shapes -----------------------------------------------------------------------------

SPEAKERS = ("Mayor Ana Ruiz", "Sgt. Tom Alder", "Dr. Mina Osei", "Council member Jo Brill")
PLACES = ("Riverton", "Port Ellery", "Tessop", "Harlow Creek")


def quote_dense_text(size: int) -> str:
    """An interview transcript: one short quote per paragraph, every paragraph different."""
    chunks, total, n = ["Benchmark Interview With The Town's Officials"], 0, 0
    while total < size:
        speaker, place = SPEAKERS[n % len(SPEAKERS)], PLACES[(n // 4) % len(PLACES)]
        if n % 3 == 0:
            chunk = f"\u201cWe will reopen bridge {n} in {place} by Friday,\u201d said {speaker}."
        elif n % 3 == 1:
            chunk = f"{speaker} said: \u201cThe {n} families here deserve an answer.\u201d"
        else:
            chunk = f"\u201cNot yet,\u201d {speaker.split()[-1]} told reporters on day {n}."
        chunks.append(chunk)
        total += len(chunk) + 2
        n += 1
    return "\n\n".join(chunks)


def one_line_text(size: int) -> str:
    """The prose of :func:`big_text` with every line break made a space: one line of ``size``."""
    return " ".join(big_text(size).split("\n\n")[1:])


def tiny_paragraphs_text(count: int = 20_000) -> str:
    """``count`` paragraphs of a few words each, like a pasted list or a live blog's ticker."""
    lines = ["Benchmark Ticker"]
    lines += [f"Update {n}: crews reached {PLACES[n % len(PLACES)]}." for n in range(count)]
    return "\n\n".join(lines)


def no_spaces_text(size: int) -> str:
    """Text without a single space or line break (a mangled paste), ``size`` characters."""
    unit = "Mayor\u00a0Ruiz,\u201csaid\u201d-Tuesday/2024-11-20;Kyiv(AP)\u2014mines."
    return (unit * (size // len(unit) + 1))[:size]


def text_shapes(megabytes: float) -> dict[str, str]:
    size = int(megabytes * 1_000_000)
    return {
        "prose": big_text(size),
        "quote-dense": quote_dense_text(size),
        "one line": one_line_text(size),
        "20,000 tiny paragraphs": tiny_paragraphs_text(),
        "no spaces (2x size)": no_spaces_text(2 * size),
    }


def load_models() -> None:
    """Load every model and word list a shape may need, so no shape's figure pays for a load
    (the named-entity chunker, for one, is read only when a sentence start is in doubt)."""
    from lessons import nlp

    _warm_worker()
    nlp.pos_tagger(), nlp.entity_chunker(), nlp.first_names(), nlp.common_words()
    nlp.stopwords()


def shape_seconds_per_mb(megabytes: float) -> dict[str, float]:
    """CPU seconds per MB of every text shape, each measured in a fresh process.

    A fresh process per shape: the kit keeps the results of the articles it has read (the
    scaling test reads the prose megabyte just before), and a shape must not be measured on
    what an earlier one left in those caches. The models are loaded before the clock starts.
    """
    import concurrent.futures
    import multiprocessing

    context = multiprocessing.get_context("spawn")
    figures = {}
    for shape in text_shapes(megabytes):
        with concurrent.futures.ProcessPoolExecutor(1, mp_context=context) as pool:
            figures[shape] = pool.submit(_one_shape, shape, megabytes).result()
    return figures


def _one_shape(shape: str, megabytes: float) -> float:
    load_models()
    return seconds_per_mb(text_shapes(megabytes)[shape])


def seconds_per_mb(text: str) -> float:
    """CPU seconds per million characters for a whole analyze() of the text (no cache).

    CPU time, not wall time: the analysis runs in one thread, so on a quiet machine the two
    agree, and on a busy one (a shared server, a laptop on battery) CPU time still measures
    the kit rather than its neighbours.
    """
    from lessons.pipeline import analyze

    start = time.process_time()
    analyze(text, "2025-03-06")
    return (time.process_time() - start) / (len(text) / 1_000_000)


# --- notebooks and environment ----------------------------------------------------------------


# The kernel's own high-water mark. VmHWM is reset when a process starts a new program; ru_maxrss
# is not (Linux keeps the parent's peak across fork and exec), so it is only the fallback.
PEAK_CELL = """
import re as _re, resource as _r
try:
    with open("/proc/self/status") as _f:
        print("PEAK_KB", _re.search(r"VmHWM:\\s+(\\d+)", _f.read()).group(1))
except OSError:
    print("PEAK_KB", _r.getrusage(_r.RUSAGE_SELF).ru_maxrss)
"""


def notebook_figures(path: Path) -> tuple[float, float]:
    """(seconds, peak MB of the kernel) to run a notebook top to bottom in a fresh kernel."""
    import nbformat
    from nbclient import NotebookClient

    notebook = nbformat.read(path, as_version=4)
    notebook.cells.append(nbformat.v4.new_code_cell(PEAK_CELL))
    client = NotebookClient(
        notebook, timeout=300, kernel_name="python3", resources={"metadata": {"path": path.parent}}
    )
    start = time.perf_counter()
    client.execute()
    seconds = time.perf_counter() - start
    text = "".join(o.get("text", "") for o in notebook.cells[-1].outputs)
    peak_kb = int(re.search(r"PEAK_KB (\d+)", text).group(1))
    return seconds, peak_kb / 1024


def folder_mb(path: Path) -> float:
    total = 0
    for root, _, files in os.walk(path):
        for name in files:
            path_name = os.path.join(root, name)
            total += os.lstat(path_name).st_size if os.path.lexists(path_name) else 0
    return total / 1e6


LESSON1 = "01-parse-the-article"


def honest_hand_in(lesson: str = LESSON1):  # noqa: ANN201 - an nbformat notebook
    """The student copy with the model answer in every code answer cell (markers removed)."""
    import textwrap

    import nbformat

    from lessons.grade import SOLUTION_MARKERS

    model = {}
    for cell in nbformat.read(ROOT / "notebooks" / f"{lesson}.ipynb", 4).cells:
        marks = cell.metadata.get("nbgrader", {})
        if marks.get("solution") and cell.cell_type == "code":
            lines = cell.source.splitlines()
            kept = [line for line in lines if not any(m in line for m in SOLUTION_MARKERS)]
            model[marks["grade_id"]] = textwrap.dedent("\n".join(kept))
    notebook = nbformat.read(ROOT / "student" / f"{lesson}.ipynb", 4)
    for cell in notebook.cells:
        grade_id = cell.metadata.get("nbgrader", {}).get("grade_id", "")
        if grade_id in model:
            cell.source = model[grade_id]
    return notebook


def grading_seconds(count: int) -> tuple[float, str, str]:
    """Wall time to autograde ``count`` honest hand-ins of lesson 1 (the model answers), as
    ``make grade`` does (one worker per core, each hand-in in the sandbox); the points given and
    the sandbox used."""
    import tempfile

    import nbformat

    from lessons.grade import grade

    notebook = honest_hand_in()
    with tempfile.TemporaryDirectory() as scratch:
        handed_in = Path(scratch) / "submissions"
        for n in range(count):
            (handed_in / f"student{n:03}").mkdir(parents=True)
            nbformat.write(notebook, handed_in / f"student{n:03}" / f"{LESSON1}.ipynb")
        start = time.perf_counter()
        report = grade(handed_in, Path(scratch) / "grades", workers=os.cpu_count() or 2)
        seconds = time.perf_counter() - start
    points = sorted({f"{r.points:g}/{r.max_points:g}" for r in report.results})
    return seconds, ", ".join(points), report.sandbox


def grading_figures(quick: bool) -> list[Figure]:
    """The seconds for a small class, and the minutes per 100 hand-ins extrapolated from it."""
    count = 4 if quick else 10
    seconds, points, sandbox = grading_seconds(count)
    cores = os.cpu_count()
    print(
        f"grading: {count} honest hand-ins of lesson 1 scored {points} "
        "(automatic points; reflections are graded by hand)"
    )
    print(f"grading sandbox: {sandbox}")
    per_100 = seconds * 100 / count / 60
    print(
        f"grading: {seconds:.0f} s for {count} hand-ins on {cores} cores, so about "
        f"{per_100:.1f} minutes per 100 hand-ins (extrapolated linearly from {count}; "
        "target < 10 min on 2 cores)"
    )
    return [
        Figure(f"grade {count} honest hand-ins of lesson 1", seconds, "s"),
        Figure(
            f"grade 100 hand-ins (extrapolated, {cores} cores)",
            per_100,
            "min",
            "< 10 min",
            check(per_100, 10),
        ),
    ]


# --- the report -------------------------------------------------------------------------------


def check(value: float, limit: float) -> bool:
    return value < limit


def run(quick: bool) -> tuple[list[Figure], dict[str, object]]:
    seed = read_text_file(SEED_ARTICLE)
    texts = practice_texts()
    figures: list[Figure] = []
    add = figures.append

    cold = statistics.median(cold_analyze() for _ in range(1 if quick else 3))
    add(Figure("cold analyze (seed, fresh process)", cold, "s", "< 3 s", check(cold, 3)))

    per_stage: dict[str, list[float]] = {}
    lengths = []
    for text in [seed, *texts]:
        lengths.append(words(text))
        for stage, seconds in stage_times(text).items():
            per_stage.setdefault(stage, []).append(seconds)
    for stage, values in per_stage.items():
        add(Figure(f"warm {stage} per article (mean)", statistics.mean(values), "s"))
    warm_total = sum(statistics.mean(v) for v in per_stage.values())
    add(
        Figure(
            "warm analysis per article (all stages)", warm_total, "s", "< 0.2 s", warm_total < 0.2
        )
    )

    regex = baseline_quotes(seed)
    add(Figure("baseline: quote regex per article", regex, "s"))
    ne_chunk = baseline_ne_chunk_per_sentence(seed, 2 if quick else 3)
    sentences = len(parse_article(seed).sentences)
    add(Figure("baseline: nltk.ne_chunk per sentence", ne_chunk, "s"))
    add(Figure("baseline: nltk.ne_chunk per seed article", ne_chunk * sentences, "s"))
    entities = statistics.mean(per_stage["entities"])
    add(
        Figure("entities speed-up over per-sentence ne_chunk", ne_chunk * sentences / entities, "x")
    )

    count = 200 if quick else 1000
    seconds = throughput(count, processes=os.cpu_count() or 2)
    add(
        Figure(
            f"{count} articles, {os.cpu_count()} processes",
            seconds,
            "s",
            "< 60 s" if count == 1000 else "",
            check(seconds, 60) if count == 1000 else None,
        )
    )

    sizes = [250_000, 500_000, 1_000_000] if not quick else [100_000, 200_000]
    times = scaling(sizes)
    for size, seconds in times.items():
        target = "< 10 s" if size == 1_000_000 else ""
        met = check(seconds, 10) if size == 1_000_000 else None
        add(Figure(f"analyze {size // 1000} kB of text", seconds, "s", target, met))
    ratio = times[sizes[-1]] / times[sizes[-2]]
    add(Figure("time ratio when the text doubles", ratio, "x", "< 2.5 (linear ~2)", ratio < 2.5))

    megabytes = 0.2 if quick else 1.0
    per_mb = shape_seconds_per_mb(megabytes)
    for shape, text in text_shapes(megabytes).items():
        mb = len(text) / 1_000_000
        name = f"{shape} ({mb:.1f} MB), CPU per MB"
        add(Figure(name, per_mb[shape], "s", "< 10 s/MB", check(per_mb[shape], 10)))
    dense = per_mb["quote-dense"] / per_mb["prose"]
    add(Figure("quote-dense / prose, per MB", dense, "x", "<= 1.5", dense <= 1.5))

    total_nb = 0.0
    peak_max = 0.0
    for path in sorted((ROOT / "notebooks").glob("*.ipynb")):
        seconds, peak = notebook_figures(path)
        total_nb += seconds
        peak_max = max(peak_max, peak)
        add(Figure(f"notebook {path.stem}", seconds, "s", "< 15 s", check(seconds, 15)))
        add(Figure(f"notebook {path.stem} kernel peak", peak, "MB", "< 400 MB", check(peak, 400)))
    add(Figure("all notebooks", total_nb, "s", "< 60 s", check(total_nb, 60)))

    figures += grading_figures(quick)

    env = Path(sys.prefix)
    add(Figure("installed environment (sys.prefix)", folder_mb(env), "MB"))
    site = next(env.glob("lib/python*/site-packages"), None)
    if site:
        add(Figure("  of which site-packages", folder_mb(site), "MB"))

    machine = {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "processor": platform.processor() or platform.machine(),
        "cores": os.cpu_count(),
        "article words (seed, practice mean)": [lengths[0], round(statistics.mean(lengths[1:]))],
    }
    return figures, machine


def format_table(figures: list[Figure]) -> str:
    lines = [f"{'figure':48} {'value':>10}  {'target':>16}  met"]
    lines.append("-" * len(lines[0]))
    for f in figures:
        value = f"{f.value:.3f} {f.unit}" if f.unit == "s" else f"{f.value:.1f} {f.unit}"
        met = "" if f.met is None else ("yes" if f.met else "NO")
        lines.append(f"{f.name:48} {value:>10}  {f.target:>16}  {met}")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer articles, smaller texts")
    parser.add_argument("--json", default=str(ROOT / "benchmarks" / "results.json"))
    parser.add_argument(
        "--grading", action="store_true", help="only the grading figure (make bench ARGS=--grading)"
    )
    args = parser.parse_args()
    from lessons.errors import LessonError
    from lessons.grade.sandbox import choose_sandbox

    try:  # the grading figure runs hand-ins in the sandbox: say so before the long run, not after
        choose_sandbox()
    except LessonError as error:
        print(f"make bench needs the grading sandbox: {error}", file=sys.stderr)
        return 2
    if args.grading:
        print(format_table(grading_figures(args.quick)))
        return 0
    figures, machine = run(args.quick)
    print(format_table(figures))
    print("\nmachine:", json.dumps(machine))
    Path(args.json).write_text(
        json.dumps({"machine": machine, "figures": [asdict(f) for f in figures]}, indent=2) + "\n",
        encoding="utf-8",
    )
    print(f"written: {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
