"""The store: analyzed articles in an embedded DuckDB file, one writer, idempotent and resumable.

Tables (``docs/corpus.md`` describes every column):

- ``schema_version``: the layout version of this file.
- ``articles``: one row per (id, version): the record's fields, the whole record as JSON, the story it
  belongs to (near-duplicate cluster) and the order it was stored in. A changed text under the same id is a
  new version; the old one is kept. Queries use the latest version of each id (view ``latest_articles``).
- ``actors``: one row per canonical actor id; ``mentions``: every mention in every stored article.
- ``quotes`` and ``events``: one row per record of an article.
- ``merged_events``: one row per real-world event after de-duplication across articles, and
  ``event_mentions``: one row per article sentence that reports it (GDELT's mentions table).

Ingest stores articles in batches, each in one transaction; killing it loses nothing committed, and running
it again skips every (id, version) already stored, before analysis. The full-text index (DuckDB's fts
extension, loaded from the ``duckdb-extension-fts`` package, never downloaded) and the merged events are
rebuilt once at the end of an ingest, not per row.
"""
from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

from eventwire.errors import EventwireError
from eventwire.model import Article

SCHEMA_VERSION = 1
DEFAULT_DB = "eventwire.duckdb"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR NOT NULL, version VARCHAR NOT NULL, seq BIGINT NOT NULL,
    title VARCHAR, outlet VARCHAR, author VARCHAR, published VARCHAR, genre VARCHAR, url VARCHAR,
    text VARCHAR, record VARCHAR NOT NULL, story_id VARCHAR, ingested_at TIMESTAMP DEFAULT current_timestamp,
    PRIMARY KEY (id, version));
CREATE TABLE IF NOT EXISTS actors (
    id VARCHAR PRIMARY KEY, name VARCHAR, type VARCHAR, country VARCHAR, role VARCHAR);
CREATE TABLE IF NOT EXISTS mentions (
    article_id VARCHAR, version VARCHAR, actor_id VARCHAR, start INTEGER, "end" INTEGER, text VARCHAR);
CREATE TABLE IF NOT EXISTS quotes (
    article_id VARCHAR, version VARCHAR, n INTEGER, text VARCHAR, kind VARCHAR, partial BOOLEAN,
    speaker VARCHAR, speaker_text VARCHAR, speaker_id VARCHAR, cue VARCHAR, start INTEGER, "end" INTEGER,
    sentence VARCHAR);
CREATE TABLE IF NOT EXISTS events (
    article_id VARCHAR, version VARCHAR, n INTEGER,
    source_name VARCHAR, source_id VARCHAR, source_country VARCHAR, source_org VARCHAR, source_role VARCHAR,
    target_name VARCHAR, target_id VARCHAR, target_country VARCHAR, target_org VARCHAR, target_role VARCHAR,
    cameo VARCHAR, root VARCHAR, quad_class INTEGER, goldstein DOUBLE, plover_type VARCHAR, plover_mode VARCHAR,
    factuality VARCHAR, reported_by VARCHAR, reciprocal BOOLEAN, date VARCHAR, date_precision VARCHAR,
    location VARCHAR, trigger VARCHAR, sentence VARCHAR, start INTEGER, "end" INTEGER, confidence DOUBLE);
CREATE TABLE IF NOT EXISTS merged_events (
    event_id VARCHAR PRIMARY KEY, date VARCHAR, date_precision VARCHAR, summary VARCHAR, cameo VARCHAR,
    root VARCHAR, quad_class INTEGER, goldstein DOUBLE, plover_type VARCHAR, factuality VARCHAR,
    source_name VARCHAR, source_code VARCHAR, target_name VARCHAR, target_code VARCHAR, reciprocal BOOLEAN,
    num_mentions INTEGER, num_articles INTEGER, num_sources INTEGER, first_reported VARCHAR,
    last_reported VARCHAR, historical BOOLEAN);
CREATE TABLE IF NOT EXISTS event_mentions (
    event_id VARCHAR, article_id VARCHAR, version VARCHAR, n INTEGER, outlet VARCHAR, published VARCHAR,
    sentence VARCHAR, start INTEGER, "end" INTEGER, factuality VARCHAR, confidence DOUBLE);
CREATE OR REPLACE VIEW latest_articles AS
    SELECT * FROM articles a WHERE seq = (SELECT max(seq) FROM articles b WHERE b.id = a.id);
