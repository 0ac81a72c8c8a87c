"""Reading the story: one time expression after another, in reading order.

A :class:`Story` is what the timeline knows so far: the days it has dated, the clock time and
the year of the passage it is in, the last holiday named, and the rows. :func:`as_told` gives
each expression as the story tells it (:class:`Told`): its sentence, read once
(:class:`Reading`), the tense of its clause and what happened then. In "The council voted on
Tuesday" that is the past tense and "The council voted".
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cached_property

from lessons.article import Article
from lessons.document import StorySentence, read_document
from lessons.timeline.clauses import Words, clause_of, tagged_words
from lessons.timeline.clocks import is_stamp
from lessons.timeline.country import nation_of, season_spans_two_years, story_country
from lessons.timeline.dateline import filed_on
from lessons.timeline.dates_told import Dated, Place, places
from lessons.timeline.events import Event
from lessons.timeline.expressions import story_mentions
from lessons.timeline.grammar import FINITE_TAGS
from lessons.timeline.holidays import state_keeping
from lessons.timeline.nearest_verb import tense_near
from lessons.timeline.passage_year import chronology_year, in_history
from lessons.timeline.patterns import Mention
from lessons.timeline.quoted import QuoteMarks, open_at_start, says_when_written
from lessons.timeline.summary import own_part, summary
from lessons.timeline.tense import sentence_tense
from lessons.timeline.when import When, parse_when
from lessons.timeline.words import HOLIDAYS, minute_of_day

_PARTICIPLE_ASIDE = re.compile(  # "The petition, filed in federal court at"
    r"^\W*(?:The|A|An|Its|His|Her|Their)\s+(?:[\w-]+\s+){0,3}?[\w-]+,\s+(?:\w+ly\s+)?"
    r"(?:[a-z]+ed|held|made|sent|sold|taken|given|written|built|brought)\s+[^,;]{0,80}$"
)


_SAYS_FALL = frozenset(["US", "CA"])  # where autumn is "the fall"


def _a_fall_not_autumn(mention: Mention, country: str | None) -> bool:
    """Is "fall" a season word in a story from a country that calls the season autumn?"""
    return (
        mention.kind == "season"
        and mention.part("season").casefold() == "fall"
        and country is not None
        and nation_of(country) not in _SAYS_FALL
    )


PHOTO_TAKEN = "Photo taken: "  # how a caption's event reads: its date is the photo's, not news


@dataclass
class Story:
    """What the timeline knows of the story as it reads it, from one expression to the next:
    the days it has dated, the clock time and the year of the passage it is in, the holiday it
    named last, and the rows so far."""

    article: Article
    published: dt.date | None
    filed: tuple[Mention, When, str] | None  # the dateline's date, if it has one
    now: dt.date | None  # the story's "today": the day it was filed, when the dateline says so
    country: str  # Thanksgiving is in October in a Canadian story
    two_year_seasons: bool  # "last season" in football: over the new year, no year
    mentions: list[tuple[Mention, StorySentence]]
    following: dict[Mention, Mention | None]  # the next expression of each one's sentence
    where: dict[int, Place]
    quote_open: dict[int, bool]
    in_sentence: dict[StorySentence, list[Mention]]
    read: dict[StorySentence, Reading] = field(default_factory=dict)  # each sentence read once
    whole: dict[StorySentence, str | None] = field(default_factory=dict)  # each sentence's own
    # tense, read once
    live: bool = False  # has a post's time stamp ("11:05 a.m. Sunday") told a day up to now?
    events: list[Event] = field(default_factory=list)
    dated: list[Dated] = field(default_factory=list)  # events with a date, to anchor the ones
    # that follow
    clock: tuple[When, int] | None = None  # the last clock time told, on its day
    clock_last: bool = False  # was it the last expression dated? ("at 3:12 a.m. ... 40 minutes
    # later" counts from it)
    frame: int | None = None  # the past year a passage tells of ("Five years ago this month")
    framed_in: tuple[str, int | None] | None = None  # the quoted paragraph that set it, if one did
    history: tuple[int | None, int] | None = None  # a chronology line's paragraph and year
    told_days: Counter[When] = field(default_factory=Counter)  # how often each day has been
    # told, for a guide's clock times far from any day (see the_story_day)
    holiday_told: When | None = None  # the day of the last holiday named ("on the holiday")
    holiday_name: str = ""  # and its name
    holidays: set[When] = field(default_factory=set)  # every holiday's day the story named
    orthodox: bool = False  # does it name Orthodox Easter or a feast of its week? Then
    # "Easter" and "Holy Saturday" are the Orthodox ones ("swap set before Orthodox Easter")
    weekend_holiday: tuple[When, str] | None = None  # the last holiday named with its weekend
    # ("the October bank holiday weekend"), for "the long weekend"
    undecided: list[tuple[int, str, bool]] = field(default_factory=list)  # a headline's or
    # dek's weekdays of no direction (and is it told in the past?)
    unplaced: list[int] = field(default_factory=list)  # a headline's or dek's clock times of no
    # day (their events)
    decided: dict[str, list[tuple[Event, bool]]] = field(default_factory=dict)  # each weekday
    # the body dates with a direction (and is it a plain weekday, or a date in full?)
    waiting: tuple[Event, Mention] | None = None  # a clock time's row, and the expression
    # joined to it by "and" that may give its day

    @classmethod
    def of(cls, article: Article, published: dt.date | None) -> Story:
        """The story before its first expression is read: its expressions, sentences, country."""
        filed = filed_on(article, published)
        now = published
        if filed is not None and filed[1].precision == "day" and published is not None:
            now = min(filed[1].first_day, published)
        mentions = story_mentions(article)
        country = story_country(article.raw)
        if now is not None:  # "heads into Labour Day long weekend" on 30 April: Queensland's
            holidays = {name for mention, _ in mentions if (name := mention.part("holiday"))}
            country = state_keeping(holidays, country, now) or country
        sentences = read_document(article).sentences
        in_sentence: dict[StorySentence, list[Mention]] = {}
        for mention, sentence in mentions:
            in_sentence.setdefault(sentence, []).append(mention)
        following = {  # (a 1 MB sentence stays linear)
            mention: later
            for told in in_sentence.values()
            for mention, later in zip(told, [*told[1:], None], strict=True)
        }
        return cls(
            article,
            published,
            filed,
            now,
            country,
            season_spans_two_years(article.raw, country),
            mentions,
            following,
            places(sentences),
            open_at_start(sentences),
            in_sentence,
            orthodox=_ORTHODOX_FEAST.search(article.raw) is not None,
        )

    def reading(self, sentence: StorySentence) -> Reading:
        """The sentence read (its words, tags and quotation marks), once."""
        if sentence not in self.read:
            self.read[sentence] = _read_sentence(
                sentence, self.in_sentence[sentence], self.quote_open
            )
        return self.read[sentence]

    def timeline(self) -> list[Event]:
        """The rows, once every expression is read: a headline's weekday of no direction dated
        as the body dates it, its clock times of no day placed, the dateline's row added."""
        events = self.events
        for index, told, past in self.undecided:  # a headline's weekday whose tense says no
            body = [  # direction is the one the story's body tells with a clear tense, when
                event  # all agree (for a past, its past ones too: "late Tuesday")
                for event, clear in self.decided.get(told, [])
                if clear or (past and event.status == "past")
            ]
            if len({e.date for e in body}) == 1 and body[0].date != events[index].date:
                events[index] = replace(events[index], date=body[0].date, status=body[0].status)
        return _with_dateline(
            _headline_clocks_placed(events, self.unplaced), self.article, self.filed
        )


