"""Lesson 3: students tag, chunk and type names; checks name the usual mistakes; grading holds."""

from __future__ import annotations

import json
import re
from pathlib import Path

import nbformat
import pytest
from lesson_checks import not_yet_message, soft_message

from lessons import checks
from lessons.data import PROJECT_ROOT

LESSON3 = "03-tag-named-entities"
ALL = ("seed", "practice", "second")


# --- The model answers, as a student would write them --------------------------------------------


def _tagged(sentence: str) -> list[tuple[str, str]]:
    import nltk

    return nltk.pos_tag(nltk.word_tokenize(sentence))


def proper_nouns(sentence: str) -> list[str]:
    return [word for word, tag in _tagged(sentence) if tag in ("NNP", "NNPS")]


GRAMMAR = r"""
NAME: {<NNP|NNPS>+<OF><NNP|NNPS>+}
      {<NNP|NNPS>+}
"""


SIMPLE, WITH_OF, WITH_IN = (
    "{<NNP|NNPS>+}",
    "{<NNP|NNPS>+<OF><NNP|NNPS>+}",
    "{<NNP|NNPS>+<IN><NNP|NNPS>+}",
)


def chunker_with(grammar: str, of_tag: bool = True):  # noqa: ANN201 - a student's function
    import nltk

    def name_chunks(sentence: str) -> list[str]:
        tagged = [(w, "OF" if of_tag and w == "of" else t) for w, t in _tagged(sentence)]
        tree = nltk.RegexpParser(grammar).parse(tagged)
        return [
            " ".join(w for w, _ in chunk.leaves())
            for chunk in tree.subtrees(lambda t: t.label() == "NAME")
        ]

    return name_chunks


name_chunks = chunker_with(GRAMMAR)


def ne_names(sentence: str) -> list[str]:
    from lessons.nlp import entity_chunker

    tree = entity_chunker().parse(_tagged(sentence))
    return [" ".join(w for w, _ in t.leaves()) for t in tree.subtrees(lambda t: t.label() == "NE")]


def entity_type(name: str) -> str | None:
    organisation_words, places, first_names = checks.nb03_name_lists()
    words = name.split()
    if any(word.lower() in organisation_words for word in words):
        return "ORGANIZATION"
    if name in places:
        return "GPE"
    if words[0] in first_names:
        return "PERSON"
    return None


def most_mentioned(text: str, n: int = 5, *, body_only: bool = True) -> list[tuple[str, int]]:
    import nltk
    from nltk import FreqDist

    from lessons import parse_article

    article = parse_article(text)
    parts = [p.text for p in article.paragraphs]
    if not body_only:
        parts += [p.text for p in (article.headline, article.caption, article.photo_credit) if p]
    counts = FreqDist(
        name
        for part in parts
        for sentence in nltk.sent_tokenize(part)
        for name in name_chunks(sentence)
        if entity_type(name)
    )
    return counts.most_common(n)


def disagreements(text: str, gold: list[dict[str, str]]) -> list[tuple[str, ...]]:
    from lessons import parse_article
    from lessons.entities import find_entities
    from lessons.evaluate import evaluate_entities

    found = [entity.to_dict() for entity in find_entities(parse_article(text))]
    return [(r.kind, r.what, r.expected, r.got) for r in evaluate_entities(found, gold).errors]


RIGHT_ORDER = ["C", "G", "E", "D", "A", "B"]


def test_lesson3_right_answers_pass(capsys: pytest.CaptureFixture[str]) -> None:
    checks.check_proper_nouns(proper_nouns, ALL, strict=True)
    checks.check_name_chunks(name_chunks, ALL, strict=True)
    checks.check_ne_names(ne_names, ALL, strict=True)
    checks.check_entity_type(entity_type, ALL, strict=True)
    checks.check_grouping_parsons(RIGHT_ORDER, "second", strict=True)
    checks.check_most_mentioned(most_mentioned, ("practice", "seed", "second"), strict=True)
    checks.check_disagreements(disagreements, ("holdout", "second holdout"), strict=True)
    checks.check_rule_that_failed("c", strict=True)
    out = capsys.readouterr()
    assert out.out.count("✅ Right") == 8 and not out.err


# --- Each usual wrong answer gets its own message ------------------------------------------------


