"""Which verb tells the time of a date: mostly the verb group nearest to it in its clause.

"The council said on Wednesday it would publish the report" dates the saying ("said"); "said the
overnight minimum on Saturday night might not fall" dates the falling. Quotations, asides and
lists of verbs decide which verb a date goes with; :mod:`~lessons.timeline.tense` reads its tense.
"""

from __future__ import annotations

import re

from lessons import vocab
from lessons.timeline.clauses import Words, after_who, clauses, is_boundary, overlaps
from lessons.timeline.grammar import (
    AUXILIARIES,
    FINITE_TAGS,
    FORMS_OF_BE,
    PAST_TAGS,
    PRESENT_OR_MODAL,
    SUBORDINATORS,
)
from lessons.timeline.noun_phrases import NOUN_PHRASE_TAGS
from lessons.timeline.patterns import Mention
from lessons.timeline.tense import PLANNED_WORDS, POSSIBLE_WORDS, SAYING, as_planned, tense_of

_TIME_CLAUSE_OPENERS = frozenset("until till before after when once".split())


def tense_near(
    words: Words, part: str, clause: tuple[int, int], mention: Mention, own: Words
) -> str | None:
    """The tense that governs an expression: a word like "potential" in its noun phrase
    ("a potential attack on November 20"), else the verb group nearest to it ("said on
    Wednesday it would publish" -> "said"), else the whole clause.

    A clause of time ("until", "before", "once" ...) after a future takes the future: "We'll
    keep going until every street has been checked, probably into Thursday" looks ahead,
    though "has been checked" is a perfect.

    ``part`` is the sentence's part ("headline" ...); ``own`` the clause's words that belong to
    this expression (see :func:`lessons.timeline.summary.own_part`).
    """
    if (beside := _with_phrase_tense(words, clause, part, mention)) is not None:
        return beside  # "will be launched at 9:30 p.m. Friday, with Sunday held as a rain
        # date": a phrase in "with" has no time of its own, its sentence's clause does
    found = _tense_near(words, part, clause, mention, own)
    if found in (None, "present") and (happened := _when_it_happened(words, mention, part)):
        return happened  # "points to the extra services on Hogmanay, when 14,000 travelled"
    if found in ("past", "present") and _time_clause_after_future(words, clause, part):
        return "future"  # (also after a would: "new signs would go up before students return
        # in August", "would retire when his term ends Dec. 31")
    if found is None:  # "A storm in early February, which dropped ..., pushed ...": the
        return _predicate_tense(words, clause, part)  # subject's verb comes after its clause
    return found


_CLOSING_QUOTES = frozenset(["\u2019", "\u201d", "''", '"'])


def _says_the_quotation(words: Words, last: int, verb: int) -> bool:
    """Is word ``verb`` the speech verb of an attribution after the quotation that holds the
    date at word ``last`` ("'... right up to midnight on Sunday,' she said"): who spoke, not
    the time of what was said?"""
    if words[verb][0].text.casefold() not in SAYING:
        return False
    return any(words[k][0].text in _CLOSING_QUOTES for k in range(last + 1, verb))


_LOOKING_AHEAD = frozenset(["expected", "forecast", "predicted", "due", "scheduled"])


