"""Step 3: score each task of one article: quotes, entities, timeline.

- **quotes**: did we find each quotation, and did we credit the right speaker?
- **entities**: did we find each name, and did we give it the right type?
- **timeline**: did we find each time expression, and did we put it on the right date?

An article scores only the tasks its gold annotates; the others get empty scores.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping, Sequence
from typing import Any

from lessons.article import fold
from lessons.evaluate.matching import (
    Candidate,
    Prediction,
    Span,
    date_lines,
    greedy_pairs,
    locate_gold,
    prediction_spans,
)
from lessons.evaluate.scores import (
    TASKS,
    ArticleScores,
    Counts,
    EntityScores,
    ErrorRow,
    QuoteScores,
    TimelineScores,
)

# Corpora with one place type (CoNLL's LOC) call every place LOCATION; read the kit's finer
# place types as that one when scoring against them.
PLACE_TYPES = frozenset({"GPE", "LOCATION", "FACILITY"})
ONE_PLACE_TYPE = "LOCATION"


def _always(_row: Mapping[str, Any]) -> bool:
    return True


def _check_matches(
    article: str,
    task: str,
    gold: Sequence[Mapping[str, Any]],
    predicted: Sequence[Prediction],
    pairs: dict[int, int],
    fields: tuple[str, str, str],
    same: Callable[[str, str], bool],
    judged: Callable[[Mapping[str, Any]], bool] = _always,
) -> tuple[int, list[ErrorRow]]:
    """Check one field of every matched pair; list the missed, the spurious and the wrong.

    ``fields`` names the text field, the checked field and the error kind for a wrong value,
    e.g. ``("text", "speaker", "wrong speaker")``. A matched gold row that ``judged`` rejects is
    neither right nor wrong. Returns how many matched rows were right.
    """
    text_field, value_field, wrong = fields
    errors: list[ErrorRow] = []
    correct = 0
    for gi, gold_row in enumerate(gold):
        want = str(gold_row[value_field])
        if gi not in pairs:
            errors.append(ErrorRow(article, task, "missed", gold_row[text_field], want, ""))
            continue
        if not judged(gold_row):
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


# --------------------------------------------------------------------------- quotes


def _speaker_key(speaker: object) -> str:
    return fold(str(speaker or "")).casefold()


def _quote_key(text: object) -> str:
    """A quote's text without the marks around it, for 'same text' comparisons."""
    return fold(str(text or "")).strip(" \"'")


def speaker_resolved(gold_quote: Mapping[str, Any]) -> bool:
    """False when the gold says nobody could tell who speaks (a note "speaker unresolved ...").

    >>> speaker_resolved({"speaker": "he", "note": "speaker unresolved (automatic rule)"})
    False
    >>> speaker_resolved({"speaker": "Ana Lopez", "note": "embedded: a fragment"})
    True
    """
    note = str(gold_quote.get("note") or "")
    return not note.strip().casefold().startswith("speaker unresolved")


def evaluate_quotes(
    predicted: Sequence[Prediction], gold: Sequence[Mapping[str, Any]], text: str, article: str = ""
) -> QuoteScores:
    """Match predicted quotes to gold quotes and check who is credited.

    A predicted quote matches a gold quote when their spans overlap by at least half of the
    longer one, or when their folded texts are equal. Speaker names are compared folded and
    case-insensitively. A gold quote whose speaker is unresolved counts for finding quotes but
    is left out of speaker accuracy.
    """
    gold_spans = locate_gold(text, [g["text"] for g in gold], "quote", article, ignore_case=False)
    pred_spans = prediction_spans(text, predicted, "text", ignore_case=False)
    candidates: list[Candidate] = []
    for gi, (gold_row, gold_span) in enumerate(zip(gold, gold_spans, strict=True)):
        for pi, (pred_row, pred_span) in enumerate(zip(predicted, pred_spans, strict=True)):
            same_text = _quote_key(gold_row["text"]) == _quote_key(pred_row.get("text"))
            shared = gold_span.overlap(pred_span) if pred_span else 0
            longer = max(gold_span.length, pred_span.length if pred_span else 0)
            ratio = shared / longer if longer else 0.0
            if same_text or ratio >= 0.5:
                candidates.append((float(same_text), ratio, gi, pi))
    pairs = greedy_pairs(candidates)

    speaker_correct, errors = _check_matches(
        article,
        "quotes",
        gold,
        predicted,
        pairs,
        ("text", "speaker", "wrong speaker"),
        lambda got, want: _speaker_key(got) == _speaker_key(want),
        judged=speaker_resolved,
    )
    unresolved = sum(1 for gi in pairs if not speaker_resolved(gold[gi]))
    counts = Counts(len(pairs), len(predicted), len(gold))
    return QuoteScores(counts, speaker_correct, tuple(errors), unresolved)


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


