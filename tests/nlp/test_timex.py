"""Time expressions: resolving them against the article date, and choosing the one that belongs to an event.

The article dates used: 2017-11-03 is a Friday, 2021-01-01 a Friday, 2020-03-01 a Sunday (2020 is a leap
year), 2016-12-31 a Saturday, 2017-11-12 a Sunday, 2018-01-03 a Wednesday, 2020-01-06 a Monday.
"""
from __future__ import annotations

import pytest

from eventwire.nlp.timex import clause_tense, event_date, event_location, resolve_expression

PUB = "2017-11-03"  # a Friday


@pytest.mark.parametrize("text, tense, want", [
    # weekdays: back for the past, ahead for the future; the article's own weekday is that day
    ("on Friday", "past", ("2017-11-03", "day")),
    ("on Friday", "future", ("2017-11-03", "day")),
    ("on Tuesday", "past", ("2017-10-31", "day")),
    ("on Tuesday", "future", ("2017-11-07", "day")),
    ("Tuesday", "present", ("2017-11-07", "day")),
    ("last Friday", "past", ("2017-10-27", "day")),
    ("next Friday", "future", ("2017-11-10", "day")),
    ("next Monday", "past", ("2017-11-06", "day")),
    ("Friday night", "past", ("2017-11-03", "day")),
    ("Thursday evening", "past", ("2017-11-02", "day")),
    ("Friday's meeting", "past", ("2017-11-03", "day")),
    ("Friday’s vote", "past", ("2017-11-03", "day")),
    ("earlier on Monday", "past", ("2017-10-30", "day")),
    ("Wed.", "past", ("2017-11-01", "day")),
    ("Tuesday of last week", "past", ("2017-10-24", "day")),
    ("Monday next week", "future", ("2017-11-06", "day")),
    # deictic words and counts back
    ("today", "past", ("2017-11-03", "day")),
    ("yesterday", "past", ("2017-11-02", "day")),
    ("last night", "past", ("2017-11-02", "day")),
    ("tomorrow", "future", ("2017-11-04", "day")),
    ("two days ago", "past", ("2017-11-01", "day")),
    ("5 days ago", "past", ("2017-10-29", "day")),
    ("three weeks ago", "past", ("2017-10", "month")),
    ("two months ago", "past", ("2017-09", "month")),
    ("a year ago", "past", ("2016", "year")),
    ("in two weeks", "future", ("2017-11", "month")),
    ("in two weeks", "past", (None, None)),
    # weeks give the month of most of their working days; months and years as named
    ("last week", "past", ("2017-10", "month")),
    ("this week", "past", ("2017-11", "month")),
    ("earlier this week", "past", ("2017-11", "month")),
    ("next week", "future", ("2017-11", "month")),
    ("last month", "past", ("2017-10", "month")),
    ("this month", "past", ("2017-11", "month")),
    ("earlier this month", "past", ("2017-11", "month")),
    ("next month", "future", ("2017-12", "month")),
    ("earlier this year", "past", ("2017", "year")),
    ("late last year", "past", ("2016", "year")),
    ("last year", "past", ("2016", "year")),
    ("next year", "future", ("2018", "year")),
    ("in the past year", "past", (None, None)),
    # month names: the latest on or before the article's month, or the next for the future
    ("in June", "past", ("2017-06", "month")),
    ("in June", "future", ("2018-06", "month")),
    ("in November", "past", ("2017-11", "month")),
    ("in November", "future", ("2017-11", "month")),
    ("in December", "past", ("2016-12", "month")),
    ("in December", "future", ("2017-12", "month")),
    ("last December", "past", ("2016-12", "month")),
    ("last October", "past", ("2017-10", "month")),
    ("next March", "future", ("2018-03", "month")),
    ("this March", "past", ("2017-03", "month")),
    ("in mid-August", "past", ("2017-08", "month")),
    ("in early May", "past", ("2017-05", "month")),
    ("in March 2014", "past", ("2014-03", "month")),
    ("Sept. 2012", "past", ("2012-09", "month")),
    # explicit days, with and without a year, and their abbreviations
    ("on March 3", "past", ("2017-03-03", "day")),
    ("March 3, 2017", "past", ("2017-03-03", "day")),
    ("March 3, 2017", "future", ("2017-03-03", "day")),
    ("Nov. 3", "past", ("2017-11-03", "day")),
    ("3 November", "past", ("2017-11-03", "day")),
    ("the 3rd of November", "past", ("2017-11-03", "day")),
    ("Sept. 3", "past", ("2017-09-03", "day")),
    ("Sept 3", "past", ("2017-09-03", "day")),
    ("Dec. 25", "past", ("2016-12-25", "day")),
    ("Dec. 25", "future", ("2017-12-25", "day")),
    ("Jan. 29", "future", ("2018-01-29", "day")),
    ("Jan. 29", "present", ("2018-01-29", "day")),
    ("11 September 2001", "past", ("2001-09-11", "day")),
    ("2014-03-18", "past", ("2014-03-18", "day")),
    # years, ranges, decades and seasons
    ("in 1999", "past", ("1999", "year")),
    ("the 1950-53 war", "past", ("1950", "year")),
    ("in the fall of 2016", "past", ("2016", "year")),
    ("this summer", "past", ("2017", "year")),
    ("last summer", "past", ("2017", "year")),
    ("next spring", "future", ("2018", "year")),
    ("the 1990s", "past", (None, None)),
    ("the early 2000s", "past", (None, None)),
    ("the nineties", "past", (None, None)),
    ("decades ago", "past", (None, None)),
    # things that are not dates
    ("recently", "past", (None, None)),
    ("in the past", "past", (None, None)),
    ("at 10 a.m.", "past", (None, None)),
    ("a few days ago", "past", (None, None)),
    ("the fall of the city", "past", (None, None)),
    ("they may", "past", (None, None)),
    ("$2015", "past", (None, None)),
    ("2,000 troops", "past", (None, None)),
])
def test_resolve_expression(text, tense, want):
    assert resolve_expression(text, PUB, tense) == want


