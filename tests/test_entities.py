"""Lesson 3: named entities on the seed article, the practice set and small invented snippets."""

from __future__ import annotations

import json
import time

import pytest

from lessons import checks
from lessons.__main__ import main
from lessons.article import parse_article
from lessons.data import SEED_ARTICLE
from lessons.entities import (
    DEFAULT_GRAMMAR,
    ENTITY_TYPES,
    Entity,
    Mention,
    bracketed,
    chunk_tree,
    chunker_names,
    chunker_report,
    closest_spellings,
    cooccurrence,
    cooccurrence_matrix,
    entity_table,
    find_entities,
    pos_tags,
    spelling_warnings,
)
from lessons.evaluate import Counts, evaluate_entities, load_gold_articles

SEED_ENTITIES = {
    ("Biden Administration", "ORGANIZATION"),
    ("Ukraine", "GPE"),
    ("AP", "ORGANIZATION"),
    ("Aaron Favila", "PERSON"),
    ("Lloyd Austin", "PERSON"),
    ("Quezon City", "GPE"),
    ("Philippines", "GPE"),
    ("Biden", "PERSON"),
    ("Department of Defense", "ORGANIZATION"),
    ("BBC", "ORGANIZATION"),
    ("Laos", "GPE"),
    ("Bryansk", "GPE"),
    ("Russia", "GPE"),
    ("Army Tactical Missile System", "OTHER"),
    ("Kyiv", "GPE"),
    ("Putin", "PERSON"),
    ("Russian Federation", "GPE"),
    ("Republic of Belarus", "GPE"),
    ("Kremlin", "ORGANIZATION"),
    ("Dmitry Perskov", "PERSON"),
    ("U.S. State Department", "ORGANIZATION"),
    ("U.S. Embassy", "ORGANIZATION"),
    ("U.S.", "GPE"),
    ("Independence Day", "OTHER"),
}


def entities_of(text: str) -> dict[str, Entity]:
    """Entities of a snippet, by name (a one-word headline is added so the text is the body)."""
    return {e.text: e for e in find_entities(parse_article("Example\n\n" + text))}


def kinds(text: str) -> set[tuple[str, str]]:
    return {(e.text, e.type) for e in entities_of(text).values()}


def forms(text: str) -> set[str]:
    return {m.text for e in entities_of(text).values() for m in e.mentions}


@pytest.fixture(scope="module")
def seed_entities(seed) -> dict[str, Entity]:
    return {e.text: e for e in find_entities(seed)}


# --------------------------------------------------------------------------- the seed article


def test_seed_entities_and_types(seed_entities):
    assert {(e.text, e.type) for e in seed_entities.values()} == SEED_ENTITIES


def test_lloyd_austin_has_two_mentions_and_a_title(seed_entities):
    austin = seed_entities["Lloyd Austin"]
    assert austin.count == 2
    assert austin.title == "Defense Secretary"
    assert [m.part for m in austin.mentions] == ["caption", "paragraph 2"]
    assert "a title" in austin.reason


def test_ukraine_counts_the_possessives(seed, seed_entities):
    ukraine = seed_entities["Ukraine"]
    assert ukraine.count == 6
    assert {m.text for m in ukraine.mentions} == {"Ukraine"}
    followed_by = [seed.raw[m.end : m.end + 2] for m in ukraine.mentions]
    assert followed_by.count("\u2019s") == 2  # "Ukraine’s defenses", "Ukraine’s Independence Day"


def test_state_department_short_form_is_grouped(seed_entities):
    department = seed_entities["U.S. State Department"]
    assert [m.text for m in department.mentions] == ["U.S. State Department", "State Department"]
    assert "State Department" not in seed_entities


def test_seed_leaves_out_what_is_not_a_name(seed_entities):
    mentions = {m.text for e in seed_entities.values() for m in e.mentions}
    for word in ("Russian", "Ukrainian", "Russians", "American", "Embassy", "New", "Defense"):
        assert word not in mentions
    assert "Russian Territory" not in mentions
    assert not any(w in mentions for w in ("Tuesday", "Wednesday", "November"))
    assert "The New York Sun" not in mentions  # boilerplate


def test_seed_offsets_slice_the_raw_text_and_avoid_boilerplate(seed, seed_entities):
    for entity in seed_entities.values():
        assert entity.type in ENTITY_TYPES
        assert entity.count == len(entity.mentions)
        for mention in entity.mentions:
            assert seed.raw[mention.start : mention.end] == mention.text
            assert not any(b.start <= mention.start < b.end for b in seed.boilerplate)


def test_seed_entities_in_order_of_first_mention(seed):
    starts = [e.mentions[0].start for e in find_entities(seed)]
    assert starts == sorted(starts)


