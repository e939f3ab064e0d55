"""The store: analyzed articles in an embedded DuckDB file, one writer, idempotent and resumable.

Tables (``docs/corpus.md`` describes every column):

- ``schema_version``: the layout version of this file; ``store_state``: up to which article the derived
  tables below were rebuilt (so a stopped ingest's rebuild is redone by the next one, and a no-op ingest
  rebuilds nothing).
- ``articles``: one row per (id, version): the record's fields, the whole record as JSON, the story it
  belongs to (near-duplicate cluster) and the order it was stored in. A changed text under the same id is a
  new version; the old one is kept. Queries use the latest version of each id (view ``latest_articles``).
- ``actors``: one row per canonical actor id; ``mentions``: every mention in every stored article.
- ``quotes`` and ``events``: one row per record of an article (events with every field flattened).
- ``merged_events``: one row per real-world event after de-duplication across articles, and
  ``event_mentions``: one row per article sentence that reports it (GDELT's mentions table).

Ingest stores articles in batches, each in one transaction; killing it loses nothing committed, and running
it again skips every (id, version) already stored. The rows of a batch are staged as JSON Lines and loaded
with one ``INSERT ... SELECT FROM read_json`` per table (DuckDB's ``executemany`` runs one statement per row
and is a hundred times slower). The full-text index (DuckDB's fts extension, loaded from the
``duckdb-extension-fts`` package, never downloaded), the stories and the merged events are rebuilt once at
the end of an ingest, not per row.
"""
from __future__ import annotations

import json
import re
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb

from eventwire.errors import EventwireError, InputError
from eventwire.model import Article

SCHEMA_VERSION = 2  # 2: events.date_basis
DEFAULT_DB = "eventwire.duckdb"

#: Every table as (column, DuckDB type) pairs, in column order.
TABLES: dict[str, tuple[tuple[str, str], ...]] = {
    "articles": (
        ("id", "VARCHAR NOT NULL"), ("version", "VARCHAR NOT NULL"), ("seq", "BIGINT NOT NULL"),
        ("title", "VARCHAR"), ("outlet", "VARCHAR"), ("author", "VARCHAR"), ("published", "VARCHAR"),
        ("genre", "VARCHAR"), ("url", "VARCHAR"), ("text", "VARCHAR"), ("record", "JSON NOT NULL"),
        ("story_id", "VARCHAR"), ("ingested_at", "TIMESTAMP DEFAULT current_timestamp")),
    "actors": (("id", "VARCHAR PRIMARY KEY"), ("name", "VARCHAR"), ("type", "VARCHAR"), ("country", "VARCHAR"),
               ("role", "VARCHAR")),
    "mentions": (("article_id", "VARCHAR"), ("version", "VARCHAR"), ("actor_id", "VARCHAR"), ("start", "INTEGER"),
                 ("end", "INTEGER"), ("text", "VARCHAR")),
    "quotes": (("article_id", "VARCHAR"), ("version", "VARCHAR"), ("n", "INTEGER"), ("text", "VARCHAR"),
               ("kind", "VARCHAR"), ("partial", "BOOLEAN"), ("speaker", "VARCHAR"), ("speaker_text", "VARCHAR"),
               ("speaker_id", "VARCHAR"), ("cue", "VARCHAR"), ("start", "INTEGER"), ("end", "INTEGER"),
               ("sentence", "VARCHAR")),
    "events": (("article_id", "VARCHAR"), ("version", "VARCHAR"), ("n", "INTEGER"),
               ("source_name", "VARCHAR"), ("source_id", "VARCHAR"), ("source_country", "VARCHAR"),
               ("source_org", "VARCHAR"), ("source_role", "VARCHAR"), ("target_name", "VARCHAR"),
               ("target_id", "VARCHAR"), ("target_country", "VARCHAR"), ("target_org", "VARCHAR"),
               ("target_role", "VARCHAR"), ("cameo", "VARCHAR"), ("root", "VARCHAR"), ("quad_class", "INTEGER"),
               ("goldstein", "DOUBLE"), ("plover_type", "VARCHAR"), ("plover_mode", "VARCHAR"),
               ("factuality", "VARCHAR"), ("reported_by", "VARCHAR"), ("reciprocal", "BOOLEAN"),
               ("date", "VARCHAR"), ("date_precision", "VARCHAR"), ("date_basis", "VARCHAR"),
               ("location", "VARCHAR"), ("trigger", "VARCHAR"), ("sentence", "VARCHAR"), ("start", "INTEGER"),
               ("end", "INTEGER"), ("confidence", "DOUBLE")),
    "merged_events": (
        ("event_id", "VARCHAR PRIMARY KEY"), ("date", "VARCHAR"), ("date_precision", "VARCHAR"), ("summary", "VARCHAR"),
        ("cameo", "VARCHAR"), ("root", "VARCHAR"), ("quad_class", "INTEGER"), ("goldstein", "DOUBLE"),
        ("plover_type", "VARCHAR"), ("factuality", "VARCHAR"), ("source_name", "VARCHAR"), ("source_code", "VARCHAR"),
        ("target_name", "VARCHAR"), ("target_code", "VARCHAR"), ("reciprocal", "BOOLEAN"), ("num_mentions", "INTEGER"),
        ("num_articles", "INTEGER"), ("num_sources", "INTEGER"), ("first_reported", "VARCHAR"),
        ("last_reported", "VARCHAR"), ("historical", "BOOLEAN")),
    "event_mentions": (
        ("event_id", "VARCHAR"), ("article_id", "VARCHAR"), ("version", "VARCHAR"), ("n", "INTEGER"),
        ("outlet", "VARCHAR"), ("published", "VARCHAR"), ("sentence", "VARCHAR"), ("start", "INTEGER"),
        ("end", "INTEGER"), ("factuality", "VARCHAR"), ("confidence", "DOUBLE")),
}
#: The tables a batch of articles writes to (the others are rebuilt by ``finish``).
ARTICLE_TABLES = ("articles", "actors", "mentions", "quotes", "events")
_KEYS = {"articles": "PRIMARY KEY (id, version)"}

