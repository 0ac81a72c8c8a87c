"""Step 2: the numbers an editor reads, and the error rows behind them.

Three numbers summarise each task. **Precision**: of what we found, how much is right?
**Recall**: of what is there, how much did we find? **F1**: one number balancing the two.

>>> Counts(matched=2, predicted=3, gold=4).precision
0.6666666666666666
>>> Counts(matched=2, predicted=3, gold=4).recall
0.5
"""

from __future__ import annotations

from dataclasses import dataclass, field

# The three tasks a gold file can annotate, in the order every table lists them.
TASKS = ("quotes", "entities", "timeline")


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


@dataclass(frozen=True)
class Counts:
    """Matched, predicted and gold counts; precision, recall and F1 follow from them.

    Adding two ``Counts`` adds the numbers, which is how corpus totals are micro-averaged.
    An empty prediction scores 0.0, not an error.
    """

    matched: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return _ratio(self.matched, self.predicted)

    @property
    def recall(self) -> float:
        return _ratio(self.matched, self.gold)

    @property
    def f1(self) -> float:
        return _ratio(2 * self.matched, self.predicted + self.gold)

    def __add__(self, other: Counts) -> Counts:
        return Counts(
            self.matched + other.matched,
            self.predicted + other.predicted,
            self.gold + other.gold,
        )


@dataclass(frozen=True)
class ErrorRow:
    """One line of the error table: what went wrong, where, and what was expected."""

    article: str
    task: str  # "quotes" | "entities" | "timeline" | "article"
    kind: str  # "missed" | "spurious" | "wrong speaker" | "wrong type" | "wrong date" | "refused"
    what: str
    expected: str
    got: str

    def as_dict(self) -> dict[str, str]:
        return {
            "article": self.article,
            "task": self.task,
            "kind": self.kind,
            "what": self.what,
            "expected": self.expected,
            "got": self.got,
        }


@dataclass(frozen=True)
class QuoteScores:
    """Quote detection counts, correct speakers among the matches, and the errors.

    ``speakers_unresolved`` counts matched quotes whose gold speaker is marked unresolved (a
    ``note`` starting with "speaker unresolved"): they count for finding quotes, not for speakers.
    """

    counts: Counts = Counts()
    speaker_correct: int = 0
    errors: tuple[ErrorRow, ...] = ()
    speakers_unresolved: int = 0

    @property
    def speakers_judged(self) -> int:
        """Matched quotes whose gold names a speaker we can check."""
        return self.counts.matched - self.speakers_unresolved

    @property
    def speaker_accuracy(self) -> float:
        """Matched quotes with the right speaker / matched quotes with a resolved gold speaker."""
        return _ratio(self.speaker_correct, self.speakers_judged)

    def __add__(self, other: QuoteScores) -> QuoteScores:
        return QuoteScores(
            self.counts + other.counts,
            self.speaker_correct + other.speaker_correct,
            self.errors + other.errors,
            self.speakers_unresolved + other.speakers_unresolved,
        )


@dataclass(frozen=True)
class EntityScores:
    """Entity scores over distinct surface forms, with and without the type."""

    typed: Counts = Counts()
    untyped: Counts = Counts()
    errors: tuple[ErrorRow, ...] = ()

    def __add__(self, other: EntityScores) -> EntityScores:
        return EntityScores(
            self.typed + other.typed, self.untyped + other.untyped, self.errors + other.errors
        )


@dataclass(frozen=True)
class TimelineScores:
    """Time-expression detection counts, correct dates, and the errors.

    ``judged`` counts the found rows the answer key can judge: all of them, except an unmatched
    row on a time expression the gold deliberately leaves out (a real-news set that annotates
    only calendar dates lists its durations, weeks and clock times in ``metadata.json`` under
    ``timex3_not_gold``; "last week" found there is neither right nor wrong).

    >>> TimelineScores(Counts(8, 10, 9), 7, (), 9).precision_judged
    0.8888888888888888
    """

    counts: Counts = Counts()
    dates_correct: int = 0
    errors: tuple[ErrorRow, ...] = ()
    judged: int = 0

    @property
    def precision(self) -> float:
        """Detection precision: found expressions that are in the gold / all found."""
        return self.counts.precision

    @property
    def precision_judged(self) -> float:
        """Precision over the rows the gold can judge: matched / judged rows."""
        return _ratio(self.counts.matched, self.judged)

    @property
    def date_accuracy(self) -> float:
        """Gold expressions found with exactly the right date / all gold expressions."""
        return _ratio(self.dates_correct, self.counts.gold)

    def __add__(self, other: TimelineScores) -> TimelineScores:
        return TimelineScores(
            self.counts + other.counts,
            self.dates_correct + other.dates_correct,
            self.errors + other.errors,
            self.judged + other.judged,
        )


@dataclass(frozen=True)
class ArticleScores:
    """All scores for one article (or, for the TOTAL row, for the whole corpus).

    ``tasks`` names the tasks the gold annotates; the others hold empty scores that add nothing
    to the totals. ``refusals`` holds a "refused" row when the kit would not read the article.
    """

    name: str
    quotes: QuoteScores
    entities: EntityScores
    timeline: TimelineScores
    tasks: frozenset[str] = frozenset(TASKS)
    refusals: tuple[ErrorRow, ...] = ()

    @property
    def errors(self) -> tuple[ErrorRow, ...]:
        return self.refusals + self.quotes.errors + self.entities.errors + self.timeline.errors


@dataclass(frozen=True)
class CorpusReport:
    """Scores for every article, and their micro-averaged total.

    ``one_place_type`` says the entity types were compared with GPE and FACILITY read as
    LOCATION (for a corpus whose gold has a single place type).
    """

    articles: tuple[ArticleScores, ...]
    one_place_type: bool = False
    total: ArticleScores = field(init=False)

    def __post_init__(self) -> None:
        quotes, entities, timeline = QuoteScores(), EntityScores(), TimelineScores()
        tasks: set[str] = set()
        refusals: tuple[ErrorRow, ...] = ()
        for article in self.articles:
            quotes += article.quotes
            entities += article.entities
            timeline += article.timeline
            tasks |= article.tasks
            refusals += article.refusals
        total = ArticleScores("TOTAL", quotes, entities, timeline, frozenset(tasks), refusals)
        object.__setattr__(self, "total", total)

    @property
    def errors(self) -> tuple[ErrorRow, ...]:
        return self.total.errors
