"""Lesson 4: build a timeline of the story.

A news story jumps around in time: it opens with the latest news ("On Tuesday, ..."), reaches
back for context ("a day earlier", "last August") and looks ahead ("will vote next month").
A reporter who rebuilds the order of events takes every time expression through these steps,
each step a module, with the smaller modules it uses named where they come in:

1. **find it** (:mod:`~lessons.timeline.expressions`): the ways news English writes a date,
   one pattern each ("Nov. 18", "on Tuesday", "a day earlier", "last year":
   :mod:`~lessons.timeline.patterns`), built from the words of time
   (:mod:`~lessons.timeline.words`); a clock time goes with its day ("at 9 a.m. Thursday":
   :mod:`~lessons.timeline.time_of_day`) and a holiday with the date beside it ("Labor Day,
   Sept. 4": :mod:`~lessons.timeline.holiday_pairs`); what only looks like a date is left out
   (:mod:`~lessons.timeline.not_dates`): a name or a title ("Super Tuesday", "the Roads Act
   1993": :mod:`~lessons.timeline.names_and_titles`), a timetable ("open Tuesday to Saturday":
   :mod:`~lessons.timeline.timetables`);
2. **resolve it** (:mod:`~lessons.timeline.resolve`): turn it into a calendar date, keeping
   only as much precision as the text gives ("2024-11-18", "2024-08" or "2024":
   :mod:`~lessons.timeline.when`); "on Tuesday" and "in March" are the nearest such day or
   month (:mod:`~lessons.timeline.weekdays_months`), "next month" and "two weeks later" are
   counted in units (:mod:`~lessons.timeline.counted_time`), and a holiday falls on the day
   its calendar gives (:mod:`~lessons.timeline.holidays`) in the year the story means
   (:mod:`~lessons.timeline.which_holiday`) and for the story's country
   (:mod:`~lessons.timeline.country`);
3. **know when the story was published** (:mod:`~lessons.timeline.published`): relative dates
   count from that day, or from a wire dateline's ("NAIROBI, Aug. 21 (Xinhua) --":
   :mod:`~lessons.timeline.dateline`);
4. **read its sentence** (:mod:`~lessons.timeline.clauses`): the clause it belongs to, from the
   words and tags of the shared document, read with a small grammar
   (:mod:`~lessons.timeline.grammar`, :mod:`~lessons.timeline.noun_phrases`) that mends the
   tags the tagger gets wrong in news ("The two leaders meet/VBD Monday":
   :mod:`~lessons.timeline.misread_tags`); the verb that tells the date's time ("said on
   Wednesday it would publish": :mod:`~lessons.timeline.nearest_verb`) and what its tense
   says, past or planned (:mod:`~lessons.timeline.tense`);
5. **say what happened** (:mod:`~lessons.timeline.summary`): the clause in about 12 words;
6. **anchor it** (:mod:`~lessons.timeline.anchor`): "a day earlier" counts from the event just
   told, among the dates told so far (:mod:`~lessons.timeline.dates_told`); a weekday takes
   the week of the days around it (:mod:`~lessons.timeline.which_weekday`), a date without a
   year the year of its passage (:mod:`~lessons.timeline.passage_year`), a range's end and a
   list's line come after the date before (:mod:`~lessons.timeline.in_order`), "two days after
   the grounding" counts from the grounding (:mod:`~lessons.timeline.events_by_name`), and a
   relative date in a quoted e-mail from the day it was written
   (:mod:`~lessons.timeline.quoted`). A date the text leaves open is read ahead or back
   (:mod:`~lessons.timeline.direction`): first by its cue words
   (:mod:`~lessons.timeline.cues`) of a deadline or a span ("until", "since":
   :mod:`~lessons.timeline.deadlines`), a plan ("planned for", "was due to":
   :mod:`~lessons.timeline.plans`) or an event ("after Friday's storm":
   :mod:`~lessons.timeline.event_days`), then by its tense. A baseline ("up from 24 in 2012":
   :mod:`~lessons.timeline.baselines`) or a habit ("usually held in March":
   :mod:`~lessons.timeline.habits`) gets no row;
7. **build the timeline** (:mod:`~lessons.timeline.build`): the story read one expression
   after another (:mod:`~lessons.timeline.story`), each counted from its anchor
   (:mod:`~lessons.timeline.counting`), given the year of its passage unless an aside or
   another verb stands between (:mod:`~lessons.timeline.years`), dated
   (:mod:`~lessons.timeline.dating`) and checked against the days around it
   (:mod:`~lessons.timeline.checked`); a clock time takes its day
   (:mod:`~lessons.timeline.clocks`). The rows (:mod:`~lessons.timeline.events`) are dated
   events, "past" or "planned", and a wire dateline's date is the row "Filed from NAIROBI".

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