def _with_phrase_tense(
    words: Words, clause: tuple[int, int], part: str, mention: Mention
) -> str | None:
    """The tense of the clause before a verbless phrase in "with" that follows it after a
    comma and opens with the date ("..., with Sunday held as a rain date"), or says what is
    done with its noun ("runs from Friday, with a flag raised at 9am on Sunday"), else None
    (not "with 900,000 euros from a grant approved in October": the grant's own past)."""
    low, high = clause
    where = [i for i in range(low, high) if overlaps(words[i][0], mention)]
    withs = [  # (a clause may open before the comma: "from Friday to Monday, with")
        i
        for i in range(max(low, 2), where[0] if where else low)
        if words[i][0].text.casefold() == "with" and words[i - 1][0].text == ","
    ]
    if withs:
        low = withs[-1]
    if low < 2 or words[low][0].text.casefold() != "with" or words[low - 1][0].text != ",":
        return None
    if low + 1 >= high or any(tag in PRESENT_OR_MODAL for _, tag in words[low:high]):
        return None  # (a participle may be read as a past: "with Sunday held/VBD as a rain date")
    found = tense_of(words[_clause_start_before(words, low) : low - 1], part)
    if overlaps(words[low + 1][0], mention):
        return found if found in ("future", "would") else None
    k = low + 1  # "..., with a flag raised at the council offices at 9am on Sunday": a
    while k < high and k < low + 6 and words[k][1] in NOUN_PHRASE_TAGS:  # participle right
        k += 1  # after the noun it is said of, no verb of its own: the clause before tells
    if k > low + 1 and k < high and words[k][0].text.casefold() in _LOOKING_AHEAD:
        return "future"  # "..., with a cool change expected late on Sunday": a forecast
    if k > low + 1 and k < high and words[k][1] == "VBN":
        return found
    return None


def _when_it_happened(words: Words, mention: Mention, part: str) -> str | None:
    """The tense of a clause of "when" right after the date, which tells what happened on it
    ("the extra services on Hogmanay, when it said 14,000 passengers travelled": past), if it
    is a past or a future."""
    where = [i for i, (token, _) in enumerate(words) if overlaps(token, mention)]
    k = where[-1] + 1 if where else len(words)
    if k + 1 >= len(words) or words[k][0].text != "," or words[k + 1][0].text.casefold() != "when":
        return None
    end = k + 2
    while end < len(words) and not is_boundary(words[end][0].text, words[end][1]):
        end += 1
    found = tense_of(words[k + 2 : end], part)
    return found if found in ("past", "future") else None


def _predicate_tense(words: Words, clause: tuple[int, int], part: str) -> str | None:
    """The tense of the first clause after a verbless one that is not a relative or
    subordinate clause ("which dropped 26 inches" is skipped; "pushed the city's ..." read).
    A clause with a participle is not verbless ("the terms, announced Friday, ..."): None."""
    if any(tag.startswith(("VB", "MD")) for _, tag in words[clause[0] : clause[1]]):
        return None
    for low, high in clauses(words):
        if low < clause[1]:
            continue
        opener, tag = words[low][0].text.casefold(), words[low][1]
        relative = tag in ("WDT", "WP", "WRB") or (opener == "that" and tag == "IN")
        if relative or opener in SUBORDINATORS:
            continue
        finite = [w.text.casefold() for w, t in words[low:high] if t in FINITE_TAGS]
        if finite and all(verb in SAYING for verb in finite):
            continue  # "'... right up to midnight on Sunday,' she said": who said it, not when
        if finite:
            return tense_of(words[low:high], part)
    return None


def _an_imperative(words: Words, verb: int, start: int) -> bool:
    """Is word ``verb`` a base form opening its sentence or quotation, with no subject before
    it ("Come to the show on Saturday", "Visit the stalls on Saturday")?"""
    if words[verb][1] != "VB" or not words[verb][0].text[:1].isupper():
        return False
    k = verb - 1  # back over the quotation marks before it, to a colon or the clause's start
    while k >= start and (words[k][0].text in _OPENING_QUOTES or words[k][1] in ("``", "''")):
        k -= 1
    return k < start or words[k][0].text == ":"


def _would_have_a_thing(words: Words, low: int, high: int) -> bool:
    """Is a verb group "would have" (or "will have", "could have") followed by what is had, a
    noun phrase ("would have extra patrols"), not a participle ("would have gone")?"""
    return (
        high > low
        and words[high][0].text.casefold() == "have"
        and words[high - 1][1] == "MD"
        and high + 1 < len(words)
        and words[high + 1][1] in ("DT", "JJ", "JJR", "NN", "NNS", "CD", "PRP$", "TO")
    )