@dataclass(frozen=True)
class Told:
    """One time expression where the story tells it: its sentence, read, its tense and event."""

    mention: Mention
    sentence: StorySentence
    place: Place
    reading: Reading
    tense: str | None  # the tense of its clause
    what: str  # what happened then, in about 12 words
    sentence_tense: str | None  # the whole sentence's, where it was read

    @property
    def text(self) -> str:
        """Its sentence."""
        return self.sentence.span.text

    @property
    def offset(self) -> int:
        """Where its sentence starts in the raw text."""
        return self.sentence.span.start

    @property
    def cut(self) -> int:
        """Where it starts in its sentence."""
        return self.mention.start - self.offset

    @property
    def resume(self) -> int:
        """Where it ends in its sentence."""
        return self.mention.end - self.offset

    @cached_property
    def before(self) -> str:
        """Up to 80 characters of its sentence before it."""
        return self.text[max(0, self.cut - 80) : self.cut]

    @cached_property
    def after(self) -> str:
        """Up to 60 characters of its sentence after it."""
        return self.text[self.resume : self.resume + 60]

    @cached_property
    def flashback(self) -> bool:
        """Is it told in the past perfect, a step back ("A week earlier, a committee had
        reviewed the results")? (Read within 200 characters: a sentence may be a whole text.)"""
        near = self.text[max(0, self.cut - 200) : self.resume + 200]
        return _PAST_PERFECT.search(near) is not None

    @cached_property
    def quoted(self) -> bool:
        """Is it inside a quotation?"""
        return self.reading.marks.open_at(self.cut)

    @cached_property
    def heading(self) -> bool:
        """Is it a line of its own: a heading or a post's time stamp?"""
        return is_stamp(self.text, self.mention.text)

    @property
    def fronted(self) -> bool:
        """Does it open its sentence?"""
        return self.cut < 4 and not self.text[: self.cut].strip(" \"'\u201c\u2018")