@pytest.mark.parametrize("text, published, tense, want", [
    # weekdays across month and year ends
    ("on Thursday", "2021-01-01", "past", ("2020-12-31", "day")),
    ("on Saturday", "2021-01-01", "past", ("2020-12-26", "day")),
    ("on Monday", "2016-12-31", "future", ("2017-01-02", "day")),
    ("next Saturday", "2016-12-31", "future", ("2017-01-07", "day")),
    ("last Saturday", "2016-12-31", "past", ("2016-12-24", "day")),
    ("yesterday", "2021-01-01", "past", ("2020-12-31", "day")),
    ("tomorrow", "2016-12-31", "future", ("2017-01-01", "day")),
    # leap years
    ("on Saturday", "2020-03-01", "past", ("2020-02-29", "day")),
    ("on Thursday", "2024-03-01", "past", ("2024-02-29", "day")),
    ("on Thursday", "2019-03-01", "past", ("2019-02-28", "day")),
    ("two days ago", "2020-03-01", "past", ("2020-02-28", "day")),
    ("Feb. 29", "2020-03-10", "past", ("2020-02-29", "day")),
    ("Feb. 29", "2021-03-10", "past", ("2020-02-29", "day")),
    ("Feb. 29, 2019", "2021-03-10", "past", (None, None)),
    # months and years across year ends
    ("last month", "2021-01-15", "past", ("2020-12", "month")),
    ("next month", "2020-12-15", "future", ("2021-01", "month")),
    ("in December", "2021-01-15", "past", ("2020-12", "month")),
    ("in January", "2020-12-15", "future", ("2021-01", "month")),
    ("last December", "2017-12-04", "past", ("2016-12", "month")),
    ("last December", "2018-01-04", "past", ("2017-12", "month")),
    ("Dec. 30", "2021-01-02", "past", ("2020-12-30", "day")),
    ("Jan. 2", "2020-12-28", "future", ("2021-01-02", "day")),
    # weeks straddling two months: the month of most of the working days
    ("last week", "2017-11-12", "past", ("2017-11", "month")),   # Oct 30 - Nov 5
    ("last week", "2018-01-03", "past", ("2017-12", "month")),   # Dec 25 - 31
    ("last week", "2020-01-06", "past", ("2020-01", "month")),   # Dec 30 - Jan 5: Jan 1-3 are working days
    ("this week", "2021-01-01", "past", ("2020-12", "month")),   # Dec 28 - Jan 3
    ("three weeks ago", "2017-11-24", "past", ("2017-11", "month")),  # Oct 30 - Nov 5
    ("last weekend", "2017-11-06", "past", ("2017-11", "month")),  # Nov 4 - 5
    # seasons: the year holding most of their months
    ("this winter", "2017-11-03", "future", ("2018", "year")),
    ("last winter", "2017-11-03", "past", ("2017", "year")),
    ("in the summer", "2017-03-01", "past", ("2016", "year")),
])
def test_resolve_expression_around_boundaries(text, published, tense, want):
    assert resolve_expression(text, published, tense) == want


