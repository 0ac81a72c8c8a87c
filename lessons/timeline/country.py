"""Which country a story is from, for the holidays whose date differs by country.

Thanksgiving is the fourth Thursday of November in the United States and the second Monday of
October in Canada; Labour Day is September's first Monday in Canada and October's fourth in New
Zealand. The kit counts the words that name each country, its provinces or states and its
largest cities (``lessons/vocab/timeline_country_cues.txt``) and takes a country only when the
story names it clearly: twice when it names no other country, else at least three times and
more often than any other; a city opening the story's dateline ("HALIFAX -") counts twice. A
word written with a macron (Māori spelling: "Kererū", "kaumātua", "Ōwhiti") counts for New
Zealand, where towns and people with Māori names fill a story that never says which country it
is in.

>>> story_country("WINNIPEG - Borealis Air, the Winnipeg carrier, cancelled flights across "
...               "Canada as the Thanksgiving long weekend approached.")
'CA'
>>> story_country("HALIFAX - MLAs return to Province House on Tuesday.")
'CA'
>>> story_country("RED TAMARACK MOUNTAIN, B.C. - The resort opens late.")
'CA'
>>> story_country("The council met on Tuesday.") is None
True
>>> story_country("Got a news tip? Email newsroom@sablelakesentinel.ca")
'CA'

An Australian story is from the state it names most ("AU-VIC"), the first named among equals:
Labour Day is in March in Victoria.

>>> story_country("The Kilbarra Show, in Victoria's Western District, is Australia's oldest.")
'AU-VIC'

"""

from __future__ import annotations

import re
from collections import Counter

from lessons import vocab
from lessons.timeline.words import letter_tree

_CUES: dict[str, str] = {
    name.strip(): code.strip()
    for name, _, code in (
        line.partition(" = ") for line in vocab.word_list("timeline_country_cues")
    )
}
_CUE = re.compile(  # (the names as a tree of their letters: see words.letter_tree)
    r"(?<![\w.])(?:" + letter_tree(name.casefold() for name in _CUES) + r")(?![\w])", re.IGNORECASE
)
_CASEFOLDED = {name.casefold(): code for name, code in _CUES.items()}
_DATELINE = re.compile(  # "HALIFAX -", "HALIFAX, Nova Scotia (Reuters) -"
    r"(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?\s*(?:\([^)\n]{1,40}\)\s*)?[-\u2013\u2014]\s"
)
_DATELINE_TOWN = re.compile(r"[A-Z][A-Z.'\u2019 -]*,\s+")  # "RED TAMARACK MOUNTAIN, "
_TE_NAME = re.compile(r"\bTe\s+[A-Z][a-z]")  # Māori names: "Te Awaroa", "Te Whatu Ora"
# the country domains of a paper's e-mail and web addresses
_DOMAINS = {"ca": "CA", "co.uk": "GB", "org.uk": "GB", "ie": "IE", "com.au": "AU", "co.nz": "NZ"}
_WEB_ADDRESS = re.compile(
    r"(?:@|\bwww\.|https?://)[\w.-]*?\.(?P<domain>ca|co\.uk|org\.uk|ie|com\.au|co\.nz)(?![\w.]\w)",
    re.IGNORECASE,
)
_MACRON_WORD = re.compile(r"\b\w*[\u0101\u0113\u012b\u014d\u016b\u0100\u0112\u012a\u014c\u016a]\w*")


def nation_of(code: str | None) -> str:
    """The country of a story's code, without its state or region ("" for none).

    >>> nation_of("AU-VIC"), nation_of("CA"), nation_of(None)
    ('AU', 'CA', '')
    """
    return (code or "").partition("-")[0]


def country_named(word: str) -> str | None:
    """The ISO code of the country a word names ("U.S.", "American", "US", "Canadian"), if any.

    >>> country_named("US"), country_named("u.s."), country_named("Canadian")
    ('US', 'US', 'CA')
    """
    dotted = ".".join(word) + "." if word.isalpha() and len(word) <= 3 else word  # "US": "U.S."
    code = _CASEFOLDED.get(word.casefold()) or _CASEFOLDED.get(dotted.casefold())
    return None if code is None or code.endswith("?") else code


def _opens_a_dateline(text: str, cue: re.Match[str]) -> bool:
    """Does the place open a line as a dateline does ("HALIFAX - MLAs return ...", "RED
    TAMARACK MOUNTAIN, B.C. - For the second year ...")?"""
    line_start = text.rfind("\n", 0, cue.start()) + 1
    town = text[line_start : cue.start()]
    return (not town or _DATELINE_TOWN.fullmatch(town) is not None) and (
        _DATELINE.match(text, cue.end()) is not None
    )


