"""The dateline's date, when the news was filed ("NAIROBI, Aug. 21 (Xinhua) --").

A wire story often opens with the place and day it was filed. That day is not something that
happened in the story, but it is where the story stands in time: "Friday" and "last week" are
read from it, and an editor lining up several wire stories wants it on the timeline. So a
dateline's date is one entry, "Filed from NAIROBI", never a date still to come.

>>> import datetime as dt
>>> from lessons.article import parse_article
>>> article = parse_article("Port Plan Approved\\n\\nNAIROBI, Aug. 21 (Xinhua) -- The port "
...                         "board voted on Friday.")
>>> filed = filed_on(article, dt.date(2026, 8, 22))
>>> filed[0].text, str(filed[1]), filed[2]
('Aug. 21', '2026-08-21', 'Filed from NAIROBI')
>>> filed_on(parse_article("Port Plan\\n\\nNAIROBI (AP) -- The board voted."), None) is None
True
"""

from __future__ import annotations

import datetime as dt
import re

from lessons.article import Article
from lessons.timeline.expressions import find_time_expressions
from lessons.timeline.patterns import Mention
from lessons.timeline.resolve import resolve
from lessons.timeline.when import When

# The kinds of expression a dateline gives: a day of a month, with or without its year.
_DATELINE_KINDS = frozenset(["date", "month_day"])


def filed_on(article: Article, published: dt.date | None) -> tuple[Mention, When, str] | None:
    """The dateline's date expression, the day it names and "Filed from <place>", or None.

    Without a year, the day is the closest such day on or before publication (a story is not
    filed after it is published).
    """
    dateline = article.dateline
    if dateline is None:
        return None
    mentions = [m for m in find_time_expressions(dateline) if m.kind in _DATELINE_KINDS]
    if not mentions:
        return None
    mention = mentions[0]
    when = resolve(mention, published, ahead=False)
    if when is None:
        return None
    place = re.split(r"[,(]", dateline.text[: mention.start - dateline.start])[0].strip()
    return mention, when, f"Filed from {place}" if place else "Filed"
