"""Build ``lessons/vocab/reporting_verbs_verbnet.txt``: the verbs that can introduce a quote.

Where the list comes from: VerbNet (Kipper-Schuler 2006), the verb lexicon NLTK ships as its
``verbnet`` data package, groups English verbs into classes by meaning and syntax. Its
communication classes (numbers 37.x: "say", "tell", "manner of speaking", "complain", "advise",
"confess", ...) and the class of urging ("implore") hold the verbs a reporter uses to say who
spoke. To those the script adds the kit's own lists (``speech_verbs.txt``, ``quote_cue_verbs.txt``)
and writes every form of each verb (say, says, said, saying) to the data file, one a line.

Some members of those classes are rarely about speech in news copy ("call" a meeting, "show" a
film, "sign" a bill, "wire" money, the "boom" of the economy): :data:`NOT_IN_NEWS` leaves them out.
The attribution step still asks for the verb to stand next to the quote or next to a name.

The kit reads only the data file; VerbNet is needed only to rebuild it::

    NLTK_DATA=... python -m lessons.vocab.build_reporting_verbs

>>> inflections("say")
('say', 'says', 'said', 'saying')
>>> inflections("reply")
('reply', 'replies', 'replied', 'replying')
>>> inflections("admit")
('admit', 'admits', 'admitted', 'admitting')
>>> inflections("brag")
('brag', 'brags', 'bragged', 'bragging')
"""

from __future__ import annotations

import re
from pathlib import Path

# The classes read, by their VerbNet class id (VerbNet 2.1 as shipped in NLTK's data package).
CLASSES = (
    "say-37.7",
    "tell-37.2",
    "manner_speaking-37.3",
    "complain-37.8",
    "advise-37.9",
    "confess-37.10",
    "inquire-37.1.2",
    "lecture-37.11",
    "transfer_mesg-37.1.1",
    "talk-37.5",
    "chit_chat-37.6",
    "urge-58",
)

# Members that in news copy mostly mean something else than speaking (judged by the kit's
# editors); they never introduce a quote here.
NOT_IN_NEWS = frozenset(
    """
    babble bark bawl bleat boom bray burble cackle call carol chant chatter chirp cluck coo
    croak croon crow cry drawl drone gabble gibber grunt hiss hoot howl jabber lilt lisp prattle
    purr quaver rage rasp roar rumble screech sing snap snarl snuffle splutter squall squawk
    squeak squeal stemmer thunder tisk trill trumpet twitter vociferate wail warble wheeze whimper
    whine whistle whoop yammer yap yelp yodel blare gurgle hum
    purpose propose utter voice convey relate intimate promulgate
    crab gripe grouch grouse kvetch object
    alert brief encourage entice inform notify counsel instruct
    consult pry
    dwell theorize moralize preach lecture speak talk elaborate
    demonstrate elucidate explicate expound justify narrate pose read show teach sniff dictate
    relay cite recite quote
    chat chitchat confer converse gab gossip rap schmooze yak
    persuade
    """.split()
)

# Irregular forms: base -> (third person, past, participle with -ing).
IRREGULAR = {
    "say": ("says", "said", "saying"),
    "tell": ("tells", "told", "telling"),
    "write": ("writes", "wrote", "writing"),
    "speak": ("speaks", "spoke", "speaking"),
    "teach": ("teaches", "taught", "teaching"),
    "read": ("reads", "read", "reading"),
    "sing": ("sings", "sang", "singing"),
    "swear": ("swears", "swore", "swearing"),
    "tweet": ("tweets", "tweeted", "tweeting"),
}
# Final consonants doubled before -ed and -ing (a stressed last syllable): admit -> admitted;
# one-syllable verbs ending in vowel + consonant are found by their spelling (brag -> bragged).
_DOUBLED = frozenset("admit commit regret refer prefer confer rebut abet".split())


def inflections(verb: str) -> tuple[str, ...]:
    """The base form, -s form, past and -ing form of a verb, by the regular spelling rules of
    English (with a small table of irregular verbs)."""
    if verb in IRREGULAR:
        return (verb, *IRREGULAR[verb])
    if re.search(r"(?:s|sh|ch|x|z|o)$", verb):
        third = verb + "es"
    elif re.search(r"[^aeiou]y$", verb):
        third = verb[:-1] + "ies"
    else:
        third = verb + "s"
    if verb in _DOUBLED or re.fullmatch(r"[^aeiou]*[aeiou][^aeiouwxy]", verb):
        stem = verb + verb[-1]
        return (verb, third, stem + "ed", stem + "ing")
    if verb.endswith("e"):
        past, ing = verb + "d", verb[:-1] + "ing"
    elif re.search(r"[^aeiou]y$", verb):
        past, ing = verb[:-1] + "ied", verb + "ing"
    else:
        past, ing = verb + "ed", verb + "ing"
    return (verb, third, past, ing)


def _members(vnclass) -> list[str]:  # type: ignore[no-untyped-def]
    names = [m.get("name") for m in vnclass.findall("MEMBERS/MEMBER")]
    for sub in vnclass.findall("SUBCLASSES/VNSUBCLASS"):
        names += _members(sub)
    return names


def verbnet_verbs() -> list[str]:
    """The base forms of the chosen classes' members, in class order, less :data:`NOT_IN_NEWS`."""
    from nltk.corpus import verbnet

    verbs: list[str] = []
    for classid in CLASSES:
        for verb in _members(verbnet.vnclass(classid)):
            if verb not in NOT_IN_NEWS and "-" not in verb and verb not in verbs:
                verbs.append(verb)
    return verbs


def build(folder: Path) -> list[str]:
    """Every form of the VerbNet verbs, then the kit's own cue verbs not already there."""
    entries: list[str] = []
    for verb in verbnet_verbs():
        entries += [form for form in inflections(verb) if form not in entries]
    for name in ("speech_verbs", "quote_cue_verbs"):
        for line in (folder / f"{name}.txt").read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#") and line not in entries:
                entries.append(line)
    return entries


HEADER = (
    '# Verbs that introduce a quote ("she said", "he implored"), every form. Generated: do not '
    "edit, run python -m lessons.vocab.build_reporting_verbs.\n"
    "# source: VerbNet 2.1 (NLTK's verbnet data package), classes "
    + ", ".join(CLASSES)
    + ", less verbs rarely about speech in news (see the script); plus speech_verbs.txt and "
    "quote_cue_verbs.txt\n"
)


def main() -> None:
    folder = Path(__file__).resolve().parent
    entries = build(folder)
    (folder / "reporting_verbs_verbnet.txt").write_text(
        HEADER + "\n".join(entries) + "\n", encoding="utf-8"
    )
    print(f"{len(entries)} verb forms written to {folder / 'reporting_verbs_verbnet.txt'}")


if __name__ == "__main__":
    main()
