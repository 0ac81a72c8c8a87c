"""Tests of lessons.quotes: the seed article quote by quote, one snippet per pattern, and the
practice set against its gold files."""

from __future__ import annotations

import time

import pytest

from lessons.article import Span, parse_article, read_text_file
from lessons.data import SEED_ARTICLE
from lessons.quotes import (
    Quote,
    classify_mark,
    find_indirect_quotes,
    find_quoted_stretches,
    find_quotes,
    sourcing_summary,
    speaker_kind,
    split_title,
)


def article(body: str):
    """A small article: headline, byline, then the body paragraphs."""
    return parse_article("Council Votes on Budget\n\nBy Jane Doe\n\n" + body)


def quotes(body: str) -> list[tuple[str, str]]:
    found = find_quotes(article(body))
    return [(q.text, q.speaker) for q in found]


def check_offsets(parsed) -> None:
    for quote in [*find_quotes(parsed), *find_indirect_quotes(parsed)]:
        assert parsed.raw[quote.start : quote.end] == quote.text


# --------------------------------------------------------------------------- the seed article

SEED_QUOTES = [
    (
        "They\u2019ve asked for these, and so I think it\u2019s a good idea,",
        "Lloyd Austin",
        "Defense Secretary Lloyd Austin",
        "said",
        2,
    ),
    (
        "They have a need for things that can help that effort on the part of the Russians,",
        "Lloyd Austin",
        "he",
        "said",
        3,
    ),
    (
        "The Russian Federation reserves the right to use nuclear weapons in the event of "
        "aggression using conventional weapons against it and/or the Republic of Belarus,",
        "Dmitry Perskov",
        "Kremlin spokesman, Dmitry Perskov",
        "said",
        6,
    ),
    (
        "The U.S. Embassy in Kyiv has received specific information of a potential significant "
        "air attack on November 20",
        "U.S. State Department",
        "the State Department",
        "reads an alert issued by",
        8,
    ),
    (
        "Out of an abundance of caution, the Embassy will be closed, and Embassy employees are "
        "being instructed to shelter in place.\u00a0 The U.S. Embassy recommends U.S. citizens be "
        "prepared to immediately shelter in the event an air alert is announced.",
        "U.S. State Department",
        "the State Department",
        "reads an alert issued by",
        8,
    ),
]


@pytest.fixture(scope="module")
def seed():
    return parse_article(read_text_file(SEED_ARTICLE))


def test_seed_every_quote_with_its_speaker(seed):
    found = [(q.text, q.speaker, q.speaker_mention, q.cue, q.paragraph) for q in find_quotes(seed)]
    assert found == SEED_QUOTES


def test_seed_offsets_slice_the_raw_text(seed):
    for quote in find_quotes(seed):
        assert seed.raw[quote.start : quote.end] == quote.text
        assert seed.paragraph_at(quote.start) == quote.paragraph
    check_offsets(seed)


def test_seed_unclosed_alert_does_not_swallow_the_rest(seed):
    last = find_quotes(seed)[-1]
    assert last.text.endswith("is announced.")
    assert "Similar warnings" not in " ".join(q.text for q in find_quotes(seed))


def test_seed_reported_speech(seed):
    found = [(q.text[:30], q.speaker, q.cue) for q in find_indirect_quotes(seed)]
    assert found == [
        (
            "the mines would be delivered t",
            "anonymous: an official for the Department of Defense",
            "tells",
        ),
        ("they would only deploy the exp", "anonymous: Ukrainian officials", "have said"),
        ("the Ukrainian military is losi", "Lloyd Austin", "adding"),
        ("it would be closing its embass", "U.S. State Department", "announced"),
    ]


def test_seed_sourcing_summary(seed):
    summary = {s.speaker: s for s in sourcing_summary(find_quotes(seed))}
    assert summary["Lloyd Austin"].quotes == 2
    assert summary["Lloyd Austin"].official
    assert summary["U.S. State Department"].kind == "organization"
    assert speaker_kind("anonymous: an aide") == "anonymous"


# --------------------------------------------------------------------------- quote marks


def test_apostrophes_are_not_quote_marks():
    text = (
        "It\u2019s the \u201990s and rock \u2019n\u2019 roll is back; "
        "the officials\u2019 views differ."
    )
    assert quotes(text) == []
    assert classify_mark("Ukraine\u2019s", 7).role == "apostrophe"
    assert classify_mark("the \u201990s", 4).role == "apostrophe"


def test_apostrophes_inside_a_quote_stay_in_it():
    assert quotes("\u201cIt\u2019s Ukraine\u2019s turn,\u201d Tom Okafor said.") == [
        ("It\u2019s Ukraine\u2019s turn,", "Tom Okafor")
    ]


def test_straight_quotes():
    assert quotes('"We are ready," said Fire Chief Tom Okafor. "The water is rising."') == [
        ("We are ready,", "Tom Okafor"),
        ("The water is rising.", "Tom Okafor"),
    ]