def test_to_dict_shape(seed_entities):
    data = seed_entities["Lloyd Austin"].to_dict()
    assert list(data) == ["text", "type", "count", "mentions"]
    assert data["count"] == 2
    assert data["mentions"][0] == {"text": "Lloyd Austin", "start": 324, "end": 336}
    json.dumps(data)


def test_seed_is_fast_once_loaded(seed_text):
    find_entities(parse_article(seed_text))  # loads the models
    started = time.perf_counter()
    find_entities(parse_article(seed_text + "\n"))  # a new text: no cache
    assert time.perf_counter() - started < 1.0


# --------------------------------------------------------------------------- the practice set


def test_practice_set_scores():
    typed, untyped = Counts(), Counts()
    for gold in load_gold_articles():
        found = [e.to_dict() for e in find_entities(parse_article(gold.text))]
        scores = evaluate_entities(found, gold.gold["entities"], gold.name)
        typed += scores.typed
        untyped += scores.untyped
    assert typed.f1 >= 0.85
    assert untyped.f1 >= 0.90


# --------------------------------------------------------------------------- repairs


def test_title_is_split_off_and_the_surname_grouped():
    found = entities_of("Defense Secretary Lloyd Austin spoke. Later Austin left.")
    assert set(found) == {"Lloyd Austin"}
    assert found["Lloyd Austin"].count == 2
    assert found["Lloyd Austin"].title == "Defense Secretary"


def test_lower_case_title_before_a_name():
    found = entities_of("The Kremlin spokesman, Dmitry Perskov, said no.")
    assert found["Dmitry Perskov"].type == "PERSON"
    assert found["Dmitry Perskov"].title == "Kremlin spokesman"
    assert found["Kremlin"].type == "ORGANIZATION"


def test_title_with_of_before_a_name():
    assert ("Elena Cruz", "PERSON") in kinds("Secretary of Transportation Elena Cruz will testify.")
    assert ("Antony Blinken", "PERSON") in kinds("The U.S. Secretary of State Antony Blinken left.")
    found = kinds("Dwayne Maddox, president of Allied Plant Workers Local 212, wrote.")
    assert ("Allied Plant Workers Local 212", "ORGANIZATION") in found


def test_names_inside_a_title_count():
    found = kinds("European Commission President Ursula von der Leyen spoke in Brussels.")
    assert found == {
        ("European Commission", "ORGANIZATION"),
        ("Ursula von der Leyen", "PERSON"),
        ("Brussels", "GPE"),
    }
    assert ("NSW", "GPE") in kinds("NSW Premier Chris Malone will visit on Tuesday.")


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "An official for the Department of Defense spoke.",
            "Department of Defense",
            "ORGANIZATION",
        ),
        ("It warned the Republic of Belarus again.", "Republic of Belarus", "GPE"),
        (
            "A statement by the Office of the Prime Minister said so.",
            "Office of the Prime Minister",
            "ORGANIZATION",
        ),
        ("Officials at the Ministry of Health agreed.", "Ministry of Health", "ORGANIZATION"),
    ],
)
def test_names_with_of(text, name, kind):
    assert (name, kind) in kinds(text)


def test_acronym_in_brackets_is_the_same_entity():
    found = entities_of("The Riverton Water Authority (RWA) met. Later RWA staff left.")
    authority = found["Riverton Water Authority"]
    assert authority.type == "ORGANIZATION"
    assert [m.text for m in authority.mentions] == ["Riverton Water Authority", "RWA", "RWA"]


def test_possessives_curly_and_straight():
    found = entities_of("Ukraine\u2019s army and Ukraine's allies met in Kyiv.")
    assert [m.text for m in found["Ukraine"].mentions] == ["Ukraine", "Ukraine"]


def test_possessive_inside_a_name_stays():
    assert "Monmouth County Prosecutor's Office" in forms(
        "Charges were filed, the Monmouth County Prosecutor's Office said."
    )


def test_sentence_starters_months_and_weekdays_are_not_names():
    assert forms("New precautions came in August. Similar warnings came on Tuesday.") == set()


def test_sentence_starter_known_elsewhere_is_kept():
    found = entities_of("Library director Kevin Strand spoke. Strand said yes.")
    assert found["Kevin Strand"].count == 2


def test_quote_start_is_a_sentence_start():
    assert forms("My daughter asked me, 'Are they closing my school?' She cried.") == set()


def test_nationalities_and_back_references_are_not_entities():
    text = "Ukrainian forces and Russian troops met. The Embassy closed, the Council said."
    assert forms(text) == set()


def test_title_case_headline_keeps_only_known_names():
    story = (
        "Biden Administration Approves Anti-Personnel Land Mines for Ukraine\n\n"
        "The Biden Administration sent mines to Kyiv."
    )
    mentions = {m.text for e in find_entities(parse_article(story)) for m in e.mentions}
    assert mentions == {"Biden Administration", "Ukraine", "Kyiv"}


