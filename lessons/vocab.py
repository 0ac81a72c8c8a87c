"""Word lists a reporter knows by heart: titles, organisation words, speech verbs.

Shared by the quotes, entities and timeline lessons, so that "Defense Secretary" is a title
everywhere in the kit. Lists are lower-case; compare with ``word.casefold()``.
"""

from __future__ import annotations

# Words that come before a name and are not part of it: "Defense Secretary Lloyd Austin".
TITLES: frozenset[str] = frozenset(
    """
    president vice prime minister secretary chancellor premier governor senator sen. rep.
    representative congressman congresswoman mayor deputy councillor councilor council member
    councilmember alderman chief chair chairman chairwoman chairperson director spokesman
    spokeswoman spokesperson commissioner judge justice attorney general sheriff officer
    detective sergeant sgt. lieutenant lt. captain capt. colonel col. major maj. general gen.
    admiral adm. commander cmdr. ambassador envoy king queen prince princess pope bishop
    archbishop rev. reverend father dr. doctor professor prof. mr. mrs. ms. miss sir dame lord
    lady ceo cfo coo chief executive founder president-elect superintendent principal inspector
    constable trooper coach manager editor minister-president speaker leader head
    """.split()
)

# Words that mark the name of an organisation: "Riverton Water Authority".
ORGANIZATION_CUES: frozenset[str] = frozenset(
    """
    department ministry embassy authority council administration agency office bureau
    commission committee board court parliament senate congress assembly party union
    university college school hospital institute foundation association society federation
    corporation corp. corp inc. inc ltd. ltd llc plc co. company group bank fund trust
    service services police army navy force forces guard command news times post herald
    journal tribune gazette press network club league church
    """.split()
)

# Verbs that introduce speech: "she said", "according to", "told reporters".
SPEECH_VERBS: frozenset[str] = frozenset(
    """
    said says say told tells tell added adds asked asks wrote writes write stated states
    announced announces explained explains noted notes warned warns insisted insists argued
    argues claimed claims replied replies continued continues recalled recalls declared
    declares confirmed confirms acknowledged acknowledges admitted admits reads read
    """.split()
)
