"""What an expression counts from.

"A day earlier" counts from the event just told, "at 10 a.m." takes its day, "two days after
the grounding" counts from the grounding's date and "on election night" from the story's
election day (:func:`what_it_counts_from`). "Today" and "last week" count from the story's day,
or inside a quotation from the day the speaker said them (:func:`day_counted_from`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace

from lessons.timeline.anchor import DAY_TOLD, anchor_of, day_of_this_sentence, time_told
from lessons.timeline.clocks import clock_on_today, hours_on_from, the_events_day, the_story_day
from lessons.timeline.dates_told import Dated, Place
from lessons.timeline.events_by_name import election_day, named_event, primary_day
from lessons.timeline.patterns import Mention
from lessons.timeline.quoted import (
    counts_from_speech,
    ends_in_attribution,
    quotes_a_document,
    speech_day,
)
from lessons.timeline.resolve import resolve
from lessons.timeline.story import Reading, Story, Told
from lessons.timeline.when import When
from lessons.timeline.which_weekday import that_weekday
from lessons.timeline.words import EVENT_DAYS, THE_BEFORE
from lessons.timeline.years import FISCAL_YEAR, a_years_aside

_IS_ON = re.compile(r"\s+(?:is|will\s+be|falls\s+on|was)\s+(?:on\s+)?")  # "Election day is"


_ON_THE_DAY = re.compile(r"\s+on\s+the\s+day\b(?!\s+(?:of|before|after|that|when|it)\b|-)")


ON_THE_HOLIDAY = re.compile(  # "extra buses from 5am on the public holiday"
    r"(?i)\b(?:on|for|over)\s+the\s+(?:public\s+|bank\s+)?holiday\b(?!\s+weekend)"
)


_CLOCK_BACK = 4  # days told a future clock time looks back over for a day to come


_DAY_UNITS = frozenset(["day", "morning", "afternoon", "evening", "night"])


_DAYS_BACK_TOLD = 4  # dates looked back over for the day a count of days starts from


_DAYS_BACK_DONE = 4  # dates looked back over for the last day told


def _done_last(dated: list[Dated]) -> bool:
    """Was the last day told the day of something done (told in the past tense)?"""
    days = (d for d in reversed(dated[-_DAYS_BACK_DONE:]) if d.when.precision == "day")
    last = next(days, None)
    return last is not None and last.done


def a_clock_after_the(told: Told) -> bool:
    """Is it a clock time after "the" ("the 10 a.m. sailing")?"""
    return told.mention.kind == "clock" and THE_BEFORE.search(told.before) is not None


# a year before a noun: "the 1991 Tesh Valley war", "its 1987 law"
_THE_YEAR = re.compile(r"(?i)\b(?:the|a|an|its|their|his|her|our)\s+(?:1[89]|20)\d\d$")
_ITS_NOUN = re.compile(r"\s+(?:[A-Z][\w-]*\s+){0,3}[a-z]{3,}")


def _a_year_in_passing(text: str, end: int) -> bool:
    """Does the year that ends at ``end`` of the raw text come before a noun ("the 1991 war",
    "its 1987 law"), named in passing rather than as the time of the sentence's event?"""
    return (
        end > 0
        and _THE_YEAR.search(text, max(0, end - 20), end) is not None
        and _ITS_NOUN.match(text, end) is not None
    )


# "The extension came two days after": the event a count back starts from, named by its noun
_ITS_NOUN_CAME = re.compile(
    r"(?i)\b(?:the|its|their|that|this)\s+(?P<noun>[a-z]{4,})\s+(?:came|comes)\s+"
    r"(?:(?:just|only)\s+)?$"
)


