"""Build ``lessons/vocab/verbs_base_forms.txt``: verbs whose base form is never a past tense.

NLTK's tagger sometimes reads a present tense as a past ("The two leaders meet/VBD Monday") or,
with no other verb near, as a plural noun ("Main Street closes/NNS at 8 a.m. Monday"). A date's
direction hangs on that tense, so the timeline lesson corrects the tag when the word can only be
a present: "meet" is never a past tense, "set" or "put" may be.

Where the list comes from: the Penn Treebank sample NLTK ships (``treebank``, 100,000 words of
Wall Street Journal copy, tagged by hand). A word goes on the list when the annotators tagged it
as a base form or a present (VB, VBP) and never as a past tense or participle (VBD, VBN). Words
that are their own past ("cut", "hit", "cost") stay off, whether or not the sample shows them.

The kit reads only the data file; the treebank sample is needed only to rebuild it::

    NLTK_DATA=... python -m lessons.vocab.build_base_verbs
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

HEADER = (
    "# Verbs tagged as a base form or present tense in the Penn Treebank sample and never as a "
    "past tense or participle. Generated: do not edit, run "
    "python -m lessons.vocab.build_base_verbs.\n"
    "# source: Penn Treebank sample (NLTK's treebank data package), Wall Street Journal copy, "
    "hand-tagged\n"
)


# Verbs whose past tense or participle is spelled like the base form: the sample may just never
# show them in the past ("On Thursday it cost me $38").
SAME_IN_THE_PAST = frozenset(
    "bet bid broadcast burst cast cost cut fit forecast hit hurt let put quit read rid set shed "
    "shut slit split spread thrust upset wed wet beat come become run overcome outrun outbid "
    "input offset reset recast sublet undercut spit knit sweat bust broadcast telecast "
    "overrun rerun undercut outcome".split()
)


def base_verbs() -> list[str]:
    """The words tagged VB or VBP and never VBD or VBN (less :data:`SAME_IN_THE_PAST`)."""
    from nltk.corpus import treebank

    tags: dict[str, set[str]] = defaultdict(set)
    for word, tag in treebank.tagged_words():
        tags[word.casefold()].add(tag)
    return sorted(
        word
        for word, seen in tags.items()
        if seen & {"VB", "VBP"}
        and not seen & {"VBD", "VBN"}
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