def _time_clause_after_future(words: Words, clause: tuple[int, int], part: str) -> bool:
    """Is the clause one of time ("until it has ...", "before students return") without a past
    tense, right after a clause in the future ("We'll keep going") or a would ("new signs
    would go up")?"""
    low, high = clause
    if low == 0 or words[low][0].text.casefold() not in _TIME_CLAUSE_OPENERS:
        return False
    inside = words[low:high]
    if any(tag in PAST_TAGS or t.text.casefold() == "had" for t, tag in inside):
        return False  # "until the storm had passed": a past seen from the past
    return tense_of(words[_clause_start_before(words, low) : low], part) in ("future", "would")


def _clause_start_before(words: Words, low: int) -> int:
    """Where the clause that ends just before word ``low`` starts (after the boundary before
    it, or at the sentence's start)."""
    start = low - 1
    while start > 0 and not is_boundary(words[start - 1][0].text, words[start - 1][1]):
        start -= 1
    return start


def _tense_near(
    words: Words, part: str, clause: tuple[int, int], mention: Mention, own: Words
) -> str | None:
    starts = {t.start for t, _ in own}
    where = [i for i in range(*clause) if overlaps(words[i][0], mention)]
    if not where:
        return tense_of(own, part)
    first, last = where[0], where[-1]
    mine = [i for i in range(*clause) if words[i][0].start in starts]
    verbs_left = [i for i in mine if i < first and words[i][1].startswith(("VB", "MD"))]
    verbs_left = [i for i in verbs_left if not _adjective(words, i)]  # "a proposed lawsuit"
    verbs_left = [i for i in verbs_left if not as_planned(words, i)]  # "goes ahead as planned"
    main = [i for i in verbs_left if not after_who(words, i)]
    rel = next((i for i in verbs_left if main and i > main[-1]), None)  # "will face a rancher
    commas = [k for k in range(rel + 1, first) if words[k][0].text == ","] if rel else []  # who
    if commas and words[commas[-1] + 1][1] == "IN":  # ran unopposed, in the Nov. 3 election":
        verbs_left = [i for i in verbs_left if i <= main[-1]]  # "will face" (but "stepped down
        # as chairman, president and chief executive in March" stays in its clause)
    if (closed := _an_aside_before(words, clause[0], first)) is not None:
        verbs_left = [i for i in verbs_left if not closed[0] < i < closed[1]] or verbs_left
    verbs_right = [i for i in mine if i > last and words[i][1].startswith(("VB", "MD"))]
    verbs_right = [i for i in verbs_right if not _says_the_quotation(words, last, i)]
    phrase_start = verbs_left[-1] + 1 if verbs_left else clause[0]
    between = {  # "the next vote", not "next to the pier", nor a name ("Planning Authority")
        words[i][0].text.casefold()
        for i in range(phrase_start, first)
        if not (i + 1 < len(words) and words[i + 1][0].text.casefold() == "to")
        and words[i][1] not in ("NNP", "NNPS")
    }
    done = any(words[i][1] == "VBD" for i in verbs_left)  # "filed a proposed lawsuit
    if between & PLANNED_WORDS and not done:  # late Monday" is past, not a plan
        return "would" if between & POSSIBLE_WORDS else "future"
    if not verbs_right and (aside := _after_an_aside(words, clause, first, part)):
        return aside  # "said its dawn ceremony, starting at 6am on Friday, would go ahead"
    bare = [i for i in verbs_left if _an_imperative(words, i, clause[0])]
    if bare and not any(words[i][1] in FINITE_TAGS for i in verbs_left if i > bare[-1]):
        return "future"  # "Come to the show on Saturday": what is asked is still to do
    verb = verbs_left[-1] if verbs_left else verbs_right[0] if verbs_right else None
    if verbs_left and verbs_right and _reports_a_clause(words, verbs_left[-1], first):
        verb = verbs_right[0]  # "said the overnight minimum on Saturday night might not fall"
    if verbs_left and verbs_right and _the_reports_subject(words, verbs_left[-1], (first, last)):
        verb = verbs_right[0]  # "The board said Friday is already a PA day": what Friday is
    if verb is not None and (present := _before_a_participles_span(words, verb, first, verbs_left)):
        verb = present  # "applies to tickets issued from Wednesday": from Wednesday on
    if verb is not None and _a_condition_on(words, verb, (first, last), verbs_right):
        verb = verbs_right[0]  # "vehicles left on it after midnight on Saturday would be
        # towed": the day the towing starts, still to come
    if verb is not None and _reduced_relative(words, verb, first):
        return "past"  # "A heat warning issued Saturday ... is expected to last": issued then
    if verb is not None and words[verb][1] == "VBD":
        verb = _object_complement(words, verb, clause[0])
    headline = part == "headline"
    if part == "headline" and any(words[i][1] in FINITE_TAGS for i in range(*clause)):
        part = "body"  # headline style ("Council to Vote Tuesday") only without a finite verb
    if verb is not None and _asked_to(words, verb, clause[0]):
        if verb > last and (asking := tense_of(words[clause[0] : first], part)):
            return asking  # "had asked ScotLink on Tuesday to put back the closure": the day
            # of the asking
        return "would"  # "asked them to appear at a hearing Monday": after the asking
    if verb is not None and _a_plan_to(words, verb):
        return "would"  # "the decision to close on Thursday and Friday was made yesterday"
    if verb is not None:
        low = high = verb
        while (
            low > clause[0]
            and words[low][1] not in PRESENT_OR_MODAL  # one finite verb to a group: "meters
            and (words[low - 1][1] in ("MD", "RB", "TO") or words[low - 1][1].startswith("VB"))
        ):  # downtown are free Monday" is "are", whatever the tagger made of "downtown" (a
            # past may be a participle the tagger misread: "will stay closed/VBD")
            low -= 1
        while (
            high + 1 < clause[1]
            and (
                words[high + 1][1] in ("RB", "RBR", "TO", "``")
                or words[high + 1][0].text in _OPENING_QUOTES  # "was 'more likely than not'"
                or words[high + 1][1].startswith("VB")
                or (  # "was possible Monday night": a forecast (not "reported possible
                    words[high + 1][0].text.casefold() in _FORECAST_WORDS  # sightings")
                    and any(w.text.casefold() in _BE_WORDS for w, _ in words[low : high + 1])
                )
            )
        ):
            high += 1
        if _could_not(words, low, clause[0]):
            return "past"
        if headline and words[low][1] == "TO" and not _finite_before(words, clause[0], low):
            return "future"  # "Evacuees to start heading home Thursday as order lifted" (not
            # "Hospital waited five months to tell patients of March data breach")
        found = tense_of(words[low : high + 1], part)
        if found in ("past", None) and _would_have_a_thing(words, low, high):
            return "would"  # "said they would have extra patrols from 10pm on Thursday":
            # "have" owns the patrols, no perfect
        if found == "would" and _a_hedge_done(words, low, high):
            return "past"  # "who proposed the spending plan in April": what was done
        if found is None and verbs_left and verbs_left[0] < low:  # "I'll get it done Tuesday":
            start = _first_verb(words, verbs_left, low)  # a participle says nothing, the
            if start > clause[0] and words[start - 1][1] == "TO":  # clause's first verb does,
                start -= 1  # with its "to" ("council to decide on reopening at 2pm" in a
                # dek: headline style)
            found = tense_of(words[start : high + 1], part)
            if found == "past" and words[low][1] == "TO" and _present_perfect(words, start, low):
                return "would"  # "has hired 20 buses to run shuttles from 4 p.m. Tuesday":
                # what they are for lies ahead
            if found == "past" and words[low][1] == "TO" and _striving(words, start, low):
                return "would"  # "was trying to hire coaches to run shuttles from 4.30am on
                # Saturday": what is strived for lies ahead
            if found == "past" and _a_gerund_after_an_infinitive(words, start, low):
                return "would"  # "ordered the company to file a plan for cutting wildfire
                # risk by year-end": the plan is to file, after the ordering
        if found is None and _in_a_list_of_verbs(words, low):
            found = _a_modals_list(words, low, part)  # "would start clearing the oval
            # tomorrow, run a rehearsal on Wednesday and set out chairs on Thursday"
        if found is not None:
            return found
    return tense_of(own, part)


