"""The corpus layer on hand-built articles: store, near duplicates, merging, timeline, compare, export."""
from __future__ import annotations

import dataclasses
import json

import pytest

from eventwire.corpus.claims import Claim, agree, line_up
from eventwire.corpus.compare import compare
from eventwire.corpus.export import GDELT_COLUMNS, export
from eventwire.corpus.merge import merge_events, summarize
from eventwire.corpus.neardup import near_duplicates
from eventwire.corpus.store import Store, StoreError, read_articles
from eventwire.corpus.timeline import build_timeline, render_html

from .conftest import EST, NOR, article, event


def test_ingest_twice_stores_once_and_a_changed_text_is_a_new_version(tmp_path, story):
    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        first = store.ingest(story)
        again = store.ingest(story)
        changed = dataclasses.replace(story[0], text=story[0].text + " Updated.", version="v-new")
        third = store.ingest([changed])
        assert (first.added, again.added, again.unchanged) == (3, 0, 3)
        assert third.new_versions == 1
        assert store.connection.execute("SELECT count(*) FROM articles").fetchone()[0] == 4
        latest = {a.id: a for a in store.articles()}
        assert latest["a"].version == "v-new" and len(latest) == 3
        assert len(list(store.articles(latest_only=False))) == 4
    assert [a.id for a in read_articles(db)] == ["a", "b", "c"]


def test_store_keeps_every_record_field_and_searches(tmp_path, story):
    with Store(tmp_path / "s.duckdb") as store:
        store.ingest(story)
        back = {a.id: a for a in store.articles()}
        assert back["b"].to_json() == story[1].to_json()
        hits = store.search("ambassador")
        assert hits and hits[0][0] == "a"
        assert store.search("no choice")[0][0] == "a"  # quotes are indexed too
        stats = store.stats()
        assert stats["articles"] == 3 and stats["events"] == 4 and stats["merged_events"] == 3


def test_bad_database_paths_are_clear_errors(tmp_path):
    with pytest.raises(StoreError, match="no such database"):
        Store(tmp_path / "missing.duckdb", read_only=True)
    bad = tmp_path / "not-a-db.duckdb"
    bad.write_text("this is not a database", encoding="utf-8")
    with pytest.raises(StoreError, match="cannot open"):
        Store(bad)


def test_near_duplicates_link_copies_not_different_stories():
    body = ("The foreign ministry said on Monday that the ambassador had been recalled for consultations after the "
            "border incident, and that talks would resume only when the other side apologised for the shooting.")
    a = article("x1", body, published="2030-01-02")
    b = article("x2", "MINSKY (Wire) - " + body + " Reporting by staff.", published="2030-01-01")
    c = article("x3", "Heavy rain flooded the valley and farmers lost their harvest for the third year in a row.")
    stories = near_duplicates([a, b, c])
    assert stories["x1"] == stories["x2"] == "x2" and stories["x3"] == "x3"


def test_reports_of_one_event_merge_and_history_stays_history(story):
    merged = merge_events(story)
    recall = [m for m in merged if m.cameo == "161"]
    assert len(recall) == 1
    e = recall[0].entry()
    assert e["num_articles"] == 2 and e["num_sources"] == 2 and e["date"] == "2030-04-30"
    assert e["first_reported"] == "2030-05-02" and e["last_reported"] == "2030-05-03"
    old = next(m for m in merged if m.cameo == "174").entry()
    assert old["historical"] and old["date"] == "2025"


def test_timeline_order_filters_and_modality(story):
    tl = build_timeline(story)
    assert [e["date"] for e in tl["entries"]] == ["2025", "2030-04-30"]  # the hypothetical one stays out
    assert tl["entries"][1]["summary"] == "Norland cuts diplomatic ties with Estmark"
    assert all(m["article"] in ("a", "b") for m in tl["entries"][1]["mentions"])
    assert build_timeline(story, since="2030")["entries"][0]["date"] == "2030-04-30"
    assert not build_timeline(story, actors=["Brazil"])["entries"]
    everything = build_timeline(story, factuality=("asserted", "future", "hypothetical", "negated"))
    assert any(e["summary"].startswith("(possible)") for e in everything["entries"])
    page = render_html(tl, "Norland and Estmark")
    assert page.startswith("<!doctype html>") and "http" not in page and "<script" not in page