def what_it_counts_from(story: Story, told: Told) -> tuple[When | None, Told]:
    """The time a counted expression counts from ("a day earlier": the event just told; "at
    10 a.m.": its day; "on election night": the election's day), and the expression, marked
    when it names the story's own election."""
    mention, tense, place, dated, now = told.mention, told.tense, told.place, story.dated, story.now
    text, offset, before, after = told.text, told.offset, told.before, told.after
    which = mention.part("which")  # "the following Monday", "that June": from the event
    counted = (
        mention.kind in ("after_event", "clock", "day_of_month")
        or which.startswith("the ")
        or (which.casefold() == "that")
        or bool(mention.part("told"))
    )
    counted_on = dated
    if (
        dated
        and dated[-1].place == place
        and dated[-1].when.precision == "year"
        and offset <= dated[-1].end <= told.cut + offset
        and a_years_aside(text, dated[-1].end - offset)
    ):
        counted_on = dated[:-1]  # "shut off the line, installed in 1958, about two hours
        # later": counted from what the sentence tells, not from the year of its aside
    if (
        mention.kind == "after_event"
        and len(counted_on) > 1
        and counted_on[-1].when.precision == "year"
        and counted_on[-2].place == counted_on[-1].place
        and (
            _a_year_in_passing(story.article.raw, counted_on[-1].end)
            or (
                mention.part("unit").casefold() in ("day", "week", "month")
                and counted_on[-2].when.precision in ("day", "month")
                and FISCAL_YEAR.search(
                    story.article.raw, max(0, counted_on[-1].end - 14), counted_on[-1].end
                )
                is not None
            )
        )
    ):
        counted_on = counted_on[:-1]  # "signed the accord in 1993, hailed as proof that the
        # bitterness of the 1991 war could be negotiated away. Five years later": from what
        # the sentence tells (1993), not from the year that names a thing in it (the war); "In
        # March 1995, with the company in danger of missing its forecast for fiscal 1995, ... A
        # month later": a count of months from the month told, not from the fiscal year beside it
    anchor = (
        _anchor_day(mention, counted_on, place, now, tense, story.frame, a_clock_after_the(told))
        if counted
        else None
    )
    if mention.part("back") and (came := _ITS_NOUN_CAME.search(before)):
        gone = [d for d in counted_on if now is None or d.when.first_day <= now]
        named = named_event(gone, came.group("noun"), by_the_day=True)
        anchor = named or anchor  # "The extension came two days after ...": counted back from
        # the day of the extension (not the day it extended the offer to), whatever was dated
        # last
    if (
        mention.kind == "after_event"
        and anchor is not None
        and story.clock is not None
        and story.clock_last
    ):
        anchor = hours_on_from(mention, anchor, story.clock) or anchor  # "at 3:12 a.m. ...
        # about 40 minutes later", after "at 11:47 p.m." on Friday: Saturday
    if (
        mention.kind == "clock"
        and anchor is not None
        and now is not None
        and tense in ("future", "would")
        and not told.quoted
        and dated
        and dated[-1].place.paragraph != place.paragraph
        and (story_day := the_story_day(story.told_days, now, False)) is not None
    ):
        anchor = story_day  # "races, originally set for noon, would now jump at 10am", a
        # paragraph after "a cool change arrives late on Wednesday": the day the story is about
    if (
        mention.kind == "clock"
        and anchor is not None
        and now is not None
        and tense == "past"
        and not told.quoted
        and dated
        and dated[-1].place.paragraph != place.paragraph
        and not dated[-1].done
        and not dated[-1].weekday  # (not a programme's heading, "Saturday 24 October")
        and now == story.published  # (nor a day a heading set)
        and dated[-1].when == When.of(now)
        and (story_day := the_story_day(story.told_days, now, True)) is not None
    ):
        anchor = story_day  # "had hoped to reopen the lanes by 4 p.m., but a second crash at
        # 3:15 p.m. ...", a paragraph after "stay off the highway tonight": not tonight, a
        # plan or advice, but the day the story is about
    if mention.kind == "clock" and now is not None:
        wire = story.filed is not None and story.filed[1] == When.of(now)  # filed the day it
        past = tense == "past"  # tells
        anchor = clock_on_today(mention, text, before, after, dated, now, wire, past) or anchor
        if _ON_THE_DAY.match(after):  # "Registration opens at 10.30am on the day": the day of
            anchor = the_story_day(story.told_days, now, tense == "past") or anchor  # the
            # event the story is about
        if story.holiday_told is not None and ON_THE_HOLIDAY.search(text):
            anchor = story.holiday_told  # "extra buses from 5am on the public holiday": the
            # holiday the story named last
    if mention.kind == "event_anchor":
        counted = mention.part("unit") in ("day", "night", "week") and mention.part("dir") != "of"
        anchor = named_event(dated, mention.part("noun"), by_the_day=counted)
    if mention.kind == "event_day" and mention.part("event"):  # "on race day": the race's
        anchor = named_event(dated, EVENT_DAYS[mention.part("event")])
        if (
            anchor is not None
            and now is not None
            and tense in ("future", "would")
            and anchor.last_day < now
        ):  # "would leave at 8am on race day", after "The race was moved from 19 July": the
            # race still to come, else the day to come the story is about
            to_come = [d for d in dated if d.when.first_day >= now]
            anchor = (
                named_event(to_come, EVENT_DAYS[mention.part("event")])
                or the_story_day(story.told_days, now, False)
                or anchor_of(dated, place, True, None, now)
                or anchor
            )
        if anchor is None and now is not None:  # the day the story is about, else the day
            anchor = the_story_day(story.told_days, now, tense == "past") or anchor_of(
                dated, place
            )  # just told
    elif mention.kind == "event_day":  # "on election night": the election the story dated
        later = story.following[mention]
        by = now if tense == "past" else None  # "cut roads on election day": one gone by
        anchor = election_day(dated, by)
        if (held := primary_day(dated, now, by)) is not None:  # a primary's "Election Day" is
            anchor = held  # its own, not November's federal one
            mention = replace(mention, parts=(*mention.parts, ("primary", "yes")))
        if (
            later is not None
            and later.kind in ("month_day", "date")
            and _IS_ON.fullmatch(text, mention.end - offset, later.start - offset)
            and (said_to_be := resolve(later, now, None, None, None, story.country)) is not None
        ):
            anchor = said_to_be  # "Election day is Thursday, Oct. 22": that day, marked like a
            # primary's as the story's own election, not November's federal one
            mention = replace(mention, parts=(*mention.parts, ("primary", "yes")))
    if anchor is None and mention.kind == "clock" and not told.quoted:
        anchor = the_events_day(text, dated, now, tense)  # "The investor day will be held
        # ..., starting at 10 a.m.", after "an investor day on June 10": its day
    if (
        anchor is None
        and mention.kind == "clock"
        and now
        and told.sentence.part == "body"
        and not told.quoted
    ):  # a guide's "The family fireworks go off at 9pm", paragraphs after the last day told
        anchor = the_story_day(story.told_days, now, tense == "past")
    if mention is not told.mention:  # (a primary's "on polling day" marked as one is the same
        story.following[mention] = story.following.get(told.mention)  # place in its sentence)
    return anchor, (told if mention is told.mention else replace(told, mention=mention))