def test_single_quotes_inside_double_stay_inside():
    body = "\u201cMy son asked, \u2018Is it closed?\u2019 and I had no answer,\u201d said Ana Ruiz."
    assert quotes(body) == [
        ("My son asked, \u2018Is it closed?\u2019 and I had no answer,", "Ana Ruiz")
    ]


def test_british_single_quotes_with_nested_double():
    body = (
        "Councillor Bridget Hollins was furious. \u2018We were told it was \u201ca "
        "once-in-a-century flood\u201d, and it was not,\u2019 she tells the Mercury. "
        "\u2018It\u2019s happened twice.\u2019"
    )
    found = find_quotes(article(body))
    assert [(q.text, q.speaker, q.cue) for q in found] == [
        (
            "We were told it was \u201ca once-in-a-century flood\u201d, and it was not,",
            "Bridget Hollins",
            "tells",
        ),
        ("It\u2019s happened twice.", "Bridget Hollins", "tells"),
    ]


def test_british_punctuation_outside_the_marks():
    body = "Mayor Ana Ruiz spoke first. \u2018We are ready\u2019, she said."
    assert quotes(body) == [("We are ready", "Ana Ruiz")]


def test_scare_quotes_and_labels_are_not_quotes():
    body = (
        "The so-called \u201cgreen corridor\u201d opens Monday. Pouches with lot codes beginning "
        "\u201cNV25\u201d were recalled."
    )
    assert quotes(body) == []


def test_partial_quote_inside_reported_speech_is_a_quote():
    body = "Brightwater Inc. said the plant was \u201cno longer competitive\u201d this year."
    found = find_quotes(article(body))
    assert [(q.text, q.speaker, q.cue) for q in found] == [
        ("no longer competitive", "Brightwater Inc.", "said")
    ]


# --------------------------------------------------------------------------- unbalanced marks


def test_unclosed_quote_is_cut_before_its_attribution_and_reopened():
    body = (
        "\u201cThe office is closed today, reads a notice issued by the City Council. "
        "\u201cPlease come back tomorrow.\u201d\n\nThe council meets on Friday."
    )
    found = find_quotes(article(body))
    assert [(q.text, q.speaker, q.cue) for q in found] == [
        ("The office is closed today", "City Council", "reads a notice issued by"),
        ("Please come back tomorrow.", "City Council", "reads a notice issued by"),
    ]


def test_a_mark_left_open_closes_at_the_paragraph_end():
    body = (
        "\u201cThis sentence opens a quote and never closes it, Tom Okafor said.\n\n"
        "Later, \u201cHello there,\u201d Ana Ruiz said."
    )
    found = find_quotes(article(body))
    assert [q.paragraph for q in found] == [0, 1]
    assert found[-1].text == "Hello there,"
    assert found[-1].speaker == "Ana Ruiz"
    assert "Later" not in found[0].text


def test_only_quote_marks_do_not_crash():
    parsed = article("\u201c\u201d\"'\u2018\u2019 \u201c \u201d \" ' \u00ab \u00bb")
    assert find_quotes(parsed) == []
    assert find_indirect_quotes(parsed) == []
    assert find_quoted_stretches(Span("", 0, 0)) == []


def test_no_quotes_gives_empty_lists():
    parsed = article("The council met on Tuesday. Nothing was decided.")
    assert find_quotes(parsed) == []
    assert find_indirect_quotes(parsed) == []


@pytest.mark.parametrize(
    "body",
    [
        "\U0001f600 \u201c\U0001f525\u201d said nobody \U0001f44d",
        "\u05d4\u05e9\u05e8 \u05d0\u05de\u05e8 \u201c\u05e9\u05dc\u05d5\u05dd\u201d",
        "no punctuation at all just words " * 30,
        "\u201c" * 200,
        "\n\n\n   \n\nA line.\n\n\n",
    ],
)
def test_odd_input_never_crashes(body):
    parsed = article(body)
    check_offsets(parsed)


def test_a_megabyte_takes_seconds():
    body = (
        "\u201cWe are ready,\u201d she said, \u201cbut the \u2018plan\u2019 is late. " * 9000
    ) + "\n\n"
    body += "Officials said that the road would reopen, according to the county. " * 9000
    parsed = article(body)
    assert len(parsed.raw) > 1_000_000
    started = time.perf_counter()
    find_quotes(parsed)
    find_indirect_quotes(parsed)
    assert time.perf_counter() - started < 20


# --------------------------------------------------------------------------- attribution


def test_cue_after_the_quote_with_title():
    found = find_quotes(article("\u201cTalks go on,\u201d Defense Secretary Lloyd Austin said."))
    assert [(q.speaker, q.speaker_mention, q.cue) for q in found] == [
        ("Lloyd Austin", "Defense Secretary Lloyd Austin", "said")
    ]


