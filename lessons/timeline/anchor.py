"""Step 6: anchor each expression to the events around it.

Some expressions count from the event just described rather than from the publication date:
"The mayor resigned on Monday. A day earlier, ..." is Sunday; "that day", "on the 7th", "that
spring", "the next day" and "overnight" name a day or a time the story has just told. The
events told so far are in :mod:`~lessons.timeline.dates_told`; from them, a
weekday takes the week of the days around it (:mod:`~lessons.timeline.which_weekday`), a date
written without a year the year of its passage (:mod:`~lessons.timeline.passage_year`), a
range's end or a list's line the date before it (:mod:`~lessons.timeline.in_order`), and "two
days after the grounding" the day of the event it names
(:mod:`~lessons.timeline.events_by_name`). Which way a date the text leaves open is read, ahead
or back, is :mod:`lessons.timeline.direction`'s job.

>>> where = Place("body", 3, 7)
>>> anchor_of([Dated(When(2024, 11, 19), where, written_year=False)], Place("body", 3, 8))
When(year=2024, month=11, day=19)
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from lessons.timeline.dates_told import (
    DAYS_BACK,
    LOOK_BACK,
    Dated,
    Place,
    a_winter_of_two_years,
    last_day_named,
)
from lessons.timeline.patterns import Mention
from lessons.timeline.when import When, day_number
from lessons.timeline.which_holiday import named_holiday_date


def anchor_of(
    dated: Sequence[Dated],
    place: Place,
    day_only: bool = False,
    not_after: dt.date | None = None,
    not_before: dt.date | None = None,
    by_the_day: bool = False,
) -> When | None:
    """The date "a day earlier" counts from: the event just described, in this sentence or the
    one before; failing that, the last dated event of the two paragraphs before (``by_the_day``,
    a count of days or weeks: not a year a span of time opens from). ``day_only``:
    the last event dated to a day ("late Thursday ... on the lot where a garage stood until
    2017. The vote came shortly before 11 p.m.": Thursday, not 2017)."""
    if day_only:  # a clock time told in the past is not on a day still to come, nor one
        dated = [  # told in the future on a day gone ("will open with a ribbon-cutting at 10 a.m.")
            d
            for d in dated[-DAYS_BACK:]
            if d.when.precision == "day"
            and not d.opens  # "camping there since July 8, called police at 4:52 p.m."
            and not d.given_up  # "moved the report to Jan. 23 from Jan. 16. It will hold a
            # call at 10 a.m. that day": Jan. 23
            and (not_after is None or d.when.first_day <= not_after)
            and (not_before is None or d.when.first_day >= not_before)
        ]
        if _told_on_a_later_day(dated):
            dated = dated[:-1]  # "a main that burst late Tuesday ..., organizers said Wednesday.
            # The break, reported at 11:52 p.m.": Tuesday's 11:52 p.m.
    if (
        by_the_day
        and len(dated) > 1
        and dated[-1].opens
        and dated[-1].when.precision in ("year", "month")
    ):
        dated = dated[:-1]  # "The election, held on May 31, was the first since 2021. Results
        # came three days later": May 31, not 2021 (but "since 2009. That year, ...": 2009);
        # "the third break since January 2024. Crews had finished repaving just two weeks
        # earlier": not two weeks before January 2024
    if not dated:
        return None
    last = dated[-1]
    if (last.place.part, place.part) == ("headline", "dek"):
        return last.when  # "Home opener set for April 12" / "gates open at 5:30 p.m."
    if last.place.part != place.part:
        return None
    if place.number - last.place.number in (0, 1):
        return last.when
    here, there = place.paragraph, last.place.paragraph
    if here is not None and there is not None and here - there <= 1:
        return last.when
    if here is not None and there is not None and here - there == 2:
        return last.when if last.when.precision == "day" else None  # a day, not "in May"
    return None


def _told_on_a_later_day(dated: Sequence[Dated]) -> bool:
    """Is the last day the day the news was told ("organizers said Wednesday"), right after a
    day of what it tells in the same paragraph?"""
    if len(dated) < 2 or not dated[-1].said or dated[-2].said:
        return False
    return dated[-2].place.paragraph == dated[-1].place.paragraph


def time_told(
    dated: Sequence[Dated], now: dt.date | None, day_only: bool = False, past: bool = False
) -> When | None:
    """The time a story tells of, for "that spring" and "the previous November": its latest
    date that is not the present (within a week of the story's day), nor the start of a span up
    to now ("since it was dedicated in 1987"), nor a year told in an aside ("who was born in
    1943,"). A feature that steps back to 1962, quotes a survivor "this week" and then says "A
    state inquiry that spring" means the spring of 1962. A winter told with its two years ("The
    winter of 1957-58 was the hardest") is told up to its February: "the following spring" is
    the spring of 1958.
    """
    week = dt.timedelta(days=7)
    recent = dated[-LOOK_BACK:]
    for at in range(len(recent) - 1, -1, -1):
        earlier = recent[at]
        when = earlier.when
        present = now is not None and when.first_day - week <= now <= when.last_day + week
        ahead = past and now is not None and when.first_day > now  # told in the past tense
        up_to_now = earlier.opens and not earlier.flashback  # (not "had been seeping since
        # the spring of 1948", a span that ran up to the time the story steps back to)
        if not (
            present or ahead or up_to_now or earlier.aside or (day_only and when.precision != "day")
        ):
            if at and a_winter_of_two_years(recent[at - 1], earlier):
                return When(when.year, 2)  # the February the winter ends in
            return when
    return None


def day_of_this_sentence(dated: Sequence[Dated], place: Place, now: dt.date | None) -> When | None:
    """The day "that day" names when its own sentence told one: "services on Tuesday morning
    ... not to travel before 10am that day", whatever the tense. Never the story's today
    ("findings, released today, say the patrol ended at 4pm that day"): then the day told
    before it."""
    if not dated or dated[-1].place != place or dated[-1].when.precision != "day":
        return None
    if now is None or dated[-1].when.first_day != now:
        return dated[-1].when
    return last_day_named(dated[-DAYS_BACK:-1], lambda day: day != now)


def same_day_of_month(
    dated: Sequence[Dated],
    mention: Mention,
    ahead: bool | None = None,
    now: dt.date | None = None,
) -> When | None:
    """The date a day of the month alone names: the last date of the story on that day ("set a
    hearing for Nov. 7 ... 'We'll see them in court on the 7th'": Nov. 7), the last still to
    come when the sentence looks ahead ("the clock runs out on the 15th", after "March 15" and
    "retroactive to Feb. 15", written on March 5: March 15)."""
    if mention.kind != "day_of_month":
        return None
    number = day_number(mention.part("day"))
    if ahead is True and now is not None:
        coming = last_day_named(dated, lambda day: day.day == number and day >= now)
        if coming is not None:
            return coming
    return last_day_named(dated, lambda day: day.day == number)


# "the next day", "the previous evening", "the same day": a day counted from the day just told
DAY_TOLD = frozenset(["next", "following", "previous", "preceding", "same"])


def in_apposition(dated: Sequence[Dated], mention: Mention, text: str, offset: int) -> When | None:
    """The date a counted expression set off by a comma re-describes: "on 28 July, the day
    before the pool was due to be refilled" and "Nov. 25, the Friday after Thanksgiving" are
    28 July and Nov. 25. ``text`` is the sentence, starting at raw offset ``offset``."""
    if mention.kind not in ("after_event", "event_anchor") or not dated:
        return None
    if mention.part("that") or mention.part("dir") in DAY_TOLD or mention.part("back"):
        return None  # (", a day after the union rejected it" dates the rejection)
    last = dated[-1]
    unit = mention.part("unit").casefold()
    same_precision = last.when.precision == "day" or (  # "in 2020, a year after the inlet
        unit in ("month", "year") and last.when.precision == unit  # bite": 2020 again
    )
    if not same_precision or not offset <= last.end <= mention.start:
        return None
    if mention.start - last.end > 4:  # only ", " may stand between
        return None
    return last.when if text[last.end - offset : mention.start - offset].strip() == "," else None


def holiday_on_day_told(
    dated: Sequence[Dated], mention: Mention, place: Place, country: str | None = None
) -> When | None:
    """The day just told in the sentence, when a holiday named with it falls on that day ("Feb.
    17: The Family Day skate drew a record crowd" is Feb. 17's Family Day, whatever the tense
    says), else None."""
    if mention.kind != "holiday" or mention.part("weekend") or mention.part("year") or not dated:
        return None
    if mention.part("kept_on"):
        return None  # "on Monday, the St Andrew's Day holiday": the Monday it is kept
    last = dated[-1]
    if last.place != place or last.when.precision != "day":
        return None
    day = named_holiday_date(mention, last.when.year, country)  # ("Thursday, Juneteenth Eve")
    return last.when if day == last.when.first_day else None


def overnight_after(told: Dated, between: str) -> When | None:
    """ "Overnight" in a sentence that has told a day: the night that ends on that day when the
    night came before it ("schools closed on Dec. 8, after snow fell overnight"), else the night
    after it ("came ashore early Tuesday, then stalled overnight": Wednesday)."""
    if told.when.precision != "day":
        return None
    before_it = re.search(r"(?i)\bafter\b", between) is not None
    return told.when if before_it else When.of(told.when.first_day + dt.timedelta(days=1))