def day_counted_from(story: Story, told: Told) -> dt.date | None:
    """The day "today", "on Friday" and "last week" count from: the story's, or inside a
    quotation the day the speaker said it ("'Last Tuesday was the worst day,' he said in an
    interview on April 9")."""
    quoted = told.quoted
    number = told.sentence.number
    spoken = (
        speech_day(
            story.dated,
            told.place,
            story.quote_open[number],
            quotes_a_document(_rest_of_paragraph(story, told)),
            told.place.number - (number - _where_it_opened(story, number)),
        )
        if quoted
        else None
    )
    if quoted and spoken is None and story.now is not None:
        spoken = _said_on_after(
            told.mention, story.following, told.reading, told.text, told.offset, story.now
        )  # the day told after the quotation
    counted = counts_from_speech(told.mention.kind, quoted, spoken, told.mention.part("which"))
    return spoken if counted else story.now


def _where_it_opened(story: Story, number: int) -> int:
    """The sentence where the quotation that runs into sentence ``number`` opened (numbered
    as the story's sentences are, from the headline)."""
    while number > 0 and story.quote_open.get(number):
        number -= 1
    return number


def _rest_of_paragraph(story: Story, told: Told) -> str:
    """The text from the expression's sentence to the end of its paragraph, where a quotation's
    attribution may come ('"... by tomorrow night. Nothing after today," the e-mail reads.')."""
    index = told.sentence.paragraph
    if index is None:  # a headline's or a dek's: its own sentence
        return told.text
    start = told.offset  # (the article's paragraph, as the parser found it; a bounded read, so
    end = min(story.article.paragraphs[index].end, start + _PARAGRAPH_READ)  # a text of one
    return story.article.raw[start:end]  # long paragraph stays linear)


_PARAGRAPH_READ = 1000  # characters read for a quotation's attribution


def _a_day_in_this_sentence(dated: list[Dated], place: Place) -> bool:
    """Is the last date told a day of this sentence (not one a span opens from)? A headline's
    lines count as one sentence: a dek's bare "at 6 a.m." takes the headline's day."""
    if not dated or dated[-1].opens or dated[-1].when.precision != "day":
        return False
    told = dated[-1].place
    return told == place or (place.part in ("headline", "dek") and told.part == place.part)


