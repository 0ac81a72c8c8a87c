"""Evaluation against gold: exact figures for hand-built predictions, and the corpus report."""

from __future__ import annotations

import json
import sys
import types
from fractions import Fraction
from pathlib import Path

import pytest

from lessons.evaluate import (
    CorpusReport,
    Counts,
    ErrorRow,
    Span,
    TimelineScores,
    evaluate_article,
    evaluate_corpus,
    evaluate_entities,
    evaluate_quotes,
    evaluate_timeline,
    fold,
    format_report,
    format_table,
    has_one_place_type,
    load_gold_articles,
    locate_in_order,
    main,
    score_row,
    to_rows,
)

# A tiny article: a quote broken by its attribution, a pronoun speaker, a dated footer link.
TEXT = (
    "Bridge Reopens\r\n"
    "\r\n"
    "\u201cWe are ready,\u201d Mayor Ana Lopez said on Tuesday, \u201cbut not yet.\u201d\r\n"
    "\r\n"
    "Fire Chief Tom Reed said the bridge would reopen a day later."
    " \u201cNobody was hurt,\u201d he said.\u00a0\r\n"
    "\r\n"
    "The council meets again next month.\r\n"
    "\r\n"
    "Related: Bridge closed (March 1, 2025)\r\n"
)
GOLD_QUOTES = [
    {
        "text": "We are ready,",
        "speaker": "Ana Lopez",
        "speaker_mention": "Mayor Ana Lopez",
        "cue": "said",
    },
    {
        "text": "but not yet.",
        "speaker": "Ana Lopez",
        "speaker_mention": "Mayor Ana Lopez",
        "cue": "said",
    },
    {"text": "Nobody was hurt,", "speaker": "Tom Reed", "speaker_mention": "he", "cue": "said"},
]
GOLD_ENTITIES = [
    {"text": "Ana Lopez", "type": "PERSON"},
    {"text": "Lopez", "type": "PERSON"},
    {"text": "Tom Reed", "type": "PERSON"},
    {"text": "Reed", "type": "PERSON"},
    {"text": "State Department", "type": "ORGANIZATION"},
    {"text": "Kyiv", "type": "GPE"},
]
GOLD_TIMELINE = [
    {"expression": "on Tuesday", "date": "2025-03-04", "event": "Lopez speaks", "status": "past"},
    {
        "expression": "a day later",
        "date": "2025-03-05",
        "event": "Bridge reopens",
        "status": "planned",
    },
    {"expression": "next month", "date": "2025-04", "event": "Council meets", "status": "planned"},
]
GOLD = {
    "published": "2025-03-05",
    "headline": "Bridge Reopens",
    "boilerplate": ["Related: Bridge closed (March 1, 2025)"],
    "quotes": GOLD_QUOTES,
    "indirect_quotes": [],
    "entities": GOLD_ENTITIES,
    "timeline": GOLD_TIMELINE,
}


def span_of(fragment: str, occurrence: int = 1) -> dict[str, int]:
    """Raw offsets of the n-th occurrence of ``fragment`` in TEXT."""
    start = -1
    for _ in range(occurrence):
        start = TEXT.index(fragment, start + 1)
    return {"start": start, "end": start + len(fragment)}


def exact(value: float) -> Fraction:
    return Fraction(value).limit_denominator(1000)


# --------------------------------------------------------------------------- folding, locating


def test_fold_straightens_quotes_and_collapses_whitespace() -> None:
    assert fold("\u201cIt\u2019s\u00a0 fine,\u201d\r\n she said.") == '"It\'s fine," she said.'


def test_locate_in_order_maps_back_to_raw_offsets_across_crlf_and_nbsp() -> None:
    [span] = locate_in_order(TEXT, ['"Nobody was hurt," he said.'])
    assert span is not None
    assert TEXT[span.start : span.end] == "\u201cNobody was hurt,\u201d he said."


