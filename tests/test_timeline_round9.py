"""Timeline rules for unseen stories, rounds nine to eleven (issue 16), each on a fresh
fictional snippet.

Each round read the errors of blind date sets scored once before it: sets p to s (round nine),
t and u (round ten), v and w (round eleven). The snippets are new text, not the sets' articles.
"""

from __future__ import annotations

import datetime as dt

from lessons.article import parse_article
from lessons.timeline import build_timeline
from tests.test_timeline_news import rows

FRIDAY = dt.date(2029, 6, 8)


def test_a_fronted_until_with_a_past_perfect_is_the_day_just_past() -> None:
    body = "Until Thursday, the inspectors had not named the bridge contractor."
    assert rows(body, FRIDAY) == [("Thursday", "2029-06-07", "past")]


def test_a_span_that_runs_on_to_a_weekday_still_lies_ahead() -> None:
    body = "The council closed the lido through Monday after the storm."
    assert rows(body, FRIDAY) == [("Monday", "2029-06-11", "planned")]


def test_an_expiry_date_on_a_line_of_its_own_is_not_the_day_the_story_counts_from() -> None:
    article = parse_article(
        "Pill recall\n\nThe largest lot is:\n\nLot KD-2207, 20 mg, Exp. 06/30/2031\n\n"
        "The company found the impurity on Feb. 19 and stopped shipments on Thursday."
    )
    assert [(e.expression, e.date) for e in build_timeline(article, FRIDAY)] == [
        ("06/30/2031", "2031-06-30"),
        ("on Feb. 19", "2029-02-19"),
        ("on Thursday", "2029-06-07"),
    ]


def test_a_present_the_tagger_reads_as_a_past_still_looks_ahead() -> None:
    assert rows("The two ministers meet Monday in Geneva.", FRIDAY) == [
        ("Monday", "2029-06-11", "planned")
    ]


def test_a_dek_verb_the_tagger_reads_as_a_noun_still_looks_ahead() -> None:
    article = parse_article(
        "Parade day\n\nMain Street closes at 8 a.m. Monday; fireworks at dusk\n\n"
        "The parade will step off at 10 a.m. Monday."
    )
    assert [(e.expression, e.date) for e in build_timeline(article, FRIDAY)][:1] == [
        ("at 8 a.m. Monday", "2029-06-11")
    ]


def test_a_start_time_after_from_is_an_entry_but_opening_hours_are_not() -> None:
    body = (
        "The fireworks will begin at 9:45 p.m. on Saturday, with gates open from 7 p.m. "
        "The museum is open from 9 a.m. to 5 p.m."
    )
    assert rows(body, FRIDAY) == [
        ("at 9:45 p.m. on Saturday", "2029-06-09", "planned"),
        ("7 p.m.", "2029-06-09", "planned"),
    ]


def test_a_clock_time_reads_the_tense_of_its_own_clause() -> None:
    body = (
        "The road will be closed from 5pm to 10pm on Wednesday, and a shuttle bus will run "
        "from the station from 6pm."
    )
    assert rows(body, FRIDAY) == [
        ("5pm to 10pm on Wednesday", "2029-06-13", "planned"),
        ("6pm", "2029-06-13", "planned"),
    ]


def test_an_irregular_past_the_tagger_reads_as_a_present_is_past() -> None:
    body = "Engineers who flew in from Glasgow on Friday had found a cracked bearing."
    assert rows(body, dt.date(2029, 6, 9)) == [("on Friday", "2029-06-08", "past")]


def test_a_plan_seen_from_the_past_takes_the_nearest_weekday() -> None:
    body = "She kept 40 lambs that were due to be sold at the mart on Friday."
    assert rows(body, dt.date(2029, 6, 9)) == [("on Friday", "2029-06-08", "past")]


def test_a_weekday_and_a_day_of_the_month_name_one_day() -> None:
    body = "The next sale isn't until Friday the 22nd, she said."
    assert rows(body, dt.date(2029, 6, 9)) == [("Friday the 22nd", "2029-06-22", "planned")]


def test_the_times_of_a_daily_timetable_are_not_entries() -> None:
    body = (
        "The relief boat will run from Monday. She will make two crossings a day, leaving "
        "at 7am and 2pm."
    )
    assert rows(body, FRIDAY) == [("Monday", "2029-06-11", "planned")]


def test_a_weekday_after_a_is_any_such_day_but_a_thursday_vote_is_this_one() -> None:
    body = "Nobody books anything for a Monday. Leaders plan a Thursday vote on the bill."
    assert rows(body, dt.date(2029, 6, 5)) == [("Thursday", "2029-06-07", "planned")]