def test_blank_answers_say_not_yet_and_go_on() -> None:
    def blank(*args: object) -> None:
        return None

    for check in (
        checks.check_proper_nouns,
        checks.check_name_chunks,
        checks.check_ne_names,
        checks.check_most_mentioned,
        checks.check_disagreements,
    ):
        assert "returns nothing (None)" in soft(check, blank)
    assert "still empty" in soft(checks.check_grouping_parsons, ...)
    assert "still empty" in soft(checks.check_rule_that_failed, ...)

    def empty_grammar(sentence: str) -> list[str]:
        import nltk

        return nltk.RegexpParser(...).parse(_tagged(sentence))

    assert "grammar is still empty" in soft(checks.check_name_chunks, empty_grammar)


@pytest.mark.parametrize(
    ("mistake", "said"),
    [
        (lambda s: [w for w, t in _tagged(s) if t == "NNP"], "NNPS"),
        (lambda s: [(w, t) for w, t in _tagged(s) if t in ("NNP", "NNPS")], "(word, tag)"),
        (lambda s: [w for w in s.split() if w[:1].isupper()], "not every word with a capital"),
        (lambda s: set(proper_nouns(s)), "you return a set"),
    ],
)  # fmt: skip
def test_proper_noun_mistakes_are_named(mistake, said: str) -> None:  # noqa: ANN001
    assert said in soft(checks.check_proper_nouns, mistake, ALL)


@pytest.mark.parametrize(
    ("function", "said"),
    [
        (chunker_with("NAME: {<NNP|NNPS>+}"), "add a rule with <OF>"),
        (chunker_with(f"NAME: {SIMPLE}\n{WITH_OF}"), "before the simple rule"),
        (chunker_with(f"NAME: {WITH_IN}\n{SIMPLE}", of_tag=False), "the tag IN covers"),
        (chunker_with("NAME: {<NNP>+<OF><NNP>+}\n{<NNP>+}"), "NNPS"),
        (chunker_with("NAME: {<NNP|NNPS>+<OF><NNP|NNPS>+}"), "any run of proper nouns"),
    ],
)  # fmt: skip
def test_grammar_mistakes_are_named(function, said: str) -> None:  # noqa: ANN001
    assert said in soft(checks.check_name_chunks, function, ALL)


def test_chunker_mistakes_are_named() -> None:
    from lessons.nlp import entity_chunker

    def tree(sentence: str):  # noqa: ANN202 - an nltk.Tree
        return entity_chunker().parse(_tagged(sentence))

    def every_subtree(sentence: str) -> list[str]:
        return [" ".join(w for w, _ in t.leaves()) for t in tree(sentence).subtrees()]

    def pairs(sentence: str) -> list[list[tuple[str, str]]]:
        return [t.leaves() for t in tree(sentence).subtrees(lambda t: t.label() == "NE")]

    assert "keep only the subtrees labelled 'NE'" in soft(checks.check_ne_names, every_subtree)
    assert "(word, tag) pairs" in soft(checks.check_ne_names, pairs)
    assert "grammar chunks" in soft(checks.check_ne_names, name_chunks)
    assert "NLTK's tree" in soft(checks.check_ne_names, tree)


@pytest.mark.parametrize(
    ("rename", "said"),
    [
        (lambda t: {"ORGANIZATION": "ORG", "PERSON": "PER"}.get(t, t), "write the type in full"),
        (lambda t: t.title() if t else t, "in capitals"),
        (lambda t: t or "OTHER", "return None"),
    ],
)
def test_type_label_mistakes_are_named(rename, said: str) -> None:  # noqa: ANN001
    assert said in soft(checks.check_entity_type, lambda name: rename(entity_type(name)))


def test_type_rule_mistakes_are_named() -> None:
    organisation_words, places, first_names = checks.nb03_name_lists()

    def last_word_only(name: str) -> str | None:
        if name.split()[-1].lower() in organisation_words:
            return "ORGANIZATION"
        return entity_type(name) if entity_type(name) != "ORGANIZATION" else None

    def no_lower(name: str) -> str | None:
        if any(word in organisation_words for word in name.split()):
            return "ORGANIZATION"
        return entity_type(name) if entity_type(name) != "ORGANIZATION" else None

    def person_first(name: str) -> str | None:
        return "PERSON" if name.split()[0] in first_names else entity_type(name)

    assert "anywhere in the name" in soft(checks.check_entity_type, last_word_only)
    assert "compare word.lower()" in soft(checks.check_entity_type, no_lower)
    assert "comes first" in soft(checks.check_entity_type, person_first)