def test_locate_in_order_finds_repeated_expressions_one_after_the_other() -> None:
    text = "On Tuesday he left; on Tuesday she came back."
    assert locate_in_order(text, ["on Tuesday", "on Tuesday"], ignore_case=True) == [
        Span(0, 10),
        Span(20, 30),
    ]
    assert locate_in_order(text, ["on Tuesday", "on Tuesday"]) == [Span(20, 30), None]


def test_locate_in_order_does_not_match_inside_words() -> None:
    assert locate_in_order("The mayor said in May.", ["May"], ignore_case=True) == [Span(18, 21)]


def test_counts_give_zero_not_an_error_when_empty() -> None:
    assert (Counts().precision, Counts().recall, Counts().f1) == (0.0, 0.0, 0.0)
    assert Counts(1, 2, 4) + Counts(1, 1, 1) == Counts(2, 3, 5)


# --------------------------------------------------------------------------- quotes


def test_quotes_two_matches_one_spurious_one_wrong_speaker() -> None:
    predicted = [
        {"text": "We are ready,", "speaker": "ana lopez", **span_of("We are ready,")},
        # marks included and the wrong speaker: still a match (overlap 16/18 of the longer span)
        {
            "text": "\u201cNobody was hurt,\u201d",
            "speaker": "Ana Lopez",
            **span_of("\u201cNobody was hurt,\u201d"),
        },
        {"text": "Fire Chief Tom Reed", "speaker": None, **span_of("Fire Chief Tom Reed")},
    ]
    scores = evaluate_quotes(predicted, GOLD_QUOTES, TEXT, "tiny")
    assert scores.counts == Counts(matched=2, predicted=3, gold=3)
    assert exact(scores.counts.precision) == Fraction(2, 3)
    assert exact(scores.counts.recall) == Fraction(2, 3)
    assert exact(scores.counts.f1) == Fraction(2, 3)
    assert scores.speaker_correct == 1
    assert scores.speaker_accuracy == 0.5
    assert scores.errors == (
        ErrorRow("tiny", "quotes", "missed", "but not yet.", "Ana Lopez", ""),
        ErrorRow("tiny", "quotes", "wrong speaker", "Nobody was hurt,", "Tom Reed", "Ana Lopez"),
        ErrorRow("tiny", "quotes", "spurious", "Fire Chief Tom Reed", "", ""),
    )


def test_quote_overlap_must_reach_half_of_the_longer_span() -> None:
    short = {"text": "We are", "speaker": "Ana Lopez", **span_of("We are")}  # 6 of 13 characters
    almost = {"text": "We are ready", "speaker": "Ana Lopez", **span_of("We are ready")}  # 12/13
    assert evaluate_quotes([short], GOLD_QUOTES[:1], TEXT).counts.matched == 0
    assert evaluate_quotes([almost], GOLD_QUOTES[:1], TEXT).counts.matched == 1


def test_quote_without_offsets_matches_on_folded_text() -> None:
    predicted = [{"text": '"but not yet."', "speaker": "Ana Lopez"}]  # straight marks, no offsets
    scores = evaluate_quotes(predicted, GOLD_QUOTES, TEXT)
    assert scores.counts == Counts(1, 1, 3)
    assert scores.speaker_accuracy == 1.0


def test_each_gold_quote_matches_at_most_one_prediction() -> None:
    twice = {"text": "We are ready,", "speaker": "Ana Lopez", **span_of("We are ready,")}
    scores = evaluate_quotes([twice, dict(twice)], GOLD_QUOTES[:1], TEXT, "tiny")
    assert scores.counts == Counts(1, 2, 1)
    assert [e.kind for e in scores.errors] == ["spurious"]


def test_a_gold_quote_missing_from_the_text_is_reported_clearly() -> None:
    bad_gold = [{"text": "Never said this", "speaker": "X", "speaker_mention": "X", "cue": "said"}]
    with pytest.raises(ValueError, match="Never said this.*tiny"):
        evaluate_quotes([], bad_gold, TEXT, "tiny")


# --------------------------------------------------------------------------- entities


