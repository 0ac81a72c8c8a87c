"""The cue words that settle which way a date is read, whatever the tense.

"postponed until Tuesday" lies ahead, "since the May 2 fire" back, and "would appeal Wednesday's
ruling" is the nearest Wednesday: :func:`by_cue_words` tries its rules in order, each with the
news sentence it was written for, and the first that fits decides. The words they look for are
those of deadlines and spans, plans, and events (the three modules imported below).
"""

from __future__ import annotations

import re
from enum import Enum

from lessons import vocab
from lessons.timeline.deadlines import (
    A_CAUSE_AFTER,
    A_QUARTER_AFTER,
    ANSWERED_AFTER,
    BACK_BY,
    BACKDATED,
    BEFORE_IT,
    COUNTED_BY,
    DEADLINE,
    DEADLINE_AFTER,
    DUE_TO,
    FIGURES_FOR,
    FORECAST_FOR_PERIOD,
    FROM,
    GIVEN_UNTIL,
    HAD_BEEN_DUE,
    HAD_DONE_BY,
    HAD_DONE_UNTIL,
    HAD_STOPPED_THROUGH,
    MISSED_DUE,
    NOT_UNTIL,
    NOW_AND,
    ON_COURSE,
    PERIOD_ENDING,
    SETS_BEFORE,
    SHOULD_HAVE_BY,
    SINCE,
    SPAN_END,
    TARGET,
    THROUGH_AS_A_PARTICLE,
    UNTIL,
    WAITING_UNTIL,
    WANTED_BY,
    WAS_DUE,
    YEAR_ENDING,
    span_ended,
)
from lessons.timeline.event_days import (
    A_FIXTURE_AFTER,
    A_FORECAST_AFTER,
    A_WARNING_RUNNING,
    AFTER_A_TIME_GONE,
    AFTER_WHAT_HAPPENED,
    AHEAD_AFTER,
    AT_THE_EVENT,
    COUNTED_ON_AFTER,
    DONE_BESIDE,
    DONE_BY_IN,
    EVENT_AFTER,
    FOLLOWS_AN_EVENT,
    FOR_THE_EVENT,
    FORECAST,
    IN_THE_RUN_UP,
    NEXT_EVENT,
    NOT_RULED_OUT,
    NOT_RULED_OUT_AFTER,
    POSSESSIVE,
    RESULTS_AFTER,
    WHEN_IT_HAPPENED,
    unplanned_after,
)
from lessons.timeline.plans import (
    A_DATE_IN,
    A_HOLIDAY_AFTER,
    A_PAST_VERB,
    ADVISED_TO,
    AGREED_TO,
    AN_EVENT_ANNOUNCED,
    AN_OFFER_TO,
    AN_OPTION_WEIGHED,
    AND_TODAY_AFTER,
    ASKED,
    AWAITING,
    BE_MOVING,
    BOOKED,
    BOOKED_FOR,
    BOOKED_TO,
    BOOKINGS_FOR,
    BRINGS_FORWARD,
    BROUGHT_FORWARD,
    BUT_CHANGED,
    CANCELLED_AFTER,
    CANCELLED_BEFORE,
    CANCELS_NOW,
    CONDITION,
    CONDITION_AFTER,
    COUNTERFACTUAL,
    DECLARED,
    DEMANDED,
    FIRST_PLANNED,
    HAD_BEEN,
    HAD_BOOKINGS,
    HAS_BEFORE,
    INFINITIVE,
    ITS_DAY_GIVEN,
    LATER_VERB,
    LOOKING_FORWARD,
    MOVED_UP_AFTER,
    MOVING_TO,
    ON_THE_WAY,
    PLANNED,
    READY_FOR,
    REFUNDED_AFTER,
    RETIMED_AFTER,
    SCHEDULE,
    SET_ASIDE,
    SETS_AN_EVENT_FOR,
    TICKETS_FOR,
    TOLD_THEN,
    WARNED_OF,
    WAS_CANCELLED,
    WAS_PLANNED,
    WOULD_HAVE_AFTER,
    WOULD_HAVE_TURNED,
    WOULD_IF_BY,
    an_infinitive,
)
from lessons.timeline.words import (
    CLOCK_TIME,
    DELIVERY_MONTH_AFTER,
    LIST_ITEM,
    MOVED_FROM_BEFORE,
    TARGET_AFTER,
    THE_BEFORE,
    either,
)