@pytest.mark.parametrize("published", [None, "", "last Tuesday", "2017-13-45"])
def test_without_a_usable_article_date_only_absolute_dates_resolve(published):
    assert resolve_expression("on Tuesday", published) == (None, None)
    assert resolve_expression("last month", published) == (None, None)
    assert resolve_expression("Nov. 3", published) == (None, None)
    assert resolve_expression("in 2003", published) == ("2003", "year")
    assert resolve_expression("in March 2014", published) == ("2014-03", "month")
    assert resolve_expression("March 3, 2014", published) == ("2014-03-03", "day")


def test_an_unknown_tense_is_an_error_naming_it():
    with pytest.raises(ValueError, match="'later'.*past"):
        resolve_expression("on Tuesday", PUB, "later")


def test_may_the_modal_is_not_a_month_but_may_the_month_is():
    assert resolve_expression("they may", PUB) == (None, None)
    assert resolve_expression("in May", PUB) == ("2017-05", "month")
    assert resolve_expression("May 9", PUB) == ("2017-05-09", "day")


# -- choosing the expression that belongs to the trigger, on parsed sentences ----------------------------------
@pytest.fixture(scope="module")
def parse():
    from eventwire.nlp.pipeline import load_pipeline, make_doc

    nlp = load_pipeline(("actors",))

    def run(text: str, trigger: str, published: str | None = PUB):
        doc = nlp(make_doc(nlp, text, published))
        matches = [t for t in doc if t.text == trigger]
        assert matches, f"trigger {trigger!r} is not a token of {text!r}"
        return matches[0].sent, matches[0]

    return run


def date_of(parse, text: str, trigger: str, published: str | None = PUB):
    sent, token = parse(text, trigger, published)
    return event_date(sent, token, published)


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, want", [
    ("The minister expelled two diplomats on Tuesday.", "expelled", ("2017-10-31", "day")),
    ("On Tuesday the minister expelled two diplomats.", "expelled", ("2017-10-31", "day")),
    ("The army shelled the town early on Thursday.", "shelled", ("2017-11-02", "day")),
    ("Earlier on Monday, the army shelled the town.", "shelled", ("2017-10-30", "day")),
    ("The two leaders will meet in Vienna on Tuesday.", "meet", ("2017-11-07", "day")),
    ("The two leaders met in Vienna on Tuesday.", "met", ("2017-10-31", "day")),
    ("The envoy is going to visit Seoul on Tuesday.", "visit", ("2017-11-07", "day")),
    ("The envoy is expected to visit Seoul on Tuesday.", "visit", ("2017-11-07", "day")),
    ("The senator plans to travel to Kiev next month.", "travel", ("2017-12", "month")),
    ("Parliament is to vote on the treaty in June.", "vote", ("2018-06", "month")),
    ("Parliament voted on the treaty in June.", "voted", ("2017-06", "month")),
    ("Last month the government imposed tariffs on steel imports.", "imposed", ("2017-10", "month")),
    ("The rebels seized the airport three weeks ago.", "seized", ("2017-10", "month")),
    ("Police arrested the opposition leader yesterday.", "arrested", ("2017-11-02", "day")),
    ("The talks collapsed in March 2014.", "collapsed", ("2014-03", "month")),
    ("Both countries signed the accord on Sept. 3.", "signed", ("2017-09-03", "day")),
    ("The ceasefire was broken on Dec. 24.", "broken", ("2016-12-24", "day")),
    ("Troops withdrew from the province in 1999.", "withdrew", ("1999", "year")),
    ("Friday's meeting ended without a deal.", "meeting", ("2017-11-03", "day")),
    ("The bombing of the bridge on Tuesday angered the villagers.", "bombing", ("2017-10-31", "day")),
])
def test_the_trigger_s_own_expression(parse, text, trigger, want):
    assert date_of(parse, text, trigger) == want


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, want", [
    ("Police on Tuesday arrested three men.", "arrested", ("2017-10-31", "day")),
    ("The United States and China held talks in Beijing on Wednesday.", "talks", ("2017-11-01", "day")),
    ("Talks between the two sides resumed on Wednesday.", "Talks", ("2017-11-01", "day")),
    ("Monday's decision does not lift the sanctions.", "lift", ("2017-10-30", "day")),
    ("The court ruled earlier this month that the law was valid.", "ruled", ("2017-11", "month")),
    ("The embassy was closed at the end of last month.", "closed", ("2017-10", "month")),
    ("The general died on Dec. 3, 2016, in Havana.", "died", ("2016-12-03", "day")),
    ("The bill takes effect on Jan. 1.", "takes", ("2018-01-01", "day")),
])
def test_time_phrases_the_parser_hangs_elsewhere_in_the_clause(parse, text, trigger, want):
    assert date_of(parse, text, trigger) == want