def as_told(story: Story, mention: Mention, sentence: StorySentence) -> Told | None:
    """The expression in its sentence: the clause's tense and event, read once per sentence;
    None for what only looks like a date ("The fall happened at about 3.20pm")."""
    reading, place = story.reading(sentence), story.where[sentence.number]
    tense, what = _what_and_tense(sentence, reading.words, mention, reading.nearby)
    sentence_wide = mention.kind in ("clock", "weekday") or mention.part("in_time")
    if tense is None and sentence_wide and sentence not in story.whole:  # (a weekday, a clock
        story.whole[sentence] = sentence_tense(reading.words, sentence.part)  # time, "in 9 days")
    if tense is None and mention.kind == "clock":
        aside = _PARTICIPLE_ASIDE.search(sentence.span.text, 0, mention.start - sentence.span.start)
        tense = "past" if aside else story.whole[sentence]  # "The petition, filed in court at
        # 11:42 p.m., lists ...": the aside's time, gone by
    if (then := chronology_year(sentence)) is not None:
        story.history = (sentence.paragraph, then)
    if in_history(story.history, sentence, story.published):
        tense = "past"  # "1923: The board borrows £38,000. Work begins in March."
    if sentence.part == "caption":  # a caption's date is the day the photo was taken
        what = f"{PHOTO_TAKEN}{what}"
    if _a_fall_not_autumn(mention, story.country):
        return None  # "The fall happened at about 3.20pm" in a Cornish story: a rockfall
    if story.framed_in is not None and story.framed_in != (place.part, place.paragraph):
        story.frame = story.framed_in = None  # '"In 2011 we marched in a downpour." ... The
        # bridge was closed Aug. 10': a speaker's year ends with the quoted paragraph
    text, cut = sentence.span.text, mention.start - sentence.span.start
    before = text[max(0, cut - 80) : cut]
    if (
        mention.kind == "holiday"
        and (story.orthodox or _ORTHODOX.search(text, max(0, cut - 200), cut + 200))  # ("in
        # time for Easter, the biggest feast of the Orthodox year")
        and not _WESTERN.search(before)
    ):  # "Churches across the Orthodox country moved Easter services outdoors": Orthodox
        orthodox = _orthodox(mention)  # Easter; and after a headline's "before Orthodox
        story.following[orthodox] = story.following[mention]  # Easter", the dek's "on Holy
        mention = orthodox  # Saturday" is the Orthodox one
    if tense == "would" and _could_then(story.dated, place, before, story.now):
        tense = "past"  # "music from last year's festival could still be heard at 1.30am on the
        # bank holiday Monday": what could be done in the year just told
    return Told(mention, sentence, place, reading, tense, what, story.whole.get(sentence))


_PAST_PERFECT = re.compile(  # "had reviewed", "had been told", "had been seeping"
    r"\bhad\s+(?:(?:not|already|just|never|also)\s+)?(?:been\s+)?\w+ed\b|\bhad\s+been\s+\w+ing\b"
)


def _headline_clocks_placed(events: list[Event], unplaced: list[int]) -> list[Event]:
    """The events with each headline's or dek's clock time of no day (``unplaced``, their
    indexes) on the day the body gives the same time ("Sprinkler ban from midnight" over "from
    midnight tonight"), or left out when the body gives it none."""
    if not unplaced:
        return events
    placed = list(events)
    for index in unplaced:
        minute = minute_of_day(events[index].expression)
        same = next(
            (
                e
                for e in events[index + 1 :]
                if (told := parse_when(e.date)) is not None
                and told.precision == "day"
                and minute is not None
                and minute_of_day(e.expression) == minute
            ),
            None,
        )
        if same is not None:
            placed[index] = replace(events[index], date=same.date, status=same.status)
    return [e for i, e in enumerate(placed) if i not in unplaced or e.date is not None]


