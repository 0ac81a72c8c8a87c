"""The year of the passage a date without one belongs to.

"In 2019, the council voted on March 5" gives March 5 the year of its sentence; "stabbed at 2am
on August 14th, 2022 ... He was arrested on August 19th" goes on with the account of 2022; and a
feature that opens "Five years ago this month" has stepped back to that year for "On Aug. 5";
a chronology's line "1923: The board borrows £38,000" tells its paragraph's past."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from lessons.document import StorySentence
from lessons.timeline.dates_told import (
    DAYS_BACK,
    LOOK_BACK,
    Dated,
    Place,
    a_winter_of_two_years,
)
from lessons.timeline.holidays import holiday_date, safe_date
from lessons.timeline.not_dates import heads_a_list_line
from lessons.timeline.patterns import Mention
from lessons.timeline.when import When, day_number, month_number
from lessons.timeline.words import SEASONS, WEEKDAYS, WRITTEN_YEAR_KINDS, YEAR


def _written_year_listed(dated: Sequence[Dated], place: Place) -> Dated:
    """The last date told, or the written year a list of dates in its sentence goes on from:
    "The remaining 2026 dates are June 10, July 29, Sept. 16": 2026, not June 10's year alone."""
    for earlier in reversed(dated):
        if earlier.place != place or earlier.when.year != dated[-1].when.year:
            break
        if earlier.written_year:
            return earlier
    return dated[-1]


def year_in_sentence(
    dated: Sequence[Dated],
    place: Place,
    published: dt.date | None,
    ahead: bool | None,
    verbs_between: int = 0,
) -> int | None:
    """A year written earlier in the same sentence: "In 2019, the council voted on March 5"
    (not for what lies ahead, never a year after publication, and not across another clause
    with its own verb: "a plan approved in 1987 that set no limit, it bought shares through
    Sept. 29" has two verbs between, so Sept. 29 is read on its own)."""
    if not dated or verbs_between > 1:
        return None
    told = dated[-1]  # "the third walkout this year, after strikes in March and July"
    if told.place == place and told.this_year:
        return told.when.year if not verbs_between and not told.opens else None
    this_year = next(  # "The remaining meetings this year fall on June 17, Sept. 16 and Dec. 16":
        (d for d in reversed(dated[-DAYS_BACK:]) if d.place == place and d.this_year), None
    )  # every day of the list
    if this_year is not None and not verbs_between and not this_year.opens:
        return this_year.when.year
    last = _written_year_listed(dated, place)
    if last.place != place or not last.written_year or last.opens:  # "every contract signed
        return None  # since 2012" gives no year to "a budget by April 1"
    if ahead:  # "planned for the 2022 home opener in early April": a year ahead, no verb between
        later = published is None or last.when.year >= published.year
        return last.when.year if verbs_between == 0 and later else None
    if published is not None and last.when.year > published.year and verbs_between:
        return None
    return last.when.year


_YEARLESS = frozenset(["month_day", "month", "holiday"])
_PRESENT_KINDS = frozenset(["day_word", "unit", "ago", "weekday", "year", "date", "month_year"])


def narrative_year(
    frame: int | None,
    mention: Mention,
    when: When | None,
    fronted: bool,
    now: dt.date | None,
    before: str = "",
) -> int | None:
    """The year a story has stepped back to, for the yearless dates that follow: a past time
    opening a sentence ("Five years ago this month, ...", "On 4 May 1974, ..."). A date near
    the story's day ("this week", "in 2023") brings the story back to the present.

    >>> from lessons.article import Span
    >>> from lessons.timeline.expressions import find_time_expressions
    >>> [then] = find_time_expressions(Span("On Aug. 3, 2018", 0, 15))
    >>> narrative_year(None, then, When(2018, 8, 3), True, dt.date(2023, 8, 17))
    2018
    """
    if when is None or now is None:
        return frame
    if mention.kind in _PRESENT_KINDS and when.last_day >= now - dt.timedelta(days=365):
        return None
    told_back = when.year <= now.year - 2
    if told_back and fronted and mention.kind in _PRESENT_KINDS:
        return when.year
    if (
        frame is not None
        and mention.kind in WRITTEN_YEAR_KINDS
        and when.year > frame
        and not _DUE_IN.search(before)
    ):
        return None  # "In 2011, 57 percent rejected abolition, and a second attempt was
        # abandoned in March 2019": the passage has moved on from 2011 (but "since the 1973 oil
        # crisis" in an account of 1976 is its background, and "owed $6 million on notes due
        # 1979" in an account of 1978 looks ahead from it)
    return frame