def test_parsons_mistakes_are_named() -> None:
    assert "line F" in soft(checks.check_grouping_parsons, ["C", "G", "E", "F", "B"])
    assert "def line" in soft(checks.check_grouping_parsons, ["G", "C", "E", "D", "A", "B"])
    assert "make counts first" in soft(
        checks.check_grouping_parsons, ["C", "E", "G", "D", "A", "B"]
    )
    assert "find it (line D) before" in soft(
        checks.check_grouping_parsons, ["C", "G", "E", "A", "D", "B"]
    )
    assert "return goes last" in soft(checks.check_grouping_parsons, ["C", "G", "E", "D", "B", "A"])


def test_counting_the_credit_and_caption_is_named() -> None:
    from nltk import FreqDist

    def whole_page(text: str, n: int = 5) -> list[tuple[str, int]]:
        return most_mentioned(text, n, body_only=False)

    said = soft(checks.check_most_mentioned, whole_page, ("seed",))
    assert "count the body paragraphs only" in said and "caption" in said
    counts = soft(
        checks.check_most_mentioned, lambda text, n=5: FreqDist(dict(most_mentioned(text)))
    )
    assert "not the counts" in counts


def test_disagreement_mistakes_are_named() -> None:
    from lessons import parse_article
    from lessons.entities import find_entities
    from lessons.evaluate import evaluate_entities

    def objects(text: str, gold: list) -> object:
        return evaluate_entities(find_entities(parse_article(text)), gold)

    def scores(text: str, gold: list) -> object:
        found = [e.to_dict() for e in find_entities(parse_article(text))]
        return evaluate_entities(found, gold)

    def rows(text: str, gold: list) -> list:
        return list(scores(text, gold).errors)

    assert "to_dict()" in soft(checks.check_disagreements, objects)
    assert "you return the scores" in soft(checks.check_disagreements, scores)
    assert "as a tuple" in soft(checks.check_disagreements, rows)
    assert "is missing" in soft(
        checks.check_disagreements, lambda text, gold: disagreements(text, gold)[1:]
    )


@pytest.mark.parametrize(
    ("letter", "said"),
    [
        ("A", "a ship runs aground"),
        ("B", "The name was found"),
        ("D", "first-name rule"),
        ("Z", "one letter"),
    ],
)  # fmt: skip
def test_each_wrong_choice_names_its_mistake(letter: str, said: str) -> None:
    assert said in soft(checks.check_rule_that_failed, letter)
    assert said in not_yet(checks.check_rule_that_failed, letter)


# --- Copied literals, hints, graded inputs -------------------------------------------------------


