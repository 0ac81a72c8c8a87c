"""Time counted in whole units: "last week", "next month" and "the end of the year" count from the
day of publication; "the next day", "two weeks later" and "a century later" from the event
just described ("the following week" is a week, as precise as its words)."""

from __future__ import annotations

import datetime as dt

from lessons.timeline.patterns import Mention
from lessons.timeline.when import When, day_number, shift, week_of, weekend_of, with_edge
from lessons.timeline.words import count_of


def resolve_unit(mention: Mention, published: dt.date, ahead: bool | None) -> When:
    """A unit of time ("last week", "next month", "the end of the year"): counted in whole units
    from the day of publication, keeping the unit's precision (a week is its week)."""
    unit, which = mention.part("unit"), mention.part("which")
    if unit in ("midweek", "mid-week"):  # "until at least midweek": this week
        unit = "week"
    step = {"last": -1, "this past": -1, "next": 1, "this coming": 1}.get(which, 0)
    if mention.part("now").casefold() == "coming":
        step = 1  # "the coming weekend": like "this coming weekend"
    if unit == "season":  # "last season": a sports season, read as its year
        return When(published.year + step)
    if mention.part("now") == "new":  # "at the start of the new year": the next one (this one
        # when written in January, or told back in the year's first half: "in use since the new
        # year", written in March; but "promised early in the new year", written in November,
        # is the next)
        step = 0 if published.month == 1 or (ahead is False and published.month <= 6) else 1
    if unit == "weekend":
        saturday = published - dt.timedelta(days=(published.weekday() - 5) % 7)
        coming = which == "this" and (published.weekday() > 0 or ahead is not False)  # "turns
        # 100 this weekend", written on a Wednesday (but "celebrated this weekend" on a Monday)
        friday = not which and published.weekday() in (3, 4) and ahead is None  # "We get
        # the weekend off," said on a Friday (or a Thursday): the one about to start
        if step > 0 or (not step and published.weekday() < 5 and (ahead or coming or friday)):
            saturday += dt.timedelta(weeks=1)  # the weekend to come
        elif step < 0 and published.weekday() >= 5:
            saturday -= dt.timedelta(weeks=1)
        return weekend_of(saturday)
    day = shift(published, step, unit)
    if unit == "week":  # a Sunday paper looks at the week ahead: "this week" starts tomorrow,
        if published.weekday() == 6 and mention.part("edge") != "earlier":  # "last week" is
            day += dt.timedelta(days=1)  # the one ending today (and so is "earlier this week")
        elif (
            published.weekday() == 5
            and not step
            and ahead is not False
            and mention.part("edge").casefold().startswith("late")
        ):  # a Saturday's "likely later in the week": the week's end is gone, so the next one
            day += dt.timedelta(days=2)
        return week_of(day)
    when = with_edge(When.of(day, "month" if unit == "month" else "year"), mention)
    ended = mention.part("ending") and when.last_day >= published  # "ended the year down 18%"
    back = ahead is False and not which and mention.part("now") != "new"  # ("promised early in
    # the new year": the year to come, whatever the tense)
    if ended or (back and when.first_day > published):  # "inventory at the end of the year was
        # lower", written on Jan. 4: the year just ended
        earlier = shift(published, -1, unit)
        when = with_edge(When.of(earlier, "month" if unit == "month" else "year"), mention)
    return when


_YEARS_IN = {"decade": 10, "century": 100}


def in_years(unit: str, amount: int) -> tuple[str, int]:
    """A count of decades or centuries as years ("a decade ago" is ten years ago); any other
    unit as it is.

    >>> in_years("century", 1), in_years("day", 3)
    (('year', 100), ('day', 3))
    """
    return ("year", amount * _YEARS_IN[unit]) if unit in _YEARS_IN else (unit, amount)


def resolve_after_event(
    mention: Mention, published: dt.date | None, anchor: When | None
) -> When | None:
    """A time counted from an event ("a day earlier", "two weeks later", "the night of the
    stabbing"): counted from ``anchor``, the event just told (None when there is none to count
    from)."""
    unit = mention.part("unit").casefold()  # ("Hours later")
    direction = mention.part("dir")
    if mention.part("that") or direction in ("same", "of"):  # "the night of the stabbing"
        amount = 0
    elif direction in ("next", "following", "later", "after", "afterward", "afterwards", "on"):
        amount = 1
    else:
        amount = -1
    if mention.part("n"):
        amount *= count_of(mention.part("n")) or day_number(mention.part("n"))
    if mention.part("back"):  # "on Tuesday, a day after the union rejected it": Monday
        if anchor is None or anchor.precision != "day":
            return None  # ("In January, a week after the anniversary": no day to count from)
        amount = -amount
    unit, amount = in_years(unit, amount)  # "A century later"
    base = anchor or (When.of(published) if published else None)
    if base is None:
        return None
    if unit in ("hour", "minute"):  # "an hour later": the day it counts from
        return When.of(base.first_day) if base.precision == "day" else base
    if anchor is None and mention.part("n") and direction.startswith(("later", "after", "on")):
        base, amount = When.of(base.first_day, "year" if unit == "year" else "day"), 0  # a
        # headline's "60 years later" with nothing told before it: later is now
    if unit == "week":  # "the following week", "two weeks later": a week, as "two weeks ago"
        return week_of(shift(base.first_day, amount, unit))
    if unit == "weekend":  # "that weekend": the one holding the day or after it; "the
        day = base.first_day  # following weekend" the next to start after it; "the previous"
        saturday = day + dt.timedelta(days=5 - day.weekday())  # the week's (a Sunday's: the day
        on_it = day.weekday() >= 5  # before)
        weeks = 1 if amount > 0 and on_it else -1 if amount < 0 else 0
        return weekend_of(saturday + dt.timedelta(weeks=weeks))
    precision_of_unit = {"month": "month", "year": "year"}.get(unit, "day")
    order = ("day", "month", "year")
    precision = max(base.precision, precision_of_unit, key=order.index)
    when = When.of(shift(base.first_day, amount, unit), precision)
    span = mention.part("span")  # "at the end of that year": its last month
    if span and when.precision == "year":
        return When(
            when.year, 1 if span in ("beginning", "start") else 12 if span == "end" else None
        )
    return when