def _in_a_list_of_verbs(words: Words, verb: int) -> bool:
    """Is the verb at ``verb`` a bare form (or one the tagger took for a participle: "set")
    joined by "and", "or" or a comma to the verbs before it?"""
    return (
        verb > 0
        and words[verb][1] in ("VB", "VBN")
        and words[verb - 1][0].text.casefold() in ("and", "or", ",")
    )


_DOER_TAGS = frozenset(["WP", "WDT", "PRP", "NN", "NNS", "NNP", "NNPS"])


def _an_aside_before(words: Words, low: int, first: int) -> tuple[int, int] | None:
    """The relative clause set off by commas between a clause's start (``low``) and its date
    (word ``first``), as the indexes of its "which" and its closing comma, if the date's phrase
    follows it: "will set out plans for its project, which it bought in 2023, at an investor
    day on Thursday" (the investor day is the plan's, not the buying's)."""
    for w in range(first - 1, low, -1):
        if words[w][1] in ("WDT", "WP") and words[w - 1][0].text == ",":
            close = next((c for c in range(w + 1, first) if words[c][0].text == ","), None)
            if close is None or any(_is_verb(words, i) for i in range(close + 1, first)):
                return None
            if close + 1 < first and words[close + 1][1] != "IN":
                return None  # (not a list's comma: "who stepped down as chairman, president
                # and chief executive in March")
            return (w, close)
    return None