_ORTHODOX = re.compile(r"\bOrthodox\b")


_ORTHODOX_FEAST = re.compile(
    r"\bOrthodox\s+(?:Easter|Good\s+Friday|Holy\s+(?:Saturday|Thursday|Week)|Palm\s+Sunday)\b"
)


_WESTERN = re.compile(r"\b(?:Western|Catholic|Protestant|Anglican)\b")


_HOLIDAY_NAMED = {name.casefold(): name for name in HOLIDAYS}  # "orthodox easter": its name


def _orthodox(mention: Mention) -> Mention:
    """A holiday named in a sentence about the Orthodox church, as its Orthodox feast when it
    has one ("Easter": "Orthodox Easter")."""
    name = _HOLIDAY_NAMED.get(f"orthodox {mention.part('holiday')}".casefold())
    if name is None:  # (and not "Orthodox Orthodox Easter")
        return mention
    parts = tuple((key, name if key == "holiday" else value) for key, value in mention.parts)
    return replace(mention, parts=parts)


_COULD = re.compile(r"(?i)\bcould\b(?!\s+have\b)")


_WOULD = re.compile(r"(?i)\b(?:would|will|may|might)\b|['\u2019]ll\b")


def _could_then(dated: list[Dated], place: Place, before: str, now: dt.date | None) -> bool:
    """Is "could" the past of "can" here: its clause names an earlier year just before ("music
    from last year's festival could still be heard"), with no "would" or "will" of its own?"""
    if now is None or not dated or dated[-1].place != place or not _COULD.search(before):
        return False
    told = dated[-1].when
    return told.precision == "year" and told.year < now.year and not _WOULD.search(before)


def _with_dateline(
    events: list[Event], article: Article, filed: tuple[Mention, When, str] | None
) -> list[Event]:
    """The events with the dateline's date in its reading-order place, when there is one."""
    if filed is None:
        return events
    mention, when, what = filed
    event = Event(
        mention.text,
        str(when),
        what,
        "past",
        article.paragraph_at(mention.start),
        mention.start,
        mention.end,
    )
    before = [e for e in events if e.start < mention.start]
    return before + [event] + events[len(before) :]


@dataclass(frozen=True)
class Reading:
    """A sentence as the timeline reads it, once however many expressions it holds (a text
    without spaces is one long sentence): its words, the expressions that reach into them,
    its quotation marks, and where its finite verbs start."""

    text: str
    words: Words
    nearby: frozenset[Mention]
    marks: QuoteMarks
    verbs: tuple[int, ...]

    @cached_property
    def about_writing(self) -> bool:
        """:func:`says_when_written`, asked once per sentence and only when needed."""
        return says_when_written(self.text)


def _read_sentence(
    sentence: StorySentence, mentions: list[Mention], quote_open: dict[int, bool]
) -> Reading:
    words = tagged_words(sentence)
    return Reading(
        sentence.span.text,
        words,
        frozenset(_among(words, mentions)),
        QuoteMarks.of(quote_open[sentence.number], sentence.span.text),
        tuple(sorted(token.start for token, tag in words if tag in FINITE_TAGS)),
    )


def _what_and_tense(
    sentence: StorySentence, words: Words, mention: Mention, nearby: frozenset[Mention]
) -> tuple[str | None, str]:
    """The tense around an expression and what happened then, read from its clause.

    ``nearby`` are the sentence's expressions that reach into its words; one past the words
    read (the end of a very long sentence) has no clause to read.
    """
    if mention not in nearby:
        return None, ""
    others = sorted(nearby - {mention}, key=lambda m: m.start)
    clause = clause_of(words, mention, others)
    own = own_part(words, clause, mention, others)
    tense = tense_near(words, sentence.part, clause, mention, own)
    return tense, summary(sentence, words, clause, mention, others, own)


def _among(words: Words, mentions: list[Mention]) -> list[Mention]:
    """The expressions that reach into the words read: only the first 400 words of a very long
    sentence are read, and an expression after them cannot touch their clauses."""
    if not words:
        return []
    last = words[-1][0].end
    return [m for m in mentions if min(m.start, m.reach if m.reach >= 0 else m.start) < last]