_FLAT_EVENT = tuple(name for name, _ in TABLES["events"][3:])
_SIDE_FIELDS = ("name", "id", "country", "org", "role")


def _schema() -> str:
    statements = ["CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);",
                  "CREATE TABLE IF NOT EXISTS store_state (key VARCHAR PRIMARY KEY, value VARCHAR);"]
    for table, columns in TABLES.items():
        cols = [f'"{name}" {kind}' for name, kind in columns] + ([_KEYS[table]] if table in _KEYS else [])
        statements.append(f"CREATE TABLE IF NOT EXISTS {table} ({', '.join(cols)});")
    statements.append("CREATE OR REPLACE VIEW latest_articles AS SELECT * FROM articles "
                      "QUALIFY seq = max(seq) OVER (PARTITION BY id);")
    return "\n".join(statements)


class StoreError(EventwireError):
    """The database file cannot be opened or written."""


@dataclass
class IngestStats:
    """What one ingest did: new ids, ids already stored under the same version, new versions of stored ids,
    and the articles that could not be stored (reported through ``on_error`` and skipped)."""

    added: int = 0
    unchanged: int = 0
    new_versions: int = 0
    skipped: int = 0
    errors: list[InputError] = field(default_factory=list)


ErrorHandler = Callable[[InputError], None]


def fts_extension_path() -> Path:
    """The fts extension binary shipped by the ``duckdb-extension-fts`` wheel for this DuckDB version."""
    try:
        import duckdb_extension_fts
    except ImportError as err:
        raise StoreError("DuckDB's full-text search extension is missing: pip install "
                         f"duckdb-extension-fts=={duckdb.__version__}") from err
    return (Path(duckdb_extension_fts.__file__).parent / "extensions" / f"v{duckdb.__version__}"
            / "fts.duckdb_extension")