def _anchor_day(
    mention: Mention,
    dated: list[Dated],
    place: Place,
    now: dt.date | None,
    tense: str | None,
    frame: int | None = None,
    the_clock: bool = False,
) -> When | None:
    """The date a counted expression counts from. A clock time, "that evening": the last day
    told (in the past for a past tense, ahead for a future); "that spring", "the previous
    November", "1 a.m. that Saturday": the time the story tells of; else the event just told.
    ``the_clock``: a clock time naming an event ("the 10 a.m. announcement"), on the story's
    own day when no other day is told."""
    past = tense == "past"
    if mention.kind in ("month", "season"):
        return time_told(dated, now, past=past)
    if mention.kind == "weekday" and mention.part("which") == "that":
        named = that_weekday(dated, mention)  # "for that Sunday", after "on Sunday week"
        return named or time_told(dated, now, day_only=True, past=past)
    that_day = (  # "that evening", "the next morning": a day told, not "who died in 2009"
        mention.part("that") or mention.part("dir") in DAY_TOLD
    ) and mention.part("unit") in _DAY_UNITS
    news_day = bool(dated) and (dated[-1].said or dated[-1].speech)  # ("confirmed yesterday")
    if (
        that_day
        and (mention.part("that") or not news_day)
        and (told := day_of_this_sentence(dated, place, now))
    ):
        return told  # (also "voted on Tuesday to close it from 4 p.m. on Canada Day until 1
        # a.m. the next day": the day after Canada Day, whatever the tense of the voting)
    if (
        mention.kind == "clock"
        and tense in ("would", "future")
        and _a_day_in_this_sentence(dated, place)
        and dated[-1].said
        and now is not None
        and dated[-1].when.first_day < now
        and (coming := _the_day_it_was_said_of(dated, now, place)) is not None
    ):
        return coming  # "Organisers said yesterday that the first wave would now set off at
        # 10.15am", after "Tomorrow's Great North Run": the race's day, not the day of saying
    gone = tense == "future" and now is not None and bool(dated) and dated[-1].when.last_day < now
    if mention.kind == "clock" and _a_day_in_this_sentence(dated, place) and not gone:  # "said
        return dated[-1].when  # sailings on Easter Monday afternoon were full, on the 4.30pm
        # departures" (not "was seen yesterday; council to decide at 2pm": a day to come)
    if mention.kind == "clock" or that_day:
        not_after = now if past else None
        present = (  # "Gates open at 4pm", after "decided yesterday morning": not yesterday's
            tense == "present" and frame is None and mention.kind == "clock" and _done_last(dated)
        )  # 4pm (but "SUNDAY: RACE DAY" over "Roads close at 4am" is that Sunday's)
        not_before = now if tense == "future" or present else None  # "was supposed to cover
        # the school board that night" is a plan seen from the past: any day told
        found = anchor_of(dated, place, True, not_after, not_before)
        if found is not None and tense == "future" and found.first_day == now:
            # "will be fired at 9pm", after "will go ahead tomorrow ... granted an exemption
            # this morning": tomorrow's 9pm
            found = _day_to_come(dated, now, place) or found
        if found is None and frame is not None and past:  # a feature's account of 1985:
            return time_told(dated, now, day_only=True, past=True)  # "By 9 p.m., ..." that day
        if found is None and past and now is not None and the_clock:
            return When.of(now)  # "slipped after the 10 a.m. announcement": no other day told
        return found
    by_the_day = mention.part("unit") in (*_DAY_UNITS, "week") and not mention.part("that")
    if mention.kind == "weekday" and mention.part("which").startswith("the ") and tense == "past":
        dated = _back_from_a_flashback(dated, place)
    found = anchor_of(dated, place, by_the_day=by_the_day)
    if (
        found is not None
        and found.precision == "year"
        and (
            mention.kind == "weekday"
            or (mention.part("unit") == "week" and mention.part("dir") in ("earlier", "later"))
        )
    ):
        return _day_just_told(dated, place)  # "turned the request down on Dec. 5, saying the
        # margin was wider than the threshold set in a 2019 law. Its lawyers went to court the
        # following Monday": the Monday after Dec. 5, not the first of 2019
    if found is not None and found.precision == "month" and mention.kind == "weekday":
        return _day_just_told(dated, place) or found  # "'If the buses do not cross on
        # Saturday ...' Aid convoys, suspended since February, will resume the following
        # Monday": the Monday after that Saturday, not February's first
    if found is not None and found.precision != "day" and mention.part("unit") == "day":
        return _day_just_told(dated, place) or found  # "testing on Sept 9 had found it in
        # tablets made between November 2024 and June. It notified regulators two days
        # later": days count from a day
    if found is not None and found.precision != "day" and mention.part("unit") in _CLOCK_UNITS:
        return next(  # "The river rose late Wednesday. '... since '96,' he said. 'We had
            (  # people wading out half an hour later'": hours count from a day, not a year
                told.when
                for told in reversed(dated[-_DAYS_BACK_TOLD:])
                if told.when.precision == "day" and told.place.part == place.part
            ),
            None,
        )
    return found