def test_dateline_places_and_agency():
    story = "Flood Barrier Fails\n\nRIVERTON, Ohio (AW) \u2014 The barrier failed in Riverton."
    found = {e.text: e for e in find_entities(parse_article(story))}
    assert found["Riverton"].type == "GPE"
    assert {m.text for m in found["Riverton"].mentions} == {"RIVERTON", "Riverton"}
    assert found["Ohio"].type == "GPE"
    assert found["AW"].type == "ORGANIZATION"


def test_byline_and_photo_credit():
    story = (
        "Storm Hits Coast\n\nBy ROSALIND ACHTERBERG, Coastal News Service\n\n"
        "Photo: Dale Pruitt/Associated Wire\nWater covers Canal Street on Monday.\n\n"
        "The storm hit the coast on Monday, officials said."
    )
    found = {(e.text, e.type) for e in find_entities(parse_article(story))}
    assert ("Rosalind Achterberg", "PERSON") in found
    assert ("Coastal News Service", "ORGANIZATION") in found
    assert ("Dale Pruitt", "PERSON") in found
    assert ("Associated Wire", "ORGANIZATION") in found


# --------------------------------------------------------------------------- typing rules


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Fire Chief Tom Okafor spoke.", "Tom Okafor", "PERSON"),
        ("Residents met Paula Greaves at noon.", "Paula Greaves", "PERSON"),  # first name
        ("He saw Ray Dunleavy, 71, who stayed.", "Ray Dunleavy", "PERSON"),
        ("Schools in the provinces of Kelm and Dravina closed.", "Dravina", "GPE"),
        ("Schools in Kelm stay closed.", "Kelm", "GPE"),
        ("The Chicago-based lender grew.", "Chicago", "GPE"),
        ("A Bayonne man was charged.", "Bayonne", "GPE"),
        ("Mud covered Quay Lane, Saltmere, on Monday.", "Saltmere", "GPE"),
        (
            "Protesters left the Harlow Creek Water Authority.",
            "Harlow Creek Water Authority",
            "ORGANIZATION",
        ),
        ("The Callow Harbor Bridge will close.", "Callow Harbor Bridge", "FACILITY"),
        ("Traffic backed up on Route 9 again.", "Route 9", "FACILITY"),
        ("The River Wend burst its banks.", "River Wend", "LOCATION"),
        ("Boats circled Ansel Island all day.", "Ansel Island", "LOCATION"),
        ("Hurricane Boone tore away the road.", "Hurricane Boone", "OTHER"),
        ("Protests grew before Independence Day parades.", "Independence Day", "OTHER"),
        ("Brightwater Inc. will close the plant.", "Brightwater Inc.", "ORGANIZATION"),
        ("Analyst Joyce Feld of Harwell Securities agreed.", "Harwell Securities", "ORGANIZATION"),
        ("The study appeared in the journal Pediatrics today.", "Pediatrics", "ORGANIZATION"),
        ("Aid came from Doctors Without Borders.", "Doctors Without Borders", "ORGANIZATION"),
        ("The Federal Reserve raised rates.", "Federal Reserve", "ORGANIZATION"),
        ("Teams flew to Monterrey, Mexico, on Friday.", "Monterrey", "GPE"),
        ("Shelters opened across Tessaly County.", "Tessaly County", "GPE"),
        ("She bought Apple & Spinach pouches.", "Apple & Spinach", "OTHER"),
        (
            "Tests began at Harlow Creek Memorial Hospital.",
            "Harlow Creek Memorial Hospital",
            "ORGANIZATION",
        ),
    ],
)
def test_typing_rules(text, name, kind):
    assert (name, kind) in kinds(text)


def test_short_forms_are_grouped():
    text = (
        "Brightwater Inc. will close. Brightwater said so. Tropical Storm Delia hit. Delia "
        "stalled. Nurse Dana Kouril came; Dana's team helped."
    )
    found = entities_of(text)
    assert {m.text for m in found["Brightwater Inc."].mentions} == {
        "Brightwater Inc.",
        "Brightwater",
    }
    assert {m.text for m in found["Tropical Storm Delia"].mentions} == {
        "Tropical Storm Delia",
        "Delia",
    }
    assert {m.text for m in found["Dana Kouril"].mentions} == {"Dana Kouril", "Dana"}


def test_a_surname_after_in_is_a_place_not_the_person():
    found = entities_of("Mayor Ana Austin spoke. The team played a game in Austin later.")
    assert found["Ana Austin"].count == 1


# --------------------------------------------------------------------------- odd input