def _present_perfect(words: Words, low: int, high: int) -> bool:
    """Do the words from ``low`` to ``high`` open with a present perfect ("has hired")?"""
    return (
        low + 1 < high
        and words[low][0].text.casefold() in ("has", "have", "'s", "\u2019s", "'ve", "\u2019ve")
        and words[low + 1][1] == "VBN"
    )


_PLAN_NOUNS = frozenset(
    "decision plan plans move vote proposal bid deal agreement offer order motion scheme "
    "intention call request push promise pledge vow commitment invitation".split()
)


def _a_plan_to(words: Words, verb: int) -> bool:
    """Is the verb what a plan is to do ("the decision to close on Thursday")?"""
    return (
        verb >= 2
        and words[verb][1] == "VB"
        and words[verb - 1][1] == "TO"
        and words[verb - 2][1].startswith("NN")
        and words[verb - 2][0].text.casefold() in _PLAN_NOUNS
    )


_STRIVING = frozenset(
    "trying working hoping planning seeking looking preparing scrambling racing rushing "
    "aiming arranging".split()
)


def _striving(words: Words, low: int, high: int) -> bool:
    """Is a past progressive of striving among the words from ``low`` to ``high`` ("was trying
    to hire coaches")?"""
    return any(
        words[i][1] == "VBG"
        and words[i][0].text.casefold() in _STRIVING
        and words[i - 1][0].text.casefold() in ("was", "were")
        for i in range(max(low, 1), high)
    )


def _a_hedge_done(words: Words, low: int, high: int) -> bool:
    """Is the verb group one hedge word the tagger reads as a past, right after its subject
    ("who proposed", "officials feared")? It tells what was done, not a plan ("the proposed
    March 1 start")."""
    return low == high > 0 and words[low][1] == "VBD" and words[low - 1][1] in _DOER_TAGS


