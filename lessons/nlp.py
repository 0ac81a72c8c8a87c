"""NLTK models and word lists, loaded once per process and shared by every lesson.

NLTK 3.10 reloads its named-entity chunker (7 MB) on every ``nltk.ne_chunk`` call; here each
model is loaded the first time it is needed and then reused.

>>> tag_words(["The", "mayor", "spoke", "."])
[('The', 'DT'), ('mayor', 'NN'), ('spoke', 'VBD'), ('.', '.')]
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from functools import cache, partial

from lessons.data import require


@cache
def pos_tagger():  # noqa: ANN201 - nltk.tag.PerceptronTagger
    """NLTK's averaged perceptron part-of-speech tagger (Penn Treebank tags).

    Its model picks each word's best tag through :func:`_best_tag`: NLTK's own sums and
    tie-break, about a fifth faster than NLTK's ``predict`` (tests/test_article.py checks the
    tags are NLTK's on every stored sentence).
    """
    from nltk.tag import PerceptronTagger

    require("averaged_perceptron_tagger_eng")
    tagger = PerceptronTagger()
    model = tagger.model
    model.predict = partial(_best_tag, model.weights, tuple(model.classes), model.predict)
    return tagger


def _best_tag(
    weights: dict[str, dict[str, float]],
    tags: tuple[str, ...],
    nltk_predict: Callable[..., tuple[str, float | None]],
    features: dict[str, int],
    return_conf: bool = False,
) -> tuple[str, float | None]:
    """The tag with the highest score, ties going to the later tag name, as NLTK's
    ``AveragedPerceptron.predict`` decides it, without calling a function per tag."""
    if return_conf:
        return nltk_predict(features, return_conf)
    scores: defaultdict[str, float] = defaultdict(float)
    for feature, value in features.items():
        feature_weights = weights.get(feature)
        if feature_weights is None or value == 0:
            continue
        for tag, weight in feature_weights.items():
            scores[tag] += value * weight
    return max(zip(map(scores.__getitem__, tags), tags, strict=True))[1], None


@cache
def entity_chunker():  # noqa: ANN201 - nltk.chunk.named_entity.Maxent_NE_Chunker
    """NLTK's binary named-entity chunker: it marks names (NE) without saying what kind."""
    from nltk.chunk import ne_chunker

    require("maxent_ne_chunker_tab")
    require("words")
    return ne_chunker(fmt="binary")


def tag_words(words: list[str]) -> list[tuple[str, str]]:
    """Part-of-speech tags for a list of words."""
    return pos_tagger().tag(words)


def _word_list(corpus: str, fileid: str) -> frozenset[str]:
    from nltk.corpus import gazetteers, names

    require(corpus)
    reader = {"names": names, "gazetteers": gazetteers}[corpus]
    return frozenset(line.strip() for line in reader.words(fileid) if line.strip())


@cache
def first_names() -> frozenset[str]:
    """First names from NLTK's names corpus (about 7,500, male and female)."""
    return _word_list("names", "male.txt") | _word_list("names", "female.txt")


@cache
def female_first_names() -> frozenset[str]:
    return _word_list("names", "female.txt") - _word_list("names", "male.txt")


@cache
def male_first_names() -> frozenset[str]:
    return _word_list("names", "male.txt") - _word_list("names", "female.txt")


@cache
def gazetteer(fileid: str) -> frozenset[str]:
    """One of NLTK's gazetteer lists: countries.txt, usstates.txt, uscities.txt ..."""
    return _word_list("gazetteers", fileid)


@cache
def stopwords() -> frozenset[str]:
    """NLTK's English stopwords ("the", "and", "of" ...), left out of word counts."""
    from nltk.corpus import stopwords as corpus

    require("stopwords")
    return frozenset(corpus.words("english"))


@cache
def english_words() -> frozenset[str]:
    """The words corpus (about 236,000 English words, proper names capitalised)."""
    from nltk.corpus import words

    require("words")
    return frozenset(words.words())


@cache
def common_words() -> frozenset[str]:
    """Lower-case dictionary words ("new", "major", "china"): a capital alone does not make them
    names. Used to tell "New precautions" (a sentence starter) from "Biden" (a name)."""
    return frozenset(word for word in english_words() if word.islower())