@pytest.mark.parametrize(
    "text",
    [
        "Headline\n\n\n\n",
        '\u201c\u201d\n\n"""\n\n\'\'',
        "no punctuation at all just words " * 40,
        "Emoji \U0001f389 Party\n\nThe \U0001f389 mayor \U0001f642 Ana Ruiz said. \U0001f44d",
        "\u0639\u0646\u0648\u0627\u0646\n\n\u0647\u0630\u0627 \u0646\u0635. \u0642\u0627\u0644.",
        "( ( (\n\n) ) )",
        "X\n\nDr. Dr. Mr. of of of The The The.",
        "T\n\n" + "Ukraine\u2019s " * 500,
    ],
)
def test_odd_input_never_crashes(text):
    article = parse_article(text)
    entities = find_entities(article)
    for entity in entities:
        for mention in entity.mentions:
            assert article.raw[mention.start : mention.end] == mention.text
    cooccurrence(article, entities)


def test_long_text_stays_linear(seed_text):
    body = seed_text.split("\n\n", 4)[-1]
    long_text = "Long Story\n\n" + "\n\n".join([body] * 40)  # about 170 KB
    started = time.perf_counter()
    entities = find_entities(parse_article(long_text))
    assert time.perf_counter() - started < 20
    assert next(e for e in entities if e.text == "Ukraine").count == 40 * 3


# --------------------------------------------------------------------------- the lesson's tools


def test_pos_tags_and_chunk_grammar():
    assert ("Ruiz", "NNP") in pos_tags("Mayor Ana Ruiz spoke.")
    tree = chunk_tree(pos_tags("An official for the Department of Defense spoke."))
    assert "[NAME Department] of [NAME Defense]" in bracketed(tree)
    assert "NAME" in DEFAULT_GRAMMAR


def test_chunker_alone_and_its_mistakes(seed):
    plain = [c.text for c in chunker_names(seed)]
    assert "New" in plain and "Ukrainian" in plain  # the plain chunker's typical mistakes
    report = chunker_report(seed)
    assert set(report) == {"right", "wrong length", "not names", "missed"}
    assert "New" in report["not names"]
    assert "Austin -> Lloyd Austin" in report["wrong length"]


def test_cooccurrence_pairs(seed):
    pairs = cooccurrence(seed)
    assert ("Kyiv", "U.S. State Department", 2) in pairs
    assert all(a < b for a, b, _ in pairs)
    names, matrix = cooccurrence_matrix(seed, top=5)
    assert len(names) == len(matrix) == 5
    assert all(matrix[i][j] == matrix[j][i] for i in range(5) for j in range(5))


def test_spelling_helpers(seed_entities):
    assert closest_spellings("Dmitry Perskov", ["Dmitry Peskov", "Dmitry Medvedev"]) == [
        ("Dmitry Peskov", 1)
    ]
    warnings = spelling_warnings(seed_entities.values(), ["Dmitry Peskov", "Lloyd Austin"])
    assert warnings == [("Dmitry Perskov", "Dmitry Peskov", 1)]


def test_entity_table(seed_entities):
    table = entity_table(list(seed_entities.values()))
    assert "PERSON        Lloyd Austin" in table
    assert entity_table([]) == "No entities."


def test_mention_is_a_span_with_context():
    mention = Mention("Kyiv", 0, 4, title="", part="paragraph 1", sentence=3)
    assert (mention.text, mention.part, mention.sentence) == ("Kyiv", "paragraph 1", 3)


def test_plots_return_figures(seed):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from lessons.entities import plot_cooccurrence, plot_entity_counts

    entities = find_entities(seed)
    for figure in (plot_entity_counts(entities, top=8), plot_cooccurrence(seed, entities, top=6)):
        assert figure.axes
        plt.close(figure)


# --------------------------------------------------------------------------- checks and CLI


def test_checks_for_the_exercises(seed):
    sentence = "An official for the Department of Defense tells the BBC."
    checks.check_name_grammar("NAME: {<NNP>+<IN><NNP>+}\n      {<NNP>+}", sentence)
    with pytest.raises(checks.NotYet):
        checks.check_name_grammar(DEFAULT_GRAMMAR, sentence)
    with pytest.raises(checks.NotYet):
        checks.check_name_grammar("NAME: {<NNP", sentence)
    people = {e.text for e in find_entities(seed) if e.type == "PERSON"}
    checks.check_people(people, seed)
    with pytest.raises(checks.NotYet):
        checks.check_people(people - {"Putin"}, seed)
    checks.check_mention_count(6, seed, "Ukraine")
    with pytest.raises(checks.NotYet):
        checks.check_mention_count(5, seed, "Ukraine")


def test_cli_entities_csv_and_json(capsys):
    assert main(["analyze", str(SEED_ARTICLE), "--csv", "entities"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "text,type,count"
    assert "Lloyd Austin,PERSON,2" in lines
    assert main(["analyze", str(SEED_ARTICLE), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    austin = next(e for e in result["entities"] if e["text"] == "Lloyd Austin")
    assert austin["count"] == 2 and len(austin["mentions"]) == 2
