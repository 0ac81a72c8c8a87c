"""Lesson 4: build a timeline of the story.

A news story jumps around in time: it opens with the latest news ("On Tuesday, ..."), reaches
back for context ("a day earlier", "last August") and looks ahead ("will vote next month").
A reporter who rebuilds the order of events takes every time expression through these steps,
one module each:

1. **find it** (:mod:`~lessons.timeline.expressions`): patterns for the ways news English
   writes dates ("Nov. 18", "on Tuesday", "a day earlier", "last year"), built from the words
   of time in :mod:`~lessons.timeline.words`, minus what only looks like a date ("Super
   Tuesday", "open Tuesday to Saturday": :mod:`~lessons.timeline.not_dates`);
   a date word in a name or a title ("Easter Island": :mod:`~lessons.timeline.names_and_titles`);
   a weekly timetable ("open Tuesday to Saturday": :mod:`~lessons.timeline.timetables`);
   each pattern has a kind that says how to resolve it (:mod:`~lessons.timeline.patterns`);
   a clock time goes with its day ("at 9 a.m. Thursday": :mod:`~lessons.timeline.time_of_day`);
   a holiday and its date are one ("Labor Day, Sept. 4": :mod:`~lessons.timeline.holiday_pairs`);
2. **resolve it** (:mod:`~lessons.timeline.resolve`): turn it into a calendar date, keeping
   only as much precision as the text gives ("2024-11-18", "2024-08" or "2024"); holidays
   fall on the days :mod:`~lessons.timeline.holidays` gives for the story's country
   (:mod:`~lessons.timeline.country`);
   a date as precise as its words, and counting with it (:mod:`~lessons.timeline.when`);
   "on Tuesday", "in March": the one nearest publication (:mod:`~lessons.timeline.weekdays_months`);
   "next month", "two weeks later": counted in units (:mod:`~lessons.timeline.counted_time`);
   "last Halloween", "the bank holiday": which one (:mod:`~lessons.timeline.which_holiday`);
3. **know when the story was published** (:mod:`~lessons.timeline.published`): relative dates
   count from that day;
4. **read its sentence** (:mod:`~lessons.timeline.clauses`): the clause it belongs to and the
   tense there, from the words and tags of the shared document;
   the grammar it is read with, a verb's forms and their tags (:mod:`~lessons.timeline.grammar`);
   nouns the tagger takes for verbs ("his Miami relatives": :mod:`~lessons.timeline.noun_phrases`);
   verbs it reads in the wrong form ("meet/VBD Monday": :mod:`~lessons.timeline.misread_tags`);
   the verb that tells the date's time ("said on Friday": :mod:`~lessons.timeline.nearest_verb`);
   what that verb says, so "past" or "planned" ("will vote": :mod:`~lessons.timeline.tense`);
5. **say what happened** (:mod:`~lessons.timeline.summary`): the clause in about 12 words;
6. **anchor it** (:mod:`~lessons.timeline.anchor`): "a day earlier" counts from the event just
   described, "two days after the grounding" from the dated grounding, and a date the text
   leaves open is read ahead or back by its tense and cue words ("by", "until", "planned":
   :mod:`~lessons.timeline.direction`);
   the cue words that settle it whatever the tense, in order (:mod:`~lessons.timeline.cues`);
   a deadline or a span ("until Tuesday", "since May 2": :mod:`~lessons.timeline.deadlines`);
   a plan, a booking, a call-off ("planned for Saturday": :mod:`~lessons.timeline.plans`);
   an event's noun or a forecast ("after Friday's storm": :mod:`~lessons.timeline.event_days`);
   a baseline ("up from 24 in 2012",
   :mod:`~lessons.timeline.baselines`) or a habit ("usually held in March",
   :mod:`~lessons.timeline.habits`) gets no row;
   a relative date inside a quoted e-mail or speech counts from the day it was written
   (:mod:`~lessons.timeline.quoted`);
   the dates told so far, each with its sentence's place (:mod:`~lessons.timeline.dates_told`);
   a weekday's week from the days told ("the Thursday": :mod:`~lessons.timeline.which_weekday`);
   a yearless date's year from its passage (:mod:`~lessons.timeline.passage_year`);
   a range's end or a list's line after the date before (:mod:`~lessons.timeline.in_order`);
   "after the grounding", "election night": the day of the event named
   (:mod:`~lessons.timeline.events_by_name`);
7. **build the timeline** (:mod:`~lessons.timeline.build`): dated events, "past" or "planned";
   a date written without a year takes the year its passage tells of, unless an aside or
   another verb stands between (:mod:`~lessons.timeline.years`); a clock time takes its day
   (:mod:`~lessons.timeline.clocks`);
   a wire dateline's date is the entry "Filed from NAIROBI" (:mod:`~lessons.timeline.dateline`).

>>> import datetime as dt
>>> from lessons.article import parse_article
>>> article = parse_article("Council Votes\\n\\nThe council voted on Tuesday. A day earlier, "
...                         "the mayor resigned.")
>>> for event in build_timeline(article, dt.date(2025, 3, 6)):
...     print(event.date, event.expression, "|", event.event)
2025-03-04 on Tuesday | The council voted
2025-03-03 A day earlier | The mayor resigned

Then the views: :func:`plot_timeline` (a chart for a memo, :mod:`~lessons.timeline.chart`),
:func:`to_csv` and :func:`to_timelinejs` (the JSON that Knight Lab's TimelineJS3 turns into an
interactive timeline, :mod:`~lessons.timeline.export`).
"""

from __future__ import annotations

from lessons.timeline.build import build_timeline
from lessons.timeline.chart import BASELINE_COLOUR, PAST_COLOUR, PLANNED_COLOUR, plot_timeline
from lessons.timeline.events import Event, timeline_table
from lessons.timeline.export import CSV_COLUMNS, to_csv, to_timelinejs
from lessons.timeline.expressions import find_time_expressions
from lessons.timeline.holidays import holiday_date
from lessons.timeline.misread_tags import news_tags
from lessons.timeline.patterns import DURATION, PATTERNS, Mention
from lessons.timeline.published import PublishedDate, infer_published
from lessons.timeline.resolve import resolve
from lessons.timeline.when import When, parse_period, parse_when
from lessons.timeline.words import MONTHS, NUMBERS, SEASONS, WEEKDAYS

__all__ = [
    "MONTHS",
    "WEEKDAYS",
    "NUMBERS",
    "SEASONS",
    "PATTERNS",
    "DURATION",
    "Mention",
    "find_time_expressions",
    "When",
    "resolve",
    "holiday_date",
    "parse_period",
    "parse_when",
    "PublishedDate",
    "infer_published",
    "news_tags",
    "Event",
    "build_timeline",
    "timeline_table",
    "plot_timeline",
    "PAST_COLOUR",
    "PLANNED_COLOUR",
    "BASELINE_COLOUR",
    "to_csv",
    "to_timelinejs",
    "CSV_COLUMNS",
]
