"""Exports of a store built from hand-written articles: JSON Lines, CSV, Parquet, GDELT 2.0 and PLOVER."""
from __future__ import annotations

import json

import duckdb
import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.corpus.export import EXPORT_TABLES, GDELT_COLUMNS, export, global_event_id
from eventwire.corpus.store import Store, StoreError
from eventwire.model import Article, Event, EventActor
from eventwire.nlp.codebook import load_codebook

USA = EventActor(name="United States", id="country:USA", country="USA", role="government")
RUS = EventActor(name="Russia", id="country:RUS", country="RUS", role="government")
S1 = "The United States expelled 35 Russian diplomats on Thursday."
S2 = "Washington on Thursday ordered 35 Russian envoys to leave the country."
S3 = "Russia's foreign minister met his U.S. counterpart in Vienna on Friday."


def expel(sentence: str, trigger: str) -> Event:
    return Event(source=USA, target=RUS, cameo="1663", root="16", quad_class=3, goldstein=-4.0,
                 plover_type="SANCTION", plover_mode="expel", date="2030-12-29", date_precision="day",
                 trigger=trigger, sentence=sentence, start=0, end=len(sentence))


@pytest.fixture
def db(tmp_path):
    a = Article(id="wire-1", version="v1", outlet="Wire", published="2030-12-29", url="https://wire.example/1",
                text=S1 + " " + S3, events=(expel(S1, "expelled"), Event(
                    source=RUS, target=USA, cameo="040", root="04", quad_class=1, goldstein=1.0,
                    plover_type="CONSULT", reciprocal=True, date="2030-12-30", date_precision="day",
                    trigger="met", sentence=S3)))
    b = Article(id="daily-7", version="v1", outlet="Daily", published="2030-12-30", url="https://daily.example/7",
                text=S2, events=(expel(S2, "ordered"),))
    path = tmp_path / "s.duckdb"
    with Store(path) as store:
        store.ingest([a, b])
    return path


def lines(path):
    return path.read_text(encoding="utf-8").splitlines()


def test_gdelt_rows_have_61_columns_and_the_known_fields(db, tmp_path):
    out = tmp_path / "events.tsv"
    n = export(db, "gdelt", out)
    rows = [line.split("\t") for line in lines(out)]
    assert n == len(rows) == 2 and all(len(r) == GDELT_COLUMNS for r in rows)
    expel_row = next(r for r in rows if r[26] == "1663")
    assert expel_row[1:5] == ["20301229", "203012", "2030", "2030.9918"]  # FractionDate: share of the year gone
    assert expel_row[5:8] == ["USAGOV", "UNITED STATES", "USA"] and expel_row[12] == "GOV"
    assert expel_row[15:18] == ["RUSGOV", "RUSSIA", "RUS"]
    book = load_codebook()  # merged events take QuadClass and Goldstein from the codebook
    assert expel_row[25:31] == ["1", "1663", "166", "16", str(book.quad_class("1663")), f"{book.goldstein('1663'):.1f}"]
    assert expel_row[31:34] == ["2", "2", "2"]  # NumMentions, NumSources, NumArticles: two outlets merged
    assert expel_row[34] == "" and set(expel_row[35:59]) == {""}  # AvgTone and geography not filled
    assert expel_row[59] == "20301229000000" and expel_row[60] == "https://wire.example/1"
    assert int(expel_row[0]) > 0
    again = tmp_path / "again.tsv"
    export(db, "gdelt", again)
    assert lines(again) == lines(out)  # GlobalEventID and everything else stable


def test_global_event_ids_are_stable_integers():
    assert global_event_id("abc") == global_event_id("abc") != global_event_id("abd")
    assert isinstance(global_event_id("not hex at all"), int)


def test_plover_records(db, tmp_path):
    out = tmp_path / "events.plover.jsonl"
    export(db, "plover", out)
    records = {r["event_type"]: r for r in map(json.loads, lines(out))}
    expulsion = records["SANCTION"]
    assert expulsion["mode"] == "expel" and expulsion["date"] == "2030-12-29"
    actor = (expulsion["actor"], expulsion["actor_country"], expulsion["actor_sector"])
    assert actor == ("United States", "USA", "GOV")
    assert (expulsion["recipient"], expulsion["recipient_country"]) == ("Russia", "RUS")
    assert expulsion["source_text"] == S1 and expulsion["event_text"] == "expelled"
    assert [m["article"] for m in expulsion["mentions"]] == ["wire-1", "daily-7"]
    assert records["CONSULT"]["reciprocal"] is True