_DUE_IN = re.compile(r"(?i)\b(?:due|maturing|expiring|until|through|by)\s+(?:in\s+)?$")
_ACCOUNT_DAYS = 62  # how far after a written date a yearless day may go on with its account
_BACK_TO_IT = re.compile(  # a sentence that opens on the time just told: "During that crisis,"
    r"\s*(?:During|After|Throughout|In|At\s+the\s+height\s+of)\s+(?:that|this)\s+[a-z]+\b"
)


def account_year(
    dated: Sequence[Dated],
    mention: Mention,
    place: Place,
    tense: str | None,
    country: str | None = None,
    ahead: bool | None = None,
    opening: str = "",
    now: dt.date | None = None,
) -> int | None:
    """The year of an account a yearless day told in the past goes on with: "stabbed at 2am on
    August 14th, 2022 ... He was arrested on August 19th" is 2022, and "caught fire on Christmas
    Eve 1971 ... ran in the Christmas Day edition" 1971, when the day falls within two months after
    the last day written with its year, in this paragraph or the one before; in any tense, the
    year of the day just told in the same sentence ("after June 16, but not on June 19"); a
    month written with its year too, for a day of that month whose sentence opens back on it
    (``opening``: the sentence's words before the day): "in March 2003 ... During that crisis,
    banks closed on March 10"."""
    if mention.kind not in ("month_day", "holiday") or not dated:
        return None
    season = _in_the_season_told(dated, mention, place, tense, now) if ahead is False else None
    if season is not None:
        return season  # "She came to town in the spring of 1957 ... On April 3 she walked in"
    last = dated[-1]
    counted = last.when.precision == "month" and not last.written_year and not last.opens
    gone = now is not None and last.when.last_day < now  # (a month told in the past, not
    # "originally expected in January" read as the coming one)
    if counted and gone and last.place == place and tense == "past" and ahead is not True:
        day = _day_in(mention, last.when.year, country)
        if day is not None and day.month == last.when.month:
            return last.when.year  # "arrested him about six weeks later, on the night before
            # Thanksgiving", six weeks after Oct. 14, 1994: 1994's Thanksgiving, in the month
            # counted
    if last.place == place and last.when.precision == "day":
        written: Dated | None = last  # "added after June 16, but not on Juneteenth, June 19"
    elif tense == "past" or (tense is None and not ahead):  # (not "the commission has until
        # Sept. 30 to submit new maps", after a passage of 2025: a deadline still to come)
        written = next(
            (
                d
                for d in reversed(dated[-DAYS_BACK:])
                if d.written_year and d.when.precision in ("day", "month")
            ),  # (a month too: "last devalued in March 2003 ... During that crisis, banks
            None,  # closed on March 10")
        )
    else:
        return None
    if written is None or written.place.part != place.part or written.opens:
        return None  # ("without a contract since Aug. 31, 2025, and talks broke down Oct. 28":
        # a span that runs up to now, no account of 2025)
    here, there = place.paragraph, written.place.paragraph
    if here is None or there is None or here - there > 1:
        return None
    start = written.when.first_day
    day = _day_in(mention, start.year, country)
    if day is None:
        return None
    # a day in the same sentence as another, either side of it, not looking ahead: "a farcical
    # Easter last year in which ... on Holy Thursday" (not the day the news was said: "said
    # Tuesday its trial put the drug on course for a decision by Sept. 14"; nor "worked on Labor
    # Day and will close the road before Independence Day")
    same_sentence = written is last and last.place == place and not last.said
    earliest = -_ACCOUNT_DAYS if same_sentence and ahead is not True else 1
    if written.when.precision == "month":  # a day of the very month told, in a sentence that
        same = (day.year, day.month) == (start.year, start.month)  # opens back on it: "in
        next_sentence = place.number - written.place.number == 1 and here == there
        long_ago = now is not None and start.year <= now.year - 3 and tense == "past"
        back = _BACK_TO_IT.match(opening) or (next_sentence and long_ago)  # March 2003 ...
        # During that crisis, banks closed on March 10" (not "declared a fire ban on May 1");
        # "The last great flood, in June 1998, closed the metro. The river crested on June 9":
        # a past day of that month in the next sentence, years ago
        return start.year if same and back else None
    return start.year if earliest <= (day - start).days <= _ACCOUNT_DAYS else None


def _day_in(mention: Mention, year: int, country: str | None) -> dt.date | None:
    """The day a yearless date or holiday names in ``year``."""
    if mention.kind == "holiday":
        return holiday_date(mention.part("holiday"), year, country)
    month, number = month_number(mention.part("month")), day_number(mention.part("day"))
    return safe_date(year, month, number)