def _reduced_relative(words: Words, verb: int, first: int) -> bool:
    """Is word ``verb`` a participle right after its noun and right before the date ("a heat
    warning issued Saturday", "the warning/VBG issued Saturday"): what was done to the noun
    then, a past whatever the sentence's verb (not a plan: "a vote scheduled Monday")?"""
    if words[verb][1] != "VBN" or verb == 0 or first - verb > 2:
        return False
    if any(words[k][0].text.casefold() not in _DAY_LEADS for k in range(verb + 1, first)):
        return False
    if words[verb][0].text.casefold() in PLANNED_WORDS | _PLAN_PARTICIPLES:
        return False
    if any(w.text.casefold() == "with" for w, _ in words[max(0, verb - 5) : verb]):
        return False  # "with Tuesday routes collected Wednesday": a state beside the clause
    tag = words[verb - 1][1]
    if tag == "VBG":  # "a heat warning/VBG issued": a noun in -ing after its modifier
        return verb >= 2 and words[verb - 2][1] in ("NN", "DT", "JJ")
    if tag == "JJ" and not words[verb - 1][0].text.casefold().endswith(("ed", "ly")):
        return True  # "a boil-water advisory/JJ issued Tuesday afternoon": the noun, misread
    return tag in ("NN", "NNS", "NNP", "NNPS")


_DAY_LEADS = frozenset(["on", "late", "early"])


def _a_condition_on(words: Words, verb: int, date: tuple[int, int], verbs_right: list[int]) -> bool:
    """Is word ``verb`` a participle after its noun that limits it by the time at words
    ``date`` (first and last), with the clause's modal verb right after the time ("vehicles
    left on it after midnight on Saturday would be towed", "forms received after Friday will
    not be read")? Then the time is the rule's, read with the modal."""
    first, last = date
    noun = verb - 2 if verb > 1 and words[verb - 1][0].text.casefold() == "that" else verb - 1
    if words[verb][1] not in ("VBN", "VBD") or words[noun][1] not in ("NN", "NNS"):
        return False  # (the tagger reads "vehicles left/VBD" as a past as often as not; "any
        # fire that started on Thursday would be very hard to control" is a condition too)
    if not verbs_right or verbs_right[0] != last + 1 or words[last + 1][1] != "MD":
        return False
    leads = {words[k][0].text.casefold() for k in (first - 1, first)}
    anyone = noun > 0 and words[noun - 1][0].text.casefold() in ("any", "every", "each")
    return "after" in leads or (noun == verb - 2 and anyone and "on" in leads)  # (not "bought
    # before 1 March", "postponed from Saturday", "the pipe that failed on Tuesday will be
    # replaced"; but "any fire that started on Thursday would")


_PLAN_PARTICIPLES = frozenset(
    "set slated due called booked timed pencilled penciled pushed moved".split()
)
_FORECAST_WORDS = frozenset(["possible", "likely"])
_BE_WORDS = frozenset(FORMS_OF_BE) | {"be", "been", "being"}
_OPENING_QUOTES = frozenset(["\u2018", "\u201c", "'", '"'])
_KEEP_VERBS = frozenset(["keep", "leave", "hold"])  # "keep the school closed": its state
_OBJECT_TAGS = frozenset(["DT", "NN", "NNS", "NNP", "NNPS", "PRP", "PRP$", "JJ", "CD"])