def test_entities_typed_and_untyped_over_distinct_surface_forms() -> None:
    predicted = [
        {
            "text": "Ana Lopez",
            "type": "PERSON",
            "count": 2,
            "mentions": [
                {"text": "Ana Lopez", "start": 0, "end": 9},
                {"text": "Lopez", "start": 20, "end": 25},
            ],
        },
        {"text": "Tom Reed", "type": "ORGANIZATION", "count": 1},
        {"text": "the State Department\u2019s", "type": "ORGANIZATION", "count": 1},
        {"text": "Tuesday", "type": "OTHER", "count": 1},
    ]
    scores = evaluate_entities(predicted, GOLD_ENTITIES, "tiny")
    # untyped: gold 6 forms, predicted 5, shared: ana lopez, lopez, tom reed, state department
    assert scores.untyped == Counts(4, 5, 6)
    assert exact(scores.untyped.precision) == Fraction(4, 5)
    assert exact(scores.untyped.recall) == Fraction(2, 3)
    assert exact(scores.untyped.f1) == Fraction(8, 11)
    # typed: Tom Reed has the wrong type
    assert scores.typed == Counts(3, 5, 6)
    assert exact(scores.typed.f1) == Fraction(6, 11)
    assert scores.errors == (
        ErrorRow("tiny", "entities", "wrong type", "Tom Reed", "PERSON", "ORGANIZATION"),
        ErrorRow("tiny", "entities", "missed", "Reed", "PERSON", ""),
        ErrorRow("tiny", "entities", "missed", "Kyiv", "GPE", ""),
        ErrorRow("tiny", "entities", "spurious", "Tuesday", "", "OTHER"),
    )


def test_entity_given_the_right_and_a_wrong_type_counts_the_extra_as_spurious() -> None:
    predicted = [{"text": "Kyiv", "type": "GPE"}, {"text": "Kyiv", "type": "ORGANIZATION"}]
    scores = evaluate_entities(predicted, [{"text": "Kyiv", "type": "GPE"}], "tiny")
    assert scores.typed == Counts(1, 2, 1)
    assert scores.untyped == Counts(1, 1, 1)
    assert scores.errors == (
        ErrorRow("tiny", "entities", "spurious", "Kyiv", "GPE", "ORGANIZATION"),
    )


# --------------------------------------------------------------------------- timeline


def test_timeline_detection_precision_and_date_accuracy() -> None:
    predicted = [
        {"expression": "Tuesday", "date": "2025-03-04", **span_of("Tuesday")},
        {"expression": "a day later", "date": "2025-03-06", **span_of("a day later")},
        {"expression": "March 1, 2025", "date": "2025-03-01", **span_of("March 1, 2025")},
    ]
    scores = evaluate_timeline(predicted, GOLD_TIMELINE, TEXT, "tiny")
    assert scores.counts == Counts(matched=2, predicted=3, gold=3)
    assert exact(scores.precision) == Fraction(2, 3)
    assert exact(scores.counts.recall) == Fraction(2, 3)
    assert scores.dates_correct == 1
    assert exact(scores.date_accuracy) == Fraction(1, 3)
    assert scores.errors == (
        ErrorRow("tiny", "timeline", "wrong date", "a day later", "2025-03-05", "2025-03-06"),
        ErrorRow("tiny", "timeline", "missed", "next month", "2025-04", ""),
        ErrorRow("tiny", "timeline", "spurious", "March 1, 2025", "", "2025-03-01"),
    )


def test_timeline_precision_judged_leaves_out_rows_on_times_the_gold_leaves_out() -> None:
    predicted = [
        {"expression": "Tuesday", "date": "2025-03-04", **span_of("Tuesday")},
        {"expression": "on Tues", "date": "2025-03-04", **span_of("on Tues")},  # a second row
        {"expression": "March 1, 2025", "date": "2025-03-01", **span_of("March 1, 2025")},
    ]
    left_out = span_of("March 1, 2025")  # say the gold leaves this one out on purpose
    scores = evaluate_timeline(
        predicted, GOLD_TIMELINE, TEXT, "tiny", [(left_out["start"], left_out["end"])]
    )
    assert scores.counts == Counts(matched=1, predicted=3, gold=3)
    assert scores.judged == 2
    assert exact(scores.precision) == Fraction(1, 3)
    assert exact(scores.precision_judged) == Fraction(1, 2)
    both = scores + scores
    assert (both.judged, exact(both.precision_judged)) == (4, Fraction(1, 2))
    assert evaluate_timeline(predicted, GOLD_TIMELINE, TEXT, "tiny").judged == 3  # no metadata
    assert TimelineScores().precision_judged == 0.0