def test_inverted_cue_said_x():
    assert quotes("\u201cTalks go on,\u201d said Secretary of State Antony Blinken.") == [
        ("Talks go on,", "Antony Blinken")
    ]


def test_title_after_a_comma():
    found = find_quotes(
        article("\u201cWe will respond,\u201d Kremlin spokesman, Dmitry Peskov said.")
    )
    assert [(q.speaker, q.speaker_mention) for q in found] == [
        ("Dmitry Peskov", "Kremlin spokesman, Dmitry Peskov")
    ]


def test_cue_before_the_quote_told_reporters():
    found = find_quotes(article("Mayor Ana Ruiz told reporters: \u201cThe bridge is safe.\u201d"))
    assert [(q.text, q.speaker, q.cue) for q in found] == [
        ("The bridge is safe.", "Ana Ruiz", "told")
    ]


def test_wrote_in_a_statement():
    body = "\u201cOur members found out from a notice,\u201d Dwayne Maddox wrote in a statement."
    found = find_quotes(article(body))
    assert [(q.speaker, q.cue) for q in found] == [("Dwayne Maddox", "wrote")]


def test_according_to_before_a_quote():
    found = find_quotes(article("According to Mayor Ana Ruiz, \u201cthe bridge is safe.\u201d"))
    assert [(q.speaker, q.cue) for q in found] == [("Ana Ruiz", "according to")]


def test_broken_quote_has_two_fragments_and_one_speaker():
    body = (
        "Mayor Celeste Amadi spoke on Monday.\n\n"
        "\u201cWe are ready,\u201d she said, \u201cbut not yet.\u201d"
    )
    found = find_quotes(article(body))
    assert [(q.text, q.speaker, q.speaker_mention) for q in found] == [
        ("We are ready,", "Celeste Amadi", "she"),
        ("but not yet.", "Celeste Amadi", "she"),
    ]


def test_quote_spanning_paragraphs_newswire_convention():
    body = (
        "\u201cWe waited too long,\u201d said Ray Dunleavy, 71. \u201cIt was in the kitchen.\n\n"
        "\u201cWe left at dawn.\u201d\n\nThe storm moved north."
    )
    found = find_quotes(article(body))
    assert [(q.text, q.speaker, q.paragraph) for q in found] == [
        ("We waited too long,", "Ray Dunleavy", 0),
        ("It was in the kitchen.", "Ray Dunleavy", 0),
        ("We left at dawn.", "Ray Dunleavy", 1),
    ]


def test_block_quote_after_a_colon_goes_to_the_issuer():
    body = (
        "The Ministry of Health extended the emergency. The ministry announced it in a "
        "statement. The statement read: \u201cVaccination is free. Come in.\u201d"
    )
    found = find_quotes(article(body))
    assert [(q.text, q.speaker, q.speaker_mention, q.cue) for q in found] == [
        ("Vaccination is free. Come in.", "Ministry of Health", "The statement", "read")
    ]


# --------------------------------------------------------------------------- speakers


def test_pronoun_resolves_by_gender_not_to_the_last_name():
    body = (
        "Mayor Ana Ruiz opened the meeting after Council member John Park spoke.\n\n"
        "\u201cWe are ready,\u201d she said."
    )
    assert quotes(body) == [("We are ready,", "Ana Ruiz")]


def test_pronoun_uses_titles_mr_and_ms():
    body = "Ms. Dana Lee met Mr. Jordan Grant on Monday.\n\n\u201cIt went well,\u201d he said."
    assert quotes(body) == [("It went well,", "Jordan Grant")]


def test_pronoun_can_point_to_an_anonymous_source():
    body = (
        "Councillor Bridget Hollins spoke first.\n\n"
        "A resident of Fenn Street, who asked not to be named, said she had spent \u00a33,000. "
        "\u2018Nobody came,\u2019 she said."
    )
    assert quotes(body) == [
        ("Nobody came,", "anonymous: a resident of Fenn Street who asked not to be named")
    ]


def test_bare_surname_becomes_the_full_name():
    body = (
        "Health Minister Irena Vasko visited Kelm on Monday.\n\n"
        "\u201cEvery case was preventable,\u201d Vasko said."
    )
    found = find_quotes(article(body))
    assert [(q.speaker, q.speaker_mention) for q in found] == [("Irena Vasko", "Vasko")]


def test_titles_are_split_from_names():
    assert split_title("Defense Secretary Lloyd Austin".split()) == (
        ["Defense", "Secretary"],
        ["Lloyd", "Austin"],
    )
    assert split_title("Office of the Prime Minister".split())[1] == []