"""

_FLAT_EVENT = ("source_name", "source_id", "source_country", "source_org", "source_role", "target_name",
               "target_id", "target_country", "target_org", "target_role", "cameo", "root", "quad_class",
               "goldstein", "plover_type", "plover_mode", "factuality", "reported_by", "reciprocal", "date",
               "date_precision", "location", "trigger", "sentence", "start", "end", "confidence")


class StoreError(EventwireError):
    """The database file cannot be opened or written."""


@dataclass
class IngestStats:
    added: int = 0
    unchanged: int = 0
    new_versions: int = 0


def load_fts(con: duckdb.DuckDBPyConnection) -> None:
    """Load DuckDB's full-text search extension from the PyPI package, never from the network."""
    try:
        import duckdb_extension_fts
    except ImportError as err:
        raise StoreError("the full-text search extension is missing: pip install duckdb-extension-fts") from err
    path = Path(duckdb_extension_fts.__file__).parent / "extensions" / f"v{duckdb.__version__}" / "fts.duckdb_extension"
    if not path.exists():
        raise StoreError(f"no fts extension for duckdb {duckdb.__version__} at {path}; install the "
                         f"duckdb-extension-fts release that matches duckdb {duckdb.__version__}")
    con.execute(f"LOAD '{path.as_posix()}'")