def load_fts(con: duckdb.DuckDBPyConnection) -> None:
    """Load DuckDB's full-text search extension from the PyPI package, never from the network.

    ``LOAD 'path'`` reads the file given and nothing else; DuckDB still checks the extension's signature
    (unsigned extensions stay refused), so the wheel's binary must be DuckDB's own signed build.
    """
    path = fts_extension_path()
    if not path.exists():
        raise StoreError(f"no fts extension for duckdb {duckdb.__version__} at {path}; install the "
                         f"duckdb-extension-fts release that matches it: pip install "
                         f"duckdb-extension-fts=={duckdb.__version__}")
    con.execute(f"LOAD '{_sql_path(path)}'")


def _sql_path(path: Path) -> str:
    return path.as_posix().replace("'", "''")


_NO_NETWORK = {"autoinstall_known_extensions": False, "autoload_known_extensions": False}


class Store:
    """An eventwire database file. Use as a context manager; one writer at a time.

    ``read_only`` opens an existing file without taking the writer's lock, so several readers can share it
    once no writer holds it.
    """

    def __init__(self, path: str | Path = DEFAULT_DB, read_only: bool = False) -> None:
        self.path = Path(path)
        if read_only and not self.path.exists():
            raise StoreError(f"{self.path}: no such database; create it with `eventwire ingest INPUT... "
                             f"--db {self.path}`")
        if self.path.is_dir():
            raise StoreError(f"{self.path}: is a folder, not a database file; give a file path such as "
                             f"--db {self.path / DEFAULT_DB}")
        if not read_only:
            _check_writable(self.path)
        try:
            self.connection = duckdb.connect(str(self.path), read_only=read_only, config=dict(_NO_NETWORK))
        except duckdb.Error as err:
            raise StoreError(_open_problem(self.path, err)) from err
        if not read_only:
            self._create()
        else:
            self._check_version()

    def _create(self) -> None:
        try:
            self.connection.execute(_schema())
        except duckdb.Error as err:
            self.connection.close()
            raise StoreError(f"{self.path}: cannot create eventwire's tables ({_first_line(err)}); give a new "
                             "--db path") from err
        row = self.connection.execute("SELECT version FROM schema_version").fetchone()
        if row is None:
            self.connection.execute("INSERT INTO schema_version VALUES (?)", [SCHEMA_VERSION])
        else:
            self._check_version()

    def _check_version(self) -> None:
        try:
            row = self.connection.execute("SELECT version FROM schema_version").fetchone()
        except duckdb.CatalogException:
            row = None
        if row is None or row[0] != SCHEMA_VERSION:
            found = "no eventwire schema" if row is None else f"schema version {row[0]}"
            self.connection.close()
            raise StoreError(f"{self.path}: {found}, this eventwire reads and writes schema version "
                             f"{SCHEMA_VERSION}; export it with the eventwire that wrote it, or give a new --db path")

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.connection.close()

    # -- writing
    def has(self, article_id: str, version: str) -> bool:
        """Whether this version of this article is stored."""
        return self.connection.execute("SELECT 1 FROM articles WHERE id = ? AND version = ?",
                                       [article_id, version]).fetchone() is not None

    def known_versions(self) -> set[tuple[str, str]]:
        """Every stored (id, version) pair."""
        return set(self.connection.execute("SELECT id, version FROM articles").fetchall())

    def ingest(self, articles: Iterable[Article], batch_size: int = 200,
               on_progress: Callable[[int], None] | None = None, on_error: ErrorHandler | None = None,
               finish: bool = True) -> IngestStats:
        """Store the articles, ``batch_size`` per transaction, skipping (id, version) pairs already stored.

        An article that cannot be stored is handed to ``on_error`` (and kept in ``stats.errors``) and
        skipped; the rest of its batch is stored. With ``finish`` (the default) the stories, merged events
        and the full-text index are rebuilt at the end.
        """
        stats = IngestStats()
        known = self.known_versions()
        ids = {i for i, _ in known}
        batch: list[Article] = []

        def flush() -> None:
            stored = self._write_batch(batch, stats, on_error)
            for a in stored:
                known.add((a.id, a.version))
                if a.id in ids:
                    stats.new_versions += 1
                else:
                    stats.added += 1
                    ids.add(a.id)
            if on_progress:
                on_progress(len(batch))
            batch.clear()

        pending: set[tuple[str, str]] = set()
        for article in articles:
            key = (article.id, article.version)
            if key in known or key in pending:
                stats.unchanged += 1
                continue
            pending.add(key)
            batch.append(article)
            if len(batch) >= batch_size:
                flush()
                pending.clear()
        if batch:
            flush()
        if finish and (stats.added or stats.new_versions or self.stale()):
            self.finish()
        return stats

    def stale(self) -> bool:
        """Whether stories, merged events or the search index lag behind the stored articles (an ingest was
        stopped before it rebuilt them)."""
        row = self.connection.execute("SELECT (SELECT value FROM store_state WHERE key = 'derived_at_seq'), "
                                      "(SELECT coalesce(max(seq), 0) FROM articles)::VARCHAR").fetchone()
        return row[0] != row[1]

    def _write_batch(self, batch: list[Article], stats: IngestStats,
                     on_error: ErrorHandler | None) -> list[Article]:
        """Write a batch in one transaction; when it fails, write its articles one by one to find the bad one."""
        rows, good = self._rows(batch, stats, on_error)
        try:
            self._insert(rows)
            return good
        except duckdb.Error:
            pass
        stored = []
        for article in good:
            single, _ = self._rows([article], stats, on_error)
            try:
                self._insert(single)
                stored.append(article)
            except duckdb.Error as err:
                _report(stats, on_error, article, f"cannot be stored ({_first_line(err)})")
        return stored

    def _rows(self, batch: Sequence[Article], stats: IngestStats,
              on_error: ErrorHandler | None) -> tuple[dict[str, list[dict[str, Any]]], list[Article]]:
        rows: dict[str, list[dict[str, Any]]] = {t: [] for t in ARTICLE_TABLES}
        seq = self.connection.execute("SELECT coalesce(max(seq), 0) FROM articles").fetchone()[0]
        good = []
        for article in batch:
            try:
                one = article_rows(article, seq + 1)
            except Exception as err:  # a malformed record: report it, keep the batch
                _report(stats, on_error, article, f"is not a valid article record ({type(err).__name__}: {err})")
                continue
            seq += 1
            good.append(article)
            for table, table_rows in one.items():
                rows[table].extend(table_rows)
        return rows, good

    def _insert(self, rows: dict[str, list[dict[str, Any]]]) -> None:
        """One transaction: every table's rows staged as JSON Lines and loaded with one statement each."""
        con = self.connection
        with tempfile.TemporaryDirectory(prefix="eventwire-ingest-") as folder:
            staged = {table: _stage(Path(folder) / f"{table}.jsonl", table_rows)
                      for table, table_rows in rows.items() if table_rows}
            con.execute("BEGIN TRANSACTION")
            try:
                for table, path in staged.items():
                    _load(con, table, path)
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
        merged = merge_events(articles, stories)
        events = [dict(zip((c for c, _ in TABLES["merged_events"]), m.row())) for m in merged]
        mentions = [dict(zip((c for c, _ in TABLES["event_mentions"]), [m.event_id, *r]))
                    for m in merged for r in m.mention_rows()]
        con = self.connection
        with tempfile.TemporaryDirectory(prefix="eventwire-finish-") as folder:
            staged = {"stories": _stage(Path(folder) / "stories.jsonl",
                                        [{"id": k, "story_id": v} for k, v in stories.items()]),
                      "merged_events": _stage(Path(folder) / "merged.jsonl", events),
                      "event_mentions": _stage(Path(folder) / "mentions.jsonl", mentions)}
            con.execute("BEGIN TRANSACTION")
            try:
                con.execute("UPDATE articles SET story_id = s.story_id FROM read_json(?, format='newline_delimited', "
                            "columns={'id': 'VARCHAR', 'story_id': 'VARCHAR'}) s WHERE articles.id = s.id",
                            [str(staged["stories"])])
                for table in ("merged_events", "event_mentions"):
                    con.execute(f"DELETE FROM {table}")
                    _load(con, table, staged[table])
                con.execute("COMMIT")
            except Exception:
                con.execute("ROLLBACK")
                raise
        self.rebuild_search()
        con.execute("INSERT OR REPLACE INTO store_state SELECT 'derived_at_seq', coalesce(max(seq), 0)::VARCHAR "
                    "FROM articles")

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
        """Stored articles as full records, ordered by id (only the latest version of each by default)."""
        table = "latest_articles" if latest_only else "articles"
        cur = self.connection.cursor()
        cur.execute(f"SELECT record FROM {table} ORDER BY id, seq")
        try:
            while rows := cur.fetchmany(500):
                for (record,) in rows:
                    yield Article.from_json(record)
        finally:
            cur.close()

    def search(self, query: str, limit: int = 20) -> list[tuple[str, str, float]]:
        """(article id, snippet, BM25 score) of the best matches of ``query`` in texts and quotes."""
        con = self.connection
        load_fts(con)
        try:
            rows = con.execute(
                "SELECT article_id, body, fts_main_search_docs.match_bm25(doc_id, ?) AS score FROM search_docs "
                "WHERE score IS NOT NULL ORDER BY score DESC, doc_id LIMIT ?", [query, limit]).fetchall()
        except duckdb.CatalogException as err:
            raise StoreError(f"{self.path}: no search index yet; run `eventwire ingest INPUT... --db {self.path}` "
                             "first") from err
        return [(aid, _snippet(body, query), score) for aid, body, score in rows]

    def stats(self) -> dict[str, Any]:
        """Counts of what the store holds."""
        q = self.connection.execute
        return {
            "articles": q("SELECT count(*) FROM latest_articles").fetchone()[0],
            "versions": q("SELECT count(*) FROM articles").fetchone()[0],
            "stories": q("SELECT count(DISTINCT coalesce(story_id, id)) FROM latest_articles").fetchone()[0],
            "actors": q("SELECT count(*) FROM actors").fetchone()[0],
            "quotes": q("SELECT count(*) FROM quotes").fetchone()[0],
            "events": q("SELECT count(*) FROM events").fetchone()[0],
            "merged_events": q("SELECT count(*) FROM merged_events").fetchone()[0],
        }