def test_organisation_speakers():
    body = (
        "The Health Ministry opened clinics on Monday.\n\n"
        "\u201cWe are ready,\u201d the ministry said."
    )
    assert quotes(body) == [("We are ready,", "Health Ministry")]
    body = "\u201cWe will appeal,\u201d Brightwater Inc. said in a statement."
    assert quotes(body) == [("We will appeal,", "Brightwater Inc.")]


def test_short_organisation_name_becomes_the_fullest_name():
    body = (
        "The U.S. State Department closed the embassy.\n\n"
        "\u201cStay inside,\u201d the State Department said."
    )
    assert quotes(body) == [("Stay inside,", "U.S. State Department")]


def test_anonymous_sources():
    body = (
        "\u201cNobody listened,\u201d said a senior official who was not authorized to speak "
        "publicly."
    )
    assert quotes(body) == [
        (
            "Nobody listened,",
            "anonymous: a senior official who was not authorized to speak publicly",
        )
    ]


def test_the_official_points_back_to_the_anonymous_source():
    body = (
        "A senior official who was not authorized to speak publicly said the ministry ignored "
        "warnings. \u201cNobody read them,\u201d the official said."
    )
    assert quotes(body) == [
        (
            "Nobody read them,",
            "anonymous: a senior official who was not authorized to speak publicly",
        )
    ]


# --------------------------------------------------------------------------- how editors resolve
# Rules found on unseen articles; each snippet is invented (names and wording differ from the
# practice set).


def test_pronoun_looks_back_paragraph_by_paragraph():
    # Kwabena's first name says nothing about gender; he is in the paragraph before the quote,
    # the man whose first name says "male" is two paragraphs further back.
    body = (
        "Coach Peter Hale praised the squad after training on Friday.\n\n"
        "\u201cWe were sharp,\u201d Hale said.\n\n"
        "Kwabena Osei, who chairs the Eastgate Supporters Trust, the biggest fan group, said "
        "about 300 fans would travel. His deputy, Lorraine Fisk, said coaches were booked.\n\n"
        "\u201cThis club is our town,\u201d he said."
    )
    assert quotes(body) == [
        ("We were sharp,", "Peter Hale"),
        ("This club is our town,", "Kwabena Osei"),
    ]


def test_pronoun_prefers_the_right_gender_inside_one_paragraph():
    # Robin could be a man or a woman; Piotr Lenz is a man and in the same paragraph.
    body = (
        "Piotr Lenz, a surgeon in Orvik, said his ward was full. He said staff were tired. "
        "His colleague Robin Ash, a nurse, now runs the night shift.\n\n"
        "\u201cWe sleep in turns,\u201d he said."
    )
    assert quotes(body) == [("We sleep in turns,", "Piotr Lenz")]


def test_unnamed_source_described_with_a_phrase_and_a_clause():
    body = (
        "A lawyer involved in the negotiations, who spoke on condition of anonymity because "
        "the talks are confidential, said the sides were \u201cvery close to a deal.\u201d"
    )
    assert quotes(body) == [
        (
            "very close to a deal.",
            "anonymous: a lawyer involved in the negotiations who spoke on condition of "
            "anonymity because the talks are confidential",
        )
    ]


def test_pronoun_can_point_to_an_unnamed_subject_who_said_nothing_yet():
    body = (
        "Attorney Greta Voss said the fine was fair.\n\n"
        "A spokeswoman for the insurer declined to discuss the fine on Friday. "
        "\u201cWe are studying the order,\u201d she said."
    )
    assert quotes(body)[-1] == (
        "We are studying the order,",
        "anonymous: a spokeswoman for the insurer",
    )


def test_description_tells_the_gender_of_an_unnamed_source():
    body = (
        "Chief executive Ingrid Sole said sales had doubled.\n\n"
        "A Leeds-based warehouse worker, who asked not to be named because she fears losing "
        "her shifts, said breaks had been cut. \u201cWe eat standing up,\u201d she said."
    )
    assert quotes(body) == [
        (
            "We eat standing up,",
            "anonymous: a Leeds-based warehouse worker who asked not to be named because she "
            "fears losing her shifts",
        )
    ]


def test_months_are_not_people():
    from lessons.quotes import Cast

    parsed = article("Ada Penn started in June. The ward reopened in May. Talks end in April.")
    assert sorted(Cast(parsed).people) == ["Ada Penn"]


def test_the_utility_points_back_to_the_business_named_before():
    body = (
        "Northgate Water Supply confirmed on Monday that it had cut pressure in the east.\n\n"
        "The utility said in a statement that \u201cthe mains are safe to drink from.\u201d"
    )
    assert quotes(body) == [("the mains are safe to drink from.", "Northgate Water Supply")]
    body = (
        "Hundreds of passengers on Brisa Air flights were stranded at Faro on Sunday.\n\n"
        "\u201cWe are deeply sorry for the disruption,\u201d the airline said."
    )
    assert quotes(body) == [("We are deeply sorry for the disruption,", "Brisa Air")]