def test_copied_literals_pass_where_printed_and_fail_on_the_second_article(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Each function answer replaced by the values it gives on the seed and practice articles
    passes the visible check and fails the hidden test on the second article."""
    calls = checks.graded_calls()
    models = {
        "proper_nouns": proper_nouns,
        "name_chunks": name_chunks,
        "ne_names": ne_names,
        "entity_type": entity_type,
        "most_mentioned": most_mentioned,
        "disagreements": disagreements,
    }
    visible = {
        "nb03-ex1-check": (checks.check_proper_nouns, ("second",)),
        "nb03-ex2-check": (checks.check_name_chunks, ("second",)),
        "nb03-ex3-check": (checks.check_ne_names, ("second",)),
        "nb03-ex4-check": (checks.check_entity_type, ("second",)),
        "nb03-ex6-check": (checks.check_most_mentioned, ("second",)),
        "nb03-ex7-check": (checks.check_disagreements, ("second holdout",)),
    }
    for check_id, (check, hidden) in visible.items():
        ((name, inputs),) = calls[check_id].items()
        model = models[name]
        second_article = _second_article_inputs(check_id)
        shown = inputs[: len(inputs) - len(second_article)]  # the second article comes last
        printed = {json.dumps(a): model(*a) for a in shown}
        first = next(iter(printed.values()))

        def literal(*args: object, _printed=printed, _first=first) -> object:  # noqa: ANN001
            return _printed.get(json.dumps(list(args)), _first)

        check(literal)
        assert "✅ Right" in capsys.readouterr().out, check_id
        message = not_yet(check, literal, hidden)
        assert message.startswith("Not yet: on the second"), (check_id, message)


def _second_article_inputs(check_id: str) -> list[list[object]]:
    """The graded inputs that come from the second article only."""
    name = next(iter(checks.graded_calls()[check_id]))
    if name == "disagreements":
        return [
            [
                checks.nb03_article_text("second holdout"),
                checks.nb03_gold_entities("second holdout"),
            ]
        ]
    if name in ("proper_nouns", "name_chunks"):
        return [[s] for s in checks.nb03_body_sentences("second")]
    if name == "ne_names":
        return [[s] for s in checks.nb03_body_sentences("second", 5)]
    if name == "entity_type":
        return [[x] for x in checks.nb03_sample_names("second")]
    return [[checks.nb03_article_text("second"), 5]]


def test_the_second_article_exercises_every_function() -> None:
    """On the second article the right answers differ from the seed's: a copy cannot pass."""
    assert any(" of " in c for s in checks.nb03_body_sentences("second") for c in name_chunks(s))
    assert any("NNPS" in dict(_tagged(s)).values() for s in checks.nb03_body_sentences("second"))
    assert most_mentioned(checks.nb03_article_text("second")) != most_mentioned(
        checks.nb03_article_text("seed")
    )
    second = checks.nb03_article_text("second holdout"), checks.nb03_gold_entities("second holdout")
    assert disagreements(*second) and disagreements(*second) != disagreements(
        checks.nb03_article_text("holdout"), checks.nb03_gold_entities("holdout")
    )


def test_hints_have_two_levels(capsys: pytest.CaptureFixture[str]) -> None:
    for exercise in [f"nb03-ex{n}" for n in range(1, 9)]:
        checks.hint(exercise)
        checks.hint(exercise, level=2)
        first, second = capsys.readouterr().out.split(f"Hint 2 of 2 for {exercise}")
        assert first.startswith(f"Hint 1 of 2 for {exercise}: ") and second.strip()


def test_graded_calls_cover_every_function_check_and_are_plain_data() -> None:
    from lessons.checks import lesson3

    calls = lesson3.graded_calls()
    assert set(calls) == {f"nb03-ex{n}-check" for n in (1, 2, 3, 4, 6, 7)}
    text = json.dumps(calls)
    assert json.loads(text) == calls


def test_model_sentences_run_fast_enough_to_grade() -> None:
    """The grader gives each cell a few seconds: the chunker is loaded once, not per call."""
    import time

    start = time.perf_counter()
    for (sentence,) in checks.graded_calls()["nb03-ex3-check"]["ne_names"]:
        ne_names(sentence)
    assert time.perf_counter() - start < 3


# --- The notebook ------------------------------------------------------------------------------


def _notebook() -> nbformat.NotebookNode:
    return nbformat.read(PROJECT_ROOT / "notebooks" / f"{LESSON3}.ipynb", 4)


def test_half_the_answers_are_functions_and_half_call_nltk_or_re() -> None:
    answers = [
        c.source
        for c in _notebook().cells
        if c.cell_type == "code" and c.metadata.get("nbgrader", {}).get("solution")
    ]
    assert len(answers) >= 6
    functions = [a for a in answers if "def " in a]
    direct = [a for a in answers if re.search(r"\bnltk\.|sent_tokenize|FreqDist|\bre\.", a)]
    assert len(functions) * 2 >= len(answers)
    assert len(direct) * 2 >= len(answers)


def test_terms_are_explained_and_counts_are_of_the_body() -> None:
    text = "\n".join(c.source for c in _notebook().cells if c.cell_type == "markdown")
    for term in ("**perceptron**", "maximum entropy", "**ACE**", "**gazetteer**"):
        assert term in text, term
    assert "precision" in text.lower()
    assert "photo credit and the caption are not" in text


# --- Grading: a student copy with the printed values instead of functions ----------------------

pytest.importorskip("nbgrader", reason="nbgrader comes with the instructor extra")


@pytest.fixture(scope="module")
def graded_lesson3(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, str]]:
    """Two students graded with the kit's grader: one with the model answers, one whose function
    answers return the values the notebook showed (the seed's for anything else)."""
    import csv

    from lessons import grade
    from tests.test_grading import model_answers, save, student_notebook

    released = tmp_path_factory.mktemp("released3")
    grade.release(released)
    folder = tmp_path_factory.mktemp("class3")
    save(student_notebook(released, LESSON3), folder / "ana" / f"{LESSON3}.ipynb")
    save(
        student_notebook(released, LESSON3, **copied_literals(model_answers(LESSON3))),
        folder / "ivo" / f"{LESSON3}.ipynb",
    )
    out = tmp_path_factory.mktemp("grades3")
    # Exercise 7 reads datasets/holdout, which lessons/grade/sandbox.py does not bind yet: the
    # lead adds "holdout" to PUBLIC_DATASETS there; until then this test binds it itself.
    from lessons.grade import sandbox

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sandbox, "PUBLIC_DATASETS", (*sandbox.PUBLIC_DATASETS, "holdout"))
        grade.grade(folder, out, timeout=10, workers=2)
    with (out / "exercises.csv").open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    return {(r["student"], r["exercise"]): r for r in rows}