def test_timeline_predictions_without_offsets_are_located_in_order() -> None:
    predicted = [{"expression": "On Tuesday", "date": "2025-03-04"}]
    scores = evaluate_timeline(predicted, GOLD_TIMELINE, TEXT)
    assert scores.counts == Counts(1, 1, 3)
    assert scores.dates_correct == 1


def test_a_gold_date_is_not_located_in_the_date_line_under_the_headline() -> None:
    text = (
        "Carmaker recalls 410,000 cars\nBy Lena Vogt\nApril 27, 2026\n\nVESTRA, April 27 (TBW) "
        "- The carmaker said on Monday it would recall the cars."
    )
    gold = [{"expression": "April 27", "date": "2026-04-27"}]
    dateline = text.index("April 27 (TBW)")
    predicted = [
        {
            "expression": "April 27",
            "date": "2026-04-27",
            "start": dateline,
            "end": dateline + len("April 27"),
        }
    ]
    scores = evaluate_timeline(predicted, gold, text)
    assert (scores.counts, scores.dates_correct) == (Counts(1, 1, 1), 1)


# --------------------------------------------------------------------------- article and tables


def test_evaluate_article_collects_every_error_in_task_order() -> None:
    scores = evaluate_article({"quotes": [], "entities": [], "timeline": []}, GOLD, TEXT, "tiny")
    assert [e.task for e in scores.errors] == ["quotes"] * 3 + ["entities"] * 6 + ["timeline"] * 3
    assert {e.kind for e in scores.errors} == {"missed"}


def test_error_table_rows_and_text() -> None:
    errors = [
        ErrorRow("tiny", "quotes", "wrong speaker", "Nobody was hurt,", "Tom Reed", "Ana Lopez"),
        ErrorRow("tiny", "timeline", "missed", "x" * 80, "2025-04", ""),
    ]
    assert to_rows(errors)[0] == {
        "article": "tiny",
        "task": "quotes",
        "kind": "wrong speaker",
        "what": "Nobody was hurt,",
        "expected": "Tom Reed",
        "got": "Ana Lopez",
    }
    table = format_table(errors, width=20).splitlines()
    assert table[0].split() == ["article", "task", "kind", "what", "expected", "got"]
    assert "wrong speaker" in table[2] and "Ana Lopez" in table[2]
    assert "x" * 17 + "..." in table[3]
    assert format_table([]) == "No errors."


# --------------------------------------------------------------------------- corpus


def write_dataset(root: Path, name: str, text: str, gold: dict) -> None:
    folder = root / name
    folder.mkdir(parents=True)
    (folder / "article.txt").write_bytes(text.encode("utf-8"))
    (folder / "gold.json").write_text(json.dumps(gold), encoding="utf-8")