def _back_from_a_flashback(dated: list[Dated], place: Place) -> list[Dated]:
    """The dates told, without those of a step back in the past perfect just before this
    sentence ("met FDA staff on Dec. 18. A week earlier, a committee had reviewed the results.
    The agency sent minutes of the meeting the following Monday": the Monday after Dec. 18)."""
    kept = list(dated)
    while kept and kept[-1].flashback and kept[-1].place.number < place.number:
        kept.pop()
    return kept if kept else list(dated)


_CLOCK_UNITS = frozenset(["hour", "minute"])


def _day_just_told(dated: list[Dated], place: Place) -> When | None:
    """The last day told in this sentence or the one before, among the last few dates."""
    for told in reversed(dated[-_DAYS_BACK_TOLD:]):
        if told.place.part != place.part or place.number - told.place.number not in (0, 1, 2):
            return None  # ("crossed the coast late on 27 April, ... It tore roofs from 140
            # homes. Two days later": two sentences back)
        if told.when.precision == "day":
            return told.when
    return None


def _the_day_it_was_said_of(dated: list[Dated], now: dt.date, place: Place) -> When | None:
    """The day still to come that a day's saying told of: the latest day told before the
    saying, in this paragraph or the one before, that is not before the story's today."""
    return _latest_day_near(
        dated[-_CLOCK_BACK:-1], place, lambda d: not d.said and d.when.first_day >= now
    )


def _day_to_come(dated: list[Dated], now: dt.date, place: Place) -> When | None:
    """The day still to come a future clock time is on, when the day it would take is the
    story's today told in the past tense: the latest of the last few days told, in this
    paragraph or the one before, that lies ahead."""
    if not dated or not dated[-1].done or dated[-1].when.first_day != now:
        return None
    return _latest_day_near(dated[-_CLOCK_BACK:], place, lambda d: d.when.first_day > now)


def _latest_day_near(told: list[Dated], place: Place, keep: Callable[[Dated], bool]) -> When | None:
    """The latest day of ``told`` that ``keep`` keeps, told in this paragraph or the one
    before."""
    here = place.paragraph if place.paragraph is not None else 0
    near = [
        d
        for d in told
        if d.when.precision == "day"
        and d.place.paragraph is not None
        and here - d.place.paragraph <= 1
        and keep(d)
    ]
    return near[-1].when if near else None


def _said_on_after(
    mention: Mention,
    following: dict[Mention, Mention | None],
    reading: Reading,
    text: str,
    offset: int,
    now: dt.date,
) -> dt.date | None:
    """The day a quotation was spoken, told after it in the sentence ("'We hope to finish by
    Friday,' foreman Ed Kay said on May 1"): a day outside the quotation, soon after
    its closing mark, in words about speaking or writing ("... since last night," Pellerin said
    on Saturday afternoon); read back from publication."""
    later = following[mention]
    while later is not None and reading.marks.open_at(later.start - offset):
        later = following[later]
    if later is None or later.kind not in ("month_day", "date", "weekday", "day_word"):
        return None  # (and "... tomorrow hold up," Petrakis said in a telephone interview
        # yesterday: the day before publication)
    if later.kind in ("month_day", "date") and not later.part("month"):
        return None
    if not ends_in_attribution(text[: later.start - offset]):
        return None
    said = resolve(later, now, None, False)
    if said is None or said.precision != "day" or said.first_day > now:
        return None
    return said.first_day
