"""The store on hand-built articles: idempotence, versions, round trips, bad input, offline fts, resuming."""
from __future__ import annotations

import csv
import dataclasses
import hashlib
import os
import signal
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from eventwire.corpus.store import TABLES, Store, StoreError, fts_extension_path, load_fts, read_articles
from eventwire.model import Article, Entity, Event, EventActor, Mention, Quote

ISOT = Path(__file__).resolve().parents[3] / "shared" / "data" / "isot-true-reuters-2017-subset" / "True.csv"
NOR = EventActor(name="Norland", id="country:NRL", country="NRL", role="government")
EST = EventActor(name="Estmark", id="country:EST", country="EST")


def made_up(i: int) -> Article:
    """A fictional analyzed article, different for every i, with entities, a quote and an event."""
    text = (f"Norland said on Monday it would send {i + 2} inspectors to the Estmark border crossing at Velm. "
            f"\"We expect calm at crossing {i},\" said Ada Brun, the Norland interior minister.")
    cut = text.index("Estmark")
    sentence = text[:text.index(". ") + 1]
    return Article(
        id=f"feed-{i:04d}", version=hashlib.sha256(text.encode()).hexdigest()[:16], title=f"Inspectors {i}",
        outlet=("Wire", "Daily", "Post")[i % 3], published=f"2031-03-{1 + i % 28:02d}", genre="news", text=text,
        url=f"https://news.example/{i}",
        entities=(Entity(id="country:NRL", name="Norland", type="GPE", country="NRL",
                         mentions=(Mention(0, 7, "Norland"),)),
                  Entity(id="country:EST", name="Estmark", type="GPE", country="EST",
                         mentions=(Mention(cut, cut + 7, "Estmark"),)),
                  Entity(id="person:ada-brun", name="Ada Brun", type="PERSON", country="NRL", role="government")),
        quotes=(Quote(text=f"We expect calm at crossing {i}", kind="direct", speaker="Ada Brun",
                      speaker_id="person:ada-brun", cue="said"),),
        events=(Event(source=NOR, target=EST, cameo="043", root="04", quad_class=1, goldstein=2.8,
                      plover_type="CONSULT", factuality="future", date=f"2031-03-{1 + i % 28:02d}",
                      date_precision="day", trigger="send", sentence=sentence, start=0, end=len(sentence)),))


def content(db: Path) -> dict[str, list[tuple]]:
    """Every row of every table, without the ingest time (the only column allowed to differ between runs)."""
    with Store(db, read_only=True) as store:
        out = {}
        for table, columns in TABLES.items():
            names = ", ".join(f'"{c}"' for c, _ in columns if c != "ingested_at")
            out[table] = sorted(store.connection.execute(f"SELECT {names} FROM {table}").fetchall(), key=repr)
        return out


def test_ingest_twice_stores_one_copy(tmp_path):
    db = tmp_path / "s.duckdb"
    articles = [made_up(i) for i in range(12)]
    with Store(db) as store:
        first = store.ingest(articles, batch_size=5)
    once = content(db)
    with Store(db) as store:
        again = store.ingest(articles + articles[:3], batch_size=5)
    assert (first.added, first.unchanged) == (12, 0)
    assert (again.added, again.new_versions, again.unchanged) == (0, 0, 15)
    assert content(db) == once
    assert len(once["articles"]) == 12 and len(once["quotes"]) == 12 and len(once["events"]) == 12
    assert len(once["mentions"]) == 24 and len(once["actors"]) == 3


