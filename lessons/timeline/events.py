"""The timeline's rows.

An :class:`Event` is one time expression ("on Tuesday"), the date it points to ("2024-11-19"),
what happened then ("The council voted") and whether that is past or planned;
:func:`timeline_table` prints the rows as a table, in reading order or by date.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass

from lessons.timeline.when import When, parse_period, parse_when


@dataclass(frozen=True)
class Event:
    """A time expression, the date it points to and what happened then.

    ``date`` is "YYYY-MM-DD", "YYYY-MM" or "YYYY" (as precise as the text), or None when the
    kit cannot pin it down; ``status`` is "past" or "planned"; ``paragraph`` is None for the
    headline, dek and caption. ``article.raw[start:end] == expression``. ``period`` is the week
    the text names ("last week": "2024-W46"; a weekend "2024-W46-WE"), whose ``date`` is only
    its month; None for every other expression.
    """

    expression: str
    date: str | None
    event: str
    status: str
    paragraph: int | None
    start: int
    end: int
    period: str | None = None

    def to_dict(self) -> dict[str, object]:
        return asdict(self)


def by_date(events: Iterable[Event]) -> list[tuple[When, Event]]:
    """The events that have a date, each with its :class:`When`, earliest first."""
    dated = []
    for event in events:
        when = parse_period(event.period) or parse_when(event.date)
        if when is not None:
            dated.append((when, event))
    return sorted(dated, key=lambda pair: (pair[0].first_day, pair[1].start))


def timeline_table(events: Iterable[Event], order: str = "reading") -> str:
    """The timeline as a plain-text table, in reading order or by ``order="date"``.

    >>> print(timeline_table([Event("on Tuesday", "2024-11-19", "Council voted", "past", 3, 0, 9)]))
    date        status  paragraph  expression  event
    2024-11-19  past    3          on Tuesday  Council voted
    """
    events = list(events)
    if order == "date":
        undated = [e for e in events if parse_when(e.date) is None]
        events = [e for _, e in by_date(events)] + undated
    rows = [("date", "status", "paragraph", "expression", "event")]
    for e in events:
        where = "-" if e.paragraph is None else str(e.paragraph)
        rows.append((e.date or "?", e.status, where, e.expression, e.event))
    widths = [max(len(row[k]) for row in rows) for k in range(4)]
    return "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(row[:4], widths, strict=True))
        + "  "
        + row[4]
        for row in rows
    )