@pytest.mark.model
def test_a_relative_clause_keeps_its_date_to_itself(parse):
    text = "The minister, who took office in 2015, expelled the ambassador on Tuesday."
    assert date_of(parse, text, "expelled") == ("2017-10-31", "day")
    assert date_of(parse, text, "took") == ("2015", "year")


@pytest.mark.model
def test_a_relative_clause_date_is_not_borrowed_by_the_main_verb(parse):
    assert date_of(parse, "The president praised the troops who fought in 1991.", "praised") == (None, None)


@pytest.mark.model
def test_the_date_of_the_saying_is_not_the_date_of_the_reported_act(parse):
    text = "The ministry said on Monday that the rebels had attacked a convoy."
    assert date_of(parse, text, "said") == ("2017-10-30", "day")
    assert date_of(parse, text, "attacked") == (None, None)


@pytest.mark.model
def test_a_reported_future_act_keeps_its_own_date(parse):
    text = "Moscow said on Monday it would expel the diplomats next month."
    assert date_of(parse, text, "expel") == ("2017-12", "month")
    assert date_of(parse, text, "said") == ("2017-10-30", "day")


@pytest.mark.model
def test_a_noun_s_own_year_is_not_the_event_s_date(parse):
    text = "The foreign minister condemned the 2003 invasion on Monday."
    assert date_of(parse, text, "condemned") == ("2017-10-30", "day")
    assert date_of(parse, text, "invasion") == ("2003", "year")
    assert date_of(parse, "The senator condemned the 2003 invasion.", "condemned") == (None, None)


@pytest.mark.model
def test_a_year_of_the_frame_the_event_happened_in(parse):
    text = "The two armies fought side by side in the 1950-53 war."
    assert date_of(parse, text, "fought") == ("1950", "year")
    text = "The president visited the troops during his trip to the region last week."
    assert date_of(parse, text, "visited") == ("2017-10", "month")


@pytest.mark.model
def test_every_conjunct_of_a_frame_dates_the_event(parse):
    text = "During the inquiry and the 2014 election campaign, the two officials sent letters to the governor."
    assert date_of(parse, text, "sent") == ("2014", "year")


@pytest.mark.model
def test_what_a_message_says_is_said_when_it_is_sent(parse):
    text = "On Tuesday the council passed a resolution that condemned the blockade."
    assert date_of(parse, text, "condemned") == ("2017-10-31", "day")
    text = "The ministry sent a letter on Tuesday that the embassy answered on Thursday."
    assert date_of(parse, text, "answered") == ("2017-11-02", "day")


@pytest.mark.model
def test_a_date_after_since_or_before_is_a_bound_not_the_date(parse):
    assert date_of(parse, "The border has been closed since 2014.", "closed") == (None, None)
    assert date_of(parse, "The minister resigned before Tuesday's vote.", "resigned") == (None, None)


@pytest.mark.model
def test_a_participial_clause_shares_the_time_of_its_main_verb(parse):
    text = "The army tested a new missile on Sunday, prompting fresh sanctions."
    assert date_of(parse, text, "prompting") == ("2017-10-29", "day")


@pytest.mark.model
def test_coordinated_verbs_share_a_date_only_under_one_subject(parse):
    text = "The envoy met the rebels on Monday and signed a truce."
    assert date_of(parse, text, "signed") == ("2017-10-30", "day")
    text = "Rebels shelled the city on Monday and the army withdrew."
    assert date_of(parse, text, "withdrew") == (None, None)


@pytest.mark.model
def test_an_infinitive_takes_the_date_of_the_verb_above_it(parse):
    assert date_of(parse, "China agreed on Tuesday to lift the embargo.", "lift") == ("2017-10-31", "day")


@pytest.mark.model
def test_at_the_time_points_back_to_the_last_date_named(parse):
    text = ("The envoys met in Geneva last December to discuss the blockade. "
            "The government at the time closed two consulates.")
    assert date_of(parse, text, "closed", "2017-12-04") == ("2016-12", "month")


