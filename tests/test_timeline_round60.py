"""Timeline rules, round sixty (issue 16: "dates inside a quoted e-mail or speech anchored to the
publication date"), from the blind set of (features of 1998):

- "last October" inside a quotation counts from the day the words were said, when the text
  dates it ("In a deposition on March 11, 1992, ... 'I first heard of it last October,' he
  said": October 1991), as "yesterday" and "last week" already did;
- a day told in the past right after a season of long ago written with its year takes that
  year ("came to the city in the spring of 1957 ... On April 3 she walked into the club"); not
  one told in another tense ("is due home on Aug. 20"), nor a winter, which runs over
  the new year.

The snippets are new text, written for this test; on the kit before the round (f1d5d75) the
two rules fail and the guard passes.
"""

from __future__ import annotations

import datetime as dt

from tests.test_timeline_news import rows

FRIDAY = dt.date(1998, 12, 4)
SUNDAY = dt.date(1998, 3, 15)


def test_last_october_in_a_dated_quotation() -> None:
    assert rows(
        "In a deposition on March 11, 1992, the treasurer said he had known nothing. "
        '"I first heard the word restatement last October," he said.',
        FRIDAY,
    ) == [("on March 11, 1992", "1992-03-11", "past"), ("last October", "1991-10", "past")]


def test_a_day_of_a_season_of_long_ago() -> None:
    assert rows(
        "She came to the city in the spring of 1957 with one suitcase. On April 3 she walked "
        "into the club to ask for work.",
        SUNDAY,
    ) == [("in the spring of 1957", "1957", "past"), ("On April 3", "1957-04-03", "past")]


def test_a_plan_after_a_season_of_long_ago_keeps_its_own_year() -> None:
    assert rows(
        "They met in the summer of 1975. Their son is due home on leave on Aug. 20.",
        dt.date(1998, 7, 30),
    ) == [("in the summer of 1975", "1975", "past"), ("on Aug. 20", "1998-08-20", "planned")]