def test_compare_reports_and_omissions(story):
    result = compare(story, with_claims=False)
    wire, daily = result["outlets"]["Wire"], result["outlets"]["Daily"]
    assert len(wire["events_reported"]) == 1 and len(daily["events_reported"]) == 2
    assert wire["events_omitted"] and not daily["events_omitted"]
    assert wire["voices"] == [{"speaker": "Ilse Varga", "quotes": 1}]
    assert daily["genres"] == {"news": 1, "opinion": 1}


def _claim(article_id, value, low, high, unit="count:diplomats"):
    return Claim(article_id, article_id, value, low, high, unit, str(value), "", "expel")


def test_numeric_claims_agree_within_hedges_and_disagree_otherwise():
    assert agree(_claim("a", 23, 23, 23), _claim("b", 24, 24 * 0.85, 24 * 1.15))  # 23 vs "about two dozen"
    assert not agree(_claim("a", 50e9, 50e9, 50e9, "money:usd"), _claim("b", 45e9, 45e9, 45e9, "money:usd"))
    groups = line_up([_claim("a", 23, 23, 23), _claim("b", 24, 20.4, 27.6), _claim("c", 5, 5, 5, "count:troops")])
    assert len(groups) == 1 and groups[0]["consistent"]  # troops are not compared with diplomats


@pytest.mark.model
def test_claims_are_read_from_text():
    from eventwire.corpus.claims import claims_of
    from eventwire.nlp.pipeline import load_pipeline

    nlp = load_pipeline(())
    a = article("n1", "Norland expelled 23 diplomats on Monday.")
    b = article("n2", "Norland ordered out about two dozen envoys this week.")
    found = [c for x in (a, b) for c in claims_of(x, nlp(x.text))]
    assert {c.unit for c in found} == {"count:diplomats"}
    assert line_up(found)[0]["consistent"]


def test_exports(tmp_path, story):
    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        store.ingest(story)
    out = tmp_path / "events.tsv"
    assert export(db, "gdelt", out) == 3
    rows = [line.split("\t") for line in out.read_text(encoding="utf-8").splitlines()]
    assert all(len(r) == GDELT_COLUMNS for r in rows)
    recall = next(r for r in rows if r[26] == "161")
    assert recall[7] == "" and recall[6] == "NORLAND" and recall[28] == "16"  # NRL is not an ISO code
    plover = [json.loads(x) for x in export_lines(db, "plover", tmp_path)]
    assert {p["event_type"] for p in plover} >= {"SANCTION"}
    assert export(db, "parquet", tmp_path / "pq") > 0 and (tmp_path / "pq" / "events.parquet").exists()
    assert export(db, "csv", tmp_path / "csv") > 0 and (tmp_path / "csv" / "articles.csv").exists()
    assert len(export_lines(db, "jsonl", tmp_path)) == 3


def export_lines(db, fmt, tmp_path):
    path = tmp_path / f"x.{fmt}"
    export(db, fmt, path)
    return path.read_text(encoding="utf-8").splitlines()


def test_summary_reads_like_a_headline():
    assert summarize("China", "161", "Lithuania") == "China cuts diplomatic ties with Lithuania"
    assert summarize("Norland", "163", None, "future") == "(planned) Norland imposes sanctions"


def test_a_date_that_is_only_the_reports_does_not_split_one_undated_act():
    s = "Norland expelled Estmark's ambassador, officials said."
    reports = [article(aid, s, published=day, events=[dataclasses.replace(event(NOR, EST, "161", day, s),
                                                                           date_basis="report")])
               for aid, day in (("a", "2030-05-02"), ("b", "2030-05-05"))]
    merged = merge_events(reports)
    assert len(merged) == 1 and merged[0].entry()["num_articles"] == 2
    assert merged[0].date == ("2030-05-02", "day")  # the first report's date stands in for the event's
    # the same two reports with dates of their own four days apart are two events
    dated = [article(a.id, s, published=a.published, events=[event(NOR, EST, "161", a.published, s)]) for a in reports]
    assert len(merge_events(dated)) == 2