def test_a_breadcrumb_with_angle_quotes_is_not_the_headline() -> None:
    article = parse_article(
        "Sports \u203a High School \u203a Football\n\n"
        "PLAYOFF PAIRINGS: unbeaten Hartwell Central hosts Friday\n\n"
        "Hartwell Central will host Dunmore at 7 p.m. Friday."
    )
    assert article.headline is not None
    assert article.headline.text == "PLAYOFF PAIRINGS: unbeaten Hartwell Central hosts Friday"
    assert [(e.expression, e.date) for e in build_timeline(article, dt.date(2029, 6, 3))] == [
        ("Friday", "2029-06-08"),
        ("at 7 p.m. Friday", "2029-06-08"),
    ]


def test_a_quotation_that_runs_on_counts_from_the_day_it_was_said() -> None:
    body = (
        '"We waited all week," the coach said Saturday night. "Now there is one. '
        "We'll enjoy tonight.\""
    )
    assert rows(body, dt.date(2029, 6, 10)) == [
        ("Saturday night", "2029-06-09", "past"),
        ("tonight", "2029-06-09", "past"),
    ]


def test_a_headline_to_infinitive_looks_ahead_past_a_headline_participle() -> None:
    article = parse_article(
        "Evacuees to start heading home Thursday as order lifted\n\nThe fire is out."
    )
    assert [(e.expression, e.date) for e in build_timeline(article, dt.date(2029, 6, 5))] == [
        ("Thursday", "2029-06-07")
    ]


def test_a_compound_number_counts_back_to_that_week() -> None:
    article = parse_article(
        "Flood remembered\n\nTwenty-five years ago this week, the town went under.\n\n"
        "On Sunday 5 November 2000, it had rained for 30 hours. By 3am on Monday, the water "
        "was 1.8 metres deep. Two days later, the minister visited."
    )
    assert [(e.expression, e.date) for e in build_timeline(article, dt.date(2025, 11, 6))] == [
        ("Twenty-five years ago this week", "2000-11"),
        ("On Sunday 5 November 2000", "2000-11-05"),
        ("3am on Monday", "2000-11-06"),
        ("Two days later", "2000-11-08"),
    ]


def test_clock_times_of_a_timetable_are_not_entries() -> None:
    body = (
        "The council will hold hearings on Jan. 13 and Feb. 4. Each hearing begins at 6:30 p.m. "
        "Updates are posted every weekday at 4pm."
    )
    assert rows(body, dt.date(2029, 1, 2)) == [
        ("on Jan. 13", "2029-01-13", "planned"),
        ("Feb. 4", "2029-02-04", "planned"),
    ]


def test_a_past_month_beside_a_coming_fiscal_year_is_not_ahead() -> None:
    body = (
        "The company raised its forecast for the fiscal year ending June 27. It sees revenue "
        "for fiscal 2029 of $7.4 billion, up from the $7.1 billion it forecast in November."
    )
    assert rows(body, dt.date(2029, 2, 5)) == [
        ("June 27", "2029-06-27", "planned"),
        ("2029", "2029", "planned"),
        ("in November", "2028-11", "past"),
    ]


def test_the_baseline_of_a_compared_figure_is_not_an_entry() -> None:
    body = (
        "Fourteen roads remain shut, down from 22 at the start of April. The show drew 212 "
        "steers, up from 187 last year. Petrol reached 158.9c a litre, up from 139.9c a month "
        "ago. Attendances were 12 per cent more than in the same week of 2028."
    )
    assert rows(body, dt.date(2029, 5, 12)) == []


def test_a_story_full_of_maori_names_follows_new_zealand_seasons_and_holidays() -> None:
    article = parse_article(
        "Kerer\u016b Bay museum reopens\n\nThe museum will reopen on Saturday. Director Hemi "
        "Walters said kaum\u0101tua from \u014cwhiti would bless it. "
        '"There were days last winter when I wondered," he said. The road should reopen by '
        "Labour Day."
    )
    assert [(e.expression, e.date) for e in build_timeline(article, dt.date(2029, 3, 14))] == [
        ("on Saturday", "2029-03-17"),
        ("last winter", "2028"),
        ("Labour Day", "2029-10-22"),
    ]


def test_a_clock_time_after_a_since_date_takes_the_day_told() -> None:
    body = (
        "Maisie went missing on Thursday afternoon. Her parents, who had been camping there "
        "since July 8, called police at 4:52 p.m."
    )
    assert rows(body, dt.date(2029, 7, 14))[-1] == ("at 4:52 p.m.", "2029-07-12", "past")