@pytest.mark.model
def test_weekday_arithmetic_on_parsed_text_across_a_year_end(parse):
    assert date_of(parse, "The cabinet resigned on Wednesday.", "resigned", "2021-01-01") == ("2020-12-30", "day")
    assert date_of(parse, "The cabinet will resign on Monday.", "resign", "2016-12-31") == ("2017-01-02", "day")


@pytest.mark.model
def test_no_expression_no_date(parse):
    assert date_of(parse, "The rebels attacked the convoy.", "attacked") == (None, None)
    assert date_of(parse, "The government rejects the proposal.", "rejects") == (None, None)
    assert date_of(parse, "Rebels attacked the convoy on Tuesday.", "attacked", None) == (None, None)
    assert date_of(parse, "Rebels attacked the convoy in 2012.", "attacked", None) == ("2012", "year")


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, want", [
    ("The ministers will meet on Tuesday.", "meet", "future"),
    ("The ministers shall meet on Tuesday.", "meet", "future"),
    ("The ministers are going to meet on Tuesday.", "meet", "future"),
    ("The ministers are expected to meet on Tuesday.", "meet", "future"),
    ("The ministers plan to meet on Tuesday.", "meet", "future"),
    ("The ministers met on Tuesday.", "met", "past"),
    ("The ministers have met twice.", "met", "past"),
    ("The ministers had met before.", "met", "past"),
    ("The ministers meet on Tuesday.", "meet", "present"),
    ("The ministers are meeting on Tuesday.", "meeting", "present"),
    ("The meeting of the ministers ended.", "meeting", "past"),
])
def test_clause_tense(parse, text, trigger, want):
    sent, token = parse(text, trigger)
    assert clause_tense(token) == want


@pytest.mark.model
@pytest.mark.parametrize("text, trigger, want", [
    ("The two leaders met in Vienna on Tuesday.", "met", "Vienna"),
    ("The army shelled positions near Aleppo.", "shelled", "Aleppo"),
    ("Protesters gathered at the Brandenburg Gate.", "gathered", "the Brandenburg Gate"),
    ("The envoy is expected to meet rebel leaders in Kabul.", "meet", "Kabul"),
    ("Talks in Geneva collapsed on Friday.", "Talks", "Geneva"),
    ("The president signed the decree on Friday.", "signed", None),
    ("The ministry sanctioned companies based in Russia.", "sanctioned", None),
    ("The minister, who was born in Paris, resigned.", "resigned", None),
])
def test_event_location(parse, text, trigger, want):
    sent, token = parse(text, trigger)
    assert event_location(sent, token) == want


@pytest.mark.parametrize("text, published, expected", [
    ("over the next two days", "2017-11-12", ("2017-11", "month")),
    ("in the coming days", "2017-11-12", ("2017-11", "month")),
    ("the past few days", "2017-11-12", ("2017-11", "month")),
    ("over the next two days", "2017-11-29", (None, None)),  # into December: no one month
    ("the past two weeks", "2017-11-03", (None, None)),  # back into October
])
def test_a_span_of_days_or_weeks_gives_its_month_when_it_lies_in_one(text, published, expected):
    assert resolve_expression(text, published, "future") == expected


@pytest.mark.parametrize("text, published, tense, want", [
    ("at the weekend", "2017-11-13", "past", ("2017-11", "month")),  # a Monday: the weekend just gone
    ("over the weekend", "2017-11-12", "past", ("2017-11", "month")),  # a Sunday: the weekend under way
    ("the weekend", "2017-10-02", "past", ("2017", "year")),  # Sept 30 and Oct 1 straddle two months
    ("at the weekend", "2017-11-29", "future", ("2017-12", "month")),  # Dec 2-3, still to come
])
def test_the_weekend_is_the_last_or_the_next(text, published, tense, want):
    assert resolve_expression(text, published, tense) == want



@pytest.mark.parametrize("text, published, want", [
    ("in recent weeks", "2017-12-29", ("2017-12", "month")),  # Dec 8 to 28
    ("in recent weeks", PUB, (None, None)),  # Oct 13 to Nov 2 straddles two months
    ("in recent days", "2017-11-20", ("2017-11", "month")),
])
def test_recent_days_and_weeks_are_a_span_back_from_the_report(text, published, want):
    assert resolve_expression(text, published, "past") == want