def story_country(text: str) -> str | None:
    """The ISO code of the country the story names most, if it names it clearly enough, with
    its state ("AU-VIC") when the story names one."""
    counts: Counter[str] = Counter()
    regions: Counter[str] = Counter()  # "AU-VIC": the states a story names
    doubtful: Counter[str] = Counter()  # "Victoria": Australian only beside another such word
    text = text.replace("\u2019", "'")  # "St Stephen\u2019s Day" is "St Stephen's Day"
    for cue in _CUE.finditer(text):
        if cue.group(0).endswith(".") and cue.group(0) not in _CUES:
            continue  # an abbreviation keeps its capitals: "Man." is Manitoba, "a man." is not
        code = _CASEFOLDED[cue.group(0).casefold()]
        weight = 2 if _opens_a_dateline(text, cue) else 1
        country = nation_of(code.rstrip("?"))
        if code.endswith("?"):
            doubtful[country] += weight
        else:
            counts[country] += weight
        if "-" in code:
            regions[code.rstrip("?")] += weight
    for country, weight in doubtful.items():
        if counts[country]:
            counts[country] += weight
    counts["NZ"] += 2 * len(_MACRON_WORD.findall(text)) + len(_TE_NAME.findall(text))  # (a
    # macron is New Zealand's own: it outweighs "Anzac", which Australia shares)
    for address in _WEB_ADDRESS.finditer(text):  # "newsroom@sablelakesentinel.ca": a paper's
        counts[_DOMAINS[address.group("domain").casefold()]] += 2  # own country, named twice
    ranked = [(code, n) for code, n in counts.most_common(2) if n]
    if not ranked and _canadian_style(text):
        return "CA"  # names no country, but writes "Labour Day, Sept. 7, at 10 a.m."
    if not ranked or (len(ranked) > 1 and ranked[0][1] < 3):
        return None  # "Thanksgiving Monday" alone is enough; beside "London" once, three
        # words are needed
    if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    country = ranked[0][0]
    states = [(code, n) for code, n in regions.most_common() if code.startswith(f"{country}-")]
    if states and 2 * states[0][1] >= counts[country]:  # "AU-VIC": the state named most (the
        return states[0][0]  # first among equals), if at least half the country's words name it
    return country


# Canadian house style: British spelling ("Labour", "neighbour", "centre") with American
# dates and clocks ("Sept. 7", "10 a.m."), which British, Irish and Antipodean papers write
# "7 September" and "10am", and American papers never spell with "our"
_BRITISH_SPELLING = re.compile(
    r"\b(?:[Ll]abour|[Nn]eighbour(?:s|hood)?|[Hh]onour(?:s|ed)?|[Ff]avour(?:s|ite)?|"
    r"[Cc]olour(?:s|ed)?|[Hh]arbour(?:front|side)?|[Cc]entre|[Tt]heatre|[Dd]efence|"
    r"(?:[Cc]enti|[Mm]illi|[Kk]ilo)?[Mm]etres?)\b"  # "a 20-metre section", "38 centimetres"
)
_AMERICAN_DATE = re.compile(
    r"\b(?:Jan|Feb|Aug|Sept|Oct|Nov|Dec)\.\s+\d{1,2}\b|\b\d{1,2}(?::\d\d)?\s+[ap]\.m\."
)


def _canadian_style(text: str) -> bool:
    """Does a story that names no country write as Canadian papers do: at least two British
    spellings and two dates or clock times in American style?

    >>> _canadian_style("Labour Day, Sept. 7: the parade leaves the union hall at 10 a.m. "
    ...                 "for Harbourfront Park.")
    True
    >>> _canadian_style("Labor Day, Sept. 7: the parade leaves at 10 a.m.")
    False
    """
    return len(_BRITISH_SPELLING.findall(text)) >= 2 and len(_AMERICAN_DATE.findall(text)) >= 2


# "GB = football, rugby, ...": where a sport's season crosses the new year
# (vocab/timeline_two_year_seasons.txt)
_SEASON_LINES = (line.partition(" = ") for line in vocab.word_list("timeline_two_year_seasons"))
_TWO_YEAR_SEASONS: tuple[tuple[frozenset[str], re.Pattern[str]], ...] = tuple(
    (frozenset(codes.split()), re.compile(rf"(?i)\b(?:{'|'.join(words.split(', '))})\b"))
    for codes, _, words in _SEASON_LINES
)


def season_spans_two_years(text: str, country: str | None) -> bool:
    """Does the story's sport have a season that crosses the new year, so that "last season" is
    a named period rather than a year? English football does; a baseball season does not.

    >>> season_spans_two_years("Rovers were promoted last season, the league said.", "GB-WLS")
    True
    >>> season_spans_two_years("The Tigers won the pennant last season.", "US")
    False
    """
    nation = nation_of(country) if country else ("GB" if "\u00a3" in text else "")  # prices
    # in pounds: a British story that names no place the kit knows
    return any(nation in codes and words.search(text) for codes, words in _TWO_YEAR_SEASONS)