def _after_an_aside(words: Words, clause: tuple[int, int], first: int, part: str) -> str | None:
    """The tense of the verb right after an aside in -ing that holds the date ("said its dawn
    ceremony, starting at 6am on Friday, would go ahead": "would go"), if the clause is such an
    aside: the time is its subject's, told by the verb the aside interrupts."""
    low, high = clause
    opener = next(
        (
            i
            for i in range(low + 1, first + 1)
            if words[i][1] == "VBG" and words[i - 1][0].text == ","
        ),
        None,
    )
    if opener is None or any(_is_verb(words, i) for i in range(opener + 1, first)):
        return None
    if high + 1 >= len(words) or words[high][0].text != ",":
        return None
    if words[high + 1][1] not in FINITE_TAGS:
        return None
    end = high + 1
    while end + 1 < len(words) and (_is_verb(words, end + 1) or words[end + 1][1] in ("RB", "TO")):
        end += 1
    return tense_of(words[high + 1 : end + 1], part)


def _is_verb(words: Words, i: int) -> bool:
    return words[i][1].startswith(("VB", "MD"))


def _before_a_participles_span(
    words: Words, verb: int, first: int, verbs_left: list[int]
) -> int | None:
    """The present or modal verb before a participle that follows its noun and opens a span
    with "from" or "starting" ("The surcharge applies to tickets issued from Wednesday"): the
    time the span starts from is read with that verb, not with the participle (but "loans
    issued Thursday" tells a past)."""
    if words[verb][1] not in ("VBN", "VBD") or verb == 0 or words[verb - 1][1] not in ("NN", "NNS"):
        return None
    if not any(
        words[k][0].text.casefold() in ("from", "starting") for k in range(verb + 1, first + 1)
    ):
        return None
    earlier = [i for i in verbs_left if i < verb - 1]
    return earlier[-1] if earlier and words[earlier[-1]][1] in PRESENT_OR_MODAL else None


def _object_complement(words: Words, verb: int, start: int) -> int:
    """A past form after a base verb and its object is a participle of that object ("will
    keep the school closed until January", "leave the road shut"): the verb to read is the
    one before the object (but "suspend the injunction issued Thursday" tells a past)."""
    k = verb - 1
    while k > start and words[k][1] in _OBJECT_TAGS:
        k -= 1
    if k < verb - 1 and words[k][1] == "VB" and words[k][0].text.casefold() in _KEEP_VERBS:
        return k
    return verb


def _a_modals_list(words: Words, start: int, part: str) -> str | None:
    """The tense of a modal whose list of bare verbs goes on into the clause at ``start``
    ("would start clearing the oval, run a rehearsal on Wednesday and set out chairs"), or
    None if the last finite verb before it is no modal."""
    finite = [i for i in range(start) if words[i][1] in FINITE_TAGS]
    if finite and words[finite[-1]][1] == "MD":
        return tense_of(words[finite[-1] : finite[-1] + 1], part)
    return None


def _first_verb(words: Words, verbs: list[int], low: int) -> int:
    """The first verb of the clause that holds the verb group at ``low``: past a speech verb
    that reports it ("said that repairs will keep the school closed until January": "will",
    not "said")."""
    first = verbs[0]
    for i, verb in enumerate(verbs):
        if verb < low and _reports_a_clause(words, verb, low) and i + 1 < len(verbs):
            first = verbs[i + 1]
    return first


def _a_gerund_after_an_infinitive(words: Words, start: int, low: int) -> bool:
    """Is word ``low`` a gerund after a preposition ("for cutting"), in the object of an
    infinitive that something asks or orders, after the clause's first verb at ``start``
    ("ordered the company to file a plan for cutting"; not "failed to consult the skippers
    before redrawing")?"""
    if words[low][1] != "VBG" or words[low - 1][1] != "IN":
        return False
    return any(_asked_to(words, k, start) for k in range(start + 2, low - 1))


def _finite_before(words: Words, low: int, high: int) -> bool:
    """Is there a finite verb ("waited", "will") among words ``low`` to ``high``?"""
    return any(tag in FINITE_TAGS for _, tag in words[low:high])


_SUBJECT_TAGS = frozenset(["DT", "NN", "NNS", "NNP", "NNPS", "PRP$", "JJ", "CD"])  # not "told them"