def article_rows(a: Article, seq: int) -> dict[str, list[dict[str, Any]]]:
    """The rows one article adds to each table (the record is turned into plain values once)."""
    if not isinstance(a.id, str) or not a.id or not isinstance(a.version, str) or not a.version:
        raise ValueError("an article needs a non-empty string id and version")
    d = a.to_dict()
    key = {"article_id": a.id, "version": a.version}
    record = json.dumps(d, ensure_ascii=False, separators=(", ", ": "))  # the bytes of Article.to_json()
    article = {"id": a.id, "version": a.version, "seq": seq, "title": a.title, "outlet": a.outlet,
               "author": a.author, "published": a.published, "genre": a.genre, "url": a.url, "text": a.text,
               "record": record, "story_id": None}
    actors = [{k: e[k] for k in ("id", "name", "type", "country", "role")} for e in d["entities"]]
    mentions = [{**key, "actor_id": e["id"], "start": m["start"], "end": m["end"], "text": m["text"]}
                for e in d["entities"] for m in e["mentions"]]
    quotes = [{**key, "n": n, **q} for n, q in enumerate(d["quotes"])]
    events = [{**key, "n": n, **dict(zip(_FLAT_EVENT, flatten_event(ev)))} for n, ev in enumerate(d["events"])]
    return {"articles": [article], "actors": actors, "mentions": mentions, "quotes": quotes, "events": events}