DIRECTED = (
    "weekday",
    "month_day",
    "month",
    "holiday",
    "day_of_month",
    "nth_weekday",
)  # left open by the text
_FIGURES_OF_A_MONTH = re.compile(  # "the May producer-price report", "the October jobs figures"
    r"(?i)\s+(?:(?!(?:to|and|or|of|in|for|the|a|an|was|is|will)\b)[a-z]+(?:-[a-z]+)?\s+)?"
    rf"{either(vocab.word_list('timeline_month_figures'))}\b"  # (not "until September to figure
    # out")
)
_LEAD_WORD = re.compile(r"(?i)(?:from|on|by|for|until|into)\s+")
_ONE_CLAUSE = re.compile(r"[^,;:.]*")  # no clause ends between
# "has called a town hall for": a present perfect sets up what lies ahead
_IRREGULAR_PARTICIPLE = either(  # "has made", "have set": participles not in -ed
    vocab.word_set("verbs_irregular_participles")
    | vocab.word_set("verbs_irregular_past")
    | vocab.word_set("verbs_same_past")
)
_PERFECT = re.compile(  # not "should have eased on Tuesday", a past that did not happen
    r"(?i)(?<!should )(?<!would )(?<!could )(?<!might )(?<!must )(?<!may )(?<!will )(?<!to )"
    rf"\b(?:has|have)\s+(?:\w+\s+){{0,2}}?(?:\w+ed|{_IRREGULAR_PARTICIPLE})\b"
    r"(?:(?!\b(?:that|which|who|after|since)\b)[^,;:.])*?"  # (not "put back after the storm
    r"(?:\b(?:for|at)\s+)?$"  # that hit on Thursday night")
)
# a headline's or dek's "to" + verb after its subject, with no past participle before it in its
# clause: "Adult fare to rise 25 cents on Jan. 1", "42 new citizens to take the pledge on
# Monday" (not "Road reopened to traffic on Monday", "Man charged over attack to appear")
_HEADLINE_FUTURE = re.compile(
    r"(?:^|[;:\n]\s*)(?:(?!(?:[\w'\u2019-]*ed|told)\b)[\w'\u2019,.-]+\s+){1,6}to\s+"
    r"(?!(?:the|a|an|its|his|her|their|this|that|be|have)\b)[a-z]+\b"
    r"(?:(?!\b(?:after|since|following|as|when)\b|\b[a-z]{3,}ed\s+(?:over|during|on|in|at)\s)[^;:\n])*$"
)  # (not "back pay to land in February after deal ratified on Christmas Eve", nor "gives the
# airline until Feb. 27 to pay travelers stranded over Thanksgiving": a participle's own time)
_FOR_THE_DAY = re.compile(r"\W*For\s+$")  # a sentence that opens "For Wednesday"
_PASSIVE_FROM = re.compile(  # a headline's "exports banned from", with no "were" or "had"
    r"(?i)\W*(?:(?!(?:was|were|had|has|have|been)\b)[\w'\u2019-]+\s+){1,6}?[a-z]+ed\s+from\s+$"
)


class _Unsettled(Enum):
    """What the cue words return when they leave the direction to the tense."""

    UNSETTLED = "unsettled"


UNSETTLED = _Unsettled.UNSETTLED


# "will" and a preposition that puts what will be done at a weekday's event: "will debate the
# plan at Thursday's meeting", "will publish his columns in Thursday's edition" (not "will pay
# contractors despite a row over the cost at Thursday night's meeting")
_AT = re.compile(
    r"(?i)\bwill\s+(?:(?!(?:despite|after|following|amid|over|since|and|but)\b)[a-z]+\s+){1,6}"
    r"(?:at|in|during)\s+$"
)


