"""The answer keys are trustworthy: valid, copied from the text, consistent, and varied enough.

Every gold.json must validate against datasets/gold.schema.json, and every string the annotation
guidelines say is copied from the article must really be in the article, in document order.
The practice set as a whole must exercise the phenomena the lessons teach.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import jsonschema
import pytest

from lessons.evaluate import entity_key, fold, locate_in_order

DATASETS = Path(__file__).resolve().parent.parent / "datasets"
SCHEMA = json.loads((DATASETS / "gold.schema.json").read_text(encoding="utf-8"))
PRACTICE_DIRS = sorted(p for p in (DATASETS / "practice").iterdir() if p.is_dir())
HOLDOUT_DIRS = sorted(p for p in (DATASETS / "holdout").iterdir() if p.is_dir())
ARTICLE_DIRS = [DATASETS / "seed", *PRACTICE_DIRS, *HOLDOUT_DIRS]
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
OPENING_MARKS = "\u201c\"\u2018'"
PRONOUNS = {"he", "she", "they", "it"}


def _name(folder: Path) -> str:
    return folder.relative_to(DATASETS).as_posix()


def raw_text(folder: Path) -> str:
    """The article exactly as stored: line endings are not translated."""
    return (folder / "article.txt").read_bytes().decode("utf-8")


def gold_of(folder: Path) -> dict:
    return json.loads((folder / "gold.json").read_text(encoding="utf-8"))


def metadata_of(folder: Path) -> dict:
    return json.loads((folder / "metadata.json").read_text(encoding="utf-8"))


def lines_of(text: str) -> list[str]:
    return re.split(r"\r?\n", text)


def body_words(folder: Path) -> int:
    boilerplate = set(gold_of(folder)["boilerplate"])
    return sum(len(line.split()) for line in lines_of(raw_text(folder)) if line not in boilerplate)


def line_at(text: str, offset: int) -> str:
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return text[start : end if end >= 0 else len(text)].rstrip("\r")


def parse_date(value: str) -> dt.date:
    parts = [int(p) for p in value.split("-")] + [1, 1]
    return dt.date(parts[0], parts[1], parts[2])


all_articles = pytest.mark.parametrize("folder", ARTICLE_DIRS, ids=_name)
practice_articles = pytest.mark.parametrize("folder", PRACTICE_DIRS + HOLDOUT_DIRS, ids=_name)


# --------------------------------------------------------------------------- files and schema


def test_the_schema_is_a_valid_draft_2020_12_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_there_are_at_least_seven_practice_articles() -> None:
    assert len(PRACTICE_DIRS) >= 7
    for folder in PRACTICE_DIRS:
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", folder.name), folder.name
        for file in ("article.txt", "metadata.json", "gold.json"):
            assert (folder / file).is_file(), f"{folder.name} has no {file}"


@all_articles
def test_gold_validates_against_the_schema(folder: Path) -> None:
    jsonschema.Draft202012Validator(SCHEMA).validate(gold_of(folder))


@all_articles
def test_published_date_is_real_and_matches_metadata(folder: Path) -> None:
    gold = gold_of(folder)
    dt.date.fromisoformat(gold["published"])
    assert metadata_of(folder)["published"] == gold["published"]


@all_articles
def test_headline_is_a_line_of_the_article(folder: Path) -> None:
    gold = gold_of(folder)
    assert gold["headline"] in lines_of(raw_text(folder))
    assert metadata_of(folder)["title"] == gold["headline"]


@all_articles
def test_every_boilerplate_line_is_a_line_of_the_article(folder: Path) -> None:
    lines = lines_of(raw_text(folder))
    for line in gold_of(folder)["boilerplate"]:
        assert line in lines, f"boilerplate line not in {folder.name}: {line!r}"


# --------------------------------------------------------------------------- quotes


@all_articles
def test_quotes_occur_in_document_order_raw_and_folded(folder: Path) -> None:
    text, quotes = raw_text(folder), gold_of(folder)["quotes"]
    cursor = 0
    for quote in quotes:
        found = text.find(quote["text"], cursor)
        assert found >= 0, f"quote not found (in order) in {folder.name}: {quote['text']!r}"
        assert text[found - 1] in OPENING_MARKS, (
            f"quote does not start after a mark: {quote['text']!r}"
        )
        cursor = found + len(quote["text"])
    spans = locate_in_order(text, [q["text"] for q in quotes])
    assert None not in spans


@all_articles
def test_quote_fragments_end_at_a_closing_mark_or_the_end_of_the_paragraph(folder: Path) -> None:
    text = raw_text(folder)
    for quote in gold_of(folder)["quotes"]:
        end = text.find(quote["text"]) + len(quote["text"])
        following = text[end : end + 1]
        if "unclosed" in quote.get("note", "") or "never closed" in quote.get("note", ""):
            continue  # the seed's embassy alert: the fragment stops at the attribution
        assert following in ("\u201d", '"', "\u2019", "'", "\r", "\n"), (
            f"{folder.name}: fragment {quote['text']!r} is followed by {following!r}"
        )


@all_articles
def test_indirect_quotes_occur_in_the_article(folder: Path) -> None:
    text, folded = raw_text(folder), fold(raw_text(folder))
    for row in gold_of(folder)["indirect_quotes"]:
        assert row["text"] in text, f"{folder.name}: {row['text']!r}"
        assert fold(row["text"]) in folded


@all_articles
def test_speakers_are_resolved_names_or_marked_anonymous(folder: Path) -> None:
    gold = gold_of(folder)
    names = {e["text"]: e["type"] for e in gold["entities"]}
    for row in gold["quotes"] + gold["indirect_quotes"]:
        speaker = row["speaker"]
        if speaker.startswith("anonymous: "):
            continue
        assert speaker.lower() not in PRONOUNS
        assert names.get(speaker) in ("PERSON", "ORGANIZATION"), (
            f"{folder.name}: speaker {speaker!r} is not a PERSON/ORGANIZATION entity of the gold"
        )
    for quote in gold["quotes"]:
        mention = quote["speaker_mention"]
        if mention.lower() not in PRONOUNS:
            assert mention in raw_text(folder), f"{folder.name}: mention {mention!r} not in text"


# --------------------------------------------------------------------------- entities


@all_articles
def test_entities_are_distinct_and_occur_outside_boilerplate(folder: Path) -> None:
    text, gold = raw_text(folder), gold_of(folder)
    boilerplate = set(gold["boilerplate"])
    article_lines = [line for line in lines_of(text) if line not in boilerplate]
    surface_forms = [e["text"] for e in gold["entities"]]
    assert len(surface_forms) == len(set(surface_forms)), f"duplicate entity in {folder.name}"
    for entity in gold["entities"]:
        form = entity["text"]
        assert any(form in line for line in article_lines), f"{folder.name}: {form!r} not found"
        assert not form.lower().startswith("the "), form
        assert not re.search(r"['\u2019]s$", form), form


@all_articles
def test_entity_forms_that_fold_together_have_one_type(folder: Path) -> None:
    types: dict[str, str] = {}
    for entity in gold_of(folder)["entities"]:
        assert types.setdefault(entity_key(entity["text"]), entity["type"]) == entity["type"]


@all_articles
def test_weekdays_and_months_are_not_entities(folder: Path) -> None:
    months = [dt.date(2000, m, 1).strftime("%B").lower() for m in range(1, 13)]
    for entity in gold_of(folder)["entities"]:
        assert entity["text"].lower() not in (*WEEKDAYS, *months)


# --------------------------------------------------------------------------- timeline


@all_articles
def test_timeline_expressions_occur_in_order_outside_boilerplate(folder: Path) -> None:
    text, gold = raw_text(folder), gold_of(folder)
    boilerplate = set(gold["boilerplate"])
    expressions = [t["expression"] for t in gold["timeline"]]
    spans = locate_in_order(text, expressions, ignore_case=True)
    assert None not in spans, f"{folder.name}: {dict(zip(expressions, spans, strict=True))}"
    cursor = 0
    for expression, span in zip(expressions, spans, strict=True):
        assert span is not None
        assert text[span.start : span.end] == expression, "gold must copy the case of the text"
        assert span.start >= cursor
        cursor = span.end
        assert line_at(text, span.start) not in boilerplate, f"{expression!r} is in a footer line"


@all_articles
def test_timeline_dates_are_real_and_weekdays_agree(folder: Path) -> None:
    gold = gold_of(folder)
    published = dt.date.fromisoformat(gold["published"])
    for row in gold["timeline"]:
        date = parse_date(row["date"])  # raises on 2025-02-30 and the like
        if len(row["date"]) == 10:
            named = [d for d in WEEKDAYS if re.search(rf"\b{d}\b", row["expression"], re.I)]
            if named:
                assert date.strftime("%A").lower() == named[0], row
                if not re.search(r"\d", row["expression"]):  # a bare weekday: within a week
                    assert abs((date - published).days) <= 7, row
        if row["expression"].lower() == "yesterday":
            assert date == published - dt.timedelta(days=1)
        if row["status"] == "past" and len(row["date"]) == 10:
            assert date <= published, row


# --------------------------------------------------------------------------- metadata


@practice_articles
def test_practice_articles_are_fictional_and_described(folder: Path) -> None:
    metadata = metadata_of(folder)
    assert metadata["fictional"] is True
    for key in ("title", "publication", "published", "house_style", "notes"):
        assert isinstance(metadata[key], str) and metadata[key].strip(), key


@practice_articles
def test_practice_articles_are_350_to_700_words(folder: Path) -> None:
    assert 350 <= body_words(folder) <= 700


def test_seed_metadata_describes_the_real_source() -> None:
    metadata = metadata_of(DATASETS / "seed")
    assert metadata["fictional"] is False
    assert metadata["source"] == "The New York Sun"
    assert metadata["published"] == "2024-11-20"
    assert metadata["events_week"] == "2024-11-18/2024-11-24"
    assert metadata["photo_credit"] == "AP/Aaron Favila"
    assert "The New York Sun Company, LLC" in metadata["copyright"]


def test_seed_gold_key_decisions() -> None:
    gold = gold_of(DATASETS / "seed")
    speakers = [q["speaker"] for q in gold["quotes"]]
    assert speakers == [
        "Lloyd Austin",
        "Lloyd Austin",
        "Dmitry Perskov",
        "U.S. State Department",
        "U.S. State Department",
    ]
    alert = gold["quotes"][3]
    assert alert["text"].endswith("air attack on November 20")
    assert alert["cue"] == "reads an alert issued by"
    dates = {t["expression"]: t["date"] for t in gold["timeline"]}
    assert dates["a day earlier"] == "2024-11-18"
    assert dates["at the beginning of the year"] == "2024-01"
    assert dates["last August"] == "2024-08"
    assert dates["overnight"] == "2024-11-20"
    assert {"U.S. State Department", "State Department"} <= {e["text"] for e in gold["entities"]}


# --------------------------------------------------------------------------- coverage


def practice_texts() -> dict[str, str]:
    return {folder.name: raw_text(folder) for folder in PRACTICE_DIRS}


def practice_golds() -> dict[str, dict]:
    return {folder.name: gold_of(folder) for folder in PRACTICE_DIRS}


def test_practice_set_mixes_line_endings_and_quote_styles() -> None:
    texts = practice_texts()
    assert any("\r\n" in t for t in texts.values()), "no CRLF article"
    assert any("\r\n" not in t for t in texts.values())
    assert any("\u201c" in t for t in texts.values()), "no curly double quotes"
    straight_only = [n for n, t in texts.items() if '"' in t and not re.search("[\u201c\u201d]", t)]
    assert straight_only, "no article with only straight ASCII quotes"
    british = [
        name
        for name, gold in practice_golds().items()
        for quote in gold["quotes"]
        if texts[name][texts[name].find(quote["text"]) - 1] == "\u2018"
        and "\u201c" in quote["text"]
    ]
    assert british, "no British article with single outer and double inner quotes"
    assert any(
        "'" in q["text"]
        for g in practice_golds().values()
        for q in g["quotes"]
        if re.search(r"'[A-Z]", q["text"])
    ), "no single quotes inside double quotes"


PHRASES = [
    # attribution
    "tells the",
    "according to",
    "wrote in a statement",
    "reads a statement issued by",
    "told reporters",
    "said in a statement",
    "The ministry said",
    "a resident said",
    "not authorized to speak publicly",
    "The statement read:",
    "Szabo added",
    "said that",
    "Council member",
    "Fire Chief",
    "Health Minister",
    "so-called",
    # dates and times
    "March 3, 2025",
    "Nov. 18",
    "3 March",
    "March 2025",
    "in 2019",
    "on Tuesday",
    "Wednesday's vote",
    "a day earlier",
    "two days later",
    "last week",
    "last August",
    "earlier this year",
    "the beginning of the year",
    "overnight",
    "next month",
    "yesterday",
    "this week",
    "at 9 a.m. Thursday",
    # durations that are not events
    "for three weeks",
    "over a few weeks",
    "48 hours",
    # capitalised words that are not entities
    "New rules",
    "Monday",
    # footer
    "Related:",
]


@pytest.mark.parametrize("phrase", PHRASES)
def test_practice_set_contains_phrase(phrase: str) -> None:
    assert any(fold(phrase) in fold(text) for text in practice_texts().values()), phrase


def test_practice_gold_covers_the_hard_cases() -> None:
    golds, texts = practice_golds(), practice_texts()
    quotes = [(name, q) for name, g in golds.items() for q in g["quotes"]]
    assert any(q["speaker"].startswith("anonymous: ") for _, q in quotes)
    assert {"he", "she"} <= {q["speaker_mention"] for _, q in quotes}
    organisations = {
        e["text"] for g in golds.values() for e in g["entities"] if e["type"] == "ORGANIZATION"
    }
    assert any(q["speaker"] in organisations for _, q in quotes), "no organisation speaker"
    # a quote left open at the end of its paragraph (newswire convention), continued next paragraph
    unclosed = [
        (name, q)
        for name, q in quotes
        if texts[name][texts[name].find(q["text"]) + len(q["text"])] in "\r\n"
    ]
    assert len(unclosed) >= 2
    # a quote broken by its attribution: two fragments of one speaker on the same line
    assert any(
        a["speaker"] == b["speaker"]
        and line_at(texts[n], texts[n].find(a["text"]))
        == line_at(texts[n], texts[n].find(b["text"]))
        and texts[n].find(a["text"]) < texts[n].find(b["text"])
        for n, g in golds.items()
        for a, b in zip(g["quotes"], g["quotes"][1:], strict=False)
    )
    # a pronoun speaker who is not the last person named before the cue
    assert (
        sum("'she' is" in q.get("note", "") or "'he' is" in q.get("note", "") for _, q in quotes)
        >= 3
    )
    timeline = [t for g in golds.values() for t in g["timeline"]]
    assert {len(t["date"]) for t in timeline} == {4, 7, 10}, "all three date precisions"
    assert {t["status"] for t in timeline} == {"past", "planned"}
    types = {e["type"] for g in golds.values() for e in g["entities"]}
    assert types == {"PERSON", "ORGANIZATION", "GPE", "LOCATION", "FACILITY", "OTHER"}


def test_scare_quotes_are_not_gold_quotes() -> None:
    for gold in practice_golds().values():
        for quote in gold["quotes"]:
            assert quote["text"] not in ("green corridor", "NV25")


def test_one_practice_article_has_no_dek_and_no_credit() -> None:
    """Headline, then straight to the byline: no subheadline, no photo credit or caption."""
    found = []
    for folder in PRACTICE_DIRS:
        gold = gold_of(folder)
        lines = [
            line
            for line in lines_of(raw_text(folder))
            if line.strip() and line not in gold["boilerplate"]
        ]
        after_headline = lines[lines.index(gold["headline"]) + 1]
        has_credit = any(re.match(r"(Photo|Photograph)\b", line) for line in lines)
        if after_headline.startswith("By ") and not has_credit:
            found.append(folder.name)
    assert found


# --------------------------------------------------------------------------- held-out date sets

TIMELINE_SET_DIRS = sorted(
    article
    for folder in DATASETS.glob("holdout-timeline*")
    for article in folder.iterdir()
    if article.is_dir()
)
timeline_sets = pytest.mark.parametrize("folder", TIMELINE_SET_DIRS, ids=_name)


def test_the_held_out_date_sets_are_there() -> None:
    assert len({folder.parent.name for folder in TIMELINE_SET_DIRS}) >= 13
    assert len(TIMELINE_SET_DIRS) >= 100


@timeline_sets
def test_date_set_keys_are_valid_timeline_only_and_copied_from_the_text(folder: Path) -> None:
    gold, metadata, text = gold_of(folder), metadata_of(folder), raw_text(folder)
    jsonschema.Draft202012Validator(SCHEMA).validate(gold)
    assert metadata["annotated"] == ["timeline"] and metadata["fictional"] is True
    assert metadata["published"] == gold["published"]
    assert gold["quotes"] == gold["indirect_quotes"] == gold["entities"] == []
    lines = lines_of(text)
    assert gold["headline"] in text
    for line in gold["boilerplate"]:
        assert line in lines, f"boilerplate line not in {folder.name}: {line!r}"
    expressions = [t["expression"] for t in gold["timeline"]]
    spans = locate_in_order(text, expressions, ignore_case=True)
    assert None not in spans, f"{folder.name}: {dict(zip(expressions, spans, strict=True))}"


@timeline_sets
def test_date_set_dates_are_real_and_weekdays_agree(folder: Path) -> None:
    for row in gold_of(folder)["timeline"]:
        date = parse_date(row["date"])  # raises on 2025-02-30 and the like
        named = [d for d in WEEKDAYS if re.search(rf"\b{d}\b", row["expression"], re.I)]
        counted = re.search(r"\b(?:after|before|eve\s+of)\b", row["expression"], re.I)  # "the
        # day after Easter Monday" is a Tuesday; "Saturday evening, the eve of Remembrance
        # Sunday" a Saturday
        if len(row["date"]) == 10 and named and "week" not in row["expression"].casefold():
            assert counted or date.strftime("%A").lower() == named[-1], row