def _in_the_season_told(
    dated: Sequence[Dated], mention: Mention, place: Place, tense: str | None, now: dt.date | None
) -> int | None:
    """The year of a season of long ago the story has just told with its year ("came to
    Merrimont in the spring of 1957"), for a day of that season told in the past in the same
    sentence or the next two of its paragraph ("On April 3 she walked into the club")."""
    if tense != "past" or now is None or mention.kind != "month_day":
        return None
    told = next((d for d in reversed(dated[-DAYS_BACK:]) if d.season), None)
    if told is None or not told.written_year or told.when.year > now.year - 3:
        return None
    if told.place.part != place.part or told.place.paragraph != place.paragraph:
        return None
    if not 0 <= place.number - told.place.number <= 2:
        return None
    if told.season == "winter":  # (it runs over the new year: "the winter of 2011-12")
        return None
    month = month_number(mention.part("month"))
    return told.when.year if month in SEASONS.get(told.season, ()) else None


# a winter of two years opening its sentence: "The winter of 1958-59 was the hardest", "In the
# winter of 1950-51, ..." (not "its gates were last replaced over the winter of 2011-12", an
# aside of a story about now)
_A_WINTER_OPENS = re.compile(
    r"(?:^|[.!?][\"\u201d\u2019]?\s+|\n\s*)(?:(?:In|During|Through)\s+)?(?i:the)\s+winter\s+of\s+"
    r"(?:1[89]|20)\d\d$"
)


def in_the_winter_told(
    dated: Sequence[Dated],
    mention: Mention,
    place: Place,
    tense: str | None,
    now: dt.date | None,
    raw: str,
) -> int | None:
    """The year of a winter month told in the past right after a sentence that opens on a
    winter of long ago written with its two years ("The winter of 1958-59 was the hardest the
    town had seen. ... the ferry stopped running in January": January 1959; its December is
    1958's)."""
    if tense != "past" or now is None or mention.kind not in ("month", "month_day"):
        return None
    month = month_number(mention.part("month"))
    if month not in (12, 1, 2, 3):
        return None
    recent = dated[-DAYS_BACK:]
    for at in range(len(recent) - 2, -1, -1):
        winter, second = recent[at], recent[at + 1]
        if winter.season != "winter":
            continue
        if not a_winter_of_two_years(winter, second):
            return None
        if winter.opens or winter.when.year > now.year - 3 or winter.place.part != place.part:
            return None
        if winter.place.paragraph != place.paragraph or place.number - winter.place.number > 2:
            return None
        if _A_WINTER_OPENS.search(raw, max(0, winter.end - 40), winter.end) is None:
            return None
        return winter.when.year if month == 12 else second.when.year
    return None


def year_of_weekday(dated: Sequence[Dated], mention: Mention, now: dt.date | None) -> int | None:
    """The year a yearless date's written weekday points to when it fits no year around the
    story's day: a chronology's "Thursday 24 November" under "Monday 21 November 1966" is 1966
    (the latest year the story wrote out in which the day has that weekday)."""
    weekday = WEEKDAYS.get(mention.part("weekday").rstrip(".").casefold())
    if mention.kind != "month_day" or weekday is None or now is None:
        return None
    month, number = month_number(mention.part("month")), day_number(mention.part("day"))

    def fits(year: int) -> bool:
        day = safe_date(year, month, number)
        return day is not None and day.weekday() == weekday

    if any(fits(year) for year in (now.year - 1, now.year, now.year + 1)):
        return None
    written = (d.when.year for d in reversed(dated[-LOOK_BACK:]) if d.written_year)
    return next((year for year in written if fits(year)), None)


def in_narrative(
    frame: int | None, mention: Mention, tense: str | None, ahead: bool | None
) -> int | None:
    """The year for a yearless date told in the past tense inside a passage about another year
    ("On Aug. 5, with the fire at 400 hectares, ..." after "Five years ago this month")."""
    if frame is None or mention.kind not in _YEARLESS or tense != "past" or ahead is True:
        return None
    return frame


_LINE_YEAR = re.compile(rf"\s*({YEAR})")


def chronology_year(sentence: StorySentence) -> int | None:
    """The year a chronology's line opens with ("1923: The board borrows ..."), if it does."""
    text = sentence.span.text
    line = _LINE_YEAR.match(text)
    if line is None or not heads_a_list_line(text, line.start(1), line.end(1)):
        return None
    return int(line.group(1))


def in_history(
    history: tuple[int | None, int] | None, sentence: StorySentence, published: dt.date | None
) -> bool:
    """Is the sentence in the paragraph of a chronology's line about a past year, whose present
    tense tells the past ("1923: The board borrows £38,000. Work begins in March.")?"""
    if history is None or published is None:
        return False
    paragraph, year = history
    return paragraph == sentence.paragraph and year < published.year