def flatten_event(d: dict[str, Any]) -> list[Any]:
    """An event record as the flat columns of the ``events`` table (after article id, version and n)."""
    out = []
    for key in _FLAT_EVENT:
        side, _, name = key.partition("_")
        if side in ("source", "target") and name in _SIDE_FIELDS:
            out.append((d.get(side) or {}).get(name))
        else:
            out.append(d.get(key))
    return out


def _stage(path: Path, rows: list[dict[str, Any]]) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path


def _load(con: duckdb.DuckDBPyConnection, table: str, path: Path) -> None:
    """Append the staged rows to ``table`` (actors already stored are kept as first seen)."""
    # JSON columns are staged as text (a JSON string in the line) and cast by the insert, keeping their bytes
    columns = [(name, kind.split()[0].replace("JSON", "VARCHAR")) for name, kind in TABLES[table]
               if name != "ingested_at"]
    names = ", ".join(f'"{name}"' for name, _ in columns)
    spec = "{" + ", ".join(f"'{name}': '{kind}'" for name, kind in columns) + "}"
    conflict = " ON CONFLICT DO NOTHING" if table == "actors" else ""
    source = f"read_json('{_sql_path(path)}', format='newline_delimited', columns={spec})"
    if table == "actors":  # one row per actor id even when a batch names it many times
        source = f"(SELECT * FROM {source} QUALIFY row_number() OVER (PARTITION BY id) = 1)"
    con.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM {source}{conflict}")


