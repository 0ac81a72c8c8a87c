"""A holiday and the date or weekday written beside it are one expression, on the day the text
gives: "Labor Day, Sept. 4", "this Friday, Waitangi Day,", "Monday (King's Birthday)"; so is a
weekday with its date in brackets ("giving staff Monday (16 March) off")."""

from __future__ import annotations

import re
from dataclasses import replace

from lessons.timeline.patterns import Mention
from lessons.timeline.words import WEEKDAYS


def dates_its_holiday(last: Mention, kind: str, parts: dict[str, str], end: int) -> bool:
    """Does a date start inside the holiday before it, at the holiday's weekday, and go on
    past it ("on Easter Monday, 24 April 1916": "Monday, 24 April 1916")?"""
    return (
        last.kind == "holiday"
        and kind in ("date", "month_day")
        and "weekday" in parts
        and (end > last.end)
    )


def with_its_date(
    holiday: Mention, text: str, offset: int, end: int, kind: str, parts: dict[str, str]
) -> Mention:
    """A holiday and the date that starts at its weekday, one expression on the date written."""
    held = dict(holiday.parts)
    parts = parts | {"holiday": held.get("holiday", ""), "lead": held.get("lead", "")}
    date = Mention(text[:end], offset, offset + end, kind)  # (only its end is read)
    return _one_expression(text, offset, holiday, date, kind, {k: v for k, v in parts.items() if v})


def _names_no_other_weekday(holiday: Mention, weekday: str) -> bool:
    """Does a holiday's name leave ``weekday`` possible ("Easter Sunday" after "Sunday", any
    weekday before "Waitangi Day"; not "Good Friday" after "Monday")?"""
    named = [w for w in holiday.part("holiday").split() if w in WEEKDAYS]
    return all(w == weekday.casefold() for w in named)


