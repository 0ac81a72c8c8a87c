"""The simple timeline method lesson 4 builds, as model answers: the checks compare a student's
functions with these, not with the kit (which does more).

>>> timeline_resolve_weekday("On Tuesday", "2024-11-20")
'2024-11-19'
>>> timeline_resolve_month("last August", "2024-11-20")
'2024-08'
>>> timeline_count_from("a day earlier", "2024-11-19")
'2024-11-18'
"""

from __future__ import annotations

import datetime as dt
import re

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
SHORT_MONTHS = {"Jan.": 1, "Feb.": 2, "Aug.": 8, "Sept.": 9, "Oct.": 10, "Nov.": 11, "Dec.": 12}
TIMELINE_MONTH_NUMBERS = {
    **{name: number for number, name in enumerate(MONTH_NAMES, start=1)},
    **SHORT_MONTHS,
}
TIMELINE_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
}  # fmt: skip
TIMELINE_WEEKDAY = r"\b(?:[Oo]n )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
TIMELINE_MONTH = (
    r"\b(?:(?:[Oo]n|[Ii]n|[Ll]ast) )?"
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b|(?:Jan|Feb|Aug|Sept|Oct|Nov|Dec)\.)(?: \d{1,2}\b)?"
)
TIMELINE_RELATIVE = r"\b(a|an|one|two|three|four|five|six|seven|\d+) (day|week)s? (earlier|later)\b"


def timeline_find_weekdays(sentence: str) -> list[str]:
    """Exercise 1's model: the weekday expressions of a sentence, with "on" when it has one."""
    return [match.group() for match in re.finditer(TIMELINE_WEEKDAY, sentence)]


def timeline_find_months(sentence: str) -> list[str]:
    """Exercise 2's model: month expressions ("last August", "on Nov. 18", "in May")."""
    return [match.group() for match in re.finditer(TIMELINE_MONTH, sentence)]


def timeline_resolve_weekday(expression: str, published: str) -> str:
    """Exercise 3's model: the latest such weekday on or before the publication date."""
    day = dt.date.fromisoformat(published)
    target = WEEKDAY_NAMES.index(expression.split()[-1])
    back = (day.weekday() - target) % 7
    return (day - dt.timedelta(days=back)).isoformat()


def timeline_resolve_month(expression: str, published: str) -> str:
    """Exercise 4's model: the latest such month not after the publication month, with the day
    when the text gives one."""
    day = dt.date.fromisoformat(published)
    found = re.search(r"([A-Z][a-z]+\.?)(?: (\d{1,2}))?$", expression)
    month = TIMELINE_MONTH_NUMBERS[found.group(1)]
    year = day.year if month <= day.month else day.year - 1
    if found.group(2):
        return f"{year}-{month:02d}-{int(found.group(2)):02d}"
    return f"{year}-{month:02d}"


def timeline_count_from(expression: str, event_date: str) -> str:
    """Exercise 5's model: "a day earlier", "two weeks later" counted from an event's date."""
    number, unit, direction = re.search(TIMELINE_RELATIVE, expression.lower()).groups()
    amount = TIMELINE_NUMBER_WORDS.get(number) or int(number)
    days = amount * 7 if unit == "week" else amount
    if direction == "earlier":
        days = -days
    return (dt.date.fromisoformat(event_date) + dt.timedelta(days=days)).isoformat()


def _relatives(sentence: str) -> list[str]:
    return [m.group() for m in re.finditer(TIMELINE_RELATIVE, sentence, flags=re.IGNORECASE)]


def timeline_of(text: str, published: str) -> list[tuple[str, str]]:
    """Exercise 6's model: (expression, date) for each weekday, month and relative expression of
    the body, sentence by sentence; a relative one counts from the last date with a day."""
    import nltk

    from lessons.article import parse_article

    events: list[tuple[str, str]] = []
    last_day = published
    for paragraph in parse_article(text).paragraphs:
        for sentence in nltk.sent_tokenize(paragraph.text):
            for expression in timeline_find_weekdays(sentence):
                last_day = timeline_resolve_weekday(expression, published)
                events.append((expression, last_day))
            for expression in timeline_find_months(sentence):
                date = timeline_resolve_month(expression, published)
                events.append((expression, date))
                if len(date) == 10:
                    last_day = date
            for expression in _relatives(sentence):
                events.append((expression, timeline_count_from(expression, last_day)))
    return events
