"""Resolving time expressions against the article date (2017-11-03 is a Friday)."""
import pytest

from eventwire.nlp.eventdates import event_date, resolve_expression
from eventwire.nlp.pipeline import make_doc

PUB = "2017-11-03"


@pytest.mark.parametrize("text, tense, want", [
    ("on Friday", "past", ("2017-11-03", "day")),
    ("on Tuesday", "past", ("2017-10-31", "day")),
    ("on Tuesday", "future", ("2017-11-07", "day")),
    ("next Friday", "future", ("2017-11-10", "day")),
    ("yesterday", "past", ("2017-11-02", "day")),
    ("two days ago", "past", ("2017-11-01", "day")),
    ("last week", "past", ("2017-10", "month")),
    ("last month", "past", ("2017-10", "month")),
    ("in December", "past", ("2016-12", "month")),
    ("in December", "future", ("2017-12", "month")),
    ("last December", "past", ("2016-12", "month")),
    ("in September", "past", ("2017-09", "month")),
    ("this summer", "past", ("2017", "year")),
    ("last summer", "past", ("2017", "year")),
    ("last spring", "past", ("2017", "year")),
    ("next winter", "future", ("2018", "year")),
    ("last year", "past", ("2016", "year")),
    ("in 1999", "past", ("1999", "year")),
    ("the 1950-53 war", "past", ("1950", "year")),
    ("Sept. 3", "past", ("2017-09-03", "day")),
    ("Jan. 29", "future", ("2018-01-29", "day")),
    ("March 3, 2014", "past", ("2014-03-03", "day")),
    ("3 March 2014", "past", ("2014-03-03", "day")),
    ("in March 2014", "past", ("2014-03", "month")),
    ("recently", "past", (None, None)),
])
def test_resolve_expression(text, tense, want):
    assert resolve_expression(text, PUB, tense) == want


def test_last_season_is_the_latest_one_over():
    assert resolve_expression("last summer", "2017-03-02", "past") == ("2016", "year")
    assert resolve_expression("last winter", "2017-12-20", "past") == ("2017", "year")


def test_month_and_weekday_arithmetic_across_year_ends():
    assert resolve_expression("on Friday", "2021-01-01", "past") == ("2021-01-01", "day")
    assert resolve_expression("on Thursday", "2021-01-01", "past") == ("2020-12-31", "day")
    assert resolve_expression("last month", "2021-01-15", "past") == ("2020-12", "month")
    assert resolve_expression("Feb. 29", "2020-03-10", "past") == ("2020-02-29", "day")


def test_without_an_article_date_only_absolute_dates_resolve():
    assert resolve_expression("on Tuesday", None) == (None, None)
    assert resolve_expression("in 2003", None) == ("2003", "year")


def test_may_the_modal_is_not_a_month():
    assert resolve_expression("they may", PUB) == (None, None)


@pytest.mark.model
def test_the_date_of_the_trigger_clause_not_of_another_clause(nlp):
    doc = nlp(make_doc(nlp, "On Tuesday the minister expelled the envoy, who had arrived in 2015.", PUB))
    sent = next(doc.sents)
    expel = next(t for t in doc if t.lemma_ == "expel")
    arrive = next(t for t in doc if t.lemma_ == "arrive")
    assert event_date(sent, expel, PUB) == ("2017-10-31", "day")
    assert event_date(sent, arrive, PUB) == ("2015", "year")


@pytest.mark.model
def test_a_date_inside_someone_elses_reported_clause_is_not_borrowed(nlp):
    text = ("Norwegian Foreign Minister Ola Nordmann spoke after holding talks with Swedish envoy Sven Svensson, "
            "who announced that the border talks would resume in Oslo on Nov. 28.")
    doc = nlp(make_doc(nlp, text, "2019-10-26"))
    held = [e for e in doc._.eventwire_events if e.trigger.startswith("holding")]
    assert held and all(e.date is None for e in held), [(e.trigger, e.date) for e in doc._.eventwire_events]