def test_a_night_told_until_a_clock_time_is_over() -> None:
    body = "A helicopter with a thermal camera flew over the park until 2 a.m. Friday."
    assert rows(body, dt.date(2029, 6, 10)) == [("2 a.m. Friday", "2029-06-08", "past")]


def test_a_weekday_that_names_a_kind_of_meal_is_no_date() -> None:
    body = "After thousands of Sunday roasts, a final Sunday lunch will be served on 24 June."
    assert rows(body, dt.date(2029, 6, 9)) == [("on 24 June", "2029-06-24", "planned")]


def test_a_capitalised_season_in_a_name_is_no_date() -> None:
    body = "That figure was set out in the Summer Economic Statement earlier this year."
    assert rows(body, dt.date(2029, 10, 7)) == [("earlier this year", "2029", "past")]


def test_a_backdated_day_lies_behind() -> None:
    body = "The rebate is expected to be backdated to 19 July, the day the plan was published."
    assert rows(body, dt.date(2029, 10, 7))[0] == ("19 July", "2029-07-19", "past")


def test_years_on_in_a_headline_is_now() -> None:
    article = parse_article("Ten years on: the town remembers the fire\n\nThe fire was in 2019.")
    assert [(e.expression, e.date) for e in build_timeline(article, dt.date(2029, 5, 17))] == [
        ("Ten years on", "2029"),
        ("in 2019", "2019"),
    ]


def test_the_new_years_day_ceremony_is_the_holiday_not_the_new_year() -> None:
    body = "About 600 people filled the hall for the New Year\u2019s Day ceremony."
    assert rows(body, dt.date(2029, 1, 2)) == [("New Year\u2019s Day", "2029-01-01", "past")]


def test_the_week_before_christmas_is_a_date_whatever_verb_follows() -> None:
    body = "His staff spent the week before Christmas boxing up eight years of files."
    assert rows(body, dt.date(2029, 1, 2)) == [("the week before Christmas", "2028-12", "past")]


def test_opening_hours_on_days_in_the_plural_and_free_days_are_no_entries() -> None:
    body = (
        "Branches reopen on Saturday, open 9 a.m. to 5 p.m. on Fridays and Saturdays. Entry "
        "stays free Monday to Thursday."
    )
    assert rows(body, dt.date(2029, 1, 3)) == [("on Saturday", "2029-01-06", "planned")]


def test_a_year_in_a_title_is_an_entry() -> None:
    article = parse_article("Budget 2030: What to expect on Tuesday\n\nThe minister will speak.")
    assert [(e.expression, e.date) for e in build_timeline(article, dt.date(2029, 10, 7))] == [
        ("2030", "2030"),
        ("on Tuesday", "2029-10-09"),
    ]


def test_the_week_beginning_a_day_month_date_is_a_week() -> None:
    body = (
        "Collections resume in the week beginning 10 January. Stoppages will end the week of "
        "5 August."
    )
    assert rows(body, dt.date(2029, 1, 2)) == [
        ("in the week beginning 10 January", "2029-01", "planned"),
        ("the week of 5 August", "2029-08", "planned"),
    ]


def test_a_fortnight_ago_is_two_weeks_back() -> None:
    assert rows("The first game was a fortnight ago.", dt.date(2029, 10, 8)) == [
        ("a fortnight ago", "2029-09", "past")
    ]


def test_a_day_of_the_month_in_words() -> None:
    body = "The last bus will run on the sixth, she said. He came second on the day."
    assert rows(body, dt.date(2029, 3, 27)) == [("on the sixth", "2029-04-06", "planned")]


def test_a_holiday_after_would_lies_ahead_and_hogmanay_is_new_years_eve() -> None:
    body = (
        "A rival said it would shut its stores before Christmas. Bins will not be collected "
        "on Hogmanay."
    )
    assert rows(body, dt.date(2029, 3, 7)) == [
        ("Christmas", "2029-12-25", "planned"),
        ("on Hogmanay", "2029-12-31", "planned"),
    ]


def test_a_year_that_ends_an_events_name_is_an_entry() -> None:
    article = parse_article("Lakeport Marathon 2030: road closures\n\nRoads close Sunday.")
    assert [(e.expression, e.date) for e in build_timeline(article, dt.date(2030, 4, 10))][0] == (
        "2030",
        "2030",
    )