def test_a_person_with_an_everyday_surname_stays_a_person():
    body = "Obi Baker, 41, said the shop would close. \u201cWe tried everything,\u201d he said."
    assert quotes(body) == [("We tried everything,", "Obi Baker")]


def test_members_of_a_union_name_the_union():
    body = (
        "Members of the Riverside Nurses Union voted to strike on Monday.\n\n"
        "The union said staffing was \u201cdangerously thin on night shifts.\u201d"
    )
    assert quotes(body) == [("dangerously thin on night shifts.", "Riverside Nurses Union")]


def test_the_statement_is_credited_to_whoever_issued_it():
    body = (
        "Tarn Chemicals said in a statement that it would appeal to the State Supreme Court. "
        "The firm has 30 days to file.\n\n"
        "\u201cWe acted lawfully at every step,\u201d the statement said."
    )
    assert quotes(body) == [("We acted lawfully at every step,", "Tarn Chemicals")]


def test_its_report_points_to_the_group_the_sentence_was_about():
    body = (
        "A review panel found that managers at the Tarn Institute had ignored warnings. "
        "Its report said the failures were \u201csystemic and long-standing.\u201d"
    )
    assert quotes(body) == [("systemic and long-standing.", "anonymous: a review panel")]


def test_titles_of_works_are_not_quotes():
    # after a quote, a quoted sentence with no cue would go on with the same speaker
    body = (
        "\u201cThe data were clear,\u201d said Professor Lena Ward.\n\n"
        "Her best-known study, \u201cSleep Loss Alters Memory in Young Adults,\u201d appeared in "
        "2015. A later report titled \u201cWhy the river still floods every spring,\u201d came out "
        "in May."
    )
    assert quotes(body) == [("The data were clear,", "Lena Ward")]


def test_words_that_characterise_are_the_subject_s_quote():
    body = (
        "Greyline Rail, which runs the night trains, described the delays as "
        "\u201cregrettable but unavoidable.\u201d Mayor Tess Arlow called the budget \u201ca plan "
        "for the next decade.\u201d Residents fear a so-called \u201cbus desert.\u201d"
    )
    found = find_quotes(article(body))
    assert [(q.text, q.speaker, q.cue) for q in found] == [
        ("regrettable but unavoidable.", "Greyline Rail", "described"),
        ("a plan for the next decade.", "Tess Arlow", "called"),
    ]


def test_what_it_called_and_accused_of():
    body = (
        "The Harwick Town Council approved a budget on Monday that it called \u201clean but "
        "fair.\u201d\n\n"
        "Councillor Mira Solberg accused the mayor of \u201chiding the real deficit.\u201d"
    )
    found = find_quotes(article(body))
    assert [(q.speaker, q.cue) for q in found] == [
        ("Harwick Town Council", "called"),
        ("Mira Solberg", "accused"),
    ]


def test_a_quote_ending_its_sentence_takes_no_cue_from_the_next_one():
    body = (
        "Senator Lucia Ferrante and challenger Osric Dale met on Tuesday.\n\n"
        "Ferrante accused Dale of \u201cselling the same old plan.\u201d Dale said Ferrante had "
        "\u201cstopped listening to voters.\u201d"
    )
    assert quotes(body) == [
        ("selling the same old plan.", "Lucia Ferrante"),
        ("stopped listening to voters.", "Osric Dale"),
    ]


def test_a_surname_that_is_also_a_first_name():
    # "Dale" is in the list of first names, "Osric" is not: Dale is still Osric Dale.
    body = "Her lawyer, Osric Dale, said the case was weak.\n\n\u201cWe will win,\u201d Dale said."
    assert quotes(body) == [("We will win,", "Osric Dale")]


def test_the_31_year_old_and_the_dutchman_point_back_to_a_named_person():
    body = (
        "Midfielder Tomasz Brzeski scored twice on Sunday.\n\n"
        "\u201cI was lucky,\u201d the 31-year-old said.\n\n"
        "Visiting coach Joost van Ree was furious. \u201cWe were poor,\u201d the Dutchman said.\n\n"
        "\u201cI will stay,\u201d van Ree said."
    )
    assert quotes(body) == [
        ("I was lucky,", "Tomasz Brzeski"),
        ("We were poor,", "Joost van Ree"),
        ("I will stay,", "Joost van Ree"),
    ]


# --------------------------------------------------------------------------- reported speech


