"""Benchmark of the store: ingest throughput, idempotence, and the latency of one actor pair's events.

    python bench/bench_corpus.py [--limit N] [--corpus FILE.csv] [--scale K] [--pair USA,RUS]

On the ISOT Reuters subset (../shared/data/isot-true-reuters-2017-subset/True.csv), read in place:
1. ingest with analysis into a new database (what `eventwire ingest` does), articles/s;
2. the same ingest again: everything is already stored and skipped before analysis; the counts stay;
3. store only: the analyzed records into another new database, articles/s, split into the batched inserts
   and the rebuild at the end (stories, merged events, full-text index); with --scale K also K copies of
   the records under new ids (K x 1,008 articles), as a larger store;
4. the events of one actor pair (the most frequent country pair, or --pair): SQL over the ``events`` table
   joined to the latest articles, SQL over ``merged_events``, and the whole timeline built from the stored
   articles; median of repeated runs, milliseconds.
A benchmark, not a test: it prints figures and checks nothing but the one-copy counts.
"""
from __future__ import annotations

import argparse
import dataclasses
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "data" / "isot-true-reuters-2017-subset" / "True.csv"
sys.path.insert(0, str(REPO / "src"))

PAIR_EVENTS = """
SELECT e.date, e.cameo, e.source_name, e.target_name, e.sentence, a.outlet, a.published
FROM events e JOIN latest_articles a ON a.id = e.article_id AND a.version = e.version
WHERE (e.source_country = $1 AND e.target_country = $2) OR (e.source_country = $2 AND e.target_country = $1)
ORDER BY coalesce(e.date, a.published), e.article_id, e.n
"""
PAIR_MERGED = """
SELECT date, summary, num_articles FROM merged_events
WHERE (source_code = $1 AND target_code = $2) OR (source_code = $2 AND target_code = $1)
ORDER BY coalesce(date, first_reported)
"""


def timed(fn: Callable[[], Any], rounds: int) -> tuple[float, Any]:
    """Median milliseconds of ``rounds`` calls, and the last result."""
    times, result = [], None
    for _ in range(rounds):
        t0 = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), result


def ingest_with_analysis(db: Path, sources: list, errors: list) -> tuple[Any, float]:
    from eventwire.corpus.store import Store
    from eventwire.run.local import analyze

    t0 = time.perf_counter()
    with Store(db) as store:
        known = store.known_versions()
        skipped = []

        def wanted(article: Any) -> bool:  # what is stored is skipped before analysis, as `eventwire ingest` does
            if (article.id, article.version) in known:
                skipped.append(article.id)
                return False
            return True

        stats = store.ingest(analyze(sources, errors.append, wanted=wanted), on_error=errors.append)
        stats.unchanged += len(skipped)
    return stats, time.perf_counter() - t0


def store_only(db: Path, articles: list) -> tuple[float, float]:
    """Seconds for the batched inserts and for the rebuild at the end."""
    from eventwire.corpus.store import Store

    with Store(db) as store:
        t0 = time.perf_counter()
        store.ingest(articles, finish=False)
        t1 = time.perf_counter()
        store.finish()
        t2 = time.perf_counter()
    return t1 - t0, t2 - t1


def most_frequent_pair(db: Path) -> tuple[str, str] | None:
    from eventwire.corpus.store import Store

    with Store(db, read_only=True) as store:
        row = store.connection.execute(
            "SELECT least(source_country, target_country), greatest(source_country, target_country), count(*) n "
            "FROM events WHERE source_country IS NOT NULL AND target_country IS NOT NULL "
            "AND source_country <> target_country GROUP BY ALL ORDER BY n DESC, 1, 2 LIMIT 1").fetchone()
    return (row[0], row[1]) if row else None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--limit", type=int, default=0, help="first N articles only (default: all)")
    ap.add_argument("--scale", type=int, default=0, help="copies of the records for the larger store-only run "
                                                          "(default 0: skip it)")
    ap.add_argument("--pair", default="", help="two country codes, e.g. USA,RUS (default: the most frequent pair)")
    args = ap.parse_args()
    if not args.corpus.exists():
        sys.exit(f"{args.corpus} is not there; give --corpus FILE.csv")
    from eventwire.corpus.store import Store
    from eventwire.corpus.timeline import build_timeline
    from eventwire.ingest.readers import read_inputs
    from eventwire.nlp.pipeline import load_pipeline

    errors: list = []
    sources = list(read_inputs([str(args.corpus)], errors.append))
    if args.limit:
        sources = sources[:args.limit]
    load_pipeline()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.duckdb"
        stats, seconds = ingest_with_analysis(db, sources, errors)
        with Store(db, read_only=True) as store:
            count = store.stats()
        print(f"ingest with analysis: {len(sources)} articles in {seconds:.1f} s = {len(sources) / seconds:.1f} "
              f"articles/s; {stats.added} added; the store holds {count['articles']} articles "
              f"({count['stories']} stories), {count['events']} event reports, {count['merged_events']} merged "
              f"events ({len(errors)} inputs skipped)")

        again, seconds = ingest_with_analysis(db, sources, errors)
        with Store(db, read_only=True) as store:
            after = store.stats()
        print(f"the same ingest again: {seconds:.1f} s, {again.added} added, {again.new_versions} new versions, "
              f"{again.unchanged} already stored; "
              f"{after['articles']} articles and {after['versions']} versions stored (were {count['articles']} "
              f"and {count['versions']}): {'one copy' if after == count else 'COPIES DIFFER'}")

        with Store(db, read_only=True) as store:
            articles = list(store.articles())
        inserts, rebuild = store_only(Path(tmp) / "store-only.duckdb", articles)
        total = inserts + rebuild
        print(f"store only, {len(articles)} analyzed records: {total:.2f} s = {len(articles) / total:.0f} articles/s "
              f"(batched inserts {inserts:.2f} s = {len(articles) / inserts:.0f} articles/s; stories, merged events "
              f"and search index at the end {rebuild:.2f} s)")
        if args.scale > 1:
            many = [dataclasses.replace(a, id=f"{a.id}#{k}") for k in range(args.scale) for a in articles]
            inserts, rebuild = store_only(Path(tmp) / "store-scaled.duckdb", many)
            total = inserts + rebuild
            print(f"store only, {len(many)} records ({args.scale} copies under new ids): {total:.1f} s = "
                  f"{len(many) / total:.0f} articles/s (inserts {inserts:.1f} s, rebuild at the end {rebuild:.1f} s)")

        pair = tuple(args.pair.split(",")) if args.pair else most_frequent_pair(db)
        if not pair:
            print("no event with two countries stored: no actor-pair query to time")
            return
        with Store(db, read_only=True) as store:
            con = store.connection
            ms, rows = timed(lambda: con.execute(PAIR_EVENTS, list(pair)).fetchall(), 21)
            print(f"events of {pair[0]} and {pair[1]} (SQL over events and latest articles): {len(rows)} reports, "
                  f"median {ms:.1f} ms")
            ms, rows = timed(lambda: con.execute(PAIR_MERGED, list(pair)).fetchall(), 21)
            print(f"merged events of {pair[0]} and {pair[1]} (SQL over merged_events): {len(rows)} events, "
                  f"median {ms:.1f} ms")
            ms, tl = timed(lambda: build_timeline(store.articles(), actors=list(pair)), 3)
            print(f"timeline of {pair[0]} and {pair[1]} built from the stored articles: {len(tl['entries'])} "
                  f"entries, median {ms:.0f} ms")


if __name__ == "__main__":
    main()