class Store:
    """An eventwire database file. Use as a context manager; one writer at a time."""

    def __init__(self, path: str | Path = DEFAULT_DB, read_only: bool = False) -> None:
        self.path = Path(path)
        if read_only and not self.path.exists():
            raise StoreError(f"{self.path}: no such database; create it with `eventwire ingest INPUT... "
                             f"--db {self.path}`")
        if not read_only:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as err:
                raise StoreError(f"{self.path}: cannot create its folder ({err}); choose another --db path") from err
        config = {"autoinstall_known_extensions": False, "autoload_known_extensions": False}
        try:
            self.connection = duckdb.connect(str(self.path), read_only=read_only, config=config)
        except duckdb.Error as err:
            raise StoreError(f"{self.path}: cannot open the database ({str(err).splitlines()[0]}); if another "
                             "eventwire command is writing to it, wait for it to finish, else give another "
                             "--db path") from err
        if not read_only:
            self.connection.execute(_SCHEMA)
            row = self.connection.execute("SELECT version FROM schema_version").fetchone()
            if row is None:
                self.connection.execute("INSERT INTO schema_version VALUES (?)", [SCHEMA_VERSION])
            elif row[0] != SCHEMA_VERSION:
                raise StoreError(f"{self.path}: schema version {row[0]}, this eventwire writes {SCHEMA_VERSION}; "
                                 "export it with the eventwire that wrote it, or use a new --db path")

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.connection.close()

    # -- writing
    def has(self, article_id: str, version: str) -> bool:
        return self.connection.execute("SELECT 1 FROM articles WHERE id = ? AND version = ?",
                                       [article_id, version]).fetchone() is not None

    def known_versions(self) -> set[tuple[str, str]]:
        return set(self.connection.execute("SELECT id, version FROM articles").fetchall())

    def ingest(self, articles: Iterable[Article], batch_size: int = 200,
               on_progress: Callable[[int], None] | None = None, finish: bool = True) -> IngestStats:
        """Store the articles, ``batch_size`` per transaction, skipping (id, version) pairs already stored."""
        stats = IngestStats()
        known = self.known_versions()
        ids = {i for i, _ in known}
        batch: list[Article] = []
        for article in articles:
            if (article.id, article.version) in known:
                stats.unchanged += 1
                continue
            known.add((article.id, article.version))
            if article.id in ids:
                stats.new_versions += 1
            else:
                stats.added += 1
                ids.add(article.id)
            batch.append(article)
            if len(batch) >= batch_size:
                self._write(batch)
                if on_progress:
                    on_progress(len(batch))
                batch = []
        if batch:
            self._write(batch)
            if on_progress:
                on_progress(len(batch))
        if finish:
            self.finish()
        return stats

    def _write(self, batch: list[Article]) -> None:
        con = self.connection
        seq = con.execute("SELECT coalesce(max(seq), 0) FROM articles").fetchone()[0]
        con.execute("BEGIN TRANSACTION")
        try:
            rows, actors, mentions, quotes, events = [], {}, [], [], []
            for a in batch:
                seq += 1
                rows.append([a.id, a.version, seq, a.title, a.outlet, a.author, a.published, a.genre, a.url, a.text,
                             a.to_json(), None])
                for e in a.entities:
                    actors.setdefault(e.id, [e.id, e.name, e.type, e.country, e.role])
                    mentions.extend([a.id, a.version, e.id, m.start, m.end, m.text] for m in e.mentions)
                for n, q in enumerate(a.quotes):
                    quotes.append([a.id, a.version, n, q.text, q.kind, q.partial, q.speaker, q.speaker_text,
                                   q.speaker_id, q.cue, q.start, q.end, q.sentence])
                for n, ev in enumerate(a.events):
                    events.append([a.id, a.version, n, *flatten_event(ev.to_dict())])
            con.executemany("INSERT INTO articles (id, version, seq, title, outlet, author, published, genre, url, "
                            "text, record, story_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
            if actors:
                con.executemany("INSERT INTO actors VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING",
                                list(actors.values()))
            if mentions:
                con.executemany("INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?)", mentions)
            if quotes:
                con.executemany(f"INSERT INTO quotes VALUES ({', '.join('?' * 13)})", quotes)
            if events:
                con.executemany(f"INSERT INTO events VALUES ({', '.join('?' * (3 + len(_FLAT_EVENT)))})", events)
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise

    def finish(self) -> None:
        """Rebuild what depends on all articles: stories (near duplicates), merged events, full-text index."""
        from eventwire.corpus.merge import merge_events
        from eventwire.corpus.neardup import near_duplicates

        articles = list(self.articles())
        stories = near_duplicates(articles)
        con = self.connection
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute("UPDATE articles SET story_id = NULL")
            if stories:
                con.executemany("UPDATE articles SET story_id = ? WHERE id = ?",
                                [[story, aid] for aid, story in sorted(stories.items())])
            con.execute("DELETE FROM merged_events")
            con.execute("DELETE FROM event_mentions")
            merged = merge_events(articles, stories)
            if merged:
                con.executemany(f"INSERT INTO merged_events VALUES ({', '.join('?' * 21)})",
                                [m.row() for m in merged])
                con.executemany("INSERT INTO event_mentions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                [[m.event_id, *r] for m in merged for r in m.mention_rows()])
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        self.rebuild_search()

    def rebuild_search(self) -> None:
        """The full-text index over article titles and texts and over quotes, rebuilt from scratch."""
        con = self.connection
        load_fts(con)
        con.execute("CREATE OR REPLACE TABLE search_docs AS "
                    "SELECT 'article:' || id AS doc_id, id AS article_id, coalesce(title, '') || ' ' || "
                    "coalesce(text, '') AS body FROM latest_articles "
                    "UNION ALL SELECT 'quote:' || q.article_id || ':' || q.n, q.article_id, "
                    "coalesce(q.speaker, '') || ' ' || q.text FROM quotes q JOIN latest_articles a "
                    "ON a.id = q.article_id AND a.version = q.version")
        con.execute("PRAGMA create_fts_index('search_docs', 'doc_id', 'body', overwrite=1)")

    # -- reading
    def articles(self, latest_only: bool = True) -> Iterator[Article]:
        """Stored articles, ordered by id (latest version of each unless ``latest_only`` is false)."""
        table = "latest_articles" if latest_only else "articles"
        cur = self.connection.execute(f"SELECT record FROM {table} ORDER BY id, seq")
        while True:
            rows = cur.fetchmany(500)
            if not rows:
                break
            for (record,) in rows:
                yield Article.from_json(record)

    def search(self, query: str, limit: int = 20) -> list[tuple[str, str, float]]:
        """(article id, snippet, score) of the best matches of ``query`` in texts and quotes."""
        con = self.connection
        load_fts(con)
        try:
            rows = con.execute(
                "SELECT article_id, body, fts_main_search_docs.match_bm25(doc_id, ?) AS score FROM search_docs "
                "WHERE score IS NOT NULL ORDER BY score DESC LIMIT ?", [query, limit]).fetchall()
        except duckdb.CatalogException as err:
            raise StoreError(f"{self.path}: no search index yet; run `eventwire ingest` on it first") from err
        return [(aid, _snippet(body, query), score) for aid, body, score in rows]

    def stats(self) -> dict[str, Any]:
        q = self.connection.execute
        return {
            "articles": q("SELECT count(*) FROM latest_articles").fetchone()[0],
            "versions": q("SELECT count(*) FROM articles").fetchone()[0],
            "stories": q("SELECT count(DISTINCT story_id) FROM latest_articles").fetchone()[0],
            "actors": q("SELECT count(*) FROM actors").fetchone()[0],
            "quotes": q("SELECT count(*) FROM quotes").fetchone()[0],
            "events": q("SELECT count(*) FROM events").fetchone()[0],
            "merged_events": q("SELECT count(*) FROM merged_events").fetchone()[0],
        }


def flatten_event(d: dict[str, Any]) -> list[Any]:
    """An event record as the flat columns of the ``events`` table."""
    out = []
    for key in _FLAT_EVENT:
        side, _, field = key.partition("_")
        if side in ("source", "target") and field in ("name", "id", "country", "org", "role"):
            out.append((d.get(side) or {}).get(field))
        else:
            out.append(d.get(key))
    return out


def _snippet(body: str, query: str, width: int = 160) -> str:
    low = body.lower()
    hits = [low.find(w.lower()) for w in query.split() if low.find(w.lower()) >= 0]
    at = min(hits) if hits else 0
    start = max(0, at - width // 3)
    text = body[start:start + width].replace("\n", " ")
    return ("…" if start else "") + text + ("…" if start + width < len(body) else "")


def read_articles(db: str | Path) -> Iterator[Article]:
    """The latest version of every article stored in ``db``."""
    with Store(db, read_only=True) as store:
        yield from store.articles()


def article_json(article: Article) -> str:
    return json.dumps(article.to_dict(), ensure_ascii=False)