def by_cue_words(
    tense: str | None, part: str, kind: str, before: str, after: str, expression: str
) -> bool | None | _Unsettled:
    """The cue words around a date that settle its direction whatever, or together with, the
    tense ("postponed until", "since", "planned for", "Friday's forecast"), in order: the first
    rule that fits decides. :data:`UNSETTLED` when none does."""
    lead = _LEAD_WORD.match(expression)  # "on Sunday": the "on" is the expression's
    told = before + (lead.group(0) if lead else "")
    if kind == "month" and tense != "past" and _FIGURES_OF_A_MONTH.match(after):
        return None  # "expect the May producer-price report, due tomorrow": a month's figures
        # may be out soon after it, so the nearest May, whatever the future tense says (and a
        # past is read as one: "had warned in its July report")
    if kind in ("weekday", "year_end") and tense == "past" and FORECAST.search(told[-70:]):
        return True  # "The weather service forecast heavy snow from Tuesday", "predicted a cut of
        # a quarter point by midyear": a forecast is of a time to come (not "had forecast", a
        # forecast that has been overtaken)
    if kind == "weekday" and tense == "past" and A_WARNING_RUNNING.search(told[-140:]):
        return True  # "The agency put an amber alert in place yesterday, running from 9am on
        # Friday until 5pm on Tuesday": the days the warning covers, still to come
    headline = part in ("headline", "dek") and tense == "past"
    if kind in DIRECTED and headline and _PASSIVE_FROM.match(before):
        return None  # "* Raw nickel ore exports banned from June 1": a headline's participle is
        # a present passive ("are banned"), so whichever June 1 is nearer
    if kind in DIRECTED and COUNTED_BY.search(told[-80:]):
        return None  # "Tickets are selling slowly, with about 30,000 sold by Friday night":
        # the tally so far, by whichever Friday is nearer
    if kind in DIRECTED and MISSED_DUE.search(before[-80:]):
        return False  # "missed a $23 million interest payment due Feb. 6": gone by unpaid
    if kind == "month_day" and YEAR_ENDING.search(before):
        return True  # "kept its forecast for the financial year ending March 31": the year
        # under way ends on the next March 31 (a year "ended" has gone)
    if kind == "month" and DELIVERY_MONTH_AFTER.match(after):
        return True  # "The December contract settled at $2.54", "January beans gained a
        # penny": a futures contract's delivery month, still to come
    if kind == "month" and A_DATE_IN.search(before):
        return True  # "was also looking at Sunday 21 June and at a date in August": a date
        # still to be chosen
    if kind == "month" and A_QUARTER_AFTER.match(after):
        return None  # "had been expected to report a profit for the April-June quarter": the
        # nearest such quarter, whatever the plan around it
    if (
        (kind in DIRECTED or kind == "season")
        and AN_OPTION_WEIGHED.search(before)
        and not WAITING_UNTIL.search(before)  # ("looked hard at waiting until spring": the
        # one to come)
    ):
        return None  # "We looked hard at finishing on Thursday", "looked at pushing the work to
        # September": an option weighed, whichever is nearer (not the past of the weighing)
    if kind in DIRECTED and FIRST_PLANNED.search(before):
        return None  # "The work was originally planned for the week of 13 October, but was put
        # back": a plan since changed, whichever is nearer
    announced = AN_EVENT_ANNOUNCED.search(told[-80:])
    if kind == "weekday" and announced and not ITS_DAY_GIVEN.search(told[-120:]):
        return True  # "train drivers confirmed a 48-hour strike on Friday and Saturday", "rail
        # strike called for Saturday": what was announced comes after the announcing
    if kind == "month" and FIGURES_FOR.search(before[-60:]):
        return False  # "A government report on new-home sales for December is due Thursday":
        # the month the figures cover, gone by
    if kind in ("month_day", "date") and SET_ASIDE.search(before):
        return True  # "The court has already set aside Jan. 19-21 for a hearing": reserved
    if NOW_AND.search(before):
        return True  # "use every hour between now and Monday": still to come
    if kind == "weekday" and A_FORECAST_AFTER.match(after):
        return True  # "Friday's forecast is far kinder": a forecast is of a day to come
    if AHEAD_AFTER.match(after):
        return True  # "with Monday's public holiday and the long weekend ahead, staff warned"
    if NOT_RULED_OUT_AFTER.match(after) or NOT_RULED_OUT.search(before):
        return True  # "a longer strike before Matariki has not been ruled out": what may
        # still come
    if kind in DIRECTED and WOULD_IF_BY.search(before):
        return True  # "said the swim would return to the ocean if the beach had been open for
        # a full day by Sunday": the condition of a plan, still to come
    if kind in DIRECTED and SHOULD_HAVE_BY.search(before[-60:]):
        return True  # "The wind should have dropped by Thursday morning": done by a day to come
    if (kind in DIRECTED or kind == "season") and ON_COURSE.search(before[-70:]):
        return True  # "putting the drug on course for a U.S. decision by Sept. 25"
    if kind == "weekday" and DECLARED.search(before) and A_HOLIDAY_AFTER.match(after):
        return None  # "the cabinet declared Wednesday a public holiday": the nearest Wednesday
    if (kind in DIRECTED or kind == "unit") and WANTED_BY.search(before):
        return True  # "wanted a permanent deal signed before the end of the year": a goal
    if kind in DIRECTED and LOOKING_FORWARD.search(before):
        return True  # "The children were so looking forward to Sunday": a day still to come
    if kind == "weekday" and _FOR_THE_DAY.match(before) and not POSSESSIVE.match(after):
        return True  # "For Wednesday I've ordered 6,000": what is got ready for a day to come
    if (
        kind == "unit"
        and expression.casefold().startswith("the ")
        and expression.casefold().endswith("weekend")
        and IN_THE_RUN_UP.search(before)
    ):
        return None if tense == "past" else True  # "crews try to hold the fire back from the
        # road ahead of the long weekend": whichever weekend is nearer (the one to come, said in
        # the present)
    if kind == "month_day" and tense == "past" and IN_THE_RUN_UP.search(before):
        return None  # "called the move a sweetener ahead of the regional election on Sept. 13":
        # the event the past was ahead of, whichever Sept. 13 is nearer
    if (
        (kind in DIRECTED or kind in ("unit", "season"))
        and tense == "past"
        and DEMANDED.search(before)
    ):
        return True  # "called for a referendum on the peg by Christmas", "recommended a 4% rise
        # from Oct. 1": a demand's or a recommendation's date lies ahead of it
    if kind == "weekday" and IN_THE_RUN_UP.search(before):  # "closed roads ahead of
        return None if tense == "past" else True  # Saturday's march": after what was done,
        # whichever Saturday is nearer; "will close roads ahead of the march on Saturday"
    if (kind in DIRECTED or kind == "season") and NEXT_EVENT.search(before[-60:]):
        return None if tense == "past" else True  # "signalled a cut at its next meeting in
        # June", written in April: the nearer June (a past "at its next meeting, in June, the
        # board voted" may tell history); "will face voters at the next election in May"
    if (kind in DIRECTED or kind == "season") and tense == "past" and NOT_UNTIL.search(before):
        return False  # "did not ease until Sunday afternoon", "It wasn't until Tuesday that":
        # what happened then, not a deadline
    if kind == "weekday" and GIVEN_UNTIL.search(before):
        return not (tense == "past" and ANSWERED_AFTER.match(after))  # "gave Telvex until noon
        # Monday to restore" looks ahead; "We gave them until 5pm on Monday to come back with an
        # offer, and they came back with the same numbers": a deadline gone by
    if kind in ("month", "month_day", "season") and tense == "would" and TOLD_THEN.search(before):
        return None  # "We were told the boat would be back in September", "They told us in
        # March it would be done by the end of June": a promise seen from the past, the nearest
    if (kind in DIRECTED or kind == "season") and DEADLINE.search(before):
        if WAS_DUE.search(before):
            return None  # "It was due on 15 December, but sea trials found a fault": the
            # nearest 15 December, a plan told in the past
        return None if tense == "would" and HAD_BEEN.search(before) else True  # "had been
        # due to resume Tuesday": the nearest Tuesday, a plan seen from the past; but "said it
        # would post an update by 4 p.m. on Wednesday", "pushed back the launch to the fall"
    if kind == "season" and UNTIL.search(before):
        return True  # "waiting until spring", "clinic plan slips to spring": the one to come
    if kind == "season" and tense not in ("past", None) and BEFORE_IT.search(before):
        return True  # "we want a hearing before the summer": the one to come
    if kind == "weekday" and WOULD_HAVE_TURNED.search(before):
        return True  # "She would have been 100 on Sunday": the birthday to come
    if kind == "weekday" and (due := DUE_TO.search(before)):
        return None if HAD_BEEN_DUE.search(before, 0, due.start() + 3) else True  # "were due
        # to welcome students back on Wednesday": what was due lies ahead, whatever became of
        # it; "had been due to resume Tuesday", a plan seen from the past: the nearest Tuesday
    if (SINCE.search(before) and not A_CAUSE_AFTER.match(after)) or BACKDATED.search(before):
        return False  # "since the May 2 fire", "backdated to 19 July" (but "closed Friday,
        # since July 4 falls on a Saturday" gives a reason)
    if kind == "weekday" and unplanned_after(before, after):
        return False  # "after Thursday's slip", "Tuesday night's ice storm brought down trees"
    if kind == "weekday" and not before.strip() and LIST_ITEM.match(after):
        return None  # "3:47 p.m. Saturday: Utility power is lost": a chronology's line, its
        # present a story's present; the nearest Saturday
    start = FROM.search(before) if kind == "month" else None
    if start and INFINITIVE.search(before, 0, start.start()):
        return True  # "voted to move the pupils to the next school from September"
    if kind == "weekday" and MOVING_TO.search(before):
        if BE_MOVING.search(before):
            return True  # "We are not moving the parade to Friday": a move still to come
        return None  # "We looked at moving it to Friday": whichever Friday is nearer
    if kind in ("month", "season", "holiday") and WOULD_HAVE_AFTER.match(after):
        return None  # "A strike in July would have been a disaster": whichever is nearer
    if kind in ("weekday", "season") and tense != "past" and FROM.search(before):
        return True  # "subsidies will be paid from Monday", "closures from the summer" (a
        # month or day "from" may start a span that began: "sold from June 21 through June 30")
    if kind == "month" and TARGET_AFTER.match(after):
        return True  # "so May is now more realistic": the month a plan aims at
    if kind in DIRECTED and BRINGS_FORWARD.search(before[-70:]):
        return True  # "Halvorsen Line brings Korvala congestion surcharge forward to Monday":
        # a change made now, to a day still to come
    if kind in DIRECTED and BROUGHT_FORWARD.search(before):
        return None  # "Fuel deliveries were brought forward to Wednesday": an earlier day,
        # which may already have come; whichever Wednesday is nearer
    if kind in DIRECTED and MOVED_FROM_BEFORE.search(before):
        return None  # "pushed back from July to September": the dropped date, whichever July
        # is nearer
    if kind in ("month", "season", "holiday") and COUNTERFACTUAL.search(before):
        return None  # "I'd have taken a rain date in July over this": whichever July is nearer
    if kind in ("month", "month_day") and FORECAST_FOR_PERIOD.search(before):
        return True  # "lowered its profit forecast for the year to June": that June is ahead
    if kind in DIRECTED and PERIOD_ENDING.search(before):
        return None  # "raised its forecast for the fiscal year ending June 27": whichever
        # June 27 is nearer, not one read back from "raised"
    if kind == "weekday" and RETIMED_AFTER.match(after):
        return True  # "The fireworks over the river on Monday have been brought forward"
    if kind in DIRECTED and (called_off := CANCELLED_AFTER.match(after)):
        # "sailings on Sunday and Monday had been cancelled": what was called off may still lie
        # ahead (the nearest); "the races, set down for Monday, have been cancelled": it does
        ahead_still = kind in ("weekday", "month_day") and called_off["have"].casefold() != "had"
        if AND_TODAY_AFTER.match(after):
            return None  # "All crossings on Friday and today have been cancelled": beside
            # today, the nearer Friday
        return True if ahead_still else None  # "a concert booked for 14 November has been
        # cancelled": still ahead
    if (
        kind == "weekday"
        and DEADLINE_AFTER.match(after)
        and (tense != "past" or SETS_BEFORE.search(before))
    ):
        return True  # "as union sets Sunday strike deadline", "set a Wednesday midnight
        # deadline" (not "missed Friday's deadline")
    if kind == "weekday" and tense == "past" and ON_THE_WAY.search(before):
        return None  # "Cottagers heading home by Monday evening were being urged", "families
        # heading home for the first day of school on Tuesday": where they were bound, the
        # nearer day
    if (
        kind == "weekday"
        and tense == "past"
        and (ADVISED_TO.search(before) or BOOKED_TO.search(before))
    ):
        return None  # "advised households to charge phones on Tuesday", "said passengers
        # booked to fly Wednesday could change their flights": the nearer day
    if kind == "weekday" and BOOKED_FOR.search(told):
        return True  # "had been fully booked from Friday to Monday", "everyone who was booked
        # for Friday": a stay or a trip booked lies ahead
    if kind == "weekday" and CANCELS_NOW.search(before):
        return True  # "Town cancels Monday show": a present, like a perfect, tells of a day
        # still to come
    called_off = CANCELLED_BEFORE.search(before) if kind == "weekday" else None
    if called_off and HAS_BEFORE.search(
        before, max(0, called_off.start() - 20), called_off.start()
    ):
        return True  # "The ferry has already cancelled its sailings on Sunday": a perfect
        # tells of a day still to come (a day gone by takes the simple past)
    if (
        called_off
        and tense not in ("future", "would")
        and not WAS_CANCELLED.search(before)
        and not (tense == "past" and COUNTED_ON_AFTER.match(after))  # (not "a coach party
    ):  # cancelled on Thursday, and two days later ...": the day counted on from, gone by
        return None  # "canceled classes Monday": whichever Monday is nearer (but "was called
        # off on Saturday" tells when it was called off, and "operations would be cancelled on
        # Tuesday" looks ahead)
    if (
        (kind in DIRECTED or kind == "season")
        and CONDITION_AFTER.match(after)
        and not ASKED.search(before)  # (not "People asked me Wednesday morning if we were
    ):  # going to cancel": whether, a question put then)
        return True  # "has warned of further stoppages in May if no agreement is reached"
    if kind in ("month_day", "month") and EVENT_AFTER.match(after):
        # "to certify Nov. 3 results": the day of the results told, gone by; but "chose its
        # candidate for the June 2 election" and "put back to the December meeting" name an
        # event still to be held: whichever is nearer
        done = (
            tense == "past"
            and not FOR_THE_EVENT.search(before)
            and not DEADLINE.search(THE_BEFORE.sub("", before))
        )
        if tense == "future" and AT_THE_EVENT.search(before) and not RESULTS_AFTER.match(after):
            return True  # "will place a bond on the November ballot": an event still to come
        if SETS_BEFORE.search(before) and not RESULTS_AFTER.match(after):
            return True  # "Judge sets Jan. 11 trial", "set a Jan. 11 trial date": still to come
        return False if done else None
    if kind in DIRECTED and tense == "past" and SETS_AN_EVENT_FOR.search(before):
        return True  # "Judge Marta Veen set a first hearing for 10 a.m. on Tuesday": what a
        # judge or a board sets is still to come
    if kind == "weekday" and tense == "past" and WAS_PLANNED.search(before):
        return None  # "Most of my guests were meant to sail home on Wednesday night": a plan
        # seen from the past, whichever Wednesday is nearer
    if kind == "weekday" and tense == "past" and BOOKED.search(before):
        return None  # "she had booked the 7:40 a.m. sailing Saturday": whichever Saturday is
        # nearer (what is booked is often still to come)
    if kind in DIRECTED and TICKETS_FOR.search(before) and not POSSESSIVE.match(after):
        if REFUNDED_AFTER.match(after):
            return None  # "Lift tickets bought for Saturday afternoon or Sunday will be
            # refunded": a day lost, whichever is nearer
        return True  # "Tickets bought for Saturday will be valid on Thursday" (but "Tickets
        # bought for Saturday's show will be honored Aug. 19": a show that may have been)
    if kind in DIRECTED and BOOKINGS_FOR.search(before):
        if HAD_BOOKINGS.search(before):
            return None  # "The Riverside Grill, which had 140 reservations for Saturday, ran
            # its kitchen on a generator": whichever Saturday is nearer
        return True  # "Hoteliers said bookings for Thursday were holding up": what is booked
        # lies ahead
    if (
        kind in DIRECTED
        and (
            tense == "past"
            or (tense is None and kind == "weekday")  # (None: a clause a quotation before it
            # left unread)
            or (tense == "present" and part in ("headline", "dek"))  # (headlinese: "after
        )  # forecasters warn of four-metre waves on Monday")
        and PLANNED.search(before)
        and not LATER_VERB.match(after)  # not "a service planned for Saturday was canceled"
        and not WHEN_IT_HAPPENED.match(after)  # nor "warned of shortages on Sunday evening,
        # when two plants tripped offline": the day of the warning
        and not (tense == "past" and COUNTED_ON_AFTER.match(after))
        and not BUT_CHANGED.match(after)  # nor "had planned to reopen it on Monday, but pushed
        # that back": a plan since changed, whichever Monday is nearer
    ):
        warned = WARNED_OF.search(before) is not None  # "warns of winter timetable cuts from
        return True if kind == "weekday" or warned else None  # October": a warning looks ahead
    if (
        (kind in DIRECTED or kind in ("unit", "season"))
        and TARGET.search(before)
        and not THROUGH_AS_A_PARTICLE.search(before)
    ):  # "had bought shares through Sept. 29", "a goal of $500 million by the end of the
        # year", "extended into the summer": not read back
        if kind == "weekday" and HAD_STOPPED_THROUGH.search(before):
            return True  # "said it had suspended all services through Saturday": a stop that
            # runs on to the day
        if kind == "weekday" and (HAD_DONE_BY.search(before) or BACK_BY.search(before)):
            return False  # "had restored service to 70,000 customers by late Saturday", "Service
            # came back for most accounts by late Thursday evening": done
        if kind == "weekday" and HAD_DONE_UNTIL.search(before):
            return False  # "said she had visited every day until Monday": over by then
        if tense == "past" and kind == "weekday" and INFINITIVE.search(before):
            return True  # "ordered the board to certify the results by 5 p.m. Monday"
        if tense is None and LATER_VERB.match(after):
            return None  # "The fun run, planned for Monday, was cancelled": the nearest Monday
        if (
            tense == "future"
            and kind == "weekday"
            and (later := LATER_VERB.match(after)) is not None
            and A_PAST_VERB.search(later.group(0))
        ):
            return None  # "Livestock shows scheduled for Thursday afternoon were moved to 8
            # a.m. Saturday": a plan since changed, the nearest Thursday
        if tense == "would" and (
            LATER_VERB.match(after) or HAD_BEEN.search(before) or BUT_CHANGED.match(after)
        ):
            return None  # "was scheduled for Aug. 28 but was pushed back": a plan that changed;
            # "had been planned for 18 and 19 October": a plan seen from the past
        perfect = kind in ("weekday", "month_day") and _PERFECT.search(before) is not None
        if tense != "past" or CONDITION.search(before) or perfect:
            return True  # "will pay by Oct. 31", "will strike if no deal is reached by Sunday",
            # "has called a town hall for noon Tuesday", "has agreed to rent it through Dec. 17"
        if (
            kind == "weekday"
            and SPAN_END.search(before)
            and not LATER_VERB.match(after)
            and not CLOCK_TIME.search(expression)
            and not span_ended(before)
            and not WHEN_IT_HAPPENED.match(after)  # (nor "commanded the battalion until
        ):  # Thursday, when he was relieved of his command": what ended it has happened)
            return True  # "closed its campuses through Monday": the closing runs on to Monday
            # (but "flew over the park until 2 a.m. Friday" tells a night that is over)
        if tense == "past" and span_ended(before):
            return False  # "a state of emergency stayed in place until 11 July": a span over
        later = LATER_VERB.match(after)
        if later and MOVED_UP_AFTER.match(after, later.end()):
            return True  # "which had been set for Tuesday, was moved up to this afternoon": a
            # day the plan was brought forward from is still to come
        return False if later and A_PAST_VERB.search(later.group(0)) else None  # "a march
        # planned for Saturday was called off" is past; "has called a hearing for Wednesday"
        # and "Visitors who had booked trips for Wednesday are being offered seats" read the
        # nearest
    if kind in ("month", "month_day", "weekday") and tense is None and DONE_BY_IN.search(before):
        return False  # "A new bore, approved by councillors in March, was meant to": done (and
        # "The order, approved by the council's cabinet on Thursday evening, came into force")
    if kind == "weekday" and DONE_BESIDE.search(before):
        return False  # "The advisory, issued at 2:15 a.m. Monday, covers ...": a participle
        # beside its noun tells what was done (but "The vote, scheduled for Monday" is a plan)
    if (
        kind in ("month", "season")
        and part in ("headline", "dek")
        and AFTER_A_TIME_GONE.search(before)
    ):
        return False  # "After a green December and a January thaw, the hill will run its
        # lifts": what a headline's "after" tells has happened
    if kind == "weekday" and part in ("headline", "dek") and AFTER_WHAT_HAPPENED.search(before):
        return False  # "Advisory could last until Fourth of July after main breaks on Sunday
        # night": what a headline's "after" tells has happened
    if kind in DIRECTED and part in ("headline", "dek") and _HEADLINE_FUTURE.search(before):
        return True  # "42 new citizens to take the pledge on Monday": headlinese for "will"
    if (
        (
            kind == "weekday"
            or ((kind in DIRECTED or kind == "season") and tense not in ("past", "would"))
        )
        and (ready := READY_FOR.search(before))
        and _ONE_CLAUSE.fullmatch(before, ready.end())
    ):
        return True  # "village club ready for centenary showpiece on Saturday": what a
        # story gets ready for lies ahead ("went back up yesterday, ready for the fair on Monday",
        # "are also preparing for the national championships in February"; not "had been
        # preparing for an early vote since the spring", "had been set to begin Nov. 3")
    if kind == "weekday" and tense == "present" and part in ("headline", "dek"):
        # "Her funeral is on Wednesday", "Danger period starts Wednesday"; but a dek's present
        # may tell the news ("as verdict is read out on Friday afternoon"), and so may a
        # weekday's noun ("Sunday's video meeting keeps cut"): the nearest
        if POSSESSIVE.match(after):
            return True if A_FIXTURE_AFTER.match(after) else None  # "keeps Saturday's final
            # in the capital": a fixture still to be played
        return True if part == "headline" or SCHEDULE.search(before[-30:]) else None
    if (
        kind == "weekday"
        and tense == "past"
        and _PERFECT.search(before)
        and not POSSESSIVE.match(after)
    ):
        return True  # "have called both parties back to the table at 10 a.m. Friday" (but
        # "has rated Sunday's tornado an EF-3" names the day of the tornado)
    if kind == "weekday" and tense == "past" and AGREED_TO.search(before):
        return True  # "agreed to run an extra sailing on Sunday": what was agreed lies ahead
    if kind in ("month_day", "month") and tense == "past" and AN_OFFER_TO.search(before):
        return None  # "An offer to restore it from 1 October was rejected", "promised to
        # reopen it in March": a time after the promise, whichever is nearer
    if kind in ("month", "season", "holiday") and tense == "past" and an_infinitive(before):
        return None  # "has decided to admit them in early March": the nearest March; "hoped
        # to announce them in October, with money flowing before Christmas"
    if kind == "weekday" and POSSESSIVE.match(after) and tense == "future" and _AT.search(before):
        return True  # "will debate the plan at Thursday's meeting", "will appear in Thursday's
        # edition": what will be done at that day's event lies ahead
    awaited = AWAITING.search(before) is not None
    if kind == "weekday" and POSSESSIVE.match(after) and tense != "past" and awaited:
        return True  # "the market is bracing for Thursday's retail sales figures": what is
        # awaited lies ahead
    if kind == "weekday" and POSSESSIVE.match(after) and tense != "past":
        return None  # "would appeal Wednesday's ruling", "will study Thursday's report"; but
        # "Friday's vote drew a crowd"
    if kind == "weekday" and tense == "present" and FOLLOWS_AN_EVENT.search(before):
        return False  # "The strike follows the collapse of talks on Tuesday": what a story
        # follows has happened
    return UNSETTLED