def test_a_plan_told_with_was_to_reads_the_nearest_days() -> None:
    body = "The camp, which was to run from Wednesday to Saturday, was called off."
    assert rows(body, dt.date(2029, 3, 6)) == [
        ("Wednesday", "2029-03-07", "planned"),
        ("Saturday", "2029-03-10", "planned"),
    ]


def test_that_night_in_a_plan_seen_from_the_past_takes_the_day_told() -> None:
    body = (
        'On Monday, April 10, 1972, the printers walked out. "I was supposed to cover the '
        'school board that night," she said.'
    )
    assert rows(body, dt.date(2022, 4, 9))[-1] == ("that night", "1972-04-10", "past")


def test_a_month_that_names_a_meeting_after_a_possessive_is_an_entry() -> None:
    body = "A motion will be put to the council's July meeting next Monday."
    assert rows(body, dt.date(2029, 7, 24)) == [
        ("July", "2029-07", "planned"),
        ("next Monday", "2029-07-30", "planned"),
    ]


def test_years_ago_today_is_that_day_and_its_clock_times_stay_there() -> None:
    article = parse_article(
        "Crash remembered\n\nThirty years ago today, at 6:10 p.m., a commuter plane came down "
        "east of town.\n\nEleven people died, among them Harold and June Beckstrom.\n\n"
        "Farmers reached the wreck first.\n\nThe fire department was paged at 6:14 p.m. By "
        "9 p.m., the injured had been taken to hospital. Investigators arrived the next morning."
    )
    assert [(e.expression, e.date) for e in build_timeline(article, dt.date(2025, 5, 31))] == [
        ("Thirty years ago today", "1995-05-31"),
        ("at 6:10 p.m.", "1995-05-31"),
        ("at 6:14 p.m.", "1995-05-31"),
        ("9 p.m.", "1995-05-31"),
        ("the next morning", "1995-06-01"),
    ]


def test_a_clock_time_in_a_named_zone_before_on_and_a_day_is_one_expression() -> None:
    body = "Anything submitted by 11:59 p.m. Eastern on March 31 will be reviewed."
    assert rows(body, dt.date(2029, 3, 20)) == [
        ("11:59 p.m. Eastern on March 31", "2029-03-31", "planned")
    ]


def test_what_forecasters_warned_of_lies_ahead_of_the_warning() -> None:
    body = "Forecasters warned of severe thunderstorms on Friday evening."
    assert rows(body, dt.date(2029, 6, 6)) == [("on Friday evening", "2029-06-08", "planned")]


def test_a_holiday_after_a_hope_reads_the_nearest() -> None:
    body = "The council hoped to announce grants in October, with money flowing before Christmas."
    assert rows(body, dt.date(2029, 7, 14)) == [
        ("in October", "2029-10", "planned"),
        ("Christmas", "2029-12-25", "planned"),
    ]


def test_two_mentions_of_one_province_make_a_canadian_story() -> None:
    body = (
        "Teachers in Ontario have been on a work-to-rule campaign since Thanksgiving. The "
        "Ontario board meets Friday."
    )
    assert rows(body, dt.date(2029, 11, 4))[0] == ("Thanksgiving", "2029-10-08", "past")


def test_the_first_day_of_a_day_range_takes_the_month_after_it() -> None:
    body = "Closures will follow on the weekend of 26-27 January."
    assert [r[:2] for r in rows(body, dt.date(2029, 1, 3))][-2:] == [
        ("26", "2029-01-26"),
        ("27 January", "2029-01-27"),
    ]


def test_a_reported_would_before_a_deadline_lies_ahead() -> None:
    body = (
        "The branch said it would post an update on the four closed parks by 4 p.m. on Wednesday."
    )
    assert rows(body, dt.date(2029, 5, 12)) == [("4 p.m. on Wednesday", "2029-05-16", "planned")]


def test_a_season_after_a_deadline_or_target_word_lies_ahead() -> None:
    body = (
        "The company pushed back the launch of its glasses to the fall. Lawmakers want the "
        "program extended into the summer."
    )
    assert [row[:2] for row in rows(body, dt.date(2029, 2, 19))] == [
        ("the fall", "2029"),
        ("the summer", "2029"),
    ]


def test_weekday_nights_in_the_plural_are_a_timetable() -> None:
    body = "The pub now employs door staff for Friday and Saturday nights."
    assert rows(body, dt.date(2029, 11, 7)) == []


def test_a_month_in_a_counterfactual_reads_the_nearest() -> None:
    body = '"I\'d have taken a rain date in July over this," she said.'
    assert rows(body, dt.date(2029, 6, 6))[0][:2] == ("in July", "2029-07")