def test_reported_speech_patterns():
    body = (
        "Fire Chief Tom Okafor said that two cars slid into the hole. According to the county, "
        "the road will stay closed. The plant employs 340 people, according to Brightwater Inc., "
        "down from 600. Repairs could take weeks, he added. An official for the Department of "
        "Defense tells the BBC that the mines would be delivered soon. Engineers said the cracks "
        "were new."
    )
    parsed = article(body)
    found = [(q.text, q.speaker, q.cue) for q in find_indirect_quotes(parsed)]
    assert found == [
        ("two cars slid into the hole", "Tom Okafor", "said"),
        ("the road will stay closed", "anonymous: the county", "according to"),
        ("The plant employs 340 people", "Brightwater Inc.", "according to"),
        ("Repairs could take weeks", "Tom Okafor", "added"),
        (
            "the mines would be delivered soon",
            "anonymous: an official for the Department of Defense",
            "tells",
        ),
        ("the cracks were new", "anonymous: engineers", "said"),
    ]
    check_offsets(parsed)
    assert find_quotes(parsed) == []


def test_adding_that_after_a_quote():
    parsed = article(
        "\u201cWe are ready,\u201d Tom Okafor said, adding that crews would work overnight."
    )
    found = [(q.text, q.speaker, q.cue) for q in find_indirect_quotes(parsed)]
    assert found == [("crews would work overnight", "Tom Okafor", "adding")]


def test_quote_to_dict_has_the_json_contract_fields():
    quote = Quote("Hi,", "Ana Ruiz", "she", "said", 0, 10, 13)
    assert list(quote.to_dict()) == [
        "text",
        "speaker",
        "speaker_mention",
        "cue",
        "paragraph",
        "start",
        "end",
    ]


# --------------------------------------------------------------------------- the practice set


def test_practice_set_scores():
    """The seed and the 13 practice articles: quote F1 >= 0.97 and speaker accuracy >= 0.95
    over the corpus, and no article far behind (the first 9 tuned the rules, the last 5 were
    written without seeing the code)."""
    evaluate = pytest.importorskip("lessons.evaluate")
    from lessons.pipeline import analyze_text

    articles = evaluate.load_gold_articles()
    if len(articles) < 2:
        pytest.skip("no practice articles yet")
    assert len(articles) >= 14
    report = evaluate.evaluate_corpus(analyze_text, articles)
    total = report.total.quotes
    assert total.counts.f1 >= 0.97
    assert total.speaker_accuracy >= 0.95
    for scores in report.articles:
        assert scores.quotes.counts.f1 >= 0.9, scores.name
        assert scores.quotes.speaker_accuracy >= 0.85, scores.name
        check = parse_article(next(a.text for a in articles if a.name == scores.name))
        check_offsets(check)


# --------------------------------------------------------------------------- lesson checks


def test_lesson_checks(seed, capsys):
    from lessons import checks

    checks.check_quote_count(5, seed)
    checks.check_speaker_of("Lloyd Austin", seed, "They have a need")
    checks.check_anonymous_speakers(
        ["anonymous: an official for the Department of Defense", "anonymous: Ukrainian officials"],
        seed,
    )
    assert capsys.readouterr().out.count("Right") == 3
    with pytest.raises(checks.NotYet):
        checks.check_quote_count(3, seed, strict=True)
    with pytest.raises(checks.NotYet):
        checks.check_speaker_of("Joe Biden", seed, "They have a need", strict=True)
    with pytest.raises(checks.NotYet):
        checks.check_anonymous_speakers([], seed, strict=True)