@pytest.fixture
def tiny_datasets(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A seed and one practice article, both the tiny TEXT, found through LESSONS_DATASETS."""
    write_dataset(tmp_path, "seed", TEXT, GOLD)
    write_dataset(tmp_path, "practice/tiny-two", TEXT, GOLD)
    (tmp_path / "practice" / "not-annotated").mkdir()  # no files: skipped
    monkeypatch.setenv("LESSONS_DATASETS", str(tmp_path))
    return tmp_path


def fake_analyze(text: str, published: str) -> dict:
    """Stands in for lessons.pipeline.analyze_text: one right quote, one right entity, one date."""
    assert published == "2025-03-05"
    return {
        "quotes": [{"text": "We are ready,", "speaker": "Ana Lopez", **span_of("We are ready,")}],
        "entities": [{"text": "Kyiv", "type": "GPE", "count": 1}],
        "timeline": [{"expression": "on Tuesday", "date": "2025-03-04", **span_of("on Tuesday")}],
    }


def test_load_gold_articles_uses_the_environment_variable(tiny_datasets: Path) -> None:
    articles = load_gold_articles()
    assert [a.name for a in articles] == ["seed", "practice/tiny-two"]
    assert articles[0].text == TEXT  # CRLF kept, so offsets match the file
    assert articles[0].published == "2025-03-05"


def test_a_plain_folder_of_articles_is_read_too(tmp_path: Path) -> None:
    write_dataset(tmp_path, "beta", TEXT, GOLD)
    write_dataset(tmp_path, "alpha", TEXT, GOLD)
    (tmp_path / "_tools").mkdir()  # no article: skipped
    assert [a.name for a in load_gold_articles(tmp_path)] == ["alpha", "beta"]


def test_corpus_totals_are_micro_averaged(tiny_datasets: Path) -> None:
    report = evaluate_corpus(fake_analyze)
    assert isinstance(report, CorpusReport)
    assert len(report.articles) == 2
    total = report.total
    assert total.name == "TOTAL"
    assert total.quotes.counts == Counts(2, 2, 6)
    assert total.quotes.speaker_accuracy == 1.0
    assert total.entities.typed == Counts(2, 2, 12)
    assert total.timeline.counts == Counts(2, 2, 6)
    assert exact(total.timeline.date_accuracy) == Fraction(1, 3)
    assert exact(total.quotes.counts.f1) == Fraction(1, 2)
    assert len(report.errors) == 2 * (2 + 5 + 2)


def test_format_report_has_one_row_per_article_a_total_and_the_errors(tiny_datasets: Path) -> None:
    text = format_report(evaluate_corpus(fake_analyze), max_errors=3)
    lines = text.splitlines()
    assert lines[0].split()[:3] == ["article", "quote", "F1"]
    headers = ("speaker acc", "entity F1 typed", "entity F1 untyped", "timeline P", "P judged")
    for header in (*headers, "date acc"):
        assert header in lines[0]
    assert lines[0].index("timeline P") < lines[0].index("P judged") < lines[0].index("date acc")
    assert lines[2].split() == ["seed", "0.50", "1.00", "0.29", "0.29", "1.00", "1.00", "0.33"]
    assert lines[3].startswith("practice/tiny-two")
    assert lines[4].split()[0] == "TOTAL"
    assert "Errors (18):" in text
    assert text.rstrip().endswith("... and 15 more.")
    summary_only = format_report(evaluate_corpus(fake_analyze), max_errors=0)
    assert summary_only.endswith("Errors (18):\n... and 18 more.")
    assert "No errors." not in summary_only


def test_perfect_predictions_score_one_on_the_real_datasets(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The gold is self-consistent: feeding it back as predictions gives a perfect score."""
    monkeypatch.delenv("LESSONS_DATASETS", raising=False)
    articles = {a.text: a for a in load_gold_articles()}
    assert len(articles) >= 8

    def perfect(text: str, published: str) -> dict:
        gold = articles[text].gold
        assert published == gold["published"]
        quote_spans = locate_in_order(text, [q["text"] for q in gold["quotes"]])
        time_spans = locate_in_order(
            text, [t["expression"] for t in gold["timeline"]], ignore_case=True
        )
        return {
            "quotes": [
                {"text": q["text"], "speaker": q["speaker"], "start": s.start, "end": s.end}
                for q, s in zip(gold["quotes"], quote_spans, strict=True)
                if s is not None
            ],
            "entities": [
                {"text": e["text"], "type": e["type"], "count": 1} for e in gold["entities"]
            ],
            "timeline": [
                {"expression": t["expression"], "date": t["date"], "start": s.start, "end": s.end}
                for t, s in zip(gold["timeline"], time_spans, strict=True)
                if s is not None
            ],
        }

    report = evaluate_corpus(perfect)
    assert report.errors == ()
    total = report.total
    for value in (
        total.quotes.counts.f1,
        total.quotes.speaker_accuracy,
        total.entities.typed.f1,
        total.entities.untyped.f1,
        total.timeline.precision,
        total.timeline.date_accuracy,
    ):
        assert value == 1.0


def test_main_prints_the_report(
    tiny_datasets: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    fake = types.ModuleType("lessons.pipeline")
    fake.analyze_text = lambda text, published=None: fake_analyze(text, published)  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "lessons.pipeline", fake)
    assert main(["--datasets", str(tiny_datasets), "--no-errors"]) == 0
    out = capsys.readouterr().out
    assert "TOTAL" in out and "Errors" not in out


def test_main_explains_a_missing_pipeline(monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    monkeypatch.setitem(sys.modules, "lessons.pipeline", None)
    assert main([]) == 2
    assert "lessons.pipeline" in capsys.readouterr().err


# --------------------------------------------------------------------------- real-news sets
# Development sets of real news annotate one task per article (metadata.json "annotated"), mark
# quotes whose speaker could not be resolved, and may have a single place type. The articles
# below are made up for these tests.


def write_article(
    root: Path, name: str, gold: dict, annotated: list[str] | None = None, text: str = TEXT
) -> None:
    """An article folder with its gold and, when ``annotated`` is given, a metadata.json."""
    write_dataset(root, name, text, gold)
    if annotated is not None:
        metadata = {"title": name, "fictional": True, "annotated": annotated}
        (root / name / "metadata.json").write_text(json.dumps(metadata), encoding="utf-8")


def only(gold_key: str, rows: list) -> dict:
    """GOLD with every task list emptied except ``gold_key``, which gets ``rows``."""
    return {**GOLD, "quotes": [], "entities": [], "timeline": [], gold_key: rows}


def test_unannotated_tasks_are_skipped_and_left_out_of_the_table(tmp_path: Path) -> None:
    write_article(tmp_path, "quotes-only", only("quotes", GOLD_QUOTES), ["quotes"])
    articles = load_gold_articles(tmp_path)
    assert articles[0].tasks == {"quotes"}
    report = evaluate_corpus(fake_analyze, articles)
    total = report.total
    assert total.tasks == {"quotes"}
    assert total.quotes.counts == Counts(1, 1, 3)
    # the predicted entity and date are not judged: no counts, no error rows
    assert total.entities.typed == Counts() and total.timeline.counts == Counts()
    assert {e.task for e in report.errors} == {"quotes"}
    lines = format_report(report, show_errors=False).splitlines()
    assert lines[0].split() == ["article", "quote", "F1", "speaker", "acc"]
    assert lines[-1].split() == ["TOTAL", "0.50", "1.00"]


def test_a_mixed_set_prints_a_dash_where_an_article_does_not_annotate_a_task(
    tmp_path: Path,
) -> None:
    write_article(tmp_path, "a-quotes", only("quotes", GOLD_QUOTES), ["quotes"])
    write_article(tmp_path, "b-timeline", only("timeline", GOLD_TIMELINE), ["timeline"])
    report = evaluate_corpus(fake_analyze, root=tmp_path)
    lines = format_report(report, show_errors=False).splitlines()
    assert "entity" not in lines[0]
    assert lines[2].split() == ["a-quotes", "0.50", "1.00", "-", "-", "-"]
    assert lines[3].split() == ["b-timeline", "-", "-", "1.00", "1.00", "0.33"]
    assert lines[4].split() == ["TOTAL", "0.50", "1.00", "1.00", "1.00", "0.33"]
    assert score_row(report.articles[0])["timeline P"] is None
    assert score_row(report.articles[0])["P judged"] is None


def test_an_annotated_task_with_an_empty_gold_list_still_counts(tmp_path: Path) -> None:
    write_article(tmp_path, "no-quotes", only("quotes", []), ["quotes"])
    report = evaluate_corpus(fake_analyze, root=tmp_path)
    assert report.total.quotes.counts == Counts(0, 1, 0)
    assert [(e.task, e.kind) for e in report.errors] == [("quotes", "spurious")]
    assert format_report(report, show_errors=False).splitlines()[-1].split() == [
        "TOTAL",
        "0.00",
        "0.00",
    ]


def test_a_gold_file_missing_a_task_key_skips_that_task(tmp_path: Path) -> None:
    gold = {key: value for key, value in GOLD.items() if key != "timeline"}
    write_article(tmp_path, "no-timeline-key", gold)  # no metadata.json: every key it has
    report = evaluate_corpus(fake_analyze, root=tmp_path)
    assert report.total.tasks == {"quotes", "entities"}
    assert "timeline" not in {e.task for e in report.errors}
    assert "timeline P" not in format_report(report, show_errors=False)


def test_annotated_must_be_a_list_of_task_names(tmp_path: Path) -> None:
    write_article(tmp_path, "bad", GOLD, annotated=["quotes"])
    (tmp_path / "bad" / "metadata.json").write_text('{"annotated": "quotes"}', encoding="utf-8")
    with pytest.raises(ValueError, match="annotated"):
        load_gold_articles(tmp_path)


UNRESOLVED = {
    "text": "Nobody was hurt,",
    "speaker": "he",
    "speaker_mention": "he",
    "cue": "said",
    "note": "speaker unresolved (automatic rule): no name for the pronoun",
}


def test_a_quote_with_an_unresolved_speaker_counts_for_f1_but_not_for_speakers() -> None:
    gold = [GOLD_QUOTES[0], UNRESOLVED]
    predicted = [
        {"text": "We are ready,", "speaker": "Tom Reed", **span_of("We are ready,")},
        {"text": "Nobody was hurt,", "speaker": "Tom Reed", **span_of("Nobody was hurt,")},
    ]
    scores = evaluate_quotes(predicted, gold, TEXT, "tiny")
    assert scores.counts == Counts(2, 2, 2)
    assert (scores.speakers_unresolved, scores.speakers_judged) == (1, 1)
    assert scores.speaker_accuracy == 0.0  # 0 right of the 1 quote whose speaker is known
    assert scores.errors == (
        ErrorRow("tiny", "quotes", "wrong speaker", "We are ready,", "Ana Lopez", "Tom Reed"),
    )
    right = [{**predicted[0], "speaker": "Ana Lopez"}, predicted[1]]
    assert evaluate_quotes(right, gold, TEXT).speaker_accuracy == 1.0
    missed = evaluate_quotes([], gold, TEXT, "tiny")  # a missed one is still missed
    assert [e.kind for e in missed.errors] == ["missed", "missed"]


def test_unresolved_speakers_are_noted_under_the_table(tmp_path: Path) -> None:
    gold = only("quotes", [UNRESOLVED])
    write_article(tmp_path, "unresolved", gold, ["quotes"])

    def finds_it(text: str, published: str | None) -> dict:
        return {"quotes": [{"text": "Nobody was hurt,", "speaker": "Tom Reed"}]}

    report = evaluate_corpus(finds_it, root=tmp_path)
    assert report.total.quotes.speakers_judged == 0
    assert "leaves out 1 matched quote" in format_report(report, show_errors=False)


PLACES = [
    {"text": "Kyiv", "type": "LOCATION"},
    {"text": "Tom Reed", "type": "PERSON"},
]


def test_one_place_type_reads_gpe_and_facility_as_location() -> None:
    predicted = [
        {"text": "Kyiv", "type": "GPE"},
        {"text": "Kyiv", "type": "FACILITY"},  # both fold to LOCATION: one form, one type
        {"text": "Tom Reed", "type": "PERSON"},
    ]
    strict = evaluate_entities(predicted, PLACES, "tiny")
    assert strict.typed == Counts(1, 3, 2)
    folded = evaluate_entities(predicted, PLACES, "tiny", one_place_type=True)
    assert folded.typed == Counts(2, 2, 2)
    assert folded.untyped == strict.untyped == Counts(2, 2, 2)
    assert folded.errors == ()


def test_one_place_type_is_automatic_when_every_gold_place_is_location(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_article(tmp_path, "places", only("entities", PLACES), ["entities"])
    articles = load_gold_articles(tmp_path)
    assert has_one_place_type(articles)
    monkeypatch.delenv("LESSONS_DATASETS", raising=False)
    assert not has_one_place_type(load_gold_articles())  # the kit's own sets use GPE too

    def finds_kyiv(text: str, published: str | None) -> dict:
        return {"entities": [{"text": "Kyiv", "type": "GPE"}]}

    report = evaluate_corpus(finds_kyiv, articles)
    assert report.one_place_type
    assert report.total.entities.typed == Counts(1, 1, 2)
    assert "GPE and FACILITY as LOCATION" in format_report(report, show_errors=False)
    strict = evaluate_corpus(finds_kyiv, articles, one_place_type=False)
    assert strict.total.entities.typed == Counts(0, 1, 2)
    assert "LOCATION" not in format_report(strict, show_errors=False)


def test_the_one_place_type_flag_forces_folding(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    write_article(
        tmp_path, "kyiv", only("entities", [{"text": "Kyiv", "type": "GPE"}]), ["entities"]
    )
    fake = types.ModuleType("lessons.pipeline")
    fake.analyze_text = lambda text, published=None: {  # type: ignore[attr-defined]
        "entities": [{"text": "Kyiv", "type": "FACILITY"}]
    }
    monkeypatch.setitem(sys.modules, "lessons.pipeline", fake)
    assert main(["--datasets", str(tmp_path), "--no-errors"]) == 0
    assert capsys.readouterr().out.splitlines()[-1].split() == ["TOTAL", "0.00", "1.00"]
    assert main(["--datasets", str(tmp_path), "--no-errors", "--one-place-type"]) == 0
    out = capsys.readouterr().out
    assert [line.split() for line in out.splitlines() if line.startswith("TOTAL")] == [
        ["TOTAL", "1.00", "1.00"]
    ]


WEB_PAGE = (
    "<!DOCTYPE html>\n<html><head><title>Bridge Reopens</title></head>\n<body></body></html>\n"
)


def test_an_article_the_kit_refuses_is_an_error_row_not_the_end_of_the_run(
    tmp_path: Path,
) -> None:
    from lessons.pipeline import analyze_text

    page_gold = {**only("quotes", []), "headline": "Bridge Reopens"}
    write_article(tmp_path, "a-saved-page", page_gold, ["quotes"], text=WEB_PAGE)
    write_article(tmp_path, "b-story", only("quotes", GOLD_QUOTES), ["quotes"])
    report = evaluate_corpus(analyze_text, root=tmp_path)
    assert [a.name for a in report.articles] == ["a-saved-page", "b-story"]
    [refusal] = [e for e in report.errors if e.kind == "refused"]
    assert (refusal.article, refusal.task) == ("a-saved-page", "article")
    assert "saved web page" in refusal.what
    assert report.total.quotes.counts.gold == 3  # the story was scored
    assert "a-saved-page refused: This looks like a saved web page" in format_report(report)


def test_a_refused_article_counts_its_gold_as_missed(tmp_path: Path) -> None:
    from lessons.errors import ArticleError, MissingDataError

    write_article(tmp_path, "refused", only("quotes", GOLD_QUOTES), ["quotes"])

    def refuses(text: str, published: str | None) -> dict:
        raise ArticleError("The article is empty: paste or load some text first.")

    report = evaluate_corpus(refuses, root=tmp_path)
    assert report.total.quotes.counts == Counts(0, 0, 3)
    assert report.errors == (
        ErrorRow(
            "refused",
            "article",
            "refused",
            "The article is empty: paste or load some text first.",
            "",
            "",
        ),
    )

    def no_data(text: str, published: str | None) -> dict:
        raise MissingDataError("NLTK data is missing: run python -m lessons data.")

    with pytest.raises(MissingDataError):  # would refuse every article: stop instead
        evaluate_corpus(no_data, root=tmp_path)