def holidays_with_dates(text: str, offset: int, mentions: list[Mention]) -> list[Mention]:
    """ "Labor Day, Sept. 4", "on Father's Day, 7 September" and "Thanksgiving Monday, Oct. 13":
    one expression, on the date written (the text says which day it means); a weekday with its
    holiday in brackets ("Monday (King's Birthday)") is the holiday's day."""
    merged: list[Mention] = []
    for mention in mentions:
        last = merged[-1] if merged else None
        listed = len(merged) > 1 and text[merged[-2].end - offset : last.start - offset] == ", "
        between = text[last.end - offset : mention.start - offset] if last else ""
        bracketed = between == " (" and text[mention.end - offset : mention.end - offset + 1] == ")"
        if (
            last is not None
            and last.kind == "holiday"
            and mention.kind in ("month_day", "date")
            and (
                (between == ", " and not listed)
                or (between == " " and not mention.part("lead"))
                or bracketed
            )
        ):  # (not "on Christmas Day, Boxing Day, 1 January and 2 January", nor "for Lunar New
            # Year on Feb. 17", two rows; "Good Friday (18 April)", a heading's holiday and its
            # date in brackets, is one row)
            parts = dict(mention.parts) | {"holiday": dict(last.parts)["holiday"]}
            if last.part("lead"):
                parts["lead"] = dict(last.parts)["lead"]
            date = replace(mention, end=mention.end + 1) if bracketed else mention
            merged[-1] = _one_expression(text, offset, last, date, mention.kind, parts)
        elif (
            last is not None
            and last.kind in ("month_day", "date")
            and mention.kind == "holiday"
            and not mention.part("weekend")
            and text[last.end - offset : mention.start - offset] == ", "
            and _ENDS_A_PHRASE.match(text, mention.end - offset)
        ):  # "through Sept. 7, Labor Day.", "on Dec. 1, the Monday after Thanksgiving": the date
            # and the holiday it is, one expression (datasets/README, rounds 20 and 21)
            parts = dict(last.parts) | {"holiday": dict(mention.parts)["holiday"]}
            parts |= {  # "Sept. 2, the day after Labour Day": how the date counts from it
                f"holiday_{k}": v for k, v in mention.parts if k.startswith("shift_")
            }
            merged[-1] = _one_expression(text, offset, last, mention, last.kind, parts)
        elif (
            last is not None
            and last.kind == "weekday"
            and not last.part("which")
            and mention.kind == "holiday"
            and text[last.end - offset : mention.start - offset] == " ("
            and text[mention.end - offset : mention.end - offset + 1] == ")"
        ):  # "Monday (King's Birthday):": the Monday the holiday names, one row
            parts = dict(mention.parts) | {k: v for k, v in last.parts if k == "lead"}
            merged[-1] = replace(last, kind="holiday", parts=tuple(parts.items()))
        elif (
            last is not None
            and last.kind == "holiday"
            and mention.kind == "weekday"
            and between == " "
            and not mention.part("which")
            and not mention.part("lead")
            and not last.part("weekend")
            and _names_no_other_weekday(last, mention.part("weekday"))
        ):  # "through Labour Day Monday": the holiday and its weekday, one expression
            parts = dict(last.parts) | {"weekday": mention.part("weekday")}
            merged[-1] = _one_expression(text, offset, last, mention, "holiday", parts)
        elif (
            last is not None
            and last.kind == "holiday"
            and mention.kind == "weekday"
            and between == ", "
            and mention.part("which") in ("", "next", "this")
            and not mention.part("lead")
            and not last.part("weekend")
            and not listed
            and _names_no_other_weekday(last, mention.part("weekday"))
            and _ENDS_A_PHRASE.match(text, mention.end - offset)
        ):  # "on Melbourne Cup day, next Tuesday,": the weekday says when the holiday is, one
            # expression
            parts = dict(last.parts) | {"weekday": mention.part("weekday")}
            merged[-1] = _one_expression(text, offset, last, mention, "holiday", parts)
        elif (
            last is not None
            and last.kind == "weekday"
            and mention.kind == "holiday"
            and between in (", ", ", the ")
            and not listed
            and not mention.part("weekend")
            and not any(key.startswith("shift_") for key, _ in mention.parts)  # (not "on
            # Tuesday, the day after the King's Birthday holiday")
            and _names_no_other_weekday(mention, last.part("weekday"))
            and _ENDS_A_PHRASE.match(text, mention.end - offset)
        ):  # "this Friday, Waitangi Day," and "at 3am next Sunday, Easter Sunday": the holiday
            # says which day the weekday is, one expression (datasets/README, round nineteen)
            parts = dict(mention.parts) | {k: v for k, v in last.parts if k == "lead"}
            if mention.part("observed"):  # "on Monday, the St Andrew's Day holiday": kept on
                parts["kept_on"] = last.part("weekday")  # the Monday after a Sunday feast
            merged[-1] = _one_expression(text, offset, last, mention, "holiday", parts)
        elif (
            last is not None
            and last.kind == "day_word"
            and last.part("word") in ("today", "tomorrow", "yesterday", "tonight")
            and mention.kind == "holiday"
            and between == ", "
            and not listed
            and not mention.part("weekend")
            and not any(key.startswith("shift_") for key, _ in mention.parts)
            and _ENDS_A_PHRASE.match(text, mention.end - offset)
        ):  # "by 6pm tomorrow, Christmas Eve,": the holiday says which day it is, one expression
            parts = dict(mention.parts) | {k: v for k, v in last.parts if k == "lead"}
            merged[-1] = _one_expression(text, offset, last, mention, "holiday", parts)
        elif (
            last is not None
            and last.kind == "weekday"
            and not last.part("which")
            and mention.kind in ("month_day", "date")
            and bracketed
        ):  # "giving staff Monday (16 March) off": the date says which Monday, one expression
            parts = dict(mention.parts) | {k: v for k, v in last.parts if k == "lead"}
            date = replace(mention, end=mention.end + 1)
            merged[-1] = _one_expression(text, offset, last, date, mention.kind, parts)
        else:
            merged.append(mention)
    return merged


def _one_expression(
    text: str, offset: int, first: Mention, second: Mention, kind: str, parts: dict[str, str]
) -> Mention:
    """Two expressions side by side as one ("Labor Day, Sept. 4"), of ``kind`` with ``parts``."""
    return Mention(
        text[first.start - offset : second.end - offset],
        first.start,
        second.end,
        kind,
        tuple(parts.items()),
        first.reach,
    )


_ENDS_A_PHRASE = re.compile(r"\s*(?:[,.;:)]|$)")