def test_many_speakers_take_seconds_not_minutes():
    """An interview transcript: one short quote a paragraph, every speaker and organisation
    new. Looking a mention up must not read every name said before it (that was quadratic)."""
    syllables = "ka lo mi ra ne to su va de ri po la mo ze fi gu".split()

    def made_up(n: int) -> str:
        return "".join(syllables[(n // 16**k) % 16] for k in range(3)).title()

    paragraphs = [
        f"\u201cWe will rebuild by day {n},\u201d said Ana {made_up(n)}, a member of the "
        f"{made_up(n + 7)} Council."
        if n % 2 == 0
        else f"\u201cWe will rebuild by day {n},\u201d the {made_up(n + 6)} Council said."
        for n in range(3000)
    ]
    parsed = article("\n\n".join(paragraphs))
    started = time.perf_counter()
    found = find_quotes(parsed)
    assert time.perf_counter() - started < 20
    assert len(found) == 3000
    assert [q.speaker for q in found[4:6]] == [f"Ana {made_up(4)}", f"{made_up(11)} Council"]


# --------------------------------------------------------------------------- real-news shapes


def test_two_apostrophes_are_one_quote_mark():
    body = (
        "''We will open the bridge in May,'' said Mayor Ana Ruiz. ''It is safe.''\n\n"
        "Ms. Ruiz called the old span ''a hazard.''"
    )
    found = find_quotes(article(body))
    assert [(q.text, q.speaker) for q in found] == [
        ("We will open the bridge in May,", "Ana Ruiz"),
        ("It is safe.", "Ana Ruiz"),
        ("a hazard.", "Ana Ruiz"),
    ]
    check_offsets(article(body))


def test_backticks_open_and_two_apostrophes_close():
    assert quotes("``The ferry is late,'' Captain Ivo Marsh said.") == [
        ("The ferry is late,", "Ivo Marsh")
    ]


def test_reporting_verbs_come_from_verbnet_with_every_form():
    from lessons import vocab

    verbs = vocab.word_set("reporting_verbs_verbnet")
    assert {"implore", "implores", "implored", "imploring", "retorted", "said"} <= verbs
    found = find_quotes(article("\u201cPlease keep the library open,\u201d Tomas Reyes implored."))
    assert [(q.text, q.speaker, q.cue) for q in found] == [
        ("Please keep the library open,", "Tomas Reyes", "implored")
    ]


def test_a_noun_after_the_is_not_a_cue():
    body = (
        "\u201cRents rose by a third,\u201d the housing report states, according to Lena Ortiz, "
        "its author."
    )
    assert [q.cue for q in find_quotes(article(body))] != ["report"]


def test_said_x_after_a_quote_that_ends_with_a_full_stop():
    body = "\u201cThe county dropped the ball.\u201d said Marisol Quint, a Fenwick resident."
    assert quotes(body) == [("The county dropped the ball.", "Marisol Quint")]


def test_a_name_in_apposition_after_a_description():
    body = (
        "\u201cThe hotel is fully booked,\u201d said a spokeswoman for Harbor Inns, Jennifer Rowe."
    )
    assert quotes(body) == [("The hotel is fully booked,", "Jennifer Rowe")]


def test_a_name_after_a_possessive_description():
    body = "\u201cHe loved the sea,\u201d his nephew Idris Kamau Oduya said."
    assert quotes(body) == [("He loved the sea,", "Idris Kamau Oduya")]


def test_a_name_before_its_institution():
    body = "\u201cTaxes will rise,\u201d Nora Bexley of the Harwick Institute wrote on Monday."
    assert quotes(body) == [("Taxes will rise,", "Nora Bexley")]


def test_a_line_ending_with_a_colon_introduces_the_next_paragraph():
    body = (
        "Councillor Petra Lind spoke after the vote.\n\nAdded Lind:\n\n"
        "\u201cWe will not stop until the road is fixed.\u201d"
    )
    assert quotes(body) == [("We will not stop until the road is fixed.", "Petra Lind")]


def test_saying_before_a_quote_credits_the_subject():
    body = (
        "Harriet Vale posted a message of her own, saying, \u201cWe are thrilled to welcome "
        "the new mayor!\u201d"
    )
    assert quotes(body) == [("We are thrilled to welcome the new mayor!", "Harriet Vale")]


def test_a_short_phrase_after_a_verb_of_judging_is_the_subjects():
    body = (
        "First, Councillor Dara Fenn derided the plan as \u201ca costly mistake\u201d on "
        "Monday. Then he left. The so-called \u201cgreen plan\u201d stays."
    )
    found = find_quotes(article(body))
    assert [(q.text, q.speaker, q.cue, q.speaker_how) for q in found] == [
        ("a costly mistake", "Dara Fenn", "derided", "subject of the sentence")
    ]


def test_a_pronoun_with_only_the_other_gender_in_view_is_unknown():
    body = "Helen Park chairs the board.\n\n\u201cWe are done,\u201d he said."
    found = find_quotes(article(body))
    assert [(q.text, q.speaker, q.speaker_how) for q in found] == [
        ("We are done,", "unknown", "unknown")
    ]


def test_each_quote_says_how_its_speaker_was_found():
    body = (
        "\u201cWe are ready,\u201d Mayor Ana Ruiz said.\n\n"
        "\u201cThe money is there,\u201d Ruiz said.\n\n"
        "\u201cWe start Monday,\u201d she said.\n\n"
        "\u201cIt is late,\u201d a city engineer said."
    )
    found = find_quotes(article(body))
    assert [(q.speaker, q.speaker_how) for q in found] == [
        ("Ana Ruiz", "named in the cue"),
        ("Ana Ruiz", "surname expanded"),
        ("Ana Ruiz", "pronoun resolved"),
        ("anonymous: a city engineer", "anonymous source"),
    ]
    assert "speaker_how" not in found[0].to_dict()


def test_placeholders_left_by_a_scraper_are_not_a_web_page():
    body = (
        "\u201cThe vote is rigged,\u201d Senator Mara Dunn said.\n\n"
        '<tweet tweet-id="1234567890" author="@maradunn">\n\n<tweet/>\n\n'
        "The count continues."
    )
    assert quotes(body) == [("The vote is rigged,", "Mara Dunn")]


def test_a_passive_verb_after_a_fragment_names_no_speaker():
    body = (
        "Rita Moss called the loan a \u201cpaperwork error\u201d that was reported by the Ledger."
    )
    assert quotes(body) == [("paperwork error", "Rita Moss")]


def test_former_and_retired_before_a_title_and_a_party_in_brackets():
    body = (
        "\u201cWe will win the county,\u201d said former Harlow Gov. Jim Tasker, a party elder."
        "\n\n\u201cI fundamentally disagree,\u201d said retired Army Lt. Gen. Ann Kessler."
        "\n\n\u201cThe bill is dead,\u201d Sen. Omar Pruitt (R-Ore.) said Tuesday."
    )
    assert quotes(body) == [
        ("We will win the county,", "Jim Tasker"),
        ("I fundamentally disagree,", "Ann Kessler"),
        ("The bill is dead,", "Omar Pruitt"),
    ]


def test_he_after_an_attribution_is_its_speaker_not_the_first_name_of_the_sentence():
    body = (
        "Jonas Pike, a historian, studies rallies.\n\n"
        "Mayor Tom Ruddy, Pike said, has built a loyal crowd. \u201cThey feel welcome there,\u201d "
        "he said."
    )
    assert quotes(body) == [("They feel welcome there,", "Jonas Pike")]


def test_a_party_label_before_a_name_is_not_part_of_it():
    body = (
        "The race pits progressive Democrat Maya Linwood against a banker.\n\n"
        "\u201cThis is very serious,\u201d Linwood says in the ad."
    )
    assert quotes(body) == [("This is very serious,", "Maya Linwood")]


def test_the_name_of_a_show_is_not_a_quote():
    body = (
        "\u201cWe will rebuild the pier,\u201d Mayor Ana Ruiz told \u201cMorning Desk\u201d on "
        "Tuesday.\n\nRuiz argued that the pier was safe on Friday\u2019s \u201cHarbor Hour "
        "Live.\u201d"
    )
    assert quotes(body) == [("We will rebuild the pier,", "Ana Ruiz")]


def test_as_x_put_it_before_a_quote():
    body = (
        "As the port\u2019s director, Hana Voss, put it in her memo to staff, \u201cWe are "
        "one of the big ports now.\u201d"
    )
    assert quotes(body) == [("We are one of the big ports now.", "Hana Voss")]


def test_a_roundup_label_and_a_transcript_label_name_the_speaker():
    body = (
        "Readers wrote to Mayor Paul Okafor about the bridge.\n\n"
        "Nadia Ferrand, Harbor Gazette: \u201cThe toll is too high.\u201d\n\n"
        "MR. OKAFOR: \u201cWe will lower it next year.\u201d\n\n"
        "Breaking News: \u201cThe bridge is closed.\u201d"
    )
    found = find_quotes(article(body))
    assert [(q.text, q.speaker_mention) for q in found[:2]] == [
        ("The toll is too high.", "Nadia Ferrand"),
        ("We will lower it next year.", "MR. OKAFOR"),
    ]
    assert [q.speaker for q in found[:2]] == ["Nadia Ferrand", "Paul Okafor"]
    assert all(q.speaker_mention != "Breaking News" for q in found)


def test_inverted_says_with_a_job_before_the_name_credits_that_name():
    body = (
        "\u201cSleep matters,\u201d said Dr. Ken Aldous, a sleep researcher.\n\n"
        "\u201cScreens keep children awake,\u201d says psychologist Nora Pell. \u201cParents "
        "can help.\u201d"
    )
    assert quotes(body) == [
        ("Sleep matters,", "Ken Aldous"),
        ("Screens keep children awake,", "Nora Pell"),
        ("Parents can help.", "Nora Pell"),
    ]


def test_name_then_a_long_description_then_said():
    body = (
        "\u201cThe levee held,\u201d Tariq Benn, who has run the county\u2019s flood office since "
        "2009 and wrote its storm plan, said on Monday."
    )
    assert quotes(body) == [("The levee held,", "Tariq Benn")]


def test_the_head_of_a_description_stops_before_a_participle_clause():
    from lessons.quotes.words import _head_noun

    assert _head_noun("The notice mailed to the club\u2019s 300 member farms".split()) == "notice"
    assert _head_noun("a senior elected official".split()) == "official"
    body = (
        "The Harlow Rowing Club raised its fees on Friday.\n\n"
        "\u201cFees will rise by a third,\u201d reads the letter mailed to the club\u2019s 300 "
        "member farms on Friday."
    )
    assert quotes(body) == [("Fees will rise by a third,", "Harlow Rowing Club")]


def test_a_capitalised_cue_after_an_apposition():
    body = "\u201cNot us, but fine by me!\u201d Ravi Dhal, the head of Harbor First, Tweeted."
    assert quotes(body) == [("Not us, but fine by me!", "Ravi Dhal")]


def test_three_apostrophes_close_a_nested_quote_and_the_quote():
    body = "The chief, Adam Lune, praised the buyer. ''The board had me at 'yes,''' Mr. Lune wrote."
    assert quotes(body) == [("The board had me at 'yes,'", "Adam Lune")]