def place_type(kind: str, one_place_type: bool) -> str:
    """An entity type as scored: with ``one_place_type``, every place type reads LOCATION.

    >>> place_type("GPE", True), place_type("GPE", False), place_type("PERSON", True)
    ('LOCATION', 'GPE', 'PERSON')
    """
    return ONE_PLACE_TYPE if one_place_type and kind in PLACE_TYPES else kind


def evaluate_entities(
    predicted: Sequence[Prediction],
    gold: Sequence[Mapping[str, Any]],
    article: str = "",
    *,
    one_place_type: bool = False,
) -> EntityScores:
    """Compare the sets of distinct surface forms, typed ((form, type) pairs) and untyped.

    With ``one_place_type``, GPE and FACILITY count as LOCATION on both sides.
    """
    gold_type: dict[str, str] = {}
    gold_text: dict[str, str] = {}
    for row in gold:
        key = entity_key(row["text"])
        gold_type.setdefault(key, place_type(row["type"], one_place_type))
        gold_text.setdefault(key, row["text"])
    pred_types: dict[str, list[str]] = {}
    pred_text: dict[str, str] = {}
    for entity in predicted:
        kind = place_type(str(entity.get("type")), one_place_type)
        for form in _surface_forms(entity):
            key = entity_key(form)
            if not key:
                continue
            types = pred_types.setdefault(key, [])
            if kind not in types:
                types.append(kind)
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
    predicted: Sequence[Prediction],
    gold: Sequence[Mapping[str, Any]],
    text: str,
    article: str = "",
    unjudged: Sequence[tuple[int, int]] = (),
) -> TimelineScores:
    """Match predicted time expressions to gold ones by overlapping spans, then check dates.

    ``unjudged`` are (start, end) spans of time expressions the gold leaves out on purpose; an
    unmatched row on one of them is not counted in the precision over judged rows.
    """
    gold_spans = locate_gold(
        text,
        [g["expression"] for g in gold],
        "time expression",
        article,
        ignore_case=True,
        skip=date_lines(text),  # "April 27, 2026" under the headline is no entry: the
    )  # dateline's "April 27" is found below it
    pred_spans = prediction_spans(text, predicted, "expression", ignore_case=True)
    candidates: list[Candidate] = []
    for gi, gold_span in enumerate(gold_spans):
        for pi, pred_span in enumerate(pred_spans):
            shared = gold_span.overlap(pred_span) if pred_span else 0
            if shared > 0:
                candidates.append((float(shared), 0.0, gi, pi))
    pairs = greedy_pairs(candidates)
    matched = set(pairs.values())
    left_out = {
        pi
        for pi, span in enumerate(pred_spans)
        if span and pi not in matched and any(span.overlap(Span(a, b)) > 0 for a, b in unjudged)
    }

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
        Counts(len(pairs), len(predicted), len(gold)),
        dates_correct,
        tuple(errors),
        len(predicted) - len(left_out),
    )


# --------------------------------------------------------------------------- one article


def annotated_tasks(
    gold: Mapping[str, Any], annotated: Collection[str] | None = None
) -> frozenset[str]:
    """The tasks to score: those listed in ``annotated`` (all three if None) that gold.json has.

    >>> sorted(annotated_tasks({"quotes": [], "entities": []}, ["quotes", "timeline"]))
    ['quotes']
    """
    wanted = TASKS if annotated is None else annotated
    return frozenset(task for task in TASKS if task in wanted and task in gold)


def evaluate_article(
    prediction: Mapping[str, Any],
    gold: Mapping[str, Any],
    text: str,
    name: str = "article",
    *,
    tasks: Collection[str] | None = None,
    one_place_type: bool = False,
    unjudged_times: Sequence[tuple[int, int]] = (),
) -> ArticleScores:
    """Score one analysis (the ``--json`` dictionary) against one gold dictionary.

    Only ``tasks`` are scored (default: every task gold.json has a key for); the others get
    empty scores, which add nothing to the corpus totals.
    """
    chosen = annotated_tasks(gold, tasks)

    def found(task: str) -> list[Prediction]:
        return list(prediction.get(task) or [])

    quotes, entities, timeline = QuoteScores(), EntityScores(), TimelineScores()
    if "quotes" in chosen:
        quotes = evaluate_quotes(found("quotes"), gold["quotes"], text, name)
    if "entities" in chosen:
        entities = evaluate_entities(
            found("entities"), gold["entities"], name, one_place_type=one_place_type
        )
    if "timeline" in chosen:
        timeline = evaluate_timeline(
            found("timeline"), gold["timeline"], text, name, unjudged_times
        )
    return ArticleScores(name, quotes, entities, timeline, chosen)