def copied_literals(model: dict[str, str]) -> dict[str, str]:
    """Each function answer replaced by a lookup of the values it gives on the inputs the visible
    check uses (seed, practice, first holdout article); anything else gets the first value."""
    space: dict[str, object] = {}
    prelude = (
        "import nltk\nfrom nltk import FreqDist, sent_tokenize\nfrom lessons import parse_article\n"
        "from lessons.entities import find_entities\n"
        "from lessons.evaluate import evaluate_entities\n"
        "ORGANIZATION_WORDS, PLACES, FIRST_NAMES = __import__('lessons').checks.nb03_name_lists()\n"
        "NE_CHUNKER = nltk.chunk.ne_chunker(fmt='binary')\n"
    )
    code = "\n".join(model[f"nb03-ex{n}-answer"] for n in (1, 2, 3, 4, 6, 7))
    exec(prelude + code, space)  # noqa: S102 - the lesson's own model answers
    calls = checks.graded_calls()
    answers = {}
    for number in (1, 2, 3, 4, 6, 7):
        ((name, inputs),) = calls[f"nb03-ex{number}-check"].items()
        hidden = _second_article_inputs(f"nb03-ex{number}-check")
        shown = inputs[: len(inputs) - len(hidden)]  # the second article comes last
        printed = {json.dumps(a, ensure_ascii=False): space[name](*a) for a in shown}
        first = next(iter(printed.values()))
        answers[f"nb03_ex{number}_answer"] = (
            f"import json\n_PRINTED = {printed!r}\n\ndef {name}(*args):\n"
            f"    return _PRINTED.get(json.dumps(list(args), ensure_ascii=False), {first!r})"
        )
    return answers


def test_model_answers_earn_every_automatic_point(graded_lesson3: dict) -> None:
    for number in range(1, 9):
        row = graded_lesson3[("ana", f"nb03-ex{number}-check")]
        assert row["status"] == "right", row


def test_copied_literals_fail_the_hidden_tests(graded_lesson3: dict) -> None:
    for number in (1, 2, 3, 4, 6, 7):
        row = graded_lesson3[("ivo", f"nb03-ex{number}-check")]
        assert row["points"] == "0", row
        assert row["status"].startswith("not yet: on the second"), row
    for number in (5, 8):
        assert graded_lesson3[("ivo", f"nb03-ex{number}-check")]["status"] == "right"


def test_saved_notebook_passes_its_checks_quietly() -> None:
    from lessons import grade

    for cell in _notebook().cells:
        if cell.cell_type == "code" and grade.cell_points(cell):
            assert cell.outputs, cell.metadata["nbgrader"]["grade_id"]
            for output in cell.outputs:
                assert output.output_type != "error" and output.get("name") != "stderr", output


def test_no_file_is_left_behind_by_the_lesson() -> None:
    assert not list(Path(PROJECT_ROOT / "notebooks").glob("*.csv"))


def not_yet(check, *args, **kwargs) -> str:  # noqa: ANN001 - any lesson-3 check, strict
    return not_yet_message(check, *args, strict=True, **kwargs)


def soft(check, *args, **kwargs) -> str:  # noqa: ANN001 - any lesson-3 check
    return soft_message(check, "nb03", *args, **kwargs)