def test_jsonl_is_the_article_records(db, tmp_path):
    out = tmp_path / "articles.jsonl"
    assert export(db, "jsonl", out) == 2
    back = [Article.from_json(line) for line in lines(out)]
    assert [a.id for a in back] == ["daily-7", "wire-1"] and back[1].events[0].sentence == S1


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_every_table_as_csv_and_parquet(db, tmp_path, fmt):
    folder = tmp_path / fmt
    total = export(db, fmt, folder)
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"{t}.{fmt}" for t in EXPORT_TABLES)
    con = duckdb.connect()
    reader = "read_parquet" if fmt == "parquet" else "read_csv"
    counts = {t: con.execute(f"SELECT count(*) FROM {reader}(?)", [str(folder / f"{t}.{fmt}")]).fetchone()[0]
              for t in EXPORT_TABLES}
    assert counts["articles"] == 2 and counts["events"] == 3 and counts["event_mentions"] == 3
    assert sum(counts.values()) == total
    assert con.execute(f"SELECT cameo FROM {reader}(?) ORDER BY cameo", [str(folder / f"events.{fmt}")]).fetchall() \
        == [("040",), ("1663",), ("1663",)]


def test_export_mistakes_are_clear_errors(db, tmp_path):
    with pytest.raises(StoreError, match="give a folder"):
        export(db, "csv", None)
    (tmp_path / "a-file").write_text("x", encoding="utf-8")
    with pytest.raises(StoreError, match="is a file"):
        export(db, "parquet", tmp_path / "a-file")
    with pytest.raises(StoreError, match="is a folder"):
        export(db, "gdelt", tmp_path)
    with pytest.raises(StoreError, match="choose one of"):
        export(db, "xml", tmp_path / "x.xml")
    with pytest.raises(StoreError, match="no such database"):
        export(tmp_path / "missing.duckdb", "jsonl", None)


def test_export_command(db, tmp_path):
    runner = CliRunner()
    result = runner.invoke(app, ["export", "--db", str(db), "--format", "gdelt"])
    assert result.exit_code == 0 and len(result.stdout.splitlines()) == 2
    assert all(len(line.split("\t")) == GDELT_COLUMNS for line in result.stdout.splitlines())
    result = runner.invoke(app, ["export", "--db", str(db), "--format", "csv"])
    assert result.exit_code != 0  # csv needs a folder
    result = runner.invoke(app, ["export", "--db", str(tmp_path / "nope.duckdb"), "--format", "jsonl"])
    assert result.exit_code == 2 and "no such database" in " ".join(result.stderr.split())


@pytest.mark.model
def test_ingest_command_twice_stores_once(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps({"id": f"n{i}", "published": "2030-12-29", "outlet": "Wire", "text": t}) + "\n"
                            for i, t in enumerate([S1, S2, S3])), encoding="utf-8")
    db = tmp_path / "cli.duckdb"
    runner = CliRunner()
    first = runner.invoke(app, ["ingest", str(feed), "--db", str(db), "--batch-size", "2"])
    second = runner.invoke(app, ["ingest", str(feed), "--db", str(db)])
    assert first.exit_code == 0 and "3 added" in first.stderr
    assert second.exit_code == 0 and "0 added" in second.stderr and "3 already stored" in second.stderr
    with Store(db, read_only=True) as store:
        assert store.stats()["versions"] == 3


def test_gdelt_day_of_a_historical_event_is_in_its_own_year(tmp_path):
    s = "Russia annexed Crimea in 2014, the minister recalled."
    old = Event(source=RUS, target=EventActor(name="Ukraine", id="country:UKR", country="UKR"), cameo="192",
                root="19", date="2014", date_precision="year", trigger="annexed", sentence=s)
    db = tmp_path / "h.duckdb"
    with Store(db) as store:
        store.ingest([Article(id="h1", version="v1", outlet="Wire", published="2030-12-29", text=s, events=(old,))])
    out = tmp_path / "h.tsv"
    export(db, "gdelt", out)
    row = lines(out)[0].split("\t")
    assert row[1:4] == ["20140101", "201401", "2014"]  # not the day of the report
    assert row[59] == "20301229000000"  # DATEADDED stays the day it was reported