def test_the_same_article_twice_in_one_stream_is_stored_once(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        stats = store.ingest([made_up(1), made_up(1)])
        assert (stats.added, stats.unchanged) == (1, 1)
        assert store.stats()["versions"] == 1


def test_a_changed_text_is_a_new_version_and_the_old_one_is_kept(tmp_path):
    db = tmp_path / "s.duckdb"
    old = made_up(7)
    new = dataclasses.replace(old, text=old.text + " Talks resume on Friday.", version="changed0000000001")
    with Store(db) as store:
        store.ingest([old])
        stats = store.ingest([new])
        assert (stats.added, stats.new_versions) == (0, 1)
        assert [a.version for a in store.articles(latest_only=False)] == [old.version, new.version]
        assert [a.version for a in store.articles()] == [new.version]
        assert (store.stats()["articles"], store.stats()["versions"]) == (1, 2)
    assert [a.text for a in read_articles(db)] == [new.text]


def test_records_round_trip_whole_and_ordered_by_id(tmp_path):
    articles = [made_up(i) for i in (5, 2, 9)]
    with Store(tmp_path / "s.duckdb") as store:
        store.ingest(articles)
        back = list(store.articles())
    assert [a.id for a in back] == ["feed-0002", "feed-0005", "feed-0009"]
    assert [a.to_json() for a in back] == [a.to_json() for a in sorted(articles, key=lambda a: a.id)]


def test_events_are_flattened_one_row_per_record(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        store.ingest([made_up(3)])
        row = store.connection.execute(
            "SELECT article_id, n, source_name, source_country, source_role, target_name, target_country, cameo, "
            "plover_type, factuality, date, sentence FROM events").fetchone()
    assert row == ("feed-0003", 0, "Norland", "NRL", "government", "Estmark", "EST", "043", "CONSULT", "future",
                   "2031-03-04", made_up(3).events[0].sentence)


def test_search_covers_texts_and_quotes(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        store.ingest([made_up(i) for i in range(4)])
        hits = store.search("inspectors border")
        assert len(hits) == 4 and all(score > 0 for _, _, score in hits)
        quote_hits = store.search("calm crossing")
        assert quote_hits and quote_hits[0][0].startswith("feed-")
        assert "calm" in quote_hits[0][1].lower()
        assert store.search("zeppelin") == []


def test_a_broken_article_is_reported_and_the_rest_of_its_batch_stored(tmp_path):
    bad_mention = Mention("zero", 7, "Norland")  # type: ignore[arg-type]  # an offset that is not a number
    bad_offsets = dataclasses.replace(made_up(2), entities=(Entity(
        id="country:NRL", name="Norland", type="GPE", mentions=(bad_mention,)),))
    no_id = dataclasses.replace(made_up(4), id=None, origin="feed.jsonl:5")  # type: ignore[arg-type]
    reported = []
    with Store(tmp_path / "s.duckdb") as store:
        stats = store.ingest([made_up(1), bad_offsets, made_up(3), no_id, made_up(5)], batch_size=10,
                             on_error=reported.append)
        stored = [a.id for a in store.articles()]
    assert stored == ["feed-0001", "feed-0003", "feed-0005"]
    assert (stats.added, stats.skipped) == (3, 2)
    assert [e.origin for e in reported] == ["feed.jsonl:5", "article 'feed-0002'"]
    assert all("ingest again" in str(e) for e in reported)


def test_a_damaged_database_file_is_a_clear_error(tmp_path):
    bad = tmp_path / "notes.duckdb"
    bad.write_text("shopping list: bread, milk", encoding="utf-8")
    with pytest.raises(StoreError, match=r"notes\.duckdb: cannot open it, it is not a DuckDB database.*--db"):
        Store(bad)
    assert bad.read_text(encoding="utf-8") == "shopping list: bread, milk"  # never overwritten


@pytest.mark.parametrize("make, message", [
    (lambda tmp: tmp / "plain-file" / "s.duckdb", "cannot create its folder"),
    (lambda tmp: tmp, "is a folder"),
])
def test_unusable_database_paths_name_the_path_and_the_fix(tmp_path, make, message):
    (tmp_path / "plain-file").write_text("x", encoding="utf-8")
    path = make(tmp_path)
    with pytest.raises(StoreError, match=message) as caught:
        Store(path)
    assert str(path) in str(caught.value) and "--db" in str(caught.value)


def test_a_database_of_another_program_is_refused_on_read(tmp_path):
    other = tmp_path / "other.duckdb"
    duckdb.connect(str(other)).execute("CREATE TABLE t (x INTEGER)").close()
    with pytest.raises(StoreError, match="no eventwire schema"):
        list(read_articles(other))
    with pytest.raises(StoreError, match="no such database"):
        list(read_articles(tmp_path / "missing.duckdb"))


def test_fts_loads_from_the_wheel_without_network_or_install(tmp_path):
    empty = tmp_path / "extensions"
    empty.mkdir()
    con = duckdb.connect(config={"autoinstall_known_extensions": False, "autoload_known_extensions": False,
                                 "extension_directory": str(empty)})
    assert con.execute("SELECT installed FROM duckdb_extensions() WHERE extension_name = 'fts'").fetchone() == (False,)
    load_fts(con)
    assert con.execute("SELECT loaded FROM duckdb_extensions() WHERE extension_name = 'fts'").fetchone() == (True,)
    assert not any(empty.iterdir())  # nothing installed, nothing downloaded
    assert fts_extension_path().is_file()
    with Store(tmp_path / "s.duckdb") as store:
        settings = store.connection.execute("SELECT current_setting('autoinstall_known_extensions'), "
                                            "current_setting('autoload_known_extensions')").fetchone()
    assert settings == (False, False)


CHILD = """
import sys, time
from pathlib import Path
from eventwire.corpus.store import Store
from eventwire.model import Article
records = [Article.from_json(line) for line in Path(sys.argv[1]).read_text(encoding="utf-8").splitlines()]
def committed(n):
    print("batch", flush=True)
    time.sleep(float(sys.argv[3]))
with Store(sys.argv[2]) as store:
    store.ingest(records, batch_size=10, on_progress=committed)
print("done", flush=True)
"""


def run_child(records: Path, db: Path, pause: float = 0.0) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", CHILD, str(records), str(db), str(pause)],
                            stdout=subprocess.PIPE, text=True, start_new_session=True)


def test_a_killed_ingest_run_again_equals_one_clean_run(tmp_path):
    records = tmp_path / "records.jsonl"
    records.write_text("".join(made_up(i).to_json() + "\n" for i in range(300)), encoding="utf-8")
    clean, killed = tmp_path / "clean.duckdb", tmp_path / "killed.duckdb"
    assert run_child(records, clean).wait(timeout=120) == 0

    proc = run_child(records, killed, pause=0.05)
    for _ in range(5):  # five batches committed, the sixth in flight
        assert proc.stdout.readline() == "batch\n"
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    with Store(killed, read_only=True) as store:
        stored = store.stats()["versions"]
    assert 50 <= stored < 300  # killed mid-run: what was committed is there, the rest is not
    resumed = run_child(records, killed)
    out, _ = resumed.communicate(timeout=120)
    assert resumed.returncode == 0 and out.count("batch") == (300 - stored + 9) // 10
    assert content(killed) == content(clean)


def isot_articles() -> list[Article]:
    with ISOT.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return [Article(id=f"isot:{n}", version=hashlib.sha256((r["title"] + r["text"]).encode()).hexdigest()[:16],
                    title=r["title"], outlet="Reuters", published=r["date"], text=r["text"])
            for n, r in enumerate(rows)]


@pytest.mark.skipif(not ISOT.exists(), reason="the ISOT Reuters subset is not in ../shared/data")
def test_the_isot_reuters_articles_ingested_twice_leave_one_copy(tmp_path):
    articles = isot_articles()
    with Store(tmp_path / "isot.duckdb") as store:
        first = store.ingest(articles)
        again = store.ingest(articles)
        stats = store.stats()
    assert first.added == len(articles) == 1008 and (again.added, again.unchanged) == (0, 1008)
    assert stats["articles"] == stats["versions"] == 1008
    assert stats["stories"] < 1008  # Reuters republished a few stories under new headlines


def test_a_run_stopped_before_the_rebuild_is_rebuilt_by_the_next_one(tmp_path):
    db = tmp_path / "s.duckdb"
    articles = [made_up(i) for i in range(6)]
    with Store(db) as store:
        store.ingest(articles, finish=False)  # as if killed after the last batch, before the rebuild
        assert store.stale()
        assert store.connection.execute("SELECT count(story_id) FROM articles").fetchone() == (0,)
    with Store(db) as store:
        stats = store.ingest(articles)
        assert (stats.added, stats.unchanged) == (0, 6) and not store.stale()
        assert store.connection.execute("SELECT count(story_id) FROM articles").fetchone() == (6,)
        assert store.search("inspectors")
        store.ingest(articles)
        assert not store.stale()


def test_a_database_held_by_another_writer_is_a_clear_error(tmp_path):
    db = tmp_path / "busy.duckdb"
    holder = subprocess.Popen([sys.executable, "-c", "import sys, time\nfrom eventwire.corpus.store import Store\n"
                               "s = Store(sys.argv[1])\nprint('holding', flush=True)\ntime.sleep(60)", str(db)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline() == "holding\n"
        with pytest.raises(StoreError, match="another process holds it.*wait for the other eventwire command"):
            Store(db, read_only=True)
    finally:
        holder.kill()
        holder.wait(timeout=30)
    with Store(db, read_only=True) as store:  # free again once the writer is gone
        assert store.stats()["articles"] == 0
