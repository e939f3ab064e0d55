"""Benchmark of the store: ingest throughput and the latency of a timeline query for one actor pair.

    python bench/bench_corpus.py [--limit N] [--corpus FILE.csv]

On the ISOT Reuters subset (../shared/data/isot-true-reuters-2017-subset/True.csv) when present:
1. ingest with analysis into a new database (what `eventwire ingest` does), articles/s;
2. the same ingest again: everything is already stored, nothing is analyzed, and the count stays;
3. store only: the analyzed records into another new database, articles/s;
4. a timeline query for one actor pair (USA and RUS): the SQL over merged events, and the whole timeline
   built from the stored articles, in milliseconds (median of 5).
A benchmark, not a test.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "data" / "isot-true-reuters-2017-subset" / "True.csv"
sys.path.insert(0, str(REPO / "src"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--limit", type=int, default=0, help="first N articles only (default: all)")
    args = ap.parse_args()
    if not args.corpus.exists():
        sys.exit(f"{args.corpus} is not there; give --corpus FILE.csv")
    from eventwire.corpus.store import Store
    from eventwire.corpus.timeline import build_timeline
    from eventwire.ingest.readers import read_inputs
    from eventwire.nlp.pipeline import load_pipeline
    from eventwire.run.local import analyze

    errors: list = []
    sources = list(read_inputs([str(args.corpus)], errors.append))
    if args.limit:
        sources = sources[:args.limit]
    load_pipeline()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.duckdb"
        t0 = time.perf_counter()
        with Store(db) as store:
            known = store.known_versions()
            stats = store.ingest(analyze(sources, errors.append, wanted=lambda a: (a.id, a.version) not in known))
            count = store.stats()
        ingest_s = time.perf_counter() - t0
        print(f"ingest with analysis: {len(sources)} articles in {ingest_s:.1f} s = {len(sources) / ingest_s:.1f} "
              f"articles/s; stored {count['articles']} articles, {count['stories']} stories, {count['events']} "
              f"event reports, {count['merged_events']} merged events ({len(errors)} inputs skipped)")
        t0 = time.perf_counter()
        with Store(db) as store:
            known = store.known_versions()
            again = store.ingest(analyze(sources, errors.append, wanted=lambda a: (a.id, a.version) not in known))
            after = store.stats()
        print(f"same ingest again: {time.perf_counter() - t0:.1f} s, {again.added} added, "
              f"{after['articles']} articles stored (was {count['articles']}), {after['versions']} versions")
        with Store(db, read_only=True) as store:
            articles = list(store.articles())
        db2 = Path(tmp) / "store-only.duckdb"
        t0 = time.perf_counter()
        with Store(db2) as store:
            store.ingest(articles)
        store_s = time.perf_counter() - t0
        print(f"store only (analyzed records, with stories, merging and the search index): {len(articles)} in "
              f"{store_s:.1f} s = {len(articles) / store_s:.0f} articles/s")
        with Store(db, read_only=True) as store:
            sql = ("SELECT date, summary, num_articles FROM merged_events WHERE (source_code = 'USA' AND "
                   "target_code = 'RUS') OR (source_code = 'RUS' AND target_code = 'USA') ORDER BY coalesce(date, "
                   "first_reported)")
            times, rows = [], []
            for _ in range(5):
                t0 = time.perf_counter()
                rows = store.connection.execute(sql).fetchall()
                times.append((time.perf_counter() - t0) * 1000)
            print(f"timeline query USA-RUS over merged events (SQL): {len(rows)} entries, median "
                  f"{statistics.median(times):.1f} ms")
            times = []
            for _ in range(5):
                t0 = time.perf_counter()
                tl = build_timeline(store.articles(), actors=["USA", "RUS"])
                times.append((time.perf_counter() - t0) * 1000)
            print(f"timeline built from the stored articles, USA and RUS: {len(tl['entries'])} entries, median "
                  f"{statistics.median(times):.0f} ms")


if __name__ == "__main__":
    main()
