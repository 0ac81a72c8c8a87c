"""Build ``lessons/vocab/verbs_base_forms.txt``: verbs whose base form is never a past tense.

NLTK's tagger sometimes reads a present tense as a past ("The two leaders meet/VBD Monday") or,
with no other verb near, as a plural noun ("Main Street closes/NNS at 8 a.m. Monday"). A date's
direction hangs on that tense, so the timeline lesson corrects the tag when the word can only be
a present: "meet" is never a past tense, "set" or "put" may be.

Where the list comes from: two data packages NLTK ships.

- VerbNet (Kipper-Schuler 2006), the verb lexicon: the base form of every member of its classes
  ("host", "meet", "travel").
- The Penn Treebank sample (100,000 words of Wall Street Journal copy, tagged by hand): the
  words its annotators tagged as a base form or a present (VB, VBP).

A word goes on the list unless the treebank sample tags it as a past tense or participle (VBD,
VBN) somewhere. Words that are their own past ("cut", "hit", "cost") or the past of another verb
("found", "saw", "lay") stay off, whether or not the sample shows them.

The kit reads only the data file; the data packages are needed only to rebuild it::

    NLTK_DATA=... python -m lessons.vocab.build_base_verbs
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

HEADER = (
    "# Verbs whose base form is never a past tense or participle ('meet', 'host'). Generated: "
    "do not edit, run python -m lessons.vocab.build_base_verbs.\n"
    "# source: VerbNet 2.1 lemmas and the Penn Treebank sample (NLTK's verbnet and treebank "
    "data packages), less words the treebank tags as a past, and the kit's list of pasts "
    "spelled like a base form (see the script)\n"
)

# Pasts spelled like a base form: their own ("On Thursday it cost me $38") or another verb's
# ("found", "saw"). The sample may just never show them in the past.
SAME_IN_THE_PAST = frozenset(
    "bet bid broadcast burst cast cost cut fit forecast hit hurt let put quit read rid set shed "
    "shut slit split spread thrust upset wed wet beat come become run overcome outrun outbid "
    "input offset reset recast sublet undercut spit knit sweat bust telecast overrun rerun "
    "found saw lay fell bore ground wound left lit fed led sped bled bound".split()
)


def base_verbs() -> list[str]:
    """VerbNet's lemmas and the sample's VB/VBP words, less any the sample tags VBD or VBN
    and less :data:`SAME_IN_THE_PAST`, alphabetical."""
    from nltk.corpus import treebank, verbnet

    tags: dict[str, set[str]] = defaultdict(set)
    for word, tag in treebank.tagged_words():
        tags[word.casefold()].add(tag)
    candidates = {word for word, seen in tags.items() if seen & {"VB", "VBP"}}
    candidates |= {lemma.casefold() for lemma in verbnet.lemmas()}
    return sorted(
        word
        for word in candidates
        if not tags[word] & {"VBD", "VBN"}
        and word.isalpha()
        and len(word) > 2
        and word not in SAME_IN_THE_PAST
    )


def main() -> None:
    path = Path(__file__).resolve().parent / "verbs_base_forms.txt"
    verbs = base_verbs()
    path.write_text(HEADER + "\n".join(verbs) + "\n", encoding="utf-8")
    print(f"{len(verbs)} verbs written to {path}")


if __name__ == "__main__":
    main()
