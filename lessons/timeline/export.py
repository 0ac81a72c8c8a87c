"""The timeline for other tools: a CSV table, and a TimelineJS3 story.

TimelineJS3 is Knight Lab's free tool that turns a JSON file into an interactive timeline for
a news site (https://timeline.knightlab.com/).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable

from lessons.article import Span
from lessons.timeline.events import Event, by_date
from lessons.timeline.when import parse_when

CSV_COLUMNS = ("date", "period", "expression", "event", "status", "paragraph", "start", "end")


def to_csv(events: Iterable[Event]) -> str:
    """The timeline as a CSV table (one row per expression, in reading order).

    >>> print(to_csv([Event("on Tuesday", "2024-11-19", "Council voted", "past", 3, 10, 20)]))
    date,period,expression,event,status,paragraph,start,end
    2024-11-19,,on Tuesday,Council voted,past,3,10,20
    <BLANKLINE>
    """
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for event in events:
        writer.writerow({k: v for k, v in event.to_dict().items() if k in CSV_COLUMNS})
    return buffer.getvalue()


def to_timelinejs(events: Iterable[Event], title: Span | str | None = None) -> dict[str, object]:
    """The timeline in TimelineJS3's JSON format (https://timeline.knightlab.com/docs/json-format.html).

    Month and day are left out when the text gives only a month or a year; a week or weekend
    runs from its first day to its last (``end_date``); expressions without a date are left
    out. Past and planned events go into two groups (two rows on the timeline).

    >>> events = [Event("last August", "2024-08", "Warnings issued", "past", 9, 0, 11)]
    >>> to_timelinejs(events)["events"][0]["start_date"]
    {'year': '2024', 'month': '8'}
    """
    events = list(events)
    headline = str(title).strip() if title is not None and str(title).strip() else "Timeline"
    slides = []
    for when, event in by_date(events):
        start_date = {"year": str(when.year)}
        if when.month is not None:
            start_date["month"] = str(when.month)
        if when.day is not None:
            start_date["day"] = str(when.day)
        where = (  # paragraphs counted from 1, as a reader counts
            "the headline, dek or caption"
            if event.paragraph is None
            else f"paragraph {event.paragraph + 1}"
        )
        slide: dict[str, object] = {
            "start_date": start_date,
            "text": {
                "headline": event.event or event.expression,
                "text": f"\u201c{event.expression}\u201d ({where}; {event.status})",
            },
            "group": event.status,
            "unique_id": f"event-{event.start}",
        }
        if when.week is not None:  # "last week": Monday to Sunday, not the whole month
            slide["start_date"] = _day(when.first_day)
            slide["end_date"] = _day(when.last_day)
        slides.append(slide)
    undated = sum(1 for e in events if parse_when(e.date) is None)
    summary = f"{len(slides)} dated events found in the story"
    if undated:
        summary += f"; {undated} expressions could not be dated and are left out"
    return {"title": {"text": {"headline": headline, "text": summary}}, "events": slides}


def _day(day: dt.date) -> dict[str, str]:
    return {"year": str(day.year), "month": str(day.month), "day": str(day.day)}