def _reports_a_clause(words: Words, verb: int, first: int) -> bool:
    """Is the verb a speech verb whose reported clause holds the expression, its subject
    coming between ("said the minimum on Saturday night might not fall"), not an expression
    right after the verb ("said on Wednesday it would publish": the day of the saying)?"""
    if words[verb][0].text.casefold() not in SAYING:
        return False
    between = words[verb + 1 : first]
    return any(tag in _SUBJECT_TAGS for _, tag in between) and not any(
        t.text.casefold() == "that" and tag == "IN" for t, tag in between[-1:]
    )


def _the_reports_subject(words: Words, verb: int, date: tuple[int, int]) -> bool:
    """Is the date at words ``date`` (first and last) the subject of the clause a speech verb
    reports, its own verb right after it ("said Friday is already a PA day", "said Monday
    would be the last day"), not the day of the saying ("said Friday it would appeal")?"""
    first, last = date
    if words[verb][0].text.casefold() not in SAYING or words[first][1] == "IN":
        return False
    if verb and words[verb - 1][0].text.casefold() in AUXILIARIES:
        return False  # "before the recall was announced Dec. 4 can seek": a passive's day
    if any(t.text.casefold() != "that" for t, _ in words[verb + 1 : first]):
        return False
    return last + 1 < len(words) and words[last + 1][1] in FINITE_TAGS


_NEGATIONS = frozenset(["neither", "nor", "nobody", "none"])


def _could_not(words: Words, low: int, first: int) -> bool:
    """ "could not be reached Monday", "neither ... could be located": an attempt that failed,
    so a past event, not a possibility ahead."""
    if words[low][0].text.casefold() != "could":
        return False
    after = [t.text.casefold() for t, _ in words[low + 1 : low + 3]]
    if "wait" in [t.text.casefold() for t, _ in words[low + 1 : low + 4]]:
        return False  # "We could not wait until October": a date still ahead, turned down
    before = {t.text.casefold() for t, _ in words[first:low]}
    return "not" in after or "n't" in after or bool(before & _NEGATIONS)


_DIRECTIVES = vocab.word_set("timeline_directive_verbs")
_DIRECTIVE_PASTS = frozenset(d for d in _DIRECTIVES if d.endswith("ed") or d == "told")
_NOUNS_AND_CD = frozenset(["NN", "NNS", "NNP", "NNPS", "CD"])


def _asked_to(words: Words, verb: int, first: int) -> bool:
    """Is word ``verb`` an infinitive after a verb that asks or orders ("asked the executives
    to appear")? Up to four words may stand between ("told the two union leaders to")."""
    if words[verb][1] != "VB" or verb == 0 or words[verb - 1][1] != "TO":
        return False
    told = verb >= 3 and words[verb - 2][0].text.casefold() in _DIRECTIVE_PASTS
    if told and (words[verb - 3][1] in _NOUNS_AND_CD or words[verb - 3][0].text == ","):
        return False  # "About 1,200 people told to leave Saturday", "residents, ordered to
        # leave on Saturday,": they were told, a past
    before = " ".join(t.text.casefold() for t, _ in words[max(first, verb - 7) : verb - 1])
    return any(
        re.search(rf"(?<!\bwas )(?<!\bwere )\b{re.escape(d)}\b(?:\s+\S+){{0,4}}$", before)
        for d in _DIRECTIVES
    )  # but "were ordered to leave their homes on Saturday night" tells what was done then


def _adjective(words: Words, i: int) -> bool:
    """A participle after "a", "the" or "its" describes a noun: "filed a proposed lawsuit"; so
    does one the tagger read as a past between a number and its noun ("the four closed parks")."""
    if i == 0:
        return False
    if words[i][1] == "VBN" and words[i - 1][1] in ("DT", "PRP$"):
        return True
    noun_after = i + 1 < len(words) and words[i + 1][1] in ("NN", "NNS")
    return words[i][1] == "VBD" and words[i - 1][1] == "CD" and noun_after