def _report(stats: IngestStats, on_error: ErrorHandler | None, article: Article, problem: str) -> None:
    error = InputError(article.origin or f"article {article.id!r}", problem,
                       "fix or drop this record and ingest again; the rest was stored")
    stats.skipped += 1
    stats.errors.append(error)
    if on_error:
        on_error(error)


def _check_writable(path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise StoreError(f"{path}: cannot create its folder ({err.strerror}); give a --db path in a writable "
                         "folder") from err
    probe = path.parent / f".{path.name}.eventwire-probe"
    try:
        probe.touch()
        probe.unlink()
    except OSError as err:
        raise StoreError(f"{path}: its folder is not writable ({err.strerror}); give a --db path in a writable "
                         "folder") from err


def _open_problem(path: Path, err: duckdb.Error) -> str:
    message = _first_line(err)
    if "not a valid DuckDB database" in message or "database file" in message and "version" in message:
        return (f"{path}: cannot open it, it is not a DuckDB database or it is damaged ({message}); move it "
                "away, or give another --db path (a new file is created there)")
    if "lock" in message.lower():
        return (f"{path}: cannot open it, another process holds it ({message}); wait for the other eventwire "
                "command to finish, or give another --db path")
    return f"{path}: cannot open the database ({message}); give another --db path"


def _first_line(err: BaseException) -> str:
    return (str(err).splitlines() or [type(err).__name__])[0]


def _snippet(body: str, query: str, width: int = 160) -> str:
    """The stretch of ``body`` of about ``width`` characters holding the most occurrences of the query's words."""
    low = body.lower()
    hits = sorted(m.start() for w in {w.lower() for w in query.split() if len(w) > 1}
                  for m in re.finditer(re.escape(w), low))
    at, best, j = 0, 0, 0
    for i, pos in enumerate(hits):  # sliding window over the sorted hit positions
        while hits[j] < pos - width // 2:
            j += 1
        if i - j + 1 > best:
            best, at = i - j + 1, hits[j]
    start = max(0, at - width // 4)
    text = " ".join(body[start:start + width].split())
    return ("…" if start else "") + text + ("…" if start + width < len(body) else "")


def read_articles(db: str | Path) -> Iterator[Article]:
    """The latest version of every article stored in ``db``, ordered by id."""
    with Store(db, read_only=True) as store:
        yield from store.articles()
